"""A figure dated by a year alone is the whole year's (``checks/judge/yearparts.py`` reads the parts of a year): a
fact that gives it for a half or a quarter of that year agrees with it by chance when the list gives the same
measure for the whole year otherwise (« contre 14,4 % en 2023 » when 14,4 % is the first half's margin and the
year's is 12,8 %). The two facts measure the same thing when the measure nouns and qualifiers at their figures
are the same (``measure_nouns`` in ``data/lang/<code>/measures.yaml``), of the same parties; with no measure
noun to read, nothing is decided here.
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity, fmt_quantity, negated
from ..match import Candidate, FactIndex
from ..resources import compiled, word_table, words
from ..tablestore import stored
from ..text import fold, spaced_alternation
from .openingphrase import opening_phrase
from ..model import Claim, Fact, Quantity
from .figures import fact_expected, fact_parties, signed, units_fit
from .rivals import first_refuting
from .findings import Finding, month_of, quarter_months, year_of
from .measurenoun import nouns_at_figure
from .periods import quantity_month, quantity_year
from ..detect.finedates import twelve_months_to
from .qualifiers import fact_measure
from .yearinstead import of_the_year_instead
from .yeartodate import spans_in
from .yearparts import PARTS, part_of_year, parts_in, running_whole_year, says_a_part, says_full_year, says_whole_year, writes_whole_year


def whole_year_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                       index: FactIndex) -> Optional[Candidate]:
    """The fact of the whole year that gives another figure for the measure of ``agreeing``, a fact of a part
    of the year, when the claim dates its figure by the year alone; None when there is none, or one agrees."""
    if not part_of_year(agreeing.fact) or says_a_part(claim, q, window):
        return None
    # (a figure said of the whole year with no year of its own, "over the year", is of the year the article speaks of;
    # so is one whose clause names no period at all, read in a year no words since name a part of: ``running_year``)
    year = quantity_year(claim, q, window) or (says_whole_year(claim, q, window) and (claim.period_before or (None,))[0]) \
        or running_year(claim, q, window)
    nouns = nouns_at_figure(agreeing.fact, index)
    if year is None or not nouns:
        return None
    return first_refuting(claim, q, window, (c for c in cands if _same_measure_of_year(claim, q, c, agreeing, year, nouns, index)))


def running_year(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The year the article speaks of (``Claim.period_before``, a year with no month or twelve months to December) for
    a figure whose claim writes no date and names no part of a year, when the words read in that year since it was
    set name no part of it either (``Claim.period_words``: no « au premier semestre », "in the first nine months"):
    « La marge opérationnelle s'établit à 6,0 % » in an article on the year 2024 is the year's margin; None
    otherwise."""
    period = running_unparted(claim, q, window)
    # (twelve months to December, "the year to 31 December 2024", are the calendar year)
    return period[0] if period and (period[1] is None or period[1] == 12 and twelve_months_to(claim.period_words, 12)) \
        else None


def running_unparted(claim: Claim, q: Quantity, window: str) -> Optional[tuple]:
    """The period the article speaks of, (year, month) — a year to its last month, "the year to 31 December 2024",
    or a year alone — for a figure whose claim writes no date and names no part of a year, when the words read in
    that period since it was set name no part of it either; None otherwise."""
    period = claim.period_before
    if not period or period[0] is None or claim.dates or claim.period_back \
            or quantity_month(claim, q, window) or says_a_part(claim, q, window) \
            or _names_a_part(f"{claim.period_words} {opening_phrase(claim)} {claim.context_text} {claim.text}"):
        return None
    return period


def _names_a_part(text: str) -> bool:
    """Whether a text names a part of a year, which or not: a quarter or a half (« ce dernier trimestre », "in the
    quarter", "at the half-year stage": ``quarter_words``, ``half_words``, the quarter's and half's words of
    ``run_period_nouns``), a stretch from its start."""
    return any(parts_in(p, text) for p in PARTS) or bool(spans_in(text)) or bool(_part_words().search(fold(text)))


