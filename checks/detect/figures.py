"""A claim's figures and dates beyond what the number reader gives (``checks.numbers``): which quantities are
figures a source can confirm (``is_figure``); relative years and the dates that are a comparison's baseline
(``years``); units per head ("$2.05 per share"); bounds a verb gives ("ne dépasse pas", "could exceed"); multiples
("more than double"); shares written around their noun ("quatre … sur dix"); a unit two figures share ("36 of the
80 seats") or a gloss inherits from its main clause (``inherit_units``). ``claims`` applies these in that order;
``kinds`` asks ``is_figure``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim, DateRef, Quantity
from ..text import fold
from .lexicon import ClaimLexicon


def is_figure(q, before: str = "") -> bool:
    """A figure a source can confirm: not a year, and not a small spelled-out number used as a determiner
    ("les deux capitales", "the two groups"); "Quatorze personnes ont été interpellées" is a figure."""
    if q.unit == "year":
        return False
    if not any(ch.isdigit() for ch in q.text) and q.unit not in ("percent", "ratio") and not (q.unit or "").isupper():
        v = q.value if q.value is not None else (q.max or 0)
        if v >= 20 or q.scale:
            return True
        determined = re.search(r"(?<![\w'])(les|ces|des|leurs|nos|the|these|those|its|their|our|both|ses)\s*$", fold(before))
        return v >= 3 and q.unit is not None and not determined
    return True


_BASELINE = re.compile(r"(?:\b(?:from|than|compared (?:with|to)|against|versus|vs|contre|par rapport (?:a|au|aux)|"
                       r"qu'a|que|comparee? (?:a|au)|relative to)\s+(?:\S+\s+){0,3}|\b(?:on|sur)\s+)$")


def years(f: str, dates: list[DateRef], lex: ClaimLexicon, ref_year: Optional[int], base: int,
           clause_year: Optional[int] = None, own: str = "") -> list[DateRef]:
    """Absolute dates plus relative ones ("l'an dernier", "last year"); a date that is the baseline of a
    comparison ("up from 48.9 % in 2019", "qu'à la fin de 2022") gets relation "baseline", not "at"."""
    out = []
    for d in dates:
        if d.relation == "at" and _BASELINE.search(f[max(0, d.start - base - 40):d.start - base]):
            d.relation = "baseline"
        out.append(d)
    for table, year in ((lex.relative_years, ref_year), (lex.clause_relative_years, clause_year)):
        if not year or not table:
            continue
        for m in _table_pattern(tuple(table)).finditer(f):
            rel = "baseline" if _BASELINE.search(f[max(0, m.start() - 40):m.start()]) else "at"
            out.append(DateRef(year + table[m.group(0)], text=(own or f)[m.start():m.end()], start=base + m.start(),
                               end=base + m.end(), relation=rel))
    return out


@functools.lru_cache(maxsize=None)
def _table_pattern(phrases: tuple) -> "re.Pattern[str]":
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")


_PER_UNIT = re.compile(r"\s*(?:per|par|each|chacun|pour chaque|(?:a|an)(?=\s+(?:share|head|person|day|week|month)\b(?!\s+(?:earlier|ago|before|later))))"
                       r"\s+(?!(?:le|la|les|un|une|des|the)\b)([^\W\d_]{3,})", re.I)       # "par habitant", not "par le fonds" (an agent)


def per_units(own: str, quantities, base: int) -> None:
    """"$2.05 per share", "5 200 euros par habitant": the unit becomes "USD per share"."""
    for q in quantities:
        if not q.unit or q.unit in ("percent", "ratio", "year"):
            continue
        m = _PER_UNIT.match(own, q.end - base)
        if m:
            q.unit = f"{q.unit} per {m.group(1).lower()}"


_EXCEED = re.compile(r"(?:depass\w*|exced\w*|exceed\w*|tops?|topped|surpass\w*|franchi\w*)\s+(?P<neg>pas\s+|guere\s+|jamais\s+)?"
                     r"(?:la barre des?\s+|the\s+)?$")
_EXCEED_NEGATED = re.compile(r"(?:\bne\s+|\bn'|\bnot\s+|n't\s+|\bnever\s+|\bjamais\s+)(?:\w+\s+){0,2}$")


def verb_bounds(f: str, quantities, base: int) -> None:
    """"pourrait dépasser 50 %" is at least 50 %; "ne dépasse pas 1,2 milliard", "never topped 60 %" at most."""
    for q in quantities:
        if q.bound != "about" or q.approximate or q.min is not None:
            continue
        before = f[max(0, q.start - base - 40):q.start - base]
        m = _EXCEED.search(before)
        if m:
            negated = m.group("neg") or _EXCEED_NEGATED.search(before[:m.start()])
            q.bound = "at-most" if negated else "at-least"


_MULTIPLIER = re.compile(r"(?<![\w'])(?:(?P<q>more than|over|nearly|almost|plus du|plus que|pres du|presque|au moins le)\s+)?"
                         r"(?:(?:le|the)\s+)?(?P<w>double|doubled|doubling|twice|triple|tripled|treble|trebled|quadruple|quadrupled|"
                         r"doubl[ea]\w*|tripl[ea]\w*)(?![\w])")
_MULTIPLES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0}
_MULTIPLIER_BOUND = {"more than": "at-least", "over": "at-least", "plus du": "at-least", "plus que": "at-least",
                     "au moins le": "at-least", "nearly": "about", "almost": "about", "pres du": "about", "presque": "about"}


def multipliers(own: str, f: str, quantities, base: int) -> list:
    """"more than double", "le double", "a triplé": a multiple (unit "times") the number reader leaves out."""
    taken = [(q.start - base, q.end - base) for q in quantities]
    found = list(quantities)
    for m in _MULTIPLIER.finditer(f):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        qual = m.group("q")
        found.append(Quantity(value=_MULTIPLES[m.group("w")[:4]], unit="times", text=own[m.start():m.end()],
                              start=base + m.start(), end=base + m.end(),
                              bound=_MULTIPLIER_BOUND.get(qual, "about"), approximate=qual in ("nearly", "almost", "pres du", "presque")))
    return sorted(found, key=lambda q: q.start)


_SHARED_UNIT = re.compile(r"^\s*(?:of|out of|sur|des|parmi)\s+(?:the\s+|les\s+|ses\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+['’]s\s+|du\s+[\w-]+\s+)?$")


_SPREAD_SHARE = re.compile(r"^(?:\s+[^\W\d_][\w'-]*){0,3}\s+(?:sur|out of|in)\s+$")


def spread_shares(own: str, quantities, base: int) -> list:
    """"quatre exploitations céréalières sur dix", "three patients in ten": a share written around its noun."""
    out, skip = [], set()
    for i, (a, b) in enumerate(zip(quantities, quantities[1:])):
        if i in skip or a.unit in ("percent", "ratio") or b.unit not in (None,) or a.value is None or b.value is None:
            continue
        if a.scale or b.scale or not (0 < a.value <= b.value <= 100) or not _SPREAD_SHARE.match(own[a.end - base:b.start - base]):
            continue
        out.append((i, Quantity(value=a.value / b.value, unit="ratio", bound=a.bound, approximate=a.approximate,
                                text=own[a.start - base:b.end - base], start=a.start, end=b.end, of=a.unit)))
        skip.add(i + 1)
    if not out:
        return quantities
    merged = {i: q for i, q in out}
    return [merged.get(i, q) for i, q in enumerate(quantities) if i not in skip]


def shared_units(own: str, quantities, base: int) -> None:
    """"36 of the 80 seats", "12 sur 20 communes": the first figure counts the second's unit."""
    for a, b in zip(quantities, quantities[1:]):
        if a.unit is None and b.unit and b.unit not in ("percent", "ratio") and _SHARED_UNIT.match(own[a.end - base:b.start - base]):
            a.unit = b.unit


def inherit_units(claim: Claim, parent: Claim) -> None:
    """", contre 33 millions l'an dernier", ", down from 22,000": a bare figure in a gloss has the unit of
    the main clause's figure."""
    units = [q for q in parent.quantities if q.unit and q.unit not in ("year",)]
    if not units:
        return
    comparison = re.match(r"\s*(contre|soit|versus|vs|against|compared|up from|down from|from|par rapport)\b",
                          fold(claim.text))
    for q in claim.quantities:
        if q.unit is None and q.value is not None:
            ref = units[0]
            if comparison or (ref.value and 0.01 <= q.value / ref.value <= 100):
                q.unit = ref.unit
