"""Of the facts that disagree with a figure, one that names its measure and its parties first: the fact a wrong figure
is shown against gives the figure's own measure of the parties the claim names, when one does, not a closer-ranked
sentence about another measure ("Steam Thermal Solutions … its organic sales rose 4 %" against "Steam Thermal
Solutions organic revenue growth was 1 %", not "industrial production growth was 1.7 %"; « Velmor Energie … son
chiffre d'affaires a progressé de 6 % » against « Le chiffre d'affaires de Velmor Energie a progressé de 4 % », not
« la production industrielle a reculé de 2 % »)."""
from __future__ import annotations

from ..factread import figure_measures_in
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .declaredclause import measures_at_declared
from .measured import measure_kin, measures_apart


def of_its_measure_first(claim: Claim, q: Quantity, window: str, bad: list[tuple], index: FactIndex) -> list[tuple]:
    """The refuting verdicts (candidate, relation, detail) with, when the closest is of another measure than the one
    the figure's clause names (``measures_apart``), those whose fact names that measure or its kin, and every party
    the claim names, first."""
    if not bad or not measures_apart(claim, q, window, bad[0][0], index):
        return bad
    mine = figure_measures_in(window) or figure_measures_in(claim.text[:max(0, q.start - claim.start)])
    kin = {k for m in mine for k in measure_kin(m)}
    parties = {m.entity for m in index.matcher.find(claim.text)}
    named = [v for v in bad if kin & measures_at_declared(v[0], index, figure_measures_in)
             and parties and parties <= _parties(v[0], index)]
    return named + [v for v in bad if v not in named] if named else bad


def _parties(c: Candidate, index: FactIndex) -> set[str]:
    """The entities a fact names or declares."""
    return set(index.reading(c.fact).entities) | {e for e in (c.fact.subject, c.fact.object) if e}
