"""Rule tests (split from test_fact_slots.py): records, rankings, denials and negation."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, assert_rule, assert_verdict, checker_for, last_statement


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


TAKEOVER = """
version: 1
entities:
  halvard: {names: [Halvard]}
  tormen: {names: [Tormen Minerals, Tormen]}
sources:
  - id: takeover
    title: Halvard completes Tormen deal
    published: 2025-04-08
    facts:
      - id: completion
        statement: Halvard completed its takeover of Tormen Minerals on 7 April 2025; Tormen's owners receive 3.40 pounds per share.
        as_of: 2025-04-07
"""


@pytest.mark.parametrize("text, lang, want", [
    # what a denial shares with a fact only as a concept that frames a figure ("part" / "per share") is not what it
    # denies: the fact records another event
    ("The Skarn copper mine of Tormen Minerals, taken over by Halvard, is not part of the new division.", "en",
     "unverified"),
])
def test_a_denial_sharing_only_a_frame_concept_is_unchecked(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TAKEOVER), text, lang)
    assert_verdict(st, want)


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
    assert_verdict(st, want)


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
    # the fact ranks the same thing in another of its ranks, or by the same quality
    ("La Bretagne et la Normandie affichent à l'inverse les loyers les plus bas.", "fr", "supported"),
    ("Rennes-Nord climbed from ninth to fourth place in the ranking.", "en", "supported"),
])
def test_words_in_common_confirm_a_rank_of_the_same_thing(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: loyers
    title: Observatoire des loyers 2024
    published: 2025-03-02
    facts:
      - id: regions
        statement: Les loyers sont les plus élevés en Île-de-France et en Provence, et les plus faibles en Bretagne et en Normandie.
      - id: gares
        statement: Rennes-Nord rose from ninth to fourth place among the busiest stations of the network in 2024.
      - id: port
        statement: The port of Brevik handled 2.1 million containers in August 2024, its highest monthly total ever.
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


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
    assert_verdict(st, want)


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
    assert_outcome(st, want, rule)

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
    assert_verdict(st, "unverified")


def test_a_fact_saying_something_stopped_records_the_event(tmp_path_factory):
    st = last_statement(checker_for(tmp_path_factory, STOPPED_SURVEY),
                        "The statistics office has dropped the harbour passenger survey in favour of ticket data.", "en")
    assert_rule(st, "supported", "terms")


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
    # a fall said as a loss, a cut or a thing given up ("lost", "shed", « perdu », « cédé », « amputé »); a wrong
    # size of the same fall is still wrong
    ("Paid admissions to the Harbour Museum lost 9% in 2025.", "en", "supported", "quantity"),
    ("Paid admissions to the Harbour Museum shed 9% in 2025.", "en", "supported", "quantity"),
    ("Paid admissions to the Harbour Museum shed 14% in 2025.", "en", "contradicted", "quantity"),
    ("Les entrées payantes du musée du Port ont perdu 9 % en 2025.", "fr", "supported", "quantity"),
    ("Les entrées payantes du musée du Port ont cédé 9 % en 2025.", "fr", "supported", "quantity"),
    ("Les entrées payantes du musée du Port ont été amputées de 9 % en 2025.", "fr", "supported", "quantity"),
    ("Les entrées payantes du musée du Port ont cédé 14 % en 2025.", "fr", "contradicted", "quantity"),
    # a share knocked off a figure ("knocked 9% off", « a rogné de 9 % ») is a fall of it
    ("The strike knocked 9% off paid admissions to the Harbour Museum in 2025.", "en", "supported", "quantity"),
    ("The strike knocked 14% off paid admissions to the Harbour Museum in 2025.", "en", "contradicted", "quantity"),
    ("Le mauvais temps a rogné de 9 % les entrées payantes du musée du Port en 2025.", "fr", "supported", "quantity"),
    # a change named unfavourable (« défavorable ») is a shortfall too
    ("Paid admissions to the Harbour Museum suffered an unfavourable change of 9% in 2025.", "en", "supported",
     "quantity"),
    ("Les entrées payantes du musée du Port ont connu une évolution défavorable de 9 % en 2025.", "fr", "supported",
     "quantity"),
    ("Les entrées payantes du musée du Port ont connu une évolution défavorable de 14 % en 2025.", "fr",
     "contradicted", "quantity"),
])
def test_a_fall_said_otherwise_meets_a_negative_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FALLS), text, lang)
    assert_rule(st, want, rule)


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


FRAMED_DENIALS = """
version: 1
entities:
  orlenpay: {names: [Orlen Pay]}
sources:
  - id: orlenpay-q2-2022
    title: Orlen Pay second-quarter 2022 results
    published: 2022-07-28
    facts:
      - id: operating-profit-q2-2022
        statement: Orlen Pay reported an operating profit of €12 million in the second quarter of 2022.
        subject: orlenpay
        quantity: {value: 12e6, unit: EUR}
        as_of: 2022-Q2
      - id: benefice-t2-2022
        statement: Orlen Pay a annoncé un bénéfice d'exploitation de 12 millions d'euros au deuxième trimestre 2022.
        subject: orlenpay
        quantity: {value: 12e6, unit: EUR}
        as_of: 2022-Q2
"""


@pytest.mark.parametrize("text, lang, want", [
    # a negated speech frame ("had never reported") denies what it frames, within the frame's time: the profit
    # of 2022 refutes "before 2023 … never", not "before 2022 … never"
    ("Before 2023, Orlen Pay had never made an operating profit in a single quarter.", "en", "contradicted"),
    ("Before 2022, Orlen Pay had never made an operating profit in a single quarter.", "en", "unverified"),
    ("Avant 2023, Orlen Pay n'avait jamais annoncé de bénéfice d'exploitation.", "fr", "contradicted"),
])
def test_a_negated_frame_denies_what_it_frames(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FRAMED_DENIALS), text, lang)
    assert_verdict(st, want)



HISTORY = """
version: 1
entities:
  coop: {names: [Vellmar Cooperative, coopérative de Vellmar]}
sources:
  - id: coop-2025
    title: Vellmar Cooperative annual report 2025
    published: 2026-02-10
    facts:
      - id: members
        statement: The Vellmar Cooperative gained 4,200 members in 2025, its largest gain since the 1970s.
        subject: coop
        quantity: {value: 4200, unit: members}
        as_of: 2025
      - id: adherents
        statement: La coopérative de Vellmar a gagné 4 200 adhérents en 2025, sa plus forte hausse depuis les années 1970.
        subject: coop
        quantity: {value: 4200, unit: adhérents}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record "in <whose> history" is of all time: a source's record of recent times does not confirm it
    ("The Vellmar Cooperative gained 4,200 members in 2025, the biggest jump in the group's history.", "en", "ranking"),
    ("La coopérative de Vellmar a gagné 4 200 adhérents en 2025, la plus forte hausse de son histoire.", "fr", "ranking"),
])
def test_a_record_in_whose_history_is_of_all_time(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HISTORY), text, lang)
    assert st.verdict in ("contradicted", "mixed") and any(
        want in c.rules and c.verdict in ("contradicted", "mixed") for c in st.claims), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


RESTRICTED = """
version: 1
sources:
  - id: survey
    title: Harnow labour survey 2025
    published: 2026-02-02
    facts:
      - id: scope
        statement: The Harnow labour survey covers private-sector employees, farm workers and local government staff.
        as_of: 2025
      - id: champ
        statement: L'enquête sur le travail de Harnow couvre les salariés du privé, les salariés agricoles et les agents territoriaux.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # words in common confirm no restriction: what a survey leaves out, a fact listing what it covers does not say
    ("The Harnow labour survey only covers private-sector employees.", "en"),
    ("L'enquête sur le travail de Harnow ne couvre que les salariés du privé.", "fr"),
])
def test_a_restriction_is_not_confirmed_by_words_in_common(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, RESTRICTED), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


TOLLS = """
version: 1
sources:
  - id: tolls
    title: Valmer bridge tolls
    published: 2026-03-02
    facts:
      - id: ferries
        statement: None of the region's ferry lines met the punctuality target in 2025.
        as_of: 2025
      - id: ferries-fr
        statement: Le nombre de passagers des ferries de la région n'avait plus été aussi élevé depuis 2011.
        as_of: 2025
      - id: toll-2026
        statement: Le péage du pont de Valmer a été relevé de 5 % au 1er mars 2026.
        quantity: {value: 5, unit: percent}
        as_of: 2026-03-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a source that denies too (« none », « ne … plus ») confirms a denial
    ("None of the region's ferry lines reached the punctuality target in 2025.", "en", "supported", "negation"),
    ("Le nombre de passagers des ferries de la région n'avait plus été aussi élevé depuis 2011.", "fr", "supported", "negation"),
    # a denial on a day is not refuted by an event of another year
    ("Le péage du pont de Valmer n'avait pas bougé au 1er mars 2025.", "fr", "unverified", ""),
])
def test_a_denial_against_a_denying_or_another_year_s_fact(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, TOLLS), text, lang)
    if rule:
        assert_rule(st, want, rule)
    else:
        assert_verdict(st, want)


FIRST_SINCE = """
version: 1
entities:
  valdoria: {names: [Valdoria]}
sources:
  - id: customs
    title: Valdoria trade in 2025
    publisher: valdoria
    published: 2026-02
    facts:
      - id: balance
        statement: Valdoria's trade balance was negative in 2025, for the first time since 1990.
        quantity: {value: -1.2e9, unit: EUR}
        as_of: 2025
      - id: solde
        statement: Le solde commercial de Valdoria est négatif en 2025, pour la première fois depuis 1990.
        quantity: {value: -1.2e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record of all time without a figure against a fact that is only "the first since" a year: a false record
    ("A negative trade balance for Valdoria is the first ever recorded.", "en", "contradicted", "ranking"),
    ("Un solde commercial négatif de Valdoria relève du jamais-vu dans son histoire.", "fr", "contradicted", "ranking"),
])
def test_all_time_record_against_a_first_since(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FIRST_SINCE), text, lang)
    assert_rule(st, want, rule)


NOT_A_RECORD = """
version: 1
entities:
  institute: {names: [Statistics Institute, Institut de la statistique]}
