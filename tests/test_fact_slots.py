"""Facts read like claims (issue 8): the noun a fact's sentence writes after its figure counts as its unit, a
target is not a measured figure, and a figure is dated by its own clause or the sentence's opening phrase — not by
a later clause's year."""
from __future__ import annotations

import pytest

from test_slots import checker_for, last_statement


def assert_rule(st, want: str, rule: str) -> None:
    """One line per rule test: the statement's verdict and the rule that decided it."""
    assert (st.verdict, rule in {r for c in st.claims for r in c.rules}) == (want, True), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]

LIST = """
version: 1
sources:
  - id: exams
    title: Résultats du diplôme national 2025
    published: 2025-07-11
    facts:
      - id: admitted
        statement: Le ministère a indiqué que 512 300 candidats avaient été admis au diplôme national en 2025.
        quantity: {value: 512300, unit: people}
        as_of: 2025
  - id: thefts
    title: Recorded crime, year ending March 2025
    published: 2025-07-24
    facts:
      - id: bike-thefts
        statement: Police recorded 81,240 bicycle thefts in the year ending March 2025, the most since 2011/12.
        quantity: {value: 81240, unit: offences}
        as_of: 2025-03
      - id: bike-thefts-2019
        statement: Police recorded 96,000 bicycle thefts in the year ending March 2019.
        quantity: {value: 96000, unit: offences}
        as_of: 2019-03
  - id: clinics
    title: Clinic waiting times, June 2025
    published: 2025-08-14
    facts:
      - id: share-long
        statement: 3.4% of patients had waited more than 40 weeks at the end of June 2025.
        quantity: {value: 3.4, unit: percent}
        as_of: 2025-06
      - id: goal
        statement: The health board's target is to bring the share waiting more than 40 weeks below 1% by March 2027.
        quantity: {value: 1, unit: percent, bound: at-most}
        as_of: 2027-03
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact declares people; its sentence counts "candidats", as the article does
    ("Au total, 512 300 candidats ont été reçus au diplôme national cette année.", "fr", "supported", "quantity"),
    ("Au total, 521 300 candidats ont été reçus au diplôme national cette année.", "fr", "contradicted", "quantity"),
    # a year in a later clause ("the most since 2011/12") does not date the figure
    ("Police recorded 81,240 bicycle thefts, the most since records of this kind began in 2011/12.", "en",
     "supported", "quantity"),
    ("Police recorded 96,000 bicycle thefts, the most since records of this kind began in 2011/12.", "en",
     "contradicted", "period"),
    # an opening phrase's year dates what follows
    ("In 2019, before the pandemic, police recorded 96,000 bicycle thefts.", "en", "supported", "quantity"),
    ("In 2019, before the pandemic, police recorded 81,240 bicycle thefts.", "en", "contradicted", "period"),
    # the current share is compared with the measured figure, never with the target
    ("The share of patients waiting more than 40 weeks was 3.4%.", "en", "supported", "quantity"),
])
def test_facts_read_like_claims(checker, text, lang, want, rule):
    st = last_statement(checker, text, lang)
    assert_rule(st, want, rule)


def test_a_measured_figure_is_not_a_wrong_period_of_the_target(checker):
    st = last_statement(checker, "The share of patients waiting more than 40 weeks was 3.4%.", "en")
    assert not any("target" in c.explanation or "2027" in c.explanation for c in st.claims), \
        [c.explanation for c in st.claims]


COMPARE = """
version: 1
entities:
  ministry: {names: [Ministry of Transport, ministry]}
  board: {names: [Fares Board, board]}
sources:
  - id: lines
    title: Annual ridership
    published: 2025-03-01
    facts:
      - id: ridership
        statement: The northern line carried 41 million passengers in 2024 and the southern line 29 million.
      - id: lignes
        statement: En 2024, la ligne nord a transporté 41 millions de voyageurs et la ligne sud 29 millions.
      - id: injured
        statement: Three residents were injured, as well as eleven firefighters.
      - id: fares
        statement: The Fares Board recommended the new fares, which the Ministry of Transport approved.
        subject: board
        object: ministry
      - id: budget
        statement: The ministry said the new fares would raise revenue.
        subject: ministry
