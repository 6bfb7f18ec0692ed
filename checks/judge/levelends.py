"""A figure's end of a change: the level a change reached ("climbed 12 % to £9.4bn", « progresse à 512 millions »)
or the level it started from ("from £8.4bn", « contre 540 millions »), read with the same words on both sides
(``figurewords.is_level``, the fact reader's starting levels, ``clauses.relative_figure``). A figure the claim writes
as the level reached that the fact confirming the claim's other figure gives only as its starting level, or the
other way round, is that fact's other period: a wrong period, not a figure stated beside (``quantity-alongside``
asks it before it confirms a figure by its sentence).

- contradicted: "Revenue climbed 12 % to £8.4bn" against "Revenue increased 12 % to £9.4bn from £8.4bn";
  « Le chiffre d'affaires progresse de 8 % à 2,1 milliards » against « passe de 2,1 milliards à 2,3 milliards ».
- supported: "Revenue climbed 12 % to £9.4bn from £8.4bn" against the same fact (each end in its own role).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of
from ..figurewords import is_level
from ..lostcount import gained_figure, lost_figure
from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from .changes import figure_kind
from .clauses import relative_figure
from .figures import stated_figure
from .figuresense import points_and_percent
from .findings import Finding, same_size, year_of
from .running import says_a_year_before


def claim_end(claim: Claim, q: Quantity) -> Optional[str]:
    """"start" for a figure the claim writes as where a change it names starts ("climbed … from", a word of change
    before it, or a gloss's, « …, contre 3,4 milliards un an plus tôt »: « ne pesaient que 28 % » restricts, it
    starts nothing), "end" for a level reached, "change" for the size of a change in money or a count ("an increase
    of £0.3bn", « progresse de 300 millions »: a change of a rate is ``figurerole``'s), else None."""
    own, s = claim.focus or claim.text, q.start - claim.start
    if s < 0:
        return None
    if unit_class(q.unit) not in _RATES and figure_kind(own, s, q.end - claim.start) == "change":
        return "change"
    if relative_figure(claim, q) == "starting level":
        return "start" if direction_of(own[:s]) or claim.role == "gloss" else None
    return "end" if is_level(own[max(0, s - 40):s]) else None


def _gained_or_lost(before: str, q: Quantity) -> Optional[str]:
    """"increase" for a count a verb of gaining or adding takes as its object ("added 1.4 million customers",
    « a gagné 300 000 abonnés »), "decrease" for one a verb of losing takes (« a perdu 1,4 million d'abonnés »,
    "shed 12,000 jobs"): the size of that change (``lostcount``); None otherwise (a sum of money gained is a level)."""
    return "increase" if gained_figure(before, q) else "decrease" if lost_figure(before, q) else None


def fact_ends(fact: Fact, index: FactIndex) -> list[tuple[Quantity, Optional[str]]]:
    """Each figure of the fact's sentence with its end: "start" for a starting level, "end" for a level reached, or
    for its declared figure in the unit of a starting level its sentence writes ("£7.2bn in 2025, compared with
    £6.6bn a year earlier": the level the change came to; not the other figures of a list of earlier levels, « après
    825 000 fin mars et 872 000 fin décembre »)."""
    reading, text = index.reading(fact), fact.statement or ""
    # (a change is neither end: « a augmenté de 3,3 milliards, après une baisse de 5,5 milliards »)
    pairs = [(fq, "change" if figure_kind(text, fq.start, fq.end) == "change" else base)
             for fq, base in zip(reading.quantities, reading.baselines) if fq.start >= 0]
    started, declared = {unit_class(fq.unit) for fq, base in pairs if base is True}, stated_figure(fact, index)
    return [(fq, base if base == "change" else "start" if base else "end" if fq is declared and unit_class(fq.unit)
             in started or is_level(text[max(0, fq.start - 40):fq.start]) else None) for fq, base in pairs]


def other_end(claim: Claim, q: Quantity, confirming: list[Fact], index: FactIndex) -> Optional[Finding]:
    """The finding on a figure the claim writes as one end of a change that a confirming fact's sentence gives, in
    the same unit, only as the other end while it writes the claim's end otherwise: a wrong period. None when the
    claim dates its figure in a year other than the fact's (the fact's starting level may be that year's level
    reached; so is an undated one read in the year of the statements before), or when the fact gives the figure
    in the claim's role too."""
    mine = claim_end(claim, q)
    if mine is None or q.bound in ("at-least", "at-most"):
        return None
    for fact in confirming:
        if _of_another_period(claim, mine, fact):
            continue
        if mine == "change":
            found = _level_as_change(q, fact, index)
            if found is not None:
                return found
            continue
        ends = [(fq, end) for fq, end in fact_ends(fact, index) if unit_class(fq.unit) == unit_class(q.unit)]
        agreeing, own = _ends_met(claim, q, mine, ends)
        if agreeing and all(end == _OTHER[mine] for end in agreeing) and own:
            return Finding("contradicts", "period", fact, _message(q, mine, own[0], fact), part=q.text.strip())
    return None


def _ends_met(claim: Claim, q: Quantity, mine: str, ends: list) -> tuple[list, list]:
    """(the ends of the fact's figures that agree with the claim's figure, the fact's figures in the claim's own end
    that do not). A round figure the sentence writes to the digit as one end, "200 %", is that end's, not the other
    end's that only its rounding meets: "203 %, up from 200 % a year earlier" — unless the claim dates itself a year
    before, « Un an plus tôt, cette marge s'élevait à 14,9 % »: the starting level's own period."""
    exact = [end for fq, end in ends if same_size(fq.value, q.value)] if not says_a_year_before(claim) else []
    agreeing = exact or [end for fq, end in ends if compare_quantity(q, fq)[0] == "supports"]
    own = [fq for fq, end in ends if end == mine and (compare_quantity(q, fq)[0] == "contradicts"
                                                      or exact and not same_size(fq.value, q.value))]
    return agreeing, own


def change_between_ends(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> list[Finding]:
    """A change in money or a count ("grew by £300 million", « progresse de 180 millions »; a count a verb of gaining
    or losing takes, "added 1.4 million customers", « a perdu 300 000 abonnés ») that the fact's two ends give, its
    level reached less its one starting level, going the way the claim says: confirmed (the fact's declared level
    disagreeing with it is no wrong figure)."""
    before = (claim.focus or claim.text)[:max(0, q.start - claim.start)]
    if claim_end(claim, q) != "change" and not _gained_or_lost(before, q) or q.value is None:
        return []
    ends = [(fq, end) for fq, end in fact_ends(fact, index) if _class_in(fq, fact) == unit_class(q.unit)
            and fq.value is not None]
    reached, starts = [fq for fq, end in ends if end == "end"], [fq for fq, end in ends if end == "start"]
    if len(reached) != 1 or len(starts) != 1:
        return []
    size = reached[0].value - starts[0].value
    way = direction_of(before) or _gained_or_lost(before, q)
    if way not in ("increase", "decrease") or (size > 0) != (way == "increase"):
        return []
    if unit_class(q.unit) == "share":
        return _rate_change_between(q, reached[0], starts[0], fact)
    return _size_between(q, size, reached[0], starts[0], fact)


def _size_between(q: Quantity, size: float, reached: Quantity, start: Quantity, fact: Fact) -> list[Finding]:
    """``change_between_ends``'s confirmation of a change in money or a count the size of the fact's two ends."""
    if compare_quantity(replace(q, value=abs(q.value)), replace(q, value=abs(size), min=None, max=None, bound="exact",
                                                                approximate=False))[0] != "supports":
        return []
    return [Finding("supports", "quantity", fact, f"{q.text.strip()!r} is the change between the two levels the source "
                                                  f"gives, {start.text.strip()} and {reached.text.strip()}: "
                                                  f"{fact.statement}")]


def _rate_change_between(q: Quantity, reached: Quantity, start: Quantity, fact: Fact) -> list[Finding]:
    """A change in per cent the claim writes ("the margin gained 0.9 %", « a gagné 0,9 % ») between two levels the
    fact gives in per cent (6.0 % against 5.1 %): their difference is in points (0.9 points, +17.6 %), so the
    claim's figure is the relative change or wrong. Confirmed when it is the relative change; refuted when it is the
    points given as per cent and the relative change differs; nothing else (a part of the claim that no level checks
    confirms nothing)."""
    if q.unit != "percent" or "point" in q.text.lower() or not start.value:
        return []
    points, relative, size = abs(reached.value - start.value), 100.0 * (reached.value / start.value - 1.0), abs(q.value)
    if abs(size - abs(relative)) < 0.5 and compare_quantity(
            replace(q, value=size), replace(q, value=abs(relative), min=None, max=None, bound="exact",
                                            approximate=False))[0] == "supports":
        return [Finding("supports", "quantity", fact, f"{q.text.strip()!r} is the change in per cent between the two "
                                                      f"levels the source gives, {start.text.strip()} and "
                                                      f"{reached.text.strip()}: {fact.statement}")]
    if same_size(size, points) and abs(size - abs(relative)) >= 0.5:
        return [Finding("contradicts", "quantity", fact, f"wrong figure: the source's two levels, "
                                                         f"{start.text.strip()} and {reached.text.strip()}, differ by "
                                                         f"{points:g} points, a change of {relative:+.1f} %; the "
                                                         f"article's {q.text.strip()!r} gives the points as per cent: "
                                                         f"{fact.statement}", part=q.text.strip())]
    return []


def _class_in(fq: Quantity, fact: Fact) -> Optional[str]:
    """The unit class of a figure of the fact's sentence; a bare number ("rose to 11.1 million from 9.7 million")
    counts in the unit the fact declares ("customers")."""
    return unit_class(fq.unit or (fact.quantity.unit if fact.quantity is not None else None))


def _level_as_change(q: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """A change the claim writes in money or a count ("an increase of £7.2bn", « progresse de 3,4 milliards ») that
    the fact gives only as its level reached, beside its starting level: wrong unless the difference of the two is
    the claim's figure."""
    ends = [(fq, end) for fq, end in fact_ends(fact, index) if _class_in(fq, fact) == unit_class(q.unit)]
    agreeing = [(fq, end) for fq, end in ends if compare_quantity(q, fq)[0] == "supports"]
    starts = [fq for fq, end in ends if end == "start" and fq.value is not None]
    if not agreeing or any(end != "end" for _, end in agreeing) or len(starts) != 1 or agreeing[0][0].value is None:
        return None
    size = abs(agreeing[0][0].value - starts[0].value)
    if compare_quantity(replace(q, value=abs(q.value or 0)), replace(q, value=size, min=None, max=None, bound="exact",
                                                                    approximate=False, text=""))[0] != "contradicts":
        return None
    return Finding("contradicts", "quantity", fact, f"wrong figure: the source gives {q.text.strip()!r} as the level "
                                                    f"reached, from {starts[0].text.strip()!r}, not as the change: "
                                                    f"{fact.statement}", part=q.text.strip())


def _of_another_period(claim: Claim, mine: str, fact: Fact) -> bool:
    """Whether the fact is of another year than the claim's figure (``_years``), or the claim dates its starting
    level in the fact's year (« contre 3,1 milliards en 2024 »: that year's level reached)."""
    years, when = _years(claim), year_of(fact.as_of)
    if years and when not in years:
        return True
    return mine == "start" and any(getattr(d, "year", None) == when and d.relation == "baseline" for d in claim.dates)


def _years(claim: Claim) -> set:
    """The years the claim's figure is of: its own dates, else its main clause's year, else the year of the
    statements before (an undated level is read there)."""
    own = {d.year for d in claim.dates if getattr(d, "year", None) and d.relation != "baseline"}
    if own or claim.context_year:
        return own or {claim.context_year}
    return {claim.period_before[0]} if claim.period_before and claim.period_before[0] else set()


def ends_swapped(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> list[Finding]:
    """``other_end`` on one agreeing fact, as a list of findings (the quantity rule's: "climbed 12 % from £9.4bn"
    against "increased 12 % to £9.4bn from £8.4bn")."""
    found = other_end(claim, q, [fact], index)
    return [found] if found is not None else []


def rate_unit_instead(claim: Claim, q: Quantity, confirming: list[Fact], index: FactIndex) -> Optional[Finding]:
    """A change the claim writes in points (or in per cent) that a confirming fact's sentence writes, to the same
    value, only as a change in per cent (in points): « en hausse de 14 points » against « en progression de 14 % »,
    a relative change given as a gain in points, or the other way round — a wrong figure, not one stated beside."""
    if q.value is None or unit_class(q.unit) not in _RATES or figure_kind(claim.focus or claim.text, q.start - claim.start,
                                                                          q.end - claim.start) != "change":
        return None
    for fact in confirming:
        text = fact.statement or ""
        changes = [fq for fq in index.reading(fact).quantities
                   if fq.start >= 0 and unit_class(fq.unit) in _RATES and figure_kind(text, fq.start, fq.end) == "change"]
        same = [fq for fq in changes if points_and_percent(q, fq)
                and compare_quantity(replace(q, unit=None), replace(fq, unit=None))[0] == "supports"]
        if same and not any(unit_class(fq.unit) == unit_class(q.unit) for fq in changes):
            return Finding("contradicts", "quantity", fact, f"wrong figure: the source gives the change as "
                                                            f"{same[0].text.strip()!r}, the article {q.text.strip()!r} "
                                                            f"(per cent and points are not one change): {text}",
                           part=q.text.strip())
        implied = _implied_change(claim, q, fact, index, changes)
        if implied is not None:
            return implied
    return None


def _implied_change(claim: Claim, q: Quantity, fact: Fact, index: FactIndex, changes: list) -> Optional[Finding]:
    """``_points_for_percent`` as a wrong figure, for a fact that writes no change of its own."""
    implied = _points_for_percent(claim, q, fact, index) if not changes else None
    if implied is None:
        return None
    return Finding("contradicts", "quantity", fact, f"wrong figure: the source's two levels differ by {implied[0]:g} "
                                                    f"points, a change of {implied[1]:+.1f} %; the article's "
                                                    f"{q.text.strip()!r} gives the points as per cent: "
                                                    f"{fact.statement}", part=q.text.strip())


def _points_for_percent(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[tuple[float, float]]:
    """A change in per cent ("slipped by 2 % to 18 %") of a share whose confirming fact writes no change but its level
    reached and its starting level, both shares ("18 % in 2024, compared with 20 % in 2023"), the level the claim's
    other figure: the change the two levels make is 2 points, -10 %; a claim that gives the points as per cent (and
    not the relative change) is wrong. (points, per cent) then, else None."""
    if q.unit != "percent" or "point" in q.text.lower():
        return None
    ends = _two_levels(claim, q, fact, index)
    if ends is None:
        return None
    level, start = ends
    points = abs(level - start)
    relative = 100.0 * (level / start - 1.0)
    size = abs(q.value)
    if not same_size(size, points) or abs(size - abs(relative)) < 0.5:
        return None
    return points, relative


def _two_levels(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[tuple[float, float]]:
    """The fact's one level reached and one starting level, both in per cent and not zero, the level the one the
    claim's other figure gives: (level, start), else None."""
    read = index.reading(fact)
    levels = [fq for fq, start in zip(read.quantities, read.baselines) if fq.unit == "percent" and not start]
    starts = [fq for fq, start in zip(read.quantities, read.baselines) if fq.unit == "percent" and start]
    if len(levels) != 1 or len(starts) != 1 or not levels[0].value or not starts[0].value:
        return None
    mine = [x for x in claim.quantities if x is not q and x.unit == "percent" and x.value is not None]
    if not any(compare_quantity(x, levels[0])[0] == "supports" for x in mine):
        return None
    return levels[0].value, starts[0].value


_RATES = ("share", "points")
_OTHER = {"end": "start", "start": "end"}


def _message(q: Quantity, mine: str, theirs: Quantity, fact: Fact) -> str:
    names = {"end": "the level reached", "start": "the starting level"}
    other = _OTHER[mine]
    return (f"wrong period: the source gives {q.text.strip()!r} as {names[other]}, and {names[mine]} as "
            f"{theirs.text.strip()!r}: {fact.statement}")
