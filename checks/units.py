"""Units of measure (``data/units.yaml``): one symbol per unit whatever the language, conversion within
a family (MW and GW), and currency sub-units turned into their currency (24 cents = 0.24 USD)."""
from __future__ import annotations

import functools

from dataclasses import dataclass
from typing import Optional

from .model import Quantity
from .resources import shared_data
from .text import fold
from .tablestore import stored


@dataclass(frozen=True)
class Unit:
    """A unit of measure: its symbol, family and factor to the family's base."""
    symbol: str
    family: str
    factor: float


@stored
def _table() -> dict[str, Unit]:
    out: dict[str, Unit] = {}
    for symbol, spec in shared_data("units").get("units", {}).items():
        unit = Unit(symbol, spec["family"], float(spec["factor"]))
        for name in [symbol, *spec.get("names", [])]:
            key = name if len(name) <= 3 else fold(name)
            out.setdefault(key, unit)
    return out


def unit_head(unit: str) -> str:
    """A rate's unit before its "per" ("EUR" of "EUR per litre", « euros » of « euros par habitant »)."""
    return unit.split(" per ")[0].split(" par ")[0]


@functools.lru_cache(maxsize=4096)
def lookup(unit: Optional[str]) -> Optional[Unit]:
    """The unit a unit's words name (its head before "per"), kept per unit: the judge asks it of the same few
    units for each figure and each candidate fact."""
    if not unit:
        return None
    table = _table()
    head = unit_head(unit)
    return table.get(head) or table.get(fold(head)) if len(head) > 3 else table.get(head)


def normalise(q: Quantity, text_after: str = "") -> None:
    """Give ``q`` the unit's symbol ("térawattheures" -> "TWh") and turn cents into their currency."""
    if not q.unit:
        return
    if in_currency(q):
        return
    unit = lookup(q.unit)
    if unit:
        tail = q.unit[len(q.unit.split(" per ")[0]):]
        q.unit = unit.symbol + tail


@stored
def _currency_subunits() -> dict:
    """``currency_subunits`` of ``units.yaml`` (read, never changed)."""
    return shared_data("units").get("currency_subunits", {})


def in_currency(q: Quantity) -> bool:
    """Turn a figure in a currency's sub-unit into that currency ("24 cents" = 0.24 USD; a source list's
    "US cents per pound" = USD per pound); whether it was one."""
    subunits = _currency_subunits()
    key = fold((q.unit or "").split(" per ")[0])
    if key in subunits and (q.value is not None or q.min is not None or q.max is not None):
        # (a range, « de 4 à 6 centimes », has its ends and no value: its ends are turned into the currency too)
        spec = subunits[key]
        rest = q.unit.split(" per ", 1)
        if q.value is not None:
            q.value = q.value * spec["factor"]
        if q.min is not None:
            q.min *= spec["factor"]
        if q.max is not None:
            q.max *= spec["factor"]
        q.unit = spec["currency"] + (f" per {rest[1]}" if len(rest) > 1 else "")
        return True
    return False


def years_as_duration(q: Quantity, first_year: int) -> bool:
    """Turn a figure a source list declares in ``year`` (a calendar year, value 2028) whose numbers are none (each
    below ``first_year``, the first year the reader reads: 14 "years" of works, a life expectancy of 85.6 "years")
    into the duration it is, in the unit the reader gives a duration in years (``year_duration`` of ``units.yaml``,
    the unit of « 14 ans », "14 years"); whether it was one."""
    numbers = [v for v in (q.value, q.min, q.max) if v is not None]
    if q.unit != "year" or not numbers or any(v >= first_year for v in numbers):
        return False
    q.unit = shared_data("units")["year_duration"]
    return True


def convert(value: Optional[float], from_unit: Optional[str], to_unit: Optional[str]) -> Optional[float]:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (same family), or None if not convertible."""
    a, b = lookup(from_unit), lookup(to_unit)
    if value is None or not a or not b or a.family != b.family:
        return None
    return value * a.factor / b.factor
