"""One figure (a "member" of a quantity) from where its core starts: digits, number words, a fraction ("deux
tiers", "half a million") or a share ("un sur cinq", "1 in 5"), with the currency before it, its scale ("1,2
milliard", "$1.2bn", "£350m") and its unit, currency or counted noun after it ("3 200 personnes", "17.8 TWh",
"5,7 millions d'obus"); a number that names rather than counts ("FTSE 100", "Route 66") is no figure
(``read_member``, ``read_member_forward`` for the second member of a range).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Optional

from ..placenames import place_before_noun
from ..resources import compiled
from ..units import lookup as lookup_unit
from .countscale import counts_after
from .numerals import is_lone_word, parse_digits, read_number_words
from .vocabulary import Tables, fold_key, word_before

_P_IS_LABEL = compiled(r"['’]")

YEAR_MIN, YEAR_MAX = 1800, 2100
_SHARE_MAX_DENOMINATOR = 1000


@dataclass
class Member:
    """One figure of a quantity as read (a member of a range or list)."""
    start: int
    end: int
    value: Fraction
    raw: Fraction                    # value before the scale
    kind: str                        # digits | words | lone | fraction | share
    scale: Optional[str] = None
    factor: Optional[int] = None
    unit: Optional[str] = None
    unit_kind: Optional[str] = None  # currency | unit | noun | ratio
    approximate: bool = False
    year_like: bool = False
    currency_before: bool = False
    core_end: int = 0
    of: Optional[str] = None          # "un Français sur trois" -> "Français"


def _read_core(norm: str, m: re.Match, t: Tables) -> Optional[Member]:
    if m.group("frac"):
        return _read_fraction(norm, m, t)
    if m.group("num"):
        return _read_digits(norm, m, t)
    return _read_words_core(norm, m, t)


def _read_digits(norm: str, m: re.Match, t: Tables) -> Optional[Member]:
    token = m.group("num")
    value = parse_digits(token, t.decimal)
    if value is None:
        return None
    year_like = token.isdigit() and len(token) == 4 and YEAR_MIN <= int(token) <= YEAR_MAX
    return Member(m.start("num"), m.end("num"), value, value, "digits",
                  year_like=year_like, core_end=m.end("num"))


def _read_words_core(norm: str, m: re.Match, t: Tables) -> Optional[Member]:
    w = read_number_words(norm, m.start("words"), m.end("words"), t)
    if w is None:
        return None
    value = w.value
    member = Member(m.start("words"), w.end, value, value, "words", approximate=w.approximate,
                    core_end=w.end)
    if w.scale and any(k in ("mag", "approx") for k in w.kinds):
        member.scale = w.scale
        member.factor = t.magnitudes.get(fold_key(w.scale)) or t.approx_magnitudes.get(fold_key(w.scale))
        member.raw = Fraction(value, member.factor)
    if is_lone_word(w, norm, m.start("words"), t):
        member.kind = "lone"
    return member


def _read_fraction(norm: str, m: re.Match, t: Tables) -> Optional[Member]:
    den_word = fold_key(m.group("fden"))
    denominator = t.fractions[den_word]
    num_word = fold_key(m.group("fnum") or "")
    end = m.end("fden")
    point = _point_after(norm, end, num_word, t)
    if point:
        return _fraction_of_point(m, num_word, denominator, point, t)
    if not num_word:
        follower = t.rx["lone_fraction_follower"].match(norm, end)
        led = word_before(norm, m.start("frac")) in t.lone_fraction_leaders      # "cut by half", « réduit de moitié »
        if den_word not in t.lone_fractions or not (follower or led):
            return None
        if word_before(norm, m.start("frac")) in t.lone_fraction_blockers:
            return None                               # "the second half of the year"
        numerator = 1
    elif num_word in t.fraction_articles:
        numerator = 1
        if den_word in t.ordinal_fractions and not _ordinal_a_share(norm, m, end, t):
            return None
    else:
        numerator = t.small.get(num_word, 1)
    if numerator >= denominator:
        return None                                   # "vingt half", "five thirds"
    value = Fraction(numerator, denominator)
    member = Member(m.start("frac"), end, value, value, "fraction", unit="ratio",
                    unit_kind="ratio", core_end=end)
    big = t.rx["half_of_magnitude"].match(norm, end)     # "half a million"
    if big:
        factor = t.magnitudes[fold_key(big.group("w"))]
        member.kind, member.unit, member.unit_kind = "digits", None, None
        member.value, member.scale, member.factor, member.end = value * factor, big.group("w"), factor, big.end()
        return member
    of_unit = t.rx["fraction_of_unit"].match(norm, end)  # "a quarter of a percentage point", "a tenth of one per cent"
    if of_unit:
        member.unit, member.unit_kind, member.end = t.units[fold_key(of_unit.group("w"))], "unit", of_unit.end()
    return member


def _ordinal_a_share(norm: str, m: re.Match, end: int, t: Tables) -> bool:
    """Whether an ordinal fraction after its article is a share: "of" or punctuation after it ("a third of the value",
    "a third."), or a leader before the article ("fell by a third", "more than a third"); not "a third term"."""
    return bool(t.rx["of"].match(norm, end) or t.rx["after_fraction"].match(norm, end)) \
        or word_before(norm, m.start("frac")) in t.ordinal_fraction_leaders


def _read_share(norm: str, member: Member, t: Tables) -> Optional[Member]:
    """"one in five", "1 in 5", "un sur cinq" -> the ratio 0.2."""
    if member.kind not in ("digits", "words", "lone") or member.value.denominator != 1 or member.factor:
        return None
    if not 1 <= member.value <= 100:
        return None
    sm, of = t.rx["share"].match(norm, member.end), None
    if not sm:                                        # "un Français sur trois"
        wm = t.rx["word"].match(norm, member.end)
        sm = wm and t.rx["share_after_noun"].match(norm, wm.end())
        if not sm or fold_key(wm.group("w")) in t.not_nouns:
            return None
        of = wm.group("w")
    cm = t.rx["core"].match(norm, sm.end())
    if not cm or cm.group("frac"):
        return None
    other = _read_core(norm, cm, t)
    if other is None or other.value.denominator != 1 or other.factor:
        return None
    if not member.value < other.value <= _SHARE_MAX_DENOMINATOR:
        return None
    value = Fraction(member.value) / other.value
    return Member(member.start, other.end, value, value, "share", unit="ratio", unit_kind="ratio",
                  core_end=other.end, of=of)


def _read_scale(norm: str, member: Member, t: Tables) -> None:
    """Digits followed by a magnitude: "1,2 milliard", "$1.2bn", "£350m" (m only with a currency)."""
    if member.kind != "digits" or member.factor:
        return
    pos = member.end
    sm = t.rx["scale_word"].match(norm, pos) or t.rx["scale_abbr"].match(norm, pos)
    if sm and sm.group().startswith((" ", "\t")) and len(sm.group("w")) == 1 and norm[sm.end():sm.end() + 1] == ".":
        sm = None                                     # "5 M. Dupont": Monsieur, not million (« 3 Md. » is)
    if sm:
        word = sm.group("w")
        factor = t.magnitudes.get(fold_key(word)) or t.abbreviations.get(word)
    else:
        sm = t.rx["currency_abbr"].match(norm, pos)
        if not sm or not (member.currency_before or _currency_follows(norm, sm.end(), t) or counts_after(norm, sm, t)):
            return
        word = sm.group("w")
        factor = t.currency_abbreviations[word]
    member.scale, member.factor, member.end = word, factor, sm.end()
    member.value = member.raw * factor
    _read_more_magnitudes(norm, member, t)


def _read_more_magnitudes(norm: str, member: Member, t: Tables) -> None:
    """"1 000 milliards": a second magnitude word multiplies when it is larger."""
    sm = t.rx["scale_word"].match(norm, member.end)
    if sm:
        factor = t.magnitudes[fold_key(sm.group("w"))]
        if factor > (member.factor or 1):
            member.value *= factor
            member.factor = (member.factor or 1) * factor
            member.scale, member.end = sm.group("w"), sm.end()


def _point_after(norm: str, end: int, num_word: str, t: Tables) -> Optional[re.Match]:
    """The point a fraction divides, right after it: after a number or an article, "a quarter point", or joined to
    it, "the quarter-point cut", or with its own article, "half a point"; never a bare "half point" (of a race)."""
    point = t.rx["fraction_point"].match(norm, end)
    if point and (num_word or norm[end] == "-" or len(point.group().split()) > 1):
        return point
    return None


def _fraction_of_point(m: re.Match, num_word: str, denominator: int, point: re.Match, t: Tables) -> Optional[Member]:
    """A fraction of a point, a rate's step: "a quarter point", "the quarter-point cut", "half a point", « un quart
    de point », « un demi-point » — that many percentage points, with or without its article."""
    numerator = 1 if not num_word or num_word in t.fraction_articles else t.small.get(num_word, 1)
    if numerator >= denominator:
        return None
    value = Fraction(numerator, denominator)
    return Member(m.start("frac"), point.end(), value, value, "fraction", unit="percentage points",
                  unit_kind="unit", core_end=point.end())


def _currency_follows(norm: str, pos: int, t: Tables) -> bool:
    cm = t.rx["currency_after"].match(norm, pos)
    return bool(cm and (cm.group("cs") or cm.group("cc")))


def _read_unit(norm: str, member: Member, t: Tables) -> None:
    """The unit after the figure: percent words, a currency, or the counted noun."""
    if member.unit or member.kind in ("fraction", "share"):
        return
    um = t.rx["unit"].match(norm, member.end)
    if um:
        member.unit, member.unit_kind, member.end = t.units[fold_key(um.group("w"))], "unit", um.end()
        return
    if not member.currency_before and _read_currency_after(norm, member, t):
        return
    if member.currency_before:
        return
    _read_noun(norm, member, t)


def _read_currency_after(norm: str, member: Member, t: Tables) -> bool:
    cm = t.rx["currency_after"].match(norm, member.end)
    if not cm or (cm.group("conn") and not member.factor):
        return False
    if cm.group("cw"):
        code = t.currency_words[fold_key(cm.group("cw"))]
    elif cm.group("cs"):
        code = t.currency_symbols[cm.group("cs")]
    else:
        code = t.currency_codes[cm.group("cc")]
    member.unit, member.unit_kind, member.end = code, "currency", cm.end()
    return True


def _read_noun(norm: str, member: Member, t: Tables) -> None:
    """The counted noun: "3 200 personnes", "5,7 millions d'obus", "20 new cranes"."""
    pos = member.end
    for _ in range(3):
        nm = t.rx["noun"].match(norm, pos)
        if not nm or (nm.group("conn") and not member.factor):
            return
        if not nm.group("conn") and member.scale and fold_key(member.scale) in t.magnitude_nouns:
            return                                    # "500 millions financés": French needs "de"
        word = nm.group("w")
        key = fold_key(word)
        if key in t.modifiers and not nm.group("conn"):
            pos = nm.end()
            continue
        place_end = _place_before_noun(norm, member, nm, pos)
        if place_end is not None:
            pos = place_end                           # "10,800 UK homes", "12,000 British jobs"
            continue
        _take_noun(norm, member, nm, t)
        return


def _place_before_noun(norm: str, member: Member, nm: re.Match, pos: int) -> Optional[int]:
    """Where a place written between a figure of digits (or with its scale) and its noun ends ("10,800 UK homes",
    "3 million US households", "12,000 British jobs"), to read the noun past it; None when there is none, after a
    connector (« 2 millions d'Américains »), a year or a unit ("500 GW")."""
    if nm.group("conn") or member.year_like or lookup_unit(nm.group("w")) \
            or member.kind != "digits" and not member.factor:
        return None
    return place_before_noun(norm, pos)


def _take_noun(norm: str, member: Member, nm: re.Match, t: Tables) -> None:
    """The noun after a figure as its unit: a unit of measure, else a counted noun (with the noun after a
    participle, "3,000 unaccompanied children", or the head of a compound, "6 million artillery shells"), unless
    it is no noun."""
    word = nm.group("w")
    key = fold_key(word)
    measure = lookup_unit(word)
    if measure and measure.family != "duration" and not nm.group("conn"):
        member.unit, member.unit_kind, member.end = measure.symbol, "noun", nm.end()
        return                                    # "17.8 TWh", "2 gigawatts", "12 km" (durations stay as written)
    if not word[:1].islower() or key in t.not_nouns or word.lower() in _RESERVED_UNITS:
        return
    nxt = _COMPOUND_TAIL.match(norm, nm.end())
    after = _NEXT_WORD.match(norm, nm.end())
    if word.endswith("ed") and not nm.group("conn"):
        if after is None or fold_key(after.group(1)) in t.not_nouns:
            return                                # "the high of 88,521 reached on 6 September": a verb, no unit
        member.unit, member.unit_kind, member.end = after.group(1), "noun", after.end()
        return                                    # "3,000 unaccompanied children"
    member.unit, member.unit_kind, member.end = word.lower(), "noun", nm.end()
    if nxt and not nm.group("conn") and fold_key(nxt.group(1)) not in t.not_nouns and not word.endswith("s"):
        member.unit, member.end = f"{word.lower()} {nxt.group(1)}", nxt.end()   # "6 million artillery shells"


_NEXT_WORD = compiled(r" ([a-z]{3,})(?![\w'])")

# the plural head of an English noun compound after a modifier noun: "artillery shells", "bus trips"
_COMPOUND_TAIL = compiled(r" ([a-z]{3,}s)(?![\w'])")

# unit names with a meaning of their own: never taken as a counted noun ("2 ratio")
_RESERVED_UNITS = {"percent", "ratio", "times", "year", "percentage points", "basis points"}


def read_member(norm: str, m: re.Match, t: Tables, floor: int) -> Optional[Member]:
    """One figure, from the core match ``m`` rightwards (currency before it included)."""
    member = _read_core(norm, m, t)
    if member is None:
        return None
    share = _read_share(norm, member, t)
    if share:
        return share
    if member.kind == "lone":
        return None
    before = norm[max(floor, member.start - 2):member.start].rstrip()
    cur = None
    if before and before[-1] in t.currency_tails:
        cur = t.rx["currency_before"].search(norm, max(floor, member.start - 6), member.start)
    if cur and member.kind != "fraction":
        member.unit, member.unit_kind = _currency_code(cur.group("cur"), t), "currency"
        member.currency_before, member.start = True, cur.start()
    _read_scale(norm, member, t)
    if member.kind == "digits" and member.end == member.core_end and norm[member.end:member.end + 1].isalpha():
        if not _read_glued(norm, member, t):
            return None                            # "5G", "3D", "2e", "1990s"
    _read_unit(norm, member, t)
    if _is_label(norm, member, t):
        return None
    return member


def _read_glued(norm: str, member: Member, t: Tables) -> bool:
    """A unit glued to the figure ("0.4pc"), or a currency's sub-unit ("61p", "30c": ``units.in_currency`` turns it
    into its currency); whether there was one."""
    um = t.rx["glued_unit"].match(norm, member.end)
    if um:
        member.unit, member.unit_kind, member.end = t.units[fold_key(um.group("w"))], "unit", um.end()
        return True
    mm = t.rx["glued_multiple"].match(norm, member.end)
    if mm:                                     # "0.7x", « 1,06x »: that many times
        member.unit, member.unit_kind, member.end = t.glued_multiples[mm.group("w")], "unit", mm.end()
        return True
    sub = None if member.currency_before else t.rx["glued_subunit"].match(norm, member.end)
    if sub:
        member.unit, member.unit_kind, member.end = t.glued_subunits[sub.group("w")], "noun", sub.end()
    return sub is not None


_MODEL_AFTER = compiled(r"[ \t][A-Z]{3,}(?![\w'’-])")

_LABEL_BEFORE = compiled(r"(?P<w>[^\W\d_][\w.'-]*)[ \t]\Z")


def _is_label(norm: str, member: Member, t: Tables) -> bool:
    """A number that names rather than counts: "FTSE 100", "Route 66", "Article 49.3", "Windows 11"
    (a capitalised word right before it that is not a qualifier, article or preposition, nor ends in a digit)."""
    if member.kind != "digits" or member.year_like or member.factor or member.currency_before:
        return False
    if member.unit_kind in ("currency", "unit") or _grouped(norm[member.start:member.core_end], t.decimal):
        return False                   # (a number written in groups of thousands counts: "Korland 318,742")
    model = _MODEL_AFTER.match(norm, member.end) if member.unit is None else None
    if model and fold_key(model.group(0).strip()) not in t.modifiers:
        return True                    # "the 737 MAX", "an A320 NEO": a model's name ("12 FTE" counts)
    wm = _LABEL_BEFORE.search(norm, max(0, member.start - 30), member.start)
    if not wm or not any(c.isupper() for c in wm.group("w")) or wm.group("w")[-1].isdigit():
        return False                   # (a word with its own number names it: "(FY2023 70)", "COVID-19 70 deaths" count)
    key = fold_key(wm.group("w"))
    # an elided word is read by its parts: "C'est 12 élèves" (« est »), "It's 12 pupils" ("it") name nothing
    parts = {key} | {p for p in _P_IS_LABEL.split(key) if p}
    return not parts & (t.not_nouns | t.label_exceptions)


def _grouped(token: str, decimal: str) -> bool:
    """Whether a number is written in groups of three digits ("318,742", « 2 487 000 »), as counts are, not names."""
    return any(m.group(0)[1] != decimal for m in _GROUP.finditer(token))


_GROUP = compiled(r"\d[^\d]\d{3}(?!\d)")


def read_member_forward(norm: str, pos: int, t: Tables) -> Optional[Member]:
    """The second member of a range, which may open with its own currency ("$5bn to $6bn")."""
    lead = t.rx["currency_lead"].match(norm, pos)
    core_pos = lead.end() if lead else pos
    cm = t.rx["core"].match(norm, core_pos)
    if not cm:
        return None
    member = read_member(norm, cm, t, floor=pos)
    if member is None:
        return None
    if lead and not member.currency_before:
        member.unit, member.unit_kind, member.currency_before = _currency_code(lead.group("cur"), t), "currency", True
        member.start = pos
    return member


def _currency_code(written: str, t: Tables) -> str:
    return t.currency_symbols.get(written) or t.currency_codes.get(written) or written
