"""The period of a series (``judge/seriesperiod.py``): a list that gives one measure for several years is a series; a
figure equal to one member's confirms a claim of that member's period only. Last year's figure given as this year's,
with no year of its own in its sentence, is refuted by this year's member; a claim of its own period is confirmed;
a change written beside its starting level, and words that date the figure earlier, keep their own period."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

VELMARE = """
version: 1
entities:
  velmare:
    names: [Velmare]
sources:
  - id: velmare-accounts
    title: Velmare income statements
    facts:
      - id: sales-fy24
        statement: Le chiffre d'affaires de Velmare s'est élevé à 431,9 M€ sur l'exercice clos le 31 mars 2024, en hausse de 4,7 %.
        subject: velmare
        quantity: {value: 431.9e6, unit: EUR}
        as_of: 2024-03
      - id: sales-fy23
        statement: Le chiffre d'affaires de Velmare s'est élevé à 412,6 M€ sur l'exercice clos le 31 mars 2023.
        subject: velmare
        quantity: {value: 412.6e6, unit: EUR}
        as_of: 2023-03
      - id: sales-fy25
        statement: Le chiffre d'affaires de Velmare s'est élevé à 405,2 M€ sur l'exercice clos le 31 mars 2025, en baisse de 6,2 %.
        subject: velmare
        quantity: {value: 405.2e6, unit: EUR}
        as_of: 2025-03
"""


@pytest.fixture(scope="module")
def velmare(tmp_path_factory):
    return checker_for(tmp_path_factory, VELMARE)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the year before's figure, in a paragraph on 2023-24: refuted by 2023-24's member
    ("Velmare closed its 2023-2024 financial year in March with revenue up 4.7 %. Group sales thus came to €412.6m.",
     "en", "contradicted", None),
    ("Velmare a clos son exercice 2023-2024 au 31 mars sur des ventes en hausse de 4,7 %. Les ventes consolidées "
     "s'élèvent ainsi à 412,6 M€.", "fr", "contradicted", "series-period"),
    # the figure of the period spoken of: confirmed
    ("Velmare closed its 2023-2024 financial year in March with revenue up 4.7 %. Group sales thus came to €431.9m.",
     "en", "supported", "quantity"),
    # words that date the figure before the period spoken of: its own period, left to the other rules
    ("Velmare closed its 2023-2024 financial year in March with revenue up 4.7 %. In the previous year, group sales "
     "had come to €412.6m.", "en", "supported", None),
    # those words beside a later member's figure: refuted by the member of the year before
    ("Velmare closed its 2023-2024 financial year in March with revenue up 4.7 %. Group sales came to €431.9m in the "
     "previous year.", "en", "contradicted", "series-period"),
])
def test_a_figure_of_another_member_of_its_series(velmare, text, lang, want, rule):
    assert_outcome(last_statement(velmare, text, lang, when=("12 June 2024", "12 juin 2024")), want, rule)


MARGINS = """
version: 1
entities:
  orvel: {names: [Orvel]}
sources:
  - id: orvel-results
    title: Orvel results
    facts:
      - id: margin-2024
        statement: Orvel's operating margin was €310 million in 2024, or 5.1 % of revenue.
        subject: orvel
        quantity: {value: 310e6, unit: EUR}
        as_of: 2024
      - id: margin-2025
        statement: Orvel's operating margin was €352 million in 2025, or 5.6 % of revenue.
        subject: orvel
        quantity: {value: 5.6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # a member whose figure of the claim's family is written in its sentence, not declared: still the series
    ("Orvel's results for 2024 were published in March. Its operating margin came to 5.6 % of revenue.", "contradicted"),
    ("Orvel's results for 2024 were published in March. Its operating margin came to 5.1 % of revenue.", "supported"),
])
def test_a_series_member_s_written_figure(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, MARGINS), text, "en", when=("20 March 2025", "20 mars 2025"))
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


SPLIT = """
version: 1
entities:
  talmor: {names: [Talmor]}
sources:
  - id: talmor-results
    title: Talmor annual results
    facts:
      - id: net-2025
        statement: Le résultat net part du groupe de Talmor ressort à 243,6 millions d'euros en 2024-2025.
        subject: talmor
        quantity: {value: 243.6e6, unit: EUR}
        as_of: 2025-02
      - id: net-2024
        statement: Le résultat net part du groupe de Talmor était de 304,4 millions d'euros en 2023-2024.
        subject: talmor
        quantity: {value: 304.4e6, unit: EUR}
        as_of: 2024-02
"""


def test_members_that_write_their_split_years(tmp_path_factory):
    """Members whose sentences write their split years (« en 2023-2024 », « en 2024-2025 ») are one series all the
    same: in an article on 2024-2025, the year before's figure is refuted by the year's own."""
    st = last_statement(checker_for(tmp_path_factory, SPLIT), "Talmor a bouclé son exercice 2024-2025, clos fin "
                        "février. Le résultat net part du groupe s'établit à 304,4 millions d'euros.", "fr",
                        when=("5 June 2025", "5 juin 2025"))
    assert_outcome(st, "contradicted", "series-period")


BRENWICK = """
version: 1
entities:
  brenwick: {names: [Brenwick]}
sources:
  - id: brenwick-fy25
    title: Brenwick results for the year to March 2025
    facts:
      - id: pat-fy25
        statement: Brenwick profit after tax was £4.5m in the financial year to March 2025.
        subject: brenwick
        quantity: {value: 4.5e6, unit: GBP, bound: exact}
        as_of: 2025-03
  - id: brenwick-fy24
    title: Brenwick results for the year to March 2024
    facts:
      - id: pat-fy24
        statement: Brenwick profit after tax was £69.2m in the financial year to March 2024, down 46.3%.
        subject: brenwick
        quantity: {value: 69.2e6, unit: GBP, bound: exact}
        as_of: 2024-03
"""


@pytest.mark.parametrize("text, want, rule", [
    # an opening that dates nothing: the figure is read in the series' latest period (members whose sentences write
    # their figures, '£4.5m' and '£69.2m', and a change beside one: one series all the same)
    ("Brenwick reported a steep drop in annual profit on Thursday, but said it had hit all four goals it set itself. "
     "Profit after tax slid to £69.2m.", "contradicted", "series-period"),
    ("Brenwick reported a steep drop in annual profit on Thursday, but said it had hit all four goals it set itself. "
     "Profit after tax slid to £4.5m.", "supported", "quantity"),
])
def test_a_figure_read_in_no_period(tmp_path_factory, text, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BRENWICK), text, "en", when=("5 June 2025", "5 juin 2025"))
    assert_outcome(st, want, rule)


def test_no_period_is_not_next_year_s_forecast(tmp_path_factory):
    """The latest period a figure read in no period is read in is that of the members on the confirming fact's side
    of expected and happened: next year's forecast of the measure does not make this year's figure another year's."""
    outlook = BRENWICK + """
  - id: brenwick-outlook
    title: Brenwick outlook
    facts:
      - id: pat-fy26
        statement: Brenwick profit after tax is forecast at £10m in the financial year to March 2026.
        subject: brenwick
        quantity: {value: 10e6, unit: GBP, bound: exact}
        as_of: 2026-03
"""
    st = last_statement(checker_for(tmp_path_factory, outlook), "Brenwick reported a steep drop in annual profit on "
                        "Thursday, but said it had hit all four goals it set itself. Profit after tax slid to £4.5m.",
                        "en", when=("5 June 2025", "5 juin 2025"))
    assert_outcome(st, "supported", "quantity")
