"""Findings, the values the judge's rules return, and how a claim's findings make its verdict
(``claim_verdict``), its evidence and its explanation.
"""
from __future__ import annotations

import functools
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Optional

from .. import units
from ..detect import is_figure
from ..factread import from_to_start
from ..figurewords import is_baseline, is_level
from ..match import FactIndex
from ..model import CONTRADICTED, MIXED, OUTDATED, SUPPORTED, UNVERIFIED, Claim, Evidence, Fact, Quantity
from ..resources import compiled
from ..slots import clause_spans, rank_span
from ..terms import stem
from .groupshare import names_a_group

_P_MONTH_OF = compiled(r"\d{4}-(\d{2})")
_P_QUARTER_MONTHS = compiled(r"\d{4}-Q([1-4])")
_P_YEAR_OF = compiled(r"\d{4}")
_P_COUNTED_AFTER = compiled(r"\s*([^\W\d_]+)")
_P_WRITTEN_WAYS = compiled(r"\s+")

# how an explanation says each way of change ("the article says it rose, the source that it fell")
WAY_VERBS = {"increase": "rose", "decrease": "fell", "unchanged": "did not change"}


@dataclass
class Finding:
    """What one rule found of a claim against one fact."""
    relation: str          # supports | contradicts | outdated | related
    rule: str
    fact: Fact
    message: str
    strength: float = 1.0
    part: str = ""         # the words of the claim it judges (a figure, a date, the parties); "" = the whole claim


def year_of(iso: Optional[str]) -> Optional[int]:
    if iso and _P_YEAR_OF.match(str(iso)):
        return int(str(iso)[:4])
    return None


def against_another_year(claim: Claim, fact: Fact) -> bool:
    """Whether the claim measures its change against a year it names other than the fact's own ("4 % fewer than in
    2023" against a fact of 2024; "shrank 15 % in 2024" read against 2024 is the fact's own year, no baseline)."""
    return bool({d.year for d in claim.dates if d.relation == "baseline" and d.year} - {year_of(fact.as_of)})


def month_of(iso: Optional[str]) -> Optional[int]:
    m = _P_MONTH_OF.match(str(iso or ""))
    return int(m.group(1)) if m else None


def quarter_months(iso: Optional[str]) -> tuple[int, ...]:
    """The months of a quarter written "2025-Q2" ((4, 5, 6)); () for anything else."""
    m = _P_QUARTER_MONTHS.match(str(iso or ""))
    return tuple(range(3 * int(m.group(1)) - 2, 3 * int(m.group(1)) + 1)) if m else ()


def evidence_of(f: Finding, index: FactIndex) -> Evidence:
    src = index.sources[f.fact.source]
    rel = {"supports": "supports", "contradicts": "contradicts", "outdated": "contradicts"}.get(f.relation, "related")
    return Evidence(src.id, f.fact.id, f.fact.statement, rel, src.title, src.url, f.fact.quote)


def claim_verdict(findings: list[Finding], claim: Optional[Claim] = None) -> str:
    """One claim: contradicted if any finding contradicts it, unless what supports it comes from
    other facts (two facts, two parts of the claim: mixed) or the contradiction is of a part of its own (a
    wrong date, rank, direction or starting level beside a confirmed figure: mixed). The way the very fact confirming the claim's
    figure says it moved, given the other way in the one clause of the claim that writes every figure judged
    ("rose 2 % to 14.5 GW" or "rose to 14.5 GW" against "fell 2 % to 14.5 GW", « a progressé à 79 » against « est
    tombé à 79, contre 84 »), is no part of its own: the claim reports that move wrongly, as the evaluation sets'
    writers label it. (A way a second clause or another fact gives, "reached £9 billion, half a billion more", is.)"""
    rel = {f.relation for f in findings}
    s, c, o = "supports" in rel, "contradicts" in rel, "outdated" in rel
    if (c or o) and s:
        whole = claim is not None and _one_change(claim, findings)
        key = _fact_key if whole else id
        good = {key(f.fact) for f in findings if f.relation == "supports"}
        bad = {key(f.fact) for f in findings if f.relation in ("contradicts", "outdated")
               and not (f.rule in ("date", "ranking", "direction", "quantity-role", "quantity-start") and f.part
                        and not (whole and f.rule == "direction" and key(f.fact) in good))}
        if good <= bad:
            return CONTRADICTED if c else OUTDATED
    return combine(s, c, o)


def _fact_key(fact) -> tuple:
    """A fact by its source and id: the same fact whether read as declared or as one clause of its sentence
    (a clause facet is a copy of it), so that the way of a change and the level it reached are judged against
    one fact ("rose 4.8 % to 149.6p" against "fell 4.8 % to 149.6p", its level read from the fact's clause)."""
    return fact.source, fact.id


