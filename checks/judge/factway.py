"""The way a sentence says one of its figures goes, "up" or "down": the words just before it or right after it, a
sign written on it or glued before it, « (-18 %) », or a word that appraises the change of the measure it follows,
"22.3 %, an improvement of 140 basis points" of a margin (``stated_way``; read by ``rules/alongside.py`` and
``carry.py``)."""
from __future__ import annotations

import re
from typing import Optional

from ..appraisedway import appraised_before
from ..detect.figures import difference_before
from ..factread import direction_of, is_difference
from ..model import Quantity
from ..text import before_whole

_WAYS = {"increase": "up", "decrease": "down"}


def stated_way(text: str, fq: Quantity) -> Optional[str]:
    """The way the sentence ``text`` says its figure ``fq`` goes: a difference after it ("… more than"), the words
    around it (``way_beside``), its sign, or an appraising word right before it."""
    return is_difference(text[fq.end:fq.end + 30]) or way_beside(text, fq) or signed_way(fq, text) \
        or _WAYS.get(appraised_before(text, fq.start) or "")


def signed_way(fq: Quantity, text: str = "") -> Optional[str]:
    """"up" or "down" when the fact writes its figure with a sign ("+6 %", "−3,4 %"), also one glued before the figure
    the reader left out of it (« (-18 %) »; not a range's dash, "2023-18 %")."""
    lead = fq.text.lstrip()[:1]
    if lead not in "+-−–" and 0 < fq.start <= len(text) and text[fq.start - 1] in "+-−–" \
            and (fq.start < 2 or not text[fq.start - 2].isalnum()):
        lead = text[fq.start - 1]
    return "up" if lead == "+" else "down" if lead in "-−–" and lead else None


def way_beside(text: str, fq: Quantity) -> Optional[str]:
    """"up" or "down" when the words just before a figure say which way it goes ("en hausse de 7,7 %", a difference
    written with its comparative first, « inférieur de 896 millions à celui de … »), or the word right after it
    ("a 13 % increase")."""
    before = before_whole(text, fq.start, 30)
    comparative = difference_before(before)
    if comparative:
        return comparative
    after = re.match(r"\W*([^\W\d]+)", text[fq.end:fq.end + 20])
    way = direction_of(before) or (direction_of(after.group(1)) if after else None)
    return _WAYS.get(way or "")
