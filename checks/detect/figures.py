"""A claim's figures and dates beyond what the number reader gives (``checks.numbers``): which quantities are
figures a source can confirm (``is_figure``); relative years and the dates that are a comparison's baseline
(``years``); units per head ("$2.05 per share"); multiples
("more than double"); shares written around their noun ("quatre … sur dix"); a unit two figures share ("36 of the
80 seats") or a gloss inherits from its main clause (``inherit_units``); a figure said as a difference
(``is_difference``) and the unit a bare one takes from the level before it (``difference_units``). ``claims``
applies these in that order, with the bounds a verb gives (``verbbounds``); ``kinds`` asks ``is_figure``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim, DateRef, Quantity
from ..resources import LANGS, compiled, lexicon, word_pattern, word_table, words
from ..terms import content_stems
from ..text import fold, longest_first, trie_regex
from .lexicon import ClaimLexicon
from ..tablestore import stored

_P_RELATIVE_YEARS = compiled(r"[\s,«\"“]*")
_P_NAMES_A_THING = compiled(r"\d")


def is_figure(q, before: str = "") -> bool:
    """A figure a source can confirm: not a year, and not a small spelled-out number used as a determiner
    ("les deux capitales", "the two groups"); "Quatorze personnes ont été interpellées" is a figure, and so is a
    change of two points or more, « a reculé de deux points », "fell two points"."""
    if q.unit == "year":
        return False
    if q.unit == "times":
        return True                     # (a multiple, whatever its size: "double", « deux fois », as "triple")
    if not any(ch.isdigit() for ch in q.text) and q.unit not in ("percent", "ratio") and not (q.unit or "").isupper():
        v = q.value if q.value is not None else (q.max or 0)
        if v >= 20 or q.scale:
            return True
        determined = _patterns()["determined"].search(fold(before))
        return v >= (2 if q.unit in ("points", "percentage points") else 3) and q.unit is not None and not determined
    return True


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/measures.yaml`` and ``numbers.yaml``, built once."""
    m = functools.partial(word_pattern, "measures")
    return {
        "determined": word_pattern("numbers", r"(?<![\w'])({number_determiners})\s*$"),
        "multiple_half": m(r"\s+(?:{multiple_half_after})(?!\w)"),
        "multiple_below": m(r"\s+(?:{multiple_below_after})(?!\w)"),
        "below_one": compiled(r"(?<![\w'])(?:(?P<q>" + "|".join(re.escape(q) for q in word_table("measures", "below_one_qualifiers"))
                              + r")\s+)?(?P<w>" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in
                                                       word_table("measures", "below_one_multiples")) + r")(?!\w)"),
        "multiplier_idiom": m(r"[\s\-]+(?:{multiplier_idiom_followers})(?!\w)"),
        "baseline": m(r"\b(?:{baseline_date_openers})\s+(?:\S+\s+){0,3}$"),
        # (further, a starting level and the words that date it: "from the £31.2 million paid out in 2023")
        "baseline_level": m(r"\b(?:{baseline_level_openers})\s+(?:\S+\s+){0,2}?\S*\d\S*\s+(?P<rest>(?:\S+\s+){1,5})$"),
        "baseline_breaker": m(r"(?<!\S)(?:{baseline_level_breakers})(?!\S)"),
        "baseline_on": m(r"\b(?:{baseline_date_prepositions})\s+$|\b(?:{change_baseline_nouns})\s+(?:{change_baseline_prepositions})\s+$"),
        "origin_opener": m(r"(?:{baseline_origin_openers})\s"),
        # "par habitant", not "par le fonds" (an agent)
        "per_unit": m(r"\s*(?:{per_words}|(?:{per_articles})(?=\s+(?:{per_article_nouns})\b(?!\s+(?:{per_article_time_words}))))"
                      r"\s+(?!(?:{per_agent_determiners}|{per_phrase_nouns})\b)([^\W\d_]{3,})", re.I),
        "per_before": m(r"(?<!\w)(?:{+per_words_before_figure})(?!\w)"),
        "level_opener": m(r"^\W*(?:{baseline_level_openers})\s"),
        "multiplier": m(r"(?<![\w'])(?:(?P<q>" + "|".join(re.escape(q) for q in word_table("measures", "multiplier_qualifiers"))
                        + r")\s+)?(?:(?:{multiplier_articles})\s+)?(?P<w>{multiplier_words}|(?:{multiplier_stems})\w*)(?![\w])"),
        "shared_unit": m(r"^\s*(?:{shared_unit_connectors})\s+(?:(?:{shared_unit_determiners})\s+)?"
                         r"(?:[\w-]+['’]s\s+|(?:{shared_unit_genitives})\s+[\w-]+\s+)?$"),
        "spread_share": word_pattern("numbers", r"^(?:\s+[^\W\d_][\w'-]*){0,3}\s+(?:{share_connectors})\s+$"),
        "gloss_comparison": m(r"\s*({gloss_comparison_openers})\b"),
        "per_counted": compiled(r"\s+(?:" + "|".join(re.escape(w) + ("" if w.endswith("'") else r"\s+")
                                                     for w in words("numbers", "count_connectors")
                                                     + words("numbers", "magnitude_of_words"))
                                + r")?([^\W\d_]{3,})", re.I),
    }


