"""A bound only for a bound: a threshold a fact's sentence writes beside its own level ("410 million, below the
450 million ceiling", « 410 M€, sous le seuil de 450 M€ ») is no level an article's figure can be."""
from __future__ import annotations

from ..compare import compare_quantity
from ..model import Quantity

BOUNDS = ("at-least", "at-most")


def writes_value(q: Quantity, fq: Quantity) -> bool:
    """Whether a figure of a fact's sentence writes the claim's: agreeing with it, and a one-sided bound only for a
    bound ("below 450 million" writes "under 450 million", not "430 million", which the fact's own level refutes)."""
    return compare_quantity(q, fq)[0] == "supports" and (fq.bound not in BOUNDS or q.bound in BOUNDS)
