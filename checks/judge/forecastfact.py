"""A forecast a newer source replaced (a modal or a future in the clause of its figure, « pourrait être en baisse de
30 % », "could fall by 30 %": ``predictions`` of ``checks/detect/forecasts.py``; its source ``superseded_by``
another) does not confirm a figure the claim gives as what happened (its clause and sentence no forecast nor
expectation): what was once expected, since revised, is left unverified, the forecast cited. A claim that reports
the forecast ("X said it could fall by 30 %") is met by it as before, and so is any figure by a current source's
forecast (a contingent amount, "up to $1.1 billion", is what a deal provides). And which facts an expectation the
claim states meets (``forecast_given``): a fact that gives a forecast of the claim's party, or of anyone when the
claim names none.
"""
from __future__ import annotations

from ..detect import is_expectation, names_forecast
from ..detect.forecasts import predictions
from ..detect.lexicon import claim_lexicon
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..terms import LANGS
from ..text import fold_same_length
from .clauses import clause_around
from .figures import stated_figure
from .findings import Finding


def _predicts(text: str, lang: str) -> bool:
    return bool(predictions(text, fold_same_length(text), claim_lexicon(lang)))


def revised_forecast(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> list[Finding]:
    """A related finding when the agreeing fact ``c`` is a superseded source's forecast of the figure the claim
    gives as what happened; none otherwise."""
    if c.source.id not in index.superseded_by:
        return []
    text = c.fact.statement or ""
    stated = stated_figure(c.fact, index)
    clause = clause_around(text, stated.start, stated.end) if stated is not None else text
    if is_expectation(clause) or not _predicts(clause, index.reading(c.fact).language):
        return []
    if claim.kind == "prediction" or is_expectation(window) or is_expectation(claim.text) \
            or any(_predicts(window, lang) or _predicts(claim.text, lang) for lang in LANGS):
        return []
    return [Finding("related", "outdated", c.fact, f"{q.text.strip()!r}: the source only said what could happen, "
                                                   f"and a newer source replaced it: {c.fact.statement}")]


def forecast_given(claim: Claim, c: Candidate) -> bool:
    """Whether a fact gives a forecast, its clause no expectation's: a verb of forecast, its subject the claim's party
    or the claim names none (« L'Office prévoit 1,1 à 1,4 Mt » for « l'Office table sur … »): what an expectation meets."""
    named = {m.entity for m in claim.mentions}    # (or a range with no figure: « estimée entre 40 et 43 Mhl »)
    return (not named or c.fact.subject in named) and (names_forecast(c.fact.statement or "") or c.fact.quantity.value is None)
