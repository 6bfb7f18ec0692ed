"""A party named in apposition, an incise that is nothing but a name of the list right after the noun it names
(« Sa maison mère, Velmor AG, a réalisé … », "Its parent, Velmor AG, posted …"): the party the figure is of, which a
fact of another party of the list, that does not name it, does not refute."""
from __future__ import annotations

from ..match import Candidate, FactIndex
from ..model import Claim
from .incises import incises


def of_an_apposed_party(claim: Claim, c: Candidate, index: FactIndex) -> bool:
    """Whether the claim names its party in apposition, an incise that is nothing but a name of the list right after
    the noun it names (« Sa maison mère, Velmor AG, a réalisé un chiffre d'affaires de 3,4 milliards », "Its parent,
    Velmor AG, posted revenue of €3.4bn"), and the disagreeing fact names neither that party nor it in its source's
    title, but another party of the list (« Le chiffre d'affaires de Velmor Biotech s'élève à 2,8 milliards »): the
    figure is that party's, which the list does not give."""
    if claim.antecedent is not None:
        return False
    mine = {m.entity for a, b in incises(claim.text) for m in claim.mentions
            if a <= m.start - claim.start < b and claim.text[a:b].strip(" ,") == m.text}
    if not mine:
        return False
    theirs = {k[2:] for k in index.fact_keys(c.fact) if k.startswith("e:")} | {e for e in (c.fact.subject, c.fact.object) if e}
    titled = {m.entity for m in index.matcher.find(c.source.title or "")}
    return bool(theirs) and not mine & (theirs | titled)
