"""A rate only the source list declares: a fact whose sentence writes its figure as a bare amount, « Le dividende final
proposé est de 0,42 euro », "The proposed final dividend is 14.8p", that the list declares per share (``EUR per
share``) without the sentence writing the rate's noun anywhere. The article's bare amount of that currency, « un
dividende final de 0,45 euro », "a final dividend of 16.8p", is then in the unit the sentence writes, and compares
with it (``figures.units_fit``) — of its size only: a total of another order, "a £290m dividend", is no such figure.
"""
from __future__ import annotations

from ..match import unit_class
from ..model import Fact, Quantity
from ..resources import word_pattern
from ..tablestore import stored
from ..text import fold

# (how far apart in size two amounts of one currency may be to be read as the same rate: a slip of a digit, not
# a total against a rate)
SAME_ORDER = 10.0


@stored
def _any_rate():
    """A rate of a number, which the reader does not take whole: a "per" word or article, a number and a noun
    ("per 100 kilograms", « les 100 kilos »), folded (a rate of a noun alone, "per tonne", is read with its figure)."""
    return word_pattern("measures", r"(?<!\w)(?:{per_words}|{per_articles})\s+\d[\d.,]*\s+[^\W\d_]{2,}")


def rate_only_listed(q: Quantity, fact: Fact, stated: Quantity) -> bool:
    """Whether the claim's bare amount ``q`` is in the unit the fact's sentence writes its figure in (``stated``), the
    rate being the list's label only: the same currency, no rate on either written side, the sentence writing no
    rate at all, not even one of a number, "606 euros per 100 kilograms", and the two amounts of one order of size."""
    from .figures import _writes_the_rate        # (figures reads this module)
    fq = fact.quantity
    cu, fu = unit_class(q.unit) or "", unit_class(fq.unit if fq else None) or ""
    if not (cu.startswith("money:") and " per " in fu) or " per " in cu or q.unit != stated.unit:
        return False
    tail = fu.partition(" per ")[2]
    if _writes_the_rate(fact, tail) or _any_rate().search(fold(fact.statement or "")) or not (q.value and fq.value):
        return False
    return 1 / SAME_ORDER <= abs(q.value / fq.value) <= SAME_ORDER
