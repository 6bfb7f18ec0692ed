"""Rule ``date``: the year of an event ("élu en 2020"), "since 2019", and each date a confirmed claim
states, against the dates its confirming fact (or a fact of its source on the same parties) gives.

- supported: "The share is to fall below 1 % by March 2026" / « plafonnée d'ici mars 2026 », as the source.
- contradicted: "… by March 2027" / « … d'ici mars 2027 » against "by March 2026"; "The inquiry opened in
  2021" against "opened in September 2022".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

from ...compare import compare_quantity
from ...factread import direction_of
from ...numbers import find_months
from ...match import Candidate, FactIndex
from ...model import Claim, Fact
from ...resources import compiled, word_pattern
from ...terms import concepts_in, content_stems
from ...text import fold
from ..topicality import GENERIC_CONCEPTS, MIN_TOPICAL, is_topical
from ..findings import Finding, declared_as_of, month_of, quarter_months, year_of
from ..dateparts import disjoint, other_split_year, split_year_end, written_months, years_spanned
from ..figuredate import confirmed_figures, figure_date
from ..periods import fiscal_end, writes_fiscal_year
from ..titledate import title_month
from ...tablestore import stored

_P_ENDS_IN = compiled(r"\d{2}(\d{2})\s*[-–/]\s*(\d{2}|\d{4})\b")
_P_STATED_DATES = compiled(r"\d{4}")

RULE_ID = "date"


def rule_stated_dates(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """Rule ``date``: each date a confirmed claim states ("by March 2027", "opened in 2021", "before 2030",
    "in October") against the facts that confirm it: the same date (or the fact's period, or its source's
    date) confirms it; a date of the same setting that differs refutes it ("by March 2026" in the source:
    the part is contradicted, the rest of the claim stays confirmed); else it stays unchecked, and the
    statement is not supported on the strength of its other parts."""
    confirming = []
    for f in findings:
        if f.relation == "supports" and all(f.fact is not c for c in confirming):
            confirming.append(f.fact)
    if not confirming or any(f.rule == "date" and not f.part for f in findings):
        return []                        # no confirmed part, or rule_date already judged the claim's year
    done = {f.part for f in findings if f.relation in ("supports", "contradicts", "outdated") and f.part}
    read: dict[int, list] = {}

    def dates_of(fact: Fact) -> list:      # each fact's dates read once, however many dates the claim states
        if id(fact) not in read:
            read[id(fact)] = _fact_dates(fact, index)
        return read[id(fact)]

    out = []
    figures = confirmed_figures(claim, findings)
    for said in stated_dates(claim):
        if said.text in done or any(said.text in p or p in said.text for p in done if p):
            continue
        found = _said_against(said, claim, confirming, dates_of, index)
        # (a date the confirming facts leave open or refute: the one the fact writing the claim's very figure gives)
        found = figure_date(said, found, claim, figures, cands, confirming, dates_of, _same_when, index)
        if found is not None:
            out.append(found)
    return out


def gives_stated_dates(claim: Claim, decided: list[Finding], index: FactIndex) -> bool:
    """Whether the facts that confirm a claim (``decided``) also give each date the claim states."""
    said = stated_dates(claim)
    if not said:
        return True
    given = {f.part for f in rule_stated_dates(claim, decided, index) if f.relation == "supports"}
    return all(d.text in given for d in said)


def _said_against(said: "_When", claim: Claim, confirming: list[Fact], dates_of: Callable[[Fact], list],
                  index: FactIndex) -> Optional[Finding]:
    """A date the claim states against the confirming facts: the first that gives it supports it; else the
    first that gives a rival date in the same setting refutes it; else another fact of a confirming fact's
    source that gives it supports it. A fact that writes the claim's year at another stretch of it ("the second
    half of 2025" for "the first half of 2025") leaves the date unchecked when it does not refute it."""
    found, conflicting, season = None, False, None
    for fact in confirming:
        other = other_split_year(said.text, said.relation, fact.statement or "")
        if other is not None:
            season = season or Finding("contradicts", "date", fact, f"wrong date: the source says {other!r} "
                                       f"({fact.statement}); the article says {said.text!r}", part=said.text)
            continue
        dates = dates_of(fact)
        if any(_conflicts(said, d) for d in dates):
            # the source writes the year at another stretch: its period or its source's date, which only give the
            # year, confirm nothing
            conflicting = True
            dates = [d for d in dates if d.text]
        support = _date_support(said, claim, fact, dates, index) or fiscal_end(said, claim, fact)
        if support is not None:
            return support
        found = found or _rival_date(said, claim, fact, dates)
    found = found or season
    if found is None and not conflicting:
        found = _given_elsewhere(said, claim, confirming, dates_of, index)
    return found or (None if conflicting else _another_month(said, claim, confirming, dates_of, index))


