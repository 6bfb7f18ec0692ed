"""The support gate: a figure a fact confirms is the claim's only when the words written on its measure do not name
another fact's measure instead.

A figure equal to a fact's says which fact the article may mean, never by itself that the article names what that
fact measures. Two facts of the list that declare figures of one unit and one date are told apart by the words
written on their measure nouns ("reported profit before taxation" against "underlying profit before taxation",
« les ventes des magasins » against « les ventes en ligne »). When the words written on the measure noun that names
the claim's figure (``modifiers``: in its sentence from the figure before it, or its start, to it, and in its
clause after it) include one the other fact writes on its own measure noun and the confirming fact writes nowhere,
and none the confirming fact writes on its measure and the other fact does not, the article names the other fact's
measure: where that fact gives another figure, the claim's figure is the confirming fact's put under the other's
name, contradicted, the explanation naming both facts. Words compare only within one language; the listed words
of no part — a period's, a whole's — and names, verbs and words of a change are no measure's modifiers.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..compare import compare_quantity, fmt_quantity
from ..detect.clauses import verb_words
from ..figurewords import level_verbs
from ..language import detect_language
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import words as word_list
from ..tablestore import stored
from ..terms import concepts_in, content_stems
from ..acronyms import as_acronyms
from ..factread import measure_noun_words, measure_nouns_in
from ..measurepart import modifiers_before_noun, no_part_words
from ..text import fold, words
from .clauses import figure_window
from .findings import Finding, figure_of_part
from .listwords import complement_linkers, period_stems, possessive_endings

_CHANGES = frozenset(("increase", "decrease", "unchanged"))
_P_INCISE = re.compile(r",[^,]*,")
_MAX_WORDS = 4                          # (the words read on one side of a measure noun)


def _naming_words(claim: Claim, q: Quantity) -> str:
    """The words that name the figure ``q``: its sentence from the end of the figure before it (or its start) to it,
    an incise between two commas left out (what it says of the measure, « Le revenu, plus large que le revenu net,
    ressort à », names no other), and its clause after it up to the next figure."""
    text = claim.focus or claim.text
    s, e = q.start - claim.start, q.end - claim.start
    before = max([o.end - claim.start for o in claim.quantities if o.end - claim.start <= s] + [0])
    after = figure_window(claim, q)
    cut = after.find(text[s:e])
    tail = after[cut + e - s:] if cut >= 0 else ""
    nxt = min([o.start - claim.start for o in claim.quantities if o.start - claim.start >= e] + [len(text)])
    return _P_INCISE.sub(",", text[before:s]) + " " + tail[:max(0, nxt - e)]


# complexity: one pass over each measure noun's words on the side its language writes modifiers, with the stops a
# modifier run has (a gap, a name, a verb, a known concept, an acronym after it): kept whole to read in one place
def modifiers(text: str, lang: str, nouns: Optional[frozenset] = None, known: frozenset = frozenset()) -> set[str]:
    """The stems of the words written on a measure noun of ``text`` (``measure_noun_words``): the content words
    right before it in a language whose modifiers come first ("Reported pre-tax profit", up to a function word, a
    name or a figure; the text's first word read in lower case), those right after it in one whose modifiers come
    after it (« le résultat avant impôt publié », « les ventes des magasins », across a complement's linker) — no
    verb, no word of a change, a period or a whole; with ``nouns``, on those measure nouns only; none of the
    ``known`` concepts ("pre-tax" for a fact's "before tax")."""
    toks = list(words(text))          # (as written: a name keeps its capital)
    out: set[str] = set()
    if len(list(words(as_acronyms(text)))) != len(toks):
        return out                      # (a measure spelled out as its acronym: the words ``measure_noun_words`` counts differ)
    before = modifiers_before_noun(lang)
    for qid, i, n in measure_noun_words(text):
        if nouns is not None and qid not in nouns:
            continue
        run = range(i - 1, max(-1, i - 1 - _MAX_WORDS), -1) if before else range(i + n, min(len(toks), i + n + _MAX_WORDS))
        found, end = [], toks[min(i + n, len(toks)) - 1][2]
        for j in run:
            w = toks[j][0]
            if not before and j == i + n and fold(w) in complement_linkers():
                continue                # (« des magasins »)
            gap = text[toks[j][2]:toks[j + 1][1]] if before else text[toks[j - 1][2]:toks[j][1]]
            if gap.strip() or not _a_modifier(w, j) or before and a_verb_after_a_name(toks, j):
                break
            if set(concepts_in(w)) & known:
                continue
            found += [s for s in content_stems(w) if s not in period_stems()]
            end = max(end, toks[j][2])
        if not text[end:].lstrip().startswith("("):
            out.update(found)           # (not a name its acronym follows, « résultat opérationnel courant contributif (ROCC) »)
    return out


def a_verb_after_a_name(toks: list, j: int) -> bool:
    """Whether the word ``j`` is the verb of a name right before it, not in the possessive ("Tarvosk reported
    profit"; not "Tarvosk's reported profit")."""
    w = fold(toks[j][0])
    return j > 0 and w in verb_words() and toks[j - 1][0][:1].isupper() and not fold(toks[j - 1][0]).endswith(possessive_endings())


def _a_modifier(word: str, j: int) -> bool:
    """Whether a word may be written on a measure noun as its modifier: a content word, no figure, verb of reaching
    a level, word of a change, of a period or of a whole, no name, elided or in the possessive (the text's first word may be written
    with a capital: "Reported pre-tax profit")."""
    w, bare = fold(word), word.replace("\u2019", "'")
    bare = bare.split("'", 1)[1] if "'" in bare[:3] else bare       # (an elided article: « d'Hermès »)
    named = any(ch.isupper() for ch in bare) and (j > 0 or fold(bare).endswith(possessive_endings()) or bare != word)
    return bool(content_stems(word)) and not any(ch.isdigit() for ch in word) and not named \
        and w not in level_verbs() and not set(concepts_in(word)) & _CHANGES \
        and not any(p in of_a_period_or_whole() for p in w.split("-"))


def _fact_stems(fact: Fact) -> set[str]:
    """Every content stem a fact writes, in its sentence or its terms."""
    return set(content_stems(fact.statement or "")) | {s for t in fact.terms for s in content_stems(t)}


def other_measure(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[tuple[Fact, str]]:
    """The fact whose own words the claim's figure is named with, and the first such word, when it gives another
    figure of the confirming ``fact``'s unit and date (see the module's docstring); None otherwise."""
    lang = index.reading(fact).language
    if fact.quantity is None or not fact.statement or detect_language(claim.text) != lang:
        return None
    naming = _naming_words(claim, q)
    said = modifiers(naming, lang, measure_nouns_in(fact.statement), frozenset(index.fact_concepts(fact)))
    said &= set(content_stems(as_acronyms(naming)))     # (not a word of a measure spelled out, "ROCC"'s)
    if not said:
        return None
    own, written = modifiers(fact.statement, lang), _fact_stems(fact)
    for c in index.candidates(claim):
        other = c.fact
        if other is fact or other.quantity is None or other.quantity.unit != fact.quantity.unit \
                or other.as_of != fact.as_of or not other.statement or index.reading(other).language != lang:
            continue
        theirs = _fact_stems(other)
        word = sorted(said & modifiers(other.statement, lang) - written)
        if word and not said & (own - theirs) and compare_quantity(q, other.quantity)[0] == "contradicts":
            return other, word[0]
    return None


def gated(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure — the fact's own figure — whose naming words are another
    fact's (``other_measure``) turned into that fact's contradiction, unless another fact confirms the same figure
    and passes."""
    def turn(f: Finding, q: Quantity) -> Optional[Finding]:
        found = other_measure(claim, q, f.fact, index)
        if not found:
            return None
        fact, word = found
        return Finding("contradicts", "quantity-measure", fact,
                       f"wrong measure: {f.part!r} is the source's figure for what its sentence names "
                       f"({f.fact.statement}); the article names it {word!r}, as the source names another "
                       f"figure, {fmt_quantity(fact.quantity)}: {fact.statement}", part=f.part)
    return turned_confirmations(claim, findings, turn, any_rule=True,
                                where=lambda f, q: compare_quantity(q, f.fact.quantity)[0] == "supports")


def turned_confirmations(claim: Claim, findings: list[Finding], turn: Callable[[Finding, Quantity], Optional[Finding]],
                         any_rule: bool = False, where: Callable[[Finding, Quantity], bool] = lambda f, q: True
                         ) -> list[Finding]:
    """The findings with each confirmation of a claim's figure by a fact with a figure (by a rule of figures, unless
    ``any_rule``; ``where`` it holds) replaced by what ``turn`` makes of it, unless another such confirmation of the
    same figure is left as it was: the one shape of ``gated``, ``familymember.of_its_own_member`` and
    ``droppedqualifier.of_its_own_qualifier``."""
    figure = [(f, q) for f in findings if f.relation == "supports" and (any_rule or f.rule.startswith("quantity"))
              and f.fact is not None and f.fact.quantity is not None
              and (q := figure_of_part(claim, f.part)) is not None and where(f, q)]
    if not figure:
        return findings
    turned = {id(f): t for f, q in figure for t in [turn(f, q)] if t is not None}
    if not turned:
        return findings
    kept = {f.part for f, _ in figure if id(f) not in turned}
    return [turned[id(f)] if id(f) in turned and f.part not in kept else f for f in findings]


@stored
def of_a_period_or_whole() -> frozenset[str]:
    """The words of no part (``no_part_words``) but the measure's own (``measure_words_of_no_part``: "underlying",
    "reported" are what tells two measures apart here): a period's, a whole's."""
    return no_part_words() - {fold(w) for w in word_list("measures", "measure_words_of_no_part")}