"""


@pytest.fixture(scope="module")
def compare_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, COMPARE)


@pytest.mark.parametrize("text, lang, want, rule", [
    ("The northern line carried more passengers than the southern line.", "en", "supported", "comparison"),
    ("The southern line carried more passengers than the northern line.", "en", "contradicted", "comparison"),
    ("La ligne sud a transporté moins de voyageurs que la ligne nord.", "fr", "supported", "comparison"),
    ("La ligne sud a transporté plus de voyageurs que la ligne nord.", "fr", "contradicted", "comparison"),
])
def test_a_comparison_is_judged_by_the_figures_of_both_sides(compare_checker, text, lang, want, rule):
    st = last_statement(compare_checker, text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    # what is compared is not what the fact counts
    ("The northern line had more delays than the southern line.", "en"),
    # a composition the fact does not state: words in common confirm no "most"
    ("Most of the injured were residents.", "en"),
    # a party named in a role the reader did not find, and a fact that does not name the other party
    ("The fares follow recommendations that the Ministry of Transport made to the Fares Board.", "en"),
])
def test_words_in_common_do_not_confirm_what_they_leave_unchecked(compare_checker, text, lang):
    st = last_statement(compare_checker, text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


DENIAL = """
version: 1
entities:
  mayor: {names: [Mayor Ines Varga, Ines Varga, Varga]}
  union: {names: [Transport Workers' Union, union]}
sources:
  - id: council
    title: Council minutes
    published: 2025-05-02
    facts:
      - id: backing
        statement: On 30 April 2025, Mayor Ines Varga publicly backed the Transport Workers' Union's pay claim.
        subject: mayor
        object: union
        as_of: 2025-04-30
"""


@pytest.mark.parametrize("text, lang", [
    ("Ines Varga has never supported the Transport Workers' Union.", "en"),
    ("Ines Varga n'a jamais soutenu le Transport Workers' Union.", "fr"),
])
def test_a_denial_of_a_common_verb_between_the_fact_s_parties_is_contradicted(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, DENIAL), text, lang)
    assert (st.verdict, "negation" in {r for c in st.claims for r in c.rules}) == ("contradicted", True), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


SURVEY = """
version: 1
entities:
  survey: {names: [Household Travel Survey, HTS]}
  office: {names: [National Statistics Office, NSO]}
  bank: {names: [Central Bank]}
sources:
  - id: travel
    title: Travel in the year ending June 2025
    publisher: office
    published: 2025-09-10
    facts:
      - id: trips
        statement: The Household Travel Survey estimated that 41.2% of trips were made on foot in the year ending June 2025.
        subject: survey
        quantity: {value: 41.2, unit: percent}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, want", [
    # the survey the deciding fact credits, in a report published by the office: not a misattribution
    ("According to the Household Travel Survey, 41.2% of trips were made on foot in the year ending June 2025.", "supported"),
    ("According to the National Statistics Office, 41.2% of trips were made on foot in the year ending June 2025.", "supported"),
    ("According to the Central Bank, 41.2% of trips were made on foot in the year ending June 2025.", "mixed"),
])
def test_a_party_the_deciding_fact_credits_is_a_right_attribution(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, SURVEY), text, "en")
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


NAMES = """
version: 1
sources:
  - id: jobs
    title: Emploi au troisième trimestre 2025
    published: 2025-11-14
    facts:
      - id: rate
        statement: Le taux de chômage au sens du BIT atteint 7,7 % au troisième trimestre 2025.
        quantity: {value: 7.7, unit: percent}
        as_of: 2025-09
      - id: health
        statement: Health care added 38,000 jobs in October 2025.
        quantity: {value: 38000, unit: jobs}
        as_of: 2025-10
"""


@pytest.mark.parametrize("text, lang, want", [
    # a name the fact writes as its initials
    ("Le taux de chômage au sens du Bureau international du travail atteint 7,7 % au troisième trimestre 2025.",
     "fr", "supported"),
    ("Le taux de chômage au sens du Bureau international du travail atteint 7,9 % au troisième trimestre 2025.",
     "fr", "contradicted"),
    # "positions" and "jobs" count the same thing
    ("Health care added 38,000 positions in October 2025.", "en", "supported"),
])
def test_names_by_their_initials_and_nouns_of_one_concept(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, NAMES), text, lang)
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


