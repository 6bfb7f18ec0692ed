"""The way a fact's level moved from the starting level its own sentence gives ("4.0 %, compared with 4.1 % in
April": down; « 79 appareils, contre 84 »: down), read by ``agreement.direction_conflict`` for a level reached.

A claim that says the level did not move ("broadly flat at 82,084", « stable à 17,8 milliards ») is not refuted by a
move the source itself calls none ("82,084 …, broadly unchanged from 82,235", « quasi stable à 82 084, contre
82 235 », within one per cent), nor by one the claim's own rounding cannot show: "about £17.8 billion, broadly
unchanged" against £17,770 million from £17,762 million, « environ 17,8 milliards, stable » likewise — both levels
are 17.8 billion to the claim's last digit. A claim that hedges its no move ("nearly unchanged at 27.3 million",
« s'est quasiment maintenu, à 27,3 millions ») agrees with a small move (``HEDGED_NO_MOVE``) either way, whatever
the source calls it. A claim that says it rose or fell is judged against the move as the figures give it.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..compare import written_precision
from ..factread import direction_of, from_to_start
from ..figurewords import is_level
from ..match import FactIndex
from ..model import Fact, Quantity, same_value
from ..resources import word_pattern
from ..units import unit_head
from ..slots import comparison_sides
from .changes import figure_kind
from .figures import stated_figure

NO_MOVE = 0.01      # the share of its starting level a source may call "unchanged", « stable »
HEDGED_NO_MOVE = 0.02   # the share of its starting level a claim may call "nearly unchanged", « quasi stable »

# the gloss after a comma right after a figure (its date between): "0.9 % in 2025, unchanged from", its first two words
# (a year, or a financial year's label, "FY24/25", "2024-25", may stand between)
_GLOSS = re.compile(r"(?:[^,;()\d]|(?<![\d.,])(?:(?:19|20)\d\d|(?:19|20)?\d\d[/-]\d\d)(?![\d%]|[.,]\d)){0,24},\s*"
                    r"([^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?)")
_P_BREAK_OR_FIGURE = re.compile(r"[,;:()]|\d")


def level_movement(fact: Fact, index: FactIndex, said: Optional[str] = None,
                   q: Optional[Quantity] = None, before: str = "") -> Optional[str]:
    """Which way the fact's level went from the starting level its statement gives in the level's unit, as the
    list or the sentence writes it; "unchanged" for a claim saying so (``said``) when the source's sentence calls
    it unchanged and it moved less than ``NO_MOVE``, when both levels round to the claim's figure ``q``, or when
    the claim's words before its figure (``before``) hedge it and it moved less than ``HEDGED_NO_MOVE``; None
    without a starting level."""
    levels = _levels(fact, index)
    if levels is None:
        # (a hedged no move, "almost unchanged at about £1.48bn", against a small change the sentence states in per
        # cent beside the level, "£1,482.1m, up 0.1 % on the year")
        small = said == "unchanged" and hedged_no_move(before) and _small_stated_change(fact, index)
        return "unchanged" if small else None
    now, then = levels
    if said == "unchanged" and now != then and (_held(now, then, index.reading(fact).direction, q)
                                                or hedged_no_move(before) and abs(now - then) <= HEDGED_NO_MOVE * abs(then)):
        return "unchanged"
    return "increase" if now > then else "decrease" if now < then else "unchanged"


def _small_stated_change(fact: Fact, index: FactIndex) -> bool:
    """Whether the change in per cent the fact's sentence writes closest to its level ("up 0.1 %", « en hausse de
    0,1 % ») is within ``HEDGED_NO_MOVE`` of the starting level."""
    stated, text = stated_figure(fact, index), fact.statement or ""
    if stated is None:
        return False
    changes = [x for x in index.reading(fact).quantities if x.start >= 0 and x.unit == "percent" and x.value is not None
               and x is not stated and direction_of(text[max(0, x.start - 16):x.start])]
    if not changes:
        return False
    closest = min(changes, key=lambda x: abs(x.start - stated.start))
    return abs(closest.value) <= HEDGED_NO_MOVE * 100


def _levels(fact: Fact, index: FactIndex) -> Optional[tuple[float, float]]:
    """(the level reached, the starting level) of a fact whose sentence gives both in the level's unit."""
    reading, fq = index.reading(fact), fact.quantity
    pairs = list(zip(reading.quantities, reading.baselines)) if fq is not None and fq.value is not None else []
    units = _level_units(fq, pairs) if pairs else set()
    start = next((x for i, (x, base) in enumerate(pairs) if base and x.unit in units and x.value is not None
                  and not _starts_another(fact.statement or "", x, pairs[i + 1:], fq.value)), None)
    if start is None:
        return None
    return (abs(fq.value) if fq.unit == "percent" and start.value >= 0 else fq.value), start.value


def _level_units(fq: Quantity, pairs: list) -> set:
    """The units of the fact's level: its declared one and that of its sentence's figure of its value, and a rate's
    head, for a starting level written as a bare amount of it ("raised to 9.1p per share from 8.4p")."""
    units = {fq.unit} | {x.unit for x, base in pairs if not base and x.value is not None
                         and same_value(x.value, fq.value)}
    return units | {unit_head(u) for u in units if u and unit_head(u) != u}


