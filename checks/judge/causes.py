"""A sentence split at its cause marker into what happened (the effect) and why (the cause): "gas use fell
because nuclear output rose" (the cause after "because"), « la hausse du fret explique ce recul » (the
cause before « explique »). A way of change is compared with the same part of the other side — the effect with
the effect, the cause with the cause — never a fall with the rise that explains it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..detect import is_expectation
from ..factread import direction_of
from ..match import FactIndex
from ..model import Fact
from ..resources import compiled, word_pattern, words
from ..slots import closest_clause, slot_patterns
from ..terms import concepts_in, content_stems
from ..text import fold, fold_same_length, longest_first
from ..tablestore import stored

_P_SOLE_DIRECTION = compiled(r"[,;]")

DIRECTION_WORDS = {"increase": "it rose", "decrease": "it fell", "unchanged": "it did not change"}


@stored
def _markers() -> tuple[Optional[re.Pattern], Optional[re.Pattern]]:
    def alternation(key: str) -> Optional[re.Pattern]:
        forms = sorted({fold(w) for w in words("slots", key)}, key=longest_first)
        if not forms:
            return None
        return compiled(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    return alternation("cause_after_markers"), alternation("cause_before_markers")


def cause_parts(text: str) -> tuple[str, str]:
    """(effect, cause) of a sentence: the cause is the clause part a cause marker opens ("… because nuclear output
    rose") or closes (« La hausse du fret explique … »), the effect the rest; (text, "") without a marker."""
    after, before = _markers()
    folded = fold_same_length(text)
    found = [(m, "after") for m in [after.search(folded) if after else None] if m] \
        + [(m, "before") for m in [before.search(folded) if before else None] if m]
    if not found:
        return text, ""
    m, side = min(found, key=lambda x: x[0].start())
    if side == "before":
        m, side = _turned_round(folded, m)
    breaks = slot_patterns()["breaks"]
    if side == "after":
        end = breaks.search(folded, m.end())
        stop = end.start() if end else len(text)
        return text[:m.start()] + " " + text[stop:], text[m.end():stop]
    start = max((b.end() for b in breaks.finditer(folded[:m.start()])), default=0)
    return text[:start] + " " + text[m.end():], text[start:m.start()]


def _turned_round(folded: str, m: re.Match) -> tuple[re.Match, str]:
    """A marker of the cause before it read as one of the cause after it when an agent preposition follows within
    two words: "is almost entirely explained by lower exports", « s'explique presque entièrement par le recul du
    vin » — the cause is what "by", « par », opens."""
    agent = word_pattern("slots", r"\s+((?:[\w'-]+\s+){0,2}?)(?:{cause_agent_prepositions})(?!\w)").match(folded, m.end())
    # (not across an object a determiner opens: « explique la baisse par … » explains what it names)
    objects = {fold(w) for w in words("claims", "object_determiners")}
    return (agent, "after") if agent and not objects & set(agent.group(1).split()) else (m, "before")


def part_pairs(claim_text: str, fact_text: str) -> list[tuple[str, str]]:
    """The parts of a claim and of a fact to compare a way of change in: the whole of each when neither says what
    caused what; else the effect with the effect and the cause with the cause (a part one side lacks is left)."""
    ce, cc = cause_parts(claim_text)
    fe, fc = cause_parts(fact_text)
    if not cc and not fc:
        return [(claim_text, fact_text)]
    return [(a, b) for a, b in ((ce, fe), (cc, fc)) if a.strip(" ,.;") and b.strip(" ,.;")]


def direction_slot(text: str, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """The other direction of a change in the fact's closest clause (or given by both ends of a move); a sentence
    that says what caused what is compared part by part, the effect with the effect, the cause with the cause."""
    pairs = part_pairs(text, fact.statement)
    if pairs != [(text, fact.statement)]:
        return next((found for a, b in pairs for found in [_way_against(a, b, fact, None)] if found), None)
    found = _way_against(text, fact.statement, fact, index)
    # (the way someone expected, « qui prévoyait un bénéfice stable », is not refuted by the way it went, nor the
    # reverse: the fact is not the claim's)
    if found and is_expectation(text) != is_expectation(closest_clause(fact.statement, text)):
        return ("missing", "direction", "the source gives what happened, the article what was expected, or the reverse")
    return found


def _way_against(text: str, statement: str, fact: Fact, index: Optional[FactIndex]) -> Optional[tuple[str, str, str]]:
    """The other direction of a change in ``statement``'s closest clause (a part of the fact's sentence, where the
    move given by both ends is not read: ``index`` None)."""
    cd = direction_of(text)
    clause = closest_clause(statement, text)
    # (a clause that shares no word with the claim is the closest for want of a better one: its way of change is
    # another thing's — "the fall is driven by fewer arrivals and a gradual increase in emigration")
    fd = (direction_of(clause) if set(content_stems(clause)) & set(content_stems(text)) else None) \
        or (_moved(fact, index) if index is not None else None) or _sole_direction(statement, text)
    # (a text that names both ways, "the fall was driven by fewer arrivals and more departures", « la hausse suit le
    # recul », says no one direction: its first word of change is not what the other side denies)
    if cd and fd and cd != fd and not _both_ways(text) and not _both_ways(clause):
        return ("contradicts", "direction", f"wrong direction: the source says {DIRECTION_WORDS[fd]}, "
                                            f"the article {DIRECTION_WORDS[cd]}: {fact.statement}")
    return None


def _both_ways(text: str) -> bool:
    """Whether a text names a rise and a fall."""
    return {"increase", "decrease"} <= set(concepts_in(text))


def _sole_direction(statement: str, text: str) -> Optional[str]:
    """The one direction the fact's clauses about what the claim measures state, when the clause closest to the
    claim states none ("En 2023, tous les secteurs, y compris les transports, ont vu leurs émissions baisser":
    the emissions fell); None when they state several or share no word with the claim."""
    own = set(content_stems(text))
    found = {d for part in _P_SOLE_DIRECTION.split(statement) if set(content_stems(part)) & own
             for d in [direction_of(part)] if d}
    return found.pop() if len(found) == 1 else None


def _moved(fact: Fact, index: FactIndex) -> Optional[str]:
    """The way a fact's sentence says a level moved by giving both ends ("est passé de 60 en 2023 à 65 en 2024",
    "from 60 to 65"): a starting level, then the next figure of the same unit."""
    reading = index.reading(fact)
    pairs = list(zip(reading.quantities, reading.baselines))
    for (a, base), (b, _) in zip(pairs, pairs[1:]):
        if base and a.unit == b.unit and a.value is not None and b.value is not None and a.value != b.value:
            return "increase" if b.value > a.value else "decrease"
    return None
