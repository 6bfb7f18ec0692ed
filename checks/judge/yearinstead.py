"""An undated figure that only a fact of an earlier year gives, read in the year the statements before speak of
(``checks/judge/scope.py``: "'44 %' is the source's figure for 2023, not of 2024"): when one current fact of that
year gives the same measure otherwise, the figure is refuted by it, both figures named. Also the undated figures whose
facts are all of a year before the one the statements before (``older_than_running``: a change) or the statement
pointed back to (``older_than_before``) speak of: that year's figure, refuted so or left unchecked."""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from ..figurewords import is_level
from .clauses import figure_sense, window_start
from .figures import fact_expected, fact_parties, signed
from .figuresense import sense_fits
from .findings import Finding, year_of
from .qualifiers import fact_measure
from .reference import reference_ok
from .yearparts import part_of_year
from ..resources import compiled

_P_NAMED = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def of_the_year(c: Candidate, agreeing: Candidate, year: int, index: FactIndex) -> bool:
    """Whether ``c`` is a current fact of the whole ``year``, on the same side of expected and happened as
    ``agreeing``, naming the parties it names."""
    f = c.fact
    return f is not agreeing.fact and c.source.id not in index.superseded_by and year_of(f.as_of) == year \
        and not part_of_year(f) and fact_expected(f, index) == fact_expected(agreeing.fact, index) \
        and fact_parties(agreeing.fact, index) <= fact_parties(f, index)


def of_the_year_instead(claim: Claim, q: Quantity, window: str, old: Candidate, year: int,
                        index: FactIndex) -> Optional[Finding]:
    """An undated figure that only a fact of an earlier year gives (``old``), read in ``year``, the year the
    statements before speak of: refuted by the one current fact of ``year`` that gives the same measure otherwise —
    a figure in its unit and sense, of the same measure qualifiers (« en valeur » is not « en volume »), against the same reference (naming no other year than ``old`` does, but for
    ``year`` and the year before: « inférieure de 4 % à celle de 2019 » is no change on a year), naming the parties ``old`` names, and sharing more of ``old``'s words than any
    other fact of the year does (« elles pèsent 44 % du marché en valeur » in an article on 2024, against 44 % in
    2023 and 41 % in 2024). None when no such fact, or two as close, or its figure agrees."""
    keys, measure = index.fact_keys(old.fact), fact_measure(old.fact, index)
    scored = sorted(((len(keys & index.fact_keys(c.fact)), i, c) for i, c in enumerate(index.candidates(claim))
                     if c.fact.quantity and of_the_year(c, old, year, index)
                     and _unit_of(c, q, old) and sense_fits(claim, q, window, c, index)
                     and fact_measure(c.fact, index) == measure
                     and reference_ok(claim, q, c.fact, index) and _same_years(c.fact.statement, old.fact.statement, year)),
                    key=lambda t: (-t[0], t[1]))
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0] or scored[0][0] < len(keys) / 3:
        return None
    c = scored[0][2]
    if compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] != "contradicts":
        return None
    return Finding("contradicts", "period", c.fact,
                   f"wrong period: {q.text.strip()!r} is the source's figure for {old.fact.as_of} ({old.fact.statement}); "
                   f"for {year}, the year the article speaks of, it gives {fmt_quantity(c.fact.quantity)}: {c.fact.statement}")


def _unit_of(c: Candidate, q: Quantity, old: Candidate) -> bool:
    """Whether the fact's figure is in the unit of the claim's figure or of the older fact that gives it ("58.8p"
    read in pounds, the older fact's 0.588 GBP per share)."""
    return unit_class(c.fact.quantity.unit) in (unit_class(q.unit), unit_class(old.fact.quantity.unit))


def _same_years(statement: Optional[str], old: Optional[str], year: int) -> bool:
    """Whether a statement names no year but ``year``, the year before it and those ``old`` names (a change against
    another base year measures another thing)."""
    def named(text):
        return {int(y) for y in _P_NAMED.findall(text or "")}
    return named(statement) <= named(old) | {year, year - 1}


def _older_than_antecedent(claim: Claim, q: Quantity, window: str, timed: list[Candidate],
                           index: FactIndex) -> Optional[Finding]:
    """An undated figure of a statement that points back ("That was 14 % more than the season before") whose facts
    are all of a year before the one its antecedent's figures are of: another edition's figure, unchecked for the
    antecedent's year (the list may lack it, or give it in words the figure's clause does not share)."""
    ante = claim.antecedent
    dated = [c for c in timed if year_of(c.fact.as_of)]
    if ante is None or not dated:
        return None
    year = _antecedent_year(ante, index)
    if not year or max(year_of(c.fact.as_of) for c in dated) >= year:
        return None
    old = dated[0]
    if compare_quantity(signed(q, claim, old.fact.quantity, window), old.fact.quantity)[0] != "supports":
        return None
    return of_the_year_instead(claim, q, window, old, year, index) or Finding("related", "period", old.fact,
        f"{q.text.strip()!r} is the source's figure for {old.fact.as_of} ({old.fact.statement}), not of {year}, the year of the statement before")


def older_than_before(claim: Claim, q: Quantity, window: str, timed: list[Candidate],
                       index: FactIndex) -> Optional[Finding]:
    """An undated figure whose facts are of a year before the one the statements before speak of."""
    return _older_than_antecedent(claim, q, window, timed, index) or older_than_running(claim, q, window, timed, index)


def older_than_running(claim: Claim, q: Quantity, window: str, timed: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """An undated change ("Sur un an, le trafic a progressé de 6 %") read in the year the statements before
    speak of, that only facts of an earlier year give: that year's change, unchecked for the article's year (not
    a level reached, « est descendu à 55,2 % », which is no change however its verb moves)."""
    year = (claim.period_before or (None,))[0]
    if not year or figure_sense(claim, q, window) != "change" \
            or is_level(window[:max(0, q.start - claim.start - window_start(claim, q))][-24:]):
        return None
    giving = [c for c in timed if compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"]
    if not giving or any(not year_of(c.fact.as_of) or year_of(c.fact.as_of) >= year for c in giving):
        return None
    old = giving[0]
    return of_the_year_instead(claim, q, window, old, year, index) or Finding("related", "period", old.fact,
        f"{q.text.strip()!r} is the source's change for {old.fact.as_of} ({old.fact.statement}), not of {year}, the year the article speaks of")


def _antecedent_year(ante: Claim, index: FactIndex) -> Optional[int]:
    """The year the statement pointed back to speaks of: the latest year of the facts its own figures were judged
    against (an undated "the 18 clubs earned a record €4.7bn" is the latest season's), None without one."""
    memo = index.__dict__.setdefault("_antecedent_years", {})   # (asked for each figure of each statement pointing back)
    if memo.get(id(ante), (None,))[0] is ante:
        return memo[id(ante)][1]
    if len(memo) >= 256:
        memo.clear()
    from .rules.quantity import rule_quantity     # (the quantity rule uses this module: imported when needed)
    found = rule_quantity(ante, index.candidates(ante), index)
    years = [year_of(f.fact.as_of) for f in found if f.relation in ("supports", "contradicts") and f.rule.startswith("quantity")]
    year = max((y for y in years if y), default=None)
    memo[id(ante)] = (ante, year)             # (the claim kept: its id names no other while it is here)
    return year
