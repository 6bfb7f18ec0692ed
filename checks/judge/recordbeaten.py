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
from ..factread import measure_nouns_in
from ..match import Candidate, FactIndex
from ..model import Claim, Fact
from ..recordscope import names_a_record, record_scope
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


# complexity: one pass over the facts that may beat the record, each tried on its unit, parties, year, source, sign
# and bound before its words and figure; the conditions are the record's, read together
def earlier_beyond(text: str, span: tuple[int, int], value: float, fact: Fact, pool: list[Fact],
                   index: FactIndex, said: str = "") -> Optional[Fact]:
    """A fact of an earlier year beyond the figure (``value``) a text calls a record of all time ("48 million
    crates, an all-time record", « 48 millions de caisses, un record historique ») and ``fact`` confirms: of the
    confirming fact's unit, parties and span of time (a year against a year, a month against a month), from its
    source or ``pool``, of a source no newer one replaces, its words around its figure naming every word the text
    before its rank and the confirming fact share (two at least), and a higher figure (a lower one, for a lowest) — the record was not one. (``said``: the words of the figure's own
    clause, when it is not the text's.)"""
    fq, year = fact.quantity, year_of(fact.as_of)
    if rank_of(text) != 1 or fq is None or fq.value is None or year is None or not same_size(value, fq.value):
        return None
    ranked, scope = text[span[0]:span[1]], record_scope(text)
    if scope != "all-time" and not (scope is None and names_a_record(ranked)):
        return None
    top = ranks_top(ranked)
    if top is None and not _names_the_record(ranked):
        return None          # ("the cheapest December on record": an end of the ranking it does not know)
    top = top is not False                        # (a plain "record" of a count is its highest)
    named = set(content_stems(text[:span[0]] + " " + said)) & set(content_stems(around_figure(fact, index))) \
        - set(content_stems(fq.unit or ""))
    if len(named) < 2:
        return None
    # (and every measure noun of the text the confirming fact names: "the highest net income" is not beaten by the
    # free cash flow of an earlier year, whatever words of the party and the period they share)
    measures = measure_nouns_in(text + " " + said) & measure_nouns_in(fact.statement or "")
    src = index.sources.get(fact.source)
    for g in (src.facts if src else []) + pool:
        gq = g.quantity
        if not measures <= measure_nouns_in(g.statement or ""):
            continue
        if g is fact or gq is None or gq.value is None or gq.unit != fq.unit \
                or (g.subject, g.object) != (fact.subject, fact.object) or not year_of(g.as_of) \
                or year_of(g.as_of) >= year or len(str(g.as_of)) != len(str(fact.as_of)) \
                or g.source in index.superseded_by or gq.value * fq.value < 0 \
                or gq.bound == ("at-most" if top else "at-least"):
            continue
        if named <= set(content_stems(around_figure(g, index))) and \
                ((abs(gq.value) > abs(fq.value) * 1.0001) if top else (abs(gq.value) < abs(fq.value) * 0.9999)):
            return g
    return None


def _names_the_record(ranked: str) -> bool:
    """Whether rank words call the thing a record as a noun ("an all-time record", « un record historique »), not
    only how far back a superlative goes ("… on record", whose end of the ranking is the superlative's)."""
    all_time = slot_patterns()["all_time"]
    folded = fold(ranked)
    return names_a_record(all_time.sub(" ", folded) if all_time is not None else folded)
