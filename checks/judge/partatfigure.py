"""A fact's part of a year read at its declared figure (``part_at_its_figure``): when its sentence gives several
figures, a quarter or a half named only in another figure's clause is that figure's period, not the declared one's.
Used by ``checks/judge/yearclose.py``."""
from __future__ import annotations

from .findings import quarter_months
from .yearparts import PARTS, part_of_year, parts_in
from .yeartodate import spans_in
from ..model import Fact


def part_at_its_figure(fact: Fact, index=None) -> bool:
    """``part_of_year``, read at the fact's declared figure when its sentence gives several (``index``): a quarter or
    a half named only after it, in another figure's clause, is that figure's period, not its own — "digital sales
    were over €6bn in 2024 and made up 32 % of sales in Q4", « les ventes digitales 2024 ont été supérieures à 6 Md€
    et ont représenté 32 % des ventes au T4 »: 6 Md€ is the year's."""
    if not part_of_year(fact) or index is None or quarter_months(fact.as_of):
        return part_of_year(fact)
    from .sentencefigures import words_at_figure        # (it reads the judge's figures, which read yearparts)
    words = words_at_figure(fact, index)
    if words is None:
        return True
    around, upto = words
    return any(parts_in(p, text) or spans_in(text) for p in PARTS for text in (around, upto))
