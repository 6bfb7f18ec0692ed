"""Phrases of ``data/lang/<code>/measures.yaml`` that name one thing in several words, in both languages — the basis a
change is measured on (``measure_bases``: « à périmètre et taux de change constants », "like-for-like") and the scope
of a result (``measure_scopes``: « part du groupe », "adjusted") — found in a claim or a fact's sentence the same way.
"""
from __future__ import annotations

from .resources import lexicon
from .tablestore import stored
from .terms import LANGS
from .text import fold, unelided, words, words_of


@stored
def phrase_table(key: str) -> dict[tuple[str, ...], str]:
    """``key`` of ``data/lang/<code>/measures.yaml`` (an id -> its forms, in both languages): each form's folded
    words -> its id (``measure_bases``, ``measure_scopes``)."""
    return {tuple(fold(w) for w, _, _ in words(str(form))): pid for lang in LANGS
            for pid, forms in (lexicon(lang, "measures").get(key) or {}).items() for form in forms}


def phrase_ids(table: dict[tuple[str, ...], str], text: str) -> set[str]:
    """The ids of the phrases of ``table`` (``phrase_table``) a text names, the longest form read first and its words
    not read again (« à périmètre et taux de change constants » is one phrase)."""
    return {pid for pid, _, _ in phrase_spans(table, text)}


def phrase_spans(table: dict[tuple[str, ...], str], text: str) -> list[tuple[str, int, int]]:
    """The phrases of ``table`` a text names as ``phrase_ids`` reads them: (id, first word, number of words)."""
    toks, found, i = [fold(w) for w, _, _ in words(text)], [], 0
    longest, firsts = _shape_of(table)
    while i < len(toks):
        w = toks[i]
        # (a word that opens no phrase, nor does without its elided article, opens none of any length: most words)
        n, key = next(((n, k) for n in range(longest, 0, -1) for k in _heads(toks, i, n) if k in table), (0, ())) \
            if w in firsts or w[1:2] == "'" and unelided(w) in firsts else (0, ())
        if n:
            found.append((table[key], i, n))
        i += max(n, 1)
    return found


def _shape_of(table: dict[tuple[str, ...], str]) -> tuple[int, frozenset[str]]:
    """(the most words of a phrase of ``table``, the words its phrases open with), kept per table (a table of
    ``phrase_table`` is one object for the whole process): ``phrase_spans`` reads a text's words against it."""
    kept = _SHAPES.get(id(table))
    if kept is None or kept[0] is not table:
        kept = _SHAPES[id(table)] = (table, max((len(k) for k in table), default=0), frozenset(k[0] for k in table if k))
    return kept[1], kept[2]


_SHAPES: dict[int, tuple] = {}


def _heads(toks: list[str], i: int, n: int) -> tuple[tuple[str, ...], ...]:
    """The ``n`` words from ``i`` as written, then with the first one's elided article or preposition set aside
    (« l'EBITDA », « l'excédent brut d'exploitation », « d'acompte sur dividende »; not a conjunction's, « qu'en »)."""
    key = tuple(toks[i:i + n])
    bare = unelided(key[0]) if key and key[0][1:2] == "'" else ""
    return (key,) if not bare or bare == key[0] else (key, (bare, *key[1:]))


def opening_phrase_end(table: dict[tuple[str, ...], str], text: str) -> int:
    """The end (a character offset) of the phrase of ``table`` that opens ``text``, its longest form, else 0
    (" at constant currency to £590m" → 21, the end of "currency"; « à taux constants pour atteindre … » → 18)."""
    toks = words_of(text)
    folded = tuple(fold(w) for w, _, _ in toks)
    n = next((n for n in range(min(len(folded), max((len(k) for k in table), default=0)), 0, -1)
              if folded[:n] in table), 0)
    return toks[n - 1][2] if n else 0
