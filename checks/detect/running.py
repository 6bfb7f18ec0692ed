"""The period an article is speaking of, statement after statement: a figure with no date of its own in a statement
that follows a dated one is read in that statement's period ("Average prices climbed 6.4 % in the year to March. In
England the typical home now costs £296,000": March's figure; « La dette représentait 109,8 % du PIB fin 2024. Elle
dépasse désormais les 1 200 milliards d'euros »: the end of 2024's). A statement that dates what it says sets the
period; one that says nothing of when leaves it; one that compares with what the statement before said ("That
compares with 46.5 % in 2023", « C'est moins qu'en 2022 ») dates the comparison, not the article's subject. A new
paragraph starts again from the period of the article's first paragraph (its lede), not from the one before's.
A statement that names a year or a month of its own is read in none (``undated_statement``). A period a demonstrative
points back to (« ces trois derniers mois », "over the period", ``point_back``) is the one named just before it, in
its statement or the one before in the paragraph: the claim keeps those words (``Claim.period_back``), which the
judge reads for the part of a year they name last (``checks/judge/yearparts.py``).
"""
from __future__ import annotations

import re
from functools import partial
from typing import Callable, Optional

from ..model import Claim, DateRef, Statement
from ..numbers import find_months, split_years
from ..resources import compiled, word_pattern, words
from . import forecasts
from .backrefs import patterns
from .finedates import twelve_months_to
from .lexicon import claim_lexicon
from ..text import fold_same_length, spaced_alternation
from ..tablestore import stored


@stored
def _since() -> re.Pattern:
    return word_pattern("numbers", r"\b(?:{since_words})\b")


@stored
def _pointing() -> re.Pattern:
    """A period a demonstrative points back to (``period_back_*`` of ``data/lang/<code>/numbers.yaml``): a determiner,
    the words allowed before the noun, a period's noun or a count and a noun that needs one (« ces trois derniers
    mois », "those three months"), or a phrase with an article that ends its clause (« sur la période. », not « la
    période olympique »); not before the words that make it another period (« la période de juin à août ») nor a
    number."""
    def alts(key: str) -> str:
        return spaced_alternation(words("numbers", f"period_back_{key}"))
    between = rf"(?:(?:{alts('between')})\s+)*"
    counted = rf"(?:\d+|{alts('counts')})\s+{between}(?:{alts('counted_nouns')})"
    return compiled(rf"(?<![\w])(?:(?:{alts('determiners')})\s+{between}(?:{alts('nouns')}|{counted})"
                    rf"|(?:{alts('definite')})(?=\s*(?:[,.;:)]|$)))(?![\w-])"
                    rf"(?!\s*(?:\d|(?:{alts('not_before')})(?:(?<=')|(?![\w]))))")


def point_back(claims: list[Claim], text: str, base: int, before: str) -> str:
    """Each claim whose own words point back to a period (``_pointing``) keeps the words before the phrase (``before``,
    the statement before in the paragraph, then its own statement's up to the phrase): ``Claim.period_back``. Gives
    the words the statement after it reads back in: this statement's, after those its demonstrative pointed to."""
    pointed = ""
    for c in claims:
        m = _pointing().search(fold_same_length(c.focus or c.text))
        if m:
            c.period_back = f"{before} {text[:c.start - base + m.start()]}".strip()
            pointed = pointed or before
    return f"{pointed} {text}".strip()[-2000:]


def dates_of_event(claim: Claim, f: str, base: int) -> list:
    """The claim's dates of an event, first first: "at" dates, not one a period starts from ("un niveau inconnu
    depuis la fin septembre 2022")."""
    since = _since()
    at = [d for d in claim.dates if d.relation == "at" and not since.search(f[max(0, d.start - base - 25):d.start - base])]
    return sorted(at, key=lambda d: d.start)


def dated_year(claim: Claim, f: str, base: int) -> Optional[int]:
    """The year a statement's main claim is dated, for the next statement's "cette année-là", "a year earlier": its
    first date of an event, not one a period starts from ("un niveau inconnu depuis la fin septembre 2022")."""
    at = dates_of_event(claim, f, base)
    return at[0].year if at else None