@stored
def _part_words() -> re.Pattern:
    nouns = [k for k, v in word_table("numbers", "run_period_nouns").items() if v in PARTS]
    alts = spaced_alternation([*words("numbers", "quarter_words"), *words("numbers", "half_words"), *nouns])
    return compiled(rf"(?<![\w-])(?:{alts})(?![\w-])")


def _same_measure_of_year(claim: Claim, q: Quantity, c: Candidate, agreeing: Candidate, year: int,
                          nouns: frozenset[str], index: FactIndex) -> bool:
    """Whether ``c`` gives the measure of ``agreeing`` (a fact of a part of the year) for the whole ``year``: a
    current fact of that year, of no part of it, in the figure's unit, on the same side of expected and happened,
    with the same measure nouns and qualifiers at its figure, naming the parties ``agreeing`` names."""
    f = c.fact
    if f is agreeing.fact or f.quantity is None or c.source.id in index.superseded_by or part_of_year(f) \
            or year_of(f.as_of) != year or units_fit(q, f, index, claim) is not None:
        return False
    return fact_expected(f, index) == fact_expected(agreeing.fact, index) and nouns_at_figure(f, index) == nouns \
        and fact_measure(f, index) == fact_measure(agreeing.fact, index) \
        and fact_parties(agreeing.fact, index) <= fact_parties(f, index)


def part_for_whole(claim: Claim, q: Quantity, window: str, agreeing: Candidate, whole: Candidate) -> Finding:
    """The finding of a figure said of the whole year that ``agreeing``, a fact of a part of it, gives, while
    ``whole``, the whole year's fact of the same measure, gives another figure."""
    return Finding("contradicts", "period", whole.fact,
                   f"wrong period: {q.text.strip()!r} is the source's figure for a part of the year "
                   f"({agreeing.fact.statement}); for the whole year it gives {fmt_quantity(whole.fact.quantity)}: "
                   f"{whole.fact.statement}")



