"""A figure whose clause and statement give no date is read in the period the article speaks of
(``Claim.period_before``, ``checks/detect/running.py``). A fact of another year that gives it agrees by chance when
a fact of the year spoken of writes the same measure, at a figure of its sentence, otherwise ("The operating margin
came in at 24.3 %" in an article on 2024, against "The operating margin was 24.3 % in 2023" and "operating profit
was €2.5 billion in 2024, an operating margin of 14.9 %"): that year's figure, wrong for the year spoken of. The
other fact's figure measures the same thing when the measure nouns at it are those at the agreeing fact's figure
and its words name what the claim's figure measures; a figure of a change is never a level's.
(``checks/judge/wholeyear.py`` does the same for a part of the year against the whole year; both are tried here.)
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..detect.figures import is_difference
from ..factread import direction_of
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from .beside import measured_keys
from .clauses import figure_sense
from .figures import fact_parties, signed
from .findings import Finding, month_of, year_of
from .measurenoun import measure_nouns_in, nouns_at_figure
from .periods import quantity_month, quantity_year
from .running import running_part_end, says_a_year_before
from .qualifiers import fact_measure
from .rivals import first_refuting
from .yearparts import fact_half, fact_quarter, part_of_year, part_ok, quantity_half, quantity_quarter
from .precisedate import precise_of_another_date
from .monthyear import month_or_year_instead
from .yearclose import year_close_instead
from .spanlength import span_of_another_length
from .wholeyear import full_span_of_a_part, part_for_whole, whole_year_instead
from .yearinstead import of_the_year as _of_the_year, of_the_year_instead


def another_period_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                           index: FactIndex) -> list[Finding]:
    """The findings of a figure an agreeing fact gives for another period than the claim's: a part of the year
    for the whole year (``whole_year_instead``), a precise figure of another date than the one the claim names
    (``precise_of_another_date``) — or none, the claim saying the year's full span (``full_span_of_a_part``) —, a month's figure for the year or the other way round (``month_or_year_instead``), a figure of another date for the close of a year (``year_close_instead``), or another year than the one the article speaks of (``running_year_instead``, else ``older_year_instead``);
    or a span of another length (``spanlength``); none when the period is the claim's."""
    if of_the_running_part(claim, q, window, agreeing):
        return []          # (the first half of the year to March 2025 is the six months to September 2024)
    if (length := span_of_another_length(claim, q, agreeing.fact, index)) is not None:
        return [length]        # ("the 13 weeks to 28 June" against "the 52 weeks to 28 June": ``spanlength``)
    whole = whole_year_instead(claim, q, window, agreeing, cands, index)
    if whole is not None:
        return [part_for_whole(claim, q, window, agreeing, whole)]
    if (alone := full_span_of_a_part(claim, q, window, agreeing)) is not None:
        return [alone]         # (said of the year's full span, « sur l'ensemble de l'année »: the part's is no figure of it)
    precise = precise_of_another_date(claim, q, window, agreeing, cands, index) \
        or month_or_year_instead(claim, q, window, agreeing, cands, index) \
        or year_close_instead(claim, q, window, agreeing, cands, index)
    if precise:
        return precise
    part = part_of_another_year(claim, q, window, agreeing, cands, index)
    if part is not None:
        return [part]
    other = running_year_instead(claim, q, window, agreeing, cands, index)
    if other is None:
        older = older_year_instead(claim, q, window, agreeing, cands, index)
        return [older] if older is not None else []
    c, fq = other
    year = claim.period_before[0]
    return [Finding("contradicts", "period", c.fact,
                    f"wrong period: {q.text.strip()!r} is the source's figure for {agreeing.fact.as_of} "
                    f"({agreeing.fact.statement}); for {year}, the year the article speaks of, it gives "
                    f"{fq.text.strip()!r}: {c.fact.statement}"),
            Finding("related", "period", agreeing.fact, f"the figure of {agreeing.fact.as_of}")]


def part_of_another_year(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                         index: FactIndex) -> Optional[Finding]:
    """A figure whose clause names a part of a year but no year ("First-half sales were up 8 %", « au
    premier semestre ») is of that part of the year the article speaks of (``Claim.period_before``): a fact of the same
    part of another year that gives it agrees by chance when a fact of that part of the year spoken of, of the same
    measure, gives another figure (the first half of 2025's 10 % in an article on 2024, whose first half grew 7 %)."""
    end = running_part_end(claim, q, window)        # (a part of twelve months to March: of the year it ends in)
    year, its_year = end[0] if end else (claim.period_before or (None,))[0], year_of(agreeing.fact.as_of)
    which = [(p, n) for p, n in (("quarter", quantity_quarter(claim, q, window)), ("half", quantity_half(claim, q, window)))
             if n is not None]
    if len(which) != 1 or year is None or its_year in (None, year) or quantity_year(claim, q, window) is not None \
            or claim.dates or not _of_part(which[0], agreeing.fact):
        return None
    other = first_refuting(claim, q, window, (c for c in cands if year_of(c.fact.as_of) == year
                                              and _same_part_measure(c, agreeing, which[0], index)))
    if other is None:
        return None
    return Finding("contradicts", "period", other.fact,
                   f"wrong period: {q.text.strip()!r} is the source's figure for {agreeing.fact.as_of} "
                   f"({agreeing.fact.statement}); for {year}, the year the article speaks of, it gives "
                   f"{fmt_quantity(other.fact.quantity)}: {other.fact.statement}")


