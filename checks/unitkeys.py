"""The matcher's keys of units and figures: the family a unit compares within (``unit_class``), a rate's head and
tail, and the keys a figure is found by — its value, its significant digits whatever its magnitude, how many digits
it is written with. Used by the matcher (``checks/match.py``) and the judge's figure rules alike.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from .counted import counted_group
from .resources import compiled, word_table, words as resource_words
from .terms import concepts_in, stem
from .text import fold

_P_PER_TAIL = compiled(r"^\w['’]")


def is_money(unit: Optional[str]) -> bool:
    """An amount of money ("USD"), not a rate of one ("USD per share")."""
    kind = unit_class(unit) or ""
    return kind.startswith("money:") and " per " not in kind


@functools.lru_cache(maxsize=4096)
def unit_class(unit: Optional[str]) -> Optional[str]:
    """Comparable families of units: money:USD, share (percent and ratio), points, year, times, count;
    a rate such as "USD per share" or "EUR par habitant" is its own family ("money:USD per shar")."""
    if not unit:
        return None
    u = unit.strip()
    parts = rate_parts(u)
    if parts:
        return f"{unit_class(parts[0])} per {per_tail(parts[1])}"
    if u.isupper() and len(u) == 3:
        return "money:" + u
    if u in ("percent", "ratio"):
        return "share"
    if u in ("percentage points", "points"):
        return "points"
    if u == "year":
        return "year"
    if u == "times":
        return "times"
    return "count"


def in_points(q: "Quantity") -> "Quantity":
    """A figure written in one point or less, the noun in the singular (« en hausse de 0,4 point », "up 0.4 point"),
    in points, as « 3 points » reads: the same unit of a change of a rate (``judge/beside.its_change``)."""
    return replace(q, unit="points") if q.unit == "point" else q


def rate_parts(unit: Optional[str]) -> Optional[tuple[str, str]]:
    """A rate's head and tail ("deaths per 100,000 people" -> deaths, 100,000 people); None for no rate."""
    u = (unit or "").strip()
    for sep in (" per ", " par ", "/"):
        if sep in u:
            head, tail = u.split(sep, 1)
            return head, tail
    return None


def per_tail(tail: str) -> str:
    """"mètre carré" and "square metre" -> m; "mois" and "month" -> month; "habitant" -> population."""
    from .units import lookup
    # (an elided article is no word of its own: « par milliard d'heures » is per hour)
    words = [w for w in (_P_PER_TAIL.sub("", w) for w in tail.split()) if w and fold(w) not in resource_words("numbers", "unit_tail_skip")]
    adjectives = word_table("numbers", "per_adjectives")      # "monthly", « mensuel »: per month
    words = [adjectives.get(fold(w), w) for w in words]
    for w in words:
        unit = lookup(w)
        if unit:
            return unit.symbol
    group = counted_group(" ".join(words))         # "per share", « par action »: one group
    if group:
        return group
    for w in words:
        concept = concepts_in(w)
        if concept:
            return concept[0]
    return stem(words[0]) if words else ""


def value_key(value: float) -> str:
    """The retrieval key of a figure: its value to four significant digits ("v:14.4", "v:1.2e+09")."""
    return f"v:{abs(value):.4g}"


def digits_key(value: float) -> str:
    """The retrieval key of a figure's significant digits whatever its magnitude or unit ("m:123" for 12.3 TWh
    and for 12,300,000 kWh): a figure off by a thousand is still found."""
    return "m:" + f"{abs(value):.4e}".split("e")[0].replace(".", "").rstrip("0")


def written_digits(written: str) -> int:
    """How many significant digits a figure is written with ("14,4 %": 3, "978,000": 3, "1.324 million": 4)."""
    return len(_NOT_DIGIT.sub("", written).strip("0"))


_NOT_DIGIT = compiled(r"\D")
