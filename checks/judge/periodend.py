"""The day or month a period is closed on, against the dates of a fact (``slotcheck._date_slot``).

A day or month written right after the words that close a period ("the year to 31 March 2025", "its fiscal year,
which ended on June 29", « l'exercice 2023-2024, clos le 30 juin », « clos fin mars »: ``part_end_words`` and
``year_end_words`` of ``data/lang/<code>/numbers.yaml``) says which period the figures are of, not when something
happened: it is compared with the close a fact writes the same way (« clos le 30 septembre » against « clos le
30 juin »: a wrong date), never with the day of another event of the fact's sentence ("the results, published on 12
June", « annoncé le 23 octobre », « Fin janvier, X a abaissé son objectif »). A fact that writes no close of a
period leaves it unchecked."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..resources import compiled, words
from ..slots import month_days
from ..text import fold
from ..tablestore import stored

LOOK = 24       # how far after the closing words the day or month is read ("clos le 30 septembre 2024")


@stored
def _closing() -> re.Pattern:
    """The words that close a period (every language's, folded), read at a word's start and ending before a space."""
    phrases = {fold(w) for key in ("part_end_words", "year_end_words") for w in words("numbers", key)}
    alternation = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return compiled(rf"(?<!\w)(?:{alternation})\s+")


@functools.lru_cache(maxsize=4096)
def closing_days(text: str) -> frozenset[tuple[int, Optional[int]]]:
    """The (month, day) pairs ``text`` writes as the close of a period, right after its closing words."""
    folded = fold(text)
    out: set = set()
    for m in _closing().finditer(folded):
        ahead = folded[m.end():m.end() + LOOK]
        # (the first month written after the words, read as ``month_days`` reads it: « le 30 juin », "fin mars")
        found = month_days("in " + ahead) if not re.match(r"\d", ahead) else month_days(ahead)
        if len(found) == 1:           # (one month only: a window of a few words rarely holds two)
            out |= found
    return frozenset(out)


def agree(a, b) -> bool:
    """Whether two sets of (month, day) share a month whose day, where both give one, is the same."""
    return any(x[0] == y[0] and (None in (x[1], y[1]) or x[1] == y[1]) for x in a for y in b)


def closing_slot(claim_text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """The close of a period the claim writes against the close the fact writes: another one is a wrong date
    (``slotcheck.slot_disagreement``); None when they agree or the fact writes none."""
    mine = closing_days(claim_text)
    theirs = closing_days(statement) if mine else frozenset()
    if theirs and not agree(mine, theirs):
        return ("contradicts", "date", f"wrong date: the period the source gives closes on {_days(theirs)}, the "
                                       f"article's on {_days(mine)}: {statement}")
    return None


def event_days(text: str) -> frozenset:
    """The (month, day) pairs of ``text`` that are not the close of a period: the days of what happened, compared
    with the days of the fact's closest clause; the close is never compared with those."""
    return month_days(text) - closing_days(text)


def _days(pairs) -> str:
    """Months and days as read: "June 30", "March"."""
    import calendar                    # (only for this message: it loads ``locale``, a start-up cost, as in slotcheck)
    return ", ".join(f"{calendar.month_name[m]} {d}" if d else calendar.month_name[m]
                     for m, d in sorted(pairs, key=lambda p: (p[0], p[1] or 0)))
