"""The main clause of a sentence that opens on its cause or a concession: « Grâce à la réduction des coûts, la marge
brute s'améliore », "Despite weaker demand, the margin improved". The way of change the opening phrase names (the
costs' fall, the demand's) is what moved the figure or what it held against, not the figure's own: the way the
sentence says its figure went is read after that phrase's comma (``cause_after_markers`` of ``slots.yaml``,
``concessive_openers`` of ``claims.yaml``).
"""
from __future__ import annotations

import re
from typing import Optional

from .resources import compiled, words
from .tablestore import stored
from .text import fold_same_length, spaced_alternation


@stored
def _opener() -> re.Pattern:
    said = words("slots", "cause_after_markers") + words("claims", "concessive_openers")
    return compiled(rf"\s*(?:{spaced_alternation(said)})(?!\w)")


def opening_cause(text: str) -> Optional[tuple[int, int]]:
    """The span of the phrase that opens ``text`` on a cause or a concession, to its comma ("Thanks to lower costs,"),
    or None (no such opener, or no comma after it)."""
    m = _opener().match(fold_same_length(text).lower())
    comma = text.find(", ", m.end()) if m else -1
    return (0, comma + 1) if comma > 0 else None


def after_opening_cause(text: str) -> str:
    """``text`` from the clause after its opening cause or concession ("Thanks to lower costs, the margin rose": "the
    margin rose"); the whole text when it opens on neither, or when no comma closes the phrase."""
    span = opening_cause(text)
    return text[span[1]:].lstrip() if span else text
