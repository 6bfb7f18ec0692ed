"""Whether any candidate fact can bear on a figure at all, asked before its clause is read: the quantity rule
(``rules/quantity.py``) compares a figure only with the facts of its topic (``figures.is_topical``) or the facts that
count its very noun or give its very figure (``bears_by_figure``); with none such, and no share, multiple or rate the
sources' figures could give by a computation (``rules/derived.py``), it finds nothing, whatever the figure's clause
says — so that clause (its window, its family of measures, its ages, what it counts) is not read. An exact gate: it
changes no finding, only the work done for the many figures of a text no fact of the list is about ("Velmor sold
4,000 bikes" against a list on Norvel's rail traffic; « Velmor a vendu 4 000 vélos » against the same list).
"""
from __future__ import annotations

from dataclasses import replace

from ..compare import compare_quantity, far_apart
from ..match import Candidate, FactIndex, digits_key, unit_class, value_key, written_digits
from ..model import Claim, Quantity
from .agreement import precise
from .countednoun import counted_noun, counts_the_same
from .topicality import is_topical, substantive


def bears_by_figure(claim: Claim, q: Quantity, c: Candidate, index: FactIndex, counting: bool, exact: bool) -> bool:
    """Whether a fact bears on the figure by the figure itself, whatever its topic: it counts the same noun
    (``counting``: the figure's unit is a counted noun), or it gives exactly the article's precise figure (``exact``),
    or its digits (a slip of magnitude): a fact that gives exactly the article's precise figure is retrieved by it, even
    when its words are few in common (a fact in the other language); what it measures is still checked after."""
    return counting and counts_the_same(claim, q, c, index) \
        or exact and (not far_apart(q, c.fact.quantity) and compare_quantity(replace(q, approximate=False), c.fact.quantity) == ("supports", "")
                      or digits_key(q.value or 0) in c.shared)


def telling_figure(q: Quantity, index: FactIndex) -> bool:
    """Whether a figure says by itself which fact the article means: a precise one (``agreement.precise``), or one of
    two significant digits that a single fact of the list gives (« la valeur du portefeuille a progressé de 4,1 % »
    against the one fact of 4.1 %, "The portfolio valuation rose 4.1%"; "Romania tops the table with 5.4 %" against
    « La Roumanie affiche le taux le plus élevé, 5,4 % »): a fact that gives it exactly bears on it, even in the other
    language, with few words in common; what it measures, when and where, is still checked after."""
    if precise(q):
        return True
    if q.value is None or q.unit == "year" or written_digits(q.text) != 2:
        return False
    return len(index.postings.get(value_key(q.value), ())) == 1


def bears_on_nothing(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> bool:
    """Whether no candidate can bear on the figure (``q`` in its declared unit, ``countednoun.unit_as_declared``): none
    of its topic, none the rule holds (``held``) that bears on it by the figure itself, and the figure is no share, multiple or rate
    (``derived`` reads those against every candidate). Then the quantity rule finds nothing for it: its pool is
    empty whichever candidates the clause's reading would leave (it only takes some away), the starting levels are
    read of the topic's facts only (``beforechange``, ``agreement.starting_level_of``), and so is a figure written
    beside a declared one (``beside.written_beside``)."""
    if any(is_topical(c) for c in cands):
        return False
    kind = unit_class(q.unit) or ""
    if kind in ("share", "times") or " per " in kind:
        return False
    counting, exact = counted_noun(q.unit), telling_figure(q, index)
    if not (counting or exact):
        return True                    # (then no fact bears on it by the figure itself: ``bears_by_figure``)
    # (the pool is drawn from the facts the rule holds, ``held``: with a figure, about something the claim names or
    # counting its noun — asked first, as the rule asks it, so that a figure is compared only with those)
    return not any(c.fact.quantity and (substantive(c) or counting and counts_the_same(claim, q, c, index))
                   and bears_by_figure(claim, q, c, index, counting, exact) for c in cands)
