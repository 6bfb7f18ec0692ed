"""Rule tests (split from test_fact_slots.py): actors — parties, credits and attributions, names, glosses and
the parties of a fact given each other's part."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, assert_rule, assert_verdict, checker_for, last_statement


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
    ("According to the Central Bank, 41.2% of trips were made on foot in the year ending June 2025.", "contradicted"),
])
def test_a_party_the_deciding_fact_credits_is_a_right_attribution(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, SURVEY), text, "en")
    assert_verdict(st, want)


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
    assert_verdict(st, want)


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
    ("D'après l'Insee, 8 % des logements de la ville étaient vacants en 2024.", "fr", "contradicted", "attribution"),
    ("According to the Office for Budget Responsibility, 12,400 building permits were granted in 2024.", "en", "contradicted", "attribution"),
    ("According to the Housing Data Agency, 12,400 building permits were granted in 2024.", "en", "supported", "attribution"),
])
def test_a_figure_the_source_credits_to_another_party(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CREDITED), text, lang)
    assert_rule(st, want, rule)


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


CLEFT_ABSENT = """
version: 1
entities:
  union: {names: [Fédération des pétroliers, oil federation]}
  ministry: {names: [ministère de l'Énergie, energy ministry]}
sources:
  - id: fuel
    title: Fuel margins 2026
    published: 2025-11-20
    facts:
      - id: rise
        statement: La Fédération des pétroliers a relevé les marges de 4,5 % au 1er janvier 2026.
        subject: union
        quantity: {value: 4.5, unit: percent}
        as_of: 2026-01-01
      - id: rise-en
        statement: The oil federation set the rise in margins at 6.5% from 1 January 2026.
        subject: union
        quantity: {value: 6.5, unit: percent}
        as_of: 2026-01-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # the focus of a cleft is the actor even when the fact names it nowhere: the fact's subject did it
    ("It was the energy ministry that set the rise in margins at 6.5% from 1 January 2026.", "en", "contradicted"),
    ("It was the oil federation that set the rise in margins at 6.5% from 1 January 2026.", "en", "supported"),
    ("C'est la Fédération des pétroliers qui a relevé les marges de 4,5 % au 1er janvier 2026.", "fr", "supported"),
])
def test_a_cleft_s_focus_the_fact_never_names_is_not_the_actor(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, CLEFT_ABSENT), text, lang)
    assert_verdict(st, want)


def test_a_cleft_s_focus_the_fact_never_names_is_never_confirmed(tmp_path_factory):
    text = "C'est le ministère de l'Énergie qui a relevé les marges de 4,5 % au 1er janvier 2026."
    st = last_statement(checker_for(tmp_path_factory, CLEFT_ABSENT), text, "fr")
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]



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
    ("Rates were cut after the CBN's own flash estimate showed euro-area inflation in Norland easing to 1.9% in May.", "en", "contradicted", "attribution"),
    ("The Central Bank of Norland said 1.9% was the rate of inflation in Norland in May.", "en", "contradicted", "attribution"),
    ("The NSO's flash estimate showed euro-area inflation in Norland easing to 1.9% in May.", "en", "supported", "attribution"),
    ("Les chiffres de la Banque de Norlande montrent que le taux de chômage en Norlande s'établit à 7,3 % au premier trimestre 2025.", "fr", "contradicted", "attribution"),
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
    ("Builders started 48,315 homes in Norland in 2024, according to figures published by the Tax Office.", "en", "contradicted", "attribution"),
    # a source the frame names only by its day or month names no one to check: the figure decides alone
    ("Builders started 48,315 homes in Norland in 2024, official figures released on Monday showed.", "en", "supported", "quantity"),
    ("The digest published in late February found that builders started 48,315 homes in Norland in 2024.", "en", "supported", "quantity"),
    ("D'après les chiffres publiés Lundi, 48 315 logements ont été commencés en Norlande en 2024.", "fr", "supported", "quantity"),
])
def test_a_figure_the_named_party_also_publishes(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, QUOTED), text, lang)
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
     "en", "contradicted", "attribution"),
    ("Selon l'Observatoire Insulaire des Transports, le nouvel horaire ajoute 412 traversées hebdomadaires vers les "
     "îles de Linmouth.", "fr", "contradicted", "attribution"),
])
def test_an_unknown_party_is_misattributed_only_for_a_confirmed_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FERRIES), text, lang)
    if rule:
        assert_rule(st, want, rule)
    else:
        assert st.verdict == want and not any("attribution" in c.rules for c in st.claims), \
            [(c.verdict, c.rules, c.explanation) for c in st.claims]



@pytest.mark.parametrize("text, lang, want", [
    # a speaker named only by an office and a person's name speaks for the body the statement is about: no party
    # of their own to set against the publisher; a named body other than the publisher stays a misattribution
    ("Chief executive Ewan Roskell said the new timetable adds 412 weekly sailings to the Linmouth islands.",
     "en", "supported"),
    ("Le directeur général Ewan Roskell a indiqué que le nouvel horaire ajoute 412 traversées hebdomadaires vers "
     "les îles de Linmouth.", "fr", "supported"),
    # (the office of a public body's head: "Administrator", « l'administrateur »)
    ("Administrator Ewan Roskell said the new timetable adds 412 weekly sailings to the Linmouth islands.",
     "en", "supported"),
    ("L'administrateur Ewan Roskell a indiqué que le nouvel horaire ajoute 412 traversées hebdomadaires vers "
     "les îles de Linmouth.", "fr", "supported"),
    ("According to the Island Travel Council, the new timetable adds 412 weekly sailings to the Linmouth islands.",
     "en", "contradicted"),
])
def test_an_officer_naming_no_party_is_no_other_source(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, FERRIES), text, lang), want)


HARLOW_TARGETS = """
version: 1
entities:
  harlow: {names: [Harlow Shipping, Harlow]}
sources:
  - id: results
    title: Harlow Shipping annual results 2025
    publisher: Reuters
    published: 2026-02-20
    facts:
      - id: targets
        statement: Harlow said it met all its financial targets for 2025.
        subject: harlow
        as_of: 2025
      - id: objectifs
        statement: Harlow a indiqué avoir atteint tous ses objectifs financiers pour 2025.
        subject: harlow
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the fact credits the company, the article its head by office and name: the officer speaks for it, no
    # misattribution; the officer of another named body stays one
    ("Chief executive Ewan Roskell said the group had met all its financial targets for 2025.", "en", "supported"),
    ("Le directeur général Ewan Roskell a indiqué que le groupe avait atteint tous ses objectifs financiers pour 2025.",
     "fr", "supported"),
    ("Island Travel Council chief executive Ewan Roskell said Harlow had met all its financial targets for 2025.", "en",
     "contradicted"),
])
def test_an_officer_speaks_for_the_company_the_fact_credits(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, HARLOW_TARGETS), text, lang), want)


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


OPENING_PREPOSITION = """
version: 1
entities:
  velmor: {names: [Velmor, Velmor Group]}
sources:
  - id: buyback
    title: Velmor share repurchase programme
    published: 2025-03-04
    facts:
      - id: size
        statement: Velmor began a share buyback of up to 80 million pounds.
        subject: velmor
        quantity: {value: 80000000, unit: GBP, bound: at-most}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a preposition opening the sentence before the figure's clause, "Alongside", "Beside", is no name either
    ("Alongside its full-year accounts, Velmor unveiled a buyback of shares of up to £80 million.", "en", "supported",
     "quantity"),
])
def test_a_preposition_before_the_figures_clause_is_no_name(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OPENING_PREPOSITION), text, lang), want, rule)


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


FLAT = """
version: 1
entities:
  hall: {names: [Harwick Hall, salle Harwick]}
sources:
  - id: visits
    title: Harwick Hall annual review 2024
    published: 2025-02-12
    facts:
      - id: visitors
        statement: There was no uplift in visitor numbers at Harwick Hall in 2024; they stayed at about 2.3 million.
        subject: hall
        quantity: {value: 2.3e6, unit: visitors}
        as_of: 2024
      - id: visiteurs
        statement: La fréquentation de la salle Harwick n'a connu aucune hausse en 2024 et est restée à environ 2,3 millions de visiteurs.
        subject: hall
        quantity: {value: 2.3e6, unit: visiteurs}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # no change is a way of its own ("no uplift", "stayed at", « aucune hausse », « est restée à »): a fall to the
    # same level is the wrong way, the level itself right
    ("Visitor numbers at Harwick Hall fell to about 2.3 million in 2024.", "en", "contradicted", "direction"),
    ("La fréquentation de la salle Harwick a reculé à environ 2,3 millions de visiteurs en 2024.", "fr", "contradicted",
     "direction"),
    ("Visitor numbers at Harwick Hall were flat at about 2.3 million in 2024.", "en", "supported", "quantity"),
    ("La fréquentation de la salle Harwick est restée stable, à environ 2,3 millions de visiteurs en 2024.", "fr",
     "supported", "quantity"),
])
def test_no_change_is_a_way_of_its_own(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FLAT), text, lang)
    assert_rule(st, want, rule)


RISEN = """
version: 1
entities:
  valdesia: {names: [Valdesia, Valdésie]}
sources:
  - id: tourism
    title: Valdesia tourism 2025
    published: 2026-02-01
    facts:
      - id: visitors
        statement: Visitor numbers in Valdesia rose 4% to 2.3 million in 2025.
        subject: valdesia
        quantity: {value: 2.3e6, unit: visitors}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure said to have stayed where it was ("stayed at", « est restée à » just before it) did not change: against a
    # rise, the wrong way; the same words before a place say nothing of change
    ("Visitor numbers in Valdesia stayed at 2.3 million in 2025.", "en", "contradicted"),
    ("En 2025, la fréquentation de la Valdésie est restée à 2,3 millions de visiteurs.", "fr", "contradicted"),
    ("In 2025, 2.3 million visitors stayed at hotels in Valdesia.", "en", "supported"),
])
def test_a_figure_that_stayed_where_it_was_did_not_change(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RISEN), text, lang), want)


HELD_DIVIDEND = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-results
    title: Norvel results 2024
    published: 2025-03-01
    facts:
      - id: dividend
        statement: Norvel's proposed dividend for 2024 is €1.20 per share, unchanged from 2023 (€1.20).
        subject: norvel
        quantity: {value: 1.2, unit: EUR per share}
        as_of: 2024
"""

CUT_DIVIDEND = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-results
    title: Norvel results 2024
    published: 2025-03-01
    facts:
      - id: dividend
        statement: Norvel proposes a dividend of €0.85 per share for 2024, to be put to the meeting of 14 May 2025.
        subject: norvel
        quantity: {value: 0.85, unit: EUR per share}
        as_of: 2024
      - id: dividend-2023
        statement: Norvel's dividend for 2023 was €1.10 per share.
        subject: norvel
        quantity: {value: 1.10, unit: EUR per share}
        as_of: 2023
"""


@pytest.mark.parametrize("listed, text, lang, want, rule", [
    # a verb that moves a level to a figure says the way it moved ("lifted to", « relevé à », « porté à »: up;
    # « ramené à »: down) — against a source that says it did not change, or whose fact of the year before gives a
    # higher level, the wrong way; the concept of what it measures (« dividende ») finds that fact of the year before
    (HELD_DIVIDEND, "Norvel will propose a dividend lifted to €1.20 per share.", "en", "contradicted", "direction"),
    (HELD_DIVIDEND, "Norvel proposera un dividende relevé à 1,20 euro par action.", "fr", "contradicted", "direction"),
    (HELD_DIVIDEND, "Norvel will propose a dividend of €1.20 per share.", "en", "supported", "quantity"),
    (CUT_DIVIDEND, "Norvel will propose a dividend raised to €0.85 per share.", "en", "contradicted", "direction"),
    (CUT_DIVIDEND, "Norvel proposera en mai un dividende porté à 0,85 euro par action.", "fr", "contradicted",
     "direction"),
    (CUT_DIVIDEND, "Norvel proposera un dividende ramené à 0,85 euro par action.", "fr", "supported", "quantity"),
])
def test_a_verb_that_moves_a_level_says_its_way(tmp_path_factory, listed, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, listed), text, lang), want, rule)


GLOSSED_PAYOUT = """
version: 1
sources:
  - id: tarnow-results
    title: Tarnow results 2024
    published: 2025-04-02
    facts:
      - id: final-payout
        statement: Tarnow proposed a final dividend of 3.7p per share for 2024-25, up 48% on the previous year.
        quantity: {value: 48, unit: percent}
        as_of: 2024
      - id: final-payout-fr
        statement: Tarnow a proposé un dividende final de 0,37 euro par action, en hausse de 48 % sur un an.
        quantity: {value: 48, unit: percent}
        as_of: 2024
"""

REGIONS_LISTED = """
version: 1
sources:
  - id: thefts-2024
    title: Vehicle thefts 2024
    published: 2025-02-10
    facts:
      - id: regions
        statement: In 2024 vehicle thefts fell in 21 regions and the capital, rose in 9 regions, and were flat in two.
        quantity: {value: 21, unit: regions}
        as_of: 2024
"""

MOVED_PAYOUT = """
version: 1
sources:
  - id: tarnow-results
    title: Tarnow results 2024
    published: 2025-04-02
    facts:
      - id: payout
        statement: The full-year dividend per share was raised to 6.15p for 2024 from 5.60p for 2023.
        quantity: {value: 0.0615, unit: GBP per share}
        as_of: 2024
"""


@pytest.mark.parametrize("listed, text, lang, want, rule", [
    # a level whose gloss writes the size of its own move ("3.7p per share, up 48 %", « 0,37 euro par action, en hausse
    # de 48 % »): the way it moved, against a verb that moves it the other way
    (GLOSSED_PAYOUT, "The board cut the final dividend to 3.7p a share.", "en", "contradicted", "direction"),
    (GLOSSED_PAYOUT, "Le conseil a réduit le dividende final à 0,37 euro par action.", "fr", "contradicted", "direction"),
    (GLOSSED_PAYOUT, "Tarnow proposed a final dividend of 3.7p a share.", "en", "supported", "quantity"),
    # a gloss going on with a list, "rose in 9 regions", is no move of the level before it
    (REGIONS_LISTED, "Thefts fell in 21 regions last year.", "en", "supported", "quantity"),
    # a figure said to have held that the sentence writes as an end of a move (its starting level, "from 5.60p", a
    # bare amount of the level's unit per share): held at neither end
    (MOVED_PAYOUT, "Tarnow's full-year dividend was kept unchanged at 5.60p.", "en", "contradicted", "direction"),
    (MOVED_PAYOUT, "Le dividende annuel de Tarnow est resté inchangé à 5,60 pence.", "fr", "contradicted", "direction"),
    (MOVED_PAYOUT, "Tarnow's full-year dividend was kept unchanged at 6.15p.", "en", "contradicted", "direction"),
    # the same with the amount per share written out (no longer only a bare amount): a wrong direction before a
    # wrong figure against the level reached (``turned.written_or_turned``)
    (MOVED_PAYOUT, "Tarnow's full-year dividend was kept unchanged at 5.60p a share.", "en", "contradicted", "direction"),
    (MOVED_PAYOUT, "Le dividende annuel de Tarnow est resté inchangé à 5,60 pence par action.", "fr", "contradicted", "direction"),
    (MOVED_PAYOUT, "Tarnow's full-year dividend rose to 6.15p from 5.60p.", "en", "supported", "quantity"),
])
def test_a_level_said_to_move_or_hold_against_its_own_move(tmp_path_factory, listed, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, listed), text, lang), want, rule)


SEGMENTS_HELD = """
version: 1
sources:
  - id: brenlow-results
    title: Brenlow results 2024
    published: 2025-03-05
    facts:
      - id: segments
        statement: In 2024 Brenlow's Ports arm grew operating profit 14% to £52.6m, while Logistics sales rose 7% to £940m with operating profit unchanged at £31.8m.
        as_of: 2024
      - id: segments-fr
        statement: En 2024, la branche Ports de Brenlow a accru son résultat opérationnel de 14 %, à 61,3 millions d'euros, tandis que le résultat opérationnel de la branche Logistique est resté stable à 33,9 millions d'euros.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the way the words right before a fact's figure say its level went there ("unchanged at £31.8m", « resté stable
    # à »), not the way of another figure of its clause ("sales rose 7 %")
    ("Ports grew operating profit by 14% to £52.6m, while Logistics' profit slipped to £31.8m.", "en", "mixed"),
    ("La branche Ports a accru son résultat opérationnel de 14 %, à 61,3 millions d'euros, tandis que celui de la "
     "branche Logistique a reculé à 33,9 millions d'euros.", "fr", "mixed"),
    ("Ports grew operating profit by 14% to £52.6m, while Logistics held its profit steady at £31.8m.", "en",
     "supported"),
])
def test_a_level_s_own_way_is_read_right_before_it(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SEGMENTS_HELD), text, lang), want)



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
    ("Average private rents in Norvale rose by 5.2% in the year to May, according to figures from Harbour Building Society, published on 3 June.", "en", "contradicted"),
    ("Les loyers privés moyens de Norvale ont augmenté de 5,2 % sur un an en mai, selon les chiffres de Harbour Building Society, publiés le 3 juin.", "fr", "contradicted"),
])
def test_a_credit_with_a_dated_apposition(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, DATED_CREDITS), text, lang), want, "attribution")


HEDGED_OTHER_PARTY = """
version: 1
entities:
  korvane: {names: [Korvane]}
  marlowe: {names: [Marlowe Research, Marlowe]}
sources:
  - id: korvane-outlook
    title: Korvane fourth-quarter results and outlook
    published: 2026-02-12
    facts:
      - id: guidance
        statement: Korvane expects first-quarter 2026 revenue of 27.0 billion dollars, plus or minus 2%.
        subject: korvane
        quantity: {min: 26.46e9, max: 27.54e9, unit: USD}
        as_of: 2026-03
  - id: marlowe-consensus
    title: Marlowe Research consensus
    published: 2026-02-12
    facts:
      - id: consensus
        statement: Analysts polled by Marlowe expected Korvane's first-quarter 2026 revenue of 26.2 billion dollars.
        subject: marlowe
        object: korvane
        quantity: {value: 26.2e9, unit: USD}
        as_of: 2026-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a hedged figure only near one party's figure and exactly another party's, for the same period, is the
    # other's: not confirmed for the party the article names
    ("Analysts surveyed by Marlowe expected first-quarter revenue of about $27 billion.", "en", "unverified"),
    ("Les analystes interrogés par Marlowe attendaient un chiffre d'affaires d'environ 27 milliards de dollars "
     "au premier trimestre.", "fr", "unverified"),
    ("Analysts surveyed by Marlowe expected first-quarter revenue of $26.2 billion.", "en", "supported"),
])
def test_a_hedged_figure_exactly_another_party_s_is_not_confirmed(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HEDGED_OTHER_PARTY), text, lang)
    assert_verdict(st, want)



AHEAD = """
version: 1
entities:
  green: {names: [Green Alliance, Alliance verte]}
  civic: {names: [Civic Union, Union civique]}
sources:
  - id: tally
    title: Dorsten regional vote, final tally
    published: 2026-05-04
    facts:
      - id: margin
        statement: The Civic Union finished second, with 84,000 votes more than the Green Alliance.
        subject: civic
        object: green
        quantity: {value: 84000, unit: votes}
        as_of: 2026-05-03
      - id: ecart
        statement: L'Union civique termine deuxième, avec 84 000 voix de plus que l'Alliance verte.
        subject: civic
        object: green
        quantity: {value: 84000, unit: voix}
        as_of: 2026-05-03
"""


@pytest.mark.parametrize("text, lang", [
    # the party a comparison puts ahead is the one the source puts behind: the other way round, whatever the figure
    ("The Green Alliance finished second, 84,000 votes ahead of the Civic Union.", "en"),
    ("L'Alliance verte termine deuxième, 84 000 voix devant l'Union civique.", "fr"),
])
def test_a_comparison_that_puts_the_other_party_ahead_is_contradicted(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, AHEAD), text, lang), "contradicted", "roles")


COUNTED = """
version: 1
entities:
  board: {names: [Highway Board, Régie autoroutière]}
  stats: {names: [Statistics Office, Office statistique]}
sources:
  - id: roads-report
    title: Highway Board annual report
    publisher: board
    published: 2026-02-01
    facts:
      - id: crossings
        statement: The Highway Board maintained 1,240 level crossings in 2025.
        subject: board
        quantity: {value: 1240, unit: level crossings}
        as_of: 2025
  - id: stats-bulletin
    title: Road deaths 2025
    publisher: stats
    published: 2026-03-01
    facts:
      - id: deaths
        statement: According to the Statistics Office, 2,415 people died on the roads in 2025.
        subject: stats
        quantity: {value: 2415, unit: deaths}
        as_of: 2025
      - id: deces
        statement: Selon l'Office statistique, 2 415 personnes sont mortes sur les routes en 2025.
        subject: stats
        quantity: {value: 2415, unit: décès}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a body the list knows as another source's publisher, made the subject of a counting verb: not its count
    ("In 2025 the Highway Board recorded 2,415 road deaths.", "en"),
    ("En 2025, la Régie autoroutière a recensé 2 415 décès sur les routes.", "fr"),
])
def test_a_count_credited_to_another_publisher_is_misattributed(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, COUNTED), text, lang), "contradicted", "attribution")


@pytest.mark.parametrize("text, lang, want", [
    # a body written as the subject of a verb of announcing or publishing: credited with the figure, as "according
    # to"; another body of the list than the one the source credits is a misattribution
    ("The Highway Board published a toll of 2,415 road deaths for 2025.", "en", "contradicted"),
    ("The Statistics Office published a toll of 2,415 road deaths for 2025.", "en", "supported"),
    ("La Régie autoroutière a publié un bilan de 2 415 décès sur les routes en 2025.", "fr", "contradicted"),
    ("L'Office statistique a publié un bilan de 2 415 décès sur les routes en 2025.", "fr", "supported"),
])
def test_a_figure_announced_by_another_body_is_misattributed(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COUNTED), text, lang)
    assert_rule(st, want, "attribution") if want == "contradicted" else assert_verdict(st, want)



STORM_LOSS = """
version: 1
entities:
  harbour: {names: [Harbour Authority, Autorité portuaire]}
  insurers: {names: [Insurers' Federation, Fédération des assureurs]}
sources:
  - id: insurers-2025
    title: Storm Halden, final insured loss estimate
    publisher: insurers
    published: 2025-11-20
    facts:
      - id: loss
        statement: The Insurers' Federation puts the insured loss from the March 2025 storm at €310 million.
        subject: insurers
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-03
      - id: perte
        statement: Selon la Fédération des assureurs, les pertes assurées de la tempête de mars 2025 atteignent 310 millions d'euros.
        subject: insurers
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-03
      - id: dredged
        statement: The Harbour Authority dredged 14 km of channel in 2025.
        subject: harbour
        quantity: {value: 14, unit: km}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a body the list knows as the subject of a fact of its own, made the subject of a counting verb whose object
    # runs on (a date in it is no figure): the count is another body's
    ("The Harbour Authority put the insured loss from the March 2025 storm at €310 million.", "en", "contradicted"),
    ("L'Autorité portuaire a chiffré les pertes assurées de la tempête de mars 2025 à 310 millions d'euros.", "fr",
     "contradicted"),
    ("The Insurers' Federation put the insured loss from the March 2025 storm at €310 million.", "en", "supported"),
    ("La Fédération des assureurs a chiffré les pertes assurées de la tempête de mars 2025 à 310 millions d'euros.",
     "fr", "supported"),
])
def test_a_count_credited_to_a_body_of_the_list_that_did_not_make_it(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STORM_LOSS), text, lang), want)

