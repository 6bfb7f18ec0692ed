"""Rule tests: a fact about another thing than the claim's figure refutes nothing — a total paid for a price per
share, a margin for a share of the sales, a plan for what a party has, a year's denial by another year's event —
each a sentence checked against an inline source list, its verdict and the rule that decided it."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement


LIST = """
version: 1
sources:
  - id: velmor
    title: Velmor annual results 2025
    published: 2026-02-26
    facts:
      - id: returns
        statement: In 2025 Velmor paid €98m of dividends and bought back €290m of its own shares.
        quantity: {value: 290000000, unit: EUR}
        as_of: 2025
      - id: margin
        statement: Velmor's operating margin was 9.7% of sales in 2025.
        quantity: {value: 9.7, unit: percent}
        as_of: 2025
      - id: stores
        statement: In the year ahead Velmor plans to open 10 new stores.
        quantity: {value: 10, unit: stores}
        as_of: 2026
      - id: buyback-2024
        statement: In 2024 Velmor bought back shares worth €200m.
        quantity: {value: 200000000, unit: EUR}
        as_of: 2024
"""

LISTE = """
version: 1
sources:
  - id: norvel
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: dividende
        statement: Le dividende par action de Norvel sera de 0,75 euro au titre de 2025.
        quantity: {value: 0.75, unit: EUR}
        as_of: 2025
      - id: marge
        statement: La marge opérationnelle de Norvel atteint 7,6 % du chiffre d'affaires en 2025.
        quantity: {value: 7.6, unit: percent}
        as_of: 2025
      - id: magasins
        statement: Norvel projette d'ouvrir 12 nouveaux magasins en 2026.
        quantity: {value: 12, unit: magasins}
        as_of: 2026
      - id: objectifs
        statement: Norvel abaisse ses objectifs 2024 et vise une croissance comprise entre 1 % et 2 %.
        as_of: 2024
"""


@pytest.fixture(scope="module")
def measure_checkers(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, LIST), "fr": checker_for(tmp_path_factory, LISTE)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # a price per share against a total paid: only a fact that writes the rate ("per share", « par action ») gives it
    ("Velmor will propose a dividend of €0.60 per share.", "en", "unverified", None),
    ("Velmor bought back €250m of its own shares in 2025.", "en", "contradicted", "quantity"),
    ("Norvel versera un dividende de 0,80 euro par action au titre de 2025.", "fr", "contradicted", "quantity"),
    ("Norvel versera un dividende de 0,75 euro par action au titre de 2025.", "fr", "supported", "quantity"),
    # a share of the sales is no margin on them
    ("Professional coffee makes up 19% of Velmor's sales in 2025.", "en", "unverified", None),
    ("Velmor's operating margin was 10.7% of sales in 2025.", "en", "contradicted", "quantity"),
    ("Les modèles électriques pèsent 9 % des ventes de Norvel en 2025.", "fr", "unverified", None),
    ("La marge opérationnelle de Norvel atteint 8,6 % du chiffre d'affaires en 2025.", "fr", "contradicted", "quantity"),
    # what a party plans is no count of what it has
    ("Velmor, which has 457 stores, reported its results on Thursday.", "en", "unverified", None),
    ("In the year ahead Velmor plans to open 14 new stores.", "en", "contradicted", "quantity"),
    ("Norvel, qui compte 457 magasins, a publié ses résultats jeudi.", "fr", "unverified", None),
    ("Norvel projette d'ouvrir 15 nouveaux magasins en 2026.", "fr", "contradicted", "quantity"),
    # a denial set in a year written before it is not refuted by another year's event
    ("Pour 2025, la direction de Norvel n'a pas communiqué d'objectif de croissance.", "fr", "unverified", None),
    ("Pour 2025, la direction de Norvel n'a pas communiqué d'objectifs.", "fr", "unverified", None),
    ("Pour 2024, la direction de Norvel n'a pas communiqué d'objectifs.", "fr", "contradicted", "negation"),
    ("In 2023, Velmor did not buy back any shares.", "en", "unverified", None),
    ("In 2024, Velmor did not buy back any shares.", "en", "contradicted", "negation"),
])
def test_a_fact_of_another_measure_refutes_nothing(measure_checkers, text, lang, want, rule):
    assert_outcome(last_statement(measure_checkers[lang], text, lang), want, rule)


PARTIES = """
version: 1
entities:
  velmor-biotech: {names: [Velmor Biotech]}
  velmor-ag: {names: [Velmor AG]}
