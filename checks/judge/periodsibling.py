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
from .figures import signed
from .findings import Finding
from .qualifiers import fact_measure


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
