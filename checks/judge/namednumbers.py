"""A number that is part of a name as written, right after a capitalised word, which the reader read as no figure
("the FTSE 100 owner of warehouses", « l'indice CAC 40 », "Windows 11": ``numbers/figure.py`` reads it as a label):
it names, it asserts no count, and a clause that writes it leaves no number unchecked for that."""
from __future__ import annotations

from ..model import Claim
from ..resources import compiled
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
