"""One language's ``Tables``, built once (``tables_for``): the tables of ``numbers.yaml`` and
``data/currencies.yaml`` folded for look-up, their phrases as written, the words worth trying the full patterns
at, and the regular expressions the reader matches with: a figure's core (digits, number words, fractions),
currencies, scales, units, counted nouns, qualifiers, range joiners and openers, dates and times.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

from ..resources import compiled, shared_data
from ..resources import words as resource_words
from .vocabulary import (NOT_WORD_AFTER, NOT_WORD_BEFORE, Tables, any_phrase, fold_key, fold_set, fold_table, merge,
                         raw_lexicons, variants)

_P_TEMPLATE_REGEX = compiled(r"([^{]*)(?:\{(\w+)\})?")
_P_PROTECTED_LOOKBEHINDS = compiled(r"([\s-]+)")
_P_NUMBER_WORD_TOKENS = compiled(r"[\s-]+")

_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"   # a word of letters, hyphens inside


# --- the per-language tables --------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def tables_for(lang: str) -> Tables:
    """Built once per installed version and bundled data, then loaded from the cache with its patterns
    compiled (``tablestore.cached_data``): compiling them is most of a check's start-up."""
    from ..tablestore import cached_data
    return cached_data(f"numbers-{lang}", lambda: _build_tables(lang))


def _build_tables(lang: str) -> Tables:
    raws = raw_lexicons(lang)
    cur = shared_data("currencies")
    elisions = fold_table(merge(raws, "elisions"))
    qualifiers = _with_elided_forms(
        {fold_key(p): bound for bound, ps in merge(raws, "qualifiers").items() for p in ps}, elisions)
    trailing = {fold_key(p): bound for bound, ps in merge(raws, "trailing_qualifiers").items() for p in ps}
    ranges: dict[str, list[str]] = {}
    for raw in raws:
        for joiner, openers in (raw.get("ranges") or {}).items():
            ranges.setdefault(fold_key(joiner), [])
            ranges[fold_key(joiner)] += [fold_key(o) for o in openers]
    aliases = cur.get("code_aliases") or {}
    words = {fold_key(w): code for code, ws in (cur.get("words") or {}).items() for w in ws}
    t = Tables(
        lang=lang,
        decimal=(raws[0].get("separators") or {}).get("decimal") if len(raws) == 1 else None,
        small=fold_table(merge(raws, "number_words")),
        hundreds=fold_set(merge(raws, "hundreds")),
        joiners=fold_set(merge(raws, "number_joiners")),
        articles=fold_set(merge(raws, "articles_as_one")),
        lone_ignored=fold_set(merge(raws, "lone_words_ignored")),
        magnitudes=fold_table(merge(raws, "magnitudes")),
        approx_magnitudes=fold_table(merge(raws, "approximate_magnitudes")),
        abbreviations={str(k): v for k, v in merge(raws, "scale_abbreviations").items()},
        currency_abbreviations={str(k): v for k, v in merge(raws, "currency_scale_abbreviations").items()},
        fractions=fold_table(merge(raws, "fractions")),
        ordinal_fractions=fold_set(merge(raws, "ordinal_fractions")),
        ordinal_fraction_leaders=fold_set(merge(raws, "ordinal_fraction_leaders")),
        fraction_articles=fold_set(merge(raws, "fraction_articles")),
        lone_fractions=fold_set(merge(raws, "lone_fractions")),
        lone_fraction_blockers=fold_set(merge(raws, "lone_fraction_blockers")),
        lone_fraction_leaders=fold_set(merge(raws, "lone_fraction_leaders")),
        units=fold_table(merge(raws, "units")),
        qualifiers=qualifiers,
        trailing=trailing,
        ranges=ranges,
        range_blockers=fold_set(merge(raws, "range_blockers")),
        range_change_verbs=fold_set(merge(raws, "range_change_verbs")),
        range_change_words=fold_set(merge(raws, "range_change_words")),
        qualifier_blockers=fold_set(merge(raws, "qualifier_blockers")),
        lower_bound_blockers=fold_set(merge(raws, "lower_bound_blockers")),
        reach_qualifiers=fold_set(merge(raws, "reach_qualifiers")),
        modifiers=fold_set(merge(raws, "noun_modifiers")),
        not_nouns=fold_set(merge(raws, "not_nouns")),
        year_markers=fold_set(merge(raws, "year_markers")),
        plurals=fold_set(merge(raws, "plurals_without_s")),
        magnitude_nouns=fold_set(merge(raws, "magnitude_nouns")),
        months=fold_table(merge(raws, "months")),
        date_prepositions=fold_table(merge(raws, "date_prepositions")),
        currency_symbols={str(k): v for k, v in (cur.get("symbols") or {}).items()},
        currency_codes={c: aliases.get(c, c) for c in (cur.get("codes") or [])},
        currency_words=words,
        glued_subunits={str(k): str(v) for k, v in merge(raws, "glued_subunits").items()},
        glued_multiples={str(k): str(v) for k, v in merge(raws, "glued_multiples").items()},
        count_abbreviations={str(k): v for k, v in merge(raws, "count_scale_abbreviations").items()},
    )
    t.written = _written_forms(raws, cur)
    t.label_exceptions = (set(t.qualifiers) | {fold_key(w) for p in t.qualifiers for w in p.split()}
                          | set(t.date_prepositions) | set(t.months) | t.year_markers)
    # words that can never be the counted noun after a figure
    t.not_nouns |= (set(t.small) | t.hundreds | set(t.magnitudes) | set(t.months)
                    | set(t.fractions) | set(t.qualifiers) | set(t.date_prepositions))
    _compile(t, raws)
    _candidate_words(t, raws)
    return t


