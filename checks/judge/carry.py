"""What one claim's confirming facts decide for the other claims of its statement, once every claim is judged:
a gloss's or relative clause's figure the main clause's fact states (``carry_alongside``), a main clause's figure
its relative clause's fact states, a statement pointing back to the one before (``carry_antecedent``), a gloss
against the main clause's fact (``gloss_by_main_fact``), and a change beside a confirmed level (``changes_beside_levels``; a level beside a confirmed change is
``levelbeside.levels_beside_changes``); rule ``quantity-alongside`` does the stating."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .roundedonly import rounded_away
from ..compare import compare_quantity
from ..unitfit import units_comparable
from ..factread import is_difference
from ..match import FactIndex, unit_class
from ..model import CONTRADICTED, MIXED, SUPPORTED, UNVERIFIED, Claim, ClaimResult, Fact, Part, Quantity
from .basis import basis_conflict
from .beside import its_change, named_before, named_elsewhere
from .figures import fact_parties, figure_window, proper_names_in
from .topicality import is_topical, substantive
from .names import fact_names_all
from .findings import (Finding, against_another_year, asserted_figures, claim_verdict, dedupe, evidence_of, fact_by_id,
                       sentence)
from .measurenoun import measure_nouns_in
from .divisions import missing_part
from .parts import claim_parts, refuted_by
from .rules.dates import rule_stated_dates
from .rules.ranking import rule_figure_slots
from .rules.roles import RULE_ID as ROLES, rule_roles
from .clauses import figure_sense, relative_figure
from .countednoun import counted_noun
from .rules.alongside import RULE_ID as ALONGSIDE, stated_alongside
from .factway import way_beside
from .rules.quantity import RULE_ID as QUANTITY
from .ownway import concessions
from .denials import denial_unchecked
from .startyear import dated_otherwise
from .listwords import of_its_own_words
from .steadylevel import held_steady
from .timespans import of_its_own_span
from ..terms import content_stems


# the rules a clause refuted only by another fact's figure is refuted by (``_refuted_by_figures_only``)
FIGURE_RULES = frozenset({QUANTITY, ALONGSIDE})


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


def carry_alongside(results: list[ClaimResult], index: FactIndex, again: bool = False) -> list[ClaimResult]:
    """A figure of a gloss or a relative clause ("…, down from 3.5 % in the 12 months to April") that the
    fact confirming the main clause states in its own sentence, the same way, is confirmed by it. ``again``: after
    the later passes confirmed more claims, only the claims still unverified are looked at (one refuted stays so)."""
    # (the facts that confirm the main clause or another gloss: "Le tableau est plus sombre : le taux tombe à
    # 85,6 %, en recul de 3,5 points")
    confirming = confirming_facts(results, index, ("main", "gloss", "relative"))
    # (and a main clause's figure left unchecked, that the fact confirming its relative clause or gloss states:
    # "Excluding the charge, earnings per share came to $1.64, up 12 %" when the $1.64 was read apart)
    inner = confirming_facts(results, index, ("gloss", "relative"))
    if not confirming and not inner:
        return results
    out = []
    for r in results:
        if r.verdict != SUPPORTED and not (again and r.verdict != UNVERIFIED) and r.claim.checkable \
                and r.claim.role in ("gloss", "relative", "main") and not dated_otherwise(r) \
                and (figures := asserted_figures(r.claim)) \
                and (others := _carrying(r, inner if r.claim.role == "main" else confirming, index)):
            r = _carried(r, figures, others, index, with_kin=r.claim.role != "main")
        out.append(r)
    return out


def _carrying(r: ClaimResult, pool: dict, index: FactIndex) -> list[Fact]:
    """The facts that may confirm a claim's figures from another claim of its statement: those confirming the
    others (a main clause: those of its relative clauses and glosses, when it is still unverified or refuted only by
    another fact's figure (``_refuted_by_figures_only``), and only those that name what it measures when another
    candidate fact does)."""
    if r.claim.role == "main" and r.verdict != UNVERIFIED and not _refuted_by_figures_only(r):
        return []
    others = [f for k, fs in pool.items() if k != id(r) for f in fs]
    if r.verdict != UNVERIFIED and others:  # (refuted by another's figure: the fact beside writes the claim's names)
        names = proper_names_in(r.claim, index=index)
        others = [f for f in others if fact_names_all(f, index.sources.get(f.source), names)]
    if r.claim.role == "main" and others:
        nouns = measure_nouns_in(r.claim.focus or r.claim.text)
        rivals = [(c.fact, measure_nouns_in(c.fact.statement or "")) for c in index.candidates(r.claim)] if nouns else []
        others = [f for f in others if _of_its_measure_and_part(r.claim, f, nouns, rivals, index)]
    return others


def _of_its_measure_and_part(claim: Claim, fact: Fact, nouns: frozenset, rivals: list, index: FactIndex) -> bool:
    """Whether a fact may give a main clause's figures: it is measured nowhere else (``_measured_elsewhere``) and names
    the part of a group the clause names when the list names it elsewhere (« l'activité Mobilité de Velmor » is not
    Velmor's whole: ``divisions.missing_part``)."""
    return not _measured_elsewhere(nouns, fact, rivals) and not missing_part(claim.focus or claim.text, fact, index)


def _refuted_by_figures_only(r: ClaimResult) -> bool:
    """Whether a main clause is refuted only by the figures some other fact gives ("…'s composite indicator, …, up
    3.5 % from the month before" against another commodity's fall): the fact confirming its relative clause
    ("averaged 310.12 US cents a pound", « qui a atteint 27,8 % ») may state them all, beside its own figure — the
    figure the article quotes, not another fact's; a clause refuted by a rule of who, when or what stays refuted."""
    # (a count, "40 injured", is refuted by the fact counting that noun: the fact beside may count another)
    return r.verdict in (CONTRADICTED, MIXED) and set(r.rules) <= FIGURE_RULES \
        and not any(counted_noun(q.unit) for q in asserted_figures(r.claim))


def _measured_elsewhere(nouns: frozenset, fact: Fact, rivals: list[tuple[Fact, frozenset]]) -> bool:
    """Whether the main clause names what it measures (its measure ``nouns``: "net income of $94.9 billion") in a
    word the fact confirming its relative clause does not write and another of its candidate facts (``rivals``,
    each with its nouns) does: that fact's figure is then another measure's, not the clause's."""
    missing = nouns - measure_nouns_in(fact.statement or "")
    return bool(missing) and any(missing & theirs for other, theirs in rivals if other is not fact)


def _carried(r: ClaimResult, figures: list, confirming: list, index: FactIndex, refute: tuple = (),
             with_kin: bool = False) -> ClaimResult:
    """A gloss's result judged again against the facts that confirm the main clause: confirmed when they state
    all its figures; a starting level they seemed to refute becomes unverified. ``refute``: when given, the only
    rules whose refutation is kept (another one leaves the result as it was)."""
    found = of_its_own_span(r.claim, stated_alongside(r.claim, confirming, set(), index, with_kin), index)
    found = of_its_own_words(r.claim, found, index)      # (« les prises de commandes » against « le carnet de commandes »)
    # (the antecedent's facts, ``refute`` given, tie no figure they meet only within its rounding to its measure)
    found = rounded_away(r.claim, found, index) if refute else found
    refs = {(f.source, f.id) for f in confirming}
    if found and {f.part for f in found} >= {q.text.strip() for q in figures}:
        found += rule_stated_dates(r.claim, found, index)
        found += rule_figure_slots(r.claim, found, index)
        found += _roles_refuted(r.claim, found, index)
        if refute and any(f.relation == "contradicts" and f.rule not in refute for f in found):
            return r
        verdict = claim_verdict(found, r.claim)
        if verdict == SUPPORTED and denial_unchecked(r.claim, found):
            return r        # (« …, sans atteindre un plus haut historique »: what it denies, the carried fact does not check)
        inverted = tuple(f"{f.fact.source}/{f.fact.id}" for f in found if f.rule == ROLES and f.relation == "contradicts")
        return ClaimResult(r.claim, verdict, sentence("; ".join(dict.fromkeys(f.message for f in found))),
                           dedupe([evidence_of(f, index) for f in found]), 0.75,
                           list(dict.fromkeys(f.rule for f in found)), inverted, parts=claim_parts(r.claim, found))
    if _start_refuted_by_main(r, figures, refs):
        # "…, up from 5.1 %": a starting level is not refuted by the current level of the main clause
        return ClaimResult(r.claim, UNVERIFIED, sentence("a starting level or a difference the source does not "
                                                          "give, not refuted by the current level it confirms"),
                           [], 0.0, r.rules, parts=tuple(Part(q.text.strip(), "unchecked") for q in figures))
    return r


def _start_refuted_by_main(r: ClaimResult, figures: list, refs: set) -> bool:
    """A gloss's starting level refuted only by the main clause's facts, not credited to another body than theirs."""
    return r.verdict in (CONTRADICTED, MIXED) and all(relative_figure(r.claim, q) for q in figures) \
        and all((e.source, e.fact) in refs for e in r.evidence if e.relation == "contradicts") and "attribution" not in r.rules


def _roles_refuted(claim, found: list[Finding], index: FactIndex) -> list[Finding]:
    """Who gives and who receives, against the fact that states the carried figure: the fact stating « 41 TWh »
    confirms the figure of « elle a reçu 41 TWh de l'Orlande », not the way it went when it has it leave Dornovia
    for Belgium (only a refutation: parties that agree were never what carrying confirms)."""
    if not (claim.roles.giver or claim.roles.receiver):
        return []
    return [f for f in rule_roles(claim, index.candidates(claim), index, tuple(found)) if f.relation == "contradicts"]


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
    way = way_beside(own, replace(q, start=q.start - r.claim.start, end=q.end - r.claim.start))
    if way is None:
        return None
    for fact in mains:
        turned = _the_other_way(q, way, fact, index)
        if turned is not None:
            return refuted_by(r.claim, Finding("contradicts", "direction", fact, turned, part=q.text.strip()), index)
        for fq in index.reading(fact).quantities:
            if fq.start < 0 or way_beside(fact.statement, fq) != way or fq.unit in ("percent", "percentage points") \
                    or units_comparable(q, fq) is not None or compare_quantity(q, fq)[0] != "contradicts":
                continue
            msg = (f"{q.text.strip()!r} is the figure the main clause's source gives as {fq.text.strip()!r}: "
                   f"{fact.statement}")
            return refuted_by(r.claim, Finding("contradicts", "quantity", fact, msg, part=q.text.strip()), index)
    return None


def _the_other_way(q: Quantity, way: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """The main clause's fact gives the gloss's change, of the same size, the other way ("soit une baisse de 22 %"
    against « soit une hausse de 22 % sur un an »): a wrong direction."""
    for fq in index.reading(fact).quantities:
        other = way_beside(fact.statement, fq) if fq.start >= 0 else None
        if other and other != way and units_comparable(q, fq) is None and compare_quantity(q, fq)[0] == "supports":
            said = {"up": "a rise", "down": "a fall"}
            return (f"wrong direction: the main clause's source gives {said[other]} of {fq.text.strip()}, the article "
                    f"{said[way]}: {fact.statement}")
    return None


def changes_beside_levels(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A change left unchecked beside a level another clause of the statement has confirmed ("forces logged about 6.6
    million offences, 4 % fewer than a year earlier" when the fact on the 6.6 million says "fell by 1 %"): refuted by
    that fact when it gives the change otherwise (``refuted_beside``); a change it gives the same stays unchecked.
    A starting level ("…, from 1,204 a year earlier", « contre 1 532 millions ») is not the level a change beside it
    reached: its fact's change is that of the year before."""
    levels, stated = [], []
    for o in results:
        for p in o.parts if o.verdict in (SUPPORTED, MIXED, UNVERIFIED) and not o.wrong_actor else ():
            fact = fact_by_id(index, *p.fact.split("/", 1)) \
                if p.status == "confirmed" and p.rule.startswith("quantity") else None
            found = [(q, fact) for q in asserted_figures(o.claim) if fact is not None and q.text.strip() == p.text
                     and relative_figure(o.claim, q) != "starting level"]
            levels += found if p.rule == "quantity" else []
            stated += found
    if not levels:
        return results
    return [_change_refuted(r, levels, stated, index) if r.verdict in (UNVERIFIED, SUPPORTED) and r.claim.checkable
            and r.claim.role in ("main", "gloss", "relative") else r for r in results]


def _change_refuted(r: ClaimResult, levels: list, stated: list, index: FactIndex) -> ClaimResult:
    unchecked = {p.text for p in r.parts if p.status == "unchecked"}
    for q in asserted_figures(r.claim):
        found = refuted_beside(r.claim, q, levels, index) if q.text.strip() in unchecked \
            else _confirmed_by_another_measure(r, q, stated, index)
        found = found or held_steady(r, q, stated, index)      # (« en hausse de 60 % » beside « un dividende stable »)
        if found is not None:
            parts = tuple(Part(p.text, "contradicted", found.rule, f"{found.fact.source}/{found.fact.id}")
                          if p.text == q.text.strip() and p.status in ("unchecked", "confirmed") else p for p in r.parts)
            verdict = MIXED if any(p.status == "confirmed" for p in parts) else CONTRADICTED
            return ClaimResult(r.claim, verdict, sentence(found.message), [evidence_of(found, index), *r.evidence], 0.75,
                               list(dict.fromkeys([found.rule, *r.rules])), parts=parts)
    return r


def _confirmed_by_another_measure(r: ClaimResult, q: Quantity, stated: list, index: FactIndex) -> Optional[Finding]:
    """A change the claim writes beside its own level ("earnings after tax shrank 15 %, to 12.4 billion"), confirmed
    by one fact while another fact confirms the level and gives the change otherwise beside it (``refuted_beside``):
    refuted by the level's fact when the change's fact does not write every word of the claim the level's fact does
    (the 15 % is the operating result's, another measure; a fact of the same words, another basis, stays)."""
    mine = next((p.fact for p in r.parts if p.status == "confirmed" and p.rule.startswith("quantity")
                 and p.text == q.text.strip()), None)
    theirs = fact_by_id(index, *mine.split("/", 1)) if mine else None
    levels = [(o, f) for o, f in stated if o is not q and f is not theirs]
    said = set(content_stems(f"{r.claim.text} {r.claim.context_text}"))
    for other, fact in levels:
        found = refuted_beside(r.claim, q, [(other, fact)], index)
        # (the words of the figures themselves, "milliards d'euros", name no measure)
        own = said - set(content_stems(f"{q.text} {other.text}"))
        if found is not None and theirs is not None \
                and own & set(content_stems(fact.statement or "")) - set(content_stems(theirs.statement or "")):
            return found
    return None


def _conceded_apart(claim: Claim, q: Quantity, other: Quantity) -> bool:
    """Whether a concessive phrase holds one of two figures and not the other ("The decline of 16 % came even though
    it flew 200 million passengers"): the change is not that level's."""
    s, o = q.start - claim.start, other.start - claim.start
    return any((a <= s < b) != (a <= o < b) for a, b in concessions(claim.text))


def refuted_beside(claim: Claim, q: Quantity, confirmed: list, index: FactIndex) -> Optional[Finding]:
    """A change the claim writes beside a level a fact confirms ("about 6.6 million offences, 4 % fewer than a year
    earlier") that the confirming fact's sentence gives otherwise, as its only change of that kind, beside that
    level ("fell by 1 % to 6.6 million offences"): the claim's change is refuted by the fact of its own level. Not
    for a bound, a change against a year the claim names other than the level's own (the year the level is of,
    "shrank 15 % in 2024", is its period, no baseline), nor when the claim or the sentence gives several."""
    window = figure_window(claim, q)
    said = is_difference(claim.text[q.end - claim.start:][:30]) or (figure_sense(claim, q, window) == "change")
    own = [x for x in claim.quantities if unit_class(x.unit) == unit_class(q.unit)]
    if q.bound in ("at-least", "at-most") or not said or own != [q]:
        return None
    for other, fact in confirmed:
        if against_another_year(claim, fact) or _conceded_apart(claim, q, other):
            continue
        fq = its_change(q, other, fact, index)
        if fq is None or fq.value is None or basis_conflict(claim, q, fact, index, fq):
            continue
        size = replace(fq, value=abs(fq.value))
        if compare_quantity(q, size)[0] == "contradicts" and not named_elsewhere(
                named_before(claim, q, index), index.text_keys(fact.statement or ""), fact, index):
            return Finding("contradicts", "quantity", fact,
                           f"wrong figure: the source that confirms {other.text.strip()!r} gives the change as "
                           f"{fq.text.strip()!r}, the article {q.text.strip()!r}: {fact.statement}", part=q.text.strip())
    return None
