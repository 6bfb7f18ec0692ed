"""What a figure measures, by its measure nouns (``measure_nouns_in``: deficit, trade, receipts, spending, permits,
starts, « recettes », « mises en chantier »…), read the same way in the claim's clause and in the facts' sentences.

A figure equal to a fact's figure is strong evidence of which fact the article means, never a verdict by itself:
"the deficit reached $98.6 billion" is not confirmed by "trade reached $98.6 billion" when another fact of the
same unit and period gives the deficit ("the goods deficit reached $41.2 billion"). The article names a measure
noun the agreeing fact's sentence does not, and another fact names more of the article's nouns around a figure
of its own that disagrees: the figure is that other measure's, given wrong (the same reading decides whether a
record a fact gives is the record the claim states: ``checks/judge/rankmeasure.py``). A phrase of the figure's clause
the agreeing fact does not write and another fact does ("accepted on results day"), with a figure of the claim's unit
of its own beside its main one, names that other measure the same way (``otherwords.words_of_another_fact``); a figure set off
after a comma that names nothing before it ("…, to 8.4 billion") is read with the claim's subject ("free cash flow");
the word right after a figure, « en direct », that the agreeing fact writes only right after another figure of its
sentence is that figure's qualifier (``qualifier_at_another_figure``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..factread import measure_nouns_in
from ..measurephrases import phrase_ids, phrase_table
from .countednoun import counted_noun
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import words as word_list
from ..tablestore import stored
from ..terms import content_stems
from ..text import words
from .agreement import before_figure, window_start
from .figures import signed, stated_figure
from .sentencefigures import words_at_figure, words_at_other_figures
from .partclause import said_of_a_part
from .listwords import period_stems
from .rivals import by_words, rivals as rival_facts


def measure_noun_conflict(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                          index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the article's measure word, the fact of that measure) when the figure agrees with a fact that does not
    name what the figure's clause says it measures, and another fact of its unit, sense and period names more of
    it and gives another figure — or when the agreeing fact gives a variant of the result the claim does not name
    (pro forma, adjusted: ``_variant_of``) and another fact gives the result itself otherwise; None otherwise (also
    when such a fact gives the figure too)."""
    # (what a share is a share of follows it, "60 % de ses bénéfices": only the words before a share name it)
    part = said_of_a_part(claim, q, window, agreeing.fact, index)
    if part is not None:                # (« endommagées, dont 21 % complètement »: a word of a part, not of the whole)
        return part
    # (with the scope of a result it names, « part du groupe », "adjusted": ``scopes_in``)
    said = said_of(claim, q, window)
    mine = measure_terms_in(said)
    has = mine & measure_terms_of(agreeing.fact)
    variant = _variant_of(agreeing.fact, said + " " + claim.text[:max(0, q.start - claim.start)], has)
    if has == mine and not variant:
        return _named_at_another_figure(claim, q, window, mine, agreeing.fact, index)
    hit = _rival_of_the_measure(claim, q, window, agreeing, cands, index, said, has, variant)
    if hit is None:
        return (_named_at_another_figure(claim, q, window, mine, agreeing.fact, index)
                or _variant_at_another_figure(claim, q, window, said, agreeing.fact, index)) if has == mine else None
    verdict, c, named = hit
    return (_word_for(said, named - has or has), c.fact) if verdict == "contradicts" else None


def measure_terms_of(fact: Fact) -> frozenset[str]:
    """The measure terms of a fact's statement (``measure_terms_in``), and for a clause facet that names no measure
    noun of its own (``factclauses``: a change set off after the sentence's main figure, « …, en recul de 12 % en
    données publiées », "…, down 12 % as reported") the nouns of the whole sentence it is a clause of, whose subject
    it is said of."""
    statement = fact.statement or ""
    own = measure_terms_in(statement)
    if not fact.clause_of or measure_nouns_in(statement):
        return own
    return own | measure_nouns_in(fact.clause_of)


