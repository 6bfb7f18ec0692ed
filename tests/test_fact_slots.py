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


def _analysed(text: str, lang: str):
    """One sentence read on its own, with no source list (what detection decides before any fact is seen)."""
    from factcheck.checks.detect import Context, analyse_statement
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Statement
    return analyse_statement(Statement(0, text, 0, len(text)), text, Context(lang=lang, matcher=EntityMatcher({})))

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


RATES = """
version: 1
sources:
  - id: pump
    title: Weekly pump prices
    published: 2026-01-20
    facts:
      - id: diesel-fr
        statement: Le gazole s'est vendu en moyenne 1,64 euro le litre la semaine dernière.
        quantity: {value: 1.64, unit: EUR per litre}
        as_of: 2026-01
      - id: diesel-us
        statement: On-highway diesel averaged $3.71 a gallon in the week to January 12.
        quantity: {value: 3.71, unit: USD per gallon}
        as_of: 2026-01
  - id: council
    title: Borough accounts 2025
    published: 2025-11-02
    facts:
      - id: parking
        statement: Parking charges brought the borough 14.2 million pounds in 2025.
        quantity: {value: 14.2e6, unit: GBP}
        as_of: 2025
      - id: libraries
        statement: The borough spent 11.8 million pounds on its libraries in 2025.
        quantity: {value: 11.8e6, unit: GBP}
        as_of: 2025
      - id: stationnement
        statement: Le stationnement a rapporté 9,5 millions d'euros à la ville en 2025.
        quantity: {value: 9.5e6, unit: EUR}
        as_of: 2025
      - id: voirie
        statement: La ville a consacré 12,3 millions d'euros à l'entretien de la voirie en 2025.
        quantity: {value: 12.3e6, unit: EUR}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def price_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, RATES)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a price per unit is read as a rate ("euro le litre", "a gallon") and compared with the fact's rate
    ("Le gazole valait environ 1,64 euro le litre la semaine dernière.", "fr", "supported", "quantity"),
    ("Le gazole valait environ 1,84 euro le litre la semaine dernière.", "fr", "contradicted", "quantity"),
    ("Diesel averaged $3.71 a gallon in the week to January 12.", "en", "supported", "quantity"),
    ("Diesel averaged $3.17 a gallon in the week to January 12.", "en", "contradicted", "quantity"),
    # the unit the price is for may be named elsewhere in the claim
    ("Le litre de gazole s'est vendu 1,64 euro la semaine dernière.", "fr", "supported", "quantity"),
    # a figure compared with something named is judged against that thing's figure
    ("Parking charges brought the borough £14.2 million in 2025, more than it spent on its libraries.", "en",
     "supported", "comparison"),
    ("Parking charges brought the borough £14.2 million in 2025, less than it spent on its libraries.", "en",
     "mixed", "comparison"),
    ("Le stationnement a rapporté 9,5 millions d'euros à la ville en 2025, moins que l'entretien de la voirie.", "fr",
     "supported", "comparison"),
    ("Le stationnement a rapporté 9,5 millions d'euros à la ville en 2025, plus que l'entretien de la voirie.", "fr",
     "mixed", "comparison"),
])
def test_rates_and_comparisons_with_a_named_side(price_checker, text, lang, want, rule):
    st = last_statement(price_checker, text, lang)
    assert_rule(st, want, rule)


def test_an_unchecked_comparison_keeps_the_statement_from_support(price_checker):
    # the figure is right, the comparison names nothing the list gives a figure for
    st = last_statement(price_checker, "Parking charges brought the borough £14.2 million in 2025, more than the "
                        "county's museums.", "en")
    assert st.verdict == "unverified", [(c.verdict, c.rules, c.parts) for c in st.claims]


JUST_UNDER = """
version: 1
sources:
  - id: admissions
    title: Admissions, end of June 2025
    published: 2025-07-10
    facts:
      - id: offers
        statement: Universities made just over 2 million offers by the end of June 2025.
        quantity: {value: 2e6, unit: offers, bound: at-least}
        as_of: 2025-06
      - id: applicants
        statement: 1.96 million people had applied by the end of June 2025.
        quantity: {value: 1.96e6, unit: people}
        as_of: 2025-06
      - id: prisons
        statement: The prison population fell by 3 percent in 2025.
        quantity: {value: -3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "almost", « presque »: just under the figure written
    ("Universities had made almost two million offers by the end of June 2025.", "en", "contradicted", "quantity-bound"),
    ("Almost two million people had applied by the end of June 2025.", "en", "supported", "quantity"),
    ("Fin juin 2025, les universités avaient fait presque 2 millions d'offres.", "fr", "contradicted", "quantity-bound"),
    ("Fin juin 2025, presque 2 millions de personnes s'étaient portées candidates.", "fr", "supported", "quantity"),
    # a denial is of the verb it governs: "never released … to free up cells" denies no increase
    ("The prison population did not fall in 2025.", "en", "contradicted", "negation"),
    ("La population carcérale n'a pas augmenté en 2025.", "fr", "supported", "negation"),
])
def test_just_under_and_the_denied_verb(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, JUST_UNDER), text, lang)
    assert_rule(st, want, rule)


PARTIES = """
version: 1
entities:
  orsay: {names: [musée d'Orsay, Orsay museum, Orsay]}
  orangerie: {names: [musée de l'Orangerie, Orangerie]}
  epmo: {names: [Établissement public des musées d'Orsay et de l'Orangerie, EPMO]}
  council: {names: [Higher Education Funding Council, HEFC]}
sources:
  - id: visits
    title: Fréquentation 2024
    publisher: Le Journal des Arts
    published: 2025-01-10
    facts:
      - id: orsay
        statement: Le musée d'Orsay a accueilli 3 751 141 visiteurs en 2024.
        subject: orsay
        quantity: {value: 3751141, unit: visitors, bound: exact}
        as_of: 2024
      - id: both
        statement: Les musées d'Orsay et de l'Orangerie ont accueilli ensemble 4 949 835 visiteurs en 2024.
        subject: epmo
        quantity: {value: 4949835, unit: visitors, bound: exact}
        as_of: 2024
      - id: shares
        statement: In England, 28.2% of entries got the top grades in 2025.
        quantity: {value: 28.2, unit: percent}
        as_of: 2025
      - id: shares-2024
        statement: In England in 2024, 27.6% of entries got the top grades.
        quantity: {value: 27.6, unit: percent}
        as_of: 2024
  - id: grants
    title: HEFC allocations 2025-26
    publisher: council
    published: 2026-01-22
    facts:
      - id: grant
        statement: The HEFC pays the university a teaching grant of 182 million pounds for 2025-26.
        subject: council
        quantity: {value: 182e6, unit: GBP}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a party's own figure, not that of the two museums together
    ("Le musée d'Orsay a accueilli à lui seul 4,9 millions de visiteurs en 2024.", "fr", "contradicted", "region"),
    ("Le musée d'Orsay a accueilli 3,75 millions de visiteurs en 2024.", "fr", "supported", "quantity"),
    # a description in an attribution frame refers back to a party the statement names
    ("The HEFC will pay the university a teaching grant of £182 million for 2025-26, according to figures published "
     "by the council.", "en", "supported", "quantity"),
])
def test_own_party_ranges_of_change_and_descriptive_frames(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PARTIES), text, lang)
    assert_rule(st, want, rule)


def test_a_rise_from_one_level_to_another_is_no_range(tmp_path_factory):
    # "rose from X% to Y%" is the old and the new level, not a range that holds the new one: the old level is a
    # part of its own, never confirmed by the new level's fact
    st = last_statement(checker_for(tmp_path_factory, PARTIES),
                        "In England, the share of entries with top grades rose from 27.8% to 28.2% in 2025.", "en")
    parts = {p.text: p.status for c in st.claims for p in c.parts}
    assert st.verdict != "supported" and parts.get("28.2%") == "confirmed" and parts.get("27.8%") != "confirmed", parts


def test_a_precise_figure_finds_its_fact_after_a_pronoun(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: poverty
    title: Poverty rate 2023
    published: 2025-07-07
    facts:
      - id: rate-2022
        statement: Le taux de pauvreté était de 14,4 % en 2022.
        quantity: {value: 14.4, unit: percent}
        as_of: 2022
      - id: median
        statement: Le niveau de vie médian s'élève à 25 760 euros par an en 2023.
        quantity: {value: 25760, unit: EUR}
        as_of: 2023
"""
    checker = checker_for(tmp_path_factory, listing)
    # the figure, written precisely, retrieves the fact the pronoun stands for; a wrong one does not become right
    assert last_statement(checker, "Il était de 14,4 % en 2022.", "fr").verdict == "supported"
    assert last_statement(checker, "Il était de 14,7 % en 2022.", "fr").verdict != "supported"


def test_a_verb_after_a_figure_is_no_unit_and_on_a_day_is_no_baseline(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: weekly
    title: Weekly prison population bulletins
    published: 2025-04-01
    facts:
      - id: record
        statement: The prison population reached an all-time high of 88,521 on 6 September 2024.
        quantity: {value: 88521, unit: prisoners, bound: exact}
        as_of: 2024-09-06
      - id: latest
        statement: The prison population was 87,465 on 30 September 2025.
        quantity: {value: 87465, unit: prisoners, bound: exact}
        as_of: 2025-09-30
"""
    checker = checker_for(tmp_path_factory, listing)
    st = last_statement(checker, "The population stays below the all-time high of 88,521 reached on 6 September 2024.")
    q = st.claims[0].claim.quantities[0]
    assert (q.value, q.unit) == (88521, None)
    assert [(d.iso(), d.relation) for d in st.claims[0].claim.dates] == [("2024-09-06", "at")]
    assert st.verdict == "supported", [(c.verdict, c.explanation) for c in st.claims]
    # "up 2.9 % on last year" is still against last year
    st = last_statement(checker, "The population stood at 87,465 in September 2025, up 1% on last year.")
    assert any(d.relation == "baseline" for c in st.claims for d in c.claim.dates)


@pytest.mark.parametrize("text, want", [
    # a hedged one-digit figure allows its rounding: "about 1 percent" for 1.4 %, not for 1.6 %
    ("Starts in the Northeast edged up about 1 percent in March 2025.", "supported"),
    ("Starts in the Northeast edged up about 2 percent in March 2025.", "contradicted"),
    # a figure written with decimals keeps its precision: "about $3.00" is not $3.40
    ("Starts in the Northeast edged up about 1.0 percent in March 2025.", "contradicted"),
])
def test_a_hedged_single_digit_allows_its_rounding(tmp_path_factory, text, want):
    listing = """
version: 1
entities:
  northeast: {names: [Northeast]}
sources:
  - id: starts
    title: New residential construction, March 2025
    published: 2025-04-17
    facts:
      - id: northeast
        statement: Housing starts in the Northeast rose 1.4 percent in March 2025.
        subject: northeast
        quantity: {value: 1.4, unit: percent}
        as_of: 2025-03
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text)
    assert st.verdict == want, [(c.verdict, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang, want, rule", [
    # the same digits in another unit of the family, a thousand times off: found by its digits, a magnitude slip
    ("Les importations se sont limitées à 12,3 millions de kilowattheures.", "fr", "contradicted", "quantity-magnitude"),
    ("Imports were limited to 12.3 million kilowatt-hours.", "en", "contradicted", "quantity-magnitude"),
    ("Imports were limited to 12.3 billion kilowatt-hours.", "en", "supported", "quantity"),
])
def test_a_magnitude_slip_in_another_unit_is_found_by_its_digits(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: grid
    title: Electricity report 2024
    published: 2025-02-20
    facts:
      - id: imports
        statement: La France a importé 12,3 TWh d'électricité en 2024.
        quantity: {value: 12.3, unit: TWh, bound: exact}
        as_of: 2024
      - id: exports
        statement: France exported 101.3 TWh of electricity in 2024.
        quantity: {value: 101.3, unit: TWh}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


def test_a_change_against_another_base_year_is_not_supported(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: output
    title: Nuclear output 2024
    published: 2025-01-15
    facts:
      - id: growth
        statement: La production nucléaire a progressé de 12,9 % en 2024 par rapport à 2023.
        quantity: {value: 12.9, unit: percent, bound: exact}
        as_of: 2024
"""
    checker = checker_for(tmp_path_factory, listing)
    # the fact is read like the claim: its "par rapport à 2023" is a base year, against the claim's 2022
    st = last_statement(checker, "La production nucléaire a progressé de 12,9 % en 2024 par rapport à 2022.", "fr")
    parts = {p.text: p.status for c in st.claims for p in c.parts}
    assert st.verdict != "supported" and parts.get("2022") == "contradicted", parts
    st = last_statement(checker, "La production nucléaire a progressé de 12,9 % en 2024 par rapport à 2023.", "fr")
    assert st.verdict == "supported", [(c.verdict, c.explanation) for c in st.claims]


BOUNDS = """
version: 1
sources:
  - id: savings
    title: Savings accounts 2024
    published: 2025-01-22
    facts:
      - id: outstanding
        statement: L'encours des deux livrets atteignait 603,1 milliards d'euros fin 2024.
        quantity: {value: 603.1e9, unit: EUR, bound: exact}
        as_of: 2024
      - id: appeal
        statement: The appeal raised 4.2 million euros in 2025.
        quantity: {value: 4.2e6, unit: EUR}
        as_of: 2025
      - id: donors
        statement: 38,000 donors gave to the appeal in 2025.
        quantity: {value: 38000, unit: donors}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound is a bound: "moins de 600 milliards" is not 603.1 billion, "plus de 600 milliards" is
    ("L'encours des deux livrets s'établissait fin 2024 à moins de 600 milliards d'euros.", "fr", "contradicted", "quantity"),
    ("L'encours des deux livrets s'établissait fin 2024 à plus de 600 milliards d'euros.", "fr", "supported", "quantity"),
    # a rate of two figures the statement gives, each in the sources: 4.2 m / 38,000 = 110.5 per donor
    ("The appeal raised €4.2 million from 38,000 donors in 2025, more than €100 per donor.", "en", "supported", "derived-rate"),
    ("The appeal raised €4.2 million from 38,000 donors in 2025, more than €150 per donor.", "en", "mixed", "derived-rate"),
])
def test_bounds_and_rates_of_stated_figures(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BOUNDS), text, lang)
    assert_rule(st, want, rule)


