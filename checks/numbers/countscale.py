"""A scale letter glued to a figure that counts: "17.4m orders", "10m people", "some 3m new customers" — millions of
the plural noun after it, though no currency stands beside the letter ("£350m"); "a 12m yacht", "ran 400m", "the
tower is 17.4m tall" stay lengths (``count_scale_abbreviations`` of ``numbers.yaml``). And ``looks_plural``, the
plural a counted noun has (also read by ``ranges``: "2000 soldiers" is a count, "2025 rise" a year)."""
from __future__ import annotations

import re

from ..resources import compiled, words
from .vocabulary import Tables, fold_key

_NEXT_WORDS = compiled(r"(?: [a-z][a-z-]+(?![\w'])){1,2}")


def looks_plural(noun: str, t: Tables) -> bool:
    """Whether a noun is written in the plural: an ending of ``plural_endings``, or a plural without one ("people")."""
    return noun.endswith(words("numbers", "plural_endings")) or fold_key(noun) in t.plurals


def counts_after(norm: str, sm: re.Match, t: Tables) -> bool:
    """Whether the scale letter ``sm`` matched right after a figure (glued to it, no space) is a magnitude because
    a counted plural noun follows it, past a modifier ("new", "more")."""
    if sm.group()[:1].isspace() or sm.group("w") not in t.count_abbreviations:
        return False
    nm = _NEXT_WORDS.match(norm, sm.end())
    for word in (nm.group().split() if nm else []):
        key = fold_key(word)
        if key in t.modifiers:
            continue
        return key not in t.not_nouns and looks_plural(word, t)
    return False
