"""Rule ``roles``: who gives and who receives (pays, supplies, lends…), from the claim's verb and its
parties, against the fact's subject and object.

- supported: "Russia paid North Korea 1.2 billion dollars" / « La Russie a versé 1,2 milliard à la Corée du Nord ».
- contradicted: "North Korea paid Russia 1.2 billion dollars" / « Pyongyang a versé 1,2 milliard à Moscou ».
"""
from __future__ import annotations

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
    specifics = proper_names_in(claim)
    by_fact = {id(c.fact): c for c in cands}
    decided = tuple(f.fact for f in found if f.relation in ("supports", "contradicts", "outdated"))
    if decided:
        pool = [by_fact[id(f)] for f in decided if id(f) in by_fact and f.subject and f.object]
        if not pool:
            return []             # the figure's fact says nothing of who gives: no other fact decides the roles
    else:
        pool = [c for c in cands if c.fact.subject and c.fact.object and is_topical(c) and substantive(c)]
    if not pool:
        return []
    c = pool[0]
    if not fact_names_all(c.fact, c.source, specifics, name_acronyms(claim)):
        return []                 # "Russia paid Belarus": the fact is about another receiver
    f = c.fact
    name = index.entity_name
    inverted = (r.giver and r.giver == f.object) or (r.receiver and r.receiver == f.subject)
    right = (r.giver and r.giver == f.subject) or (r.receiver and r.receiver == f.object)
    what = f" ({fmt_quantity(f.quantity)})" if f.quantity and f.quantity.unit not in ("ratio", "percent") else ""
    if inverted and not right:
        verb = _GIVE_VERB.get(r.verb or "", "gives")
        said = []
        if r.giver:
            said.append(f"{name(r.giver)} as the one who {verb}")
        if r.receiver:
            said.append(f"{name(r.receiver)} as the one who receives")
        return [Finding("contradicts", "roles", f,
                        f"wrong actor: in the source {name(f.subject)} {verb} and {name(f.object)} receives{what}; "
                        f"the article has {' and '.join(said)}", part=_parties_said(r, name))]
    if right and not inverted:
        if r.giver and r.receiver and (r.giver != f.subject or r.receiver != f.object):
            return []
        if role_unread(claim, f):
            return []             # the other party is named, in a role the reader did not find: not confirmed
        return [Finding("supports", "roles", f, f"{name(f.subject)} → {name(f.object)}, as in the source",
                        part=_parties_said(r, name))]
    return []


def _parties_said(roles, name) -> str:
    """"North Korea → Russia": who gives and who receives, as the article has them ("?" for the unsaid)."""
    return f"{name(roles.giver) if roles.giver else '?'} → {name(roles.receiver) if roles.receiver else '?'}"
