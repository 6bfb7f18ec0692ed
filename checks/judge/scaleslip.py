"""A figure that writes a fact's own figure at another power of ten, its scale slipped: "finance costs jumped to
£1.84bn" against "finance costs rose to £184.4m", « la trésorerie nette grimpe à 1,33 milliard d'euros » against
« atteint 133,4 M€ », "some 23 million deals" against 23,000 deals. The figure the article means is the one the
fact of its topic gives, whatever the reading of its period, measure or place left it: no other fact of the list
gives that figure at its scale, and the same digits are no chance (``quantity`` asks this last, when nothing
decided the figure). Of the facts with a figure of the claim's unit and topic (``topicality.substantive``), only
the one ranked first for the figure's clause (``figures.rank``) is held against it — the one a busy editor would
hold it against — and only when it gives the claim's very digits (``boundslip.slipped_digits``), or, for a figure
of three significant digits or more, the claim's figure to its rounding, ten, a hundred, a thousand (…) times over
or under (``compare.compare_quantity`` of the figure scaled): a wrong figure, ``quantity-magnitude``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity, magnitude_note, scale_factor
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from ..unitkeys import written_digits
from .boundslip import slipped_digits
from .clauses import figure_window
from .figures import rank, units_fit
from .countednoun import unit_as_declared
from .findings import Finding, judged_figure
from .topicality import substantive

RULE_ID = "quantity-magnitude"
_POWERS = tuple(10.0 ** k for k in (1, 2, 3, 6, 9, 12)) + tuple(10.0 ** -k for k in (1, 2, 3, 6, 9, 12))
_DECIDED = ("supports", "contradicts", "outdated")


def scaled_by(cq: Quantity, fq: Optional[Quantity]) -> Optional[float]:
    """The power of ten (not 1) by which the source's figure, scaled, agrees with the claim's to its rounding; None
    when none does (or the claim's figure is that figure already)."""
    if not cq.value or fq is None or not (fq.value or fq.min or fq.max):
        return None
    plain = replace(cq, approximate=False)
    return None if compare_quantity(plain, fq)[0] == "supports" else scale_factor(plain, fq, _POWERS)


def _slip_of(q: Quantity, fq: Quantity) -> bool:
    """Whether the claim's figure is the source's at another scale: its very digits, "£25bn" for £2.5bn; or, with
    three digits or more, the source's to its rounding, "£1.84bn" for £184.4m (two digits rounded are too common to
    tell a slip from another figure: « 15 millions » is no slip of 1,489 milliard)."""
    return slipped_digits(q, fq) or written_digits(q.text) >= 3 and scaled_by(q, fq) is not None


def _an_amount(q: Quantity) -> bool:
    """A figure a slip of scale can mistake: an amount of money, a count or a measure, written with two significant
    digits or more (not a share, a change in per cent or points, a year or a multiple)."""
    kind = unit_class(q.unit) or ""
    return bool(q.unit) and q.value is not None and kind not in ("share", "times", "points", "year") \
        and q.unit not in ("percent", "points", "percentage points", "year") and written_digits(q.text) >= 2


def undecided_figures(claim: Claim, found: list, cands: list[Candidate]) -> list[Quantity]:
    """The figures of the claim that no finding decided (``found``, by the figure it is of), each read in the unit a
    candidate declares (``unit_as_declared``): those a rule asked last may still refute."""
    decided = {f.part for f in found if f.relation in _DECIDED}
    return [unit_as_declared(claim, q, cands) for q in claim.quantities
            if judged_figure(claim, q) and q.text.strip() not in decided]


def slipped_scales(claim: Claim, found: list, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """For each figure of the claim that no finding of the rules decided (``undecided_figures``), the fact its clause
    is first about when that fact gives its digits at another scale: a refutation (``quantity-magnitude``). None when
    no candidate has a figure and shares with the claim something it is about (``held``): the fact that refutes is one
    of ``first_facts``, drawn from those alone — then the figures left undecided are not read (an exact short cut:
    most claims of a text have no such candidate: 7,069 of the 9,577 judged on 1 MB of prose)."""
    if not may_hold(cands):
        return []
    return [f for q in undecided_figures(claim, found, cands) for f in _slipped(claim, q, cands, index)]


def _slipped(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The refutation of one figure by the fact ranked first for its clause, when that fact gives it at another scale
    and no fact of its unit and topic gives it as written."""
    # (a figure of fewer than three digits is a slip only of a fact that writes its very digits, ``_slip_of``: a cheap
    # test of every candidate first, most figures then need no ranking of the facts)
    if not _an_amount(q) or written_digits(q.text) < 3 and not any(slipped_digits(q, c.fact.quantity) for c in cands):
        return []
    top = next((c for c in first_facts(claim, q, cands, index) if _slip_of(q, c.fact.quantity)), None)
    if top is None:
        return []
    fq = top.fact.quantity
    return [Finding("contradicts", RULE_ID, top.fact,
                    f"wrong figure: the source gives {fmt_quantity(fq)}, the article {q.text.strip()!r} "
                    f"({fmt_quantity(q)}){magnitude_note(q, fq)}; the source: {top.fact.statement.rstrip('.')}",
                    part=q.text.strip())]


def may_hold(cands: list[Candidate]) -> bool:
    """Whether some candidate may be among the facts ``first_facts`` ranks (whatever the figure): it has a figure and
    shares with the claim something it is about (``topicality.substantive``). When none does, ``first_facts`` is empty
    for every figure of the claim, and a rule that reads only its facts finds nothing."""
    return any(c.fact.quantity is not None and substantive(c) for c in cands)


def first_facts(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex,
                as_written: bool = True) -> list[Candidate]:
    """The fact a figure's clause is first about among those with a figure of its unit and topic (``figures.rank``),
    each figure of its sentence read as a fact of its own ("£35 million … and a further £45 million a year");
    ``as_written``: none when some such fact gives the figure as written (then it is no slip: another reading left
    it; not asked of a bound, which many figures meet)."""
    held = [c for c in cands if c.fact.quantity is not None and substantive(c) and units_fit(q, c.fact, index, claim) is None]
    if not held:
        return []                      # (nothing to rank: the figure's window is not read)
    ranked = rank(q, claim, figure_window(claim, q), held, index)
    plain = replace(q, approximate=False)
    if not ranked or as_written and any(compare_quantity(plain, c.fact.quantity)[0] == "supports" for _, c in ranked):
        return []
    first = (ranked[0][1].fact.source, ranked[0][1].fact.id)
    return [c for _, c in ranked if (c.fact.source, c.fact.id) == first]
