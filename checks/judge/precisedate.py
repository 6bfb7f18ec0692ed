"""A precise figure that a fact of the claim's date agrees with only within its rounding (« 94,7 milliards au 31
mars » against « 95 milliards au 31 mars »), while another fact of the same measure and parties gives it to the
digit for another date (« 94,7 milliards au 31 décembre »): the article wrote that date's figure, not the one of the
date it names. The two facts measure the same thing when every word the claim's figure is measured by
(``measured_keys``) is in both sentences, and the measure nouns at their figures are the same.

- supported: "The backlog stood at €95 billion at 31 March" against "about €95 billion at 31 March".
- contradicted: "The backlog stood at €94.7 billion at 31 March" against "about €95 billion at 31 March" and
  "€94.7 billion at 31 December".
"""
from __future__ import annotations

from typing import Optional

from ..compare import fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity, same_value
from .agreement import precise
from .findings import Finding, month_of, year_of
from .measurenoun import nouns_at_figure
from .periods import quantity_month, quantity_year
from .rivals import measured_alike, measured_keys_of


def precise_of_another_date(claim: Claim, q: Quantity, window: str, agreeing: Candidate, cands: list[Candidate],
                            index: FactIndex) -> list[Finding]:
    """The findings of a precise figure ``agreeing`` gives only within its rounding, for the claim's date, while
    another current fact of the same measure gives it to the digit for another date the claim does not name: that
    date's figure (``agreeing`` cited as the one of the claim's date); none otherwise."""
    own = agreeing.fact.quantity
    if own is None or not precise(q) or own.unit != q.unit or _same_value(q, own):
        return []
    year, month = quantity_year(claim, q, window), quantity_month(claim, q, window)
    if year is None or year != year_of(agreeing.fact.as_of) or month not in (None, month_of(agreeing.fact.as_of)):
        return []
    other = _given_exactly(claim, q, window, agreeing, cands, index, (year, month))
    if other is None:
        return []
    return [Finding("contradicts", "period", agreeing.fact,
                    f"wrong period: {q.text.strip()!r} is the source's figure for {other.fact.as_of} "
                    f"({other.fact.statement}); for {agreeing.fact.as_of} it gives {fmt_quantity(own)}: "
                    f"{agreeing.fact.statement}"),
            Finding("related", "period", other.fact, f"the figure of {other.fact.as_of}")]


def _same_value(q: Quantity, fq: Quantity) -> bool:
    """Whether a fact's figure is the claim's to the digit (its value written, whatever its bound)."""
    return q.value is not None and fq.value is not None and same_value(fq.value, q.value)


def _given_exactly(claim: Claim, q: Quantity, window: str, agreeing: Candidate,
                   cands: list[Candidate], index: FactIndex, when: tuple) -> Optional[Candidate]:
    """The current fact of another date than ``when`` (year, month) that gives ``q`` to the digit in its unit,
    for the parties, the measure nouns and the measured words of ``agreeing``."""
    keys = measured_keys_of(claim, q, window, agreeing, index)
    if not keys:
        return None
    nouns = nouns_at_figure(agreeing.fact, index)
    return next((c for c in cands if _of_another_date(q, c, agreeing, index, when)
                 and measured_alike(c, agreeing, keys, index) and nouns_at_figure(c.fact, index) == nouns), None)


def _of_another_date(q: Quantity, c: Candidate, agreeing: Candidate, index: FactIndex, when: tuple) -> bool:
    """Whether ``c`` is a current fact other than ``agreeing`` that gives ``q`` to the digit in its unit, for
    another date than ``when`` (year, month: a fact of the claim's date too gives no other date)."""
    f, (year, month) = c.fact, when
    if f is agreeing.fact or f.quantity is None or c.source.id in index.superseded_by \
            or f.quantity.unit != q.unit or not _same_value(q, f.quantity):
        return False
    return not (year_of(f.as_of) == year and (month is None or month_of(f.as_of) in (None, month)))
