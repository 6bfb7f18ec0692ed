"""The occasion of a series a figure is for, when its clause names one by an ordinal ("in the second round",
« au premier tour », "at the third reading"), read like its quarter (``checks/judge/yearparts.py``): a fact
whose sentence names another occasion of the same noun is not the figure's (``occasion_ok``), and the figure
the source gives for another occasion is a wrong period (``scope.same_period``). Words: ``occasion_ordinals``,
``occasion_nouns`` in ``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_table
from ..text import fold, literal_trie
from ..tablestore import stored


@stored
def _pattern() -> tuple[Optional[re.Pattern], dict[str, int], dict[str, str]]:
    ordinals = {fold(str(k)): int(v) for k, v in word_table("numbers", "occasion_ordinals").items()}
    nouns = {fold(str(k)): str(v) for k, v in word_table("numbers", "occasion_nouns").items()}
    if not ordinals or not nouns:
        return None, ordinals, nouns
    return compiled(rf"(?<![\w])({literal_trie(ordinals)})[\s\-]+({literal_trie(nouns)})(?![\w])"), ordinals, nouns


@functools.lru_cache(maxsize=8192)
def occasions_in(text: str) -> frozenset[tuple[str, int]]:
    """The (occasion, ordinal) pairs a text names ("second round", « second tour » → ("round", 2))."""
    rx, ordinals, nouns = _pattern()
    return frozenset() if rx is None else frozenset((nouns[m.group(2)], ordinals[m.group(1)]) for m in rx.finditer(fold(text)))


def quantity_occasion(claim: Claim, q: Quantity, window: str) -> Optional[tuple[str, int]]:
    """The one occasion the figure's clause names, else the one the claim names; None for none or several."""
    named = occasions_in(window) or occasions_in(claim.focus or claim.text)
    return next(iter(named)) if len(named) == 1 else None


def occasion_ok(occasion: Optional[tuple[str, int]], fact: Fact) -> bool:
    """Whether a fact can be of the figure's occasion: not one whose sentence names only other occasions of the
    same noun (« au premier tour » for a figure « au second tour »)."""
    if occasion is None:
        return True
    same = {n for noun, n in occasions_in(fact.statement or "") if noun == occasion[0]}
    return not same or occasion[1] in same
