"""Which of the claim's own period's facts may refute a figure that another period's fact gives
(``checks/judge/scope.py``, the "wrong period" finding): only a fact of the figure's own kind of unit, and not an
earlier period's fact whose sentence writes the figure as the later period's, nor a fact of another series than the one that gives the figure (another
kind of unit, or measures of no kin at their declared figures: a year's margin is no other period of a year's growth)."""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from .contrasts import implied_member_rate
from .declaredclause import measures_at_declared
from .figures import fact_parties
from .findings import year_of
from ..factread import figure_measures_in, measure_nouns_in
from .measured import measure_kin, same_numbers


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
    if series_apart(own, other, index):
        return False
    earlier = (year_of(own.fact.as_of) or 0) < (year_of(other.fact.as_of) or 0) and year_of(own.fact.as_of) is not None
    return not (earlier and any(same_numbers(q, x) for x in index.reading(own.fact).quantities))


def series_apart(own: Candidate, other: Candidate, index: FactIndex) -> bool:
    """Whether two facts are of different series, so that one is no other period's value of the other: their declared
    figures of another kind of unit (a dividend per share and a buyback's total), or the measures named at their
    declared figures of no kin (« la croissance interne était de 11,0 % en 2023 » against « la marge d'exploitation
    est de 4,7 % en 2024 »: 2024's margin does not say what 2024's growth was)."""
    a, b = own.fact.quantity, other.fact.quantity
    if a is None or b is None:
        return False
    if unit_class(a.unit) != unit_class(b.unit) or _parties_apart(own, other, index):
        return True
    mine, theirs = (measures_at_declared(c, index, figure_measures_in) for c in (own, other))
    if not mine or not theirs or mine & theirs:
        return False
    # (a measure of figure_measures one names and the other does not, « marge », "dividend": two series, whatever
    # the kin of the nouns beside it; else measure nouns of no kin)
    named = (mine ^ theirs) - measures_at_declared(own, index, measure_nouns_in) - measures_at_declared(other, index, measure_nouns_in)
    return bool(named) or not {k for m in mine for k in measure_kin(m)} & theirs


def _parties_apart(own: Candidate, other: Candidate, index: FactIndex) -> bool:
    """Whether the subject one fact declares is no party of the other (neither declared nor named in its sentence):
    the two facts speak of different parties or places ("coal use in the United States rose 10 %" is no other
    period of "global coal demand grew by 1.2 %")."""
    return any(x.fact.subject and x.fact.subject not in fact_parties(y.fact, index) for x, y in ((own, other), (other, own)))
