"""Who does what to whom, read against the fact's declared subject and object: the party the fact declares as
what its verb acts on, written by the claim as the one who does it ("the minority shareholders launched an offer
for the group's stake" against "The group launched an offer for its minority shareholders", subject: the group,
object: the shareholders; « Les minoritaires ont lancé une offre » against « Le groupe a lancé une offre de rachat
des minoritaires »).
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import words as words_of
from ..terms import content_stems, stem
from ..text import fold, words
from ..tablestore import stored


def reversed_declared(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim writes the fact's declared object as the doer of the fact's verb, in the active
    voice, and names the fact's subject nowhere before that verb; else None."""
    subj, obj, statement = fact.subject, fact.object, fact.statement or ""
    if not subj or not obj or subj == obj:
        return None
    verb = _fact_verb(statement, subj, obj, index)
    if verb is None:
        return None
    doer = next((m for m in sorted(claim.mentions, key=lambda m: m.start) if m.entity != claim.attributed_to), None)
    if doer is None or doer.entity != obj:
        return None                       # the claim's first party is not the fact's object
    at = claim.start
    where = _active_verb_at([(w, s) for w, s, _ in words(claim.text) if s >= doer.end - at], verb)
    if where is None or any(m.entity == subj and m.start - at < where for m in claim.mentions):
        return None
    return f"the parties are the other way round: {statement}"


def _active_verb_at(tail: list[tuple[str, int]], verb: str) -> Optional[int]:
    """Where the words after the doer write the verb, in the active voice; None when they do not, or in the passive
    ("were offered … by the group")."""
    i = next((k for k, (w, _) in enumerate(tail) if stem(w) == verb), None)
    if i is None or any(fold(w) in _set("passive_auxiliaries") for w, _ in tail[:i]) \
            or any(fold(w) in _set("agent_prepositions") for w, _ in tail[i + 1:i + 4]):
        return None
    return tail[i][1]


def _fact_verb(statement: str, subj: str, obj: str, index: FactIndex) -> Optional[str]:
    """The first content word between the fact's subject and its object, each named once, in that order and in
    the active voice (« Le groupe a lancé une offre … des minoritaires » : « lanc »)."""
    found = index.matcher.find(statement, 0)
    s = [m for m in found if m.entity == subj]
    o = [m for m in found if m.entity == obj]
    if len(s) != 1 or len(o) != 1 or s[0].end > o[0].start:
        return None
    between = statement[s[0].end:o[0].start]
    if any(fold(w) in _set("passive_auxiliaries") for w, _, _ in words(between)):
        return None
    stems = content_stems(between)
    return stems[0] if stems else None


@stored
def _set(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words_of("claims", key))