sources:
  - id: institute
    title: Rents in 2024
    publisher: institute
    published: 2025-02
    facts:
      - id: rents
        statement: Rents in Valdoria rose by 6 percent in 2024.
        quantity: {value: 6, unit: percent}
        as_of: 2024
      - id: not-a-record
        statement: The rise of 2024 is not a record, the Statistics Institute says; the rise of 2021 had been larger.
        subject: institute
      - id: pas-un-record
        statement: La hausse de 2024 n'est pas un record, selon l'Institut de la statistique ; celle de 2021 avait été plus forte.
        subject: institute
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record of all time without a figure, against a fact of the list that denies it, however far retrieval put it
    ("It is the largest annual rise ever measured.", "en", "contradicted", "ranking"),
    ("Il s'agit de la plus forte hausse annuelle jamais mesurée.", "fr", "contradicted", "ranking"),
    # « jamais atteint(e) », « jamais relevé(e) » after a superlative: of all time too
    ("Il s'agit de la plus forte hausse annuelle jamais atteinte.", "fr", "contradicted", "ranking"),
    ("C'est la plus forte hausse annuelle jamais relevée.", "fr", "contradicted", "ranking"),
])
def test_all_time_record_against_a_denied_record(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NOT_A_RECORD), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # an ordinal of another clause ("in the third quarter, its best …") is no rank of the superlative
    ("Orvalis sold 41,000 bikes in the third quarter, its best quarter on record.", "en", "supported"),
    ("Orvalis a vendu 41 000 vélos au troisième trimestre, son meilleur trimestre jamais enregistré.", "fr",
     "supported"),
    # an ordinal of the superlative itself still is
    ("Orvalis sold 41,000 bikes in the third quarter, its third-best quarter on record.", "en", "mixed"),
])
def test_an_ordinal_of_another_clause_is_no_rank(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: orvalis
    title: Orvalis third-quarter 2024 sales
    published: 2024-10-15
    facts:
      - id: q3-sales
        statement: Orvalis sold 41,000 bikes in the third quarter of 2024, its best quarter ever.
        quantity: {value: 41000, unit: bikes}
        as_of: 2024-Q3
      - id: q3-ventes
        statement: Orvalis a vendu 41 000 vélos au troisième trimestre 2024, son meilleur trimestre jamais enregistré.
        quantity: {value: 41000, unit: vélos}
        as_of: 2024-Q3
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


MEASURE_RECORDS = """
version: 1
entities:
  tarlow: {names: [Tarlow]}
sources:
  - id: tarlow-q3
    title: Tarlow third-quarter results
    published: 2025-10-30
    facts:
      - id: services-record
        statement: Tarlow's services revenue reached an all-time high of 8.4 billion dollars in the September 2025 quarter.
        subject: tarlow
        quantity: {value: 8.4e9, unit: USD}
        as_of: 2025-Q3
      - id: services-fr
        statement: Le chiffre d'affaires des services de Tarlow a atteint un record absolu de 8,4 milliards de dollars au troisième trimestre 2025.
        subject: tarlow
        quantity: {value: 8.4e9, unit: USD}
        as_of: 2025-Q3
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record of another measure (services revenue) is not the record the claim states (scanner revenue)
    ("That was the highest quarterly scanner revenue Tarlow has ever booked.", "en", "unverified"),
    ("Tarlow's services revenue reached an all-time high in the September quarter.", "en", "supported"),
    ("Tarlow's scanner revenue reached an all-time high in the September quarter.", "en", "unverified"),
    ("C'est le plus haut chiffre d'affaires trimestriel des scanners jamais enregistré par Tarlow.", "fr", "unverified"),
    ("Le chiffre d'affaires des scanners de Tarlow a atteint un record absolu au troisième trimestre.", "fr", "unverified"),
    ("Le chiffre d'affaires des services de Tarlow a atteint un record absolu au troisième trimestre.", "fr", "supported"),
])
def test_a_record_of_another_measure_confirms_nothing(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, MEASURE_RECORDS), text, lang)
    assert_verdict(st, want)


SEASON_RECORDS = """
version: 1
entities:
  kelvo: {names: [Kelvo]}
sources:
  - id: kelvo-q2
    title: Kelvo second-quarter results
    published: 2025-07-30
    facts:
      - id: tablets
        statement: Kelvo's tablet sales were 3.1 billion dollars in the quarter ended June 2025, a record for a June quarter.
        subject: kelvo
        quantity: {value: 3.1e9, unit: USD}
        as_of: 2025-Q2
      - id: tablettes
        statement: Les ventes de tablettes de Kelvo ont atteint 2,9 milliards d'euros au deuxième trimestre 2025, un record pour un deuxième trimestre.
        subject: kelvo
        quantity: {value: 2.9e9, unit: EUR}
        as_of: 2025-Q2
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record among the periods of one kind ("a record for a June quarter") is no record of all time
    ("Kelvo's tablet sales were 3.1 billion dollars in the June quarter. That was the highest quarterly tablet "
     "revenue Kelvo has ever booked.", "en", "contradicted"),
    ("Kelvo's tablet sales were 3.1 billion dollars in the June quarter, a record for a June quarter.", "en", "supported"),
    ("Les ventes de tablettes de Kelvo ont atteint 2,9 milliards d'euros au deuxième trimestre. C'est le plus haut "
     "niveau de ventes de tablettes jamais enregistré par Kelvo.", "fr", "contradicted"),
])
def test_a_record_for_one_kind_of_period_is_no_record_of_all_time(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SEASON_RECORDS), text, lang)
    assert_verdict(st, want)



LISTED_FIGURES = """
version: 1
entities:
  velmor: {names: [Velmor Water]}
  ostby: {names: [Ostby Water]}
  carran: {names: [Carran Water]}
sources:
  - id: regulator-fines
    title: Proposed penalties 2024
    published: 2024-08-06
    facts:
      - id: by-company
        statement: The proposed penalties are £96m for Velmor Water, £41m for Ostby Water and £13m for Carran Water.
        quantity: {value: 96e6, unit: GBP}
        as_of: 2024-08
      - id: par-entreprise
        statement: Les pénalités proposées s'élèvent à 96 millions d'euros pour Velmor Water, 41 millions pour Ostby Water et 13 millions pour Carran Water.
        quantity: {value: 96e6, unit: EUR}
        as_of: 2024-08
      - id: bills
        statement: Bills will rise by 21% at Velmor Water, 35% at Ostby Water and 9% at Carran Water over five years.
        quantity: {value: 9, unit: percent}
        as_of: 2024-08
      - id: factures
        statement: Les factures augmenteront de 21 % chez Velmor Water, de 35 % chez Ostby Water et de 9 % chez Carran Water en cinq ans.
        quantity: {value: 9, unit: percent}
        as_of: 2024-08
"""


@pytest.mark.parametrize("text, lang, want", [
    # a first place the confirming fact's own figures give: beyond every other figure its sentence lists
    ("Velmor Water faced the largest share, £96m, with Ostby Water at £41m and Carran Water at £13m.", "en", "supported"),
    ("Velmor Water écope de la plus grosse pénalité, 96 millions d'euros.", "fr", "supported"),
    ("Carran Water customers face the smallest rise, 9%.", "en", "supported"),
    ("Les clients de Carran Water subissent la hausse la plus faible, 9 %.", "fr", "supported"),
    # the other end of the ranking, or a record of all time, is not what the listed figures give: left unchecked
    ("Carran Water customers face the largest rise, 9%.", "en", "unverified"),
    ("Velmor Water écope de la plus petite pénalité, 96 millions d'euros.", "fr", "unverified"),
    ("Velmor Water faced the largest penalty ever imposed, £96m.", "en", "unverified"),
    ("Velmor Water écope de la plus grosse pénalité jamais infligée, 96 millions d'euros.", "fr", "unverified"),
])
def test_a_first_place_the_facts_own_figures_give(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LISTED_FIGURES), text, lang), want)


NET_IMPORTS = """
version: 1
entities:
  norland: {names: [Norland, la Norlande, Norlande]}
sources:
  - id: grid
    title: Norland gas balance 2024
    published: 2025-02-10
    facts:
      - id: import-2021
        statement: In 2021 Norland was a net importer of gas, for the first time since 1985.
        subject: norland
        quantity: {value: 3.2, unit: TWh}
        as_of: 2021
      - id: import-2021-fr
        statement: En 2021, la Norlande a été importatrice nette de gaz, pour la première fois depuis 1985.
        subject: norland
        quantity: {value: 3.2, unit: TWh}
        as_of: 2021
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fronted denial, its "since" right after it: what it denies is the rest of the clause, which the list dates
    ("Never since 1985 has Norland ended a year as a net importer of gas.", "en", "contradicted"),
    ("Jamais depuis 1985 la Norlande n'a terminé une année en position d'importatrice nette de gaz.", "fr",
     "contradicted"),
    # the event before the span the denial covers: no refutation; a denial of something the list does not record
    ("Never since 2022 has Norland ended a year as a net importer of gas.", "en", "unverified"),
    ("Jamais depuis 2022 la Norlande n'a terminé une année en position d'importatrice nette de gaz.", "fr",
     "unverified"),
    ("Never since 1985 has Norland closed a coal mine.", "en", "unverified"),
    ("Jamais depuis 1985 la Norlande n'a fermé une mine de charbon.", "fr", "unverified"),
])
def test_a_fronted_denial_denies_the_rest_of_its_clause(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NET_IMPORTS), text, lang), want)


STORMS = """
version: 1
sources:
  - id: met
    title: Norland storm report
    published: 2025-03-01
    facts:
      - id: arlen
        statement: Storm Arlen was the deadliest storm in Norland since Storm Bede in 1987, which killed more people.
        as_of: 2025-03
"""
STORMS_FR = STORMS.replace("Storm Arlen was the deadliest storm in Norland since Storm Bede in 1987, which killed more people.",
                           "La tempête Arlen a été la plus meurtrière en Norlande depuis la tempête Bede en 1987, qui avait "
                           "fait davantage de morts.")


@pytest.mark.parametrize("text, lang, want", [
    # "deadliest" ranks: a record of all time against the source's record since 1987
    ("Storm Arlen was the deadliest storm ever recorded in Norland.", "en", "contradicted"),
    ("La tempête Arlen a été la plus meurtrière jamais enregistrée en Norlande.", "fr", "contradicted"),
    # the record as the source bounds it; a record the list does not speak of
    ("Storm Arlen was the deadliest storm in Norland since 1987.", "en", "supported"),
    ("The Kelby ferry carried the largest crowd ever recorded on the river.", "en", "unverified"),
])
def test_a_record_of_all_time_named_by_its_superlative(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STORMS if lang == "en" else STORMS_FR), text, lang), want)


RIVER_HIGH = """
version: 1
sources:
  - id: gauge
    title: Kelby river gauge 2024
    published: 2024-09-01
    facts:
      - id: high
        statement: On 3 August 2024 the Kelby river reached a new high of 6.2 metres, beating the record of May 2023.
        quantity: {value: 6.2, unit: m}
        as_of: 2024-08-03
"""
RIVER_HIGH_FR = RIVER_HIGH.replace("On 3 August 2024 the Kelby river reached a new high of 6.2 metres, beating the "
                                   "record of May 2023.", "Le 3 août 2024, la rivière Kelby a atteint un nouveau maximum "
                                   "de 6,2 mètres, battant le record de mai 2023.")


@pytest.mark.parametrize("text, lang, want", [
    # a denial that something was beaten, against a fact that records the beating in the time denied (the date of
    # what was beaten is not the denial's time)
    ("The river high set in May 2023 was never surpassed during 2024.", "en", "contradicted"),
    ("Le maximum de la rivière Kelby fixé en mai 2023 n'a jamais été dépassé en 2024.", "fr", "contradicted"),
    # the beating as the source gives it; a denial of another thing beaten
    ("The Kelby river reached a new high of 6.2 metres on 3 August 2024.", "en", "supported"),
    ("The bridge toll set in May 2023 was never surpassed during 2024.", "en", "unverified"),
    ("Le péage du pont fixé en mai 2023 n'a jamais été dépassé en 2024.", "fr", "unverified"),
])
def test_a_denied_beating_against_a_recorded_one(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RIVER_HIGH if lang == "en" else RIVER_HIGH_FR),
                                  text, lang), want)



COPULA_RANK = """
version: 1
entities:
  valdoria: {names: [Valdoria]}
  norland: {names: [Norland]}
  kesmark: {names: [Kesmark]}
  tarsland: {names: [Tarsland]}
sources:
  - id: asylum
    title: Demandes d'asile 2025
    published: 2026-02-10
    facts:
      - id: valdoria
        statement: Valdoria est désormais le deuxième pays d'origine des demandeurs, avec 4 210 premières demandes.
        quantity: {value: 4210, unit: demandes}
        as_of: 2025
      - id: norland
        statement: Norland is now the third country of origin of applicants, with 3,150 first applications.
        quantity: {value: 3150, unit: applications}
        as_of: 2025
      - id: kesmark
        statement: Kesmark n'est plus le deuxième pays d'origine des demandeurs, avec 2 040 premières demandes.
        quantity: {value: 2040, unit: demandes}
        as_of: 2025
      - id: tarsland
        statement: Tarsland is not the second country of origin of applicants, with 1,870 first applications.
        quantity: {value: 1870, unit: applications}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a rank in words that the confirming fact gives by a linking verb and the same ordinal before a noun
    ("Valdoria arrive en deuxième position, avec 4 210 premières demandes.", "fr", "supported"),
    ("Norland came in third place, with 3,150 first applications.", "en", "supported"),
    # another rank, or the rank of another party: never supported
    ("Valdoria arrive en troisième position, avec 4 210 premières demandes.", "fr", "!supported"),
    ("Norland came in second place, with 3,150 first applications.", "en", "!supported"),
    ("Kesmark arrive en deuxième position, avec 4 210 premières demandes.", "fr", "!supported"),
    # a rank the fact denies
    ("Kesmark arrive en deuxième position, avec 2 040 premières demandes.", "fr", "!supported"),
    ("Tarsland came in second place, with 1,870 first applications.", "en", "!supported"),
])
def test_a_rank_given_by_a_linking_verb_and_an_ordinal(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COPULA_RANK), text, lang)
    if want == "supported":
        assert_verdict(st, "supported")
    else:
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]



