"""Who does it, read at the agent of a passive: the one party an agent preposition opens ("by", « par ») in the
claim and in the fact. The claim's agent that the fact names as another party, while the fact's agent is the
claim's other party, is the wrong doer, whatever order the two are written in: « l'offre lancée par Velmor sur
Korland » against « l'offre sur Velmor a été lancée par Korland »; "the bid made by Velmor for Korland" against
"the bid for Velmor was made by Korland"."""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..slots import clause_spans
from ..terms import concepts_in, content_stems
from ..text import fold, words
from .actors import paired_parties, parties_of, two_way, word_set


def swapped_agent(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim's agent and another party of it are the fact's other party and agent, else None."""
    statement = fact.statement or ""
    mine, theirs = parties_of(claim, statement, index)
    agent, their_agent = _agent(claim.text, mine), _agent(statement, theirs)
    if agent is None or their_agent is None:
        return _crossed_voice(claim.text, statement, mine, theirs)
    for a, b, fa, fb in paired_parties(mine, theirs):
        if (a is agent and fb is their_agent) or (b is agent and fa is their_agent):
            return f"the source has the other party do it: {statement}"
    return None


def other_agent(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the agent of the claim's passive ("Auditex was appointed … by Velmor", « Auditex a été désigné …
    par Velmor ») is not the fact's declared subject while the one acted on, the party before it, is the fact's
    declared object ("Korland's board appointed Auditex", subject Korland, object Auditex): the fact names neither the
    claim's agent, nor the claim the fact's doer; else None."""
    if not fact.subject or not fact.object:
        return None
    statement, doer, done = fact.statement or "", "e:" + fact.subject, "e:" + fact.object
    mine, theirs = parties_of(claim, statement, index)
    agent = _agent(claim.text, mine)
    if agent is None or any(doer in p.keys for p in mine) or any(agent.keys & q.keys for q in theirs):
        return None
    for p in mine:
        m = _between(claim.text, p, agent, mine) if done in p.keys and p.start < agent.start else None
        if m is not None and _passive(m[1]):
            return f"wrong actor: the source has {index.entity_name(fact.subject)} doing it: {statement}"
    return None


def _agent(text: str, parties: list) -> Optional[object]:
    """The one party right after an agent preposition and its determiner, else None (none, or several)."""
    found = [p for p in parties if _agent_before().search(text[max(0, p.start - 12):p.start])]
    return found[0] if len(found) == 1 else None


def _agent_before() -> re.Pattern:
    return word_pattern("claims", r"(?<!\w)(?:{agent_prepositions})\s+(?:(?:{object_determiners})\s+|l['’])?$", re.I)


def _crossed_voice(text: str, statement: str, mine: list, theirs: list) -> Optional[str]:
    """Two parties in one clause, in the same order on both sides, around the same verb written in the active voice
    on one side and in the passive with its agent on the other: « Velmor a sélectionné Korland » against « Velmor a été
    sélectionné par Korland », "Velmor acquired Korland" against "Velmor was acquired by Korland": the doer and the one
    acted on are the other way round."""
    for a, b, fa, fb in paired_parties(mine, theirs):
        m, t = _between(text, a, b, mine), _between(statement, fa, fb, theirs)
        if m is None or t is None or m[0] != t[0] or _passive(m[1]) == _passive(t[1]) or two_way(m[1] + " " + t[1]):
            continue
        said = [content_stems(m[1]), content_stems(t[1])]
        if all(said) and all(len(x) <= 3 for x in said) and (said[0][0] == said[1][0] or
                                                             set(concepts_in(m[1])) & set(concepts_in(t[1]))):
            return f"the source has the other party do it: {statement}"
    return None


def _between(text: str, p, q, parties: list) -> Optional[tuple[bool, str]]:
    """(whether ``p`` comes first, the words between the two parties) when they are in one clause with no other
    party between them, else None."""
    first, second = (p, q) if p.start < q.start else (q, p)
    spans = clause_spans(text)
    if next((i for i, (s, e) in enumerate(spans) if s <= first.start < e), None) != \
            next((i for i, (s, e) in enumerate(spans) if s <= second.start < e), -1) \
            or any(first.end <= o.start < second.start for o in parties):
        return None
    return first is p, text[first.end:second.start]


def _passive(middle: str) -> bool:
    """Whether the words between two parties are a passive and its agent ("was acquired by", « a été retenu par »)."""
    said = [fold(w) for w, _, _ in words(middle)]
    return bool(_agent_before().search(middle)) and any(w in word_set("passive_auxiliaries") for w in said)
