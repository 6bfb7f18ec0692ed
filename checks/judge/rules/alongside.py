"""Rule ``quantity-alongside``: a figure no other rule placed, stated in the very sentence of the fact that
confirms another figure of the claim ("rose to $36.44, up 3.9 %"); ``checks/judge/carry.py`` uses the same stating
for a gloss's figure the main clause's fact gives. It refutes no value but a starting level the confirming fact
writes otherwise ("to 15.0 % from 17.3 %" against "to 15.0 % from 16.3 %"); a difference going the other way is a
wrong direction.
- supported: "Vacancies fell by 10,000 to 728,000" / « ont reculé de 10 000, à 728 000 » against a fact giving both.
- contradicted: "Vacancies rose by 10,000 to 728,000" against "fell by 10,000 to 728,000" (direction).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Callable, Optional

from ...compare import compare_quantity
from ...detect.lexicon import claim_lexicon
from ...text import fold, fold_same_length
from ...unitfit import same_kind_of_thing
from ...factread import is_difference
from ...figurewords import is_level
from ...lostcount import lost_direction
from ...match import FactIndex, unit_class
from ...resources import compiled
from ...model import Claim, Fact, Quantity
from ...slots import comparison_sides
from ..agreement import direction_at, precise
from ..factway import signed_way, stated_way, way_beside
from ..figures import around_figure, clause_fits, fact_parties
from ..findings import WAY_VERBS, Finding, asserted_figures, year_of
from ..changes import kinds_agree
from ..figurerole import claim_role, own_of_role
from ..ownrole import role_elsewhere
from ..guidancesaid import said_before
from ..quarterbase import baselines_differ
from ..yearparts import part_of_year, says_a_part
from ..partfit import part_fits
from ..clauses import bound_met_by_another, relative_figure
from ..basis import basis_conflict, basis_singles_out, said_of_another
from ..beforechange import period_key
from ..sentencefigures import complement_singles_out, dated_alike, dated_apart, own_clause_singles_out
from ..figuresense import points_and_percent
from ..levelends import other_end, rate_unit_instead
from ..levelmove import level_movement
from ..startlevel import dated_elsewhere, starts_written

RULE_ID = "quantity-alongside"
QUANTITY_START = "quantity-start"      # (a starting level the confirming fact writes otherwise: a part of its own)


def rule_alongside(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """A figure no rule could place, stated in the very fact that confirms another figure of the same claim
    ("earnings rose to $36.44, up 3.9 % on a year earlier" against a fact that says both, with the YAML
    quantity only for the first): confirmed by that fact, when the fact states it in the same clause and a
    difference goes the same way (more or less: else a wrong direction). A figure the fact does not state
    stays unchecked: this rule never refutes a figure's value. The fact whose sentence writes a figure no rule placed
    ("dividend … was 29.3 pence, up 5.4 per cent") is asked for the figures beside it too ("by more than 5 %")."""
    confirming = [f.fact for f in findings if f.relation == "supports" and f.rule == "quantity"]
    touched = {f.part for f in findings if f.relation in ("supports", "contradicts", "outdated")}
    found = stated_alongside(claim, confirming, touched, index, with_kin=True)
    from ..writtenfigure import written_in_a_candidate   # (it reads this rule's stating of a figure)
    written = written_in_a_candidate(claim, findings + found, cands, index)   # (then what that sentence writes beside)
    found += written + stated_alongside(claim, [f.fact for f in written], touched | {f.part for f in found + written}, index)
    return found + _ratio_of_confirmed(claim, findings + found, touched | {f.part for f in found})


def _ratio_of_confirmed(claim: Claim, findings: list[Finding], touched: set) -> list[Finding]:
    """A share or a multiple in words ("about half the pace, around 71,000 rather than 147,000", « plus de trois fois
    la moyenne de 20,5 ») that the claim's two other figures, both confirmed and of one kind, give: the smaller
    over the larger for a share, the larger over the smaller for a multiple. Another ratio stays unchecked."""
    confirmed = {f.part: f for f in findings if f.relation == "supports" and f.part and f.rule.startswith("quantity")}
    figures = asserted_figures(claim)
    out = []
    for q in figures:
        if q.text.strip() in touched or q.unit not in ("ratio", "times"):
            continue
        pair = [x for x in figures if x is not q and x.text.strip() in confirmed and x.value]
        if len(pair) != 2 or len({unit_class(x.unit) for x in pair}) != 1:
            continue
        lo, hi = sorted(abs(x.value) for x in pair)
        ratio = lo / hi if q.unit == "ratio" else hi / lo
        if compare_quantity(q, replace(q, value=ratio, min=None, max=None, bound="exact"))[0] == "supports":
            f = confirmed[pair[0].text.strip()]
            out.append(Finding("supports", "derived-share", f.fact, f"{q.text.strip()!r}: {pair[0].text.strip()} against "
                                                                     f"{pair[1].text.strip()}, both as the source gives "
                                                                     f"them ({ratio:.2f})", part=q.text.strip()))
    return out


def kin_facts(confirming: list[Fact], index: FactIndex) -> list[Fact]:
    """The other facts of the sources whose facts confirm a claim (a report's figure beside the one it confirmed:
    "£940 a year, up from £905" when another fact of the same report gives the £905), after them: a figure
    they state in its clause is stated by the same report."""
    seen = {(f.source, f.id) for f in confirming}
    srcs = [index.sources[s] for s in dict.fromkeys(f.source for f in confirming)
            if s in index.sources and s not in index.superseded_by]
    return [f for src in srcs for f in src.facts if (src.id, f.id) not in seen]


def stated_alongside(claim: Claim, confirming: list[Fact], touched: set, index: FactIndex,
                      with_kin: bool = False) -> list[Finding]:
    """The findings on the claim's figures that ``confirming`` facts state in their own sentence, else (``with_kin``)
    one of their sources' other facts (``kin_facts``) that gives them in its clause, for the parties said beside
    them (``_kin_states``). Those other facts are listed only when a figure is left to them."""
    if not confirming:
        return []
    kin: Callable[[], list[Fact]] = functools.cache(lambda: kin_facts(confirming, index)) if with_kin else list
    out = []
    for q in asserted_figures(claim):
        text = q.text.strip()
        if text in touched:
            continue
        # (the level reached the fact gives only as its starting level: another period; its change in per cent as points)
        swapped = other_end(claim, q, confirming, index) or rate_unit_instead(claim, q, confirming, index)
        if swapped is not None:
            out.append(swapped)
            continue
        window = around_figure(claim, q)
        fact, stated = _stating_fact(claim, q, window, confirming, kin, index)
        if fact is not None and _passed_over(claim, q, window, fact, confirming, stated, index):
            continue
        if fact is None:
            start = start_given_otherwise(claim, q, confirming, index)
            out += [start] if start is not None else _years_stated(q, confirming, index)
            continue
        # (a figure its sentence writes for another role, or counts in the whole the claim leaves it out of)
        finding = role_elsewhere(claim, q, fact, index) or said_before(claim, q, fact, index) \
            or moved_while_held(claim, q, fact, index) or alongside_finding(claim, q, fact, stated, any(fact is c for c in confirming))
        if finding is not None:
            out.append(finding)
    return out


def moved_while_held(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """A figure the claim says did not move ("kept unchanged at 8.4p", « maintenu à 0,52 euro ») that the fact's
    sentence writes as one end of a move ("raised to 9.1p from 8.4p"): held at neither end, a wrong direction."""
    went = level_movement(fact, index, "unchanged", q) if direction_at(claim, q) == "unchanged" else None
    if went not in ("increase", "decrease"):
        return None
    return Finding("contradicts", "direction", fact, f"wrong direction: the article says {q.text.strip()!r} did not "
                                                     f"change, the source that it {WAY_VERBS[went]}: {fact.statement}",
                   part=q.text.strip())


def _start_before(claim: Claim, q: Quantity, fact: Fact, confirming: list[Fact], stated: list[Quantity]) -> bool:
    """Whether another fact may give a starting level ("from £412 to £437"): beside its own figure (its sentence's
    earlier level, "from the July level of £1,720"), or as its own figure for a period that ends before that of
    the facts confirming the claim begins (a later period's level is no starting level); any, for another figure
    or undated facts."""
    own = fact.quantity.value if fact.quantity is not None else None
    if relative_figure(claim, q) != "starting level" or all(fq.value != own for fq in stated):
        return True
    end, starts = period_key(fact.as_of, end=True), [period_key(c.as_of) for c in confirming]
    return end is None or all(s is None or end < s for s in starts)


def start_given_otherwise(claim: Claim, q: Quantity, confirming: list[Fact], index: FactIndex) -> Optional[Finding]:
    """A starting level ("narrowed to 15.0 % from 17.3 %", « à 15,0 %, contre 17,3 % ») that no fact gives, while
    the fact confirming the level the same claim reaches writes one starting level of its own in the same unit and
    another value ("contracted to 15.0 % from 16.3 %"): the article's earlier figure is wrong. Not when the claim
    dates its figures in a year that fact does not write (another period's level may be meant)."""
    if relative_figure(claim, q) != "starting level" or q.value is None or not precise(q):
        return None
    for fact in confirming:
        starts = starts_written(fact, index)
        if len(starts) != 1 or starts[0].unit != q.unit or q.unit is None or dated_elsewhere(claim, fact, index):
            continue
        if compare_quantity(q, starts[0])[0] == "contradicts":
            return Finding("contradicts", QUANTITY_START, fact, f"wrong starting level: the source gives "
                                                            f"{starts[0].text.strip()!r}, the article {q.text.strip()!r}: "
                                                            f"{fact.statement}", part=q.text.strip())
    return None


def _years_stated(q: Quantity, confirming: list[Fact], index: FactIndex) -> list[Finding]:
    """A number read as a count that is a year, or a span of years ("compared with 2021 levels", "for the 2025 to
    2030 period"), that the first confirming fact gives as a date: confirmed as a date; another year stays
    unchecked (a year written with a separator, "2,021 homes", is a count)."""
    years = {v for v in (q.value, q.min, q.max) if v is not None}
    if not years or not all(v == int(v) and str(int(v)) in q.text and re.fullmatch(r"(?:19|20)\d\d", str(int(v)))
                            for v in years):
        return []
    for fact in confirming:
        given = {d.year for d in index.reading(fact).dates if d.text and d.year}
        if {int(v) for v in years} <= given:
            return [Finding("supports", "date", fact, f"{q.text.strip()!r}: the years the source gives: {fact.statement}",
                            part=q.text.strip())]
    return []


def alongside_finding(claim: Claim, q: Quantity, fact: Fact, stated: list[Quantity], same: bool) -> Optional[Finding]:
    """The finding on a figure ``fact`` states (``stated``): confirmed, unless a difference goes the other way
    (a wrong direction); None when the claim's figure is a level reached and the fact's a change, or the other
    way round ("eased to 2.6 %" against "rose 2.6 %": neither way is the other's, the figure is left undecided)."""
    text = q.text.strip()
    own = claim.focus or claim.text
    said = _claim_way(claim, q, own)
    ways = {stated_way(fact.statement, fq) for fq in stated if fq.end >= 0} - {None}
    compared = compared_to(own, q.start - claim.start)
    theirs = {compared_to(fact.statement, fq.start) for fq in stated if fq.start >= 0} - {None}
    if compared and theirs and compared not in theirs:
        words = {"more": "above", "less": "below"}
        return Finding("contradicts", "direction", fact, f"wrong direction: {words[compared]} {text!r} in the "
                                                         f"article, {words[next(iter(theirs))]} it in the source: "
                                                         f"{fact.statement}", part=text)
    if said and ways and said not in ways:
        if _level_against_change(own, q.start - claim.start, fact, stated):
            return None
        words = {"up": "more", "down": "less"}
        return Finding("contradicts", "direction", fact, f"wrong direction: {text!r} {words[said]} in the article, "
                                                         f"{words[next(iter(ways))]} in the source: {fact.statement}",
                       part=text)
    which = "the same source fact" if same else "another fact of the same source"
    return Finding("supports", "quantity-alongside", fact, f"{text!r} is stated by {which}: {fact.statement}", part=text)


def _claim_way(claim: Claim, q: Quantity, own: str) -> Optional[str]:
    """"up" or "down" when the claim writes its figure as a difference (the words after it, "896 million more than",
    or the comparative opening it, « inférieur de 896 millions à »: ``way_beside``), beside a word of change, or as
    what a verb of losing or gaining takes (``lost_direction``: « a perdu 9,4 % »; not given to a receiver)."""
    at = replace(q, start=q.start - claim.start, end=q.end - claim.start)
    lost = None if claim.roles.receiver else lost_direction(own, [at])     # (« a perdu 9 % », "gained 3 points")
    return is_difference(own[at.end:at.end + 30]) or way_beside(own, at) \
        or {"increase": "up", "decrease": "down"}.get(lost or "")


def _passed_over(claim: Claim, q: Quantity, window: str, fact: Fact, confirming: list[Fact], stated: list[Quantity],
                 index: FactIndex) -> bool:
    """Whether the fact that states the figure is not asked for it: it credits the figure to another party than the
    article does (``credited_elsewhere``), or it is another fact of the report while the figure is a level a
    confirming fact starts from (``_start_before``)."""
    return credited_elsewhere(window, fact, index) or (
        not any(fact is c for c in confirming) and not _start_before(claim, q, fact, confirming, stated))


def _stating_fact(claim: Claim, q: Quantity, window: str, confirming: list[Fact], kin: Callable[[], list[Fact]],
                  index: FactIndex) -> tuple[Optional[Fact], list[Quantity]]:
    """The first confirming fact that states ``q`` in its clause, else the first of ``kin`` that gives it
    (``_kin_states``), and the figures that state it; a figure a confirming fact writes for another thing of its
    sentence is that thing's: no other fact of the report is asked for it."""
    for fact in confirming:
        stated = stated_in(claim, q, window, fact, index)
        if stated:
            return fact, stated
    if any(compare_quantity(q, fq)[0] == "supports" and not _taken(claim, q, fq)
           for f in confirming for fq in index.reading(f).quantities):
        return None, []
    # (nor for a figure a confirming fact gives otherwise in its own role: "net income rose 31 %" is the change of
    # net income, which the 48 % another fact gives for operating income is not)
    if any(_gives_otherwise(claim, q, window, f, index) for f in confirming):
        return None, []
    # (a part of a year's fact gives no figure beside a whole year's: « 7,6 milliards pour 2026, en hausse de 6,4 % »
    # when the 6,4 % is the fourth quarter's, unless the claim or a confirming fact speaks of a part)
    parted = says_a_part(claim, q, window) or any(part_of_year(c) for c in confirming)
    for fact in kin():
        if part_of_year(fact) and not parted:
            continue
        stated = stated_in(claim, q, window, fact, index) or _written_exactly(claim, q, fact, index)
        if stated and _kin_states(claim, q, window, fact, stated, index):
            return fact, stated
    return None, []


def _gives_otherwise(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> bool:
    """Whether ``q`` is a change and the fact's sentence writes a change of its family, in words that fit ``q``'s
    clause, that does not give it (``figurerole.own_of_role``): the fact's own change. (A level is not asked: a
    sentence's levels are of many things, its change of the one it moves.)"""
    return claim_role(claim, q) == "change" and any(
        clause_fits(window, fact, fq, index, same_kind=True) and compare_quantity(q, fq)[0] != "supports"
        for fq in own_of_role(q, "change", fact, index))


def _written_exactly(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> list[Quantity]:
    """The figures of a fact's sentence that give ``q`` to the digit, when it is precise ("£1,720", not "2 %"):
    the figure itself says which fact of the report the article means, whatever words its clause uses."""
    if not precise(q):
        return []
    return [fq for fq in index.reading(fact).quantities if fq.start >= 0 and fq.value == q.value and fq.unit == q.unit
            and kinds_agree(claim, q, fact, fq, index)]


def stated_in(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> list[Quantity]:
    """The figures of the fact's sentence that state ``q`` in its clause; a bound is not met by the figure another
    figure of the claim gives ("21,9 %, et moins d'un tiers des familles monoparentales": the 21,9 % is the first
    figure's), only by that very bound written ("a target of more than 6 %", « la cible de plus de 6 % »)."""
    theirs, bound = [x for x in asserted_figures(claim) if x is not q], q.bound in ("at-least", "at-most")
    if not part_fits(claim, q, window, fact):
        return []                      # (a figure of the second quarter, or of nine months, is not the year's)
    return [fq for fq in index.reading(fact).quantities if compare_quantity(q, _size(fq, q))[0] == "supports"
            and _states_value(q, _size(fq, q)) and same_kind_of_thing(q, fq) and not points_and_percent(q, fq)
            and _fits_its_clause(claim, q, window, fact, fq, index) and kinds_agree(claim, q, fact, fq, index)
            and not _taken(claim, q, fq) and not basis_conflict(claim, q, fact, index, fq)
            and not said_of_another(claim, q, window, fact, index, fq) and not dated_apart(claim, q, fact, fq, index)
            and not (bound and bound_met_by_another(claim, q, fq, theirs))]


def _fits_its_clause(claim: Claim, q: Quantity, window: str, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the fact's figure is the one of its sentence the claim's clause means: by its words (around it, or in its
    own clause), the basis, complement or year both write beside it; not a change from another quarter (``baselines_differ``)."""
    return (clause_fits(window, fact, fq, index, same_kind=True) or any(f(claim, q, fact, fq, index) for f in (
        basis_singles_out, complement_singles_out, own_clause_singles_out)) or dated_alike(claim, q, fact, fq)) \
        and not baselines_differ(claim.text, replace(q, end=q.end - claim.start), fact.statement or "", fq)


def _taken(claim: Claim, q: Quantity, fq: Quantity) -> bool:
    """Whether another figure of the claim gives the fact's figure to the digit while ``q`` does not: the fact's
    4.3 % is the "4.3 %" of the claim, not its "about 4 %" too."""
    return q.value != fq.value and any(x is not q and x.value is not None and x.value == fq.value and x.unit == fq.unit
                                       for x in asserted_figures(claim))


def _states_value(q: Quantity, fq: Quantity) -> bool:
    """Whether the fact's figure gives the claim's value, not only a bound it falls within: "more than 5,300
    deaths" states "over 5,300", not "over 6,800" nor "6,841" (nothing is stated alongside that the fact does
    not write; the figure another figure of the claim takes is that figure's, ``stated_in``); a range, « 15 à 17
    personnes », only by a range (a bound or a figure inside it states neither end)."""
    if q.min is not None and q.max is not None and (fq.min is None or fq.max is None):
        return False
    if fq.bound not in ("at-least", "at-most"):
        return True
    return compare_quantity(replace(q, bound="exact"), replace(fq, bound="exact"))[0] == "supports"


def _size(fq: Quantity, q: Quantity) -> Quantity:
    """The fact's figure as a size when it writes a minus sign the article leaves to its words ("-0,6 %" for
    "soit 3 100 de moins (0,6 %)", "un solde de -7,4 milliards" for "tablait sur 7,4 milliards"); the way it
    goes is then checked as the fact writes it (``factway.stated_way``)."""
    if signed_way(fq) == "down" and fq.value is not None and fq.value < 0 and q.value is not None and q.value > 0:
        return replace(fq, value=-fq.value)
    return fq


def _kin_states(claim: Claim, q: Quantity, window: str, fact: Fact, stated: list[Quantity], index: FactIndex) -> bool:
    """Whether another fact of the confirming report gives the figure itself, not one like it: a figure of its own
    (no bound: "moins d'un tiers" is met by many), in the same unit (3,4 points is no 3,4 %), of the year said
    after it and of a party said beside it when they are ("contre 42 pour les écologistes" is not the 42 of
    another party), and a fact that gives no other level in the unit of another figure of the claim (``_other_level``)."""
    if q.bound in ("at-least", "at-most") or not any(fq.unit == q.unit for fq in stated):
        return False
    # (the year said after it is its own, unless it is the baseline of a change: "8 % de moins qu'en 2023")
    change = relative_figure(claim, q) == "difference"
    years = {d.year for d in claim.dates if d.start >= q.end and not (change and d.relation == "baseline")
             and d.text and d.text in window}
    if years and year_of(fact.as_of) not in years:
        return False                  # "against 27.5 TWh in 2023" when the report's 27.5 TWh is 2024's
    near = {m.entity for m in claim.mentions if m.text and m.text in window}
    return not (near and not near & fact_parties(fact, index)) and not _other_level(claim, q, fact, index)


_NAME_AFTER = compiled(r"\s*([A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*)*)")


def credited_elsewhere(window: str, fact: Fact, index: FactIndex) -> bool:
    """Whether the figure's clause credits it to a party it names after a marker of authorship ("the 5.2p analysts
    polled by Korpress had expected", « attendu par les analystes interrogés par Korpress ») that neither the fact's
    sentence nor its source names: that party's figure, which another fact giving the same number does not state."""
    m = claim_lexicon("und").authorship.search(fold_same_length(window))
    name = _NAME_AFTER.match(window, m.end()) if m else None
    if name is None:
        return False
    src = index.sources.get(fact.source)
    said = fold(" ".join([fact.statement, src.title if src else "", (src.publisher or "") if src else ""]))
    return fold(name.group(1)) not in said


def _other_level(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact gives a level in the unit of another figure of the claim that none of them meets (the
    report's 83.7 % for both doses beside "88.9 % had both": another reading of the sentence, not a confirmation
    of its first figure); a change it writes beside is no level ("raised by 2 %, or £35")."""
    others = [x for x in asserted_figures(claim) if x is not q and x.unit == q.unit]
    return bool(others) and any(
        fq.start >= 0 and fq.unit == q.unit and not any(compare_quantity(x, fq)[0] == "supports" for x in [q, *others])
        and not (way_beside(fact.statement, fq) or is_difference(fact.statement[fq.end:fq.end + 30]))
        for fq in index.reading(fact).quantities)


def _level_against_change(own: str, start: int, fact: Fact, stated: list[Quantity]) -> bool:
    """Whether the claim's figure is a level reached ("eased to 2.6 %", « recule à 7,5 % ») while the fact writes
    every figure that states it as a change ("rose 2.6 %"), or the other way round: the way each goes is not
    the other's, and the figure's way is left undecided."""
    mine = is_level(own[max(0, start - 30):start])
    return all(is_level(fact.statement[max(0, fq.start - 30):fq.start]) != mine for fq in stated if fq.start >= 0)


def compared_to(text: str, start: int) -> Optional[str]:
    """"more" or "less" when the figure at ``start`` is on the other side of a comparison ("below the average of
    the five previous years", « supérieure à la moyenne des cinq années »): what the text is compared with it."""
    sides = comparison_sides(text) if start >= 0 else None
    return sides[0] if sides is not None and start >= len(text) - len(sides[3]) else None
