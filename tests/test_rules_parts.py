"""Rule tests (split from test_fact_slots.py): changes and directions, mixed statements judged part by part,
revisions, forecasts and outdated figures."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, assert_rule, assert_verdict, checker_for, last_statement


DERIVED_MEASURES = """
version: 1
entities:
  halvard: {names: [Halvard]}
sources:
  - id: halvard
    title: Halvard annual and quarterly results
    published: 2025-02-06
    facts:
      - id: operating-income-2024
        statement: Halvard's operating income for 2024 was €840 million.
        subject: halvard
        quantity: {value: 840e6, unit: EUR}
        as_of: 2024
      - id: operating-income-q4-2023
        statement: Halvard's operating income was €60 million in the fourth quarter of 2023.
        subject: halvard
        quantity: {value: 60e6, unit: EUR}
        as_of: 2023-Q4
      - id: revenue-2024
        statement: Halvard's revenue for 2024 was €9.6 billion.
        subject: halvard
        quantity: {value: 9.6e9, unit: EUR}
        as_of: 2024
      - id: revenue-2023
        statement: Halvard's revenue for 2023 was €8.0 billion.
        subject: halvard
        quantity: {value: 8.0e9, unit: EUR}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change is computed from two figures of the measure the claim names and of periods of one length: not a
    # share price's from a year's and a quarter's operating income, nor « le cours » from them
    ("Halvard's shares jumped more than 20% after the results.", "en", "unverified"),
    ("L'action Halvard a bondi de plus de 20 % après les résultats.", "fr", "unverified"),
    ("Halvard's revenue rose 20% in 2024.", "en", "supported"),
])
def test_a_change_is_derived_from_figures_of_the_measure_it_names(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, DERIVED_MEASURES), text, lang)
    assert_verdict(st, want)



@pytest.mark.parametrize("text, lang, want", [
    ("Le nombre de fermetures de guichets a reculé l'an dernier, à 48.", "fr", "contradicted"),
    ("Le nombre de fermetures de guichets a augmenté l'an dernier, à 48.", "fr", "supported"),
    ("Branch closures fell last year, to 48.", "en", "contradicted"),
])
def test_a_fact_giving_both_ends_of_a_move_gives_its_direction(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: banks
    title: Réseau bancaire 2024
    published: 2025-02-10
    facts:
      - id: fr
        statement: Le nombre de fermetures de guichets est passé de 41 en 2023 à 48 en 2024.
        as_of: 2024
      - id: en
        statement: Branch closures went from 41 in 2023 to 48 in 2024.
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


def test_the_direction_next_to_a_figure_beats_one_further_away(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: cpi
    title: Consumer prices, September
    published: 2025-10-15
    facts:
      - id: fuel
        statement: The fuel index rose 3.7 % in September 2025 and was the largest factor in the monthly increase.
        quantity: {value: 3.7, unit: percent}
        as_of: 2025-09
"""
    st = last_statement(checker_for(tmp_path_factory, listing),
                        "In September, the monthly rise had come despite a 3.7% drop in fuel prices.", "en")
    assert_verdict(st, "contradicted")


def test_a_change_is_not_derived_from_levels_of_another_measure(tmp_path_factory):
    """« en euros constants » (real terms): the change is not computed from two current-euro levels."""
    listing = """
version: 1
sources:
  - id: niveaux
    title: Niveaux de vie 2023
    published: 2025-07-01
    facts:
      - id: seuil-2023
        statement: En 2023, le seuil de pauvreté est de 1 300 euros par mois.
        quantity: {value: 1300, unit: EUR per month}
        as_of: 2023
      - id: seuil-2022
        statement: En 2022, le seuil de pauvreté était de 1 227 euros par mois.
        quantity: {value: 1227, unit: EUR per month}
        as_of: 2022
"""
    st = last_statement(checker_for(tmp_path_factory, listing),
                        "Le seuil de pauvreté a progressé de 5,9 % en euros constants en 2023.", "fr")
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang, want", [
    # the revised 5.8 % only by rounding, the superseded 6 % exactly: the article took the old figure
    ("Le déficit public a atteint 6 % du PIB en 2024.", "fr", "outdated"),
    ("Le déficit public a atteint 5,8 % du PIB en 2024.", "fr", "supported"),
    ("The public deficit reached about 6% of GDP in 2024.", "en", "supported"),
])
def test_a_figure_exactly_the_superseded_one_is_outdated(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: early
    title: Budget estimate, February 2025
    published: 2025-02-10
    superseded_by: accounts
    facts:
      - id: deficit
        statement: Le déficit public de la France a atteint 6 % du PIB en 2024.
        quantity: {value: 6, unit: percent}
        as_of: 2024
  - id: accounts
    title: National accounts 2024
    published: 2025-03-26
    facts:
      - id: deficit
        statement: Le déficit public de la France s'est établi à 5,8 % du PIB en 2024.
        quantity: {value: 5.8, unit: percent}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a starting level is the starting level a fact of the topic gives, whatever fact its year points to
    ("L'intensité de la pauvreté a en revanche reculé, à 21,3 % contre 21,7 % en 2022.", "fr", "supported"),
    ("L'intensité de la pauvreté a en revanche reculé, à 21,3 % contre 21,9 % en 2022.", "fr", "mixed"),
    ("The poverty gap, by contrast, narrowed to 21.3%, compared with 21.7% in 2022.", "en", "supported"),
])
def test_a_starting_level_is_the_one_a_fact_gives(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: poverty
    title: Les niveaux de vie en 2023
    published: 2025-06-30
    facts:
      - id: intensity
        statement: L'intensité de la pauvreté recule en 2023, à 21,3 % après 21,7 % en 2022.
        quantity: {value: 21.3, unit: percent}
        as_of: 2023
      - id: rate-2022
        statement: Le taux de pauvreté était de 13,9 % en 2022.
        quantity: {value: 13.9, unit: percent}
        as_of: 2022
      - id: intensity-en
        statement: The poverty gap narrowed in 2023, to 21.3 % from 21.7 % in 2022.
        quantity: {value: 21.3, unit: percent}
        as_of: 2023
      - id: rate-2022-en
        statement: The poverty rate was 13.9 % in 2022.
        quantity: {value: 13.9, unit: percent}
        as_of: 2022
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, "quantity")


LEVELS = """
version: 1
sources:
  - id: parole
    title: Parole rules 2025
    published: 2025-02-01
    facts:
      - id: share-served
        statement: Since January 2025 inmates may leave after serving 60% of their term instead of the usual 75%.
        quantity: {value: 60, unit: percent}
        as_of: 2025-01
      - id: part-payee
        statement: Depuis janvier 2025, les locataires paient 30 % du loyer au lieu des 50 % habituels.
        quantity: {value: 30, unit: percent}
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact's figure is a level reached from a starting level: a change "by" that figure is wrong …
    ("The reform cut the time inmates serve by 60 per cent.", "en", "contradicted", "direction"),
    ("Avec la réforme, la part du loyer payée par les locataires a baissé de 30 %.", "fr", "contradicted", "direction"),
    # … the level itself, or the change it makes (15 points, 20 %), is right
    ("Inmates now leave after serving 60% of their term.", "en", "supported", "quantity"),
    ("Les locataires paient désormais 30 % du loyer.", "fr", "supported", "quantity"),
])
def test_a_change_by_a_figure_the_source_gives_as_a_level(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, LEVELS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fall, a loss, a shortfall or an outflow the claim names before its figure is the source's negative figure
    ("Sweden recorded the steepest contraction in the region, at 2.4%.", "en", "supported", "quantity"),
    ("Les ventes de la marque ont fondu de 21 % sur l'année.", "fr", "supported", "quantity"),
    ("Le fonds a subi une décollecte nette de 1,5 milliard d'euros en 2024.", "fr", "supported", "quantity"),
    ("The fund suffered a net outflow of 1.5 billion euros in 2024.", "en", "supported", "quantity"),
    ("Les ventes de la marque ont bondi de 21 % sur l'année.", "fr", "contradicted", "direction"),
])
def test_a_fall_named_before_its_figure(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: stats
    title: Regional output and brand sales
    published: 2025-02-14
    facts:
      - id: sweden
        statement: Sweden's output shrank the most in the region in 2024, at -2.4 %.
        quantity: {value: -2.4, unit: percent}
        as_of: 2024
      - id: brand
        statement: Les ventes de la marque ont reculé de 21 % en 2024.
        quantity: {value: -21, unit: percent}
        as_of: 2024
      - id: fund
        statement: Le fonds affiche un solde net de -1,5 milliard d'euros en 2024.
        quantity: {value: -1500000000, unit: EUR}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a result said negative by that much (« négatif de 7 millions », "negative at £7m") is the source's negative figure
    ("En 2022, le résultat opérationnel de Pelvane était négatif d'environ 7 millions d'euros.", "fr", "supported", "quantity"),
    ("In 2022, Harwick's operating profit was negative at about £7m.", "en", "supported", "quantity"),
    ("En 2022, le résultat opérationnel de Pelvane était positif d'environ 7 millions d'euros.", "fr", "contradicted", "quantity"),
    ("In 2022, Harwick's operating profit was positive at about £7m.", "en", "contradicted", "quantity"),
])
def test_a_result_said_negative_by_its_size(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: results
    title: Résultats 2023 de Pelvane et Harwick
    published: 2024-03-12
    facts:
      - id: pelvane
        statement: Le résultat opérationnel de Pelvane était négatif de 7 M€ en 2022.
        quantity: {value: -7000000, unit: EUR}
        as_of: 2022
      - id: harwick
        statement: Harwick's operating profit was a negative £7m in 2022.
        quantity: {value: -7000000, unit: GBP}
        as_of: 2022
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a difference the fact gives the other way is never confirmed by the words in common
    ("En 2024, le taux d'emploi des jeunes diplômés atteint 61,2 %. C'est 4,3 points de moins qu'en 2023.", "fr",
     "contradicted", "direction"),
    ("En 2024, le taux d'emploi des jeunes diplômés atteint 61,2 %. C'est 4,3 points de plus qu'en 2023.", "fr",
     "supported", "quantity-alongside"),
    ("In 2024 the employment rate of young graduates reached 61.2%. That is 4.3 points less than in 2023.", "en",
     "contradicted", "direction"),
])
def test_a_difference_the_other_way_is_not_confirmed_by_shared_words(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: stats
    title: Enquête sur l'emploi des jeunes 2024
    published: 2025-03-10
    facts:
      - id: jeunes
        statement: En 2024, le taux d'emploi des jeunes diplômés atteint 61,2 %, soit 4,3 points de plus qu'en 2023.
        quantity: {value: 61.2, unit: percent}
        as_of: 2024
      - id: youth
        statement: In 2024 the employment rate of young graduates reached 61.2%, 4.3 points more than in 2023.
        quantity: {value: 61.2, unit: percent}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)

WATER = """
version: 1
sources:
  - id: water
    title: Water accounts 2024
    published: 2025-06-12
    facts:
      - id: sectors
        statement: In 2024, every sector, farming included, saw its water use fall.
        as_of: 2024
      - id: sectors-fr
        statement: En 2024, tous les secteurs, y compris l'agriculture, ont vu leurs prélèvements d'eau baisser.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact's clause closest to the claim ("farming included") states no direction; its clause about what the
    # claim measures does, and it is the other one
    ("Water use in farming kept rising in 2024.", "en", "contradicted", "direction"),
    ("Les prélèvements d'eau de l'agriculture ont continué d'augmenter en 2024.", "fr", "contradicted", "direction"),
])
def test_the_direction_of_the_facts_clause_about_the_measure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, WATER), text, lang)
    assert_rule(st, want, rule)


CHANGES = """
version: 1
entities:
  north: {names: [North, Northern]}
sources:
  - id: starts
    title: New dwellings, March 2025
    published: 2025-04-17
    facts:
      - id: north
        statement: New private dwelling starts in the North rose sharply, by 48.5%, in March 2025.
        subject: north
        quantity: {value: 48.5, unit: percent}
        as_of: 2025-03
      - id: yoy
        statement: In March 2025, new private dwelling starts were 2.7% above the March 2024 level.
        quantity: {value: 2.7, unit: percent}
        as_of: 2025-03
      - id: north-fr
        statement: Les mises en chantier de logements privés dans le Nord ont progressé de 48,5 % en mars 2025.
        subject: north
        quantity: {value: 48.5, unit: percent}
        as_of: 2025-03
      - id: yoy-fr
        statement: En mars 2025, les mises en chantier de logements privés dépassaient de 2,7 % leur niveau de mars 2024.
        quantity: {value: 2.7, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change of two significant digits that a comparable fact gives exactly is that fact's, however the
    # wording ranks a fact of a rise elsewhere
    ("Compared with March 2024, starts were up 2.7 percent.", "en", "supported", "quantity"),
    ("Par rapport à mars 2024, les mises en chantier ont progressé de 2,7 %.", "fr", "supported", "quantity"),
])
def test_a_two_digit_change_finds_the_fact_that_gives_it(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CHANGES), text, lang)
    assert_rule(st, want, rule)


FARES = """
version: 1
sources:
  - id: ferry-accounts
    title: Harbour ferry accounts 2024
    published: 2025-04-10
    facts:
      - id: fares
        statement: Ferry ticket revenue was £48.3 million in 2024, up 6.2% on 2023; season tickets brought in £9.1 million, up 3%.
        quantity: {value: 48.3e+6, unit: GBP}
        as_of: 2024
      - id: fares-fr
        statement: Les recettes de billetterie des navettes ont atteint 48,3 millions d'euros en 2024, en hausse de 6,2 % sur 2023 ; les abonnements ont rapporté 9,1 millions d'euros, en hausse de 3 %.
        quantity: {value: 48.3e+6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the change the fact writes beside its declared level competes only with the changes of its sentence, not
    # with the level whose words come first (confirmed as a figure the sentence writes beside its declared one)
    ("Ferry ticket revenue rose 6.2% to £48.3 million in 2024.", "en", "supported", "quantity"),
    ("Les recettes de billetterie des navettes ont progressé de 6,2 %, à 48,3 millions d'euros en 2024.", "fr",
     "supported", "quantity"),
    # the other change of the sentence is another thing's: unchecked, never confirmed
    ("Ferry ticket revenue rose 3% to £48.3 million in 2024.", "en", "unverified", "quantity"),
    ("Les recettes de billetterie des navettes ont progressé de 3 %, à 48,3 millions d'euros en 2024.", "fr",
     "unverified", "quantity"),
])
def test_a_change_beside_a_level_competes_with_changes_only(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FARES), text, lang)
    assert_rule(st, want, rule)


REVISED = """
version: 1
sources:
  - id: flash
    title: Regional accounts, first estimate
    published: 2025-02-12
    superseded_by: annual
    facts:
      - id: growth
        statement: Regional output grew by 0.7% in 2024.
        quantity: {value: 0.7, unit: percent}
        as_of: 2024
      - id: cible
        statement: La région vise un taux d'emploi compris entre 71,5 % et 72 % en 2026.
        quantity: {min: 71.5, max: 72, unit: percent}
        as_of: 2026
      - id: vols
        statement: First estimate, 48,310 burglaries were recorded in the region in 2024.
        quantity: {value: 48310, unit: cambriolages}
        as_of: 2024
  - id: annual
    title: Regional accounts 2024
    published: 2025-05-20
    facts:
      - id: growth-q4
        statement: Regional output grew by 0.2% in the fourth quarter of 2024.
        quantity: {value: 0.2, unit: percent}
        as_of: 2024-12
      - id: growth
        statement: Regional output grew by 0.9% in 2024, revised up from the first estimate.
        quantity: {value: 0.9, unit: percent}
        as_of: 2024
      - id: cible
        statement: La région vise désormais un taux d'emploi de 71,5 % en 2026.
        quantity: {value: 71.5, unit: percent}
        as_of: 2026
      - id: vols
        statement: 48 090 cambriolages ont été enregistrés dans la région en 2024.
        quantity: {value: 48090, unit: cambriolages}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the superseded version of a fact the figure is compared with, however far the retrieval ranks it
    ("Over 2024 as a whole, regional output grew by 0.7%.", "en", "outdated", "outdated"),
    ("Sur l'ensemble de 2024, la production régionale a progressé de 0,7 %.", "fr", "outdated", "outdated"),
    # a range a superseded fact gives exactly, that the revised figure only falls within
    ("La région maintient son objectif d'un taux d'emploi compris entre 71,5 % et 72 % pour 2026.", "fr", "outdated", "outdated"),
    # a precise figure counted in another noun, exactly the superseded fact's, in another language
    ("Les cambriolages ont atteint 48 310 faits dans la région en 2024.", "fr", "outdated", "outdated"),
    ("Burglaries reached 48,090 recorded offences in the region in 2024.", "en", "supported", "quantity"),
])
def test_the_superseded_version_of_a_fact_is_outdated(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, REVISED), text, lang)
    assert_rule(st, want, rule)


BESIDE_DERIVED = """
version: 1
sources:
  - id: port
    title: Port of Calderby, annual traffic
    published: 2025-02-04
    facts:
      - id: freight-2024
        statement: En 2024, le port de Calderby a traité 41,6 millions de tonnes de fret, soit 1,3 million de plus qu'en 2023 (+3,2 %).
        quantity: {value: 41.6e6, unit: t}
        as_of: 2024
      - id: freight-2019
        statement: Le port de Calderby avait traité 52,0 millions de tonnes de fret en 2019.
        quantity: {value: 52.0e6, unit: t}
        as_of: 2019
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change the fact confirming the level writes beside it is not refuted by one computed from other facts
    ("En 2024, le port de Calderby a traité 41,6 millions de tonnes de fret, une hausse de 3,2 %.", "fr", "supported",
     "quantity-alongside"),
    ("In 2024 the port of Calderby handled 41.6 million tonnes of freight, an increase of 3.2%.", "en", "supported",
     "quantity-alongside"),
])
def test_a_change_written_beside_a_confirmed_level_outweighs_a_computed_one(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BESIDE_DERIVED), text, lang)
    assert_rule(st, want, rule)


RANGES = """
version: 1
sources:
  - id: plan-2024
    title: Kelby Bank strategic plan, March 2024
    published: 2024-03-12
    superseded_by: results-2025
    facts:
      - id: target-en
        statement: Kelby Bank expects a return on equity of between 9.5% and 10% in 2026.
        quantity: {min: 9.5, max: 10, unit: percent}
        as_of: 2026
      - id: target-fr
        statement: Kelby Bank vise une rentabilité des fonds propres comprise entre 9,5 % et 10 % en 2026.
        quantity: {min: 9.5, max: 10, unit: percent}
        as_of: 2026
  - id: results-2025
    title: Kelby Bank annual results 2025
    published: 2026-02-05
    facts:
      - id: target-en
        statement: Kelby Bank now expects a return on equity of 9.5% in 2026.
        quantity: {value: 9.5, unit: percent}
        as_of: 2026
      - id: target-fr
        statement: Kelby Bank vise désormais une rentabilité des fonds propres de 9,5 % en 2026.
        quantity: {value: 9.5, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a range the superseded source gives, of which the current one keeps one end, is the older figure
    ("Kelby Bank maintains its target of a return on equity of between 9.5% and 10% for 2026.", "en", "outdated",
     "outdated"),
    ("Kelby Bank maintient son objectif d'une rentabilité des fonds propres comprise entre 9,5 % et 10 % en 2026.",
     "fr", "outdated", "outdated"),
    ("Kelby Bank has cut its target to a return on equity of 9.5% for 2026.", "en", "supported", "quantity"),
])
def test_a_range_the_older_source_gives_is_outdated(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RANGES), text, lang)
    assert_rule(st, want, rule)


REACHED = """
version: 1
sources:
  - id: ferry-2025
    title: Brackwater ferry traffic 2025
    published: 2026-02-03
    facts:
      - id: passengers
        statement: The number of passengers carried by Brackwater ferries declined from 41,270 in 2024 to 38,940 in 2025, down 5.6%.
        quantity: {value: -5.6, unit: percent, bound: about}
        as_of: 2025
  - id: musee-2025
    title: Fréquentation du musée de Corvain en 2025
    published: 2026-01-20
    facts:
      - id: visiteurs
        statement: Le nombre de visiteurs du musée de Corvain a progressé de 18 420 en 2024 à 21 760 en 2025, soit +18 %.
        quantity: {value: 18, unit: percent, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the level the source's sentence gives, reached the other way; "in 2024 to 38,940" is a year, then a figure
    ("In 2025, the number of passengers carried by Brackwater ferries climbed to 38,940.", "en", "contradicted", "direction"),
    ("En 2025, le nombre de visiteurs du musée de Corvain a chuté à 21 760.", "fr", "contradicted", "direction"),
])
def test_a_level_reached_the_other_way(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, REACHED), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    ("In 2025, the number of passengers carried by Brackwater ferries fell to 38,940.", "en"),
    ("En 2025, le nombre de visiteurs du musée de Corvain est passé à 21 760.", "fr"),
])
def test_a_level_reached_the_same_way_is_no_wrong_direction(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, REACHED), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


REVISED_WORDING = """
version: 1
sources:
  - id: flash
    title: Norrland GDP, flash estimate
    published: 2025-04-30
    superseded_by: final
    facts:
      - id: q1-flash
        statement: According to the flash estimate, Norrland's GDP grew 0.5 % in the first quarter of 2025.
        subject: norrland
        quantity: {value: 0.5, unit: percent}
        as_of: 2025-Q1
  - id: final
    title: Norrland GDP, second estimate
    published: 2025-06-06
    facts:
      - id: q1
        statement: Seasonally adjusted, Norrland's GDP grew 0.7 % in the first quarter of 2025.
        subject: norrland
        quantity: {value: 0.7, unit: percent}
        as_of: 2025-Q1
  - id: flash-fr
    title: PIB de la Valmerie, estimation rapide
    published: 2025-04-30
    superseded_by: final-fr
    facts:
      - id: t1-flash
        statement: Selon l'estimation rapide, le PIB de la Valmerie a progressé de 0,4 % au premier trimestre 2025.
        subject: valmerie
        quantity: {value: 0.4, unit: percent}
        as_of: 2025-Q1
  - id: final-fr
    title: PIB de la Valmerie, résultats détaillés
    published: 2025-06-06
    facts:
      - id: t1
        statement: Corrigé des variations saisonnières, le PIB de la Valmerie a progressé de 0,6 % au premier trimestre 2025.
        subject: valmerie
        quantity: {value: 0.6, unit: percent}
        as_of: 2025-Q1
entities:
  norrland: {names: [Norrland]}
  valmerie: {names: [Valmerie]}
"""


@pytest.mark.parametrize("text, lang", [
    # the figure only a superseded estimate gives, revised by a sentence that names the measure more precisely
    ("Norrland's GDP grew 0.5 % in the first quarter of 2025.", "en"),
    ("Le PIB de la Valmerie a progressé de 0,4 % au premier trimestre 2025.", "fr"),
])
def test_a_figure_of_a_revised_estimate_is_outdated(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, REVISED_WORDING), text, lang), "outdated", "outdated")


FIRST_ESTIMATE = """
version: 1
sources:
  - id: homes-first
    title: Harlow housing completions, first estimate 2024
    published: 2025-02-10
    superseded_by: homes-revised
    facts:
      - id: first
        statement: Harlow completed 412 new homes in 2024, according to the first estimate.
        quantity: {value: 412, unit: homes}
        as_of: 2024
  - id: homes-revised
    title: Harlow housing completions, revised 2024
    published: 2025-06-10
    facts:
      - id: revised
        statement: Harlow completed 388 new homes in 2024, revised down from the 412 first reported.
        quantity: {value: 388, unit: homes}
        as_of: 2024
  - id: logements-premier
    title: Logements achevés à Vaudrec, première estimation 2024
    published: 2025-02-10
    superseded_by: logements-revise
    facts:
      - id: premier
        statement: Vaudrec a achevé 1 240 logements en 2024, selon la première estimation.
        quantity: {value: 1240, unit: logements}
        as_of: 2024
  - id: logements-revise
    title: Logements achevés à Vaudrec, chiffres révisés 2024
    published: 2025-06-10
    facts:
      - id: revise
        statement: Vaudrec a achevé 1 180 logements en 2024, contre 1 240 annoncés d'abord.
        quantity: {value: 1180, unit: logements}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # the superseded figure given as the earlier one, beside the current one, is no outdated figure
    ("Harlow completed 388 new homes in 2024 rather than 412.", "en"),
    ("Vaudrec a achevé 1 180 logements en 2024, contre 1 240 annoncés d'abord.", "fr"),
])
def test_the_superseded_figure_given_as_the_earlier_one_is_not_outdated(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, FIRST_ESTIMATE), text, lang)
    assert_verdict(st, "supported")


