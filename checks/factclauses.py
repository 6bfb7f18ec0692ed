"""Stage 3b, read the facts: the clause of each figure of a fact's sentence, for a fact that declares one figure and
writes others beside it. Each other figure becomes a facet of its own whose statement is its own clause only, read
again by the reader: it is judged with the words said of it, never with those of the declared figure's clause
("underlying earnings of 10.9 billion US dollars …, after taxes and government royalties of 8.2 billion US dollars":
the 8.2 billion is the taxes', not the earnings'; « les activités « boosters » ont progressé de 6,6 %, contre 4,4 %
pour les activités socles »: the 4,4 % is the core activities').
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from .model import Fact, Quantity, same_value
from .resources import compiled, words
from .text import fold

_P_FRONTED = compiled(r"\W*([\w'’-]+)")
_P_FRONTED_2 = compiled(r"^\w'")

_BREAK = compiled(r"[,;:](?!\d)")      # (a decimal comma, « 6,6 », is no break)


def figure_clause(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The words of ``text`` said of the figure at ``spans[i]`` (the figures' (start, end), sorted): from the last
    break of clause between the figure before it and it (else from that figure's end, or the sentence's start) to the
    first break after it before the next figure (else to the next figure's start, or the sentence's end).
    "…, while free cash flow fell 27% to 5.55 billion" gives "while free cash flow fell 27% to " for the 27 %;
    « …, contre 4,4 % pour les activités socles. » gives « contre 4,4 % pour les activités socles. »."""
    lo = spans[i - 1][1] if i else 0
    hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    start, end = spans[i]
    before = list(_BREAK.finditer(text, lo, start))
    if before:
        lo = before[-1].end()
    after = _BREAK.search(text, end, hi)
    if after is not None:
        hi = after.start()
    return text[lo:hi].strip()


def other_figures(text: str, quantities: tuple[Quantity, ...], baselines: tuple[bool, ...],
                  declared: Optional[Quantity]) -> list[tuple[Quantity, str]]:
    """Each figure of the sentence other than the declared one (nor a starting level, "up from 5.4 %"), with its own
    clause (``figure_clause``); none when the sentence does not write the declared figure or writes only it."""
    if declared is None or declared.value is None:
        return []
    order = sorted(range(len(quantities)), key=lambda k: quantities[k].start)
    placed = [k for k in order if 0 <= quantities[k].start < quantities[k].end <= len(text)]
    spans = [(quantities[k].start, quantities[k].end) for k in placed]
    own = [n for n, k in enumerate(placed) if _same(quantities[k], declared)]
    if len(placed) < 2 or not own:
        return []
    fronted = _fronted(text, spans[0][0])
    return [(quantities[k], _with_fronted(fronted, figure_clause(text, spans, n))) for n, k in enumerate(placed)
            if n not in own and not baselines[k] and quantities[k].value is not None]


def _fronted(text: str, first: int) -> str:
    """The complement the sentence opens with, up to a comma before its first figure, when a preposition opens it
    ("In the Risk division, revenue growth was 8 % and profit growth 9 %", « Dans la division Risk, … »): it sets
    every clause of the sentence; "" otherwise."""
    comma = text.find(",", 0, first)
    opener = _P_FRONTED.match(text)
    if comma < 0 or opener is None or not _BREAK.match(text, comma):
        return ""
    word = fold(opener.group(1)).replace("’", "'")
    return text[:comma].strip() if word in _openers() or _P_FRONTED_2.sub("", word) in _openers() else ""


def _with_fronted(fronted: str, clause: str) -> str:
    """A figure's clause with the sentence's fronted complement before it, unless the clause opens with it."""
    return f"{fronted}, {clause}" if fronted and not clause.startswith(fronted) else clause


@functools.lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(fold(w) for w in words("stopwords", "adverbial_openers"))


def _same(q: Quantity, declared: Quantity) -> bool:
    """Whether a figure of the sentence is the declared one (its value, whatever unit the list writes it in)."""
    return q.value is not None and same_value(q.value, declared.value)


def clause_facets(base: Fact, reading) -> list[Fact]:
    """Each other figure of a declared fact's sentence (``reading``: its ``factread.FactReading``), a facet whose
    statement is its own clause only, of its own year when its clause says one: read with the words said of it."""
    years = dict(zip(map(id, reading.quantities), reading.years))
    return [replace(base, statement=clause, terms=[], clause_of=base.statement, quantity=replace(q, start=-1, end=-1),
                    as_of=str(years[id(q)]) if years.get(id(q)) is not None else base.as_of)
            for q, clause in other_figures(base.statement or "", reading.quantities, reading.baselines, base.quantity)]
