"""The way a word that appraises a change says a measure went: "improved", « s'est amélioré », "worsened",
« s'est dégradé ». It says no way of its own — an improvement raises a profit and lowers a debt — so the way is
read from what the text says was measured: the measure nouns before the word (its subject), else after it ("an
improvement in the loss ratio"), when all of one side (``higher_better_nouns``, ``lower_better_nouns`` of each
language's ``measures.yaml``); none when it names neither or both ("the net debt to EBITDA ratio improved").
"""
from __future__ import annotations

import re
from typing import Optional

from .resources import word_pattern

_APPRAISAL = r"(?<!\w)(?:(?P<better>{appraisal_better})|(?P<worse>{appraisal_worse}))\w*"
_NOUN = r"(?<!\w)(?:(?P<higher>{+higher_better_nouns})|(?P<lower>{+lower_better_nouns}))(?!\w)"


def appraised_direction(text: str) -> Optional[str]:
    """The way the first appraising word of ``text`` gives its measure ("Net debt improved to £2bn": decrease;
    « La marge s'est dégradée à 8 % »: decrease; « Le coefficient d'exploitation s'est amélioré »: decrease;
    "Free cash flow improved by 25 %": increase), or None."""
    m = word_pattern("measures", _APPRAISAL, re.IGNORECASE).search(text)
    return None if m is None else _way(text, m)


def appraised_before(text: str, start: int, span: int = 30) -> Optional[str]:
    """The way the last appraising word of the ``span`` characters before ``start`` gives its measure, read in the
    whole text ("The margin was 22.3 %, an improvement of 140 basis points": increase), or None."""
    found = list(word_pattern("measures", _APPRAISAL, re.IGNORECASE).finditer(text, max(0, start - span), start))
    return _way(text, found[-1]) if found else None


def _way(text: str, m: re.Match) -> Optional[str]:
    """The way the appraising word ``m`` gives the measure nouns before it, else after it."""
    side = _side(text[:m.start()]) or _side(text[m.end():])
    if side is None:
        return None
    return "increase" if (side == "higher") == bool(m.group("better")) else "decrease"


def _side(text: str) -> Optional[str]:
    """"higher" or "lower" when every measure noun of ``text`` is better higher, or every one better lower."""
    sides = {k for m in word_pattern("measures", _NOUN, re.IGNORECASE).finditer(text) for k, v in m.groupdict().items() if v}
    return next(iter(sides)) if len(sides) == 1 else None

