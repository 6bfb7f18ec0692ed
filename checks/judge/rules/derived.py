"""Figures the article computes from two figures of the sources (rule ``derived-share``): "a third of the
budget" (part / whole), "65 % more than in 2022" (new / old − 1), with the working shown.

- supported: "about an eighth of the deliveries' value" / « environ un huitième » against 1.2 of up to 9.8 bn.
- contradicted: "a third of the value" / « un tiers de la valeur » against the same figures (≈ 12 %).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ...compare import compare_quantity, fmt_quantity
from ...unitfit import units_comparable
from ...factread import direction_of, measure_nouns_in
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Fact, Quantity
from ...text import fold
from ..sharebase import joins_share_to_whole
from ..figures import generic_of, figure_sense, of_matches, rank, signed
from ..qualifiers import claim_qualifiers, measure_fits
from ..periods import quantity_year, time_ok
from ..yearparts import half_ok, part_of_year, quantity_half, quantity_quarter, quarter_ok
from ..agreement import direction_conflict
from ..sentencefigures import words_at_other_figures
from ..beside import change_beside_level
from ..findings import Finding, year_of
from ..measured import measure_kin
from ...factread import figure_measures_in
from ...growthnoun import growth_share

RULE_ID = "derived-share"


def derived(q: Quantity, claim: Claim, window: str, pool: list[Candidate], index: FactIndex,
            cands: tuple = ()) -> list[Finding]:
    """A share, change or rate the article computes from two figures the sources give separately:
    "a third of the budget" (part / whole), "65 % more than in 2022" (new / old - 1), "more than 100 euros per
    donor" (total / count, both stated beside it)."""
    if " per " in (unit_class(q.unit) or ""):
        return _per_unit(q, claim, cands)
    if unit_class(q.unit) == "times":
        return multiple_of_group(q, claim, window, pool, index)
    # (whether a fact writes the share first: most figures' sentences do not, and their sense is then not read here)
    if unit_class(q.unit) != "share" or (written_share(q, claim, window, cands or pool, index)
                                         and figure_sense(claim, q, window) != "change"):
        return []
    found = _share_of_stated_counts(q, claim, window, cands)
    if found:
        return found
    found = _computed(q, claim, window, pool, index)
    # (a computation that refutes the figure uses facts of the measure its words name, if they name one)
    return [] if any(f.relation == "contradicts" and measure_unnamed(_said_of(claim, window), f.fact.statement or "")
                     for f in found) else found


def measure_unnamed(said: str, fact_text: str) -> bool:
    """Whether the words that say what a figure measures (``said``) name a measure (``figure_measures_in``: "shares",
    « le cours de l'action ») of whose kin the fact's sentence names none ("total provision of £1.95 billion"):
    figures the article computes from that fact are not of its measure ("shares rose 2.9 %" is no change of the
    provision, « le cours a reculé de 3 % » no share of the turnover)."""
    mine = figure_measures_in(said)
    return bool(mine) and not {k for m in mine for k in measure_kin(m)} & figure_measures_in(fact_text)


def _computed(q: Quantity, claim: Claim, window: str, pool: list[Candidate], index: FactIndex) -> list[Finding]:
    """The share or change computed from two figures of the claim's measure (``derived``)."""
    # (figures of the claim's measure only: a change "en euros constants" is not computed from current-euro levels)
    # (and of its quarter, when it names one: a quarter's change is not computed from two years' totals)
    figures = _figures_of_measure(q, claim, window, pool, index)
    if len(figures) < 2:
        return []
    sense = figure_sense(claim, q, window)
    ranked = [c for _, c in rank(q, claim, window, figures, index)]
    if sense == "change":
        return _change(q, claim, window, ranked, index)
    if not q.of or fold(q.of) in generic_of():
        return _share_of_stated_figures(q, claim, window, ranked) or _share_of_stated_whole(q, claim, window, ranked) \
            or _share_of_measure_total(q, claim, window, ranked)
    return _share_of_whole(q, claim, window, ranked, index)


