"""Words that look like measure qualifiers and restrict nothing where they stand, blanked before the qualifier reader
(``factread.qualifiers_in``) reads a text, in claims and facts alike (``data/lang/<code>/measures.yaml``):

- an intensifier before a noun of change that says no way (``qualifier_intensifiers`` before ``intensified_changes``:
  « une nette amélioration », « un net rebond » say how sharp the change is, as « un net recul » does);
- a category whose name holds a qualifier word (``qualifier_in_fixed_name``: « atteintes aux biens » are property
  offences, not goods).
"""
from __future__ import annotations

from .resources import word_pattern
from .tablestore import stored


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
