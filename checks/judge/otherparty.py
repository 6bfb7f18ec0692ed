"""A figure confirmed by a fact about another party than the claim's: "Dornovia added 41 GW in 2024, yet accounted
for less than half of installations worldwide" has its share met by "Vallorn accounted for 8% of global
installations", a fact that names a party of its own (a name no list declares, before its figure) and none of the
claim's, while another figure of the claim is confirmed by a fact of the claim's party. The share is the other party's,
not a confirmation of what the article says of its own: the finding is only related (the figure stays unchecked).
"""
from __future__ import annotations

from dataclasses import replace

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import words
from ..terms import stems_of
from ..text import fold, fold_same_length
from .figures import fact_parties, proper_names_in
from .findings import Finding
from .incises import without_incises
from ..tablestore import stored


def of_another_party(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by another party's fact made related."""
    findings = _of_the_whole(claim, findings, index)
    mine = {m.entity for m in claim.mentions}
    figure = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity") and f.fact is not None]
    if not mine or not any(fact_parties(f.fact, index) & mine for f in figure):
        return findings                 # the claim's party is confirmed by none of its figures: nothing to hold to
    foreign = [f for f in figure if not fact_parties(f.fact, index) & mine
               and (_declares_another(claim, f.fact, index) or _names_another(claim, f.fact, index))]
    if not foreign:
        return findings
    return [replace(f, relation="related", message=f"{f.message.rstrip('.')}, but that fact is about another party "
                                                    f"({f.fact.statement})") if any(f is g for g in foreign) else f
            for f in findings]


def _declares_another(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's sentence names, before its figure, its declared subject, a party of the list that the claim
    does not name at all: "Dornovia shipped 232 million phones" against "Vallorn was the largest maker with 232
    million phones shipped" (subject ``vallorn``), « Dornovia a livré 232 millions » against « Vallorn a livré 232
    millions »: the other party's figure (a sentence that does not name its subject, "Matchday income was £14.2
    million", may be the claim's party's, named earlier in the article)."""
    entity = index.catalog.entities.get(fact.subject) if fact.subject else None
    if entity is None:
        return False
    text = fold_same_length(fact.statement or "")
    upto = min((q.start for q in index.reading(fact).quantities), default=len(text))
    said = fold(claim.text)
    return not any(fold(n) in said for n in entity.names) and any(fold(n) in text[:upto] for n in entity.names)


def _names_another(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's sentence names, before its figure, a party no list declares that the claim does not write,
    in any number ("Robusta" writes "Robustas", « Robusta » « Robustas »)."""
    text = fact.statement or ""
    reading = index.reading(fact)
    upto = min((q.start for q in reading.quantities), default=len(text))
    said, stems = fold(claim.text), set(stems_of(claim.text))
    head = Claim(text=text, start=0, end=len(text), kind="quantity", checkable=True,
                 mentions=[m for m in index.matcher.find(text)])
    # (a name the claim writes in another number is the one it names: "the Robusta group" for "The Robustas group")
    return any(fold(n) not in said and not set(stems_of(n)) <= stems for n in proper_names_in(head, (0, upto), index))


def _of_the_whole(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """A figure the claim gives a named part of a named party ("Corvane's Delta unit", « la division Delta de
    Corvane »: ``part_of_before``/``part_of_after`` of ``claims.yaml``) confirmed only by a fact of the whole that
    does not name the part: the whole's figure, not a confirmation of the part's (the finding made related)."""
    mentions = _outside_incises(claim)
    parts = _parts_named(claim, mentions) + _parts_by_name(mentions, index)
    if not parts:
        return findings
    def whole_only(f: Finding) -> bool:
        if f.relation != "supports" or not f.rule.startswith("quantity") or f.fact is None:
            return False
        parties = fact_parties(f.fact, index)
        return any(whole in parties and part not in parties for part, whole in parts)
    return [replace(f, relation="related", message=f"{f.message.rstrip('.')}, but that fact is about the whole, "
                                                    f"not the part the article names ({f.fact.statement})")
            if whole_only(f) else f for f in findings]


def _outside_incises(claim: Claim) -> list:
    """The claim's mentions but those of a descriptive incise that holds no figure (``incises.without_incises``): it
    describes the subject, "Velmor, the maker behind Velmor Rail trains, grew sales 5 %", « Velmor, maison mère de
    Velmor Rail, a accru ses ventes de 5 % »: the figure is the subject's, not the unit's the incise names."""
    blanked = without_incises(claim, claim.text)
    return [m for m in claim.mentions if m.start < claim.start
            or blanked[m.start - claim.start:m.end - claim.start].strip()]


def _parts_named(claim: Claim, mentions: list) -> list[tuple[str, str]]:
    """(part, whole) entity pairs the claim writes as a part of the other, up to three words between them."""
    ms = sorted(mentions, key=lambda m: m.start)
    text = fold_same_length(claim.text)                 # (fold writes every apostrophe as ')
    before, after = _part_words()
    out = []
    for a, b in zip(ms, ms[1:]):
        if a.entity == b.entity or a.entity is None or b.entity is None or a.start < claim.start:
            continue
        gap = text[a.end - claim.start:b.start - claim.start].strip()
        toks = gap.split()
        if len(toks) > 3:
            continue
        if any(gap.startswith(w) for w in before) or fold(a.text).endswith(tuple(before)):
            out.append((b.entity, a.entity))          # "Corvane's Delta Labs unit": Delta Labs, a part of Corvane
        elif toks and (toks[-1] in after or any(toks[-1].endswith(w) and "'" in w for w in after)):
            out.append((a.entity, b.entity))          # « la division Delta Labs de Corvane »
    return out


def _parts_by_name(mentions: list, index: FactIndex) -> list[tuple[str, str]]:
    """(part, whole) for each party the claim names whose name opens with another declared party's name ("Corvane
    Nordland", a unit of Corvane; "Corvane Labs"): a named unit of that party, not the party."""
    out = []
    for m in mentions:
        toks = stems_of(m.text)
        for n in range(len(toks) - 1, 0, -1):
            whole = index.matcher.names.get(tuple(toks[:n]))
            if whole is not None and m.entity is not None and whole != m.entity:
                out.append((m.entity, whole))
                break
    return out


@stored
def _part_words() -> tuple[frozenset[str], frozenset[str]]:
    """The folded words that tie a part to its whole, before and after (``part_of_before``/``part_of_after``)."""
    return (frozenset(fold(w) for w in words("claims", "part_of_before")),
            frozenset(fold(w) for w in words("claims", "part_of_after")))
