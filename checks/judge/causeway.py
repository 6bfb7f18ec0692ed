"""The way a named cause moved a measure: a figure of change a claim gives as what its subject did to a measure
("Currency movements lifted revenue by 3 %", « Les effets de change ont réduit le chiffre d'affaires de 3 % »)
is the change of the fact that names that cause; a fact giving the same size for the measure's own change
("Revenue rose 3 %") is no confirmation of it, and the cause's fact going the other way ("Currency movements
reduced revenue by 3 %") refutes it — every part of the claim, its cause and its way too, must agree."""
from __future__ import annotations

import functools

from ..compare import compare_quantity, negated
from ..factread import direction_of
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..resources import compiled, words
from ..text import fold
from .figures import signed

_P_CAUSE_KEYS = compiled(r"[^\W\d_][\w'’-]*")


def cause_goes_otherwise(claim: Claim, q: Quantity, window: str, verdicts: list, good: list,
                         index: FactIndex) -> bool:
    """Whether the closest fact gives the claim's figure of change the other way and names every word of the cause
    the claim writes before its verb of change, while no agreeing fact does: "Currency movements lifted revenue by
    3 %" against "Currency movements reduced revenue by 3 %" beside "Revenue rose 3 %" (« Les effets de change ont
    dopé le chiffre d'affaires de 3 % » against « … ont réduit … de 3 % » beside « … a augmenté de 3 % »)."""
    first, how, _ = verdicts[0]
    if how != "contradicts" or any(c is first for c, _, _ in good):
        return False
    return all(cause_named_only_by(claim, q, window, first, c, index) for c, _, _ in good)


def cause_named_only_by(claim: Claim, q: Quantity, window: str, a: Candidate, b: Candidate, index: FactIndex) -> bool:
    """Whether fact ``a`` gives the claim's figure of change the other way and names every word of the cause the
    claim writes before its verb of change, and fact ``b`` does not name it ("Currency movements" of "Currency
    movements lifted revenue by 3 %": a fact on currency movements, not one on revenue alone); False when the
    claim names no cause."""
    if a.fact.quantity is None or compare_quantity(negated(signed(q, claim, a.fact, window)),
                                                   a.fact.quantity)[0] != "supports":
        return False                       # (not the same size the other way: another figure, not another way)
    cause = _cause_keys(claim, q, index)
    return bool(cause) and cause <= index.fact_keys(a.fact) and not cause <= index.fact_keys(b.fact)


def _cause_keys(claim: Claim, q: Quantity, index: FactIndex) -> set:
    """The content words a claim writes before its first verb of change, ahead of its figure, when it writes at
    least two ("Currency movements" of "Currency movements lifted revenue by 3 %"); none when the words before the
    verb are the measure itself ("Revenue rose 3 %"), which names no cause of its own."""
    text = claim.text[:max(0, q.start - claim.start)]
    for m in _P_CAUSE_KEYS.finditer(text):
        if fold(m.group(0)) in _change_verbs() or direction_of(text[:m.end()]) is not None:
            keys = {k for k in index.text_keys(text[:m.start()]) if k[:2] == "w:"}
            return keys if len(keys) >= 2 else set()
    return set()


@functools.lru_cache(maxsize=None)
def _change_verbs() -> frozenset[str]:
    """The words of change of every language read that say no way of their own ("lifted", "moved")."""
    return frozenset(fold(w) for w in words("numbers", "range_change_words"))
