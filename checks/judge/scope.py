"""Which facts the quantity rule compares a figure with (``checks/judge/rules/quantity.py``): those of the
figure's measure, of its period and of its place or party (the group it counts: ``checks/judge/groups.py``); a
figure that is the source's for another measure, year, period or place is a finding of its own."""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..text import fold
from ..factread import measure_nouns_in, qualifiers_in
from .clauses import figure_sense, window_start
from .figures import bare_count, gives_exactly, fact_parties, gapped_count, proper_names_in, rank, rank_all, signed, subject_count
from .qualifiers import claim_qualifiers, fact_measure, measure_fits, measure_words, named_otherwise
from .findings import Finding, asserted_figures, month_of, year_of
from .place import fronted, of_other_places
from .periods import another_range, claim_month, latest_period, month_ok, period_key, quantity_month, quantity_year, time_ok, year_alike, same_day_written
from .measured import measures_apart, written_in_its_year
from .occasions import occasion_ok, quantity_occasion
from .dateparts import figure_stretch, stretch_ok
from .unsaidhalf import of_its_unsaid_half
from .yeartodate import quantity_span
from .yearparts import fact_half, fact_quarter, half_ok, part_ending, quantity_half, quantity_quarter, quarter_is_baseline, quarter_ok, quarters_in, whole_year_ok
from .reference import of_its_reference
from .running import of_the_year_before, running_gives_figure
from .yearinstead import older_than_before, older_than_running
from .series import latest_of_its_own_measure, latest_of_its_series, older_is_latest_of_its_measure, running_years_own
from .timespans import anothers_time
from .ownfact import may_refute


