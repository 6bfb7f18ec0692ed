"""The scan of a text (``scan_text``, cached by text and language): the text with its punctuation and digits
normalised at the same offsets (``normalise``), the positions where a figure or a date may start, then, in one
pass, its dates, the spans they and times block, its figures as ``Quantity`` values and its bare years.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import Quantity
from ..resources import compiled
from ..text import normalise_punct
from .ranges import Found, assemble, is_year
from .spans import DateMatch, blocked_spans, date_matches
from .tables import tables_for
from .vocabulary import Tables, fold_key


@dataclass
class _Scan:
    """What one scan of a text found: quantities, bare years and dates."""
    quantities: list[Quantity]
    years: list[tuple[int, int, int]]       # bare years: (start, end, year)
    dates: list[DateMatch]


def _to_quantity(found: Found, text: str) -> Quantity:
    first, second = found.first, found.second
    q = Quantity(unit=first.unit, bound=found.bound, approximate=found.hedged or first.approximate,
                 text=text[found.start:found.end], start=found.start, end=found.end,
                 scale=(second.scale if second else None) or first.scale, of=found.of)
    if second is not None:
        q.min, q.max = float(first.value), float(second.value)
        q.approximate = q.approximate or second.approximate
    else:
        q.value = float(first.value)
    return q


@functools.lru_cache(maxsize=None)
def _punct_changes() -> tuple[re.Pattern, dict[str, str]]:
    """The characters ``normalise_punct`` replaces (found by running it once over the BMP, then cached on
    disk), as a pattern: replacing only those is much faster than translating a long text character by
    character, and gives the same string."""
    from ..tablestore import cached_data
    return cached_data("punct", _build_punct_changes)


def _build_punct_changes() -> tuple[re.Pattern, dict[str, str]]:
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    normalised = normalise_punct(everything)
    changes = {a: b for a, b in zip(everything, normalised) if a != b}
    return re.compile("[" + re.escape("".join(changes)) + "]"), changes


def normalise(text: str) -> str:
    """``normalise_punct(text)`` (curly apostrophes, dashes, odd spaces), same length, faster. Only ASCII
    digits make figures: full-width ones ("１２") read as ASCII, any other script's (Devanagari "१२",
    mathematical bold "𝟓") as a sign that is no digit."""
    rx, changes = _punct_changes()
    if len(changes) and not text.isascii():
        text = _OTHER_DIGITS.sub(_ascii_digit, rx.sub(lambda m: changes[m.group()], text))
    # "40.3C", as the British press writes degrees Celsius: the sign ℃, one character for one
    return _GLUED_CELSIUS.sub("\u2103", text) if "C" in text else text


_GLUED_CELSIUS = compiled(r"(?<=\d)C(?![\w])")
_OTHER_DIGITS = compiled(r"(?![0-9])\d")            # a decimal digit of another script than ASCII


def _ascii_digit(m: re.Match) -> str:
    c = m.group()
    return chr(ord(c) - 0xFF10 + 0x30) if "\uff10" <= c <= "\uff19" else "\u00b7"


def _lower_same_length(norm: str) -> str:
    """Lower case with every character kept at its offset (a few letters grow when lowered)."""
    low = norm.lower()
    if len(low) == len(norm):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)


def _candidates(norm: str, t: Tables) -> tuple[list[int], list[int]]:
    """Positions worth trying the full patterns at: (figures, dates), both sorted.

    The full patterns are too slow to search for everywhere; this one pass over the lowered
    text finds digits, number words, month names, and "un"/"la"/"a" before "tiers"/"million"."""
    figures, dates = [], []
    for m in _DIGITS.finditer(norm):
        start = m.start()
        if start and norm[start - 1] in "+-\u2212":
            figures.append(start - 1)
        figures.append(start)
        dates.append(start)
    low = _lower_same_length(norm)
    word_figures, word_dates = [], []
    for m in t.rx["candidate_words"].finditer(low):
        start = m.start()
        if start and low[start - 1].isalpha():
            continue                                  # inside a longer word
        if m.lastgroup in ("weak", "point"):
            word_figures.append(start)
            continue
        word = fold_key(m.group())
        if word in t.starters:
            word_figures.append(start)
        if word in t.month_starters:
            word_dates.append(start)
    return sorted(figures + word_figures), sorted(dates + word_dates)


_DIGITS = compiled(r"\d+")
_NEXT_YEAR = compiled(r"[/\-\u2013](\d{4}|\d{2})(?!\d)")


def _split_year_end(norm: str, end: int, year: int) -> int:
    """Where a year ends: after its second half when it is a split year ("2023/24", "2024-25", "2023-2024": a
    season or a financial year), whose second half is not a figure of its own."""
    m = _NEXT_YEAR.match(norm, end)
    if m and int(m.group(1)) in ((year + 1) % 100, year + 1) and (len(m.group(1)) == 2 or year + 1 >= 1000):
        return m.end()
    return end


@functools.lru_cache(maxsize=1024)
def scan_text(text: str, lang: str) -> _Scan:
    """Figures, bare years and dates of ``text`` (offsets from 0). Cached (its readers copy what they take from it):
    the detect stage asks for the quantities and then the dates of the same text, and the judge reads a fact's
    sentence again for each claim it weighs it against (in a development set, 4,900 scans of 1,200 texts, of which
    a cache of 32 missed 2,800)."""
    t = tables_for(lang)
    norm = normalise(text)
    figure_starts, date_starts = _candidates(norm, t)
    dates = date_matches(norm, t, date_starts)
    blocked = blocked_spans(norm, t, dates, date_starts)
    quantities, years = [], []
    pos = floor = 0
    core = t.rx["core"]
    for start in figure_starts:
        if start < pos:
            continue
        m = core.match(norm, start)
        if not m:
            continue
        skip_to = blocked.end_of(m.start())
        if skip_to is not None:
            pos = skip_to
            continue
        found = assemble(norm, text, m, t, floor, blocked)
        if found is None:
            pos = m.end()
            continue
        if is_year(found, norm, t):
            end = _split_year_end(norm, found.first.core_end, int(found.first.raw))
            years.append((found.first.start, end, int(found.first.raw)))
            pos = end
            continue
        quantities.append(_to_quantity(found, text))
        pos = floor = found.end
    return _Scan(quantities, years, dates)
