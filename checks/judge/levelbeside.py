"""A level written beside a change of its clause ("net profit dropped 57.6 %, to 874 million") against the fact that
confirms the change and writes its own level beside it ("fell 57.6 % to 978 million"): the level is the change's,
refuted by its fact whichever other fact's figure it happens to meet. Run once every claim is judged, after the
carrying of ``carry.py``.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of, is_difference
from ..match import FactIndex, unit_class
from ..model import CONTRADICTED, MIXED, SUPPORTED, UNVERIFIED, Claim, ClaimResult, Fact, Part, Quantity
from ..text import before_whole
from .basis import basis_conflict
from .beside import named_before, named_elsewhere
from .clauses import figure_sense, relative_figure
from .figures import figure_window
from .findings import Finding, against_another_year, asserted_figures, evidence_of, fact_by_id, sentence, year_of


def levels_beside_changes(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A level written beside a change of its clause ("net profit dropped 57.6 %, to 874 million") and a fact that
    confirms the change writing its own level beside it ("fell 57.6 % to 978 million"): the level beside a change
    is that change's, refuted by its fact (``_level_against_change``) whichever other fact's figure it happens to meet
    (an impairment of 874 million whose sentence also says "net profit", of the same year); a level it gives the
    same stays, and a level no fact confirms is left to the change's rules (the change may be another's)."""
    return [_level_refuted(r, index) if r.verdict in (SUPPORTED, MIXED, UNVERIFIED) and r.claim.checkable
            and not r.wrong_actor and r.claim.role in ("main", "gloss", "relative") else r for r in results]


def _level_refuted(r: ClaimResult, index: FactIndex) -> ClaimResult:
    found = _refuting_level(r, index)
    if found is None:
        return r
    parts = tuple(Part(p.text, "contradicted", found.rule, f"{found.fact.source}/{found.fact.id}")
                  if p.text == found.part else p for p in r.parts)
    verdict = MIXED if any(p.status == "confirmed" for p in parts) else CONTRADICTED
    return ClaimResult(r.claim, verdict, sentence(found.message), [evidence_of(found, index), *r.evidence],
                       0.75, list(dict.fromkeys([found.rule, *r.rules])), parts=parts)


def _refuting_level(r: ClaimResult, index: FactIndex) -> Optional[Finding]:
    """The first level of the claim, confirmed by one fact, that a fact confirming a change beside it refutes."""
    confirmed = {p.text: fact_by_id(index, *p.fact.split("/", 1)) for p in r.parts
                 if p.status == "confirmed" and p.rule.startswith("quantity") and "/" in (p.fact or "")}
    figures = asserted_figures(r.claim)
    for q in figures:
        mine = confirmed.get(q.text.strip())
        for other in figures if mine is not None else ():
            fact = confirmed.get(other.text.strip())
            if other is q or fact is None or fact is mine or _written(other, mine, index) \
                    or year_of(mine.as_of) != year_of(fact.as_of):
                continue           # (the level's own fact writes the change too, or is of another year: its own)
            found = _level_against_change(r.claim, q, other, fact, index)
            if found is not None:
                return found
    return None


def _level_against_change(claim: Claim, q: Quantity, other: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The claim's level ``q`` written next to its change ``other`` (no figure between them, the only figure of
    each kind), which ``fact`` confirms as a change written beside its only level of ``q``'s kind ("fell 57.6 % to
    978 million", no other level of the change's kind between them): refuted when that level differs. Not for a
    starting level, a change against a year the claim names other than the fact's, another basis, nor a level the
    claim's clause names by a word the fact's sentence does not write and another fact of its source does."""
    if unit_class(q.unit) == unit_class(other.unit) or relative_figure(claim, q) is not None \
            or _is_change(claim, q) or not _is_change(claim, other) or against_another_year(claim, fact):
        return None
    kinds = [[x for x in claim.quantities if unit_class(x.unit) == unit_class(y.unit)] for y in (q, other)]
    lo, hi = sorted((q, other), key=lambda x: x.start)
    if kinds != [[q], [other]] or any(lo.end <= x.start < hi.start for x in claim.quantities):
        return None
    fq = _its_level(q, other, fact, index)
    if fq is None or basis_conflict(claim, q, fact, index, fq) or compare_quantity(q, fq)[0] != "contradicts" \
            or named_elsewhere(named_before(claim, q, index), index.text_keys(fact.statement or ""), fact, index):
        return None
    return Finding("contradicts", "quantity", fact,
                   f"wrong figure: the source that confirms the change {other.text.strip()!r} gives the level beside "
                   f"it as {fq.text.strip()!r}, the article {q.text.strip()!r}: {fact.statement}", part=q.text.strip())


def _is_change(claim: Claim, q: Quantity) -> bool:
    return bool(is_difference(claim.text[q.end - claim.start:][:30])) \
        or figure_sense(claim, q, figure_window(claim, q)) == "change"


def _its_level(q: Quantity, other: Quantity, fact: Fact, index: FactIndex) -> Optional[Quantity]:
    """The fact's only level of ``q``'s kind (not a starting level nor a difference) when the figure that confirms
    ``other`` is written as a change by a word of direction before it ("fell 57.6 %", « en hausse de 4 % »), not as a
    difference, with no other figure of its kind between."""
    reading, text = index.reading(fact), fact.statement or ""
    anchor = _written(other, fact, index)
    if anchor is None or not direction_of(before_whole(text, anchor.start, 30)) \
            or is_difference(text[anchor.end:anchor.end + 30]):
        return None        # (a difference, "7 % lower than the cap of £1,849", writes its base, not its level)
    kind = [fq for fq, base in zip(reading.quantities, reading.baselines) if fq.start >= 0 and not base
            and unit_class(fq.unit) == unit_class(q.unit) and not is_difference(text[fq.end:fq.end + 30])]
    lo, hi = sorted((kind[0].start, anchor.start)) if len(kind) == 1 else (0, 0)
    if len(kind) != 1 or any(x is not anchor and lo < x.start < hi and unit_class(x.unit) == unit_class(anchor.unit)
                             for x in reading.quantities):
        return None
    return kind[0]


def _written(other: Quantity, fact: Fact, index: FactIndex) -> Optional[Quantity]:
    """The figure of the fact's sentence that gives the claim's figure ``other``."""
    return next((fq for fq in index.reading(fact).quantities if fq.start >= 0
                 and compare_quantity(other, fq)[0] == "supports"), None)
