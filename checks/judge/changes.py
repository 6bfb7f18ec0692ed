"""Whether a fact's figure is itself a change or a difference, for the quantity rule: a difference in the article
("29 cents below a year earlier", « 4 200 lits de plus ») is compared with such a fact before a level."""
from __future__ import annotations

import re
from dataclasses import replace

from ..compare import compare_quantity
from ..factread import is_difference
from ..match import FactIndex
from ..model import Fact
from ..resources import word_pattern


def states_a_change(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact's figure is itself a change or a difference ("fell 3 %", "£2.1 billion less than …")."""
    reading = index.reading(fact)
    text = fact.statement or ""
    if reading.direction and fact.quantity is not None and fact.quantity.unit in ("percent", "points"):
        return True
    fq = fact.quantity
    if fq is None:
        return False
    size = replace(fq, value=abs(fq.value)) if fq.value is not None else fq     # (a fall declared negative)
    # (the words after the figure, past its rate: "19.5 cents per gallon lower than a year earlier")
    return any(q.start >= 0 and compare_quantity(q, size)[0] == "supports"
               and is_difference(_rate_tail().sub("", text[q.end:q.end + 50], count=1)) for q in reading.quantities)


def _rate_tail():
    return word_pattern("measures", r"^\s*(?:{per_words})\s+[^\W\d_]+", re.I)