FAIR = """
version: 1
sources:
  - id: fair
    title: Castelford fair
    published: 2025-09-01
    facts:
      - id: visit
        statement: On 12 August 2025 the mayor visited the Castelford fair, which drew record crowds.
        as_of: 2025-08-12
      - id: visit-fr
        statement: Le 12 août 2025, le maire a visité la foire de Castelford, qui a attiré des foules record.
        as_of: 2025-08-12
      - id: trains
        statement: Les élèves de Castelford ont pris 40 000 trains en août 2025.
        quantity: {value: 40000, unit: trains}
        as_of: 2025-08
"""


@pytest.mark.parametrize("text, lang", [
    # a fact about another event that shares only the claim's month, or one word and its concept, is not the
    # claim's: no wrong date
    ("The harvest fair was held from 2 to 17 August 2025.", "en"),
    ("La foire aux vendanges s'est tenue du 2 au 17 août 2025.", "fr"),
    ("Les élèves avaient repris les cours le lundi 1er septembre 2025.", "fr"),
])
def test_a_fact_sharing_only_the_claim_s_date_is_not_about_it(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, FAIR), text, lang)
    assert_verdict(st, "unverified")

REBOUND = """
version: 1
sources:
  - id: rebound
    title: Castelford retail
    published: 2025-09-01
    facts:
      - id: rebound
        statement: The rise in Castelford shop closures partly reflects a catch-up after the sharp fall in closures during the lockdowns.
        as_of: 2025
      - id: rebound-fr
        statement: La hausse des fermetures de commerces à Castelford tient en partie à un rattrapage après le fort ralentissement des fermetures pendant les confinements.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a text naming both ways ("a catch-up after the fall") says no one direction against the fact's first one
    ("Analysts see a catch-up in Castelford shop closures after their sharp fall during the lockdowns.", "en"),
    ("Les analystes y voient un rattrapage des fermetures de commerces à Castelford, après leur net recul pendant les confinements.", "fr"),
])
def test_a_text_naming_both_ways_has_no_wrong_direction(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, REBOUND), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]



GLOSSED = """
version: 1
entities:
  brazil: {names: [Brazil, Brésil]}
  vietnam: {names: [Vietnam, Viêt Nam]}
sources:
  - id: coffee
    title: Coffee output in 2024
    published: 2025-03-01
    facts:
      - id: brazil-top
        statement: Brazil remained the largest coffee grower in 2024 with 2.8 million tonnes, 37% of world output.
        subject: brazil
        quantity: {value: 2800000, unit: tonnes}
        as_of: 2024
      - id: vietnam-second
        statement: Vietnam was the second-largest coffee grower in 2024 with 1.6 million tonnes.
        subject: vietnam
        quantity: {value: 1600000, unit: tonnes}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the party the claim opens with owns its first figure, even when a gloss in another unit follows it
    ("Brazil remained the largest coffee grower in 2024, with 2.8 million tonnes, about 37% of world output.", "en", "supported"),
    ("Vietnam remained the largest coffee grower in 2024, with 2.8 million tonnes, about 37% of world output.", "en", "contradicted"),
    ("Le Viêt Nam est resté le premier producteur de café en 2024, avec 2,8 millions de tonnes, environ 37 % de la production mondiale.", "fr", "contradicted"),
])
def test_the_opening_party_owns_a_glossed_first_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GLOSSED), text, lang)
    assert_verdict(st, want)


DISSENT = """
version: 1
entities:
  council: {names: [Harbour Council, council]}
  okafor: {names: [Amara Okafor, Okafor]}
  lindqvist: {names: [Erik Lindqvist, Lindqvist]}
sources:
  - id: budget
    title: Harbour Council budget votes
    published: 2025-04-02
    facts:
      - id: budget-2025
        statement: In March 2025 the Harbour Council approved a budget of €2.1 billion by a 10-1 vote, with councillor Amara Okafor dissenting.
        subject: council
        quantity: {value: 2100000000, unit: EUR}
        as_of: 2025-03
      - id: budget-2024
        statement: In March 2024 the Harbour Council approved a budget of €1.9 billion; councillor Erik Lindqvist voted against it.
        subject: council
        quantity: {value: 1900000000, unit: EUR}
        as_of: 2024-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a party named in the place of the one the confirming fact names is no part it confirms
    ("In March 2025, the council approved a budget of €2.1 billion, with Amara Okafor casting the only dissenting vote.", "en", "supported"),
    ("In March 2025, the council approved a budget of €2.1 billion, with Erik Lindqvist casting the only dissenting vote.", "en", "unverified"),
    ("En mars 2025, le conseil a approuvé un budget de 2,1 milliards d'euros, Erik Lindqvist votant seul contre.", "fr", "unverified"),
])
def test_a_party_in_the_place_of_the_one_the_fact_names(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, DISSENT), text, lang)
    assert_verdict(st, want)


REPORTED = """
version: 1
entities:
  office: {names: [Larnian Statistics Office, LSO]}
sources:
  - id: trade-2024
    title: Trade in goods, 2024
    publisher: office
    published: 2025-03-12
    facts:
      - id: deficit
        statement: The March 2025 release showed the trade deficit had narrowed for three consecutive years.
        subject: office
        as_of: 2025-03-12
      - id: deficit-fr
        statement: La publication de mars 2025 montre que le déficit commercial s'est réduit trois années de suite.
        subject: office
        as_of: 2025-03-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # the date a frame says the party reported on is the confirming source's, or a wrong date
    ("In March 2025, the LSO reported that the trade deficit had narrowed for three consecutive years.", "en", "supported"),
    ("In March 2023, the LSO reported that the trade deficit had narrowed for three consecutive years.", "en", "contradicted"),
    ("En mars 2025, le LSO a annoncé que le déficit commercial s'était réduit trois années de suite.", "fr", "supported"),
    ("En mars 2023, le LSO a annoncé que le déficit commercial s'était réduit trois années de suite.", "fr", "contradicted"),
])
def test_a_frame_s_report_date_is_the_confirming_source_s(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, REPORTED), text, lang)
    assert_verdict(st, want)


ESTIMATED_BY = """
version: 1
entities:
  met-office-x: {names: [Korland Weather Office]}
  relief-x: {names: [Korland Relief Agency, KRA]}
sources:
  - id: storm-report
    title: Storm Avel, final report
    publisher: met-office-x
    published: 2026-03-02
    facts:
      - id: damage
        statement: Storm Avel caused an estimated 4.6 billion euros of damage across Korland.
        quantity: {value: 4.6e9, unit: EUR}
        as_of: 2025
      - id: degats
        statement: La tempête Avel a causé 2,9 milliards d'euros de dégâts aux habitations en Korland.
        quantity: {value: 2.9e9, unit: EUR}
        as_of: 2025
  - id: relief-update
    title: Relief update on Storm Avel
    publisher: Radio Korland (citing KRA)
    published: 2026-01-10
    facts:
      - id: aid
        statement: The relief agency has paid 120 million euros in aid after Storm Avel.
        quantity: {value: 120e6, unit: EUR}
        as_of: 2026-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # a body named in words in a publisher field, subject of an estimating verb, is credited with another's figure
    ("The Korland Weather Office puts the total cost of Storm Avel for the nation at 4.6 billion euros.", "en", "supported"),
    ("The Korland Relief Agency puts the total cost of Storm Avel for the nation at 4.6 billion euros.", "en", "contradicted"),
    ("The Korland Relief Agency puts the aid paid after Storm Avel at 120 million euros.", "en", "supported"),
    ("Le Korland Weather Office évalue les dégâts aux habitations de la tempête Avel à 2,9 milliards d'euros.", "fr", "supported"),
    ("La Korland Relief Agency évalue les dégâts aux habitations de la tempête Avel à 2,9 milliards d'euros.", "fr", "contradicted"),
])
def test_a_body_estimating_anothers_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ESTIMATED_BY), text, lang)
    assert_verdict(st, want)


DRIVEN = """
version: 1
entities:
  non-eu: {names: [non-EU+ students, étudiants hors UE+]}
sources:
  - id: brennock-stats
    title: Brennock enrolment, 2025
    published: 2026-01-20
    facts:
      - id: fall
        statement: Enrolment at Brennock University fell by 4% in 2025, to 12,400 students.
        quantity: {value: -4, unit: percent}
        as_of: 2025
      - id: driver
        statement: The fall is driven by fewer non-EU+ students arriving for work- and study-related reasons and a continued, gradual increase in students leaving.
        as_of: 2025
      - id: driver-fr
        statement: La baisse est due à moins d'étudiants hors UE+ arrivant d'Asie pour des raisons de travail et d'études, et à une hausse continue et graduelle des départs d'étudiants.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact's clause closest to "the decline was driven" for want of a better one (no word in common: "a gradual
    # increase in students leaving") gives another thing's way of change, not the decline's
    ("Enrolment at Brennock University fell by 4% in 2025. The decrease was driven chiefly by fewer non-EU+ "
     "students arriving to study, and by a continued rise in the number of students who left.", "en", "supported",
     "terms"),
    ("Les inscriptions à l'université de Brennock ont baissé de 4 % en 2025. La baisse est due surtout à moins "
     "d'étudiants hors UE+ venus travailler et étudier, ainsi qu'à une hausse continue des départs d'étudiants.", "fr",
     "supported", "terms"),
])
def test_a_cause_clause_sharing_no_word_gives_no_direction(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, DRIVEN), text, lang)
    assert_rule(st, want, rule)


RELAYED = """
version: 1
entities:
  office: {names: [Norland Statistics Office, NSO]}
  bank: {names: [Central Bank of Norland, Banque centrale de Norlande]}
  agency: {names: [Housing Data Agency, HDA]}
  kelby-institute: {names: [Kelby Institute]}
  norland: {names: [Norland, Norlande]}
sources:
  - id: wire
    title: Prices slow again in Norland
    publisher: Norland Wire (report on Kelby Institute statistics)
    published: 2025-06-03
    facts:
      - id: cpi
        statement: Annual inflation in Norland fell to 1.9% in May 2025, down from 2.2% in April.
        quantity: {value: 1.9, unit: percent}
        as_of: 2025-05
  - id: permits
    title: Housing digest, spring 2025
    publisher: Habitat Weekly
    published: 2025-04-02
    facts:
      - id: permits-2024
        statement: HDA director Jane Morrow said 12,400 building permits were granted in 2024.
        subject: agency
        quantity: {value: 12400, unit: permits}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a publisher described as relaying the party's figures credits them to that party
    ("Annual inflation in Norland fell to 1.9% in May, Kelby Institute figures published on Tuesday show.",
     "en", "supported", "attribution"),
    ("L'inflation annuelle en Norlande est tombée à 1,9 % en mai, selon des chiffres du Kelby Institute publiés mardi.",
     "fr", "supported", "attribution"),
    ("According to the Central Bank of Norland, annual inflation in Norland fell to 1.9% in May.", "en", "contradicted",
     "attribution"),
])
def test_a_publisher_relaying_the_party_figures(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RELAYED), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    # the fact credits the agency through the very person the article names: no misattribution to the person
    ("Director Jane Morrow said 12,400 building permits were granted in 2024.", "en"),
    ("La directrice Jane Morrow a indiqué que 12 400 permis de construire avaient été accordés en 2024.", "fr"),
])
def test_a_person_speaking_for_the_credited_party(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, RELAYED), text, lang)
    assert not any(c.verdict == "contradicted" and "attribution" in c.rules for c in st.claims), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]



TAKEOVER = """
version: 1
entities:
  norvane: {names: [Norvane, Norvane Group]}
  holders: {names: [minority shareholders, actionnaires minoritaires, minoritaires]}
sources:
  - id: norvane-2025
    title: Norvane annual results 2025
    published: 2026-02-12
    facts:
      - id: offer
        statement: Norvane launched an offer to buy out the minority shareholders of its Chilean unit.
        subject: norvane
        object: holders
        as_of: 2026-02
      - id: offre
        statement: Norvane a lancé une offre de rachat des actionnaires minoritaires de sa filiale chilienne.
        subject: norvane
        object: holders
        as_of: 2026-02
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the party the fact declares as its object, written as the one who does the fact's verb: the other way round
    ("The minority shareholders of its Chilean unit launched an offer to buy out the group.", "en", "contradicted", "roles"),
    ("Les actionnaires minoritaires de la filiale chilienne ont lancé une offre de rachat du groupe.", "fr",
     "contradicted", "roles"),
    ("Norvane launched an offer to buy out the minority shareholders of its Chilean unit.", "en", "supported", "terms"),
    ("Le groupe Norvane a lancé une offre pour racheter les actionnaires minoritaires de sa filiale chilienne.", "fr",
     "supported", "roles"),
])
def test_a_declared_object_written_as_the_doer_is_reversed(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, TAKEOVER), text, lang)
    assert_rule(st, want, rule)


PROFITS = """
version: 1
entities:
  norvale: {names: [Norvale Foods, Norvale]}
  brigham: {names: [Brigham Dairy, Brigham]}
sources:
  - id: results
    title: Dairy results 2025
    published: 2026-02-10
    facts:
      - id: profit
        statement: Brigham Dairy posted 2025 net profit of 412 million euros, more than the 318 million euros earned by Norvale Foods.
        subject: brigham
        object: norvale
        quantity: {value: 412e6, unit: EUR}
        as_of: 2025
      - id: benefice
        statement: Brigham Dairy a dégagé en 2025 un bénéfice net de 412 millions d'euros, plus que les 318 millions d'euros gagnés par Norvale Foods.
        subject: brigham
        object: norvale
        quantity: {value: 412e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the source compares the figure of one with the figure "earned by" the other: that one is behind, whatever
    # the words between; a claim with no figure that puts it ahead has the parties the other way round
    ("In 2025 Norvale Foods stayed ahead of its rival Brigham Dairy on net profit.", "en", "contradicted"),
    ("En 2025, Norvale Foods est restée devant sa rivale Brigham Dairy pour le bénéfice net.", "fr", "contradicted"),
    ("In 2025 Brigham Dairy stayed ahead of its rival Norvale Foods on net profit.", "en", "supported"),
])
def test_a_comparison_with_the_figure_earned_by_a_party_puts_it_behind(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PROFITS), text, lang), want)


TICKETS = """
version: 1
entities:
  korvane: {names: [Korvane Rovers, Korvane]}
  lysmoor: {names: [Lysmoor United, Lysmoor]}
sources:
  - id: clubs
    title: Club accounts 2025
    published: 2026-01-20
    facts:
      - id: tickets
        statement: Korvane's ticket revenue of 96.4 million euros in 2025 was higher than Lysmoor's 88.2 million euros.
        quantity: {value: 96.4e6, unit: EUR}
        as_of: 2025
      - id: billetterie
        statement: Les recettes de billetterie de 2025 s'élèvent à 96,4 millions d'euros pour Korvane, contre 88,2 millions d'euros pour Lysmoor.
        quantity: {value: 96.4e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # each figure is its owner's ("X's … of N", "N earned by X", « N pour X », « X, avec N »): the claim that gives
    # each party the other's figure has them the other way round, whatever the verb that compares them
    ("In 2025 Lysmoor's ticket revenue of 96.4 million euros bettered the 88.2 million euros earned by Korvane.", "en",
     "contradicted"),
    ("En 2025, Lysmoor, avec 96,4 millions d'euros de billetterie, a devancé les 88,2 millions d'euros encaissés par "
     "Korvane.", "fr", "contradicted"),
    ("In 2025 Korvane's ticket revenue of 96.4 million euros bettered the 88.2 million euros earned by Lysmoor.", "en",
     "supported"),
    ("En 2025, Korvane, avec 96,4 millions d'euros de billetterie, a devancé les 88,2 millions d'euros encaissés par "
     "Lysmoor.", "fr", "supported"),
])
def test_a_figure_given_to_the_other_party_is_refuted(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, TICKETS), text, lang), want)


ANNOUNCED = """
version: 1
entities:
  voss: {names: [Clara Voss]}
  whitby: {names: [Alan Whitby]}
  dunhaven: {names: [Dunhaven]}
  harlow: {names: [Harlow Motors]}
sources:
  - id: port
    title: Port reconstruction fund
    published: 2025-03-04
    facts:
      - id: fund
        statement: Mayor Clara Voss announced on 3 March 2025 a fund of 1.4 billion dollars to rebuild the port of Dunhaven.
        quantity: {value: 1.4e9, unit: USD}
        as_of: 2025-03-03
      - id: fonds
        statement: La maire Clara Voss a annoncé le 3 mars 2025 un fonds de 1,4 milliard de dollars pour reconstruire le port de Dunhaven.
        quantity: {value: 1.4e9, unit: USD}
        as_of: 2025-03-03
      - id: buyback
        statement: Chief executive Dana Pruitt announced on 5 March 2025 a share buyback of 650 million dollars.
        subject: harlow
        quantity: {value: 650e6, unit: USD}
        as_of: 2025-03-05
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the confirmed figure's verb has another named doer in the source: the wrong actor
    ("On Monday Alan Whitby announced a Dunhaven port fund of 1.4 billion dollars.", "en", "contradicted", "roles"),
    ("Lundi, le gouverneur Alan Whitby a annoncé un fonds de 1,4 milliard de dollars pour reconstruire le port de Dunhaven.",
     "fr", "contradicted", "roles"),
    # the same person, with a title and her full name: no wrong actor
    ("On Monday Mayor Clara Voss announced a Dunhaven port fund of 1.4 billion dollars.", "en", "supported", "quantity"),
    ("Lundi, Clara Voss a annoncé un fonds de 1,4 milliard de dollars pour reconstruire le port de Dunhaven.",
     "fr", "supported", "quantity"),
    # the party the fact is of acts through whoever its sentence names: the company, for its chief executive
    ("On Wednesday Harlow Motors announced a share buyback of 650 million dollars.", "en", "supported", "quantity"),
])
def test_a_figure_announced_by_another_named_party_has_the_wrong_actor(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ANNOUNCED), text, lang), want, rule)


MINISTRIES = """
version: 1
entities:
  korland: {names: [Korland]}
  transport: {names: [Ministry of Transport, ministère des Transports, Transport Minister]}
  finance: {names: [Ministry of Finance, ministère des Finances, Finance Minister, Hal Brook]}
sources:
  - id: traffic
    title: Korland port traffic falls
    publisher: Harbour Wire
    published: 2026-01-20
    facts:
      - id: ports
        statement: Port traffic fell 12% in 2025, Finance Minister Hal Brook said.
        subject: finance
        quantity: {value: -12, unit: percent}
        as_of: 2025
      - id: ports-fr
        statement: Le trafic portuaire a reculé de 12 % en 2025, a déclaré le ministre des Finances Hal Brook.
        subject: finance
        quantity: {value: -12, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the ministry a possessive names speaks, not the country; another ministry than the one the fact credits
    ("Korland's Ministry of Transport says port traffic fell 12% in 2025.", "en", "contradicted"),
    ("The Ministry of Finance says port traffic fell 12% in 2025.", "en", "supported"),
])
def test_another_ministry_than_the_one_the_fact_credits_is_misattributed(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, MINISTRIES), text, lang), want)


SKI = """
version: 1
sources:
  - id: season
    title: Velmont ski season 2024-2025
    published: 2025-05-15
    facts:
      - id: attendance
        statement: Attendance at the Velmont ski area rose 3% over the 2024-2025 season compared with the previous season.
        quantity: {value: 3, unit: percent}
        as_of: 2025
      - id: frequentation
        statement: La fréquentation du domaine skiable de Velmont a progressé de 3 % sur la saison 2024-2025 par rapport à la saison précédente.
        quantity: {value: 3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # no change (the same level, no rise at all) against a rise: the other direction
    ("Over the season, attendance at the Velmont ski area held at the same level as the previous season.", "en",
     "contradicted"),
    ("Sur la saison, la fréquentation du domaine skiable de Velmont est restée au même niveau que la saison "
     "précédente, sans la moindre progression.", "fr", "contradicted"),
    ("Over the season, attendance at the Velmont ski area rose compared with the previous season.", "en", "supported"),
])
def test_no_change_against_a_rise_is_the_other_direction(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SKI), text, lang), want)



BRIDGE = """
version: 1
sources:
  - id: bridge
    title: Norvale bridge
    published: 2025-09-01
    facts:
      - id: opened
        statement: The Norvale toll bridge was opened to traffic on 14 March 2021 by the regional council.
        as_of: 2021-03-14
      - id: opened-fr
        statement: Le pont à péage de Norvale a été ouvert à la circulation le 14 mars 2021 par le conseil régional.
        as_of: 2021-03-14
