"""A bound only for a bound: a threshold a fact's sentence writes beside its own level ("410 million, below the
450 million ceiling", « 410 M€, sous le seuil de 450 M€ ») is no level an article's figure can be; an article's bound
the fact's own figure refutes is written by no other figure of its sentence."""
from __future__ import annotations

from ..compare import compare_quantity
from ..model import Fact, Quantity

BOUNDS = ("at-least", "at-most")


def writes_value(q: Quantity, fq: Quantity, written: list[Quantity]) -> bool:
    """Whether a figure of a fact's sentence (among ``written``, all its figures) writes the claim's: agreeing with
    it, and a one-sided bound beside a level of its unit only for a bound ("below 450 million" beside "410 million"
    writes "under 450 million", not "430 million", which that level refutes; a bound alone, "over 6,800 deaths", or
    a hedge, "nearly 1 %", is read as before)."""
    if compare_quantity(q, fq)[0] != "supports":
        return False
    return fq.bound not in BOUNDS or q.bound in BOUNDS or not any(
        o is not fq and o.unit == fq.unit and o.bound not in BOUNDS and o.value is not None for o in written)


def own_bound_refuted(q: Quantity, refuting: Fact, rule: str, fact: Fact) -> bool:
    """Whether the claim's one-sided bound is refuted by the very fact whose sentence might write it, by its figure
    (``rule`` "quantity": "more than 3.7 billion" against its 3,660.2 million): a figure of that sentence past the bound
    (its starting level of 3,926.3 million) does not write it. (A change computed from two facts is no such figure.)"""
    return q.bound in BOUNDS and rule == "quantity" and refuting is fact
