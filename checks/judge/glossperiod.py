"""A gloss's period is its main clause's: "EBITDA reached about €780m, a margin of 27.8 %", « L'Ebitda a atteint
780 millions d'euros, soit une marge de 27,8 % » restates the year's result as a ratio of the same year. A gloss that
writes no date of its own, confirmed only by a fact of a part of the year (the nine months' margin) while its main
clause's figure is confirmed by a fact of that whole year, is not confirmed by it: the fact of the
main clause's period that gives a figure of the gloss's unit and words refutes it (wrong period), else it stays
unchecked.

- contradicted: « L'Ebitda de Norvel a atteint 412 millions d'euros en 2025, soit une marge de 21,4 % » against
  « marge de 21,9 % en 2025 » and « sur neuf mois, marge de 21,4 % »; "Norvel's EBITDA reached €412m in 2025, that is a
  margin of 21.4 %" against the same in English.
- supported: the same with 21,9 %, 21.9 %.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..match import FactIndex
from ..model import SUPPORTED, UNVERIFIED, ClaimResult, Fact
from ..terms import content_stems
from .carry import confirming_facts
from .findings import Finding, asserted_figures, month_of, sentence, year_of
from .parts import refuted_by
from .yearparts import part_of_year

RULE_ID = "period"


def _other_period(theirs: list[Fact], mains: list[Fact]) -> bool:
    """Whether every fact confirming the gloss is of a part of the year (to a month before December, or a part its
    sentence names: "in the second half of 2024", dated 2024) whose whole year is the period of every fact confirming its main clause (a gloss of another year, "against £19.75bn a year
    earlier", « contre 82,6 milliards un an plus tôt », states a baseline of its own: not read here)."""
    def apart(g: Fact, m: Fact) -> bool:
        gy, my = year_of(g.as_of), year_of(m.as_of)
        if gy is None or my is None:
            return False
        return gy == my and month_of(m.as_of) is None and not part_of_year(m) \
            and (month_of(g.as_of) not in (None, 12) or part_of_year(g))
    return bool(theirs and mains) and all(apart(g, m) for g in theirs for m in mains)


def _of_main_period(r: ClaimResult, mains: list[Fact], index: FactIndex) -> Optional[ClaimResult]:
    """The gloss kept when a fact confirming its main clause writes its figure; else refuted by a fact of its main
    clause's period, of its subject, whose declared figure, in the gloss's unit, disagrees and whose sentence shares a
    word of the gloss's; unchecked when none does."""
    q = asserted_figures(r.claim)[0]
    if any(fq.unit == q.unit and compare_quantity(q, fq)[0] == "supports"
           for m in mains for fq in index.reading(m).quantities):
        return r                 # (the main clause's own fact writes it: « soit un peu plus de 4 % » beside its 4,3 %)
    words = set(content_stems((r.claim.focus or r.claim.text).replace(q.text.strip(), " ")))
    periods = {m.as_of for m in mains}
    subjects = {m.subject for m in mains} - {None}
    for fact in index.facts:
        fq = fact.quantity
        if fact.as_of not in periods or fq is None or fq.unit != q.unit or (subjects and fact.subject not in subjects):
            continue
        if compare_quantity(q, fq)[0] == "contradicts" and words & set(content_stems(fact.statement or "")):
            msg = (f"wrong period: {q.text.strip()!r} is not the figure of the period of the clause it glosses; "
                   f"the source: {fact.statement}")
            return refuted_by(r.claim, Finding("contradicts", RULE_ID, fact, msg, part=q.text.strip()), index)
    return ClaimResult(r.claim, UNVERIFIED, sentence(f"{r.explanation.rstrip('.')}, but for another period than the "
                                                     f"clause it glosses"), r.evidence, 0.0, r.rules,
                       parts=tuple(p if p.status != "confirmed" else replace(p, status="unchecked", rule="", fact="")
                                    for p in r.parts))


def glosses_of_their_main_period(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """The results with each gloss that writes no date (but the starting level's of its change, "up 30 % on 2023"),
    confirmed only by facts of another period than its main
    clause's, judged against the main clause's period (``_of_main_period``)."""
    confirming = confirming_facts(results, index, ("main",))
    mains = [f for r in results if r.claim.role == "main" and r.verdict == SUPPORTED for f in confirming.get(id(r), [])]
    out = []
    for r in results:
        if r.claim.role == "gloss" and r.verdict == SUPPORTED and all(d.relation == "baseline" for d in r.claim.dates) \
                and len(asserted_figures(r.claim)) == 1:
            theirs = confirming_facts([r], index, ("gloss",)).get(id(r), [])
            if _other_period(theirs, mains):
                r = _of_main_period(r, mains, index)
        out.append(r)
    return out
