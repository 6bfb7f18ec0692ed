"""The vocabulary of the number reader: the word lists of ``data/lang/<lang>/numbers.yaml`` merged across
languages (``raw_lexicons``, ``merge``; "und" reads both), folded for look-up (``fold_key``, ``fold_table``,
``fold_set``) and turned into regular expressions as prefix tries (``any_phrase``); and ``Tables``, the record
that holds one language's folded tables and compiled patterns (built by ``tables.tables_for``). Of the text it
reads only the word before a position (``word_before``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..resources import compiled, LANGS, lexicon
from ..text import strip_accents, trie_regex as _trie_regex

_P_WORD_BEFORE = compiled(r"([^\W\d_]+)['\s]*\Z")
_P_LANGUAGE = compiled(r"[-_]")

LANGUAGES = LANGS
LEFT_WINDOW = 48             # how far back a qualifier, opener or currency may start
NOT_WORD_BEFORE = r"(?<!\w)"
NOT_WORD_AFTER = r"(?!\w)"


# --- small helpers ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def fold_key(s: str) -> str:
    """Folded form of a word or phrase for table look-ups: no case, no accents, single spaces."""
    return " ".join(strip_accents(s).casefold().split())


def variants(phrase: str) -> set[str]:
    """The phrase as written and without accents, so that "moitie" also finds "moitié"."""
    phrase = " ".join(str(phrase).split())
    return {phrase, strip_accents(phrase)} if phrase else set()


def _phrase_atoms(phrase: str, elisions: dict[str, str], bounded: bool) -> list[list[str]]:
    """A phrase as sequences of regex atoms (one per character, any spaces between words, then
    an end marker). A final elidable word ("de") gives a second sequence with its elided form
    ("d'") glued to what follows. ``bounded``: the phrase may not sit inside a longer word."""
    words = phrase.split()

    def atoms(ws: list[str], bound_end: bool) -> list[str]:
        out = [NOT_WORD_BEFORE] if bounded and ws[0][:1].isalnum() else []
        for i, w in enumerate(ws):
            if i:
                out.append(r"\s+")
            out += [re.escape(c) for c in w]
        out.append(NOT_WORD_AFTER if bound_end and ws[-1][-1:].isalnum() else "")
        return out

    sequences = [atoms(words, bounded)]
    last = fold_key(words[-1])
    if last in elisions and len(words) > 1:
        sequences.append(atoms(words[:-1] + [elisions[last]], False))
    return sequences


def any_phrase(phrases: Iterable[str], elisions: Optional[dict[str, str]] = None,
               ignore_case: bool = True, bounded: bool = True) -> str:
    """One non-capturing group matching any of the phrases, as written or without accents."""
    elisions = elisions or {}
    seen = {v.lower() if ignore_case else v for p in phrases for v in variants(p)}
    if not seen:
        return r"(?!x)x"          # matches nothing
    body = _trie_regex(seq for p in seen for seq in _phrase_atoms(p, elisions, bounded))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def fold_table(table: dict) -> dict:
    return {fold_key(str(k)): v for k, v in (table or {}).items()}


def fold_set(items: Iterable) -> set[str]:
    return {fold_key(str(i)) for i in (items or [])}


def word_before(norm: str, pos: int) -> str:
    m = _P_WORD_BEFORE.search(norm[max(0, pos - 30):pos])
    return fold_key(m.group(1)) if m else ""


# --- the per-language tables --------------------------------------------------------------------

@dataclass
class Tables:
    """Everything one language needs, folded for look-up and compiled into regexes."""
    lang: str
    decimal: Optional[str]                       # "," or "."; None when unknown
    small: dict[str, int]                        # number words < 100
    hundreds: set[str]
    joiners: set[str]
    articles: set[str]
    lone_ignored: set[str]
    magnitudes: dict[str, int]
    approx_magnitudes: dict[str, int]
    abbreviations: dict[str, int]                # case-sensitive
    currency_abbreviations: dict[str, int]       # case-sensitive, only next to a currency
    fractions: dict[str, int]
    ordinal_fractions: set[str]
    ordinal_fraction_leaders: set[str]           # "by a third", "more than a third": a share all the same
    fraction_articles: set[str]
    lone_fractions: set[str]
    lone_fraction_blockers: set[str]
    lone_fraction_leaders: set[str]
    units: dict[str, str]
    qualifiers: dict[str, str]                   # folded phrase -> bound
    trailing: dict[str, str]
    ranges: dict[str, list[str]]                 # joiner -> openers ("" = optional)
    range_blockers: set[str]                     # words before a figure that make "X to Y" a change ("by")
    range_change_verbs: set[str]                 # the same when both ends have their own unit ("decreased")
    range_change_words: set[str]                 # words of change a few words before "from X to Y" ("rising")
    qualifier_blockers: set[str]                 # verbs after which a qualifier is a particle ("edged up to")
    lower_bound_blockers: set[str]               # verbs whose particle is a lower bound's word ("handed over")
    reach_qualifiers: set[str]                   # upper bounds that after any verb of change say the point reached
    modifiers: set[str]
    not_nouns: set[str]
    year_markers: set[str]
    plurals: set[str]                            # plurals without -s/-x ("people")
    magnitude_nouns: set[str]                    # "million": a noun, takes "de" before what it counts
    months: dict[str, int]
    date_prepositions: dict[str, str]
    currency_symbols: dict[str, str]
    currency_codes: dict[str, str]
    currency_words: dict[str, str]
    glued_subunits: dict[str, str] = field(default_factory=dict)   # "61p": the letter -> its sub-unit's name
    glued_multiples: dict[str, str] = field(default_factory=dict)  # "0.7x": the letter -> the unit "times"
    count_abbreviations: dict[str, int] = field(default_factory=dict)  # "17.4m orders": glued before a plural noun
    label_exceptions: set[str] = field(default_factory=set)   # capitalised words before a figure
    written: dict[str, set[str]] = field(default_factory=dict)   # phrases as written, for regexes
    rx: dict[str, re.Pattern] = field(default_factory=dict)   # compiled patterns
    starters: set[str] = field(default_factory=set)        # words that may open a figure
    weak_starters: set[str] = field(default_factory=set)   # "un", "la", "a": only before a follower
    followers: set[str] = field(default_factory=set)       # "million", "tiers", "sur"...
    month_starters: set[str] = field(default_factory=set)
    qualifier_tails: set[str] = field(default_factory=set)  # last words of the qualifiers
    currency_tails: set[str] = field(default_factory=set)   # last characters of symbols and codes


def merge(raws: list[dict], key: str):
    """One table from one or more lexicons (dicts merged, lists joined; the last wins)."""
    values = [r.get(key) for r in raws if r.get(key) is not None]
    if not values:
        return {}
    if isinstance(values[0], dict):
        out: dict = {}
        for v in values:
            out.update(v)
        return out
    if isinstance(values[0], list):
        out_list: list = []
        for v in values:
            out_list += [x for x in v if x not in out_list]
        return out_list
    return values[-1]


def raw_lexicons(lang: str) -> list[dict]:
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    return [lexicon(code, "numbers") for code in langs]


@functools.lru_cache(maxsize=256)
def language(lang: Optional[str]) -> str:
    """"fr", "FR", "fr-CA", "fr_FR" -> "fr"; anything not known -> "und" (both lexicons)."""
    code = _P_LANGUAGE.split((lang or "").strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else "und"
