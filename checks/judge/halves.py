"""The half of a year a figure is for, read like its quarter (``checks/judge/quarters.py``): a half its clause
names ("first-half sales rose 2 %", « au premier semestre », "H1", « S1 ») is judged against facts of that half
only (``half_ok``), never a year's; and a figure said of a whole year ("over the full year", « un chiffre
d'affaires annuel ») is not a half's or a quarter's figure (``whole_year_ok``). Words: ``half_ordinals``,
``half_words``, ``half_phrases``, ``half_letters``, ``whole_year_words`` in ``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..match import Candidate, unit_class
from ..model import Claim, Fact, Quantity
from ..numbers import find_months
from ..resources import compiled, word_table, words
from ..text import fold
from .findings import month_of, quarter_months
from .quarters import fact_quarter, quantity_quarter, quarters_in


def _alts(items) -> str:
    return "|".join(re.escape(fold(str(w))).replace("\\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int], re.Pattern]:
    ordinals = {fold(str(k)): int(v) for k, v in word_table("numbers", "half_ordinals").items()}
    phrases = {re.sub(r"\s+", " ", fold(str(k))): int(v) for k, v in word_table("numbers", "half_phrases").items()}
    named = compiled(rf"(?<![\w])({_alts(ordinals)})[\s\-]+(?:{_alts(words('numbers', 'half_words'))})(?![\w])")
    whole = compiled(rf"(?<![\w])({_alts(phrases)})(?![\w])")
    short = compiled(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words('numbers', 'half_letters'))})([12])(?![\w])")
    # (or a year with the words that make it whole around it: "the whole of 2024", « 2024 dans son ensemble »)
    year = compiled(rf"(?<![\w])(?:{_alts(words('numbers', 'whole_year_words'))})(?![\w])"
                    rf"|(?<![\w])(?:{_alts(words('numbers', 'whole_year_before'))})\s+(?:19|20)\d\d(?![\w])"
                    rf"|(?<![\w\d])(?:19|20)\d\d\s+(?:{_alts(words('numbers', 'whole_year_after'))})(?![\w])")
    return named, whole, short, {**ordinals, **phrases}, year


@functools.lru_cache(maxsize=8192)
def halves_in(text: str) -> frozenset[int]:
    """The halves (1, 2) a text names: an ordinal before the half word, a phrase for a half, a letter and digit;
    remembered, the judge asks for the same facts' sentences once per claim."""
    named, whole, short, table, _ = _patterns()
    folded = fold(text)
    out = {table[m.group(1)] for m in named.finditer(folded)}
    out |= {table[re.sub(r"\s+", " ", m.group(1))] for m in whole.finditer(folded)}
    return frozenset(out | {int(m.group(1)) for m in short.finditer(text)})


def quantity_half(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The one half the figure's clause names, else the one the claim names; None for none or both."""
    named = halves_in(window) or halves_in(claim.focus or claim.text)
    return next(iter(named)) if len(named) == 1 else None


def fact_half(fact: Fact) -> Optional[int]:
    """The half a fact's sentence names ("Over the first half of 2027, …"), when it names one only."""
    named = halves_in(fact.statement or "")
    return next(iter(named)) if len(named) == 1 else None


def half_ok(half: Optional[int], fact: Fact) -> bool:
    """Whether a fact can be of the figure's half: a fact of that half, or of a quarter or month in it; not one of
    the other half, nor a fact of a whole year."""
    if half is None:
        return True
    own = fact_half(fact)
    if own is not None:
        return own == half
    months = quarter_months(fact.as_of) or ((month_of(fact.as_of),) if month_of(fact.as_of) else ())
    if months:
        return (months[-1] - 1) // 6 + 1 == half
    return not fact.as_of


def says_whole_year(claim: Claim, q: Quantity, window: str) -> bool:
    """A figure said of a whole year ("over the full year", « annuel »), in its clause, its claim or, for a gloss,
    the clause it glosses ("annual sales of €84.7 billion, up 2 %"), that names no part of a year (a quarter, a
    half, a month: "the annual rise in the second quarter" is the quarter's)."""
    if _parts_named(claim, q, window):
        return False
    text = claim.focus or claim.text
    year = _patterns()[4]
    return bool(year.search(fold(window)) or year.search(fold(text))
                or claim.role == "gloss" and year.search(fold(claim.context_text)))


def _parts_named(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether the figure's clause or claim names a part of a year: a quarter, a half, a month."""
    text = claim.focus or claim.text
    return quantity_quarter(claim, q, window) is not None or bool(quarters_in(text)) or bool(halves_in(text)) \
        or any(d.month for d in claim.dates) or bool(find_months(text))


@functools.lru_cache(maxsize=None)
def _full_span() -> re.Pattern:
    """The ``full_year_words`` of every language (a figure of the whole span, not a rate over a year), as one pattern."""
    return re.compile(rf"(?<![\w])(?:{_alts(words('numbers', 'full_year_words'))})(?![\w])")


@functools.lru_cache(maxsize=None)
def _same_period() -> re.Pattern:
    """The ``same_period_words`` of every language, as one pattern."""
    return compiled(rf"(?<![\w])(?:{_alts(words('numbers', 'same_period_words'))})(?![\w])")


def part_of_year(fact: Fact) -> bool:
    """A fact of a half or a quarter of a year (its date or its sentence says which)."""
    return fact_half(fact) is not None or fact_quarter(fact) is not None


def whole_year_ok(claim: Claim, q: Quantity, window: str, timed: list[Candidate], dated: bool = False) -> list[Candidate]:
    """The facts of a whole year, for a figure said of one, when any is left: a half's or a quarter's figure is
    not the year's (« chiffre d'affaires annuel …, en progression de 2 % » against 2 % in the first half). An
    amount of money dated by a year alone (``dated``: "in 2023 it lost €532 million") is a flow over that year:
    a quarter's or a half's amount is never its figure, even when no fact of the whole year is left."""
    if dated and (unit_class(q.unit) or "").startswith("money:") and not _parts_named(claim, q, window) \
            and not _same_period().search(fold(claim.focus or claim.text)):
        return [c for c in timed if not part_of_year(c.fact)]
    if not says_whole_year(claim, q, window):
        return timed
    whole = [c for c in timed if not part_of_year(c.fact)]
    # (a figure said of the full span, "over the full fiscal year", is never a quarter's, even with no year's fact left)
    return whole or ([] if _full_span().search(fold(window)) or _full_span().search(fold(claim.focus or claim.text))
                     else timed)
