"""The part or place a figure's clause is of, as the words around it say: a named part the fact does not name
(``divisions.unnamed_part``), a part neither the clause nor the statement it points back to names
(``divisions.part_pointed_past``), and the place of a relative clause of place (``place_relatives`` of
``data/lang/<code>/claims.yaml``): « l'Orlande, où les ventes ont bondi de 9 % », "the Midlands, where sales rose
9 %" give the figure to the place the main clause ends on, which the clause itself does not write. A fact whose
sentence gives that figure to another place only (« porté par l'Estrie (+9 %) ») does not confirm it: each is left
unchecked (a related finding of rule ``region``, as a figure of another place: ``place.of_its_own_place``)."""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Quantity
from ..placenames import places_in
from ..resources import word_pattern
from .divisions import part_pointed_past, unnamed_part
from .findings import Finding
from .place import keyed, place_name, place_phrases, placed_figures, same_size


def of_its_clause(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A confirmed figure of a named part the fact does not name, of a part the statement pointed back to does not
    name, or of the place a relative clause of place follows, left unchecked (related, rule ``region``)."""
    return unnamed_part(claim, q, f, index) or part_pointed_past(claim, q, f, index) \
        or placed_by_its_antecedent(claim, q, f, index)


def placed_by_its_antecedent(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure of a relative clause of place (``place_relatives``: « l'Orlande, où les ventes ont bondi de 9 % », "the
    Midlands, where sales rose 9 %") is of the place its main clause names just before it: a fact whose sentence gives
    that figure to another place only (« porté par l'Estrie (+9 %) ») does not confirm it; unchecked (related). Not
    when the clause names a place of its own."""
    if claim.role != "relative" or f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None \
            or not word_pattern("claims", r"^(?:{place_relatives})(?![\w'’-])").match(claim.text.strip().lower()):
        return None
    mine = [p for fq, p in placed_figures(f.fact, index) if same_size(q, fq) == "supports"]
    if not mine or None in mine or places_in(claim.text) or place_phrases(claim.text):
        # (a clause that names places of its own, "where Ivory Coast and Ghana account for …", is theirs)
        return None
    ante = _place_ending(claim.context_text, keyed(index))
    if ante is None or ante in mine:
        return None
    return Finding("related", "region", f.fact, f"{q.text.strip()!r} is of the place its clause follows; the source gives "
                                                f"it for another place: {f.fact.statement}")


def _place_ending(text: str, key) -> Optional[str]:
    """The place a clause ends on (« … doit beaucoup à l'Orlande, »), keyed; None when it ends on anything else."""
    end = len(text.rstrip(" ,;:"))
    ends = [key(n) for m in place_phrases(text) if m.end() >= end - 1 and (n := place_name(m.group("place")))]
    ends += [key(text[a:b]) for a, b, _ in places_in(text) if b >= end - 1]
    return ends[0] if ends else None

