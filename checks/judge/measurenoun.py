"""What a figure measures, by its measure nouns (``measure_nouns_in``: deficit, trade, receipts, spending, permits,
starts, « recettes », « mises en chantier »…), read the same way in the claim's clause and in the facts' sentences.

A figure equal to a fact's figure is strong evidence of which fact the article means, never a verdict by itself:
"the deficit reached $98.6 billion" is not confirmed by "trade reached $98.6 billion" when another fact of the
same unit and period gives the deficit ("the goods deficit reached $41.2 billion"). The article names a measure
noun the agreeing fact's sentence does not, and another fact names more of the article's nouns around a figure
of its own that disagrees: the figure is that other measure's, given wrong (the same reading decides whether a
record a fact gives is the record the claim states: ``checks/judge/rankmeasure.py``). A phrase of the figure's clause
the agreeing fact does not write and another fact does ("accepted on results day"), with a figure of the claim's unit
of its own beside its main one, names that other measure the same way (``words_of_another_fact``); a figure set off
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
from ..factread import direction_of, measure_nouns_in
from ..measurephrases import phrase_ids, phrase_table
from .countednoun import counted_noun
from .governed import unsaid_complements
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import words as word_list
from ..tablestore import stored
from ..terms import content_stems
from ..text import words
from .agreement import before_figure, window_start
from .figures import fact_expected, fact_parties, signed, stated_figure
from .sentencefigures import words_at_figure, words_at_other_figures
from .partclause import said_of_a_part
from .scope import named_in_clause
from .rivals import by_words, of_its_period, rivals as rival_facts


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
        return _named_at_another_figure(claim, q, window, mine, agreeing.fact, index) if has == mine else None
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
    said = _lead(mine, 1) - set(content_stems(after.get(id(own), ""))) - set(content_stems(text[:figures[0].start]))
    if not said or not _lead(after.get(id(own), ""), 1):
        return None
    for o in figures:
        # (a figure of the sentence may leave its noun to the one before it: « 5,8 millions de … et 6,1 millions »)
        if o is own or o.unit not in {own.unit, q.unit, fact.quantity.unit, None}:
            continue
        named = said & _lead(after[id(o)], 2)
        if named and compare_quantity(signed(q, claim, o, window), o)[0] == "contradicts":
            return _words_for(mine, named), replace(fact, quantity=o)
    return None


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
    return next((window[toks[i][1]:toks[i + n - 1][2]] for n in (1, 2, 3) for i in range(len(toks) - n + 1)
                 if measure_terms_in(window[toks[i][1]:toks[i + n - 1][2]]) & ids), sorted(ids)[0])


def words_of_another_fact(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                          index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the article's words, the fact they name) when the figure agrees with a fact whose sentence lacks a phrase
    of the figure's clause ("accepted on results day" for a fact on those "accepted at one kind of institution")
    that another fact of its period and parties writes, with a figure of the claim's unit of its own that
    disagrees and none that agrees (its main figure may be another: a count with its change in per cent): the
    figure is that other measure's, given wrong."""
    # (the phrase is read in the figure's clause, what else the figure is said of in the whole claim; of a share
    # that its clause names before it, the words before it: what follows, « 42 % du chiffre d'affaires », "12 % of
    # sales", is the whole it is a share of, not what it measures)
    said = claim.focus or claim.text
    clause = set(content_stems(said))
    shared = clause & set(content_stems(agreeing.fact.statement or ""))
    text, phrases, heads = _phrases_of(claim, q, _share_named_before(claim, q, window), shared)
    phrases, heads = unsaid_complements(text, shared, phrases, heads)   # (« ventes de pièces »)
    if not phrases:
        return None
    nouns = measure_nouns_in(said) & measure_nouns_in(agreeing.fact.statement or "")
    parties = named_in_clause(claim, q, window, index) & fact_parties(agreeing.fact, index)
    from .place import claim_place, other_place
    place = claim_place(claim, q, frozenset(), index)
    for c in cands:
        # (the figure's place, written by the agreeing fact while the other is of another place, ties the figure to
        # the agreeing one: « 780 000 foyers bretons » is the figure « en Bretagne », not another measure of France)
        if place is not None and not other_place(agreeing.fact, place, index) and other_place(c.fact, place, index):
            continue
        phrase = _phrase_written(c, agreeing, phrases, heads, clause, shared)
        # (the other fact must name every measure noun of the claim the agreeing one names: "revenue" is no
        # "operating margin")
        if phrase is None or not nouns <= measure_nouns_in(c.fact.statement or "") \
                or not _same_kind(c, agreeing, parties, index):
            continue
        other = _its_own_figure(claim, q, window, c.fact, index, agreeing.fact.quantity)
        if other is not None:
            return _words_for(text, phrase), replace(c.fact, quantity=other)
    return None


def _share_named_before(claim: Claim, q: Quantity, window: str) -> str:
    """The words of a share's clause that name what it measures: those before it when they name something and the
    figure is read as a share of the noun after it (``Quantity.of``: that noun is the whole it is a share of); the
    whole clause for any other figure (« dépassent de 13,5 % leur moyenne »: what it is compared with)."""
    before = before_figure(claim, q, window)
    return before if q.of and unit_class(q.unit) == "share" and content_stems(before) else window


