"""A cleft sentence's actor: « C'est la Banque de France qui a validé la baisse décidée par Bercy », "It was
the regulator that approved the merger" put one party in focus as the one who acted. When the fact that confirms
the rest of the statement names that party too, but gives the act to another party it names first (its subject),
the article has the actors the other way round: the claim is contradicted, whatever its figure."""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from ..match import FactIndex
from ..model import CONTRADICTED, SUPPORTED, ClaimResult, Part
from ..resources import word_pattern
from ..text import fold
from .findings import fact_by_id, sentence
from ..tablestore import stored


@stored
def _patterns() -> dict[str, re.Pattern]:
    c = functools.partial(word_pattern, "claims")
    return {"cleft": c(r"(?<!\w)(?:{+cleft_openers})\s+(.{2,90}?)\s+(?:{cleft_relatives})(?!\w)"),
            "frame": c(r"(?<!\w)(?:{attribution_prepositions})(?!\w)")}


def cleft_focus(text: str, index: FactIndex) -> Optional[str]:
    """The party a cleft sentence puts in focus ("c'est X qui …", "it was X that …"), as an entity id; None when
    the statement has no cleft or its focus names no party of the source list."""
    folded = fold(text)
    m = _patterns()["cleft"].search(folded)
    if m is None:
        return None
    found = index.matcher.find(text[m.start(1):m.end(1)])
    return found[0].entity if found else None


def _actor_of(fact, focus: str, index: FactIndex) -> Optional[str]:
    """The party the fact gives the act to instead of ``focus``: its subject, when the fact names the focus too
    (as its object, or after its subject) or not at all (« c'est le ministère qui a annoncé la hausse » when the
    fact has the union announce it), and reports no one's words ("selon X", "according to X")."""
    subject = fact.subject
    if not subject or subject == focus or subject not in index.catalog.entities:
        return None
    if _patterns()["frame"].search(fold(fact.statement)):
        return None
    if fact.object == focus:
        return subject
    seen = index.matcher.find(fact.statement)
    first = {}
    for mention in seen:
        first.setdefault(mention.entity, mention.start)
    if subject in first and (focus not in first or first[subject] < first[focus]):
        return subject
    return None


def carry_cleft_actor(results: list[ClaimResult], text: str, index: FactIndex) -> list[ClaimResult]:
    """A supported claim of a cleft sentence whose confirming fact gives the act to another party than the
    focus is contradicted (inverted actors)."""
    if not any(r.verdict == SUPPORTED and r.claim.role != "attribution-frame" for r in results):
        return results                 # (nothing to carry: the cleft is not looked for)
    focus = cleft_focus(text, index)
    if focus is None:
        return results
    out = []
    for r in results:
        if r.verdict == SUPPORTED and r.claim.role != "attribution-frame":
            r = _inverted(r, focus, index) or r
        out.append(r)
    return out


def _inverted(r: ClaimResult, focus: str, index: FactIndex) -> Optional[ClaimResult]:
    for e in r.evidence:
        if e.relation != "supports":
            continue
        fact = fact_by_id(index, e.source, e.fact)
        actor = _actor_of(fact, focus, index) if fact else None
        if actor is None:
            continue
        name = index.entity_name
        ev = replace(e, relation="contradicts")
        msg = f"wrong actor: the source gives it to {name(actor)}, not {name(focus)}: {fact.statement}"
        parts = (*r.parts, Part(name(focus), "contradicted", "roles", f"{e.source}/{e.fact}"))
        return ClaimResult(r.claim, CONTRADICTED, sentence(msg), [ev], 0.75, [*r.rules, "roles"],
                           (f"{e.source}/{e.fact}",), parts)
    return None
