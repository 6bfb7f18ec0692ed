"""A first place that another party's figure takes: "Norvale opened more libraries than any other region, 12"
against "Esterby opened 19 libraries" of the same year — the claim ranks first a figure that
another party's fact beats, in the same unit (or the noun the claim ranks), at the same date.

The end of the ranking a claim names (the top: "most", "more … than any other", « le plus élevé »; the bottom:
"fewest", « le plus bas ») comes from ``rank_top``/``rank_bottom`` of ``data/lang/<code>/slots.yaml``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..figurewords import names_a_baseline
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, lexicon, word_pattern
from ..recordscope import names_a_record, record_scope
from ..slots import rank_of, rank_span
from ..terms import LANGS, content_stems
from ..text import fold, longest_first
from .figures import fact_parties, stated_figure
from .topicality import is_topical
from .findings import same_size
from ..tablestore import stored


@stored
def _ends() -> Optional[tuple[re.Pattern, frozenset]]:
    raws = [lexicon(lang, "slots") for lang in LANGS]
    top = {fold(str(w)) for raw in raws for w in (raw.get("rank_top") or [])}
    bottom = {fold(str(w)) for raw in raws for w in (raw.get("rank_bottom") or [])}
    if not top | bottom:
        return None
    alt = "|".join(re.escape(f) for f in sorted(top | bottom, key=longest_first))
    return compiled(rf"(?<!\w)(?:{alt})(?!\w)"), frozenset(bottom)


def ranks_top(ranked: str) -> Optional[bool]:
    """Whether the first ranking word of ``ranked`` names the top of a ranking (the highest figure: "most", "more
    … than any other", « le plus élevé ») or the bottom ("fewest", « le plus bas »); None when unsaid ("the
    worst", "a record")."""
    ends = _ends()
    m = ends and ends[0].search(fold(ranked)[:40])
    return None if not m else m.group(0) not in ends[1]


def ranked_figure(claim: Claim, span: tuple[int, int]) -> Optional[Quantity]:
    """The claim's figure nearest to its rank words (within the clause before or the one after)."""
    qs = [q for q in claim.quantities if q.value is not None and q.start >= 0 and q.unit != "year"]
    def gap(q: Quantity) -> int:
        a, b = q.start - claim.start, q.end - claim.start
        return max(span[0] - b, a - span[1], 0)
    return min(qs, key=gap, default=None)


def _source_rank(fact: Fact) -> set:
    """The words with which the confirming fact ranks its party first itself (empty when it does not)."""
    span = rank_span(fact.statement) if rank_of(fact.statement) == 1 else None
    return set(content_stems(fact.statement[span[0]:span[1]])) if span else set()


def outranked(claim: Claim, fact: Fact, cands, index: FactIndex) -> Optional[tuple[Fact, str]]:
    """Another party's fact of the confirming fact's date whose figure, in the unit of the claim's ranked figure
    (or the noun it ranks), beats the figure the claim ranks first; with the words that rank."""
    text = claim.focus or claim.text
    span = rank_span(text)
    if span is None or rank_of(text) != 1:
        return None
    ranked = claim.text[span[0]:span[1]]
    top, q = ranks_top(ranked), ranked_figure(claim, span)
    own = {m.entity for m in claim.mentions} - {claim.attributed_to, claim.authored_by, claim.commissioned_by, None}
    if top is None or q is None or not own:
        return None
    stems, source_rank = set(content_stems(ranked)), _source_rank(fact)
    names = {w for m in claim.mentions for w in content_stems(m.text)}
    said = set(content_stems(claim.text[:span[1]])) - names - set(content_stems(q.unit or ""))
    for g in _pool(fact, cands, index):
        if g is not fact and _beats(g, fact, q, top, index, own) and _same_thing(g, q, stems, source_rank, index) \
                and said & set(content_stems(around_figure(g, index))):
            return g, ranked
    return None


def _pool(fact: Fact, cands, index: FactIndex) -> list[Fact]:
    """The facts that may rank the claim's party: the confirming fact's source's, then the topical candidates."""
    src = index.sources.get(fact.source)
    return (src.facts if src else []) + [c.fact for c in cands if isinstance(c, Candidate) and is_topical(c)]


def around_figure(fact: Fact, index: FactIndex) -> str:
    """The words of a fact's sentence between the figures next to its declared one: what that figure counts
    ("Norvale opened 12 libraries in 2025, reaching 240": "reaching", not "opened", says what 240 is)."""
    text, fq = fact.statement or "", fact.quantity
    figures = sorted((o.start, o.end, o.value) for o in index.reading(fact).quantities if o.start >= 0)
    own = next((i for i, (_, _, v) in enumerate(figures) if same_size(v, fq.value)), None)
    if own is None:
        return text
    return text[figures[own - 1][1] if own else 0:figures[own + 1][0] if own + 1 < len(figures) else len(text)]


def _beats(g: Fact, fact: Fact, q: Quantity, top: bool, index: FactIndex, own: set) -> bool:
    """Whether ``g``, a fact of another party at the confirming fact's date, gives a figure beyond ``q``."""
    gq, parties = g.quantity, fact_parties(g, index)
    if gq is None or gq.value is None or not parties or parties & own or str(g.as_of or "") != str(fact.as_of or ""):
        return False
    mine, theirs = q.value, gq.value
    if mine * theirs < 0:
        return False                  # a rise and a fall: not one ranking
    mine, theirs = abs(mine), abs(theirs)
    return theirs > mine * 1.0001 if top else theirs < mine * 0.9999


def _same_thing(g: Fact, q: Quantity, stems: set, source_rank: set, index: FactIndex) -> bool:
    """Whether ``g`` counts what the claim ranks: the figure's unit, or for a bare figure the noun the claim ranks
    (the fact's unit or the noun its sentence writes after its figure, « 8,7 millions de visiteurs »);
    a source that ranks the party first itself is trusted, unless it ranks another thing than that noun."""
    unit, stated = g.quantity.unit, stated_figure(g, index)
    named = set(content_stems(f"{unit or ''} {stated.unit if stated is not None and stated.unit else ''}")) & stems
    if not unit or not (unit == q.unit or named or set(content_stems(q.unit or "")) & set(content_stems(
            stated.unit if stated is not None and stated.unit else "-"))):
        return False
    return not source_rank or bool(named and not named & source_rank)


def ranked_by_its_figures(claim: Claim, fact: Fact, part: str, index: FactIndex) -> bool:
    """Whether the confirming fact's own figures give the claim's first place: the claim ranks first (the top or the
    bottom, not a record of some time) the figure the fact confirmed (``part``), and the fact's sentence lists it
    with at least two more figures in its unit, none of them a starting level, beyond all of which it stands
    ("Velmor faced the largest share, £96m" against "£96m for Velmor, £41m for Ostby and £13m for Carran")."""
    ranked = _first_place(claim, part)
    if ranked is None:
        return False
    q, top = ranked
    own = [fq for fq in index.reading(fact).quantities if fq.start >= 0 and fq.value is not None and fq.unit == q.unit]
    if len(own) < 3 or any(names_a_baseline(fact.statement[:fq.start]) for fq in own):
        return False
    others = [fq.value for fq in own if not same_size(fq.value, q.value)]
    return len(others) == len(own) - 1 and all((q.value > v) if top else (q.value < v) for v in others)


def _first_place(claim: Claim, part: str) -> Optional[tuple[Quantity, bool]]:
    """The figure a claim ranks first, when it is ``part``, and whether at the top: None for another rank, a record
    ("a record £96m"), or a rank over some time ("the largest ever", « depuis 2019 », « jamais infligée »)."""
    text = claim.focus or claim.text
    span = rank_span(text)
    if span is None or rank_of(text) != 1:
        return None
    ranked = text[span[0]:span[1]]
    top, q = ranks_top(ranked), ranked_figure(claim, span)
    if top is None or q is None or q.value is None or q.text.strip() != part or names_a_record(ranked) \
            or record_scope(text) or word_pattern("slots", r"(?<!\w)(?:{rank_over_time})(?!\w)").search(fold(text[span[0]:])):
        return None
    return q, top