YEAR_RANKS = """
version: 1
entities:
  veltra: {names: [Veltra]}
sources:
  - id: veltra-results
    title: Veltra annual results
    publisher: veltra
    published: 2025-01-30
    facts:
      - id: sales-rank
        statement: Veltra's 2024 revenue was the second-highest on record; its highest annual revenue was 302 billion euros in 2022.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # "best … ever recorded" is a record a source can check; the fact's clause that ranks it is the one of the
    # claim's year ("last year": 2024), not the one that gives the record to another year (years: any language)
    ("Veltra reported that its revenue for 2024 rose 16 percent to about 300 billion euros. That made last year the "
     "strongest year for sales the company has ever recorded.", "en", "contradicted"),
    ("Veltra reported that its revenue for 2024 rose 16 percent to about 300 billion euros. That made last year the "
     "best year for sales the company has ever recorded.", "en", "contradicted"),
    ("Veltra reported that its revenue for 2022 rose 16 percent to about 302 billion euros. That made the year the "
     "strongest year for sales the company has ever recorded.", "en", "supported"),
])
def test_an_all_time_record_against_the_rank_the_fact_gives_its_year(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEAR_RANKS), text, lang), want)


YEAR_RECORDS = """
version: 1
entities:
  veltra: {names: [Veltra]}
sources:
  - id: veltra-cars
    title: Veltra annual results
    publisher: veltra
    published: 2024-01-30
    facts:
      - id: cars-record
        statement: Veltra's highest annual number of cars sold was 45,000, recorded in 2021; the 2023 number is below that record.
        as_of: 2023
"""


@pytest.mark.parametrize("text, want", [
    # a record the fact gives to another year than the figure the claim points back to (years: any language)
    ("Veltra sold 41,000 cars in 2023. That was the best annual number of cars Veltra has ever recorded.", "contradicted"),
    ("Veltra sold 45,000 cars in 2021. That was the best annual number of cars Veltra has ever recorded.", "supported"),
])
def test_an_all_time_record_the_fact_gives_to_another_year(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEAR_RECORDS), text, "en"), want)


@pytest.mark.parametrize("text, lang", [
    ("It is the best restaurant in Veltra.", "en"),
    ("C'est le meilleur restaurant de Veltra.", "fr"),
])
def test_a_best_without_a_record_stays_an_opinion(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YEAR_RANKS), text, lang), "not-checkable")


@pytest.mark.parametrize("text, lang", [
    # a figure a verb of beating takes directly is a threshold crossed, not a record beaten: the record stands
    ("La demande de logement social a dépassé 1,9 million de ménages en 2024, un record.", "fr"),
    ("Installed wind capacity in Dorsan topped 41 GW in 2024, a record.", "en"),
])
def test_a_threshold_crossed_is_no_record_beaten(tmp_path_factory, text, lang):
    listing = """
version: 1
sources:
  - id: reports
    title: Rapports annuels 2024
    published: 2025-02-03
    facts:
      - id: waiting-list
        statement: La demande de logement social a dépassé 1,9 million de ménages en 2024, un record.
        quantity: {value: 1.9e6, unit: ménages, bound: at-least}
        as_of: 2024
      - id: capacity
        statement: Installed wind capacity in Dorsan topped 41 GW in 2024, a record.
        quantity: {value: 41, unit: GW, bound: at-least}
        as_of: 2024
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), "supported")



NEVER_DONE = """
version: 1
sources:
  - id: lines-en
    title: Castelford rail safety report
    published: 2025-03-02
    facts:
      - id: injured-en
        statement: In 2024, 512 people were injured on the Castelford lines, the highest number {en}.
        quantity: {{value: 512, unit: people}}
        as_of: 2024
  - id: lines-fr
    title: Rapport sur la sécurité des lignes de Castelford
    published: 2025-03-02
    facts:
      - id: injured-fr
        statement: En 2024, 512 personnes ont été blessées sur les lignes de Castelford, le chiffre le plus élevé {fr}.
        quantity: {{value: 512, unit: personnes}}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, scope, want", [
    # what was never done is a record of all time: against a source's record of recent times, a false record
    ("In 2024, 512 people were injured on the Castelford lines, a level never reached before.", "en", "bounded", "mixed"),
    ("En 2024, 512 personnes ont été blessées sur les lignes de Castelford, un niveau jamais atteint.", "fr",
     "bounded", "mixed"),
    # (control: the source's record of all time confirms it, and the English record is no denial)
    ("In 2024, 512 people were injured on the Castelford lines, a level never reached before.", "en", "all-time",
     "supported"),
    ("En 2024, 512 personnes ont été blessées sur les lignes de Castelford, un niveau jamais atteint.", "fr",
     "all-time", "supported"),
])
def test_a_record_written_as_never_done_is_of_all_time(tmp_path_factory, text, lang, scope, want):
    words = {"bounded": {"en": "since 2013", "fr": "depuis 2013"},
             "all-time": {"en": "ever recorded", "fr": "jamais enregistré"}}[scope]
    st = last_statement(checker_for(tmp_path_factory, NEVER_DONE.format(**words)), text, lang)
    assert_rule(st, want, "ranking" if want == "mixed" else "quantity")


@pytest.mark.parametrize("text, scope", [
    ("un niveau jamais atteint", "all-time"),
    ("a level never reached before", "all-time"),
    # a denial, with the particle or an auxiliary, or a finite English verb, ranks nothing
    ("le réseau n'a jamais atteint ce niveau", None),
    ("the network has never reached that level before", None),
    ("the network never reached profitability", None),
    ("the network never reached 600 injured before 2024", None),
    # a word of all time bounded right after it, « jamais atteint depuis 2013 », "ever recorded since 1990": bounded
    ("le trafic le plus élevé jamais atteint depuis 2013", "bounded"),
    ("the highest traffic ever recorded since 1990", "bounded"),
])
def test_never_done_is_read_by_its_clause(text, scope):
    from factcheck.checks.recordscope import record_scope
    assert record_scope(text) == scope


RECORD_YEAR_BELOW = {
    "en": """
version: 1
entities:
  veltra: {names: [Veltra]}
sources:
  - id: veltra-results
    title: Veltra annual results
    publisher: veltra
    published: 2025-02-10
    facts:
      - id: income-2024
        statement: Veltra's operating income for 2024 was 4.6 billion euros, down 12 percent from the year before.
        subject: veltra
        quantity: {value: 4.6e9, unit: EUR}
        as_of: 2024
      - id: income-2023
        statement: Veltra's operating income for 2023 was 5.2 billion euros, its highest ever.
        subject: veltra
        quantity: {value: 5.2e9, unit: EUR}
        as_of: 2023
""",
    "fr": """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: corvane-resultats
    title: Résultats annuels de Corvane
    publisher: corvane
    published: 2025-02-10
    facts:
      - id: resultat-2024
        statement: Le résultat opérationnel de Corvane pour 2024 s'est établi à 4,6 milliards d'euros, en baisse de 12 % sur un an.
        subject: corvane
        quantity: {value: 4.6e9, unit: EUR}
        as_of: 2024
      - id: resultat-2023
        statement: Le résultat opérationnel de Corvane pour 2023 s'est établi à 5,2 milliards d'euros, le plus élevé de son histoire.
        subject: corvane
        quantity: {value: 5.2e9, unit: EUR}
        as_of: 2023
"""}


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated record said after statements of 2024, that the source gives to 2023 while it gives 2024 less
    ("Veltra said its operating income for 2024 fell 12 percent to 4.6 billion euros. Sales rose 3 percent. Even so, "
     "the operating result was the highest the company has ever reported.", "en", "contradicted", "ranking"),
    ("Corvane a annoncé que son résultat opérationnel de 2024 avait reculé de 12 % à 4,6 milliards d'euros. Les ventes "
     "ont progressé de 3 %. Malgré ce recul, le résultat opérationnel a été le plus élevé de l'histoire de Corvane.",
     "fr", "contradicted", "ranking"),
    # (control: after statements of the record's own year, confirmed)
    ("Veltra said its operating income for 2023 rose 8 percent to 5.2 billion euros. Sales rose 3 percent. The "
     "operating result was the highest the company has ever reported.", "en", "supported", "terms"),
    ("Corvane a annoncé que son résultat opérationnel de 2023 avait progressé de 8 % à 5,2 milliards d'euros. Les "
     "ventes ont progressé de 3 %. Le résultat opérationnel a été le plus élevé de l'histoire de Corvane.",
     "fr", "supported", "terms"),
])
def test_an_undated_record_below_in_the_year_spoken_of(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RECORD_YEAR_BELOW[lang]), text, lang)
    assert_rule(st, want, rule)


BEHIND_LATER = """
version: 1
sources:
  - id: insurers-en
    title: Marland insurers' storm review
    published: 2024-11-20
    facts:
      - id: rank-en
        statement: Storm Odile ranks 4th among the costliest storms in Marland, behind Arno (1999), {en}.
        as_of: 2024-11
  - id: insurers-fr
    title: Bilan des assureurs sur les tempêtes en Marland
    published: 2024-11-20
    facts:
      - id: rank-fr
        statement: La tempête Odile se classe en 4e position des tempêtes les plus coûteuses en Marland, derrière Arno (1999), {fr}.
        as_of: 2024-11
"""


@pytest.mark.parametrize("text, lang, later, want", [
    # « jamais … n'avait coûté aussi cher » since a year: a first place since then, which others of later years ahead
    # of it in the source's ranking refute
    ("Never since 1999 had a storm cost insurers so much in Marland.", "en", True, "contradicted"),
    ("Jamais, depuis Arno en 1999, une tempête n'avait coûté aussi cher aux assureurs en Marland.", "fr", True,
     "contradicted"),
    # (control: those ahead of it are all of that year or before: no false alarm)
    ("Never since 1999 had a storm cost insurers so much in Marland.", "en", False, "unverified"),
    ("Jamais, depuis Arno en 1999, une tempête n'avait coûté aussi cher aux assureurs en Marland.", "fr", False,
     "unverified"),
])
def test_a_first_place_since_a_year_behind_later_ones(tmp_path_factory, text, lang, later, want):
    ahead = {"en": "Berta (2009) and Cyril (2014)", "fr": "Berta (2009) et Cyril (2014)"} if later else \
        {"en": "Berta (1990) and Cyril (1987)", "fr": "Berta (1990) et Cyril (1987)"}
    st = last_statement(checker_for(tmp_path_factory, BEHIND_LATER.format(**ahead)), text, lang)
    if want == "contradicted":
        assert_rule(st, want, "ranking")
    else:
        assert_verdict(st, want)



BEATEN_BEFORE = """
version: 1
entities:
  yard: {names: [Osterland Shipyards]}
sources:
  - id: yard-report
    title: Osterland Shipyards annual report 2025
    published: 2026-02-01
    facts:
      - id: ferries-2025
        statement: Osterland Shipyards delivered 40 ferries in 2025.
        subject: yard
        quantity: {value: 40, unit: ferries}
        as_of: 2025
      - id: ferries-2019
        statement: In 2019, before the pandemic, Osterland Shipyards delivered 52 ferries.
        subject: yard
        quantity: {value: 52, unit: ferries}
        as_of: 2019
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record said of the figure before that the same party's figure of an earlier year beats (52 in 2019)
    ("Osterland Shipyards delivered 40 ferries in 2025. It was a record for the shipyard.", "en", "contradicted"),
    ("Osterland Shipyards a livré 40 ferries en 2025. Il s'agit d'un record pour le chantier.", "fr", "contradicted"),
    # (a record bounded in time says nothing of the years before it)
    ("Osterland Shipyards delivered 40 ferries in 2025. It was the most since 2019.", "en", "unverified"),
])
def test_a_record_an_earlier_year_beats_is_false(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BEATEN_BEFORE), text, lang), want)


