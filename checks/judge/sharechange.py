"""The change of a share, a rate or a margin between two levels the sources give (rule ``quantity``, and
``quantity-points`` when per cent and points are confused): a change in points is the difference of the two
levels, a change in per cent their ratio less one. "The margin rose 6 points to 9.7 %" against "9.7 % against
9.1 %" is a rise of 0.6 point; « la part a reculé de 13,5 % » against 21,5 % then 8,0 % is a fall of 13,5 points,
i.e. of 63 %.

- supported: "Norvel's margin widened by 0.6 point to 9.7 %" / « la marge de Norvel a gagné 0,6 point, à 9,7 % »
  against « La marge de Norvel atteint 9,7 % en 2025, contre 9,1 % en 2024 ».
- contradicted: "widened by 6 points" / « a gagné 6 points » (0.6 point), and "the margin rose 6.6 points" /
  « la marge a progressé de 0,6 % » (points and per cent confused) against the same fact.

A fact whose sentence writes no two levels but the change of its level in points, « augmente de 2,3 points et atteint
17,9 % », "8.4 %, down 40 basis points", refutes a change in per cent of that very number (``_points_beside``).

The two levels are those one fact's sentence writes as a level and its starting level ("9.7 % against 9.1 %",
« passée de 25,3 % à 36,2 % »), or the levels of one measure two dated facts give (the claim writing one of them).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of
from ..lostcount import lost_direction
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from .clauses import figure_sense, figure_window, relative_figure
from .topicality import is_topical, substantive
from .findings import Finding

POINTS = "quantity-points"
# units of a change in points of a percentage, and what one of them is in points
_POINT_UNITS = {"points": 1.0, "percentage points": 1.0, "point": 1.0, "basis points": 0.01}


def share_change(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The findings on a figure of a claim that changes a share between two levels a fact gives: a change in points
    against their difference, a change in per cent written as their difference in points (confused), or the level
    the claim reaches from the starting level it writes too ("widened to 28.3 % from 27.1 %", both the fact's)."""
    if q.value is None or not any(is_topical(c) for c in cands[:3]):
        return []                      # (no pair of levels but a topical fact's among the first three: ``_level_pairs``)
    window = figure_window(claim, q)
    in_points = _POINT_UNITS.get((q.unit or "").strip())
    if in_points is None and unit_class(q.unit) != "share":
        return []
    change = in_points is not None or figure_sense(claim, q, window) == "change"
    for c, new, old in _level_pairs(claim, q, cands, index, change):
        if new is None:                # (no two levels: the change the sentence writes in points beside its level)
            return _points_beside(claim, q, c, index) if in_points is None else []
        # (a level of a source a newer one replaced is left to the figure's rules, which read it as outdated)
        reached = _reached(claim, q, c, new, old) if in_points is None and c.source.id not in index.superseded_by else []
        if reached or not change:
            return reached
        return _judged_change(claim, q, in_points, c, (new, old), index.reading(c.fact).quantities)
    return []


def _level_pairs(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex, change: bool):
    """(candidate, new level, starting level): the percentage a topical fact's sentence writes right beside the
    starting level it writes ("9.7 % …, against 9.1 %", « de 25,3 % en 2004 à 36,2 % »), first fact first. For a
    change, only of a fact whose words the claim shares, or whose level the claim writes too."""
    others = [x.value for x in claim.quantities if x is not q and x.value is not None]
    for c in cands[:3]:
        if not (is_topical(c) and substantive(c)):
            continue
        pair = _pair_of(index.reading(c.fact))
        if pair is None:
            if change and _states_points(index.reading(c.fact)):
                yield c, None, None
                return
            continue
        new, old = pair
        if change and not (any(_same(v, new) or _same(v, old) for v in others) or _words_shared(claim, c, index)):
            continue
        yield c, new, old


def _very_number(q: Quantity, written, units) -> list[Quantity]:
    """The figures of a fact's sentence in one of ``units`` that write the claim's number, whatever their sign."""
    return [fq for fq in written if fq.value is not None and (fq.unit or "").strip() in units
            and _same(abs(q.value or 0.0), replace(fq, value=abs(fq.value)))]


def _states_points(reading) -> bool:
    """Whether a fact's sentence writes a change in points ("reduced growth by about 20 basis points", « soit
    -2,6 points »)."""
    return any((fq.unit or "").strip() in _POINT_UNITS for fq in reading.quantities)


