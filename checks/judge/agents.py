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
from .actors import paired_parties, parties_of


def swapped_agent(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim's agent and another party of it are the fact's other party and agent, else None."""
    statement = fact.statement or ""
    mine, theirs = parties_of(claim, statement, index)
    agent, their_agent = _agent(claim.text, mine), _agent(statement, theirs)
    if agent is None or their_agent is None:
        return None
    for a, b, fa, fb in paired_parties(mine, theirs):
        if (a is agent and fb is their_agent) or (b is agent and fa is their_agent):
            return f"the source has the other party do it: {statement}"
    return None


def _agent(text: str, parties: list) -> Optional[object]:
    """The one party right after an agent preposition and its determiner, else None (none, or several)."""
    found = [p for p in parties if _agent_before().search(text[max(0, p.start - 12):p.start])]
    return found[0] if len(found) == 1 else None


def _agent_before() -> re.Pattern:
    return word_pattern("claims", r"(?<!\w)(?:{agent_prepositions})\s+(?:(?:{object_determiners})\s+|l['’])?$", re.I)