def test_a_bound_ten_times_off_confirms_nothing():
    from factcheck.checks.compare import compare_quantity
    from factcheck.checks.model import Quantity
    band = Quantity(value=5, unit="units", bound="at-least", text="five units or more")
    assert compare_quantity(band, Quantity(value=371000, unit="units"))[0] != "supports"
    assert compare_quantity(Quantity(value=100, unit="EUR", bound="at-least", text="more than 100"),
                            Quantity(value=110.5, unit="EUR"))[0] == "supports"


@pytest.mark.parametrize("text, lang, want", [
    # a record both sides give to a year: the article's year must be the source's
    ("Last year's total was the highest annual figure since 1993.", "en", "contradicted"),
    ("En 2024, les défaillances d'entreprises ont atteint leur plus haut niveau depuis 1993.", "fr", "contradicted"),
])
def test_a_record_given_to_another_year_is_a_false_record(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: insolvencies
    title: Company insolvencies 2024
    published: 2025-02-04
    facts:
      - id: change
        statement: The number of company insolvencies in 2024 was 5% lower than in 2023, which saw the highest annual number since 1993.
        quantity: {value: -5, unit: percent}
        as_of: 2024
      - id: baisse
        statement: En 2024, les défaillances d'entreprises ont baissé de 5 % par rapport à 2023, qui avait connu le plus haut niveau depuis 1993.
        quantity: {value: -5, unit: percent}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert st.verdict == want and any("record to 2023" in c.explanation for c in st.claims), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


RANKED_PRICES = """
version: 1
sources:
  - id: grains
    title: Grain prices, March 2025
    published: 2025-03-14
    facts:
      - id: wheat
        statement: On 12 March 2025 milling wheat traded at 212 euros a tonne on the Paris exchange.
        quantity: {value: 212, unit: EUR per tonne}
        as_of: 2025-03-12
      - id: barley
        statement: On 12 March 2025 feed barley traded at 187 euros a tonne, its lowest level since 2020.
        quantity: {value: 187, unit: EUR per tonne}
        as_of: 2025-03-12
      - id: colza
        statement: Le 12 mars 2025, le colza se négociait à 468 euros la tonne.
        quantity: {value: 468, unit: EUR per tonne}
        as_of: 2025-03-12
      - id: colza-janvier
        statement: En janvier 2025, le colza était tombé à 455 euros la tonne, un niveau plus bas que celui de mars 2025.
        quantity: {value: 455, unit: EUR per tonne}
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the rank is the figure's own: another product ranked on the same day, or a comparison (« plus bas que »),
    # ranks nothing the article says
    ("On 12 March milling wheat traded at 212 euros a tonne, its lowest level since 2020.", "en", "unverified", "quantity"),
    ("Le 12 mars, le colza se négociait à 468 euros la tonne, son plus bas niveau de toute l'année 2025.", "fr", "unverified", "quantity"),
    ("On 12 March feed barley traded at 187 euros a tonne, its lowest level since 2020.", "en", "supported", "quantity"),
])
def test_a_rank_belongs_to_its_own_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RANKED_PRICES), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, rank", [
    ("L'encours atteint le record de 449,6 milliards d'euros.", 1),      # a record that names its figure
    ("Les moins de 65 ans sont 12 %.", None),                            # a bound, no rank
    ("Un niveau plus bas que celui de mars.", None),                     # a comparison, no rank
    ("Its price was lower than in March, the lowest since 2020.", 1),
])
def test_what_ranks_and_what_only_compares(text, rank):
    from factcheck.checks.slots import rank_of
    assert rank_of(text) == rank


CREDITED = """
version: 1
entities:
  observatory: {names: [Observatoire national des loyers, ONL]}
  agency: {names: [Housing Data Agency, HDA]}
sources:
  - id: digest
    title: Housing digest, spring 2025
    publisher: Habitat Weekly
    published: 2025-04-02
    facts:
      - id: vacant
        statement: Selon l'Observatoire national des loyers, 8 % des logements de la ville étaient vacants en 2024.
        subject: observatory
        quantity: {value: 8, unit: percent}
        as_of: 2024
      - id: permits
        statement: According to the Housing Data Agency, 12,400 building permits were granted in 2024.
        subject: agency
        quantity: {value: 12400, unit: permits}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the deciding fact credits another named party than the article: the figure stands, the attribution not
    ("D'après l'Insee, 8 % des logements de la ville étaient vacants en 2024.", "fr", "mixed", "attribution"),
    ("According to the Office for Budget Responsibility, 12,400 building permits were granted in 2024.", "en", "mixed", "attribution"),
    ("According to the Housing Data Agency, 12,400 building permits were granted in 2024.", "en", "supported", "attribution"),
])
def test_a_figure_the_source_credits_to_another_party(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CREDITED), text, lang)
    assert_rule(st, want, rule)


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


@pytest.mark.parametrize("text, lang, want, rule", [
    # a second figure the confirming fact writes beside the first, in the same order, is confirmed by it
    ("La licence de droit atteint 78,6 %, tandis que la licence d'économie affiche 71,2 %.", "fr", "supported",
     "quantity-alongside"),
    # swapped figures keep their refutation, and so does a figure the fact does not write
    ("La licence de droit atteint 71,2 %, tandis que la licence d'économie affiche 78,6 %.", "fr", "contradicted",
     "quantity"),
    ("The law degree reached 78.6%, while the economics degree posted 72.2%.", "en", "contradicted", "quantity"),
])
def test_a_figure_beside_a_confirmed_one(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: licence
    title: Résultats de la licence 2025
    published: 2025-07-20
    facts:
      - id: tracks
        statement: La licence de droit affiche 78,6 % de réussite et la licence d'économie 71,2 %.
        quantity: {value: 78.6, unit: percent}
        as_of: 2025
      - id: tracks-en
        statement: The law degree recorded a 78.6 % pass rate and the economics degree 71.2 %.
        quantity: {value: 78.6, unit: percent}
        as_of: 2025
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
    # a word that only looks like a measure's qualifier ("grosse" is no "gross", "the statistics service" no trade
    # in services) does not set the figure apart from the fact's
    ("Les transports reçoivent en 2025 une grosse enveloppe du budget régional, soit 812 millions d'euros.", "fr",
     "supported", "quantity"),
    ("The statistics service counted 48,210 registered charities at the end of 2024.", "en", "supported", "quantity"),
    ("Le service statistique du ministère a compté 7 315 crèches ouvertes fin 2024.", "fr", "supported", "quantity"),
    # a qualifier written in another form is still one ("exportations nettes", "net exports")
    ("Les exportations nettes d'électricité ont atteint 48,3 TWh en 2024.", "fr", "supported", "quantity"),
])
def test_a_qualifier_is_a_word_of_its_own_language(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: budget
    title: Budget régional 2025
    published: 2025-01-15
    facts:
      - id: transports
        statement: Les transports représentent 812 millions d'euros du budget régional en 2025.
        quantity: {value: 812000000, unit: EUR}
        as_of: 2025
  - id: charities
    title: Charity register, annual report 2024
    published: 2025-03-01
    facts:
      - id: registered
        statement: There were 48,210 registered charities at the end of 2024.
        quantity: {value: 48210, unit: charities}
        as_of: 2024
      - id: creches
        statement: Fin 2024, 7 315 crèches étaient ouvertes.
        quantity: {value: 7315, unit: crèches}
        as_of: 2024
  - id: power
    title: Electricity report 2024
    published: 2025-02-20
    facts:
      - id: net-exports
        statement: France's net exports of electricity reached 48.3 TWh in 2024.
        quantity: {value: 48.3, unit: TWh}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a precise figure the fact gives exactly, counted in another noun: the figure says which fact is meant
    ("En 2024, 1 247 motards ont perdu la vie sur les routes.", "fr", "supported", "quantity"),
    ("The county police counted 3,861 break-ins in 2024.", "en", "supported", "quantity"),
    ("Le gazole se vendait en moyenne 1,7214 euro en 2024.", "fr", "supported", "quantity"),
    # not in a noun another fact counts its own figure in: "1 247 blessés" is judged by the fact of the injured
    ("En 2024, 1 247 blessés ont été recensés sur les routes.", "fr", "contradicted", "quantity"),
    ("In 2024, 1,247 people were seriously injured on the roads.", "en", "contradicted", "quantity"),
])
def test_a_precise_figure_in_another_noun(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: roads
    title: Bilan de la sécurité routière 2024
    published: 2025-05-20
    facts:
      - id: deux-roues
        statement: En 2024, 1 247 usagers de deux-roues motorisés ont été tués.
        quantity: {value: 1247, unit: tués}
        as_of: 2024
      - id: blesses
        statement: En 2024, 15 930 personnes ont été gravement blessées sur les routes.
        quantity: {value: 15930, unit: blessés}
        as_of: 2024
      - id: gazole
        statement: Le gazole a coûté en moyenne 1,7214 euro par litre en 2024.
        quantity: {value: 1.7214, unit: EUR per litre}
        as_of: 2024
  - id: county
    title: County crime figures 2024
    published: 2025-02-12
    facts:
      - id: burglary
        statement: The county police recorded 3,861 residential burglaries in 2024.
        quantity: {value: 3861, unit: offences}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a gloss's figure that the fact confirming another gloss states, the same way, is confirmed by it
    ("Le tourisme marque le pas : le taux d'occupation des hôtels tombe à 61,4 %, en recul de 2,3 points.", "fr",
     "supported", "quantity-alongside"),
    ("Tourism is losing steam: the hotel occupancy rate fell to 61.4%, a drop of 2.3 points.", "en", "supported",
     "quantity-alongside"),
    ("Le tourisme marque le pas : le taux d'occupation des hôtels tombe à 61,4 %, en hausse de 2,3 points.", "fr",
     "mixed", "direction"),
])
def test_a_gloss_figure_stated_by_the_fact_of_another_gloss(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: hotels
    title: Hotel occupancy 2024
    published: 2025-01-30
    facts:
      - id: occupancy
        statement: Le taux d'occupation des hôtels s'établit à 61,4 % en 2024, en baisse de 2,3 points sur un an.
        quantity: {value: 61.4, unit: percent}
        as_of: 2024
      - id: occupancy-en
        statement: Hotel occupancy was 61.4% in 2024, down 2.3 points on the year.
        quantity: {value: 61.4, unit: percent}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


CLEFT = """
version: 1
entities:
  regulator: {names: [Autorité des marchés, market regulator]}
  ministry: {names: [ministère des Finances, finance ministry]}
sources:
  - id: fees
    title: Fee cut 2025
    published: 2025-03-02
    facts:
      - id: approval
        statement: Le ministère des Finances a approuvé la proposition de l'Autorité des marchés de ramener les frais à 0,8 % au 1er mars 2025.
        subject: ministry
        quantity: {value: 0.8, unit: percent}
        as_of: 2025-03-01
      - id: approval-en
        statement: The finance ministry approved the market regulator's plan to bring the levy down to 2.5% on 1 March 2025.
        subject: ministry
        quantity: {value: 2.5, unit: percent}
        as_of: 2025-03-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # the focus of a cleft is the actor: the fact gives the act to the other party it names
    ("C'est l'Autorité des marchés qui a approuvé la baisse des frais à 0,8 % au 1er mars 2025.", "fr", "contradicted"),
    ("C'est le ministère des Finances qui a approuvé la baisse des frais à 0,8 % au 1er mars 2025.", "fr", "supported"),
    ("It was the market regulator that approved the cut in the levy to 2.5% on 1 March 2025.", "en", "contradicted"),
    ("It was the finance ministry that approved the cut in the levy to 2.5% on 1 March 2025.", "en", "supported"),
])
def test_a_cleft_s_focus_is_the_actor(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, CLEFT), text, lang), want, "quantity")


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
    # a fraction of a unit is that many units, no share: "a quarter of a percentage point" is 0.25 points
    ("The central bank cut its policy rate by a quarter of a percentage point.", "en", "supported", "terms"),
    ("La banque centrale a abaissé son taux directeur d'un quart de point de pourcentage.", "fr", "supported",
     "terms"),
    ("La production n'a progressé que d'un dixième de pour cent au printemps.", "fr", "supported", "quantity"),
    ("Output grew by just a tenth of one per cent in the spring.", "en", "supported", "quantity"),
])
def test_a_fraction_of_a_unit(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: bank
    title: Monetary policy decision
    published: 2025-03-06
    facts:
      - id: rate
        statement: The central bank cut its policy rate by 0.25 percentage points.
        quantity: {value: 0.25, unit: percentage points}
        as_of: 2025-03
      - id: rate-fr
        statement: La banque centrale a abaissé son taux directeur de 0,25 point de pourcentage.
        quantity: {value: 0.25, unit: percentage points}
        as_of: 2025-03
      - id: output
        statement: Output grew by 0.1% in the spring.
        quantity: {value: 0.1, unit: percent}
        as_of: 2025-06
      - id: output-fr
        statement: La production a progressé de 0,1 % au printemps.
        quantity: {value: 0.1, unit: percent}
        as_of: 2025-06
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fall, a loss, a shortfall or an outflow the claim names before its figure is the source's negative figure
    ("Sweden recorded the steepest contraction in the region, at 2.4%.", "en", "supported", "quantity"),
    ("Les ventes de la marque ont fondu de 21 % sur l'année.", "fr", "supported", "quantity"),
    ("Le fonds a subi une décollecte nette de 1,5 milliard d'euros en 2024.", "fr", "supported", "quantity"),
    ("The fund suffered a net outflow of 1.5 billion euros in 2024.", "en", "supported", "quantity"),
    ("Les ventes de la marque ont bondi de 21 % sur l'année.", "fr", "contradicted", "quantity"),
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
    ("Wind farms supplied 38.2% of the island's electricity in 2024. That compares with a share of 33.9% in 2023.",
     "en", "supported", "quantity-alongside"),
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


FLASH = """
version: 1
entities:
  bank: {names: [Central Bank of Norland, CBN]}
  office: {names: [Norland Statistics Office, NSO]}
  banque: {names: [Banque de Norlande]}
sources:
  - id: flash
    title: Flash estimate, May 2025
    publisher: office
    published: 2025-06-03
    facts:
      - id: cpi
        statement: Annual inflation in Norland fell to 1.9% in May 2025, down from 2.2% in April.
        quantity: {value: 1.9, unit: percent}
        as_of: 2025-05
      - id: chomage
        statement: Le taux de chômage en Norlande s'établit à 7,3 % au premier trimestre 2025.
        quantity: {value: 7.3, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # what a party's estimate showed (a hyphenated word or a figure right after the verb) is credited to that party
    ("Rates were cut after the CBN's own flash estimate showed euro-area inflation in Norland easing to 1.9% in May.", "en", "mixed", "attribution"),
    ("The Central Bank of Norland said 1.9% was the rate of inflation in Norland in May.", "en", "mixed", "attribution"),
    ("The NSO's flash estimate showed euro-area inflation in Norland easing to 1.9% in May.", "en", "supported", "attribution"),
    ("Les chiffres de la Banque de Norlande montrent que le taux de chômage en Norlande s'établit à 7,3 % au premier trimestre 2025.", "fr", "mixed", "attribution"),
])
def test_a_party_whose_estimate_showed_the_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FLASH), text, lang)
    assert_rule(st, want, rule)


