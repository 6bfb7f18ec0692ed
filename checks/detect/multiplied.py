"""A bare figure after a verb of multiplying or dividing, « multipliée par trois », « divisé par deux », "multiplied
by four": a multiple (unit "times"), the inverse of the figure for a division (``multiplying_forms``,
``dividing_forms``, ``multiplying_linkers`` of ``measures.yaml``) — a change said done, not one aimed at (« s'est
engagée à diviser par deux », "pledged to divide by two": an infinitive is no form listed)."""
from __future__ import annotations

import re

from ..resources import word_pattern
from ..tablestore import stored


@stored
def _pattern() -> re.Pattern:
    return word_pattern("measures", r"(?<!\w)(?:(?P<d>{dividing_forms})|{multiplying_forms})\s+"
                                    r"(?:{multiplying_linkers})\s+$")


def multiplied_by(f: str, quantities, base: int) -> None:
    """Each bare figure of ``quantities`` (offsets from ``base`` in the folded text ``f``) that a verb of multiplying
    or dividing takes: that many times, or its inverse."""
    for q in quantities:
        m = _pattern().search(f[max(0, q.start - base - 40):q.start - base]) if q.unit is None and q.value else None
        if m:
            q.unit, q.value = "times", 1 / q.value if m.group("d") else q.value
