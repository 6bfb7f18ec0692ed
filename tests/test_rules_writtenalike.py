"""The same date or unit written two ways on the two sides: a financial year's label ("FY2026") is the year the
article writes in digits ("its 2026 financial year", ``judge/periods.writes_fiscal_year``); a date the date rule
confirms stays confirmed when another rule confirmed the same words as a whole ("by the end of 2026" alone,
``judge/parts.claim_parts``); « par titre » after a figure is per share, as « par action » (``per_noun_same`` of
``measures.yaml``), but « le titre » alone is no rate; a short clause of a fact's sentence (« en publié ») gives a
figure the claim writes with all its words (« en données publiées ») beside a figure another clause of that sentence
confirmed (``judge/clausefacets.own_clause_measure``)."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

VELMOR = """
version: 1
entities:
  velmor:
    names: [Velmor]
sources:
  - id: velmor-fy25
    title: Velmor preliminary results for the year to June 2025
    published: 2025-09-10
    facts:
      - id: payroll
        statement: Velmor is making a £20m annualised payroll reduction that takes effect in the first half of FY2026.
        subject: velmor
        quantity: {value: 20000000, unit: GBP}
        as_of: 2025-09
      - id: charges
        statement: Velmor expects to incur about 1.8 billion dollars of restructuring charges, mainly severance, by the end of 2026.
        subject: velmor
        quantity: {value: 1.8e9, unit: USD}
        as_of: 2026
"""

NORVEL = """
version: 1
entities:
  norvel:
    names: [Norvel]
sources:
  - id: norvel-2024
    title: Résultats annuels 2024 de Norvel
    published: 2025-03-12
    facts:
      - id: anr
        statement: L'actif net réévalué de Norvel dépasse 24 € par titre fin 2024.
        subject: norvel
        quantity: {value: 24, unit: EUR per share, bound: at-least}
        as_of: 2024-12
      - id: rbe
        statement: Le RBE de Norvel atteint 721 millions d'euros en 2024, en baisse de 10 % en publié et de 3 % sur une base comparable.
        subject: norvel
        quantity: {value: 721000000, unit: EUR, bound: exact}
        as_of: 2024
      - id: dividende
        statement: Le dividende proposé au titre de 2024 s'élève à 1,05 euro par action.
        subject: norvel
        quantity: {value: 1.05, unit: EUR per share}
        as_of: 2024
"""


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    return {"velmor": checker_for(tmp_path_factory, VELMOR), "norvel": checker_for(tmp_path_factory, NORVEL)}


@pytest.mark.parametrize("name, text, lang, want, rule", [
    # a financial year's label is the year written in digits
    ("velmor", "Velmor is cutting its payroll by £20m a year, with the saving due to take effect in the first half of "
               "its 2026 financial year.", "en", "supported", "date"),
    ("velmor", "Velmor is cutting its payroll by £20m a year, with the saving due to take effect in the first half of "
               "its 2028 financial year.", "en", "unverified", None),
    # a date alone, confirmed by the date rule as by shared words
    ("velmor", "Velmor expects about $1.8bn of restructuring charges, mostly severance, by the end of 2026.", "en",
     "supported", "date"),
    ("velmor", "Velmor expects about $1.8bn of restructuring charges, mostly severance, by the end of 2028.", "en",
     "unverified", None),
    # « par titre » after a figure: per share
    ("norvel", "L'actif net réévalué de Norvel dépasse désormais 24 euros par titre.", "fr", "supported", "quantity"),
    # (« le titre », the stock, is no rate: its price is no dividend per share)
    ("norvel", "Le titre Norvel a perdu 2,8 % jeudi, à 48,60 euros.", "fr", "unverified", None),
    # a short clause of the fact's sentence, each of its words the claim's, beside a figure another clause confirmed
    ("norvel", "Le RBE de Norvel s'établit à 721 millions d'euros, en baisse de 10 % en données publiées et d'environ "
               "3 % à base comparable.", "fr", "supported", "quantity"),
    ("norvel", "Le RBE de Norvel s'établit à 721 millions d'euros, en baisse de 14 % en données publiées et d'environ "
               "3 % à base comparable.", "fr", "unverified", None),
])
def test_one_date_or_unit_written_two_ways(lists, name, text, lang, want, rule):
    assert_outcome(last_statement(lists[name], text, lang, when=("12 March 2025", "12 mars 2025")), want, rule)
