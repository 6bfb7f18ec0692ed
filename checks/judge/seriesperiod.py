"""The period of a series: a figure one fact confirms is the claim's only when the claim speaks of that fact's period,
when the list gives the same measure for other periods too.

A source list often gives one measure for several periods: the revenue of the year to March 2023, of the year to
March 2024, of the year to March 2025, each its own fact written alike. Those facts are a series. A figure equal to
one member's says which member the article may mean, never by itself that the article speaks of that member's
period: the journalist who gives last year's revenue as this year's writes a figure the list holds. So when the
fact that confirms a figure has members of its series of other periods, the claim's period decides: the year its
clause dates, else the year the article speaks of where the claim stands (``Claim.period_before``, a split year
"2023-24" read as the year it ends, as facts date a fiscal year). When that period is another than the confirming
fact's, the figure is not confirmed: the member of the claim's period, when the list has one and gives another
figure, refutes it (the figure of another period, the explanation naming both); else the claim stays unchecked. With
no member of the claim's year, nothing is turned (the year read may be a comparison's, not the claim's).
A claim read in no period at all (an opening that dates nothing: "Profit after tax slid to £69.2m" after "X reported
a steep drop in annual profit on Thursday") is read in its series' latest period (of its members on the confirming
fact's side of expected and happened: not next year's forecast), as an article reports the latest figure of a
measure and dates one it recalls; a claim of the confirming fact's period is left as it was.

Members of a series: facts of one source list with figures of one unit family (declared or written in their
sentences: "€490 million in 2025, or 4.8 % of revenue" beside "€440 million in 2024, or 4.2 %"), the same subject,
and the same words once figures are set aside (the content stems of their statements, at most
one word apart in four), each dated to another year (``as_of``, else the period its statement reads). A claim of a
part of a year, one whose words date its figure earlier ("the previous season", « un an plus tôt »), a nested claim,
one that writes a second figure of the same family (a change beside its starting level) and one that writes the
confirming member's own year keep their own period. Words that date a figure a year before the period spoken of
("Group sales came to €431.9m in the previous year", ``running.year_before``) read it in that year: a later member's
figure is turned as for any claim of that year. Members' words are compared with every token that writes a digit
set aside (a split year « 2023-2024 », "FY24", the "5m" of "£4.5m").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import FactIndex
from ..model import Claim, Fact
from ..numbers import split_years
from ..terms import content_stems
from ..unitkeys import unit_class
from .figures import fact_expected
from .findings import Finding, per_fact, year_of
from .periods import claim_year
from .clauses import figure_window
from .running import running_period, says_a_year_before, year_before
from .yearparts import part_of_year, parts_in
from ..resources import compiled, words
from ..tablestore import stored
from ..text import fold_same_length, spaced_alternation

RULE_ID = "series-period"

_MIN_ALIKE = 0.75                  # (the share of their words two members' statements have in common)


def of_its_series_period(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each figure a member of a series confirms, for a claim of another period than that
    member's, turned: refuted by the member of the claim's period, else only related."""
    if claim.role != "main":
        return findings         # (a gloss, "contre 1,5 million un an plus tôt": its own period)
    if says_a_year_before(claim) or _earlier().search(fold_same_length(claim.text)):
        return [g for f in findings for g in _year_before_turned(claim, f, index)]    # ("the previous season")
    year = _claim_period(claim)
    return [g for f in findings for g in _turned(claim, f, year, index)]


def _year_before_turned(claim: Claim, f: Finding, index: FactIndex) -> list[Finding]:
    """A figure the claim's words date a year before the period spoken of ("A year earlier, profit was £4.5m", « un
    an plus tôt », ``running.year_before``), confirmed by a member of a later year: turned as a claim of that year is,
    the member of the year before refuting it when it gives another figure. Any other finding is left as it was."""
    q = next((q for q in claim.quantities if q.text == f.part), None)
    if f.relation != "supports" or f.rule != "quantity" or q is None:
        return [f]
    year = year_before(claim, q, figure_window(claim, q))
    own = _fact_year(f.fact, index) if f.fact.quantity is not None else None
    if year is None or own is None or own <= year:
        return [f]
    return _turned(claim, f, year, index)


def _turned(claim: Claim, f: Finding, year: Optional[int], index: FactIndex) -> list[Finding]:
    """One finding as it stands, or, a member's confirmation of a figure of the claim's year another member gives:
    only related, and the member of the claim's year refuting it when it gives one other figure of its family. A
    claim read in no period is read in the series' latest one (an article reports the latest figure of a measure;
    an earlier one it recalls, it dates: "a year earlier", « l'exercice précédent »)."""
    if f.relation != "supports" or f.rule != "quantity" or f.fact.quantity is None:
        return [f]
    own = _fact_year(f.fact, index)
    members = _series(f.fact, index)
    year = _read_in(year, f.fact, own, members, index)
    q = next((q for q in claim.quantities if q.text == f.part), None)
    if own is None or own == year or not members or q is None or _compared(claim, q) or _of_a_part(claim, f.fact) \
            or str(own) in claim.text:          # (a claim that writes the member's year: « 12 millions en 2023 »)
        return [f]
    same = [m for m in members if _fact_year(m, index) == year]
    if not same:            # (no member of the claim's year: the period read may be another's, left as it was)
        return [f]
    out = [replace(f, relation="related", rule=RULE_ID, message=f"{f.part!r} is the source's figure for {own}, not {year}")]
    return out + _refuted_by_its_year(q, f, same, own, year, index)


