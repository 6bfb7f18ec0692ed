"""A figure the article gives as what is planned or expected ("which are set to shrink to about 3 billion yen a
month in early 2026"), read as a prediction and not checkable alone, in a statement whose main clause a fact
confirms that states that plan with its figure, for that period ("decided to reduce its monthly purchases to about
3 trillion yen in January-March 2026"): the article restates the source's plan, and its figure is judged against
it."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import FactIndex, unit_class
from ..model import CONTRADICTED, NOT_CHECKABLE, SUPPORTED, ClaimResult, Fact, Quantity
from .findings import Finding, asserted_figures, evidence_of, sentence, year_of
from .parts import claim_parts
from .carry import confirming_facts


def plan_by_main_fact(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    confirming = confirming_facts(results, index, ("main",))
    mains = [f for fs in confirming.values() for f in fs]
    if not mains:
        return results
    out = []
    for r in results:
        figures = asserted_figures(r.claim) if r.verdict == NOT_CHECKABLE and r.claim.kind == "prediction" \
            and r.claim.role in ("relative", "gloss") else []
        judged = _against_plan(r, figures[0], mains, index) if len(figures) == 1 else None
        out.append(judged or r)
    return out


def _against_plan(r: ClaimResult, q: Quantity, mains: list[Fact], index: FactIndex) -> Optional[ClaimResult]:
    """The prediction judged against a confirming fact of its year whose figure is of its unit's kind."""
    years = {year_of(d.iso()) for d in r.claim.dates}
    for fact in mains:
        relation = _plan_relation(q, fact, years)
        if relation is None:
            continue
        said = f"{q.text.strip()!r} {'is' if relation == 'supports' else 'is not'} the source's planned " \
               f"{fmt_quantity(fact.quantity)}: {fact.statement}"
        found = [Finding(relation, "quantity", fact, said, part=q.text.strip())]
        found += [Finding("supports", "date", fact, f"{d.text!r}, as in the source", part=d.text)
                  for d in r.claim.dates if relation == "supports"]      # (the period it was matched by)
        verdict = SUPPORTED if relation == "supports" else CONTRADICTED
        return ClaimResult(replace(r.claim, checkable=True), verdict, sentence(said),
                           [evidence_of(f, index) for f in found], 0.75, ["quantity"],
                           parts=claim_parts(r.claim, found))
    return None


def _plan_relation(q: Quantity, fact: Fact, years: set) -> Optional[str]:
    """"supports" or "contradicts" when the fact gives a figure for one of the years, in the figure's unit (a plan
    "a month" against its monthly figure); else None."""
    fq = fact.quantity
    if fq is None or not years or year_of(str(fact.as_of or "")) not in years:
        return None
    base = (q.unit or "").split(" per ")[0]
    if not base or base != fq.unit or unit_class(fq.unit) != unit_class(base):
        return None
    relation, _ = compare_quantity(replace(q, unit=fq.unit, approximate=False), fq)
    return relation if relation in ("supports", "contradicts") else None
