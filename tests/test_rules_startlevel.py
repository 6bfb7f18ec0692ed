"""Rule ``quantity-start`` for a starting level another fact gives: the level reached's own fact writes another
(``checks/judge/startlevel.py``)."""
from __future__ import annotations

import pytest

from rulehelpers import assert_rule, checker_for, last_statement

START_AND_LEVEL = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-2025
    title: Norvel full-year results 2025
    published: 2026-03-04
    facts:
      - id: adjusted
        statement: Norvel's adjusted operating profit rose 20.8% to £29.0m in 2025, from £24.0m.
        subject: norvel
        quantity: {value: 29.0e6, unit: GBP}
        as_of: 2025
      - id: statutory
        statement: Norvel's statutory operating profit was £23.2m in 2025, up 4.5% from £22.2m.
        subject: norvel
        quantity: {value: 23.2e6, unit: GBP}
        as_of: 2025
      - id: dividend
        statement: Norvel's full-year dividend rose to 39.5p per share from 39.0p.
        subject: norvel
        quantity: {value: 0.395, unit: GBP per share}
        as_of: 2025
      - id: eps
        statement: Norvel's basic earnings per share were 36.6p in 2025.
        subject: norvel
        quantity: {value: 0.366, unit: GBP per share}
        as_of: 2025
  - id: velmor-2025
    title: Résultats annuels 2025 de Velmor
    published: 2026-02-21
    facts:
      - id: capitaux
        statement: Les capitaux propres de Velmor atteignent 262,1 millions d'euros fin 2025, contre 248,6 millions un an plus tôt.
        subject: velmor
        quantity: {value: 262.1e6, unit: EUR}
        as_of: 2025-12
      - id: tresorerie
        statement: La trésorerie de Velmor s'élève à 231,4 millions d'euros fin 2025.
        subject: velmor
        quantity: {value: 231.4e6, unit: EUR}
        as_of: 2025-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the level's own fact writes where it started: another fact's figure beside it is of something else
    ("Norvel's adjusted operating profit rose almost 21% to £29.0m, from £22.2m a year earlier.", "en", "mixed",
     "quantity-start"),
    ("Norvel lifted its full-year dividend to 39.5p from 37p.", "en", "mixed", "quantity-start"),
    ("Les capitaux propres de Velmor atteignent 262,1 millions d'euros, contre 231,4 millions un an plus tôt.", "fr",
     "mixed", "quantity-start"),
    # the start the level's fact writes confirms it
    ("Norvel's adjusted operating profit rose to £29.0m from £24.0m a year earlier.", "en", "supported", "quantity"),
    ("Norvel lifted its full-year dividend to 39.5p from 39p.", "en", "supported", "quantity"),
])
def test_a_start_is_the_one_its_level_fact_writes(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, START_AND_LEVEL), text, lang), want, rule)
