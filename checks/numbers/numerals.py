"""The value of a figure's core: digits with their separators ("1,2", "9 800", "1.200.000"; which mark is the
decimal one depends on the language, ``parse_digits``) and spelled-out integers ("quatre-vingt-dix-neuf mille",
"a dozen"), read by a small table-driven parser (``read_number_words``, ``_WordState``) rather than text2num,
which turns "trente pour cent" into "30 pour 100" and does not know the French "billion".
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Optional

from .vocabulary import Tables, fold_key
from ..resources import compiled

_P_SPLIT_WORDS = compiled(r"[^\s-]+")


# --- digits -------------------------------------------------------------------------------------

MAX_DIGITS = 30


def _valid_groups(int_part: str, sep: str) -> bool:
    groups = int_part.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_digits(token: str, decimal: Optional[str]) -> Optional[Fraction]:
    """Digits with separators -> exact value (an int or a Fraction). ``decimal`` is the language's
    decimal mark ("," in French, "." in English) or None when the language is unknown. A figure of more
    than ``MAX_DIGITS`` digits is text, not a quantity (no float holds it, and no news figure has them)."""
    if sum(ch.isdigit() for ch in token) > MAX_DIGITS:
        return None
    if token.isdigit():
        return int(token)
    sign = -1 if token[:1] in "-\u2212" else 1
    body = token.lstrip("+-\u2212")
    spaced = " " in body or "'" in body
    body = body.replace(" ", "").replace("'", "")
    marks = [c for c in body if c in ".,"]
    if not marks:
        return sign * int(body)
    if len(set(marks)) == 2:
        dec = body[max(body.rfind("."), body.rfind(","))]
        group = "," if dec == "." else "."
        int_part, _, frac = body.rpartition(dec)
        if body.count(dec) != 1 or not _valid_groups(int_part, group):
            return None
        return sign * _decimal(int_part.replace(group, ""), frac)
    mark = marks[0]
    if len(marks) > 1:
        return sign * int(body.replace(mark, "")) if _valid_groups(body, mark) else None
    int_part, _, frac = body.partition(mark)
    if _is_grouping(int_part, frac, mark, decimal, spaced):
        return sign * int(int_part + frac)
    return sign * _decimal(int_part, frac)


def _decimal(int_part: str, frac: str) -> Fraction:
    return Fraction(int(int_part or "0") * 10 ** len(frac) + int(frac), 10 ** len(frac))


def _is_grouping(int_part: str, frac: str, mark: str, decimal: Optional[str], spaced: bool) -> bool:
    """Is the one separator in "1,200" / "1.200" a thousands separator rather than a decimal mark?"""
    if spaced or len(frac) != 3 or len(int_part) > 3 or int_part in ("0", ""):
        return False
    if decimal is None:           # unknown language: three digits after one mark are thousands
        return True
    return mark != decimal


# --- spelled-out numbers ------------------------------------------------------------------------

@dataclass
class _Words:
    """A number read from words."""
    value: int
    end: int                    # end offset of the last word used
    scale: Optional[str]        # last magnitude word as written
    approximate: bool
    tokens: int                 # how many words were used
    kinds: list[str]


def _classify_word(key: str, t: Tables) -> Optional[tuple[str, int]]:
    if key in t.small:
        return "small", t.small[key]
    if key in t.hundreds:
        return "hundred", 100
    if key in t.magnitudes:
        return "mag", t.magnitudes[key]
    if key in t.approx_magnitudes:
        return "approx", t.approx_magnitudes[key]
    if key in t.joiners:
        return "join", 0
    if key in t.articles:
        return "small", 1
    return None


def _split_words(norm: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end())
            for m in _P_SPLIT_WORDS.finditer(norm[start:end])]


class _WordState:
    """Left-to-right reader of one spelled-out number ("quatre-vingt-dix-neuf mille")."""

    def __init__(self) -> None:
        self.total = 0          # value of the finished magnitude groups
        self.group = 0          # the group being built (< 1000)
        self.tail = 0           # the part of ``group`` below 100
        self.last = None        # kind of the previous word
        self.last_small = 0
        self.before_join = None
        self.last_mag = None
        self.approximate = False

    def value(self) -> int:
        return self.total + self.group

    def take(self, kind: str, v: int) -> bool:
        """Apply one word; False when it cannot continue this number."""
        return getattr(self, "_" + kind)(v)

    def _small(self, v: int) -> bool:
        if self.last == "small":
            prev = self.last_small
            ok = prev >= 20 and prev % 10 == 0 and (v < 10 or (prev in (60, 80) and v < 20)) and v > 0
            if not ok:
                return False
        elif self.last == "join":
            if self.before_join == "small" and v not in (1, 11):
                return False
        elif self.last == "approx":
            return False
        self.group += v
        self.tail += v
        self.last, self.last_small = "small", v
        return True

    def _hundred(self, v: int) -> bool:
        if self.last in (None, "mag") and self.group == 0:
            self.group = 100
        elif self.last == "small" and 1 <= self.tail < 10 and self.group == self.tail:
            self.group = self.tail * 100
        else:
            return False
        self.tail, self.last = 0, "hundred"
        return True

    def _mag(self, v: int) -> bool:
        if self.last == "join":
            return False
        if self.last == "mag" and self.group == 0 and v > self.last_mag:
            self.total *= v                      # "mille milliards"
        elif self.last_mag is None or v < self.last_mag:
            self.total += (self.group or 1) * v
        else:
            return False
        self.group = self.tail = 0
        self.last, self.last_mag = "mag", v
        return True

    def _approx(self, v: int) -> bool:
        if self.last not in (None, "small", "hundred") or self.total:
            return False
        self.group = (self.group or 1) * v
        self.tail = 0
        self.last, self.approximate = "approx", True
        return True

    def _join(self, v: int) -> bool:
        if self.last == "small" and self.last_small >= 20 and self.last_small % 10 == 0:
            self.before_join = "small"
        elif self.last in ("hundred", "mag"):
            self.before_join = self.last
        else:
            return False
        self.last = "join"
        return True


def read_number_words(norm: str, start: int, end: int, t: Tables) -> Optional[_Words]:
    """The longest valid spelled-out number at the start of norm[start:end]."""
    words = _split_words(norm, start, end)
    state, best, kinds = _WordState(), None, []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 3), i, -1):
            found = _classify_word(fold_key("-".join(w for w, _, _ in words[i:j])), t)
            if found:
                break
        else:
            break
        kind, v = found
        if not state.take(kind, v):
            break
        kinds.append(kind)
        if kind != "join":
            scale = best.scale if best else None
            if kind in ("mag", "approx"):
                scale = norm[words[i][1]:words[j - 1][2]]
            best = _Words(state.value(), words[j - 1][2], scale, state.approximate, j, list(kinds))
        i = j
    return best


def is_lone_word(w: _Words, norm: str, start: int, t: Tables) -> bool:
    """Words that are not a figure on their own: "un", "one", "millions", "centaines"."""
    if w.tokens != 1:
        return False
    key = fold_key(norm[start:w.end])
    if key in t.lone_ignored:
        return True
    if w.kinds[0] == "approx":
        return True
    return w.kinds[0] == "mag" and w.value != 1000
