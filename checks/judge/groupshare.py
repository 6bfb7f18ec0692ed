"""A percentage that names a group of a population ranked by a quality, « les 10 % les plus aisés », "the poorest
20 % of households", and an age group written as a range, « les 15-24 ans », "16-24 year-olds": the group a claim's
figure is of, not a figure of its own (read by ``checks/judge/findings.py``).
"""
from __future__ import annotations

import re

from ..model import Claim, Quantity
from ..resources import compiled, word_pattern, words
from ..tablestore import stored
from ..text import fold_same_length


def names_a_group(claim: Claim, q: Quantity) -> bool:
    """Whether a percentage names the group the claim's figure is of, by a superlative right after it, across a
    noun at most (« le niveau de vie des 10 % les plus aisés a augmenté de 2,1 % », « l'inflation des 20 % de ménages
    les plus modestes »), or right before it ("the income of the poorest 20 % of households rose 1.4 %", "the top
    1 %"): a group, as an age group is (« des 15-64 ans »: ``age_group``), that the words around say, no figure a
    fact confirms or refutes (its rank words still say which group it is)."""
    if age_group(q):
        return True
    if q.unit != "percent" or q.start < claim.start:
        return False
    text = fold_same_length(claim.text)
    start, end = q.start - claim.start, q.end - claim.start
    after, before = _patterns()
    return bool(after.match(text, end) or before.search(text, 0, start))


@stored
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The superlatives after a percentage (across a noun its link opens) and before it, folded, built once."""
    return (word_pattern("measures", r"\s+(?:(?:{group_noun_links})\s*[^\W\d]+\s+)?(?:{+group_superlatives_after})\s+[^\W\d]"),
            word_pattern("measures", r"(?<![\w-])(?:{+group_superlatives_before})\s*$"))


def age_group(q: Quantity) -> bool:
    """Whether a range written in digits joined by a dash, in a unit of age (``age_group_units`` of
    ``measures.yaml``: « ans », "year-olds"), names an age group (« le taux de chômage des 15-24 ans », "the jobless
    rate of 16-24 year-olds"): the group its clause speaks of, which its clause's way of change is not of; never
    asserted, so that the claim's other words are judged (« … des 15-24 ans a augmenté ce trimestre »)."""
    m = _P_JOINED_RANGE.match(q.text or "")
    return q.min is not None and q.max is not None and m is not None \
        and " ".join(fold_same_length(q.text[m.end():]).split()) in _age_units()


_P_JOINED_RANGE = compiled(r"\s*\d+\s?[-\u2011\u2013]\s?\d+\s*")


@stored
def _age_units() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in words("measures", "age_group_units"))
