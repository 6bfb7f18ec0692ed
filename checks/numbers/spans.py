"""Dates and times, found before the figures: full dates ("19 septembre 2025", "1er janvier 2026", "Sept. 5,
2025", "2025-09-18", "September 2025") read into year, month and day (``date_matches``), and the spans of dates
and times ("à 18h40") where no figure may start (``blocked_spans``, ``Blocked``).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

from .vocabulary import Tables, fold_key


class Blocked:
    """Sorted, non-overlapping spans (dates, times) where no figure may start."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def end_of(self, pos: int) -> Optional[int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i][1]
        return None

    def covers(self, pos: int) -> bool:
        return self.end_of(pos) is not None


@dataclass
class DateMatch:
    """A date found in a text, with its offsets."""
    start: int
    end: int
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]


def date_matches(norm: str, t: Tables, starts: list[int]) -> list[DateMatch]:
    out: list[DateMatch] = []
    rx, end = t.rx["date"], 0
    for start in starts:
        m = rx.match(norm, start) if start >= end else None
        if not m:
            continue
        end = m.end()
        groups = {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v is not None}
        year = int(groups["year"]) if "year" in groups else None
        if "month" in groups:
            month = t.months.get(fold_key(groups["month"].rstrip(".")))
        else:
            month = int(groups["mnum"]) if "mnum" in groups else None
        day = int(groups["day"]) if "day" in groups else None
        if month is None or not _valid_day(year, month, day):
            continue
        out.append(DateMatch(m.start(), m.end(), year, month, day))
    return out


def _valid_day(year: Optional[int], month: int, day: Optional[int]) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= _days_in(year or 2000, month)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days of a month (1-12) of the Gregorian calendar, as ``calendar.monthrange`` gives it (that
    module is not loaded for this alone: it loads ``locale``, a start-up cost)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return _MONTH_DAYS[month] + (month == 2 and leap)


def blocked_spans(norm: str, t: Tables, dates: list[DateMatch], starts: list[int]) -> Blocked:
    spans = [(d.start, d.end) for d in dates]
    rx = t.rx["time"]
    times = (rx.match(norm, s) for s in starts if norm[s].isdigit())
    spans += [(m.start(), m.end()) for m in times if m]
    return Blocked(spans)
