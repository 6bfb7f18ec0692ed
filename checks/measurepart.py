"""The part of a whole a sentence's measure is restricted to, by the words written on its measure noun in its subject —
a name before it where a language writes its modifiers there ("Velmor's Marine sales"; a lower-case word there, "retail
sales", is too often the topic of the whole article to be read as a part), and in the phrase a preposition
of a part opens right after it ("revenue from emerging markets", « les ventes au détail de Velmor »): the words that
are neither the owner's name (a party of the list), nor a word of the measure itself, its qualifier, basis or scope
(« organique », "adjusted"), a word of the whole ("group", « total ») or of a period ("full-year", « semestre »).

Read the same way in a claim and in a fact's sentence (``part_words``): a fact that gives its figure for such a part
does not give it for the whole a claim that names no such part speaks of (``checks/judge/wholescope.py``).
"""
from __future__ import annotations

import functools

from .detect.clauses import verb_words
from .figurewords import level_verbs
from .factread import figure_measures_in, qualifiers_in, measure_noun_words
from .measurephrases import phrase_ids, phrase_table
from .resources import lexicon, words as word_list
from .tablestore import stored
from .terms import LANGS, cognate, concepts_in, content_stems
from .text import fold, words

_MAX_WORDS = 4                          # (the words of a part read on either side of its noun)


@stored
def modifiers_before_noun(lang: str) -> bool:
    """Whether ``lang`` writes a measure noun's modifiers before it (``modifiers_before_noun`` of its ``measures.yaml``),
    kept in the cache folder's table entry: a check then loads no whole word list for one flag (issue 12, start-up)."""
    return bool(lexicon(lang, "measures").get("modifiers_before_noun"))


@stored
def no_part_words() -> frozenset[str]:
    """The folded words that restrict no measure to a part: of the whole, of a period, and the lists' other words
    of no part (``measure_words_of_no_part`` of ``measures.yaml``)."""
    out: set[str] = set()
    for lang in LANGS:
        m, n = lexicon(lang, "measures"), lexicon(lang, "numbers")
        for key in ("whole_scope_words", "generic_nouns", "measure_words_of_no_part"):
            out.update(fold(str(w)) for w in m.get(key) or [])
        for key in ("year_markers", "quarter_words", "half_words", "quarter_ordinals", "half_ordinals", "number_words",
                    "period_back_between", "period_back_nouns", "period_back_counted_nouns"):
            out.update(fold(str(w)) for w in n.get(key) or [])     # (a mapping's keys)
        months = n.get("months") or {}
        out.update(fold(str(w)) for forms in (months.values() if isinstance(months, dict) else [months])
                   for w in (forms if isinstance(forms, list) else [forms]))
    return frozenset(out)


@stored
def _verb_elisions() -> tuple[str, ...]:
    return tuple(fold(w) for w in word_list("measures", "verb_elisions"))


@stored
def _part_prepositions() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("measures", "part_prepositions"))


def of_no_part(word: str) -> bool:
    """Whether a word restricts no measure to a part: a word of the measure, a qualifier, basis or scope, the
    whole's or a period's, a word of a change ("growing markets": what they do, not which they are), a function
    word, a figure."""
    if not content_stems(word) or any(ch.isdigit() for ch in word) \
            or all(w in no_part_words() or not content_stems(w) for w in _bare(word).split("-")):
        return True                     # (or every word of it: "fourth-quarter")
    return bool(set(concepts_in(word)) & _CHANGES or figure_measures_in(word) or qualifiers_in(word) or phrase_ids(phrase_table("measure_bases"), word)
                or phrase_ids(phrase_table("measure_scopes"), word))


def _bare(word: str) -> str:
    """A word folded, without its possessive or elided article ("Velmor's", « d'Orval »)."""
    w = fold(word).replace("\u2019", "'")
    return w.split("'", 1)[1] if "'" in w[:3] else w.removesuffix("'s")


def _ends_phrase(toks: list, j: int) -> bool:
    """Whether the word at ``j`` is the verb the subject's phrase ends at: a finite verb, or a word of a change
    that no content word follows ("grew", « a progressé »; not "faster growing markets")."""
    w = _bare(toks[j][0])
    if w in verb_words() or w in level_verbs() or fold(toks[j][0]).replace("\u2019", "'").startswith(_verb_elisions()):
        return True
    nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
    return bool(set(concepts_in(w)) & _CHANGES) and (not content_stems(nxt) or any(ch.isdigit() for ch in nxt))


_CHANGES = frozenset(("increase", "decrease", "unchanged"))