LOAN = """
version: 1
entities:
  fund: {names: [Fonds régional d'Orvane, Fonds d'Orvane]}
  meridia: {names: [Méridia]}
sources:
  - id: loan
    title: Communiqué du Fonds d'Orvane
    published: 2026-03-02
    facts:
      - id: loan
        statement: Le Fonds régional d'Orvane a prêté 12 millions d'euros à Méridia en février 2026.
        subject: fund
        object: meridia
        quantity: {value: 12e6, unit: EUR}
        as_of: 2026-02
"""


@pytest.mark.parametrize("text", [
    "Le Fonds d'Orvane n'a jamais prêté d'argent à Méridia.",
    "Méridia n'a jamais reçu les 12 millions d'euros du Fonds d'Orvane.",
    "Méridia n'a jamais bénéficié d'un financement public.",
    "Le prêt de 12 millions d'euros du Fonds d'Orvane n'a donné lieu à aucun versement à Méridia.",
])
def test_a_denial_is_never_supported_by_its_parties_or_its_figure(tmp_path_factory, text):
    st = last_statement(checker_for(tmp_path_factory, LOAN), text, "fr")
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


AGES = """
version: 1
sources:
  - id: pay
    title: Minimum wage rates from April
    published: 2026-01-10
    facts:
      - id: adults
        statement: The rate for workers aged 21 and over rises by 4.1 per cent from April.
        quantity: {value: 4.1, unit: percent}
        as_of: 2026-04
      - id: young
        statement: The 18-20 Year Old Rate rises by 7.4 per cent from April.
        quantity: {value: 7.4, unit: percent}
        as_of: 2026-04
      - id: teens
        statement: The 16-17 Year Old Rate rises by 5.2 per cent from April.
        quantity: {value: 5.2, unit: percent}
        as_of: 2026-04
"""


@pytest.mark.parametrize("text, want", [
    ("The rate for 16- and 17-year-olds will rise by 5.2% from April.", "supported"),
    # the figure of another age group: never supported
    ("The rate for 16- and 17-year-olds will rise by 7.4% from April.", "contradicted"),
    ("Le taux des 16-17 ans augmentera de 7,4 % en avril.", "contradicted"),
])
def test_an_age_group_is_part_of_what_a_figure_counts(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, AGES), text, "fr" if "augmentera" in text else "en")
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


LATER = """
version: 1
entities:
  agency: {names: [Border Agency]}
sources:
  - id: arrivals
    title: Arrivals update
    published: 2025-09-10
    facts:
      - id: arrivals
        statement: The Border Agency now estimates that about 4,100 people crossed, up from its spring figure of at least 1,500.
        subject: agency
        quantity: {value: 4100, unit: people}
        as_of: 2025-09
      - id: fares
        statement: Fares rose 3,2 % in 2024, against a fall of 2,9 % compared with 2019.
        quantity: {value: 3.2, unit: percent}
        as_of: 2024
      - id: sales
        statement: The Lumo hatchback finished in seventh place among all models in 2025, with 41,200 sales.
        quantity: {value: 41200, unit: cars}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # a bound the new figure satisfies, which the source gives as the level it rose from: the older figure
    ("At least 1,500 people have crossed, according to the Border Agency.", "outdated"),
    # a rank position against the position the source gives
    ("The Lumo hatchback took first place among all models in 2025, with 41,200 sales.", "mixed"),
    ("The Lumo hatchback finished in seventh place among all models in 2025, with 41,200 sales.", "supported"),
])
def test_earlier_levels_and_rank_positions(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, LATER), text, "en")
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


def test_a_gloss_s_direction_is_read_before_its_figure(tmp_path_factory):
    """« soit une hausse de 3 % » against a sentence whose 2,9 % is a fall: a wrong direction, not a match."""
    listing = """
version: 1
sources:
  - id: roads
    title: Bilan routier 2024
    published: 2025-05-30
    facts:
      - id: deaths
        statement: En 2024, 3 190 personnes sont mortes sur les routes, contre 3 170 en 2023, soit une hausse de 1 % sur un an et une baisse de 2,9 % par rapport à 2019.
        quantity: {value: 3190, unit: personnes}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing),
                        "En 2024, 3 190 personnes sont mortes sur les routes, soit une hausse de 3 % par rapport à 2019.", "fr")
    assert st.verdict in ("mixed", "contradicted"), [(c.verdict, c.rules, c.explanation) for c in st.claims]