_WRITTEN = ("number_words", "hundreds", "number_joiners", "articles_as_one", "lone_words_ignored",
            "magnitudes", "approximate_magnitudes", "fractions", "fraction_articles", "lone_fractions",
            "units", "qualifiers", "trailing_qualifiers", "date_prepositions", "share_connectors")


def _written_forms(raws: list[dict], cur: dict) -> dict[str, set[str]]:
    """The phrases of each table as written (with their accents), to build regexes from; the
    folded tables are for look-ups only."""
    out: dict[str, set[str]] = {}
    for name in _WRITTEN:
        table = merge(raws, name)
        if name in ("qualifiers", "trailing_qualifiers"):
            out[name] = {str(p) for phrases in table.values() for p in phrases}
        else:
            out[name] = {str(p) for p in table}
    out["currency_words"] = {str(w) for ws in (cur.get("words") or {}).values() for w in ws}
    for raw in raws:
        for joiner, openers in (raw.get("ranges") or {}).items():
            out.setdefault("joiner:" + fold_key(joiner), set()).add(str(joiner))
            out.setdefault("opener:" + fold_key(joiner), set()).update(str(o) for o in openers if o)
    return out


def _with_elided_forms(table: dict[str, str], elisions: dict[str, str]) -> dict[str, str]:
    """Also key "plus d'" when the table has "plus de"."""
    out = dict(table)
    for phrase, value in table.items():
        head, _, last = phrase.rpartition(" ")
        if head and last in elisions:
            out.setdefault(f"{head} {fold_key(elisions[last])}", value)
    return out


def _candidate_words(t: Tables, raws: list[dict]) -> None:
    """Words worth trying the full patterns at (the patterns are too slow to search everywhere)."""
    w = t.written
    weak = w["fraction_articles"] | w["articles_as_one"] | w["lone_words_ignored"]
    followers = (w["fractions"] | w["magnitudes"] | w["hundreds"] | w["approximate_magnitudes"]
                 | {str(c).split()[0] for c in w["share_connectors"]})
    starters = {x for x in _number_word_tokens(t) | w["number_words"] | w["lone_fractions"]
                if fold_key(x) not in fold_set(weak)}
    months = {str(m) for m in merge(raws, "months")}
    shares_after_noun = {str(c) for c in merge(raws, "share_connectors_after_noun")}
    t.weak_starters = fold_set(weak)
    t.followers = fold_set(followers)
    t.starters = fold_set(starters)
    t.month_starters = fold_set(months)
    letter_after = r"(?![^\W\d_])"
    # no look-behind in front, so that ``re`` can skip ahead to the possible first letters; the
    # word boundary before a match is checked by ``scan._candidates``
    t.rx["candidate_words"] = re.compile(
        rf"(?P<weak>{_plain_trie(weak)})"
        rf"(?=[\s-]+{_plain_trie(followers)}{letter_after}|\s+[^\W\d_]+\s+{_plain_trie(shares_after_noun)}\s)"
        rf"{letter_after}|(?P<word>{_plain_trie(starters | months)}){letter_after}"
        # a fraction with no number before it, joined to the point it divides: "the quarter-point cut"
        rf"|(?P<point>{_plain_trie(w['fractions'])})(?=-{_plain_trie(set(merge(raws, 'fraction_points')))}"
        rf"{letter_after})")
    t.qualifier_tails = {tail_key(p.split()[-1]) for p in t.qualifiers} | {
        tail_key(e) for e in merge(raws, "elisions").values()}
    t.currency_tails = {w[-1] for w in list(t.currency_symbols) + list(t.currency_codes)}


