"""Which of the claim's own period's facts may refute a figure that another period's fact gives
(``checks/judge/scope.py``, the "wrong period" finding): only a fact of the figure's own kind of unit, and not an
earlier period's fact whose sentence writes the figure as the later period's."""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from .contrasts import implied_member_rate
from .findings import year_of
from .measured import same_numbers


def may_refute(q: Quantity, own: Candidate, other: Candidate, index: FactIndex, claim: Optional[Claim] = None) -> bool:
    """Whether the fact of the claim's own period may refute the figure: an amount per share, per head or per year is
    no rival of a total ("an initial £350m share buyback … after results for 2024" against 2024's dividend of 156.5p
    per share is no wrong period; « un rachat d'actions de 300 millions d'euros, après les résultats de 2024 »
    against 2024's « dividende de 1,45 euro par action » neither); nor is an earlier year's fact whose sentence
    writes the figure as the later year's (« un dividende de 1,45 euro par action, contre 1,35 euro un an plus tôt »
    stored as 2023's 1,35 euro; "a dividend of 5p, against 4p a year earlier" stored as the earlier 4p). A money
    figure a noun paid per share governs is per share (``contrasts.implied_member_rate``: "a dividend of 1.25 euros")."""
    mine, theirs = unit_class(q.unit), unit_class(own.fact.quantity.unit)
    head, _, tail = (theirs or "").partition(" per ")
    if mine and theirs and mine != theirs and not (claim is not None and mine == head and tail
                                                   and implied_member_rate(claim, q, own.fact, tail, index)):
        return False
    earlier = (year_of(own.fact.as_of) or 0) < (year_of(other.fact.as_of) or 0) and year_of(own.fact.as_of) is not None
    return not (earlier and any(same_numbers(q, x) for x in index.reading(own.fact).quantities))
