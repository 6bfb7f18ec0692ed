"""Entity resolution: find the source lists' entities in text, case-, accent- and plural-insensitively.

Names are matched on whole words (stemmed tokens), longest name first, so "Corée du Nord" wins over
"Corée" and "Kimberley" never matches "Kim". Demonyms and capitals are simply names of the entity in
the source list (nord-coréen, Moscou, Kremlin). An entity named by one way of writing a place is found by every
other ("United States", "US", « États-Unis »: ``placenames``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .model import Catalog, Mention
from .placenames import other_forms
from .resources import word_table
from .terms import function_words, stem, stems_of
from .text import fold, words, words_of, written_as_initials


@dataclass
class EntityMatcher:
    """Finds the listed entities' names in a text."""
    names: dict[tuple[str, ...], str] = field(default_factory=dict)   # stemmed tokens -> entity id
    longest: int = 1
    # the entities that publish or write a source of the list: who may say a figure, where another entity the
    # list knows is what a figure is of (``sources_parties``); None when the matcher comes from no catalog
    sayers: frozenset[str] | None = None
    # the names the list writes only in capitals, as initials ("WHO", "US", « OMS »): found only where the text
    # writes them in capitals too, never as the common word they spell ("people who were", "told us")
    capitals: frozenset[tuple[str, ...]] = frozenset()
    # the names written with a sign glued to their end ("Canal+", "TF1+": ``_MARK``), by their words without it: where
    # the text writes the sign too, that entity, not the one its words alone name ("TF1+" is not "TF1")
    marked: dict[tuple[str, ...], str] = field(default_factory=dict)

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "EntityMatcher":
        m = cls()
        initials, spelt = set(), set()
        for ent in catalog.entities.values():
            m.marked.update({k: ent.id for n in ent.names if (k := _marked_key(n))})
        for ent in catalog.entities.values():
            own = {tuple(stem(w) for w, _, _ in words(n)) for n in ent.names if written_as_initials(n)}
            for name in [ent.id.replace("-", " "), *ent.names, *other_forms(ent.names)]:
                key = tuple(stem(w) for w, _, _ in words(name))
                if _marked_key(name) and m.marked.get(key) == ent.id and any(
                        not _marked_key(n) and tuple(stem(w) for w, _, _ in words(n)) == key
                        for e in catalog.entities.values() if e.id != ent.id for n in e.names):
                    continue                                 # (its words alone are another entity's name)
                if key:
                    m.names.setdefault(key, ent.id)
                    m.longest = max(m.longest, len(key))
                    # (the entity's id is the slug of its initials, "who": it says no more than they do)
                    (initials if written_as_initials(name) or (name == ent.id.replace("-", " ") and key in own) else spelt).add(key)
        m.capitals = frozenset(initials - spelt)
        m.sayers = m.sources_parties(catalog)
        return m

    def sources_parties(self, catalog: Catalog) -> frozenset[str]:
        """The entities the list's sources name as their publisher or author (an entity id, or a name of one)."""
        named = [who for s in catalog.sources for who in (s.publisher, s.author) if who]
        return frozenset(who if who in catalog.entities else self.resolve(who) for who in named) - {None}

    def names_only_subjects(self, text: str) -> bool:
        """Whether ``text`` names entities of the list and none that publishes or writes one of its sources: the
        parties a figure is of ("Dornovia alone"), not who says it."""
        found = self.find(text)
        return self.sayers is not None and bool(found) and not any(x.entity in self.sayers for x in found)

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        lengths = self._lengths()
        out: list[Mention] = []
        free = 0                                         # the first word not inside a name found
        for i, stems, first in _name_starts(stems_of(text), text, lengths):    # the words some name begins with
            if i < free:
                continue
            for n in lengths[stems[i]]:                  # only the names that begin with this word, longest first
                if n > len(stems) - i:
                    continue
                ent = self.names.get(stems[i:i + n])
                if ent:
                    toks = words_of(text)
                    s, e = toks[first][1], toks[i + n - 1][2]
                    if stems[i:i + n] in self.capitals and not written_as_initials(text[s:e]):
                        continue
                    if self._yields(stems, toks, i, n, lengths):
                        break
                    if stems[i:i + n] in self.marked and _MARK.match(text, e):
                        ent, e = self.marked[stems[i:i + n]], _MARK.match(text, e).end()
                    out.append(Mention(ent, text[s:e], offset + s, offset + e))
                    free = i + n
                    break
        return out

    def _yields(self, stems: tuple, toks: list, i: int, n: int, lengths: dict) -> bool:
        """Whether the name found at word ``i`` (``n`` words) opens with a function word ("the reef") and a name
        that begins inside it runs on past its end ("the Reef Authority" holds "Reef Authority"): the longer
        reading from its content word is the name, not the one its article opens."""
        if fold(toks[i][0]) not in function_words():
            return False
        return any(i + n < j + m <= len(stems) and self.names.get(stems[j:j + m])
                   for j in range(i + 1, i + n) for m in lengths.get(stems[j], ()))

    def _lengths(self) -> dict[str, tuple[int, ...]]:
        """first stem of a name -> the lengths of the names that begin with it, longest first (built at the first
        ``find``, again if names were added since)."""
        cached = self.__dict__.get("_by_first")
        if cached is None or cached[0] != len(self.names):
            by_first: dict[str, set[int]] = {}
            for key in self.names:
                by_first.setdefault(key[0], set()).add(len(key))
            cached = (len(self.names), {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()})
            self.__dict__["_by_first"] = cached
        return cached[1]

    def resolve(self, name: str) -> str | None:
        """The entity id a free-text name (e.g. a publisher) stands for, if any."""
        key = tuple(stem(w) for w, _, _ in words(name))
        if _marked_key(name) and key in self.marked:
            return self.marked[key]
        if key in self.names:
            return self.names[key]
        folded = fold(name).replace(" ", "-")
        return folded if folded in set(self.names.values()) else None


