"""A quantity around one figure or two (``assemble``): a range ("entre 5,6 et 9,8 milliards", "from 3 to 5",
"10-15 %"), or two figures: a fall ("de 33 à 31 millions") or the starting and end levels of a change, "from X to
Y" after a word of change a few words back in its sentence ("rose from 93 % to 94 %", "climbed 6 %, taking the bill
from £10 to £12", « passer de 4,2 à 4,8 milliards »: ``range_change_words``); the qualifier before it ("environ", "more than") or after it; what a share is
of ("un tiers de la valeur", "of North Korea's GDP"); whether a plain "2025" is a year or a count
(``is_year``); and whether a figure's bound leaves the figure itself out ("more than 10 %", « moins de 2 millions »,
not "at least 10 %": ``exclusive_bound``, which ``compare`` judges by).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Optional

from ..resources import compiled, word_table, words
from ..text import fold
from .countscale import looks_plural
from .figure import Member, read_member, read_member_forward
from .spans import Blocked
from .tables import tail_key
from .vocabulary import LEFT_WINDOW, Tables, fold_key, word_before

_P_LAST_WORD = compiled(r"(\w+)\W*$")
_P_CHANGE_BEFORE = compiled(r"[^\W\d_]+")

if TYPE_CHECKING:
    from ..model import Quantity


# --- ranges, qualifiers, shares -----------------------------------------------------------------

@dataclass
class Found:
    """A quantity being assembled: one member or a range of two."""
    first: Member
    second: Optional[Member] = None
    start: int = 0
    end: int = 0
    bound: str = "about"
    hedged: bool = False
    of: Optional[str] = None


def _read_range(norm: str, first: Member, t: Tables, original: str,
                blocked: Blocked) -> Optional[tuple[Member, str]]:
    """"entre 5,6 et 9,8 milliards", "from 3 to 5", "10-15 %" -> (second member, joiner)."""
    jm = t.rx["joiner"].match(norm, first.end)
    if not jm:
        return None
    joiner = fold_key(jm.group("j"))
    if joiner == "-" and " " in jm.group("j") and "\u2013" not in original[jm.start():jm.end()]:
        return None                                   # a spaced hyphen or dash is punctuation
    if blocked.covers(jm.end()):
        return None
    second = read_member_forward(norm, jm.end(), t)
    if second is None or second.kind == "share":
        return None
    return second, joiner


def _combine_range(first: Member, second: Member) -> bool:
    """Give the first member the scale and unit of the second; True when a valid range results."""
    if not _may_be_range(first, second):
        return False
    if first.factor is None and second.factor:
        if first.raw <= second.raw:
            first.value, first.factor = first.raw * second.factor, second.factor
        elif first.raw < 10 * second.raw:
            return False                              # "de 33 à 31 millions": a fall, see _fall
    if first.unit is None:
        first.unit, first.unit_kind = second.unit, second.unit_kind
    if second.unit is None:
        second.unit, second.unit_kind = first.unit, first.unit_kind
    if first.year_like and second.year_like and first.unit is None and not first.factor:
        return False
    return first.value < second.value


def _may_be_range(first: Member, second: Member) -> bool:
    """Whether two members may be the ends of one range: not a year then a figure, nor a count and a share, nor
    two units."""
    if first.year_like and first.unit is None and not second.year_like \
            and (second.factor or second.unit_kind == "currency" or second.raw >= 10 * first.raw):
        return False                                  # "in 2024 to £1.1 billion", "in 2024 to 50,880": a year, then a figure
    if first.unit_kind == "noun" and first.unit != second.unit:
        return False
    if (first.unit_kind == "ratio") != (second.unit_kind == "ratio"):
        return False                                  # "1 à la moitié": a count and a share
    if first.unit and not second.unit:
        return False                                  # "rose by 2.3% to 66.5 TWh": a change, then a level
    return not (first.unit and second.unit and first.unit != second.unit)


def _is_fall(first: Member, second: Member) -> bool:
    """"passé de 33 à 31 millions d'euros": a change from a larger figure written without its scale."""
    return (first.kind == second.kind == "digits" and first.factor is None and second.factor is not None
            and first.unit is None and second.raw < first.raw < 10 * second.raw)


def _dated_year(norm: str, first: Member, t: Tables) -> bool:
    """Whether a bare figure of a year's shape after a preposition of date is that year, not the start of a fall
    nor of a range: "from 596 million in 2023 to 614 million", « de 596 millions en 2023 à 614 millions »: 2023
    dates the level before it and is no 2,023 million; "from 2,010 in 2023 to 2,940 units" is no range of 2,023
    to 2,940 units."""
    return first.year_like and first.unit is None and word_before(norm, first.start) in t.date_prepositions


def _share_scale(first: Member, second: Member) -> None:
    """The first figure of a fall takes the scale and unit of the second (33 -> 33 millions d'euros)."""
    first.value, first.factor, first.scale = first.raw * second.factor, second.factor, second.scale
    first.unit, first.unit_kind = second.unit, second.unit_kind


def _range_or_first(norm: str, original: str, first: Member, t: Tables, floor: int, blocked: Blocked) -> Found:
    """The range "X to Y" that starts with ``first``, or ``first`` alone (given the scale of the figure after it when
    the two are a fall or the two levels of a change)."""
    rng = _read_range(norm, first, t, original, blocked)
    if not rng:
        return Found(first, start=first.start, end=first.end)
    second, joiner = rng
    trial = replace(first)
    opener = _range_opener(norm, first, second, joiner, t, floor)
    if opener is not None and not (_dated_year(norm, first, t) and not second.year_like) \
            and _combine_range(trial, second):
        return Found(trial, second, start=opener, end=second.end)
    if _is_fall(first, second) and not _dated_year(norm, first, t):
        _share_scale(first, second)
    elif opener is None and opener_before(norm, first.start, joiner, t, floor) not in (None, first.start) \
            and _may_be_range(replace(first), second):
        _share_bare(first, second)          # "rose from 5 to 10 percent", « passer de 4,2 à 4,8 milliards »
    return Found(first, start=first.start, end=first.end)


def _share_bare(first: Member, second: Member) -> None:
    """The starting level of a change written bare takes the scale and unit of the end level (4,2 -> 4,2 milliards)
    when it has neither and is of the end level's size."""
    if first.factor is None and first.unit is None and second.factor is not None and first.raw < 10 * second.raw:
        _share_scale(first, second)
    elif first.factor is None and first.unit is None and second.factor is None and second.unit is not None \
            and second.unit_kind != "noun":             # (a counted noun may be the head of a rate: "13.7 deaths per …")
        first.unit, first.unit_kind = second.unit, second.unit_kind


def opener_before(norm: str, pos: int, joiner: str, t: Tables, floor: int) -> Optional[int]:
    """Start of the opener ("entre", "between", "from") when the joiner needs or allows one;
    ``pos`` itself when the opener may be missing; None when a required opener is missing."""
    openers = t.ranges.get(joiner, [])
    rx = t.rx["openers"].get(joiner)
    om = rx.search(norm, max(floor, pos - LEFT_WINDOW), pos) if rx else None
    if om:
        return om.start()
    return pos if "" in openers else None


def _last_word(norm: str, pos: int, floor: int) -> str:
    """The word just before ``pos`` (after ``floor``), folded as the tables are."""
    m = _P_LAST_WORD.search(norm[max(floor, pos - 20):pos])
    return m.group(1) if m else ""


def _last_chunk(norm: str, pos: int, floor: int) -> str:
    seg = norm[max(floor, pos - 24):pos].rstrip()
    return tail_key(seg.rsplit(None, 1)[-1]) if seg else ""


def _verb_particle(norm: str, qm: re.Match, t: Tables, floor: int) -> bool:
    """Whether a qualifier before a figure is the particle of the verb before it: "edged up to 9.4 %" (the level
    reached, not a bound), "handed over 1,789,226 vehicles" (no "more than"); a lower bound of several words is no
    particle ("to hand at least €1 billion back": at least). A qualifier of reach after a verb of change either way,
    "fell as much as 27 %", « a chuté jusqu'à 27 % », says the deepest or highest point the move reached: a figure,
    not a bound (``reach_qualifiers``)."""
    q = fold_key(qm.group("q"))
    bound, verb = t.qualifiers[q], fold_key(_last_word(norm, qm.start(), floor))
    return bound == "at-most" and (verb in t.qualifier_blockers
                                   or q in t.reach_qualifiers and _reach_after_change(norm, qm, t, floor)) \
        or bound == "at-least" and verb in t.lower_bound_blockers and len(qm.group("q").split()) == 1


def _reach_after_change(norm: str, qm: re.Match, t: Tables, floor: int) -> bool:
    """Whether a verb of change comes right before the qualifier, or before the word that gives a change its size,
    "fell by as much as 27 %" (``range_blockers``)."""
    words = norm[max(floor, qm.start() - 40):qm.start()].split()
    tail = [fold_key(w) for w in words[-2:]]
    return bool(tail) and (tail[-1] in t.range_change_verbs
                           or len(tail) == 2 and tail[1] in t.range_blockers and tail[0] in t.range_change_verbs)


def _qualifier_before(norm: str, pos: int, t: Tables, floor: int) -> Optional[re.Match]:
    if _last_chunk(norm, pos, floor) not in t.qualifier_tails:
        return None
    return t.rx["qualifier"].search(norm, max(floor, pos - LEFT_WINDOW), pos)


def assemble(norm: str, original: str, m: re.Match, t: Tables, floor: int,
             blocked: Blocked) -> Optional[Found]:
    first = read_member(norm, m, t, floor)
    if first is None:
        return None
    found = _range_or_first(norm, original, first, t, floor, blocked)
    qm = _qualifier_before(norm, found.start, t, floor)
    if qm and _verb_particle(norm, qm, t, floor):
        qm = None
    # (a lower bound or a hedge after such a verb stays one: "jumped more than 4 percent" is at least 4)
    if qm:
        bound = t.qualifiers[fold_key(qm.group("q"))]
        # "almost", « presque »: a hedged figure that stays below the one written
        found.bound, found.hedged = ("at-most", True) if bound == "just-under" else (bound, bound == "about")
        found.start = qm.start()
    tm = _trailing(norm, found.end, t)
    if tm:
        bound = t.trailing[fold_key(tm.group("q"))]
        if not qm:
            found.bound, found.hedged = bound, bound == "about"
        found.end = tm.end()
    if found.first.unit in ("ratio", "percent"):
        found.of = _of_what(norm, found, t)
    return found


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+(?:'|\s|\Z))")


def _trailing(norm: str, pos: int, t: Tables) -> Optional[re.Match]:
    """A qualifier after a figure ("5,000 units or more"), unless it opens the next figure's bound ("48,200
    admissions and more than 1,600 deaths")."""
    tm = t.rx["trailing"].match(norm, pos)
    return None if tm and _opens_next_figure(norm, tm, t) else tm


def _opens_next_figure(norm: str, tm: re.Match, t: Tables) -> bool:
    """Whether a trailing qualifier's last word begins, with the word after it, a qualifier of the next figure
    ("and more than 1,600", « et plus de 1 600 », « et plus d'un million »)."""
    nxt = _NEXT_WORD.match(norm, tm.end())
    if not nxt:
        return False
    last = tm.group("q").split()[-1]
    word = nxt.group(1)
    return fold_key(f"{last} {word.strip()}") in t.qualifiers or fold_key(f"{last} {word}") in t.qualifiers


def _range_opener(norm: str, first, second, joiner, t: Tables, floor: int) -> Optional[int]:
    """Where "X to Y" starts as a range, or None when it is a change then the new level ("fell by 10,000 to
    728,000", "decreased $0.8 billion to $23.0 billion")."""
    opener = opener_before(norm, first.start, joiner, t, floor)
    before = _word_before_qualifier(norm, first.start, t, floor)
    if opener == first.start and (before in t.range_blockers
                                  or before in t.range_change_verbs and _own_units(first, second)):
        return None
    if opener is not None and opener != first.start and "" in t.ranges.get(joiner, ()) \
            and _change_before(norm, opener, first, second, t):
        return None                       # "rose from 27.8% to 28.2%", « est passé de 3 % à 5 % »: the old and new levels
    return opener


def _word_before_qualifier(norm: str, pos: int, t: Tables, floor: int) -> str:
    """The word before a figure, read past the qualifier right before it: "climbed by about £0.4bn to £2.9bn",
    « en hausse d'environ 0,4 milliard » — "by", not "about"."""
    qm = _qualifier_before(norm, pos, t, floor)
    if qm is not None and not norm[qm.end():pos].strip():
        return fold_key(_last_word(norm, qm.start(), floor))
    return fold_key(_last_word(norm, pos, floor))


_CLAUSE_END = re.compile(r"[;:!?\n]|\.(?=\s)")


def _change_before(norm: str, opener: int, first: Member, second: Member, t: Tables) -> bool:
    """Whether a word of change comes before the opener of "from X to Y" in its sentence, a few words back
    ("rose from", "climbed 6.4 %, taking the bill from", « passant de », « une hausse de »): a starting level and
    an end level, two figures, not a range ("prices ranged from", "between 3 and 5" stay ranges); a verb of change just
    before it only when both ends have their own unit (« a augmenté de 6 à 7 % » is the size of a rise, a range)."""
    seg = norm[max(0, opener - 80):opener]
    cut = list(_CLAUSE_END.finditer(seg))
    seg = seg[cut[-1].end():] if cut else seg
    words_back = [fold_key(w) for w in _P_CHANGE_BEFORE.findall(seg)][-8:]
    return any(w in t.range_change_words for w in words_back) \
        or bool(words_back) and words_back[-1] in t.range_change_verbs and _own_units(first, second)


def _own_units(first, second) -> bool:
    """Both ends written with their own unit or scale ("decreased $0.8 billion to $23.0 billion"): after a verb of
    change, a change and the new level; "rose 5 to 10 percent" (one unit for both) stays a range."""
    return bool((first.unit or first.scale) and (second.unit or second.scale))


def _head_noun(norm: str, pos: int, t: Tables) -> Optional[str]:
    """The head noun of what a share is of: "de la valeur estimée" -> "valeur",
    "of North Korea's GDP" -> "GDP", "of the containers" -> "containers"."""
    proper: list[str] = []
    for _ in range(6):
        wm = t.rx["word"].match(norm, pos)
        if not wm:
            break
        word, pos = wm.group("w"), wm.end()
        if wm.group("poss"):
            proper = []
            continue
        if word[:1].isupper() and not (proper == [] and fold_key(word) in t.not_nouns):
            proper.append(word)
            continue
        if proper:
            break
        key = fold_key(word)
        if key in t.not_nouns or key in t.modifiers:
            continue
        return word
    return " ".join(proper) if proper else None


def _of_what(norm: str, found: Found, t: Tables) -> Optional[str]:
    om = t.rx["of"].match(norm, found.end)
    if om:
        return _head_noun(norm, om.end(), t)
    if found.first.of:
        return found.first.of
    if found.first.kind == "share":                  # "one in five adults"
        nm = t.rx["word"].match(norm, found.end)
        word = nm.group("w") if nm else ""
        if word[:1].islower() and fold_key(word) not in t.not_nouns and looks_plural(word, t):
            return word
    return None


# --- years: a date or a count? ------------------------------------------------------------------

def is_year(found: Found, norm: str, t: Tables) -> bool:
    """A plain "2025" is a year unless it carries a currency, a percent sign, a scale, or counts a
    noun without a year marker before it ("2000 soldats" but "le budget 2026", "in 2025 revenue")."""
    first = found.first
    if found.second is not None or not first.year_like or first.factor:
        return False
    if first.unit_kind in ("currency", "unit", "ratio"):
        return False
    if first.unit_kind == "noun":
        before = word_before(norm, first.start)
        if before in t.year_markers or before in t.date_prepositions:
            return True
        return not looks_plural(first.unit, t)          # "2025 rise" is a year, "2000 soldiers" a count
    return True


@functools.lru_cache(maxsize=None)
def _exclusive_openers() -> tuple[str, ...]:
    """The words of a bound that leaves its own figure out (``exclusive_bounds``), folded, each also with its last
    word elided as the language writes it before a vowel (« plus d'un million »)."""
    elided = {fold(k): fold(v) for k, v in word_table("numbers", "elisions").items()}
    out = set()
    for w in words("numbers", "exclusive_bounds"):
        w = fold(w)
        out.add(w)
        head, _, last = w.rpartition(" ")
        if head and last in elided:
            out.add(f"{head} {elided[last]}")
    return tuple(sorted(out, key=len, reverse=True))


def exclusive_bound(q: Quantity) -> bool:
    """Whether a figure's bound leaves its own figure out: "more than 10 %", « moins de 2 millions » (not "at least
    10 %", « jusqu'à 2 millions »)."""
    if q.bound not in ("at-least", "at-most"):
        return False
    if q.strict:
        return True                 # a verb's bound: "topped 60 %", « a dépassé les 3 milliards »
    t = fold(q.text or "").lstrip()
    for w in _exclusive_openers():
        if t.startswith(w) and (w.endswith("'") or not t[len(w):len(w) + 1].isalpha()):
            return True
    return False
