"""The fact a figure is of when the closest refuting fact measures what the claim does not name: the next comparable
fact that writes the claim's very number, bounded the other way or not at all ("less than £1bn of its own shares"
against earnings per share of 103.6p and a buyback of "£1,000m"; « au moins 1,2 milliard » against a buyback « d'un
montant maximal de 1,2 milliard »): the number tells the fact meant, and the bound is wrong (``quantity-bound``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..compare import compare_quantity
from ..model import Quantity
from .findings import Finding

# the words the quantity rule's finding ends with when the closest refuting fact measures what the claim does not name
UNNAMED = "something the claim does not name"


def unnamed(found: list[Finding]) -> bool:
    """Whether the findings only say that the closest refuting fact measures something the claim does not name."""
    return len(found) == 1 and found[0].relation == "related" and found[0].rule == "quantity" \
        and UNNAMED in found[0].message


def by_number_and_bound(q: Quantity, found: list[Finding], rest: list[tuple],
                        disagree: Callable[..., list[Finding]]) -> list[Finding]:
    """When ``found`` (the closest refuting fact's findings) is ``unnamed``: the findings of the first of ``rest``
    (the other refuting verdicts, closest first: candidate, relation, detail) that refutes only the bound of the
    claim's very number, read as the closest would be (``disagree(candidate, detail)``), when they refute; nothing
    otherwise. "Velmor bought back less than £1bn of its shares" against "Velmor's earnings per share were 98.2p"
    and "Velmor completed a £1,000m buyback"; « Velmor lance un rachat d'actions d'au moins 1,5 milliard » against
    « un montant maximal de 1,5 milliard »."""
    if not unnamed(found):
        return []
    for c, _, detail in rest:
        if detail != "bound" or compare_quantity(replace(q, bound="about"), c.fact.quantity)[0] != "supports":
            continue
        read = disagree(c, detail)
        if any(f.relation == "contradicts" for f in read):
            return read
    return []