def _rival_date(said: "_When", claim: Claim, fact: Fact, dates: list) -> Optional[Finding]:
    """A date the fact writes in the same setting as the claim's (one at another stretch of the same year first):
    the claim's date is wrong."""
    setting = [d for d in dates if d.text and _same_setting(said, claim, d, fact)]
    rival = next((d for d in setting if _conflicts(said, d)), None) or next(iter(setting), None)
    if rival is None:
        return None
    other = "at another time of the year: " if rival.year == said.year else ""
    return Finding("contradicts", "date", fact, f"wrong date: the source says {other}{rival.written or rival.text!r} "
                   f"({fact.statement}); the article says {said.written or said.text!r}", part=said.text)


def _given_elsewhere(said: "_When", claim: Claim, confirming: list[Fact], dates_of: Callable[[Fact], list],
                     index: FactIndex) -> Optional[Finding]:
    """A date the confirming facts leave out: given by a sibling fact, or by their source's title (``title_month``)."""
    return _sibling_date(said, claim, confirming, dates_of, index) \
        or title_month(said, claim.text, said.start - claim.start, confirming, index)


def _sibling_date(said: "_When", claim: Claim, confirming: list[Fact], dates_of: Callable[[Fact], list],
                  index: FactIndex) -> Optional[Finding]:
    """A date the confirming fact leaves out, given by another fact of its source on the same parties or the same
    figure ("since 2023" in the range the upper bound comes from), or by one of its period that writes it after the
    claim's own words (« pour la première fois depuis 2005 », "the first time since 2005")."""
    for fact in confirming:
        alike = (g for g in getattr(index.sources.get(fact.source), "facts", []) if g is not fact and g.as_of == fact.as_of)
        sib = next((g for g in sibling_facts(fact, index)
                    if any(_same_when(said, d) and not _its_baseline(said, d, claim, g) for d in dates_of(g))), None) \
            or next((g for g in alike if any(d.text and _same_when(said, d) and _after_same_words(said, claim, d, g)
                                             and not _its_baseline(said, d, claim, g)
                                             for d in dates_of(g))), None)
        if sib is not None:
            return Finding("supports", "date", sib, f"{said.text!r}, as in the source", part=said.text)
    return None


def _after_same_words(said: "_When", claim: Claim, d: "_When", fact: Fact) -> bool:
    """Whether two of the last three content words before the claim's date are in the fact's sentence before its date
    ("returned to profit for the first time", « renoue avec le bénéfice pour la première fois » against « renoue en
    2024 avec le bénéfice pour la première fois »), and any way they say things went is the fact's ("profit fell" is not)."""
    at = max(0, said.start - claim.start)
    words = (claim.focus or claim.text)[max(0, at - 40):at]
    way = direction_of(words)
    return len(set(content_stems(words)[-3:]) & set(content_stems(fact.statement[:max(0, d.start)]))) >= 2 \
        and way in (None, direction_of(fact.statement))


