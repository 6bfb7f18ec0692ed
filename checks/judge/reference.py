"""What a figure is measured against, when a comparison follows it ("1.4 °C warmer than the late-19th-century level",
"0.9 °C above its 1961-1990 average", « 1,2 °C au-dessus de la moyenne 1991-2020 »): a fact measured against a
span of years the claim's own reference does not name, and sharing no word with it, measures something else
(``reference_ok``). Words: ``reference_words`` of ``data/lang/<code>/measures.yaml``. And the dates that belong to
the other side of a comparison rather than to the figure (``periods.quantity_year`` leaves them out): inside what it
is compared with after "than" (``in_compared_side``), after a later figure it is compared with
(``of_compared_figure``), after the level a change is measured from ("up 4.2 % on the 11.5p paid for 2022":
``of_change_base``).
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_pattern, words
from ..slots import comparison_sides
from ..terms import content_stems
from ..text import fold, fold_same_length, literal_trie
from .figures import stated_figure
from ..tablestore import stored

_P_REFERENCE_AFTER = compiled(r"[,;.:()]")

# how many words may stand between a figure and the comparison word ("1.4 °C warmer than")
REACH_WORDS = 2
SPAN = compiled(r"\b(1[89]\d\d|20\d\d)\s*[-–/]\s*(1[89]\d\d|20\d\d)\b")


@stored
def _words() -> re.Pattern:
    forms = {fold_same_length(w) for w in words("measures", "reference_words")}
    return compiled(r"^\s*(?:[^\W\d_]+\s+){0,%d}?(?:%s)(?!\w)" % (REACH_WORDS, literal_trie(forms)))


def reference_after(text: str, end: int) -> Optional[str]:
    """The words a figure ending at ``end`` is compared with, to the end of its clause; None without a comparison."""
    m = _words().match(fold_same_length(text[end:]))
    if m is None:
        return None
    return _P_REFERENCE_AFTER.split(text[end + m.end():])[0].strip() or None


def reference_ok(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """False when the fact's figure is measured against a span of years ("its 1951-1980 baseline") and the claim's
    against something else that names no such span and shares no word with it ("pre-industrial times")."""
    mine = reference_after(claim.text, q.end - claim.start) if q.end > claim.start else None
    stated = stated_figure(fact, index) if mine else None
    theirs = reference_after(fact.statement or "", stated.end) if stated is not None else None
    if not theirs or not SPAN.search(theirs) or SPAN.search(mine):
        return True
    return bool(set(content_stems(SPAN.sub(" ", mine))) & set(content_stems(SPAN.sub(" ", theirs))))


def of_its_reference(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The facts measured against what the claim's figure is (``reference_ok``)."""
    return [c for c in cands if reference_ok(claim, q, c.fact, index)]


def in_compared_side(text: str, qs: int, ds: int) -> bool:
    """Whether a date at ``ds`` is inside the other side of a comparison that a figure at ``qs`` stands before, a noun
    phrase opened by a determiner after "than" (« que »): "3.5 million more … than the whole number of cars sold in
    2020" dates what the figure is compared with, not the figure ("than expected in 2024", « qu'en 2023 » still do)."""
    sides = comparison_sides(text) if qs < ds else None
    if sides is None:
        return False
    than = len(text) - len(sides[3])
    if not qs < than <= ds:
        return False
    opening = fold(text[than:ds]).split()[:1]
    return bool(opening) and opening[0] in _determiners()


def of_compared_figure(claim: Claim, q: Quantity, at: int) -> bool:
    """Whether a date at ``at`` follows a later figure the figure ``q`` is compared with ("a gap of €3.1 billion
    compares with a shortfall of €1.9 billion in 2021": 2021 is the shortfall's year; ``compared_figure_openers``)."""
    return _after_a_later_figure(claim, q, at, word_pattern("measures", r"(?<!\w)(?:{+compared_figure_openers})(?!\w)"))


def of_change_base(claim: Claim, q: Quantity, at: int) -> bool:
    """Whether a date at ``at`` follows the level a change ``q`` is measured from, written right after the change
    with a preposition of its start ("up 4.2 % on the 11.5p paid for 2022", « en hausse de 3 % sur les 2,1 M€ de
    2022 »): the date is that level's year, and the change is of the year spoken of (``change_base_openers``)."""
    return _after_a_later_figure(claim, q, at,
                                 word_pattern("measures", r"(?<!\w)(?:{+change_base_openers})\s+(?:\S+\s+)?$"))


def _after_a_later_figure(claim: Claim, q: Quantity, at: int, opener: re.Pattern) -> bool:
    """Whether a date at ``at`` follows a figure of the claim after ``q`` (not a year, not a bare number) that the
    words between the two, folded, open as ``opener`` finds."""
    return any(q.end <= o.start and o.end <= at and o.unit not in ("year", None) and o is not q
               and opener.search(fold(claim.text[q.end - claim.start:o.start - claim.start]))
               for o in claim.quantities)


def _determiners() -> frozenset[str]:
    return frozenset(fold(w) for w in words("claims", "antecedent_determiners"))
