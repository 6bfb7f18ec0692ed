"""A level set before the change the statement before told ("It fell in April, when the council cut it by 5 % to
£1,140. Before that cut, the fare had stood at £1,210", « Avant cette hausse, le tarif était de … »): the level the
change started from, which the source gives as the starting level of a fact of that change ("cut … from £1,200 to
£1,140"). A fact of the same measure for an earlier period is another date's level, not the one before the change.
Words: ``before_change_openers`` in ``data/lang/<code>/claims.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..factread import direction_of
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_pattern
from .topicality import FRAME_CONCEPTS, GENERIC_CONCEPTS, is_topical, substantive
from ..unitkeys import value_key
from .findings import Finding
from .figures import fact_parties
from .clauses import figure_window
from .periods import quantity_year
from .qualifiers import claim_qualifiers, measure_fits

_P_PERIOD_KEY = compiled(r"(\d{4})(?:-(?:Q([1-4])|(\d{2})))?")


def change_before(claim: Claim) -> Optional[str]:
    """The direction of the change a claim's opening sets its level before ("Before that cut,": "decrease")."""
    text = claim.focus or claim.text
    m = word_pattern("claims", r"^\s*(?:{+before_change_openers})\s+([^\W\d_][\w'’-]*)", re.I).match(text)
    return direction_of(m.group(1)) if m else None


