"""Rule ``quantity`` (and ``quantity-magnitude``, ``quantity-bound``, ``quantity-measure``, ``quantity-role``, ``period``,
``region``, ``direction``, ``outdated``): each figure of a claim against the facts of the same measure, place and period.

- supported: "Unemployment was 4.7 % in July" / « Le chômage était de 4,7 % en juillet » (fact: 4.7 % in July 2025).
- contradicted: "Unemployment was 4.6 % in July" (June's figure: ``period``) / « En Île-de-France, les prix
  ont reculé de 4,9 % » when 4,9 % is the national figure (``region``)."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ...compare import bound_note, compare_quantity, fmt_quantity, magnitude_note
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Quantity
from ..agreement import (after_figure, before_figure, counted_by_a_fact, earlier_level, exceeds, measure_named_elsewhere, near_miss,
                         in_unit_and_sense, precise, same_thing_elsewhere, starting_level_of, subject_keys)
from ..figures import figure_sense, name_acronyms, names_as_much, fact_names_all, figure_window, rank, sign_note, signed, significant_digits, window_start
from ..topicality import is_topical, substantive
from ..findings import Finding, as_stated, asserted_figures, judged_figure
from ..beforechange import level_before_change, level_of_its_year, start_of_a_change
from ..beside import beside_declared, said_beside, written_beside
from ..changes import states_a_change as _states_a_change
from ..clauses import another_subject, relative_figure
from ..countednoun import bare_and_unnamed, counted_noun, counts_the_same, unit_as_declared
from ..exactfig import SETTLED, figure_of_another, not_only_a_bound, unless_only_a_bound, gives_every_figure, gives_or_slips, slip_first
from ..figurerole import role_instead, role_of_its_measure
from ..incises import names_outside_incises
from ..levelratio import LEVEL_RATIO, level_as_rise
from ..measured import measures_apart, not_of_what_it_misreads, uncovered_name
from ..place import of_its_own_place
from ..basis import basis_conflict, on_its_basis
from ..otherplace import tied_elsewhere
from ..plainmeasure import another_measures_figure, writing_its_kind
from ..siblings import not_of_another_sibling
from ..groups import not_of_the_other_side, same_group
from ..scope import counted_by, named_in_clause, opening_fits, figure_month, one_narrower_measure, same_measure, same_period, same_place
from ..roundedonly import unless_rounded
from ..boundslip import bound_of_the_figure, misread_digits, what_is_wrong
from ..revised import agreeing_facts, current_version, older_match, outdated_findings, revised_since
from ..revisionway import beside_support, way_against, way_teller
from ..revisedtarget import target_revised
from ..closerclause import elsewhere_or_closer
from ..measurefirst import of_its_measure_first
from ..boundnext import UNNAMED, by_number_and_bound
from .derived import derived, multiple_of_group, said_as, unit_slip
from .difference import RULE_ID as DIFFERENCE, with_difference
from ..nobearing import bears_by_figure, bears_on_nothing, telling_figure
from ..turned import turned_in_pool, written_or_turned
from ..yearparts import says_a_part
from ..periodsibling import period_instead, right_at_another_time
from ..runningyear import another_period_instead
from ..levelends import ends_swapped
from ..startyear import of_another_start, starting_year_against
from ..forecastfact import revised_forecast
from ..expectside import for_an_expectation, same_side
from ..sharechange import share_change
from ..ownversion import another_version, of_its_own_version
from ..sharebase import of_its_base, share_of_a_part
from ..bandwords import without_bands_for
from ..boundwritten import bound_turned

RULE_ID = "quantity"


def rule_quantity(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """Each figure of the claim against the facts that measure the same thing, where and when it is said."""
    out: list[Finding] = []
    found = {}
    for q in claim.quantities:
        if not judged_figure(claim, q):
            continue
        how = relative_figure(claim, q)
        fs = share_change(claim, q, cands, index) or _figure_findings(claim, q, cands, index, how) or level_of_its_year(claim, q, how, cands, index)
        found[id(q)] = (q, how, with_difference(q, claim, how, fs, cands, index, lambda f: _states_a_change(f, index)))
    levels = {id(f.fact) for _, how, fs in found.values() for f in fs if f.relation == "supports" and how is None}
    exact = {id(f.fact): q for q, _, fs in found.values() for f in fs if f.relation == "supports"
             and q.bound not in ("at-least", "at-most")}
    confirmed = [(q, f.fact) for q, _, fs in found.values() for f in fs if f.relation == "supports"]
    for q, how, fs in found.values():
        fs = [_as_related(claim, q, how, f, levels, exact, index) or said_beside(claim, q, f, confirmed, found.values(), index)
              or f for f in fs]
        fs = _of_its_own_place(claim, q, fs, cands, index)
        out.extend(replace(f, part=f.part or q.text.strip()) for f in fs)
    return of_its_own_version(claim, out, index)     # (a figure confirmed by another version's fact, one refuted so)


def _of_its_own_place(claim: Claim, q: Quantity, fs: list[Finding], cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The findings read again with the place each figure of the fact's sentence is said of (``place``, ``otherplace``)."""
    return tied_elsewhere(claim, q, [of_its_own_place(claim, q, f, cands, index) or f for f in fs], index)


