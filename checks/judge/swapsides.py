"""Two figures of one sentence given to each other's side: the claim writes the same two figures as the fact that
confirms one of them, each in a clause of its own, but with the words of the other's clause.

"Norvel holds 60 % of the venture and Velmor the remaining 40 %" against "The venture is 60 % owned by Velmor and 40 %
owned by Norvel"; « Les ventes en Estrie ont progressé de 6 %, contre 3 % en Orval » against « Les ventes en Orval ont
progressé de 6 %, contre 3 % en Estrie ». Each figure is right on its own and the words around the two figures are the
fact's: only which side gets which is wrong, and that is what the sentence asserts. The sides are read as the content
words of each figure's clause (between clause breaks: a comma, "and", « et »; a bracket's words left out, and the
words of a way, "rose", « a reculé », which go with the figure, not its side) that the other figure's clause does not
write: a figure's side is swapped when its words are those of the other figure's clause in the fact, both ways — or
one way, when neither figure's words are those of its own clause in the fact (« les produits à sa marque ont
perdu 7 %, alors que ceux vendus sous marque de distributeur gagnaient 2 % » against « les activités à marques de
Velmor ont progressé de 2 %, tandis que les activités à marques de distributeurs ont reculé de 7 % »: "own brands"
written another way, the distributors' side is the other figure's).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..language import clause_language
from ..match import FactIndex
from ..model import CONTRADICTED, SUPPORTED, ClaimResult, Part
from ..numbers import find_quantities
from ..resources import compiled
from ..factread import DIRECTIONS
from ..terms import concepts_in, content_stems
from .findings import fact_by_id, sentence
from .place import clause_break

RULE_ID = "region"       # the rule id of the refutation: the figure of another side while the one named has another

_BRACKETS = compiled(r"\([^()]*\)")


def figure_sides(text: str) -> dict[float, frozenset[str]]:
    """Each figure a text writes alone in its clause -> the content stems of that clause (a figure written twice, or
    a clause with two figures, left out): "60 % owned by Velmor" -> {own, velmor}."""
    text = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text or "")
    figures = [q for q in find_quantities(text, clause_language(text)) if q.value is not None and q.start >= 0]
    bounds = [0, *(m.start() for m in clause_break().finditer(text) if not _in_number(text, m.start())), len(text)]
    sides: dict[float, frozenset[str]] = {}
    seen: set[float] = set()
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [q for q in figures if lo <= q.start < hi]
        if len(inside) != 1:
            continue
        value = inside[0].value
        if value in seen:
            sides.pop(value, None)
            continue
        seen.add(value)
        sides[value] = frozenset(w for w in content_stems(text[lo:hi]) if not set(concepts_in(w)) & set(DIRECTIONS))
    return sides


def _in_number(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a decimal or thousands separator between digits (« 4,4 % »)."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def swapped_pair(claim_text: str, fact_text: str) -> Optional[tuple[float, float]]:
    """Two figures both texts write, each alone in its clause, whose clauses' own words (those the other figure's
    clause does not write) the fact gives the other way round, both ways; None otherwise."""
    mine, theirs = figure_sides(claim_text), figure_sides(fact_text)
    common = sorted(set(mine) & set(theirs))
    for i, x in enumerate(common):
        for y in common[i + 1:]:
            cx, cy = mine[x] - mine[y], mine[y] - mine[x]
            fx, fy = theirs[x] - theirs[y], theirs[y] - theirs[x]
            if cx & fy and cy & fx or _one_way(cx, cy, fx, fy) or _one_way(cy, cx, fy, fx):
                return x, y
    return None


def _one_way(cx: frozenset, cy: frozenset, fx: frozenset, fy: frozenset) -> bool:
    """Whether the claim's second figure has words of the fact's first figure's side, and neither figure words of
    its own side in the fact, each figure with words of its own on both sides (not "rose 147 %, to $2.94" against
    "were $2.94, up 147 % from a year ago": a level and its change, the sentence cut another way)."""
    return all((cx, cy, fx, fy)) and bool(cy & fx) and not cy & fy and not cx & fx


def swapped_sides(results: list[ClaimResult], text: str, index: FactIndex) -> list[ClaimResult]:
    """The supported claims of a statement whose figure the confirming fact writes beside another figure of the
    statement, on the other's side (``swapped_pair``): contradicted (rule ``region``)."""
    return [_swapped(r, text, index) or r if r.verdict == SUPPORTED and r.claim.quantities else r for r in results]


def _swapped(r: ClaimResult, text: str, index: FactIndex) -> Optional[ClaimResult]:
    values = {q.value for q in r.claim.quantities if q.value is not None}
    for e in r.evidence:
        fact = fact_by_id(index, e.source, e.fact) if e.relation == "supports" else None
        pair = swapped_pair(text, fact.statement) if fact is not None else None
        if pair is None or not values & set(pair):
            continue
        ev = replace(e, relation="contradicts")
        msg = f"wrong side: the source gives the two figures the other way round: {fact.statement}"
        part = next(q.text.strip() for q in r.claim.quantities if q.value in pair)
        parts = tuple(p for p in r.parts if p.text != part) + (Part(part, "contradicted", RULE_ID, f"{e.source}/{e.fact}"),)
        return ClaimResult(r.claim, CONTRADICTED, sentence(msg), [ev], 0.75, [*r.rules, RULE_ID], r.wrong_actor, parts)
    return None
