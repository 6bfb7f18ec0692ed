"""What a figure is measured against, when a comparison follows it ("1.4 °C warmer than the late-19th-century level",
"0.9 °C above its 1961-1990 average", « 1,2 °C au-dessus de la moyenne 1991-2020 »): a fact measured against a
span of years the claim's own reference does not name, and sharing no word with it, measures something else
(``reference_ok``). Words: ``reference_words`` of ``data/lang/<code>/measures.yaml``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words
from ..terms import content_stems
from ..text import fold_same_length, literal_trie
from .figures import stated_figure
from ..tablestore import stored

_P_REFERENCE_AFTER = compiled(r"[,;.:()]")

# how many words may stand between a figure and the comparison word ("1.4 °C warmer than")
REACH_WORDS = 2
SPAN = compiled(r"\b(1[89]\d\d|20\d\d)\s*[-–/]\s*(1[89]\d\d|20\d\d)\b")


@stored
def _words() -> re.Pattern:
    forms = {fold_same_length(w) for w in words("measures", "reference_words")}
    return compiled(r"^\s*(?:[^\W\d_]+\s+){0,%d}?(?:%s)(?!\w)" % (REACH_WORDS, literal_trie(forms)))


def reference_after(text: str, end: int) -> Optional[str]:
    """The words a figure ending at ``end`` is compared with, to the end of its clause; None without a comparison."""
    m = _words().match(fold_same_length(text[end:]))
    if m is None:
        return None
    return _P_REFERENCE_AFTER.split(text[end + m.end():])[0].strip() or None


def reference_ok(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """False when the fact's figure is measured against a span of years ("its 1951-1980 baseline") and the claim's
    against something else that names no such span and shares no word with it ("pre-industrial times")."""
    mine = reference_after(claim.text, q.end - claim.start) if q.end > claim.start else None
    stated = stated_figure(fact, index) if mine else None
    theirs = reference_after(fact.statement or "", stated.end) if stated is not None else None
    if not theirs or not SPAN.search(theirs) or SPAN.search(mine):
        return True
    return bool(set(content_stems(SPAN.sub(" ", mine))) & set(content_stems(SPAN.sub(" ", theirs))))


def of_its_reference(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The facts measured against what the claim's figure is (``reference_ok``)."""
    return [c for c in cands if reference_ok(claim, q, c.fact, index)]