def _plain_trie(words: Iterable[str]) -> str:
    """Words as a regex for the lowered text."""
    return any_phrase({w.lower() for w in words}, ignore_case=False, bounded=False)


def tail_key(chunk: str) -> str:
    """Folded last piece of what stands before a figure: "qu'environ" -> "environ", "d'" -> "d'"."""
    key = fold_key(chunk).lstrip("([{\"«")
    if "'" in key[:-1]:
        key = key.rsplit("'", 1)[1]
    return key


# --- regex construction -------------------------------------------------------------------------

def _compile(t: Tables, raws: list[dict]) -> None:
    elisions = fold_table(merge(raws, "elisions"))
    r = t.rx
    r["core"] = re.compile(_core_pattern(t))
    r["currency_before"] = re.compile(_currency_before_pattern(t) + r"\s?\Z")
    r["currency_lead"] = re.compile(_currency_before_pattern(t) + r"\s?")
    r["currency_after"] = re.compile(_currency_after_pattern(t, raws))
    w = t.written
    r["scale_word"] = re.compile(r"\s+(?P<w>" + any_phrase(w["magnitudes"]) + ")")
    r["scale_abbr"] = re.compile(r"\s?(?P<w>" + any_phrase(t.abbreviations, ignore_case=False, bounded=False)
                                 + r")(?![^\W\d_])")
    r["currency_abbr"] = re.compile(r"\s?(?P<w>" + any_phrase(t.currency_abbreviations, ignore_case=False, bounded=False)
                                    + r")(?![^\W\d_])")
    r["unit"] = re.compile(r"\s*(?P<w>" + any_phrase(w["units"], elisions) + ")")
    connectors = _connector_alternation(merge(raws, "count_connectors"))
    r["noun"] = re.compile(rf"(?P<conn>\s*{connectors})?\s*(?P<w>{_WORD})(?!')")
    r["of"] = re.compile(r"\s*" + _connector_alternation(merge(raws, "of_connectors")))
    r["word"] = re.compile(rf"[ \t]*(?P<w>{_WORD})(?P<poss>'s\b)?")
    r["share"] = re.compile(r"\s+" + any_phrase(w["share_connectors"]) + r"\s+")
    r["share_after_noun"] = re.compile(r"\s+" + any_phrase(merge(raws, "share_connectors_after_noun")) + r"\s+")
    r["glued_subunit"] = re.compile("(?P<w>" + any_phrase(t.glued_subunits, ignore_case=False, bounded=False)
                                    + r")(?![^\W\d_])")
    r["glued_multiple"] = re.compile("(?P<w>" + any_phrase(t.glued_multiples, ignore_case=False, bounded=False)
                                     + r")(?![^\W_])")
    r["glued_unit"] = re.compile("(?P<w>" + any_phrase(w["units"], bounded=False) + r")(?![^\W\d_])")
    r["qualifier"] = re.compile("(?P<q>" + any_phrase(w["qualifiers"], elisions) + r")\s*\Z")
    r["trailing"] = re.compile(r"(?:\s+|\s*-)(?P<q>" + any_phrase(w["trailing_qualifiers"]) + ")")
    r["joiner"] = re.compile(_joiner_pattern(t))
    r["openers"] = {j: re.compile("(?P<o>" + any_phrase(w.get("opener:" + j, ())) + r")\s+\Z")
                    for j in t.ranges}
    # "half a million", "a quarter of a billion", "un quart de milliard"
    ordinal_endings = merge(raws, "ordinal_endings")
    if ordinal_endings:
        joiners = "|".join(re.escape(j) for j in resource_words("numbers", "number_joiners"))
        r["ordinal_after"] = re.compile(r"(?:[\s-]+(?:(?:" + joiners + r")[\s-]+)?|-)[a-z]*(?:" + "|".join(
            re.escape(e) for e in sorted(ordinal_endings, key=len, reverse=True)) + r")(?!\w)", re.I)
    points = merge(raws, "decimal_points")
    if points:
        r["decimal_point"] = re.compile(r"\s+(?:" + "|".join(re.escape(p) for p in points) + r")\s+", re.I)
    half_after = merge(raws, "half_after")
    if half_after:
        r["half_after"] = re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in sorted(half_after, key=len, reverse=True))
                                     + r")(?!\w)", re.I)
    half_joiner = merge(raws, "half_joiners")
    if half_joiner:
        r["half_before"] = re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in half_joiner) + r")\s+", re.I)
    r["half_of_magnitude"] = re.compile(r"\s+(?:(?:" + "|".join(re.escape(x) for x in resource_words("numbers", "magnitude_of_words"))
                                        + r")\s+|d['\u2019]\s*)?(?:" + any_phrase(w["articles_as_one"])
                                        + r"\s+)?(?P<w>" + any_phrase(w["magnitudes"]) + r")(?!\w)")
    r["fraction_of_unit"] = re.compile(r"\s+(?:(?:" + "|".join(re.escape(x) for x in resource_words("numbers", "magnitude_of_words"))
                                       + r")\s+|d['\u2019]\s*)?(?:" + any_phrase(w["articles_as_one"])
                                       + r"\s+)?(?P<w>" + any_phrase(w["units"]) + r")(?!\w)")
    r["after_fraction"] = re.compile(r"\s*(?:[^\w\s]|\Z)")
    # "a quarter point", "the quarter-point cut", "half a point", « un quart de point »: a fraction of a point
    r["fraction_point"] = re.compile(r"(?:\s+|-)" + any_phrase(merge(raws, "fraction_points")) + r"(?!\w)")
    r["lone_fraction_follower"] = re.compile(r"\s+" + any_phrase(merge(raws, "lone_fraction_followers")))
    r["date"] = re.compile(_date_pattern(raws))
    # (not a time of day when minutes follow it: « 7 h 52 min », « 1 h 02 min 30 s » are a duration's parts)
    minutes = any_phrase(merge(raws, "time_minute_units"))
    r["time"] = re.compile(NOT_WORD_BEFORE + _time_pattern(raws) + r"(?![\w:])" + rf"(?!\s*(?:\d+\s*)?{minutes})")