"""


@pytest.mark.parametrize("text, lang, want", [
    # a date said of another event than the one the fact dates (the word before it, its verb or noun, is not the
    # fact's) is not refuted by the fact's date: the list does not give it
    ("Building work on the Norvale toll bridge was halted by a strike on 2 May 2019.", "en", "unverified"),
    ("Les travaux du pont à péage de Norvale avaient été suspendus le 2 mai 2019.", "fr", "unverified"),
    # the same event on another date is still wrong, and the right date confirmed
    ("The Norvale toll bridge was opened to traffic on 14 May 2021.", "en", "contradicted"),
    ("Le pont à péage de Norvale a été ouvert à la circulation le 14 mai 2021.", "fr", "contradicted"),
    ("The Norvale toll bridge was opened to traffic on 14 March 2021.", "en", "supported"),
    ("Le pont à péage de Norvale a été ouvert à la circulation le 14 mars 2021.", "fr", "supported"),
])
def test_a_date_of_another_event_is_not_refuted(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BRIDGE), text, lang)
    assert_verdict(st, want)



STORM = """
version: 1
sources:
  - id: toll
    title: Storm Orla, final toll
    published: 2025-03-01
    facts:
      - id: deaths
        statement: Storm Orla, which swept across Vallorn on 3 February 2025, killed 12 people.
        quantity: {value: 12, unit: people}
        as_of: 2025-02
      - id: morts
        statement: La tempête Orla, qui a balayé Vallorn le 3 février 2025, a fait 12 morts.
        quantity: {value: 12, unit: morts}
        as_of: 2025-02
"""


@pytest.mark.parametrize("text, lang, want", [
    # a relative clause's date dates what its antecedent names ("the storm, which hit Vallorn on …"): the
    # antecedent is the event's noun when the clause's own verb is not the fact's; the right date confirmed
    ("The storm, which hit Vallorn on 3 March 2025, killed 12 people.", "en", "mixed"),
    ("La tempête Orla, qui a frappé Vallorn le 3 mars 2025, a fait 12 morts.", "fr", "mixed"),
    ("The storm, which hit Vallorn on 3 February 2025, killed 12 people.", "en", "supported"),
])
def test_a_relative_clause_dates_its_antecedent(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STORM), text, lang), want)


OWN_FORECAST = """
version: 1
entities:
  ostravia-bank: {names: [Bank of Ostravia, Banque d'Ostravie]}
sources:
  - id: ostravia-cpi
    title: Ostravia consumer prices, November 2025
    published: 2025-12-19
    facts:
      - id: core-cpi-nov
        statement: Ostravia's core consumer prices rose 3.0% in November 2025 from a year earlier, above the Bank of Ostravia's target.
        quantity: {value: 3.0, unit: percent}
        as_of: 2025-11
  - id: ostravia-outlook
    title: Bank of Ostravia outlook report
    published: 2025-10-30
    facts:
      - id: core-cpi-forecast
        statement: The Bank of Ostravia kept its core inflation forecasts at 2.7% for fiscal 2025 and 1.8% for fiscal 2026.
        subject: ostravia-bank
        quantity: {value: 2.7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # "expects", « en attend »: the figure is the party's expectation, read against its forecast, not a measured one
    ("In its latest outlook, the bank projects that the economy will grow 0.5 percent. It expects core inflation "
     "of 2.7 percent for fiscal 2025, easing to 1.8 percent in fiscal 2026.", "en", "supported"),
    ("The Bank of Ostravia expects core inflation of 3.0 percent for fiscal 2025.", "en", "contradicted"),
    ("Dans ses dernières projections, la banque prévoit une croissance de 0,5 %. Elle table sur une inflation "
     "sous-jacente de 2,7 % pour l'exercice 2025.", "fr", "supported"),
    ("La Banque d'Ostravie en attend une inflation sous-jacente de 3,0 % pour l'exercice 2025.", "fr", "contradicted"),
])
def test_an_expected_figure_is_read_against_the_forecast(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OWN_FORECAST), text, lang)
    assert_verdict(st, want)


CONTINUED_GUIDANCE = """
version: 1
entities:
  ondoria: {names: [Ondoria]}
sources:
  - id: ondoria-fy2025
    title: Ondoria full-year 2025 results
    published: 2026-02-20
    facts:
      - id: margin-2025
        statement: Ondoria's operating margin was 8.4% of sales in 2025.
        subject: ondoria
        quantity: {value: 8.4, unit: percent}
        as_of: 2025
      - id: outlook-2026
        statement: For 2026, Ondoria targets sales growth of 5% and an operating margin of 9.5%.
        subject: ondoria
        quantity: {value: 9.5, unit: percent}
        as_of: 2026
  - id: ondoria-exercice-2025
    title: Ondoria, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: marge-2025
        statement: La marge opérationnelle d'Ondoria s'est établie à 8,4 % du chiffre d'affaires en 2025.
        subject: ondoria
        quantity: {value: 8.4, unit: percent}
        as_of: 2025
      - id: objectifs-2026
        statement: Pour 2026, Ondoria vise une croissance de ses ventes de 5 % et une marge opérationnelle de 9,5 %.
        subject: ondoria
        quantity: {value: 9.5, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # a modal of guidance continuing the forecast before gives an expectation for that forecast's year: never
    # contradicted by the result of the year before, met by the guidance
    ("For 2026, Ondoria targets sales growth of 5%. The operating margin should reach 9.5%.", "en", "supported"),
    ("Pour 2026, Ondoria vise une croissance de ses ventes de 5 %. La marge opérationnelle devrait s'établir à 9,5 %.",
     "fr", "supported"),
    ("For 2026, Ondoria targets sales growth of 5%. The operating margin should reach 8.4%.", "en", "contradicted"),
    ("Pour 2026, Ondoria vise une croissance de ses ventes de 5 %. La marge opérationnelle devrait s'établir à 8,4 %.",
     "fr", "contradicted"),
])
def test_a_continued_guidance_is_read_against_the_guidance_of_its_year(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, CONTINUED_GUIDANCE), text, lang)
    assert_rule(st, want, "quantity")          # (refuted by the guidance's figure, not as the result's wrong period)


@pytest.mark.parametrize("text, want", [
    # a name and its initials are one party ("Nordic-led NGT" for "Nordic Green Transition"): no wrong actor
    ("The Commission has been paying out its €6.2 billion contribution to the Nordic Green Transition loans.",
     "supported"),
    ("The Commission has been paying out its €6.2 billion contribution to the Baltic Solar Fund loans.", "unverified"),
])
def test_a_name_written_as_its_initials_is_the_same_party(tmp_path_factory, text, want):
    listing = """
version: 1
sources:
  - id: loans
    title: Commission loans to Ostra, March 2025
    published: 2025-03-10
    facts:
      - id: total
        statement: The Commission's assistance loan totals €6.2 billion and is its contribution to the Nordic-led NGT loans initiative.
        quantity: {value: 6.2e9, unit: EUR}
        as_of: 2025-03
"""
    assert_verdict(last_statement(checker_for(tmp_path_factory, listing), text, "en"), want)



SPOKEN = """
version: 1
entities:
  housing: {names: [Housing Agency, Agence du logement]}
  resettle: {names: [Resettlement Office, Office de réinstallation]}
sources:
  - id: housing-2024
    title: Annual housing report 2024
    publisher: housing
    published: 2025-01-20
    facts:
      - id: housed
        statement: The Resettlement Office permanently housed 12,340 homeless veterans in 2024.
        subject: resettle
        quantity: {value: 12340, unit: veterans}
        as_of: 2024
      - id: reloges
        statement: L'Office de réinstallation a relogé durablement 8 760 anciens combattants sans abri en 2024.
        subject: resettle
        quantity: {value: 8760, unit: anciens combattants}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the pronoun of the reported clause stands for the speaker: the speaker as the doer, while the fact declares
    # another party doing it
    ("The Housing Agency also said it had permanently housed 12,340 homeless veterans in 2024.", "en", "contradicted"),
    ("L'Agence du logement a aussi indiqué qu'elle avait relogé durablement 8 760 anciens combattants sans abri en "
     "2024.", "fr", "contradicted"),
    # the speaker who did it, or the doer named in the reported clause: supported
    ("The Resettlement Office said it had permanently housed 12,340 homeless veterans in 2024.", "en", "supported"),
    ("L'Office de réinstallation a indiqué qu'il avait relogé durablement 8 760 anciens combattants sans abri en "
     "2024.", "fr", "supported"),
    ("The Housing Agency said the Resettlement Office had permanently housed 12,340 homeless veterans in 2024.", "en",
     "supported"),
])
def test_a_pronoun_standing_for_the_speaker_is_the_actor(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SPOKEN), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


TRANSIT = """
version: 1
entities:
  norvania: {names: [Norvania, Norvanie]}
  estmark: {names: [Estmark]}
sources:
  - id: gas-2024
    title: Gas transit winter 2023-2024
    published: 2024-10-01
    facts:
      - id: transit
        statement: L'hiver 2023-2024, un transit record de 64 TWh est parti de Norvanie vers l'Estmark.
        subject: norvania
        object: estmark
        quantity: {value: 64, unit: TWh}
        as_of: 2024
      - id: transit-en
        statement: In winter 2023-2024, a record 71 TWh of transit gas flowed from Norvania to Estmark.
        subject: norvania
        object: estmark
        quantity: {value: 71, unit: TWh}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a flow received from the country the fact has it go to: its figure stated by the fact, its direction refuted
    # (« pays de transit » is no English "pays" of a French clause)
    ("La Norvanie sert de pays de transit : durant l'hiver 2023-2024, elle a reçu un volume record de 64 TWh en "
     "provenance de l'Estmark.", "fr", "mixed"),
    ("Norvania also serves as a transit country: in the winter of 2023-2024, it received a record 71 TWh from "
     "Estmark.", "en", "mixed"),
    # the flow the right way: supported
    ("La Norvanie sert de pays de transit : durant l'hiver 2023-2024, elle a envoyé un volume record de 64 TWh vers "
     "l'Estmark.", "fr", "supported"),
    ("Norvania also serves as a transit country: in the winter of 2023-2024, it sent a record 71 TWh to Estmark.",
     "en", "supported"),
])
def test_a_flow_the_other_way_stays_refuted_beside_its_stated_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TRANSIT), text, lang)
    assert_rule(st, want, "roles")


OPENED = """
version: 1
entities:
  commission: {names: [Regional Commission, Commission régionale, Anna Berg]}
sources:
  - id: flood-aid
    title: Regional response to the May 2025 floods
    publisher: commission
    published: 2025-05-20
    facts:
      - id: funds
        statement: In Castelford on 3 May 2025, Commission President Anna Berg said about 40 million euros of regional funds could be mobilised for the flooded towns.
        subject: commission
        quantity: {value: 40e6, unit: EUR, bound: about}
        as_of: 2025-05-03
      - id: fonds
        statement: À Castelford le 3 mai 2025, la présidente de la Commission régionale, Anna Berg, a indiqué que 25 millions d'euros de fonds régionaux avaient été débloqués pour les communes sinistrées.
        subject: commission
        quantity: {value: 25e6, unit: EUR, bound: about}
        as_of: 2025-05-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # the speaker is the name right before the frame's verb, not the date and place the sentence opens on (which
    # the fact also writes): another speaker than the one the fact credits is a misattribution
    ("On 3 May, in the flooded town of Castelford, Mayor Jane Doe announced that 40 million euros of regional funds "
     "could be mobilised for the flooded towns.", "en", "contradicted"),
    ("Le 3 mai, dans la ville sinistrée de Castelford, Jean Dupont a indiqué que 25 millions d'euros de fonds "
     "régionaux avaient été débloqués pour les communes sinistrées.", "fr", "contradicted"),
    # the speaker the fact credits: supported
    ("On 3 May, in the flooded town of Castelford, Commission President Anna Berg announced that 40 million euros of "
     "regional funds could be mobilised for the flooded towns.", "en", "supported"),
    ("Le 3 mai, dans la ville sinistrée de Castelford, Anna Berg a indiqué que 25 millions d'euros de fonds "
     "régionaux avaient été débloqués pour les communes sinistrées.", "fr", "supported"),
])
def test_the_speaker_is_named_past_the_sentence_s_opening_phrases(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OPENED), text, lang)
    assert_rule(st, want, "attribution") if want == "contradicted" else assert_verdict(st, want)


PLEDGE = """
version: 1
entities:
  holt: {names: [Jana Holt]}
  vos: {names: [Piet Vos]}
  estmark: {names: [Estmark]}
sources:
  - id: pledge-2025
    title: Holt pledges support
    published: 2025-05-06
    facts:
      - id: pledge
        statement: Meeting Piet Vos on 5 May 2025, Jana Holt pledged that Norvania would unconditionally back Estmark.
        subject: holt
        object: estmark
        terms: [soutien, support, inconditionnel, unconditional]
        as_of: 2025-05-05
"""


@pytest.mark.parametrize("text, lang", [
    # a transfer noun the possessive gives the subject (« le soutien de son pays », "its support"): the subject
    # gives, not the party the verb names after it
    ("En mai 2025, Jana Holt a assuré Piet Vos du soutien « inconditionnel » de son pays à l'Estmark.", "fr"),
    ("In May 2025, Jana Holt promised Piet Vos her support for Estmark.", "en"),
])
def test_a_possessed_transfer_noun_is_the_subject_s(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, PLEDGE), text, lang)
    assert (st.claims[0].claim.roles.giver, st.claims[0].claim.roles.receiver) == ("holt", "estmark")


CAUSED = """
version: 1
sources:
  - id: gas
    title: Castelford gas use
    published: 2025-09-01
    facts:
      - id: gas-plants
        statement: Gas burned by Castelford power plants fell to 12 TWh in 2024, down 40 % on a year, because of a rise in wind output.
        as_of: 2024
      - id: gas-plants-fr
        statement: Le gaz brûlé par les centrales de Castelford a reculé à 12 TWh en 2024, en baisse de 40 % sur un an, en raison de la hausse de la production éolienne.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # the rise that explains a fall is the cause's way, not the effect's: each part is compared with the same part
    ("The rebound in wind output explains this fall.", "en"),
    ("Le regain de la production éolienne explique ce recul.", "fr"),
])
def test_a_cause_s_way_is_not_the_effect_s(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, CAUSED), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang", [
    # the effect said the other way is still a wrong direction, the cause left as it is
    ("The rise in wind output explains the increase in gas burned by Castelford power plants in 2024.", "en"),
    ("La hausse de la production éolienne explique la progression du gaz brûlé par les centrales de Castelford en 2024.", "fr"),
])
def test_an_effect_said_the_other_way_beside_its_cause_is_wrong(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, CAUSED), text, lang)
    assert_rule(st, "contradicted", "direction")


PART_OF_WHOLE = """
version: 1
entities:
  corvane: {names: [Corvane Group, Corvane]}
  delta: {names: [Delta Labs]}
sources:
  - id: corvane-results
    title: Corvane Group full-year results 2025
    published: 2026-02-05
    facts:
      - id: sales-2025
        statement: Corvane Group's sales for 2025 were $8.4 billion, an increase of 11% year over year.
        subject: corvane
        quantity: {value: 8.4e9, unit: USD}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the whole's figure given to a named part of it: not the part's, left unchecked
    ("Corvane's Delta Labs unit booked $8.4 billion of sales in 2025.", "en", "unverified"),
    ("La division Delta Labs de Corvane a réalisé 8,4 milliards de dollars de ventes en 2025.", "fr", "unverified"),
    # (controls: the whole's figure given to the whole)
    ("Corvane Group booked $8.4 billion of sales in 2025.", "en", "supported"),
    ("Corvane Group a réalisé 8,4 milliards de dollars de ventes en 2025.", "fr", "supported"),
])
def test_a_figure_of_the_whole_given_to_a_named_part(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PART_OF_WHOLE), text, lang), want)


ELIDED_NAME = """
version: 1
sources:
  - id: reconstruction
    title: Programme de reconstruction du Valtorne
    published: 2024-02-01
    facts:
      - id: provinces
        statement: Le programme de reconstruction couvre les provinces de Valtorne, de Brisac et de Morlaine.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a name after an elided article (« la commune d'Orvenne ») is one the fact must write for its words to confirm
    ("L'épicentre se situait dans la commune d'Orvenne, dans la province de Valtorne.", "fr", "unverified"),
    ("The epicentre was in the village of Orvenne, in the province of Valtorne.", "en", "unverified"),
    # control: every name of the claim written by the fact
    ("Le programme de reconstruction couvre la province de Valtorne.", "fr", "supported"),
])
def test_a_name_after_an_elided_article_is_one_the_fact_must_write(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ELIDED_NAME), text, lang), want)



FEVER = """
version: 1
entities:
  valdoria: {names: [Valdoria]}
  agency: {names: [Health Watch Agency]}
sources:
  - id: fever
    title: Fever in 2024
    publisher: agency
    published: 2025-03-10
    facts:
      - id: valdoria
        statement: Valdoria alone reported over 2 million fever cases and 4,512 fever deaths in 2024.
        subject: valdoria
        quantity: {value: 2000000, unit: cases, bound: at-least}
        as_of: 2024
"""


@pytest.mark.parametrize("text, attributed", [
    # a place the list knows, publishing none of its sources, that "reported" a figure: the figure's own party, no
    # source to check; the party that publishes the list's source is one
    ("Valdoria alone reported more than 2 million cases and 4,512 deaths in 2024.", False),
    ("The Health Watch Agency reported more than 2 million cases and 4,512 deaths in Valdoria in 2024.", True),
])
def test_a_party_that_reports_its_own_figure_is_no_source(tmp_path_factory, text, attributed):
    st = last_statement(checker_for(tmp_path_factory, FEVER), text, "en")
    assert (st.verdict, any("attribution" in c.rules for c in st.claims)) == ("supported", attributed), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]



LEAGUE = """
version: 1
entities:
  korvane: {names: [Korvane]}
  lysmoor: {names: [Lysmoor]}
sources:
  - id: league
    title: Club revenue league 2025
    published: 2025-02-01
    facts:
      - id: korvane-revenue
        statement: Korvane earned 612.4 million euros of revenue in 2024.
        subject: korvane
        quantity: {value: 612.4e6, unit: EUR}
        as_of: 2024
      - id: korvane-recettes
        statement: Korvane a encaissé 612,4 millions d'euros de recettes en 2024.
        subject: korvane
        quantity: {value: 612.4e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure a lead phrase opens belongs to the subject of its clause ("With N, PARTY led …", « Avec N, PARTY … »):
    # a fact whose subject is another party the claim names gives it to that party
    ("With 2024 revenue of 612.4 million euros, Lysmoor topped the league, ahead of Korvane.", "en", "contradicted"),
    ("Avec 612,4 millions d'euros de recettes en 2024, Lysmoor a pris la tête du classement, devant Korvane.", "fr",
     "contradicted"),
    ("With 2024 revenue of 612.4 million euros, Korvane topped the league, ahead of Lysmoor.", "en", "supported"),
    ("Avec 612,4 millions d'euros de recettes en 2024, Korvane a pris la tête du classement, devant Lysmoor.", "fr",
     "supported"),
])
def test_the_figure_of_a_lead_phrase_is_its_clause_subjects(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LEAGUE), text, lang), want)


DEALS = """
version: 1
entities:
  holdane: {names: [Holdane, groupe Holdane]}
  corvel: {names: [Corvel, fonds Corvel]}
  norlink: {names: [Norlink]}
  brask: {names: [Brask Air, Brask]}
  pellam: {names: [Pellam]}
  ostrel: {names: [Ostrel]}
sources:
  - id: deals-2025
    title: Deals of 2025
    published: 2026-01-20
    facts:
      - id: entrepots
        statement: Holdane cède au fonds Corvel 45 % de deux entrepôts lyonnais pour 312 millions d'euros.
        subject: holdane
        object: corvel
        quantity: {value: 312e6, unit: EUR}
        as_of: 2025
      - id: warehouses
        statement: Holdane sold 45% of two Lyon warehouses to Corvel for 318 million euros.
        subject: holdane
        object: corvel
        quantity: {value: 318e6, unit: EUR}
        as_of: 2025
      - id: participation
        statement: Norlink a finalisé la prise d'une participation de 22,5 % dans le capital de Brask Air.
        subject: norlink
        object: brask
        quantity: {value: 22.5, unit: percent}
        as_of: 2025
      - id: stake
        statement: Norlink completed the purchase of a 23.5% stake in Brask Air.
        subject: norlink
        object: brask
        quantity: {value: 23.5, unit: percent}
        as_of: 2025
      - id: detient
        statement: Ostrel détient 31,5 % du capital de Pellam.
        subject: ostrel
        object: pellam
        quantity: {value: 31.5, unit: percent}
        as_of: 2025
      - id: owns
        statement: Ostrel owns 32.5% of Pellam.
        subject: ostrel
        object: pellam
        quantity: {value: 32.5, unit: percent}
        as_of: 2025
      - id: rachat
        statement: Pellam a acheté à Ostrel 1 200 logements pour 260 millions d'euros.
        subject: pellam
        object: ostrel
        quantity: {value: 260e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # buying from a party is the converse of selling to it (« racheter à », "buy from"): the seller and the buyer
    # swapped are contradicted
    ("Holdane a racheté au fonds Corvel 45 % de deux entrepôts lyonnais, pour 312 millions d'euros.", "fr",
     "contradicted"),
    ("Holdane bought 45% of two Lyon warehouses from Corvel for 318 million euros.", "en", "contradicted"),
    ("Le fonds Corvel a racheté à Holdane 45 % de deux entrepôts lyonnais pour 312 millions d'euros.", "fr",
     "supported"),
    ("Corvel bought 45% of two Lyon warehouses from Holdane for 318 million euros.", "en", "supported"),
    # a stake: its holder and the company whose capital it is, swapped (« entrer au capital de », "a stake in")
    ("Brask Air est entrée à hauteur de 22,5 % au capital de Norlink.", "fr", "contradicted"),
    ("Brask Air took a 23.5% stake in Norlink.", "en", "contradicted"),
    ("Norlink est entrée à hauteur de 22,5 % au capital de Brask Air.", "fr", "supported"),
    ("Norlink took a 23.5% stake in Brask Air.", "en", "supported"),
    # a verb of holding and a percentage (« détenir 31,5 % de », "own 32.5% of"), the holder and the held swapped
    ("Pellam détient 31,5 % d'Ostrel.", "fr", "contradicted"),
    ("Pellam owns 32.5% of Ostrel.", "en", "contradicted"),
    ("Ostrel détient 31,5 % de Pellam.", "fr", "supported"),
    ("Ostrel owns 32.5% of Pellam.", "en", "supported"),
    # the same in the passive (« être détenu à 31,5 % par », "be 32.5% owned by"): the agent holds, the subject is held;
    # a name in an incise beside the subject does not hide who holds whom
    ("Ostrel est détenue à 31,5 % par Pellam.", "fr", "contradicted"),
    ("Ostrel, the holding company of the Varden family, is 32.5% owned by Pellam.", "en", "contradicted"),
    ("Pellam est détenue à 31,5 % par Ostrel.", "fr", "supported"),
    ("Pellam is 32.5% owned by Ostrel.", "en", "supported"),
    # a relative clause holding a percentage of "its" capital: the antecedent holds, the main clause's party is held
    ("Ostrel s'appuie sur Pellam, qui détient 31,5 % de son capital.", "fr", "contradicted"),
    ("Ostrel relies on Pellam, which owns 32.5% of its shares.", "en", "contradicted"),
    ("Pellam s'appuie sur Ostrel, qui détient 31,5 % de son capital.", "fr", "supported"),
    # the company's generic noun as the main clause's subject (« le groupe », "the company", after an opening
    # phrase too): the party of the statement before, the one the relative clause's possessive stands for
    ("Ostrel a publié ses comptes. Le groupe s'appuie sur Pellam, qui détient 31,5 % de son capital.", "fr",
     "contradicted"),
    ("Ostrel published its accounts. Meanwhile, the company relies on Pellam, which owns 32.5% of its shares.", "en",
     "contradicted"),
    ("Pellam a publié ses comptes. Le groupe s'appuie sur Ostrel, qui détient 31,5 % de son capital.", "fr",
     "supported"),
    # the buyer the list declares as its subject, read as the one who receives on both sides: no false alarm
    ("Pellam a acheté à Ostrel 1 200 logements pour 260 millions d'euros.", "fr", "supported"),
    ("Ostrel a acheté à Pellam 1 200 logements pour 260 millions d'euros.", "fr", "contradicted"),
])
def test_the_buyer_and_the_seller_or_the_holder_of_a_stake_swapped(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, DEALS), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)



ACTED_ON = """
version: 1
sources:
  - id: orlande-crue
    title: Bilan de la crue de l'Orlande
    published: 2024-04-02
    facts:
      - id: crue-fr
        statement: Le 12 mars 2024, la crue de l'Orlande a détruit un entrepôt frigorifique.
      - id: flood-en
        statement: On 12 March 2024 the Orlande flood destroyed a grain warehouse near the river.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the event the claim dates, said by the fact of another thing (the object its shared verb takes)
    ("Le 12 mars, la crue de l'Orlande a détruit une école primaire.", "fr", "contradicted", "terms"),
    ("Le 12 mars, la crue de l'Orlande a détruit une ligne à haute tension.", "fr", "contradicted", "terms"),
    ("Le 12 mars, la crue de l'Orlande a détruit un entrepôt frigorifique de la commune.", "fr", "supported", "terms"),
    ("On 12 March the Orlande flood destroyed a primary school near the river.", "en", "contradicted", "terms"),
    ("On 12 March the Orlande flood destroyed an old grain warehouse near the river.", "en", "supported", "terms"),
])
def test_an_event_said_of_another_thing_is_not_confirmed(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ACTED_ON), text, lang)
    assert_rule(st, want, rule)



