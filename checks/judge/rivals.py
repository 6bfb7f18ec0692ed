"""The other facts that could give the measure a figure's clause names, when the figure agrees with a fact that
does not name it (``checks/judge/measurenoun.py``): of the agreeing fact's language, period, kind, unit and sense,
naming the parties it names, or a fact of its source that names none (``rivals``); and the order they fit the
claim's words in, without what each shares of the figure itself, its value and its digits (``by_words``): the
agreeing fact's equal figure is what is in question; a rival of its source that leaves its party to the source
(« Le résultat net ajusté ressort à … » in a report whose other facts name the company) ranks with the names the
agreeing fact shares.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex, digits_key, value_key
from ..model import Claim, Fact, Quantity
from .figures import fact_expected, fact_parties, rank, signed, units_fit
from .figuresense import sense_fits
from .findings import quarter_months
from .periods import period_key
from .scope import named_in_clause

# (the prefixes of the retrieval keys of a figure's value and of its digits, ``checks/match.py``)
FIGURE_KEYS = frozenset(k.split(":")[0] for k in (value_key(1.0), digits_key(1.0)))


def rivals(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
           index: FactIndex) -> list[Candidate]:
    """The other facts that could give the figure's measure: of the agreeing fact's language, period and kind
    (expected or happened), in the figure's unit and sense, naming every party of the figure's clause the
    agreeing fact names ("Dans le Valtorne, la production …" is not the national production), or a fact of its source
    that names none; a fact in the agreeing fact's own unit fits as it does."""
    lang, expected = index.reading(agreeing.fact).language, fact_expected(agreeing.fact, index)
    parties = named_in_clause(claim, q, window, index) & fact_parties(agreeing.fact, index)
    return [c for c in cands if c.fact is not agreeing.fact and c.fact.quantity is not None
            and c.source.id not in index.superseded_by and of_its_period(c.fact, agreeing.fact)
            and index.reading(c.fact).language == lang and fact_expected(c.fact, index) == expected
            and (parties <= fact_parties(c.fact, index) or parties <= _publisher(c) and _of_its_source(c, agreeing, index))
            and (units_fit(q, c.fact, index, claim) is None or _unit_of(c.fact) == _unit_of(agreeing.fact))
            and sense_fits(claim, q, window, c, index)]


def _of_its_source(c: Candidate, agreeing: Candidate, index: FactIndex) -> bool:
    """A fact of the agreeing fact's source that names no party: it is of the party that publishes it, whose report
    it is (not of a region another fact of that source names: "In Westmark, output …" against the nation's)."""
    return c.fact.source == agreeing.fact.source and not fact_parties(c.fact, index)


def _publisher(c: Candidate) -> set[str]:
    return {c.source.publisher} - {None}


def _unit_of(fact: Fact) -> Optional[str]:
    """A fact's declared unit (a rival in the agreeing fact's unit fits as it does: « 4,59 euros » read as a price per
    share by its value alone, ``units_fit``)."""
    return fact.quantity.unit if fact.quantity is not None else None


def by_words(q: Quantity, claim: Claim, window: str, agreeing: Candidate, others: list[Candidate],
             index: FactIndex) -> list[tuple[float, Candidate]]:
    """``rank`` of the agreeing fact and the ``others`` without the weight of the figures each shares with the claim
    (its value and digits keys): a fact is not preferred as the figure's measure for giving the figure itself, which
    is what is in question."""
    cands = others + [agreeing]
    scored = rank(q, claim, window, [replace(c, score=c.score - sum(index.key_weight(k) for k in c.shared
                                                                   if k.split(":")[0] in FIGURE_KEYS)
                                             + _names_of_its_source(claim, c, agreeing, index)) for c in cands], index)
    back = {id(c.fact): c for c in cands}
    return [(s, back[id(c.fact)]) for s, c in scored]


def _names_of_its_source(claim: Claim, c: Candidate, agreeing: Candidate, index: FactIndex) -> float:
    """The weight of the names of its publisher that the claim writes and the agreeing fact shares, given to a fact
    of its source that names no party (« Le résultat net ajusté ressort à … » in a company's report whose other facts
    name it): the names it leaves to its source do not rank it below."""
    if c is agreeing or not _of_its_source(c, agreeing, index):
        return 0.0
    names = {k for m in claim.mentions if m.entity in _publisher(c) for k in index.text_keys(m.text)}
    return sum(index.key_weight(k) for k in names & agreeing.shared - c.shared)


def of_its_period(fact: Fact, agreeing: Fact) -> bool:
    """Whether a fact is of the agreeing fact's period, or, for an agreeing fact of the year's last month (a level
    at the end of the year, not a quarter's figure), of the whole year it ends: a measure counted over the year
    ("capital expenditure was 21 billion in 2024") is the one a figure "at the end of 2024" names."""
    mine, theirs = period_key(agreeing), period_key(fact)
    year_end = mine[1] == 12 and not quarter_months(str(agreeing.as_of or ""))
    return theirs == mine or year_end and theirs == (mine[0], 0)


def first_refuting(claim: Claim, q: Quantity, window: str, pool) -> Optional[Candidate]:
    """The first fact of ``pool`` (candidates, read lazily) whose figure refutes the claim's, None when one of them,
    before or after it, confirms the figure: a fact of that measure and period that gives it leaves nothing refuted."""
    found = None
    for c in pool:
        verdict = compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0]
        if verdict == "supports":
            return None
        found = found or (c if verdict == "contradicts" else None)
    return found


def measured_keys_of(claim: Claim, q: Quantity, window: str, agreeing: Candidate, index: FactIndex) -> frozenset:
    """The words the claim's figure is measured by (``beside.measured_keys``) when the agreeing fact's sentence writes
    them all; empty otherwise: no other fact can then be told to measure the same thing."""
    from .beside import measured_keys          # (beside reads the figures' words this module's callers compare)
    keys = measured_keys(claim, q, window, index)
    return keys if keys and keys <= index.text_keys(agreeing.fact.statement or "") else frozenset()


def measured_alike(c: Candidate, agreeing: Candidate, keys: frozenset, index: FactIndex) -> bool:
    """Whether the fact of ``c`` measures what ``agreeing``'s does as the claim names it: of its parties and side of
    expected and happened, its sentence writing every measured word ``keys`` (``measured_keys_of``)."""
    return fact_parties(c.fact, index) == fact_parties(agreeing.fact, index) \
        and fact_expected(c.fact, index) == fact_expected(agreeing.fact, index) \
        and keys <= index.text_keys(c.fact.statement or "")
