"""The place a fact's sentence writes as a bare name before its figures, with no preposition: the subject or what
modifies it, "Norvania comparable sales fell 14 %", « Orlande : les ventes ont reculé de 6 % ».

A report often gives one figure per place that way, one sentence each; the figure is then that place's as much as
one a place phrase follows ("sales fell 14 % in Norvania"). Read only from a name of the list or of the tables of
places (``placenames``) that stands for a place, or an entity of the list its facts write after a preposition of
place ("stores in Norvania") and never have act or publish: not a company, a person or an event; and only when the
sentence writes exactly one such place before its first figure (``place._sole_place`` asks it when no place phrase is
read).
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Fact
from ..placenames import folded_place_id
from ..text import fold
from .place import keyed, place_name, place_patterns, place_phrases, publishers


def subject_place(fact: Fact, index: FactIndex) -> Optional[str]:
    """The key (``place.keyed``) of the one place a fact's sentence names, with no preposition, before its first
    figure; None when it names none or several there."""
    text = fact.statement or ""
    first = min([q.start for q in index.reading(fact).quantities if q.start >= 0] + [len(text)])
    key = keyed(index)
    found = {key(n) for n in (place_name(m.group(0)) for m in place_patterns()["name"].finditer(text[:first])) if n}
    found = {k for k in found if _is_place(k, index)}
    return found.pop() if len(found) == 1 else None


def _is_place(key: str, index: FactIndex) -> bool:
    """Whether a key names a place: one of the tables of places, or an entity of the list that the list's facts
    write in a place phrase (``_list_places``: « aux Jeux », an event, is no entity) or one of whose names is a
    place of those tables."""
    if key.startswith("p:"):
        return True
    entity = index.catalog.entities.get(key[2:]) if key.startswith("e:") else None
    if entity is None:
        return False
    # (a party the list has act or publish is no place, whatever preposition its facts put before it: "a holding of
    # 5 % in Korvel")
    return any(folded_place_id(fold(n)) for n in entity.names) \
        or key in _list_places(index) and key[2:] not in _parties(index)


def _list_places(index: FactIndex) -> frozenset[str]:
    """The keys of the places the list's facts write after a preposition of place, read once per index."""
    memo = index.__dict__.get("_phrase_places")
    if memo is None or memo[0] != len(index.facts):
        key = keyed(index)
        names = (place_name(m.group("place")) for x in index.facts for m in place_phrases(x.statement or ""))
        memo = index.__dict__["_phrase_places"] = (len(index.facts), frozenset(key(n) for n in names if n))
    return memo[1]


def _parties(index: FactIndex) -> frozenset[str]:
    """The entities the list has act, receive or publish: its facts' declared subjects and objects (read once per
    index, as ``_list_places``), its sources' publishers (``place.publishers``)."""
    memo = index.__dict__.get("_declared_parties")
    if memo is None or memo[0] != len(index.facts):
        memo = index.__dict__["_declared_parties"] = (
            len(index.facts), frozenset({x.subject for x in index.facts} | {x.object for x in index.facts}) - {None})
    return memo[1] | publishers(index)