BAY_LOSS = """
version: 1
entities:
  weather: {names: [Weather Office, Office météorologique]}
  insurers: {names: [Insurers' Federation, Fédération des assureurs]}
  bay: {names: [Halden Bay, baie de Halden]}
sources:
  - id: insurers-2025
    title: Storm Halden, final insured loss estimate
    publisher: insurers
    published: 2025-11-20
    facts:
      - id: loss
        statement: The Insurers' Federation puts the insured loss in Halden Bay from the March 2025 storm at €310 million.
        subject: insurers
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-03
      - id: perte
        statement: La Fédération des assureurs chiffre les pertes assurées dans la baie de Halden lors de la tempête de mars 2025 à 310 millions d'euros.
        subject: insurers
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a body the list names only as a name (no source of its own, no fact), the subject of a counting verb, with a
    # place the list names between it and the figure: the count is still the body's, and another's in the list
    ("The Weather Office put the insured loss in Halden Bay from the March 2025 storm at €310 million.", "en",
     "contradicted"),
    ("L'Office météorologique a chiffré les pertes assurées dans la baie de Halden lors de la tempête de mars 2025 "
     "à 310 millions d'euros.", "fr", "contradicted"),
    ("The Insurers' Federation put the insured loss in Halden Bay from the March 2025 storm at €310 million.", "en",
     "supported"),
    ("La Fédération des assureurs a chiffré les pertes assurées dans la baie de Halden lors de la tempête de mars "
     "2025 à 310 millions d'euros.", "fr", "supported"),
])
def test_a_count_credited_to_a_named_body_past_a_place_named_between(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BAY_LOSS), text, lang)
    assert_rule(st, want, "attribution") if want == "contradicted" else assert_verdict(st, want)


HANDOVER = """
version: 1
entities:
  vessan: {names: [Vessan Club, club Vessan]}
  tarnel: {names: [Tarnel Federation, fédération Tarnel]}
  treasury: {names: [Korland treasury, Trésor korlandais]}
  fund: {names: [Korland Disaster Fund, Fonds korlandais des catastrophes]}
sources:
  - id: accounts
    title: Vessan Club accounts 2025
    published: 2026-03-02
    facts:
      - id: surplus
        statement: The Vessan Club passed a surplus of £31.4 million to the Tarnel Federation for 2025.
        subject: vessan
        object: tarnel
        quantity: {value: 31.4e6, unit: GBP}
        as_of: 2025
      - id: excedent
        statement: Le club Vessan a reversé un excédent de 27,6 millions d'euros à la fédération Tarnel en 2025.
        subject: vessan
        object: tarnel
        quantity: {value: 27.6e6, unit: EUR}
        as_of: 2025
  - id: harlow
    title: Harlow flood buyback
    published: 2026-02-10
    facts:
      - id: buyback
        statement: The treasury's buyback of the flooded homes in Harlow is estimated to cost 2.3 billion euros.
        subject: treasury
        quantity: {value: 2.3e9, unit: EUR, bound: about}
        as_of: 2026-02
      - id: rachat
        statement: Le rachat par le Trésor korlandais des maisons inondées de Harlow devrait coûter 2,3 milliards d'euros.
        subject: treasury
        quantity: {value: 2.3e9, unit: EUR, bound: about}
        as_of: 2026-02
      - id: claims
        statement: The Korland Disaster Fund received 4,100 damage claims from Harlow.
        subject: fund
        quantity: {value: 4100, unit: claims}
        as_of: 2026-02
"""


@pytest.mark.parametrize("text, lang, want", [
    # "pass/hand X to Y", « reverser X à Y »: the giver and the receiver swapped are contradicted
    ("The Tarnel Federation passed a surplus of £31.4 million to the Vessan Club for 2025.", "en", "contradicted"),
    ("The Tarnel Federation handed a surplus of £31.4 million to the Vessan Club for 2025.", "en", "contradicted"),
    ("The Vessan Club passed a surplus of £31.4 million to the Tarnel Federation for 2025.", "en", "supported"),
    ("La fédération Tarnel a reversé un excédent de 27,6 millions d'euros au club Vessan en 2025.", "fr",
     "contradicted"),
    ("Le club Vessan a reversé un excédent de 27,6 millions d'euros à la fédération Tarnel en 2025.", "fr",
     "supported"),
    # "cost PARTY N", « coûter N à PARTY »: who pays; another party of the list than the fact's is contradicted
    ("In February 2026, the buyout of the flooded homes of Harlow was expected to cost the Korland Disaster Fund "
     "about 2.3 billion euros.", "en", "contradicted"),
    ("In February 2026, the buyout of the flooded homes of Harlow was expected to cost the Korland treasury "
     "about 2.3 billion euros.", "en", "supported"),
    ("En février 2026, le rachat des maisons inondées de Harlow devait coûter environ 2,3 milliards d'euros au "
     "Fonds korlandais des catastrophes.", "fr", "contradicted"),
    ("En février 2026, le rachat des maisons inondées de Harlow devait coûter environ 2,3 milliards d'euros au "
     "Trésor korlandais.", "fr", "supported"),
])
def test_who_hands_a_sum_over_and_who_pays_what_it_costs(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HANDOVER), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


TITLED_NAME = """
version: 1
entities:
  korvald: {names: [Lena Korvald, Korvald]}
  fund: {names: [Orvane Sports Fund]}
sources:
  - id: prizes
    title: Orvane Sports Fund prize list
    published: 2025-07-30
    facts:
      - id: second
        statement: Second place overall, Korvald, earns 48,000 euros.
        object: korvald
        quantity: {value: 48000, unit: EUR}
        as_of: 2025
      - id: deuxieme
        statement: La dauphine du classement général, Korvald, empoche 48 000 euros.
        object: korvald
        quantity: {value: 48000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a capitalised word opening the sentence before a name the list declares describes it, it is no name of its own
    # that the fact must write ("Runner-up Korvald", « Dauphine Korvald »)
    ("Runner-up Korvald earns €48,000.", "en", "supported"),
    ("Dauphine Korvald empoche 48 000 euros.", "fr", "supported"),
    # control: the wrong figure stays wrong
    ("Runner-up Korvald earns €84,000.", "en", "contradicted"),
])
def test_a_word_opening_the_sentence_before_a_declared_name_is_no_name(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, TITLED_NAME), text, lang), want)



STAKE_SOLD = """
version: 1
entities:
  velmor: {names: [Velmor, groupe Velmor]}
  corvane: {names: [Corvane, fonds Corvane]}
  dalia: {names: [Dalia]}
sources:
  - id: stake-deals-2025
    title: Stake deals of 2025
    published: 2026-01-20
    facts:
      - id: cession
        statement: Velmor cède au fonds Corvane une participation de contrôle de 40 % dans Dalia, sa filiale d'arômes.
        subject: velmor
        object: corvane
        quantity: {value: 40, unit: percent}
        as_of: 2025
      - id: sale
        statement: Velmor sold to Corvane a 45% controlling stake in Dalia, its flavours unit.
        subject: velmor
        object: corvane
        quantity: {value: 45, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a stake in a third company bought from or sold to a party: the buyer and the seller are the roles, not the
    # holder and the company held; a name a few describing words precede keeps its preposition
    ("C'est Velmor qui rachète au fonds Corvane une participation de contrôle de 40 % dans Dalia.", "fr", "contradicted"),
    ("Velmor a racheté au fonds britannique Corvane une participation de 40 % dans Dalia.", "fr", "contradicted"),
    ("Le fonds Corvane rachète à Velmor une participation de contrôle de 40 % dans Dalia.", "fr", "supported"),
    ("Velmor cède au fonds d'investissement Corvane une participation de 40 % dans Dalia.", "fr", "supported"),
    ("Velmor bought a 45% controlling stake in Dalia from Corvane.", "en", "contradicted"),
    ("Velmor bought from buyout firm Corvane a 45% controlling stake in Dalia.", "en", "contradicted"),
    ("Corvane bought a 45% controlling stake in Dalia from Velmor.", "en", "supported"),
    ("Velmor sold a 45% controlling stake in Dalia to buyout firm Corvane.", "en", "supported"),
    # a progressive ("is buying") is the clause's verb, as the simple past is
    ("It is Velmor that is buying a 45% stake in Dalia from Corvane.", "en", "contradicted"),
    ("Corvane is buying a 45% stake in Dalia from Velmor.", "en", "supported"),
    # an infinitive is the transfer's verb when the clause has no other (« a accepté de racheter », "agreed to sell")
    ("Velmor a accepté de racheter au fonds Corvane une participation de 40 % dans Dalia.", "fr", "contradicted"),
    ("Le fonds Corvane a accepté de racheter à Velmor une participation de 40 % dans Dalia.", "fr", "supported"),
    ("Corvane agreed to sell a 45% controlling stake in Dalia to Velmor.", "en", "contradicted"),
    ("Velmor agreed to sell a 45% controlling stake in Dalia to Corvane.", "en", "supported"),
])
def test_a_stake_bought_from_its_seller_is_a_transfer_between_them(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, STAKE_SOLD), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


FOLLOWED = """
version: 1
entities:
  orsa: {names: [Orsa Bank, banque Orsa]}
  telm: {names: [Telm Bank, banque Telm]}
sources:
  - id: reserves-2025
    title: Reserve purchases of 2025
    published: 2026-02-01
    facts:
      - id: buyers
        statement: Orsa Bank was the largest buyer of silver in 2025 with 140 tonnes, followed by Telm Bank with 95 tonnes.
        subject: orsa
        quantity: {value: 140, unit: t}
        as_of: 2025
      - id: acheteurs
        statement: La banque Orsa a été le premier acheteur de cuivre en 2025 avec 240 tonnes, suivie de la banque Telm avec 195 tonnes.
        subject: orsa
        quantity: {value: 240, unit: t}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "X, followed by Y" (« suivie de ») puts X ahead as "X, ahead of Y" does: the two parties swapped are contradicted
    # (each party written with its own figure: the figures' pairing, rule region, sees the swap first; with the
    # second party's figure left out, the order, rule roles, does)
    ("Telm Bank was the largest buyer of silver in 2025, adding 140 tonnes, ahead of Orsa Bank with 95 tonnes.", "en",
     "contradicted", "region"),
    ("Orsa Bank was the largest buyer of silver in 2025, adding 140 tonnes, ahead of Telm Bank with 95 tonnes.", "en",
     "supported", None),
    ("La banque Telm a été le premier acheteur de cuivre en 2025 avec 240 tonnes, devant la banque Orsa.", "fr",
     "contradicted", "roles"),
    ("La banque Orsa a été le premier acheteur de cuivre en 2025 avec 240 tonnes, devant la banque Telm.", "fr",
     "supported", None),
])
def test_followed_by_puts_the_first_party_ahead(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FOLLOWED), text, lang)
    assert_rule(st, want, rule) if rule else assert_verdict(st, want)


FARE_CAP = """
version: 1
sources:
  - id: fares
    title: Velmont fares, summer 2025
    published: 2025-06-20
    facts:
      - id: cap
        statement: From 1 July 2025 the Velmont fare cap puts a single bus ticket at 2.50 pounds.
        as_of: 2025-07-01
      - id: cap-fr
        statement: Depuis le 1er juillet 2025, le plafond tarifaire de Velmont fixe le ticket de bus à 2,50 livres.
        as_of: 2025-07-01
      - id: emergency
        statement: The Velmont transport authority decided on 4 June 2025 that the fare freeze remains a regional priority.
        as_of: 2025-06-04
"""


@pytest.mark.parametrize("text, lang, want", [
    # a date the claim's own verb dates ("was introduced", « a été instauré », "declaring …"), a verb the fact
    # does not say, neither its noun nor a synonym, is another event of the same party: the fact's date refutes
    # nothing of it
    ("The Velmont fare cap was introduced in March 2022.", "en", "unverified"),
    ("Le plafond tarifaire de Velmont a été instauré en mars 2022.", "fr", "unverified"),
    ("The Velmont transport authority acted early, declaring the fare freeze a regional priority on 3 May 2025.",
     "en", "unverified"),
    # the fact's own event on another date is still wrong, and the right date confirmed
    ("From 1 March 2025 the Velmont fare cap puts a single bus ticket at 2.50 pounds.", "en", "mixed"),
    ("From 1 July 2025 the Velmont fare cap puts a single bus ticket at 2.50 pounds.", "en", "supported"),
])
def test_a_date_of_another_verb_is_not_refuted(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, FARE_CAP), text, lang), want)



ROADS = """
version: 1
sources:
  - id: roads
    title: Dalmoria road safety outlook
    published: 2025-06-01
    facts:
      - id: fewer
        statement: In 2025, 31 regions of Dalmoria are projected to see decreases in road deaths, 7 regions increases.
        quantity: {value: 31, unit: regions}
        as_of: 2025
      - id: fewer-fr
        statement: En 2025, 31 régions de Dalmorie devraient voir baisser le nombre de morts sur les routes, 7 régions le voir augmenter.
        quantity: {value: 31, unit: régions}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a way word in a later clause of another figure ("while 7 regions saw increases") is that figure's, not the
    # first figure's, whose own words say no way the list reads
    ("In 2025, 31 regions of Dalmoria, plus the capital district, saw fewer road deaths, while 7 regions saw "
     "increases.", "en", "supported"),
    ("En 2025, 31 régions de Dalmorie, plus le district de la capitale, ont compté moins de morts sur les routes, "
     "tandis que 7 régions ont connu une hausse.", "fr", "supported"),
    # the way said wrong in the figure's own clause is still wrong
    ("In 2025, 31 regions of Dalmoria, plus the capital district, saw road deaths rise, while 7 regions saw "
     "decreases.", "en", "contradicted"),
])
def test_a_later_clause_s_way_is_its_own_figure_s(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ROADS), text, lang), want)


KORVANE = """
version: 1
sources:
  - id: korvane
    title: Korvane Air traffic 2024
    published: 2025-03-01
    facts:
      - id: traffic
        statement: Korvane Air carried a record 48.3 million passengers in 2024, up 6% on 2023.
        quantity: {value: 48300000, unit: passengers}
        as_of: 2024
      - id: trafic
        statement: Korvane Air a transporté un record de 48,3 millions de passagers en 2024, en hausse de 6 % sur 2023.
        quantity: {value: 48300000, unit: passagers}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # the way words right before another figure that is a change ("the fall of 12 %") are that change's, not the
    # way the count beside it moved: no wrong direction for the passengers
    ("The fall of about 12% in profit came even though Korvane Air carried 48.3 million passengers in 2024.", "en"),
    ("La baisse d'environ 12 % est intervenue alors même que Korvane Air a transporté 48,3 millions de passagers "
     "en 2024.", "fr"),
])
def test_a_change_s_own_way_is_not_the_count_s(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, KORVANE), text, lang)
    assert "direction" not in {r for c in st.claims for r in c.rules}, [(c.verdict, c.rules, c.explanation) for c in st.claims]



TRACKED = """
version: 1
entities:
  agency: {names: [Energy Outlook Agency, EOA, Agence des perspectives énergétiques]}
  council: {names: [Grid Council, Conseil du réseau]}
sources:
  - id: tracker
    title: Heat pump sales 2024 (year-end data release)
    publisher: Volt Data
    published: 2025-01-14
    facts:
      - id: world
        statement: 4.3 million heat pumps were sold worldwide in 2024, up 12% on 2023.
        quantity: {value: 4300000, unit: heat pumps}
        as_of: 2024
  - id: outlook
    title: Heat Pump Outlook 2025
    publisher: agency
    published: 2025-05-02
    facts:
      - id: sales
        statement: More than 4 million heat pumps were sold around the world in 2024.
        subject: agency
        quantity: {value: 4000000, unit: heat pumps}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a short figure another source of the list, by the named party, also gives of the same concept: its figure
    ("More than 4 million heat pumps were sold worldwide in 2024, the Energy Outlook Agency said.", "en", "supported"),
    # a party the list knows that gives no such figure: still misattributed
    ("More than 4 million heat pumps were sold worldwide in 2024, the Grid Council said.", "en", "contradicted"),
])
def test_a_short_figure_the_named_party_also_publishes(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TRACKED), text, lang)
    assert_rule(st, want, "attribution")


GRANTED = """
version: 1
entities:
  water: {names: [Water Authority, Autorité de l'eau]}
  transport: {names: [Transport Ministry, ministère des Transports]}
sources:
  - id: dykes
    title: Dyke repair plan
    publisher: Riverside Gazette
    published: 2025-11-10
    facts:
      - id: grant
        statement: The Water Authority announced it would grant 48 million euros to repair the river dykes after the floods.
        subject: water
        quantity: {value: 48e6, unit: EUR}
        as_of: 2025-11
      - id: verse
        statement: L'Autorité de l'eau a annoncé qu'elle verserait 37 millions d'euros pour réparer les digues du fleuve après les crues.
        subject: water
        quantity: {value: 37e6, unit: EUR}
        as_of: 2025-11
"""


@pytest.mark.parametrize("text, lang, want", [
    # the speaker is the subject of the speech verb past a leading clause that ends on a verb of its own ("… was
    # announced, X said …"), and the fact's pronoun after its speech verb stands for its own speaker ("Y announced it
    # would grant"): another speaker doing it is the wrong actor
    ("Days before the closure was announced, the Transport Ministry said it would grant 48 million euros to repair "
     "the river dykes after the floods.", "en", "contradicted"),
    ("Le ministère des Transports a annoncé qu'il verserait 37 millions d'euros pour réparer les digues du fleuve "
     "après les crues.", "fr", "contradicted"),
    # the speaker the fact has doing it: supported
    ("Days before the closure was announced, the Water Authority said it would grant 48 million euros to repair "
     "the river dykes after the floods.", "en", "supported"),
    ("L'Autorité de l'eau a annoncé qu'elle verserait 37 millions d'euros pour réparer les digues du fleuve "
     "après les crues.", "fr", "supported"),
])
def test_a_speaker_doing_what_the_fact_s_speaker_says_it_does(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GRANTED), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a fact that declares no subject: who says it is the party its own sentence has saying it ("The Water Authority
    # announced it would grant …", « L'Autorité de l'eau a annoncé qu'elle … »), not the newspaper that published it
    ("The Water Authority said it would grant 48 million euros to repair the river dykes after the floods.", "en",
     "supported"),
    ("L'Autorité de l'eau a indiqué qu'elle verserait 37 millions d'euros pour réparer les digues du fleuve après "
     "les crues.", "fr", "supported"),
    # another declared party as the speaker: misattributed
    ("The Transport Ministry said it would grant 48 million euros to repair the river dykes after the floods.", "en",
     "contradicted"),
    ("Le ministère des Transports a indiqué qu'il verserait 37 millions d'euros pour réparer les digues du fleuve "
     "après les crues.", "fr", "contradicted"),
])
def test_the_speaker_a_fact_s_own_sentence_names(tmp_path_factory, text, lang, want):
    listing = GRANTED.replace("        subject: water\n", "")
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, "attribution") if want != "supported" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang", [
    # a fact's speaker that is no declared party is the article's only by the same name, never by a party's short id
    # written inside it ("ons" inside "The Transport Commissions")
    ("The ONS said that 41.2% of trips were made on foot in the year ending June 2025.", "en"),
    ("L'ONS a indiqué que 41,2 % des trajets ont été faits à pied sur l'année achevée fin juin 2025.", "fr"),
])
def test_a_fact_s_speaker_is_the_article_s_only_by_its_name(tmp_path_factory, text, lang):
    listing = """
version: 1
entities:
  ons: {names: [ONS, Office for National Statistics]}
sources:
  - id: travel
    title: Travel in the year ending June 2025
    publisher: Daily Courier
    published: 2025-09-10
    facts:
      - id: trips
        statement: The Transport Commissions said that 41.2% of trips were made on foot in the year ending June 2025.
        quantity: {value: 41.2, unit: percent}
        as_of: 2025-06
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]



GROUP_AND_LISTED = """
version: 1
entities:
  ormand-group: {names: [Ormand Group, groupe Ormand]}
  ormand-listed: {names: [Ormand Capital, Ormand Capital SA]}
sources:
  - id: ormand-q4
    title: Ormand fourth-quarter results
    published: 2025-02-05
    facts:
      - id: group-fees
        statement: Le groupe Ormand a encaissé 412 millions d'euros de commissions au quatrième trimestre 2024, en hausse de 8,2 %.
        subject: ormand-group
        quantity: {value: 412e6, unit: EUR}
        as_of: 2024-Q4
      - id: listed-fees
        statement: Ormand Capital a encaissé 276 millions d'euros de commissions au quatrième trimestre 2024, en hausse de 21,5 %.
        subject: ormand-listed
        quantity: {value: 276e6, unit: EUR}
        as_of: 2024-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    ("Au quatrième trimestre 2024, les commissions d'Ormand Capital ont augmenté de 21,5 %, à 276 millions d'euros.", "fr",
     "supported"),
    # the level reached, alone in its clause, is the subject's: the group's figures said of the listed company
    ("Au quatrième trimestre 2024, les commissions d'Ormand Capital ont augmenté de 8,2 %, à 412 millions d'euros.", "fr",
     "mixed"),
    ("In the fourth quarter of 2024, Ormand Capital's fees rose 8.2%, to 412 million euros.", "en", "mixed"),
])
def test_a_level_reached_alone_in_its_clause_is_the_subject_s(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GROUP_AND_LISTED), text, lang)
    assert st.verdict == want or want == "mixed" and st.verdict == "contradicted", \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


BUYBACK = """
version: 1
entities:
  ostral: {names: [Crédit Ostral, Credit Ostral]}
  brix: {names: [Brix Holdings, Brix]}
  pellan: {names: [Pellan Capital, Pellan]}
sources:
  - id: ostral-2025
    title: Ostral annual results 2024
    published: 2025-02-06
    facts:
      - id: brix-buys
        statement: Brix Holdings announced it would buy Crédit Ostral shares on the market for up to 300 million euros.
        subject: brix
        object: ostral
        quantity: {value: 300e6, unit: EUR, bound: at-most}
        as_of: 2025-02
      - id: pellan-sells
        statement: Pellan Capital sold 4.2 million Brix Holdings shares to Crédit Ostral in January 2025.
        subject: pellan
        object: ostral
        quantity: {value: 4.2e6, unit: shares}
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # the buyer written as the one whose shares are bought ("held by", « détenues par »): the other way round
    ("Separately, Crédit Ostral will buy up to 300 million euros of shares held by Brix Holdings.", "en", "contradicted"),
    ("En outre, Crédit Ostral rachètera des actions détenues par Brix Holdings, pour 300 millions d'euros au plus.", "fr",
     "contradicted"),
    ("Separately, Brix Holdings will buy up to 300 million euros of Crédit Ostral shares.", "en", "supported"),
    # the same sale told from the buyer's side: no wrong actor
    ("Crédit Ostral bought 4.2 million Brix Holdings shares from Pellan Capital in January 2025.", "en", "supported"),
])
def test_a_buyer_written_as_the_holder_of_what_is_bought_is_the_wrong_actor(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BUYBACK), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


