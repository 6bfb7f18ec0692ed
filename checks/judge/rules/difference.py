"""Differences the article computes from two levels of the sources (rule ``derived-difference``): "2.3 million
more than in 2021", « 14 700 élèves de moins qu'en 2024 », "860 fewer than the year before", with the working
shown and both levels cited.

- supported: "That is 1,200 fewer than the year before" / « soit 1 200 de moins que l'an passé », after
  "There were 8,800 nurses in 2025", against 8,800 nurses in 2025 and 10,000 in 2024.
- contradicted: "That is 2,000 fewer than the year before" / « soit 2 000 de moins » against the same facts.

A level of the pair is one the statement (or the sentence before it) gives beside the difference, found in the
sources (the anchor); the other is the fact of the same unit, topic and subject of another period (the one its
base date names, when the claim names one). Never a difference compared with a level.
"""
from __future__ import annotations

import functools
from typing import Optional

from ...compare import compare_quantity, fmt_quantity
from ...factread import is_difference
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Quantity
from ...resources import compiled, word_pattern
from ...text import fold
from ..figures import units_fit
from ..topicality import GENERIC_CONCEPTS
from ..findings import Finding, year_of
from .derived import a_level, giving, said_as

_P_AFTER = compiled(r"[,;:()]")

RULE_ID = "derived-difference"
_BASE_PERIOD = functools.partial(word_pattern, "measures", r"(?<!\w)(?:{difference_base_periods})(?!\w)")


def with_difference(q: Quantity, claim: Claim, how: Optional[str], found: list[Finding], cands: list[Candidate],
                    index: FactIndex, states_change) -> list[Finding]:
    """The findings on a figure; on a difference (``how``), those of a fact that gives it (it supports the figure, or
    states a change and refutes it), else the difference computed from two levels, else those found."""
    if how != "difference" or any(f.relation in ("supports", "outdated") or f.relation == "contradicts" and states_change(f.fact) for f in found):
        return found
    text = claim.focus or claim.text
    way = is_difference(text[q.end - claim.start:q.end - claim.start + 30])
    return (computed_difference(q, claim, way, cands, index, states_change) if way else []) or found


def computed_difference(q: Quantity, claim: Claim, way: str, cands: list[Candidate], index: FactIndex,
                        states_change) -> list[Finding]:
    """The difference ``q`` ("up" or "down": ``way``) against the one computed from two levels of the sources:
    an anchor, a level the statement gives beside it, and the level of the other period of the same measure.
    Nothing when no level is stated, or the other level is not one fact's (two candidates, none named)."""
    if q.value is None or unit_class(q.unit) in ("share", "points", "times", "year"):
        return []
    levels = [c for c in cands if a_level(c.fact) and not states_change(c.fact)
              and (q.unit is None or units_fit(q, c.fact, index, claim) is None)]
    stated = _stated_levels(q, claim)
    for anchor in giving(levels, stated):
        pair = _other_period(q, claim, anchor, levels, stated, index) or _other_group(q, claim, anchor, levels, index)
        if pair is not None:
            return _judged(q, way, *pair, anchor)
    return []


def _stated_levels(q: Quantity, claim: Claim) -> list[float]:
    """The levels the statement gives beside the difference: its other figures, those of the sentence before."""
    return [x.value for x in claim.quantities if x is not q and x.value] + [v for v in claim.context_values if v and v > 0]


def _other_period(q: Quantity, claim: Claim, anchor: Candidate, levels: list[Candidate], stated: list[float],
                  index: FactIndex) -> Optional[tuple[Candidate, Candidate]]:
    """(new, old): the anchor and the level of the same measure of another period (``_partners``): the one of the
    base year the claim names after the figure, else one stated too, else the only one (when the words after the
    figure name another period: "a year earlier", « un an plus tôt »)."""
    a = anchor.fact
    others = _partners(claim, anchor, levels, index)
    base, period_said = _base_of(q, claim)
    if base:
        others = [c for c in others if year_of(c.fact.as_of) in base] or \
                 ([] if year_of(a.as_of) not in base else others)
    named = giving(others, stated)
    if not (named or base or period_said):
        return None                 # ("£3.7 billion below the first estimate": no other period the difference is from)
    others = named or others
    if len({c.fact.as_of for c in others}) != 1 or len({c.fact.quantity.value for c in others}) != 1:
        return None
    other = others[0]
    if base and year_of(a.as_of) in base:
        return other, anchor
    return (anchor, other) if str(a.as_of) > str(other.fact.as_of) else (other, anchor)


