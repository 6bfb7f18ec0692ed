"""Rule tests: the basis of a measure — underlying, adjusted or statutory, « courant » or « publié », organic or as
reported, continuing operations or the whole — makes one measure of a family another: a figure is confirmed only by a
fact of the claim's basis, each a sentence checked against an inline source list, its verdict and the rule."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement


LIST = """
version: 1
entities:
  dravelle: {names: [Dravelle, groupe Dravelle]}
sources:
  - id: dravelle-2025
    title: Résultats annuels 2025 de Dravelle
    publisher: dravelle
    published: 2026-03-04
    facts:
      - id: roc
        statement: Le résultat opérationnel courant de Dravelle a atteint 61,2 millions d'euros en 2025.
        subject: dravelle
        quantity: {value: 61.2e6, unit: EUR}
        as_of: 2025
      - id: ro
        statement: Le résultat opérationnel de Dravelle s'est élevé à 57,8 millions d'euros en 2025, soit 9,1 % des ventes.
        subject: dravelle
        quantity: {value: 57.8e6, unit: EUR}
        as_of: 2025
      - id: recurring-ebitda
        statement: Dravelle's recurring EBITDA was 83.4 million euros in 2025.
        subject: dravelle
        quantity: {value: 83.4e6, unit: EUR}
        as_of: 2025
      - id: ebitda
        statement: Dravelle's EBITDA came to 79.6 million euros in 2025, after restructuring charges.
        subject: dravelle
        quantity: {value: 79.6e6, unit: EUR}
        as_of: 2025
      - id: net
        statement: Le résultat net part du groupe de Dravelle est de 42,6 millions d'euros en 2025.
        subject: dravelle
        quantity: {value: 42.6e6, unit: EUR}
        as_of: 2025
      - id: poursuivies
        statement: Le résultat des activités poursuivies s'élève à 38,1 millions d'euros en 2025 ; celui des activités abandonnées à 4,5 millions.
        quantity: {value: 38.1e6, unit: EUR}
        as_of: 2025
      - id: net-income
        statement: Dravelle's net income was 42.6 million euros in 2025.
        subject: dravelle
        quantity: {value: 42.6e6, unit: EUR}
        as_of: 2025
      - id: continuing
        statement: Profit from continuing operations came to 38.1 million euros in 2025.
        quantity: {value: 38.1e6, unit: EUR}
        as_of: 2025
      - id: pretax
        statement: Dravelle's profit before tax was 51.3 million euros in 2025.
        subject: dravelle
        quantity: {value: 51.3e6, unit: EUR}
        as_of: 2025
      - id: exploitation-2024
        statement: Le résultat d'exploitation courant de Dravelle a reculé de 3,4 % à 71,5 millions d'euros en 2024, et le résultat d'exploitation a baissé de 9,8 % à 66,2 millions d'euros.
        subject: dravelle
        quantity: {value: 71.5e6, unit: EUR}
        as_of: 2024
      - id: operating-2024
        statement: Dravelle's recurring operating profit fell 2.1% to 88.0 million euros in 2024, and its operating profit fell 7.7% to 80.5 million euros.
        subject: dravelle
        quantity: {value: 88.0e6, unit: EUR}
        as_of: 2024
      - id: fcf-avant
        statement: Le flux de trésorerie disponible de Dravelle avant charges de restructuration a atteint 24,7 millions d'euros en 2025.
        subject: dravelle
        quantity: {value: 24.7e6, unit: EUR}
        as_of: 2025
      - id: fcf-apres
        statement: Le flux de trésorerie disponible de Dravelle après charges de restructuration a atteint 19,9 millions d'euros en 2025.
        subject: dravelle
        quantity: {value: 19.9e6, unit: EUR}
        as_of: 2025
      - id: ocf-before
        statement: Dravelle's operating cash flow before exceptional items was 33.2 million euros in 2025.
        subject: dravelle
        quantity: {value: 33.2e6, unit: EUR}
        as_of: 2025
      - id: ocf-after
        statement: Dravelle's operating cash flow after exceptional items was 29.8 million euros in 2025.
        subject: dravelle
        quantity: {value: 29.8e6, unit: EUR}
        as_of: 2025
      - id: one-off
        statement: Dravelle booked 6.4 million euros of exceptional net income in 2025.
        subject: dravelle
        quantity: {value: 6.4e6, unit: EUR}
        as_of: 2025
      - id: statutory-pretax
        statement: Dravelle's statutory pre-tax profit was 55.7 million euros in 2025.
        subject: dravelle
        quantity: {value: 55.7e6, unit: EUR}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def basis_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the recurring result's figure said of the result itself, which another fact gives: the wrong measure
    ("Le résultat opérationnel de Dravelle a atteint 61,2 millions d'euros en 2025.", "fr", "contradicted",
     "quantity-measure"),
    ("Dravelle's EBITDA reached 83.4 million euros in 2025.", "en", "contradicted", "quantity-measure"),
    # controls: each said on its own basis
    ("Le résultat opérationnel courant de Dravelle a atteint 61,2 millions d'euros en 2025.", "fr", "supported",
     "quantity"),
    ("Le résultat opérationnel de Dravelle a atteint 57,8 millions d'euros en 2025.", "fr", "supported", "quantity"),
    ("Dravelle's recurring EBITDA reached 83.4 million euros in 2025.", "en", "supported", "quantity"),
])
def test_a_recurring_result_is_not_the_result(basis_checker, text, lang, want, rule):
    assert_outcome(last_statement(basis_checker, text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the whole result's figure said of continuing operations, which another fact of the list gives: refuted by it
    ("Hors activités abandonnées, le bénéfice net atteint 42,6 millions d'euros en 2025.", "fr",
     "contradicted", "quantity-measure"),
    ("Excluding discontinued operations, net income was 42.6 million euros in 2025.", "en", "contradicted",
     "quantity-measure"),
    # controls: each on its own basis; a version the list does not tell apart, confirmed by the fact silent on it
    ("Hors activités abandonnées, le bénéfice atteint 38,1 millions d'euros en 2025.", "fr", "supported",
     "quantity"),
    ("Profit from continuing operations reached 38.1 million euros in 2025.", "en", "supported",
     "quantity"),
    ("Dravelle's adjusted profit before tax was 51.3 million euros in 2025.", "en", "supported", "quantity"),
    # a version named of another noun of the clause than the figure's measure: the figure's own fact confirms it
    ("The statutory figure was lifted by 6.4 million euros of exceptional net income in 2025.", "en", "supported",
     "quantity"),
])
def test_a_figure_of_continuing_operations(basis_checker, text, lang, want, rule):
    assert_outcome(last_statement(basis_checker, text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the recurring result's figure said of the result, which the same sentence gives in a clause of its own
    ("Le résultat d'exploitation de Dravelle s'est établi à 71,5 millions d'euros en 2024.", "fr", "contradicted",
     "quantity-measure"),
    ("Dravelle's operating profit was 88.0 million euros in 2024.", "en", "contradicted", "quantity-measure"),
    # controls: each figure said of its own clause's measure
    ("Le résultat d'exploitation courant de Dravelle s'est établi à 71,5 millions d'euros en 2024.", "fr",
     "supported", "quantity"),
    ("Dravelle's recurring operating profit was 88.0 million euros in 2024.", "en", "supported", "quantity"),
])
def test_a_recurring_result_beside_the_result(basis_checker, text, lang, want, rule):
    assert_outcome(last_statement(basis_checker, text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure before exceptional items said of the one after them: the list's figure after them refutes it
    ("Le flux de trésorerie disponible de Dravelle après charges de restructuration s'élève à 24,7 millions d'euros "
     "en 2025.", "fr", "contradicted", "quantity"),
    ("Dravelle's operating cash flow after exceptional items reached 33.2 million euros in 2025.", "en",
     "contradicted", "quantity"),
    # controls: each on its own side of the exceptional items
    ("Le flux de trésorerie disponible de Dravelle avant charges de restructuration s'élève à 24,7 millions d'euros "
     "en 2025.", "fr", "supported", "quantity"),
    ("Dravelle's operating cash flow after exceptional items reached 29.8 million euros in 2025.", "en", "supported",
     "quantity"),
])
def test_before_and_after_exceptional_items(basis_checker, text, lang, want, rule):
    assert_outcome(last_statement(basis_checker, text, lang), want, rule)