def _one_change(claim: Claim, findings: list[Finding]) -> bool:
    """Whether the claim has a wrong way and every figure its findings judge is written in one clause of its text
    (no clause break between them: "rose 2 % to 14.5 GW", "edged higher to $65.9bn", not "reached £9 billion, half
    a billion more", nor "rose 3.5 % to £3.56 billion, while earnings slipped 8.7 %")."""
    text = claim.text
    if not any(f.rule == "direction" and f.relation == "contradicts" and f.part for f in findings):
        return False
    spans = _change_clauses(text)
    parts = [f.part for f in findings if f.part and f.rule != "date" and len(clause_spans(f.part)) == 1]
    inside = {next((i for i, (a, b) in enumerate(spans) if p in text[a:b]), None) for p in parts}
    return len(inside) == 1 and None not in inside


def _change_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a text (``clause_spans``), a clause that opens on the level a change reached or started
    from, a comma before it, read with the clause before: "fell to 0.75 homes a week, from 0.62 a year earlier",
    « a reculé au quatrième trimestre, à 297,7 millions d'euros » tell one change. (A part of the claim read over
    several clauses, its whole text, locates nothing.)"""
    out: list[tuple[int, int]] = []
    for a, b in clause_spans(text):
        opener = re.match(r"\D*", text[a:b]).group(0)
        words = re.sub(r"[^\w\s'’]+", " ", opener).split()
        if out and words and len(words) <= 3 and (is_level(" ".join(words)) or is_baseline(" ".join(words))):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def combine(supported: bool, contradicted: bool, outdated: bool, mixed: bool = False) -> str:
    """The JSON contract: mixed when right and wrong parts meet; contradicted before outdated."""
    if mixed or (supported and (contradicted or outdated)):
        return MIXED
    if contradicted:
        return CONTRADICTED
    if outdated:
        return OUTDATED
    return SUPPORTED if supported else UNVERIFIED


def sentence(s: str) -> str:
    s = s.strip()
    return (s[:1].upper() + s[1:]) if s else s


def dedupe(evs: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in evs:
        key = (e.source, e.fact, e.relation)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


_JUDGING = threading.local()        # .memo: a claim's id (and a figure's) -> (the objects, the value), within one judgement


@contextmanager
def one_judgement() -> Iterator[None]:
    """While a statement is judged, what depends only on a claim (``asserted_figures``, asked ~5 times per
    claim by the rules) or on a claim and one of its figures (``per_figure``) is computed once; the memo is dropped
    when the judgement ends (nothing is kept across statements, nothing keyed by text)."""
    outer = getattr(_JUDGING, "memo", None)
    _JUDGING.memo = {}
    try:
        yield
    finally:
        _JUDGING.memo = outer


def per_figure(fn: Callable) -> Callable:
    """``fn(claim, q, *values)`` computed once per judgement for the same claim, figure and plain values (a window's
    text): the rules ask a figure's reading again and again (its sense, whether it is a starting level: ~1.5 to 3.5
    times a figure). Keyed by the claim's and the figure's identity — neither is changed while it is judged, and both
    are kept with the value so that their ids stay theirs; called straight outside a judgement."""
    @functools.wraps(fn)
    def kept(claim, q, *values):
        memo = getattr(_JUDGING, "memo", None)
        if memo is None:
            return fn(claim, q, *values)
        key = (fn, id(claim), id(q), *values)
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = (claim, q, fn(claim, q, *values))
        return hit[2]
    return kept


def per_fact(fn: Callable) -> Callable:
    """``fn(fact, index)``, a list read from a fact's sentence and the list alone, read once per fact and kept with
    the index (the fact kept beside it: its id stays its own), given as a new list each time: the rules ask the same
    candidate fact's reading again for each figure of each claim (as ``writtenfigure._written_units``)."""
    @functools.wraps(fn)
    def kept(fact, index):
        memo = index.__dict__.setdefault("_per_fact", {})
        hit = memo.get((fn, id(fact)))
        if hit is None or hit[0] is not fact:
            hit = memo[(fn, id(fact))] = (fact, tuple(fn(fact, index)))
        return list(hit[1])
    return kept


def once_per_fact(fn: Callable) -> Callable:
    """``fn(fact, index)``, a value read from a fact's sentence and the list alone that nobody changes (a figure of the
    fact's own reading, None), read once per fact and kept with the index as ``per_fact`` keeps a list: the rules ask
    which figure of a candidate's sentence is its declared one again for each figure of each claim (~25,000 asks of
    26 facts on 1 MB of prose)."""
    @functools.wraps(fn)
    def kept(fact, index):
        memo = index.__dict__.setdefault("_per_fact", {})
        hit = memo.get((fn, id(fact)))
        if hit is None or hit[0] is not fact:
            hit = memo[(fn, id(fact))] = (fact, fn(fact, index))
        return hit[1]
    return kept