QUOTED = """
version: 1
entities:
  ministry: {names: [Ministry of Housing, ministère du Logement]}
  other: {names: [Tax Office, Office des impôts]}
sources:
  - id: digest
    title: Housing digest
    publisher: Habitat Weekly
    published: 2025-02-10
    facts:
      - id: starts
        statement: Builders started 48,315 homes in Norland in 2024.
        quantity: {value: 48315, unit: homes}
        as_of: 2024
  - id: ministry-report
    title: Housing construction in 2024
    publisher: ministry
    published: 2025-02-04
    facts:
      - id: total
        statement: In 2024, 48,315 homes were started in Norland and 12,604 converted, 60,919 homes in all.
        quantity: {value: 60919, unit: homes}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the party's own report states the figure a report quoting it decided: no misattribution
    ("Builders started 48,315 homes in Norland in 2024, according to figures published by the Ministry of Housing.", "en", "supported", "attribution"),
    ("Selon les chiffres publiés mardi par le ministère du Logement, 48 315 logements ont été commencés en Norlande en 2024.", "fr", "supported", "attribution"),
    ("Builders started 48,315 homes in Norland in 2024, according to figures published by the Tax Office.", "en", "mixed", "attribution"),
])
def test_a_figure_the_named_party_also_publishes(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, QUOTED), text, lang)
    assert_rule(st, want, rule)


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
        assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]
    else:
        assert_rule(st, want, "quantity")


@pytest.mark.parametrize("text, lang, want", [
    # a linking verb and an evaluative adjective, nothing named, dated, measured or denied: a judgement
    ("The recovery in exports remained patchy.", "en", False),
    ("Le redressement des commandes reste timide.", "fr", False),
    # the same judgement about a named party, or with a date, stays a claim
    ("Exports from Valdoria remained patchy in 2023.", "en", True),
    ("Les commandes de Brevanne sont restées timides en 2023.", "fr", True),
])
def test_an_evaluative_predicate_with_no_anchor_is_an_opinion(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, want", [
    # a named party's past forecast, reported: a fact about what was forecast
    ("The Harbour Authority had forecast that 4 million passengers would use the ferries over the summer.", "en", True),
    ("L'Autorité portuaire avait prévu que 4 millions de passagers emprunteraient les ferries cet été.", "fr", True),
    # an unnamed speaker, a target date, or a complement ended by a comma: still a forecast
    ("She predicted that 4 million passengers would use the ferries by 2030.", "en", False),
    ("Port officials met on Monday, adding that traffic would recover.", "en", False),
])
def test_a_named_party_s_reported_forecast_is_a_fact_about_the_forecast(text, lang, want):
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


def test_a_unit_of_measure_is_no_other_name_for_a_counted_noun(tmp_path_factory):
    listing = """
version: 1
sources:
  - id: port
    title: Port statistics 2025
    published: 2026-01-20
    facts:
      - id: grain
        statement: The port handled 275,000 tonnes of grain in 2025.
        quantity: {value: 275000, unit: t}
        as_of: 2025
"""
    checker = checker_for(tmp_path_factory, listing)
    # the same precise figure in people is another measure, not the fact's tonnes named otherwise
    assert last_statement(checker, "The port handled 275,000 people in 2025.").verdict != "supported"
    assert last_statement(checker, "Le port a traité 275 000 personnes en 2025.", "fr").verdict != "supported"
    assert last_statement(checker, "The port handled 275,000 tonnes of grain in 2025.").verdict == "supported"


ATTENDANCE = """
version: 1
sources:
  - id: gallery
    title: Gallery annual report 2024
    published: 2025-01-20
    facts:
      - id: retrospective
        statement: The Morel retrospective drew 412,000 visitors in 2024, the best attendance for an exhibition since the gallery opened in 1994.
        quantity: {value: 412000, unit: visitors}
        as_of: 2024
      - id: retrospective-fr
        statement: La rétrospective Morel a attiré 412 000 visiteurs en 2024, la meilleure fréquentation d'une exposition depuis l'ouverture de la galerie en 1994.
        quantity: {value: 412000, unit: visiteurs}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a negated comparison with a "since" is the record itself, confirmed by the fact that ranks the same thing
    ("No exhibition had done better since the gallery opened in 1994.", "en", "supported", "negation"),
    ("Aucune exposition n'avait fait mieux depuis l'ouverture de la galerie, en 1994.", "fr", "supported", "negation"),
    # a record reaching back further than the source's is a false record
    ("No exhibition had done better since 1985.", "en", "contradicted", "ranking"),
    ("Aucune exposition n'avait fait mieux depuis 1985.", "fr", "contradicted", "ranking"),
])
def test_a_negated_record_since_a_year_is_judged_as_the_record(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ATTENDANCE), text, lang)
    assert_rule(st, want, rule)

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

RECEIPTS = """
version: 1
sources:
  - id: audit
    title: Audit of the Harbour Festival accounts
    published: 2025-10-02
    facts:
      - id: receipts
        statement: The auditors counted 41 million euros of public receipts from the festival; they found no receipts at all for the new harbour stadium.
        as_of: 2025-10
      - id: receipts-fr
        statement: Les auditeurs ont compté 41 millions d'euros de recettes publiques liées au festival ; ils n'ont trouvé aucune recette pour le nouveau stade du port.
        as_of: 2025-10
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact in two parts denies only in its second part: a denial of the first part is false …
    ("The auditors found no public receipts from the festival.", "en", "contradicted", "negation"),
    ("Les auditeurs n'ont relevé aucune recette publique liée au festival.", "fr", "contradicted", "negation"),
    # … and a denial of the second part is what the source says
    ("The auditors found no receipts for the new harbour stadium.", "en", "supported", "negation"),
    ("Les auditeurs n'ont trouvé aucune recette pour le nouveau stade du port.", "fr", "supported", "negation"),
])
def test_a_denial_is_confirmed_only_by_the_part_of_the_fact_that_denies(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RECEIPTS), text, lang)
    assert_rule(st, want, rule)

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

MUSEUM = """
version: 1
sources:
  - id: museum
    title: Fréquentation des musées 2024
    published: 2025-01-09
    facts:
      - id: castle
        statement: La fréquentation du château de Montclair en 2024 est légèrement supérieure à celle de 2023.
        as_of: 2024
      - id: castle-en
        statement: Attendance at Montclair Castle in 2024 was slightly higher than in 2023.
        as_of: 2024
      - id: profit
        statement: Le résultat d'exploitation du château a progressé de 6 % en 2024, à 41 millions d'euros.
        quantity: {value: 6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact compares with the same year the other way
    ("La fréquentation du château de Montclair en 2024 est légèrement inférieure à celle de 2023.", "fr",
     "contradicted", "order"),
    ("Le château de Montclair a publié sa fréquentation de 2024. Elle est légèrement inférieure à celle de 2023.",
     "fr", "contradicted", "direction"),
    ("Attendance at Montclair Castle in 2024 was slightly lower than in 2023.", "en", "contradicted", "direction"),
    ("La fréquentation du château de Montclair en 2024 est légèrement supérieure à celle de 2023.", "fr",
     "supported", "terms"),
])
def test_a_comparison_the_other_way_round(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, MUSEUM), text, lang)
    assert_rule(st, want, rule)


def test_a_claim_is_not_confirmed_by_the_words_it_carries_from_the_sentence_before(tmp_path_factory):
    # « Il » is the director, not the operating profit of the sentence before: a fact sharing only that
    # sentence's words does not confirm "has held the post since 2011"
    checker = checker_for(tmp_path_factory, MUSEUM)
    st = last_statement(checker, "Le résultat d'exploitation du château a progressé de 6 % en 2024. "
                                 "Il occupe ce poste depuis 2011.", "fr")
    assert st.verdict == "unverified", [(c.verdict, c.rules, c.explanation) for c in st.claims]

DONORS = """
version: 1
sources:
  - id: grants
    title: Grant-making 2024
    published: 2025-04-10
    facts:
      - id: top-2024
        statement: The Halvorsen Trust gave 412 million euros in 2024, the most of any foundation.
        as_of: 2024
      - id: top-2024-fr
        statement: La fondation Halvorsen a donné 412 millions d'euros en 2024, plus que toute autre fondation.
        as_of: 2024
      - id: record-2024
        statement: Wind farms produced a record 61 TWh in 2024.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # first of its year is no all-time record: not confirmed (the ranking is left unchecked)…
    ("The Halvorsen Trust gave the largest sum any foundation has ever given.", "en", "unverified", None),
    # … while a fact that calls it a record confirms "the highest ever"
    ("Wind farms produced 61 TWh in 2024, the highest output ever.", "en", "supported", "quantity"),
])
def test_first_of_its_year_is_not_a_record_of_all_time(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, DONORS), text, lang)
    if rule is None:
        assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]
    else:
        assert_rule(st, want, rule)


NARROWER = """
version: 1
entities:
  ruritania: {names: [Ruritania, Ruritanie]}
  borduria: {names: [Borduria, Bordurie]}
sources:
  - id: trade
    title: Trade in 2024
    published: 2025-02-05
    facts:
      - id: services
        statement: The services surplus was $252.6 billion in 2024.
        quantity: {value: 252.6e+9, unit: USD}
        as_of: 2024
      - id: ruritania
        statement: The goods deficit with Ruritania was $48.2 billion in 2024.
        object: ruritania
        quantity: {value: 48.2e+9, unit: USD}
        as_of: 2024
      - id: borduria-fr
        statement: Le déficit des échanges de biens avec la Bordurie était de 17,3 milliards d'euros en 2024.
        object: borduria
        quantity: {value: 17.3e+9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure whose measure the article names less precisely than the source list's one measure of it, for its
    # period and party ("the deficit" for "the goods deficit"): confirmed when the figures agree, never refuted
    ("The deficit with Ruritania was $48.2 billion in 2024.", "en", "supported", "quantity"),
    ("Le déficit avec la Bordurie a atteint 17,3 milliards d'euros en 2024.", "fr", "supported", "quantity"),
    ("The deficit with Ruritania was $52.6 billion in 2024.", "en", "unverified", None),
    ("Le déficit avec la Bordurie a atteint 19,8 milliards d'euros en 2024.", "fr", "unverified", None),
])
def test_a_narrower_measure_of_the_same_party_confirms(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NARROWER), text, lang)
    if rule:
        assert_rule(st, want, rule)
    assert st.verdict == want


SHARP = """
version: 1
entities:
  ruritania: {names: [Ruritania, Ruritanie]}
sources:
  - id: roads
    title: Road deaths 2024
    published: 2025-05-28
    facts:
      - id: ruritania-2024
        statement: En Ruritanie, 42 personnes ont été tuées sur les routes en 2024.
        subject: ruritania
        quantity: {value: 42, unit: tués}
        as_of: 2024
      - id: females
        statement: 1,204 road deaths of females were registered in 2024.
        quantity: {value: 1204, unit: deaths}
        as_of: 2024
      - id: males
        statement: 2,310 road deaths of males were registered in 2024.
        quantity: {value: 2310, unit: deaths}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « un net recul »: a word of change's intensifier is no qualifier of the measure (« solde net » is); "males",
    # "females" name the same group as "men", "women"
    ("La Ruritanie a compté 42 morts sur ses routes en 2024, un net recul.", "fr", "supported", "quantity"),
    ("Women accounted for 1,204 of the road deaths registered in 2024.", "en", "supported", "quantity"),
])
def test_an_intensifier_is_no_qualifier_and_males_are_men(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SHARP), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bare figure whose noun an earlier bare figure of the claim names is compared like it (gapping)
    ("Men accounted for 2,310 of the road deaths registered in 2024 and women for just over 1,200.", "en", "supported", "quantity"),
    ("Les hommes représentaient 2 310 des morts sur les routes en 2024 et les femmes un peu plus de 1 200.", "fr", "supported", "quantity"),
])
def test_a_gapped_figure_counts_the_same_thing(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SHARP), text, lang)
    assert_rule(st, want, rule)


WHOLE = """
version: 1
entities:
  ruritania: {names: [Ruritania, Ruritanie]}
  borduria: {names: [Borduria, Bordurie]}