def of_the_running_part(claim: Claim, q: Quantity, window: str, agreeing: Candidate) -> bool:
    """Whether a figure whose clause names a part of a year but no year ("In the first half of the year, operating
    profit had come to £101m", « Au premier semestre, … ») is of the fact's period (``running_part_end``)."""
    end, fact = running_part_end(claim, q, window), agreeing.fact
    if end is None or (year_of(fact.as_of), month_of(fact.as_of)) != end[:2]:
        return False
    part, n = end[2]
    return (fact_quarter(fact) if part == "quarter" else fact_half(fact)) in (None, n)


def _same_part_measure(c: Candidate, agreeing: Candidate, which: tuple[str, int], index: FactIndex) -> bool:
    """Whether ``c`` gives the measure of ``agreeing`` for the same part of its year: a current fact of that part, in
    its unit, with the same measure nouns and qualifiers at its figure, naming the parties ``agreeing`` names."""
    f, nouns = c.fact, nouns_at_figure(agreeing.fact, index)
    return f is not agreeing.fact and f.quantity is not None and c.source.id not in index.superseded_by \
        and _of_part(which, f) and f.quantity.unit == agreeing.fact.quantity.unit and bool(nouns) \
        and nouns_at_figure(f, index) == nouns and fact_measure(f, index) == fact_measure(agreeing.fact, index) \
        and fact_parties(agreeing.fact, index) <= fact_parties(f, index)


def _of_part(which: tuple[str, int], fact) -> bool:
    """Whether a fact is of that part of its year (a half's or a quarter's, by its date or its sentence)."""
    part, n = which
    own = fact_quarter(fact) if part == "quarter" else fact_half(fact)
    return own is not None and part_ok(part, n, own, fact)


def running_year_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                         index: FactIndex) -> Optional[tuple[Candidate, Quantity]]:
    """The fact of the year the article speaks of, and its figure, that gives the measure of ``agreeing`` (a fact
    of another year) otherwise, for a level whose clause and statement name no period; None when there is none,
    or when a figure of that year agrees."""
    year = (claim.period_before or (None,))[0]
    if not _undated_level_of_another_year(claim, q, window, agreeing, year):
        return None
    nouns, keys = nouns_at_figure(agreeing.fact, index), measured_keys(claim, q, window, index)
    if not nouns or not keys:
        return None
    found = None
    for c in cands:
        if not _of_the_year(c, agreeing, year, index):
            continue
        for fq in _levels_naming(c, q, nouns, keys, index):
            verdict = compare_quantity(signed(q, claim, fq, window), fq)[0]
            if verdict == "supports":
                return None
            found = found or ((c, fq) if verdict == "contradicts" else None)
    return found


def older_year_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                       index: FactIndex) -> Optional[Finding]:
    """An undated level that a fact of the year before the one the article speaks of gives (a whole year's, not a
    quarter's), while no fact of that year does and the claim writes no word that dates it a year before
    (``running.says_a_year_before``: « Un an plus tôt, … », "A year earlier, …"): refuted by the one fact of that
    year that gives the same measure otherwise, in whatever words (``of_the_year_instead``, scored by the words it
    shares with the older fact, not with the claim's): "a full-year dividend of 58.8p" in an article on 2024,
    against 58.8p for 2023 and 63.0p for 2024; « le résultat net s'établit à 326 millions d'euros » against
    « résultat net … 326 millions en 2023 » and « bénéfice net de 317 millions » in 2024. None for a fact of any
    other year (a later one's is an outdated figure; an older one's date may be an event's, « un prêt accordé en
    2012 »), or when a fact of the year gives the figure."""
    year = (claim.period_before or (None,))[0]
    if not _undated_level_of_another_year(claim, q, window, agreeing, year) \
            or year_of(agreeing.fact.as_of) != year - 1 or part_of_year(agreeing.fact) or says_a_year_before(claim):
        return None        # (« Un an plus tôt, … », "A year earlier, …" date it in the year before: that year's)
    if any(c.fact.quantity and year_of(c.fact.as_of) == year
           and compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports" for c in cands):
        return None
    return of_the_year_instead(claim, q, window, agreeing, year, index)


def _undated_level_of_another_year(claim: Claim, q: Quantity, window: str, agreeing: Candidate,
                                   year: Optional[int]) -> bool:
    """Whether ``q`` is a level whose clause names no year nor month, read in ``year``, and ``agreeing`` a fact of
    another year."""
    its_year = year_of(agreeing.fact.as_of)
    return year is not None and its_year is not None and its_year != year \
        and quantity_year(claim, q, window) is None and quantity_month(claim, q, window) is None \
        and figure_sense(claim, q, window) == "level"


def _levels_naming(c: Candidate, q: Quantity, nouns: frozenset, keys: frozenset, index: FactIndex) -> list[Quantity]:
    """The figures of the fact's sentence in the figure's unit, written as levels (no word of change before them
    since the figure before, no difference after), whose words since the figure before name the measure nouns
    ``nouns`` and every key of ``keys``."""
    text = c.fact.statement or ""
    figures = sorted((o for o in index.reading(c.fact).quantities if o.start >= 0 and o.value is not None),
                     key=lambda o: o.start)
    out, lo = [], 0
    for fq in figures:
        words = text[lo:fq.start]
        lo = fq.end
        if fq.unit != q.unit and unit_class(fq.unit) != unit_class(q.unit) or fq.unit == "year":
            continue
        if direction_of(words) or is_difference(text[fq.end:fq.end + 30]):
            continue
        if measure_nouns_in(words) == nouns and keys <= index.text_keys(words):
            out.append(fq)
    return out

