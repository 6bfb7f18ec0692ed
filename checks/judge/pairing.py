"""Each figure of a sentence paired with the party written right before it ("Velmor reported 41,250 cases and
Ostria 38,120"): a figure a fact confirms beside another party, while the claim's party has another figure of that
sentence, is the other party's (rule ``region``, called from ``place.of_its_own_place``)."""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from .findings import Finding
from .place import gap, keyed, place_name, place_patterns, same_size, written_as


def own_names(text: str, spans: list[tuple[int, int]], key=lambda name: name) -> list[Optional[str]]:
    """The party each figure of a sentence (``spans``, in order) is written right after: a name, then at most two
    lower-case words that coordinate nothing ("Velmor reported 412 cases and Ostria 388": Velmor, Ostria); None when
    no name stands so (a comma, "and" or a longer phrase between: "£38m for Harwick Water" names its party after)."""
    out = []
    for i, (s, _) in enumerate(spans):
        stretch = text[spans[i - 1][1] if i else 0:s]
        names = [n for m in place_patterns()["name"].finditer(stretch)
                 if gap().fullmatch(stretch, m.end()) and (n := place_name(m.group(0)))]
        out.append(key(names[-1]) if names else None)
    return _completed(text, spans, out, key)


def _completed(text: str, spans: list[tuple[int, int]], out: list[Optional[str]], key) -> list[Optional[str]]:
    """``own_names`` completed for a sentence of two figures that ties them to two parties of the list, one written
    right before its figure and the other before the figure with none ("The Velmor bank bought 90 tonnes, ahead of
    the Ostria bank with 75 tonnes": 90 is Velmor's): the figure with none is the other party's, when that party is
    the last one written before it and the sentence names no third."""
    if len(spans) != 2 or out.count(None) != 1:
        return out
    at = out.index(None)
    named = [(m.start(), k) for m in place_patterns()["name"].finditer(text)
             if (n := place_name(m.group(0))) and (k := key(n)).startswith("e:")]
    parties = {k for _, k in named}
    before = [k for s, k in named if s < spans[at][0]]
    if len(parties) != 2 or out[1 - at] not in parties or not before or before[-1] == out[1 - at]:
        return out
    return [before[-1] if i == at else k for i, k in enumerate(out)]


def paired_elsewhere(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a figure of a fact's sentence written next to another party, while the party the claim
    writes next to its figure is, in that sentence, next to another figure of the unit, which disagrees ("Ostria
    reported about 412 cases" against "Velmor reported 412 cases and Ostria 388"): the figures are paired with the
    wrong parties. Nothing when the claim writes no name next to its figure, or the sentence none next to the other."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    mine = _claim_own_name(claim, q, index)
    if mine is None:
        return None
    paired = _fact_own_names(q, f.fact, index)
    agree = [p for fq, p in paired if same_size(q, fq) == "supports"]
    if mine in agree or not any(p is not None for p in agree):
        return None
    other = next((fq for fq, p in paired if p == mine and same_size(q, fq) == "contradicts"), None)
    if other is None:
        return None
    where = written_as(f.fact.statement, mine, keyed(index))
    return Finding("contradicts", "region", f.fact, f"wrong party: for {where} the source gives {other.text.strip()!r}, "
                                                    f"not {q.text.strip()!r}: {f.fact.statement}")


def _claim_own_name(claim: Claim, q: Quantity, index: FactIndex) -> Optional[str]:
    """The party the claim writes right before its figure ``q`` (``own_names``), or None."""
    qs = sorted((x for x in claim.quantities if x.start >= claim.start and x.unit != "year"), key=lambda x: x.start)
    at = next((i for i, x in enumerate(qs) if x is q), None)
    if at is None:
        return None
    return own_names(claim.text, [(x.start - claim.start, x.end - claim.start) for x in qs], keyed(index))[at]


def _fact_own_names(q: Quantity, fact: Fact, index: FactIndex) -> list[tuple[Quantity, Optional[str]]]:
    """The figures of a fact's sentence in ``q``'s kind of unit (or bare), each with the party right before it."""
    fqs = sorted((x for x in index.reading(fact).quantities if x.start >= 0 and x.unit != "year"
                  and (None in (x.unit, q.unit) or unit_class(x.unit) == unit_class(q.unit))), key=lambda x: x.start)
    return list(zip(fqs, own_names(fact.statement or "", [(x.start, x.end) for x in fqs], keyed(index))))
