"""The way a level moved, read from the source list's fact of the period before: "the operating margin rose to
7.6 %" against a fact of 2024 giving 7.6 % and a fact of 2023 giving 7.9 % of the same measure, for the same party
(it fell); and from the fact of the level's own year that gives the year's change of the same measure and party,
"net debt rose to €7.5 billion at the end of 2024" against "net debt stood at 7.5 billion at the end of 2024" and
"Velmor reduced its net debt by 1.7 billion in 2024", « la dette nette est montée à 7,5 milliards fin 2024 » against
« Velmor a réduit sa dette nette de 1,7 milliard en 2024 » (it fell); and from a fact of that year that says the
way of the same measure and party with no figure ("Velmor's gross margin improved in 2024"). Used by
``agreement.direction_conflict`` when the fact's own sentence gives no starting level.
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..terms import concepts_in, content_stems
from ..text import words
from ..factread import direction_of
from ..slots import clause_spans
from ..figurewords import is_level, way_into
from .figures import fact_parties, stated_figure
from .findings import month_of, year_of
from .topicality import GENERIC_CONCEPTS


def previous_level_movement(claim: Claim, q: Quantity, before: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """Which way the fact's level went from the level the one fact of the year before gives for the same party, in
    the same unit, whose sentence names the words of what the figure measures that the fact names (``before``: the
    figure's clause up to it; a word of the claim neither fact writes, "reported", is no other measure, one only
    one of them writes is; when no fact shares them, the concepts it names, « dividende » of « un dividende relevé
    à », "dividend" of "the dividend was raised to"); a level at a date, from the one fact of the same date a year
    before (a fiscal year's close, « au 31 mars »), else at December's close from the year's change; the clause's
    words, when they name nothing measured (« …, à 57 M€ »), are its claim's before the figure. None when there is no
    such fact, or several."""
    fq, year = fact.quantity, year_of(fact.as_of)
    if fq is None or fq.value is None or year is None:
        return None
    if not _measured(before, index):         # (a figure's clause that opens after a comma, « …, à 57 M€ »: its claim's words)
        before = claim.text[:max(0, q.start - claim.start)]
    moved = (way_into(before) or direction_of(before)) in ("increase", "decrease")    # (concepts: a level said to move)
    for measured in (_measured(before, index), _measured_concepts(before) if moved else set()):
        keys = measured & index.fact_keys(fact)
        if not keys:
            continue
        if month_of(fact.as_of) is not None:
            return _dated_level_way(fact, year, measured, keys, index)
        decided, way = _year_level_way(fact, year, measured, keys, index)
        if decided:
            return way
    return None     # (no fact of the year before by its words, « un dividende relevé à » ; then by its concepts)


def _dated_level_way(fact: Fact, year: int, measured: set, keys: set, index: FactIndex) -> Optional[str]:
    """The way a level at a date moved: from the one fact of the same date a year before, else, at December's close,
    the way the year's change says; None when neither is found."""
    before_it = [f for f in index.facts if f is not fact and _a_year_before(f, fact, year)
                 and measured & index.fact_keys(f) == keys and _same_party(f, fact, index)]
    if before_it:
        return _way_from(before_it, fact.quantity.value)
    return _year_change(fact, year, measured, keys, index) if month_of(fact.as_of) == 12 else None


def _a_year_before(f: Fact, fact: Fact, year: int) -> bool:
    """Whether ``f`` is dated the same day or month as ``fact``, a year earlier (« au 31 mars 2024 » for « au 31 mars
    2025 »: the level a fiscal year ending in March started from)."""
    then, now = str(f.as_of or ""), str(fact.as_of or "")
    return f.quantity is not None and f.quantity.value is not None and len(now) > 4 and then == f"{year - 1}{now[4:]}"


def _way_from(earlier: list[Fact], now: float) -> Optional[str]:
    """The way to ``now`` from the level of the one fact of the year before; None when there are several."""
    if len(earlier) > 1:
        return None
    then = earlier[0].quantity.value
    return "increase" if now > then else "decrease" if now < then else "unchanged"


def _year_change(fact: Fact, year: int, measured: set, keys: set, index: FactIndex) -> Optional[str]:
    """The way the one fact of the whole year whose figure is the size of a change ("reduced its net debt by 1.7
    billion in 2025", « a réduit sa dette nette de 1,2 milliard ») says a level at the year's end moved: the same
    party, naming the same words of what the figure measures; None when there is none, or several."""
    ways = {_way_to(f, index) for f in index.facts
            if f is not fact and f.quantity is not None and str(f.as_of) == str(year) and measured & index.fact_keys(f) == keys
            and _same_party(f, fact, index)}
    ways.discard(None)
    return next(iter(ways)) if len(ways) == 1 and ways <= {"increase", "decrease"} else None


def _year_level_way(fact: Fact, year: int, measured: set, keys: set, index: FactIndex) -> tuple[bool, Optional[str]]:
    """(decided, the way) of a level of a whole year: from the one fact of the year before, else from the year's facts
    that say the way with no figure (``_way_stated``); (False, None) when no fact decides."""
    earlier = [f for f in index.facts if f is not fact and _of_the_year_before(f, fact, year)
               and measured & index.fact_keys(f) == keys and _same_party(f, fact, index)]
    if earlier:
        return True, _way_from(earlier, fact.quantity.value)
    stated = _way_stated(fact, year, keys, index)
    return stated is not None, stated


def _way_stated(fact: Fact, year: int, keys: set, index: FactIndex) -> Optional[str]:
    """The way the facts of the level's own year that give no figure say the same measure of the same party moved
    ("Velmor's gross margin improved in 2025" beside "Velmor's gross margin was 38.2 % in 2025", « la marge brute de
    Norvel s'est dégradée en 2025 »), read in the clause that names its words; None when there is none, or several."""
    ways = {direction_of(f.statement[a:b]) for f in index.facts
            if f is not fact and f.quantity is None and not index.reading(f).quantities and str(f.as_of) == str(year)
            and _same_party(f, fact, index) for a, b in clause_spans(f.statement or "")
            if index.text_keys(f.statement[a:b]) & keys == keys}
    ways.discard(None)
    return next(iter(ways)) if len(ways) == 1 else None


def _way_to(f: Fact, index: FactIndex) -> Optional[str]:
    """The way a fact's sentence says things moved up to its declared figure, when that figure is the size of the
    change (its words right before it are no level's: "reduced its net debt by", not "fell to")."""
    stated = stated_figure(f, index)
    before = (f.statement or "")[:stated.start] if stated is not None else ""
    return direction_of(before) if before and not is_level(before[-24:]) else None


def _same_party(f: Fact, fact: Fact, index: FactIndex) -> bool:
    """The same declared subject when both declare one; else the earlier fact ``f`` names no party the fact is not
    of (a fact that names none being of its source's publisher, ``_parties``)."""
    if f.subject and fact.subject:
        return f.subject == fact.subject
    return fact_parties(f, index) <= _parties(fact, index)


def party_of(fact: Fact, index: FactIndex) -> Optional[str]:
    """The party a fact is of: its declared subject, else the one party its sentence names or, naming none, its
    source's publisher (``_parties``: "For 2027, Velmor expected …" with no subject declared is Velmor's); None when
    it names several."""
    if fact.subject:
        return fact.subject
    named = _parties(fact, index)
    return next(iter(named)) if len(named) == 1 else None


def of_a_whole_of_parties(fact: Fact, old: Fact, index: FactIndex) -> bool:
    """Whether a fact, declaring no party, names the older fact's one party among others: a whole it is a part of (the
    world's coal demand, "higher consumption in China, India and Indonesia", is not China's). One of another single
    party may give the same measure (another body's newer estimate of a storm's cost)."""
    mine = party_of(old, index)
    theirs = fact_parties(fact, index)
    return not fact.subject and mine in theirs and len(theirs) > 1


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


def _measured_concepts(before: str) -> set:
    """The concept keys of the last two content words before the figure that are no names and name no concept of
    change or of a generic kind ("dividend" of "the dividend was raised to", « dividende » of « un dividende relevé
    à »), for a measure ``_measured`` finds no word of."""
    head = [w for w, _, _ in words(before) if content_stems(w) and not w[:1].isupper()][-2:]
    return {"c:" + c for w in head if not set(concepts_in(w)) & GENERIC_CONCEPTS for c in concepts_in(w)}


def _of_the_year_before(f: Fact, fact: Fact, year: int) -> bool:
    """A fact of the same unit, of the whole year before the fact's."""
    fq = f.quantity
    return fq is not None and fq.value is not None \
        and fq.unit == fact.quantity.unit and str(f.as_of) == str(year - 1)