# complexity: one test a kind of finding that says less than it seems, each a return
def _as_related(claim: Claim, q: Quantity, how: Optional[str], f: Finding, levels: set, exact: dict,
                index: FactIndex) -> Optional[Finding]:
    """A finding that says less than it seems, as a related one: a starting level is not refuted by the fact that
    gives the current level (its year aside), nor a difference by a level; a bound is not met by the figure that another figure of
    the claim, said of something else, gives exactly ("21,9 % [children], et moins d'un tiers [single parents]")."""
    if f.relation == "outdated" and how == "starting level" and id(f.fact) in levels:
        return Finding("related", f.rule, f.fact, f"{q.text.strip()!r} is the superseded figure, which the article gives "
                                                  f"as the earlier one beside the current ({f.message})")
    if f.relation == "contradicts" and ((how == "starting level" and id(f.fact) in levels and not of_another_start(f))
                                        or (how == "difference" and not _states_a_change(f.fact, index)
                                            and f.rule not in (DIFFERENCE, LEVEL_RATIO))):
        return Finding("related", f.rule, f.fact, f"{q.text.strip()!r} is a {how}, which the source does not give as "
                                                  f"such ({f.message})")
    if f.relation == "supports" and q.bound in ("at-least", "at-most") and not f.rule.startswith("derived") \
            and exact.get(id(f.fact), q) is not q and another_subject(claim, q, exact[id(f.fact)]):
        return Finding("related", f.rule, f.fact, f"{q.text.strip()!r}: the source's {fmt_quantity(f.fact.quantity)} is "
                                                  f"the figure of {exact[id(f.fact)].text.strip()!r}, not of this one")
    return None


# complexity: the steps of one figure in the order they narrow its facts, each an early return; the gate first
def _figure_findings(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex,
                     how: Optional[str]) -> list[Finding]:
    """The findings on one figure (an outdated figure also cites the superseded fact): the facts of its measure, period
    and place (``_comparable``), then the figure against the closest (``_judge_figure``); ``how``: ``relative_figure``."""
    written, q = q, unit_as_declared(claim, q, cands)
    if bears_on_nothing(claim, q, cands, index):
        return []                      # (no fact of its topic, noun or figure: its clause is not read)
    window = figure_window(claim, written)
    cands = not_of_another_sibling(claim, q, window, cands, index)   # (another measure's)
    cands = not_of_the_other_side(claim, q, window, cands, index)    # ("under 65" is not "65 and over")
    start = _starting_level(claim, q, cands, index) or start_of_a_change(claim, q, cands, index) if how == "starting level" \
        else level_before_change(claim, q, cands, index)
    if start:
        return start
    counted = counted_by(claim, q, window, index)
    if counted is None:
        return []                      # a bare number ("18- to 24-year-olds") says nothing comparable
    counting = counted_noun(q.unit)    # (else no fact counts the same noun: ``counts_the_same`` is not asked)
    held = [c for c in cands if c.fact.quantity and (substantive(c) or counting and counts_the_same(claim, q, c, index))]
    # (with no fact left to compare, the derived figures or a slip of unit, without reading period, measure, place)
    pool = _candidate_pool(claim, q, window, held, index)
    if not pool:
        return derived(q, claim, window, pool, index, cands) or beside_declared(claim, q, window, held, index)
    found = _judged(claim, q, window, cands, pool, index)
    if not all(opening_fits(f, counted, claim, q, index) for f in found):
        return []                      # a level of what the claim opens with, which the agreeing fact is not about
    # (a figure the list gives for another place or party only is that place's, or another fact's exact: no looser reading)
    if any(f.relation in ("supports", "contradicts", "outdated") or f.rule in SETTLED for f in found):
        return found
    return _looser(claim, q, window, cands, pool, index) or found


