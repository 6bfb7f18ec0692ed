"""A rank written as an ordinal before a noun, with no superlative: "the third country of the region to be
certified", « le troisième pays de la région »: the claim's ordinal before a noun the fact's sentence writes after
one ordinal of its own is read as a figure and compared (the noun read past the names written before it, "the first
R7 death"; a noun the fact's sentence never writes while it ranks another by the same ordinal, "the first case" against
"the first death", leaves the rank unchecked) (``ordinal_rank_slot``, asked by
``checks/judge/slotcheck.py`` when no other rank of the claim disagrees and neither side ranks by a superlative). The articles, ordinals and the nouns of an
occasion or a period that rank nothing (« la deuxième fois », "the third quarter") are the lists of ``slots.yaml``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..resources import words
from ..slots import rank_of, slot_patterns
from ..terms import concepts_in, content_stems
from ..text import fold, fold_same_length, literal_trie
from ..tablestore import stored


@stored
def _ordinal_noun() -> tuple[Optional[re.Pattern], frozenset, frozenset]:
    """An article, an ordinal (group ``ordinal``) and the noun after it (group ``noun``); the first ordinals; the
    nouns of an occasion or a period (``rank_articles``, ``first_ordinals``, ``not_rank_nouns`` of ``slots.yaml``)."""
    def folded(key: str) -> frozenset:
        return frozenset(fold(w) for w in words("slots", key))
    firsts = folded("first_ordinals")
    ordinals = set(slot_patterns()["ordinals"]) | firsts
    if not folded("rank_articles") or not ordinals:
        return None, frozenset(), frozenset()
    rx = re.compile(r"(?<!\w)(?:" + literal_trie(folded("rank_articles")) + r")\s+(?P<ordinal>" + literal_trie(ordinals)
                    + r")\s+(?P<noun>[\w-]+)")
    return rx, firsts, folded("not_rank_nouns")


def ordinal_ranks(text: str) -> dict[str, int]:
    """The ranks a text gives by an article and an ordinal before a noun, by the noun's stem: "the fourth country"
    → {"country": 4}; none before a noun of an occasion or a period."""
    rx, firsts, not_ranks = _ordinal_noun()
    if rx is None:
        return {}
    t, out = slot_patterns(), {}
    folded = fold_same_length(text)
    for m in rx.finditer(folded):
        noun = _head_noun(text, folded, m.start("noun"))
        if noun in _verb_markers():       # "the first to quit", « le premier à démissionner »: the verb is ranked
            nxt = _WORD.search(folded, m.end("noun"))
            noun = nxt.group() if nxt is not None and not folded[m.end("noun"):nxt.start()].strip() else ""
        if noun in not_ranks:
            continue
        stems = content_stems(noun)
        rank = 1 if m.group("ordinal") in firsts else t["ordinals"].get(m.group("ordinal"), 0)
        acts = ["c:" + c for c in concepts_in(_ranked_verb(folded, m.end("noun")))]
        if stems and rank:
            for key in [stems[0], *("c:" + c for c in concepts_in(noun)), *acts]:
                out.setdefault(key, set()).add(rank)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def _ranked_verb(folded: str, at: int) -> str:
    """The verb an infinitive's marker opens after the ranked noun, in its clause: the act the rank is of, "the first
    member of the cabinet to quit" (a quitting: "the first resignation from the cabinet"), « le premier ministre du
    gouvernement à démissionner »; "" when there is none."""
    rest = _CLAUSE_END.split(folded[at:at + 80], maxsplit=1)[0]
    for rx in _verb_marker_patterns():
        m = rx.search(rest)
        if m is not None:
            return m.group(1)
    return ""


_CLAUSE_END = re.compile(r"[,;:.()]")


@stored
def _verb_marker_patterns() -> tuple[re.Pattern, ...]:
    """A pattern per marker of ``_verb_markers`` (in their sorted order) and the word after it, compiled once
    (``_ranked_verb`` asks them of every ranked noun)."""
    return tuple(re.compile(r"(?<!\w)" + re.escape(marker) + r"\s+([\w-]+)") for marker in sorted(_verb_markers()))


@stored
def _verb_markers() -> frozenset[str]:
    return frozenset(fold(w) for w in words("slots", "ordinal_verb_markers"))


_WORD = re.compile(r"[\w-]+")


def _head_noun(text: str, folded: str, at: int) -> str:
    """The folded word the ordinal ranks, from ``at``: past the names written before it, a word with a capital or a
    digit ("the first H5N1 death", "the third EU member"): the noun they qualify."""
    m = _WORD.match(text, at)
    while m is not None and (any(ch.isupper() or ch.isdigit() for ch in m.group())):
        nxt = _WORD.search(text, m.end())
        if nxt is None or text[m.end():nxt.start()].strip():
            break
        m = nxt
    return folded[m.start():m.end()] if m is not None else ""


def ordinal_rank_slot(text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """("contradicts", "ranking", message) when the claim ranks a noun by an ordinal ("the fourth country") that the
    fact's sentence ranks by another ordinal, and by that one only ("the third country"); None otherwise, and when
    either side ranks by a superlative (``rank_of``: the ranking rule's)."""
    if rank_of(text) or rank_of(statement):
        return None
    mine, theirs = ordinal_ranks(text), ordinal_ranks(statement)
    for noun, rank in mine.items():
        if noun in theirs and theirs[noun] != rank:
            return ("contradicts", "ranking", f"wrong rank: the source ranks it {nth(theirs[noun])}, the article "
                                              f"{nth(rank)}: {statement}")
    # (a noun ranked by the claim that the fact's sentence never writes, while it ranks another by the same ordinal:
    # "the first case" against "the first death" — another thing ranked, the claim's rank unchecked)
    said = set(content_stems(statement))
    if any(theirs.get(k) == r for k, r in mine.items()):
        return None                       # the thing ranked, by its word or its concept, ranked the same
    for noun, rank in mine.items():
        if noun.startswith("c:"):
            continue
        if noun not in said and rank in theirs.values():
            other = next(n for n, r in theirs.items() if r == rank)
            return ("missing", "ranking", f"the source ranks {nth(rank)} another thing ({other}): {statement}")
    return None


def nth(n: int) -> str:
    """An ordinal in English words for an explanation: 1 → "first", 4 → "4th"."""
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
