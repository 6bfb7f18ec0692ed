"""Rule ``roles``: who gives and who receives (pays, supplies, lends…), from the claim's verb and its
parties, against the fact's subject and object.

- supported: "Russia paid North Korea 1.2 billion dollars" / « La Russie a versé 1,2 milliard à la Corée du Nord ».
- contradicted: "North Korea paid Russia 1.2 billion dollars" / « Pyongyang a versé 1,2 milliard à Moscou ».
"""
from __future__ import annotations

from typing import Optional

from ...compare import fmt_quantity
from ...match import Candidate, FactIndex
from ...model import Claim
from ..figures import fact_names_all, name_acronyms, is_topical, proper_names_in, substantive
from ..findings import Finding
from ..slotcheck import role_unread

RULE_ID = "roles"


_GIVE_VERB = {"pay": "pays", "payment": "pays", "finance": "funds", "supply": "supplies", "support": "supports",
              "receive": "gives"}


def rule_roles(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """Giver and receiver against the fact about the same transfer: the fact the claim's figure was
    judged against when there is one, else the best topical fact with both a subject and an object."""
    r = claim.roles
    if not (r.giver or r.receiver):
        return []
    c = _transfer_fact(claim, cands, found)
    if c is None or not fact_names_all(c.fact, c.source, proper_names_in(claim), name_acronyms(claim)):
        return []                 # "Russia paid Belarus": the fact is about another receiver
    f = c.fact
    inverted, right = _orientation(r, f)
    if inverted and not right:
        return [_wrong_actor(r, f, index)]
    if right and not inverted:
        if r.giver and r.receiver and (r.giver != f.subject or r.receiver != f.object):
            return []
        if role_unread(claim, f):
            return []             # the other party is named, in a role the reader did not find: not confirmed
        name = index.entity_name
        return [Finding("supports", "roles", f, f"{name(f.subject)} → {name(f.object)}, as in the source",
                        part=_parties_said(r, name))]
    return []


def _orientation(r, f) -> tuple[bool, bool]:
    """(whether a party of the claim is in the fact's other role, whether one is in the same role)."""
    inverted = (r.giver and r.giver == f.object) or (r.receiver and r.receiver == f.subject)
    right = (r.giver and r.giver == f.subject) or (r.receiver and r.receiver == f.object)
    return bool(inverted), bool(right)


def _transfer_fact(claim: Claim, cands: list[Candidate], found: tuple) -> Optional[Candidate]:
    """The fact with a subject and an object that the claim's figure was judged against, else the best topical
    one; None when the figure's fact says nothing of who gives (no other fact decides the roles then)."""
    by_fact = {id(c.fact): c for c in cands}
    decided = tuple(f.fact for f in found if f.relation in ("supports", "contradicts", "outdated"))
    if decided:
        pool = [by_fact[id(f)] for f in decided if id(f) in by_fact and f.subject and f.object]
    else:
        pool = [c for c in cands if c.fact.subject and c.fact.object and is_topical(c) and substantive(c)]
    return pool[0] if pool else None


def _wrong_actor(r, f, index: FactIndex) -> Finding:
    """The roles the other way round: who the source says gives and receives, and what the article has."""
    name = index.entity_name
    what = f" ({fmt_quantity(f.quantity)})" if f.quantity and f.quantity.unit not in ("ratio", "percent") else ""
    verb = _GIVE_VERB.get(r.verb or "", "gives")
    said = []
    if r.giver:
        said.append(f"{name(r.giver)} as the one who {verb}")
    if r.receiver:
        said.append(f"{name(r.receiver)} as the one who receives")
    return Finding("contradicts", "roles", f,
                   f"wrong actor: in the source {name(f.subject)} {verb} and {name(f.object)} receives{what}; "
                   f"the article has {' and '.join(said)}", part=_parties_said(r, name))


def _parties_said(roles, name) -> str:
    """"North Korea → Russia": who gives and who receives, as the article has them ("?" for the unsaid)."""
    return f"{name(roles.giver) if roles.giver else '?'} → {name(roles.receiver) if roles.receiver else '?'}"