sources:
  - id: trade
    title: Trade in 2024
    published: 2025-02-05
    facts:
      - id: ru-all
        statement: Ruritania's exports of goods and services rose to $310.5 billion in 2024.
        subject: ruritania
        quantity: {value: 310.5e+9, unit: USD}
        as_of: 2024
      - id: ru-goods
        statement: Ruritania's exports of goods rose to $200.1 billion in 2024.
        subject: ruritania
        quantity: {value: 200.1e+9, unit: USD}
        as_of: 2024
      - id: bo-all
        statement: Les exportations de biens et services de la Bordurie ont atteint 95,2 milliards d'euros en 2024.
        subject: borduria
        quantity: {value: 95.2e+9, unit: EUR}
        as_of: 2024
      - id: bo-goods
        statement: Les exportations de biens de la Bordurie ont atteint 61,7 milliards d'euros en 2024.
        subject: borduria
        quantity: {value: 61.7e+9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # two complementary qualifiers joined ("goods and services", « biens et services ») name the whole: no restriction
    ("Ruritania's exports reached $310.5 billion in 2024.", "en", "supported", "quantity"),
    ("Les exportations de la Bordurie ont atteint 95,2 milliards d'euros en 2024.", "fr", "supported", "quantity"),
])
def test_complementary_qualifiers_joined_name_the_whole(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, WHOLE), text, lang)
    assert_rule(st, want, rule)


BESIDE = """
version: 1
sources:
  - id: budget
    title: Education spending 2024
    published: 2025-04-02
    facts:
      - id: meals
        statement: Spending on school meals fell by 12.4% in 2024 to EUR 3.1 billion.
        quantity: {value: 3100000000, unit: EUR}
        as_of: 2024
      - id: total
        statement: Total education spending rose by 4.6% in 2024.
        quantity: {value: 4.6, unit: percent}
        as_of: 2024
      - id: meals-fr
        statement: Les dépenses de cantine scolaire ont baissé de 12,4 % en 2024, à 3,1 milliards d'euros.
        quantity: {value: 3100000000, unit: EUR}
        as_of: 2024
      - id: total-fr
        statement: Les dépenses scolaires totales ont augmenté de 4,6 % en 2024.
        quantity: {value: 4.6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure a fact of the topic writes beside its declared amount, among the words of what the figure measures
    # and going its way, is that fact's figure, not a wrong figure of the fact ranked first
    ("Spending on school meals fell by 12.4% in 2024.", "en", "supported", "quantity"),
    ("Les dépenses de cantine scolaire ont reculé de 12,4 % en 2024.", "fr", "supported", "quantity"),
])
def test_a_figure_written_beside_a_facts_own_is_its(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BESIDE), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    ("Spending on school meals rose by 12.4% in 2024.", "en"),
    ("Les dépenses de cantine scolaire ont augmenté de 12,4 % en 2024.", "fr"),
])
def test_a_figure_written_beside_going_the_other_way_is_not_supported(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, BESIDE), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


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

POLARITY = """
version: 1
entities:
  harbour-city: {names: [Harbour City, Port-Harbour]}
sources:
  - id: finance
    title: Harbour City finances 2025
    published: 2025-11-04
    facts:
      - id: no-loans
        statement: Harbour City received no loans from foreign lenders in 2025.
        subject: harbour-city
        as_of: 2025
"""

STOPPED_SURVEY = """
version: 1
sources:
  - id: stats
    title: Passenger statistics methods 2025
    published: 2025-11-04
    facts:
      - id: survey-dropped
        statement: The statistics office no longer uses the harbour passenger survey; counts now come from ticket data.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # "did not stop X from seeking" asserts X sought: no denial, and a fact that says none came is no confirmation
    ("The sanctions did not stop Harbour City from seeking loans from foreign lenders.", "en"),
    ("Les sanctions n'ont pas empêché Harbour City de chercher des prêts auprès de prêteurs étrangers.", "fr"),
])
def test_a_prevented_denial_is_not_confirmed_by_a_negative_fact(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, POLARITY), text, lang)
    assert st.verdict == "unverified", [(c.verdict, c.rules, c.explanation) for c in st.claims]


def test_a_fact_saying_something_stopped_records_the_event(tmp_path_factory):
    st = last_statement(checker_for(tmp_path_factory, STOPPED_SURVEY),
                        "The statistics office has dropped the harbour passenger survey in favour of ticket data.", "en")
    assert_rule(st, "supported", "terms")

NURSES = """
version: 1
entities:
  northgate: {names: [Northgate Hospital, hôpital de Northgate]}
sources:
  - id: staff
    title: Nursing workforce, March 2025
    published: 2025-06-05
    facts:
      - id: headcount
        statement: On a headcount basis there were 9,412 nurses on 31 March 2025, a decrease of 316 nurses compared with March 2024.
        quantity: {value: 9412, unit: nurses}
        as_of: 2025-03
      - id: northgate-fall
        statement: Northgate Hospital lost 212 nurses in the year to March 2025, the largest fall of any hospital.
        subject: northgate
        quantity: {value: -212, unit: nurses}
        as_of: 2025-03
"""


NURSES_FR = """
version: 1
entities:
  northgate: {names: [Northgate Hospital, hôpital de Northgate]}
sources:
  - id: staff
    title: Effectifs infirmiers, mars 2025
    published: 2025-06-05
    facts:
      - id: headcount
        statement: En effectifs physiques, on comptait 9 412 infirmières au 31 mars 2025, en baisse de 316 infirmières sur un an.
        quantity: {value: 9412, unit: infirmières}
        as_of: 2025-03
      - id: northgate-fall
        statement: L'hôpital de Northgate a perdu 212 infirmières sur un an à mars 2025, la plus forte baisse de tous les hôpitaux.
        subject: northgate
        quantity: {value: -212, unit: infirmières}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, facts", [
    # the gloss's fall is the one the main clause's fact gives (316), not one hospital's (212)
    ("There were 9,412 nurses in March 2025, a drop of fewer than 300 over the year.", "en", NURSES),
    ("On comptait 9 412 infirmières en mars 2025, soit une baisse de moins de 300 sur un an.", "fr", NURSES_FR),
])
def test_a_gloss_is_judged_by_the_main_clauses_fact_not_by_another_partys(tmp_path_factory, text, lang, facts):
    st = last_statement(checker_for(tmp_path_factory, facts), text, lang)
    assert_rule(st, "mixed", "quantity")
    assert any(c.verdict == "contradicted" and "316" in c.explanation for c in st.claims), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


FALLS = """
version: 1
sources:
  - id: museum
    title: Annual visitor report 2025
    published: 2026-01-20
    facts:
      - id: visitors
        statement: Paid admissions to the Harbour Museum fell by 9% in 2025 compared with 2024.
        quantity: {value: -9, unit: percent}
        as_of: 2025
      - id: visitors-fr
        statement: En 2025, les entrées payantes du musée du Port ont été 9 % de moins qu'en 2024, malgré une hausse des visites scolaires.
        quantity: {value: -9, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fall said with a doubled consonant ("dropped", "slipped") or as a difference ("9% fewer", « 9 % de
    # moins ») is a fall, in the article (the source's -9 % confirms it) as in the source (whatever rise it
    # names after its figure)
    ("Paid admissions to the Harbour Museum dropped by 9% in 2025.", "en", "supported", "quantity"),
    ("The Harbour Museum counted 9% fewer paid admissions in 2025 than in 2024.", "en", "supported", "quantity"),
    ("Les entrées payantes du musée du Port ont baissé de 9 % en 2025.", "fr", "supported", "quantity"),
])
def test_a_fall_said_otherwise_meets_a_negative_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FALLS), text, lang)
    assert_rule(st, want, rule)


FERRIES = """
version: 1
sources:
  - id: ferries
    title: New ferry timetable for the Linmouth islands
    publisher: Linmouth Ferry Authority
    published: 2025-03-20
    facts:
      - id: sailings
        statement: The new timetable adds 412 weekly sailings to the Linmouth islands.
        quantity: {value: 412, unit: sailings}
        as_of: 2025-03
      - id: approved-fr
        statement: La régie des ferries de Linmouth a approuvé sans réserve le nouvel horaire des îles en mars 2025.
        as_of: 2025-03
      - id: sailings-fr
        statement: Le nouvel horaire ajoute 412 traversées hebdomadaires vers les îles de Linmouth.
        quantity: {value: 412, unit: traversées}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a party the list never mentions, cited for what no figure of the list confirms, may have said it: not a
    # misattribution; a figure the list confirms, credited to another party than its publisher, is one
    ("D'après Ewan Roskell, la régie des ferries a approuvé sans réserve le nouvel horaire des îles.", "fr",
     "unverified", ""),
    ("According to the Island Travel Council, the new timetable adds 412 weekly sailings to the Linmouth islands.",
     "en", "mixed", "attribution"),
    ("Selon l'Observatoire Insulaire des Transports, le nouvel horaire ajoute 412 traversées hebdomadaires vers les "
     "îles de Linmouth.", "fr", "mixed", "attribution"),
])
def test_an_unknown_party_is_misattributed_only_for_a_confirmed_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FERRIES), text, lang)
    if rule:
        assert_rule(st, want, rule)
    else:
        assert st.verdict == want and not any("attribution" in c.rules for c in st.claims), \
            [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    # with the level whose words come first
    ("Ferry ticket revenue rose 6.2% to £48.3 million in 2024.", "en", "supported", "quantity-alongside"),
    ("Les recettes de billetterie des navettes ont progressé de 6,2 %, à 48,3 millions d'euros en 2024.", "fr",
     "supported", "quantity-alongside"),
    # the other change of the sentence is another thing's: unchecked, never confirmed
    ("Ferry ticket revenue rose 3% to £48.3 million in 2024.", "en", "unverified", "quantity"),
    ("Les recettes de billetterie des navettes ont progressé de 3 %, à 48,3 millions d'euros en 2024.", "fr",
     "unverified", "quantity"),
])
def test_a_change_beside_a_level_competes_with_changes_only(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FARES), text, lang)
    assert_rule(st, want, rule)


THEFTS = """
version: 1
sources:
  - id: harrowgate-police
    title: Harrowgate police annual figures 2024
    published: 2025-02-03
    facts:
      - id: bikes
        statement: In 2024, 312 bicycles were stolen in Harrowgate.
        quantity: {value: 312, unit: bicycles}
        as_of: 2024
      - id: bikes-fr
        statement: En 2024, 312 vélos ont été volés à Harrowgate.
        quantity: {value: 312, unit: vélos}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a preposition opening the sentence is no name the fact must write
    ("Across Harrowgate, 312 bicycles were stolen in 2024.", "en", "supported", "quantity"),
    ("Durant l'année 2024, 312 vélos ont été volés à Harrowgate.", "fr", "supported", "quantity"),
    ("Parmi Harrowgate et ses faubourgs, 312 vélos ont été volés en 2024.", "fr", "supported", "quantity"),
])
def test_a_preposition_or_a_possessive_is_no_name(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, THEFTS), text, lang)
    assert_rule(st, want, rule)


PER_MILLION = """
version: 1
sources:
  - id: road-deaths
    title: Road deaths by region 2024
    published: 2025-05-20
    facts:
      - id: north-rate
        statement: The Northern region recorded 71.4 road deaths per million inhabitants in 2024.
        quantity: {value: 71.4, unit: deaths per million inhabitants}
        as_of: 2024
      - id: north-rate-fr
        statement: La région Nord a enregistré 71,4 morts par million d'habitants sur ses routes en 2024.
        quantity: {value: 71.4, unit: morts par million d'habitants}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a rate per a magnitude keeps the noun it counts: "per million inhabitants", « par million d'habitants »
    ("In 2024 the Northern region recorded 71.4 road deaths per million inhabitants.", "en", "supported", "quantity"),
    ("En 2024, la région Nord a compté 71,4 morts par million d'habitants sur ses routes.", "fr", "supported",
     "quantity"),
    ("In 2024 the Northern region recorded 17.4 road deaths per million inhabitants.", "en", "contradicted", "quantity"),
    ("En 2024, la région Nord a compté 17,4 morts par million d'habitants sur ses routes.", "fr", "contradicted",
     "quantity"),
])
def test_a_rate_per_million_keeps_what_it_counts(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PER_MILLION), text, lang)
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



EXACT_FIGURE = """
version: 1
sources:
  - id: trade
    title: Korvenia trade balance 2025
    published: 2026-02-10
    facts:
      - id: trade-total
        statement: Korvenia's trade with the bloc reached $98.6 billion in 2025, a record.
        quantity: {value: 98.6e9, unit: USD}
        as_of: 2025
      - id: deficit-goods
        statement: Korvenia's goods deficit with the bloc reached $41.2 billion in 2025, driven by machinery.
        quantity: {value: 41.2e9, unit: USD}
        as_of: 2025
      - id: trade-total-fr
        statement: Le commerce de la Korvénie avec le bloc a atteint 98,6 milliards de dollars en 2025, un record.
        quantity: {value: 98.6e9, unit: USD}
        as_of: 2025
      - id: deficit-goods-fr
        statement: Le déficit des biens de la Korvénie avec le bloc a atteint 41,2 milliards de dollars en 2025.
        quantity: {value: 41.2e9, unit: USD}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure a fact gives exactly, naming more of the measure than the article ("the goods deficit" for "the
    # deficit") and bearing clearly more on its words, is what the article means: not a wrong figure of another
    # fact of the topic
    ("In 2025 Korvenia's deficit with the bloc reached $41.2 billion.", "en", "supported", "quantity"),
    ("En 2025, le déficit de la Korvénie avec le bloc a atteint 41,2 milliards de dollars.", "fr", "supported",
     "quantity"),
    ("In 2025 Korvenia's deficit with the bloc reached $45.7 billion.", "en", "contradicted", "quantity"),
    ("En 2025, le déficit de la Korvénie avec le bloc a atteint 45,7 milliards de dollars.", "fr", "contradicted",
     "quantity"),
])
def test_a_figure_a_fact_gives_exactly_points_to_it(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, EXACT_FIGURE), text, lang)
    assert_rule(st, want, rule)


