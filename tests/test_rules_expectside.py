"""Rule tests: figures in the items of an aim or a forecast — a range tied to its noun by a participle in an item of
an aim (``expectitems``: « une marge comprise entre 10 % et 11 % »), and a forecast's bound of one item that makes no
starting level of the next (``agreement.earlier_level``: "sales growth greater than 4 % and a margin greater than
12 %")."""
from __future__ import annotations

import pytest

from rulehelpers import assert_rule, checker_for, last_statement


LIST = """
version: 1
sources:
  - id: velmor-fy25
    title: Velmor full-year results 2025
    published: 2026-02-20
    facts:
      - id: guidance-2026
        statement: For 2026, Velmor expects total sales growth greater than 4.0% at constant exchange rates and an operating margin greater than 12.0% of sales.
        subject: velmor
        quantity: {value: 4.0, unit: percent, bound: at-least}
        as_of: 2026
      - id: margin-range
        statement: Pour 2027, Velmor vise un chiffre d'affaires stable et une marge d'Ebitda comprise entre 10 % et 11 % du chiffre d'affaires.
        subject: velmor
        quantity: {min: 10, max: 11, unit: percent}
        as_of: 2027
entities:
  velmor: {names: [Velmor]}
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the second item of a forecast: its bound is its own, not a starting level the first figure came from
    ("For 2026, Velmor expects sales growth of more than 4% and an operating margin of more than 12%.", "en",
     "supported", "quantity"),
    # a range tied to its noun by a participle, in an item of an aim
    ("Pour 2027, Velmor vise un chiffre d'affaires stable et une marge d'Ebitda comprise entre 10 % et 11 %.", "fr",
     "supported", "quantity"),
])
def test_items_of_an_aim_are_met_by_the_aim(checker, text, lang, want, rule):
    assert_rule(last_statement(checker, text, lang, when=("20 February 2026", "20 février 2026")), want, rule)


TARGET = """
version: 1
entities:
  orvane: {names: [Orvane]}
sources:
  - id: orvane-fy25
    title: Résultats annuels 2025 d'Orvane
    publisher: orvane
    published: 2026-02-26
    facts:
      - id: objectif-2025
        statement: L'objectif annuel 2025 d'Orvane était une croissance organique des ventes de +8 % à +10 %.
        subject: orvane
        quantity: {min: 8, max: 10, unit: percent}
        as_of: 2025
      - id: organique-2025
        statement: En 2025, la croissance organique du chiffre d'affaires d'Orvane a atteint 10,6 %.
        subject: orvane
        quantity: {value: 10.6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a growth that happened, of one value, is not met by the range the target's noun names: the result refutes it
    ("En 2025, la croissance organique d'Orvane a atteint 8,7 %.", "fr", "contradicted", "quantity"),
    # controls: the result itself; the target said as a target
    ("En 2025, la croissance organique d'Orvane a atteint 10,6 %.", "fr", "supported", "quantity"),
    ("Orvane visait pour 2025 une croissance organique de 8 % à 10 %.", "fr", "supported", "quantity"),
])
def test_a_result_is_not_met_by_a_target_range(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TARGET), text, lang), want, rule)
