"""A figure the article gives for one period, place or measure that the source gives for another, while a fact of
the same subject and measure gives the article's own another figure: the figure is right, of the wrong period
(``checks/judge/rules/quantity.py`` reads it when the figure's clause names its measure less precisely than the
facts, or with a qualifier no fact writes).

- "Like-for-like sales at Norvel grew 3.1 % in the first half" when 3.1 % is the year's and the first half's is
  2.4 %: contradicted, wrong period.
- « Au premier semestre, les ventes de Velmor ont progressé de 2,4 % » (the first half's 2,4 %): supported.
"""
from __future__ import annotations

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .figures import fact_parties, signed
from .findings import Finding
from .periods import misdated
from .qualifiers import fact_measure
from .scope import figure_month, same_period
from .wholeyear import part_not_whole


def right_at_another_time(claim: Claim, q: Quantity, window: str, f: Finding, pool: list[Candidate],
                          index: FactIndex) -> bool:
    """Whether a finding of the narrower-measure reading says the figure is right at another time: a right figure of
    another year or occasion (``periods.misdated``), or a wrong period with its sibling (``sibling_of_period``)."""
    return misdated(q, f) or sibling_of_period(claim, q, window, f, pool, index)


def sibling_of_period(claim: Claim, q: Quantity, window: str, f: Finding, pool: list[Candidate],
                      index: FactIndex) -> bool:
    """Whether a wrong-period finding ``f`` (its fact: the claim's own period's, giving another figure) has a sibling
    in ``pool`` that gives the claim's figure: a current fact of the same subject, the same measure (its
    qualifiers) and the same language — of another period, as the finding read it. Without it the figure may be another
    measure's: unchecked."""
    if f.relation != "contradicts" or f.rule != "period":
        return False
    own = f.fact
    measure, lang = fact_measure(own, index), index.reading(own).language
    return any(_sibling(claim, q, window, own, c, measure, lang, index) for c in pool)


def _sibling(claim: Claim, q: Quantity, window: str, own, c: Candidate, measure: frozenset, lang: str,
             index: FactIndex) -> bool:
    """Whether ``c`` gives the claim's figure, a current fact of ``own``'s subject, measure and language."""
    fact = c.fact
    return (fact is not own and fact.subject == own.subject
            and c.source.id not in index.superseded_by and index.reading(fact).language == lang
            and fact_measure(fact, index) == measure
            and compare_quantity(signed(q, claim, fact, window), fact.quantity)[0] == "supports")


def period_instead(claim: Claim, q: Quantity, window: str, early: list[Finding], comparable: list[Candidate],
                   index: FactIndex) -> list[Finding]:
    """When the figure is the source's for another measure than the one its clause names (``scope.same_measure``: a
    qualifier no fact writes, "underlying profit"), the facts of that other fact's subject, parties, measure and
    language read for the figure's period: a wrong period when one of the claim's period gives another figure
    ("Norvel's underlying profit rose 58 % in the year to March 2025" when 58 % was the year to March 2024's and
    that year's is 22 %), or when the figure said of the full year is a part of the year's only, with no fact of
    the whole year of that kin (``wholeyear.part_not_whole``); else []."""
    if len(early) != 1 or early[0].relation != "related":
        return []
    other = next((c for c in comparable if c.fact is early[0].fact), None)
    if other is None:
        return []
    kin = _kin(other, comparable, index)
    found, _ = same_period(claim, q, window, kin, figure_month(claim, q, window, kin), index)
    # (a fact of the claim's period outside the kin, of another place or measure, is no sibling: "for 2024 it gives")
    facts = [c.fact for c in kin]
    found = [f for f in found or () if f.relation == "contradicts" and f.rule == "period" and any(f.fact is x for x in facts)]
    whole = part_not_whole(claim, q, window, other) if not found else None
    return found or ([whole] if whole is not None and whole.relation == "contradicts" else [])


def _kin(other: Candidate, comparable: list[Candidate], index: FactIndex) -> list[Candidate]:
    """``other`` and the current facts of its subject, parties, measure and language."""
    measure, lang, parties = fact_measure(other.fact, index), index.reading(other.fact).language, fact_parties(other.fact, index)
    return [c for c in comparable if c is other or c.fact.subject == other.fact.subject
            and c.source.id not in index.superseded_by and index.reading(c.fact).language == lang
            and fact_measure(c.fact, index) == measure and fact_parties(c.fact, index) == parties]