def _read_in(year: Optional[int], fact: Fact, own: Optional[int], members: list[Fact], index: FactIndex) -> Optional[int]:
    """The year a figure is read in: the claim's (``year``), else, for a claim read in no period, the latest year of
    the members on the fact's side of expected and happened (not next year's forecast) when it is later than the
    fact's own (``own``), else the fact's own (nothing to turn)."""
    if year is not None:
        return year
    expected = fact_expected(fact, index)
    latest = max((y for m in members if fact_expected(m, index) == expected
                  and (y := _fact_year(m, index)) is not None), default=None)
    return latest if latest is not None and own is not None and latest > own else own


def _refuted_by_its_year(q, f: Finding, same: list, own: int, year: int, index: FactIndex) -> list[Finding]:
    """The member of the claim's year refuting the figure, when it gives one figure of its family and that one is
    another."""
    family = unit_class(q.unit) or unit_class(f.fact.quantity.unit)
    given = [(m, mq) for m in same for mq in _figures(m, index) if unit_class(mq.unit) == family]
    if len({round(mq.value, 9) for _, mq in given}) != 1 or compare_quantity(q, given[0][1])[0] != "contradicts":
        return []
    m, mq = given[0]
    return [Finding("contradicts", RULE_ID, m, f"{f.part!r} is the source's figure for {own}; for {year} "
                                               f"it gives {fmt_quantity(mq)}: {m.statement}", part=f.part)]


@stored
def _earlier():
    return compiled(rf"(?<![\w])(?:{spaced_alternation(words('numbers', 'earlier_period_words'))})(?![\w])")


def _compared(claim: Claim, q) -> bool:
    """Whether the claim writes another figure of the figure's unit family: a change from a level, two years side
    by side ("up from 7.2 % the year before"), whose figures are each of their own period."""
    family = unit_class(q.unit)
    return any(o is not q and unit_class(o.unit) == family for o in claim.quantities)


def _of_a_part(claim: Claim, fact: Fact) -> bool:
    """Whether the claim or the fact is of a part of a year (a half, a quarter, a stretch from its start: "In the first
    half, revenue came to £571m"): the calendar year is not their period, the rules of parts judge them."""
    return part_of_year(fact) or bool(parts_in("half", claim.text) or parts_in("quarter", claim.text))


def _claim_period(claim: Claim) -> Optional[int]:
    """The year the claim's figures are for: its own date (a split year, "2023-24", read as the year it ends), else
    the running period's (``running.running_period``, which reads a split year so too)."""
    own = claim_year(claim)
    if own is not None:
        return own + 1 if (own, own + 1) in split_years(claim.text) else own
    return (running_period(claim) or (None,))[0]


def _fact_year(fact: Fact, index: FactIndex) -> Optional[int]:
    return year_of(fact.as_of) or year_of(index.reading(fact).period)


@per_fact
def _series(fact: Fact, index: FactIndex) -> list[Fact]:
    """The other members of the fact's series (read once per fact, ``per_fact``): other facts of its subject, not the
    figures of its own sentence."""
    own = _shape(fact, index)
    if own is None:
        return []
    year = _fact_year(fact, index)
    return [g for g, shape in _of_subject(index).get(fact.subject, ()) if (g.source, g.id) != (fact.source, fact.id)
            and shape is not None and _alike(own, shape) and _fact_year(g, index) not in (None, year)]


def _of_subject(index: FactIndex) -> dict:
    """The list's facts (not clause facets) with their shapes, by declared subject, read once and kept on the index:
    a series is one subject's, so a fact's members are looked for among its subject's facts only (flat cost per
    claim on long lists)."""
    got = index.__dict__.get("_series_subjects")
    if got is None:
        got = index.__dict__["_series_subjects"] = {}
        for g in index.facts:
            if g.clause_of is None:
                got.setdefault(g.subject, []).append((g, _shape(g, index)))
    return got


def _shape(fact: Fact, index: FactIndex) -> Optional[tuple]:
    """(unit families of the figures it reads, subject, content stems without figures) of a fact."""
    units = frozenset(filter(None, [unit_class(q.unit) for q in _figures(fact, index)]))
    if not units:
        return None
    return units, fact.subject, frozenset(s for s in content_stems(fact.statement) if not any(ch.isdigit() for ch in s))


def _figures(fact: Fact, index: FactIndex) -> list:
    """The figures a fact gives: its declared one and those its sentence writes."""
    return [q for q in (fact.quantity, *index.reading(fact).quantities) if q is not None and q.value is not None]


def _alike(a: tuple, b: tuple) -> bool:
    if not a[0] & b[0] or a[1] != b[1] or not a[2] or not b[2]:
        return False
    return len(a[2] & b[2]) / len(a[2] | b[2]) >= _MIN_ALIKE
