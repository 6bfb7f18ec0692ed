"""A rank said in apposition to a name: an incise between commas right after a name, the subject of the statement,
that ranks what that name is ("Norvel Air, the group's largest carrier, made a profit of £2 billion", « Velmor
Santé, première filiale du groupe, a réalisé … »). The incise identifies the subject, it is not what the statement
asserts of it: the statement's figures are its assertion, and a rank there is no part left unchecked. A rank the
statement states of its subject ("North America remained the largest region", « Renault reste la marque la plus
échangée »), or one set after a common noun ("Sales, the highest since 2010, …") or holding a figure or a date, is.
"""
from __future__ import annotations

from ..model import Claim
from .incises import incises


def rank_of_a_name(claim: Claim, rank: str) -> bool:
    """Whether the claim's ``rank`` words (``rules.ranking.rank_words``) lie inside an incise right after a name
    (``incises.incises``: two commas after a subject that is no fronted complement), one that holds no figure and no
    date of the claim: "British Airways, the group's largest carrier, made …", « Velmor Santé, premier marché du
    groupe, a progressé de 4 % » — a description of the name, not the claim's rank."""
    at = claim.text.find(rank) if rank else -1
    if at < 0:
        return False
    figures = [q.start - claim.start for q in claim.quantities] + [d.start - claim.start for d in claim.dates]
    for a, b in incises(claim.text):
        if not a < at < at + len(rank) <= b or any(a < f < b for f in figures):
            continue
        before = claim.text[:a].split()
        return bool(before) and before[-1][:1].isupper()
    return False