RAISED_TARGETS = """
version: 1
entities:
  norvel: {names: [Norvel, groupe Norvel]}
sources:
  - id: norvel-results
    title: Norvel, résultats annuels 2026 et perspectives 2027 relevées
    published: 2027-02-12
    facts:
      - id: fcf-2026
        statement: Le cash-flow libre de Norvel atteint 2 050 millions d'euros en 2026.
        subject: norvel
        quantity: {value: 2050e6, unit: EUR}
        as_of: 2026
      - id: operating-2026
        statement: Le résultat opérationnel de Norvel atteint 3 010 millions d'euros en 2026.
        subject: norvel
        quantity: {value: 3010e6, unit: EUR}
        as_of: 2026
      - id: outlook-operating
        statement: Norvel a relevé son objectif 2027 de résultat opérationnel à 3,6–3,7 milliards d'euros, contre 3,5–3,6 milliards d'euros dans sa version préliminaire.
        subject: norvel
        quantity: {min: 3.6e9, max: 3.7e9, unit: EUR}
        as_of: 2027
      - id: outlook-fcf
        statement: Norvel a relevé son objectif 2027 de cash-flow libre à 2,3–2,5 milliards d'euros, contre 2,1–2,3 milliards d'euros auparavant.
        subject: norvel
        quantity: {min: 2.3e9, max: 2.5e9, unit: EUR}
        as_of: 2027
      - id: outlook-fcf-en
        statement: Norvel now expects a 2027 free cash flow of €2.3bn–€2.5bn, up from €2.1bn–€2.3bn previously.
        subject: norvel
        quantity: {min: 2.3e9, max: 2.5e9, unit: EUR}
        as_of: 2027
  - id: norvel-plan
    title: Norvel, perspectives préliminaires 2027
    published: 2026-12-04
    superseded_by: norvel-results
    facts:
      - id: outlook-operating-prelim
        statement: Norvel vise en 2027 un résultat opérationnel de 3,5 à 3,6 milliards d'euros.
        subject: norvel
        quantity: {min: 3.5e9, max: 3.6e9, unit: EUR}
        as_of: 2027
      - id: outlook-fcf-prelim
        statement: Norvel vise en 2027 un cash-flow libre de 2,1 à 2,3 milliards d'euros.
        subject: norvel
        quantity: {min: 2.1e9, max: 2.3e9, unit: EUR}
        as_of: 2027
      - id: outlook-fcf-prelim-en
        statement: Norvel's goal for 2027 is a free cash flow of €2.1bn to €2.3bn.
        subject: norvel
        quantity: {min: 2.1e9, max: 2.3e9, unit: EUR}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # a target whose verb holds a year or an adverb before its object (« vise en 2027 un … », « vise par ailleurs
    # un … ») is an expectation, compared with the raised target: the preliminary range is outdated
    ("Le groupe Norvel vise par ailleurs un cash-flow libre compris entre 2,1 et 2,3 milliards d'euros.",
     "fr", "outdated"),
    ("Norvel's goal for 2027 is a free cash flow of between €2.1 billion and €2.3 billion.",
     "en", "outdated"),
    ("Le groupe Norvel vise par ailleurs un cash-flow libre compris entre 2,3 et 2,5 milliards d'euros.",
     "fr", "supported"),
])
def test_a_target_raised_since_is_outdated_in_its_first_version_only(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RAISED_TARGETS), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang", [
    # the raised target, which the preliminary one only meets at one end: confirmed by the current figure, not the older
    ("Le groupe a relevé son objectif de résultat opérationnel, attendu entre 3,6 et 3,7 milliards d'euros.", "fr"),
])
def test_a_raised_target_is_confirmed_by_its_current_version(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, RAISED_TARGETS), text, lang)
    assert_verdict(st, "supported")
    assert st.claims[0].evidence[0].fact == "outlook-operating", st.claims[0].evidence


REVISED_GUIDANCE = """
version: 1
entities:
  kelvo: {names: [Kelvo, groupe Kelvo]}
sources:
  - id: kelvo-h1
    title: Kelvo first-half results, 2026 guidance
    published: 2026-07-24
    superseded_by: kelvo-q3
    facts:
      - id: guidance
        statement: Kelvo expects 2026 operating profit to be stable at constant exchange rates.
        subject: kelvo
        quantity: {value: 0, unit: percent}
        as_of: 2026
  - id: kelvo-q3
    title: Kelvo third-quarter sales, 2026 guidance raised
    published: 2026-10-22
    facts:
      - id: guidance
        statement: Kelvo a relevé sa prévision de résultat opérationnel 2026 à une croissance d'au moins trois pour cent à changes constants.
        subject: kelvo
        as_of: 2026
  - id: kelvo-fy
    title: Kelvo annual results 2026
    published: 2027-02-05
    facts:
      - id: operating-profit
        statement: Le résultat opérationnel 2026 de Kelvo est de 2,1 milliards d'euros, en hausse de 5,2 % à changes constants.
        subject: kelvo
        quantity: {value: 2.1e9, unit: EUR}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # what a guidance expected, which a newer source raised since: the older guidance, not refuted by what happened
    ("Le groupe Kelvo prévoyait un résultat opérationnel stable à changes constants sur l'exercice 2026.", "fr", "outdated"),
    ("Kelvo had expected its 2026 operating profit to be stable at constant exchange rates.", "en", "outdated"),
    # (the newer guidance itself stays confirmed)
    ("Kelvo a relevé sa prévision de résultat opérationnel 2026.", "fr", "supported"),
    ("Kelvo raised its 2026 operating profit guidance.", "en", "supported"),
])
def test_an_expectation_revised_since_is_outdated_not_refuted_by_what_happened(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, REVISED_GUIDANCE), text, lang)
    assert_verdict(st, want)


GUIDANCE_CUT = """
version: 1
entities:
  durnell: {names: [Durnell, groupe Durnell]}
sources:
  - id: durnell-h1
    title: Durnell half-year results
    published: 2027-07-30
    superseded_by: durnell-update
    facts:
      - id: guidance
        statement: Durnell expects 2027 operating profit to be slightly ahead of 2026 at constant currency.
        subject: durnell
        as_of: 2027
      - id: prevision
        statement: Durnell prévoit pour 2027 un résultat opérationnel légèrement supérieur à celui de 2026 à changes constants.
        subject: durnell
        as_of: 2027
  - id: durnell-update
    title: Durnell trading update
    published: 2027-11-12
    facts:
      - id: guidance
        statement: Durnell expects 2027 operating profit to be slightly below 2026 at constant currency, with a margin of about 8.4%.
        subject: durnell
        as_of: 2027
      - id: prevision
        statement: Durnell prévoit pour 2027 un résultat opérationnel légèrement inférieur à celui de 2026 à changes constants, avec une marge d'environ 8,4 %.
        subject: durnell
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang", [
    # a relative clause says what the guidance that ends its main clause gave: an expectation, replaced since
    ("The results matched the latest guidance of Durnell, which had pointed to operating profit slightly ahead of 2026 at constant currency.", "en"),
    ("Les résultats sont conformes à la dernière prévision de Durnell, qui annonçait un résultat opérationnel légèrement supérieur à celui de 2026 à changes constants.", "fr"),
])
def test_what_a_guidance_said_in_its_relative_clause_is_outdated_once_replaced(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, GUIDANCE_CUT), text, lang)
    assert_rule(st, "outdated", "outdated")


@pytest.mark.parametrize("text, lang", [
    # (the newer guidance, said so, stays confirmed)
    ("The results matched the latest guidance of Durnell, which had pointed to operating profit slightly below 2026 at constant currency.", "en"),
    ("Les résultats sont conformes à la dernière prévision de Durnell, qui annonçait un résultat opérationnel légèrement inférieur à celui de 2026 à changes constants.", "fr"),
])
def test_what_the_current_guidance_said_in_its_relative_clause_stays_confirmed(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, GUIDANCE_CUT), text, lang)
    assert_verdict(st, "supported")


TARGET_REPLACED = """
version: 1
entities:
  norlind: {names: [Norlind, groupe Norlind]}
sources:
  - id: norlind-h1
    title: Norlind first half 2027
    published: 2027-09-14
    superseded_by: norlind-fy
    facts:
      - id: ambition
        statement: Norlind aims to reach revenue of more than 500 million euros in 2028.
        subject: norlind
        quantity: {value: 500000000, unit: EUR, bound: at-least}
        as_of: 2028
  - id: norlind-fy
    title: Norlind annual results 2027
    published: 2028-02-20
    facts:
      - id: outlook
        statement: Norlind expects a cautious 2028, with a return to positive operating cash flow.
        subject: norlind
        as_of: 2028
  - id: norlind-s1-fr
    title: Norlind premier semestre 2027
    published: 2027-09-14
    superseded_by: norlind-annuel-fr
    facts:
      - id: ambition
        statement: Norlind a pour ambition d'atteindre en 2028 un chiffre d'affaires supérieur à 500 M€.
        subject: norlind
        quantity: {value: 500000000, unit: EUR, bound: at-least}
        as_of: 2028
  - id: norlind-annuel-fr
    title: Norlind résultats annuels 2027
    published: 2028-02-20
    facts:
      - id: perspectives
        statement: Norlind attend pour 2028 une année prudente, avec un retour à un cash-flow opérationnel positif.
        subject: norlind
        as_of: 2028
"""


@pytest.mark.parametrize("text, lang, want", [
    # a target of a superseded source, given as the party's aim with no date of when it was set: the outlook of the
    # same party for the same year in the source that superseded it replaced it
    ("For 2028, Norlind was targeting revenue of more than 500 million euros.", "en", "outdated"),
    ("Pour 2028, Norlind visait un chiffre d'affaires supérieur à 500 millions d'euros.", "fr", "outdated"),
    # (dated to the month it was set: the target as it was then)
    ("In September 2027, Norlind was targeting revenue of more than 500 million euros for 2028.", "en", "supported"),
    ("En septembre 2027, Norlind visait pour 2028 un chiffre d'affaires supérieur à 500 millions d'euros.", "fr", "supported"),
])
def test_a_target_an_outlook_of_the_newer_source_replaced_is_outdated(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TARGET_REPLACED), text, lang)
    assert_outcome(st, want, "outdated" if want == "outdated" else None)


OUTLOOK_NO_SUBJECT = """
version: 1
entities:
  brackwell: {names: [Brackwell, groupe Brackwell]}
sources:
  - id: brackwell-fy
    title: Brackwell outlook with the annual results
    published: 2027-06-10
    superseded_by: brackwell-update
    facts:
      - id: outlook
        statement: For the year to 31 March 2028, Brackwell expected sales growth of about 6%.
        quantity: {value: 6, unit: percent}
        as_of: 2028-03
  - id: brackwell-update
    title: Brackwell trading update
    published: 2027-11-18
    facts:
      - id: outlook
        statement: Brackwell now expects sales for the year to 31 March 2028 to be broadly flat.
        as_of: 2028-03
  - id: brackwell-annuel-fr
    title: Brackwell perspectives avec les résultats annuels
    published: 2027-06-10
    superseded_by: brackwell-point-fr
    facts:
      - id: perspectives
        statement: Pour l'exercice clos le 31 mars 2028, Brackwell prévoyait une hausse des ventes d'environ 6 %.
        quantity: {value: 6, unit: percent}
        as_of: 2028-03
  - id: brackwell-point-fr
    title: Brackwell point d'activité
    published: 2027-11-18
    facts:
      - id: perspectives
        statement: Brackwell table désormais sur des ventes stables pour l'exercice clos le 31 mars 2028.
        as_of: 2028-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # the older outlook of a fact that declares no subject but names its party, for a fiscal year the list declares by
    # its closing month: the newer source's outlook of the same party and year replaced it
    ("For the year to March 2028, Brackwell expects sales growth of about 6%.", "en", "outdated"),
    ("Pour l'exercice clos en mars 2028, Brackwell vise une hausse des ventes d'environ 6 %.", "fr", "outdated"),
    # (dated to the month it was given: the outlook as it was then)
    ("In June 2027, Brackwell expected sales growth of about 6% for the year to March 2028.", "en", "supported"),
    ("En juin 2027, Brackwell prévoyait une hausse des ventes d'environ 6 % pour l'exercice clos en mars 2028.", "fr", "supported"),
])
def test_an_outlook_of_a_fact_naming_its_party_is_replaced_by_its_newer_outlook(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OUTLOOK_NO_SUBJECT), text, lang)
    assert_outcome(st, want, "outdated" if want == "outdated" else None)


DEAL_DATE_MOVED = """
version: 1
entities:
  orvane: {names: [Orvane]}
  tessly: {names: [Tessly]}
sources:
  - id: orvane-march
    title: Orvane offer for Tessly, regulatory update
    publisher: orvane
    published: 2027-03-15
    superseded_by: orvane-sept
    facts:
      - id: completion
        statement: Orvane expects its acquisition of Tessly to complete in the third quarter of 2027.
        subject: orvane
        object: tessly
        as_of: 2027-09
  - id: orvane-sept
    title: Orvane offer for Tessly, timetable update
    publisher: orvane
    published: 2027-09-20
    facts:
      - id: completion
        statement: Orvane's acquisition of Tessly is now expected to complete on 12 February 2028, after a further competition review.
        subject: orvane
        object: tessly
        as_of: 2028-02-12
  - id: orvane-mars-fr
    title: Offre d'Orvane sur Tessly, point réglementaire
    publisher: orvane
    published: 2027-03-15
    superseded_by: orvane-sept-fr
    facts:
      - id: finalisation
        statement: Orvane table sur une finalisation du rachat de Tessly au troisième trimestre 2027.
        subject: orvane
        object: tessly
        as_of: 2027-09
  - id: orvane-sept-fr
    title: Offre d'Orvane sur Tessly, nouveau calendrier
    publisher: orvane
    published: 2027-09-20
    facts:
      - id: finalisation
        statement: Le rachat de Tessly par Orvane devrait désormais être finalisé le 12 février 2028, après un nouvel examen de concurrence.
        subject: orvane
        object: tessly
        as_of: 2028-02-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # when a deal between two parties is expected, given by a source a later one replaced with another date: the
    # older expectation, outdated
    ("Orvane expects the takeover of Tessly to complete in the third quarter of 2027.", "en", "outdated"),
    # (« prévoit de » is left out of ``expectation_words``: read as an expectation on one side only, it kept a party's
    # « il prévoit un ratio de … » from its fact « prévoit de ramener son ratio à … »; reading it on both sides cost
    # four statements of the open sets and one false "supported")
    ("Orvane table sur une finalisation du rachat de Tessly au troisième trimestre 2027.", "fr", "outdated"),
    # (dated to the month it was given: the expectation as it was then)
    ("In March 2027, Orvane expected the takeover of Tessly to complete in the third quarter of 2027.", "en", "supported"),
    ("En mars 2027, Orvane prévoyait de finaliser le rachat de Tessly au troisième trimestre 2027.", "fr", "supported"),
])
def test_an_expected_date_of_a_deal_a_newer_source_moved_is_outdated(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, DEAL_DATE_MOVED), text, lang)
    assert_outcome(st, want, "outdated" if want == "outdated" else None)


TOLD_A_YEAR_AGO = """
version: 1
entities:
  kestrel: {names: [Kestrel, groupe Kestrel]}
sources:
  - id: kestrel-fy
    title: Kestrel annual results, outlook
    published: 2024-09-12
    superseded_by: kestrel-h1
    facts:
      - id: margin
        statement: For FY26 Kestrel expects margin expansion in the range of 20-40 basis points at constant currency.
        subject: kestrel
        quantity: {min: 20, max: 40, unit: basis points}
        as_of: 2026-03
  - id: kestrel-h1
    title: Kestrel half-year report
    published: 2025-05-20
    facts:
      - id: margin
        statement: Kestrel raised its FY26 margin outlook and now expects margin accretion towards the upper end of its 20-40 basis points range.
        subject: kestrel
        quantity: {min: 20, max: 40, unit: basis points}
        as_of: 2026-03
  - id: kestrel-annuel-fr
    title: Kestrel résultats annuels, perspectives
    published: 2024-09-12
    superseded_by: kestrel-s1-fr
    facts:
      - id: marge
        statement: Pour l'exercice 2025/26, Kestrel table sur une expansion de sa marge de 20 à 40 points de base à taux de change constants.
        subject: kestrel
        quantity: {min: 20, max: 40, unit: basis points}
        as_of: 2026-03
  - id: kestrel-s1-fr
    title: Kestrel résultats semestriels
    published: 2025-05-20
    facts:
      - id: marge
        statement: Kestrel a relevé son objectif de marge pour l'exercice 2025/26 et table désormais sur une amélioration proche du haut de sa fourchette de 20 à 40 points de base.
        subject: kestrel
        quantity: {min: 20, max: 40, unit: basis points}
        as_of: 2026-03
"""


@pytest.mark.parametrize("text, lang", [
    # a year counted back from the article ("a year ago", « il y a un an ») in a claim of what a party expected dates
    # when it was told, not the period its figure is for: no wrong year; the guidance, raised since, is outdated
    ("Kestrel had told investors a year ago to expect margin expansion of 20 to 40 basis points at constant currency "
     "for the year.", "en"),
    ("Kestrel tablait il y a un an sur une expansion de sa marge de 20 à 40 points de base à taux de change constants "
     "pour l'exercice.", "fr"),
])
def test_a_year_ago_dates_when_guidance_was_told_not_its_period(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, TOLD_A_YEAR_AGO), text, lang)
    assert_outcome(st, "outdated", "outdated")


GUIDANCE_REWORDED = """
version: 1
entities:
  corvish: {names: [Corvish, groupe Corvish]}
sources:
  - id: corvish-q1
    title: Corvish first-quarter update
    published: 2027-04-28
    superseded_by: corvish-h1
    facts:
      - id: guidance
        statement: Corvish expects modest growth in insurance premiums for full-year 2027.
        subject: corvish
        as_of: 2027
  - id: corvish-h1
    title: Corvish half-year results
    published: 2027-07-29
    facts:
      - id: guidance
        statement: Corvish expects strong growth in insurance premiums for full-year 2027.
        subject: corvish
        as_of: 2027
  - id: corvish-t1-fr
    title: Corvish premier trimestre
    published: 2027-04-28
    superseded_by: corvish-s1-fr
    facts:
      - id: prevision
        statement: Corvish prévoit pour 2027 une croissance modeste de ses primes d'assurance.
        subject: corvish
        as_of: 2027
  - id: corvish-s1-fr
    title: Corvish résultats semestriels
    published: 2027-07-29
    facts:
      - id: prevision
        statement: Corvish prévoit pour 2027 une croissance soutenue de ses primes d'assurance.
        subject: corvish
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # the words only the older expectation writes, none of the newer's: the older guidance, however much of the rest
    # the newer confirms
    ("Corvish expects modest growth in insurance premiums in 2027.", "en", "outdated"),
    ("Corvish table pour 2027 sur une croissance modeste de ses primes d'assurance.", "fr", "outdated"),
    # (the newer one's words: the current guidance)
    ("Corvish expects strong growth in insurance premiums in 2027.", "en", "supported"),
    ("Corvish table pour 2027 sur une croissance soutenue de ses primes d'assurance.", "fr", "supported"),
])
def test_an_expectation_in_the_words_of_the_older_guidance_is_outdated(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GUIDANCE_REWORDED), text, lang)
    assert_outcome(st, want, "outdated" if want == "outdated" else None)


RANGE_KEPT = """
version: 1
entities:
  pellmark: {names: [Pellmark, groupe Pellmark]}
sources:
  - id: pellmark-fy
    title: Pellmark annual results, guidance
    published: 2027-02-25
    superseded_by: pellmark-h1
    facts:
      - id: guidance
        statement: For 2027 Pellmark expected adjusted profit growth to be ahead of its organic sales growth of 3% to 5%.
        subject: pellmark
        quantity: {min: 3, max: 5, unit: percent}
        as_of: 2027
  - id: pellmark-h1
    title: Pellmark half-year results, guidance raised
    published: 2027-07-30
    facts:
      - id: guidance
        statement: For 2027 Pellmark now expects double-digit adjusted profit growth, with organic sales growth of 3% to 5%.
        subject: pellmark
        quantity: {min: 3, max: 5, unit: percent}
        as_of: 2027
  - id: pellmark-annuel-fr
    title: Pellmark résultats annuels, objectifs
    published: 2027-02-25
    superseded_by: pellmark-s1-fr
    facts:
      - id: objectif
        statement: Pour 2027, Pellmark prévoyait une hausse du résultat ajusté supérieure à sa croissance organique des ventes de 3 % à 5 %.
        subject: pellmark
        quantity: {min: 3, max: 5, unit: percent}
        as_of: 2027
  - id: pellmark-s1-fr
    title: Pellmark résultats semestriels, objectifs relevés
    published: 2027-07-30
    facts:
      - id: objectif
        statement: Pour 2027, Pellmark prévoit désormais une hausse à deux chiffres du résultat ajusté, avec une croissance organique des ventes de 3 % à 5 %.
        subject: pellmark
        quantity: {min: 3, max: 5, unit: percent}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the raised guidance keeps, in a claim written in the older guidance's words: the older guidance
    ("Pellmark's guidance for 2027 had called for adjusted profit growth ahead of its organic sales growth of 3% to 5%.", "en", "outdated"),
    ("Pour 2027, Pellmark prévoyait une hausse du résultat ajusté supérieure à sa croissance organique des ventes de 3 % à 5 %.", "fr", "outdated"),
    # (the figure alone, which the newer guidance keeps: confirmed)
    ("Pellmark's guidance for 2027 calls for organic sales growth of 3% to 5%.", "en", "supported"),
    ("Pour 2027, Pellmark prévoit une croissance organique des ventes de 3 % à 5 %.", "fr", "supported"),
])
def test_a_figure_the_newer_guidance_keeps_said_in_the_older_ones_words_is_outdated(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RANGE_KEPT), text, lang)
    assert_outcome(st, want, "outdated" if want == "outdated" else None)



SAID_REVISED = """
version: 1
entities:
  norvel: {names: [Norvel, groupe Norvel]}
  velmor: {names: [Velmor, groupe Velmor]}
sources:
  - id: norvel-fy
    title: Norvel annual results, outlook for 2027
    published: 2026-06-10
    superseded_by: norvel-update
    facts:
      - id: growth-outlook
        statement: Norvel expects upper single digit organic revenue growth in 2027.
        subject: norvel
        as_of: 2027
      - id: croissance-prevue
        statement: Norvel table sur une croissance organique soutenue de son chiffre d'affaires en 2027, à un chiffre élevé.
        subject: norvel
        as_of: 2027
  - id: norvel-update
    title: Norvel trading update, revenue guidance raised
    published: 2026-09-24
    facts:
      - id: growth-outlook
        statement: Norvel now expects low double digit organic revenue growth in 2027, raised from previous guidance of upper single digit growth.
        subject: norvel
        as_of: 2027
      - id: croissance-prevue
        statement: Norvel a relevé sa prévision de croissance organique du chiffre d'affaires 2027, désormais à deux chiffres, contre un chiffre élevé auparavant.
        subject: norvel
        as_of: 2027
  - id: velmor-fy
    title: Velmor annual results, outlook for 2027
    published: 2026-06-12
    superseded_by: velmor-update
    facts:
      - id: growth-outlook
        statement: Velmor expects mid single digit organic revenue growth in 2027.
        subject: velmor
        as_of: 2027
  - id: velmor-update
    title: Velmor trading update
    published: 2026-09-25
    facts:
      - id: growth-outlook
        statement: Velmor still expects mid single digit organic revenue growth in 2027.
        subject: velmor
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # the earlier guidance, which the newer source names only as what it raised: outdated, not confirmed by it
    ("For 2027, Norvel expects organic revenue growth in the upper single digits.", "en", "outdated"),
    ("Pour 2027, Norvel table sur une croissance organique soutenue de son chiffre d'affaires, à un chiffre élevé.", "fr", "outdated"),
    # (the raised guidance, and a guidance a newer source only repeats, stay confirmed)
    ("Norvel raised its 2027 revenue growth guidance.", "en", "supported"),
    ("For 2027, Velmor expects organic revenue growth in the mid single digits.", "en", "supported"),
])
def test_a_guidance_the_newer_source_says_it_revised_is_outdated(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SAID_REVISED), text, lang)
    assert_verdict(st, want)


