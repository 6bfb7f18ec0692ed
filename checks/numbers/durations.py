"""A duration written in several units, « 41 jours, 7 heures et 52 minutes », "2 hours 5 minutes and 30 seconds",
« 1 h 02 min 30 s »: one quantity, not three. Its parts are figures whose units (``data/units.yaml``) are of the
duration family, each smaller than the one before and less than one of it (18 hours, not 30, after days), joined
by nothing, a comma or the word that joins a number's pieces (``number_joiners``: « et », "and"). The figure is
read in its first (largest) unit, « 41 jours, 7 heures et 52 minutes » = 41.328 days, with its written precision,
its smallest unit (``Quantity.step``: a minute, in days), so that « 43 jours et 6 heures » is a rounding of
43 days 6 hours 25 minutes and not of 43 days 10 hours; its first part keeps its qualifier (« environ 52 jours et
4 heures »).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..model import Quantity
from ..units import Unit, lookup
from .vocabulary import Tables, fold_key

_FAMILY = "duration"


def _duration_unit(q: Quantity) -> Optional[Unit]:
    unit = lookup(q.unit) if q.unit and q.value is not None and q.min is None and q.max is None else None
    return unit if unit is not None and unit.family == _FAMILY and q.scale is None and q.value >= 0 else None


def _joined(gap: str, t: Tables) -> bool:
    """Nothing, a comma, or the number joiner (« et », "and") between two parts."""
    words = gap.replace(",", " ").split()
    return len(gap) <= 8 and (not words or len(words) == 1 and fold_key(words[0]) in t.joiners)


def _next_part(prev: Unit, q: Quantity) -> Optional[Unit]:
    """``q``'s unit when it may follow a part in ``prev``: a smaller unit of the family, fewer than one ``prev``
    of it, written without a qualifier of its own."""
    unit = _duration_unit(q)
    if unit is None or unit.factor >= prev.factor or q.approximate or q.bound in ("at-most", "at-least"):
        return None
    return unit if q.value < prev.factor / unit.factor else None


def join_durations(text: str, qs: list[Quantity], t: Tables) -> list[Quantity]:
    """``qs`` with each duration written in several units made one figure (see the module's docstring)."""
    if len(qs) < 2:
        return qs
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q, first = qs[i], _duration_unit(qs[i])
        j, prev, total = i, first, q.value
        while first is not None and j + 1 < len(qs) and _joined(text[qs[j].end:qs[j + 1].start], t):
            unit = _next_part(prev, qs[j + 1])
            if unit is None:
                break
            j, prev = j + 1, unit
            total += qs[j].value * unit.factor / first.factor
        if j > i:
            last = qs[j]
            q = replace(q, value=total, end=last.end, text=text[q.start:last.end],
                        step=prev.factor / first.factor)
        out.append(q)
        i = j + 1
    return out
