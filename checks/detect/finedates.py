"""Whether a claim dates what it says finer than its year (``finely_dated``): a month, or a quarter, a half or a
stretch of the year written just before the year. A party's forecast dated so ("the purchase is expected to close
in the second half of 2025") gives a source something to confirm (``checks/detect/forecasts.py``); the judge
compares such dates as periods (``checks/judge/dateparts.py``). Words: ``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import re

from ..model import Claim
from ..numbers import find_months, month_names
from ..resources import compiled, word_pattern, words
from ..tablestore import stored
from ..text import fold, spaced_alternation
from .lexicon import word_alternation


def finely_dated(claim: Claim) -> bool:
    """A date finer than its year: a month, or a quarter, a half or a stretch of the year written just before the year
    ("in the second half of 2025", « au premier semestre 2025 », "in early 2026", « fin 2025 », "Q3 2025"); a year
    alone ("Pour 2025, X table sur une hausse") frames the forecast, it does not date what is forecast. A deadline is
    dated so too ("by the end of 2025", « d'ici fin 2025 »), not one of a year alone ("by 2028")."""
    own = claim.focus or claim.text
    for d in claim.dates:
        if d.relation not in ("at", "until") or not d.year or d.start < claim.start:
            continue
        year_at = own.find(str(d.year), d.start - claim.start, d.end - claim.start)      # "by the end of 2025": its words
        before = own[max(0, d.start - claim.start - 40):year_at if year_at >= 0 else d.start - claim.start]
        if d.month or _stretch_patterns()[0].search(fold(before)) or _stretch_patterns()[1].search(before):
            return True
    return False


@stored
def _stretch_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The words of a part or a stretch of a year just before the year, and a part's letter and digit ("Q3", « S1 »)."""
    return (word_pattern("numbers", r"(?<!\w)(?:{quarter_words}|{half_words}|{+year_stretch_words})(?:[\s\-]+[\w']+){0,3}?[\s\-]+$"),
            word_pattern("numbers", r"(?<!\w)(?:{quarter_letters}|{half_letters})[1-4]\s+$"))


def disclosure_on_calendar(own: str, f: str) -> bool:
    """A plain future of the passive that puts a disclosure on the calendar to the month or the season ("Detailed targets will be
    published in April", "The new plan will be presented in the autumn", « Des objectifs détaillés seront communiqués
    en avril », « Le nouveau plan sera présenté à l'automne »: ``disclosure_words``, a month or ``season_words``): the
    date a party has set for what it will publish, a fact a source can confirm, not a forecast."""
    pats = _disclosure_patterns()
    return bool(pats[0].search(f)) and (bool(find_months(own)) or bool(pats[1].search(f)))


@stored
def _disclosure_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The words of a disclosure and of a season, folded as the text they are searched in."""
    return (compiled(rf"(?<!\w)(?:{word_alternation('disclosure_words')})(?!\w)"),
            compiled(rf"(?<!\w)(?:{word_alternation('season_words')})(?!\w)"))


def twelve_months_to(words_read: str, month: int) -> bool:
    """Whether the words a period was read from write it as twelve months to ``month`` (``year_end_words`` right
    before the month, a day between or not: "for the year to 31 March 2025", « l'exercice clos le 31 mars 2025 »)."""
    return month in twelve_month_ends(words_read)


def twelve_month_ends(words_read: str) -> set[int]:
    """The months that words write twelve months to (``twelve_months_to``)."""
    names, text = month_names("und"), fold(words_read)
    return {names.get(m.group(1)) for m in _year_end_month().finditer(text) if _twelve(text[:m.start()], m.group(0))} - {None}


def _twelve(before: str, found: str) -> bool:
    """Whether words of a span of months ("months to", « mois à fin ») count twelve of them (the word before them,
    ``twelve_month_words``): "six months to 30 June" is a half, not a year to a month."""
    spans, twelve = _month_counts()
    if found.split()[0] not in spans:
        return True
    last = before.split()[-1:] or [""]
    return last[0] in twelve


@stored
def _month_counts() -> tuple[frozenset[str], frozenset[str]]:
    """The folded nouns of a span of months and the words that count twelve of them (``_twelve``), folded once."""
    return (frozenset(fold(w) for w in words("numbers", "span_month_nouns")),
            frozenset(fold(w) for w in words("numbers", "twelve_month_words")))


@stored
def _year_end_month() -> re.Pattern:
    return compiled(rf"(?<![\w])(?:{spaced_alternation(words('numbers', 'year_end_words'))})\s+"
                    r"(?:\d{1,2}[^\W\d_]{0,2}\s+)?([^\W\d_]+)")
