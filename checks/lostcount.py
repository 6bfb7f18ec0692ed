"""A figure lost: the object of a verb of losing (« a perdu 1,4 million d'abonnés », "shed 12,000 jobs", « a cédé
2,5 % »). A count, a share or points lost is a fall of that count; a sum of money lost is a loss, a level that
says no way (« a perdu 2 milliards d'euros », "lost $3 billion"); a verb of losing whose object is no figure
(« 48 randonneurs ont perdu la vie », "lost their lives", "lost his job") says nothing of the figure beside it.
The verbs are ``loss_verbs`` of ``data/lang/<code>/measures.yaml``; their converse, a figure a verb of gaining or
adding takes as its object (« a gagné 300 000 abonnés », "added 19 tonnes"), is a rise of that count
(``gain_verbs``), so that a flow written either way is compared as rose and fell are."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from .model import Quantity
from .resources import word_pattern


def _money(unit: Optional[str]) -> bool:
    """Whether a unit is a sum of money (an ISO 4217 code, alone or per something: "EUR", "USD per share")."""
    head = (unit or "").strip().split(" ")[0]
    return len(head) == 3 and head.isalpha() and head.isupper()


def lost_figure(before: str, q: Quantity) -> bool:
    """Whether ``q``, written right after ``before``, is what a verb of losing loses (its object: nothing between
    them; a qualifier, « près de », "about", is part of the figure) and is no sum of money: a fall of that count."""
    if _money(q.unit):
        return False
    return bool(word_pattern("measures", r"(?<!\w)(?:{loss_verbs})\s*$", re.IGNORECASE).search(before[-40:]))


def gained_figure(before: str, q: Quantity) -> bool:
    """Whether ``q``, written right after ``before``, is what a verb of gaining or adding takes as its object (as
    ``lost_figure``) and is no sum of money (« gagner 2 milliards », a sum earned, is a level): a rise of that count."""
    if _money(q.unit):
        return False
    return bool(word_pattern("measures", r"(?<!\w)(?:{gain_verbs})\s*$", re.IGNORECASE).search(before[-40:]))


def flow_way(before: str) -> Optional[str]:
    """"decrease" when the figure written right after ``before`` is the size of an outflow (« des sorties de 19
    tonnes », "outflows of $2 billion": ``outflow_nouns`` and ``flow_linkers``), "increase" for an inflow
    (``inflow_nouns``), else None. A flow is a way of moving whatever its unit, a sum of money too."""
    tail = before[-48:]
    for way, key in (("decrease", "outflow_nouns"), ("increase", "inflow_nouns")):
        if word_pattern("measures", r"(?<!\w)(?:{%s})\s+(?:{flow_linkers})\s*$" % key, re.IGNORECASE).search(tail):
            return way
    return None


def lost_direction(text: str, quantities: Iterable[Quantity]) -> Optional[str]:
    """"decrease" when a figure of ``text`` is the object of a verb of losing (``lost_figure``) or the size of an
    outflow (``flow_way``), "increase" when it is the object of a verb of gaining (``gained_figure``) or the size
    of an inflow, else None (the first such figure decides)."""
    for q in quantities:
        if q.start <= 0:
            continue
        if lost_figure(text[:q.start], q):
            return "decrease"
        if gained_figure(text[:q.start], q):
            return "increase"
        way = flow_way(text[:q.start])
        if way:
            return way
    return None