BESIDE_REVISED = """
version: 1
entities:
  norvel: {names: [Norvel, groupe Norvel]}
sources:
  - id: norvel-fy
    title: Norvel annual results 2026
    published: 2027-02-20
    superseded_by: norvel-h1
    facts:
      - id: savings-guidance
        statement: Norvel expected its cost savings to reach about €100m in 2027.
        subject: norvel
        quantity: {value: 100000000, unit: EUR, bound: about}
        as_of: 2027
      - id: economies-prevues
        statement: Norvel prévoyait des économies de coûts d'environ 100 millions d'euros en 2027.
        subject: norvel
        quantity: {value: 100000000, unit: EUR, bound: about}
        as_of: 2027
  - id: norvel-h1
    title: Norvel interim results 2027
    published: 2027-07-22
    facts:
      - id: savings-guidance
        statement: Norvel raised its 2027 guidance and now expects cost savings of about €150m, previously €100m.
        subject: norvel
        quantity: {value: 150000000, unit: EUR, bound: about}
        as_of: 2027
      - id: economies-prevues
        statement: Norvel a relevé sa prévision d'économies de coûts 2027 à environ 150 millions d'euros, contre 100 millions d'euros auparavant.
        subject: norvel
        quantity: {value: 150000000, unit: EUR, bound: about}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure the newer fact writes beside its own only as the guidance it raised, the older fact's figure
    ("Norvel's guidance for 2027 called for cost savings of about €100m.", "en", "outdated"),
    ("Pour 2027, Norvel table sur des économies de coûts d'environ 100 millions d'euros.", "fr", "outdated"),
    # (the raised figure stays confirmed)
    ("Norvel's guidance for 2027 calls for cost savings of about €150m.", "en", "supported"),
    ("Pour 2027, Norvel table sur des économies de coûts d'environ 150 millions d'euros.", "fr", "supported"),
])
def test_a_figure_written_beside_as_the_previous_guidance_is_outdated(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BESIDE_REVISED), text, lang)
    assert_verdict(st, want)

OCCUPANCY = """
version: 1
sources:
  - id: hotels-2024
    title: Hotel occupancy in Corvain, 2024
    published: 2025-02-20
    facts:
      - id: occupancy
        statement: The hotel occupancy rate in Corvain fell to 61.4% in 2024, after 63.0% in 2023.
        quantity: {value: 61.4, unit: percent}
        as_of: 2024
      - id: occupation
        statement: Le taux d'occupation des hôtels de Corvain baisse à 61,4 % en 2024, après 63,0 % en 2023.
        quantity: {value: 61.4, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « remonte » is a rise: the right level reached the wrong way (the level after its comma is that change's: the
    # claim reports the move wrongly)
    ("The hotel occupancy rate in Corvain climbed back slightly, to 61.4% in 2024.", "en", "contradicted", "direction"),
    ("Le taux d'occupation des hôtels de Corvain remonte légèrement, à 61,4 % en 2024.", "fr", "contradicted", "direction"),
])
def test_a_level_said_to_climb_back_when_it_fell(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OCCUPANCY), text, lang)
    assert_rule(st, want, rule)


MOVED = """
version: 1
sources:
  - id: kiln-2025
    title: Harlow kiln output 2025
    published: 2026-02-10
    facts:
      - id: bricks
        statement: Harlow kilns fired 3.42 million bricks in 2025, down from 3.61 million in 2024.
        quantity: {value: 3420000, unit: bricks, bound: about}
        as_of: 2025
  - id: ruches-2025
    title: Ruchers du Vexin en 2025
    published: 2026-01-15
    facts:
      - id: ruches
        statement: Le Vexin comptait 8 140 ruches déclarées en 2025, contre 7 610 en 2024.
        quantity: {value: 8140, unit: ruches, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a level reached said, in one clause, to move the way its fact does not: the claim reports that move wrongly
    ("In 2025 the output of Harlow kilns rose to 3.42 million bricks.", "en", "contradicted", "direction"),
    # after a comma, a clause that opens on the level reached (« à », "to") or started from (« contre », "from")
    # tells the same change: the claim reports that move wrongly
    ("En 2025, le nombre de ruches déclarées dans le Vexin a reculé, à 8 140 ruches.", "fr", "contradicted", "direction"),
    ("In 2025 the output of Harlow kilns edged up to 3.42 million bricks, from 3.61 million in 2024.", "en",
     "contradicted", "direction"),
    ("En 2025, le nombre de ruches déclarées dans le Vexin a reculé de 7 %, à 8 140 ruches.", "fr",
     "contradicted", "direction"),
    # beside a change figure of the wrong sign, the way it moved is that figure's: no part confirmed on its own
    ("In 2025 the output of Harlow kilns rose 5.3% to 3.42 million bricks.", "en", "contradicted", "direction"),
])
def test_a_level_reached_the_other_way_in_one_clause_is_contradicted(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, MOVED), text, lang)
    assert_rule(st, want, rule)


ECHO = """
version: 1
sources:
  - id: tolls-2025
    title: Marrow Bridge tolls, May 2025
    published: 2025-06-12
    facts:
      - id: tolls-ex-freight
        statement: Toll income excluding freight, fuel duty and parking rose by 2.2% in the 12 months to May 2025.
        quantity: {value: 2.2, unit: percent, bound: about}
        as_of: 2025-05
  - id: tarifs-2025
    title: Tarifs des cantines de Vellanne, 2025
    published: 2025-09-03
    facts:
      - id: repas-hors-bio
        statement: Le prix du repas hors produits bio et hors goûter s'établit à 3,40 euros à la rentrée 2025.
        quantity: {value: 3.40, unit: EUR, bound: about}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the clause that describes what the wrong figure measures, in the words of the fact that refutes it, is its
    # setting, not a part the article got right: the statement is contradicted, not mixed
    ("Toll income, which strips out freight and parking charges, rose by 2.7% in the 12 months to May 2025.", "en",
     "contradicted", "quantity"),
    ("Le prix du repas, qui exclut les produits bio et le goûter, s'établit à 3,90 euros à la rentrée 2025.", "fr",
     "contradicted", "quantity"),
])
def test_the_words_of_the_refuting_fact_are_no_part_confirmed(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ECHO), text, lang)
    assert_rule(st, want, rule)


PARTS_ALONE = """
version: 1
sources:
  - id: grid
    title: Osterland grid report 2024
    published: 2025-02-01
    facts:
      - id: total
        statement: Osterland's power plants generated 212 TWh of electricity in 2024.
        quantity: {value: 212, unit: TWh, bound: about}
        as_of: 2024
      - id: hydro
        statement: Hydropower plants in Osterland generated 58 TWh in 2024.
        quantity: {value: 58, unit: TWh, bound: about}
        as_of: 2024
  - id: reseau
    title: Bilan du réseau de la Valmerie 2024
    published: 2025-02-01
    facts:
      - id: totale
        statement: Les centrales de la Valmerie ont produit 184 TWh d'électricité en 2024.
        quantity: {value: 184, unit: TWh, bound: about}
        as_of: 2024
      - id: barrages
        statement: Les barrages hydrauliques de la Valmerie ont produit 47 TWh en 2024.
        quantity: {value: 47, unit: TWh, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a part said alone, which no fact names: the whole's figure does not judge it
    ("In 2024, Osterland's wind farms alone generated 41.5 TWh.", "en", "unverified"),
    ("En 2024, l'éolien a produit à lui seul 39,2 TWh en Valmerie.", "fr", "unverified"),
    # the part a fact names, with a wrong figure, still refuted
    ("In 2024, hydropower plants alone generated 71 TWh in Osterland.", "en", "contradicted"),
    ("En 2024, les barrages hydrauliques ont produit à eux seuls 61 TWh en Valmerie.", "fr", "contradicted"),
])
def test_a_part_said_alone_is_not_judged_by_the_whole(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PARTS_ALONE), text, lang)
    assert_verdict(st, want)


REVISED_FORECASTS = """
version: 1
entities:
  board:
    names: [Crop Statistics Board]
  icv:
    names: [Institut de conjoncture de Valmerie, ICV]
sources:
  - id: outlook-jan
    title: Harvest outlook, January 2025
    published: 2025-01-20
    publisher: board
    superseded_by: outlook-apr
    facts:
      - id: wheat
        statement: The Crop Statistics Board expects the wheat harvest to grow 4.2% in 2025.
        subject: board
        quantity: {value: 4.2, unit: percent}
        as_of: 2025
  - id: outlook-apr
    title: Harvest outlook, April 2025
    published: 2025-04-20
    publisher: board
    facts:
      - id: wheat
        statement: The Crop Statistics Board now expects the wheat harvest to grow 6.8% in 2025.
        subject: board
        quantity: {value: 6.8, unit: percent}
        as_of: 2025
  - id: conjoncture
    title: Note de conjoncture, juin 2025
    published: 2025-06-18
    publisher: icv
    facts:
      - id: croissance
        statement: L'Institut de conjoncture de Valmerie a abaissé sa prévision de croissance pour 2025 à 0,7 %, contre 1,1 % en mars.
        subject: icv
        quantity: {value: 0.7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the way a forecast was revised: the older version's figure (4.2 % then 6.8 %) says it went up
    ("In its April update, the Crop Statistics Board lowered its outlook for wheat and now expects the harvest to grow 6.8% in 2025.",
     "en", "contradicted", "direction"),
    ("In its April update, the Crop Statistics Board raised its outlook for wheat and now expects the harvest to grow 6.8% in 2025.",
     "en", "supported", "quantity"),
    # the source's sentence says it (« a abaissé sa prévision »); « croissance » names the measure, no rise
    ("En juin, l'ICV a revu à la hausse sa prévision de croissance pour 2025 à 0,7 %.", "fr", "contradicted", "direction"),
    ("En juin, l'ICV a abaissé sa prévision de croissance pour 2025 à 0,7 %.", "fr", "supported", "quantity"),
])
def test_the_way_a_forecast_was_revised(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REVISED_FORECASTS), text, lang), want, rule)


BEFORE_CHANGE = """
version: 1
sources:
  - id: water-2025
    title: Harbourton water tariffs 2025
    published: 2025-06-02
    facts:
      - id: jan
        statement: From January to March 2025 the average annual water bill in Harbourton was £512.
        quantity: {value: 512, unit: GBP}
        as_of: 2025-Q1
      - id: june-cut
        statement: The Harbourton water board cut the average annual water bill by 6%, from £540 to £508, in June 2025.
        quantity: {value: -6, unit: percent}
        as_of: 2025-06
  - id: cantine-2025
    title: Tarifs de la cantine de Valdorne 2025
    published: 2025-09-01
    facts:
      - id: mars
        statement: En mars 2025, le repas à la cantine de Valdorne coûtait 3,10 euros.
        quantity: {value: 3.10, unit: EUR}
        as_of: 2025-03
      - id: hausse
        statement: En septembre 2025, le prix du repas à la cantine de Valdorne est passé de 3,25 euros à 3,51 euros, une hausse de 8 %.
        quantity: {value: 8, unit: percent}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the level before the change the statement before told is the change's starting level, not an earlier date's
    ("In June the board cut the average annual water bill in Harbourton by 6%. Before that cut, the average annual "
     "water bill had stood at £512.", "en", "contradicted", "period"),
    ("In June the board cut the average annual water bill in Harbourton by 6%. Before that cut, the average annual "
     "water bill had stood at £540.", "en", "supported", "quantity"),
    ("En septembre, Valdorne a augmenté de 8 % le prix du repas à la cantine. Avant cette hausse, le repas à la cantine "
     "coûtait 3,10 euros.", "fr", "contradicted", "period"),
    ("En septembre, Valdorne a augmenté de 8 % le prix du repas à la cantine. Avant cette hausse, le repas à la cantine "
     "coûtait 3,25 euros.", "fr", "supported", "quantity"),
])
def test_a_level_before_a_change_is_its_starting_level(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, BEFORE_CHANGE), text, lang), want, rule)


FORECASTS = """
version: 1
entities:
  valdor-institute: {names: [Valdor Institute]}
  banque-montclar: {names: [Banque de Montclar]}
sources:
  - id: outlook-spring
    title: Valdor economic outlook (April 2025)
    published: 2025-04-10
    superseded_by: outlook-autumn
    facts:
      - id: growth-2026
        statement: The Valdor Institute forecast that Valdor's economy would grow 1.4% in 2026.
        subject: valdor-institute
        quantity: {value: 1.4, unit: percent, bound: about}
        as_of: 2026
      - id: deaths-2024
        statement: The Valdor Institute forecast that 2,310 people would die on Valdor's roads in 2024.
        subject: valdor-institute
        quantity: {value: 2310, unit: people}
        as_of: 2024
  - id: outlook-autumn
    title: Valdor economic outlook (October 2025)
    published: 2025-10-09
    facts:
      - id: growth-2026
        statement: The Valdor Institute's median forecast for Valdor's economic growth in 2026 is now 1.1%.
        subject: valdor-institute
        quantity: {value: 1.1, unit: percent, bound: about}
        as_of: 2026
  - id: previsions-mars
    title: Prévisions de la Banque de Montclar (mars 2025)
    published: 2025-03-18
    superseded_by: previsions-sept
    facts:
      - id: croissance-2026
        statement: La Banque de Montclar prévoyait une croissance de l'économie de Montclar de 0,9 % en 2026.
        subject: banque-montclar
        quantity: {value: 0.9, unit: percent, bound: about}
        as_of: 2026
  - id: previsions-sept
    title: Prévisions de la Banque de Montclar (septembre 2025)
    published: 2025-09-16
    facts:
      - id: croissance-2026
        statement: La prévision de la Banque de Montclar pour la croissance de l'économie de Montclar en 2026 est désormais de 1,2 %.
        subject: banque-montclar
        quantity: {value: 1.2, unit: percent, bound: about}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a verb of forecast whose complement is in the future: a forecast, compared with the forecasts, the older one's
    # figure outdated
    ("The Valdor Institute projects that the economy will grow 1.4 percent in 2026.", "en", "outdated", "outdated"),
    ("The Valdor Institute projects the economy to grow 1.1 percent in 2026.", "en", "supported", "quantity"),
    ("La Banque de Montclar prévoit que l'économie progressera de 0,9 % en 2026.", "fr", "outdated", "outdated"),
    # "median" beside "forecast", "quarterly" beside "outlook" qualify the document, not the measure; a fiscal year
    # ending by June is mostly the year before
    ("In its quarterly outlook, the Valdor Institute projects that the economy will grow 1.1 percent in the fiscal "
     "year ending in March 2027.", "en", "supported", "quantity"),
    ("Dans sa note trimestrielle, la Banque de Montclar prévoit que l'économie progressera de 1,2 % sur l'exercice "
     "clos fin mars 2027.", "fr", "supported", "quantity"),
])
def test_a_forecast_verb_with_a_future_complement_gives_a_forecast(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FORECASTS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    # with a past complement, an estimate of what happened: never a forecast's figure, old or new
    ("The Valdor Institute projects that 2,310 people were killed on Valdor's roads in 2024.", "en"),
])
def test_a_forecast_verb_with_a_past_complement_is_an_estimate(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, FORECASTS), text, lang)
    assert st.verdict not in ("supported", "outdated"), [(c.verdict, c.rules, c.explanation) for c in st.claims]


REVISED_BESIDE = """
version: 1
sources:
  - id: first-estimate
    title: Osterland ferry revenue, first estimate
    published: 2025-03-10
    superseded_by: final-figures
    facts:
      - id: revenue
        statement: Ferry fares brought in £2.6 billion in 2024, a 9% increase in real terms on the year before.
        quantity: {value: 2.6e9, unit: GBP}
        as_of: 2024
  - id: final-figures
    title: Osterland ferry finance 2024
    published: 2025-09-18
    facts:
      - id: revenue
        statement: Ferry fares brought in £2.7 billion in 2024, up 11% in real terms on the year before.
        quantity: {value: 2.7e9, unit: GBP}
        as_of: 2024
      - id: passengers
        statement: Ferry passenger numbers rose 10% in 2024 on the year before.
        quantity: {value: 10, unit: percent}
        as_of: 2024
  - id: premiere-estimation
    title: Recettes des péages de la Valmerie, première estimation
    published: 2025-03-12
    superseded_by: bilan-definitif
    facts:
      - id: recettes
        statement: Les péages de la Valmerie ont rapporté 4,2 milliards d'euros en 2024, soit une hausse de 6 % sur un an.
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2024
  - id: bilan-definitif
    title: Bilan définitif des péages de la Valmerie 2024
    published: 2025-09-20
    facts:
      - id: recettes
        statement: Les péages de la Valmerie ont rapporté 4,3 milliards d'euros en 2024, en hausse de 8 % sur un an.
        quantity: {value: 4.3e9, unit: EUR}
        as_of: 2024
      - id: trafic
        statement: Le trafic sur les péages de la Valmerie a augmenté de 7 % en 2024 sur un an.
        quantity: {value: 7, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the second figure the superseded fact writes beside its own, which the newer fact revised: outdated too
    ("Ferry fares brought in £2.6 billion in 2024, 9% more than a year earlier.", "en", "outdated", "outdated"),
    ("Les péages de la Valmerie ont rapporté 4,2 milliards d'euros en 2024 et ont augmenté de 6 % sur un an.", "fr",
     "outdated", "outdated"),
    # written in the other order than the superseded fact's: not its sentence restated, the figure stays refuted
    ("Les péages de la Valmerie ont augmenté de 6 % sur un an et ont rapporté 4,2 milliards d'euros en 2024.", "fr",
     "contradicted", "quantity"),
])
def test_a_figure_the_superseded_fact_writes_beside_is_outdated_too(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REVISED_BESIDE), text, lang), want, rule)


WHEN_AND_WAY_ONLY = """
version: 1
sources:
  - id: cycles
    title: Westmark cycle trade, June 2025
    published: 2025-07-10
    facts:
      - id: sales
        statement: Sales of new bicycles in Westmark rose 8.3 percent in June 2025.
        quantity: {value: 8.3, unit: percent}
        as_of: 2025-06
  - id: velos
    title: Le marché du vélo à Belcombe, juin 2025
    published: 2025-07-10
    facts:
      - id: ventes
        statement: Les ventes de vélos neufs à Belcombe ont progressé de 8,3 % en juin 2025.
        quantity: {value: 8.3, unit: percent}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact that shares only the claim's month and its word of movement measures something else: unchecked
    ("Repairs carried out by independent workshops rose 2.1 percent in June 2025.", "en", "unverified"),
    ("Les réparations confiées aux ateliers indépendants ont progressé de 2,1 % en juin 2025.", "fr", "unverified"),
    # (three words of its own are enough to name what is measured)
    ("Repairs rose 2.1 percent in June 2025.", "en", "unverified"),
    ("Les réparations ont progressé de 2,1 % en juin 2025.", "fr", "unverified"),
    # the fact's own measure, with a wrong figure: refuted
    ("Sales of new bicycles in Westmark rose 2.1 percent in June 2025.", "en", "contradicted"),
    ("Bicycle sales rose 2.1 percent in June 2025.", "en", "contradicted"),
    ("Les ventes de vélos neufs à Belcombe ont progressé de 2,1 % en juin 2025.", "fr", "contradicted"),
])
def test_only_when_and_which_way_in_common(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, WHEN_AND_WAY_ONLY), text, lang)
    assert_verdict(st, want)


LEVEL_WAYS = """
version: 1
entities:
  norvale: {names: [Norvale Reserve Bank]}
  banque-ardan: {names: [Banque d'Ardanie]}
sources:
  - id: central-banks
    title: Central bank decisions
    published: 2025-03-14
    facts:
      - id: norvale-hike
        statement: On March 14, 2025 the Norvale Reserve Bank raised the rate it pays on overnight deposits to 3.25% from 3%.
        subject: norvale
        quantity: {value: 3.25, unit: percent}
        as_of: 2025-03-14
      - id: ardan-hausse
        statement: Le 14 mars 2025, la Banque d'Ardanie a relevé le taux de ses prêts à une semaine à 2,25 %, contre 2 % auparavant.
        subject: banque-ardan
        quantity: {value: 2.25, unit: percent}
        as_of: 2025-03-14
  - id: press
    title: Press coverage
    published: 2025-03-14
    facts:
      - id: norvale-highest
        statement: At 3.25%, the Norvale Reserve Bank's deposit rate is at its highest level since 2008.
        subject: norvale
        as_of: 2025-03-14
      - id: ardan-record
        statement: À 2,25 %, le taux directeur de la Banque d'Ardanie est à son plus haut niveau depuis 2009.
        subject: banque-ardan
        as_of: 2025-03-14
"""


@pytest.mark.parametrize("text, lang, want", [
    # the level is right, the way it was reached wrong: the agreeing fact that says how it moved judges the way
    ("The Norvale Reserve Bank lowered its deposit rate to 3.25% in March.", "en", "contradicted"),
    ("La Banque d'Ardanie a baissé son taux directeur à 2,25 % en mars.", "fr", "contradicted"),
])
def test_the_way_a_level_was_reached_against_the_fact_that_says_it(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, LEVEL_WAYS), text, lang), want, "direction")


SAME_SHARES = """
version: 1
entities:
  kestrel: {names: [Kestrel Rail]}
  verlan: {names: [Verlan Transports]}
sources:
  - id: punctuality
    title: Punctuality 2025
    published: 2025-06-30
    facts:
      - id: kestrel-on-time
        statement: 91% of Kestrel Rail trains ran on time in 2025, the same proportion as in 2024.
        subject: kestrel
        quantity: {value: 91, unit: percent}
        as_of: 2025
      - id: verlan-ponctualite
        statement: 87 % des trains de Verlan Transports sont arrivés à l'heure en 2025, la même proportion qu'en 2024.
        subject: verlan
        quantity: {value: 87, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # "the same proportion as" / « la même proportion qu'en » is no change: a rise said is the wrong way
    ("91% of Kestrel Rail trains ran on time in 2025, a higher proportion than a year earlier.", "en", "contradicted"),
    ("87 % des trains de Verlan Transports sont arrivés à l'heure en 2025, une proportion en hausse sur un an.", "fr", "contradicted"),
])
def test_the_same_proportion_is_no_change(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SAME_SHARES), text, lang), want, "direction")


def test_an_incise_after_an_auxiliary_keeps_the_subject(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: safety
    title: Bilan sécurité 2025 de Marlévy
    published: 2026-03-01
    facts:
      - id: falls
        statement: Les chutes de hauteur ont causé 140 blessés graves en 2025.
        quantity: {value: 140, unit: blessés graves}
        as_of: 2025
      - id: sites
        statement: 87 blessés graves liés à des accidents de chantier ont été recensés en 2025, soit 12 de plus qu'en 2024.
        quantity: {value: 87, unit: blessés graves}
        as_of: 2025
"""
    checker = checker_for(tmp_path_factory, listing)
    # « ont, eux, causé »: the participle completes the verb — one claim, with its subject, not an apposition
    st = last_statement(checker, "Les accidents de chantier ont, eux, causé 87 blessés graves en 2025, soit 12 de plus "
                                 "qu'en 2024.", "fr")
    assert [c.claim.role for c in st.claims] == ["main", "gloss"]
    assert st.claims[0].verdict == "supported" and "quantity" in st.claims[0].rules, st.claims[0].explanation
    assert_rule(last_statement(checker, "Les accidents de chantier ont, eux, causé 97 blessés graves en 2025, soit 12 de plus "
                               "qu'en 2024.", "fr"), "contradicted", "quantity")
    st = last_statement(checker, "Building-site accidents have, however, caused 87 serious injuries in 2025, 12 more "
                                 "than in 2024.", "en")
    assert st.claims[0].claim.text.startswith("Building-site accidents have, however, caused 87")



NONE_ITEM = """
version: 1
entities:
  blue: {names: [Blue List, Liste bleue]}
  greens: {names: [Greens, Verts]}
sources:
  - id: count
    title: Velden council vote
    published: 2026-04-13
    facts:
      - id: outright
        statement: 58 councillors were elected outright, 21 from the Blue List and 14 from the Greens.
        quantity: {value: 58, unit: councillors}
        as_of: 2026-04-12
      - id: elus
        statement: 58 conseillers ont été élus d'emblée, dont 21 de la Liste bleue et 14 des Verts.
        quantity: {value: 58, unit: conseillers}
        as_of: 2026-04-12
"""


@pytest.mark.parametrize("text, lang", [
    # an item a list gives as none, that the confirming fact gives a number, is wrong beside the right ones
    ("58 councillors were elected outright, 21 from the Blue List and zero from the Greens.", "en"),
    ("58 conseillers ont été élus d'emblée, dont 21 de la Liste bleue et aucun des Verts.", "fr"),
    # (also when the item is the only one the clause gives, with no figure of its own)
    ("58 councillors were elected outright, zero from the Greens.", "en"),
    ("58 conseillers ont été élus d'emblée, dont aucun des Verts.", "fr"),
])
def test_an_item_given_as_none_that_the_source_counts_is_wrong(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, NONE_ITEM), text, lang), "mixed", "quantity")


