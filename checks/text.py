"""Text folding shared by all stages: apostrophes, dashes, case and accents, word tokens with offsets."""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterator

from .resources import compiled

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"
_TRANS = str.maketrans({**{c: "'" for c in _APOSTROPHES},
                        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})

WORD_RE = compiled(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def normalise_punct(s: str) -> str:
    """Same length as ``s``: curly apostrophes -> ', dashes -> -, odd spaces -> space."""
    if _PUNCT.search(s) is None:          # most text has none of them: a regex search, not a translation
        return s
    return _PUNCT.sub(_punct_of, s)


_PUNCT = compiled("[" + "".join(re.escape(chr(c)) for c in _TRANS) + "]")
_PUNCT_OF = {chr(c): v for c, v in _TRANS.items()}


def _punct_of(m: "re.Match[str]") -> str:
    return _PUNCT_OF[m.group()]


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    decomposed = unicodedata.normalize("NFD", s)
    if _BEYOND_LATIN.search(decomposed) is None:     # Latin letters and their accents: one regex pass
        return _COMBINING_LATIN.sub("", decomposed)
    return decomposed.translate(_NOT_COMBINING)


_BEYOND_LATIN = compiled(r"[^\x00-\u036f]")
# the combining marks below U+0370 (the accents of decomposed Latin letters), by the same test as ``_NotCombining``
_COMBINING_LATIN = compiled("[" + "".join(re.escape(chr(c)) for c in range(0x370) if unicodedata.combining(chr(c)))
                            + "]")


class _NotCombining(dict):
    """code point -> None for a combining mark (dropped by ``str.translate``), else itself; computed once per
    character (a translation table instead of a test per character in Python)."""

    def __missing__(self, cp: int):
        out = None if unicodedata.combining(chr(cp)) else cp
        self[cp] = out
        return out


_NOT_COMBINING = _NotCombining()


class _CharFold(dict):
    """code point -> its folded form (one character), computed once per character."""

    def __missing__(self, cp: int) -> str:
        c = chr(cp).translate(_TRANS)
        f = strip_accents(c).lower()
        out = f if len(f) == 1 else (c.lower()[:1] or c)
        self[cp] = out
        return out


_CHAR_FOLD = _CharFold()


_ELIDED = compiled(r"^[a-z]{1,2}'|'s$")


@functools.lru_cache(maxsize=65536)
def unelided(word: str) -> str:
    """A word folded, without its elided article or possessive ("d'exportations", "children's"); remembered (the
    judge folds the same facts' words for every claim)."""
    return _ELIDED.sub("", fold(word).replace("\u2019", "'"))


@functools.lru_cache(maxsize=16384)
def fold(s: str) -> str:
    """Case- and accent-insensitive form used for matching (may change length); kept per text (the same words
    are folded again and again: ~40 times per claim)."""
    if s.isascii():
        return s.lower()
    return strip_accents(normalise_punct(s)).casefold()


def words(s: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) for each word of ``s``, apostrophes and hyphens kept inside words."""
    return iter(_words(s))


def words_of(s: str) -> tuple[tuple[str, int, int], ...]:
    """``words(s)`` as the tuple kept per text (read, never changed)."""
    return _words(s)


@functools.lru_cache(maxsize=2048)
def _words(s: str) -> tuple[tuple[str, int, int], ...]:
    norm = normalise_punct(s)
    return tuple([(s[a:b], a, b) for a, b in map(_span, WORD_RE.finditer(norm))])    # (a list: faster than a generator)


_span = re.Match.span


def before_whole(text: str, end: int, width: int) -> str:
    """The ``width`` characters of ``text`` before ``end``, less a word the cut falls inside: a window read for the
    words right before a figure begins at a word ("…increased 7 per cent to", cut at 20 characters, is "7 per cent
    to", never "eased 7 per cent to"; « …progressé de 4 % », never « gressé de 4 % »)."""
    start = max(0, end - width)
    if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        while start < end and text[start].isalnum():
            start += 1
    return text[start:end]


def written_as_initials(name: str) -> bool:
    """Whether a name is written as initials, in capitals: one word of two letters or more, at least two of them
    capitals and no small letter but a plural's ending ("WHO", "ONGs"): a name, never the common word it spells
    ("who", "us")."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and " " not in name.strip() and sum(ch.isupper() for ch in letters) >= 2 \
        and all(ch.isupper() for ch in letters[:-1])


def fold_same_length(s: str) -> str:
    """Like ``fold`` but one character per character, so offsets into ``s`` stay valid."""
    if s.isascii():
        return s.lower()
    return _translated(s)


@functools.lru_cache(maxsize=16384)
def _translated(s: str) -> str:
    """``fold_same_length`` of a text with a character beyond ASCII, kept per text: the readers of a clause fold it
    again and again (~4 times a text on the development articles, each a translation character by character)."""
    return s.translate(_CHAR_FOLD)


def longest_first(phrase: str) -> tuple[int, str]:
    """Sort key of an alternation's phrases: the longest first, those of one length in a fixed order (not a set's,
    which changes with the process's hash seed), so that a pattern is the same in every run (``compiled``)."""
    return -len(phrase), phrase


def spaced_alternation(phrases) -> str:
    """The alternation of ``phrases`` (folded, escaped) for a pattern on folded text, a space in a phrase read as any
    run of white space: longest first, those of one length in a fixed order (``longest_first``)."""
    folded = sorted({fold(str(w)) for w in phrases}, key=longest_first)
    return "|".join(re.escape(p).replace("\\ ", r"\s+") for p in folded)


def phrase_pattern(phrases, suffix: str = r"(?![\w])") -> "re.Pattern[str]":
    """A regex matching any of ``phrases`` (folded) at word boundaries, longest first, on folded text.

    The phrases that begin a word are one prefix trie (``trie_regex``): Python's ``re`` tries the branches of an
    alternation one by one, at every position. Along the trie the longer phrase is tried first, as in the list
    sorted longest first, which it matches exactly (one character, or one run of spaces, per step)."""
    words_alts, other_alts = [], []
    for p in sorted({fold(p) for p in phrases if p}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in p.split())
        tail = suffix if p[-1].isalnum() else ""
        (words_alts if p[0].isalnum() else other_alts).append((p, body + tail))
    parts = []
    if words_alts:      # one shared word-boundary check: much faster than one per alternative
        if all(p == " ".join(p.split()) for p, _ in words_alts):
            words = trie_regex([*_atoms(p), suffix if p[-1].isalnum() else ""] for p, _ in words_alts)
        else:           # (a phrase with spaces doubled: its length is not its steps' count)
            words = "(?:" + "|".join(alt for _, alt in words_alts) + ")"
        parts.append(r"(?<![\w'])" + words)
    parts.extend(alt for _, alt in other_alts)
    return compiled("|".join(parts) if parts else r"(?!x)x")


def after_elision(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (a ``phrase_pattern``) also after an elided article or preposition: « l'euphorie », « d'alarme »,
    « l'Amérique latine »."""
    return compiled(pattern.pattern.replace(r"(?<![\w'])", r"(?<![\w])"))


def phrase_not_after(words_before, pattern: re.Pattern, endings=()) -> re.Pattern:
    """``pattern`` where none of ``words_before`` (folded) comes right before it, nor a word with one of ``endings``
    (a possessive's): after a determiner or a possessive a verb's participle qualifies a noun ("on a reported basis",
    "an estimated 2 million", "Velmor's reported revenue": no speech verb)."""
    guards = "".join(rf"(?<!(?<![\w']){re.escape(fold(w))}\s)" for w in sorted(set(words_before)))
    guards += "".join(rf"(?<!\w{re.escape(e)}\s)" for e in sorted(set(endings)))
    return compiled(guards + "(?:" + pattern.pattern + ")", pattern.flags) if guards else pattern


def literal_trie(phrases) -> str:
    """The alternation of literal ``phrases`` as ``trie_regex``: the same matches as the phrases escaped and sorted
    longest first (one character per step; of two phrases that both match at a place, the longer is tried first)."""
    return trie_regex([*map(re.escape, p), ""] for p in phrases)


def _atoms(phrase: str) -> list[str]:
    """A phrase as regex atoms: each character escaped, ``\\s+`` for each space."""
    return [r"\s+" if c == " " else re.escape(c) for c in phrase]


def trie_regex(sequences) -> str:
    """One regex for many atom sequences, factored by common prefixes: Python's ``re`` tries the
    branches of an alternation one by one, so a trie is many times faster than a flat list.
    Longer matches are tried first; the last atom of each sequence is its end marker (none: the empty regex)."""
    root: dict = {}
    for seq in sequences:
        node = root
        for atom in seq[:-1]:
            node = node.setdefault(atom, {})
        node.setdefault(None, set()).add(seq[-1])

    def build(node: dict) -> str:
        alts = [atom + build(child) for atom, child in sorted((k, v) for k, v in node.items() if k is not None)]
        alts += sorted(node.get(None, ()), key=len, reverse=True)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root) if root else ""
