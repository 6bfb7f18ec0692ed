"""A figure in an item of the list an expectation before it governs: "For 2025 Velmor guides to a return of about
11 %, a cost ratio of about 61 % and income of about £12.2bn", « Norvel vise une croissance de 5 %, et une marge de
12 % ». Read the same way in a fact's sentence (``figures._expected``) and in a claim (``listed_expected``).
"""
from __future__ import annotations

from ..detect import is_expectation
from ..model import Claim, Quantity
from ..resources import words
from ..tablestore import stored
from ..text import fold
from .clauses import item_before


def in_expectation_list(text: str, s: int) -> bool:
    """Whether the figure at ``s`` is in an item of the list an expectation before it governs ("For 2025 X guides to
    a return of about 11 %, a cost ratio of about 61 % and income of about £12.2bn", « X vise une croissance de 5 %,
    et une marge de 12 % »): no semicolon before it, the expectation in the words before its clause, and the figure
    tied to its noun by a linker (``figure_noun_linkers``: "of", « de »), with no verb of its own between them."""
    before, item = item_before(text, s)
    words_ = fold(item).split()
    return ";" not in text[:s] and bool(words_) and words_[-1] in _noun_linkers() and is_expectation(before)


@stored
def _noun_linkers() -> frozenset[str]:
    return frozenset(fold(w) for w in words("claims", "figure_noun_linkers"))


def listed_expected(claim: Claim, q: Quantity) -> bool:
    """Whether a claim's figure is in an item of the list an expectation before it governs, read as a fact's sentence
    is: "Velmor expects sales to rise by up to 5 % and an operating margin of between 7 % and 8 %", « Norvel vise une
    hausse de 4 % et une marge de 11 % ». Whether the coordination ends the expectation's scope is not read: a figure
    its own clause gives as what happened, but listed so, is met by what its party expects as well as by what happened."""
    at = q.start - claim.start
    return claim.checkable and 0 < at <= len(claim.text) and in_expectation_list(claim.text, at)
