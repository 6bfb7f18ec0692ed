"""A figure a claim says of the whole by a word of the whole ("Group organic revenue growth was 4.7 %", « La
croissance organique du groupe a atteint 4,7 % », "overall", « total »: ``whole_scope_words`` of
``data/lang/<code>/measures.yaml``), confirmed only by the fact of a named part (a name the claim does not write,
"International"), which writes no word of the whole, while a fact of the same date and measure that writes the
claim's word of the whole and names no part the claim does not gives another figure the claim's refutes: the part's
figure taken for the whole's — contradicted (rule ``region``), citing both. Nothing when a fact of the whole gives
the figure too.
"""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import words
from ..terms import content_stems
from ..text import fold, words_of
from ..tablestore import stored
from .findings import Finding
from .segment import kin_facts, part_for_whole, unbracketed_names


@stored
def _whole_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "whole_scope_words"))


def _wholes_in(text: Optional[str]) -> frozenset[str]:
    """The words of the whole a sentence writes in lower case or as its first word (not inside a name, "Velmor
    Group"), folded."""
    found = list(words_of(text or ""))
    return frozenset(fold(w) for i, (w, _, _) in enumerate(found) if w[:1].islower() or i == 0) & _whole_words()


def part_for_whole_scope(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                         index: FactIndex) -> Optional[Finding]:
    """A figure the claim says of the whole, confirmed by a part's fact, refuted by the whole's (see the module)."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or fact.quantity is None or q.value is None:
        return None
    read = _part_and_measure(claim, fact, index)
    if read is None:
        return None
    whole, part, measure = read
    mine = unbracketed_names(claim.text, index)
    wholes = [x for x in kin_facts(fact, cands) if x.quantity is not None and x.quantity.unit == fact.quantity.unit
              and whole & _wholes_in(x.statement) and not unbracketed_names(x.statement, index) - mine
              and measure <= set(content_stems(x.statement or ""))]
    return part_for_whole(q, fact, part, wholes, index)


def _part_and_measure(claim: Claim, fact: Fact,
                      index: FactIndex) -> Optional[tuple[frozenset[str], frozenset[str], set[str]]]:
    """The claim's words of the whole, the names of the part the confirming fact writes (not the claim), and the
    measure's stems both write; None when the claim writes no word of the whole, the fact writes one, or the fact
    names no part of its own."""
    whole = _wholes_in(claim.focus or claim.text)
    if not whole or _wholes_in(fact.statement):
        return None
    mine = unbracketed_names(claim.text, index)
    part = unbracketed_names(fact.statement, index) - mine - {fold(w) for w, _, _ in words_of(claim.text)}
    measure = set(content_stems(claim.focus or claim.text)) & set(content_stems(fact.statement or "")) \
        - set(content_stems(" ".join(whole)))
    return (whole, part, measure) if part and measure else None
