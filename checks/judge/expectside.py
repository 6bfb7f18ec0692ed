"""Which side of expected and happened a claim's figure is on, and the facts on that side: what someone expected or aims
at is compared with expectations and targets only, what happened never with them ("the target is below 1 % by March"
is not the latest figure of the share); a figure listed in an item of an expectation, with both
(``expectitems.listed_expected``).
"""
from __future__ import annotations

import functools
import re

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_pattern, words
from ..detect import is_expectation
from ..text import fold
from .clauses import clause_around, window_start
from .expectitems import listed_expected
from .figures import fact_expected, figure_expected, stated_figure
from .findings import year_of
from .forecastfact import forecast_given, names_forecast_noun


def same_side(claim: Claim, q: Quantity, window: str, pool: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The facts of ``pool`` on the figure's side of expected and happened: "Velmor expects a margin of 12 %" is met by
    a guidance, not by last year's margin; « Norvel vise une croissance de 5 % et une marge de 12 % » gives the margin
    listed under the aim, met by both; a figure given as planned is met on either side, and a fact giving its figure as
    planned meets an expected figure, not a level that already holds ("has 457 stores" is no plan "to open 10 stores")."""
    expected = figure_expected(claim, q, window)
    listed = not expected and listed_expected(claim, q) or planned(window) or said_would(claim, q, window)
    # (a figure of one value that happened is no target's range: « les ventes ont progressé de 8,3 % » against
    # « L'objectif annuel … était une croissance de 8 % à 10 % »: ``aimed_range``)
    done = not expected and not listed and _happened(claim, q)
    return [c for c in pool if (listed or fact_expected(c.fact, index) == expected or expected and forecast_given(claim, c, index)
            or expected and (_fact_planned(c.fact, index) or _ahead_of_its_source(claim, q, window, c)))
            and not (done and aimed_range(c, index))]


def for_an_expectation(claim: Claim, q: Quantity, window: str, cands: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The candidates a figure given as expected may be met by (``same_side``: "Velmor expects growth of 15 % this
    year" is not met by last year's 15 % its results write beside a level); for any other figure, every candidate but,
    for a figure of one value, a range a noun of target or forecast names (``aimed_range``: "sales rose 8.3 %" is not
    met by the 8 % to 10 % of « L'objectif annuel de Velmor était une croissance de 8 % à 10 % »)."""
    if not figure_expected(claim, q, window):
        return [c for c in cands if not aimed_range(c, index)] if _happened(claim, q) else cands
    return same_side(claim, q, window, [c for c in cands if c.fact.quantity is not None], index)


def aimed_range(c: Candidate, index: FactIndex) -> bool:
    """Whether a fact declares a range as what someone aims at or forecasts: a noun of forecast, guidance or target
    before the range's first figure in its clause (« L'objectif annuel de Velmor était une croissance de 8 % à 10 % »,
    "Velmor's guidance was growth of 8 % to 10 %"), whatever verb of being links them."""
    fq = c.fact.quantity
    if fq is None or fq.min is None or fq.max is None:
        return False
    text = c.fact.statement or ""
    first = min((o.start for o in index.reading(c.fact).quantities if o.start >= 0 and o.unit != "year"), default=None)
    if first is None:
        return False
    clause = clause_around(text, first, first)
    left = text.find(clause)
    return 0 <= left <= first and names_forecast_noun(text[left:first])


def _happened(claim: Claim, q: Quantity) -> bool:
    """A figure of one value, no range, in a claim that names no expectation anywhere ("sales rose 8.3 %", not "a rise
    of 8 % to 10 %", nor "it aims for 150 openings, including around 50 relocations"): what happened."""
    return q.value is not None and q.min is None and q.max is None and not is_expectation(claim.text)


def _ahead_of_its_source(claim: Claim, q: Quantity, window: str, c: Candidate) -> bool:
    """Whether a fact is of the year the figure's clause names, after the one its source was published in: a target
    or an expectation whatever its words ("bringing combined savings to £85m by 2027", published in 2025)."""
    from .periods import quantity_year       # (periods reads the modules that read this one)
    year = year_of(c.fact.as_of)
    return (year or 0) > (year_of(c.source.published) or 9999) and quantity_year(claim, q, window) == year


def said_would(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether a checkable claim gives its figure as what a party said would happen: a reported future
    (``reported_conditional``: "would", « serait ») before the figure in its clause, which the reader left checkable
    only as what a speaker on the record said ("Velmor warned that the strike would cut its profit by £40m",
    « Norvel a indiqué que la cession serait conclue pour 2 milliards »; an unreported one is a prediction). The
    party's forecast as much as its decision: met by the expectation it published as by what was decided or done."""
    if claim.kind == "prediction" or not claim.checkable or claim.role == "attribution-frame":
        return False
    before = fold(window[:max(0, q.start - claim.start - window_start(claim, q))])
    return word_pattern("claims", r"(?<!\w)(?:{reported_conditional})(?!\w)").search(before) is not None


def planned(text: str) -> bool:
    """Whether a clause gives its figure as what a party plans or is on its way to (``plan_phrases`` of
    ``claims.yaml``: "Velmor plans to return £2bn", "is on track to deliver £300m", « Norvel prévoit de céder pour 2
    milliards »): a plan stated, decided as much as expected — met by a target as by what was announced as done."""
    return bool(_plan_pattern().search(fold(text)))


@functools.lru_cache(maxsize=None)
def _plan_pattern() -> re.Pattern:
    """``plan_phrases`` of every language, folded as the text they are read in is (built once: ``planned`` is asked
    of each candidate's clause)."""
    return compiled(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in words("claims", "plan_phrases")) + r")(?:(?<=')|(?!\w))")


def _fact_planned(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact gives its figure as a plan (``planned``, read in the clause of its sentence that writes it)."""
    stated = stated_figure(fact, index)
    text = fact.statement or ""
    return planned(text if stated is None else clause_around(text, stated.start, stated.end))
