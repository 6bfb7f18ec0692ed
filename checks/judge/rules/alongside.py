"""Rule ``quantity-alongside``: a figure no other rule placed, stated in the very sentence of the fact that
confirms another figure of the claim ("rose to $36.44, up 3.9 %"); and a gloss's figure confirmed by the
main clause's fact. It never refutes a value; a difference going the other way is a wrong direction.

- supported: "Vacancies fell by 10,000 to 728,000" / « ont reculé de 10 000, à 728 000 » against a fact giving both.
- contradicted: "Vacancies rose by 10,000 to 728,000" against "fell by 10,000 to 728,000" (direction).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ...compare import compare_quantity, units_comparable
from ...factread import direction_of, is_difference
from ...match import FactIndex
from ...model import CONTRADICTED, MIXED, SUPPORTED, UNVERIFIED, Claim, ClaimResult, Fact, Part, Quantity
from ..figures import around_figure, clause_fits, fact_parties, is_topical, substantive
from ..findings import Finding, asserted_figures, claim_verdict, dedupe, evidence_of, fact_by_id, sentence
from ..parts import claim_parts
from ..quarters import quantity_quarter, quarter_ok
from .dates import rule_stated_dates
from .ranking import rule_figure_slots
from .quantity import another_subject, relative_figure

RULE_ID = "quantity-alongside"


def rule_alongside(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """A figure no rule could place, stated in the very fact that confirms another figure of the same claim
    ("earnings rose to $36.44, up 3.9 % on a year earlier" against a fact that says both, with the YAML
    quantity only for the first): confirmed by that fact, when the fact states it in the same clause and a
    difference goes the same way (more or less: else a wrong direction). A figure the fact does not state
    stays unchecked: this rule never refutes a figure's value."""
    confirming = [f.fact for f in findings if f.relation == "supports" and f.rule == "quantity"]
    touched = {f.part for f in findings if f.relation in ("supports", "contradicts", "outdated")}
    return _stated_alongside(claim, confirming, touched, index)


def _stated_alongside(claim: Claim, confirming: list[Fact], touched: set, index: FactIndex) -> list[Finding]:
    """The findings on the claim's figures that ``confirming`` facts state in their own sentence."""
    if not confirming:
        return []
    out = []
    for q in asserted_figures(claim):
        text = q.text.strip()
        if text in touched:
            continue
        own = claim.focus or claim.text
        said = is_difference(own[q.end - claim.start:q.end - claim.start + 30]) \
            or _way_beside(own, replace(q, start=q.start - claim.start, end=q.end - claim.start))
        window = around_figure(claim, q)
        for fact in confirming:
            stated = _stated_in(claim, q, window, fact, index)
            if not stated:
                continue
            ways = {is_difference(fact.statement[fq.end:fq.end + 30]) or _way_beside(fact.statement, fq)
                    or _signed_way(fq) for fq in stated if fq.end >= 0} - {None}
            if said and ways and said not in ways:
                words = {"up": "more", "down": "less"}
                out.append(Finding("contradicts", "direction", fact,
                                   f"wrong direction: {text!r} {words[said]} in the article, "
                                   f"{words[next(iter(ways))]} in the source: {fact.statement}", part=text))
            else:
                out.append(Finding("supports", "quantity-alongside", fact,
                                   f"{text!r} is stated by the same source fact: {fact.statement}", part=text))
            break
    return out


