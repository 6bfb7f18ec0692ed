"""A change and the level it reached written as one pair: "rose 22 % to £496.5m", « a reculé de 1,6 %, à 962,1 M€ ».
The rate is the change of that very level. When the fact confirming the level writes in its own sentence the change
that led to it, and that change is not the claim's rate, the rate is not that level's: another fact that gives the
same rate (another half, another basis, another region) confirms a figure of something else. The rate is refuted (rule
``quantity``, citing the fact whose figure it is), so the statement is mixed: its level right, its rate wrong.

- contradicted: "Norvel's sales rose 22 % to £496.5m" against "Norvel's sales rose 18.1 % to £496.5m in 2024" and
  "In the first half, Norvel's sales grew 22 %"; « Les ventes de Velmor ont reculé de 1,6 %, à 962,1 millions
  d'euros » against « Les ventes de Velmor ont reculé de 0,5 %, à 962,1 millions d'euros » and another fact of 1,6 %.
- supported: "Norvel's sales rose 18.1 % to £496.5m" against the same facts; a level fact whose sentence writes no
  change (« Les ventes de Velmor atteignent 962,1 millions d'euros ») leaves the rate to the fact that gives it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of
from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words
from .findings import Finding, size_of
from .sentencefigures import sentence_figures

RULE_ID = "quantity"


def _linker() -> re.Pattern:
    """The words between a rate and the level it reached: a linker of ``change_to_words`` ("to", « à »), after at
    most a short phrase closed by a comma (« de 1,6 % en organique, à 962,1 M€ »)."""
    to = "|".join(re.escape(w) for w in words("measures", "change_to_words"))
    return compiled(rf"\s*(?:[^\W\d]+(?:\s+[^\W\d]+){{0,2}}\s*,\s*)?(?:{to})\s*", re.IGNORECASE)


def _pairs(claim: Claim) -> list[tuple[Quantity, Quantity]]:
    """Each rate in per cent the claim writes right before a level of another unit, with only a linker between."""
    qs = sorted((q for q in claim.quantities if q.start >= 0 and q.value is not None), key=lambda q: q.start)
    out = []
    for p, lvl in zip(qs, qs[1:]):
        if p.unit != "percent" or unit_class(lvl.unit) in (None, "share", "points", "year"):
            continue
        between = claim.text[p.end - claim.start:lvl.start - claim.start]
        if _linker().fullmatch(between):
            out.append((p, lvl))
    return out


def _changes_written(fact: Fact, index: FactIndex) -> list[Quantity]:
    """The rates in per cent a fact's sentence writes as a change (a way of change named before them, between the
    figure before and the figure itself: "rose 18.1 %", "£731m in 2024, down 4.6 %"), not a share or a margin."""
    text = fact.statement or ""
    figures = sentence_figures(fact, index)
    out = []
    for i, o in enumerate(figures):
        if o.unit != "percent" or o.value is None:
            continue
        before = text[figures[i - 1].end if i else 0:o.end]
        if direction_of(before) in ("increase", "decrease"):
            out.append(o)
    return out


def _level_fact(findings: list[Finding], lvl: Quantity) -> Optional[Fact]:
    """The one fact that confirms the level (by the quantity rule or as a figure its sentence writes), else None."""
    facts = {id(f.fact): f.fact for f in findings
             if f.relation == "supports" and f.rule.startswith("quantity") and f.part == lvl.text.strip()}
    return next(iter(facts.values())) if len(facts) == 1 else None


def mispaired_rates(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each rate confirmed only by another fact than its level's, whose sentence gives that level
    another change, read as refuted by the level's fact."""
    for p, lvl in _pairs(claim):
        part = p.text.strip()
        mine = [f for f in findings if f.part == part]
        level_fact = _level_fact(findings, lvl)
        if level_fact is None or not mine or any(f.relation != "supports" or f.fact is level_fact for f in mine):
            continue
        changes = _changes_written(level_fact, index)
        if not changes or any(compare_quantity(size_of(p), size_of(o))[0] == "supports" for o in changes):
            continue
        message = (f"'{part}' is the change of another figure ({mine[0].fact.statement}), not the one the source "
                   f"gives with {lvl.text.strip()}: {level_fact.statement}")
        findings = [f for f in findings if f.part != part] + [Finding("contradicts", RULE_ID, mine[0].fact, message, part=part)]
    return findings
