"""Who does it, when the claim names the fact's doer only as the owner of a thing: a party the claim writes right
before its verb, which the fact does not name at all, while the fact has another party right before the same verb
that the claim writes only as a possessor or a noun's complement ("Norvel expects Velmor's revenue to reach £1.2bn"
against "Velmor expects revenue of about £1.2bn"; « Norvel prévoit un chiffre d'affaires de Velmor de 1,2 milliard »
against « Velmor prévoit un chiffre d'affaires de 1,2 milliard »): the claim credits the deed, a forecast or an
estimate, to another party than the one whose deed it is. Never when either side compares."""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from .actors import compares, parties_of, verb_after
from .complements import COMPLEMENT, party_role


def owner_doer(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim's doer is a party the fact does not name and the fact's doer of the same verb is a
    party the claim names only as an owner (``party_role``: a complement), else None."""
    statement = fact.statement or ""
    if compares(claim.text) or compares(statement):
        return None
    mine, theirs = parties_of(claim, statement, index)
    for p in mine:
        verb = verb_after(claim.text, p)
        if not verb or not _declared(p) or any(p.keys & q.keys for q in theirs):
            continue
        for q in theirs:
            owned = [o for o in mine if o.keys & q.keys]
            if _declared(q) and verb & verb_after(statement, q) and owned \
                    and all(party_role(claim.text, o, mine) == COMPLEMENT for o in owned):
                return f"wrong actor: the source has {statement[q.start:q.end]} doing it, " \
                       f"not {claim.text[p.start:p.end]}: {statement}"
    return None


def _declared(p) -> bool:
    """A party the list declares (a mention of its entities), not a run of capitalised words."""
    return any(k.startswith("e:") for k in p.keys)