BRAND_BOUGHT = """
version: 1
entities:
  velmor: {names: [Velmor]}
  corvane: {names: [Corvane]}
  dalia: {names: [Dalia]}
sources:
  - id: deal
    title: Velmor completes its purchase of Dalia
    publisher: velmor
    published: 2024-10-02
    facts:
      - id: dalia
        statement: Velmor closed its acquisition of the Dalia brand from Corvane for a base price of 1.5 billion dollars.
        subject: velmor
        object: corvane
        quantity: {value: 1.5e9, unit: USD}
        as_of: 2024-10-02
  - id: deal-fr
    title: Velmor rachète Nerys
    publisher: velmor
    published: 2024-11-04
    facts:
      - id: nerys
        statement: Velmor a finalisé le rachat de la marque Nerys à Corvane pour 320 millions d'euros.
        subject: velmor
        object: corvane
        quantity: {value: 320e6, unit: EUR}
        as_of: 2024-11-04
"""


@pytest.mark.parametrize("text, lang, want", [
    # a noun of buying in the fact ("its acquisition of Y from Z", « le rachat de Y à Z »): its subject buys, the
    # party it is bought from sells, whatever the list's declared subject and object; the thing bought no party
    ("Velmor a cédé la marque Dalia à l'américain Corvane pour 1,5 milliard de dollars.", "fr", "contradicted"),
    ("Corvane a cédé la marque Dalia à l'américain Velmor pour 1,5 milliard de dollars.", "fr", "supported"),
    ("Velmor a racheté la marque Dalia à Corvane pour 1,5 milliard de dollars.", "fr", "supported"),
    ("Corvane a bouclé l'acquisition de la marque Dalia, cédée par Velmor, pour 1,5 milliard de dollars.", "fr",
     "contradicted"),
    ("Velmor sold the Dalia brand to Corvane for $1.5 billion.", "en", "contradicted"),
    ("Corvane sold the Dalia brand to Velmor for $1.5 billion.", "en", "supported"),
    ("Velmor bought the Dalia brand from Corvane for $1.5 billion.", "en", "supported"),
    ("Corvane a racheté la marque Nerys à Velmor pour 320 millions d'euros.", "fr", "contradicted"),
    ("Velmor a racheté la marque Nerys à Corvane pour 320 millions d'euros.", "fr", "supported"),
    ("Velmor sold the Nerys brand to Corvane for 320 million euros.", "en", "contradicted"),
])
def test_a_noun_of_buying_in_the_fact_makes_its_subject_the_buyer(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BRAND_BOUGHT), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


CHAIR_QUITS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  holt: {names: [Anna Holt, Holt]}
  dunmore: {names: [Piet Dunmore, Dunmore]}
sources:
  - id: board
    title: Board change at Velmor
    publisher: velmor
    published: 2025-03-03
    facts:
      - id: quit
        statement: Anna Holt resigned as chair of Velmor on March 3, 2025, the first resignation from its board, and was replaced by Piet Dunmore.
        subject: holt
        as_of: 2025-03-03
      - id: quit-fr
        statement: Anna Holt a démissionné de la présidence de Velmor le 3 mars 2025, la première démission de son conseil, et a été remplacée par Piet Dunmore.
        subject: holt
        as_of: 2025-03-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the party the claim opens on doing what the fact has its subject do (a word or a concept of its verb): another
    # doer, even when the fact names that party in another role
    ("Piet Dunmore left his post as chair of Velmor on March 3, 2025, becoming the first to quit its board.", "en",
     "contradicted", "roles"),
    ("Piet Dunmore a quitté ses fonctions de président de Velmor le 3 mars 2025, devenant le premier à démissionner "
     "de son conseil.", "fr", "contradicted", "roles"),
    ("Anna Holt left her post as chair of Velmor on March 3, 2025, becoming the first to quit its board.", "en",
     "supported", "terms"),
    ("Piet Dunmore replaced Anna Holt as chair of Velmor on March 3, 2025.", "en", "supported", "roles"),
    ("Piet Dunmore a remplacé Anna Holt à la présidence de Velmor le 3 mars 2025.", "fr", "supported", "roles"),
    ("Piet Dunmore took over after Anna Holt resigned as chair of Velmor on March 3, 2025.", "en", "supported", "terms"),
    ("Piet Dunmore a pris la relève après qu'Anna Holt a démissionné de la présidence de Velmor le 3 mars 2025.", "fr",
     "supported", "terms"),
    # an ordinal ranking a verb ("the third to quit", « la troisième à démissionner ») against the fact's ordinal of
    # a noun of the same concept ("the first resignation")
    ("Anna Holt left her post as chair of Velmor on March 3, 2025, becoming the third to quit its board.", "en",
     "contradicted", "ranking"),
    ("Anna Holt a quitté ses fonctions de présidente de Velmor le 3 mars 2025, devenant la troisième à démissionner "
     "de son conseil.", "fr", "contradicted", "ranking"),
    # a verb denied by "rather than", « plutôt que de »: the event the fact records, denied
    ("Anna Holt kept her post as chair of Velmor on March 3, 2025, rather than resigning.", "en", "contradicted",
     "negation"),
    ("Anna Holt est restée présidente de Velmor le 3 mars 2025 plutôt que de démissionner.", "fr", "contradicted",
     "negation"),
])
def test_the_doer_rank_and_denial_of_a_dated_event(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, CHAIR_QUITS), text, lang), want, rule)


SALES_ROSE = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: res
    title: Velmor results
    publisher: velmor
    published: 2025-02-03
    facts:
      - id: sales
        statement: Velmor's sales rose 3% in 2024.
        subject: velmor
        quantity: {value: 3, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # "rather than", « plutôt que de » deny the verb after them only: the clause's own way is not denied
    ("Velmor's sales rose 3% in 2024, rather than falling as analysts had feared.", "en"),
    ("Les ventes de Velmor ont augmenté de 3 % en 2024 plutôt que de baisser.", "fr"),
])
def test_a_verb_denied_by_rather_than_leaves_the_clause_s_own_way(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SALES_ROSE), text, lang), "supported")


NO_SHARED_DEED = """
version: 1
entities:
  velmor: {names: [Velmor]}
  harrow: {names: [Harrow Capital]}
sources:
  - id: velmor-2025
    title: Velmor, capital allocation update
    published: 2025-03-04
    facts:
      - id: buyback-cut
        statement: Velmor cut its quarterly share buyback to between 500 million and 700 million dollars for the first quarter of 2025, and plans to raise its dividend by at least 3% a year.
        subject: velmor
        quantity: {min: 500000000, max: 700000000, unit: USD}
        as_of: 2025-Q1
"""


@pytest.mark.parametrize("text, lang", [
    # a way of moving ("cut", "falls short") is no deed two parties share: another party
    # doing something else is not the fact's doer replaced
    ("Harrow Capital has a name for pressing managements, and its allies have floated a board shake-up if the plan "
     "falls short.", "en"),
])
def test_a_way_of_moving_is_no_deed_of_another_doer(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, NO_SHARED_DEED), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


PORT_NAMES = """
version: 1
entities:
  harbour: {names: [the port, le port]}
  velmar-authority: {names: [Port Authority of Velmar, Port autonome de Velmar]}
sources:
  - id: velmar-traffic-2024
    title: Velmar harbour traffic 2024
    published: 2025-02-10
    facts:
      - id: calls
        statement: More than 400 ship calls were handled in Velmar in 2024.
        subject: velmar-authority
        quantity: {value: 400, unit: ship calls, bound: at-least}
        as_of: 2024
      - id: escales
        statement: Plus de 400 escales de navires ont été traitées à Velmar en 2024.
        subject: velmar-authority
        quantity: {value: 400, unit: escales, bound: at-least}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a name the list declares that opens with an article ("the port") yields to the longer name that begins at its
    # content word and runs past it ("the Port Authority of Velmar"): that party, no stray capitalised word left over
    ("In 2024, the Port Authority of Velmar handled fewer than 400 ship calls.", "en", "contradicted"),
    ("In 2024, the Port Authority of Velmar handled more than 400 ship calls.", "en", "supported"),
    ("En 2024, le Port autonome de Velmar a traité moins de 400 escales de navires.", "fr", "contradicted"),
    ("En 2024, le Port autonome de Velmar a traité plus de 400 escales de navires.", "fr", "supported"),
])
def test_a_name_its_article_opens_yields_to_the_longer_one_inside(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PORT_NAMES), text, lang), want)


UNDECIDED_CREDIT = """
version: 1
entities:
  agency: {names: [Ostria Wetlands Agency, OWA]}
  institute: {names: [Velmor Institute]}
sources:
  - id: wetlands
    title: Coastal wetlands report 2025
    publisher: agency
    published: 2025-04-10
    facts:
      - id: intrusion
        statement: According to the OWA, 41.7 per cent of the coastal marshes experienced saltwater intrusion between January 2023 and April 2025.
        subject: agency
        quantity: {value: 41.7, unit: percent}
        as_of: 2025-04
      - id: intrusion-fr
        statement: Selon l'OWA, 38,6 % des marais littoraux ont subi une remontée d'eau salée entre janvier 2023 et avril 2025.
        subject: agency
        quantity: {value: 38.6, unit: percent}
        as_of: 2025-04
"""


@pytest.mark.parametrize("text, lang, want", [
    # the one fact that gives the statement's undecided figure credits another named party: a misattribution
    ("According to the Velmor Institute, 41.7 per cent of the coastal marshes were hit by saltwater intrusion between "
     "January 2023 and April 2025.", "en", "contradicted"),
    ("Selon le Velmor Institute, 38,6 % des marais littoraux ont été touchés par une remontée d'eau salée entre "
     "janvier 2023 et avril 2025.", "fr", "contradicted"),
    # the party the fact credits, written in full: no misattribution
    ("According to the Ostria Wetlands Agency, 41.7 per cent of the coastal marshes were hit by saltwater intrusion "
     "between January 2023 and April 2025.", "en", "supported"),
    ("Selon l'Ostria Wetlands Agency, 38,6 % des marais littoraux ont été touchés par une remontée d'eau salée entre "
     "janvier 2023 et avril 2025.", "fr", "supported"),
])
def test_an_undecided_figure_credited_to_another_party(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, UNDECIDED_CREDIT), text, lang)
    assert [c.verdict for c in st.claims if c.claim.role == "attribution-frame"] == [want], \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


OXYGEN_UNIT = """
version: 1
entities:
  norvel: {names: [Norvel Gas, Norvel]}
  ostria: {names: [Ostria Energy, Ostria]}
sources:
  - id: deals
    title: Norvel Gas press releases 2025
    published: 2025-11-20
    facts:
      - id: oxygen-unit
        statement: Norvel Gas will pay Ostria Energy 850 million euros for an oxygen unit at its Velmar site.
        subject: norvel
        object: ostria
        quantity: {value: 850000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the claim and the fact each write a figure, none in common: two transfers, and the fact's roles refute nothing
    # of the claim's (the control: the fact's own sum the other way round)
    ("In 2025 Norvel Gas also received 110 million euros from Ostria Energy under a supply contract.", "en",
     "unverified", None),
    ("En 2025, Norvel Gas a par ailleurs obtenu d'Ostria Energy une remise de 12 % sur ses achats de gaz.", "fr",
     "unverified", None),
    ("In 2025 Norvel Gas received 850 million euros from Ostria Energy for an oxygen unit.", "en", "contradicted",
     "roles"),
    ("En 2025, Norvel Gas a reçu 850 millions d'euros d'Ostria Energy pour une unité d'oxygène.", "fr", "contradicted",
     "roles"),
])
def test_roles_refute_only_the_transfer_of_a_figure_the_fact_writes(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OXYGEN_UNIT), text, lang)
    assert_outcome(st, want, rule)


STALLED = """
version: 1
sources:
  - id: velmor-incident
    title: Velmor plant incident report
    published: 2025-04-02
    facts:
      - id: fr
        statement: Le 3 mars 2025, le groupe de secours de la centrale de Velmor s'est arrêté prématurément, si bien que la turbine n'a pas pu redémarrer.
      - id: en
        statement: On 4 March 2025 the backup pump of the Norvel dam shut down early, so the sluice gates could not be opened.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact's denial in another clause than the one that says what the claim says denies nothing of it
    ("Le 3 mars, le groupe de secours de la centrale de Velmor s'est arrêté prématurément.", "fr", "supported", "terms"),
    ("Le 5 mars, le groupe de secours de la centrale de Velmor s'est arrêté prématurément.", "fr", "contradicted", "date"),
    ("On 4 March the backup pump of the Norvel dam shut down early.", "en", "supported", "terms"),
    ("On 6 March the backup pump of the Norvel dam shut down early.", "en", "contradicted", "date"),
])
def test_a_denial_in_another_clause_of_the_fact_denies_nothing_of_the_claim(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, STALLED), text, lang)
    assert_rule(st, want, rule)


OWN_ANNOUNCEMENT = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
  brask: {names: [Brask Energy, Brask]}
sources:
  - id: velmor-h1
    title: Velmor, résultats semestriels 2025
    publisher: velmor
    published: 2025-07-24
    facts:
      - id: forecast
        statement: Velmor a relevé sa prévision de chiffre d'affaires pour 2025.
        subject: velmor
  - id: norvel-q3
    title: Norvel third-quarter 2025 trading update
    publisher: norvel
    published: 2025-10-29
    facts:
      - id: deal
        statement: Norvel announced the acquisition of Brask Energy, a maker of heat pumps.
        subject: norvel
      - id: outlook
        statement: Norvel raised its revenue forecast for 2025.
        subject: norvel
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a party's own announcement dated by its month: the month its own source was published
    ("En juillet, Velmor a relevé sa prévision de chiffre d'affaires pour 2025.", "fr", "supported", "terms"),
    ("En mars, Velmor a relevé sa prévision de chiffre d'affaires pour 2025.", "fr", "unverified", None),
    ("In October, Norvel announced the acquisition of Brask Energy.", "en", "supported", "terms"),
    ("In June, Norvel announced the acquisition of Brask Energy.", "en", "unverified", None),
])
def test_an_announcement_dated_by_the_month_its_party_published_it(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OWN_ANNOUNCEMENT), text, lang)
    assert_outcome(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a forecast said revised one way against a source that says the other, no figure on either side
    ("Velmor a abaissé sa prévision de chiffre d'affaires pour 2025.", "fr", "contradicted", "direction"),
    ("Velmor a relevé sa prévision de chiffre d'affaires pour 2025.", "fr", "supported", "terms"),
    ("Norvel cut its revenue forecast for 2025.", "en", "contradicted", "direction"),
    ("Norvel raised its revenue forecast for 2025.", "en", "supported", "terms"),
])
def test_a_forecast_revised_the_other_way_without_a_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OWN_ANNOUNCEMENT), text, lang)
    assert_rule(st, want, rule)


WIDENING = """
version: 1
sources:
  - id: velmor-revenus
    title: Revenus et inégalités à Velmor, 2024
    published: 2025-09-10
    facts:
      - id: fr
        statement: Les inégalités de revenus augmentent à Velmor en 2024.
      - id: en
        statement: The pay gap between women and men in Norvel narrowed in 2024.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a reflexive verb of widening or narrowing in its plural and past forms: the way the fact says
    ("À Velmor, les inégalités de revenus se creusent.", "fr", "supported", "terms"),
    ("À Velmor, les inégalités de revenus se resserrent.", "fr", "contradicted", "direction"),
    ("In Norvel, the pay gap between women and men narrowed.", "en", "supported", "terms"),
    ("In Norvel, the pay gap between women and men widened.", "en", "contradicted", "direction"),
])
def test_a_gap_said_to_widen_or_narrow_in_a_reflexive_verb(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, WIDENING), text, lang)
    assert_rule(st, want, rule)


ANALYSTS_OF = """
version: 1
entities:
  velmor-bank: {names: [Velmor Bank]}
  velmor-data: {names: [Velmor Data]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-bank-note
    title: Velmor Bank on Norvel
    facts:
      - id: weekly-loss
        statement: Velmor Bank estimated that Norvel was losing £40m of sales every week.
        subject: velmor-bank
        quantity: {value: 40e6, unit: GBP}
        as_of: 2025-05
      - id: consensus
        statement: Les analystes interrogés par Velmor Data tablaient sur un chiffre d'affaires de 5,52 milliards d'euros pour Norvel en 2025.
        subject: velmor-data
        quantity: {value: 5.52e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # analysts at a named body speak for it ("analysts at Ostrand Capital": Ostrand Capital), and a consensus is
    # « établi par » the body that compiled it: credited to another body than the list's, never supported
    ("Analysts at Ostrand Capital had estimated that Norvel was losing £40m of sales every week.", "en", "contradicted"),
    ("Analysts at Velmor Bank had estimated that Norvel was losing £40m of sales every week.", "en", "supported"),
    ("Le chiffre d'affaires de Norvel dépasse le consensus de 5,52 milliards d'euros établi par Ostrand Data pour 2025.",
     "fr", "not supported"),
])
def test_analysts_at_a_body_speak_for_it(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ANALYSTS_OF), text, lang)
    if want == "not supported":
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]
    else:
        assert_verdict(st, want)


CREDITED_ELSEWHERE = """
version: 1
entities:
  velmor-institute: {names: [Velmor Institute, Institut Velmor]}
  norvel-bank: {names: [Norvel Bank, Banque Norvel]}
  korland: {names: [Korland]}
sources:
  - id: trade
    title: Korland trade in 2025
    publisher: velmor-institute
    published: 2026-02-10
    facts:
      - id: exports
        statement: According to the Velmor Institute, Korland's exports rose 4.2% in 2025.
        subject: velmor-institute
        quantity: {value: 4.2, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the figure right under another party's name: the statement reports who said it wrongly — contradicted, not
    # mixed; under the party the source credits, supported
    ("According to Norvel Bank, Korland's exports rose 4.2% in 2025.", "en", "contradicted"),
    ("Selon la Banque Norvel, les exportations du Korland ont progressé de 4,2 % en 2025.", "fr", "contradicted"),
    ("According to the Velmor Institute, Korland's exports rose 4.2% in 2025.", "en", "supported"),
    ("Selon l'Institut Velmor, les exportations du Korland ont progressé de 4,2 % en 2025.", "fr", "supported"),
])
def test_a_right_figure_under_a_wrong_name_is_contradicted(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, CREDITED_ELSEWHERE), text, lang)
    assert_rule(st, want, "attribution") if want == "contradicted" else assert_verdict(st, want)