def asserted_figures(claim: Claim) -> list[Quantity]:
    """The figures a claim asserts: not years, not small bare numbers ("18- to 24-year-olds", "du 7 au 9
    juillet") nor a bare count in words without a word of scale ("one of them"; "a million of those kits" is
    one), and not a duration or an age beside another figure ("35,909 patients waited more than 12 hours", "le taux
    d'emploi des 15-64 ans grimpe à 71,4 %"), which defines what that figure measures."""
    memo = getattr(_JUDGING, "memo", None)
    if memo is None:
        return _asserted_figures(claim)
    hit = memo.get(id(claim))
    if hit is None:
        hit = memo[id(claim)] = (claim, _asserted_figures(claim))    # the claim kept: its id stays its own
    return list(hit[1])


def _asserted_figures(claim: Claim) -> list[Quantity]:
    figures = [q for q in claim.quantities if is_figure(q) and q.unit != "year" and not bounds_a_record(claim, q)
               and not names_a_group(claim, q) and (q.unit is not None or (written_as_figure(q)
                                            and max(abs(v) for v in (q.value, q.min, q.max, 0) if v is not None) >= 100))]
    # (and the level a change reaches from an asserted one, however small: « tombé de 164 à 41 », "from 164 to 41")
    for a, b in zip(claim.quantities, claim.quantities[1:]):
        if a in figures and b not in figures and _reached_from(claim, a, b):
            figures.insert(figures.index(a) + 1, b)
    if any(not is_duration(q.unit) for q in figures):
        figures = [q for q in figures if not is_duration(q.unit)]
    return figures


def written_as_figure(q: Quantity) -> bool:
    """Whether a figure without a noun is written as a figure: in digits, or with a word of scale ("a million of
    those doses", « plus d'un million d'entre eux »), not as a word of counting alone ("one of them", « deux »)."""
    return any(ch.isdigit() for ch in q.text) or bool(q.scale)


