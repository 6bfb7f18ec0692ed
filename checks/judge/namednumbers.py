"""A number that is part of a name as written, right after a capitalised word, which the reader read as no figure
("the FTSE 100 owner of warehouses", « l'indice CAC 40 », "Windows 11": ``numbers/figure.py`` reads it as a label):
it names, it asserts no count, and a clause that writes it leaves no number unchecked for that; and whether a claim
writes a number no fact's sentence gives (``numbers_unsaid``), in digits or bounded in words."""
from __future__ import annotations

from ..model import Claim
from ..numbers import find_quantities
from ..resources import compiled
from ..terms import LANGS
from .findings import written_numbers

_P_NAME_BEFORE = compiled(r"(?<![\w&.'’-])[\w&.'’-]*[A-ZÀ-Ý][\w&.'’-]*[ \t]\Z")


def name_numbers(claim: Claim, text: str) -> set[int]:
    """The offsets in ``text`` (the claim's text or its focus) of the numbers written right after a word with a
    capital that no figure of the claim covers: "FTSE 100" in "Segro, the FTSE 100 owner of warehouses", « CAC 40 »
    in « le CAC 40 a gagné 2 % » (its "2 %" is a figure, covered)."""
    shift = claim.text.find(text) if text != claim.text else 0
    if shift < 0:
        return set()
    spans = [(q.start - claim.start - shift, q.end - claim.start - shift) for q in claim.quantities]
    return {at for at, _ in written_numbers(text) if not any(a <= at < b for a, b in spans)
            and _P_NAME_BEFORE.search(text, max(0, at - 40), at)}


def numbers_unsaid(claim: Claim, statements: list[str], names: bool = True) -> bool:
    """Whether the claim writes a number (not a date) that none of ``statements`` writes: words in common then
    confirm nothing about it ("more than 90p of every pound"); without ``names``, not one that is part of a name
    ("the FTSE 100 owner": ``namednumbers.name_numbers``)."""
    dated = [(d.start - claim.start, d.end - claim.start) for d in claim.dates]
    stated = {v for s in statements for _, v in written_numbers(s)}
    named = set() if names else name_numbers(claim, claim.focus or claim.text)
    return any(v not in stated for at, v in written_numbers(claim.focus or claim.text)
               if not any(a <= at < b for a, b in dated) and at not in named) or _bound_unsaid(claim, statements, stated)


def _bound_unsaid(claim: Claim, statements: list[str], stated: set[float]) -> bool:
    """Whether the claim bounds a number it writes in words ("for the first time in more than nine years") that none
    of ``statements`` gives, in digits (``stated``) or in words: words in common confirm nothing of it."""
    bounded = [q for q in claim.quantities if q.bound in ("at-least", "at-most") and q.value is not None
               and not any(ch.isdigit() for ch in q.text)]
    if not bounded:
        return False
    said = stated | {x.value for s in statements for lang in LANGS for x in find_quantities(s, lang)}
    return any(q.value not in said for q in bounded)