@stored
def _magnitude_words() -> frozenset[str]:
    """Magnitude words ("million", « milliard »), folded."""
    return frozenset(fold(w) for w in word_table("numbers", "magnitudes"))


def years(f: str, dates: list[DateRef], lex: ClaimLexicon, ref_year: Optional[int], base: int,
           clause_year: Optional[int] = None, own: str = "", previous_year: Optional[int] = None,
           previous_written: Optional[int] = None) -> list[DateRef]:
    """Absolute dates plus relative ones ("l'an dernier", "last year"); a date that is the baseline of a
    comparison ("up from 48.9 % in 2019", "qu'à la fin de 2022") gets relation "baseline", not "at". A year
    relative to the clause's ("a year earlier") is, with none in the clause, relative to ``previous_year`` (the
    sentence before's) when it opens the sentence ("Un an plus tôt, le gazole coûtait …"); one that points back
    ("cette année-là", "that same year") is wherever it stands, and is the year written before it in the clause
    when there is one; with none, and no event the sentence before dates, the last year that sentence writes
    (``previous_written``: « … davantage que sur toute l'année 2017. Cette année-là, … »)."""
    out = []
    for d in dates:
        if d.relation == "at" and _baseline_before(f[max(0, d.start - base - 40):d.start - base], d.day is None):
            d.relation = "baseline"
        out.append(d)
    relative = _relative_years(f, lex, ref_year, base, clause_year, own, previous_year, previous_written)
    for r in relative:             # "… 40 million by 2031 and 9 billion euros for the same year": the year just written
        if fold(r.text) in (lex.anaphoric_years or {}):
            before = [d for d in dates if d.start < r.start]
            r.year = before[-1].year + lex.anaphoric_years[fold(r.text)] if before else r.year
    return out + relative


def _relative_years(f: str, lex: ClaimLexicon, ref_year: Optional[int], base: int, clause_year: Optional[int],
                    own: str, previous_year: Optional[int], previous_written: Optional[int] = None) -> list[DateRef]:
    """The relative years of ``years``, in the order they are written."""
    opening = _P_RELATIVE_YEARS.match(f).end()
    # (the longest phrase first, over the tables: "cette année-là" is the year of the sentence before, not this year)
    found = [(m, year, table[m.group(0)])
             for table, year, anywhere in ((lex.relative_years, ref_year, True),
                                           (lex.clause_relative_years, clause_year or previous_year, clause_year),
                                           (lex.anaphoric_years or {}, clause_year or previous_year or previous_written, True))
             if table for m in _table_pattern(tuple(table)).finditer(f) if anywhere or m.start() == opening]
    taken: list[tuple[int, int]] = []
    relative = []
    for m, year, offset in sorted(found, key=lambda x: x[0].start() - x[0].end()):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append(m.span())
        if not year:
            continue
        rel = "baseline" if _baseline_before(f[max(0, m.start() - 40):m.start()], True) else "at"
        relative.append(DateRef(year + offset, text=(own or f)[m.start():m.end()], start=base + m.start(),
                                end=base + m.end(), relation=rel))
    return sorted(relative, key=lambda d: d.start)


