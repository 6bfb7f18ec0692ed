"""A level the source says held steady: a change the claim writes beside a level (« un dividende de 1,60 euro par
action, en hausse de 60 % », "a dividend of 5.2p, up 10 %") is the change of that level; when the fact confirming the
level says it did not change (« un dividende stable », "an unchanged dividend", « maintenu à »: its reader's direction
``unchanged``) and writes no change figure of its own, a rise or fall the claim gives it — even one another fact
confirms, another period's or another measure's change of the same size — is refuted by the level's fact: the wrong
direction.
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import ClaimResult, Quantity
from .clauses import figure_sense
from .figures import figure_window
from .findings import Finding, fact_by_id

RULE_ID = "steady-level"


def held_steady(r: ClaimResult, q: Quantity, stated: list, index: FactIndex) -> Optional[Finding]:
    """The level's fact that says the level held steady, refuting the change ``q`` the claim writes beside it; None
    when ``q`` is no change, is zero, or no level of the statement has such a fact."""
    if q.value in (None, 0) or figure_sense(r.claim, q, figure_window(r.claim, q)) != "change":
        return None
    mine = next((p.fact for p in r.parts if p.status == "confirmed" and p.text == q.text.strip()), None)
    theirs = fact_by_id(index, *mine.split("/", 1)) if mine else None
    for level, fact in stated:
        if level is q or fact is theirs or fact is None:
            continue
        reading = index.reading(fact)
        if reading.direction == "unchanged" and len(reading.quantities) == 1:
            return Finding("contradicts", RULE_ID, fact,
                           f"wrong direction: {q.text.strip()!r} gives a change to {level.text.strip()!r}, which the "
                           f"source says held steady: {fact.statement}", part=q.text.strip())
    return None
