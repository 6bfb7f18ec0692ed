"""Text folding shared by all stages: apostrophes, dashes, case and accents, word tokens with offsets."""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterator

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"
_TRANS = str.maketrans({**{c: "'" for c in _APOSTROPHES},
                        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})

WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def normalise_punct(s: str) -> str:
    """Same length as ``s``: curly apostrophes -> ', dashes -> -, odd spaces -> space."""
    return s.translate(_TRANS)


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class _CharFold(dict):
    """code point -> its folded form (one character), computed once per character."""

    def __missing__(self, cp: int) -> str:
        c = chr(cp).translate(_TRANS)
        f = strip_accents(c).lower()
        out = f if len(f) == 1 else (c.lower()[:1] or c)
        self[cp] = out
        return out


_CHAR_FOLD = _CharFold()


def fold(s: str) -> str:
    """Case- and accent-insensitive form used for matching (may change length)."""
    if s.isascii():
        return s.lower()
    return strip_accents(normalise_punct(s)).casefold()


def words(s: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) for each word of ``s``, apostrophes and hyphens kept inside words."""
    return iter(_words(s))


@functools.lru_cache(maxsize=4096)
def _words(s: str) -> tuple[tuple[str, int, int], ...]:
    norm = normalise_punct(s)
    return tuple((s[m.start():m.end()], m.start(), m.end()) for m in WORD_RE.finditer(norm))


def fold_same_length(s: str) -> str:
    """Like ``fold`` but one character per character, so offsets into ``s`` stay valid."""
    if s.isascii():
        return s.lower()
    return s.translate(_CHAR_FOLD)


def phrase_pattern(phrases, suffix: str = r"(?![\w])") -> "re.Pattern[str]":
    """A regex matching any of ``phrases`` (folded) at word boundaries, longest first, on folded text."""
    words_alts, other_alts = [], []
    for p in sorted({fold(p) for p in phrases if p}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in p.split())
        tail = suffix if p[-1].isalnum() else ""
        (words_alts if p[0].isalnum() else other_alts).append(body + tail)
    parts = []
    if words_alts:      # one shared word-boundary check: much faster than one per alternative
        parts.append(r"(?<![\w'])(?:" + "|".join(words_alts) + ")")
    parts.extend(other_alts)
    return re.compile("|".join(parts) if parts else r"(?!x)x")
