"""Whether a fact's figure is itself a change or a difference, for the quantity rule: a difference in the article
("29 cents below a year earlier", « 4 200 lits de plus ») is compared with such a fact before a level; and the
kind of any figure in its sentence (``figure_kind``: a change, or a level or share), read the same way in the
article and in a fact, so that a change is never confirmed by a share or a level that happens to be equal
(« une hausse de 5 % » is not the 5 % of a market's share)."""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity
from ..factread import direction_of, is_change_size, is_difference
from ..figurewords import is_baseline, is_level
from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_pattern
from .findings import size_of

_P_FIGURE_KIND = compiled(r"([^\W\d]+)\W*$")
_P_FIGURE_KIND_2 = compiled(r"[^\w,;:]*?\s*([^\W\d]+)")
_P_NAMES_NO_CHANGE = compiled(r"(?<![\w])[+\u2212]\s?\d")


def states_a_change(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact's figure is itself a change or a difference ("fell 3 %", "£2.1 billion less than …"); not
    known (False) of a copy of a fact given another figure of its sentence (``measurenoun``), which the index lacks."""
    if id(fact) not in index.position:
        return False
    reading = index.reading(fact)
    text = fact.statement or ""
    if reading.direction and fact.quantity is not None and fact.quantity.unit in ("percent", "points"):
        return True
    fq = fact.quantity
    if fq is None:
        return False
    size = size_of(fq)     # (a fall declared negative)
    # (the words after the figure, past its rate: "19.5 cents per gallon lower than a year earlier")
    return any(q.start >= 0 and compare_quantity(q, size)[0] == "supports"
               and is_difference(_rate_tail().sub("", text[q.end:q.end + 50], count=1)) for q in reading.quantities)


def _rate_tail():
    return word_pattern("measures", r"^\s*(?:{per_words})\s+[^\W\d_]+", re.I)


def figure_kind(text: str, start: int, end: int) -> str:
    """"change" when the words around the figure at ``start:end`` of ``text`` make it the size of a change (a sign,
    "up 5 %", « en hausse de 5 % », "5 % more", "a 5 % increase"), else "level" (a level reached, "rose to 5 %",
    a starting level, or a figure no word of change is said of in its clause: a share, an amount)."""
    lead = text[start:end].lstrip()[:1]
    if lead in ("+", "-", "\u2212", "\u2013"):
        return "change"
    if _level_before(text, start):
        return "level"
    before = text[max(0, start - 40):start]
    # (the word of change right before the figure, "rose 5 %", or before the word that makes the figure its size,
    # « en hausse de 5 % »: not a word of change further off, "revising down the 0.3 %", whose figure is a level)
    last = _P_FIGURE_KIND.search(before)
    if is_difference(text[end:end + 30]) or is_change_size(before) or (last and direction_of(last.group(1))):
        return "change"
    # (the word right after it, "a 5 % increase"; not one after a comma, which opens the next figure's clause:
    # "28.3 %, up half a point")
    after = _P_FIGURE_KIND_2.match(text[end:end + 20])
    return "change" if after and direction_of(after.group(1)) else "level"


def kinds_agree(claim: Claim, q: Quantity, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether a fact's figure ``fq`` (in its sentence) can be the claim's ``q`` by its kind: a change the claim
    states is never a figure the fact gives as no change (a share, a level), nor a share the claim writes of
    something (« 38 % du coût ») a change the fact states."""
    if fq.start < 0 or unit_class(q.unit) not in ("share", "points"):
        return True
    own, text = claim.focus or claim.text, fact.statement or ""
    s, e = q.start - claim.start, q.end - claim.start
    mine = figure_kind(own, s, e)
    theirs = figure_kind(text, fq.start, fq.end)
    # (a share written of something, "made up 78 % of the total", is no change; « 41 % de plus » is no share)
    share = bool(q.of) and not is_difference(own[e:e + 30])
    if mine == "change" and not share:
        # (the fact's figure is no change when its words say it is a level, or its sentence names no change at
        # all: « les Pays-Bas (5 %) » in a sentence of shares; a figure of a sentence that names a change in
        # words this reading does not place, "rose 0.1 % … and 2.0 % compared with", may be one — unless the sentence
        # writes its own change beside it: « atteint 14,0 %, en hausse de 30 points de base »)
        return theirs == "change" or not (_level_before(text, fq.start) or _names_no_change(text)
                                          or _change_beside(fact, fq, index))
    return not (share and theirs == "change")


def _level_before(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return is_baseline(before) or is_level(before)


def _names_no_change(text: str) -> bool:
    """Whether a sentence names no change anywhere: no word of change, no signed figure, no difference."""
    return direction_of(text) is None and not _P_NAMES_NO_CHANGE.search(text)


def _change_beside(fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    return level_beside_change(fact, fq, index) is not None


def level_beside_change(fact: Fact, fq: Quantity, index: FactIndex) -> Optional[Quantity]:
    """The figure the fact's sentence gives as a change of a rate (a percent, points, basis points) beside its figure
    ``fq``, when ``fq`` is that sentence's level: read as no change, and said as a level in words (« s'établit à »)
    or written in another unit than the change (a rate's level in per cent, its change in points: « 20,0 %, en
    hausse de 30 points de base ») — two figures in per cent, one read as a change, may both be changes whose
    second verb this reading does not know (« diminue de 2,2 % … et croît de 4,1 % »). None when there is none."""
    text = fact.statement or ""
    if fq.start < 0 or figure_kind(text, fq.start, fq.end) == "change":
        return None
    said = _level_before(text, fq.start)
    return next((o for o in index.reading(fact).quantities if o is not fq and o.start >= 0
                 and (unit_class(o.unit) in ("share", "points") or o.unit == "basis points")
                 and (said or o.unit != fq.unit) and figure_kind(text, o.start, o.end) == "change"), None)
