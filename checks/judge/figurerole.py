"""A figure's role, a level or a change, on both sides: the figure a claim writes as a change (« en hausse de 20 % »,
"rose 14 %") is the fact's change for the same measure, never its level that happens to be equal (« atteint 20,0 %,
en hausse de 30 points de base »); a level is never the fact's change. When the fact's sentence writes a figure of
the claim's role beside its declared one of the other role, the claim's figure is judged against that one: agreeing,
nothing is said here; disagreeing in a comparable unit, it is refuted; a change in percent against a change in
points is refuted unless the relative change the two figures of the sentence give agrees with it (then left
undecided). Used by the quantity rule (on the closest fact, whether its declared figure agrees or not, before any
other fact is asked) and by ``quantity-alongside`` (no other fact of the report is asked for a change the confirming
fact gives otherwise: "net income rose 31 %" is not met by the 14 % of operating income).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..unitfit import units_comparable
from ..factread import direction_of
from ..figurewords import is_level
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from .changes import figure_kind, level_beside_change
from .figures import clause_fits, stated_figure
from .findings import Finding, size_of
from .measured import not_of_what_it_misreads
from .owners import owner_instead
from ..text import before_whole

QUANTITY_ROLE = "quantity-role"     # the rule id of its refutations (a part of its own, like a direction)
_RATES = ("share", "points")


def claim_role(claim: Claim, q: Quantity) -> str:
    """"change" or "level": the role the words around the claim's figure give it (``figure_kind``)."""
    own = claim.focus or claim.text
    return figure_kind(own, q.start - claim.start, q.end - claim.start)


def _reached(claim: Claim, q: Quantity) -> bool:
    """Whether the claim's words just before its figure make it a level reached ("rose to 5 %", « atteint 5 % »): a
    level read only for want of a word of change ("grew only 0.1 %") is not set against the fact's change."""
    own, s = claim.focus or claim.text, q.start - claim.start
    return is_level(own[max(0, s - 40):s])


def own_of_role(q: Quantity, role: str, fact: Fact, index: FactIndex, skip: Optional[Quantity] = None) -> list[Quantity]:
    """The figures of the fact's sentence (not a starting level) that have the role ``role`` and measure in
    ``q``'s family: its unit's class, or for a change of a rate any change of a rate (percent, points, basis
    points)."""
    reading, text = index.reading(fact), fact.statement or ""
    return [fq for fq, base in zip(reading.quantities, reading.baselines) if fq.start >= 0 and not base
            and fq is not skip and _same_family(q, fq, role) and figure_kind(text, fq.start, fq.end) == role]


def _same_family(q: Quantity, fq: Quantity, role: str) -> bool:
    mine, theirs = _rate_class(q.unit), _rate_class(fq.unit)
    if role == "change" and mine in _RATES and theirs in _RATES:
        return True
    return mine == theirs


def _rate_class(unit: Optional[str]) -> Optional[str]:
    """``unit_class``, basis points counted with points (a hundredth of one)."""
    return "points" if unit == "basis points" else unit_class(unit)


def _in_points(fq: Quantity) -> Quantity:
    """A figure in basis points as points (20 basis points: 0.2 points)."""
    if fq.unit != "basis points" or fq.value is None:
        return fq
    return replace(fq, value=fq.value / 100, unit="points")