def _looser(claim: Claim, q: Quantity, window: str, cands: list[Candidate], pool: list[Candidate],
            index: FactIndex) -> list[Finding]:
    """When no fact decided the figure: the fact that names its measure otherwise, or the source list's one measure
    of it named more precisely (of its period and place), confirmed by an agreeing fact only (another fact's figure
    of a narrower measure refutes nothing), or a fact's sentence that writes it beside its declared figure."""
    named = _named_otherwise(claim, q, window, cands, pool, index)
    if named:
        return named
    narrow = _judged(claim, q, window, cands, pool, index, loose="narrower")
    # (or its figure misread: its bound turned, "at least" the top of its range; its digits in another scale or power
    # of ten, "37.1 million" for 3.71, or two swapped, "1.54" for 1.45; points; a superseded fact's figure met the same
    # way is the older figure: outdated, as it confirms; a right figure of another year, occasion or period: its date wrong)
    if any(f.relation in ("supports", "outdated") or f.rule == "quantity-bound" or f.rule == "quantity-magnitude"
           or f.rule == "quantity-points" or f.relation == "contradicts" and misread_digits(q, f.fact.quantity)
           or right_at_another_time(claim, q, window, f, pool, index) for f in narrow):
        return narrow
    return beside_declared(claim, q, window, pool, index)


def _judged(claim: Claim, q: Quantity, window: str, cands: list[Candidate], pool: list[Candidate], index: FactIndex,
            loose: bool | str = False) -> list[Finding]:
    early, comparable = _comparable(claim, q, window, pool, index, loose)
    if early is not None or not comparable:
        return early if early is not None else level_as_rise(q, claim, window, pool, index) \
            or derived(q, claim, window, pool, index, cands) or unit_slip(q, pool, index, claim) or turned_in_pool(claim, q, window, pool, index)
    if claim.negated and q.bound == "at-most":
        above = exceeds(q, comparable if says_a_part(claim, q, window) else pool, index)   # a part named: its facts only
        if above:
            return [above]
    return _judge_figure(claim, q, window, cands, comparable, index)


