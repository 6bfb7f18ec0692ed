"""When a figure is for, as the judge's rules read it: its year (``quantity_year``, ``time_ok``), its month
(``quantity_month``, ``claim_month``, ``month_ok``) and the latest period the facts give (``latest_period``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal
from typing import Optional

from ..compare import compare_quantity
from ..detect import is_expectation
from ..detect.figures import is_difference
from ..figurewords import completes_a_pronoun, is_baseline
from ..match import Candidate
from ..model import Claim, Fact, Quantity
from ..numbers import find_months
from ..numbers.dates import month_span_end
from ..resources import compiled, word_pattern, words
from ..slots import starts_a_span
from ..terms import content_stems
from ..text import fold, fold_same_length
from .clauses import figure_sense, window_start
from .figures import precise
from .findings import Finding, asserted_figures, month_of, quarter_months, year_of
from .reference import in_compared_side, of_change_base, of_compared_figure
from .yearparts import PARTS, part_end_month, part_patterns

_P_OPENING_MONTH = compiled(r",\s")
_P_OPENS_RELATIVE = compiled(r"[;:!?]|\.(?!\d)")
_P_QUANTITY_YEAR = compiled(r"\d{4}")
_P_OPENING_MONTH_2 = compiled(r"\s*\d")


def claim_year(claim: Claim) -> Optional[int]:
    """The year a claim's figures are for; a gloss that gives the baseline ("up from 41 % a year
    earlier", "contre 33 millions l'an dernier") is about the baseline's year."""
    years = [d.year for d in claim.dates if d.relation == "at"]
    if not years and claim.role == "gloss":
        years = [d.year for d in claim.dates if d.relation == "baseline"]
    return years[0] if years else claim.context_year


def time_ok(claim: Claim, fact: Fact, year: Optional[int] = None) -> bool:
    cy, fy = year or claim_year(claim), year_of(fact.as_of)
    if cy is None or fy is None or cy == fy:
        return True
    # a season or fiscal year "2024-25" / "2024/2025" covers both years; a year ending by June ("the financial
    # year ending in March 2027", « l'exercice clos fin mars 2027 ») is mostly the year before — not a fact dated to
    # that month or earlier of the year before, which ends the twelve months before ("the year to March 2026")
    if fy == cy - 1 and year_ending_early(claim, cy) and (month_of(fact.as_of) or 13) > _year_end_month(claim, cy):
        return True
    return fy == cy + 1 and bool(re.search(rf"\b{cy}\s*[-/–]\s*(?:{(cy + 1) % 100:02d}|{cy + 1})\b", claim.text))


def year_ending_early(claim: Claim, year: int) -> bool:
    """A date of the year, a month up to June, that ends a twelve-month period (``year_end_words`` of
    ``data/lang/<code>/numbers.yaml`` just before it)."""
    return _year_end_month(claim, year) is not None


def _year_end_month(claim: Claim, year: int) -> Optional[int]:
    """The month of ``year_ending_early``'s date, "the year to March 2026": 3; None without one."""
    return next((d.month for d in claim.dates if d.year == year and d.month and d.month <= 6 and d.start >= claim.start
                 and ends_twelve_months(claim, d.start)), None)


def ends_twelve_months(claim: Claim, at: int) -> bool:
    """Whether the date at article offset ``at`` ends a twelve-month period: ``year_end_words`` of
    ``data/lang/<code>/numbers.yaml`` just before it ("the twelve months to December", « l'exercice clos fin juin »)."""
    ending = word_pattern("numbers", r"(?<!\w)(?:{+year_end_words})\s*$")
    return at >= claim.start and bool(ending.search(fold(claim.text[max(0, at - claim.start - 40):at - claim.start])))


def fiscal_end(said, claim: Claim, fact: Fact) -> Optional[Finding]:
    """The end of a twelve-month period by June ("the financial year ending in March 2027") against a fact of the
    year before, which is mostly that period (``year_ending_early``); its end in December ("the twelve months to
    December", « l'exercice clos fin décembre 2024 ») against a fact of that calendar year, which is that period."""
    year = year_of(fact.as_of)
    if said.year and said.month and year == said.year - 1 and year_ending_early(claim, said.year):
        return Finding("supports", "date", fact, f"{said.text!r} ends the period the source gives for "
                                                  f"{fact.as_of}", part=said.text)
    if said.month == 12 and year and str(fact.as_of) == str(year) and said.year in (None, year) \
            and ends_twelve_months(claim, said.start):
        return Finding("supports", "date", fact, f"{said.text!r} ends the calendar year the source gives, "
                                                  f"{fact.as_of}", part=said.text)
    return None


