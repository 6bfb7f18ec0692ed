"""What a figure measures, by its measure nouns (``measure_nouns_in``: deficit, trade, receipts, spending, permits,
starts, « recettes », « mises en chantier »…), read the same way in the claim's clause and in the facts' sentences.

A figure equal to a fact's figure is strong evidence of which fact the article means, never a verdict by itself:
"the deficit reached $98.6 billion" is not confirmed by "trade reached $98.6 billion" when another fact of the
same unit and period gives the deficit ("the goods deficit reached $41.2 billion"). The article names a measure
noun the agreeing fact's sentence does not, and another fact names more of the article's nouns around a figure
of its own that disagrees: the figure is that other measure's, given wrong.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..factread import measure_nouns_in
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..text import words
from .agreement import before_figure
from .figures import fact_expected, fact_parties, rank, sense_fits, signed, units_fit, words_at_figure
from .periods import period_key
from .scope import named_in_clause


def measure_noun_conflict(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                          index: FactIndex) -> Optional[tuple[str, Fact]]:
    """(the article's measure word, the fact of that measure) when the figure agrees with a fact that does not
    name what the figure's clause says it measures, and another fact of its unit, sense and period names more of
    it and gives another figure; None otherwise (also when such a fact gives the figure too)."""
    # (what a share is a share of follows it, "60 % de ses bénéfices": only the words before a share name it)
    mine = measure_nouns_in(before_figure(claim, q, window) if unit_class(q.unit) == "share" else window)
    has = mine & measure_nouns_in(agreeing.fact.statement or "")
    if has == mine:
        return None
    rivals = _rivals(claim, q, window, agreeing, cands, index)
    # (a rival that fits the claim's other words less than the agreeing fact does is not preferred for one noun:
    # "Dans le Bordelais, la production …" against the national production)
    ranked = rank(q, claim, window, rivals + [agreeing], index)
    floor = next(s for s, c in ranked if c is agreeing)
    for c in [c for s, c in ranked if s >= floor and c is not agreeing]:
        named = mine & nouns_at_figure(c.fact, index)
        if not named > has:
            continue
        verdict = compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0]
        if verdict == "supports":
            return None
        if verdict == "contradicts":
            return _word_for(window, named - has), c.fact
    return None


def _rivals(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
            index: FactIndex) -> list[Candidate]:
    """The other facts that could give the figure's measure: of the agreeing fact's language, period and kind
    (expected or happened), in the figure's unit and sense, naming every party of the figure's clause the
    agreeing fact names ("Dans le Bordelais, la production …" is not the national production)."""
    lang, expected = index.reading(agreeing.fact).language, fact_expected(agreeing.fact, index)
    parties = named_in_clause(claim, q, window, index) & fact_parties(agreeing.fact, index)
    return [c for c in cands if c.fact is not agreeing.fact and c.fact.quantity is not None
            and c.source.id not in index.superseded_by and period_key(c.fact) == period_key(agreeing.fact)
            and index.reading(c.fact).language == lang and fact_expected(c.fact, index) == expected
            and parties <= fact_parties(c.fact, index)
            and units_fit(q, c.fact, index, claim) is None and sense_fits(claim, q, window, c, index)]


def nouns_at_figure(fact: Fact, index: FactIndex) -> frozenset[str]:
    """The measure nouns of the words around a fact's figure: between its neighbours when its sentence gives
    several figures ("exports rose to €52.3 billion and imports to €61.8 billion"), else the whole sentence's."""
    around = words_at_figure(fact, index)
    if around is None:
        return measure_nouns_in(fact.statement or "")
    # (else those of the words up to it: "Authorizations of units in buildings with five units or more were at
    # a rate of 445,000", where a bound stands between the noun and the figure)
    return measure_nouns_in(around[0]) or measure_nouns_in(around[1])


def _word_for(window: str, ids: frozenset[str]) -> str:
    """The article's own word for one of the measure nouns ``ids`` (for the explanation)."""
    return next((w for w, _, _ in words(window) if measure_nouns_in(w) & ids), sorted(ids)[0])