def _another_month(said: "_When", claim: Claim, confirming: list[Fact],
                   dates_of: Callable[[Fact], list], index: FactIndex) -> Optional[Finding]:
    """The one month a claim states alone ("back in October", "by the second week of May") against a confirming
    fact of one month, the month its sentence writes and its period ("made in March 2025", as of 2025-03), which
    neither it nor its source's date gives: the figure is the source's for another month. The period is the one
    the source list declares (a month read from "opened its inquiry in September 2022 and fined …" may date
    another verb than the figure's)."""
    if said.year is not None or said.month is None or sum(1 for w in stated_dates(claim) if w.month) != 1:
        return None
    for fact in confirming:
        written = {(d.year, d.month) for d in dates_of(fact) if d.text and d.month}
        declared = declared_as_of(fact, index)
        period = (year_of(declared), month_of(declared))
        if len(written) == 1 and period in written and said.month != period[1]:
            d = next(d for d in dates_of(fact) if d.text and d.month)
            return Finding("contradicts", "period", fact, f"{OTHER_MONTH} {d.text!r} ({fact.statement}); the "
                           f"article says {said.text!r}", part=said.text)
    return None


OTHER_MONTH = "wrong period: the source gives the figure for"


def withdraw_other_month(findings: list[Finding]) -> list[Finding]:
    """A figure the source gives for another month than the one the claim states confirms nothing: its support
    by that fact is only related (the claim is wrong, not half right)."""
    other = [f.fact for f in findings if f.rule == "period" and f.relation == "contradicts" and f.message.startswith(OTHER_MONTH)]
    if not other:
        return findings
    return [replace(f, relation="related") if f.relation == "supports" and f.rule == "quantity"
            and any(f.fact is g for g in other) else f for f in findings]


def _date_support(said: "_When", claim: Claim, fact: Fact, dates: list, index: FactIndex) -> Optional[Finding]:
    """The fact gives the date, or is a change measured from the year the claim states."""
    if any(_same_when(said, d) and not _its_baseline(said, d, claim, fact) for d in dates) \
            or _year_written(said, fact):
        return Finding("supports", "date", fact, f"{said.text!r}, as in the source", part=said.text)
    if why := split_year_end(said, dates, fact.statement):
        return Finding("supports", "date", fact, why, part=said.text)
    period = year_of(fact.as_of) or index.reading(fact).period and year_of(index.reading(fact).period)
    if said.year and said.month is None and period == said.year + 1 and index.reading(fact).direction \
            and (said.relation == "baseline" or _measured_from(said, claim) or _ends_in(said.text, period)):
        return Finding("supports", "date", fact, f"{said.text}: the year the source's change for {period} "
                                                  f"is measured from", part=said.text)
    return None


def _year_written(said: "_When", fact: Fact) -> bool:
    """Whether the fact's sentence writes the claim's year alone: within the years it spans ("2023-2025"), or as a
    financial year's label ("FY2026" for "its 2026 financial year")."""
    return said.month is None and (said.year in years_spanned(fact.statement) or bool(said.year) and said.relation == "at"
                                   and writes_fiscal_year(said.year, fact.statement))


def _its_baseline(said: "_When", d: "_When", claim: Claim, fact: Fact) -> bool:
    """A year the fact of another year writes as where its change is measured from ("fell 57.6 % in 2024, from
    … in 2023"), against the year a claim of a change dates what happened in ("dropped 57.6 % in 2023"): not
    the claim's year."""
    return said.relation == "at" and said.month is None and d.relation == "baseline" \
        and year_of(fact.as_of) not in (None, said.year) and bool(direction_of(claim.focus or claim.text))


@stored
def _opener_before() -> re.Pattern:
    # a baseline opener a few words before the date ("up 21% from the same period of 2023")
    return word_pattern("measures", r"\b(?:{baseline_date_openers})\s+(?:\S+\s+){0,5}$")


def _measured_from(said: "_When", claim: Claim) -> bool:
    """Whether the claim's words just before the date open what a change is measured from."""
    at = said.start - claim.start
    return 0 < at <= len(claim.text) and bool(_opener_before().search(fold(claim.text[max(0, at - 60):at])))


