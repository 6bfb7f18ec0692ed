"""The length of the span a figure is counted over, written on both sides as a number of days, weeks or months ("in
the 13 weeks to 28 June" against "for the 52 weeks to 28 June", « sur six mois » against « sur douze mois »): a
figure the fact gives for a span of another length is another period's, refuted (``period``) however equal; a
fact that writes no length of that unit, or the claim's, says nothing of it; nor does a length that is the figure
judged or the fact's own ("the record was beaten by 9 days": a duration, not the span of another figure)."""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity, same_value
from .findings import Finding

RULE_ID = "period"

# units of a span's length (as the number reader names them)
_LENGTHS = frozenset(("day", "week", "month"))


def _lengths(quantities, but, start: int) -> list[Quantity]:
    """The spans' lengths among ``quantities`` written at ``start`` or after, ``but`` that figure."""
    return [x for x in quantities if x is not but and x.unit in _LENGTHS and x.value and x.bound == "about"
            and x.start >= start]


def span_of_another_length(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """``contradicts`` when the claim writes, beside its figure ``q``, a span's length of a unit the fact's sentence
    also writes, and the sentence writes none of the claim's number (module docstring)."""
    if q.unit in _LENGTHS or fact.quantity is None or fact.quantity.unit in _LENGTHS:
        return None             # (a length that is the figure itself, "beat the record by 9 days", is no span)
    mine = _lengths(claim.quantities, q, claim.start)
    if not mine:
        return None
    theirs = _lengths(index.reading(fact).quantities, None, 0)
    for m in mine:
        same_unit = [x for x in theirs if x.unit == m.unit]
        if same_unit and not any(same_value(x.value, m.value) for x in same_unit):
            return Finding("contradicts", RULE_ID, fact,
                           f"wrong period: the article gives its figure for {m.text.strip()!r}, the source for "
                           f"{same_unit[0].text.strip()!r}: {fact.statement}")
    return None
