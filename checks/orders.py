"""Stage 3c, an order between two things a text states ("wind has overtaken gas", « derrière le gaz »), read by
the same reader for claims and facts (``order_of``), and whether words of order are only the bound of an amount
after them ("the first time in more than a decade": ``bounds_an_amount``). Word lists: ``slots.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .numbers import find_quantities
from .slots import last_clause, slot_patterns
from .terms import LANGS, concepts_in, content_stems
from .text import fold


@functools.lru_cache(maxsize=8192)
def order_of(text: str) -> Optional[tuple[str, str]]:
    """``(first, second)``: the first content word of what a text puts ahead and of what it puts behind
    ("wind has overtaken gas" → ("wind", "gas"); "gas remained narrowly ahead of wind" → ("gas", "wind");
    "derrière le gaz" puts the gas first); None without such a phrase or without both sides."""
    t = slot_patterns()
    folded = fold(text)
    for key, flip in (("ahead", False), ("behind", True)):
        rx = t[key]
        m = next((m for m in rx.finditer(folded) if not bounds_an_amount(folded, m.start(), m.end())), None) if rx else None
        if m:
            skip = t["skip"]
            head = last_clause(folded[:m.start()])
            left = [w for w in content_stems(head) if w not in skip]
            if not left:                  # ", narrowly ahead of wind": what is ahead is the sentence's subject
                head = folded[:m.start()]
                left = [w for w in content_stems(head) if w not in skip]
            right = [w for w in content_stems(folded[m.end():]) if w not in skip]
            if not left or not right:
                return None
            a, b = _item(head, left[0]), _item(folded[m.end():], right[0])
            return (b, a) if flip else (a, b)
    return None


def bounds_an_amount(folded: str, start: int, end: int) -> bool:
    """Whether the words of order at ``start:end`` are the bound of an amount after them, not an order between two
    things: a figure they qualify ("more than six years", "less than four years after", « dépasse 20 % de la production ») or a span
    of time with its article (``order_bounded_spans``: "the first time in more than a decade")."""
    spans, after = slot_patterns()["amount_spans"], end + len(folded[end:]) - len(folded[end:].lstrip())
    if spans is not None and spans.match(folded, after):
        return True
    # (the figure with its qualifier, "more than six", or right after a verb of exceeding, « dépasse 20 % »)
    return any(q.start in (0, after - start) for lang in LANGS for q in find_quantities(folded[start:start + 60], lang))


def _item(text: str, first_stem: str) -> str:
    """What a side of a comparison names, as a concept when the lexicon knows one ("l'éolien" and "wind"
    are both ``renewable``), so a claim and a fact in two languages compare; else its first word."""
    words = re.findall(r"[\w'’-]+", text)
    for w in words[:6]:
        concepts = concepts_in(w)
        if concepts:
            return "c:" + concepts[0]
        if first_stem in content_stems(w):
            break
    return first_stem
