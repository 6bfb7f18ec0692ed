"""Whether a fact without a figure can be the one a claim without a figure speaks of, by who does what and where:
the parties its statement gives the claim's verb (declared, or read by the same reader), and the places both write.
Read by the ``terms`` rule (``rules/terms.py``).
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..placenames import folded_place_id, places_in
from ..resources import words
from ..tablestore import stored
from ..text import fold
from .place import demonym_places
from .slotcheck import role_unread


def roles_fit(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """No giver nor receiver in the claim, or the fact's in the same roles (and read as such): its declared subject
    and object, or those the same reader reads in its statement around the same verb (« L'avertissement a coûté son
    poste au directeur Jean Roussel » against « … a coûté sa place au directeur Jean Roussel », declared of Velmor;
    "The audit office praised the handling of the funds collected" against the same words, declared of the office),
    when the statement writes no place other than the claim's (``of_another_place``: its words are then the only
    evidence of who did what, and of where)."""
    r = claim.roles
    if not (r.giver or r.receiver):
        return True
    if r.giver in (None, fact.subject) and r.receiver in (None, fact.object) and (fact.subject or fact.object) \
            and not role_unread(claim, fact):
        return True
    read = index.reading(fact)
    return r.verb is not None and read.role_verb == r.verb and (read.giver, read.receiver) == (r.giver, r.receiver) \
        and not of_another_place(claim, fact)


def places_named(text: str) -> set[str]:
    """The places a text writes, by name or by adjective (« la biotech canadienne », "Japanese exports"), each by its
    id where the list of places knows it, else its folded name."""
    named = {p for _, _, p in places_in(text)}
    named.update(folded_place_id(p) or p for _, _, p in demonym_places(text))
    return named


def of_another_place(claim: Claim, fact: Fact) -> bool:
    """Whether the fact writes places and none of those the claim writes: it is another place's, whatever words they
    share (« Velmor a racheté la biotech canadienne Ostria » is not « … la biotech américaine Ostria »; "Velmor opened
    a plant in Spain" is not "Velmor opened a plant in Portugal")."""
    mine = places_named(claim.text)
    if not mine:
        return False
    theirs = places_named(fact.statement or "")
    return bool(theirs) and not mine & theirs


def described_otherwise(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A party the claim gives a place by an adjective right beside its name (« le britannique Q_PERIOR », "the
    Canadian biotech Ostria", "Ostria, the Canadian biotech,"), which the fact describes by another place's the
    same way (« Q_PERIOR, cabinet de conseil allemand »): the fact's description refutes the claim's."""
    theirs = _described(fact.statement or "", [(m.start, m.end, m.entity) for m in index.matcher.find(fact.statement or "")])
    if not theirs:
        return None
    mine = _described(claim.text, [(m.start - claim.start, m.end - claim.start, m.entity) for m in claim.mentions])
    for party, (place, word) in mine.items():
        other = theirs.get(party)
        if other and other[0] != place:
            return f"wrong description: the source calls {index.entity_name(party)} {other[1]!r}, the article " \
                   f"{word!r}: {fact.statement}"
    return None


def _described(text: str, mentions: list[tuple[int, int, str]]) -> dict[str, tuple[str, str]]:
    """Each party a text describes by a place's adjective (``demonym_places``) in the words right before its name
    (at most two, no stop nor other name between: « le britannique Q_PERIOR », "the German group Q_PERIOR") or in an
    apposition right after it (a phrase of at most six words between commas, no relative clause: « Q_PERIOR,
    cabinet de conseil allemand, »): the place's id and the adjective as written."""
    unelided = re.sub(r"\b[ldLD]['’]", "  ", text)         # (« l'italien »: its offsets kept)
    adjectives = [(a, b, folded_place_id(p) or p) for a, b, p in demonym_places(unelided)]
    out: dict[str, tuple[str, str]] = {}
    for start, end, party in mentions:
        before = re.search(r"(?:[^\W\d_][\w'’-]*\s+){1,2}$", text[:start])
        after = re.match(r"\s*,\s*([^,.;:()]+?)\s*(?:[,.;:)]|$)", text[end:])
        spans = [(before.start(), start)] if before else []
        if after and len(after.group(1).split()) <= _MAX_APPOSED and fold(after.group(1).split()[0]) not in _relatives():
            spans.append((end + after.start(1), end + after.end(1)))
        found = next(((p, text[a:b]) for a, b, p in adjectives for lo, hi in spans if lo <= a and b <= hi
                      and not any(lo <= s < hi for s, _, _ in mentions)), None)
        if found:
            out.setdefault(party, found)
    return out


_MAX_APPOSED = 6        # the words of an apposition that describes a party (« cabinet de conseil allemand »)


@stored
def _relatives() -> frozenset[str]:
    return frozenset(fold(w) for w in words("claims", "relative_pronouns"))