def _ends_in(text: str, year: int) -> bool:
    """Whether a span of years as written ends in ``year`` ("2024-25" for 2025): the period the fact gives, not a
    baseline year (a year alone, "rose 15% in 2023", is the change's own period, not the one it is measured from)."""
    m = _P_ENDS_IN.search(text)
    return m is not None and int(m.group(2)[-2:]) == year % 100


def sibling_facts(fact: Fact, index: FactIndex) -> list[Fact]:
    """The other facts of ``fact``'s source about the same parties, or giving the same figure."""
    src = index.sources.get(fact.source)
    out = []
    for g in (src.facts if src else []):
        if g is fact:
            continue
        parties = fact.subject and fact.object and (g.subject, g.object) == (fact.subject, fact.object)
        figure = fact.quantity and g.quantity and fact.quantity.unit == g.quantity.unit and \
            {fact.quantity.value, fact.quantity.max} & {g.quantity.value, g.quantity.max} - {None}
        if parties or figure:
            out.append(g)
    return out


@dataclass(frozen=True)
class _When:
    """A date or a month as written, for comparing a claim's dates with a fact's."""
    year: Optional[int]
    month: Optional[int]
    relation: str
    text: str = ""
    start: int = -1                  # offset in the text it comes from (claim: article offsets)
    months: tuple = ()               # the months it covers (a quarter covers three)
    span: tuple = ()                 # the months of the stretch it is written at (a month, a half, "early"), () the year
    written: str = ""                # the date with the stretch written before it ("the second half of 2025")
    day: Optional[int] = None


def stated_dates(claim: Claim) -> list[_When]:
    """The dates and months a claim states as part of what it says (a year, a month and year, a month alone)."""
    text = claim.focus or claim.text
    out = [_When(d.year, d.month, d.relation, d.text.strip(), d.start,
                 **_span(d, text, d.start - claim.start), day=d.day) for d in claim.dates
           if _P_STATED_DATES.search(d.text) and text[d.start - claim.start:d.end - claim.start].strip()]
    taken = [(d.start, d.end) for d in claim.dates]
    for month, s, e, rel in find_months(text, offset=claim.start):
        if not any(a <= s < b for a, b in taken):
            out.append(_When(None, month, rel, claim.text[s - claim.start:e - claim.start], s))
    return out


def _fact_dates(fact: Fact, index: FactIndex) -> list[_When]:
    out = [_When(d.year, d.month, d.relation, d.text.strip(), d.start,
                 **_span(d, fact.statement, d.start), day=d.day)
           for d in index.reading(fact).dates]
    out += [_When(None, m, rel, fact.statement[s:e], s) for m, s, e, rel in find_months(fact.statement)
            if not any(d.start <= s < d.start + len(d.text) for d in out)]
    for iso in (fact.as_of, getattr(index.sources.get(fact.source), "published", None)):
        year = year_of(str(iso or ""))
        if year:
            out.append(_When(year, month_of(str(iso or "")), "at", "", -1, quarter_months(iso)))
    return out


def _span(d, text: str, at: int) -> dict:
    """The months of the stretch of its year a date is written at: its month, else the quarter, half or stretch
    written just before its year ("the first half of 2025", « fin 2024 »); () for a year alone or another relation
    than "at" ("by the end of 2025" is a deadline, not a stretch)."""
    if d.relation != "at":
        return {}
    if d.month:
        return {"span": (d.month,)}
    months, start = written_months(text or "", at)
    return {"span": months, "written": text[start:at + len(d.text)].strip() if months else ""}


def _conflicts(said: _When, d: _When) -> bool:
    """A date the source writes in the same year as the claim's, at a stretch that shares no moment with it."""
    return bool(d.text) and said.relation == d.relation == "at" and disjoint(said.year, said.span, said.day,
                                                                            d.year, d.span, d.day)


