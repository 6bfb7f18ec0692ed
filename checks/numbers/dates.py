"""The dates of a text (``find_dates``): full dates and plain years, with the relation the preposition before
each gives ("depuis 2023" since, "d'ici 2028" / "by 2030" until) and the years of a range ("2020-2025", "de
2020 à 2025"); the months named without a year (``find_months``: "in August", "en août"); a language's
month names (``month_names``); and the split years a text writes (``split_years``: "2024/25", « 2023-2024 »).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import DateRef
from ..resources import compiled, lexicon
from ..text import literal_trie, longest_first
from .ranges import opener_before
from .scan import normalise, scan_text
from .tables import tables_for
from .vocabulary import LANGUAGES, LEFT_WINDOW, Tables, any_phrase, fold_key, fold_table, language, merge, raw_lexicons
from ..tablestore import stored

_P_FIND_MONTHS = compiled(r"\s*,?\s*(?:1[89]|20)\d\d\b")
_P_SPLIT_YEAR = compiled(r"(?<![\d/.,])((?:1[89]|20)\d\d)\s?[/–-]\s?((?:1[89]|20)?\d\d)(?![\d/.,]\d)")


def find_dates(text: str, lang: str, offset: int = 0) -> list[DateRef]:
    """Every date in ``text``: "19 septembre 2025", "1er janvier 2026", "Sept. 5, 2025",
    "2025-09-18", "September 2025", and plain years ("en 2020"). A preposition before the date
    gives its relation ("depuis 2023" since, "d'ici 2028" / "by 2030" until) and, when it is not
    "at", is part of the span. A time after the date ("à 18h40") is part of the span."""
    if not text:
        return []
    t = tables_for(language(lang))
    scan = scan_text(text, language(lang))
    refs = [DateRef(d.year, d.month, d.day, start=d.start, end=d.end)
            for d in scan.dates if d.year is not None]
    refs += [DateRef(year, start=s, end=e) for s, e, year in scan.years]
    if not refs:
        return refs                       # most clauses: no date, nothing to normalise
    norm = normalise(text)
    refs.sort(key=lambda r: r.start)
    floor = 0
    for ref in refs:
        _apply_preposition(norm, ref, language(lang), floor)
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


def _mark_year_ranges(norm: str, refs: list[DateRef], t: Tables) -> None:
    """"2020-2025", "de 2020 à 2025", "between 2020 and 2025": the first since, the second until."""
    for a, b in zip(refs, refs[1:]):
        if a.month or b.month or not a.year < b.year:
            continue
        jm = t.rx["joiner"].match(norm, a.end)
        if not jm or jm.end() != b.start:
            continue
        if opener_before(norm, a.start, fold_key(jm.group("j")), t, 0) is None:
            continue
        if a.relation == "at":
            a.relation = "since"
        if b.relation == "at":
            b.relation = "until"


def month_names(lang: str) -> dict[str, int]:
    """Folded month names and abbreviations of ``lang`` ("septembre", "sept", "september") -> 1..12, read
    from the lexicon without compiling the number reader's patterns (they cost a start-up)."""
    return _month_names(language(lang))


@stored
def _month_names(code: str) -> dict[str, int]:
    """``month_names`` of a language code, built once (a table of the word lists: read, never changed)."""
    return fold_table(merge(raw_lexicons(code), "months"))


@stored
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
    return compiled(r"(?<![\w-])(?:" + literal_trie(forms) + r")(?![\w-])"), forms


@stored
def _hyphened_span(forms: tuple) -> re.Pattern:
    """Two month names joined by hyphens, with a short word between or none ("July-to-September",
    « janvier-mars »)."""
    names = literal_trie(dict.fromkeys(forms, 0))
    return compiled(r"(?<![\w-])(?:" + names + r")(-\w{1,4})?-(" + names + r")(?![\w-])")


def _spaced_month_spans(text: str, forms: dict[str, int]) -> str:
    """The text with the hyphens of a span of months written as one word ("the July-to-September period") made
    spaces, the same length: each month is then read, and the span, as in "from April to December"."""
    if "-" not in text:
        return text
    return _hyphened_span(tuple(forms)).sub(lambda m: m.group(0).replace("-", " "), text)


def find_months(text: str, lang: Optional[str] = None, offset: int = 0) -> list[tuple[int, int, int, str]]:
    """Months named without a year ("in August", "en août", "since March"): ``(month, start, end, relation)``
    for each, from the full month names of ``data/lang/<code>/numbers.yaml``; the relation (at, since,
    until…) from the preposition before it, as for dates. A month with its year is a date (``find_dates``);
    an abbreviation alone ("Mar", "sept") is too ambiguous to count."""
    out, norm = [], None
    pattern, forms = _bare_months()
    text = _spaced_month_spans(text or "", forms)
    for m in pattern.finditer(text):
        if _P_FIND_MONTHS.match(text[m.end():m.end() + 8]):
            continue
        norm = normalise(text) if norm is None else norm       # (read once, only for a text that names a month)
        relation, _ = _preposition_before(norm, m.start(), language(lang))
        if relation == "at" and _names_an_event(norm, m.start(), m.end()):
            relation = "of"
        out.append((forms[m.group(0)], m.start() + offset, m.end() + offset, relation))
    return out


