"""A figure no rule found any fact for, that a candidate fact's sentence writes though the fact declares another figure
or none (rule ``quantity-alongside``, ``checks/judge/rules/alongside.py``): « Hors effet de change, le résultat net
progresse de 11,5 % » against « Le résultat net s'établit à 3,4 milliards d'euros, en hausse publiée de 4,4 % et de 11,5 %
hors effet de change » (the fact's declared figure the 3,4 milliards). It never refutes.

- supported: "At constant exchange rates, operating profit grew 6 %" against "operating profit was £2.4 billion, up 2 % at
  actual rates and 6 % at constant exchange rates".
- left unverified: "… grew 2 % at constant exchange rates" (the sentence writes 2 % at actual rates), "… grew 9 %".
"""
from __future__ import annotations

from copy import copy
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, far_apart
from ..factread import direction_of, qualifiers_in
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity, same_value
from ..terms import content_stems
from ..text import words
from ..detect.lexicon import is_expectation
from .beside import measured_stems
from .clauses import relative_figure
from .exactfig import written_scope
from .qualifiers import fact_measure
from .figures import around_figure, fact_parties
from .findings import Finding, asserted_figures, year_of
from .yearparts import part_of_year, says_a_part
from .rules.alongside import alongside_finding, moved_while_held, stated_in
from .sentencefigures import sentence_figures, up_to_punctuation
from ..resources import compiled

_P_MEASURE_AT_WRITTEN = compiled(r"[,;](?!\d)")
_P_NEAREST_MEASURED = compiled(r"[,;:()]")


def written_in_a_candidate(claim: Claim, findings: list[Finding], cands, index: FactIndex) -> list[Finding]:
    """A figure no rule found any fact for, that a candidate fact's sentence writes in its own clause though the
    fact declares another figure or none ("profit rose 11.5 % at constant currencies" against "profit was 3.4
    billion, up 4.4 % as reported and 11.5 % at constant currencies"): confirmed by that fact when it is of every
    scope of the claim (year, month, parties, names, measure, forecast or not: ``exactfig``'s), writes a word of
    what the figure measures, and states it as ``rules/alongside.stated_in`` reads (its clause's words or basis, its kind, its
    quarter, the same way). It never refutes a value: a figure written another way is left to the other rules; a
    figure said to have held ("kept unchanged at 8.4p") that the sentence writes as an end of a move is a wrong
    direction (``rules/alongside.moved_while_held``)."""
    # (a figure the quantity rule only found a fact for that neither confirms nor refutes it is not decided; another
    # rule's word on it, a wrong region or period, is)
    related = {f.part for f in findings if f.part and f.relation == "related" and f.rule == "quantity"}
    decided = {f.part for f in findings if f.part} - related
    if claim.negated or any(f.relation == "contradicts" for f in findings):
        return []
    out = []
    for q in asserted_figures(claim):
        writing = _writing(q, cands, decided, index)
        if not writing:
            continue
        window = around_figure(claim, q)
        measured = _measured(claim, q, window)
        named = ({m.entity for m in claim.mentions} | {claim.roles.giver, claim.roles.receiver}) \
            - {None, claim.attributed_to}
        scope = written_scope(claim, q, window, index, named)
        parted = says_a_part(claim, q, window)
        for c in writing:
            if not _may_write(q, c, measured, parted, scope, index):
                continue
            stated = _stated_by(claim, q, window, c, scope, q.text.strip() in related, index)
            if not stated or not _said_near(claim, q, window, c.fact, index):
                continue
            finding = _written_finding(claim, q, c.fact, stated, index)
            if finding is not None:
                out.append(finding)
            break
    return out


def _written_finding(claim: Claim, q: Quantity, fact, stated: list, index: FactIndex) -> Optional[Finding]:
    """The finding on a figure the fact's sentence writes: confirmed as ``alongside_finding`` reads it, or a wrong
    direction for a figure said to have held that the sentence writes as an end of a move; None otherwise."""
    held = moved_while_held(claim, q, fact, index)
    finding = held or alongside_finding(claim, q, fact, stated, True)
    return finding if finding is not None and (held or finding.relation == "supports") else None


def _writing(q: Quantity, cands, decided: set, index: FactIndex) -> list[Candidate]:
    """The candidates whose sentence writes the claim's number (``its_number``), for a figure not decided yet: only
    they can state it, the others are not read further."""
    if q.text.strip() in decided:
        return []
    # (``its_number`` asks the same unit first: a sentence that writes no figure in it is not read further)
    return [c for c in cands if q.unit in _written_units(c.fact, index)
            and any(its_number(q, fq) for fq in index.reading(c.fact).quantities)]


