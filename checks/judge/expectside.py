"""Which side of expected and happened a claim's figure is on, and the facts on that side: what someone expected or aims
at is compared with expectations and targets only, what happened never with them ("the target is below 1 % by March"
is not the latest figure of the share); a figure listed in an item of an expectation, with both
(``expectitems.listed_expected``).
"""
from __future__ import annotations

from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..detect.lexicon import word_alternation
from ..resources import compiled
from ..text import fold
from .expectitems import listed_expected
from .figures import fact_expected, figure_expected
from .forecastfact import forecast_given


def same_side(claim: Claim, q: Quantity, window: str, pool: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The facts of ``pool`` on the figure's side of expected and happened: "Velmor expects a margin of 12 %" is met by
    a guidance, not by last year's margin; « Norvel vise une croissance de 5 % et une marge de 12 % » gives the margin
    listed under the aim, met by both."""
    expected = figure_expected(claim, q, window)
    listed = not expected and (listed_expected(claim, q) or planned(window))
    return [c for c in pool if listed or fact_expected(c.fact, index) == expected or expected and forecast_given(claim, c, index)]


def planned(window: str) -> bool:
    """Whether a figure's clause, read as no expectation, gives it as what a party plans (``plan_verbs`` of
    ``claims.yaml``): "Velmor plans to expand capacity by about 3 %", « Norvel prévoit d'ouvrir 40 magasins » is both
    what the party expects, a guidance ("Velmor expects capacity to grow by about 3 %") and what it decided ("Velmor
    will expand capacity by 3 %"): met by facts on either side."""
    return bool(compiled(r"(?<!\w)(?:" + word_alternation("plan_verbs") + r")(?:(?<=')|(?!\w))").search(fold(window)))