def _connector_alternation(phrases: Iterable[str]) -> str:
    """Connectors before a noun: "de" needs a space after it, "d'" and "l'" glue to the noun."""
    alts = []
    for p in sorted({v for p in phrases for v in variants(p)}, key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(w) for w in p.split())
        alts.append(NOT_WORD_BEFORE + body + ("" if p.endswith("'") else r"\s+"))
    return "(?i:" + "|".join(alts) + ")" if alts else r"(?!x)x"


def _number_word_tokens(t: Tables) -> set[str]:
    """Single words that may appear inside a spelled-out number (compounds split at hyphens)."""
    w = t.written
    words = w["number_words"] | w["hundreds"] | w["magnitudes"] | w["approximate_magnitudes"]
    return {part for word in words for part in _P_NUMBER_WORD_TOKENS.split(word) if part}


def _protected_lookbehinds(t: Tables) -> str:
    """Keep "cent" of "pour cent" (and the like) from being read as a number word."""
    tokens = fold_set(_number_word_tokens(t))
    out = []
    for phrase in t.written["units"]:
        parts = _P_PROTECTED_LOOKBEHINDS.split(phrase)
        if len(parts) >= 3 and fold_key(parts[-1]) in tokens:
            prefix = "".join(parts[:-2])
            for sep in (" ", "-"):
                out.append(f"(?<!{re.escape(prefix + sep)})")
    return "".join(sorted(set(out)))


