"""The clause of a claim that a figure stands in (``figure_window``, ``window_start``, ``clause_around``) and the
sense of the figure there (``figure_sense``: a change, a share or a level); ``checks/judge/figures.py`` and
``checks/judge/periods.py`` read a figure through them. Also whether two figures of a claim are said of different
things (``another_subject``) and whether a figure is a starting level or a difference (``relative_figure``).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import Optional

from ..detect.clauses import clause_incises
from ..detect.figures import difference_before
from ..compare import compare_quantity
from ..factread import direction_of, from_to_start, is_change_size, is_difference
from ..figurewords import is_baseline
from ..lostcount import gained_figure, lost_figure
from ..match import unit_class
from ..model import Claim, Quantity
from ..numbers.tables import tables_for
from ..resources import LANGS, compiled, lexicon, word_pattern
from ..terms import concepts_in, content_stems
from ..text import fold, fold_same_length
from .findings import per_figure
from ..tablestore import stored


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/*.yaml``, built once."""
    return {
        "clause_break": word_pattern("slots", r"[,;:()]|\s[-—–]\s|\s(?:{figure_clause_breaks})\s"),
        "share_of": word_pattern("measures", r"^\W{0,3}(?:\w+\W+){0,2}?({share_of_words})\b"),
    }


def window_start(claim: Claim, q: Quantity) -> int:
    text = claim.focus or claim.text
    return _break_before(text, q.start - claim.start)


def _break_before(text: str, s: int) -> int:
    """Where the last clause break that ends at or before ``s`` ends (0 if none). The breaks of a text are found
    once (the judge asks for the clause of each figure against each candidate fact); no break can be cut by ``s``
    into a shorter one, so these are the breaks a search of ``text[:s]`` finds."""
    ends = _break_ends(text)
    i = bisect.bisect_right(ends, s)
    return ends[i - 1] if i else 0


def clause_ends(text: str) -> tuple[int, ...]:
    """Where each clause break of ``text`` ends, in order."""
    return _break_ends(text)


@functools.lru_cache(maxsize=16384)
def _break_ends(text: str) -> tuple[int, ...]:
    # (the commas of a short incise after an auxiliary end no clause: « ont, eux, causé 87 blessés graves »; nor do
    # the brackets of a short label with no figure: "operating profit (ebit) to grow by 4 %")
    # (nor those of a short incise after what the clause speaks of: « Le résultat, lui, chute de 28 % »)
    kept = {c for pair in clause_incises(fold_same_length(text)) for c in pair} | set(label_brackets(text))
    return tuple(m.end() for m in _patterns()["clause_break"].finditer(text) if m.start() not in kept)


def label_brackets(text: str) -> list[int]:
    """Where the brackets of a short label open and close (three words at most, no figure, no punctuation inside:
    "operating profit (ebit)", « le résultat (Ebitda) »): the label names what stands before it, within its clause."""
    return [i for m in _LABEL.finditer(text) if len(m.group(1).split()) <= 3 for i in (m.start(), m.end() - 1)]


_LABEL = compiled(r"\(([^()\d,;:.!?%]{1,30})\)")


@per_figure
def figure_window(claim: Claim, q: Quantity) -> str:
    """The clause of the claim around a quantity: between the breaks (commas, "and", dashes) nearest to it."""
    return clause_around(claim.focus or claim.text, q.start - claim.start, q.end - claim.start)


def clause_around(text: str, s: int, e: int) -> str:
    """The clause of ``text`` around the span ``s:e``, between the nearest breaks."""
    left = _break_before(text, s)
    nxt = _patterns()["clause_break"].search(text, e)
    right = nxt.start() if nxt else len(text)
    return text[left:right]


def item_before(text: str, s: int) -> tuple[str, str]:
    """The words of ``text`` before the clause of the figure at ``s``, and those of that clause before it, the
    figure's qualifier left out (« une marge d'environ » -> « une marge d' »)."""
    left = _break_before(text, s)
    return text[:left], _without_qualifier(text[left:s].rstrip())


def fraction_change(before: str) -> bool:
    """Whether a fraction in words written right after ``before`` is the size of a change its clause names, « a vu
    son EBIT chuter d'un tiers », "fell by almost a quarter": the words of a change's size (``change_size_before``,
    its elided form too) after a word of change, a qualifier of the figure between them left out."""
    cut = _without_qualifier(before.rstrip())
    if is_change_size(cut) or is_change_size(_unelided(cut)):
        return True
    noun = word_pattern("measures", r"([^\W\d_]+)\s+(?:{change_noun_linkers})\s*$", re.IGNORECASE).search(cut)
    return bool(noun) and bool(direction_of(noun.group(1)))    # "a drop of nearly two-thirds"