def _starts_another(statement: str, start: Quantity, after: list, level: float) -> bool:
    """Whether a starting level opens a "from X to Y" of another level than the fact's (« a baissé de 30 % à
    210 millions, sous l'effet du repli de l'activité Bureaux, passée de 140 millions à 35 millions »: 140 is where
    35 started, not 210): the figure right after it, its "to", is not the fact's level."""
    nxt = next((x for x, _ in after if x.start >= 0), None)
    return nxt is not None and nxt.value is not None and not same_value(nxt.value, level) \
        and from_to_start(statement, start.start, start.end)


def _held(now: float, then: float, source_said: Optional[str], q: Optional[Quantity]) -> bool:
    """Whether a move from ``then`` to ``now`` is none for a claim that says the level did not change: the source
    calls it none and it is small, or the claim's figure is both to its own rounding."""
    if source_said == "unchanged" and abs(now - then) <= NO_MOVE * abs(then):
        return True
    if q is None or q.value is None or q.min is not None or q.bound not in ("exact", "about"):
        return False
    pad = written_precision(q, q.value)
    return all(abs(v - q.value) <= pad * (1 + 1e-9) for v in (now, then))


def hedged_no_move(before: str) -> bool:
    """Whether the last words before a claim's figure hedge its no move ("held nearly steady at", « s'est
    quasiment maintenu, à »: ``no_move_hedges`` of ``measures.yaml``)."""
    return bool(word_pattern("measures", r"(?<![\w'’-])(?:{+no_move_hedges})(?![\w'’])", re.IGNORECASE)
                .search(before[-40:]))


def way_after(fact: Fact, index: FactIndex, q: Optional[Quantity] = None) -> Optional[str]:
    """The way the gloss right after the fact's figure (the one of its sentence that is the claim's ``q``, else its
    declared one), else the words right before it (``_way_before``), say its level moved, "Growth is projected at
    0.9 %, unchanged from …", « La croissance est attendue à 0,9 %, inchangée par rapport à … »: no change, whatever
    the noun of the measure before it names ("growth", « croissance »); None without such a gloss."""
    stated = next((x for x in index.reading(fact).quantities if x.start >= 0 and x.value is not None
                   and abs(abs(x.value) - abs(q.value)) < 1e-9), None) if q is not None and q.value is not None else None
    stated = stated or stated_figure(fact, index)
    return figure_way(fact.statement or "", stated.start, stated.end) if stated is not None else None


def figure_way(text: str, start: int, end: int) -> Optional[str]:
    """The way a level's own words say it moved: no change in the gloss after it (``gloss_way``), else the way the
    words right before it give (``_way_before``)."""
    return gloss_way(text, end) or _way_before(text, start)


@functools.lru_cache(maxsize=None)
def _size_after() -> re.Pattern:
    """A change in per cent right after a gloss's words, one short word between ("up 62 %", « en hausse de 62 % »):
    not a count of a list going on ("increased in 14 states")."""
    return word_pattern("measures", r"\s+(?:[^\W\d]{1,3}\s+)?[-+−]?\d[\d.,]*\s*(?:%|(?:{percent_words})\b)")


def _way_before(text: str, start: int) -> Optional[str]:
    """The way the words right before a figure, no figure nor clause break between, say its level went there
    ("with operating profit unchanged at £27.4m": none; "fell to 3.1 %": down); None when they make it no level."""
    part = _P_BREAK_OR_FIGURE.split(text[max(0, start - 40):start])[-1]
    return direction_of(part) if part.strip() and is_level(part) else None


def gloss_way(text: str, end: int) -> Optional[str]:
    """"unchanged" when the first words of the gloss after the figure ending at ``end`` say no change ("…,
    unchanged from", « …, inchangée par rapport à »); None otherwise — a gloss of rise or fall may compare it with
    another thing than its own past ("4.7 %, slightly lower than its long-term average")."""
    m = _GLOSS.match(text, end)
    return "unchanged" if m and direction_of(m.group(1)) == "unchanged" else None


def clause_gloss_way(text: str, start: int, end: int, level: bool) -> Optional[str]:
    """The way the gloss after the figure at ``start:end`` says it moved: no change, for a ``level`` (``gloss_way``),
    else a rise or a fall whose size it writes (``sized_gloss_way``)."""
    return (gloss_way(text, end) if level else None) or sized_gloss_way(text, start, end)


def sized_gloss_way(text: str, start: int, end: int) -> Optional[str]:
    """The rise or fall of the gloss after the figure at ``start:end``, a level, when it writes the size of that
    change right after its words ("a final dividend of 2.8p a share, up 62 % on the year", « un dividende de 0,52
    euro, en hausse de 30 % »): the way that figure moved; None for a gloss that compares it with another thing
    ("4.7 %, higher than 4.5 % in …") or says no size, and for a figure that is itself the size of a change."""
    m = _GLOSS.match(text, end) if figure_kind(text, start, end) != "change" else None
    way = direction_of(m.group(1)) if m else None
    sized = way in ("increase", "decrease") and _size_after().match(text, m.end())
    return way if sized and comparison_sides(text[m.start(1):]) is None else None