TAKE_OVER = """
version: 1
entities:
  varga: {names: [Lena Varga, Varga]}
  ostrel: {names: [Piet Ostrel, Ostrel]}
sources:
  - id: velmor-board
    title: Velmor board changes
    published: 2025-01-20
    facts:
      - id: succession
        statement: Chief financial officer Lena Varga replaces outgoing chief executive Piet Ostrel on 1 March 2025.
        subject: varga
        object: ostrel
        as_of: 2025-03-01
      - id: tenure
        statement: Piet Ostrel has led Velmor as chief executive for seven years.
        subject: ostrel
        quantity: {value: 7, unit: year, bound: about}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "X replaces Y", « X succède à Y »: Y hands over to X
    ("Piet Ostrel will hand over to Lena Varga on 1 March.", "en", "supported", "roles"),
    ("Lena Varga will hand over to Piet Ostrel on 1 March.", "en", "contradicted", "roles"),
    ("Lena Varga succédera à Piet Ostrel le 1er mars.", "fr", "supported", "roles"),
    ("Piet Ostrel succédera à Lena Varga le 1er mars.", "fr", "contradicted", "roles"),
    # a number the reader left without a unit before the noun of the fact's figure is in that unit
    ("Piet Ostrel has run Velmor for twelve years.", "en", "contradicted", "quantity-bound"),
    ("Piet Ostrel has run Velmor for seven years.", "en", "supported", "terms"),
    # (French reads « depuis douze ans » as a figure in years: the quantity rule's)
])
def test_who_takes_over_from_whom(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, TAKE_OVER), text, lang)
    assert_outcome(st, want, rule)


DATIVE_PASSIVE = """
version: 1
entities:
  ostria: {names: [Ostria]}
  norvel-fund: {names: [Norvel Fund]}
sources:
  - id: fund-2024
    title: Norvel Fund annual report 2024
    published: 2025-02-10
    facts:
      - id: grant
        statement: The Norvel Fund granted Ostria 5 million euros in 2024.
        subject: norvel-fund
        object: ostria
        quantity: {value: 5000000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "X was given/granted …" with no receiver after it: X receives (French has no such passive)
    ("Ostria was granted 5 million euros in 2024.", "en", "supported", "roles"),
    ("The Norvel Fund was granted 5 million euros by Ostria in 2024.", "en", "contradicted", "roles"),
    ("Le Norvel Fund a accordé 5 millions d'euros à l'Ostria en 2024.", "fr", "supported", "roles"),
    ("L'Ostria a accordé 5 millions d'euros au Norvel Fund en 2024.", "fr", "contradicted", "roles"),
])
def test_the_subject_of_a_dative_passive_receives(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, DATIVE_PASSIVE), text, lang)
    assert_outcome(st, want, rule)


APPOINTED_REPLACING = """
version: 1
entities:
  ostrel: {names: [Piet Ostrel, Ostrel]}
  varga: {names: [Lena Varga, Varga]}
sources:
  - id: velmor-board-2024
    title: Velmor board changes 2024
    published: 2024-07-20
    facts:
      - id: appointed
        statement: Piet Ostrel was appointed chief executive of Velmor in July 2024, replacing Lena Varga.
        subject: ostrel
        object: varga
        as_of: 2024-07
      - id: nomme
        statement: Piet Ostrel a été nommé directeur général de Velmor en juillet 2024, succédant à Lena Varga.
        subject: ostrel
        object: varga
        as_of: 2024-07
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact whose sentence reads no succession ("was appointed …, replacing Y"): its declared subject is the one
    # who takes the place, its object the one who hands over (``rules/roles._fact_roles``, ``roles.takers_over``)
    ("Piet Ostrel replaced Lena Varga as chief executive of Velmor in July 2024.", "en", "supported", "roles"),
    ("Lena Varga replaced Piet Ostrel as chief executive of Velmor in July 2024.", "en", "contradicted", "roles"),
    ("Piet Ostrel a succédé à Lena Varga à la tête de Velmor en juillet 2024.", "fr", "supported", "roles"),
    ("Lena Varga a succédé à Piet Ostrel à la tête de Velmor en juillet 2024.", "fr", "contradicted", "roles"),
])
def test_the_declared_subject_of_an_appointment_takes_the_place(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, APPOINTED_REPLACING), text, lang), want, rule)


SHAREHOLDERS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  orsan: {names: [Orsan Capital, Orsan]}
  dalia: {names: [Dalia Holding, Dalia]}
sources:
  - id: velmor-capital
    title: Velmor's shareholders
    published: 2026-03-02
    facts:
      - id: holders
        statement: %s
        subject: orsan
        object: velmor
        quantity: {value: 28.28, unit: percent}
        as_of: 2026-02
"""
SHAREHOLDERS_EN = SHAREHOLDERS % ("Orsan Capital is the largest shareholder of Velmor with 28.28% of the capital, ahead of "
                                  "Dalia Holding (21.95%).")
SHAREHOLDERS_FR = SHAREHOLDERS % ("Orsan Capital est le premier actionnaire de Velmor avec 28,28 % du capital, devant "
                                  "Dalia Holding (21,95 %).")


@pytest.mark.parametrize("text, lang, want, rule", [
    # the party set off before its figure across a describing phrase (« X, premier actionnaire avec N »), and a
    # figure in brackets right after a party: that party's; the fact's declared figure is its subject's
    ("Dalia, the largest shareholder of Velmor with 28.28% of the capital.", "en", "contradicted", "roles"),
    ("Orsan, the largest shareholder of Velmor with 28.28% of the capital.", "en", "supported", "quantity"),
    ("Dalia, premier actionnaire de Velmor avec 28,28 % du capital.", "fr", "contradicted", "roles"),
    ("Orsan, premier actionnaire de Velmor avec 28,28 % du capital.", "fr", "supported", "quantity"),
])
def test_a_stake_is_its_holders_across_a_describing_phrase(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SHAREHOLDERS_EN if lang == "en" else SHAREHOLDERS_FR), text, lang)
    assert_rule(st, want, rule)


HEDGED_CAUSE = """
version: 1
sources:
  - id: norvel-exports
    title: Norvel's exports
    published: 2026-02-10
    facts:
      - id: recul-fr
        statement: Depuis 1990, le recul des ventes de Norvel est presque entièrement dû à la baisse des exportations vers l'Estrie.
      - id: fall-en
        statement: Since 1990, the fall in Velmor's sales has been almost entirely due to lower exports to Ostria.
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a hedge right before an exclusive marker, « presque entièrement », "almost entirely": most of it, not "alone",
    # and words in common confirm it; the other way stays contradicted
    ("Le recul des ventes de Norvel s'explique presque entièrement par la baisse des exportations vers l'Estrie.", "fr",
     "supported", "terms"),
    ("The fall in Velmor's sales is almost entirely explained by lower exports to Ostria.", "en", "supported", "terms"),
    ("Le recul des ventes de Norvel s'explique presque entièrement par la hausse des exportations vers l'Estrie.", "fr",
     "contradicted", None),
    ("The fall in Velmor's sales is almost entirely explained by higher exports to Ostria.", "en", "contradicted", None),
])
def test_a_hedged_exclusive_marker_is_a_share(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, HEDGED_CAUSE), text, lang), want, rule)


FIGURE_CREDITS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor-data: {names: [Velmor Data]}
  ostria: {names: [Ostria Markets]}
  authority: {names: [Norland Competition Authority, Autorité de la concurrence de Norlande]}
  commission: {names: [Linmouth Commission, Commission de Linmouth]}
sources:
  - id: wire
    title: Norvel results and fine
    publisher: Harbour Wire
    published: 2025-04-02
    facts:
      - id: consensus
        statement: Au troisième trimestre 2025, le chiffre d'affaires de Norvel a progressé de 2,4 %, alors que les analystes tablaient sur une hausse de 3,1 % selon un consensus cité par le groupe.
        subject: norvel
        quantity: {value: 2.4, unit: percent}
        as_of: 2025-Q3
      - id: polled
        statement: Analysts polled by Velmor Data had expected Norvel's 2025 revenue to reach €4.82 billion.
        subject: velmor-data
        object: norvel
        quantity: {value: 4820000000, unit: EUR}
        as_of: 2025
      - id: fine
        statement: The Norland Competition Authority imposed a fine of €41.3 million on Norvel in March 2025.
        subject: authority
        object: norvel
        quantity: {value: 41300000, unit: EUR}
        as_of: 2025-03
      - id: amende
        statement: L'Autorité de la concurrence de Norlande a infligé en mars 2025 à Norvel une amende de 41,3 millions d'euros.
        subject: authority
        object: norvel
        quantity: {value: 41300000, unit: EUR}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the body a claim credits with its figure (« compilé par », "imposed by") against the one the fact credits
    ("Les analystes, selon un consensus compilé par Ostria Markets, tablaient sur une hausse de 3,1 % du chiffre "
     "d'affaires de Norvel au troisième trimestre 2025.", "fr", "contradicted", "attribution"),
    ("L'amende de 41,3 millions d'euros a été infligée à Norvel en mars 2025 par la Commission de Linmouth.", "fr",
     "contradicted", "attribution"),
    ("L'amende de 41,3 millions d'euros a été infligée à Norvel en mars 2025 par l'Autorité de la concurrence de "
     "Norlande.", "fr", "supported", None),
    ("The €41.3 million fine was imposed on Norvel in March 2025 by the Linmouth Commission.", "en", "contradicted",
     "attribution"),
    ("The €41.3 million fine was imposed on Norvel in March 2025 by the Norland Competition Authority.", "en",
     "supported", None),
    ("Analysts polled by Ostria Markets had expected Norvel's 2025 revenue to reach €4.82 billion.", "en",
     "contradicted", "attribution"),
])
def test_a_figure_credited_to_another_body_than_the_facts(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FIGURE_CREDITS), text, lang)
    assert_outcome(st, want, rule)


RELATIVE_DOER = """
version: 1
entities:
  velmor: {names: [Velmor]}
  conseil: {names: [Conseil de Norvel, Norvel Board]}
sources:
  - id: annual
    title: Velmor annual results 2024
    published: 2025-02-20
    facts:
      - id: amende
        statement: Le résultat 2024 inclut une amende de 80 M€ du Conseil de Norvel contre laquelle Velmor a fait appel.
        subject: velmor
        as_of: 2024
      - id: fine
        statement: Operating profit includes an £80m fine from the Norvel Board, against which Velmor appealed.
        subject: velmor
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a relative clause opened by a subject pronoun says what its antecedent does: another party doing it refutes who
    ("L'amende a été infligée par le Conseil de Norvel, qui a fait appel de la décision.", "fr", "contradicted"),
    ("The fine was imposed by the Norvel Board, which appealed the decision.", "en", "contradicted"),
    ("Le Conseil de Norvel a infligé une amende à Velmor, qui a fait appel de la décision.", "fr", "supported"),
    ("The Norvel Board imposed a fine on Velmor, which appealed the decision.", "en", "supported"),
])
def test_a_relative_clause_says_what_its_antecedent_does(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RELATIVE_DOER), text, lang)
    assert st.claims[-1].verdict == want and ("roles" if want == "contradicted" else "terms") in st.claims[-1].rules, \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


CARRIED_NAME = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: annual
    title: Norvel résultats annuels 2024
    publisher: norvel
    published: 2025-02-26
    facts:
      - id: climat
        statement: Norvel a renforcé plusieurs objectifs climatiques pour 2030, notamment celui des émissions du scope 3.
        subject: norvel
        as_of: 2025-02
      - id: climate
        statement: Norvel strengthened several of its climate objectives for 2030, including its scope 3 emissions goal.
        subject: norvel
        as_of: 2025-02
"""


@pytest.mark.parametrize("text, lang, want", [
    # the party a claim takes from the sentence before says who, not what: « objectif » alone is not the claim's
    ("Norvel a publié jeudi ses comptes annuels. Ces comptes ont atteint l'objectif du groupe, qui table sur une "
     "hausse des ventes.", "fr", "unverified"),
    ("Norvel published its annual accounts on Thursday. The accounts were in line with the group's objective, which "
     "expects higher sales.", "en", "unverified"),
    ("Norvel a publié jeudi ses comptes annuels. Le groupe a renforcé plusieurs objectifs climatiques.", "fr", "supported"),
    ("Norvel published its annual accounts on Thursday. The group strengthened several of its climate objectives.",
     "en", "supported"),
])
def test_a_name_taken_from_the_context_is_no_word_in_common(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, CARRIED_NAME), text, lang)
    assert_outcome(st, want, "terms" if want == "supported" else None)


APPOSITIVE = """
version: 1
entities:
  dalmor: {names: [Dalmor]}
sources:
  - id: results
    title: Velmor results 2025
    published: 2025-05-20
    facts:
      - id: margin
        statement: Gross margin edged down, reflecting the acquisition of the lower-margin Dalmor business.
        as_of: 2025
      - id: marge
        statement: La marge brute a reculé, reflétant l'acquisition de l'activité Dalmor, moins rentable.
        as_of: 2025
"""
APPOSITIVE_NAMED = APPOSITIVE + """      - id: stayed
        statement: Jean Roussel, Dalmor's chief executive, stayed on to run the business after the takeover.
        as_of: 2025
      - id: reste
        statement: Jean Roussel, directeur général de Dalmor, est resté à la tête de l'activité après le rachat.
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, sources, want", [
    # a name alone between commas after the noun it names is the subject: a fact not naming it says nothing of him
    ("Dalmor's chief executive, Jean Roussel, stayed on to run the business.", "en", APPOSITIVE, "unverified"),
    ("Le directeur général de Dalmor, Jean Roussel, est resté à la tête de l'activité.", "fr", APPOSITIVE, "unverified"),
    ("Dalmor's chief executive, Jean Roussel, stayed on to run the business.", "en", APPOSITIVE_NAMED, "supported"),
    ("Le directeur général de Dalmor, Jean Roussel, est resté à la tête de l'activité.", "fr", APPOSITIVE_NAMED,
     "supported"),
])
def test_a_name_in_apposition_is_the_subject(tmp_path_factory, text, lang, sources, want):
    st = last_statement(checker_for(tmp_path_factory, sources), text, lang)
    assert_outcome(st, want, "terms" if want == "supported" else None)


SALE_BUYERS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  dalcor: {names: [Dalcor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-sales
    title: Velmor disposals
    published: 2025-03-02
    facts:
      - id: ostria-unit
        statement: Velmor sold its Ostrian unit to Dalcor for about 2.4 billion euros; the sale completed on 3 March 2025.
        subject: velmor
        object: dalcor
        quantity: {value: 2.4e9, unit: EUR}
        as_of: 2025-03-03
      - id: filiale-belcastre
        statement: Velmor a cédé sa filiale de Belcastre à Dalcor pour 1,3 milliard d'euros.
        subject: velmor
        object: dalcor
        quantity: {value: 1.3e9, unit: EUR}
        as_of: 2025-03
      - id: norvel-plant
        statement: Velmor sold a plant to Norvel for 90 million euros.
        subject: velmor
        object: norvel
        quantity: {value: 90e6, unit: EUR}
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure is the fact's own deal: a buyer the fact does not name, another party of the list, is the wrong one
    ("Velmor sold its Ostrian unit to Norvel for about €2.4bn.", "en", "contradicted", "roles"),
    ("Velmor sold its Ostrian unit to Dalcor for about €2.4bn.", "en", "supported", None),
    ("Velmor a cédé sa filiale de Belcastre à Norvel pour 1,3 milliard d'euros.", "fr", "contradicted", "roles"),
    ("Velmor a cédé sa filiale de Belcastre à Dalcor pour 1,3 milliard d'euros.", "fr", "supported", None),
])
def test_same_deal_other_buyer_is_wrong_actor(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SALE_BUYERS), text, lang), want, rule)


SHIPPERS = """
version: 1
entities:
  vallorn: {names: [Vallorn]}
  dornovia: {names: [Dornovia]}
sources:
  - id: phones-2024
    title: Phone shipments 2024
    published: 2025-01-15
    facts:
      - id: vallorn
        statement: Vallorn was the largest maker in 2024 with 232 million phones shipped.
        subject: vallorn
        quantity: {value: 232e6, unit: phones}
        as_of: 2024
      - id: dornovia
        statement: Dornovia held a 17% share of the phone market in 2024.
        subject: dornovia
        quantity: {value: 17, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure of another party's fact, the claim naming its own party (confirmed by another of its figures)
    ("Dornovia shipped 232 million phones in 2024, a 17% market share.", "en", "unverified"),
    ("Vallorn shipped 232 million phones in 2024.", "en", "supported"),
    ("En 2024, Dornovia détenait 17 % du marché avec 232 millions de téléphones livrés.", "fr", "unverified"),
    ("Vallorn a livré 232 millions de téléphones en 2024.", "fr", "supported"),
])
def test_figure_of_another_declared_party(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SHIPPERS), text, lang), want)


DISPOSALS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
  dalcor: {names: [Dalcor]}
  ostria: {names: [Ostria]}
  brevan: {names: [Brevan]}
sources:
  - id: deals
    title: Deals of 2025
    published: 2025-12-10
    facts:
      - id: dalcor-sale
        statement: Norvel a finalisé le 2 décembre 2025 la vente de sa filiale Dalcor à Velmor pour 200 millions d'euros.
        subject: velmor
        object: norvel
        quantity: {value: 200000000, unit: EUR}
        as_of: 2025-12-02
      - id: cards
        statement: Brevan completed the sale of its card business to Ostria on 1 November 2025 for £600m.
        subject: ostria
        object: brevan
        quantity: {value: 600000000, unit: GBP}
        as_of: 2025-11-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a noun of selling, « la cession à Y de X », "the sale of X to Y": the seller is the clause's subject (or the
    # owner its possessive names), the buyer the party after « à », "to"; the thing sold, after « de », "of", no side
    ("Début décembre, Velmor a finalisé la cession à Norvel de Dalcor pour 200 millions d'euros.", "fr",
     "contradicted", "roles"),
    ("Début décembre, Norvel a finalisé la cession à Velmor de Dalcor pour 200 millions d'euros.", "fr",
     "supported", None),
    ("Ostria completed the sale of its card business to Brevan on 1 November for £600m.", "en", "contradicted",
     "roles"),
    ("Brevan completed the sale of its card business to Ostria on 1 November for £600m.", "en", "supported", None),
])
def test_a_noun_of_selling_has_a_seller_and_a_buyer(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, DISPOSALS), text, lang), want, rule)



READ_ROLES = """
version: 1
entities:
  velmor: {names: [Velmor]}
  roussel: {names: [Jean Roussel]}
sources:
  - id: velmor-2025
    title: Velmor, bilan 2025
    published: 2025-12-10
    facts:
      - id: depart
        statement: Le second avertissement sur résultats, en mars, a coûté sa place au directeur de Velmor en Espagne, Jean Roussel.
        subject: velmor
        object: roussel
        as_of: 2025-03
      - id: exit
        statement: The profit warning in March cost Velmor's head of Spain, Jean Roussel, his job.
        subject: velmor
        object: roussel
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # who the verb's parties are, read by the same reader in the fact's statement when its declared subject and object
    # are not them ("cost X his job", « coûter son poste à X »: X pays), never in a statement of another place
    ("L'avertissement de mars a coûté son poste au directeur de Velmor en Espagne, Jean Roussel.", "fr", "supported"),
    ("L'avertissement de mars a coûté son poste au directeur de Velmor en Italie, Jean Roussel.", "fr", "unverified"),
    ("The March profit warning cost Velmor's head of Spain, Jean Roussel, his job.", "en", "supported"),
    ("The March profit warning cost Velmor's head of Italy, Jean Roussel, his job.", "en", "unverified"),
])
def test_the_parties_a_fact_s_own_words_give_its_verb(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, READ_ROLES), text, lang), want)


REAFFIRMED_EN = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Velmor investor day
    published: 2025-03-20
    facts:
      - id: targets
        statement: Velmor reiterated its 2026 targets at its investor day in March 2025.
        subject: velmor
        as_of: 2025-03
      - id: guidance
        statement: For 2026 Velmor maintained its guidance of robust revenue growth and a stable operating margin.
        subject: velmor
        as_of: 2026
"""

REAFFIRMED_FR = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Journée investisseurs de Norvel
    published: 2025-03-20
    facts:
      - id: objectifs
        statement: Norvel a réaffirmé ses objectifs pour 2026 lors de sa journée investisseurs de mars 2025.
        subject: norvel
        as_of: 2025-03
"""


@pytest.mark.parametrize("sources, text, lang, want", [
    # a target said again (« réitérer », "reaffirm", "confirm": one concept across languages), and a party's
    # guidance named by its possessive ("its guidance of …"): what the party expects, met by the fact that says it
    (REAFFIRMED_EN, "Velmor a réitéré ses objectifs pour 2026.", "fr", "supported"),
    (REAFFIRMED_EN, "Norvel a réitéré ses objectifs pour 2026.", "fr", "contradicted"),
    (REAFFIRMED_EN, "For 2026, Velmor kept its guidance for robust revenue growth and a stable operating margin.", "en",
     "supported"),
    (REAFFIRMED_EN, "For 2026, Norvel kept its guidance for robust revenue growth and a stable operating margin.", "en",
     "unverified"),
    (REAFFIRMED_FR, "Norvel reaffirmed its targets for 2026.", "en", "supported"),
    (REAFFIRMED_FR, "Norvel confirmed its targets for 2026.", "en", "supported"),
])
def test_a_target_said_again(tmp_path_factory, sources, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, sources), text, lang), want)



TWO_BODIES = """
version: 1
entities:
  ostria-bank: {names: [Banque d'Ostrie, Bank of Ostria]}
  velmor: {names: [Velmor]}
sources:
  - id: bank
    title: Défaillances d'entreprises à fin décembre 2024
    publisher: ostria-bank
    published: 2025-01-20
    facts:
      - id: year-fr
        statement: Les défaillances d'entreprises cumulées sur douze mois à fin décembre 2024 sont en hausse de 16,8 %.
        quantity: {value: 16.8, unit: percent}
        as_of: 2024-12
      - id: year-en
        statement: Business failures over the twelve months to December 2024 were up 16.8%.
        quantity: {value: 16.8, unit: percent}
        as_of: 2024-12
  - id: velmor
    title: Défaillances au quatrième trimestre 2024
    publisher: velmor
    published: 2025-01-15
    facts:
      - id: q4-fr
        statement: Avec 18 700 procédures, le quatrième trimestre 2024 est un record selon Velmor ; la hausse ralentit à +10 % sur le trimestre.
        quantity: {value: 18700, unit: procédures}
        as_of: 2024-Q4
      - id: q4-en
        statement: With 18,700 cases, the fourth quarter of 2024 was a record according to Velmor; the rise slowed to 10% over the quarter.
        quantity: {value: 18700, unit: cases}
        as_of: 2024-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # another body's count of the year does not refute the figure the article credits to Velmor, which Velmor's own
    # sentence writes: left unchecked, not a wrong figure
    ("La hausse des défaillances a nettement ralenti en fin d'année, à +10 % sur le trimestre, relève Velmor.", "fr", "unverified"),
    ("The rise in business failures slowed sharply at the end of the year, to 10% over the quarter, Velmor noted.", "en", "unverified"),
    # a figure no sentence of the credited body writes stays wrong
    ("La hausse des défaillances a nettement ralenti en fin d'année, à +12 % sur le trimestre, relève Velmor.", "fr", "contradicted"),
    ("The rise in business failures slowed sharply at the end of the year, to 12% over the quarter, Velmor noted.", "en", "contradicted"),
])
def test_a_figure_the_credited_body_writes_is_not_refuted_by_another_bodys(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TWO_BODIES), text, lang)
    assert_rule(st, want, "quantity")


AGENT = """
version: 1
entities:
  halvard: {names: [Halvard Group, Groupe Halvard]}
  norvexa: {names: [Norvexa]}
