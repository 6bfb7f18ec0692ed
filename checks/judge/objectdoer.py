"""Who does it, read at the object of a verb: a party the claim writes right after its verb, past a determiner or a
possessive ("the company asked its auditor for more time", « le groupe a sollicité son auditeur »), that the fact
writes right before the same verb, as its doer in the active voice ("the auditor requested more time", « l'auditeur
a demandé un délai »): the claim has that party on the receiving end of what it does in the source. The same verb is
its stem or a concept of it that says what a party does (``role: predicate`` of ``data/concepts.yaml``: "asked" and
"requested"); a passive ("was asked by its auditor") or a preposition between them ("asked for its auditor") makes
the party no object."""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern, words as words_of
from ..slots import clause_spans
from ..terms import concepts_in, content_stems, predicate_concepts
from ..tablestore import stored
from ..text import fold, words
from .actors import named_parties, verb_after, two_way


def object_doer(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when a party the claim writes as its verb's object is the doer of that verb in the fact, else None."""
    statement = fact.statement or ""
    mine = named_parties(claim.text, claim.mentions, claim.start)
    theirs = named_parties(statement, index.matcher.find(statement, 0), 0)
    for p in mine:
        verb = _verb_before(claim.text, p.start)
        q = next((q for q in theirs if q.keys & p.keys), None) if verb else None
        if q is None or _passive(list(words(statement[q.end:]))[:2]) or any(not any(o.keys & t.keys for t in theirs) for o in mine):
            continue                      # (a party of the claim the fact does not name: another deed, not this one)
        if _same_deed(verb, _doer_verb(statement, q, theirs)):
            return f"wrong actor: the source has {statement[q.start:q.end]} doing it, not on its receiving end: {statement}"
    return None


def _verb_before(text: str, at: int) -> str:
    """The verb written right before a party in its clause, past determiners and possessives only ("asked its"), not
    a passive's ("was asked by"), nor one of a verb both parties do to each other ("met")."""
    start = next((a for a, b in clause_spans(text) if a <= at < b), 0)
    before = list(words(text[start:at]))
    dets = {fold(w) for w in words_of("claims", "object_determiners")}
    while before and fold(before[-1][0]) in dets:
        before.pop()
    if not before or len(before) < 2:
        return ""                         # no subject before the verb: the party opens the clause
    word = before[-1][0]
    if not content_stems(word) or two_way(word) or _passive(before[-3:]):
        return ""
    return word


def _doer_verb(statement: str, q, theirs: list) -> set[str]:
    """The verb after the fact's party, past a party its complement names (« le commissaire aux comptes de Velmor a
    demandé », "the auditor of Velmor requested")."""
    owner = next((o for o in theirs if o.start >= q.end and _genitive().match(statement[q.end:o.start])), None)
    return verb_after(statement, owner or q)


def _same_deed(verb: str, their_verb: set[str]) -> bool:
    """Whether the fact's verb after its party is the claim's: the same stem, or a predicate concept of both."""
    if set(content_stems(verb)) & their_verb:
        return True
    said = set(concepts_in(verb)) & predicate_concepts()
    return bool(said) and bool(said & set(concepts_in(" ".join(their_verb))))


def _passive(run: list) -> bool:
    """Whether a run of words holds a passive auxiliary ("was", « a été »)."""
    return any(fold(w) in _passive_auxiliaries() for w, _, _ in run)


@stored
def _passive_auxiliaries() -> frozenset[str]:
    return frozenset(fold(w) for w in words_of("claims", "passive_auxiliaries"))


@stored
def _genitive() -> re.Pattern:
    """Only a preposition of a noun's complement between two parties (``genitive_prepositions``)."""
    return word_pattern("claims", r"^\s*(?:{genitive_prepositions})\s*$", re.I)