def _written_units(fact: Fact, index: FactIndex) -> frozenset:
    """The units of the figures a fact's sentence writes, read once per fact (kept with the index while it judges)."""
    memo = index.__dict__.setdefault("_written_units", {})
    got = memo.get(id(fact))
    if got is None:                    # (the fact kept beside its units: its id stays its own)
        got = memo[id(fact)] = (fact, frozenset(fq.unit for fq in index.reading(fact).quantities))
    return got[1]


def _measured(claim: Claim, q: Quantity, window: str) -> set:
    """What the figure measures, not who: the first and the last words of its clause before it (a party's name is in
    many of its facts); for a figure its clause opens with, the first words after it (``measured_after``)."""
    before = set(measured_stems(claim, q, window) + nearest_measured(claim, q)) - _party_stems(claim)
    return before or set(measured_after(claim, q)) - _party_stems(claim)


def measured_after(claim: Claim, q: Quantity) -> list[str]:
    """The stems of the first two content words after a figure, up to the next mark of punctuation, that give no
    direction, figures passed over: what a figure that opens its clause measures, said after it ("about 4,000 of its
    14,021 acres lay in urban areas": acre, lay; « soit environ 88 % de la population »: population)."""
    after = up_to_punctuation(claim.focus or claim.text, q.end - claim.start)
    head = [w for w, _, _ in words(after) if content_stems(w) and not direction_of(w)]
    return [s for w in head[:2] for s in content_stems(w)]


def _party_stems(claim: Claim) -> set[str]:
    """The stems of the parties the claim names (a party is not a measure)."""
    return {s for m in claim.mentions for s in content_stems(m.text or "")}


def _stated_by(claim: Claim, q: Quantity, window: str, c: Candidate, scope, read_before: bool,
               index: FactIndex) -> list[Quantity]:
    """The figures of the fact's sentence that state the claim's number in its clause, of its expectation (read up to
    each); not the fact's declared figure for a figure the quantity rule already read at it (``read_before``); none
    from a sentence that writes another figure of the claim otherwise (``_writes_others_otherwise``)."""
    if _writes_others_otherwise(claim, q, c.fact, index):
        return []
    # (a figure read before is the fact's only if its sentence names what the words right before it say it measures:
    # « En Amérique du Sud, les bénéfices ont chuté de 19 % » is not the sales' « baisse de 19 % en Amérique du Sud »)
    if read_before and not (set(nearest_measured(claim, q)) - _party_stems(claim)) \
            & set(content_stems(c.fact.statement or "")):
        return []
    expected_apart = scope.mismatch(c) == "expected"
    return [fq for fq in stated_in(claim, q, window, c.fact, index) if its_number(q, fq)
            and (not expected_apart or _expected_alike(claim, q, c, fq))
            and not (read_before and _declares(fq, c.fact))]