def last_written_year(claims: list[Claim]) -> Optional[int]:
    """The last year a statement writes, whatever it dates (a comparison's baseline too: « davantage que sur toute
    l'année 2017 »), for the next statement's "cette année-là", "that year" when its main claim dates no event."""
    written = [d for c in claims for d in c.dates if d.year and d.text]
    return max(written, key=lambda d: d.start).year if written else None


def statement_period(claim: Claim, f: str, base: int, lang: str, points_back: bool,
                     year: Optional[int], after: Callable[[], Optional[int]] = lambda: None) -> Optional[tuple]:
    """(year, month) a statement's main claim dates what it says (the month None when it names none; for a month
    alone, "in the year to March", « le vendredi 4 juillet », the year ``year``, the period's so far or the
    article's), or None when it gives no date or compares with the statement before (``points_back``). A month
    alone later than ``after()`` (the article's month, when ``year`` is the article's) is the one just past, of the
    year before: "at the end of December" in an article of February, « à fin décembre » likewise."""
    if points_back:
        return None
    at = [d for d in dates_of_event(claim, f, base) if not _dates_a_baseline(claim, d, f, base)]
    if at:
        return at[0].year, at[0].month
    months = {m for m, _, _, rel in find_months(claim.focus or claim.text, lang) if rel == "at"}
    if len(months) != 1:
        return None
    month = months.pop()
    past = after() if year else None       # (read for a month alone of a year only)
    return (year - 1 if year and past and month > past else year), month


@stored
def _baseline_opener() -> re.Pattern:
    return word_pattern("measures", r"(?<![\w'])(?:{baseline_date_openers})(?![\w'])")


def _dates_a_baseline(claim: Claim, d, f: str, base: int) -> bool:
    """Whether a date dates the starting level a statement's figure is compared with, not the statement: the date
    written right after a figure (no other word than a preposition or article between) whose words since the
    figure before it open a comparison ("turned positive at 0.8 % after shrinking by 0.3 % in 2023", « à 5 %,
    contre 7 % en 2023 »): the statement speaks of the first figure's period, which it does not name."""
    figures = sorted((q for q in claim.quantities if 0 <= q.start and q.end <= d.start), key=lambda q: q.start)
    if len(figures) < 2:
        return False
    q, before = figures[-1], figures[-2]
    gap = f[q.end - base:d.start - base]
    if len(gap.split()) > 2 or any(ch in gap for ch in ",;:()"):
        return False
    return bool(_baseline_opener().search(f[before.end - base:q.start - base]))


def next_period(found: Optional[tuple], period: Optional[tuple], text: str) -> Optional[tuple]:
    """The running period after a statement: (year, month, words) of the one it dates (``found``, with its words),
    else the period before with the statement's words added to those read in it (``Claim.period_words``)."""
    if found:
        return found + (text,)
    return period and period[:2] + (f"{period[2]} {text}"[-2000:],)


def undated_statement(claims: list[Claim], text: str, lang: str) -> bool:
    """Whether a statement names no year and no month at all: only then is it read in the period before it ("Back
    in October, the airport had forecast 81.4 million" is October's forecast, whichever year). A month that dates
    a document or an event ("the January deadline") is no period of the statement's."""
    return not any(c.dates for c in claims) and not any(rel != "of" for _, _, _, rel in find_months(text, lang))


def month_alone_year(claims: list[Claim], text: str, period: Optional[tuple], article: tuple) -> None:
    """A statement that dates a level to the close of a year by its month alone, writing no year ("Net debt stood at
    £2 billion at the end of December", « fin décembre »: ``year_close_words`` of ``numbers.yaml``), is of the year
    ``statement_period`` reads that month in (``period``) when the article's date (``article``: year, month) reads it
    so too — that month of its year, else the one just past, of the year before: each claim with no year of its own
    is read in it (``Claim.context_year``), the figure of that December, not of another. Nothing when the two
    readings differ or the article has no date; nor for a month that dates an event ("Back in October, it had
    forecast …"), which says when it happened, not the year of the figure."""
    if period is None or period[0] is None or period[1] is None or None in article or any(c.dates for c in claims) \
            or not writes_year_close(text):
        return
    if period[0] != (article[0] if period[1] <= article[1] else article[0] - 1):
        return
    for c in claims:
        c.context_year = c.context_year or period[0]