sources:
  - id: bids
    title: Takeover bids, spring 2025
    published: 2025-06-02
    facts:
      - id: bid
        statement: The tender offer for Norvexa was completed in May 2025 by the Halvard Group and its partners.
        subject: halvard
        object: norvexa
        as_of: 2025-05
      - id: offre
        statement: L'offre publique d'achat sur Norvexa a été menée à bien en mai 2025 par le Groupe Halvard et ses partenaires.
        subject: halvard
        object: norvexa
        as_of: 2025-05
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the agent of a passive against the fact's: the other party does it, in the same order of names
    ("The tender offer, launched in May 2025 by Norvexa for the Halvard Group, was completed.", "en", "contradicted",
     "roles"),
    ("L'offre publique d'achat déposée en mai 2025 par Norvexa sur le Groupe Halvard a réussi.", "fr", "contradicted",
     "roles"),
    ("L'offre publique d'achat sur Norvexa a été menée à bien en mai 2025 par le Groupe Halvard.", "fr", "supported",
     "terms"),
])
def test_agent_of_a_passive_swapped(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, AGENT), text, lang)
    assert_rule(st, want, rule)


APPOINTED = """
version: 1
entities:
  dravik: {names: [Dravik]}
  solenne: {names: [Solenne Capital]}
  quorel: {names: [Quorel Conseil, cabinet Quorel]}
sources:
  - id: dravik-bid
    title: Dravik and Solenne Capital announce a tender offer for the Dravik shares
    published: 2025-02-11
    facts:
      - id: bid
        statement: Solenne Capital offers to buy the Dravik shares at 74 euros each.
        subject: solenne
        object: dravik
      - id: expert
        statement: On 3 February 2025 the directors of Dravik named Quorel Conseil to act as independent expert on the bid.
        subject: dravik
        object: quorel
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the agent of a passive that the fact does not name, while the one acted on is the fact's declared object and
    # the claim never names the fact's declared subject, the doer: the wrong actor
    ("Quorel Conseil was named independent expert on the bid by Solenne Capital.", "en", "contradicted", "roles"),
    ("Le cabinet Quorel avait été choisi comme expert indépendant par Solenne Capital.", "fr", "contradicted",
     "roles"),
    ("Quorel Conseil was named independent expert on the bid by Dravik.", "en", "supported", "terms"),
])
def test_agent_of_a_passive_the_fact_does_not_name(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, APPOINTED), text, lang), want, rule)


SETTLED = """
version: 1
entities:
  halvard: {names: [Halvard Group, Groupe Halvard]}
  norvexa: {names: [Norvexa]}
sources:
  - id: lawsuits
    title: Lawsuits settled, spring 2025
    published: 2025-06-02
    facts:
      - id: settled
        statement: The Halvard Group agreed in March 2025 to pay $45 million to settle the lawsuit filed by Norvexa.
        subject: halvard
        object: norvexa
        quantity: {value: 45e6, unit: USD}
        as_of: 2025-03
      - id: reglee
        statement: Le Groupe Halvard a accepté en mars 2025 de verser 45 millions de dollars pour régler la plainte déposée par Norvexa.
        subject: halvard
        object: norvexa
        quantity: {value: 45e6, unit: USD}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a confirmed figure does not make the doer right: the agent of the passive is the fact's other party
    ("In March 2025, Norvexa agreed to pay $45 million to settle the lawsuit brought by the Halvard Group.", "en",
     "contradicted", "roles"),
    ("In March 2025, the Halvard Group agreed to pay $45 million to settle the lawsuit brought by Norvexa.", "en",
     "supported", "quantity"),
    ("En mars 2025, Norvexa a accepté de verser 45 millions de dollars pour régler la plainte déposée par le Groupe "
     "Halvard.", "fr", "contradicted", "roles"),
    ("En mars 2025, le Groupe Halvard a accepté de verser 45 millions de dollars pour régler la plainte déposée par "
     "Norvexa.", "fr", "supported", "quantity"),
])
def test_agent_of_a_passive_swapped_beside_a_confirmed_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SETTLED), text, lang)
    assert_rule(st, want, rule)


TRANSFER_WAYS = """
version: 1
entities:
  ardent: {names: [Ardent Partners]}
  kelmo: {names: [Kelmo]}
  vossel: {names: [Vossel]}
  rimby: {names: [Rimby]}
sources:
  - id: deals-2025
    title: Deals of 2025
    publisher: ardent
    published: 2025-10-01
    facts:
      - id: exit
        statement: Ardent Partners sold most of its stake in Kelmo in March 2025.
        subject: ardent
        object: kelmo
        as_of: 2025-03
      - id: sortie
        statement: En mars 2025, Vossel a cédé l'essentiel de sa participation dans Rimby.
        subject: vossel
        object: rimby
        as_of: 2025-03
      - id: purchase
        statement: Kelmo completed the acquisition of Rimby's software arm in June 2025.
        subject: kelmo
        object: rimby
        as_of: 2025-06
      - id: rachat
        statement: En juin 2025, Vossel a finalisé le rachat de la branche logistique d'Ardent Partners.
        subject: vossel
        object: ardent
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # the holder of a stake buying it where the source has it selling (the stake reader gives it one role either
    # way): the direction of the transfer verb on each side decides
    ("Ardent Partners bought a stake in Kelmo in March 2025.", "en", "contradicted"),
    ("En mars 2025, Vossel a acquis une participation dans Rimby.", "fr", "contradicted"),
    ("Ardent Partners sold a stake in Kelmo in March 2025.", "en", "supported"),
    ("En mars 2025, Vossel a vendu une participation dans Rimby.", "fr", "supported"),
    # a fact opening on its declared subject with only a noun of buying: the subject is the buyer, who receives
    ("In June 2025, Kelmo sold its software arm to Rimby.", "en", "contradicted"),
    ("En juin 2025, Vossel a cédé sa branche logistique à Ardent Partners.", "fr", "contradicted"),
])
def test_the_direction_of_a_transfer_verb_on_both_sides(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TRANSFER_WAYS), text, lang)
    assert_rule(st, want, "roles") if want == "contradicted" else assert_verdict(st, want)


REPORTED_BY = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: dalcor-velmor-2025
    title: Velmor swings to a loss
    publisher: Dalcor
    published: 2026-02-10
    facts:
      - id: loss
        statement: Velmor made a net loss of 40 million euros in 2025.
        subject: velmor
        quantity: {value: -40e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a frame inside its sentence names its speaker by the capital of its first word too: another outlet than the
    # one the list has publishing it is not confirmed by the figure
    ("Velmor posted a net loss of €40m in 2025, Kestrion reported.", "en", "unverified"),
    ("Velmor posted a net loss of €40m in 2025, Dalcor reported.", "en", "supported"),
    # (a possessive opening it describes: "Kestrion's news service" names no speaker the list must know)
    ("Velmor posted a net loss of €40m in 2025, Kestrion's news service reported.", "en", "supported"),
    ("Velmor a enregistré une perte nette de 40 millions d'euros en 2025, selon Kestrion.", "fr", "unverified"),
    ("Velmor a enregistré une perte nette de 40 millions d'euros en 2025, selon Dalcor.", "fr", "supported"),
])
def test_a_speaker_named_by_one_capitalised_word_inside_its_sentence(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, REPORTED_BY), text, lang), want)


WHOSE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  dalcor: {names: [Dalcor]}
sources:
  - id: deals-2025
    title: Velmor's deals of 2025
    published: 2026-01-15
    facts:
      - id: stake
        statement: Velmor spent 0.6 billion euros in 2025 to acquire 40% of Dalcor.
        subject: velmor
        object: dalcor
        quantity: {value: 0.6e9, unit: EUR, bound: about}
        as_of: 2025
      - id: participation
        statement: Velmor a investi 0,6 milliard d'euros en 2025 pour acquérir 40 % de Dalcor.
        subject: velmor
        object: dalcor
        quantity: {value: 0.6e9, unit: EUR, bound: about}
        as_of: 2025
      - id: platform
        statement: In the third quarter of 2025 Velmor was awarded a contract worth about 2 billion euros for Dalcor's offshore platform.
        subject: dalcor
        object: velmor
        quantity: {value: 2e9, unit: EUR, bound: about}
        as_of: 2025-Q3
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the claim's subject is the party whose thing it is in the source, and the other way round: whatever the verb
    ("In 2025, Dalcor took 40% of Velmor for about €0.6 billion.", "en", "contradicted", "roles"),
    ("In 2025, Velmor took 40% of Dalcor for about €0.6 billion.", "en", "supported", "quantity"),
    ("En 2025, Dalcor a pris 40 % de Velmor pour environ 0,6 milliard d'euros.", "fr", "contradicted", "roles"),
    ("En 2025, Velmor a pris 40 % de Dalcor pour environ 0,6 milliard d'euros.", "fr", "supported", "quantity"),
    ("Au troisième trimestre 2025, Dalcor a remporté un contrat d'environ 2 milliards d'euros pour la plateforme "
     "offshore de Velmor.", "fr", "contradicted", "roles"),
    ("Au troisième trimestre 2025, Velmor a remporté un contrat d'environ 2 milliards d'euros pour la plateforme "
     "offshore de Dalcor.", "fr", "supported", "quantity"),
    # the same roles in another voice exchange nothing
    ("In the third quarter of 2025, a contract worth about €2 billion for Dalcor's offshore platform went to Velmor.",
     "en", "supported", "quantity"),
])
def test_subject_and_whose_thing_the_other_way_round(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WHOSE), text, lang), want, rule)


ANALYST_TITLE = """
version: 1
entities:
  velmor: {names: [Velmor, Velmor Group]}
  brisk: {names: [Brisk Capital]}
sources:
  - id: note
    title: Velmor shares slide on weak depot outlook
    publisher: brisk
    published: 2025-03-12
    facts:
      - id: reading
        statement: Brisk Capital analyst Tom Arden said Velmor's weak depot outlook implied another delay of three warehouses.
        subject: brisk
        object: velmor
        as_of: 2025-03-12
      - id: lecture
        statement: Selon Brisk Capital, les prévisions de Velmor sur ses entrepôts impliquent un nouveau retard de trois sites.
        subject: brisk
        object: velmor
        as_of: 2025-03-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the title names what the source is about; the deciding fact names who says it
    ("Velmor acknowledged that its depot outlook implied another delay of three warehouses.", "en", "contradicted", "attribution"),
    ("Velmor said its depot outlook implied another delay of three warehouses.", "en", "contradicted", "attribution"),
    ("Velmor a reconnu que ses prévisions sur ses entrepôts impliquent un nouveau retard de trois sites.", "fr", "contradicted", "attribution"),
    ("Brisk Capital said Velmor's depot outlook implied another delay of three warehouses.", "en", "supported", None),
])
def test_a_party_the_title_names_is_not_who_the_fact_credits(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, ANALYST_TITLE), text, lang), want, rule)


SAID_IN_ITS_CLAUSE = """
version: 1
entities:
  velmor: {names: [Velmor Systems, Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: trade
    publisher: Ledger Weekly
    title: Velmor shares slide after profit warning
    published: 2025-07-02
    facts:
      - id: fees
        statement: Norvel cut certain partner fees from January 2025; Velmor said the impact is weighted to the first half because of heavy renewals in March.
        subject: norvel
        object: velmor
        as_of: 2025-01
  - id: trade-fr
    publisher: Gazette Éco
    title: L'action Velmor recule après un avertissement
    published: 2025-07-02
    facts:
      - id: frais
        statement: Norvel a réduit certaines commissions versées à ses partenaires à partir de janvier 2025 ; Velmor a indiqué que l'effet se concentrera sur le premier semestre.
        subject: norvel
        object: velmor
        as_of: 2025-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact's own clause has the article's party saying it: credited, whoever the sentence's subject is
    ("Velmor said the impact would fall mostly in the first half.", "en", "supported", "attribution"),
    ("Velmor a indiqué que l'effet se concentrerait sur le premier semestre.", "fr", "supported", "attribution"),
])
def test_a_party_saying_it_in_the_facts_own_clause_is_credited(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, SAID_IN_ITS_CLAUSE), text, lang), want, rule)


TRACKERS = """
version: 1
entities:
  norvel: {names: [Norvel Data]}
  velmor: {names: [Velmor Research]}
  dalcor: {names: [Dalcor]}
sources:
  - id: norvel-2025
    title: Norvel Data tablet tracker, full year 2025
    publisher: norvel
    published: 2026-01-14
    facts:
      - id: dalcor-units
        statement: Dalcor led the tablet market in 2025 with 41.3 million tablets shipped.
        subject: dalcor
        quantity: {value: 41.3e6, unit: tablets}
        as_of: 2025
  - id: velmor-2025
    title: Tablet sales in 2025 (Velmor Research)
    publisher: velmor
    published: 2026-01-20
    facts:
      - id: shares
        statement: In 2025 Dalcor led tablet sales with a 27% share.
        subject: dalcor
        quantity: {value: 27, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the precise figure is the other tracker's, which the named party's source never writes
    ("According to Velmor Research, Dalcor led the tablet market in 2025 with 41.3 million tablets shipped, or 27% of the market.", "en", "contradicted"),
    ("Selon Velmor Research, Dalcor a dominé le marché des tablettes en 2025 avec 41,3 millions de tablettes livrées, soit 27 % du marché.", "fr", "contradicted"),
    ("According to Norvel Data, Dalcor led the tablet market in 2025 with 41.3 million tablets shipped.", "en", "supported"),
])
def test_a_precise_figure_of_another_publisher_is_misattributed(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, TRACKERS), text, lang), want, "attribution")


AUDIT = """
version: 1
entities:
  velmor: {names: [Velmor]}
  auditor: {names: [auditor, commissaire aux comptes]}
  dalcor: {names: [Dalcor]}
sources:
  - id: report
    title: Velmor annual report 2025
    publisher: velmor
    published: 2026-04-02
    facts:
      - id: delay
        statement: The 2025 accounts were published late because Velmor's auditor requested extra time to finish its review of the inventories.
        subject: auditor
        object: velmor
        as_of: 2026-03
      - id: retard
        statement: Les comptes 2025 ont été publiés en retard car le commissaire aux comptes de Velmor a demandé un délai supplémentaire pour achever sa revue des stocks.
        subject: auditor
        object: velmor
        as_of: 2026-03
      - id: marine
        statement: Velmor sold Velmor Marine to Dalcor in March 2026.
        subject: velmor
        object: dalcor
        as_of: 2026-03
      - id: bourse
        statement: L'action Velmor a chuté à la Bourse de Norlande le mardi 3 mars 2026 après la publication des comptes.
        subject: velmor
        as_of: 2026-03-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the party the claim asks is the one who asks in the source
    ("The 2025 accounts were published late, after Velmor asked its auditor for extra time to finish its review of the inventories.", "en", "contradicted", "roles"),
    ("Les comptes 2025 ont été publiés en retard, après que Velmor a sollicité son commissaire aux comptes pour un délai supplémentaire afin d'achever sa revue des stocks.", "fr", "contradicted", "roles"),
    ("The 2025 accounts were published late, after Velmor's auditor asked for extra time to finish its review of the inventories.", "en", "supported", None),
    ("The 2025 accounts were published late, after Velmor was asked by its auditor for extra time to finish its review of the inventories.", "en", "supported", None),
    ("Les comptes 2025 ont été publiés en retard, le commissaire aux comptes de Velmor ayant demandé un délai supplémentaire pour achever sa revue des stocks.", "fr", "supported", None),
    # the claim's own doer is the party ("Velmor" of "Velmor Marine"); a preposition before the party (« à la »)
    ("Velmor sold Velmor Marine to Dalcor in March 2026.", "en", "supported", None),
    ("L'action Velmor a chuté mardi à la Bourse de Norlande après la publication des comptes.", "fr", "supported", None),
])
def test_the_object_of_a_verb_is_its_doer_in_the_fact(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, AUDIT), text, lang), want, rule)


OWNER_GUIDANCE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel Securities]}
sources:
  - id: results
    title: Velmor full-year results 2025
    publisher: velmor
    published: 2026-02-20
    facts:
      - id: guidance
        statement: Velmor expects 2026 revenue of about £1.24 billion.
        subject: velmor
        quantity: {value: 1.24e9, unit: GBP, bound: about}
        as_of: 2026
      - id: prevision
        statement: Velmor prévoit un chiffre d'affaires d'environ 870 millions d'euros en 2026 pour sa division Marine.
        subject: velmor
        quantity: {value: 870e6, unit: EUR, bound: about}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the company's own forecast credited to another party, the company named only as the owner of what is forecast
    ("Norvel Securities expects Velmor's 2026 revenue to reach about £1.24 billion.", "en", "contradicted", "roles"),
    ("Norvel Securities prévoit un chiffre d'affaires de Velmor d'environ 870 millions d'euros en 2026 pour la division Marine.", "fr", "contradicted", "roles"),
    ("Velmor expects its 2026 revenue to reach about £1.24 billion.", "en", "supported", None),
    ("Velmor prévoit un chiffre d'affaires d'environ 870 millions d'euros en 2026 pour sa division Marine.", "fr", "supported", None),
])
def test_a_forecast_credited_to_another_than_its_owner(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, OWNER_GUIDANCE), text, lang), want, rule)


TAKEOVERS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria]}
  korland: {names: [Korland]}
sources:
  - id: deals
    title: Velmor annual report 2025
    publisher: velmor
    published: 2026-03-02
    facts:
      - id: rachat
        statement: Velmor a racheté en mars 2025 Ostria, un fabricant de vélos électriques.
        subject: velmor
        object: ostria
        as_of: 2025-03
      - id: takeover
        statement: In May 2025 Velmor agreed to buy Korland in a takeover worth 1.37 billion euros.
        subject: velmor
        object: korland
        quantity: {value: 1.37e9, unit: EUR}
        as_of: 2025-05
      - id: offre
        statement: En juin 2025, Velmor a accepté de racheter Korland pour 640 millions d'euros.
        subject: velmor
        object: korland
        quantity: {value: 640e6, unit: EUR}
        as_of: 2025-06
      - id: stores
        statement: In September 2025 Velmor acquired Dublin-based Ostria and its 17 stores, entering the Irish market.
        subject: velmor
        object: ostria
        quantity: {value: 17, unit: stores}
        as_of: 2025-09
      - id: choix
        statement: Velmor a été sélectionné par Korland pour construire une usine de batteries en 2025.
        subject: velmor
        object: korland
        as_of: 2025
      - id: choice
        statement: Velmor was selected by Korland to build a battery plant in 2025.
        subject: velmor
        object: korland
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a date opening the sentence keeps its subject the buyer, and the thing bought is no seller
    ("En mars, Velmor a racheté Ostria, un fabricant de vélos.", "fr", "supported", None),
    ("En mars, Ostria a racheté Velmor, un fabricant de vélos.", "fr", "contradicted", None),
    # the subject of a verb of agreeing does what its infinitive says: it buys
    ("Korland agreed in May 2025 to buy Velmor in a deal worth €1.37 billion.", "en", "contradicted", "roles"),
    ("Velmor agreed in May 2025 to buy Korland in a deal worth €1.37 billion.", "en", "supported", None),
    ("Korland a accepté en juin 2025 de racheter Velmor pour 640 millions d'euros.", "fr", "contradicted", "roles"),
    ("Velmor a accepté en juin 2025 de racheter Korland pour 640 millions d'euros.", "fr", "supported", None),
    # the same deal, its figure right, both parties the other way round in the passive
    ("Velmor gained a foothold in Ireland in September when it was bought by Ostria, a Dublin-based retailer with 17 stores.", "en", "contradicted", "roles"),
    ("Velmor gained a foothold in Ireland in September by buying Ostria, a Dublin-based retailer with 17 stores.", "en", "supported", None),
    # the same verb in the active voice against its passive: the doer and the one chosen the other way round
    ("Velmor a sélectionné Korland pour construire une usine de batteries.", "fr", "contradicted", "roles"),
    ("Korland a sélectionné Velmor pour construire une usine de batteries.", "fr", "supported", None),
    ("Velmor selected Korland to build a battery plant.", "en", "contradicted", "roles"),
    ("Korland selected Velmor to build a battery plant.", "en", "supported", None),
])
def test_who_does_it_read_the_same_way_on_both_sides(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, TAKEOVERS), text, lang), want, rule)


UNITS_BOUGHT = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria]}
sources:
  - id: divisions
    title: Ostria annual report 2025
    publisher: ostria
    published: 2026-03-02
    facts:
      - id: freins
        statement: Ostria a finalisé le 3 mars 2025 l'acquisition de la division de freins de Velmor.
        subject: ostria
        object: velmor
        as_of: 2025-03-03
      - id: brakes
        statement: Ostria completed on 4 April 2025 the acquisition of the brake division of Velmor.
        subject: ostria
        object: velmor
        as_of: 2025-04-04
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a noun of buying that closes an opening phrase is not the clause's; the owner of the unit bought is its seller
    # (« d'Ostria » as « de Velmor »), on both sides
    ("Côté acquisitions, Ostria a finalisé le 3 mars 2025 le rachat de la division de freins de Velmor.", "fr", "supported", None),
    ("Côté acquisitions, Velmor a finalisé le 3 mars 2025 le rachat de la division de freins d'Ostria.", "fr", "contradicted", "roles"),
    ("On acquisitions, Ostria completed on 4 April 2025 the purchase of the brake division of Velmor.", "en", "supported", None),
    ("On acquisitions, Velmor completed on 4 April 2025 the purchase of the brake division of Ostria.", "en", "contradicted", "roles"),
])
def test_the_seller_of_a_unit_bought_read_the_same_way_on_both_sides(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, UNITS_BOUGHT), text, lang), want, rule)


SUPPLIES = """
version: 1
entities:
  korvel: {names: [Korvel]}
  ostria: {names: [Ostria]}
