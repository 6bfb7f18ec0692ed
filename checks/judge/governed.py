"""The noun a measure noun governs, what a figure measures (« les ventes de PIÈCES détachées », "sales of PARTS"):
read in the figure's clause and compared with the agreeing fact's words by ``otherwords.words_of_another_fact``,
which takes one such noun the agreeing fact does not write as a phrase another fact may name (one other unsaid word
is as often a paraphrase; the thing a measure counts is not).
"""
from __future__ import annotations

import functools

from ..factread import measure_noun_words, measure_nouns_in
from ..resources import words as word_list
from ..terms import content_stems
from ..text import fold, words


@functools.lru_cache(maxsize=8192)
def measure_complements_in(text: str) -> tuple[frozenset[str], ...]:
    """The stems of the noun each measure noun of a text governs, what it measures: the word after its linker and
    article (« les ventes de pièces détachées », "sales of parts"), in lower case (no party's name), not a generic
    noun (« du groupe », "of the total") nor a measure noun itself."""
    toks = list(words(text))
    out, seen = [], set()
    for _, i, n in measure_noun_words(text):
        phrase = _governed(text, toks, i + n) if i not in seen else frozenset()
        seen.add(i)
        if phrase:
            out.append(phrase)
    return tuple(out)


def _governed(text: str, toks: list, j: int) -> frozenset[str]:
    """The stems of the word a linker at ``toks[j]`` (or elided into it, « d'ordinateurs ») opens, past an
    article: the head of what is measured in French, and in English when one word follows ("sales of parts"; of
    "sales of bicycle batteries" only the first word is read: the words after it may be its verb)."""
    (whole, elided, generic), articles = _complement_words()
    if j >= len(toks):
        return frozenset()
    w = toks[j][0]
    cut = next((len(e) for e in elided if fold(w).startswith(e) and len(w) > len(e)), 0)
    if cut:
        head = w[cut:]
    elif fold(w) in whole and j + 1 < len(toks):
        k = j + 1 + (fold(toks[j + 1][0]) in articles)
        head = toks[k][0] if k < len(toks) and not any(ch in ",;:()" for ch in text[toks[j][2]:toks[k][1]]) else ""
    else:
        return frozenset()
    if not head.isalpha() or not head.islower() or fold(head) in generic or measure_nouns_in(head):
        return frozenset()
    return frozenset(content_stems(head))


def unsaid_complements(text: str, said: set[str], phrases: list[set[str]],
                       heads: list[set[str]]) -> tuple[list[set[str]], list[set[str]]]:
    """``phrases`` (the unsaid phrases of a figure's clause) with the stems of what each measure noun of ``text``
    governs (``measure_complements_in``) that ``said`` (what the agreeing fact writes) lacks, and ``heads`` as
    they are."""
    out = list(phrases)
    for governed in measure_complements_in(text):
        unsaid = set(governed - said)
        if unsaid and unsaid not in out:
            out.append(unsaid)
    return out, heads


@functools.lru_cache(maxsize=None)
def _complement_words() -> tuple[tuple, frozenset[str]]:
    """(whole linkers, elided linkers, generic nouns) and the articles after them (``measure_complement_linkers``,
    ``measure_complement_articles``, ``generic_nouns`` of ``measures.yaml``), folded."""
    linkers = [fold(w) for w in word_list("measures", "measure_complement_linkers")]
    generic = frozenset(fold(w) for w in word_list("measures", "generic_nouns"))
    return ((frozenset(w for w in linkers if not w.endswith(("'", "’"))),
             tuple(w for w in linkers if w.endswith(("'", "’"))), generic),
            frozenset(fold(w) for w in word_list("measures", "measure_complement_articles")))