CURRENT = """
version: 1
entities:
  corvelle: {names: [Corvelle]}
sources:
  - id: corvelle-2025
    title: Corvelle full-year results 2025
    publisher: corvelle
    published: 2026-03-10
    facts:
      - id: current-margin
        statement: Corvelle's current operating margin was 11.7% of sales in 2025 on a reported basis.
        subject: corvelle
        quantity: {value: 11.7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "current operating" margin, income or profit is the English of « opérationnel courant »: the recurring result,
    # whatever basis (reported) its sentence also names
    ("La marge opérationnelle courante de Corvelle ressort à 11,7 % en 2025.", "fr", "supported", "quantity"),
    ("Corvelle's current operating margin came to 11.7% in 2025.", "en", "supported", "quantity"),
    # control: said of the adjusted margin, a version the fact does not name
    ("La marge opérationnelle ajustée de Corvelle ressort à 11,7 % en 2025.", "fr", "unverified", None),
])
def test_current_operating_is_the_recurring_result(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, CURRENT), text, lang), want, rule)


POSSESSIVE = """
version: 1
entities:
  halvane: {names: [Halvane]}
sources:
  - id: halvane-2025
    title: Halvane full-year results 2025
    publisher: halvane
    published: 2026-02-26
    facts:
      - id: organic
        statement: Halvane's organic revenue grew 5.0% in 2025.
        subject: halvane
        quantity: {value: 5.0, unit: percent}
        as_of: 2025
      - id: reported
        statement: Halvane's reported revenue fell 0.6% in 2025 compared with 2024.
        subject: halvane
        quantity: {value: -0.6, unit: percent}
        as_of: 2025
      - id: lfl-sales
        statement: Halvane's like-for-like sales grew 5.1% in 2025.
        subject: halvane
        quantity: {value: 5.1, unit: percent}
        as_of: 2025
      - id: sales
        statement: Halvane's reported sales were £2,292.7 million in 2025, up 4.0% from £2,203.8 million in 2024.
        subject: halvane
        quantity: {value: 2292.7e6, unit: GBP}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "reported" after a possessive is the basis, not a speech verb: the organic growth is not the reported one
    ("Halvane's reported revenue grew 5% in 2025.", "en", "contradicted", "quantity"),
    # the basis the measure noun takes before the figure is every figure's of the sentence that names none
    ("On a like-for-like basis, Halvane's sales grew 4.0% in 2025.", "en", "contradicted", "quantity"),
    # controls: the organic growth said as organic, the reported sales' rise said plainly
    ("Halvane's organic revenue grew 5% in 2025.", "en", "supported", "quantity"),
    ("Halvane reported sales of £2,292.7 million in 2025.", "en", "supported", "quantity"),
])
def test_reported_after_a_possessive_is_the_basis(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, POSSESSIVE), text, lang), want, rule)


