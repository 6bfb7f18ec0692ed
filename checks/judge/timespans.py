"""The span of time a figure is counted over, when the claim and the confirming fact each write one: "in its first
six months", « en six mois », "over 12 months", « en un an », "in a year" (``span_openers`` and ``span_one_words``
of ``data/lang/<code>/numbers.yaml``, a duration unit of ``data/units.yaml``). A fact that gives the figure over
another span ("11 million visitors in a year" for "11 million visitors in its first six months") is the figure of
another period: the claim is contradicted, not confirmed. With a span on one side only, nothing is decided here.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .. import units
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import word_pattern, word_table
from ..text import fold_same_length
from .findings import Finding, is_duration, quarter_months

MONTH_HOURS = 730.0          # (the factor of a month in ``data/units.yaml``: spans are compared in months)
SAME_SPAN = 0.03             # (a year of 8,766 hours is twelve months of 730, give or take)


@functools.lru_cache(maxsize=None)
def _opened() -> re.Pattern:
    """A span opener and up to two words after it, ending where a duration starts."""
    return word_pattern("numbers", r"(?<![\w'])(?:{span_openers})\s+(?:[^\W\d_]+['’]?\s*){0,2}$", re.I)


@functools.lru_cache(maxsize=None)
def _one() -> re.Pattern:
    """A span of one unit written with a word for one ("en un an", "in a year"): the unit word in group ``u``."""
    return word_pattern("numbers", r"(?<![\w'])(?:{span_openers})\s+(?:[^\W\d_]+\s+){0,2}?(?:{span_one_words})\s+"
                                   r"(?P<u>[^\W\d_]+)(?![\w])", re.I)


def _months(value: Optional[float], unit: Optional[str]) -> Optional[float]:
    u = units.lookup(unit)
    if value is None or u is None or u.family != "duration":
        return None
    return value * u.factor / MONTH_HOURS


def spans_in(text: str, figures, base: int = 0) -> list[tuple[str, float]]:
    """The spans of time a text writes after a span opener, as (words, months): its duration figures
    (``figures``, their offsets less ``base`` in ``text``) and its spans of one unit in words."""
    out, folded = [], fold_same_length(text)
    for q in figures:
        months = _months(q.value, q.unit) if is_duration(q.unit) and q.start >= base else None
        if months and _opened().search(folded[:q.start - base]):
            out.append((q.text.strip(), months))
    for m in _one().finditer(folded):
        unit = m.group("u")
        months = _months(1.0, word_table("numbers", "span_unit_words").get(unit, unit))
        if months:
            out.append((text[m.start():m.end()].strip(), months))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SPAN * max(a, b)


def of_its_own_span(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """Each confirmation of a figure of a claim that writes one span of time, by a fact whose sentence writes one
    other span: a contradiction (rule ``period``)."""
    if not any(f.relation == "supports" for f in findings):
        return findings
    mine = spans_in(claim.text, claim.quantities, claim.start)
    if len(mine) != 1:
        return findings
    words, months = mine[0]
    out = []
    for f in findings:
        theirs = spans_in(f.fact.statement or "", index.reading(f.fact).quantities) \
            if f.relation == "supports" and f.rule.startswith("quantity") else []
        if quarter_months(f.fact.as_of):   # (a quarter's fact: a longer span is what its change is measured over,
            theirs = [t for t in theirs if t[1] <= 3 * (1 + SAME_SPAN)]  # « en hausse de 11,9 % sur un an »)
        if len(theirs) == 1 and not _same(theirs[0][1], months):
            f = Finding("contradicts", "period", f.fact,
                        f"wrong period: the source gives the figure {theirs[0][0]!r}, the article {words!r}: "
                        f"{f.fact.statement}", part=f.part)
        out.append(f)
    return out


def anothers_time(q: Quantity, claim: Claim, own: Fact, other: Fact) -> bool:
    """A duration written in several units (« 52 jours et 4 heures »: ``Quantity.step``) is the time of one party's
    feat: met by the fact of a party the claim does not name (``other``), while the claim's own fact is another
    party's or no one's, it is that party's time, not the figure of another period of the same series."""
    named = {m.entity for m in claim.mentions} | set(claim.context_entities) | {claim.attributed_to}
    return q.step is not None and bool(other.subject) and other.subject not in named and other.subject != own.subject
