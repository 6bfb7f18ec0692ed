"""The part each small number of a breakdown is given to, against the fact that writes the same numbers.

A total is often split in its parts, each a bare number with the words of its part right after it: « 30 navettes,
dont 18 vers Orval et 12 vers Estrie », "9 wins, 6 at home and 3 away". The words the claim and the fact have in
common then confirm nothing about which number goes with which part: « dont 12 vers Orval et 18 vers Estrie » writes
the same numbers and the same parts, swapped. A number of the claim whose part the fact writes after another number,
while the fact gives the claim's number to another part, is contradicted (``parts_swapped``).
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from .findings import Finding
from ..resources import compiled
from ..terms import content_stems
from .place import clause_break

MAX_PART_WORDS = 4      # the content words of a part's phrase (« à l'armée de l'Air »): a longer tail is a clause

_COUNT = compiled(r"(?<![\d.,])\d+(?![\d.,]?\d)(?!\s*%)")     # (a whole number: no share, no decimal)


def number_parts(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, frozenset[str]]]:
    """(value, the content stems of its part) for each whole number a text writes in digits (no share, no
    decimal): the words right after it up to the next number or the first clause break (``place.clause_break``: a
    comma, « et », "and"), one to ``MAX_PART_WORDS`` content words; a number inside a span of ``skip`` (a date) left
    out, and one no words follow."""
    found = [m for m in _COUNT.finditer(text or "") if not any(a <= m.start() < b for a, b in skip)]
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        brk = clause_break().search(text, m.end(), end)
        stems = frozenset(content_stems(text[m.end():brk.start() if brk else end]))
        if stems and len(stems) <= MAX_PART_WORDS:
            out.append((int(m.group(0)), stems))
    return out


def parts_swapped(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A number of the claim given to a part (« 12 vers Orval ») that the fact gives to another part (« 12 vers
    Estrie »), while the fact writes the claim's part, in the same words, after another number (« 18 vers Orval »):
    the message of a wrong part; None otherwise (each part with its own number, or a part the fact does not write).
    The dates of either sentence are no numbers of a breakdown."""
    dates = tuple((d.start - claim.start, d.end - claim.start) for d in claim.dates if d.start >= claim.start)
    theirs = number_parts(fact.statement or "", tuple((d.start, d.end) for d in index.reading(fact).dates
                                                      if d.start >= 0))
    for value, part in number_parts(claim.text, dates):
        given = [p for v, p in theirs if v == value]
        if not given or any(p & part for p in given):
            continue
        other = next((v for v, p in theirs if v != value and p == part), None)
        if other is not None:
            return (f"wrong part: the source gives {value} to another part and {other} to the "
                    f"claim's: {fact.statement}")
    return None


def part_elsewhere(claim: Claim, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact that gives a number of the claim's breakdown to another part
    (``parts_swapped``): the claim is contradicted (rule ``region``)."""
    if f.relation != "supports" or not f.rule.startswith("quantity"):
        return None
    wrong = parts_swapped(claim, f.fact, index)
    return Finding("contradicts", "region", f.fact, wrong) if wrong else None
