"""Stage 5, judge: a claim against the facts that bear on it → findings → a verdict, explained and cited.

One rule a module in ``checks/judge/rules/``, each with its literal rule id (``RULE_ID``), examples in its
docstring and one check function; ``REGISTRY`` lists them in the order they run. Rules of the first kind
take a claim and its candidate facts; those of the second kind (``after=True``) look again at what the first
found (a confirmed figure's date, rank or neighbouring clause); ``rule_terms`` decides a claim nothing else did.
``findings`` holds the values rules return, ``figures`` the reading of a figure's clause they share,
``slotcheck`` the comparison of dates, ranks, orders and directions, and ``parts`` what a statement's
verdict is made of (supported only when every part agrees).

    from factcheck.checks.judge import judge_statement, REGISTRY
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..compare import compare_quantity
from ..detect.repeats import kept_result, moved_result
from ..match import FactIndex
from ..model import (MIXED, NOT_CHECKABLE, SUPPORTED, UNVERIFIED, AnalysedStatement, Claim, ClaimResult, Evidence, StatementResult)
from .topicality import is_topical
from .findings import Finding, claim_verdict, dedupe, evidence_of, one_judgement, sentence
from . import denials
from .baseline import baseline_by_main_series
from .cleft import carry_cleft_actor
from .plans import plan_by_main_fact
from .parts import carry_wrong_actor, claim_parts, result_parts, statement_verdict, unchecked_parts
from .rules import alongside, attribution, comparison, credit, dates, direction, endlevel, exclusive, multiple, negation, quantity, ranking, roles, terms
from .glossmeasure import glosses_of_another_measure
from .carry import carry_alongside, carry_antecedent, changes_beside_levels, gloss_by_main_fact
from .levelbeside import levels_beside_changes
from .rules.attribution import judge_attribution
from .measureword import of_its_own_measure
from .inclusion import of_its_own_scope
from .glossperiod import glosses_of_their_main_period
from .listwords import of_its_own_words
from .listedpart import of_its_listed_member
from .otherparty import of_another_party
from .samefigure import refuted_by_the_same
from .declaredunit import with_declared_units
from .published import publication_by_main_source
from .noneitem import none_items
from .recordback import record_back
from .recordbeaten import one_first
from .slotcheck import slot_disagreement
from .timespans import of_its_own_span
from .runcount import run_count_findings
from .clausefacets import from_clauses
from .bandwords import bands_by_whole_fact
from .swapsides import swapped_sides
from .ratelevel import mispaired_rates
from .startlevel import mispaired_starts, starts_beside_levels
from .scaleslip import slipped_scales
from .boundends import bounds_past_an_end
from .partgate import gated
from .seriesperiod import of_its_series_period
from .droppedqualifier import of_its_own_qualifier
from .familymember import of_its_own_member

__all__ = ["REGISTRY", "Rule", "judge_claim", "judge_statement", "claim_parts", "result_parts", "statement_verdict",
           "unchecked_parts", "claim_verdict", "slot_disagreement", "compare_quantity", "Finding"]


@dataclass(frozen=True)
class Rule:
    """A rule of the judge."""
    id: str                  # the rule id findings carry (``claims[].rules`` in the report)
    check: Callable          # (claim, candidates, index) -> findings; with ``after``: (claim, findings, index)
    after: bool = False      # runs on what the rules before it found


# the order rules run in: figures first (their facts tell the roles rule which facts are the claim's), then
# the slots of the claim, then the second look at what was confirmed
REGISTRY = (
    Rule(quantity.RULE_ID, quantity.rule_quantity),
    Rule(roles.RULE_ID, roles.rule_roles),
    Rule(dates.RULE_ID, dates.rule_date),
    Rule(negation.RULE_ID, negation.rule_negation),
    Rule(exclusive.RULE_ID, exclusive.rule_exclusive),
    Rule(comparison.RULE_ID, comparison.rule_comparison),
    Rule(ranking.RULE_ID, ranking.rule_beaten_record),
    Rule(alongside.RULE_ID, alongside.rule_alongside, after=True),
    Rule(endlevel.RULE_ID, endlevel.rule_end_level, after=True),   # (« passé de B à A »: A against B's fact)
    Rule(multiple.RULE_ID, multiple.rule_multiple, after=True),
    Rule(roles.RULE_ID, roles.rule_swapped_after, after=True),
    Rule(attribution.RULE_ID, attribution.rule_counted_by, after=True),
    Rule(credit.RULE_ID, credit.rule_figure_credit, after=True),   # (« compilé par X » when the fact credits Y)
    Rule(ranking.RULE_ID, ranking.rule_figure_slots, after=True),
    Rule(dates.RULE_ID, dates.rule_stated_dates, after=True),
    Rule(direction.RULE_ID, direction.rule_clause_directions, after=True),
    Rule(direction.RULE_ID, direction.rule_way_between, after=True),   # (its own two figures' way)
)
FALLBACK = Rule(terms.RULE_ID, terms.rule_terms)   # a claim nothing above decided: the words it shares with a fact


def judge_claim(claim: Claim, index: FactIndex) -> ClaimResult:
    """One claim: every rule of ``REGISTRY`` in order, then the verdict, explanation and evidence."""
    if not claim.checkable:
        return ClaimResult(claim, NOT_CHECKABLE, f"not checkable ({claim.kind})")
    cands = index.candidates(claim)
    claim = with_declared_units(claim, cands)      # ("the magnitude … at 6.3": a figure in the facts' own unit)
    findings = _refined(claim, _findings(claim, cands, index), index)
    findings += from_clauses(claim, findings, index, _refined)     # (a figure left open: another figure's clause)
    findings = bands_by_whole_fact(claim, findings, index)      # ("mid-single-digit" in the words a fact confirms)
    verdict = denials.one_denial(claim, findings, claim_verdict(findings, claim))   # "no surplus since 1997": one assertion
    verdict = one_first(claim, findings, verdict)    # ("the first time profit topped £200m": never before)
    parts = claim_parts(claim, findings)
    confirmed = {f.part for f in findings if f.relation == "supports" and f.part}
    unconfirmed = [f for f in findings if f.rule in ("quantity", "direction") and f.relation == "related"
                   and f.part not in confirmed]
    if verdict == SUPPORTED and unconfirmed:
        verdict = UNVERIFIED              # right parties, but the figure itself is not confirmed
    if verdict == SUPPORTED and denials.denial_unchecked(claim, findings):
        verdict = UNVERIFIED              # its figure and parties agree; what it denies, nothing checked
        findings = [*findings, Finding("related", negation.RULE_ID, findings[0].fact,
                                       "but what the claim denies, nothing in the source list says")]
    decisive = [f for f in findings if f.relation in ("supports", "contradicts", "outdated")]
    evidence = dedupe([evidence_of(f, index) for f in findings])
    if not decisive:
        return _undecided(claim, findings, cands, evidence, parts)
    denial = [f.message for f in findings if f.rule == negation.RULE_ID and f.relation == "related"]
    return _decided(claim, verdict, decisive, evidence, parts, denial)


def _refined(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings read again: of another month, measure, party, span, words, or refuted only by another thing.
    Each reading turns a confirmation or a refutation only: findings with neither are kept as they are, unread
    (most claims: none of their facts confirms or refutes anything)."""
    if not any(f.relation in ("supports", "contradicts") for f in findings):
        return findings
    findings = of_another_party(claim, of_its_own_measure(claim, dates.withdraw_other_month(findings), index), index)
    findings = of_its_own_span(claim, findings, index)    # ("in its first six months" against "in a year")
    findings = of_its_own_words(claim, findings, index)   # ("offshore wind" against "wind": a word the list tells apart)
    findings = of_its_listed_member(claim, findings, index)   # ("pickup orders" of "delivery orders …, pickup orders …")
    findings = refuted_by_the_same(claim, findings, index)      # (a wrong figure only by a fact of the same thing)
    findings = mispaired_rates(claim, findings, index)     # ("rose 22 % to £496.5m": the rate the level's fact gives)
    findings = mispaired_starts(claim, findings, index)    # ("to £29.0m from £22.2m": the start the level's fact gives)
    findings = gated(claim, findings, index)       # ("reported" of the fact of "underlying": another fact's words)
    findings = of_its_own_member(claim, findings, index)     # ("Marine sales" of a fact that names no member)
    findings = of_its_own_qualifier(claim, findings, index)   # (« le résultat net » of « … des activités poursuivies »)
    return of_its_series_period(claim, findings, index)     # (last year's revenue given as this year's)