def _stated_in(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> list[Quantity]:
    """The figures of the fact's sentence that state ``q`` in its clause; a bound is not met by the figure another
    figure of the claim gives ("21,9 %, et moins d'un tiers des familles monoparentales": the 21,9 % is the
    first figure's)."""
    theirs = [x for x in asserted_figures(claim) if x is not q]
    bound = q.bound in ("at-least", "at-most")
    if not quarter_ok(quantity_quarter(claim, q, window), fact):
        return []                      # (a figure of the second quarter is not the fourth quarter's fact's)
    return [fq for fq in index.reading(fact).quantities if compare_quantity(q, fq)[0] == "supports"
            and clause_fits(window, fact, fq, index, same_kind=True)
            and not (bound and any(compare_quantity(replace(x, approximate=False), fq) == ("supports", "")
                                   and another_subject(claim, q, x) for x in theirs))]


def _signed_way(fq: Quantity) -> Optional[str]:
    """"up" or "down" when the fact writes its figure with a sign ("+6 %", "−3,4 %")."""
    lead = fq.text.lstrip()[:1]
    return "up" if lead == "+" else "down" if lead in "-−–" and lead else None


def _way_beside(text: str, fq: Quantity) -> Optional[str]:
    """"up" or "down" when the words just before a figure say which way it goes ("en hausse de 7,7 %"), or the
    word right after it ("a 13 % increase")."""
    after = re.match(r"\W*([^\W\d]+)", text[fq.end:fq.end + 20])
    way = direction_of(text[max(0, fq.start - 30):fq.start]) or (direction_of(after.group(1)) if after else None)
    return {"increase": "up", "decrease": "down"}.get(way or "")


def confirming_facts(results: list[ClaimResult], index: FactIndex, roles: tuple = ("main", "gloss")) -> dict[int, list[Fact]]:
    """The facts that confirm each supported (or partly supported) main clause or gloss (``roles``) of a statement."""
    return {id(r): [f for f in (fact_by_id(index, e.source, e.fact) for e in r.evidence if e.relation == "supports")
                    if f and f.source not in index.superseded_by]      # a replaced source confirms nothing more
            for r in results if r.claim.role in roles and not r.wrong_actor and r.verdict in (SUPPORTED, MIXED)}


def carry_antecedent(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A statement that points back to the one before ("That compares with 46.5 % in 2023", « C'est 41 % de plus
    qu'en 2019 », "That was about 1 per cent more than a year earlier"): the figures its main clause leaves
    unchecked are confirmed by a fact of the previous statement's topic (``Claim.antecedent``: the facts retrieved
    for it) that states them, in their clause and the same way, as a gloss's figures are by the main clause's
    fact; a difference going the other way is a wrong direction, a record the fact does not give a wrong rank.
    A fact that does not name the parties the statement names, or whose source was replaced, is not carried, and
    a date the fact gives otherwise leaves the figures unchecked (it may be another clause's): the value of a
    figure is never refuted this way."""
    out = []
    for r in results:
        ante = r.claim.antecedent
        if ante is not None and r.verdict == UNVERIFIED and r.claim.checkable and r.claim.role == "main" \
                and "period" not in r.rules and (figures := asserted_figures(r.claim)):
            # (not a figure the quantity rule found to be of a year before its antecedent's)
            named = {"e:" + m.entity for m in r.claim.mentions}
            topic = [c.fact for c in index.candidates(ante) if is_topical(c) and substantive(c)
                     and named <= index.fact_keys(c.fact) and c.fact.source not in index.superseded_by]
            if topic:
                r = _carried(r, figures, topic, index, refute=("direction", "ranking"))
        out.append(r)
    return out


def carry_alongside(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A figure of a gloss or a relative clause ("…, down from 3.5 % in the 12 months to April") that the
    fact confirming the main clause states in its own sentence, the same way, is confirmed by it."""
    # (the facts that confirm the main clause or another gloss: "Le tableau est plus sombre : le taux tombe à
    # 85,6 %, en recul de 3,5 points")
    confirming = confirming_facts(results, index)
    if not confirming:
        return results
    out = []
    for r in results:
        if r.verdict != SUPPORTED and r.claim.checkable and r.claim.role in ("gloss", "relative") \
                and (figures := asserted_figures(r.claim)):
            others = [f for k, fs in confirming.items() if k != id(r) for f in fs]
            if others:
                r = _carried(r, figures, others, index)
        out.append(r)
    return out


def _carried(r: ClaimResult, figures: list, confirming: list, index: FactIndex, refute: tuple = ()) -> ClaimResult:
    """A gloss's result judged again against the facts that confirm the main clause: confirmed when they state
    all its figures; a starting level they seemed to refute becomes unverified. ``refute``: when given, the only
    rules whose refutation is kept (another one leaves the result as it was)."""
    found = _stated_alongside(r.claim, confirming, set(), index)
    refs = {(f.source, f.id) for f in confirming}
    if found and {f.part for f in found} >= {q.text.strip() for q in figures}:
        found += rule_stated_dates(r.claim, found, index)
        found += rule_figure_slots(r.claim, found, index)
        if refute and any(f.relation == "contradicts" and f.rule not in refute for f in found):
            return r
        verdict = claim_verdict(found)
        return ClaimResult(r.claim, verdict, sentence("; ".join(dict.fromkeys(f.message for f in found))),
                           dedupe([evidence_of(f, index) for f in found]), 0.75,
                           list(dict.fromkeys(f.rule for f in found)), parts=claim_parts(r.claim, found))
    if r.verdict in (CONTRADICTED, MIXED) and all(relative_figure(r.claim, q) for q in figures) \
            and all((e.source, e.fact) in refs for e in r.evidence if e.relation == "contradicts"):
        # "…, up from 5.1 %": a starting level is not refuted by the current level of the main clause
        return ClaimResult(r.claim, UNVERIFIED, sentence("a starting level or a difference the source does not "
                                                          "give, not refuted by the current level it confirms"),
                           [], 0.0, r.rules, parts=tuple(Part(q.text.strip(), "unchecked") for q in figures))
    return r


def gloss_by_main_fact(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A gloss confirmed by the fact of a party the statement does not name ("148,452 officers, a drop of fewer
    than 1,300" met by one force's fall of 1,022) while the fact confirming the main clause states the gloss's
    figure itself, the same way, in its own sentence ("a decrease of 1,316 officers"): the gloss is that fact's
    figure, and judged against it."""
    confirming = confirming_facts(results, index, ("main", "relative"))
    named = {m.entity for r in results for m in r.claim.mentions} | {e for r in results for e in r.claim.context_entities}
    out = []
    for r in results:
        mains = [f for k, fs in confirming.items() if k != id(r) for f in fs]
        if r.verdict == SUPPORTED and r.claim.role == "gloss" and mains and len(asserted_figures(r.claim)) == 1:
            backing = [fact_by_id(index, e.source, e.fact) for e in r.evidence if e.relation == "supports"]
            if backing and all(f is not None and f not in mains and fact_parties(f, index) - named for f in backing):
                r = _against_main(r, asserted_figures(r.claim)[0], mains, index) or r
        out.append(r)
    return out


def _against_main(r: ClaimResult, q: Quantity, mains: list[Fact], index: FactIndex) -> Optional[ClaimResult]:
    """The gloss refuted by the main clause's fact when that fact states a figure of its kind, its way, that the
    gloss's figure does not meet."""
    own = r.claim.focus or r.claim.text
    way = _way_beside(own, replace(q, start=q.start - r.claim.start, end=q.end - r.claim.start))
    if way is None:
        return None
    for fact in mains:
        turned = _the_other_way(q, way, fact, index)
        if turned is not None:
            found = [Finding("contradicts", "direction", fact, turned, part=q.text.strip())]
            return ClaimResult(r.claim, CONTRADICTED, sentence(turned), [evidence_of(f, index) for f in found], 0.75,
                               ["direction"], parts=claim_parts(r.claim, found))
        for fq in index.reading(fact).quantities:
            if fq.start < 0 or _way_beside(fact.statement, fq) != way or fq.unit in ("percent", "percentage points") \
                    or units_comparable(q, fq) is not None or compare_quantity(q, fq)[0] != "contradicts":
                continue
            msg = (f"{q.text.strip()!r} is the figure the main clause's source gives as {fq.text.strip()!r}: "
                   f"{fact.statement}")
            found = [Finding("contradicts", "quantity", fact, msg, part=q.text.strip())]
            return ClaimResult(r.claim, CONTRADICTED, sentence(msg), [evidence_of(f, index) for f in found], 0.75,
                               ["quantity"], parts=claim_parts(r.claim, found))
    return None


def _the_other_way(q: Quantity, way: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """The main clause's fact gives the gloss's change, of the same size, the other way ("soit une baisse de 22 %"
    against « soit une hausse de 22 % sur un an »): a wrong direction."""
    for fq in index.reading(fact).quantities:
        other = _way_beside(fact.statement, fq) if fq.start >= 0 else None
        if other and other != way and units_comparable(q, fq) is None and compare_quantity(q, fq)[0] == "supports":
            said = {"up": "a rise", "down": "a fall"}
            return (f"wrong direction: the main clause's source gives {said[other]} of {fq.text.strip()}, the article "
                    f"{said[way]}: {fact.statement}")
    return None
