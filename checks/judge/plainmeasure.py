"""A figure a fact gives for a narrower measure than the one the claim names: the agreeing fact names the claim's
measure with words of its own before its figure ("Excluding one-off items, Korvel's operating margin was 9.8 %",
« le résultat courant des activités atteint 412 millions »), which neither the claim nor another fact of the same
period, parties and unit writes, and that other fact names the measure plainly, with nothing of its own, and gives
another figure ("Korvel's operating margin was 8.1 %", « le résultat courant s'élève à 389 millions »). The claim
names the plain measure: its figure is the narrower measure's, given for the plain one. Read on the words of each
fact's own figure (between the figures next to it, up to the figure), never on a list of qualifier words: the
measure scopes the lists know (adjusted, pro forma: ``measurenoun._variant_of``) are one case of it.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity, same_value
from ..terms import content_stems, forms_of_one_word
from ..resources import compiled, LANGS, lexicon
from ..tablestore import stored
from ..text import fold, words
from .figures import signed, stated_figure
from .clauses import figure_sense
from .measurenoun import measure_noun_conflict
from .otherwords import words_of_another_fact
from .rivals import rivals

_P_MEASURE_WORDS = compiled(r"[.;]\s")


def another_measures_figure(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                            index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the claim's words for its measure, the fact of that measure) when the agreeing fact's figure is another
    measure's: a measure noun it lacks (``measurenoun.measure_noun_conflict``), a phrase another fact writes
    (``otherwords.words_of_another_fact``), or a narrower measure than the plain one the claim names
    (``plain_measure_instead``); None otherwise."""
    return measure_noun_conflict(claim, q, window, agreeing, cands, index) \
        or words_of_another_fact(claim, q, window, agreeing, cands, index) \
        or plain_measure_instead(claim, q, window, agreeing, cands, index)


def writing_its_kind(claim: Claim, q: Quantity, window: str, named: Optional[tuple[str, Fact]],
                     index: FactIndex) -> Optional[tuple[str, Fact]]:
    """``named`` (the claim's words for another measure, the fact of that measure) unless the figure is a share
    and that fact writes no percentage (None then): a fact that gives only a level (the country's 79.8 GW) says
    nothing of a share ("That gave the country roughly 70 %"), so the figure is not shown to be another measure's
    (a change, "l'accise a bondi de 7,7 %", stays another measure's: its fact's new level, « passe à », moved)."""
    if named is None or unit_class(q.unit) != "share" or figure_sense(claim, q, window) != "share":
        return named
    fact = named[1]
    figures = index.reading(fact).quantities if id(fact) in index.position else [fact.quantity]
    return named if any(x is not None and unit_class(x.unit) == unit_class(q.unit) for x in figures) else None


