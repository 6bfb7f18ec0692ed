"""Rule tests (split from test_fact_slots.py): the scope of a figure — periods, years, months, quarters, halves,
places, series and sibling measures, opening phrases and figures pointing back to the sentence before."""
from __future__ import annotations

import re

import pytest

from rulehelpers import assert_outcome, assert_rule, assert_verdict, checker_for, last_statement


PRICES = """
version: 1
sources:
  - id: gas
    title: Prix repère du gaz
    published: 2025-08-01
    facts:
      - id: may
        statement: Au 1er mai 2025, le prix repère du gaz recule de 6,4 % ; le kWh pour le chauffage s'établit à 0,11619 € TTC.
        quantity: {value: -6.4, unit: percent}
        as_of: 2025-05
      - id: august
        statement: Au 1er août 2025, le prix repère du gaz recule de 0,34 %.
        quantity: {value: -0.34, unit: percent}
        as_of: 2025-08
      - id: household
        statement: Une famille de quatre personnes paie en moyenne 1 640 € de gaz par an.
        quantity: {value: 1640, unit: EUR}
  - id: queue
    title: Waiting list
    published: 2025-02-01
    facts:
      - id: backlog
        statement: The number of cases awaiting a decision fell by 5% in 2024.
        quantity: {value: -5, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # an opening "En mai," dates the figure; the kWh price is the May fact's other figure, not a wrong one
    ("En mai, le prix repère du gaz a reculé de 6,4 %, le kWh s'établissant à 0,11619 euro TTC.", "fr", "supported"),
    ("En août, le prix repère du gaz a reculé de 6,4 %.", "fr", "contradicted"),
    # the sentence's own figure read without its sign does not excuse a wrong direction
    ("The number of cases awaiting a decision rose by 5% in 2024.", "en", "contradicted"),
])
def test_opening_months_and_figures_beside_the_declared_one(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PRICES), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want, rule", [
    # "sur un an", "year on year" say what the change is measured over, not the year of the article
    ("Le trafic des tramways a progressé de 4,2 % sur un an.", "fr", "supported", "quantity"),
    ("Tram ridership rose 4.2% year on year.", "en", "supported", "quantity"),
    ("Tram ridership rose 5.2% year on year.", "en", "contradicted", "quantity"),
])
def test_over_a_year_is_no_year(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: trams
    title: Bilan annuel des transports urbains 2024
    published: 2025-03-02
    facts:
      - id: ridership
        statement: Tram ridership rose 4.2 % in 2024 compared with 2023.
        quantity: {value: 4.2, unit: percent}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated second figure is not another period's when the fact dating the first writes it beside it
    ("On April 19, wheat futures set all-time highs of 412 euros a tonne in Paris and 398 euros a tonne in Chicago.",
     "en", "supported", "quantity-alongside"),
    ("Le 19 avril, le blé a atteint des records de 412 euros la tonne à Paris et de 398 euros la tonne à Chicago.",
     "fr", "supported", "quantity-alongside"),
])
def test_a_figure_beside_a_confirmed_one_is_of_its_period(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: wheat
    title: Wheat market report 2024
    published: 2024-12-20
    facts:
      - id: april-record
        statement: On 19 April 2024 wheat futures reached all-time highs of 412 euros per tonne in Paris and 398 euros per tonne in Chicago.
        quantity: {value: 412, unit: EUR per tonne}
        as_of: 2024-04-19
      - id: chicago-april
        statement: Chicago wheat futures peaked at 398 euros per tonne on 19 April 2024.
        quantity: {value: 398, unit: EUR per tonne}
        as_of: 2024-04-19
      - id: chicago-december
        statement: Chicago wheat futures closed at 352 euros per tonne on 18 December 2024.
        quantity: {value: 352, unit: EUR per tonne}
        as_of: 2024-12-18
      - id: record-avril
        statement: Le 19 avril 2024, le blé a atteint des records de 412 euros la tonne à Paris et de 398 euros la tonne à Chicago.
        quantity: {value: 412, unit: EUR per tonne}
        as_of: 2024-04-19
      - id: chicago-avril
        statement: Le blé de Chicago a culminé à 398 euros la tonne le 19 avril 2024.
        quantity: {value: 398, unit: EUR per tonne}
        as_of: 2024-04-19
      - id: chicago-decembre
        statement: Le blé de Chicago a clôturé à 352 euros la tonne le 18 décembre 2024.
        quantity: {value: 352, unit: EUR per tonne}
        as_of: 2024-12-18
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a year after "after" / « après » is what the figure follows, not the figure's own year
    ("Les ventes de vin ont reculé de 12 % après une année 2022 exceptionnelle.", "fr", "supported", "quantity"),
    ("Wine sales fell 12% after a bumper 2022.", "en", "supported", "quantity"),
    ("Les ventes de vin ont reculé de 12 % en 2022.", "fr", "contradicted", "date"),
])
def test_a_year_after_after_is_no_figure_year(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: wine
    title: Wine market 2023
    published: 2024-02-01
    facts:
      - id: sales
        statement: Wine sales fell 12 % in 2023.
        quantity: {value: -12, unit: percent}
        as_of: 2023
      - id: sales-fr
        statement: Les ventes de vin ont reculé de 12 % en 2023.
        quantity: {value: -12, unit: percent}
        as_of: 2023
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a statement that points back to the one before: a fact of that statement's topic that states its figure,
    # the same way, confirms it; the other way, it is a wrong direction
    # (the 2023 share, which the fact gives as the start of 2024's, is 2023's level: rule quantity)
    ("Wind farms supplied 38.2% of the island's electricity in 2024. That compares with a share of 33.9% in 2023.",
     "en", "supported", "quantity"),
    ("Les éoliennes de l'île ont produit 1 240 GWh en 2024. C'est 12 % de plus qu'en 2023.",
     "fr", "supported", "quantity-alongside"),
    ("Les éoliennes de l'île ont produit 1 240 GWh en 2024. C'est 12 % de moins qu'en 2023.",
     "fr", "contradicted", "direction"),
])
def test_a_figure_pointing_back_is_judged_by_the_facts_of_the_statement_before(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: grid
    title: Island grid review 2024
    published: 2025-03-04
    facts:
      - id: wind-share
        statement: Wind farms provided 38.2 % of the island's electricity in 2024, up from 33.9 % in 2023.
        quantity: {value: 38.2, unit: percent}
        as_of: 2024
      - id: wind-output-fr
        statement: Les éoliennes de l'île ont produit 1 240 GWh en 2024, soit 12 % de plus qu'en 2023.
        quantity: {value: 1240, unit: GWh}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


WIND_OUTPUT = """
version: 1
sources:
  - id: grid
    title: Velmor grid review 2024
    published: 2025-03-04
    facts:
      - id: wind-output
        statement: Velmor's wind farms generated 1,240 GWh in 2024, 12 % more than in 2023.
        quantity: {value: 1240, unit: GWh}
        as_of: 2024
      - id: wind-output-fr
        statement: Les éoliennes de Velmor ont produit 1 240 GWh en 2024, soit 12 % de plus qu'en 2023.
        quantity: {value: 1240, unit: GWh}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a demonstrative of any gender or number (« cette », « cet », « ces », like "this", "these") or a possessive
    # (« leur(s) ») opening the sentence points back to the statement before: its figure is judged by that topic's facts
    ("Velmor's wind farms generated 1,240 GWh in 2024. This output was 12% higher than in 2023.",
     "en", "supported", "quantity-alongside"),
    ("Les éoliennes de Velmor ont produit 1 240 GWh en 2024. Cette production dépasse de 12 % celle de 2023.",
     "fr", "supported", "quantity-alongside"),
    ("Les éoliennes de Velmor ont produit 1 240 GWh en 2024. Cette production est inférieure de 12 % à celle de 2023.",
     "fr", "contradicted", "direction"),
    ("Les éoliennes de Velmor ont produit 1 240 GWh en 2024. Leur production a progressé de 12 % en un an.",
     "fr", "supported", "quantity-alongside"),
    ("Les éoliennes de Velmor ont produit 1 240 GWh en 2024. Leur production a reculé de 12 % en un an.",
     "fr", "contradicted", "direction"),
])
def test_a_demonstrative_or_possessive_opening_points_back(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WIND_OUTPUT), text, lang), want, rule)


RAINFALL = """
version: 1
sources:
  - id: rain
    title: Annual climate review 2024
    published: 2025-01-15
    facts:
      - id: national
        statement: Rainfall across the country averaged 1,075 mm in 2024, well above the normal.
        quantity: {value: 1075, unit: mm}
        as_of: 2024
      - id: brevanne
        statement: Brevanne recorded 640 mm of rain in 2024, its driest year in a decade.
        quantity: {value: 640, unit: mm}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a town opening the sentence that no fact and no entity names: the list does not cover it
    ("Tarlow, for its part, recorded close to 995 mm of rain in 2024.", "en", "unverified"),
    ("Ostrelle a de son côté reçu près de 995 mm de pluie en 2024.", "fr", "unverified"),
    # one a fact names is judged by that fact
    ("Brevanne, for its part, recorded close to 995 mm of rain in 2024.", "en", "contradicted"),
    ("Brevanne a de son côté reçu près de 995 mm de pluie en 2024.", "fr", "contradicted"),
])
def test_a_place_opening_the_sentence_that_no_fact_names_is_not_the_general_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RAINFALL), text, lang)
    if want == "unverified":
        assert_verdict(st, want)
    else:
        assert_rule(st, want, "quantity")

TARGETS = """
version: 1
sources:
  - id: survey
    title: Smoking survey 2024
    published: 2025-05-28
    facts:
      - id: quit-wish
        statement: 58 % of daily smokers say they would like to give up.
        as_of: 2024
      - id: plan
        statement: The national plan aims to bring daily smoking down to 15 % by 2029, a goal already within reach in 2024.
        as_of: 2024
      - id: quit-wish-fr
        statement: 58 % des fumeurs quotidiens disent vouloir arrêter.
        as_of: 2024
      - id: plan-fr
        statement: Le plan national vise à ramener le tabagisme quotidien à 15 % d'ici 2029, un objectif presque atteint en 2024.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a deadline ("by 2029", "d'ici 2029") is not the period of the target figure: the plan's 15 % stays a 2024
    # fact and does not become "the latest" figure that answers every undated share
    ("Fewer than half of daily smokers say they would like to give up.", "en", "contradicted", "quantity"),
    ("Moins de la moitié des fumeurs quotidiens disent vouloir arrêter.", "fr", "contradicted", "quantity"),
])
def test_a_deadline_does_not_date_a_facts_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, TARGETS), text, lang)
    assert_rule(st, want, rule)

HARBOUR = """
version: 1
sources:
  - id: rail
    title: Harbour line statistics 2024
    published: 2025-03-03
    facts:
      - id: passengers
        statement: The harbour line carried 4.2 million passengers in 2024.
        quantity: {value: 4.2e6, unit: passengers}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # the clause the fact confirms is not the statement: the places its main clause names are unchecked
    ("Fares are set separately in Wexmoor and Tarland, where the harbour line carried 4.2 million passengers in 2024.", "en"),
    ("Les tarifs sont fixés à part à Wexmoor et à Tarland, où la ligne du port a transporté 4,2 millions de passagers en 2024.", "fr"),
])
def test_places_a_clause_names_that_no_confirming_fact_writes_are_unchecked(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, HARBOUR), text, lang)
    assert st.verdict == "unverified", [(c.verdict, c.rules, c.explanation, c.parts) for c in st.claims]


FLEET = """
version: 1
sources:
  - id: ferries
    title: Harbour ferry fleet report 2024
    published: 2025-03-02
    facts:
      - id: electric-2019
        statement: In 2019, electric boats made up 12% of the harbour ferry fleet.
        quantity: {value: 12, unit: percent}
        as_of: 2019
      - id: electric-2024
        statement: In 2024, electric boats made up 41% of the harbour ferry fleet.
        quantity: {value: 41, unit: percent}
        as_of: 2024
      - id: electric-2019-fr
        statement: En 2019, les bateaux électriques représentaient 12 % de la flotte de navettes du port.
        quantity: {value: 12, unit: percent}
        as_of: 2019
      - id: electric-2024-fr
        statement: En 2024, les bateaux électriques représentaient 41 % de la flotte de navettes du port.
        quantity: {value: 41, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "that year", « cette année-là »: the year of the sentence before, not this year
    ("The harbour ferries carried 3.2 million passengers in 2019. That year, electric boats made up 12% of the fleet.",
     "en", "supported", "quantity"),
    ("Les navettes du port ont transporté 3,2 millions de passagers en 2019. Cette année-là, les bateaux électriques "
     "représentaient 12 % de la flotte.", "fr", "supported", "quantity"),
    ("The harbour ferries carried 3.2 million passengers in 2019. That year, electric boats made up 41% of the fleet.",
     "en", "contradicted", "period"),
    ("Les navettes du port ont transporté 3,2 millions de passagers en 2019. Cette année-là, les bateaux électriques "
     "représentaient 41 % de la flotte.", "fr", "contradicted", "period"),
])
def test_that_year_is_the_year_of_the_sentence_before(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FLEET), text, lang)
    assert_rule(st, want, rule)


QUAYS = """
version: 1
sources:
  - id: port-report
    title: Port of Vellmouth annual report
    published: 2025-09-02
    facts:
      - id: ferry-passengers
        statement: The harbour ferries of Vellmouth carried 3.2 million passengers across the bay in 2024.
        quantity: {value: 3.2e+6, unit: passengers}
        as_of: 2024
      - id: ferry-passengers-fr
        statement: Les navettes portuaires de Vellmouth ont transporté 3,2 millions de passagers dans la baie en 2024.
        quantity: {value: 3.2e+6, unit: passagers}
        as_of: 2024
      - id: cruise-calls
        statement: Cruise liners landed 0.6 million visitors at the new quay in the first half of 2025.
        quantity: {value: 0.6e+6, unit: passengers}
        as_of: 2025-06
      - id: cruise-calls-fr
        statement: Les paquebots ont débarqué 0,6 million de visiteurs au nouveau quai au premier semestre 2025.
        quantity: {value: 0.6e+6, unit: passagers}
        as_of: 2025-06
"""

QUAYS_LATER = QUAYS + """
      - id: ferry-passengers-2025
        statement: The harbour ferries of Vellmouth carried 3.5 million passengers across the bay in the year to June 2025.
        quantity: {value: 3.5e+6, unit: passengers}
        as_of: 2025-06
      - id: ferry-passengers-2025-fr
        statement: Les navettes portuaires de Vellmouth ont transporté 3,5 millions de passagers dans la baie sur les douze mois à juin 2025.
        quantity: {value: 3.5e+6, unit: passagers}
        as_of: 2025-06
"""


@pytest.mark.parametrize("sources, text, lang, want, rule", [
    # an undated figure is the latest the list gives for its measure: a later fact of another measure (cruise
    # visitors) does not make the ferries' figure an old one; a later fact of the same measure does
    (QUAYS, "The harbour ferries of Vellmouth carried 3.2 million passengers across the bay.", "en", "supported", "quantity"),
    (QUAYS, "Les navettes portuaires de Vellmouth ont transporté 3,2 millions de passagers dans la baie.", "fr",
     "supported", "quantity"),
    (QUAYS_LATER, "The harbour ferries of Vellmouth carried 3.2 million passengers across the bay.", "en",
     "contradicted", "period"),
    (QUAYS_LATER, "Les navettes portuaires de Vellmouth ont transporté 3,2 millions de passagers dans la baie.", "fr",
     "contradicted", "period"),
])
def test_an_undated_figure_is_the_latest_of_its_own_measure(tmp_path_factory, sources, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, sources), text, lang)
    assert_rule(st, want, rule)


DEADLINES = """
version: 1
sources:
  - id: safety
    title: Vehicle safety review 2024
    published: 2025-03-02
    facts:
      - id: braking
        statement: In 2024, 61% of new cars and vans sold in the country had automatic emergency braking.
        as_of: 2024
      - id: freinage
        statement: En 2024, 61 % des voitures et camionnettes neuves vendues dans le pays avaient un freinage d'urgence automatique.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # a rule's deadline ("by 2031", « d'ici 2031 ») is not confirmed by words in common about an earlier year
    ("A national rule will require all new cars and vans to have automatic emergency braking by 2031.", "en"),
    ("Le règlement imposera un freinage d'urgence automatique à toutes les voitures et camionnettes neuves d'ici 2031.",
     "fr"),
])
def test_a_deadline_is_not_confirmed_by_an_earlier_year(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, DEADLINES), text, lang)
    assert st.analysis.checkable and st.verdict == "unverified", [(c.verdict, c.rules, c.explanation) for c in st.claims]


LIBRARIES = """
version: 1
sources:
  - id: libraries-2024
    title: Marbury libraries, annual report 2024
    published: 2025-03-02
    facts:
      - id: loans-2024
        statement: Marbury's public libraries lent 1.2 million books in 2024.
        quantity: {value: 1.2e+6, unit: books}
        as_of: 2024
      - id: members-2024
        statement: Marbury's public libraries counted 48,000 registered members at the end of 2024.
        quantity: {value: 48000, unit: members}
        as_of: 2024
      - id: prets-2024
        statement: Les bibliothèques municipales de Marbury ont prêté 1,2 million de livres en 2024.
        quantity: {value: 1.2e+6, unit: livres}
        as_of: 2024
      - id: inscrits-2024
        statement: Les bibliothèques municipales de Marbury comptaient 48 000 inscrits fin 2024.
        quantity: {value: 48000, unit: inscrits}
        as_of: 2024
  - id: libraries-mid-2025
    title: Marbury libraries, half-year figures 2025
    published: 2025-07-10
    facts:
      - id: members-2025
        statement: Marbury's public libraries counted 51,000 registered members at the end of June 2025.
        quantity: {value: 51000, unit: members}
        as_of: 2025-06
      - id: inscrits-2025
        statement: Les bibliothèques municipales de Marbury comptaient 51 000 inscrits fin juin 2025.
        quantity: {value: 51000, unit: inscrits}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure with no date of its own, after a statement that dates what it says, is read in that statement's period
    # (2024's members, not a wrong period for June 2025); read in another period, it is still a wrong one
    ("Marbury's public libraries lent 1.2 million books in 2024. The libraries counted 48,000 registered members.",
     "en", "supported", "quantity"),
    ("Les bibliothèques municipales de Marbury ont prêté 1,2 million de livres en 2024. Elles comptaient 48 000 "
     "inscrits.", "fr", "supported", "quantity"),
    ("Marbury's public libraries lent 1.3 million books in 2025. The libraries counted 48,000 registered members.",
     "en", "contradicted", "period"),
    ("Les bibliothèques municipales de Marbury ont prêté 1,3 million de livres en 2025. Elles comptaient 48 000 "
     "inscrits.", "fr", "contradicted", "period"),
])
def test_an_undated_figure_is_read_in_the_period_of_the_statement_before(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, LIBRARIES), text, lang), want, rule)


MEMBERS = """
version: 1
sources:
  - id: libraries-2025
    title: Marbury libraries, monthly figures 2025
    published: 2025-07-10
    facts:
      - id: members-january
        statement: Marbury's public libraries counted 47,000 registered members in January 2025.
        quantity: {value: 47000, unit: members}
        as_of: 2025-01
      - id: members-june
        statement: After the January deadline for free cards, Marbury's public libraries counted 51,000 registered members in June 2025.
        quantity: {value: 51000, unit: members}
        as_of: 2025-06
      - id: inscrits-janvier
        statement: Les bibliothèques municipales de Marbury comptaient 47 000 inscrits en janvier 2025.
        quantity: {value: 47000, unit: inscrits}
        as_of: 2025-01
      - id: inscrits-juin
        statement: Après la date limite de janvier pour les cartes gratuites, les bibliothèques municipales de Marbury comptaient 51 000 inscrits en juin 2025.
        quantity: {value: 51000, unit: inscrits}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a month that dates a document or an event ("the January deadline", « la date limite de janvier ») is not the
    # figure's month: the undated figure is the latest the list gives
    ("After the January deadline for free cards, Marbury's public libraries counted 51,000 registered members.", "en",
     "supported", "quantity"),
    ("Après la date limite de janvier pour les cartes gratuites, les bibliothèques municipales de Marbury comptaient "
     "51 000 inscrits.", "fr", "supported", "quantity"),
])
def test_a_month_that_dates_an_event_is_not_the_figures_month(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, MEMBERS), text, lang), want, rule)


LOANS = """
version: 1
sources:
  - id: loans-2025
    title: Marbury libraries, loans 2025
    published: 2025-05-12
    facts:
      - id: loans-january
        statement: Marbury's public libraries lent 95,000 books in January 2025.
        quantity: {value: 95000, unit: books}
        as_of: 2025-01
      - id: loans-to-april
        statement: Marbury's public libraries lent 310,000 books between 1 January and 30 April 2025.
        quantity: {value: 310000, unit: books}
        as_of: 2025-04-30
      - id: prets-janvier
        statement: Les bibliothèques municipales de Marbury ont prêté 95 000 livres en janvier 2025.
        quantity: {value: 95000, unit: livres}
        as_of: 2025-01
      - id: prets-a-avril
        statement: Les bibliothèques municipales de Marbury ont prêté 310 000 livres de janvier à avril 2025.
        quantity: {value: 310000, unit: livres}
        as_of: 2025-04-30
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure for a span of months written without a year is the figure to its last month, not to its first
    ("Marbury's public libraries lent 310,000 books between 1 January and 30 April.", "en", "supported", "quantity"),
    ("Les bibliothèques municipales de Marbury ont prêté 310 000 livres de janvier à avril.", "fr", "supported",
     "quantity"),
])
def test_a_span_of_months_is_the_period_to_its_last_month(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, LOANS), text, lang), want, rule)


FERRIES = """
version: 1
sources:
  - id: ferries-2025
    title: Marbury ferries, results
    published: 2025-05-12
    facts:
      - id: passengers-nine-months
        statement: Marbury Ferries carried 12 percent more passengers from April to December 2024.
        quantity: {value: 12, unit: percent}
        as_of: 2024-12
      - id: passagers-neuf-mois
        statement: Les ferries de Marbury ont transporté 12 % de passagers de plus d'avril à décembre 2024.
        quantity: {value: 12, unit: percent}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a span of months written as one word, its months joined by hyphens, names the statement's own months: it is
    # not read in the year the statements before speak of
    ("Marbury Ferries closed its year in March 2025. Passengers were up 12 percent over the April-to-December "
     "period.", "en", "supported", "quantity"),
    ("Les ferries de Marbury ont clos leur exercice en mars 2025. Les passagers ont progressé de 12 % sur la "
     "période avril-décembre.", "fr", "supported", "quantity"),
    ("Marbury Ferries closed its year in March 2025. Passengers were up 15 percent over the April-to-December "
     "period.", "en", "contradicted", "quantity"),
])
def test_a_span_of_months_joined_by_hyphens(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FERRIES), text, lang), want, rule)


BEACHES = """
version: 1
sources:
  - id: beaches-2025
    title: Marbury beaches, summer season
    published: 2025-09-05
    facts:
      - id: visitors-july
        statement: Marbury's beaches drew 410,000 visitors in July 2025.
        quantity: {value: 410000, unit: visitors}
        as_of: 2025-07
      - id: visitors-summer
        statement: Marbury's beaches drew 900,000 visitors in July and August 2025.
        quantity: {value: 900000, unit: visitors}
        as_of: 2025-08
      - id: visiteurs-juillet
        statement: Les plages de Marbury ont accueilli 410 000 visiteurs en juillet 2025.
        quantity: {value: 410000, unit: visiteurs}
        as_of: 2025-07
      - id: visiteurs-ete
        statement: Les plages de Marbury ont accueilli 900 000 visiteurs en juillet et en août 2025.
        quantity: {value: 900000, unit: visiteurs}
        as_of: 2025-08
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # two months in a row joined as one period are the figure's period, dated at the later, not the first's alone
    ("Marbury's beaches drew 900,000 visitors in July and August.", "en", "supported", "quantity"),
    ("Les plages de Marbury ont accueilli 900 000 visiteurs en juillet et en août.", "fr", "supported", "quantity"),
    ("Marbury's beaches drew 950,000 visitors in July and August.", "en", "contradicted", "quantity"),
    # (the first month alone stays its own figure's)
    ("Marbury's beaches drew 410,000 visitors in July.", "en", "supported", "quantity"),
])
def test_two_months_in_a_row_are_one_period(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, BEACHES), text, lang), want, rule)


EDITIONS = """
version: 1
sources:
  - id: museums-2025
    title: Harwick museums, annual report 2025
    published: 2025-03-01
    facts:
      - id: visitors-2024
        statement: Harwick's museums welcomed 2.4 million visitors in 2024.
        quantity: {value: 2.4e6, unit: visitors}
        as_of: 2024
  - id: museums-2024
    title: Harwick museums, annual report 2024
    published: 2024-03-01
    facts:
      - id: visitors-2023
        statement: Harwick's museums welcomed 2.1 million visitors in 2023, 9% more than in 2022.
        quantity: {value: 9, unit: percent}
        as_of: 2023
"""

EDITIONS_FR = """
version: 1
sources:
  - id: musees-2025
    title: Musées de Harwick, rapport annuel 2025
    published: 2025-03-01
    facts:
      - id: visiteurs-2024
        statement: Les musées de Harwick ont accueilli 2,4 millions de visiteurs en 2024.
        quantity: {value: 2.4e6, unit: visiteurs}
        as_of: 2024
  - id: musees-2024
    title: Musées de Harwick, rapport annuel 2024
    published: 2024-03-01
    facts:
      - id: visiteurs-2023
        statement: Les musées de Harwick ont accueilli 2,1 millions de visiteurs en 2023, 9 % de plus qu'en 2022.
        quantity: {value: 9, unit: percent}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated figure pointing back to a statement of 2024 is not the 2023 edition's
    ("Harwick's museums welcomed 2.1 million visitors in 2023. That was 9% more than in the previous year.", "en",
     "supported", "quantity"),
    ("Harwick's museums welcomed 2.4 million visitors. That was 9% more than in the previous year.", "en",
     "unverified", "period"),
    ("Les musées de Harwick ont accueilli 2,4 millions de visiteurs. C'est 9 % de plus que l'année précédente.", "fr",
     "unverified", "period"),
])
def test_a_figure_pointing_back_takes_its_antecedents_year(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, EDITIONS if lang == "en" else EDITIONS_FR), text, lang)
    assert_rule(st, want, rule)


SHELTERS = """
version: 1
entities:
  dunmore: {names: [Dunmore]}
sources:
  - id: count-2025
    title: Norland homelessness count 2025
    published: 2025-03-01
    facts:
      - id: rise-2025
        statement: Homelessness in Norland rose 18% between January 2024 and January 2025.
        quantity: {value: 18, unit: percent}
        as_of: 2025-01
      - id: dunmore-2025
        statement: Dunmore, which increased housing for homeless people, saw a 5% drop in unsheltered homelessness.
        subject: dunmore
        quantity: {value: -5, unit: percent}
        as_of: 2025-01
  - id: count-2024
    title: Norland homelessness count 2024
    published: 2024-03-01
    facts:
      - id: rise-2024
        statement: Homelessness in Norland rose 12% between January 2023 and January 2024.
        quantity: {value: 12, unit: percent}
        as_of: 2024-01
      - id: hausse-2024
        statement: Le sans-abrisme en Norlande a augmenté de 12 % entre janvier 2023 et janvier 2024.
        quantity: {value: 12, unit: percent}
        as_of: 2024-01
      - id: hausse-2025
        statement: Le sans-abrisme en Norlande a augmenté de 18 % entre janvier 2024 et janvier 2025.
        quantity: {value: 18, unit: percent}
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # "The total", « Le total » opening a clause point back to the figure of the statement before: a change "over" a
    # year written after the change's noun is measured from that year, the statement before's year the change's own
    # (the city's figure of that year no figure of the whole country's)
    ("The number of people experiencing homelessness in Norland in January 2025 reached 81,400. The total marks a "
     "12% jump over 2024.", "en",
     "contradicted"),
    ("Homelessness in Norland reached 81,400 people in January 2025. The total marks an 18% jump over 2024.", "en",
     "supported"),
    ("Le sans-abrisme en Norlande a touché 81 400 personnes en janvier 2025. Le total marque une hausse de 12 % sur "
     "2024.", "fr", "contradicted"),
])
def test_the_total_points_back_and_a_jump_over_a_year_starts_from_it(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SHELTERS), text, lang)
    assert_rule(st, want, "period" if want == "contradicted" else "quantity")
    assert want != "contradicted" or "18" in st.claims[-1].explanation, st.claims[-1].explanation


INCISE = """
version: 1
sources:
  - id: brindle
    title: Brindle plant annual report 2024
    published: 2025-03-03
    facts:
      - id: staff
        statement: The Brindle plant employed 1,240 people at the end of 2024.
        quantity: {value: 1240, unit: people}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the names of an incise describe the subject, they are not the figure's scope; a place set before the
    # subject ("Fin 2024, à Kessing, …") still is, and leaves the figure unchecked
    ("The Brindle plant, on the edge of Kessing near the Orrin river, employed 1,240 people at the end of 2024.", "en",
     "supported", "quantity"),
    ("Cette usine de Brindle, en lisière de Kessing près de l'Orrin, employait 1 240 personnes fin 2024.", "fr",
     "supported", "quantity"),
    ("The Brindle plant, on the edge of Kessing near the Orrin river, employed 1,340 people at the end of 2024.", "en",
     "contradicted", "quantity"),
])
def test_the_names_of_an_incise_are_not_the_figures_scope(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, INCISE), text, lang)
    assert_rule(st, want, rule)


def test_a_place_set_before_the_subject_stays_the_figures_scope(tmp_path_factory):
    st = last_statement(checker_for(tmp_path_factory, INCISE), "Fin 2024, à Kessing, cette usine employait 1 240 personnes.", "fr")
    assert st.verdict == "unverified"


SETTING = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor
    title: Velmor 2024 results
    published: 2025-03-12
    facts:
      - id: action
        statement: On 12 March 2025 around noon, Velmor shares were down 14.2%.
        quantity: {value: -14.2, unit: percent}
        as_of: 2025-03-12
      - id: korvald
        statement: Korvald iron ore shipments were 212 million tonnes in 2024.
        quantity: {value: 212e6, unit: tonnes}
        as_of: 2024
      - id: revenue
        statement: Velmor's revenue was 4.2 billion euros in 2024.
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2024
      - id: tessa
        statement: The Tessa unit of Velmor posted an operating loss of 310 million euros in 2024.
        quantity: {value: -310e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the names that set a figure rather than scope it: the exchange a share trades on, the region of a named site,
    # the brands that describe their owner, a person who is the subject of a relative clause about the subject —
    # a fact need not write them, and the fact of the figure decides
    ("À la Bourse de Kessing, l'action Velmor reculait de 9 % vers midi le 12 mars 2025.", "fr", "contradicted", "quantity"),
    ("On the Kessing Stock Exchange, Velmor shares were down 9% around noon on 12 March 2025.", "en", "contradicted", "quantity"),
    ("Its Korvald operations in Western Norland shipped 310 million tonnes of iron ore in 2024.", "en", "contradicted", "quantity"),
    ("Its Korvald operations in Western Norland shipped 212 million tonnes of iron ore in 2024.", "en", "supported", "quantity"),
    ("Les ventes du propriétaire des marques Lumo, Arvel et Brisa ont atteint 4,9 milliards d'euros en 2024.", "fr", "contradicted", "quantity"),
    ("Sales of the owner of the Lumo, Arvel and Brisa brands reached 4.9 billion euros in 2024.", "en", "contradicted", "quantity"),
    ("The Tessa unit, which Ada Kress had made the heart of her plan, posted an operating loss of 410 million euros in 2024.", "en",
     "contradicted", "quantity"),
])
def test_the_names_of_a_figures_setting_are_not_its_scope(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, SETTING), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    # a place of a listed party's own site, or the place the figure is of, stays its scope: no fact writes it
    ("Velmor's plant in Sudland shipped 310 million tonnes of iron ore in 2024.", "en"),
    ("Les ventes de Velmor en Sudlande ont atteint 4,9 milliards d'euros en 2024.", "fr"),
])
def test_a_place_the_figure_is_of_stays_its_scope(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SETTING), text, lang), "unverified")


QUARTERS = """
version: 1
sources:
  - id: velmar
    title: Velmar Motors deliveries
    published: 2025-01-05
    facts:
      - id: year
        statement: Velmar Motors' deliveries fell 3.2% in 2024.
        quantity: {value: -3.2, unit: percent, bound: about}
        as_of: 2024
      - id: q2
        statement: Velmar Motors delivered 51,200 cars in the second quarter of 2024, down 6.1% from a year earlier.
        quantity: {value: 51200, unit: cars, bound: exact}
        as_of: 2024-Q2
  - id: brenna
    title: Livraisons de la Brenna
    published: 2025-01-06
    facts:
      - id: annee
        statement: Les livraisons de bateaux de la Brenna ont reculé de 4,3 % en 2024.
        quantity: {value: -4.3, unit: percent, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a quarter's change is not judged against the year's (nor computed from the year's totals): not covered
    ("Velmar Motors' deliveries fell 6.8% in the second quarter of 2024.", "en", "unverified"),
    # the quarter's own change, which its fact writes beside the quarter's deliveries, is
    ("Velmar Motors' deliveries fell 6.1% in the second quarter of 2024.", "en", "supported"),
    ("Au troisième trimestre 2024, les livraisons de bateaux de la Brenna ont reculé de 7 %.", "fr", "unverified"),
    # the year's own figure, wrong, still is
    ("Velmar Motors' deliveries fell 5% in 2024.", "en", "contradicted"),
    ("Les livraisons de bateaux de la Brenna ont reculé de 7 % en 2024.", "fr", "contradicted"),
])
def test_a_quarter_figure_is_not_the_year_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, QUARTERS), text, lang)
    if want == "contradicted":
        assert_rule(st, want, "quantity")
    else:
        assert_verdict(st, want)


SUBJECT = """
version: 1
sources:
  - id: police-corvain-2025
    title: Bilan de la délinquance à Corvain, 2025
    published: 2026-01-28
    facts:
      - id: vols-velos
        statement: Le nombre de vols de vélos enregistrés à Corvain a atteint 4 310 en 2025.
        quantity: {value: 4310, unit: vols}
        as_of: 2025
      - id: burglaries
        statement: Harlow police recorded 1,275 burglaries in 2025.
        quantity: {value: 1275, unit: burglaries}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bare figure after a comma is the level the claim's subject reached: the subject names what it counts
    ("Les vols de vélos ont encore augmenté à Corvain en 2025, à 4 310.", "fr", "supported", "quantity"),
    ("Burglaries in Harlow went up again in 2025, to 1,275.", "en", "supported", "quantity"),
])
def test_a_bare_figure_counts_what_the_claim_opens_with(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SUBJECT), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    # another figure is not confirmed (the bare figure may count something else: it stays unverified, not refuted)
    ("Les vols de vélos ont encore augmenté à Corvain en 2025, à 4 700.", "fr"),
    ("Burglaries in Harlow went up again in 2025, to 1,400.", "en"),
])
def test_a_bare_figure_of_the_claims_subject_is_not_confirmed_by_another(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, SUBJECT), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


OPENING = """
version: 1
sources:
  - id: police-corvain-2025
    title: Bilan de la délinquance à Corvain, 2025
    published: 2026-01-28
    facts:
      - id: vols-velos
        statement: En 2025, 4 310 vols de vélos ont été enregistrés à Corvain, soit une baisse de 3 %.
        quantity: {value: 4310, unit: vols}
        as_of: 2025
      - id: officers
        statement: Harlow police lost 215 officers in 2025, falling from 3,120 to 2,905.
        quantity: {value: 215, unit: officers}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the bare figure is said of the claim's opening: another year or another party there is not the fact's
    ("Le nombre de vols de vélos à Corvain a baissé de 3 % en 2025, à 4 310.", "fr", "supported"),
    ("Le nombre de vols de vélos à Corvain a baissé de 3 % en 2024, à 4 310.", "fr", "not supported"),
    ("Harlow police lost 215 officers, leaving it with 2,905.", "en", "supported"),
    ("Stenford police lost 215 officers, leaving it with 2,905.", "en", "not supported"),
])
def test_a_bare_figure_of_another_year_or_party_in_the_opening_is_not_confirmed(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OPENING), text, lang)
    assert (st.verdict == "supported") == (want == "supported"), [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang", [
    # the bare figure is said of the claim's opening: another year or another place there is not the fact's
    ("Les vols de vélos ont encore augmenté à Corvain en 2024, à 4 310.", "fr"),
    ("Les vols de vélos ont encore augmenté à Brévannes en 2025, à 4 310.", "fr"),
    ("Burglaries in Harlow went up again in 2023, to 1,275.", "en"),
    ("Burglaries in Stenford went up again in 2025, to 1,275.", "en"),
])
def test_a_bare_figure_of_another_year_or_place_in_the_opening_is_not_confirmed(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, SUBJECT), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


SERIES = """
version: 1
entities:
  norvik: {names: [Norvik]}
sources:
  - id: grid-2025
    title: Norvik grid exchanges 2025
    published: 2026-02-05
    facts:
      - id: net-2025
        statement: In 2025, Norvik's net electricity exports reached 41.2 TWh, an all-time high.
        subject: norvik
        quantity: {value: 41.2, unit: TWh, bound: about}
        as_of: 2025
      - id: net-2024
        statement: Norvik's net electricity exports were 27.5 TWh in 2024.
        subject: norvik
        quantity: {value: 27.5, unit: TWh, bound: about}
        as_of: 2024
  - id: gel-2024
    title: Gelées au Val d'Orne
    published: 2025-01-20
    facts:
      - id: jours-gel
        statement: Sur 2015-2024, le Val d'Orne a compté en moyenne 31 jours de gel par an, contre 52 par an sur 1961-1990.
        quantity: {value: 31, unit: days, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the starting level of a confirmed level: the series' figure of another year, or not the starting level
    # the confirming fact gives for the gloss's period — the level right, the starting level wrong (the gloss
    # measures the net exports its main clause names: the series' 27.5 TWh is 2024's)
    ("In 2025 Norvik posted net electricity exports of 41.2 TWh, against 27.5 TWh in 2023.", "en", "mixed", "date"),
    ("Sur 2015-2024, le Val d'Orne a compté en moyenne 31 jours de gel par an, contre 45 par an entre 1961 et 1990.",
     "fr", "mixed", "quantity"),
])
def test_a_starting_level_against_the_series_of_the_confirmed_level(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SERIES), text, lang)
    assert_rule(st, want, rule)


def test_a_starting_level_of_the_series_own_year_is_not_refuted(tmp_path_factory):
    st = last_statement(checker_for(tmp_path_factory, SERIES),
                        "In 2025 Norvik posted net electricity exports of 41.2 TWh, against 27.5 TWh in 2024.", "en")
    assert st.verdict in ("supported", "unverified"), [(c.verdict, c.rules, c.explanation) for c in st.claims]


MULTIPLES = """
version: 1
sources:
  - id: floods
    title: Flood report 2024
    published: 2025-02-01
    facts:
      - id: avg
        statement: The ten-year average area flooded in Osterland is 12,400 hectares a year.
        quantity: {value: 12400, unit: ha, bound: exact}
      - id: y2024
        statement: Floods covered 51,300 hectares in Osterland in 2024.
        quantity: {value: 51300, unit: ha, bound: exact}
        as_of: 2024
      - id: cost
        statement: Osterland's 2024 flood damage was almost two times the average of the past 30 years.
        quantity: {value: 2, unit: times, bound: about}
        as_of: 2024
  - id: secheresse
    title: Bilan des sécheresses 2024
    published: 2025-02-01
    facts:
      - id: moyenne
        statement: La moyenne sur 20 ans des surfaces touchées par la sécheresse en Valmerie est de 8 100 hectares par an.
        quantity: {value: 8100, unit: ha, bound: exact}
      - id: a2024
        statement: La sécheresse a touché 33 900 hectares en Valmerie en 2024.
        quantity: {value: 33900, unit: ha, bound: exact}
        as_of: 2024
      - id: degats
        statement: Les dégâts de 2024 ont atteint près de deux fois la moyenne des 10 dernières années.
        quantity: {value: 2, unit: times, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the multiple of an average over a span no fact gives as a multiple (the one a fact gives is over another
    # span): the level of the year over the average of that span
    ("In 2024 the area flooded in Osterland was more than four times the ten-year average.", "en", "supported"),
    ("In 2024 the area flooded in Osterland was more than five times the ten-year average.", "en", "contradicted"),
    ("En 2024, la surface touchée par la sécheresse en Valmerie a atteint plus de quatre fois la moyenne sur 20 ans.", "fr", "supported"),
    ("En 2024, la surface touchée par la sécheresse en Valmerie a atteint plus de cinq fois la moyenne sur 20 ans.", "fr", "contradicted"),
])
def test_a_multiple_of_an_average_is_computed_from_the_base_its_span_names(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, MULTIPLES), text, lang), want, "derived-multiple")


SHARES_OF_A_YEAR = {"en": """
version: 1
sources:
  - id: museum
    title: Museum report
    published: 2025-02-01
    facts:
      - id: v2023
        statement: The Bellmoor museum counted 30,000 visitors in 2023.
        quantity: {value: 30000, unit: visitors, bound: exact}
        as_of: 2023
      - id: v2024
        statement: The Bellmoor museum counted 90,000 visitors in 2024.
        quantity: {value: 90000, unit: visitors, bound: exact}
        as_of: 2024
""", "fr": """
version: 1
sources:
  - id: musee
    title: Bilan du musée
    published: 2025-02-01
    facts:
      - id: m2023
        statement: Le musée de Valmerie a accueilli 20 000 visiteurs en 2023.
        quantity: {value: 20000, unit: visiteurs, bound: exact}
        as_of: 2023
      - id: m2024
        statement: Le musée de Valmerie a accueilli 60 000 visiteurs en 2024.
        quantity: {value: 60000, unit: visiteurs, bound: exact}
        as_of: 2024
"""}


@pytest.mark.parametrize("text, lang, want", [
    # a multiple below one ("a third as many", « trois fois moins ») is the share of its partner: the smaller
    # figure's, never the larger's (control: the multiple above one, or the share said of the smaller figure)
    ("The Bellmoor museum counted 90,000 visitors in 2024, about three times as many as in 2023.", "en", "supported"),
    ("The Bellmoor museum counted 90,000 visitors in 2024, about a third as many as in 2023.", "en", "mixed"),
    ("The Bellmoor museum counted 30,000 visitors in 2023, about a third as many as in 2024.", "en", "supported"),
    ("Le musée de Valmerie a accueilli 60 000 visiteurs en 2024, trois fois plus qu'en 2023.", "fr", "supported"),
    ("Le musée de Valmerie a accueilli 60 000 visiteurs en 2024, trois fois moins qu'en 2023.", "fr", "mixed"),
    ("Le musée de Valmerie a accueilli 20 000 visiteurs en 2023, trois fois moins qu'en 2024.", "fr", "supported"),
])
def test_a_multiple_below_one_is_the_share_of_the_larger_figure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SHARES_OF_A_YEAR[lang]), text, lang), want, "derived-multiple")


SERIES_OF_THE_PLACE = """
version: 1
entities:
  norland: {names: [Norland]}
  westmark: {names: [Westmark]}
  valmerie: {names: [Valmerie]}
  ouestmark: {names: [Ouestmark]}
sources:
  - id: grid
    title: Norland electricity statistics
    published: 2025-09-30
    facts:
      - id: coal-2024
        statement: Coal supplied 18.2 % of Norland's electricity in 2024, its lowest share since 1990.
        quantity: {value: 18.2, unit: percent}
        as_of: 2024
      - id: solar-q2-2025
        statement: Solar panels supplied 31.5 % of Norland's electricity generation in April-June 2025.
        quantity: {value: 31.5, unit: percent}
        as_of: 2025-06
      - id: coal-west
        statement: In Westmark, coal supplied 27.4 % of the electricity in 2024.
        quantity: {value: 27.4, unit: percent}
        as_of: 2024
  - id: reseau
    title: Statistiques de l'électricité de la Valmerie
    published: 2025-09-30
    facts:
      - id: charbon-2024
        statement: Le charbon a fourni 16,8 % de l'électricité de la Valmerie en 2024, sa plus faible part depuis 1990.
        quantity: {value: 16.8, unit: percent}
        as_of: 2024
      - id: solaire-t2-2025
        statement: Le solaire a fourni 29,3 % de la production d'électricité de la Valmerie d'avril à juin 2025.
        quantity: {value: 29.3, unit: percent}
        as_of: 2025-06
      - id: charbon-ouest
        statement: En Ouestmark, le charbon a fourni 24,1 % de l'électricité en 2024.
        quantity: {value: 24.1, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    ("Coal plants produced 18.2% of Norland's power, their smallest share since 1990.", "en"),
    ("Les centrales à charbon ont produit 16,8 % de l'électricité de la Valmerie, leur plus faible part depuis 1990.", "fr"),
])
def test_the_latest_fact_of_the_place_of_another_series_leaves_the_older_one(tmp_path_factory, text, lang):
    # an undated figure of a place: the place's latest fact, of another series (solar, a later quarter), is not its
    # figure, and the place's older fact that gives it is no figure "for another scope"
    assert_rule(last_statement(checker_for(tmp_path_factory, SERIES_OF_THE_PLACE), text, lang), "supported", "quantity")


BOUND_OF_ITS_SERIES = """
version: 1
entities:
  norbank: {names: [Norbank]}
  banque-val: {names: [Banque du Val]}
sources:
  - id: results
    title: Norbank 2024 results
    published: 2025-02-05
    facts:
      - id: payout
        statement: Norbank confirms a payout ratio of 60 % of its results, at least 50 % of it in cash dividends, for 2024 to 2026.
        quantity: {value: 60, unit: percent}
        as_of: 2024
      - id: rote
        statement: Norbank now targets a return on tangible equity of 11.5 % in 2025.
        quantity: {value: 11.5, unit: percent}
        as_of: 2025
  - id: resultats
    title: Résultats 2024 de la Banque du Val
    published: 2025-02-05
    facts:
      - id: distribution
        statement: La Banque du Val confirme un taux de distribution de 60 % de ses résultats, dont au moins 50 % en dividendes, pour 2024 à 2026.
        quantity: {value: 60, unit: percent}
        as_of: 2024
      - id: rentabilite
        statement: La Banque du Val vise une rentabilité des fonds propres tangibles de 11,5 % en 2025.
        quantity: {value: 11.5, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    ("Norbank confirms a payout ratio of 60% of its results, with at most half of it in cash dividends.", "en"),
    ("La Banque du Val confirme un taux de distribution de 60 % de ses résultats, dont au plus la moitié en dividendes.", "fr"),
])
def test_an_undated_bound_is_judged_in_its_own_series(tmp_path_factory, text, lang):
    # the next year's return on equity, of another series, meets the bound but is not what it measures: the bound
    # is judged by the payout fact whose words it has, and no other fact's figure is "its" figure
    st = last_statement(checker_for(tmp_path_factory, BOUND_OF_ITS_SERIES), text, lang)
    assert [c.verdict for c in st.claims if c.claim.quantities[-1].bound == "at-most"] == ["contradicted"], \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


PLACES = """
version: 1
entities:
  norland: {names: [Norland, la Norlande]}
  westmark: {names: [Westmark, le Westmark]}
  eastmark: {names: [Eastmark, l'Eastmark]}
  stats: {names: [Norland Statistics Office, l'office statistique]}
sources:
  - id: rents
    title: Rents and prices, 2024
    publisher: stats
    published: 2025-03-01
    facts:
      - id: norland-rents
        statement: Average rents in Norland rose by 6.2% to 1,140 a month in 2024.
        subject: norland
        quantity: {value: 6.2, unit: percent}
        as_of: 2024
      - id: provinces
        statement: Rents rose faster in Westmark than in Eastmark in 2024.
        as_of: 2024
      - id: loyers-norlande
        statement: Les loyers moyens de la Norlande ont augmenté de 4,8 % en 2024, à 980 euros par mois.
        subject: norland
        quantity: {value: 4.8, unit: percent}
        as_of: 2024
      - id: westmark-cars
        statement: Car sales in Westmark fell 9.1% in 2024, to 52,300.
        subject: westmark
        quantity: {value: 52300, unit: cars}
        as_of: 2024
      - id: eastmark-cars
        statement: Car sales in Eastmark reached 31,700 in 2024.
        subject: eastmark
        quantity: {value: 31700, unit: cars}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of the whole country, said of one province the list names elsewhere: that place's figure, not the
    # province's (unverified)
    ("Average rents in Westmark rose by 6.2% in 2024.", "en", "unverified", "region"),
    ("Dans le Westmark, les loyers moyens ont augmenté de 4,8 % en 2024.", "fr", "unverified", "region"),
    # the country's own figure stays supported
    ("Average rents in Norland rose by 6.2% in 2024.", "en", "supported", "quantity"),
    # a claim opening on a place scopes all its figures: another province's sales are no figure of it
    ("In Eastmark, car sales fell 9.1% in 2024, to 52,300.", "en", "contradicted", "region"),
    ("En Eastmark, les ventes de voitures ont reculé de 9,1 % en 2024, à 52 300.", "fr", "contradicted", "region"),
])
def test_a_figure_of_another_place_does_not_decide(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PLACES), text, lang)
    assert_rule(st, want, rule)


ZONES = """
version: 1
entities:
  dorvane: {names: [Dorvane]}
sources:
  - id: zones
    title: Dorvane annual sales 2025
    published: 2026-02-10
    facts:
      - id: north
        statement: In 2025, Dorvane's sales in North Varland rose 8.3% at constant exchange rates.
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
      - id: inland
        statement: In 2025, Dorvane's sales in inland Varland rose 5.1% at constant exchange rates, led by Kestria and Molvane.
        quantity: {value: 5.1, unit: percent}
        as_of: 2025
"""
ZONES_FR = """
version: 1
entities:
  dorvane: {names: [Dorvane]}
sources:
  - id: zones
    title: Ventes annuelles 2025 de Dorvane
    published: 2026-02-10
    facts:
      - id: nord
        statement: En 2025, les ventes de Dorvane dans la zone Varlande du Nord progressent de 8,3 % à taux de change constants.
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
      - id: interieure
        statement: En 2025, les ventes de Dorvane dans la zone Varlande intérieure progressent de 5,1 % à taux de change constants, portées par la Kestrie et la Molvanie.
        quantity: {value: 5.1, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # another zone's figure said of the zone the closest fact names (its name and what led it): that fact refutes it
    ("Sales in inland Varland, led by Kestria, grew 8.3%.", "en", "contradicted", "quantity"),
    ("La Varlande intérieure, portée par la Kestrie, a progressé de 8,3 %.", "fr", "contradicted", "quantity"),
    # controls: the zone's own figure
    ("Sales in inland Varland, led by Kestria, grew 5.1%.", "en", "supported", "quantity"),
    ("La Varlande intérieure, portée par la Kestrie, a progressé de 5,1 %.", "fr", "supported", "quantity"),
])
def test_another_named_zone_s_figure_is_refuted_by_the_closest(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ZONES if lang == "en" else ZONES_FR), text, lang)
    assert_rule(st, want, rule)


WHOLES = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria, l'Ostrie]}
  brightway: {names: [Brightway]}
sources:
  - id: outbreak
    title: Fever outbreak, 2025
    published: 2025-09-01
    facts:
      - id: continent
        statement: In 2025 the continent as a whole reported nearly 8,400 fever cases and 61 deaths, most of them in Velmor.
        as_of: 2025
      - id: continent-fr
        statement: En 2025, le continent dans son ensemble a recensé 5 120 cas de fièvre, surtout en Ostrie.
        as_of: 2025
      - id: ostria-own
        statement: En 2025, l'Ostrie a recensé 2 950 cas de fièvre.
        subject: ostria
        as_of: 2025
  - id: results
    title: Brightway results, 2024
    published: 2025-02-01
    facts:
      - id: local
        statement: Brightway's comparable sales in Velmor fell 2.7% in the fourth quarter of 2024.
        subject: brightway
        as_of: 2024-Q4
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact gives the whole (the continent, the world) said of one country inside it: not that country's
    ("In 2025, Velmor reported nearly 8,400 fever cases and 61 deaths.", "en", "unverified", "region"),
    ("En 2025, l'Ostrie a recensé 5 120 cas de fièvre.", "fr", "contradicted", "region"),
    # the reverse: one country's figure said of the whole world
    ("Brightway's global comparable sales fell 2.7% in the fourth quarter of 2024.", "en", "unverified", "region"),
    ("Les ventes comparables mondiales de Brightway ont reculé de 2,7 % au quatrième trimestre 2024.", "fr",
     "unverified", "region"),
    # controls: the whole's figure said of the whole, the part's of the part
    ("In 2025, the continent as a whole reported nearly 8,400 fever cases and 61 deaths.", "en", "supported", "quantity"),
    ("Brightway's comparable sales in Velmor fell 2.7% in the fourth quarter of 2024.", "en", "supported", "quantity"),
])
def test_a_whole_s_figure_is_not_a_part_s(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, WHOLES), text, lang)
    assert_rule(st, want, rule)


SIBLINGS = """
version: 1
sources:
  - id: lettings
    title: Northvale private rental prices, March 2025
    published: 2025-04-16
    facts:
      - id: rents
        statement: Average monthly private rents in Northvale increased by 6.2% in the 12 months to March 2025, to £1,120.
        quantity: {value: 6.2, unit: percent}
        as_of: 2025-03
      - id: net
        statement: Net migration to Northvale was 143,000 in 2024.
        quantity: {value: 143000, unit: people}
        as_of: 2024
      - id: immigration
        statement: Immigration to Northvale was 612,000 in 2024.
        quantity: {value: 612000, unit: people}
        as_of: 2024
      - id: officers
        statement: The number of police officers in Northvale fell by 1.6% in the year to December 2024.
        quantity: {value: -1.6, unit: percent}
        as_of: 2024-12
  - id: valbanque
    title: Valbanque, résultats du troisième trimestre 2025
    published: 2025-10-30
    facts:
      - id: resultat-net
        statement: Au troisième trimestre 2025, le résultat net de Valbanque a progressé de 12,4 % à 1,86 milliard d'euros.
        quantity: {value: 12.4, unit: percent}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure of another measure of the family, which no fact gives for the article's: unchecked
    ("House prices in Northvale rose by 6.2% in the 12 months to March 2025.", "en", "unverified"),
    ("Au troisième trimestre 2025, le chiffre d'affaires de Valbanque a progressé de 12,4 %.", "fr", "unverified"),
    ("Northvale's total police workforce fell by 1.6% in the year to December 2024.", "en", "unverified"),
    # the article's own measure, given by another fact: refuted by it
    ("Immigration to Northvale was 143,000 in 2024.", "en", "contradicted"),
    # the same measure, in other words: confirmed
    ("Private rents in Northvale rose by 6.2% in the 12 months to March 2025.", "en", "supported"),
    ("Au troisième trimestre 2025, le bénéfice net de Valbanque a progressé de 12,4 %.", "fr", "supported"),
])
def test_a_sibling_measure_does_not_confirm(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SIBLINGS), text, lang)
    assert st.verdict == want and (want == "unverified" or "quantity" in {r for c in st.claims for r in c.rules}), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


OPPOSITES = """
version: 1
sources:
  - id: norvale-migration
    title: Norvale migration statistics, 2024
    published: 2025-05-20
    facts:
      - id: emigration
        statement: Emigration from Norvale rose to 412,000 in 2024, from 380,000 a year earlier.
        quantity: {value: 412000, unit: people}
        as_of: 2024
      - id: storm
        statement: Storm Orla affected 48,200 people in the Kessel region.
        quantity: {value: 48200, unit: people}
        as_of: 2024
  - id: valmont-cereales
    title: Bilan céréalier du Valmont 2025
    published: 2025-02-12
    facts:
      - id: exports
        statement: Le Valmont exporterait 3,2 millions de tonnes de maïs en 2025.
        quantity: {value: 3200000, unit: t}
        as_of: 2025
      - id: invest
        statement: Les stations de Valbrune ont investi 212 millions d'euros en 2024.
        quantity: {value: 212000000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the opposite measure of the figure the fact gives, named before an incise, by the verb, by the participle
    ("Arrivals, meanwhile, reached 412,000 in 2024, up from 380,000 a year before.", "en", "contradicted"),
    ("Le Valmont importerait 3,2 millions de tonnes de maïs en 2025.", "fr", "contradicted"),
    ("Les stations de Valbrune ont encaissé 212 millions d'euros de recettes en 2024.", "fr", "contradicted"),
])
def test_a_figure_of_the_opposite_measure_refutes(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, OPPOSITES), text, lang), want, "quantity-measure")


@pytest.mark.parametrize("text, lang", [
    # another member of the figure's family, not its opposite (the affected may be the injured too): unchecked
    ("Storm Orla injured 48,200 people in the Kessel region.", "en"),
    ("La tempête Orla a fait 48 200 blessés dans la région de Kessel.", "fr"),
])
def test_a_figure_of_a_sibling_measure_named_by_a_verb_is_not_confirmed(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OPPOSITES), text, lang), "unverified")


@pytest.mark.parametrize("text, lang", [
    # the fact's own measure, in another form of its word or the other language's: confirmed
    ("Departures, meanwhile, reached 412,000 in 2024, up from 380,000 a year before.", "en"),
    ("48,200 people in the Kessel region were affected by Storm Orla.", "en"),
    ("En 2025, le Valmont exporterait au total 3,2 millions de tonnes de maïs.", "fr"),
    ("Les stations de Valbrune ont consacré 212 millions d'euros à leurs investissements en 2024.", "fr"),
])
def test_a_figure_of_its_own_measure_in_other_words_confirms(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OPPOSITES), text, lang), "supported")


HALVES = """
version: 1
entities:
  norvik:
    names: [Norvik Foods, Norvik]
  belcour:
    names: [Belcour]
sources:
  - id: norvik-h1
    title: Norvik Foods half-year results 2024
    published: 2024-07-25
    facts:
      - id: h1-growth
        statement: In the first half of 2024, Norvik Foods' sales grew 5.3% on a like-for-like basis.
        subject: norvik
        quantity: {value: 5.3, unit: percent}
  - id: norvik-fy
    title: Norvik Foods full-year results 2024
    published: 2025-02-20
    facts:
      - id: fy-growth
        statement: Norvik Foods' sales grew 3.1% on a like-for-like basis in 2024.
        subject: norvik
        quantity: {value: 3.1, unit: percent}
        as_of: 2024
  - id: belcour-s1
    title: Belcour, résultats du premier semestre 2024
    published: 2024-07-30
    facts:
      - id: s1-croissance
        statement: Au premier semestre 2024, les ventes de Belcour ont progressé de 6,4 % en données comparables.
        subject: belcour
        quantity: {value: 6.4, unit: percent}
  - id: belcour-annuel
    title: Belcour, résultats annuels 2024
    published: 2025-02-27
    facts:
      - id: croissance
        statement: Les ventes de Belcour ont progressé de 4,2 % en données comparables en 2024.
        subject: belcour
        quantity: {value: 4.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure of a whole year is not the first half's, and the first half's is not the year's
    ("Over the full year, Norvik Foods' sales grew 5.3% on a like-for-like basis.", "en", "contradicted", "period"),
    ("In the first half of 2024, Norvik Foods' sales grew 5.3% on a like-for-like basis.", "en", "supported", "quantity"),
    ("In the first half of 2024, Norvik Foods' sales grew 3.1% on a like-for-like basis.", "en", "contradicted", "period"),
    ("Sur l'ensemble de l'année 2024, les ventes de Belcour ont progressé de 6,4 % en données comparables.", "fr",
     "contradicted", "period"),
    ("Au premier semestre 2024, les ventes de Belcour ont progressé de 6,4 % en données comparables.", "fr", "supported", "quantity"),
    # a year made whole by the words around it ("the whole of 2024", « 2024 dans son ensemble ») is the year's too
    ("For the whole of 2024, Norvik Foods' sales grew 5.3% on a like-for-like basis.", "en", "contradicted", "period"),
    ("Les ventes de Belcour ont progressé de 6,4 % en données comparables sur 2024 dans son ensemble.", "fr",
     "contradicted", "period"),

])
def test_a_half_year_is_not_a_whole_year(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, HALVES), text, lang), want, rule)


YEARLY_VISITS = """
version: 1
entities:
  tarvik: {names: [Tarvik Museum]}
  brenac: {names: [musée de Brenac]}
sources:
  - id: visits
    title: Museum attendance
    published: 2025-01-10
    facts:
      - id: tarvik-2024
        statement: The Tarvik Museum welcomed 6.1 million visitors in 2024.
        subject: tarvik
        quantity: {value: 6.1e6, unit: visitors}
        as_of: 2024
      - id: tarvik-2023
        statement: The Tarvik Museum had welcomed 6.2 million visitors in 2023.
        subject: tarvik
        quantity: {value: 6.2e6, unit: visitors}
        as_of: 2023
      - id: brenac-2024
        statement: Le musée de Brenac a accueilli 4,1 millions de visiteurs en 2024.
        subject: brenac
        quantity: {value: 4.1e6, unit: visitors}
        as_of: 2024
      - id: brenac-2023
        statement: Le musée de Brenac avait accueilli 4,2 millions de visiteurs en 2023.
        subject: brenac
        quantity: {value: 4.2e6, unit: visitors}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a hedged figure only near its year's and exactly another year's of the same measure is that year's
    ("The Tarvik Museum welcomed about 6.1 million visitors in 2023.", "en", "unverified"),
    ("Le musée de Brenac a accueilli environ 4,1 millions de visiteurs en 2023.", "fr", "unverified"),
])
def test_a_hedged_figure_exactly_another_years(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, YEARLY_VISITS), text, lang), want, "quantity")


QUARTERLY = """
version: 1
sources:
  - id: results
    title: Résultats annuels de Vestrel
    published: 2026-02-04
    facts:
      - id: q4-loss
        statement: Au quatrième trimestre 2025, Vestrel a enregistré une perte d'exploitation de 48 millions d'euros.
        quantity: {value: 48e6, unit: EUR}
        as_of: 2025-Q4
      - id: q4-loss-before
        statement: In the fourth quarter of 2024, Vestrel's operating loss was €61 million.
        quantity: {value: 61e6, unit: EUR}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an amount of money dated by a year alone is the year's: a quarter's amount is neither its figure nor a wrong one
    ("En 2025, Vestrel a perdu 310 millions d'euros.", "fr", "unverified", ""),
    ("In 2025 Vestrel lost €310 million.", "en", "unverified", ""),
    # the quarter named, or the same period of an earlier year, keeps the quarter's facts
    ("Au quatrième trimestre 2025, Vestrel a perdu 52 millions d'euros.", "fr", "contradicted", "quantity"),
    ("Vestrel lost €48 million in the fourth quarter of 2025, against €61 million in the same quarter of 2024.",
     "en", "supported", "quantity"),
])
def test_a_year_s_amount_is_not_a_quarter_s(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, QUARTERLY), text, lang)
    if rule:
        assert_rule(st, want, rule)
    else:
        assert_verdict(st, want)


PAYING_MEMBERS = """
version: 1
sources:
  - id: club
    title: Rapport annuel de Korvel
    published: 2026-01-20
    facts:
      - id: members
        statement: Korvel's paying members grew 9% to 41 million at the end of 2025.
        quantity: {value: 41e6, unit: members}
        as_of: 2025-12
      - id: visitors
        statement: Korvel comptait 120 millions de visiteurs mensuels fin 2025.
        quantity: {value: 120e6, unit: monthly visitors}
        as_of: 2025-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an incise describing the subject ("who pay a monthly fee") does not say what its figure measures
    ("Paying members, the ones on a monthly plan, rose 9% to 41 million.", "en", "supported", "quantity"),
    ("Les abonnés payants, ceux qui règlent un forfait mensuel, sont passés à 41 millions.", "fr", "supported",
     "quantity"),
])
def test_an_incise_does_not_name_the_measure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PAYING_MEMBERS), text, lang), want, rule)


DEAL = """
version: 1
sources:
  - id: union
    title: Pay deal at Hallbeck Motors
    published: 2026-03-05
    facts:
      - id: raise
        statement: The deal includes pay rises of 21% over three years, plus a signing bonus.
        quantity: {value: 21, unit: percent}
        as_of: 2026-03
      - id: vote
        statement: On March 3, 2026, 64% of members who voted approved the deal.
        quantity: {value: 64, unit: percent}
        as_of: 2026-03
      - id: raise-fr
        statement: L'accord de Hallbeck prévoit des hausses de salaire de 21 % sur trois ans.
        quantity: {value: 21, unit: percent}
        as_of: 2026-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "a three-year deal" names what the figure counts; a fact's "over three years" writes that span, spelled out
    ("The new three-year deal raises pay by 21%.", "en", "supported", "quantity"),
    ("The new three-year deal raises pay by 25%.", "en", "contradicted", "quantity"),
    ("Le nouvel accord de trois ans relève les salaires de 21 %.", "fr", "supported", "quantity"),
])
def test_a_span_spelled_out_in_the_fact_defines_its_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, DEAL), text, lang), want, rule)
RUNNING_CHANGES = """
version: 1
sources:
  - id: bilan
    title: Bilan touristique de la Valdorie 2024
    published: 2025-03-10
    facts:
      - id: visiteurs-2024
        statement: La Valdorie a accueilli 12,4 millions de visiteurs en 2024.
        quantity: {value: 12.4e6, unit: visiteurs}
        as_of: 2024
      - id: hausse-2023
        statement: En 2023, la fréquentation de la Valdorie avait progressé de 9 % sur un an.
        quantity: {value: 9, unit: percent}
        as_of: 2023
      - id: visitors-2024
        statement: Valdoria welcomed 12.4 million visitors in 2024.
        quantity: {value: 12.4e6, unit: visitors}
        as_of: 2024
      - id: rise-2023
        statement: In 2023, visits to Valdoria had risen 9% year on year.
        quantity: {value: 9, unit: percent}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # an undated change read in the year the article speaks of (2024) is not the earlier year's change the sources
    # give: unchecked, not confirmed
    ("La Valdorie a accueilli 12,4 millions de visiteurs en 2024. Sur un an, le nombre de visiteurs a progressé de 9 %.",
     "fr", "unverified"),
    ("Valdoria welcomed 12.4 million visitors in 2024. Over the year, visits rose 9%.", "en", "unverified"),
    ("En 2023, la fréquentation de la Valdorie avait progressé de 9 % sur un an.", "fr", "supported"),
])
def test_an_undated_change_is_not_an_earlier_year_s(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RUNNING_CHANGES), text, lang)
    assert_verdict(st, want)



BIKE_EDITIONS = """
version: 1
sources:
  - id: obs-2025
    title: Observatoire du cycle de Valdorie 2024
    published: 2025-04-01
    facts:
      - id: ventes-2024
        statement: En 2024, 2,1 millions de vélos ont été vendus en Valdorie.
        quantity: {value: 2.1e6, unit: vélos}
        as_of: 2024
      - id: part-valeur-2024
        statement: En 2024, les vélos électriques représentent 55 % de la valeur des ventes de vélos.
        quantity: {value: 55, unit: percent}
        as_of: 2024
      - id: part-volume-2024
        statement: En 2024, les vélos électriques représentent 30 % des vélos vendus en volume.
        quantity: {value: 30, unit: percent}
        as_of: 2024
      - id: volume-share-2024
        statement: In 2024, e-bikes made up 30% of the bicycles sold by volume.
        quantity: {value: 30, unit: percent}
        as_of: 2024
      - id: sales-2024
        statement: In 2024, 2.1 million bicycles were sold in Valdoria.
        quantity: {value: 2.1e6, unit: bicycles}
        as_of: 2024
      - id: value-share-2024
        statement: In 2024, e-bikes made up 55% of the value of bicycle sales.
        quantity: {value: 55, unit: percent}
        as_of: 2024
  - id: obs-2024
    title: Observatoire du cycle de Valdorie 2023
    published: 2024-04-01
    facts:
      - id: part-valeur-2023
        statement: En 2023, les vélos électriques représentent 63 % du marché du vélo en valeur.
        quantity: {value: 63, unit: percent}
        as_of: 2023
      - id: value-share-2023
        statement: In 2023, e-bikes made up 63% of the bicycle market by value.
        quantity: {value: 63, unit: percent}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure read in the year of the statement before it, that only the earlier edition gives, while the year's
    # own fact gives that share otherwise: a wrong period, refuted by the year's fact
    ("En 2023, les ventes avaient déjà reculé. Les vélos électriques pèsent désormais 30 % des vélos vendus en volume. "
     "En valeur, ils représentent 63 % du marché.", "fr", "contradicted"),
    ("In 2023, sales had already fallen. E-bikes now make up 30% of the bicycles sold by volume. By value, they make "
     "up 63% of the market.", "en", "contradicted"),
    ("En 2023, les ventes avaient déjà reculé. Les vélos électriques pèsent désormais 30 % des vélos vendus en volume. "
     "En valeur, ils représentent 55 % du marché.", "fr", "supported"),
])
def test_an_earlier_edition_s_figure_against_the_year_s_own_is_a_wrong_period(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BIKE_EDITIONS), text, lang)
    assert_rule(st, want, "period") if want == "contradicted" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang", [
    # with no share of the year's own (only the share by volume, another measure), the earlier edition's figure
    # stays unchecked
    ("En 2023, les ventes avaient déjà reculé. Les vélos électriques pèsent désormais 30 % des vélos vendus en volume. "
     "En valeur, ils représentent 63 % du marché.", "fr"),
    ("In 2023, sales had already fallen. E-bikes now make up 30% of the bicycles sold by volume. By value, they make "
     "up 63% of the market.", "en"),
])
def test_an_earlier_edition_s_figure_alone_stays_unchecked(tmp_path_factory, text, lang):
    listing = "      - id: ".join(p for p in BIKE_EDITIONS.split("      - id: ") if "55" not in p)   # (no value share of 2024)
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), "unverified")


INHERITED = """
version: 1
sources:
  - id: bank
    title: Harbour Bank results 2024
    published: 2025-02-05
    facts:
      - id: net-income
        statement: Harbour Bank's net income grew 7.3% in 2024.
        quantity: {value: 7.3, unit: percent}
        as_of: 2024
      - id: gross-income
        statement: Harbour Bank's gross income grew 7.3% in 2024.
        quantity: {value: 7.3, unit: percent}
        as_of: 2024
      - id: resultat-net
        statement: Le résultat net de la Banque du Port progresse de 5,9 % en 2024.
        quantity: {value: 5.9, unit: percent}
        as_of: 2024
      - id: resultat-brut
        statement: Le résultat brut de la Banque du Port progresse de 5,9 % en 2024.
        quantity: {value: 5.9, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, fact", [
    # a gloss measures what its main clause names: the net income's rise, not the gross income's
    ("Harbour Bank posted net income of €3.2 billion for 2024, an increase of 7.3% on the year.", "en", "net-income"),
    ("La Banque du Port a dégagé un résultat net de 2,6 milliards d'euros en 2024, en hausse de 5,9 % sur un an.", "fr",
     "resultat-net"),
])
def test_a_gloss_measures_what_its_main_clause_names(tmp_path_factory, text, lang, fact):
    st = last_statement(checker_for(tmp_path_factory, INHERITED), text, lang)
    gloss = next(c for c in st.claims if c.claim.role == "gloss")
    assert (gloss.verdict, [e.fact for e in gloss.evidence if e.relation == "supports"]) == ("supported", [fact]), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


WORLDWIDE = """
version: 1
sources:
  - id: pumps
    title: Heat pump market 2024
    published: 2025-03-01
    facts:
      - id: sales
        statement: Global heat pump sales reached 3.4 million in 2024.
        quantity: {value: 3400000, unit: heat pumps}
        as_of: 2024
      - id: ventes
        statement: Les ventes mondiales de chaudières à granulés ont atteint 812 000 en 2024.
        quantity: {value: 812000, unit: chaudières}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # an adverb of scope opening the sentence is no proper name the fact must write
    ("Worldwide, heat pump sales reached 3.4 million in 2024.", "en"),
    ("Mondialement, les ventes de chaudières à granulés ont atteint 812 000 en 2024.", "fr"),
])
def test_an_opening_adverb_of_scope_is_no_name(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, WORLDWIDE), text, lang), "supported", "quantity")



ROUNDS = """
version: 1
entities:
  blue: {names: [Blue List, Liste bleue]}
sources:
  - id: council-vote
    title: Harnow council election, first round
    published: 2026-03-16
    facts:
      - id: blue-first
        statement: In the first round, the Blue List took 41.2 % of the votes cast.
        subject: blue
        quantity: {value: 41.2, unit: percent}
        as_of: 2026-03-15
      - id: bleue-premier
        statement: Au premier tour, la Liste bleue a recueilli 41,2 % des suffrages exprimés.
        subject: blue
        quantity: {value: 41.2, unit: percent}
        as_of: 2026-03-15
"""


@pytest.mark.parametrize("text, lang", [
    # a figure said of one occasion of a series (a round, a reading) is not the source's figure of another
    ("In the second round, the Blue List took 41.2 % of the votes cast.", "en"),
    ("Au second tour, la Liste bleue a recueilli 41,2 % des suffrages exprimés.", "fr"),
])
def test_a_figure_of_another_round_is_a_wrong_period(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, ROUNDS), text, lang), "contradicted", "period")


BASELINES = """
version: 1
sources:
  - id: lake-temps
    title: Lake Orlen temperature record
    published: 2026-01-15
    facts:
      - id: anomaly
        statement: Lake Orlen's surface in 2025 was 0.9 °C warmer than its 1981-2010 average.
        quantity: {value: 0.9, unit: °C}
        as_of: 2025
      - id: anomalie
        statement: En 2025, la surface du lac d'Orlen était 0,9 °C au-dessus de sa moyenne 1981-2010.
        quantity: {value: 0.9, unit: °C}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a figure measured against a baseline period the claim does not name is not the claim's figure
    ("Lake Orlen's surface in 2025 was 0.9 °C warmer than before the dam was built.", "en"),
    ("En 2025, la surface du lac d'Orlen était 0,9 °C au-dessus de son niveau d'avant le barrage.", "fr"),
])
def test_a_figure_against_another_baseline_period_is_not_confirmed(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, BASELINES), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang", [
    ("Lake Orlen's surface in 2025 was 0.9 °C warmer than its 1981-2010 average.", "en"),
    ("En 2025, la surface du lac d'Orlen était 0,9 °C au-dessus de sa moyenne 1981-2010.", "fr"),
])
def test_a_figure_against_the_same_baseline_period_is_confirmed(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, BASELINES), text, lang), "supported", "quantity")


ANTECEDENT_LIST = """
version: 1
sources:
  - id: cpi
    title: Consumer prices, April 2026
    published: 2026-05-15
    facts:
      - id: all
        statement: Consumer prices rose 1.2% over the year to April 2026.
        quantity: {value: 1.2, unit: percent}
        as_of: 2026-04
      - id: services
        statement: Prices of services rose 3.4% over the year to April 2026.
        quantity: {value: 3.4, unit: percent}
        as_of: 2026-04
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a relative clause naming no measure measures its antecedent's (the services), whose fact gives the figure
    # exactly; « ne … plus que » restricts, it denies nothing
    ("En avril 2026, la hausse tient surtout aux services, dont les prix n'augmentent plus que de 3,4 % sur un an.",
     "fr", "supported", "quantity"),
    ("In April 2026 the rise came mostly from services, whose prices went up by 3.4% over the year.", "en",
     "supported", "quantity"),
])
def test_a_relative_clause_measures_its_antecedent(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ANTECEDENT_LIST), text, lang), want, rule)



@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated change beside a dated level is of a year the claim names, not a wrong period against a later year's
    ("In April, the port authority estimated that 41,200 containers were handled in 2024, about 6.5% fewer than "
     "the 44,100 handled in 2023.", "en", "supported", "quantity"),
    ("Le port a traité 41 200 conteneurs en 2024, en baisse d'environ 6,5 %.", "fr", "supported", "quantity"),
])
def test_an_undated_change_is_of_a_year_the_claim_names(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: port
    title: Port traffic review
    published: 2025-04-01
    facts:
      - id: boxes-2024
        statement: The port handled 41,200 containers in 2024.
        quantity: {value: 41200, unit: containers}
        as_of: 2024
      - id: boxes-2023
        statement: The port handled 44,100 containers in 2023.
        quantity: {value: 44100, unit: containers}
        as_of: 2023
      - id: change-2024
        statement: Container traffic fell by about 6.5% in 2024 compared with 2023.
        quantity: {value: -6.5, unit: percent}
        as_of: 2024
  - id: port-h1
    title: Port traffic, first half of 2025
    published: 2025-09-01
    facts:
      - id: change-h1-2025
        statement: The 2.1% fall in container traffic in the first half of 2025 is the steepest since 2009.
        quantity: {value: -2.1, unit: percent}
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # a fiscal quarter is the one the fact's sentence names, whatever calendar quarter its date gives
    ("In the fiscal fourth quarter, Norvale's revenue reached $3.4 billion.", "en", "supported"),
    ("Au quatrième trimestre de son exercice, le chiffre d'affaires de Norvale a atteint 3,4 milliards de dollars.",
     "fr", "supported"),
    # another quarter is not it: the fourth quarter's figure given for the third is a wrong period
    ("In the fiscal third quarter, Norvale's revenue reached $3.4 billion.", "en", "contradicted"),
])
def test_a_fiscal_quarter_is_the_one_its_fact_names(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: norvale
    title: Norvale fiscal 2025 fourth-quarter results
    published: 2025-07-25
    facts:
      - id: q4-revenue
        statement: Norvale's revenue in the fourth quarter of fiscal 2025 (April to June 2025) was 3.4 billion dollars.
        quantity: {value: 3.4e9, unit: USD}
        as_of: 2025-Q2
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


QUARTER_AND_ITS_BASELINES = """
version: 1
entities:
  dravik: {names: [Dravik]}
  sellan: {names: [Sellan]}
sources:
  - id: dravik-fy2025
    title: Dravik results for the year to March 2025
    published: 2025-05-20
    facts:
      - id: q4-shipments
        statement: Dravik's fourth-quarter sales volumes were 8,240 tonnes, up 12% on a year earlier and up 4% on the third quarter.
        subject: dravik
        quantity: {value: 8240, unit: tonnes}
        as_of: 2025-03
  - id: sellan-2025
    title: Sellan, exercice clos en mars 2025
    published: 2025-05-20
    facts:
      - id: t4-livraisons
        statement: Au quatrième trimestre, les livraisons de Sellan ont atteint 6 310 tonnes, en hausse de 9 % sur un an et de 3 % par rapport au troisième trimestre.
        subject: sellan
        quantity: {value: 6310, unit: tonnes}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact's sentence that names several quarters is of the one it names before its first figure, the others the
    # quarters its changes are measured from: a fiscal fourth quarter dated March
    ("In the fourth quarter, Dravik shipped 8,240 tonnes.", "en", "supported"),
    ("In the fourth quarter, Dravik's sales volumes were 8,420 tonnes.", "en", "contradicted"),
    ("Au quatrième trimestre, Sellan a livré 6 310 tonnes.", "fr", "supported"),
    ("Au quatrième trimestre, les livraisons de Sellan ont atteint 6 130 tonnes.", "fr", "contradicted"),
])
def test_a_facts_quarter_is_the_one_before_its_figure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, QUARTER_AND_ITS_BASELINES), text, lang), want, "quantity")


@pytest.mark.parametrize("text, lang, want", [
    # a change said against the same quarter a year before is not the fact's change from the quarter before
    ("In the fourth quarter, Dravik's sales volumes were 8,240 tonnes, 12% more than in the same quarter a year "
     "before.", "en", "supported"),
    ("In the fourth quarter, Dravik's sales volumes were 8,240 tonnes, 4% more than in the same quarter a year "
     "before.", "en", "unverified"),
    ("Au quatrième trimestre, les livraisons de Sellan ont atteint 6 310 tonnes, 9 % de plus qu'au même trimestre "
     "un an plus tôt.", "fr", "supported"),
    ("Au quatrième trimestre, les livraisons de Sellan ont atteint 6 310 tonnes, 3 % de plus qu'au même trimestre "
     "un an plus tôt.", "fr", "unverified"),
])
def test_a_year_on_year_change_is_not_the_change_from_another_quarter(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, QUARTER_AND_ITS_BASELINES), text, lang), want)


FOUNDED_AND_NOW = """
version: 1
entities:
  marvelle: {names: [Marvelle]}
sources:
  - id: marvelle-profile
    title: Marvelle company profile
    published: 2025-07-01
    facts:
      - id: countries
        statement: Founded in 1998, Marvelle operates in 14 countries.
        subject: marvelle
        quantity: {value: 14, unit: countries}
        as_of: 2025-06
      - id: pays
        statement: Fondée en 1998, Marvelle est présente dans 14 pays.
        subject: marvelle
        quantity: {value: 14, unit: pays}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # an opening phrase that opens with an event's participle ("Founded in 1998", « Fondée en 1998 ») dates that event,
    # not the figure of the clause after it: the current figure
    ("Founded in 1998, Marvelle now operates in 14 countries.", "en", "supported"),
    ("Founded in 1998, Marvelle now operates in 41 countries.", "en", "contradicted"),
    ("Fondée en 1998, Marvelle est aujourd'hui présente dans 14 pays.", "fr", "supported"),
    ("Fondée en 1998, Marvelle est aujourd'hui présente dans 41 pays.", "fr", "contradicted"),
])
def test_an_event_opening_dates_its_event_not_the_figure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, FOUNDED_AND_NOW), text, lang), want, "quantity")


@pytest.mark.parametrize("text, lang, want", [
    # a qualifier every fact of the figure has ("monthly" users) is the list's one way to measure it: the article
    # that leaves it unsaid names the same measure less precisely, though another fact adds a qualifier ("net")
    ("Velora's ad-funded tier counted 180 million users at the end of 2024.", "en", "supported"),
    ("La formule financée par la publicité de Velora comptait 180 millions d'utilisateurs fin 2024.", "fr",
     "supported"),
    # a figure none of them gives is still not confirmed
    ("Velora's ad-funded tier counted 200 million users at the end of 2024.", "en", "unverified"),
])
def test_a_qualifier_every_fact_has_is_the_one_measure(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: velora
    title: Velora fourth-quarter 2024 update
    published: 2025-02-04
    facts:
      - id: mau
        statement: Velora counted 310 million monthly active users at the end of 2024.
        quantity: {value: 310e6, unit: monthly active users}
        as_of: 2024-12
      - id: ad-mau
        statement: Velora counted 180 million ad-funded monthly active users at the end of 2024.
        quantity: {value: 180e6, unit: ad-funded monthly active users}
        as_of: 2024-12
      - id: net-adds
        statement: Velora added a net 21 million monthly active users in the fourth quarter of 2024.
        quantity: {value: 21e6, unit: monthly active users}
        as_of: 2024-12
      - id: mau-fr
        statement: Velora comptait 310 millions d'utilisateurs actifs mensuels fin 2024.
        quantity: {value: 310e6, unit: utilisateurs actifs mensuels}
        as_of: 2024-12
      - id: ad-mau-fr
        statement: La formule financée par la publicité de Velora comptait 180 millions d'utilisateurs actifs mensuels fin 2024.
        quantity: {value: 180e6, unit: utilisateurs actifs mensuels}
        as_of: 2024-12
      - id: net-adds-fr
        statement: Velora a gagné 21 millions d'utilisateurs actifs mensuels nets au quatrième trimestre 2024.
        quantity: {value: 21e6, unit: utilisateurs actifs mensuels}
        as_of: 2024-12
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)



FULL_SPAN = """
version: 1
entities:
  halvard: {names: [Halvard]}
sources:
  - id: halvard-q4
    title: Halvard fourth-quarter results
    published: 2026-01-28
    facts:
      - id: cloud-q4
        statement: Halvard's cloud revenue grew 27% in the fourth quarter of 2025.
        subject: halvard
        quantity: {value: 27, unit: percent}
        as_of: 2025-Q4
      - id: ventes-t4
        statement: Les ventes de Halvard en France ont progressé de 12 % au quatrième trimestre 2025.
        subject: halvard
        quantity: {value: 12, unit: percent}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure said of the full year is never confirmed by a quarter's fact, even when no fact of the year is left
    ("Halvard's cloud revenue grew 27% in the fourth quarter.", "en", "supported"),
    ("Halvard's cloud revenue grew 27% over the full fiscal year.", "en", "unverified"),
    ("Les ventes de Halvard en France ont progressé de 12 % au quatrième trimestre.", "fr", "supported"),
    ("Sur l'ensemble de l'exercice, les ventes de Halvard en France ont progressé de 12 %.", "fr", "unverified"),
])
def test_a_full_years_figure_is_not_a_quarters(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FULL_SPAN), text, lang)
    assert_verdict(st, want)


ANOTHER_QUARTER = """
version: 1
entities:
  brenmoor: {names: [Brenmoor]}
sources:
  - id: brenmoor-q4
    title: Brenmoor fourth-quarter letter
    published: 2026-01-22
    facts:
      - id: margin-q3
        statement: Brenmoor's operating margin in the third quarter of 2025 was 18.4%.
        subject: brenmoor
        quantity: {value: 18.4, unit: percent}
        as_of: 2025-Q3
      - id: margin-q4
        statement: Brenmoor's operating margin in the fourth quarter of 2025 was 15.1%.
        subject: brenmoor
        quantity: {value: 15.1, unit: percent}
        as_of: 2025-Q4
      - id: marge-t4
        statement: La marge brute de Brenmoor a atteint 41,3 % au quatrième trimestre 2025.
        subject: brenmoor
        quantity: {value: 41.3, unit: percent}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure right for another quarter than the one its clause names is a wrong period
    ("Brenmoor's operating margin was 18.4% in the third quarter.", "en", "supported", "quantity"),
    ("Brenmoor's operating margin was 18.4% in the second quarter.", "en", "contradicted", "period"),
    ("La marge brute de Brenmoor a atteint 41,3 % au quatrième trimestre.", "fr", "supported", "quantity"),
    ("La marge brute de Brenmoor a atteint 41,3 % au premier trimestre.", "fr", "contradicted", "period"),
])
def test_a_figure_of_another_quarter(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ANOTHER_QUARTER), text, lang), want, rule)



SINCE_YEAR = """
version: 1
sources:
  - id: kelby-crime
    title: Crime in Kelby, 2025
    published: 2026-01-22
    facts:
      - id: burglary
        statement: The rise in recorded crime was because of a 12% increase in burglaries, to around 3,400 offences, the highest since burglaries were first recorded in 2009.
        quantity: {value: 3400, unit: offences}
        as_of: 2025
      - id: cambriolages
        statement: La hausse tient à une progression de 9 % des cambriolages, à environ 2 700 faits, un niveau inédit depuis le début de leur recensement en 2011.
        quantity: {value: 2700, unit: faits}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the year a stretch of time begins in the main clause ("the highest since … in 2009") is no year of the figures
    # of its relative clause
    ("The increase was driven by burglaries, which jumped by 12% to about 3,400 offences, the highest since the "
     "police began recording them in 2009.", "en", "supported", "quantity"),
    ("La hausse est portée par les cambriolages, qui ont progressé de 9 % à environ 2 700 faits, du jamais vu depuis "
     "le début de leur recensement en 2011.", "fr", "supported", "quantity"),
    ("Burglaries jumped by 12% to about 3,400 offences in 2019.", "en", "contradicted", "date"),
])
def test_a_since_year_of_the_main_clause_is_no_year_of_the_relative(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SINCE_YEAR), text, lang)
    assert_rule(st, want, rule)



MONTH_AFTER = """
version: 1
sources:
  - id: butter
    title: Average butter prices, 2024
    published: 2024-10-15
    facts:
      - id: butter-march
        statement: The average price of a pound of butter was $5.10 in March 2024.
        quantity: {value: 5.10, unit: USD per pound}
        as_of: 2024-03
      - id: butter-september
        statement: The average price of a pound of butter was $3.20 in September 2024.
        quantity: {value: 3.20, unit: USD per pound}
        as_of: 2024-09
  - id: cafe
    title: Prix moyen du café, 2024
    published: 2024-10-15
    facts:
      - id: cafe-mars
        statement: Le prix moyen du kilo de café était de 12,40 euros en mars 2024.
        quantity: {value: 12.40, unit: EUR per kg}
        as_of: 2024-03
      - id: cafe-septembre
        statement: Le prix moyen du kilo de café était de 9,80 euros en septembre 2024.
        quantity: {value: 9.80, unit: EUR per kg}
        as_of: 2024-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # the month written right after a figure ("… to $3.20 by September") is its own, not the earlier figure's
    ("Butter prices per pound peaked at $5.10 in March 2024 before sliding to $3.20 by September.", "en", "supported"),
    ("Le prix moyen du kilo de café a culminé à 12,40 euros en mars 2024 avant de retomber à 9,80 euros "
     "en septembre.", "fr", "supported"),
])
def test_a_month_written_after_the_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, MONTH_AFTER), text, lang)
    assert_verdict(st, want)



OCCUPANCY = """
version: 1
sources:
  - id: hotels
    title: Bilan hôtelier de l'été 2025
    published: 2025-09-20
    facts:
      - id: toulouse
        statement: Le taux d'occupation des hôtels de Toulouse a atteint 81 % en août 2025.
        quantity: {value: 81, unit: percent}
        as_of: 2025-08
      - id: region
        statement: Les hôtels d'Occitanie ont enregistré 9,2 millions de nuitées sur l'été 2025.
        quantity: {value: 9.2e6, unit: nights}
        as_of: 2025-08
"""


@pytest.mark.parametrize("text, lang, want", [
    # a place written after an elided article (« de l'Occitanie ») that the list writes, but not the fact giving the
    # figure: that fact is another place's, however exactly its figure agrees
    ("Dans l'ensemble de l'Occitanie, le taux d'occupation des hôtels a atteint 81 % en août 2025.", "fr", "unverified"),
    ("À Toulouse, le taux d'occupation des hôtels a atteint 81 % en août 2025.", "fr", "supported"),
    ("Across all of Occitanie, hotel occupancy reached 81% in August 2025.", "en", "unverified"),
])
def test_a_place_after_an_elided_article_the_list_writes_scopes_the_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OCCUPANCY), text, lang)
    assert_verdict(st, want)



MONTHS = """
version: 1
sources:
  - id: fiscal
    title: Spring statement
    published: 2025-04-02
    facts:
      - id: forecast
        statement: The council's forecast of 41.2 million pounds of borrowing was made at the spring review in March 2025.
        quantity: {value: 41.2e6, unit: GBP}
        as_of: 2025-03
      - id: prevision
        statement: La prévision d'un emprunt de 37,5 millions d'euros de la métropole a été faite lors de la revue de printemps, en mars 2025.
        quantity: {value: 37.5e6, unit: EUR}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # the one month the claim states alone against the month the confirming fact gives its figure for
    ("Back in March, the council had forecast borrowing of 41.2 million pounds.", "en", "supported"),
    ("Back in October, the council had forecast borrowing of 41.2 million pounds.", "en", "contradicted"),
    ("En mars, la métropole prévoyait un emprunt de 37,5 millions d'euros.", "fr", "supported"),
    ("En octobre, la métropole prévoyait un emprunt de 37,5 millions d'euros.", "fr", "contradicted"),
])
def test_a_figure_of_another_month_is_a_wrong_period(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, MONTHS), text, lang)
    assert_verdict(st, want)


REGIONS = """
version: 1
entities:
  upper-dalia: {names: [Upper Dalia, UDR]}
sources:
  - id: mills
    title: Résultats annuels des meuneries Valtorne
    published: 2025-03-01
    facts:
      - id: flour
        statement: En 2024 les ventes de farine de Valtorne ont reculé de 14 % en Norvanie et de 6 % en Basse-Orlande.
        quantity: {value: -14, unit: percent}
        as_of: 2024
      - id: north
        statement: En Estrie, le chiffre d'affaires de Valtorne a baissé de 18 % en 2024, à 2,7 milliards d'euros.
        quantity: {value: 2.7e9, unit: EUR}
        as_of: 2024
      - id: south
        statement: En Orlande, le chiffre d'affaires de Valtorne a baissé de 4 % en 2024, à 3,1 milliards d'euros.
        quantity: {value: 3.1e9, unit: EUR}
        as_of: 2024
      - id: visits-high
        statement: Au 1er mars 2024, la fréquentation des moulins atteint +12 % en Haute-Orlande, la plus forte hausse.
        quantity: {value: 12, unit: percent}
        as_of: 2024-03-01
      - id: visits
        statement: Au 1er mars 2024, la fréquentation des moulins progresse de 5 % en Orlande et de 8 % en Estrie.
        as_of: 2024-03-01
  - id: ports
    title: Port traffic 2024
    published: 2025-03-01
    facts:
      - id: boxes
        statement: In 2024 container traffic at Corvel ports fell 9% in Westmark and 3% in Upper Dalia.
        quantity: {value: -9, unit: percent}
        as_of: 2024
      - id: rents
        statement: In 2024 average berth rents at Corvel reached £810 (4.1%) in Westmark and £640 (2.2%) in Upper Dalia.
        quantity: {value: 810, unit: GBP}
        as_of: 2024
      - id: dalia
        statement: In 2024 container traffic at Corvel ports fell 6% in Dalia, the steepest fall.
        quantity: {value: -6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure a fact gives another place, beside the one it gives the claim's: each figure with its own place
    ("Les ventes de farine de Valtorne ont plongé de 14 % en Basse-Orlande en 2024.", "fr", "contradicted", "region"),
    ("Les ventes de farine de Valtorne ont reculé de 6 % en Basse-Orlande en 2024.", "fr", "supported",
     "quantity-alongside"),
    ("In 2024 container traffic at Corvel ports fell 9% in Upper Dalia.", "en", "contradicted", "region"),
    ("In 2024 container traffic at Corvel ports fell 3% in Upper Dalia.", "en", "supported", "quantity-alongside"),
    ("In 2024 container traffic at Corvel ports rose 3% in Upper Dalia.", "en", "contradicted", "quantity"),
    # a place opening the fact's sentence scopes its figures; another fact gives the claim's place its own
    ("En Orlande, le chiffre d'affaires de Valtorne a chuté de 18 % en 2024, à 2,7 milliards d'euros.", "fr",
     "contradicted", "region"),
    ("En Orlande, le chiffre d'affaires de Valtorne a baissé de 4 % en 2024, à 3,1 milliards d'euros.", "fr",
     "supported", "quantity"),
    # a place inside a longer name is another place: Orlande is not Haute-Orlande
    ("Au 1er mars 2024, l'Orlande affichait la plus forte hausse de fréquentation des moulins, à +12 %.", "fr",
     "contradicted", "region"),
    # a figure glossed by a bracketed one is of the place written after the gloss
    ("In 2024 average berth rents at Corvel reached £810 in Upper Dalia.", "en", "contradicted", "region"),
    ("In 2024 average berth rents at Corvel reached £640 in Upper Dalia.", "en", "supported", "quantity-alongside"),
    # two names of one entity of the list are one place
    ("In 2024 average berth rents at Corvel reached £640 in the UDR.", "en", "supported", "quantity-alongside"),
    # a place named before the figure as a whole name, possessive or not
    ("In 2024 Upper Dalia's container traffic at Corvel ports fell 3%.", "en", "supported", "quantity-alongside"),
    ("In 2024 Dalia's container traffic at Corvel ports fell 3%.", "en", "contradicted", "quantity"),
    ("In 2024 Dalia's container traffic at Corvel ports fell 6%.", "en", "supported", "quantity"),
    ("Au 1er mars 2024, la Haute-Orlande affichait la plus forte hausse de fréquentation des moulins, à +12 %.", "fr",
     "supported", "quantity"),
])
def test_each_figure_of_a_fact_is_of_its_own_place(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REGIONS), text, lang), want, rule)


DEMONYMS = """
version: 1
entities:
  gridvale: {names: [Gridvale]}
sources:
  - id: gridvale-2025
    title: Storm Perrin outages
    published: 2025-03-04
    facts:
      - id: all
        statement: On 3 March 2025, 1.4 million homes had no power in the United Kingdom, Gridvale said.
        subject: gridvale
        quantity: {value: 1.4e6, unit: homes}
        as_of: 2025-03-03
      - id: part
        statement: Of those, 610,000 homes had no power in Scotland.
        subject: gridvale
        quantity: {value: 610000, unit: homes}
        as_of: 2025-03-03
  - id: gridvale-2025-fr
    title: Tempête Perrin, coupures
    published: 2025-03-04
    facts:
      - id: all-fr
        statement: Le 3 mars 2025, 2,3 millions de foyers étaient privés de courant en France, selon Gridvale.
        subject: gridvale
        quantity: {value: 2.3e6, unit: foyers}
        as_of: 2025-03-03
      - id: part-fr
        statement: Parmi eux, 540 000 foyers étaient privés de courant en Bretagne.
        subject: gridvale
        quantity: {value: 540000, unit: foyers}
        as_of: 2025-03-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a place written as an adjective is the figure's place: the country's figure, while the list gives the region
    # another, is not the region's; the region's own figure is confirmed
    ("Selon Gridvale, plus de 2 millions de foyers bretons étaient privés de courant le 3 mars 2025.", "fr",
     "contradicted"),
    ("Selon Gridvale, quelque 540 000 foyers bretons étaient privés de courant le 3 mars 2025.", "fr", "supported"),
    ("According to Gridvale, more than 1.2 million Scottish homes had no power on 3 March 2025.", "en", "contradicted"),
    ("According to Gridvale, some 610,000 Scottish homes had no power on 3 March 2025.", "en", "supported"),
])
def test_a_demonym_is_its_place(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DEMONYMS), text, lang), want)


@pytest.mark.parametrize("text, lang", [
    # a place the table of demonyms names, opening the sentence, is still a name (not a word of the language): the
    # list gives no figure of it, so its figure stays unverified, neither the country's nor a region's
    ("Norway, by contrast, counted only about 61,000 homes with no power on 3 March 2025.", "en"),
    ("Norway, by contrast, counted some 610,000 homes with no power on 3 March 2025.", "en"),
    ("Belgique, en revanche, ne comptait que 61 000 foyers privés de courant le 3 mars 2025.", "fr"),
])
def test_a_place_of_the_demonym_table_opening_a_sentence_is_a_name(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DEMONYMS), text, lang), "unverified")

MARGIN_HALVES = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: corvane-2023
    title: Corvane annual results 2023
    published: 2024-02-20
    facts:
      - id: margin-year
        statement: Corvane's operating margin was 9.1 % over the whole of 2023.
        subject: corvane
        quantity: {value: 9.1, unit: percent}
        as_of: 2023
      - id: marge-annee
        statement: La marge opérationnelle de Corvane était de 8,2 % sur l'ensemble de l'année 2023.
        subject: corvane
        quantity: {value: 8.2, unit: percent}
        as_of: 2023
  - id: corvane-h1-2024
    title: Corvane first-half results 2024
    published: 2024-07-30
    facts:
      - id: margin-h1
        statement: In the first half of 2023, Corvane's operating margin was 11.6 %.
        subject: corvane
        quantity: {value: 11.6, unit: percent}
        as_of: 2023-06
      - id: marge-s1
        statement: Au premier semestre 2023, la marge opérationnelle de Corvane atteignait 10,7 %.
        subject: corvane
        quantity: {value: 10.7, unit: percent}
        as_of: 2023-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure dated by a year alone is the whole year's: a half's equal figure does not confirm it when the list
    # gives the year's otherwise; the half's figure said of the half stays confirmed
    ("Corvane's operating margin was 11.6 % in 2023.", "en", "contradicted"),
    ("Corvane's operating margin was 9.1 % in 2023.", "en", "supported"),
    ("Corvane's operating margin was 11.6 % in the first half of 2023.", "en", "supported"),
    ("La marge opérationnelle de Corvane était de 10,7 % en 2023.", "fr", "contradicted"),
    ("La marge opérationnelle de Corvane était de 8,2 % en 2023.", "fr", "supported"),
    ("La marge opérationnelle de Corvane était de 10,7 % au premier semestre 2023.", "fr", "supported"),
])
def test_a_year_s_figure_is_not_confirmed_by_a_half_s_fact(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, MARGIN_HALVES), text, lang)
    assert_verdict(st, want)


STORM = """
version: 1
entities:
  castelford: {names: [Castelford]}
sources:
  - id: storm
    title: Storm Orlen, final toll
    published: 2025-10-01
    facts:
      - id: toll
        statement: Storm Orlen killed 41 people in Castelford province in September 2025.
        subject: castelford
        quantity: {value: 41, unit: people}
        as_of: 2025-09
      - id: toll-fr
        statement: La tempête Orlen a fait 41 morts dans la province de Castelford en septembre 2025.
        subject: castelford
        quantity: {value: 41, unit: morts}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure said of a place the list never names (in the claim before it, or as the possessor of who reports
    # it) is not refuted by the list's figure for another place: it is unverified
    ("Further north, Varnia's civil protection agency reported 12 deaths after Storm Orlen.", "en", "unverified"),
    ("In Varnia, Storm Orlen killed 12 people in September 2025.", "en", "unverified"),
    ("En Varnie, la tempête Orlen a fait 12 morts en septembre 2025.", "fr", "unverified"),
    # the list's own place with a wrong figure is still wrong, the right figure confirmed
    ("Storm Orlen killed 14 people in Castelford province in September 2025.", "en", "contradicted"),
    ("La tempête Orlen a fait 14 morts dans la province de Castelford en septembre 2025.", "fr", "contradicted"),
    ("Storm Orlen killed 41 people in Castelford province in September 2025.", "en", "supported"),
    ("La tempête Orlen a fait 41 morts dans la province de Castelford en septembre 2025.", "fr", "supported"),
])
def test_a_figure_of_a_place_the_list_never_names_is_not_refuted(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, STORM), text, lang)
    assert_verdict(st, want)



QUARTER_LEVELS = """
version: 1
entities:
  norvane: {names: [Norvane]}
sources:
  - id: norvane-q4
    title: Norvane fourth-quarter 2024 results
    published: 2025-01-30
    facts:
      - id: q4-op
        statement: Norvane's fourth-quarter 2024 operating profit was 4.2 billion dollars, up about 40 percent from a year earlier.
        subject: norvane
        quantity: {value: 4.2e9, unit: USD}
        as_of: 2024-12
      - id: t4-ventes
        statement: Au quatrième trimestre 2024, le chiffre d'affaires de Norvane atteint 18,5 milliards d'euros, en hausse de 6 % sur un an.
        subject: norvane
        quantity: {value: 18.5e9, unit: EUR}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level counted over a quarter ("quarterly operating profit") is what a fact of one quarter gives
    ("Norvane's quarterly operating profit was $4.2 billion.", "en", "supported"),
    ("Le chiffre d'affaires trimestriel de Norvane atteint 18,5 milliards d'euros.", "fr", "supported"),
    # a wrong level is refuted; a change on the quarter before ("quarterly … grew 40 %") is not the year-on-year one
    ("Norvane's quarterly operating profit was $4.6 billion.", "en", "contradicted"),
    ("Le chiffre d'affaires trimestriel de Norvane atteint 19,5 milliards d'euros.", "fr", "contradicted"),
    ("Norvane's quarterly operating profit grew 40 percent.", "en", "unverified"),
    ("Le chiffre d'affaires trimestriel de Norvane progresse de 6 %.", "fr", "unverified"),
])
def test_a_quarterly_level_met_by_a_fact_of_one_quarter(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, QUARTER_LEVELS), text, lang), want)



OUTAGES = """
version: 1
entities:
  estrie: {names: [Estrie]}
  eastmark: {names: [Eastmark, EMK]}
  corvel: {names: [Corvel]}
  union: {names: [Dalian Union, DU]}
  norvania: {names: [Norvania, Norvanie]}
  westmark: {names: [Westmark]}
  upper-dalia: {names: [Upper Dalia, Haute-Dalie]}
sources:
  - id: outlook
    title: Flour outlook 2025
    published: 2025-01-15
    facts:
      - id: regional
        statement: For 2025 the agency expects flour demand to fall by less than 1% in Norvania, to rise by 7% in Westmark and to fall by nearly 2% in Upper Dalia.
        as_of: 2025
      - id: regional-fr
        statement: Pour 2025, l'agence prévoit que la demande de semoule recule de moins de 1 % en Norvanie, progresse de 9 % en Westmark et recule de près de 2 % en Haute-Dalie.
        as_of: 2025
  - id: storm
    title: Tempête Orva, bilan
    published: 2025-02-01
    facts:
      - id: foyers
        statement: La tempête Orva a privé d'électricité plus de 41 200 foyers dans 12 villes et villages de l'Estrie.
        quantity: {value: 41200, unit: foyers, bound: at-least}
        as_of: 2025-01
      - id: homes
        statement: Storm Orva cut power to more than 41,200 homes in 12 towns and villages of Eastmark.
        quantity: {value: 41200, unit: homes, bound: at-least}
        as_of: 2025-01
      - id: kell
        statement: Storm Kell cut power to 18,300 homes in 9 towns and villages in Eastmark.
        quantity: {value: 18300, unit: homes}
        as_of: 2025-01
      - id: union
        statement: Flour exports rose 7% in the Dalian Union in 2024.
        quantity: {value: 7, unit: percent}
        as_of: 2024
  - id: corvel-q4
    title: Corvel reports fourth quarter results (fiscal 2024)
    publisher: corvel
    published: 2024-10-30
    facts:
      - id: q4-revenue
        statement: Corvel's revenue in the quarter ended September 27, 2024 was a record 12.4 billion dollars.
        subject: corvel
        quantity: {value: 12.4e9, unit: USD}
        as_of: 2024-09
  - id: corvel-q3
    title: Corvel reports third quarter results (fiscal 2024)
    publisher: corvel
    published: 2024-07-31
    facts:
      - id: q3-boats
        statement: Corvel's boat revenue was 3.1 billion dollars in the quarter ended June 28, 2024.
        subject: corvel
        quantity: {value: 3.1e9, unit: USD}
        as_of: 2024-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact writes, in the same words, for another place than the claim's: that place's figure
    ("La tempête Orva a privé d'électricité plus de 41 200 foyers dans 12 villes et villages du Valtorne.", "fr", "contradicted",
     "region"),
    ("Storm Orva cut power to more than 41,200 homes in 12 towns and villages of Westmark.", "en", "contradicted", "region"),
    # controls: the fact's own place; another name of the same entity; a part of it (a word in common)
    ("La tempête Orva a privé d'électricité plus de 41 200 foyers dans 12 villes et villages de l'Estrie.", "fr", "supported",
     "quantity"),
    ("Storm Orva cut power to more than 41,200 homes in 12 towns and villages of Eastmark.", "en", "supported", "quantity"),
    ("Storm Orva cut power to more than 41,200 homes in 12 towns and villages of the EMK.", "en", "supported", "quantity"),
    ("Storm Orva cut power to more than 41,200 homes in 12 towns and villages of North Eastmark.", "en", "supported",
     "quantity"),
    # written after a preposition of place only, the two places may be of two kinds: unchecked
    ("Storm Kell cut power to 18,300 homes in 9 towns and villages in Westmark.", "en", "unverified", "region"),
    ("Storm Kell cut power to 18,300 homes in 9 towns and villages in Eastmark.", "en", "supported", "quantity"),
    # a place of one stem as a name of the entity (Dalia, the Dalian Union) is no other place
    ("Flour exports to Dalia rose 7% in 2024.", "en", "supported", "quantity"),
])
def test_a_figure_written_for_another_place_in_the_same_words_is_that_places(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OUTAGES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a quarter written with the month it ended in is the quarter of the months up to it (a fiscal quarter), not the
    # calendar quarter of a fact of another month
    ("Corvel reported revenue of $12.4 billion for its fiscal third quarter, which ended on June 28, a record.", "en",
     "contradicted", "period"),
    ("Corvel a publié un chiffre d'affaires de 12,4 milliards de dollars pour son troisième trimestre, qui s'est achevé "
     "le 28 juin, un record.", "fr", "contradicted", "period"),
    # controls: the quarter that ended in the fact's month
    ("Corvel reported revenue of $12.4 billion for its fiscal fourth quarter, which ended on September 27, a record.",
     "en", "supported", "quantity"),
    ("Corvel a publié un chiffre d'affaires de 12,4 milliards de dollars pour son quatrième trimestre, clos le 27 "
     "septembre, un record.", "fr", "supported", "quantity"),
])
def test_a_quarter_written_with_the_month_it_ended_in_is_of_that_month(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OUTAGES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact with no declared figure is read once per figure of its sentence: those readings are one fact, not
    # another that writes the claim's place and the figure (the figure of Westmark, which gives Upper Dalia another)
    ("The agency projects a 7% increase in Upper Dalia flour demand in 2025.", "en", "contradicted", "region"),
    ("En 2025, la demande de semoule progresse de 9 % en Haute-Dalie, selon l'agence.", "fr", "contradicted", "region"),
    ("The agency projects a 7% increase in Westmark flour demand in 2025.", "en", "supported", "quantity"),
    ("En 2025, la demande de semoule progresse de 9 % en Westmark, selon l'agence.", "fr", "supported", "quantity"),
])
def test_the_readings_of_one_fact_are_no_other_fact_giving_the_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OUTAGES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # the quarter a change starts from ("from the third quarter", « par rapport au troisième trimestre ») is not
    # the figure's own: the fourth quarter's change confirms it
    ("Subscriptions to Lumora's basic plan grew about 24% from the third quarter.", "en", "supported"),
    ("Les abonnements à la formule de base de Lumora ont progressé d'environ 24 % par rapport au troisième "
     "trimestre.", "fr", "supported"),
    # the figure's own quarter still dates it: the fourth quarter's change given for the third is a wrong period
    ("In the third quarter, subscriptions to Lumora's basic plan grew about 24%.", "en", "contradicted"),
])
def test_a_quarter_a_change_starts_from_is_not_the_figures(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: lumora
    title: Lumora fourth-quarter 2025 shareholder letter
    published: 2026-01-22
    facts:
      - id: basic-plan
        statement: Subscriptions to Lumora's basic plan increased about 24% quarter over quarter in the fourth quarter of 2025.
        quantity: {value: 24, unit: percent}
        as_of: 2025-Q4
      - id: basic-plan-fr
        statement: Les abonnements à la formule de base de Lumora ont progressé d'environ 24 % au quatrième trimestre 2025 par rapport au trimestre précédent.
        quantity: {value: 24, unit: percent}
        as_of: 2025-Q4
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


POINTED_PERIOD = """
version: 1
sources:
  - id: orvane
    title: Orvane, résultats annuels 2025
    published: 2026-02-10
    facts:
      - id: q3-sales
        statement: Au troisième trimestre 2025, le chiffre d'affaires d'Orvane s'est élevé à 412 millions d'euros.
        quantity: {value: 412e6, unit: EUR}
        as_of: 2025-Q3
      - id: q4-sales
        statement: Au quatrième trimestre 2025, le chiffre d'affaires d'Orvane s'est élevé à 455 millions d'euros.
        quantity: {value: 455e6, unit: EUR}
        as_of: 2025-Q4
      - id: h2-margin
        statement: Au second semestre 2025, la marge opérationnelle d'Orvane a été de 1,2 %.
        quantity: {value: 1.2, unit: percent}
        as_of: 2025-12
      - id: margin-2024
        statement: La marge opérationnelle d'Orvane était de 9,5 % sur l'ensemble de l'année 2024.
        quantity: {value: 9.5, unit: percent}
        as_of: 2024
      - id: h2-margin-en
        statement: In the second half of 2025, Orvane's operating margin was 1.2%.
        quantity: {value: 1.2, unit: percent}
        as_of: 2025-12
      - id: margin-2024-en
        statement: Orvane's operating margin for the full year 2024 was 9.5%.
        quantity: {value: 9.5, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a period a demonstrative points back to (« ces trois mois », "those three months") is the one named just
    # before, not the latest the list gives: another quarter's figure is a wrong period, that quarter's own confirmed
    ("Orvane a ralenti au troisième trimestre. Le chiffre d'affaires de ces trois mois a atteint 455 millions "
     "d'euros.", "fr", "contradicted", "period"),
    ("Orvane a ralenti au troisième trimestre. Le chiffre d'affaires de ces trois mois a atteint 412 millions "
     "d'euros.", "fr", "supported", "quantity"),
    ("Orvane slowed down in the third quarter. Its revenue over those three months came to €455 million.",
     "en", "contradicted", "period"),
    ("Orvane slowed down in the third quarter. Its revenue over those three months came to €412 million.",
     "en", "supported", "quantity"),
    # a bound said of the period pointed to is judged against that period's facts, not every year's
    ("Au second semestre, Orvane a peiné. Sa marge opérationnelle sur cette période n'a pas dépassé 1,2 %.",
     "fr", "supported", "quantity"),
    # (a control: English reads "did not exceed" as a bound, not a denial, with or without the period)
    ("Orvane struggled in the second half. Its operating margin did not exceed 1.2% over the period.",
     "en", "supported", "quantity"),
])
def test_a_period_pointed_back_to_is_the_one_named_before(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, POINTED_PERIOD), text, lang), want, rule)



@pytest.mark.parametrize("text, want", [
    # a figure that is the subject of « attendaient » counts who waits: what happened, not an expectation
    ("À midi, près de 640 000 foyers attendaient encore le retour de l'électricité en Valmontie.", "supported"),
    ("À midi, près de 710 000 foyers attendaient encore le retour de l'électricité en Valmontie.", "contradicted"),
    # what someone expected stays an expectation, which a measured figure does not decide
    ("Les opérateurs attendaient 640 000 foyers privés d'électricité à midi en Valmontie.", "unverified"),
    ("À midi, 640 000 foyers doivent être privés d'électricité en Valmontie.", "unverified"),
])
def test_a_figure_before_a_verb_of_waiting_is_no_expectation(tmp_path_factory, text, want):
    listing = """
version: 1
sources:
  - id: storm
    title: Tempête Zelda - dépêches du 5 mars 2025
    published: 2025-03-05
    facts:
      - id: homes-noon
        statement: A midi le 5 mars, 640 000 foyers étaient encore privés d'électricité en Valmontie.
        quantity: {value: 640000, unit: foyers, bound: about}
        as_of: 2025-03-05
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, "fr"), want)


@pytest.mark.parametrize("text, want", [
    # a name inside another name's run still has its initials (« du Fonds de garantie des récoltes » : FGR)
    ("Le déficit des régimes obligatoires de base de la Caisse agricole et du Fonds de garantie des récoltes (FGR) "
     "a atteint 4,2 milliards d'euros en 2024.", "supported"),
    ("Le déficit des régimes obligatoires de base de la Caisse agricole et du Fonds de garantie des récoltes (FGR) "
     "a atteint 4,6 milliards d'euros en 2024.", "contradicted"),
])
def test_a_name_inside_another_is_found_by_its_initials(tmp_path_factory, text, want):
    listing = """
version: 1
sources:
  - id: caisse
    title: Comptes de la protection agricole 2024
    published: 2025-05-20
    facts:
      - id: solde
        statement: En 2024, le déficit des régimes obligatoires de base de la caisse agricole et du FGR s'établit à 4,2 milliards d'euros.
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2024
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, "fr"), want)


JOINED_NAME = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: corvane
    title: Corvane annual results 2025
    publisher: corvane
    published: 2026-02-10
    facts:
      - id: transport-share-en
        statement: The Rail/Freight division accounted for 27.4% of Corvane's consulting revenue in 2025.
        subject: corvane
        quantity: {value: 27.4, unit: percent}
        as_of: 2025
      - id: transport-share-fr
        statement: Le pôle Santé/Social représente 18,6 % du chiffre d'affaires Conseil de Corvane en 2025.
        subject: corvane
        quantity: {value: 18.6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a name whose parts a hyphen joins is the name the source joins by a slash ("Rail-Freight", "Rail/Freight")
    ("Corvane published its results. The Rail-Freight division accounted for 27.4% of its consulting revenue.", "en"),
    ("Corvane a publié ses résultats. Le pôle Santé-Social représente 18,6 % de son chiffre d'affaires Conseil.", "fr"),
])
def test_a_name_joined_by_a_hyphen_is_the_one_joined_by_a_slash(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, JOINED_NAME), text, lang), "supported", "quantity")



A_YEAR_BEFORE = """
version: 1
sources:
  - id: fares
    title: Osterland Ferries fares report 2025
    published: 2026-02-01
    facts:
      - id: fare-2025
        statement: Osterland Ferries' average fare was 31.40 euros in 2025.
        quantity: {value: 31.40, unit: EUR}
        as_of: 2025
      - id: fare-2024
        statement: Osterland Ferries' average fare was 28.60 euros in 2024.
        quantity: {value: 28.60, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level written beside "a year earlier" / « un an plus tôt » is the year before the one spoken of: 2024's
    ("Osterland Ferries' average fare rose in 2025. It had stood at €28.60 a year earlier.", "en", "supported"),
    ("Osterland Ferries' average fare was €31.40 in 2025, above the €28.60 it had been the year before.", "en",
     "supported"),
    ("Le tarif moyen d'Osterland Ferries a atteint 31,40 euros en 2025. Il s'établissait à 28,60 euros un an plus tôt.",
     "fr", "supported"),
    # (a figure neither year gives stays wrong)
    ("Osterland Ferries' average fare rose in 2025. It had stood at €26.60 a year earlier.", "en", "contradicted"),
    ("Le tarif moyen d'Osterland Ferries a atteint 31,40 euros en 2025. Il s'établissait à 26,60 euros un an plus tôt.",
     "fr", "contradicted"),
])
def test_a_level_a_year_earlier_is_the_year_before(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, A_YEAR_BEFORE), text, lang), want)



VALMER_FERRIES = """
version: 1
sources:
  - id: ferries
    title: Bilan annuel de Valmer Ferries 2025
    published: 2026-02-12
    facts:
      - id: trips
        statement: Valmer Ferries passenger numbers rose 12% to 3.4 million in 2025.
        quantity: {value: 3.4e6, unit: passengers}
        as_of: 2025
      - id: trajets
        statement: Le nombre de passagers de Valmer Ferries a progressé de 12 % à 3,4 millions en 2025.
        quantity: {value: 3.4e6, unit: passengers}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the year before the fact's is the year a change is measured from only when the claim writes it so ("from",
    # « par rapport à »): a change "in 2024" is that year's own, which the source does not give
    ("Valmer Ferries passenger numbers rose 12% in 2024, reaching 3.4 million for the year.", "en", "contradicted"),
    ("Le nombre de passagers de Valmer Ferries a progressé de 12 % en 2024, à 3,4 millions sur l'année.", "fr",
     "unverified"),
    ("Valmer Ferries passenger numbers rose 12% from the same period of 2024, reaching 3.4 million in 2025.", "en",
     "supported"),
    ("Le nombre de passagers de Valmer Ferries a progressé de 12 % par rapport à la même période de 2024, à 3,4 "
     "millions en 2025.", "fr", "supported"),
])
def test_a_year_before_the_facts_is_a_baseline_only_when_written_as_one(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, VALMER_FERRIES), text, lang), want)


WIND = """
version: 1
entities:
  korvania: {names: [Korvania, Korvanie]}
sources:
  - id: wind-2024
    title: Continental wind outlook 2025
    published: 2025-05-12
    facts:
      - id: korvania
        statement: Korvania added 12 GW of wind capacity in 2024, 60% of the continent's installations.
        subject: korvania
        quantity: {value: 12, unit: GW}
        as_of: 2024
      - id: drelland
        statement: Drelland accounted for 9% of the continent's wind installations in 2024.
        quantity: {value: 9, unit: percent}
        as_of: 2024
      - id: korvanie
        statement: La Korvanie a installé 12 GW d'éolien en 2024, 60 % des installations du continent.
        subject: korvania
        quantity: {value: 12, unit: GW}
        as_of: 2024
      - id: drellande
        statement: Le Drelland a représenté 9 % des installations éoliennes du continent en 2024.
        quantity: {value: 9, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure met only by a fact that names, before its figure, a party of its own and none of the claim's, while
    # the claim's other figure is its own party's: the other party's share, not a confirmation
    ("Korvania added 12 GW of wind capacity in 2024, yet accounted for less than half of the continent's "
     "installations.", "en", "unverified"),
    ("La Korvanie a installé 12 GW d'éolien en 2024, mais a représenté moins de la moitié des installations du "
     "continent.", "fr", "unverified"),
    ("Korvania added 12 GW of wind capacity in 2024, 60% of the continent's installations.", "en", "supported"),
    ("La Korvanie a installé 12 GW d'éolien en 2024, 60 % des installations du continent.", "fr", "supported"),
])
def test_a_figure_met_only_by_another_partys_fact_is_not_confirmed(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, WIND), text, lang), want)


SOLAR_REGIONS = """
version: 1
sources:
  - id: solar-2024
    title: Solar outlook 2025
    published: 2025-05-12
    facts:
      - id: westmark
        statement: Solar installations in Westmark rose 15% to 82.1 GW in 2024.
        quantity: {value: 82.1, unit: GW}
        as_of: 2024
      - id: eastmere
        statement: Installations in the Eastmere Plains fell 2% in 2024.
        quantity: {value: -2, unit: percent}
        as_of: 2024
      - id: westmarque
        statement: En Westmarque, les installations solaires ont progressé de 15 % à 82,1 GW en 2024.
        quantity: {value: 82.1, unit: GW}
        as_of: 2024
      - id: estmere
        statement: En Estmérie, les installations ont reculé de 2 % en 2024.
        quantity: {value: -2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a place after a preposition of place that the confirming fact does not write and another fact of the list
    # does: the figure is read for a place the list gives figures of its own for, not confirmed
    ("Solar installations across the Eastmere Plains climbed 15% in 2024, reaching 82.1 GW.", "en", "unverified"),
    # (a place further on in the figure's clause, « en 2024 en Estmérie », is its place: the rise is refuted by the
    # fall the list gives that place)
    ("Les installations solaires ont progressé de 15 % en 2024 en Estmérie, pour atteindre 82,1 GW.", "fr", "mixed"),
    ("Solar installations across Westmark climbed 15% in 2024, reaching 82.1 GW.", "en", "supported"),
    ("En Westmarque, les installations solaires ont progressé de 15 % en 2024, à 82,1 GW.", "fr", "supported"),
])
def test_a_place_another_fact_gives_figures_for_is_not_confirmed(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SOLAR_REGIONS), text, lang), want)


HOMELESS_REPORTS = """
version: 1
entities:
  trust: {names: [Halden Trust, Fondation Halden]}
sources:
  - id: trust-2024
    title: Halden Trust report on homelessness 2024
    publisher: trust
    published: 2024-01-30
    superseded_by: trust-2025
    facts:
      - id: homeless
        statement: The Halden Trust puts the number of homeless people at 39,000.
        quantity: {value: 39000, unit: people}
        as_of: 2024
  - id: trust-2025
    title: Halden Trust report on homelessness 2025
    publisher: trust
    published: 2025-02-03
    facts:
      - id: homeless
        statement: The Halden Trust puts the number of homeless people at 41,000.
        quantity: {value: 41000, unit: people}
        as_of: 2025
      - id: sans-abri
        statement: La Fondation Halden estime à 41 000 le nombre de personnes sans abri.
        quantity: {value: 41000, unit: personnes}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the publication date a relative clause gives the document a figure comes from, against the confirming source's
    ("In its latest report, published in January 2024, the Halden Trust put the number of homeless people at 41,000.",
     "en", "mixed"),
    ("Dans son dernier rapport, publié en janvier 2024, la Fondation Halden estime à 41 000 le nombre de personnes "
     "sans abri.", "fr", "mixed"),
    ("In its latest report, published in February 2025, the Halden Trust put the number of homeless people at 41,000.",
     "en", "supported"),
    ("Dans son dernier rapport, publié en février 2025, la Fondation Halden estime à 41 000 le nombre de personnes "
     "sans abri.", "fr", "supported"),
])
def test_the_publication_date_of_the_figures_report(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, HOMELESS_REPORTS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a forecast's figure ("is seen … to") is the forecast fact's, however the words rank the realised figure of the
    # measure above it (the mechanism reads no words; "is seen" is English's: data/lang/en/claims.yaml)
    ("Velmora Logistics published its annual results. Revenue is seen edging up 4 percent to 12.9 billion euros.",
     "en", "supported"),
    # (another figure is no forecast the list gives: never supported)
    ("Velmora Logistics published its annual results. Revenue is seen edging up 4 percent to 13.9 billion euros.",
     "en", "unverified"),
    ("Velmora Logistics published its annual results. Revenue was a record 12.4 billion euros.", "en", "supported"),
])
def test_a_forecast_figure_is_the_forecast_fact_s(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: velmora-results
    title: Velmora Logistics annual results 2025
    published: 2026-02-10
    facts:
      - id: revenue-2025
        statement: Velmora Logistics' consolidated revenues for the year ended December 31, 2025 were a record 12.4 billion euros, up 5.1 percent from the previous year.
        quantity: {value: 12.4, unit: EUR billion}
        as_of: 2025
      - id: outlook-2026
        statement: Velmora Logistics expects sales of 12.9 billion euros for 2026, up 4.0 percent.
        quantity: {value: 12.9, unit: EUR billion}
        as_of: 2026
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), want)


PLACE_PARTS = """
version: 1
entities:
  corvane: {names: [Corvane, groupe Corvane]}
  westmark: {names: [Westmark, Westmark Province]}
sources:
  - id: corvane-fy2024
    title: Corvane – Résultats annuels 2024
    publisher: corvane
    published: 2025-02-14
    facts:
      - id: orlande-hors-valmont
        statement: En 2024, les ventes en Orlande hors Valmont progressent de 7 % à taux de change constants.
        quantity: {value: 7, unit: percent}
        as_of: 2024
      - id: norland
        statement: In 2024, sales in Norland excluding Tarvia rose 7% at constant currency.
        quantity: {value: 7, unit: percent}
        as_of: 2024
  - id: agence-2025-02
    title: Corvane réalise une nouvelle année record
    author: Agence
    published: 2025-02-14
    facts:
      - id: valmont
        statement: Le chiffre d'affaires de Corvane au Valmont progresse de 14 % en 2024 grâce à la clientèle locale.
        quantity: {value: 14, unit: percent}
        as_of: 2024
      - id: tarvia
        statement: Corvane's revenue in Tarvia grew 14% in 2024 thanks to local customers.
        quantity: {value: 14, unit: percent}
        as_of: 2024
  - id: floods
    title: Flood relief count, 3 May 2024
    published: 2024-05-03
    facts:
      - id: victims-three
        statement: On 3 May 2024 the relief agency counted 5,120 flood victims in Westmark, Ostmark and Dalia.
        quantity: {value: 5120, unit: victims, bound: exact}
        as_of: 2024-05-03
      - id: victims-westmark
        statement: Westmark Province accounted for 3,870 of the flood victims on 3 May 2024.
        quantity: {value: 3870, unit: victims, bound: exact}
        as_of: 2024-05-03
      - id: sinistres-trois
        statement: Le 3 mai 2024, l'agence recensait 4 310 sinistrés en Estrie, en Norvanie et en Valtorne.
        quantity: {value: 4310, unit: sinistrés, bound: exact}
        as_of: 2024-05-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a place with another taken out of it (« hors », "excluding") is not the place taken out: that one's figure
    # is not its figure, the one the list gives it is
    # (the quantity rule decides it, naming the other region's fact the 14 % belongs to)
    ("L'Orlande hors Valmont, elle, a bondi de 14 %.", "fr", "contradicted", "quantity"),
    ("L'Orlande hors Valmont, elle, a progressé de 7 %.", "fr", "supported", "quantity"),
    ("Le Valmont, lui, a bondi de 14 %.", "fr", "supported", "quantity"),
    ("Norland excluding Tarvia, meanwhile, grew 7%.", "en", "supported", "quantity"),
    ("Tarvia, for its part, jumped 14%.", "en", "supported", "quantity"),
    # one place of several said alone ("alone", « seule ») is not given the figure of all of them
    ("On 3 May 2024 the relief agency counted 5,120 flood victims in Westmark alone.", "en", "contradicted", "region"),
    ("On 3 May 2024 the relief agency counted 5,120 flood victims in Westmark, Ostmark and Dalia.", "en", "supported",
     "quantity"),
    # (without "alone", the figure of several places given to one is contradicted only by the list's figure of that one)
    ("On 3 May 2024 the relief agency counted 5,120 flood victims in Westmark.", "en", "contradicted", "region"),
    ("Le 3 mai 2024, l'agence recensait 4 310 sinistrés dans la seule Estrie.", "fr", "unverified", "region"),
    ("Le 3 mai 2024, l'agence recensait 4 310 sinistrés en Estrie, en Norvanie et en Valtorne.", "fr", "supported",
     "quantity"),
])
def test_a_place_taken_out_or_said_alone(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PLACE_PARTS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # « sur l'année », "for the year": the whole year's figure, not the first half's
    ("Les ventes de Belcour ont progressé de 6,4 % en données comparables sur l'année.", "fr", "contradicted", "period"),
    ("Les ventes de Belcour ont progressé de 4,2 % en données comparables sur l'année.", "fr", "supported", "quantity"),
    ("Norvik Foods' sales grew 5.3% on a like-for-like basis for the year.", "en", "contradicted", "period"),
    ("Norvik Foods' sales grew 3.1% on a like-for-like basis for the year.", "en", "supported", "quantity"),
])
def test_over_the_year_is_the_whole_year(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, HALVES), text, lang), want, rule)


@pytest.mark.parametrize("text, known, want", [
    # the name after an exclusion word is not the figure's place: the place is what remains
    ("Norland excluding Tarvia grew 14%.", {"tarvia", "norland excluding tarvia"}, "norland excluding tarvia"),
    ("L'Orlande hors Valmont, elle, a bondi de 14 %.", {"valmont", "orlande hors valmont"}, "orlande hors valmont"),
    ("In 2024 sales outside Tarvia grew 14%.", {"tarvia"}, "outside tarvia"),
])
def test_a_place_taken_out_is_not_the_figure_s_place(text, known, want):
    from factcheck.checks.judge.place import figure_places
    at = text.index("14")
    assert figure_places(text, [(at, at + 3)], frozenset(known)) == [want]



RESULT_SCOPES = """
version: 1
entities:
  corvane: {names: [Corvane, groupe Corvane]}
sources:
  - id: corvane-2024
    title: Résultats annuels 2024 de Corvane
    publisher: corvane
    published: 2025-02-10
    facts:
      - id: net-consolide
        statement: Le résultat net de l'ensemble consolidé de Corvane est stable à 4,812 milliards d'euros en 2024.
        subject: corvane
        quantity: {value: 4.812e9, unit: EUR}
        as_of: 2024
      - id: net-part-groupe
        statement: Le résultat net part du groupe de Corvane recule de 2,1 % à 3,904 milliards d'euros en 2024.
        subject: corvane
        quantity: {value: 3.904e9, unit: EUR}
        as_of: 2024
      - id: adjusted
        statement: Corvane's adjusted operating profit rose to $7.31 billion in 2024.
        subject: corvane
        quantity: {value: 7.31e9, unit: USD}
        as_of: 2024
      - id: reported
        statement: Corvane's operating profit on a statutory basis was $6.15 billion in 2024.
        subject: corvane
        quantity: {value: 6.15e9, unit: USD}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the scope of a result the agreeing fact does not name while another fact gives it otherwise: wrong measure
    ("Le résultat net part du groupe de Corvane est resté stable, à 4,8 milliards d'euros en 2024.", "fr",
     "contradicted", "quantity-measure"),
    ("Corvane's statutory operating profit was $7.31 billion in 2024.", "en", "contradicted", "quantity-measure"),
    ("Corvane's statutory operating profit rose to $7.31 billion in 2024.", "en", "contradicted", "quantity-measure"),
    # controls: the scope the fact names, or none
    ("Le résultat net de l'ensemble consolidé de Corvane est resté stable, à 4,8 milliards d'euros en 2024.", "fr",
     "supported", "quantity"),
    ("Le résultat net part du groupe de Corvane a reculé, à 3,9 milliards d'euros en 2024.", "fr", "supported", "quantity"),
    ("Corvane's adjusted operating profit rose to $7.31 billion in 2024.", "en", "supported", "quantity"),
])
def test_a_result_of_another_scope_is_another_measure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RESULT_SCOPES), text, lang), want, rule)


SCOPES_IN_ONE_SENTENCE = """
version: 1
entities:
  dorvel: {names: [Dorvel, groupe Dorvel]}
  mirast: {names: [Mirast]}
sources:
  - id: dorvel-2024
    title: Résultats annuels 2024 de Dorvel
    publisher: dorvel
    published: 2025-03-12
    facts:
      - id: nets
        statement: En 2024, le résultat net consolidé de Dorvel est de -61,4 millions d'euros et le résultat net part du groupe de -42,7 millions d'euros.
        subject: dorvel
        quantity: {value: -42.7e6, unit: EUR}
        as_of: 2024
  - id: mirast-2024
    title: Mirast full-year results 2024
    publisher: mirast
    published: 2025-03-14
    facts:
      - id: nets
        statement: Mirast's net profit attributable to the Group fell 18.0% to €51.3 million in 2024; total net profit, including minority interests, fell 17.6% to €53.9 million.
        subject: mirast
        quantity: {value: 51.3e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a sentence naming several scopes of a result gives each figure the scope of its own clause (else the one named
    # last before it): the group share's figure is not the consolidated result's, nor the total's the group share's
    ("Le groupe Dorvel affiche une perte nette consolidée de 42,7 millions d'euros en 2024.", "fr", "unverified"),
    ("Mirast's net profit attributable to the Group fell 18% to €53.9 million in 2024.", "en", "unverified"),
    # controls: each figure said of its own scope
    ("Le groupe Dorvel affiche une perte nette part du groupe de 42,7 millions d'euros en 2024.", "fr", "supported"),
    ("Mirast's net profit attributable to the Group fell 18% to €51.3 million in 2024.", "en", "supported"),
])
def test_each_figure_of_a_sentence_has_its_own_scope(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SCOPES_IN_ONE_SENTENCE), text, lang), want, "quantity")


BASELINE_SCOPES = """
version: 1
entities:
  norvane: {names: [Norvane]}
  tarrick: {names: [Tarrick]}
sources:
  - id: norvane-2023
    title: Rapport annuel 2023 de Norvane
    publisher: norvane
    published: 2024-04-12
    facts:
      - id: roc-2022
        statement: Le résultat opérationnel courant de Norvane avant gains et pertes de change était négatif de 7 M€ en 2022.
        subject: norvane
        quantity: {value: -7e6, unit: EUR}
        as_of: 2022
      - id: rn-2023
        statement: Le résultat net de l'ensemble consolidé de Norvane est nul (0 M€) en 2023, contre une perte de 19 M€ en 2022.
        subject: norvane
        quantity: {value: 0, unit: EUR}
        as_of: 2023
  - id: tarrick-2023
    title: Tarrick annual report 2023
    publisher: tarrick
    published: 2024-04-12
    facts:
      - id: adj-2022
        statement: Tarrick's adjusted operating profit was a loss of £7m in 2022.
        subject: tarrick
        quantity: {value: -7e6, unit: GBP}
        as_of: 2022
      - id: stat-2023
        statement: Tarrick's statutory profit before tax was £4m in 2023, compared with a loss of £19m in 2022.
        subject: tarrick
        quantity: {value: 4e6, unit: GBP}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a starting level set off after the main clause, naming no scope of its own, is of the main clause's result:
    # another version's figure of the year before is not it
    ("Le résultat net de l'ensemble consolidé de Norvane ressort à l'équilibre en 2023, contre une perte de 7 millions "
     "d'euros un an plus tôt.", "fr", "contradicted"),
    ("Tarrick's statutory profit before tax was £4m in 2023, compared with a loss of £7m a year earlier.", "en", "mixed"),
    # controls: the main clause's own starting level
    ("Le résultat net de l'ensemble consolidé de Norvane ressort à l'équilibre en 2023, contre une perte de 19 millions "
     "d'euros un an plus tôt.", "fr", "supported"),
    ("Tarrick's statutory profit before tax was £4m in 2023, compared with a loss of £19m a year earlier.", "en",
     "supported"),
])
def test_a_starting_level_set_off_is_of_the_main_clauses_scope(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, BASELINE_SCOPES), text, lang), want, "quantity")


RESULT_VARIANTS = """
version: 1
entities:
  talvane: {names: [Talvane, groupe Talvane]}
sources:
  - id: talvane-2024
    title: Résultats annuels 2024 de Talvane
    publisher: talvane
    published: 2025-02-12
    facts:
      - id: ca
        statement: Talvane a réalisé en 2024 un chiffre d'affaires de 4 380 millions d'euros, en hausse de 9 %.
        subject: talvane
        quantity: {value: 4.38e9, unit: EUR}
        as_of: 2024
      - id: ca-pro-forma
        statement: Pro forma, comme si Brenlo avait été acquis au 1er janvier, le chiffre d'affaires de Talvane ressort à 5 214 millions d'euros.
        subject: talvane
        quantity: {value: 5.214e9, unit: EUR}
        as_of: 2024
      - id: net
        statement: Le résultat net 2024 de Talvane s'élève à 640 millions d'euros.
        subject: talvane
        quantity: {value: 6.4e8, unit: EUR}
        as_of: 2024
      - id: net-ajuste
        statement: Le résultat net ajusté 2024 ressort à 812 millions d'euros, en hausse de 11 %.
        quantity: {value: 8.12e8, unit: EUR}
        as_of: 2024
      - id: fcf
        statement: Le free cash flow de Talvane atteint 1 720 millions d'euros en 2024.
        subject: talvane
        quantity: {value: 1.72e9, unit: EUR}
        as_of: 2024
      - id: operating-adjusted
        statement: Talvane's pro forma operating profit was 2.4 billion euros in 2024.
        subject: talvane
        quantity: {value: 2.4e9, unit: EUR}
        as_of: 2024
      - id: operating
        statement: Talvane's operating profit was 1.9 billion euros in 2024.
        subject: talvane
        quantity: {value: 1.9e9, unit: EUR}
        as_of: 2024
      - id: orders
        statement: Talvane's comparable orders declined 4 percent in 2024 to 9.6 billion euros.
        subject: talvane
        quantity: {value: 9.6e9, unit: EUR}
        as_of: 2024
      - id: revenue
        statement: Talvane's comparable revenue grew 3 percent in 2024 to 8.7 billion euros.
        subject: talvane
        quantity: {value: 8.7e9, unit: EUR}
        as_of: 2024
      - id: net-part-du-groupe
        statement: Le résultat net part du groupe de Talvane a progressé de 2 % en 2024, à 1 350 millions d'euros.
        subject: talvane
        quantity: {value: 1.35e9, unit: EUR}
        as_of: 2024
      - id: net-income
        statement: Talvane's net income rose 2 percent in 2024 to 1.35 billion euros.
        subject: talvane
        quantity: {value: 1.35e9, unit: EUR}
        as_of: 2024
      - id: free-cash-flow
        statement: Talvane's free cash flow reached 1.72 billion euros in 2024.
        subject: talvane
        quantity: {value: 1.72e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of a variant of the result (pro forma, adjusted) said of the result itself, which another fact
    # gives otherwise: the wrong measure
    ("Le chiffre d'affaires consolidé de Talvane s'établit à 5,2 milliards d'euros en 2024.", "fr", "contradicted",
     "quantity-measure"),
    ("Le chiffre d'affaires de Talvane s'établit à 5,2 milliards d'euros en 2024.", "fr", "contradicted",
     "quantity-measure"),
    ("Talvane's operating profit reached 2.4 billion euros in 2024.", "en", "contradicted", "quantity-measure"),
    # the result's figure said of its variant, by a fact of the report that leaves its party to its source
    ("Le résultat net ajusté de Talvane a atteint 640 millions d'euros en 2024.", "fr", "contradicted",
     "quantity-measure"),
    # controls: the variant said as such, the result's own figure
    ("Le chiffre d'affaires pro forma de Talvane s'établit à 5,2 milliards d'euros en 2024.", "fr", "supported",
     "quantity"),
    ("Pro forma, le chiffre d'affaires de Talvane s'établit à 5,2 milliards d'euros en 2024.", "fr", "supported",
     "quantity"),
    ("Le chiffre d'affaires de Talvane s'établit à 4,4 milliards d'euros en 2024.", "fr", "supported", "quantity"),
    ("Le résultat net ajusté a atteint 812 millions d'euros en 2024.", "fr", "supported", "quantity"),
    ("Le résultat net de Talvane a atteint 640 millions d'euros en 2024.", "fr", "supported", "quantity"),
    ("Talvane's pro forma operating profit reached 2.4 billion euros in 2024.", "en", "supported", "quantity"),
    ("Talvane's operating profit reached 1.9 billion euros in 2024.", "en", "supported", "quantity"),
])
def test_a_variant_of_a_result_is_another_measure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RESULT_VARIANTS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure and its change another measure's (orders for revenue, net income for free cash flow), written in
    # that fact's other words: the fact is not preferred as the figure's measure for giving the figure itself
    ("Measured on a comparable basis, Talvane's revenue declined 4 percent in 2024 to 9.6 billion euros.", "en",
     "contradicted", "quantity-measure"),
    ("Talvane a vu son free cash flow croître de 2 % en 2024, à 1 350 millions d'euros.", "fr", "contradicted",
     "quantity-measure"),
    ("Talvane saw its free cash flow grow 2 percent in 2024, to 1.35 billion euros.", "en", "contradicted",
     "quantity-measure"),
    # controls: the measure the fact names
    ("Measured on a comparable basis, Talvane's orders declined 4 percent in 2024 to 9.6 billion euros.", "en",
     "supported", "quantity"),
    ("En 2024, le résultat net part du groupe de Talvane a progressé de 2 %, à 1 350 millions d'euros.", "fr",
     "supported", "quantity"),
    ("Talvane saw its net income grow 2 percent in 2024, to 1.35 billion euros.", "en", "supported", "quantity"),
    ("En 2024, le free cash flow de Talvane a atteint 1 720 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_figure_of_another_measure_is_read_on_its_words(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RESULT_VARIANTS), text, lang), want, rule)


PART_CLAUSES = """
version: 1
sources:
  - id: incendies
    title: Bilan des incendies du Valtorne
    published: 2025-02-10
    facts:
      - id: granges
        statement: 1 240 granges ont brûlé dans le Valtorne en 2024, dont 18 % entièrement, les autres en partie.
        quantity: {value: 1240, unit: granges}
        as_of: 2024
      - id: barns
        statement: 2,360 barns burned in Kessel county in 2024, of which 21% entirely, the others in part.
        quantity: {value: 2360, unit: barns}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a word the fact writes only of a part of its figure, given to the whole: wrong measure
    ("En 2024, 1 240 granges ont entièrement brûlé dans le Valtorne.", "fr", "contradicted", "quantity-measure"),
    ("In 2024, 2,360 barns burned entirely in Kessel county.", "en", "contradicted", "quantity-measure"),
    # controls: the whole's words, and the part's word in a part clause of the claim's own, without a comma
    ("En 2024, 1 240 granges ont brûlé dans le Valtorne.", "fr", "supported", "quantity"),
    ("En 2024, 1 240 granges ont brûlé dans le Valtorne dont 18 % entièrement.", "fr", "supported", "quantity"),
    ("In 2024, 2,360 barns burned in Kessel county including 21% entirely.", "en", "supported", "quantity"),
    ("In 2024, 2,360 barns burned in Kessel county.", "en", "supported", "quantity"),
])
def test_a_word_said_only_of_a_part_is_not_the_wholes(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PART_CLAUSES), text, lang), want, rule)



GAMES = """
version: 1
entities:
  committee: {names: [Orlan 2026, Orlan Games Committee, comité d'organisation]}
sources:
  - id: accounts
    title: Final accounts of the Orlan 2026 Games
    published: 2027-05-20
    facts:
      - id: surplus
        statement: The Orlan Games Committee closed its accounts with a surplus of about 41 million euros.
        subject: committee
        quantity: {value: 41000000, unit: EUR}
        as_of: 2027-05
      - id: surplus-fr
        statement: Le comité d'organisation d'Orlan 2026 a dégagé un excédent d'environ 41 millions d'euros.
        subject: committee
        quantity: {value: 41000000, unit: EUR}
        as_of: 2027-05
"""


@pytest.mark.parametrize("text, lang, want", [
    # a year inside a name of the list ("Orlan 2026") is part of the name, not the year of the figure …
    ("The Orlan 2026 committee closed its accounts with a surplus of about 41 million euros.", "en", "supported"),
    ("Le comité d'organisation d'Orlan 2026 a bouclé ses comptes sur un excédent d'environ 41 millions d'euros.", "fr",
     "supported"),
    # … a year of its own is the figure's
    ("In 2026 the Orlan Games Committee closed its accounts with a surplus of about 41 million euros.", "en",
     "contradicted"),
])
def test_a_year_inside_a_name_is_no_date(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GAMES), text, lang)
    assert_verdict(st, want)


BIKES = """
version: 1
sources:
  - id: bikes
    title: Le marché du vélo à Valtorne en 2024
    published: 2025-04-02
    facts:
      - id: units
        statement: 1 845 vélos neufs ont été vendus à Valtorne en 2024.
        quantity: {value: 1845, unit: vélos}
        as_of: 2024
      - id: electric-share
        statement: En volume, les vélos électriques représentent 31 % des ventes de Valtorne en 2024.
        quantity: {value: 31, unit: percent}
        as_of: 2024
      - id: units-en
        statement: In 2024, 1,845 new bikes were sold in Valtorne.
        quantity: {value: 1845, unit: bikes}
        as_of: 2024
      - id: electric-share-en
        statement: In real terms, electric bikes made up 31% of Valtorne's sales in 2024.
        quantity: {value: 31, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # a count of things is in units by nature: « en volume », "in real terms" qualify no count of bikes
    ("En volume, 1 845 vélos neufs ont été vendus à Valtorne en 2024.", "fr"),
    ("In real terms, 1,845 new bikes were sold in Valtorne in 2024.", "en"),
])
def test_a_count_of_things_takes_no_real_terms_qualifier(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, BIKES), text, lang)
    assert_rule(st, "supported", "quantity")


MARGINS = """
version: 1
sources:
  - id: results
    title: Corvane full-year results 2024
    published: 2025-02-12
    facts:
      - id: sales
        statement: Corvane's underlying sales growth was 3.1% in 2024.
        quantity: {value: 3.1, unit: percent}
        as_of: 2024
      - id: margin
        statement: Corvane's underlying operating margin rose 150 basis points to 16.2% in 2024, with gross margin up 210 basis points.
        quantity: {value: 16.2, unit: percent}
        as_of: 2024
      - id: ventes
        statement: La croissance sous-jacente des ventes de Corvane a été de 3,1 % en 2024.
        quantity: {value: 3.1, unit: percent}
        as_of: 2024
      - id: marge
        statement: La marge opérationnelle sous-jacente de Corvane a progressé de 150 points de base à 16,2 % en 2024, la marge brute gagnant 210 points de base.
        quantity: {value: 16.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # the words after a fact's figure, past the comma that ends its clause, qualify the next figure ("gross margin up
    # 210 basis points"), not the figure: the fact of the same measure decides it
    ("Corvane's underlying operating margin was 16.2% in 2024.", "en"),
    ("La marge opérationnelle sous-jacente de Corvane s'est établie à 16,2 % en 2024.", "fr"),
])
def test_a_qualifier_past_the_figure_s_clause_is_the_next_figure_s(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, MARGINS), text, lang)
    assert_rule(st, "supported", "quantity")


PUMPS = """
version: 1
sources:
  - id: pumps
    title: Heat pumps in Valtorne, 2024
    published: 2025-03-02
    facts:
      - id: extra
        statement: The 1.2 million extra heat pumps installed in 2024 compared with 2023 exceed the total installed in Valtorne in 2019.
        quantity: {value: 1200000, unit: heat pumps}
        as_of: 2024
      - id: dividende
        statement: Valmont proposera aux actionnaires réunis en 2026 un dividende de 0,52 euro par action au titre de 2025.
        quantity: {value: 0.52, unit: EUR per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a year the source writes in the claim's own words (what the figure is compared with, when it is proposed) is
    # not the figure's wrong year: left unverified …
    ("The 1.2 million extra heat pumps installed compared with 2023 exceed the total installed in Valtorne in 2019.",
     "en", "unverified"),
    ("Un dividende de 0,52 euro par action sera proposé aux actionnaires réunis en 2026.", "fr", "unverified"),
    # … a year of its own the source does not write is still a wrong year
    ("In 2019, 1.2 million extra heat pumps were installed in Valtorne.", "en", "contradicted"),
    ("Un dividende de 0,52 euro par action sera proposé au titre de 2026.", "fr", "contradicted"),
])
def test_a_year_the_source_writes_alike_is_no_wrong_year(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PUMPS), text, lang)
    assert_verdict(st, want)



PAIRED = """
version: 1
entities:
  healthbody: {names: [Regional Health Office, Office régional de santé]}
sources:
  - id: fever
    title: Fever report
    publisher: healthbody
    published: 2025-03-01
    facts:
      - id: north
        statement: In the north, Velmor reported 41,250 fever cases and Ostria 38,120 in 2024.
        quantity: {value: 41250, unit: fever cases}
        as_of: 2024
      - id: nord
        statement: Dans le nord, Velmor a signalé 41 250 cas de fièvre et Ostria 38 120 en 2024.
        quantity: {value: 41250, unit: cas de fièvre}
        as_of: 2024
      - id: total-2024
        statement: The office recorded 3.4 million fever cases in 2024.
        quantity: {value: 3.4e6, unit: fever cases}
        as_of: 2024
      - id: total-2023
        statement: In 2023 about 2.1 million fever cases and 1,900 deaths were recorded.
        quantity: {value: 2.1e6, unit: fever cases}
        as_of: 2023
      - id: deaths-2024
        statement: The office recorded 2,950 fever deaths in 2024.
        quantity: {value: 2950, unit: deaths}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a count written in groups of thousands right after a name counts ("Ostria 38,120"), and each figure goes with
    # the party written right before it: swapped, they are wrong
    ("In the north, Velmor reported about 41,000 fever cases and Ostria some 38,000 in 2024.", "en", "supported"),
    ("In the north, Velmor reported about 38,000 fever cases and Ostria some 41,000 in 2024.", "en", "contradicted"),
    ("Dans le nord, Velmor a signalé environ 41 000 cas de fièvre et Ostria quelque 38 000 en 2024.", "fr", "supported"),
    ("Dans le nord, Velmor a signalé environ 41 000 cas de fièvre et Ostria quelque 41 000 en 2024.", "fr", "contradicted"),
])
def test_each_figure_with_the_party_written_before_it(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PAIRED), text, lang), want)


BUYERS = """
version: 1
entities:
  mintboard: {names: [Metals Board, Conseil des métaux]}
  velbank: {names: [Bank of Velmor, Banque de Velmor, Velmor]}
  ostbank: {names: [Bank of Ostria, Banque d'Ostria, Ostria]}
sources:
  - id: metals
    title: Metals report
    publisher: mintboard
    published: 2025-02-01
    facts:
      - id: buyers
        statement: The Bank of Velmor was the largest buyer of silver in 2024 with 310 tonnes, followed by the Bank of Ostria with 240 tonnes.
        subject: velbank
        quantity: {value: 310, unit: t}
        as_of: 2024
      - id: acheteurs
        statement: La Banque de Velmor a été le premier acheteur de cuivre en 2024 avec 520 tonnes, devant la Banque d'Ostria avec 470 tonnes.
        subject: velbank
        quantity: {value: 520, unit: t}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # two figures tied to two parties on both sides, one by its clause's subject and the other by the name right
    # before it: the pairing must match, swapped it is wrong
    ("In 2024 the Bank of Velmor bought 310 tonnes of silver, ahead of the Bank of Ostria with 240 tonnes.", "en",
     "supported"),
    ("In 2024 the Bank of Ostria bought 310 tonnes of silver, ahead of the Bank of Velmor with 240 tonnes.", "en",
     "contradicted"),
    ("En 2024, la Banque de Velmor a acheté 520 tonnes de cuivre, devant la Banque d'Ostria avec 470 tonnes.", "fr",
     "supported"),
    ("En 2024, la Banque d'Ostria a acheté 520 tonnes de cuivre, devant la Banque de Velmor avec 470 tonnes.", "fr",
     "contradicted"),
])
def test_two_figures_paired_with_two_parties(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BUYERS), text, lang)
    assert_rule(st, want, "region") if want == "contradicted" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a date's relative clause ("2023, when …", « 2023, quand … ») sets its figures in that year, though the date is a
    # baseline
    ("The office recorded 3.4 million fever cases in 2024. That is far above 2023, when about 2.1 million cases and "
     "some 1,900 deaths were recorded.", "en", "supported"),
    ("The office recorded 3.4 million fever cases in 2024. That is far above 2023, when about 2.1 million cases and "
     "some 2,950 deaths were recorded.", "en", "mixed"),
    ("L'office a recensé 3,4 millions de cas de fièvre en 2024. C'est bien plus qu'en 2023, quand quelque 1 900 décès "
     "avaient été recensés.", "fr", "supported"),
])
def test_a_dates_relative_clause_is_of_that_date(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PAIRED), text, lang), want)




RATE_SINCE = """
version: 1
sources:
  - id: rates-feb
    title: Savings rate decision, March
    published: 2025-02-20
    facts:
      - id: cut
        statement: The Velmor savings rate falls to 3.1 % on 1 March 2025, its first cut since early 2019, when it went from 1.25 % to 0.9 %.
        quantity: {value: 3.1, unit: percent}
        as_of: 2025-03
      - id: cut-fr
        statement: Le taux du compte d'épargne de Velmor baisse à 3,1 % au 1er mars 2025, sa première baisse depuis début 2019, quand il était passé de 1,25 % à 0,9 %.
        quantity: {value: 3.1, unit: percent}
        as_of: 2025-03
  - id: rates-aug
    title: Savings rate decision, September
    published: 2025-08-20
    facts:
      - id: aug
        statement: The Velmor savings rate is set at 2.2 % on 1 September 2025.
        quantity: {value: 2.2, unit: percent}
        as_of: 2025-09-01
      - id: aug-fr
        statement: Le taux du compte d'épargne de Velmor est fixé à 2,2 % au 1er septembre 2025.
        quantity: {value: 2.2, unit: percent}
        as_of: 2025-09-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # so does the start of a span ("since early 2019, when …", « depuis début 2019, lorsque … »): its figures are
    # that date's, not the date of the statement before; a figure the source does not give there is not supported
    ("The Velmor savings rate was set at 2.2 % on 1 September 2025. It was the first cut since early 2019, when the "
     "rate went from 1.25 % to 0.9 %.", "en", "supported"),
    ("Le taux du compte d'épargne de Velmor a été fixé à 2,2 % au 1er septembre 2025. C'était sa première baisse depuis "
     "début 2019, lorsque le taux était passé de 1,25 % à 0,9 %.", "fr", "supported"),
    ("The Velmor savings rate was set at 2.2 % on 1 September 2025. It was the first cut since early 2019, when the "
     "rate went from 1.25 % to 0.8 %.", "en", "not supported"),
])
def test_a_span_starts_relative_clause_is_of_that_date(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RATE_SINCE), text, lang)
    assert (st.verdict != "supported") if want == "not supported" else st.verdict == want, \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]

YEAR_AND_QUARTER = """
version: 1
sources:
  - id: cars
    title: Carmaker sales
    published: 2025-01-10
    facts:
      - id: q4
        statement: Corvane sold 59,410 cars in the fourth quarter of 2024.
        quantity: {value: 59410, unit: cars}
        as_of: 2024-12
      - id: year
        statement: Corvane sold 176,480 cars in 2024.
        quantity: {value: 176480, unit: cars}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # "over the full year", said after the quarter, makes the figure that follows the year's
    ("Corvane sold 59,410 cars in the fourth quarter, and it sold about 176,000 cars over the full year.", "en",
     "supported"),
    ("Corvane sold 59,410 cars in the fourth quarter, and it sold about 196,000 cars over the full year.", "en",
     "contradicted"),
])
def test_the_full_year_after_a_quarter(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEAR_AND_QUARTER), text, lang), want)


YEAR_THEN_QUARTER = """
version: 1
sources:
  - id: sales
    title: Corvane results
    published: 2025-02-10
    facts:
      - id: year
        statement: Corvane's sales grew 6.2 % in 2024 on a like-for-like basis.
        quantity: {value: 6.2, unit: percent}
        as_of: 2024
      - id: q4
        statement: In the fourth quarter of 2024, Corvane's sales grew 3.4 % on a like-for-like basis.
        quantity: {value: 3.4, unit: percent}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure its own clause says of the whole year is not of the quarter a later figure's clause names
    ("Corvane's sales grew 6.2 % over the year, then 3.4 % in the fourth quarter.", "en", "supported"),
    ("Les ventes de Corvane ont progressé de 6,2 % sur l'année, puis de 3,4 % au quatrième trimestre.", "fr",
     "supported"),
    ("Corvane's sales grew 8.1 % over the year, then 3.4 % in the fourth quarter.", "en", "contradicted"),
    ("In the fourth quarter, Corvane's sales grew 6.2 %.", "en", "contradicted"),
])
def test_the_whole_year_before_a_later_quarter(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEAR_THEN_QUARTER), text, lang), want)


TWO_YEARS_FORECAST = """
version: 1
sources:
  - id: outlook
    title: Velmor central bank outlook
    published: 2025-09-10
    facts:
      - id: g2025
        statement: The Velmor central bank projects economic growth of 1.1 % in 2025.
        quantity: {value: 1.1, unit: percent}
        as_of: 2025
      - id: g2027
        statement: The Velmor central bank projects economic growth of 1.6 % in 2027.
        quantity: {value: 1.6, unit: percent}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # the year its own clause names ("this year") dates a figure, not the year of a later figure's clause
    ("The Velmor central bank projects economic growth of 1.1 % for this year and of 1.6 % in 2027.", "en",
     "supported"),
    ("La banque centrale de Velmor prévoit une croissance économique de 1,1 % cette année et de 1,6 % en 2027.", "fr",
     "supported"),
    ("The Velmor central bank projects economic growth of 1.6 % for this year and of 1.6 % in 2027.", "en",
     "mixed"),
])
def test_a_figures_own_year_before_a_later_one(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, TWO_YEARS_FORECAST), text, lang), want)



MULTIPLE_OF_A_FIGURE = """
version: 1
entities:
  velmora:
    names: [Velmora]
  castelmont:
    names: [Castelmont]
sources:
  - id: festival-en
    title: Velmora festival attendance
    published: 2025-01-15
    facts:
      - id: t2023
        statement: The Velmora festival sold 40,000 tickets in 2023.
        subject: velmora
        quantity: {value: 40000, unit: tickets, bound: exact}
        as_of: 2023
      - id: t2024
        statement: The Velmora festival sold 95,000 tickets in 2024.
        subject: velmora
        quantity: {value: 95000, unit: tickets, bound: exact}
        as_of: 2024
      - id: merch2024
        statement: The Velmora festival's merchandise revenue rose 140% to 12 million pounds in 2024.
        subject: velmora
        quantity: {value: 12e6, unit: GBP, bound: about}
        as_of: 2024
      - id: sponsors2024
        statement: The Velmora festival's sponsorship income totalled 9 million pounds in 2024, an increase of 5 million pounds on the previous year.
        subject: velmora
        quantity: {value: 9e6, unit: GBP, bound: about}
        as_of: 2024
      - id: merch2019
        statement: The Velmora festival's merchandise revenue was 3 million pounds in 2019.
        subject: velmora
        quantity: {value: 3e6, unit: GBP, bound: about}
        as_of: 2019
  - id: festival-fr
    title: Fréquentation du festival de Castelmont
    published: 2025-01-20
    facts:
      - id: b2023
        statement: Le festival de Castelmont a vendu 30 000 billets en 2023.
        subject: castelmont
        quantity: {value: 30000, unit: billets, bound: exact}
        as_of: 2023
      - id: b2024
        statement: Le festival de Castelmont a vendu 75 000 billets en 2024.
        subject: castelmont
        quantity: {value: 75000, unit: billets, bound: exact}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a multiple in words of a figure the list confirms, against that figure's partner of another year (2.4 times;
    # « 2,5 fois »): a part of the claim, never left out when its other figure agrees
    ("Last year ticket sales were more than double the 40,000 tickets the Velmora festival sold in 2023.", "en", "supported"),
    ("Last year ticket sales were roughly four times the 40,000 tickets the Velmora festival sold in 2023.", "en", "mixed"),
    ("Last year ticket sales were roughly twice the 40,000 tickets the Velmora festival sold in 2023.", "en", "unverified"),
    ("En 2024, les ventes ont atteint deux fois et demie les 30 000 billets vendus par le festival de Castelmont en 2023.", "fr", "supported"),
    ("En 2024, les ventes ont atteint près de quatre fois les 30 000 billets vendus par le festival de Castelmont en 2023.", "fr", "mixed"),
])
def test_a_multiple_of_a_confirmed_figure_is_computed_from_its_partner(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, MULTIPLE_OF_A_FIGURE), text, lang)
    assert_verdict(st, want)
    assert want == "unverified" or "derived-multiple" in {r for c in st.claims for r in c.rules}


@pytest.mark.parametrize("text, lang, want", [
    # a multiple to a level reached: the rise the level's fact writes beside it (+140 %: 2.4 times), not the level
    # of another year
    ("The Velmora festival's merchandise revenue more than doubled to £12 million in 2024.", "en", "supported"),
    ("The Velmora festival's merchandise revenue roughly quadrupled to £12 million in 2024.", "en", "contradicted"),
    # or the rise in the level's own unit (9 million, an increase of 5 million: 2.25 times)
    ("The Velmora festival's sponsorship income was £9 million in 2024, more than double the year before.", "en", "supported"),
    ("The Velmora festival's sponsorship income was £9 million in 2024, roughly four times the year before.", "en", "contradicted"),
])
def test_a_multiple_to_a_level_is_the_rise_its_fact_gives(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, MULTIPLE_OF_A_FIGURE), text, lang)
    assert_rule(st, want, "derived-multiple")


@pytest.mark.parametrize("text, lang, value", [
    ("Sales doubled to 8 million.", "en", 2.0),
    ("Sales rose threefold to 8 million.", "en", 3.0),
    ("The office would have to double down on decisions.", "en", None),            # an idiom
    ("Les ventes ont doublé à 8 millions d'euros.", "fr", 2.0),
    ("Il a parlé d'une « double exception » française.", "fr", None),           # an adjective
    ("La réforme, doublée d'une taxe annuelle, a pesé.", "fr", None),              # « doublé de »: coupled with
    ("Les ventes sont deux fois et demie plus élevées.", "fr", 2.5),
])
def test_what_is_a_multiple(text, lang, value):
    from rulehelpers import _analysed
    got = [q.value for c in _analysed(text, lang).claims for q in c.quantities if q.unit == "times"]
    assert got == ([value] if value else []), got


JAILS = """
version: 1
sources:
  - id: jails
    title: Ostria prison statistics 2024
    published: 2025-02-10
    facts:
      - id: prison-pop
        statement: The Ostrian prison population reached an all-time high of 52,300 in 2024, the highest level on record.
        quantity: {value: 52300, unit: prisoners}
        as_of: 2024
      - id: prison-pop-fr
        statement: La population des prisons a atteint 52 300 détenus en 2024, son plus haut niveau.
        quantity: {value: 52300, unit: détenus}
        as_of: 2024
      - id: profit-q4
        statement: In the fourth quarter of 2024 the Lumo division posted operating profit of 1.2 billion euros.
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # the words that say a level ("reached", "the highest", « a atteint », « niveau ») or a quarter's ordinal ("fourth
    # quarter") say nothing of what is measured: a figure of another population, or spent on something the list
    # never counts, is not refuted by the one fact that shares only these words
    ("Ostria's migrant detention population reached 9,100 in 2024, the highest level in decades.", "en", "unverified"),
    ("La population des centres de rétention a atteint 9 100 en 2024, son plus haut niveau.", "fr", "unverified"),
    ("La population des prisons a atteint 52 300 détenus en 2024.", "fr", "supported"),
    ("The group's research budget absorbed 4.4 billion euros in the fourth quarter of 2024.", "en", "unverified"),
    # controls: the fact's own measure is still judged
    ("The Ostrian prison population reached 52,300 in 2024.", "en", "supported"),
    ("The Ostrian prison population reached 61,300 in 2024.", "en", "contradicted"),
])
def test_level_and_quarter_words_say_nothing_of_the_measure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, JAILS), text, lang)
    assert_verdict(st, want)


LUMO_FR = """
version: 1
sources:
  - id: lumo
    title: Lumo, résultats du quatrième trimestre 2024
    published: 2025-02-10
    facts:
      - id: profit-q4
        statement: Au quatrième trimestre 2024, la division Lumo a dégagé un résultat opérationnel de 1,2 milliard d'euros.
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, want", [
    # (the same in French: « quatrième trimestre » says when, not what the 4,4 milliards are)
    ("Le budget de recherche du groupe a absorbé 4,4 milliards d'euros au quatrième trimestre 2024.", "unverified"),
    ("Au quatrième trimestre 2024, la division Lumo a dégagé un résultat opérationnel de 1,2 milliard d'euros.",
     "supported"),
])
def test_a_quarter_s_ordinal_says_nothing_of_the_measure_fr(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, LUMO_FR), text, "fr")
    assert_verdict(st, want)



REVENUES = """
version: 1
sources:
  - id: brenvale
    title: Brenvale, résultats 2024
    published: 2025-02-12
    facts:
      - id: revenus
        statement: Les revenus de Brenvale ont reculé de 2,4 % en 2024.
        quantity: {value: -2.4, unit: percent}
        as_of: 2024
      - id: revenue
        statement: Brenvale's revenue fell 2.4% in 2024.
        quantity: {value: -2.4, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # what follows the claim's last figure after a comma, once it has said what it measures, is a cause or an
    # appraisal: its words ("services", « nette ») are no qualifier of the figure
    ("Brenvale's revenue fell 2.4% in 2024, weighed down by the decline of its fixed services.", "en", "supported"),
    ("Les revenus de Brenvale ont reculé de 2,4 % en 2024, plombés par le déclin des services fixes.", "fr", "supported"),
    ("Les revenus de Brenvale ont reculé de 2,4 % en 2024, signe d'une nette perte de clients.", "fr", "supported"),
    # control: a qualifier the figure's own clause writes still asks for a fact of that measure
    ("Brenvale's revenue from services fell 2.4% in 2024.", "en", "unverified"),
    ("Les revenus nets de Brenvale ont reculé de 2,4 % en 2024.", "fr", "unverified"),
])
def test_a_comment_after_the_last_figure_qualifies_none(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, REVENUES), text, lang)
    assert_verdict(st, want)


BASELINE_DATE = """
version: 1
sources:
  - id: rapport-2024
    title: Tarvel Foods, annual report 2024
    published: 2025-02-10
    facts:
      - id: volumes-2024
        statement: Tarvel Foods' volumes grew 1.2% in 2024, after falling 0.4% in 2023.
        quantity: {value: 1.2, unit: percent}
        as_of: 2024
      - id: prices-2024
        statement: Tarvel Foods' prices rose 2.1% in 2024.
        quantity: {value: 2.1, unit: percent}
        as_of: 2024
      - id: prices-2023
        statement: Tarvel Foods' prices rose 6.8% in 2023.
        quantity: {value: 6.8, unit: percent}
        as_of: 2023
      - id: volumes-fr
        statement: Les volumes de Tarvel Foods ont progressé de 1,2 % en 2024, après un recul de 0,4 % en 2023.
        quantity: {value: 1.2, unit: percent}
        as_of: 2024
      - id: prix-2024
        statement: Les prix de Tarvel Foods ont augmenté de 2,1 % en 2024.
        quantity: {value: 2.1, unit: percent}
        as_of: 2024
      - id: prix-2023
        statement: Les prix de Tarvel Foods ont augmenté de 6,8 % en 2023.
        quantity: {value: 6.8, unit: percent}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # the year of the starting level a statement compares with ("after falling 0.4 % in 2023") dates the comparison,
    # not the period the article speaks of: the undated figure after it is still 2024's
    ("Tarvel Foods' sales rose in 2024. Volumes grew 1.2 per cent after falling by 0.4 per cent in 2023. "
     "Prices rose 6.8%.", "en",
     "contradicted"),
    ("Les ventes de Tarvel Foods ont progressé en 2024. Les volumes ont gagné 1,2 %, après un recul de 0,4 % en 2023. "
     "Les prix ont augmenté de 6,8 %.", "fr", "contradicted"),
    ("Tarvel Foods' sales rose in 2024. Volumes grew 1.2 per cent after falling by 0.4 per cent in 2023. "
     "Prices rose 2.1%.", "en",
     "supported"),
])
def test_a_baseline_s_year_is_not_the_period_spoken_of(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BASELINE_DATE), text, lang), want)


ANOTHER_YEAR_BESIDE = """
version: 1
sources:
  - id: results-2024
    title: Orvane Group, results 2024
    published: 2025-02-12
    facts:
      - id: profit-2024
        statement: Orvane Group's operating profit was 3,120 million euros in 2024, down 18%, an operating margin of 11.6%.
        quantity: {value: 3.12e9, unit: EUR}
        as_of: 2024
      - id: margin-2023
        statement: Orvane Group's operating margin was 16.2% in 2023.
        quantity: {value: 16.2, unit: percent}
        as_of: 2023
      - id: resultat-2024
        statement: Le résultat opérationnel du groupe Orvane s'élève à 3 120 millions d'euros en 2024, en baisse de 18 %, soit une marge opérationnelle de 11,6 %.
        quantity: {value: 3.12e9, unit: EUR}
        as_of: 2024
      - id: marge-2023
        statement: La marge opérationnelle du groupe Orvane était de 16,2 % en 2023.
        quantity: {value: 16.2, unit: percent}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # an undated level read in the year the article speaks of (2024): the other year's fact that gives it agrees by
    # chance, since a fact of 2024 writes the same measure, beside its declared figure, otherwise
    ("Orvane Group's operating profit fell 18% in 2024. Its operating margin came in at 16.2%.", "en",
     "contradicted"),
    ("Le résultat opérationnel du groupe Orvane a reculé de 18 % en 2024. La marge opérationnelle ressort à 16,2 %.",
     "fr", "contradicted"),
    ("Orvane Group's operating profit fell 18% in 2024. Its operating margin came in at 11.6%.", "en", "supported"),
    ("Orvane Group's operating margin was 16.2% in 2023.", "en", "supported"),
])
def test_an_undated_level_is_not_another_year_s(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ANOTHER_YEAR_BESIDE), text, lang), want)


PREVIOUS_YEAR = """
version: 1
entities:
  dravel: {names: [Dravel, Dravel Group, groupe Dravel]}
sources:
  - id: dravel-2024
    title: Dravel, 2024 results
    published: 2025-02-20
    facts:
      - id: profit-2024
        statement: Dravel earned a net income of EUR 412 million in 2024.
        subject: dravel
        quantity: {value: 412e6, unit: EUR}
        as_of: 2024
      - id: profit-2023
        statement: Dravel's consolidated net profit amounted to EUR 455 million in 2023.
        subject: dravel
        quantity: {value: 455e6, unit: EUR}
        as_of: 2023
      - id: dividend-2024
        statement: Dravel proposed a dividend of 1.40 euros per share for 2024.
        subject: dravel
        quantity: {value: 1.40, unit: EUR per share}
        as_of: 2024
      - id: dividend-2023
        statement: Dravel paid a dividend of 1.25 euros per share for 2023.
        subject: dravel
        quantity: {value: 1.25, unit: EUR per share}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # an undated level read in the year the article speaks of (2024) that only the fact of the year before gives,
    # while the fact of 2024 of the same measure, in other words, gives another figure: the previous year's figure
    ("Dravel's sales rose 4% in 2024. Its consolidated net profit came to 455 million euros.", "en", "contradicted"),
    ("Les ventes du groupe Dravel ont progressé de 4 % en 2024. Le résultat net consolidé atteint 455 millions "
     "d'euros.", "fr", "contradicted"),
    ("Dravel's sales rose 4% in 2024. Shareholders will receive a dividend of 1.25 euros.", "en", "contradicted"),
    ("Les ventes du groupe Dravel ont progressé de 4 % en 2024. Les actionnaires recevront un dividende de 1,25 "
     "euro.", "fr", "contradicted"),
    # the figure of the year, or the earlier one dated a year before by the claim's own words
    ("Dravel's sales rose 4% in 2024. Its consolidated net profit came to 412 million euros.", "en", "supported"),
    ("Les ventes du groupe Dravel ont progressé de 4 % en 2024. Un an plus tôt, le bénéfice net consolidé "
     "atteignait 455 millions d'euros.", "fr", "supported"),
])
def test_an_undated_level_is_not_the_previous_year_s(tmp_path_factory, text, lang, want):
    assert_outcome(last_statement(checker_for(tmp_path_factory, PREVIOUS_YEAR), text, lang), want,
                   "period" if want == "contradicted" else None)


SPANS = """
version: 1
sources:
  - id: gallery
    title: Ostrel Gallery, first year since reopening
    published: 2025-06-10
    facts:
      - id: visitors-year
        statement: The Ostrel Gallery has welcomed more than 4 million visitors since it reopened, in a year.
        quantity: {value: 4e6, unit: visitors, bound: at-least}
        as_of: 2025-06
      - id: visiteurs-annee
        statement: La galerie Ostrel a accueilli plus de 4 millions de visiteurs depuis sa réouverture, en un an.
        quantity: {value: 4e6, unit: visiteurs, bound: at-least}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # a span of time the claim writes that the confirming fact writes otherwise: another period's figure
    ("In its first six months, the Ostrel Gallery welcomed more than 4 million visitors.", "en", "contradicted"),
    ("Au cours de ses six premiers mois, la galerie Ostrel a accueilli plus de 4 millions de visiteurs.", "fr",
     "contradicted"),
    ("In its first 12 months, the Ostrel Gallery welcomed more than 4 million visitors.", "en", "supported"),
    ("En un an, la galerie Ostrel a accueilli plus de 4 millions de visiteurs.", "fr", "supported"),
])
def test_a_span_of_time_is_the_fact_s(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SPANS), text, lang), want)


QUARTER_SPANS = """
version: 1
entities:
  brenval: {names: [Brenval]}
sources:
  - id: brenval-q4
    title: Brenval, résultats du quatrième trimestre 2025
    published: 2026-02-05
    facts:
      - id: q4-ventes
        statement: Les ventes de Brenval au quatrième trimestre 2025 s'élèvent à 4 215 millions d'euros, en hausse de 6,3 % sur un an.
        subject: brenval
        quantity: {value: 4215e6, unit: EUR}
        as_of: 2025-Q4
      - id: q4-sales
        statement: Brenval's sales in the fourth quarter of 2025 were EUR 4,215 million, up 6.3% over a year.
        subject: brenval
        quantity: {value: 4215e6, unit: EUR}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # a quarter's fact: the year its sentence writes after the change is what the change is measured over, not
    # the span its figure is counted over
    ("Sur les trois derniers mois de 2025, les ventes de Brenval ont progressé de 6,3 %, à 4 215 millions d'euros.",
     "fr", "supported"),
    ("Over the last three months of 2025, Brenval's sales rose 6.3% to EUR 4,215 million.", "en", "supported"),
    # (the control: another figure stays wrong)
    ("Over the last three months of 2025, Brenval's sales rose 6.3% to EUR 4,850 million.", "en", "contradicted"),
])
def test_a_quarter_s_change_over_a_year_is_not_its_span(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, QUARTER_SPANS), text, lang), want)


REVISED_FORECAST = """
version: 1
sources:
  - id: outlook-july
    title: Brevane Motors, half-year results and outlook
    published: 2024-07-25
    superseded_by: outlook-october
    facts:
      - id: h2-outlook
        statement: Brevane Motors' operating profit for the second half of 2024 could fall by around 25%.
        quantity: {value: -25, unit: percent, bound: about}
        as_of: 2024
      - id: s2-prevision
        statement: Le résultat opérationnel de Brevane Motors au second semestre 2024 pourrait baisser d'environ 25 %.
        quantity: {value: -25, unit: percent, bound: about}
        as_of: 2024
  - id: outlook-october
    title: Brevane Motors, third-quarter sales
    published: 2024-10-22
    facts:
      - id: year-outlook
        statement: Brevane Motors' operating profit for 2024 could be around 1.4 billion euros.
        quantity: {value: 1.4e9, unit: EUR, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # what a replaced source said could happen ("could fall", « pourrait baisser ») does not confirm that it happened
    ("In the second half of 2024, Brevane Motors' operating profit fell by around 25%.", "en", "unverified"),
    ("Au second semestre 2024, le résultat opérationnel de Brevane Motors a baissé d'environ 25 %.", "fr",
     "unverified"),
    ("In July, Brevane Motors said its operating profit for the second half of 2024 could fall by around 25%.", "en",
     "supported"),
])
def test_a_revised_forecast_confirms_no_outcome(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, REVISED_FORECAST), text, lang), want)



OUTLOOK = """
version: 1
entities:
  norvale: {names: [Norvale, groupe Norvale, Norvale group]}
sources:
  - id: results
    title: Norvale, résultats et perspectives
    publisher: norvale
    published: 2025-03-01
    facts:
      - id: outlook-2025
        statement: Pour 2025, Norvale prévoit une hausse de sa flotte de 6 à 7 %, des investissements nets de 1,2 à 1,4 milliard d'euros.
        subject: norvale
        quantity: {min: 1.2e9, max: 1.4e9, unit: EUR}
        as_of: 2025
      - id: outlook-2025-en
        statement: For 2025, Norvale expects its fleet to grow by 6% to 7%, with net investment of 1.2 to 1.4 billion euros.
        subject: norvale
        quantity: {min: 1.2e9, max: 1.4e9, unit: EUR}
        as_of: 2025
  - id: midyear
    title: Norvale, point de mi-année 2024
    publisher: norvale
    published: 2024-07-25
    facts:
      - id: fleet-2024
        statement: En juillet 2024, Norvale a limité la hausse de sa flotte prévue pour 2024 à environ 6 %.
        subject: norvale
        quantity: {value: 6, unit: percent, bound: about}
        as_of: 2024
      - id: fleet-2024-en
        statement: In July 2024, Norvale capped the planned growth of its fleet for 2024 at about 6%.
        subject: norvale
        quantity: {value: 6, unit: percent, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure a fact of the claim's year writes among its own figures, beside a word of what it measures, is no
    # other year's figure, whatever another year's fact of its measure gives
    # (and confirmed by it: its own words name no qualifier, the declared figure's "nets" is not its measure)
    ("Pour 2025, le groupe prévoit une hausse de sa flotte de 6 à 7 %.", "fr", "supported"),
    ("For 2025, the group expects its fleet to grow by 6% to 7%.", "en", "supported"),
    # control: a figure no fact of its year writes (6 %, not 6 to 7 %) is another year's
    ("Pour 2025, le groupe prévoit une hausse de sa flotte de 6 %.", "fr", "contradicted"),
])
def test_a_figure_its_year_s_fact_writes_is_no_wrong_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OUTLOOK), text, lang), want)


GUIDED_LIST = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: guidance
    title: Norvel, perspectives 2026
    publisher: norvel
    published: 2026-02-20
    facts:
      - id: outlook-2026
        statement: For 2026 Norvel expects revenue to grow by up to 4 percent and an operating margin of between 7.5 and 8.5 percent.
        subject: norvel
        quantity: {min: 7.5, max: 8.5, unit: percent}
        as_of: 2026
      - id: outlook-2026-fr
        statement: Pour 2026, Norvel vise une hausse du chiffre d'affaires de 4 % au plus et une marge opérationnelle de 11 %.
        subject: norvel
        quantity: {value: 11, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure in an item of the list a verb of expecting governs is expected, as the fact's is: it is met by the
    # guidance, not left out of it
    ("For 2026, the group expects revenue to rise by up to 4 per cent and an operating margin of between 7.5 and 8.5 per cent.",
     "en", "supported"),
    ("For 2026, the group expects revenue to rise by up to 4 per cent and an operating margin of between 12.5 and 13.5 per cent.",
     "en", "contradicted"),
    ("Pour 2026, le groupe vise une hausse du chiffre d'affaires de 4 % au plus et une marge opérationnelle de 11 %.",
     "fr", "supported"),
    ("Pour 2026, le groupe vise une hausse du chiffre d'affaires de 4 % au plus et une marge opérationnelle de 14 %.",
     "fr", "contradicted"),
    # « ambitionne une » gives what the party aims at, as « vise une » does
    ("Pour 2026, Norvel ambitionne une marge opérationnelle de 11 %.", "fr", "supported"),
])
def test_a_figure_in_an_item_of_an_expectation_is_expected(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, GUIDED_LIST), text, lang), want, "quantity")


PLANNED_CAPACITY = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: outlook
    title: Norvel Airways and Velmor Air, outlook 2026
    published: 2026-02-20
    facts:
      - id: capacity-en
        statement: Norvel expects its capacity to grow by about 3% in 2026.
        subject: norvel
        quantity: {value: 3, unit: percent, bound: about}
        as_of: 2026
      - id: capacity-fr
        statement: Velmor table sur une hausse de sa capacité d'environ 4 % en 2026.
        subject: velmor
        quantity: {value: 4, unit: percent, bound: about}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure a party plans ("plans to", « prévoit de ») is met by its guidance, as by what it decided
    ("For 2026, Norvel plans to expand capacity by about 3%.", "en", "supported"),
    ("Pour 2026, Velmor prévoit d'accroître sa capacité d'environ 4 %.", "fr", "supported"),
    ("For 2026, Norvel plans to expand capacity by about 6%.", "en", "contradicted"),
    ("Pour 2026, Velmor prévoit d'accroître sa capacité d'environ 8 %.", "fr", "contradicted"),
])
def test_a_planned_figure_is_met_by_the_party_s_guidance(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, PLANNED_CAPACITY), text, lang), want, "quantity")


PAST_AIM = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: outlook
    title: Norvel and Velmor, outlook 2025
    published: 2025-02-20
    facts:
      - id: aim-en
        statement: For 2025, Norvel is targeting organic EBITDA growth of between 4% and 5%.
        subject: norvel
        quantity: {min: 4, max: 5, unit: percent}
        as_of: 2025
      - id: aim-fr
        statement: Pour 2025, Velmor vise une croissance organique de l'EBITDA comprise entre 5 % et 6 %.
        subject: velmor
        quantity: {min: 5, max: 6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # an aim in the imperfect (« visait une », "was targeting") is what the party expected, met by its guidance
    ("For 2025, Norvel was targeting organic EBITDA growth of between 4% and 5%.", "en", "supported"),
    ("Pour 2025, Velmor visait une croissance organique de l'EBITDA comprise entre 5 % et 6 %.", "fr", "supported"),
    ("For 2025, Norvel was targeting organic EBITDA growth of between 7% and 8%.", "en", "contradicted"),
    ("Pour 2025, Velmor visait une croissance organique de l'EBITDA comprise entre 8 % et 9 %.", "fr", "contradicted"),
])
def test_an_aim_in_the_imperfect_is_expected(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, PAST_AIM), text, lang), want, "quantity")


BUDGET = """
version: 1
entities:
  fvb: {names: [Fédération de voile de Brenmor, FVB, Brenmor Sailing Federation]}
sources:
  - id: budget
    title: FVB, budget 2024-2025
    publisher: fvb
    published: 2024-06-01
    facts:
      - id: budget-fr
        statement: Pour l'exercice 2024-2025, la FVB a présenté un budget de 212,4 millions d'euros de produits et de 205,1 millions d'euros de charges, avec un résultat net espéré de 7,3 millions d'euros, adopté à 96,2 % des voix.
        subject: fvb
        quantity: {value: 212.4e6, unit: EUR}
        as_of: 2025
      - id: budget-en
        statement: For the 2024-2025 season, the FVB presented a budget of 212.4 million euros of income and 205.1 million euros of costs, with an expected net result of 7.3 million euros, adopted by 96.2% of the votes.
        subject: fvb
        quantity: {value: 212.4e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure the fact declares is the claim's other figure, and its sentence writes the claim's figure too
    # beside other words than the claim's measure noun: the surplus is not refuted by the budget
    ("Pour l'exercice 2024-2025, la fédération tablait sur 212,4 millions d'euros de produits et un excédent de "
     "7,3 millions d'euros.", "fr", "unverified"),
    # controls: the figure the English sentence writes beside the declared one confirms it; a figure the fact does not
    # write stays refuted
    ("For the 2024-2025 season, the federation planned 212.4 million euros of income and a surplus of 7.3 million "
     "euros.", "en", "supported"),
    ("Pour l'exercice 2024-2025, la fédération tablait sur 212,4 millions d'euros de produits et un excédent de "
     "9,3 millions d'euros.", "fr", "contradicted"),
])
def test_another_figure_of_the_claim_refutes_nothing(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BUDGET), text, lang), want)



GOVERNED_MEASURES = """
version: 1
sources:
  - id: cyclomarche-2024
    title: Bilan annuel du marché du vélo
    published: 2025-01-30
    facts:
      - id: velos-fr
        statement: Les ventes de vélos électriques ont chuté de 22 % en 2024.
        quantity: {value: -22, unit: percent}
        as_of: 2024
      - id: batteries-fr
        statement: Les ventes de batteries pour vélos ont baissé de 7 % en 2024.
        quantity: {value: -7, unit: percent}
        as_of: 2024
      - id: bikes-en
        statement: Sales of electric bikes fell 22% in 2024.
        quantity: {value: -22, unit: percent}
        as_of: 2024
      - id: batteries-en
        statement: Sales of batteries for bikes fell 7% in 2024.
        quantity: {value: -7, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the noun the measure noun governs (« ventes de BATTERIES », "sales of BATTERIES") is what is measured: the
    # agreeing fact of another thing does not confirm it while a fact of that thing gives another figure
    ("Les ventes de batteries pour vélos ont chuté de 22 % en 2024.", "fr", "contradicted", "quantity-measure"),
    ("Sales of batteries for electric bikes fell 22% in 2024.", "en", "contradicted", "quantity-measure"),
    ("Les ventes de vélos électriques ont chuté de 22 % en 2024.", "fr", "supported", "quantity"),
])
def test_what_a_measure_noun_governs_is_what_is_measured(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GOVERNED_MEASURES), text, lang)
    assert_rule(st, want, rule)



STARTING_LEVELS = """
version: 1
sources:
  - id: norvale-prize
    title: Norvale Open 2024 prize money
    published: 2024-05-14
    facts:
      - id: fund-rise-en
        statement: The 2024 Norvale Open prize fund was 8.6% higher than the £31.5 million paid in 2023.
        quantity: {value: 8.6, unit: percent}
        as_of: 2024
      - id: fund-rise-fr
        statement: La dotation 2024 du tournoi de Valdrôme est supérieure de 6,4 % aux 18,7 millions d'euros versés en 2023.
        quantity: {value: 6.4, unit: percent}
        as_of: 2024
      - id: fund-rise-2023-en
        statement: The 2023 Norvale Open prize fund was 5.2% higher than in 2022.
        quantity: {value: 5.2, unit: percent}
        as_of: 2023
      - id: fund-rise-2023-fr
        statement: La dotation 2023 du tournoi de Valdrôme était supérieure de 4,1 % à celle de 2022.
        quantity: {value: 4.1, unit: percent}
        as_of: 2023
  - id: velmar
    title: Velmar, 2024 results
    published: 2025-02-13
    facts:
      - id: margin
        statement: Velmar's operating margin was 12.2% in 2024, down from 12.8% in 2023.
        quantity: {value: 12.2, unit: percent}
        as_of: 2024
      - id: marge
        statement: La marge opérationnelle de Brisac s'établit à 9,1 % en 2024, contre 9,6 % en 2023.
        quantity: {value: 9.1, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the year that ends a starting level's phrase a few words on ("from the £31.5 million paid out in 2023") is the
    # change's baseline, not the year of the change
    ("The Norvale Open prize fund grew by 8.6 per cent from the £31.5 million paid out in 2023.", "en", "supported"),
    ("La dotation du tournoi de Valdrôme a progressé de 6,4 % par rapport aux 18,7 millions d'euros versés en 2023.",
     "fr", "supported"),
    # a determiner between the words of a starting level and its figure ("from the 12.8 per cent"): still the
    # starting level, which the fact gives (control: another one is refuted beside the confirmed level: mixed)
    ("Velmar's operating margin slipped to 12.2 per cent in 2024 from the 12.8 per cent recorded a year earlier.", "en",
     "supported"),
    ("Velmar's operating margin slipped to 12.2 per cent in 2024 from the 13.8 per cent recorded a year earlier.", "en",
     "mixed"),
    ("La marge opérationnelle de Brisac a reculé à 9,1 % en 2024, contre les 9,6 % atteints un an plus tôt.", "fr",
     "supported"),
    ("La marge opérationnelle de Brisac a reculé à 9,1 % en 2024, contre les 9,9 % atteints un an plus tôt.", "fr",
     "mixed"),
])
def test_a_starting_level_and_the_year_that_dates_it(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STARTING_LEVELS), text, lang), want)



SUBJECT_MEASURES = """
version: 1
entities:
  corvane: {names: [Corvane]}
  velmor: {names: [Velmor]}
sources:
  - id: corvane-results
    title: Corvane full-year results 2024
    published: 2025-02-20
    facts:
      - id: net-profit
        statement: Corvane's net profit fell 3.4% to 5,612 million US dollars in 2024.
        subject: corvane
        quantity: {value: 5.612e9, unit: USD}
        as_of: 2024
      - id: free-cash-flow
        statement: Corvane's free cash flow improved to 4.9 billion US dollars in 2024.
        subject: corvane
        quantity: {value: 4.9e9, unit: USD}
        as_of: 2024
      - id: net-debt
        statement: Corvane's net debt fell from 12,310 million US dollars at the end of 2023 to 9,870 million US dollars at the end of 2024.
        subject: corvane
        quantity: {value: 9.87e9, unit: USD}
        as_of: 2024-12
      - id: capex
        statement: Corvane's cash capital expenditure was 6,420 million US dollars in 2024.
        subject: corvane
        quantity: {value: 6.42e9, unit: USD}
        as_of: 2024
  - id: velmor-resultats
    title: Résultats annuels 2024 de Velmor
    published: 2025-02-21
    facts:
      - id: resultat-net
        statement: Le résultat net de Velmor a reculé de 4,1 % à 2,315 milliards d'euros en 2024.
        subject: velmor
        quantity: {value: 2.315e9, unit: EUR}
        as_of: 2024
      - id: flux
        statement: Le flux de trésorerie disponible de Velmor a atteint 1,9 milliard d'euros en 2024.
        subject: velmor
        quantity: {value: 1.9e9, unit: EUR}
        as_of: 2024
      - id: dette
        statement: La dette nette de Velmor est passée de 5,2 milliards d'euros fin 2023 à 4,35 milliards d'euros fin 2024.
        subject: velmor
        quantity: {value: 4.35e9, unit: EUR}
        as_of: 2024-12
      - id: depenses
        statement: Les dépenses d'équipement de Velmor ont atteint 1,42 milliard d'euros en 2024.
        subject: velmor
        quantity: {value: 1.42e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure set off after a comma ("…, to $5.61 billion") is the subject's: a subject another fact names gives it
    ("Corvane's free cash flow declined by 3.4% in 2024, to $5.61 billion.", "en", "contradicted"),
    ("Le flux de trésorerie disponible de Velmor a reculé de 4,1 % en 2024, à 2,32 milliards d'euros.", "fr",
     "contradicted"),
    # a level at the end of the year, of a measure another fact gives for that whole year (the period is read in
    # the facts' dates, whatever the language)
    ("Corvane cut its cash capital expenditure to $9.87 billion at the end of 2024, from $12.31 billion a year earlier.",
     "en", "mixed"),
])
def test_a_figure_of_the_subject_another_fact_names_is_that_measure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SUBJECT_MEASURES), text, lang), want, "quantity-measure")


@pytest.mark.parametrize("text, lang", [
    ("Corvane's net profit declined by 3.4% in 2024, to $5.61 billion.", "en"),
    ("Le résultat net de Velmor a reculé de 4,1 % en 2024, à 2,32 milliards d'euros.", "fr"),
    ("Corvane cut its net debt to $9.87 billion at the end of 2024, from $12.31 billion a year earlier.", "en"),
    ("Velmor a ramené sa dette nette à 4,35 milliards d'euros fin 2024.", "fr"),
])
def test_a_figure_of_the_subject_the_fact_names_stays_supported(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SUBJECT_MEASURES), text, lang), "supported")


CASES_AND_DEATHS = """
version: 1
sources:
  - id: kessel-fever
    title: Kessel fever report 2024
    published: 2025-03-02
    facts:
      - id: deaths
        statement: Kessel fever caused an estimated 1.34 million deaths in 2024, including 98,000 among children.
        quantity: {value: 1.34e6, unit: deaths, bound: about}
        as_of: 2024
      - id: ill
        statement: An estimated 10.2 million people fell ill with Kessel fever in 2024.
        quantity: {value: 10.2e6, unit: people, bound: about}
        as_of: 2024
      - id: incidence
        statement: The Kessel fever incidence rate in 2024 was 131 new cases per 100 000 population.
        quantity: {value: 131, unit: cases}
        as_of: 2024
  - id: fievre-valtorne
    title: Bilan 2024 de la fièvre du Valtorne
    published: 2025-03-03
    facts:
      - id: deces
        statement: La fièvre du Valtorne a causé environ 1,52 million de décès en 2024, dont 87 000 chez des enfants.
        quantity: {value: 1.52e6, unit: décès, bound: about}
        as_of: 2024
      - id: malades
        statement: Environ 9,6 millions de personnes sont tombées malades de la fièvre du Valtorne en 2024.
        quantity: {value: 9.6e6, unit: personnes, bound: about}
        as_of: 2024
      - id: incidence
        statement: Le taux d'incidence de la fièvre du Valtorne était de 142 nouveaux cas pour 100 000 habitants en 2024.
        quantity: {value: 142, unit: cas}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # new cases and deaths are two members of one family (``measure_siblings``): a fact of deaths does not confirm
    # a count of new cases, whichever figure of its sentence is confirmed first
    ("Kessel fever caused about 1.34 million new cases in 2024, 98,000 of them among children.", "en", "unverified"),
    ("La fièvre du Valtorne a causé environ 1,52 million de nouveaux cas en 2024, dont 87 000 chez des enfants.", "fr",
     "unverified"),
    ("Kessel fever caused about 1.34 million deaths in 2024, 98,000 of them among children.", "en", "supported"),
    ("La fièvre du Valtorne a causé environ 1,52 million de décès en 2024, dont 87 000 chez des enfants.", "fr", "supported"),
])
def test_new_cases_are_not_confirmed_by_a_fact_of_deaths(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CASES_AND_DEATHS), text, lang), want)


QUALIFIER_OF_A_FIGURE = """
version: 1
sources:
  - id: kessel-final
    title: Kessel final audience figures
    published: 2025-06-02
    facts:
      - id: viewers
        statement: The Kessel cup final was watched by 8.3 million viewers live and 11.2 million including catch-up.
        quantity: {value: 11.2e6, unit: viewers}
        as_of: 2025-05
  - id: valbrune-concert
    title: Audiences du concert de Valbrune
    published: 2025-07-16
    facts:
      - id: spectateurs
        statement: Le concert de clôture de Valbrune a été suivi par 3,1 millions de spectateurs en direct et 4,6 millions avec le replay.
        quantity: {value: 4.6e6, unit: spectateurs}
        as_of: 2025-07
"""


@pytest.mark.parametrize("text, lang, want", [
    # the words right after a figure the fact writes only right after its other figure: that figure's qualifier
    ("The Kessel cup final drew 11.2 million viewers live.", "en", "contradicted"),
    ("Le concert de clôture de Valbrune a attiré 4,6 millions de spectateurs en direct.", "fr", "contradicted"),
])
def test_a_qualifier_of_the_fact_s_other_figure_is_another_measure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, QUALIFIER_OF_A_FIGURE), text, lang), want,
                "quantity-measure")


EDGE_OF_A_YEAR = """
version: 1
sources:
  - id: quorvel-2025
    title: Quorvel annual results 2025
    published: 2026-03-02
    facts:
      - id: members
        statement: Quorvel had 5.8 million members at the end of 2025, up from 5.1 million a year earlier.
  - id: brenac-2025
    title: Brenac, résultats annuels 2025
    published: 2026-03-02
    facts:
      - id: abonnes
        statement: Brenac comptait 1,9 million d'abonnés fin 2025, contre 1,6 million un an plus tôt.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the year before's level the fact gives as its baseline, said of the end of that year: "the end", « fin », say
    # when the figure is, not another measure's qualifier
    ("Quorvel had 5.1 million members at the end of 2024.", "en", "supported", "quantity"),
    ("Brenac comptait 1,6 million d'abonnés fin 2024.", "fr", "supported", "quantity"),
    # (the controls: another figure stays wrong)
    ("Quorvel had 4.7 million members at the end of 2024.", "en", "contradicted", "quantity"),
    ("Brenac comptait 1,3 million d'abonnés fin 2024.", "fr", "contradicted", "quantity"),
])
def test_the_edge_of_a_year_is_no_qualifier_of_another_figure(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, EDGE_OF_A_YEAR), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    ("The Kessel cup final drew 11.2 million viewers including catch-up.", "en"),
    ("Le concert de clôture de Valbrune a attiré 4,6 millions de spectateurs avec le replay.", "fr"),
    ("The Kessel cup final drew 8.3 million viewers live.", "en"),
    ("Le concert de clôture de Valbrune a attiré 3,1 millions de spectateurs en direct.", "fr"),
])
def test_a_qualifier_of_the_fact_s_own_figure_stays_supported(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, QUALIFIER_OF_A_FIGURE), text, lang), "supported")


BASES = """
version: 1
entities:
  korland: {names: [Korland, Korland Group, groupe Korland]}
  dalmet: {names: [Dalmet]}
sources:
  - id: korland-2024
    title: Korland full-year results
    publisher: korland
    published: 2025-02-10
    facts:
      - id: eps
        statement: Korland's core earnings per share were 3.40 euros in 2024, up 6.2 % at constant exchange rates.
        subject: korland
        quantity: {value: 3.40, unit: EUR per share}
        as_of: 2024
      - id: eps-reported
        statement: As reported, Korland's core earnings per share rose 2.5 % in 2024.
        subject: korland
        quantity: {value: 2.5, unit: percent}
        as_of: 2024
  - id: dalmet-2024
    title: Résultats annuels de Dalmet
    publisher: dalmet
    published: 2025-02-12
    facts:
      - id: ventes
        statement: Le chiffre d'affaires 2024 de Dalmet atteint 8,6 milliards d'euros, en hausse de 5,4 % à périmètre constant.
        subject: dalmet
        quantity: {value: 8.6e9, unit: EUR}
        as_of: 2024
      - id: ventes-publiees
        statement: En données publiées, le chiffre d'affaires 2024 de Dalmet progresse de 3,1 %.
        subject: dalmet
        quantity: {value: 3.1, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change whose basis is written on both sides (as reported, at constant currency, like-for-like) agrees only on
    # the same basis; another fact of that basis decides it; an article that names none speaks of the headline figure
    ("Korland's core earnings per share were 3.40 euros in 2024, up 6.2 % as reported.", "en", "mixed"),
    ("Korland's core earnings per share were 3.40 euros in 2024, up 6.2 % at constant currency.", "en", "supported"),
    ("Korland's core earnings per share were 3.40 euros in 2024, up 6.2 %.", "en", "supported"),
    ("As reported, Korland's core earnings per share rose 2.5 % in 2024.", "en", "supported"),
    ("Le chiffre d'affaires 2024 de Dalmet atteint 8,6 milliards d'euros, en hausse de 5,4 % à données publiées.", "fr",
     "mixed"),
    ("Le chiffre d'affaires 2024 de Dalmet atteint 8,6 milliards d'euros, en hausse de 5,4 % à périmètre constant.",
     "fr", "supported"),
    ("En données publiées, le chiffre d'affaires 2024 de Dalmet progresse de 3,1 %.", "fr", "supported"),
    # the change of the claim's basis beside a level whose fact writes the change of another basis: confirmed
    ("Le chiffre d'affaires 2024 de Dalmet atteint 8,6 milliards d'euros, en hausse de 3,1 % en données publiées.",
     "fr", "supported"),
    ("Korland's core earnings per share were 3.40 euros in 2024, up 2.5 % as reported.", "en", "supported"),
])
def test_a_change_on_another_basis(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BASES), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # "underlying" names a family of bases (organic, like-for-like, at constant currency), never the one as reported;
    # « à périmètre courant » is the basis as reported: the figure of another basis confirms neither
    ("On an underlying basis, Korland's core earnings per share rose 2.5 % in 2024.", "en", "unverified"),
    ("On an underlying basis, Korland's core earnings per share rose 6.2 % in 2024.", "en", "supported"),
    ("À périmètre courant, le chiffre d'affaires 2024 de Dalmet progresse de 5,4 %.", "fr", "contradicted"),
    ("En données sous-jacentes, le chiffre d'affaires 2024 de Dalmet progresse de 5,4 %.", "fr", "supported"),
])
def test_an_underlying_or_current_scope_basis(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BASES), text, lang), want)


@pytest.mark.parametrize("text, lang", [
    # the fact of the claim's basis missing, the figure of another basis beside a confirmed level confirms nothing
    ("Korland's core earnings per share were 3.40 euros in 2024, up 6.2 % as reported.", "en"),
    ("Le chiffre d'affaires 2024 de Dalmet atteint 8,6 milliards d'euros, en hausse de 5,4 % à données publiées.", "fr"),
])
def test_a_change_on_another_basis_alone(tmp_path_factory, text, lang):
    alone = BASES
    alone = re.sub(r"      - id: (eps-reported|ventes-publiees)\n(?:        .*\n)+", "", alone)
    assert last_statement(checker_for(tmp_path_factory, alone), text, lang).verdict != "supported"


CAPEX_BASES = """
version: 1
entities:
  corvane: {names: [Corvane]}
  belmor: {names: [Belmor]}
sources:
  - id: corvane-2025
    title: Corvane annual results
    publisher: corvane
    published: 2026-03-04
    facts:
      - id: conversion-post
        statement: Corvane's 2025 cash conversion was 88.4% on a post-capex basis.
        subject: corvane
        quantity: {value: 88.4, unit: percent}
        as_of: 2025
      - id: conversion-pre
        statement: Corvane's 2025 cash conversion was 103.2% on a pre-capex basis.
        subject: corvane
        quantity: {value: 103.2, unit: percent}
        as_of: 2025
  - id: belmor-2025
    title: Résultats annuels de Belmor
    publisher: belmor
    published: 2026-03-05
    facts:
      - id: conversion-apres
        statement: En 2025, le taux de conversion de trésorerie de Belmor est de 71,6 % après investissements.
        subject: belmor
        quantity: {value: 71.6, unit: percent}
        as_of: 2025
      - id: conversion-avant
        statement: En 2025, le taux de conversion de trésorerie de Belmor est de 94,7 % avant investissements.
        subject: belmor
        quantity: {value: 94.7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # before or after capital expenditure is a basis too: the figure of the other basis is another figure of the report
    ("Corvane's cash conversion was 103.2 per cent after capital expenditure in 2025.", "en", "contradicted"),
    ("Corvane's cash conversion was 103.2 per cent before capital expenditure in 2025.", "en", "supported"),
    ("Corvane's cash conversion was 88.4 per cent after capital expenditure in 2025.", "en", "supported"),
    ("En 2025, le taux de conversion de trésorerie de Belmor atteint 94,7 % après investissements.", "fr", "contradicted"),
    ("En 2025, le taux de conversion de trésorerie de Belmor atteint 71,6 % après investissements.", "fr", "supported"),
])
def test_a_figure_before_or_after_capital_expenditure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, CAPEX_BASES), text, lang), want, "quantity")


GROWTH_BASES = """
version: 1
entities:
  brenvik: {names: [Brenvik]}
sources:
  - id: brenvik-2024
    title: Brenvik annual results
    publisher: brenvik
    published: 2025-02-10
    facts:
      - id: interne
        statement: La croissance interne du chiffre d'affaires de Brenvik est de 7,9 % en 2024.
        subject: brenvik
        quantity: {value: 7.9, unit: percent}
        as_of: 2024
      - id: publie
        statement: Le chiffre d'affaires de Brenvik est en hausse de 5,1 % en 2024, en variation totale.
        subject: brenvik
        quantity: {value: 5.1, unit: percent}
        as_of: 2024
  - id: brenvik-2024-en
    title: Brenvik annual results (English)
    publisher: brenvik
    published: 2025-02-10
    facts:
      - id: internal
        statement: Brenvik's internal growth of revenue was 6.4 % in 2024.
        subject: brenvik
        quantity: {value: 6.4, unit: percent}
        as_of: 2024
      - id: reported
        statement: As reported, Brenvik's revenue rose 4.2 % in 2024.
        subject: brenvik
        quantity: {value: 4.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « ventes » are revenue; « croissance interne », "internal growth", is organic growth, another basis than the
    # reported change (« en données publiées », « en variation totale », "as reported"): its figure refutes that change
    ("Les ventes de Brenvik ont progressé de 7,9 % en 2024 en données publiées.", "fr", "contradicted", "quantity"),
    ("Les ventes de Brenvik ont progressé de 5,1 % en 2024 en données publiées.", "fr", "supported", "quantity"),
    ("On a reported basis, Brenvik's sales rose 6.4 % in 2024.", "en", "contradicted", "quantity"),
    ("On a reported basis, Brenvik's sales rose 4.2 % in 2024.", "en", "supported", "quantity"),
])
def test_internal_growth_is_organic_and_sales_are_revenue(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, GROWTH_BASES), text, lang), want, rule)


PLACES_ACROSS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor full-year sales
    publisher: velmor
    published: 2025-03-04
    facts:
      - id: india
        statement: Velmor's sales in India grew 6% in 2024.
        subject: velmor
        quantity: {value: 6, unit: percent}
        as_of: 2024
      - id: travel-retail
        statement: Velmor's global travel retail sales grew 2% in 2024.
        subject: velmor
        quantity: {value: 2, unit: percent}
        as_of: 2024
  - id: velmor-2024-fr
    title: Ventes annuelles de Velmor
    publisher: velmor
    published: 2025-03-04
    facts:
      - id: allemagne
        statement: Les ventes de Velmor en Allemagne ont progressé de 8 % en 2024.
        subject: velmor
        quantity: {value: 8, unit: percent}
        as_of: 2024
      - id: boutiques
        statement: Les ventes des boutiques d'aéroport de Velmor ont progressé de 3 % en 2024.
        subject: velmor
        quantity: {value: 3, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a country after an elided article, « l'Inde », that the list writes in its own language, "India": the figure is
    # that country's, refuted by the fact the list gives for it, not confirmed by another fact's figure of no place
    ("En 2024, l'Inde a confirmé son rôle pour Velmor, avec des ventes en hausse de 2 %.", "fr", "contradicted", "quantity"),
    ("En 2024, l'Inde a confirmé son rôle pour Velmor, avec des ventes en hausse de 6 %.", "fr", "supported", "quantity"),
    ("In 2024, Germany confirmed its role for Velmor, with sales up 3 %.", "en", "contradicted", "quantity"),
    ("In 2024, Germany confirmed its role for Velmor, with sales up 8 %.", "en", "supported", "quantity"),
])
def test_a_country_the_list_writes_in_another_language(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PLACES_ACROSS), text, lang), want, rule)


ACCOUNTING_VERSIONS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostrel: {names: [Ostrel]}
sources:
  - id: velmor-2024
    title: Velmor full-year results
    publisher: velmor
    published: 2025-02-20
    facts:
      - id: eps-adjusted
        statement: Velmor's adjusted earnings per share were 5.20 euros in 2024, up 8.0 %.
        subject: velmor
        quantity: {value: 5.20, unit: EUR per share}
        as_of: 2024
      - id: eps-ifrs
        statement: Velmor's IFRS earnings per share were 3.90 euros in 2024.
        subject: velmor
        quantity: {value: 3.90, unit: EUR per share}
        as_of: 2024
  - id: ostrel-2024
    title: Résultats annuels d'Ostrel
    publisher: ostrel
    published: 2025-02-21
    facts:
      - id: bnpa-ajuste
        statement: Le BNPA ajusté 2024 d'Ostrel est de 2,60 euros, en hausse de 7,5 %.
        subject: ostrel
        quantity: {value: 2.60, unit: EUR per share}
        as_of: 2024
      - id: bnpa-ifrs
        statement: Le BNPA IFRS 2024 d'Ostrel est de 1,70 euro.
        subject: ostrel
        quantity: {value: 1.70, unit: EUR per share}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a result written with its scope or accounting version (adjusted, IFRS) is met only by the fact of that version:
    # the other version's figure is another measure (a fact in the agreeing fact's own unit is its rival, whatever
    # a price per share read by its value alone)
    ("Velmor's adjusted earnings per share were 3.90 euros in 2024.", "en", "contradicted"),
    ("Velmor's IFRS earnings per share were 5.20 euros in 2024.", "en", "contradicted"),
    ("Velmor's adjusted earnings per share were 5.20 euros in 2024, up 8.0 %.", "en", "supported"),
    ("Velmor's IFRS earnings per share were 3.90 euros in 2024.", "en", "supported"),
    ("Le BNPA ajusté 2024 d'Ostrel ressort à 1,70 euro.", "fr", "contradicted"),
    ("Le BNPA ajusté 2024 d'Ostrel ressort à 2,60 euros, en hausse de 7,5 %.", "fr", "supported"),
    ("Le BNPA IFRS 2024 d'Ostrel ressort à 1,70 euro.", "fr", "supported"),
])
def test_a_result_of_another_accounting_version(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ACCOUNTING_VERSIONS), text, lang), want)


@pytest.mark.parametrize("text, lang", [
    # the other version's figure stated beside a confirmed change confirms nothing
    ("Velmor's IFRS earnings per share were 5.20 euros in 2024, up 8.0 %.", "en"),
    ("Le BNPA IFRS 2024 d'Ostrel ressort à 2,60 euros, en hausse de 7,5 %.", "fr"),
])
def test_a_result_of_another_version_beside_its_change(tmp_path_factory, text, lang):
    assert last_statement(checker_for(tmp_path_factory, ACCOUNTING_VERSIONS), text, lang).verdict != "supported"


CIDER = """
version: 1
entities:
  cidrerie: {names: [Velmor Cider Board, Interprofession du cidre de Velmor]}
sources:
  - id: cidre-2024
    title: Expéditions de cidre 2024
    publisher: cidrerie
    published: 2025-01-20
    facts:
      - id: interieur
        statement: Le marché intérieur a absorbé 42,5 millions de caisses de cidre en 2024, en baisse de 3,1 % sur un an.
        quantity: {value: 42.5e6, unit: caisses}
        as_of: 2024
      - id: exportations
        statement: Les exportations de cidre ont atteint 61,3 millions de caisses en 2024, en hausse de 2,4 %.
        quantity: {value: 61.3e6, unit: caisses}
        as_of: 2024
      - id: domestic
        statement: Home sales of cider reached 38.4 million crates in 2024, down 4.6 % on a year earlier.
        quantity: {value: 38.4e6, unit: crates}
        as_of: 2024
      - id: exports
        statement: Exports of cider reached 55.7 million crates in 2024, up 1.9 %.
        quantity: {value: 55.7e6, unit: crates}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact that writes every figure of the claim is not the claim's when it is of another measure than the claim
    # names (« l'export », "exports") while the fact of that measure gives it otherwise
    ("L'export a représenté 42,5 millions de caisses de cidre en 2024, en baisse de 3,1 % sur un an.", "fr", "mixed"),
    ("Le marché intérieur a représenté 42,5 millions de caisses de cidre en 2024, en baisse de 3,1 % sur un an.", "fr",
     "supported"),
    ("Exports of cider came to 38.4 million crates in 2024, down 4.6 % on a year earlier.", "en", "contradicted"),
    ("Home sales of cider came to 38.4 million crates in 2024, down 4.6 % on a year earlier.", "en", "supported"),
])
def test_every_figure_of_another_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CIDER), text, lang), want)


CIDER_SHIPMENTS = CIDER + """      - id: expeditions
        statement: Les expéditions de cidre ont baissé de 6,4 % en 2024.
        quantity: {value: -6.4, unit: percent}
        as_of: 2024
      - id: shipments
        statement: Shipments of cider fell 5.2 % in 2024.
        quantity: {value: -5.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change written beside its level, confirmed by the fact of another measure (all shipments) while the level's
    # fact gives its own change otherwise beside it: that fact's change, refuted
    ("Le marché intérieur a représenté 42,5 millions de caisses de cidre en 2024, en baisse de 6,4 % sur un an.", "fr",
     "mixed"),
    ("Le marché intérieur a représenté 42,5 millions de caisses de cidre en 2024, en baisse de 3,1 % sur un an.", "fr",
     "supported"),
    ("Home sales of cider came to 38.4 million crates in 2024, down 5.2 % on a year earlier.", "en", "mixed"),
    ("Home sales of cider came to 38.4 million crates in 2024, down 4.6 % on a year earlier.", "en", "supported"),
    ("Les expéditions de cidre ont baissé de 6,4 % en 2024.", "fr", "supported"),
])
def test_a_change_beside_its_level_of_another_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CIDER_SHIPMENTS), text, lang), want)


KORVANE = """
version: 1
entities:
  korvane: {names: [Korvane, Korvane Group]}
sources:
  - id: korvane-2024
    title: Korvane full-year results
    publisher: korvane
    published: 2025-03-04
    facts:
      - id: op-result
        statement: Korvane Group's operating result fell about 12 percent to 5.6 billion euros in 2024, from 6.4 billion euros in 2023.
        subject: korvane
        quantity: {value: 5.6e9, unit: EUR}
        as_of: 2024
      - id: net
        statement: Korvane Group's earnings after tax fell 21.4 percent to 3.1 billion euros in 2024.
        subject: korvane
        quantity: {value: 3.1e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the change written beside a level is that level's measure's, whatever year the claim writes for both: another
    # measure's change of that size (the operating result's) confirms nothing
    ("Korvane Group's earnings after tax shrank 12% in 2024, to 3.1 billion euros.", "en", "mixed"),
    ("Korvane Group's earnings after tax shrank 21.4% in 2024, to 3.1 billion euros.", "en", "supported"),
    ("Korvane Group's operating result shrank 12% in 2024, to 5.6 billion euros.", "en", "supported"),
])
def test_a_change_beside_its_level_in_its_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, KORVANE), text, lang), want)


DROWN = """
version: 1
entities: {}
sources:
  - id: drownings
    title: Drowning survey
    published: 2025-07-02
    facts:
      - id: june
        statement: Between January and the end of June 2025, 14 children drowned in Velmor, already more than in the whole of 2019.
        quantity: {value: 14, unit: children}
        as_of: 2025-06
      - id: y2019
        statement: In 2019, the worst year of the decade, 10 children drowned in Velmor.
        quantity: {value: 10, unit: children}
        as_of: 2019
      - id: juin
        statement: Entre janvier et fin juin 2025, 14 enfants se sont noyés à Velmor, déjà plus que sur toute l'année 2019.
        quantity: {value: 14, unit: enfants}
        as_of: 2025-06
      - id: a2019
        statement: En 2019, pire année de la décennie, 10 enfants se sont noyés à Velmor.
        quantity: {value: 10, unit: enfants}
        as_of: 2019
"""


@pytest.mark.parametrize("text, lang, want", [
    # "that year" after a sentence that dates no event of its own is the last year that sentence writes (2019, its
    # comparison), not the current year
    ("Dès la fin juin, 14 enfants s'étaient déjà noyés à Velmor, davantage que sur toute l'année 2019. Cette année-là, "
     "10 enfants s'étaient noyés à Velmor.", "fr", "supported"),
    ("By the end of June, 14 children had drowned in Velmor, more than in the whole of 2019. That year, 12 children "
     "drowned in Velmor.", "en", "contradicted"),
])
def test_that_year_points_back_to_the_year_the_sentence_before_writes(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DROWN), text, lang), want)


FLU_REPORT = """
version: 1
entities: {}
sources:
  - id: flu-report
    title: Velmor flu report 2024
    published: 2024-12-11
    facts:
      - id: averted
        statement: An estimated 3.1 million flu cases and 9,400 flu deaths have been avoided in Velmor since vaccination began.
        quantity: {value: 3.1e6, unit: cases}
        as_of: 2023
      - id: deaths-2023
        statement: An estimated 18,420 people died of flu in Velmor in 2023, nearly the same number as in 2022.
        quantity: {value: 18420, unit: deaths, bound: about}
        as_of: 2023
      - id: deaths-2022
        statement: The report estimates about 18,500 flu deaths in Velmor in 2022.
        quantity: {value: 18500, unit: deaths, bound: about}
        as_of: 2022
"""


@pytest.mark.parametrize("text, want", [
    # a precise figure a fact of the claim's own period gives exactly is no other period's figure, nor another
    # measure's that ranks closer; the previous year's figure given for that period stays a wrong period
    ("The Velmor flu report covers 2023. Flu deaths were almost unchanged at about 18,420, compared with some 18,500 "
     "in 2022.", "supported"),
    ("The Velmor flu report covers 2023. Flu deaths were almost unchanged at about 18,500.", "contradicted"),
])
def test_a_figure_its_own_period_gives_exactly_is_no_other_period_s(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, FLU_REPORT), text, "en"), want)


MARGIN = """
version: 1
entities:
  korvane: {names: [Korvane]}
sources:
  - id: results
    title: Korvane results
    published: 2026-02-10
    facts:
"""
MARGIN_FACTS = {"fr": """
      - id: margin
        statement: La marge opérationnelle de Korvane au quatrième trimestre 2025 atteint 31 %, en hausse de deux points de pourcentage.
        subject: korvane
        quantity: {value: 31, unit: percent}
        as_of: 2025-Q4
""", "en": """
      - id: margin
        statement: Korvane's operating margin in the fourth quarter of 2025 was 31%, up two percentage points from a year earlier.
        subject: korvane
        quantity: {value: 31, unit: percent}
        as_of: 2025-Q4
"""}


@pytest.mark.parametrize("text, lang, want", [
    # the fact shares with the claim only what its unit ("percentage points") or its period ("quarter") says, no
    # word of what is measured: another measure's figure, left unverified
    ("Korvane shares rose about 8% in late trading after the release.", "en", "unverified"),
    ("La part des clients fidèles de Korvane a grimpé à 8 % après la publication.", "fr", "unverified"),
    # controls: the same measure stays checked
    ("Korvane's operating margin in the fourth quarter of 2025 was 31%.", "en", "supported"),
    ("Korvane's operating margin in the fourth quarter of 2025 was 35%.", "en", "contradicted"),
    ("La marge opérationnelle de Korvane au quatrième trimestre 2025 atteint 31 %.", "fr", "supported"),
    ("La marge opérationnelle de Korvane au quatrième trimestre 2025 atteint 35 %.", "fr", "contradicted"),
])
def test_a_fact_sharing_only_its_unit_or_period_words_refutes_no_other_measure(tmp_path_factory, text, lang, want):
    checker = checker_for(tmp_path_factory, MARGIN + MARGIN_FACTS[lang].lstrip("\n"))
    assert_verdict(last_statement(checker, text, lang), want)



PEAKS = """
version: 1
sources:
  - id: arrivals
    title: Long-term arrivals, revised series
    published: 2025-11-20
    facts:
      - id: peak-revised
        statement: Revised figures put the peak of net arrivals to Norvik at 612,000 in the year ending June 2021.
        quantity: {value: 612000, unit: people}
        as_of: 2021-06
      - id: latest
        statement: Net arrivals to Norvik for the year ending June 2025 are revised to 204,000.
        quantity: {value: 204000, unit: people}
        as_of: 2025-06
      - id: pic-revise
        statement: Les chiffres révisés situent le pic des entrées nettes en Valdorie à 318 000 sur l'année close en mars 2022.
        quantity: {value: 318000, unit: people}
        as_of: 2022-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact gives exactly, met only as its measure named more precisely ("the peak" for "the peak of
    # net arrivals"), dated another year: the figure is that fact's, its year is wrong
    ("The revised series puts the peak at 612,000 in the year to June 2020.", "en", "contradicted", "date"),
    ("La série révisée situe le pic à 318 000 sur l'année close en mars 2021.", "fr", "contradicted", "date"),
])
def test_a_figure_met_as_named_more_precisely_in_another_year_is_misdated(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PEAKS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    ("The revised series puts the peak at 612,000 in the year to June 2021.", "en"),
    ("La série révisée situe le pic à 318 000 sur l'année close en mars 2022.", "fr"),
])
def test_a_figure_met_as_named_more_precisely_in_its_year_is_no_wrong_year(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PEAKS), text, lang), "supported")


PARTS_AND_BASES = """
version: 1
entities:
  tarvel: {names: [Tarvel]}
  valmor: {names: [Valmor]}
sources:
  - id: tarvel-2024
    title: Résultats annuels de Tarvel
    publisher: tarvel
    published: 2025-02-20
    facts:
      - id: ca
        statement: Le chiffre d'affaires de Tarvel a atteint 12,1 milliards d'euros en 2024, en hausse de 2,9 % en données publiées et de 6,4 % hors variations de périmètre et de change.
        subject: tarvel
        as_of: 2024
      - id: revenue
        statement: Tarvel's revenue rose 7.7% excluding acquisitions, and 3.6% as reported, to 12.1 billion euros in 2024.
        subject: tarvel
        as_of: 2024
  - id: valmor-2024
    title: Résultats annuels de Valmor
    publisher: valmor
    published: 2025-02-21
    facts:
      - id: ebit-solaire
        statement: L'EBIT de l'activité Solaire de Valmor progresse de 11,2 % en 2024.
        quantity: {value: 11.2, unit: percent}
        as_of: 2024
      - id: ebit-reseaux
        statement: L'EBIT de l'activité Réseaux de Valmor progresse de 4,6 % en 2024.
        quantity: {value: 4.6, unit: percent}
        as_of: 2024
      - id: ebit-solar
        statement: EBIT of Valmor's Solar business rose 13.8% in 2024.
        quantity: {value: 13.8, unit: percent}
        as_of: 2024
      - id: ebit-grid
        statement: EBIT of Valmor's Grid business rose 5.1% in 2024.
        quantity: {value: 5.1, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # each figure of a fact's sentence has its own basis: the claim's basis written beside another figure (or the
    # figure's own basis named, « hors variations de périmètre et de change ») makes the figure another one
    ("En données publiées, le chiffre d'affaires de Tarvel a progressé de 6,4 % en 2024.", "fr", "contradicted",
     "quantity"),
    ("En données publiées, le chiffre d'affaires de Tarvel a progressé de 2,9 % en 2024.", "fr", "supported", "quantity"),
    ("As reported, Tarvel's revenue rose 7.7% in 2024.", "en", "contradicted", "quantity"),
    ("As reported, Tarvel's revenue rose 3.6% in 2024.", "en", "supported", "quantity"),
    # a figure of another named part (a business line) while the claim's part has its own figure: wrong part
    ("Ce sont les Réseaux de Valmor qui ont porté la croissance, avec un EBIT en hausse de 11,2 % en 2024.", "fr",
     "contradicted", "region"),
    ("Ce sont les Réseaux de Valmor qui ont porté la croissance, avec un EBIT en hausse de 4,6 % en 2024.", "fr",
     "supported", "quantity"),
    ("Valmor's Grid business drove growth, with EBIT up 13.8% in 2024.", "en", "contradicted", "region"),
    ("Valmor's Grid business drove growth, with EBIT up 5.1% in 2024.", "en", "supported", "quantity"),
])
def test_a_figure_of_another_basis_or_part(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PARTS_AND_BASES), text, lang), want, rule)


RECURRING = """
version: 1
entities:
  orval: {names: [Orval]}
sources:
  - id: orval-2024
    title: Résultats annuels d'Orval
    publisher: orval
    published: 2025-02-25
    facts:
      - id: net
        statement: Le résultat net part du groupe d'Orval atteint 2,3 milliards d'euros en 2024.
        subject: orval
        quantity: {value: 2.3e9, unit: EUR}
        as_of: 2024
      - id: net-recurrent
        statement: Le résultat net récurrent part du groupe d'Orval atteint 3,1 milliards d'euros en 2024.
        subject: orval
        quantity: {value: 3.1e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want, rule", [
    # « récurrent » names the recurring scope of a result: the net result's figure is not the recurring one's
    ("En 2024, le résultat net récurrent part du groupe d'Orval a atteint 2,3 milliards d'euros.", "contradicted",
     "quantity-measure"),
    ("En 2024, le résultat net récurrent part du groupe d'Orval a atteint 3,1 milliards d'euros.", "supported",
     "quantity"),
    ("En 2024, le résultat net part du groupe d'Orval a atteint 2,3 milliards d'euros.", "supported", "quantity"),
])
def test_the_recurring_scope_of_a_result(tmp_path_factory, text, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RECURRING), text, "fr"), want, rule)



WHOLE_YEARS = """
version: 1
entities:
  kestrel:
    names: [Kestrel Brewing, Kestrel]
  dalmor:
    names: [Dalmor]
sources:
  - id: kestrel-h1
    title: Kestrel Brewing half-year results 2024
    published: 2024-07-29
    facts:
      - id: volume-h1
        statement: Kestrel Brewing's beer volume grew 3.4% organically in the first half of 2024.
        subject: kestrel
        quantity: {value: 3.4, unit: percent}
        as_of: 2024-06
  - id: kestrel-fy
    title: Kestrel Brewing full-year results 2024
    published: 2025-02-12
    facts:
      - id: volume-fy
        statement: Kestrel Brewing's beer volume grew 1.7% organically in 2024.
        subject: kestrel
        quantity: {value: 1.7, unit: percent}
        as_of: 2024
      - id: shares
        statement: Kestrel Brewing shares rose 9% on 12 February 2025.
        subject: kestrel
        quantity: {value: 9, unit: percent}
        as_of: 2025-02-12
  - id: music
    title: Norland recorded music market 2024
    published: 2025-03-05
    facts:
      - id: subs-2024
        statement: Streaming platforms gained 250,000 paying subscribers in Norland in 2024.
        quantity: {value: 250000, unit: subscribers}
        as_of: 2024
      - id: subs-2023
        statement: Streaming platforms had gained 1.1 million paying subscribers in Norland in 2023.
        quantity: {value: 1.1e6, unit: subscribers}
        as_of: 2023
      - id: abonnes-2024
        statement: Les plateformes de streaming ont gagné 180 000 abonnés payants en Estrie en 2024.
        quantity: {value: 180000, unit: subscribers}
        as_of: 2024
      - id: abonnes-2023
        statement: Les plateformes de streaming avaient gagné 1,2 million d'abonnés payants en Estrie en 2023.
        quantity: {value: 1.2e6, unit: subscribers}
        as_of: 2023
  - id: dalmor-9m
    title: Dalmor toll roads, nine months 2024
    published: 2024-10-24
    facts:
      - id: traffic-9m
        statement: Traffic on the Dalmor toll roads fell 0.8% in the first nine months of 2024 compared with the same period of 2023.
        subject: dalmor
        quantity: {value: -0.8, unit: percent}
        as_of: 2024-09
      - id: trafic-9m
        statement: Le trafic des autoroutes de Dalmor a reculé de 0,8 % sur les neuf premiers mois de 2024 par rapport à la même période de 2023.
        subject: dalmor
        quantity: {value: -0.8, unit: percent}
        as_of: 2024-09
  - id: dalmor-fy
    title: Dalmor toll roads, full year 2024
    published: 2025-02-06
    facts:
      - id: traffic-fy
        statement: Traffic on the Dalmor toll roads was stable in 2024 compared with 2023.
        subject: dalmor
        quantity: {value: 0, unit: percent, bound: about}
        as_of: 2024
      - id: trafic-annuel
        statement: Le trafic des autoroutes de Dalmor est resté stable en 2024 par rapport à 2023.
        subject: dalmor
        quantity: {value: 0, unit: percent, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure said of the whole year with no date of its own ("over the year", « sur l'année ») is the year's the
    # article speaks of: a half's figure (dated by its last month) or another year's is not its figure
    ("Kestrel Brewing's revenue rose in 2024. Total beer volume rose 3.4% organically over the year.", "en",
     "contradicted", "period"),
    ("Kestrel Brewing's revenue rose in 2024. Total beer volume rose 1.7% organically over the year.", "en",
     "supported", "quantity"),
    ("The Norland music market grew in 2024. Streaming platforms gained 1.1 million more paying subscribers over "
     "the year.", "en",
     "contradicted", "period"),
    ("The Norland music market grew in 2024. Streaming platforms gained 250,000 more paying subscribers over the "
     "year.", "en",
     "supported", "quantity"),
    ("Le marché de la musique en Estrie a progressé en 2024. Les plateformes ont gagné 1,2 million d'abonnés payants "
     "supplémentaires sur l'année.", "fr", "contradicted", "period"),
    ("Le marché de la musique en Estrie a progressé en 2024. Les plateformes ont gagné 180 000 abonnés payants "
     "supplémentaires sur l'année.", "fr", "supported", "quantity"),
])
def test_over_the_year_is_the_whole_year_spoken_of(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WHOLE_YEARS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # an article on a year closing in December ("the 52 weeks to 27 December 2024") speaks of that calendar year:
    # "over the year" is its figure, not the fourth quarter's
    ("Pelham Pies said sales rose 9% to £640m in the 52 weeks to 27 December 2024. Like-for-like sales in its own "
     "bakeries grew 3.1% over the year, the company said.", "en", "contradicted", "period"),
    ("Pelham Pies said sales rose 9% to £640m in the 52 weeks to 27 December 2024. Like-for-like sales in its own "
     "bakeries grew 6.2% over the year, the company said.", "en", "supported", "quantity"),
    ("Pelham Pies a vu ses ventes progresser de 9 % sur les 52 semaines closes le 27 décembre 2024. Les ventes à "
     "périmètre comparable de ses propres boulangeries ont progressé de 3,1 % sur l'année, selon le groupe.", "fr",
     "contradicted", "period"),
    ("Pelham Pies a vu ses ventes progresser de 9 % sur les 52 semaines closes le 27 décembre 2024. Les ventes à "
     "périmètre comparable de ses propres boulangeries ont progressé de 6,2 % sur l'année, selon le groupe.", "fr",
     "supported", "quantity"),
])
def test_a_year_to_december_is_the_calendar_year(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  pelham: {names: [Pelham Pies, Pelham]}
sources:
  - id: pelham-q4
    title: Pelham Pies fourth-quarter trading 2024
    published: 2025-01-08
    facts:
      - id: lfl-q4-en
        statement: In the fourth quarter of 2024 Pelham's like-for-like sales in its own bakeries grew 3.1%, while total sales rose 6.8%.
        subject: pelham
        quantity: {value: 3.1, unit: percent}
        as_of: 2024-Q4
      - id: lfl-q4-fr
        statement: Au quatrième trimestre 2024, les ventes à périmètre comparable des propres boulangeries de Pelham ont progressé de 3,1 %, et les ventes totales de 6,8 %.
        subject: pelham
        quantity: {value: 3.1, unit: percent}
        as_of: 2024-Q4
  - id: pelham-fy
    title: Pelham Pies annual results 2024
    published: 2025-03-11
    facts:
      - id: lfl-fy-en
        statement: Like-for-like sales in Pelham's own bakeries rose 6.2% year on year in 2024.
        subject: pelham
        quantity: {value: 6.2, unit: percent}
        as_of: 2024
      - id: lfl-fy-fr
        statement: Les ventes à périmètre comparable des propres boulangeries de Pelham ont progressé de 6,2 % sur un an en 2024.
        subject: pelham
        quantity: {value: 6.2, unit: percent}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change dated by a year alone is the whole year's: a fact of nine months of it does not confirm it; the
    # whole year's fact decides its direction
    ("Traffic on the Dalmor toll roads fell in 2024 compared with 2023.", "en", "contradicted", "direction"),
    ("Traffic on the Dalmor toll roads was stable in 2024 compared with 2023.", "en", "supported", "terms"),
    ("Le trafic des autoroutes de Dalmor a reculé en 2024 par rapport à 2023.", "fr", "contradicted", "direction"),
    ("Le trafic des autoroutes de Dalmor est resté stable en 2024 par rapport à 2023.", "fr", "supported", "terms"),
])
def test_a_change_of_a_year_is_not_a_part_of_the_years(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WHOLE_YEARS), text, lang), want, rule)


PROFITS_FROM = """
version: 1
entities:
  norvik:
    names: [Norvik Foods, Norvik]
  belcour:
    names: [Belcour]
sources:
  - id: results-2024
    title: Full-year results 2024
    published: 2025-02-20
    facts:
      - id: profit
        statement: Norvik's net profit fell 41.2% to 612 million euros in 2024, from about 1.04 billion euros in 2023.
        subject: norvik
        quantity: {value: 612e6, unit: EUR}
        as_of: 2024
      - id: benefice
        statement: Le bénéfice net de Belcour a chuté de 38,5 % à 455 millions d'euros en 2024, contre environ 740 millions d'euros en 2023.
        subject: belcour
        quantity: {value: 455e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the year a fact of another year measures its change from (« from … in 2023 », « contre … en 2023 ») is not the
    # year a claim dates the change in: "dropped 41.2 % in 2023" is left unconfirmed, "in 2024" confirmed
    ("Norvik's net profit dropped 41.2% in 2023, to 612 million euros.", "en", "unverified"),
    ("Norvik's net profit dropped 41.2% in 2024, to 612 million euros.", "en", "supported"),
    ("Le bénéfice net de Belcour a chuté de 38,5 % en 2024, à 455 millions d'euros.", "fr", "supported"),
])
def test_a_change_is_not_dated_by_the_year_it_is_measured_from(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PROFITS_FROM), text, lang), want)



MEASURES_APART = """
version: 1
sources:
  - id: results
    title: Norvale rail results 2025
    published: 2026-02-20
    facts:
      - id: revenue
        statement: Norvale's rail revenue reached 8.4 billion euros in 2025.
        quantity: {value: 8.4e9, unit: EUR}
        as_of: 2025
      - id: ca
        statement: Le chiffre d'affaires ferroviaire de Norvale a atteint 8,4 milliards d'euros en 2025.
        quantity: {value: 8.4e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure its own clause says of a measure (debt) that the only fact of its unit, of another measure (revenue),
    # does not name: another measure's figure, left unverified, not a wrong one
    ("In 2025 Norvale's rail arm also repaid 3.1 billion euros of its debt.", "en", "unverified", "quantity"),
    ("En 2025, l'activité ferroviaire de Norvale a aussi remboursé 3,1 milliards d'euros de dette.", "fr",
     "unverified", "quantity"),
    # controls: the fact's own measure, with a wrong figure, is refuted; with the right one, confirmed
    ("Norvale's rail revenue reached 8.1 billion euros in 2025.", "en", "contradicted", "quantity"),
    ("Le chiffre d'affaires ferroviaire de Norvale a atteint 8,1 milliards d'euros en 2025.", "fr", "contradicted",
     "quantity"),
    ("Norvale's rail revenue reached 8.4 billion euros in 2025.", "en", "supported", "quantity"),
])
def test_a_figure_of_a_measure_no_fact_names_is_not_refuted_by_another_measure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, MEASURES_APART), text, lang), want, rule)


GUIDANCE_RANGES = """
version: 1
sources:
  - id: guidance
    title: Norvale guidance for 2025
    published: 2025-02-20
    facts:
      - id: guidance-en
        statement: Norvale expects 2025 net profit of between 2.1 and 2.5 billion euros.
        quantity: {min: 2.1e9, max: 2.5e9, unit: EUR}
        as_of: 2025
      - id: guidance-fr
        statement: Norvale anticipe un bénéfice net 2025 compris entre 2,1 et 2,5 milliards d'euros.
        quantity: {min: 2.1e9, max: 2.5e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a range of other ends, for another year, is that year's own target, not the list's range misdated
    ("For 2026, Norvale expects net profit of between 2.3 and 2.8 billion euros.", "en", "unverified"),
    ("Pour 2026, Norvale anticipe un bénéfice net compris entre 2,3 et 2,8 milliards d'euros.", "fr", "unverified"),
    # control: the list's own range given to another year is misdated
    ("For 2026, Norvale expects net profit of between 2.1 and 2.5 billion euros.", "en", "contradicted"),
])
def test_a_range_of_other_ends_is_no_figure_of_another_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, GUIDANCE_RANGES), text, lang), want)


OUTCOME_THEN_RANGE = """
version: 1
sources:
  - id: results
    title: Norvale results 2025
    published: 2026-02-20
    facts:
      - id: outcome-en
        statement: Norvale's net profit grew 6.4% in 2025.
        quantity: {value: 6.4, unit: percent}
        as_of: 2025
      - id: outcome-fr
        statement: Le bénéfice net de Dalvik a progressé de 6,4 % en 2025.
        quantity: {value: 6.4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a range said for the next year is not the year before's single outcome near one of its ends, misdated
    ("For 2026, Norvale expects net profit to grow by between 3% and 6%.", "en", "unverified"),
    ("Pour 2026, Dalvik prévoit une progression de son bénéfice net comprise entre 3 % et 6 %.", "fr", "unverified"),
    # control: the single figure itself, given to the next year, is misdated
    ("In 2026, Norvale's net profit grew 6.4%.", "en", "contradicted"),
])
def test_a_range_is_no_single_figure_of_another_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OUTCOME_THEN_RANGE), text, lang), want)


DAY_OF_THE_VOTE = """
version: 1
sources:
  - id: results
    title: Norvale results 2025
    published: 2026-02-20
    facts:
      - id: dividend-en
        statement: The board will propose to the general meeting of 12 May 2026 a dividend of 3.10 euros per share for 2025.
        quantity: {value: 3.10, unit: EUR per share}
        as_of: 2025
      - id: dividend-fr
        statement: Le conseil proposera à l'assemblée générale du 12 mai 2026 un dividende de 1,40 euro par action au titre de 2025.
        quantity: {value: 1.40, unit: EUR per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the year of a day the fact writes too dates the same event (the meeting), not the dividend's year
    ("The board will propose to the general meeting of 12 May 2026 a dividend of 3.10 euros per share.", "en",
     "supported"),
    ("Le conseil proposera à l'assemblée générale du 12 mai 2026 un dividende de 1,40 euro par action.", "fr",
     "supported"),
    # controls: a year written alone is the figure's own, misdated; another figure on that day is wrong
    ("Norvale will pay a dividend of 3.10 euros per share for 2026.", "en", "contradicted"),
    ("The board will propose to the general meeting of 12 May 2026 a dividend of 3.40 euros per share.", "en",
     "contradicted"),
])
def test_a_day_the_fact_writes_too_is_no_wrong_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DAY_OF_THE_VOTE), text, lang), want)


TWO_REGIONS = """
version: 1
entities:
  norvale: {names: [Norvale]}
  westmark: {names: [Westmark]}
  eastmark: {names: [Eastmark]}
sources:
  - id: results
    title: Norvale results 2025
    publisher: norvale
    published: 2026-02-04
    facts:
      - id: regions
        statement: In 2025, Norvale's organic growth was +4.2% in Westmark and +7.1% in Eastmark.
        quantity: {value: 4.2, unit: percent}
        as_of: 2025
      - id: q4
        statement: In the fourth quarter of 2025, Norvale's organic growth was +7.1%.
        subject: norvale
        quantity: {value: 7.1, unit: percent}
        as_of: 2025-Q4
"""

DEUX_REGIONS = """
version: 1
entities:
  norvale: {names: [Norvale]}
  westmark: {names: [Westmark]}
  eastmark: {names: [Eastmark]}
sources:
  - id: results
    title: Résultats annuels 2025 de Norvale
    publisher: norvale
    published: 2026-02-04
    facts:
      - id: regions
        statement: En 2025, la croissance organique de Norvale est de +3,4 % en Westmark et de +8,6 % en Eastmark.
        quantity: {value: 3.4, unit: percent}
        as_of: 2025
      - id: t4
        statement: Au quatrième trimestre 2025, la croissance organique de Norvale a été de +8,6 %.
        subject: norvale
        quantity: {value: 8.6, unit: percent}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure the fact of the claim's place gives for that place, beside its declared one of another place, is
    # that place's, whatever another fact's same figure is of (rule region)
    ("Westmark grew 4.2% organically, and Eastmark 7.1%.", "en", "supported"),
    ("Le Westmark a progressé de 3,4 % en organique, et l'Eastmark de 8,6 %.", "fr", "supported"),
    # control: the two places' figures swapped
    ("Westmark grew 7.1% organically, and Eastmark 4.2%.", "en", "contradicted"),
])
def test_a_place_s_figure_beside_another_place_s_declared_one(tmp_path_factory, text, lang, want):
    lists = {"en": TWO_REGIONS, "fr": DEUX_REGIONS}
    assert_verdict(last_statement(checker_for(tmp_path_factory, lists[lang]), text, lang), want)



LABELLED_GUIDANCE = """
version: 1
entities:
  norvale: {names: [Norvale]}
sources:
  - id: outlook
    title: Norvale outlook 2026
    publisher: norvale
    published: 2026-02-12
    facts:
      - id: outlook-en
        statement: Norvale expects operating profit (ebit) to grow by 3% to 5% in 2026.
        subject: norvale
        quantity: {min: 3, max: 5, unit: percent}
        as_of: 2026
      - id: outlook-fr
        statement: Norvale prévoit une croissance de son résultat opérationnel (Ebit) de 6 % à 7 % en 2026.
        subject: norvale
        quantity: {min: 6, max: 7, unit: percent}
        as_of: 2026
      - id: last-year
        statement: Norvale's operating profit (ebit) grew 5.2% in 2025, well above what analysts had expected.
        subject: norvale
        quantity: {value: 5.2, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a short label in brackets does not cut the clause: the verb of expecting before it still makes its figure a forecast
    ("For 2026, Norvale expects operating profit (ebit) to grow by between 3% and 5%.", "en", "supported"),
    ("Pour 2026, Norvale prévoit une croissance de son résultat opérationnel (Ebit) comprise entre 6 % et 7 %.", "fr",
     "supported"),
    # control: another range for that year is refuted
    ("For 2026, Norvale expects operating profit (ebit) to grow by between 6% and 9%.", "en", "contradicted"),
])
def test_a_label_in_brackets_does_not_cut_a_clause(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LABELLED_GUIDANCE), text, lang), want)




GRAIN = """
version: 1
sources:
  - id: grain
    title: Grain trade review 2024
    published: 2025-02-11
    facts:
      - id: us-exports
        statement: US grain exports rose 6.3% in 2024.
        quantity: {value: 6.3, unit: percent}
        as_of: 2024
      - id: uk-exports
        statement: UK grain exports rose 2.1% in 2024.
        quantity: {value: 2.1, unit: percent}
        as_of: 2024
      - id: eu-wheat
        statement: EU wheat output fell 4.7% in 2024.
        quantity: {value: -4.7, unit: percent}
        as_of: 2024
"""

CEREALES = """
version: 1
sources:
  - id: cereales
    title: Bilan du commerce des céréales 2024
    published: 2025-02-11
    facts:
      - id: exports-usa
        statement: Les exportations de céréales des USA ont progressé de 6,3 % en 2024.
        quantity: {value: 6.3, unit: percent}
        as_of: 2024
      - id: exports-ru
        statement: Les exportations de céréales du Royaume-Uni ont progressé de 2,1 % en 2024.
        quantity: {value: 2.1, unit: percent}
        as_of: 2024
      - id: ble-ue
        statement: La production de blé de l'Union européenne a reculé de 4,7 % en 2024.
        quantity: {value: -4.7, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # one place written two ways is one place: the long form found and judged by a fact of the short one, and the
    # reverse (``data/lang/*/places.yaml``)
    ("Grain exports from the United States rose 6.3% in 2024.", "en", "supported"),
    ("Les exportations de céréales des États-Unis ont progressé de 6,3 % en 2024.", "fr", "supported"),
    ("Grain exports from the United States rose 8.3% in 2024.", "en", "contradicted"),
    ("Les exportations de céréales des États-Unis ont progressé de 8,3 % en 2024.", "fr", "contradicted"),
    ("Wheat output in the European Union fell 4.7% in 2024.", "en", "supported"),
    ("La production de blé de l'UE a reculé de 4,7 % en 2024.", "fr", "supported"),
    ("Wheat output in the European Union fell 3.9% in 2024.", "en", "contradicted"),
    # two places stay two: another place's figure never confirms the claim's
    ("Grain exports from Britain rose 6.3% in 2024.", "en", "contradicted"),
    ("Les exportations de céréales de la Grande-Bretagne ont progressé de 6,3 % en 2024.", "fr", "contradicted"),
    ("Grain exports from the United States rose 2.1% in 2024.", "en", "contradicted"),
    ("Les exportations de céréales des États-Unis ont progressé de 2,1 % en 2024.", "fr", "contradicted"),
])
def test_a_place_written_two_ways_is_one_place(tmp_path_factory, text, lang, want):
    listing = CEREALES if lang == "fr" else GRAIN
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), want)



STRETCHES = """
version: 1
sources:
  - id: velora-releases
    title: Velora Group releases
    published: 2025-02-10
    facts:
      - id: norvale
        statement: Velora completed the purchase of Norvale in the second half of 2024.
      - id: tarvel
        statement: Le groupe Brisac a inauguré l'usine de Tarvel au troisième trimestre 2024.
      - id: dividend
        statement: Velora will pay an interim dividend of 0.62 euro per share in the second half of 2026.
        quantity: {value: 0.62, unit: EUR}
        as_of: 2026
      - id: toll
        statement: The Norvik bridge toll rose 5 % on 14 March 2025.
        quantity: {value: 5, unit: percent}
        as_of: 2025
      - id: corbane
        statement: Velora expects the purchase of Corbane to close in the second half of 2025.
      - id: lormet
        statement: Le groupe Ostrel prévoit la finalisation du rachat de Lormet au second semestre 2025.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an event dated at another stretch of the same year than the source's (a half, a quarter, "early", « début »,
    # a month outside the source's half): the date is wrong, the year alone never confirms it (a
    # figure confirmed only by the fact that dates it otherwise is right only at another date: contradicted)
    ("Velora completed the purchase of Norvale in the first half of 2024.", "en", "mixed", "date"),
    ("Velora completed the purchase of Norvale in early 2024.", "en", "mixed", "date"),
    ("Le groupe Brisac a inauguré l'usine de Tarvel au premier trimestre 2024.", "fr", "mixed", "date"),
    ("Le groupe Brisac a inauguré l'usine de Tarvel début 2024.", "fr", "mixed", "date"),
    ("Velora will pay an interim dividend of 0.62 euro per share in March 2026.", "en", "contradicted", "date"),
    ("The Norvik bridge toll rose 5 % in June 2025.", "en", "contradicted", "date"),
    # the same stretch, a coarser date (the year) or a finer one inside the source's stretch (a month of its half)
    ("Velora completed the purchase of Norvale in the second half of 2024.", "en", "supported", "date"),
    ("Velora completed the purchase of Norvale in 2024.", "en", "supported", "date"),
    ("Le groupe Brisac a inauguré l'usine de Tarvel au troisième trimestre 2024.", "fr", "supported", "date"),
    ("Le groupe Brisac a inauguré l'usine de Tarvel en 2024.", "fr", "supported", "date"),
    ("Velora will pay an interim dividend of 0.62 euro per share in October 2026.", "en", "supported", "date"),
    ("The Norvik bridge toll rose 5 % in March 2025.", "en", "supported", "date"),
])
def test_an_events_date_is_compared_at_the_stretch_of_the_year_it_is_written(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, STRETCHES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a forecast a party dates finer than its year is a claim on what it announced, checked at that precision
    ("The purchase of Corbane is expected to close in the first half of 2025.", "en", "mixed", "date"),
    ("La finalisation du rachat de Lormet est attendue au premier semestre 2025.", "fr", "mixed", "date"),
    ("The purchase of Corbane is expected to close in the second half of 2025.", "en", "supported", "date"),
    ("La finalisation du rachat de Lormet est attendue au second semestre 2025.", "fr", "supported", "date"),
])
def test_a_forecast_dated_finer_than_its_year_is_checked_at_that_date(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, STRETCHES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    # a year alone frames a forecast without dating what is forecast: still a prediction
    ("The purchase of Corbane could close in 2025.", "en"),
    ("Pour 2025, les analystes tablent sur une hausse des ventes d'Ostrel.", "fr"),
])
def test_a_forecast_dated_by_its_year_alone_stays_a_prediction(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STRETCHES), text, lang), "not-checkable")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a place phrase further on in the figure's own clause is its place: another place's figure, and its own
    ("In 2024 container traffic at Corvel ports fell 9% over the whole year in Upper Dalia.", "en", "contradicted",
     "region"),
    ("In 2024 container traffic at Corvel ports fell 9% over the whole year inside Upper Dalia.", "en",
     "contradicted", "region"),
    ("In 2024 container traffic at Corvel ports fell 3% over the whole year in Upper Dalia.", "en", "supported",
     "quantity-alongside"),
    ("En 2024 les ventes de farine de Valtorne ont plongé de 14 % sur toute l'année en Basse-Orlande.", "fr",
     "contradicted", "region"),
    ("Les ventes de farine de Valtorne ont reculé de 6 % sur toute cette année-là en Basse-Orlande.", "fr",
     "supported", "quantity-alongside"),
])
def test_a_place_further_on_in_the_figures_clause_is_its_place(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REGIONS), text, lang), want, rule)


OTHER_PARTS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: blight
    title: Blight situation report
    published: 2024-06-01
    facts:
      - id: velmor-cases
        statement: So far in 2024 Velmor had reported more than 9,200 blight cases and 310 deaths, already exceeding its case total for 2023.
        subject: velmor
        as_of: 2024-05
      - id: velmor-cas
        statement: Depuis le début de 2024, Velmor a recensé plus de 9 200 cas de mildiou et 310 décès, dépassant déjà son total de 2023.
        subject: velmor
        as_of: 2024-05
      - id: neighbours
        statement: In the past month blight reached 12 farms in three countries bordering Velmor, Ostria, Dunmark and Lisk.
        quantity: {value: 12, unit: farms}
        as_of: 2024-05
  - id: beer
    title: Beer market 2024
    published: 2025-02-01
    facts:
      - id: craft
        statement: The craft beer market shrank 3.1% in 2024 to €2.4 billion.
        quantity: {value: 2.4e9, unit: EUR}
        as_of: 2024
      - id: lager
        statement: Lager beer sales reached €0.9 billion in 2024, up 6.4%.
        quantity: {value: 0.9e9, unit: EUR}
        as_of: 2024
      - id: artisanale
        statement: Le marché de la bière artisanale a atteint 1,8 milliard d'euros en 2024, en recul de 2,7 %.
        quantity: {value: 1.8e9, unit: EUR}
        as_of: 2024
      - id: blonde
        statement: La bière blonde atteint 0,7 milliard d'euros en 2024, en hausse de 5,2 %.
        quantity: {value: 0.7e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure of a fact's declared subject, said of another name the list writes: that party's, unchecked
    ("By May 2024, Ostria had recorded more than 9,200 blight cases and 310 deaths that year, already surpassing "
     "its 2023 case count.", "en", "unverified", "region"),
    ("By May 2024, Velmor had recorded more than 9,200 blight cases and 310 deaths that year, already surpassing "
     "its 2023 case count.", "en", "supported", "quantity"),
    ("Depuis le début de 2024, l'Ostria a recensé plus de 9 200 cas de mildiou et 310 décès, dépassant déjà son "
     "total de 2023.", "fr", "unverified", "region"),
    ("Depuis le début de 2024, Velmor a recensé plus de 9 200 cas de mildiou et 310 décès, dépassant déjà son "
     "total de 2023.", "fr", "supported", "quantity"),
    # a segment written in lower case, beside a noun both sentences write: another segment's figure
    ("The lager beer market shrank 3.1% in 2024 to €2.4 billion.", "en", "contradicted", "region"),
    ("The craft beer market shrank 3.1% in 2024 to €2.4 billion.", "en", "supported", "quantity"),
    ("Le marché de la bière blonde a reculé de 2,7 % en 2024, à 1,8 milliard d'euros.", "fr", "contradicted",
     "region"),
    ("Le marché de la bière artisanale a reculé de 2,7 % en 2024, à 1,8 milliard d'euros.", "fr", "supported",
     "quantity"),
])
def test_a_figure_of_another_party_or_segment_is_not_the_claims(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OTHER_PARTS), text, lang), want, rule)



COMPARED = """
version: 1
sources:
  - id: ferries
    title: Brevanne ferry report 2025
    published: 2025-02-10
    facts:
      - id: extra-2024
        statement: The extra 1.2 million ferry passengers carried in 2024 compared with 2023 exceed all the passengers carried in 2019.
        quantity: {value: 1.2e6, unit: ferry passengers}
        as_of: 2024
      - id: supplement-2024
        statement: Les 1,2 million de passagers supplémentaires transportés en 2024 par rapport à 2023 dépassent le total des passagers de 2019.
        quantity: {value: 1.2e6, unit: passagers}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a year inside what the figure is compared with (a noun phrase after "than", « que ») dates that, not the figure
    ("The extra 1.2 million passengers carried compared with 2023 is larger than the number of passengers carried in 2019.", "en",
     "supported"),
    ("Les 1,2 million de passagers supplémentaires par rapport à 2023 sont plus nombreux que les passagers transportés en 2019.",
     "fr", "supported"),
    # a year before the comparison is the figure's: another year than the fact's
    ("In 2019, the extra 1.2 million passengers carried were larger than the number carried a year before.", "en",
     "contradicted"),
])
def test_a_year_in_the_compared_side_does_not_date_the_figure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, COMPARED), text, lang), want)


ORVANNE = """
version: 1
sources:
  - id: orvanne
    title: Orvanne Group results 2024
    published: 2025-02-05
    facts:
      - id: revenue-q4
        statement: In the fourth quarter of 2024, Orvanne's revenue was 12.4 billion euros.
        quantity: {value: 12400000000, unit: EUR}
        as_of: 2024-Q4
      - id: dividends
        statement: In 2024, Orvanne paid 3.1 billion euros in dividends.
        quantity: {value: 3100000000, unit: EUR}
        as_of: 2024
      - id: revenue-q4-fr
        statement: Au quatrième trimestre 2024, le chiffre d'affaires d'Orvanne a atteint 12,4 milliards d'euros.
        quantity: {value: 12400000000, unit: EUR}
        as_of: 2024-Q4
      - id: dividends-fr
        statement: En 2024, Orvanne a versé 3,1 milliards d'euros de dividendes.
        quantity: {value: 3100000000, unit: EUR}
        as_of: 2024
      - id: charges-q3
        statement: In the third quarter of 2024, Orvanne booked 4.2 billion euros of impairment charges.
        quantity: {value: 4200000000, unit: EUR}
        as_of: 2024-Q3
      - id: charges-q3-fr
        statement: Au troisième trimestre 2024, Orvanne a passé 4,2 milliards d'euros de dépréciations.
        quantity: {value: 4200000000, unit: EUR}
        as_of: 2024-Q3
      - id: unit-loss-fr
        statement: La division réseau d'Orvanne a enregistré une perte opérationnelle de plus de 3 milliards d'euros en 2024.
        quantity: {value: 3000000000, unit: EUR, bound: at-least}
        as_of: 2024
      - id: unit-loss
        statement: Orvanne's network unit reported an operating loss of more than 3 billion euros in 2024.
        quantity: {value: 3000000000, unit: EUR, bound: at-least}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, period", [
    # the quarter's own fact measures another thing (revenue, not the loss): no wrong period
    ("In the fourth quarter, Orvanne's loss reached 3.1 billion euros.", "en", False),
    ("Au quatrième trimestre, la perte d'Orvanne a atteint 3,1 milliards d'euros.", "fr", False),
    # a fact that gives a bound only ("more than 3 billion") gives no figure of its own period
    ("In the third quarter, Orvanne's loss reached about 3.6 billion euros.", "en", False),
    ("Au troisième trimestre, la perte d'Orvanne a atteint environ 3,6 milliards d'euros.", "fr", False),
    # control: the quarter's revenue given as another period's figure stays a wrong period
    ("Orvanne's fourth-quarter revenue was 3.1 billion euros.", "en", True),
    ("Au quatrième trimestre, le chiffre d'affaires d'Orvanne a atteint 3,1 milliards d'euros.", "fr", True),
])
def test_another_periods_fact_refutes_only_the_claims_own_measure(tmp_path_factory, text, lang, period):
    st = last_statement(checker_for(tmp_path_factory, ORVANNE), text, lang)
    assert ("period" in {r for c in st.claims for r in c.rules}) == period and (st.verdict == "contradicted") >= period, \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


LEVEL_REACHED_IN_A_QUARTER = """
version: 1
entities:
  velcor: {names: [Velcor]}
sources:
  - id: velcor-t4
    title: Velcor résultats du quatrième trimestre 2024
    published: 2025-02-05
    facts:
      - id: coex
        statement: Le coefficient d'exploitation de Velcor au quatrième trimestre 2024 est de 57,4 %.
        subject: velcor
        quantity: {value: 57.4, unit: percent}
        as_of: 2024-12
      - id: coex-en
        statement: Velcor's cost-income ratio in the fourth quarter of 2024 was 57.4%.
        subject: velcor
        quantity: {value: 57.4, unit: percent}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang", [
    # a level reached (« a reculé à 57,4 % ») is no undated change read in the later year a statement before names
    ("Velcor a publié ses comptes du quatrième trimestre 2024. Le groupe présentera un nouveau plan d'ici à la fin de "
     "2025. Son coefficient d'exploitation a reculé à 57,4 %.", "fr"),
    ("Velcor published its fourth-quarter 2024 accounts. The group will present a new plan by the end of 2025. Its "
     "cost-income ratio fell to 57.4%.", "en"),
])
def test_a_level_reached_is_no_change_of_the_running_year(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LEVEL_REACHED_IN_A_QUARTER), text, lang), "supported")


PRECISE_DATES = """
version: 1
entities:
  tarvel: {names: [Tarvel]}
sources:
  - id: tarvel-year
    title: Tarvel, annual results
    published: 2025-05-14
    facts:
      - id: backlog
        statement: Tarvel's order backlog reached 61 billion euros at 31 March 2025.
        subject: tarvel
        quantity: {value: 61e9, unit: EUR, bound: about}
        as_of: 2025-03-31
      - id: carnet
        statement: Le carnet de commandes de Tarvel a atteint 61 milliards d'euros au 31 mars 2025.
        subject: tarvel
        quantity: {value: 61e9, unit: EUR, bound: about}
        as_of: 2025-03-31
  - id: tarvel-q3
    title: Tarvel, third quarter
    published: 2025-01-22
    facts:
      - id: backlog-december
        statement: Tarvel's order backlog reached 60.6 billion euros at 31 December 2024.
        subject: tarvel
        quantity: {value: 60.6e9, unit: EUR, bound: about}
        as_of: 2024-12-31
      - id: carnet-decembre
        statement: Le carnet de commandes de Tarvel a atteint 60,6 milliards d'euros au 31 décembre 2024.
        subject: tarvel
        quantity: {value: 60.6e9, unit: EUR, bound: about}
        as_of: 2024-12-31
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a precise figure the fact of the claim's date meets only within its rounding, while another date's fact gives
    # it to the digit: that date's figure
    ("Tarvel's order backlog stood at 60.6 billion euros at 31 March 2025.", "en", "contradicted", "period"),
    ("Le carnet de commandes de Tarvel s'élevait à 60,6 milliards d'euros au 31 mars 2025.", "fr", "contradicted",
     "period"),
    # the round figure of the claim's date, and the precise one at its own date, stay confirmed
    ("Tarvel's order backlog stood at 61 billion euros at 31 March 2025.", "en", "supported", "quantity"),
    ("Le carnet de commandes de Tarvel s'élevait à 60,6 milliards d'euros au 31 décembre 2024.", "fr", "supported",
     "quantity"),
])
def test_a_precise_figure_of_another_date(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PRECISE_DATES), text, lang), want, rule)


MONTH_AND_YEAR = """
version: 1
sources:
  - id: orlen-prices
    title: Orlenia statistics office, bread prices
    published: 2026-01-20
    facts:
      - id: april
        statement: Bread prices in Orlenia rose 12.5% in April 2025 from a year earlier.
        quantity: {value: 12.5, unit: percent}
        as_of: 2025-04
      - id: year
        statement: Bread prices in Orlenia rose 8.3% on average in 2025 from 2024.
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
      - id: avril
        statement: Les prix du pain en Orlénie ont augmenté de 12,5 % en avril 2025 sur un an.
        quantity: {value: 12.5, unit: percent}
        as_of: 2025-04
      - id: annee
        statement: Les prix du pain en Orlénie ont augmenté de 8,3 % en moyenne sur l'année 2025.
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the year's figure given for a month, the month's given for the whole year: the other period's
    ("Bread prices in Orlenia rose 8.3% in April 2025 from a year earlier.", "en", "contradicted", "period"),
    ("Les prix du pain en Orlénie ont augmenté de 8,3 % en avril 2025 sur un an.", "fr", "contradicted", "period"),
    ("Bread prices in Orlenia rose 12.5% over 2025 as a whole.", "en", "contradicted", "period"),
    # each period's own figure stays confirmed
    ("Bread prices in Orlenia rose 12.5% in April 2025 from a year earlier.", "en", "supported", "quantity"),
    ("Les prix du pain en Orlénie ont augmenté de 12,5 % en avril 2025 sur un an.", "fr", "supported", "quantity"),
])
def test_a_month_s_figure_and_the_year_s(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, MONTH_AND_YEAR), text, lang), want, rule)



BARE_PLACES = """
version: 1
entities:
  corvel: {names: [Corvel]}
  norvania: {names: [Norvania, Norvanie]}
  westmark: {names: [Westmark]}
sources:
  - id: corvel
    title: Corvel annual results 2024
    published: 2025-02-01
    facts:
      - id: norvania-sales
        statement: Norvania comparable sales at Corvel fell 14% in 2024.
        quantity: {value: -14, unit: percent}
        as_of: 2024
      - id: westmark-sales
        statement: Westmark comparable sales at Corvel fell 6% in 2024.
        quantity: {value: -6, unit: percent}
        as_of: 2024
      - id: stores
        statement: Corvel opened 12 stores in Norvania and 4 in Westmark in 2024.
        quantity: {value: 12, unit: stores}
        as_of: 2024
      - id: norvanie-ventes
        statement: Norvanie, ventes comparables de Corvel en 2024 ont reculé de 21 %.
        quantity: {value: -21, unit: percent}
        as_of: 2024
      - id: westmark-ventes
        statement: Westmark, ventes comparables de Corvel en 2024 ont reculé de 8 %.
        quantity: {value: -8, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    ("Corvel's comparable sales in Westmark fell 14% in 2024.", "en", "contradicted"),
    ("Corvel's comparable sales in Norvania fell 14% in 2024.", "en", "supported"),
    ("En 2024, les ventes comparables de Corvel en Westmark ont reculé de 21 %.", "fr", "contradicted"),
    ("En 2024, les ventes comparables de Corvel en Norvanie ont reculé de 21 %.", "fr", "supported"),
])
def test_a_place_a_fact_writes_as_a_bare_name_before_its_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BARE_PLACES), text, lang)
    assert_verdict(st, want)
    if want == "contradicted":
        assert_rule(st, want, "region")


BREAKDOWNS = """
version: 1
entities:
  corvel: {names: [Corvel]}
sources:
  - id: corvel
    title: Corvel deliveries 2024
    published: 2025-02-01
    facts:
      - id: shuttles
        statement: Corvel delivered 30 shuttles in 2024, 18 to Orval and 12 for export.
        quantity: {value: 30, unit: shuttles}
        as_of: 2024
      - id: navettes
        statement: Corvel a livré 40 navettes en 2023, dont 16 à l'Orval et 24 à l'export.
        quantity: {value: 40, unit: navettes}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    ("In 2024 Corvel delivered 30 shuttles, 12 to Orval and 18 for export.", "en", "contradicted"),
    ("In 2024 Corvel delivered 30 shuttles, 18 to Orval and 12 for export.", "en", "supported"),
    ("En 2023, Corvel a livré 40 navettes, dont 16 à l'Orval et 24 à l'export.", "fr", "supported"),
    ("Corvel a livré 40 navettes en 2023. Dont 24 à l'Orval et 16 à l'export, selon Corvel.", "fr", "contradicted"),
])
def test_the_numbers_of_a_breakdown_given_to_their_parts(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BREAKDOWNS), text, lang)
    assert_verdict(st, want)


WHOLE_AND_PART = """
version: 1
entities:
  corvel: {names: [Corvel]}
sources:
  - id: corvel
    title: Corvel orders
    published: 2025-02-01
    facts:
      - id: delta-orders
        statement: Corvel's Delta orders totalled €8.3 billion in 2024.
        quantity: {value: 8.3e9, unit: EUR}
        as_of: 2024
      - id: orders
        statement: Corvel's consolidated orders totalled €10.9 billion in 2024 (40 Delta vessels and 12 Sigma vessels).
        quantity: {value: 10.9e9, unit: EUR}
        as_of: 2024
      - id: commandes-delta
        statement: Les prises de commandes Delta de Corvel se sont élevées à 7,2 milliards d'euros en 2023.
        quantity: {value: 7.2e9, unit: EUR}
        as_of: 2023
      - id: commandes
        statement: Les prises de commandes consolidées de Corvel se sont élevées à 9,6 milliards d'euros en 2023.
        quantity: {value: 9.6e9, unit: EUR}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    ("Corvel's orders stayed below €9 billion in 2024.", "en", "contradicted"),
    ("Corvel's Delta orders stayed below €9 billion in 2024.", "en", "supported"),
    ("Corvel's orders exceeded €10 billion in 2024.", "en", "supported"),
    ("En 2023, les prises de commandes de Corvel sont restées sous la barre des 8 milliards d'euros.", "fr",
     "contradicted"),
    ("En 2023, les prises de commandes Delta de Corvel sont restées sous la barre des 8 milliards d'euros.", "fr",
     "supported"),
])
def test_a_figure_met_only_by_a_parts_fact_while_the_whole_gives_another(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, WHOLE_AND_PART), text, lang)
    assert_verdict(st, want)


PART_AND_WHOLE = """
version: 1
entities:
  corvel: {names: [Corvel]}
sources:
  - id: corvel
    title: Corvel ferry traffic
    published: 2025-02-01
    facts:
      - id: crossings
        statement: Ferry crossings at Corvel totalled 4,800 in 2024, down 15 percent.
        quantity: {value: 4800, unit: crossings}
        as_of: 2024
      - id: by-class
        statement: Of the 2024 crossings at Corvel, 1,300 were made by Sigma ferries and 3,500 by Delta ferries.
        as_of: 2024
      - id: traversees
        statement: Les traversées de Corvel ont atteint 5 200 en 2023, en baisse de 9 %.
        quantity: {value: 5200, unit: traversées}
        as_of: 2023
      - id: par-classe
        statement: Sur les traversées de Corvel en 2023, 1 400 ont été assurées par des navires Sigma et 3 800 par des navires Delta.
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    ("In 2024, Delta ferry crossings at Corvel totalled 4,800.", "en", "contradicted"),
    ("In 2024, ferry crossings at Corvel totalled 4,800.", "en", "supported"),
    ("En 2023, les traversées des navires Delta de Corvel ont atteint 5 200.", "fr", "contradicted"),
    ("En 2023, les traversées de Corvel ont atteint 5 200.", "fr", "supported"),
])
def test_a_figure_of_the_whole_said_of_a_part_the_list_gives_another(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PART_AND_WHOLE), text, lang)
    assert_verdict(st, want)


PARTY_AFTER_IN = """
version: 1
entities:
  korvel: {names: [Korvel, korvel, Korvel plc]}
  dunmore: {names: [Dunmore Partners]}
sources:
  - id: korvel-day-2025
    title: Korvel investor day 2025
    publisher: korvel
    published: 2025-03-04
    facts:
      - id: mining
        statement: Speaking to analysts in Paris on 4 March 2025, Korvel announced that its spending on mining would climb to around 8 billion dollars a year.
        subject: korvel
        quantity: {value: 8000000000, unit: USD, bound: about}
        as_of: 2025
      - id: recycling
        statement: Korvel will put 1.5 to 2 billion dollars a year into recycling, some 3 billion dollars a year less than it had planned.
        subject: korvel
        quantity: {min: 1500000000, max: 2000000000, unit: USD}
        as_of: 2025
      - id: stake
        statement: Dunmore Partners, an activist fund, has taken a holding of close to 5% in Korvel.
        subject: dunmore
        quantity: {value: 5, unit: percent, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a party the list has act is no place, though a fact writes it after "in" ("a holding of 5 % in Korvel"): the
    # figure said at an event's place (Paris) is not refuted by the party's other figure
    ("Korvel will now invest about $8 billion a year in its mining business.", "en", "supported"),
])
def test_a_party_written_after_in_is_no_place(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PARTY_AFTER_IN), text, lang), want)


LIST_WORDS = """
version: 1
entities:
  brevik: {names: [Brevik]}
  valtorne: {names: [Valtorne]}
sources:
  - id: brevik-2024
    title: Brevik results 2024
    publisher: brevik
    published: 2025-02-11
    facts:
      - id: core
        statement: Brevik's core operating profit rose 8% to $4.2 billion in 2024.
        subject: brevik
        quantity: {value: 4.2e+9, unit: USD}
        as_of: 2024
      - id: total
        statement: Brevik's total operating profit fell 12% to $2.9 billion in 2024.
        subject: brevik
        quantity: {value: -12, unit: percent}
        as_of: 2024
  - id: valtorne-2024
    title: Résultats 2024 de Valtorne
    publisher: valtorne
    published: 2025-03-04
    facts:
      - id: carnet
        statement: Le carnet de commandes de Valtorne atteint 31,4 milliards d'euros fin 2024.
        subject: valtorne
        quantity: {value: 31.4e+9, unit: EUR}
        as_of: 2024
      - id: prises
        statement: Les prises de commandes de Valtorne atteignent 12,8 milliards d'euros en 2024.
        subject: valtorne
        quantity: {value: 12.8e+9, unit: EUR}
        as_of: 2024
  - id: brevik-regions-2024
    title: Brevik revenue by region 2024
    publisher: brevik
    published: 2025-02-11
    facts:
      - id: revenue
        statement: Brevik's total revenue was $18.6 billion in 2024, up 6%.
        subject: brevik
        quantity: {value: 18.6e+9, unit: USD}
        as_of: 2024
      - id: revenue-ostria
        statement: Brevik's revenue in Ostria was $7.4 billion in 2024, up 9%.
        subject: brevik
        quantity: {value: 7.4e+9, unit: USD}
        as_of: 2024
      - id: revenue-dalia
        statement: Brevik's revenue in Dalia rose 4% in 2024.
        subject: brevik
        quantity: {value: 4, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a word of the figure's clause that the agreeing fact does not write, tied to a word it does ("total operating",
    # « prises de commandes »), while another fact of the list writes the two together: that other measure's word,
    # the figure not confirmed
    ("Brevik's total operating profit was $4.2 billion in 2024.", "en", "unverified"),
    # (refuted when that other fact gives its own figure of the same date and unit: « prises de commandes », 12,8)
    ("Les prises de commandes de Valtorne s'élevaient à 31,4 milliards d'euros fin 2024.", "fr", "mixed"),
    # controls: the agreeing fact's own words
    ("Brevik's core operating profit was $4.2 billion in 2024.", "en", "supported"),
    ("Le carnet de commandes de Valtorne s'élevait à 31,4 milliards d'euros fin 2024.", "fr", "supported"),
    ("Brevik's total revenue reached $18.6 billion in 2024, up 6%.", "en", "supported"),
])
def test_a_word_the_list_tells_measures_apart_by(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LIST_WORDS), text, lang), want)


SUBJECT_SET_APART = """
version: 1
sources:
  - id: harlow
    title: Harlow Ferries annual results 2024/25
    published: 2025-04-10
    facts:
      - id: profit
        statement: Harlow Ferries' adjusted operating profit was £31m in the year to February 2025.
        quantity: {value: 31.0e6, unit: GBP}
        as_of: 2025-02
      - id: profit-prior
        statement: Harlow Ferries' adjusted operating profit was £28m in the year to February 2024.
        quantity: {value: 28.0e6, unit: GBP}
        as_of: 2024-02
"""


@pytest.mark.parametrize("text, lang", [
    # the statement's main claim is its subject set apart ("Harlow Ferries, Osterland's biggest ferry operator"),
    # which dates nothing: the period the statements after it are read in is the one its next claim dates (French
    # keeps the subject in the claim that dates it, « Harlow Ferries, premier opérateur …, a dégagé … en février 2025 »)
    ("Harlow Ferries, Osterland's biggest ferry operator, earned an adjusted operating profit of £31m over the year "
     "to February 2025, a rise of 10.9% at constant currency. Twelve months earlier the group had made £28m on that "
     "basis.", "en"),
])
def test_a_subject_set_apart_leaves_the_period_to_the_claim_that_dates_it(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, SUBJECT_SET_APART), text, lang)
    assert [c.claim.period_before for c in st.claims] == [(2025, 2)], [(c.verdict, c.explanation) for c in st.claims]


PART_ONLY = """
version: 1
entities:
  corvane:
    names: [Corvane Pharma, Corvane]
sources:
  - id: corvane-q4
    title: Corvane fourth-quarter 2024 sales
    published: 2025-01-30
    facts:
      - id: lindra-q4
        statement: Corvane's sales of Lindra rose 14% in the fourth quarter of 2024, to 2.1 billion euros.
        subject: corvane
        quantity: {value: 14, unit: percent}
        as_of: 2024-Q4
      - id: lindra-t4
        statement: Au quatrième trimestre 2024, les ventes de Lindra de Corvane ont progressé de 14 %, à 2,1 milliards d'euros.
        subject: corvane
        quantity: {value: 14, unit: percent}
        as_of: 2024-Q4
      - id: discount
        statement: Price cuts in the second half reduced Corvane's full-year sales growth by about 2 points.
        subject: corvane
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure said of the full span of the year the article speaks of ("over the full year", « sur l'ensemble de
    # l'exercice ») that the list gives for a part of that year only, with no fact of the whole year: the part's
    # figure said of the year, a wrong period (as a right figure of another year is); not a rate over a year
    # ("annual", « sur un an »), which a quarter's fact may give
    ("Corvane published its results for 2024. Its sales of Lindra rose 14% over the full year.", "en",
     "contradicted", "period"),
    ("Corvane published its results for 2024. Its sales of Lindra rose 14% in the fourth quarter.", "en",
     "supported", "quantity"),
    ("Corvane a publié ses résultats de 2024. Sur l'ensemble de l'exercice, les ventes de Lindra ont progressé de "
     "14 %.", "fr", "contradicted", "period"),
    ("Corvane a publié ses résultats de 2024. Au quatrième trimestre, les ventes de Lindra ont progressé de 14 %.",
     "fr", "supported", "quantity"),
    ("Corvane a publié ses résultats de 2024. Sur un an, les ventes de Lindra ont progressé de 14 %.", "fr",
     "supported", "quantity"),
])
def test_a_part_of_the_years_figure_is_not_the_full_years(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PART_ONLY), text, lang), want, rule)


def test_a_full_years_figure_a_part_causes_stays_the_years(tmp_path_factory):
    # (the fact's own sentence says its figure of the full year, whatever part of it the cause falls in: no wrong period)
    st = last_statement(checker_for(tmp_path_factory, PART_ONLY), "Corvane published its results for 2024. Price cuts "
                        "late in the year took about 2 points off its full-year sales growth.", "en")
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


THIRD_COUNTRIES = """
version: 1
sources:
  - id: velmor-dairy-2024
    title: Velmor dairy trade 2024
    facts:
      - id: exports-eu
        statement: Velmor's dairy exports to EU member states rose 4.7% in value in 2024.
        quantity: {value: 4.7, unit: percent}
        as_of: 2024
      - id: exportations-ue
        statement: Les exportations laitières du Velmor vers les États membres de l'UE ont augmenté de 4,7 % en 2024.
        quantity: {value: 4.7, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure of exports to the EU is not that of exports to third countries (« pays tiers », "outside the EU")
    ("In 2024 Velmor's dairy exports to third countries rose 4.7% in value.", "en", "unverified"),
    ("En 2024, les exportations laitières du Velmor vers les pays tiers ont augmenté de 4,7 %.", "fr", "unverified"),
    ("In 2024 Velmor's dairy exports to EU member states rose 4.7% in value.", "en", "supported"),
    ("En 2024, les exportations laitières du Velmor vers les États membres de l'UE ont augmenté de 4,7 %.", "fr",
     "supported"),
])
def test_exports_outside_the_eu_are_another_measure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, THIRD_COUNTRIES), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the trade of a company written before its name describes the company, not the figure's measure
    ("Le groupe de services à l'environnement Norvel a publié un bénéfice net de 1,4 million d'euros pour 2024.",
     "fr", "contradicted", "quantity-magnitude"),
    ("Le groupe de services à l'environnement Norvel a publié un bénéfice net de 1,4 milliard d'euros pour 2024.",
     "fr", "supported", "quantity"),
    ("The environmental services group Norvel posted a net profit of $1.4 million for 2024.",
     "en", "contradicted", "quantity-magnitude"),
    ("The environmental services group Norvel posted a net profit of $1.4 billion for 2024.",
     "en", "supported", "quantity"),
])
def test_a_company_trade_names_no_measure(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2024
    title: Norvel annual results 2024
    published: 2025-02-27
    facts:
      - id: profit-fr
        statement: Le bénéfice net de Norvel a atteint 1,4 milliard d'euros en 2024.
        subject: norvel
        quantity: {value: 1.4e9, unit: EUR}
      - id: profit-en
        statement: Norvel's net profit reached $1.4 billion in 2024.
        subject: norvel
        quantity: {value: 1.4e9, unit: USD}
      - id: services-fr
        statement: Les ventes de services de Norvel ont atteint 3,2 milliards d'euros en 2024.
        subject: norvel
        quantity: {value: 3.2e9, unit: EUR}
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # an adverb of manner opening the sentence, capitalised there, is no name a fact must write
    ("Regionally, sales in Velmor rose 8.1 percent in 2024.", "en", "supported", "quantity"),
    ("Regionally, sales in Velmor rose 12.4 percent in 2024.", "en", "contradicted", "quantity"),
    ("Parallèlement, les ventes au Velmor ont progressé de 8,1 % en 2024.", "fr", "supported", "quantity"),
    ("Parallèlement, les ventes au Velmor ont progressé de 12,4 % en 2024.", "fr", "contradicted", "quantity"),
])
def test_an_opening_adverb_is_no_name(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: sales-2024
    title: Sales by market 2024
    published: 2025-02-03
    facts:
      - id: velmor-en
        statement: Sales in Velmor rose 8.1% in 2024.
        quantity: {value: 8.1, unit: percent}
      - id: norvel-en
        statement: Sales in Norvel rose 12.4% in 2024.
        quantity: {value: 12.4, unit: percent}
      - id: velmor-fr
        statement: Les ventes au Velmor ont progressé de 8,1 % en 2024.
        quantity: {value: 8.1, unit: percent}
      - id: norvel-fr
        statement: Les ventes au Norvel ont progressé de 12,4 % en 2024.
        quantity: {value: 12.4, unit: percent}
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a level written at a stretch of its year (« fin 2024 », "at the end of 2024") is not a fact of another month's
    ("Le carnet de commandes de Norvel s'élevait à 18,6 milliards d'euros fin 2024.", "fr", "contradicted", "period"),
    ("Le carnet de commandes de Norvel s'élevait à 19,4 milliards d'euros fin 2024.", "fr", "supported", "quantity"),
    ("Norvel's order book stood at €18.6 billion at the end of 2024.", "en", "contradicted", "period"),
    ("Norvel's order book stood at €19.4 billion at the end of 2024.", "en", "supported", "quantity"),
])
def test_a_stretch_of_the_year_is_its_period(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-orders
    title: Norvel order book
    published: 2025-03-04
    facts:
      - id: june-fr
        statement: Au 30 juin 2024, le carnet de commandes de Norvel s'établit à 18 612 millions d'euros.
        subject: norvel
        quantity: {value: 18.612e9, unit: EUR}
        as_of: 2024-06-30
      - id: december-fr
        statement: Au 31 décembre 2024, le carnet de commandes de Norvel s'établit à 19 418 millions d'euros.
        subject: norvel
        quantity: {value: 19.418e9, unit: EUR}
        as_of: 2024-12-31
      - id: june-en
        statement: At 30 June 2024, Norvel's order book stood at €18,612 million.
        subject: norvel
        quantity: {value: 18.612e9, unit: EUR}
        as_of: 2024-06-30
      - id: december-en
        statement: At 31 December 2024, Norvel's order book stood at €19,418 million.
        subject: norvel
        quantity: {value: 19.418e9, unit: EUR}
        as_of: 2024-12-31
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure said of the full year, undated, in an article on a year to a month (a fiscal year), that only a
    # quarter's fact of that year gives: a wrong period
    ("Norvel a publié ses comptes de l'exercice clos le 30 septembre 2025. Les ventes organiques de Norvel ont bondi "
     "de 23 % sur l'ensemble de l'exercice.", "fr", "contradicted", "period"),
    ("Les ventes organiques de Norvel ont bondi de 23 % au troisième trimestre 2025.", "fr", "supported", "quantity"),
    ("Norvel published its accounts for the year to 30 September 2025. Norvel's organic sales jumped 23% over the "
     "full year.", "en", "contradicted", "period"),
    ("Norvel's organic sales jumped 23% in the third quarter of 2025.", "en", "supported", "quantity"),
])
def test_the_full_year_is_no_quarter(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-q3
    title: Norvel third-quarter trading
    published: 2025-10-20
    facts:
      - id: q3-fr
        statement: Les ventes organiques de Norvel ont progressé de 23 % au troisième trimestre 2025.
        subject: norvel
        quantity: {value: 23, unit: percent}
        as_of: 2025-Q3
      - id: q3-en
        statement: Norvel's organic sales rose 23% in the third quarter of 2025.
        subject: norvel
        quantity: {value: 23, unit: percent}
        as_of: 2025-Q3
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated figure of the running year whose digits its fact gives a thousand times larger: that fact's figure
    # misread (a magnitude slip), not a later period's figure of another measure in the same currency
    ("Norvel a publié ses comptes 2024. Les prêts aux petites entreprises ont augmenté de 8,4 millions d'euros "
     "sur l'année.", "fr", "contradicted", "quantity-magnitude"),
    ("Norvel published its 2024 accounts. Lending to small firms grew by €8.4 million during the year.", "en",
     "contradicted", "quantity-magnitude"),
    ("Norvel a publié ses comptes 2024. Les prêts aux petites entreprises ont augmenté de 8,4 milliards d'euros "
     "sur l'année.", "fr", "supported", "quantity"),
    ("Norvel published its 2024 accounts. Lending to small firms grew by €8.4 billion during the year.", "en",
     "supported", "quantity"),
])
def test_an_undated_figure_off_by_a_thousand_is_the_running_years(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2024
    title: Norvel annual results 2024
    published: 2025-02-14
    facts:
      - id: lending-en
        statement: Norvel grew its lending to small firms by €8.4 billion in 2024.
        subject: norvel
        quantity: {value: 8.4e9, unit: EUR, bound: about}
        as_of: 2024
      - id: lending-fr
        statement: Norvel a augmenté ses prêts aux petites entreprises de 8,4 milliards d'euros en 2024.
        subject: norvel
        quantity: {value: 8.4e9, unit: EUR, bound: about}
        as_of: 2024
      - id: value
        statement: Norvel's shares doubled over the year, giving the lender a stock market value of about €21 billion.
        subject: norvel
        quantity: {value: 21e9, unit: EUR, bound: about}
        as_of: 2025-02
      - id: valeur
        statement: Les actions de Norvel ont doublé sur l'année, portant sa valeur boursière à environ 21 milliards d'euros.
        subject: norvel
        quantity: {value: 21e9, unit: EUR, bound: about}
        as_of: 2025-02
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of the year before, its own year's fact of the same measure giving another: a wrong period, though
    # a fact of another measure of that year (the revenue, written in the article's language) ranks closer
    ("Le flux de trésorerie de Velmor a atteint 6,2 milliards d'euros sur l'exercice 2024.", "fr", "contradicted",
     "period"),
    ("Velmor's free cash flow reached €6.2 billion in the 2024 financial year.", "en", "contradicted", "period"),
    ("Le flux de trésorerie de Velmor a atteint 2,8 milliards d'euros sur l'exercice 2024.", "fr", "supported",
     "quantity"),
    ("Velmor's free cash flow reached €2.8 billion in the 2024 financial year.", "en", "supported", "quantity"),
])
def test_a_figure_of_the_year_before_is_read_against_its_own_measure(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-02-14
    facts:
      - id: revenue-fr
        statement: Le chiffre d'affaires de Velmor s'est élevé à 71,3 milliards d'euros en 2024.
        subject: velmor
        quantity: {value: 71.3e9, unit: EUR}
        as_of: 2024
      - id: revenue-en
        statement: Velmor's revenue amounted to €71.3 billion in 2024.
        subject: velmor
        quantity: {value: 71.3e9, unit: EUR}
        as_of: 2024
      - id: cash-2024
        statement: Velmor's free cash flow amounted to €2.8 billion in 2024.
        subject: velmor
        quantity: {value: 2.8e9, unit: EUR}
        as_of: 2024
      - id: cash-2023
        statement: Velmor's free cash flow amounted to €6.2 billion in 2023.
        subject: velmor
        quantity: {value: 6.2e9, unit: EUR}
        as_of: 2023
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


PLANNED_FIGURES = """
version: 1
entities:
  norvel: {names: [Norvel, Norvel Group]}
  velmor: {names: [Velmor, groupe Velmor]}
sources:
  - id: norvel-guidance
    title: Norvel raises its guidance
    published: 2025-08-01
    facts:
      - id: ebit-guidance
        statement: In August 2025 Norvel raised its 2025 guidance for operating profit to at least 1.4 billion euros.
        subject: norvel
        quantity: {value: 1.4e9, unit: EUR, bound: at-least}
        as_of: 2025
  - id: velmor-capital
    title: Velmor – politique de gestion du capital
    published: 2025-02-20
    facts:
      - id: distribution
        statement: La politique de gestion du capital de Velmor cible un taux de distribution total de 65 % du résultat.
        subject: velmor
        quantity: {value: 65, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a pledge, a guidance or an aim of the party is met by the figure the fact's clause gives after a noun of
    # guidance or target, before its figure (``forecastfact.planned_figure``)
    ("Back in August, Norvel was already guiding for operating profit of at least €1.4 billion.", "en", "supported",
     "quantity"),
    ("Back in August, Norvel was already guiding for operating profit of at most €1.2 billion.", "en",
     "contradicted", "quantity-bound"),
    ("Velmor s'est engagé à reverser au total 65 % de son résultat.", "fr", "supported", "quantity"),
    ("Velmor s'est engagé à reverser au total 75 % de son résultat.", "fr", "contradicted", "quantity"),
])
def test_a_pledge_meets_the_guidance_a_fact_gives(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PLANNED_FIGURES), text, lang), want, rule)


CANARIES = """
version: 1
entities:
  norvel: {names: [Norvel Air, Norvel]}
sources:
  - id: norvel-results
    title: Norvel Air annual results 2024
    published: 2025-02-12
    facts:
      - id: routes
        statement: Norvel Air will keep growing on longer leisure routes such as Morocco and the Canaries.
        subject: norvel
"""


@pytest.mark.parametrize("text, lang, want", [
    # "the Canaries" and "the Canary Islands", « les Canaries », « les îles Canaries » are one place (places.yaml)
    ("Norvel Air will keep expanding on longer leisure routes such as Morocco and the Canary Islands.", "en",
     "supported"),
])
def test_the_canaries_are_the_canary_islands(tmp_path_factory, text, lang, want):
    from factcheck.checks.placenames import place_id
    assert place_id("Canaries") == place_id("Canary Islands") == place_id("îles Canaries") is not None
    st = last_statement(checker_for(tmp_path_factory, CANARIES), text, lang)
    assert "supported" == next(c.verdict for c in st.claims if "Canary" in c.claim.text)
    assert_verdict(st, want)


INCISE_EVENT = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2025
    title: Velmor annual report 2025
    published: 2026-02-10
    facts:
      - id: ostrel
        statement: Velmor finished integrating the Ostrel plants in March 2025.
        subject: velmor
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an event without a figure: the names of an incise describe its subject (who founded it, who said so), they
    # are not what the fact must write to confirm it; another month still refutes it
    ("Velmor, the Norvel rail group founded by Ada Kress, finished integrating the Ostrel plants in March 2025.", "en",
     "supported", "terms"),
    ("Velmor, le groupe ferroviaire de Norvel fondé par Ada Kress, a fini d'intégrer les usines d'Ostrel en mars 2025.", "fr",
     "supported", "terms"),
    ("Velmor, the Norvel rail group founded by Ada Kress, finished integrating the Ostrel plants in May 2025.", "en",
     "contradicted", "date"),
])
def test_the_names_of_an_incise_are_not_the_events_scope(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, INCISE_EVENT), text, lang)
    assert_rule(st, want, rule)


PARENT_AND_BRAND = """
version: 1
entities:
  dorvane: {names: [Dorvane Group, Dorvane]}
  pixa: {names: [Pixa]}
  lumo: {names: [Lumo]}
sources:
  - id: dorvane-2024
    title: Dorvane annual results 2024
    published: 2025-03-12
    facts:
      - id: ca
        statement: Le chiffre d'affaires de Dorvane a progressé de 6 % sur l'exercice 2024.
        subject: dorvane
        quantity: {value: 6, unit: percent}
        as_of: 2024
      - id: pixa
        statement: Les ventes Pixa ont baissé de 12 % en 2024, à 9,0 millions d'euros.
        subject: pixa
        quantity: {value: -12, unit: percent}
        as_of: 2024
      - id: pixa-en
        statement: Pixa sales fell 12% in 2024 to €9.0 million.
        subject: pixa
        quantity: {value: -12, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a party named only in an incise describing the subject (its brands): a fact about it is not the subject's
    ("Dorvane Group, maison mère des marques Lumo et Pixa, a renoué avec la croissance de ses ventes en 2024.", "fr",
     "unverified"),
    ("Dorvane Group, the parent of the Lumo and Pixa brands, returned to sales growth in 2024.", "en", "unverified"),
    ("Dorvane Group, maison mère des marques Lumo et Pixa, a vu son chiffre d'affaires reculer en 2024.", "fr",
     "contradicted"),
])
def test_a_party_the_incise_describes_the_subject_by_is_not_its_fact(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PARENT_AND_BRAND), text, lang), want)


NUMBER_WORD = """
version: 1
sources:
  - id: velmor-orders
    title: Velmor orders 2024
    published: 2025-01-20
    facts:
      - id: orders
        statement: In 2024, 30 Velmor trains were ordered, all of them for export.
        quantity: {value: 30, unit: trains}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a number written in words that opens the sentence is the figure, not a name the fact must write
    ("Trente trains Velmor ont été commandés en 2024, tous à l'export.", "fr", "supported", "quantity"),
    ("Thirty Velmor trains were ordered in 2024, all of them for export.", "en", "supported", "terms"),
    ("Quarante trains Velmor ont été commandés en 2024, tous à l'export.", "fr", "contradicted", "quantity"),
])
def test_a_number_word_opening_the_sentence_is_no_name(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NUMBER_WORD), text, lang)
    assert_rule(st, want, rule)


NOUN_GUIDANCE = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-results
    title: Velmor, annual results
    publisher: velmor
    published: 2026-03-02
    facts:
      - id: revenue-2025
        statement: Velmor's revenue was 2.21 billion euros in 2025.
        subject: velmor
        quantity: {value: 2.21e9, unit: EUR}
        as_of: 2025
      - id: guidance-2026
        statement: Velmor's guidance for 2026 is revenue above 2.4 billion euros.
        subject: velmor
        quantity: {value: 2.4e9, unit: EUR, bound: at-least}
        as_of: 2026
      - id: savings
        statement: Velmor targeted annual cost savings of 40 million euros by 2027.
        subject: velmor
        quantity: {value: 40e6, unit: EUR}
        as_of: 2027
      - id: medium-term
        statement: Velmor remains confident of achieving more than 300 million euros of operating profit in the medium term.
        subject: velmor
        quantity: {value: 300e6, unit: EUR, bound: at-least}
      - id: objectif-fr
        statement: Le groupe Velmor a relevé son objectif de marge opérationnelle à 14 % pour 2026.
        subject: velmor
        quantity: {value: 14, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # guidance named as a noun ("its guidance for 2026 is …"), a past aim ("targeted savings of …") and a confidence in
    # reaching a figure ("confident of achieving …") are what the party aims at: the claim's target is met by them
    ("For 2026, Velmor is targeting revenue above 2.4 billion euros.", "en", "supported"),
    ("For 2026, Velmor is targeting revenue of about 1.9 billion euros.", "en", "contradicted"),
    ("Velmor is aiming for annual cost savings of 40 million euros by 2027.", "en", "supported"),
    ("Velmor is aiming for annual cost savings of 65 million euros by 2027.", "en", "contradicted"),
    ("Velmor has a medium-term target of more than 300 million euros of operating profit.", "en", "supported"),
    ("Velmor has a medium-term target of up to 300 million euros of operating profit.", "en", "contradicted"),
    # (the French reading already had its words: « son objectif de »)
    ("Velmor vise pour 2026 une marge opérationnelle de 14 %.", "fr", "supported"),
    ("Velmor vise pour 2026 une marge opérationnelle de 17 %.", "fr", "contradicted"),
])
def test_a_target_named_as_a_noun_or_a_past_aim_is_expected(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NOUN_GUIDANCE), text, lang), want)


GROUP_AND_PART = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025
    title: Norvel results 2025
    published: 2026-03-04
    facts:
      - id: group
        statement: %s
        subject: norvel
        quantity: {value: 2.8, unit: percent}
        as_of: 2025
      - id: part
        statement: %s
        subject: norvel
        quantity: {value: 4.7, unit: percent}
        as_of: 2025
"""
GROUP_AND_PART_EN = GROUP_AND_PART % ("Norvel's group organic revenue growth was 2.8% in 2025.",
                                      "Organic revenue growth in Norvel's Coastal business was 4.7% in 2025.")
GROUP_AND_PART_FR = GROUP_AND_PART % ("La croissance organique du groupe Norvel a été de 2,8 % en 2025.",
                                      "La croissance organique de l'activité Littoral de Norvel a été de 4,7 % en 2025.")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure said of the whole ("group", « du groupe ») that only a named part's fact gives, the whole's another
    ("Group organic revenue growth was 4.7 per cent.", "en", "contradicted", "region"),
    ("Group organic revenue growth was 2.8 per cent.", "en", "supported", "quantity"),
    # (French reads « du groupe » as the measure's complement already: a wrong measure, whichever rule says it)
    ("La croissance organique du groupe a été de 4,7 %.", "fr", "contradicted", None),
    ("La croissance organique du groupe a été de 2,8 %.", "fr", "supported", "quantity"),
])
def test_a_parts_figure_is_not_the_wholes(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GROUP_AND_PART_EN if lang == "en" else GROUP_AND_PART_FR), text, lang)
    assert_outcome(st, want, rule)


MEASURE_OF_A_PART = """
version: 1
entities:
  talbrook: {names: [Talbrook]}
sources:
  - id: talbrook-2025
    title: Talbrook results 2025
    published: 2026-02-26
    facts:
      - id: whole
        statement: %s
        subject: talbrook
        quantity: {value: 3.1, unit: percent}
        as_of: 2025
      - id: part
        statement: %s
        subject: talbrook
        quantity: {value: 8.4, unit: percent}
        as_of: 2025
"""
MEASURE_OF_A_PART_EN = MEASURE_OF_A_PART % (
    "Talbrook's revenue grew 3.1% in 2025 at constant currency.",
    "Revenue from Talbrook's specialty markets grew 8.4% in 2025 at constant currency.")
MEASURE_OF_A_PART_NAMED = MEASURE_OF_A_PART % (
    "Talbrook's total sales grew 3.1% in 2025 at constant currency.",
    "Talbrook's Marine sales grew 8.4% in 2025 at constant currency.")
MEASURE_OF_A_PART_FR = MEASURE_OF_A_PART % (
    "Le chiffre d'affaires de Talbrook a progressé de 3,1 % en 2025 à taux de change constant.",
    "Les ventes aux collectivités de Talbrook ont progressé de 8,4 % en 2025 à taux de change constant.")


@pytest.mark.parametrize("listing, text, lang, want, rule", [
    # a fact whose measure noun its own words restrict to a part ("revenue from its specialty markets", « les ventes
    # aux collectivités ») gives no figure of the whole a claim naming no part speaks of: the whole's fact refutes it
    (MEASURE_OF_A_PART_EN, "At constant currency, Talbrook's revenue grew 8.4 per cent in 2025.", "en", "contradicted",
     "region"),
    (MEASURE_OF_A_PART_FR, "À taux de change constant, les ventes de Talbrook ont progressé de 8,4 % en 2025.", "fr",
     "contradicted", "region"),
    # controls: a name before the noun ("Marine sales", read before: ``whole_elsewhere``), the whole's figure, and the
    # part's said of the part
    (MEASURE_OF_A_PART_NAMED, "At constant currency, Talbrook's sales grew 8.4 per cent in 2025.", "en", "contradicted",
     "region"),
    (MEASURE_OF_A_PART_EN, "At constant currency, Talbrook's revenue grew 3.1 per cent in 2025.", "en", "supported",
     "quantity"),
    (MEASURE_OF_A_PART_EN, "At constant currency, revenue from specialty markets grew 8.4 per cent in 2025.", "en",
     "supported", "quantity"),
    (MEASURE_OF_A_PART_NAMED, "At constant currency, Marine sales grew 8.4 per cent in 2025.", "en", "supported",
     "quantity"),
    (MEASURE_OF_A_PART_FR, "À taux de change constant, les ventes aux collectivités ont progressé de 8,4 % en 2025.",
     "fr", "supported", "quantity"),
])
def test_a_measure_restricted_to_a_part_is_not_the_wholes(tmp_path_factory, listing, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


PART_FOR_THE_WHOLE = """
version: 1
entities:
  brantley: {names: [Brantley]}
sources:
  - id: brantley-2025
    title: Brantley results 2025
    published: 2026-03-11
    facts:
      - id: whole
        statement: %s
        subject: brantley
        quantity: {value: 6.4e9, unit: %s}
        as_of: 2025
      - id: part
        statement: %s
        subject: brantley
        quantity: {value: %s}
        as_of: 2025
"""
PLACE_FOR_THE_WHOLE_EN = PART_FOR_THE_WHOLE % ("Brantley's net sales rose 1.2% to £6.4bn in 2025.", "GBP",
                                               "In Germany, Brantley's net sales rose 11% to £1.7bn in 2025.",
                                               "1.7e9, unit: GBP")
PLACE_FOR_THE_WHOLE_FR = PART_FOR_THE_WHOLE % (
    "Le chiffre d'affaires de Brantley a progressé de 1,2 % à 6,4 milliards d'euros en 2025.", "EUR",
    "En Allemagne, le chiffre d'affaires de Brantley a progressé de 11 % à 1,7 milliard d'euros en 2025.",
    "1.7e9, unit: EUR")
RETAIL_FOR_THE_WHOLE_EN = PART_FOR_THE_WHOLE % ("Brantley's net sales rose 1.2% to £6.4bn in 2025.", "GBP",
                                                "Brantley's online sales rose 7% in 2025.",
                                                "7, unit: percent")
RETAIL_FOR_THE_WHOLE_FR = PART_FOR_THE_WHOLE % (
    "Le chiffre d'affaires de Brantley a progressé de 1,2 % à 6,4 milliards d'euros en 2025.", "EUR",
    "Les ventes en ligne de Brantley ont progressé de 7 % en 2025.", "7, unit: percent")


@pytest.mark.parametrize("listing, text, lang, want, rule", [
    # a figure said of the whole ("group", « au total ») that the list gives only for a place the claim does not
    # name, or for a subset its measure is restricted to (« en ligne »): the part's, refuted by the whole's figure
    (PLACE_FOR_THE_WHOLE_EN, "Group net sales rose 11% to £1.7bn in 2025.", "en", "contradicted", "region"),
    (PLACE_FOR_THE_WHOLE_FR, "Au total, le chiffre d'affaires du groupe a atteint 1,7 milliard d'euros en 2025.", "fr",
     "contradicted", "region"),
    (RETAIL_FOR_THE_WHOLE_EN, "Overall, group sales rose 7% in 2025.", "en", "contradicted", "region"),
    (RETAIL_FOR_THE_WHOLE_FR, "Au total, les ventes du groupe ont progressé de 7 % en 2025.", "fr", "contradicted",
     "region"),
    (RETAIL_FOR_THE_WHOLE_EN, "Overall, group bookings rose 7% in 2025.", "en", "contradicted", "region"),
    (RETAIL_FOR_THE_WHOLE_FR, "Au total, les réservations du groupe ont progressé de 7 % en 2025.", "fr",
     "contradicted", "region"),
    # controls: the whole's figure, the place's said of the place, the place named as the whole's driver
    (PLACE_FOR_THE_WHOLE_EN, "Group net sales rose 1.2% to £6.4bn in 2025.", "en", "supported", "quantity"),
    (PLACE_FOR_THE_WHOLE_EN, "In Germany, net sales rose 11% to £1.7bn in 2025.", "en", "supported", "quantity"),
    (PLACE_FOR_THE_WHOLE_EN, "Group net sales rose 1.2% to £6.4bn in 2025, helped by Germany.", "en", "supported",
     "quantity"),
    (PLACE_FOR_THE_WHOLE_FR, "Au total, le chiffre d'affaires du groupe a progressé de 1,2 % en 2025.", "fr",
     "supported", "quantity"),
    (RETAIL_FOR_THE_WHOLE_FR, "Au total, les ventes en ligne du groupe ont progressé de 7 % en 2025.", "fr",
     "supported", "quantity"),
    (RETAIL_FOR_THE_WHOLE_EN, "Group online sales rose 7% in 2025.", "en", "supported", "quantity"),
])
def test_a_places_figure_is_not_the_wholes(tmp_path_factory, listing, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


PART_OF_THE_WHOLE = """
version: 1
entities:
  dorvane: {names: [Dorvane Group, Dorvane]}
sources:
  - id: dorvane-2025
    title: Dorvane annual results 2025
    published: 2026-03-11
    facts:
      - id: group
        statement: %s
        subject: dorvane
        quantity: {value: 1.84e9, unit: EUR}
        as_of: 2025%s
"""
_NORDIC = """
      - id: nordic
        statement: %s
        subject: dorvane
        quantity: {value: 6.1e8, unit: EUR}
        as_of: 2025"""
PART_OF_THE_WHOLE_EN = PART_OF_THE_WHOLE % ("Dorvane's group revenue came to €1,840m in 2025.",
                                            _NORDIC % "Canada revenue came to €610m in 2025, 2% ahead of 2024, despite a weaker Canadian boat market.")
PART_OF_THE_WHOLE_FR = PART_OF_THE_WHOLE % ("Le chiffre d'affaires de Dorvane s'est établi à 1 840 millions d'euros en 2025.",
                                            _NORDIC % "Le chiffre d'affaires de l'activité nautisme de Dorvane s'est "
                                                      "établi à 610 millions d'euros en 2025.")
WHOLE_ONLY_FR = PART_OF_THE_WHOLE % ("Le chiffre d'affaires de Dorvane s'est établi à 1 840 millions d'euros en 2025.", "")


@pytest.mark.parametrize("listing, text, lang, want, rule", [
    # a figure the claim's words restrict to a part ("Canada revenue", « la branche nautisme »), that only the whole's
    # fact gives: refuted by the part's own fact, else unchecked
    (PART_OF_THE_WHOLE_EN, "Dorvane Group's Canada revenue reached €1,840m in 2025.", "en", "contradicted", None),
    (PART_OF_THE_WHOLE_FR, "Le chiffre d'affaires de la branche nautisme de Dorvane a atteint 1 840 millions d'euros "
                           "en 2025.", "fr", "contradicted", "region"),
    (WHOLE_ONLY_FR, "Le chiffre d'affaires de la branche nautisme de Dorvane a atteint 1 840 millions d'euros en 2025.",
     "fr", "unverified", "region"),
    # controls: the whole's figure, the part's said of the part
    (PART_OF_THE_WHOLE_EN, "Dorvane's revenue reached €1,840m in 2025.", "en", "supported", "quantity"),
    (PART_OF_THE_WHOLE_EN, "Dorvane Group's Canada revenue reached €610m in 2025.", "en", "supported", "quantity"),
    (PART_OF_THE_WHOLE_FR, "Le chiffre d'affaires de Dorvane a atteint 1 840 millions d'euros en 2025.", "fr",
     "supported", "quantity"),
    (PART_OF_THE_WHOLE_FR, "Le chiffre d'affaires de la branche nautisme de Dorvane a atteint 610 millions d'euros en "
                           "2025.", "fr", "supported", "quantity"),
])
def test_a_wholes_figure_is_not_a_named_parts(tmp_path_factory, listing, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


GRANT_BY_AN_OFFICE = """
version: 1
entities:
  office: {names: [Commerce Office]}
  orvano: {names: [Orvano]}
sources:
  - id: office-2025
    title: Commerce Office awards 2025
    published: 2025-11-03
    facts:
      - id: grant
        statement: The Commerce Office awarded Orvano up to $2.4 billion in direct funding in 2025.
        subject: office
        object: orvano
        quantity: {value: 2.4e9, unit: USD, bound: at-most}
        as_of: 2025
"""


def test_a_word_before_a_name_is_no_part_of_the_measure(tmp_path_factory):
    # "Commerce" names the office here, no measure a place before it would restrict to a part
    st = last_statement(checker_for(tmp_path_factory, GRANT_BY_AN_OFFICE),
                        "The UK Commerce Office granted Orvano up to $2.4 billion in direct funding in 2025.", "en")
    assert_outcome(st, "supported", None)


OF_ITS_KIND = """
version: 1
sources:
  - id: food-panel-2025
    title: Velmor food panel 2025
    published: 2026-02-12
    facts:
      - id: poultry
        statement: The poultry meat market grew 4.2% in 2025.
        quantity: {value: 4.2, unit: percent}
        as_of: 2025
      - id: fromages
        statement: Les fromages frais ont progressé de 3,7 % en volume en 2025.
        quantity: {value: 3.7, unit: percent}
        as_of: 2025
      - id: lamb
        statement: Imports drove the lamb meat market in 2025.
        as_of: 2025
      - id: affines
        statement: Les fromages affinés ont souffert de la hausse du prix du lait en 2025.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact's subject writes the claim's noun with another word of a part ("poultry meat", « fromages frais »),
    # the list writing the claim's part elsewhere: the figure of another part of the same kind, none for the claim's
    ("The lamb meat market grew 4.2% in 2025.", "en", "unverified", "region"),
    ("Les fromages affinés ont progressé de 3,7 % en volume en 2025.", "fr", "unverified", "region"),
    ("The poultry meat market grew 4.2% in 2025.", "en", "supported", "quantity"),
    ("Les fromages frais ont progressé de 3,7 % en volume en 2025.", "fr", "supported", "quantity"),
])
def test_a_figure_of_another_part_of_its_kind(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, OF_ITS_KIND), text, lang), want, rule)


SEASONS = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: harvest
    title: Velmor harvest report
    published: 2025-11-20
    facts:
      - id: wheat-2024-25
        statement: Velmor's wheat harvest for the 2024/25 season came to 4,180,000 tonnes, up 12%.
        quantity: {value: 4180000, unit: t}
        as_of: 2025
      - id: wheat-2025-26
        statement: For the 2025/26 season Velmor's wheat harvest is put at 3,950,000 tonnes.
        quantity: {value: 3950000, unit: t}
        as_of: 2026
  - id: norvel-results
    title: Résultats annuels de Norvel
    published: 2024-06-12
    facts:
      - id: sales-2023-24
        statement: Sur l'exercice 2023-2024, le chiffre d'affaires de Norvel atteint 2 140 millions d'euros.
        subject: norvel
        quantity: {value: 2140e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the reader takes "2025/26" for 2025 and the list dates the 2024/25 season by its last year: the split year
    # the sentence writes is the one to compare
    ("Velmor's wheat harvest for the 2025/26 season came to 4,180,000 tonnes.", "en", "contradicted"),
    ("Velmor's wheat harvest for the 2024/25 season came to 4,180,000 tonnes.", "en", "supported"),
    ("Sur l'exercice 2024-2025, le chiffre d'affaires de Norvel atteint 2 140 millions d'euros.", "fr", "contradicted"),
    ("Sur l'exercice 2023-2024, le chiffre d'affaires de Norvel atteint 2 140 millions d'euros.", "fr", "supported"),
])
def test_a_split_year_is_compared_with_the_one_its_fact_writes(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SEASONS), text, lang)
    assert_rule(st, want, "date")


START_YEARS = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-output
    title: Norvel production report
    published: 2025-02-20
    facts:
      - id: output-2024
        statement: Les 12 centrales de Norvel ont produit 184 TWh en 2024, contre 171 TWh en 2023 et 158 TWh en 2022.
        subject: norvel
        quantity: {value: 184, unit: TWh}
        as_of: 2024
      - id: output-2024-en
        statement: Norvel's 12 plants generated 96 TWh in 2024, against 88 TWh in 2023 and 81 TWh in 2022.
        subject: norvel
        quantity: {value: 96, unit: TWh}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the starting level the fact writes for 2023 is not the article's "two years earlier" (2022)
    ("En 2024, les 12 centrales de Norvel ont produit 184 TWh, contre 171 TWh deux ans plus tôt.", "fr", "mixed"),
    ("En 2024, les 12 centrales de Norvel ont produit 184 TWh, contre 171 TWh un an plus tôt.", "fr", "supported"),
    ("In 2024, Norvel's 12 plants generated 96 TWh, against 88 TWh two years earlier.", "en", "mixed"),
    ("In 2024, Norvel's 12 plants generated 96 TWh, against 88 TWh a year earlier.", "en", "supported"),
    # with no year written, counted back from the year of the fact that gives the level the claim restates
    ("Les 12 centrales de Norvel ont produit 184 TWh, contre 171 TWh deux ans plus tôt.", "fr", "mixed"),
    ("Les 12 centrales de Norvel ont produit 184 TWh, contre 171 TWh un an plus tôt.", "fr", "supported"),
    ("Norvel's 12 plants generated 96 TWh, against 88 TWh two years earlier.", "en", "mixed"),
    ("Norvel's 12 plants generated 96 TWh, against 88 TWh a year earlier.", "en", "supported"),
])
def test_a_starting_level_dated_to_another_year_than_its_fact_writes(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, START_YEARS), text, lang)
    assert_verdict(st, want)
    assert want == "supported" or "period" in {r for c in st.claims for r in c.rules}


OWN_MEASURE_OLDER = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-fy
    title: Velmor full-year results
    published: 2026-05-12
    facts:
      - id: net-income
        statement: Velmor's net income was 149 million euros in its financial year 2025/26.
        subject: velmor
        quantity: {value: 149e6, unit: EUR, bound: exact}
        as_of: 2025
      - id: net-debt
        statement: At 31 March 2026, Velmor's net debt stood at 434 million euros.
        subject: velmor
        quantity: {value: 434e6, unit: EUR, bound: exact}
        as_of: 2026-03-31
  - id: norvel-exercice
    title: Résultats annuels de Norvel
    published: 2026-05-13
    facts:
      - id: resultat-net
        statement: Le résultat net de Norvel a été de 212 millions d'euros sur l'exercice 2025/26.
        subject: norvel
        quantity: {value: 212e6, unit: EUR, bound: exact}
        as_of: 2025
      - id: dette-nette
        statement: Au 31 mars 2026, la dette nette de Norvel s'établissait à 518 millions d'euros.
        subject: norvel
        quantity: {value: 518e6, unit: EUR, bound: exact}
        as_of: 2026-03-31
"""


@pytest.mark.parametrize("text, lang, want", [
    ("Velmor returned to profit. Its net income reached 194 million euros.", "en", "contradicted"),
    ("Velmor returned to profit. Its net income reached 149 million euros.", "en", "supported"),
    ("Norvel renoue avec les bénéfices. Son résultat net atteint 221 millions d'euros.", "fr", "contradicted"),
    ("Norvel renoue avec les bénéfices. Son résultat net atteint 212 millions d'euros.", "fr", "supported"),
])
def test_an_undated_figure_against_the_latest_fact_of_its_own_measure(tmp_path_factory, text, lang, want):
    """A latest period that gives only another measure (the net debt at 31 March) leaves an undated figure to the
    latest facts of its own measure (the net income of the year then ended), to refute it."""
    st = last_statement(checker_for(tmp_path_factory, OWN_MEASURE_OLDER), text, lang)
    assert_rule(st, want, "quantity")


@pytest.mark.parametrize("text, lang", [
    ("Velmor returned to profit. The previous financial year had ended with a net loss of 75 million euros.", "en"),
    ("Norvel renoue avec les bénéfices. L'exercice précédent s'était soldé par une perte nette de 75 millions d'euros.", "fr"),
])
def test_a_figure_of_the_year_before_is_not_refuted_by_the_latest_of_its_own_measure(tmp_path_factory, text, lang):
    """A claim dated by words of the year before is not the latest period's: the older fact of its measure refutes
    nothing of it."""
    st = last_statement(checker_for(tmp_path_factory, OWN_MEASURE_OLDER), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


SIBLING_PERIODS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-h1
    title: Norvel half-year results
    published: 2025-07-24
    facts:
      - id: h1-lfl
        statement: Norvel's like-for-like net revenue grew 2.4% in the first half of 2025.
        subject: norvel
        quantity: {value: 2.4, unit: percent}
  - id: norvel-fy
    title: Norvel annual results
    published: 2026-02-20
    facts:
      - id: fy-lfl
        statement: Norvel's like-for-like net revenue grew 3.1% in 2025.
        subject: norvel
        quantity: {value: 3.1, unit: percent}
        as_of: 2025
  - id: velmor-fy
    title: Résultats annuels de Velmor
    published: 2026-02-20
    facts:
      - id: t4-velmor
        statement: En Ostrie, les ventes de Velmor ont reculé de 21,2 % au quatrième trimestre 2025.
        subject: velmor
        quantity: {value: -21.2, unit: percent}
        as_of: 2025-Q4
      - id: s1-velmor
        statement: Le chiffre d'affaires net de Velmor a progressé de 4,1 % à données comparables au premier semestre 2025.
        subject: velmor
        quantity: {value: 4.1, unit: percent}
      - id: fy-velmor
        statement: Le chiffre d'affaires net de Velmor a progressé de 5,2 % à données comparables en 2025.
        subject: velmor
        quantity: {value: 5.2, unit: percent}
        as_of: 2025
"""

SIBLING_YEARS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-fy
    title: Norvel annual results
    published: 2026-05-20
    facts:
      - id: pbt-2026
        statement: Norvel's profit before tax and adjusting items rose 22.2% to £875m in the year to 28 March 2026.
        subject: norvel
        quantity: {value: 22.2, unit: percent}
        as_of: 2026-03
  - id: norvel-fy-before
    title: Norvel annual results, a year earlier
    published: 2025-05-21
    facts:
      - id: pbt-2025
        statement: Norvel's profit before tax and adjusting items rose 58% to £716m in the year to 29 March 2025.
        subject: norvel
        quantity: {value: 58, unit: percent}
        as_of: 2025-03
  - id: velmor-fy
    title: Résultats annuels de Velmor
    published: 2026-05-20
    facts:
      - id: rop-2026
        statement: Le résultat opérationnel courant de Velmor a progressé de 12,5 % sur l'exercice clos fin mars 2026.
        subject: velmor
        quantity: {value: 12.5, unit: percent}
        as_of: 2026-03
      - id: rop-2025
        statement: Le résultat opérationnel courant de Velmor a progressé de 31 % sur l'exercice clos fin mars 2025.
        subject: velmor
        quantity: {value: 31, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("source, text, lang, want", [
    # a figure the source gives for another period of the same subject and measure, whose own period's fact gives
    # another figure: a wrong period, whether its clause names the measure less precisely ("like-for-like sales" for
    # "like-for-like net revenue") or with a qualifier no fact writes ("underlying profit")
    (SIBLING_PERIODS, "The year matched the pace of the first half, when like-for-like sales at Norvel also grew 3.1 "
                      "per cent.", "en", "contradicted"),
    (SIBLING_PERIODS, "In the first half, like-for-like sales at Norvel grew 2.4 per cent.", "en", "supported"),
    (SIBLING_PERIODS, "Au premier semestre, les ventes de Velmor ont progressé de 5,2 % à données comparables.", "fr",
     "contradicted"),
    (SIBLING_PERIODS, "Au premier semestre, les ventes de Velmor ont progressé de 4,1 % à données comparables.", "fr",
     "supported"),
    # (the year to March 2026 is not the fact of March 2025, which ends the twelve months before)
    (SIBLING_YEARS, "Underlying profit at Norvel jumped 58% in the year to March 2026.", "en", "contradicted"),
    (SIBLING_YEARS, "Profit before tax and adjusting items at Norvel rose 22.2% in the year to March 2026.", "en",
     "supported"),
    (SIBLING_YEARS, "Le résultat opérationnel sous-jacent de Velmor a bondi de 31 % sur l'exercice clos fin mars 2026.",
     "fr", "contradicted"),
    (SIBLING_YEARS, "Le résultat opérationnel courant de Velmor a progressé de 12,5 % sur l'exercice clos fin mars "
                    "2026.", "fr", "supported"),
    # a quarter's figure said of the whole year, with no fact of that year of its kin: a part's figure, not the year's
    (SIBLING_PERIODS, "En Ostrie, les ventes nettes de Velmor ont reculé de 21,2 % sur l'ensemble de l'année 2025.", "fr",
     "contradicted"),
    (SIBLING_PERIODS, "En Ostrie, les ventes de Velmor ont reculé de 21,2 % au quatrième trimestre 2025.", "fr",
     "supported"),
])
def test_a_figure_of_another_period_beside_its_sibling(tmp_path_factory, source, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, source), text, lang)
    assert_rule(st, want, "period") if want == "contradicted" else assert_verdict(st, want)


OTHER_HALF = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-fy
    title: Norvel annual results
    published: 2025-11-20
    facts:
      - id: h2-profit
        statement: Norvel made a record headline profit of £640 million in the second half of its financial year, up £52 million.
        subject: norvel
        quantity: {value: 640e6, unit: GBP}
        as_of: 2025
  - id: velmor-fy
    title: Résultats annuels de Velmor
    published: 2026-02-20
    facts:
      - id: s2-velmor
        statement: Au second semestre 2025, le résultat opérationnel de Velmor a atteint 415 millions d'euros.
        subject: velmor
        quantity: {value: 415e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the source gives for the other half of the year, as for another quarter: a wrong period
    ("Norvel booked a record headline profit of £640m in the first six months of its financial year.", "en",
     "contradicted"),
    ("Norvel booked a record headline profit of £640m in the second half of its financial year.", "en", "supported"),
    ("Au premier semestre, le résultat opérationnel de Velmor a atteint 415 millions d'euros.", "fr", "contradicted"),
    ("Au second semestre, le résultat opérationnel de Velmor a atteint 415 millions d'euros.", "fr", "supported"),
])
def test_a_figure_of_the_other_half(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OTHER_HALF), text, lang)
    assert_rule(st, want, "period") if want == "contradicted" else assert_verdict(st, want)


SPAN_TO_A_MONTH = """
version: 1
entities:
  korvex: {names: [Korvex]}
  belvane: {names: [Belvane]}
sources:
  - id: korvex-fy
    title: Korvex annual results 2025
    published: 2026-02-26
    facts:
      - id: year-revenue
        statement: Korvex's revenue rose 8% in 2025.
        subject: korvex
        quantity: {value: 8, unit: percent}
        as_of: 2025
  - id: belvane-fy
    title: Résultats annuels 2025 de Belvane
    published: 2026-03-03
    facts:
      - id: annee
        statement: Le chiffre d'affaires de Belvane a progressé de 8 % en 2025.
        subject: belvane
        quantity: {value: 8, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # six months to the end of June are the first half: the year's figure does not confirm them
    ("Korvex's revenue rose 8% in the six months to 30 June 2025.", "en", "unverified"),
    ("Le chiffre d'affaires de Belvane a progressé de 8 % sur les six mois clos le 30 juin 2025.", "fr", "unverified"),
    # the year's own figure (control)
    ("Korvex's revenue rose 8% in 2025.", "en", "supported"),
    ("Le chiffre d'affaires de Belvane a progressé de 8 % en 2025.", "fr", "supported"),
])
def test_a_span_of_months_to_a_part_s_last_month_is_that_part(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SPAN_TO_A_MONTH), text, lang), want)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a quarter named only in another figure's clause after the declared one ("… and made up 28 % of sales in Q4")
    # is that figure's period: the declared figure stays the year's, and a figure said of the whole year meets it
    ("Les ventes en ligne de Norvel ont dépassé 4 millions d'euros sur l'année.", "fr", "contradicted",
     "quantity-magnitude"),
    ("Norvel's online sales topped €4 million over the year.", "en", "contradicted", "quantity-magnitude"),
    ("Les ventes en ligne de Norvel ont dépassé 4 milliards d'euros sur l'année.", "fr", "supported", "quantity"),
    ("Norvel's online sales topped €4 billion over the year.", "en", "supported", "quantity"),
])
def test_a_quarter_of_another_figures_clause_leaves_the_declared_figure_the_years(tmp_path_factory, text, lang,
                                                                                   want, rule):
    listing = """
version: 1
entities:
  norvel:
    names: [Norvel]
sources:
  - id: results-fr
    title: Norvel résultats 2024
    published: 2025-02-12
    facts:
      - id: online-fr
        statement: Les ventes en ligne 2024 de Norvel ont été supérieures à 4 Md€ et ont représenté 28 % des ventes au T4 2024.
        subject: norvel
        quantity: {value: 4000000000, unit: EUR, bound: at-least}
        as_of: 2024
      - id: sales-fr
        statement: Les ventes 2024 de Norvel se sont élevées à 17 482,3 M€, en hausse de 1,2 %.
        subject: norvel
        quantity: {value: 17482300000, unit: EUR, bound: exact}
        as_of: 2024
  - id: results-en
    title: Norvel 2024 results
    published: 2025-02-12
    facts:
      - id: online-en
        statement: Norvel's online sales in 2024 were above €4bn and made up 28% of sales in the fourth quarter of 2024.
        subject: norvel
        quantity: {value: 4000000000, unit: EUR, bound: at-least}
        as_of: 2024
      - id: sales-en
        statement: Norvel's sales in 2024 came to €17,482.3m, up 1.2%.
        subject: norvel
        quantity: {value: 17482300000, unit: EUR, bound: exact}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


AIM_YEARS = """
version: 1
entities:
  velmor:
    names: [Velmor]
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    published: 2026-02-18
    facts:
      - id: revenue-2025
        statement: Velmor's revenue rose 4 % in 2025, to 2.1 billion euros.
        subject: velmor
        quantity: {value: 2100000000, unit: EUR}
        as_of: 2025
      - id: revenue-2025-fr
        statement: Le chiffre d'affaires de Velmor a progressé de 4 % en 2025, à 2,1 milliards d'euros.
        subject: velmor
        quantity: {value: 2100000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # an aim for a year after the fact's is not refuted by what that year before was (no wrong year); what the
    # source dates otherwise, a rise said of another year it gives, is
    ("For 2026, Velmor expects another rise in revenue.", "en", "unverified"),
    ("Pour 2026, Velmor table sur une nouvelle hausse de son chiffre d'affaires.", "fr", "unverified"),
    ("Velmor's revenue rose 4 % in 2024, to 2.1 billion euros.", "en", "contradicted"),
])
def test_an_aim_for_a_later_year_is_no_wrong_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, AIM_YEARS), text, lang), want)


NORVEL_AIMS = """
version: 1
entities:
  velmor:
    names: [Velmor]
  norvel:
    names: [Norvel]
sources:
  - id: velmor-results
    title: Velmor annual results 2025
    publisher: velmor
    url: https://example.org/velmor
    published: 2026-02-20
    facts:
      - id: dividend
        statement: The total dividend declared for 2025 is 1.20 euros per share, an increase of 5%.
        subject: velmor
        quantity: {value: 1.20, unit: EUR per share}
        as_of: 2025
      - id: dividend-2026
        statement: Velmor intends to increase its dividend further in 2026.
        subject: velmor
        as_of: 2026
      - id: dividende-2026
        statement: Velmor prévoit d'augmenter encore son dividende en 2026.
        subject: velmor
        as_of: 2026
      - id: perspectives
        statement: Pour 2026, Norvel prévoit une nouvelle hausse de son chiffre d'affaires.
        subject: norvel
        as_of: 2026
      - id: outlook
        statement: For 2026, Norvel foresees a further increase in its operating profit.
        subject: norvel
        as_of: 2026
      - id: cause
        statement: Le recul des ventes de farine de Norvel tient à la chute des prix du blé.
        subject: norvel
        as_of: 2025
      - id: cause-en
        statement: Norvel's flour sales fell because of the slump in wheat prices.
        subject: norvel
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a party's stated plan is confirmed by the fact stating that plan, not refuted by the year of what it did
    ("Velmor repeated that it intends to raise the dividend again in 2026.", "en", "supported", "terms"),
    ("Velmor repeated that it intends to cut the dividend in 2026.", "en", "contradicted", "direction"),
    ("Velmor a répété qu'il prévoit de relever à nouveau son dividende en 2026.", "fr", "supported", "terms"),
    ("Velmor a répété qu'il prévoit de réduire son dividende en 2026.", "fr", "contradicted", "direction"),
    # an expectation is confirmed by a fact whose verb of forecast states it (« prévoit », "foresees" read as such)
    ("Pour 2026, Norvel table sur une nouvelle hausse de son chiffre d'affaires.", "fr", "supported", "terms"),
    ("For 2026, Norvel expects a further increase in its operating profit.", "en", "supported", "terms"),
    # a cause behind an adverb of degree (« surtout », "mainly") is the cause the fact gives, compared part by part
    ("Le recul des ventes de farine de Norvel s'explique surtout par la chute des prix du blé.", "fr", "supported", "terms"),
    ("La hausse des ventes de farine de Norvel s'explique surtout par la chute des prix du blé.", "fr", "contradicted",
     "direction"),
    ("The fall in Norvel's flour sales was due mainly to the slump in wheat prices.", "en", "supported", "terms"),
    ("The rise in Norvel's flour sales was due mainly to the slump in wheat prices.", "en", "contradicted", "direction"),
])
def test_aims_plans_and_causes_of_a_degree_against_the_fact_that_states_them(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, NORVEL_AIMS), text, lang), want, rule)


TARVEL_CAUSES = """
version: 1
entities:
  tarvel:
    names: [Tarvel]
sources:
  - id: tarvel-report
    title: Tarvel annual report 2025
    publisher: tarvel
    url: https://example.org/tarvel
    published: 2026-02-10
    facts:
      - id: deliveries-up
        statement: Tarvel's timber deliveries rose in 2025, helped by a dry summer and two new sawmills.
        subject: tarvel
        as_of: 2025
      - id: sawn-up
        statement: Les ventes de sciages de Tarvel ont progressé en 2025, dopées par un été sec.
        subject: tarvel
        as_of: 2025
      - id: pellets-down
        statement: Tarvel attribue le recul des granulés en 2024/2025 à un hiver très doux.
        subject: tarvel
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a cause the fact gives by a participle and its agent ("helped by") or as its party's account (« attribue … à »)
    ("The rise in Tarvel's timber deliveries was due to a dry summer and two new sawmills.", "en", "supported", "terms"),
    ("La hausse des ventes de sciages de Tarvel tient surtout à un été sec.", "fr", "supported", "terms"),
    ("Le recul des ventes de granulés de Tarvel s'explique par un hiver très doux.", "fr", "supported", "terms"),
    ("Tarvel attributes the rise in timber deliveries largely to a dry summer.", "en", "supported", "terms"),
    ("La hausse des ventes de granulés de Tarvel s'explique par un hiver très doux.", "fr", "contradicted", "direction"),
])
def test_a_cause_the_fact_gives_by_a_participle_or_as_an_account(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TARVEL_CAUSES), text, lang), want, rule)


TARVEL_OTHER_CAUSES = """
version: 1
entities:
  tarvel:
    names: [Tarvel]
sources:
  - id: tarvel-report
    title: Tarvel annual report 2025
    publisher: tarvel
    url: https://example.org/tarvel
    published: 2026-02-10
    facts:
      - id: exports-down
        statement: Tarvel's pellet exports fell in 2025 because of a strong krona.
        subject: tarvel
        as_of: 2025
      - id: pellets-down
        statement: Tarvel attribue le recul des granulés en 2024/2025 à un hiver très doux.
        subject: tarvel
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # another cause than the fact's, whatever the claim's kind, is not confirmed by the words of the effect they share
    ("The fall in Tarvel's pellet exports was due to a dock strike.", "en"),
    ("Le recul des ventes de granulés de Tarvel s'explique par une grève des dockers.", "fr"),
])
def test_another_cause_than_the_fact_s_is_not_confirmed(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, TARVEL_OTHER_CAUSES), text, lang), "unverified")

TARVEL_SCHEDULE = """
version: 1
entities:
  tarvel:
    names: [Tarvel]
sources:
  - id: tarvel-half-year
    title: Tarvel half-year report 2025
    publisher: tarvel
    url: https://example.org/tarvel-h1
    published: 2025-07-30
    facts:
      - id: interim-dividend
        statement: Tarvel declared an interim dividend of 3.1p per share, payable on 12 September 2025 to shareholders on the register on 8 August 2025.
        subject: tarvel
        as_of: 2025-07
      - id: order-book
        statement: Tarvel's order book is broadly similar to H2 2024 and its new sawmill will add output from H1 2026.
        subject: tarvel
        as_of: 2025-07
"""


@pytest.mark.parametrize("text, want, rule", [
    # "is due to be paid" sets a date, it gives no cause: the fact of that payment confirms it
    ("Tarvel declared an interim dividend of 3.1p. The dividend is due to be paid on 12 September 2025 to shareholders on "
     "the register on 8 August.", "supported", "terms"),
    # "the second half of 2024" is a period, not "half of" a whole: no composition the fact must state
    ("Tarvel said its order book now matched the second half of 2024.", "supported", "terms"),
])
def test_a_schedule_and_a_half_year_are_no_cause_nor_composition(tmp_path_factory, text, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TARVEL_SCHEDULE), text, "en"), want, rule)


PAYOUTS = """
version: 1
sources:
  - id: norvel-results
    title: Norvel full-year results 2024
    published: 2025-03-04
    facts:
      - id: dividend-2024
        statement: Norvel's full-year dividend for 2024 is 85p per share.
        quantity: {value: 0.85, unit: GBP per share}
        as_of: 2024
      - id: dividend-2023
        statement: Norvel paid a full-year dividend of 95p per share for 2023.
        quantity: {value: 0.95, unit: GBP per share}
        as_of: 2023
      - id: buyback
        statement: Norvel announced a share buyback of £200m.
        quantity: {value: 2.0e+8, unit: GBP}
        as_of: 2025-03
      - id: dividende-2024
        statement: Le dividende de Norvel au titre de 2024 est de 0,85 euro par action.
        quantity: {value: 0.85, unit: EUR per share}
        as_of: 2024
      - id: dividende-2023
        statement: Norvel a versé un dividende de 0,95 euro par action au titre de 2023.
        quantity: {value: 0.95, unit: EUR per share}
        as_of: 2023
      - id: rachat
        statement: Norvel a annoncé un rachat d'actions de 200 millions d'euros.
        quantity: {value: 2.0e+8, unit: EUR}
        as_of: 2025-03
      - id: meeting
        statement: Norvel's meeting of 12 May 2025 will vote on a dividend of 85p per share, against 95p a year earlier.
        quantity: {value: 0.95, unit: GBP per share}
        as_of: 2023
      - id: assemblee
        statement: L'assemblée de Norvel du 12 mai 2025 votera un dividende de 0,85 euro par action, contre 0,95 euro un an plus tôt.
        quantity: {value: 0.95, unit: EUR per share}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a per-share figure of the year named is no rival of a total: the buyback is not "the wrong period's"
    ("Norvel announced a £200m share buyback on Tuesday after a strong set of results for 2024.", "en", "contradicted"),
    ("Norvel a annoncé mardi un rachat d'actions de 200 millions d'euros après de bons résultats pour 2024.", "fr",
     "contradicted"),
    # a per-share figure of another year than the one named is still a wrong period
    ("Norvel paid a full-year dividend of 95p per share for 2024.", "en", "period"),
    ("Norvel versera un dividende de 0,95 euro par action au titre de 2024.", "fr", "period"),
    # an earlier year's fact whose sentence writes the figure as the later year's does not refute it
    ("Norvel's board will propose a dividend of 85p per share at the meeting of 12 May 2025.", "en", "contradicted"),
    ("Le conseil de Norvel proposera à l'assemblée du 12 mai 2025 un dividende de 0,85 euro par action.", "fr",
     "contradicted"),
])
def test_a_wrong_period_needs_a_rival_of_the_same_kind(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PAYOUTS), text, lang)
    if want == "period":
        assert_rule(st, "contradicted", "period")
    else:
        assert st.verdict != want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang, want, rule", [
    # a stock figure dated to the close of the year the article speaks of: June's figure is another date's, wrong
    # for the close when the year-end fact gives another; the year-end figure confirmed
    ("Velmor a publié ses comptes 2024. La dette nette ressortait à 708 millions d'euros en fin d'exercice.", "fr",
     "contradicted", "period"),
    ("Velmor published its 2024 accounts. Net debt stood at €708 million at the end of the year.", "en",
     "contradicted", "period"),
    ("Velmor a publié ses comptes 2024. La dette nette ressortait à 500 millions d'euros en fin d'exercice.", "fr",
     "supported", "quantity"),
    ("Velmor published its 2024 accounts. Net debt stood at €500 million at the end of the year.", "en",
     "supported", "quantity"),
])
def test_a_figure_of_june_is_not_the_year_close(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-03-04
    facts:
      - id: debt-en
        statement: Velmor's net debt was €500 million at the end of 2024.
        subject: velmor
        quantity: {value: 5.0e8, unit: EUR, bound: about}
        as_of: 2024-12
      - id: debt-fr
        statement: La dette nette de Velmor était de 500 millions d'euros fin 2024.
        subject: velmor
        quantity: {value: 5.0e8, unit: EUR, bound: about}
        as_of: 2024-12
      - id: debt-h1-en
        statement: Velmor's net debt was €708 million at the end of June 2024.
        subject: velmor
        quantity: {value: 7.08e8, unit: EUR, bound: about}
        as_of: 2024-06
      - id: debt-h1-fr
        statement: La dette nette de Velmor était de 708 millions d'euros fin juin 2024.
        subject: velmor
        quantity: {value: 7.08e8, unit: EUR, bound: about}
        as_of: 2024-06
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


BOOK_VALUE_TO_MARCH = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-fy
    title: Velmor results for the year to 31 March 2025
    published: 2025-06-04
    facts:
      - id: profit
        statement: Velmor made a pre-tax profit of £6.3 million in the year to 31 March 2025.
        subject: velmor
        quantity: {value: 6.3e6, unit: GBP}
        as_of: 2025-03
      - id: nav-march
        statement: Velmor's net asset value per share was £4.18 at 31 March 2025.
        subject: velmor
        quantity: {value: 4.18, unit: GBP per share}
        as_of: 2025-03-31
      - id: actif-mars
        statement: L'actif net par action de Velmor était de 4,18 livres au 31 mars 2025.
        subject: velmor
        quantity: {value: 4.18, unit: GBP per share}
        as_of: 2025-03-31
  - id: velmor-h1
    title: Velmor half-year results to 30 September 2025
    published: 2025-11-12
    facts:
      - id: nav-september
        statement: Velmor's net asset value per share fell to £3.96 at 30 September 2025.
        subject: velmor
        quantity: {value: 3.96, unit: GBP per share}
        as_of: 2025-09-30
      - id: actif-septembre
        statement: L'actif net par action de Velmor est tombé à 3,96 livres au 30 septembre 2025.
        subject: velmor
        quantity: {value: 3.96, unit: GBP per share}
        as_of: 2025-09-30
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the close of a year the article speaks of as twelve months to March is the end of March: its figure confirmed,
    # a later date's of that calendar year no refutation
    ("Velmor made a pre-tax profit of £6.3m in the year to 31 March 2025. Net asset value per share stood at £4.18 "
     "at the year end.", "en", "supported", "quantity"),
    ("Velmor a dégagé un bénéfice avant impôt de 6,3 millions de livres sterling sur l'exercice clos le 31 mars 2025. L'actif "
     "net par action s'élevait à 4,18 livres sterling en fin d'exercice.", "fr", "supported", "quantity"),
    # control: the later date's figure is not the close's
    ("Velmor made a pre-tax profit of £6.3m in the year to 31 March 2025. Net asset value per share stood at £3.96 "
     "at the year end.", "en", "contradicted", "period"),
    ("Velmor a dégagé un bénéfice avant impôt de 6,3 millions de livres sterling sur l'exercice clos le 31 mars 2025. L'actif "
     "net par action s'élevait à 3,96 livres sterling en fin d'exercice.", "fr", "contradicted", "period"),
])
def test_the_close_of_a_year_to_march_is_the_end_of_march(tmp_path_factory, text, lang, want, rule):
    when = ("2 December 2025", "2 décembre 2025")
    assert_rule(last_statement(checker_for(tmp_path_factory, BOOK_VALUE_TO_MARCH), text, lang, when), want, rule)


SECURED_BY_LABEL = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-fy26
    title: Velmor results for the year to 30 June 2026
    publisher: velmor
    published: 2026-09-10
    facts:
      - id: secured
        statement: At the end of FY26 Velmor had secured 83% of its expected FY27 revenue and about 60% of FY28 revenue.
        subject: velmor
        quantity: {value: 83, unit: percent}
        as_of: 2026-06-30
      - id: securise
        statement: Fin FY26, Velmor avait sécurisé 83 % de son chiffre d'affaires attendu pour FY27.
        subject: velmor
        quantity: {value: 83, unit: percent}
        as_of: 2026-06-30
      - id: secured-2025
        statement: At the end of FY25 Velmor had secured 78% of its expected FY26 revenue.
        subject: velmor
        quantity: {value: 78, unit: percent}
        as_of: 2025-06-30
      - id: securise-2025
        statement: Fin FY25, Velmor avait sécurisé 78 % de son chiffre d'affaires attendu pour FY26.
        subject: velmor
        quantity: {value: 78, unit: percent}
        as_of: 2025-06-30
"""


@pytest.mark.parametrize("text, lang, want", [
    # a year the fact writes as a financial year's label ("FY27") after the claim's words is the year of the same
    # thing, not a wrong year of the figure
    ("Velmor has already secured about 83 per cent of the revenue expected for the 2027 financial year.", "en",
     "unverified"),
    ("Velmor a déjà sécurisé environ 83 % du chiffre d'affaires attendu pour l'exercice 2027.", "fr", "unverified"),
    # control: the figure of a fact that writes another year there
    ("Velmor has already secured about 78 per cent of the revenue expected for the 2027 financial year.", "en",
     "contradicted"),
    ("Velmor a déjà sécurisé environ 78 % du chiffre d'affaires attendu pour l'exercice 2027.", "fr", "contradicted"),
])
def test_a_financial_year_label_writes_its_year(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SECURED_BY_LABEL), text, lang, ("2 October 2026", "2 octobre 2026"))
    assert_outcome(st, want, "date" if want == "contradicted" else None)


@pytest.mark.parametrize("text, lang, want, rule", [
    # June's level, in a sentence of the interim report that names no company, is not the close's when a later
    # source names the company at the close of that year with another figure
    ("Quorvan a publié ses comptes 2023. Son endettement bancaire net atteignait 264 millions d'euros en fin "
     "d'exercice.", "fr", "contradicted", "period"),
    ("Quorvan published its 2023 accounts. Net bank borrowings came to €264 million at the end of the year.", "en",
     "contradicted", "period"),
    ("Quorvan a publié ses comptes 2023. Son endettement bancaire net atteignait 251 millions d'euros en fin "
     "d'exercice.", "fr", "supported", "quantity"),
    ("Quorvan published its 2023 accounts. Net bank borrowings came to €251 million at the end of the year.", "en",
     "supported", "quantity"),
])
def test_an_unnamed_interim_level_is_not_the_year_close(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  quorvan: {names: [Quorvan]}
sources:
  - id: quorvan-h1-2023
    title: Quorvan interim report 2023
    published: 2023-09-12
    facts:
      - id: borrowings-h1-en
        statement: Net bank borrowings were €264 million at 30 June 2023, against €270 million at the end of 2022.
        quantity: {value: 2.64e8, unit: EUR}
        as_of: 2023-06-30
      - id: borrowings-h1-fr
        statement: L'endettement bancaire net était de 264 millions d'euros au 30 juin 2023, contre 270 millions fin 2022.
        quantity: {value: 2.64e8, unit: EUR}
        as_of: 2023-06-30
  - id: quorvan-h1-2024
    title: Quorvan interim report 2024
    published: 2024-09-10
    facts:
      - id: borrowings-fy-en
        statement: Quorvan's net bank borrowings were €251 million at the end of financial year 2023.
        quantity: {value: 2.51e8, unit: EUR}
        as_of: 2023-12-31
      - id: borrowings-fy-fr
        statement: L'endettement bancaire net de Quorvan était de 251 millions d'euros à la fin de l'exercice 2023.
        quantity: {value: 2.51e8, unit: EUR}
        as_of: 2023-12-31
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # the terms of a fact of another year confirm nothing of a figure dated to the close of the year spoken of
    ("Velmor a publié ses comptes 2024. Son ratio d'endettement ressort à 2,4 en fin d'exercice.", "fr", "unverified"),
    ("Velmor published its 2024 accounts. Its leverage ratio came in at 2.4 at the end of the year.", "en",
     "unverified"),
    ("Velmor a publié ses comptes 2024. Son ratio d'endettement ressortait à 2,4 un an plus tôt.", "fr", "supported"),
    ("Velmor published its 2024 accounts. Its leverage ratio had come in at 2.4 a year earlier.", "en", "supported"),
])
def test_terms_of_another_year_are_not_the_year_close(tmp_path_factory, text, lang, want):
    listing = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-03-04
    facts:
      - id: ratio-en
        statement: Velmor's leverage ratio was 2.4 at the end of 2023.
        subject: velmor
        as_of: 2023-12-31
      - id: ratio-fr
        statement: Le ratio d'endettement de Velmor était de 2,4 fin 2023.
        subject: velmor
        as_of: 2023-12-31
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a month alone later than the article's month (an article of March) is the one just past, of the year before:
    # « un an plus tôt » after « fin décembre » is the December before that
    ("Les actifs de Velmor atteignaient 2,2 milliards d'euros fin décembre. Un an plus tôt, ils s'élevaient à "
     "2,0 milliards d'euros.", "fr", "supported"),
    ("Velmor's assets stood at €2.2 billion at the end of December. A year earlier, they stood at €2.0 billion.",
     "en", "supported"),
])
def test_a_month_after_the_articles_is_the_year_befores(tmp_path_factory, text, lang, want):
    listing = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-03-04
    facts:
      - id: assets-2024-en
        statement: Velmor's assets were €2.2 billion at the end of 2024.
        subject: velmor
        quantity: {value: 2.2e9, unit: EUR, bound: about}
        as_of: 2024-12
      - id: assets-2024-fr
        statement: Les actifs de Velmor étaient de 2,2 milliards d'euros fin 2024.
        subject: velmor
        quantity: {value: 2.2e9, unit: EUR, bound: about}
        as_of: 2024-12
      - id: assets-2023-en
        statement: Velmor's assets were €2.0 billion at the end of 2023.
        subject: velmor
        quantity: {value: 2.0e9, unit: EUR, bound: about}
        as_of: 2023-12
      - id: assets-2023-fr
        statement: Les actifs de Velmor étaient de 2,0 milliards d'euros fin 2023.
        subject: velmor
        quantity: {value: 2.0e9, unit: EUR, bound: about}
        as_of: 2023-12
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang, ("4 March 2025", "4 mars 2025")), want)


TARNOVA_DEBT = """
version: 1
entities:
  tarnova: {names: [Tarnova]}
sources:
  - id: tarnova-2024
    title: Tarnova annual results 2024
    published: 2025-02-11
    facts:
      - id: debt-2024
        statement: Tarnova's net borrowings were €3.4 billion at 31 December 2024.
        subject: tarnova
        quantity: {value: 3.4e9, unit: EUR, bound: about}
        as_of: 2024-12-31
      - id: debt-2023
        statement: Tarnova's net borrowings were €3.9 billion at 31 December 2023.
        subject: tarnova
        quantity: {value: 3.9e9, unit: EUR, bound: about}
        as_of: 2023-12-31
      - id: dette-2024
        statement: La dette nette de Tarnova était de 3,4 milliards d'euros au 31 décembre 2024.
        subject: tarnova
        quantity: {value: 3.4e9, unit: EUR, bound: about}
        as_of: 2024-12-31
      - id: dette-2023
        statement: La dette nette de Tarnova était de 3,9 milliards d'euros au 31 décembre 2023.
        subject: tarnova
        quantity: {value: 3.9e9, unit: EUR, bound: about}
        as_of: 2023-12-31
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a month alone, no year written, in an article of February: the December just past, not the one before it
    ("Tarnova's net borrowings were about €3.9 billion at the end of December.", "en", "contradicted", "period"),
    ("La dette nette de Tarnova s'élevait à environ 3,9 milliards d'euros fin décembre.", "fr", "contradicted",
     "period"),
    ("Tarnova's net borrowings were about €3.4 billion at the end of December.", "en", "supported", "quantity"),
    ("La dette nette de Tarnova s'élevait à environ 3,4 milliards d'euros fin décembre.", "fr", "supported",
     "quantity"),
])
def test_a_month_alone_is_of_the_year_it_is_read_in(tmp_path_factory, text, lang, want, rule):
    when = ("11 February 2025", "11 février 2025")
    assert_rule(last_statement(checker_for(tmp_path_factory, TARNOVA_DEBT), text, lang, when), want, rule)






AIM_WORDS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: margins
    title: Norvel and Velmor, 2024 margins
    published: 2025-02-20
    facts:
      - id: velmor-margin
        statement: Le taux de marge de Velmor s'est amélioré à 12 % en 2024, un niveau qui atteint déjà l'objectif fixé pour 2026.
        subject: velmor
        quantity: {value: 12, unit: percent}
        as_of: 2024
      - id: norvel-margin
        statement: Norvel's margin improved to 9% in 2024, a level that already meets the goal set for 2026.
        subject: norvel
        quantity: {value: 9, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « cible » and « objectif », "target" and "goal": one thing a party sets itself to reach (data/concepts.yaml)
    ("Le taux de marge de Velmor en 2024 atteint déjà la cible fixée pour 2026.", "fr", "supported", "terms"),
    ("Norvel's 2024 margin already meets the target set for 2026.", "en", "supported", "terms"),
    ("Le taux de marge de Velmor en 2024 n'atteint pas la cible fixée pour 2026.", "fr", "contradicted", "negation"),
    ("Norvel's 2024 margin does not meet the target set for 2026.", "en", "contradicted", "negation"),
])
def test_a_target_and_a_goal_are_one_thing(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, AIM_WORDS), text, lang)
    assert_rule(st, want, rule)


PLANS = """
version: 1
sources:
  - id: norvel-plan
    title: Norvel capital markets day
    published: 2025-03-01
    facts:
      - id: returns
        statement: Norvel expects to return at least 4 billion dollars to shareholders between 2025 and 2027.
        quantity: {value: 4.0e9, unit: USD, bound: at-least}
        as_of: 2027
      - id: retour
        statement: Velmor vise un retour aux actionnaires d'au moins 3 milliards d'euros entre 2025 et 2027.
        quantity: {value: 3.0e9, unit: EUR, bound: at-least}
        as_of: 2027
      - id: marge
        statement: Pour 2024, Velmor vise une marge opérationnelle de 12 %.
        quantity: {value: 12, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a plan a party states is met by its target as by what it announced as decided
    ("Norvel plans to return up to $4 billion to shareholders between 2025 and 2027.", "en", "contradicted", "quantity-bound"),
    ("Norvel plans to return at least $4 billion to shareholders between 2025 and 2027.", "en", "supported", "quantity"),
    ("Velmor prévoit de reverser jusqu'à 3 milliards d'euros à ses actionnaires entre 2025 et 2027.", "fr", "contradicted", "quantity-bound"),
    ("Velmor prévoit de reverser au moins 3 milliards d'euros à ses actionnaires entre 2025 et 2027.", "fr", "supported", "quantity"),
    # an aim in the imperfect is an aim
    ("Velmor visait pour 2024 une marge opérationnelle de 12 %.", "fr", "supported", "quantity"),
])
def test_a_plan_is_met_by_a_target(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PLANS), text, lang)
    assert_rule(st, want, rule)


DIVIDEND_SERIES = """
version: 1
sources:
  - id: half-year
    title: Half-year results
    published: 2025-07-30
    facts:
      - id: interim
        statement: Norvel declared an interim dividend of 8.2p per share for the first half of 2025, against 7.5p for the first half of 2024.
        quantity: {value: 0.082, unit: GBP per share}
        as_of: 2025-06
      - id: acompte
        statement: Velmor a versé un acompte sur dividende de 0,82 euro par action au titre du premier semestre 2025, contre 0,75 euro au titre du premier semestre 2024.
        quantity: {value: 0.82, unit: EUR per share}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the year of the sentence's other figure, written after the same words as the fact's own: another period
    ("Norvel's interim dividend for the first half of 2024 was 8.2p.", "en", "contradicted", "date"),
    ("Norvel's interim dividend for the first half of 2025 was 8.2p.", "en", "supported", "quantity"),
    ("L'acompte sur dividende de Velmor au titre du premier semestre 2024 était de 0,82 euro par action.", "fr", "contradicted", "date"),
    ("L'acompte sur dividende de Velmor au titre du premier semestre 2025 était de 0,82 euro par action.", "fr", "supported", "quantity"),
])
def test_the_year_of_the_other_figure_of_a_series(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, DIVIDEND_SERIES), text, lang)
    assert_rule(st, want, rule)


TARGET_CUT = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: targets-feb
    title: Velmor and Norvel set their 2025 targets
    published: 2025-02-20
    superseded_by: update-oct
    facts:
      - id: velmor-margin-target
        statement: For 2025, Velmor expects an adjusted operating margin of 8.5% to 9%.
        subject: velmor
        quantity: {min: 8.5, max: 9, unit: percent}
        as_of: 2025
      - id: norvel-marge-objectif
        statement: Pour 2025, Norvel vise une marge opérationnelle comprise entre 6,3 % et 6,6 %.
        subject: norvel
        quantity: {min: 6.3, max: 6.6, unit: percent}
        as_of: 2025
  - id: update-oct
    title: Velmor and Norvel, third-quarter sales
    published: 2025-10-22
    facts:
      - id: velmor-cut
        statement: Velmor cut its guidance for 2025 and now expects sales to fall by 2% to 3%.
        subject: velmor
        quantity: {min: -3, max: -2, unit: percent}
        as_of: 2025
      - id: norvel-abaisse
        statement: Norvel a abaissé ses objectifs 2025 et prévoit désormais un recul de ses ventes de 2 % à 3 %.
        subject: norvel
        quantity: {min: -3, max: -2, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a target only a replaced source gives, whose replacing source says the party cut its targets for that year:
    # the older target, outdated (not confirmed by the replaced source)
    ("Velmor expects an adjusted operating margin of 8.5% to 9% for 2025.", "en", "outdated", "outdated"),
    ("Norvel table pour 2025 sur une marge opérationnelle comprise entre 6,3 % et 6,6 %.", "fr", "outdated", "outdated"),
    # dated as given then, it is what was said then
    ("In February 2025, Velmor expected an adjusted operating margin of 8.5% to 9% for 2025.", "en", "supported", None),
])
def test_a_target_a_newer_source_says_was_cut_is_outdated(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, TARGET_CUT), text, lang), want, rule)


LEVERAGE_FORECAST_REPLACED = """
version: 1
entities:
  norvel:
    names: [Norvel, Norvel Group]
  velmor:
    names: [Velmor]
sources:
  - id: norvel-h1
    title: Norvel half-year report
    published: 2024-05-15
    superseded_by: norvel-year
    facts:
      - id: leverage-target
        statement: Norvel expected its leverage ratio to stand at about 4.0x at 30 September 2024.
        subject: norvel
        quantity: {value: 4.0, unit: times EBITDA, bound: about}
        as_of: 2024-09
  - id: norvel-year
    title: Norvel annual results
    published: 2024-11-20
    facts:
      - id: sales
        statement: Norvel's annual sales rose to 2.1 billion euros in the year to 30 September 2024.
        subject: norvel
        quantity: {value: 2.1e9, unit: EUR}
        as_of: 2024-09
      - id: leverage
        statement: Norvel's leverage ratio stood at 3.8x at 30 September 2024, down 1.6 points.
        subject: norvel
        quantity: {value: 3.8, unit: times EBITDA, bound: exact}
        as_of: 2024-09
  - id: velmor-h1
    title: Rapport semestriel de Velmor
    published: 2024-05-15
    superseded_by: velmor-year
    facts:
      - id: levier-cible
        statement: Velmor prévoyait un ratio de levier autour de 4,0x au 30 septembre 2024.
        subject: velmor
        quantity: {value: 4.0, unit: fois EBITDA, bound: about}
        as_of: 2024-09
  - id: velmor-year
    title: Résultats annuels de Velmor
    published: 2024-11-20
    facts:
      - id: ca
        statement: Le chiffre d'affaires annuel de Velmor atteint 2,1 milliards d'euros sur l'exercice clos au 30 septembre 2024.
        subject: velmor
        quantity: {value: 2.1e9, unit: EUR}
        as_of: 2024-09
      - id: levier
        statement: Le ratio de levier de Velmor s'établit à 3,8x au 30 septembre 2024, en baisse de 1,6 point.
        subject: velmor
        quantity: {value: 3.8, unit: fois EBITDA, bound: exact}
        as_of: 2024-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # a multiple the claim writes alone, whose closest fact is a forecast of a source a newer one replaced: that
    # forecast confirms nothing more (the ratio reached is the newer report's), nor is "about 4.0x" the 3.8x the
    # newer report's sentence writes (a hedged figure is met only by its own rounding there): it stays unchecked
    ("Norvel's leverage ratio came in at about 4.0x at 30 September.", "en", "unverified"),
    ("Le ratio de levier de Velmor ressort autour de 4,0x au 30 septembre.", "fr", "unverified"),
    # the newer report's own ratio is confirmed
    ("Norvel's leverage ratio stood at 3.8x at 30 September.", "en", "supported"),
    ("Le ratio de levier de Velmor s'établit à 3,8x au 30 septembre.", "fr", "supported"),
])
def test_a_replaced_sources_forecast_confirms_no_multiple(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, LEVERAGE_FORECAST_REPLACED), text, lang)
    assert_verdict(st, want)


RETURN_ON_EQUITY_PARTS = """
version: 1
entities:
  norvel:
    names: [Norvel, Norvel Bank]
  velmor:
    names: [Velmor]
sources:
  - id: norvel-9m
    title: Norvel nine-month results
    published: 2024-10-30
    facts:
      - id: rote-9m
        statement: Norvel's return on tangible equity was 7.4% in the first nine months of 2024.
        subject: norvel
        quantity: {value: 7.4, unit: percent}
        as_of: 2024-09
  - id: norvel-fy
    title: Norvel annual results
    published: 2025-02-06
    facts:
      - id: rote-fy
        statement: Norvel's return on tangible equity was 7.1% in 2024.
        subject: norvel
        quantity: {value: 7.1, unit: percent}
        as_of: 2024
  - id: velmor-9m
    title: Résultats de Velmor sur neuf mois
    published: 2024-10-30
    facts:
      - id: rote-9m
        statement: La rentabilité des fonds propres tangibles de Velmor a été de 7,4 % sur les neuf premiers mois de 2024.
        subject: velmor
        quantity: {value: 7.4, unit: percent}
        as_of: 2024-09
  - id: velmor-fy
    title: Résultats annuels de Velmor
    published: 2025-02-06
    facts:
      - id: rote-fy
        statement: La rentabilité des fonds propres tangibles de Velmor a été de 7,1 % en 2024.
        subject: velmor
        quantity: {value: 7.1, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a return on equity dated by the year alone is the year's: the first nine months' figure, while the list gives
    # the year's otherwise, is of the wrong period (the return on equity a measure noun like the deficit or sales)
    ("Norvel's return on tangible equity came in at 7.4% for 2024.", "en", "contradicted", "period"),
    ("La rentabilité des fonds propres tangibles de Velmor ressort à 7,4 % pour 2024.", "fr", "contradicted", "period"),
    ("Norvel's return on tangible equity came in at 7.1% for 2024.", "en", "supported", "quantity"),
    ("La rentabilité des fonds propres tangibles de Velmor ressort à 7,1 % pour 2024.", "fr", "supported", "quantity"),
])
def test_a_years_return_on_equity_is_not_the_nine_months(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RETURN_ON_EQUITY_PARTS), text, lang), want, rule)


PLAIN_AND_BASIS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-2024
    title: Velmor annual results
    publisher: velmor
    published: 2025-02-20
    facts:
      - id: revenue
        statement: Velmor's revenue rose 4.2% to £3.1bn in 2024.
        subject: velmor
        quantity: {value: 3.1e9, unit: GBP}
        as_of: 2024
      - id: revenue-cc
        statement: At constant currency, Velmor's revenue grew 1.5% in 2024.
        subject: velmor
        quantity: {value: 1.5, unit: percent}
        as_of: 2024
  - id: norvel-2024
    title: Résultats annuels de Norvel
    publisher: norvel
    published: 2025-02-20
    facts:
      - id: ca
        statement: Le chiffre d'affaires de Norvel progresse de 3,6 % en 2024, à 2,4 milliards d'euros.
        subject: norvel
        quantity: {value: 2.4e9, unit: EUR}
        as_of: 2024
      - id: ca-comparable
        statement: À périmètre et change constants, le chiffre d'affaires de Norvel recule de 0,7 % en 2024.
        subject: norvel
        quantity: {value: -0.7, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, supported", [
    # a plain figure of the list, which another fact gives on a basis with a figure of its own, does not confirm the
    # same figure said on that basis (it is the headline, as reported); said plainly, it is confirmed
    ("Velmor's revenue rose 4.2% at constant currency in 2024.", "en", False),
    ("Velmor's revenue rose 4.2% in 2024.", "en", True),
    ("Le chiffre d'affaires de Norvel progresse de 3,6 % à périmètre et change constants en 2024.", "fr", False),
    ("Le chiffre d'affaires de Norvel progresse de 3,6 % en 2024.", "fr", True),
])
def test_a_plain_figure_the_list_tells_from_its_basis(tmp_path_factory, text, lang, supported):
    st = last_statement(checker_for(tmp_path_factory, PLAIN_AND_BASIS), text, lang)
    assert (st.verdict == "supported") == supported, [(c.verdict, c.rules, c.explanation) for c in st.claims]


LEVEL_ON_A_BASIS = """
version: 1
entities:
  dravel: {names: [Dravel]}
sources:
  - id: dravel-2024
    title: Dravel annual results
    publisher: dravel
    published: 2025-02-20
    facts:
      - id: marge
        statement: La marge opérationnelle 2024 de Dravel ressort à 21,4 % en publié et augmente de 60 points de base en organique, à 22,8 %.
        subject: dravel
        quantity: {value: 21.4, unit: percent}
        as_of: 2024
      - id: margin
        statement: Dravel's operating margin was 18.2% in 2024 as reported, up 50 basis points on an organic basis to 19.1%.
        subject: dravel
        quantity: {value: 18.2, unit: percent}
        as_of: 2024
      - id: norland
        statement: Dravel's sales in Norland grew 6% in 2024.
        subject: dravel
        quantity: {value: 6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, supported", [
    # the figure of one basis, said on another, is confirmed by no fact that gives it on its own basis
    ("En 2024, la marge opérationnelle de Dravel s'établit à 21,4 % en organique, mais elle progresse de 60 points de "
     "base en organique.", "fr", False),
    ("En 2024, la marge opérationnelle de Dravel s'établit à 21,4 % en publié.", "fr", True),
    ("In 2024, Dravel's operating margin was 18.2% on an organic basis, up 50 basis points on an organic basis.",
     "en", False),
    ("In 2024, Dravel's operating margin was 18.2% as reported.", "en", True),
])
def test_a_level_said_on_another_basis(tmp_path_factory, text, lang, supported):
    st = last_statement(checker_for(tmp_path_factory, LEVEL_ON_A_BASIS), text, lang)
    assert (st.verdict == "supported") == supported, [(c.verdict, c.rules, c.explanation) for c in st.claims]


DISCOUNTED = """
version: 1
entities:
  korvald: {names: [Korvald]}
sources:
  - id: korvald-2024
    title: Korvald annual results
    publisher: korvald
    published: 2025-02-20
    facts:
      - id: ratio
        statement: Korvald's undiscounted combined ratio was 88% in 2024.
        subject: korvald
        quantity: {value: 88, unit: percent}
        as_of: 2024
      - id: ratio-disc
        statement: Korvald's discounted combined ratio was 84% in 2024.
        subject: korvald
        quantity: {value: 84, unit: percent}
        as_of: 2024
      - id: ratio-fr
        statement: Le ratio combiné non actualisé de Korvald s'établit à 91 % en 2023.
        subject: korvald
        quantity: {value: 91, unit: percent}
        as_of: 2023
      - id: ratio-fr-disc
        statement: Le ratio combiné actualisé de Korvald s'établit à 86 % en 2023.
        subject: korvald
        quantity: {value: 86, unit: percent}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a ratio said discounted is not the undiscounted one (an insurer gives both), nor the reverse
    ("Korvald's results were strong. On a discounted basis, the ratio was 88% in 2024.", "en", "contradicted"),
    ("Korvald's results were strong. On a discounted basis, the ratio was 84% in 2024.", "en", "supported"),
    ("Les résultats de Korvald sont solides. Sur une base actualisée, le ratio atteint 91 % en 2023.", "fr",
     "contradicted"),
    ("Les résultats de Korvald sont solides. Sur une base actualisée, le ratio atteint 86 % en 2023.", "fr",
     "supported"),
])
def test_a_discounted_figure_is_not_the_undiscounted_one(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DISCOUNTED), text, lang), want)


NAMED_PARTS = """
version: 1
entities:
  norvel: {names: [Norvel, groupe Norvel, Norvel group]}
  norvel-plus: {names: [Norvel+]}
sources:
  - id: norvel-2024
    title: Norvel 2024 results
    publisher: norvel
    published: 2025-02-20
    facts:
      - id: group-sales
        statement: Norvel's group sales rose 6% to €4.2 billion in 2024.
        subject: norvel
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2024
      - id: marine-sales
        statement: Sales of Norvel's marine equipment business fell in 2024.
        subject: norvel
        as_of: 2024
      - id: plus-revenue
        statement: La plateforme Norvel+ a réalisé 90 millions d'euros de recettes publicitaires en 2024, en hausse de 31 %.
        subject: norvel-plus
        quantity: {value: 90e6, unit: EUR}
        as_of: 2024
      - id: plus-audience
        statement: The Norvel+ streaming platform drew 12 million monthly users in 2024.
        subject: norvel-plus
        quantity: {value: 12e6, unit: users}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure given to a part the list names elsewhere ("marine equipment"), that the fact agreeing with it gives
    # the group: that part's figure is unchecked, whichever part the group's fact is
    ("Sales in Norvel's marine equipment division rose 6% to €4.2 billion in 2024.", "en", "unverified", "region"),
    ("Les ventes de la division Marine de Norvel ont progressé de 6 %, à 4,2 milliards d'euros en 2024.", "fr",
     "unverified", "region"),
    ("Norvel's group sales rose 6% to €4.2 billion in 2024.", "en", "supported", "quantity"),
    ("Les ventes du groupe Norvel ont progressé de 6 %, à 4,2 milliards d'euros en 2024.", "fr", "supported",
     "quantity"),
])
def test_a_figure_of_a_named_part_is_checked_by_a_fact_naming_that_part(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NAMED_PARTS), text, lang)
    assert_rule(st, want, rule)


DUNMERE_CHARGES = """
version: 1
entities:
  dunmere: {names: [Dunmere]}
sources:
  - id: dunmere-2024
    title: Dunmere 2024 results
    published: 2025-03-05
    facts:
      - id: charge-en
        statement: Dunmere booked a €40m restructuring charge in its Asia division in 2024.
        subject: dunmere
        quantity: {value: 40e6, unit: EUR}
        as_of: 2024
      - id: charge-fr
        statement: Dunmere a passé en 2024 une charge de restructuration de 40 millions d'euros dans sa division Asie.
        subject: dunmere
        quantity: {value: 40e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the claim gives to a part named after it, that the agreeing fact gives to another part it names
    ("In 2024 Dunmere booked a €40m restructuring charge against its Europe division.", "en", "unverified", "region"),
    ("En 2024, Dunmere a passé une charge de restructuration de 40 millions d'euros sur sa division Europe.", "fr",
     "unverified", "region"),
    ("In 2024 Dunmere booked a €40m restructuring charge against its Asia division.", "en", "supported",
     "quantity"),
    ("En 2024, Dunmere a passé une charge de restructuration de 40 millions d'euros sur sa division Asie.", "fr",
     "supported", "quantity"),
])
def test_a_figure_given_to_a_part_after_it_is_not_another_parts(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, DUNMERE_CHARGES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # "Norvel+" is its own entity, not "Norvel" followed by a sign: the group's figure is not the platform's
    ("Les recettes publicitaires du groupe Norvel ont bondi de 31 % en 2024.", "fr", "unverified"),
    ("Les recettes publicitaires de la plateforme Norvel+ ont bondi de 31 % en 2024.", "fr", "supported"),
    ("The Norvel group drew 12 million monthly users in 2024.", "en", "unverified"),
    ("The Norvel+ platform drew 12 million monthly users in 2024.", "en", "supported"),
])
def test_a_name_with_a_sign_glued_to_it_is_its_own_party(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, NAMED_PARTS), text, lang)
    assert_verdict(st, want)


RIVALS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  ostrel: {names: [Ostrel]}
  kestra: {names: [Kestra Securities, Kestra]}
  dorval: {names: [Dorval Bank, Dorval]}
sources:
  - id: results
    title: Norvel and its rival, results 2024
    published: 2025-02-26
    facts:
      - id: norvel-net
        statement: Norvel posted a net profit of €486.3 million in 2024.
        subject: norvel
        quantity: {value: 486300000, unit: EUR, bound: exact}
        as_of: 2024
      - id: kestra-target
        statement: Kestra Securities a abaissé son objectif de cours sur Norvel de 45 euros à 42 euros.
        subject: kestra
        quantity: {value: 42, unit: EUR, bound: exact}
        as_of: 2024-07
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the list gives for one party only, surely that party's (its digits, or a second figure of the same
    # sentence), credited to another party of the list: the wrong party, refuted
    ("Its rival Ostrel posted a net profit of €486.3 million in 2024.", "en", "contradicted", "region"),
    ("Dorval avait alors abaissé son objectif de cours de 45 à 42 euros.", "fr", "contradicted", "region"),
    # controls: the figure credited to its own party
    ("Norvel posted a net profit of €486.3 million in 2024.", "en", "supported", "quantity"),
    ("Kestra avait alors abaissé son objectif de cours de 45 à 42 euros.", "fr", "supported", "quantity"),
])
def test_a_party_s_figure_credited_to_another(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RIVALS), text, lang)
    assert_rule(st, want, rule)
YEAR_END = """
version: 1
entities:
  korland: {names: [Korland, groupe Korland]}
sources:
  - id: korland-2024
    title: Korland results
    publisher: korland
    published: 2025-03-10
    facts:
      - id: nav-september
        statement: Korland's net asset value was 152.4 euros per share at 30 September 2024.
        subject: korland
        quantity: {value: 152.4, unit: EUR per share}
        as_of: 2024-09-30
      - id: nav-december
        statement: Korland's net asset value was 155.1 euros per share at 31 December 2024.
        subject: korland
        quantity: {value: 155.1, unit: EUR per share}
        as_of: 2024-12-31
      - id: levier-septembre
        statement: Au 30 septembre 2024, le levier de Korland était de 2,6 fois l'Ebitda.
        subject: korland
        as_of: 2024-09-30
      - id: levier-decembre
        statement: Au 31 décembre 2024, le levier de Korland était de 2,2 fois l'Ebitda.
        subject: korland
        as_of: 2024-12-31
"""


@pytest.mark.parametrize("text, lang, want", [
    # the end of a year is its last quarter: the figure at 30 September is no year-end figure, written after the
    # figure or in the opening phrase
    ("Korland's net asset value stood at 152.4 euros per share at the end of 2024.", "en", "contradicted"),
    ("Fin 2024, le levier de Korland atteignait 2,6 fois l'Ebitda.", "fr", "contradicted"),
    ("Korland's net asset value stood at 155.1 euros per share at the end of 2024.", "en", "supported"),
    ("Fin 2024, le levier de Korland atteignait 2,2 fois l'Ebitda.", "fr", "supported"),
])
def test_the_end_of_a_year_is_not_september(tmp_path_factory, text, lang, want):
    assert_outcome(last_statement(checker_for(tmp_path_factory, YEAR_END), text, lang), want,
                   "period" if want == "contradicted" else None)


NINE_MONTHS = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-q3
    title: Norvel third quarter 2024
    published: 2024-10-30
    facts:
      - id: nine-months
        statement: Over the first nine months of 2024, Norvel's software licence sales grew 8.7% on an organic basis.
        subject: norvel
        quantity: {value: 8.7, unit: percent}
        as_of: 2024-10
      - id: neuf-mois
        statement: Sur les neuf premiers mois de 2024, les ventes de licences de Norvel ont augmenté de 8,7 % en organique.
        subject: norvel
        quantity: {value: 8.7, unit: percent}
        as_of: 2024-10
      - id: us-q3
        statement: In the third quarter of 2024, Norvel's sales in the United States grew 3.0% on an organic basis.
        subject: norvel
        quantity: {value: 3.0, unit: percent}
        as_of: 2024-Q3
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure of the quarter its opening phrase names is not the one of the nine months from the year's start
    # that the source gives (« Au troisième trimestre … 8,7 % » against « Sur les neuf premiers mois … 8,7 % »)
    ("In the third quarter, Norvel's software licence sales grew 8.7% on an organic basis.", "en", "contradicted"),
    ("Au troisième trimestre, les ventes de licences de Norvel ont augmenté de 8,7 % en organique.", "fr",
     "contradicted"),
    ("Over the first nine months, Norvel's software licence sales grew 8.7% on an organic basis.", "en", "supported"),
    ("Sur les neuf premiers mois, les ventes de licences de Norvel ont augmenté de 8,7 % en organique.", "fr",
     "supported"),
])
def test_a_quarters_figure_is_not_the_nine_months(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NINE_MONTHS), text, lang), want)


SPLIT_YEARS = """
version: 1
sources:
  - id: quelvane-fy2025
    publisher: Quelvane
    title: Quelvane full-year results, fiscal 2025
    url: https://example.org/quelvane-fy2025
    published: 2025-05-21
    facts:
      - id: revenue
        statement: "Quelvane's revenue was €412 million in fiscal 2025, the year ended 31 March 2025."
        as_of: 2025-03
        quantity: {value: 412000000, unit: EUR}
  - id: marvoise-2024
    publisher: Marvoise
    title: Résultats annuels de Marvoise, exercice 2024
    url: https://example.org/marvoise-2024
    published: 2024-11-28
    facts:
      - id: ca
        statement: "Le chiffre d'affaires de Marvoise a atteint 318 millions d'euros sur l'exercice 2024, clos le 30 septembre 2024."
        as_of: 2024-09
        quantity: {value: 318000000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a split year ("2024-25", « 2023-2024 ») ends in its later year, the one a source may date the financial year by
    ("Quelvane's revenue was €412 million in its 2024-25 financial year.", "en", "supported", "quantity"),
    ("Le chiffre d'affaires de Marvoise a atteint 318 millions d'euros sur l'exercice 2023-2024.", "fr", "supported",
     "quantity"),
    ("Quelvane's revenue was €412 million in its 2022-23 financial year.", "en", "contradicted", "date"),
    ("Le chiffre d'affaires de Marvoise a atteint 318 millions d'euros sur l'exercice 2021-2022.", "fr", "contradicted",
     "date"),
    # the same of a claim of no figure, against the year of the fact's clause
    ("Quelvane published the accounts of its 2024-25 financial year on Wednesday.", "en", "supported", "date"),
    ("Les comptes annuels de Marvoise pour l'exercice 2023-2024 sont parus mardi.", "fr", "supported", "date"),
    ("Les comptes annuels de Marvoise pour l'exercice 2021-2022 sont parus mardi.", "fr", "contradicted",
     "date"),
])
def test_a_split_year_ends_in_its_later_year(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, SPLIT_YEARS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated bound ("at least €900 million") in an article on a year: a figure of that year past it, of another
    # measure, does not make it the year's figure; the later fact that gives it, a cap, refutes its bound
    ("Tavrel a publié ses comptes 2024. Tavrel lance aussi un programme de rachat d'actions d'au moins 900 millions "
     "d'euros.", "fr", "contradicted", "quantity-bound"),
    ("Tavrel published its 2024 accounts. Tavrel is also launching a share buyback of at least €900 million.", "en",
     "contradicted", "quantity-bound"),
    ("Tavrel published its 2024 accounts. Tavrel is also launching a share buyback of up to €900 million.", "en",
     "supported", "quantity"),
])
def test_an_undated_bound_is_not_the_running_years_by_a_figure_past_it(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  tavrel: {names: [Tavrel]}
sources:
  - id: tavrel-2024
    title: Tavrel annual results 2024
    published: 2025-03-04
    facts:
      - id: revenue-fr
        statement: Le chiffre d'affaires de Tavrel s'élève à 1,1 milliard d'euros en 2024.
        subject: tavrel
        quantity: {value: 1.1e9, unit: EUR}
        as_of: 2024
      - id: revenue-en
        statement: Tavrel's revenue was 1.1 billion euros in 2024.
        subject: tavrel
        quantity: {value: 1.1e9, unit: EUR}
        as_of: 2024
      - id: buyback-fr
        statement: Tavrel lance un programme de rachat d'actions d'un montant maximal de 900 millions d'euros.
        subject: tavrel
        quantity: {value: 900e6, unit: EUR, bound: at-most}
        as_of: 2025-03
      - id: buyback-en
        statement: Tavrel is launching a share buyback of up to 900 million euros.
        subject: tavrel
        quantity: {value: 900e6, unit: EUR, bound: at-most}
        as_of: 2025-03
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


SUBSET_OF_A_MEASURE = """
version: 1
entities:
  norlande: {names: [Norlande]}
  velmor: {names: [Velmor]}
sources:
  - id: dairy-2025
    title: Norlande dairy statistics 2025
    published: 2026-02-12
    facts:
      - id: collection
        statement: Milk collection in Norlande reached 4.2 billion litres in 2025.
        subject: norlande
        quantity: {value: 4.2e9, unit: l}
        as_of: 2025
      - id: organic
        statement: Organic milk collection in Norlande reached 310 million litres in 2025.
        subject: norlande
        quantity: {value: 310e6, unit: l}
        as_of: 2025
      - id: collecte
        statement: En 2025, la collecte de lait de Norlande a atteint 4,2 millions de tonnes.
        subject: norlande
        quantity: {value: 4.2e6, unit: t}
        as_of: 2025
      - id: collecte-bio
        statement: En 2025, la collecte de lait bio de Norlande a atteint 310 000 tonnes.
        subject: norlande
        quantity: {value: 310000, unit: t}
        as_of: 2025
      - id: sales
        statement: Les ventes de Velmor ont progressé de 4,3 % en 2025.
        subject: velmor
        quantity: {value: 4.3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure said of a subset of what the measure counts ("organic", « bio ») that a fact gives without it: the
    # whole's, refuted by the subset's own figure
    ("Organic milk collection in Norlande reached 4.2 billion litres in 2025.", "en", "contradicted", None),
    ("En 2025, la collecte de lait bio a atteint 4,2 millions de tonnes en Norlande.", "fr", "contradicted", "region"),
    # controls: the whole's figure said of the whole, the subset's of the subset, a subset word that describes the
    # party when the list gives the subset no figure ("its online arm")
    ("Milk collection in Norlande reached 4.2 billion litres in 2025.", "en", "supported", "quantity"),
    ("Velmor, the online retailer, said its sales rose 4.3% in 2025.", "en", "supported", "quantity"),
    ("Le distributeur en ligne Velmor a vu ses ventes progresser de 4,3 % en 2025.", "fr", "supported", "quantity"),
    ("En 2025, la collecte de lait bio a atteint 310 000 tonnes en Norlande.", "fr", "supported", "quantity"),
    ("Velmor's sales rose 4.3% in 2025.", "en", "supported", "quantity"),
])
def test_a_subsets_figure_is_not_the_wholes(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SUBSET_OF_A_MEASURE), text, lang), want, rule)


OTHER_PRODUCTS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  orla: {names: [Orla]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    published: 2026-02-12
    facts:
      - id: others
        statement: Sales of all Velmor products other than Orla grew 12.4% in 2025.
        subject: velmor
        quantity: {value: 12.4, unit: percent}
        as_of: 2025
      - id: group
        statement: Velmor's sales grew 6.1% in 2025.
        subject: velmor
        quantity: {value: 6.1, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a part the claim sets apart ("other", « autres ») is not the whole, whatever word of the whole it writes
    ("In 2025, sales of all the group's other products grew 12.4%.", "en", "supported"),
    ("En 2025, les ventes des autres produits du groupe ont progressé de 12,4 %.", "fr", "supported"),
    ("In 2025, the group's sales grew 12.4%.", "en", "contradicted"),
])
def test_a_part_set_apart_is_not_the_whole(tmp_path_factory, text, lang, want):
    assert_outcome(last_statement(checker_for(tmp_path_factory, OTHER_PRODUCTS), text, lang), want)


DIVISIONS = """
version: 1
entities:
  korvane: {names: [Korvane, Korvane Group]}
  ostrel: {names: [Ostrel]}
sources:
  - id: korvane-2025
    title: Korvane full-year results 2025
    publisher: Korvane
    url: https://example.org/korvane-2025
    published: 2026-03-04
    facts:
      - id: marine
        statement: Marine Systems profit from operations rose 12% to £64 million in 2025, from £57 million.
        quantity: {value: 64e6, unit: GBP}
        as_of: 2025
      - id: ostrel-ebitda
        statement: L'EBITDA d'Ostrel s'établit à -21 millions d'euros pour l'exercice 2025.
        subject: ostrel
        quantity: {value: -21e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a division's figure, by its own name in the fact, said of the whole group in the claim's subject or opening
    ("The group as a whole did well, with profit from operations up 12% to £64 million in 2025.", "en", "unverified"),
    ("Across the group, profit from operations rose 12% to £64 million in 2025.", "en", "unverified"),
    ("Marine Systems did well, with profit from operations up 12% to £64 million in 2025.", "en", "supported"),
    # the fact's declared subject a unit of the group the claim names
    ("En 2025, l'EBITDA du groupe Korvane est ressorti négatif, à -21 millions d'euros.", "fr", "unverified"),
    ("En 2025, l'EBITDA d'Ostrel est ressorti négatif, à -21 millions d'euros.", "fr", "supported"),
])
def test_a_divisions_figure_is_not_the_groups(tmp_path_factory, text, lang, want):
    assert_outcome(last_statement(checker_for(tmp_path_factory, DIVISIONS), text, lang), want)


HALF_AND_YEAR = """
version: 1
entities:
  tavish: {names: [Tavish]}
sources:
  - id: tavish-2025
    title: Tavish plc annual results 2025
    published: 2026-03-10
    facts:
      - id: pbt-2025
        statement: Tavish's statutory profit before tax rose to £84.2 million in 2025 from £61.7 million in 2024.
        subject: tavish
        quantity: {value: 84200000, unit: GBP}
        as_of: 2025
  - id: tavish-h1-2025
    title: Tavish plc half-year results 2025
    published: 2025-08-05
    facts:
      - id: h1-pbt
        statement: Tavish's statutory profit before tax for the first half of 2025 rose 12% to £31.6 million.
        subject: tavish
        quantity: {value: 31600000, unit: GBP}
        as_of: 2025-06
  - id: tavish-h1-2026
    title: Tavish plc half-year results 2026
    published: 2026-08-04
    facts:
      - id: adjusted-pbt-2025
        statement: Tavish recorded adjusted profit before tax of £97.5 million in 2025.
        subject: tavish
        quantity: {value: 97500000, unit: GBP}
        as_of: 2025
      - id: h1-doors
        statement: Adjusted operating profit of Tavish's doors division rose 4% to £9.3 million in the first half of 2026.
        subject: tavish
        quantity: {value: 9300000, unit: GBP}
        as_of: 2026-06
      - id: h1-windows
        statement: Adjusted operating profit of Tavish's windows division fell 8% to £14.1 million in the first half of 2026.
        subject: tavish
        quantity: {value: 14100000, unit: GBP}
        as_of: 2026-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated figure said of a half is not confirmed by the fact of a whole year, dated by its year alone, even
    # when the latest half the list gives measures another thing
    ("Statutory profit before tax in the first half rose to £84.2 million.", "en", "contradicted", "period"),
    ("Tavish's statutory profit before tax in the first half nonetheless rose to £84.2 million from £61.7 million.",
     "en", "mixed", "period"),
    ("Statutory profit before tax in the first half rose to £31.6 million.", "en", "supported", "quantity"),
])
def test_a_half_s_figure_is_not_the_year_s_when_the_latest_half_measures_another_thing(tmp_path_factory, text, lang,
                                                                                        want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, HALF_AND_YEAR), text, lang), want, rule)


HALF_UNNUMBERED = """
version: 1
sources:
  - id: corbel-fy25
    title: Corbel plc results for the year to 31 March 2025
    published: 2025-06-03
    facts:
      - id: op-profit
        statement: Corbel's operating profit rose 9% to £118m in FY25, from £108m.
        quantity: {value: 118000000, unit: GBP}
        as_of: 2025-03
  - id: corbel-h1
    title: Corbel plc interim results
    published: 2024-11-14
    facts:
      - id: h1-op-profit
        statement: Corbel's operating profit for the first half of its financial year rose 4% to £52m.
        quantity: {value: 52000000, unit: GBP}
        as_of: 2024-09
"""

SEMESTRE_SANS_NUMERO = """
version: 1
sources:
  - id: corbel-2025
    title: Corbel, résultats de l'exercice clos le 31 mars 2025
    published: 2025-06-03
    facts:
      - id: resultat
        statement: Le résultat opérationnel de Corbel a progressé de 9 %, à 118 millions d'euros, sur l'exercice 2024-2025.
        quantity: {value: 118000000, unit: EUR}
        as_of: 2025-03
  - id: corbel-s1
    title: Corbel, résultats semestriels
    published: 2024-11-14
    facts:
      - id: resultat-s1
        statement: Au premier semestre de l'exercice, le résultat opérationnel de Corbel a progressé de 4 %, à 52 millions d'euros.
        quantity: {value: 52000000, unit: EUR}
        as_of: 2024-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a half named without its number is a half, whichever: the year's figure, dated to the month that ends it, is
    # not its figure, and the half's is
    ("Corbel's operating profit for the half was £118m.", "en", "contradicted", "period"),
    ("Corbel's operating profit for the half rose 4% to £52m.", "en", "supported", "quantity"),
    ("Sur le semestre, le résultat opérationnel de Corbel s'est établi à 118 millions d'euros.", "fr", "contradicted",
     "period"),
    ("Sur le semestre, le résultat opérationnel de Corbel a progressé de 4 %, à 52 millions d'euros.", "fr",
     "supported", "quantity"),
])
def test_a_half_said_without_its_number_is_a_half(tmp_path_factory, text, lang, want, rule):
    listed = HALF_UNNUMBERED if lang == "en" else SEMESTRE_SANS_NUMERO
    assert_outcome(last_statement(checker_for(tmp_path_factory, listed), text, lang), want, rule)


WORLD_REGIONS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-fy
    title: Velmor annual results 2024
    published: 2025-03-04
    facts:
      - id: central
        statement: Velmor's sales in Central Europe fell 8.4% in 2024.
        subject: velmor
        quantity: {value: -8.4, unit: percent}
        as_of: 2024
      - id: eastern
        statement: Velmor's sales in Eastern Europe fell 12.7% in 2024.
        subject: velmor
        quantity: {value: -12.7, unit: percent}
        as_of: 2024
      - id: north
        statement: Velmor's sales in North America rose 4.1% in 2024.
        subject: velmor
        quantity: {value: 4.1, unit: percent}
        as_of: 2024
      - id: latin
        statement: Velmor's sales in Latin America rose 7.3% in 2024.
        subject: velmor
        quantity: {value: 7.3, unit: percent}
        as_of: 2024
      - id: latin-revenue
        statement: Latin America revenue fell to 812 million US dollars in 2024 from 845 million a year earlier.
        subject: velmor
        quantity: {value: 812e6, unit: USD}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a world region written in either language is one place (« Europe centrale », "Central Europe": places.yaml), and
    # two regions of one continent stay two: the other region's figure is a wrong place, not the claim's
    ("En Europe centrale, les ventes de Velmor ont reculé de 8,4 % en 2024.", "fr", "supported"),
    ("En Europe centrale, les ventes de Velmor ont reculé de 12,7 % en 2024.", "fr", "contradicted"),
    ("Velmor's sales in Central Europe fell 12.7% in 2024.", "en", "contradicted"),
    ("En Amérique du Nord, les ventes de Velmor ont progressé de 4,1 % en 2024.", "fr", "supported"),
    ("En Amérique du Nord, les ventes de Velmor ont progressé de 7,3 % en 2024.", "fr", "contradicted"),
    ("Velmor's sales in North America rose 7.3% in 2024.", "en", "contradicted"),
    # a place inside an amount of money names its currency ("US dollars"), not the amount's place
    ("Latin America was Velmor's weak spot in 2024, with revenue slipping to about $0.81bn from $0.85bn.", "en",
     "supported"),
    ("L'Amérique latine a pesé sur Velmor en 2024, son chiffre d'affaires y reculant à environ 812 millions de dollars, "
     "contre 845 millions.", "fr", "supported"),
])
def test_two_regions_of_one_continent_are_two_places(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, WORLD_REGIONS), text, lang), want)


CONTINENTS = """
version: 1
entities:
  brevane: {names: [Brevane]}
sources:
  - id: brevane-fy
    title: Brevane annual results 2024
    published: 2025-03-11
    facts:
      - id: africa
        statement: Brevane's sales in Africa grew 9.2% in 2024.
        subject: brevane
        quantity: {value: 9.2, unit: percent}
        as_of: 2024
      - id: oceania
        statement: Brevane's sales in Oceania grew 5.6% in 2024.
        subject: brevane
        quantity: {value: 5.6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a continent's name after an elided article (« l'Afrique ») writes a whole as « Afrique » does: two continents
    # of one clause, each with its figure, are not one said of a part of the other; and a continent is one place in
    # either language (« Océanie », "Oceania": places.yaml)
    ("L'Afrique progresse de 9,2 % et l'Océanie de 5,6 %.", "fr", "supported", "quantity"),
    ("Africa grew 9.2% and Oceania 5.6%.", "en", "supported", "quantity"),
    # control: the two figures swapped
    ("L'Afrique progresse de 5,6 % et l'Océanie de 9,2 %.", "fr", "contradicted", "region"),
    # the second figure's place is the name written since the first figure (« celles de l'Océanie »), not the
    # phrase that places the first (« en Afrique »)
    ("Les ventes en Afrique progressent de 9,2 % et celles de l'Océanie de 5,6 %.", "fr", "supported", "quantity"),
    ("Sales in Africa grew 9.2% and those of Oceania 5.6%.", "en", "supported", "quantity"),
    # (a name after the first figure, in its clause, is that figure's, not the next one's)
    ("Les distributeurs européens voient leurs ventes progresser de 9,2 % pour l'Afrique et de 5,6 % pour l'Océanie.",
     "fr", "supported", "quantity"),
])
def test_two_continents_of_one_clause_each_with_its_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, CONTINENTS), text, lang), want, rule)

EARLIER_YEAR_LEVEL = """
version: 1
entities:
  tessaly: {names: [Tessaly]}
sources:
  - id: tessaly-2025
    title: Tessaly full-year results 2025
    published: 2026-02-17
    facts:
      - id: revenue-2025
        statement: Tessaly's revenue for 2025 was €1,482.6 million, up 8.3% from €1,369.0 million in 2024.
        subject: tessaly
        quantity: {value: 1482.6e6, unit: EUR}
        as_of: 2025
      - id: margin
        statement: Tessaly's operating margin was 7.9% in 2025.
        subject: tessaly
        quantity: {value: 7.9, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level the claim dates to a year, which the source gives with that year as the starting level of the later
    # year's figure: that year's level (rule quantity)
    ("En 2024, le chiffre d'affaires de Tessaly s'élevait à 1 369,0 millions d'euros.", "fr", "supported"),
    ("In 2024, Tessaly's revenue was €1,369.0 million.", "en", "supported"),
    # controls: said of the later year, of another place, or another figure
    ("En 2025, le chiffre d'affaires de Tessaly s'élevait à 1 369,0 millions d'euros.", "fr", "unverified"),
    ("In 2024, Tessaly's revenue in Spain was €1,369.0 million.", "en", "unverified"),
    ("In 2024, Tessaly's revenue was €1,396.0 million.", "en", "unverified"),
])
def test_a_year_s_level_given_as_the_start_of_a_later_one(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, EARLIER_YEAR_LEVEL), text, lang)
    assert_outcome(st, want, "quantity" if want == "supported" else None)

FRAMED_YEAR = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: results
    title: Velmor annual results
    published: 2025-03-04
    facts:
      - id: cash-2023
        statement: Velmor's net cash was £80.4 million at the end of 2023.
        subject: velmor
        quantity: {value: 80400000, unit: GBP}
        as_of: 2023-12
      - id: cash-2024
        statement: Velmor's net cash was £71.9 million at the end of 2024.
        subject: velmor
        quantity: {value: 71900000, unit: GBP}
        as_of: 2024-12
      - id: revenue-2023
        statement: Velmor's revenue was £412.0 million in 2023.
        subject: velmor
        quantity: {value: 412000000, unit: GBP}
        as_of: 2023
      - id: revenue-2024
        statement: Velmor's revenue was £436.5 million in 2024.
        subject: velmor
        quantity: {value: 436500000, unit: GBP}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want, rule", [
    # a year alone opening the frame of a report ("For 2023, the group had reported …") is the period of what it
    # reports, not the year of the sentence before (French reads « Pour 2023, le groupe avait publié … » as one clause)
    ("Velmor's sales rose in 2024. For 2023, the group had reported net cash of £80.4m.",
     "supported", "quantity"),
    ("Velmor's sales rose in 2024. In 2023, the group had reported net cash of £80.4m.",
     "supported", "quantity"),
    # control: the other year's figure, or a month that dates the report
    ("Velmor's sales rose in 2023. For 2024, the group had reported net cash of £80.4m.",
     "contradicted", "period"),
    ("Velmor's sales rose in 2024. In March 2024, the group had reported net cash of £80.4m.",
     "contradicted", "period"),
])
def test_a_year_opening_a_frame_dates_what_it_reports(tmp_path_factory, text, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FRAMED_YEAR), text, "en"), want, rule)


@pytest.mark.parametrize("text, want, rule", [
    # the one year alone of a frame ("Its accounts for 2023 showed …") is the period the statements after it speak of
    ("Velmor's sales rose in 2024. Its accounts for 2023 showed revenue of £412.0m. Net cash stood at £80.4m.",
     "supported", "quantity"),
    # control: the other year
    ("Velmor's sales rose in 2023. Its accounts for 2024 showed revenue of £436.5m. Net cash stood at £80.4m.",
     "contradicted", "period"),
])
def test_the_year_of_a_frame_is_the_period_spoken_of(tmp_path_factory, text, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FRAMED_YEAR), text, "en"), want, rule)


# (the same list, its publisher named: a frame's speaker is checked against it)
FRAMED_YEAR_END = FRAMED_YEAR.replace("    published: 2025-03-04", "    publisher: velmor\n    published: 2025-03-04")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a frame's opening phrase naming twelve months to a date, however long, is the period of all that follows ("In its
    # results for the year to …, the group reported"); it names no speaker
    ("Velmor's sales rose in 2024. In its results for the year to 31 December 2023, the group reported revenue of "
     "£412.0m.", "en", "supported", "quantity"),
    # control: another year's figure in a frame
    ("Velmor's sales rose in 2023. In its results for the year to 31 December 2024, the group reported revenue of "
     "£412.0m.", "en", "contradicted", "period"),
])
def test_twelve_months_to_a_date_in_a_frame_date_what_follows(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FRAMED_YEAR_END), text, lang), want, rule)


DIVISION_BOOKS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: results
    title: Velmor annual results 2025
    published: 2026-02-20
    facts:
      - id: ob-housing
        statement: The Housing secured order book rose 41% to £4.2bn at the end of 2025, from £3.0bn.
        subject: velmor
        quantity: {value: 4200000000, unit: GBP}
        as_of: 2025-12
"""


@pytest.mark.parametrize("text, want", [
    # a name opening the sentence in the possessive ("Aviation's order book") is the part the figure is of, which no
    # fact names: not the figure of another part
    ("Velmor's order book grew in 2025. Aviation's order book rose 9% to £1.31bn.", "unverified"),
    # control: the part the fact names
    ("Velmor's order book grew in 2025. Housing's order book rose 41% to £4.2bn.", "supported"),
    ("Velmor's order book grew in 2025. Housing's order book rose 41% to £4.5bn.", "contradicted"),
])
def test_a_possessive_name_opening_the_sentence_is_the_figures_part(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DIVISION_BOOKS), text, "en"), want)


PART_AFTER_THE_WHOLE = """
version: 1
entities:
  dorvane: {names: [Dorvane]}
sources:
  - id: dorvane-2025
    title: Dorvane, résultats annuels 2025
    published: 2026-03-05
    facts:
      - id: revenue
        statement: Le chiffre d'affaires consolidé de Dorvane s'est établi à 807 millions d'euros en 2025.
        subject: dorvane
        quantity: {value: 8.07e8, unit: EUR}
        as_of: 2025
      - id: marine
        statement: Les ventes du pôle Nautisme de Dorvane ont reculé de 4,7 % en 2025.
        subject: dorvane
        quantity: {value: -4.7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « Cela » stands for the statement before, the whole's revenue: the part's fall does not confirm it
    ("Dorvane a publié ses comptes 2025. Le chiffre d'affaires consolidé s'établit à 807 millions d'euros. "
     "Cela représente un recul de 4,7 %.", "fr", "unverified", "region"),
    # controls: the statement before names the part, or the pronoun may stand for it
    ("Dorvane a publié ses comptes 2025. Le pôle Nautisme a souffert du marché. Cela représente un recul de 4,7 %.",
     "fr", "supported", "quantity"),
    ("Dorvane a publié ses comptes 2025. Le pôle Nautisme a souffert du marché. Il a reculé de 4,7 %.",
     "fr", "supported", "quantity"),
])
def test_a_figure_pointing_back_to_the_whole_is_not_a_parts(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, PART_AFTER_THE_WHOLE), text, lang), want, rule)


PLACE_BESIDE_THE_BRAND = """
version: 1
entities:
  dorvane: {names: [Dorvane]}
sources:
  - id: dorvane-2025
    title: Dorvane, résultats annuels 2025
    published: 2026-03-05
    facts:
      - id: brand
        statement: Le chiffre d'affaires de Dorvane progresse de 5 % en 2025, porté par le dynamisme de l'activité en Espagne (+15,7 %).
        subject: dorvane
        quantity: {value: 5, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « où » opens a clause of the place just before it: Spain's rise is not Italy's
    ("Dorvane a publié ses comptes 2025. Cette croissance doit beaucoup à l'Italie, où l'activité a bondi de 15,7 %.",
     "fr", "unverified", "region"),
    # control: the place the fact gives it to
    ("Dorvane a publié ses comptes 2025. Cette croissance doit beaucoup à l'Espagne, où l'activité a bondi de 15,7 %.",
     "fr", "supported", "quantity"),
])
def test_a_relative_clause_of_place_is_its_antecedents(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, PLACE_BESIDE_THE_BRAND), text, lang), want, rule)