SCOPE_AND_CURRENCY = """
version: 1
entities:
  ostrane: {names: [Ostrane]}
sources:
  - id: ostrane-h1-2025
    title: Chiffre d'affaires semestriel 2025 d'Ostrane
    publisher: ostrane
    published: 2025-07-24
    facts:
      - id: ventes-s1
        statement: Au premier semestre 2025, le chiffre d'affaires d'Ostrane progresse de 3,4 % à 812 millions d'euros, et de 1,2 % à périmètre et change constants.
        subject: ostrane
        quantity: {value: 1.2, unit: percent}
        as_of: 2025-06
      - id: ventes-ccy
        statement: À taux de change constants, le chiffre d'affaires d'Ostrane progresse de 2,5 % au premier semestre 2025.
        subject: ostrane
        quantity: {value: 2.5, unit: percent}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # organic growth is growth at constant scope and exchange rates: the two names of one basis agree
    ("Au premier semestre 2025, la croissance organique d'Ostrane a été de 1,2 %.", "fr", "supported", "quantity"),
    ("Ostrane's organic revenue grew 1.2% in the first half of 2025.", "en", "supported", "quantity"),
    # the figure at constant currency only (scope not restated) said as organic: refuted by the organic one
    ("Au premier semestre 2025, la croissance organique d'Ostrane a été de 2,5 %.", "fr", "contradicted", "quantity"),
])
def test_organic_is_at_constant_scope_and_currency(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SCOPE_AND_CURRENCY), text, lang), want, rule)
