"""The quarter a change is measured from (``baseline_quarter_after``): one its clause names after it behind a word of
comparison ("up 17.1 % from the third quarter", « en hausse de 3 % par rapport au troisième trimestre »); for a
claim's change said against the same quarter a year before ("3 % more than in the same quarter a year before",
« par rapport au même trimestre un an plus tôt »: ``same_period_words``), the quarter it is of, and for a fact's
figure followed by a quarter its clause names ("up 3 % on Q3 2024"), that quarter. Two changes measured from two
quarters are two figures, whatever their number (``baselines_differ``). Used by ``rules/alongside.py`` and
``beside.py``."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..figurewords import names_a_baseline
from ..model import Claim, Fact, Quantity
from ..resources import compiled
from ..text import fold
from .yearparts import part_patterns, quarters_in, same_period_pattern


def baseline_quarter_after(text: str, end: int) -> Optional[int]:
    """The quarter a change written at ``end`` is measured from, when its clause names one after it behind a word
    of comparison ("up 17.1 % from the third quarter", « en hausse de 3 % par rapport au troisième trimestre »):
    the change's baseline, not the figure's own period. None when the clause names none."""
    after = _clause_after(text, end, 90)
    folded = fold(after)
    m = part_patterns("quarter")[0].search(folded)
    if m is None or len(folded) != len(after) or not names_a_baseline(after[:m.start()]):
        return None
    return part_patterns("quarter")[4][m.group(1)]


def baselines_differ(own: str, q: Quantity, statement: str, fq: Quantity) -> bool:
    """Whether the claim's change and the fact's are measured from two different quarters ("up 17.1 % from the
    third quarter" against "17.1 % higher than in the fourth quarter of 2023": quarter on quarter against year on
    year; "3 % more than in the same quarter a year before" against "up 3 % on Q3" of a fourth quarter): the fact does
    not state the claim's change, whatever its number."""
    if q.end < 0 or fq.end < 0:
        return False
    mine, theirs = baseline_quarter_after(own, q.end), baseline_quarter_after(statement, fq.end)
    if mine is None and (mine := _year_on_year(own, q.end)) is not None and theirs is None:
        theirs = _quarter_named_after(statement, fq.end)
    return mine is not None and theirs is not None and mine != theirs


def _year_on_year(own: str, end: int) -> Optional[int]:
    """The one quarter a claim names before its change, when the clause after the change compares it with the same
    period a year before: the quarter it is measured from."""
    if not same_period_pattern().search(fold(_clause_after(own, end, 90))):
        return None
    named = quarters_in(own[:end])
    return next(iter(named)) if len(named) == 1 else None


def _quarter_named_after(text: str, end: int) -> Optional[int]:
    """The first quarter a fact's clause names right after a figure, in full or by its letter ("up 3 % on Q3 2024")."""
    after = _clause_after(text, end, 40)
    named, _, short, _, table = part_patterns("quarter")
    folded = fold(after)
    found = [(m.start(), table[m.group(1)]) for m in named.finditer(folded)] if len(folded) == len(after) else []
    found += [(m.start(), int(m.group(1))) for m in short.finditer(after)]
    return min(found)[1] if found else None


def _clause_after(text: str, end: int, span: int) -> str:
    """The words after a figure up to a mark of punctuation or the next percentage ("9 % sur un an et de 3 % par rapport
    au troisième trimestre": the 9 %'s words end before the 3 %)."""
    after = re.split(r"[,;:()]", text[end:end + span])[0]
    nxt = _P_NEXT_PERCENT.search(after)
    return after[:nxt.start()] if nxt else after


_P_NEXT_PERCENT = compiled(r"(?<![\w.,])[+\-\u2212]?\d[\d.,]*\s?%")


def from_another_quarter(claim: Claim, q: Quantity, fact: Fact, quantities: list[Quantity]) -> bool:
    """Whether every figure of the fact's sentence that gives the claim's change is measured from another quarter
    than the claim's (``baselines_differ``), and there is one."""
    at = replace(q, end=q.end - claim.start) if q.end >= 0 else q
    same = [fq for fq in quantities if fq.end >= 0 and compare_quantity(q, fq)[0] == "supports"]
    return bool(same) and all(baselines_differ(claim.text, at, fact.statement or "", fq) for fq in same)