def _baseline_before(before: str, no_day: bool) -> bool:
    """Whether the words before a date make it a comparison's baseline ("up from … in 2019"); "on" does only
    before a date without a day ("up 5 % on 2019", "on last year"): "reached on 6 September 2024" is the day it
    happened."""
    m = _patterns()["baseline"].search(before)
    if m and not _names_a_thing(m.group(0)):
        return True
    if _dates_a_starting_level(before):
        return True
    return bool(no_day and _patterns()["baseline_on"].search(before))


def _dates_a_starting_level(before: str) -> bool:
    """Whether the date ends the phrase of a starting level that a baseline opener introduces, written a few words
    before it ("grew 8.4 % from the £31.2 million paid out in 2023", « contre 12,6 % enregistrés en 2023 »:
    ``baseline_level_openers``, those that make the figure after them a starting level): the date of that level,
    the comparison's baseline; not once an arrival or another clause opens between them ("from 3 % to 5 % in
    2024": ``baseline_level_breakers``)."""
    m = _patterns()["baseline_level"].search(before)
    return m is not None and not _patterns()["baseline_breaker"].search(m.group("rest"))


def _names_a_thing(opened: str) -> bool:
    """Whether the words after a baseline's opener, up to a date, name a thing and no figure ("died from drug misuse
    in 2023": from what, not since when), rather than a figure or nothing ("up from 48.9 % in 2019", "than in 2019")."""
    if not _patterns()["origin_opener"].match(opened):
        return False                  # ("than", « par rapport à »: a comparison whatever stands between)
    return not _P_NAMES_A_THING.search(opened) and len(content_stems(" ".join(opened.split()[1:]))) >= 2


@stored
def _table_pattern(phrases: tuple) -> "re.Pattern[str]":
    # (a prefix trie, longer phrases first along it: the same matches as the list sorted longest first)
    return compiled(r"(?<![\w])(?:" + trie_regex([*map(re.escape, p), ""] for p in phrases) + r")(?!\w)")


def per_units(own: str, quantities, base: int) -> None:
    """"$2.05 per share", "5 200 euros par habitant": the unit becomes "USD per share"."""
    for q in quantities:
        if not q.unit or q.unit in ("percent", "ratio", "year"):
            continue
        m = _patterns()["per_unit"].match(own, q.end - base)
        if m:
            tail = m.group(1).lower()
            tail = word_table("measures", "per_noun_same").get(fold(tail), tail)    # (« par titre »: per share)
            # (a rate per a magnitude names what it counts after it: "per million people", « par million
            # d'habitants »; the noun is kept, as a source writes it)
            counted = _patterns()["per_counted"].match(own, m.end()) if fold(tail) in _magnitude_words() else None
            # (a rate's noun after its adjective, "per preferred share", "per diluted share": `per_article_nouns`)
            noun = None if counted else _patterns()["per_counted"].match(own, m.end())
            counted = noun if noun and fold(noun.group(1)) in {fold(w) for w in words("measures", "per_article_nouns")} else counted
            q.unit = f"{q.unit} per {tail}" + (f" {counted.group(1).lower()}" if counted else "")
        elif (tail := _per_before(own, q, quantities, base)):
            q.unit = f"{q.unit} per {tail}"


