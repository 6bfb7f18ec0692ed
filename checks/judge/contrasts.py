"""A figure said of one member of a set of measures that exclude one another (``measure_contrasts`` of
``data/lang/<code>/measures.yaml``, ids "set/member"): a dividend's final, interim, total or special payment; a
balance at a period's close or on average ("peaked at" is the series', no balance); what a company owns against what it runs for others; net
cash against net debt; production against consumption; a result at the operating level, before tax, after tax or
before depreciation; like-for-like sales against total sales. A fact whose words at its figure name another member of the
same set and not the claim's measures another thing, however equal its figure: "The final dividend is 26p" is not
confirmed by "the total dividend for the year was 26p", nor « Le parc détenu en propre atteint 6 GW » by « exploite 6
GW pour le compte de tiers »; refuted by the fact of the claim's own member of the same period, party and unit when
it gives another figure ("a final dividend of 17p": ``quantity-measure``), else unchecked. A claim that names no
member of a set speaks of whichever the source gives; a phrase that sets a part aside, « En plus de ses propres
centrales, … », "In addition to its own sites, …" (``part_exclusions``), names no member of the figure.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import Candidate, FactIndex, unit_class
from ..measurephrases import phrase_ids, phrase_table
from ..model import Claim, Fact, Quantity, same_value
from ..resources import word_pattern
from ..text import fold
from ..unitfit import implied_rate
from .findings import Finding
from .periods import period_key
from .sentencefigures import own_clause
from .signs import signed


def members_in(text: str) -> frozenset[str]:
    """The members of contrast sets a text names ("set/member" ids), the phrases a part is set aside by left out."""
    kept = word_pattern("measures", r"(?<!\w)(?:{+part_exclusions})(?!\w)[^,;]*").sub(" ", fold(text))
    return frozenset(phrase_ids(phrase_table("measure_contrasts"), kept))


def claim_members(claim: Claim, q: Quantity, window: str) -> frozenset[str]:
    """The members a claim's figure is said of: those of its own clause, and, for the claim's first figure, those of
    the words that say what it measures (``measurenoun.said_of``); a later figure of its kind is not said of the member
    an earlier figure's clause names ("a final dividend of 21p, taking the total to 31p")."""
    from .measurenoun import said_of                 # (measurenoun reads the judge's helpers)
    own = members_in(window)
    if any(o.end <= q.start and o is not q and _kind(o) == _kind(q) for o in claim.quantities):
        return own
    return own | members_in(said_of(claim, q, window))


def fact_members(fact: Fact, index: FactIndex) -> frozenset[str]:
    """The members a fact's declared figure is said of (``members_at``)."""
    return members_at(fact, fact.quantity, index) if fact.quantity is not None else members_in(fact.statement or "")


def members_at(fact: Fact, fq: Quantity, index: FactIndex) -> frozenset[str]:
    """The members a figure of a fact's sentence is said of: those of its own clause among the figures of its kind
    (``_kind``, ``sentencefigures.own_clause``: "a final dividend of 1.6p, taking the total to 2.4p": final for 1.6p,
    total for 2.4p; "The total dividend is 32p, including a final dividend of 21p": total for 32p, the words after a
    clause break being the next figure's), the whole sentence's when it does not write the figure."""
    figures = sorted((o for o in index.reading(fact).quantities if o.start >= 0 and _kind(o) == _kind(fq)),
                     key=lambda o: o.start)
    at = next((i for i, o in enumerate(figures) if o.start == fq.start), None) if fq.start >= 0 else \
        next((i for i, o in enumerate(figures) if o.value is not None and fq.value is not None
              and same_value(o.value, fq.value)), None)
    text = fact.statement or ""
    if at is None:
        return members_in(text)
    return members_in(own_clause(text, [(o.start, o.end) for o in figures], at))


