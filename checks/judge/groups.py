"""What a figure counts, by the numbers beside it: an age group, a size band, a span ("16- and 17-year-olds",
« les 15-64 ans », "firms with 10 to 49 staff", "a four-year contract") must be written by the fact that decides
the figure (``same_group``); a group no fact gives leaves the figure unverified.
"""
from __future__ import annotations

import functools
from typing import Optional

from ..compare import fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..numbers.quantities import find_quantities
from .clauses import window_start
from .findings import Finding, asserted_figures, is_duration, written_numbers
from ..resources import compiled

_P_NEXT_WORD = compiled(r"\s+([^\W\d_]+)")


def same_group(claim: Claim, q: Quantity, window: str, comparable: list[Candidate],
                index: Optional[FactIndex] = None) -> tuple[Optional[list[Finding]], list[Candidate]]:
    """Numbers that say what the figure counts ("16- and 17-year-olds", « des 15-64 ans ») must be the fact's: only
    facts whose sentence writes them are compared; a group no fact gives leaves the figure unverified."""
    defining = defining_numbers(claim, q, window)
    if not defining or not comparable:
        return None, comparable
    written = [c for c in comparable if defining <= fact_numbers(c.fact, index)]
    if written:
        return None, written
    c = comparable[0]
    return [Finding("related", "quantity", c.fact,
                    f"the source gives {fmt_quantity(c.fact.quantity)} for another group than the article's "
                    f"({', '.join(sorted(_fmt_number(v) for v in defining))}): {c.fact.statement}")], comparable


def not_of_the_other_side(claim: Claim, q: Quantity, window: str, cands: list[Candidate],
                          index: Optional[FactIndex] = None) -> list[Candidate]:
    """The candidates left once those of the other side of an age the figure's clause bounds are taken out: a figure
    said of « les moins de 65 ans » is not that of a fact on « les 65 ans et plus », nor "over 18" that of "under 18"
    — neither to confirm it nor to refute it."""
    bounded = bounded_ages(claim, q, window)
    if not bounded:
        return cands
    return [c for c in cands if not any(_other_side(c.fact, age, index) for age in bounded)]


def bounded_ages(claim: Claim, q: Quantity, window: str) -> list[Quantity]:
    """The ages bounded on one side that say whom the figure counts, in digits beside it ("among people under 65",
    « chez les moins de 65 ans »), in years or with no noun, in another unit than the figure's: of the figure's clause, or of the whole claim
    when it has one figure."""
    asserted = {id(x) for x in asserted_figures(claim)}
    lo = claim.start + window_start(claim, q)
    alone = len(asserted) == 1
    return [x for x in claim.quantities if x is not q and x.bound in _SIDES and x.unit != q.unit
            and _an_age(x) and any(ch.isdigit() for ch in x.text)
            and (alone or lo <= x.start < lo + len(window))]


def _other_side(fact, age: Quantity, index: Optional[FactIndex]) -> bool:
    """Whether the fact's sentence writes the same age bounded on the other side (« les 65 ans et plus » against
    « les moins de 65 ans », "over 18" against "under 18"): the figure of the other group."""
    lang = index.reading(fact).language if index is not None else "en"
    return any(x.value == age.value and x.bound == _SIDES[age.bound] and _an_age(x)
               for x in _quantities(fact.statement or "", lang))


def _an_age(x: Quantity) -> bool:
    """A number in years or with no noun ("under 80", « moins de 65 ans »)."""
    return x.unit is None or is_duration(x.unit)


@functools.lru_cache(maxsize=4096)
def _quantities(text: str, lang: str) -> tuple:
    return tuple(find_quantities(text, lang))


_SIDES = {"at-most": "at-least", "at-least": "at-most"}


def defining_numbers(claim: Claim, q: Quantity, window: str) -> frozenset[float]:
    """The numbers written in digits beside the figure that are not figures the claim asserts, nor years: an age
    group, a size band ("16- and 17-year-olds", "les 15-64 ans", "firms with 10 to 49 staff") — what the figure
    counts. Those of the figure's clause, or of the whole claim when it has one figure."""
    asserted = {id(x) for x in asserted_figures(claim)}
    lo = claim.start + window_start(claim, q)
    alone = len(asserted) == 1
    text = claim.text
    out = set()
    for x in claim.quantities:
        if x is q or id(x) in asserted or x.unit == "year":
            continue
        if not alone and not lo <= x.start < lo + len(window):
            continue
        # an age or a band: a number joined to what follows ("16-", "15-64 ans", "the ten-year average"), an age
        # in years (in digits), or the span the base of a multiple is averaged over ("six fois la moyenne sur 20 ans")
        joined = text[x.end - claim.start:x.end - claim.start + 1] in _JOINERS
        digits = any(ch.isdigit() for ch in x.text)
        span = q.unit == "times" and is_duration(x.unit) and x.start > q.start
        if joined or span or digits and is_duration(x.unit) and x.min is not None:
            out |= {v for v in (x.value, x.min, x.max) if v is not None}
    return frozenset(out)


_JOINERS = ("-", "\u2011", "\u2013")


def fact_numbers(fact, index: Optional[FactIndex]) -> frozenset[float]:
    """The numbers a fact's sentence writes in digits, and those it spells out joined to what follows ("the
    ten-year average") or as a span of time ("the past ten years")."""
    written = numbers_written(fact.statement)
    return written if index is None else written | _spelled_joined(fact.statement or "", index.reading(fact).language)


@functools.lru_cache(maxsize=4096)
def _spelled_joined(text: str, lang: str) -> frozenset[float]:
    return frozenset(x.value for x in find_quantities(text, lang) if x.value is not None
                     and (x.end < len(text) and text[x.end] in _JOINERS or is_duration(x.unit)
                          or is_duration(_next_word(text, x.end))))


def _next_word(text: str, at: int) -> Optional[str]:
    """The word right after a figure ("over four years": "years", a span the reader leaves out of the figure)."""
    m = _P_NEXT_WORD.match(text[at:at + 30])
    return m.group(1) if m else None


@functools.lru_cache(maxsize=16384)
def numbers_written(text: str) -> frozenset[float]:
    """The numbers a text writes in digits (``written_numbers``), kept per text: the judge asks it of every fact
    of a topic, claim after claim."""
    return frozenset(v for _, v in written_numbers(text))


def _fmt_number(v: float) -> str:
    return f"{v:g}"