def _writes_others_otherwise(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's sentence writes, in the unit of another figure of the claim, only figures that differ from
    it: it tells of another thing ("about $203 million for more than 130,000 households" against "about $226 million
    in aid to more than 130,000 households": the $203 million is another fund's)."""
    return others_written_otherwise(claim, q, index.reading(fact).quantities)


def others_written_otherwise(claim: Claim, q: Quantity, theirs) -> bool:
    """Whether a sentence's figures (``theirs``) give, in the unit of a figure of the claim other than ``q``, only
    figures that differ from it (``_writes_others_otherwise``)."""
    for x in asserted_figures(claim):
        alike = [fq for fq in theirs if x is not q and fq.unit == x.unit]
        if alike and not any(compare_quantity(x, fq)[0] == "supports" for fq in alike):
            return True
    return False


def its_number(q: Quantity, fq: Quantity) -> bool:
    """Whether the fact's figure writes the claim's number itself, its bound too ("more than 160" is not met by a
    181 written for another thing), in its very unit ("61,237 new offices" is not the sentence's "61,237 new flats",
    nor "41 tankers a day" its "41 transits a day"); a hedged figure by its own rounding only (« autour de 4,0x »
    is not the 3,8x a sentence writes, nor "about 4.0x" 3.8x: another figure than the claim's)."""
    if q.unit != fq.unit:
        return False
    bounds = ("at-least", "at-most")
    same = fq.bound == q.bound if q.bound in bounds else fq.bound not in bounds
    return same and not far_apart(q, fq) \
        and compare_quantity(replace(q, bound="exact", approximate=False), replace(fq, bound="exact"))[0] == "supports"


def _said_near(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> bool:
    """Whether the year said after the figure (not the baseline of a change) is the fact's, and a party said in its
    window one of the fact's (``_kin_states``'s tests, for any figure)."""
    change = relative_figure(claim, q) == "difference"
    years = {d.year for d in claim.dates if d.start >= q.end and not (change and d.relation == "baseline")
             and d.text and d.text in window}
    if years and year_of(fact.as_of) not in years:
        return False
    near = {m.entity for m in claim.mentions if m.text and m.text in window}
    return not (near and not near & fact_parties(fact, index))


def _may_write(q: Quantity, c: Candidate, measured: set, parted: bool, scope, index: FactIndex) -> bool:
    """Whether a candidate fact may give the figure from its sentence: not superseded, writing a word of what the
    figure measures, of every scope of the claim; not a fact that declares the figure (the quantity rule's, which
    left it), nor a part of a year's fact for a figure the claim does not say of a part."""
    fact = c.fact
    return c.source.id not in index.superseded_by and bool(measured & set(content_stems(fact.statement or ""))) \
        and not _declares(q, fact) \
        and not (part_of_year(fact) and not parted) \
        and _of_scope(scope, c, q, index)


def _of_scope(scope, c: Candidate, q: Quantity, index: FactIndex) -> bool:
    """Whether the fact is of every scope of the claim but its expectation (``_fits_but_expected``), its measure read
    at the figure its sentence writes, not at the one it declares (``measure_at_written``): "despite an iron ore price
    11 % lower" against "the group's underlying EBITDA was $23.3 billion, down 2 %, despite an iron ore price 11 %
    lower", « le recul est d'environ 4 % en valeur » against « les exportations ont atteint 15,6 milliards, en baisse
    de 4 % en valeur »."""
    if scope.mismatch(c) != "measure" or scope.measure not in measure_at_written(c.fact, q, index):
        return scope.mismatch(c) in ("", "expected") and _fits_but_expected(scope, c)
    declared = copy(scope)
    declared.measure = fact_measure(c.fact, index)     # (the declared figure's measure, which the fact then fits)
    return declared.mismatch(c) in ("", "expected") and _fits_but_expected(declared, c)


def measure_at_written(fact: Fact, q: Quantity, index: FactIndex) -> list[frozenset]:
    """The measure qualifiers of the words around each figure of the fact's sentence that writes the claim's number,
    other than its declared one: from the figure before it to the next clause break after it (or the next figure)."""
    figures = sentence_figures(fact, index)
    text = fact.statement or ""
    out = []
    for i, fq in enumerate(figures):
        if not its_number(q, fq) or _declares(fq, fact):
            continue
        lo = figures[i - 1].end if i else 0
        hi = figures[i + 1].start if i + 1 < len(figures) else len(text)
        brk = _P_MEASURE_AT_WRITTEN.search(text[fq.end:hi])
        out.append(qualifiers_in(text[lo:fq.end + brk.start() if brk else hi]))
    return out


def _fits_but_expected(scope, c: Candidate) -> bool:
    """Whether the fact is of every scope of the claim but its expectation, which is read in the clause of the
    fact's sentence that writes the figure (``_expected_alike``), not at the figure the fact declares (« vise une
    croissance des revenus de plus de 3 %, …, un coefficient inférieur à 66 % » aims at both)."""
    flipped = copy(scope)
    flipped.expected = not scope.expected
    return flipped.mismatch(c) in ("", "expected")


def _expected_alike(claim: Claim, q: Quantity, c: Candidate, fq: Quantity) -> bool:
    """Whether the fact's sentence up to the figure it writes is of an expectation as the claim's is up to its
    figure (a verb of aiming rules every figure of the list it opens: « table sur une hausse de 3 % et sur une
    baisse de 1 % »)."""
    text = c.fact.statement or ""
    upto = text[:fq.end] if 0 < fq.end <= len(text) else text
    return is_expectation(upto) == is_expectation(claim.text[:max(0, q.end - claim.start)] or claim.text)


def _declares(q: Quantity, fact: Fact) -> bool:
    """Whether the fact declares the claim's number (a value or an end of its range), whatever unit the list writes
    it in ("°C" for the reader's "degC")."""
    fq = fact.quantity
    return fq is not None and any(a is not None and b is not None and same_value(a, b)
                                  for a in (q.value, q.min, q.max) for b in (fq.value, fq.min, fq.max))


def nearest_measured(claim: Claim, q: Quantity) -> list[str]:
    """The stems of the last two content words before a figure in its clause (from the last mark of punctuation
    before it) that give no direction: what it measures when the clause opens with who and when (« Pour 2025, le
    groupe table sur une hausse de ses revenus de plus de 3 % »: revenu)."""
    before = _P_NEAREST_MEASURED.split(claim.text[:max(0, q.start - claim.start)])[-1]
    head = [w for w, _, _ in words(before) if content_stems(w) and not direction_of(w)]
    return [s for w in head[-2:] for s in content_stems(w)]
