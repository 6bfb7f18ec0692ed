"""A starting level a gloss gives beside a confirmed level ("89 TWh in 2024, against 50.1 TWh in 2022", « 11 nuits
par an, contre 4 par an entre 1971 et 2000 »), judged against the series of the fact that confirms the level: the
starting level that fact's own sentence gives for the gloss's period, or the fact of the same series dated as the
gloss is. The figure of the series' other year, or another figure for its year, is wrong; what agrees is left to
the rules that confirm (this pass only refutes, it never adds support).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..unitfit import units_comparable
from ..match import FactIndex
from ..model import UNVERIFIED, ClaimResult, Fact, Quantity
from ..terms import content_stems
from .findings import Finding, asserted_figures, year_of
from .parts import refuted_by
from .carry import confirming_facts
from .clauses import relative_figure
from ..resources import compiled

_P_WORDS = compiled(r"\d")

# how many of the content words of the shorter of two facts' sentences (figures and years aside) the other must
# write for the two to be points of one series ("Le solde exportateur net … a atteint 89 TWh, un record" / "Le
# solde exportateur net … était de 50,1 TWh en 2023"); at least three
SERIES_OVERLAP = 0.8


def baseline_by_main_series(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """Each unchecked starting level of a gloss or relative clause against the series of the fact that confirms
    another clause's level."""
    confirming = confirming_facts(results, index, ("main", "relative", "gloss"))
    out = []
    for r in results:
        mains = [f for k, fs in confirming.items() if k != id(r) for f in fs if f.quantity is not None]
        figures = asserted_figures(r.claim)
        if r.verdict == UNVERIFIED and r.claim.checkable and r.claim.role in ("gloss", "relative") and mains \
                and len(figures) == 1 and relative_figure(r.claim, figures[0]) == "starting level":
            years = sorted({d.year for d in r.claim.dates if getattr(d, "year", None)})
            found = next((f for m in mains for f in [_against_own_start(figures[0], years, m, index)
                                                     or _against_series(figures[0], years, m, index)] if f), None)
            if found is not None:
                r = refuted_by(r.claim, found, index)
        out.append(r)
    return out


def _against_own_start(q: Quantity, years: list[int], fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The confirming fact's sentence gives a starting level of the gloss's period ("13 jours …, contre 2 par an
    sur 1961-1990") that the gloss's figure does not meet; for a gloss that writes no year ("contre 3,5 M€ un an plus
    tôt", "against €4.8m a year earlier"), the one starting level of its kind of unit the sentence gives."""
    if years and not all(str(y) in (fact.statement or "") for y in years):
        return None
    reading = index.reading(fact)
    starts = [x for x, base in zip(reading.quantities, reading.baselines)
              if base and x.value is not None and (x.unit is None or units_comparable(q, x) is None)]
    if not years and len({x.value for x in starts}) != 1:
        return None
    for x in starts:
        if compare_quantity(replace(q, unit=x.unit or q.unit), replace(x, unit=x.unit or q.unit))[0] == "contradicts":
            return Finding("contradicts", "quantity", fact, f"wrong figure: the starting level the source gives is "
                                                            f"{x.text.strip()}, the article {q.text.strip()!r}: {fact.statement}",
                           part=q.text.strip())
    return None


def _against_series(q: Quantity, years: list[int], fact: Fact, index: FactIndex) -> Optional[Finding]:
    """A fact of the confirming fact's series gives the gloss's figure for another year than the gloss's, or
    another figure for the gloss's year."""
    if len(years) != 1:
        return None
    for other in _series(fact, index):
        when = year_of(other.as_of)
        verdict = compare_quantity(replace(q, approximate=False), other.quantity)[0]
        if when != years[0] and verdict == "supports":
            return Finding("contradicts", "period", other, f"wrong period: {q.text.strip()!r} is the source's figure "
                                                           f"for {when}, not {years[0]}: {other.statement}", part=q.text.strip())
        if when == years[0] and verdict == "contradicts":
            return Finding("contradicts", "quantity", other, f"wrong figure: the source gives "
                                                             f"{fmt_quantity(other.quantity)} for {when}, the article "
                                                             f"{q.text.strip()!r}: {other.statement}", part=q.text.strip())
    return None


def _series(fact: Fact, index: FactIndex) -> list[Fact]:
    """The other facts of the list that measure what ``fact`` does, of other years: the same unit and parties,
    and nearly the same words."""
    own = _words(fact)
    out = []
    for src in index.sources.values():
        for other in src.facts:
            if other is fact or other.quantity is None or other.quantity.unit != fact.quantity.unit \
                    or other.subject != fact.subject or year_of(other.as_of) in (None, year_of(fact.as_of)):
                continue
            theirs = _words(other)
            if len(own & theirs) >= max(3, SERIES_OVERLAP * min(len(own), len(theirs))):
                out.append(other)
    return out


def _words(fact: Fact) -> set[str]:
    return {w for w in content_stems(_P_WORDS.sub(" ", fact.statement or ""))}