RECORD_END = """
version: 1
entities:
  port: {names: [Port of Halvenne, Halvenne port]}
sources:
  - id: port-report
    title: Port of Halvenne annual report 2025
    published: 2026-02-10
    facts:
      - id: ships-2025
        statement: The Port of Halvenne handled 3,412 ships in 2025, the highest number since the port reopened in 1996.
        subject: port
        quantity: {value: 3412, unit: ships}
        as_of: 2025
      - id: navires-2025
        statement: Le port de Halvenne a accueilli 2 187 navires de croisière en 2025, le chiffre le plus élevé depuis 15 ans.
        subject: port
        quantity: {value: 2187, unit: navires}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record at the other end of the ranking than the source's, of the same figure: that part is wrong
    ("The Port of Halvenne handled 3,412 ships in 2025, the lowest total since the port reopened in 1996.", "en", "mixed"),
    ("Le port de Halvenne a accueilli 2 187 navires de croisière en 2025, le nombre le plus bas depuis quinze ans.",
     "fr", "mixed"),
    # (controls: the same end of the ranking, in other words)
    ("The Port of Halvenne handled 3,412 ships in 2025, the largest total since the port reopened in 1996.", "en",
     "supported"),
    ("Le port de Halvenne a accueilli 2 187 navires de croisière en 2025, le nombre le plus élevé depuis quinze ans.",
     "fr", "supported"),
])
def test_a_record_at_the_other_end_of_the_ranking(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, RECORD_END), text, lang), want,
                "ranking" if want == "mixed" else "quantity")


RECORD_QUALITY = """
version: 1
sources:
  - id: tempetes
    title: Bilan des tempêtes du Valtorne
    published: 2025-02-02
    facts:
      - id: puissante
        statement: La tempête Orla est la plus puissante jamais enregistrée dans le Valtorne.
        as_of: 2024
      - id: powerful
        statement: Storm Orla was the most powerful storm ever recorded in Kessel county.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record by another quality than the fact's (« la plus destructrice », "the most destructive"): not confirmed
    ("La tempête Orla est aussi la plus destructrice qu'ait connue le Valtorne.", "fr", "unverified"),
    ("Storm Orla was also the most destructive storm ever recorded in Kessel county.", "en", "unverified"),
    # controls: the same quality
    ("La tempête Orla est aussi la plus puissante qu'ait connue le Valtorne.", "fr", "supported"),
    ("Storm Orla was also the most powerful storm ever recorded in Kessel county.", "en", "supported"),
])
def test_a_record_by_another_quality_is_not_confirmed(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RECORD_QUALITY), text, lang), want)


FLOODS = """
version: 1
sources:
  - id: crues
    title: Bilan des crues du Valtorne
    published: 2024-11-02
    facts:
      - id: morts-2024
        statement: La crue d'octobre 2024 a fait 312 morts dans le Valtorne.
        quantity: {value: 312, unit: morts}
        as_of: 2024-10
      - id: crue-ancienne
        statement: La crue de 1953 avait fait {old_fr} morts dans le Valtorne.
        quantity: {value: {old}, unit: morts}
        as_of: 1953
      - id: plus-meurtriere
        statement: La crue d'octobre 2024 est la plus meurtrière jamais enregistrée dans le Valtorne.
        as_of: 2024-10
  - id: floods
    title: Kessel county floods
    published: 2024-11-02
    facts:
      - id: deaths-2024
        statement: The October 2024 flood killed 312 people in Kessel county.
        quantity: {value: 312, unit: people}
        as_of: 2024-10
      - id: flood-old
        statement: The 1953 flood killed {old_en} people in Kessel county.
        quantity: {value: {old}, unit: people}
        as_of: 1953
      - id: deadliest
        statement: The October 2024 flood was the deadliest flood ever recorded in Kessel county.
        as_of: 2024-10
"""


@pytest.mark.parametrize("text, lang, old, want", [
    # a record of all time by a quality (deaths) that a fact of an earlier year beats: a false record
    ("C'est aussi la crue la plus meurtrière qu'ait connue le Valtorne.", "fr", 1800, "contradicted"),
    ("It was also the deadliest flood Kessel county has ever known.", "en", 1800, "contradicted"),
    # controls: the earlier year's figure is below the latest one's
    ("C'est aussi la crue la plus meurtrière qu'ait connue le Valtorne.", "fr", 120, "supported"),
    ("It was also the deadliest flood Kessel county has ever known.", "en", 120, "supported"),
])
def test_a_record_an_earlier_years_figure_beats(tmp_path_factory, text, lang, old, want):
    listing = FLOODS.replace("{old_fr}", f"{old:,}".replace(",", " ")).replace("{old_en}", f"{old:,}") \
        .replace("{old}", str(old))
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), want)



BOATS = """
version: 1
sources:
  - id: boats
    title: Storm damage in Orlan harbours
    published: 2025-03-04
    facts:
      - id: count
        statement: On 3 March 2025 the Orlan port authority counted 4,812 damaged boats, with two harbours yet to report figures.
        quantity: {value: 4812, unit: boats}
        as_of: 2025-03-03
      - id: count-fr
        statement: Le 3 mars 2025, l'autorité portuaire d'Orlan comptait 4 812 bateaux endommagés, deux ports n'ayant pas encore transmis leurs chiffres.
        quantity: {value: 4812, unit: bateaux}
        as_of: 2025-03-03
"""


@pytest.mark.parametrize("text, lang", [
    # "yet to report" denies what follows it, as « n'ayant pas encore transmis » does: the source says so too
    ("On 3 March 2025 the Orlan port authority counted 4,812 damaged boats, because two harbours had not yet sent in "
     "their figures.", "en"),
    ("Le 3 mars 2025, l'autorité portuaire d'Orlan comptait 4 812 bateaux endommagés, car deux ports n'avaient pas "
     "encore transmis leurs chiffres.", "fr"),
])
def test_a_source_yet_to_do_something_denies_it_too(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, BOATS), text, lang)
    assert_rule(st, "supported", "negation")


CLINICS = """
version: 1
sources:
  - id: clinics
    title: Rapport sur les dispensaires de Valtorne
    published: 2025-06-12
    facts:
      - id: closed
        statement: Plusieurs dispensaires de Valtorne n'ont pu ouvrir le dimanche durant l'hiver 2024.
        as_of: 2024
      - id: opened
        statement: Les pharmacies de Valtorne ont pu ouvrir le dimanche durant l'hiver 2024.
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # « n'ont pu ouvrir », written without « pas », denies as « n'ont pas pu » does …
    ("Plusieurs dispensaires de Valtorne n'ont pas pu ouvrir le dimanche durant l'hiver 2024.", "supported"),
    # … and a source that says they could refutes the denial
    ("Les pharmacies de Valtorne n'ont pas pu ouvrir le dimanche durant l'hiver 2024.", "contradicted"),
])
def test_ne_with_pu_alone_is_a_denial(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, CLINICS), text, "fr")
    assert_rule(st, want, "negation")


RANKED_QUALITY = """
version: 1
sources:
  - id: dornovia-survey
    title: Dornovian geological survey, Valtorne earthquake report
    published: 2025-03-02
    facts:
      - id: magnitude
        statement: The Valtorne earthquake of 3 February 2025 had a magnitude of 6.4, the geological survey said.
        quantity: {value: 6.4, unit: magnitude}
        as_of: 2025-02-03
      - id: strongest
        statement: The Valtorne earthquake is the most powerful ever recorded in Dornovia.
        as_of: 2025-02-03
      - id: magnitude-fr
        statement: Le séisme de Valtorne du 3 février 2025 avait une magnitude de 6,4, selon le service géologique.
        quantity: {value: 6.4, unit: magnitude}
        as_of: 2025-02-03
      - id: strongest-fr
        statement: Le séisme de Valtorne est le plus puissant jamais enregistré en Dornovie.
        as_of: 2025-02-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a record by one quality (most lethal) is not the source's record by another (most powerful)
    ("The Valtorne earthquake of 3 February 2025, the most lethal ever recorded in Dornovia, had a magnitude of 6.4.",
     "en", "unverified"),
    ("Le séisme de Valtorne du 3 février 2025, le plus meurtrier jamais enregistré en Dornovie, avait une magnitude "
     "de 6,4.", "fr", "unverified"),
    # the same quality: the source's record
    ("The Valtorne earthquake of 3 February 2025, the most powerful ever recorded in Dornovia, had a magnitude of 6.4.",
     "en", "supported"),
    ("Le séisme de Valtorne du 3 février 2025, le plus puissant jamais enregistré en Dornovie, avait une magnitude "
     "de 6,4.", "fr", "supported"),
])
def test_a_record_by_another_quality_is_not_the_sources(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RANKED_QUALITY), text, lang), want)



AUDIENCE = """
version: 1
entities:
  tevra: {names: [Tevra TV]}
sources:
  - id: ratings
    title: Ratings of the Westmark final
    published: 2025-06-02
    facts:
      - id: final
        statement: The Westmark cup final of 1 June 2025 drew 14.2 million viewers, a record audience for Westmark television.
        quantity: {value: 14.2e6, unit: viewers}
        as_of: 2025-06-01
      - id: finale
        statement: La finale de la coupe de Westmark du 1er juin 2025 a réuni 14,2 millions de téléspectateurs, un record d'audience pour la télévision de Westmark.
        quantity: {value: 14.2e6, unit: téléspectateurs}
        as_of: 2025-06-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # "without breaking the record", « sans (pour autant) battre le record »: the verb after "without"/« sans »
    # denied, against a source that records it
    ("The Westmark cup final of 1 June 2025 drew 14.2 million viewers, without breaking the audience record of "
     "Westmark television.", "en", "contradicted"),
    ("La finale de la coupe de Westmark du 1er juin 2025 a réuni 14,2 millions de téléspectateurs, sans pour autant "
     "battre le record d'audience de la télévision de Westmark.", "fr", "contradicted"),
    ("The Westmark cup final of 1 June 2025 drew 14.2 million viewers, a record audience for Westmark television.",
     "en", "supported"),
    ("La finale de la coupe de Westmark du 1er juin 2025 a réuni 14,2 millions de téléspectateurs, un record "
     "d'audience pour la télévision de Westmark.", "fr", "supported"),
])
def test_a_verb_denied_by_without_or_sans(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, AUDIENCE), text, lang), want)


HIGH_OF_YEARS = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: report
    title: Corvane annual report
    published: 2025-02-02
    facts:
      - id: cars
        statement: Corvane's car sales rose 12% in 2024 to 41,250 units, a four-year high.
        subject: corvane
        quantity: {value: 41250, unit: units}
        as_of: 2024
"""

HAUT_DE_ANS = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: rapport
    title: Rapport annuel de Corvane
    published: 2025-02-02
    facts:
      - id: voitures
        statement: Les ventes de voitures de Corvane ont progressé de 12 % en 2024, à 41 250 unités, un plus haut de quatre ans.
        subject: corvane
        quantity: {value: 41250, unit: units}
        as_of: 2024
"""


@pytest.mark.parametrize("yaml_text, text, lang, want", [
    # a high of a stretch of years ("a four-year high") ranks the figure: the claim's record of those years is the source's
    (HIGH_OF_YEARS, "Corvane's car sales rose 12% in 2024 to 41,250 units, their highest level in four years.", "en", "supported"),
    (HAUT_DE_ANS, "Les ventes de voitures de Corvane ont progressé de 12 % en 2024, à 41 250 unités, leur plus haut niveau "
                  "depuis quatre ans.", "fr", "supported"),
    # a record bounded by another stretch than the source's is not confirmed (nor its duration read as the figure)
    (HIGH_OF_YEARS, "Corvane's car sales rose 12% in 2024 to 41,250 units, their highest level in ten years.", "en", "unverified"),
    (HAUT_DE_ANS, "Les ventes de voitures de Corvane ont progressé de 12 % en 2024, à 41 250 unités, leur plus haut niveau "
                  "depuis dix ans.", "fr", "unverified"),
    # a record of all time against the source's high of four years: a false record
    (HIGH_OF_YEARS, "Corvane's car sales rose 12% in 2024 to 41,250 units, their highest level ever.", "en", "mixed"),
])
def test_a_record_of_a_stretch_of_years_is_the_sources_only_for_that_stretch(tmp_path_factory, yaml_text, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, yaml_text), text, lang), want)



DENIED_TIME = """
version: 1
entities:
  harbour: {names: [Port of Velmor, Velmor harbour, port de Velmor]}