def level_before_change(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The figure against the starting level of the facts of the topic that tell a change the way the opening
    names it ("cut … from £1,849"), when they give one starting level in the figure's unit; [] otherwise."""
    way = change_before(claim)
    if way is None or q.value is None or q.unit is None:
        return []
    starts = [(c, fq) for c in cands if is_topical(c) and substantive(c) and index.reading(c.fact).direction == way
              for fq in _starting_levels(q, c, index)]
    if len({fq.value for _, fq in starts}) != 1:
        return []
    c, fq = starts[0]
    verdict = compare_quantity(replace(q, unit=q.unit or fq.unit), fq)[0]
    if verdict == "supports":
        return [Finding("supports", "quantity", c.fact, f"{q.text.strip()!r} is the level the change started from, "
                                                        f"as the source gives it: {c.fact.statement}")]
    if verdict == "contradicts":
        return [Finding("contradicts", "period", c.fact, f"before that change the source gives {fmt_quantity(fq)}, "
                                                         f"not {q.text.strip()!r}: {c.fact.statement}")]
    return []


def level_of_its_year(claim: Claim, q: Quantity, how: Optional[str], cands: list[Candidate],
                      index: FactIndex) -> list[Finding]:
    """A level the claim dates to a year (« En 2023, le chiffre d'affaires s'élevait à 2 747,4 millions d'euros »)
    that a fact of the topic and measure gives, with that year, as the starting level of its later figure ("revenues
    for 2024 were €3,271.0 million, up 19.1% from €2,747.4 million in 2023"): that year's level as the source gives
    it. A confirmation only, for a figure no fact decided; [] otherwise."""
    if how is not None or q.value is None or q.unit is None:
        return []
    # (only the facts that give the figure as a starting level of some year can confirm it: most claims have none, and
    # then its year and measure are not read)
    facts = [fact for fact in _facts_of_its_figure(claim, q, cands, index) if _started_at(q, None, fact, index)]
    if not facts:
        return []
    window = figure_window(claim, q)
    year = quantity_year(claim, q, window)
    if year is None:
        return []
    measure = claim_qualifiers(claim, window, q)
    for fact in facts:
        if measure_fits(measure, fact, index) and _names_all(claim, fact, index) and _started_at(q, year, fact, index):
            return [Finding("supports", "quantity", fact, f"{q.text.strip()!r} agrees with the level the source "
                                                          f"gives for {year}, where a later one started: {fact.statement}")]
    return []


def _facts_of_its_figure(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Fact]:
    """The candidates of the topic, then the facts that write the figure and name a concept of the claim beyond the
    closest candidates (a fact in the other language shares few words with it)."""
    topical = [c.fact for c in cands if is_topical(c) and substantive(c)]
    concepts = {"c:" + k for k in claim.concepts if k not in GENERIC_CONCEPTS and k not in FRAME_CONCEPTS}
    posted = [index.facts[i] for i in index.postings.get(value_key(q.value), ())]
    return topical + [f for f in posted if concepts & index.fact_keys(f) and f not in topical]


def _started_at(q: Quantity, year: Optional[int], fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's sentence gives ``q`` as a starting level of ``year`` (None: of any year), in its kind of unit."""
    reading = index.reading(fact)
    return any(base and (year is None or fy == year) and fq.value is not None and fq.unit is not None
               and unit_class(fq.unit) == unit_class(q.unit) and compare_quantity(q, fq)[0] == "supports"
               for fq, fy, base in zip(reading.quantities, reading.years, reading.baselines))


def _names_all(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether a fact names every party and place the claim names (but who says it): its place phrases (« en
    France ») as whole names, its parties among the fact's."""
    from .place import keyed, place_name, place_patterns, place_phrases      # (place reads this module's readers)
    key = keyed(index)
    places = {key(n) for n in (place_name(m.group("place")) for m in place_phrases(claim.text)) if n}
    written = {key(n) for n in (place_name(m.group(0)) for m in place_patterns()["name"].finditer(fact.statement or "")) if n}
    parties = {m.entity for m in claim.mentions} - {claim.attributed_to, claim.authored_by}
    return places <= written | {f"e:{p}" for p in fact_parties(fact, index)} and parties <= fact_parties(fact, index)


def _starting_levels(q: Quantity, c: Candidate, index: FactIndex) -> list[Quantity]:
    """The starting levels a fact's sentence gives ("from £1,849"), in the figure's kind of unit."""
    reading = index.reading(c.fact)
    return [fq for fq, base in zip(reading.quantities, reading.baselines)
            if base and fq.value is not None and fq.unit is not None and unit_class(fq.unit) == unit_class(q.unit)]


def start_of_a_change(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The starting level of "from X to Y" (« est passé de 164 à 152 euros »): the level of the period before the end
    level's. Supported by a fact of the topic that gives it for the period just before the one of the fact that
    confirms the end level (the figure after it, in its kind of unit), of the same unit and subject; [] otherwise
    (another check, or none, decides: a later period's figure is no starting level)."""
    end = _end_level(claim, q)
    if end is None or q.value is None:
        return []
    topic = [c for c in cands if is_topical(c) and substantive(c) and c.fact.quantity is not None
             and c.fact.quantity.value is not None and period_key(c.fact.as_of) is not None]
    for e in (e for e in topic if _gives(end, e)):
        for c in _just_before(e, topic):
            if _gives(q, c):
                return [Finding("supports", "quantity", c.fact, f"{q.text.strip()!r} agrees with the level the source "
                                                                f"gives for the period before ({c.fact.as_of}): {c.fact.statement}")]
    return []


def _end_level(claim: Claim, q: Quantity) -> Optional[Quantity]:
    """The figure after a starting level, in its kind of unit: the end level."""
    return next((x for x in claim.quantities if x.start >= q.end and x.value is not None and x.unit is not None
                 and unit_class(x.unit) == unit_class(q.unit or x.unit)), None)


def _gives(q: Quantity, c: Candidate) -> bool:
    """Whether a fact's own figure confirms ``q`` (a bare figure read in the fact's unit)."""
    fq = c.fact.quantity
    return unit_class(fq.unit) == unit_class(q.unit or fq.unit) \
        and compare_quantity(replace(q, unit=q.unit or fq.unit), fq)[0] == "supports"


def _just_before(e: Candidate, topic: list[Candidate]) -> list[Candidate]:
    """The facts of ``e``'s unit and subject of the last period that ends before ``e``'s begins."""
    before = [c for c in topic if c.fact.quantity.unit == e.fact.quantity.unit and c.fact.subject == e.fact.subject
              and period_key(c.fact.as_of, end=True) < period_key(e.fact.as_of)]
    last = max((period_key(c.fact.as_of) for c in before), default=None)
    return [c for c in before if period_key(c.fact.as_of) == last]


def period_key(as_of: Optional[str], end: bool = False) -> Optional[tuple[int, int]]:
    """Where a fact's period starts (``end``: ends), as (year, month): "2025-Q2" (2025, 4) or (2025, 6), "2024-02-01"
    (2024, 2), "2024" (2024, 1) or (2024, 12)."""
    m = _P_PERIOD_KEY.match(str(as_of or ""))
    if not m:
        return None
    if m.group(2):
        return int(m.group(1)), 3 * int(m.group(2)) - (0 if end else 2)
    return int(m.group(1)), int(m.group(3) or (12 if end else 1))
