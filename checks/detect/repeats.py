"""A statement written again: read once, its reading moved to the new place (issue 12).

An article repeats sentences (a boilerplate line after every item, a quote given twice, a feed's article
pasted more than once). A statement's reading (``analyse_statement``) depends on its text, its layout, the
language, the article's year and what the statement before it left in ``Context`` (the party a pronoun
stands for, the figures of the claim before it); when all of these are the same as for an earlier
statement, its claims are that statement's claims, every offset moved by the distance between the two.
``StatementMemo`` keeps the readings of one article's statements by those keys (a bounded number). A reading
that took the previous claim itself (``Claim.antecedent``, "That is up from 48.9 %") is given again only after
a previous claim of the same shape (``_shape``: every field, offsets from the statement's start), and its
antecedent is then the claim before the new place.

The judge's verdict on a moved reading is the same as on the first (``judge_statement`` reads only the
statement's claims and the source index): ``moved_result`` moves it with the claims.
"""
from __future__ import annotations

from typing import Optional

from ..model import AnalysedStatement, Claim, ClaimResult, DateRef, Mention, Quantity, Roles, Statement, StatementResult

_OBJECTS = frozenset((Claim, Quantity, DateRef, Mention, Roles))   # all but Roles: ``start``/``end`` in the article
_PLAIN = frozenset((str, int, float, bool, type(None)))
MAX_KEPT = 16384                                  # readings kept per article (the oldest dropped beyond)


class _NotMovable(Exception):
    pass


def _move(x, delta: int, memo: dict):
    """A copy of a claim's parts ``delta`` characters further; shared parts stay shared."""
    got = memo.get(id(x))
    if got is not None:
        return got
    t = type(x)
    if t is list:
        out = memo[id(x)] = []
        out.extend([y if type(y) in _PLAIN else _move(y, delta, memo) for y in x])
        return out
    if t is tuple:
        out = memo[id(x)] = tuple([y if type(y) in _PLAIN else _move(y, delta, memo) for y in x])
        return out
    if t not in _OBJECTS:
        raise _NotMovable(t.__name__)
    out = memo[id(x)] = object.__new__(t)
    d = out.__dict__
    for k, v in x.__dict__.items():
        d[k] = v if type(v) in _PLAIN else _move(v, delta, memo)
    if t is not Roles:
        if x.start >= 0:
            d["start"] = x.start + delta
        if x.end >= 0:
            d["end"] = x.end + delta
    return out


def _shape(x, base: int):
    """Everything a claim holds, offsets counted from ``base``: two claims of one shape read alike."""
    if type(x) in _PLAIN:
        return x
    if type(x) in (list, tuple):
        return tuple(_shape(y, base) for y in x)
    if type(x) not in _OBJECTS:
        raise _NotMovable(type(x).__name__)
    return type(x).__name__, tuple((k, v - base if k in ("start", "end") and type(x) is not Roles and v >= 0 else
                                    _shape(v, base)) for k, v in x.__dict__.items() if k != "antecedent"), \
        _shape(x.antecedent, base) if getattr(x, "antecedent", None) is not None else None


def _before(last: Optional[Claim], base: int):
    """The shape of the claim before a statement that starts at ``base`` (what its reading may take)."""
    try:
        return _shape(last, base) if last is not None else None
    except _NotMovable:
        return _NotMovable


class StatementMemo:
    """The readings of an article's statements, by text and ``Context``."""

    def __init__(self):
        self.kept: dict[tuple, tuple] = {}

    @staticmethod
    def key(st: Statement, text: str, ctx) -> tuple:
        last = ctx.last_claim
        values = tuple(q.value for q in last.quantities if q.value is not None) if last is not None else None
        period = ctx.period if ctx.paragraph == st.paragraph else ctx.lede     # the period it is read in
        before = ctx.before[1] if ctx.before[0] == st.paragraph else ""        # the words « ces trois mois » point to
        return text, st.text, st.layout, ctx.last_subject, values, ctx.last_year, ctx.last_written, period, ctx.lede, \
            ctx.first_paragraph == st.paragraph, before

    def recall(self, st: Statement, key: tuple, ctx) -> Optional[AnalysedStatement]:
        """The reading kept for ``key``, moved to ``st``, with ``ctx`` left as reading it would have."""
        hit = self.kept.get(key)
        if hit is None:
            return None
        first, subject, remembered, taken, period = hit
        memo: dict = {}
        if taken is not None:        # its reading took the claim before it: one of the same shape is needed
            last = ctx.last_claim
            if last is None or _before(last, st.start) != taken[1]:
                return None
            memo[id(taken[0])] = last
            if taken[0].antecedent is not None:
                memo[id(taken[0].antecedent)] = last.antecedent
        try:
            claims = _move(first.claims, st.start - first.statement.start, memo)
        except _NotMovable:          # a part of a type not known here: the statement is read again
            del self.kept[key]
            return None
        moved = AnalysedStatement(st, first.kind, first.checkable, claims, first.language)
        moved.__dict__["_first"] = first
        ctx.last_subject = subject
        (ctx.last_year, ctx.last_written, ctx.period, ctx.lede, before), ctx.paragraph = period, st.paragraph
        ctx.before = st.paragraph, before
        if remembered is not None:
            ctx.last_claim = claims[remembered]
        return moved

    def keep(self, key: tuple, a: AnalysedStatement, ctx, last_before: Optional[Claim]) -> None:
        taken = None
        if any(c.antecedent is not None for c in a.claims):    # it took the previous statement's claim
            took = (last_before, last_before.antecedent) if last_before is not None else ()
            shape = _before(last_before, a.statement.start)
            if shape is None or shape is _NotMovable or \
                    any(c.antecedent is not None and not any(c.antecedent is t for t in took) for c in a.claims):
                return
            taken = (last_before, shape)
        remembered = None
        if ctx.last_claim is not last_before:
            if not any(ctx.last_claim is c for c in a.claims):
                return
            remembered = next(i for i, c in enumerate(a.claims) if c is ctx.last_claim)
        if len(self.kept) >= MAX_KEPT:
            del self.kept[next(iter(self.kept))]
        a.__dict__["_first"] = a
        self.kept[key] = (a, ctx.last_subject, remembered, taken, (ctx.last_year, ctx.last_written, ctx.period, ctx.lede, ctx.before[1]))


def kept_result(result: StatementResult) -> tuple:
    """What ``moved_result`` needs of a judgement (not the result itself: a stream keeps no result alive)."""
    source = result.analysis.claims
    claims = []
    for r in result.claims:
        i = next((i for i, c in enumerate(source) if c is r.claim), None)
        if i is None:
            return ()
        claims.append((i, r.verdict, r.explanation, tuple(r.evidence), r.confidence, tuple(r.rules), r.wrong_actor,
                       r.parts))
    return result.verdict, result.confidence, claims


def moved_result(kept: tuple, a: AnalysedStatement) -> Optional[StatementResult]:
    """The judgement ``kept_result`` kept of the reading ``a`` was moved from, for ``a``'s claims."""
    if not kept:
        return None
    verdict, confidence, claims = kept
    out = [ClaimResult(a.claims[i], v, expl, list(ev), conf, list(rules), wrong, parts)
           for i, v, expl, ev, conf, rules, wrong, parts in claims]
    return StatementResult(a, verdict, out, confidence)
