"""A figure confirmed by the fact of a qualified measure while the claim names the measure without its qualifier,
and the list has a fact of that plain measure too (rule ``quantity-measure``).

A figure equal to a fact's is strong evidence of which fact the article means, never a verdict by itself. A list
that gives « le résultat net des activités poursuivies » and « le résultat net total » (or "net profit from
continuing operations" and "net profit") tells two measures apart by the qualifier the first writes after their
common head. A claim that writes the head only (« le résultat net a reculé de 20 % »), confirmed by the qualified
fact's figure, names the plain measure, whose own fact the list gives: the figure is the qualified measure's given
for the plain one. Read on the structure, never on a list of qualifiers: the confirming fact's subject (its words
before its first verb or figure) writes words the claim does not write anywhere (its qualifier), and another fact
of its date, language and parties has a subject that writes every word of the head both share, none of the
qualifier's, and nothing else but a word of the whole ("total", « groupe ») or a name of its parties. That fact
refutes the claim when its declared figure in the claim's unit does, or for a change in per cent, the change from
the earlier level its sentence writes beside it (« 1,2 M€, contre 12,8 M€ »): contradicted. Nothing when the plain measure's fact writes the
claim's figure too, when another fact confirms the figure without a dropped qualifier, or when the head the two
share names no measure noun.
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..factread import measure_nouns_in
from ..language import detect_language
from ..match import FactIndex
from ..measurepart import subject_of
from ..model import Claim, Fact, Quantity, same_value
from ..resources import words as word_list
from ..tablestore import stored
from ..terms import content_stems, forms_of_one_word
from ..text import fold, words
from .findings import Finding
from .figures import fact_parties
from .segment import writes_figure
from .clauses import figure_sense, figure_window
from .listwords import period_stems
from .signs import signed
from .partgate import a_verb_after_a_name, of_a_period_or_whole, turned_confirmations
from ..measurepart import modifiers_before_noun

RULE_ID = "quantity-measure"


@stored
def _whole_stems() -> frozenset[str]:
    """The stems of the words of the whole (``whole_scope_words``): the plain measure's fact may write one."""
    return frozenset(s for w in word_list("measures", "whole_scope_words") for s in content_stems(w))


@stored
def _period_adjectives() -> frozenset[str]:
    """The adjectives of a span of time (``period_adjectives``: "annual", « annuel »): no qualifier of a measure."""
    return frozenset(fold(w) for w in word_list("measures", "period_adjectives"))


@stored
def _linkers() -> frozenset[str]:
    """The words that join a measure to a qualifier written after it (``qualifier_linkers``: "from", « des »)."""
    return frozenset(fold(w) for w in word_list("measures", "qualifier_linkers"))


def _written(stem: str, stems: set[str]) -> bool:
    return stem in stems or any(forms_of_one_word(stem, s, 2) for s in stems)


def _names(fact: Fact, index: FactIndex) -> set[str]:
    """The stems of the names of a fact's parties and its source's publisher."""
    ids = set(fact_parties(fact, index)) | {fact.subject} - {None}
    out = set()
    for e in ids:
        out.update(content_stems(e.replace("-", " ")))
        out.update(s for n in (index.entity_name(e) or "",) for s in content_stems(n))
    return out


def _same_parties(fact: Fact, other: Fact, index: FactIndex) -> bool:
    """Whether two facts are of the same parties, the publisher of their source aside (a fact of its report that
    names none is the publisher's)."""
    mine, theirs = fact_parties(fact, index), fact_parties(other, index)
    publisher = {s.publisher for s in (index.sources.get(fact.source), index.sources.get(other.source)) if s} - {None}
    return fact.source == other.source and not (mine ^ theirs) - publisher or mine == theirs


_MAX_GAP = 2                           # (function words between a qualifier and the head it is written on)


def _subject(fact: Fact) -> str:
    """A fact's subject (its words before its first verb or figure), up to its first comma or bracket (an incise
    says what the measure is, « … , qui … », not which)."""
    subject = subject_of(fact.statement or "")
    return re.split(r"[,(;:]", subject, maxsplit=1)[0] if subject else ""


def _subject_stems(fact: Fact, names: set[str]) -> Optional[list[tuple[str, str, bool]]]:
    """(the word folded, its content stem or "", whether it may qualify a measure) of each word of a fact's subject
    (``_subject``) in order, its parties' names and figures aside (a figure's stem is ""); a name, a word of a period or
    of the whole may not qualify one; None when its sentence has no subject before a verb or figure."""
    subject = _subject(fact)
    if not subject:
        return None
    out, toks = [], list(words(subject))
    for i, (w, _, _) in enumerate(toks):
        if a_verb_after_a_name(toks, i):
            break                       # ("Velmor reported record revenue": the verb of its party's name)
        stems = [st for st in content_stems(w) if not _written(st, names)]
        if any(ch.isdigit() for ch in w) or not stems:
            out.append((fold(w), "", not content_stems(w) and not any(ch.isdigit() for ch in w)))
            continue
        named = any(ch.isupper() for ch in w[1:]) or i > 0 and w[:1].isupper()
        ok = not named and fold(w) not in of_a_period_or_whole() and fold(w) not in _period_adjectives()
        out.extend((fold(w), st, ok and st not in period_stems() and st not in _whole_stems()) for st in stems)
    return out