def _per_before(own: str, q, quantities, base: int) -> str:
    """The noun a "per" phrase of the figure's subject counts by, written before it ("Earnings per share rose 5 %,
    to $3.63": share): the last one before the figure with no other figure of a unit between them, but the level
    reached whose starting level it is ("rose to 3,595 pence from 3,363 pence", « à 2,40 euros, contre 2,10 »); ""
    without."""
    start = q.start - base
    found = list(_patterns()["per_before"].finditer(own[:start]))
    # (the starting level right after the rate's level reached is that rate: "NAV per share rose to 3,595p from 3,363p")
    if not found or any(o is not q and o.unit not in ("percent", "ratio", "year") and found[-1].end() <= o.start - base < start
                        and not _starting_level_of(own, o, q, base) for o in quantities):
        return ""
    # (nor one written right after another figure, whose rate it is, when this one is no figure of that rate: "9
    # cents per share, while … a €2bn buyback"; but "90 yen per share …, and … to 95 yen next year")
    if any(o is not q and o.end - base <= found[-1].start() and not own[o.end - base:found[-1].start()].strip()
           and not _same_rate(o, q) for o in quantities):
        return ""
    return found[-1].group(0).split(None, 1)[1].lower()


def _starting_level_of(own: str, o, q, base: int) -> bool:
    """Whether ``q`` is written right after ``o``, behind a word of a starting level ("from", « contre »), as a figure
    of the same rate: the level ``o`` reached and where it came from."""
    between = own[o.end - base:q.start - base]
    return o.end <= q.start and _same_rate(o, q) and bool(_patterns()["level_opener"].match(fold(between) + " "))


def parent_rate(own: str, quantities, parent) -> None:
    """A clause of comparison after a rate, « Le bénéfice par action s'élève à 11,07 euros, contre 10,65 euros un an
    plus tôt », "Earnings per share rose to $3.63, against $3.10 a year earlier": its bare amount of that currency, of
    that size, is the same rate (a figure of the clause it hangs on, ``parent``, written as a rate)."""
    rates = [p for p in (parent.quantities if parent is not None else []) if " per " in (p.unit or "")]
    if len(rates) != 1 or not _patterns()["level_opener"].match(fold(own)):
        return
    for q in quantities:
        if q.unit and q.unit == rates[0].unit.split(" per ")[0] and _same_rate(rates[0], q):
            q.unit = rates[0].unit


def _same_rate(a, b) -> bool:
    """Whether two figures may be the same rate: one unit, within a factor of a thousand."""
    if not (a.unit and b.unit and a.value and b.value) or a.unit.split(" per ")[0] != b.unit.split(" per ")[0]:
        return False                  # (a's rate may be read already: "JPY per share" is a JPY figure's)
    return 1e-3 <= abs(b.value / a.value) <= 1e3


# complexity: one pass over the multiples written as words, each read with its qualifier, then their two endings
def multipliers(own: str, f: str, quantities, base: int, lang: str = "") -> list:
    """"more than double", "le double", "a triplé": a multiple (unit "times") the number reader leaves out."""
    taken = [(q.start - base, q.end - base) for q in quantities]
    found = list(quantities)
    bounds, multiples = word_table("measures", "multiplier_qualifiers"), word_table("measures", "multiples")
    for m in _patterns()["multiplier"].finditer(f):
        if any(a < m.end() and m.start() < b for a, b in taken) or _indefinite_before(lang, f[:m.start()]) \
                or _patterns()["multiplier_idiom"].match(f, m.end()):
            continue                      # (« une double exception », "a double blow", "double down": no multiple)
        qual, factor = m.group("q"), multiples[m.group("w")[:4]]
        bound = bounds.get(qual, "about")     # ("more than halved": a share below a half)
        found.append(Quantity(value=factor, unit="times", text=own[m.start():m.end()], start=base + m.start(),
                              end=base + m.end(), bound={"at-least": "at-most", "at-most": "at-least"}.get(bound, bound)
                              if factor < 1 else bound, approximate=bound == "about"))
    for q in found:                       # (« deux fois et demie », "twice and a half": half as much again)
        half = _patterns()["multiple_half"].match(f, q.end - base) if q.unit == "times" and q.value else None
        if half:
            q.value, q.end, q.text = q.value + 0.5, base + half.end(), own[q.start - base:half.end()]
    for q in found:                       # ("three times less", « trois fois moins »: a third)
        if q.unit == "times" and q.value and q.value > 1 and _patterns()["multiple_below"].match(f, q.end - base):
            q.value = 1 / q.value
    return sorted(found + _below_one(own, f, found, base), key=lambda q: q.start)