@functools.lru_cache(maxsize=4096)
def part_words(text: str, lang: str, owners: tuple[tuple[int, int], ...] = ()) -> tuple[str, ...]:
    """The words restricting the measure noun of ``text``'s subject (its words before its first verb or figure) to
    a part, as written: a name right before it where a language writes its modifiers there ("Velmor's Rail
    revenue"), the words of the phrase a preposition of a part opens right after it; ``owners``: the spans of the
    names of its owner, never a part. () when its subject names no measure noun."""
    toks = list(words(text))
    end = _subject_end(toks)
    found = [(i, n) for _, i, n in measure_noun_words(text) if i + n <= end]
    if not found:
        return ()
    i, n = min(found)
    out = _before(text, toks, i) if lang in LANGS and modifiers_before_noun(lang) else []
    out += _after(text, toks[:end], i + n)
    return tuple(w for w, a, _ in out if not any(s <= a < e for s, e in owners) and not of_no_part(w))


def names_word(word: str, text: str) -> bool:
    """Whether ``text`` names ``word`` in either language: one of its stems, their cognate form or its concept."""
    stems = set(content_stems(text))
    cognates = {cognate(s) for s in stems}
    return any(s in stems or cognate(s) in cognates for s in content_stems(word)) \
        or bool(set(concepts_in(word)) & set(concepts_in(text)))


def plain_subject(text: str, owners: tuple[tuple[int, int], ...] = ()) -> frozenset[str]:
    """The measure nouns of a sentence's subject (``part_words``) when it writes nothing else but its owner's name
    and words of no part ("Velmor's group revenue", « Le chiffre d'affaires total de Velmor »), else none."""
    toks = list(words(text))
    end = _subject_end(toks)
    found = measure_noun_words(text[:toks[end - 1][2]] if end else "")
    nouns = {j for _, i, n in found for j in range(i, i + n)}
    if any(j not in nouns and not of_no_part(w) and not any(s <= a < e for s, e in owners)
           for j, (w, a, _) in enumerate(toks[:end])):
        return frozenset()
    return frozenset(qid for qid, _, _ in found)


def subject_of(text: str) -> str:
    """A sentence's subject: its words before its first verb or figure (``_subject_end``)."""
    toks = list(words(text))
    end = _subject_end(toks)
    return text[:toks[end - 1][2]] if end else ""


def _subject_end(toks: list) -> int:
    """The index of the first word of a sentence that is a verb or a figure (its subject's end), else its length."""
    return next((j for j in range(len(toks)) if any(ch.isdigit() for ch in toks[j][0]) or _ends_phrase(toks, j)),
                len(toks))


def _before(text: str, toks: list, i: int) -> list:
    """The names right before the noun at token ``i`` (capitalised words, not the sentence's first), nothing but a
    space between them: "Velmor's Rail revenue" → "Rail"."""
    run = []
    for j in range(i - 1, max(0, i - 1 - _MAX_WORDS), -1):
        w, a, b = toks[j]
        if text[b:toks[j + 1][1]].strip() or not w[:1].isupper() or fold(w).endswith(("'s", "\u2019s")):
            break
        run.append(toks[j])
    return run[::-1]


def _after(text: str, toks: list, k: int) -> list:
    """The words of the phrase a preposition of a part opens right after the noun (token ``k`` on), its function
    words first skipped, up to the next function word, punctuation or figure (« au détail de Velmor »: « détail »;
    "from Velmor's faster-growing markets": "Velmor's", "faster-growing", "markets")."""
    if k >= len(toks):
        return []
    w, a, _ = toks[k]
    head = fold(w).replace("\u2019", "'")
    elided = "'" in head and head.split("'")[0] + "'" in _part_prepositions()
    if text[toks[k - 1][2]:a].strip() or not (head in _part_prepositions() or elided):
        return []
    return _phrase(text, toks, k + 1, [toks[k]] if elided else [])


def _phrase(text: str, toks: list, j: int, run: list) -> list:
    """The words of a phrase from token ``j`` after ``run`` (the word glued to its preposition, « d'Orval »), its
    articles first skipped when ``run`` is empty, up to the next function word, punctuation, verb or figure."""
    while j < len(toks) and not run and not content_stems(toks[j][0]) and not text[toks[j - 1][2]:toks[j][1]].strip():
        j += 1                          # (its articles: "of all", « de la »)
    while j < len(toks) and len(run) < _MAX_WORDS and content_stems(toks[j][0]) and not _ends_phrase(toks, j) \
            and not text[toks[j - 1][2]:toks[j][1]].strip() and not any(ch.isdigit() for ch in toks[j][0]):
        run.append(toks[j])
        j += 1
    return run
