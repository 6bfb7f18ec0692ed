"""The words just before a figure that say what it is, read the same way in a fact's sentence and in a claim: the
level a change starts from ("up from 5.4 %", « contre 5,4 % »), a level reached ("fell to 68.4 %"), a level held
("stayed at about 3.6 billion"), from ``data/lang/<code>/measures.yaml``. Used by the fact reader
(``checks/factread.py``) and the judge."""
from __future__ import annotations

import functools
import re

from .terms import LANGS
from .resources import compiled, lexicon, word_pattern, words
from .text import fold

_P_IS_HELD = compiled(r"[^\w\s%]+\s*$")
_P_NAMED_BASELINE = compiled(r"[^\w\s'\-]|\d")
_P_NAMES_A_BASELINE = compiled(r"[,;:()]")
_P_NAMED_BASELINE_2 = compiled(r"(?<![\w'\-])[^\W\d_]")
_P_IS_HELD_2 = compiled(r"[^\W\d_]+\s*$")


@functools.lru_cache(maxsize=None)
def words_before_pattern(key: str) -> re.Pattern:
    """The words of ``key`` in every language's ``measures.yaml``, as a pattern that ends where a figure starts
    (kept compiled in the cache)."""
    from .tablestore import cached_data
    return cached_data(f"measures-{key}", lambda: _build_words_before_pattern(key))


def _build_words_before_pattern(key: str) -> re.Pattern:
    forms = sorted({light(str(f)) for lang in LANGS for f in lexicon(lang, "measures").get(key) or []},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")\s*$")


def light(text: str) -> str:
    """Lower case, one apostrophe, accents kept: French « à » is not the English article "a"."""
    return text.casefold().replace("\u2019", "'")


@functools.lru_cache(maxsize=16384)
def is_baseline(before: str) -> bool:
    """Whether the words just before a figure make it the level a change starts from ("up from 5.4 %",
    "contre 5,4 %"), from ``baseline_before`` in ``data/lang/<code>/measures.yaml``; a determiner may stand
    between those that name where a change starts and the figure ("fell from the 17.3 % recorded in 2023",
    « contre les 12,6 % de 2023 »: ``baseline_determiners`` after ``baseline_before_determined``; not after a
    comparison's "than", « que »: "a faster pace than the 7.7 %" compares, which a starting level does not check)."""
    text = light(before)
    if words_before_pattern("baseline_before").search(text):
        return True
    det = words_before_pattern("baseline_determiners").search(text)
    if det is not None and words_before_pattern("baseline_before_determined").search(text[:det.start()]):
        return True
    return _named_baseline(text) or bool(_period_in_parenthesis().search(before))


@functools.lru_cache(maxsize=None)
def _period_in_parenthesis() -> re.Pattern:
    """A parenthesis that names the earlier period before its figure, right after the figure of the period reported:
    "72 centres (FY2023 70)", "(2023: £52m)", "(2023 - £109.8m)", « (exercice 2023 : 70) », « (N-1 : 4,1 %) »
    (``baseline_period_tags``, with a year or without; a year alone, "(2023:", with no tag)."""
    year = r"(?:19|20)\d{2}(?:[/\-\u2013]\d{2,4})?"
    return word_pattern("measures", r"\(\s*(?:(?:{+baseline_period_tags})\s*(?:" + year + r"|\d{2})?|" + year
                        + r")\s*[:\-\u2013]?\s*$", re.IGNORECASE)


def _named_baseline(text: str) -> bool:
    """Whether the words before a figure name, after the words that say where a change starts, the level it starts
    from in a few words of its own and their linker ("up from a previous forecast of 3.5 %", "down from a peak of
    9 %", « contre une prévision initiale de 3,5 % »): ``baseline_named_openers`` (not a bare "from": "revenue from
    sales of") then at most four words without a figure or a mark of punctuation, then ``baseline_noun_linkers``,
    where the figure starts."""
    link = words_before_pattern("baseline_noun_linkers").search(text)
    if link is None:
        return False
    head = text[:link.start()]
    starts = [m.start() for m in _P_NAMED_BASELINE_2.finditer(head)][-4:]
    if not starts or _P_NAMED_BASELINE.search(head[starts[-1]:]):
        return False
    # (the shortest stretch of words first: "up from a previous forecast", "from" not one of the level's words)
    return any(not _P_NAMED_BASELINE.search(head[at:])
               and words_before_pattern("baseline_named_openers").search(head[:at]) for at in reversed(starts))


def names_a_baseline(before: str) -> bool:
    """Whether the clause that ends where a figure starts says it is a starting level, anywhere in it ("up from
    its March figure of at least 450", « contre, un an plus tôt, 5,4 % »)."""
    clause = _P_NAMES_A_BASELINE.split(light(before))[-1]
    return bool(words_anywhere_pattern("baseline_before").search(clause))


