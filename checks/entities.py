"""Entity resolution: find the source lists' entities in text, case-, accent- and plural-insensitively.

Names are matched on whole words (stemmed tokens), longest name first, so "Corée du Nord" wins over
"Corée" and "Kimberley" never matches "Kim". Demonyms and capitals are simply names of the entity in
the source list (nord-coréen, Moscou, Kremlin).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Catalog, Mention
from .terms import stem
from .text import fold, words


@dataclass
class EntityMatcher:
    names: dict[tuple[str, ...], str] = field(default_factory=dict)   # stemmed tokens -> entity id
    longest: int = 1

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "EntityMatcher":
        m = cls()
        for ent in catalog.entities.values():
            for name in [ent.id.replace("-", " "), *ent.names]:
                key = tuple(stem(w) for w, _, _ in words(name))
                if key:
                    m.names.setdefault(key, ent.id)
                    m.longest = max(m.longest, len(key))
        return m

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        toks = list(words(text))
        stems = [stem(w) for w, _, _ in toks]
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            for n in range(min(self.longest, len(toks) - i), 0, -1):
                ent = self.names.get(tuple(stems[i:i + n]))
                if ent:
                    s, e = toks[i][1], toks[i + n - 1][2]
                    out.append(Mention(ent, text[s:e], offset + s, offset + e))
                    i += n
                    break
            else:
                i += 1
        return out

    def resolve(self, name: str) -> str | None:
        """The entity id a free-text name (e.g. a publisher) stands for, if any."""
        key = tuple(stem(w) for w, _, _ in words(name))
        if key in self.names:
            return self.names[key]
        folded = fold(name).replace(" ", "-")
        return folded if folded in set(self.names.values()) else None
