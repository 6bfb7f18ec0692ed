"""Stage "normalise": read figures, shares, ranges, bounds and dates in French or English text.

Takes a text (or a slice of ``Article.text`` with its ``offset``) and a language ("fr", "en" or
"und"); gives ``Quantity`` and ``DateRef`` values whose offsets point back into the article, so that
``article.text[q.start:q.end] == q.text``.

All vocabulary lives in ``data/lang/<lang>/numbers.yaml`` (number words, magnitudes, fractions,
qualifiers, units, months...) and ``data/currencies.yaml``; this module turns those tables into
regular expressions once per language and reads figures with them:

    qualifier? opener? currency? CORE scale? unit? (joiner member)? trailing-qualifier? (of NOUN)?

where CORE is digits ("1,2", "9 800", "1.200.000"), number words ("quatre-vingt-dix", "a dozen")
or a fraction ("deux tiers", "half"). Spelled-out integers are read by a small table-driven parser
(see ``_WordState``) rather than text2num, which turns "trente pour cent" into "30 pour 100" and
does not know the French "billion".

Speed: the full patterns are tried only where a figure can start (digits, number words, month
names; see ``_candidates``), word lists are compiled as prefix tries (``_trie_regex``), and the
result for a text is cached, so ``find_dates`` after ``find_quantities`` on the same text is cheap.

Ranges "de X à Y" / "from X to Y" are read as ranges even when the sentence describes a change
("passé de 62 à 64 ans"); a fall ("de 33 à 31 millions") is not a range and gives two figures.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Iterable, Optional

from .model import DateRef, Quantity
from .units import lookup as lookup_unit
from .resources import lexicon, shared_data
from .text import normalise_punct, strip_accents

LANGUAGES = ("fr", "en")
YEAR_MIN, YEAR_MAX = 1800, 2100
_LEFT_WINDOW = 48            # how far back a qualifier, opener or currency may start
_SHARE_MAX_DENOMINATOR = 1000
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"   # a word of letters, hyphens inside
_NOT_WORD_BEFORE = r"(?<!\w)"
_NOT_WORD_AFTER = r"(?!\w)"


# --- small helpers ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _key(s: str) -> str:
    """Folded form of a word or phrase for table look-ups: no case, no accents, single spaces."""
    return " ".join(strip_accents(s).casefold().split())


def _variants(phrase: str) -> set[str]:
    """The phrase as written and without accents, so that "moitie" also finds "moitié"."""
    phrase = " ".join(str(phrase).split())
    return {phrase, strip_accents(phrase)} if phrase else set()


def _phrase_atoms(phrase: str, elisions: dict[str, str], bounded: bool) -> list[list[str]]:
    """A phrase as sequences of regex atoms (one per character, any spaces between words, then
    an end marker). A final elidable word ("de") gives a second sequence with its elided form
    ("d'") glued to what follows. ``bounded``: the phrase may not sit inside a longer word."""
    words = phrase.split()

    def atoms(ws: list[str], bound_end: bool) -> list[str]:
        out = [_NOT_WORD_BEFORE] if bounded and ws[0][:1].isalnum() else []
        for i, w in enumerate(ws):
            if i:
                out.append(r"\s+")
            out += [re.escape(c) for c in w]
        out.append(_NOT_WORD_AFTER if bound_end and ws[-1][-1:].isalnum() else "")
        return out

    sequences = [atoms(words, bounded)]
    last = _key(words[-1])
    if last in elisions and len(words) > 1:
        sequences.append(atoms(words[:-1] + [elisions[last]], False))
    return sequences


def _trie_regex(sequences: Iterable[list[str]]) -> str:
    """One regex for many atom sequences, factored by common prefixes: Python's ``re`` tries the
    branches of an alternation one by one, so a trie is many times faster than a flat list.
    Longer matches are tried first; the last atom of each sequence is its end marker."""
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

    return build(root)


def _alternation(phrases: Iterable[str], elisions: Optional[dict[str, str]] = None,
                 ignore_case: bool = True, bounded: bool = True) -> str:
    """One non-capturing group matching any of the phrases, as written or without accents."""
    elisions = elisions or {}
    seen = {v.lower() if ignore_case else v for p in phrases for v in _variants(p)}
    if not seen:
        return r"(?!x)x"          # matches nothing
    body = _trie_regex(seq for p in seen for seq in _phrase_atoms(p, elisions, bounded))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _fold_table(table: dict) -> dict:
    return {_key(str(k)): v for k, v in (table or {}).items()}


def _fold_set(items: Iterable) -> set[str]:
    return {_key(str(i)) for i in (items or [])}


# --- the per-language tables --------------------------------------------------------------------

@dataclass
class _Tables:
    """Everything one language needs, folded for look-up and compiled into regexes."""
    lang: str
    decimal: Optional[str]                       # "," or "."; None when unknown
    small: dict[str, int]                        # number words < 100
    hundreds: set[str]
    joiners: set[str]
    articles: set[str]
    lone_ignored: set[str]
    magnitudes: dict[str, int]
    approx_magnitudes: dict[str, int]
    abbreviations: dict[str, int]                # case-sensitive
    currency_abbreviations: dict[str, int]       # case-sensitive, only next to a currency
    fractions: dict[str, int]
    ordinal_fractions: set[str]
    fraction_articles: set[str]
    lone_fractions: set[str]
    lone_fraction_blockers: set[str]
    units: dict[str, str]
    qualifiers: dict[str, str]                   # folded phrase -> bound
    trailing: dict[str, str]
    ranges: dict[str, list[str]]                 # joiner -> openers ("" = optional)
    range_blockers: set[str]                     # words before a figure that make "X to Y" a change ("by")
    modifiers: set[str]
    not_nouns: set[str]
    year_markers: set[str]
    plurals: set[str]                            # plurals without -s/-x ("people")
    magnitude_nouns: set[str]                    # "million": a noun, takes "de" before what it counts
    months: dict[str, int]
    date_prepositions: dict[str, str]
    currency_symbols: dict[str, str]
    currency_codes: dict[str, str]
    currency_words: dict[str, str]
    label_exceptions: set[str] = field(default_factory=set)   # capitalised words before a figure
    written: dict[str, set[str]] = field(default_factory=dict)   # phrases as written, for regexes
    rx: dict[str, re.Pattern] = field(default_factory=dict)   # compiled patterns
    starters: set[str] = field(default_factory=set)        # words that may open a figure
    weak_starters: set[str] = field(default_factory=set)   # "un", "la", "a": only before a follower
    followers: set[str] = field(default_factory=set)       # "million", "tiers", "sur"...
    month_starters: set[str] = field(default_factory=set)
    qualifier_tails: set[str] = field(default_factory=set)  # last words of the qualifiers
    currency_tails: set[str] = field(default_factory=set)   # last characters of symbols and codes


def _merge(raws: list[dict], key: str):
    """One table from one or more lexicons (dicts merged, lists joined; the last wins)."""
    values = [r.get(key) for r in raws if r.get(key) is not None]
    if not values:
        return {}
    if isinstance(values[0], dict):
        out: dict = {}
        for v in values:
            out.update(v)
        return out
    if isinstance(values[0], list):
        out_list: list = []
        for v in values:
            out_list += [x for x in v if x not in out_list]
        return out_list
    return values[-1]


def _raw_lexicons(lang: str) -> list[dict]:
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    return [lexicon(code, "numbers") for code in langs]


def _language(lang: Optional[str]) -> str:
    """"fr", "FR", "fr-CA", "fr_FR" -> "fr"; anything not known -> "und" (both lexicons)."""
    code = re.split(r"[-_]", (lang or "").strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else "und"


@functools.lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    raws = _raw_lexicons(lang)
    cur = shared_data("currencies")
    elisions = _fold_table(_merge(raws, "elisions"))
    qualifiers = _with_elided_forms(
        {_key(p): bound for bound, ps in _merge(raws, "qualifiers").items() for p in ps}, elisions)
    trailing = {_key(p): bound for bound, ps in _merge(raws, "trailing_qualifiers").items() for p in ps}
    ranges: dict[str, list[str]] = {}
    for raw in raws:
        for joiner, openers in (raw.get("ranges") or {}).items():
            ranges.setdefault(_key(joiner), [])
            ranges[_key(joiner)] += [_key(o) for o in openers]
    aliases = cur.get("code_aliases") or {}
    words = {_key(w): code for code, ws in (cur.get("words") or {}).items() for w in ws}
    t = _Tables(
        lang=lang,
        decimal=(raws[0].get("separators") or {}).get("decimal") if len(raws) == 1 else None,
        small=_fold_table(_merge(raws, "number_words")),
        hundreds=_fold_set(_merge(raws, "hundreds")),
        joiners=_fold_set(_merge(raws, "number_joiners")),
        articles=_fold_set(_merge(raws, "articles_as_one")),
        lone_ignored=_fold_set(_merge(raws, "lone_words_ignored")),
        magnitudes=_fold_table(_merge(raws, "magnitudes")),
        approx_magnitudes=_fold_table(_merge(raws, "approximate_magnitudes")),
        abbreviations={str(k): v for k, v in _merge(raws, "scale_abbreviations").items()},
        currency_abbreviations={str(k): v for k, v in _merge(raws, "currency_scale_abbreviations").items()},
        fractions=_fold_table(_merge(raws, "fractions")),
        ordinal_fractions=_fold_set(_merge(raws, "ordinal_fractions")),
        fraction_articles=_fold_set(_merge(raws, "fraction_articles")),
        lone_fractions=_fold_set(_merge(raws, "lone_fractions")),
        lone_fraction_blockers=_fold_set(_merge(raws, "lone_fraction_blockers")),
        units=_fold_table(_merge(raws, "units")),
        qualifiers=qualifiers,
        trailing=trailing,
        ranges=ranges,
        range_blockers=_fold_set(_merge(raws, "range_blockers")),
        modifiers=_fold_set(_merge(raws, "noun_modifiers")),
        not_nouns=_fold_set(_merge(raws, "not_nouns")),
        year_markers=_fold_set(_merge(raws, "year_markers")),
        plurals=_fold_set(_merge(raws, "plurals_without_s")),
        magnitude_nouns=_fold_set(_merge(raws, "magnitude_nouns")),
        months=_fold_table(_merge(raws, "months")),
        date_prepositions=_fold_table(_merge(raws, "date_prepositions")),
        currency_symbols={str(k): v for k, v in (cur.get("symbols") or {}).items()},
        currency_codes={c: aliases.get(c, c) for c in (cur.get("codes") or [])},
        currency_words=words,
    )
    t.written = _written_forms(raws, cur)
    t.label_exceptions = (set(t.qualifiers) | {_key(w) for p in t.qualifiers for w in p.split()}
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
        table = _merge(raws, name)
        if name in ("qualifiers", "trailing_qualifiers"):
            out[name] = {str(p) for phrases in table.values() for p in phrases}
        else:
            out[name] = {str(p) for p in table}
    out["currency_words"] = {str(w) for ws in (cur.get("words") or {}).values() for w in ws}
    for raw in raws:
        for joiner, openers in (raw.get("ranges") or {}).items():
            out.setdefault("joiner:" + _key(joiner), set()).add(str(joiner))
            out.setdefault("opener:" + _key(joiner), set()).update(str(o) for o in openers if o)
    return out


def _with_elided_forms(table: dict[str, str], elisions: dict[str, str]) -> dict[str, str]:
    """Also key "plus d'" when the table has "plus de"."""
    out = dict(table)
    for phrase, value in table.items():
        head, _, last = phrase.rpartition(" ")
        if head and last in elisions:
            out.setdefault(f"{head} {_key(elisions[last])}", value)
    return out


def _candidate_words(t: _Tables, raws: list[dict]) -> None:
    """Words worth trying the full patterns at (the patterns are too slow to search everywhere)."""
    w = t.written
    weak = w["fraction_articles"] | w["articles_as_one"] | w["lone_words_ignored"]
    followers = (w["fractions"] | w["magnitudes"] | w["hundreds"] | w["approximate_magnitudes"]
                 | {str(c).split()[0] for c in w["share_connectors"]})
    starters = {x for x in _number_word_tokens(t) | w["number_words"] | w["lone_fractions"]
                if _key(x) not in _fold_set(weak)}
    months = {str(m) for m in _merge(raws, "months")}
    shares_after_noun = {str(c) for c in _merge(raws, "share_connectors_after_noun")}
    t.weak_starters = _fold_set(weak)
    t.followers = _fold_set(followers)
    t.starters = _fold_set(starters)
    t.month_starters = _fold_set(months)
    letter_after = r"(?![^\W\d_])"
    # no look-behind in front, so that ``re`` can skip ahead to the possible first letters; the
    # word boundary before a match is checked by ``_candidates``
    t.rx["candidate_words"] = re.compile(
        rf"(?P<weak>{_plain_trie(weak)})"
        rf"(?=[\s-]+{_plain_trie(followers)}{letter_after}|\s+[^\W\d_]+\s+{_plain_trie(shares_after_noun)}\s)"
        rf"{letter_after}|(?P<word>{_plain_trie(starters | months)}){letter_after}")
    t.qualifier_tails = {_tail_key(p.split()[-1]) for p in t.qualifiers} | {
        _tail_key(e) for e in _merge(raws, "elisions").values()}
    t.currency_tails = {w[-1] for w in list(t.currency_symbols) + list(t.currency_codes)}


def _plain_trie(words: Iterable[str]) -> str:
    """Words as a regex for the lowered text."""
    return _alternation({w.lower() for w in words}, ignore_case=False, bounded=False)


def _tail_key(chunk: str) -> str:
    """Folded last piece of what stands before a figure: "qu'environ" -> "environ", "d'" -> "d'"."""
    key = _key(chunk).lstrip("([{\"«")
    if "'" in key[:-1]:
        key = key.rsplit("'", 1)[1]
    return key


def _last_chunk(norm: str, pos: int, floor: int) -> str:
    seg = norm[max(floor, pos - 24):pos].rstrip()
    return _tail_key(seg.rsplit(None, 1)[-1]) if seg else ""


# --- regex construction -------------------------------------------------------------------------

def _compile(t: _Tables, raws: list[dict]) -> None:
    elisions = _fold_table(_merge(raws, "elisions"))
    r = t.rx
    r["core"] = re.compile(_core_pattern(t))
    r["currency_before"] = re.compile(_currency_before_pattern(t) + r"\s?\Z")
    r["currency_lead"] = re.compile(_currency_before_pattern(t) + r"\s?")
    r["currency_after"] = re.compile(_currency_after_pattern(t, raws))
    w = t.written
    r["scale_word"] = re.compile(r"\s+(?P<w>" + _alternation(w["magnitudes"]) + ")")
    r["scale_abbr"] = re.compile(r"\s?(?P<w>" + _alternation(t.abbreviations, ignore_case=False, bounded=False)
                                 + r")(?![^\W\d_])")
    r["currency_abbr"] = re.compile(r"\s?(?P<w>" + _alternation(t.currency_abbreviations, ignore_case=False, bounded=False)
                                    + r")(?![^\W\d_])")
    r["unit"] = re.compile(r"\s*(?P<w>" + _alternation(w["units"], elisions) + ")")
    connectors = _connector_alternation(_merge(raws, "count_connectors"))
    r["noun"] = re.compile(rf"(?P<conn>\s*{connectors})?\s*(?P<w>{_WORD})(?!')")
    r["of"] = re.compile(r"\s*" + _connector_alternation(_merge(raws, "of_connectors")))
    r["word"] = re.compile(rf"[ \t]*(?P<w>{_WORD})(?P<poss>'s\b)?")
    r["share"] = re.compile(r"\s+" + _alternation(w["share_connectors"]) + r"\s+")
    r["share_after_noun"] = re.compile(r"\s+" + _alternation(_merge(raws, "share_connectors_after_noun")) + r"\s+")
    r["glued_unit"] = re.compile("(?P<w>" + _alternation(w["units"], bounded=False) + r")(?![^\W\d_])")
    r["qualifier"] = re.compile("(?P<q>" + _alternation(w["qualifiers"], elisions) + r")\s*\Z")
    r["trailing"] = re.compile(r"(?:\s+|\s*-)(?P<q>" + _alternation(w["trailing_qualifiers"]) + ")")
    r["joiner"] = re.compile(_joiner_pattern(t))
    r["openers"] = {j: re.compile("(?P<o>" + _alternation(w.get("opener:" + j, ())) + r")\s+\Z")
                    for j in t.ranges}
    # "half a million", "a quarter of a billion", "un quart de milliard"
    ordinal_endings = _merge(raws, "ordinal_endings")
    if ordinal_endings:
        r["ordinal_after"] = re.compile(r"(?:[\s-]+(?:et[\s-]+|and[\s-]+)?|-)[a-z]*(?:" + "|".join(
            re.escape(e) for e in sorted(ordinal_endings, key=len, reverse=True)) + r")(?!\w)", re.I)
    points = _merge(raws, "decimal_points")
    if points:
        r["decimal_point"] = re.compile(r"\s+(?:" + "|".join(re.escape(p) for p in points) + r")\s+", re.I)
    half_after = _merge(raws, "half_after")
    if half_after:
        r["half_after"] = re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in sorted(half_after, key=len, reverse=True))
                                     + r")(?!\w)", re.I)
    half_joiner = _merge(raws, "half_joiners")
    if half_joiner:
        r["half_before"] = re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in half_joiner) + r")\s+", re.I)
    r["half_of_magnitude"] = re.compile(r"\s+(?:(?:of|de)\s+|d['\u2019]\s*)?(?:" + _alternation(w["articles_as_one"])
                                        + r"\s+)?(?P<w>" + _alternation(w["magnitudes"]) + r")(?!\w)")
    r["after_fraction"] = re.compile(r"\s*(?:[^\w\s]|\Z)")
    r["lone_fraction_follower"] = re.compile(r"\s+" + _alternation(_merge(raws, "lone_fraction_followers")))
    r["date"] = re.compile(_date_pattern(raws))
    r["time"] = re.compile(_NOT_WORD_BEFORE + _time_pattern(raws) + r"(?![\w:])")


def _connector_alternation(phrases: Iterable[str]) -> str:
    """Connectors before a noun: "de" needs a space after it, "d'" and "l'" glue to the noun."""
    alts = []
    for p in sorted({v for p in phrases for v in _variants(p)}, key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(w) for w in p.split())
        alts.append(_NOT_WORD_BEFORE + body + ("" if p.endswith("'") else r"\s+"))
    return "(?i:" + "|".join(alts) + ")" if alts else r"(?!x)x"


def _number_word_tokens(t: _Tables) -> set[str]:
    """Single words that may appear inside a spelled-out number (compounds split at hyphens)."""
    w = t.written
    words = w["number_words"] | w["hundreds"] | w["magnitudes"] | w["approximate_magnitudes"]
    return {part for word in words for part in re.split(r"[\s-]+", word) if part}


def _protected_lookbehinds(t: _Tables) -> str:
    """Keep "cent" of "pour cent" (and the like) from being read as a number word."""
    tokens = _fold_set(_number_word_tokens(t))
    out = []
    for phrase in t.written["units"]:
        parts = re.split(r"([\s-]+)", phrase)
        if len(parts) >= 3 and _key(parts[-1]) in tokens:
            prefix = "".join(parts[:-2])
            for sep in (" ", "-"):
                out.append(f"(?<!{re.escape(prefix + sep)})")
    return "".join(sorted(set(out)))


def _core_pattern(t: _Tables) -> str:
    tokens = _number_word_tokens(t)
    tok = _alternation(tokens) + _NOT_WORD_AFTER
    w = t.written
    joiners = _alternation(w["number_joiners"])
    numerators = _alternation(w["number_words"] | w["fraction_articles"])
    fraction = (rf"(?P<frac>{_NOT_WORD_BEFORE}(?:(?P<fnum>{numerators})[\s-]+)?"
                rf"(?P<fden>{_alternation(w['fractions'])}){_NOT_WORD_AFTER})")
    groups = r"[ .,']"
    digits = (r"(?P<num>(?<![\w.,])(?<![^\W\d_]-)(?P<sign>[-+\u2212](?=\d))?"
              rf"(?:\d{{1,3}}(?P<g>{groups})\d{{3}}(?:(?P=g)\d{{3}})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
              r"(?![.,]?\d))")
    big = _alternation(w["magnitudes"] | w["hundreds"] | w["approximate_magnitudes"])
    article = rf"(?:{_alternation(w['articles_as_one'])}\s+(?={big}{_NOT_WORD_AFTER}))?"
    words = (rf"(?P<words>{_NOT_WORD_BEFORE}{_protected_lookbehinds(t)}{article}"
             rf"{tok}(?:(?:\s+|-)(?:{joiners}(?:\s+|-))?{tok})*)")
    return f"{fraction}|{digits}|{words}"


def _currency_before_pattern(t: _Tables) -> str:
    symbols = _alternation(t.currency_symbols, ignore_case=False)
    codes = _alternation(t.currency_codes, ignore_case=False)
    return f"(?P<cur>{codes}|{symbols})"


def _currency_after_pattern(t: _Tables, raws: list[dict]) -> str:
    symbols = _alternation(t.currency_symbols, ignore_case=False)
    codes = _alternation(t.currency_codes, ignore_case=False)
    words = _alternation(t.written["currency_words"])
    connectors = _connector_alternation(_merge(raws, "count_connectors"))
    return (rf"(?:(?P<conn>\s*{connectors})?\s*(?P<cw>{words})|\s?(?P<cs>{symbols})|"
            rf"\s(?P<cc>{codes}))")


def _joiner_pattern(t: _Tables) -> str:
    alts = []
    for j in sorted(t.ranges, key=len, reverse=True):
        if j[:1].isalnum():
            alts.append(r"\s+" + _alternation(t.written["joiner:" + j]) + r"\s+")
        else:
            alts.append(r"\s*" + re.escape(j) + r"\s*")
    return "(?P<j>" + "|".join(alts) + ")"


def _month_alternation(raws: list[dict]) -> str:
    parts = []
    for raw in raws:
        names = list((raw.get("months") or {}).keys())
        if names:
            parts.append(_alternation(names, ignore_case=not raw.get("months_case_sensitive")))
    return "(?:" + "|".join(parts) + r")\.?" if parts else r"(?!x)x"


def _time_pattern(raws: list[dict]) -> str:
    ampm = _alternation(_merge(raws, "ampm"), bounded=False)
    pieces = {"hour": r"(?:[01]?\d|2[0-3])", "minute": r"[0-5]\d", "ampm": ampm}
    formats = sorted(set(_merge(raws, "time_formats")), key=len, reverse=True)
    return "(?:" + "|".join(_template_regex(f, pieces) for f in formats) + ")" if formats else r"(?!x)x"


def _template_regex(template: str, pieces: dict[str, str]) -> str:
    """"{day} {month}, {year}" -> regex: placeholders from ``pieces``, spaces -> \\s+, rest literal."""
    out = []
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
        out.append(r"\s+".join(re.escape(x) for x in literal.split(" ")))
        if name:
            out.append(pieces[name])
    return "".join(out)


def _date_pattern(raws: list[dict]) -> str:
    suffixes = _alternation(_merge(raws, "day_suffixes"), ignore_case=False, bounded=False)
    time = _time_pattern(raws)
    time_joiners = _alternation(_merge(raws, "date_time_joiners"))
    formats = sorted(set(_merge(raws, "date_formats")),
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


# --- digits -------------------------------------------------------------------------------------

MAX_DIGITS = 30


def _valid_groups(int_part: str, sep: str) -> bool:
    groups = int_part.split(sep)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _parse_digits(token: str, decimal: Optional[str]) -> Optional[Fraction]:
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
    value: int
    end: int                    # end offset of the last word used
    scale: Optional[str]        # last magnitude word as written
    approximate: bool
    tokens: int                 # how many words were used
    kinds: list[str]


def _classify_word(key: str, t: _Tables) -> Optional[tuple[str, int]]:
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
            for m in re.finditer(r"[^\s-]+", norm[start:end])]


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


def _read_number_words(norm: str, start: int, end: int, t: _Tables) -> Optional[_Words]:
    """The longest valid spelled-out number at the start of norm[start:end]."""
    words = _split_words(norm, start, end)
    state, best, kinds = _WordState(), None, []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 3), i, -1):
            found = _classify_word(_key("-".join(w for w, _, _ in words[i:j])), t)
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


def _is_lone_word(w: _Words, norm: str, start: int, t: _Tables) -> bool:
    """Words that are not a figure on their own: "un", "one", "millions", "centaines"."""
    if w.tokens != 1:
        return False
    key = _key(norm[start:w.end])
    if key in t.lone_ignored:
        return True
    if w.kinds[0] == "approx":
        return True
    return w.kinds[0] == "mag" and w.value != 1000


# --- one member: a figure with its scale and unit -----------------------------------------------

@dataclass
class _Member:
    start: int
    end: int
    value: Fraction
    raw: Fraction                    # value before the scale
    kind: str                        # digits | words | fraction | share
    scale: Optional[str] = None
    factor: Optional[int] = None
    unit: Optional[str] = None
    unit_kind: Optional[str] = None  # currency | unit | noun | ratio
    approximate: bool = False
    year_like: bool = False
    currency_before: bool = False
    core_end: int = 0
    of: Optional[str] = None          # "un Français sur trois" -> "Français"


def _read_core(norm: str, m: re.Match, t: _Tables) -> Optional[_Member]:
    if m.group("frac"):
        return _read_fraction(norm, m, t)
    if m.group("num"):
        return _read_digits(norm, m, t)
    return _read_words_core(norm, m, t)


def _read_digits(norm: str, m: re.Match, t: _Tables) -> Optional[_Member]:
    token = m.group("num")
    value = _parse_digits(token, t.decimal)
    if value is None:
        return None
    year_like = token.isdigit() and len(token) == 4 and YEAR_MIN <= int(token) <= YEAR_MAX
    return _Member(m.start("num"), m.end("num"), value, value, "digits",
                   year_like=year_like, core_end=m.end("num"))


def _read_words_core(norm: str, m: re.Match, t: _Tables) -> Optional[_Member]:
    w = _read_number_words(norm, m.start("words"), m.end("words"), t)
    if w is None:
        return None
    value = w.value
    member = _Member(m.start("words"), w.end, value, value, "words", approximate=w.approximate,
                     core_end=w.end)
    if w.scale and any(k in ("mag", "approx") for k in w.kinds):
        member.scale = w.scale
        member.factor = t.magnitudes.get(_key(w.scale)) or t.approx_magnitudes.get(_key(w.scale))
        member.raw = Fraction(value, member.factor)
    if _is_lone_word(w, norm, m.start("words"), t):
        member.kind = "lone"
    return member


def _read_fraction(norm: str, m: re.Match, t: _Tables) -> Optional[_Member]:
    den_word = _key(m.group("fden"))
    denominator = t.fractions[den_word]
    num_word = _key(m.group("fnum") or "")
    end = m.end("fden")
    if not num_word:
        follower = t.rx["lone_fraction_follower"].match(norm, end)
        if den_word not in t.lone_fractions or not follower:
            return None
        if _word_before(norm, m.start("frac")) in t.lone_fraction_blockers:
            return None                               # "the second half of the year"
        numerator = 1
    elif num_word in t.fraction_articles:
        numerator = 1
        if den_word in t.ordinal_fractions and not (t.rx["of"].match(norm, end)
                                                    or t.rx["after_fraction"].match(norm, end)):
            return None
    else:
        numerator = t.small.get(num_word, 1)
    if numerator >= denominator:
        return None                                   # "vingt half", "five thirds"
    value = Fraction(numerator, denominator)
    member = _Member(m.start("frac"), end, value, value, "fraction", unit="ratio",
                     unit_kind="ratio", core_end=end)
    big = t.rx["half_of_magnitude"].match(norm, end)     # "half a million"
    if big:
        factor = t.magnitudes[_key(big.group("w"))]
        member.kind, member.unit, member.unit_kind = "digits", None, None
        member.value, member.scale, member.factor, member.end = value * factor, big.group("w"), factor, big.end()
    return member


def _read_share(norm: str, member: _Member, t: _Tables) -> Optional[_Member]:
    """"one in five", "1 in 5", "un sur cinq" -> the ratio 0.2."""
    if member.kind not in ("digits", "words", "lone") or member.value.denominator != 1 or member.factor:
        return None
    if not 1 <= member.value <= 100:
        return None
    sm, of = t.rx["share"].match(norm, member.end), None
    if not sm:                                        # "un Français sur trois"
        wm = t.rx["word"].match(norm, member.end)
        sm = wm and t.rx["share_after_noun"].match(norm, wm.end())
        if not sm or _key(wm.group("w")) in t.not_nouns:
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
    return _Member(member.start, other.end, value, value, "share", unit="ratio", unit_kind="ratio",
                   core_end=other.end, of=of)


def _read_scale(norm: str, member: _Member, t: _Tables) -> None:
    """Digits followed by a magnitude: "1,2 milliard", "$1.2bn", "£350m" (m only with a currency)."""
    if member.kind != "digits" or member.factor:
        return
    pos = member.end
    sm = t.rx["scale_word"].match(norm, pos) or t.rx["scale_abbr"].match(norm, pos)
    if sm and sm.group().startswith((" ", "\t")) and norm[sm.end():sm.end() + 1] == ".":
        sm = None                                     # "5 M. Dupont": Monsieur, not million
    if sm:
        word = sm.group("w")
        factor = t.magnitudes.get(_key(word)) or t.abbreviations.get(word)
    else:
        sm = t.rx["currency_abbr"].match(norm, pos)
        if not sm or not (member.currency_before or _currency_follows(norm, sm.end(), t)):
            return
        word = sm.group("w")
        factor = t.currency_abbreviations[word]
    member.scale, member.factor, member.end = word, factor, sm.end()
    member.value = member.raw * factor
    _read_more_magnitudes(norm, member, t)


def _read_more_magnitudes(norm: str, member: _Member, t: _Tables) -> None:
    """"1 000 milliards": a second magnitude word multiplies when it is larger."""
    sm = t.rx["scale_word"].match(norm, member.end)
    if sm:
        factor = t.magnitudes[_key(sm.group("w"))]
        if factor > (member.factor or 1):
            member.value *= factor
            member.factor = (member.factor or 1) * factor
            member.scale, member.end = sm.group("w"), sm.end()


def _currency_follows(norm: str, pos: int, t: _Tables) -> bool:
    cm = t.rx["currency_after"].match(norm, pos)
    return bool(cm and (cm.group("cs") or cm.group("cc")))


def _read_unit(norm: str, member: _Member, t: _Tables) -> None:
    """The unit after the figure: percent words, a currency, or the counted noun."""
    if member.unit or member.kind in ("fraction", "share"):
        return
    um = t.rx["unit"].match(norm, member.end)
    if um:
        member.unit, member.unit_kind, member.end = t.units[_key(um.group("w"))], "unit", um.end()
        return
    if not member.currency_before and _read_currency_after(norm, member, t):
        return
    if member.currency_before:
        return
    _read_noun(norm, member, t)


def _read_currency_after(norm: str, member: _Member, t: _Tables) -> bool:
    cm = t.rx["currency_after"].match(norm, member.end)
    if not cm or (cm.group("conn") and not member.factor):
        return False
    if cm.group("cw"):
        code = t.currency_words[_key(cm.group("cw"))]
    elif cm.group("cs"):
        code = t.currency_symbols[cm.group("cs")]
    else:
        code = t.currency_codes[cm.group("cc")]
    member.unit, member.unit_kind, member.end = code, "currency", cm.end()
    return True


def _read_noun(norm: str, member: _Member, t: _Tables) -> None:
    """The counted noun: "3 200 personnes", "5,7 millions d'obus", "20 new cranes"."""
    pos = member.end
    for _ in range(3):
        nm = t.rx["noun"].match(norm, pos)
        if not nm or (nm.group("conn") and not member.factor):
            return
        if not nm.group("conn") and member.scale and _key(member.scale) in t.magnitude_nouns:
            return                                    # "500 millions financés": French needs "de"
        word = nm.group("w")
        key = _key(word)
        if key in t.modifiers and not nm.group("conn"):
            pos = nm.end()
            continue
        measure = lookup_unit(word)
        if measure and measure.family != "duration" and not nm.group("conn"):
            member.unit, member.unit_kind, member.end = measure.symbol, "noun", nm.end()
            return                                    # "17.8 TWh", "2 gigawatts", "12 km" (durations stay as written)
        if not word[:1].islower() or key in t.not_nouns or word.lower() in _RESERVED_UNITS:
            return
        member.unit, member.unit_kind, member.end = word.lower(), "noun", nm.end()
        nxt = _COMPOUND_TAIL.match(norm, nm.end())
        after = _NEXT_WORD.match(norm, nm.end())
        if after and word.endswith("ed") and not nm.group("conn") and _key(after.group(1)) not in t.not_nouns:
            member.unit, member.end = after.group(1), after.end()   # "3,000 unaccompanied children"
            return
        if nxt and not nm.group("conn") and _key(nxt.group(1)) not in t.not_nouns and not word.endswith("s"):
            member.unit, member.end = f"{word.lower()} {nxt.group(1)}", nxt.end()   # "6 million artillery shells"
        return


_NEXT_WORD = re.compile(r" ([a-z]{3,})(?![\w'])")

# the plural head of an English noun compound after a modifier noun: "artillery shells", "bus trips"
_COMPOUND_TAIL = re.compile(r" ([a-z]{3,}s)(?![\w'])")

# unit names with a meaning of their own: never taken as a counted noun ("2 ratio")
_RESERVED_UNITS = {"percent", "ratio", "times", "year", "percentage points", "basis points"}


def _head_noun(norm: str, pos: int, t: _Tables) -> Optional[str]:
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
        if word[:1].isupper() and not (proper == [] and _key(word) in t.not_nouns):
            proper.append(word)
            continue
        if proper:
            break
        key = _key(word)
        if key in t.not_nouns or key in t.modifiers:
            continue
        return word
    return " ".join(proper) if proper else None


def _read_member(norm: str, m: re.Match, t: _Tables, floor: int) -> Optional[_Member]:
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
        um = t.rx["glued_unit"].match(norm, member.end)      # "0.4pc"
        if not um:
            return None                            # "5G", "3D", "2e", "1990s"
        member.unit, member.unit_kind, member.end = t.units[_key(um.group("w"))], "unit", um.end()
    _read_unit(norm, member, t)
    if _is_label(norm, member, t):
        return None
    return member


_LABEL_BEFORE = re.compile(r"(?P<w>[^\W\d_][\w.'-]*)[ \t]\Z")


def _is_label(norm: str, member: _Member, t: _Tables) -> bool:
    """A number that names rather than counts: "FTSE 100", "Route 66", "Article 49.3", "Windows 11"
    (a capitalised word right before it that is not a qualifier, article or preposition)."""
    if member.kind != "digits" or member.year_like or member.factor or member.currency_before:
        return False
    if member.unit_kind in ("currency", "unit"):
        return False
    wm = _LABEL_BEFORE.search(norm, max(0, member.start - 30), member.start)
    if not wm or not any(c.isupper() for c in wm.group("w")):
        return False
    key = _key(wm.group("w"))
    return key not in t.not_nouns and key not in t.label_exceptions


def _read_member_forward(norm: str, pos: int, t: _Tables) -> Optional[_Member]:
    """The second member of a range, which may open with its own currency ("$5bn to $6bn")."""
    lead = t.rx["currency_lead"].match(norm, pos)
    core_pos = lead.end() if lead else pos
    cm = t.rx["core"].match(norm, core_pos)
    if not cm:
        return None
    member = _read_member(norm, cm, t, floor=pos)
    if member is None:
        return None
    if lead and not member.currency_before:
        member.unit, member.unit_kind, member.currency_before = _currency_code(lead.group("cur"), t), "currency", True
        member.start = pos
    return member


def _currency_code(written: str, t: _Tables) -> str:
    return t.currency_symbols.get(written) or t.currency_codes.get(written) or written


# --- ranges, qualifiers, shares -----------------------------------------------------------------

@dataclass
class _Found:
    """A quantity being assembled: one member or a range of two."""
    first: _Member
    second: Optional[_Member] = None
    start: int = 0
    end: int = 0
    bound: str = "about"
    hedged: bool = False
    of: Optional[str] = None


def _read_range(norm: str, first: _Member, t: _Tables, original: str,
                blocked: "_Blocked") -> Optional[tuple[_Member, str]]:
    """"entre 5,6 et 9,8 milliards", "from 3 to 5", "10-15 %" -> (second member, joiner)."""
    jm = t.rx["joiner"].match(norm, first.end)
    if not jm:
        return None
    joiner = _key(jm.group("j"))
    if joiner == "-" and " " in jm.group("j") and "\u2013" not in original[jm.start():jm.end()]:
        return None                                   # a spaced hyphen or dash is punctuation
    if blocked.covers(jm.end()):
        return None
    second = _read_member_forward(norm, jm.end(), t)
    if second is None or second.kind == "share":
        return None
    return second, joiner


def _combine_range(first: _Member, second: _Member) -> bool:
    """Give the first member the scale and unit of the second; True when a valid range results."""
    if first.year_like and first.unit is None and not second.year_like and (second.factor or second.unit_kind == "currency"):
        return False                                  # "in 2024 to £1.1 billion": a year, then a figure
    if first.unit_kind == "noun" and first.unit != second.unit:
        return False
    if (first.unit_kind == "ratio") != (second.unit_kind == "ratio"):
        return False                                  # "1 à la moitié": a count and a share
    if first.unit and not second.unit:
        return False                                  # "rose by 2.3% to 66.5 TWh": a change, then a level
    if first.unit and second.unit and first.unit != second.unit:
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


def _is_fall(first: _Member, second: _Member) -> bool:
    """"passé de 33 à 31 millions d'euros": a change from a larger figure written without its scale."""
    return (first.kind == second.kind == "digits" and first.factor is None and second.factor is not None
            and first.unit is None and second.raw < first.raw < 10 * second.raw)


def _share_scale(first: _Member, second: _Member) -> None:
    """The first figure of a fall takes the scale and unit of the second (33 -> 33 millions d'euros)."""
    first.value, first.factor, first.scale = first.raw * second.factor, second.factor, second.scale
    first.unit, first.unit_kind = second.unit, second.unit_kind


def _opener_before(norm: str, pos: int, joiner: str, t: _Tables, floor: int) -> Optional[int]:
    """Start of the opener ("entre", "between", "from") when the joiner needs or allows one;
    ``pos`` itself when the opener may be missing; None when a required opener is missing."""
    openers = t.ranges.get(joiner, [])
    rx = t.rx["openers"].get(joiner)
    om = rx.search(norm, max(floor, pos - _LEFT_WINDOW), pos) if rx else None
    if om:
        return om.start()
    return pos if "" in openers else None


def _last_word(norm: str, pos: int, floor: int) -> str:
    """The word just before ``pos`` (after ``floor``), folded as the tables are."""
    m = re.search(r"(\w+)\W*$", norm[max(floor, pos - 20):pos])
    return m.group(1) if m else ""


def _qualifier_before(norm: str, pos: int, t: _Tables, floor: int) -> Optional[re.Match]:
    if _last_chunk(norm, pos, floor) not in t.qualifier_tails:
        return None
    return t.rx["qualifier"].search(norm, max(floor, pos - _LEFT_WINDOW), pos)


def _assemble(norm: str, original: str, m: re.Match, t: _Tables, floor: int,
              blocked: "_Blocked") -> Optional[_Found]:
    first = _read_member(norm, m, t, floor)
    if first is None:
        return None
    found = _Found(first, start=first.start, end=first.end)
    rng = _read_range(norm, first, t, original, blocked)
    if rng:
        second, joiner = rng
        trial = replace(first)
        opener = _opener_before(norm, first.start, joiner, t, floor)
        if opener == first.start and _last_word(norm, first.start, floor) in t.range_blockers:
            opener = None                 # "fell by 10,000 to 728,000": a change, then the new level
        if opener is not None and _combine_range(trial, second):
            found = _Found(trial, second, start=opener, end=second.end)
        elif _is_fall(first, second):
            _share_scale(first, second)
    qm = _qualifier_before(norm, found.start, t, floor)
    if qm:
        found.bound = t.qualifiers[_key(qm.group("q"))]
        found.hedged = found.bound == "about"
        found.start = qm.start()
    tm = t.rx["trailing"].match(norm, found.end)
    if tm:
        bound = t.trailing[_key(tm.group("q"))]
        if not qm:
            found.bound, found.hedged = bound, bound == "about"
        found.end = tm.end()
    if found.first.unit in ("ratio", "percent"):
        found.of = _of_what(norm, found, t)
    return found


def _of_what(norm: str, found: _Found, t: _Tables) -> Optional[str]:
    om = t.rx["of"].match(norm, found.end)
    if om:
        return _head_noun(norm, om.end(), t)
    if found.first.of:
        return found.first.of
    if found.first.kind == "share":                  # "one in five adults"
        nm = t.rx["word"].match(norm, found.end)
        word = nm.group("w") if nm else ""
        if word[:1].islower() and _key(word) not in t.not_nouns and _looks_plural(word, t):
            return word
    return None


# --- years: a date or a count? ------------------------------------------------------------------

def _word_before(norm: str, pos: int) -> str:
    m = re.search(r"([^\W\d_]+)['\s]*\Z", norm[max(0, pos - 30):pos])
    return _key(m.group(1)) if m else ""


def _is_year(found: _Found, norm: str, t: _Tables) -> bool:
    """A plain "2025" is a year unless it carries a currency, a percent sign, a scale, or counts a
    noun without a year marker before it ("2000 soldats" but "le budget 2026", "in 2025 revenue")."""
    first = found.first
    if found.second is not None or not first.year_like or first.factor:
        return False
    if first.unit_kind in ("currency", "unit", "ratio"):
        return False
    if first.unit_kind == "noun":
        before = _word_before(norm, first.start)
        if before in t.year_markers or before in t.date_prepositions:
            return True
        return not _looks_plural(first.unit, t)          # "2025 rise" is a year, "2000 soldiers" a count
    return True


def _looks_plural(noun: str, t: _Tables) -> bool:
    return noun.endswith(("s", "x")) or _key(noun) in t.plurals


# --- dates and times that block figures ---------------------------------------------------------

class _Blocked:
    """Sorted, non-overlapping spans (dates, times) where no figure may start."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def end_of(self, pos: int) -> Optional[int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i][1]
        return None

    def covers(self, pos: int) -> bool:
        return self.end_of(pos) is not None


@dataclass
class _DateMatch:
    start: int
    end: int
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]


def _date_matches(norm: str, t: _Tables, starts: list[int]) -> list[_DateMatch]:
    out: list[_DateMatch] = []
    rx, end = t.rx["date"], 0
    for start in starts:
        m = rx.match(norm, start) if start >= end else None
        if not m:
            continue
        end = m.end()
        groups = {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v is not None}
        year = int(groups["year"]) if "year" in groups else None
        if "month" in groups:
            month = t.months.get(_key(groups["month"].rstrip(".")))
        else:
            month = int(groups["mnum"]) if "mnum" in groups else None
        day = int(groups["day"]) if "day" in groups else None
        if month is None or not _valid_day(year, month, day):
            continue
        out.append(_DateMatch(m.start(), m.end(), year, month, day))
    return out


def _valid_day(year: Optional[int], month: int, day: Optional[int]) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def _blocked_spans(norm: str, t: _Tables, dates: list[_DateMatch], starts: list[int]) -> _Blocked:
    spans = [(d.start, d.end) for d in dates]
    rx = t.rx["time"]
    times = (rx.match(norm, s) for s in starts if norm[s].isdigit())
    spans += [(m.start(), m.end()) for m in times if m]
    return _Blocked(spans)


# --- the scanner --------------------------------------------------------------------------------

@dataclass
class _Scan:
    quantities: list[Quantity]
    years: list[tuple[int, int, int]]       # bare years: (start, end, year)
    dates: list[_DateMatch]


def _to_quantity(found: _Found, text: str) -> Quantity:
    first, second = found.first, found.second
    q = Quantity(unit=first.unit, bound=found.bound, approximate=found.hedged or first.approximate,
                 text=text[found.start:found.end], start=found.start, end=found.end,
                 scale=(second.scale if second else None) or first.scale, of=found.of)
    if second is not None:
        q.min, q.max = float(first.value), float(second.value)
        q.approximate = q.approximate or second.approximate
    else:
        q.value = float(first.value)
    return q


@functools.lru_cache(maxsize=None)
def _punct_changes() -> tuple[re.Pattern, dict[str, str]]:
    """The characters ``normalise_punct`` replaces (found by running it once over the BMP), as a
    pattern: replacing only those is much faster than translating a long text character by
    character, and gives the same string."""
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    normalised = normalise_punct(everything)
    changes = {a: b for a, b in zip(everything, normalised) if a != b}
    return re.compile("[" + re.escape("".join(changes)) + "]"), changes


def _normalise(text: str) -> str:
    """``normalise_punct(text)`` (curly apostrophes, dashes, odd spaces), same length, faster. Only ASCII
    digits make figures: full-width ones ("１２") read as ASCII, any other script's (Devanagari "१२",
    mathematical bold "𝟓") as a sign that is no digit."""
    rx, changes = _punct_changes()
    if len(changes) and not text.isascii():
        text = _OTHER_DIGITS.sub(_ascii_digit, rx.sub(lambda m: changes[m.group()], text))
    # "40.3C", as the British press writes degrees Celsius: the sign ℃, one character for one
    return _GLUED_CELSIUS.sub("\u2103", text) if "C" in text else text


_GLUED_CELSIUS = re.compile(r"(?<=\d)C(?![\w])")
_OTHER_DIGITS = re.compile(r"(?![0-9])\d")          # a decimal digit of another script than ASCII


def _ascii_digit(m: re.Match) -> str:
    c = m.group()
    return chr(ord(c) - 0xFF10 + 0x30) if "\uff10" <= c <= "\uff19" else "\u00b7"


def _lower_same_length(norm: str) -> str:
    """Lower case with every character kept at its offset (a few letters grow when lowered)."""
    low = norm.lower()
    if len(low) == len(norm):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)


def _candidates(norm: str, t: _Tables) -> tuple[list[int], list[int]]:
    """Positions worth trying the full patterns at: (figures, dates), both sorted.

    The full patterns are too slow to search for everywhere; this one pass over the lowered
    text finds digits, number words, month names, and "un"/"la"/"a" before "tiers"/"million"."""
    figures, dates = [], []
    for m in _DIGITS.finditer(norm):
        start = m.start()
        if start and norm[start - 1] in "+-\u2212":
            figures.append(start - 1)
        figures.append(start)
        dates.append(start)
    low = _lower_same_length(norm)
    word_figures, word_dates = [], []
    for m in t.rx["candidate_words"].finditer(low):
        start = m.start()
        if start and low[start - 1].isalpha():
            continue                                  # inside a longer word
        if m.lastgroup == "weak":
            word_figures.append(start)
            continue
        word = _key(m.group())
        if word in t.starters:
            word_figures.append(start)
        if word in t.month_starters:
            word_dates.append(start)
    return sorted(figures + word_figures), sorted(dates + word_dates)


_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=32)
def _scan(text: str, lang: str) -> _Scan:
    """Figures, bare years and dates of ``text`` (offsets from 0). Cached: the detect stage asks
    for the quantities and then the dates of the same text."""
    t = _tables(lang)
    norm = _normalise(text)
    figure_starts, date_starts = _candidates(norm, t)
    dates = _date_matches(norm, t, date_starts)
    blocked = _blocked_spans(norm, t, dates, date_starts)
    quantities, years = [], []
    pos = floor = 0
    core = t.rx["core"]
    for start in figure_starts:
        if start < pos:
            continue
        m = core.match(norm, start)
        if not m:
            continue
        skip_to = blocked.end_of(m.start())
        if skip_to is not None:
            pos = skip_to
            continue
        found = _assemble(norm, text, m, t, floor, blocked)
        if found is None:
            pos = m.end()
            continue
        if _is_year(found, norm, t):
            years.append((found.first.start, found.first.core_end, int(found.first.raw)))
            pos = found.first.core_end
            continue
        quantities.append(_to_quantity(found, text))
        pos = floor = found.end
    return _Scan(quantities, years, dates)


# --- public API ---------------------------------------------------------------------------------

def find_quantities(text: str, lang: str, offset: int = 0) -> list[Quantity]:
    """Every figure in ``text`` as a Quantity, in order, spans not overlapping.

    The span covers the qualifier ("environ", "more than"), a range opener ("entre"), the currency,
    the figure, its scale, and its unit or counted noun; not what a share is of ("un tiers" of
    "de la valeur", given in ``of``). Plain years ("en 2020") are dates, not quantities.
    """
    if not text:
        return []
    lang = _language(lang)
    found = _with_word_forms(text, lang, _with_halves(text, lang, list(_scan(text, lang).quantities)))
    return [replace(q, start=q.start + offset, end=q.end + offset) for q in found]


def _spelled(q: Quantity) -> bool:
    return not any(ch.isdigit() for ch in q.text)


def _with_word_forms(text: str, lang: str, qs: list[Quantity]) -> list[Quantity]:
    """Numbers news writes in words that the figure reader reads in pieces: an ordinal is no figure
    ("vingt et unième", "twenty-first"), a decimal in words is one figure ("two point three percent", "zéro
    virgule cinq pour cent"), "nineteen hundred people" is 1,900. Words from ``ordinal_endings`` and
    ``decimal_points`` in ``data/lang/<code>/numbers.yaml``."""
    t = _tables(lang)
    norm = _normalise(text)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if _spelled(q) and q.unit is None and t.rx.get("ordinal_after") and t.rx["ordinal_after"].match(norm, q.end):
            i += 1                        # "vingt et unième siècle": a rank, not 20
            continue
        # "two point three": the reader takes "point" for what "two" counts
        point = t.rx.get("decimal_point") and q.unit and t.rx["decimal_point"].fullmatch(f" {q.unit} ")
        if point and nxt is not None and _spelled(q) and _spelled(nxt) and q.value is not None \
                and nxt.start - q.end <= 1 and nxt.value is not None and float(nxt.value).is_integer() and nxt.scale is None:
            digits = len(str(int(nxt.value)))
            q = replace(nxt, value=q.value + nxt.value / 10 ** digits, start=q.start, text=text[q.start:nxt.end])
            i += 1
        elif nxt is not None and _spelled(q) and q.unit is None and q.value is not None and 10 < q.value < 100 \
                and float(q.value).is_integer() and nxt.value == 100 and nxt.start - q.end <= 1 \
                and _key(text[nxt.start:nxt.end].split()[0]) in t.hundreds:
            q = replace(nxt, value=q.value * 100, start=q.start, text=text[q.start:nxt.end])   # "nineteen hundred"
            i += 1
        out.append(q)
        i += 1
    return out


def _with_halves(text: str, lang: str, qs: list[Quantity]) -> list[Quantity]:
    """"deux milliards et demi d'euros" (2.5e9 EUR), "two and a half million people" (2.5e6): the half of
    a magnitude written after it (French) or before it (English), from ``half_after`` and ``half_before``
    in ``data/lang/<code>/numbers.yaml``."""
    t = _tables(lang)
    if not (t.rx.get("half_after") or t.rx.get("half_before")) or not qs:
        return qs
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        after = t.rx["half_after"].match(text, q.end) if t.rx.get("half_after") else None
        if after and q.scale and q.value is not None and _key(q.scale) in t.magnitudes:
            # read again with the "et demi" blanked, to get what follows it ("d'euros")
            blanked = text[:q.end] + " " * (after.end() - q.end) + text[after.end():]
            again = next((o for o in _scan(blanked, lang).quantities if o.start == q.start), q)
            factor = t.magnitudes[_key(q.scale)]
            q = replace(again, value=(again.value or q.value) + 0.5 * factor, text=text[again.start:again.end])
            if i + 1 < len(qs) and qs[i + 1].start < q.end:
                i += 1                    # the unit read again may have been a quantity of its own
        elif i + 1 < len(qs) and t.rx.get("half_before") and q.value is not None and q.scale is None \
                and q.unit is None and float(q.value).is_integer():
            nxt = qs[i + 1]
            joined = t.rx["half_before"].fullmatch(_normalise(text), q.end, nxt.start)
            factor = t.magnitudes.get(_key(nxt.scale or ""))
            if joined and factor and nxt.value == 0.5 * factor:      # "two" + "and" + "a half million"
                q = replace(nxt, value=(q.value + 0.5) * factor, start=q.start, text=text[q.start:nxt.end])
                i += 1
        out.append(q)
        i += 1
    return out


def parse_number(s: str, lang: str) -> float | None:
    """The value of a figure written alone: "1,2" (fr) -> 1.2, "1,200" (en) -> 1200, "9 800",
    "1.200.000" (fr), "quinze mille", "deux millions", "a dozen", "1,2 milliard", "un tiers".
    None when ``s`` is not exactly one figure (or is a range)."""
    if not s or not s.strip():
        return None
    t = _tables(_language(lang))
    norm = _normalise(s)
    lead = len(norm) - len(norm.lstrip())
    stripped = norm.strip()
    m = t.rx["core"].match(norm, lead)
    if not m:
        m = t.rx["core"].search(norm, lead)
        if not m:
            return None
    found = _assemble(norm, s, m, t, 0, _Blocked([]))
    if found is None and _key(stripped) in t.small:
        return float(t.small[_key(stripped)])        # "un", "one": only alone are they the figure 1
    if found is None or found.second is not None:
        return None
    if found.start != lead or found.end != lead + len(stripped):
        return None
    return float(found.first.value)


def find_dates(text: str, lang: str, offset: int = 0) -> list[DateRef]:
    """Every date in ``text``: "19 septembre 2025", "1er janvier 2026", "Sept. 5, 2025",
    "2025-09-18", "September 2025", and plain years ("en 2020"). A preposition before the date
    gives its relation ("depuis 2023" since, "d'ici 2028" / "by 2030" until) and, when it is not
    "at", is part of the span. A time after the date ("à 18h40") is part of the span."""
    if not text:
        return []
    t = _tables(_language(lang))
    norm = _normalise(text)
    scan = _scan(text, _language(lang))
    refs = [DateRef(d.year, d.month, d.day, start=d.start, end=d.end)
            for d in scan.dates if d.year is not None]
    refs += [DateRef(year, start=s, end=e) for s, e, year in scan.years]
    refs.sort(key=lambda r: r.start)
    floor = 0
    for ref in refs:
        _apply_preposition(norm, ref, _language(lang), floor)
        floor = ref.end
    _mark_year_ranges(norm, refs, t)
    for ref in refs:
        ref.text = text[ref.start:ref.end]
        ref.start += offset
        ref.end += offset
    return refs


def _apply_preposition(norm: str, ref: DateRef, lang: str, floor: int) -> None:
    relation, start = _preposition_before(norm, ref.start, lang, floor)
    ref.relation = relation
    if relation != "at":
        ref.start = start


def _mark_year_ranges(norm: str, refs: list[DateRef], t: _Tables) -> None:
    """"2020-2025", "de 2020 à 2025", "between 2020 and 2025": the first since, the second until."""
    for a, b in zip(refs, refs[1:]):
        if a.month or b.month or not a.year < b.year:
            continue
        jm = t.rx["joiner"].match(norm, a.end)
        if not jm or jm.end() != b.start:
            continue
        if _opener_before(norm, a.start, _key(jm.group("j")), t, 0) is None:
            continue
        if a.relation == "at":
            a.relation = "since"
        if b.relation == "at":
            b.relation = "until"


def month_names(lang: str) -> dict[str, int]:
    """Folded month names and abbreviations of ``lang`` ("septembre", "sept", "september") -> 1..12, read
    from the lexicon without compiling the number reader's patterns (they cost a start-up)."""
    return _fold_table(_merge(_raw_lexicons(_language(lang)), "months"))


@functools.lru_cache(maxsize=None)
def _bare_months() -> tuple[re.Pattern, dict[str, int]]:
    """Each language's full month names (the longest name of each month: "March", "mars", not "Mar"), as
    written: capitalised where the language writes them so (``months_case_sensitive``), else in lower case;
    the pattern, and each form's month."""
    forms: dict[str, int] = {}
    for code in LANGUAGES:
        raw = lexicon(code, "numbers")
        longest: dict[int, str] = {}
        for name, month in (raw.get("months") or {}).items():
            if len(str(name)) > len(longest.get(int(month), "")):
                longest[int(month)] = str(name)
        for month, name in longest.items():
            forms[name if raw.get("months_case_sensitive") else name.lower()] = month
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), forms


