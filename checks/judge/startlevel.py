"""A level reached and the level it started from written as one pair: "rose to £29.0m from £24.0m", « à 262,1 M€,
contre 248,6 M€ ». The starting level is that very measure's earlier figure. When the one fact confirming the level
reached writes in its own sentence the starting level (or levels) of that figure, in the same unit, and the claim's
starting level is none of them, another fact that gives the claim's starting level (another measure's figure,
another fact's own starting level) confirms a figure of something else: the starting level is refuted (rule
``quantity-start``, citing the level's fact), so the claim is mixed: its level right, its start wrong.

- contradicted start: "Velmor's operating profit rose to £29.0m from £22.2m" against "Velmor's operating profit rose to
  £29.0m in 2025, from £24.0m" and "Velmor's statutory profit was £23.2m, up from £22.2m".
- the same when the starting level is a claim of its own beside the level's (« … atteignent 262,1 M€, contre 231,4
  millions un an plus tôt »): ``starts_beside_levels``.
- supported: "… rose to £29.0m from £24.0m" against the same facts; a level fact whose sentence writes no starting
  level (« Le résultat de Velmor atteint 29 millions d'euros ») leaves the start to the fact that gives it.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..match import FactIndex
from ..model import CONTRADICTED, SUPPORTED, Claim, ClaimResult, Fact, Part, Quantity
from .clauses import relative_figure
from .findings import Finding, asserted_figures, fact_by_id, year_of

RULE_ID = "quantity-start"


def _level_fact(claim: Claim, q: Quantity, findings: list[Finding]) -> Optional[Fact]:
    """The one fact confirming the claim's level reached: a figure of the start's unit, not a starting level."""
    levels = {x.text.strip() for x in asserted_figures(claim)
              if x is not q and _plain(x.unit) == _plain(q.unit) and relative_figure(claim, x) is None}
    facts = {id(f.fact): f.fact for f in findings
             if f.relation == "supports" and f.rule.startswith("quantity") and f.part in levels}
    return next(iter(facts.values())) if len(facts) == 1 else None


def starts_written(fact: Fact, index: FactIndex) -> list[Quantity]:
    """The starting levels the fact's sentence writes ("from £24.0m", « contre 248,6 M€ »)."""
    reading = index.reading(fact)
    return [fq for fq, base in zip(reading.quantities, reading.baselines) if base and fq.value is not None and fq.start >= 0]


def dated_elsewhere(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim dates its figures in a year the fact neither writes nor is dated to (another period's
    level may be meant)."""
    years = {d.year for d in claim.dates if d.year}
    return bool(years - {d.year for d in index.reading(fact).dates} - {year_of(fact.as_of)})


def _starts_written(fact: Fact, q: Quantity, index: FactIndex) -> list[Quantity]:
    """Those in the unit of ``q``, a sum per share as its currency ("to 39.5p from 37p" against "39.5p per share
    from 39.0p")."""
    unit = _plain(q.unit)
    return [fq for fq in starts_written(fact, index) if _plain(fq.unit) == unit]


def _plain(unit: Optional[str]) -> Optional[str]:
    """A unit without what it is counted per ("GBP per share": "GBP")."""
    return unit.partition(" per ")[0] if unit else unit


def _wrong_start(claim: Claim, q: Quantity, level_fact: Fact, index: FactIndex) -> Optional[Quantity]:
    """The level fact's written starting level that refutes ``q`` (every one it writes does), else None; none
    when the claim dates its figures in a year the level fact does not write."""
    if dated_elsewhere(claim, level_fact, index):
        return None
    starts = _starts_written(level_fact, q, index)
    if not starts or any(compare_quantity(q, s)[0] != "contradicts" for s in starts):
        return None
    return starts[-1]


def mispaired_starts(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each starting level confirmed only by another fact than its level's, whose sentence gives
    that level other starting levels, read as refuted by the level's fact. Not when the claim dates its figures in a
    year that fact does not write (another period's level may be meant)."""
    for q in asserted_figures(claim):
        part = q.text.strip()
        if q.value is None or q.unit is None or relative_figure(claim, q) != "starting level":
            continue
        mine = [f for f in findings if f.part == part]
        level_fact = _level_fact(claim, q, findings)
        if level_fact is None or not mine or any(f.relation != "supports" or f.fact is level_fact for f in mine):
            continue
        start = _wrong_start(claim, q, level_fact, index)
        if start is None:
            continue
        message = (f"wrong starting level: the source gives {start.text.strip()!r}, the article {part!r} "
                   f"(a figure of something else: {mine[0].fact.statement}): {level_fact.statement}")
        findings = [f for f in findings if f.part != part] + [Finding("contradicts", RULE_ID, level_fact, message, part=part)]
    return findings


def _confirmed(r: ClaimResult, how: Optional[str]) -> list[tuple[Quantity, str]]:
    """(figure, "source/fact") for each figure of a result's claim a part confirms, of one kind (a level: None;
    "starting level")."""
    done = {p.text: p.fact for p in r.parts if p.status == "confirmed"}
    return [(q, done[q.text.strip()]) for q in asserted_figures(r.claim)
            if q.text.strip() in done and relative_figure(r.claim, q) == how]


def starts_beside_levels(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A supported claim whose one confirmed figure is a starting level, after a supported claim with one confirmed
    level of its unit: refuted as in ``mispaired_starts`` when another fact confirmed it and the level's fact writes
    other starting levels (the claim is contradicted, citing the level's fact)."""
    out, level = [], None
    for r in results:
        levels = _confirmed(r, None) if r.verdict == SUPPORTED else []
        starts = _confirmed(r, "starting level") if r.verdict == SUPPORTED and not levels else []
        if len(levels) == 1:
            level = levels[0]
        elif level is not None and len(starts) == 1 and starts[0][1] != level[1] and \
                _plain(starts[0][0].unit) == _plain(level[0].unit):
            r = _refuted_start(r, starts[0][0], level[1], index) or r
        out.append(r)
    return out


def _refuted_start(r: ClaimResult, q: Quantity, ref: str, index: FactIndex) -> Optional[ClaimResult]:
    source_id, _, fact_id = ref.partition("/")
    level_fact = fact_by_id(index, source_id, fact_id)
    start = _wrong_start(r.claim, q, level_fact, index) if level_fact is not None else None
    if start is None:
        return None
    part = q.text.strip()
    msg = (f"Wrong starting level: the source gives {start.text.strip()!r}, the article {part!r} (a figure of "
           f"something else): {level_fact.statement}")
    parts = tuple(p for p in r.parts if p.text != part)
    return ClaimResult(r.claim, CONTRADICTED, msg, r.evidence, r.confidence, [RULE_ID, *r.rules], r.wrong_actor,
                       (Part(part, "contradicted", RULE_ID, ref), *parts))
