"""A part of the year named as a span of months or weeks up to a month ("the six months to 30 June", "the 13 weeks
to 28 June", « les six mois clos le 30 juin », « les trois mois à fin septembre »): the half or quarter that ends that
month, when it ends a calendar part (June or December for a half; March, June, September or December for a
quarter) — read alike in claims and facts' sentences, beside the parts named by an ordinal or a phrase
(``yearparts.parts_in``). A span to another month is an accounting part of its own, not named here. Words:
``quarter_spans``, ``half_spans``, ``part_span_ends`` of ``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import re

from ..numbers import month_names
from ..resources import compiled, words
from ..tablestore import stored
from ..text import spaced_alternation


def span_parts(part: str, folded: str, months_in_part: int) -> frozenset[int]:
    """The parts (``part``: "quarter" or "half", of ``months_in_part`` months) a folded text names as a span up to
    the month that ends them."""
    names = month_names("und")
    ends = {names.get(m.group(1)) for m in _span_pattern(part).finditer(folded)} - {None}
    return frozenset(month // months_in_part for month in ends if month % months_in_part == 0)


@stored
def _span_pattern(part: str) -> re.Pattern:
    """The span of a part, the words that lead to its month, a day or none, and the month's name (group 1)."""
    return compiled(rf"(?<![\w])(?:{spaced_alternation(words('numbers', f'{part}_spans'))})\s+"
                    rf"(?:{spaced_alternation(words('numbers', 'part_span_ends'))})\s+"
                    r"(?:\d{1,2}[^\W\d_]{0,2}\s+)?([^\W\d_]+)")