COUNTED_NOUNS = """
version: 1
entities:
  harbour-museum: {names: [Harbour Museum]}
sources:
  - id: harbour-museum
    title: Harbour Museum annual report 2024
    published: 2025-02-03
    facts:
      - id: visitors
        statement: The Harbour Museum welcomed 1,284,000 visitors in 2024.
        subject: harbour-museum
        quantity: {value: 1284000, unit: visitors}
        as_of: 2024
      - id: payout
        statement: Harbour Holdings will pay a dividend of 2.35 euros per share for 2024.
        quantity: {value: 2.35, unit: EUR per share}
        as_of: 2024
  - id: aide-logement
    title: Bilan de l'aide au logement 2024
    published: 2025-03-12
    facts:
      - id: aides
        statement: L'aide au logement a été versée à 318 400 personnes en 2024 dans le département.
        quantity: {value: 318400, unit: personnes}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # nouns that count the same thing compare: « entrées » and visitors, « par action » and per share, recipients
    # and people
    ("En 2024, le Harbour Museum a enregistré 1 284 000 entrées.", "fr", "supported", "quantity"),
    ("En 2024, le Harbour Museum a enregistré 1 248 000 entrées.", "fr", "contradicted", "quantity"),
    ("Harbour Holdings will pay 2.53 euros per action for 2024.", "en", "contradicted", "quantity"),
    ("Harbour Holdings versera un dividende de 2,35 euros par action au titre de 2024.", "fr", "supported", "quantity"),
    ("In 2024, housing aid had 318,400 recipients in the département.", "en", "supported", "quantity"),
    ("L'aide au logement comptait 381 400 bénéficiaires en 2024 dans le département.", "fr", "contradicted",
     "quantity"),
])
def test_nouns_that_count_the_same_thing_compare(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, COUNTED_NOUNS), text, lang)
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


RISE = """
version: 1
sources:
  - id: exports
    title: Brenmark trade, March 2025
    published: 2025-05-06
    facts:
      - id: exports-march
        statement: Brenmark's exports rose 6.8 percent in March 2025.
        quantity: {value: 6.8, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a lower bound after a verb of movement stays a bound: "jumped more than 6 percent" is at least 6
    ("In March 2025 Brenmark's exports jumped more than 6 percent.", "en", "supported", "quantity"),
    ("En mars 2025, les exportations de Brenmark ont bondi plus de 6 %.", "fr", "supported", "quantity"),
    ("In March 2025 Brenmark's exports jumped more than 7 percent.", "en", "contradicted", "quantity"),
])
def test_a_lower_bound_after_a_verb_of_movement_stays_a_bound(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RISE), text, lang)
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


MEASURE_NOUNS = """
version: 1
sources:
  - id: finances
    title: Merrowland public finances 2024
    published: 2025-04-23
    facts:
      - id: receipts
        statement: Merrowland's public receipts came to £812 billion in 2024.
        quantity: {value: 812e9, unit: GBP}
        as_of: 2024
      - id: spending
        statement: Merrowland's public spending came to £934 billion in 2024.
        quantity: {value: 934e9, unit: GBP}
        as_of: 2024
  - id: finances-fr
    title: Comptes publics de la Merrovie 2024
    published: 2025-04-23
    facts:
      - id: recettes
        statement: Les recettes publiques de la Merrovie ont atteint 1 502 milliards d'euros en 2024.
        quantity: {value: 1502e9, unit: EUR}
        as_of: 2024
      - id: depenses
        statement: Les dépenses publiques de la Merrovie ont atteint 1 670 milliards d'euros en 2024.
        quantity: {value: 1670e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a measure noun of the figure's clause ("spending", « dépenses ») that the fact giving the figure does not
    # name, while another fact of the unit and period names it with another figure: the wrong measure
    ("In 2024 Merrowland's public spending reached £812 billion.", "en", "contradicted", "quantity-measure"),
    ("En 2024, les dépenses publiques de la Merrovie ont atteint 1 502 milliards d'euros.", "fr", "contradicted",
     "quantity-measure"),
    ("In 2024 Merrowland's public spending reached £934 billion.", "en", "supported", "quantity"),
    ("En 2024, les dépenses publiques de la Merrovie ont atteint 1 670 milliards d'euros.", "fr", "supported",
     "quantity"),
])
def test_a_measure_noun_the_agreeing_fact_lacks_and_another_names(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, MEASURE_NOUNS), text, lang)
    assert_rule(st, want, rule)


OTHER_QUALIFIER = """
version: 1
sources:
  - id: trade
    title: Valdoria external trade 2025
    published: 2026-02-10
    facts:
      - id: exports
        statement: Valdoria's exports of goods reached €52.3 billion in 2025.
        quantity: {value: 52.3e9, unit: EUR}
        as_of: 2025
      - id: imports
        statement: Valdoria's imports of goods reached €61.8 billion in 2025.
        quantity: {value: 61.8e9, unit: EUR}
        as_of: 2025
  - id: commerce
    title: Commerce extérieur de la Valdorie 2025
    published: 2026-02-10
    facts:
      - id: exportations
        statement: Les exportations de biens de la Valdorie ont atteint 52,3 milliards d'euros en 2025.
        quantity: {value: 52.3e9, unit: EUR}
        as_of: 2025
      - id: importations
        statement: Les importations de biens de la Valdorie ont atteint 61,8 milliards d'euros en 2025.
        quantity: {value: 61.8e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of another measure (exports), while the one fact naming the figure's qualifier and more (imports
    # of goods) gives another value: the wrong measure, not an unchecked figure
    ("In 2025 Valdoria's imports reached €52.3 billion.", "en", "contradicted", "quantity-measure"),
    ("En 2025, les importations de la Valdorie ont atteint 52,3 milliards d'euros.", "fr", "contradicted",
     "quantity-measure"),
    ("In 2025 Valdoria's imports reached €61.8 billion.", "en", "supported", "quantity"),
    ("En 2025, les importations de la Valdorie ont atteint 61,8 milliards d'euros.", "fr", "supported", "quantity"),
])
def test_a_figure_of_another_qualifier_against_the_one_fact_of_its_own(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OTHER_QUALIFIER), text, lang)
    assert_rule(st, want, rule)


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


RECORDS = """
version: 1
sources:
  - id: kelby-port
    title: Kelby port annual traffic 2024
    published: 2025-01-30
    facts:
      - id: containers
        statement: The port of Kelby handled 3.1 million containers in 2024, its highest total since 2015.
        quantity: {value: 3.1e6, unit: containers}
        as_of: 2024
      - id: containers-fr
        statement: Le port de Kelby a traité 3,1 millions de conteneurs en 2024, son plus haut niveau depuis 2015.
        quantity: {value: 3.1e6, unit: conteneurs}
        as_of: 2024
  - id: nursing
    title: District nursing staff 2025
    published: 2025-06-02
    facts:
      - id: northvale
        statement: Northvale recorded the largest percentage rise of any district, 4.1%, adding 52 nurses to reach 1,320.
        subject: northvale
        as_of: 2025
      - id: northvale-fr
        statement: Le district de Northvale a enregistré la plus forte hausse en pourcentage, 4,1 %, avec 52 infirmiers de plus, pour atteindre 1 320.
        subject: northvale
        as_of: 2025
entities:
  northvale:
    names: [Northvale]
"""

COLLEGES = """
version: 1
sources:
  - id: college
    title: Harwick college intake 2025
    published: 2025-09-20
    facts:
      - id: enrolled
        statement: A record 48,200 students enrolled at Harwick colleges in 2025.
        quantity: {value: 48200, unit: students}
        as_of: 2025
      - id: graduated
        statement: 31,900 students graduated from Harwick colleges in 2025.
        quantity: {value: 31900, unit: students}
        as_of: 2025
"""

COLLEGES_FR = """
version: 1
sources:
  - id: college
    title: Rentrée 2025 dans les collèges de Harwick
    published: 2025-09-20
    facts:
      - id: inscrits
        statement: Un record de 48 200 étudiants se sont inscrits dans les collèges de Harwick en 2025.
        quantity: {value: 48200, unit: étudiants}
        as_of: 2025
      - id: diplomes
        statement: 31 900 étudiants ont obtenu leur diplôme dans les collèges de Harwick en 2025.
        quantity: {value: 31900, unit: étudiants}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record the article does not bound is of all time: the source's "highest since 2015" refutes it
    ("The port of Kelby handled a record 3.1 million containers in 2024.", "en", "mixed", "ranking"),
    ("Le port de Kelby a traité 3,1 millions de conteneurs en 2024, un record historique.", "fr", "mixed", "ranking"),
    # a rank the source gives by its share only: not by its number
    ("Northvale recorded the largest rise in absolute terms of any district, adding 52 nurses to reach 1,320.", "en",
     "mixed", "ranking"),
    ("Northvale added more nurses than any other district, 52, to reach 1,320.", "en", "unverified", "quantity"),
    ("Le district de Northvale a gagné plus d'infirmiers que tout autre district, 52, pour atteindre 1 320.", "fr",
     "unverified", "quantity"),
])
def test_a_record_is_checked_against_its_scope_and_basis(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RECORDS), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record another fact gives to a figure of its own is not the record of this one
    ("31,900 students graduated from Harwick colleges in 2025.", "en", "supported", "quantity"),
    ("31,900 students graduated from Harwick colleges in 2025, the highest number on record.", "en", "unverified",
     "quantity"),
    ("31 900 étudiants ont obtenu leur diplôme dans les collèges de Harwick en 2025, un record.", "fr", "unverified",
     "quantity"),
])
def test_a_record_of_another_figure_confirms_no_record(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, COLLEGES if lang == "en" else COLLEGES_FR), text, lang)
    assert_rule(st, want, rule)


SWAPPED = """
version: 1
sources:
  - id: tourism
    title: Fréquentation touristique de Kelby en 2024
    published: 2025-02-10
    facts:
      - id: reading-fr
        statement: Le maire Paul Verdier a salué une hausse exceptionnelle de la fréquentation, tandis que l'institut Statvel a tenu à la nuancer.
      - id: reading-en
        statement: Mayor Paul Verdier hailed the rise in visitor numbers as exceptional, while the Statvel institute played it down.
  - id: levy
    title: Kelby harbour levy 2025
    published: 2025-03-03
    facts:
      - id: levy-en
        statement: The Harbour Board proposed a harbour levy of 2.5%, which the Kelby Council approved in March 2025.
        quantity: {value: 2.5, unit: percent}
        as_of: 2025-03
      - id: levy-fr
        statement: Sur proposition du Conseil portuaire, la mairie de Kelby a fixé la taxe portuaire à 2,5 % en mars 2025.
        quantity: {value: 2.5, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # what each party does (hails, plays down; proposes, decides), between parties the list need not declare
    ("Le maire Paul Verdier a salué une hausse exceptionnelle de la fréquentation, que l'institut Statvel a préféré "
     "nuancer.", "fr", "supported", "terms"),
    ("L'institut Statvel a salué une hausse exceptionnelle de la fréquentation, que le maire Paul Verdier a préféré "
     "nuancer.", "fr", "contradicted", "roles"),
    ("The Statvel institute hailed the rise in visitor numbers as exceptional, a reading Mayor Paul Verdier played "
     "down.", "en", "contradicted", "roles"),
    # and beside a confirmed figure
    ("The Harbour Board proposed a harbour levy of 2.5%, which the Kelby Council approved in March 2025.", "en",
     "supported", "quantity"),
    ("The Kelby Council proposed a harbour levy of 2.5%, which the Harbour Board approved in March 2025.", "en",
     "contradicted", "roles"),
    ("Sur proposition de la mairie de Kelby, le Conseil portuaire a fixé la taxe portuaire à 2,5 % en mars 2025.", "fr",
     "contradicted", "roles"),
])
def test_predicates_swapped_between_parties(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SWAPPED), text, lang)
    assert_rule(st, want, rule)


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


GLOSS_WAY = """
version: 1
sources:
  - id: venues
    title: Kelby venues, attendance 2024
    published: 2025-01-08
    facts:
      - id: arena
        statement: The Kelby Arena welcomed 1.4 million visitors in 2024, up 18% on the year.
        subject: arena
        quantity: {value: 1.4e6, unit: visitors}
        as_of: 2024
      - id: hall
        statement: Visitor numbers at the Harwick Hall showed a fall of 18% on the year in 2024.
        subject: hall
        quantity: {value: -18, unit: percent}
        as_of: 2024
      - id: arene
        statement: L'Arena de Kelby a accueilli 1,4 million de visiteurs en 2024, soit une hausse de 18 % sur un an.
        subject: arena
        quantity: {value: 1.4e6, unit: visiteurs}
        as_of: 2024
      - id: salle
        statement: La salle Harwick a vu ses visiteurs enregistrer une baisse de 18 % sur un an en 2024.
        subject: hall
        quantity: {value: -18, unit: percent}
        as_of: 2024
entities:
  arena:
    names: [Kelby Arena, Arena de Kelby]
  hall:
    names: [Harwick Hall, salle Harwick]
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a gloss's change the main clause's fact gives the other way is not confirmed by another party's fall
    ("The Kelby Arena welcomed 1.4 million visitors in 2024, up 18% on the year.", "en", "supported", "quantity"),
    ("The Kelby Arena welcomed 1.4 million visitors in 2024, a fall of 18% on the year.", "en", "mixed", "direction"),
    ("L'Arena de Kelby a accueilli 1,4 million de visiteurs en 2024, soit une baisse de 18 % sur un an.", "fr", "mixed",
     "direction"),
])
def test_a_gloss_the_main_fact_gives_the_other_way(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GLOSS_WAY), text, lang)
    assert_rule(st, want, rule)


BELOW = """
version: 1
sources:
  - id: grid
    title: Kelby grid report 2024
    published: 2025-01-20
    facts:
      - id: exports-en
        statement: Kelby exported 41.3 TWh of electricity in 2024.
        quantity: {value: 41.3, unit: TWh}
        as_of: 2024
      - id: exports-fr
        statement: Kelby a exporté 41,3 TWh d'électricité en 2024.
        quantity: {value: 41.3, unit: TWh}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound below a figure the source exceeds: « sous les 41 TWh », « en dessous de 41 TWh », "below 41 TWh"
    ("Les exportations d'électricité de Kelby sont restées sous les 41 TWh en 2024.", "fr", "contradicted", "quantity"),
    ("Les exportations d'électricité de Kelby sont restées en dessous de 41 TWh en 2024.", "fr", "contradicted",
     "quantity"),
    ("Les exportations d'électricité de Kelby sont passées au-dessus de 41 TWh en 2024.", "fr", "supported", "quantity"),
    ("Kelby's electricity exports stayed below 41 TWh in 2024.", "en", "contradicted", "quantity"),
])
def test_a_bound_under_a_figure_in_french(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BELOW), text, lang)
    assert_rule(st, want, rule)


