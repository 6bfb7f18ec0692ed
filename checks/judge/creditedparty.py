"""A figure the list gives for another party only, wrongly credited (``place.of_other_places``): the figure surely that
party's, by its digits or a second figure the fact's sentence writes too, and both sides parties, no places — a place
may lie inside another, and England's figure may be the United Kingdom's."""
from __future__ import annotations

from ..match import FactIndex
from ..model import Claim, Fact, Quantity, same_value
from ..placenames import place_id
from ..compare import compare_quantity
from .figures import fact_parties, significant_digits


def credited_to_another(claim: Claim, q: Quantity, fact: Fact, parties: set[str], index: FactIndex) -> bool:
    """Whether a figure the list gives for another party only is surely that party's, so wrongly credited: a figure
    written as it is (no bound), singled out by its digits (three significant ones or more) or by a second figure of
    the claim that the fact's sentence writes too, and parties that are no places (a place may lie inside another:
    England's figure may be the UK's). "Rival Ostrel posted a net profit of €486.3m" against "Norvel posted a net
    profit of €486.3m"; « Dorval a abaissé son objectif de 45 à 42 euros » against « Kestra Securities a abaissé son
    objectif de 45 euros à 42 euros »."""
    if q.bound in ("at-least", "at-most") or q.min is not None or any(_a_place(e, index) for e in parties) \
            or _vouched(claim, q, parties - fact_parties(fact, index), index):
        return False
    if significant_digits(q) >= 3:
        return True
    written = [x.value for x in index.reading(fact).quantities if x.value is not None]
    return any(p is not q and p.value is not None and p.value != q.value and any(same_value(p.value, v)
                                                                                  for v in written)
               for p in claim.quantities)


def _a_place(entity: str, index: FactIndex) -> bool:
    """Whether a party of the list is a place: one of its names is a place of the tables (``place_id``)."""
    ent = index.catalog.entities.get(entity)
    return ent is None or any(place_id(n) for n in ent.names)


def _vouched(claim: Claim, q: Quantity, named: set[str], index: FactIndex) -> bool:
    """Whether a fact of the claim's own party confirms another figure of the claim ("Dornovia held 17 % of the
    market with 232 million phones shipped", Dornovia's 17 % on the record): the figure may be one the list does
    not give for it, as ``otherparty`` reads it, not surely another's."""
    return any(p is not q and f.quantity is not None and named & fact_parties(f, index)
               and compare_quantity(p, f.quantity)[0] == "supports" for p in claim.quantities for f in index.facts)