def _findings(claim: Claim, cands: list, index: FactIndex) -> list[Finding]:
    """The findings of every rule of ``REGISTRY`` in order (those that look at what others found get it), then
    of the fallback when none decided."""
    findings: list[Finding] = []
    for rule in REGISTRY:
        if rule.after:
            findings.extend(rule.check(claim, findings, index, cands))
        else:
            findings.extend(rule.check(claim, cands, index, tuple(findings)))
    findings += slipped_scales(claim, findings, cands, index)     # ("£1.84bn" for £184.4m: a figure no rule decided)
    findings += bounds_past_an_end(claim, findings, cands, index)   # ("at least £50m" against "up to £50m")
    if not any(f.relation in ("supports", "contradicts", "outdated") for f in findings):
        findings.extend(FALLBACK.check(claim, cands, index, ()))
        if any(f.relation == "supports" for f in findings):      # each date the words in common leave unchecked
            findings.extend(dates.rule_stated_dates(claim, findings, index, cands))
    # ("for the tenth consecutive year": a count, against the facts that confirmed the rest first)
    return findings + run_count_findings(claim, findings, index, cands)


def _undecided(claim: Claim, findings: list[Finding], cands: list, evidence: list[Evidence], parts) -> ClaimResult:
    """Unverified: what the rules found, and up to two topical facts as related evidence."""
    related = [c for c in cands if is_topical(c)][:2]
    evidence += [Evidence(c.source.id, c.fact.id, c.fact.statement, "related", c.source.title, c.source.url, c.fact.quote)
                 for c in related if (c.source.id, c.fact.id) not in {(e.source, e.fact) for e in evidence}]
    msg = "; ".join(f.message for f in findings) or "no fact in the source list bears on this claim"
    return ClaimResult(claim, UNVERIFIED, sentence(msg), evidence, 0.0, [f.rule for f in findings], parts=parts)


