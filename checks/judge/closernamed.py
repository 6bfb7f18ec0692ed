"""A figure one fact gives while the closest fact, of the thing the claim names, refutes it: "Latin American sales,
led by Mexico, rose 9 %" against "North American sales rose 9 %" and "Latin American sales rose 6 %, led by Mexico",
« les ventes de la zone Sud ont progressé de 9 % » against « la zone Nord progresse de 9 % » and « la zone Sud
progresse de 6 % ». The words that name what the figure measures, before it in the claim (from the figure before
it, if any), that the refuting fact writes and the agreeing one does not, among them a name of the claim's, with a
name of the agreeing fact's own (written with its capital, « Nord ») that neither the claim nor the refuting fact
writes, say that the agreeing fact measures another thing: its figure is not the claim's."""
from __future__ import annotations

import re

from ..language import clause_language
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..terms import content_stems
from .findings import Finding

_NAMING = ("w:", "e:")


def _named_before(claim: Claim, q: Quantity, index: FactIndex) -> tuple[set[str], set[str]]:
    """The keys of the words naming what the figure measures: those of the claim before it, from the end of the
    figure before it ("9 % in the North and 6 % in the South": the South's own); and those of its names (the list's
    entities, the words written with a capital)."""
    lo = max([x.end - claim.start for x in claim.quantities if 0 <= x.end <= q.start] + [0])
    text = claim.text[lo:max(lo, q.start - claim.start)]
    keys = {k for k in index.text_keys(text) if k[:2] in _NAMING}
    return keys, {k for k in keys if k[:2] == "e:"} | {"w:" + s for s in _capitalised(text)}


def _capitalised(text: str) -> set[str]:
    """The stems of the words a sentence writes with a capital inside it (not opening it, nor in capitals): the names
    of places, divisions and products (« Nord », "International")."""
    return {s for m in re.finditer(r"[^\W\d_]+", text) if m.group()[0].isupper() and not m.group().isupper()
            and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?") for s in content_stems(m.group())}


def named_by_the_closest(claim: Claim, q: Quantity, closest: Candidate, agreeing: Candidate, cands: list[Candidate],
                         index: FactIndex) -> bool:
    """Whether the refuting ``closest`` fact writes every naming word of the claim before the figure that the
    ``agreeing`` fact writes, and more, among them a name of the claim's, while the agreeing fact writes a name of
    its own in their place
    (words compare only within one language: both facts in the claim's)."""
    lang = clause_language(claim.text)
    if index.reading(closest.fact).language != lang or index.reading(agreeing.fact).language != lang:
        return False
    mine, names = _named_before(claim, q, index)
    near, far = index.fact_keys(closest.fact), index.fact_keys(agreeing.fact)
    own = _capitalised(agreeing.fact.statement or "") - _capitalised(closest.fact.statement or "") \
        - set(content_stems(claim.text)) - set(content_stems(closest.fact.statement or ""))
    if not (own and mine & near > mine & far and (mine & near) - far & names):
        return False
    # (a figure the place readings already give another place or part, ``place.of_its_own_place``, is theirs to judge)
    from .place import of_its_own_place        # (place reads the revised facts: imported when needed)
    found = Finding("supports", "quantity", agreeing.fact, "")
    return of_its_own_place(claim, q, found, cands, index) in (None, found)