# complexity: the three places a figure's year can come from, tried in order (its clause, its comma-delimited part, an
# opening phrase), each a filter over the same dates
def quantity_year(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The year a figure is for: a date in its own clause ("48.9 % in 2019"), else the claim's year.
    A baseline date is the figure's own only when the figure is itself the baseline ("up from 48.9 % in
    2019"), not when it is a change measured against it ("20 % de baisse par rapport à 2024")."""
    s = claim.start + window_start(claim, q)
    e = s + len(window)
    qs = q.start - claim.start
    sense = figure_sense(claim, q, window)
    starts_from = sense == "level" and is_baseline((claim.focus or claim.text)[max(0, qs - 25):qs])
    rels = ("at", "baseline") if starts_from else ("at",)
    text = claim.focus or claim.text
    change = sense == "change"
    told = is_expectation(text)     # (then a year counted back, "a year ago", dates the telling, not the figure)
    dates = [d for d in claim.dates if not starts_a_span(claim.text, d.start - claim.start)
             and not in_compared_side(text, qs, d.start - claim.start) and not of_compared_figure(claim, q, d.start)
             and not (change and of_change_base(claim, q, d.start))
             and not completes_a_pronoun(text, d.start - claim.start)
             and not of_the_starting_figure(claim, q, d.start, d.end)
             and not (told and word_pattern("claims", r"(?<!\w)(?:{+ago_words})(?!\w)", re.I).search(d.text or ""))]
    if is_difference(text[q.end - claim.start:q.end - claim.start + 30]):
        dates = [d for d in dates if d.start < q.end]   # « 1,8 milliard de plus que dans le budget de 2022 »: the base's year
    own = [d for d in dates if s <= d.start < e and d.relation in rels and _P_QUANTITY_YEAR.search(d.text)]
    if own:
        return own[0].year
    # else a date of the same comma-delimited part of the sentence ("X handled 2.4 million containers in 2025"),
    # never one of another clause ("…, its largest package since the invasion in February 2022")
    left = text.rfind(",", 0, max(0, qs)) + 1
    right = text.find(",", q.end - claim.start)
    right = len(text) if right < 0 else right
    near = [d for d in dates if left <= d.start - claim.start < right and d.relation in rels]
    if near:     # (the figure's own clause's first: "for this year unchanged at 0.9% and … 1.3% in 2027")
        return min(near, key=lambda d: not s <= d.start < e).year
    # or a date whose relative clause holds the figure ("far above 2021, when 4.8 million cases were reported")
    # (a span's start too: "since early 2020, when the rate fell to 0.5 %" sets the figure in 2020)
    set_at = [d for d in claim.dates if 0 <= d.end <= q.start and _opens_relative(text[d.end - claim.start:qs])]
    if set_at:
        return set_at[-1].year
    # or the date of an opening phrase, which sets the time of all that follows ("En 2019, avant la crise, la
    # dette restait sous 100 %"); a later clause's date is its own ("…, the most since recording began in 2002")
    # (an opening phrase is short: "The station closed on 30 September 2023, having produced 410 TWh" dates the
    # closure, not the figure)
    opening = [d for d in dates if d.start - claim.start < left and d.relation == "at"
               and len(_comma_part(text, d.start - claim.start).split()) <= 5
               and not _event_opening().match(_comma_part(text, d.start - claim.start))]
    return opening[0].year if opening else (claim.context_year if not dates else None)


def of_the_starting_figure(claim: Claim, q: Quantity, ds: int, de: int) -> bool:
    """Whether a date is the year of the figure a change starts from, written right after it, the end level after
    it: « est passé de 20 000 unités en 2023 à près de 26 000 », "grew from 20,000 in 2023 to 26,000" (``ds``,
    ``de``: the date's offsets in the text; ``change_to_words`` of ``measures.yaml`` between it and the figure)."""
    text, qs = claim.text, q.start - claim.start
    before = [x for x in claim.quantities if x is not q and claim.start <= x.end <= ds]
    if not before or de > q.start or qs < 0:
        return False
    gap = text[max(x.end for x in before) - claim.start:ds - claim.start]
    return len(gap.split()) <= 1 and fold(text[de - claim.start:qs]).strip() in _to_words()


@functools.lru_cache(maxsize=None)
def _to_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "change_to_words"))