@functools.lru_cache(maxsize=None)
def words_anywhere_pattern(key: str) -> re.Pattern:
    """``words_before_pattern(key)``'s words anywhere in a text, not only where it ends (kept compiled in the
    cache: a run loads it instead of parsing the alternation again)."""
    from .tablestore import cached_data
    return cached_data(f"measures-{key}-anywhere", lambda: re.compile(
        words_before_pattern(key).pattern.removesuffix(r"\s*$") + r"(?!\w)"))


def is_level(before: str) -> bool:
    """Whether the words just before a figure make it a level reached ("fell to 68.4 %", "s'établit à 7,5 %"),
    from ``level_before`` in ``data/lang/<code>/measures.yaml``."""
    return bool(words_before_pattern("level_before").search(light(before)))


def is_held(before: str) -> bool:
    """Whether the words just before a figure say it stayed where it was ("stayed at about 3.6 billion", « est
    resté à 7,3 % »), from ``held_before`` in ``data/lang/<code>/measures.yaml``: a hedge and a currency sign may
    stand between."""
    return way_into(before) == "unchanged"


_WAYS_INTO = (("held_before", "unchanged"), ("raised_before", "increase"), ("lowered_before", "decrease"))


def way_into(before: str) -> str | None:
    """The way the verb just before a figure says its level went there, a hedge and a currency sign between at most:
    held, "stayed at about 3.6 billion", « est resté à 7,3 % » (``held_before``); raised, "a dividend lifted to
    90p", « un dividende relevé à 1,15 euro », « porté à 60 % » (``raised_before``); lowered, "trimmed to 4 %",
    « ramenée à 1,05 milliard » (``lowered_before``) — a verb of moving a level that names no way of its own
    elsewhere, its object between or not ("lifted its dividend to 90p", « a relevé son dividende à 1,15 euro »);
    None when the words say none of those."""
    plain = _P_IS_HELD.sub("", light(before))
    for key, way in _WAYS_INTO:
        said, around = words_before_pattern(key), _object_between_pattern(key)
        if said.search(plain) or said.search(_P_IS_HELD_2.sub("", plain)) or around.search(plain):
            return way
    return None


@functools.lru_cache(maxsize=None)
def _object_between_pattern(key: str) -> re.Pattern:
    """The words of ``key`` with the object of their verb between the verb and its last word, a few words with no
    figure ("lifted the total dividend to", "held its dividend at", « a relevé son dividende à »), as a pattern that
    ends where a figure starts (kept compiled in the cache; kept per process as ``words_before_pattern``: the cache
    folder's entry holds it pickled, and each call unpickled and compiled it again)."""
    from .tablestore import cached_data
    return cached_data(f"measures-{key}-object", lambda: _build_object_between_pattern(key))


def _build_object_between_pattern(key: str) -> re.Pattern:
    forms = sorted({light(str(f)) for lang in LANGS for f in lexicon(lang, "measures").get(key) or []
                    if " " in str(f).strip()}, key=len, reverse=True)
    pairs = [f.rsplit(" ", 1) for f in forms]
    return re.compile(r"(?<!\w)(?:" + "|".join(rf"{re.escape(verb)}(?:\s+[^\W\d_][\w'-]*){{1,4}}\s+{re.escape(last)}"
                                               for verb, last in pairs) + r")\s*$")


@functools.lru_cache(maxsize=None)
def level_verbs() -> frozenset[str]:
    """The verbs that say a figure reaches a level, not what it measures ("reached", « atteint »: ``level_verbs`` of
    ``measures.yaml``), folded."""
    return frozenset(fold(w) for w in words("measures", "level_verbs"))


_MINUS_PERCENT = re.compile(r"(?:^|(?<=[\s(\[]))[-−–]\s?\d[\d.,\u00a0\u202f]*\s*%(?!\s*\S{1,5}\s*[-+−]?\d[\d.,]*\s*%)")


def written_as_fall(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a percentage written with a minus sign, "-14.0 %", « −3,7 % »: a fall,
    whatever the word of the measure before it says ("growth was -14.0 %", « la croissance est de -14,0 % »,
    « en légère baisse à Lille (-3,7 %) »); not a range's end, "10-14 %", « entre -2 % et +2 % », nor a level reached below zero,
    "inflation rose to -0.2 %", « a remonté à -0,2 % »."""
    head = max(0, start - 2)
    m = _MINUS_PERCENT.search(text, head, start + 24)
    return bool(m) and m.start() <= start <= m.end() and m.start() >= head and not is_level(text[:m.start()][-24:])


def completes_a_pronoun(text: str, at: int) -> bool:
    """Whether the date at ``at`` completes a pronoun that stands for another thing's level, « proche de celui de
    2024 », "in line with that of 2024" (``reference_pronouns`` of ``claims.yaml``): the year of what a figure is
    compared with, not the figure's (read alike in claims and in facts' sentences)."""
    pattern = word_pattern("claims", r"(?<!\w)(?:{+reference_pronouns})\s*\Z", re.I)
    return bool(pattern.search(fold(text[max(0, at - 20):at])))
