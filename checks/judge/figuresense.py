"""Whether a claim's percent figure and a fact's are of one sense: a share of a whole ("17 percent of ferries",
« 37 % des ventes »), the size of a change ("rose 31 percent", « 14 % de moins qu'en 2021 ») or a level as a percentage
of another ("162 % of the pre-industrial level"). A share is not compared with a growth rate, nor a change with a
share (``sense_fits``, asked by the figure rules)."""
from __future__ import annotations

from ..detect.figures import is_difference
from ..factread import direction_of
from ..figurewords import is_level
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..text import before_whole, fold
from .clauses import figure_sense
from .figures import percent_of_pattern, stated_figure


def is_change_fact(fact: Fact, index: FactIndex) -> bool:
    """A percent fact that states a change ("rose 31 percent"), not a share ("17 percent of ferries")."""
    if not fact.quantity or fact.quantity.unit != "percent":
        return False
    if percent_of_pattern().search(fold(fact.statement)):
        return False
    stated = stated_figure(fact, index)
    if stated and is_level(fact.statement[max(0, stated.start - 24):stated.start]):
        return False                     # "fell to 68.4 %": the level reached, not the size of the fall
    return bool(index.fact_concepts(fact) & {"increase", "decrease"}) or (fact.quantity.value or 0) < 0


def sense_fits(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> bool:
    """A share ("a sixth of the total") is not compared with a growth rate, nor a change with a share."""
    if unit_class(q.unit) != "share":
        return True
    sense = figure_sense(claim, q, window)
    changey = is_change_fact(c.fact, index)
    if sense == "share":
        return not changey
    if sense == "change":                # (nor "162 % higher" with "162 % of the level": a level, not a rise)
        # (nor a difference, « 14 % de moins qu'en 2021 », with a share of a whole, « 37 % des ventes »)
        return c.fact.quantity.unit != "ratio" and not percent_of_level(c.fact, index) \
            and not (is_difference((claim.focus or claim.text)[q.end - claim.start:][:30]) and share_of_whole(c.fact, index))
    return True


def share_of_whole(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact's own figure is a share of a whole (« représentent 37 % des ventes », "37 % of sales"), no word
    of change before it: never the size of a change (« 14 % de moins qu'en 2021 »)."""
    stated = stated_figure(fact, index)
    if stated is None or fact.quantity.unit != "percent":
        return False
    text = fact.statement or ""
    return bool(percent_of_pattern().search(fold(text[stated.start:stated.end + 12]))) \
        and not direction_of(before_whole(text, stated.start, 24))


def percent_of_level(fact: Fact, index: FactIndex) -> bool:
    """Whether a percent fact's own figure is a level as a percentage of another ("162 % of the pre-industrial
    level", « 140 % du niveau de 2019 »): over 100 and followed by "of", never a share of a whole nor a change."""
    stated = stated_figure(fact, index)
    if fact.quantity.unit != "percent" or stated is None or (fact.quantity.value or 0) <= 100 \
            or index.fact_concepts(fact) & {"increase", "decrease"} or is_difference(fact.statement[stated.end:stated.end + 30]):
        return False
    return bool(percent_of_pattern().search(fold(fact.statement[max(0, stated.start - 2):stated.end + 16])))


def points_and_percent(q: Quantity, fq: Quantity) -> bool:
    """Whether one figure is in points and the other in per cent: "44 percentage points" is no "44 %" (a gain in
    points of a rate is not its relative rise)."""
    return {unit_class(q.unit), unit_class(fq.unit)} == {"points", "share"}
