"""How far back a record goes (``record_scope``), whether a text calls something a record (``names_a_record``), and
how far back a record "in <whose> history" goes: of all time ("the largest gain in the club's history", « la
plus forte hausse de son histoire »), or of recent times when a word of ``record_history_bounded`` (``slots.yaml``)
stands in the phrase or right after it ("in recent history", « de l'histoire récente »).
"""
from __future__ import annotations

import re
from typing import Optional

from .recordnever import never_done
from .resources import compiled, lexicon
from .slots import rank_span, slot_patterns
from .terms import LANGS
from .text import fold, fold_same_length, literal_trie
from .tablestore import stored


@stored
def _history() -> tuple[Optional[re.Pattern], frozenset[str]]:
    """An opener, up to three words (whose history: "the party's", « son »), a history noun and the word after it."""
    raws = [lexicon(lang, "slots") for lang in LANGS]
    def alts(key):
        return literal_trie({fold(str(x)) for raw in raws for x in (raw.get(key) or [])})
    openers, nouns = alts("record_history_openers"), alts("record_history_nouns")
    bounded = frozenset(fold(str(x)) for raw in raws for x in (raw.get("record_history_bounded") or []))
    if not openers or not nouns:
        return None, bounded
    return compiled(rf"(?<!\w)(?:{openers})\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:l['\u2019])?(?:{nouns})(?!\w)"
                    rf"(?:\s+[^\W\d_]+)?"), bounded


def history_scope(folded: str) -> Optional[str]:
    """"all-time" or "bounded" for a folded text that puts its record in a history; None when it names none."""
    rx, bounded = _history()
    m = rx.search(folded) if rx is not None else None
    if m is None:
        return None
    return "bounded" if set(re.findall(r"[^\W\d_]+", m.group(0))) & bounded else "all-time"


def record_scope(text: str) -> Optional[str]:
    """How far back the record a text states goes: "all-time" ("the lowest since records began", « le plus bas de
    l'histoire »), "bounded" ("the lowest for more than a decade", "depuis 2013") or None (no record, or unsaid)."""
    span, t = rank_span(text), slot_patterns()
    if span is None:
        return None
    folded = fold(text[span[0]:])[:80]
    history = history_scope(folded)       # "in the party's history" (all time), "in recent history" (bounded)
    if history:
        return history
    # (the bound nearest the superlative is its own: "the longest since 2017, not the longest ever" is bounded)
    found = [(m.start(), scope) for key, scope in (("all_time", "all-time"), ("bounded", "bounded"))
             for m in [t[key].search(folded) if t[key] is not None else None] if m is not None]
    if found:
        return min(found)[1]
    # (« un niveau jamais atteint », "a level never reached before": what was never done, ranking by itself, is a
    # record of all time; after a superlative, « les plus chaudes jamais relevées », record_all_time says it)
    m = never_done(folded, t["breaks"])
    return "all-time" if m is not None and m.start() == 0 else None


def names_a_record(text: str) -> bool:
    """Whether a text calls something a record ("a record 89 TWh", « un solde record »), not only the first of
    its kind in its period ("the most of any donor in 2023")."""
    rx = slot_patterns()["record"]
    return rx is not None and bool(rx.search(fold(text)))


def first_since(text: str) -> bool:
    """Whether a text calls something the first since some time ("negative for the first time since 1945",
    « inédit depuis 25 ans »): there were others before, so it is a record of recent times only."""
    rx = slot_patterns()["first_since"]
    return rx is not None and bool(rx.search(fold(text)))


def behind_at(text: str) -> Optional[int]:
    """Where what a text puts ahead of its thing begins: the end of its first ``behind`` word of ``slots.yaml``
    ("5th, behind A and B", « derrière A et B »); None without one."""
    rx = slot_patterns()["behind"]
    m = rx.search(fold_same_length(text)) if rx is not None else None
    return m.end() if m else None
