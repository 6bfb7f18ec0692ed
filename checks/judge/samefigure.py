"""Whether a wrong figure is refuted by a fact of the same thing: a figure is called wrong only by a fact that gives
the same measure (not the claim's other figure, said of another thing). A fact that disagrees is read again once every rule has judged the claim, and
its refutation made related (the figure stays unchecked, and the claim is not supported) when:

- the fact's figure is another figure the claim itself states, the fact's sentence writes the refuted figure too, and
  the refuted figure's words name a measure noun (``measure_nouns`` of ``measures.yaml``) that the fact's words at its
  own figure do not ("212.4 million of revenue and a surplus of 7.3 million" against "a budget of 212.4 million …,
  with a net result of 7.3 million": the surplus is not refuted by the budget; two figures swapped, "60 % on
  coursework and 40 % on exams" against "40 % on coursework and 60 % on exams", stay refuted).
"""
from __future__ import annotations

from dataclasses import replace

from ..compare import compare_quantity
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from .figures import around_figure
from .sentencefigures import words_at_figure
from .measurenoun import measure_terms_in
from .findings import Finding


def refuted_by_the_same(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each wrong figure (rule ``quantity``) that a fact of another thing gives made related."""
    figures = {q.text.strip(): q for q in claim.quantities}
    out = []
    for f in findings:
        q = figures.get(f.part or "")
        why = _other_thing(claim, q, f.fact, index) if f.relation == "contradicts" and f.rule == "quantity" \
            and f.fact is not None and f.fact.quantity is not None and q is not None else None
        out.append(replace(f, relation="related", message=f"{f.message.rstrip('.')}, but {why}") if why else f)
    return out


def _other_thing(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> str | None:
    """Why the fact's figure is not the figure's (for the explanation), or None when it is of the same thing."""
    other = next((x for x in claim.quantities if x is not q and x.unit != "year"
                  and compare_quantity(replace(x, approximate=False), fact.quantity) == ("supports", "")), None)
    if other is not None and _writes(fact, q, index) and _names_another_measure(claim, q, fact, index):
        return f"that figure is the article's {other.text.strip()!r}, said of another thing"
    return None


def _writes(fact: Fact, q: Quantity, index: FactIndex) -> bool:
    """Whether the fact's sentence writes the figure exactly, in its unit, among its own figures."""
    return any(x.unit == q.unit and compare_quantity(replace(q, approximate=False), x) == ("supports", "")
               for x in index.reading(fact).quantities)


def _names_another_measure(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim's words around the figure name a measure noun the fact's words at its own figure do not."""
    mine = measure_terms_in(around_figure(claim, q))
    around = words_at_figure(fact, index)
    return bool(mine) and around is not None and not mine & measure_terms_in(around[0])