def writes_year_close(text: str) -> bool:
    """Whether a text writes words of ``year_close_words`` ("at the end of the year", « fin décembre »); also read by
    ``checks/judge/yearclose.py``."""
    return bool(_year_close().search(fold_same_length(text)))


@stored
def _year_close() -> re.Pattern:
    return compiled(rf"(?<![\w])(?:{spaced_alternation(words('numbers', 'year_close_words'))})(?![\w])")


def date_opening(claims: list[Claim], f: str, lede: Optional[tuple]) -> None:
    """A statement that opens by dating what it says a year before the period spoken of ("A year earlier, X had
    reported revenue of …", « Un an plus tôt, cette marge n'était que de 14 % », "In the previous financial year,
    gross profit had risen 14.2 %", « Lors de l'exercice précédent, … ») with no year in the statement before
    to count from: its figures with no date of their own, a change as well as a level, are dated that many years
    before the period of the article's lede (``lede``: year, month, words; not a look-back the paragraph made since,
    « En 2023, la marge était … »), a split year there (« l'exercice 2024-2025 ») being the year it ends, as the facts
    date a fiscal year."""
    phrase = f.split(",")[0].strip()
    offset = _years_back(phrase) if len(phrase) < 40 and lede and lede[0] else None
    if not offset:
        return
    year = lede[0] + 1 if (lede[0], lede[0] + 1) in split_years(lede[2] or "") else lede[0]
    for c in claims:
        if c.quantities and not c.dates:
            c.dates = [DateRef(year + offset, lede[1], text=phrase, start=c.start, end=c.start)]


def _years_back(phrase: str) -> Optional[int]:
    """How many years before the period spoken of an opening phrase dates what follows: its own (of either language,
    as the article may quote one in the other: ``clause_relative_years``), else one when it ends with words of
    ``year_before_words`` after at most three words ("In the previous financial year", « Au cours de l'exercice
    précédent »)."""
    if _baseline_opener().match(phrase):
        return None         # ("Compared with a year earlier, …", « Par rapport à l'an dernier, … »: the base, not the time)
    offset = claim_lexicon("und").clause_relative_years.get(phrase)
    if offset:
        return offset
    m = _year_before_end().search(phrase)
    return -1 if m and len(phrase[:m.start()].split()) <= 3 and not any(ch.isdigit() for ch in phrase) else None


@stored
def _year_before_end() -> re.Pattern:
    return compiled(rf"(?<![\w'])(?:{spaced_alternation(words('numbers', 'year_before_words'))})$")


def read_in_running_period(claims: list[Claim], main_claim: Optional[Claim], text: str, f: str, st: Statement,
                           ctx) -> None:
    """Each claim is read in the period of the statements before; a statement that dates what it says sets the period
    of those after it (``ctx``: the reading's ``detect.claims.Context``)."""
    _enter_paragraph(st, ctx, claims)
    if undated_statement(claims, text, ctx.lang):
        for c in claims:
            c.period_before, c.period_words = (ctx.period[:2], ctx.period[2]) if ctx.period else (None, "")
    if main_claim is not None:
        year = ctx.period[0] if ctx.period and ctx.period[0] else ctx.article_year
        after = partial(_month_past_after, main_claim, f, ctx.period, ctx.lang, ctx.article_month)   # (for a month alone)
        back = bool(patterns()["anaphor"].match(f.strip()))
        # (a main claim of no figure that dates nothing, the subject set apart, "Tesco, Britain's biggest grocer, made
        # … in the year to February": the statement's first claim that dates what it says)
        others = [c for c in claims if c is not main_claim] if not main_claim.quantities and not main_claim.dates else []
        found = next((p for c in [main_claim] + others
                      if (p := statement_period(c, f, st.start, ctx.lang, back, year, after))), None) \
            or _frame_year(claims, main_claim, f, st.start)
        month_alone_year(claims, f, found, (ctx.article_year, ctx.article_month))
        ctx.period = next_period(found, ctx.period, f)
        # (an opening paragraph that dates nothing, "As Velmor prepares to update the market, …", leaves the lede to the
        # paragraph after it)
        if st.paragraph in (ctx.first_paragraph, ctx.next_paragraph):
            ctx.lede = ctx.lede or ctx.period
    date_opening(claims, f, _counted_from(ctx))      # (after the period is set: a figure a year before sets none)


