"""A bare figure of a measure the source list counts in a unit of its own: "estimated the magnitude of the quake at
6.3", « une magnitude de 5,9 ». The figure has no unit after it, so it would be read as a small bare number and
asserted nothing; but its clause names, before it, the word a fact of the candidates declares as its unit and
writes right before its own figure ("had an estimated magnitude of 6.1", unit ``magnitude``). The claim's figure is then
read in that unit, and compared with the fact that gives the same measure: 6.3 against 6.1 is a wrong figure, "more
than 8" a wrong bound. A word the unit table knows (a currency, a percentage) or one the fact does not write before
its figure is no such unit.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import units
from ..match import Candidate
from ..model import Claim
from ..text import fold
from ..resources import compiled

_P_DECLARED_WORDS = compiled(r"[^\W\d_]{3,}")

_BREAK = re.compile(r"[,;:()]")


def with_declared_units(claim: Claim, cands: list[Candidate]) -> Claim:
    """The claim with each bare figure read in the unit a candidate fact declares, when the figure's clause names
    that unit's word before it as the fact's sentence does (see the module); the claim itself otherwise."""
    # (only the small bare figures otherwise asserted nothing: a larger bare one is compared as it is)
    small = [q.unit is None and q.value is not None and abs(q.value) < 100 and q.start >= claim.start
             for q in claim.quantities]
    words = _declared_words(cands) if any(small) else None
    if not words:
        return claim
    changed, out = False, []
    for q, is_small in zip(claim.quantities, small):
        unit = _named_before(claim, q, words) if is_small else None
        out.append(replace(q, unit=unit) if unit else q)
        changed = changed or bool(unit)
    return replace(claim, quantities=out) if changed else claim


def _declared_words(cands: list[Candidate]) -> dict[str, str]:
    """folded word → declared unit, for each candidate whose declared unit is a word the unit table does not know
    and its sentence writes before its figure."""
    out: dict[str, str] = {}
    for c in cands:
        fq = c.fact.quantity
        unit = fq.unit if fq is not None else None
        if not unit or not _P_DECLARED_WORDS.fullmatch(unit) or units.lookup(unit) is not None:
            continue
        text = fold(c.fact.statement or "")
        word = fold(unit)
        # (right before its figure, a few words at most: "a magnitude of 6.1", « de magnitude 5,9 »; a counted noun,
        # "3,412 deaths", follows its figure)
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?:\W+[^\W\d]+){0,2}\W+(?!(?:1[89]|20)\d\d(?!\d))\d", text):
            out[word] = unit
    return out


def _named_before(claim: Claim, q, words: dict[str, str]):
    """The declared unit whose word the figure's clause writes before it, or None."""
    before = claim.text[:q.start - claim.start]
    breaks = list(_BREAK.finditer(before))
    clause = fold(before[breaks[-1].end():] if breaks else before)
    for word, unit in words.items():
        # (the word of this figure, not the noun another figure counts: "3,412 deaths across all four regions")
        m = None
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", clause):
            pass
        if m is None:
            continue
        at = q.start - claim.start - len(clause) + m.start()      # (the word's offset in the claim's text)
        others = [x for x in claim.quantities if x is not q and x.unit != "year" and x.start >= claim.start]
        if not any(at < x.start - claim.start < q.start - claim.start or 0 <= at - (x.end - claim.start) <= 2
                   for x in others):
            return unit
    return None
