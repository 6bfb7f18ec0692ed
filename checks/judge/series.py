"""Whether a fact of the latest period measures what an undated figure does: "an undated figure is the latest one
the sources give for it" means the latest of the facts that measure what it does, not the latest fact of the list.
A list that gives house prices to March and rents to April does not make "the typical home now costs £296,000"
April's figure; one that gives the overall pass rate for 2024 and 2025 makes "the pass rate stood at 97.2 %" a
2024 figure said for 2025.
"""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..compare import compare_quantity
from ..factread import measure_nouns_in
from .figures import fact_expected, rank, signed
from .findings import month_of, quarter_months, year_of
from .measured import measure_kin
from .periods import latest_period, period_key
from .running import of_running_period, says_a_year_before
from .yearparts import PARTS, part_of_year, parts_in, quantity_half, quantity_quarter
from .unsaidhalf import half_fits, unsaid_half
from .yeartodate import fact_span

# how much better the older fact must fit the figure's words than the latest one for the two to be two series (the
# scale of ``figures.rank``: a content word of the figure's clause the fact shares weighs about 1 to 3)
SERIES_MARGIN = 3.0


def of_another_series(q: Quantity, claim: Claim, window: str, latest: Candidate, older: Candidate,
                      index: FactIndex) -> bool:
    """Whether the fact of the latest period that gives another value (``latest``) fits the undated figure's words
    much less than the older fact that gives the figure (``older``): then it measures another thing, and the older
    fact is the latest the sources give for the figure."""
    scores = {id(c): s for s, c in rank(q, claim, window, [latest, older], index)}
    return scores[id(older)] - scores[id(latest)] >= SERIES_MARGIN


def older_is_latest_of_its_measure(q: Quantity, claim: Claim, window: str,
                                   pair: Optional[tuple[Candidate, Candidate]], cands: list[Candidate],
                                   index: FactIndex) -> list[Candidate]:
    """For an undated figure the latest fact refutes while an older one gives it (``pair``: the latest, the older):
    when the latest is of another series, the facts of the older one's period (its other places and parties, for
    the place rule); else none."""
    if pair is None or not of_another_series(q, claim, window, *pair, index) or not _of_its_part(claim, q, window, pair[1]):
        return []
    key = period_key(pair[1].fact)
    return [c for c in cands if c.fact.as_of and period_key(c.fact) == key]


def _of_its_part(claim: Claim, q: Quantity, window: str, c: Candidate) -> bool:
    """Whether the older fact can be of the part of the year the figure's clause names, « Au troisième trimestre,
    … 8,7 % », "In the third quarter, … 8.7 %": not when its sentence names a stretch from the year's start other
    than that part (« les neuf premiers mois », "the first nine months": ``fact_span``) or names only other parts
    of its kind; a fact dated otherwise may be of a fiscal part ("the six months to 30 September")."""
    quarter = quantity_quarter(claim, q, window)
    which, part = (quarter, "quarter") if quarter is not None else (quantity_half(claim, q, window), "half")
    if which is None:
        return half_fits(unsaid_half(claim, q, window), c.fact)
    if c.fact.as_of and not month_of(c.fact.as_of) and not quarter_months(c.fact.as_of) and not part_of_year(c.fact):
        return False        # (dated by a year alone and naming no part of it: the whole year's figure)
    span, named = fact_span(c.fact), parts_in(part, c.fact.statement or "")
    return span in (None, PARTS[part][1]) and (not named or which in named)


def latest_of_its_series(q: Quantity, claim: Claim, window: str, cands: list[Candidate],
                         index: FactIndex) -> list[Candidate]:
    """The facts of the latest period an undated bound's own series gives: the latest period's, unless an older
    fact fits the bound's words much better than every fact of the latest (``of_another_series``: "au plus la
    moitié en dividendes" is not measured by the next year's return on equity, which many figures under the bound
    would meet), then its period's (and the facts with no period)."""
    latest = latest_period(cands)
    if q.bound not in ("at-least", "at-most") or q.approximate:
        return latest
    older = [c for c in cands if c not in latest]
    dated = [c for c in latest if c.fact.as_of]
    if not older or not dated:
        return latest
    best = rank(q, claim, window, older, index)[0][1]
    if not all(of_another_series(q, claim, window, c, best, index) for c in dated):
        return latest
    key = period_key(best.fact)
    return [c for c in cands if not c.fact.as_of or period_key(c.fact) == key]


