"""A claim's bound against the figure a fact writes: a bound written at the figure a fact gives in its own noun
(``nounslip``) refuted when it points past it; an older version of another year's figure is not the claim's; what a
refuted figure gets wrong, its bound or its figure; the same figure whatever its bound; its digits at another power of
ten, or two of them swapped."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Claim, Fact, Quantity
from ..unitkeys import digits_key, written_digits
from .findings import same_size, year_of
from .nounslip import noun_slip


def slipped_digits(cq: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether the claim writes the source's very digits, two or more, at another power of ten, its decimal point
    slipped or its word of scale wrong: "37.1 million" for 3.71 million, « 25 milliards » for 2,5 milliards, "£45
    billion" for £45 million (not "120 billion" against 119.8 million: other digits, rounded)."""
    if not (cq.value and fq is not None and fq.value) or written_digits(cq.text) < 2 or cq.value == fq.value:
        return False
    return digits_key(cq.value) == digits_key(fq.value) and (cq.value > 0) == (fq.value > 0)


def transposed_digits(cq: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether the claim writes the source's very digits, two or more, at the same power of ten, two neighbours
    swapped: "£392m" for £329m, « 1,54 euro » for 1,45 euro — a typing slip, as telling of the fact meant as the
    figure itself."""
    if not (cq.value and fq is not None and fq.value) or written_digits(cq.text) < 2 or cq.value == fq.value:
        return False
    mine, theirs = digits_key(cq.value), digits_key(fq.value)
    if len(mine) != len(theirs) or (cq.value > 0) != (fq.value > 0) or not 0.1 < cq.value / fq.value < 10:
        return False
    at = [i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b]
    return len(at) == 2 and at[1] == at[0] + 1 and mine[at[0]] == theirs[at[1]] and mine[at[1]] == theirs[at[0]]


def misread_digits(cq: Quantity, fq: Optional[Quantity]) -> bool:
    """The source's digits at another power of ten or two of them swapped (``slipped_digits``, ``transposed_digits``)."""
    return slipped_digits(cq, fq) or transposed_digits(cq, fq)


def bound_of_the_figure(q: Quantity, f) -> bool:
    """A wrong bound (``f``, a finding) at the very figure the fact writes in its own noun (a slip of noun,
    ``nounslip.noun_slip``): "at least 1.39 euro" against 1.36 to 1.39 EUR per share, « au moins 1,39 euro »
    against « entre 1,36 et 1,39 euro »: the fact the figure names, its bound refuted."""
    return f.rule == "quantity-bound" and noun_slip(q, f.fact)


def what_is_wrong(q: Quantity, detail: str) -> str:
    """What a refuted figure gets wrong: its bound when the claim writes one that the source's figure or bound does
    not meet ("at least 1.2 billion" against "up to 1.2 billion", « moins de 10 % » against 15,5 %), else the figure
    (a hedge, "nearly two in three" against 54.2 %, is a figure near its bound, wrong as a figure)."""
    return "bound" if detail == "bound" or not detail and q.bound in ("at-least", "at-most") and not q.approximate \
        else "figure"


def of_another_year(claim: Claim, q: Quantity, window: str, fact: Fact, newer: list) -> bool:
    """Whether a superseded fact is dated to another year than the one the claim writes for its figure, which a
    newer fact it is compared with is dated to: the older version of another year's figure, not the claim's (« Pour
    2025, une croissance d'au plus 7 % » is no outdated 2024 target of 6 % to 8 % when the 2025 target is given;
    "For 2025, growth of at most 7 %" neither) — unless the claim writes the older fact's year too. A fiscal year
    written otherwise, "2024-25", dates no fact apart."""
    from .periods import quantity_year       # (periods reads the modules that read this one)
    year = year_of(fact.as_of)
    own: Optional[int] = quantity_year(claim, q, window) if window and year is not None else None
    return own is not None and own != year and any(year_of(n.fact.as_of) == own for n in newer) \
        and not re.search(rf"\b{year}\b", claim.text)


def same_figure(q: Quantity, fq: Quantity) -> bool:
    """The same figure, a value or a range, whatever its bound (« plus de 2,3 » is not « plus de 2,6 »)."""
    if q.value is None:
        return fq.value is None and same_size(fq.min, q.min) and same_size(fq.max, q.max)
    return same_size(fq.value, q.value)
