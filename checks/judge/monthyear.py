"""A month's figure and a year's: a figure the claim dates to a month that only a fact of the whole year gives, while
the fact of that month of the same measure gives it otherwise ("up 67.5 % in April" against "67.5 % on average in
2025" and "98.4 % in April 2025"), is the year's figure, not the month's; and a figure the claim says of the whole
year that only a month's fact gives, while the year's fact of the same measure gives it otherwise, is the month's
(``checks/judge/wholeyear.py`` does the same for a quarter or a half). The two facts measure the same thing when
every word the claim's figure is measured by (``measured_keys``) is in both sentences, for the same parties, in the
figure's unit, on the same side of expected and happened.

- supported: "Prices were up 12.5 % in April" against "up 12.5 % in April" and "up 8 % over the year".
- contradicted: "Prices were up 8 % in April" against the same (8 % is the year's).
"""
from __future__ import annotations

from typing import Optional

from ..compare import fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .rivals import first_refuting, measured_alike, measured_keys_of
from .findings import Finding, month_of, year_of
from .periods import quantity_month, quantity_year
from .yearparts import part_of_year, says_whole_year


def month_or_year_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                          index: FactIndex) -> list[Finding]:
    """The findings of a month's figure only the year's fact gives, or a year's figure only a month's fact gives,
    while the fact of the claim's period of the same measure gives another figure; none otherwise."""
    year, month = quantity_year(claim, q, window), quantity_month(claim, q, window)
    mine = agreeing.fact
    if year is None or year_of(mine.as_of) != year or part_of_year(mine):
        return []
    if month is not None and month_of(mine.as_of) is None:
        wanted = lambda f: month_of(f.as_of) == month         # (the claim's month's fact)
    elif month is None and month_of(mine.as_of) is not None and says_whole_year(claim, q, window):
        wanted = lambda f: month_of(f.as_of) is None and not part_of_year(f)      # (the whole year's fact)
    else:
        return []
    other = _of_the_period(claim, q, window, agreeing, cands, index, year, wanted)
    if other is None:
        return []
    return wrong_period(q, mine, other, f"for {other.fact.as_of}")


def wrong_period(q: Quantity, mine, other: Candidate, when: str) -> list[Finding]:
    """The figure refuted as the source's figure of another period (``mine``'s), with the fact of the claim's own
    period (``other``, of the period ``when`` names: "for 2024-12", "at the close of 2024") giving another."""
    return [Finding("contradicts", "period", other.fact,
                    f"wrong period: {q.text.strip()!r} is the source's figure for {mine.as_of} ({mine.statement}); "
                    f"{when} it gives {fmt_quantity(other.fact.quantity)}: {other.fact.statement}"),
            Finding("related", "period", mine, f"the figure of {mine.as_of}")]


def _of_the_period(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                   index: FactIndex, year: int, wanted) -> Optional[Candidate]:
    """The current fact of ``year`` that ``wanted`` takes, of the measure and parties of ``agreeing``, that gives the
    figure otherwise (None when one of them agrees)."""
    keys = measured_keys_of(claim, q, window, agreeing, index)
    if not keys:
        return None
    return first_refuting(claim, q, window, (c for c in cands if _same_measure_of_period(c, agreeing, index, year, wanted, keys)))


def _same_measure_of_period(c: Candidate, agreeing: Candidate, index: FactIndex, year: int, wanted,
                            keys: frozenset) -> bool:
    """Whether ``c`` is a current fact of ``year`` that ``wanted`` takes, in the unit of ``agreeing``, of its parties
    and side of expected and happened, whose sentence writes every measured word ``keys``."""
    f = c.fact
    if f is agreeing.fact or f.quantity is None or c.source.id in index.superseded_by or year_of(f.as_of) != year \
            or not wanted(f) or f.quantity.unit != agreeing.fact.quantity.unit:
        return False
    return measured_alike(c, agreeing, keys, index)