def whole_year_elsewhere(claim: Claim, q: Quantity, window: str, comparable: list[Candidate],
                         index: FactIndex) -> Optional[Finding]:
    """A figure said of a whole year with no date of its own (« sur l'année », "over the year": ``running_whole_year``),
    read in the year the statements before speak of, that only facts of another year or of a part of a year give:
    refuted by the fact of that year that gives the same measure otherwise (``whole_year_instead`` for a part's,
    else ``of_the_year_instead``, the one fact of the year closest to the giving fact's words), or, with neither, a
    part of that year's fact that gives it (``part_not_whole``); None otherwise."""
    year = running_whole_year(claim, q, window)
    giving = [c for c in comparable
              if compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"]
    if year is None:
        return _full_span_of_parts(claim, q, window, giving)
    if not giving or any(not c.fact.as_of or year_of(c.fact.as_of) == year and not part_of_year(c.fact) for c in giving):
        return None
    part = next((c for c in giving if part_of_year(c.fact) and year_of(c.fact.as_of) == year), None)
    whole = whole_year_instead(claim, q, window, part, comparable, index) if part is not None else None
    if whole is not None:
        return part_for_whole(claim, q, window, part, whole)
    return of_the_year_instead(claim, q, window, part or giving[0], year, index) or _full_year_of_a_part(claim, q, window, part)


def _full_span_of_parts(claim: Claim, q: Quantity, window: str, giving: list[Candidate]) -> Optional[Finding]:
    """A figure said of the year's full span with no date of its own ("organic sales jumped 29 % over the full
    year", « sur l'ensemble de l'exercice ») in an article that speaks of a year to a month (a fiscal year, "the
    year to 30 June 2025": ``Claim.period_before`` with its month), that only facts of a part of that year give: a
    wrong period (``part_not_whole``); None otherwise (with no year spoken of, left unchecked)."""
    period = claim.period_before
    if claim.dates or claim.role == "gloss" or not giving or not period or period[0] is None or period[1] is None:
        return None
    end = period[0] * 12 + period[1]
    if not all(part_of_year(c.fact) and end - 11 <= last_month(c.fact) <= end for c in giving) \
            or not says_full_year(claim, q, window):
        return None
    return _full_year_of_a_part(claim, q, window, giving[0])


def full_year_of_parts(claim: Claim, q: Quantity, window: str, comparable: list[Candidate]) -> Optional[Finding]:
    """A figure said of the full span of the year it names (« Sur l'ensemble de l'année 2023, l'industrie a réduit
    ses rejets de 9,3 % », "Over the full year 2023, sales rose 9.3 %") that only facts of a part of that year give
    (« sur les neuf premiers mois de 2023 », "in the first nine months of 2023"), none of the whole year being left
    to judge it: a wrong period (``part_not_whole``), whichever way each writes it (a figure the other way is wrong
    all the same); None otherwise."""
    year = quantity_year(claim, q, window)
    if year is None or not says_full_year(claim, q, window):
        return None
    giving = [c for c in comparable if year_of(c.fact.as_of) == year and any(
        compare_quantity(x, c.fact.quantity)[0] == "supports" for x in (signed(q, claim, c.fact, window), negated(q)))]
    return _full_year_of_a_part(claim, q, window, giving[0]) if giving and all(part_of_year(c.fact) for c in giving) \
        else None


def last_month(fact: Fact) -> int:
    """The last month of a fact's date, counted from year 0 (-1 when it has none)."""
    year, months = year_of(fact.as_of), quarter_months(fact.as_of) or (month_of(fact.as_of),)
    return year * 12 + months[-1] if year is not None and months[-1] is not None else -1


def _full_year_of_a_part(claim: Claim, q: Quantity, window: str, part: Optional[Candidate]) -> Optional[Finding]:
    """With no fact of the whole year to judge it, a part's figure said of the year's full span: a wrong period all
    the same (``part_not_whole``'s refutation); None otherwise (what it leaves unchecked is left to the steps after)."""
    alone = part_not_whole(claim, q, window, part) if part is not None else None
    return alone if alone is not None and alone.relation == "contradicts" else None


def full_span_of_a_part(claim: Claim, q: Quantity, window: str, part: Candidate) -> Optional[Finding]:
    """The figure ``part``, a fact of a part of a year, gives, said of the year's full span with no fact of the
    whole year to judge it (« Sur l'ensemble de l'année, elles ont plongé de 37 % » against 37 % in the third
    quarter, "Over the full year, they fell 37 %"): a wrong period (``part_not_whole``); None otherwise."""
    return _full_year_of_a_part(claim, q, window, part)


def part_not_whole(claim: Claim, q: Quantity, window: str, part: Candidate) -> Optional[Finding]:
    """A figure said of the whole year (``says_whole_year``) that ``part``, a fact of a part of a year, gives, with
    no fact of the whole year to judge it: not that fact's figure. Said of the year's full span (``says_full_year``:
    "over the full year", « sur l'ensemble de l'exercice ») while the fact's sentence says it of a part only, a wrong
    period, as a right figure of another year is (``periods.misdated``); else left unchecked. None when it is not so."""
    if not part_of_year(part.fact) or not says_whole_year(claim, q, window):
        return None
    if says_full_year(claim, q, window) and not writes_whole_year(part.fact.statement or ""):
        return Finding("contradicts", "period", part.fact,
                       f"wrong period: {q.text.strip()!r} is said of the full year; the source gives it for a part of "
                       f"the year only: {part.fact.statement}")
    return Finding("related", "period", part.fact,
                   f"{q.text.strip()!r} is said of the whole year; the source gives it for a part of the year only: "
                   f"{part.fact.statement}")