def find_months(text: str, lang: Optional[str] = None, offset: int = 0) -> list[tuple[int, int, int, str]]:
    """Months named without a year ("in August", "en août", "since March"): ``(month, start, end, relation)``
    for each, from the full month names of ``data/lang/<code>/numbers.yaml``; the relation (at, since,
    until…) from the preposition before it, as for dates. A month with its year is a date (``find_dates``);
    an abbreviation alone ("Mar", "sept") is too ambiguous to count."""
    out = []
    norm = _normalise(text or "")
    pattern, forms = _bare_months()
    for m in pattern.finditer(text or ""):
        if re.match(r"\s*,?\s*(?:1[89]|20)\d\d\b", text[m.end():m.end() + 8]):
            continue
        relation, _ = _preposition_before(norm, m.start(), _language(lang))
        out.append((forms[m.group(0)], m.start() + offset, m.end() + offset, relation))
    return out


@functools.lru_cache(maxsize=None)
def _preposition_table(lang: str) -> tuple[re.Pattern, dict]:
    """The date prepositions of ``numbers.yaml`` alone ("depuis", "by", "d'ici"…), compiled apart from the rest of
    the number reader so that ``find_months`` does not compile all of it (a start-up cost)."""
    raws = _raw_lexicons(lang)
    table = _fold_table(_merge(raws, "date_prepositions"))
    written = {str(p) for p in _merge(raws, "date_prepositions")}
    return re.compile("(?P<p>" + _alternation(written) + r")\s*\Z"), table


def _preposition_before(norm: str, pos: int, lang: str, floor: int = 0) -> tuple[str, int]:
    """The relation the preposition just before ``pos`` gives a date ("since", "until"…; "at" without one), and
    where that preposition starts."""
    rx, table = _preposition_table(lang)
    pm = rx.search(norm, max(floor, pos - _LEFT_WINDOW), pos)
    return (table.get(_key(pm.group("p")), "at"), pm.start()) if pm else ("at", pos)