YEAR_ON_YEAR = """
version: 1
sources:
  - id: thefts
    title: Osterland police statistics 2025
    published: 2026-02-01
    facts:
      - id: bike-thefts
        statement: Police in Osterland recorded 48,200 bicycle thefts in 2025 (+6 %).
        terms: [bicycle thefts, vols de vélos]
        quantity: {value: 48200, unit: thefts}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the baseline year of a change the fact confirms, the year before the fact's: the change over that year
    ("Police in Osterland recorded 48,200 bicycle thefts, 6% more than in 2024.", "en", "supported"),
    ("Police in Osterland recorded 48,200 bicycle thefts, 6% more than in 2021.", "en", "unverified"),
    ("La police d'Osterland a enregistré 48 200 vols de vélos, soit 6 % de plus qu'en 2024.", "fr", "supported"),
    # (the other way round: the right level, and a change the fact writes "+6 %" — a wrong direction)
    ("La police d'Osterland a enregistré 48 200 vols de vélos, soit 6 % de moins qu'en 2024.", "fr", "mixed"),
    ("Police in Osterland recorded 48,200 bicycle thefts, 6% fewer than in 2024.", "en", "mixed"),
])
def test_a_change_baseline_the_year_before_the_fact_is_its_year(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, YEAR_ON_YEAR), text, lang)
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation, c.parts) for c in st.claims]


SPAN_ONLY = """
version: 1
sources:
  - id: cpi-2025-05
    title: Consumer prices, May 2025
    published: 2025-06-13
    facts:
      - id: cpi-month
        statement: The consumer price index of Westmark fell 0.2% over the month in May 2025.
        quantity: {value: -0.2, unit: percent}
        as_of: 2025-05
      - id: ipc-mois
        statement: En mai 2025, l'indice des prix à la consommation de la Westmarche baisse de 0,2 % sur un mois.
        quantity: {value: -0.2, unit: percent}
        as_of: 2025-05
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact that shares only the span a figure runs over ("over the month", « sur un mois ») measures something else
    ("Over the month, imported timber and fresh fish both rose 3.1%.", "en", "unverified"),
    ("Sur un mois, le bois importé et le poisson frais ont progressé de 3,1 %.", "fr", "unverified"),
    # the fact's own measure, with a wrong figure: refuted
    ("Over the month, Westmark's consumer price index fell 0.6%.", "en", "contradicted"),
    ("Sur un mois, l'indice des prix à la consommation de la Westmarche a baissé de 0,6 %.", "fr", "contradicted"),
])
def test_only_the_span_in_common(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SPAN_ONLY), text, lang)
    assert_verdict(st, want)


HEADS = """
version: 1
entities:
  westmark: {names: [Westmark, Westmarche]}
sources:
  - id: labour-2025-06
    title: Labour market, June 2025
    published: 2025-07-15
    facts:
      - id: unemployment
        statement: The unemployment rate of Westmark fell to 4.1% in June 2025.
        quantity: {value: 4.1, unit: percent}
        as_of: 2025-06
      - id: chomage
        statement: Le taux de chômage de la Westmarche a reculé à 4,1 % en juin 2025.
        quantity: {value: 4.1, unit: percent}
        as_of: 2025-06
      - id: eggs
        statement: Egg prices in Westmark rose 8.2% over the year to June 2025.
        quantity: {value: 8.2, unit: percent}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # one head, qualified apart on each side ("interest rate" / "unemployment rate"): another measure, not covered
    ("The central bank cut its key interest rate to 3.5% in June 2025.", "en", "unverified"),
    # (a capital opening the sentence is no name's: "Timber" still qualifies "prices")
    ("Timber prices in Westmark rose 2.6% over the year to June 2025.", "en", "unverified"),
    ("La banque centrale a abaissé le taux d'intérêt de ses prêts à 3,5 % en juin 2025.", "fr", "unverified"),
    # the same head and qualifier, with a wrong figure: refuted
    ("The unemployment rate fell to 4.6% in June 2025.", "en", "contradicted"),
    ("Le taux de chômage a reculé à 4,6 % en juin 2025.", "fr", "contradicted"),
])
def test_one_head_qualified_apart(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HEADS), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # the fact makes the claim's comparison the same way against the same thing, or the other way round with its
    # two sides swapped ("fewer stalls than visitors expected" is "more visitors expected than stalls")
    ("Les stations de ski ont accueilli un peu plus de skieurs qu'en 2022, contrairement aux plages.", "fr", "supported"),
    ("Both harbours ended up with far fewer ferries than their passenger numbers would suggest.", "en", "supported"),
    ("Les stations de ski ont accueilli un peu moins de skieurs qu'en 2022, contrairement aux plages.", "fr", "contradicted"),
])
def test_a_comparison_the_fact_makes_is_confirmed_by_shared_words(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: tourisme
    title: Bilan de la saison d'hiver 2023
    published: 2024-05-10
    facts:
      - id: stations
        statement: Les stations de ski ont été un peu plus fréquentées qu'en 2022 pendant l'hiver 2023, contrairement aux plages.
        as_of: 2023
      - id: harbours
        statement: Both harbours each ended up with a much bigger share of the passenger numbers than of the ferries.
        as_of: 2023
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


SPLIT_FIGURES = """
version: 1
sources:
  - id: norvane-results
    title: Norvane results 2024
    published: 2025-02-10
    facts:
      - id: eps-adjusted
        statement: Excluding the one-off charge, Norvane's diluted earnings per share for 2024 were 2.31 dollars, up 9 percent year over year.
        quantity: {value: 2.31, unit: USD}
        as_of: 2024
      - id: bpa-ajuste
        statement: Hors charge exceptionnelle, le bénéfice par action dilué de Norvane s'établit à 2,31 euros en 2024, en hausse de 9 % sur un an.
        quantity: {value: 2.31, unit: EUR}
        as_of: 2024
      - id: core-index
        statement: The Norvane index of all items less food and energy rose 2.6 % over the 12 months ending November 2024.
        quantity: {value: 2.6, unit: percent}
        as_of: 2024-11
"""


@pytest.mark.parametrize("text, lang, want", [
    # a main clause's figure that the fact confirming its relative clause states in its sentence, the same way
    ("Excluding that charge, diluted earnings per share came to $2.31, up 9 percent.", "en", "supported"),
    ("Hors cette charge, le bénéfice par action dilué, qui s'établit à 2,31 euros, progresse de 9 %.", "fr", "supported"),
    # a change the confirming fact gives otherwise beside the level (9 %, not 14 %) is refuted; one it states the
    # other way is a wrong direction
    ("Excluding that charge, diluted earnings per share came to $2.31, up 14 percent.", "en", "mixed"),
    ("Hors cette charge, le bénéfice par action dilué, qui s'établit à 2,31 euros, progresse de 14 %.", "fr", "mixed"),
    ("Excluding that charge, diluted earnings per share came to $2.31, down 9 percent.", "en", "mixed"),
    # a level reached ("eased to") is not a change the other way ("rose 2.6 %"): left undecided, no false alarm
    ("Norvane core inflation, which leaves out food and energy, eased to 2.6%.", "en", "unverified"),
])
def test_a_main_figure_stated_by_the_fact_of_its_relative_clause(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SPLIT_FIGURES), text, lang), want)


YEARS_AS_COUNTS = """
version: 1
sources:
  - id: river-plan
    title: River plan 2024
    published: 2024-12-19
    facts:
      - id: pollution-money
        statement: Almost £9bn is allocated to cutting river pollution by 30% by 2030 from 2020 levels.
        quantity: {value: 9e9, unit: GBP, bound: at-most}
        as_of: 2024-12
      - id: upgrade
        statement: The regulator approved a £61bn upgrade of the river network for 2026 to 2031 on 19 December 2024.
        quantity: {value: 61e9, unit: GBP}
        as_of: 2024-12
      - id: pollution-fr
        statement: Près de 5 milliards d'euros financeront une baisse de 25 % de la pollution d'ici à 2030 par rapport à 2019.
        quantity: {value: 5e9, unit: EUR, bound: at-most}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # a year written before its noun, read as a count ("2020 levels", "the 2026 to 2031 period"), that the
    # confirming fact gives as a date, is confirmed; another year stays unchecked
    ("Nearly £9bn is earmarked for cutting river pollution by 30% by 2030 compared with 2020 levels.", "en", "supported"),
    ("In its final decision, the regulator approved £61bn of spending for the 2026 to 2031 period.", "en", "supported"),
    ("Nearly £9bn is earmarked for cutting river pollution by 30% by 2030 compared with 2018 levels.", "en", "unverified"),
    ("In its final decision, the regulator approved £61bn of spending for the 2025 to 2031 period.", "en", "unverified"),
    ("Près de 5 milliards d'euros financeront une baisse de 25 % de la pollution d'ici à 2030 par rapport aux 2019 niveaux.",
     "fr", "supported"),
    ("Près de 5 milliards d'euros financeront une baisse de 25 % de la pollution d'ici à 2030 par rapport aux 2017 niveaux.",
     "fr", "unverified"),
])
def test_a_year_read_as_a_count_that_the_fact_dates(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEARS_AS_COUNTS), text, lang), want)


RATIO_OF_FIGURES = """
version: 1
sources:
  - id: hiring-revision
    title: Hiring benchmark revision 2025
    published: 2025-09-09
    facts:
      - id: monthly-average
        statement: Average monthly hiring in the year to March 2025 falls to about 62,000 from the roughly 131,000 first reported.
        quantity: {value: 62000, unit: jobs, bound: about}
        as_of: 2025-03
      - id: frequence
        statement: En 2019, la pêche compte 48,2 accidents mortels par milliard d'heures, contre 14,6 pour l'ensemble des secteurs.
        quantity: {value: 48.2, unit: accidents mortels par milliard d'heures}
        as_of: 2019
"""


@pytest.mark.parametrize("text, lang, want", [
    # a share or a multiple in words that the claim's two confirmed figures give is confirmed by them
    ("Average monthly hiring in the year to March was only about half the pace first reported, around 62,000 rather "
     "than 131,000.", "en", "supported"),
    ("On relevait alors environ 48,2 accidents mortels par milliard d'heures dans la pêche, plus de trois fois la "
     "moyenne de 14,6 observée tous secteurs confondus.", "fr", "supported"),
    # another ratio of the same two figures stays unchecked
    ("Average monthly hiring in the year to March was only about a third of the pace first reported, around 62,000 "
     "rather than 131,000.", "en", "unverified"),
    ("On relevait alors environ 48,2 accidents mortels par milliard d'heures dans la pêche, plus de cinq fois la "
     "moyenne de 14,6 observée tous secteurs confondus.", "fr", "unverified"),
])
def test_a_ratio_in_words_of_two_confirmed_figures(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RATIO_OF_FIGURES), text, lang), want)


ANTECEDENT_GLOSS = """
version: 1
sources:
  - id: comptes-2024
    title: Comptes du régime 2024
    published: 2025-06-13
    facts:
      - id: deficit-2024
        statement: Le déficit du régime de Norvanie s'établit à 12,1 milliards d'euros en 2024.
        quantity: {value: -12.1e9, unit: EUR}
        as_of: 2024
      - id: ecart-loi
        statement: Le déficit 2024 du régime de Norvanie est inférieur de près de 2 milliards d'euros au solde de -14 milliards prévu par la loi de finances.
        quantity: {value: 2e9, unit: EUR, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # a relative clause's figure stated by the fact that confirms, through the statement before, its main clause
    ("Le déficit du régime de Norvanie a atteint 12,1 milliards d'euros en 2024. C'est près de 2 milliards de moins "
     "que ce que prévoyait la loi de finances, qui tablait sur 14 milliards.", "supported"),
    ("Le déficit du régime de Norvanie a atteint 12,1 milliards d'euros en 2024. C'est près de 2 milliards de moins "
     "que ce que prévoyait la loi de finances, qui tablait sur 16 milliards.", "unverified"),
])
def test_a_relative_figure_beside_a_main_clause_its_antecedent_confirms(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ANTECEDENT_GLOSS), text, "fr"), want)


QUARTER_FIGURES = """
version: 1
sources:
  - id: norvane-q3
    title: Norvane third-quarter results
    published: 2025-10-30
    facts:
      - id: revenue
        statement: Norvane's revenue for the quarter ended 28 September 2025 was 41.2 billion dollars, up 6 percent year over year.
        quantity: {value: 41.2e9, unit: USD}
        as_of: 2025-09
      - id: net-income
        statement: Norvane's quarterly net income dropped to 9.1 billion dollars from 11.4 billion dollars a year earlier, after a one-off tax charge.
        quantity: {value: 9.1e9, unit: USD}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # the fact confirming the relative clause ("which ended on …") confirms the main clause's figures only when it
    # names what the main clause measures: "net income" is another fact's measure
    ("Norvane reported net income of $41.2 billion for the quarter, which ended on 28 September, up 6 percent.", "en",
     "unverified"),
    ("Norvane reported revenue of $41.2 billion for the quarter, which ended on 28 September, up 6 percent.", "en",
     "supported"),
])
def test_a_relative_clause_fact_confirms_only_its_own_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, QUARTER_FIGURES), text, lang), want)


ROAD_AIM = """
version: 1
entities:
  orvane: {names: [Orvane]}
sources:
  - id: orvane-roads
    title: Orvane road safety report
    published: 2025-03-02
    facts:
      - id: deaths
        statement: Compared with 2019, the reference year of the 2020-2030 decade, the number of road deaths in Orvane in 2024 was down 4 %.
      - id: morts
        statement: Par rapport à 2019, année de référence de la décennie 2020-2030, le nombre de morts sur les routes d'Orvane en 2024 est en baisse de 4 %.
"""
ROAD_AIM_SAID = ROAD_AIM + """      - id: aim
        statement: Orvane's goal is to halve the number of road deaths between 2019 and 2030.
      - id: objectif
        statement: Orvane s'est fixé pour objectif de diviser par deux le nombre de morts sur les routes entre 2019 et 2030.
"""


@pytest.mark.parametrize("text, lang", [
    ("Orvane has kept its goal of halving the number of road deaths between 2019 and 2030.", "en"),
    ("Orvane s'est pourtant fixé pour objectif de diviser par deux le nombre de morts sur les routes entre 2019 et 2030.", "fr"),
])
@pytest.mark.parametrize("sources, want", [(ROAD_AIM, "unverified"), (ROAD_AIM_SAID, "supported")])
def test_an_aim_is_confirmed_only_by_a_fact_that_states_it(tmp_path_factory, text, lang, sources, want):
    # words in common about what was measured confirm no one's aim; a fact that states the aim does
    assert_verdict(last_statement(checker_for(tmp_path_factory, sources), text, lang), want)


@pytest.mark.parametrize("text, want, rule", [
    # a gloss of a relative clause is carried by the fact that confirms the relative clause (the main clause unchecked)
    ("L'essentiel du recul vient des centrales de Valmont, dont la consommation est tombée à 42 TWh, soit 18 % de "
     "moins qu'en 2023.", "supported", "quantity-alongside"),
    # a change that fact does not write stays unchecked: carrying never refutes a value
    ("L'essentiel du recul vient des centrales de Valmont, dont la consommation est tombée à 42 TWh, soit 25 % de "
     "moins qu'en 2023.", "unverified", "quantity"),
])
def test_a_gloss_of_a_relative_clause_is_carried_by_its_fact(tmp_path_factory, text, want, rule):
    listing = """
version: 1
sources:
  - id: energy
    title: Bilan énergétique de Valmont 2024
    published: 2025-02-10
    facts:
      - id: plants
        statement: La consommation de gaz des centrales de Valmont est tombée à 42 TWh en 2024, en baisse de 18 % sur un an.
        quantity: {value: 42, unit: TWh}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, "fr"), want, rule)


@pytest.mark.parametrize("text, want", [
    # a change beside a level of the same claim, the claim left unverified by it: refuted by the level's fact
    ("Dorsan installed 21.4 GW, a 15 percent increase on the previous year.", "mixed"),
    ("Dorsan installed 21.4 GW, a 6 percent increase on the previous year.", "supported"),
])
def test_a_change_beside_a_level_its_own_claim_confirms(tmp_path_factory, text, want):
    listing = """
version: 1
sources:
  - id: wind
    title: Wind installations 2024
    published: 2025-02-10
    facts:
      - id: dorsan
        statement: Dorsan installed 21.4 GW of wind in 2024, 6% more than in 2023.
        quantity: {value: 21.4, unit: GW}
        as_of: 2024
      - id: korlandia
        statement: Installations in Korlandia rose 2 percent to 3.1 GW in 2024.
        quantity: {value: 2, unit: percent}
        as_of: 2024
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, "en"), want)



EVENTS = """
version: 1
entities:
  fondation-orvelle: {names: [Fondation Orvelle, Orvelle Foundation]}
  valtorne: {names: [Valtorne]}
sources:
  - id: orvelle-2025
    title: Rapport annuel 2024
    publisher: fondation-orvelle
    published: 2025-03-01
    facts:
      - id: refuges
        statement: La Fondation Orvelle gère des refuges dans le Valtorne.
        subject: fondation-orvelle
      - id: shelters
        statement: The Orvelle Foundation runs shelters in Valtorne.
        subject: fondation-orvelle
      - id: coupures
        statement: Les foyers du Valtorne étaient privés d'électricité le mardi matin.
      - id: outages
        statement: Homes in Valtorne were without power on Tuesday morning.
      - id: label
        statement: Valtorne kept its clean-water label over 2021-2023.
      - id: hivers
        statement: Les hivers sont rigoureux dans le Valtorne.
      - id: liquidations
        statement: Local voluntary liquidations rose in Valtorne last year.
"""


@pytest.mark.parametrize("text, lang, want", [
    # an event a fact shares only names, places or times with is not the fact's: what happens must be said too
    ("La Fondation Orvelle a été reconnue d'utilité publique.", "fr", "unverified"),
    ("The Orvelle Foundation was granted charity status.", "en", "unverified"),
    ("Dans le Valtorne, la préfecture a fermé les écoles le mardi matin.", "fr", "unverified"),
    ("In Valtorne, the prefect closed the schools on Tuesday morning.", "en", "unverified"),
    ("La Fondation Orvelle gère des refuges dans le Valtorne.", "fr", "supported"),
    ("The Orvelle Foundation runs shelters in Valtorne.", "en", "supported"),
])
def test_an_event_is_confirmed_by_a_fact_that_says_what_happens(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, EVENTS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a date of a clause the words in common confirm is checked: one no fact gives leaves the statement unverified
    ("La Fondation Orvelle gère des refuges dans le Valtorne depuis 1998.", "fr", "unverified"),
    ("The Orvelle Foundation has run shelters in Valtorne since 1998.", "en", "unverified"),
    # a span of years the fact writes gives each of its years
    ("Valtorne kept its clean-water label from 2021 to 2023.", "en", "supported"),
])
def test_the_dates_of_a_clause_confirmed_by_shared_words_are_checked(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, EVENTS), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # the publisher written as the list's entity id names that party (« la Fondation Orvelle qualifie … »)
    ("La Fondation Orvelle qualifie les hivers de rigoureux dans le Valtorne.", "fr", "supported"),
    # a name in capitals the fact spells out ("LVLs", "local voluntary liquidations")
    ("In Valtorne, LVLs rose last year.", "en", "supported"),
])
def test_a_party_or_name_the_fact_gives_another_way(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, EVENTS), text, lang), want)


@pytest.mark.parametrize("text, relation", [
    # "from" before a date is a baseline after a figure or alone, not after a thing it says something comes from
    ("In Valtorne, 412 people died from heat exhaustion in 2023.", "at"),
    ("Coverage reached 52.4% in Valtorne, up from 48.9% in 2019.", "baseline"),
])
def test_from_before_a_date_is_a_baseline_only_after_a_figure(text, relation):
    from rulehelpers import _analysed
    dates = [d for c in _analysed(text, "en").claims for d in c.dates if d.year]
    assert dates and dates[-1].relation == relation, [(d.text, d.relation) for d in dates]



SALES_WESTMARK = """
version: 1
entities:
  brevanne: {names: [Brevanne]}
sources:
  - id: brevanne-2024
    title: Brevanne annual results 2024
    publisher: brevanne
    published: 2025-02-10
    facts:
      - id: westmark
        statement: In Westmark, Brevanne's sales rose 4.2% to €2.3 billion in 2024.
        quantity: {value: 2.3e9, unit: EUR}
        as_of: 2024
      - id: westmark-fr
        statement: En Westmarque, les ventes de Brevanne ont progressé de 4,2 % à 2,3 milliards d'euros en 2024.
        quantity: {value: 2.3e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a denied change beside a bound in a clause of its own (« …, restant sous … ») is judged as a denial (the English
    # reader makes "…, staying below …" a claim of its own already)
    ("En Westmarque, les ventes de Brevanne n'ont pas progressé en 2024, restant sous les 2,3 milliards d'euros.", "fr",
     "contradicted"),
    ("In Westmark, Brevanne's sales rose 4.2% in 2024, to €2.3 billion.", "en", "supported"),
    ("En Westmarque, les ventes de Brevanne ont progressé de 4,2 % en 2024, à 2,3 milliards d'euros.", "fr", "supported"),
])
def test_a_denied_change_beside_a_bound_of_its_own_is_a_denial(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SALES_WESTMARK), text, lang), want)



DAY_DATED = """
version: 1
sources:
  - id: valtorne-pay
    title: Salaires du Valtorne
    published: 2026-01-05
    facts:
      - id: prime-fr
        statement: La prime de Valtorne est revalorisée au 1er mars 2026.
        as_of: 2026-03-01
      - id: bonus-en
        statement: The Valtorne bonus was raised on 1 March 2026.
        as_of: 2026-03-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # the day and month of a date are what the fact is checked on, not a second word of what happens: the
    # pension, which no fact names, is not confirmed by a fact about the bonus raised the same day
    ("La pension minimale est, elle aussi, revalorisée au 1er mars.", "fr", "unverified"),
    ("The minimum pension was also raised on 1 March.", "en", "unverified"),
    ("La prime de Valtorne est revalorisée au 1er mars.", "fr", "supported"),
    ("The Valtorne bonus was raised on 1 March.", "en", "supported"),
])
def test_a_day_date_is_not_a_word_of_what_happens(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DAY_DATED), text, lang), want)


LOST_FIGURES = """
version: 1
entities:
  orvelle: {names: [Orvelle, groupe Orvelle, Orvelle group]}
sources:
  - id: valtorne-books
    title: Le marché du livre dans le Valtorne en 2024
    published: 2025-02-01
    facts:
      - id: romans-fr
        statement: Les ventes de romans du Valtorne ont progressé de 1,4 million d'exemplaires en 2024.
        quantity: {value: 1.4e6, unit: exemplaires}
        as_of: 2024
      - id: novels-en
        statement: Valtorne's novel sales rose by 1.4 million copies in 2024.
        quantity: {value: 1.4e6, unit: copies}
        as_of: 2024
      - id: essais-fr
        statement: Les ventes d'essais du Valtorne ont reculé de 0,8 million d'exemplaires en 2024.
        quantity: {value: 0.8e6, unit: exemplaires}
        as_of: 2024
      - id: essays-en
        statement: Valtorne's essay sales fell by 0.8 million copies in 2024.
        quantity: {value: 0.8e6, unit: copies}
        as_of: 2024
      - id: motards
        statement: 126 motards sont morts sur les routes du Valtorne en 2024.
        quantity: {value: 126, unit: motards}
        as_of: 2024
      - id: perte-orvelle
        statement: Le groupe Orvelle a enregistré une perte nette de 2 milliards d'euros en 2024.
        subject: orvelle
        quantity: {value: 2e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a count that is the object of a verb of losing fell: against a source that says it rose, the wrong way
    ("Les ventes de romans du Valtorne ont perdu 1,4 million d'exemplaires en 2024.", "fr", "contradicted"),
    ("Valtorne's novel sales lost 1.4 million copies in 2024.", "en", "contradicted"),
    ("Les ventes d'essais du Valtorne ont perdu 0,8 million d'exemplaires en 2024.", "fr", "supported"),
    ("Valtorne's essay sales shed 0.8 million copies in 2024.", "en", "supported"),
    # « perdre la vie » takes no figure as object (a death count); a sum of money lost is a loss, no way
    ("En 2024, 126 motards ont perdu la vie sur les routes du Valtorne.", "fr", "supported"),
    ("Le groupe Orvelle a perdu 2 milliards d'euros en 2024.", "fr", "supported"),
])
def test_a_count_a_verb_of_losing_takes_as_object_fell(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LOST_FIGURES), text, lang), want)


def test_a_count_given_up_to_a_receiver_is_a_transfer_not_a_fall(tmp_path_factory):
    """« a cédé 12 canons à la Dalie »: a verb of losing with a receiver gives, it says no fall of a count."""
    listing = """
version: 1
entities:
  valtorne: {names: [Valtorne]}
  dalie: {names: [Dalie]}
sources:
  - id: aide
    title: Aide du Valtorne à la Dalie en 2024
    published: 2025-01-10
    facts:
      - id: canons
        statement: En 2024, les livraisons de canons du Valtorne à la Dalie ont augmenté, à 12 canons.
        subject: valtorne
        object: dalie
        quantity: {value: 12, unit: canons}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), "En 2024, le Valtorne a cédé 12 canons à la Dalie.", "fr")
    assert_verdict(st, "supported")