def _starting_level(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """A starting level ("up from 650,000 a year before") a fact gives as its own (``starting_level_of``), whatever
    fact its year would point to; of the wrong year when the claim dates it otherwise (``starting_year_against``)."""
    c = starting_level_of(q, cands, index)
    return [] if c is None else [starting_year_against(claim, q, c, index) or Finding("supports", "quantity", c.fact,
        f"{q.text.strip()!r} agrees with the starting level the source gives: {c.fact.statement}")]


def _named_otherwise(claim: Claim, q: Quantity, window: str, cands: list[Candidate], pool: list[Candidate],
                     index: FactIndex) -> list[Finding]:
    """A precise figure the rules above could not place, that a fact gives exactly but counts with another noun
    ("726 motards" against 726 "tués", "1,5992 euro" against 1.5992 EUR per litre, "36,7 milliards" against
    36.7 bn EUR): the figure itself says which noun the article means, and it is judged against the facts counted
    in it (of its measure, period and place: the superseded figure stays outdated; one another fact of the noun refutes stays unchecked). Never when
    the article's noun is one some fact counts its own figure in (then it may be the wrong measure: "726 blessés" when 726 is killed)."""
    if not precise(q) or counted_by_a_fact(q, index):
        return []
    found = _judged(claim, q, window, cands, pool, index, loose=True)
    # (a confirmation or an older figure only: that another fact of the noun disagrees says less when the noun is the article's reading)
    if any(f.relation == "contradicts" and not bound_of_the_figure(q, f) for f in found):
        return []       # (unless a wrong bound at the figure the fact writes in its noun)
    return found if any(f.relation in ("supports", "outdated", "contradicts") for f in found) else []


def _clause_names(claim: Claim, q: Quantity, window: str, index: FactIndex) -> list[str]:
    """The names of this figure's own clause or, for the claim's only figure, those of the claim before it."""
    start = window_start(claim, q)
    specifics = names_outside_incises(claim, (start, start + len(window)), index)
    if not specifics and len(asserted_figures(claim)) == 1:
        earlier = [x.end - claim.start for x in claim.quantities if 0 <= x.end <= q.start]
        # (after the item before it, if any: "40 Vigil vehicles, as many as 120,000 shells")
        lo = max(earlier + [claim.text.rfind(",", 0, q.start - claim.start) + 1]) if earlier else 0
        specifics = names_outside_incises(claim, (lo, q.start - claim.start), index)
    return specifics


def _candidate_pool(claim: Claim, q: Quantity, window: str, cands: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The candidates (with a figure) naming what the clause names, bearing on it (``nobearing``), of its side of expected and happened."""
    exact, counting = telling_figure(q, index), counted_noun(q.unit)
    bearing = [c for c in cands if is_topical(c) or bears_by_figure(claim, q, c, index, counting, exact)]
    # (the names of the figure's clause are read only when some fact bears on it)
    specifics = _clause_names(claim, q, window, index) if bearing else []
    acronyms = name_acronyms(claim) if specifics else None
    pool = [c for c in bearing if fact_names_all(c.fact, c.source, specifics, acronyms)]
    # what someone expected or aims at is compared with expectations and targets only (``expectside``)
    return same_side(claim, q, window, pool, index) if pool else pool


def _comparable(claim: Claim, q: Quantity, window: str, pool: list[Candidate], index: FactIndex,
                loose: bool | str = False) -> tuple[Optional[list[Finding]], list[Candidate]]:
    """(findings, None) when the figure is the source's for another measure, year, period or place; else (None,
    the facts of the pool in the figure's unit and sense, of its measure, period and place); ``loose``: the facts
    that give the figure exactly in another noun of the same kind, instead; "narrower": those of a narrower
    measure, when the facts left measure it one way only."""
    comparable = in_unit_and_sense(claim, q, window, pool, index, another_noun=loose is True)
    # (a basis written on both sides that differs, "as reported" against "at constant currency": another figure)
    comparable = [c for c in without_bands_for(q, comparable) if not basis_conflict(claim, q, c.fact, index)]
    if not comparable:
        return None, []                # (no fact left: its measure, group, period and place are not read)
    early, fit = same_measure(claim, q, window, comparable, index, narrower=loose == "narrower")
    if early is not None:     # (another measure's figure, of another period than its sibling's: ``periodsibling``)
        return period_instead(claim, q, window, early, comparable, index) or early, fit
    early, comparable = same_group(claim, q, window, fit, index)
    if early is not None:
        return multiple_of_group(q, claim, window, pool, index) or early, comparable
    qmonth = figure_month(claim, q, window, comparable)
    early, comparable = same_period(claim, q, window, comparable, qmonth, index)
    if early is not None:
        return early, comparable
    early, comparable = same_place(claim, q, window, comparable, qmonth, index)
    if early is not None:
        return early, comparable
    comparable = of_its_base(claim, q, comparable, index)     # (a share of the whole is no share of a part)
    if loose == "narrower":
        comparable = one_narrower_measure(claim, q, window, comparable, index)
    return None, comparable


def _judge_figure(claim: Claim, q: Quantity, window: str, cands: list[Candidate], comparable: list[Candidate],
                  index: FactIndex) -> list[Finding]:
    """The figure against the closest comparable facts: supported by one that agrees, else outdated, related or
    contradicted."""
    top = _closest(claim, q, window, comparable, index)
    verdicts = [(c, *compare_quantity(signed(q, claim, c.fact, window), as_stated(c.fact, index))) for c in top]
    good = agreeing_facts(claim, q, window, cands, verdicts, index)
    good, verdicts = revised_since(claim, q, window, good, verdicts, index)
    if (retargeted := target_revised(claim, q, good, index)):      # (a target the newer source says was revised)
        return retargeted
    good = not_only_a_bound(good, verdicts)
    if good:
        return _agreeing(claim, q, window, way_teller(claim, q, window, good, index), index, cands)
    bad = [v for v in verdicts if v[1] == "contradicts"]
    old = older_match(q, claim, cands, index, verdicts[0][0], window, comparable)
    if old is not None:
        now = current_version(q, old, index)        # (the older figure only met loosely: the newer gives it exactly)
        return _agreeing(claim, q, window, now, index, cands) if now is not None else outdated_findings(claim, q, old, comparable, (bad[0] if bad else verdicts[0])[0], index)
    if not bad:
        c = verdicts[0][0]
        if earlier_level(q, c.fact, index) is not None:     # (a bound far below the figure, its older level)
            return _agreeing(claim, q, window, c, index, cands)
        return [Finding("related", "quantity", c.fact,
                        f"the source only gives {fmt_quantity(c.fact.quantity)}, which neither confirms nor refutes {q.text.strip()!r}")]
    c, _, detail = slip_first(q, of_its_measure_first(claim, q, window, bad, index))   # (a slip of digits: the fact meant)
    found = _disagreeing(claim, q, window, cands, c, detail, index)     # (else the next by its number: ``boundnext``)
    return by_number_and_bound(q, found, [v for v in bad if v[0] is not c], lambda o, d: _disagreeing(claim, q, window, cands, o, d, index)) or found


def _changes_first(claim: Claim, q: Quantity, top: list[Candidate], index: FactIndex) -> list[Candidate]:
    """A difference ("29 cents below a year earlier") is the change a fact states, not a level ranked as close."""
    return top if relative_figure(claim, q) != "difference" else [c for c in top if _states_a_change(c.fact, index)] or top


def _closest(claim: Claim, q: Quantity, window: str, comparable: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The comparable facts nearly as close as the best one (current sources first), and further down those
    that give exactly the article's precise figure."""
    ranked = rank(q, claim, window, comparable, index)
    current = [(s, c) for s, c in ranked if c.source.id not in index.superseded_by] or ranked
    best = current[0][0]
    # facts nearly as close as the best: the claim may name several related figures ("turnover jumped, helped by …")
    top = [c for s, c in current if s >= best - max(0.75, 0.4 * abs(best))]
    if not before_figure(claim, q, window).strip():
        # (a clause that opens with its figure names what it measures after it: "439,180 UK pupils were placed" is not
        # the figure of a fact on all pupils that ranks nearly as close)
        subject = subject_keys(claim, q, window, index, after=True)
        first = subject & index.fact_keys(current[0][1].fact)
        top = [c for c in top if subject & index.fact_keys(c.fact) >= first]
    top = _changes_first(claim, q, top, index)
    # a fact further down that gives exactly the article's precise figure (not a round share like "a third") is meant
    # (here every candidate already agrees on what is measured, when and where: the figure itself is then strong
    # evidence of which fact the article means, however the wording ranks it; but not a fact that names less of what
    # the figure measures than the first: "gas provided 29.2 %" is not wind's 29.2 %)
    # (a change of two digits, "up 1.9 %", is as telling as a level of three: changes are fewer than shares)
    share = unit_class(q.unit) == "share" and figure_sense(claim, q, window) != "change"
    if significant_digits(q) >= (3 if share else 2) and any(ch.isdigit() for ch in q.text):
        # (what it measures is read after it in a clause it opens: "439,180 pupils were placed")
        subject = subject_keys(claim, q, window, index, after=True)
        first = subject & index.fact_keys(current[0][1].fact)
        lang = index.reading(current[0][1].fact).language      # (words compare only within one language)
        top += [c for s, c in current if c not in top and (names_as_much(subject, first, index.fact_keys(c.fact))
                                                           or index.reading(c.fact).language != lang) and
                gives_or_slips(q, c.fact.quantity)]
    return top


def _agreeing(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex,
              cands: list[Candidate]) -> list[Finding]:
    """A fact that agrees with the figure supports it, unless it is named for another thing (the words before it, a
    measure noun another fact names: ``another_measures_figure``), goes the other way, or is the fact's older one."""
    earlier = earlier_level(q, c.fact, index)
    if earlier is not None:
        return [Finding("outdated", "outdated", c.fact,
                        f"{q.text.strip()!r} is the source's earlier figure ({earlier}); it now gives "
                        f"{fmt_quantity(c.fact.quantity)}: {c.fact.statement}")]
    if (role := role_instead(claim, q, window, c.fact, index)) is not None:    # (a change is no equal level)
        return [role]
    named = writing_its_kind(claim, q, window, measure_named_elsewhere(before_figure(claim, q, window), c.fact, index,
        after_figure(claim, q, window), claim.roles) or another_measures_figure(claim, q, window, c, cands, index), index)
    if named is not None:
        word, other = named
        return [Finding("contradicts", "quantity-measure", other,
                        f"wrong measure: {q.text.strip()!r} is the source's figure for another thing ({c.fact.statement}); "
                        f"for {word!r} it gives {fmt_quantity(other.quantity)}: {other.statement}")]
    if (instead := another_period_instead(claim, q, window, c, cands, index) or revised_forecast(claim, q, window, c, index)
            or ends_swapped(claim, q, c.fact, index) or share_of_a_part(claim, q, c, index)   # (``levelends``, ``sharebase``)
            or bound_turned(q, c.fact, index)):           # ("60 % at most" beside "more than 60 %": ``boundwritten``)
        return instead
    turned, moved = way_against(claim, q, window, c.fact, index)
    if turned:
        if measures_apart(claim, q, window, c, index, written=False):   # (the same number of another measure: no way)
            return [Finding("related", "quantity", c.fact, f"{q.text.strip()!r} is said of another measure: {c.fact.statement}")]
        wrong = Finding("contradicts", "direction", c.fact, f"{turned} ({fmt_quantity(c.fact.quantity)}): {c.fact.statement}",
                        part=moved)
        # a level reached is right whichever way it moved: the way is a part of its own (``findings.claim_verdict``)
        return [Finding("supports", "quantity", c.fact, f"{q.text.strip()!r} is the level the source gives "
                                                         f"({fmt_quantity(c.fact.quantity)})"), wrong] if moved else [wrong]
    if (version := another_version(claim, q, window, c, cands, index)) is not None:   # ("adjusted" against "statutory")
        return [version]
    return [Finding("supports", "quantity", c.fact,
                    f"{q.text.strip()!r} agrees with the source ({fmt_quantity(c.fact.quantity)})")]


def _disagreeing(claim: Claim, q: Quantity, window: str, cands: list[Candidate], c: Candidate, detail: str,
                 index: FactIndex) -> list[Finding]:
    """The closest fact disagrees: a wrong figure, unless its sentence gives the figure as another level, the
    bare figure may count something else, or another fact gives the same thing."""
    read = written_or_turned(claim, q, window, cands, c, index, detail)
    if read:
        return read
    # (the closest too, "180 seats, of which 71 for LFI"; of the figure's side of expected and happened: ``same_side``)
    other = written_beside(claim, q, window, for_an_expectation(claim, q, window, cands, index), None, index)
    if other is not None:
        return beside_support(claim, q, window, other.fact, index)
    if (role := role_of_its_measure(claim, q, window, c, index, detail)) is not None:    # (its own change, before another's)
        return [role]
    other = unless_only_a_bound((figure_of_another(q, claim, window, cands, c, index, named_in_clause(claim, q, window, index))
                                 or gives_every_figure(q, claim, window, cands, c, index)) if not detail else None, c)
    if agreed := unless_rounded(claim, q, other, index, lambda o: _agreeing(claim, q, window, o, index, cands)):
        return agreed
    if bare_and_unnamed(q, window, c, index):
        return [Finding("related", "quantity", c.fact,     # a bare figure whose clause does not name the fact
                        f"the source gives {fmt_quantity(c.fact.quantity)}; it is not clear that "
                        f"{q.text.strip()!r} counts the same thing")]
    why = {"magnitude": magnitude_note(q, c.fact.quantity),
           "bound": bound_note(c.fact.quantity)}.get(detail, "") or sign_note(q, claim, c.fact, window)
    rescue = on_its_basis(claim, q, index, unless_only_a_bound(same_thing_elsewhere(q, claim, window, cands, c, index)
                                                                if not detail else None, c))   # (nor of another basis)
    if rescue is not None:
        return [Finding("supports", "quantity", rescue.fact,
                        f"{q.text.strip()!r} agrees with the source ({fmt_quantity(rescue.fact.quantity)})")]
    # (the fact's own sentence, cited: its figure in context, and the working it gives — "1.2 of up to 9.8 billion")
    uncovered = uncovered_name(claim, q, cands, index)
    if uncovered:                      # (a place or party the list never names: its figures are not the list's)
        return [Finding("related", "quantity", c.fact, f"the source gives {fmt_quantity(c.fact.quantity)}; the article's "
                                                       f"figure is of {uncovered!r}, which no fact names")]
    # (a slip of magnitude or bound is the fact's figure misread only when the claim names a measure of its kin)
    if not_of_what_it_misreads(claim, q, window, c, index, detail, cands):
        return [Finding("related", "quantity", c.fact, f"the source gives {fmt_quantity(c.fact.quantity)}, for "
                                                       f"{UNNAMED}: {c.fact.statement}")]
    if elsewhere := elsewhere_or_closer(claim, q, window, cands, c, index):   # (or the number of a clause naming more of it)
        return elsewhere
    msg = f"wrong {what_is_wrong(q, detail)}: the source gives {fmt_quantity(c.fact.quantity)}, the article {said_as(q)}{why}"
    msg += near_miss(q, claim, cands, c) + f"; the source: {c.fact.statement.rstrip('.')}"
    return [Finding("contradicts", f"quantity-{detail}".rstrip("-"), c.fact, msg)]   # ("quantity" with no detail)
