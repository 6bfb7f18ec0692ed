"""A figure dated by a year alone is the whole year's (``checks/judge/yearparts.py`` reads the parts of a year): a
fact that gives it for a half or a quarter of that year agrees with it by chance when the list gives the same
measure for the whole year otherwise (« contre 14,4 % en 2023 » when 14,4 % is the first half's margin and the
year's is 12,8 %). The two facts measure the same thing when the measure nouns and qualifiers at their figures
are the same (``measure_nouns`` in ``data/lang/<code>/measures.yaml``), of the same parties; with no measure
noun to read, nothing is decided here.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .figures import fact_expected, fact_parties, signed, units_fit
from .findings import year_of
from .measurenoun import nouns_at_figure
from .periods import quantity_year
from .qualifiers import fact_measure
from .yearparts import part_of_year, says_a_part


def whole_year_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                       index: FactIndex) -> Optional[Candidate]:
    """The fact of the whole year that gives another figure for the measure of ``agreeing``, a fact of a part
    of the year, when the claim dates its figure by the year alone; None when there is none, or one agrees."""
    if not part_of_year(agreeing.fact) or says_a_part(claim, q, window):
        return None
    year = quantity_year(claim, q, window)
    nouns = nouns_at_figure(agreeing.fact, index)
    if year is None or not nouns:
        return None
    found = None
    for c in cands:
        if not _same_measure_of_year(claim, q, c, agreeing, year, nouns, index):
            continue
        verdict = compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0]
        if verdict == "supports":
            return None
        found = found or (c if verdict == "contradicts" else None)
    return found


def _same_measure_of_year(claim: Claim, q: Quantity, c: Candidate, agreeing: Candidate, year: int,
                          nouns: frozenset[str], index: FactIndex) -> bool:
    """Whether ``c`` gives the measure of ``agreeing`` (a fact of a part of the year) for the whole ``year``: a
    current fact of that year, of no part of it, in the figure's unit, on the same side of expected and happened,
    with the same measure nouns and qualifiers at its figure, naming the parties ``agreeing`` names."""
    f = c.fact
    if f is agreeing.fact or f.quantity is None or c.source.id in index.superseded_by or part_of_year(f) \
            or year_of(f.as_of) != year or units_fit(q, f, index, claim) is not None:
        return False
    return fact_expected(f, index) == fact_expected(agreeing.fact, index) and nouns_at_figure(f, index) == nouns \
        and fact_measure(f, index) == fact_measure(agreeing.fact, index) \
        and fact_parties(agreeing.fact, index) <= fact_parties(f, index)