def _rival_of_the_measure(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                          index: FactIndex, said: str, has: frozenset[str],
                          variant: frozenset[str]) -> Optional[tuple[str, Candidate, frozenset[str]]]:
    """(its verdict on the figure, the fact, the claim's measure terms it names) for the first other fact that names
    more of the figure's measure than the agreeing one (or, the agreeing fact giving a variant of the result, names
    it plainly: ``_variant_of``) and agrees or disagrees with the figure; None when none does."""
    mine = measure_terms_in(said)
    rivals = rival_facts(claim, q, window, agreeing, cands, index)
    # (a rival that fits the claim's other words less than the agreeing fact does is not preferred for one noun:
    # "Dans le Valtorne, la production …" against the national production; ranked on their words, not on the
    # figure: the agreeing fact's equal figure is what is in question)
    ranked = by_words(q, claim, window, agreeing, rivals, index)
    floor = next(s for s, c in ranked if c is agreeing)
    # (unless the agreeing fact names another scope of the result than the claim's, "adjusted" for "statutory", or,
    # naming none of the claim's measure nouns, one of its own, "orders" for "revenue": it is then another measure,
    # however many other words it shares — the claim's other words may be that fact's, only its noun changed)
    if scopes_in(agreeing.fact.statement or "") - scopes_in(said) \
            or not has and nouns_at_figure(agreeing.fact, index) - mine:
        floor = min(s for s, _ in ranked)
    for c in [c for s, c in ranked if s >= floor and c is not agreeing]:
        named = mine & nouns_at_figure(c.fact, index, measure_terms_in)
        plain = variant and named == has and not scopes_in(c.fact.statement or "") & _variant_scopes()
        if not named > has and not plain:
            continue
        verdict = compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0]
        if verdict in ("supports", "contradicts"):
            return verdict, c, named
    return None


def _variant_of(fact: Fact, said: str, has: frozenset[str]) -> frozenset[str]:
    """The scopes that make a variant of a result (``measure_scope_variants``: adjusted, pro forma) the agreeing
    fact names and the figure's words do not (``said``: with the claim's words before the figure, « Pro forma, … »),
    when both name a measure noun: the fact gives that variant's figure, and a fact naming the measure without it
    gives the claim's ("Talvane's revenue was 5.2 billion" against "pro forma revenue of 5,214 million" and "revenue
    of 4,380 million")."""
    if not has - scopes_in(said):
        return frozenset()
    return (scopes_in(fact.statement or "") - scopes_in(said)) & _variant_scopes()


@stored
def _variant_scopes() -> frozenset[str]:
    return frozenset(word_list("measures", "measure_scope_variants"))