HEDGED = """
version: 1
sources:
  - id: castle
    title: Kelby castle attendance 2024
    published: 2025-01-06
    facts:
      - id: visitors-en
        statement: Kelby Castle welcomed 8.4 million visitors in 2024.
        quantity: {value: 8.4e6, unit: visitors, bound: about}
        as_of: 2024
      - id: visitors-fr
        statement: Le château de Kelby a accueilli 8,4 millions de visiteurs en 2024.
        quantity: {value: 8.4e6, unit: visiteurs, bound: about}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a hedge widens a figure's rounding a few times, not to three units of its last digit
    ("Kelby Castle welcomed about 8.5 million visitors in 2024.", "en", "supported", "quantity"),
    ("Kelby Castle welcomed about 8.7 million visitors in 2024.", "en", "contradicted", "quantity"),
    ("Le château de Kelby a accueilli environ 8,7 millions de visiteurs en 2024.", "fr", "contradicted", "quantity"),
])
def test_a_hedged_figure_is_not_three_units_off(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, HEDGED), text, lang)
    assert_rule(st, want, rule)



POSSESSIVE = """
version: 1
sources:
  - id: velmark-weather
    title: Velmark climate, 2024
    published: 2025-01-09
    facts:
      - id: rain
        statement: Rainfall in Velmark totalled 412 mm in 2024.
        quantity: {value: 412, unit: mm}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a possessive is no part of the name: "the EU's" names the EU, a short acronym no fact needs to write
    ("Rainfall in the EU's member state of Velmark totalled 412 mm last year.", "en", "supported", "quantity"),
    ("Les pluies dans l'État membre de l'UE qu'est Velmark ont totalisé 412 mm l'an dernier.", "fr", "supported", "quantity"),
    ("Rainfall in the EU's member state of Velmark totalled 512 mm last year.", "en", "contradicted", "quantity"),
])
def test_a_possessive_is_no_part_of_the_name_the_fact_must_write(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, POSSESSIVE), text, lang)
    assert_rule(st, want, rule)


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


NATIONALITY = """
version: 1
sources:
  - id: brenmark
    title: Brenmark FC annual accounts 2024/25
    published: 2025-10-02
    facts:
      - id: revenue
        statement: Brenmark FC's revenue reached 412 million euros in 2024.
        quantity: {value: 412000000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an adjective of nationality before a noun describes it (English capitalises it, French does not)
    ("The Spanish side Brenmark FC brought in 412 million euros of revenue in 2024.", "en", "supported", "quantity"),
    ("Le club espagnol Brenmark FC a engrangé 412 millions d'euros de recettes en 2024.", "fr", "supported", "quantity"),
    ("The Spanish side Brenmark FC brought in 512 million euros of revenue in 2024.", "en", "contradicted", "quantity"),
])
def test_an_adjective_of_nationality_is_no_name_the_fact_must_write(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NATIONALITY), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    ("In Spain, revenue reached 412 million euros in 2024.", "en"),
    ("En Espagne, les recettes ont atteint 412 millions d'euros en 2024.", "fr"),
])
def test_a_country_named_as_the_scope_stays_one(tmp_path_factory, text, lang):
    assert last_statement(checker_for(tmp_path_factory, NATIONALITY), text, lang).verdict == "unverified"


ACTORS = """
version: 1
sources:
  - id: budget
    title: Orvelle council, budget vote
    published: 2025-03-12
    facts:
      - id: praise
        statement: Mayor Ilse Varnholt praised the new transport budget, while the Orvelle Cycling Union criticised the cuts to bus lanes.
  - id: marathon
    title: Marathon de Belcastre 2025
    published: 2025-04-07
    facts:
      - id: winner
        statement: Mathis Ferrandon a battu Yanis Delorme au sprint lors du marathon de Belcastre, le 6 avril 2025.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # each party given what the source gives the other, whatever the verbs and without declared entities
    ("The Orvelle Cycling Union praised the new transport budget, but Ilse Varnholt criticised the cuts to bus lanes.",
     "en", "contradicted", "roles"),
    ("Ilse Varnholt praised the new transport budget, but the Orvelle Cycling Union criticised the cuts to bus lanes.",
     "en", "supported", "terms"),
    # the same verb with the parties the other way round, in the same voice
    ("Yanis Delorme a battu Mathis Ferrandon au sprint lors du marathon de Belcastre.", "fr", "contradicted", "roles"),
    ("Yanis Delorme a été battu par Mathis Ferrandon au sprint lors du marathon de Belcastre.", "fr", "supported", "terms"),
])
def test_parties_given_each_others_part_are_the_other_way_round(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ACTORS), text, lang)
    assert_rule(st, want, rule)


BALANCES = """
version: 1
sources:
  - id: trade
    title: Commerce extérieur de la Valdésie, juin 2025
    published: 2025-08-07
    facts:
      - id: balance-june
        statement: En juin 2025, la balance commerciale de la Valdésie a affiché un déficit de 5,3 milliards d'euros.
        quantity: {value: 5.3e9, unit: EUR}
        as_of: 2025-06
  - id: results
    title: Harlow Mining, full-year results 2024
    published: 2025-02-20
    facts:
      - id: surplus-2024
        statement: Harlow Mining's cash flow showed a surplus of 800 million dollars in 2024.
        quantity: {value: 800e6, unit: USD}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a deficit the source declares as a positive figure: "-5,3 milliards" is that deficit, a surplus is not
    ("En juin 2025, la balance commerciale de la Valdésie affiche -5,3 milliards d'euros.", "fr", "supported", "quantity"),
    ("En juin 2025, la balance commerciale de la Valdésie a dégagé un excédent de 5,3 milliards d'euros.", "fr",
     "contradicted", "quantity"),
    # a surplus in the source: a shortfall of the same size is the other sign
    ("Harlow Mining's cash flow showed a shortfall of 800 million dollars in 2024.", "en", "contradicted", "quantity"),
    ("Harlow Mining's cash flow showed a surplus of 800 million dollars in 2024.", "en", "supported", "quantity"),
])
def test_a_deficit_and_a_surplus_have_opposite_signs(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BALANCES), text, lang)
    assert_rule(st, want, rule)


OUTRANKED = """
version: 1
entities:
  norvale: {names: [Norvale]}
  esterby: {names: [Esterby]}
sources:
  - id: libraries
    title: Public libraries 2025
    published: 2026-01-20
    facts:
      - id: norvale
        statement: Norvale opened 12 libraries in 2025, reaching 240.
        subject: norvale
        quantity: {value: 240, unit: libraries}
        as_of: 2025
      - id: esterby
        statement: Esterby opened 19 libraries in 2025.
        subject: esterby
        quantity: {value: 19, unit: libraries}
        as_of: 2025
  - id: bibliotheques
    title: Bibliothèques publiques 2025
    published: 2026-01-20
    facts:
      - id: norvale
        statement: Norvale a ouvert 12 bibliothèques en 2025, pour atteindre 240.
        subject: norvale
        quantity: {value: 240, unit: bibliothèques}
        as_of: 2025
      - id: esterby
        statement: Esterby a ouvert 19 bibliothèques en 2025.
        subject: esterby
        quantity: {value: 19, unit: bibliothèques}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a first place ("more … than any other", « plus … que toute autre ») that another party's figure of the
    # same date and the same counted thing takes: a false record, the figure itself stays confirmed
    ("In 2025 Norvale opened more libraries than any other region, 12, reaching 240.", "en", "mixed", "ranking"),
    ("En 2025, Norvale a ouvert plus de bibliothèques que toute autre région, 12, pour atteindre 240.", "fr",
     "mixed", "ranking"),
    ("In 2025 Norvale opened 12 libraries, reaching 240.", "en", "supported", "quantity"),
    ("En 2025, Norvale a ouvert 12 bibliothèques, pour atteindre 240.", "fr", "supported", "quantity"),
    # a first place that no other party's figure of the same measure takes (240 is Norvale's total, not opened):
    # not refuted, the rank left unconfirmed
    ("In 2025 Esterby opened 19 libraries, more than any other region.", "en", "unverified", "quantity"),
    ("En 2025, Esterby a ouvert 19 bibliothèques, plus que toute autre région.", "fr", "unverified", "quantity"),
])
def test_a_first_place_that_another_partys_figure_takes(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OUTRANKED), text, lang)
    assert_rule(st, want, rule)


RECORD_BACK = """
version: 1
entities:
  norvale: {names: [Norvale]}
sources:
  - id: jobs
    title: Norvale labour market 2025
    published: 2026-02-01
    facts:
      - id: rate
        statement: Norvale's unemployment rate fell to 4.1% in 2025, its lowest since 2008.
        subject: norvale
        quantity: {value: 4.1, unit: percent}
        as_of: 2025
  - id: emploi
    title: Marché du travail de Norvale 2025
    published: 2026-02-01
    facts:
      - id: taux
        statement: Le taux de chômage de Norvale est tombé à 4,1 % en 2025, son plus bas niveau depuis 2008.
        subject: norvale
        quantity: {value: 4.1, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record said of the previous statement's figure ("That is …"), of all time where the fact that gives the
    # figure ranks it only since 2008: a false record
    ("Norvale's unemployment rate fell to 4.1% in 2025. That is the lowest rate ever recorded over twelve months.", "en",
     "contradicted", "ranking"),
    ("Le taux de chômage de Norvale est tombé à 4,1 % en 2025. C'est le plus bas niveau jamais enregistré sur douze "
     "mois.", "fr",
     "contradicted", "ranking"),
])
def test_a_record_said_of_the_figure_before(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RECORD_BACK), text, lang)
    assert_rule(st, want, rule)


RECORD_BACK_AGREES = """
version: 1
entities:
  harlow: {names: [Harlow]}
sources:
  - id: prix
    title: Harlow consumer prices 2025
    published: 2026-01-20
    facts:
      - id: cpi
        statement: Harlow's inflation rate eased to 2.3% in 2025, the slowest pace since 2019.
        subject: harlow
        quantity: {value: 2.3, unit: percent}
        as_of: 2025
      - id: ipc
        statement: L'inflation de Harlow a ralenti à 2,3 % en 2025, son rythme le plus faible depuis 2019.
        subject: harlow
        quantity: {value: 2.3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record said of the previous statement's figure, as the fact that gives the figure ranks it: supported
    ("Inflation in Harlow cooled to 2.3% in 2025. It was the lowest level since 2019.", "en", "supported", "ranking"),
    ("L'inflation à Harlow est descendue à 2,3 % en 2025. Il s'agit du plus bas niveau depuis 2019.", "fr",
     "supported", "ranking"),
])
def test_a_record_of_the_figure_before_as_the_fact_ranks_it(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RECORD_BACK_AGREES), text, lang), want, rule)


RECORD_BELOW_BEFORE = """
version: 1
entities:
  zentria: {names: [Zentria]}
sources:
  - id: coffee
    title: Zentria coffee trade 2025
    published: 2026-02-10
    facts:
      - id: surplus
        statement: Zentria's coffee trade showed a surplus in 2025, but smaller than in 2022.
        subject: zentria
        as_of: 2025
      - id: excedent
        statement: Le commerce du cacao de Zentria dégage en 2025 un excédent, mais moins large qu'en 2022.
        subject: zentria
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record of all time, without a figure, that the source says was below another year's: a false record
    ("Zentria's coffee trade surplus was larger than ever.", "en",
     "contradicted", "ranking"),
    ("Côté cacao, Zentria affichait un excédent plus large que jamais.", "fr", "contradicted", "ranking"),
])
def test_a_record_the_source_puts_below_another_year(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RECORD_BELOW_BEFORE), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    ("Norvale's unemployment rate fell to 4.1% in 2025. That is the lowest rate since 2008.", "en"),
    ("Le taux de chômage de Norvale est tombé à 4,1 % en 2025. C'est son plus bas niveau depuis 2008.", "fr"),
])
def test_a_record_of_the_figure_before_as_the_fact_bounds_it(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, RECORD_BACK), text, lang)
    assert st.verdict not in ("contradicted", "mixed"), [(c.verdict, c.explanation) for c in st.claims]


ORDERS = """
version: 1
sources:
  - id: ordres
    title: Rapport sur les commandes de la Marlandie
    published: 2025-03-02
    facts:
      - id: commandes-2024
        statement: Les commandes de matériel naval de la Marlandie ont atteint 18 milliards d'euros en 2024.
        quantity: {value: 18e9, unit: EUR}
        as_of: 2024
  - id: port
    title: Port of Dunmere annual report
    published: 2025-04-10
    facts:
      - id: revenue-2024
        statement: The Port of Dunmere's revenue reached 410 million pounds in 2024.
        quantity: {value: 410e6, unit: GBP}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the claim says in words of its own what it costs, and none of them is the fact's: not covered, not wrong
    ("Le coût du futur hôpital militaire de Verlain est estimé à environ 3 milliards d'euros.", "fr", "unverified"),
    ("The new lighthouse keeper's cottage restoration scheme was priced at 2 million pounds.", "en", "unverified"),
    # the claim names what the fact measures: a wrong figure is still one
    ("Les commandes de matériel naval de la Marlandie ont atteint 12 milliards d'euros en 2024.", "fr", "contradicted"),
    ("The Port of Dunmere's revenue reached 350 million pounds in 2024.", "en", "contradicted"),
])
def test_a_figure_of_something_the_fact_does_not_name_is_no_error(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ORDERS), text, lang)
    if want == "contradicted":
        assert_rule(st, want, "quantity")
    else:
        assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    ("Velmar Motors' deliveries fell 6.1% in the second quarter of 2024.", "en", "unverified"),
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
        assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


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