def _counted_from(ctx) -> Optional[tuple]:
    """The period "a year earlier" opening a statement counts back from: the lede's, unless the lede dates only the
    day or month the news was told in (« a publié le 20 mars des résultats annuels ») while the paragraph reads in a
    whole year before it (« Sur l'exercice 2024, … »): that year is the one spoken of."""
    lede, period = ctx.lede, ctx.period
    if lede and period and lede[0] and lede[1] and period[0] and period[1] is None and period[0] < lede[0]:
        return period
    return lede


def _frame_year(claims: list[Claim], main_claim: Claim, f: str, base: int) -> Optional[tuple]:
    """(year, None) of the one year alone an attribution frame dates what it reports by, for a main claim that dates
    nothing ("Its accounts for 2024 showed revenue of …", "For 2023, the group had reported …"); else None. A frame's
    month or day is when it spoke, not the period of the figures — but for the end of a twelve-month period ("In its
    results for the year to 31 December 2024, the group reported …", « Dans ses comptes de l'exercice clos le 31 mars
    2025, … »: ``_ends_a_year``): (year, month), as a main claim's date of it is read (``statement_period``)."""
    if main_claim.dates:
        return None
    years = {(d.year, d.month) for c in claims if c.role == "attribution-frame"
             for d in dates_of_event(c, f, base) if d.month is None or _ends_a_year(f, d, base)}
    return years.pop() if len(years) == 1 else None


def _ends_a_year(f: str, d: DateRef, base: int) -> bool:
    """Whether a date ends a twelve-month period ("the year to 31 December 2024", « l'exercice clos le 31 mars 2025 »,
    not "the six months to 30 June 2024"): ``finedates.twelve_months_to`` of the words up to it."""
    return d.month is not None and twelve_months_to(f[max(0, d.start - base - 40):d.start - base + len(d.text)], d.month)


def _enter_paragraph(st: Statement, ctx, claims: list[Claim]) -> None:
    """A new paragraph is read in the article's period (its lede's), not the one before's; the first two paragraphs
    of statements are remembered, the lede being read in the second when the first writes no figure and dates nothing
    (a scene set: "As Velmor prepares to update the market, its last full year remains the best guide")."""
    if ctx.first_paragraph is None:
        ctx.first_paragraph = st.paragraph
    if st.paragraph == ctx.first_paragraph and any(c.quantities for c in claims):
        ctx.next_paragraph = -1        # (an opening of figures is the article's own: its lede, dated or not)
    elif ctx.next_paragraph is None and st.paragraph != ctx.first_paragraph:
        ctx.next_paragraph = st.paragraph
    if ctx.paragraph != st.paragraph:
        ctx.period, ctx.paragraph = ctx.lede, st.paragraph


def _month_past_after(main_claim: Claim, f: str, period: Optional[tuple], lang: str, month: Optional[int]) -> Optional[int]:
    """The article's month, after which a month alone read in the article's own year is the one just past, of the
    year before (« à fin décembre » in an article of February, "at the end of December" likewise), when the
    statement says what happened: no running period's year, no forecast nor future marker ("From 1 October, bills
    will rise", « les tarifs augmenteront en octobre »: the month to come)."""
    if period and period[0] or main_claim.kind == "prediction":
        return None
    return None if forecasts.predictions(f, f, claim_lexicon(lang)) else month
