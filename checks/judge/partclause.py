"""A word of a figure's clause that the agreeing fact writes only of a part of its figure.

A fact may give a whole and, in a clause that opens after it, the part of it that something else is true of: « 1 240
granges ont brûlé, dont 18 % entièrement », "1,240 barns burned, of which 18 % entirely". The whole's count is not
the count of that part: a claim that writes the part's word beside the whole's figure (« 1 240 granges ont entièrement
brûlé », "1,240 barns burned entirely") gives the whole's figure to the part — another measure, given wrong. The part's
clause opens with a word of ``part_clause_openers`` (``data/lang/<code>/measures.yaml``) after a comma or a bracket,
after the fact's declared figure, gives a figure of its own and runs to the next comma, semicolon or bracket.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words as words_of
from ..terms import content_stems
from ..text import fold_same_length, spaced_alternation, words
from .clauses import window_start
from .figures import stated_figure
from ..tablestore import stored

_CLAUSE_END = re.compile(r"[,;()\[\]]|$")


@stored
def _opener(loose: bool = False) -> re.Pattern:
    """A part clause's opening words right after a comma or a bracket (``part_clause_openers``), folded text;
    ``loose``: anywhere, and the openers of listed items too (``item_openers`` of ``claims.yaml``: « notamment »,
    "mainly")."""
    listed = words_of("measures", "part_clause_openers") + (words_of("claims", "item_openers") if loose else ())
    return compiled((r"(?<!\w)(" if loose else r"[,(]\s*(") + spaced_alternation(listed) + r")(?!\w)")


def part_clauses(text: str, loose: bool = False) -> list[tuple[int, int]]:
    """The spans of the part clauses of a text (folded the same length: offsets are the text's); ``loose``: read
    as the claim's own, however they open (``_opener``)."""
    folded = fold_same_length(text)
    out = []
    for m in _opener(loose).finditer(folded):
        end = _CLAUSE_END.search(folded, m.end())
        out.append((m.start(1), end.start() if end else len(text)))
    return out


def said_of_a_part(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the claim's word, the fact with the part's figure) when a word of the figure's clause (not a name, not in a
    part clause of the claim's own) is one the agreeing fact writes only in a part clause that follows its declared
    figure and gives a figure of its own; None otherwise."""
    text = fact.statement or ""
    figures = sorted((o for o in index.reading(fact).quantities if o.start >= 0 and o.value is not None),
                     key=lambda o: o.start)
    own = stated_figure(fact, index)
    if own is None:
        return None
    parts = [(a, b) for a, b in part_clauses(text) if a >= own.end
             and any(a <= o.start < b for o in figures if o is not own)]
    if not parts:
        return None
    word = _word_of_the_part(window, text, parts)
    if word is None or _names_the_whole(claim, q, window, text, parts):
        return None
    return word, replace(fact, quantity=next(o for a, b in parts for o in figures if a <= o.start < b))


def _word_of_the_part(window: str, text: str, parts: list[tuple[int, int]]) -> Optional[str]:
    """The first word of the figure's clause (not a name, a number, nor in a part clause of its own) that the
    fact's sentence ``text`` writes only in its part clauses ``parts``."""
    inside = {s for a, b in parts for s in content_stems(text[a:b])}
    outside = set(content_stems(_blanked(text, parts)))
    for w, _, _ in words(_blanked(window, part_clauses(window, loose=True))):
        stems = set(content_stems(w))
        if stems and not w[:1].isupper() and not any(ch.isdigit() for ch in w) and stems <= inside \
                and not stems & outside:
            return w
    return None


def _names_the_whole(claim: Claim, q: Quantity, window: str, text: str, parts: list[tuple[int, int]]) -> bool:
    """Whether the words right before the claim's figure, what it measures ("a total dividend of DKK 11.40"), name a
    word the fact writes only outside its part clauses ("The total dividend … is DKK 11.40, including a proposed
    final dividend of DKK 7.90"): the claim gives the whole its figure, whatever other word of its clause (a verb,
    "proposed") the part's clause writes too."""
    before = window[:max(0, q.start - claim.start - window_start(claim, q))]
    lead = [s for w, _, _ in words(before) if not w[:1].isupper() for s in content_stems(w)][-2:]
    inside = {s for a, b in parts for s in content_stems(text[a:b])}
    return bool(set(lead) & (set(content_stems(_blanked(text, parts))) - inside))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
