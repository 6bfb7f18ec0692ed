"""Rule ``direction`` on a clause without a figure beside a confirmed one: its rise, fall or no change
against the confirming fact's clause on the same named party.

- supported: "Keolis grew 9.6 %, while Geodis's revenue stagnated" / « … tandis que celui de Geodis a stagné ».
- contradicted: "…, while Geodis's revenue fell sharply" / « quand celui de Geodis reculait nettement ».
"""
from __future__ import annotations

import re

from ...factread import direction_of
from ...slots import clause_spans, closest_clause
from ...match import FactIndex
from ...model import Claim
from ...text import fold
from ..findings import Finding
from ..slotcheck import DIRECTION_WORDS

RULE_ID = "direction"


def rule_clause_directions(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """Rule ``direction`` on a clause without a figure beside a confirmed one ("Keolis grew 9.6 %, while Geodis's
    revenue fell sharply" against "…, while Geodis's revenue stagnated"): the confirming fact's clause about the
    same named party gives another direction — that clause is contradicted, the figure stays confirmed."""
    confirming = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")]
    if not confirming:
        return []
    figures = [q for q in claim.quantities if q.start >= 0]
    out = []
    for a, b in clause_spans(claim.text):
        if any(a <= q.start - claim.start < b for q in figures):
            continue
        clause = claim.text[a:b]
        said = direction_of(clause)
        names = {fold(w) for w in re.findall(r"(?<=\s)[A-ZÀ-Ý][\w'’-]{2,}", " " + clause[1:])}
        if not said or not names:
            continue
        for f in confirming:
            theirs = closest_clause(f.fact.statement, clause)
            fd = direction_of(theirs)
            if fd and fd != said and names & {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", theirs)}:
                out.append(Finding("contradicts", "direction", f.fact,
                                   f"wrong direction: the source says {DIRECTION_WORDS[fd]}, the article "
                                   f"{DIRECTION_WORDS[said]}: {f.fact.statement}", part=clause.strip()))
                break
    return out