sources:
  - id: velmor-report
    title: Velmor harbour annual report
    published: 2026-02-10
    facts:
      - id: sale-date
        statement: La vente du port de Velmor devrait être finalisée au plus tôt au deuxième trimestre 2026.
        as_of: 2026-Q2
      - id: sale-date-en
        statement: The sale of Velmor harbour should be completed in the second quarter of 2026 at the earliest.
        as_of: 2026-Q2
      - id: traffic-q4
        statement: Au quatrième trimestre 2025, le trafic du port de Velmor a progressé de 4 %.
        quantity: {value: 4, unit: percent}
        as_of: 2025-Q4
      - id: traffic-q4-en
        statement: In the fourth quarter of 2025, traffic at Velmor harbour rose 4%.
        quantity: {value: 4, unit: percent}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang", [
    # "not before T" denies the time, not the event: a fact dating it then at the earliest (or another event of that
    # quarter) does not say it happened earlier
    ("La vente du port de Velmor n'est pas attendue avant le deuxième trimestre 2026.", "fr"),
    ("The sale of Velmor harbour is not expected before the second quarter of 2026.", "en"),
])
def test_a_denial_before_a_date_bounds_the_time_and_is_not_refuted_by_it(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DENIED_TIME), text, lang), "unverified")


FIRST_TIME = """
version: 1
entities:
  rally: {names: [Velmor rally, rallye de Velmor]}
sources:
  - id: rally-2025
    title: Velmor rally review
    published: 2025-08-01
    facts:
      - id: not-ostria
        statement: For the first time the Velmor rally did not finish in Ostria, and it ended with a night stage for the first time since 1994.
        as_of: 2025-07
      - id: not-ostria-fr
        statement: Pour la première fois, le rallye de Velmor ne s'est pas terminé à Ostria, et il s'est achevé par une étape de nuit pour la première fois depuis 1994.
        as_of: 2025-07
"""


@pytest.mark.parametrize("text, lang", [
    # the source's "since 1994" dates another clause of its sentence (the night stage), not its denial
    ("It was the first time the Velmor rally did not end in Ostria.", "en"),
    ("C'était la première fois que le rallye de Velmor ne se terminait pas à Ostria.", "fr"),
])
def test_a_since_year_of_another_clause_of_the_source_is_no_false_record(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, FIRST_TIME), text, lang), "supported", "negation")


CARS = """
version: 1
entities: {}
sources:
  - id: cars-2024
    title: Car registrations 2024
    published: 2025-01-05
    facts:
      - id: zelia-en
        statement: In 2024, the Velmor Zelia was the best-selling new car in Ostria with 61,200 registrations.
        quantity: {value: 61200, unit: cars}
        as_of: 2024
      - id: zelia-fr
        statement: En 2024, la Velmor Zelia a été la voiture neuve la plus vendue en Ostrie avec 61 200 immatriculations.
        quantity: {value: 61200, unit: voitures}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # the record's holder is the whole name the source's opening words begin ("En 2024, la Velmor Zelia"), not its
    # first word alone: « la Zelia » holds it; a car the source does not name is not confirmed by its figure
    ("La Zelia a été la voiture neuve la plus vendue d'Ostrie en 2024, avec plus de 61 000 exemplaires.", "supported"),
    ("La Korvo a été la voiture neuve la plus vendue d'Ostrie en 2024, avec plus de 61 000 exemplaires.", "unverified"),
])
def test_a_record_holder_s_name_is_read_whole(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CARS), text, "fr"), want)



FERRY = """
version: 1
sources:
  - id: harbour
    title: Orlan harbour incident report
    published: 2025-06-12
    facts:
      - id: crates
        statement: Two cargo crates were not unloaded and stayed aboard the Orlan ferry.
        as_of: 2025-06-11
      - id: caisses
        statement: Deux caisses de fret n'ont pas été déchargées et sont restées à bord du ferry d'Orlan.
        as_of: 2025-06-11
      - id: kiosk
        statement: The Orlan harbour kiosk was not sold and was closed in 2019.
        as_of: 2019
"""


@pytest.mark.parametrize("text, lang, want", [
    # the source denies another verb (unloaded) and affirms, in the clause it coordinates, what the claim denies
    ("None of the cargo crates stayed aboard the Orlan ferry.", "en", "contradicted"),
    ("Aucune des caisses de fret n'est restée à bord du ferry d'Orlan.", "fr", "contradicted"),
    ("The Orlan harbour kiosk has never been closed.", "en", "contradicted"),     # (its verb alone)
    # control: the claim denies what the source denies
    ("The cargo crates were not unloaded from the Orlan ferry.", "en", "supported"),
    ("Les caisses de fret n'ont pas été déchargées du ferry d'Orlan.", "fr", "supported"),
])
def test_a_denial_the_source_affirms_beside_another_denial(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, FERRY), text, lang), want, "negation")


CRUISES = """
version: 1
sources:
  - id: port
    title: Valmer port traffic 2000-2024
    published: 2025-02-10
    facts:
      - id: passengers-2022
        statement: In 2022 the port of Valmer welcomed 412,000 cruise passengers.
        quantity: {value: 412000, unit: cruise passengers}
        as_of: 2022
      - id: passengers-2008
        statement: In 2008 the port of Valmer had welcomed {old_en} cruise passengers.
        quantity: {value: {old}, unit: cruise passengers}
        as_of: 2008
  - id: port-fr
    title: Trafic du port de Valmer 2000-2024
    published: 2025-02-10
    facts:
      - id: croisieristes-2022
        statement: En 2022, le port de Valmer a accueilli 412 000 croisiéristes.
        quantity: {value: 412000, unit: croisiéristes}
        as_of: 2022
      - id: croisieristes-2008
        statement: En 2008, le port de Valmer avait accueilli {old_fr} croisiéristes.
        quantity: {value: {old}, unit: croisiéristes}
        as_of: 2008
"""


@pytest.mark.parametrize("text, lang, old, want", [
    # a record of all time set after a confirmed figure that an earlier year's figure of the same measure beats
    ("Le contraste est net avec 2022, année où le port de Valmer avait accueilli 412 000 croisiéristes, un record "
     "historique.", "fr", 431000, "mixed"),
    ("In 2022 the port of Valmer welcomed 412,000 cruise passengers, an all-time record.", "en", 431000, "mixed"),
    # controls: the earlier year's figure is below (the English record, that no fact gives, left unchecked)
    ("Le contraste est net avec 2022, année où le port de Valmer avait accueilli 412 000 croisiéristes, un record "
     "historique.", "fr", 390000, "supported"),
    ("In 2022 the port of Valmer welcomed 412,000 cruise passengers, an all-time record.", "en", 390000, "unverified"),
])
def test_a_record_figure_an_earlier_year_beats(tmp_path_factory, text, lang, old, want):
    listing = CRUISES.replace("{old_fr}", f"{old:,}".replace(",", " ")).replace("{old_en}", f"{old:,}") \
        .replace("{old}", str(old))
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, lang), want)


RALLY = """
version: 1
sources:
  - id: rally
    title: Orlan rally 2025 route
    published: 2025-05-02
    facts:
      - id: distance
        statement: The 2025 Orlan rally covered 2,310 km over 14 legs.
        quantity: {value: 2310, unit: km}
        as_of: 2025
      - id: longest
        statement: At 2,310 km the 2025 route was the longest Orlan rally {scope}.
        quantity: {value: 2310, unit: km}
        as_of: 2025
"""


@pytest.mark.parametrize("scope, want", [
    # "the longest" is a superlative: a record of all time against one the source bounds
    ("since the 2011 edition, not the longest ever", "mixed"),
    ("in the history of the race", "supported"),
])
def test_the_longest_is_a_record(tmp_path_factory, scope, want):
    st = last_statement(checker_for(tmp_path_factory, RALLY.replace("{scope}", scope)),
                        "Drivers covered 2,310 km over 14 legs, the longest route in the history of the rally.", "en")
    assert_verdict(st, want)


FEVER = """
version: 1
sources:
  - id: report
    title: Orlan fever report 2025
    published: 2025-12-01
    facts:
      - id: deaths-2024
        statement: An estimated 41,200 people died of Orlan fever in 2024.
        quantity: {value: 41200, unit: deaths}
        as_of: 2024
      - id: deaths-2016
        statement: In 2016 the world recorded {old_en} Orlan fever deaths, {way_en} deaths than in 2024.
        quantity: {value: {old}, unit: deaths}
        as_of: 2016
  - id: rapport
    title: Rapport sur la fièvre d'Orlan 2025
    published: 2025-12-01
    facts:
      - id: deces-2024
        statement: En 2024, 41 200 personnes sont mortes de la fièvre d'Orlan.
        quantity: {value: 41200, unit: décès}
        as_of: 2024
      - id: deces-2016
        statement: En 2016, la fièvre d'Orlan avait fait {old_fr} décès, {way_fr} de décès qu'en 2024.
        quantity: {value: {old}, unit: décès}
        as_of: 2016
"""


@pytest.mark.parametrize("text, lang, old, want", [
    # a record of all time of a year that a fact of another year, compared with it, beats: a false record
    ("The 2024 death toll was the lowest ever recorded for the disease.", "en", 39800, "contradicted"),
    ("Le nombre de décès de 2024 est le plus faible jamais enregistré pour la maladie.", "fr", 39800, "contradicted"),
    # controls: the other year had more deaths; it is no other year of the same event either
    ("The 2024 death toll was the lowest ever recorded for the disease.", "en", 42800, "unverified"),
    ("Le nombre de décès de 2024 est le plus faible jamais enregistré pour la maladie.", "fr", 42800, "unverified"),
])
def test_a_record_of_a_year_another_year_compared_with_it_beats(tmp_path_factory, text, lang, old, want):
    fewer = old < 41200
    listing = FEVER.replace("{old_en}", f"{old:,}").replace("{old_fr}", f"{old:,}".replace(",", " ")) \
        .replace("{old}", str(old)).replace("{way_en}", "fewer" if fewer else "more") \
        .replace("{way_fr}", "moins" if fewer else "plus")
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, "ranking") if want == "contradicted" else assert_verdict(st, want)


HOLDERS = """
version: 1
entities: {}
sources:
  - id: housing-2024
    title: Housing survey 2024
    published: 2025-01-20
    facts:
      - id: rates-en
        statement: Velmor and New Ostria had the highest rates of overcrowding in 2024, around 70 households per 10,000.
        quantity: {value: 70, unit: households per 10000}
        as_of: 2024
      - id: rates-fr
        statement: Velmor et Nouvelle-Ostrie avaient les taux de surpeuplement les plus élevés en 2024, environ 70 ménages pour 10 000.
        quantity: {value: 70, unit: ménages pour 10000}
        as_of: 2024
      - id: band-en
        statement: 4,310 pupils from Band 1, the most deprived districts of Ostria, passed the exam in 2024, up 5.2%.
        quantity: {value: 4310, unit: pupils}
        as_of: 2024
      - id: band-fr
        statement: 4 310 élèves de la tranche 1, les quartiers les plus défavorisés d'Ostrie, ont réussi l'examen en 2024, en hausse de 5,2 %.
        quantity: {value: 4310, unit: élèves}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the fact's holder opens its sentence ("Velmor and New Ostria had the highest rates"): the claim that names
    # them, beyond its own first words, gives the record to the same holder
    ("Adjusted for size, Velmor and New Ostria had the highest rates, around 70 households per 10,000.",
     "en", "supported"),
    ("Rapportés à la taille, Velmor et Nouvelle-Ostrie avaient les taux les plus élevés, environ 70 ménages "
     "pour 10 000.", "fr", "supported"),
    # a name the fact writes after its superlative says where ("the most deprived districts of Ostria"), not who
    ("In Ostria, 4,310 pupils from the most deprived districts passed the exam in 2024, up 5.2%.", "en", "supported"),
    ("En Ostrie, 4 310 élèves des quartiers les plus défavorisés ont réussi l'examen en 2024, en hausse de 5,2 %.",
     "fr", "supported"),
    # control: another holder the fact does not name is still refuted (its figure confirmed: mixed)
    ("In 2024, Korvo had the highest rates of overcrowding, around 70 households per 10,000.", "en", "mixed"),
    ("En 2024, Korvo avait les taux de surpeuplement les plus élevés, environ 70 ménages pour 10 000.", "fr", "mixed"),
])
def test_a_record_holder_named_on_both_sides_is_the_same(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, HOLDERS), text, lang), want)