@stored
def _event_nouns() -> tuple[re.Pattern, re.Pattern]:
    """The nouns of a document or an event a month dates, of every language: written after the month ("the January
    deadline"), or before it with a linker (« le bulletin de novembre »)."""
    after, before, linkers = set(), set(), set()
    for code in LANGUAGES:
        raw = lexicon(code, "numbers")
        after |= {normalise(str(w)) for w in raw.get("month_event_nouns_after") or []}
        before |= {normalise(str(w)) for w in raw.get("month_event_nouns_before") or []}
        linkers |= {normalise(str(w)) for w in raw.get("month_event_linkers") or []}
    return (compiled(r"\s+(?:" + any_phrase(after) + r")\b") if after else compiled(r"(?!)"),
            compiled(r"\b(?:" + any_phrase(before) + r")\s+(?:" + any_phrase(linkers) + r")\s*\Z")
            if before and linkers else compiled(r"(?!)"))


def _names_an_event(norm: str, start: int, end: int) -> bool:
    """Whether a month written at ``start``-``end`` of the normalised text dates a document or an event (its
    relation is then "of", not "at"): "the January deadline", « le bulletin de novembre »."""
    after, before = _event_nouns()
    return bool(after.match(norm, end) or before.search(norm[max(0, start - LEFT_WINDOW):start]))


@stored
def _preposition_table(lang: str) -> tuple[re.Pattern, dict]:
    """The date prepositions of ``numbers.yaml`` alone ("depuis", "by", "d'ici"…), compiled apart from the rest of
    the number reader so that ``find_months`` does not compile all of it (a start-up cost)."""
    raws = raw_lexicons(lang)
    table = fold_table(merge(raws, "date_prepositions"))
    written = {str(p) for p in merge(raws, "date_prepositions")}
    return compiled("(?P<p>" + any_phrase(written) + r")\s*\Z"), table


def _preposition_before(norm: str, pos: int, lang: str, floor: int = 0) -> tuple[str, int]:
    """The relation the preposition just before ``pos`` gives a date ("since", "until"…; "at" without one), and
    where that preposition starts."""
    rx, table = _preposition_table(lang)
    pm = rx.search(norm, max(floor, pos - LEFT_WINDOW), pos)
    return (table.get(fold_key(pm.group("p")), "at"), pm.start()) if pm else ("at", pos)


def _hyphened_span_end(text: str, months: list, within: Optional[int]) -> Optional[int]:
    """The last month of a span of months written as one word (``_hyphened_span``) starting in the first ``within``
    characters, None without one."""
    one = _hyphened_span(tuple(_bare_months()[1])).search(text)
    if one is None or (within is not None and one.start() >= within):
        return None
    return next((m for m, a, _, _ in months if a == one.end() - len(one.group(2))), None)


@stored
def _day_before() -> str:
    """The pattern of a day written before a month, with the day suffixes of every language (« 1er », "1st"), or
    none: built once from the word lists."""
    suffixes = sorted({str(x) for code in LANGUAGES for x in lexicon(code, "numbers").get("day_suffixes") or []},
                      key=longest_first)
    return r"(?:\d{1,2}(?:" + "|".join(re.escape(x) for x in suffixes) + r")?\s+)?"


def month_span_end(text: str, within: Optional[int] = None) -> Optional[int]:
    """The month a span of months written without a year ends at ("between 1 March and 27 May", « de mars à mai »,
    "from March to May"): a figure for it is the figure to that month, as its source dates it; None when the text
    writes no such span (that starts in its first ``within`` characters). A span written as one word ("the
    July-to-September period", « la période janvier-mars ») needs no opening word."""
    months = [m for m in find_months(text) if m[3] != "of"]
    one = _hyphened_span_end(text or "", months, within)
    if one is not None:
        return one
    norm = normalise(text or "")
    day = _day_before()
    for (_, first, end, _), (month, start, _, _) in zip(months, months[1:]):
        first = re.search(day + r"\Z", norm[:first]).start()
        if within is not None and first >= within:
            break
        for code in LANGUAGES:
            t = tables_for(code)
            jm = t.rx["joiner"].match(norm, end)
            if jm is not None and re.fullmatch(day, norm[jm.end():start]) and \
                    opener_before(norm, first, fold_key(jm.group("j")), t, 0) not in (None, first):
                return month
    return None


def split_years(text: str) -> frozenset[tuple[int, int]]:
    """The split years a text writes, each as its two calendar years: a season or a financial year across two
    years ("the 2024/25 crop year", "FY 2023-24", « la campagne 2024-2025 »); a span of more years is none."""
    out = set()
    for m in _P_SPLIT_YEAR.finditer(text or ""):
        lo, hi = int(m.group(1)), m.group(2)
        hi = int(hi) if len(hi) == 4 else lo // 100 * 100 + int(hi)
        if hi == lo + 1:
            out.add((lo, hi))
    return frozenset(out)
