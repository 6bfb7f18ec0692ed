"""Units a bare amount takes from the amounts written before it (``checks/detect/claims.py``): the currency of the
statement's own amounts of its size, else of the previous statement's (« … 8,2 milliards d'euros. Les visiteurs
étrangers en ont apporté environ 3,1 milliards. »; "a $4 billion cut that brings the total to 31 billion")."""
from __future__ import annotations

from typing import Optional

from ..model import Claim, Quantity


def inherit_previous_units(claims: list, previous: Optional[Claim]) -> None:
    """« Les visiteurs ont dépensé 8,2 milliards d'euros. Les visiteurs étrangers en ont apporté environ 3,1
    milliards. »: a bare amount written with a scale word ("15 milliards", "4 billion") in a statement that names no
    unit of money takes the one currency of the previous statement's amounts of that scale's size. A bounded one
    stays bare, as in its own statement (``inherit_statement_units``): a bound may count anything ("… a £40m saving.
    Attendance stayed below 3 million")."""
    ref = _one_amount(previous)
    if ref is None or any(q.unit == ref.unit for c in claims for q in c.quantities):
        return
    for q in (q for c in claims for q in c.quantities):
        if q.unit is None and q.scale and _size(q) and ref.value and 0.01 <= _size(q) / ref.value <= 100 \
                and q.bound not in ("at-least", "at-most"):
            q.unit = ref.unit


def inherit_statement_units(claims: list) -> None:
    """« une rallonge de 1,4 milliard d'euros, portant le budget total à 9,2 milliards », "a $4 billion
    cut that brings the total to 31 billion": a bare amount written with a scale word after an amount of money
    of the same statement takes its currency, when the statement's amounts written with a scale are all in one
    currency and of that amount's size. A bounded one is a benchmark the amount is set against ("above the 7.3
    billion forecast", « au-delà de la cible d'au moins 1,8 milliard »), of no stated kind: it stays bare."""
    figures = sorted({q.start: q for c in claims for q in c.quantities if _size(q) is not None}.values(), key=lambda q: q.start)
    ref = _one_currency(figures)
    if ref is None:
        return
    for q in (q for c in claims for q in c.quantities):
        if _bare_amount_after(q, ref):
            q.unit = ref.unit


def _bare_amount_after(q: Quantity, ref: Quantity) -> bool:
    """An unbounded amount with a scale word and no unit, after ``ref`` and of its size."""
    if q.unit is not None or not q.scale or not _size(q) or not ref.value or q.start <= ref.start:
        return False
    return q.bound not in ("at-least", "at-most") and 0.01 <= _size(q) / ref.value <= 100


def _size(q: Quantity) -> Optional[float]:
    """An amount's size: its value, or the top of its range (« 6 à 8 milliards », "between 6 and 8 billion")."""
    return q.value if q.value is not None else q.max


def _one_amount(claim: Optional[Claim]) -> Optional[Quantity]:
    """The first amount of money written with a scale word of a claim whose amounts are all in one currency."""
    return _one_currency(claim.quantities) if claim else None


def _one_currency(quantities) -> Optional[Quantity]:
    """The first of the amounts of money written with a scale word, when they are all in one currency; else None."""
    money = [q for q in quantities if q.unit and len(q.unit) == 3 and q.unit.isupper() and q.scale]
    return money[0] if money and len({q.unit for q in money}) == 1 else None