def plain_measure_instead(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                          index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the claim's words naming the plain measure, the fact of that measure) when the figure agrees with a fact whose
    words up to its figure name more than another fact of the same measure, period, parties and unit writes in its
    whole sentence, the claim writes none of those extra words, the other fact writes nothing the claim or the
    agreeing fact does not (its parties aside), and it gives another figure of about the same size; None otherwise."""
    mine = set(content_stems(claim.text))
    read = _measure_words(agreeing.fact, index)
    if read is None or not read[0] & mine:   # (the claim names the measure in other words, or in another language)
        return None
    names = _party_stems({m.entity for m in claim.mentions} | {agreeing.fact.subject, agreeing.source.publisher} - {None})
    said = set(content_stems(agreeing.fact.statement or "")) | {read[1]} | mine | names
    for c in rivals(claim, q, window, agreeing, cands, index):
        theirs = _plainer(read, c.fact, agreeing.fact, mine, said, names, index)
        if theirs is None:
            continue
        verdict = compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0]
        if verdict == "contradicts" and _variant_size(agreeing.fact.quantity, c.fact.quantity):
            return _claim_words(claim.text, theirs & mine) or claim.text, c.fact
        if verdict == "supports":
            return None
    return None


def _plainer(ours: tuple, fact: Fact, agreeing: Fact, mine: set[str], said: set[str], names: set[str],
             index: FactIndex) -> Optional[set[str]]:
    """The stems of another fact's sentence (without the word linking its measure to its figure) when it names the
    plain measure of the agreeing fact's narrower one: it writes nothing the agreeing fact, the claim or their parties
    (``said``) do not — nor, up to its figure, what the agreeing one does not write up to its own —, it names all the claim's words the agreeing one names up to its figure (``ours``), and the
    agreeing one names there words neither it nor the claim writes, none joined to the measure by "and" (``ours``:
    ``_measure_words`` of the agreeing fact); None otherwise."""
    other = _measure_words(fact, index) if fact.statement != agreeing.statement else None
    if other is None:
        return None
    # (its words of change, "down 13.4 %", « en baisse de », say how its figure moved, nothing of what it measures)
    theirs = {st for w, _, _ in words(fact.statement or "") if not direction_of(w) for st in content_stems(w)} - {other[1]}
    extra = _unsaid(_unsaid(ours[0], theirs), mine)
    if not extra or extra & ours[2] or _unsaid(theirs, said) or _unsaid(ours[0] - _unsaid(ours[0], mine), theirs):
        return None
    # (nor, up to its figure, a name the agreeing one writes only elsewhere: "Delta orders" against "consolidated
    # orders … (40 Delta vessels …)" is a part)
    return None if _unsaid(other[3], ours[3] | mine | names) else theirs


def _unsaid(stems: set[str], said: set[str]) -> set[str]:
    """The stems of ``stems`` that none of ``said`` is a form of (``terms.forms_of_one_word``, lengths at most two
    letters apart)."""
    return {st for st in stems if st not in said and not any(forms_of_one_word(st, o, 2) for o in said)}


def _variant_size(ours: Quantity, theirs: Quantity) -> bool:
    """Whether two figures are of one size, as a measure and a variant of it are (at most twice the other, of one
    sign): a part of a whole, a region's or a segment's, is read by the place and part rules."""
    a, b = ours.value, theirs.value
    return a is not None and b is not None and a * b > 0 and max(abs(a), abs(b)) <= 2 * min(abs(a), abs(b))


def _party_stems(entities: set[str]) -> set[str]:
    """The stems of the words of the parties a claim is about (their entities' ids): those it names, and the agreeing
    fact's declared subject and its source's publisher, which the claim may leave to the sentences before."""
    return {st for e in entities for st in content_stems(e.replace("-", " "))}


def _claim_words(text: str, stems: set[str]) -> str:
    """The claim's words from the first to the last that the plain measure's fact names ("return on tangible
    equity")."""
    hits = [(s, e) for w, s, e in words(text) if set(content_stems(w)) & stems]
    return text[hits[0][0]:hits[-1][1]] if hits else ""


def _measure_words(fact: Fact, index: FactIndex) -> Optional[tuple[frozenset[str], str, frozenset[str], frozenset[str]]]:
    """(the stems of the words that name what a fact's declared figure measures, the stem of the word that links them
    to it, the stems of those joined to the word before by ``qualifier_joiners``, the stems of all the clause's words
    but that link, names too): the words of its clause (from the sentence's start, or a semicolon) up to its figure
    (``figures.stated_figure``), without words of change (« en hausse de », "rose") and without the last one before the
    figure when it is in lower case, the verb or noun that links the measure to its figure ("was", « s'élève à »,
    « atteint ») — "" when it is none; None when the sentence does not write its figure."""
    own, fq = stated_figure(fact, index), fact.quantity
    # (the figure as signed as declared: one written unsigned, "fell 7 %" for -7, is read by the way rules)
    if own is None or not same_value(own.value, fq.value):
        return None
    text = fact.statement or ""
    clause = text[max((m.end() for m in _P_MEASURE_WORDS.finditer(text[:own.start])), default=0):own.start]
    # (a name is a party or a place, read by the place and party rules: "Greater China net sales" is a part; a word
    # joined by "and", « et », widens the measure: "exports of goods and services" is the whole)
    said = list(words(clause))
    read = [(w, st, i > 0 and fold(said[i - 1][0]) in _joiners()) for i, (w, at, _) in enumerate(said)
            if not direction_of(w) and (w.islower() or at == 0 and not w.isupper()) for st in content_stems(w)]
    link = read[-1][1] if read and read[-1][0] in _linking_words(clause) and read[-1][0].islower() else ""
    named = frozenset(st for w, _, _ in said if not direction_of(w) for st in content_stems(w)) - {link}
    return frozenset(st for _, st, _ in read) - {link}, link, frozenset(st for _, st, joined in read if joined), named


@stored
def _joiners() -> frozenset[str]:
    return frozenset(fold(str(w)) for lang in LANGS for w in lexicon(lang, "measures").get("qualifier_joiners") or [])


def _linking_words(clause: str) -> list[str]:
    """The last word of a clause and the one before it, when nothing but spaces stand between them and the figure
    that follows the clause: the verb right before a figure, or before its preposition ("was", « s'élève à »)."""
    found, end = [], len(clause)
    for w, at, stop in reversed(list(words(clause))[-2:]):
        if clause[stop:end].strip():
            break
        found.append(w)
        end = at
    return found