COORDINATED_PARTIES = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria]}
sources:
  - id: tessane-groupe
    title: Résultats annuels du groupe Tessane
    published: 2025-02-11
    facts:
      - id: velmor-fr
        statement: Le chiffre d'affaires de Velmor a reculé de 6 % en 2024, à 3 120 millions d'euros.
        subject: velmor
        quantity: {value: 3.12e9, unit: EUR}
        as_of: 2024
      - id: ostria-fr
        statement: Ostria a vu son chiffre d'affaires progresser en 2024, à 1,2 milliard d'euros.
        subject: ostria
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2024
      - id: velmor-en
        statement: Velmor's revenue fell 6% in 2024 to €3,120 million.
        subject: velmor
        quantity: {value: 3.12e9, unit: EUR}
        as_of: 2024
      - id: ostria-en
        statement: Ostria's revenue grew in 2024, to €1.2 billion.
        subject: ostria
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a clause coordinated with a confirmed one, with a party of its own: its own claim, judged against that
    # party's fact of the same year, which gives the other way
    ("Velmor a reculé de 6 % à 3,1 milliards d'euros, et Ostria a elle aussi vu ses ventes se contracter.", "fr",
     "mixed", "direction"),
    ("Velmor's revenue fell 6% to €3.1 billion, and Ostria also saw its sales shrink.", "en", "mixed", "direction"),
    ("Velmor a reculé de 6 % à 3,1 milliards d'euros, et Ostria a vu ses ventes progresser.", "fr", "supported", "quantity"),
    ("Velmor's revenue fell 6% to €3.1 billion, while Ostria's sales grew.", "en", "supported", "quantity"),
    # a party the list gives nothing of that year: that clause is unchecked, the statement no more than unverified
    ("Velmor a reculé de 6 % à 3,1 milliards d'euros, et Korland a elle aussi vu ses ventes reculer.", "fr",
     "unverified", "quantity"),
    ("Velmor's revenue fell 6% to €3.1 billion, and Korland's sales shrank too.", "en", "unverified", "quantity"),
])
def test_a_coordinated_clause_of_another_party_is_judged_against_its_fact(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, COORDINATED_PARTIES), text, lang)
    assert_rule(st, want, rule)


UNCHECKED_PARTS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-annual
    title: Velmor annual results
    published: 2025-02-20
    facts:
      - id: dividend
        statement: Velmor proposes a dividend of 2.40 euros per share for 2024.
        subject: velmor
        quantity: {value: 2.4, unit: EUR, bound: exact}
        as_of: 2024
      - id: dividend-run
        statement: Velmor's dividend has risen for the twelfth consecutive year.
        subject: velmor
        as_of: 2024
      - id: dividende
        statement: Velmor propose un dividende de 2,40 euros par action au titre de 2024.
        subject: velmor
        quantity: {value: 2.4, unit: EUR, bound: exact}
        as_of: 2024
      - id: dividende-serie
        statement: Le dividende de Velmor progresse pour la douzième année consécutive.
        subject: velmor
        as_of: 2024
      - id: cash
        statement: Velmor's free cash flow reached a record 3,412 million euros in 2024, against 3,105 million in 2023.
        subject: velmor
        quantity: {value: 3.412e9, unit: EUR, bound: exact}
        as_of: 2024
      - id: tresorerie
        statement: Le flux de trésorerie disponible de Velmor a atteint le niveau record de 3 412 millions d'euros en 2024, contre 3 105 millions en 2023.
        subject: velmor
        quantity: {value: 3.412e9, unit: EUR, bound: exact}
        as_of: 2024
      - id: kits
        statement: Just under one million repair kits have been handed out.
        quantity: {value: 1e6, unit: kits, bound: at-most}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a count of consecutive years is a figure: compared with the one the source writes, never left out
    ("Velmor proposes a dividend of 2.40 euros per share, up for the ninth consecutive year.", "en", "mixed", "quantity"),
    ("Velmor proposes a dividend of 2.40 euros per share, up for the twelfth consecutive year.", "en", "supported",
     "quantity"),
    ("Velmor propose un dividende de 2,40 euros par action, en hausse pour la neuvième année consécutive.", "fr", "mixed",
     "quantity"),
    ("Velmor propose un dividende de 2,40 euros par action, en hausse pour la douzième année consécutive.", "fr",
     "supported", "quantity"),
    # the way between the claim's own two confirmed figures: a rise called a fall is wrong
    ("Velmor's free cash flow reached 3,412 million euros in 2024, down from 3,105 million in 2023.", "en", "mixed",
     "direction"),
    ("Velmor's free cash flow reached 3,412 million euros in 2024, up from 3,105 million in 2023.", "en", "supported",
     "quantity"),
    ("En 2024, Velmor a généré un flux de trésorerie disponible record de 3 412 millions d'euros, en baisse par rapport "
     "aux 3 105 millions de 2023.", "fr", "mixed", "direction"),
    # a figure written with a word of scale is compared like one in digits: its bound too
    ("More than a million of those repair kits have been handed out.", "en", "contradicted", "quantity-bound"),
])
def test_every_figure_of_a_claim_is_compared(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, UNCHECKED_PARTS), text, lang), want, rule)


def test_a_count_of_years_no_fact_gives_keeps_the_claim_from_support(tmp_path_factory):
    listing = UNCHECKED_PARTS.split("      - id: dividend-run")[0]
    st = last_statement(checker_for(tmp_path_factory, listing),
                        "Velmor proposes a dividend of 2.40 euros per share, up for the twelfth consecutive year.", "en")
    assert_verdict(st, "unverified")


RECORD_YEAR = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-sales
    title: Velmor sales 2024
    published: 2025-02-20
    facts:
      - id: sales
        statement: Velmor sold 5.2 million bicycles in 2024.
        subject: velmor
        quantity: {value: 5.2e6, unit: bicycles}
        as_of: 2024
      - id: sales-record
        statement: In 2024 Velmor's bicycle sales were only 80 % of their record level of 2011.
        subject: velmor
        as_of: 2024
      - id: ventes
        statement: Velmor a vendu 5,2 millions de vélos en 2024.
        subject: velmor
        quantity: {value: 5.2e6, unit: vélos}
        as_of: 2024
      - id: ventes-record
        statement: En 2024, les ventes de vélos de Velmor ne représentent que 80 % de leur niveau record de 2011.
        subject: velmor
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record the source dates to another year says nothing of the claim's figure being one
    ("Velmor sold 5.2 million bicycles in 2024, its highest level ever.", "en", "unverified"),
    ("Velmor a vendu 5,2 millions de vélos en 2024, son plus haut niveau historique.", "fr", "unverified"),
    ("Velmor sold 5.2 million bicycles in 2024.", "en", "supported"),
])
def test_a_record_of_another_year_confirms_no_record(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RECORD_YEAR), text, lang), want)


INCISE_LIST = """
version: 1
entities:
  velden-health: {names: [Velden Health, Velden Santé]}
sources:
  - id: velden-vaccines
    title: Velden vaccination report
    published: 2026-02-10
    facts:
      - id: vaccinated
        statement: Velden Health reports that 412 people, mainly nurses, were vaccinated in Ostria in 2025.
        subject: velden-health
        quantity: {value: 412, unit: people}
        as_of: 2025
      - id: vaccines
        statement: Velden Santé indique que 412 personnes, principalement des infirmiers, ont été vaccinées en Ostrie en 2025.
        subject: velden-health
        quantity: {value: 412, unit: personnes}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a list set between commas after its figure (", mostly nurses,") is an incise: the figure keeps its verb and
    # its year after it, and a wrong year is wrong
    ("Velden Health reports that 412 people, mostly nurses, were vaccinated in Ostria in 2024.", "en", "contradicted"),
    ("Velden Santé indique que 412 personnes, principalement des infirmiers, ont été vaccinées en Ostrie en 2024.", "fr",
     "contradicted"),
    # (the right year stays supported)
    ("Velden Health reports that 412 people, mostly nurses, were vaccinated in Ostria in 2025.", "en", "supported"),
    ("Velden Santé indique que 412 personnes, principalement des infirmiers, ont été vaccinées en Ostrie en 2025.", "fr",
     "supported"),
])
def test_a_list_set_between_commas_keeps_the_figure_with_its_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, INCISE_LIST), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a part cut from the figure the list confirms, left unchecked, that writes another year than that fact's own:
    # the figure's year is not confirmed
    ("Velden Health reports that 412 people, mostly nurses, queued at clinics during 2024.", "en", "unverified"),
    ("Velden Santé indique que 412 personnes, principalement des infirmiers, patientaient aux guichets en 2024.", "fr",
     "unverified"),
    # (the fact's own year: the part is the setting of a confirmed figure)
    ("Velden Health reports that 412 people, mostly nurses, queued at clinics during 2025.", "en", "supported"),
    ("Velden Santé indique que 412 personnes, principalement des infirmiers, patientaient aux guichets en 2025.", "fr",
     "supported"),
])
def test_an_unchecked_part_dated_otherwise_than_the_confirming_fact_is_no_support(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, INCISE_LIST), text, lang), want)


@pytest.mark.parametrize("text, lang, want", [
    # a relative clause set between commas after the figure: the figure reads on to its verb and year after it
    ("Velden Health reports that 412 people, who were mostly nurses, were vaccinated in Ostria in 2024.", "en",
     "contradicted"),
    ("Velden Santé indique que 412 personnes, dont 80 infirmiers, ont été vaccinées en Ostrie en 2024.", "fr",
     "contradicted"),
    ("Velden Health reports that 412 people, who were mostly nurses, were vaccinated in Ostria in 2025.", "en",
     "supported"),
    # (a figure in words too)
    ("Velden Health reports that four hundred and twelve people, who were mostly nurses, were vaccinated in Ostria in "
     "2024.", "en", "contradicted"),
    ("Velden Santé indique que quatre cent douze personnes, dont quatre-vingts infirmiers, ont été vaccinées en Ostrie "
     "en 2024.", "fr", "contradicted"),
    ("Velden Health reports that four hundred and twelve people, who were mostly nurses, were vaccinated in Ostria in "
     "2025.", "en", "supported"),
])
def test_a_relative_set_between_commas_keeps_the_figure_with_its_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, INCISE_LIST), text, lang), want)


FISCAL_PARTS = """
version: 1
sources:
  - id: brindle
    title: Brindle Coffee fiscal 2026 results
    published: 2026-11-02
    facts:
      - id: q4-comps
        statement: Brindle's comparable store sales declined 5% in the fourth quarter of fiscal 2026.
        quantity: {value: -5, unit: percent}
        as_of: 2026-Q4
      - id: fy-comps
        statement: Brindle's comparable store sales declined 1% in fiscal year 2026.
        quantity: {value: -1, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # a quarter's figure said "over the fiscal year" (« sur l'exercice ») is not the year's …
    ("Brindle's comparable store sales fell 5% over the fiscal year.", "en", "contradicted"),
    ("Les ventes comparables de Brindle ont reculé de 5 % sur l'exercice.", "fr", "contradicted"),
    # … the year's figure, or the quarter's said of its quarter, is right
    ("Brindle's comparable store sales fell 1% over the fiscal year.", "en", "supported"),
    ("Les ventes comparables de Brindle ont reculé de 1 % sur l'exercice.", "fr", "supported"),
    ("Brindle's comparable store sales fell 5% in the fourth quarter.", "en", "supported"),
])
def test_a_quarter_figure_said_over_the_fiscal_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, FISCAL_PARTS), text, lang), want)


QUARTER_BESIDE_YEAR = """
version: 1
sources:
  - id: velmor
    title: Velmor 2026 results
    published: 2027-02-10
    facts:
      - id: revenue-year
        statement: Velmor's 2026 revenue reached 12.4 billion euros.
        quantity: {value: 12400000000, unit: EUR}
        as_of: 2026
      - id: growth-q4
        statement: In the fourth quarter of 2026, Velmor's revenue reached 3.3 billion euros, up 8.1% at constant exchange rates.
        quantity: {value: 3300000000, unit: EUR}
        as_of: 2026-Q4
      - id: ca-annee
        statement: Le chiffre d'affaires 2026 de Ternal s'élève à 7,6 milliards d'euros.
        quantity: {value: 7600000000, unit: EUR}
        as_of: 2026
      - id: ca-t4
        statement: Au quatrième trimestre 2026, le chiffre d'affaires de Ternal atteint 2,1 milliards d'euros, en hausse de 6,4 % à taux de change constants.
        quantity: {value: 2100000000, unit: EUR}
        as_of: 2026-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # a quarter's growth written beside the year's amount is not the year's growth …
    ("Velmor posted revenue of 12.4 billion euros for 2026, up 8.1% at constant exchange rates.", "en", "unverified"),
    ("Ternal a publié un chiffre d'affaires de 7,6 milliards d'euros pour 2026, en hausse de 6,4 % à taux de change "
     "constants.", "fr", "unverified"),
    # … the quarter's amount and growth together are the quarter's
    ("In the fourth quarter, Velmor's revenue reached 3.3 billion euros, up 8.1% at constant exchange rates.", "en",
     "supported"),
])
def test_a_quarter_figure_beside_the_year_amount(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, QUARTER_BESIDE_YEAR), text, lang), want)


QUARTER_EVENT = """
version: 1
sources:
  - id: rondel
    title: Rondel 2026 results
    published: 2027-02-06
    facts:
      - id: norland-q4
        statement: Revenue in Norland fell 4% at constant exchange rates in the fourth quarter of 2026, to 900 million US dollars, mainly because of weak demand for vaccines.
        quantity: {value: -4, unit: percent}
        as_of: 2026-Q4
      - id: ventes-t4
        statement: Au quatrième trimestre 2026, les ventes de Rondel en Norlande ont reculé de 4 %, en raison d'une faible demande de vaccins.
        quantity: {value: -4, unit: percent}
        as_of: 2026-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # an event a quarter's fact records, said of the whole year the article speaks of, is not confirmed by it …
    ("Rondel's revenue rose 7% in 2026. In Norland, sales fell 4% at constant exchange rates over the year, as weak "
     "demand for vaccines held back orders.", "en", "unverified"),
    # … said of its quarter, it is
    ("Rondel's revenue rose 7% in 2026. In Norland, sales fell 4% at constant exchange rates in the fourth quarter, as "
     "weak demand for vaccines held back orders.", "en", "supported"),
])
def test_an_event_of_a_quarter_said_over_the_year(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, QUARTER_EVENT), text, lang)
    assert st.claims[0].verdict == want, [(c.verdict, c.rules) for c in st.claims]


OWN_ROLES = """
version: 1
entities:
  korvane: {names: [Korvane]}
sources:
  - id: korvane-payout
    title: Korvane, payout for 2024
    published: 2025-02-20
    facts:
      - id: payout
        statement: Korvane pays a total of 1.20 euros per share for 2024, including a bonus payment of 0.30 euros; the final instalment is 0.50 euros.
        subject: korvane
        quantity: {value: 1.20, unit: EUR per share}
        as_of: 2024
      - id: versement
        statement: Korvane verse au total 1,20 euro par action pour 2024, dont une prime exceptionnelle de 0,30 euro ; le solde final est de 0,50 euro.
        subject: korvane
        quantity: {value: 1.20, unit: EUR per share}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a part the fact's sentence writes for its role (the control) …
    ("Korvane pays 1.20 euros per share for 2024, including a bonus payment of 0.30 euros.", "en", "supported",
     "quantity"),
    ("Korvane verse 1,20 euro par action pour 2024, dont une prime exceptionnelle de 0,30 euro.", "fr", "supported",
     "quantity"),
    # … not a figure its sentence writes for another role, while it gives that role another figure
    ("Korvane pays 1.20 euros per share for 2024, including a bonus payment of 0.50 euros.", "en", "contradicted",
     "quantity-alongside"),
    ("Korvane verse 1,20 euro par action pour 2024, y compris une prime exceptionnelle de 0,50 euro.", "fr", "contradicted",
     "quantity-alongside"),
    # a part the fact counts in its whole is not one the article leaves out of it
    ("Korvane pays 1.20 euros per share for 2024, excluding a bonus payment of 0.30 euros.", "en", "contradicted",
     "quantity-alongside"),
    ("Korvane verse 1,20 euro par action pour 2024, hors prime exceptionnelle de 0,30 euro.", "fr", "contradicted",
     "quantity-alongside"),
])
def test_a_figure_beside_the_confirmed_one_is_of_its_own_role(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OWN_ROLES), text, lang), want, rule)



DENIED_BESIDE = {"en": """
version: 1
entities:
  valtorne: {names: [Valtorne]}
sources:
  - id: valtorne-2024
    title: Valtorne results 2024
    publisher: valtorne
    published: 2025-03-04
    facts:
      - id: backlog
        statement: Valtorne's order backlog reached a record €31.4 billion at the end of 2024, up 12% on a year earlier.
        subject: valtorne
        quantity: {value: 12, unit: percent}
        as_of: 2024
""", "fr": """
version: 1
entities:
  valtorne: {names: [Valtorne]}
sources:
  - id: valtorne-2024
    title: Résultats 2024 de Valtorne
    publisher: valtorne
    published: 2025-03-04
    facts:
      - id: carnet
        statement: Le carnet de commandes de Valtorne atteint le niveau record de 31,4 milliards d'euros fin 2024, en hausse de 12 % sur un an.
        subject: valtorne
        quantity: {value: 12, unit: percent}
        as_of: 2024
"""}


@pytest.mark.parametrize("text, lang, want", [
    # a clause that denies something beside its figure (« sans atteindre un plus haut historique »), whose figure a
    # gloss's fact states: what it denies is a part nobody checked, carried or not — the statement not supported (the
    # mechanism reads no word: an English denial beside its figure is read alike)
    ("Fin 2024, le carnet de commandes de Valtorne s'élevait à 31,4 milliards d'euros, sans atteindre un plus haut historique, "
     "en progression de 12 % sur un an.", "fr", "unverified"),
    # controls: the same statements without the denial
    ("At the end of 2024, Valtorne's order backlog stood at €31.4 billion, a record high, up 12% on a year earlier.",
     "en", "supported"),
    ("Fin 2024, le carnet de commandes de Valtorne s'élevait à 31,4 milliards d'euros, un plus haut historique, "
     "en progression de 12 % sur un an.", "fr", "supported"),
])
def test_a_denial_beside_a_carried_figure_stays_unchecked(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DENIED_BESIDE[lang]), text, lang), want)


INDICATOR = """
version: 1
sources:
  - id: prices
    title: Norvel commodity prices, January 2025
    published: 2025-02-05
    facts:
      - id: composite
        statement: The Norvel composite indicator averaged 310.12 US cents per pound in January 2025, up 3.5% from December 2024.
        quantity: {value: 310.12, unit: US cents per pound}
        as_of: 2025-01
      - id: composite-fr
        statement: L'indicateur composite de Norvel s'est établi en moyenne à 2,84 euros le kilo en janvier 2025, en hausse de 4,2 % sur décembre 2024.
        quantity: {value: 2.84, unit: EUR per kilo}
        as_of: 2025-01
      - id: crop
        statement: Velmar's coffee production fell 1.6% in 2024 compared with 2023.
        quantity: {value: -1.6, unit: percent}
        as_of: 2024
      - id: crop-fr
        statement: La production de café du Velmar a baissé de 1,6 % en 2024 par rapport à 2023.
        quantity: {value: -1.6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a main clause's change that the fact confirming its relative clause writes beside its level is that fact's …
    ("The Norvel composite indicator, a blend of the main grades, averaged 310.12 US cents a pound in January 2025, "
     "up 3.5% from the month before.", "en", "supported", "quantity-alongside"),
    ("L'indicateur composite de Norvel, qui mêle les principales qualités, s'est établi en moyenne à 2,84 euros le kilo "
     "en janvier 2025, en hausse de 4,2 % sur un mois.", "fr", "supported", "quantity-alongside"),
    # … and one it writes otherwise stays refuted
    ("The Norvel composite indicator, a blend of the main grades, averaged 310.12 US cents a pound in January 2025, "
     "up 5.5% from the month before.", "en", "mixed", "quantity"),
    ("L'indicateur composite de Norvel, qui mêle les principales qualités, s'est établi en moyenne à 2,84 euros le kilo "
     "en janvier 2025, en hausse de 6,2 % sur un mois.", "fr", "mixed", "quantity"),
])
def test_a_main_clause_figure_written_beside_its_relative_clause_fact(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, INDICATOR), text, lang)
    assert_rule(st, want, rule)


TWO_HOUSES = """
version: 1
entities:
  dalia: {names: [Dalia]}
sources:
  - id: velmor-group-2025
    title: Velmor group, résultats 2025
    facts:
      - id: dalia
        statement: Le chiffre d'affaires de Dalia s'établit à 7 650 millions d'euros en 2025, en baisse de 23 %.
        subject: dalia
        quantity: {value: -23, unit: percent}
        as_of: 2025
      - id: korvane
        statement: Le chiffre d'affaires de Korvane a reculé de 9 % en 2025, à 2 881 millions d'euros.
        quantity: {value: 2.881e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # a main clause refuted by its own party's figure is not confirmed by the fact of another party that its gloss
    # meets (Dalia's figures said of Korvane: the gloss's 23 % is Dalia's, the sentence writes no Korvane)
    ("Korvane a enregistré en 2025 un chiffre d'affaires de 7,65 milliards d'euros, en recul de 23 %.", "mixed"),
    ("Dalia a enregistré en 2025 un chiffre d'affaires de 7,65 milliards d'euros, en recul de 23 %.", "supported"),
])
def test_a_refuted_clause_is_not_confirmed_by_another_partys_fact_beside(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, TWO_HOUSES), text, "fr")
    assert_verdict(st, want)


QUARTER_BASELINES = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-q4
    title: Norvel fourth-quarter sales
    published: 2026-02-04
    facts:
      - id: q4-sales
        statement: Norvel's fourth-quarter 2025 sales of 84.2 million euros were 12.4 percent higher than in the fourth quarter of 2024.
        subject: norvel
        quantity: {value: 84.2e6, unit: EUR}
        as_of: 2025-Q4
      - id: q4-vs-q3
        statement: Norvel's sales in the fourth quarter of 2025 were 3.1 percent higher than in the third quarter of 2025.
        subject: norvel
        quantity: {value: 3.1, unit: percent}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change measured from the quarter before is not the fact's change on the same quarter a year before, whatever
    # its number (quarter on quarter against year on year): the figure is not confirmed beside the level …
    ("Norvel's fourth-quarter sales came to €84.2 million, up 12.4 percent from the third quarter.", "en", "mixed"),
    ("Au quatrième trimestre, les ventes de Norvel se sont élevées à 84,2 millions d'euros, en hausse de 12,4 % par "
     "rapport au troisième trimestre.", "fr", "mixed"),
    # … the change from the same quarter is
    ("Norvel's fourth-quarter sales came to €84.2 million, up 12.4 percent from the fourth quarter of 2024.", "en",
     "supported"),
    ("Au quatrième trimestre, les ventes de Norvel ont atteint 84,2 millions d'euros, en hausse de 12,4 % par rapport "
     "au quatrième trimestre 2024.", "fr", "supported"),
])
def test_a_change_from_another_quarter_is_not_the_facts(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, QUARTER_BASELINES), text, lang)
    assert_verdict(st, want)
GLOSSED_HALVES = """
version: 1
entities:
  norvik:
    names: [Norvik Foods, Norvik]
  belcour:
    names: [Belcour]
sources:
  - id: norvik-fy
    title: Norvik Foods full-year results 2024
    published: 2025-02-20
    facts:
      - id: fy-profit
        statement: Norvik Foods posted a net profit of €5.2 billion in 2024, up 14%.
        subject: norvik
        quantity: {value: 14, unit: percent}
        as_of: 2024
  - id: belcour-annuel
    title: Belcour, résultats annuels 2024
    published: 2025-02-27
    facts:
      - id: benefice
        statement: Le bénéfice net de Belcour a atteint 1,9 milliard d'euros en 2024, en hausse de 18 %.
        subject: belcour
        quantity: {value: 18, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a gloss that names no part of the year is of the part of the clause it glosses: a half's change is not
    # refuted by the year's; the year's own gloss still is
    ("In the first half of 2024, Norvik Foods posted a net profit of €2 billion, up 21%.", "en", "unverified", None),
    ("In 2024, Norvik Foods posted a net profit of €5.2 billion, up 21%.", "en", "contradicted", "quantity"),
    ("Au premier semestre 2024, Belcour a dégagé un bénéfice net de 800 millions d'euros, en hausse de 25 %.", "fr",
     "unverified", None),
    ("En 2024, Belcour a dégagé un bénéfice net de 1,9 milliard d'euros, en hausse de 25 %.", "fr", "mixed", "quantity"),
])
def test_a_gloss_is_of_the_part_of_the_year_it_glosses(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, GLOSSED_HALVES), text, lang), want, rule)


COUNT_DATES = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: outbreaks
    title: Outbreak counts in Velmor
    publisher: velmor
    published: 2025-03-12
    facts:
      - id: count-0302
        statement: On 2 March 2025, Velmor's farm office counted 1,240 outbreaks.
        quantity: {value: 1240, unit: outbreaks}
        as_of: 2025-03-02
      - id: count-0309
        statement: On 9 March 2025, Velmor's farm office counted 1,310 outbreaks.
        quantity: {value: 1310, unit: outbreaks}
        as_of: 2025-03-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure right only at another date than the one it is written at: one wrong assertion, contradicted, not
    # a right figure beside a wrong date (mixed); at its own date, supported
    ("On 9 March 2025, Velmor's farm office counted 1,240 outbreaks.", "en", "contradicted"),
    ("Au 9 mars 2025, le service agricole de Velmor dénombrait 1 240 foyers.", "fr", "contradicted"),
    ("On 2 March 2025, Velmor's farm office counted 1,240 outbreaks.", "en", "supported"),
    ("Au 2 mars 2025, le service agricole de Velmor dénombrait 1 240 foyers.", "fr", "supported"),
])
def test_a_figure_right_only_at_another_date_is_contradicted(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COUNT_DATES), text, lang)
    assert_rule(st, want, "date") if want == "contradicted" else assert_verdict(st, want)


