"""Language identification for French and English news text, from function-word counts.

Each word found only in the French list (``data/lang/fr/stopwords.yaml``) scores a point for
French, each word found only in the English list a point for English; words present in both
lists ("a", "on"...) count for neither. Elisions ("l'avenir", "qu'il") count for French and
contractions ("don't", "town's") for English; a lower-case word with a French diacritic adds
half a point to French, and a capitalised word inside a sentence ("Kim Jong Un") only half a
point to its language. The higher score wins; a tie, or no point at all (a name, a lone
"Source"), gives ``"und"``.
"""
from __future__ import annotations

import functools
import re

from .resources import compiled, lexicon
from .tablestore import stored

__all__ = ["detect_language", "language_scores", "other_language", "language_name", "LANGUAGE_NAMES"]

LANGUAGE_NAMES = {"fr": "French", "en": "English"}

# Only the beginning of a very long text is read: enough to decide, and fast.
SAMPLE_CHARS = 100_000

_WORD_RE = compiled(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.UNICODE)
_FRENCH_MARKS = frozenset("éèêëàâçîïôûùœæ")
_SENTENCE_PUNCT = frozenset(".!?:;\"'«»“”—–-([")


@stored
def _tables() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    fr = lexicon("fr", "stopwords")
    en = lexicon("en", "stopwords")
    fr_words = {str(w).casefold() for w in fr.get("stopwords", [])}
    en_words = {str(w).casefold() for w in en.get("stopwords", [])}
    both = fr_words & en_words
    return (frozenset(fr_words - both), frozenset(en_words - both),
            frozenset(str(w).casefold() for w in fr.get("elisions", [])),
            frozenset(str(w).casefold() for w in en.get("contractions", [])))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos]
    if "\n" in before or not before.strip():
        return True
    return before.rstrip()[-1] in _SENTENCE_PUNCT


def language_scores(text: str) -> tuple[float, float]:
    """(French score, English score) of ``text`` (its first ``SAMPLE_CHARS`` characters)."""
    fr = en = 0.0
    for m in _WORD_RE.finditer(text, 0, min(len(text), SAMPLE_CHARS)):
        fixed_fr, fixed_en, own_fr, own_en, capital = _word_score(m.group())
        # (a capitalised word inside a sentence, "Kim Jong Un", "Des Moines": likely a name, half a point)
        weight = 0.5 if capital and not _sentence_start(text, m.start()) else 1.0
        fr += fixed_fr + weight * own_fr
        en += fixed_en + weight * own_en
    return fr, en


@functools.lru_cache(maxsize=65536)
def _word_score(word: str) -> tuple[float, float, float, float, bool]:
    """What one word adds to ``language_scores``, read once per word: (French, English) points whatever its place
    (an elision, a contraction, a French diacritic), (French, English) points its place may halve, and whether it
    is capitalised (then halved inside a sentence). Every point is a half or a whole: the sums are exact, in any
    order."""
    fr_only, en_only, elisions, contractions = _tables()
    word = word.replace("\u2019", "'")
    low = word.casefold()
    fixed_fr = 0.0
    if "'" in low:
        head, _, tail = low.partition("'")
        if head in elisions:
            fixed_fr, low = 1.0, tail
        elif tail in contractions:
            return 0.0, 1.0, 0.0, 0.0, False
        else:
            return 0.0, 0.0, 0.0, 0.0, False
    capital = word[:1].isupper()
    if low in fr_only:
        return fixed_fr, 0.0, 1.0, 0.0, capital
    if low in en_only:
        return fixed_fr, 0.0, 0.0, 1.0, capital
    if word[:1].islower() and not _FRENCH_MARKS.isdisjoint(low):
        return fixed_fr + 0.5, 0.0, 0.0, 0.0, capital
    return fixed_fr, 0.0, 0.0, 0.0, capital


@stored
def _other_tables() -> dict[str, tuple[str, frozenset]]:
    """code -> (name, function words not shared with French or English), from ``data/lang/other``."""
    fr_only, en_only, _, _ = _tables()
    fr_all = {str(w).casefold() for w in lexicon("fr", "stopwords").get("stopwords", [])}
    en_all = {str(w).casefold() for w in lexicon("en", "stopwords").get("stopwords", [])}
    out = {}
    for code, entry in (lexicon("other", "function_words") or {}).items():
        words = {str(w).casefold() for w in entry.get("words", [])} - fr_all - en_all
        out[str(code)] = (str(entry.get("name", code)), frozenset(words))
    return out


@stored
def _codes_of_word() -> dict[str, tuple[str, ...]]:
    """function word -> the codes of the other languages that have it (``_other_tables`` turned round: one
    look-up per word of the text instead of one per language)."""
    out: dict[str, tuple[str, ...]] = {}
    for code, (_, words) in _other_tables().items():
        for w in words:
            out[w] = out.get(w, ()) + (code,)
    return out


def other_language(text: str, scores: tuple[float, float] | None = None) -> str | None:
    """The code of another language the text is clearly written in ("es" for a Spanish article): its
    function words outnumber the French and the English ones. None for French, English or too little text."""
    counts = dict.fromkeys(_other_tables(), 0)
    codes_of = _codes_of_word()
    for m in _WORD_RE.finditer(text, 0, min(len(text), SAMPLE_CHARS)):
        for code in codes_of.get(m.group().casefold(), ()):
            counts[code] += 1
    if not counts:
        return None
    code = max(counts, key=counts.get)
    return code if counts[code] >= 5 and counts[code] > max(scores or language_scores(text)) else None


def language_name(code: str) -> str:
    """"Spanish" for "es"; the code itself when unknown."""
    return LANGUAGE_NAMES.get(code) or _other_tables().get(code, (code,))[0]


def detect_language(text: str, scores: tuple[float, float] | None = None) -> str:
    """``"fr"``, ``"en"``, or ``"und"`` when the scores tie or the text gives too little to go on."""
    fr, en = scores or language_scores(text or "")
    if max(fr, en) < 1 or fr == en:
        return "und"
    return "fr" if fr > en else "en"


@functools.lru_cache(maxsize=16384)
def clause_language(text: str) -> str:
    """``detect_language`` of a claim's text, remembered: the judge asks it of the same clause for each candidate
    fact."""
    return detect_language(text)
