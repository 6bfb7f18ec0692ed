"""Rule ``comparison``: a claim that one thing is more or less than another, without a figure of its own,
against a fact whose sentence gives a figure for each of the two.

- supported: "The northern line carried more passengers than the southern line" / « La ligne nord a transporté
  plus de voyageurs que la ligne sud » against "The northern line carried 41 million passengers and the southern
  line 29 million".
- contradicted: "The southern line carried more passengers than the northern line" / « La ligne sud a transporté
  plus de voyageurs que la ligne nord » against the same fact.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...compare import compare_quantity, fmt_quantity
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Fact, Quantity
from ...slots import comparison_sides, figure_comparison
from ...terms import LANGS, concepts_in, content_stems, stem
from ...resources import compiled, lexicon, word_pattern, words as words_of
from ...tablestore import stored
from ...text import fold, words
from ..scaleslip import may_hold
from ..topicality import is_topical, substantive
from ..findings import Finding, asserted_figures

_P_PHRASE_COMPARISON = compiled(r"[,;:()\u2014\u2013]|\.(?!\d)| - ")
_P_PHRASE_COMPARISON_2 = compiled(r"\d")

RULE_ID = "comparison"


def _nearest_figure(own: set[str], fact: Fact, index: FactIndex) -> Optional[Quantity]:
    """The figure of the fact's sentence nearest to a word that names this side ("12 in the Palisades fire")."""
    text = fact.statement or ""
    qs = [q for q in index.reading(fact).quantities if q.value is not None and q.start >= 0]
    spots = [(a, b) for w, a, b in words(text) if stem(fold(w)) in own]
    if not qs or not spots:
        return None
    gap = lambda q, a, b: max(q.start - b, a - q.end, 0)
    return min(qs, key=lambda q: min(gap(q, a, b) for a, b in spots))


def _pair(only_a: set[str], only_b: set[str], fact: Fact, index: FactIndex) -> Optional[tuple[Quantity, Quantity]]:
    """The fact's figure for each side, two different figures of the same kind of unit."""
    qa, qb = _nearest_figure(only_a, fact, index), _nearest_figure(only_b, fact, index)
    if qa is None or qb is None or qa is qb:
        return None
    ua, ub = unit_class(qa.unit), unit_class(qb.unit)
    if ua and ub and ua != ub:
        return None               # (a unit said once serves both: "41 million passengers … and 29 million")
    return qa, qb


def _named_sides(left: str, right: str) -> tuple[set[str], set[str]]:
    """What names each side and not the other. The other side is a noun phrase ("the Eaton fire"); this side's
    is the first as many words of its clause ("The Palisades fire", not "claimed")."""
    b = content_stems(right)
    a = content_stems(left)[:len(b)]
    return set(a) - set(b), set(b) - set(a)


def _measures(measure: str, fact: Fact) -> bool:
    """Whether the fact speaks of what the claim compares (a word or a concept in common), when it says what."""
    stems = set(content_stems(measure))
    if not stems:
        return True
    statement = fact.statement or ""
    return bool(stems & set(content_stems(statement))) or bool(set(concepts_in(measure)) & set(concepts_in(statement)))


