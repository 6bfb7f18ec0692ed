"""The stretch of a year a date is written at (``written_months``): a quarter or a half named just before its year
("the third quarter of 2024", « au premier semestre 2025 », "Q3 2024", « S2 2025 »), a stretch ("early 2024",
« fin 2024 », "mid-2025"), a month or a day; and whether two dates of the same year, each at its own precision,
cannot be the same moment (``disjoint``): the rule ``date`` compares an event's date as periods, so that "in the
first half of 2025" is never confirmed by "in the second half of 2025" for sharing its year. The words are in
``data/lang/<code>/numbers.yaml`` (``year_stretch_words``, ``year_part_links``, the quarter and half words).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Claim, Fact, Quantity
from ..numbers import split_years
from ..resources import compiled, word_table, words
from ..text import fold, spaced_alternation
from ..tablestore import stored
from .clauses import clause_ends, window_start
from .findings import month_of
from .yearparts import PARTS, part_patterns

_P_STRETCH = compiled(r"\s+")

_BEFORE = 48                             # how far before a year its part or stretch is written


@stored
def _tail() -> re.Pattern:
    """What may stand between a part's name and its year: a link word ("of", « de l'année »), a hyphen, spaces."""
    links = spaced_alternation(words("numbers", "year_part_links"))
    return compiled(rf"[\s\-]*(?:(?:{links})(?![\w])[\s']*)?(?:the\s+)?$")


@stored
def _stretch() -> tuple[re.Pattern, dict[str, tuple[int, int]]]:
    table = {_P_STRETCH.sub(" ", fold(str(k))): (int(v[0]), int(v[1]))
             for k, v in word_table("numbers", "year_stretch_words").items()}
    return compiled(rf"(?<![\w])({spaced_alternation(table)})[\s\-]+$"), table


def written_months(text: str, start: int) -> tuple[tuple[int, ...], int]:
    """The months of the stretch of a year written just before the year at ``text[start]`` (a quarter's three, a
    half's six, a stretch's: "early" is January to April) and where its words start; ((), start) when none is
    written (the whole year)."""
    at = max(0, start - _BEFORE)
    window = text[at:max(0, start)]
    folded = fold(window)
    if len(folded) != len(window):
        return (), start
    for part, (_, size) in PARTS.items():
        named, whole, short, _alone, table = part_patterns(part)
        found = _last_before(folded, (named, whole), table) or _last_before(window, (short,), None)
        if found:
            return tuple(range((found[0] - 1) * size + 1, found[0] * size + 1)), at + found[1]
    m, table = _stretch()
    hit = m.search(folded)
    if hit:
        lo, hi = table[_P_STRETCH.sub(" ", hit.group(1))]
        return tuple(range(lo, hi + 1)), at + hit.start()
    return (), start


def _last_before(text: str, patterns: tuple, table: Optional[dict]) -> Optional[tuple[int, int]]:
    """The part the match of ``patterns`` that only a link to the year follows names, and where it starts."""
    for rx in patterns:
        if rx is None:
            continue
        for m in rx.finditer(text):
            if _tail().match(text, m.end()):
                key = _P_STRETCH.sub(" ", m.group(1))
                return (int(table[key]) if table is not None else int(m.group(1))), m.start()
    return None


def disjoint(a_year: Optional[int], a_months: tuple, a_day: Optional[int],
             b_year: Optional[int], b_months: tuple, b_day: Optional[int]) -> bool:
    """Two dates of the same year that cannot be the same moment: their stretches share no month ("the first
    half" and "the second half"; "March" and "the third quarter"), or the same single month on different days."""
    if a_year is None or a_year != b_year or not a_months or not b_months:
        return False
    if not set(a_months) & set(b_months):
        return True
    return len(a_months) == len(b_months) == 1 and a_day is not None and b_day is not None and a_day != b_day


def figure_stretch(claim: Claim, q: Quantity, window: str) -> tuple[int, ...]:
    """The months of the stretch of a year written before the year of the figure's clause, « fin 2024 », "at the
    end of 2024", "early 2025" (() when its clause writes its year alone, a month, or no year): « le carnet de
    commandes s'élevait à 41,2 milliards fin 2024 » is the backlog of the year's last months, not June's."""
    start = window_start(claim, q)
    dated = [d for d in claim.dates if d.relation == "at" and d.year and not d.month]
    years = [d for d in dated if start <= d.start - claim.start < start + len(window)]
    if not years and len(dated) == 1 and dated[0].start - claim.start < _first_break(claim):
        years = dated                    # (« Fin 2024, le ratio atteignait 2,3 fois »: the opening phrase dates it)
    if len(years) != 1:
        return ()
    return written_months(claim.focus or claim.text, years[0].start - claim.start)[0]


def _first_break(claim: Claim) -> int:
    """Where the claim's first clause ends (its opening phrase, « Fin 2024, », "At the end of 2024,"), 0 when the
    claim is one clause."""
    ends = clause_ends(claim.focus or claim.text)
    return ends[0] if ends else 0


def stretch_ok(months: tuple[int, ...], fact: Fact) -> bool:
    """Whether a fact is of the stretch of the year the figure is written at: one dated to a month outside it is
    not (a fact of no month, or of the whole year, is)."""
    month = month_of(fact.as_of)
    return not months or month is None or month in months


def years_with_split_ends(mine: list, theirs: list) -> set[int]:
    """The years of ``mine`` (dates), a split year's later calendar year with its first when ``theirs`` writes no
    split year: « l'exercice 2024-2025 », read as 2024, is also the financial year 2025 a source dates by its end
    ("fiscal 2025, ended 31 March 2025"); two split years are compared as written."""
    years = {d.year for d in mine}
    if any(split_years(d.text) for d in theirs):
        return years
    return years | {hi for d in mine for lo, hi in split_years(d.text) if lo == d.year}


def split_year_end(said, dates: list, statement: str) -> Optional[str]:
    """Why a split year the claim writes (``said``, a date of no month: « l'exercice 2023-2024 », "its 2024-25
    financial year", read as its first year) is the one a fact that writes no split year dates by its later year
    ("fiscal 2025, the year ended 31 March 2025", « l'exercice 2024, clos le 30 septembre 2024 »: ``dates``, those
    its sentence writes); None when it ends in none of them."""
    if said.month is not None or split_years(statement):
        return None
    years = {d.year for d in dates if d.text}
    end = next((hi for _, hi in split_years(said.text) if hi in years), None)
    return None if end is None else f"{said.text!r} ends in {end}, the year the source gives"


def other_split_year(said_text: str, relation: str, statement: str) -> Optional[str]:
    """The split year a fact's sentence writes when the claim dates its figure to another one ("2025/26" against a
    sentence of the 2024/25 crop year, « l'exercice 2022-2023 » against one of 2023-2024), written as the sentence
    does; None when the claim's date is no split year, is not the figure's own period, or the sentence writes the
    claim's (or none). The reader takes a split year for its first year and a list may declare it by its last: the
    year alone cannot tell "2025/26" from "2024/25"."""
    own = split_years(said_text) if relation == "at" else frozenset()
    written = split_years(statement) if own else frozenset()
    if not written or own & written:
        return None
    lo, hi = min(written)
    return f"{lo}/{hi % 100:02d}"


_SPAN = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)\s?[-–]\s?((?:1[89]|20)?\d\d)(?!\d)")


def years_spanned(text: str) -> frozenset[int]:
    """The years a text writes as a span of years ("2021-2023", "2020-22", « 2019–2024 »), every year between its
    ends included: the reader of dates takes such a span for no date."""
    out = set()
    for m in _SPAN.finditer(text or ""):
        lo, hi = int(m.group(1)), m.group(2)
        hi = int(hi) if len(hi) == 4 else lo // 100 * 100 + int(hi)
        if lo < hi <= lo + 50:
            out.update(range(lo, hi + 1))
    return frozenset(out)
