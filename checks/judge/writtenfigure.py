"""A figure no rule found any fact for, that a candidate fact's sentence writes though the fact declares another figure
or none (rule ``quantity-alongside``, ``checks/judge/rules/alongside.py``): « Hors effet de change, le résultat net
progresse de 11,5 % » against « Le résultat net s'établit à 3,4 milliards d'euros, en hausse publiée de 4,4 % et de 11,5 %
hors effet de change » (the fact's declared figure the 3,4 milliards). It never refutes.

- supported: "At constant exchange rates, operating profit grew 6 %" against "operating profit was £2.4 billion, up 2 % at
  actual rates and 6 % at constant exchange rates".
- left unverified: "… grew 2 % at constant exchange rates" (the sentence writes 2 % at actual rates), "… grew 9 %".
"""
from __future__ import annotations

from dataclasses import replace

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..terms import content_stems
from .beside import measured_stems
from .clauses import relative_figure
from .exactfig import written_scope
from .figures import around_figure, fact_parties
from .findings import Finding, asserted_figures, year_of
from .yearparts import part_of_year, says_a_part
from .rules.alongside import alongside_finding, stated_in


def written_in_a_candidate(claim: Claim, findings: list[Finding], cands, index: FactIndex) -> list[Finding]:
    """A figure no rule found any fact for, that a candidate fact's sentence writes in its own clause though the
    fact declares another figure or none ("profit rose 11.5 % at constant currencies" against "profit was 3.4
    billion, up 4.4 % as reported and 11.5 % at constant currencies"): confirmed by that fact when it is of every
    scope of the claim (year, month, parties, names, measure, forecast or not: ``exactfig``'s), writes a word of
    what the figure measures, and states it as ``rules/alongside.stated_in`` reads (its clause's words or basis, its kind, its
    quarter, the same way). It never refutes: a figure written another way is left to the other rules."""
    decided = {f.part for f in findings if f.part}
    if claim.negated or any(f.relation == "contradicts" for f in findings):
        return []
    out = []
    for q in asserted_figures(claim):
        if q.text.strip() in decided:
            continue
        window = around_figure(claim, q)
        # (what the figure measures, not who: a party's name is in many of its facts)
        measured = set(measured_stems(claim, q, window)) - {s for m in claim.mentions for s in content_stems(m.text or "")}
        named = ({m.entity for m in claim.mentions} | {claim.roles.giver, claim.roles.receiver}) \
            - {None, claim.attributed_to}
        scope = written_scope(claim, q, window, index, named)
        parted = says_a_part(claim, q, window)
        for c in cands:
            if not _may_write(q, c, measured, parted, scope, index):
                continue
            stated = [fq for fq in stated_in(claim, q, window, c.fact, index) if _its_number(q, fq)]
            if not stated or not _said_near(claim, q, window, c.fact, index):
                continue
            finding = alongside_finding(claim, q, c.fact, stated, True)
            if finding is not None and finding.relation == "supports":
                out.append(finding)
            break
    return out


def _its_number(q: Quantity, fq: Quantity) -> bool:
    """Whether the fact's figure writes the claim's number itself, its bound too ("more than 160" is not met by a
    181 written for another thing), in its very unit ("61,237 new offices" is not the sentence's "61,237 new flats",
    nor "41 tankers a day" its "41 transits a day")."""
    if q.unit != fq.unit:
        return False
    bounds = ("at-least", "at-most")
    same = fq.bound == q.bound if q.bound in bounds else fq.bound not in bounds
    return same and compare_quantity(replace(q, bound="exact"), replace(fq, bound="exact"))[0] == "supports"


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
        and not (part_of_year(fact) and not parted) and not scope.mismatch(c)


def _declares(q: Quantity, fact: Fact) -> bool:
    """Whether the fact declares the claim's number (a value or an end of its range), whatever unit the list writes
    it in ("°C" for the reader's "degC")."""
    fq = fact.quantity
    return fq is not None and any(a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))
                                  for a in (q.value, q.min, q.max) for b in (fq.value, fq.min, fq.max))