ELIDED = """
version: 1
sources:
  - id: mediatheque-2025
    title: Bilan des médiathèques de Vaudrec, 2025
    published: 2026-02-03
    facts:
      - id: inscrits
        statement: Les médiathèques de Vaudrec ont perdu 2 340 inscrits entre 2024 et 2025.
        quantity: {value: -2340, unit: inscrits}
        as_of: 2025
      - id: members
        statement: Harlow rowing club lost 415 members between 2024 and 2025.
        quantity: {value: -415, unit: members}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure after an elided verb at the sentence's head ("C'est", "It's") is a count, not a label like "Route 66"
    ("Les médiathèques de Vaudrec ont reculé en 2025. C'est 2 340 inscrits de moins sur l'année.", "fr", "supported", "quantity"),
    ("Harlow rowing club shrank in 2025. It's 415 members fewer over the year.", "en", "supported", "quantity"),
])
def test_a_figure_after_an_elided_verb_is_counted(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ELIDED), text, lang)
    assert_rule(st, want, rule)


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
    assert st.verdict == "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


UNITS = """
version: 1
entities:
  corvel: {names: [Corvel]}
  brackwater: {names: [Brackwater Yards]}
sources:
  - id: corvel-2025
    title: Livraisons de Corvel en 2025
    published: 2026-01-12
    facts:
      - id: cv40
        statement: Corvel a livré 48 avions CV-40 en 2025.
        subject: corvel
        quantity: {value: 48, unit: aircraft}
        as_of: 2025
      - id: hx9
        statement: Brackwater Yards delivered 12 HX-9 ferries in 2025.
        subject: brackwater
        quantity: {value: 12, unit: ferries}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "units", « exemplaires » count whatever their clause names: the fact's aircraft, ferries
    ("En 2025, le CV-40 de Corvel a été livré à 48 exemplaires.", "fr", "supported", "quantity"),
    ("In 2025, Brackwater Yards delivered 12 units of the HX-9.", "en", "supported", "quantity"),
    ("In 2025, Brackwater Yards delivered 15 units of the HX-9.", "en", "contradicted", "quantity"),
])
def test_a_generic_counter_counts_what_its_clause_names(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, UNITS), text, lang)
    assert_rule(st, want, rule)


PERMITS = """
version: 1
sources:
  - id: permits-2024
    title: Building permits in Orvel, 2024
    published: 2025-02-10
    facts:
      - id: withdrawals
        statement: Some permits were withdrawn in 2024, bringing the 640 permits granted down to 598 in force.
        as_of: 2024
      - id: retraits
        statement: Des retraits de permis ont eu lieu en 2024, qui ramènent les 640 permis accordés à 598 permis en vigueur.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a negation word as the subject of "ne", after an opening phrase, still denies: what the source records refutes it
    ("Remarkably, no permit withdrawal came to reduce that total in 2024.", "en", "contradicted", "negation"),
    ("Chose rare, aucun retrait de permis n'est venu réduire ce total en 2024.", "fr", "contradicted", "negation"),
])
def test_a_subject_negation_word_after_an_opening_phrase_denies(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PERMITS), text, lang)
    assert_rule(st, want, rule)


FUND = """
version: 1
sources:
  - id: flood-fund-2025
    title: Flood recovery plan for the Lenne valley, 2025
    published: 2025-03-04
    facts:
      - id: repairs
        statement: The ministry will spend up to 300 million euros on repairs to flood defences in the Lenne valley.
        quantity: {value: 300000000, unit: EUR, bound: at-most}
        as_of: 2025
      - id: reparations
        statement: Le ministère consacrera jusqu'à 80 millions d'euros à la réparation des digues de la vallée de la Lenne.
        quantity: {value: 80000000, unit: EUR, bound: at-most}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a floor under a source's ceiling: neither confirmed nor refuted (the ceiling says nothing of a floor)
    ("The ministry will spend at least 250 million euros on repairs to flood defences in the Lenne valley.", "en", "unverified"),
    ("Le ministère consacrera au moins 70 millions d'euros à la réparation des digues de la vallée de la Lenne.", "fr", "unverified"),
    # the same ceiling, or a floor at the ceiling, as before
    ("The ministry will spend up to 300 million euros on repairs to flood defences in the Lenne valley.", "en", "supported"),
    ("Le ministère consacrera au moins 80 millions d'euros à la réparation des digues de la vallée de la Lenne.", "fr", "contradicted"),
])
def test_a_floor_is_not_confirmed_by_a_ceiling(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FUND), text, lang)
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


GARDENS = """
version: 1
sources:
  - id: park-2024
    title: Brisley Gardens attendance 2024
    published: 2025-01-15
    facts:
      - id: visitors
        statement: Brisley Gardens welcomed visitors in record numbers in 2024, a level never reached since 2009.
        as_of: 2024
      - id: visiteurs
        statement: Le jardin de Vossange a accueilli en 2024 une foule de visiteurs, un niveau jamais atteint depuis 2009.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a denial with no "since" (a record of all time) against a source's denial back to a year only: a false record
    ("Brisley Gardens had never welcomed so many visitors in its entire history.", "en", "contradicted", "negation"),
    ("Le jardin de Vossange n'avait jamais accueilli autant de visiteurs de toute son histoire.", "fr", "contradicted", "negation"),
])
def test_an_all_time_denial_is_refuted_by_a_denial_since_a_year(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GARDENS), text, lang)
    assert_rule(st, want, rule)


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
    # « remonte » is a rise: the right level reached the wrong way (the level confirmed, the direction refuted: mixed)
    ("The hotel occupancy rate in Corvain climbed back slightly, to 61.4% in 2024.", "en", "mixed", "direction"),
    ("Le taux d'occupation des hôtels de Corvain remonte légèrement, à 61,4 % en 2024.", "fr", "mixed", "direction"),
])
def test_a_level_said_to_climb_back_when_it_fell(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OCCUPANCY), text, lang)
    assert_rule(st, want, rule)


ENROLMENT = """
version: 1
sources:
  - id: schools-2025
    title: School enrolment in Vossange, 2025
    published: 2025-10-01
    facts:
      - id: high-schools
        statement: High school enrolment in Vossange fell by 8,400 pupils in 2025.
        quantity: {value: -8400, unit: pupils}
        as_of: 2025
      - id: all-schools
        statement: Vossange's schools counted 3,100 fewer pupils in 2025.
        quantity: {value: -3100, unit: pupils}
        as_of: 2025
      - id: lycees
        statement: Les effectifs des lycées de Vossange reculent de 8 400 élèves en 2025.
        quantity: {value: -8400, unit: élèves}
        as_of: 2025
      - id: etablissements
        statement: Les établissements scolaires de Vossange comptent 3 100 élèves de moins en 2025.
        quantity: {value: -3100, unit: élèves}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound that a broader fact's figure meets is refuted by the fact that names what the claim names
    ("In Vossange's high schools, the fall in enrolment was held to fewer than 5,000 pupils in 2025.", "en", "contradicted", "quantity"),
    ("Dans les lycées de Vossange, le recul des effectifs reste contenu à moins de 5 000 élèves en 2025.", "fr", "contradicted", "quantity"),
])
def test_a_bound_is_judged_by_the_fact_that_names_more_of_the_claim(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ENROLMENT), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # an event on the calendar, down to the day: a fact a source can confirm
    ("The regional fair will open its gates from May 9 to May 17 in Castelford.", "en", True),
    ("The harbour authority's annual review is due on March 12.", "en", True),
    ("Le festival de Brevanne aura lieu du 3 au 11 juillet.", "fr", True),
    # a month alone, an intention or a condition: still a forecast
    ("The harbour authority's annual review is due in March.", "en", False),
    ("The harbour authority plans to publish its review on March 12.", "en", False),
    ("Le festival de Brevanne aura lieu le 3 juillet si la météo le permet.", "fr", False),
    # "plans" as the object of a verb: what was unveiled is an event
    ("Mayor Ana Ruiz announced plans to close three libraries in Castelford.", "en", True),
    ("The Castelford council has plans to close three libraries.", "en", True),
    # "plans" as the verb, in either language: an intention, still a forecast
    ("The Castelford council plans to close three libraries next year.", "en", False),
    ("La mairie de Castelford prévoit de fermer trois bibliothèques l'an prochain.", "fr", False),
    # a fact done, coordinated after the forecast, with a figure of its own: the statement can be checked
    ("The Castelford council wants to double bus journeys by 2030 and has set aside £40 million for new routes.", "en", True),
    ("La région de Brevanne veut doubler le trafic des bus d'ici 2030 et a débloqué 40 millions d'euros pour de nouvelles lignes.", "fr", True),
    # the coordinated clause is a forecast too: still a prediction
    ("La région de Brevanne veut doubler le trafic des bus d'ici 2030 et pourrait débloquer 40 millions d'euros.", "fr", False),
    ("The Castelford council wants to double bus journeys by 2030 and has hopes to add 40 routes.", "en", False),
])
def test_schedules_nouns_and_coordinated_facts_are_checkable(text, lang, want):
    """A scheduled event with its day, a marker that is the object of a verb, a fact coordinated after a forecast:
    checkable; a month alone, an intention, a condition, a forecast coordinated after one: not."""
    a = _analysed(text, lang)
    assert a.checkable == want, (a.kind, [(c.role, c.text, c.kind) for c in a.claims])


@pytest.mark.parametrize("text, lang, year", [
    ("The port handled 4 million tonnes of grain in 2021 and 2 million tonnes of coal that same year.", "en", 2021),
    ("Le port a traité 4 millions de tonnes de céréales en 2021 et 2 millions de tonnes de charbon cette même année.", "fr", 2021),
])
def test_a_year_that_points_back_is_the_year_written_before_it_in_the_clause(text, lang, year):
    from factcheck.checks.detect import Context, analyse_statement
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Statement
    a = analyse_statement(Statement(0, text, 0, len(text)), text,
                          Context(lang=lang, matcher=EntityMatcher({}), article_year=2025, last_year=2024))
    assert [d.year for c in a.claims for d in c.dates] == [2021, year], [(c.text, c.dates) for c in a.claims]


COUNTED_NOUN = """
version: 1
entities:
  brenmoor:
    names: [Brenmoor]
sources:
  - id: plages-2025
    title: Bilan des plages de Brenmoor 2025
    published: 2025-10-02
    facts:
      - id: lifeguards
        statement: The beaches were watched by 96 lifeguards in summer 2025.
        subject: brenmoor
        quantity: {value: 96, unit: sauveteurs, bound: about}
        as_of: 2025-09-30
      - id: vessels
        statement: Le port a accueilli 76 navires en 2025.
        subject: brenmoor
        quantity: {value: 76, unit: vessels, bound: exact}
        as_of: 2025
  - id: plages-mi-saison
    title: Bilan de mi-saison des plages de Brenmoor
    published: 2025-07-15
    superseded_by: plages-2025
    facts:
      - id: lifeguards
        statement: The beaches were watched by 88 lifeguards in mid-July 2025.
        subject: brenmoor
        quantity: {value: 88, unit: sauveteurs, bound: about}
        as_of: 2025-07-15
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a list without terms: the fact counts the figure's own noun, in a sentence of the other language
    ("À Brenmoor, 96 sauveteurs ont surveillé les plages.", "fr", "supported", "quantity"),
    ("À Brenmoor, 110 sauveteurs ont surveillé les plages.", "fr", "contradicted", "quantity"),
    ("À Brenmoor, 88 sauveteurs ont surveillé les plages.", "fr", "outdated", "outdated"),
    ("Brenmoor's port welcomed 76 vessels in 2025.", "en", "supported", "quantity"),
])
def test_a_fact_that_counts_the_figures_noun(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, COUNTED_NOUN), text, lang), want, rule)


DISASTER = """
version: 1
entities:
  valmorin:
    names: [Valmorin]
sources:
  - id: storm-toll
    title: Storm toll, Valmorin prefecture
    published: 2025-12-02
    facts:
      - id: homes
        statement: 640 homes were damaged by the storm.
        subject: valmorin
        quantity: {value: 640, unit: homes, bound: about}
        as_of: 2025-11
      - id: donors
        statement: L'appel a réuni 27 000 donateurs.
        subject: valmorin
        quantity: {value: 27000, unit: donateurs, bound: about}
        as_of: 2025-11
      - id: fires
        statement: Eight wildfires broke out in the hills.
        subject: valmorin
        quantity: {value: 8, unit: wildfires, bound: exact}
        as_of: 2025-08
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a list without terms: the counted noun of the other language, joined by a concept, with the fact's figure
    ("À Valmorin, 640 logements ont été endommagés par la tempête.", "fr", "supported", "quantity"),
    ("In Valmorin, the appeal drew 27,000 donors.", "en", "supported", "quantity"),
])
def test_a_counted_noun_of_the_other_language(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, DISASTER), text, lang), want, rule)


def test_a_topic_shared_with_a_one_digit_figure_is_no_counted_noun(tmp_path_factory):
    # a concept is a topic: one figure of one digit does not make firefighters wildfires
    st = last_statement(checker_for(tmp_path_factory, DISASTER), "À Valmorin, huit sapeurs-pompiers ont été blessés.", "fr")
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    # a level reached said to move the wrong way: the level is one part (right), the way it moved another (wrong)
    ("In 2025 the output of Harlow kilns rose to 3.42 million bricks.", "en", "mixed", "direction"),
    ("En 2025, le nombre de ruches déclarées dans le Vexin a reculé, à 8 140 ruches.", "fr", "mixed", "direction"),
    # beside a change figure of the wrong sign, the way it moved is that figure's: no part confirmed on its own
    ("In 2025 the output of Harlow kilns rose 5.3% to 3.42 million bricks.", "en", "contradicted", "direction"),
])
def test_a_level_reached_the_other_way_is_a_part_of_its_own(tmp_path_factory, text, lang, want, rule):
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


