"""A level set before the change the statement before told ("It fell in April, when the council cut it by 5 % to
£1,140. Before that cut, the fare had stood at £1,210", « Avant cette hausse, le tarif était de … »): the level the
change started from, which the source gives as the starting level of a fact of that change ("cut … from £1,200 to
£1,140"). A fact of the same measure for an earlier period is another date's level, not the one before the change.
Words: ``before_change_openers`` in ``data/lang/<code>/claims.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..factread import direction_of
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from ..resources import word_pattern
from .figures import is_topical, substantive
from .findings import Finding


def change_before(claim: Claim) -> Optional[str]:
    """The direction of the change a claim's opening sets its level before ("Before that cut,": "decrease")."""
    text = claim.focus or claim.text
    m = word_pattern("claims", r"^\s*(?:{+before_change_openers})\s+([^\W\d_][\w'’-]*)", re.I).match(text)
    return direction_of(m.group(1)) if m else None


def level_before_change(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The figure against the starting level of the facts of the topic that tell a change the way the opening
    names it ("cut … from £1,849"), when they give one starting level in the figure's unit; [] otherwise."""
    way = change_before(claim)
    if way is None or q.value is None or q.unit is None:
        return []
    starts = [(c, fq) for c in cands if is_topical(c) and substantive(c) and index.reading(c.fact).direction == way
              for fq in _starting_levels(q, c, index)]
    if len({fq.value for _, fq in starts}) != 1:
        return []
    c, fq = starts[0]
    verdict = compare_quantity(replace(q, unit=q.unit or fq.unit), fq)[0]
    if verdict == "supports":
        return [Finding("supports", "quantity", c.fact, f"{q.text.strip()!r} is the level the change started from, "
                                                        f"as the source gives it: {c.fact.statement}")]
    if verdict == "contradicts":
        return [Finding("contradicts", "period", c.fact, f"before that change the source gives {fmt_quantity(fq)}, "
                                                         f"not {q.text.strip()!r}: {c.fact.statement}")]
    return []


def _starting_levels(q: Quantity, c: Candidate, index: FactIndex) -> list[Quantity]:
    """The starting levels a fact's sentence gives ("from £1,849"), in the figure's kind of unit."""
    reading = index.reading(c.fact)
    return [fq for fq, base in zip(reading.quantities, reading.baselines)
            if base and fq.value is not None and fq.unit is not None and unit_class(fq.unit) == unit_class(q.unit)]
