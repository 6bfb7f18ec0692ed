"""A claim's bound the other way of the bound its very number has in the confirming fact's sentence: "down 60 % at
most" confirmed by the sentence's declared fall of 39 % while it writes "fell by more than 60 %" beside it
(« a reculé de 60 % au plus » against « … de 39 %, et le nombre d'unités a baissé de plus de 60 % »). A bound is
written at the figure it bounds: the article's "at most 60" is the source's "more than 60" turned round, not a loose
cap over its 39 %, and is refuted (``quantity-bound``), as a bound the other way about a fact's declared figure is
(``compare._opposite_bounds``)."""
from __future__ import annotations

from ..compare import fmt_quantity
from ..match import FactIndex
from ..model import Fact, Quantity, same_value
from .findings import Finding

RULE_ID = "quantity-bound"

_OTHER_WAY = {"at-least": "at-most", "at-most": "at-least"}


def bound_turned(q: Quantity, fact: Fact, index: FactIndex) -> list[Finding]:
    """A ``contradicts`` finding when the claim's one-sided bound ``q`` has the number of a figure of the fact's
    sentence, of its unit, that sets the bound the other way (module docstring)."""
    other = _OTHER_WAY.get(q.bound)
    if other is None or not q.value:
        return []
    for x in index.reading(fact).quantities:
        if x.start >= 0 and x.unit == q.unit and x.bound == other and x.value is not None \
                and same_value(abs(x.value), abs(q.value)):
            return [Finding("contradicts", RULE_ID, fact,
                            f"wrong bound: the article says {q.text.strip()!r}, the source's sentence sets the bound "
                            f"the other way ({x.text.strip()!r}; its figure {fmt_quantity(fact.quantity)}): "
                            f"{fact.statement}")]
    return []