def _core_pattern(t: Tables) -> str:
    tokens = _number_word_tokens(t)
    tok = any_phrase(tokens) + NOT_WORD_AFTER
    w = t.written
    joiners = any_phrase(w["number_joiners"])
    numerators = any_phrase(w["number_words"] | w["fraction_articles"])
    fraction = (rf"(?P<frac>{NOT_WORD_BEFORE}(?:(?P<fnum>{numerators})[\s-]+)?"
                rf"(?P<fden>{any_phrase(w['fractions'])}){NOT_WORD_AFTER})")
    groups = r"[ .,']"
    digits = (r"(?P<num>(?<![\w.,])(?<![^\W\d_]-)(?P<sign>[-+\u2212](?=\d))?"
              rf"(?:\d{{1,3}}(?P<g>{groups})\d{{3}}(?:(?P=g)\d{{3}})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
              r"(?![.,]?\d))")
    big = any_phrase(w["magnitudes"] | w["hundreds"] | w["approximate_magnitudes"])
    article = rf"(?:{any_phrase(w['articles_as_one'])}\s+(?={big}{NOT_WORD_AFTER}))?"
    words = (rf"(?P<words>{NOT_WORD_BEFORE}{_protected_lookbehinds(t)}{article}"
             rf"{tok}(?:(?:\s+|-)(?:{joiners}(?:\s+|-))?{tok})*)")
    return f"{fraction}|{digits}|{words}"


def _currency_before_pattern(t: Tables) -> str:
    symbols = any_phrase(t.currency_symbols, ignore_case=False)
    codes = any_phrase(t.currency_codes, ignore_case=False)
    return f"(?P<cur>{codes}|{symbols})"


def _currency_after_pattern(t: Tables, raws: list[dict]) -> str:
    symbols = any_phrase(t.currency_symbols, ignore_case=False)
    codes = any_phrase(t.currency_codes, ignore_case=False)
    words = any_phrase(t.written["currency_words"])
    connectors = _connector_alternation(merge(raws, "count_connectors"))
    return (rf"(?:(?P<conn>\s*{connectors})?\s*(?P<cw>{words})|\s?(?P<cs>{symbols})|"
            rf"\s(?P<cc>{codes}))")


def _joiner_pattern(t: Tables) -> str:
    alts = []
    for j in sorted(t.ranges, key=len, reverse=True):
        if j[:1].isalnum():
            alts.append(r"\s+" + any_phrase(t.written["joiner:" + j]) + r"\s+")
        else:
            alts.append(r"\s*" + re.escape(j) + r"\s*")
    return "(?P<j>" + "|".join(alts) + ")"


def _month_alternation(raws: list[dict]) -> str:
    parts = []
    for raw in raws:
        names = list((raw.get("months") or {}).keys())
        if names:
            parts.append(any_phrase(names, ignore_case=not raw.get("months_case_sensitive")))
    return "(?:" + "|".join(parts) + r")\.?" if parts else r"(?!x)x"


def _time_pattern(raws: list[dict]) -> str:
    ampm = any_phrase(merge(raws, "ampm"), bounded=False)
    pieces = {"hour": r"(?:[01]?\d|2[0-3])", "minute": r"[0-5]\d", "ampm": ampm}
    formats = sorted(set(merge(raws, "time_formats")), key=len, reverse=True)
    return "(?:" + "|".join(_template_regex(f, pieces) for f in formats) + ")" if formats else r"(?!x)x"


def _template_regex(template: str, pieces: dict[str, str]) -> str:
    """"{day} {month}, {year}" -> regex: placeholders from ``pieces``, spaces -> \\s+, rest literal."""
    out = []
    for literal, name in _P_TEMPLATE_REGEX.findall(template):
        out.append(r"\s+".join(re.escape(x) for x in literal.split(" ")))
        if name:
            out.append(pieces[name])
    return "".join(out)


def _date_pattern(raws: list[dict]) -> str:
    suffixes = any_phrase(merge(raws, "day_suffixes"), ignore_case=False, bounded=False)
    time = _time_pattern(raws)
    time_joiners = any_phrase(merge(raws, "date_time_joiners"))
    formats = sorted(set(merge(raws, "date_formats")),
                     key=lambda f: (-f.count("{"), -len(f)))
    alts = []
    for i, fmt in enumerate(formats):
        pieces = {"day": rf"(?P<day{i}>[0-3]?\d)(?:{suffixes}(?!\w))?",
                  "day2": rf"[0-3]?\d(?:{suffixes}(?!\w))?",
                  "mnum": rf"(?P<mnum{i}>0?[1-9]|1[0-2])",
                  "month": rf"(?P<month{i}>{_month_alternation(raws)})",
                  "year": rf"(?P<year{i}>\d{{4}})(?!\d)"}
        body = _template_regex(fmt, pieces)
        if "{day}" in fmt:
            body += rf"(?:\s*(?:{time_joiners}\s*)?(?P<time{i}>{time})(?![\w:]))?"
        alts.append(rf"(?<![\w.,/-]){body}(?![\w/])")
    return "|".join(alts)