NESTED_NAMES = """
version: 1
entities:
  velmor: {names: [Velmor Motors, Velmor]}
sources:
  - id: ev-market-2024
    title: Electric vehicle market 2024
    published: 2025-01-20
    facts:
      - id: world
        statement: 17.3 million electric vehicles were sold worldwide in 2024, up 24% on 2023.
        quantity: {value: 17300000, unit: electric vehicles}
        as_of: 2024
      - id: velmor
        statement: Velmor Motors sold 2.1 million electric vehicles worldwide in 2024.
        quantity: {value: 2100000, unit: electric vehicles}
        as_of: 2024
        subject: velmor
      - id: part-electrique
        statement: Les voitures électriques d'occasion ont représenté 2,1 % des ventes de voitures d'occasion en 2024.
        quantity: {value: 2.1, unit: percent}
        as_of: 2024
      - id: velmor-v2
        statement: La Velmor V2 a représenté 12 % des ventes de voitures électriques d'occasion en 2024.
        quantity: {value: 12, unit: percent}
        as_of: 2024
        subject: velmor
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a relative clause read apart from its subject: the figure is that subject's, which the list never names
    ("Kordane, the leading Ostrian seller, delivered about 1.4 million vehicles worldwide in 2024, its first annual "
     "decline.", "en", "unverified", None),
    ("Velmor Motors, the leading Ostrian seller, delivered about 2.6 million vehicles worldwide in 2024, its first "
     "annual decline.", "en", "contradicted", "quantity"),
    # a gloss gives the figure of the thing it follows, after the main clause's last figure
    ("En 2024, la Kordane K3 a représenté 28 % des ventes de voitures électriques d'occasion, devant la Kordane K1 "
     "(19 %).", "fr", "unverified", None),
    ("En 2024, la Kordane K3 a représenté 28 % des ventes de voitures électriques d'occasion, devant la Velmor V2 "
     "(19 %).", "fr", "contradicted", "quantity"),
])
def test_a_nested_figure_is_of_the_names_of_its_main_clause(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NESTED_NAMES), text, lang)
    assert_outcome(st, want, rule)


PLANT = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-output
    title: Norvel output in 2024
    published: 2025-02-10
    facts:
      - id: zinc
        statement: Norvel mined 412,000 tonnes of zinc in 2024, up 9%, as its new pit in Peru ramped up.
        subject: norvel
        quantity: {value: 412000, unit: t}
        as_of: 2024
      - id: zinc-fr
        statement: Norvel a extrait 412 000 tonnes de zinc en 2024, en hausse de 9 %, grâce à la montée en puissance de sa nouvelle mine au Pérou.
        subject: norvel
        quantity: {value: 412000, unit: t}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the place the confirming sentence gives its own: another place after "in", « au », is left unchecked
    ("Norvel mined 412,000 tonnes of zinc in 2024, helped by its new pit in Peru.", "en", "supported"),
    ("Norvel mined 412,000 tonnes of zinc in 2024, helped by its new pit in Chile.", "en", "unverified"),
    ("Norvel a extrait 412 000 tonnes de zinc en 2024, grâce à sa nouvelle mine au Pérou.", "fr", "supported"),
    ("Norvel a extrait 412 000 tonnes de zinc en 2024, grâce à sa nouvelle mine au Chili.", "fr", "unverified"),
])
def test_a_place_the_confirming_sentence_writes_otherwise_is_unchecked(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PLANT), text, lang)
    assert_verdict(st, want)


COCOA = """
version: 1
sources:
  - id: cocoa-2025
    title: Cocoa market report
    published: 2025-03-10
    facts:
      - id: price
        statement: The cocoa price rose 12% in February 2025, and Norvel raised its chocolate prices.
        as_of: 2025-02
      - id: prix
        statement: Le prix du cacao a augmenté de 12 % en février 2025, et Norvel a relevé ses prix du chocolat.
        as_of: 2025-02
"""


@pytest.mark.parametrize("text, lang, want", [
    # an item of a list opens no sentence: its capitalised first word is a name the fact must write ("such as
    # Velmor", « comme Velmor »), not a word capitalised as a sentence opens
    ("Cocoa costs are rising, and big chocolate makers such as Norvel have raised chocolate prices and cut bar sizes.",
     "en", "supported"),
    ("Cocoa costs are rising, and big chocolate makers such as Velmor have raised chocolate prices and cut bar sizes.",
     "en", "unverified"),
    ("Le cacao coûte plus cher, et de grands chocolatiers comme Norvel ont relevé leurs prix du chocolat et réduit la "
     "taille des tablettes.", "fr", "supported"),
    ("Le cacao coûte plus cher, et de grands chocolatiers comme Velmor ont relevé leurs prix du chocolat et réduit la "
     "taille des tablettes.", "fr", "unverified"),
])
def test_the_name_opening_a_list_item_is_a_name(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, COCOA), text, lang), want)


SIDES = """
version: 1
sources:
  - id: venture-2025
    title: Norvel and Velmor venture
    published: 2025-06-01
    facts:
      - id: ownership
        statement: The Dravo venture is 60% owned by Norvel and 40% owned by Velmor.
        quantity: {value: 60, unit: percent}
        as_of: 2025-06
      - id: detention
        statement: La coentreprise Dravo est détenue à 60 % par Norvel et à 40 % par Velmor.
        quantity: {value: 60, unit: percent}
        as_of: 2025-06
      - id: growth
        statement: In 2025, Norvel's retail sales grew 6.5%, against 3.8% for its wholesale business.
        quantity: {value: 6.5, unit: percent}
        as_of: 2025
      - id: croissance
        statement: En 2025, les ventes de détail de Norvel ont progressé de 6,5 %, contre 3,8 % pour la vente en gros.
        quantity: {value: 6.5, unit: percent}
        as_of: 2025
      - id: labels
        statement: In the first half of 2025, Velmor's branded products grew 2.4% in value, while retailer-label products fell 5.2%.
        as_of: 2025-06
      - id: marques
        statement: Au premier semestre 2025, les produits à marques de Velmor ont progressé de 2,4 % en valeur, tandis que les produits à marques de distributeurs ont reculé de 5,2 %.
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # two figures of one sentence given to each other's side: each right on its own, which side has which wrong
    ("Velmor holds 60% of the Dravo venture, and Norvel owns the remaining 40%.", "en", "contradicted", "region"),
    ("Norvel holds 60% of the Dravo venture, and Velmor owns the remaining 40%.", "en", "supported", "quantity"),
    ("Velmor détient 60 % de la coentreprise Dravo, et Norvel les 40 % restants.", "fr", "contradicted", "region"),
    ("Norvel détient 60 % de la coentreprise Dravo, et Velmor les 40 % restants.", "fr", "supported", "quantity"),
    ("In 2025 Norvel's wholesale sales grew 6.5%, against 3.8% for its retail business.", "en", "contradicted", "region"),
    ("In 2025 Norvel's retail sales grew 6.5%, against 3.8% for its wholesale business.", "en", "supported", "quantity"),
    ("En 2025, les ventes en gros de Norvel ont progressé de 6,5 %, contre 3,8 % pour la vente de détail.", "fr",
     "contradicted", "region"),
    ("En 2025, les ventes de détail de Norvel ont progressé de 6,5 %, contre 3,8 % pour la vente en gros.", "fr",
     "supported", "quantity"),
    # one way: its own side written another way (« marques propres », "own brands"), each figure's way the fact's,
    # the other side's name given to the other figure
    ("In the first half of 2025, sales under its own labels slipped 5.2%, while retailer-label products gained 2.4%.",
     "en", "contradicted", "region"),
    ("In the first half of 2025, sales under its own labels gained 2.4%, while retailer-label products slipped 5.2%.",
     "en", "supported", "quantity"),
    ("Au premier semestre 2025, les ventes sous marques propres ont reculé de 5,2 %, quand celles des marques de "
     "distributeurs progressaient de 2,4 %.", "fr", "contradicted", "region"),
    ("Au premier semestre 2025, les ventes sous marques propres ont progressé de 2,4 %, quand celles des marques de "
     "distributeurs reculaient de 5,2 %.", "fr", "supported", "quantity"),
])
def test_two_figures_given_to_each_others_side(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, SIDES), text, lang), want, rule)


QUARTER_PHRASES = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-quarters
    title: Velmor quarterly sales
    published: 2026-02-12
    facts:
      - id: q3
        statement: Velmor's sales were 410 million euros in the third quarter of 2025.
        subject: velmor
        quantity: {value: 410e6, unit: EUR}
        as_of: 2025-Q3
      - id: q4
        statement: Velmor's sales were 455 million euros in the fourth quarter of 2025.
        subject: velmor
        quantity: {value: 455e6, unit: EUR}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a phrase that names a quarter whole ("the final quarter", « les trois derniers mois de l'année ») is that quarter
    ("In the final quarter, Velmor's sales reached 410 million euros.", "en", "contradicted", "period"),
    ("In the last three months of the year, Velmor's sales reached 455 million euros.", "en", "supported", "quantity"),
    ("Sur les trois derniers mois de l'année, les ventes de Velmor ont atteint 410 millions d'euros.", "fr",
     "contradicted", "period"),
    ("Sur les trois derniers mois de l'année, les ventes de Velmor ont atteint 455 millions d'euros.", "fr",
     "supported", "quantity"),
])
def test_a_phrase_naming_a_quarter_whole_is_that_quarter(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, QUARTER_PHRASES), text, lang)
    assert_rule(st, want, rule)



OWN_RELEASE_LEVELS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  dalia-press: {names: [Dalia Press]}
sources:
  - id: velmor-results-2025
    title: Velmor annual results 2025
    publisher: velmor
    published: 2026-02-20
    facts:
      - id: profit-2025
        statement: %s
        quantity: {value: 616e6, unit: EUR}
        as_of: 2025
  - id: dalia-press-2024
    title: Velmor's profit in 2024
    publisher: dalia-press
    published: 2025-02-20
    facts:
      - id: profit-2024
        statement: %s
        quantity: {value: 653e6, unit: EUR}
        as_of: 2024
"""
OWN_RELEASE_EN = OWN_RELEASE_LEVELS % ("Recurring net profit for 2025 was 616 million euros.",
                                       "Velmor's recurring net profit was 653 million euros in 2024.")
OWN_RELEASE_FR = OWN_RELEASE_LEVELS % ("Le résultat net récurrent 2025 s'établit à 616 millions d'euros.",
                                       "Le résultat net récurrent de Velmor s'est établi à 653 millions d'euros en 2024.")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact naming no party, from the party's own release, is that party's: its level of the year before says the
    # way it went
    ("Recurring net profit rose to 616 million euros.", "en", "contradicted", "direction"),
    ("Recurring net profit fell to 616 million euros.", "en", "supported", "quantity"),
    ("Le résultat net récurrent a progressé à 616 millions d'euros.", "fr", "contradicted", "direction"),
    ("Le résultat net récurrent a reculé à 616 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_fact_of_a_partys_own_release_moves_from_its_year_before(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OWN_RELEASE_EN if lang == "en" else OWN_RELEASE_FR), text, lang)
    assert_rule(st, want, rule)


NORVEL_LEVELS = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-results
    title: %s
    publisher: norvel
    published: 2025-11-20
    facts:
      - id: cash-flow
        statement: %s
        subject: norvel
        quantity: {value: 614e6, unit: EUR}
        as_of: 2025
      - id: inflation
        statement: %s
        quantity: {value: 1.8, unit: percent}
        as_of: 2025
      - id: revenue
        statement: %s
        subject: norvel
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2025
"""
NORVEL_EN = NORVEL_LEVELS % ("Norvel full-year results for the year ended 30 September 2025",
                             "Norvel's free cash flow went from 596 million euros in 2024 to 614 million euros in 2025.",
                             "Inflation in Velmor eased to 1.8 % on average in 2025, after 5.3 % in 2023 and 4.8 % in 2024.",
                             "Norvel's revenue was 4.2 billion euros in fiscal 2025, up 12 % on the year before.")
NORVEL_FR = NORVEL_LEVELS % ("Résultats annuels de Norvel pour l'exercice clos le 30 septembre 2025",
                             "Le free cash flow de Norvel est passé de 596 millions d'euros en 2024 à 614 millions "
                             "d'euros en 2025.",
                             "L'inflation au Velmor s'est normalisée à 1,8 % en moyenne en 2025, après 5,3 % en 2023 et "
                             "4,8 % en 2024.",
                             "Le chiffre d'affaires de Norvel a atteint 4,2 milliards d'euros en 2025, en hausse "
                             "de 12 % sur un an.")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a year after a level of a fall, "from 596 million in 2024 to 614 million", dates that level (no 2,024 million)
    ("Norvel's free cash flow improved to 614 million euros, from 596 million in 2024.", "en", "supported", "date"),
    ("Le free cash flow de Norvel s'est amélioré, à 614 millions d'euros contre 596 millions en 2024.", "fr",
     "supported", "date"),
    ("Norvel's free cash flow improved to 614 million euros, from 596 million in 2023.", "en", "contradicted", "date"),
    # the year both write right after a figure says which of the fact's figures it is
    ("Inflation in Velmor eased to 1.8 % on average in 2025 after 4.8 % in 2024.", "en", "supported",
     "quantity-alongside"),
    ("L'inflation au Velmor est tombée à 1,8 % en moyenne en 2025 après 4,8 % en 2024.", "fr", "supported",
     "quantity-alongside"),
    ("L'inflation au Velmor est tombée à 1,8 % en moyenne en 2025 après 4,9 % en 2024.", "fr", "unverified", None),
    # the month of the period the source's title gives
    ("Norvel said its revenue rose 12 % in the year to 30 September, helped by new contracts.", "en", "supported",
     "date"),
    ("Norvel a indiqué que son chiffre d'affaires avait progressé de 12 % sur l'exercice clos le 30 septembre.", "fr",
     "supported", "date"),
    ("Norvel said its revenue rose 12 % in the year to 30 June, helped by new contracts.", "en", "unverified", None),
    # (a month alone is not the period's end: the title's month may be the report's, of a figure of a longer stretch)
    ("Norvel said its revenue rose 12 % in September alone.", "en", "unverified", None),
])
def test_a_date_beside_a_confirmed_figure_is_read_against_the_source(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NORVEL_EN if lang == "en" else NORVEL_FR), text, lang)
    assert_outcome(st, want, rule)



@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact's sentence dates by another year than the claim's is not stated for the claim's year, even
    # beside a starting level it confirms
    ("Tarkin's free cash flow came in at €820m in financial year 2024, up from just €310m in the previous year.", "en",
     "unverified", None),
    ("Tarkin's free cash flow came in at €820m in financial year 2025, up from just €310m in the previous year.", "en",
     "supported", "quantity"),
    ("Le free cash flow de Tarkin s'est établi à 820 millions d'euros en 2024, contre seulement 310 millions "
     "l'année précédente.", "fr", "unverified", None),
    ("Le free cash flow de Tarkin s'est établi à 820 millions d'euros en 2025, contre seulement 310 millions "
     "l'année précédente.", "fr", "supported", "quantity"),
])
def test_a_figure_beside_a_starting_level_keeps_its_year(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  tarkin: {names: [Tarkin]}
sources:
  - id: tarkin-2025
    title: Tarkin annual results 2025
    published: 2026-02-24
    facts:
      - id: fcf-en
        statement: Tarkin's free cash flow was €820m in 2025, compared with €310m in 2024.
        subject: tarkin
        quantity: {value: 8.2e8, unit: EUR}
        as_of: 2025
      - id: fcf-fr
        statement: Le free cash flow de Tarkin s'est élevé à 820 millions d'euros en 2025, contre 310 millions en 2024.
        subject: tarkin
        quantity: {value: 8.2e8, unit: EUR}
        as_of: 2025
      - id: revenue-2024
        statement: Tarkin's revenue was €9.4bn in financial year 2024.
        subject: tarkin
        quantity: {value: 9.4e9, unit: EUR}
        as_of: 2024
      - id: ca-2024
        statement: Le chiffre d'affaires de Tarkin s'est élevé à 9,4 milliards d'euros en 2024.
        subject: tarkin
        quantity: {value: 9.4e9, unit: EUR}
        as_of: 2024
"""
    assert_outcome(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


NAMED_STARTING_LEVEL = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-update
    title: Norvel trading update
    published: 2026-03-02
    facts:
      - id: guidance
        statement: Norvel raised its operating margin forecast for 2026 to 6.5% from 3.5%.
        subject: norvel
        quantity: {value: 6.5, unit: percent}
        as_of: 2026
  - id: velmor-point
    title: Velmor, point d'activité
    published: 2026-03-02
    facts:
      - id: prevision
        statement: Velmor a relevé sa prévision de marge opérationnelle pour 2026 à 6,5 %, contre 3,5 % auparavant.
        subject: velmor
        quantity: {value: 6.5, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # a starting level named in words of its own between "up from" and its figure, "up from a previous forecast of
    # 3.5%", « contre une prévision initiale de 3,5 % », is the level the change starts from (``_named_baseline``),
    # not a second level refuted by the level reached
    ("Norvel now forecasts an operating margin of 6.5% for 2026, up from a previous forecast of 3.5%.", "en", "supported"),
    ("Velmor prévoit désormais une marge opérationnelle de 6,5 % pour 2026, contre une prévision initiale de 3,5 %.",
     "fr", "supported"),
    ("Norvel now forecasts an operating margin of 7.5% for 2026, up from a previous forecast of 3.5%.", "en", "mixed"),
    ("Velmor prévoit désormais une marge opérationnelle de 7,5 % pour 2026, contre une prévision initiale de 3,5 %.",
     "fr", "mixed"),
])
def test_a_starting_level_named_in_words_of_its_own(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, NAMED_STARTING_LEVEL), text, lang), want, "quantity")


YEAR_TO_DATE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
  dalven: {names: [Dalven]}
sources:
  - id: velmor-fy
    title: Velmor full-year results 2025
    published: 2026-02-12
    facts:
      - id: fy-revenue
        statement: Velmor's revenue reached 950 million euros in 2025, up 8.4 percent.
        subject: velmor
        quantity: {value: 950e6, unit: EUR}
        as_of: 2025
  - id: velmor-9m
    title: Velmor nine-month revenue 2025
    published: 2025-10-28
    facts:
      - id: nine-month-revenue
        statement: Over the first nine months of 2025, Velmor's revenue rose 6.2 percent to 700 million euros.
        subject: velmor
        quantity: {value: 700e6, unit: EUR}
        as_of: 2025-09
  - id: norvel-annuel
    title: Norvel, résultats annuels 2025
    published: 2026-02-19
    facts:
      - id: ca-annuel
        statement: Le chiffre d'affaires de Norvel a atteint 420 millions d'euros en 2025, en hausse de 5,1 %.
        subject: norvel
        quantity: {value: 420e6, unit: EUR}
        as_of: 2025
  - id: norvel-9m
    title: Norvel, chiffre d'affaires des neuf premiers mois 2025
    published: 2025-10-22
    facts:
      - id: ca-neuf-mois
        statement: Sur les neuf premiers mois de 2025, le chiffre d'affaires de Norvel a progressé de 3,7 %, à 310 millions d'euros.
        subject: norvel
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-09
  - id: dalven-9m
    title: Dalven nine-month shipments 2025
    published: 2025-10-30
    facts:
      - id: shipments
        statement: Over the first nine months of 2025, Dalven's shipments fell 2.4 percent.
        subject: dalven
        quantity: {value: -2.4, unit: percent}
        as_of: 2025-09
      - id: expeditions
        statement: Sur les neuf premiers mois de 2025, les expéditions de Dalven ont baissé de 2,4 %.
        subject: dalven
        quantity: {value: -2.4, unit: percent}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure of the first nine months is the stretch's: neither the year's sentence's figure beside its own …
    ("Velmor's revenue rose 8.4 percent in the first nine months of 2025.", "en", "unverified", None),
    ("Le chiffre d'affaires de Norvel a progressé de 5,1 % sur les neuf premiers mois de 2025.", "fr", "unverified", None),
    # … nor the year's declared figure (a wrong period) …
    ("Velmor's revenue reached 950 million euros in the first nine months of 2025.", "en", "contradicted", "period"),
    ("Le chiffre d'affaires de Norvel a atteint 420 millions d'euros sur les neuf premiers mois de 2025.", "fr",
     "contradicted", "period"),
    # … and the stretch's own figure is confirmed by the stretch's fact …
    ("Velmor's revenue rose 6.2 percent in the first nine months of 2025.", "en", "supported", "quantity"),
    ("Le chiffre d'affaires de Norvel a progressé de 3,7 % sur les neuf premiers mois de 2025.", "fr", "supported",
     "quantity"),
    # … but not when said of the full year
    ("For the full year 2025, Velmor's revenue rose 6.2 percent.", "en", "unverified", None),
    ("Sur l'ensemble de l'année 2025, le chiffre d'affaires de Norvel a progressé de 3,7 %.", "fr", "unverified", None),
    # the declared figure of the nine months said of the full year, with no fact of the year: a wrong period
    ("Over the full year 2025, Dalven's shipments fell 2.4 percent.", "en", "contradicted", "period"),
    ("Sur l'ensemble de l'année 2025, les expéditions de Dalven ont baissé de 2,4 %.", "fr", "contradicted", "period"),
    # … as of a year the words around it make whole ("2025 as a whole", « 2025 dans son ensemble »)
    ("Dalven's shipments fell 2.4 percent over 2025 as a whole.", "en", "contradicted", "period"),
    ("En 2025 dans son ensemble, les expéditions de Dalven ont baissé de 2,4 %.", "fr", "contradicted", "period"),
    # … also when the claim is a clause inside its statement, set by the opening phrase before it
    ("Sur l'ensemble de l'année 2025, elles ont baissé de 2,4 %, Velmor ayant réduit ses commandes.", "fr",
     "contradicted", "period"),
    ("Sur les neuf premiers mois de 2025, elles ont baissé de 2,4 %, Velmor ayant réduit ses commandes.", "fr",
     "supported", "quantity"),
    ("Over the full year 2025, they fell 2.4 percent, Velmor having cut its orders.", "en", "contradicted", "date"),
    ("Over the first nine months of 2025, they fell 2.4 percent, Velmor having cut its orders.", "en", "supported",
     "quantity"),
    ("Dalven's shipments fell 2.4 percent in the first nine months of 2025.", "en", "supported", "quantity"),
    ("Les expéditions de Dalven ont baissé de 2,4 % sur les neuf premiers mois de 2025.", "fr", "supported", "quantity"),
    # « sur neuf mois », "over nine months" of a year's results: the same stretch, not the year
    ("Le chiffre d'affaires de Norvel a atteint 310 millions d'euros sur neuf mois en 2025.", "fr", "supported", "quantity"),
    ("Le chiffre d'affaires de Norvel a atteint 420 millions d'euros sur neuf mois en 2025.", "fr", "contradicted", "period"),
    ("Velmor's revenue reached 700 million euros over nine months in 2025.", "en", "supported", "quantity"),
    ("Velmor's revenue reached 950 million euros over nine months in 2025.", "en", "contradicted", "period"),
])
def test_a_stretch_from_the_years_start_is_neither_the_year_nor_confirmed_by_it(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, YEAR_TO_DATE), text, lang)
    assert_outcome(st, want, rule)


RESULT_VERSIONS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-fy
    title: Velmor full-year results 2025
    published: 2026-02-12
    facts:
      - id: statutory-pbt
        statement: Velmor's statutory profit before tax fell 9.6 percent to 412 million pounds in 2025.
        subject: velmor
        quantity: {value: 412e6, unit: GBP}
        as_of: 2025
  - id: norvel-annuel
    title: Norvel, résultats annuels 2025
    published: 2026-02-19
    facts:
      - id: resultat-ifrs
        statement: Le résultat net IFRS de Norvel a reculé de 12,4 % en 2025, à 88 millions d'euros.
        subject: norvel
        quantity: {value: 88e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of one version of a result (adjusted, "before adjusting items") is not confirmed by another's
    # (statutory, IFRS), whatever its number …
    ("Velmor's profit before tax and adjusting items fell 9.6 percent to £412 million in 2025.", "en", "unverified",
     None),
    ("Le résultat net des activités de Norvel a reculé de 12,4 % en 2025, à 88 millions d'euros.", "fr", "unverified",
     None),
    # … the same version's is
    ("Velmor's statutory profit before tax fell 9.6 percent to £412 million in 2025.", "en", "supported", "quantity"),
    ("Le résultat net IFRS de Norvel a reculé de 12,4 % en 2025, à 88 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_version_of_a_result_is_not_confirmed_by_anothers_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RESULT_VERSIONS), text, lang)
    assert_outcome(st, want, rule)


RATE_AND_LEVEL = """
version: 1
entities:
  norvel:
    names: [Norvel]
  velmor:
    names: [Velmor]
sources:
  - id: norvel-fy
    title: Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: sales
        statement: Norvel's sales rose 18.1% to £496.5m in 2025, from £420.5m.
        subject: norvel
        quantity: {value: 4.965e8, unit: GBP}
        as_of: 2025
      - id: h1-growth
        statement: In the first half of 2025 Norvel's sales grew 22%.
        subject: norvel
        quantity: {value: 22, unit: percent}
        as_of: 2025
  - id: velmor-fy
    title: Résultats annuels 2025 de Velmor
    published: 2026-02-21
    facts:
      - id: ventes
        statement: En 2025, les ventes de Velmor en Estrie ont reculé de 0,5 %, à 962,1 millions d'euros.
        subject: velmor
        quantity: {value: 9.621e8, unit: EUR}
        as_of: 2025
      - id: orval
        statement: En 2025, les ventes de Velmor en Orval ont reculé de 1,6 %.
        subject: velmor
        quantity: {value: -1.6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a rate written with the level it reached is that level's change: another fact's rate beside it is wrong
    ("In 2025 Norvel's sales rose 22% to £496.5m.", "en", "mixed", "quantity"),
    ("In 2025 Norvel's sales rose 18.1% to £496.5m.", "en", "supported", "quantity"),
    ("En 2025, les ventes de Velmor en Estrie ont reculé de 1,6 %, à 962,1 millions d'euros.", "fr", "mixed", "quantity"),
    ("En 2025, les ventes de Velmor en Estrie ont reculé de 0,5 %, à 962,1 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_rate_is_the_change_of_the_level_it_reached(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RATE_AND_LEVEL), text, lang), want, rule)


BASIS_AND_LEVEL = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2024
    title: Norvel full-year results 2024
    published: 2025-03-04
    facts:
      - id: aop-en
        statement: Norvel's adjusted operating profit rose 13% at constant currency and 7% at actual rates to £590m in 2024.
        subject: norvel
        quantity: {value: 590e6, unit: GBP}
        as_of: 2024
      - id: aop-fr
        statement: Le résultat opérationnel ajusté de Norvel a progressé de 13 % à taux constants et de 7 % à taux courants pour atteindre 590 millions d'euros en 2024.
        subject: norvel
        quantity: {value: 590e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the basis right after a change is the change's: the level it reaches ("to £590m") is the reported one
    ("Norvel's adjusted operating profit increased 13% at constant currency to £590m.", "en", "supported", "quantity"),
    ("Norvel's adjusted operating profit increased 13% at constant currency to £560m.", "en", "contradicted", "quantity"),
    ("Le résultat opérationnel ajusté de Norvel a progressé de 13 % à taux constants pour atteindre 590 millions d'euros.",
     "fr", "supported", "quantity"),
    ("Le résultat opérationnel ajusté de Norvel a progressé de 13 % à taux constants pour atteindre 560 millions d'euros.",
     "fr", "contradicted", "quantity"),
])
def test_a_basis_after_a_change_is_not_the_level_it_reaches(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BASIS_AND_LEVEL), text, lang)
    assert_rule(st, want, rule)


UNIT_IN_INCISE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  velmor-rail: {names: [Velmor Rail]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-02-20
    facts:
      - id: growth-en
        statement: Velmor's organic revenue growth was 5.4% in 2024.
        subject: velmor
        quantity: {value: 5.4, unit: percent}
        as_of: 2024
      - id: growth-fr
        statement: La croissance organique du chiffre d'affaires de Velmor a été de 5,4 % en 2024.
        subject: velmor
        quantity: {value: 5.4, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a unit named in an incise that describes the subject is no part the figure is of: the figure is the group's
    ("Velmor, the engineer behind Velmor Rail trains, grew organic revenue by 5.4% in 2024.", "en", "supported"),
    ("Velmor, the engineer behind Velmor Rail trains, grew organic revenue by 6.4% in 2024.", "en", "contradicted"),
    ("Velmor, maison mère de Velmor Rail, a vu son chiffre d'affaires croître de 5,4 % en organique en 2024.", "fr",
     "supported"),
    ("Velmor, maison mère de Velmor Rail, a vu son chiffre d'affaires croître de 6,4 % en organique en 2024.", "fr",
     "contradicted"),
    # (named as the figure's own subject, the unit is still the part: the group's figure does not confirm it)
    ("Velmor Rail grew organic revenue by 5.4% in 2024.", "en", "unverified"),
])
def test_a_unit_named_in_an_incise_is_not_the_figures_part(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, UNIT_IN_INCISE), text, lang)
    assert_verdict(st, want)


