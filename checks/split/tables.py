"""What the splitter reads characters and words with: the character classes (spaces, closing and opening
quotes and brackets, currency signs, final punctuation), the shape of a dotted abbreviation ("U.S.",
"a.m.") and each language's splitting tables from ``data/lang/<lang>/split.yaml`` (titles, abbreviations,
sentence starters, byline, dateline and label words, months), compiled once per language into
:class:`Rules`; a language other than "fr"/"en" gets both merged."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..language import detect_language
from ..resources import LANGS, compiled, lexicon

# --- character classes -------------------------------------------------------------------------

SPACES = " \u00a0\u202f\u2009\u2007"
CLOSERS = "\"'\u201d\u2019\u00bb\u203a)]}"
OPENERS = "\"'\u201c\u2018\u00ab\u2039([{\u00bf\u00a1\u201e\u201a"
CURRENCY = "$€£¥₽₹¢₩₺"
FINAL = ".!?\u2026\u203d:;,"

DOTTED_RE = compiled(r"^[^\W\d_]{1,4}(?:\.-?[^\W\d_]{1,4})+$")


@dataclass(frozen=True)
class Rules:
    """One language's splitting tables."""
    titles: frozenset
    prefix: frozenset
    ambiguous: frozenset
    starters: frozenset
    stopwords: frozenset
    months: dict
    byline_re: re.Pattern
    filler_re: re.Pattern
    label_re: re.Pattern
    dmy_re: re.Pattern
    mdy_re: re.Pattern
    section_words: frozenset
    lang: str


def _escaped(words) -> str:
    """``words`` as the alternatives of a regular expression, in their order."""
    return "|".join(re.escape(w) for w in words)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def rules_for(lang: str) -> Rules:
    """The splitting tables of ``lang``; for anything but "fr"/"en", both merged (built once per installed
    version and bundled data, then loaded from the cache with their patterns compiled)."""
    from ..tablestore import cached_data
    return cached_data(f"split-{lang}", lambda: _build_rules(lang))


def _build_rules(lang: str) -> Rules:
    langs = (lang,) if lang in LANGS else LANGS
    tables = [lexicon(code, "split") for code in langs]
    both = [lexicon(code, "split") for code in LANGS]

    def merged(*path, every: bool = False) -> list:
        out = []
        for t in (both if every else tables):
            node = t
            for key in path:
                node = (node or {}).get(key, {})
            out.extend(node or [])
        return [str(x) for x in out]

    titles = frozenset(merged("abbreviations", "titles"))
    ambiguous = frozenset(w.lower() for w in merged("abbreviations", "ambiguous"))
    prefix = frozenset(w.lower() for w in merged("abbreviations", "prefix")) - ambiguous
    starters = frozenset(w.lower().replace("\u2019", "'") for w in merged("sentence_starters"))
    starters |= frozenset(t.lower() for t in titles)
    stop = set()
    for code in langs:
        stop.update(str(w).lower() for w in lexicon(code, "stopwords").get("stopwords", []))
    months: dict[str, int] = {}
    for t in both:
        for k, v in (t.get("months") or {}).items():
            months[str(k).lower()] = int(v)
    month_alt = _alternation(months)
    # layout words (labels, bylines, dates) are read in both languages: footers and bylines mix them
    fillers = merged("dateline_words", every=True) + merged("weekdays", every=True)
    return Rules(
        titles=titles, prefix=prefix, ambiguous=ambiguous, starters=starters,
        stopwords=frozenset(stop), months=months,
        byline_re=re.compile(r"^(?:" + _alternation(w.lower() for w in merged("byline_words", every=True))
                             + r")\s*:?\s+(?=\S)", re.I),
        filler_re=re.compile(r"(?<![^\W_])(?:" + _alternation(w.lower() for w in fillers)
                             + r")(?![^\W_])", re.I),
        label_re=re.compile(r"^(?:" + _alternation(w.lower() for w in merged("labels", every=True))
                            + r")(?![^\W_])", re.I),
        dmy_re=re.compile(r"(?<!\d)(?P<d>[0-3]?\d)(?:" + _escaped(merged("day_suffixes", every=True)) + r")?\.?\s+(?:(?:"
                          + _escaped(merged("day_month_joiners", every=True)) + r")\s+)?(?P<m>"
                          + month_alt + r")(?![^\W_])\.?(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I),
        mdy_re=re.compile(r"(?<![^\W_])(?P<m>" + month_alt + r")(?![^\W_])\.?\s+(?P<d>[0-3]?\d)"
                          r"(?:" + _escaped(merged("month_day_suffixes", every=True)) + r")?(?!\d)(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I),
        section_words=frozenset(w.lower() for w in merged("section_words", every=True)),
        lang=lang if lang in LANGS else "und",
    )


def resolve_lang(lang: str, sample: str) -> str:
    if lang in LANGS:
        return lang
    return detect_language(sample)