OWN_RANK = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostby: {names: [Ostby]}
sources:
  - id: relief-fund
    title: Relief fund allocations 2025
    published: 2025-03-04
    facts:
      - id: velmor
        statement: Velmor receives 52.4 million euros from the relief fund, the largest allocation.
        subject: velmor
        quantity: {value: 52.4e6, unit: EUR}
        as_of: 2025
      - id: velmor-fr
        statement: Velmor reçoit 52,4 millions d'euros du fonds de secours, la plus grosse enveloppe.
        subject: velmor
        quantity: {value: 52.4e6, unit: EUR}
        as_of: 2025
      - id: ostby
        statement: Ostby receives 31.7 million euros from the relief fund.
        subject: ostby
        quantity: {value: 31.7e6, unit: EUR}
        as_of: 2025
      - id: ostby-fr
        statement: Ostby reçoit 31,7 millions d'euros du fonds de secours.
        subject: ostby
        quantity: {value: 31.7e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a first place the fact of the ranked figure gives itself: the fact of the statement's other figure need not rank it
    ("Velmor receives the largest share, 52.4 million euros, followed by Ostby with 31.7 million.", "en", "supported"),
    ("Velmor reçoit la plus grosse part, 52,4 millions d'euros, devant Ostby avec 31,7 millions.", "fr", "supported"),
    # controls: the other end of the ranking is refuted by that fact (the figures stay confirmed); a rank of the figure no fact ranks stays unchecked
    ("Velmor receives the smallest share, 52.4 million euros, followed by Ostby with 31.7 million.", "en", "mixed"),
    ("Ostby receives the largest share, 31.7 million euros, behind Velmor with 52.4 million.", "en", "unverified"),
])
def test_a_first_place_the_ranked_figures_own_fact_gives(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OWN_RANK), text, lang), want)


RECORD_MEASURE = """
version: 1
entities:
  velmor:
    names: [Velmor]
sources:
  - id: velmor-results
    title: Velmor full-year results 2024
    published: 2025-02-19
    facts:
      - id: net-income
        statement: Velmor net income reached a historic high of 2.4 billion euros in fiscal 2024, up from 2.1 billion euros in fiscal 2023.
        subject: velmor
        quantity: {value: 2400000000, unit: EUR}
        as_of: 2024
      - id: cash-2023
        statement: Velmor free cash flow was 3.1 billion euros in fiscal 2023.
        subject: velmor
        quantity: {value: 3100000000, unit: EUR}
        as_of: 2023
  - id: velmor-resultats
    title: Velmor, résultats annuels 2024
    published: 2025-02-19
    facts:
      - id: resultat-net
        statement: Le résultat net de Velmor a atteint un niveau historique de 2,4 milliards d'euros sur l'exercice 2024, contre 2,1 milliards d'euros sur l'exercice 2023.
        subject: velmor
        quantity: {value: 2400000000, unit: EUR}
        as_of: 2024
      - id: tresorerie-2023
        statement: Le flux de trésorerie disponible de Velmor était de 3,1 milliards d'euros sur l'exercice 2023.
        subject: velmor
        quantity: {value: 3100000000, unit: EUR}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang", [
    # a record of all time is beaten only by an earlier year's figure of its own measure, not another's
    ("Velmor closed its 2024 fiscal year with the highest net income in its history, 2.4 billion euros.", "en"),
    ("Velmor a clôturé son exercice 2024 avec le plus haut résultat net de son histoire, 2,4 milliards d'euros.", "fr"),
])
def test_a_record_is_beaten_only_by_its_own_measure(tmp_path_factory, text, lang):
    assert last_statement(checker_for(tmp_path_factory, RECORD_MEASURE), text, lang).verdict not in ("contradicted", "mixed")


@pytest.mark.parametrize("text, lang", [
    ("Velmor closed its 2024 fiscal year with the highest net income in its history, 2.4 billion euros.", "en"),
    ("Velmor a clôturé son exercice 2024 avec le plus haut résultat net de son histoire, 2,4 milliards d'euros.", "fr"),
])
def test_a_record_its_own_measure_beats_stays_false(tmp_path_factory, text, lang):
    beaten = RECORD_MEASURE.replace("      - id: cash-2023\n", "      - id: net-income-2021\n"
                                    "        statement: Velmor net income was 2.9 billion euros in fiscal 2021.\n"
                                    "        subject: velmor\n        quantity: {value: 2900000000, unit: EUR}\n"
                                    "        as_of: 2021\n      - id: cash-2023\n", 1) \
        .replace("      - id: tresorerie-2023\n", "      - id: resultat-net-2021\n"
                 "        statement: Le résultat net de Velmor était de 2,9 milliards d'euros sur l'exercice 2021.\n"
                 "        subject: velmor\n        quantity: {value: 2900000000, unit: EUR}\n"
                 "        as_of: 2021\n      - id: tresorerie-2023\n", 1)
    assert_rule(last_statement(checker_for(tmp_path_factory, beaten), text, lang), "mixed", "ranking")


BELOW_RECORD = """
version: 1
sources:
  - id: arlen
    title: Arlen Group annual results 2025
    published: 2026-02-20
    facts:
      - id: profit-en
        statement: Arlen Group's net income reached an all-time high of 3.2 billion euros in 2025, up from 2.9 billion euros in 2024.
        quantity: {value: 3.2e9, unit: EUR}
        as_of: 2025
      - id: cash-fr
        statement: Le flux de trésorerie disponible de Berval a atteint le niveau record de 1 450 millions d'euros en 2025.
        quantity: {value: 1450e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure said to stay below a record the source says it set: the record is denied
    ("Arlen Group's net income rose to 3.2 billion euros in 2025, yet remained below its all-time high.", "en",
     "contradicted"),
    ("En 2025, le flux de trésorerie disponible de Berval s'est établi à 1 450 millions d'euros, resté sous son record.",
     "fr", "contradicted"),
    # the record itself stays supported (control)
    ("Arlen Group's net income rose to an all-time high of 3.2 billion euros in 2025.", "en", "supported"),
    ("En 2025, le flux de trésorerie disponible de Berval a atteint le niveau record de 1 450 millions d'euros.", "fr",
     "supported"),
])
def test_a_figure_kept_below_a_record_the_source_states_denies_it(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BELOW_RECORD), text, lang), want)


BOARD = """
version: 1
entities:
  ostrow: {names: [Lena Ostrow]}
  velcor: {names: [Velcor]}
sources:
  - id: board
    title: Velcor annual report 2025
    published: 2025-04-01
    facts:
      - id: retired
        statement: Lena Ostrow, Velcor's chair since 2019, retired on 1 March 2025 and stepped down from the board of directors.
        subject: ostrow
        as_of: 2025-03-01
      - id: retraite
        statement: Lena Ostrow, présidente de Velcor depuis 2019, a pris sa retraite le 1er mars 2025 et a démissionné du conseil d'administration.
        subject: ostrow
        as_of: 2025-03-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # a denial of the recorded event in other words of its family ("give up her seat" for "stepped down from the
    # board", « quitter ses fonctions » for « démissionner »): refuted; "up" of "give up" denies no rise
    ("Lena Ostrow did not give up her seat on the board when she retired.", "en", "contradicted"),
    ("Lena Ostrow n'a pas quitté ses fonctions au conseil d'administration en prenant sa retraite.", "fr", "contradicted"),
    # the event as it happened: no fall said as a rise
    ("Lena Ostrow gave up her seat on the board when she retired.", "en", "supported"),
])
def test_a_denied_event_said_in_other_words_of_its_family(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BOARD), text, lang)
    assert_rule(st, want, "negation") if want == "contradicted" else assert_verdict(st, want)



FIRST_OF_ANOTHER_THING = """
version: 1
entities:
  westmark: {names: [Westmark]}
  ostrie: {names: [Ostrie, l'Ostrie]}
sources:
  - id: health-news
    title: First R7 death
    published: 2025-03-04
    facts:
      - id: first-death-en
        statement: The Westmark health ministry said on 3 March 2025 that a patient infected with R7 fever had died, the first R7 death in Westmark.
        subject: westmark
        as_of: 2025-03-03
      - id: first-death-fr
        statement: Le ministère de la santé de l'Ostrie a annoncé le 3 mars 2025 qu'un patient atteint de la fièvre R7 était mort, le premier décès dû à R7 en Ostrie.
        subject: ostrie
        as_of: 2025-03-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # the claim ranks first a thing the fact does not write (a case), the fact another (a death): unchecked; the noun
    # an ordinal ranks is read past the names before it ("the first R7 case")
    ("On 3 March 2025 the Westmark health ministry said a patient infected with R7 fever had died, the first R7 case in "
     "Westmark.", "en", "unverified"),
    ("Le 3 mars 2025, le ministère de la santé de l'Ostrie a annoncé qu'un patient atteint de la fièvre R7 était mort, le "
     "premier cas de R7 en Ostrie.", "fr", "unverified"),
    # controls: the thing the fact ranks
    ("On 3 March 2025 the Westmark health ministry said a patient infected with R7 fever had died, the first R7 death "
     "in Westmark.", "en", "supported"),
    ("Le 3 mars 2025, le ministère de la santé de l'Ostrie a annoncé qu'un patient atteint de la fièvre R7 était mort, le "
     "premier décès dû à R7 en Ostrie.", "fr", "supported"),
])
def test_a_first_of_another_thing_is_unchecked(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, FIRST_OF_ANOTHER_THING), text, lang), want)


