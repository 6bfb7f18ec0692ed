"""A phrase of the figure's clause that the agreeing fact does not write and another fact does ("accepted on results
day" against a fact on those "accepted at one kind of institution"), with a figure of the claim's unit of its own
that disagrees: the figure is that other measure's, given wrong (``words_of_another_fact``, read by
``plainmeasure.py``). A companion of ``measurenoun.py``, which reads what a figure measures by its measure nouns.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of, measure_nouns_in
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..terms import content_stems
from ..text import words
from .agreement import before_figure
from .figures import fact_expected, fact_parties, signed
from .governed import unsaid_complements
from .measurenoun import words_for
from .rivals import of_its_period
from .scope import named_in_clause


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
            return words_for(text, phrase), replace(c.fact, quantity=other)
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
