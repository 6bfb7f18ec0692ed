"""A record of all time that a claim without a figure states by a quality it names (« la crue la plus meurtrière
qu'ait connue le Valtorne », "the deadliest flood the county has ever known") and that a fact of an earlier period
beats: a fact of that quality's measure (a concept of ``data/concepts.yaml``: « meurtrière », "deadliest" are deaths)
and of the thing the claim ranks (a flood), dated before the latest period of that measure, gives more than every
fact of the latest period does (« 1 800 morts » in 1953 against « 312 morts »): a false record.

And a figure a claim calls a record of all time ("412,000 passengers, an all-time record", « un record historique »,
"the highest ever"), confirmed by a fact, that a fact of an earlier year of the same measure, unit, parties and span
of time beats (``earlier_beyond``: rule ``ranking`` for the figure the claim ranks itself, ``recordback`` for a
record set right after the figure of a clause of its own).
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..factread import direction_of, measure_nouns_in
from ..match import Candidate, FactIndex
from ..model import CONTRADICTED, MIXED, Claim, Fact
from ..recordscope import first_scope, names_a_record, record_scope
from ..slots import rank_of, rank_span, slot_patterns
from ..text import fold
from ..terms import concepts_in, content_stems
from .topicality import is_topical
from .findings import Finding, asserted_figures, same_size, year_of
from .rankmeasure import superlative_words
from .outrank import around_figure, ranked_figure, ranks_top


def beaten_record(claim: Claim, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """The finding of a false record (rule ``ranking``), or None."""
    if not any(is_topical(c) for c in cands):
        return None                    # (its pool is of the topical facts only: with none, no record is read)
    text = claim.focus or claim.text
    span = rank_span(text)
    if span is None or not _first_of_all_time(claim, text, span):
        return None
    sup = superlative_words(text, span)
    measure = set(concepts_in(sup))
    # (what it ranks, before the superlative or after it: « la crue la plus meurtrière », "the deadliest flood")
    at = text.find(sup, span[0])
    thing = {k for k in index.text_keys(text[:at] + " " + text[at + len(sup):span[1]]) if k.startswith("c:")} \
        - {"c:" + c for c in measure}
    if not measure or not thing:
        return None
    pool = [c.fact for c in cands if is_topical(c) and _counts(c.fact, measure) and year_of(c.fact.as_of)]
    found = _earlier_above(pool, index, thing)
    if found is None:
        return None
    f, top = found
    return Finding("contradicts", "ranking", f, f"false record: an earlier one gave more ({fmt_quantity(f.quantity)}, "
                   f"against {fmt_quantity(top.quantity)} for the latest, {top.statement}): {f.statement}",
                   part=text[span[0]:span[1]].strip())


def _first_of_all_time(claim: Claim, text: str, span: tuple[int, int]) -> bool:
    """Whether a claim without a figure puts what it speaks of first, at the top, of all time or of no time it says
    (« le plus destructeur qu'ait connu Korland », not « depuis 1961 », nor a record of a year it dates)."""
    scope = record_scope(text)
    return not asserted_figures(claim) and rank_of(text) == 1 and ranks_top(text[span[0]:span[1]]) is not False \
        and (scope == "all-time" or scope is None and not claim.dates)


def _earlier_above(pool: list[Fact], index: FactIndex, thing: set[str]) -> Optional[tuple[Fact, Fact]]:
    """(a fact of an earlier period, the latest period's highest fact) when, in one unit, the earlier one, of the
    thing ranked (``thing``: its concepts) and of a source the latest period's facts come from, gives more."""
    for unit in sorted({f.quantity.unit or "" for f in pool}):
        facts = [f for f in pool if (f.quantity.unit or "") == unit]
        latest = max(year_of(f.as_of) for f in facts)
        current = [f for f in facts if year_of(f.as_of) == latest]
        top = max(current, key=lambda g: g.quantity.value)
        for f in facts:
            if year_of(f.as_of) < latest and f.quantity.value > top.quantity.value and f.quantity.bound != "at-most" \
                    and thing & index.fact_keys(f) and f.source in {g.source for g in current}:
                return f, top
    return None


def _counts(fact: Fact, measure: set[str]) -> bool:
    """Whether a fact gives a figure of the measure (its sentence names the concept)."""
    q = fact.quantity
    return q is not None and q.value is not None and bool(set(concepts_in(fact.statement or "")) & measure)


def beaten_earlier(claim: Claim, fact: Fact, cands: list[Candidate], index: FactIndex) -> Optional[Fact]:
    """``earlier_beyond`` of the figure a claim ranks itself, confirmed by ``fact``."""
    text = claim.focus or claim.text
    span = rank_span(text)
    q = ranked_figure(claim, span) if span is not None else None
    if q is None or q.value is None:
        return None
    # (the figure as the confirming fact gives it, when the claim writes it rounded: "$23.3 billion" for 23.314 bn)
    value = fact.quantity.value if fact.quantity is not None and fact.quantity.value is not None \
        and compare_quantity(q, fact.quantity) == ("supports", "") else q.value
    return earlier_beyond(text, span, value, fact, [c.fact for c in cands if is_topical(c)], index)


def earlier_beyond(text: str, span: tuple[int, int], value: float, fact: Fact, pool: list[Fact],
                   index: FactIndex, said: str = "") -> Optional[Fact]:
    """A fact of an earlier year beyond the figure (``value``) a text calls a record of all time ("48 million
    crates, an all-time record", « 48 millions de caisses, un record historique ») and ``fact`` confirms: of the
    confirming fact's unit, parties and span of time (a year against a year, a month against a month), from its
    source or ``pool``, its words around its figure naming every word the text before its rank and the confirming
    fact share (two at least), and a higher figure (a lower one, for a lowest) — the record was not one. (``said``:
    the words of the figure's own clause, when it is not the text's.)"""
    fq = fact.quantity
    if fq is None or fq.value is None or not same_size(value, fq.value):
        return None
    top = _record_end(text, span)
    if top is None:
        return None
    named = set(content_stems(text[:span[0]] + " " + said)) & set(content_stems(around_figure(fact, index))) \
        - set(content_stems(fq.unit or ""))
    if len(named) < 2:
        return None
    # (and every measure noun of the text the confirming fact names: "the highest net income" is not beaten by the
    # free cash flow of an earlier year, whatever words of the party and the period they share)
    measures = measure_nouns_in(text + " " + said) & measure_nouns_in(fact.statement or "")
    level = abs(fq.value) * (1.0001 if top else 0.9999)
    return _earlier_past(fact, pool, index, named, measures, level if top else -level, strict=True)


def _record_end(text: str, span: tuple[int, int]) -> Optional[bool]:
    """The end of a ranking a text's record of all time is at (True its highest, False its lowest); None when it
    states no such record ("the cheapest December on record": an end of the ranking it does not know)."""
    ranked, scope = text[span[0]:span[1]], record_scope(text)
    if rank_of(text) != 1 or scope != "all-time" and not (scope is None and names_a_record(ranked)):
        return None
    top = ranks_top(ranked)
    if top is None and not _names_the_record(ranked):
        return None
    return top is not False                        # (a plain "record" of a count is its highest)


def moved_off_record(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the figure a claim calls a record of all time ("order intake of £412m, a record", « un record
    historique »), confirmed by ``fact``, is one the fact's clause (else its sentence) says fell (rose, for a lowest):
    below the level before it, so no record."""
    from .agreement import way_of_its_clause        # (it reads the fact's clauses as the judge does)
    text = claim.focus or claim.text
    span = rank_span(text)
    q = ranked_figure(claim, span) if span is not None else None
    top = _record_end(text, span) if q is not None and q.value is not None else None
    if top is None:
        return False
    went = way_of_its_clause(fact, q, index) or index.reading(fact).direction
    # (a claim that says that way itself ranks the other end, "fell to a record low", whatever its rank words say)
    return went == ("decrease" if top else "increase") and direction_of(text) != went


# complexity: the threshold, its bound and the confirming fact's figure read together before the one search
def first_beyond(claim: Claim, fact: Fact, part: str, cands: list[Candidate], index: FactIndex) -> Optional[Fact]:
    """A fact of an earlier year at or past the threshold a claim says was passed for the first time of all time ("the
    first time in its history that profit topped £200m", « pour la première fois de son histoire, le bénéfice a
    dépassé 200 millions »), the threshold ``part`` a lower bound ``fact`` confirms: of the confirming fact's unit,
    parties, span of time and measure nouns, naming the words it shares with the claim before the threshold — it
    was passed before, the first is not one."""
    text, fq = claim.focus or claim.text, fact.quantity
    q = next((q for q in claim.quantities if q.text.strip() == part), None)
    if q is None or q.value is None or q.bound != "at-least" or q.value <= 0 or fq is None or fq.value is None \
            or not _threshold_first(claim) or fact.subject is None:
        return None
    at = text.find(q.text)
    named = set(content_stems(text[:at])) & set(content_stems(around_figure(fact, index))) - set(content_stems(fq.unit or ""))
    if not named:
        return None
    level = q.value * 1.0001 if q.strict else q.value
    return _earlier_past(fact, [c.fact for c in cands if is_topical(c)], index, named,
                         measure_nouns_in(fact.statement or ""), level, strict=False)


def one_first(claim: Claim, findings: list[Finding], verdict: str) -> str:
    """A claim's verdict, contradicted rather than mixed when the only part confirmed is the threshold a false first
    (``first_beyond``) refutes: "the first time profit topped £200m" says it was never passed before, one assertion
    that the year's figure above it does not make partly right."""
    if verdict != MIXED or not _threshold_first(claim):
        return verdict
    wrong = {f.part for f in findings if f.relation == "contradicts" and f.rule == "ranking" and f.part}
    right = {f.part for f in findings if f.relation == "supports"}
    return CONTRADICTED if wrong and right <= wrong else verdict


def _threshold_first(claim: Claim) -> bool:
    """Whether a claim says a threshold, a lower bound it writes, was passed for the first time of all time."""
    return first_scope(claim.focus or claim.text) == "all-time" and any(q.bound == "at-least" for q in claim.quantities)


# complexity: one pass over the facts that may beat the record, each tried on its unit, parties, year, source, sign
# and bound before its words and figure; the conditions are the record's, read together
def _earlier_past(fact: Fact, pool: list[Fact], index: FactIndex, named: set[str], measures: set[str], level: float,
                  strict: bool) -> Optional[Fact]:
    """A fact of an earlier year than ``fact`` of its unit, parties and span of time, from its source or ``pool``, of
    a source no newer one replaces for that year's figure, naming ``measures`` and, around its figure, ``named``,
    whose figure is past ``level`` (at or above it; below its opposite when ``level`` is negative: a lowest)."""
    fq, year = fact.quantity, year_of(fact.as_of)
    if year is None:
        return None
    top = level > 0
    src = index.sources.get(fact.source)
    for g in (src.facts if src else []) + pool:
        gq = g.quantity
        if not measures <= measure_nouns_in(g.statement or ""):
            continue
        if g is fact or gq is None or gq.value is None or gq.unit != fq.unit \
                or (g.subject, g.object) != (fact.subject, fact.object) or not year_of(g.as_of) \
                or year_of(g.as_of) >= year or len(str(g.as_of)) != len(str(fact.as_of)) \
                or _replaced(g, index, named) or gq.value * fq.value < 0 \
                or gq.bound == ("at-most" if top else "at-least"):
            continue
        past = abs(gq.value) > level if top else abs(gq.value) < -level
        if named <= set(content_stems(around_figure(g, index))) and (past or not strict and abs(gq.value) == abs(level)):
            return g
    return None


def _replaced(g: Fact, index: FactIndex, named: set[str]) -> bool:
    """Whether a newer source replaces the one of ``g`` for its year's figure: it gives a figure of that year in its
    unit, naming ``named`` around it (a superseded report's figure of an earlier year that the newer report does not
    give again still stands)."""
    newer = index.newer_source(g.source)
    if newer is None:
        return False
    return any(h.quantity is not None and h.quantity.unit == g.quantity.unit and year_of(h.as_of) == year_of(g.as_of)
               and named <= set(content_stems(around_figure(h, index))) for h in newer.facts)


def _names_the_record(ranked: str) -> bool:
    """Whether rank words call the thing a record as a noun ("an all-time record", « un record historique »), not
    only how far back a superlative goes ("… on record", whose end of the ranking is the superlative's)."""
    all_time = slot_patterns()["all_time"]
    folded = fold(ranked)
    return names_a_record(all_time.sub(" ", folded) if all_time is not None else folded)
