"""An undated figure read in the period of the statements before it (``checks/detect/running.py``): a figure the
sources give for the period the article was speaking of is that period's, not a wrong period's, though the sources
give the measure for a later period too ("Renewables supplied 50.8 % in 2024. … Fossil fuels fell to a record low of
31.8 %": 2024's figure, not a wrong one for the second quarter of 2025)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..figurewords import is_baseline
from ..numbers import split_years
from ..resources import compiled, words
from ..text import fold_same_length, spaced_alternation
from .clauses import figure_sense, relative_figure
from ..match import Candidate, FactIndex, digits_key
from ..model import Claim, Quantity
from .figures import signed
from .findings import month_of, year_of
from .periods import period_key, quantity_year
from .yearparts import PARTS, quantity_half, quantity_quarter
from ..detect.finedates import twelve_months_to
from ..tablestore import stored


def of_running_period(claim: Claim, cands: list[Candidate], period: Optional[tuple] = None) -> list[Candidate]:
    """The facts of the period the article was speaking of before the claim's statement (or of ``period``)."""
    period = period or claim.period_before
    if not period:
        return []
    year, month = period
    return [c for c in cands if c.fact.as_of and (year is None or year_of(c.fact.as_of) == year)
            and (month is None or month_of(c.fact.as_of) in (None, month))]


def running_gives_figure(q: Quantity, claim: Claim, window: str, cands: list[Candidate],
                         index: FactIndex, every: Optional[list[Candidate]] = None) -> Optional[list[Candidate]]:
    """The facts of the running period (and those with no period) when one of them gives the undated figure; else
    None. A source another supersedes gives an outdated figure, whatever its period. A part of a running year of
    twelve months to a month is sought among ``every`` fact, not only those ``cands`` dated in the calendar's part
    ("the first half" of the year to March 2025 ends in September 2024, the calendar's second half), unless it ends
    with the year."""
    end = running_part_end(claim, q, window)       # (a half of twelve months to March: the months to its end)
    # (not a last part, the fourth quarter or second half, which ends when the year does: the year's facts are its end's)
    pool = every if end and every is not None and end[:2] != tuple(claim.period_before[:2]) else cands
    of_it = of_running_period(claim, [c for c in pool if c.source.id not in index.superseded_by], end and end[:2])
    if not any(compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"
               and _at_its_number(q, c.fact.quantity) or _scale_slip(q, claim, window, c) for c in of_it):
        return None
    return of_it + [c for c in pool if not c.fact.as_of]


def _at_its_number(q: Quantity, fq: Quantity) -> bool:
    """Whether a bound's number is the fact's, whatever either's bound: a bound is given by a fact of its own figure,
    not by any figure past it ("at least 1.2 billion" is not the running year's 1.7 billion of another measure; "more
    than 4 %" is its "over 4 %"); any other figure, by agreeing."""
    if q.bound not in ("at-least", "at-most"):
        return True
    return compare_quantity(replace(q, bound="exact", approximate=False), replace(fq, bound="exact"))[0] == "supports"


def _scale_slip(q: Quantity, claim: Claim, window: str, c: Candidate) -> bool:
    """Whether the fact gives the undated figure's very digits in another scale, a thousand times off or more
    ("grew by £10 million" when the running year's fact gives £10 billion; « 5,6 millions d'euros » for 5,6
    milliards): the figure of the running period misread, not a later period's figure of the measure."""
    fq = c.fact.quantity
    if not (q.value and fq is not None and fq.value) or digits_key(q.value) != digits_key(fq.value):
        return False
    relation, detail = compare_quantity(signed(q, claim, fq, window), fq)
    return relation == "contradicts" and detail == "magnitude"


def of_the_year_before(claim: Claim, q: Quantity, window: str, qyear: Optional[int], cands: list[Candidate],
                       index: FactIndex) -> Optional[list[Candidate]]:
    """A level written beside words that date it a year before the period the claim speaks of ("A year earlier,
    the average stood at $3.034", « Il atteignait 2 944,7 millions d'euros un an plus tôt », "below the 1,808,581
    it delivered the year before"): the facts of that earlier year (and month) when one of them gives the figure;
    else None. The period spoken of is the figure's year, else the claim's, else the statements' before it; a
    starting level too ("slowed to 2.2 % from 7.2 % the year before"); with none of these, the latest period the
    facts give, in which an undated figure is read."""
    if _dated_by_them(claim, qyear):
        return None        # (the figure's year is already the one those words date: « contre X un an plus tôt »)
    period = _period_spoken_of(claim, qyear, cands)
    if not period or period[0] is None or not _dated_a_year_before(claim, q, window):
        return None
    year, month = period[0] - 1, period[1]
    # (of its month, when the period has one: a quarter's fact is not the fiscal year's that ends in March)
    of_it = [c for c in cands if c.fact.as_of and year_of(c.fact.as_of) == year
             and (month is None or month_of(c.fact.as_of) == month or len(str(c.fact.as_of)) == 4)]
    if not any(compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"
               for c in of_it):
        return None
    return of_it


