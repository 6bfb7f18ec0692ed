"""The way a level moved, read from the source list's fact of the period before: "the operating margin rose to
7.6 %" against a fact of 2024 giving 7.6 % and a fact of 2023 giving 7.9 % of the same measure, for the same party
(it fell). Used by ``agreement.direction_conflict`` when the fact's own sentence gives no starting level.
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..terms import concepts_in, content_stems
from ..text import words
from .figures import fact_parties
from .findings import month_of, year_of


def previous_level_movement(claim: Claim, q: Quantity, before: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """Which way the fact's level went from the level the one fact of the year before gives for the same party, in
    the same unit, whose sentence names the words of what the figure measures that the fact names (``before``: the
    figure's clause up to it; a word of the claim neither fact writes, "reported", is no other measure, one only
    one of them writes is); None when there is no such fact, or several."""
    fq, year = fact.quantity, year_of(fact.as_of)
    if fq is None or fq.value is None or year is None or month_of(fact.as_of) is not None:
        return None
    measured = _measured(before, index)
    keys = measured & index.fact_keys(fact)
    if not keys:
        return None
    earlier = [f for f in index.facts if f is not fact and _of_the_year_before(f, fact, year)
               and measured & index.fact_keys(f) == keys and _same_party(f, fact, index)]
    if len(earlier) != 1:
        return None
    then = earlier[0].quantity.value
    return "increase" if fq.value > then else "decrease" if fq.value < then else "unchanged"


def _same_party(f: Fact, fact: Fact, index: FactIndex) -> bool:
    """The same declared subject when both declare one; else the earlier fact ``f`` names no party the fact is not
    of (a fact that names none being of its source's publisher, ``_parties``)."""
    if f.subject and fact.subject:
        return f.subject == fact.subject
    return fact_parties(f, index) <= _parties(fact, index)


def _parties(fact: Fact, index: FactIndex) -> set[str]:
    """The parties a fact names; for one that names none, the party that published its source, when the list knows
    it (a company's own release: « Le résultat net courant 2024 s'établit à 616 millions d'euros », "Underlying
    profit was £2.1bn", published by Velmor, is Velmor's)."""
    named = fact_parties(fact, index)
    if named:
        return named
    src = index.sources.get(fact.source)
    return {src.publisher} if src is not None and src.publisher in index.catalog.entities else set()


def _measured(before: str, index: FactIndex) -> set:
    """The word keys of the last two content words before the figure that are neither concepts (words of change,
    "reached") nor names."""
    head = [w for w, _, _ in words(before) if content_stems(w) and not concepts_in(w) and not w[:1].isupper()][-2:]
    return {k for k in index.text_keys(" ".join(head)) if k.startswith("w:")}


def _of_the_year_before(f: Fact, fact: Fact, year: int) -> bool:
    """A fact of the same unit, of the whole year before the fact's."""
    fq = f.quantity
    return fq is not None and fq.value is not None \
        and fq.unit == fact.quantity.unit and str(f.as_of) == str(year - 1)
