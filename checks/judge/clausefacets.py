"""A figure the declared facts left undecided, judged against the other figures their sentences write, each read with
its own clause only (``checks/factclauses.py``, the index ``FactIndex.clauses``): its words, never those of the
declared figure's clause, say what it measures.

- contradicted: "Velmor paid $3.1 million in taxes and mining royalties" against "Velmor reported underlying earnings of
  9.4 billion US dollars, after taxes and mining royalties of 3.1 billion US dollars" (the 3.1 billion's clause: "after
  taxes and mining royalties of 3.1 billion US dollars") / « Norvel a acquitté 3,1 millions d'euros d'impôts et de
  redevances minières » against « Norvel a dégagé un bénéfice net de 9,4 milliards d'euros, après impôts et
  redevances minières de 3,1 milliards d'euros ».
- supported: "Velmor paid $3.1 billion in taxes and mining royalties" / « Norvel a acquitté 3,1 milliards d'euros d'impôts
  et de redevances minières ».
"""
from __future__ import annotations

import functools
from dataclasses import replace

from ..factread import direction_of
from ..match import FactIndex, written_digits
from ..unitkeys import rate_parts
from ..model import Claim, Fact, Quantity
from ..numbers import find_quantities
from ..terms import content_stems, forms_of_one_word
from ..text import words
from .figures import around_figure, figure_window, signed
from .signs import claim_side
from .topicality import is_topical
from .yearparts import part_of_year, says_a_part
from .writtenfigure import its_number, others_written_otherwise
from .findings import Finding, asserted_figures
from .rules.dates import rule_stated_dates
from .rules.quantity import RULE_ID as QUANTITY, rule_quantity

DECIDED = ("supports", "contradicts", "outdated")
# (the figure itself, right, wrong, off by a thousand, its change in per cent where the clause writes points, or its
# bound the other way: "under 60 %" where the clause writes "more than 60 %")
BOUND = f"{QUANTITY}-bound"
RULES = (QUANTITY, f"{QUANTITY}-magnitude", f"{QUANTITY}-points", BOUND)


def from_clauses(claim: Claim, findings: list[Finding], index: FactIndex, refined) -> list[Finding]:
    """The findings on the claim's figures that no finding decided, by the clause facets closest to the claim (the
    quantity rule's, read again by ``refined`` as the judge reads its own, keeping only those that confirm or refute)."""
    clauses = index.clauses
    if clauses is None or claim.negated:
        return []
    decided = {f.part for f in findings if f.part and f.relation in DECIDED}
    open_parts = {q.text.strip() for q in asserted_figures(claim)} - decided
    if not open_parts:
        return []
    cands = clauses.candidates(claim)
    if not cands:
        return []
    figures = {q.text.strip(): q for q in asserted_figures(claim)}
    written = [*index.candidates(claim), *cands]
    sentences = _read_from(findings, written)
    found = [f for f in refined(claim, rule_quantity(claim, cands, clauses), clauses)
             if f.part in open_parts and f.relation in DECIDED[:2] and f.rule in RULES and f.fact.clause_of]
    kept = [f for f in found if _may_decide(claim, figures[f.part], f, written, index, sentences)
            or _turned_beside(figures[f.part], f, sentences)]
    kept += _beside_confirmed(claim, found, kept, figures, written, index, sentences)
    # (each date the claim states, against the clauses that confirm its figure, as for the declared facts)
    dated = rule_stated_dates(claim, kept, clauses, tuple(cands)) if kept else []
    return kept + [f for f in dated if f.part not in decided]


def _beside_confirmed(claim: Claim, found: list[Finding], kept: list[Finding], figures: dict, written: list,
                      index: FactIndex, sentences: set[str]) -> list[Finding]:
    """The confirmations of figures beside one that another clause of the same sentence confirmed, by a clause of few
    words the claim writes all of (``own_clause_measure``'s ``all_its_words``): « en baisse de 10 % en données
    publiées et d'environ 3 % à base comparable » against « …, en baisse de 10 % en publié et de 3 % sur une base
    comparable »."""
    beside = {f.fact.clause_of for f in kept if f.relation == "supports"}
    decided = {f.part for f in kept}
    return [f for f in found if f.relation == "supports" and f.part not in decided and f.fact.clause_of in beside
            and _may_decide(claim, figures[f.part], f, written, index, sentences, all_its_words=True)]


def _may_decide(claim: Claim, q: Quantity, f: Finding, written: list, index: FactIndex, sentences: set[str],
                all_its_words: bool = False) -> bool:
    """Whether a clause facet's finding on a figure stands: the claim's words around it name what the clause names
    and nothing of the sentence's other clauses, of a part of a year only for a claim that says a part; a
    confirmation only by the number itself ("more than 1,300" confirms no "more than 1,600"); a refutation only of a
    number no candidate fact writes, or of its bound (the number written, bounded the other way); never from a sentence that writes another figure of the claim otherwise. In a
    sentence the claim is read from (``_read_from``), the one word a bare apposition of a rate names is enough
    (``read_from`` of ``own_clause_measure``)."""
    whole = replace(f.fact, statement=f.fact.clause_of or f.fact.statement)    # (its quarter may be said elsewhere)
    if part_of_year(whole) and not says_a_part(claim, q, figure_window(claim, q)):
        return False                   # (a quarter's figure is not the year's the claim says)
    return own_clause_measure(claim, q, f.fact, index, f.fact.clause_of in sentences, all_its_words) \
        and (f.relation != "supports" or its_number(_as_a_shortfall(claim, q, f.fact), f.fact.quantity)) \
        and not (f.relation == "contradicts" and f.rule != BOUND and _written_by_a_fact(q, written, index)) \
        and not writes_others_otherwise(claim, q, f.fact, index)


