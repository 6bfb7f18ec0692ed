"""A figure the fact gives exactly in a unit of the same kind that names it otherwise (a noun slip: "726 motards" /
726 "tués", « 1,5992 euro » / 1.5992 EUR per litre), also a bound written at an end of the fact's range ("at least
1.39 euro" / 1.36 to 1.39 EUR per share, « au moins 1,39 euro » / « entre 1,36 et 1,39 euro »)."""
from __future__ import annotations

from typing import Optional

from ..match import unit_class
from ..model import Fact, Quantity
from ..units import lookup as units_lookup
from .findings import same_size


def noun_slip(q: Quantity, fact: Fact) -> bool:
    """Whether the fact gives exactly the claim's figure in a unit of the same kind that names it otherwise: another
    counted noun ("726 motards" / 726 "tués"), a count against a rate of counts, a price against its rate per
    litre ("1,5992 euro" / 1.5992 EUR per litre), an amount whose currency goes unsaid ("36,7 milliards" / EUR)."""
    fq = fact.quantity
    if fq is None or not (same_size(fq.value, q.value) or range_end(q, fq)):
        return False
    cu, fu = unit_class(q.unit) or "", unit_class(fq.unit) or ""
    ch, fh = cu.partition(" per ")[0], fu.partition(" per ")[0]
    if ch in ("", "count") and fh == "count":
        return _same_kind_of_count(q.unit, fq.unit)
    if not cu and fh.startswith("money:") and " per " not in fu:
        return bool(q.scale)
    return ch.startswith("money:") and ch == fh and " per " not in cu


def _same_kind_of_count(a: Optional[str], b: Optional[str]) -> bool:
    """A unit of measure is no other name for a counted noun: "275,000 people" is not 275,000 tonnes."""
    mine, theirs = units_lookup(a), units_lookup(b)
    return not (mine or theirs) or bool(mine and theirs and mine.family == theirs.family)


def range_end(q: Quantity, fq: Quantity) -> bool:
    """Whether a claim's bound is written at an end of the fact's range, which writes that figure too ("at least
    1.39 euro" / 1.36 to 1.39 EUR per share, « au moins 1,39 euro » / « entre 1,36 et 1,39 euro »)."""
    return fq.value is None and q.bound in ("at-least", "at-most") \
        and (same_size(fq.min, q.value) or same_size(fq.max, q.value))
