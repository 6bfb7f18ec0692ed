"""A denial of the like of what the article reports, « le groupe n'avait jamais mené une telle opération », "the
group had never made such a deal" (``like_denials`` of ``claims.yaml``): the article says the event is a first. A
fact dating that event does not refute it (it is the event the article calls a first); one that writes a first,
« une première dans l'histoire du groupe », "a first in the group's history" (``first_ever_words``, not "the first
time since 2019"), confirms it. "Never before", with no such word, is a denial like any: a fact dating an earlier
event refutes it (``rules/negation.py``)."""
from __future__ import annotations

import functools
import re

from ..resources import word_pattern
from ..tablestore import stored
from ..text import fold_same_length


def denies_the_like(scopes: tuple[str, ...]) -> bool:
    """Whether a denial is of the like of what is reported (``scopes``: what it denies, read by ``rules/negation.py``,
    and the words from its negation word to the end of that clause): « n'avaient jamais vu une telle part », "had not
    seen such a rise"."""
    return any(_patterns()["like_denial"].search(fold_same_length(s)) for s in scopes)


def writes_a_first(statement: str) -> bool:
    """Whether a fact's sentence says its event is a first of all time: « une première », "for the first time", not
    « pour la première fois depuis 2019 », "the first time since 2019"."""
    folded = fold_same_length(statement)
    return bool(_patterns()["first_ever"].search(folded)) and not _patterns()["since"].search(folded)


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml`` and ``numbers.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {"like_denial": c(r"(?<!\w)(?:{like_denials})(?!\w)"),
            "first_ever": c(r"(?<!\w)(?:{first_ever_words})(?!\w)"),
            "since": word_pattern("numbers", r"\b(?:{since_words})\b")}