RANGE_AND_DATE = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2024
    title: Norvel full-year results 2024
    published: 2025-02-19
    facts:
      - id: ebitda-en
        statement: Norvel's adjusted EBITDA was €675 million in 2024.
        subject: norvel
        quantity: {value: 675e6, unit: EUR}
        as_of: 2024
      - id: ebitda-fr
        statement: L'EBITDA ajusté de Norvel s'est élevé à 675 millions d'euros en 2024.
        subject: norvel
        quantity: {value: 675e6, unit: EUR}
        as_of: 2024
  - id: norvel-q3
    title: Norvel third-quarter 2024
    published: 2024-10-30
    facts:
      - id: guidance-en
        statement: On 30 October 2024, Norvel confirmed its guidance of an adjusted EBITDA between €670 million and €690 million for 2024.
        subject: norvel
        quantity: {min: 670e6, max: 690e6, unit: EUR}
        as_of: 2024
      - id: guidance-fr
        statement: Le 30 octobre 2024, Norvel a confirmé sa prévision d'un EBITDA ajusté compris entre 670 et 690 millions d'euros pour 2024.
        subject: norvel
        quantity: {min: 670e6, max: 690e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the month the claim gives its range: the one the fact writing that very range gives, not left open nor refuted
    # because the result inside the range is the closer fact
    ("Norvel's adjusted EBITDA came in within the range of €670 million to €690 million that it confirmed in October.",
     "en", "supported", "date"),
    ("Norvel's adjusted EBITDA came in within the range of €670 million to €690 million that it confirmed in July.",
     "en", "contradicted", "date"),
    ("Ce montant se situe dans la fourchette de 670 à 690 millions d'euros que Norvel avait confirmée en octobre.",
     "fr", "supported", "date"),
    ("L'EBITDA ajusté de Norvel se situe dans la fourchette de 670 à 690 millions d'euros confirmée en octobre.",
     "fr", "supported", "date"),
    ("L'EBITDA ajusté de Norvel se situe dans la fourchette de 670 à 690 millions d'euros confirmée en juillet.",
     "fr", "contradicted", "date"),
])
def test_a_date_beside_a_figure_is_the_one_the_fact_writing_it_gives(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RANGE_AND_DATE), text, lang)
    assert_outcome(st, want, rule)


REFUNDS_AT = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria]}
  dalcor: {names: [Dalcor]}
sources:
  - id: results
    title: Velmor results 2025
    published: 2026-03-20
    facts:
      - id: refunds
        statement: Velmor's adjusted profit for 2025 includes £33m of one-off tax refunds at its Dalcor chain.
        subject: dalcor
        quantity: {value: 33000000, unit: GBP}
        as_of: 2025
      - id: remboursements
        statement: Le bénéfice ajusté 2025 de Velmor inclut 21 millions d'euros de remboursements ponctuels chez Dalcor.
        subject: dalcor
        quantity: {value: 21000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a relative clause naming a party of the list that no confirming fact names ("which Ostria had sought", « dont
    # Ostria a bénéficié ») is a part nobody checked: the statement is not supported for its figure alone
    ("Adjusted profit for 2025 included £33m of one-off tax refunds, which Ostria had sought for years.", "en",
     "unverified"),
    ("Le bénéfice ajusté 2025 inclut 21 millions d'euros de remboursements ponctuels, dont Ostria a bénéficié.", "fr",
     "unverified"),
    ("Le bénéfice ajusté 2025 inclut 21 millions d'euros de remboursements ponctuels, qui ont été versés à Dalcor.",
     "fr", "supported"),
])
def test_a_relative_clause_naming_an_unconfirmed_party_is_unchecked(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, REFUNDS_AT), text, lang), want)


WRITTEN_DIVIDEND = """
version: 1
entities:
  velmor: {names: [Velmor, Norvel]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-02-20
    facts:
      - id: revenue
        statement: Velmor's revenue was £5.1 billion in 2024, and its dividend per share was 29.3 pence, up 5.4 per cent.
        subject: velmor
        quantity: {value: 5.1e9, unit: GBP, bound: exact}
        as_of: 2024
      - id: revenue-fr
        statement: Le chiffre d'affaires de Norvel a atteint 5,1 milliards d'euros en 2024, et son dividende par action 29,3 centimes, en hausse de 5,4 %.
        subject: velmor
        quantity: {value: 5.1e9, unit: EUR, bound: exact}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the change beside a figure a candidate's sentence writes is checked against that sentence too: its bound met,
    # its way the sentence's
    ("Velmor lifted its dividend by more than 5 per cent to 29.3 pence a share.", "en", "supported", "quantity-alongside"),
    ("Velmor cut its dividend by more than 5 per cent to 29.3 pence a share.", "en", "contradicted", "direction"),
    ("Norvel a relevé son dividende de plus de 5 %, à 29,3 centimes par action.", "fr", "supported", "quantity-alongside"),
    ("Norvel a abaissé son dividende de plus de 5 %, à 29,3 centimes par action.", "fr", "unverified", None),
])
def test_a_change_beside_a_figure_its_sentence_writes(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, WRITTEN_DIVIDEND), text, lang), want, rule)


GROUP_INDICATORS = """
version: 1
entities:
  velmor-naturals: {names: [Velmor Naturals, Naturels Velmor]}
sources:
  - id: velmor-market
    title: Velmor coffee market report, January 2025
    published: 2025-02-05
    facts:
      - id: naturals
        statement: Velmor Naturals rose 3.7% to 339.18 US cents per pound in January 2025.
        subject: velmor-naturals
        quantity: {value: 3.3918, unit: USD per pound, bound: exact}
        as_of: 2025-01
      - id: kestrels
        statement: The Kestrels group indicator rose 3.6% to 245.29 US cents per pound in January 2025.
        quantity: {value: 2.4529, unit: USD per pound, bound: exact}
        as_of: 2025-01
      - id: naturels
        statement: Les Naturels Velmor ont progressé de 3,7 % à 339,18 euros la tonne en janvier 2025.
        subject: velmor-naturals
        quantity: {value: 339.18, unit: EUR per tonne, bound: exact}
        as_of: 2025-01
      - id: kestrels-fr
        statement: L'indicateur du groupe des Kestrels a progressé de 3,6 % à 245,29 euros la tonne en janvier 2025.
        quantity: {value: 245.29, unit: EUR per tonne, bound: exact}
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a name the fact writes in another number than the claim is the claim's, not another party's
    ("In January, Velmor Naturals rose 3.7% to about 339 cents, while the Kestrel group climbed 3.6% to roughly "
     "245 cents.", "en", "supported", "quantity"),
    ("In January, Velmor Naturals rose 3.7% to about 339 cents, while the Kestrel group climbed 3.6% to roughly "
     "265 cents.", "en", "unverified", None),
    ("En janvier, les Naturels Velmor ont progressé de 3,7 %, à environ 339 euros la tonne, tandis que le groupe "
     "Kestrel a gagné 3,6 %, à environ 265 euros la tonne.", "fr", "mixed", "quantity"),
])
def test_a_name_written_in_another_number(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, GROUP_INDICATORS), text, lang), want, rule)


DATED_FIGURE = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor annual results 2024
    published: 2025-02-20
    facts:
      - id: licences
        statement: Velmor's licence sales fell 14% to £504m in 2024, as there were no patent sales in 2024 after £48m in 2023.
        subject: velmor
        quantity: {value: 504e6, unit: GBP, bound: exact}
        as_of: 2024
      - id: licences-fr
        statement: Les ventes de brevets de Velmor ont atteint 504 millions d'euros en 2024, contre 48 millions d'euros en 2023.
        subject: velmor
        quantity: {value: 504e6, unit: EUR, bound: exact}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the year written right after a figure the confirming fact writes with that year is the figure's date, not the
    # year its change is measured from
    ("Velmor's licence sales fell 14% to £504m, as there were no patent sales in 2024 to replace the £48m booked in "
     "2023.", "en", "supported", "date"),
    ("Velmor's licence sales fell 14% to £504m, as there were no patent sales in 2024 to replace the £48m booked in "
     "2022.", "en", "unverified", None),
    ("Les ventes de brevets de Velmor ont atteint 504 millions d'euros, après les 48 millions d'euros enregistrés en "
     "2023.", "fr", "supported", "date"),
    ("Les ventes de brevets de Velmor ont atteint 504 millions d'euros, après les 48 millions d'euros enregistrés en "
     "2022.", "fr", "contradicted", "date"),
])
def test_a_year_written_after_its_figure(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, DATED_FIGURE), text, lang), want, rule)


WITH_CLAUSE = """
version: 1
entities:
  velmor: {names: [Velmor, groupe Velmor]}
  norvel-unit: {names: [Norvel unit, division Norvel, Norvel]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    publisher: velmor
    published: 2026-02-20
    facts:
      - id: sales
        statement: Velmor's sales rose 4% to 2.1 billion euros in 2025.
        subject: velmor
        quantity: {value: 2.1e9, unit: EUR}
        as_of: 2025
      - id: ventes
        statement: Les ventes du groupe Velmor ont progressé de 4 % à 2,1 milliards d'euros en 2025.
        subject: velmor
        quantity: {value: 2.1e9, unit: EUR}
        as_of: 2025
      - id: norvel-sales
        statement: The Norvel unit's sales fell 2% in 2025.
        subject: norvel-unit
        quantity: {value: 2, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a clause of its own after the figures, opened by "with", « avec », about a party the list has facts of: unchecked
    ("Velmor's sales rose 4% to 2.1 billion euros in 2025, with the Norvel unit doing most of the growing.", "en",
     "unverified"),
    ("Les ventes du groupe Velmor ont progressé de 4 % à 2,1 milliards d'euros en 2025, avec la division Norvel en "
     "tête.", "fr", "unverified"),
    ("Velmor's sales rose 4% to 2.1 billion euros in 2025.", "en", "supported"),
    ("Les ventes du groupe Velmor ont progressé de 4 % à 2,1 milliards d'euros en 2025.", "fr", "supported"),
])
def test_a_party_in_a_with_clause_after_the_figures(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, WITH_CLAUSE), text, lang), want)


GLOSS_PERIOD = """
version: 1
entities:
  norvel: {names: [Norvel, groupe Norvel]}
sources:
  - id: norvel-2025
    title: Norvel annual results 2025
    publisher: norvel
    published: 2026-02-20
    facts:
      - id: ebitda
        statement: L'Ebitda de Norvel a atteint 412 millions d'euros en 2025.
        subject: norvel
        quantity: {value: 412000000, unit: EUR}
        as_of: 2025
      - id: marge
        statement: La marge d'Ebitda de Norvel est de 21,9 % en 2025.
        subject: norvel
        quantity: {value: 21.9, unit: percent}
        as_of: 2025
      - id: marge-neuf-mois
        statement: Sur les neuf premiers mois de 2025, la marge d'Ebitda de Norvel atteint 21,4 %.
        subject: norvel
        quantity: {value: 21.4, unit: percent}
        as_of: 2025-09
      - id: ebitda-en
        statement: Norvel's EBITDA margin was 21.9% in 2025, on EBITDA of 412 million euros.
        subject: norvel
        quantity: {value: 21.9, unit: percent}
        as_of: 2025
      - id: margin-nine-months
        statement: In the first nine months of 2025, Norvel's EBITDA margin was 21.4%.
        subject: norvel
        quantity: {value: 21.4, unit: percent}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a gloss restates its main clause's period: the nine months' margin is not the year's
    ("L'Ebitda de Norvel a atteint 412 millions d'euros en 2025, soit une marge de 21,4 %.", "fr", "mixed", "period"),
    ("Norvel's EBITDA reached 412 million euros in 2025, that is a margin of 21.4%.", "en", "mixed", "period"),
    ("L'Ebitda de Norvel a atteint 412 millions d'euros en 2025, soit une marge de 21,9 %.", "fr", "supported", None),
    ("Norvel's EBITDA reached 412 million euros in 2025, that is a margin of 21.9%.", "en", "supported", None),
])
def test_a_gloss_of_another_period_than_its_main_clause(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, GLOSS_PERIOD), text, lang), want, rule)


YEAR_TO_DATE_UNCOUNTED = """
version: 1
entities:
  ostria: {names: [Ostria]}
sources:
  - id: ostria-2025
    title: Ostria trading update and results 2025
    publisher: ostria
    published: 2026-02-20
    facts:
      - id: ytd
        statement: Ostria's sales were 3.1% ahead of the prior year on a year-to-date basis at the end of October 2025.
        subject: ostria
        quantity: {value: 3.1, unit: percent}
        as_of: 2025-10
      - id: year
        statement: Ostria's sales grew 1.2% in 2025.
        subject: ostria
        quantity: {value: 1.2, unit: percent}
        as_of: 2025
      - id: cumul
        statement: Depuis le début de l'année, les commandes d'Ostria progressent de 4,4 % à fin octobre 2025.
        subject: ostria
        quantity: {value: 4.4, unit: percent}
        as_of: 2025-10
      - id: annee
        statement: Les commandes d'Ostria ont progressé de 2,0 % en 2025.
        subject: ostria
        quantity: {value: 2.0, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a stretch from the year's start that names no count of months ("year to date", « depuis le début de l'année »)
    # is not the whole year: its figure said of the year is a wrong period, and it confirms its own stretch
    ("Ostria's sales grew 3.1% over the year.", "en", "contradicted"),
    ("Ostria's sales were 3.1% ahead year to date at the end of October 2025.", "en", "supported"),
    ("Sur l'ensemble de l'année, les commandes d'Ostria ont progressé de 4,4 %.", "fr", "contradicted"),
    ("Depuis le début de l'année, les commandes d'Ostria progressent de 4,4 % à fin octobre 2025.", "fr", "supported"),
])
def test_a_year_to_date_figure_is_not_the_years(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEAR_TO_DATE_UNCOUNTED), text, lang), want)


NAMED_RANK = """
version: 1
entities:
  norvel: {names: [Norvel Air]}
sources:
  - id: norvel
    title: Norvel Air annual results
    published: 2025-02-06
    facts:
      - id: profit-2024
        statement: Norvel Air made an operating profit of €2.0 billion in 2024.
        subject: norvel
        quantity: {value: 2.0e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a rank in apposition to a name describes the name: the figure is what the statement asserts
    ("Norvel Air, the group's largest carrier, made an operating profit of €2.0 billion in 2024.", "en", "supported", "quantity"),
    ("Norvel Air, la plus grande compagnie du groupe, a dégagé un résultat opérationnel de 2,0 milliards d'euros en 2024.",
     "fr", "supported", "quantity"),
    ("Norvel Air, the group's largest carrier, made an operating profit of €2.6 billion in 2024.", "en", "contradicted", "quantity"),
    ("Norvel Air, la plus grande compagnie du groupe, a dégagé un résultat opérationnel de 2,6 milliards d'euros en 2024.",
     "fr", "contradicted", "quantity"),
    # a rank the statement states of its subject stays a part to check
    ("Norvel Air remained the group's largest carrier, with an operating profit of €2.0 billion in 2024.", "en", "unverified", None),
])
def test_a_rank_in_apposition_to_a_name_describes_it(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NAMED_RANK), text, lang)
    assert_outcome(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a number that is part of a name in a description of the subject ("the Velx 100 owner") names, it counts nothing
    ("Norvel Air, the Velx 100 owner of regional airlines, reported an operating profit of €2.0 billion for 2024.", "en",
     "supported", "quantity"),
    ("Norvel Air, membre de l'indice Velx 100, a dégagé un résultat opérationnel de 2,0 milliards d'euros en 2024.", "fr",
     "supported", "quantity"),
    ("Norvel Air, the Velx 100 owner of regional airlines, reported an operating profit of €2.6 billion for 2024.", "en",
     "contradicted", "quantity"),
    ("Norvel Air, membre de l'indice Velx 100, a dégagé un résultat opérationnel de 2,6 milliards d'euros en 2024.", "fr",
     "contradicted", "quantity"),
    # a count in the description stays a figure to check
    ("Norvel Air, the owner of 100 regional airlines, reported an operating profit of €2.0 billion for 2024.", "en",
     "unverified", None),
])
def test_a_number_of_a_name_in_a_description_counts_nothing(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NAMED_RANK), text, lang)
    assert_outcome(st, want, rule)


REVISED_SINCE = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
  kelvo: {names: [Kelvo]}
  ostria: {names: [Ostria]}
sources:
  - id: norvel-update
    title: Norvel trading update
    published: 2025-07
    superseded_by: norvel-half-year
    facts:
      - id: h1-pbt
        statement: Norvel estimated its profit before tax for the six months to 30 June 2025 at not less than £80 million.
        subject: norvel
        quantity: {value: 80000000, unit: GBP, bound: at-least}
        as_of: 2025-06-30
  - id: norvel-half-year
    title: Norvel half-year report
    published: 2025-09-10
    facts:
      - id: h1-pbt
        statement: Norvel's profit before tax was £86.4 million in the six months to 30 June 2025.
        subject: norvel
        quantity: {value: 86400000, unit: GBP}
        as_of: 2025-06-30
  - id: velmor-point
    title: Point d'activité de Velmor
    published: 2025-07
    superseded_by: velmor-semestre
    facts:
      - id: rai
        statement: Velmor estimait son résultat avant impôt du semestre clos le 30 juin 2025 à au moins 40 millions d'euros.
        subject: velmor
        quantity: {value: 40000000, unit: EUR, bound: at-least}
        as_of: 2025-06-30
  - id: velmor-semestre
    title: Résultats semestriels de Velmor
    published: 2025-09-12
    facts:
      - id: rai
        statement: Le résultat avant impôt de Velmor s'est élevé à 43,6 millions d'euros au premier semestre clos le 30 juin 2025.
        subject: velmor
        quantity: {value: 43600000, unit: EUR}
        as_of: 2025-06-30
  - id: kelvo-2024
    title: Kelvo annual results 2024
    published: 2025-03-02
    superseded_by: kelvo-2025
    facts:
      - id: target
        statement: Kelvo targets an operating margin of 15% through the cycle.
        subject: kelvo
        quantity: {value: 15, unit: percent}
        as_of: 2025-03
  - id: kelvo-2025
    title: Kelvo annual results 2025
    published: 2026-03-04
    facts:
      - id: target
        statement: Kelvo raised its operating margin target to more than 15%.
        subject: kelvo
        quantity: {value: 15, unit: percent, bound: at-least}
        as_of: 2026-03
  - id: ostria-avril
    title: Ostria, chiffre d'affaires du premier trimestre 2025
    published: 2025-04-24
    superseded_by: ostria-annuel
    facts:
      - id: objectif
        statement: Ostria confirme viser pour 2025 un chiffre d'affaires compris entre 300 et 340 millions d'euros.
        subject: ostria
        quantity: {min: 300000000, max: 340000000, unit: EUR}
        as_of: 2025
      - id: marge
        statement: Pour 2025, Ostria prévoyait une marge opérationnelle autour de 12 % du chiffre d'affaires.
        subject: ostria
        quantity: {value: 12, unit: percent, bound: about}
        as_of: 2025
  - id: ostria-annuel
    title: Ostria, résultats annuels 2025
    published: 2026-02-12
    facts:
      - id: octobre
        statement: Le 28 octobre 2025, Ostria a indiqué que son chiffre d'affaires 2025 devrait être proche du bas de la fourchette, soit 306 millions d'euros.
        subject: ostria
        quantity: {value: 306000000, unit: EUR, bound: about}
        as_of: 2025-10
      - id: marge
        statement: La marge opérationnelle d'Ostria a été de 11,5 % du chiffre d'affaires en 2025.
        subject: ostria
        quantity: {value: 11.5, unit: percent, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the very day the figure is of, which the newer version is of too, dates no older release
    ("In the six months to 30 June 2025, Norvel's pre-tax profit came to about £80 million.", "en", "outdated", "outdated"),
    ("In the six months to 30 June 2025, Norvel's pre-tax profit came to £86.4 million.", "en", "supported", "quantity"),
    ("Sur le semestre clos le 30 juin 2025, le résultat avant impôt de Velmor s'est élevé à environ 40 millions d'euros.",
     "fr", "outdated", "outdated"),
    ("Sur le semestre clos le 30 juin 2025, le résultat avant impôt de Velmor s'est élevé à 43,6 millions d'euros.",
     "fr", "supported", "quantity"),
    # a target the newer source gives as a bound of the same number: the plain figure is the older target's
    ("Kelvo's medium-term goal is an operating margin of 15% through the cycle.", "en", "outdated", "outdated"),
    ("Kelvo's medium-term goal is an operating margin of more than 15%.", "en", "supported", "quantity"),
    # a range of guidance for the year, which a later statement of that year narrowed
    ("À l'automne encore, la direction d'Ostria visait un chiffre d'affaires compris entre 300 et 340 millions d'euros "
     "pour l'exercice.", "fr", "outdated", "outdated"),
    # a hedged figure only the edge of its hedge brings to the current one, while the older fact gives it exactly
    ("La marge opérationnelle d'Ostria s'est établie autour de 12 % du chiffre d'affaires en 2025.", "fr", "outdated", "outdated"),
    ("La marge opérationnelle d'Ostria s'est établie à 11,5 % du chiffre d'affaires en 2025.", "fr", "supported", "quantity"),
])
def test_a_figure_only_the_superseded_source_gives(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REVISED_SINCE), text, lang), want, rule)