def _same_when(said: _When, d: _When) -> bool:
    if said.year is not None and d.year != said.year:
        return False
    if _conflicts(said, d):
        return False
    if said.month is not None:
        return d.month == said.month or said.month in d.months or (said.year is not None and d.month is None
                                                                   and not d.months and d.relation == said.relation
                                                                   and d.text != "")
    return True


def _same_setting(said: _When, claim: Claim, d: _When, fact: Fact) -> bool:
    """Two dates said of the same thing: the same relation other than "at" ("by March 2027", "d'ici mars
    2026"), or the same words just before them ("opened in 2021", "was opened in September 2022")."""
    if (said.year is None) != (d.year is None) and said.month is None:
        return False
    if said.relation != "at":
        return said.relation == d.relation
    if d.relation != "at" or d.start < 0:
        return False
    # a stretch written before the year ("in the second half of 2026") pushes the words it dates further back
    reach, last = (60, 4) if _conflicts(said, d) else (30, 2)
    mine = (claim.focus or claim.text)[max(0, said.start - claim.start - reach):max(0, said.start - claim.start)]
    theirs = fact.statement[max(0, d.start - reach):d.start]
    a, b = content_stems(mine)[-last:], content_stems(theirs)[-last:]
    return bool(a) and bool(set(a) & set(b))


def rule_date(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    years = [d for d in claim.dates if d.relation in ("at", "since", "until") and _P_STATED_DATES.search(d.text)]
    if not years:
        return []
    out = []
    for d in years:
        for c in cands:
            fq = c.fact.quantity
            if not is_topical(c) or not fq or fq.unit != "year" or fq.value is None or not _names_event(claim, d, c.fact, index):
                continue
            if int(fq.value) == d.year:
                out.append(Finding("supports", "date", c.fact, f"{d.year}, as in the source"))
            elif c.topical >= MIN_TOPICAL + 0.5:        # the year is the fact's own event
                out.append(Finding("contradicts", "date", c.fact,
                                   f"wrong year: the source gives {int(fq.value)} ({c.fact.statement}); the article says {d.year}"))
            break
        else:
            out.extend(_since_in_statement(claim, d, cands))
    return out


@stored
def _since_year() -> re.Pattern:
    """A year that starts a period (« depuis 2019 », "since 2019"), from ``data/lang/<code>/numbers.yaml``."""
    return word_pattern("numbers", r"\b(?:{since_words})\s+(?:\w+\s+){0,2}?((?:1[89]|20)\d\d)\b")


def _since_in_statement(claim: Claim, d, cands: list[Candidate]) -> list[Finding]:
    """"depuis 2022" against a fact whose own statement says "since 2019" for the figure the claim gives."""
    if d.relation != "since":
        return []
    for c in cands:
        m = _since_year().search(fold(c.fact.statement))
        fq = c.fact.quantity
        if not m or not is_topical(c) or not fq or fq.value is None:
            continue
        if not any(q.value is not None and compare_quantity(q, fq)[0] == "supports" for q in claim.quantities):
            continue                     # the "since" must belong to the same figure
        year = int(m.group(1))
        if year == d.year:
            return [Finding("supports", "date", c.fact, f"since {year}, as in the source")]
        return [Finding("contradicts", "date", c.fact,
                        f"wrong year: the source says since {year} ({c.fact.statement}); the article says {d.year}")]
    return []


def _names_event(claim: Claim, d, fact: Fact, index: FactIndex) -> bool:
    """The clause around a year names the fact's event ("élu en 2020" and a fact on the mayor's election),
    so that "2.4 million containers in 2025" is never compared with the year the port was founded."""
    s = max(0, d.start - claim.start - 60)
    window = (claim.focus or claim.text)[s:d.end - claim.start + 20]
    wanted = set()
    for term in fact.terms:
        wanted.update("c:" + c for c in concepts_in(term))
        wanted.add("t:" + " ".join(content_stems(term)))
    if not fact.terms:                   # a fact without terms: the concepts of its statement
        wanted.update("c:" + c for c in concepts_in(fact.statement) if c not in GENERIC_CONCEPTS)
    return bool(index.text_keys(window) & wanted)