def role_instead(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The finding on the claim's figure when the fact's declared figure, which agrees with it, has the other role
    and the fact's sentence writes its one figure of the claim's role in words that fit the claim's clause: a
    contradiction when that figure gives it otherwise, an undecided reading when its unit is not the claim's but the
    relative change agrees; None when the roles agree, the sentence writes no such figure, or it agrees."""
    owned = owner_instead(claim, q, fact, index)      # (whose figure it is: "Dalia's 4.2 million" for Korland's)
    if owned is not None:
        return owned
    stated = stated_figure(fact, index)
    text = fact.statement or ""
    if stated is None or q.bound in ("at-least", "at-most"):
        return None
    role = claim_role(claim, q)
    if role == "level" and not _reached(claim, q):
        return None
    theirs = _its_other(q, role, stated, fact, index)
    if theirs is None or not clause_fits(window, fact, theirs, index):
        return None
    fq = _in_points(theirs)
    mine = size_of(q)
    if _rate_class(q.unit) == _rate_class(fq.unit) and units_comparable(mine, fq) is None:
        if compare_quantity(mine, size_of(fq))[0] != "contradicts":
            return None
        return Finding("contradicts", QUANTITY_ROLE, fact, _message(q, role, fq, stated, text))
    relative = _relative_change(fq, stated, text)
    if relative is not None and compare_quantity(mine, relative)[0] == "supports":
        return Finding("related", "quantity", fact, f"{q.text.strip()!r}: the source gives the change as "
                                                    f"{fq.text.strip()!r}, a relative change of "
                                                    f"{fmt_quantity(relative)}: {text}")
    return Finding("contradicts", QUANTITY_ROLE, fact, _message(q, role, fq, stated, text))


def role_of_its_measure(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex,
                        detail: str) -> Optional[Finding]:
    """``role_instead`` on a fact whose declared figure does not agree with the claim's (``detail``: how), unless the
    claim writes other figures and the fact's sentence confirms none of them: then the fact is of a neighbouring
    measure ranked first (the margin's change in points for « un résultat de 2,14 milliards, en progression de
    3,4 % ») and the figure is left to the facts that give it; "rose 14 % to $4.2 billion" against "net income rose
    21 % to $4.2 billion" is the fact's own measure. Nor when the fact is about another thing than the claim's figure
    ("the shares rose 8 %" against "the operating margin was 45 %, up two percentage points": ``measured``)."""
    reading = index.reading(c.fact)
    others = [o for o in claim.quantities if o is not q and o.value is not None]
    if others and not any(compare_quantity(o, fq)[0] == "supports" for o in others for fq in reading.quantities):
        return None
    found = role_instead(claim, q, window, c.fact, index)
    return None if found is None or not_of_what_it_misreads(claim, q, window, c, index, detail) else found


def _its_other(q: Quantity, role: str, stated: Quantity, fact: Fact, index: FactIndex) -> Optional[Quantity]:
    """The one figure of the claim's role ``role`` the fact's sentence writes beside its declared figure ``stated``
    of the other role, read as a level and a change (``level_beside_change``): for a change, the sentence's change
    beside the declared level; for a level, the sentence's level beside the declared change."""
    if role == "change":
        change = level_beside_change(fact, stated, index)
        return change if change is not None and own_of_role(q, role, fact, index, skip=stated) == [change] else None
    if figure_kind(fact.statement or "", stated.start, stated.end) != "change":
        return None
    levels = [o for o in own_of_role(q, role, fact, index, skip=stated) if level_beside_change(fact, o, index) is stated]
    return levels[0] if len(levels) == 1 else None


def _message(q: Quantity, role: str, fq: Quantity, stated: Quantity, text: str) -> str:
    other = {"change": "level", "level": "change"}[role]
    return (f"wrong figure: the source gives the {role} as {fq.text.strip()!r}, the article {q.text.strip()!r} (the "
            f"source's {stated.text.strip()!r} is the {other}, not the {role}): {text.rstrip('.')}")


def _relative_change(fq: Quantity, level: Quantity, text: str) -> Optional[Quantity]:
    """The relative change in percent a change in points ``fq`` makes to the percent level ``level`` it ends at
    (0.2 points to 20.0 %: about 1 %), when the sentence says which way it went."""
    if unit_class(fq.unit) != "points" or level.unit != "percent" or fq.value is None or level.value is None:
        return None
    way = direction_of(before_whole(text, fq.start, 30)) or direction_of(text)
    size = abs(fq.value)
    before = level.value - size if way == "increase" else level.value + size if way == "decrease" else None
    if not before:
        return None
    return Quantity(value=round(100 * size / before, 1), unit="percent", text="", bound="about", approximate=True)
