"""Text folding shared by all stages: apostrophes, dashes, case and accents, word tokens with offsets."""
from __future__ import annotations

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
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def fold(s: str) -> str:
    """Case- and accent-insensitive form used for matching (may change length)."""
    return strip_accents(normalise_punct(s)).casefold()


def words(s: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) for each word of ``s``, apostrophes and hyphens kept inside words."""
    norm = normalise_punct(s)
    for m in WORD_RE.finditer(norm):
        yield s[m.start():m.end()], m.start(), m.end()


def fold_same_length(s: str) -> str:
    """Like ``fold`` but one character per character, so offsets into ``s`` stay valid."""
    out = []
    for c in normalise_punct(s):
        f = strip_accents(c).lower()
        out.append(f if len(f) == 1 else c.lower()[:1] or c)
    return "".join(out)


def phrase_pattern(phrases, suffix: str = r"(?![\w])") -> "re.Pattern[str]":
    """A regex matching any of ``phrases`` (folded) at word boundaries, longest first, on folded text."""
    alts = []
    for p in sorted({fold(p) for p in phrases if p}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in p.split())
        lead = r"(?<![\w'])" if p[0].isalnum() else ""
        tail = suffix if p[-1].isalnum() else ""
        alts.append(lead + body + tail)
    return re.compile("|".join(alts) if alts else r"(?!x)x")