def _decided(claim: Claim, verdict: str, decisive: list[Finding], evidence: list[Evidence], parts,
             denial: list[str] = ()) -> ClaimResult:
    """The verdict explained by the decisive findings (contradictions first, then why a denial stays unchecked),
    with a confidence and the facts that have the roles the other way round."""
    order = {"contradicts": 0, "outdated": 1, "supports": 2}
    decisive.sort(key=lambda f: order[f.relation])
    explanation = "; ".join(dict.fromkeys(f.message for f in decisive if f.relation != "supports" or verdict in (SUPPORTED, MIXED))) \
        or "; ".join(dict.fromkeys(f.message for f in decisive))
    if verdict == UNVERIFIED and denial:
        explanation = "; ".join([explanation, *denial])
    conf = 0.9 if len({f.rule for f in decisive}) > 1 else 0.75
    inverted = tuple(f"{f.fact.source}/{f.fact.id}" for f in decisive if f.rule == "roles" and f.relation == "contradicts")
    return ClaimResult(claim, verdict, sentence(explanation), evidence, conf, list(dict.fromkeys(f.rule for f in decisive)),
                       inverted, parts)


def judge_statement(analysis: AnalysedStatement, index: FactIndex) -> StatementResult:
    first = analysis.__dict__.get("_first")          # a statement read before (``detect.repeats``)
    if first is not None:
        done = first.__dict__.get("_judged")
        if done is not None and done[0] is index and first is not analysis:
            moved = moved_result(done[1], analysis)
            if moved is not None:
                return moved
    with one_judgement():
        result = _judge_statement(analysis, index)
    if first is analysis:
        analysis.__dict__["_judged"] = (index, kept_result(result))
    return result


def _judge_statement(analysis: AnalysedStatement, index: FactIndex) -> StatementResult:
    results = [judge_claim(c, index) for c in analysis.claims if c.role != "attribution-frame"]
    for c in analysis.claims:
        if c.role == "attribution-frame":
            res = judge_attribution(c, results, index) if c.checkable else ClaimResult(c, NOT_CHECKABLE, "not checkable (attribution)")
            results.insert(0, res)
    results = carry_cleft_actor(results, analysis.statement.text, index)
    results = carry_wrong_actor(results, index)
    results = of_its_own_scope(results, analysis.statement, index)   # ("including joint ventures" against "excluding")
    results = carry_alongside(results, index)
    results = gloss_by_main_fact(results, index)
    results = plan_by_main_fact(results, index)
    results = baseline_by_main_series(results, index)
    results = carry_antecedent(results, index)
    results = carry_alongside(results, index, again=True)   # (a gloss beside a main clause its antecedent's fact confirmed)
    results = glosses_of_another_measure(results, index)   # (« soit 9,1 % » beside another measure's figure)
    results = glosses_of_their_main_period(results, index)   # (« soit une marge de 27,8 % »: the year's, not nine months')
    results = changes_beside_levels(results, index)
    results = levels_beside_changes(results, index)
    results = publication_by_main_source(results, index)
    results = none_items(results, index)
    results = record_back(results, index)
    results = direction.way_between_claims(results, index)   # ("6,808 million, down from 6,628 million")
    results = starts_beside_levels(results, index)   # (« 262,1 M€, contre 231,4 millions »: the level's fact's start)
    results = swapped_sides(results, analysis.statement.text, index)   # (two figures given to each other's side)
    verdict = statement_verdict(results, analysis.checkable, index)
    decided = [r.confidence for r in results if r.verdict not in (UNVERIFIED, NOT_CHECKABLE)]
    conf = round(min(decided), 2) if decided else 0.0
    return StatementResult(analysis, verdict, results, conf)
