"""A rise written as the level's ratio: "162 % higher than before industrialisation" when the source gives the
level as "162 % of the pre-industrial level" (about 62 % higher). A percentage of a level over 100 is never the
size of a rise, and the article that writes the one for the other gets the figure wrong; the quantity rule keeps
such a fact out of the facts a change is compared with (``figures.sense_fits``) and this module says why.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .clauses import figure_sense
from .figuresense import percent_of_level
from .findings import Finding

LEVEL_RATIO = "level-ratio"     # the rule id of its findings


def level_as_rise(q: Quantity, claim: Claim, window: str, pool: list[Candidate], index: FactIndex) -> list[Finding]:
    """The fact that gives the claim's change figure as a percentage of a level: wrong measure, the rise it gives is
    the percentage less 100. Never when the claim's figure is no change, nor a figure the fact does not write."""
    if q.unit != "percent" or q.value is None or figure_sense(claim, q, window) != "change":
        return []
    fact = next((c.fact for c in pool if percent_of_level(c.fact, index)
                 and compare_quantity(replace(q, approximate=False), c.fact.quantity)[0] == "supports"), None)
    if fact is None:
        return []
    rise = _fmt(fact.quantity.value - 100)
    return [Finding("contradicts", LEVEL_RATIO, fact, f"wrong measure: the source gives the level as {_fmt(fact.quantity.value)} % "
                                                    f"of the other, that is {rise} % more, not {q.text.strip()!r} more: "
                                                    f"{fact.statement}", part=q.text.strip())]


def _fmt(x: Optional[float]) -> str:
    return f"{x:g}" if x is not None else "?"
