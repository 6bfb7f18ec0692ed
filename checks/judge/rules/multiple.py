"""A multiple written in words beside a figure of the sources (rule ``derived-multiple``): "roughly double the
40,000 tickets of 2023", « près de trois fois supérieur aux 31,4 millions », "more than doubled to $5.63, from
$2.58" — the multiple is a figure of the claim like the others, checked against the ratio of two figures of the
sources (hi / lo, whichever the claim writes) or against the multiple a fact of the same measure writes itself,
with the slack its words allow ("roughly", « près de »: about 15 %; "more than": at least the multiple).

The first figure is one the claim (or, for a gloss or a sentence pointing back, its main clause) states and a fact
confirms; the second, its partner, is the figure of another period that the sources give for the same measure,
topic and parties, in the same unit. Nothing is decided when no partner is found, or when the partners found
disagree: the multiple then stays unchecked, and the claim cannot be supported on its other figures alone.

- supported: "Ticket sales were more than double the 40,000 of 2023" / « plus du double des 40 000 billets de
  2023 » against 40,000 tickets (2023) and 95,000 tickets (2024): 2.4 times.
- contradicted: "Ticket sales were roughly triple the 40,000 of 2023" / « près du triple des 40 000 billets de
  2023 » against the same figures.
"""
from __future__ import annotations

from typing import Optional

from ...compare import fmt_quantity
from ...unitfit import units_comparable
from ...factread import measure_nouns_in
from ...resources import words
from ...tablestore import stored
from ...text import fold
from ...figurewords import is_level
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Fact, Quantity
from ..figures import fact_parties
from ..topicality import is_topical
from ..yearparts import part_of_year
from ..findings import Finding, asserted_figures, year_of
from ..measured import compared_quality
from ..qualifiers import fact_measure
from .derived import a_level, giving, said_as, same_topic

RULE_ID = "derived-multiple"

_DECIDED = ("supports", "contradicts", "outdated")