# complexity: one walk each way from the head along the words a qualifier may be, with the linker a complement
# opens: kept whole to read the two sides in one place
def _qualifier(toks: list[tuple[str, str, bool]], said: set[str], lang: str) -> tuple[str, set[str]]:
    """(the head: the subject's words the claim writes, the qualifier: the stems of the words that may qualify a
    measure, that the claim does not write, written on the head as its language writes a qualifier — right before it
    where modifiers come first, right after it where they come after, or after it across a linker of a complement,
    "from", « des » — and on each other right after)."""
    head = [i for i, (_, st, ok) in enumerate(toks) if st and ok and _written(st, said)]
    before, linkers = modifiers_before_noun(lang), _linkers()
    tied, k = set(head), max(head, default=-1) + 1
    if k and k < len(toks) and not toks[k][1] and toks[k][0] in linkers:
        k += 1                          # (« le résultat net des activités », "net profit from continuing operations")
    elif before:
        k = len(toks)                   # (an English qualifier after its noun only across a linker)
    while k < len(toks) and toks[k][1] and toks[k][2] and not _written(toks[k][1], said):
        tied.add(k)
        k += 1
    k = min(head, default=0) - 1
    while before and k >= 0 and toks[k][1] and toks[k][2] and not _written(toks[k][1], said):
        tied.add(k)                     # ("continuing operations net profit")
        k -= 1
    return " ".join(toks[i][0] for i in head), {toks[i][1] for i in tied} - {toks[i][1] for i in head}


def _opens_elsewhere(claim: Claim, q: Quantity) -> bool:
    """Whether the claim's words before its figure write a possessive, a relative pronoun or a noun of a part ("its
    revenue", "whose revenue", "the division's sales", « sa part »): a measure the sentence before named more fully."""
    before = {fold(w).removesuffix("'s").removesuffix("\u2019s") for w, _, _ in words(claim.text[:max(0, q.start - claim.start)])}
    return bool(before & _elsewhere_words())


@stored
def _elsewhere_words() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("claims", "possessive_determiners") + word_list("claims", "relative_pronouns")
                     + word_list("measures", "part_nouns_named_before") + word_list("measures", "part_nouns_named_after"))


# complexity: the confirming fact's qualifier, then one pass over the list for the plain measure's fact, each test
# an early skip
def dropped_qualifier(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the qualifier the claim drops, the plain measure's fact) when the confirming ``fact``'s subject writes a
    qualifier the claim does not and another fact gives the plain measure (see the module's docstring)."""
    lang = index.reading(fact).language
    if fact.quantity is None or detect_language(claim.text) != lang or _opens_elsewhere(claim, q) \
            or compare_quantity(signed(q, claim, fact, figure_window(claim, q)), fact.quantity)[0] != "supports":
        return None
    names = _names(fact, index)
    toks = _subject_stems(fact, names)
    if not toks:
        return None
    said = f"{claim.text} {claim.context_text}"
    head, extra = _qualifier(toks, set(content_stems(said)) | set(content_stems(said.replace("-", " "))), lang)
    if not extra or not measure_nouns_in(head):
        return None
    head = {st for w in head.split() for st in content_stems(w)}
    for other in index.facts:
        if other is fact or other.quantity is None or other.as_of != fact.as_of or not other.statement \
                or index.reading(other).language != lang or other.statement == fact.statement \
                or not _same_parties(fact, other, index):
            continue
        plain = _subject_stems(other, names | _names(other, index))
        theirs = {st for _, st, _ in plain or () if st}
        if not theirs or not all(_written(s, theirs) for s in head):
            continue
        rest = {s for s in theirs if not _written(s, head)}
        if rest - _whole_stems() or any(_written(s, theirs) for s in extra):
            continue
        return " ".join(sorted(extra)), other
    return None


def _plain_figure(claim: Claim, q: Quantity, other: Fact, index: FactIndex) -> Optional[Quantity]:
    """The plain measure's figure the claim's is read against: its declared figure in the claim's unit, or, for a
    change the claim gives in per cent, the change from the earlier level its sentence writes after its declared one
    (« 1,2 M€, contre 12,8 M€ »: -90.6 %); None when it gives neither."""
    o = other.quantity
    if o.unit == q.unit:
        return o
    if q.unit != "percent" or o.value is None or figure_sense(claim, q, figure_window(claim, q)) != "change":
        return None
    read = index.reading(other).quantities
    stated = next((x for x in read if x.unit == o.unit and x.value is not None and same_value(x.value, o.value)), None)
    earlier = next((x for x in read if stated is not None and x.start > stated.start and x.unit == o.unit
                    and x.value not in (None, 0) and x.value * o.value > 0), None)
    if earlier is None:
        return None
    return Quantity(value=round((o.value / earlier.value - 1) * 100, 1), unit="percent", text="")


def _replacement(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    found = dropped_qualifier(claim, q, f.fact, index)
    if found is None:
        return None
    extra, other = found
    if writes_figure(other, q, index):
        return None                     # (the plain measure's fact gives the figure too)
    plain = _plain_figure(claim, q, other, index)
    if plain is None or compare_quantity(signed(q, claim, other, figure_window(claim, q)), plain)[0] != "contradicts":
        return None
    return Finding("contradicts", RULE_ID, other,
                   f"wrong measure: {q.text.strip()!r} is the source's figure for a qualified measure "
                   f"({f.fact.statement}); for the measure the article names it gives {fmt_quantity(plain)}: "
                   f"{other.statement}", part=f.part)


def of_its_own_qualifier(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by a qualified measure's fact, when the claim names the
    plain measure the list gives too, turned into that fact's refutation (``_replacement``), unless another fact
    confirms the same figure without a dropped qualifier."""
    return turned_confirmations(claim, findings, lambda f, q: _replacement(claim, q, f, index))
