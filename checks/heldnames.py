"""Words that look like measure qualifiers and restrict nothing where they stand, blanked before the qualifier reader
(``factread.qualifiers_in``) reads a text, in claims and facts alike (``data/lang/<code>/measures.yaml``):

- an intensifier before a noun of change that says no way (``qualifier_intensifiers`` before ``intensified_changes``:
  « une nette amélioration », « un net rebond » say how sharp the change is, as « un net recul » does);
- an intensifier only where an adjective stands before its noun of change (``intensifier_at``): after a noun it
  is that noun's qualifier, « le bénéfice net progresse »;
- a category whose name holds a qualifier word (``qualifier_in_fixed_name``: « atteintes aux biens » are property
  offences, not goods).
"""
from __future__ import annotations

from typing import Callable

from .resources import word_pattern, words
from .tablestore import stored
from .text import fold


@stored
def _held_names() -> tuple:
    """The intensifiers' and the fixed names' patterns."""
    return (word_pattern("measures", r"(?<!\w)(?i:{+qualifier_intensifiers})(?=\s+(?i:{+intensified_changes})(?!\w))"),
            word_pattern("measures", r"(?<!\w)(?i:{+qualifier_in_fixed_name})(?!\w)"))


def without_held_names(text: str) -> str:
    """``text`` with those words blanked (« une nette amélioration » -> « une   amélioration »; « Côté atteintes aux
    biens, les vols » -> « Côté  , les vols »)."""
    for p in _held_names():
        text = p.sub(" ", text)
    return text


@stored
def _intensifier_openers() -> frozenset[str]:
    """The words after which an intensifier stands before its noun of change (``intensifier_openers``), folded."""
    return frozenset(fold(w) for w in words("measures", "intensifier_openers"))


def intensifier_at(toks: list[str], i: int, intensifiers: frozenset, changes: Callable) -> bool:
    """Whether the word ``toks[i]`` (folded words) is one of ``intensifiers`` saying how sharp the change named right
    after it is (``changes`` reads a word of change): where an adjective stands before its noun, first or after an
    article or a preposition (« un net recul », « en nette hausse »); after a noun it is that noun's qualifier, a verb
    of change after it or not (« le bénéfice net progresse de 28 % » is net profit's rise; none listed in English,
    where "net" is no intensifier)."""
    return toks[i] in intensifiers and i + 1 < len(toks) and bool(changes(toks[i + 1])) \
        and (i == 0 or toks[i - 1] in _intensifier_openers())
