"""Rule tests: the support gate (``checks/judge/partgate.py``) — a figure a fact confirms, its measure noun written
with a word another fact of the same unit and date writes on its own measure (its qualifier, its channel) and the
confirming fact writes nowhere, is that other fact's measure: contradicted where that fact gives another figure; each a
sentence checked against an inline source list, its verdict and the rule."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement


LIST = """
version: 1
entities:
  tarvosk: {names: [Tarvosk, Tarvosk plc]}
  meridane: {names: [Méridane, groupe Méridane]}
sources:
  - id: tarvosk-2025
    title: Tarvosk full-year results 2025
    publisher: tarvosk
    published: 2026-03-04
    facts:
      - id: underlying-op
        statement: Tarvosk made a record underlying profit before taxation of £74.2m in 2025, up 8% on 2024.
        subject: tarvosk
        quantity: {value: 74.2e6, unit: GBP}
        as_of: 2025
      - id: statutory-op
        statement: Tarvosk's reported profit before taxation was £61.9m in 2025, compared with £55.0m in 2024.
        subject: tarvosk
        quantity: {value: 61.9e6, unit: GBP}
        as_of: 2025
      - id: canada
        statement: Tarvosk's sales in Canada were £210m in 2025.
        subject: tarvosk
        quantity: {value: 210e6, unit: GBP}
        as_of: 2025
      - id: mexico
        statement: Tarvosk's sales in Mexico came to £95m in 2025.
        subject: tarvosk
        quantity: {value: 95e6, unit: GBP}
        as_of: 2025
  - id: meridane-2025
    title: Méridane, résultats annuels 2025
    publisher: meridane
    published: 2026-02-25
    facts:
      - id: rai-ajuste
        statement: Méridane a dégagé un résultat avant impôt ajusté record de 42,3 millions d'euros en 2025.
        subject: meridane
        quantity: {value: 42.3e6, unit: EUR}
        as_of: 2025
      - id: rai-publie
        statement: Le résultat avant impôt publié de Méridane s'établit à 37,8 millions d'euros en 2025.
        subject: meridane
        quantity: {value: 37.8e6, unit: EUR}
        as_of: 2025
      - id: en-ligne
        statement: Les ventes en ligne de Méridane se sont élevées à 56,0 millions d'euros en 2025.
        subject: meridane
        quantity: {value: 56.0e6, unit: EUR}
        as_of: 2025
      - id: magasins
        statement: Les ventes des magasins de Méridane ont totalisé 180,5 millions d'euros en 2025.
        subject: meridane
        quantity: {value: 180.5e6, unit: EUR}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def gate_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # one fact's figure named with the word the other fact writes on its measure noun (its qualifier, its channel),
    # which the confirming fact does not write: the other fact, of the same unit and date, refutes it
    ("Reported pre-tax profit, which counts one-off costs, came in at £74.2m.", "en", "contradicted", "quantity-measure"),
    ("Tarvosk's reported profit, before tax, reached £74.2m.", "en", "contradicted", "quantity"),   # ("reported" after a possessive: the basis)
    ("Reported profit before tax, which counts one-off costs, came in at £74.2m.", "en", "contradicted",
     "quantity-measure"),
    ("Les ventes des magasins, qui ont souffert des grèves, ont atteint 56,0 millions d'euros.", "fr", "contradicted",
     "quantity-measure"),
    # controls: each figure named with its own fact's words
    ("Underlying pre-tax profit, which strips out one-off costs, came in at £74.2m.", "en", "supported", "quantity"),
    ("Le bénéfice avant impôt ajusté, qui exclut les éléments exceptionnels, ressort à 42,3 millions d'euros.", "fr",
     "supported", "quantity"),
    ("In Canada, Tarvosk's sales came to £210m in 2025.", "en", "supported", "quantity"),
    ("Les ventes en ligne de Méridane ont atteint 56,0 millions d'euros en 2025.", "fr", "supported", "quantity"),
])
def test_a_figure_named_as_another_facts_measure(gate_checker, text, lang, want, rule):
    assert_outcome(last_statement(gate_checker, text, lang), want, rule)
