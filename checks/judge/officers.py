"""A speaker the article names only by an office and a person's name ("Chief executive Jane Doe said", « le PDG
Jean Dupont a indiqué ») speaks for the organisation the statement is about: no party of its own to set against
the source's publisher (`officer_titles` of `claims.yaml`)."""
from __future__ import annotations

import functools
import re

from ..resources import word_pattern
from ..tablestore import stored
from ..text import fold


@stored
def _title() -> re.Pattern:
    c = functools.partial(word_pattern, "claims")
    return c(r"^(?:(?:{party_articles})\s*)?(?:{+officer_titles})(?!\w)", re.I)


def officer_without_party(who: str, index) -> bool:
    """Whether ``who`` opens with an office and names no party the list knows ("the ECB president" does)."""
    return bool(_title().search(fold(who.strip()))) and not (
        who in index.catalog.entities or index.matcher.resolve(who))
