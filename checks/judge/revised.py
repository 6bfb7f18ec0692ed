"""An older figure (the quantity rule's ``outdated``): the figure a superseded source gives for what a newer
source now gives otherwise. The older fact is one of the claim's candidates or the superseded version of a fact
the figure is compared with (the same measure of the same parties and period, in a source that the newer one
supersedes: "0.9 % in 2024" when the first estimate of 2024's growth was revised to 1.1 %), counted in the
article's noun or, for a figure the facts give only in another noun of the same kind ("218 700 faits" against
218,700 burglaries), in the noun of the fact that revised it."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Optional

from ..compare import compare_quantity, fmt_quantity, written_precision
from ..match import Candidate, FactIndex, unit_class
from ..detect import is_expectation
from ..terms import content_stems
from ..model import Claim, Fact, Quantity
from .agreement import noun_slip, precise
from .aims import fact_expects
from .causeway import cause_goes_otherwise
from .forecastfact import ends_with_forecast_noun
from .closernamed import named_by_the_closest
from .exactfig import names_more, shares_only_party
from .guidancesaid import only_as_before
from .measurenoun import bound_of_another_measure
from .countednoun import counts_the_same
from .figures import signed, units_fit
from .topicality import is_topical
from .yeartodate import fact_span
from .findings import Finding, declared_as_of, same_size, year_of
from .prevlevel import of_a_whole_of_parties, party_of
from .boundslip import of_another_year, same_figure as _same_figure
from .revision import bound_kind, dated_as_older, expects, gives_the_figure, period_on, restating, revised_since, same_range, supersedes  # noqa: F401  (revised_since: rules/quantity)


def older_match(q: Quantity, claim: Claim, cands: list[Candidate], index: FactIndex, current: Candidate,
                window: str = "", comparable: Iterable[Candidate] = ()) -> Optional[Candidate]:
    """The superseded fact that gives the figure: among the candidates, then among the superseded versions of the
    facts it is compared with (``current`` and ``comparable``)."""
    newer = list(comparable) or [current]
    for c in [*cands, *_revised(newer, index, cands)]:
        if c.source.id in index.superseded_by and c.fact.quantity and _bears_on(claim, q, c, newer, index) \
                and (not of_another_year(claim, q, window, c.fact, newer) or _set_then(c, index)) \
                and _counted_alike(q, c.fact, current, index) and gives_the_figure(q, c.fact.quantity) \
                and compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports":
            return c
    return None


def _set_then(old: Candidate, index: FactIndex) -> bool:
    """Whether a superseded fact is a target or an expectation dated to the month its source set it (« vise 30
    millions d'économies », as of the month published): its date says when it was given, not the year it is for,
    which a newer target's later year does not set apart."""
    return len(str(old.fact.as_of)) > 4 and str(old.fact.as_of)[:7] == str(old.source.published or "")[:7] \
        and expects(old.fact, index)


def _bears_on(claim: Claim, q: Quantity, old: Candidate, newer: list[Candidate], index: FactIndex) -> bool:
    """The older fact is on the claim's topic or counts the figure's noun (``counts_the_same``) or, giving exactly its
    precise figure or range (``same_range``) whatever its words, is the older version of a fact compared with."""
    if is_topical(old) or counts_the_same(claim, q, old, index):
        return True
    if same_range(q, old.fact.quantity):
        return any(_older_version(old.fact, c.fact, index, worded=False) for c in newer)
    if not (precise(q) and q.value is not None and same_size(old.fact.quantity.value, q.value)):
        return False
    # (or it is itself one of the facts of the figure's measure, period and place, and a newer source revised it)
    return any(_older_version(old.fact, c.fact, index) for c in newer) \
        or any(c.fact is old.fact for c in newer) and newer_version(old, index) is not None


def newer_version(old: Candidate, index: FactIndex) -> Optional[Candidate]:
    """The fact of a source that supersedes the older fact's (down the chain) for the same measure, period and
    parties (``_older_version``), that gives another figure: what the older figure now is."""
    for fact in index.facts:
        if _older_version(old.fact, fact, index, later=True) and not _same_figure(old.fact.quantity, fact.quantity):
            return Candidate(fact, index.sources[fact.source], old.score, old.topical, old.shared)
    return None


def current_version(q: Quantity, old: Candidate, index: FactIndex) -> Optional[Candidate]:
    """The newer version of a superseded fact (``newer_version``) when it gives exactly the figure the older fact
    only met loosely (« entre 4,8 et 4,9 » near a first 4.7–4.8, raised since to 4.8–4.9): the figure is the current one."""
    new = newer_version(old, index)
    return new if new is not None and _same_figure(q, new.fact.quantity) and not _same_value(q, old) else None


def _counted_alike(q: Quantity, old: Fact, current: Candidate, index: FactIndex) -> bool:
    """The older fact counts the figure in the article's noun, or gives it exactly in the noun of the newer fact
    it is compared with ("218 700 faits": burglaries, as the revised count)."""
    if units_fit(q, old, index) is None:
        return True
    cq = current.fact.quantity
    return cq is not None and old.quantity.unit == cq.unit and noun_slip(q, old)


def _revised(current: Iterable[Candidate], index: FactIndex, cands: list[Candidate]) -> list[Candidate]:
    """The facts of superseded sources that are older versions of these current facts: a source the current
    fact's source supersedes (directly or down a chain), the same unit, period and parties, ranked like it."""
    seen = {id(c.fact) for c in cands}
    out = []
    for c in current:
        for fact in index.facts:
            if id(fact) not in seen and _older_version(fact, c.fact, index):
                seen.add(id(fact))
                out.append(Candidate(fact, index.sources[fact.source], c.score, c.topical, c.shared))
    return out


def revises(new: Fact, old: Fact, index: FactIndex) -> bool:
    """Whether a fact is the newer version of an older one (``_older_version``)."""
    return _older_version(old, new, index)


def _older_version(old: Fact, new: Fact, index: FactIndex, later: bool = False, worded: bool = True) -> bool:
    """``later``: the newer fact may be dated later (``period_on``), a running count read again — never over another
    stretch from the year's start than the older sentence names (``fact_span``: "the six months to 1 December" is by
    "the 26 weeks to 1 December", nine months by no year). ``worded``: most words shared (not of a range: ``_bears_on``)."""
    if old.quantity is None or new.quantity is None or old.quantity.unit != new.quantity.unit:
        return False
    if old.as_of is None or (old.subject, old.object) != (new.subject, new.object):
        return False
    if old.as_of != new.as_of and not (later and period_on(new, old) and fact_span(old) in (None, fact_span(new))):
        return False
    # the same measure: the same qualifiers ("youth" is not the whole), most of the older sentence's words
    old_reading, new_reading = index.reading(old), index.reading(new)
    if old_reading.qualifiers != new_reading.qualifiers:
        return False
    if worded and old_reading.language == new_reading.language:
        mine, theirs = set(content_stems(old.statement)), set(content_stems(new.statement))
        if len(mine & theirs) < 0.5 * len(mine):
            return False
    return supersedes(new.source, old.source, index)


def exactly_the_older(claim: Claim, q: Quantity, window: str, cands: list[Candidate], good: list,
                      index: FactIndex) -> bool:
    """A plain figure or range that the current facts give only by rounding or by containing theirs, and a
    superseded fact gives exactly ("entre 11,5 % et 12 %" when the target was cut to 11.5 %)."""
    if q.approximate or (q.value is None and q.min is None) or any(_same_value(q, c, bound=True) for c, _, _ in good):
        return False
    old = older_match(q, claim, cands, index, good[0][0], window)
    return old is not None and _same_value(q, old, bound=True)


def _same_value(q: Quantity, c: Candidate, bound: bool = False) -> bool:
    """The same figure; ``bound``: and bounded alike ("20 %" is not the "more than 20 %" the target was raised to)."""
    return c.fact.quantity is not None and _same_figure(q, c.fact.quantity) \
        and (not bound or bound_kind(q) == bound_kind(c.fact.quantity))


def outdated_findings(claim: Claim, q: Quantity, old: Candidate, comparable: list[Candidate], closest: Candidate,
                      index: FactIndex) -> list[Finding]:
    """The figure a superseded fact gives: outdated, citing both figures, sources and dates, when a newer fact of the
    same measure, party and period gives another (``newer_figure``) or the next year's writes it otherwise as the
    level it moved from (``restating``); else left unchecked (the superseded source's
    figure, which nothing the list holds revises, is neither confirmed nor refuted by another measure's figure)."""
    given = as_given_then(claim, q, old)
    if given:
        return given
    restated = restating(old.fact, index)
    if restated is not None:       # (the newer source gives the older year's figure as the level it moved from)
        return [Finding("outdated", "outdated", restated[0], f"{q.text.strip()!r} is the figure of {old.source.title!r} "
                        f"({published_when(old)}); {index.sources[restated[0].source].title!r} restates it as "
                        f"{fmt_quantity(restated[1])}: {restated[0].statement}"), Finding("related", "outdated", old.fact, "the superseded figure")]
    new = newer_figure(old, comparable, closest, index)
    if new is None:
        return [Finding("related", "outdated", old.fact, f"{q.text.strip()!r} is the figure of "
                        f"{old.source.title!r} ({published_when(old)}), which a newer source replaced without giving this measure again")]
    return [Finding("outdated", "outdated", new.fact,
                    f"{q.text.strip()!r} is the older figure of {old.source.title!r} ({published_when(old)}: "
                    f"{fmt_quantity(old.fact.quantity)}); {new.source.title!r} ({published_when(new)}) gives "
                    f"{fmt_quantity(new.fact.quantity)}"),
            Finding("related", "outdated", old.fact, "the superseded figure")]


def published_when(c: Candidate) -> str:
    """When a candidate's source was published ("published 2025-02-13"), or "undated", for an explanation."""
    return f"published {c.source.published}" if c.source.published else "undated"


def newer_figure(old: Candidate, comparable: list[Candidate], closest: Candidate, index: FactIndex) -> Optional[Candidate]:
    """The fact that now gives what the older fact gave: a comparable fact that revises it, or the newer version the list
    holds (``newer_version``), or the closest fact, from a source not replaced, for its year or, for a count as of a day
    or a month, a later date (a running total: "12,400 claims" by March, "more than 12,950" by June); never a fact of
    another year (a figure for 2024 is not revised by a forecast for 2025), nor one of another stretch from the year's
    start than the one the older fact's sentence names, at another date (« les neuf premiers mois »: ``fact_span``)."""
    found = next((c for c in comparable if old.fact is not c.fact and revises(c.fact, old.fact, index)), None)
    found = found or newer_version(old, index)
    if found is not None:
        return found
    f, o = closest.fact, old.fact
    # (not known to be the same measure: never of a replaced source, nor of another year than a yearly figure's)
    fy, oy = year_of(f.as_of), year_of(o.as_of)
    other_year = None not in (fy, oy) and (fy < oy or fy > oy and len(str(o.as_of)) == 4)
    if closest.source.id in index.superseded_by or other_year or of_a_whole_of_parties(f, o, index) \
            or f.as_of != o.as_of and fact_span(o) not in (None, fact_span(f)):
        return None         # (nor of another party: the world's demand is no newer figure of China's; nor of another stretch)
    return closest


# complexity: the older expectation found, dated or not, its newer one and whether that one confirms it: one chain
def expectation_revised(claim: Claim, decided: list[Finding], cands: list[Candidate], index: FactIndex,
                        judge: Callable[[Candidate], Optional[list[Finding]]]) -> list[Finding]:
    """A claim without a figure confirmed by what a superseded source expected (« qui prévoyait un bénéfice stable »
    against "expects profit to be stable"), when a source that supersedes it (down the chain) gives another
    expectation of the same party and period among the claim's candidates (``later_guidance``): the older guidance,
    outdated — unless the claim dates it to the month its source gave it (``dated_as_older``) or the newer one
    confirms it too. Refuted by the newer expectation's way or date while the older one (``judge``: the rule's verdict
    on a fact) confirms it: outdated too, or, dated to the month the older one was given ("In March 2027, X expected
    the deal to complete in the third quarter"), confirmed by it."""
    expects = is_expectation(claim.focus or claim.text) or says_what_guidance_said(claim)
    older = _older_agreeing(decided, cands, index, judge) if expects else None
    old = next((f.fact for f in (older or decided)[:1] if f.relation == "supports"), None)
    if old is None or not (expects or fact_expects(old, index)):
        return []                         # (« prévoit toujours de … » confirmed by what a source expected: the same)
    given = Candidate(old, index.sources[old.source], 0.0, 0.0)
    if dated_as_older(claim, [(given, "", "")]):
        return older or []
    c = next((c for c in cands if later_guidance(c.fact, old, index)), None)
    if c is None:
        return []
    now = judge(c)
    if now and now[0].relation == "supports" and _current_too(claim, old, c.fact, index):
        return now                        # (what the newer guidance says too: the current one)
    return [Finding("outdated", "outdated", c.fact, f"what {given.source.title!r} ({published_when(given)}) expected was "
                                                    f"revised by {c.source.title!r} ({published_when(c)}): {c.fact.statement}"),
            Finding("related", "outdated", old, "the superseded expectation")]


def _current_too(claim: Claim, old: Fact, new: Fact, index: FactIndex) -> bool:
    """Whether the newer expectation, which confirms the claim too, confirms it as the current one: an expectation (not
    the event, done or called off), not only as the guidance it revised (``only_as_before``), nor in the older one's
    words (``worded_as_older``)."""
    return fact_expects(new, index) and not only_as_before(claim, new) and not worded_as_older(claim, old, new)


def worded_as_older(claim: Claim, old: Fact, new: Fact) -> bool:
    """Whether the claim writes words only the older of two expectations of the same party and period writes, and
    none only the newer writes ("an outlook for a margin in the high teens" against "in the high teens", revised to "about
    18 %"): it gives the older one, whatever the newer confirms of the rest."""
    mine, then, now = (set(content_stems(t)) for t in (claim.focus or claim.text, old.statement, new.statement))
    return bool(mine & (then - now)) and not mine & (now - then)


def says_what_guidance_said(claim: Claim) -> bool:
    """Whether a relative clause says what the noun of forecast, guidance or target that ends its main clause gave
    ("its latest outlook, which had called for margins a touch higher", « son objectif, qui prévoyait … »):
    an expectation, whatever its verb."""
    main = claim.context_text.rstrip(" ,")
    return claim.role == "relative" and bool(main) and ends_with_forecast_noun(main)


def later_guidance(new: Fact, old: Fact, index: FactIndex) -> bool:
    """Whether a fact is a later expectation of the same party and period as an older one (the period the list
    declares for both, whatever year a figure of its clause writes: "slightly below 2023 …, with return on sales of
    about 10.2 %" is guidance for 2024), or, for an expected event between two parties that neither gives a figure
    of, any date (its date is when the event is expected: "to become effective in the first half of 2025", then "on
    15 October 2025"; or the event itself, done or called off), in a source that supersedes the older's (down the chain)."""
    return new is not old and old.as_of is not None and party_of(new, index) == party_of(old, index) \
        and (new.as_of == old.as_of or declared_as_of(new, index) == declared_as_of(old, index) != ""
             or _same_event(new, old)) \
        and supersedes(new.source, old.source, index) \
        and (_same_event(new, old) or fact_expects(new, index)) and fact_expects(old, index)


def _same_event(new: Fact, old: Fact) -> bool:
    """Whether two facts without a figure are of the same two declared parties: one event between them (a takeover),
    which each dates to when it is expected."""
    return new.quantity is None and old.quantity is None and old.object is not None \
        and (new.subject, new.object) == (old.subject, old.object)


def _older_agreeing(decided: list[Finding], cands: list[Candidate], index: FactIndex,
                    judge: Callable[[Candidate], Optional[list[Finding]]]) -> Optional[list[Finding]]:
    """The confirmation by an older expectation of the same party and period, in a source the refuting expectation's
    supersedes (« prévoyait un bénéfice stable » refuted by the raised guidance, confirmed by the first one)."""
    if not decided or decided[0].relation != "contradicts" or decided[0].rule not in ("direction", "date"):
        return None
    for c in cands:
        if later_guidance(decided[0].fact, c.fact, index):
            found = judge(c)
            if found and found[0].relation == "supports":
                return found
    return None


def as_given_then(claim: Claim, q: Quantity, old: Candidate) -> list[Finding]:
    """The superseded figure, confirmed when the claim dates it to the month its source gave it (``dated_as_older``)."""
    if not dated_as_older(claim, [(old, "", "")]):
        return []
    return [Finding("supports", "quantity", old.fact, f"{q.text.strip()!r} is the figure {old.source.title!r} gave "
                                                      f"then ({fmt_quantity(old.fact.quantity)}), as the article dates it")]


def agreeing_facts(claim: Claim, q: Quantity, window: str, cands: list[Candidate], verdicts: list,
                    index: FactIndex) -> list:
    """The verdicts of the closest facts that agree with the figure, unless the figure means another of them: a
    bound the closest fact, naming more of the claim, refutes; a hedged or rounded figure exactly the older one."""
    good = [v for v in verdicts if v[1] == "supports"]
    if good and all(bound_of_another_measure(claim, q, window, c, cands, index) for c, _, _ in good):
        return []                    # a bound met only by a fact of another measure than the one its clause names
    good = _not_of_the_party_alone(claim, q, cands, good, index)
    if good and q.bound in ("at-least", "at-most") and verdicts[0][1] == "contradicts" \
            and all(names_more(claim, q, verdicts[0][0], c, index) for c, _, _ in good):
        return []                    # a bound many figures meet says not which fact it means: the closest refutes it
    if good and q.approximate and _hedged_means_another(claim, q, window, cands, good, index):
        return []
    if good and _means_another(claim, q, window, cands, good, verdicts, index):
        return []
    return good


def _means_another(claim: Claim, q: Quantity, window: str, cands: list[Candidate], good: list, verdicts: list,
                   index: FactIndex) -> bool:
    """Whether the agreeing facts meet it only as another's: the older, within bounds, of no cause (``causeway``), or
    of another thing than the closest fact's, which refutes it (``closernamed``)."""
    return exactly_the_older(claim, q, window, cands, good, index) or _only_bounds_meet(q, good, verdicts) \
        or cause_goes_otherwise(claim, q, window, verdicts, good, index) or verdicts[0][1] == "contradicts" \
        and all(named_by_the_closest(claim, q, verdicts[0][0], c, cands, index) for c, _, _ in good)


def _not_of_the_party_alone(claim: Claim, q: Quantity, cands: list[Candidate], good: list, index: FactIndex) -> list:
    """The agreeing verdicts but, for a bound, those of facts that share only the claim's party while another fact
    names what it measures (``exactfig.shares_only_party``)."""
    if q.bound not in _BOUNDS:
        return good
    return [v for v in good if not shares_only_party(claim, q, v[0], cands, index)]


def _hedged_means_another(claim: Claim, q: Quantity, window: str, cands: list[Candidate], good: list,
                          index: FactIndex) -> bool:
    """Whether a hedged figure only near the agreeing facts is exactly another's: the older figure or another
    year's ("some 7,340 pupils": only near the new figure, exactly the old one), or another party's ("analysts
    polled by X expected about $43 billion": the company's own 43)."""
    plain = replace(q, approximate=False)
    if not any(compare_quantity(signed(plain, claim, c.fact, window), c.fact.quantity)[0] == "supports"
               for c, _, _ in good):
        old = older_match(plain, claim, cands, index, good[0][0], window)
        if old is not None or _exactly_another_year(plain, claim, window, cands, good[0][0], index):
            return True
    elif _beyond_its_rounding(plain, good):
        old = older_match(plain, claim, cands, index, good[0][0], window)
        if old is not None and _same_value(plain, old):
            return True
    return _exactly_another_party(plain, claim, window, cands, [c for c, _, _ in good])


def _beyond_its_rounding(q: Quantity, good: list) -> bool:
    """Whether no agreeing fact's figure is one the figure's own digits round to, strictly within half its last
    digit (10.5 % is at the edge of "11 %", not rounded to it): a hedged figure then met only at its hedge's edge."""
    if q.value is None:
        return False
    half = written_precision(q, q.value)
    return all(c.fact.quantity is None or c.fact.quantity.value is None
               or abs(abs(c.fact.quantity.value) - abs(q.value)) >= half * (1 - 1e-9) for c, _, _ in good)


_BOUNDS = ("at-least", "at-most")


def _only_bounds_meet(q: Quantity, good: list, verdicts: list) -> bool:
    """Whether a precise figure is met only by facts that give a bound ("more than one billion euros") while a
    close fact of the same subject gives the exact figure and refutes it: the exact figure decides."""
    if not precise(q) or q.bound in _BOUNDS or any(c.fact.quantity.bound not in _BOUNDS for c, _, _ in good):
        return False
    subjects = {c.fact.subject for c, _, _ in good} - {None}
    return any(v == "contradicts" and c.fact.quantity.bound not in _BOUNDS and c.fact.subject in subjects
               for c, v, _ in verdicts)


def _exactly_another_year(q: Quantity, claim: Claim, window: str, cands: list[Candidate], near: Candidate,
                          index: FactIndex) -> bool:
    """A hedged figure only near the fact it is compared with and exactly the same measure of the same party in
    another year ("about 8.7 million visitors in 2023" against 8.9 million in 2023 and 8.7 million in 2024;
    « environ 8,7 millions … en 2023 » likewise): it is the other year's figure."""
    nf = near.fact
    year = year_of(nf.as_of)
    if nf.quantity is None or nf.subject is None or year is None:
        return False
    # (a range of another year that holds the figure, "between 5.5 and 6.5 %", is not that figure exactly)
    return any(c.fact.subject == nf.subject and c.fact.quantity is not None and c.fact.quantity.unit == nf.quantity.unit
               and c.fact.quantity.value is not None and year_of(c.fact.as_of) not in (None, year)
               and compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports"
               for c in cands)


def _exactly_another_party(q: Quantity, claim: Claim, window: str, cands: list[Candidate], good: list[Candidate]) -> bool:
    """A hedged figure (``q`` without its hedge) only near the figure of the party the claim names, and exactly the
    figure another party, which the claim does not name, gives for the same period ("analysts polled by X had
    expected about $43 billion" against X's $41.78 billion and the company's own guidance of $43 billion): the
    other party's figure, not a confirmation of the first's."""
    named = {m.entity for m in claim.mentions}
    near = [c for c in good if compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] != "supports"]
    subjects, periods = {c.fact.subject for c in near}, {c.fact.as_of for c in near}
    if not near or not subjects & named or None in periods:
        return False
    return any(c.fact.subject is not None and c.fact.subject not in subjects | named and c.fact.as_of in periods
               and c.fact.quantity is not None and unit_class(c.fact.quantity.unit) == unit_class(q.unit)
               and compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports"
               for c in cands)
