"""What a transfer hands over: money ("X paid Y", « X a versé … à Y ») or the thing traded ("X bought the unit from
Y", « X a cédé sa filiale à Y »), whose money goes the other way. A claim of money paid read against a fact of a
trade has the fact's giver and receiver the other way round (``judge/rules/roles.py``). The words: ``money`` and
``trade`` of the concepts in ``data/concepts.yaml``.
"""
from __future__ import annotations

from typing import Optional

from .resources import shared_data
from .roles import spec_concepts
from .tablestore import stored
from .terms import concepts_in, verb_table
from .text import fold, words


def money_concepts() -> frozenset[str]:
    """The concepts whose transfer is money ("pay", « verser »: ``money: true``)."""
    return spec_concepts("money", True)


@stored
def _trade_lemmas() -> frozenset[str]:
    """The verbs of buying and selling (``trade`` of a concept in ``data/concepts.yaml``), folded."""
    return frozenset(fold(str(w)) for spec in shared_data("concepts").get("concepts", {}).values()
                     for w in (spec.get("trade") or []))


def flow_of(text: str, verb: Optional[str]) -> Optional[str]:
    """What the giver hands the receiver in a transfer: "money" for a verb of paying (``money_concepts``: "X paid Y",
    « X a versé … à Y »), "goods" for a text that writes a verb or noun of buying or selling and no word of paying
    ("X bought the unit from Y", « la cession de l'usine à Y »: the thing goes one way, the money the other); None
    otherwise (a loan, a supply, a receipt: one flow only)."""
    money = money_concepts()
    if verb in money:
        return "money"
    table, trade = verb_table(), _trade_lemmas()
    said = [table.get(fold(w)) for w, _, _ in words(text)]
    if any(x is not None and x[0] in money for x in said) or set(concepts_in(text)) & money:
        return None
    traded = any(x is not None and x[1].lemma in trade for x in said) or \
        bool(set(concepts_in(text)) & spec_concepts("complement", "thing"))
    return "goods" if traded else None
