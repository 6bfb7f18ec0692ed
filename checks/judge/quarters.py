"""The quarter of a year a figure is for, when its clause names one ("first-quarter shipments fell 6.2 %", « au
4e trimestre, 17 966 défaillances »), and the facts of that quarter (``quarter_ok``): a quarter's figure is not
a year's, nor another quarter's. Words: ``quarter_ordinals``, ``quarter_words``, ``quarter_letters`` in
``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..factread import names_a_baseline
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_table, words
from ..text import fold
from .findings import month_of, quarter_months


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int]]:
    ordinals = {fold(str(k)): int(v) for k, v in word_table("numbers", "quarter_ordinals").items()}
    alts = "|".join(re.escape(k) for k in sorted(ordinals, key=len, reverse=True))
    nouns = "|".join(re.escape(fold(w)) for w in words("numbers", "quarter_words"))
    runs = "|".join(re.escape(fold(w)).replace("\\ ", r"\s+") for w in words("numbers", "quarter_run_after"))
    named = compiled(rf"(?<![\w])({alts})[\s\-]+(?:{nouns})(?![\w])(?!\s+(?:{runs})(?![\w]))")
    letters = "|".join(re.escape(w) for w in words("numbers", "quarter_letters"))
    short = compiled(rf"(?<![\w])(?:{letters})([1-4])(?![\w])")
    # an ordinal alone closing a clause, after a quarter named in full: "shrank 0.4 % in the second quarter and
    # grew 0.2 % in the third"
    alone = compiled(rf"(?<![\w])({alts})\s*(?:[.,;:)]|$)")
    return named, short, alone, ordinals


@functools.lru_cache(maxsize=8192)
def quarters_in(text: str) -> frozenset[int]:
    """The quarters (1-4) a text names (in full, by letter, or by an ordinal alone after one named in full);
    remembered, the judge asks for the same facts' sentences once per claim."""
    named, short, alone, ordinals = _patterns()
    folded = fold(text)
    full = list(named.finditer(folded))
    out = {ordinals[m.group(1)] for m in full}
    if full:
        out |= {ordinals[m.group(1)] for m in alone.finditer(folded, full[0].end())}
    return frozenset(out | {int(m.group(1)) for m in short.finditer(text)})


def quantity_quarter(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The one quarter the figure's clause names, else the one the claim names ("Deliveries dropped in the second
    quarter, by 4.8 %, to 443,956"); None for none or several."""
    named = quarters_in(window) or quarters_in(claim.focus or claim.text)
    return next(iter(named)) if len(named) == 1 else None


def fact_quarter(fact: Fact) -> Optional[int]:
    """The quarter a fact's figure is for: its date's ("2024-Q1"), else the one its sentence names."""
    months = quarter_months(fact.as_of)
    if months:
        return months[-1] // 3
    named = quarters_in(fact.statement or "")
    return next(iter(named)) if len(named) == 1 else None


def quarter_ok(quarter: Optional[int], fact: Fact) -> bool:
    """Whether a fact can be of the figure's quarter: a fact of that quarter, or of a month in it; not one of
    another quarter, nor a fact of a whole year that names no quarter (a year's figure is not a quarter's)."""
    if quarter is None:
        return True
    own = fact_quarter(fact)
    if own is not None:
        # (a fiscal quarter: the one its sentence names, "the fourth quarter of fiscal 2025", dated 2025-Q2)
        return own == quarter or quarters_in(fact.statement or "") == {quarter}
    month = month_of(fact.as_of)
    if month is not None:
        return (month - 1) // 3 + 1 == quarter
    return not fact.as_of


def quarter_is_baseline(window: str) -> bool:
    """Whether the first quarter a figure's clause names is the starting point of its change ("grew 30 % from the
    third quarter", « contre 4,1 % au troisième trimestre »), not the figure's own quarter."""
    folded = fold(window)
    m = _patterns()[0].search(folded)
    return bool(m) and len(folded) == len(window) and names_a_baseline(window[:m.start()])
