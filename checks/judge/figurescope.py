"""Whether a fact may give a claim's figure, its scope (``FigureScope.holds``): of its measure, quarter and month,
of the whole year for a figure said of one, naming every party the claim names but its sayers, and every proper name of the claim no party covers. What the claim
and its figure give is read at the first fact that needs it and kept for the others (used by ``beside``: a figure a
fact writes beside its declared one, a change beside a level)."""
from __future__ import annotations

from functools import cached_property

from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .figures import fact_names_all, fact_parties, proper_names_in
from .periods import month_ok, quantity_month
from .place import publishers
from .qualifiers import claim_qualifiers, measure_fits
from .yearparts import part_of_year, quantity_quarter, quarter_ok, says_whole_year


class FigureScope:
    """Whether a fact may give the figure (``holds``): of its measure, quarter and month, naming every party the
    claim names but its sayers, and every proper name of the claim no party covers. What the claim and its figure
    give is read at the first fact that needs it, and kept for the others."""

    def __init__(self, claim: Claim, q: Quantity, window: str, index: FactIndex):
        self.claim, self.q, self.window, self.index = claim, q, window, index

    @cached_property
    def qualifiers(self):
        return claim_qualifiers(self.claim, self.window, self.q)

    @cached_property
    def parties(self) -> set:
        return {m.entity for m in self.claim.mentions} - {self.claim.attributed_to} - publishers(self.index)

    @cached_property
    def names(self):
        return _claim_names(self.claim, self.index)

    @cached_property
    def month(self):
        return quantity_month(self.claim, self.q, self.window)

    @cached_property
    def quarter(self):
        return quantity_quarter(self.claim, self.q, self.window) if self.month is None else None

    @cached_property
    def whole_year(self) -> bool:
        return says_whole_year(self.claim, self.q, self.window)

    def holds(self, c: Candidate, measure: bool = True) -> bool:
        """``measure``: whether the fact's declared figure must be of the figure's measure (not for a figure its
        sentence writes beside the declared one, whose own words say what it measures: ``beside.writes_figure``)."""
        index = self.index
        if measure and not measure_fits(self.qualifiers, c.fact, index, self.q):
            return False               # ("gross income" is not the net income the sentence writes)
        if not self.parties <= fact_parties(c.fact, index):
            return False
        if not fact_names_all(c.fact, c.source, self.names):
            return False
        if self.whole_year and part_of_year(c.fact):
            return False               # (« sur l'ensemble de l'exercice » is not the fourth quarter's figure)
        return month_ok(self.month, c.fact) and quarter_ok(self.quarter, c.fact)

    def holds_beside(self, c: Candidate) -> bool:
        """``holds`` but for the declared figure's measure (a figure beside it is measured by its own words)."""
        return self.holds(c, measure=False)


_NAMES: list = [None, None, None, ()]      # the claim, the index, what the names depend on, the names


def _claim_names(claim: Claim, index: FactIndex) -> list[str]:
    """``proper_names_in`` of the whole claim, read once for all its figures (the claim judged last kept: what the
    names are read from, its text, offset and mentions, checked all the same)."""
    key = (claim.text, claim.start, [(m.start, m.end) for m in claim.mentions])
    if _NAMES[0] is not claim or _NAMES[1] is not index or _NAMES[2] != key:
        _NAMES[:] = [claim, index, key, proper_names_in(claim, None, index)]
    return list(_NAMES[3])