def _reached_from(claim: Claim, a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` is the level a change reaches from ``a`` ("from 164 to 41")."""
    return is_figure(b) and b.unit != "year" and any(ch.isdigit() for ch in b.text) \
        and from_to_start(claim.text, a.start - claim.start, a.end - claim.start)


def same_size(a: Optional[float], b: Optional[float]) -> bool:
    """Whether two figures have the same size, whatever their sign (to a relative 1e-9: "fell 4.9 %" for -4.9)."""
    return a is not None and b is not None and abs(abs(a) - abs(b)) <= 1e-9 * max(1.0, abs(b))


def size_of(q: Quantity) -> Quantity:
    """A figure without its sign: « les ventes ont reculé de 4 % » writes the size of the fall « -4,0 % » gives."""
    return replace(q, value=abs(q.value)) if q.value is not None else q


def bounds_a_record(claim: Claim, q: Quantity) -> bool:
    """Whether a duration is the stretch of time a record of the claim is counted over, inside its rank words (« le
    plus haut niveau depuis quatre ans », "its lowest in ten years"): the record's bound, which the ranking rule
    compares, not a figure of what the claim measures."""
    if not is_duration(q.unit):
        return False                   # (the rank words are found only for a duration: most figures are none)
    span = rank_span(claim.text)
    return span is not None and span[0] <= q.start - claim.start < span[1]


@per_figure
def judged_figure(claim: Claim, q: Quantity) -> bool:
    """A figure the quantity rule judges: not a year, nor the stretch of time a record is bounded by (« le plus haut
    depuis quatre ans »), nor a group of a population named by its rank (« des 10 % les plus aisés »: ``groupshare``).
    Kept per figure while a statement is judged (``per_figure``): the quantity rule and the readings of the figures
    left undecided (``scaleslip``) ask it of each figure."""
    return q.unit != "year" and (q.value is not None or q.min is not None) and is_figure(q) \
        and not bounds_a_record(claim, q) and not names_a_group(claim, q)


def is_duration(unit: Optional[str]) -> bool:
    u = units.lookup(unit)
    return u is not None and u.family == "duration"


def figure_of_part(claim: Claim, part: str) -> Optional[Quantity]:
    """The claim's figure a finding's part names (its text as written), else None."""
    return next((q for q in claim.quantities if q.text.strip() and q.text.strip() == part), None)


def fact_by_id(index: FactIndex, source_id: str, fact_id: str) -> Optional[Fact]:
    src = index.sources.get(source_id)
    return next((f for f in (src.facts if src else []) if f.id == fact_id), None)


def parties_of_ref(index: FactIndex, ref: str) -> frozenset:
    """The subject and object of the fact ``source/fact`` (empty when it names none, or is unknown)."""
    source_id, _, fact_id = ref.partition("/")
    src = index.sources.get(source_id)
    fact = next((f for f in (src.facts if src else []) if f.id == fact_id), None)
    return frozenset(p for p in (fact.subject, fact.object) if p) if fact else frozenset()


_NUMBER = compiled(r"\d+(?:[.,]\d+)?(?!\d)")


def written_numbers(text: str) -> list[tuple[int, float]]:
    """(offset, value) of each number a text writes in digits ("2,6", "976"), whatever it stands for: what the
    judge compares word for word, beside the figures the reader made of them."""
    return [(m.start(), float(m.group(0).replace(",", "."))) for m in _NUMBER.finditer(text or "")]


def counted_after(claim: Claim, q: Quantity, unit: Optional[str]) -> bool:
    """Whether a number the reader left without a unit is written right before the noun ``unit`` names ("for twelve
    years" and a fact's figure in years, « depuis douze ans » and one in « ans »): a figure in that unit."""
    after = _P_COUNTED_AFTER.match(claim.text[max(0, q.end - claim.start):]) if q.unit is None and unit else None
    if not after:
        return False
    word, theirs = after.group(1).lower(), units.lookup(unit) or units.lookup(unit + "s")    # ("year": "years")
    return stem(word) == stem(unit.lower()) or theirs is not None and units.lookup(word) == theirs


def written_ways(text: str) -> dict[float, set]:
    """number -> the ways the words right after it (its unit, up to three words, then a difference word) make it
    a difference ("4,3 points de moins" is down, "4.3 points more" up; None for a number that is no difference)."""
    from ..factread import is_difference
    out: dict[float, set] = {}
    for m in _NUMBER.finditer(text or ""):
        after = text[m.end():m.end() + 60]
        starts = [0] + [k.end() for k in _P_WRITTEN_WAYS.finditer(after)][:3]
        way = next((w for w in (is_difference(after[i:]) for i in starts) if w), None)
        out.setdefault(float(m.group(0).replace(",", ".")), set()).add(way)
    return out


def difference_disagrees(claim: Claim, fact: Fact) -> Optional[tuple[str, str]]:
    """A number the claim writes as a difference ("4,3 points de moins qu'en 2023") that the fact writes as the
    difference the other way ("4,3 points de plus"): ("other", message); ("unsaid", "") when the fact writes it
    as no difference at all (a level): the words in common confirm no direction."""
    theirs = written_ways(fact.statement)
    for v, ways in written_ways(claim.focus or claim.text).items():
        for way in ways - {None}:
            other = theirs.get(v, set())
            if other - {None} and way not in other:
                return ("other", f"wrong direction: the source says {v:g} {'less' if way == 'up' else 'more'}, "
                                 f"the article {v:g} {'more' if way == 'up' else 'less'}: {fact.statement}")
            if way not in other:
                return ("unsaid", "")
    return None


def as_stated(fact: Fact, index: FactIndex) -> Quantity:
    """A fact's declared figure as its sentence writes it: hedged (``approximate``) when the figure of its sentence
    that is the declared one carries a hedge, « en hausse d'environ 10 % », "about one third" — a source's "about X"
    is no more than X, while its plain round figure allows its rounding (``compare._bound_not_passed``); and neither
    exact nor hedged when its sentence writes it as a bound the list does not declare ("more than 10 %" declared
    exact): that bound is not the article's to fail — but one its sentence writes at its very figure is its own, and
    refutes a bound the other way ("fewer than 1,000 reefs" against "surveyed more than 1,000 reefs")."""
    fq = fact.quantity
    if fq is None or fq.value is None or fq.approximate or fq.bound in ("at-least", "at-most"):
        return fq
    near = [r for r in index.reading(fact).quantities if r.value is not None and r.min is None
            and abs(abs(r.value) - abs(fq.value)) <= 0.02 * abs(fq.value)]
    bound = _sentence_bound(fq, near)
    if bound:
        return replace(fq, bound=bound)
    hedged = fq.bound == "about" and any(r.approximate and r.bound == "about" for r in near)
    return replace(fq, approximate=True) if hedged else fq


def _sentence_bound(fq: Quantity, near: list[Quantity]) -> Optional[str]:
    """The bound a fact's sentence writes near its declared figure: its own at its very figure ("more than 1,000
    reefs" is not "fewer than 1,000"), "about" (neither exact nor hedged) near it; None when it writes none."""
    bounds = [r for r in near if r.bound in ("at-least", "at-most") and not r.approximate]
    own = [r.bound for r in bounds if abs(r.value - fq.value) <= 1e-9 * abs(fq.value)]
    return (own[0] if own else "about") if bounds else None


def declared_as_of(fact: Fact, index: FactIndex) -> str:
    """The period the source list declares for a fact ("" when it declares none and the reader found one)."""
    src = index.sources.get(fact.source)
    return str(next((f.as_of for f in (src.facts if src else []) if f.id == fact.id), None) or "")