# a sign glued to the end of a name, "Canal+", "TF1+", not followed by a word character
_MARK = re.compile(r"\+(?![\w+])")


def _name_starts(stems: tuple[str, ...], text: str, lengths: dict) -> list[tuple[int, tuple[str, ...], int]]:
    """(position, the stems read there, the first word of a name found there) of each word some name may begin with:
    a name's own first word, or a preposition fused with the article it opens with (``_fused_articles``: « du
    Revenu », read « le Revenu », the name found being "Revenu")."""
    fused = _fused_articles(stems, text, lengths)
    return [(i, stems, i) if i not in fused else (i, stems[:i] + (fused[i],) + stems[i + 1:], i + 1)
            for i, s in enumerate(stems) if s in lengths or i in fused and fused[i] in lengths]


def _fused_articles(stems: tuple[str, ...], text: str, lengths: dict) -> dict[int, str]:
    """Where a preposition fused with an article (``article_contractions``) stands before a capitalised word and no
    name begins with the preposition itself, the article (stemmed): « l'analyse du Revenu », « selon un article des
    Echos » name Le Revenu and Les Echos, the mention being the words after the preposition. A name that runs through
    the preposition (« Banque des Territoires ») is found from its own first word, before it."""
    table = _contractions()
    if not table or not any(s in table for s in stems):
        return {}
    toks = words_of(text)
    return {i: table[s] for i, s in enumerate(stems[:-1])
            if s in table and s not in lengths and i + 1 < len(toks) and toks[i + 1][0][:1].isupper()}


@functools.lru_cache(maxsize=None)
def _contractions() -> dict[str, str]:
    """preposition fused with an article -> the article, stemmed (« du » -> « le »)."""
    return {stem(k): stem(v) for k, v in word_table("stopwords", "article_contractions").items()}


def _marked_key(name: str) -> tuple[str, ...] | None:
    """The stems of a name's words when a sign is glued to its end (``_MARK``: "TF1+"), else None."""
    name = name.rstrip()
    if not name[:-1] or not name[-2:-1].isalnum() or not _MARK.match(name, len(name) - 1):
        return None
    return tuple(stem(w) for w, _, _ in words(name)) or None
