"""Whether a fact is of the part of the year a claim's figure is of (``part_fits``): the one requirement every route
that confirms a figure its sentence writes (beside its declared one, in another clause, alongside a confirmed
figure) asks, as the quantity rule asks it of a declared figure — a quarter's, a half's or the first months'
figure (« sur les neuf premiers mois », "in the first nine months") is no fact of the whole year, nor of another
part, and a figure said of the whole year (« sur l'ensemble de l'année », "for the full year") is no part's:
"TF1+ advertising revenue jumped 39.2 % in the first nine months" is not confirmed by "… in 2024, up 39.2 %".
"""
from __future__ import annotations

from ..model import Claim, Fact, Quantity
from .yearparts import half_ok, part_of_year, quantity_half, quantity_quarter, quarter_ok, says_full_year
from .yeartodate import quantity_span, span_ok


def part_fits(claim: Claim, q: Quantity, window: str, fact: Fact) -> bool:
    """Whether the fact can be of the figure's part of the year: its quarter, half or stretch from the year's start
    when the figure's clause or claim names one, the full year when it says so ("for the full year": a fact of a
    part is not; "annual" may be a rate over a year measured in a quarter)."""
    quarter = quantity_quarter(claim, q, window)
    if not quarter_ok(quarter, fact) or not span_ok(quantity_span(claim, q, window), fact):
        return False
    if quarter is None and not half_ok(quantity_half(claim, q, window), fact):
        return False
    return not (says_full_year(claim, q, window) and part_of_year(fact))
