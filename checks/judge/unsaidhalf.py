"""A half of a year named without saying which ("for the half", "in the half-year", « sur le semestre », « les
résultats semestriels »: ``half_unnumbered`` of ``data/lang/<code>/numbers.yaml``): a figure its clause says of it is
a half's, whichever half, and a fact that does not say it is of a half (a half named or numbered, "the first half of
2025", "H1", « au premier semestre », or six months from the year's start) is of another period — most often the
whole year's, "in FY25", dated to the month that ends it. A claim that names its half (``yearparts``) is read there.
"""
from __future__ import annotations

import re

from ..match import Candidate
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words
from ..tablestore import stored
from ..text import fold, spaced_alternation
from .yearparts import halves_in, quantity_half, quantity_quarter, same_period_pattern
from .yeartodate import fact_span


def unsaid_half(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether the figure is said of a half its clause (else its claim) names without its number, and of no
    numbered quarter or half, no month, nor of the same period of an earlier year."""
    if quantity_half(claim, q, window) is not None or quantity_quarter(claim, q, window) is not None \
            or any(d.month for d in claim.dates):
        return False
    folded = next((f for f in map(fold, (window, claim.focus or claim.text)) if _unnumbered().search(f)), None)
    return folded is not None and not same_period_pattern().search(folded)


def of_a_half(fact: Fact) -> bool:
    """Whether a fact's sentence says it is of a half: one it numbers, one it names without a number, or the six
    months from the year's start."""
    statement = fact.statement or ""
    return bool(halves_in(statement)) or bool(_unnumbered().search(fold(statement))) or fact_span(fact) == 6


def of_its_unsaid_half(claim: Claim, q: Quantity, window: str, cands: list[Candidate]) -> list[Candidate]:
    """The facts that can give a figure said of a half without its number (``unsaid_half``): those of a half; all of
    them for any other figure."""
    return [c for c in cands if of_a_half(c.fact)] if unsaid_half(claim, q, window) else cands


def half_fits(unsaid: bool, fact: Fact) -> bool:
    """Whether a fact can give the figure of a half said without its number (``unsaid``): one of a half only."""
    return not unsaid or of_a_half(fact)


@stored
def _unnumbered() -> re.Pattern:
    """The words of a half without its number, not before a word that makes it a half of something else ("in the
    half of its stores that …": ``half_unnumbered_not_before``)."""
    after = words("numbers", "half_unnumbered_not_before")
    not_of = rf"(?!\s+(?:{spaced_alternation(after)})(?![\w]))" if after else ""
    return compiled(rf"(?<![\w\-])(?:{spaced_alternation(words('numbers', 'half_unnumbered'))})(?![\w\-]){not_of}")