FIRST_TO_QUIT = """
version: 1
sources:
  - id: velmor-cabinet
    title: Velmor cabinet changes, 2025
    published: 2025-03-04
    facts:
      - id: en
        statement: Lena Vardi resigned as transport minister on 3 March 2025, the first resignation from the Velmor government.
      - id: fr
        statement: Marc Orsel a démissionné de son poste de ministre de la Santé le 9 avril 2025, la première démission du gouvernement de Norvel.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "the first member … to quit": the rank is of the act the infinitive names, the fact's "first resignation"
    ("Lena Vardi resigned on 3 March, becoming the first member of the Velmor government to quit.", "en", "supported", "terms"),
    ("Lena Vardi resigned on 3 March, becoming the second member of the Velmor government to quit.", "en", "contradicted", "ranking"),
    ("Marc Orsel a démissionné le 9 avril, devenant le premier membre du gouvernement de Norvel à démissionner.", "fr", "supported", "terms"),
    ("Marc Orsel a démissionné le 9 avril, devenant le deuxième membre du gouvernement de Norvel à démissionner.", "fr", "contradicted", "ranking"),
])
def test_the_first_to_do_something_ranks_the_act(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FIRST_TO_QUIT), text, lang)
    assert_rule(st, want, rule)


BUYBACK = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Norvel annual results 2024
    published: 2025-02-20
    facts:
      - id: buyback
        statement: Norvel announced a share buyback operation over 2025-2027, a first in the group's history.
        as_of: 2025
      - id: buyback-fr
        statement: Norvel annonce une opération de rachat d'actions sur 2025-2027, une première dans l'histoire du groupe.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a denial of the like of what is reported says it is a first: a source writing a first confirms it …
    ("Norvel had never carried out such a buyback operation.", "en", "supported", "negation"),
    ("Norvel n'avait jamais mené une telle opération de rachat.", "fr", "supported", "negation"),
    # … while a plain denial of the event is refuted by the source dating it
    ("Norvel has never announced a share buyback operation.", "en", "contradicted", "negation"),
    ("Norvel n'a jamais annoncé d'opération de rachat d'actions.", "fr", "contradicted", "negation"),
])
def test_a_denial_of_the_like_is_a_first(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BUYBACK), text, lang)
    assert_rule(st, want, rule)


ORDERS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  ostria: {names: [Ostria]}
  velmar: {names: [Velmar]}
sources:
  - id: orders
    title: Velmor truck orders 2024
    published: 2025-01-15
    facts:
      - id: orders-2024
        statement: In 2024, 30 Velmor trucks were ordered, all for export, by Ostria (12) and Velmar (18); Norvel ordered none.
        as_of: 2024
      - id: orders-2024-fr
        statement: En 2024, 30 camions Velmor ont été commandés, tous à l'export, par l'Ostria (12) et le Velmar (18) ; la Norvel n'en a commandé aucun.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the part of a fact in parts that names the party a denial names is the one that says so too …
    ("Norvel placed no order for Velmor trucks in 2024.", "en", "supported", "negation"),
    ("La Norvel n'a passé aucune commande de camions Velmor en 2024.", "fr", "supported", "negation"),
    # … the other part refutes a denial of its own party
    ("Ostria placed no order for Velmor trucks in 2024.", "en", "contradicted", "negation"),
    ("L'Ostria n'a passé aucune commande de camions Velmor en 2024.", "fr", "contradicted", "negation"),
])
def test_a_denial_is_read_in_the_part_naming_its_party(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ORDERS), text, lang)
    assert_rule(st, want, rule)


ROUNDED_RECORD = """
version: 1
sources:
  - id: velmor-2025
    title: Velmor annual results 2025 / Résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: ebitda-2025
        statement: Velmor's EBITDA was 4.312 billion euros in 2025, down 6% from 2024.
        quantity: {value: 4312000000, unit: EUR}
        as_of: 2025
      - id: ebitda-2024
        statement: Velmor's EBITDA was 4.587 billion euros in 2024.
        quantity: {value: 4587000000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record of all time for a figure the article rounds ("€4.3 billion" for 4.312 bn) that an earlier year's fact
    # of the same measure beats: a false record, the figure itself stays confirmed
    ("Velmor reported EBITDA of €4.3 billion for 2025, the highest in its history.", "en", "mixed", "ranking"),
    ("Velmor a dégagé un Ebitda de 4,3 milliards d'euros en 2025, le plus élevé de son histoire.", "fr", "mixed",
     "ranking"),
    ("Velmor reported EBITDA of €4.3 billion for 2025.", "en", "supported", "quantity"),
    ("Velmor a dégagé un Ebitda de 4,3 milliards d'euros en 2025.", "fr", "supported", "quantity"),
])
def test_a_rounded_figure_called_a_record_is_beaten_by_an_earlier_year(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ROUNDED_RECORD), text, lang), want, rule)


REPORTED_RECORD = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Norvel results 2024
    publisher: norvel
    published: 2025-02-20
    facts:
      - id: profit
        statement: Norvel's pre-tax profit rose to $4.1bn in 2024, the highest in the group's history.
        subject: norvel
        quantity: {value: 4.1e9, unit: USD}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a record a speaker reports is a claim, judged as one: the right end is confirmed by the fact's words, the
    # other end is not (no figure of the claim to refute it with: left unverified, never supported)
    ("Norvel's chair described the 2024 pre-tax profit as the highest in the group's history.", "en", "supported",
     "terms"),
    ("Norvel's chair described the 2024 pre-tax profit as the lowest in the group's history.", "en", "unverified",
     None),
    ("Le président de Norvel a jugé que le bénéfice avant impôt de 2024 était le plus élevé de l'histoire du groupe.",
     "fr", "supported", "terms"),
    ("Le président de Norvel a jugé que le bénéfice avant impôt de 2024 était le plus bas de l'histoire du groupe.",
     "fr", "unverified", None),
    ("Le bénéfice avant impôt de Norvel en 2024 a été le plus bas de l'histoire du groupe.", "fr", "unverified", None),
])
def test_a_record_a_speaker_reports_is_judged_at_its_end(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, REPORTED_RECORD), text, lang), want, rule)


HISTORIC_HIGH = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2025
    title: Velmor annual results 2025
    published: 2026-02-12
    facts:
      - id: profit
        statement: Velmor's net profit reached a historic high of 2.1 billion euros in 2025.
        subject: velmor
        quantity: {value: 2100000000, unit: EUR}
        as_of: 2025
      - id: profit-fr
        statement: Le bénéfice net de Norvel a atteint un plus haut historique de 1,4 milliard d'euros en 2025.
        quantity: {value: 1400000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "a historic high" is a record of all time, as « un plus haut historique » is: it confirms "the highest … in
    # its history" and refutes a second place
    ("Velmor posted the highest net profit in its history in 2025, at €2.1 billion.", "en", "supported", "quantity"),
    ("Norvel a dégagé en 2025 le bénéfice net le plus élevé de son histoire, 1,4 milliard d'euros.", "fr", "supported", "quantity"),
    ("Velmor posted the second-highest net profit in its history in 2025, at €2.1 billion.", "en", "mixed", "ranking"),
])
def test_a_historic_high_is_a_record_of_all_time(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, HISTORIC_HIGH), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # « l'une des plus fortes hausses » ranks as "one of the biggest rises" does: the claim's rank is the source's
    ("Jeudi, l'action Norvel gagnait 6,4 %, parmi les plus fortes hausses de l'indice.", "fr", "supported"),
    ("On Thursday Norvel shares gained 6.4 %, among the biggest rises on the index.", "en", "supported"),
    ("Jeudi, l'action Norvel gagnait 6,4 %, parmi les plus faibles hausses de l'indice.", "fr", "mixed"),
])
def test_one_of_the_superlatives_is_read_in_french_as_in_english(tmp_path_factory, text, lang, want):
    listing = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: bourse
    title: Norvel en Bourse
    published: 2025-03-06
    facts:
      - id: share-fr
        statement: Le jeudi 6 mars 2025, l'action Norvel gagnait 6,4 % à la Bourse, l'une des plus fortes hausses de l'indice.
        subject: norvel
        quantity: {value: 6.4, unit: percent}
        as_of: 2025-03-06
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)


FIRST_IN_YEARS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: dividendes
    title: Dividendes 2025
    published: 2025-03-06
    facts:
      - id: velmor-dividend
        statement: The dividend Velmor proposes for 2025 would be the first it has paid in ten years.
        subject: velmor
        as_of: 2025
      - id: norvel-dividende
        statement: Le dividende proposé par Norvel pour 2025 serait le premier versé par le groupe depuis dix ans.
        subject: norvel
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a first of all time ("the very first", "in its history", « le tout premier ») against a source's first of recent
    # times ("the first in ten years", « le premier depuis dix ans »): there were others before, a false first
    ("This is the very first dividend in Velmor's history.", "en", "contradicted", "ranking"),
    ("Il s'agira du tout premier dividende de l'histoire de Norvel.", "fr", "contradicted", "ranking"),
    ("This is Velmor's first dividend in ten years.", "en", "supported", None),
    ("Il s'agira du premier dividende versé par Norvel depuis dix ans.", "fr", "supported", None),
])
def test_a_first_of_all_time_is_not_a_first_in_years(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FIRST_IN_YEARS), text, lang)
    assert_outcome(st, want, rule)


RIVER_PEAKS = """
version: 1
entities:
  velne: {names: [Velne]}
sources:
  - id: crues
    title: Crues de la Velne
    published: 2025-10-20
    facts:
      - id: peak-1930
        statement: The Velne peaked at 7.9 metres on the Ostrel gauge in March 1930.
        subject: velne
        quantity: {value: 7.9, unit: metres}
        as_of: 1930
      - id: peak-2025
        statement: The October 2025 flood of the Velne peaked at 6.4 metres on the Ostrel gauge.
        subject: velne
        quantity: {value: 6.4, unit: metres}
        as_of: 2025-10-17
"""


@pytest.mark.parametrize("text, lang", [
    # a denial of a rise as high as this one (« jamais … montée aussi haut », "never … risen as high") states a
    # record, not that nothing rose: two levels of the same measure, the later one lower, do not confirm it (the
    # source records a higher level: the denial is contradicted, the figure confirmed)
    ("Jamais la Velne n'était montée aussi haut à Ostrel, où l'eau a atteint 6,4 mètres.", "fr"),
    ("Never had the Velne risen as high at Ostrel, where the water reached 6.4 metres.", "en"),
])
def test_never_risen_as_high_is_a_record_not_a_denied_rise(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, RIVER_PEAKS), text, lang), "mixed", "negation")


RECORD_LOW_BESIDE_A_FIRST = """
version: 1
sources:
  - id: velmor
    title: Velmor thefts 2025
    published: 2026-02-10
    facts:
      - id: thefts
        statement: En 2025, 1 240 vols de vélos ont été déclarés à Velmor, soit une baisse de 3 %, la première depuis 2019.
        quantity: {value: 1240, unit: vols}
        as_of: 2025
"""


@pytest.mark.parametrize("text", [
    # « la première depuis 2019 » after a comma is no rank of the figure: a record low stays unchecked, never supported
    "Le nombre de vols de vélos déclarés à Velmor a baissé de 3 % en 2025, à 1 240, son plus bas niveau jamais enregistré.",
])
def test_a_first_since_is_no_record(tmp_path_factory, text):
    assert last_statement(checker_for(tmp_path_factory, RECORD_LOW_BESIDE_A_FIRST), text, "fr").verdict != "supported"


SHARPEST = """
version: 1
sources:
  - id: prices
    title: Velmor regional prices, March 2026
    published: 2026-04-15
    facts:
      - id: regions
        statement: In March 2026 heating oil prices rose 41.2% in Ostria, 38.5% in Norvale and 27.9% in Esterby.
        quantity: {value: 27.9, unit: percent}
        as_of: 2026-03
"""


@pytest.mark.parametrize("text", [
    # "the steepest", "the sharpest" rank as "the highest" does: a figure the fact gives is no confirmation of the
    # rank the claim adds to it (Esterby's rise is the smallest of the three)
    "Esterby saw the steepest rise in heating oil prices in March 2026, at 27.9%.",
    "Esterby recorded the sharpest increase in heating oil prices in March 2026, 27.9%.",
])
def test_a_steepest_rise_is_a_rank_to_check(tmp_path_factory, text):
    assert last_statement(checker_for(tmp_path_factory, SHARPEST), text, "en").verdict != "supported"