def _period_spoken_of(claim: Claim, qyear: Optional[int], cands: list[Candidate]) -> Optional[tuple]:
    """(year, month or None) the claim speaks of: the figure's year, else the claim's, else the statements' before
    it, else the latest the facts give."""
    own = qyear or next((d.year for d in claim.dates if d.relation == "at" and d.year), None)
    return (own, None) if own is not None else running_period(claim) or _latest_of(cands)


def _latest_of(cands: list[Candidate]) -> Optional[tuple]:
    """(year, month or None) of the latest period the dated facts give; None without any."""
    keys = [period_key(c.fact) for c in cands if c.fact.as_of]
    latest = max(keys, default=None)
    return (latest[0], latest[1] or None) if latest and latest[0] else None


def _dated_by_them(claim: Claim, qyear: Optional[int]) -> bool:
    """Whether the figure's year is that of a date the claim reads from words of ``year_before_words``."""
    return qyear is not None and any(d.year == qyear and _year_before().search(fold_same_length(d.text))
                                     for d in claim.dates)


def _dated_a_year_before(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether words of ``year_before_words`` are written beside the level ``q`` (no other figure of the claim
    nearer to them), not as the baseline of a change ("up 5 % from a year earlier")."""
    if figure_sense(claim, q, window) != "level" or relative_figure(claim, q) not in (None, "starting level"):
        return False
    text = fold_same_length(claim.text)
    figures = [x for x in claim.quantities if x.start >= 0 and x.unit != "year" and x.value is not None]
    for m in _year_before().finditer(text):
        a, b = claim.start + m.start(), claim.start + m.end()
        nearest = min(figures, key=lambda x: x.start - b if x.start >= b else a - x.end if x.end <= a else 0,
                      default=None)
        if nearest is q and not is_baseline(text[max(0, m.start() - 25):m.start()]):
            return True
    return False


@stored
def _year_before() -> re.Pattern:
    return compiled(rf"(?<![\w])(?:{spaced_alternation(words('numbers', 'year_before_words'))})(?![\w])")


def year_before(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The year a claim's words date its level ``q`` a year before the period spoken of ("A year earlier, …", « Un
    an plus tôt, … », those of the frame it is the content of): None when they date nothing (nor a baseline's words,
    "11 % lower than a year earlier")."""
    dated = next((d.year for d in claim.dates
                  if d.relation == "at" and _year_before().search(fold_same_length(d.text))), None)
    period = running_period(claim)
    return dated or (period[0] - 1 if period and period[0] and _dated_a_year_before(claim, q, window) else None)


def running_period(claim: Claim) -> Optional[tuple]:
    """The period the statements before the claim speak of, a split year read there (« l'exercice 2024-2025 ») being
    the year it ends, as the facts date a fiscal year: the year before it is the one the previous split year ends."""
    period = claim.period_before
    if not period or period[0] is None:
        return period
    return (period[0] + 1 if (period[0], period[0] + 1) in split_years(claim.period_words) else period[0]), period[1]


def says_a_year_before(claim: Claim) -> bool:
    """Whether the claim writes words of ``year_before_words`` anywhere (« l'exercice précédent s'était soldé par
    … », "in the previous year, it had …"): it dates itself before the period spoken of."""
    return bool(_year_before().search(fold_same_length(claim.text)))


def running_part_end(claim: Claim, q: Quantity, window: str) -> Optional[tuple[int, int, tuple[str, int]]]:
    """(year, month, (part, which)) of the end of the part of a year a figure's clause names with no year, read in
    the period the article speaks of when that is twelve months to a month ("the year to 31 March 2025", « l'exercice
    clos le 31 mars 2025 »): the part of those twelve months, the first half ending in September 2024, as the facts
    of that half are dated. None for a calendar year, or a part the clause does not name alone."""
    period = claim.period_before
    which = [(p, n) for p, n in (("quarter", quantity_quarter(claim, q, window)), ("half", quantity_half(claim, q, window)))
             if n is not None]
    if len(which) != 1 or not period or None in period or claim.dates or quantity_year(claim, q, window) is not None \
            or not twelve_months_to(claim.period_words, period[1]):
        return None
    (part, n), (count, size) = which[0], PARTS[which[0][0]]
    months = period[0] * 12 + period[1] - 1 - (count - n) * size      # (the part's last month, counted from year 0)
    return months // 12, months % 12 + 1, which[0]
