"""The clause of a fact's sentence that holds the figure the fact declares: what that figure measures is read there
first, not in the sentence's other clauses (« Velmor propose un dividende de 2,10 euros par action, soit 40 % de son
bénéfice net »: the declared 2,10 euros is a dividend, not a profit; "Norvel's net cash was £310 million, while its
profit rose 4 %": £310 million is cash, not profit)."""
from __future__ import annotations

from typing import Callable, Optional

from ..match import Candidate, FactIndex
from ..model import Quantity, same_value
from ..resources import compiled

_P_BREAK = compiled(r"[,;](?!\d)")


def _same_number(a: Quantity, b: Quantity) -> bool:
    return all((x is None) == (y is None) and (x is None or same_value(y, x))
               for x, y in ((a.value, b.value), (a.min, b.min), (a.max, b.max)))


def declared_clause(c: Candidate, index: FactIndex) -> Optional[str]:
    """The words of the fact's sentence from the clause break (or the figure) before its declared figure to the
    clause break (or the figure) after it; None when the sentence does not write that figure once."""
    fq, text = c.fact.quantity, c.fact.statement or ""
    if fq is None:
        return None
    figures = sorted((o for o in index.reading(c.fact).quantities if 0 <= o.start < o.end <= len(text)),
                     key=lambda o: o.start)
    at = [i for i, o in enumerate(figures) if _same_number(o, fq)]
    if len(at) != 1:
        return None
    i = at[0]
    fig = figures[i]
    lo = figures[i - 1].end if i else 0
    breaks = [m.end() for m in _P_BREAK.finditer(text, lo, fig.start)]
    lo = breaks[-1] if breaks else lo
    hi = figures[i + 1].start if i + 1 < len(figures) else len(text)
    brk = _P_BREAK.search(text, fig.end, hi)
    return text[lo:brk.start() if brk else hi]


def measures_at_declared(c: Candidate, index: FactIndex, read: Callable[[str], frozenset]) -> frozenset:
    """The measures ``read`` finds in the clause of the fact's declared figure, else in its whole sentence."""
    clause = declared_clause(c, index)
    return (read(clause) if clause else frozenset()) or read(c.fact.statement or "")
