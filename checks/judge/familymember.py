"""A figure the claim says of one member of a family of parts the list gives each its own fact, confirmed by a fact
that does not name that member (rule ``quantity-measure``).

A figure equal to a fact's is strong evidence of which fact the article means, never a verdict by itself. A list
that gives "Velmor's Marine sales grew 9.2 %" beside "Velmor's Rail sales grew 7.3 %" — sentences alike but for the
member each names — gives each member's figure in its own fact. A claim whose figure's clause names a member the
confirming fact does not write ("Marine sales rose 12.2 %", « les ventes de Marine ont progressé de 12,2 % », when
12.2 % is the figure of "sales of all products but one") speaks of that member: its figure is another measure's,
refuted by the member's own fact when that fact's figure refutes it. Read on the structure, never on a list of
names: the member's fact's subject (its words before its first verb or figure) writes the claim's word as a name
(capitalised, not its first word), and another fact of its source, date and unit writes the same sentence with
another name in its place (words compared as stems,
so across the list's and the article's languages, "Marine" and « Marine »). Nothing when the member's fact writes the
claim's figure too, or when another fact that names the member confirms it.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import FactIndex
from ..measurepart import subject_of
from ..model import Claim, Fact, Quantity
from ..terms import content_stems
from ..text import words
from .clauses import figure_window
from .figures import fact_parties
from .findings import Finding
from .partgate import turned_confirmations
from .segment import writes_figure
from .signs import signed

RULE_ID = "quantity-measure"


def _stems(text: str) -> set[str]:
    """The content stems of a text, figures aside."""
    return {s for w, _, _ in words(text) if not any(ch.isdigit() for ch in w) for s in content_stems(w)}


def _named(text: str) -> set[str]:
    """The content stems of the names of a text: its capitalised words but the first ("Velmor's Marine sales")."""
    return {s for i, (w, _, _) in enumerate(words(text)) if i > 0 and w[:1].isupper() and not any(ch.isdigit() for ch in w)
            for s in content_stems(w)}


def _fact_stems(fact: Fact) -> set[str]:
    return _stems(fact.statement or "") | {s for t in fact.terms for s in content_stems(t)}


def _family(member: Fact, word: set[str], index: FactIndex) -> bool:
    """Whether another fact of the member's source, date and unit writes the member's sentence with other words in
    place of ``word``: the same stems but those, and some of its own in its subject."""
    mine = _stems(member.statement or "") - word
    for other in index.facts:
        if other is member or other.source != member.source or other.as_of != member.as_of \
                or other.quantity is None or other.quantity.unit != member.quantity.unit:
            continue
        theirs = _stems(other.statement or "")
        own = theirs - mine
        if own and not own & word and theirs - own == mine and own <= _named(subject_of(other.statement or "")):
            return True
    return False


# complexity: one pass over the candidates, each test an early skip, the member's figure compared last
def member_instead(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the member's word the claim writes, the member's fact) when the figure's clause names a member of a family
    the confirming ``fact`` does not write and that member's fact refutes the figure; None otherwise."""
    if fact.quantity is None:
        return None
    window = figure_window(claim, q)
    said, written = _stems(window), _fact_stems(fact)
    for c in index.candidates(claim):
        member = c.fact
        if member is fact or member.quantity is None or member.quantity.unit != fact.quantity.unit \
                or member.as_of != fact.as_of or fact_parties(member, index) - fact_parties(fact, index) - {None}:
            continue
        names = {s for e in fact_parties(member, index) for s in content_stems(e.replace("-", " "))}
        word = (_named(subject_of(member.statement or "")) & said) - written - names
        if not word or writes_figure(member, q, index) or not _family(member, word, index):
            continue
        if compare_quantity(signed(q, claim, member, window), member.quantity)[0] == "contradicts":
            shown = [w for w, _, _ in words(member.statement or "") if set(content_stems(w)) & word]
            return " ".join(dict.fromkeys(shown)) or " ".join(sorted(word)), member
    return None


def of_its_own_member(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by a fact that does not name the member of a family the
    figure's clause names turned into the member's fact's refutation (``member_instead``), unless another fact
    confirms the same figure and passes."""
    def turn(f: Finding, q: Quantity) -> Optional[Finding]:
        found = member_instead(claim, q, f.fact, index)
        if found is None:
            return None
        word, member = found
        return Finding("contradicts", RULE_ID, member,
                       f"wrong part: {f.part!r} is the source's figure for another thing ({f.fact.statement}); for "
                       f"{word!r} it gives {fmt_quantity(member.quantity)}: {member.statement}", part=f.part)
    return turned_confirmations(claim, findings, turn)
