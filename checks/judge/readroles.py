"""Whether a fact without a figure can be the one a claim without a figure speaks of, by who does what and where:
the parties its statement gives the claim's verb (declared, or read by the same reader), and the places both write.
Read by the ``terms`` rule (``rules/terms.py``).
"""
from __future__ import annotations

from ..match import FactIndex
from ..model import Claim, Fact
from ..placenames import folded_place_id, places_in
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
