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
    if m is None:
        return None
    side = _side(text[:m.start()]) or _side(text[m.end():])
    if side is None:
        return None
    return "increase" if (side == "higher") == bool(m.group("better")) else "decrease"


def _side(text: str) -> Optional[str]:
    """"higher" or "lower" when every measure noun of ``text`` is better higher, or every one better lower."""
    sides = {k for m in word_pattern("measures", _NOUN, re.IGNORECASE).finditer(text) for k, v in m.groupdict().items() if v}
    return next(iter(sides)) if len(sides) == 1 else None