def rule_multiple(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """Each multiple of the claim no rule decided, against the figures of the facts that confirm its other figures."""
    touched = {f.part for f in findings if f.relation in _DECIDED}
    out = []
    for q in asserted_figures(claim):
        if q.unit != "times" or not q.value or q.text.strip() in touched:
            continue
        if q.value < 1:     # ("more than halved, to £60m from £130m": the inverse of the two confirmed figures' ratio)
            found = _of_two_confirmed(claim, q, findings) or _below_one(claim, q, findings, list(cands), index)
        else:
            found = _of_two_confirmed(claim, q, findings) or _of_anchors(claim, q, findings, list(cands), index) \
                or (None if _anchors(claim, q, findings, list(cands)) else _alone(claim, q, list(cands), index))
        if found is not None:
            out.append(found)
    return out


def fits(q: Quantity, value: float) -> Optional[str]:
    """Whether a ratio meets the multiple the article writes: "more than double" at least twice and less than three
    times (a little below, or far above, where a larger multiple would be said, is left undecided), "about double",
    « près du double » within 15 % (more than 30 % away refutes it)."""
    r = value / q.value
    if q.bound == "at-least":
        return "supports" if 0.98 <= r <= 1.5 else "contradicts" if r < 0.9 else None
    if q.bound == "at-most":        # ("less than doubled" at 2.03 times is not met)
        return "supports" if 0.67 <= r <= 1.005 else "contradicts" if r > 1.01 else None
    return "supports" if abs(r - 1) <= 0.15 else "contradicts" if abs(r - 1) > 0.3 else None


def _of_two_confirmed(claim: Claim, q: Quantity, findings: list[Finding]) -> Optional[Finding]:
    """"more than doubled to $5.63, from $2.58": the claim's two other figures, both confirmed, of one kind of unit
    (money, however it is counted) and by one fact or facts of one unit: their ratio confirms the multiple (another
    multiple may be of a third figure, as ``alongside._ratio_of_confirmed`` reads it: never refuted here)."""
    confirmed = {f.part: f for f in findings if f.relation == "supports" and f.part}
    pair = [x for x in asserted_figures(claim) if x is not q and x.unit != "times" and x.text.strip() in confirmed and x.value]
    if len(pair) != 2:
        return None
    facts = [confirmed[x.text.strip()].fact for x in pair]
    kinds = {(unit_class(x.unit) or "").split(" per ")[0] for x in pair}
    if len(kinds) != 1 and facts[0] is not facts[1]:
        return None
    lo, hi = sorted(abs(x.value) for x in pair)
    relation = fits(q if q.value >= 1 else inverse(q), hi / lo) if lo else None
    if relation != "supports":
        return None                       # (another multiple may be of a third figure: this never refutes)
    return _finding(q, relation, facts[0], f"{pair[0].text.strip()} against {pair[1].text.strip()}, as the sources give "
                                           f"them: {hi / lo:,.2f} times")


def _of_anchors(claim: Claim, q: Quantity, findings: list[Finding], cands: list[Candidate],
                index: FactIndex) -> Optional[Finding]:
    """The multiple against each confirmed figure's partners (the figure of another period of its measure) and the
    multiples facts of that measure write: one relation, or nothing."""
    judged = []
    for anchor in _anchors(claim, q, findings, cands):
        change = _change_to_level(claim, q, anchor, findings, index)
        for other, value, how in [change] if change else _ratios(anchor, cands, index, _other_years(claim, anchor)):
            if not 1 / 3 <= value / q.value <= 3 or not _measured_alike(anchor.fact, other, index):
                continue                  # (a figure of another measure of the topic: "the public cost" beside the surplus)
            relation = fits(q, value)
            if relation is None:
                return None
            judged.append((relation, other, how))
    return _one_relation(q, judged)


def _below_one(claim: Claim, q: Quantity, findings: list[Finding], cands: list[Candidate],
               index: FactIndex) -> Optional[Finding]:
    """"a third as many as the year before", « trois fois moins »: a multiple below one says the confirmed figure is
    that share of its partner (the figure of another period of its measure) — refuted when the confirmed figure is the
    larger, else checked as the inverse multiple (a bound turned round: "less than half as many" is more than twice
    fewer); when the confirmed figure is of the claim's base year, its partner is the share. Multiples the facts write
    are left alone (which way they run is not read); one relation, or nothing."""
    turned = inverse(q)
    bases, judged = {d.year for d in claim.dates if d.relation == "baseline"}, []
    for anchor in _anchors(claim, q, findings, cands):
        base = year_of(anchor.fact.as_of) in bases      # (the confirmed figure is the base: « divisée par deux en
        #                                                 2024 par rapport à 2023, … 26 milliards » in 2023)
        change = _change_to_level(claim, q, anchor, findings, index)    # (« divisé par deux, à 41 millions »)
        for other, value, how in [change] if change else _ratios(anchor, cands, index, _other_years(claim, anchor), written=False):
            if not change and (not 1 / 3 <= value / turned.value <= 3 or not _measured_alike(anchor.fact, other, index)):
                continue                  # (a figure of another measure of the topic, as in _of_anchors)
            larger = other.quantity.value > anchor.fact.quantity.value if base \
                else anchor.fact.quantity.value > other.quantity.value
            relation = fits(q, value) if change else "contradicts" if larger else fits(turned, value)
            if relation is None:
                return None
            judged.append((relation, other, how))
    return _one_relation(q, judged)


def _measured_alike(anchor: Fact, other: Fact, index: FactIndex) -> bool:
    """Whether a partner measures what the anchor does, with the same qualifiers ("net inflows" is no partner of the
    inflows "in medium to long-term assets")."""
    return other is anchor or fact_measure(anchor, index) == fact_measure(other, index)


def inverse(q: Quantity) -> Quantity:
    """A multiple below one as the multiple above one it is the inverse of, its bound turned round ("less than half as
    many", "more than halved": more than twice fewer)."""
    turned = {"at-most": "at-least", "at-least": "at-most"}.get(q.bound, q.bound)
    return Quantity(value=1 / q.value, unit="times", text=q.text, start=q.start, end=q.end, bound=turned)


def _one_relation(q: Quantity, judged: list[tuple]) -> Optional[Finding]:
    """The finding of the one relation every (relation, fact, how) judged agrees on; nothing when none or several."""
    if not judged or len({r for r, _, _ in judged}) != 1:
        return None
    relation, fact, how = judged[0]
    return _finding(q, relation, fact, how)


def _change_to_level(claim: Claim, q: Quantity, anchor: Candidate, findings: list[Finding],
                     index: FactIndex) -> Optional[tuple]:
    """"more than doubled to €316m" / « a plus que doublé, à 316 millions », "£182 million, more than double the year
    before": the level (reached, or written before the multiple), whose fact writes its one rise beside it — in per
    cent (+103 %: 1 + the rise), or in the level's unit (an increase of £85 million: the level over the level less
    the rise; from £80 million: the level over that starting level). The fact's own, never another fact's level,
    which may be of another period or measure."""
    own, fq = claim.focus or claim.text, anchor.fact.quantity
    levels = [x for x in asserted_figures(claim) if any(f.fact is anchor.fact and f.part == x.text.strip() for f in findings)
              and unit_class(x.unit) == unit_class(fq.unit)
              and (x.end <= q.start or is_level(own[max(0, x.start - claim.start - 25):x.start - claim.start]))]
    reading, rise = index.reading(anchor.fact), q.value >= 1     # (a multiple below one, a fall: « a chuté de 48 % »)
    if not levels or reading.direction != ("increase" if rise else "decrease"):
        return None
    rises = [x for x in reading.quantities if x.unit == "percent" and x.value and x.value > 0]
    if rises:
        return _change_in_percent(anchor.fact, rises, rise)
    return _rise_in_unit(anchor.fact, reading) if rise else None


def _change_in_percent(fact: Fact, rises: list[Quantity], rise: bool) -> Optional[tuple]:
    """The one change in per cent the level's fact writes, as the multiple it gives (+103 %: 2.03; -48 %: 0.52)."""
    if len(rises) != 1:
        return None
    value = 1 + rises[0].value / 100 if rise else 1 - rises[0].value / 100
    return fact, value, f"the source gives a {'rise' if rise else 'fall'} of {rises[0].text.strip()} to the level: {value:,.2f} times"


def _rise_in_unit(fact: Fact, reading) -> Optional[tuple]:
    """The one smaller figure of the level's unit its sentence writes: a starting level ("from £80 million") or the
    rise ("an increase of £85 million"), and the multiple it gives; among several, the one starting level ("£538
    million, up from £249 million, benefiting from a £482 million gain": 249)."""
    fq = fact.quantity
    others = [(x, b) for x, b in zip(reading.quantities, reading.baselines) if x.unit == fq.unit and x.value
              and 0 < x.value < fq.value]
    if len(others) > 1:           # (not one that starts a change "from £1.20 to £1.25" of its own)
        others = [(x, b) for x, b in others if b and not _starts_another(fact.statement or "", x, reading.quantities, fq)]
    if len(others) != 1:
        return None
    (x, start), v = others[0], fq.value
    value = v / x.value if start else v / (v - x.value)
    return fact, value, f"the source gives {x.text.strip()} beside the level of {fmt_quantity(fq)}: {value:,.2f} times"


def _starts_another(text: str, x: Quantity, figures, level: Quantity) -> bool:
    """Whether a starting level opens a "from X to Y" whose Y is not the level ("… to £1.30, after it went from £1.20
    to £1.25": £1.20 is £1.25's start)."""
    after = next((y for y in figures if y.start >= x.end), None)
    return after is not None and after.value != level.value and fold(text[x.end:after.start].strip()) in _to_words()


@stored
def _to_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "change_to_words"))