def _phrases_of(claim: Claim, q: Quantity, window: str, shared: set[str]) -> tuple[str, list[set[str]], list[set[str]]]:
    """(the words read, the phrases of ``_unsaid_phrases``): the figure's clause's; for a clause that names nothing
    before its figure, "…, to 8.4 billion", « …, à 8,4 milliards », the claim's subject's, read from its words before
    its first figure (none when another figure comes first, "39,345 people died …, 3.8 % fewer": that one's noun)."""
    phrases, heads = _unsaid_phrases(window, shared)
    if phrases or content_stems(before_figure(claim, q, window)):
        return window, phrases, heads
    first = min((o.start for o in claim.quantities if o.unit != "year"), default=q.start)
    text = claim.text[:max(0, first - claim.start)]
    return (text, *_unsaid_phrases(text, shared, subject=True))


def _phrase_written(c: Candidate, agreeing: Candidate, phrases: list[set[str]], heads: list[set[str]],
                    clause: set[str], shared: set[str]) -> Optional[set[str]]:
    """The phrase of the figure's clause the other fact writes, when it is as close to the whole clause as the
    agreeing one (not only to its phrase); or the words that say what a noun both write is (« la perte économique
    globale »), when it is a fact of the agreeing one's source."""
    theirs = set(content_stems(c.fact.statement or ""))
    phrase = next((p for p in phrases if p <= theirs), None)
    if phrase is not None and len(clause & theirs) >= len(shared):
        return phrase
    return next((p for p in heads if p <= theirs), None) if c.fact.source == agreeing.fact.source else None


def _its_own_figure(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex,
                    agreed: Optional[Quantity] = None) -> Optional[Quantity]:
    """A figure of the claim's unit (or, for a bare number, a bare one or one of the agreeing fact's unit: « à
    350 000 le nombre de personnes ») the fact's sentence gives (not where a change started) that disagrees with the
    claim's, when none agrees and none is a figure the claim gives too ("£104m, the largest share of £168m")."""
    reading = index.reading(fact)
    unit = q.unit if q.unit is not None or agreed is None else agreed.unit
    own = [o for o, base in zip(reading.quantities, reading.baselines or (False,) * len(reading.quantities))
           if o.unit in {unit, q.unit} and not base and o.value is not None]
    if any(compare_quantity(x, o)[0] == "supports" for x in claim.quantities if x is not q for o in own):
        return None
    verdicts = [compare_quantity(signed(q, claim, o, window), o)[0] for o in own]
    if "supports" in verdicts:
        return None
    return next((o for o, v in zip(own, verdicts) if v == "contradicts"), None)


def _same_kind(c: Candidate, agreeing: Candidate, parties: set[str], index: FactIndex) -> bool:
    """Another fact of the agreeing one's period, language and kind (expected or happened), current, naming the
    parties of the figure's clause the agreeing one names; or an expectation of that period: a target the party set
    for a measure (« la FFT visait un chiffre d'affaires de 338 millions », "Velmor was targeting revenue of …")
    names that measure as well, which the agreeing fact does not."""
    # (a fact of the agreeing one's source that names no party is of the parties its source is about)
    theirs = fact_parties(c.fact, index)
    return c.fact is not agreeing.fact and c.source.id not in index.superseded_by \
        and of_its_period(c.fact, agreeing.fact) \
        and (parties <= theirs or not theirs and c.fact.source == agreeing.fact.source) \
        and index.reading(c.fact).language == index.reading(agreeing.fact).language \
        and (fact_expected(c.fact, index) == fact_expected(agreeing.fact, index) or fact_expected(c.fact, index))


def _words_for(window: str, stems: set[str]) -> str:
    return " ".join(w for w, _, _ in words(window) if set(content_stems(w)) & stems) or sorted(stems)[0]


# complexity: one pass over the clause's words, each either in a run of unsaid words or ending one, with the noun
# the fact writes on either side of it
def _unsaid_phrases(window: str, said: set[str], subject: bool = False) -> tuple[list[set[str]], list[set[str]]]:
    """The stems of each run of two or more content words of the figure's clause, in lower case (a qualifier, not
    a party's name), that the agreeing fact writes none of, with only function words between them ("on results
    day", « le jour de la rentrée »): one word unsaid is as often a paraphrase ("rose" for "up"); then the two words
    of such a run right beside a noun the fact writes, after it or before it ("put the overall economic loss", « la
    perte économique globale »): what that noun is. ``subject``: the words are a subject's and its verb's, and a verb
    of change ends the noun phrase ("free cash flow declined by …"), where in a clause it may name the measure ("fell
    ill")."""
    runs: list[list[str]] = [[]]
    heads: list[set[str]] = []
    end, last, shared_at, opened_by = 0, -1, -1, False
    for w, start, stop in words(window):
        stems = content_stems(w)
        if any(ch in ",;:()" for ch in window[end:start]):        # (a punctuation mark ends the phrase)
            runs.append([])
        end = stop
        if not stems:
            continue
        if w.islower() and not set(stems) & said and not any(ch.isdigit() for ch in w) \
                and not (subject and direction_of(w)):
            if not runs[-1]:
                opened_by = shared_at >= 0 and not window[shared_at:start].strip()
                if opened_by:
                    heads.append(set())
            runs[-1] += list(stems)
            if opened_by and len(heads[-1]) < 2:
                heads[-1] |= set(stems)
            last = stop
            continue
        shared_at = stop if set(stems) & said else -1
        if runs[-1]:
            if shared_at >= 0 and len(runs[-1]) > 2 and not window[last:start].strip():
                heads.append(set(runs[-1][-2:]))
            runs.append([])
    return [set(r) for r in runs if len(r) >= 2], [h for h in heads if len(h) >= 2]