PUT_DOWN = """
version: 1
sources:
  - id: tarnley-2024
    publisher: Tarnley
    title: Tarnley annual results 2024
    url: https://example.org/tarnley-2024
    published: 2025-03-12
    facts:
      - id: op
        statement: "Tarnley's operating profit fell 8% on a reported basis to £95 million in 2024 because of currency movements; at constant currency it rose 3%."
        as_of: 2024
        quantity: {value: 95000000, unit: GBP}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "put down to" gives the cause: its "down" says no way, and the cause is compared with the cause
    ("Tarnley's operating profit fell 8% to £95 million, which the company put down to currency movements.", "en",
     "supported", "quantity"),
])
def test_put_down_to_gives_a_cause(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PUT_DOWN), text, lang), want, rule)


PERIOD_SPANS = """
version: 1
entities:
  tavrel: {names: [Tavrel]}
  quorin: {names: [Quorin]}
  merlane: {names: [Merlane]}
sources:
  - id: tavrel-9m
    title: Tavrel, chiffre d'affaires des neuf premiers mois 2025
    published: 2025-10-21
    facts:
      - id: t3
        statement: Au troisième trimestre 2025, le chiffre d'affaires de Tavrel atteint 212 M€, en hausse organique de 5,2 %.
        subject: tavrel
        quantity: {value: 5.2, unit: percent}
        as_of: 2025-Q3
      - id: neuf-mois
        statement: Sur les neuf premiers mois de 2025, le chiffre d'affaires de Tavrel s'élève à 640 M€, en hausse organique de 1,8 %.
        subject: tavrel
        quantity: {value: 1.8, unit: percent}
        as_of: 2025-09
      - id: synergies-neuf-mois
        statement: Les synergies de Tavrel ont atteint 35 millions d'euros sur les neuf premiers mois de 2025.
        subject: tavrel
        quantity: {value: 35e6, unit: EUR}
        as_of: 2025-09
      - id: carnet-aout
        statement: Le carnet de commandes de Tavrel s'élève à 3 140 millions d'euros au 31 août 2025.
        subject: tavrel
        quantity: {value: 3.14e9, unit: EUR}
        as_of: 2025-08-31
  - id: tavrel-s1
    title: Tavrel, résultats semestriels 2025
    published: 2025-07-24
    facts:
      - id: s1-marge
        statement: Au premier semestre 2025, la marge opérationnelle de Tavrel a gagné 0,6 point, à 7,2 %.
        subject: tavrel
        quantity: {value: 7.2, unit: percent}
        as_of: 2025-06
  - id: tavrel-annuel
    title: Tavrel, résultats annuels 2025
    published: 2026-01-29
    facts:
      - id: marge
        statement: La marge opérationnelle de Tavrel passe à 7,9 % en 2025.
        subject: tavrel
        quantity: {value: 7.9, unit: percent}
        as_of: 2025
      - id: synergies
        statement: Tavrel's synergies amounted to 52 million euros in 2025, including 17 million euros in the fourth quarter.
        subject: tavrel
        quantity: {value: 52e6, unit: EUR}
        as_of: 2025
      - id: carnet
        statement: Le carnet de commandes de Tavrel s'élève à 2 910 millions d'euros au 30 novembre 2025.
        subject: tavrel
        quantity: {value: 2.91e9, unit: EUR}
        as_of: 2025-11-30
  - id: quorin-9m
    title: Quorin nine-month trading update 2025
    published: 2025-10-23
    facts:
      - id: q3
        statement: Quorin's organic sales grew 6.1% in the third quarter of 2025.
        subject: quorin
        quantity: {value: 6.1, unit: percent}
        as_of: 2025-Q3
      - id: nine-months
        statement: Over the first nine months of 2025, Quorin's organic sales grew 2.3%.
        subject: quorin
        quantity: {value: 2.3, unit: percent}
        as_of: 2025-09
  - id: quorin-h1-2025
    title: Quorin half-year results 2025
    published: 2025-07-30
    facts:
      - id: h1-margin
        statement: Quorin's operating margin widened to 11.4% in the first half of 2025.
        subject: quorin
        quantity: {value: 11.4, unit: percent}
        as_of: 2025-06
      - id: h1-revenue-2025
        statement: Quorin's revenue rose 12% in the first half of 2025 to £388m.
        subject: quorin
        quantity: {value: 12, unit: percent}
        as_of: 2025-06
      - id: order-book-august
        statement: Quorin's order book stood at £1.21bn at 31 August 2025.
        subject: quorin
        quantity: {value: 1.21e9, unit: GBP}
        as_of: 2025-08-31
      - id: order-book-november
        statement: Quorin's order book stood at £1.08bn at 30 November 2025.
        subject: quorin
        quantity: {value: 1.08e9, unit: GBP}
        as_of: 2025-11-30
  - id: tavrel-s1-2024
    title: Tavrel, résultats semestriels 2024
    published: 2024-07-25
    facts:
      - id: s1-ca-2024
        statement: Au premier semestre 2024, le chiffre d'affaires de Tavrel a progressé de 4,4 %, à 402 M€.
        subject: tavrel
        quantity: {value: 4.4, unit: percent}
        as_of: 2024-06
  - id: tavrel-s1-2025
    title: Tavrel, résultats semestriels 2025
    published: 2025-07-24
    facts:
      - id: s1-ca-2025
        statement: Au premier semestre 2025, le chiffre d'affaires de Tavrel a progressé de 6,3 %, à 427 M€.
        subject: tavrel
        quantity: {value: 6.3, unit: percent}
        as_of: 2025-06
      - id: roc
        statement: Le résultat opérationnel courant de Tavrel atteint 58 M€ en 2025, en hausse de 6 % sur l'ensemble de l'exercice.
        subject: tavrel
        quantity: {value: 58e6, unit: EUR}
        as_of: 2025
      - id: roc-s2
        statement: Le résultat opérationnel courant de Tavrel a progressé de 21 % au second semestre 2025 par rapport au second semestre 2024.
        subject: tavrel
        quantity: {value: 21, unit: percent}
        as_of: 2025
  - id: merlane-fy
    title: Merlane, résultats annuels 2024-2025
    published: 2025-09-18
    facts:
      - id: ca-exercice
        statement: Le chiffre d'affaires de Merlane pour l'exercice 2024-2025 s'élève à 1,6 milliard d'euros.
        subject: merlane
        quantity: {value: 1.6e9, unit: EUR}
        as_of: 2025-06
      - id: revenue-fiscal
        statement: Merlane's revenue for fiscal 2025 was £1.4 billion.
        subject: merlane
        quantity: {value: 1.4e9, unit: GBP}
        as_of: 2025-06
  - id: merlane-s1
    title: Merlane, résultats du premier semestre 2024-2025
    published: 2025-03-06
    facts:
      - id: ca-s1
        statement: Le chiffre d'affaires de Merlane au 1er semestre 2024-2025 s'établit à 790 millions d'euros.
        subject: merlane
        quantity: {value: 790e6, unit: EUR}
        as_of: 2024-12
      - id: revenue-h1
        statement: Merlane's revenue for the first half of fiscal 2025 was £690 million.
        subject: merlane
        quantity: {value: 690e6, unit: GBP}
        as_of: 2024-12
  - id: quorin-h1-2024
    title: Quorin half-year results 2024
    published: 2024-07-31
    facts:
      - id: h1-revenue-2024
        statement: Quorin's revenue rose 9 per cent to £346m in the first half of 2024.
        subject: quorin
        quantity: {value: 9, unit: percent}
        as_of: 2024-06
  - id: quorin-fy-2025
    title: Quorin full-year results 2025
    published: 2026-02-26
    facts:
      - id: margin
        statement: Quorin's operating margin was 12.6% in 2025.
        subject: quorin
        quantity: {value: 12.6, unit: percent}
        as_of: 2025
      - id: profit
        statement: Quorin's adjusted operating profit was £96m in 2025, up 7% on the full year.
        subject: quorin
        quantity: {value: 96e6, unit: GBP}
        as_of: 2025
      - id: profit-h2
        statement: Quorin's adjusted operating profit rose 24% in the second half of 2025 compared with the second half of 2024.
        subject: quorin
        quantity: {value: 24, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a quarter's figure is not the first nine months' (a fact dated to the stretch's last month, 2025-09)
    ("Au troisième trimestre, la croissance organique de Tavrel s'était limitée à 1,8 %.", "fr", "contradicted", "period"),
    ("Au troisième trimestre, la croissance organique de Tavrel a atteint 5,2 %.", "fr", "supported", "quantity"),
    ("In the third quarter, Quorin's organic sales grew just 2.3%.", "en", "contradicted", "period"),
    ("In the third quarter, Quorin's organic sales grew 6.1%.", "en", "supported", "quantity"),
    # a figure that names no period, in an article on a year no words since name a part of: the year's, not the half's
    ("Tavrel a publié jeudi ses comptes annuels 2025. La marge opérationnelle s'établit à 7,2 %.", "fr",
     "contradicted", "period"),
    ("Tavrel a publié jeudi ses comptes annuels 2025. La marge opérationnelle s'établit à 7,9 %.", "fr",
     "supported", "quantity"),
    ("Quorin published its results for 2025 on Thursday. The operating margin came in at 11.4%.", "en",
     "contradicted", "period"),
    ("Quorin published its results for 2025 on Thursday. The operating margin came in at 12.6%.", "en",
     "supported", "quantity"),
    # … but read in the half the statement before names, it is the half's
    ("Au premier semestre 2025, les ventes de Tavrel ont progressé. La marge opérationnelle s'établit à 7,2 %.",
     "fr", "supported", "quantity"),
    ("In the first half of 2025, Quorin's sales grew. The operating margin came in at 11.4%.", "en", "supported",
     "quantity"),
    # … or that its own words say of a part, which or not
    ("Tavrel a publié jeudi ses comptes annuels 2025. Sur le semestre, la marge opérationnelle s'établissait à 7,2 %.",
     "fr", "supported", "quantity"),
    ("Quorin published its results for 2025 on Thursday. At the half-year stage, the operating margin stood at 11.4%.",
     "en", "supported", "quantity"),
    # a level at the close of a year that ends before December: not a figure of an earlier date of that year
    ("Tavrel a publié ses comptes annuels 2025. Le carnet de commandes s'élevait à 3,14 milliards d'euros à la "
     "fin de l'exercice.", "fr", "contradicted", "period"),
    ("Tavrel a publié ses comptes annuels 2025. Le carnet de commandes s'élevait à 2,91 milliards d'euros à la "
     "fin de l'exercice.", "fr", "supported", "quantity"),
    ("Quorin published its results for 2025. The order book stood at £1.21bn at the end of the financial year.", "en",
     "contradicted", "period"),
    ("Quorin published its results for 2025. The order book stood at £1.08bn at the end of the financial year.", "en",
     "supported", "quantity"),
    # … nor a figure of the first nine months, while the year's fact (a quarter's figure beside its own) gives another
    ("Les synergies de Tavrel atteignaient 35 millions d'euros à la fin de l'année 2025.", "fr", "contradicted", "period"),
    ("Les synergies de Tavrel atteignaient 52 millions d'euros à la fin de l'année 2025.", "fr", "supported", "quantity"),
    ("Tavrel published its results for 2025. Synergies had reached €35m by the end of the year.", "en",
     "contradicted", "period"),
    ("Tavrel published its results for 2025. Synergies had reached €52m by the end of the year.", "en",
     "supported", "quantity"),
    # a half's figure is not the accounting year's, whose date is the year's end, not the half's
    ("Sur le premier semestre 2024-2025, le chiffre d'affaires de Merlane a atteint 1,6 milliard d'euros.", "fr",
     "contradicted", "period"),
    ("Sur le premier semestre 2024-2025, le chiffre d'affaires de Merlane a atteint 790 millions d'euros.", "fr",
     "supported", "quantity"),
    ("In the first half of fiscal 2025, Merlane's revenue reached £1.4 billion.", "en", "contradicted", "period"),
    ("In the first half of fiscal 2025, Merlane's revenue reached £690 million.", "en", "supported", "quantity"),
    # a half named with no year is the half of the year the article speaks of, not the same half of another year
    ("Tavrel a publié ses comptes du semestre clos le 30 juin 2024. Au premier semestre, le chiffre d'affaires a "
     "progressé de 6,3 %.", "fr", "contradicted", "period"),
    ("Tavrel a publié ses comptes du semestre clos le 30 juin 2024. Au premier semestre, le chiffre d'affaires a "
     "progressé de 4,4 %.", "fr", "supported", "quantity"),
    ("Quorin has published its results for the six months to 30 June 2024. Quorin's revenue in the first half grew by "
     "12 per cent.", "en", "contradicted", "period"),
    ("Quorin has published its results for the six months to 30 June 2024. Quorin's revenue in the first half grew by "
     "9 per cent.", "en", "supported", "quantity"),
])
def test_a_figure_is_confirmed_only_by_a_fact_of_its_own_span(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PERIOD_SPANS), text, lang, when=("1 October 2024", "1er octobre 2024")
                        if "2024" in text else ("26 February 2026", "26 février 2026"))
    assert_outcome(st, want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # a gloss's change, of its main clause's year, given only by a fact of a half of it: not confirmed
    ("Quorin published its results for 2025. Adjusted operating profit rose to £96m, an increase of 24% on 2024.", "en",
     "unverified"),
    ("Quorin published its results for 2025. Adjusted operating profit rose to £96m, an increase of 7% on 2024.", "en",
     "supported"),
    ("Tavrel a publié ses comptes annuels 2025. Le résultat opérationnel courant a atteint 58 M€, en hausse de 21 % sur "
     "2024.", "fr", "unverified"),
    ("Tavrel a publié ses comptes annuels 2025. Le résultat opérationnel courant a atteint 58 M€, en hausse de 6 % sur "
     "2024.", "fr", "supported"),
])
def test_a_gloss_of_the_year_is_not_confirmed_by_a_half(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PERIOD_SPANS), text, lang, when=("26 February 2026", "26 février 2026"))
    assert_verdict(st, want)


SIX_MONTHS = """
version: 1
entities:
  dorvic: {names: [Dorvic]}
sources:
  - id: dorvic-h1
    title: Dorvic interim results
    published: 2025-02-20
    facts:
      - id: h1-revenue
        statement: Dorvic's revenue for the six months to 31 December 2024 rose 4% to £210.5m.
        subject: dorvic
        quantity: {value: 210.5e6, unit: GBP}
        as_of: 2024-12
      - id: ca-s1
        statement: Le chiffre d'affaires de Dorvic sur les six mois clos le 31 décembre 2024 a progressé de 4 %, à 180,5 millions d'euros.
        subject: dorvic
        quantity: {value: 180.5e6, unit: EUR}
        as_of: 2024-12
  - id: dorvic-fy
    title: Dorvic annual results
    published: 2025-09-11
    facts:
      - id: revenue
        statement: Dorvic's revenue rose 3.5% to £440.2m in the year to 30 June 2025.
        subject: dorvic
        quantity: {value: 440.2e6, unit: GBP}
        as_of: 2025-06
      - id: ca
        statement: Le chiffre d'affaires de Dorvic pour l'exercice clos le 30 juin 2025 s'élève à 372,4 millions d'euros, en hausse de 3,5 %.
        subject: dorvic
        quantity: {value: 372.4e6, unit: EUR}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # six months to a date are a part of the year, fiscal or not: their figure is not the full year's
    ("Over the full year, Dorvic's revenue had risen 4% to £210.5m.", "en", "contradicted", "period"),
    ("In the six months to 31 December 2024, Dorvic's revenue rose 4% to £210.5m.", "en", "supported", "quantity"),
    ("Sur l'ensemble de l'exercice, le chiffre d'affaires de Dorvic a progressé de 4 %, à 180,5 millions d'euros.", "fr",
     "contradicted", "period"),
    ("Sur les six mois clos le 31 décembre 2024, le chiffre d'affaires de Dorvic a progressé de 4 %, à 180,5 millions "
     "d'euros.", "fr", "supported", "quantity"),
])
def test_six_months_to_a_date_are_no_full_year(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SIX_MONTHS), text, lang, when=("11 September 2025", "11 septembre 2025"))
    assert_outcome(st, want, rule)


LOOSE_OLDER = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: outlook-feb
    title: Velmor sets its 2026 outlook
    published: 2026-02-10
    superseded_by: outlook-jul
    facts:
      - id: growth-target
        statement: Velmor expects its revenue to grow by 4 % to 6 % in 2026.
        subject: velmor
        quantity: {min: 4, max: 6, unit: percent}
        as_of: 2026
      - id: objectif
        statement: Norvel vise une croissance de son chiffre d'affaires de 4 % à 6 % en 2026.
        subject: norvel
        quantity: {min: 4, max: 6, unit: percent}
        as_of: 2026
  - id: outlook-jul
    title: Velmor raises its 2026 outlook
    published: 2026-07-22
    facts:
      - id: growth-target
        statement: Velmor now expects its revenue to grow by 6 % to 8 % in 2026.
        subject: velmor
        quantity: {min: 6, max: 8, unit: percent}
        as_of: 2026
      - id: objectif
        statement: Norvel vise désormais une croissance de son chiffre d'affaires de 6 % à 8 % en 2026.
        subject: norvel
        quantity: {min: 6, max: 8, unit: percent}
        as_of: 2026
  - id: results
    title: Velmor full-year results 2026
    published: 2027-02-11
    facts:
      - id: growth
        statement: Velmor's revenue grew 7.3 % in 2026.
        subject: velmor
        quantity: {value: 7.3, unit: percent}
        as_of: 2026
      - id: croissance
        statement: Le chiffre d'affaires de Norvel a progressé de 7,3 % en 2026.
        subject: norvel
        quantity: {value: 7.3, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure that only falls inside the range a superseded source gave is not its older figure: the outcome refutes it
    ("Velmor's revenue grew 5 % in 2026.", "en", "contradicted", "quantity"),
    ("Le chiffre d'affaires de Norvel a progressé de 5 % en 2026.", "fr", "contradicted", "quantity"),
    # (the range itself: the older target, outdated)
    ("Velmor had expected revenue growth of between 4 % and 6 % for 2026.", "en", "outdated", "outdated"),
])
def test_a_figure_inside_an_older_range_is_not_the_older_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, LOOSE_OLDER), text, lang, when=("3 March 2027", "3 mars 2027")), want, rule)


NINE_MONTHS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: q3
    title: Velmor third-quarter trading 2026
    published: 2026-10-28
    superseded_by: fy
    facts:
      - id: nine-months
        statement: Over the first nine months of 2026, Velmor's bookings fell 21.4 % to €610 million.
        subject: velmor
        quantity: {value: -21.4, unit: percent}
        as_of: 2026-09
      - id: neuf-mois
        statement: Sur les neuf premiers mois de 2026, les commandes de Norvel ont reculé de 21,4 % à 610 millions d'euros.
        subject: norvel
        quantity: {value: -21.4, unit: percent}
        as_of: 2026-09
  - id: fy
    title: Velmor full-year results 2026
    published: 2027-02-11
    facts:
      - id: bookings
        statement: Velmor's bookings fell 12.2 % to €1.2 billion in 2026.
        subject: velmor
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2026
      - id: recurring
        statement: Velmor's recurring bookings fell 3.1 % to €400 million in 2026.
        subject: velmor
        quantity: {value: -3.1, unit: percent}
        as_of: 2026
      - id: commandes
        statement: Les commandes de Norvel ont reculé de 12,2 % à 1,2 milliard d'euros en 2026.
        subject: norvel
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2026
      - id: recurrentes
        statement: Les commandes récurrentes de Norvel ont reculé de 3,1 % à 400 millions d'euros en 2026.
        subject: norvel
        quantity: {value: -3.1, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the first nine months' fall said of the year is no older figure the year's results revised: a wrong figure
    ("Velmor's bookings came to about €1.2 billion in 2026, down 21.4 % on the year.", "en", "mixed", "quantity"),
    ("Les commandes de Norvel se sont établies à environ 1,2 milliard d'euros en 2026, en baisse de 21,4 % sur un an.",
     "fr", "mixed", "quantity"),
])
def test_a_stretch_of_the_year_is_not_revised_by_the_whole_years_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, NINE_MONTHS), text, lang, when=("3 March 2027", "3 mars 2027")), want, rule)


TARGET_CUT_ACROSS_LANGUAGES = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: cut-sept
    title: Velmor cuts its outlook
    published: 2026-09-24
    superseded_by: q3
    facts:
      - id: target-sept
        statement: Velmor expected bookings of around €2.45 billion for 2026, down from the previous year.
        subject: velmor
        quantity: {value: 2.45e9, unit: EUR, bound: about}
        as_of: 2026
  - id: q3
    title: Chiffre d'affaires du troisième trimestre de Velmor
    published: 2026-11-05
    superseded_by: fy
    facts:
      - id: target-nov
        statement: Velmor a confirmé viser des réservations d'environ 2,4 milliards d'euros pour 2026.
        subject: velmor
        quantity: {value: 2.4e9, unit: EUR, bound: about}
        as_of: 2026
  - id: fy
    title: Résultats annuels 2026 de Velmor
    published: 2027-02-10
    facts:
      - id: bookings
        statement: Les réservations de Velmor se sont établies à 2 371 millions d'euros en 2026, légèrement sous l'objectif.
        subject: velmor
        quantity: {value: 2.371e9, unit: EUR}
        as_of: 2026
      - id: cash
        statement: Le free cash-flow de Velmor a atteint 212 millions d'euros en 2026, au-dessus de l'objectif.
        subject: velmor
        quantity: {value: 2.12e8, unit: EUR}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the latest target stated as the older one's figure, exactly, which a newer source replaced by another (its
    # verb, an infinitive of aim, « viser un », states it; the outcomes that only compare with the target do not)
    ("Le dernier objectif de Velmor tablait sur des réservations d'environ 2,45 milliards d'euros pour 2026.", "fr",
     "outdated", "outdated"),
    ("Velmor's latest guidance expected bookings of around €2.45 billion for 2026.", "en", "outdated", "outdated"),
])
def test_an_older_target_given_as_the_latest_is_outdated_across_languages(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TARGET_CUT_ACROSS_LANGUAGES), text, lang,
                               when=("12 February 2027", "12 février 2027")), want, rule)


YEAR_AND_QUARTER_WAYS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: fy
    title: Velmor full-year results 2026
    published: 2027-02-11
    facts:
      - id: sales
        statement: Velmor's sales were €5.1 billion in 2026.
        subject: velmor
        quantity: {value: 5.1e9, unit: EUR}
        as_of: 2026
      - id: lfl
        statement: Velmor's sales rose 3.4% like-for-like in 2026.
        subject: velmor
        quantity: {value: 3.4, unit: percent}
        as_of: 2026
      - id: q4-lfl
        statement: In the fourth quarter of 2026, Velmor's like-for-like sales less rebates fell 3.4%.
        subject: velmor
        quantity: {value: -3.4, unit: percent}
        as_of: 2026-Q4
      - id: ca
        statement: Le chiffre d'affaires de Norvel s'est élevé à 5,1 milliards d'euros en 2026.
        subject: norvel
        quantity: {value: 5.1e9, unit: EUR}
        as_of: 2026
      - id: pcc
        statement: Le chiffre d'affaires de Norvel a progressé de 3,4 % en données comparables en 2026.
        subject: norvel
        quantity: {value: 3.4, unit: percent}
        as_of: 2026
      - id: t4-pcc
        statement: Au quatrième trimestre 2026, le chiffre d'affaires hors remises de Norvel a reculé de 3,4 % en données comparables.
        subject: norvel
        quantity: {value: -3.4, unit: percent}
        as_of: 2026-Q4
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated change in an article on a year is the year's: the year's fact tells its way, not the quarter's that
    # gives the same number the way the article says
    ("Velmor's sales were €5.1 billion in 2026. On a like-for-like basis, they declined by 3.4%.", "en",
     "contradicted", "direction"),
])
def test_an_undated_change_takes_its_way_from_the_years_fact(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, YEAR_AND_QUARTER_WAYS), text, lang,
                               when=("12 February 2027", "12 février 2027")), want, rule)