def quantity_month(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The month a figure is for, when its clause (or, for a one-figure claim, the claim) names one."""
    s = claim.start + window_start(claim, q)
    own = [d for d in claim.dates if d.month and s <= d.start < s + len(window) and d.relation == "at"]
    alone = len([x for x in claim.quantities if x.unit != "year"]) == 1
    if not own and alone:
        own = [d for d in claim.dates if d.month and d.relation == "at"]
    paired = _paired_months((claim.focus or claim.text)[window_start(claim, q):], len(window))
    if paired is not None:
        return paired
    if own:
        return _month_after(q, window, s, own) or own[0].month
    span = _last_month(claim, q, window)
    if span is not None:
        return span
    return _bare_month(claim, q, window)


def _bare_month(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """A month without its year in the figure's clause ("in August", "en août": the year is the article's), else
    the month of the sentence's opening phrase."""
    bare = [m for m, _, _, rel in find_months(window) if rel == "at"]
    return bare[0] if bare else _opening_month(claim, q)


def _paired_months(text: str, within: int) -> Optional[int]:
    """The later of two months in a row joined as one period ("in July and August", « en juillet et en août », « sur
    juillet et août »): the figure is that of both, which its source dates at the last (``month_pairs`` of
    ``data/lang/<code>/numbers.yaml``); None for months apart ("in January and March": two occasions). ``text``: the
    claim's from the figure's clause on, the first month in its first ``within`` characters (the clause may end at
    the joiner)."""
    months = find_months(text)
    for (m1, first, end, _), (m2, start, _, _) in zip(months, months[1:]):
        if first < within and m2 == m1 % 12 + 1 \
                and word_pattern("numbers", r"\s*(?:{+month_pairs})\s*\Z", re.IGNORECASE).match(text[end:start]):
            return m2
    return None