def _below_one(own: str, f: str, found: list, base: int) -> list:
    """"a third as many", "less than half as large", « moitié moins de »: a multiple below one, its share."""
    taken = [(q.start - base, q.end - base) for q in found]
    shares, bounds = word_table("measures", "below_one_multiples"), word_table("measures", "below_one_qualifiers")
    out = []
    for m in _patterns()["below_one"].finditer(f):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        qual, w = m.group("q"), " ".join(m.group("w").split())
        out.append(Quantity(value=float(shares[w]), unit="times", text=own[m.start():m.end()], start=base + m.start(),
                            end=base + m.end(), bound=bounds.get(qual, "about"), approximate=bounds.get(qual, "about") == "about"))
    return out


@stored
def _indefinite_pattern(lang: str) -> Optional[re.Pattern]:
    """An indefinite article of the language (``articles_as_one``) right before a word, quotes between."""
    found = [fold(str(w)) for w in lexicon(lang, "numbers").get("articles_as_one") or []] if lang else []
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(found, key=longest_first)) + r")[\s\W]*$") \
        if found else None


def _indefinite_before(lang: str, before: str) -> bool:
    pattern = _indefinite_pattern(lang)
    return pattern is not None and pattern.search(before) is not None


def spread_shares(own: str, quantities, base: int) -> list:
    """"quatre exploitations céréalières sur dix", "three patients in ten": a share written around its noun."""
    out, skip = [], set()
    for i, (a, b) in enumerate(zip(quantities, quantities[1:])):
        if i in skip or a.unit in ("percent", "ratio") or b.unit not in (None,) or a.value is None or b.value is None:
            continue
        if a.scale or b.scale or not (0 < a.value <= b.value <= 100) or not _patterns()["spread_share"].match(own[a.end - base:b.start - base]):
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
        if a.unit is None and b.unit and b.unit not in ("percent", "ratio") and _patterns()["shared_unit"].match(own[a.end - base:b.start - base]):
            a.unit = b.unit


def inherit_units(claim: Claim, parent: Claim) -> None:
    """", contre 33 millions l'an dernier", ", down from 22,000": a bare figure in a gloss has the unit of
    the main clause's figure."""
    units = [q for q in parent.quantities if q.unit and q.unit not in ("year",)]
    if not units:
        return
    comparison = _patterns()["gloss_comparison"].match(fold(claim.text))
    for q in claim.quantities:
        if q.unit is None and q.value is not None:
            # (an amount with a scale word takes the main clause's amount of its size, never a rate: « … de 4,2 %,
            # à 51,3 milliards d'euros, contre 53,5 milliards » is in euros, not per cent)
            sized = [r for r in units if q.scale and r.unit not in ("percent", "ratio") and r.value
                     and 0.01 <= q.value / r.value <= 100]
            ref = (sized or units)[0]
            if comparison or (ref.value and 0.01 <= q.value / ref.value <= 100):
                q.unit = ref.unit