def test_words_in_common_do_not_confirm_a_rank_of_another_thing(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: markets
    title: Commodities in 2024
    published: 2025-01-02
    facts:
      - id: strongest
        statement: Coffee was the strongest performing commodity in London in 2024, with prices up by two thirds.
"""
    st = last_statement(checker_for(tmp_path_factory, listing), "In London, the March peak remained the highest coffee price of 2024.", "en")
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, want", [
    # the bound is said of another group than the exact figure: the children's 23.1 % does not meet it
    ("Le taux de pauvreté des moins de 18 ans atteint 23,1 %, et moins d'un tiers des retraités isolés sont concernés.",
     "unverified"),
    # the same figure restated as a bound: met
    ("Plus d'un cinquième des moins de 18 ans sont pauvres, 23,1 %.", "supported"),
])
def test_a_bound_is_not_met_by_another_subject_s_figure(tmp_path_factory, text, want):
    listing = """
version: 1
sources:
  - id: poverty
    title: Pauvreté 2023
    published: 2025-07-01
    facts:
      - id: children
        statement: Le taux de pauvreté des moins de 18 ans atteint 23,1 % en 2023.
        quantity: {value: 23.1, unit: percent}
        as_of: 2023
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, "fr")
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    assert st.verdict == "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


def test_a_frame_naming_another_affiliation_is_not_credited(tmp_path_factory):
    """"Dr X, a doctor at Agency A, warned that …" against "Dr X, of Agency B, said …": the speaker is credited by
    the fact, the affiliation the frame gives is not, so the statement is not supported."""
    listing = """
version: 1
entities:
  rivas: {names: [Dr Lena Rivas, Lena Rivas]}
  agency-a: {names: [Northern Health Agency]}
  agency-b: {names: [Coastal Health Board]}
sources:
  - id: report
    title: Vaccination report
    publisher: Health Weekly
    published: 2025-03-01
    facts:
      - id: rivas
        statement: Dr Lena Rivas, an epidemiologist at the Coastal Health Board, said outbreaks return quickly when uptake falls.
        subject: rivas
"""
    checker = checker_for(tmp_path_factory, listing)
    right = last_statement(checker, "Dr Lena Rivas, an epidemiologist at the Coastal Health Board, warned that "
                                    "outbreaks return quickly when uptake falls.", "en")
    assert right.verdict == "supported", [(c.verdict, c.rules, c.explanation) for c in right.claims]
    wrong = last_statement(checker, "Dr Lena Rivas, an epidemiologist at the Northern Health Agency, warned that "
                                    "outbreaks return quickly when uptake falls.", "en")
    assert wrong.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in wrong.claims]


def test_a_quote_before_an_evaluative_speech_tag_is_someone_s_words():
    from factcheck.checks.detect import Context, analyse_statement
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Statement
    text = "« Une saison pareille, on n'en voit pas tous les dix ans », soupire un exploitant de la Drôme."
    a = analyse_statement(Statement(0, text, 0, len(text)), text, Context(lang="fr", matcher=EntityMatcher({})))
    assert not a.checkable, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, want", [
    # the source's « sans » denies what the claim denies: confirmed
    ("La mairie n'a accordé aucune subvention exceptionnelle au club.", "supported"),
    # the source's « sans » denies something else: the denial is not confirmed
    ("La préfecture n'a jamais reconnu l'existence du dépôt.", "contradicted"),
])
def test_a_word_that_denies_only_what_follows_it(tmp_path_factory, text, want):
    listing = """
version: 1
entities:
  mairie: {names: [mairie]}
  prefecture: {names: [préfecture]}
sources:
  - id: conseil
    title: Conseil municipal
    published: 2025-04-02
    facts:
      - id: club
        statement: Le club a reçu sa dotation habituelle, sans subvention exceptionnelle de la mairie, le 1er avril 2025.
        as_of: 2025-04-01
      - id: depot
        statement: La préfecture a reconnu l'existence du dépôt le 2 avril 2025, sans en préciser la taille.
        subject: prefecture
        as_of: 2025-04-02
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, "fr")
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


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