sources:
  - id: velmor-biotech-2025
    title: Velmor Biotech annual results 2025
    published: 2026-02-26
    facts:
      - id: revenue
        statement: Velmor Biotech's revenue was €2.8bn in 2025.
        quantity: {value: 2800000000, unit: EUR}
        as_of: 2025
      - id: dividend
        statement: Velmor Biotech proposed a dividend of €0.80 per share for 2025, up 5%, a third of its net profit.
        quantity: {value: 0.80, unit: EUR per share}
        as_of: 2025
      - id: holder
        statement: Velmor AG holds 72% of Velmor Biotech's shares.
        quantity: {value: 72, unit: percent}
        as_of: 2025
"""

PARTIES_FR = """
version: 1
entities:
  norvel-biotech: {names: [Norvel Biotech]}
  norvel-sa: {names: [Norvel SA]}
sources:
  - id: norvel-biotech-2025
    title: Norvel Biotech, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: chiffre-affaires
        statement: Le chiffre d'affaires 2025 de Norvel Biotech s'élève à 2 800 millions d'euros.
        quantity: {value: 2800000000, unit: EUR}
        as_of: 2025
      - id: dividende
        statement: Norvel Biotech propose un dividende de 0,80 euro par action au titre de 2025, en hausse de 5 %, soit un tiers de son résultat net.
        quantity: {value: 0.80, unit: EUR per action}
        as_of: 2025
      - id: actionnaire
        statement: Norvel SA détient 72 % du capital de Norvel Biotech.
        quantity: {value: 72, unit: percent}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def party_checkers(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, PARTIES), "fr": checker_for(tmp_path_factory, PARTIES_FR)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of a party of the list that the disagreeing fact does not name (its parent, named in apposition)
    ("Its parent, Velmor AG, posted revenue of €3.4bn in 2025.", "en", "unverified", None),
    ("Velmor Biotech posted revenue of €3.4bn in 2025.", "en", "contradicted", "quantity"),
    ("Sa maison mère, Norvel SA, a réalisé un chiffre d'affaires de 3 400 millions d'euros en 2025.", "fr", "unverified", None),
    ("Norvel Biotech a réalisé un chiffre d'affaires de 3 400 millions d'euros en 2025.", "fr", "contradicted", "quantity"),
])
def test_a_fact_of_another_party_than_the_one_named_in_apposition_refutes_nothing(party_checkers, text, lang, want, rule):
    assert_outcome(last_statement(party_checkers[lang], text, lang), want, rule)



SCOPES = """
version: 1
entities:
  velmor: {names: [Velmor, Velmor Homes]}
  norvel: {names: [Norvel, groupe Norvel]}
sources:
  - id: velmor-2025
    title: Velmor Homes annual results 2025
    published: 2026-02-26
    facts:
      - id: completions-excl
        statement: Velmor's completions excluding joint ventures were 8,412 homes in 2025.
        subject: velmor
        quantity: {value: 8412, unit: homes}
        as_of: 2025
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: livraisons-hors
        statement: Les livraisons de Norvel hors coentreprises ont atteint 6 215 logements en 2025.
        subject: norvel
        quantity: {value: 6215, unit: logements}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact gives with a part taken out is not the figure of the whole with that part put in
    ("Velmor's completions, including joint ventures, came to 8,412 homes in 2025.", "en", "contradicted",
     "quantity-measure"),
    ("Les livraisons de Norvel, y compris les coentreprises, ont atteint 6 215 logements en 2025.", "fr",
     "contradicted", "quantity-measure"),
    ("Velmor's completions excluding joint ventures came to 8,412 homes in 2025.", "en", "supported", None),
    ("Les livraisons de Norvel hors coentreprises ont atteint 6 215 logements en 2025.", "fr", "supported", None),
])
def test_a_part_put_in_against_a_part_taken_out(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SCOPES), text, lang), want, rule)
