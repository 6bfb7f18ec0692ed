"""Rule ``ranking``: the rank or record a confirmed claim states — the rank its fact gives, a record of
all time against one of recent times, a record the source says was beaten, a party listed second.

- supported: "535 homicides, the lowest for more than a decade" / « le plus bas depuis plus de dix ans ».
- contradicted: "535 homicides, the lowest since records began" / « la France signe le taux le plus faible »
  against "Cyprus (0.4 %), France (0.6 %)".
"""
from __future__ import annotations

from typing import Optional

from ...slots import outranked_at, rank_of, rank_span
from ...match import Candidate, FactIndex
from ...model import Claim, Fact
from ...terms import content_stems
from ..figures import fact_parties, is_topical, stated_figure
from ..findings import Finding
from .dates import sibling_facts
from ..slotcheck import slot_disagreement

RULE_ID = "ranking"


def _beaten_in(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's own figure is what something else beat ("… beat the 17.09 °C set a day earlier")."""
    stated = stated_figure(fact, index)
    return stated is not None and outranked_at(fact.statement, stated.start)


def _rank_elsewhere(claim: Claim, fact: Fact, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """The rank a claim gives, judged by a fact that ranks (a sibling of the confirming fact first, then a
    topical candidate): agrees, or another rank / a record of another scope."""
    pool = sibling_facts(fact, index) + [c.fact for c in cands if is_topical(c)]
    ranked = rank_words(claim)
    words = set(content_stems(ranked))
    named = {m.entity for m in claim.mentions} - {claim.attributed_to, claim.authored_by, claim.commissioned_by}
    for g in pool:
        if g is fact or rank_of(g.statement) is None:
            continue
        shares_words = bool(words & set(content_stems(g.statement)))
        if g.source != fact.source and not shares_words:
            continue
        if not shares_words and named and not named & fact_parties(g, index):
            continue                      # a fact that ranks something else ("the previous record, in 2002")
        slot = slot_disagreement(claim, g, index, slots=("ranking",))
        if slot is None:
            return Finding("supports", "ranking", g, f"{ranked!r}, as the source ranks it: {g.statement}", part=ranked)
        if slot[0] == "contradicts":
            return Finding("contradicts", "ranking", g, slot[2], part=ranked)
    return None


def rule_figure_slots(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """A confirmed figure whose claim gives another date or rank than the fact that confirms it ("142 years of
    coal power ended on 30 September 2023" against 2024; "535 homicides, the lowest ever" against "the
    second lowest"): that part is contradicted, the figure stays confirmed."""
    out = []
    ranked = rank_words(claim)
    for f in findings:
        if f.relation == "supports" and f.rule.startswith("quantity"):
            slot = slot_disagreement(claim, f.fact, index, slots=("full-date", "ranking"))
            if rank_of(claim.focus or claim.text) == 1 and _beaten_in(f.fact, index):
                slot = ("contradicts", "ranking", f"false record: the source says it was beaten: {f.fact.statement}")
            if slot and slot[0] == "contradicts":
                part = ", ".join(d.text for d in claim.dates if d.day) if slot[1] == "date" else ranked
                out.append(Finding("contradicts", slot[1], f.fact, slot[2], part=part))
                break
            if slot and slot[1] == "ranking" and ranked:
                # "535 homicides, the lowest number since records began": the record is a part of its own,
                # which another fact of the source, or another topical fact, may rank
                out.append(_rank_elsewhere(claim, f.fact, cands, index)
                           or Finding("related", "ranking", f.fact, slot[2], part=ranked))
    return out


def rank_words(claim: Claim) -> str:
    """The words of a claim that rank what it speaks of ("the lowest number since records began")."""
    span = rank_span(claim.focus or claim.text)
    return claim.text[span[0]:span[1]].strip() if span else ""
