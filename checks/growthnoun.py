"""A noun of growth that names the rate measured, not a rise: « la croissance interne est tombée à 2,4 % », "organic
growth slowed to 1.3 %" — the verb after it says how that rate moved (``growth_rate_nouns`` of each language's
``measures.yaml``)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .resources import word_pattern

_BREAK = re.compile(r"[,;:()]")
_FIGURE = re.compile(r"(?<![\w.,])\d(?:[\d.,\u00a0\u202f]*\d)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def growth_rate_moved(text: str, named: Callable[[str], Optional[str]]) -> Optional[str]:
    """The way a verb of change after a noun of growth, before any figure and in its clause, says the rate of growth
    moved, when it is a fall or no change and nothing before the noun names a way: « la croissance interne d'Ipsos
    est tombée à 2,4 % » fell, "Organic growth slowed to 1.3 %" fell (``named`` reads the way a stretch of text
    names); None otherwise — "growth of 5 %", « une croissance de 5 % », "growth of 5 % despite lower volumes" (a
    figure before the other way) are rises."""
    figure = next((f for f in _FIGURE.finditer(text) if not _YEAR.fullmatch(f.group(0))), None)
    head = text[:figure.start()] if figure else text
    m = word_pattern("measures", r"(?<!\w)(?:{growth_rate_nouns})(?!\w)", re.IGNORECASE).search(head)
    if m is None or named(head[:m.start()]):
        return None
    rest = head[m.end():]
    stop = _BREAK.search(rest)
    way = named(rest[:stop.start()] if stop else rest)
    return way if way in ("decrease", "unchanged") else None


def growth_share(claim_text: str, q, statement: str) -> tuple[bool, bool]:
    """Whether a figure is a share of a growth rate, which is in points whether written in points or in per cent:
    (the claim's words right after its figure, the fact's right after its figure of the same number) link it to a
    noun of growth, a name or a possessive between at most ("added 2.3 points to Velmor's growth", « 2,3 points de
    croissance », « ont contribué pour 2,3 % à la croissance »)."""
    after = word_pattern("measures", r"^\s*(?:%\s*)?(?:{growth_share_linkers})\s+(?:[\w'’-]+\s+)?"
                                     r"(?:{growth_rate_nouns})(?!\w)", re.IGNORECASE)
    at = claim_text.find(q.text) if q.text else -1
    mine = at >= 0 and bool(after.search(claim_text[at + len(q.text):]))
    theirs = any(after.search(statement[f.end():]) and abs(_value(f.group(0)) - abs(q.value or 0)) < 1e-9
                 for f in _FIGURE.finditer(statement))
    return mine, theirs


def _value(figure: str) -> float:
    """A figure's number, its decimal mark a point or a comma ("2,3", "2.3"); NaN when it reads as none."""
    try:
        return float(figure.replace("\u00a0", "").replace("\u202f", "").replace(",", "."))
    except ValueError:
        return float("nan")