def _partners(claim: Claim, anchor: Candidate, levels: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The levels of the anchor's measure for another period of the same length (a year's total against a year's,
    not a month's): same unit and subject, the same entities and a concept (``_same_measure``), and every word of
    the claim the anchor has (``_claim_words``)."""
    a = anchor.fact
    measure = _claim_words(claim, index) & index.fact_keys(a)
    return [c for c in levels if c.fact is not a and c.fact.quantity.unit == a.quantity.unit
            and (c.fact.subject or None) == (a.subject or None) and _periods_pair(c.fact.as_of, a.as_of)
            and _same_measure(c, anchor, index) and measure <= index.fact_keys(c.fact)]


def _base_of(q: Quantity, claim: Claim) -> tuple[set, bool]:
    """The years the claim names after the difference, before the next comma ("than in 2023"), and whether the
    words there name another period ("than a year earlier")."""
    after = _after(q, claim)
    base = {d.year for d in claim.dates if d.year and q.end <= d.start < q.end + len(after)}
    return base, bool(_BASE_PERIOD().search(fold(after)))


def _after(q: Quantity, claim: Claim) -> str:
    """The words after a figure up to the next comma: what a difference is measured from."""
    after = (claim.focus or claim.text)[q.end - claim.start:]
    cut = _P_AFTER.search(after)
    return after[:cut.start()] if cut else after


def _other_group(q: Quantity, claim: Claim, anchor: Candidate, levels: list[Candidate],
                 index: FactIndex) -> Optional[tuple[Candidate, Candidate]]:
    """(anchor, other): "£420 below the national figure", « 300 euros de moins que la moyenne nationale »: the
    level of the same unit, date and measure of the group the words after the figure name,
    which the anchor's fact does not; never when they name another period (``_base_of``)."""
    base, period_said = _base_of(q, claim)
    words = {k for k in index.text_keys(_after(q, claim)) if k.startswith("w:")}
    a = anchor.fact
    if base or period_said or not words or words & index.fact_keys(a):
        return None
    # (the measure: a concept in common, or every word of the claim the anchor has, but the names of its group)
    measure = _claim_words(claim, index, tuple((m.start, m.end) for m in claim.mentions)) & index.fact_keys(a)
    others = [c for c in levels if c.fact is not a and c.fact.quantity.unit == a.quantity.unit and c.fact.as_of == a.as_of
              and words & index.fact_keys(c.fact)
              and (_shares_concept(c, anchor, index) or measure and measure <= index.fact_keys(c.fact))]
    return (anchor, others[0]) if len({c.fact.quantity.value for c in others}) == 1 else None


def _shares_concept(a: Candidate, b: Candidate, index: FactIndex) -> bool:
    return any(k.startswith("c:") and k[2:] not in GENERIC_CONCEPTS for k in index.fact_keys(a.fact) & index.fact_keys(b.fact))


def _claim_words(claim: Claim, index: FactIndex, spans: tuple = ()) -> set[str]:
    """The stems of the claim's words outside its dates (and ``spans``, absolute): the words of its measure both
    levels must have (the levels of "debt interest", not borrowing's)."""
    text = claim.text
    for s, e in [(d.start, d.start + len(d.text)) for d in claim.dates] + list(spans):
        s, e = max(0, s - claim.start), max(0, e - claim.start)
        text = text[:s] + " " * (e - s) + text[e:]
    return {k for k in index.text_keys(text) if k.startswith("w:")}


def _same_measure(a: Candidate, b: Candidate, index: FactIndex) -> bool:
    """Two levels of one measure: they name the same entities and share one, or a concept that is not only a verb
    of movement (the officers of a police force; not a defence budget and a deficit, both in billions of euros)."""
    ka, kb = index.fact_keys(a.fact), index.fact_keys(b.fact)
    names = {k for k in ka if k.startswith("e:")} == {k for k in kb if k.startswith("e:")}
    return names and (any(k.startswith("e:") for k in ka & kb) or _shares_concept(a, b, index))


def _periods_pair(x: Optional[str], y: Optional[str]) -> bool:
    """Two dates of different periods written to the same precision (2019 and 2024; 2024-03-31 and 2025-03-31)."""
    return bool(x and y) and str(x) != str(y) and len(str(x)) == len(str(y))


def _judged(q: Quantity, way: str, new: Candidate, old: Candidate, anchor: Candidate) -> list[Finding]:
    """Supported with both levels cited, or contradicted by the level the statement does not give (the one it
    gives may be confirmed by its own figure: the difference is then the wrong part)."""
    value = new.fact.quantity.value - old.fact.quantity.value
    relation, _ = compare_quantity(q, Quantity(value=abs(value), unit=q.unit, bound="about"))
    wrong_way = (value < 0) != (way == "down") and value != 0
    relation = "contradicts" if relation == "contradicts" or wrong_way else "supports"
    msg = (f"computed from the sources: {fmt_quantity(new.fact.quantity)} - {fmt_quantity(old.fact.quantity)} = "
           f"{value:+,.4g}; the article says {said_as(q)} ({way})")
    if relation == "supports":
        return [Finding("supports", RULE_ID, new.fact, msg), Finding("supports", RULE_ID, old.fact, msg)]
    msg += " — it does not follow from the figures"
    other = old if anchor is new else new
    return [Finding("contradicts", RULE_ID, other.fact, msg), Finding("related", RULE_ID, anchor.fact, msg)]