DENIED_SINCE = """
version: 1
sources:
  - id: ferries-2025
    title: Orrin Strait ferry safety review
    published: 2025-11-04
    facts:
      - id: no-sinking
        statement: No ferry has sunk in the Orrin Strait since 1988.
        as_of: 2025
  - id: vignes-2024
    title: Bilan des vignobles de Maurac
    published: 2025-02-11
    facts:
      - id: pas-de-gel
        statement: Le vignoble de Maurac n'a pas connu de gel de printemps depuis 2009.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a denial confirmed but for its date is one assertion, wrong as written: contradicted, not mixed
    ("No ferry has sunk in the Orrin Strait since 1975.", "en", "contradicted", "date"),
    ("Le vignoble de Maurac n'a plus connu de gel de printemps depuis 1996.", "fr", "contradicted", "date"),
])
def test_a_denial_wrong_in_a_part_is_wrong(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, DENIED_SINCE), text, lang)
    assert_rule(st, want, rule)


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
    # the confirming fact gives for the gloss's period — the level right, the starting level wrong
    ("In 2025 Norvik posted net electricity exports of 41.2 TWh, against 27.5 TWh in 2023.", "en", "mixed", "period"),
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
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


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


RECORD_SCOPE = """
version: 1
entities:
  norland: {names: [Norland]}
  valmerie: {names: [Valmerie]}
sources:
  - id: cars
    title: Norland car sales 2024
    published: 2025-01-10
    facts:
      - id: december
        statement: Carmakers sold 41,200 cars in Norland in December 2024, a monthly record.
        quantity: {value: 41200, unit: cars}
        as_of: 2024-12
      - id: q4
        statement: Carmakers sold 118,900 cars in Norland in the fourth quarter of 2024, a quarterly record.
        quantity: {value: 118900, unit: cars}
        as_of: 2024-Q4
  - id: voitures
    title: Ventes de voitures en Valmerie en 2024
    published: 2025-01-10
    facts:
      - id: decembre
        statement: Les constructeurs ont vendu 38 400 voitures en Valmerie en décembre 2024, un record mensuel.
        quantity: {value: 38400, unit: voitures}
        as_of: 2024-12
      - id: t4
        statement: Les constructeurs ont vendu 109 700 voitures en Valmerie au quatrième trimestre 2024, un record trimestriel.
        quantity: {value: 109700, unit: voitures}
        as_of: 2024-Q4
"""


@pytest.mark.parametrize("text, lang", [
    ("December was the carmakers' best month ever in Norland, at about 41,200 cars.", "en"),
    ("Décembre a été le meilleur mois de l'histoire des constructeurs en Valmerie, avec environ 38 400 voitures.", "fr"),
])
def test_a_qualifier_beside_a_record_is_the_records_scope_not_the_measure(tmp_path_factory, text, lang):
    # "a monthly record", « un record trimestriel »: which figures the record ranks among, not a monthly measure
    assert_rule(last_statement(checker_for(tmp_path_factory, RECORD_SCOPE), text, lang), "supported", "quantity")


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
     "en", "mixed", "direction"),
    ("In its April update, the Crop Statistics Board raised its outlook for wheat and now expects the harvest to grow 6.8% in 2025.",
     "en", "supported", "quantity"),
    # the source's sentence says it (« a abaissé sa prévision »); « croissance » names the measure, no rise
    ("En juin, l'ICV a revu à la hausse sa prévision de croissance pour 2025 à 0,7 %.", "fr", "mixed", "direction"),
    ("En juin, l'ICV a abaissé sa prévision de croissance pour 2025 à 0,7 %.", "fr", "supported", "quantity"),
])
def test_the_way_a_forecast_was_revised(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REVISED_FORECASTS), text, lang), want, rule)


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
])
def test_a_half_year_is_not_a_whole_year(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, HALVES), text, lang), want, rule)



PAYERS = """
version: 1
entities:
  ministry:
    names: [Ministry of Transport, the ministry]
  operators:
    names: [ferry operators, operators]
  etat:
    names: [l'État, État]
  communes:
    names: [communes, les communes]
sources:
  - id: ferries
    title: Ferry upgrade programme
    published: 2025-03-02
    facts:
      - id: share
        statement: The Ministry of Transport will pay up to 60% of the cost of the engine upgrades of ferry operators.
        subject: ministry
        object: operators
        quantity: {value: 60, unit: percent, bound: at-most}
        as_of: 2025-03
  - id: ponts
    title: Plan de rénovation des ponts
    published: 2025-03-05
    facts:
      - id: part
        statement: L'État prendra en charge jusqu'à 40 % du coût de la rénovation des ponts des communes.
        subject: etat
        object: communes
        quantity: {value: 40, unit: percent, bound: at-most}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "cover (the cost)" is a verb of paying: who covers it is the payer, whatever the modal before it
    ("Under the programme, ferry operators must cover up to 60% of the cost of the engine upgrades.", "en", "contradicted", "roles"),
    ("Under the programme, the Ministry of Transport covers up to 60% of the cost of the engine upgrades.", "en", "supported", "roles"),
    ("Dans ce plan, les communes couvrent jusqu'à 40 % du coût de la rénovation des ponts.", "fr", "contradicted", "roles"),
    ("Dans ce plan, l'État couvre jusqu'à 40 % du coût de la rénovation des ponts.", "fr", "supported", "roles"),
])
def test_who_covers_the_cost_pays_it(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PAYERS), text, lang), want, rule)


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


DENIED_RECORDS = """
version: 1
sources:
  - id: exports
    title: Osterland trade bulletin 2024
    published: 2025-02-10
    facts:
      - id: fall-2024
        statement: Osterland's wheat exports fell 7.3% in 2024.
        quantity: {value: -7.3, unit: percent}
        as_of: 2024
      - id: not-a-record
        statement: The 2024 fall in wheat exports was not a record; the 2009 fall was larger.
  - id: ventes
    title: Bilan des ventes de vin de la Valmerie 2024
    published: 2025-02-12
    facts:
      - id: baisse-2024
        statement: Les ventes de vin de la Valmerie ont baissé de 4,1 % en 2024.
        quantity: {value: -4.1, unit: percent}
        as_of: 2024
      - id: pas-un-record
        statement: La baisse des ventes de vin de 2024 n'est pas un record ; celle de 2013 avait été plus forte.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record the source denies ("was not a record"): the figure confirmed, the record refuted
    ("Osterland's wheat exports fell 7.3% in 2024, a record fall.", "en", "mixed", "ranking"),
    ("Les ventes de vin de la Valmerie ont baissé de 4,1 % en 2024, une baisse record.", "fr", "mixed", "ranking"),
])
def test_a_record_the_source_denies_is_refuted(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, DENIED_RECORDS), text, lang), want, rule)


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


DIFFERENCES = """
version: 1
sources:
  - id: rangers
    title: Park ranger census 2025
    published: 2025-06-01
    facts:
      - id: rangers-2025
        statement: The national parks of Osterland employed 8,800 rangers on 31 March 2025.
        quantity: {value: 8800, unit: rangers, bound: exact}
        as_of: 2025-03-31
      - id: rangers-2024
        statement: The national parks of Osterland employed 10,000 rangers on 31 March 2024.
        quantity: {value: 10000, unit: rangers, bound: exact}
        as_of: 2024-03-31
  - id: gardes
    title: Recensement des gardes forestiers 2025
    published: 2025-06-01
    facts:
      - id: gardes-2025
        statement: Les forêts domaniales de la Valmerie comptaient 4 300 gardes forestiers en 2025.
        quantity: {value: 4300, unit: gardes, bound: exact}
        as_of: 2025
      - id: gardes-2024
        statement: Les forêts domaniales de la Valmerie comptaient 3 900 gardes forestiers en 2024.
        quantity: {value: 3900, unit: gardes, bound: exact}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a difference computed from the two levels: 8,800 - 10,000 = -1,200; 4 300 - 3 900 = +400
    ("Osterland's national parks employed 8,800 rangers in March 2025. That is 1,200 fewer than a year earlier.", "en", "supported"),
    ("Osterland's national parks employed 8,800 rangers in March 2025. That is 2,000 fewer than a year earlier.", "en", "contradicted"),
    ("Les forêts domaniales de la Valmerie comptaient 4 300 gardes forestiers en 2025, soit 400 de plus qu'un an plus tôt.", "fr", "supported"),
    ("Les forêts domaniales de la Valmerie comptaient 4 300 gardes forestiers en 2025, soit 400 de moins qu'un an plus tôt.", "fr", "mixed"),
])
def test_a_difference_is_computed_from_two_levels(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, DIFFERENCES), text, lang), want, "derived-difference")


BARE_DIFFERENCES = """
version: 1
sources:
  - id: culture
    title: Budget de la mission Culture 2025
    published: 2025-01-10
    facts:
      - id: culture-2025
        statement: La mission Culture est dotée de 4,2 milliards d'euros en 2025.
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2025
      - id: culture-hausse
        statement: La mission Culture reçoit en 2025 0,3 milliard d'euros de plus que dans la loi de finances initiale pour 2024.
        quantity: {value: 0.3e9, unit: EUR}
        as_of: 2025
  - id: libraries
    title: Osterland library budget 2025
    published: 2025-01-10
    facts:
      - id: libraries-2025
        statement: Osterland's public libraries received 870 million pounds in 2025.
        quantity: {value: 870e6, unit: GBP}
        as_of: 2025
      - id: libraries-rise
        statement: Osterland's public libraries received 40 million pounds more in 2025 than the budget passed for 2024 had given them.
        quantity: {value: 40e6, unit: GBP}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bare difference counts in the level's unit, and the year after it is its base's, not its own
    ("La mission Culture est dotée de 4,2 milliards d'euros, soit 0,3 milliard de plus que dans la loi de finances initiale pour 2024.", "fr", "supported"),
    ("La mission Culture est dotée de 4,2 milliards d'euros, soit 0,8 milliard de plus que dans la loi de finances initiale pour 2024.", "fr", "mixed"),
    ("Osterland's public libraries received £870 million, 40 million more than in the budget first passed for 2024.", "en", "supported"),
    ("Osterland's public libraries received £870 million, 90 million more than in the budget first passed for 2024.", "en", "mixed"),
])
def test_a_bare_difference_counts_in_the_level_beside_it(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, BARE_DIFFERENCES), text, lang), want, "quantity")


GROUP_DIFFERENCES = """
version: 1
entities:
  brenmoor: {names: [Brenmoor]}
  valcourt: {names: [Valcourt]}
sources:
  - id: care
    title: Home care costs 2025
    published: 2025-05-01
    facts:
      - id: brenmoor-hour
        statement: Brenmoor pays home carers 24.10 pounds per hour of care in 2025.
        subject: brenmoor
        quantity: {value: 24.10, unit: GBP}
        as_of: 2025
      - id: national-hour
        statement: The national average paid to home carers is 26.30 pounds per hour of care in 2025.
        quantity: {value: 26.30, unit: GBP}
        as_of: 2025
      - id: valcourt-repas
        statement: Valcourt facture le repas de cantine 3,90 euros aux familles en 2025.
        subject: valcourt
        quantity: {value: 3.90, unit: EUR}
        as_of: 2025
      - id: moyenne-repas
        statement: La moyenne départementale du repas de cantine facturé aux familles est de 3,40 euros en 2025.
        quantity: {value: 3.40, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a difference with another group's level of the same date: 24.10 - 26.30 = -2.20; 3,90 - 3,40 = +0,50
    ("Brenmoor pays home carers £24.10 an hour of care, £2.20 below the national average.", "en", "supported"),
    ("Brenmoor pays home carers £24.10 an hour of care, £1.20 below the national average.", "en", "mixed"),
    ("Valcourt facture le repas de cantine 3,90 euros aux familles, 50 centimes de plus que la moyenne départementale.", "fr", "supported"),
    ("Valcourt facture le repas de cantine 3,90 euros aux familles, 90 centimes de plus que la moyenne départementale.", "fr", "mixed"),
])
def test_a_difference_with_another_groups_level(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, GROUP_DIFFERENCES), text, lang), want, "derived-difference")


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
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    ("The Norvale Reserve Bank lowered its deposit rate to 3.25% in March.", "en", "mixed"),
    ("La Banque d'Ardanie a baissé son taux directeur à 2,25 % en mars.", "fr", "mixed"),
])
def test_the_way_a_level_was_reached_against_the_fact_that_says_it(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, LEVEL_WAYS), text, lang), want, "direction")


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


DATED_CREDITS = """
version: 1
entities:
  statbureau: {names: [Norvale Statistics Office]}
  harbour: {names: [Harbour Building Society]}
sources:
  - id: norvale-rents
    title: Private rents, Norvale
    publisher: statbureau
    published: 2025-06-03
    facts:
      - id: rents-may
        statement: Average private rents in Norvale rose by 5.2% in the 12 months to May 2025.
        quantity: {value: 5.2, unit: percent}
        as_of: 2025-05
"""


@pytest.mark.parametrize("text, lang, want", [
    # "according to X, published on <date>": the dated apposition does not hide who is credited
    ("Average private rents in Norvale rose by 5.2% in the year to May, according to figures from Harbour Building Society, published on 3 June.", "en", "mixed"),
    ("Les loyers privés moyens de Norvale ont augmenté de 5,2 % sur un an en mai, selon les chiffres de Harbour Building Society, publiés le 3 juin.", "fr", "mixed"),
])
def test_a_credit_with_a_dated_apposition(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, DATED_CREDITS), text, lang), want, "attribution")