@stored
def _difference_patterns() -> dict[str, re.Pattern]:
    out = {}
    for way in ("up", "down"):
        forms = sorted({fold(str(f)) for lang in LANGS
                        for f in (lexicon(lang, "measures").get("difference_after") or {}).get(way) or []}, key=longest_first)
        out[way] = compiled(r"^\s*(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    return out


def is_difference(after: str) -> Optional[str]:
    """"up" or "down" when the words just after a figure make it a difference ("£3.7 billion below …" is down,
    "a quarter more than …" up, "4 200 lits de plus qu'en 2021" up), from ``difference_after`` in
    ``data/lang/<code>/measures.yaml``; None for a level."""
    folded = fold(after)
    return next((way for way, rx in _difference_patterns().items() if rx.search(folded)), None)


def difference_words(text: str, start: int, end: int) -> Optional[tuple[str, int, int]]:
    """"up" or "down" when the figure written at ``start:end`` of ``text`` is a difference, with the span of the
    figure and the words that make it one: those after it (``is_difference``), past its scale word and the unit a
    French amount names when they compare ("18 million more than", « 4 millions d'euros de moins qu'en 2023 »; "4
    million more have offers" adds a count), or the comparative opening it (« inférieur de 18 millions à … »)."""
    after, offsets = text[end:end + 60], [0]
    scaled = word_pattern("numbers", r"\s*(?:{magnitudes}|{scale_abbreviations})(?!\w)").match(after)
    if scaled:       # (the unit of the amount: « d'euros », « de dollars »)
        unit = word_pattern("numbers", r"(?:\s+(?:{of_connectors})\s*[^\W\d_]+)?").match(after, scaled.end())
        offsets += [scaled.end(), unit.end()]
    opener = word_pattern("measures", r"\s*(?:[^\w\s]|$|(?:{baseline_date_openers})(?!\w))")
    for k in offsets:
        for way, rx in _difference_patterns().items():
            tail = fold(after[k:k + 30])
            m = rx.search(tail)
            # (past a scale word: its words end with an opener, "more than", or one follows, or the clause ends)
            if m and (not k or opener.fullmatch(" " + tail[:m.end()].split()[-1]) or opener.match(tail[m.end():])):
                return way, start, end + k + m.end()
    lo = max(0, start - 30)
    for way, rx in _difference_before_patterns().items():
        m = rx.search(fold(text[lo:start])) if rx is not None else None
        if m:
            return way, lo + m.start(), end
    return None


@stored
def _difference_before_patterns() -> dict[str, Optional[re.Pattern]]:
    out = {}
    for way in ("up", "down"):
        forms = sorted({fold(str(f)) for lang in LANGS
                        for f in (lexicon(lang, "measures").get("difference_before") or {}).get(way) or []}, key=longest_first)
        out[way] = compiled(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")\s*\Z") if forms else None
    return out


def difference_before(before: str) -> Optional[str]:
    """"up" or "down" when the words just before a figure make it a difference written with a comparative that
    precedes it (« inférieure de 17 % à celle de 2019 », « supérieur de 4 % à la moyenne »), from ``difference_before`` in
    ``data/lang/<code>/measures.yaml``; None otherwise."""
    folded = fold(before)
    return next((way for way, rx in _difference_before_patterns().items() if rx is not None and rx.search(folded)),
                None)


def difference_units(quantities: list[Quantity], text: str, base: int) -> None:
    """« 2,48 millions de passagers, soit 31 500 de moins », "1,535 killed, 23 more than in 2023": a bare figure said
    as a difference counts in the unit of the level the sentence gives before it (one at least as large)."""
    quantities = sorted(quantities, key=lambda q: q.start)
    for i, q in enumerate(quantities):
        if q.unit is not None or q.value is None or not is_difference(text[q.end - base:q.end - base + 30]):
            continue
        ref = next((r for r in reversed(quantities[:i]) if r.unit and r.unit not in ("percent", "ratio", "year", "points")
                    and r.value is not None and r.value >= q.value), None)
        if ref is not None:
            q.unit = ref.unit
