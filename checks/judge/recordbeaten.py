"""A record of all time that a claim without a figure states by a quality it names (« la crue la plus meurtrière
qu'ait connue le Valtorne », "the deadliest flood the county has ever known") and that a fact of an earlier period
beats: a fact of that quality's measure (a concept of ``data/concepts.yaml``: « meurtrière », "deadliest" are deaths)
and of the thing the claim ranks (a flood), dated before the latest period of that measure, gives more than every
fact of the latest period does (« 1 800 morts » in 1953 against « 312 morts »): a false record.
"""
from __future__ import annotations

from typing import Optional

from ..compare import fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact
from ..recordscope import record_scope
from ..slots import rank_of, rank_span
from ..terms import concepts_in
from .figures import is_topical
from .findings import Finding, asserted_figures, year_of
from .rankmeasure import superlative_words
from .outrank import ranks_top


def beaten_record(claim: Claim, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """The finding of a false record (rule ``ranking``), or None."""
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
