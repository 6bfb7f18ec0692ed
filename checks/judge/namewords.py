"""The words of the parties a claim and a fact both name: who is spoken of, not what is said of them."""
from __future__ import annotations

from ..match import FactIndex
from ..terms import content_stems


def party_words(shared: set[str] | frozenset[str], index: FactIndex) -> frozenset[str]:
    """The content stems of every name of each party the shared keys name (``e:`` keys): « Arkema », "Hibbett's",
    « l'Autorité de la concurrence », "the Competition Authority". A fact that shares a claim's party and one word
    besides, « objectif », "business", says nothing yet of what the claim says of that party."""
    out: set[str] = set()
    for key in shared:
        if not key.startswith("e:"):
            continue
        ent = index.catalog.entities.get(key[2:])
        for name in (ent.names if ent else []):
            out.update(content_stems(name))
    return frozenset(out)