sources:
  - id: contrats
    title: Velmor, neuf mois 2025
    publisher: korvel
    published: 2025-10-30
    facts:
      - id: turbines
        statement: Korvel, la filiale de Velmor, fournira des turbines à Ostria en Norvège pour un parc éolien.
        subject: korvel
        object: ostria
"""


@pytest.mark.parametrize("text, want", [
    # a modal a few words before its infinitive (« doit par ailleurs fournir ») is no verb of owing: the infinitive is
    # the clause's verb, its subject the supplier
    ("Sa filiale Korvel doit par ailleurs fournir des turbines à Ostria pour un parc éolien en Norvège.", "supported"),
    ("Ostria doit par ailleurs fournir des turbines à Korvel pour un parc éolien en Norvège.", "contradicted"),
])
def test_a_modal_apart_from_its_infinitive_is_no_verb_of_its_own(tmp_path_factory, text, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SUPPLIES), text, "fr"), want, "roles")


LISTING = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria]}
sources:
  - id: plan-2025
    title: Velmor capital markets day
    publisher: velmor
    published: 2025-06-10
    superseded_by: cancel-2026
    facts:
      - id: listing-plan
        statement: Velmor plans to list its subsidiary Ostria on the Oslo stock exchange in the first half of 2026.
        subject: velmor
        object: ostria
        as_of: 2025-06
      - id: cotation-prevue
        statement: Velmor prévoit de coter sa filiale Ostria à la Bourse d'Oslo au premier semestre 2026.
        subject: velmor
        object: ostria
        as_of: 2025-06
  - id: cancel-2026
    title: Velmor calls off Ostria listing
    published: 2026-02-03
    facts:
      - id: listing-cancelled
        statement: In February 2026, Velmor called off the stock market listing of Ostria, its battery subsidiary, citing weak equity markets.
        subject: velmor
        object: ostria
        as_of: 2026-02
      - id: cotation-annulee
        statement: En février 2026, Velmor a annulé la cotation en Bourse d'Ostria, sa filiale de batteries, en invoquant la faiblesse des marchés.
        subject: velmor
        object: ostria
        as_of: 2026-02
"""


@pytest.mark.parametrize("text, lang", [
    # a plan the article still gives, which a source that supersedes the planning one says was called off: outdated,
    # not confirmed by the words the cancellation shares with it
    ("As for Ostria, the battery and software subsidiary, Velmor still plans to list it on the stock market.", "en"),
    ("Quant à Ostria, la filiale de batteries et de logiciels, Velmor prévoit toujours de la coter en Bourse.", "fr"),
])
def test_a_plan_called_off_since_is_outdated(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, LISTING), text, lang, ("17 September 2026", "17 septembre 2026"))
    assert_rule(st, "outdated", "outdated")


SUBSCRIBER_OUTLOOK = """
version: 1
entities:
  brennick: {names: [Brennick]}
sources:
  - id: brennick-fy
    title: Brennick full-year results
    published: 2025-06-12
    facts:
      - id: subscribers
        statement: Brennick's subscriber base grew 11% during the year to 842,300 at 31 March 2025.
        subject: brennick
        quantity: {value: 842300, unit: subscribers}
        as_of: 2025-03
      - id: abonnes
        statement: La base d'abonnés de Brennick a progressé de 11 % sur l'exercice, à 842 300 au 31 mars 2025.
        subject: brennick
        quantity: {value: 842300, unit: abonnés}
        as_of: 2025-03
  - id: brennick-h1
    title: Brennick half-year update
    published: 2024-11-20
    facts:
      - id: subscriber-guidance
        statement: Brennick expected subscriber growth of 7% to 9% in the year to March 2025.
        subject: brennick
        quantity: {min: 7, max: 9, unit: percent}
        as_of: 2025-03
      - id: objectif-abonnes
        statement: Brennick prévoyait une croissance de 7 % à 9 % de ses abonnés sur l'exercice clos en mars 2025.
        subject: brennick
        quantity: {min: 7, max: 9, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # what a party expects is met by its guidance, never by last year's growth its results write beside a level
    ("Brennick expects its subscriber base to grow by about 11% this year.", "en", "contradicted"),
    ("Brennick table sur une hausse d'environ 11 % de sa base d'abonnés cette année.", "fr", "contradicted"),
    ("Brennick's subscriber base grew 11% to 842,300.", "en", "supported"),
])
def test_an_expectation_is_not_met_by_a_result_written_beside_its_level(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SUBSCRIBER_OUTLOOK), text, lang), want, "quantity")


OUTLOOK_OVERTAKEN = """
version: 1
entities:
  korvane: {names: [Korvane]}
sources:
  - id: korvane-h1
    title: Korvane half-year trading update
    publisher: korvane
    published: 2024-07-25
    superseded_by: korvane-fy
    facts:
      - id: outlook
        statement: Korvane continued to expect progress in 2024 at constant currency, helped by a stronger second half.
        subject: korvane
        as_of: 2024
      - id: perspective
        statement: Korvane tablait toujours sur une progression en 2024 à taux de change constants, portée par un second semestre plus solide.
        subject: korvane
        as_of: 2024
  - id: korvane-fy
    title: Korvane full-year 2024 results
    publisher: korvane
    published: 2025-03-12
    facts:
      - id: profit-cc
        statement: At constant currency, Korvane's adjusted operating profit fell 4.2% in 2024.
        subject: korvane
        quantity: {value: -4.2, unit: percent}
        as_of: 2024
      - id: resultat-tcc
        statement: À taux de change constants, le résultat opérationnel ajusté de Korvane a reculé de 4,2 % en 2024.
        subject: korvane
        quantity: {value: -4.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an outlook for a year whose outcome a newer source gives: overtaken, unless dated to the month it was given
    ("Korvane has stuck to its view that 2024 would show progress at constant currency.", "en", "outdated", "outdated"),
    ("Korvane table toujours sur une progression en 2024 à taux de change constants.", "fr", "outdated", "outdated"),
    ("In July 2024, Korvane continued to expect progress in 2024 at constant currency.", "en", "supported", "terms"),
])
def test_an_outlook_the_outcome_of_its_year_overtook(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, OUTLOOK_OVERTAKEN), text, lang), want, rule)



DESCRIBED_PARTY = """
version: 1
entities:
  velmor: {names: [Velmor]}
  dalcor: {names: [Dalcor Advisory, Dalcor]}
  rinsel: {names: [Rinsel]}
sources:
  - id: half-year
    title: Velmor half-year results
    publisher: velmor
    published: 2025-11-26
    facts:
      - id: scope-en
        statement: Velmor has consolidated Dalcor Advisory, a Spanish engineering consultancy, since 1 March 2024, and Rinsel, a Danish software firm, since 1 May 2024.
        subject: velmor
        as_of: 2024-03-01
      - id: scope-fr
        statement: Velmor consolide Dalcor, bureau d'études espagnol, depuis le 1er mars 2024, et Rinsel, éditeur de logiciels danois, depuis le 1er mai 2024.
        subject: velmor
        as_of: 2024-03-01
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a party the claim describes by another place's adjective than the fact gives it: the fact refutes the claim
    ("The Italian firm Dalcor Advisory has been consolidated since 1 March 2024.", "en", "contradicted", "region"),
    ("L'italien Dalcor est consolidé depuis le 1er mars 2024.", "fr", "contradicted", "region"),
    # controls: the fact's own adjective, none, and another party's adjective in the same sentence
    ("The Spanish firm Dalcor Advisory has been consolidated since 1 March 2024.", "en", "supported", "terms"),
    ("L'espagnol Dalcor est consolidé depuis le 1er mars 2024.", "fr", "supported", "terms"),
    ("Dalcor Advisory has been consolidated since 1 March 2024.", "en", "supported", "terms"),
])
def test_a_party_described_by_another_place(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, DESCRIBED_PARTY), text, lang), want, rule)


PROCEEDS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  korland: {names: [Korland]}
sources:
  - id: disposal
    title: Velmor disposal release
    publisher: Velmor
    url: https://example.org/velmor-disposal
    published: 2025-04-02
    facts:
      - id: proceeds
        statement: The sale of Velmor's cable division to Korland is expected to deliver net proceeds of about €900 million to Velmor.
        subject: korland
        object: velmor
        quantity: {value: 900e6, unit: EUR}
        as_of: 2025-04
      - id: produit
        statement: La cession de la division câbles de Velmor à Korland devrait rapporter à Velmor un produit net d'environ 900 millions d'euros.
        subject: korland
        object: velmor
        quantity: {value: 900e6, unit: EUR}
        as_of: 2025-04
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the subject of "expects to", « s'attend à » is the one who receives what the infinitive after it says
    ("Korland expects to pocket net proceeds of about €900 million from the deal.", "en", "contradicted", "roles"),
    ("Velmor expects to pocket net proceeds of about €900 million from the deal.", "en", "supported", None),
    ("Korland expected to pocket net proceeds of about €900 million.", "en", "contradicted", "roles"),
    # a noun of transfer with no party in an opening clause leaves the roles to the main clause's verb, and a plural
    # noun before "are" is no verb ("costs are deducted")
    ("Once one-off payments and advisers' costs are deducted, Korland expects to pocket net proceeds of about €900 million.",
     "en", "contradicted", "roles"),
    ("Once one-off payments and advisers' costs are deducted, Velmor expects to pocket net proceeds of about €900 million.",
     "en", "supported", None),
    # a party between the verb and its infinitive is the one who does it
    ("Velmor expects Korland to pay net proceeds of about €900 million.", "en", "supported", None),
])
def test_who_expects_to_receive_receives(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, PROCEEDS), text, lang), want, rule)


HELD_FORECAST = """
version: 1
entities:
  ostrel: {names: [Ostrel]}
  brask: {names: [Brask]}
sources:
  - id: updates
    title: Ostrel and Brask trading updates
    published: 2025-10-15
    facts:
      - id: ostrel-target
        statement: En octobre 2025, Ostrel a confirmé son objectif annuel de marge pour l'exercice 2025.
        subject: ostrel
        as_of: 2025-10
      - id: brask-guidance
        statement: In October 2025 Brask reaffirmed its margin guidance for 2025.
        subject: brask
        as_of: 2025-10
      - id: brask-outlook
        statement: In October 2025 Brask raised its revenue outlook for 2025.
        subject: brask
        as_of: 2025-10
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a forecast said revised against a source whose words say it was confirmed, or said confirmed against one that
    # says it was revised: the wrong direction, no figure on either side
    ("En octobre, Ostrel a abaissé son objectif annuel de marge.", "fr", "contradicted", "direction"),
    ("In October, Brask lowered its margin guidance for 2025.", "en", "contradicted", "direction"),
    ("In October, Brask reaffirmed its revenue outlook for 2025.", "en", "contradicted", "direction"),
    ("En octobre, Ostrel a confirmé son objectif annuel de marge.", "fr", "supported", "terms"),
])
def test_a_forecast_said_revised_when_it_was_confirmed(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, HELD_FORECAST), text, lang), want, rule)


CUT_AND_KEPT = """
version: 1
entities:
  ostrel: {names: [Ostrel]}
  brask: {names: [Brask]}
sources:
  - id: q1
    title: Ostrel and Brask first-quarter updates
    published: 2025-04-23
    facts:
      - id: ostrel-outlook
        statement: Ostrel abaisse sa prévision et vise un chiffre d'affaires 2025 supérieur à 80 millions d'euros, tout en maintenant sa prévision d'un résultat opérationnel positif en 2025.
        subject: ostrel
        quantity: {value: 80000000, unit: EUR, bound: at-least}
        as_of: 2025
      - id: brask-outlook
        statement: Brask cut its guidance and now expects 2025 revenue above £80 million, while keeping its guidance of a positive operating profit in 2025.
        subject: brask
        quantity: {value: 80000000, unit: GBP, bound: at-least}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a source that cuts one forecast and keeps another: the way of the one the claim names (by the words after it)
    ("Ostrel maintient en revanche son objectif d'un résultat opérationnel positif en 2025.", "fr", "supported", "terms"),
    ("Ostrel maintient en revanche son objectif de chiffre d'affaires pour 2025.", "fr", "contradicted", "direction"),
    ("Brask, however, kept its guidance for 2025 revenue.", "en", "contradicted", "direction"),
    ("Brask, however, kept its guidance of a positive operating profit in 2025.", "en", "supported", "terms"),
])
def test_a_source_that_cuts_one_forecast_and_keeps_another(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, CUT_AND_KEPT), text, lang), want, rule)


WITHOUT_ANY = """
version: 1
entities:
  velmora: {names: [Velmora]}
sources:
  - id: velmora-resultats-2024
    title: Velmora, résultats annuels 2024
    published: 2025-03-12
    facts:
      - id: produit
        statement: Le bénéfice net 2024 de Velmora a bénéficié d'un produit exceptionnel de 4,2 millions d'euros lié à la cession d'un entrepôt.
        subject: velmora
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « sans » and a determiner that denies the noun after it is a denial, refuted by the fact that records the thing
    ("Le bénéfice net 2024 de Velmora a été obtenu sans aucun produit exceptionnel.", "fr", "contradicted", "negation"),
    ("Le bénéfice net 2024 de Velmora a été obtenu sans le moindre produit exceptionnel.", "fr", "contradicted",
     "negation"),
    # control: the same thing stated
    ("Le bénéfice net 2024 de Velmora a bénéficié d'un produit exceptionnel lié à la cession d'un entrepôt.", "fr",
     "supported", "terms"),
])
def test_without_any_is_a_denial(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WITHOUT_ANY), text, lang), want, rule)


DENIED_OF_A_PARTY = """
version: 1
entities:
  brelis: {names: [Brelis, groupe Brelis]}
  korvane: {names: [Korvane Devices]}
sources:
  - id: brelis-2024
    title: Brelis, résultats annuels 2024
    publisher: brelis
    published: 2025-03-20
    facts:
      - id: sans
        statement: Sans sa filiale Korvane Devices, la marge d'exploitation 2024 de Brelis aurait atteint 9,1 %.
        subject: brelis
        quantity: {value: 9.1, unit: percent}
        as_of: 2024
      - id: depreciation
        statement: Le résultat 2024 de Brelis intègre une dépréciation de 12 millions d'euros sur Korvane Devices.
        subject: brelis
        quantity: {value: 12e6, unit: EUR}
        as_of: 2024
      - id: without
        statement: Without its subsidiary Korvane Devices, Brelis's 2024 operating margin would have reached 9.1%.
        subject: brelis
        quantity: {value: 9.1, unit: percent}
        as_of: 2024
      - id: impairment
        statement: Brelis's 2024 results include an impairment of €12m on Korvane Devices.
        subject: brelis
        quantity: {value: 12e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # a denial said of a party is not confirmed by a fact that denies the party itself (« Sans sa filiale X, … »): what
    # is denied (a write-down) must be what the fact speaks of; the fact that records the write-down refutes it
    ("Brelis n'a passé aucune dépréciation sur sa filiale Korvane Devices en 2024.", "fr"),
    ("Brelis took no impairment on its subsidiary Korvane Devices in 2024.", "en"),
])
def test_a_denial_of_the_same_party_denies_nothing_else(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, DENIED_OF_A_PARTY), text, lang), "contradicted", "negation")


FUSED_NAME = """
version: 1
entities:
  velmor: {names: [Velmor]}
  le-courrier: {names: [Le Courrier]}
sources:
  - id: courrier-velmor
    title: "Velmor : une action bon marché"
    publisher: le-courrier
    published: 2025-03-26
    facts:
      - id: discount
        statement: Selon l'analyse du Courrier, le titre Velmor présente une décote de 45 % par rapport à son actif net.
        subject: le-courrier
        object: velmor
        quantity: {value: 45, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, want, rule", [
    # « du Courrier » is Le Courrier (the preposition fused with the article its name opens with), who the fact credits;
    # the speaker's own stress after the verb (« estime elle-même que ») keeps the frame: a misattribution
    ("Velmor estime elle-même que son titre présente une décote de 45 % par rapport à son actif net.", "contradicted",
     "attribution"),
    ("Velmor estime que son titre présente une décote de 45 % par rapport à son actif net.", "contradicted", "attribution"),
    ("Le Courrier estime pour sa part que le titre Velmor présente une décote de 45 % par rapport à son actif net.",
     "supported", None),
])
def test_a_name_behind_a_fused_article_is_who_the_fact_credits(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, FUSED_NAME), text, "fr"), want, rule)


INJECTION = """
version: 1
entities:
  velmor: {names: [Velmor]}
  velmor-pension: {names: [pension scheme, Velmor pension scheme]}
sources:
  - id: update
    title: Velmor trading update
    publisher: velmor
    published: 2024-09-11
    facts:
      - id: pension-return
        statement: The Velmor pension scheme returned £85m to the company after the buyout of the scheme.
        subject: velmor-pension
        object: velmor
        quantity: {value: 8.5e7, unit: GBP}
        as_of: 2024-09
"""


@pytest.mark.parametrize("text, want, rule", [
    # a cash injection goes from who makes it to the fund it is made into: the scheme paid the company, not the reverse
    ("The buyback was helped by an £85m cash injection that Velmor made into its pension scheme.", "contradicted", "roles"),
    ("Velmor injected £85m into its pension scheme.", "contradicted", "roles"),
])
def test_who_injects_cash_gives_it(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, INJECTION), text, "en"), want, rule)


DEPARTURE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  doe: {names: [Jean-Marc Doe, Doe]}
  roe: {names: [Paul Roe, Roe]}
sources:
  - id: governance
    title: Évolution de la gouvernance de Velmor
    publisher: velmor
    published: 2025-02-10
    facts:
      - id: interim
        statement: Jean-Marc Doe a démissionné de son poste de directeur général de Velmor le 10 février 2025 ; ses fonctions sont exercées à titre transitoire par le président du conseil, Paul Roe.
        subject: roe
        as_of: 2025-02-10
"""


@pytest.mark.parametrize("text, want, rule", [
    # who leaves is read beside who takes over: the departure of the party the source has staying is the other way round
    ("Jean-Marc Doe assure désormais la direction générale à titre transitoire, après le départ de Paul Roe en février.",
     "contradicted", "roles"),
    ("Paul Roe assure désormais la direction générale à titre transitoire, après le départ de Jean-Marc Doe en février.",
     "supported", None),
])
def test_the_departure_of_another_party(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, DEPARTURE), text, "fr"), want, rule)


CHOSEN = """
version: 1
entities:
  velmor: {names: [Velmor]}
  korland: {names: [Korland]}
sources:
  - id: contract
    title: Velmor contract
    publisher: velmor
    published: 2025-02-10
    facts:
      - id: selected
        statement: Velmor a été sélectionné par Korland pour investir jusqu'à 300 millions d'euros dans une usine d'oxygène.
        subject: korland
        object: velmor
        quantity: {value: 300e6, unit: EUR, bound: at-most}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want, rule", [
    # « retenir » and « sélectionner » are one act: in the active on one side and the passive on the other, the two
    # parties in the same order have the chooser and the chosen the other way round
    ("En 2025, Velmor a retenu Korland pour investir jusqu'à 300 millions d'euros dans une usine d'oxygène.",
     "contradicted", "roles"),
    ("En 2025, Korland a retenu Velmor pour investir jusqu'à 300 millions d'euros dans une usine d'oxygène.",
     "supported", None),
])
def test_who_chose_whom(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, CHOSEN), text, "fr"), want, rule)


AWARDED = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria Oil Company, Ostria]}
sources:
  - id: orders
    title: Velmor full-year results
    publisher: velmor
    published: 2025-03-01
    facts:
      - id: ostria-orders
        statement: Ostria Oil Company awarded Velmor a large contract for steel tubes, to be delivered in 2025.
        subject: ostria
        object: velmor
"""


@pytest.mark.parametrize("text, want, rule", [
    # "to which" is the relative pronoun's preposition: the party after it is the relative clause's subject, who awards
    ("The biggest boost came from Ostria Oil Company, to which Velmor awarded a large contract for steel tubes.",
     "contradicted", "roles"),
])
def test_the_party_after_a_relative_pronoun_is_its_subject(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, AWARDED), text, "en"), want, rule)


CLAIMED = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [gestionnaire du réseau, Ostria]}
sources:
  - id: dispute
    title: Velmor et le réseau
    publisher: velmor
    published: 2024-08-01
    facts:
      - id: compensation
        statement: Velmor a engagé des actions en justice pour que le gestionnaire du réseau l'indemnise des coupures.
        subject: ostria
        object: velmor
        as_of: 2024-08
"""


@pytest.mark.parametrize("text, want, rule", [
    # who claims a sum « à » a party is the one it would go to, that party the one to pay it
    ("Depuis, c'est le gestionnaire du réseau qui réclame des indemnités à Velmor.", "contradicted", "roles"),
    ("Le gestionnaire du réseau réclame des indemnités à Velmor.", "contradicted", "roles"),
    ("Velmor réclame des indemnités au gestionnaire du réseau.", "supported", None),
])
def test_who_claims_a_sum_would_receive_it(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, CLAIMED), text, "fr"), want, rule)


RECKONED = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria-capital: {names: [Ostria Capital]}
  korland: {names: [Korland]}
sources:
  - id: reaction
    title: Velmor shares fall on profit warning
    publisher: Northwire News
    published: 2025-03-17
    facts:
      - id: ostria-view
        statement: Ostria Capital analyst Jane Doe said the 2025 downgrade was equivalent to a 15% undershoot of her forecasts.
        subject: ostria-capital
        quantity: {value: 15, unit: percent, bound: about}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, want, rule", [
    # "reckoned" is a verb of saying: its subject is who the article credits, against who the fact has saying it
    ("Analysts at Korland reckoned the downgrade amounted to a 15 per cent shortfall against their forecasts.",
     "contradicted", "attribution"),
    ("Analysts at Ostria Capital reckoned the downgrade amounted to a 15 per cent shortfall against their forecasts.",
     "supported", None),
])
def test_who_reckoned_it(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, RECKONED), text, "en"), want, rule)