def _named_at_another_figure(claim: Claim, q: Quantity, window: str, mine: frozenset, fact: Fact,
                             index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the article's measure word, the fact with that figure) when the agreeing fact, of several figures, names
    that word only after its figure, around other figures of its sentence of the same unit that all disagree
    (« 4,5 milliards de recettes et 4,4 milliards de dépenses »: the first figure is not the spending)."""
    around = words_at_figure(fact, index)
    if around is None:
        return None
    if not mine:                          # (no measure noun: the words right after the figure, « en direct »)
        return qualifier_at_another_figure(claim, q, window, fact, index)
    # (a noun written before the figure, "earnings rose 12 cents to $36.44", is said of it too; a claim naming a
    # noun of the figure's own, « sa perte en un bénéfice net de 410 millions », names that one)
    own = measure_terms_in(around[0]) | measure_terms_in(around[1])
    missing = frozenset() if mine & own else mine
    found = None
    for o, near in words_at_other_figures(fact, index) if missing else ():
        named = missing & measure_terms_in(near)
        if not named or o.unit != fact.quantity.unit:
            continue
        if compare_quantity(signed(q, claim, o, window), o)[0] != "contradicts":
            return None                   # (the sentence gives the figure to that measure too)
        found = found or (_word_for(window, named), replace(fact, quantity=o))
    return found


def _variant_at_another_figure(claim: Claim, q: Quantity, window: str, said: str, fact: Fact,
                               index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the article's measure word, the fact with that figure) when the clause of the agreeing fact's own figure names
    a variant of the result the figure's words do not (``measure_scope_variants``: « Le résultat opérationnel courant
    a baissé à 173 millions, et le résultat opérationnel à 168 millions »), and another clause of its sentence names
    the claim's measure plainly around a figure of the same unit that disagrees: the claim's measure is that one."""
    mine, own, text = measure_terms_in(said), stated_figure(fact, index), fact.statement or ""
    variants = _variant_scopes() - scopes_in(said)
    if not mine or own is None or own.start < 0 or not scopes_in(_figure_clause(text, own)) & variants:
        return None
    found = None
    for o in index.reading(fact).quantities:
        clause = _figure_clause(text, o) if o.start >= 0 and o.unit == own.unit and o.value != own.value else ""
        if not mine <= measure_terms_in(clause) or scopes_in(clause) & variants:
            continue
        verdict = compare_quantity(signed(q, claim, o, window), o)[0]
        if verdict == "supports":
            return None                   # (the sentence gives the figure to the plain measure too)
        found = found or ((_word_for(said, mine), replace(fact, quantity=o)) if verdict == "contradicts" else None)
    return found


_P_CLAUSE_BREAK = re.compile(r"[,;]\s")


def _figure_clause(text: str, o: Quantity) -> str:
    """The words of a fact's sentence from the clause break before the figure ``o`` (a comma or a semicolon followed
    by a space: not a decimal comma) up to it."""
    start = max((m.end() for m in _P_CLAUSE_BREAK.finditer(text, 0, o.start)), default=0)
    return text[start:o.end]


def qualifier_at_another_figure(claim: Claim, q: Quantity, window: str, fact: Fact,
                                index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the article's words, the fact with that figure) when the words the figure's clause writes right after it
    (« 6,1 millions de spectateurs en direct ») are written by the agreeing fact only right after another figure of
    its sentence, of the same unit, that disagrees (« 5,8 millions de spectateurs en direct et 6,1 millions avec le
    replay »): that figure's qualifier, given to the claim's figure, is another measure's (its words before its first
    figure, the sentence's subject, are said of every figure)."""
    text = fact.statement or ""
    figures = sorted((o for o in index.reading(fact).quantities if o.start >= 0 and o.value is not None),
                     key=lambda o: o.start)
    own = stated_figure(fact, index)
    if len(figures) < 2 or own is None:
        return None
    after = {id(o): text[o.end:nxt.start if nxt is not None else len(text)]
             for o, nxt in zip(figures, figures[1:] + [None])}
    mine = window[max(0, q.end - claim.start - window_start(claim, q)):]
    mine = mine[:next((o.start - q.end for o in claim.quantities if o.start >= q.end), len(mine))]
    # (the first word after each: the claim's, and the fact's own figure's, a qualifier of its own, « avec le
    # replay »: a complement its figures share, « 28 %, 14 % et 42 % de la fréquentation », qualifies none alone)
    said = _lead(mine, 1) - set(content_stems(after.get(id(own), ""))) - set(content_stems(text[:figures[0].start])) \
        - _period_stems()                 # (« fin 2023 », "at the end of 2023": when the figure is, not what it measures)
    if not said or not _lead(after.get(id(own), ""), 1):
        return None
    for o in figures:
        # (a figure of the sentence may leave its noun to the one before it: « 5,8 millions de … et 6,1 millions »)
        if o is own or o.unit not in {own.unit, q.unit, fact.quantity.unit, None}:
            continue
        named = said & _lead(after[id(o)], 2)
        if named and compare_quantity(signed(q, claim, o, window), o)[0] == "contradicts":
            return words_for(mine, named), replace(fact, quantity=o)
    return None


@stored
def _period_stems() -> frozenset[str]:
    """The stems of the nouns of a span of time and of its edges ("the end of 2023", « début 2024 »: ``period_words``,
    ``period_edge_words`` of ``data/lang/<code>/measures.yaml``)."""
    return period_stems() | frozenset(s for w in word_list("measures", "period_edge_words") for s in content_stems(str(w)))


def _lead(text: str, n: int) -> set[str]:
    """The stems of the first ``n`` content words of ``text`` in lower case, up to a punctuation mark."""
    text = re.split(r"[,;:()]", text, maxsplit=1)[0]
    lead = [w for w, _, _ in words(text) if w.islower() and content_stems(w)][:n]
    return {s for w in lead for s in content_stems(w)}


def said_of(claim: Claim, q: Quantity, window: str) -> str:
    """The words that say what a figure measures: its clause's (for a share, those before it), else the noun phrase
    before it, else, for an amount that counts no noun of its own, the claim's words before it (« le chiffre
    d'affaires a progressé de 2,7 % pour s'établir à 12,1 milliards »: the subject's noun)."""
    said = before_figure(claim, q, window) if unit_class(q.unit) == "share" else window
    if not measure_terms_in(said):
        said = _noun_phrase(claim, q)
    if not measure_terms_in(said) and not counted_noun(q.unit) and unit_class(q.unit) != "share":
        said = claim.text[:max(0, q.start - claim.start)]
    return said


def _noun_phrase(claim: Claim, q: Quantity) -> str:
    """The claim's words before a figure whose own clause names no measure, from the figure before it (or the
    claim's start): the noun phrase it is said of (« Le chiffre d'affaires de Velmor est resté stable, à 3,4 … »)."""
    prev = max((o.end for o in claim.quantities if o.end <= q.start and o.unit != "year"), default=claim.start)
    return claim.text[max(0, prev - claim.start):max(0, q.start - claim.start)]


def bound_of_another_measure(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                             index: FactIndex) -> bool:
    """Whether a bound ("more than 100 million") meets a fact that names none of the measure nouns of its clause
    while another fact with a figure names one around it: a bound is met by many figures, only a fact of its own
    measure confirms it ("a surplus of more than 100 million" is not confirmed by "the Norvale festival cost 137 million"
    when a fact gives the surplus)."""
    if q.bound not in ("at-least", "at-most"):
        return False
    # (its clause's nouns, else, for a bound that counts no noun of its own ("up to 248 missiles" does), those the
    # claim writes before it: « la marge de Velmor … a progressé de 3,1 % pour s'établir à plus de 8 milliards »)
    mine = measure_nouns_in(window) or (not counted_noun(q.unit)
                                        and measure_nouns_in(claim.text[:max(0, q.start - claim.start)]))
    if not mine or mine & measure_nouns_in(agreeing.fact.statement or ""):
        return False
    return any(c.fact is not agreeing.fact and c.fact.quantity is not None and mine & nouns_at_figure(c.fact, index)
               for c in cands)


def nouns_at_figure(fact: Fact, index: FactIndex, reader=measure_nouns_in) -> frozenset[str]:
    """The measure nouns of the words around a fact's figure: between its neighbours when its sentence gives
    several figures ("exports rose to €52.3 billion and imports to €61.8 billion"), else the whole sentence's
    (``reader``: ``measure_terms_in`` for its nouns and scopes)."""
    around = words_at_figure(fact, index)
    if around is None:
        return reader(fact.statement or "")
    # (else those of the words up to it: "Authorizations of units in buildings with five units or more were at
    # a rate of 445,000", where a bound stands between the noun and the figure)
    return reader(around[0]) or reader(around[1])


def measure_terms_in(text: str) -> frozenset[str]:
    """The measure nouns of a text and the scopes of a result it names (``scopes_in``)."""
    return measure_nouns_in(text) | scopes_in(text)


@functools.lru_cache(maxsize=8192)
def scopes_in(text: str) -> frozenset[str]:
    """The scopes or accounting versions of a result a text names (« part du groupe », "consolidated",
    "adjusted"), as ids; the longest form read first and its words not read again ("seasonally adjusted" is no
    adjusted result: id ``other``, dropped)."""
    return frozenset(phrase_ids(phrase_table("measure_scopes"), text) - {OTHER_SCOPE})


OTHER_SCOPE = "other"                   # (the id of data/lang/*/measures.yaml for phrases read, then dropped)


def _word_for(window: str, ids: frozenset[str]) -> str:
    """The article's own words for one of the measure nouns or scopes ``ids`` (for the explanation)."""
    toks = list(words(window))
    return next((window[toks[i][1]:toks[i + n - 1][2]] for n in (1, 2, 3, 4) for i in range(len(toks) - n + 1)
                 if measure_terms_in(window[toks[i][1]:toks[i + n - 1][2]]) & ids), sorted(ids)[0])


def words_for(window: str, stems: set[str]) -> str:
    """The article's words of ``window`` that hold one of the ``stems`` (for the explanation), else the first stem."""
    return " ".join(w for w, _, _ in words(window) if set(content_stems(w)) & stems) or sorted(stems)[0]
