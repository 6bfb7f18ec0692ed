"""Measures of one family that are each another thing (``measure_siblings`` in ``data/lang/<code>/measures.yaml``):
house prices and rents, immigration and emigration and net migration, revenue and net profit, deaths involving
cocaine and involving opiates, foreign and domestic visitors.

A figure equal to a fact's is strong evidence of which fact the article means, never a verdict by itself: "house
prices rose 7.4 %" is not confirmed by "private rents rose 7.4 %", « le chiffre d'affaires a bondi de 9,3 % »
not by « le résultat net a progressé de 9,3 % ». When the figure's clause names a member of a family, and the
fact names, around its figure, another member of that family and nowhere the article's, the fact gives another
measure's figure: it neither confirms nor, by itself, refutes the article's (another fact that names the article's
measure still does), unless it is the opposite of the article's (imports for exports: ``measure_opposites``), whose
agreeing figure refutes it (``checks/judge/measureword.py``).
"""
from __future__ import annotations

from typing import Optional

from ..factread import measure_siblings_in
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import words
from .sentencefigures import words_at_figure
from ..tablestore import stored


def _at_figure(fact: Fact, index: FactIndex) -> frozenset[tuple[str, str]]:
    """The members named around the fact's figure (between its neighbours when its sentence gives several), else
    in its whole sentence."""
    around = words_at_figure(fact, index)
    if around is None:
        return measure_siblings_in(fact.statement or "")
    return measure_siblings_in(around[0]) or measure_siblings_in(around[1])


def _members_at_figure(fact: Fact, index: FactIndex) -> frozenset[tuple[str, str]]:
    """``_at_figure``, read once per fact and kept on the index (asked per claim, figure and candidate; dropped
    when the index is saved)."""
    memo = index.__dict__.get("_siblings_at")
    if memo is None:
        memo = index.__dict__["_siblings_at"] = {}
    i = index.position[id(fact)]
    found = memo.get(i)
    if found is None:
        found = memo[i] = _at_figure(fact, index)
    return found


def other_sibling(text: str, fact: Fact, index: FactIndex) -> Optional[tuple[str, str]]:
    """(the article's member, the fact's) when ``text`` (what the figure's clause says it measures) names a member
    of a family, the fact names another member of it around its figure and none of the article's anywhere."""
    mine = measure_siblings_in(text)
    if not mine:
        return None
    theirs = _members_at_figure(fact, index)
    anywhere = measure_siblings_in(fact.statement or "") | measure_siblings_in(" ".join(fact.terms))
    for family, member in sorted(theirs):
        own = {m for f, m in mine if f == family}
        if own and member not in own and not any((family, m) in anywhere for m in own):
            return sorted(own)[0], member
    return None


def figure_measure_text(claim: Claim, q: Quantity, window: str) -> str:
    """What a figure's clause says it measures, for ``other_sibling``: its clause, else what the claim says
    before it ("le chiffre d'affaires a bondi de 9,3 %, à 4,16 milliards": the 4,16 milliards are the same
    measure's); read once per figure, whatever the number of candidate facts."""
    # (never the figure itself, "65 ans ou plus" is the group a figure is counted in, nor a name, « l'Organisation
    # internationale de la vigne »)
    blanks = [q.text.strip()] + [m.text for m in claim.mentions]
    before = (claim.focus or claim.text)[:max(0, q.start - claim.start)]
    for b in filter(None, blanks):
        window, before = window.replace(b, " "), before.replace(b, " ")
    # (but the noun the figure counts is what it measures: "195 injuries")
    if measure_siblings_in(q.unit or ""):
        window = f"{window} {q.unit}"
    return window if measure_siblings_in(window) else before


def not_of_another_sibling(claim: Claim, q: Quantity, window: str, cands: list[Candidate],
                           index: FactIndex) -> list[Candidate]:
    """The candidate facts not of another measure of the figure's family (``other_sibling`` of what its
    clause says it measures, ``figure_measure_text``), that text read once."""
    if not any(_members_at_figure(c.fact, index) for c in cands):
        return list(cands)             # (no fact names a member around its figure: none is another member's)
    text = figure_measure_text(claim, q, window)
    if not measure_siblings_in(text):
        return list(cands)             # (it names no member: no fact is another member's)
    # (a fact of the opposite measure is kept: its agreeing figure refutes the claim, ``measureword``)
    return [c for c in cands for pair in [other_sibling(text, c.fact, index)] if pair is None or opposite(text, pair)]


@stored
def _opposites() -> frozenset[frozenset[tuple[str, str]]]:
    """The pairs of members of a family that are each other's opposite (``measure_opposites``)."""
    return frozenset(frozenset(tuple(m.split("/", 1)) for m in pair.split()) for pair in words("measures", "measure_opposites"))


def opposite(text: str, pair: tuple[str, str]) -> bool:
    """Whether the member ``text`` names and the fact's (``other_sibling``'s pair) are each other's opposite, the
    same flow counted the other way (exports and imports, arrivals and departures)."""
    family = next((fam for fam, m in measure_siblings_in(text) if m == pair[0]), None)
    return family is not None and frozenset({(family, pair[0]), (family, pair[1])}) in _opposites()