def _last_month(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The last month of a span of months without their year ("between 1 March and 27 May"), or of a quarter or a
    half named with the month it ended in ("its fiscal third quarter, which ended on June 29"), read in the claim's
    words (its focus blanks the end, told apart as a claim of its own): the figure is that to its last month."""
    start = window_start(claim, q)
    span = month_span_end((claim.focus or claim.text)[start:], len(window))
    span = span if span is not None else part_end_month(claim.text, start, start + len(window))
    return span if span is not None else _opening_part_end(claim, start)


def _opening_part_end(claim: Claim, start: int) -> Optional[int]:
    """The month of the date written after a part of a year in the claim's opening, before the figure's clause, in a
    short comma part of its own ("In the first half of the current year, to 31 July 2025, revenue rose …", « Au premier
    semestre, clos fin juillet 2025, … »): the part is that of the months up to it (a fiscal half), not the calendar's."""
    text = claim.focus or claim.text
    named = [m.end() for part in PARTS for m in part_patterns(part)[0].finditer(fold_same_length(text[:start]))]
    ends = [d for d in claim.dates if d.month and d.relation == "at" and named and min(named) <= d.start - claim.start < start
            and len(_comma_part(text, d.start - claim.start).split()) <= 5]
    return ends[0].month if len(named) == 1 and len(ends) == 1 else None


def _month_after(q: Quantity, window: str, s: int, own: list) -> Optional[int]:
    """A month written right after the figure, when the clause's dated months all come before it ("… in March
    2024 before easing to €1.62 by October"): the figure's own, not the month of the figure before it."""
    at = q.end - s
    if not 0 < at <= len(window) or any(d.start >= q.start for d in own):
        return None
    after = [m for m, a, _, rel in find_months(window[at:at + 16]) if rel in ("at", "until") and a <= 4]
    return after[0] if after else None


def _opening_month(claim: Claim, q: Quantity) -> Optional[int]:
    """The month of the sentence's opening phrase, which sets the time of what follows ("En mai, ce prix a reculé
    de 6,4 %"): only a phrase that is the month itself, with its preposition — not "Back in October, it had
    forecast", nor "Between April and June"."""
    text = claim.focus or claim.text
    comma = text.find(",")
    if not 0 < comma < window_start(claim, q):
        return None
    # (or a month that opens the sentence with its preposition alone dates its main clause and the clause right after
    # it: "In May the fare rose 3.2 %, taking the pass from £912 to £941"; not a later one)
    months = find_months(text[:comma])
    next_part = not _P_OPENING_MONTH.search(text[comma + 1:max(comma + 1, q.start - claim.start)])
    others = {d.month for d in claim.dates if d.month and d.start - claim.start < comma}   # ("Entre janvier et juin 2025")
    opening = [m for m, a, b, rel in months if rel == "at" and (len((text[:a] + text[b:comma]).split()) <= 1
                                                              or next_part and len(months) == 1 and others <= {m}
                                                              and len(text[:a].split()) <= 1
                                                              and not _P_OPENING_MONTH_2.match(text[b:]))]
    return opening[0] if len(opening) == 1 else None


def claim_month(claim: Claim) -> Optional[int]:
    """The one month a one-figure claim names outside its figure's clause ("76.4 % … within four hours in
    August"): a weaker sign of the figure's period than a month in its own clause ("the same rate as in April"
    may be a comparison), used only to choose among facts of several months."""
    if any(d.month for d in claim.dates) or len(asserted_figures(claim)) != 1:
        return None
    named = {m for m, _, _, rel in find_months(claim.focus or claim.text) if rel == "at"}
    return next(iter(named)) if len(named) == 1 else None


def month_ok(month: Optional[int], fact: Fact) -> bool:
    fm = month_of(fact.as_of)
    if month is None:
        return True
    if fm is None:
        # (a fact of a quarter is of its three months: "in July" is not the figure of "2025-Q4")
        quarter = quarter_months(fact.as_of)
        return not quarter or month in quarter
    return month == fm


def period_key(fact: Fact) -> tuple:
    iso = str(fact.as_of or "")
    quarter = quarter_months(iso)
    return year_of(iso) or 0, (quarter[-1] if quarter else month_of(iso) or 0)


def latest_period(cands: list[Candidate]) -> list[Candidate]:
    """Among facts of several periods, those of the latest (and those with no period). A year contains its
    months: a fact for 2024 is not older than one for July 2024."""
    dated = [c for c in cands if c.fact.as_of]
    if len({period_key(c.fact) for c in dated}) < 2:
        return cands
    latest = max(period_key(c.fact) for c in dated)
    return [c for c in cands if not c.fact.as_of or period_key(c.fact) == latest
            or (period_key(c.fact)[1] == 0 and period_key(c.fact)[0] == latest[0])]


def _opens_relative(between: str) -> bool:
    """Whether the words from a date to a figure open with a relative of time and hold no other clause's end
    (``date_relatives`` of ``numbers.yaml``: "2021, when … 4.8 million", « 2021, quand … 4,8 millions »)."""
    return bool(word_pattern("numbers", r"^\s*,?\s*(?:{+date_relatives})(?![\w'’-])", re.IGNORECASE).search(between)) \
        and not _P_OPENS_RELATIVE.search(between)


def _event_opening() -> re.Pattern:
    """An opening phrase that opens with the participle of an event (``event_words``: "Founded in 2005", « Fondé en
    2005 »): its date is that event's, not the time of what follows ("…, the group is present in 20 countries")."""
    return word_pattern("claims", r"\s*(?:{+event_words})(?!\w)", re.I)


def _comma_part(text: str, pos: int) -> str:
    """The comma-delimited part of ``text`` around ``pos``."""
    return text[text.rfind(",", 0, pos) + 1:(text.find(",", pos) + 1 or len(text) + 1) - 1]


def year_alike(claim: Claim, year, fact: Fact) -> bool:
    """Whether the fact writes the year the claim gives its figure in the claim's own words before it ("sold in Korland
    in 2027", « le salon de Vallorn de 2027 » for « le Salon de Vallorn 2027 »): the year of the same thing as in
    the source (what the figure is compared with, when it is proposed), no wrong year of the figure."""
    if not isinstance(year, int):
        return False
    text = claim.focus or claim.text
    mine = [set(content_stems(" ".join(text[:d.start - claim.start].split()[-3:]))) for d in claim.dates
            if d.year == year and d.start >= claim.start and str(year) in (d.text or "")]
    statement = fact.statement or ""
    theirs = [set(content_stems(" ".join(statement[:m.start()].split()[-3:]))) for m in _written_year(year, statement)]
    alike = [b for b in theirs if any(a & b for a in mine)]
    return bool(alike) and not _own_year_alike(claim, fact, alike)


def _written_year(year: int, text: str):
    """Where a text writes ``year``: in its digits, or as a financial year's label, "FY26", "FY 2026"
    (``fiscal_year_labels`` of ``numbers.yaml``)."""
    label = word_pattern("numbers", r"(?<!\w)(?:{fiscal_year_labels})\s?")
    return re.finditer(rf"(?<!\d){year}(?!\d)|{label.pattern}(?:{year // 100})?{year % 100:02d}(?!\d)", text)


def writes_fiscal_year(year: int, text: str) -> bool:
    """Whether a text writes ``year`` as a financial year's label ("FY2026", "FY 26"; ``fiscal_year_labels`` of
    ``numbers.yaml``): the year a claim writes in digits ("in the first half of its 2026 financial year")."""
    label = word_pattern("numbers", r"(?<!\w)(?:{fiscal_year_labels})\s?")
    return re.search(rf"{label.pattern}(?:{year // 100})?{year % 100:02d}(?!\d)", text or "") is not None


def _own_year_alike(claim: Claim, fact: Fact, alike: list[set]) -> bool:
    """Whether the fact writes its own year, which the claim does not write, after the same words as the claim's
    year ("an interim dividend of 7.0p for the first half of 2025, against 6.4p for the first half of 2024", « 1,97
    fin 2024, contre 2,10 fin 2023 »): the two years are two periods of one series, the claim's that of the
    sentence's other figure, and its figure, the fact's own, is of another year than it says."""
    own = year_of(fact.as_of)
    statement = fact.statement or ""
    return own is not None and own not in {d.year for d in claim.dates} and any(set(content_stems(" ".join(statement[:m.start()].split()[-3:]))) & b
                                   for m in _written_year(own, statement) for b in alike)


def misdated(q: Quantity, f: Finding) -> bool:
    """A wrong year or period whose fact gives the figure itself ("944,000 in the year to March 2022" against
    944,000 in the year ending March 2023): the figure is that fact's, dated otherwise, even where its measure
    is read only as named more precisely — when it is precise enough (three significant digits) to tell the fact."""
    return f.relation == "contradicts" and f.rule in ("date", "period") and f.fact.quantity is not None and precise(q) \
        and compare_quantity(replace(q, approximate=False), f.fact.quantity)[0] == "supports"


def another_range(q: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether a range ("between 4.4 and 5.0 billion") meets a range of other ends, or a single figure: however they
    overlap, it is no figure of another year (``scope._wrong_year``) but another range, a target of its own year
    (an outcome of 8.3 % the year before is not "between 4 % and 8 %" said for this year); a bound alone ("a margin
    above 9 %") gives no year's figure either: 9.4 % the year before meets it without being it."""
    if fq is not None and fq.bound in ("at-least", "at-most") and q.bound not in ("at-least", "at-most"):
        return True
    if fq is not None and None not in (q.value, fq.value) and _finer_than(q.value, fq.value):
        return True          # (14.9 % is not the 15 % a source rounds: a figure it does not write)
    if fq is not None and None not in (q.min, q.max) and None in (fq.min, fq.max):
        return True          # (a single figure near one end, 8.3 % for "between 4 % and 8 %", is no such range)
    if fq is None or None in (q.min, q.max, fq.min, fq.max):
        return False
    return any(abs(a - b) > 1e-9 * max(1.0, abs(a)) for a, b in ((q.min, fq.min), (q.max, fq.max)))


def _finer_than(value: float, given: float) -> bool:
    """Whether a figure is written more finely than a source's and differs from it at its own precision (14.9 against
    15: the source's 15 may round it, but does not give it)."""
    digits = _digits(value)
    return digits > _digits(given) and \
        float(f"{abs(given):.{digits}g}") != float(f"{abs(value):.{digits}g}")


def _digits(value: float) -> int:
    """The significant digits a figure is written with (a unit's conversion's float noise left out: 8.2p is 0.082)."""
    return len(Decimal(f"{abs(value):.12g}").normalize().as_tuple().digits)


def same_day_written(claim: Claim, year, fact: Fact, index) -> bool:
    """Whether every date of ``year`` the claim writes is a day the fact's own sentence writes too (« proposera à
    l'assemblée du 12 mai 2026 un dividende de 3 euros » against « … à l'assemblée du 12 mai 2026 un dividende de
    3 euros au titre de 2025 »): the date of the same event the fact dates, not the year of its figure — no wrong
    year. A year written alone ("for 2026") is the figure's own and keeps being judged."""
    if not isinstance(year, int):
        return False
    mine = [d for d in claim.dates if d.year == year]
    theirs = {(d.year, d.month, d.day) for d in index.reading(fact).dates if d.day and d.month}
    return bool(mine) and all(d.day and d.month and (d.year, d.month, d.day) in theirs for d in mine)
