"""A bound the claim writes at the very figure that ends the source's range or bounds it the other way: "at least
£50m" against "up to £50m", « au moins 2,65 euros » against « entre 2,60 et 2,65 euros », "below 5 million" against
"more than 5 million" — the source's ceiling turned into a floor, or its floor into a ceiling. The number says which
fact the article means, whatever the reading of its period, measure or place left it: the fact its clause is first
about (``scaleslip.first_facts``) refutes the bound (``quantity-bound``) when it writes that very number as an end
or a bound and the bound points past it (``compare.compare_quantity``); asked last, for a figure no rule decided.
"""
from __future__ import annotations

import math

from ..compare import bound_note, compare_quantity, fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .findings import Finding
from .scaleslip import first_facts, may_hold, undecided_figures

RULE_ID = "quantity-bound"


def bounds_past_an_end(claim: Claim, found: list, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """For each bound of the claim that no finding decided (``scaleslip.undecided_figures``), the refutation by the
    fact its clause is first about, when that fact writes its very number as the end it points past."""
    if not any(q.bound in ("at-least", "at-most") for q in claim.quantities):
        return []                      # (no bound: the figures left undecided are not read; a declared unit keeps its bound)
    if not may_hold(cands):
        return []                      # (no fact ``first_facts`` could give: the figures left undecided are not read)
    return [f for q in undecided_figures(claim, found, cands) if q.bound in ("at-least", "at-most")
            for f in _past_an_end(claim, q, cands, index)]


def _past_an_end(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    if not q.value:
        return []
    for c in first_facts(claim, q, cands, index, as_written=False):
        fq = c.fact.quantity
        ends = (fq.max, fq.value if fq.bound == "at-most" else None) if q.bound == "at-least" \
            else (fq.min, fq.value if fq.bound == "at-least" else None)
        if any(e is not None and math.isclose(e, q.value, rel_tol=1e-9) for e in ends) \
                and compare_quantity(q, fq) == ("contradicts", "bound"):
            return [Finding("contradicts", RULE_ID, c.fact,
                            f"wrong bound: the source gives {fmt_quantity(fq)}, the article {q.text.strip()!r}"
                            f"{bound_note(fq)}; the source: {c.fact.statement.rstrip('.')}", part=q.text.strip())]
    return []