def written_share(q: Quantity, claim: Claim, window: str, cands, index: FactIndex) -> bool:
    """Whether a fact's own sentence writes the share itself ("43,477 restaurants, about 95 % of them franchised",
    « un dividende …, représentant 40 % du résultat net »), going the way the claim says: the source gives it,
    nothing to compute from two figures that may not be whole and part — the figure is left to the facts that
    write it (a margin "improved to 40 %" where the source's fell to it stays computed)."""
    if q.value is None:
        return False
    ways = [direction_of(words) for c in cands for fq, words in words_at_other_figures(c.fact, index)
            if unit_class(fq.unit) == "share" and fq.value is not None and abs(fq.value - q.value) < 1e-9
            and compare_quantity(q, fq)[0] == "supports"]     # ("at most half" is not the source's "more than half")
    return bool(ways) and all(way is None or way == direction_of(window) for way in ways)   # (the claim's way: only then)


def _figures_of_measure(q: Quantity, claim: Claim, window: str, pool: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The facts of the pool with a level (not a share nor a change), of the claim's measure, quarter and half (« Au
    premier semestre, le résultat par action a progressé de 8 % », "In the first half, earnings per share rose 8 %":
    no change computed from two years' totals); the measure and the parts of the year are read only when two facts
    or more are left."""
    figures = [c for c in pool if c.fact.quantity and unit_class(c.fact.quantity.unit) not in (None, "share", "year", "points")
               and c.fact.quantity.value is not None]
    if len(figures) < 2:
        return figures
    measure = claim_qualifiers(claim, window, q)
    quarter, half = quantity_quarter(claim, q, window), quantity_half(claim, q, window)
    return [c for c in figures if measure_fits(measure, c.fact, index) and quarter_ok(quarter, c.fact) and half_ok(half, c.fact)]


def multiple_of_group(q: Quantity, claim: Claim, window: str, pool: list[Candidate], index: FactIndex) -> list[Finding]:
    """"almost four times the 10-year average" / « trois fois la moyenne sur 10 ans »: a multiple of a figure the
    numbers of its clause name (``defining_numbers``: the group, here the ten years) that no fact gives as a
    multiple, computed from the fact whose sentence writes those numbers and the fact of the claim's year in the
    same unit and topic. Nothing when the year, the base or the figure divided is not one fact's, or when the
    figures that could be divided disagree."""
    from ..groups import defining_numbers, fact_numbers     # (read when needed, as the rules' other helpers)
    defining = defining_numbers(claim, q, window)
    years = {d.year for d in claim.dates if d.year and d.relation not in ("baseline", "since")}
    if unit_class(q.unit) != "times" or not defining or q.value is None or len(years) != 1:
        return []
    levels = [c for c in pool if a_level(c.fact)]
    bases = [c for c in levels if defining <= fact_numbers(c.fact, index) and year_of(c.fact.as_of) not in years]
    found = [_multiple(q, c, base) for base in bases for c in levels if _divides(c, base, years, index)]
    return found[:1] if found and len({f.relation for f in found}) == 1 else []


def _divides(top: Candidate, base: Candidate, years: set, index: FactIndex) -> bool:
    """Whether a fact's figure, of the claim's year, is one the base's can divide: same unit, same topic."""
    return top is not base and top.fact.quantity.unit == base.fact.quantity.unit \
        and year_of(top.fact.as_of) in years and same_topic(top, base, index)


def a_level(fact: Fact) -> bool:
    """A positive figure of a count or an amount (not a share, a multiple, a year or points)."""
    fq = fact.quantity
    return fq is not None and (fq.value or 0) > 0 and unit_class(fq.unit) not in (None, "share", "times", "year", "points")


def _multiple(q: Quantity, top: Candidate, base: Candidate) -> Finding:
    value = top.fact.quantity.value / base.fact.quantity.value
    relation, _ = compare_quantity(q, Quantity(value=value, unit=q.unit, bound="about"))
    relation = "contradicts" if relation == "contradicts" else "supports"
    msg = (f"computed from the sources: {fmt_quantity(top.fact.quantity)} / {fmt_quantity(base.fact.quantity)} = "
           f"{value:,.3g} times; the article says {said_as(q)}" + ("" if relation == "supports" else
                                                                   " — it does not follow from the figures"))
    return Finding(relation, "derived-multiple", top.fact, msg)


def _share_of_stated_counts(q: Quantity, claim: Claim, window: str, cands: tuple) -> list[Finding]:
    """A share of no named whole ("soit près des deux tiers du total") of two counts the statement gives (two or more)."""
    stated = [c for c in cands if c.fact.quantity and c.fact.quantity.value is not None
              and unit_class(c.fact.quantity.unit) not in (None, "share", "year", "points")]
    if len(stated) >= 2 and (not q.of or fold(q.of) in generic_of()) and figure_sense(claim, q, window) == "share":
        return _share_of_stated_figures(q, claim, window, stated)
    return []


def _change(q: Quantity, claim: Claim, window: str, ranked: list[Candidate], index: FactIndex) -> list[Finding]:
    """"65 % more than in 2022": the latest figure against an earlier one of the same measure, unit and topic (of the
    claim's base year, if it gives one); else the change the fact of its level writes beside it."""
    said = measure_nouns_in(_said_of(claim, window))
    # (figures of the measure the claim names, when it names one: "revenue rose 4 %" is no change of the headcount)
    dated = sorted((c for c in ranked if year_of(c.fact.as_of) and (not said or said & measure_nouns_in(c.fact.statement or ""))),
                   key=lambda c: year_of(c.fact.as_of))
    base = next((d.year for d in claim.dates if d.relation in ("baseline", "since")), None)
    latest = _latest_of_claim(q, claim, window, dated)
    for new in reversed(latest):
        olds = [c for c in dated if _earlier_of(c, new, base, claim, window, index)]
        if olds:
            old = olds[-1]
            value = new.fact.quantity.value / old.fact.quantity.value - 1
            return [_derived_finding(q, claim, window, value, new, old, "change")]
    tied = len(latest) < len(dated) or quantity_year(claim, q, window) is not None
    return _written_change(q, claim, window, [c for c in ranked if c in latest], index) if tied else []


def _earlier_of(old: Candidate, new: Candidate, base: Optional[int], claim: Claim, window: str, index: FactIndex) -> bool:
    """Whether a fact gives an earlier figure of the later one's measure: its unit (counted in the same noun, not
    "people" against "employees"), an earlier year (the claim's base year, when it gives one), its topic, the
    measure noun both name and the same part of a year."""
    return units_comparable(old.fact.quantity, new.fact.quantity) is None \
        and year_of(old.fact.as_of) < year_of(new.fact.as_of) and (base is None or year_of(old.fact.as_of) == base) \
        and same_topic(old, new, index) and same_measure_named(claim, window, old.fact, new.fact) \
        and part_of_year(old.fact) == part_of_year(new.fact)


def _written_change(q: Quantity, claim: Claim, window: str, latest: list[Candidate], index: FactIndex) -> list[Finding]:
    """No earlier figure of the measure to compute the change from: the change the closest fact of the figure's
    year and level writes beside that level, its only one of the kind ("US imports increased 6.6 percent to
    $4,110.0 billion in 2024" for "imports grew 3.9 percent in 2024"); one that went the other way is the
    direction rule's."""
    if not latest or q.value is None or latest[0].source.id in index.superseded_by:
        return []                      # (a change beside a superseded level is that older source's)
    fact = latest[0].fact
    fq = change_beside_level(claim, q, window, latest[0], index)
    if fq is None or fq.value is None or direction_conflict(claim, window, fact, index, q):
        return []
    relation, _ = compare_quantity(replace(q, value=abs(q.value)), replace(fq, value=abs(fq.value)))
    if relation not in ("supports", "contradicts"):
        return []
    msg = f"the source gives the change beside its level as {fq.text.strip()!r}, the article {said_as(q)}: {fact.statement}"
    return [Finding(relation, "quantity", fact, ("" if relation == "supports" else "wrong figure: ") + msg)]


def _latest_of_claim(q: Quantity, claim: Claim, window: str, dated: list[Candidate]) -> list[Candidate]:
    """The facts a change can end at: those of the figure's year, when its clause gives one ("shrank 22 % during
    2023" ends in 2023), and, when the statement writes the level the change reached beside it ("fell 10 % to
    4.8 billion", "revenue of $164.5 billion, a rise of 22 %"), the facts that give that level: a change is the
    measure's own, never computed from the figures of another measure of the topic; none when none gives it."""
    year = quantity_year(claim, q, window)
    dated = [c for c in dated if year is None or time_ok(claim, c.fact, year)]
    levels = [x for x in claim.quantities if x is not q and x.value and unit_class(x.unit) not in (None, "share", "year", "points")]
    if levels:
        return [c for c in dated if any(compare_quantity(x, c.fact.quantity)[0] == "supports" for x in levels)]
    # (a gloss's level is the clause it glosses: "$164.5 billion of revenue in 2024, a rise of 22 %")
    return giving(dated, claim.context_values) if claim.role == "gloss" else dated


def _share_of_whole(q: Quantity, claim: Claim, window: str, ranked: list[Candidate], index: FactIndex) -> list[Finding]:
    """"a third of the budget": a smaller figure of the same unit and period against the whole the share names."""
    wholes = [c for c in ranked if of_matches(q, c.fact, index)]
    for whole in wholes:
        parts = [c for c in ranked if c is not whole and unit_class(c.fact.quantity.unit) == unit_class(whole.fact.quantity.unit)
                 and 0 < c.fact.quantity.value < whole.fact.quantity.value and time_ok(claim, c.fact)
                 and _same_period(c.fact, whole.fact)]
        if parts:
            part = parts[0]
            return [_derived_finding(q, claim, window, part.fact.quantity.value / whole.fact.quantity.value, part, whole, "share")]
    return []


def _share_of_stated_figures(q: Quantity, claim: Claim, window: str, ranked: list[Candidate]) -> list[Finding]:
    """"dont 251 000 en pharmacie, soit près des deux tiers du total": a share of figures the statement
    itself gives, each found in the sources; the whole is the larger one."""
    stated = giving(ranked, claim.context_values)
    stated = [c for c in stated if unit_class(c.fact.quantity.unit) == unit_class(stated[0].fact.quantity.unit)] if stated else []
    if len(stated) < 2:
        return []
    whole = max(stated, key=lambda c: c.fact.quantity.value)
    part = next(c for c in stated if c is not whole)
    if not 0 < part.fact.quantity.value < whole.fact.quantity.value:
        return []
    return [_derived_finding(q, claim, window, part.fact.quantity.value / whole.fact.quantity.value, part, whole, "share")]


def _share_of_stated_whole(q: Quantity, claim: Claim, window: str, ranked: list[Candidate]) -> list[Finding]:
    """"two-thirds of the 1.9 million accounts" / « les deux tiers des 1,9 million de comptes »: a share whose whole
    is the figure written right after it, found in the sources; the part is the one smaller figure of the same unit
    and period among the facts of the claim's measure (nothing when there are several)."""
    whole = _whole_written_after(q, claim, ranked)
    if whole is None:
        return []
    parts = [c for c in ranked if c.fact.id != whole.fact.id
             and unit_class(c.fact.quantity.unit) == unit_class(whole.fact.quantity.unit)
             and 0 < c.fact.quantity.value < whole.fact.quantity.value and _same_period(c.fact, whole.fact)]
    if len({c.fact.id for c in parts}) != 1:
        return []
    return [_derived_finding(q, claim, window, parts[0].fact.quantity.value / whole.fact.quantity.value,
                             parts[0], whole, "share")]


def _share_of_measure_total(q: Quantity, claim: Claim, window: str, ranked: list[Candidate]) -> list[Finding]:
    """"commercial revenue, at £11.8 million, was about a sixth of the total" / « soit un sixième du total »: a share
    of the one figure the statement gives (the part) in the one larger figure of its unit and period whose sentence
    names the measure the part's and the claim's both name (revenue, « recettes »): the measure's total."""
    stated = giving(ranked, [x.value for x in claim.quantities if x is not q])
    if len({c.fact.id for c in stated}) != 1:
        return []
    part = stated[0]
    said = measure_nouns_in(" ".join((window, claim.focus or claim.text))) & measure_nouns_in(part.fact.statement or "")
    wholes = [c for c in ranked if c.fact.id != part.fact.id
              and unit_class(c.fact.quantity.unit) == unit_class(part.fact.quantity.unit)
              and c.fact.quantity.value > part.fact.quantity.value > 0 and _same_period(c.fact, part.fact)
              and said & measure_nouns_in(c.fact.statement or "")]
    if not said or len({c.fact.id for c in wholes}) != 1:
        return []
    whole = wholes[0]
    return [_derived_finding(q, claim, window, part.fact.quantity.value / whole.fact.quantity.value, part, whole, "share")]


def _whole_written_after(q: Quantity, claim: Claim, ranked: list[Candidate]):
    """The one fact giving the figure the claim writes right after the share, a few words between (" of the ",
    « des »), or None."""
    after = sorted((x for x in claim.quantities if x is not q and x.start >= q.end and x.value), key=lambda x: x.start)
    if not after or q.value is None:
        return None
    if not joins_share_to_whole(claim.text[q.end - claim.start:after[0].start - claim.start]):
        return None
    wholes = giving(ranked, [after[0].value])
    return wholes[0] if len({c.fact.id for c in wholes}) == 1 else None


def _per_unit(q: Quantity, claim: Claim, cands: tuple) -> list[Finding]:
    """"4,2 millions d'euros auprès de 38 000 donateurs, soit plus de 100 euros par donateur": a rate of two
    figures the statement gives, each found in the sources (a total in the rate's currency, a count)."""
    head = (unit_class(q.unit) or "").split(" per ")[0]
    if not head.startswith("money:"):
        return []                         # (a rate of money only: "178 morts par million" is no division of counts)
    stated = _stated_beside(q, claim, cands)
    total = next((c for c in stated if unit_class(c.fact.quantity.unit) == head), None)
    count = next((c for c in stated if unit_class(c.fact.quantity.unit) in ("count", None)), None)
    if total is None or count is None or total is count or q.value is None:
        return []
    value = total.fact.quantity.value / count.fact.quantity.value
    relation, _ = compare_quantity(q, Quantity(value=value, unit=q.unit, bound="about"))
    relation = "contradicts" if relation == "contradicts" else "supports"
    msg = (f"computed from the sources: {fmt_quantity(total.fact.quantity)} / {fmt_quantity(count.fact.quantity)} = "
           f"{value:,.4g}; the article says {said_as(q)}" + ("" if relation == "supports" else " — it does not follow from the figures"))
    return [Finding(relation, "derived-rate", total.fact, msg, part=q.text.strip())]


def _stated_beside(q: Quantity, claim: Claim, cands: tuple) -> list[Candidate]:
    """The candidates whose figure is one the statement gives beside ``q``."""
    return giving(cands, [*claim.context_values, *(x.value for x in claim.quantities if x is not q)])


def giving(cands, values) -> list[Candidate]:
    """The candidates whose figure is one of ``values``, to 1 %."""
    values = [v for v in values if v]
    return [c for c in cands if c.fact.quantity and c.fact.quantity.value
            and any(abs(c.fact.quantity.value - v) <= 0.01 * abs(v) for v in values)]


def _same_period(a: Fact, b: Fact) -> bool:
    ya, yb = year_of(a.as_of), year_of(b.as_of)
    return ya is None or yb is None or ya == yb


def _said_of(claim: Claim, window: str) -> str:
    """The words that say what a figure measures: its clause, its claim and, for a gloss, the clause it glosses."""
    return " ".join((window, claim.focus or claim.text, claim.context_text if claim.role == "gloss" else ""))


def same_measure_named(claim: Claim, window: str, a: Fact, b: Fact) -> bool:
    """Whether two facts' figures measure what the claim says the figure does: when both sentences name a
    measure noun (revenue, operating income, « recettes »), one the claim names too (its clause, its sentence or,
    for a gloss, the clause it glosses) and both share; "shares jumped 10 %" is no change of operating income,
    nor "revenue rose 18 %" a change from a loss to ad sales."""
    na, nb = measure_nouns_in(a.statement or ""), measure_nouns_in(b.statement or "")
    return not (na and nb) or bool(measure_nouns_in(_said_of(claim, window)) & na & nb)


def same_topic(a: Candidate, b: Candidate, index: FactIndex) -> bool:
    ka = {k for k in index.fact_keys(a.fact) if k[0] in "ct"}
    kb = {k for k in index.fact_keys(b.fact) if k[0] in "ct"}
    return bool(ka & kb)


def _derived_finding(q: Quantity, claim: Claim, window: str, value: float, a: Candidate, b: Candidate, how: str) -> Finding:
    computed = Quantity(value=value, unit="ratio", bound="about")
    claimed = signed(q, claim, Quantity(value=-1, unit="percent"), window)
    # ("fell 12 %" against a computed rise of 11.7 %: the other direction, not 12 %)
    relation = "contradicts" if value > 0 and (claimed.value or 0) < 0 else compare_quantity(claimed, computed)[0]
    if relation == "related":
        relation = "supports"
    op = "/" if how == "share" else "vs"
    msg = (f"computed from the sources: {fmt_quantity(a.fact.quantity)} {op} {fmt_quantity(b.fact.quantity)} = "
           f"{value * 100:+.3g} %" if how == "change" else
           f"computed from the sources: {fmt_quantity(a.fact.quantity)} / {fmt_quantity(b.fact.quantity)} = {value * 100:.3g} %")
    msg += f"; the article says {said_as(q)}" + ("" if relation == "supports" else " — it does not follow from the figures")
    return Finding(relation if relation != "contradicts" else "contradicts", "derived-" + how, a.fact, msg)


def said_as(q: Quantity) -> str:
    shown = fmt_quantity(q)
    return f"{q.text.strip()!r}" + (f" ({shown})" if fold(shown) != fold(q.text.strip()) else "")


def unit_slip(q: Quantity, pool: list[Candidate], index: FactIndex, claim: Optional[Claim] = None) -> list[Finding]:
    """A figure of the size of a fact's in another currency (a wrong currency), or a change of the size of a fact's
    in percentage points where the source gives per cent, or the other way (« a bondi de 15 points » against a
    rise of 20 %: points measure a change of a share, per cent a change relative to the level) — not a share of a
    growth rate, which is in points written either way (« 2,3 points de croissance », « contribué pour 2,3 % à la
    croissance »: ``growth_share``)."""
    for c in pool:
        fq = c.fact.quantity
        if units_comparable(q, fq) == "currency" and q.value and fq.value and abs(q.value / fq.value - 1) < 0.1:
            return [Finding("contradicts", "quantity-currency", c.fact,
                            f"wrong currency: the source gives {fmt_quantity(fq)}, the article {said_as(q)}")]
        found = _points_for_per_cent(q, c, index, claim)
        if found:
            return found
    return []


def _points_for_per_cent(q: Quantity, c: Candidate, index: FactIndex, claim: Optional[Claim]) -> list[Finding]:
    """``unit_slip``'s points and per cent: a change of the fact's size in the other unit is confused, unless one
    side links it to a noun of growth (a share of growth: no finding) or both do (the same points: supported)."""
    fq = c.fact.quantity
    if not ({unit_class(q.unit), fq.unit and unit_class(fq.unit)} == {"share", "points"} and "percent" in (q.unit, fq.unit)
            and q.value and fq.value and abs(abs(q.value) - abs(fq.value)) < 1e-9 and index.reading(c.fact).direction):
        return []
    shared = growth_share(claim.text, q, c.fact.statement or "") if claim is not None else (False, False)
    if all(shared):     # (both a share of growth: the same points)
        return [Finding("supports", "quantity", c.fact, f"{said_as(q)} agrees with the source, a share of "
                        f"growth in points whichever way written: {c.fact.statement}")]
    if any(shared):
        return []
    return [Finding("contradicts", "quantity-points", c.fact,
                    f"per cent and percentage points confused: the source gives a change of "
                    f"{fmt_quantity(fq)}, the article {said_as(q)}: {c.fact.statement}")]
