"""A gloss or a relative clause of a figure the main clause gives for another measure: the main clause's figure is
the source's figure of another measure (``quantity-measure``: « Le résultat opérationnel s'établit à 412 millions »
against « Le résultat opérationnel courant s'élève à 412 millions, soit 8,1 % du chiffre d'affaires » while « Le
résultat opérationnel s'élève à 301 millions »), and the gloss beside it, « soit 8,1 % du chiffre d'affaires »,
", or 8.1 % of revenue", is confirmed only by the fact that gives that other measure's figure: it restates the
main clause's figure, so it is that other measure's too — contradicted as the main clause's figure is, never
confirmed by the sentence that writes it beside the wrong measure.
"""
from __future__ import annotations

from dataclasses import replace

from ..compare import compare_quantity
from ..match import FactIndex
from ..model import CONTRADICTED, SUPPORTED, ClaimResult, Fact, Part, Quantity
from .findings import fact_by_id

RULE_ID = "quantity-measure"


def glosses_of_another_measure(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """Each supported gloss or relative clause (of a statement whose main clause's figure is another measure's)
    confirmed only by facts giving that main figure as their own: contradicted, rule ``quantity-measure``."""
    refuted = [q for r in results if r.claim.role == "main" for q in r.claim.quantities
               if any(p.status == "contradicted" and p.rule == RULE_ID and p.text == q.text.strip() for p in r.parts)]
    if not refuted:
        return results
    out = []
    for r in results:
        facts = [fact_by_id(index, e.source, e.fact) for e in r.evidence if e.relation == "supports"] \
            if r.claim.role in ("gloss", "relative") and r.verdict == SUPPORTED else []
        if facts and all(f is not None and any(_gives(f, q) for q in refuted) for f in facts):
            r = _another_measures(r)
        out.append(r)
    return out


def _gives(fact: Fact, q: Quantity) -> bool:
    """Whether the fact's declared figure is the main clause's figure."""
    return fact.quantity is not None and fact.quantity.value is not None \
        and compare_quantity(q, fact.quantity)[0] == "supports"


def _another_measures(r: ClaimResult) -> ClaimResult:
    msg = ("Wrong measure: the figure beside it in the article is the source's figure for another thing, and so is "
           f"this one; {r.explanation}")
    parts = tuple(Part(p.text, "contradicted", RULE_ID, p.fact) if p.status == "confirmed" else p for p in r.parts)
    evidence = [replace(e, relation="contradicts") if e.relation == "supports" else e for e in r.evidence]
    return ClaimResult(r.claim, CONTRADICTED, msg, evidence, r.confidence, [RULE_ID, *r.rules], r.wrong_actor, parts)