def same_measure(claim: Claim, q: Quantity, window: str, comparable: list[Candidate],
                  index: FactIndex, narrower: bool = False) -> tuple[Optional[list[Finding]], list[Candidate]]:
    """What is measured: a fact of another measure ("youth unemployment" for "unemployment") never decides; one
    that gives the figure for another measure says so. ``narrower``: the facts that name all the figure's
    qualifiers and more ("the deficit with Mexico" against "the goods deficit with Mexico"), instead."""
    measure = claim_qualifiers(claim, window, q)
    if narrower:
        return None, [c for c in comparable if measure < fact_measure(c.fact, index)]
    same_measure = _fitting(claim, q, measure, comparable, index)
    if not same_measure and comparable:
        other = next((c for c in rank_all(q, claim, window, comparable, index)
                      if compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports"), None)
        own = other and _measure_of_its_own(claim, q, window, measure, other, comparable, index)
        if own:
            return [Finding("contradicts", "quantity-measure", own.fact,
                            f"wrong measure: {q.text.strip()!r} is the source's figure for another measure "
                            f"({other.fact.statement}); for {measure_words(measure)} it gives "
                            f"{fmt_quantity(own.fact.quantity)}: {own.fact.statement}")], same_measure
        if other is not None:
            return [Finding("related", "quantity", other.fact,
                            f"{q.text.strip()!r} is the source's figure for another measure "
                            f"({measure_words(fact_measure(other.fact, index)) or 'without the article’s qualifier'}): "
                            f"{other.fact.statement}")], same_measure
    return None, same_measure


def _fitting(claim: Claim, q: Quantity, measure: frozenset, comparable: list[Candidate],
             index: FactIndex) -> list[Candidate]:
    """The facts of the figure's measure: its qualifiers; else those its main clause names ("net income rose to
    €48.8 bn, up 4.1 %"); else those of a name holding a qualifier (« produit net bancaire »: ``named_otherwise``)."""
    fit = [c for c in comparable if measure_fits(measure, c.fact, index, q)]
    if not fit and comparable:
        inherited = measure | inherited_qualifiers(claim)
        fit = [c for c in comparable if inherited != measure and measure_fits(inherited, c.fact, index)]
    return fit or [c for c in comparable if named_otherwise(claim, measure, c.fact, index)]


def inherited_qualifiers(claim: Claim) -> frozenset:
    """The measure qualifiers of what a nested claim glosses (its main clause) or an anaphora points back to."""
    ante = claim.antecedent.text if claim.antecedent is not None else ""
    return qualifiers_in(claim.context_text) | qualifiers_in(ante)


def _measure_of_its_own(claim: Claim, q: Quantity, window: str, measure: frozenset, other: Candidate,
                       comparable: list[Candidate], index: FactIndex) -> Optional[Candidate]:
    """When no fact has the figure's qualifiers exactly and the figure is the source's for another measure
    ("imports reached €52.3 billion" against "exports of goods reached €52.3 billion"): the one fact of the
    other's language and period that names all the figure's qualifiers and more ("imports of goods reached
    €61.8 billion"), and gives another figure; None when there is none, or several."""
    if not measure:
        return None
    lang = index.reading(other.fact).language
    own = [c for c in comparable if c.fact is not other.fact and measure < fact_measure(c.fact, index)
           and period_key(c.fact) == period_key(other.fact) and index.reading(c.fact).language == lang
           and c.source.id not in index.superseded_by]
    if len(own) != 1:
        return None
    verdict = compare_quantity(signed(q, claim, own[0].fact.quantity, window), own[0].fact.quantity)[0]
    return own[0] if verdict == "contradicts" else None


def one_narrower_measure(claim: Claim, q: Quantity, window: str, comparable: list[Candidate],
                         index: FactIndex) -> list[Candidate]:
    """The facts left of a narrower measure when, of the figure's period and place, the source list measures it one
    way only, and of every party the claim names: then the article names it less precisely, not another thing."""
    sayers = {claim.attributed_to} | {s.publisher for s in index.sources.values()}
    named = {m.entity for m in claim.mentions} - sayers
    comparable = [c for c in comparable if named <= fact_parties(c.fact, index)]
    measures = [fact_measure(c.fact, index) for c in comparable]
    if len(set(measures)) > 1:
        # (a qualifier every fact left has is the list's one way to measure it, "monthly" users: the facts whose
        # other qualifiers the figure's clause all names)
        common, mine = frozenset.intersection(*measures), claim_qualifiers(claim, window, q)
        comparable = [c for c, m in zip(comparable, measures) if m - common <= mine]
    return comparable if len({fact_measure(c.fact, index) for c in comparable}) == 1 else []


def figure_month(claim: Claim, q: Quantity, window: str, comparable: list[Candidate]) -> Optional[int]:
    """The month of the figure's clause, or the claim's when a comparable fact is of that month; none but the last
    of the stretch from the year's start it names (« Fin décembre, … de 4,6 % sur les neuf premiers mois »)."""
    qmonth = quantity_month(claim, q, window)
    if qmonth is None:
        qmonth = claim_month(claim)
        if qmonth is not None and not any(month_of(c.fact.as_of) == qmonth for c in comparable):
            qmonth = None
    return None if quantity_span(claim, q, window) not in (None, qmonth) else qmonth


# complexity: the when-filter's steps in order (undated latest, another year, another measure's latest, another
# period, a year the claim names), each an early return the next relies on
def same_period(claim: Claim, q: Quantity, window: str, comparable: list[Candidate], qmonth: Optional[int],
                 index: FactIndex) -> tuple[Optional[list[Finding]], list[Candidate]]:
    """When: the facts of the figure's year and month (an undated figure is the latest one the sources give); a
    wrong year or another period is a finding of its own."""
    from .wholeyear import full_year_of_parts, part_not_whole, whole_year_elsewhere     # (they read measure nouns)
    qyear, occasion = quantity_year(claim, q, window), quantity_occasion(claim, q, window)
    comparable = of_its_reference(claim, q, comparable, index)     # (not a figure against another baseline period)
    earlier = of_the_year_before(claim, q, window, qyear, comparable, index)   # ("A year earlier, it stood at …")
    if earlier:
        return None, earlier
    timed = _of_period(claim, q, window, comparable, qyear, qmonth, index)
    # (a year written only in a day the fact writes too is the date of the same event, not the figure's period)
    timed = timed or [c for c in comparable if same_day_written(claim, qyear, c.fact, index)]
    undated = qyear is None and qmonth is None and claim.role != "gloss"
    if undated and (elsewhere := whole_year_elsewhere(claim, q, window, comparable, index)) is not None:
        return [elsewhere], comparable      # (« sur l'année » read in the year spoken of, given otherwise that year)
    if undated:
        # an undated figure is the latest one the sources give for it, or one of the period the article speaks of
        timed = running_gives_figure(q, claim, window, timed, index, comparable) or running_years_own(
            q, claim, window, latest_of_its_series(q, claim, window, timed, index), timed, index)
        # (a latest period that measures only other things leaves the figure to the latest facts of its own measure)
        if own_measure := latest_of_its_own_measure(q, claim, window, timed, comparable, index):
            return None, own_measure
        older = older_than_before(claim, q, window, timed, index)
        if older is not None:
            return [older], comparable
    # (a right figure of another year, or occasion: « au second tour » when the source gives it for the first)
    wrong = None if timed else _of_another_time(q, (qyear, occasion), claim, window, comparable, index) \
        or _of_another_quarter(q, claim, window, comparable, qmonth, index) or full_year_of_parts(claim, q, window, comparable)
    if wrong:
        return [wrong], comparable
    if len(timed) < len(comparable):
        pair = _figure_of_another(q, claim, window, timed, comparable, index)
        # (the latest fact of another measure leaves the older fact the latest of the figure's own)
        own_latest = older_is_latest_of_its_measure(q, claim, window, pair if undated else None,
                                                    [c for c in comparable if occasion_ok(occasion, c.fact)], index)
        if own_latest and part_not_whole(claim, q, window, pair[1]):
            return [part_not_whole(claim, q, window, pair[1])], comparable
        if own_latest:
            return _latest_of_its_own(claim, q, window, own_latest + timed, comparable, undated, index)
        if qyear is None and _of_a_year_it_names(claim, pair):
            return None, [pair[1]]
        when = _other_period(q, pair) if not _own_of_another_measure(claim, q, window, pair, index) else None
        if when:
            return [when], comparable
    return None, timed or [c for c in comparable if year_of(c.fact.as_of) is None]


def _of_period(claim: Claim, q: Quantity, window: str, comparable: list[Candidate], qyear: Optional[int],
               qmonth: Optional[int], index: Optional[FactIndex] = None) -> list[Candidate]:
    """The facts of the figure's year and month, or quarter (of any, when it gives none)."""
    # (no year from another clause: "530,643 offences, … the most since 2002/03"; its half, also one said without its
    # number, "for the half"; a whole year said so: "annual sales …, up 2 %" is not the first half's; « fin 2024 »)
    quarter = part_ending("quarter", claim, q, window, qmonth)
    half = part_ending("half", claim, q, window, qmonth) if quarter is None else None
    stretch = figure_stretch(claim, q, window) if qmonth is None and quarter is None and half is None else ()
    comparable = of_its_unsaid_half(claim, q, window, comparable)
    return whole_year_ok(claim, q, window, [c for c in comparable if (qyear is None or time_ok(claim, c.fact, qyear))
                                            and month_ok(qmonth, c.fact) and quarter_ok(quarter, c.fact)
                                            and half_ok(half, c.fact) and stretch_ok(stretch, c.fact)
                                            and occasion_ok(quantity_occasion(claim, q, window), c.fact)],
                          dated=qyear is not None and qmonth is None, index=index)


def same_place(claim: Claim, q: Quantity, window: str, comparable: list[Candidate], qmonth: Optional[int],
                index: FactIndex) -> tuple[Optional[list[Finding]], list[Candidate]]:
    """Where or who: facts naming the place or party of the figure's clause decide it ("En Île-de-France, …
    4,9 %" is not the national figure)."""
    named = named_in_clause(claim, q, window, index)
    placed = _fewest_others(claim, [c for c in comparable if named & fact_parties(c.fact, index)], index)
    own = latest_period(placed) if placed and qmonth is None else placed
    if len(own) < len(placed):
        # (the latest fact of the place, of another series, leaves the older the latest of the figure's own)
        pair = _figure_of_another(q, claim, window, own, placed, index)
        own = older_is_latest_of_its_measure(q, claim, window, pair, placed, index) or own
    if own and len(own) < len(comparable):
        elsewhere = _other_scope(q, claim, window, own, comparable, index, named)
        if elsewhere:
            return [elsewhere], comparable
        comparable = own
    if not named:
        return _fronted_place(claim, q, window, comparable, index), comparable
    return (of_other_places(claim, q, window, named, comparable, index) if not own else None), comparable


def _fronted_place(claim: Claim, q: Quantity, window: str, comparable: list[Candidate],
                   index: FactIndex) -> Optional[Finding]:
    """A figure whose clause names no place, of a claim opening on one ("In Castelford, admissions … rose by 12.4 % to
    2,306"): the source's figure for another place is a finding (``_other_scope``, ``of_other_places``); the
    facts compared stay those of every place (the opening may scope some figures only)."""
    named = fronted(claim, q)
    if not named:
        return None
    own = [c for c in comparable if named & fact_parties(c.fact, index)]
    if own and len(own) < len(comparable):
        elsewhere = _other_scope(q, claim, window, own, comparable, index, named)
        return [elsewhere] if elsewhere else None
    return of_other_places(claim, q, window, named, comparable, index) if not own else None


def _fewest_others(claim: Claim, own: list[Candidate], index: FactIndex) -> list[Candidate]:
    """Of the facts that name the claim's party, those whose declared subject and object are parties the claim
    names: "the Orsay museum welcomed 4.9 million visitors" is Orsay's own figure (subject: orsay), not that of
    "Orsay and the Orangerie together" (subject: the public body that runs both). Who publishes or says a figure
    is no other party."""
    named = {m.entity for m in claim.mentions} | set(claim.context_entities)
    sayers = {claim.attributed_to} | {s.publisher for s in index.sources.values()}
    others = [len({c.fact.subject, c.fact.object} - {None} - named - sayers) for c in own]
    return [c for c, n in zip(own, others) if n == min(others)] if others else own


def _latest_of_its_own(claim: Claim, q: Quantity, window: str, facts: list[Candidate], comparable: list[Candidate],
                       undated: bool, index: FactIndex) -> tuple[Optional[list[Finding]], list[Candidate]]:
    """The facts of the figure's own measure, of which the older is the latest; for an undated change, a finding
    when only an earlier year than the article's gives it (``yearinstead.older_than_running``)."""
    older = older_than_running(claim, q, window, facts, index) if undated else None
    return ([older], comparable) if older else (None, facts)


def _of_a_year_it_names(claim: Claim, pair: Optional[tuple[Candidate, Candidate]]) -> bool:
    """Whether the fact giving an undated figure is of a year the claim itself names ("39,345 died in 2024, about
    3.8 % fewer than in 2023": 3.8 % is 2024's change, not a wrong period against a later year's fact)."""
    if pair is None:
        return False
    named = {year_of(d.iso()) for d in claim.dates} - {None}
    # (a fact of a month is another period: "by the end of 2024" is not September 2024's figure)
    return (year_of(pair[1].fact.as_of) in named and month_of(pair[1].fact.as_of) is None
            and year_of(pair[0].fact.as_of) not in named)


def _own_of_another_measure(claim: Claim, q: Quantity, window: str, pair: Optional[tuple[Candidate, Candidate]],
                            index: FactIndex) -> bool:
    """Whether the claim's own period's fact measures another thing than the figure's clause names ("Its
    fourth-quarter loss was …" against the quarter's revenue; a profit and a loss are one kin: ``measures_apart``):
    the list does not give the claim's period otherwise, so a fact of another period that gives the figure is no
    wrong period (other rules read which measure it is)."""
    return pair is not None and (measures_apart(claim, q, window, pair[0], index, measure_nouns_in) or not may_refute(q, *pair, index, claim))


def _other_period(q: Quantity, pair: Optional[tuple[Candidate, Candidate]]) -> Optional[Finding]:
    """The figure is the source's figure for another period, while the claim's own period has another value:
    "76.4 % is July's figure; the source gives 75.9 % for August" (``pair``: the claim's own fact, the other)."""
    if pair is None:
        return None
    best_own, c = pair
    return Finding("contradicts", "period", best_own.fact,
                   f"wrong period: {q.text.strip()!r} is the source's figure for {c.fact.as_of or 'another period'} "
                   f"({c.fact.statement}); for {best_own.fact.as_of or 'the period of the article'} it gives "
                   f"{fmt_quantity(best_own.fact.quantity)}")


def _figure_of_another(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                       index: FactIndex) -> Optional[tuple[Candidate, Candidate]]:
    """(the claim's own fact, the other fact) when the claim's own fact (of its period, place or party) gives
    another value and another fact gives the claim's figure; a superseded source's figure is an outdated one,
    not another period's (see rule_quantity's "outdated"). A bound ("at most half", not "almost half") is met by
    many figures: that another fact's meets it makes it no figure of that fact's."""
    if not own or q.bound in ("at-least", "at-most") and not q.approximate:
        return None
    # (the claim's own fact is the current one: a superseded version of it gives an outdated figure, not its own)
    current = [c for c in own if c.source.id not in index.superseded_by]
    # (of them, those of no party the claim does not name: a city's figure is not the country's the claim speaks of)
    # (and of them, those of the measure the figure's clause names, when some are: the year's revenue is not the
    # own fact of a cash flow the list gives for that year too)
    fewest = _fewest_others(claim, current or own, index)
    kin = [c for c in fewest if not measures_apart(claim, q, window, c, index, measure_nouns_in)]
    best_own = rank_all(q, claim, window, kin or fewest, index)[0]
    agrees = lambda c: compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports"
    if compare_quantity(signed(q, claim, best_own.fact, window), best_own.fact.quantity)[0] != "contradicts" \
            or any(agrees(c) for c in own if c not in current or gives_exactly(q, c.fact)):   # (its own's figure)
        return None
    c = next((c for c in rank_all(q, claim, window, _others_giving(q, own, others, index), index) if agrees(c)), None)
    return None if c is None or anothers_time(q, claim, best_own.fact, c.fact) else (best_own, c)


def _others_giving(q: Quantity, own: list[Candidate], others: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The other facts that may give the figure as theirs: current ones, not of the claim's own, and none that gives
    a bound only ("an operating loss of more than $7 billion" is met by many figures and gives none of them)."""
    return [c for c in others if c not in own and c.source.id not in index.superseded_by
            and (c.fact.quantity.bound not in ("at-least", "at-most") or c.fact.quantity.bound == q.bound)]


def named_in_clause(claim: Claim, q: Quantity, window: str, index: FactIndex) -> set[str]:
    """The entities the figure's clause names (the whole claim's, for a claim with one figure), less who says it."""
    s = claim.start + window_start(claim, q)
    # "En Île-de-France, les prix … 4,9 %", "… 1,62 enfant par femme dans l'Hexagone"
    inside = {m.entity for m in claim.mentions if s <= m.start < s + len(window)}
    figures = asserted_figures(claim)   # (or of its first, glossed in other units: "Germany, with $63.3 billion, 30 %")
    if not inside and figures and (len(figures) == 1 or figures[0] is q and all(x.unit != q.unit for x in figures[1:])):
        inside = {m.entity for m in claim.mentions if m.start < q.start}
    elif not inside and figures and all(m.start < figures[0].start for m in claim.mentions) \
            and len(window[:max(0, q.start - s)].split()) <= 1:
        # (a figure alone in its clause but for one word, the subject named before all the figures, none after: the
        # level the subject reached, "X's cost of risk rose 13.9 %, to 867 million")
        inside = {m.entity for m in claim.mentions}
    # (who gives and who receives are the roles rule's: "Moscow received a third" is not a figure for Moscow)
    return inside - {claim.attributed_to, claim.authored_by, claim.commissioned_by, claim.roles.giver, claim.roles.receiver}


def _other_scope(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                 index: FactIndex, named: set[str]) -> Optional[Finding]:
    """The figure is the source's figure for another place or party, while the one the claim names has another
    value: "-4,9 % is the figure for France as a whole; for Île-de-France the source gives -7,2 %"."""
    pair = _figure_of_another(q, claim, window, own, others, index)
    if pair is None:
        return None
    best_own, c = pair
    where = ", ".join(sorted(index.entity_name(e) for e in named))
    return Finding("contradicts", "region", best_own.fact,
                   f"wrong place or party: {q.text.strip()!r} is the source's figure for another scope "
                   f"({c.fact.statement}); for {where} it gives {fmt_quantity(best_own.fact.quantity)}")


def _of_another_time(q: Quantity, whens: tuple, claim: Claim, window: str, comparable: list[Candidate],
                     index: FactIndex) -> Optional[Finding]:
    """The first of ``_wrong_year``'s findings for the figure's year, then its occasion (those it gives)."""
    return next((w for when in whens if when for w in [_wrong_year(q, when, claim, window, comparable, index)] if w),
                None)


def _of_another_quarter(q: Quantity, claim: Claim, window: str, comparable: list[Candidate], qmonth: Optional[int],
                        index: FactIndex) -> Optional[Finding]:
    """The figure is right but for another quarter ("29.6 % in the second quarter" when 29.6 % was the third's), or
    half ("£960m in the first half" when it was the second's), among the facts of a quarter or half other than the
    one the figure's clause names."""
    quarter = quantity_quarter(claim, q, window) if qmonth is None and not quarter_is_baseline(window) else None
    # (a fiscal quarter dated by its calendar one, "the fourth quarter of fiscal 2025" as of 2025-Q2, is its own)
    others = [c for c in comparable if fact_quarter(c.fact) not in (None, quarter)
              and quarter not in quarters_in(c.fact.statement or "")] if quarter else []
    half = quantity_half(claim, q, window) if qmonth is None and quarter is None else None
    others = others or [c for c in comparable if half and fact_half(c.fact) not in (None, half)]
    return _wrong_year(q, ("quarter" if quarter else "half", quarter or half), claim, window, others, index) if others else None


def _wrong_year(q: Quantity, year, claim: Claim, window: str, comparable: list[Candidate],
                index: FactIndex) -> Optional[Finding]:
    """The figure is right but for another year ("48.9 % in 2019" when 48.9 % was the 2021 turnout), or another
    occasion (``year`` a (noun, ordinal) pair: « 33 % au second tour » when 33 % was the first round's)."""
    ranked = rank(q, claim, window, comparable, index)
    for _, c in ranked[:3]:
        if compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports" and not year_alike(claim, year, c.fact) and not another_range(q, c.fact.quantity):
            if isinstance(year, tuple):
                return Finding("contradicts", "period", c.fact, f"wrong period: the source gives "
                               f"{fmt_quantity(c.fact.quantity)} for another {year[0]}: {c.fact.statement}")
            return None if written_in_its_year(claim, q, year, index) else Finding("contradicts", "date", c.fact,
                           f"wrong year: the source gives {fmt_quantity(c.fact.quantity)} for {c.fact.as_of}, "
                           f"the article says {year}")
    return None


def opening_agrees(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether a bare level said of what the claim opens with (``figures.subject_count``: "Harlow's fire service
    lost 140 firefighters, leaving it with 2,860", « a baissé de 3 % en 2022, à 1 415 ») may agree with ``fact``: the
    opening's years, names and parties are the figure's, and a fact of another year, or that writes none of them,
    is about something else."""
    start = window_start(claim, q)
    years = {d.year for d in claim.dates if d.start - claim.start < start and d.relation == "at" and d.year}
    if years and year_of(fact.as_of) not in years | {None}:
        return False
    said = fold(fact.statement or "")
    parties = fact_parties(fact, index)
    if any(m.entity not in parties for m in claim.mentions if m.start - claim.start < start):
        return False
    return all(fold(n) in said for n in proper_names_in(claim, (0, start), index))


def opening_fits(f: Finding, counted: Optional[str], claim: Claim, q: Quantity, index: FactIndex) -> bool:
    """A supporting finding on a bare level counted only by what the claim opens with (``counted_by`` gave
    "subject") holds when its fact is of the opening's year, parties and names (``opening_agrees``)."""
    return f.relation != "supports" or counted != "subject" or opening_agrees(claim, q, f.fact, index)


def counted_by(claim: Claim, q: Quantity, window: str, index: FactIndex) -> Optional[str]:
    """What says what a figure counts: "own" for its unit, the noun after it, before it or a few words on (``bare_count``,
    ``gapped_count``); "subject" for the claim's subject only (``subject_count``); else None."""
    if q.unit is not None or bare_count(q, window, index) or gapped_count(claim, q, index):
        return "own"
    return "subject" if subject_count(claim, q, window, index) else None
