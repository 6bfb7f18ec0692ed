"""Who does it, read at the object of a verb: a party the claim writes right after its verb, past a determiner or a
possessive ("the company asked its auditor for more time", « le groupe a sollicité son auditeur »), that the fact
writes right before the same verb, as its doer in the active voice ("the auditor requested more time", « l'auditeur
a demandé un délai »): the claim has that party on the receiving end of what it does in the source. The same verb is
its stem or two verbs of asking (``request_verbs`` of ``claims.yaml``: "asked" and "requested"); a passive ("was
asked by its auditor") or a preposition between them ("asked for its auditor") makes the party no object, and a claim
whose own doer is that party ("Velmor sold Velmor Spain") or names a party the fact does not is left alone."""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..slots import clause_spans
from ..terms import content_stems, function_words
from ..tablestore import stored
from ..text import fold, words
from .actors import opens_passive, parties_of, two_way, word_set


def object_doer(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when a party the claim writes as its verb's object is the doer of that verb in the fact, else None."""
    statement = fact.statement or ""
    mine, theirs = parties_of(claim, statement, index)
    if any(not any(o.keys & t.keys for t in theirs) for o in mine):
        return None                       # (a party of the claim the fact does not name: another deed, not this one)
    for p in mine:
        verb = _verb_before(claim.text, p.start, mine)
        q = _closest(p, theirs) if verb else None
        if q is None or opens_passive(statement[q.end:]) \
                or any(o.end <= p.start and q.keys <= o.keys for o in mine if o is not p):
            continue                      # (the claim's own doer is that party: "Velmor sold Velmor Spain")
        if _same_deed(verb, _doer_verb(statement, q, theirs)):
            return f"wrong actor: the source has {statement[q.start:q.end]} doing it, not on its receiving end: {statement}"
    return None


def _closest(p, theirs: list):
    """The one party of the fact that shares the most names with the claim's (None when none or two tie)."""
    ranked = sorted(((len(p.keys & q.keys), i) for i, q in enumerate(theirs)), reverse=True)
    if not ranked or not ranked[0][0] or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return theirs[ranked[0][1]]


def _verb_before(text: str, at: int, parties: list = ()) -> str:
    """The verb written right before a party in its clause, past determiners and possessives only ("asked its"), not
    a passive's ("was asked by"), nor one of a verb both parties do to each other ("met")."""
    start = next((a for a, b in clause_spans(text) if a <= at < b), 0)
    before = list(words(text[start:at]))
    dets = word_set("object_determiners")
    while before and fold(before[-1][0]) in dets:
        before.pop()
    if len(before) < 2 or not _determiners().fullmatch(text[start + before[-1][2]:at]):
        return ""                         # the party opens the clause, or a preposition stands before it ("à la")
    word = before[-1][0]
    if not content_stems(word) or two_way(word) or any(fold(w) in word_set("passive_auxiliaries") for w, _, _ in before[-3:]) or _noun(text, start, before, parties):
        return ""
    return word


def _noun(text: str, start: int, before: list, parties: list) -> bool:
    """Whether the word before the party follows a determiner (« des procédures Dublin »: a noun, no verb), unless a
    party ends right before that word, its subject (« Velmor a sollicité », the auxiliary spelt as "a")."""
    if not _article().fullmatch(before[-2][0]):
        return False
    article = start + before[-2][1]
    return not any(o.end <= article and not text[o.end:article].strip() for o in parties)


def _doer_verb(statement: str, q, theirs: list) -> str:
    """The first word after the fact's party that is no function word (its verb, past an auxiliary), past a party its
    complement names (« le commissaire aux comptes de Velmor a demandé », "the auditor of Velmor requested")."""
    owner = next((o for o in theirs if o.start >= q.end and _genitive().match(statement[q.end:o.start])), None)
    tail = re.split(r"[,;:()«»\"“”]|\d", statement[(owner or q).end:], maxsplit=1)[0]
    fw = function_words()
    return next((w for w, _, _ in words(tail) if fold(w) not in fw), "")


def _same_deed(verb: str, theirs: str) -> bool:
    """Whether the fact's verb is the claim's: the same stem, or two verbs of asking."""
    if not theirs:
        return False
    asking = word_set("request_verbs")
    return content_stems(verb)[:1] == content_stems(theirs)[:1] != [] or fold(verb) in asking and fold(theirs) in asking


@stored
def _determiners() -> re.Pattern:
    """Only blanks and determiners ("its", « son », « l' »)."""
    return word_pattern("claims", r"\s*(?:(?:{object_determiners})(?:\s+|(?<=')|(?<=’)))*", re.I)


@stored
def _article() -> re.Pattern:
    """A determiner of a noun (``antecedent_determiners``)."""
    return word_pattern("claims", r"(?:{antecedent_determiners})", re.I)


@stored
def _genitive() -> re.Pattern:
    """Only a preposition of a noun's complement between two parties (``genitive_prepositions``)."""
    return word_pattern("claims", r"^\s*(?:{genitive_prepositions})\s*$", re.I)
