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

_P_RECORD_BOUND_UNSAID = compiled(r"(?<!\d)((?:19|20)\d\d)\s*[-\u2013/]\s*(\d\d)(?!\d)")
_P_HISTORY_SCOPE = compiled(r"[^\W\d_]+")
_P_RECORD_BOUND_UNSAID_2 = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")


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
    found = _history_at(folded)
    return found[1] if found else None


def _history_at(folded: str) -> Optional[tuple[int, str]]:
    """Where a folded text puts its record in a history, and that history's scope (``history_scope``)."""
    rx, bounded = _history()
    m = rx.search(folded) if rx is not None else None
    if m is None:
        return None
    return m.start(), "bounded" if set(_P_HISTORY_SCOPE.findall(m.group(0))) & bounded else "all-time"


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
    found = [(m.start(), m.end(), scope) for key, scope in (("all_time", "all-time"), ("bounded", "bounded"))
             for m in [t[key].search(folded) if t[key] is not None else None] if m is not None]
    if len(found) == 2 and 0 <= found[1][0] - found[0][1] <= 1:
        return "bounded"           # (« un niveau jamais atteint depuis 2013 »: the never word, bounded right after it)
    if found:
        return min((start, scope) for start, _, scope in found)[1]
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


def bound_numbers(text: str, bounds_only: bool = False) -> frozenset[float]:
    """The numbers and years a text writes, in any language read ("in four years", « depuis quatre ans », "since
    2013", "a 52-week high"): what bounds a record of recent times, compared on both sides; ``bounds_only``: only
    years, durations of a year or more and small bare whole numbers ("52-week"), not the months of a period (« in the final three
    months ») nor a figure of money or of a count ("a record 48.0 trillion yen")."""
    from . import units
    from .numbers import find_dates, find_quantities
    def bound(q) -> bool:
        u = units.lookup(q.unit) if q.unit else None
        bare = q.unit is None and q.value is not None and q.value == int(q.value) and abs(q.value) < 1000
        return not bounds_only or bare or (u is not None and u.family == "duration"
                                                     and u.factor >= units.lookup("years").factor)
    return frozenset(q.value for lang in LANGS for q in find_quantities(text, lang) if q.value is not None and bound(q)) \
        | frozenset(float(d.year) for lang in LANGS for d in find_dates(text, lang) if d.year)


def record_bound_unsaid(text: str, statement: str, as_of: str = "") -> bool:
    """Whether the record a text states is bounded by a number ("the highest in ten years", « depuis dix ans ») that
    the source's sentence (or the year it is of) does not write ("a four-year high"): a record of another stretch."""
    span = rank_span(text)
    if span is None:
        return False
    mine = bound_numbers(text[span[0]:span[1]], bounds_only=True)
    theirs = bound_numbers(statement) | frozenset(float(y) for y in _P_RECORD_BOUND_UNSAID_2.findall(as_of))
    for m in _P_RECORD_BOUND_UNSAID.finditer(statement):     # ("2020-22")
        first = int(m.group(1))
        theirs |= frozenset(float(y) for y in range(first, first // 100 * 100 + int(m.group(2)) + 1))
    return bool(mine - theirs)


@stored
def _firsts() -> tuple[Optional[re.Pattern], Optional[re.Pattern]]:
    """A first ordinal of ``first_ordinals``, and the same after an intensifier of ``first_all_time_before``."""
    raws = [lexicon(lang, "slots") for lang in LANGS]
    def alts(key):
        return literal_trie({fold(str(x)) for raw in raws for x in (raw.get(key) or [])})
    firsts, before = alts("first_ordinals"), alts("first_all_time_before")
    if not firsts:
        return None, None
    first = compiled(rf"(?<!\w)(?:{firsts})(?!\w)")
    return first, (compiled(rf"(?<!\w)(?:{before})\s+(?:{firsts})(?!\w)") if before else None)


def first_scope(text: str) -> Optional[str]:
    """How far back a first goes, read in the clause from its first ordinal: "all-time" after an intensifier ("the
    very first dividend", « le tout premier dividende ») or before a word of all time ("the first dividend ever",
    "in its history", « le premier dividende de son histoire »); "bounded" before a bound of recent times, a year or
    a duration of a year or more ("the first dividend in ten years", "since 2014", « le premier … depuis dix ans »),
    or for a first since some time (``first_since``); in a history, as ``history_scope`` reads it ("the first time
    in its history"); a year alone names its period, « le premier semestre 2024 », no bound; None when it writes no
    first, or does not say how far back."""
    first, very = _firsts()
    folded = fold(text)
    m = first.search(folded) if first is not None else None
    if m is None:
        return None
    if first_since(text):
        return "bounded"
    t = slot_patterns()
    after = t["breaks"].split(folded[m.end():])[0][:80]
    found = [(x.start(), scope) for key, scope in (("all_time", "all-time"), ("bounded", "bounded"))
             for x in [t[key].search(after) if t[key] is not None else None] if x is not None] \
        + [h for h in [_history_at(after)] if h is not None]        # ("the first time in its history")
    if not found and bound_numbers(after, bounds_only=True) - _years(after):     # (a duration, not a year's name)
        return "bounded"
    if found:
        return min(found)[1]
    return "all-time" if very is not None and very.search(folded) else None


def _years(text: str) -> frozenset[float]:
    """The years a text's dates write."""
    from .numbers import find_dates
    return frozenset(float(d.year) for lang in LANGS for d in find_dates(text, lang) if d.year)