def _points_beside(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> list[Finding]:
    """A change in per cent of a share whose fact's sentence writes the claim's very number as the change in points
    of its level (and nowhere in per cent): « la hausse atteint 2,3 % » against « augmente de 2,3 points et atteint
    17,9 % », "fell 40 %" against "8.4 %, down 40 basis points" — per cent and points confused, unless the claim's
    figure is the level's relative change too (its level less the points, against the level)."""
    written = index.reading(c.fact).quantities
    points = _very_number(q, written, _POINT_UNITS)
    if not points or _very_number(q, written, ("percent",)):
        return []
    level = c.fact.quantity
    if level is not None and level.unit == "percent" and level.value:
        moved = abs(points[0].value) * _POINT_UNITS[points[0].unit.strip()]
        old = level.value - moved if _way(claim, q) != "decrease" else level.value + moved
        if old > 0 and _agrees(abs(q.value), q, (level.value / old - 1) * 100):
            return []
    return [Finding("contradicts", POINTS, c.fact, f"per cent and points confused: the source gives the change as "
                                                   f"{points[0].text.strip()}, the article {q.text.strip()!r}: "
                                                   f"{c.fact.statement}")]


def _pair_of(reading) -> Optional[tuple[Quantity, Quantity]]:
    """The level and the starting level a fact's sentence writes side by side, both percentages: the starting
    level and the figure after it ("from 25.3 % to 36.2 %") or, else, before it ("9.7 % against 9.1 %")."""
    qs, bases = reading.quantities, reading.baselines
    for i, (fq, base) in enumerate(zip(qs, bases)):
        if not base or fq.unit != "percent" or not fq.value or fq.value < 0:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(qs) and qs[j].unit == "percent" and not bases[j] and (qs[j].value or 0) > 0 \
                    and _from_to(qs, i, j):
                return qs[j], fq
    return None


def _from_to(qs, i: int, j: int) -> bool:
    """Whether figure ``j`` is the level of starting level ``i``: the next figure when the starting level opens a
    "from … to" (it comes first), the figure before it otherwise."""
    return j == i - 1 or i == 0 or qs[i - 1].unit != "percent"


def _words_shared(claim: Claim, c: Candidate, index: FactIndex) -> bool:
    """Whether the claim and the fact share two words (stems) of what they measure ("the share of poultry")."""
    mine = {k for k in index.text_keys(claim.text) if k.startswith("w:")}
    return len(mine & index.fact_keys(c.fact)) >= 2


def _same(v: float, fq: Quantity) -> bool:
    return fq.value is not None and abs(v - fq.value) < 1e-9


def _way(claim: Claim, q: Quantity) -> Optional[str]:
    """The way the claim says its figure moves: its sign, its verb ("gained", « a reculé »)."""
    if q.value < 0:
        return "decrease"
    text = claim.focus or claim.text
    before = text[:max(0, q.start - claim.start)]
    return direction_of(before) or lost_direction(text, [replace(q, start=q.start - claim.start)])


def _judged_change(claim: Claim, q: Quantity, in_points: Optional[float], c: Candidate, levels: tuple,
                   written: tuple) -> list[Finding]:
    """A change in points against the levels' difference, one in per cent against it too (confused when it is
    that difference and not the ratio); a change in points the fact's sentence writes as its change in per cent
    (« une hausse de près de 50 % » against « a gagné près de 50 points ») is confused too."""
    new, old = levels
    points = new.value - old.value
    ratio = (new.value / old.value - 1) * 100
    said = abs(q.value) * (in_points or 1.0)
    how = f"from {old.text.strip()} to {new.text.strip()} is {points:+.3g} points, {ratio:+.3g} %"
    said_msg = f"{how}; the article says {q.text.strip()!r}: {c.fact.statement}"
    as_points = _agrees(said, q, points)
    if in_points is None:
        # (or its very number, written as the change in points beside the levels: "40 %" against "down 40 basis points")
        confused = (as_points or bool(_very_number(q, written, _POINT_UNITS))) and not _agrees(said, q, ratio)
        return [Finding("contradicts", POINTS, c.fact, f"per cent and points confused: {said_msg}")] if confused else []
    if as_points:
        way = _way(claim, q)
        if way and points and (way == "decrease") != (points < 0):
            return [Finding("contradicts", "quantity", c.fact, f"wrong direction: {said_msg}")]
        return [Finding("supports", "quantity", c.fact, f"{q.text.strip()!r}: {how}: {c.fact.statement}")]
    if _agrees(said, q, ratio) or any(fq.unit == "percent" and fq is not new and fq is not old and _same(q.value, fq)
                                      for fq in written):
        return [Finding("contradicts", POINTS, c.fact, f"per cent and points confused: {said_msg}")]
    return [Finding("contradicts", "quantity", c.fact, f"wrong number of points: {said_msg}")]


def _agrees(said: float, q: Quantity, value: float) -> bool:
    return compare_quantity(Quantity(value=said, unit="percent", bound=q.bound, text=q.text),
                            Quantity(value=abs(value), unit="percent", bound="about"))[0] == "supports"


def _reached(claim: Claim, q: Quantity, c: Candidate, new: Quantity, old: Quantity) -> list[Finding]:
    """The level a claim says a share reached from a starting level it writes too, both the fact's pair."""
    starts = [x for x in claim.quantities if x is not q and relative_figure(claim, x) == "starting level"]
    way = _way(claim, q)
    if not (_same(q.value, new) and any(_same(x.value, old) for x in starts)) \
            or way and (way == "decrease") != (new.value < old.value):
        return []
    return [Finding("supports", "quantity", c.fact, f"{q.text.strip()!r} is the level the source gives from "
                                                   f"{old.text.strip()}: {c.fact.statement}")]
