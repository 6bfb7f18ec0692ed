"""A part of a year's figure is not the year's: a figure one fact confirms, the fact of a half, a quarter or a
stretch from the year's start, is the claim's only when the claim is of that part.

An article on a year's results reads a figure with no date of its own, in a statement that names no part of the
year and after statements that named none either, as the year's (``wholeyear.running_year``: "Total orders rose
3.5 % over the year", « La marge opérationnelle s'établit à 6,0 % » in an article on 2024). A fact of a part of that
year (``yearparts.part_of_year``: its date or sentence names a half, a quarter, the first nine months) that gives the
same figure gives another period's: the figure is not confirmed — whatever route confirmed it, the fact's own figure
or one its sentence writes beside it — and the claim stays unchecked unless another fact confirms it. (Where the
list also gives the year's figure otherwise, ``wholeyear`` refutes it.) A claim whose words, or those read since its
period was set, write a span of months ("in the final three months", « sur les six derniers mois »: ``part_span_words``
of ``numbers.yaml``) is of a part of its own.
"""
from __future__ import annotations

from dataclasses import replace

from ..match import FactIndex
from ..resources import compiled, words
from ..tablestore import stored
from ..text import fold, spaced_alternation
from ..model import Claim
from .clauses import figure_window
from .findings import Finding, year_of
from .wholeyear import running_year
from .yearparts import part_of_year

RULE_ID = "part-for-year"


def parts_for_the_year(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each figure a fact of a part of the year confirms, in a claim read in the whole year,
    turned into a related finding, unless another fact confirms the same figure and is not of a part."""
    if claim.role != "main" or _part_span().search(fold(f"{claim.period_words} {claim.text}")):
        return findings
    turned = {id(f): year for f in findings if (year := _year_turned(claim, f)) is not None}
    if not turned:
        return findings
    kept = {f.part for f in findings if f.relation == "supports" and id(f) not in turned and f.fact is not None
            and not part_of_year(f.fact)}
    return [replace(f, relation="related", rule=RULE_ID,
                    message=f"{f.part!r} is the source's figure for a part of {turned[id(f)]} ({f.fact.statement}); "
                            f"the article gives it for the whole year")
            if id(f) in turned and f.part not in kept else f for f in findings]


def _year_turned(claim: Claim, f: Finding):
    """The whole year the claim is read in, when ``f`` confirms its figure by a fact of a part of that year; else
    None."""
    if f.relation != "supports" or not f.part or f.fact is None or not part_of_year(f.fact):
        return None
    q = next((q for q in claim.quantities if q.text.strip() == f.part), None)
    if q is None:
        return None
    year = running_year(claim, q, figure_window(claim, q))
    return year if year is not None and year_of(f.fact.as_of) == year else None


@stored
def _part_span():
    return compiled(rf"(?<![\w-])(?:{spaced_alternation(words('numbers', 'part_span_words'))})(?![\w-])")