def member_conflict(claim: Claim, q: Quantity, window: str, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the claim says its figure of a member of a contrast set and the fact's figure ``fq`` is said of
    another only ("an interim dividend of 1.6p" against "a final dividend of 1.6p, taking the total to 2.4p")."""
    mine = claim_members(claim, q, window)
    return bool(mine) and conflicting_set(mine, members_at(fact, fq, index)) is not None


def implied_member_rate(claim: Claim, q: Quantity, fact: Fact, tail: str, index: FactIndex) -> bool:
    """Whether a claim's money figure is per ``tail`` by the noun paid on each that governs it (``unitfit.implied_rate``:
    "a final dividend of 8.4p" is per share) and the fact's figure is of the claim's member of a contrast set, or of
    none: a final or interim payment read per share is no figure of the full year's total ("The final dividend of
    10.2p" against "The full-year dividend is 15.6p per share")."""
    return implied_rate(claim, q, fact.quantity, tail) and not member_conflict(claim, q, claim.text, fact, fact.quantity, index)


def _kind(q: Quantity) -> str:
    """The kind of a figure's unit (money, a share, a count…), whatever its currency or what it is counted per."""
    return (unit_class(q.unit) or "").split(":")[0]


def _of_set(members: frozenset[str], name: str) -> frozenset[str]:
    return frozenset(m for m in members if m.split("/")[0] == name)


def conflicting_set(mine: frozenset[str], theirs: frozenset[str]) -> Optional[str]:
    """The set of which the claim names a member and the fact only others, if any."""
    return next((s for s in sorted({m.split("/")[0] for m in mine})
                 if _of_set(theirs, s) and not _of_set(theirs, s) & mine), None)


def another_member(claim: Claim, q: Quantity, window: str, c: Candidate, cands: list[Candidate],
                   index: FactIndex) -> Optional[Finding]:
    """None unless the claim says its figure of a member of a contrast set and the agreeing fact of ``c`` only of
    another (``conflicting_set``): then the figure of the claim's own member's fact (``_own_member``) confirms or
    refutes it, else it is left unchecked."""
    mine = claim_members(claim, q, window)
    name = conflicting_set(mine, fact_members(c.fact, index)) if mine else None
    if name is None:
        return None
    own = _own_member(_of_set(mine, name), c, cands, window, index)
    if own is None:
        return Finding("related", "quantity", c.fact, f"{q.text.strip()!r} is said of another measure of the same "
                                                      f"thing: {c.fact.statement}")
    if compare_quantity(signed(q, claim, own, window), own.quantity)[0] != "contradicts":
        return Finding("supports", "quantity", own, f"{q.text.strip()!r} agrees with the source ({fmt_quantity(own.quantity)})")
    return Finding("contradicts", "quantity-measure", own,
                   f"wrong measure: {q.text.strip()!r} is the source's figure of another ({c.fact.statement}); "
                   f"of the article's it gives {fmt_quantity(own.quantity)}: {own.statement}")


def _own_member(mine: frozenset[str], c: Candidate, cands: list[Candidate], window: str,
                index: FactIndex) -> Optional[Fact]:
    """The one figure of the candidates of ``c``'s period (``_same_period``), party and unit whose words name the claim's member of the
    set (``mine``) and no other, and that share a word of what is measured with the figure's clause; None when there
    is none or several."""
    fq, keys = c.fact.quantity, index.text_keys(window)
    name = next(iter(mine)).split("/")[0]
    own = [o for o in cands if o.fact is not c.fact and o.fact.quantity is not None and fq is not None
           and _of_set(fact_members(o.fact, index), name) == mine and _same_period(o.fact, c.fact)
           and (o.fact.subject or o.source.publisher) == (c.fact.subject or c.source.publisher)
           and unit_class(o.fact.quantity.unit) == unit_class(fq.unit)
           and o.source.id not in index.superseded_by and keys & index.fact_keys(o.fact)]
    if len({(o.fact.quantity.value, o.fact.quantity.unit) for o in own}) != 1:
        return None                     # (several facts giving one figure, in each language, are one)
    return own[0].fact


def _same_period(fact: Fact, other: Fact) -> bool:
    """Whether two facts are of one period: the same year and month, or the same year, one of them the whole year's
    (a balance at the year's end, "net cash at the end of 2024", is of the year its average is)."""
    (year, month), (year2, month2) = period_key(fact), period_key(other)
    return year == year2 and (month == month2 or not month or not month2)