THRESHOLDS = """
version: 1
entities:
  corvane: {names: [Corvane Motorways, Corvane]}
sources:
  - id: tolls
    title: Corvane Motorways annual report 2025
    published: 2026-03-04
    facts:
      - id: tolls-2025
        statement: Corvane Motorways collected toll revenue of €742m in 2025.
        subject: corvane
        quantity: {value: 742e6, unit: EUR}
        as_of: 2025
      - id: tolls-2024
        statement: Corvane Motorways collected toll revenue of €{old}m in 2024.
        subject: corvane
        quantity: {value: {old}e6, unit: EUR}
        as_of: 2024
  - id: peages
    title: Rapport annuel 2025 de Corvane Motorways
    published: 2026-03-04
    facts:
      - id: peages-2025
        statement: Corvane Motorways a encaissé 742 millions d'euros de recettes de péage en 2025.
        subject: corvane
        quantity: {value: 742e6, unit: EUR}
        as_of: 2025
      - id: peages-2024
        statement: Corvane Motorways avait encaissé {old} millions d'euros de recettes de péage en 2024.
        subject: corvane
        quantity: {value: {old}e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, old, want", [
    # a threshold said passed for the first time of all time that an earlier year's figure already passed: a false
    # first, one assertion (the year's figure above the threshold does not make it partly right)
    ("It was the first time in the company's history that Corvane's toll revenue topped €700m.", "en", 716,
     "contradicted"),
    ("Pour la première fois de son histoire, Corvane a dépassé les 700 millions d'euros de recettes de péage.", "fr",
     716, "contradicted"),
    # controls: the earlier year's figure is below the threshold
    ("It was the first time in the company's history that Corvane's toll revenue topped €700m.", "en", 655,
     "supported"),
    ("Pour la première fois de son histoire, Corvane a dépassé les 700 millions d'euros de recettes de péage.", "fr",
     655, "supported"),
])
def test_a_first_time_past_a_threshold_an_earlier_year_passed(tmp_path_factory, text, lang, old, want):
    st = last_statement(checker_for(tmp_path_factory, THRESHOLDS.replace("{old}", str(old))), text, lang)
    assert_outcome(st, want, "ranking" if want == "contradicted" else None)


HARVEST = """
version: 1
sources:
  - id: harvest-2025
    title: Orlan grain board, harvest report 2025
    published: 2025-11-20
    facts:
      - id: barley-2025
        statement: Orlan farmers harvested 6.1 million tonnes of barley in 2025.
        quantity: {value: 6.1e6, unit: tonnes}
        as_of: 2025
      - id: wheat-2024
        statement: Orlan farmers harvested 9.4 million tonnes of wheat in 2024.
        quantity: {value: 9.4e6, unit: tonnes}
        as_of: 2024
  - id: harvest-2024
    title: Orlan grain board, harvest report 2024
    published: 2024-11-18
    superseded_by: harvest-2025
    facts:
      - id: barley-2024
        statement: Orlan farmers harvested {old} million tonnes of barley in 2024.
        quantity: {value: {old}e6, unit: tonnes}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, old, want", [
    # a record an earlier year's figure beats, given by a report a newer one replaced that does not give that year's
    # figure again: it still stands (the wheat of that year is another measure)
    ("Orlan farmers harvested 6.1 million tonnes of barley in 2025, an all-time record.", "en", 6.6, "mixed"),
    # control: the earlier year's figure is below
    ("Orlan farmers harvested 6.1 million tonnes of barley in 2025, an all-time record.", "en", 5.2, "unverified"),
])
def test_a_record_beaten_in_a_report_a_newer_one_replaced(tmp_path_factory, text, lang, old, want):
    st = last_statement(checker_for(tmp_path_factory, HARVEST.replace("{old}", str(old))), text, lang)
    assert_outcome(st, want, "ranking" if want == "mixed" else None)


FELL_FROM_A_RECORD = """
version: 1
entities:
  tessaly: {names: [Tessaly]}
  morvane: {names: [Morvane]}
sources:
  - id: results
    title: Tessaly and Morvane annual results 2025
    published: 2026-01-20
    facts:
      - id: bookings
        statement: Tessaly's bookings fell 7% to £318.4m in 2025, down from the record £342.1m of 2024.
        subject: tessaly
        quantity: {value: 318400000, unit: GBP}
        as_of: 2025
      - id: carnet-fr
        statement: Les prises de commandes de Morvane ont progressé de 9 % en 2025, à 612 millions d'euros.
        subject: morvane
        quantity: {value: 612000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level called a record that the confirming fact says fell (rose, for a lowest): below the level before it
    ("Tessaly's bookings of £318.4m in 2025 were a company record.", "en", "mixed"),
    ("Les prises de commandes de Morvane se sont établies à 612 millions d'euros en 2025, leur plus bas niveau "
     "historique.", "fr", "mixed"),
    # control: a rise to a record is no contradiction
    ("Les prises de commandes de Morvane ont atteint un record de 612 millions d'euros en 2025.", "fr", "unverified"),
])
def test_a_level_that_moved_away_is_no_record(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FELL_FROM_A_RECORD), text, lang)
    assert_outcome(st, want, "ranking" if want != "unverified" else None)


DENIAL_IN_ITS_OWN_CLAUSE = """
version: 1
entities:
  harlow: {names: [Harlow Foods]}
  valmore: {names: [Valmoré]}
sources:
  - id: updates
    title: Harlow Foods and Valmoré trading updates
    published: 2025-05-14
    facts:
      - id: target
        statement: Harlow Foods withdrew its 2028 margin target in May 2025, saying market conditions no longer supported it.
        subject: harlow
        as_of: 2025-05
      - id: objectifs-fr
        statement: Valmoré a retiré ses objectifs de marge pour 2028 en mai 2025, estimant que le marché ne les permettait plus.
        subject: valmore
        as_of: 2025-05
      - id: dividend
        statement: Harlow Foods did not change its dividend policy, the board having found no reason to do so.
        subject: harlow
        as_of: 2025-05
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact's denial in a clause of its own ("…, saying conditions no longer supported it") is not what it records:
    # the withdrawal it records refutes a claim that nothing was touched
    ("Harlow Foods has not touched its 2028 margin target.", "en", "contradicted"),
    ("Valmoré n'a pas touché à ses objectifs de marge pour 2028.", "fr", "contradicted"),
    # control: the denial in the clause that says what the claim denies confirms it
    ("Harlow Foods did not change its dividend policy.", "en", "supported"),
])
def test_a_denial_in_a_facts_other_clause_is_not_its_record(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, DENIAL_IN_ITS_OWN_CLAUSE), text, lang), want, "negation")
FIRST_IN_A_SPAN = """
version: 1
sources:
  - id: dalvane-2025
    title: Dalvane Ferries annual report 2025
    published: 2026-03-10
    facts:
      - id: fares
        statement: Dalvane said it had cut its fares in 2025 for the first time in over a decade.
        subject: dalvane
        as_of: 2025
      - id: routes
        statement: Dalvane opened routes to Kelso and Marn in 2025 for the first time in over six years.
        subject: dalvane
        as_of: 2025
entities:
  dalvane: {names: [Dalvane Ferries, Dalvane]}
"""


@pytest.mark.parametrize("text, want", [
    # "more than" before a span of time ("a decade") or a figure ("six years") bounds it: no order between two things
    ("It was the first time in more than a decade that Dalvane had cut its fares.", "supported"),
    ("Dalvane opened routes to Kelso and Marn for the first time in more than six years.", "supported"),
    # the bound still compared: another span is not the source's
    ("Dalvane opened routes to Kelso and Marn for the first time in more than nine years.", "unverified"),
])
def test_more_than_before_a_span_bounds_it(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, FIRST_IN_A_SPAN), text, "en")
    assert_outcome(st, want, "terms" if want == "supported" else None)


DIVIDEND_AFTER_NONE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
  ostrel: {names: [Ostrel]}
sources:
  - id: dividends
    title: Dividend data
    published: 2026
    facts:
      - id: velmor-div
        statement: Velmor verse un dividende de 0,40 euro par action au titre de l'exercice 2025, après n'avoir versé aucun dividende au titre de 2024.
        subject: velmor
        quantity: {value: 0.4, unit: EUR per share}
        as_of: 2025
      - id: norvel-div
        statement: Norvel is paying a dividend of 12p a share for 2025, having paid no dividend for 2024.
        subject: norvel
        quantity: {value: 0.12, unit: GBP per share}
        as_of: 2025
      - id: ostrel-div
        statement: Ostrel proposed no dividend for the 2024/25 year, after a dividend of 8p a share for 2023/24.
        subject: ostrel
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact that states the thing for the claim's year and denies it only for another year, in a clause that writes
    # that year: it refutes the denial of the claim's year, and confirms the denial of the other
    ("Velmor ne versera aucun dividende au titre de l'exercice 2025.", "fr", "contradicted", "negation"),
    ("Norvel will pay no dividend for 2025.", "en", "contradicted", "negation"),
    ("Velmor n'a versé aucun dividende au titre de l'exercice 2024.", "fr", "supported", "negation"),
    ("Norvel paid no dividend for 2024.", "en", "supported", "negation"),
    # a fiscal year written as two, "the 2024/25 year", is of both: no denial of another year than 2025's
    ("Ostrel's financial year ended in March 2025. The board proposed no dividend for the year.", "en", "supported",
     "negation"),
])
def test_a_denial_of_another_year_confirms_no_denial_of_the_claims(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, DIVIDEND_AFTER_NONE), text, lang), want, rule)


RENOUNCED = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria Brushes, Ostria]}
  dalcor: {names: [Dalcor]}
sources:
  - id: deals
    title: Velmor deals
    published: 2025-03-01
    facts:
      - id: ostria-fr
        statement: Velmor a acquis en février 2025 Ostria, un fabricant de pinceaux.
        subject: velmor
        object: ostria
        as_of: 2025-02
      - id: ostria-en
        statement: In February 2025 Velmor acquired Ostria Brushes, a maker of paintbrushes.
        subject: velmor
        object: ostria
        as_of: 2025-02
      - id: dalcor-fr
        statement: Velmor a renoncé à racheter Dalcor, jugé trop cher.
        subject: velmor
        object: dalcor
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a verb of renouncing denies what follows it, « a renoncé à acquérir X », "walked away from buying X": a fact
    # recording the purchase refutes it; a fact that renounces it too confirms it
    ("En février, Velmor a renoncé à acquérir Ostria, un fabricant de pinceaux.", "fr", "contradicted", "negation"),
    ("In February, Velmor walked away from buying Ostria Brushes, a maker of paintbrushes.", "en", "contradicted",
     "negation"),
    ("Velmor a finalement renoncé à racheter Dalcor.", "fr", "supported", "negation"),
])
def test_a_verb_of_renouncing_denies_what_follows(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RENOUNCED), text, lang), want, rule)


FAILED_RISE = """
version: 1
entities:
  tarvel: {names: [Tarvel Homes, Tarvel]}
sources:
  - id: tarvel-2025
    title: Tarvel annual results 2025
    published: 2026-02-20
    facts:
      - id: eps
        statement: Tarvel's adjusted earnings per share rose 4.6% to 57.2 pence in 2025.
        subject: tarvel
        quantity: {value: 0.572, unit: GBP per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a verb of failing denies the verb after it, "failed to rise", « a échoué à progresser »: it did not rise, which
    # a fact recording the rise refutes
    ("In 2025 Tarvel's adjusted earnings per share failed to rise, coming in at 57.2p.", "en", "contradicted",
     "negation"),
    ("En 2025, le bénéfice ajusté par action de Tarvel a échoué à progresser, à 57,2 pence.", "fr", "contradicted",
     "negation"),
])
def test_a_verb_of_failing_denies_what_follows(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FAILED_RISE), text, lang,
                               when=("21 February 2026", "21 février 2026")), want, rule)


RETURNS = """
version: 1
entities:
  tarvosk: {names: [Tarvosk]}
sources:
  - id: tarvosk-fy
    title: Tarvosk annual results
    facts:
      - id: roce
        statement: Tarvosk's return on capital employed was 31.4% in 2025, up from 27.9% in 2024.
        subject: tarvosk
        quantity: {value: 31.4, unit: percent}
        as_of: 2025
      - id: profit
        statement: Tarvosk's operating profit was a record 418 million euros in 2025.
        subject: tarvosk
        quantity: {value: 418e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the record is the operating profit's: a percentage ranked in apposition is not ranked by it
    ("Tarvosk's return on capital employed reached 31.4% in 2025, the highest in its history.", "en", "unverified"),
    ("La rentabilité des capitaux employés de Tarvosk a atteint 31,4 % en 2025, son plus haut niveau historique.", "fr",
     "unverified"),
    # the figure the record fact ranks itself: confirmed
    ("Tarvosk's operating profit reached €418m in 2025, the highest in its history.", "en", "supported"),
])
def test_a_record_of_another_measure_does_not_rank_a_figure_in_apposition(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RETURNS), text, lang)
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]
