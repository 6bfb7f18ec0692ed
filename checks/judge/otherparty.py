"""A figure confirmed by a fact about another party than the claim's: "China added 329 GW in 2024, yet accounted for
less than half of installations worldwide" has its share met by "The United States accounted for 8% of global
installations", a fact that names a party of its own (a name no list declares, before its figure) and none of the
claim's, while another figure of the claim is confirmed by a fact of the claim's party. The share is the other party's,
not a confirmation of what the article says of its own: the finding is only related (the figure stays unchecked).
"""
from __future__ import annotations

from dataclasses import replace

from ..match import FactIndex
from ..model import Claim, Fact
from ..text import fold
from .figures import fact_parties, proper_names_in
from .findings import Finding


def of_another_party(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by another party's fact made related."""
    mine = {m.entity for m in claim.mentions}
    figure = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity") and f.fact is not None]
    if not mine or not any(fact_parties(f.fact, index) & mine for f in figure):
        return findings                 # the claim's party is confirmed by none of its figures: nothing to hold to
    foreign = [f for f in figure if not fact_parties(f.fact, index) & mine and _names_another(claim, f.fact, index)]
    if not foreign:
        return findings
    return [replace(f, relation="related", message=f"{f.message.rstrip('.')}, but that fact is about another party "
                                                    f"({f.fact.statement})") if any(f is g for g in foreign) else f
            for f in findings]


def _names_another(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's sentence names, before its figure, a party no list declares that the claim does not write."""
    text = fact.statement or ""
    reading = index.reading(fact)
    upto = min((q.start for q in reading.quantities), default=len(text))
    said = fold(claim.text)
    head = Claim(text=text, start=0, end=len(text), kind="quantity", checkable=True,
                 mentions=[m for m in index.matcher.find(text)])
    return any(fold(n) not in said for n in proper_names_in(head, (0, upto), index))