def _alone(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """A multiple the claim writes with no other figure ("Room prices more than doubled over the period", « sont deux
    fois et demie plus nombreux à Vallorn qu'à Harwick »): the closest fact on its topic, when it writes a multiple
    itself (of the same kind: an amount or the same comparative), else gives exactly two figures of one unit, its
    pair ("24.5 % against 9.6 %"). A fact of a source a newer one replaced confirms nothing more (its forecast
    « prévoyait un ratio autour de 4,0x », "expected about 4.0x", is not the ratio the newer report gives)."""
    if len([x for x in asserted_figures(claim) if x.unit != "year"]) != 1:
        return None
    top = next((c for c in cands if is_topical(c)), None)
    if top is not None and top.source.id in index.superseded_by:
        return None
    if top is None:
        return None
    reading = index.reading(top.fact)
    own = [fq for fq in reading.quantities if fq.unit == "times" and fq.value]
    return _written_multiple(claim, q, top.fact, own) if own else _pair_of(q, top.fact, reading.quantities)


def _written_multiple(claim: Claim, q: Quantity, fact: Fact, own: list[Quantity]) -> Optional[Finding]:
    """The one multiple the fact writes, of the same kind as the claim's (both of an amount, or both comparing the
    same quality)."""
    said = compared_quality(claim.focus or claim.text, q.end - claim.start)
    if len(own) != 1 or compared_quality(fact.statement, own[0].end) != said:
        return None
    relation = fits(q, own[0].value)
    return _finding(q, relation, fact, f"the source writes {own[0].text.strip()!r}: {fact.statement}") if relation else None


def _pair_of(q: Quantity, fact: Fact, figures) -> Optional[Finding]:
    """The ratio of the fact's two figures of one unit, for a multiple about as large ("about", not a bound)."""
    pair = [fq for fq in figures if fq.value and fq.unit != "times"]
    if len(pair) != 2 or pair[0].unit != pair[1].unit or q.bound != "about":
        return None
    lo, hi = sorted(abs(fq.value) for fq in pair)
    relation = fits(q, hi / lo)
    return _finding(q, relation, fact, f"{pair[0].text.strip()} against {pair[1].text.strip()} in the source: "
                                       f"{hi / lo:,.2f} times") if relation else None


def _anchors(claim: Claim, q: Quantity, findings: list[Finding], cands: list[Candidate]) -> list[Candidate]:
    """The candidates that confirm another figure of the claim (or give the older figure a newer fact revised), else
    those that give a figure of its main clause or of the sentence it points back to."""
    by_fact = {id(c.fact): c for c in cands}
    figures = {x.text.strip() for x in asserted_figures(claim) if x is not q and x.unit != "times"}
    facts = [f.fact for f in findings if f.part in figures and (f.relation == "supports" or f.rule == "outdated" and f.relation == "related")]
    found = list({id(f): by_fact[id(f)] for f in facts if id(f) in by_fact and a_level(f)}.values())
    if found or figures:
        return found
    return [c for c in giving(cands, claim.context_values) if a_level(c.fact)]


def _other_years(claim: Claim, anchor: Candidate) -> set:
    """The years the claim names other than the anchor's ("the 2025 figure", "a year earlier"): its partner's."""
    return {d.year for d in claim.dates if d.year} - {year_of(anchor.fact.as_of)}


def _ratios(anchor: Candidate, cands: list[Candidate], index: FactIndex, years: set = frozenset(),
            written: bool = True) -> list[tuple[Fact, float, str]]:
    """(fact, ratio, working) for each partner of the anchor: a figure of another year of its measure, unit, topic
    and parties (of the year the claim names, when it names one the anchor is not of); a multiple a fact of its topic
    and parties writes for the anchor's year or figure."""
    a = anchor.fact
    out = []
    for c in cands:
        f = c.fact
        if f is a or not same_topic(anchor, c, index) or not _same_parties(a, f, index) \
                or years and year_of(f.as_of) not in years:
            continue
        if a_level(f) and _partner(a, f) and _running(a, index) == _running(f, index):
            lo, hi = sorted((a.quantity.value, f.quantity.value))
            out.append((f, hi / lo, f"computed from the sources: {fmt_quantity(f.quantity)} against "
                                    f"{fmt_quantity(a.quantity)} = {hi / lo:,.2f} times"))
        out += [(f, fq.value, f"the source writes {fq.text.strip()!r}: {f.statement}")
                for fq in (_own_multiples(a, f, index) if written else [])]
    return out


def _partner(a: Fact, f: Fact) -> bool:
    """The same measure in another year, in the same unit: the measure nouns both sentences name agree."""
    ya, yf = year_of(a.as_of), year_of(f.as_of)
    if ya is None or yf is None or ya == yf or units_comparable(a.quantity, f.quantity) is not None \
            or part_of_year(a) != part_of_year(f):
        return False                      # (a quarter's revenue is no partner of a year's)
    na, nf = measure_nouns_in(a.statement or ""), measure_nouns_in(f.statement or "")
    return not (na and nf) or bool(na & nf)


def _running(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact's figure is a running total ("committed since February 2022", « depuis 2020 »): no partner of
    one period's figure."""
    return any(d.relation == "since" for d in index.reading(fact).dates)


def _own_multiples(a: Fact, f: Fact, index: FactIndex) -> list[Quantity]:
    """The multiples a fact's sentence writes of the anchor: beside its figure or its year."""
    reading = index.reading(f)
    multiples = [fq for fq in reading.quantities if fq.unit == "times" and fq.value]
    if not multiples:
        return []
    ya = year_of(a.as_of)
    beside = any(x.value == a.quantity.value for x in reading.quantities if x.unit != "times") \
        or ya is not None and ya in {y for y in reading.years if y} | {d.year for d in reading.dates if d.year}
    return multiples if beside else []


def _same_parties(a: Fact, f: Fact, index: FactIndex) -> bool:
    """Facts of the same parties: the places and bodies one names, the other names too (or neither names any)."""
    pa, pf = fact_parties(a, index), fact_parties(f, index)
    return not pa or not pf or bool(pa & pf) and not (pa ^ pf) - {a.subject, f.subject}


def _finding(q: Quantity, relation: str, fact: Fact, how: str) -> Finding:
    tail = "" if relation == "supports" else " — it does not follow from the figures"
    return Finding(relation, RULE_ID, fact, f"{how}; the article says {said_as(q)}{tail}", part=q.text.strip())
