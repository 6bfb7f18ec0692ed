"""An item of a list that a claim gives as none ("76 seats were won outright, 39 by the Blue List and none by the
Greens", « dont 12 pour les Verts et aucun pour la droite »): when the fact that confirms the rest of the claim gives
a number for that party ("… and 32 for the Greens"), the article's "none" is wrong; the rest stays confirmed.
Words: ``zero_count_words`` of ``data/lang/<code>/claims.yaml``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import MIXED, SUPPORTED, Claim, ClaimResult, Fact
from ..resources import compiled, words
from ..text import fold_same_length, literal_trie
from .findings import Finding, evidence_of, fact_by_id, sentence
from .parts import claim_parts
from ..tablestore import stored

_P_NUMBER_FOR = compiled(r"(\d[\d\u202f\u00a0 ,.]*\d|\d)\s+(?:[^\W\d_]+['’]?\s*){0,2}$")
_P_NONE_FOR_PARTY = compiled(r"\w+")

RULE_ID = "quantity"            # the rule its findings carry: the item's number is wrong

# how many words may stand between the zero word and the party ("none by the Greens", « aucun pour la gauche »)
GAP_WORDS = 3


@stored
def _zero() -> re.Pattern:
    forms = {fold_same_length(w) for w in words("claims", "zero_count_words")}
    return compiled(r"(?<!\w)(?:" + literal_trie(forms) + r")(?!\w)")


def none_items(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """Each confirmed claim (with a figure, or words a fact shares: « dont aucun des Verts ») whose "none" item the confirming fact gives a number: mixed (the rest
    stays confirmed)."""
    out = []
    for r in results:
        confirming = [f for e in r.evidence if e.relation == "supports" for f in [fact_by_id(index, e.source, e.fact)] if f]
        found = none_for_party(r.claim, confirming, index) if r.verdict == SUPPORTED else []
        if found:
            r = ClaimResult(r.claim, MIXED, sentence(found[0].message), [evidence_of(found[0], index), *r.evidence], 0.75,
                            [*r.rules, RULE_ID], parts=(*r.parts, *claim_parts(r.claim, found)))
        out.append(r)
    return out


def none_for_party(claim: Claim, confirming: list[Fact], index: FactIndex) -> list[Finding]:
    """A contradiction of the "none" part when a confirming fact gives that party a number."""
    if not confirming:
        return []
    folded = fold_same_length(claim.text)
    for z in _zero().finditer(folded):
        party = next((m for m in claim.mentions if m.start - claim.start >= z.end()
                      and len(_P_NONE_FOR_PARTY.findall(claim.text[z.end():m.start - claim.start])) <= GAP_WORDS), None)
        if party is None:
            continue
        for fact in confirming:
            n = _number_for(fact.statement or "", party.entity, index)
            if n:
                text = claim.text[z.start():party.end - claim.start].strip()
                return [Finding("contradicts", RULE_ID, fact, f"the source gives {n} for {index.entity_name(party.entity)}, "
                                                           f"not none: {fact.statement}", part=text)]
    return []


def _number_for(statement: str, entity: str, index: FactIndex) -> Optional[str]:
    """The number the statement writes right before its mention of ``entity`` ("32 du Nouveau Front populaire")."""
    for m in index.matcher.find(statement, 0):
        if m.entity == entity:
            before = _P_NUMBER_FOR.search(statement[:m.start])
            if before:
                return before.group(1)
    return None
