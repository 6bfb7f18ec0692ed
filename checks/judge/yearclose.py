"""A stock figure dated to the close of the year: "at the end of the year", "at year-end", "at the end of December",
« en fin d'exercice », « fin décembre », « au 31 décembre » (``year_close_words`` of ``numbers.yaml``) date a level
to the end of the year the clause writes, else the year the article speaks of (``Claim.period_before``). A fact of
another date that gives the figure — the end of June, the end of the year before — confirms nothing when a fact of
that close (dated to the year or to its December, not to a part of it; or to a later date of that year than the
giving fact's, the close of a year that ends before December being no earlier), writing every word the claim's
figure is measured by, gives it otherwise: that figure is of another date, wrong for the close.

- supported: "Net debt stood at £500m at the end of the year" against £500m at the end of 2024 and £708m at the end
  of June 2024 (in an article on 2024); « La dette nette ressort à 500 millions d'euros en fin d'exercice », likewise.
- contradicted: "Net debt stood at £708m at the end of the year" against the same (£708m is June's);
  « La dette nette ressort à 708 millions d'euros en fin d'exercice », likewise.
"""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..detect.finedates import twelve_months_to
from ..detect.running import writes_year_close
from .beside import measured_keys
from .clauses import figure_sense
from .figures import fact_parties, fact_expected
from .findings import Finding, month_of, year_of
from .monthyear import wrong_period
from .periods import quantity_month, quantity_year
from .rivals import first_refuting
from .wholeyear import last_month
from .yearparts import part_at_its_figure


def year_close_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                       index: FactIndex) -> list[Finding]:
    """The findings of a level the claim dates to the close of a year that only a fact of another date gives,
    while a fact of that close of the same measure gives it otherwise; none otherwise."""
    close = _close(claim, q, window)
    mine = agreeing.fact
    if close is None or _of_the_close(mine, close, index) or figure_sense(claim, q, window) != "level":
        return []
    keys = measured_keys(claim, q, window, index)
    if not keys:
        return []
    pool = (c for c in cands if _same_measure_at_close(c, agreeing, index, close, keys)
            or _later_in_the_year(c, agreeing, index, close, keys))
    other = first_refuting(claim, q, window, pool)
    if other is None:
        return []
    return wrong_period(q, mine, other, f"at the close of {close[0]}" if close[1] == 12 else
                        f"at the close of the year to {close[0]}-{close[1]:02d}")


def says_year_close(claim: Claim) -> bool:
    """Whether the claim writes words of ``year_close_words`` ("at the end of the year", « en fin d'exercice »)."""
    return writes_year_close(claim.text)


def closed_in_another_year(claim: Claim, fact: Fact) -> bool:
    """Whether the claim dates what it says to the close of a year (the one its clause writes, else the one the
    article speaks of) and the fact is of another year: « Le ratio d'endettement ressort à 2,1 en fin d'exercice »
    in an article on 2024 is not confirmed by the ratio « fin 2023 », nor "at the end of the year" by 2023's."""
    if not says_year_close(claim):
        return False
    years = [d.year for d in claim.dates if d.relation == "at"]
    year = years[0] if years else (claim.period_before or (None,))[0]
    its_year = year_of(fact.as_of)
    return year is not None and its_year is not None and its_year != year


def _close(claim: Claim, q: Quantity, window: str) -> Optional[tuple[int, int]]:
    """(year, month) of the close the claim dates its figure to: December of the year its clause writes, else the
    close of the year the article speaks of — its last month when the article speaks of twelve months to it, "the
    year to 31 March 2025" (``twelve_months_to``: "at the year end" is then March 2025's); None when it writes no
    words of a year's close, or a month other than December."""
    if not says_year_close(claim):
        return None
    month = quantity_month(claim, q, window)
    if month is not None and month != 12:
        return None
    year, period = quantity_year(claim, q, window), claim.period_before or (None, None)
    if year is None and month is None and period[0] and period[1] and twelve_months_to(claim.period_words, period[1]):
        return period
    year = year or period[0]
    return (year, 12) if year is not None else None


def _later_in_the_year(c: Candidate, agreeing: Candidate, index: FactIndex, close: tuple[int, int],
                       keys: frozenset) -> bool:
    """Whether ``c`` gives the measure of ``agreeing`` at a later date of the close's year, no later than the close's
    month (``close``; a year that closes before December, « à la fin de l'exercice » against « au 30 novembre 2024 »
    and « au 31 août 2024 »): the close is no earlier than that date, so the earlier fact's figure is not the close's.
    It writes the words of the claim's measure that ``agreeing`` writes (« backlog » for « Le carnet de commandes
    (backlog) »)."""
    f = c.fact
    later = close[0] * 12 + close[1] >= last_month(f) > last_month(agreeing.fact) >= 0 and year_of(f.as_of) == close[0] \
        and not part_at_its_figure(f, index)
    return later and _its_kin(c, agreeing, index) \
        and bool(shared := keys & index.text_keys(agreeing.fact.statement or "")) \
        and shared <= index.text_keys(f.statement or "")


def _of_the_close(fact: Fact, close: tuple[int, int], index: FactIndex) -> bool:
    """Whether the fact is dated to the close's year as a whole or to its month (``close``: year, month), not to a
    part of it."""
    return year_of(fact.as_of) == close[0] and month_of(fact.as_of) in (None, close[1]) \
        and not part_at_its_figure(fact, index)


def _same_measure_at_close(c: Candidate, agreeing: Candidate, index: FactIndex, close: tuple[int, int],
                           keys: frozenset) -> bool:
    """Whether ``c`` is a current fact of the close (``close``: year, month), in the unit of ``agreeing``, of its parties and side
    of expected and happened, whose sentence writes every word the claim's figure is measured by."""
    return _its_kin(c, agreeing, index) and _of_the_close(c.fact, close, index) \
        and keys <= index.text_keys(c.fact.statement or "")


def _its_kin(c: Candidate, agreeing: Candidate, index: FactIndex) -> bool:
    """Whether ``c`` is another current fact in the unit of ``agreeing``, naming its parties (and maybe the one a
    sentence of its source left unnamed: "Net debt was £80m at 30 June" against "Velmor's net debt was £75m at the
    end of 2024") and of its side of expected and happened: what may give the same measure at another date."""
    f = c.fact
    return f is not agreeing.fact and f.quantity is not None and c.source.id not in index.superseded_by \
        and f.quantity.unit == agreeing.fact.quantity.unit \
        and fact_parties(agreeing.fact, index) <= fact_parties(f, index) \
        and fact_expected(f, index) == fact_expected(agreeing.fact, index)

