"""Rule ``date`` on a confirmed claim's own dates (issue 8: "a statement is supported only if all of it is"):
each date or month a claim states is a part, confirmed by the fact that confirms the claim, refuted by a date
the fact gives for the same thing, else unchecked — and a month named without its year decides the period."""
from __future__ import annotations

import pytest

from factcheck.checks.numbers import find_months
from factcheck.checks.report import parts

from test_slots import checker_for, last_statement

LIST = """
version: 1
sources:
  - id: health
    title: Waiting times, monthly figures
    published: 2025-09-11
    facts:
      - id: target
        statement: The target is to bring the share waiting more than a year below 1 % by March 2026.
        quantity: {value: 1, unit: percent, bound: at-most}
      - id: ae-aug
        statement: Four-hour A&E performance fell to 75.9 % in August 2025, from 76.4 % in July.
        quantity: {value: 75.9, unit: percent}
        as_of: 2025-08
      - id: ae-jul
        statement: 76.4 % of A&E patients were seen within four hours in July 2025.
        quantity: {value: 76.4, unit: percent}
        as_of: 2025-07
      - id: inquiry
        statement: The regulator opened its inquiry in September 2022 and fined the company 12 million euros.
        quantity: {value: 12e6, unit: EUR}
  - id: logement
    title: Prix des logements anciens
    published: 2025-06-01
    facts:
      - id: loyers
        statement: Les loyers ont augmenté de 2,1 % en 2024 ; la hausse doit être plafonnée d'ici mars 2026.
        quantity: {value: 2.1, unit: percent}
        as_of: 2024
  - id: corlune
    title: Corlune, résultats annuels 2024
    published: 2025-02-20
    facts:
      - id: ventes
        statement: Les ventes de Corlune ont atteint 412 millions d'euros en 2024.
        quantity: {value: 412e6, unit: EUR}
        as_of: 2024
      - id: benefice
        statement: Corlune renoue en 2024 avec le bénéfice pour la première fois depuis 2011.
        as_of: 2024
      - id: profit
        statement: In 2024 Corlune returned to profit for the first time since 2011.
        as_of: 2024
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the date the source gives for the same thing, another in the article: that part is refuted
    ("The share is to be brought below 1 % by March 2027.", "en", "contradicted", "date"),
    ("The share is to be brought below 1 % by March 2026.", "en", "supported", "date"),
    ("The regulator opened its inquiry in 2021 and fined the company 12 million euros.", "en", "contradicted", "date"),
    ("La hausse des loyers, de 2,1 % en 2024, doit être plafonnée d'ici mars 2027.", "fr", "mixed", "date"),
    ("La hausse des loyers, de 2,1 % en 2024, doit être plafonnée d'ici mars 2026.", "fr", "supported", "date"),
    # a month without its year is the figure's period: July's figure given for August is a wrong period
    ("76.4 % of patients were seen within four hours in August.", "en", "contradicted", "period"),
    ("75.9 % of patients were seen within four hours in August.", "en", "supported", "quantity"),
    # December ending twelve months is the calendar year a fact of the year gives
    ("Corlune booked €412m of sales over the twelve months to December.", "en", "supported", "date"),
    ("Sur l'exercice clos fin décembre, les ventes de Corlune ont atteint 412 millions d'euros.", "fr", "supported", "date"),
    # a "since" year another fact of the same source and period writes after the same words
    ("Avec 412 millions d'euros de ventes, Corlune renoue avec le bénéfice pour la première fois depuis 2011.",
     "fr", "supported", "date"),
    ("On sales of €412m, Corlune returned to profit for the first time since 2011.", "en", "supported", "date"),
])
def test_stated_dates(checker, text, lang, want, rule):
    st = last_statement(checker, text, lang)
    assert (st.verdict, rule in {r for c in st.claims for r in c.rules}) == (want, True), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang", [
    # a month alone, or one ending twelve months other than the calendar year's: not the year's fact
    ("Corlune's sales in December came to €412m.", "en"),
    ("Sur les douze mois à fin juin, les ventes de Corlune ont atteint 412 millions d'euros.", "fr"),
    ("On sales of €412m, Corlune returned to profit for the first time since 2009.", "en"),
    ("On sales of €412m, Corlune's exports fell for the first time since 2011.", "en"),
    ("On sales of €412m, Corlune's profit fell for the first time since 2011.", "en"),
])
def test_a_month_that_ends_no_calendar_year_stays_unchecked(checker, text, lang):
    assert last_statement(checker, text, lang).verdict != "supported"


def test_a_date_no_fact_gives_leaves_the_statement_unverified(checker):
    st = last_statement(checker, "Back in October, the regulator fined the company 12 million euros.")
    got = {p["text"]: p["status"] for p in parts(st)}
    assert got == {"12 million euros": "confirmed", "October": "unchecked"} and st.verdict == "unverified"


@pytest.mark.parametrize("text, want", [
    ("within four hours in August.", [(8, "at")]),
    ("since March, prices rose", [(3, "since")]),
    ("en août, le prix", [(8, "at")]),
    ("d'ici juin", [(6, "until")]),
    ("in August 2025", []),                  # with its year: a date, not a bare month
    ("Mars is a planet; prices may rise", []),   # French month names are lower case; "may" is a verb
    ("le 5 mars, il a dit", [(3, "at")]),
])
def test_find_months(text, want):
    assert [(m, rel) for m, _, _, rel in find_months(text)] == want


@pytest.mark.parametrize("text, lang, value", [
    ("a mean temperature of 16.13C", "en", 16.13),      # the British press's glued Celsius
    ("une moyenne de 14,0 °C", "fr", 14.0),
    ("it reached 40.3 °C", "en", 40.3),
])
def test_degrees_celsius_are_a_unit(text, lang, value):
    from factcheck.checks.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == [(value, "degC")]


OWN_MONTH = """
version: 1
entities:
  korvane: {names: [Korvane Logistique, Korvane]}
sources:
  - id: korvane-2025
    title: Korvane, lettre aux actionnaires
    published: 2025-12-02
    facts:
      - id: cause-fr
        statement: La révision de l'objectif de Korvane reflète la prudence des chargeurs et le repli du fret aérien.
        subject: korvane
        as_of: 2025-09
      - id: cause-en
        statement: The cut to Korvane's target reflects cautious shippers and weaker river freight.
        subject: korvane
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # a month alone that the fact's sentence does not write, its own date at the month gives it
    ("En septembre, Korvane avait mis en avant la prudence des chargeurs et le repli du fret aérien.", "fr", "supported"),
    ("In September, Korvane pointed to cautious shippers and weaker river freight.", "en", "supported"),
    # another month stays unchecked
    ("En juin, Korvane avait mis en avant la prudence des chargeurs et le repli du fret aérien.", "fr", "unverified"),
    ("In June, Korvane pointed to cautious shippers and weaker river freight.", "en", "unverified"),
])
def test_a_month_alone_given_by_the_fact_s_date(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OWN_MONTH), text, lang, when=("2 December 2025", "2 décembre 2025"))
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]
    assert want != "supported" or "terms" in {r for c in st.claims for r in c.rules}
