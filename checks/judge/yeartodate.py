"""The stretch from the start of a year to the end of one of its months that a text names by its count of months
(« sur les neuf premiers mois de 2024 », "in the first nine months of 2024", "the nine months to September"): a
figure of that stretch is neither the whole year's nor a quarter's or a half's, and the year's figure is not the
stretch's — « Sur l'ensemble de l'année, les ventes ont progressé de 9,2 % » is not confirmed by 9,2 % over the
first nine months, nor "Revenue rose 7 % in the first nine months" by 7 % over the year. Three and six months are
a quarter and a half (``checks/judge/yearparts.py``). The phrases: ``year_to_date_phrases`` of
``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..match import Candidate
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_table, words
from ..tablestore import stored
from ..text import fold, spaced_alternation
from .findings import month_of, quarter_months

_P_PATTERN = compiled(r"\s+")

UNCOUNTED = -1      # the count of a stretch from the year's start whose phrase names no months ("year to date")
PART_SPANS = (3, 6)     # the counts of a quarter and a half: a figure's clause that names one is read by its date


@stored
def _pattern() -> tuple[re.Pattern, dict[str, int]]:
    """The phrases of a stretch from the year's start, and the count of months each names."""
    table = {_P_PATTERN.sub(" ", fold(str(k))): int(v) for k, v in word_table("numbers", "year_to_date_phrases").items()}
    return compiled(rf"(?<![\w])({spaced_alternation(table)})(?![\w])"), table


@functools.lru_cache(maxsize=16384)
def spans_in(text: str) -> frozenset[int]:
    """The counts of months of the stretches from a year's start a text names (« les neuf premiers mois »: 9)."""
    rx, table = _pattern()
    return frozenset(table[_P_PATTERN.sub(" ", m.group(1))] for m in rx.finditer(fold(text or "")))


def _one(found: frozenset[int]) -> Optional[int]:
    return next(iter(found)) if len(found) == 1 else None


def fact_span(fact: Fact) -> Optional[int]:
    """The stretch from the year's start a fact's sentence names, when it names one only ("Over the first nine
    months of 2024, revenue rose 7 %": 9); for a clause read apart (``Fact.clause_of``), its whole sentence's."""
    return _one(spans_in(fact.statement or "")) or _one(spans_in(fact.clause_of or ""))


def ends_its_span(fact: Fact, months: int) -> bool:
    """Whether a fact's date ends a stretch its sentence names (``fact_span``) of another count of months than
    ``months`` (a part's: "the six months to 30 June" is a half, "the first nine months" none), or an accounting year
    (``accounting_year_words``: « l'exercice 2024-2025 », dated 2025-06; "fiscal 2025"): a date that is then no end of
    a part of that length."""
    return fact_span(fact) not in (None, months) or bool(_accounting_year().search(fold(fact.statement or "")))


@stored
def _accounting_year() -> re.Pattern:
    return compiled(rf"(?<![\w])(?:{spaced_alternation(words('measures', 'accounting_year_words'))})(?![\w])")


def quantity_span(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The stretch from the year's start the figure is of: the one its clause names, else the one its claim names
    (« Depuis janvier et jusqu'à fin septembre, les ventes ont gagné 7 % »); None for none or several, or for a
    quarter's or a half's count of months ("the six months to 30 June", read by its date)."""
    own = spans_in(window)
    span = _one(own) if own else _one(spans_in(claim.focus or claim.text))
    return None if span in PART_SPANS else span         # ("the six months to 30 June": a half, ``yearparts``)


def span_ok(span: Optional[int], fact: Fact) -> bool:
    """Whether a fact can be of the stretch of ``span`` months from the year's start: one whose sentence names that
    stretch, or dated to the stretch's last month (2024-09 for nine months) naming no other; not a fact of the whole
    year, of a quarter, or of another stretch. A stretch that does not say its months ("year to date", ``UNCOUNTED``)
    is met only by a fact that names one so too."""
    if span is None:
        return True
    own = fact_span(fact)
    if own is not None or span == UNCOUNTED:
        return own == span
    if quarter_months(fact.as_of):
        return False
    return month_of(fact.as_of) == span if fact.as_of else True


def of_its_span(claim: Claim, q: Quantity, window: str, timed: list[Candidate]) -> list[Candidate]:
    """The facts of the stretch from the year's start the figure is of (all of them when it names none)."""
    span = quantity_span(claim, q, window)
    return timed if span is None else [c for c in timed if span_ok(span, c.fact)]
