"""A part of a year (a quarter, a half) a fact's sentence names only in the clause of another figure than its own:
that part is the other figure's (``checks/judge/yearparts.py``): « … a progressé de 5 % en 2024, avec une hausse de
15 % au quatrième trimestre »: its declared 5 % is the year's, not the fourth quarter's."""
from __future__ import annotations

import functools
from typing import Callable, Optional

from ..language import detect_language
from ..model import Fact
from ..numbers import find_quantities
from ..slots import clause_spans


@functools.lru_cache(maxsize=4096)
def part_of_a_later_figure(part: str, text: str, size: float) -> bool:
    """Whether a sentence names its part of a year only in a clause after its own figure (of ``size``) that holds
    another figure and not its own (« … a progressé de 5 % en 2024, avec une hausse de 15 % au quatrième trimestre »,
    "revenue rose 5 % in 2024, with growth of 15 % in the fourth quarter"): that part is the other figure's, and the
    fact's own figure is of the whole period its sentence dates."""
    from .yearparts import parts_in       # (yearparts reads its parts with this module)
    figures = find_quantities(text, "fr" if detect_language(text) == "fr" else "en")
    own = [x for x in figures if x.value is not None and abs(abs(x.value) - size) <= 1e-9 * max(1.0, size)]
    if not own:
        return False
    naming = [(a, b) for a, b in clause_spans(text) if parts_in(part, text[a:b])]
    if not naming or parts_in(part, text[:naming[0][0]]):
        return False
    # (another figure: one of a unit, not a number of a label or a date, "the first half of FY24/25")
    others = [x for x in figures if x.unit not in (None, "year")]
    return all(a >= own[0].end and not any(a <= x.start < b for x in own)
               and any(a <= x.start < b for x in others) for a, b in naming)


def own_part_of(part: str, fact: Fact, own_part: Callable[[str, str], Optional[int]]) -> Optional[int]:
    """The part of the fact's figure its sentence names (``own_part``: ``yearparts._own_part``), unless it names it
    only in a later clause of another figure (``part_of_a_later_figure``)."""
    text = fact.statement or ""
    which = own_part(part, text)
    if which is None or fact.quantity is None or fact.quantity.value is None:
        return which
    return None if part_of_a_later_figure(part, text, abs(fact.quantity.value)) else which
