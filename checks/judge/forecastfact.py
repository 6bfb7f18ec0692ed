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

import re

from ..detect import is_expectation, names_forecast
from ..detect.forecasts import predictions
from ..detect.lexicon import claim_lexicon
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..terms import LANGS
from ..resources import word_pattern
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


def forecast_given(claim: Claim, c: Candidate, index: FactIndex) -> bool:
    """Whether a fact gives a forecast, its clause no expectation's: a verb of forecast, its subject the claim's party
    or the claim names none (« L'Office prévoit 1,1 à 1,4 Mt » for « l'Office table sur … »): what an expectation meets;
    or a figure its own clause gives as the claim's party's guidance or target (``planned_figure``)."""
    named = {m.entity for m in claim.mentions}    # (or a range with no figure: « estimée entre 40 et 43 Mhl »)
    if named and c.fact.subject not in named:
        return False
    return names_forecast(c.fact.statement or "") or c.fact.quantity.value is None \
        or bool(named) and planned_figure(c, index)


def planned_figure(c: Candidate, index: FactIndex) -> bool:
    """Whether the clause of the fact's figure names, before it, a noun of forecast, guidance or target
    (``forecast_nouns``): "Velmor raised its guidance for operating profit to at least €1.2 billion", « la politique
    de Velmor cible un taux de distribution de 60 % » give the figure the party aims at, which its pledge, guidance or
    aim in the claim meets ("Velmor was guiding for operating profit of at least €1.2 billion", « Velmor s'est engagé
    à reverser 60 % »). Not such a word after the figure ("sales of €4 billion, above its guidance" happened)."""
    stated = stated_figure(c.fact, index)
    if stated is None:
        return False
    text = c.fact.statement or ""
    clause = clause_around(text, stated.start, stated.end)
    left = text.find(clause)
    return 0 <= left <= stated.start and bool(_forecast_noun().search(text[left:stated.start]))


def names_forecast_noun(text: str) -> bool:
    """Whether a sentence names a forecast, guidance or target (``forecast_nouns``): "raised its margin target to
    more than 20 %", « relève son objectif de marge »."""
    return bool(_forecast_noun().search(text))


def ends_with_forecast_noun(text: str) -> bool:
    """Whether a text ends with a noun of forecast, guidance or target (``forecast_nouns``), or with one and its
    complement of a few words (``forecast_noun_complements``): "the company's most recent guidance", "the latest
    guidance of Velmor", « la dernière prévision du groupe »."""
    tail = word_pattern("claims", r"^\s+(?:{+forecast_noun_complements})(?!\w)\W*(?:[\w'’-]+\W*){1,4}$", re.IGNORECASE)
    return any(not text[m.end():].strip() or tail.match(text[m.end():]) for m in _forecast_noun().finditer(text))


def _forecast_noun():
    """A noun of forecast, guidance or target (``forecast_nouns`` of every language) as a word."""
    return word_pattern("claims", r"(?<!\w)(?:{forecast_nouns})(?!\w)", re.IGNORECASE)