def latest_of_its_own_measure(q: Quantity, claim: Claim, window: str, timed: list[Candidate],
                              comparable: list[Candidate], index: FactIndex) -> list[Candidate]:
    """For an undated figure, when no dated fact of the latest period measures what its clause names (the list
    gives the net debt at 31 March and the net income only for the year then ended: « le résultat net atteint 194
    millions » against « la dette nette … 434 millions », "net income reached €194 million" against the net debt):
    the facts of the latest period of those whose sentence names its measure noun or its kin, when every one of
    them refutes the figure — only to refute it, never to confirm it (an older figure given as the latest is
    outdated, which other rules read), and never for a claim that writes a date of its own, « l'exercice
    précédent » included. Else none."""
    dated = [c for c in timed if c.fact.as_of]
    mine = measure_nouns_in(window) or measure_nouns_in(claim.text[:max(0, q.start - claim.start)])
    if claim.dates or says_a_year_before(claim) or not mine or not dated:
        return []
    refutes = lambda c: compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "contradicts"
    if not all(refutes(c) for c in dated):
        return []
    own = _own_measure_facts(mine, dated, [c for c in comparable if c.fact.as_of and c not in timed])
    return own if own and all(refutes(c) for c in own) else []


def running_years_own(q: Quantity, claim: Claim, window: str, latest: list[Candidate], timed: list[Candidate],
                      index: FactIndex) -> list[Candidate]:
    """For an undated figure, no bound, read in the year the article speaks of (``wholeyear.running_unparted``: a
    year, or a year to a month, "the year to 31 December 2024"; no date of its own, no part of a year named since it
    was set), when every fact of the latest period, ``latest``, ends after that year, states what happened and
    refutes it ("Pre-tax profit fell to £24m" in an article on 2024's results, against the first half of 2025's
    £8m): the facts of ``timed`` of that year, of no part of it, that name the figure's very measure noun, when
    every one of them refutes it too, with those of no period — the year's figure (one that agrees is the running
    period's already, ``running.running_gives_figure``; an older figure of a replaced source, outdated, is left to
    the latest's reading); else ``latest``."""
    from .wholeyear import running_unparted            # (wholeyear reads the rules this module serves)
    period = running_unparted(claim, q, window)
    refutes = lambda c: compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "contradicts" \
        and not fact_expected(c.fact, index)
    if period is None or q.bound in ("at-least", "at-most") or not _all_after(latest, period, refutes):
        return latest
    mine = measure_nouns_in(window) or measure_nouns_in(claim.text[:max(0, q.start - claim.start)])
    own = [c for c in of_running_period(claim, timed, period) if not part_of_year(c.fact)
           and mine & measure_nouns_in(c.fact.statement or "")]
    if not own or not all(refutes(c) for c in own):
        return latest
    return own + [c for c in timed if not c.fact.as_of]


def _all_after(latest: list[Candidate], period: tuple, refutes) -> bool:
    """Whether the dated facts of ``latest`` are some, all end after ``period`` (year, month or None) and all
    ``refutes``."""
    from .wholeyear import last_month
    dated = [c for c in latest if c.fact.as_of]
    ends = lambda c: last_month(c.fact) if last_month(c.fact) >= 0 else (year_of(c.fact.as_of) or 0) * 12 + 12
    return bool(dated) and all(ends(c) > period[0] * 12 + (period[1] or 12) and refutes(c) for c in dated)


def _own_measure_facts(mine: frozenset, latest: list[Candidate], older: list[Candidate]) -> list[Candidate]:
    """When no fact of ``latest`` names a measure noun of ``mine`` or of its kin: the facts of the latest period of
    ``older`` that do, those that name its very noun first (a profit's, not an income's of its kin); else none."""
    kin = {k for m in mine for k in measure_kin(m)}
    nouns = lambda c: measure_nouns_in(c.fact.statement or "")
    if any(kin & nouns(c) for c in latest):
        return []
    older = [c for c in older if kin & nouns(c)]
    return latest_period([c for c in older if mine & nouns(c)] or older)