def _without_qualifier(before: str) -> str:
    """``before`` without the qualifier of a figure it ends with (« environ », "almost")."""
    folded = fold_same_length(before)
    for word in sorted(_figure_qualifiers(), key=len, reverse=True):
        if folded.endswith(word) and (len(folded) == len(word) or not folded[-len(word) - 1].isalnum()):
            return before[:-len(word)].rstrip()
    return before


def _unelided(before: str) -> str:
    """``before`` with the elided word it ends with written whole (« chuter d' » -> « chuter de »)."""
    folded = fold_same_length(before).replace("\u2019", "'")
    for whole, elided in _elisions().items():
        if folded.endswith(elided) and (len(folded) == len(elided) or not folded[-len(elided) - 1].isalnum()):
            return before[:-len(elided)] + whole
    return before


@stored
def _figure_qualifiers() -> frozenset[str]:
    return frozenset(k for lang in LANGS for k in tables_for(lang).qualifiers)


@stored
def _elisions() -> dict[str, str]:
    return {fold(k): fold(v) for lang in LANGS for k, v in (lexicon(lang, "numbers").get("elisions") or {}).items()}


@per_figure
def figure_sense(claim: Claim, q: Quantity, window: str) -> str:
    """'change' (grew by 8 %), 'share' (a third of the budget) or 'level'."""
    if unit_class(q.unit) not in ("share", "points"):
        return "level"
    written = window[:max(0, q.start - claim.start - window_start(claim, q))]
    after = window[max(0, q.end - claim.start - window_start(claim, q)):]
    if q.unit == "percent" and is_difference(after[:30]):
        return "change"                     # (« 14 % de moins qu'en 2021 », "14 % fewer than": no share of anything)
    if _moved_by_its_verb(written, q):
        return "change"                     # (a share lost is a fall: « ont perdu 7,4 % de leurs abonnés »)
    if q.unit in ("ratio", "percent") and fraction_change(written):
        # (« chuter d'un tiers », "fell by almost a quarter": the size of a fall; « un repli de 24 % de ses ventes »,
        # "a fall of 8% in sales": a percentage of a noun after a noun of change is the size of that change, no share)
        return "change"
    if q.of or q.unit == "ratio":
        return "share"
    before = fold(written)
    if is_baseline(before):
        return "level"                      # "up from 41 %": the earlier level, not the change
    if set(concepts_in(window)) & {"increase", "decrease"} or difference_before(before):
        return "change"                     # (or a comparative before it: « inférieure de 17 % à … »)
    return "share" if _patterns()["share_of"].search(fold(after)) else "level"


def _moved_by_its_verb(written: str, q: Quantity) -> bool:
    """Whether a verb of losing takes the figure as its object (a share lost is a fall: « ont perdu 7,4 % de leurs
    abonnés »), or a verb of gaining takes its points (points gained are a rise: « a gagné 3 points », "gained 2
    points"; a share won, « a gagné 55 % des voix », is a level)."""
    return q.unit != "ratio" and lost_figure(written, q) or unit_class(q.unit) == "points" and gained_figure(written, q)


def another_subject(claim: Claim, q: Quantity, other: Quantity) -> bool:
    """Whether two figures of a claim are said of different things: each figure's clause has words of its own and
    none in common ("le taux des moins de 18 ans atteint 21,9 %" / "moins d'un tiers des familles monoparentales"),
    not a figure restated ("More than a quarter of entries …, 28.3 %")."""
    a = set(content_stems(figure_window(claim, q)))
    b = set(content_stems(figure_window(claim, other)))
    return bool(a) and bool(b) and not a & b


@per_figure
def relative_figure(claim: Claim, q: Quantity) -> Optional[str]:
    """"starting level" ("up from 5.4 %", "contre 7,4 %"), "difference" ("£3.7 billion below the first
    estimate", "a quarter more than in 2023", "17 milliards de plus qu'en 2023") or None (a level)."""
    text = claim.focus or claim.text
    s, e = q.start - claim.start, q.end - claim.start
    if is_baseline(text[max(0, s - 60):max(0, s)]) or from_to_start(text, s, e):
        return "starting level"
    return "difference" if is_difference(text[e:e + 30]) else None


def bound_met_by_another(claim: Claim, q: Quantity, fq: Quantity, theirs: list[Quantity]) -> bool:
    """Whether a fact's figure that meets the claim's bound ``q`` is the one another figure of the claim, said of
    another thing, gives ("21,9 %, et moins d'un tiers des familles monoparentales": the 21,9 % is the first
    figure's); never when the fact writes that very bound, the same way and to the digit ("a target of more than
    6 %", « la cible de plus de 6 % »): its own figure, whatever the claim's other figure meets."""
    if (fq.bound, fq.value, fq.unit) == (q.bound, q.value, q.unit):
        return False
    return any(compare_quantity(replace(x, approximate=False), fq) == ("supports", "") and another_subject(claim, q, x)
               for x in theirs)
