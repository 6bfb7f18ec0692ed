"""A level written beside a change of its clause ("net profit dropped 57.6 %, to 874 million") against the fact that
confirms the change and writes its own level beside it ("fell 57.6 % to 978 million"): the level is the change's,
refuted by its fact whichever other fact's figure it happens to meet; and the other way round, a change written
beside a level of its clause ("sales fell more than 7 % to 1.4 billion") against the fact that confirms the level and
writes its own change beside it ("1.4 billion, down 5.6 %"): the change is the level's, refuted by its fact whichever
other fact's figure (another period's, another measure's) it meets or whatever two figures it is computed from. Run
once every claim is judged, after the carrying of ``carry.py``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of, is_difference
from ..match import FactIndex, unit_class
from ..model import CONTRADICTED, MIXED, SUPPORTED, UNVERIFIED, Claim, ClaimResult, Fact, Part, Quantity
from ..text import before_whole
from .basis import bases_agree, basis_conflict, claim_basis, fact_basis, fact_scopes, said_of_another
from .agreement import direction_conflict
from .beside import its_change, named_before, named_elsewhere
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
    """The first level of the claim, confirmed by one fact, that a fact confirming a change beside it refutes; or the
    first change, confirmed by one fact or computed, that a fact confirming a level beside it refutes."""
    parts = [p for p in r.parts if p.status == "confirmed" and p.rule.startswith(("quantity", "derived"))
             and "/" in (p.fact or "")]
    confirmed = {p.text: fact_by_id(index, *p.fact.split("/", 1)) for p in parts}
    computed = {p.text for p in parts if p.rule.startswith("derived")}   # (its fact is one of two it is computed from)
    figures = asserted_figures(r.claim)
    for q in figures:
        mine = confirmed.get(q.text.strip())
        for other in figures if mine is not None else ():
            fact = confirmed.get(other.text.strip())
            if other is q or fact is None or _its_own(other, mine, fact, q.text.strip() in computed, index):
                continue
            # (a level against the change's fact of the same year only; a change against the level's fact also when
            # the fact that met it dates it nowhere but in its words)
            found = (_level_against_change(r.claim, q, other, fact, index) if year_of(mine.as_of) == year_of(fact.as_of)
                     else None) or _change_against_level(r.claim, q, other, fact, mine, index)
            if found is not None:
                return found
    return None


def _its_own(other: Quantity, mine: Fact, fact: Fact, computed: bool, index: FactIndex) -> bool:
    """Whether the fact that met a figure is of another year than the fact of ``other`` (one dating it in its words
    only may be of the same), or, for a figure not computed, is that fact or writes ``other`` too: its own."""
    return year_of(mine.as_of) not in (year_of(fact.as_of), None) \
        or not computed and (fact is mine or _written(other, mine, index) is not None)


def _level_against_change(claim: Claim, q: Quantity, other: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The claim's level ``q`` written next to its change ``other`` (no figure between them, the only figure of
    each kind), which ``fact`` confirms as a change written beside its only level of ``q``'s kind ("fell 57.6 % to
    978 million", no other level of the change's kind between them): refuted when that level differs. Not for a
    starting level, a change against a year the claim names other than the fact's, another basis, nor a level the
    claim's clause names by a word the fact's sentence does not write and another fact of its source does."""
    if unit_class(q.unit) == unit_class(other.unit) or relative_figure(claim, q) is not None \
            or _is_change(claim, q) or not _is_change(claim, other) or against_another_year(claim, fact) \
            or not _next_to(claim, q, other):
        return None
    fq = _its_level(q, other, fact, index)
    if fq is None or basis_conflict(claim, q, fact, index, fq) or compare_quantity(q, fq)[0] != "contradicts" \
            or named_elsewhere(named_before(claim, q, index), index.text_keys(fact.statement or ""), fact, index):
        return None
    return Finding("contradicts", "quantity", fact,
                   f"wrong figure: the source that confirms the change {other.text.strip()!r} gives the level beside "
                   f"it as {fq.text.strip()!r}, the article {q.text.strip()!r}: {fact.statement}", part=q.text.strip())


def _change_against_level(claim: Claim, q: Quantity, other: Quantity, fact: Fact, mine: Fact,
                          index: FactIndex) -> Optional[Finding]:
    """The claim's change ``q`` written next to its level ``other`` (no figure between them, the only figure of each
    kind), which ``fact`` confirms as a level beside which its sentence writes its only change of ``q``'s kind
    (``beside.its_change``: "€1,447 million, down 5.6 %"): refuted when that change differs in size, a bound too ("fell
    more than 7 %"). Not for a starting level, a change against a year the claim names other than the fact's, one going
    the other way (the direction rule's), nor a change whose basis or version is written on one side only or differs
    ("up 5 % organically" is not the "up 3 %" beside the level), nor when the fact confirming the change gives it, for the
    fact's own date, on a basis or version of its own (the claim may give that one)."""
    if unit_class(q.unit) == unit_class(other.unit) or relative_figure(claim, other) is not None \
            or not _is_change(claim, q) or _is_change(claim, other) or against_another_year(claim, fact) \
            or not _next_to(claim, q, other):
        return None
    fq = its_change(q, other, fact, index)
    if fq is None or fq.value is None or q.value is None or not _of_the_same_change(claim, q, fq, fact, mine, index):
        return None
    size = replace(q, value=abs(q.value), min=None, max=None) if q.min is None else q
    if compare_quantity(size, replace(fq, value=abs(fq.value)))[0] != "contradicts":
        return None
    return Finding("contradicts", "quantity", fact,
                   f"wrong figure: the source that confirms the level {other.text.strip()!r} gives the change beside "
                   f"it as {fq.text.strip()!r}, the article {q.text.strip()!r}: {fact.statement}", part=q.text.strip())


def _of_the_same_change(claim: Claim, q: Quantity, fq: Quantity, fact: Fact, mine: Fact, index: FactIndex) -> bool:
    """Whether the fact's change ``fq`` and the claim's ``q`` go the same way, on the same basis and version, and
    the fact that met ``q`` gives no change of a version of its own (``_of_its_own_version``)."""
    window = figure_window(claim, q)
    return not direction_conflict(claim, window, fact, index, q) \
        and _same_basis(claim_basis(claim, q), fact_basis(fact, fq, index)) \
        and not said_of_another(claim, q, window, fact, index, fq) and not _of_its_own_version(q, mine, fact, index)


def _next_to(claim: Claim, q: Quantity, other: Quantity) -> bool:
    """Whether ``q`` and ``other`` are the claim's only figures of their kinds, with no figure between them."""
    kinds = [[x for x in claim.quantities if unit_class(x.unit) == unit_class(y.unit)] for y in (q, other)]
    lo, hi = sorted((q, other), key=lambda x: x.start)
    return kinds == [[q], [other]] and not any(lo.end <= x.start < hi.start for x in claim.quantities)


def _same_basis(mine: frozenset, theirs: frozenset) -> bool:
    """Whether a change's basis is written on both sides and agrees, or on neither."""
    return (not mine and not theirs) or bases_agree(mine, theirs)


def _of_its_own_version(q: Quantity, mine: Fact, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact confirming the claim's change ``q`` is of the level's fact's date and writes it as a change
    (a word of direction before it) of a basis or version it names (« en organique », "adjusted"): the claim may give
    that version's change."""
    fq = _written(q, mine, index) if mine is not fact and mine.as_of == fact.as_of else None
    return fq is not None and bool(direction_of(before_whole(mine.statement or "", fq.start, 30))) \
        and bool(fact_basis(mine, fq, index) or fact_scopes(mine, fq, index))


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
