"""An undated figure read in the period of the statements before it (``checks/detect/running.py``): a figure the
sources give for the period the article was speaking of is that period's, not a wrong period's, though the sources
give the measure for a later period too ("Renewables supplied 50.8 % in 2024. … Fossil fuels fell to a record low of
31.8 %": 2024's figure, not a wrong one for the second quarter of 2025)."""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .figures import signed
from .findings import month_of, year_of


def of_running_period(claim: Claim, cands: list[Candidate]) -> list[Candidate]:
    """The facts of the period the article was speaking of before the claim's statement."""
    period = claim.period_before
    if not period:
        return []
    year, month = period
    return [c for c in cands if c.fact.as_of and (year is None or year_of(c.fact.as_of) == year)
            and (month is None or month_of(c.fact.as_of) in (None, month))]


def running_gives_figure(q: Quantity, claim: Claim, window: str, cands: list[Candidate],
                         index: FactIndex) -> Optional[list[Candidate]]:
    """The facts of the running period (and those with no period) when one of them gives the undated figure; else
    None. A source another supersedes gives an outdated figure, whatever its period."""
    of_it = of_running_period(claim, [c for c in cands if c.source.id not in index.superseded_by])
    if not any(compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"
               for c in of_it):
        return None
    return of_it + [c for c in cands if not c.fact.as_of]
