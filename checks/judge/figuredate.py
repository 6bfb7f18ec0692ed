"""A date the claim writes beside a figure, given by the fact whose sentence writes that very figure: "the 670 to 690
million range the board confirmed in October" has its figure met by the result the range was about (675 million), and
its month by the fact that writes the range itself with its date ("On 30 October, Norvel confirmed its guidance of
670 to 690 million"), « la fourchette de 670 à 690 millions confirmée en octobre » likewise. The date is confirmed
only by a fact that writes the claim's confirmed figure exactly (its number or range, its unit and its bound) and
writes the date in its sentence; a fact that does not write the figure says nothing of when it was given."""
from __future__ import annotations

import math
from typing import Callable, Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from .findings import Finding


def _same(a: Optional[float], b: Optional[float]) -> bool:
    return (a is None) == (b is None) and (a is None or math.isclose(a, b, rel_tol=1e-9))


def writes_figure(q: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether ``fq`` is ``q`` as written: the same unit, bound, number or range ("between 60 and 65 million" is
    60–65 million, not the 62 million inside it; « supérieure à 31 % » is at least 31 %, not 32,6 %)."""
    return fq is not None and fq.unit == q.unit and fq.bound == q.bound and _same(fq.value, q.value) \
        and _same(fq.min, q.min) and _same(fq.max, q.max) and (q.value is not None or q.min is not None)


def confirmed_figures(claim: Claim, findings: list[Finding]) -> list[Quantity]:
    """The claim's figures a finding of the quantity rules confirms."""
    done = {f.part for f in findings if f.relation == "supports" and f.rule.startswith("quantity")}
    return [q for q in claim.quantities if q.text.strip() in done]


def figure_date(said, found: Optional[Finding], claim: Claim, confirmed: list[Quantity], cands, confirming: list[Fact],
                dates_of: Callable[[Fact], list], same_when: Callable, index: FactIndex) -> Optional[Finding]:
    """The date ``said`` as the confirming facts judged it (``found``), unless they left it open or refuted it by a
    fact that does not write the claim's figure: then given by a candidate fact, not among the ``confirming`` ones,
    whose sentence writes the claim's figure the date is said of (``_figure_of``), confirmed, exactly and writes that
    date (``same_when``) in its own words — the date of the figure as written, not of the result it was about."""
    if found is not None and (found.relation != "contradicts" or _writes_one(found.fact, confirmed, index)):
        return found
    own = _figure_of(said, claim)
    confirmed = [q for q in confirmed if q is own]
    if not confirmed:
        return found          # (the date of another figure than the confirmed one: "35 % on 2019 and 9 % on 2023")
    dated = next((f for f in confirming if found is None and _dates_its_figure(said, f, confirmed, dates_of, same_when,
                                                                               index)), None)
    if dated is not None:
        return Finding("supports", "date", dated, f"{said.text!r}, as the source dates the figure: {dated.statement}",
                       part=said.text)
    for c in cands:
        fact = c.fact if isinstance(c, Candidate) else c
        if any(fact is g for g in confirming) or not _writes_one(fact, confirmed, index):
            continue
        if any(d.text and same_when(said, d) for d in dates_of(fact)):
            return Finding("supports", "date", fact, f"{said.text!r}, as the source gives the figure then: "
                                                     f"{fact.statement}", part=said.text)
    return found


def _figure_of(said, claim: Claim) -> Optional[Quantity]:
    """The figure a date of the claim is said of: the last one written before it, else the first after it (« 35 %
    par rapport à 2019 et 9 % par rapport à 2023 »: 2019 is the 35 %'s; "raised its targets in October, aiming for a
    margin above 31 %": the 31 %'s)."""
    figures = [q for q in claim.quantities if q.unit != "year" and q.start >= 0]
    before = [q for q in figures if q.end <= said.start]
    after = [q for q in figures if q.start >= said.start]
    return max(before, key=lambda q: q.end) if before else min(after, key=lambda q: q.start, default=None)


def _writes_one(fact: Optional[Fact], confirmed: list[Quantity], index: FactIndex) -> bool:
    """Whether the fact declares or its sentence writes one of the ``confirmed`` figures exactly."""
    if fact is None:
        return False
    return any(writes_figure(q, fq) for q in confirmed for fq in (fact.quantity, *index.reading(fact).quantities))


def _dates_its_figure(said, fact: Fact, confirmed: list[Quantity], dates_of: Callable[[Fact], list],
                      same_when: Callable, index: FactIndex) -> bool:
    """Whether a confirming fact's sentence writes the date right after the claim's figure, as the claim does: the
    date of that figure, not of the change the fact measures from it ("to replace the £48m booked in 2023" against
    "… after £48m in 2023", « les 48 millions enregistrés en 2023 » against « après 48 millions en 2023 »): the
    figure written last before the date is the claim's, exactly."""
    text = fact.statement or ""
    figures = [fq for fq in index.reading(fact).quantities if 0 <= fq.end <= len(text)]
    for d in dates_of(fact):
        if not d.text or d.start < 0 or not same_when(said, d):
            continue
        before = [fq for fq in figures if fq.end <= d.start]
        last = max(before, key=lambda fq: fq.end, default=None)
        if last is not None and any(writes_figure(q, last) for q in confirmed) \
                and not text[last.end:d.start].strip(" ,").count(" ") > 2:
            return True
    return False