# complexity: the reading of the comparison, then one filter over the candidates; each test a line
def rule_comparison(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """"A … more … than B" against a fact that gives a figure for A and one for B, of the same unit."""
    if claim.negated:
        return []
    if asserted_figures(claim):
        # (only a fact with a figure, about the claim, gives the other side, ``_gives_other_side``: with none, the
        # comparison is not read — an exact short cut, 4,821 of 6,612 claims with a figure on 1 MB of prose)
        return (_figure_against_other(claim, cands, index, found) if may_hold(cands) else []) or _said_by_its_fact(claim, found)
    if not any(is_topical(c) for c in cands):
        return []                      # (without a figure only a topical fact decides: its sides are not read)
    read = comparison_sides(claim.focus or claim.text)
    if read is None:
        return []
    way, left, measure, right = read
    only_a, only_b = _named_sides(left, right)
    if not only_a or not only_b:
        return []
    for c in cands:
        if not is_topical(c) or not substantive(c):
            continue
        if not _measures(measure, c.fact):
            continue                  # "more homes than" is not decided by the number of deaths
        pair = _pair(only_a, only_b, c.fact, index)
        if pair is None or pair[0].value == pair[1].value:
            continue
        qa, qb = pair
        holds = qa.value > qb.value if way == "more" else qa.value < qb.value
        said = (f"the source gives {fmt_quantity(qa)} for {left.strip()!r} and {fmt_quantity(qb)} for "
                f"{right.strip()!r}: {c.fact.statement}")
        return [Finding("supports" if holds else "contradicts", RULE_ID, c.fact,
                        said if holds else f"wrong comparison: {said}")]
    return []


def compared_part(claim: Claim) -> str:
    """The words of a figure's comparison with something named ("more than the HEFC grant"), or ""."""
    read = _compared(claim)
    return claim.text[read[2]:read[3]] if read else ""


def _compared(claim: Claim) -> Optional[tuple[Quantity, str, int, int, str]]:
    """(the figure, "more" or "less", the comparison's start and end in the claim, the other side) when a figure
    of the claim's clause is compared with something named: "brought in £168 million last year, more than the
    HEFC grant" — not "£1 billion more than a year earlier" (the figure is the difference), nor a comparison in
    another clause ("50 TWh, and in 2022 it imported more than it exported")."""
    figures = asserted_figures(claim)
    read = (figure_comparison(claim.focus or claim.text) or _phrase_comparison(claim.focus or claim.text)) \
        if figures else None
    if read is None:
        return None
    way, start, end, other = read
    before = [q for q in figures if q.end - claim.start <= start and q.value is not None]
    if not before:
        return None
    q = before[-1]
    between = claim.text[q.end - claim.start:start]
    if not between.strip() or len(between.split()) > 6 or _joined(between):
        return None
    return q, way, start, end, other


@functools.lru_cache(maxsize=16384)
def _phrase_comparison(text: str) -> Optional[tuple[str, int, int, str]]:
    """A figure compared by a word of its own with another period's count: "…, still short of its 2023 case count",
    « …, en deçà de son niveau de 2023 » (``comparison_more``/``comparison_less`` of ``claims.yaml``, not the
    comparatives ``figure_comparison`` reads) → ("more" or "less", start and end of the comparison, the other side);
    None when the other side names no year, writes another figure, or names nothing else."""
    for way in ("more", "less"):
        for m in _phrase_pattern(way).finditer(text):
            other = _P_PHRASE_COMPARISON.split(text[m.end():], maxsplit=1)[0]
            bare = _YEAR.sub(" ", other)
            if fold(m.group(0).split()[0]) in _comparatives() or not _YEAR.search(other) or _P_PHRASE_COMPARISON_2.search(bare) \
                    or not content_stems(bare):
                continue              # (a comparative "figure_comparison" reads; no period named; another figure)
            return way, m.start(), m.end() + len(other.rstrip()), other.strip()
    return None


_YEAR = compiled(r"(?<![\d,.])(?:19|20)\d\d(?![\d]|[,.]\d)")


@stored
def _phrase_pattern(way: str) -> re.Pattern:
    return word_pattern("claims", r"(?<!\w)(?:{+comparison_" + way + r"})(?!\w)", re.IGNORECASE)


@stored
def _comparatives() -> frozenset[str]:
    """The comparatives ``figure_comparison`` reads with their "than" or « à » (``comparatives``, ``comparatives_to``)."""
    out = set()
    for lang in LANGS:
        raw = lexicon(lang, "claims")
        for key in ("comparatives", "comparatives_to"):
            out |= {fold(w) for way in ("more", "less") for w in (raw.get(key) or {}).get(way) or []}
    return frozenset(out)


def _joined(between: str) -> bool:
    """A clause break ("and", « et », "while") between the figure and the comparison."""
    padded = f" {fold(between).replace(',', ' ')} "
    return any(f" {fold(w)} " in padded for w in words_of("slots", "figure_clause_breaks"))


def _figure_against_other(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """"£168 million, more than the HEFC grant": the figure against the facts that give the other side's own
    figure in the same unit (all of them must agree on which is larger, else nothing is decided); a fact that
    confirms a figure of the claim is the claim's own side, not the other."""
    read = _compared(claim)
    if read is None:
        return []
    q, way, start, end, other = read
    side = set(content_stems(other))
    own = {id(f.fact) for f in found if f.relation == "supports" and f.rule.startswith("quantity")}
    outcomes = []
    mine = [x for x in asserted_figures(claim) if x is not q and x.value is not None]
    for c in (c for c in cands if id(c.fact) not in own and _gives_other_side(q, side, c)
              and not any(compare_quantity(x, c.fact.quantity)[0] == "supports" for x in mine)):
        fq = c.fact.quantity
        outcomes.append((abs(q.value) > abs(fq.value) if way == "more" else abs(q.value) < abs(fq.value), c))
    if not outcomes or len({h for h, _ in outcomes}) > 1:
        return []
    holds, c = outcomes[0]
    said = (f"the article's {fmt_quantity(q)} against {fmt_quantity(c.fact.quantity)} for {other!r} in the source: "
            f"{c.fact.statement}")
    return [Finding("supports" if holds else "contradicts", RULE_ID, c.fact, said if holds else f"wrong comparison: {said}",
                    part=claim.text[start:end])]


def _gives_other_side(q: Quantity, side: set[str], c: Candidate) -> bool:
    """A fact that names every word of the other side and gives a figure in the claim's unit, clearly apart from
    the claim's (the fact of the claim's own figure is not the other side)."""
    fq = c.fact.quantity
    if fq is None or fq.value is None or unit_class(fq.unit) != unit_class(q.unit) or not substantive(c):
        return False
    if not side <= set(content_stems(c.fact.statement or "")) or compare_quantity(q, fq)[0] == "supports":
        return False
    return abs(abs(q.value) - abs(fq.value)) > 0.01 * abs(fq.value)


def _same_side(other: str, after: str) -> bool:
    """Whether the words after a source's word of comparison, before a figure or a clause break, name the claim's
    other side: every content word of it; or, when it names a period, that year and a content word of it ("its
    2023 case count" against "its case total for 2023")."""
    said = _SIDE_END.split(after, maxsplit=1)[0]
    years, theirs = set(_YEAR.findall(other)), _YEAR.findall(said)
    mine, stems = set(content_stems(_YEAR.sub(" ", other))), set(content_stems(_YEAR.sub(" ", said)))
    if not years:
        return bool(mine) and mine <= stems
    return years <= set(theirs) and bool(mine & stems)


# where a source's other side ends: a clause break, or a figure that is no year
_SIDE_END = compiled(r"[,;:()]|\.(?!\d)|(?<![\d,.])(?!(?:19|20)\d\d(?![\d]|[,.]\d))\d")


def _said_by_its_fact(claim: Claim, found: tuple) -> list[Finding]:
    """"801 tonnes, more than the grain harvest" against the fact that confirms the figure when its own sentence makes
    the comparison with the same other side ("took in 801 tonnes, exceeding the grain harvest"): a word of comparison
    (``comparison_more``/``comparison_less`` of ``claims.yaml``) followed, before a figure or a clause break, by every
    content word of the other side — of the claim's way, confirmed; of the other way, contradicted."""
    read = _compared(claim)
    if read is None:
        return []
    q, way, start, end, other = read
    side = set(content_stems(other))
    if content_stems(claim.text[end:]):
        return []                      # (a clause after it, "…, and it also outsold …", may assert what no part holds)
    for f in found:
        if not side or f.relation != "supports" or not f.rule.startswith("quantity") or f.part != q.text.strip():
            continue
        text = f.fact.statement or ""
        for said in ("more", "less"):
            if any(_same_side(other, text[m.end():]) for m in _phrase_pattern(said).finditer(text)):
                holds = said == way
                why = f"{claim.text[start:end]!r}, {'as' if holds else 'but'} the source's sentence compares them: {text}"
                return [Finding("supports" if holds else "contradicts", RULE_ID, f.fact,
                                why if holds else f"wrong comparison: {why}", part=claim.text[start:end])]
    return []