def _as_a_shortfall(claim: Claim, q: Quantity, fact: Fact) -> Quantity:
    """The claim's figure signed as the clause facet writes it when the claim names it a shortfall (« une perte de
    15,7 millions » against « est de -15,7 millions »: ``signs.claim_side``), else as written."""
    window = figure_window(claim, q)
    return signed(q, claim, fact, window) if claim_side(q, claim, window) == "neg" else q


def _read_from(findings: list[Finding], written: list) -> set[str]:
    """The sentences the claim is read from: those of the facts that confirm another of its figures, and that of
    its first candidate when it is on the claim's topic."""
    first = [c.fact.statement for c in written[:1] if is_topical(c)]
    return {f.fact.statement for f in findings if f.relation == "supports"} | set(first)


def _turned_beside(q: Quantity, f: Finding, sentences: set[str]) -> bool:
    """Whether a clause facet's finding is the claim's very number, of two digits or more, in the other unit of a
    change, per cent for points or points for per cent (``quantity-points``), in a sentence the claim is read from:
    that of a fact confirming another figure of the claim or of its first candidate, whatever words its clause shares:
    "11.9 % of the market, a share up 3.9 %" against "11.9 % of the market, a share up 3.9 points", « la part des
    ventes a reculé de 10,8 points » against « les ventes ont reculé de 10,8 % »."""
    return f.rule == f"{QUANTITY}-points" and f.relation == "contradicts" and f.fact.clause_of in sentences \
        and written_digits(q.text) >= 2


@functools.lru_cache(maxsize=4096)
def _figures(text: str, lang: str) -> tuple[Quantity, ...]:
    """The figures of a text, read once (``_unfigured`` and ``_sentence_figures`` ask for those of the same
    sentence)."""
    return tuple(find_quantities(text, lang))


@functools.lru_cache(maxsize=4096)
def _unfigured(text: str, lang: str) -> str:
    """The text without its figures, their units and words of scale ("8.2 billion US dollars", « 16,5 millions
    d'euros »): what a figure measures is said around it, not by its unit."""
    for o in sorted(_figures(text, lang), key=lambda o: -o.start):
        if 0 <= o.start < o.end <= len(text):
            text = text[:o.start] + " " + text[o.end:]
    return text


def _written_by_a_fact(q: Quantity, cands: list, index: FactIndex) -> bool:
    """Whether a candidate fact's sentence writes the claim's number itself in its unit (then a clause that gives
    another figure does not refute it: the number may be that other fact's)."""
    return any(its_number(q, o) for c in cands for o in index.reading(c.fact).quantities)


def _measure_stems(text: str, parties: set) -> set[str]:
    """The stems of a text's content words that give no direction and name no party."""
    return set(_stems_without_direction(text)) - parties


@functools.lru_cache(maxsize=4096)
def _stems_without_direction(text: str) -> frozenset[str]:
    """The stems of a text's content words that give no direction, kept per text: a fact's clause and its sentence
    are read again for each claim weighed against them."""
    return frozenset(s for w, _, _ in words(text) if not direction_of(w) for s in content_stems(w))


def own_clause_measure(claim: Claim, q: Quantity, fact: Fact, index: FactIndex, read_from: bool = False,
                       all_its_words: bool = False) -> bool:
    """Whether the words around the claim's figure name what the clause facet's own clause names (two words in common),
    and none that only the rest of its sentence writes — the words of another figure of it: "paid $8.2 million in
    taxes and government royalties" and "…, after taxes and government royalties of 8.2 billion US dollars" share
    theirs; "underlying earnings of $8.2 billion" names the earnings, the clause of the sentence's other figure. In a
    sentence the claim is read from (``read_from``: a fact's that confirms another of its figures, or its first
    candidate's on its topic), a rate per unit whose own words are one, written in that clause, is that clause's: "net
    profit was €239 million, or €2.10 a share" against "… €239 million, giving earnings per share of €2.01", « soit 2,10
    euros par action » against « …, soit un bénéfice par action de 2,01 euros » (not an amount, « soit 51 millions de
    moins que la guidance »: its one word says what it is compared with, not what it measures); ``all_its_words``: a
    clause whose every word the claim writes around its figure is enough (``from_clauses``, beside a figure another
    clause of that sentence confirmed)."""
    parties = {s for m in claim.mentions for s in content_stems(m.text or "")}
    lang = index.reading(fact).language
    mine = _measure_stems(_unfigured(around_figure(claim, q), lang), parties)
    clause = _measure_stems(_unfigured(fact.statement or "", lang), parties)
    rest = _measure_stems(_unfigured(fact.clause_of or "", lang), parties) - clause
    return (len(mine & clause) >= 2 or read_from and rate_parts(q.unit) is not None and len(mine) == 1 and mine <= clause
            or all_its_words and bool(clause) and all(any(forms_of_one_word(c, m) for m in mine) for c in clause)) \
        and not mine & rest


def writes_others_otherwise(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether the clause facet's whole sentence writes, in the unit of another figure of the claim, only figures
    that differ from it: the sentence tells of another thing ("about $203 million for more than 130,000 households"
    against "about $226 million in aid to more than 130,000 households")."""
    return others_written_otherwise(claim, q, list(_sentence_figures(fact.clause_of or "", index.reading(fact).language)))


@functools.lru_cache(maxsize=1024)
def _sentence_figures(text: str, lang: str) -> tuple[Quantity, ...]:
    """The figures of a fact's sentence but its years, read once per sentence (``writes_others_otherwise``)."""
    return tuple(o for o in _figures(text, lang) if o.unit != "year")
