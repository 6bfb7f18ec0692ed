"""Rule tests (split from test_fact_slots.py): figures, bounds, measures, counted nouns, units, rates and
differences — each a sentence checked against an inline source list, its verdict and the rule that decided it."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, assert_rule, assert_verdict, checker_for, last_statement


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
    assert_verdict(st, want)


BOUNDED_AGES = """
version: 1
sources:
  - id: jabs
    title: Vaccine uptake in Brevanne
    published: 2026-01-10
    facts:
      - id: over
        statement: La couverture vaccinale était de 61 % chez les 70 ans et plus en 2025.
        quantity: {value: 61, unit: percent}
        as_of: 2025
      - id: under
        statement: La couverture vaccinale était de 22 % chez les moins de 70 ans à risque en 2025.
        quantity: {value: 22, unit: percent}
        as_of: 2025
      - id: older
        statement: Vaccine uptake was 58% among people aged 80 or above in 2025.
        quantity: {value: 58, unit: percent}
        as_of: 2025
      - id: younger
        statement: Vaccine uptake was 19% among at-risk people under 80 in 2025.
        quantity: {value: 19, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    ("Chez les moins de 70 ans à risque, la couverture a atteint 22 % en 2025.", "fr", "supported"),
    # the figure of the other side of the age: never supported
    ("Chez les moins de 70 ans à risque, la couverture a atteint 61 % en 2025.", "fr", "contradicted"),
    ("Among at-risk people under 80, vaccine uptake reached 19% in 2025.", "en", "supported"),
    ("Among at-risk people under 80, vaccine uptake reached 58% in 2025.", "en", "contradicted"),
])
def test_an_age_bounded_on_one_side_is_not_the_other_side(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BOUNDED_AGES), text, lang)
    assert st.verdict == want or want == "contradicted" and st.verdict == "mixed", \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


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
    assert_verdict(st, want)


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


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact's own digits at another power of ten, which no other reading placed (its fiscal year, its half): the
    # fact the figure's clause is first about, its scale slipped (``scaleslip``)
    ("Dravolt's interest costs jumped to £2.37bn from £198.4m, as it kept borrowing to pay for its building work.", "en",
     "contradicted", "quantity-magnitude"),
    ("Dravolt's interest costs jumped to £236.7m from £198.4m, as it kept borrowing to pay for its building work.", "en",
     "supported", "quantity"),
    ("Dravolt's online ordering tool handled some 41 million orders in its first half.", "en", "contradicted",
     "quantity-magnitude"),
    ("L'outil de commande en ligne de Dravolt a traité quelque 41 millions de commandes au premier semestre.", "fr",
     "contradicted", "quantity-magnitude"),
    # (the second figure of the fact's sentence, which declares none)
    ("Dravolt's management is now aiming for a further £27 billion of annual savings by the 2029 financial year.", "en",
     "contradicted", "quantity-magnitude"),
])
def test_a_slip_of_scale_is_held_against_the_fact_of_its_topic(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  dravolt: {names: [Dravolt]}
sources:
  - id: dravolt-fy
    title: Dravolt full-year results 2024/25
    published: 2025-06-04
    facts:
      - id: interest-costs
        statement: Dravolt's interest costs rose to £236.7m in 2024/25 from £198.4m, as borrowing stayed high.
        subject: dravolt
        quantity: {value: 236700000, unit: GBP, bound: exact}
        as_of: 2025-03
      - id: savings
        statement: Dravolt realised structural cost savings of about £12 million a year in FY25, ahead of target, and is targeting a further £27 million a year of structural savings by FY29.
        subject: dravolt
        as_of: 2025-06
      - id: grants
        statement: Dravolt has set aside a £40m fund for customers who struggle to pay their bills.
        subject: dravolt
        quantity: {value: 40000000, unit: GBP}
        as_of: 2025-06
  - id: dravolt-h1
    title: Dravolt half-year results
    published: 2024-11-20
    facts:
      - id: h1-orders
        statement: Dravolt's online ordering tool handled 41,000 orders in the six months to 30 September 2024.
        subject: dravolt
        quantity: {value: 41000, unit: orders, bound: about}
        as_of: 2024-09
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound at the very number the source bounds the other way, which no other reading placed (its clause names no
    # "organic" and no year): the fact the clause is first about refutes it (``boundends``)
    ("Excluding currency effects, Kestrel's growth nonetheless stayed below 8 %.", "en", "contradicted", "quantity-bound"),
    ("Hors effets de change, la croissance de Kestrel est toutefois restée sous la barre des 8 %.", "fr", "contradicted",
     "quantity-bound"),
    ("Kestrel's organic growth topped 8 % in 2024.", "en", "supported", "quantity"),
])
def test_a_bound_past_the_sources_own_is_refuted_by_the_fact_of_its_topic(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  kestrel: {names: [Kestrel Foods, Kestrel]}
sources:
  - id: kestrel-results
    title: Kestrel Foods annual results 2024
    published: 2025-02-26
    facts:
      - id: organic
        statement: In 2024, Kestrel Foods' organic growth exceeded 8 %, as in 2022 and 2023.
        subject: kestrel
        quantity: {value: 8, unit: percent, bound: at-least}
        as_of: 2024
      - id: margin
        statement: Kestrel Foods' operating margin was 6.2 % in 2024.
        subject: kestrel
        quantity: {value: 6.2, unit: percent}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a currency named by its word (« dirhams ») or by its ISO code before the figure ("ISK 61 million"): the figure
    # is money, compared with the facts counted in that currency (a thousand times off: a magnitude slip)
    ("Le fonds de reconstruction de Varnek est doté de 95 millions de dirhams.", "fr", "contradicted",
     "quantity-magnitude"),
    ("The Varnek reconstruction fund holds MAD 95 million.", "en", "contradicted", "quantity-magnitude"),
    ("Le fonds de reconstruction de Varnek est doté de 95 milliards de dirhams.", "fr", "supported", "quantity"),
    ("The Varnek harbour repairs cost ISK 42 million.", "en", "contradicted", "quantity-magnitude"),
    ("The Varnek harbour repairs cost ISK 42 billion.", "en", "supported", "quantity"),
])
def test_a_currency_by_its_word_or_its_code_is_money(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  varnek: {names: [Varnek]}
sources:
  - id: fund
    title: Varnek reconstruction budget
    published: 2025-02-20
    facts:
      - id: fund
        statement: Le fonds de reconstruction de Varnek est doté de 95 milliards de dirhams.
        subject: varnek
        quantity: {value: 95e9, unit: MAD}
        as_of: 2025
      - id: harbour
        statement: The Varnek harbour repairs cost ISK 42 billion.
        subject: varnek
        quantity: {value: 42e9, unit: ISK}
        as_of: 2025
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


VERB_BOUNDS = """
version: 1
entities:
  norvale: {names: [Norvale]}
sources:
  - id: norvale-2024
    title: Norvale annual report 2024
    published: 2025-02-12
    facts:
      - id: cash
        statement: Le flux de trésorerie disponible de Norvale s'établit à 1 940 millions d'euros en 2024.
        subject: norvale
        quantity: {value: 1.94e9, unit: EUR, bound: exact}
        as_of: 2024
      - id: deposits
        statement: Norvale's deposits were $1.94 billion at the end of 2024.
        subject: norvale
        quantity: {value: 1.94e9, unit: USD, bound: exact}
        as_of: 2024
      - id: lending
        statement: Norvale lent $500 million to small firms in 2024.
        subject: norvale
        quantity: {value: 500e6, unit: USD, bound: exact}
        as_of: 2024
      - id: rate
        statement: Le taux de défaut de Norvale s'établit à 7,0 % en 2024.
        subject: norvale
        quantity: {value: 7.0, unit: percent, bound: exact}
        as_of: 2024
      - id: members
        statement: Norvale had 3.2 million members at the end of 2024.
        subject: norvale
        quantity: {value: 3.2e6, unit: members}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a verb of exceeding bounds its figure, past (« a dépassé les »), present or infinitive, before an article or a
    # threshold's noun (« la barre des », "the … mark"): under the source's figure it is wrong, past it right
    ("Le flux de trésorerie disponible de Norvale a dépassé les 2 milliards d'euros en 2024.", "fr", "contradicted", "quantity"),
    ("Le flux de trésorerie disponible de Norvale a dépassé les 1,9 milliard d'euros en 2024.", "fr", "supported", "quantity"),
    ("Le flux de trésorerie disponible de Norvale a franchi la barre des 2 milliards d'euros en 2024.", "fr", "contradicted", "quantity"),
    ("Norvale's deposits crossed the $2 billion mark in 2024.", "en", "contradicted", "quantity"),
    ("Norvale's deposits passed the $1.9 billion mark in 2024.", "en", "supported", "quantity"),
    # such a verb right before a sum or a share bounds it too ("passed $2 billion"); never a small count
    ("Norvale's deposits passed $2 billion in 2024.", "en", "contradicted", "quantity"),
    ("Norvale's deposits passed $1.9 billion in 2024.", "en", "supported", "quantity"),
    # such a bound leaves its figure out: the source's exact figure at it does not pass it; reaching it does
    ("Norvale's lending to small firms exceeded $500 million in 2024.", "en", "contradicted", "quantity-bound"),
    ("Norvale's lending to small firms reached $500 million in 2024.", "en", "supported", "quantity"),
    ("Le taux de défaut de Norvale est passé sous le seuil de 7 % en 2024.", "fr", "contradicted", "quantity-bound"),
    ("Le taux de défaut de Norvale est passé sous le seuil de 7,5 % en 2024.", "fr", "supported", "quantity"),
    ("Le taux de défaut de Norvale est resté sous les 7 % en 2024.", "fr", "contradicted", "quantity-bound"),
    ("Norvale's deposits fell short of $2 billion at the end of 2024.", "en", "supported", "quantity"),
    # a source's plain round figure allows its rounding: 3.2 million may be 3.24 million
    ("Norvale's membership topped 3.2 million in 2024.", "en", "supported", "quantity"),
    # an adverb between the verb and its figure (« dépassait toutefois », « dépassait pourtant ») keeps the bound
    ("Le flux de trésorerie disponible de Norvale dépassait toutefois 2 milliards d'euros en 2024.", "fr",
     "contradicted", "quantity"),
    ("Le flux de trésorerie disponible de Norvale dépassait pourtant 1,9 milliard d'euros en 2024.", "fr",
     "supported", "quantity"),
    # so does a phrase that sets its subject beside another's (« pour sa part », « lui aussi »)
    ("Le flux de trésorerie disponible de Norvale dépasse pour sa part les 2 milliards d'euros en 2024.", "fr",
     "contradicted", "quantity"),
    ("Le flux de trésorerie disponible de Norvale dépasse lui aussi les 1,9 milliard d'euros en 2024.", "fr",
     "supported", "quantity"),
])
def test_a_verb_of_exceeding_is_a_bound_that_leaves_its_figure_out(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, VERB_BOUNDS), text, lang)
    assert_rule(st, want, rule)


def test_a_verb_of_passing_bounds_a_sum_not_a_small_count():
    from rulehelpers import _analysed
    bounds = lambda text, lang: [q.bound for c in _analysed(text, lang).claims for q in c.quantities]
    assert bounds("The fund passed €2bn in assets in 2024.", "en") == ["at-least"]
    assert bounds("Les ventes ont passé la barre des 3 millions d'euros.", "fr") == ["at-least"]
    assert bounds("The board passed 12 resolutions.", "en") == ["about"]


SENTENCE_BOUNDS = """
version: 1
entities:
  norvale: {names: [Norvale]}
sources:
  - id: norvale-survey-2024
    title: Norvale reef survey 2024
    published: 2025-03-04
    facts:
      - id: reefs
        statement: Norvale's divers surveyed more than 1,000 reefs in 2024.
        subject: norvale
        quantity: {value: 1000, unit: reefs}
        as_of: 2024
      - id: plongees
        statement: Les plongeurs de Norvale ont effectué moins de 800 plongées en 2024.
        subject: norvale
        quantity: {value: 800, unit: plongées}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the bound a fact's sentence writes at its very figure is its own, declared or not: the other way is refuted
    ("Norvale's divers surveyed fewer than 1,000 reefs in 2024.", "en", "contradicted"),
    ("Norvale's divers surveyed more than 1,000 reefs in 2024.", "en", "supported"),
    ("Les plongeurs de Norvale ont effectué plus de 800 plongées en 2024.", "fr", "contradicted"),
    ("Les plongeurs de Norvale ont effectué moins de 800 plongées en 2024.", "fr", "supported"),
])
def test_a_fact_s_own_bound_refutes_a_bound_the_other_way(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SENTENCE_BOUNDS), text, lang)
    assert_verdict(st, want)


ROUND_AMOUNTS = """
version: 1
entities:
  orveld: {names: [Orveld]}
sources:
  - id: orveld-fund-2024
    title: Orveld fund report 2024
    published: 2025-02-11
    facts:
      - id: grants
        statement: The Orveld fund paid 300 million euros to local councils in 2024.
        subject: orveld
        quantity: {value: 300e6, unit: EUR}
        as_of: 2024
      - id: subventions
        statement: Le fonds d'Orveld a versé 200 millions d'euros aux communes en 2024.
        subject: orveld
        quantity: {value: 200e6, unit: EUR}
        as_of: 2024
      - id: clubs
        statement: The Orveld fund paid 3.4 million euros to sports clubs in 2024.
        subject: orveld
        quantity: {value: 3.4e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # an exclusive bound at a source's figure so round its rounding passes 5 % (300 million): which side it lies
    # is unknown, the bound unchecked; one the figure passes, or an inclusive one, is confirmed
    ("The Orveld fund paid less than €300 million to local councils in 2024.", "en", "unverified"),
    ("Le fonds d'Orveld a versé plus de 200 millions d'euros aux communes en 2024.", "fr", "unverified"),
    ("The Orveld fund paid more than €280 million to local councils in 2024.", "en", "supported"),
    ("Le fonds d'Orveld a versé au moins 200 millions d'euros aux communes en 2024.", "fr", "supported"),
    # (a figure with more digits allows its rounding: "more than 3.4 million" against 3.4 million)
    ("The Orveld fund paid more than €3.4 million to sports clubs in 2024.", "en", "supported"),
])
def test_an_exclusive_bound_at_a_very_round_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ROUND_AMOUNTS), text, lang)
    assert_verdict(st, want)


def test_a_bound_ten_times_off_confirms_nothing():
    from factcheck.checks.compare import compare_quantity
    from factcheck.checks.model import Quantity
    band = Quantity(value=5, unit="units", bound="at-least", text="five units or more")
    assert compare_quantity(band, Quantity(value=371000, unit="units"))[0] != "supports"
    assert compare_quantity(Quantity(value=100, unit="EUR", bound="at-least", text="more than 100"),
                            Quantity(value=110.5, unit="EUR"))[0] == "supports"


@pytest.mark.parametrize("text, lang, want, rule", [
    # a second figure the confirming fact writes beside the first, in the same order, is confirmed by it (written
    # beside its declared figure, among its own clause's words: « et la licence d'économie 71,2 % »)
    ("La licence de droit atteint 78,6 %, tandis que la licence d'économie affiche 71,2 %.", "fr", "supported",
     "quantity"),
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


OWN_CLAUSE = """
version: 1
sources:
  - id: varno
    title: Fréquentation touristique de Varno, 2025
    published: 2026-01-20
    facts:
      - id: origines
        statement: Les touristes nordiques représentent 58 % des nuitées de Varno et les touristes du sud 42 % ; l'Allemagne est le premier pays d'origine (15 %), devant la Pologne (7 %) et l'Autriche (4 %).
        quantity: {value: 58, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a second figure of the fact, for another party, that the words of its own clause single out in both sentences
    ("Les touristes nordiques représentent 58 % des nuitées, et les Allemands forment le premier pays d'origine "
     "avec 15 %.", "fr", "supported"),
])
def test_a_second_figure_singled_out_by_its_own_clause(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, OWN_CLAUSE), text, lang), want, "quantity-alongside")


@pytest.mark.parametrize("text, lang", [
    # (another party's figure of the sentence, whose clause shares nothing with the claim's)
    ("Les touristes nordiques représentent 58 % des nuitées, et les Allemands forment le premier pays d'origine "
     "avec 7 %.", "fr"),
])
def test_another_partys_figure_is_not_singled_out(tmp_path_factory, text, lang):
    assert last_statement(checker_for(tmp_path_factory, OWN_CLAUSE), text, lang).verdict != "supported"


ALONGSIDE_BOUNDS = """
version: 1
sources:
  - id: harwick-flu
    title: Harwick health board, winter report 2025
    published: 2025-04-02
    facts:
      - id: season
        statement: The Harwick board counted 48,200 hospital admissions and more than 1,300 deaths over the 2024-25 winter.
        quantity: {value: 48200, unit: admissions}
        as_of: 2025
      - id: season-fr
        statement: Le conseil de santé de Harwick a compté 48 200 hospitalisations et plus de 1 300 décès pendant l'hiver 2024-2025.
        quantity: {value: 48200, unit: hospitalisations}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact's bound states its own figure beside the confirmed one, not a larger one within the bound
    ("Harwick counted 48,200 hospital admissions and more than 1,300 deaths over the winter.", "en", "supported",
     "quantity-alongside"),
    ("Harwick counted 48,200 hospital admissions and more than 1,600 deaths over the winter.", "en", "unverified",
     "quantity"),
    ("Harwick a compté 48 200 hospitalisations et plus de 1 600 décès pendant l'hiver.", "fr", "unverified",
     "quantity"),
])
def test_a_figure_stated_alongside_is_written_by_the_fact(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ALONGSIDE_BOUNDS), text, lang), want, rule)


BOUND_AND_EXACT = """
version: 1
entities:
  norvale: {names: [Norvale]}
sources:
  - id: norvale-year
    title: Norvale Cycles, annual review 2024
    published: 2025-02-10
    facts:
      - id: first-billion
        statement: Norvale became the first bicycle maker to register more than one billion euros of sales in a single year, in 2024, and tops the European ranking.
        subject: norvale
        as_of: 2024
      - id: sales
        statement: Norvale generated 1,045.5 million euros of sales in 2024.
        subject: norvale
        quantity: {value: 1045.5e6, unit: EUR, bound: exact}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a precise figure within a fact's bound is refuted by the exact figure a fact of the same subject gives
    ("Norvale generated sales of €1,145.5 million in 2024 and tops the European ranking.", "en", "contradicted",
     "quantity"),
    ("Avec 1 145,5 millions d'euros de ventes en 2024, Norvale prend la tête du classement européen.", "fr",
     "contradicted", "quantity"),
    ("Norvale generated sales of €1,045.5 million in 2024 and tops the European ranking.", "en", "supported",
     "quantity"),
])
def test_a_bound_does_not_confirm_what_an_exact_figure_refutes(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, BOUND_AND_EXACT), text, lang), want, rule)


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
    assert_verdict(st, "unverified")


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
    # (and before a noun of change that says no way, « une nette amélioration », « un net rebond »)
    ("La Ruritanie a connu une nette amélioration en 2024, avec 42 morts sur ses routes.", "fr", "supported", "quantity"),
    ("La Ruritanie a connu une nette amélioration en 2024, avec 45 morts sur ses routes.", "fr", "contradicted", "quantity"),
    ("In a clear improvement, women accounted for 1,304 of the road deaths registered in 2024.", "en", "contradicted",
     "quantity"),
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


BESIDE_TAIL = """
version: 1
sources:
  - id: orvane
    title: Orvane 2024 results
    published: 2025-03-04
    facts:
      - id: seeds
        statement: Orvane Seeds sales grew 3% and operating profit rose 15% in 2024, helped by strong maize, barley and wheat demand.
        quantity: {value: 15, unit: percent}
        as_of: 2024
"""


def test_a_figure_before_a_nested_clauses_figure_ends_its_words_there(tmp_path_factory):
    # the words after a nested clause's figure ("…, helped by …" after "profit rose 15%") are that figure's, not the
    # 3%'s: the 3% is the one the fact writes beside its declared 15%, among the same words
    st = last_statement(checker_for(tmp_path_factory, BESIDE_TAIL), "Orvane Seeds grew sales by 3%, while operating profit "
                        "in that unit rose 15%, helped by strong maize, barley and wheat demand.")
    assert_rule(st, "supported", "quantity")


BESIDE_SIGNED = """
version: 1
sources:
  - id: belvoir
    title: Belvoir 2024 results
    published: 2025-03-04
    facts:
      - id: volumes-prices
        statement: In 2024 Belvoir's volumes rose 1.8% and the price effect was -2.5%, reflecting lower energy costs.
        quantity: {value: 1.8, unit: percent}
        as_of: 2024
      - id: volumes-prix
        statement: En 2024, les volumes de Belvoir ont augmenté de 1,8 % et l'effet prix a été de -2,5 %, en raison de la baisse des coûts de l'énergie.
        quantity: {value: 1.8, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fall the fact's sentence writes beside its declared figure as a negative one ("-2.5%") is that figure
    ("Belvoir's volumes rose 1.8%, while its prices fell 2.5% as energy costs eased.", "en", "supported", "quantity-alongside"),
    ("Les volumes de Belvoir ont augmenté de 1,8 %, tandis que ses prix ont reculé de 2,5 % avec la baisse de l'énergie.", "fr",
     "supported", "quantity-alongside"),
    # (a rise is not)
    ("Belvoir's volumes rose 1.8%, while its prices rose 2.5% as energy costs eased.", "en", "mixed", "direction"),
    ("Les volumes de Belvoir ont augmenté de 1,8 %, tandis que ses prix ont augmenté de 2,5 % avec la baisse de l'énergie.", "fr",
     "mixed", "direction"),
])
def test_a_fall_written_beside_as_a_negative_figure_is_its(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, BESIDE_SIGNED), text, lang), want, rule)


INCISE = """
version: 1
sources:
  - id: norvac
    title: Norvac 2024 results
    published: 2025-03-04
    facts:
      - id: profits
        statement: In 2024 Norvac's underlying profit fell 4.2% to €210.5m, and its net profit dropped 19.3% to €88m.
        quantity: {value: 210500000, unit: EUR}
        as_of: 2024
      - id: resultats
        statement: En 2024, le résultat courant de Norvac a baissé de 4,2 % à 210,5 millions d'euros, et son résultat net a chuté de 19,3 % à 88 millions d'euros.
        quantity: {value: 210500000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a short incise after what the clause speaks of (", however,", « , lui, ») ends no clause: the figure after it
    # measures the noun before it, the one the fact writes beside its declared figure
    ("Norvac's underlying profit fell 4.2% in 2024. Its net profit, however, dropped 19.3%, to €88m.", "en",
     "supported", "quantity-alongside"),
    ("Le résultat courant de Norvac a baissé de 4,2 % en 2024. Son résultat net, lui, chute de 19,3 %, à 88 millions "
     "d'euros.", "fr", "supported", "quantity-alongside"),
    ("Norvac's underlying profit fell 4.2% in 2024. Its net profit, however, dropped 14.3%, to €88m.", "en",
     "contradicted", "quantity"),
    ("Le résultat courant de Norvac a baissé de 4,2 % en 2024. Son résultat net, lui, chute de 14,3 %, à 88 millions "
     "d'euros.", "fr", "contradicted", "quantity"),
])
def test_a_figure_after_a_subject_incise_is_of_its_subject(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, INCISE), text, lang), want, rule)


CLAUSE_OF_ITS_FIGURE = """
version: 1
sources:
  - id: corbel
    title: Corbel 2024 results
    published: 2025-03-04
    facts:
      - id: channels
        statement: Corbel Online, at home and abroad, accounted for 61% of group revenue in the year to December 2024, and the Corbel store network for 33%.
        quantity: {value: 61, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # the words a clause break ends after a figure of the fact's sentence are that figure's only ("61% of group revenue
    # in the year to December 2024,"): those after the break, "the Corbel store network", are the 33%'s
    ("Corbel's online sales, at home and abroad, made up about 61 per cent of group revenue, while its stores accounted "
     "for around 33 per cent.", "supported"),
    ("Corbel's online sales, at home and abroad, made up about 61 per cent of group revenue, while its stores accounted "
     "for around 38 per cent.", "mixed"),
])
def test_a_figure_of_a_facts_sentence_owns_the_words_of_its_clause(tmp_path_factory, text, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, CLAUSE_OF_ITS_FIGURE), text), want, "quantity")


BESIDE_OTHER_UNIT = """
version: 1
sources:
  - id: housing
    title: New homes 2024
    published: 2025-02-10
    facts:
      - id: sales
        statement: In 2024, 61,237 new flats were sold in the region, 4.2% fewer than in 2023.
        quantity: {value: -4.2, unit: percent}
        as_of: 2024
      - id: sales-fr
        statement: En 2024, 38 519 maisons neuves ont été vendues dans la région, soit 6,3 % de moins qu'en 2023.
        quantity: {value: -6.3, unit: percent}
        as_of: 2024
      - id: income
        statement: Harbour Bank's net income was €3.2 billion in 2024, 7.3% more than in 2023.
        quantity: {value: 7.3, unit: percent}
        as_of: 2024
      - id: resultat
        statement: Le résultat net de la Banque du Port atteint 2,6 milliards d'euros en 2024, en hausse de 5,9 % sur un an.
        quantity: {value: 5.9, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure no declared figure decides (the declared one is a change) that the fact's sentence writes exactly,
    # among the words of what it measures, is that fact's figure
    ("The region sold 61,237 new flats in 2024.", "en", "supported"),
    ("La région a vendu 38 519 maisons neuves en 2024.", "fr", "supported"),
    # not in another noun
    ("The region sold 61,237 new offices in 2024.", "en", "unverified"),
    ("La région a vendu 38 519 bureaux neufs en 2024.", "fr", "unverified"),
    # nor of another measure
    ("Harbour Bank's gross income came to €3.2 billion in 2024.", "en", "unverified"),
    ("Le résultat brut de la Banque du Port s'établit à 2,6 milliards d'euros en 2024.", "fr", "unverified"),
    ("Harbour Bank's net income came to €3.2 billion in 2024.", "en", "supported"),
    ("Le résultat net de la Banque du Port s'établit à 2,6 milliards d'euros en 2024.", "fr", "supported"),
])
def test_a_figure_written_beside_a_declared_change_is_the_facts(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BESIDE_OTHER_UNIT), text, lang)
    assert_verdict(st, want)


BESIDE_OWN_MEASURE = """
version: 1
entities:
  velmora: {names: [Velmora Air]}
  transalpe: {names: [Transalpe]}
sources:
  - id: outlook
    title: Outlook 2026
    published: 2026-02-20
    facts:
      - id: plan
        statement: For 2026, Velmora Air plans net investment of EUR 2.1 billion and a load factor of 84.5%.
        subject: velmora
        quantity: {value: 2100000000, unit: EUR}
        as_of: 2026
      - id: plan-fr
        statement: Pour 2026, Transalpe prévoit des investissements nets de 1,8 milliard d'euros et un taux de remplissage de 86,5 %.
        subject: transalpe
        quantity: {value: 1800000000, unit: EUR}
        as_of: 2026
      - id: q4
        statement: In the fourth quarter of 2025, Velmora Air's revenue was EUR 3.2 billion and its operating margin 6.3%.
        subject: velmora
        quantity: {value: 3200000000, unit: EUR}
        as_of: 2025-Q4
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the sentence writes beside its declared one is of the measure its own words give (a load factor),
    # not the declared figure's (net investment)
    ("For 2026, Velmora Air targets a load factor of 84.5%.", "en", "supported"),
    ("Pour 2026, Transalpe vise un taux de remplissage de 86,5 %.", "fr", "supported"),
    # (a wrong figure is refuted by the beside figure read with its own clause's words, "and a load factor of 84.5%":
    # checks/judge/clausefacets.py — when both are read on one side of expected and happened; "targets a" now reads
    # as an aim, as « vise un » does, and the facet of "plans net investment of … and a load factor of …" names no
    # plan of its own ("plans" before a noun is no plan phrase): left unchecked as the French one — a gap, not a choice)
    ("For 2026, Velmora Air targets a load factor of 88.5%.", "en", "unverified"),
    # (the French one is still left unchecked: the clause facet is not retrieved for it — a gap, not a choice)
    ("Pour 2026, Transalpe vise un taux de remplissage de 89,5 %.", "fr", "unverified"),
    # a figure said of the whole year is not the one a quarter's fact writes beside its own
    ("Over the full year 2025, Velmora Air's operating margin was 6.3%.", "en", "unverified"),
])
def test_a_figure_beside_the_declared_one_is_of_its_own_measure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BESIDE_OWN_MEASURE), text, lang)
    assert_verdict(st, want)


COUNT_RATE = """
version: 1
sources:
  - id: roads
    title: Road safety 2024
    published: 2025-03-01
    facts:
      - id: rate
        statement: Norland's road fatality rate was 1.31 deaths per 100 million vehicle miles traveled in 2024.
        quantity: {value: 1.31, unit: deaths per 100 million vehicle miles traveled}
        as_of: 2024
      - id: count
        statement: Norland recorded 4,120 road deaths in 2024.
        quantity: {value: 4120, unit: deaths}
        as_of: 2024
      - id: taux
        statement: La Norlande a compté 5,7 morts sur les routes par 100 000 habitants en 2024.
        quantity: {value: 5.7, unit: morts par 100 000 habitants}
        as_of: 2024
      - id: nombre
        statement: La Norlande a compté 2 310 morts sur les routes en 2024.
        quantity: {value: 2310, unit: morts}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a count read without the rate the claim writes after it is that rate: the fact's rate, not its count
    ("Norland's road fatality rate fell to 1.31 deaths per 100 million vehicle miles traveled in 2024.", "en", "supported"),
    ("La Norlande a compté 5,7 morts sur les routes par 100 000 habitants en 2024.", "fr", "supported"),
    ("Norland's road fatality rate fell to 1.38 deaths per 100 million vehicle miles traveled in 2024.", "en",
     "contradicted"),
])
def test_a_count_with_its_rate_written_after_is_the_rate(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, COUNT_RATE), text, lang), want, "quantity")


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
    # visitors arrive: tourists and arrivals count them too
    ("The Harbour Museum recorded 1,284,000 arrivals in 2024.", "en", "supported", "quantity"),
    ("En 2024, le Harbour Museum a accueilli 1 284 000 touristes.", "fr", "supported", "quantity"),
    ("The Harbour Museum recorded 1,248,000 tourists in 2024.", "en", "contradicted", "quantity"),

])
def test_nouns_that_count_the_same_thing_compare(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, COUNTED_NOUNS), text, lang)
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


OWN_CLAUSE_SIDES = """
version: 1
entities:
  tarven: {names: [Tarven Foods, Tarven]}
  ostrel: {names: [Ostrel]}
sources:
  - id: tarven-q4
    title: Tarven Foods, fourth quarter 2024
    published: 2025-02-06
    facts:
      - id: export-income-q4
        statement: Tarven's export unit posted operating income of 2.7 billion dollars in the fourth quarter of 2024, compared with an operating loss of 0.6 billion dollars a year earlier.
        subject: tarven
        quantity: {value: 2.7e9, unit: USD}
        as_of: 2024-12
  - id: ostrel-2024
    title: Ostrel, résultats annuels 2024
    published: 2025-03-01
    facts:
      - id: benefice-2024
        statement: Ostrel a dégagé un bénéfice net de 410 millions d'euros en 2024, contre une perte nette de 95 millions d'euros en 2023.
        subject: ostrel
        quantity: {value: 410e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the side of zero a figure is on is named in its own clause: the loss of the source belongs to its other figure
    ("Tarven's export unit swung to an operating loss of 2.7 billion dollars in the fourth quarter of 2024.", "en",
     "contradicted", "quantity"),
    ("Tarven's export unit posted operating income of 2.7 billion dollars in the fourth quarter of 2024.", "en",
     "supported", "quantity"),
    ("Ostrel a essuyé une perte nette de 410 millions d'euros en 2024.", "fr", "contradicted", "quantity"),
    ("Ostrel a dégagé un bénéfice net de 410 millions d'euros en 2024.", "fr", "supported", "quantity"),
    # a clause that names both sides: the word nearest before the figure names its side
    ("Tarven's export unit turned a profit a year earlier into a loss of 2.7 billion dollars in the fourth quarter of "
     "2024.", "en", "contradicted", "quantity"),
    ("Tarven's export unit turned a loss a year earlier into a profit of 2.7 billion dollars in the fourth quarter of "
     "2024.", "en", "supported", "quantity"),
    ("En 2024, Ostrel a transformé son bénéfice en une perte nette de 410 millions d'euros.", "fr", "contradicted",
     "quantity"),
    ("En 2024, Ostrel a transformé sa perte en un bénéfice net de 410 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_figure_takes_the_side_its_own_clause_names(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OWN_CLAUSE_SIDES), text, lang)
    assert_rule(st, want, rule)


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
        assert_verdict(st, want)


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
    assert_verdict(st, want)


HEDGED_TARGET = """
version: 1
sources:
  - id: velmor-plan-2025
    title: Velmor group plan 2025-2028
    published: 2025-02-12
    facts:
      - id: growth
        statement: Velmor targets annual sales growth of around 6% between 2025 and 2028.
        quantity: {value: 6, unit: percent}
        as_of: 2025
      - id: croissance
        statement: Velmor vise une croissance annuelle de ses marges de l'ordre de 4 % entre 2025 et 2028.
        quantity: {value: 4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a floor at the figure the source gives hedged: the source sets no floor, "about 6 %" may fall under it
    ("Velmor targets annual sales growth of at least 6% between 2025 and 2028.", "en", "contradicted"),
    ("Velmor vise une croissance annuelle de ses marges d'au moins 4 % entre 2025 et 2028.", "fr", "contradicted"),
    # the same hedge: as the source says
    ("Velmor targets annual sales growth of about 6% between 2025 and 2028.", "en", "supported"),
])
def test_a_floor_at_a_hedged_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HEDGED_TARGET), text, lang)
    assert_verdict(st, want)


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


STRONG_CHANGES = """
version: 1
sources:
  - id: homes
    title: Ventes de logements neufs à Norbeck
    published: 2026-02-10
    facts:
      - id: investors
        statement: En 2025, les ventes aux investisseurs à Norbeck ont reculé de 38,4 %.
        quantity: {value: -38.4, unit: percent}
        as_of: 2025
      - id: rents
        statement: Norbeck's average rent rose 12.6% in 2025.
        quantity: {value: 12.6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # verbs of a steep change say its direction like "fell" and "rose" do
    ("En 2025, les ventes aux investisseurs à Norbeck se sont effondrées de 38,4 %.", "fr", "supported", "quantity"),
    ("In 2025 sales to investors in Norbeck plunged 38.4%.", "en", "supported", "quantity"),
    ("En 2025, les ventes aux investisseurs à Norbeck ont flambé de 38,4 %.", "fr", "contradicted", "direction"),
    ("Norbeck's average rent soared 12.6% in 2025.", "en", "supported", "quantity"),
    ("Norbeck's average rent tumbled 12.6% in 2025.", "en", "contradicted", "direction"),
])
def test_steep_changes_have_a_direction(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, STRONG_CHANGES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # verbs of a slow or slight fall, and of a rebound, say their direction too
    ("In 2025 sales to investors in Norbeck slid 38.4%.", "en", "supported", "quantity"),
    ("En 2025, les ventes aux investisseurs à Norbeck ont glissé de 38,4 %.", "fr", "supported", "quantity"),
    ("En 2025, les ventes aux investisseurs à Norbeck se sont effritées de 38,4 %.", "fr", "supported", "quantity"),
    ("Norbeck's average rent rebounded 12.6% in 2025.", "en", "supported", "quantity"),
    # control: a slide the source gives as a rise goes the other way
    ("Norbeck's average rent slid 12.6% in 2025.", "en", "contradicted", "direction"),
])
def test_slight_falls_and_rebounds_have_a_direction(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, STRONG_CHANGES), text, lang), want, rule)


WAYS_AND_CAUSES = """
version: 1
sources:
  - id: results
    title: Velmor and Norvel annual results 2025
    published: 2026-02-10
    facts:
      - id: fcf
        statement: Velmor's free cash flow rose to 412 million pounds in 2025 from 380 million pounds in 2024.
        quantity: {value: 412000000, unit: GBP}
        as_of: 2025
      - id: fcf-fr
        statement: Le flux de trésorerie disponible de Norvel a progressé à 655 millions d'euros en 2025, contre 590 millions en 2024.
        quantity: {value: 655000000, unit: EUR}
        as_of: 2025
      - id: fx
        statement: Currency movements reduced Velmor's revenue by 4% in 2025.
        quantity: {value: -4, unit: percent}
        as_of: 2025
      - id: growth
        statement: Velmor's total revenue rose 4% in 2025.
        quantity: {value: 4, unit: percent}
        as_of: 2025
      - id: fx-fr
        statement: Les effets de change ont diminué le chiffre d'affaires de Norvel de 2 % en 2025.
        quantity: {value: -2, unit: percent}
        as_of: 2025
      - id: growth-fr
        statement: Le chiffre d'affaires total de Norvel a augmenté de 2 % en 2025.
        quantity: {value: 2, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a verb of weakening or strengthening says the way to the level it reaches, as "fell to" and "rose to" do
    ("Velmor's free cash flow weakened to £412m in 2025.", "en", "contradicted", "direction"),
    ("Velmor's free cash flow strengthened to £412m in 2025.", "en", "supported", "quantity"),
    ("Le flux de trésorerie disponible de Norvel s'est affaibli à 655 millions d'euros en 2025.", "fr", "contradicted",
     "direction"),
    ("Le flux de trésorerie disponible de Norvel s'est renforcé à 655 millions d'euros en 2025.", "fr", "supported",
     "quantity"),
])
def test_weakening_and_strengthening_have_a_direction(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WAYS_AND_CAUSES), text, lang), want, rule)


APPRAISED_WAYS = """
version: 1
sources:
  - id: results
    title: Velmor and Norvel annual results 2025
    published: 2026-02-10
    facts:
      - id: debt
        statement: Velmor's net debt fell to 820 million pounds in 2025 from 910 million pounds in 2024.
        quantity: {value: 820000000, unit: GBP}
        as_of: 2025
      - id: margin-fr
        statement: La marge opérationnelle de Norvel a reculé à 11,4 % en 2025, contre 12,1 % en 2024.
        quantity: {value: 11.4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a word that appraises a change ("improved", « s'est dégradée ») goes the way its measure is better or worse:
    # an improvement lowers a debt and raises a margin
    ("Velmor's net debt improved to £820m in 2025.", "en", "supported", "quantity"),
    ("Velmor's net debt worsened to £820m in 2025.", "en", "contradicted", "direction"),
    ("La marge opérationnelle de Norvel s'est dégradée à 11,4 % en 2025.", "fr", "supported", "quantity"),
    ("La marge opérationnelle de Norvel s'est améliorée à 11,4 % en 2025.", "fr", "contradicted", "direction"),
])
def test_an_appraised_change_goes_its_measures_way(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, APPRAISED_WAYS), text, lang), want, rule)


OPENING_CAUSES = """
version: 1
sources:
  - id: results
    title: Velmor and Norvel annual results 2025
    published: 2026-02-10
    facts:
      - id: margin
        statement: Thanks to lower freight costs, Velmor's gross margin improved in 2025 to 38.2% of sales.
        quantity: {value: 38.2, unit: percent}
        as_of: 2025
      - id: marge-fr
        statement: Malgré la baisse des volumes, la marge brute de Norvel progresse en 2025 et atteint 61,7 % des ventes.
        quantity: {value: 61.7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact that opens on its cause or a concession ("Thanks to lower freight costs, …", « Malgré la baisse des
    # volumes, … ») says its figure's way after that phrase: the fall it names is not the margin's
    ("Velmor's gross margin improved to 38.2% of sales in 2025.", "en", "supported", "quantity"),
    ("Velmor's gross margin deteriorated to 38.2% of sales in 2025.", "en", "contradicted", "direction"),
    ("La marge brute de Norvel a progressé à 61,7 % des ventes en 2025.", "fr", "supported", "quantity"),
    ("La marge brute de Norvel a reculé à 61,7 % des ventes en 2025.", "fr", "contradicted", "direction"),
    # the claim's own opening cause neither: what moved the margin is not the margin's way
    ("Thanks to a fall in freight costs, Velmor's gross margin reached 38.2% of sales in 2025.", "en", "supported",
     "quantity"),
    ("Grâce au recul des prix de l'énergie, la marge brute de Norvel a atteint 61,7 % des ventes en 2025.", "fr",
     "supported", "quantity"),
])
def test_a_facts_opening_cause_is_not_its_way(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OPENING_CAUSES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # what a named cause did to a measure is the change of the fact naming that cause, its way too: the measure's
    # own change of the same size, of no cause, confirms nothing
    ("Currency movements lifted Velmor's revenue by 4% in 2025.", "en", "contradicted", "quantity"),
    ("Currency movements reduced Velmor's revenue by 4% in 2025.", "en", "supported", "quantity"),
    ("Les effets de change ont dopé le chiffre d'affaires de Norvel de 2 % en 2025.", "fr", "contradicted", "quantity"),
    ("Les effets de change ont augmenté le chiffre d'affaires de Norvel de 2 % en 2025.", "fr", "contradicted",
     "quantity"),
    ("Les effets de change ont diminué le chiffre d'affaires de Norvel de 2 % en 2025.", "fr", "supported", "quantity"),
    # control: the measure's own change, of no cause, is the other fact's
    ("Le chiffre d'affaires de Norvel a augmenté de 2 % en 2025.", "fr", "supported", "quantity"),
])
def test_a_causes_effect_goes_its_facts_way(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WAYS_AND_CAUSES), text, lang), want, rule)



CHANGE_AND_LEVEL = """
version: 1
sources:
  - id: grid
    title: Parc éolien de Velmont 2025
    published: 2026-02-12
    facts:
      - id: turbines
        statement: La capacité éolienne de Velmont a reculé de 4 % en 2025, à 8,2 GW.
        quantity: {value: -4, unit: percent}
        as_of: 2025
      - id: ferries
        statement: Solar capacity in Osterland fell 3% to 11.6 GW in 2025, the only region to decline.
        quantity: {value: -3, unit: percent}
        as_of: 2025
      - id: dues
        statement: Osterland's port dues came to £9.4 million in 2025, £0.6 million less than in 2024.
        quantity: {value: 9.4e6, unit: GBP}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the fact that confirms the level a change reaches gives the change's own figure the other way, in the one
    # clause that writes both: the change is reported wrongly, not a part of it
    ("La capacité éolienne de Velmont a progressé de 4 % à 8,2 GW en 2025.", "fr", "contradicted"),
    ("Solar capacity in Osterland rose 3% to 11.6 GW in 2025.", "en", "contradicted"),
    # controls: the same change the same way; a difference the other way after a comma is a part of its own
    ("La capacité éolienne de Velmont a reculé de 4 % à 8,2 GW en 2025.", "fr", "supported"),
    ("Solar capacity in Osterland fell 3% to 11.6 GW in 2025.", "en", "supported"),
    ("Osterland's port dues reached £9.4 million in 2025, £0.6 million more than a year earlier.", "en", "mixed"),
])
def test_a_change_its_own_fact_gives_the_other_way(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CHANGE_AND_LEVEL), text, lang), want)


ACCOUNTS_AND_HOUSING = """
version: 1
entities:
  korvane: {names: [Korvane]}
sources:
  - id: korvane-fy
    title: Korvane full-year results 2025
    published: 2026-02-12
    facts:
      - id: eps-gaap
        statement: Korvane's GAAP earnings per share rose 62% in 2025.
        subject: korvane
        quantity: {value: 62, unit: percent}
        as_of: 2025
      - id: eps-adjusted
        statement: Korvane's non-GAAP earnings per share rose 48% in 2025.
        subject: korvane
        quantity: {value: 48, unit: percent}
        as_of: 2025
  - id: permis
    title: Construction de logements en Valdorie, 2025
    published: 2026-01-28
    facts:
      - id: individuels
        statement: En 2025, 96 300 logements individuels ont été autorisés en Valdorie.
        quantity: {value: 96300, unit: logements}
        as_of: 2025
      - id: collectifs
        statement: En 2025, 174 500 logements collectifs ont été autorisés en Valdorie.
        quantity: {value: 174500, unit: logements}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of the adjusted (non-GAAP) accounts is not the reported one's, nor the single-family homes' the
    # blocks of flats' (« logements individuels », « collectifs »): each is compared with the fact of its own measure
    ("Korvane's GAAP earnings per share climbed 48% in 2025.", "en", "contradicted", "quantity"),
    ("Korvane's non-GAAP earnings per share climbed 48% in 2025.", "en", "supported", "quantity"),
    ("Le bénéfice par action non-GAAP de Korvane a progressé de 62 % en 2025.", "fr", "contradicted", "quantity"),
    ("Côté collectif, 96 300 logements ont été autorisés en Valdorie en 2025.", "fr", "contradicted", "quantity"),
    ("Dans le collectif, 174 500 logements ont été autorisés en Valdorie en 2025.", "fr", "supported", "quantity"),
])
def test_adjusted_accounts_and_housing_kinds_are_measures_of_their_own(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ACCOUNTS_AND_HOUSING), text, lang), want, rule)


FROM_TO = """
version: 1
sources:
  - id: runoffs
    title: Second tour à Vellanne
    published: 2026-06-28
    facts:
      - id: runoffs
        statement: Après les retraits, il ne reste que 41 duels à trois au lieu de 164 dans les cantons de Vellanne.
        quantity: {value: 41, unit: duels}
        as_of: 2026-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « de 164 à 41 » after a word of change: 164 is where it started, the level the source gives as its earlier one
    ("Dans les cantons de Vellanne, le nombre de duels à trois est tombé de 164 à 41.", "fr", "supported", "quantity"),
    ("In the Vellanne cantons the number of three-way duels dropped from 164 to 41.", "en", "supported", "quantity"),
])
def test_from_to_after_a_change_starts_at_the_first_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FROM_TO), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    # the level reached is a part of its own, however small: a wrong one is never confirmed by the right start
    ("Dans les cantons de Vellanne, le nombre de duels à trois est tombé de 164 à 51.", "fr"),
    ("In the Vellanne cantons the number of three-way duels dropped from 164 to 51.", "en"),
])
def test_from_to_never_confirms_a_wrong_level_reached(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, FROM_TO), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


SPENDING = """
version: 1
sources:
  - id: visitors
    title: Bilan touristique de Lormagne 2025
    published: 2026-03-10
    facts:
      - id: all
        statement: Les visiteurs ont dépensé 8,2 milliards d'euros en Lormagne en 2025.
        quantity: {value: 8.2e9, unit: EUR}
        as_of: 2025
      - id: foreign
        statement: Les visiteurs étrangers ont dépensé 3,1 milliards d'euros en Lormagne en 2025.
        quantity: {value: 3.1e9, unit: EUR}
        as_of: 2025
      - id: foreign-en
        statement: Foreign visitors spent €3.1 billion in Lormagne in 2025.
        quantity: {value: 3.1e9, unit: EUR}
        as_of: 2025
      - id: count
        statement: Lormagne a accueilli 3,4 millions de visiteurs étrangers en 2025.
        quantity: {value: 3.4e6, unit: visiteurs}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bare amount with a scale word takes the currency of the amounts of the statement before
    ("En 2025, les visiteurs ont dépensé 8,2 milliards d'euros en Lormagne. Les visiteurs étrangers en ont apporté "
     "environ 3,1 milliards.", "fr", "supported"),
    ("En 2025, les visiteurs ont dépensé 8,2 milliards d'euros en Lormagne. Les visiteurs étrangers en ont apporté "
     "environ 4,1 milliards.", "fr", "contradicted"),
    ("In 2025 visitors spent €8.2 billion in Lormagne. Foreign visitors brought in about 3.1 billion of it.", "en",
     "supported"),
])
def test_a_bare_amount_takes_the_currency_of_the_statement_before(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SPENDING), text, lang)
    assert st.verdict == want and any(q.unit == "EUR" for c in st.claims for q in c.claim.quantities), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang, want", [
    # … but a bounded one stays bare: it may count anything, here visitors (not a slip of a sum in euros)
    ("En 2025, la taxe de séjour a rapporté 40 millions d'euros en Lormagne. Les visiteurs étrangers y ont été plus "
     "de 3 millions.", "fr", "supported"),
    ("En 2025, la taxe de séjour a rapporté 40 millions d'euros en Lormagne. Les visiteurs étrangers y ont été moins "
     "de 3 millions.", "fr", "contradicted"),
    ("In 2025 the tourist tax raised €40 million in Lormagne. Foreign visitors there numbered more than 3 million.",
     "en", "supported"),
    ("In 2025 the tourist tax raised €40 million in Lormagne. Foreign visitors there numbered fewer than 3 million.",
     "en", "contradicted"),
])
def test_a_bounded_amount_takes_no_currency_from_the_statement_before(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SPENDING), text, lang), want, "quantity")



SAVINGS_RANGE = """
version: 1
sources:
  - id: lormagne-budget
    title: Avis du Conseil budgétaire de Lormagne
    published: 2026-01-19
    facts:
      - id: plan
        statement: Le gouvernement de Lormagne attend 9,5 milliards d'euros d'économies en 2030.
        quantity: {value: 9.5e9, unit: EUR}
        as_of: 2030
      - id: council
        statement: Le Conseil budgétaire de Lormagne estime les économies entre 5 et 7 milliards d'euros en 2030.
        quantity: {min: 5.0e9, max: 7.0e9, unit: EUR}
        as_of: 2030
      - id: plan-en
        statement: Lormagne's government expects savings of 9.5 billion euros in 2030.
        quantity: {value: 9.5e9, unit: EUR}
        as_of: 2030
      - id: council-en
        statement: The Lormagne budget council puts the savings at between 5 and 7 billion euros in 2030.
        quantity: {min: 5.0e9, max: 7.0e9, unit: EUR}
        as_of: 2030
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bare range with a scale word after an amount of money of the same statement takes its currency, as a bare
    # amount does: its size is the top of its range
    ("Le gouvernement de Lormagne attend 9,5 milliards d'euros d'économies en 2030 ; le Conseil budgétaire estime "
     "plutôt les économies entre 5 et 7 milliards.", "fr", "supported"),
    ("Le gouvernement de Lormagne attend 9,5 milliards d'euros d'économies en 2030 ; le Conseil budgétaire estime "
     "plutôt les économies entre 2 et 3 milliards.", "fr", "mixed"),
    ("Lormagne's government expects savings of €9.5 billion in 2030; the budget council puts the savings at "
     "between 5 and 7 billion.", "en", "supported"),
    ("Lormagne's government expects savings of €9.5 billion in 2030; the budget council puts the savings at "
     "between 2 and 3 billion.", "en", "mixed"),
])
def test_a_bare_range_takes_the_currency_of_the_amount_before(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SAVINGS_RANGE), text, lang)
    assert st.verdict == want and all(q.unit == "EUR" for c in st.claims for q in c.claim.quantities if q.scale), \
        [(c.verdict, c.rules, c.explanation, [(q.text, q.unit) for q in c.claim.quantities]) for c in st.claims]


LEVEL_RATIO = """
version: 1
sources:
  - id: lake-survey
    title: Lake Marrow survey 2025
    published: 2026-01-20
    facts:
      - id: nitrate
        statement: In 2025 the nitrate load of Lake Marrow was 164 % of its 1990 level.
        quantity: {value: 164, unit: percent}
        as_of: 2025
      - id: nitrates
        statement: En 2025, la charge en nitrates du lac de Marrow représentait 164 % de son niveau de 1990.
        quantity: {value: 164, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a level given as a percentage of another (over 100) is no rise of that size: "164 % of" is 64 % more
    ("In 2025 the nitrate load of Lake Marrow was 164 % higher than its 1990 level.", "en"),
    ("La charge en nitrates du lac de Marrow a augmenté de 164 % entre 1990 et 2025.", "fr"),
])
def test_a_rise_written_as_the_level_s_ratio_is_a_wrong_measure(tmp_path_factory, text, lang):
    assert_rule(last_statement(checker_for(tmp_path_factory, LEVEL_RATIO), text, lang), "contradicted", "level-ratio")



POINTS_FR = """
version: 1
sources:
  - id: safety
    title: Sécurité au travail à Ostrevalle
    published: 2026-04-02
    facts:
      - id: bakeries
        statement: Dans la boulangerie, le nombre d'accidents du travail à Ostrevalle a augmenté de 15 % en 2025.
        quantity: {value: 15, unit: percent}
        as_of: 2025
"""

POINTS_EN = """
version: 1
sources:
  - id: jobs
    title: Ostrevalle labour market 2025
    published: 2026-04-02
    facts:
      - id: rate
        statement: Ostrevalle's jobless rate rose by 1.5 percentage points in 2025.
        quantity: {value: 1.5, unit: percentage points}
        as_of: 2025
"""


@pytest.mark.parametrize("listing, text, lang, want, rule", [
    # a change in points where the source gives per cent, or the other way, is a confusion of units, not unverified
    (POINTS_FR, "Dans la boulangerie, le nombre d'accidents du travail à Ostrevalle a bondi de 15 points en 2025.", "fr",
     "contradicted", "quantity-points"),
    (POINTS_EN, "Ostrevalle's jobless rate rose by 1.5% in 2025.", "en", "contradicted", "quantity-points"),
    (POINTS_EN, "Ostrevalle's jobless rate rose by 1.5 points in 2025.", "en", "supported", "quantity"),
])
def test_points_and_per_cent_are_not_the_same_change(tmp_path_factory, listing, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


POINTS_BESIDE = """
version: 1
sources:
  - id: market
    title: Norvel car market 2025 / Marché automobile de Norvel
    published: 2026-02-03
    facts:
      - id: electric-fr
        statement: Les voitures d'occasion hybrides ont totalisé 41 200 reventes à Norvel en 2025 (+31,5 %), soit 18,4 % du marché, une part en hausse de 2,7 points sur un an.
        quantity: {value: 18.4, unit: percent}
        as_of: 2025
      - id: exports-en
        statement: Velmor's wine exports reached 12.6 million bottles in 2025, down 10.8 % on 2024.
        quantity: {value: 12600000, unit: bottles}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the change the sentence writes beside the declared level, in the other unit: per cent for points, or the
    # other way (a clause facet of the sentence that confirms the claim's level, or of its first candidate)
    # (the change confused by the very fact that confirms the level: the claim misreports that fact, contradicted)
    ("Ces modèles hybrides ont ainsi représenté 18,4 % du marché, une part en hausse de 2,7 % sur un an.",
     "fr", "contradicted", "quantity-points"),
    ("Ces modèles hybrides ont ainsi représenté 18,4 % du marché, une part en hausse de 2,7 points sur un an.",
     "fr", "supported", "quantity"),
    ("Velmor's wine exports fell 10.8 points in 2025.", "en", "contradicted", "quantity-points"),
    ("Velmor's wine exports fell 10.8 % in 2025.", "en", "supported", "quantity"),
])
def test_points_and_per_cent_beside_the_declared_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, POINTS_BESIDE), text, lang), want, rule)


POINTS_OF_LEVEL = """
version: 1
sources:
  - id: savings
    title: Norvel households 2025 / Ménages de Norvel 2025
    published: 2026-03-12
    facts:
      - id: savings-fr
        statement: Le taux d'épargne des ménages de Norvel augmente de 2,3 points en 2025 et atteint 17,9 %.
        quantity: {value: 17.9, unit: percent}
        as_of: 2025
      - id: churn-en
        statement: Velmor's subscriber churn rate stood at 8.4% in 2025, down 40 basis points on 2024.
        quantity: {value: 8.4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change in per cent of a rate whose fact writes that very number as its change in points beside its level
    ("À Norvel, la hausse du taux d'épargne des ménages atteint 2,3 % en 2025.", "fr", "contradicted", "quantity-points"),
    ("Velmor's subscriber churn rate fell 40% in 2025 to 8.4%.", "en", "contradicted", "quantity-points"),
    ("Velmor's subscriber churn rate fell 40 basis points in 2025.", "en", "supported", "quantity"),
])
def test_per_cent_against_the_points_beside_a_level(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, POINTS_OF_LEVEL), text, lang), want, rule)


SHARE_LEVELS = """
version: 1
sources:
  - id: norvel
    title: Norvel annual results 2025 / Résultats annuels de Norvel
    published: 2026-02-20
    facts:
      - id: margin-fr
        statement: La marge opérationnelle de Norvel atteint 12,4 % des ventes en 2025, contre 11,8 % en 2024.
        quantity: {value: 12.4, unit: percent}
        as_of: 2025
      - id: share-en
        statement: The share of renewables in Velmor's power mix went from 20.0% in 2015 to 30.0% in 2025.
        quantity: {value: 30.0, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change of a share against the two levels a fact writes: in points their difference, in per cent their ratio
    ("La marge opérationnelle de Norvel a gagné 6 points, à 12,4 % des ventes.", "fr", "contradicted", "quantity"),
    ("La marge opérationnelle de Norvel a gagné 0,6 point, à 12,4 % des ventes.", "fr", "supported", "quantity"),
    ("La marge opérationnelle de Norvel a progressé de 0,6 %, à 12,4 % des ventes.", "fr", "contradicted", "quantity-points"),
    # « par rapport à » is a comparison, not a rate: "4 points par rapport aux 11,8 %" stays a change in points
    ("La marge opérationnelle de Norvel a gagné 6 points par rapport aux 11,8 % de 2024.", "fr", "contradicted",
     "quantity"),
    ("La marge opérationnelle de Norvel a gagné 0,6 point par rapport aux 11,8 % de 2024.", "fr", "supported",
     "quantity"),
    ("The share of renewables in Velmor's power mix rose 50 points since 2015.", "en", "contradicted",
     "quantity-points"),
    ("The share of renewables in Velmor's power mix rose 10 points since 2015.", "en", "supported", "quantity"),
    ("The share of renewables in Velmor's power mix rose to 30.0% from 20.0%.", "en", "supported", "quantity"),
    ("The share of renewables in Velmor's power mix fell to 30.0% from 20.0%.", "en", "contradicted", "direction"),
])
def test_a_change_of_a_share_against_its_two_levels(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SHARE_LEVELS), text, lang), want, rule)



CARS = """
version: 1
sources:
  - id: cars
    title: Immatriculations 2024 / Car registrations 2024
    published: 2025-01-15
    facts:
      - id: electric
        statement: Of the new cars registered in Larnia in 2024, 3,214 were electric models.
        quantity: {value: 3214, unit: cars}
        as_of: 2024
      - id: total
        statement: 8,745 new cars were registered in Larnia in 2024, the highest number since 2019.
        quantity: {value: 8745, unit: cars}
        as_of: 2024
      - id: electrique
        statement: Parmi les voitures neuves immatriculées en Larnie en 2024, 1 214 étaient des modèles électriques.
        quantity: {value: 1214, unit: voitures}
        as_of: 2024
      - id: ensemble
        statement: 6 745 voitures neuves ont été immatriculées en Larnie en 2024, un record depuis 2019.
        quantity: {value: 6745, unit: voitures}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a clause that opens with its figure says what it measures after it: a precise figure another fact gives for
    # the whole is not the narrower measure's
    ("Of the new cars registered in Larnia in 2024, 8,745 were electric models.", "en", "contradicted"),
    ("Of the new cars registered in Larnia in 2024, 3,214 were electric models.", "en", "supported"),
    ("Parmi les voitures neuves immatriculées en Larnie en 2024, 6 745 étaient des modèles électriques.", "fr", "contradicted"),
    ("Parmi les voitures neuves immatriculées en Larnie en 2024, 1 214 étaient des modèles électriques.", "fr", "supported"),
])
def test_a_figure_opening_its_clause_is_of_the_measure_after_it(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, CARS), text, lang)
    assert_verdict(st, want)


ADMITTED = """
version: 1
sources:
  - id: admissions
    title: Nursing school admissions 2025 / Admissions en école d'infirmiers 2025
    published: 2025-09-01
    facts:
      - id: all
        statement: 4,360 applicants of all ages were accepted by nursing schools in September 2025, a record.
        quantity: {value: 4360, unit: applicants}
        as_of: 2025-09
      - id: home
        statement: 1,240 local applicants were accepted by nursing schools in September 2025, against 1,190 a year earlier.
        quantity: {value: 1240, unit: applicants}
        as_of: 2025-09
      - id: tous
        statement: 3 360 candidats de tous âges ont été admis en école d'infirmiers en septembre 2025, un record.
        quantity: {value: 3360, unit: candidats}
        as_of: 2025-09
      - id: larniens
        statement: 2 240 candidats locaux ont été admis en école d'infirmiers en septembre 2025, contre 2 190 un an plus tôt.
        quantity: {value: 2240, unit: candidats}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want", [
    # the noun a clause's opening figure counts is what it measures: a fact on all applicants ranked nearly as
    # close, giving that figure, is not the local applicants'
    ("4,360 local applicants were accepted by nursing schools in September 2025.", "en", "contradicted"),
    ("1,240 local applicants were accepted by nursing schools in September 2025.", "en", "supported"),
    ("3 360 candidats locaux ont été admis en école d'infirmiers en septembre 2025.", "fr", "contradicted"),
    ("2 240 candidats locaux ont été admis en école d'infirmiers en septembre 2025.", "fr", "supported"),
])
def test_a_figure_opening_its_clause_is_of_the_noun_it_counts(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ADMITTED), text, lang)
    assert_verdict(st, want)


PLAN = """
version: 1
entities:
  bank: {names: [Larnian central bank, central bank, banque centrale larnienne, banque centrale]}
sources:
  - id: taper
    title: Asset purchases plan / Plan d'achats d'actifs
    published: 2025-03-20
    facts:
      - id: plan
        statement: In March 2025 the Larnian central bank decided to reduce its monthly asset purchases to about 4 billion euros in 2026, from about 8 billion euros.
        subject: bank
        quantity: {value: 4000000000, unit: EUR}
        as_of: 2026
      - id: plan-fr
        statement: En mars 2025, la banque centrale larnienne a décidé de réduire ses achats mensuels d'actifs à environ 5 milliards d'euros en 2026, contre environ 9 milliards.
        subject: bank
        quantity: {value: 5000000000, unit: EUR}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure given as planned, in a clause read as a prediction, restates the plan the main clause's fact states
    ("The central bank is also slowing its monthly asset purchases, which are set to shrink to about 4 billion euros a month in 2026.", "en", "supported"),
    ("The central bank is also slowing its monthly asset purchases, which are set to shrink to about 4 million euros a month in 2026.", "en", "contradicted"),
    ("La banque centrale ralentit aussi ses achats mensuels d'actifs, qui devraient tomber à environ 5 milliards d'euros par mois en 2026.", "fr", "supported"),
    ("La banque centrale ralentit aussi ses achats mensuels d'actifs, qui devraient tomber à environ 5 millions d'euros par mois en 2026.", "fr", "contradicted"),
])
def test_a_planned_figure_restates_the_main_fact_s_plan(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PLAN), text, lang)
    assert_verdict(st, want)



FORECAST = """
version: 1
entities:
  velcor: {names: [Velcor]}
sources:
  - id: velcor
    title: Velcor revises its outlook
    publisher: velcor
    published: 2025-06
    facts:
      - id: profit-en
        statement: Velcor now expects an operating profit of about 3.2 billion dollars for 2025.
        subject: velcor
        quantity: {value: 3.2e9, unit: USD, bound: about}
        as_of: 2025
      - id: profit-fr
        statement: Velcor prévoit désormais un bénéfice d'exploitation d'environ 2,8 milliards d'euros pour 2025.
        subject: velcor
        quantity: {value: 2.8e9, unit: EUR, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a forecast in the present tense ("now expects", « prévoit désormais ») is compared with the article's forecast
    ("Velcor cut its forecast of operating profit for 2025 to about 3.2 million dollars.", "en", "contradicted",
     "quantity-magnitude"),
    ("Velcor a ramené sa prévision de bénéfice d'exploitation pour 2025 à environ 2,8 millions d'euros.", "fr",
     "contradicted", "quantity-magnitude"),
])
def test_a_present_tense_forecast_is_an_expectation(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FORECAST), text, lang), want, rule)


FLAGGED = """
version: 1
entities:
  brennmoor: {names: [Brennmoor]}
sources:
  - id: brennmoor
    title: Brennmoor trading update
    publisher: brennmoor
    published: 2025-04
    facts:
      - id: charge
        statement: Brennmoor expects a restructuring charge of around £75 million for 2025.
        subject: brennmoor
        quantity: {value: 75e6, unit: GBP, bound: about}
        as_of: 2025
"""


def test_a_flagged_figure_is_the_party_s_expectation(tmp_path_factory):
    """An expectation the article reports as the party's act of telling ("flagged a charge of …"): met by the
    party's expectation (English only: « a signalé » says no expectation)."""
    st = last_statement(checker_for(tmp_path_factory, FLAGGED), "In April, Brennmoor flagged a restructuring charge of about £75m.")
    assert_rule(st, "supported", "quantity")



SHARE_OF_STATED_WHOLE = """
version: 1
sources:
  - id: survey
    title: Osterland ferry survey 2025
    published: 2025-09-01
    facts:
      - id: ferries
        statement: Osterland operated 240 ferries in 2025.
        terms: [ferries, traversiers]
        quantity: {value: 240, unit: ferries}
        as_of: 2025
      - id: old-ferries
        statement: 62 of Osterland's ferries were more than thirty years old in 2025.
        terms: [ferries, traversiers, old ferries]
        quantity: {value: 62, unit: ferries}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a share of a whole the article writes after it: 62 / 240 = 26 %
    ("About a quarter of the 240 ferries Osterland operated in 2025 were more than thirty years old.", "en", "supported"),
    ("About half of the 240 ferries Osterland operated in 2025 were more than thirty years old.", "en", "mixed"),
    ("Environ un quart des 240 traversiers (ferries) d'Osterland avaient plus de trente ans en 2025.", "fr", "supported"),
    # its possessor between them (English): the same whole
    ("In 2025 about a quarter of the island's 240 ferries were more than thirty years old.", "en", "supported"),
    ("In 2025 about half of the island's 240 ferries were more than thirty years old.", "en", "mixed"),
])
def test_a_share_of_the_whole_written_after_it_is_computed(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SHARE_OF_STATED_WHOLE), text, lang), want, "derived-share")


NOUN_AS_TERM = """
version: 1
sources:
  - id: fleet
    title: Osterland fleet register 2025
    published: 2025-09-01
    facts:
      - id: boats
        statement: The Osterland register listed 1,240 vessels used for fishing in 2025.
        terms: [fishing boats, bateaux de pêche, fleet, flotte]
        quantity: {value: 1240, unit: vessels}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the claim's noun is one of the fact's terms: the same count as the fact's declared vessels
    ("Osterland's register listed 1,240 fishing boats in 2025.", "en", "supported"),
    ("Osterland's register listed 1,420 fishing boats in 2025.", "en", "contradicted"),
    ("Le registre d'Osterland comptait 1 240 bateaux de pêche en 2025.", "fr", "supported"),
])
def test_a_noun_the_fact_lists_as_a_term_counts_its_figure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, NOUN_AS_TERM), text, lang), want, "quantity")


SHARE_OF_MEASURE_TOTAL = """
version: 1
sources:
  - id: theatre
    title: Osterland theatre accounts 2025
    published: 2025-09-01
    facts:
      - id: tickets
        statement: The theatre's ticket revenue was 4 million euros in 2025.
        terms: [ticket revenue, recettes de billetterie, billetterie]
        quantity: {value: 4.0e6, unit: EUR}
        as_of: 2025
      - id: revenue
        statement: The theatre's total revenue was 20 million euros in 2025.
        terms: [revenue, recettes]
        quantity: {value: 20.0e6, unit: EUR}
        as_of: 2025
      - id: wages
        statement: The theatre paid 15 million euros in wages in 2025.
        terms: [wages, salaires]
        quantity: {value: 15.0e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a share of the total of the measure the part names (revenue): 4 / 20 = 20 %, not of the wages
    ("The theatre's ticket revenue, at €4 million, made up about a fifth of the total in 2025.", "en", "supported"),
    ("The theatre's ticket revenue, at €4 million, made up about half of the total in 2025.", "en", "contradicted"),
    ("Les recettes de billetterie du théâtre, 4 millions d'euros, représentent environ un cinquième du total en 2025.",
     "fr", "supported"),
])
def test_a_share_of_the_total_is_computed_from_its_measure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SHARE_OF_MEASURE_TOTAL), text, lang), want, "derived-share")


SHARE_WRITTEN_BESIDE = """
version: 1
sources:
  - id: fleet
    title: Osterland ferry company annual report 2025
    published: 2026-03-01
    facts:
      - id: dividend
        statement: Osterland Ferries proposes a dividend of 1.20 euros per share for 2025, representing 40 % of its adjusted net profit.
        quantity: {value: 1.20, unit: EUR per share}
        as_of: 2025
      - id: dividende
        statement: Osterland Ferries propose un dividende de 1,20 euro par action au titre de 2025, représentant 40 % de son résultat net ajusté.
        quantity: {value: 1.20, unit: EUR per action}
        as_of: 2025
      - id: profit
        statement: Osterland Ferries' net profit was 90 million euros in 2025.
        terms: [net profit, résultat net]
        quantity: {value: 90.0e6, unit: EUR}
        as_of: 2025
      - id: adjusted
        statement: Osterland Ferries' adjusted net profit was 100 million euros in 2025.
        terms: [adjusted net profit, résultat net ajusté]
        quantity: {value: 100.0e6, unit: EUR}
        as_of: 2025
      - id: resultat
        statement: Le résultat net d'Osterland Ferries s'est élevé à 90 millions d'euros en 2025.
        quantity: {value: 90.0e6, unit: EUR}
        as_of: 2025
      - id: ajuste
        statement: Le résultat net ajusté d'Osterland Ferries s'est élevé à 100 millions d'euros en 2025.
        quantity: {value: 100.0e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a share the fact's own sentence writes is the source's, not one to compute from two figures that are not
    # whole and part (90 / 100 = 90 %); a share it does not write is still computed
    ("Osterland Ferries will hand shareholders 40 % of its adjusted net profit for 2025.", "en", "supported"),
    ("Osterland Ferries reversera à ses actionnaires 40 % de son résultat net ajusté de 2025.", "fr", "supported"),
    ("Osterland Ferries will hand shareholders 70 % of its adjusted net profit for 2025.", "en", "contradicted"),
])
def test_a_share_the_source_writes_is_not_computed(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SHARE_WRITTEN_BESIDE), text, lang), want)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure's way is read from the clause of the fact's sentence that writes it, not from its first clause
    ("Exports fell 2.3% in June, whereas imports rose 1.8%.", "en", "supported", "quantity"),
    ("En juin, les exportations ont reculé de 2,3 %, alors que les importations ont progressé de 1,8 %.",
     "fr", "supported", "quantity"),
])
def test_a_figure_moves_the_way_of_its_own_clause_of_the_fact(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: trade
    title: Monthly trade bulletin
    published: 2025-07-20
    facts:
      - id: june
        statement: In June 2025, exports fell by 2.3%, while imports rose by 1.8%.
        as_of: 2025-06
      - id: june-fr
        statement: En juin 2025, les exportations ont reculé de 2,3 %, tandis que les importations ont progressé de 1,8 %.
        as_of: 2025-06
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)



@pytest.mark.parametrize("text, lang, want", [
    # a clause that names nothing before its figure ("…, à 3,1 %") measures what the figure before it names, and a
    # fact that writes both beside its declared figure confirms it
    ("La marge opérationnelle régionale gagne 20 points de base, à 3,1 %.", "fr", "supported"),
    ("The regional operating margin gained 20 basis points, to 3.1%.", "en", "supported"),
    # not when the fact does not write the figure before it too
    ("La marge opérationnelle régionale gagne 40 points de base, à 3,1 %.", "fr", "unverified"),
])
def test_a_figure_after_another_measures_what_that_one_names(tmp_path_factory, text, lang, want):
    listing = """
version: 1
sources:
  - id: resultats
    title: Résultats annuels 2024
    published: 2025-02-20
    facts:
      - id: roc-region
        statement: Le résultat opérationnel régional atteint 512 millions d'euros en 2024, soit une marge opérationnelle de 3,1 % (+20 points de base).
        quantity: {value: 512000000, unit: EUR}
        as_of: 2024
      - id: roc-region-en
        statement: Regional operating income reached 512 million euros in 2024, an operating margin of 3.1% (up 20 basis points).
        quantity: {value: 512000000, unit: EUR}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_verdict(st, want)



COMPANY = """
version: 1
entities:
  orvane: {names: [Orvane, Orvane Group, groupe Orvane]}
sources:
  - id: orvane-2025
    title: Orvane Group annual results 2025
    publisher: orvane
    published: 2026-02-12
    facts:
      - id: margin
        statement: Orvane Group's operating margin reached 11.4% of revenue in 2025.
        subject: orvane
        quantity: {value: 11.4, unit: percent}
        as_of: 2025
      - id: revenue
        statement: Orvane Group's revenue rose 6% to 18.2 billion euros in 2025.
        subject: orvane
        quantity: {value: 18.2e9, unit: EUR}
        as_of: 2025
      - id: marge-fr
        statement: La marge opérationnelle du groupe Orvane atteint 11,4 % du chiffre d'affaires en 2025.
        subject: orvane
        quantity: {value: 11.4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the list's own subject, named in every fact, is all the claim shares with the fact: another thing, not covered
    ("Orvane's shares jumped 27% in late trading after the announcement.", "en", "unverified"),
    ("Les usines du groupe Orvane tournent en moyenne à 83 % de leurs capacités.", "fr", "unverified"),
    # the fact's own measure, with a wrong figure: refuted
    ("Orvane Group's operating margin reached 13.4% in 2025.", "en", "contradicted"),
    ("La marge opérationnelle du groupe Orvane a atteint 13,4 % en 2025.", "fr", "contradicted"),
])
def test_the_lists_own_subject_says_nothing_of_what_a_figure_measures(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COMPANY), text, lang)
    assert_verdict(st, want)



KIN = """
version: 1
entities:
  valmer: {names: [Valmer Ferries, Valmer]}
  ostrand: {names: [Ostrand Lines, Ostrand]}
sources:
  - id: fares
    title: Ferry fares review 2025
    publisher: Harbour Authority
    published: 2025-09-01
    facts:
      - id: fare-2025
        statement: A Valmer Ferries season ticket costs 1,240 euros a year in 2025.
        subject: valmer
        quantity: {value: 1240, unit: EUR}
        as_of: 2025
      - id: fare-2024
        statement: The Valmer Ferries season ticket cost 1,180 euros in 2024.
        subject: valmer
        quantity: {value: 1180, unit: EUR}
        as_of: 2024
      - id: ostrand-crossings
        statement: Ostrand Lines ran 9,400 crossings in 2025.
        subject: ostrand
        quantity: {value: 9400, unit: crossings}
        as_of: 2025
      - id: valmer-crossings
        statement: Valmer Ferries ran 7,150 crossings in 2025.
        subject: valmer
        quantity: {value: 7150, unit: crossings}
        as_of: 2025
      - id: pass-2025
        statement: From 1 June 2025 a Valmer Ferries harbour pass costs 890 euros a year.
        subject: valmer
        quantity: {value: 890, unit: EUR}
        as_of: 2025
      - id: pass-rise
        statement: Valmer Ferries raised the harbour pass tariff by 3%, or 25 euros, from the spring level of 865 euros.
        subject: valmer
        quantity: {value: 3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a secondary figure another fact of the confirming report gives is confirmed by that fact
    ("A Valmer Ferries season ticket costs 1,240 euros a year in 2025, after 1,180 euros a year earlier.", "en", "supported"),
    ("L'abonnement de Valmer Ferries coûte 1 240 euros par an en 2025, après 1 180 euros un an plus tôt.", "fr", "supported"),
    # given to the digit by another fact of the report, whatever words its clause uses there
    ("From June, a Valmer Ferries harbour pass will cost 890 euros a year, up from 865 euros under the current tariff.",
     "en", "supported"),
    ("Dès juin, le pass portuaire de Valmer Ferries coûtera 890 euros par an, contre 865 euros sous le tarif actuel du "
     "pass.", "fr", "supported"),
    ("From June, a Valmer Ferries harbour pass will cost 890 euros a year, up from 855 euros under the current tariff.",
     "en", "unsupported"),
    # a figure the report does not give, or gives for another party than the one said beside it: never supported
    ("Valmer Ferries raised its season ticket to 1,240 euros in 2025, from 1,150 euros a year earlier.", "en", "unsupported"),
    ("L'abonnement de Valmer Ferries coûte 1 240 euros par an en 2025, après 1 150 euros un an plus tôt.", "fr", "unsupported"),
    ("Valmer Ferries a assuré 7 150 traversées en 2025, contre 9 400 pour Valmer.", "fr", "unsupported"),
])
def test_a_figure_another_fact_of_the_report_gives(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, KIN), text, lang)
    got = st.verdict if want == "supported" else "unsupported" if st.verdict != "supported" else st.verdict
    assert got == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


SIGNED = """
version: 1
entities:
  valmer: {names: [Valmer Ferries, Valmer]}
sources:
  - id: traffic
    title: Ferry traffic 2025
    published: 2026-01-20
    facts:
      - id: passengers
        statement: In 2025, Valmer Ferries carried 2.41 million passengers.
        subject: valmer
        quantity: {value: 2.41e+6, unit: passengers}
        as_of: 2025
      - id: fall
        statement: Valmer Ferries carried 7,200 passengers fewer in 2025 than in 2024, or -0.3%.
        subject: valmer
        quantity: {value: -7200, unit: passengers}
        as_of: 2025
      - id: passagers
        statement: En 2025, Valmer Ferries a transporté 2,41 millions de passagers.
        subject: valmer
        quantity: {value: 2.41e+6, unit: passagers}
        as_of: 2025
      - id: baisse
        statement: Valmer Ferries compte 7 200 passagers de moins en 2025 qu'en 2024, soit -0,3 %.
        subject: valmer
        quantity: {value: -7200, unit: passagers}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change the source writes with a minus sign, that the article gives as a size its words say is a fall
    ("Valmer Ferries carried 2.41 million passengers in 2025, 7,200 fewer than in 2024 (-0.3%).", "en", "supported"),
    ("Valmer Ferries a transporté 2,41 millions de passagers en 2025, soit 7 200 de moins qu'en 2024 (-0,3 %).", "fr",
     "supported"),
    # said to go up: never confirmed by the fall
    ("Valmer Ferries carried 2.41 million passengers in 2025, up 0.3% on 2024.", "en", "unsupported"),
])
def test_a_size_the_source_writes_with_a_sign(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SIGNED), text, lang)
    got = st.verdict if want == "supported" else "unsupported" if st.verdict != "supported" else st.verdict
    assert got == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]



RETREAT = """
version: 1
sources:
  - id: velmont-fy
    title: Résultats annuels de Velmont
    published: 2026-02-20
    facts:
      - id: profit
        statement: Velmont a dégagé un bénéfice net de 2,35 milliards d'euros en 2025, en retrait de 14 %.
        quantity: {value: 2.35e9, unit: EUR}
        as_of: 2025
      - id: sales
        statement: Velmont's sales reached 41.2 billion euros in 2025, down 6% on 2024.
        quantity: {value: 41.2e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # « en retrait de 14 % » beside the declared amount is a fall: "rose 14 %" is not confirmed by it
    ("Le bénéfice net de Velmont a baissé de 14 % en 2025, à 2,35 milliards d'euros.", "fr", "supported"),
    ("Le bénéfice net de Velmont a progressé de 14 % en 2025, à 2,35 milliards d'euros.", "fr", "contradicted"),
    ("Velmont's sales rose 6% in 2025, to 41.2 billion euros.", "en", "contradicted"),
])
def test_a_retreat_beside_the_amount_is_a_fall(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RETREAT), text, lang)
    assert_verdict(st, want)


PREVIOUS_LEVEL = """
version: 1
entities:
  talvion: {names: [Talvion]}
  orsk: {names: [Orsk]}
sources:
  - id: talvion-2025
    title: Résultats annuels de Talvion
    published: 2026-02-18
    facts:
      - id: marge-2025
        statement: La marge opérationnelle de Talvion atteint en 2025 un niveau record de 3,2 milliards d'euros, soit 8,1 % du chiffre d'affaires.
        subject: talvion
        quantity: {value: 8.1, unit: percent}
        as_of: 2025
      - id: marge-2024
        statement: En 2024, la marge opérationnelle de Talvion était de 8,6 % du chiffre d'affaires.
        subject: talvion
        quantity: {value: 8.6, unit: percent}
        as_of: 2024
      - id: orsk-2025
        statement: Orsk's gross margin came to 41.3% in 2025, a record 2.2 billion euros.
        quantity: {value: 41.3, unit: percent}
        subject: orsk
        as_of: 2025
      - id: orsk-2024
        statement: Orsk's gross margin was 43.0% in 2024.
        quantity: {value: 43.0, unit: percent}
        subject: orsk
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level reached "rose to" is judged by the way it moved from the same measure's level of the year before
    ("En 2025, la marge opérationnelle de Talvion a reculé à 8,1 % du chiffre d'affaires.", "fr", "supported"),
    ("En 2025, la marge opérationnelle de Talvion a progressé à 8,1 % du chiffre d'affaires.", "fr", "contradicted"),
    ("In 2025 Orsk's gross margin fell to 41.3%.", "en", "supported"),
    ("In 2025 Orsk's gross margin rose to 41.3%.", "en", "contradicted"),
])
def test_a_level_reached_moves_from_the_year_before(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PREVIOUS_LEVEL), text, lang)
    assert_verdict(st, want)



OTHER_SIGN = """
version: 1
sources:
  - id: norland-jobs
    title: Norland employment situation, March 2025
    published: 2025-04-04
    facts:
      - id: payrolls
        statement: Nonfarm payrolls in Norland increased by 31,000 in March 2025.
        quantity: {value: 31000, unit: jobs}
        as_of: 2025-03
      - id: construction
        statement: Construction in Norland lost 8,000 jobs in March 2025 and is down 40,000 jobs over the year.
        quantity: {value: -8000, unit: jobs}
        as_of: 2025-03
      - id: payrolls-fr
        statement: Les effectifs salariés en Norlande ont augmenté de 27 400 en février 2025.
        quantity: {value: 27400, unit: emplois}
        as_of: 2025-02
      - id: construction-fr
        statement: La construction en Norlande a perdu 6 000 emplois en février 2025.
        quantity: {value: -6000, unit: emplois}
        as_of: 2025-02
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a refuting figure of the other sign (a loss against "added") is no reading of the same thing: the fact of every
    # scope that gives the very figure is the claim's, unless the claim says what only the refuting fact says
    ("Employers in Norland added just 31,000 jobs in March.", "en", "supported", "quantity"),
    ("Construction in Norland lost 31,000 jobs in March.", "en", "contradicted", "quantity"),
    ("Les employeurs de Norlande ont créé 27 400 emplois en février.", "fr", "supported", "quantity"),
    ("La construction en Norlande a perdu 27 400 emplois en février.", "fr", "contradicted", "quantity"),
])
def test_an_exact_figure_against_a_refuting_one_of_the_other_sign(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OTHER_SIGN), text, lang)
    assert_rule(st, want, rule)



BARE_RATE = """
version: 1
entities:
  brennock: {names: [Brennock, Brennock County, the county]}
  brennock-grammar: {names: [Brennock Grammar, Brennock Grammar School]}
sources:
  - id: brennock-results
    title: Brennock county results, 2025
    published: 2025-08-21
    facts:
      - id: pass-rate
        statement: 71.3 percent of Brennock pupils achieved a standard pass in both English and maths in 2025.
        subject: brennock
        quantity: {value: 71.3, unit: percent}
        as_of: 2025
      - id: grammar
        statement: Brennock Grammar had the county's highest pass rate, 96 percent.
        subject: brennock-grammar
        quantity: {value: 96, unit: percent}
        as_of: 2025
      - id: taux-lycee
        statement: 81,2 % des élèves du lycée Brennock ont obtenu le bac avec mention en 2025.
        subject: brennock
        quantity: {value: 81.2, unit: percent}
        as_of: 2025
      - id: meilleur-taux
        statement: Le lycée Brennock affiche le meilleur taux de réussite du département, 98 %.
        subject: brennock
        quantity: {value: 98, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a rate the fact gives bare ("the highest pass rate, 96 percent") is of the population it implies: "96% of its
    # pupils" is that fact's figure, not a wrong one against the share of all the county's pupils
    ("Brennock Grammar had the highest pass rate in the county, with 96% of its pupils passing.", "en", "supported",
     "quantity"),
    ("Le lycée Brennock arrive en tête du département, avec 98 % de ses élèves reçus.", "fr", "supported", "quantity"),
])
def test_a_share_of_the_population_a_bare_rate_implies(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BARE_RATE), text, lang)
    assert_rule(st, want, rule)



COUNTED_ALIKE = """
version: 1
entities:
  alliance: {names: [Union des gauches, UDG]}
  verts: {names: [Parti vert]}
  coastal: {names: [Coastal League]}
  harbour: {names: [Harbour Party]}
sources:
  - id: scrutin
    title: Résultats du second tour
    published: 2025-06-30
    facts:
      - id: udg-sieges
        statement: L'Union des gauches obtient 142 sièges, dont 57 pour le Parti vert.
        subject: alliance
        quantity: {value: 142, unit: sièges}
        as_of: 2025-06-29
      - id: dossiers
        statement: L'office a enregistré 18 400 demandes d'asile en 2024 dans la région.
        quantity: {value: 18400, unit: demandes}
        as_of: 2024
  - id: election
    title: Second round results
    published: 2025-06-30
    facts:
      - id: league-seats
        statement: The Coastal League won 96 seats, of which 31 for the Harbour Party.
        subject: coastal
        quantity: {value: 96, unit: seats}
        as_of: 2025-06-29
      - id: fires
        statement: Firefighters recorded 2,318 wildfires in the province in 2024.
        quantity: {value: 2318, unit: wildfires}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # counted nouns that name the same thing: « élus » and « sièges », « dossiers » and « demandes »,
    # "fires" and "wildfires" (the head of the compound)
    ("Au second tour, l'Union des gauches compte 142 élus.", "fr", "supported", "quantity"),
    ("Au second tour, l'Union des gauches compte 124 élus.", "fr", "contradicted", "quantity"),
    ("En 2024, l'office a reçu 18 400 dossiers d'asile dans la région.", "fr", "supported", "quantity"),
    ("In 2024 firefighters recorded 2,318 fires in the province.", "en", "supported", "quantity"),
    ("In 2024 firefighters recorded 2,813 fires in the province.", "en", "contradicted", "quantity"),
    # a figure the closest fact writes beside its declared one, of what the claim names: "of which 31 for ..."
    ("Au second tour, le Parti vert compte 57 élus.", "fr", "supported", "quantity"),
])
def test_counted_nouns_named_alike(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, COUNTED_ALIKE), text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    # counted nouns that really differ: the figure is not compared
    ("En 2024, l'office a reçu 18 900 recours dans la région.", "fr"),
    ("In 2024 firefighters recorded 2,813 callouts in the province.", "en"),
])
def test_counted_nouns_that_differ_stay_unverified(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, COUNTED_ALIKE), text, lang)
    assert_verdict(st, "unverified")


SHOPS_ALIKE = """
version: 1
entities:
  trevane: {names: [Trevane]}
  belcour: {names: [Maison Belcour]}
sources:
  - id: retail-2024
    title: Store counts 2024
    published: 2025-02-12
    facts:
      - id: trevane-stores
        statement: Trevane ended 2024 with 845 stores in Europe.
        subject: trevane
        quantity: {value: 845, unit: stores}
        as_of: 2024-12
      - id: belcour-magasins
        statement: Maison Belcour comptait 312 magasins en France fin 2024.
        subject: belcour
        quantity: {value: 312, unit: magasins}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # a retailer's shops, stores and outlets, « boutiques » and « magasins »: one counted noun
    ("Trevane ended 2024 with 845 shops in Europe.", "en", "supported"),
    ("Trevane ended 2024 with 854 outlets in Europe.", "en", "contradicted"),
    ("Maison Belcour comptait 312 boutiques en France fin 2024.", "fr", "supported"),
    ("Maison Belcour comptait 321 boutiques en France fin 2024.", "fr", "contradicted"),
])
def test_shops_and_stores_are_one_counted_noun(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, SHOPS_ALIKE), text, lang), want, "quantity")


RATE_UNSAID = """
version: 1
entities:
  velora: {names: [Velora]}
sources:
  - id: velora-2025
    title: Velora, résultats 2025
    published: 2026-02-12
    facts:
      - id: acompte
        statement: Velora versera un acompte sur dividende de 0,62 euro par action en mars 2026.
        subject: velora
        quantity: {value: 0.62, unit: EUR per share}
        as_of: 2026-03
  - id: fuel
    title: Weekly fuel prices
    published: 2025-04-01
    facts:
      - id: gasoline-march
        statement: Regular gasoline averaged $3.12 per gallon in the Midlands in March 2025.
        quantity: {value: 3.12, unit: USD per gallon}
        as_of: 2025-03
      - id: gasoline-year-ago
        statement: Regular gasoline in the Midlands was 18.4 cents per gallon cheaper in March 2025 than a year earlier.
        quantity: {value: -0.184, unit: USD per gallon}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a price the article gives exactly without its denominator is the source's rate; a differing one stays unread
    ("En mars 2026, Velora versera un acompte de 0,62 euro.", "fr", "supported"),
    ("En mars 2026, Velora versera un acompte de 0,68 euro.", "fr", "unverified"),
    ("In March 2025, regular gasoline averaged $3.12 in the Midlands.", "en", "supported"),
    ("In March 2025, regular gasoline averaged $3.21 in the Midlands.", "en", "unverified"),
    # a difference's size, its sign said by "lower" or "cheaper"
    ("In March 2025, gasoline prices in the Midlands were about 18 cents lower than a year earlier.", "en", "supported"),
])
def test_a_price_without_its_denominator(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RATE_UNSAID), text, lang)
    assert_verdict(st, want)



HALF_BOUND = """
version: 1
entities:
  velora: {names: [Velora]}
sources:
  - id: velora-results
    title: Velora annual results 2024
    published: 2025-02-10
    facts:
      - id: margin
        statement: Velora's operating margin was 31% in 2024.
        subject: velora
        quantity: {value: 31, unit: percent}
        as_of: 2024
      - id: marge
        statement: La marge opérationnelle de Velora a atteint 31 % en 2024.
        subject: velora
        quantity: {value: 31, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a lower bound under half the figure is not how anyone writes it: it names another figure ("shares jumped
    # more than 10 %" is not confirmed by a margin of 31 %); a bound near it is still confirmed
    ("Velora stock climbed more than 10% in 2024.", "en", "unverified", "quantity"),
    ("Velora's operating margin was more than 30% in 2024.", "en", "supported", "quantity"),
    ("En 2024, l'action Velora a bondi de plus de 10 %.", "fr", "unverified", "quantity"),
    ("En 2024, la marge opérationnelle de Velora a dépassé 30 %.", "fr", "supported", "quantity"),
])
def test_a_lower_bound_under_half_the_figure_confirms_nothing(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, HALF_BOUND), text, lang)
    assert_rule(st, want, rule)



TOTALS = """
version: 1
sources:
  - id: relief
    title: Flood relief, third package
    published: 2025-03-14
    facts:
      - id: package
        statement: The government announced a third relief package of 1.4 billion euros for the flooded valleys.
        quantity: {value: 1.4e9, unit: EUR}
        as_of: 2025-03-14
      - id: total
        statement: With this third package, the total relief for the flooded valleys reaches 9.7 billion euros.
        quantity: {value: 9.7e9, unit: EUR}
        as_of: 2025-03-14
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bare amount with a scale word after an amount of money of the same statement is in its currency
    ("The government announced a third relief package of 1.4 billion euros, bringing the total relief to 9.7 billion.",
     "en", "supported"),
    ("The government announced a third relief package of 1.4 billion euros, bringing the total relief to 11.7 billion.",
     "en", "mixed"),
    ("Le gouvernement a annoncé un troisième plan d'aide de 1,4 milliard d'euros, portant l'aide totale à 11,7 "
     "milliards.", "fr", "mixed"),
])
def test_a_bare_amount_takes_the_currency_of_the_statements_amount(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TOTALS), text, lang)
    assert_rule(st, want, "quantity")


WEEKLY = """
version: 1
sources:
  - id: care
    title: Care workers' pay survey
    published: 2025-05-20
    facts:
      - id: pay-uk
        statement: The average weekly pay of care workers in Wales was 480 pounds in 2024.
        quantity: {value: 480, unit: GBP}
        as_of: 2024
      - id: pay-fr
        statement: Le salaire hebdomadaire moyen des aides-soignants de Bretagne était de 455 euros en 2024.
        quantity: {value: 455, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # "weekly", « hebdomadaire »: the fact's amount is a rate per week, as the claim's "a week", « par semaine »
    ("In 2024, care workers in Wales earned 480 pounds per week on average.", "en", "supported"),
    ("In 2024, care workers in Wales earned 540 pounds per week on average.", "en", "contradicted"),
    ("En 2024, les aides-soignants de Bretagne gagnaient en moyenne 455 euros par semaine.", "fr", "supported"),
    ("En 2024, les aides-soignants de Bretagne gagnaient en moyenne 545 euros par semaine.", "fr", "contradicted"),
])
def test_an_adjective_of_period_is_the_rate_of_the_fact(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, WEEKLY), text, lang)
    assert_rule(st, want, "quantity")


DIESEL = """
version: 1
sources:
  - id: fuel
    title: Weekly fuel prices
    published: 2025-04-02
    facts:
      - id: level
        statement: Diesel averaged 1.62 euros per litre in March 2025 at Irish pumps.
        quantity: {value: 1.62, unit: EUR per litre}
        as_of: 2025-03
      - id: year-ago
        statement: In March 2025, diesel at Irish pumps was 12 cents per litre lower than a year earlier.
        quantity: {value: -0.12, unit: EUR per litre}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a difference whose rate the sentence before names meets the fact that states that change, not the level
    ("Diesel averaged 1.62 euros a litre at Irish pumps in March 2025. That was 12 cents below the level of a year "
     "earlier.", "en", "supported"),
    ("Le gazole coûtait en moyenne 1,62 euro le litre aux pompes irlandaises en mars 2025. Le gazole aux pompes irlandaises coûtait 20 "
     "centimes le litre de moins qu'un an plus tôt.", "fr", "contradicted"),
])
def test_a_difference_meets_the_change_the_fact_states(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, DIESEL), text, lang)
    assert_verdict(st, want)


KINDS = """
version: 1
sources:
  - id: resorts
    title: Bilan des stations de Valmorel-sur-Lac
    published: 2025-05-10
    facts:
      - id: nuitees
        statement: Les stations de Valmorel-sur-Lac ont vendu 3,4 millions de nuitées sur la saison 2024-2025.
        quantity: {value: 3.4e6, unit: nuitées}
        as_of: 2025
      - id: clientele
        statement: La clientèle locale représente 61 % des nuitées ; l'Allemagne est le premier marché étranger (14 %), devant l'Italie (8 %).
        quantity: {value: 61, unit: percent}
        as_of: 2025
  - id: harbour
    title: Port of Kelmouth annual review
    published: 2025-03-10
    facts:
      - id: boxes
        statement: The Port of Kelmouth handled 2.3 million containers in 2024.
        quantity: {value: 2.3e6, unit: containers}
        as_of: 2024
      - id: trades
        statement: Asian trades account for 47 % of the port's volumes; Canada is the first American market (11 %), ahead of Brazil (7 %).
        quantity: {value: 47, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change is not confirmed by a share the report writes beside (« l'Italie (8 %) »), the share itself is
    ("Les stations de Valmorel-sur-Lac ont vendu 3,4 millions de nuitées sur la saison 2024-2025, soit une hausse de 8 % sur un an.", "fr", "unverified"),
    ("Les stations de Valmorel-sur-Lac ont vendu 3,4 millions de nuitées sur la saison 2024-2025, dont 8 % venus d'Italie.", "fr", "supported"),
    ("The Port of Kelmouth handled 2.3 million containers in 2024, up 7 % on a year earlier.", "en", "unverified"),
    ("The Port of Kelmouth handled 2.3 million containers in 2024, 7 % of them bound for Brazil.", "en", "supported"),
])
def test_a_change_is_not_confirmed_by_a_share_beside(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, KINDS), text, lang)
    assert_verdict(st, want)


SHARE_BASES = """
version: 1
entities:
  norvanta: {names: [Norvanta]}
sources:
  - id: storm
    title: Bilan assuré de la tempête Orlane
    published: 2025-03-01
    facts:
      - id: cout-vehicules
        statement: Les sinistres de véhicules devraient coûter 41 millions d'euros aux assureurs, soit 12 % du montant des dommages.
        quantity: {value: 12, unit: percent}
      - id: nombre-vehicules
        statement: Les véhicules représentent plus de la moitié, 63 %, du nombre de sinistres assurés.
        quantity: {value: 63, unit: percent}
  - id: gale
    title: Insured toll of storm Brenna
    published: 2025-03-01
    facts:
      - id: boats-cost
        statement: Claims on boats should cost insurers 23 million pounds, or 9 % of the insured damage bill.
        quantity: {value: 9, unit: percent}
      - id: boats-number
        statement: Boats make up more than half, 58 %, of the number of insured claims.
        quantity: {value: 58, unit: percent}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a share of the cost is not the share of the number of claims the source writes after a comma
    ("Les véhicules comptent pour 63 % du coût des dommages.", "fr", "contradicted"),
    ("Les véhicules comptent pour 63 % du nombre de sinistres.", "fr", "supported"),
    ("Les véhicules comptent pour 12 % du montant des dommages.", "fr", "supported"),
    ("Boats accounted for 58 % of the cost of the damage.", "en", "contradicted"),
    ("Boats accounted for 58 % of the number of claims.", "en", "supported"),
])
def test_a_share_of_another_base_written_after_a_comma(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SHARE_BASES), text, lang)
    assert_verdict(st, want)



POINTS = """
version: 1
sources:
  - id: outlook
    title: Storm impact, Ministry of Planning of Osterland
    published: 2025-10-02
    facts:
      - id: year
        statement: Osterland's employment rate for the whole of 2025 may be 0.25 percentage points lower because of the storm.
        quantity: {value: -0.25, unit: percent}
        as_of: 2025
      - id: annee
        statement: Le taux d'emploi de la Valmorie pour l'ensemble de 2025 serait inférieur de 0,4 point de pourcentage à cause de la tempête.
        quantity: {value: -0.4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the list declares the change in percent, its sentence writes it in points, as the article does
    ("The storm could cut 0.25 percentage point off Osterland's employment rate for 2025 as a whole.", "en", "supported"),
    ("The storm could cut 0.45 percentage point off Osterland's employment rate for 2025 as a whole.", "en",
     "contradicted"),
    ("Selon le ministère, la tempête fait reculer de 0,4 point de pourcentage le taux d'emploi de la Valmorie en 2025.",
     "fr", "supported"),
    ("Selon le ministère, la tempête fait reculer de 0,7 point de pourcentage le taux d'emploi de la Valmorie en 2025.",
     "fr", "contradicted"),
    # (what the list does not cover stays unread)
    ("Higher tariffs could cut 0.45 percentage point off Osterland's farm exports in 2025.", "en", "unverified"),
])
def test_points_meet_a_change_the_fact_writes_in_points(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, POINTS), text, lang)
    assert_verdict(st, want)


HOUSEHOLD = """
version: 1
sources:
  - id: aid
    title: Flood relief, Government of Osterland
    published: 2025-10-22
    facts:
      - id: emergency-aid
        statement: The government will pay flooded households in Osterland emergency aid of up to 2,500 euros each.
        terms: [emergency aid, aide d'urgence]
        quantity: {value: 2500, unit: EUR per household, bound: at-most}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # « par foyer », "per household": one denominator in either language; the ceiling is not a floor
    ("Le gouvernement versera une aide d'urgence d'au plus 2 500 euros par foyer sinistré en Osterland.", "fr", "supported"),
    ("Le gouvernement versera une aide d'urgence d'au moins 2 500 euros par foyer sinistré en Osterland.", "fr",
     "contradicted"),
    ("The government will pay emergency aid of at least 2,500 euros per household in Osterland.", "en", "contradicted"),
    ("The government will pay emergency aid of up to 2,500 euros per household in Osterland.", "en", "supported"),
])
def test_a_rate_per_household_in_either_language(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HOUSEHOLD), text, lang)
    assert_verdict(st, want)


BRANDS = """
version: 1
sources:
  - id: results
    title: Résultats annuels 2025 du groupe Norvale
    published: 2026-02-20
    facts:
      - id: shipments
        statement: Les livraisons des douze marques de Norvale ont baissé de 14 % en 2025, avec un recul de 22 % en Asie.
        quantity: {value: -14, unit: percent}
        as_of: 2025
      - id: ventes
        statement: Velora's deliveries across its nine brands fell 14% in 2025, with a 22% drop in Asia.
        quantity: {value: -14, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the fact writes the claim's other figure ("douze marques"): it is about what the claim measures, whatever
    # other words each side uses
    ("Les livraisons des douze marques du groupe ont reculé de moins de 10 % sur l'année.", "fr", "contradicted"),
    ("Les livraisons des douze marques du groupe ont reculé de 14 % sur l'année.", "fr", "supported"),
    ("Shipments of the group's nine brands dropped by less than 10% over the year.", "en", "contradicted"),
    ("Shipments of the group's nine brands dropped by 14% over the year.", "en", "supported"),
])
def test_a_fact_that_writes_the_claims_other_figure_is_about_it(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BRANDS), text, lang)
    assert_verdict(st, want)


GRAIN_FORECAST = """
version: 1
entities:
  office: {names: [Office des grains]}
  board: {names: [Grain Board]}
  norlande: {names: [Norlande, Norland]}
sources:
  - id: office
    title: Bilan de campagne de l'Office des grains de Valmorie
    published: 2025-02-12
    facts:
      - id: realised
        statement: La Norlande a été le premier acheteur de blé de Valmorie en 2023-2024, avec 2,6 millions de tonnes.
        subject: norlande
        quantity: {value: 2.6e6, unit: t}
        as_of: 2024
      - id: forecast
        statement: L'Office des grains prévoit entre 1,1 et 1,4 million de tonnes d'exportations de blé vers la Norlande pour la fin de la campagne 2024-2025.
        subject: office
        quantity: {min: 1.1e6, max: 1.4e6, unit: t}
        as_of: 2025
      - id: outlook-en
        statement: The Grain Board projects between 3.2 and 3.6 million tonnes of wheat exports to Norland for the 2024-25 season.
        subject: board
        quantity: {min: 3.2e6, max: 3.6e6, unit: t}
        as_of: 2025
      - id: realised-en
        statement: Norland bought 5.1 million tonnes of Osterland wheat in 2023-24, more than any other country.
        subject: norlande
        quantity: {value: 5.1e6, unit: t}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # what a party expects meets that party's forecast, not a realised figure of another season; and "at least" the
    # top of the forecast's range is a wrong bound
    ("L'Office des grains table désormais sur au moins 1,4 million de tonnes d'exportations de blé vers la Norlande "
     "d'ici la fin de la campagne.", "fr", "contradicted"),
    ("L'Office des grains table désormais sur 1,1 à 1,4 million de tonnes d'exportations de blé vers la Norlande "
     "d'ici la fin de la campagne.", "fr", "supported"),
    ("The Grain Board is now forecasting at least 3.6 million tonnes of wheat exports to Norland for the season.",
     "en", "contradicted"),
    ("The Grain Board is now forecasting 3.2 to 3.6 million tonnes of wheat exports to Norland for the season.",
     "en", "supported"),
])
def test_an_expectation_meets_the_forecast_of_its_party(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GRAIN_FORECAST), text, lang)
    assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # an adverb of enumeration inside the phrase of expectation, « table enfin sur », "is finally forecasting": still
    # what the party expects, met by its forecast only, never by the realised figure of another season
    ("L'Office des grains table enfin sur 1,1 à 1,4 million de tonnes d'exportations de blé vers la Norlande.", "fr",
     "supported"),
    ("L'Office des grains table enfin sur 2,6 millions de tonnes d'exportations de blé vers la Norlande.", "fr",
     "contradicted"),
    ("The Grain Board is finally forecasting 3.2 to 3.6 million tonnes of wheat exports to Norland.", "en", "supported"),
    ("The Grain Board is finally forecasting 5.1 million tonnes of wheat exports to Norland.", "en", "contradicted"),
])
def test_an_adverb_of_enumeration_inside_an_expectation(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GRAIN_FORECAST), text, lang)
    assert_verdict(st, want)


UP_TO = """
version: 1
sources:
  - id: grid
    title: Bilan du parc de turbines de Valmorie
    published: 2025-02-10
    facts:
      - id: stopped
        statement: En 2023, jusqu'à 27 des 48 turbines de Valmorie ont été à l'arrêt en même temps pour des réparations.
        quantity: {value: 27, unit: turbines, bound: at-most}
        as_of: 2023
      - id: halted
        statement: In 2023, up to 19 of Osterland's 41 pumping stations were halted at the same time for repairs.
        quantity: {value: 19, unit: pumping stations, bound: at-most}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # "at least" the fact's own "up to": a wrong bound, not the other figure of its sentence ("of the 48") reached
    ("En 2023, au moins 27 turbines de Valmorie avaient été mises à l'arrêt en même temps pour des réparations.", "fr",
     "contradicted"),
    ("En 2023, jusqu'à 27 turbines de Valmorie avaient été mises à l'arrêt en même temps pour des réparations.", "fr",
     "supported"),
    ("In 2023, at least 19 of Osterland's pumping stations were halted at the same time for repairs.", "en",
     "contradicted"),
    ("In 2023, up to 19 of Osterland's pumping stations were halted at the same time for repairs.", "en", "supported"),
])
def test_at_least_the_facts_up_to_is_a_wrong_bound(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, UP_TO), text, lang)
    assert_verdict(st, want)


LEAKS = """
version: 1
sources:
  - id: network
    title: Annual return of the Osterland water network, 2025
    published: 2026-03-30
    facts:
      - id: leaks-2025
        statement: The average number of leaks per outlet was 12.4 in 2025.
        quantity: {value: 12.4, unit: leaks per outlet}
        as_of: 2025
      - id: pannes-2025
        statement: Le nombre moyen de pannes par pompe était de 7,6 en 2025 en Valmorie.
        quantity: {value: 7.6, unit: pannes per pompe}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a number of times, whose noun the claim's verb writes, against the fact's rate per the unit the claim names
    ("Each outlet leaked an average of 12.4 times in 2025.", "en", "supported"),
    ("Each outlet leaked an average of 14.2 times in 2025.", "en", "contradicted"),
    ("Chaque pompe de Valmorie est tombée en panne en moyenne 7,6 fois en 2025.", "fr", "supported"),
    ("Chaque pompe de Valmorie est tombée en panne en moyenne 9,6 fois en 2025.", "fr", "contradicted"),
    # (a multiple, "times as many", is no number of events)
    ("Outlets now have 3 times as many sensors as in 2015.", "en", "unverified"),
])
def test_a_number_of_times_meets_a_rate_of_events(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, LEAKS), text, lang)
    assert_verdict(st, want)



LEVEL_AND_CHANGE = """
version: 1
sources:
  - id: harbour-q3
    title: Harbour Foods third-quarter results 2025
    published: 2025-10-30
    facts:
      - id: sales-q3
        statement: Harbour Foods's sales were 4.8 billion euros in the third quarter of 2025, up about 7 percent.
        quantity: {value: 4.8e9, unit: EUR}
        as_of: 2025-09
      - id: ventes-t3
        statement: Le chiffre d'affaires de Harbour Foods a atteint 4,8 milliards d'euros au troisième trimestre 2025, en hausse de 7 %.
        quantity: {value: 4.8e9, unit: EUR}
        as_of: 2025-09
      - id: bakery
        statement: Harbour Foods's bakery sales were 1.1 billion euros in the third quarter of 2025.
        quantity: {value: 1.1e9, unit: EUR}
        as_of: 2025-09
      - id: boulangerie
        statement: Les ventes de Harbour Foods en boulangerie ont atteint 1,1 milliard d'euros au troisième trimestre 2025.
        quantity: {value: 1.1e9, unit: EUR}
        as_of: 2025-09
      - id: staff
        statement: Harbour Foods employed 2 percent more people at the end of September 2025.
        quantity: {value: 2, unit: percent}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, fact, want", [
    # the change the fact confirming the level writes beside it, in the other order: confirmed by that fact
    ("Harbour Foods's sales grew about 7 percent to 4.8 billion euros.", "en", "sales-q3", "supports"),
    ("Le chiffre d'affaires de Harbour Foods progresse de 7 %, à 4,8 milliards d'euros.", "fr", "ventes-t3", "supports"),
    # a change named by a word the fact lacks and another fact of its report writes may be that one's (control)
    ("Harbour Foods's bakery sales grew about 7 percent to 4.8 billion euros.", "en", "sales-q3", None),
    ("Les ventes de Harbour Foods en boulangerie progressent de 7 %, à 4,8 milliards d'euros.", "fr", "ventes-t3", None),
    # another size stays refuted (control)
    ("Harbour Foods's sales grew about 9 percent to 4.8 billion euros.", "en", "sales-q3", None),
    ("Le chiffre d'affaires de Harbour Foods progresse de 9 %, à 4,8 milliards d'euros.", "fr", "ventes-t3", None),
])
def test_a_change_refuted_by_another_fact_is_read_against_the_fact_confirming_its_level(tmp_path_factory, text, lang,
                                                                                        fact, want):
    from factcheck.checks.judge.beside import confirmed_beside
    from factcheck.checks.judge.findings import Finding, fact_by_id
    checker = checker_for(tmp_path_factory, LEVEL_AND_CHANGE)
    claim = last_statement(checker, text, lang).claims[0].claim
    change, level = sorted(claim.quantities, key=lambda q: q.unit != "percent")
    other = fact_by_id(checker.index, "harbour-q3", "staff")
    wrong = Finding("contradicts", "quantity", other, "wrong figure")
    found = confirmed_beside(claim, change, wrong, [(level, fact_by_id(checker.index, "harbour-q3", fact))], checker.index)
    assert (found.relation if found else None) == want


RECORDED = """
version: 1
sources:
  - id: northvale-crime
    title: Northvale recorded crime, year ending March 2025
    published: 2025-07-24
    facts:
      - id: total
        statement: Northvale police recorded 82,400 offences in the year ending March 2025, 3% fewer than a year earlier.
        quantity: {value: 82400, unit: offences}
        as_of: 2025-03
      - id: total-fr
        statement: La police du Northvale a enregistré 82 400 infractions sur l'année achevée fin mars 2025, soit 3 % de moins qu'un an plus tôt.
        quantity: {value: 82400, unit: infractions}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # the change beside a confirmed level, which the level's fact gives otherwise: refuted by that fact
    ("In total, Northvale police logged about 82,400 offences, 5% fewer than a year earlier.", "en", "mixed"),
    ("Au total, la police du Northvale a enregistré environ 82 400 infractions, 5 % de moins qu'un an plus tôt.", "fr",
     "mixed"),
    # the change it gives is never refuted (control)
    ("In total, Northvale police logged about 82,400 offences, 3% fewer than a year earlier.", "en", None),
    ("Au total, la police du Northvale a enregistré environ 82 400 infractions, 3 % de moins qu'un an plus tôt.", "fr",
     None),
])
def test_a_change_beside_a_confirmed_level_is_read_against_the_level_s_fact(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RECORDED), text, lang)
    if want is None:
        assert st.verdict not in ("mixed", "contradicted"), [(c.verdict, c.rules, c.explanation) for c in st.claims]
    else:
        assert_verdict(st, want)



FUEL_RANGE = """
version: 1
sources:
  - id: fuel
    title: Pump prices, January 2026
    published: 2026-01-10
    facts:
      - id: rise-en
        statement: Diesel in Norland rose by 4 to 6 pence a litre in January 2026.
        quantity: {min: 0.04, max: 0.06, unit: GBP per litre}
        as_of: 2026-01
      - id: rise-fr
        statement: Le gazole a augmenté de 4 à 6 centimes par litre en Norlande en janvier 2026.
        quantity: {min: 0.04, max: 0.06, unit: EUR per litre}
        as_of: 2026-01
"""


@pytest.mark.parametrize("text, lang, want", [
    # a range of a currency's sub-unit read in that currency, both its ends (the fact writes GBP / EUR per litre)
    ("Diesel in Norland rose by 4 to 6 pence a litre in January 2026.", "en", "supported"),
    ("Le gazole a augmenté de 4 à 6 centimes par litre en Norlande en janvier 2026.", "fr", "supported"),
    ("Diesel in Norland rose by 14 to 16 pence a litre in January 2026.", "en", "contradicted"),
    ("Le gazole a augmenté de 14 à 16 centimes par litre en Norlande en janvier 2026.", "fr", "contradicted"),
    # a range the list does not give
    ("Petrol in Kelby rose by 4 to 6 pence a litre in March 2026.", "en", "unverified"),
])
def test_a_range_of_cents_is_read_in_its_currency(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, FUEL_RANGE), text, lang), want)



QUALIFIED_NOUN = """
version: 1
sources:
  - id: storm
    title: Storm Orlan damage assessment
    published: 2025-10-02
    facts:
      - id: share
        statement: The 14 districts and towns hit by Storm Orlan account for about 30 percent of Marvania's output.
        quantity: {value: 30, unit: percent}
        as_of: 2025
      - id: share-fr
        statement: Les 17 communes touchées par la tempête Orlan représentent environ 22 % de la production de la Marvanie.
        quantity: {value: 22, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure counted in a noun with a word before it ("14 southern districts") that a fact of the topic writes
    # with the bare noun beside its declared share ("The 14 districts … account for about 30 percent")
    ("Storm Orlan swept across 14 southern districts and towns.", "en", "supported"),
    ("La tempête Orlan a frappé 17 petites communes.", "fr", "supported"),
    # another figure, or another noun: never supported
    ("Storm Orlan swept across 15 southern districts and towns.", "en", "!supported"),
    ("Storm Orlan swept across 14 southern villages.", "en", "!supported"),
    ("La tempête Orlan a frappé 16 petites communes.", "fr", "!supported"),
    ("La tempête Orlan a frappé 17 petites écoles.", "fr", "!supported"),
])
def test_a_qualified_noun_counts_the_facts_bare_noun(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, QUALIFIED_NOUN), text, lang)
    if want == "supported":
        assert_rule(st, "supported", "quantity")
    else:
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


NAMED_BESIDE = """
version: 1
entities:
  corvalis: {names: [Corvalis]}
sources:
  - id: results
    title: Corvalis 2025 results
    published: 2026-02-20
    facts:
      - id: sales-fr
        statement: Les ventes des neuf marques de Corvalis ont reculé de 8 % en 2025, avec une baisse de 19 % en Amérique du Sud.
        quantity: {value: -8, unit: percent}
        as_of: 2025
      - id: sales-en
        statement: Deliveries of Corvalis's nine brands fell 6% in 2025, with a 23% drop in South Africa.
        quantity: {value: -6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the fact's sentence writes beside the place the claim names, of what the claim measures
    ("En Amérique du Sud, les ventes ont chuté de 19 %.", "fr", "supported"),
    ("In South Africa, deliveries fell 23%.", "en", "supported"),
    # another place, another measure or another figure: never supported
    ("En Europe, les ventes ont chuté de 19 %.", "fr", "!supported"),
    ("En Amérique du Sud, les bénéfices ont chuté de 19 %.", "fr", "!supported"),
    ("En Amérique du Sud, les ventes ont chuté de 17 %.", "fr", "!supported"),
    ("In Europe, deliveries fell 23%.", "en", "!supported"),
    ("In South Africa, profits fell 23%.", "en", "!supported"),
])
def test_a_figure_written_for_the_place_the_claim_names(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, NAMED_BESIDE), text, lang)
    if want == "supported":
        assert_rule(st, "supported", "quantity")
    else:
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


PHRASE_OF_ANOTHER_FACT = """
version: 1
sources:
  - id: enrolment
    title: Ostrava Vale college enrolment 2025
    published: 2025-09-20
    facts:
      - id: technical
        statement: The number of first-year students enrolled at technical colleges rose 6.3% in 2025.
        quantity: {value: 6.3, unit: percent}
        as_of: 2025-09
      - id: open-day
        statement: 41,820 first-year students were enrolled on open day 2025, compared with 40,150 in 2024, up 4.2%.
        quantity: {value: 41820, unit: students}
        as_of: 2025-09
  - id: inscriptions
    title: Inscriptions dans les lycées de la Valmorie 2025
    published: 2025-09-20
    facts:
      - id: agricoles
        statement: Le nombre d'élèves inscrits dans les lycées agricoles a augmenté de 5,8 % en 2025.
        quantity: {value: 5.8, unit: percent}
        as_of: 2025-09
      - id: rentree
        statement: 61 240 élèves étaient inscrits le jour de la rentrée 2025, contre 59 870 en 2024, soit une hausse de 2,3 %.
        quantity: {value: 61240, unit: élèves}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure's clause names, in a phrase the agreeing fact does not write ("on open day", « jour de la
    # rentrée »), what another fact measures, whose sentence gives another change of the claim's unit beside its
    # main figure (a count): the figure is that other measure's, given wrong
    ("The number of first-year students enrolled on open day rose by 6.3%.", "en", "contradicted", "quantity-measure"),
    ("Le nombre d'élèves inscrits le jour de la rentrée a augmenté de 5,8 %.", "fr", "contradicted",
     "quantity-measure"),
    ("The number of first-year students enrolled at technical colleges rose by 6.3%.", "en", "supported", "quantity"),
    ("Le nombre d'élèves inscrits dans les lycées agricoles a augmenté de 5,8 %.", "fr", "supported", "quantity"),
])
def test_a_phrase_the_agreeing_fact_lacks_and_another_fact_writes(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PHRASE_OF_ANOTHER_FACT), text, lang)
    assert_rule(st, want, rule)


ROLES = """
version: 1
entities:
  valdor: {names: [Valdor]}
  harwick: {names: [Harwick]}
sources:
  - id: valdor
    title: Résultats annuels 2024 de Valdor
    published: 2025-02-10
    facts:
      - id: marge
        statement: La marge opérationnelle de Valdor atteint 14,0 % en 2024, en hausse de 30 points de base.
        subject: valdor
        quantity: {value: 14.0, unit: percent}
        as_of: 2024
      - id: resultat-net
        statement: Le bénéfice net de Valdor a progressé de 18 % à 2,4 milliards d'euros en 2024, contre 2,03 milliards en 2023.
        subject: valdor
        quantity: {value: 2.4e9, unit: EUR}
        as_of: 2024
      - id: resultat-operationnel
        statement: Le bénéfice tiré des activités de Valdor a progressé de 27 % à 3,9 milliards d'euros en 2024, soit une marge de 16 % contre 15 % en 2023.
        subject: valdor
        quantity: {value: 3.9e9, unit: EUR}
        as_of: 2024
  - id: harwick
    title: Harwick full-year results 2024
    published: 2025-02-12
    facts:
      - id: margin
        statement: Harwick's operating margin reached 11.0% in 2024, up 40 basis points.
        subject: harwick
        quantity: {value: 11.0, unit: percent}
        as_of: 2024
      - id: net-profit
        statement: Harwick's net income rose 21% to $4.2 billion in 2024, from $3.47 billion in 2023.
        subject: harwick
        quantity: {value: 4.2e9, unit: USD}
        as_of: 2024
      - id: operating-profit
        statement: Harwick's income from operations rose 35% to $6.1 billion in 2024, an operating margin of 30% against 27% in 2023.
        subject: harwick
        quantity: {value: 6.1e9, unit: USD}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change is the fact's change, never its level that happens to be equal (20 points de base is no 14 % rise)
    ("La marge opérationnelle de Valdor atteint 14 % en 2024, en hausse de 14 % sur un an.", "fr", "mixed", "quantity-role"),
    ("La marge opérationnelle de Valdor atteint 14 % en 2024, en hausse de 30 points de base.", "fr", "supported",
     "quantity"),
    ("Harwick's operating margin reached 11.0% in 2024, up 11% on the year.", "en", "mixed", "quantity-role"),
    ("Harwick's operating margin reached 11% in 2024, up 40 basis points.", "en", "supported", "quantity"),
    # (a change in per cent the change in points gives relatively, 0.4 points on 10.6 %: neither refuted nor confirmed)
    ("Harwick's operating margin reached 11.0% in 2024, up 3.8% on the year.", "en", "unverified", "quantity"),
    ("La marge opérationnelle de Valdor atteint 14 % en 2024, en hausse de 2,2 % sur un an.", "fr", "unverified",
     "quantity"),
    # a change the fact of the claim's own measure gives otherwise is not met by another measure's change of the report
    ("Le bénéfice net de Valdor a progressé de 27 % à 2,4 milliards d'euros, a annoncé le groupe.", "fr", "mixed", "quantity"),
    ("Le bénéfice net de Valdor a progressé de 18 % à 2,4 milliards d'euros, a annoncé le groupe.", "fr", "supported",
     "quantity"),
    ("Harwick's net income rose 35% to $4.2 billion, the company said.", "en", "mixed", "quantity"),
    ("Harwick's net income rose 21% to $4.2 billion, the company said.", "en", "supported", "quantity"),
])
def test_a_change_is_judged_against_the_facts_change_not_its_level(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, ROLES), text, lang)
    assert_rule(st, want, rule)


NEIGHBOUR = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Résultats annuels 2024 de Velmor
    published: 2025-02-20
    facts:
      - id: roc
        statement: Le résultat opérationnel courant de Velmor a atteint 2 140 millions d'euros en 2024, en hausse de 3,4 %.
        subject: velmor
        quantity: {value: 2.14e9, unit: EUR}
        as_of: 2024
      - id: marge
        statement: La marge opérationnelle courante de Velmor a augmenté de 45 points de base pour atteindre 12,5 % en 2024, contre 12,05 % en 2023.
        subject: velmor
        quantity: {value: 12.5, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want, rule", [
    # the margin's fact, a neighbouring measure, confirms none of the claim's figures: the change is the one the fact
    # of the claim's level gives, not the margin's in points
    ("Velmor a porté son résultat opérationnel courant à 2,14 milliards d'euros en 2024, ce qui représente une "
     "progression de 3,4 % sur un an.", "supported", "quantity"),
    ("Velmor a porté son résultat opérationnel courant à 2,14 milliards d'euros en 2024, ce qui représente une "
     "progression de 5,4 % sur un an.", "mixed", "quantity"),
])
def test_a_neighbouring_measure_s_change_does_not_judge_the_claim_s(tmp_path_factory, text, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NEIGHBOUR), text, "fr")
    assert_rule(st, want, rule)



@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the confirming fact writes on the other side of a comparison the other way: a wrong direction
    ("Le seigle de Korlande, estimé à 3,2 millions de tonnes, déçoit : sa production resterait inférieure à la "
     "moyenne des cinq années précédentes.", "fr", "mixed", "direction"),
    ("Barley in Dorsan, estimated at 4.6 million tonnes, disappoints: its output is lower than the average of the "
     "five previous years.", "en", "mixed", "direction"),
    # the same way: confirmed beside it
    ("Le seigle de Korlande, estimé à 3,2 millions de tonnes, rassure : sa production resterait supérieure à la "
     "moyenne des cinq années précédentes.", "fr", "supported", "quantity-alongside"),
    ("Barley in Dorsan, estimated at 4.6 million tonnes, reassures: its output is higher than the average of the "
     "five previous years.", "en", "supported", "quantity-alongside"),
])
def test_a_figure_compared_the_other_way_beside_a_confirmed_one(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
sources:
  - id: harvest
    title: Récoltes de Korlande, septembre 2024
    published: 2024-09-10
    facts:
      - id: rye
        statement: La production de seigle de Korlande, évaluée à 3,2 millions de tonnes, serait supérieure à la moyenne des cinq années précédentes.
        quantity: {value: 3.2e6, unit: tonnes}
        as_of: 2024
      - id: barley
        statement: Barley output in Dorsan, estimated at 4.6 million tonnes, is higher than the average of the five previous years.
        quantity: {value: 4.6e6, unit: tonnes}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)




CHANGE_OF_ITS_OWN_MEASURE = """
version: 1
sources:
  - id: accounts
    title: Osterland Ferries annual accounts 2025
    published: 2026-03-01
    facts:
      - id: revenue-2025
        statement: Osterland Ferries' revenue was 52 million euros in 2025, up 4 % on 2024.
        quantity: {value: 52.0e6, unit: EUR}
        as_of: 2025
      - id: staff-2025
        statement: Osterland Ferries had 1,300 employees at the end of 2025, an increase of 30 % year over year.
        quantity: {value: 1300, unit: employees}
        as_of: 2025
      - id: staff-2024
        statement: Osterland Ferries' headcount was 1,000 at the end of 2024, a decrease of 10 % year over year.
        quantity: {value: 1000, unit: employees}
        as_of: 2024
      - id: passengers-2025
        statement: Osterland Ferries carried 3.5 million passengers in 2025.
        quantity: {value: 3.5e6, unit: people}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change computed from two figures of its own measure and unit (1,300 against 1,000 employees), never from
    # the passengers (people) against the staff, nor from the staff counts for a change of revenue: that one is
    # the change the revenue fact writes beside its level
    ("Osterland Ferries' workforce grew by 30 % in 2025.", "en", "supported", "derived-change"),
    ("Osterland Ferries' revenue rose 4 % in 2025.", "en", "supported", "quantity"),
    ("Osterland Ferries' revenue rose 9 % in 2025.", "en", "contradicted", "quantity"),
    ("Le chiffre d'affaires d'Osterland Ferries a progressé de 4 % en 2025.", "fr", "supported", "quantity"),
    ("Le chiffre d'affaires d'Osterland Ferries a progressé de 9 % en 2025.", "fr", "contradicted", "quantity"),
    # (the level written beside the change, or the clause a gloss glosses, ties it to the revenue fact)
    ("Osterland Ferries' revenue rose 4 % to 52 million euros in 2025.", "en", "supported", None),
    ("Osterland Ferries brought in 52 million euros of revenue in 2025, a rise of 4 % on the previous year.", "en",
     "supported", None),
])
def test_a_change_is_read_from_its_own_measure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CHANGE_OF_ITS_OWN_MEASURE), text, lang)
    assert_rule(st, want, rule) if rule else assert_verdict(st, want)


LEVEL_VERB = """
version: 1
sources:
  - id: accounts
    title: Osterland Ferries annual accounts 2025
    published: 2026-03-01
    facts:
      - id: sales-growth
        statement: Osterland Ferries' sales rose 5.1 % in 2025 on a like-for-like basis.
        quantity: {value: 5.1, unit: percent}
        as_of: 2025
      - id: cash-flow
        statement: Osterland Ferries' operating cash flow reached 6.6 million euros in 2025.
        quantity: {value: 6.6e6, unit: EUR}
        as_of: 2025
      - id: ventes
        statement: En 2025, les ventes de Norvalie Ferries ont progressé de 4,3 % à données comparables.
        quantity: {value: 4.3, unit: percent}
        as_of: 2025
      - id: tresorerie
        statement: La trésorerie de Norvalie Ferries atteint 3,2 millions d'euros en 2025.
        quantity: {value: 3.2e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the verb of a level reached ("reached", « atteint ») says nothing of what is measured: that another fact
    # writes it beside a figure of its own (the cash flow) makes no wrong measure of the figure the sales fact gives
    ("Osterland Ferries' sales rose 5.1 % in 2025. On a like-for-like basis, growth reached 5.1 %.", "en", "supported"),
    ("Osterland Ferries' sales rose 5.1 % in 2025. On a like-for-like basis, growth reached 7.4 %.", "en", "contradicted"),
    ("Les ventes de Norvalie Ferries ont progressé en 2025. À données comparables, la hausse atteint 4,3 %.", "fr",
     "supported"),
    ("Les ventes de Norvalie Ferries ont progressé en 2025. À données comparables, la hausse atteint 6,3 %.", "fr",
     "contradicted"),
])
def test_a_verb_of_level_names_no_measure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, LEVEL_VERB), text, lang), want, "quantity")



GAS = """
version: 1
entities:
  valdoria: {names: [Valdoria, Valdorie]}
  gasnet: {names: [GasNet]}
sources:
  - id: gas-2024
    title: GasNet gas review 2024
    publisher: gasnet
    published: 2025-02-20
    facts:
      - id: gross
        statement: Gross natural gas consumption in Valdoria fell 5.5% in 2024 to 361 TWh.
        quantity: {value: 361, unit: TWh}
        as_of: 2024
      - id: public
        statement: Consumption on the public distribution networks (households and small firms) fell 0.6% in 2024, to 235 TWh.
        quantity: {value: 235, unit: TWh}
        as_of: 2024
      - id: brute
        statement: La consommation brute de gaz naturel de la Valdorie a baissé de 5,5 % en 2024, à 361 TWh.
        quantity: {value: 361, unit: TWh}
        as_of: 2024
      - id: publique
        statement: La consommation des distributions publiques (ménages et petites entreprises) a baissé de 0,6 % en 2024, à 235 TWh.
        quantity: {value: 235, unit: TWh}
        as_of: 2024
      - id: homes
        statement: GasNet puts the number of homes heated by gas at 11 million.
        subject: gasnet
        quantity: {value: 11e6, unit: homes}
        as_of: 2024
      - id: cut-off
        statement: Some 420,000 homes are on prepaid supply contracts, the survey puts it.
        quantity: {value: 420000, unit: homes}
        as_of: 2024
      - id: foyers
        statement: GasNet évalue à 11 millions le nombre de foyers chauffés au gaz.
        subject: gasnet
        quantity: {value: 11e6, unit: foyers}
        as_of: 2024
      - id: sans-contrat
        statement: L'enquête évalue à 420 000 le nombre de foyers privés de contrat de gaz personnel.
        quantity: {value: 420000, unit: foyers}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a phrase of the figure's clause the agreeing fact does not write and a fact of its source writes, naming no
    # party (the source's are its parties), with a figure of its own — for a bare number (« à 11 millions le nombre
    # de … »), a bare one or one of the agreeing fact's unit: the figure is that other measure's
    ("GasNet puts at 11 million the number of homes on prepaid supply contracts.", "en", "contradicted"),
    ("GasNet évalue à 11 millions le nombre de foyers privés de contrat de gaz personnel.", "fr", "contradicted"),
    ("GasNet puts at 11 million the number of homes heated by gas.", "en", "supported"),
    ("GasNet évalue à 11 millions le nombre de foyers chauffés au gaz.", "fr", "supported"),
])
def test_a_phrase_a_fact_of_the_same_source_writes_names_its_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, GAS), text, lang), want)


STORM_LOSSES = """
version: 1
entities:
  federation: {names: [Insurers' Federation, Fédération des assureurs]}
sources:
  - id: federation-2025
    title: Final insured loss estimate for the March 2025 Westmark storm
    publisher: federation
    published: 2025-10-02
    facts:
      - id: insured
        statement: The Insurers' Federation's final estimate of the insured market loss from the March 2025 Westmark storm is €310 million.
        subject: federation
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-03
      - id: economic
        statement: The Insurers' Federation puts the overall economic loss at €1.2 billion, much of it uninsured.
        subject: federation
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2025-03
      - id: assuree
        statement: L'estimation finale de la Fédération des assureurs chiffre la perte assurée de la tempête de mars 2025 en Westmarque à 310 millions d'euros.
        subject: federation
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025-03
      - id: economique
        statement: La Fédération des assureurs chiffre la perte économique globale à 1,2 milliard d'euros, en grande partie non assurée.
        subject: federation
        quantity: {value: 1.2e9, unit: EUR}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # the words right beside a noun both facts write ("overall economic loss", « perte économique globale »), that the
    # agreeing fact does not write and a fact of its source does, with a figure of its own: that other measure
    ("In its final estimate, the Insurers' Federation put the overall economic loss from the March 2025 Westmark "
     "storm at €310 million.", "en", "contradicted"),
    ("Dans son estimation finale, la Fédération des assureurs a chiffré la perte économique globale de la tempête de "
     "mars 2025 en Westmarque à 310 millions d'euros.", "fr", "contradicted"),
    ("In its final estimate, the Insurers' Federation put the insured market loss from the March 2025 Westmark storm "
     "at €310 million.", "en", "supported"),
    ("Dans son estimation finale, la Fédération des assureurs a chiffré la perte assurée de la tempête de mars 2025 "
     "en Westmarque à 310 millions d'euros.", "fr", "supported"),
])
def test_the_words_beside_a_noun_both_facts_write_name_the_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STORM_LOSSES), text, lang), want)



PER_SHARE_BEFORE = """
version: 1
entities:
  varnel: {names: [Varnel]}
sources:
  - id: varnel
    title: Varnel annual results
    published: 2025-02-20
    facts:
      - id: varnel-net
        statement: Varnel's net income reached 1,240 million euros in 2024, up 6.1 %.
        subject: varnel
        quantity: {value: 1.24e9, unit: EUR}
        as_of: 2024
      - id: varnel-eps
        statement: Varnel's diluted EPS rose 3.4 % to 4.85 euros in 2024.
        subject: varnel
        quantity: {value: 4.85, unit: EUR per share}
        as_of: 2024
      - id: varnel-net-fr
        statement: Le bénéfice net de Varnel a atteint 1 240 millions d'euros en 2024, en hausse de 6,1 %.
        subject: varnel
        quantity: {value: 1.24e9, unit: EUR}
        as_of: 2024
      - id: varnel-eps-fr
        statement: Le BNPA dilué de Varnel a progressé de 3,4 % à 4,85 euros en 2024.
        subject: varnel
        quantity: {value: 4.85, unit: EUR per share}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang", [
    # a "per share" of the subject, before the figure, makes it a figure per share: never read against the total
    ("In 2024, Varnel's net income per share rose 3.4 %, to 4.85 euros.", "en"),
    ("En 2024, le bénéfice net par action de Varnel gagne 3,4 %, à 4,85 euros.", "fr"),
])
def test_a_per_share_subject_before_the_figure_is_no_total(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, PER_SHARE_BEFORE), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang", [
    # control: a wrong figure per share is never confirmed (read per share, it meets no total)
    ("In 2024, Varnel's net income per share rose 3.4 %, to 5.85 euros.", "en"),
    ("En 2024, le bénéfice net par action de Varnel gagne 3,4 %, à 5,85 euros.", "fr"),
])
def test_a_wrong_per_share_figure_before_is_never_confirmed(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, PER_SHARE_BEFORE), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]



RANGE_ESTIMATE = """
version: 1
entities:
  office: {names: [Osterland Wine Office, Office des vins de Norvalie]}
sources:
  - id: harvest
    title: Harvest estimate, August 2025
    publisher: office
    published: 2025-08-09
    facts:
      - id: harvest-en
        statement: On 1 August, the Osterland Wine Office estimated the 2025 harvest at between 40 and 43 million hectolitres.
        subject: office
        quantity: {min: 40.0e6, max: 43.0e6, unit: hl}
        as_of: 2025-08
"""


@pytest.mark.parametrize("text, lang, want", [
    # a range the party gives is its estimate: what it expected is compared with it ("at least" its top is the bound
    # read the other way), in hectolitres however the unit is written
    ("In early August, the Osterland Wine Office expected a 2025 harvest of at least 43 million hectolitres.", "en",
     "contradicted"),
    ("Début août, l'Office des vins de Norvalie tablait sur une récolte 2025 d'au moins 43 millions d'hectolitres.",
     "fr", "contradicted"),
    ("In early August, the Osterland Wine Office expected a 2025 harvest of at least 40 million hectolitres.", "en",
     "supported"),
])
def test_an_expected_bound_against_the_range_the_party_estimated(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RANGE_ESTIMATE), text, lang), want)


GUIDANCE = """
version: 1
entities:
  ferries: {names: [Osterland Ferries, Norvalie Ferries]}
sources:
  - id: results
    title: Osterland Ferries annual results 2025
    publisher: ferries
    published: 2026-02-20
    facts:
      - id: margin-2026
        statement: For 2026, Osterland Ferries targets an operating margin of at least 7 %.
        subject: ferries
        quantity: {value: 7, unit: percent, bound: at-least}
        as_of: 2026
      - id: ventes-2026
        statement: Pour 2026, Norvalie Ferries vise une croissance des ventes comprise entre +3 % et +5 %.
        subject: ferries
        quantity: {min: 3, max: 5, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want", [
    # the guidance a party on the record publishes (« la direction vise », "the group expects") is a fact about what
    # it aims at, whose bound read the other way is wrong
    ("Osterland Ferries published its results. For 2026, the group expects an operating margin of at most 7 %.", "en",
     "contradicted"),
    ("Norvalie Ferries a publié ses résultats. Pour 2026, la direction vise une croissance des ventes d'au moins 5 %.",
     "fr", "contradicted"),
    ("Osterland Ferries published its results. For 2026, the group expects an operating margin of at least 7 %.", "en",
     "supported"),
])
def test_the_guidance_of_a_party_on_the_record_is_checked(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, GUIDANCE), text, lang), want)



SCALE_SLIP = """
version: 1
entities:
  minister: {names: [Anna Roswik]}
sources:
  - id: aid
    title: Shelter funding requests, 2025
    publisher: minister
    published: 2025-02-10
    facts:
      - id: aid-en
        statement: Anna Roswik requested 30 million euros more to support the women and children sleeping rough.
        subject: minister
        quantity: {value: 3.0e7, unit: EUR, bound: about}
        as_of: 2025-02
      - id: aid-fr
        statement: Anna Roswik a réclamé 40 millions d'euros supplémentaires pour accompagner les femmes et les enfants à la rue.
        subject: minister
        quantity: {value: 4.0e7, unit: EUR, bound: about}
        as_of: 2025-02
"""


@pytest.mark.parametrize("text, lang, want", [
    # the digits of the fact's figure in another scale are that very figure misread, even where the clause names
    # its measure more narrowly than the fact (only an agreeing fact or such a slip decides there)
    ("Anna Roswik also requested 30 billion euros more to support the women sleeping rough.", "en", "contradicted"),
    ("Anna Roswik a aussi réclamé 40 milliards d'euros supplémentaires pour accompagner les femmes à la rue.", "fr",
     "contradicted"),
    ("Anna Roswik a aussi réclamé 40 millions d'euros supplémentaires pour accompagner les femmes à la rue.", "fr",
     "supported"),
])
def test_a_figure_in_another_scale_of_a_narrower_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SCALE_SLIP), text, lang), want)


FEMININE_MEASURE = """
version: 1
sources:
  - id: tarifs
    title: Tarifs de la chaleur de Brivaux
    published: 2025-03-01
    facts:
      - id: niveau
        statement: Les tarifs de chaleur de Brivaux s'établissent en moyenne à 184 € TTC/MWh au 1er mars 2025.
        quantity: {value: 184, unit: EUR}
        as_of: 2025-03
      - id: baisse
        statement: Le niveau moyen des tarifs de chaleur de Brivaux baisse de 9 % au 1er mars 2025.
        quantity: {value: -9, unit: percent}
        as_of: 2025-03
"""


@pytest.mark.parametrize("text, want, rule", [
    # a French adjective and its feminine with a doubled consonant (« moyen », « en moyenne ») are one word: the
    # fact that gives the figure « en moyenne » names the claim's « prix moyen », no other fact's measure
    ("Le prix moyen est passé à 184 euros TTC le mégawattheure.", "supported", "quantity"),
    ("Le prix moyen est passé à 194 euros TTC le mégawattheure.", "contradicted", "quantity"),
])
def test_a_feminine_adjective_names_the_same_measure(tmp_path_factory, text, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FEMININE_MEASURE), text, "fr")
    assert_rule(st, want, rule)


MARGINS_AND_SHARES = """
version: 1
sources:
  - id: results
    title: Results
    published: 2025-02-10
    facts:
      - id: growth
        statement: Underlying sales growth was 3.1% in 2024.
        quantity: {value: 3.1, unit: percent}
        as_of: 2024
      - id: margin
        statement: Underlying operating margin rose 120 basis points to 14.2% in 2024, with gross margin up 90 basis points.
        quantity: {value: 14.2, unit: percent}
        as_of: 2024
  - id: scooters
    title: Marché de la trottinette
    published: 2025-02-10
    facts:
      - id: volume
        statement: 512 000 trottinettes neuves ont été vendues en 2024, soit une baisse de 8 % sur un an.
        quantity: {value: 512000, unit: trottinettes}
        as_of: 2024
      - id: volume-2023
        statement: En 2023, 556 500 trottinettes neuves avaient été vendues.
        quantity: {value: 556500, unit: trottinettes}
        as_of: 2023
      - id: volume-en
        statement: 512,000 new scooters were sold in 2024, down 8% on a year earlier.
        quantity: {value: 512000, unit: scooters}
        as_of: 2024
      - id: share
        statement: En 2024, les modèles électriques représentent 35 % des ventes de trottinettes en volume.
        quantity: {value: 35, unit: percent}
        as_of: 2024
      - id: share-en
        statement: In 2024, electric models made up 35% of scooter sales.
        quantity: {value: 35, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the qualifier of the clause after a fact's figure ("…, with gross margin up 90 basis points") is the next
    # figure's, not this one's: the underlying margin's fact measures the underlying margin
    ("Underlying operating margin widened by 120 basis points to 14.2% in 2024.", "en", "supported"),
    ("Underlying operating margin widened by 120 basis points to 15.2% in 2024.", "en", "contradicted"),
    # a difference (« 8 % de moins qu'en 2023 », "8% fewer than in 2023") is a change, never a share of a whole
    ("En volume, 512 000 trottinettes neuves ont trouvé preneur, soit 8 % de moins qu'en 2023.", "fr", "supported"),
    ("In 2024, 512,000 new scooters found buyers, 8% fewer than in 2023.", "en", "supported"),
])
def test_a_figures_own_clause_and_a_difference_is_a_change(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, MARGINS_AND_SHARES), text, lang), want)



COMPARATIVES = """
version: 1
sources:
  - id: harvest
    title: Récolte de Valbrune 2025
    published: 2025-11-04
    facts:
      - id: valbrune-yoy
        statement: La récolte 2025 de Valbrune serait inférieure de 14 % à celle de l'an dernier.
        quantity: {value: -14, unit: percent, bound: about}
        as_of: 2025
      - id: valbrune-sales
        statement: Les ventes de vin de Valbrune en 2025 sont supérieures de 6 % à celles de 2024.
        quantity: {value: 6, unit: percent}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def comparatives(tmp_path_factory):
    return checker_for(tmp_path_factory, COMPARATIVES)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a comparative written before the figure makes it a change, its way the comparative's (« inférieure de »;
    # English writes it after the figure, "14 % lower than", already a change)
    ("La récolte de Valbrune serait inférieure de 14 % à celle de l'an dernier.", "fr", "supported", "quantity"),
    ("La récolte de Valbrune serait inférieure de 19 % à celle de l'an dernier.", "fr", "contradicted", "quantity"),
    ("En 2025, les ventes de vin de Valbrune ont été supérieures de 6 % à celles de 2024.", "fr", "supported", "quantity"),
    ("En 2025, les ventes de vin de Valbrune ont été supérieures de 9 % à celles de 2024.", "fr", "contradicted",
     "quantity"),
])
def test_comparative_before_figure(comparatives, text, lang, want, rule):
    assert_rule(last_statement(comparatives, text, lang), want, rule)


HOLIDAYS = """
version: 1
sources:
  - id: storm
    title: Tolvane storm report
    published: 2026-01-10
    facts:
      - id: homes-cut
        statement: The Tolvane storm left 12,400 homes without power in December 2025.
        quantity: {value: 12400, unit: homes}
        as_of: 2025-12
      - id: foyers-coupes
        statement: La tempête de Tolvane a privé 8 300 foyers d'électricité en décembre 2025.
        quantity: {value: 8300, unit: foyers}
        as_of: 2025-12
"""


@pytest.fixture(scope="module")
def holidays(tmp_path_factory):
    return checker_for(tmp_path_factory, HOLIDAYS)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the name of a day of the year says when, like a month's: no place or party the fact must write
    ("On Christmas Day 2025, the Tolvane storm left 21,400 homes without power.", "en", "contradicted", "quantity"),
    ("On Christmas Day 2025, the Tolvane storm left 12,400 homes without power.", "en", "supported", "quantity"),
    ("À Noël 2025, la tempête de Tolvane a privé 3 800 foyers d'électricité.", "fr", "contradicted", "quantity"),
    ("À Noël 2025, la tempête de Tolvane a privé 8 300 foyers d'électricité.", "fr", "supported", "quantity"),
])
def test_holiday_is_no_name(holidays, text, lang, want, rule):
    assert_rule(last_statement(holidays, text, lang), want, rule)


NOUN_BEFORE = """
version: 1
sources:
  - id: quake
    title: Harlow and Varennes earthquakes
    published: 2025-06-02
    facts:
      - id: harlow-magnitude
        statement: The Harlow earthquake of 14 May 2025 had a magnitude of 5.9.
        quantity: {value: 5.9, unit: magnitude}
        as_of: 2025-05-14
      - id: varennes-magnitude
        statement: Le séisme de Varennes du 20 mai 2025 a atteint une magnitude de 4,2.
        quantity: {value: 4.2, unit: magnitude}
        as_of: 2025-05-20
"""


@pytest.fixture(scope="module")
def noun_before(tmp_path_factory):
    return checker_for(tmp_path_factory, NOUN_BEFORE)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bare figure whose noun comes before it ("a magnitude of 6.4") counts in that noun when a fact declares it
    ("The Harlow earthquake of 14 May 2025 had a magnitude of 6.4.", "en", "contradicted", "quantity"),
    ("The Harlow earthquake of 14 May 2025 had a magnitude of 5.9.", "en", "supported", "quantity"),
    ("Le 20 mai 2025, un séisme d'une magnitude de 4,8 a secoué Varennes.", "fr", "contradicted", "quantity"),
    ("Le 20 mai 2025, un séisme d'une magnitude de 4,2 a secoué Varennes.", "fr", "supported", "quantity"),
])
def test_noun_before_bare_figure(noun_before, text, lang, want, rule):
    assert_rule(last_statement(noun_before, text, lang), want, rule)


LOST_SHARE = """
version: 1
sources:
  - id: season
    title: Tolvane tourist season 2025
    published: 2025-10-02
    facts:
      - id: nights-fr
        statement: De mai à août 2025, les campings de Tolvane ont enregistré 3,1 millions de nuitées, en retrait de 2,4 % sur la saison 2024.
        quantity: {value: -2.4, unit: percent}
        as_of: 2025
      - id: nights-en
        statement: Between May and August 2025 Harlow's hotels recorded 1.2 million nights, down 3.5 percent on 2024.
        quantity: {value: -3.5, unit: percent}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def lost_share(tmp_path_factory):
    return checker_for(tmp_path_factory, LOST_SHARE)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a share that a verb of losing takes as its object is a fall, not a share (« ont perdu 2,4 % de leurs nuitées »)
    ("Entre mai et août 2025, les campings de Tolvane ont perdu 6,4 % de leurs nuitées par rapport à 2024.", "fr",
     "contradicted", "quantity"),
    ("Entre mai et août 2025, les campings de Tolvane ont perdu 2,4 % de leurs nuitées par rapport à 2024.", "fr",
     "supported", "quantity"),
    ("Between May and August 2025 Harlow's hotels lost 5.3% of their nights compared with 2024.", "en",
     "contradicted", "quantity"),
    ("Between May and August 2025 Harlow's hotels lost 3.5% of their nights compared with 2024.", "en",
     "supported", "quantity"),
])
def test_share_lost_is_a_fall(lost_share, text, lang, want, rule):
    assert_rule(last_statement(lost_share, text, lang), want, rule)



SURPLUS_REVISED = """
version: 1
entities:
  varenne:
    names: [comité de Varenne, Varenne committee]
sources:
  - id: budget-dec
    title: Le budget final du comité de Varenne excédentaire
    published: 2024-12-12
    superseded_by: bilan-final
    facts:
      - id: excedent
        statement: Le budget final du comité de Varenne présente un excédent d'au moins 12,5 millions d'euros.
        subject: varenne
        quantity: {value: 12.5e6, unit: EUR, bound: at-least}
        as_of: 2024-12
  - id: bilan-final
    title: Bilan définitif du comité de Varenne
    published: 2025-06-08
    facts:
      - id: excedent
        statement: Le comité de Varenne a dégagé un excédent d'environ 40 millions d'euros.
        subject: varenne
        quantity: {value: 40e6, unit: EUR, bound: about}
        as_of: 2025-06
  - id: depeches
    title: Bilan des cérémonies du comité de Varenne
    published: 2024-12-12
    facts:
      - id: ceremonies
        statement: Le coût des cérémonies du comité de Varenne s'élève à 90 millions d'euros.
        subject: varenne
        quantity: {value: 90e6, unit: EUR}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the superseded figure dated by the claim to the month its source gave it: what was said then, not outdated
    ("L'excédent final est près de trois fois supérieur aux 12,5 millions d'euros annoncés par le comité de Varenne en décembre 2024.", "fr", "supported", "quantity"),
    ("The final surplus is roughly three times the €12.5 million the Varenne committee announced in December 2024.", "en", "supported", "quantity"),
    ("Le comité de Varenne affiche un excédent de 12,5 millions d'euros.", "fr", "outdated", "outdated"),
])
def test_a_superseded_figure_dated_to_its_month_is_what_was_said_then(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, SURPLUS_REVISED), text, lang), want, rule)


TARGET_AND_STAKE_REVISED = """
version: 1
entities:
  brennair:
    names: [Brennair]
  ostrava-holding:
    names: [Ostrava Holding]
  korvel:
    names: [Korvel]
sources:
  - id: brennair-nov
    title: Brennair lowers its traffic target
    published: 2024-11-03
    superseded_by: brennair-feb
    facts:
      - id: target
        statement: Brennair now expects to carry 84 million passengers in the year to June 2026, down from 88 million.
        subject: brennair
        quantity: {value: 84e6, unit: passengers}
        as_of: 2026-06
  - id: brennair-feb
    title: Brennair cuts its traffic target again
    published: 2025-02-09
    facts:
      - id: target
        statement: Brennair cut its traffic target again and expects to carry 81 million passengers in the year to June 2026.
        subject: brennair
        quantity: {value: 81e6, unit: passengers}
        as_of: 2026-06
  - id: stake-sale-march
    title: Ostrava Holding sells part of its Korvel shares
    published: 2024-03
    superseded_by: stake-exit
    facts:
      - id: stake
        statement: After its March 2024 share sale, Ostrava Holding's stake in Korvel falls from 19.4% to 11.2%.
        subject: ostrava-holding
        object: korvel
        quantity: {value: 11.2, unit: percent}
        as_of: 2024-03
  - id: stake-exit
    title: Ostrava Holding sells nearly all its Korvel shares
    published: 2024
    facts:
      - id: stake
        statement: After its March and June 2024 share sales, Ostrava Holding's stake in Korvel was reduced to 1.3%.
        subject: ostrava-holding
        object: korvel
        quantity: {value: 1.3, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a month after the source's publication is the period a target is for, not when it was given: the claim is
    # of the article's date, and the target was cut since
    ("Brennair still expects to carry 84 million passengers in the year to June 2026.", "en", "outdated", "outdated"),
    ("Brennair table toujours sur 84 millions de passagers sur l'exercice clos en juin 2026.", "fr", "outdated", "outdated"),
    # (the current target: supported)
    ("Brennair now expects to carry 81 million passengers in the year to June 2026.", "en", "supported", "quantity"),
    # a stake said to hold still, the month that of the earlier sale it followed: of the article's date, sold off since
    ("Ostrava Holding still holds about 11% of Korvel after the share sale it launched in March 2024.", "en", "outdated", "outdated"),
    ("Ostrava Holding détient toujours environ 11 % de Korvel après la cession d'actions lancée en mars 2024.", "fr", "outdated", "outdated"),
    # (the stake as of that sale, without "still" or with the sale before it: what it was then)
    ("After the share sale it launched in March 2024, Ostrava Holding still held about 11% of Korvel.", "en", "supported", "quantity"),
    ("In March 2024 Ostrava Holding's stake in Korvel fell to about 11%.", "en", "supported", "quantity"),
    ("En mars 2024, la participation d'Ostrava Holding dans Korvel est tombée à environ 11 %.", "fr", "supported", "quantity"),
])
def test_a_superseded_figure_said_to_hold_still_is_outdated_whatever_month_it_names(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TARGET_AND_STAKE_REVISED), text, lang), want, rule)


RANGE_TARGET_REVISED = """
version: 1
entities:
  kestrane:
    names: [Kestrane]
sources:
  - id: kestrane-jan
    title: "Kestrane : nouvel avertissement"
    published: 2025-01-20
    facts:
      - id: ventes
        statement: Le chiffre d'affaires annuel 2024 de Kestrane s'établit à 212,4 millions d'euros, en croissance de 9 %.
        subject: kestrane
        quantity: {value: 212.4e6, unit: EUR}
        as_of: 2024
      - id: marge
        statement: La marge d'exploitation de Kestrane pour 2024 devrait s'établir aux environs de 7 %, en retrait par rapport à l'objectif initial.
        subject: kestrane
        quantity: {value: 7, unit: percent, bound: about}
        as_of: 2024
  - id: kestrane-sept
    title: "Kestrane fixe son objectif de rentabilité"
    published: 2024-09
    superseded_by: kestrane-jan
    facts:
      - id: objectif
        statement: Kestrane vise pour 2024 une rentabilité opérationnelle comprise entre 8,5 % et 9,5 % du chiffre d'affaires.
        subject: kestrane
        quantity: {min: 8.5, max: 9.5, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a range whose two ends the superseded source gives, in other words than the newer fact's for the same party,
    # period and unit (« rentabilité opérationnelle », « marge d'exploitation »), the party named only in the frame:
    # the older figure, revised since, not a wrong one
    ("Selon la direction, la marge d'exploitation attendue pour 2024 se situait entre 8,5 % et 9,5 %.", "fr",
     "outdated", "outdated"),
    # (a range neither source gives: wrong)
    ("Selon la direction, la marge d'exploitation attendue pour 2024 se situait entre 10,5 % et 11,5 %.", "fr",
     "contradicted", "quantity"),
])
def test_a_range_the_superseded_source_gives_is_outdated_whatever_its_words(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RANGE_TARGET_REVISED), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a relative clause whose pronoun stands for the party ("which it now expects", « l'objectif de Brennair, qui table
    # sur ») gives that party's expectation: the superseded target is outdated, the current one supported
    ("Brennair has trimmed its network, which it now expects to carry 84 million passengers in the year to June 2026.",
     "en", "outdated", "outdated"),
    ("Brennair has trimmed its network, which it now expects to carry 81 million passengers in the year to June 2026.",
     "en", "supported", "quantity"),
    ("Le trafic reste conforme à l'objectif de Brennair, qui table sur 84 millions de passagers sur l'exercice clos en "
     "juin 2026.", "fr", "outdated", "outdated"),
    ("Le trafic reste conforme à l'objectif de Brennair, qui table sur 81 millions de passagers sur l'exercice clos en "
     "juin 2026.", "fr", "supported", "quantity"),
])
def test_a_party_s_expectation_in_a_relative_clause_is_judged_as_its_guidance(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TARGET_AND_STAKE_REVISED), text, lang), want, rule)


MULTIPLE_OF_A_QUALITY = """
version: 1
sources:
  - id: rain
    title: Rainfall attribution study, Orvale
    published: 2025-03-01
    facts:
      - id: likely
        statement: Warming made the three-day rainfall over Orvale about twice as intense.
        as_of: 2024-10
"""


@pytest.mark.parametrize("text, lang, want", [
    # a multiple of an amount is not refuted by the source's multiple of an intensity; the same quality is
    ("The three-day rainfall over Orvale was five times its usual October amount.", "en", "unverified"),
    ("Warming made the three-day rainfall over Orvale five times as intense.", "en", "contradicted"),
])
def test_a_multiple_of_another_quality_does_not_refute(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, MULTIPLE_OF_A_QUALITY), text, lang), want)



SURPLUS = """
version: 1
entities:
  dalia: {names: [Dalia Games]}
sources:
  - id: games
    title: Accounts of the Dalia Games
    published: 2024-06-10
    facts:
      - id: surplus
        statement: The organising committee of the Dalia Games posted a surplus of about 48 million euros in 2023.
        quantity: {value: 48e6, unit: EUR}
        as_of: 2023
      - id: excedent
        statement: Le comité d'organisation des Dalia Games a dégagé un excédent d'environ 48 millions d'euros en 2023.
        quantity: {value: 48e6, unit: EUR}
        as_of: 2023
  - id: ceremonies
    title: Ceremonies of the Dalia Games
    published: 2024-12-01
    facts:
      - id: cost
        statement: The four ceremonies of the Dalia Games cost 131 million euros in 2024.
        quantity: {value: 131e6, unit: EUR}
        as_of: 2024
      - id: cout
        statement: Les quatre cérémonies des Dalia Games ont coûté 131 millions d'euros en 2024.
        quantity: {value: 131e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bound is met by many figures: only a fact of the measure its clause names confirms it, not the cost of
    # something else that happens to exceed it (the surplus is given for another year only)
    ("In 2024 the organising committee of the Dalia Games posted a surplus of more than 100 million euros.", "en",
     "unverified"),
    ("En 2024, le comité d'organisation des Dalia Games a dégagé un excédent de plus de 100 millions d'euros.", "fr",
     "unverified"),
    ("In 2024 the four ceremonies of the Dalia Games cost more than 100 million euros.", "en", "supported"),
    ("En 2024, les quatre cérémonies des Dalia Games ont coûté plus de 100 millions d'euros.", "fr", "supported"),
])
def test_a_bound_confirmed_only_by_its_own_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SURPLUS), text, lang), want)



EBITDA = """
version: 1
entities:
  corvane: {names: [Corvane, groupe Corvane, Corvane group]}
  nordland: {names: [Corvane Nordland]}
sources:
  - id: results
    title: Résultats annuels 2024 de Corvane
    publisher: corvane
    published: 2025-02-13
    facts:
      - id: ca
        statement: Le chiffre d'affaires 2024 de Corvane s'élève à 40,26 milliards d'euros, en hausse de 1,2 %.
        subject: corvane
        quantity: {value: 40.26e9, unit: EUR}
        as_of: 2024
      - id: ebitda
        statement: L'EBITDAaL du groupe Corvane atteint 12,109 milliards d'euros en 2024, en croissance de 2,7 % sur un an.
        subject: corvane
        quantity: {value: 12.109e9, unit: EUR}
        as_of: 2024
      - id: exploitation
        statement: Le résultat d'exploitation de Corvane s'élève à 5,116 milliards d'euros en 2024, en hausse de 14,8 %.
        subject: corvane
        quantity: {value: 5.116e9, unit: EUR}
        as_of: 2024
      - id: nordland
        statement: Le chiffre d'affaires de Corvane Nordland s'élève à 17,8 milliards d'euros en 2024, en hausse de 0,4 %.
        subject: nordland
        quantity: {value: 17.8e9, unit: EUR}
        as_of: 2024
      - id: objectif
        statement: Corvane vise en 2025 une croissance de l'EBITDAaL d'environ 3 %.
        subject: corvane
        quantity: {value: 3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # the measure noun the claim writes before its bound's own clause (« l'EBITDA … ») names what the bound
    # measures: another measure's figure that exceeds it does not confirm it
    ("En 2024, l'EBITDAaL du groupe Corvane a progressé de 2,7 % pour s'établir à plus de 13 milliards d'euros, et "
     "l'opérateur table sur une hausse d'environ 3 % en 2025.", "mixed|contradicted"),
    ("En 2024, l'EBITDAaL du groupe Corvane a progressé de 2,7 % pour s'établir à plus de 12 milliards d'euros, et "
     "l'opérateur table sur une hausse d'environ 3 % en 2025.", "supported"),
])
def test_a_bound_of_the_measure_named_before_its_clause(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, EBITDA), text, "fr")
    assert st.verdict in want.split("|"), [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, want", [
    # a party whose name opens with another declared party's (« Corvane Nordland ») is a unit of it: the group's
    # figure given to it is not confirmed (the control: the group's figure given to the group)
    ("En 2024, l'EBITDAaL de Corvane Nordland a progressé de 2,7 % pour s'établir à 12,109 milliards d'euros, et "
     "l'opérateur table sur une hausse d'environ 3 % en 2025.", "unverified"),
    ("En 2024, l'EBITDAaL du groupe Corvane a progressé de 2,7 % pour s'établir à 12,109 milliards d'euros, et "
     "l'opérateur table sur une hausse d'environ 3 % en 2025.", "supported"),
])
def test_a_figure_of_the_whole_given_to_a_unit_named_after_it(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, EBITDA), text, "fr"), want)


QUAKE = """
version: 1
entities:
  seismo: {names: [Westmark Seismic Office]}
sources:
  - id: quake
    title: The Dorn Valley earthquake of 3 March 2025
    published: 2025-03-04
    facts:
      - id: magnitude
        statement: The Dorn Valley earthquake of 3 March 2025 had a magnitude of 6.4, according to the Westmark Seismic Office.
        subject: seismo
        quantity: {value: 6.4, unit: magnitude}
        as_of: 2025-03-03
      - id: magnitude-fr
        statement: Le séisme de la vallée de Dorn du 3 mars 2025 avait une magnitude de 6,4, selon le Westmark Seismic Office.
        subject: seismo
        quantity: {value: 6.4, unit: magnitude}
        as_of: 2025-03-03
      - id: depth
        statement: The Dorn Valley earthquake of 3 March 2025 struck at a depth of 12 kilometres.
        quantity: {value: 12, unit: km}
        as_of: 2025-03-03
      - id: profondeur
        statement: Le séisme de la vallée de Dorn du 3 mars 2025 s'est produit à 12 kilomètres de profondeur.
        quantity: {value: 12, unit: km}
        as_of: 2025-03-03
"""


@pytest.mark.parametrize("text, lang, want", [
    # a small bare figure whose clause names before it the unit a fact declares and writes before its own figure
    # ("the magnitude … at 6.9", « une magnitude de 6,9 ») is read in that unit and compared
    ("The Westmark Seismic Office put the magnitude of the 3 March 2025 Dorn Valley earthquake at 6.9, at a depth "
     "of 12 km.", "en", "mixed|contradicted"),
    ("Le séisme de la vallée de Dorn du 3 mars 2025 avait une magnitude de 6,9, à 12 km de profondeur.", "fr",
     "mixed|contradicted"),
    ("The Westmark Seismic Office put the magnitude of the 3 March 2025 Dorn Valley earthquake at 6.4, at a depth "
     "of 12 km.", "en", "supported"),
    ("Le séisme de la vallée de Dorn du 3 mars 2025 avait une magnitude de 6,4, à 12 km de profondeur.", "fr",
     "supported"),
])
def test_a_small_bare_figure_in_the_unit_its_clause_names(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, QUAKE), text, lang)
    assert st.verdict in want.split("|"), [(c.verdict, c.rules, c.explanation) for c in st.claims]



PLEDGES = """
version: 1
sources:
  - id: varnel
    title: The Varnel plan for rural clinics
    published: 2025-04-02
    facts:
      - id: nurses-en
        statement: The Varnel plan aims to add 4,000 more nurses to rural clinics by 2028.
        quantity: {value: 4000, unit: nurses}
        as_of: 2028
      - id: nurses-fr
        statement: Le plan Varnel vise à recruter 4 000 infirmiers de plus dans les cliniques rurales d'ici à 2028.
        quantity: {value: 4000, unit: infirmiers}
        as_of: 2028
"""


@pytest.mark.parametrize("text, lang, want", [
    # a pledge ("has pledged to", « a promis de ») is what someone aims at: it meets the target the source gives
    ("The government has pledged to add 4,000 more nurses to rural clinics by 2028.", "en", "supported"),
    ("Le gouvernement a promis de recruter 4 000 infirmiers de plus dans les cliniques rurales d'ici à 2028.", "fr",
     "supported"),
    # control: the measured figure is no target ("added 4,000 nurses" in 2028 is not what the plan aims at)
    ("The government added 4,000 more nurses to rural clinics in 2028.", "en", "unverified"),
])
def test_a_pledge_is_an_expectation(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PLEDGES), text, lang), want)


PLEDGES_AND_OUTLOOKS = """
version: 1
entities:
  dalmont: {names: [famille Dalmont, Dalmont family]}
  orvane: {names: [Orvane]}
  kestel: {names: [Kestel]}
sources:
  - id: pledges
    title: Les promesses de dons pour le musée de Varnel
    published: 2021-05-02
    facts:
      - id: dalmont-fr
        statement: La famille Dalmont a promis de verser 80 millions d'euros pour le musée de Varnel.
        subject: dalmont
        quantity: {value: 80e6, unit: EUR}
      - id: dalmont-en
        statement: The Dalmont family promised to give 35 million pounds to the Varnel hospital.
        subject: dalmont
        quantity: {value: 35e6, unit: GBP}
  - id: outlook
    title: Orvane, chiffre d'affaires du troisième trimestre 2024
    published: 2024-10-23
    facts:
      - id: outlook-fr
        statement: Le résultat opérationnel d'Orvane pour l'exercice 2024 pourrait être de l'ordre de 1,8 milliard d'euros.
        subject: orvane
        quantity: {value: 1.8e9, unit: EUR, bound: about}
        as_of: 2024
      - id: outlook-en
        statement: Kestel's operating profit for the 2024 financial year could be around 640 million dollars.
        subject: kestel
        quantity: {value: 640e6, unit: USD, bound: about}
        as_of: 2024
  - id: consensus
    title: Orvane, le consensus des analystes
    published: 2025-02-10
    facts:
      - id: consensus-fr
        statement: Les analystes ciblaient un bénéfice net de 930 millions d'euros pour Orvane en 2024.
        subject: orvane
        quantity: {value: 930e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a pledge told in the pluperfect (« s'était engagée à », "had pledged") is a pledge too: it meets the pledge
    # the source gives, and another amount is refuted by it
    ("La famille Dalmont s'était engagée à hauteur de 80 millions d'euros pour le musée de Varnel.", "fr", "supported"),
    ("La famille Dalmont s'était engagée à hauteur de 60 millions d'euros pour le musée de Varnel.", "fr", "contradicted"),
    ("The Dalmont family had pledged 35 million pounds to the Varnel hospital.", "en", "supported"),
    ("The Dalmont family had pledged 25 million pounds to the Varnel hospital.", "en", "contradicted"),
    # a result in the conditional (« pourrait être de l'ordre de », "could be around") is a forecast: it meets
    # the forecast the article tells, never the measured figure (control: unverified)
    ("En octobre, Orvane avait abaissé sa prévision de résultat opérationnel annuel à environ 1,8 milliard d'euros.",
     "fr", "supported"),
    ("En 2024, le résultat opérationnel d'Orvane a atteint 1,8 milliard d'euros.", "fr", "unverified"),
    ("In October, Kestel cut its forecast of operating profit for the year to about 640 million dollars.", "en",
     "supported"),
    ("Kestel's operating profit reached 640 million dollars in 2024.", "en", "unverified"),
    # what analysts targeted (« ciblaient ») is what they expected, not the result (control: their expectation met)
    ("En 2024, le bénéfice net d'Orvane a atteint 930 millions d'euros.", "fr", "unverified"),
    ("Sur l'exercice 2024, les analystes en attendaient environ 930 millions d'euros.", "fr", "supported"),
])
def test_a_pledge_or_forecast_in_another_tense_is_an_expectation(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PLEDGES_AND_OUTLOOKS), text, lang), want)


AIMS_BY_VERB = """
version: 1
entities:
  talvoro: {names: [Talvoro]}
sources:
  - id: talvoro-results
    title: Talvoro annual results
    published: 2025-03-04
    facts:
      - id: margin-2024
        statement: Talvoro's operating margin was 15.2% in 2024.
        subject: talvoro
        quantity: {value: 15.2, unit: percent}
        as_of: 2024
      - id: margin-goal
        statement: For 2025 Talvoro aims for an operating margin of about 17%.
        subject: talvoro
        quantity: {value: 17, unit: percent, bound: about}
        as_of: 2025
"""


def test_a_verb_of_aim_before_its_object_is_an_expectation(tmp_path_factory):
    # "targets an operating margin of …" gives what the party aims at: met by its aim, not refuted by the margin it made
    assert_rule(last_statement(checker_for(tmp_path_factory, AIMS_BY_VERB),
                               "Talvoro's operating margin was 15.2% in 2024. For 2025, Talvoro expects sales to grow. "
                               "Beyond that, the group targets a 17% operating margin."), "supported", "quantity")


EVERY_FIGURE = """
version: 1
sources:
  - id: permits-backlog
    title: Fishing permits 2024
    published: 2025-02-20
    facts:
      - id: backlog
        statement: The number of fishing permit cases awaiting an initial decision fell by 5% in 2024.
        quantity: {value: -5, unit: percent}
        as_of: 2024
  - id: permits-rate
    title: Fishing permit outcomes 2024
    published: 2025-02-21
    facts:
      - id: rate
        statement: The fishing permit grant rate was 41% in 2024, compared with 58% in 2023.
        quantity: {value: 41, unit: percent}
        as_of: 2024
  - id: kayak-federation
    title: Bilan 2024 des locations de kayaks
    published: 2025-02-20
    facts:
      - id: vs-2019-2023
        statement: Les locations de kayaks de 2024 sont 31 % plus nombreuses qu'en 2019 et 9 % plus nombreuses qu'en 2023.
        quantity: {value: 31, unit: percent}
        as_of: 2024
  - id: kayak-office
    title: Locations de kayaks à fin décembre 2024
    published: 2025-01-20
    facts:
      - id: yoy
        statement: Les locations de kayaks cumulées sur douze mois à fin décembre 2024 sont en hausse de 8,7 % par rapport à fin décembre 2023.
        quantity: {value: 8.7, unit: percent}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact whose declared figure is the claim's and whose sentence writes every other figure of the claim is the
    # one the claim quotes: the closest fact's other figure does not refute it
    ("The proportion of initial decisions granting approval fell to 41%, from 58% in 2023.", "en", "supported"),
    ("La fédération chiffre la hausse à 31 % par rapport à 2019 et à 9 % par rapport à 2023.", "fr", "supported"),
    # controls: one figure the fact does not write leaves the refutation standing
    ("The proportion of initial decisions granting approval fell to 41%, from 61% in 2023.", "en", "contradicted"),
    ("La fédération chiffre la hausse à 35 % par rapport à 2019 et à 9 % par rapport à 2023.", "fr", "mixed"),
])
def test_a_fact_that_writes_every_figure_of_the_claim(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, EVERY_FIGURE), text, lang), want)



TWO_MEASURES_ONE_SENTENCE = """
version: 1
sources:
  - id: fair
    title: Dunmere fair accounts 2024
    published: 2025-03-01
    facts:
      - id: budget
        statement: The Dunmere fair closed 2024 with £61.5 million of receipts and £58.2 million of spending.
        quantity: {value: 61.5e6, unit: GBP}
        as_of: 2024
  - id: foire
    title: Comptes de la foire de Valmerie 2024
    published: 2025-03-01
    facts:
      - id: budget
        statement: La foire de Valmerie a clos 2024 avec 38,4 millions d'euros de recettes et 36,9 millions d'euros de dépenses.
        quantity: {value: 38.4e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact giving the figure names the article's measure noun only at another figure of its sentence, that
    # disagrees: the figure is given to the wrong measure (control: the figure's own measure)
    ("The Dunmere fair's spending reached £61.5 million in 2024.", "en", "contradicted", "quantity-measure"),
    ("The Dunmere fair's receipts reached £61.5 million in 2024.", "en", "supported", "quantity"),
    ("En 2024, les dépenses de la foire de Valmerie ont atteint 38,4 millions d'euros.", "fr", "contradicted",
     "quantity-measure"),
    ("En 2024, les recettes de la foire de Valmerie ont atteint 38,4 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_measure_noun_the_agreeing_fact_gives_another_figure_of_its_sentence(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, TWO_MEASURES_ONE_SENTENCE), text, lang)
    assert_rule(st, want, rule)


SUBJECT_MEASURES = """
version: 1
sources:
  - id: kestrel
    title: Kestrel annual results 2024
    published: 2025-02-20
    facts:
      - id: revenue
        statement: Kestrel's revenue came to £40.2 billion in 2024.
        quantity: {value: 40.2e9, unit: GBP}
        as_of: 2024
      - id: profit
        statement: Kestrel's profit reached £12.1 billion in 2024, up 2.7% on the year.
        quantity: {value: 12.1e9, unit: GBP}
        as_of: 2024
  - id: ostrevie
    title: Résultats annuels d'Ostrevie 2024
    published: 2025-02-20
    facts:
      - id: ca
        statement: Le chiffre d'affaires d'Ostrevie s'élève à 31,4 milliards d'euros en 2024.
        quantity: {value: 31.4e9, unit: EUR}
        as_of: 2024
      - id: benefice
        statement: Le bénéfice d'Ostrevie atteint 8,3 milliards d'euros en 2024, en hausse de 1,9 % sur un an.
        quantity: {value: 8.3e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a level after a change whose own words name no measure ("… rose 2.7% to £12.1 billion") measures the
    # subject of the sentence: the figure of another measure is no confirmation (control: the right subject)
    ("In 2024 Kestrel's revenue grew by 2.7%, to £12.1 billion.", "en", "mixed", "quantity-measure"),
    ("In 2024 Kestrel's profit grew by 2.7%, to £12.1 billion.", "en", "supported", "quantity"),
    ("En 2024, le chiffre d'affaires d'Ostrevie a progressé de 1,9 % pour s'établir à 8,3 milliards d'euros.", "fr",
     "contradicted", "quantity-measure"),
    ("En 2024, le bénéfice d'Ostrevie a progressé de 1,9 % pour s'établir à 8,3 milliards d'euros.", "fr",
     "supported", "quantity"),
])
def test_a_level_after_a_change_measures_the_subject_of_the_sentence(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SUBJECT_MEASURES), text, lang)
    assert_rule(st, want, rule)


REVISED_COUNTS = """
version: 1
sources:
  - id: obs-first
    title: Premier bilan du marché valdorien
    published: 2024-04-10
    superseded_by: obs-revised
    facts:
      - id: vtc
        statement: En 2023, 41 250 VTC ont été vendus en Valdorie, en baisse de 4 %.
        quantity: {value: 41250, unit: VTC, bound: exact}
        as_of: 2023
      - id: xrt
        statement: In 2023, 27,430 XRT were sold in Harland.
        quantity: {value: 27430, unit: XRT, bound: exact}
        as_of: 2023
      - id: pass-rate
        statement: Le taux de réussite au diplôme valdorien 2024 après les rattrapages est de 88,4 %.
        quantity: {value: 88.4, unit: percent}
        as_of: 2024
  - id: obs-revised
    title: Bilan révisé du marché valdorien
    published: 2025-04-22
    facts:
      - id: vtc
        statement: Selon la série révisée, 41 380 VTC ont été vendus en Valdorie en 2023.
        quantity: {value: 41380, unit: VTC, bound: exact}
        as_of: 2023
      - id: xrt
        statement: According to the revised series, 27,510 XRT were sold in Harland in 2023.
        quantity: {value: 27510, unit: XRT, bound: exact}
        as_of: 2023
      - id: bikes
        statement: En 2023, 512 000 vélos ont été vendus en Valdorie.
        quantity: {value: 512000, unit: vélos, bound: exact}
        as_of: 2023
      - id: pass-rate
        statement: Selon les résultats définitifs publiés en mars 2025, le taux de réussite au diplôme valdorien 2024 était de 88,1 %.
        quantity: {value: 88.1, unit: percent}
        as_of: 2024
      - id: brevet
        statement: En 2024, 56 100 collégiens avaient été admis au certificat, soit un taux de réussite de 86,2 %.
        quantity: {value: 86.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure's noun in capitals the reader takes for no noun, read as the unit the list declares ("41 250 VTC")
    ("En 2023, le marché avait reculé, avec 41 250 VTC vendus en Valdorie.", "fr", "outdated", "outdated"),
    ("En 2023, le marché avait reculé, avec 41 380 VTC vendus en Valdorie.", "fr", "supported", "quantity"),
    ("In 2023 the market fell, with 27,430 XRT sold in Harland.", "en", "outdated", "outdated"),
    ("In 2023 the market fell, with 27,510 XRT sold in Harland.", "en", "supported", "quantity"),
    # the superseded fact is itself of the figure's measure and period, and a newer source gives it otherwise
    ("L'an dernier, 88,4 % des candidats avaient décroché le titre.", "fr", "outdated", "outdated"),
])
def test_a_superseded_figure_is_outdated_only_against_its_own_revision(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REVISED_COUNTS), text, lang), want, rule)


NARROWER = """
version: 1
sources:
  - id: port-may
    title: Port of Calvane, May 2025 traffic
    published: 2025-06-12
    superseded_by: port-june
    facts:
      - id: sailings
        statement: Privately-owned housing starts in Valdoria in May 2025 were at a seasonally adjusted annual rate of 1,482,000, 6.1 percent above the revised April estimate.
        quantity: {value: 1482000, unit: housing units, bound: exact}
        as_of: 2025-05
  - id: port-june
    title: Port of Calvane, June 2025 traffic
    published: 2025-07-10
    facts:
      - id: may-revised
        statement: The May 2025 Valdoria housing starts estimate was revised to a seasonally adjusted annual rate of 1,471,000.
        quantity: {value: 1471000, unit: housing units, bound: exact}
        as_of: 2025-05
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a superseded fact met only as the measure named more precisely ("units" of housing starts): outdated too
    ("The fall followed a May jump in Valdoria that had lifted starts to 1.482 million units.", "en", "outdated", "outdated"),
    ("Le recul suit un bond en mai en Valdoria, qui avait porté les mises en chantier à 1,482 million d'unités.", "fr", "outdated", "outdated"),
])
def test_a_superseded_figure_of_a_measure_named_more_precisely_is_outdated(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, NARROWER), text, lang), want, rule)


OTHER_YEAR_NEWER = """
version: 1
sources:
  - id: outlook
    title: Valdorian coal outlook, December 2024
    published: 2024-12-18
    superseded_by: midyear
    facts:
      - id: demand-growth
        statement: The agency estimated in December 2024 that Valdorian coal demand would grow by 1% in 2024 to an all-time high of 3.12 billion tonnes.
        quantity: {value: 1, unit: percent}
        as_of: 2024
  - id: review
    title: Valdorian energy review 2025
    published: 2025-03-20
    facts:
      - id: coal-power
        statement: The power sector still drives coal demand; Valdorian coal-fired generation grew by nearly 1% in 2024 to a new high of 4 310 TWh.
        quantity: {value: 4310, unit: TWh}
        as_of: 2024
  - id: midyear
    title: Valdorian coal mid-year update, July 2025
    published: 2025-07-15
    facts:
      - id: h1-harland
        statement: Coal use in Harland rose by around 12% in the first half of 2025, driven by higher electricity demand.
        quantity: {value: 12, unit: percent}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a superseded source's figure that the newer source does not give again is not outdated by the newer source's
    # figure of another year ("12 %" in the first half of 2025): the current fact that writes it beside its level
    # confirms it (control: the same in French)
    ("Electricity stayed the main driver, with Valdorian coal-fired output rising by nearly 1% to 4,310 terawatt-hours.",
     "en", "supported", "quantity-alongside"),
    ("L'électricité est restée le moteur principal, la production valdorienne au charbon progressant de près de 1 % à "
     "4 310 TWh.", "fr", "supported", "quantity-alongside"),
])
def test_a_superseded_figure_is_not_outdated_by_another_years_figure(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, OTHER_YEAR_NEWER), text, lang), want, rule)


OTHER_PARTY_NEWER = """
version: 1
entities:
  veloria: {names: [Veloria]}
  ostrand: {names: [Ostrand]}
sources:
  - id: steel-2027
    title: Steel outlook 2027
    published: 2027-12-10
    superseded_by: steel-midyear
    facts:
      - id: veloria-demand
        statement: Steel demand in Veloria was expected to rise by 2% in 2027 to a record 312 million tonnes.
        subject: veloria
        quantity: {value: 3.12e8, unit: t}
        as_of: 2027
  - id: steel-midyear
    title: Steel mid-year update, July 2028
    published: 2028-07-14
    facts:
      - id: world-demand
        statement: World steel demand reached a record of about 1,850 million tonnes in 2027, as higher use in Veloria, Ostrand and other emerging economies offset declines elsewhere.
        quantity: {value: 1.85e9, unit: t}
        as_of: 2027
  - id: acier-2027
    title: Perspectives de l'acier 2027
    published: 2027-12-10
    superseded_by: acier-point
    facts:
      - id: demande-veloria
        statement: La demande d'acier de la Veloria devait progresser de 2 % en 2027, à un record de 312 millions de tonnes.
        subject: veloria
        quantity: {value: 3.12e8, unit: t}
        as_of: 2027
  - id: acier-point
    title: Point de mi-année sur l'acier, juillet 2028
    published: 2028-07-14
    facts:
      - id: demande-mondiale
        statement: La demande mondiale d'acier a atteint un record d'environ 1 850 millions de tonnes en 2027, la hausse en Veloria, en Ostrand et dans d'autres pays émergents compensant les baisses ailleurs.
        quantity: {value: 1.85e9, unit: t}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang", [
    # the one party's figure of a replaced source is not outdated by the newer source's figure of the whole world it
    # names that party in: that measure was not given again, the figure stays unchecked
    ("Veloria alone used about 312 million tonnes of steel in 2027.", "en"),
    ("La Veloria a consommé à elle seule environ 312 millions de tonnes d'acier en 2027.", "fr"),
])
def test_a_superseded_figure_is_not_outdated_by_another_partys_figure(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OTHER_PARTY_NEWER), text, lang), "unverified")



RECALLS = """
version: 1
sources:
  - id: custody
    title: Dunholt custody statistics, April to June 2025
    published: 2025-07-31
    facts:
      - id: recalls
        statement: There were 4,312 licence recalls to prison in Dunholt between April and June 2025, a 9% increase on the same quarter of 2024.
        quantity: {value: 4312, unit: recalls}
        as_of: 2025-06
      - id: probation
        statement: 186,540 offenders were under probation supervision in Dunholt on 30 June 2025, 2% more than a year before.
        quantity: {value: 186540, unit: offenders}
        as_of: 2025-06-30
  - id: custody-fr
    title: Statistiques pénitentiaires de la Dunholie, avril à juin 2025
    published: 2025-07-31
    facts:
      - id: revocations
        statement: La Dunholie a compté 3 874 révocations de libération conditionnelle entre avril et juin 2025, en hausse de 9 % sur un an.
        quantity: {value: 3874, unit: révocations}
        as_of: 2025-06
      - id: probation-fr
        statement: 152 300 condamnés étaient suivis en milieu ouvert en Dunholie au 30 juin 2025.
        quantity: {value: 152300, unit: condamnés}
        as_of: 2025-06-30
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the closest fact of its noun gives otherwise (offenders under supervision) while another fact of its
    # period gives it exactly in another noun (recalls) and names the words of what it measures (prison, licence):
    # the article may mean that fact; not refuted, left unchecked
    ("Some 4,312 offenders were sent back to prison in Dunholt for breaching their licence between April and June 2025.",
     "en", "unverified", "quantity-measure"),
    ("Quelque 3 874 condamnés ont vu leur libération conditionnelle révoquée en Dunholie entre avril et juin 2025.",
     "fr", "unverified", "quantity-measure"),
    # (the control: the fact's own words; a figure no fact gives stays wrong)
    ("There were 4,312 licence recalls to prison in Dunholt between April and June 2025.", "en", "supported", "quantity"),
    ("Some 186,540 offenders were under probation supervision in Dunholt on 30 June 2025.", "en", "supported",
     "quantity"),
    ("Some 175,000 offenders were under probation supervision in Dunholt on 30 June 2025.", "en", "contradicted",
     "quantity"),
])
def test_a_figure_another_fact_gives_exactly_is_not_refuted_by_the_closest(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RECALLS), text, lang)
    assert_rule(st, want, rule)


STATED_COMPARISON = """
version: 1
entities:
  orvane: {names: [Orvane]}
sources:
  - id: board
    title: Orvane grain board yearly review
    published: 2026-01-20
    facts:
      - id: exports
        statement: Orvane exported 612 tonnes of barley in 2025, exceeding its wheat exports for the first time.
        subject: orvane
        quantity: {value: 612, unit: t}
        as_of: 2025
      - id: exports-fr
        statement: L'Orvane a exporté 612 tonnes d'orge en 2025, dépassant ses exportations de blé pour la première fois.
        subject: orvane
        quantity: {value: 612, unit: t}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the fact confirming the figure makes the comparison itself, with the same other side: confirmed
    ("Orvane exported 612 tonnes of barley in 2025, more than its wheat exports for the first time.", "en", "supported"),
    ("L'Orvane a exporté 612 tonnes d'orge en 2025, plus que ses exportations de blé pour la première fois.", "fr", "supported"),
    # the other way round: the comparison is wrong
    ("Orvane exported 612 tonnes of barley in 2025, less than its wheat exports.", "en", "contradicted"),
])
def test_a_comparison_the_confirming_fact_states_itself(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, STATED_COMPARISON), text, lang), want)


PERIOD_COMPARISON = """
version: 1
entities:
  dunmark: {names: [Dunmark]}
sources:
  - id: rust
    title: Rust situation report
    published: 2025-06-20
    facts:
      - id: dunmark-2025
        statement: So far in 2025 Dunmark had logged more than 3,400 rust infections and 86 deaths, already exceeding its infection total for 2024.
        subject: dunmark
        as_of: 2025-06
      - id: dunmark-2025-fr
        statement: Depuis le début de 2025, le Dunmark a recensé plus de 3 400 infections de rouille et 86 décès, dépassant déjà son total de 2024.
        subject: dunmark
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure said short of (« en deçà de ») another period's count its fact's sentence says it already exceeds
    ("By June 2025, Dunmark had logged more than 3,400 rust infections and 86 deaths that year, still short of its 2024 "
     "infection count.", "en", "mixed"),
    ("Depuis le début de 2025, le Dunmark a recensé plus de 3 400 infections de rouille et 86 décès, encore en deçà de "
     "son total de 2024.", "fr", "mixed"),
    ("By June 2025, Dunmark had logged more than 3,400 rust infections and 86 deaths that year, already surpassing its "
     "2024 infection count.", "en", "supported"),
    ("Depuis le début de 2025, le Dunmark a recensé plus de 3 400 infections de rouille et 86 décès, surpassant déjà "
     "son total de 2024.", "fr", "supported"),
])
def test_a_figure_compared_with_another_period_as_its_fact_s_sentence_does(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PERIOD_COMPARISON), text, lang)
    assert_rule(st, want, "comparison")


DIFFERENCE_ALONGSIDE = """
version: 1
entities:
  velcor: {names: [Velcor]}
sources:
  - id: velcor-2024
    title: Velcor résultats annuels 2024
    published: 2025-03-04
    facts:
      - id: net
        statement: Le résultat net de Velcor s'établit à 2 130 millions d'euros en 2024, en hausse de 615 millions d'euros.
        subject: velcor
        quantity: {value: 2.13e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a difference its comparative opens (« inférieur de N à ») stated alongside the level, the other way: wrong direction
    ("Velcor a dégagé en 2024 un résultat net de 2 130 millions d'euros, inférieur de 615 millions d'euros à celui de "
     "l'année précédente.", "fr", "mixed"),
    ("Velcor a dégagé en 2024 un résultat net de 2 130 millions d'euros, supérieur de 615 millions d'euros à celui de "
     "l'année précédente.", "fr", "supported"),
    ("In 2024 Velcor posted a net profit of 2,130 million euros, 615 million euros more than the year before.", "en",
     "supported"),
])
def test_a_difference_its_comparative_opens_goes_the_fact_s_way(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, DIFFERENCE_ALONGSIDE), text, lang)
    assert_rule(st, want, "direction") if want == "mixed" else assert_verdict(st, want)


HEDGED_BESIDE_A_RANGE = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: results
    title: Corvane annual results
    published: 2025-03-01
    facts:
      - id: deliveries-2024
        statement: In 2024 Corvane's deliveries rose 6.4 percent.
        subject: corvane
        quantity: {value: 6.4, unit: percent}
        as_of: 2024
      - id: margin-2025
        statement: For 2025 Corvane expects a margin of between 5.5 and 6.5 percent.
        subject: corvane
        quantity: {min: 5.5, max: 6.5, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a hedged figure near the fact's is not another year's figure because another year's range holds it
    ("In 2024 Corvane's deliveries grew by roughly 6 per cent.", "en", "supported"),
    ("En 2024, les livraisons de Corvane ont progressé d'environ 6 %.", "fr", "supported"),
    # control: a hedged figure far from the fact's stays refuted
    ("In 2024 Corvane's deliveries grew by roughly 9 per cent.", "en", "contradicted"),
])
def test_a_hedged_figure_is_not_another_years_range(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, HEDGED_BESIDE_A_RANGE), text, lang), want)



FLOWS = """
version: 1
entities:
  brennor: {names: [Brennor, Brennor funds, fonds Brennor]}
sources:
  - id: brennor-q4
    title: Brennor funds, fourth quarter 2024
    published: 2025-02-05
    facts:
      - id: added
        statement: Brennor funds added 23 tonnes of silver in the fourth quarter of 2024.
        subject: brennor
        quantity: {value: 23, unit: t}
        as_of: 2024-Q4
      - id: perdu
        statement: Les fonds Brennor ont perdu 31 tonnes de cuivre au troisième trimestre 2024.
        subject: brennor
        quantity: {value: 31, unit: t}
        as_of: 2024-Q3
"""


@pytest.mark.parametrize("text, lang, want", [
    # a count a verb of gaining or adding takes as its object is a rise, as one a verb of losing takes is a fall:
    # the two ways of a flow are compared like "rose" and "fell"
    ("Brennor funds shed 23 tonnes of silver in the fourth quarter of 2024.", "en", "contradicted"),
    ("Brennor funds added 23 tonnes of silver in the fourth quarter of 2024.", "en", "supported"),
    ("Les fonds Brennor ont ajouté 31 tonnes de cuivre au troisième trimestre 2024.", "fr", "contradicted"),
    ("Les fonds Brennor ont gagné 31 tonnes de cuivre au troisième trimestre 2024.", "fr", "contradicted"),
    ("Les fonds Brennor ont perdu 31 tonnes de cuivre au troisième trimestre 2024.", "fr", "supported"),
    # the size of an outflow is a fall, of an inflow a rise (« des sorties de », "inflows of")
    ("Brennor funds recorded outflows of 23 tonnes of silver in the fourth quarter of 2024.", "en", "contradicted"),
    ("Brennor funds saw inflows of 23 tonnes of silver in the fourth quarter of 2024.", "en", "supported"),
    ("Les fonds Brennor ont enregistré des entrées de 31 tonnes de cuivre au troisième trimestre 2024.", "fr",
     "contradicted"),
    ("Les fonds Brennor ont enregistré des sorties de 31 tonnes de cuivre au troisième trimestre 2024.", "fr",
     "supported"),
])
def test_a_count_gained_against_one_lost(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FLOWS), text, lang)
    assert_rule(st, want, "direction") if want == "contradicted" else assert_verdict(st, want)


FLOW_DESPITE = """
version: 1
entities:
  brennor: {names: [Brennor, Brennor funds, fonds Brennor]}
sources:
  - id: brennor-2024
    title: Brennor funds, 2024
    published: 2025-02-05
    facts:
      - id: despite
        statement: Brennor funds' holdings rose to 900 tonnes of silver in 2024 despite outflows of 23 tonnes.
        subject: brennor
        quantity: {value: 23, unit: t}
        as_of: 2024
      - id: malgre
        statement: Les avoirs des fonds Brennor ont augmenté à 700 tonnes de cuivre en 2024 malgré des sorties de 41 tonnes.
        subject: brennor
        quantity: {value: 41, unit: t}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the way of the source's figure is the one its own words say (an outflow's size), not the first way its clause
    # names for another figure ("rose to 900 tonnes … despite outflows of 23 tonnes")
    ("Brennor funds shed 23 tonnes of silver in 2024.", "en", "supported"),
    ("Brennor funds saw outflows of 23 tonnes of silver in 2024.", "en", "supported"),
    ("Brennor funds added 23 tonnes of silver in 2024.", "en", "contradicted"),
    ("Les fonds Brennor ont perdu 41 tonnes de cuivre en 2024.", "fr", "supported"),
    ("Les fonds Brennor ont gagné 41 tonnes de cuivre en 2024.", "fr", "contradicted"),
])
def test_a_flow_against_its_own_words_in_the_source(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FLOW_DESPITE), text, lang)
    assert_rule(st, want, "direction") if want == "contradicted" else assert_verdict(st, want)



RACES = """
version: 1
entities:
  marlow: {names: [Ines Marlow, Marlow]}
  holt: {names: [Dana Holt, Holt]}
  park: {names: [Lee Park, Park]}
  corvel: {names: [Paul Corvel, Corvel]}
  brask: {names: [Jon Brask, Brask]}
sources:
  - id: transvalia
    title: Bilan de la Transvalia 2025
    published: 2025-03-02
    facts:
      - id: marlow-time
        statement: Ines Marlow a remporté la Transvalia en 41 jours 7 heures 52 minutes, battant l'ancien record de 3 jours et 4 heures.
        subject: marlow
        quantity: {value: 41.33, unit: day, bound: about}
        as_of: 2025
      - id: corvel-gap
        statement: Paul Corvel, deuxième, a terminé 5 heures et 12 minutes derrière Ines Marlow.
        subject: corvel
        quantity: {value: 5.2, unit: h, bound: about}
        as_of: 2025
      - id: brandt-time
        statement: Lia Brandt a pris la troisième place en 52 jours 9 heures 25 minutes.
        quantity: {value: 52.39, unit: day, bound: about}
      - id: old-record
        statement: L'ancien record de la Transvalia, 44 jours 11 heures 20 minutes, était détenu par Jon Brask depuis 2019.
        subject: brask
        quantity: {value: 44.47, unit: day, bound: about}
        as_of: 2019
      - id: marlow-2021
        statement: Ines Marlow avait bouclé l'édition 2021 en 46 jours 2 heures 40 minutes.
        subject: marlow
        quantity: {value: 46.11, unit: day, bound: about}
        as_of: 2021
  - id: riverton
    title: Riverton marathon results
    published: 2025-04-14
    facts:
      - id: holt-time
        statement: Dana Holt won the Riverton marathon in 2 hours 7 minutes and 41 seconds.
        subject: holt
        quantity: {value: 2.128, unit: h, bound: about}
        as_of: 2025
      - id: park-gap
        statement: Lee Park was second, 1 minute 4 seconds behind Dana Holt.
        subject: park
        quantity: {value: 64, unit: s, bound: exact}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a duration in several units is one figure, compared whole at the precision it is written with: its parts are
    # not other figures of the source's sentence, nor its hours a figure of their own
    ("Ines Marlow a remporté la Transvalia en 41 jours et 8 heures.", "fr", "supported"),
    ("Ines Marlow a remporté la Transvalia en 41 jours, 7 heures et 52 minutes.", "fr", "supported"),
    ("Dana Holt won the Riverton marathon in 2 hours, 7 minutes and 41 seconds.", "en", "supported"),
    ("Dana Holt won the Riverton marathon in about 2 hours and 8 minutes.", "en", "supported"),
    # (the control: a duration wrong in its smaller unit is wrong)
    ("Ines Marlow a remporté la Transvalia en 41 jours et 2 heures.", "fr", "contradicted"),
    ("Dana Holt won the Riverton marathon in 2 hours and 17 minutes.", "en", "contradicted"),
])
def test_a_duration_in_several_units_is_one_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RACES), text, lang)
    assert_rule(st, want, "quantity")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a gap written in several units, "behind" or « derrière » the winner, is a difference the source gives as one
    ("Lee Park finished second, 2 minutes 4 seconds down.", "en", "contradicted", "quantity"),
    ("Lee Park finished second, 1 minute 4 seconds down.", "en", "supported", "quantity"),
    # a duration in several units a fact of a party the claim does not name gives (the old record's holder), while
    # the claim's own fact is another party's: that party's time, not another period's figure (here written beside the
    # fact's declared figure: left unchecked, not refuted)
    ("L'ancien record, environ 44 jours et 11 heures, est tombé.", "fr", "unverified", "quantity"),
    # (the control: the claim's own party's time of another edition stays another period's)
    ("Ines Marlow a remporté la Transvalia en 46 jours et 3 heures.", "fr", "contradicted", "period"),
])
def test_a_duration_in_several_units_is_one_partys_time(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RACES), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # a gloss in brackets after a party's name (its team, its boat) describes it: the fact need not write its names
    ("Lia Brandt (Team Nordik) complète le podium en 52 jours et 9 heures.", "fr", "supported"),
    ("Dana Holt (Northfield Harriers) won the Riverton marathon in 2 hours 7 minutes and 41 seconds.", "en", "supported"),
    # (the control: a wrong time stays wrong)
    ("Lia Brandt (Team Nordik) complète le podium en 54 jours et 9 heures.", "fr", "contradicted"),
])
def test_a_gloss_in_brackets_after_a_name_is_no_scope_of_the_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, RACES), text, lang)
    assert_rule(st, want, "quantity")



OWN_BOUNDS = """
version: 1
entities:
  korvan:
    names: [Korvan]
  dalia:
    names: [Dalia, Dalie]
sources:
  - id: korvan-fy
    title: Korvan annual results 2025
    published: 2026-02-12
    facts:
      - id: outlook
        statement: For 2026, Korvan expects revenue to grow by about 8 %.
        subject: korvan
        quantity: {value: 8, unit: percent}
        as_of: 2026
      - id: outlook-fr
        statement: Pour 2026, Korvan prévoit une hausse de son chiffre d'affaires d'environ 8 %.
        subject: korvan
        quantity: {value: 8, unit: percent}
        as_of: 2026
      - id: stores
        statement: Korvan opened more than 40 stores in 2025.
        subject: korvan
        quantity: {value: 40, unit: stores, bound: exact}
        as_of: 2025
      - id: margin
        statement: Korvan's operating margin was 12.4 % in 2025.
        subject: korvan
        quantity: {value: 12.4, unit: percent}
        as_of: 2025
  - id: registrations
    title: Dalian car market 2025
    published: 2026-01-02
    facts:
      - id: total
        statement: 1,246,310 new cars were registered in Dalia in 2025.
        quantity: {value: 1246310, unit: cars, bound: exact}
        as_of: 2025
      - id: used-december
        statement: In December 2025, sales of used cars in Dalia fell 2.1 %, to 312,480 units.
        quantity: {value: 312480, unit: cars, bound: exact}
        as_of: 2025-12
  - id: measles
    title: Bulletin rougeole, juin 2025
    published: 2025-06-30
    facts:
      - id: deaths
        statement: Entre janvier et juin 2025, 9 enfants de moins de 12 ans sont morts de la rougeole en Dalie.
        terms: [rougeole, morts, enfants]
        quantity: {value: 9, unit: enfants}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an exclusive bound at the source's hedged figure: "more than 8 %" is not "about 8 %"
    ("For 2026, Korvan now expects revenue to grow by more than 8 %.", "en", "contradicted", "quantity-bound"),
    ("Pour 2026, Korvan prévoit désormais une hausse de son chiffre d'affaires de plus de 8 %.", "fr", "contradicted",
     "quantity-bound"),
    # (the control: the source's own hedged figure; a bound the figure passes)
    ("For 2026, Korvan expects revenue to grow by about 8 %.", "en", "supported", "quantity"),
    ("Korvan's operating margin was more than 12 % in 2025.", "en", "supported", "quantity"),
    # (a bound the fact's own sentence writes, whatever the list declares, is not failed by the same bound)
    ("Korvan opened more than 40 stores in 2025.", "en", "supported", "quantity"),
    # an upper bound that any small figure meets: judged against the figure of its own measure and year
    ("New car registrations in Dalia fell in 2025, to fewer than 1.2 million cars.", "en", "contradicted", "quantity"),
    ("New car registrations in Dalia fell in 2025, to fewer than 1.3 million cars.", "en", "supported", "quantity"),
])
def test_a_bound_holds_only_past_the_figure_of_its_own_measure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, OWN_BOUNDS), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # an age (« moins de 12 ans ») the confirming fact writes is no count of people: a range of people stays unchecked
    ("Entre janvier et juin 2025, 9 enfants sont morts de la rougeole en Dalie, où un malade peut contaminer 12 à 14 "
     "personnes.", "fr", "unverified"),
    ("Between January and June 2025, 9 children died of measles in Dalia, where one case can infect 12 to 14 people.",
     "en", "unverified"),
    # (the control: the fact's own figure)
    ("Entre janvier et juin 2025, 9 enfants de moins de 12 ans sont morts de la rougeole en Dalie.", "fr", "supported"),
])
def test_a_figure_stated_alongside_is_of_the_same_kind(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, OWN_BOUNDS), text, lang)
    assert_verdict(st, want)



DIVIDEND = """
version: 1
entities:
  korland: {names: [Korland, Korland Group]}
sources:
  - id: korland-2025
    title: Korland annual report 2025
    published: 2026-02-05
    facts:
      - id: dividend
        statement: Korland's total dividend for 2025 is 6.20 euros per share, 12% higher than for 2024, including a proposed final dividend of 4.10 euros.
        subject: korland
        quantity: {value: 6.2, unit: EUR per share}
        as_of: 2025
      - id: dividende
        statement: Le dividende total de Korland pour 2025 s'élève à 6,20 euros par action, dont un dividende final proposé de 4,10 euros.
        subject: korland
        quantity: {value: 6.2, unit: EUR per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the words before the figure name the whole ("total dividend"): a verb of the clause the part's clause writes
    # too ("proposed") does not give it the part's measure; the part's own word still does ("final")
    ("The Korland board proposed a total dividend of 6.20 euros per share for 2025.", "en", "supported"),
    ("Le conseil de Korland a proposé un dividende total de 6,20 euros par action pour 2025.", "fr", "supported"),
    ("The Korland board proposed a final dividend of 6.20 euros per share for 2025.", "en", "contradicted"),
    ("Le conseil de Korland a proposé un dividende final de 6,20 euros par action pour 2025.", "fr", "contradicted"),
])
def test_a_figure_said_of_the_whole_is_not_the_part_s_for_a_word_of_its_verb(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, DIVIDEND), text, lang), want)


SILVER = """
version: 1
entities: {}
sources:
  - id: silver-2025
    title: Silver demand trends 2025
    published: 2026-01-30
    facts:
      - id: total
        statement: Total silver demand in 2025 reached 5,002 tonnes, a record.
        quantity: {value: 5002, unit: t}
        as_of: 2025
      - id: jewellery
        statement: Silver jewellery demand fell 18% in 2025.
        quantity: {value: -18, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # "demand from the dental sector" is dental demand, which no fact measures: neither jewellery's fall nor the
    # total's tonnes refute it (tonnes are a unit of measure, no counted noun); the total's own figure still does
    ("Demand from the dental sector grew 7% to 326 tonnes in 2025, helped by new implants.", "unverified"),
    ("Demand from the jewellery sector fell 18% in 2025.", "supported"),
    ("Total silver demand reached 5,102 tonnes in 2025.", "contradicted"),
])
def test_a_measure_named_by_its_complement_is_not_refuted_by_other_measures(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SILVER), text, "en"), want)



CLINIC = """
version: 1
sources:
  - id: clinic
    title: Varnholm clinic, activity in 2025
    published: 2026-02-10
    facts:
      - id: visits
        statement: In 2025, 2,406 visits to the Varnholm clinic were recorded.
        quantity: {value: 2406, unit: visits}
        as_of: 2025
      - id: admissions
        statement: In 2025, 812 admissions after a visit to the Varnholm clinic were recorded.
        quantity: {value: 812, unit: admissions}
        as_of: 2025
  - id: centre
    title: Centre de Varnholm, activité 2025
    published: 2026-02-10
    facts:
      - id: consultations
        statement: En 2025, 3 118 consultations au centre de Varnholm ont été enregistrées.
        quantity: {value: 3118, unit: consultations}
        as_of: 2025
      - id: hospitalisations
        statement: En 2025, 640 hospitalisations après consultation au centre de Varnholm ont été enregistrées.
        quantity: {value: 640, unit: hospitalisations}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure's own noun is what one fact counts, its value another fact's, whose sentence writes that noun apart
    # from its own (admissions after a visit): the list keeps the two measures apart — the wrong measure
    ("The Varnholm clinic recorded 812 visits in 2025.", "en", "contradicted", "quantity-measure"),
    ("Le centre de Varnholm a recensé 640 consultations en 2025.", "fr", "contradicted", "quantity-measure"),
    # (the controls: each measure with its own figure)
    ("The Varnholm clinic recorded 812 admissions after a visit in 2025.", "en", "supported", "quantity"),
    ("The Varnholm clinic recorded 2,406 visits in 2025.", "en", "supported", "quantity"),
    ("Le centre de Varnholm a recensé 640 hospitalisations après consultation en 2025.", "fr", "supported", "quantity"),
])
def test_a_figure_of_the_measure_the_list_keeps_apart_is_the_wrong_measure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CLINIC), text, lang)
    assert_rule(st, want, rule)



OWN_LEVEL_CHANGE = """
version: 1
sources:
  - id: korvane-2024
    title: Korvane annual results 2024
    published: 2025-03-04
    facts:
      - id: net
        statement: Korvane's earnings after tax fell 22 percent to 4.1 billion euros in 2024.
        quantity: {value: 4.1e9, unit: EUR}
        as_of: 2024
      - id: operating
        statement: Korvane's operating result fell about 9 percent to 6.3 billion euros in 2024, from 6.9 billion euros in 2023.
        quantity: {value: 6.3e9, unit: EUR}
        as_of: 2024
  - id: valdor-vins
    title: Expéditions des vins de Valdor en 2024
    published: 2025-02-10
    facts:
      - id: total
        statement: Les expéditions de vins de Valdor ont baissé de 6,5 % en 2024 par rapport à 2023.
        quantity: {value: -6.5, unit: percent}
        as_of: 2024
      - id: domestique
        statement: Le marché intérieur a représenté 41,2 millions de bouteilles de vins de Valdor en 2024, en baisse de 3,1 % sur un an.
        quantity: {value: 41.2e6, unit: bouteilles}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change beside a level of the claim, met by another fact (another measure's change, or the whole's), while
    # the fact of that level gives the level's own change otherwise: refuted by the fact of the level
    ("Korvane's earnings after tax shrank 9% in 2024, to 4.1 billion euros.", "en", "mixed"),
    ("Le marché intérieur a représenté 41,2 millions de bouteilles de vins de Valdor en 2024, en repli de 6,5 % sur un an.",
     "fr", "mixed"),
    # the level's own change (controls)
    ("Korvane's earnings after tax shrank 22% in 2024, to 4.1 billion euros.", "en", "supported"),
    ("Le marché intérieur a représenté 41,2 millions de bouteilles de vins de Valdor en 2024, en repli de 3,1 % sur un an.",
     "fr", "supported"),
])
def test_a_change_beside_the_claim_s_own_level_is_that_level_s(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, OWN_LEVEL_CHANGE), text, lang), want)


CAPS_POINTS_AND_KINDS = """
version: 1
sources:
  - id: norland-space
    title: Norland launcher support
    published: 2025-02-10
    facts:
      - id: cap-en
        statement: Norland's space agency agreed to give the Tarvel launcher up to 250 million euros a year of public support from 2027.
        quantity: {value: 250e6, unit: EUR per year, bound: at-most}
        as_of: 2025
      - id: cap-fr
        statement: L'agence spatiale de Norlande accordera au lanceur Tarvel jusqu'à 250 millions d'euros par an de soutien public à partir de 2027.
        quantity: {value: 250e6, unit: EUR par an, bound: at-most}
        as_of: 2025
  - id: valdor-vaccins
    title: Vaccination contre la grippe à Valdor
    published: 2025-04-02
    facts:
      - id: gain
        statement: La couverture vaccinale des soignants de Valdor a gagné 12,4 points de pourcentage entre 2023 et 2024, une hausse relative d'environ 31 %.
        quantity: {value: 12.4, unit: percentage points}
        as_of: 2024
  - id: korland-cars
    title: Korland car market 2024
    published: 2025-01-05
    facts:
      - id: new-en
        statement: 612,300 new cars were registered in Korland in 2024.
        quantity: {value: 612300, unit: cars}
        as_of: 2024
      - id: used-en
        statement: 1,904,200 used cars changed hands in Korland in 2024.
        quantity: {value: 1904200, unit: cars}
        as_of: 2024
      - id: neuves-fr
        statement: 612 300 voitures particulières neuves ont été immatriculées en Korlande en 2024.
        quantity: {value: 612300, unit: voitures}
        as_of: 2024
      - id: occasion-fr
        statement: 1 904 200 voitures d'occasion ont été revendues en Korlande en 2024.
        quantity: {value: 1904200, unit: voitures}
        as_of: 2024
  - id: valdor-vins-export
    title: Expéditions des vins de Valdor par marché en 2024
    published: 2025-02-10
    facts:
      - id: interieur
        statement: Le marché intérieur a représenté 41,2 millions de bouteilles de vins de Valdor en 2024, en baisse de 3,1 % sur un an.
        quantity: {value: 41.2e6, unit: bouteilles}
        as_of: 2024
      - id: exportations
        statement: Les exportations de vins de Valdor ont atteint 63,5 millions de bouteilles en 2024, en recul de 8,4 % par rapport à 2023.
        quantity: {value: 63.5e6, unit: bouteilles}
        as_of: 2024
  - id: osterland-health
    title: Osterland measles elimination
    published: 2025-03-01
    facts:
      - id: elim-en
        statement: Osterland was certified measles-free in 2024, the fifth country of the Northern Region to be certified.
        as_of: 2024
      - id: elim-fr
        statement: L'Ostrie a été certifiée exempte de rougeole en 2024, le cinquième pays de la région Nord à l'être.
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a cap the claim states is the cap it names: "up to 320 million" is not met by "up to 250 million"
    ("Norland's space agency agreed to give the Tarvel launcher up to 320 million euros a year of public support from 2027.",
     "en", "contradicted"),
    ("L'agence spatiale de Norlande accordera au lanceur Tarvel jusqu'à 320 millions d'euros par an de soutien public à partir de 2027.",
     "fr", "contradicted"),
    ("Norland's space agency agreed to give the Tarvel launcher up to 250 million euros a year of public support from 2027.",
     "en", "supported"),
    # a gain in points is not the relative rise in per cent the fact writes beside it
    ("La couverture vaccinale des soignants de Valdor a gagné environ 31 points de pourcentage entre 2023 et 2024.", "fr",
     "contradicted"),
    ("La couverture vaccinale des soignants de Valdor a gagné environ 12,4 points de pourcentage entre 2023 et 2024.", "fr",
     "supported"),
    # the second-hand market is not the new one
    ("In 2024, used cars sold in Korland numbered 612,300.", "en", "contradicted"),
    ("En 2024, le nombre de voitures d'occasion revendues en Korlande a atteint 612 300 unités.", "fr", "contradicted"),
    ("En 2024, le nombre de voitures d'occasion revendues en Korlande a atteint 1 904 200.", "fr", "supported"),
    # the export trade is not the home market whose sentence it quotes
    ("L'export a représenté 41,2 millions de bouteilles de vins de Valdor en 2024, en repli de 3,1 % sur un an.", "fr",
     "contradicted"),
    ("Le marché intérieur a représenté 41,2 millions de bouteilles de vins de Valdor en 2024, en repli de 3,1 % sur un an.",
     "fr", "supported"),
    # an ordinal before a noun is a rank, compared as a figure
    ("In 2024 Osterland was certified measles-free, making it the fourth country in the Northern Region to achieve it.",
     "en", "contradicted"),
    ("En 2024, l'Ostrie a été certifiée exempte de rougeole, devenant le quatrième pays de la région Nord à l'être.", "fr",
     "contradicted"),
    ("In 2024 Osterland was certified measles-free, making it the fifth country in the Northern Region to achieve it.",
     "en", "supported"),
])
def test_every_figure_of_a_claim_is_the_fact_s_own(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CAPS_POINTS_AND_KINDS), text, lang), want)



SIZED_BY_ITS_WORDS = """
version: 1
entities:
  corvane: {names: [Corvane]}
  corvane-rail: {names: [Corvane Rail]}
sources:
  - id: results
    title: Corvane annual results 2024
    published: 2025-02-20
    facts:
      - id: capex-fr
        statement: Le groupe Corvane a investi un montant record de 4,6 milliards d'euros en 2024.
        subject: corvane
        quantity: {value: 4.6e9, unit: EUR}
        as_of: 2024
      - id: results-fr
        statement: Corvane Rail a réalisé en 2024 un chiffre d'affaires de 31,2 milliards d'euros, en hausse de 6 %, et un résultat net de 512 millions d'euros.
        subject: corvane-rail
        as_of: 2024
      - id: capex-en
        statement: The Corvane group invested a record €4.6 billion in 2024.
        subject: corvane
        quantity: {value: 4.6e9, unit: EUR}
        as_of: 2024
      - id: results-en
        statement: In 2024 Corvane Rail posted revenue of €31.2 billion, up 6%, and a net profit of €512 million.
        subject: corvane-rail
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # of the close facts that refute a figure, the one that writes its very digits a thousand times off is the fact
    # meant, a slip of magnitude (not another party's figure that shares the word "millions", left unchecked "for
    # something the claim does not name", nor a net profit in millions called the wrong figure)
    ("Les investissements ont atteint un niveau record de 4,6 millions d'euros.", "fr", "contradicted",
     "quantity-magnitude"),
    ("Investments reached a record level of 4.6 million euros.", "en", "contradicted", "quantity-magnitude"),
    ("Les investissements ont atteint un niveau record de 4,6 milliards d'euros.", "fr", "supported", "quantity"),
    ("Investments reached a record level of 4.6 billion euros.", "en", "supported", "quantity"),
])
def test_the_same_digits_a_thousand_times_off_are_the_fact_meant(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SIZED_BY_ITS_WORDS), text, lang)
    assert_rule(st, want, rule)



MEASURE_AFTER = """
version: 1
entities:
  velmor:
    names: [Velmor, Velmor Systems]
sources:
  - id: velmor-2024
    title: Velmor, résultats annuels 2024
    published: 2025-02-19
    facts:
      - id: revenue
        statement: Le chiffre d'affaires de Velmor a atteint 13 120 millions d'euros en 2024, en croissance organique de 8,1 %.
        subject: velmor
        quantity: {value: 13120000000, unit: EUR}
        as_of: 2024
      - id: revenue-2023
        statement: Le chiffre d'affaires 2023 de Velmor était de 12 408 millions d'euros.
        subject: velmor
        quantity: {value: 12408000000, unit: EUR}
        as_of: 2023
      - id: networks
        statement: En 2024, la division Réseaux thermiques de Velmor est en croissance organique de 11 %.
        subject: velmor
        quantity: {value: 11, unit: percent}
        as_of: 2024
      - id: gross-margin
        statement: Le taux de marge brute de Velmor s'établit à 39,4 % en 2024.
        subject: velmor
        quantity: {value: 39.4, unit: percent}
        as_of: 2024
  - id: velmor-2024-en
    title: Velmor full-year results 2024
    published: 2025-02-19
    facts:
      - id: revenue-en
        statement: Velmor's revenue reached 13,120 million euros in 2024, up 8.1% organically.
        subject: velmor
        quantity: {value: 13120000000, unit: EUR}
        as_of: 2024
      - id: revenue-2023-en
        statement: Velmor's 2023 revenue was 12,408 million euros.
        subject: velmor
        quantity: {value: 12408000000, unit: EUR}
        as_of: 2023
      - id: networks-en
        statement: In 2024 Velmor's thermal networks division grew 11% organically.
        subject: velmor
        quantity: {value: 11, unit: percent}
        as_of: 2024
      - id: gross-margin-en
        statement: Velmor's gross margin rate was 39.4% in 2024.
        subject: velmor
        quantity: {value: 39.4, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the measure noun written right after the figure, « de chiffre d'affaires », is what it measures: the words
    # before it (the subject's epithet) naming another fact of the source do not make it another measure's
    ("Le chiffre d'affaires de Velmor a atteint 13,1 milliards d'euros en 2024. Un an plus tôt, le spécialiste des réseaux thermiques avait réalisé 12,4 milliards d'euros de chiffre d'affaires.",
     "fr", "supported"),
    ("Le chiffre d'affaires de Velmor a atteint 13,1 milliards d'euros en 2024. Un an plus tôt, le spécialiste des réseaux thermiques avait réalisé 11,9 milliards d'euros de chiffre d'affaires.",
     "fr", "contradicted"),
    ("Velmor's revenue reached 13.1 billion euros in 2024. A year earlier, the thermal networks specialist had booked 12.4 billion euros of revenue.", "en", "supported"),
    ("Velmor's revenue reached 13.1 billion euros in 2024. A year earlier, the thermal networks specialist had booked 11.9 billion euros of revenue.", "en", "contradicted"),
    # what follows a share, « du chiffre d'affaires », "of revenue", is the whole it is a share of, not its measure
    ("Velmor a publié ses résultats 2024. La marge brute a atteint 39,4 % du chiffre d'affaires.", "fr", "supported"),
    ("Velmor a publié ses résultats 2024. La marge brute a atteint 41,2 % du chiffre d'affaires.", "fr", "contradicted"),
    ("Velmor published its 2024 results. The gross margin reached 39.4% of revenue.", "en", "supported"),
    ("Velmor published its 2024 results. The gross margin reached 41.2% of revenue.", "en", "contradicted"),
])
def test_the_measure_a_figure_names_after_it(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, MEASURE_AFTER), text, lang), want)


UNCHANGED_OUTLOOK = """
version: 1
entities:
  velmor:
    names: [Velmor]
sources:
  - id: velmor-q2
    title: Velmor second-quarter results
    published: 2025-05-15
    facts:
      - id: outlook
        statement: The group forecast is unchanged, with comparable revenue expected to increase by 3 to 6 percent in 2025.
        subject: velmor
        quantity: {min: 3, max: 6, unit: percent}
        as_of: 2025
  - id: velmor-t2
    title: Velmor, résultats du deuxième trimestre
    published: 2025-05-15
    facts:
      - id: prevision
        statement: La prévision du groupe est inchangée, le chiffre d'affaires comparable devant progresser de 3 à 6 % en 2025.
        subject: velmor
        quantity: {min: 3, max: 6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a source that keeps its forecast unchanged while the clause of its figure says it rises: a rise
    ("Velmor forecast comparable revenue growth of 3 to 6 percent for 2025.", "en", "supported"),
    ("Pour 2025, Velmor prévoit que son chiffre d'affaires comparable progressera de 3 à 6 %.", "fr", "supported"),
    ("Velmor forecast a fall in comparable revenue of 3 to 6 percent for 2025.", "en", "contradicted"),
    ("Pour 2025, Velmor prévoit que son chiffre d'affaires comparable reculera de 3 à 6 %.", "fr", "contradicted"),
])
def test_what_a_source_keeps_unchanged_is_not_its_figure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, UNCHANGED_OUTLOOK), text, lang), want)


RANGES = """
version: 1
entities:
  korvel:
    names: [Korvel]
sources:
  - id: korvel-outlook
    title: Korvel full-year results and outlook
    published: 2025-02-12
    facts:
      - id: outlook
        statement: Korvel expects operating profit to grow organically by 4% to 8% in 2025.
        subject: korvel
        quantity: {min: 4, max: 8, unit: percent}
        as_of: 2025
"""


RANGES_FR = """
version: 1
entities:
  korvel:
    names: [Korvel]
sources:
  - id: korvel-prevision
    title: Korvel, résultats annuels et prévisions
    published: 2025-02-12
    facts:
      - id: prevision
        statement: Korvel prévoit une croissance organique de son résultat opérationnel de 3 % à 6 % en 2025.
        subject: korvel
        quantity: {min: 3, max: 6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a range that only overlaps the source's range is another range: each end must agree
    ("For 2025, Korvel expects operating profit to grow organically by between 5% and 9%.", "en", "contradicted"),
    ("For 2025, Korvel expects operating profit to grow organically by between 4% and 8%.", "en", "supported"),
    ("Pour 2025, Korvel prévoit une croissance organique de son résultat opérationnel comprise entre 4 % et 7 %.", "fr",
     "contradicted"),
    ("Pour 2025, Korvel prévoit une croissance organique de son résultat opérationnel comprise entre 3 % et 6 %.", "fr",
     "supported"),
])
def test_a_range_gives_both_ends_of_the_source_s_range(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, RANGES if lang == "en" else RANGES_FR), text, lang), want)


FRACTION_LIST = """
version: 1
sources:
  - id: keltis
    title: Keltis, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: norva-profit
        statement: Le bénéfice de la division Norva de Keltis recule de 33 % en 2025.
        quantity: {value: -33, unit: percent}
        as_of: 2025
  - id: orvane
    title: Orvane Ferries annual report 2025
    published: 2026-03-02
    facts:
      - id: tickets
        statement: Ticket sales on the Orvane ferry line fell 25% in 2025.
        quantity: {value: -25, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fraction in words after a word of change and « de »/"by" is the size of that change, not a share
    ("Keltis a vu le bénéfice de sa division Norva chuter d'un tiers en 2025.", "fr", "supported"),
    ("Keltis a vu le bénéfice de sa division Norva chuter d'un quart en 2025.", "fr", "contradicted"),
    # « moitié » alone after « de », the size of a change
    ("Keltis a vu le bénéfice de sa division Norva baisser de moitié en 2025.", "fr", "contradicted"),
    ("Ticket sales on the Orvane ferry line fell by a quarter in 2025.", "en", "supported"),
    ("Ticket sales on the Orvane ferry line fell by almost a quarter in 2025.", "en", "supported"),
    ("Ticket sales on the Orvane ferry line fell by three quarters in 2025.", "en", "contradicted"),
    ("Ticket sales on the Orvane ferry line fell by half, the company said.", "en", "contradicted"),
    # or after a noun of change and its linker
    ("Ticket sales on the Orvane ferry line saw a fall of almost a quarter in 2025.", "en", "supported"),
    ("Ticket sales on the Orvane ferry line saw a fall of more than four-fifths in 2025.", "en", "contradicted"),
    # a percentage of a noun after a noun of change and its linker: the size of that change, not a share of the noun
    ("Keltis a vu en 2025 un recul de 33 % du bénéfice de sa division Norva.", "fr", "supported"),
    ("Keltis a vu en 2025 un recul de 38 % du bénéfice de sa division Norva.", "fr", "contradicted"),
    ("The Orvane ferry line saw a fall of 25% of its ticket sales in 2025.", "en", "supported"),
    ("The Orvane ferry line saw a fall of 21% of its ticket sales in 2025.", "en", "contradicted"),
])
def test_a_fraction_in_words_is_the_size_of_a_change(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, FRACTION_LIST), text, lang)
    assert_rule(st, want, "quantity")



WRITE_DOWN = """
version: 1
sources:
  - id: velmont
    title: Velmont annual results 2025
    published: 2026-02-12
    facts:
      - id: profit-en
        statement: Velmont's net profit fell 40% to 600 million euros in 2025, from 1 billion euros in 2024.
        quantity: {value: 600e6, unit: EUR}
        as_of: 2025
      - id: write-down-en
        statement: Velmont's 2025 net profit was reduced by a write-down of 450 million euros on its stake in Norport.
        quantity: {value: 450e6, unit: EUR}
        as_of: 2025
      - id: profit-fr
        statement: Le bénéfice net de Grandval a chuté de 40 % à 600 millions d'euros en 2025, contre 1 milliard d'euros en 2024.
        quantity: {value: 600e6, unit: EUR}
        as_of: 2025
      - id: write-down-fr
        statement: Le bénéfice net 2025 de Grandval a été amputé d'une dépréciation de 450 millions d'euros sur sa participation dans Norport.
        quantity: {value: 450e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the level beside a confirmed change is that change's fact's level, not another fact's figure
    ("Velmont's net profit fell 40% in 2025, to 450 million euros.", "en", "mixed"),
    ("Le bénéfice net de Grandval a chuté de 40 % en 2025, à 450 millions d'euros.", "fr", "mixed"),
    # the level the change's fact gives stays supported (control)
    ("Velmont's net profit fell 40% in 2025, to 600 million euros.", "en", "supported"),
    ("Le bénéfice net de Grandval a chuté de 40 % en 2025, à 600 millions d'euros.", "fr", "supported"),
])
def test_a_level_beside_a_confirmed_change_is_read_against_the_change_s_fact(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, WRITE_DOWN), text, lang), want)


HALF_AND_YEAR = """
version: 1
sources:
  - id: tavrin
    title: Tavrin annual results 2025
    published: 2026-02-20
    facts:
      - id: revenue-en
        statement: Tavrin's revenue was 820 million euros in 2025, down 6% on 2024.
        quantity: {value: 820e6, unit: EUR}
        as_of: 2025
      - id: half-en
        statement: Tavrin's revenue fell 12% in the first half of 2025.
        quantity: {value: -12, unit: percent}
      - id: revenue-fr
        statement: Le chiffre d'affaires de Morlane s'établit à 640 millions d'euros en 2025, en baisse de 6 % sur un an.
        quantity: {value: 640e6, unit: EUR}
        as_of: 2025
      - id: half-fr
        statement: Le chiffre d'affaires de Morlane a reculé de 12 % au premier semestre 2025.
        quantity: {value: -12, unit: percent}
"""


@pytest.mark.parametrize("text, lang, want", [
    # the change beside a confirmed level is the change the level's fact writes beside it, not the half-year's
    ("Tavrin's revenue fell more than 10%, to 820 million euros.", "en", "mixed"),
    ("Le chiffre d'affaires de Morlane a reculé de plus de 10 %, à 640 millions d'euros, en 2025.", "fr", "mixed"),
    # the change the level's fact gives stays supported (control)
    ("Tavrin's revenue fell more than 5%, to 820 million euros.", "en", "supported"),
    ("Le chiffre d'affaires de Morlane a reculé de plus de 5 %, à 640 millions d'euros, en 2025.", "fr", "supported"),
])
def test_a_bounded_change_beside_a_confirmed_level_takes_that_fact_s_change(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, HALF_AND_YEAR), text, lang), want)



# "from X to Y" after a word of change is a starting level and an end level, each checked against its own fact; a
# later period's figure that falls inside the span supports neither (checks/numbers/ranges.py)
TARIFF_LIST = """
version: 1
sources:
  - id: corvel-april
    title: Corvel Water tariff from April 2025
    published: 2025-03-20
    facts:
      - id: apr-bill
        statement: From 1 April 2025 the Corvel Water standard bill is £437 a year, up from £412.
        quantity: {value: 437, unit: GBP}
        as_of: 2025-Q2
      - id: jan-bill
        statement: From 1 January 2025 the Corvel Water standard bill was £412 a year.
        quantity: {value: 412, unit: GBP}
        as_of: 2025-Q1
  - id: corvel-october
    title: Corvel Water tariff from October 2025
    published: 2025-09-18
    facts:
      - id: oct-bill
        statement: From 1 October 2025 the Corvel Water standard bill is £423 a year.
        quantity: {value: 423, unit: GBP}
        as_of: 2025-Q4
  - id: valbourg
    title: Tarif de l'eau de Valbourg
    published: 2025-09-18
    facts:
      - id: avr-tarif
        statement: Au 1er avril 2025, la facture type d'eau de Valbourg est de 437 euros par an, contre 412 euros auparavant.
        quantity: {value: 437, unit: EUR}
        as_of: 2025-Q2
      - id: jan-tarif
        statement: Au 1er janvier 2025, la facture type d'eau de Valbourg était de 412 euros par an.
        quantity: {value: 412, unit: EUR}
        as_of: 2025-Q1
      - id: oct-tarif
        statement: Au 1er octobre 2025, la facture type d'eau de Valbourg est de 423 euros par an.
        quantity: {value: 423, unit: EUR}
        as_of: 2025-Q4
"""


@pytest.fixture(scope="module")
def tariffs(tmp_path_factory):
    return checker_for(tmp_path_factory, TARIFF_LIST)


@pytest.mark.parametrize("text, lang, want", [
    ("In April Corvel Water put its prices up, taking the standard bill from £412 to £437.", "en", "supported"),
    # a wrong end level inside the span (the October bill, £423, lies between its ends): refuted, not "supported"
    ("In April Corvel Water put its prices up, taking the standard bill from £412 to £431.", "en", "contradicted"),
    ("En avril, la facture type d'eau de Valbourg est passée de 412 à 437 euros par an.", "fr", "supported"),
    ("En avril, la facture type d'eau de Valbourg est passée de 412 à 431 euros par an.", "fr", "contradicted"),
    # the starting level is the level of the period just before the end level's (the January bill)
    ("The Corvel Water standard bill went up from £412 to £437 in April.", "en", "supported"),
])
def test_from_x_to_y_is_a_start_and_an_end_level(tariffs, text, lang, want):
    assert_rule(last_statement(tariffs, text, lang), want, "quantity")


@pytest.mark.parametrize("text, lang", [
    # a wrong starting level (the October bill, of a later period) is not confirmed by any fact
    ("The Corvel Water standard bill went up from £423 to £437 in April.", "en"),
    ("En avril, la facture type d'eau de Valbourg est passée de 423 à 437 euros par an.", "fr"),
])
def test_a_later_level_is_no_starting_level(tariffs, text, lang):
    assert last_statement(tariffs, text, lang).verdict != "supported"


ENDS = """
version: 1
entities:
  velbrook: {names: [Velbrook]}
sources:
  - id: velbrook-2025
    title: Velbrook annual results 2025
    published: 2026-02-20
    facts:
      - id: revenue
        statement: Velbrook's revenue increased 12% to £4.48bn in 2025 from £4.00bn.
        subject: velbrook
        quantity: {value: 4.48e9, unit: GBP}
        as_of: 2025
      - id: revenue-2024
        statement: Velbrook's revenue was £4.00bn in 2024.
        subject: velbrook
        quantity: {value: 4.00e9, unit: GBP}
        as_of: 2024
      - id: ventes-2024
        statement: Les ventes de Velbrook en Ostrie s'élevaient à 2,00 milliards d'euros en 2024.
        subject: velbrook
        quantity: {value: 2.00e9, unit: EUR}
        as_of: 2024
      - id: ventes
        statement: Les ventes de Velbrook en Ostrie ont progressé de 9 % à 2,18 milliards d'euros en 2025, contre 2,00 milliards d'euros en 2024.
        subject: velbrook
        quantity: {value: 2.18e9, unit: EUR}
        as_of: 2025
      - id: resultat
        statement: Le résultat net part du groupe de Velbrook s'établit à 640 millions d'euros en 2025, en hausse de 85 millions d'euros.
        subject: velbrook
        quantity: {value: 640e6, unit: EUR}
        as_of: 2025
      - id: ebitda
        statement: L'EBITDA de Velbrook s'établit à 905 millions d'euros en 2025, en progression de 18 %, soit une marge de 22,5 %.
        subject: velbrook
        quantity: {value: 905e6, unit: EUR}
        as_of: 2025
      - id: orders
        statement: Velbrook's order book was £2.40bn at the end of 2025, compared with £2.10bn a year earlier.
        subject: velbrook
        quantity: {value: 2.40e9, unit: GBP}
        as_of: 2025
      - id: carnet
        statement: Le carnet de commandes de Velbrook représente 1,90 milliard d'euros fin 2025, contre 1,70 milliard d'euros un an plus tôt.
        subject: velbrook
        quantity: {value: 1.90e9, unit: EUR}
        as_of: 2025
      - id: operating
        statement: Velbrook's operating profit rose 14% to £730 million in 2025, a margin of 16.3%.
        subject: velbrook
        quantity: {value: 730e6, unit: GBP}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the claim writes as the level reached ("to", « à ») that the fact confirming its change gives only as
    # the starting level ("from", « contre ») is the other period's level, not a figure stated beside
    ("Velbrook's revenue climbed 12% to £4.00bn.", "en", "contradicted"),
    ("Velbrook's revenue climbed 12% to £4.48bn.", "en", "supported"),
    ("Velbrook's revenue climbed 12% to £4.48bn from £4.00bn.", "en", "supported"),
    ("Les ventes de Velbrook en Ostrie ont progressé de 9 % à 2,00 milliards d'euros.", "fr", "contradicted"),
    ("Les ventes de Velbrook en Ostrie ont progressé de 9 % à 2,18 milliards d'euros.", "fr", "supported"),
    ("Les ventes de Velbrook en Ostrie ont progressé de 9 % à 2,18 milliards d'euros, contre 2,00 milliards d'euros.",
     "fr", "supported"),
])
def test_a_level_reached_the_fact_gives_as_its_starting_level(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ENDS), text, lang)
    assert_rule(st, want, "period") if want == "contradicted" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang", [
    # and the reverse: the level reached written as where the change started is not confirmed by it
    ("Velbrook's revenue climbed 12% from £4.48bn.", "en"),
    ("Les ventes de Velbrook en Ostrie ont progressé de 9 % par rapport à 2,18 milliards d'euros.", "fr"),
    # the current level of a sentence that writes a starting level beside it ("compared with … a year earlier")
    ("Velbrook's order book grew from £2.40bn.", "en"),
    ("Le carnet de commandes de Velbrook a progressé par rapport à 1,90 milliard d'euros.", "fr"),
])
def test_a_starting_level_the_fact_gives_as_the_level_reached(tmp_path_factory, text, lang):
    assert last_statement(checker_for(tmp_path_factory, ENDS), text, lang).verdict != "supported"


@pytest.mark.parametrize("text, lang", [
    ("Velbrook's order book grew to £2.40bn.", "en"),
    ("Velbrook's order book grew to £2.40bn from £2.10bn.", "en"),
    ("Le carnet de commandes de Velbrook a progressé à 1,90 milliard d'euros.", "fr"),
    ("Le carnet de commandes de Velbrook a progressé à 1,90 milliard d'euros, contre 1,70 milliard d'euros.", "fr"),
])
def test_each_end_of_a_change_in_its_own_role(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ENDS), text, lang), "supported")


PRIOR_IN_PARENTHESES = """
version: 1
entities:
  orlanda: {names: [Orlanda]}
  bellmare: {names: [Bellmare]}
sources:
  - id: orlanda-2025
    title: Orlanda results 2025
    published: 2026-02-20
    facts:
      - id: intake
        statement: "Orlanda's order intake was £3.20bn in 2025 (2024: £2.70bn)."
        subject: orlanda
        quantity: {value: 3.20e9, unit: GBP}
        as_of: 2025
      - id: depots
        statement: "Orlanda operated 64 depots (FY2024 58) and 12 workshops (FY2024 9)."
        subject: orlanda
        quantity: {value: 64, unit: depots}
        as_of: 2025
  - id: bellmare-2025
    title: Bellmare, résultats 2025
    published: 2026-02-20
    facts:
      - id: ventes
        statement: "Le chiffre d'affaires de Bellmare atteint 840 millions d'euros en 2025 (exercice 2024 : 760 millions d'euros)."
        subject: bellmare
        quantity: {value: 840e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure in a parenthesis that names the earlier period before it, "(2024: £2.70bn)", "(FY2024 58)",
    # « (exercice 2024 : 760 millions d'euros) », is that period's level: the claim's starting level
    ("Orlanda's order intake rose to £3.20bn in 2025 from £2.70bn.", "en", "supported"),
    ("Orlanda's order intake rose to £3.20bn in 2025 from £2.90bn.", "en", "not supported"),
    ("Orlanda operated 64 depots, against 58 a year earlier.", "en", "supported"),
    ("Le chiffre d'affaires de Bellmare a atteint 840 millions d'euros en 2025, contre 760 millions d'euros un an "
     "plus tôt.", "fr", "supported"),
    ("Le chiffre d'affaires de Bellmare a atteint 840 millions d'euros en 2025, contre 700 millions d'euros un an "
     "plus tôt.", "fr", "not supported"),
])
def test_a_prior_period_figure_in_parentheses_is_a_starting_level(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PRIOR_IN_PARENTHESES), text, lang)
    assert (st.verdict != "supported") if want == "not supported" else (st.verdict == want), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, lang, want", [
    # a gloss's starting level (« contre … un an plus tôt », "compared with … a year earlier") that the fact gives as
    # its level reached: the other period's level
    ("Le carnet de commandes de Velbrook a progressé en 2025, contre 1,90 milliard d'euros un an plus tôt.", "fr",
     "contradicted"),
    ("Le carnet de commandes de Velbrook a progressé en 2025, contre 1,70 milliard d'euros un an plus tôt.", "fr",
     "supported"),
    ("Velbrook's order book grew in 2025, compared with £2.40bn a year earlier.", "en", "contradicted"),
    ("Velbrook's order book grew in 2025, compared with £2.10bn a year earlier.", "en", "supported"),
])
def test_a_glossed_starting_level_the_fact_gives_as_the_level_reached(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ENDS), text, lang)
    assert_rule(st, want, "period") if want == "contradicted" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a difference written with its comparative first (« inférieur de … à celui de … ») goes that way: against a fact's
    # rise, a wrong direction
    ("Velbrook a dégagé en 2025 un résultat net part du groupe de 640 millions d'euros, inférieur de 85 millions "
     "d'euros à celui de l'année précédente.", "fr", "mixed"),
    ("Velbrook a dégagé en 2025 un résultat net part du groupe de 640 millions d'euros, supérieur de 85 millions "
     "d'euros à celui de l'année précédente.", "fr", "supported"),
])
def test_a_comparative_before_a_difference_says_its_way(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ENDS), text, lang)
    assert_rule(st, want, "direction") if want == "mixed" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a change the fact writes in per cent is no change in points written beside it (nor the reverse)
    ("Velbrook affiche un EBITDA de 905 millions d'euros, en hausse de 18 points, pour une marge de 22,5 %.", "fr",
     "mixed"),
    ("Velbrook affiche un EBITDA de 905 millions d'euros, en hausse de 18 %, pour une marge de 22,5 %.", "fr",
     "supported"),
    ("Velbrook's operating profit reached £730 million, a margin of 16.3%, up 14 percentage points.", "en",
     "contradicted"),
    ("Velbrook's operating profit reached £730 million, a margin of 16.3%, up 14%.", "en", "supported"),
])
def test_a_change_in_points_against_one_in_per_cent(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ENDS), text, lang)
    assert_rule(st, want, "quantity") if want != "supported" else assert_verdict(st, want)


PREVIOUS = """
version: 1
sources:
  - id: velbrook-2025
    title: Velbrook annual results 2025
    published: 2026-02-20
    facts:
      - id: resultat-2025
        statement: Le résultat d'exploitation 2025 de Velbrook s'élève à 310 millions d'euros.
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025
      - id: resultat-2024
        statement: Le résultat d'exploitation est passé de 335 millions d'euros en 2024 à 310 millions d'euros en 2025.
        quantity: {value: 335e6, unit: EUR}
        as_of: 2024
      - id: orders-2025
        statement: Velbrook's order intake for 2025 amounted to £780 million.
        quantity: {value: 780e6, unit: GBP}
        as_of: 2025
      - id: orders-2024
        statement: The order intake went from £720 million in 2024 to £780 million in 2025.
        quantity: {value: 720e6, unit: GBP}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level reached with a way, read against the same measure's fact of the year before also when neither fact
    # declares a party and the claim writes a word of the measure neither writes (« publié », "reported")
    ("Le résultat d'exploitation publié progresse à 310 millions d'euros.", "fr", "contradicted"),
    ("Le résultat d'exploitation publié recule à 310 millions d'euros.", "fr", "supported"),
    ("Reported order intake fell to £780 million.", "en", "contradicted"),
    ("Reported order intake rose to £780 million.", "en", "supported"),
])
def test_a_level_reached_against_the_year_before_of_no_party(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, PREVIOUS), text, lang)
    assert_rule(st, want, "direction") if want == "mixed" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a change in money the claim writes ("grew by", « ont progressé de ») that the fact gives as its level reached
    # beside its starting level is wrong; the difference of the two levels, going the claim's way, is that change
    ("Velbrook's order book grew by £2.40bn.", "en", "contradicted"),
    ("Velbrook's order book grew by £300 million.", "en", "supported"),
    ("Les ventes de Velbrook en Ostrie ont progressé de 2,18 milliards d'euros.", "fr", "contradicted"),
    ("Les ventes de Velbrook en Ostrie ont progressé de 180 millions d'euros.", "fr", "supported"),
    # a noun of change and "of" before the figure make it the change's size, as « une hausse de » does
    ("Velbrook's order book recorded an increase of £2.40bn in 2025.", "en", "contradicted"),
    ("Velbrook's order book recorded an increase of £300 million in 2025.", "en", "supported"),
])
def test_a_change_against_the_two_levels_of_the_fact(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ENDS), text, lang)
    assert_rule(st, want, "quantity") if want == "contradicted" else assert_verdict(st, want)



YOUTH_RATES = """
version: 1
entities:
  brev: {names: [Brevanne]}
sources:
  - id: brev-emploi-2024
    title: Brevanne, emploi 2024
    published: 2025-02-10
    facts:
      - id: jeunes
        statement: Le taux de chômage des 15-24 ans de Brevanne recule de 0,3 point sur l'année, à 21,4 %.
        subject: brev
        quantity: {value: 21.4, unit: percent}
        as_of: 2024
      - id: emploi
        statement: Le taux d'emploi des 15-64 ans de Brevanne atteint 68,3 %, son plus haut niveau.
        subject: brev
        quantity: {value: 68.3, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # a clause whose pronoun subject points back ("Il atteint …") measures what the statement before names: the
    # fact of that measure giving its figure exactly is the one it may mean, not a wrong figure of another measure
    ("Chez les 15-24 ans de Brevanne, le taux de chômage a augmenté en 2024. Il atteint 21,4 %.", "supported"),
    ("Chez les 15-24 ans de Brevanne, le taux de chômage a augmenté en 2024. Il atteint 23,9 %.", "contradicted"),
])
def test_a_pronoun_subject_measures_what_the_statement_before_names(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, YOUTH_RATES), text, "fr"), want)


ORGANIC_GROWTH = """
version: 1
entities:
  brev: {names: [Brevanne]}
sources:
  - id: brev-2024
    title: Brevanne annual results 2024
    published: 2025-02-10
    facts:
      - id: g2024
        statement: Brevanne's organic sales growth was 3.1% in 2024.
        subject: brev
        quantity: {value: 3.1, unit: percent}
        as_of: 2024
  - id: brev-2023
    title: Brevanne annual results 2023
    published: 2024-02-10
    facts:
      - id: g2023
        statement: Brevanne's organic sales growth was 6.4% in 2023.
        subject: brev
        quantity: {value: 6.4, unit: percent}
        as_of: 2023
      - id: g2022
        statement: Brevanne's organic sales growth was 8.9% in 2022.
        subject: brev
        quantity: {value: 8.9, unit: percent}
        as_of: 2022
"""


@pytest.mark.parametrize("text, want", [
    # a starting level beside "the year before" is that year's figure, and the way the two figures go is read in
    # their own comma part ("slowed"), not in the measure's name ("growth")
    ("Brevanne published its 2024 results. Its organic sales growth, which excludes currency effects, slowed to 3.1% "
     "from 6.4% the year before.", "supported"),
    # control: a starting level of two years before is not the year before's
    ("Brevanne published its 2024 results. Its organic sales growth, which excludes currency effects, slowed to 3.1% "
     "from 8.9% the year before.", "unverified"),
])
def test_a_starting_level_the_year_before_is_that_years(tmp_path_factory, text, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, ORGANIC_GROWTH), text, "en"), want)



SYNONYMS = """
version: 1
sources:
  - id: ostrel-cup-2025
    title: Ostrel Cup 2025, the race in figures
    published: 2025-06-02
    facts:
      - id: starters
        statement: Twenty-nine skippers started the Ostrel Cup on 3 May 2025.
        quantity: {value: 29, unit: skippers}
        as_of: 2025-05
      - id: transvelmor
        statement: Vingt-quatre skippers ont pris le départ de la Transvelmor le 8 juin 2025.
        quantity: {value: 24, unit: skippers}
        as_of: 2025-06
  - id: velmor-jobs-2025-05
    title: Velmor employment report, May 2025
    published: 2025-06-06
    facts:
      - id: payrolls-may
        statement: The change in payrolls for May was revised down from 52,000 to 41,000.
        quantity: {value: 41000, unit: jobs}
        as_of: 2025-05
      - id: earnings-april
        statement: Average hourly earnings in Velmor rose 0.3 % in April 2025.
        quantity: {value: 0.3, unit: percent}
        as_of: 2025-04
      - id: unemployment-may
        statement: The first estimate put the unemployment rate in Velmor at 4.1 % in May 2025.
        quantity: {value: 4.1, unit: percent}
        as_of: 2025-05
  - id: ostria-grid-2026
    title: Ostria grid statistics 2025
    published: 2026-02-10
    facts:
      - id: capacity
        statement: Ostria's installed wind capacity reached 1.2 TW at the end of 2025.
        quantity: {value: 1.2, unit: TW}
        as_of: 2025-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # nouns of one family read as one: a sailor and a skipper, « marins » and skippers; hiring and payrolls; a
    # terawatt and the TW a fact writes
    ("Vingt-quatre marins ont pris le départ de la Transvelmor en juin 2025.", "fr", "supported"),
    ("Vingt-six marins ont pris le départ de la Transvelmor en juin 2025.", "fr", "contradicted"),
    ("Some 29 sailors started the Ostrel Cup in May 2025.", "en", "supported"),
    ("Thirty-five sailors started the Ostrel Cup in May 2025.", "en", "contradicted"),
    ("The bureau cut its estimate of May hiring to 41,000.", "en", "supported"),
    ("The bureau cut its estimate of May hiring to 44,000.", "en", "unverified"),     # (another figure: never supported)
    ("Ostria's installed wind capacity reached 1.2 terawatts at the end of 2025.", "en", "supported"),
    ("La puissance éolienne installée de l'Ostria a atteint 1,2 térawatt fin 2025.", "fr", "supported"),
    ("Ostria's installed wind capacity reached 1.4 terawatts at the end of 2025.", "en", "contradicted"),
])
def test_a_synonym_of_the_facts_noun_measures_the_same(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SYNONYMS), text, lang)
    assert_verdict(st, want)


SEGMENTS = """
version: 1
sources:
  - id: corvel-resultats-2025
    title: Corvel, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: nordale
        statement: En 2025, la Nordale de Corvel est en croissance organique de 7 %.
        quantity: {value: 7, unit: percent}
        as_of: 2025
      - id: groupe
        statement: Le chiffre d'affaires de Corvel a atteint 4,2 milliards d'euros en 2025.
        quantity: {value: 4200000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # the capital of a sentence's first word after an elided article is the article's: « L'activité » names no
    # one a fact must write; the name after it still does
    ("L'activité Nordale a tiré la croissance de Corvel en 2025, avec une hausse organique de 7 %.", "supported"),
    ("L'activité Sudale a tiré la croissance de Corvel en 2025, avec une hausse organique de 7 %.", "unverified"),
])
def test_an_elided_article_opening_a_sentence_makes_no_name(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, SEGMENTS), text, "fr")
    assert_verdict(st, want)


VARIANT_MEASURES = """
version: 1
entities:
  korvel:
    names: [Korvel]
sources:
  - id: korvel-2025
    title: Korvel, annual results 2025
    publisher: korvel
    published: 2026-02-18
    facts:
      - id: margin-excluding
        statement: Excluding one-off items, Korvel's operating margin was 9.8% in 2025.
        quantity: {value: 9.8, unit: percent}
        as_of: 2025
      - id: margin
        statement: Korvel's operating margin was 8.1% in 2025.
        quantity: {value: 8.1, unit: percent}
        as_of: 2025
      - id: resultat-activites
        statement: Le résultat courant des activités de Korvel atteint 412 millions d'euros en 2025.
        quantity: {value: 412000000, unit: EUR}
        as_of: 2025
      - id: resultat
        statement: Le résultat courant de Korvel s'élève à 389 millions d'euros en 2025.
        quantity: {value: 389000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure of a narrower measure (the agreeing fact names the claim's measure with words of its own, which
    # the other fact of the same measure does not write) given for the plain measure the claim names
    ("Korvel's operating margin came in at 9.8% in 2025.", "en", "contradicted", "quantity-measure"),
    ("Le résultat courant de Korvel s'est établi à 412 millions d'euros en 2025.", "fr", "contradicted",
     "quantity-measure"),
    # the plain measure's own figure, and the narrower one said with its words
    ("Korvel's operating margin came in at 8.1% in 2025.", "en", "supported", "quantity"),
    ("Excluding one-off items, Korvel's operating margin came in at 9.8% in 2025.", "en", "supported", "quantity"),
    ("Le résultat courant de Korvel s'est établi à 389 millions d'euros en 2025.", "fr", "supported", "quantity"),
    ("Le résultat courant des activités de Korvel s'est établi à 412 millions d'euros en 2025.", "fr", "supported",
     "quantity"),
])
def test_a_narrower_measures_figure_is_not_the_plain_measures(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, VARIANT_MEASURES), text, lang), want, rule)


VARIANT_WITH_CHANGE = """
version: 1
entities:
  dalcor:
    names: [Dalcor]
sources:
  - id: dalcor-2025
    title: Dalcor, résultats annuels 2025
    publisher: dalcor
    published: 2026-02-18
    facts:
      - id: roa
        statement: Le résultat opérationnel d'activité 2025 s'élève à 512,4 millions d'euros, soit 9,3 % du chiffre d'affaires.
        quantity: {value: 512400000, unit: EUR}
        as_of: 2025
      - id: ro
        statement: Le résultat opérationnel 2025 s'élève à 388,0 millions d'euros, soit 7,1 % du chiffre d'affaires, en baisse de 12,5 %.
        quantity: {value: 388000000, unit: EUR}
        as_of: 2025
      - id: margin-excluding
        statement: Excluding one-off items, Dalcor's operating margin was 9.8% in 2025.
        quantity: {value: 9.8, unit: percent}
        as_of: 2025
      - id: margin
        statement: Dalcor's operating margin fell to 8.1% in 2025.
        quantity: {value: 8.1, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the plain measure's fact says how its figure moved ("fell 14 %", « en baisse de 12,5 % »): words of change,
    # nothing of what it measures — the narrower measure's figure given for the plain one is still another measure's,
    # and so is the share of revenue the gloss beside it restates
    ("Le résultat opérationnel de Dalcor s'établit à 512,4 millions d'euros, soit 9,3 % du chiffre d'affaires.", "fr",
     "contradicted", "quantity-measure"),
    ("Dalcor's operating margin came in at 9.8% in 2025.", "en", "contradicted", "quantity-measure"),
    ("Le résultat opérationnel d'activité de Dalcor s'établit à 512,4 millions d'euros, soit 9,3 % du chiffre "
     "d'affaires.", "fr", "supported", None),
    ("Excluding one-off items, Dalcor's operating margin came in at 9.8% in 2025.", "en", "supported", None),
])
def test_a_plain_measure_moving_is_no_narrower_measure(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, VARIANT_WITH_CHANGE), text, lang), want, rule)



RECALL = """
version: 1
entities:
  velmor:
    names: [Velmor, Velmor Group]
  orvane:
    names: [Orvane Strait Authority]
sources:
  - id: strait
    title: Orvane strait traffic, March 2025
    published: 2025-04-02
    facts:
      - id: transits-march
        statement: In March 2025 the Orvane strait handles 41 transits a day.
        subject: orvane
        quantity: {value: 41, unit: daily transits, bound: exact}
        as_of: 2025-03
  - id: detroit
    title: Trafic du détroit de Sarne, mars 2025
    published: 2025-04-02
    facts:
      - id: passages-mars
        statement: En mars 2025, le détroit de Sarne voit passer 63 transits par jour.
        quantity: {value: 63, unit: transits quotidiens, bound: exact}
        as_of: 2025-03
  - id: duties
    title: Korland grain duties
    published: 2025-04-02
    facts:
      - id: barley-duty
        statement: Barley imported outside the duty-free quota is charged a duty of 212 euros per tonne.
        quantity: {value: 212, unit: EUR per t, bound: exact}
  - id: velmor-guidance
    title: Velmor, perspectives
    publisher: velmor
    published: 2025-07-18
    facts:
      - id: outlook-fr
        statement: Pour 2026, Velmor prévoit une hausse de ses ventes de 3 à 4 % et un ratio de couverture compris entre 2,5 et 3 fois.
        subject: velmor
        quantity: {min: 3, max: 4, unit: percent}
        as_of: 2026
      - id: outlook-en
        statement: For 2027 Velmor expects sales growth of 6 to 7 percent and an interest cover of between 4.5 and 5 times.
        subject: velmor
        quantity: {min: 6, max: 7, unit: percent}
        as_of: 2027
      - id: margin-2028
        statement: Velmor vise une marge opérationnelle de 8 % en 2028.
        subject: velmor
        quantity: {value: 8, unit: percent}
        as_of: 2028
      - id: target-raised
        statement: Velmor relève son objectif de croissance 2025, désormais entre 5 % et 6 % contre 4 % à 5 % précédemment.
        subject: velmor
        quantity: {min: 5, max: 6, unit: percent}
        as_of: 2025
"""


@pytest.fixture(scope="module")
def recall_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, RECALL)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a rate against a counted noun its adjective makes a rate ("daily transits", « transits quotidiens »), the nouns
    # counting one thing: one rate
    ("In March 2025, the strait was handling 41 vessels a day.", "en", "supported", "quantity"),
    ("In March 2025, the strait was handling 44 vessels a day.", "en", "contradicted", "quantity"),
    ("En mars 2025, le détroit comptait 63 transits par jour.", "fr", "supported", "quantity"),
    ("En mars 2025, le détroit comptait 66 transits par jour.", "fr", "contradicted", "quantity"),
    # a target's figure that the forecast's sentence writes beside its declared one: what the target's object names
    # (« vise un ratio de couverture », "is targeting an interest cover"), not its subject, must be that figure's
    ("Le groupe vise un ratio de couverture compris entre 2,5 et 3 fois.", "fr", "supported", "quantity"),
    ("The group is targeting an interest cover of between 4.5 and 5 times.", "en", "supported", "quantity"),
    # a word of side inside the phrase of a target (« vise de son côté une marge »), a target pointed back to
    # (« cet objectif »): a target all the same, met by the target's fact
    # a participle names the measure as its noun does ("imported" the imports)
    ("Imports outside the quota face a duty of 212 euros per tonne.", "en", "supported", "quantity"),
    ("Velmor vise de son côté une marge opérationnelle de 8 % en 2028.", "fr", "supported", "quantity"),
    ("Velmor vise de son côté une marge opérationnelle de 9 % en 2028.", "fr", "contradicted", "quantity"),
    ("En juillet, la direction avait rehaussé cet objectif à une fourchette de 6 % à 7 %.", "fr", "contradicted", "quantity"),
])
def test_rates_and_targets_found_in_other_words(recall_checker, text, lang, want, rule):
    assert_rule(last_statement(recall_checker, text, lang), want, rule)


@pytest.mark.parametrize("text, lang", [
    # (controls: another noun counted, another range of the target: nothing confirmed)
    ("In March 2025, the strait was handling 41 tankers a day.", "en"),
    ("Le groupe vise un ratio de couverture compris entre 3,5 et 4 fois.", "fr"),
    ("The group is targeting an interest cover of between 5.5 and 6 times.", "en"),
])
def test_rates_and_targets_of_other_things_stay_unverified(recall_checker, text, lang):
    assert_verdict(last_statement(recall_checker, text, lang), "unverified")


def test_a_target_pointed_back_to_stays_supported(recall_checker):
    # (control: the right range of the target « cet objectif » points back to)
    st = last_statement(recall_checker, "En juillet, la direction avait rehaussé cet objectif à une fourchette de 5 % à 6 %.", "fr")
    assert_rule(st, "supported", "quantity")



WAYS_OF_A_LEVEL = """
version: 1
entities:
  orvane: {names: [Orvane]}
  tessaly: {names: [Tessaly Rail]}
sources:
  - id: orvane-2025
    title: Orvane résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: backlog
        statement: Le carnet de commandes Kestrel d'Orvane s'établissait à 64 appareils au 31 décembre 2025, contre 71 un an plus tôt.
        subject: orvane
        quantity: {value: 64, unit: Kestrel}
        as_of: 2025
      - id: calls
        statement: Le nombre d'escales des navires d'Orvane est tombé à 412 en 2025.
        subject: orvane
        quantity: {value: 412, unit: escales}
        as_of: 2025
      - id: ebit
        statement: Le résultat opérationnel d'Orvane a augmenté de 6,3 % à 2,14 milliards d'euros en 2025.
        subject: orvane
        quantity: {value: 2.14e9, unit: EUR}
        as_of: 2025
      - id: sales
        statement: Orvane's sales in 2025 were 7.42 billion euros, 35 million more than in 2024.
        subject: orvane
        quantity: {value: 7.42e9, unit: EUR}
        as_of: 2025
  - id: tessaly-2025
    title: Tessaly Rail annual report 2025
    published: 2026-03-02
    facts:
      - id: riders
        statement: Tessaly Rail's weekday ridership dwindled to 418,000 in 2025.
        subject: tessaly
        quantity: {value: 418000, unit: riders}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fall written with a verb of falling (« est tombé à », "dwindled to") is read; a level reached said, in one
    # clause, to move the way the fact that gives it does not is contradicted
    ("Le nombre d'escales des navires d'Orvane a grimpé à 412 en 2025.", "fr", "contradicted"),
    ("Le nombre d'escales des navires d'Orvane a reculé à 412 en 2025.", "fr", "supported"),
    # a starting level written bare (« contre 71 ») is in the unit the sentence gives the level, whatever the list's
    ("Le carnet de commandes Kestrel d'Orvane a progressé à 64 appareils fin 2025.", "fr", "contradicted"),
    ("Le carnet de commandes Kestrel d'Orvane a reculé à 64 appareils fin 2025.", "fr", "supported"),
    ("Tessaly Rail's weekday ridership climbed to 418,000 in 2025.", "en", "contradicted"),
    ("Tessaly Rail's weekday ridership slid to 418,000 in 2025.", "en", "supported"),
    # a difference written with its scale word ("35 million more than") says which way the level moved
    ("Orvane's sales slipped to 7.42 billion euros in 2025.", "en", "contradicted"),
    ("Orvane's sales edged up to 7.42 billion euros in 2025.", "en", "supported"),
])
def test_the_way_a_level_moved_is_read_from_every_verb_and_difference(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, WAYS_OF_A_LEVEL), text, lang)
    assert_rule(st, want, "direction") if want == "mixed" else assert_verdict(st, want)


@pytest.mark.parametrize("text, lang, want", [
    # a change that a verb of losing or gaining takes as its object, stated beside the level its fact confirms (the
    # clause after the comma opens on the level reached: one change, reported the wrong way)
    ("En 2025, le résultat opérationnel d'Orvane a perdu 6,3 %, pour s'établir à 2,14 milliards d'euros.", "fr",
     "contradicted"),
    ("En 2025, le résultat opérationnel d'Orvane a gagné 6,3 %, pour s'établir à 2,14 milliards d'euros.", "fr",
     "supported"),
])
def test_a_change_lost_or_gained_beside_a_confirmed_level_goes_the_fact_s_way(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, WAYS_OF_A_LEVEL), text, lang)
    assert_rule(st, want, "direction") if want != "supported" else assert_verdict(st, want)


SUBUNIT_FACTS = """
version: 1
entities:
  brenmoor: {names: [Brenmoor]}
sources:
  - id: brenmoor-results
    title: Brenmoor annual results 2025
    published: 2026-02-12
    facts:
      - id: dividend-2025
        statement: Brenmoor's board proposes a dividend of 84.5 US cents per share for 2025.
        subject: brenmoor
        quantity: {value: 84.5, unit: US cents per share, bound: exact}
        as_of: 2025
      - id: coupon-2025
        statement: Brenmoor pays a coupon of 37 euro cents per share on its 2025 bonds certificates.
        subject: brenmoor
        quantity: {value: 37, unit: euro cents per share, bound: exact}
        as_of: 2025
      - id: preferred-2025
        statement: Brenmoor will pay 2.14 euros per ordinary share and 2.20 euros per preferred share for 2025.
        subject: brenmoor
        quantity: {value: 2.20, unit: EUR per share, bound: exact}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a source list's unit in a currency's named sub-unit ("US cents per share") is that currency, as the article's is
    ("Brenmoor's board proposes a dividend of 84.5 cents a share for 2025.", "en", "supported"),
    ("Brenmoor's board proposes a dividend of 86.5 cents a share for 2025.", "en", "contradicted"),
    ("Pour 2025, Brenmoor verse un coupon de 37 centimes par action.", "fr", "supported"),
    ("Pour 2025, Brenmoor verse un coupon de 39 centimes par action.", "fr", "contradicted"),
    # a rate's noun after its adjective ("per preferred share") is that noun's rate
    ("For 2025, Brenmoor will pay €2.20 per preferred share.", "en", "supported"),
    ("For 2025, Brenmoor will pay €2.20 per ordinary share.", "en", "contradicted"),
])
def test_a_currency_sub_unit_and_a_qualified_share_compare(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SUBUNIT_FACTS), text, lang)
    assert_verdict(st, want)


COMPARED_GAPS = """
version: 1
entities:
  tarnis: {names: [Tarnis Fund, Tarnis]}
sources:
  - id: tarnis-report
    title: Tarnis Fund financing report 2025
    published: 2026-03-02
    facts:
      - id: gap-2025
        statement: The Tarnis Fund's financing gap was 3.1 billion US dollars in 2025.
        subject: tarnis
        quantity: {value: 3.1e9, unit: USD}
        as_of: 2025
      - id: gap-2020
        statement: The Tarnis Fund's financing gap was 1.8 billion US dollars in 2020.
        subject: tarnis
        quantity: {value: 1.8e9, unit: USD}
        as_of: 2020
"""


@pytest.mark.parametrize("text, lang, want", [
    # a date after a later figure the first is compared with is the later one's, not the first's
    ("The Tarnis Fund's gap of $3.1 billion compares with a gap of $1.8 billion in 2020.", "en", "supported"),
    ("The Tarnis Fund's gap of $3.4 billion compares with a gap of $1.8 billion in 2020.", "en", "unverified"),
    ("Le déficit de 3,1 milliards de dollars du Tarnis Fund se compare à un déficit de 1,8 milliard de dollars en "
     "2020.", "fr", "supported"),
    ("Le déficit de 3,4 milliards de dollars du Tarnis Fund se compare à un déficit de 1,8 milliard de dollars en "
     "2020.", "fr", "mixed"),
    ("Le déficit du Tarnis Fund atteint 3,1 milliards de dollars contre 1,8 milliard de dollars en 2020.", "fr",
     "supported"),
])
def test_a_date_after_the_figure_compared_with_is_that_figure_s(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COMPARED_GAPS), text, lang)
    assert_verdict(st, want)



TICKETS = """
version: 1
sources:
  - id: rail
    title: Marbury rail usage
    published: 2025-06-01
    facts:
      - id: tickets
        statement: The share of Marbury rail journeys made with season tickets fell from 30% in 2020 to 12% in 2024, and seven in eight journeys are now made with ordinary ticket types.
        quantity: {value: 12, unit: percent}
        as_of: 2024
      - id: billets
        statement: La part des trajets en train de Marbury effectués avec un abonnement est tombée de 30 % en 2020 à 12 % en 2024, et sept trajets sur huit se font désormais avec un billet ordinaire.
        quantity: {value: 12, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the fact's sentence writes in a clause of its own, with every word of the figure's clause: confirmed
    ("Seven in eight journeys are now made with ordinary tickets.", "en", "supported"),
    ("Sept trajets sur huit se font désormais avec un billet ordinaire.", "fr", "supported"),
    # a word of the article's clause the fact's clause lacks (written beside another figure) confirms nothing
    ("Seven in eight journeys are now made with season tickets.", "en", "unverified"),
    ("Sept trajets sur huit se font désormais avec un abonnement.", "fr", "unverified"),
])
def test_a_figure_written_in_the_same_words_in_a_clause_of_its_own(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, TICKETS), text, lang), want)



SAME_NOUN_OTHER_THING = """
version: 1
entities:
  brevard: {names: [Brevard]}
sources:
  - id: brevard-exams
    title: Brevard exam results 2025
    published: 2025-08-21
    facts:
      - id: sat-en
        statement: 8,420 pupils sat the summer 2025 exams in Brevard.
        subject: brevard
        quantity: {value: 8420, unit: pupils}
        as_of: 2025
      - id: sat-fr
        statement: À Brevard, 8 420 élèves ont passé les examens de l'été 2025.
        subject: brevard
        quantity: {value: 8420, unit: élèves}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the same counted noun says what is counted, not what is said of it: a figure of pupils who joined a reading
    # club is not refuted by the number of pupils who sat the exams (the claim's other words name nothing of it)
    ("Around 2,600 pupils have joined the new reading club this autumn.", "en", "unverified"),
    ("Environ 2 600 élèves ont rejoint le nouveau club de lecture cet automne.", "fr", "unverified"),
    # the planted error on the fact's own words stays refuted, the right figure supported
    ("In Brevard, 8,950 pupils sat the summer exams.", "en", "contradicted"),
    ("In Brevard, 8,420 pupils sat the summer exams.", "en", "supported"),
    ("À Brevard, 8 950 élèves ont passé les examens de l'été.", "fr", "contradicted"),
    ("À Brevard, 8 420 élèves ont passé les examens de l'été.", "fr", "supported"),
])
def test_the_same_counted_noun_of_another_thing_refutes_nothing(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, SAME_NOUN_OTHER_THING), text, lang)
    assert_verdict(st, want)


BASES = """
version: 1
entities:
  norvanta: {names: [Norvanta]}
sources:
  - id: norvanta-results
    title: Norvanta full-year results 2025
    published: 2026-02-12
    facts:
      - id: operating-profit
        statement: Norvanta's operating profit was £2.4 billion in 2025, up 2% at actual rates and 6% at constant exchange rates.
        subject: norvanta
        quantity: {value: 2.4e9, unit: GBP, bound: about}
        as_of: 2025
      - id: resultat-operationnel
        statement: Le résultat opérationnel de Norvanta s'établit à 1 250 millions d'euros en 2025, en hausse publiée de 3,1 % et de 7,2 % hors effet de change.
        subject: norvanta
        quantity: {value: 1.25e9, unit: EUR, bound: exact}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the basis written beside the figure says which figure of the sentence it is, whatever the sentence opens with
    ("Norvanta's operating profit rose 6% at constant currencies to £2.4 billion.", "en", "supported"),
    ("Norvanta's operating profit rose 2% at constant currencies to £2.4 billion.", "en", "unverified"),
    # a figure the sentence writes though the fact declares another: its own clause, basis and way
    ("At constant exchange rates, Norvanta's operating profit grew 6% in 2025.", "en", "supported"),
    ("At constant exchange rates, Norvanta's operating profit grew 9% in 2025.", "en", "unverified"),
    ("Hors effet de change, le résultat opérationnel de Norvanta a progressé de 7,2 % en 2025.", "fr", "supported"),
    ("Hors effet de change, le résultat opérationnel de Norvanta a progressé de 3,1 % en 2025.", "fr", "unverified"),
    ("Hors effet de change, le résultat opérationnel de Norvanta a reculé de 7,2 % en 2025.", "fr", "unverified"),
])
def test_a_figure_the_sentence_writes_beside_another_is_read_by_its_basis(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BASES), text, lang)
    if want == "supported":
        assert_rule(st, want, "quantity-alongside")
    else:
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


TARGET_LIST = """
version: 1
entities:
  kestrel: {names: [Kestrel]}
sources:
  - id: kestrel-results
    title: Kestrel full-year results 2026
    published: 2027-02-10
    facts:
      - id: targets-2027
        statement: For 2027, Kestrel is targeting revenue growth of more than 4%, a cut in operating costs of more than 2% and a cost-to-income ratio below 61%.
        subject: kestrel
        quantity: {value: 61, unit: percent, bound: at-most}
        as_of: 2027
      - id: rote-2027
        statement: Kestrel is targeting a return on equity above 9% in 2027.
        subject: kestrel
        quantity: {value: 9, unit: percent, bound: at-least}
        as_of: 2027
      - id: objectifs-2027
        statement: Pour 2027, Kestrel vise une croissance des ventes de plus de 4 %, une baisse des coûts d'exploitation de plus de 2 % et un coefficient d'exploitation inférieur à 61 %.
        subject: kestrel
        quantity: {value: 61, unit: percent, bound: at-most}
        as_of: 2027
      - id: rentabilite-2027
        statement: Kestrel vise une rentabilité des fonds propres supérieure à 9 % en 2027.
        subject: kestrel
        quantity: {value: 9, unit: percent, bound: at-least}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want", [
    # a target the list's sentence writes (its verb of aiming opens the list) though the fact declares its last one,
    # when the quantity rule only read another fact's figure that neither confirms nor refutes it
    ("For 2027, Kestrel expects revenue growth of more than 4% and a cut in its operating costs of more than 2%.",
     "en", "supported"),
    ("For 2027, Kestrel expects revenue growth of more than 6% and a cut in its operating costs of more than 2%.",
     "en", "unverified"),
    ("Pour 2027, Kestrel table sur une hausse de ses ventes de plus de 4 % et sur une baisse de ses coûts "
     "d'exploitation de plus de 2 %.", "fr", "supported"),
    ("Pour 2027, Kestrel table sur une hausse de ses ventes de plus de 6 % et sur une baisse de ses coûts "
     "d'exploitation de plus de 2 %.", "fr", "unverified"),
])
def test_a_target_the_list_writes_is_confirmed_when_another_fact_neither_confirms_nor_refutes(tmp_path_factory, text,
                                                                                             lang, want):
    st = last_statement(checker_for(tmp_path_factory, TARGET_LIST), text, lang)
    if want == "supported":
        assert_rule(st, want, "quantity-alongside")
    else:
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


TWO_FUNDS = """
version: 1
entities:
  ferrow: {names: [Ferrow Relief]}
sources:
  - id: ferrow-update
    title: Ferrow Relief update on the Tarn floods
    published: 2026-11-20
    facts:
      - id: public-assistance
        statement: Ferrow Relief has approved 41 million dollars in public assistance funding in Tarn County.
        subject: ferrow
        quantity: {value: 41e6, unit: USD, bound: exact}
        as_of: 2026-11
      - id: household-aid
        statement: Ferrow Relief has approved about 57 million dollars in aid to more than 9,000 Tarn households.
        subject: ferrow
        quantity: {value: 57e6, unit: USD, bound: about}
        as_of: 2026-11
"""


@pytest.mark.parametrize("text, lang, want", [
    # the sentence that writes the claim's count writes another sum where the claim writes its sum: another fund's
    ("By November, Ferrow Relief had approved about $41 million in aid for more than 9,000 Tarn households.", "en",
     "not supported"),
    ("By November, Ferrow Relief had approved about $57 million in aid for more than 9,000 Tarn households.", "en",
     "supported"),
])
def test_a_figure_is_not_confirmed_by_a_sentence_that_writes_another_figure_of_the_claim_otherwise(tmp_path_factory,
                                                                                                  text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, TWO_FUNDS), text, lang)
    if want == "supported":
        assert_verdict(st, want)
    else:
        assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]



CENTRAL_BANK = """
version: 1
sources:
  - id: bank
    title: Valdorian central bank decisions 2025
    published: 2025-04-20
    facts:
      - id: deposit-rate
        statement: In April 2025 the Valdorian central bank cut its deposit rate to 2.25%.
        quantity: {value: 2.25, unit: percent}
        as_of: 2025-04
      - id: taux-directeur
        statement: En avril 2025, la banque centrale de Valdorie a abaissé son taux directeur à 2,25 %.
        quantity: {value: 2.25, unit: percent}
        as_of: 2025-04
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure's clause names its measure (unemployment, « chômage ») and the only fact of its unit names another
    # (the deposit rate, « taux directeur »), of no kin: that fact neither confirms nor refutes it (the control: the
    # rate's own wrong figure stays wrong)
    ("In April 2025 Valdorian unemployment fell to 6.2%.", "en", "unverified", None),
    ("En avril 2025, le chômage en Valdorie a reculé à 6,2 %.", "fr", "unverified", None),
    ("In April 2025 the Valdorian central bank cut its deposit rate to 2.75%.", "en", "contradicted", "quantity"),
    ("En avril 2025, la banque centrale de Valdorie a abaissé son taux directeur à 2,75 %.", "fr", "contradicted",
     "quantity"),
])
def test_a_figure_of_a_measure_the_closest_fact_does_not_measure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CENTRAL_BANK), text, lang)
    assert_outcome(st, want, rule)


NORVEL_SALES = """
version: 1
entities:
  norvel: {names: [Norvel Stores, Norvel]}
sources:
  - id: results
    title: Norvel Stores results 2025
    published: 2026-02-20
    facts:
      - id: revenue
        statement: Norvel Stores' revenue was 640 million euros in 2025.
        subject: norvel
        quantity: {value: 640000000, unit: EUR}
        as_of: 2025
      - id: encours
        statement: L'encours des cartes de crédit de Norvel s'élevait à 410 millions d'euros fin 2025.
        subject: norvel
        quantity: {value: 410000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the figure's clause says what it measures by a verb or a noun of its own (what is spent, « plafonné », a loan)
    # and the closest fact of its unit names only a measure of no kin (revenue, « l'encours »): another measure's
    # figure, which refutes nothing (the control: the fact's own measure with a wrong figure stays wrong)
    ("In 2025 Norvel Stores said it would spend 45 million euros on its warehouses.", "en", "unverified", None),
    ("Les cartes de crédit de Norvel sont plafonnées à 3 000 euros par mois.", "fr", "unverified", None),
    ("Norvel Stores' revenue was 670 million euros in 2025.", "en", "contradicted", "quantity"),
    ("L'encours des cartes de crédit de Norvel s'élevait à 440 millions d'euros fin 2025.", "fr", "contradicted",
     "quantity"),
])
def test_a_figure_of_a_measure_named_by_a_verb_or_a_noun_of_its_own(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, NORVEL_SALES), text, lang)
    assert_outcome(st, want, rule)


SAFFRON = """
version: 1
entities:
  ostrand: {names: [Ostrand]}
  velmar: {names: [Velmar]}
sources:
  - id: crops
    title: Saffron market review 2025
    published: 2025-12-20
    facts:
      - id: share
        statement: Ostrand and Velmar account for more than half of world saffron production.
        quantity: {value: 50, unit: percent, bound: at-least}
      - id: part
        statement: L'Ostrand et le Velmar assurent plus de la moitié de la production mondiale de safran.
        quantity: {value: 50, unit: percent, bound: at-least}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure whose bound the closest fact's bound turns the other way is that fact's figure misread only when its
    # clause measures something of the fact's kin: a price (« son prix ») against a share of production is another
    # measure's (the control: the production's share said under half stays refuted)
    ("Weeks later, Velmar lifted its guaranteed farmgate price by nearly 45%.", "en", "unverified", None),
    ("Quelques semaines plus tard, le Velmar a relevé son prix garanti aux producteurs de près de 45 %.", "fr",
     "unverified", None),
    ("Ostrand and Velmar account for nearly 45% of world saffron production.", "en", "contradicted", "quantity-bound"),
    ("L'Ostrand et le Velmar assurent près de 45 % de la production mondiale de safran.", "fr", "contradicted",
     "quantity"),
])
def test_a_slip_of_bound_is_the_facts_only_for_a_measure_of_its_kin(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SAFFRON), text, lang)
    assert_outcome(st, want, rule)


PROVISION = """
version: 1
entities:
  velmor: {names: [Velmor Bank, Velmor]}
sources:
  - id: results
    title: Velmor Bank results 2025
    published: 2026-02-20
    facts:
      - id: provision-2025
        statement: Velmor Bank's total provision for car loan claims reached £1.8 billion in 2025.
        subject: velmor
        quantity: {value: 1800000000, unit: GBP}
        as_of: 2025
      - id: provision-2024
        statement: Velmor Bank's total provision for car loan claims was £1.2 billion in 2024.
        subject: velmor
        quantity: {value: 1200000000, unit: GBP}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change whose words name a measure (the shares, « le cours de l'action ») is not computed from two levels of
    # facts that name none of its kin (a provision): the computation refutes nothing (the control: the provision's
    # own change, computed +50 %, said to be 20 %, stays refuted)
    ("Velmor Bank shares rose about 2.9 per cent in early trading in 2025.", "en", "unverified", None),
    ("En 2025, le cours de l'action Velmor Bank a gagné environ 2,9 % à l'ouverture.", "fr", "unverified", None),
    ("Velmor Bank's total provision for car loan claims rose by about 20 per cent in 2025.", "en", "contradicted",
     "derived-change"),
    ("En 2025, la provision totale de Velmor Bank pour les litiges de crédit auto a augmenté d'environ 20 %.", "fr",
     "contradicted", "derived-change"),
])
def test_a_change_is_not_computed_from_facts_of_no_measure_of_its_kin(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PROVISION), text, lang)
    assert_outcome(st, want, rule)


@pytest.mark.parametrize("text, lang", [
    # a change computed as a rise (£1.2bn to £1.8bn: +50 %) said to be a fall of the same size: the other direction,
    # never a match on the size alone
    ("Velmor Bank's total provision for car loan claims fell by about 50 per cent in 2025.", "en"),
    ("En 2025, la provision totale de Velmor Bank pour les litiges de crédit auto a reculé d'environ 50 %.", "fr"),
])
def test_a_computed_rise_refutes_a_fall_of_its_size(tmp_path_factory, text, lang):
    assert_verdict(last_statement(checker_for(tmp_path_factory, PROVISION), text, lang), "contradicted")


MARGIN = """
version: 1
sources:
  - id: results
    title: Corvane results 2024
    published: 2025-02-20
    facts:
      - id: margin
        statement: Corvane's operating margin was 21.5% in 2024, up from 19.8% in 2023.
        quantity: {value: 21.5, unit: percent}
        as_of: 2024
      - id: marge
        statement: La marge opérationnelle de Corvane a atteint 21,5 % en 2024.
        quantity: {value: 21.5, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bare change in a clause of its own ("an increase of 14.6 %", « en hausse de 14,6 % ») measures what the
    # main clause names (a dividend, « le dividende »): a margin of no kin neither confirms nor refutes it (the
    # control: the margin's own wrong figure stays wrong)
    ("Corvane paid a dividend of 1.20 euros per share in 2024, an increase of 14.6% on 2023.", "en", "unverified", None),
    ("En 2024, le dividende de Corvane a atteint 1,20 euro par action, en hausse de 14,6 %.", "fr", "unverified", None),
    ("Corvane's operating margin was 23.5% in 2024.", "en", "contradicted", "quantity"),
    ("La marge opérationnelle de Corvane a atteint 23,5 % en 2024.", "fr", "contradicted", "quantity"),
])
def test_a_bare_change_measures_what_its_main_clause_names(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, MARGIN), text, lang)
    assert_outcome(st, want, rule)


SHARES_AND_DIVIDEND = """
version: 1
sources:
  - id: results
    title: Corvane results 2024
    published: 2025-02-20
    facts:
      - id: dividend
        statement: Corvane's dividend per share rose 5% to 8.4 pence for 2024.
        quantity: {value: 5, unit: percent}
        as_of: 2024
      - id: dividende
        statement: Le dividende par action de Corvane a progressé de 6 % en 2024.
        quantity: {value: 6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the same number said of another measure (the shares, « le cours de l'action ») against a dividend's rise is no
    # wrong direction: the fact is not about it (the control: the dividend said to fall is)
    ("Corvane shares fell 5% in early trading.", "en", "unverified", None),
    ("Le cours de l'action Corvane a reculé de 6 % à l'ouverture.", "fr", "unverified", None),
    ("Corvane's dividend per share fell 5% for 2024.", "en", "contradicted", "direction"),
    ("Le dividende par action de Corvane a reculé de 6 % en 2024.", "fr", "contradicted", "direction"),
])
def test_the_same_number_of_another_measure_gives_no_way(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SHARES_AND_DIVIDEND), text, lang)
    assert_outcome(st, want, rule)


SHARE_BESIDE_A_LEVEL = """
version: 1
entities:
  osterland: {names: [Osterland]}
sources:
  - id: wind
    title: Wind installations in the region 2025
    published: 2026-03-01
    facts:
      - id: installed
        statement: Osterland installed 12 GW of new wind capacity in 2025, more than any other country of the region.
        subject: osterland
        quantity: {value: 12, unit: GW}
        as_of: 2025
      - id: share
        statement: Osterland accounted for about 40% of the region's new wind installations in 2025.
        subject: osterland
        quantity: {value: 40, unit: percent, bound: about}
        as_of: 2025
      - id: installe
        statement: L'Osterland a installé 12 GW de nouvelles capacités éoliennes en 2025, plus que tout autre pays de la région.
        subject: osterland
        quantity: {value: 12, unit: GW}
        as_of: 2025
      - id: part
        statement: L'Osterland a représenté environ 40 % des nouvelles installations éoliennes de la région en 2025.
        subject: osterland
        quantity: {value: 40, unit: percent, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a word of the share's clause ("the country") naming the fact of a level (12 GW) that writes no percentage: no
    # other measure's share, the share's own fact decides it (French names no measure there: « au pays environ 40 % »)
    ("Osterland installed 12 GW of new wind capacity in 2025. That gave the country roughly 40% of all new "
     "installations in the region.", "en", "supported"),
    ("Osterland installed 12 GW of new wind capacity in 2025. That gave the country roughly 60% of all new "
     "installations in the region.", "en", "contradicted"),
])
def test_a_level_s_fact_is_no_other_measure_of_a_share(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SHARE_BESIDE_A_LEVEL), text, lang), want)



START_LEVELS = """
version: 1
entities:
  tarvik: {names: [Tarvik Coffee, Tarvik]}
sources:
  - id: tarvik-fy2024
    title: Tarvik fiscal 2024 results
    published: 2024-11-05
    facts:
      - id: margin
        statement: Tarvik's operating margin contracted to 12.4% in fiscal 2024 from 14.1% in fiscal 2023.
        subject: tarvik
        quantity: {value: 12.4, unit: percent}
        as_of: 2024
      - id: marge
        statement: La marge opérationnelle de Tarvik s'est contractée à 12,4 % sur l'exercice 2024, contre 14,1 % sur l'exercice 2023.
        subject: tarvik
        quantity: {value: 12.4, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a starting level no fact gives, while the fact confirming the level reached writes its own starting level
    # otherwise: a wrong part beside a confirmed one (mixed); the right one is confirmed beside it
    ("Tarvik's operating margin narrowed to 12.4% from 15.1% a year earlier.", "en", "mixed", "quantity-start"),
    ("Tarvik's operating margin narrowed to 12.4% from 14.1% a year earlier.", "en", "supported", "quantity"),
    ("La marge opérationnelle de Tarvik a reculé à 12,4 %, contre 15,1 % un an plus tôt.", "fr", "mixed",
     "quantity-start"),
    ("La marge opérationnelle de Tarvik a reculé à 12,4 %, contre 14,1 % un an plus tôt.", "fr", "supported",
     "quantity"),
])
def test_a_starting_level_the_confirming_fact_gives_otherwise(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, START_LEVELS), text, lang), want, rule)


END_LEVELS = """
version: 1
entities:
  norvel: {names: [Norvel Group, Norvel]}
sources:
  - id: norvel-2024
    title: Norvel 2024 results
    published: 2025-03-04
    facts:
      - id: pbt
        statement: Norvel's profit before tax was 1,031 million pounds in 2024, up from 346 million pounds in 2023.
        subject: norvel
        quantity: {value: 1031e6, unit: GBP}
        as_of: 2024
      - id: op
        statement: Norvel's reported operating profit rose to 1,325 million pounds in 2024 from 531 million pounds.
        subject: norvel
        quantity: {value: 1325e6, unit: GBP}
        as_of: 2024
      - id: rn
        statement: Le résultat net de Norvel est passé de 212 millions d'euros en 2023 à 640 millions d'euros en 2024.
        subject: norvel
        quantity: {value: 640e6, unit: EUR}
        as_of: 2024
      - id: ca
        statement: Le chiffre d'affaires de Norvel a atteint 910 millions d'euros en 2024.
        subject: norvel
        quantity: {value: 910e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the change from a starting level a fact gives ends at that fact's figure, not near another fact's (here that
    # other fact's measure, operating profit, is another member of the result's contrast set: a wrong measure)
    ("Norvel's pre-tax profit climbed to about £1.30bn in 2024 from £346m a year earlier.", "en", "contradicted",
     "quantity-measure"),
    ("Norvel's pre-tax profit climbed to about £1.03bn in 2024 from £346m a year earlier.", "en", "supported",
     "quantity"),
    # (the year after the starting level is its own, « de 212 millions d'euros en 2023 »: the end level, of 2024,
    # meets the net result's own fact, and the quantity rule refutes it first)
    ("Le résultat net de Norvel est passé de 212 millions d'euros en 2023 à 900 millions d'euros en 2024.", "fr",
     "contradicted", "quantity"),
    ("Le résultat net de Norvel est passé de 212 millions d'euros en 2023 à 640 millions d'euros en 2024.", "fr",
     "supported", "quantity"),
])
def test_an_end_level_the_starting_level_s_fact_gives_otherwise(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, END_LEVELS), text, lang), want, rule)


PER_SHARE = """
version: 1
sources:
  - id: korvane-results
    title: Korvane full-year results 2025
    published: 2026-02-20
    facts:
      - id: dps
        statement: Korvane's dividend per share rose 4% to 9.6p for 2025.
        subject: korvane
        quantity: {value: 4, unit: percent}
        as_of: 2025
  - id: halden-results
    title: Halden full-year results 2025
    published: 2026-02-24
    facts:
      - id: dps
        statement: Halden's dividend per share rose 6% to 1.26 euros for 2025, ahead of the 1.19 euros expected by company-compiled market consensus.
        subject: halden
        quantity: {value: 6, unit: percent}
        as_of: 2025
  - id: maravel-resultats
    title: Maravel, résultats annuels 2025
    published: 2026-03-04
    facts:
      - id: dpa
        statement: Le dividende par action de Maravel a progressé de 5 % à 1,42 euro au titre de 2025, au-dessus des 1,37 euro attendus par le consensus de la société.
        subject: maravel
        quantity: {value: 5, unit: percent}
        as_of: 2025
entities:
  korvane: {names: [Korvane]}
  halden: {names: [Halden]}
  maravel: {names: [Maravel]}
"""


@pytest.fixture(scope="module")
def per_share(tmp_path_factory):
    return checker_for(tmp_path_factory, PER_SHARE)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a sub-unit glued to the figure is read ("9.6p" = 0.096 GBP) and compared
    ("Korvane raised its dividend per share to 9.6p for 2025.", "en", "supported", "quantity"),
    # a level the source's sentence writes beside its declared change: the way it moved is that sentence's
    ("Halden cut its dividend per share to 1.26 euros for 2025.", "en", "contradicted", "direction"),
    ("Halden raised its dividend per share to 1.26 euros for 2025.", "en", "supported", "quantity"),
    ("Le dividende par action de Maravel a baissé à 1,42 euro au titre de 2025.", "fr", "contradicted", "direction"),
    ("Le dividende par action de Maravel a augmenté à 1,42 euro au titre de 2025.", "fr", "supported", "quantity"),
])
def test_per_share_figures(per_share, text, lang, want, rule):
    assert_rule(last_statement(per_share, text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # a figure the article credits to a party its source does not name is not that source's figure
    ("Halden's dividend per share rose to 1.26 euros for 2025. It came in ahead of the 1.19 euros that analysts "
     "polled by Brenton had expected.", "en", "unverified"),
    ("Le dividende par action de Maravel a progressé à 1,42 euro au titre de 2025. Il dépasse les 1,37 euro "
     "attendus par les analystes interrogés par Brenton.", "fr", "unverified"),
    ("Le dividende par action de Maravel a progressé à 1,42 euro au titre de 2025. Il dépasse les 1,37 euro "
     "attendus par les analystes.", "fr", "supported"),
])
def test_figure_credited_elsewhere(per_share, text, lang, want):
    assert_verdict(last_statement(per_share, text, lang), want)



GUIDANCE_LIST = """
version: 1
entities:
  ondoria: {names: [Ondoria]}
sources:
  - id: ondoria-fy2024
    title: Ondoria full-year 2024 results
    published: 2025-02-20
    facts:
      - id: revenue-2024
        statement: Ondoria's revenue was €7.9bn in 2024.
        subject: ondoria
        quantity: {value: 7.9e9, unit: EUR}
        as_of: 2024
      - id: guidance-2025
        statement: For 2025 Ondoria guides to a return on equity of about 9%, a cost:income ratio of about 58% and revenue of about €8.4bn.
        subject: ondoria
        quantity: {value: 8.4e9, unit: EUR, bound: about}
        as_of: 2025
  - id: ondoria-exercice-2024
    title: Ondoria, résultats annuels 2024
    published: 2025-02-20
    facts:
      - id: ca-2024
        statement: Le chiffre d'affaires d'Ondoria s'est établi à 7,9 milliards d'euros en 2024.
        subject: ondoria
        quantity: {value: 7.9e9, unit: EUR}
        as_of: 2024
      - id: objectifs-2025
        statement: Pour 2025, Ondoria vise une rentabilité de 9 %, un ratio de coûts de 58 % et un chiffre d'affaires d'environ 8,4 milliards d'euros.
        subject: ondoria
        quantity: {value: 8.4e9, unit: EUR, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure in an item of the list a guidance governs ("guides to …, … and revenue of about €8.4bn", « vise …, … et
    # un chiffre d'affaires d'environ 8,4 milliards ») is expected: it never meets nor refutes what happened
    ("Ondoria's revenue reached €7.9bn.", "en", "supported"),
    ("Ondoria's revenue reached €8.4bn.", "en", "contradicted"),
    ("Le chiffre d'affaires d'Ondoria a atteint 7,9 milliards d'euros.", "fr", "supported"),
    ("Le chiffre d'affaires d'Ondoria a atteint 8,4 milliards d'euros.", "fr", "contradicted"),
])
def test_an_item_of_a_guidance_list_is_expected(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, GUIDANCE_LIST), text, lang), want)



NAMED_EXACTLY = """
version: 1
entities:
  velmora: {names: [Velmora]}
  corvel: {names: [Corvel]}
sources:
  - id: velmora-results
    title: Velmora full-year 2025 results
    published: 2026-02-10
    facts:
      - id: app-sales
        statement: Systemwide sales to Velmora's app members were approximately $9 billion in 2025, up 20% from the prior year.
        subject: velmora
        quantity: {value: 9e9, unit: USD, bound: about}
        as_of: 2025
      - id: systemwide-sales
        statement: Global systemwide sales at Velmora were over $41 billion in 2025.
        subject: velmora
        quantity: {value: 41e9, unit: USD, bound: at-least}
        as_of: 2025
  - id: corvel-results
    title: Corvel, résultats annuels 2025
    published: 2026-02-06
    facts:
      - id: revenus
        statement: Les revenus annuels de Corvel atteignent 14,2 milliards d'euros en 2025, en hausse de 4,1 % par rapport à 2024.
        subject: corvel
        quantity: {value: 14.2e9, unit: EUR}
        as_of: 2025
      - id: distribution
        statement: Corvel propose une distribution de 1 130 millions d'euros, soit 1,45 euro par action, au titre de 2025.
        subject: corvel
        quantity: {value: 1.13e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bound the list writes the same way, to the digit ("topped" / "over"): that fact's figure, not a wrong one
    # against the closest fact of another figure
    ("At Velmora, systemwide sales across the chain topped $41 billion for the year.", "en", "unverified"),
    # (the controls: the other way round, or another bound, is no figure the list gives; the fact's own figure)
    ("At Velmora, systemwide sales across the chain fell short of $41 billion for the year.", "en", "contradicted"),
    ("At Velmora, systemwide sales across the chain topped $45 billion for the year.", "en", "contradicted"),
    ("Systemwide sales to Velmora's app members were about $9 billion in 2025.", "en", "supported"),
    # a qualifier word that is part of a measure's name (« produit net bancaire », "net banking income") restricts
    # nothing: the revenue fact gives the figure
    ("Corvel a réalisé en 2025 un produit net bancaire de 14,2 milliards d'euros.", "fr", "supported"),
    ("Corvel reported net banking income of €14.2 billion in 2025.", "en", "supported"),
    # (the controls: another figure stays wrong)
    ("Corvel's net banking income was €15.8 billion in 2025.", "en", "contradicted"),
])
def test_a_figure_written_exactly_by_a_fact_of_its_measure(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, NAMED_EXACTLY), text, lang), want)


EBITDA_ONLY = """
version: 1
sources:
  - id: tarvelle-2025
    title: Tarvelle, résultats annuels 2025
    published: 2026-03-11
    facts:
      - id: ebitda
        statement: L'EBITDA courant 2025 de Tarvelle atteint 87,6 M€, en hausse de 6,3 %.
"""


@pytest.mark.parametrize("text, want, rule", [
    # the name holding a qualifier word written with its elided article, « l'excédent brut d'exploitation »: its
    # « brut » restricts nothing, the EBITDA fact gives the figure
    ("L'excédent brut d'exploitation de Tarvelle atteint 87,6 M€ en 2025.", "supported", "quantity"),
    # (the control: another figure stays wrong)
    ("L'excédent brut d'exploitation de Tarvelle atteint 78,6 M€ en 2025.", "contradicted", "quantity"),
])
def test_a_name_holding_a_qualifier_after_an_elided_article(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, EBITDA_ONLY), text, "fr"), want, rule)


LOSS_IN_ANOTHER_CLAUSE = """
version: 1
entities:
  orbelle: {names: [Orbelle]}
sources:
  - id: orbelle-2025
    title: Orbelle, résultats annuels 2025
    published: 2026-03-05
    facts:
      - id: resultats
        statement: En 2025, le résultat net des activités cédées d'Orbelle est de -8,6 millions d'euros et le résultat net part du groupe de -21,4 millions d'euros.
        subject: orbelle
        quantity: {value: -21.4e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a loss the article writes in size (« une perte de 8,6 millions ») against the negative figure of another clause
    # of the fact's sentence: the same number, signed as the source writes it
    ("En 2025, les activités cédées d'Orbelle ont enregistré une perte de 8,6 millions d'euros.", "fr", "supported"),
    # (the controls: a gain, or another figure, is not confirmed)
    ("En 2025, les activités cédées d'Orbelle ont dégagé un bénéfice de 8,6 millions d'euros.", "fr", "unverified"),
    ("En 2025, les activités cédées d'Orbelle ont enregistré une perte de 6,8 millions d'euros.", "fr", "unverified"),
])
def test_a_loss_written_in_size_against_another_clause(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, LOSS_IN_ANOTHER_CLAUSE), text, lang), want)

SHARE_LEVELS_ONLY = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: resultat
        statement: Le résultat opérationnel de Norvel s'est élevé à 3,2 milliards d'euros en 2025, en baisse de 3 %.
        subject: norvel
        quantity: {value: 3.2e9, unit: EUR}
        as_of: 2025
      - id: rentabilite
        statement: La rentabilité des capitaux propres de Norvel a atteint 12 % en 2025, contre 15 % en 2024.
        subject: norvel
        quantity: {value: 12, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # a share's fact that gives only its two levels (12 % against 15 %): the change is 3 points, -20 %; "3 %" gives
    # the points as per cent — wrong, whatever other fact of the report writes a fall of 3 % (the control: in points)
    ("Norvel a publié jeudi ses résultats de 2025. La rentabilité des capitaux propres a reculé de 3 % à 12 %.",
     "contradicted"),
    ("Norvel a publié jeudi ses résultats de 2025. La rentabilité des capitaux propres a reculé de 3 points à 12 %.",
     "supported"),
])
def test_a_change_in_per_cent_of_two_share_levels_is_not_their_points(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, SHARE_LEVELS_ONLY), text, "fr")
    assert [c.verdict for c in st.claims] == [want], [(c.verdict, c.explanation) for c in st.claims]
    if want == "contradicted":
        assert "quantity" in st.claims[0].rules


BOUND_ELSEWHERE = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025
    title: Norvel, résultats 2025
    facts:
      - id: rachat
        statement: Norvel lance un nouveau programme de rachat d'actions.
        subject: norvel
        as_of: 2025
      - id: gestion
        statement: La gestion d'actifs de Norvel a réalisé 1,7 milliard d'euros de chiffre d'affaires en 2025.
        subject: norvel
        quantity: {value: 1.7e9, unit: EUR}
        as_of: 2025
  - id: norvel-2025-en
    title: Norvel, 2025 results
    facts:
      - id: buyback
        statement: Norvel is launching a new share buyback programme.
        subject: norvel
        as_of: 2025
      - id: asset-management
        statement: Norvel's asset management arm had revenue of 1.7 billion euros in 2025.
        subject: norvel
        quantity: {value: 1.7e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bound met by a fact that shares only the claim's party while another fact names what it measures (the
    # buyback, without its amount): the list does not give the figure — never confirmed by the revenue's
    ("Norvel lance un programme de rachat d'actions d'au moins 1,2 milliard d'euros en 2025.", "fr", "unverified"),
    ("In 2025 Norvel launched a share buyback programme of at least €1.2bn.", "en", "unverified"),
    # (the fact that names the measure meets the bound: confirmed)
    ("La gestion d'actifs de Norvel a réalisé plus de 1,2 milliard d'euros de chiffre d'affaires en 2025.", "fr",
     "supported"),
])
def test_a_bound_met_only_by_a_fact_of_another_measure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BOUND_ELSEWHERE), text, lang)
    assert_verdict(st, want)


ORDER_BOOK_BESIDE = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025
    title: Norvel, résultats 2025
    facts:
      - id: carnet
        statement: Le carnet de commandes de Norvel atteint 50,6 milliards d'euros fin 2025, en hausse de 12 % sur un an.
        subject: norvel
        quantity: {value: 50.6e9, unit: EUR}
        as_of: 2025
      - id: organique
        statement: La croissance organique des ventes de Norvel est de 8,3 % en 2025.
        subject: norvel
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
      - id: order-book
        statement: Norvel's order book reached 50.6 billion euros at the end of 2025, up 12% on a year earlier.
        subject: norvel
        quantity: {value: 50.6e9, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a verb of level ("reached", « atteint ») says nothing of what a figure measures: the sales' 11.7 % is not the
    # order book's 12 % that a sentence which also "reached" a level writes beside its own
    ("Chez Norvel, en 2025, la hausse des ventes atteint 11,7 %.", "fr"),
    ("At Norvel, in 2025, the rise in sales reached 11.7%.", "en"),
])
def test_a_verb_of_level_names_no_measure_beside_a_declared_figure(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, ORDER_BOOK_BESIDE), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]
CLAUSES = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-2024
    title: Velmor full-year results 2024
    published: 2025-02-20
    facts:
      - id: earnings
        statement: Velmor reported underlying earnings of 9.4 billion US dollars for 2024, after taxes and mining royalties of 3.1 billion US dollars.
        subject: velmor
        quantity: {value: 9.4e9, unit: USD}
        as_of: 2024
  - id: norvel-2024
    title: Résultats annuels 2024 de Norvel
    published: 2025-02-21
    facts:
      - id: ventes
        statement: Norvel a dégagé un bénéfice net de 9,4 milliards d'euros en 2024, après impôts et redevances minières de 3,1 milliards d'euros.
        subject: norvel
        quantity: {value: 9.4e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # another figure of a declared fact's sentence, read with its own clause's words only (checks/judge/clausefacets.py)
    ("Velmor said it paid $3.1 million in taxes and mining royalties in 2024.", "en", "contradicted",
     "quantity-magnitude"),
    ("Velmor said it paid $3.1 billion in taxes and mining royalties in 2024.", "en", "supported", "quantity"),
    ("Norvel a acquitté 3,1 millions d'euros d'impôts et de redevances minières en 2024.", "fr", "contradicted",
     "quantity-magnitude"),
    ("Norvel a acquitté 3,1 milliards d'euros d'impôts et de redevances minières en 2024.", "fr", "supported", "quantity"),
])
def test_another_figure_of_a_fact_s_sentence_is_read_with_its_own_clause(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, CLAUSES), text, lang), want, rule)


CARRIED_MEASURE = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Norvel annual results 2024
    published: 2025-02-12
    facts:
      - id: revenue
        statement: Le chiffre d'affaires 2024 de Norvel s'élève à 17 194 millions d'euros, en recul de 12 % en données publiées.
        subject: norvel
        quantity: {value: 17.194e9, unit: EUR}
        as_of: 2024
      - id: fourth-quarter
        statement: Au quatrième trimestre 2024, le chiffre d'affaires du groupe Norvel est en retrait de 12 % en publié.
        quantity: {value: -12, unit: percent}
        as_of: 2024-Q4
      - id: brand
        statement: Le chiffre d'affaires de la marque Velmor a reculé de 9 % en 2024, à 2 881 millions d'euros.
        quantity: {value: 2.881e9, unit: EUR}
        as_of: 2024
      - id: revenue-en
        statement: Norvel's 2024 revenue was 8,120 million euros in the Americas, down 7% as reported.
        subject: norvel
        quantity: {value: 8.12e9, unit: EUR}
        as_of: 2024
      - id: fourth-quarter-en
        statement: In the fourth quarter of 2024, Norvel's revenue in the Americas was down 7% as reported.
        quantity: {value: -7, unit: percent}
        as_of: 2024-Q4
      - id: brand-en
        statement: Sales of the Ostria brand fell 4% in 2024 to 1,450 million euros in the Americas.
        quantity: {value: 1.45e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a clause facet that names no measure of its own (« …, en recul de 12 % ») is said of its sentence's measure
    # (« chiffre d'affaires », the article's « ventes »), not another fact's that names it (checks/judge/measurenoun.py)
    ("Norvel a publié des ventes annuelles en recul de 12 % en données publiées en 2024.", "fr", "supported", "quantity"),
    ("Norvel a publié des ventes annuelles en recul de 13 % en données publiées en 2024.", "fr", "contradicted", None),
    ("Norvel's sales in the Americas fell 7% as reported in 2024.", "en", "supported", "quantity"),
    ("Norvel's sales in the Americas fell 6% as reported in 2024.", "en", "contradicted", None),
])
def test_a_change_set_off_after_a_figure_is_of_its_sentence_s_measure(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, CARRIED_MEASURE), text, lang), want, rule)


HELD_QUALIFIER = """
version: 1
entities:
  valmont: {names: [Valmont]}
  velmor: {names: [Velmor]}
sources:
  - id: crime
    title: Délinquance enregistrée à Valmont en 2024
    published: 2025-03-20
    facts:
      - id: burglaries
        statement: À Valmont, les cambriolages de logements ont diminué de 11 % en 2024, à 4 830 faits.
        subject: valmont
        quantity: {value: -11, unit: percent}
        as_of: 2024
  - id: results
    title: Velmor annual results 2024
    published: 2025-02-20
    facts:
      - id: eps
        statement: Velmor's diluted earnings per share rose 2.5% to 3.63 euros in 2024.
        subject: velmor
        quantity: {value: 3.63, unit: EUR per share}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a qualifier word inside the name of a category (« atteintes aux biens »: ``qualifier_in_fixed_name``)
    # restricts nothing: no goods the fact would have to name (checks/heldnames.py)
    ("Côté atteintes aux biens, à Valmont, les cambriolages de logements ont reculé de 11 % en 2024.", "fr", "supported",
     "quantity"),
    ("Côté atteintes aux biens, à Valmont, les cambriolages de logements ont reculé de 14 % en 2024.", "fr", "contradicted",
     "quantity"),
    ("As for its results, Velmor's diluted earnings per share came to 3.63 euros in 2024.", "en", "supported", "quantity"),
    ("As for its results, Velmor's diluted earnings per share came to 3.93 euros in 2024.", "en", "contradicted", "quantity"),
])
def test_a_qualifier_word_inside_a_category_s_name_restricts_nothing(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, HELD_QUALIFIER), text, lang), want, rule)


SUBUNIT_DIVIDEND = """
version: 1
sources:
  - id: results
    title: Velmor annual results 2024
    published: 2025-02-19
    facts:
      - id: dps-2024
        statement: Velmor's ordinary dividend per share was 402 US cents for 2024, down 8% from 435 US cents for 2023.
        quantity: {value: 402, unit: US cents per share}
        as_of: 2024
      - id: dps-2024-fr
        statement: Le dividende ordinaire de Velmor s'élève à 45 centimes de dollar par action pour 2024, contre 48 centimes de dollar pour 2023.
        quantity: {value: 45, unit: centimes de dollar par action}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a currency's sub-unit written with its currency, "US cents", « centimes de dollar », is that currency's
    ("Velmor's ordinary dividend came to 402 US cents per share, down from 435 cents for 2023.", "en", "supported", "quantity"),
    ("Le dividende ordinaire de Velmor s'élève à 45 centimes de dollar par action, contre 48 centimes pour 2023.", "fr",
     "supported", "quantity"),
    ("Velmor's ordinary dividend came to 412 US cents per share, down from 435 cents for 2023.", "en", "mixed", "quantity"),
    ("Le dividende ordinaire de Velmor s'élève à 55 centimes de dollar par action, contre 48 centimes pour 2023.", "fr",
     "contradicted", "quantity"),
])
def test_a_sub_unit_written_with_its_currency(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SUBUNIT_DIVIDEND), text, lang)
    assert_rule(st, want, rule)


CLOSING_BASIS = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-h1-2025
    title: Norvel, premier semestre 2025
    facts:
      - id: metiers
        statement: Au premier semestre 2025, les ventes de Norvel ont progressé de 6,4 % dans l'eau et de 1,4 % dans l'énergie, à périmètre et change constants.
        subject: norvel
        as_of: 2025-06
      - id: divisions
        statement: In the first half of 2025, Norvel's sales rose 6.4% in water and 1.4% in energy, at constant scope and exchange rates.
        subject: norvel
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want", [
    # a basis the sentence names in a closing clause of its own is every figure's: a figure said on another basis is
    # another figure of the report
    ("Au premier semestre 2025, les ventes de Norvel dans l'énergie ont progressé de 1,4 % à périmètre et changes "
     "courants.", "fr", "unverified"),
    ("Au premier semestre 2025, les ventes de Norvel dans l'énergie ont progressé de 1,4 % à périmètre et change "
     "constants.", "fr", "supported"),
    ("In the first half of 2025, Norvel's energy sales rose 1.4% at current scope and exchange rates.", "en",
     "unverified"),
    ("In the first half of 2025, Norvel's energy sales rose 1.4% at constant scope and exchange rates.", "en",
     "supported"),
])
def test_a_closing_basis_is_every_figures(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, CLOSING_BASIS), text, lang)
    assert_verdict(st, want)


RANGE_BESIDE = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025
    title: Norvel, résultats 2025
    facts:
      - id: commandes
        statement: Les prises de commandes 2025 de Norvel atteignent 25,3 milliards d'euros, en hausse de 9 % (+6 % en variation organique).
        subject: norvel
        quantity: {value: 25.3e9, unit: EUR}
        as_of: 2025
      - id: orders
        statement: Norvel's 2025 order intake reached 25.3 billion euros, up 9% (+6% on an organic basis).
        subject: norvel
        quantity: {value: 25.3e9, unit: EUR}
        as_of: 2025
      - id: ventes
        statement: La croissance organique des ventes de Norvel a atteint 8,3 % en 2025.
        subject: norvel
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
      - id: sales
        statement: Norvel's organic sales growth reached 8.3% in 2025.
        subject: norvel
        quantity: {value: 8.3, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang", [
    # a range is written by a range only: the 6 % a sentence writes beside its declared figure is no "between 4 % and
    # 6 %" of what the article's clause measures
    ("En 2025, la croissance organique des ventes de Norvel était comprise entre 4 % et 6 %.", "fr"),
    ("In 2025 Norvel's organic sales growth was between 4% and 6%.", "en"),
])
def test_a_range_is_not_written_by_a_single_figure_beside(tmp_path_factory, text, lang):
    st = last_statement(checker_for(tmp_path_factory, RANGE_BESIDE), text, lang)
    assert st.verdict != "supported", [(c.verdict, c.rules, c.explanation) for c in st.claims]


BACKLOG = """
version: 1
entities:
  norvik:
    names: [Norvik Systems, Norvik]
  velmor:
    names: [Velmor]
sources:
  - id: norvik-fy
    title: Norvik Systems full-year results 2024
    published: 2025-02-20
    facts:
      - id: backlog
        statement: Norvik Systems' order backlog reached a record £41.2bn at 31 December 2024, up £3.0bn from £38.2bn a year earlier.
        subject: norvik
        quantity: {value: 41200000000, unit: GBP}
        as_of: 2024
  - id: velmor-annuel
    title: Velmor, résultats annuels 2024
    published: 2025-02-27
    facts:
      - id: carnet
        statement: Le carnet de commandes de Velmor atteint 23,5 milliards d'euros fin 2024, contre 21,1 milliards un an plus tôt.
        subject: velmor
        quantity: {value: 23500000000, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an order backlog (« carnet de commandes ») is orders: a profit's figure is not refuted by it, an order
    # backlog's is
    ("Norvik Systems' pre-tax profit came in at £2.6bn, up from £2.4bn a year earlier.", "en", "unverified", None),
    ("Norvik Systems' order backlog reached a record £45.2bn at 31 December 2024.", "en", "contradicted", "quantity"),
    ("Le bénéfice avant impôt de Velmor ressort à 1,6 milliard d'euros, contre 1,4 milliard un an plus tôt.", "fr", "unverified", None),
    ("Le carnet de commandes de Velmor atteint 28,5 milliards d'euros fin 2024.", "fr", "contradicted", "quantity"),
])
def test_an_order_backlog_is_orders(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, BACKLOG), text, lang), want, rule)


MAGNITUDE_FURTHER_DOWN = """
version: 1
sources:
  - id: costing
    title: Pension reform costing / Chiffrage des réformes des retraites
    published: 2025-11-12
    facts:
      - id: savings-fr
        statement: Les économies de la réforme des retraites de Velmor sont évaluées entre 5 et 7 milliards d'euros par an.
        quantity: {min: 5000000000, max: 7000000000, unit: EUR}
      - id: accompanying-en
        statement: The accompanying measures of Velmor's pension reform cost 3.7 billion euros a year.
        quantity: {value: 3700000000, unit: EUR}
      - id: savings-en
        statement: The savings of Ostria's pension reform are estimated at between 5 and 7 billion euros a year.
        quantity: {min: 5000000000, max: 7000000000, unit: EUR}
      - id: accompanying-fr
        statement: Les mesures d'accompagnement de la réforme des retraites d'Ostria coûtent 3,7 milliards d'euros par an.
        quantity: {value: 3700000000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fact further down (here in the other language) that writes the claim's own digits a thousand times off is the
    # fact meant, as one writing the figure itself would be: a slip of magnitude, not a figure of the closer fact
    ("Le coût des mesures d'accompagnement de la réforme des retraites de Velmor est évalué à 3,7 millions d'euros par an.",
     "fr", "contradicted", "quantity-magnitude"),
    ("The cost of the accompanying measures of Ostria's pension reform is estimated at 3.7 million euros a year.", "en",
     "contradicted", "quantity-magnitude"),
    ("Le coût des mesures d'accompagnement de la réforme des retraites de Velmor est évalué à 3,7 milliards d'euros par an.",
     "fr", "supported", "quantity"),
    ("The cost of the accompanying measures of Ostria's pension reform is estimated at 3.7 billion euros a year.", "en",
     "supported", "quantity"),
])
def test_a_slip_of_magnitude_finds_its_fact_further_down(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, MAGNITUDE_FURTHER_DOWN), text, lang), want, rule)


PRICE_BESIDE_DECLARED = """
version: 1
entities:
  norvel: {names: [Norvel, Norvel Group]}
  velmor: {names: [Velmor, groupe Velmor]}
sources:
  - id: norvel-results
    title: Norvel annual results 2024
    published: 2025-02-12
    facts:
      - id: ebitda-2024
        statement: Norvel's underlying EBITDA was 4.1 billion euros in 2024, down 3% from 2023, despite a steel price 9% lower than in 2023.
        subject: norvel
        quantity: {value: 4.1e9, unit: EUR}
        as_of: 2024
  - id: velmor-resultats
    title: Velmor – résultats annuels 2024
    published: 2025-02-20
    facts:
      - id: ebitda-2024
        statement: L'EBITDA ajusté de Velmor a atteint 2,6 milliards d'euros en 2024, en baisse de 2 %, malgré un prix du cuivre inférieur de 8 % à celui de 2023.
        subject: velmor
        quantity: {value: 2.6e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the fact's sentence writes beside its declared one is of the measure of its own words, not of the
    # declared figure's qualifier ("underlying", « ajusté »): ``writtenfigure.measure_at_written``
    ("Norvel's result came despite a steel price that was about 9% lower than a year earlier.", "en", "supported",
     "quantity-alongside"),
    ("Norvel's result came despite a steel price that was about 12% lower than a year earlier.", "en", "contradicted",
     "quantity"),
    ("Le résultat de Velmor a été obtenu malgré un prix du cuivre inférieur d'environ 8 % à celui de l'an dernier.", "fr",
     "supported", "quantity-alongside"),
    ("Le résultat de Velmor a été obtenu malgré un prix du cuivre inférieur d'environ 11 % à celui de l'an dernier.",
     "fr", "contradicted", "quantity"),
])
def test_a_figure_written_beside_is_of_its_own_words_measure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, PRICE_BESIDE_DECLARED), text, lang)
    assert_rule(st, want, rule)


BEFORE_TAX = """
version: 1
entities:
  norvel: {names: [Norvel, Norvel Airways]}
  velmor: {names: [Velmor, groupe Velmor]}
sources:
  - id: norvel-results
    title: Norvel annual results 2024
    published: 2025-02-12
    facts:
      - id: reported-pbt
        statement: Norvel's reported profit before tax for the year to 30 September 2024 was £410 million.
        subject: norvel
        quantity: {value: 410e6, unit: GBP}
        as_of: 2024
      - id: headline-pbt
        statement: Norvel's headline pre-tax profit for the year to 30 September 2024 was £455 million.
        subject: norvel
        quantity: {value: 455e6, unit: GBP}
        as_of: 2024
  - id: velmor-resultats
    title: Velmor – résultats annuels 2024
    published: 2025-02-20
    facts:
      - id: rai-publie
        statement: Le résultat publié avant impôt de Velmor s'est élevé à 210 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 210e6, unit: EUR}
        as_of: 2024
      - id: rai-courant
        statement: Le résultat courant avant impôts de Velmor a atteint 260 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 260e6, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # "pre-tax" and "before tax", « avant impôt » and « avant impôts », name one measure (the concept ``pretax`` of
    # data/concepts.yaml): not a word of another fact's figure that the confirming fact lacks
    ("On a reported basis, Norvel's pre-tax profit came in at £410m.", "en", "supported"),
    ("On a reported basis, Norvel's pre-tax profit came in at £380m.", "en", "contradicted"),
    ("En données publiées, le résultat avant impôts de Velmor s'est élevé à 210 millions d'euros.", "fr", "supported"),
    ("En données publiées, le résultat avant impôts de Velmor s'est élevé à 190 millions d'euros.", "fr", "contradicted"),
])
def test_pre_tax_is_before_tax(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, BEFORE_TAX), text, lang), want)


WORKS_YEARS = """
version: 1
entities:
  velmor-arena: {names: [Velmor Arena]}
sources:
  - id: arena
    title: Velmor Arena, fin des travaux
    publisher: velmor-arena
    published: 2025-06-02
    facts:
      - id: works-fr
        statement: Le nouveau toit de la Velmor Arena marque la fin de 14 ans de travaux sur le site.
        subject: velmor-arena
        quantity: {value: 14, unit: year}
      - id: works-en
        statement: The Norvel Hall roof ends 30 years of works on the site.
        quantity: {value: 30, unit: year}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure a list declares in "year" that is no calendar year (14, not 2014) is a duration in years: it is met by
    # « quatorze années », "30 years", and refuted by another duration
    ("Le nouveau toit de la Velmor Arena a marqué la fin de quatorze années de travaux sur le site.", "fr", "supported"),
    ("Le nouveau toit de la Velmor Arena a marqué la fin de vingt-deux années de travaux sur le site.", "fr", "contradicted"),
    ("The Norvel Hall roof marked the end of 30 years of works on the site.", "en", "supported"),
    ("The Norvel Hall roof marked the end of 45 years of works on the site.", "en", "contradicted"),
])
def test_a_declared_year_that_is_no_calendar_year_is_a_duration(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, WORKS_YEARS), text, lang), want, "quantity")


POINT_STEPS = """
version: 1
sources:
  - id: norvel-bank
    title: Norvel central bank decisions 2025
    published: 2025-03-13
    facts:
      - id: cut-march
        statement: On 12 March 2025 the Norvel central bank cut its policy rate by 0.25 percentage points, to 3.5%.
        quantity: {value: 0.25, unit: percentage points}
        as_of: 2025-03
      - id: baisse-mars
        statement: Le 12 mars 2025, la banque centrale de Velmor a abaissé son taux directeur de 0,25 point de pourcentage, à 2,5 %.
        quantity: {value: 0.25, unit: percentage points}
        as_of: 2025-03
"""


@pytest.fixture(scope="module")
def point_steps(tmp_path_factory):
    return checker_for(tmp_path_factory, POINT_STEPS)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a fraction of a point is that many percentage points (read as a ratio, it met no fact: unverified)
    ("On 12 March 2025 the Norvel central bank cut its policy rate by a quarter point.", "en", "supported", "terms"),
    ("On 12 March 2025 the Norvel central bank cut its policy rate by half a point.", "en", "contradicted",
     "quantity-bound"),
    ("Le 12 mars 2025, la banque centrale de Velmor a abaissé son taux directeur d'un quart de point.", "fr",
     "supported", "terms"),
    ("Le 12 mars 2025, la banque centrale de Velmor a abaissé son taux directeur de trois quarts de point.", "fr",
     "contradicted", "quantity-bound"),
])
def test_a_fraction_of_a_point_is_percentage_points(point_steps, text, lang, want, rule):
    assert_rule(last_statement(point_steps, text, lang), want, rule)


ACROSS = """
version: 1
sources:
  - id: norvel-rail
    title: Norvel regional rail, annual report 2025
    published: 2026-03-02
    facts:
      - id: punctuality
        statement: Punctuality reached 91.4 percent on the Norvel network in 2025.
        quantity: {value: 91.4, unit: percent}
        as_of: 2025
      - id: stations
        statement: The Norvel network served 212 stations in 2025.
        quantity: {value: 212, unit: stations}
        as_of: 2025
      - id: staff
        statement: Norvel employed 4,300 people at the end of 2025.
        quantity: {value: 4300, unit: people}
        as_of: 2025
      - id: fleet
        statement: Norvel ran 318 trains in 2025.
        quantity: {value: 318, unit: trains}
        as_of: 2025
  - id: velmor-stats
    title: Velmor, bilan économique 2025
    published: 2026-02-10
    facts:
      - id: jobless
        statement: Le chômage s'établissait à 6,2 % à Velmor fin 2025.
        quantity: {value: 6.2, unit: percent}
        as_of: 2025
      - id: harbour
        statement: Le port de Velmor a accueilli 1 450 escales en 2025.
        quantity: {value: 1450, unit: escales}
        as_of: 2025
      - id: hotels
        statement: Velmor comptait 64 hôtels en 2025.
        quantity: {value: 64, unit: hôtels}
        as_of: 2025
      - id: schools
        statement: Velmor comptait 38 écoles en 2025.
        quantity: {value: 38, unit: écoles}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the one concept the claim names, in the other language, is all a fact can share with it
    ("La ponctualité a atteint 91,4 % en 2025.", "fr", "supported"),
    ("La ponctualité a atteint 87,9 % en 2025.", "fr", "contradicted"),
    ("Unemployment stood at 6.2% in 2025.", "en", "supported"),
    ("Unemployment stood at 7.5% in 2025.", "en", "contradicted"),
])
def test_one_specific_concept_across_languages_bears_on_a_claim(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ACROSS), text, lang)
    assert_rule(st, want, "quantity")


ASSETS = """
version: 1
sources:
  - id: norvel-lease
    title: Norvel Lease, annual results 2025
    published: 2026-02-12
    facts:
      - id: earning-assets
        statement: Norvel Lease's earning assets were up 4.7% compared with the end of 2024.
        quantity: {value: 4.7, unit: percent}
        as_of: 2025-12-31
      - id: margin
        statement: Norvel Lease's cost to income ratio was 61.3% in 2025.
        quantity: {value: 61.3, unit: percent}
        as_of: 2025
  - id: velmor-am
    title: Velmor Gestion, résultats annuels 2025
    published: 2026-02-05
    facts:
      - id: aum
        statement: Les actifs sous gestion de Velmor Gestion ont progressé de 8,4 % sur un an à fin 2025.
        quantity: {value: 8.4, unit: percent}
        as_of: 2025-12-31
      - id: cost
        statement: Le coefficient d'exploitation de Velmor Gestion s'établit à 52,1 % en 2025.
        quantity: {value: 52.1, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # the phrases of a company's assets, « actifs productifs », "assets under management", one concept in both
    # languages; « par rapport à » compares, it names no report the fact would have to name too
    ("Les actifs productifs ont progressé de 4,7 % par rapport à fin 2024.", "fr", "supported"),
    ("Les actifs productifs ont progressé de 5,7 % par rapport à fin 2024.", "fr", "contradicted"),
    ("Assets under management rose 8.4% from the end of 2024.", "en", "supported"),
    ("Assets under management rose 9.4% from the end of 2024.", "en", "contradicted"),
])
def test_a_company_s_assets_across_languages(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, ASSETS), text, lang)
    assert_rule(st, want, "quantity")


COGNATES = """
version: 1
sources:
  - id: norvel-pharma
    title: Norvel Pharma, annual results 2025
    published: 2026-02-20
    facts:
      - id: oncology
        statement: Norvel Pharma's oncology sales grew 7.3 percent in 2025.
        quantity: {value: 7.3, unit: percent}
        as_of: 2025
      - id: staff
        statement: Norvel Pharma employed 4,300 people at the end of 2025.
        quantity: {value: 4300, unit: people}
        as_of: 2025
      - id: vaccines
        statement: Norvel Pharma's vaccine sales grew 4.1 percent in 2025.
        quantity: {value: 4.1, unit: percent}
        as_of: 2025
      - id: dermatology
        statement: Norvel Pharma's dermatology sales grew 2.4 percent in 2025.
        quantity: {value: 2.4, unit: percent}
        as_of: 2025
      - id: plants
        statement: Norvel Pharma ran 12 plants in 2025.
        quantity: {value: 12, unit: plants}
        as_of: 2025
      - id: patents
        statement: Norvel Pharma filed 85 patents in 2025.
        quantity: {value: 85, unit: patents}
        as_of: 2025
      - id: trials
        statement: Norvel Pharma ran 31 clinical trials in 2025.
        quantity: {value: 31, unit: trials}
        as_of: 2025
      - id: launches
        statement: Norvel Pharma launched 6 medicines in 2025.
        quantity: {value: 6, unit: medicines}
        as_of: 2025
"""

COGNATES_FR = """
version: 1
sources:
  - id: velmor-stats
    title: Velmor, bilan économique 2025
    published: 2026-02-10
    facts:
      - id: industry
        statement: L'activité industrielle de Velmor a progressé de 5,2 % en 2025.
        quantity: {value: 5.2, unit: percent}
        as_of: 2025
      - id: hotels
        statement: Velmor comptait 64 hôtels en 2025.
        quantity: {value: 64, unit: hôtels}
        as_of: 2025
      - id: farming
        statement: La production agricole de Velmor a progressé de 3,4 % en 2025.
        quantity: {value: 3.4, unit: percent}
        as_of: 2025
      - id: fishing
        statement: Les prises de pêche de Velmor ont progressé de 1,2 % en 2025.
        quantity: {value: 1.2, unit: percent}
        as_of: 2025
      - id: schools
        statement: Velmor comptait 38 écoles en 2025.
        quantity: {value: 38, unit: écoles}
        as_of: 2025
      - id: bridges
        statement: Velmor comptait 17 ponts en 2025.
        quantity: {value: 17, unit: ponts}
        as_of: 2025
      - id: museums
        statement: Velmor comptait 9 musées en 2025.
        quantity: {value: 9, unit: musées}
        as_of: 2025
      - id: stations
        statement: Velmor comptait 23 gares en 2025.
        quantity: {value: 23, unit: gares}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a word the claim shares with a fact in the other language only as its cognate (« oncologie », "oncology";
    # « activité industrielle », "industrial activity"), which few facts of the list write, makes the fact bear on it
    ("En 2025, l'oncologie a progressé de 7,3 %.", "fr", "supported"),
    ("En 2025, l'oncologie a progressé de 9,8 %.", "fr", "contradicted"),
    ("Industrial activity grew 5.2% in 2025.", "en", "supported"),
    ("Industrial activity grew 3.1% in 2025.", "en", "contradicted"),
])
def test_a_cognate_across_languages_bears_on_a_claim(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COGNATES if lang == "fr" else COGNATES_FR), text, lang)
    assert_rule(st, want, "quantity")


@pytest.mark.parametrize("french, english", [
    ("oncologie", "oncology"), ("stratégie", "strategy"), ("économique", "economic"), ("activité", "activity"),
    ("secteur", "sector"), ("opérationnelle", "operational"), ("annuel", "annual"), ("salaire", "salary"),
    ("territoire", "territory"), ("objectifs", "objectives"), ("acquisition", "acquisition"),
])
def test_cognates_share_their_form(french, english):
    from factcheck.checks.terms import cognate, stem
    assert cognate(stem(french)) == cognate(stem(english))



@pytest.mark.parametrize("text, lang, want, not_read", [
    # a company buying back its own shares names no takeover through the bare « rachat » / "purchase"
    ("Norvel a lancé un programme de rachat d'actions de 1,5 milliard d'euros.", "fr", "buyback", "merger"),
    ("Norvel completed a share buyback of 1.5 billion euros.", "en", "buyback", "merger"),
    # a takeover stays one
    ("Norvel a annoncé le rachat de Velmor Foods pour 1,5 milliard d'euros.", "fr", "merger", "buyback"),
    ("Norvel announced the takeover of Velmor Foods for 1.5 billion euros.", "en", "merger", "buyback"),
])
def test_a_share_buyback_is_not_a_takeover(text, lang, want, not_read):
    from factcheck.checks.terms import concepts_in
    read = concepts_in(text)
    assert want in read and not_read not in read, (lang, read)


WRITTEN_BESIDE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-assureurs
    title: Bilan de la tempête de Velmor
    publisher: Fédération des assureurs
    published: 2025-03-02
    facts:
      - id: entreprises
        statement: Les biens des entreprises de Velmor représentent 9 % des sinistres et 38 % du montant des dommages, soit 120 millions d'euros.
        quantity: {value: 120e6, unit: EUR}
        as_of: 2025
      - id: audience
        statement: D'après l'institut Médiavel, 12 millions de Velmoriens, soit environ 71 % de la population, ont suivi la finale.
        quantity: {value: 12e6, unit: téléspectateurs}
        as_of: 2025
  - id: norvel-fire
    title: Norvel fire, final report
    publisher: Norvel Fire Service
    published: 2025-03-02
    facts:
      - id: claims
        statement: Norvel's businesses accounted for 9 % of insurance claims and 38 % of the cost of the damage, or 120 million euros.
        quantity: {value: 120e6, unit: EUR}
        as_of: 2025
      - id: acres
        statement: The Norvel fire destroyed 2,140 structures; about 1,300 of its 6,410 acres burned through urban areas.
        quantity: {value: 2140, unit: structures}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure of a fact's sentence is the one the claim means when what it is a figure of, the words right after it,
    # follows it and no other figure of its unit, whatever words the sentence's opening lends its first figure
    ("Les biens des entreprises de Velmor, qui ne pèsent que 9 % des sinistres, représentent 38 % des dommages.", "fr",
     "supported", "quantity-alongside"),
    ("Norvel's businesses, which made up only 9 % of insurance claims, accounted for 38 % of the damage.", "en",
     "supported", "quantity-alongside"),
    # (swapped: the 38 % is the damage's, not the claims')
    ("Les biens des entreprises de Velmor représentent 38 % des sinistres.", "fr", "unverified", None),
    ("Norvel's businesses accounted for 38 % of insurance claims.", "en", "unverified", None),
])
def test_a_figure_written_beside_the_declared_one_by_its_complement(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, WRITTEN_BESIDE), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure its clause opens with measures what the words after it name: the sentence that writes it beside its
    # declared figure states it
    ("Les Velmoriens ont suivi la finale en masse, soit environ 71 % de la population.", "fr", "supported",
     "quantity-alongside"),
    ("The Norvel fire burned 6,410 acres. About 1,300 of its 6,410 acres lay in urban areas.", "en", "supported",
     "quantity-alongside"),
    ("Les Velmoriens ont suivi la finale en masse, soit environ 79 % de la population.", "fr", "unverified", None),
    ("The Norvel fire burned 6,410 acres. About 1,900 of its 6,410 acres lay in urban areas.", "en", "unverified", None),
])
def test_a_figure_its_clause_opens_with_measures_what_follows_it(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, WRITTEN_BESIDE), text, lang), want, rule)


GROUPS = """
version: 1
sources:
  - id: incomes
    title: Revenus des ménages de Norvalie 2025
    published: 2026-03-12
    facts:
      - id: modest
        statement: En 2025, le revenu des 10 % de ménages les plus modestes de Norvalie a augmenté de 1,8 %.
        quantity: {value: 1.8, unit: percent}
        as_of: 2025
      - id: poorest
        statement: In 2025 the income of the poorest 20% of households in Velmor rose by 1.4%.
        quantity: {value: 1.4, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a percentage that names a group ranked by a quality is the group the figure is of, not a figure
    ("En 2025, le revenu des 10 % de ménages les plus modestes de Norvalie a progressé de 1,8 %.", "fr", "supported"),
    ("En 2025, le revenu des 10 % de ménages les plus modestes de Norvalie a progressé de 2,8 %.", "fr", "contradicted"),
    ("In 2025 the income of the poorest 20% of households in Velmor grew by 1.4%.", "en", "supported"),
    ("In 2025 the income of the poorest 20% of households in Velmor grew by 2.4%.", "en", "contradicted"),
])
def test_a_share_naming_a_ranked_group_is_no_figure(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GROUPS), text, lang)
    assert_rule(st, want, "quantity")


WRITTEN_DECIMALS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-2025
    title: Résultats annuels de Norvel
    published: 2025-03-02
    facts:
      - id: dividend
        statement: Norvel propose un dividende de 1,30 euro par action au titre de 2024, en hausse de 8 %.
        subject: norvel
        quantity: {value: 1.3, unit: EUR per share}
        as_of: 2024
  - id: velmor-2025
    title: Velmor annual results
    published: 2025-03-04
    facts:
      - id: dividend
        statement: Velmor proposed a dividend of 2.60 pounds per share for 2024, up 4 %.
        subject: velmor
        quantity: {value: 2.6, unit: GBP per share}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the list declares 1.3 and a unit of its own ("per share"); its sentence writes « 1,30 euro par action »: two
    # decimals, so 1,35 is not a rounding of it
    ("Les actionnaires de Norvel recevront un dividende de 1,35 euro par action au titre de 2024.", "fr",
     "contradicted"),
    ("Les actionnaires de Norvel recevront un dividende de 1,30 euro par action au titre de 2024.", "fr", "supported"),
    ("Velmor shareholders will receive a dividend of 2.65 pounds a share for 2024.", "en", "contradicted"),
    ("Velmor shareholders will receive a dividend of 2.60 pounds a share for 2024.", "en", "supported"),
])
def test_a_declared_figure_keeps_the_decimals_its_sentence_writes(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, WRITTEN_DECIMALS), text, lang)
    assert_rule(st, want, "quantity")


GREW = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-2025
    title: Résultats annuels de Norvel
    published: 2025-03-02
    facts:
      - id: works
        statement: Le chiffre d'affaires de la branche Travaux de Norvel a crû de 3,8 % en 2024, à 6,2 milliards d'euros.
        subject: norvel
        as_of: 2024
  - id: velmor-2025
    title: Velmor annual results
    published: 2025-03-04
    facts:
      - id: works
        statement: Revenue of Velmor's building arm grew by 3.8% in 2024, to 6.2 billion euros.
        subject: velmor
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « a crû » (croître) is a rise: a fall of the same size is the wrong way
    ("En 2024, le chiffre d'affaires de la branche Travaux de Norvel a reculé de 3,8 %, à 6,2 milliards d'euros.",
     "fr", "contradicted", "direction"),
    ("En 2024, le chiffre d'affaires de la branche Travaux de Norvel a progressé de 3,8 %, à 6,2 milliards d'euros.",
     "fr", "supported", "quantity"),
    ("In 2024, revenue of Velmor's building arm fell by 3.8%, to 6.2 billion euros.", "en", "contradicted", "direction"),
    ("In 2024, revenue of Velmor's building arm rose by 3.8%, to 6.2 billion euros.", "en", "supported", "quantity"),
])
def test_a_past_participle_of_growth_gives_the_fact_its_way(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GREW), text, lang)
    assert_rule(st, want, rule)


BOUND_BESIDE_VALUE = """
version: 1
sources:
  - id: cycles-2024
    title: Global bicycle sales up 9% in 2024
    published: 2025-02-10
    facts:
      - id: total-2024
        statement: Worldwide bicycle sales totalled 84.2 billion dollars in 2024.
        quantity: {value: 84.2e9, unit: USD, bound: exact}
        as_of: 2024
      - id: record-2024
        statement: 2024 was the best sales year for the global bicycle market, the first year above 80 billion dollars.
        quantity: {value: 80e9, unit: USD, bound: at-least}
        as_of: 2024
  - id: velmor-2024
    title: Velmor, ventes annuelles
    published: 2025-02-12
    facts:
      - id: total-2024
        statement: Les ventes de Velmor ont atteint 3,42 milliards d'euros en 2024.
        quantity: {value: 3.42e9, unit: EUR, bound: exact}
        as_of: 2024
      - id: record-2024
        statement: Pour la première fois, les ventes de Velmor ont dépassé 3 milliards d'euros en 2024.
        quantity: {value: 3e9, unit: EUR, bound: at-least}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a fact that only bounds the figure does not outweigh the fact of the same measure that gives its value
    ("Global bicycle sales reached $88.4 billion in 2024.", "en", "contradicted"),
    ("Global bicycle sales reached $84.2 billion in 2024.", "en", "supported"),
    ("Les ventes de Velmor ont atteint 3,72 milliards d'euros en 2024.", "fr", "contradicted"),
    ("Les ventes de Velmor ont atteint 3,42 milliards d'euros en 2024.", "fr", "supported"),
])
def test_a_bound_does_not_confirm_a_figure_the_value_refutes(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BOUND_BESIDE_VALUE), text, lang)
    assert_rule(st, want, "quantity")


ROUNDED_ONLY = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-resultats
    title: Velmor, résultats annuels 2025
    publisher: velmor
    published: 2026-02-20
    facts:
      - id: benefice
        statement: Le bénéfice net de Velmor a reculé à 3,76 milliards d'euros en 2025, contre 4,12 milliards en 2024.
        subject: velmor
        quantity: {value: 3.76e9, unit: EUR}
        as_of: 2025
      - id: ca
        statement: Le chiffre d'affaires net de Velmor a progressé de 1 % à 36,2 milliards d'euros en 2025.
        subject: velmor
        quantity: {value: 36.2e9, unit: EUR}
        as_of: 2025
      - id: dividende
        statement: Le conseil de Velmor a relevé le dividende trimestriel de 0,57 à 0,61 euro par action.
        subject: velmor
        quantity: {value: 0.61, unit: EUR per share}
        as_of: 2025
      - id: bpa
        statement: Le bénéfice par action de Velmor s'est établi à 3,31 euros en 2025, contre 3,58 euros en 2024.
        subject: velmor
        quantity: {value: 3.31, unit: EUR per share}
        as_of: 2025
      - id: effectifs
        statement: Velmor employait 36 000 salariés à la fin de 2025.
        subject: velmor
        quantity: {value: 36000, unit: salariés}
        as_of: 2025
  - id: norvel-results
    title: Norvel, full-year 2025 results
    publisher: norvel
    published: 2026-02-20
    facts:
      - id: net-income
        statement: Norvel's net income fell to 3.76 billion euros in 2025 from 4.12 billion euros in 2024.
        subject: norvel
        quantity: {value: 3.76e9, unit: EUR}
        as_of: 2025
      - id: revenue
        statement: Norvel's net revenues rose 1% to 36.2 billion euros in 2025.
        subject: norvel
        quantity: {value: 36.2e9, unit: EUR}
        as_of: 2025
      - id: dividend
        statement: The Norvel board raised the quarterly cash dividend from 0.57 to 0.61 euros per share.
        subject: norvel
        quantity: {value: 0.61, unit: EUR per share}
        as_of: 2025
      - id: eps
        statement: Norvel's diluted earnings per share were 3.31 euros in 2025, down from 3.58 euros in 2024.
        subject: norvel
        quantity: {value: 3.31, unit: EUR per share}
        as_of: 2025
      - id: staff
        statement: Norvel employed 36,000 people at the end of 2025.
        subject: norvel
        quantity: {value: 36000, unit: people}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a rounded figure that a fact of the statement before meets only within its rounding, the claim sharing no word
    # of what that fact measures, is not that fact's figure: left unverified (``roundedonly.rounding_alone``)
    ("Velmor emploie environ 36 000 salariés. Il a reversé 3,8 milliards d'euros à ses actionnaires en dividendes et en rachats d'actions en 2025.", "fr",
     "unverified", None),
    ("Norvel employs about 36,000 people. It returned 3.8 billion euros to shareholders through dividends and share buybacks in 2025.", "en",
     "unverified", None),
    # (a claim that names the fact's measure is its figure, rounded)
    ("Velmor emploie environ 36 000 salariés. Son bénéfice net a atteint 3,8 milliards d'euros en 2025.", "fr",
     "supported", "quantity"),
    ("Norvel employs about 36,000 people. Its net income was 3.8 billion euros in 2025.", "en", "supported",
     "quantity"),
])
def test_a_figure_met_only_within_its_rounding_by_an_unrelated_fact(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, ROUNDED_ONLY), text, lang), want, rule)


BOUND_TARGETS = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2026
    title: Velmor, résultats annuels 2025
    published: 2026-02-20
    facts:
      - id: outlook-2026
        statement: Pour 2026, Velmor attend une croissance des ventes d'au moins 6 % à taux de change constants.
        subject: velmor
        quantity: {value: 6, unit: percent, bound: at-least}
        as_of: 2026
      - id: eps-2026
        statement: Pour 2026, le BNPA dilué de Velmor est attendu entre 2,10 et 2,15 euros.
        subject: velmor
        quantity: {min: 2.10, max: 2.15, unit: EUR per share}
        as_of: 2026
      - id: staff-en
        statement: Velmor had 4,200 employees at the end of 2025.
        subject: velmor
        quantity: {value: 4200, unit: employees}
        as_of: 2025-12
      - id: staff-fr
        statement: Velmor comptait 4 200 salariés fin 2025.
        subject: velmor
        quantity: {value: 4200, unit: salariés}
        as_of: 2025-12
      - id: outlook-2026-en
        statement: For 2026, Velmor expects sales growth of at least 6 % at constant exchange rates.
        subject: velmor
        quantity: {value: 6, unit: percent, bound: at-least}
        as_of: 2026
      - id: eps-2026-en
        statement: For 2026, Velmor expects diluted EPS of between 2.10 and 2.15 euros.
        subject: velmor
        quantity: {min: 2.10, max: 2.15, unit: EUR per share}
        as_of: 2026
  - id: velmor-2025
    title: Velmor, résultats annuels 2024
    published: 2025-02-21
    superseded_by: velmor-2026
    facts:
      - id: outlook-2025
        statement: Pour 2025, Velmor attend une croissance des ventes comprise entre 5 % et 7 % à taux de change constants.
        subject: velmor
        quantity: {min: 5, max: 7, unit: percent}
        as_of: 2025
      - id: outlook-2025-en
        statement: For 2025, Velmor expects sales growth of between 5 % and 7 % at constant exchange rates.
        subject: velmor
        quantity: {min: 5, max: 7, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound the other way round at the year's own target is a wrong bound, not the older target of another year
    # that its figure happens to fall in
    ("Pour 2026, Velmor prévoit une croissance des ventes d'au plus 6 %.", "fr", "contradicted", "quantity-bound"),
    ("For 2026, Velmor expects sales growth of at most 6 %.", "en", "contradicted", "quantity-bound"),
    ("Pour 2026, Velmor prévoit une croissance des ventes d'au moins 6 %.", "fr", "supported", "quantity"),
    ("For 2026, Velmor expects sales growth of at least 6 %.", "en", "supported", "quantity"),
    # a lower bound at the top of a range the fact writes in its own noun (EUR per share) is a wrong bound
    ("Pour 2026, Velmor vise un BNPA dilué d'au moins 2,15 euros.", "fr", "contradicted", "quantity-bound"),
    ("For 2026, Velmor expects diluted EPS of at least 2.15 euros.", "en", "contradicted", "quantity-bound"),
    ("Pour 2026, Velmor vise un BNPA dilué d'au moins 2,10 euros.", "fr", "supported", "quantity"),
    # the people a verb of employing counts are its workers: a bound their count does not meet is a wrong bound
    ("Velmor employs fewer than 4,000 people.", "en", "contradicted", "quantity"),
    ("Velmor emploie moins de 4 000 personnes.", "fr", "contradicted", "quantity"),
    ("Velmor employs more than 4,000 people.", "en", "supported", "quantity"),
    ("Velmor emploie plus de 4 000 personnes.", "fr", "supported", "quantity"),
])
def test_a_bound_the_other_way_is_a_wrong_bound(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BOUND_TARGETS), text, lang)
    assert_rule(st, want, rule)
    assert all("wrong bound" in c.explanation.lower() for c in st.claims if c.verdict == "contradicted")


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound of the source's very digits a place off, where bounds alone would leave it open: a slipped digit,
    # a magnitude slip ("more than £20bn" against "more than £2bn"); the source's own bound confirms
    ("La chute de l'action a effacé plus de 30 milliards d'euros de la valeur boursière de Norvel.", "fr",
     "contradicted", "quantity-magnitude"),
    ("The slump wiped more than €30bn off Norvel's market value.", "en", "contradicted", "quantity-magnitude"),
    ("La chute de l'action a effacé plus de 3 milliards d'euros de la valeur boursière de Norvel.", "fr",
     "supported", "quantity"),
    ("The slump wiped more than €3bn off Norvel's market value.", "en", "supported", "quantity"),
])
def test_a_bound_a_digit_off_is_a_magnitude_slip(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  norvel:
    names: [Norvel]
sources:
  - id: market
    title: Norvel shares
    published: 2025-03-12
    facts:
      - id: market-value
        statement: Norvel's share slump on 11 March 2025 erased more than €3bn of its market value.
        subject: norvel
        quantity: {value: 3.0e9, unit: EUR, bound: at-least}
        as_of: 2025-03-11
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the group's figure rounded and a thousand times off is the fact meant, not a segment's figure ranked as close:
    # « 2,38 millions » is 2 384 millions slipped
    ("Le chiffre d'affaires a reculé de 4 %, à 2,38 millions d'euros.", "fr", "contradicted", "quantity-magnitude"),
    ("Revenue fell 4% to €2.38 million.", "en", "contradicted", "quantity-magnitude"),
    ("Le chiffre d'affaires a reculé de 4 %, à 2,38 milliards d'euros.", "fr", "supported", "quantity"),
    ("Revenue fell 4% to €2.38 billion.", "en", "supported", "quantity"),
])
def test_a_rounded_figure_a_thousand_times_off_is_the_fact_meant(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  velmor:
    names: [Velmor]
  velmor-rail:
    names: [Velmor Rail]
sources:
  - id: results
    title: Velmor 2024 results
    published: 2025-02-20
    facts:
      - id: revenue
        statement: Le chiffre d'affaires 2024 de Velmor est de 2 384 millions d'euros, en recul de 4 %.
        subject: velmor
        quantity: {value: 2384000000, unit: EUR, bound: exact}
        as_of: 2024
      - id: rail-revenue
        statement: Le chiffre d'affaires de Velmor Rail recule de 20 % en 2024, à 310 millions d'euros.
        subject: velmor-rail
        quantity: {value: 310000000, unit: EUR, bound: exact}
        as_of: 2024
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert_rule(st, want, rule)


CLOSER_CLAUSE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: norvel-results
    title: Norvel, full-year 2025 results
    publisher: norvel
    published: 2026-02-20
    facts:
      - id: cargo
        statement: In Norvel's Cargo division, underlying revenue growth was 6% and operating profit growth was 11% in 2025.
        subject: norvel
        quantity: {value: 6, unit: percent}
        as_of: 2025
  - id: velmor-resultats
    title: Velmor, résultats annuels 2025
    publisher: velmor
    published: 2026-02-20
    facts:
      - id: fret
        statement: Dans la division Fret de Velmor, la croissance du chiffre d'affaires a été de 6 % et la croissance du résultat opérationnel de 11 % en 2025.
        subject: velmor
        quantity: {value: 6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a figure the declared one refutes, that another clause of the sentence writes and whose words name more of
    # what it measures, is that clause's figure, not a wrong one (``closerclause.closer_clause``)
    ("La croissance du résultat opérationnel de Velmor a atteint 11 % en 2025.", "fr", "supported"),
    ("Norvel's operating profit growth reached 11% in 2025.", "en", "supported"),
    ("La croissance du résultat opérationnel de Velmor a atteint 13 % en 2025.", "fr", "contradicted"),
    ("Norvel's operating profit growth reached 13% in 2025.", "en", "contradicted"),
])
def test_a_figure_of_the_clause_that_names_its_measure(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, CLOSER_CLAUSE), text, lang), want, "quantity")


CLOSER_CLAUSE_BASIS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: norvel-results
    title: Norvel, full-year 2025 results
    publisher: norvel
    published: 2026-02-20
    facts:
      - id: underlying
        statement: Underlying profit was 240 million euros in 2025.
        subject: norvel
        quantity: {value: 240000000, unit: EUR}
        as_of: 2025
      - id: headline
        statement: Norvel's operating profit for 2025 was 210 million euros, up 12% from a year earlier.
        subject: norvel
        quantity: {value: 210000000, unit: EUR}
        as_of: 2025
  - id: velmor-resultats
    title: Velmor, résultats annuels 2025
    publisher: velmor
    published: 2026-02-20
    facts:
      - id: sous-jacent
        statement: Le résultat sous-jacent a atteint 240 millions d'euros en 2025.
        subject: velmor
        quantity: {value: 240000000, unit: EUR}
        as_of: 2025
      - id: publie
        statement: Le résultat opérationnel de Velmor pour 2025 s'est élevé à 210 millions d'euros, en hausse de 12 % sur un an.
        subject: velmor
        quantity: {value: 210000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # a claim that names its basis ("underlying", « sous-jacent ») is never given the figure of a sentence that names
    # none: the refutation stands (``closerclause._basis``); named by neither, the clause's figure is the claim's
    ("Sur une base sous-jacente, le résultat opérationnel de Velmor pour 2025 a progressé de 12 % à 210 millions d'euros.", "fr", "contradicted"),
    ("On an underlying basis, Norvel's operating profit for 2025 rose 12% to 210 million euros.", "en", "contradicted"),
    ("Le résultat opérationnel de Velmor pour 2025 a progressé de 12 % à 210 millions d'euros.", "fr", "supported"),
    ("Norvel's operating profit for 2025 rose 12% to 210 million euros.", "en", "supported"),
])
def test_a_clause_of_another_basis_is_not_the_claims(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, CLOSER_CLAUSE_BASIS), text, lang), want, "quantity")


DIVIDEND_WAYS = """
version: 1
entities:
  velmor:
    names: [Velmor]
  orsk:
    names: [Orsk]
sources:
  - id: results-2025
    title: Annual results 2025
    published: 2026-02-18
    facts:
      - id: velmor-dividend
        statement: Velmor's dividend per share was unchanged at 50 cents in 2025.
        subject: velmor
        quantity: {value: 0.5, unit: USD per share}
        as_of: 2025
      - id: orsk-dividend
        statement: Orsk raised its dividend per share to 60 cents in 2025, from 55 cents.
        subject: orsk
        quantity: {value: 0.6, unit: USD per share}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want", [
    # "raised … to" a rise of the level reached: wrong against a dividend the source leaves unchanged
    ("In 2025 Velmor raised its dividend to 50 cents a share.", "en", "contradicted"),
    ("In 2025 Velmor kept its dividend at 50 cents a share.", "en", "supported"),
    ("In 2025 Orsk raised its dividend to 60 cents a share.", "en", "supported"),
])
def test_a_dividend_raised_against_one_left_unchanged(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, DIVIDEND_WAYS), text, lang), want, "quantity")


@pytest.mark.parametrize("text, lang, want, not_read", [
    # a title that sold best names no revenue through its « vente » / "selling"; sales themselves are revenue
    ("Norvel a réalisé la meilleure vente d'albums de l'année.", "fr", "best-seller", "revenue"),
    ("Norvel had the best-selling album of the year.", "en", "best-seller", "revenue"),
    ("Les ventes de Norvel ont progressé de 4 %.", "fr", "revenue", "best-seller"),
    ("Norvel's sales rose 4 %.", "en", "revenue", "best-seller"),
])
def test_sales_are_revenue_and_a_best_seller_is_not(text, lang, want, not_read):
    from factcheck.checks.terms import concepts_in
    read = concepts_in(text)
    assert want in read and not_read not in read, (lang, read)


BEST_SELLER = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2024
    title: Norvel in 2024
    publisher: norvel
    published: 2025-01-20
    facts:
      - id: album
        statement: Norvel a réalisé la meilleure vente d'albums de 2024 avec Vallée, devant Orsa.
        subject: norvel
      - id: single
        statement: Norvel had the best-selling single of 2024 with Harbour, ahead of Orsa.
        subject: norvel
"""


@pytest.mark.parametrize("lang, fact", [("fr", "album"), ("en", "single")])
def test_a_phrase_of_a_statement_names_no_concept_its_idiom_hides(tmp_path_factory, lang, fact):
    # (a phrase cut out of a statement, « vente d'albums », "selling single", names no revenue the idiom read whole hides)
    checker = checker_for(tmp_path_factory, BEST_SELLER)
    index = checker.index
    found = next(f for f in index.facts if f.id == fact)
    assert "c:revenue" not in index.fact_keys(found) and "c:best-seller" in index.fact_keys(found)


COUNT_SHARE = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: results
    title: Velmor results 2024
    publisher: velmor
    published: 2025-03-01
    facts:
      - id: growth
        statement: Underlying sales at Velmor grew 3% in 2024.
        subject: velmor
        quantity: {value: 3, unit: percent}
        as_of: 2024
      - id: croissance
        statement: Les ventes sous-jacentes de Velmor ont progressé de 3 % en 2024.
        subject: velmor
        quantity: {value: 3, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a count of a noun is no share the confirming report writes: the 3 % is the sales' growth, not three schools
    ("Velmor said its underlying sales grew 3% in 2024, and it opened three new schools, bringing its total to 40.",
     "en", "unverified"),
    ("Velmor a indiqué que ses ventes sous-jacentes avaient progressé de 3 % en 2024, avec trois nouvelles écoles.",
     "fr", "unverified"),
    ("Velmor said its underlying sales grew 3% in 2024.", "en", "supported"),
    ("Velmor a indiqué que ses ventes sous-jacentes avaient progressé de 3 % en 2024.", "fr", "supported"),
])
def test_a_count_of_a_noun_is_no_share(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, COUNT_SHARE), text, lang)
    assert_outcome(st, want, "quantity" if want == "supported" else None)


LEVEL_AS_CHANGE = """
version: 1
sources:
  - id: norvel-2025
    title: Norvel annual results
    published: 2025-03-04
    facts:
      - id: return-on-capital
        statement: Norvel's return on capital employed rose to 15.0% in 2024 from 14.4% a year earlier.
        quantity: {value: 15.0, unit: percent, bound: exact}
        as_of: 2024
      - id: rendement
        statement: Le rendement des capitaux employés de Velmor est passé de 14,4 % en 2023 à 15,0 % en 2024.
        quantity: {value: 15.0, unit: percent, bound: exact}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a verb of rise right before the figure with no linker, "climbed 15%", makes it the size of the change: the level
    # the source gives (15 %, from 14.4 %) given as the change is wrong; "climbed to 15%" is that level
    ("Norvel's return on capital employed climbed 15% in 2024.", "en", "contradicted", "direction"),
    ("Norvel's return on capital employed climbed to 15% in 2024.", "en", "supported", "quantity"),
    ("Le rendement des capitaux employés de Velmor a grimpé de 15 % en 2024.", "fr", "contradicted", "direction"),
    ("Le rendement des capitaux employés de Velmor a grimpé à 15 % en 2024.", "fr", "supported", "quantity"),
])
def test_a_level_given_after_a_bare_verb_of_rise_is_no_change(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, LEVEL_AS_CHANGE), text, lang)
    assert_rule(st, want, rule)


GAINS = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: members
    title: Norvel and Velmor, 2024 results
    published: 2025-02-20
    facts:
      - id: norvel-customers
        statement: Norvel's customers rose 12% to 5.6 million at the end of 2024 from 5.0 million.
        subject: norvel
        quantity: {value: 5600000, unit: customers}
        as_of: 2024
      - id: velmor-clients
        statement: Les clients de Velmor ont atteint 5,6 millions fin 2024, contre 5,0 millions un an plus tôt.
        subject: velmor
        quantity: {value: 5600000, unit: clients}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a count a verb of gaining takes is the size of the rise: the fact's level reached less its starting level
    ("Norvel added 600,000 customers in 2024.", "en", "supported"),
    ("Norvel added 900,000 customers in 2024.", "en", "contradicted"),
    ("Velmor a gagné 600 000 clients en 2024.", "fr", "supported"),
    ("Velmor a gagné 900 000 clients en 2024.", "fr", "contradicted"),
    # (the same size the other way: a loss, not the rise the fact gives)
    ("Velmor a perdu 600 000 clients en 2024.", "fr", "contradicted"),
])
def test_a_count_gained_is_the_change_between_the_facts_two_levels(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, GAINS), text, lang)
    assert_rule(st, want, "quantity")


BEFORE_YEAR = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: revenues
    title: Norvel and Velmor, revenue by year
    published: 2025-02-20
    facts:
      - id: norvel-2024
        statement: Norvel's revenue was €34 billion in 2024.
        subject: norvel
        quantity: {value: 34000000000, unit: EUR}
        as_of: 2024
      - id: norvel-2023
        statement: Le chiffre d'affaires de Norvel était de 26 milliards d'euros en 2023.
        subject: norvel
        quantity: {value: 26000000000, unit: EUR}
        as_of: 2023
      - id: velmor-2024
        statement: Le chiffre d'affaires de Velmor a atteint 410 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 410000000, unit: EUR}
        as_of: 2024
      - id: velmor-2023
        statement: Velmor's sales were 300 million euros in 2023.
        subject: velmor
        quantity: {value: 300000000, unit: EUR}
        as_of: 2023
"""


@pytest.mark.parametrize("text, lang, want", [
    # a year set in apposition to the year a change is measured from, « 2023, année où … », "2023, a year when …":
    # the figures of its clause are that year's, not those of the year the article speaks of
    ("In 2024, Norvel's revenue reached €34 billion. It rose sharply compared with 2023, a year when it had reached "
     "only €26 billion.", "en", "supported"),
    ("In 2024, Norvel's revenue reached €34 billion. It rose sharply compared with 2023, a year when it had reached "
     "only €30 billion.", "en", "unverified"),
    ("En 2024, le chiffre d'affaires de Velmor a atteint 410 millions d'euros. Il a bondi par rapport à 2023, année "
     "où il s'était limité à 300 millions d'euros.", "fr", "supported"),
    ("En 2024, le chiffre d'affaires de Velmor a atteint 410 millions d'euros. Il a bondi par rapport à 2023, année "
     "où il s'était limité à 350 millions d'euros.", "fr", "contradicted"),
])
def test_a_year_in_apposition_dates_the_figures_of_its_relative_clause(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, BEFORE_YEAR), text, lang)
    assert_verdict(st, want)     # (never the figure of the year the article speaks of: 2024's €34 billion)



GLUED_MULTIPLE = """
version: 1
sources:
  - id: norvel-results
    title: Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: debt-en
        statement: Norvel cut its net debt to £300m at the end of 2025 and its ratio of net debt to EBITDA fell to 1.4x.
        quantity: {value: 300000000, unit: GBP}
        as_of: 2025-12
      - id: debt-fr
        statement: Velmor a réduit sa dette nette à 200 millions d'euros fin 2025 et son levier est tombé à 1,6x.
        quantity: {value: 200000000, unit: EUR}
        as_of: 2025-12
"""


@pytest.mark.parametrize("text, lang, want", [
    # a multiple written with a glued "x", "1.4x", « 1,6x », is that many times
    ("Norvel's ratio of net debt to EBITDA fell to 1.4 times at the end of 2025.", "en", "supported"),
    ("Le levier de Velmor est tombé à 1,6 fois fin 2025.", "fr", "supported"),
    ("Norvel's ratio of net debt to EBITDA fell to 2.4 times at the end of 2025.", "en", "contradicted"),
    ("Le levier de Velmor est tombé à 2,6 fois fin 2025.", "fr", "contradicted"),
])
def test_a_multiple_written_with_a_glued_x_is_read_as_times(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, GLUED_MULTIPLE), text, lang), want)


SAVINGS_BY_YEAR = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-plan
    title: Velmor cost plan
    published: 2025-02-19
    facts:
      - id: savings-en
        statement: Velmor aims for about 300 million dollars of cost reductions in 2025 and an annualised cost-base reduction of 1.5 billion dollars by the end of 2026.
        subject: velmor
        quantity: {value: 1.5e9, unit: USD}
        as_of: 2026
      - id: savings-fr
        statement: Velmor vise environ 300 millions d'euros d'économies de coûts en 2025 et une réduction annualisée de la base de coûts de 1,5 milliard d'euros d'ici fin 2026.
        subject: velmor
        quantity: {value: 1.5e9, unit: EUR}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure dated in its clause, a few words after it, by the year the fact's sentence writes after the same figure
    # (another year leaves it unchecked: the figure of another year is not stated alongside)
    ("Velmor is aiming for annualised cost savings of $1.5bn by the end of 2026, with around $300m to come in 2025.",
     "en", "supported", "quantity-alongside"),
    ("Velmor is aiming for annualised cost savings of $1.5bn by the end of 2026, with around $300m to come in 2024.",
     "en", "unverified", None),
    ("Velmor vise une réduction annualisée de ses coûts de 1,5 milliard d'euros d'ici fin 2026, avec environ 300 millions "
     "d'euros attendus en 2025.", "fr", "supported", "quantity-alongside"),
    ("Velmor vise une réduction annualisée de ses coûts de 1,5 milliard d'euros d'ici fin 2026, avec environ 300 millions "
     "d'euros attendus en 2024.", "fr", "unverified", None),
    # (a wrong figure beside it is still refuted by the fact)
    ("Velmor is aiming for annualised cost savings of $1.6bn by the end of 2026, with around $300m to come in 2025.",
     "en", "contradicted", None),
])
def test_a_figure_is_dated_by_the_year_of_its_clause(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, SAVINGS_BY_YEAR), text, lang)
    assert_outcome(st, want, rule)


FRONTED_CLAUSES = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2024
    title: Velmor full-year results 2024
    published: 2025-02-20
    facts:
      - id: rail-en
        statement: In the Velmor Rail division, underlying revenue growth was 8% and underlying adjusted operating profit growth was 11% in 2024.
        subject: velmor
        quantity: {value: 8, unit: percent}
        as_of: 2024
      - id: rail-fr
        statement: Dans la division Velmor Rail, la croissance sous-jacente des ventes a été de 8 % et celle du résultat opérationnel ajusté de 11 % en 2024.
        subject: velmor
        quantity: {value: 8, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the complement a fact's sentence opens with ("In the Rail division, …") sets each of its clauses: the other
    # figure's clause is read with it
    ("In the Velmor Rail division, underlying adjusted operating profit growth reached 11%.", "en", "supported",
     "quantity"),
    ("In the Velmor Rail division, underlying adjusted operating profit growth reached 15%.", "en", "contradicted",
     "quantity"),
    ("La division Velmor Rail a vu son résultat opérationnel ajusté croître de 11 % en 2024.", "fr", "supported",
     "quantity"),
    ("La division Velmor Rail a vu son résultat opérationnel ajusté croître de 15 % en 2024.", "fr", "contradicted",
     "quantity"),
])
def test_a_sentence_s_fronted_complement_sets_each_clause(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, FRONTED_CLAUSES), text, lang), want, rule)


BUYBACKS = """
version: 1
sources:
  - id: norvel-results
    title: Norvel annual results
    published: 2025-02-20
    facts:
      - id: eps
        statement: Norvel's earnings per share were 98.2p in 2024, against 91.4p in 2023.
        quantity: {value: 0.982, unit: GBP per share}
        as_of: 2024
      - id: buyback
        statement: Norvel completed a £1,000m share buyback in 2024.
        quantity: {value: 1.0e9, unit: GBP, bound: exact}
        as_of: 2024
      - id: bpa
        statement: Le bénéfice par action de Velmor s'est établi à 3,12 euros en 2024.
        quantity: {value: 3.12, unit: EUR per share}
        as_of: 2024
      - id: rachat
        statement: Velmor lance un programme de rachat d'actions d'un montant maximal de 1,5 milliard d'euros.
        quantity: {value: 1.5e9, unit: EUR, bound: at-most}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the closest fact measures what the claim does not name: the one that writes its very number, bounded otherwise
    ("Norvel bought back less than £1bn of its own shares in 2024.", "en", "contradicted", "quantity-bound"),
    ("Norvel bought back £1bn of its own shares in 2024.", "en", "supported", "quantity"),
    ("En 2024, Velmor lance un programme de rachat de ses actions d'au moins 1,5 milliard d'euros.", "fr", "contradicted", "quantity-bound"),
    ("En 2024, Velmor lance un programme de rachat de ses actions d'au plus 1,5 milliard d'euros.", "fr", "supported", "quantity"),
])
def test_the_next_fact_by_its_number_and_bound(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, BUYBACKS), text, lang)
    assert_rule(st, want, rule)



DIVISIONS = """
version: 1
sources:
  - id: norvel-half
    title: Norvel half-year results
    published: 2025-07-30
    facts:
      - id: home
        statement: Norvel's UK Home Insurance pre-tax profit was £120.5 million in the first half of 2025, up from £101.3 million.
        quantity: {value: 120500000, unit: GBP}
        as_of: 2025-06
      - id: group
        statement: Norvel's group pre-tax profit for the six months to 30 June 2025 was £98.2 million, up from £87.6 million.
        quantity: {value: 98200000, unit: GBP}
        as_of: 2025-06
      - id: carnet
        statement: Le carnet de commandes de Velmor s'élevait à 4,2 milliards d'euros au premier semestre 2025.
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2025-06
      - id: prises
        statement: Les prises de commandes de Velmor ont atteint 1,8 milliard d'euros au premier semestre 2025.
        quantity: {value: 1.8e9, unit: EUR}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a word the agreeing fact does not write, tied to the same word in another fact of the same date, which gives
    # another figure: the figure of that other measure is the claim's
    ("Group pre-tax profit had already reached £120.5 million in the first half of the year.", "en", "contradicted", "quantity-measure"),
    ("Group pre-tax profit had already reached £98.2 million in the first half of the year.", "en", "supported", "quantity"),
    ("Les prises de commandes avaient déjà atteint 4,2 milliards d'euros au premier semestre.", "fr", "contradicted", "quantity-measure"),
    ("Les prises de commandes avaient déjà atteint 1,8 milliard d'euros au premier semestre.", "fr", "supported", "quantity"),
])
def test_the_figure_of_the_measure_its_word_names(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, DIVISIONS), text, lang)
    assert_rule(st, want, rule)


LEVEL_WAYS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Results 2025
    published: 2026-02-20
    facts:
      - id: debt-cut
        statement: Velmor reduced its net debt by 1.7 billion euros in 2025.
        subject: velmor
        quantity: {value: -1700000000, unit: EUR, bound: about}
        as_of: 2025
      - id: debt
        statement: Velmor's net debt stood at 7.5 billion euros at the end of 2025.
        subject: velmor
        quantity: {value: 7500000000, unit: EUR, bound: about}
        as_of: 2025-12-31
      - id: dette-baisse
        statement: Norvel a réduit sa dette nette de 1,2 milliard d'euros en 2025.
        subject: norvel
        quantity: {value: -1200000000, unit: EUR, bound: about}
        as_of: 2025
      - id: dette
        statement: La dette nette de Norvel s'élevait à 4,3 milliards d'euros à la fin de 2025.
        subject: norvel
        quantity: {value: 4300000000, unit: EUR, bound: about}
        as_of: 2025-12-31
      - id: prix
        statement: Le prix moyen d'un vélo Norvel est de 1 290 euros en 2025, contre 1 450 euros un an plus tôt.
        subject: norvel
        quantity: {value: 1290, unit: EUR, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a level at the year's end moved the way the one fact of that year giving the year's change of the same measure
    # says ("reduced its net debt by 1.7 billion in 2025"): "rose to" it is the wrong way
    ("Velmor's net debt rose to €7.5 billion at the end of 2025.", "en", "contradicted", "direction"),
    ("Velmor's net debt fell to €7.5 billion at the end of 2025.", "en", "supported", "quantity"),
    ("La dette nette de Norvel est montée à 4,3 milliards d'euros fin 2025.", "fr", "contradicted", "direction"),
    ("La dette nette de Norvel est descendue à 4,3 milliards d'euros fin 2025.", "fr", "supported", "quantity"),
    # « monter » says a rise as « grimper » does: a level reached from a higher one did not rise
    ("Le prix moyen d'un vélo Norvel est monté à 1 290 euros en 2025, contre 1 450 euros un an plus tôt.", "fr",
     "mixed", "direction"),
    ("Le prix moyen d'un vélo Norvel est tombé à 1 290 euros en 2025, contre 1 450 euros un an plus tôt.", "fr",
     "supported", "quantity"),
])
def test_a_level_reached_moves_the_way_the_year_went(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, LEVEL_WAYS), text, lang), want, rule)


ROUND_START = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Results 2025
    published: 2026-02-20
    facts:
      - id: solvency
        statement: Velmor's solvency ratio was 203% at the end of 2025, up 3 points from 200% a year earlier.
        subject: velmor
        quantity: {value: 203, unit: percent}
        as_of: 2025-12-31
      - id: ratio
        statement: Le ratio de solvabilité de Norvel était de 182 % fin 2025, contre 180 % un an plus tôt.
        subject: norvel
        quantity: {value: 182, unit: percent}
        as_of: 2025-12-31
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a round figure the fact's sentence writes to the digit as its starting level ("up from 200 % a year earlier")
    # is that level, not the level reached its rounding only meets: a wrong period
    ("Velmor's solvency ratio stood at 200% at the end of 2025.", "en", "contradicted", "period"),
    ("Le ratio de solvabilité de Norvel s'établissait à 180 % fin 2025.", "fr", "contradicted", "period"),
    ("Velmor's solvency ratio stood at 203% at the end of 2025.", "en", "supported", "quantity"),
    ("Le ratio de solvabilité de Norvel s'établissait à 182 % fin 2025.", "fr", "supported", "quantity"),
])
def test_a_round_figure_written_as_the_start_is_the_start(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ROUND_START), text, lang), want, rule)


SAID_WOULD = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-results
    title: Norvel annual results 2024
    published: 2025-02-20
    facts:
      - id: pbt
        statement: Norvel's profit before tax was £310m in 2024.
        subject: norvel
        quantity: {value: 310000000, unit: GBP}
        as_of: 2024
  - id: norvel-update
    title: Norvel trading update
    published: 2024-11-12
    facts:
      - id: strike-impact
        statement: Norvel expects the strike to have an adverse impact of approximately £40m on its 2024 profit before tax.
        subject: norvel
        quantity: {value: 40000000, unit: GBP, bound: about}
        as_of: 2024
  - id: velmor-results
    title: Résultats annuels 2024 de Velmor
    published: 2025-02-25
    facts:
      - id: net-income
        statement: Le bénéfice net de Velmor s'est établi à 520 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 520000000, unit: EUR}
        as_of: 2024
  - id: velmor-update
    title: Velmor, point d'activité
    published: 2024-10-20
    facts:
      - id: strike
        statement: Velmor prévoit un impact défavorable de la grève d'environ 35 millions d'euros sur son bénéfice net 2024.
        subject: velmor
        quantity: {value: 35000000, unit: EUR, bound: about}
        as_of: 2024
"""


@pytest.fixture(scope="module")
def said_would_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, SAID_WOULD)


@pytest.mark.parametrize("text, lang, want", [
    # what a party said "would" happen is its forecast as much as its decision: met by the expectation it published
    # (an "adverse impact" is a loss), not refuted by the year's profit
    ("Norvel results. In November, the company had warned that the strike would knock roughly £40m off its 2024 "
     "profit.", "en", "supported"),
    ("Norvel results. Norvel said the strike would cut its 2024 profit by about £40m.", "en", "supported"),
    ("Norvel results. Norvel said the strike would cut its 2024 profit by about £90m.", "en", "contradicted"),
    ("Velmor. En octobre, Velmor avait prévenu que la grève aurait un effet défavorable d'environ 35 millions "
     "d'euros sur son bénéfice net 2024.", "fr", "supported"),
    ("Velmor. Velmor a indiqué que la grève aurait un effet défavorable d'environ 85 millions d'euros sur son "
     "bénéfice net 2024.", "fr", "contradicted"),
])
def test_what_a_party_said_would_happen_is_met_by_its_expectation(said_would_checker, text, lang, want):
    assert_rule(last_statement(said_would_checker, text, lang), want, "quantity")


BOUNDS_WRITTEN = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-results
    title: Norvel annual results 2024
    published: 2025-02-20
    facts:
      - id: rote
        statement: Norvel's return on tangible equity was 7.4% in 2024, above its target of more than 7%.
        subject: norvel
        quantity: {value: 7.4, unit: percent}
        as_of: 2024
      - id: ebit
        statement: Norvel's underlying EBIT rose 12% to £2,015m in 2024.
        subject: norvel
        quantity: {value: 2015000000, unit: GBP}
        as_of: 2024
      - id: eps
        statement: Norvel's underlying earnings per share rose 5% to 48.5p in 2024.
        subject: norvel
        quantity: {value: 0.485, unit: GBP per share}
        as_of: 2024
  - id: velmor-results
    title: Résultats annuels 2024 de Velmor
    published: 2025-02-25
    facts:
      - id: rote
        statement: La rentabilité des fonds propres tangibles de Velmor est de 7,4 % en 2024, supérieure à la cible de plus de 7 %.
        subject: velmor
        quantity: {value: 7.4, unit: percent}
        as_of: 2024
"""


@pytest.fixture(scope="module")
def bounds_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, BOUNDS_WRITTEN)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound the fact writes itself beside its value ("a target of more than 7%") is stated by it, whatever the
    # claim's other figure meets
    ("Norvel's return on tangible equity reached 7.4%, ahead of its goal of more than 7%.", "en", "supported",
     "quantity-alongside"),
    ("Norvel's return on tangible equity reached 7.9%, ahead of its goal of more than 7%.", "en", "contradicted",
     "quantity"),
    ("La rentabilité des fonds propres tangibles de Velmor atteint 7,4 %, au-delà de l'objectif de plus de 7 %.", "fr",
     "supported", "quantity-alongside"),
    ("La rentabilité des fonds propres tangibles de Velmor atteint 7,9 %, au-delà de l'objectif de plus de 7 %.", "fr",
     "contradicted", "quantity"),
    # "earnings before interest and tax" is the EBIT, an operating result, not earnings per share
    ("Norvel's underlying earnings before interest and tax climbed 12%, to just over £2bn.", "en", "supported",
     "quantity-alongside"),
    ("Norvel's underlying earnings before interest and tax climbed 12%, to just over £3bn.", "en", "contradicted",
     "quantity"),
])
def test_a_bound_the_fact_writes_beside_its_value(bounds_checker, text, lang, want, rule):
    assert_rule(last_statement(bounds_checker, text, lang), want, rule)


GROSS_IN_NAME = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-results
    title: Résultats annuels 2024 de Velmor
    published: 2025-03-12
    facts:
      - id: rbe
        statement: Le RBE de Velmor atteint 612 millions d'euros en 2024, en baisse de 4 %.
        subject: velmor
        quantity: {value: 612000000, unit: EUR}
        as_of: 2024
      - id: net
        statement: Le résultat net de Velmor s'établit à 205 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 205000000, unit: EUR}
        as_of: 2024
  - id: norvel-results
    title: Norvel Bank annual results 2024
    published: 2025-02-14
    facts:
      - id: revenues
        statement: Norvel Bank's revenues were €9.4bn in 2024.
        subject: norvel
        quantity: {value: 9400000000, unit: EUR}
        as_of: 2024
"""


@pytest.fixture(scope="module")
def gross_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, GROSS_IN_NAME)


@pytest.mark.parametrize("text, lang, want", [
    # « brut » inside « résultat brut d'exploitation » (RBE, EBE) is part of the name, no qualifier: the RBE's figure
    ("Le résultat brut d'exploitation (RBE) de Velmor s'établit à 612 millions d'euros.", "fr", "supported"),
    ("Le résultat brut d'exploitation (RBE) de Velmor s'établit à 642 millions d'euros.", "fr", "contradicted"),
    # also after an elided article: « l'excédent brut d'exploitation »
    ("L'excédent brut d'exploitation de Velmor s'établit à 612 millions d'euros.", "fr", "supported"),
    ("L'excédent brut d'exploitation de Velmor a progressé, à 612 millions d'euros.", "fr", "contradicted"),
    # as "net" is inside "net banking income", a bank's revenues
    ("Norvel Bank's net banking income reached €9.4bn in 2024.", "en", "supported"),
    ("Norvel Bank's net banking income reached €9.9bn in 2024.", "en", "contradicted"),
])
def test_a_qualifier_inside_the_name_of_a_measure(gross_checker, text, lang, want):
    assert_rule(last_statement(gross_checker, text, lang), want, "quantity")


FLAT_LEVELS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Velmor and Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: rent
        statement: Velmor's net rental income rose 7 per cent to £628 million in 2025.
        subject: velmor
        quantity: {value: 628000000, unit: GBP}
        as_of: 2025
      - id: loyers
        statement: Les revenus locatifs nets de Norvel ont progressé de 7 % à 628 millions d'euros en 2025.
        subject: norvel
        quantity: {value: 628000000, unit: EUR}
        as_of: 2025
      - id: valuation
        statement: Velmor's portfolio was valued at £17,770 million at 31 December 2025, against £17,762 million a year earlier.
        subject: velmor
        quantity: {value: 17770000000, unit: GBP}
        as_of: 2025-12-31
      - id: valeur
        statement: Le patrimoine de Norvel était valorisé à 17 770 millions d'euros fin 2025, contre 17 762 millions un an plus tôt.
        subject: norvel
        quantity: {value: 17770000000, unit: EUR}
        as_of: 2025-12-31
      - id: plots
        statement: Velmor's land holdings were 82,084 plots at 31 December 2025, broadly unchanged from 82,235 a year earlier.
        subject: velmor
        quantity: {value: 82084, unit: plots}
        as_of: 2025-12-31
      - id: terrains
        statement: La réserve foncière de Norvel comptait 82 084 terrains fin 2025, quasi stable par rapport aux 82 235 d'un an plus tôt.
        subject: norvel
        quantity: {value: 82084, unit: terrains}
        as_of: 2025-12-31
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the words read right before a level reached begin at a word: "increased 7 per cent to", never "eased …"
    ("Velmor's net rental income increased 7 per cent to £628 million in 2025.", "en", "supported", "quantity"),
    ("Les revenus locatifs nets de Norvel ont augmenté de 7 % à 628 millions d'euros en 2025.", "fr", "supported",
     "quantity"),
    ("Velmor's net rental income decreased 7 per cent to £628 million in 2025.", "en", "contradicted", "direction"),
    ("Les revenus locatifs nets de Norvel ont diminué de 7 % à 628 millions d'euros en 2025.", "fr", "contradicted",
     "direction"),
])
def test_the_words_before_a_level_begin_at_a_word(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FLAT_LEVELS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a level said not to have moved: both levels round to the claim's figure, or the source itself calls the move
    # none (within one per cent) — not a wrong direction
    ("Velmor's portfolio was valued at about £17.8 billion at the end of 2025, broadly unchanged from a year earlier.",
     "en", "supported", "quantity"),
    ("Le patrimoine de Norvel était valorisé à environ 17,8 milliards d'euros fin 2025, quasi stable sur un an.",
     "fr", "supported", "quantity"),
    ("Velmor's land holdings were broadly flat at 82,084 plots at the end of 2025.", "en", "supported", "quantity"),
    ("La réserve foncière de Norvel est restée stable à 82 084 terrains fin 2025.", "fr", "supported", "quantity"),
    # control: to the digit the claim writes, the level moved
    ("Velmor's portfolio was valued at £17,770 million at the end of 2025, unchanged from a year earlier.",
     "en", "contradicted", "direction"),
    ("Le patrimoine de Norvel était valorisé à 17 770 millions d'euros fin 2025, stable sur un an.",
     "fr", "contradicted", "direction"),
])
def test_a_level_held_to_the_claims_rounding(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FLAT_LEVELS), text, lang), want, rule)



SIGNED_GROWTH = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Velmor and Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: growth
        statement: Excluding Brazil, Velmor's like-for-like revenue growth was -6.2% in 2025.
        subject: velmor
        quantity: {value: -6.2, unit: percent}
        as_of: 2025
      - id: croissance
        statement: Hors Brésil, la croissance organique du chiffre d'affaires de Norvel est de -14,0 % en 2025.
        subject: norvel
        quantity: {value: -14.0, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a word of growth whose figure is written as a negative percentage says a fall ("growth was -6.2 %"), and a
    # place both take out ("Excluding Brazil", « Hors Brésil ») is no other place
    ("Excluding Brazil, Velmor's like-for-like revenue decline reached 6.2% in 2025.", "en", "supported", "quantity"),
    ("Hors Brésil, le repli organique du chiffre d'affaires de Norvel atteint 14 % en 2025.", "fr", "supported",
     "quantity"),
    ("Excluding Brazil, Velmor's like-for-like revenue increase reached 6.2% in 2025.", "en", "contradicted",
     "quantity"),
    ("Hors Brésil, la hausse organique du chiffre d'affaires de Norvel atteint 14 % en 2025.", "fr", "contradicted",
     "direction"),
])
def test_growth_written_negative_is_a_fall(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, SIGNED_GROWTH), text, lang), want, rule)


GLOSSED_LEVELS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: outlook
    title: Velmor and Norvel outlook 2026
    published: 2026-03-05
    facts:
      - id: growth
        statement: Velmor's growth is projected at 1.4% in 2026, unchanged from the December projections.
        subject: velmor
        quantity: {value: 1.4, unit: percent}
        as_of: 2026
      - id: croissance
        statement: La croissance de Norvel est attendue à 1,6 % en 2026, inchangée par rapport aux projections de décembre.
        subject: norvel
        quantity: {value: 1.6, unit: percent}
        as_of: 2026
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the gloss right after a level ("1.4 %, unchanged from …") says how it moved, not the noun of the measure before
    # it ("growth", « croissance »)
    ("Velmor's growth forecast for 2026 was left unchanged at 1.4%.", "en", "supported", "quantity"),
    ("La prévision de croissance de Norvel pour 2026 est restée inchangée à 1,6 %.", "fr", "supported", "quantity"),
    ("Velmor's growth forecast for 2026 fell to 1.4%.", "en", "contradicted", "direction"),
    ("La prévision de croissance de Norvel pour 2026 a reculé à 1,6 %.", "fr", "contradicted", "direction"),
])
def test_the_gloss_after_a_level_says_how_it_moved(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, GLOSSED_LEVELS), text, lang), want, rule)


REFUTED_READINGS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Results 2025
    published: 2026-02-20
    facts:
      - id: net-profit
        statement: Velmor's net profit fell 28% to €36 million in 2025.
        subject: velmor
        quantity: {value: 36000000, unit: EUR}
        as_of: 2025
      - id: benefice
        statement: Le bénéfice net de Norvel a baissé de 28 % à 41 millions d'euros en 2025.
        subject: norvel
        quantity: {value: 41000000, unit: EUR}
        as_of: 2025
      - id: leverage-2025
        statement: Velmor's net debt to EBITDA ratio was 1.97 at the end of 2025.
        subject: velmor
        as_of: 2025-12-31
      - id: leverage-2024
        statement: Velmor's net debt to EBITDA ratio was 2.10 at the end of 2024.
        subject: velmor
        as_of: 2024-12-31
      - id: levier-2025
        statement: Le ratio dette nette/Ebitda de Norvel était de 1,84 fin 2025.
        subject: norvel
        as_of: 2025-12-31
      - id: levier-2024
        statement: Le ratio dette nette/Ebitda de Norvel était de 2,35 fin 2024.
        subject: norvel
        as_of: 2024-12-31
      - id: group-income
        statement: Velmor's net income was €239 million in 2025, giving earnings per share of €2.01.
        subject: velmor
        quantity: {value: 239000000, unit: EUR}
        as_of: 2025
      - id: resultat
        statement: Le résultat net de Norvel s'élevait à 187 millions d'euros en 2025, soit un bénéfice par action de 1,46 euro.
        subject: norvel
        quantity: {value: 187000000, unit: EUR}
        as_of: 2025
      - id: dividende
        statement: Norvel propose un dividende de 0,90 euro par action au titre de 2025.
        subject: norvel
        quantity: {value: 0.9, unit: EUR per share}
        as_of: 2025
      - id: dividend
        statement: Velmor proposes a dividend of €0.95 per share for 2025.
        subject: velmor
        quantity: {value: 0.95, unit: EUR per share}
        as_of: 2025
      - id: margin
        statement: Velmor's operating margin was 9.8% in 2025, up 0.4 point on 2024.
        subject: velmor
        quantity: {value: 9.8, unit: percent}
        as_of: 2025
      - id: marge
        statement: Le taux de marge opérationnelle de Norvel a atteint 8,6 % en 2025, en hausse de 0,4 point par rapport à 2024.
        subject: norvel
        quantity: {value: 8.6, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # « net » after its noun qualifies it, a verb of change after it or not (« le bénéfice net progresse »): only
    # before a noun of change, after an article, is it how sharp the change is (« un net recul »)
    ("Le bénéfice net progresse de 28 %, à 41 millions d'euros.", "fr", "contradicted", "direction"),
    ("Le bénéfice net recule de 28 %, à 41 millions d'euros.", "fr", "supported", "quantity"),
    ("Velmor's net profit rose 28% to €36 million.", "en", "contradicted", "direction"),
    ("Velmor's net profit fell 28% to €36 million.", "en", "supported", "quantity"),
])
def test_net_after_its_noun_qualifies_it(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REFUTED_READINGS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bare apposition of a confirmed figure (« soit 1,64 euro par action », "or €2.10 a share") against the clause
    # of the confirming sentence that writes its one word
    ("Le résultat net s'est établi à 187 millions d'euros, soit 1,64 euro par action.", "fr", "mixed", "quantity"),
    ("Le résultat net s'est établi à 187 millions d'euros, soit 1,46 euro par action.", "fr", "supported", "quantity"),
    ("Net income was €239 million, or €2.10 a share.", "en", "contradicted", "quantity"),
    ("Net income was €239 million, or €2.01 a share.", "en", "supported", "quantity"),
])
def test_an_apposition_is_read_against_the_clause_of_its_sentence(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REFUTED_READINGS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # points gained beside the level a fact confirms, against that fact's change in points (« 0,4 point », singular)
    ("Le taux de marge opérationnelle de Norvel a gagné 3 points, à 8,6 %.", "fr", "mixed", "quantity"),
    ("Le taux de marge opérationnelle de Norvel a gagné 0,4 point, à 8,6 %.", "fr", "supported", "quantity"),
    ("Velmor's operating margin gained 3 points, to 9.8%.", "en", "mixed", "quantity"),
    ("Velmor's operating margin gained 0.4 point, to 9.8%.", "en", "supported", "quantity"),
])
def test_points_gained_beside_a_confirmed_level(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, REFUTED_READINGS), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    # a name written as a capital and a number (« M6 ») is a name the fact must write; a quarter's code is none
    ("Son concurrent M6 a vu son bénéfice net reculer de 28 % en 2025.", "fr", "unverified"),
    ("Rival M6 saw its net profit fall 28% in 2025.", "en", "unverified"),
])
def test_a_name_of_a_capital_and_a_number(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, REFUTED_READINGS), text, lang), want)


PROJECT_ORDERS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: orders
    title: Orders 2025
    published: 2026-02-20
    facts:
      - id: korvald
        statement: Velmor received 52 million euros of orders for the Korvald and Ostria expansion projects.
        subject: velmor
        quantity: {value: 52000000, unit: EUR}
        as_of: 2025
      - id: brenna
        statement: Norvel a reçu 38 millions d'euros de commandes pour le projet minier de Brenna.
        subject: norvel
        quantity: {value: 38000000, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the region a named project lies in sets it, a name its fact need not write ("in Norland", « en Norlande »)
    ("Velmor booked €52bn of orders linked to the Korvald copper project in Norland.", "en", "contradicted",
     "quantity-magnitude"),
    ("Velmor booked €52m of orders linked to the Korvald copper project in Norland.", "en", "supported", "quantity"),
    ("Norvel a enregistré 38 milliards d'euros de commandes pour le projet minier de Brenna en Norlande.", "fr",
     "contradicted", "quantity-magnitude"),
    ("Norvel a enregistré 38 millions d'euros de commandes pour le projet minier de Brenna en Norlande.", "fr",
     "supported", "quantity"),
])
def test_the_region_of_a_named_project_sets_it(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, PROJECT_ORDERS), text, lang), want, rule)


HOMES = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: results
    title: Velmor Homes and Norvel annual results 2024
    published: 2025-02-20
    facts:
      - id: target
        statement: Velmor expects to increase its completions to between 9,000 and 9,500 homes in 2025.
        subject: velmor
        quantity: {min: 9000, max: 9500, unit: homes}
        as_of: 2025
      - id: built
        statement: Norvel completed 4,200 homes in 2024.
        subject: norvel
        quantity: {value: 4200, unit: homes}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # a housebuilder's completions are counted in homes, « logements » in either language (``counted_nouns``)
    ("For 2025, Velmor is targeting between 9,000 and 9,500 completions.", "en", "supported"),
    ("For 2025, Velmor is targeting between 8,000 and 8,500 completions.", "en", "contradicted"),
    ("Norvel a livré 4 200 logements en 2024.", "fr", "supported"),
    ("Norvel a livré 5 200 logements en 2024.", "fr", "contradicted"),
])
def test_completions_count_homes(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, HOMES), text, lang), want, "quantity")


PLACED_HOMES = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: homes
    title: Norvel and Velmor annual results 2024
    published: 2025-02-20
    facts:
      - id: uk-homes
        statement: Norvel expects to complete between 7,400 and 7,800 homes in the UK in 2025.
        subject: norvel
        quantity: {min: 7400, max: 7800, unit: homes}
        as_of: 2025
      - id: emplois
        statement: Velmor a créé 3 600 emplois en France en 2024.
        subject: velmor
        quantity: {value: 3600, unit: jobs}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # the counted noun is read past a place written before it ("UK homes", "French jobs"); French writes it after
    ("Norvel expects to complete between 7,400 and 7,800 UK homes in 2025.", "en", "supported"),
    ("Norvel expects to complete between 8,400 and 8,800 UK homes in 2025.", "en", "contradicted"),
    ("Velmor created 3,600 French jobs in 2024.", "en", "supported"),
    ("Velmor a créé 3 600 emplois français en 2024.", "fr", "supported"),
    ("Velmor a créé 4 600 emplois français en 2024.", "fr", "contradicted"),
])
def test_a_place_before_the_counted_noun_is_read_past(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, PLACED_HOMES), text, lang), want, "quantity")
GROWTH_RATE = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: velmor-2025
    title: Velmor full-year results 2025
    published: 2026-02-12
    facts:
      - id: organic
        statement: In 2025, Velmor's organic growth fell to 2.1%.
        subject: velmor
        quantity: {value: 2.1, unit: percent}
        as_of: 2025
  - id: norvel-2025
    title: Norvel, résultats annuels 2025
    published: 2026-02-12
    facts:
      - id: organique
        statement: Sur l'année 2025, la croissance organique de Norvel est tombée à 2,1 %.
        subject: norvel
        quantity: {value: 2.1, unit: percent}
        as_of: 2025
"""

FORECAST_CUT = """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-2025-10
    title: Norvel, chiffre d'affaires du troisième trimestre 2025
    published: 2025-10-22
    facts:
      - id: prevision
        statement: Norvel vise désormais une croissance organique d'environ 1 % pour 2025.
        subject: norvel
        quantity: {value: 1, unit: percent, bound: about}
        as_of: 2025
  - id: norvel-2025-02
    title: Norvel, résultats annuels 2024
    published: 2025-02-20
    superseded_by: norvel-2025-10
    facts:
      - id: prevision-initiale
        statement: Pour 2025, Norvel vise une croissance organique d'environ 3 %.
        subject: norvel
        quantity: {value: 3, unit: percent, bound: about}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a noun of growth is the rate measured: the verb after it says how that rate moved ("fell to", « est tombée à »)
    ("Velmor's organic growth fell to 2.1% in 2025.", "en", "supported", "quantity"),
    ("Velmor's organic growth rose to 2.1% in 2025.", "en", "contradicted", "direction"),
    ("En 2025, la croissance organique de Norvel est tombée à 2,1 %.", "fr", "supported", "quantity"),
    ("En 2025, la croissance organique de Norvel a grimpé à 2,1 %.", "fr", "contradicted", "direction"),
])
def test_a_noun_of_growth_moves_the_way_its_verb_says(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GROWTH_RATE), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # « ramener sa prévision à » lowers it, as « abaisser » does
    ("En octobre, Norvel a ramené sa prévision de croissance organique à environ 1 %.", "fr", "supported", "quantity"),
    ("En octobre, Norvel a relevé sa prévision de croissance organique à environ 1 %.", "fr", "contradicted", "direction"),
])
def test_a_forecast_brought_down_to_its_figure(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, FORECAST_CUT), text, lang)
    assert_rule(st, want, rule)



GROWTH_SHARE = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-2025
    title: Velmor full-year results 2025
    published: 2026-02-12
    facts:
      - id: acquisitions-en
        statement: In 2025, acquisitions contributed 1.8% to Velmor's growth.
        subject: velmor
        quantity: {value: 1.8, unit: percent}
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a share of a growth rate is in points, written in points or in per cent: the same figure
    ("In 2025, acquisitions added 1.8 points to Velmor's growth.", "en", "supported", "quantity"),
    # another share of that growth is a wrong figure
    ("In 2025, acquisitions added 2.8% to Velmor's growth.", "en", "contradicted", "quantity"),
])
def test_a_share_of_growth_is_in_points_either_way(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, GROWTH_SHARE), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("claim, fact, want", [
    ("Les acquisitions ont apporté 1,8 point de croissance",
     "Les acquisitions ont contribué pour 1,8 % à la croissance de Norvel.", (True, True)),
    ("Les acquisitions ont apporté 1,8 point de croissance", "Les acquisitions ont progressé de 1,8 %.", (True, False)),
    ("Acquisitions added 1.8 points to Velmor's growth", "Acquisitions contributed 1.8% to growth.", (True, True)),
    ("Acquisitions rose 1.8 points", "Acquisitions contributed 1.8% to growth.", (False, True)),
])
def test_a_figure_linked_to_a_noun_of_growth_is_a_share_of_it(claim, fact, want):
    from factcheck.checks.growthnoun import growth_share
    from factcheck.checks.model import Quantity
    text = "1,8 point" if "point de" in claim else "1.8 points"
    q = Quantity(value=1.8, unit="points", text=text, start=claim.find(text), end=claim.find(text) + len(text))
    assert growth_share(claim, q, fact) == want


CEILING = """
version: 1
sources:
  - id: norvel-2024
    publisher: Norvel
    title: Norvel annual results 2024
    url: https://example.org/norvel-2024
    published: 2025-02-20
    facts:
      - id: debt-en
        statement: "Norvel's net debt fell 30% to £410 million at the end of 2024, below its £450 million ceiling."
        as_of: 2024-12-31
  - id: velmor-2024
    publisher: Velmor
    title: Résultats annuels 2024 de Velmor
    url: https://example.org/velmor-2024
    published: 2025-02-20
    facts:
      - id: debt-fr
        statement: "La dette nette de Velmor a baissé de 30 % pour s'établir à 410 M€ fin 2024, sous le seuil de 450 M€."
        as_of: 2024-12-31
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a threshold written beside the fact's own level is no level the article's figure can be: the level refutes it
    ("Norvel's net debt fell 30% to £430 million.", "en", "mixed", "quantity"),
    ("La dette nette de Velmor a baissé de 30 %, à 430 millions d'euros.", "fr", "mixed", "quantity"),
    ("Norvel's net debt fell 30% to £410 million.", "en", "supported", "quantity"),
    ("La dette nette de Velmor a baissé de 30 %, à 410 millions d'euros.", "fr", "supported", "quantity"),
    # the bound, written as a bound, is the fact's
    ("La dette nette de Velmor a baissé de 30 %, sous le seuil de 450 millions d'euros.", "fr", "supported", "quantity"),
])
def test_a_threshold_beside_a_level_writes_only_a_bound(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, CEILING), text, lang)
    assert_rule(st, want, rule)


HALVED = """
version: 1
sources:
  - id: norvel-2024
    publisher: Norvel
    title: Norvel annual results 2024
    url: https://example.org/norvel-2024
    published: 2025-02-20
    facts:
      - id: op
        statement: "Norvel's statutory operating profit nearly halved to £61.2 million in 2024."
        as_of: 2024
        quantity: {value: 61200000, unit: GBP}
  - id: velmor-2024
    publisher: Velmor
    title: Résultats annuels 2024 de Velmor
    url: https://example.org/velmor-2024
    published: 2025-02-20
    facts:
      - id: rn
        statement: "Le résultat net de Velmor a été divisé par deux, à 43,5 millions d'euros en 2024."
        as_of: 2024
        quantity: {value: 43500000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # halved, « divisé par deux »: a fall, which a rise to the same level contradicts
    ("Norvel's statutory operating profit rose to £61.2 million in 2024.", "en", "contradicted", "direction"),
    ("Le résultat net de Velmor a progressé à 43,5 millions d'euros en 2024.", "fr", "contradicted", "direction"),
    ("Norvel's statutory operating profit fell to £61.2 million in 2024.", "en", "supported", "quantity"),
    ("Le résultat net de Velmor a reculé à 43,5 millions d'euros en 2024.", "fr", "supported", "quantity"),
])
def test_halved_is_a_fall(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, HALVED), text, lang), want, rule)


HALVED_FROM = """
version: 1
sources:
  - id: harbeck-2024
    publisher: Harbeck Mills
    title: Harbeck Mills results 2024
    published: 2025-03-04
    facts:
      - id: cash
        statement: "Harbeck Mills' net cash was £41.2m at the end of 2024, against £97.5m a year earlier."
        as_of: 2024
        quantity: {value: 41200000, unit: GBP}
      - id: pbt
        statement: "Harbeck Mills' pre-tax profit fell 21.4% to £18.3m in 2024."
        as_of: 2024
        quantity: {value: 18300000, unit: GBP}
      - id: debt
        statement: "Harbeck Mills' borrowings were £310m at the end of 2024, against £150m a year earlier."
        as_of: 2024
        quantity: {value: 310000000, unit: GBP}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bound on a multiple holds only against the two figures' ratio (0.42; 2.07): "more than halved" is at most a
    # half, "less than halved" more than a half, "less than doubled" below twice
    ("Harbeck Mills' net cash more than halved, to £41.2m from £97.5m a year earlier.", "en", "supported"),
    ("Harbeck Mills' net cash less than halved, to £41.2m from £97.5m a year earlier.", "en", "unverified"),
    ("Harbeck Mills' borrowings less than doubled to £310m, from £150m a year earlier.", "en", "unverified"),
])
def test_a_bound_on_a_multiple_holds_against_the_ratio(tmp_path_factory, text, lang, want):
    st = last_statement(checker_for(tmp_path_factory, HALVED_FROM), text, lang)
    assert_verdict(st, want)
    assert want != "supported" or "derived-multiple" in {r for c in st.claims for r in c.rules}


@pytest.mark.parametrize("text, lang, want", [
    # an ordinal fraction after "by" or "than" is a share all the same ("a third term" is none): a change of 21.4 %
    ("Harbeck Mills' pre-tax profit fell by more than a fifth to £18.3m in 2024.", "en", "supported"),
    ("Harbeck Mills' pre-tax profit fell by more than a third to £18.3m in 2024.", "en", "contradicted"),
])
def test_a_change_by_an_ordinal_fraction_is_a_share(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, HALVED_FROM), text, lang), want)


MULTIPLIED_BY = """
version: 1
entities:
  corvane: {names: [Corvane]}
sources:
  - id: corvane-2024
    publisher: Corvane
    title: Corvane annual results 2024
    published: 2025-03-11
    facts:
      - id: sales-2024
        statement: "Corvane's subscription sales reached 25 million euros in 2024."
        subject: corvane
        as_of: 2024
        quantity: {value: 25000000, unit: EUR}
      - id: sales-2023
        statement: "Corvane's subscription sales were 12 million euros in 2023."
        subject: corvane
        as_of: 2023
        quantity: {value: 12000000, unit: EUR}
      - id: profit
        statement: "Corvane's net profit fell 47% to 41 million euros in 2024."
        subject: corvane
        as_of: 2024
        quantity: {value: 41000000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bare figure a verb of multiplying or dividing takes is a multiple (2.08 times), or its inverse
    ("Les ventes d'abonnements de Corvane ont été multipliées par deux en 2024 par rapport à 2023, année où elles "
     "s'étaient limitées à 12 millions d'euros.", "fr", "supported"),
    ("Les ventes d'abonnements de Corvane ont été divisées par deux en 2024 par rapport à 2023, année où elles "
     "s'étaient limitées à 12 millions d'euros.", "fr", "mixed"),
    ("Corvane's subscription sales were multiplied by two in 2024 compared with 2023, when they were limited to "
     "12 million euros.", "en", "supported"),
    ("Corvane's subscription sales were divided by two in 2024 compared with 2023, when they were limited to "
     "12 million euros.", "en", "mixed"),
])
def test_a_figure_multiplied_or_divided_by_is_a_multiple(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, MULTIPLIED_BY), text, lang), want, "derived-multiple")


@pytest.mark.parametrize("text, lang, want", [
    # a multiple below one to a level reached: the fall the level's fact writes beside it (-47 %: 0.53 times)
    ("Le bénéfice net de Corvane a été divisé par deux, à 41 millions d'euros, en 2024.", "fr", "supported"),
    ("Le bénéfice net de Corvane a été divisé par trois, à 41 millions d'euros, en 2024.", "fr", "contradicted"),
    ("Corvane's net profit halved to 41 million euros in 2024.", "en", "supported"),
    ("Corvane's net profit was divided by three, to 41 million euros, in 2024.", "en", "contradicted"),
])
def test_a_multiple_below_one_to_a_level_is_the_fall_its_fact_gives(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, MULTIPLIED_BY), text, lang), want, "derived-multiple")


STARTING_LEVEL_AND_GAIN = """
version: 1
entities:
  halvorn: {names: [Halvorn]}
sources:
  - id: halvorn-2024
    publisher: Halvorn
    title: Halvorn annual results 2024
    published: 2025-03-04
    facts:
      - id: operating-profit
        statement: "Halvorn's operating profit was €312 million in 2024, up from €140 million, helped by a €95 million gain on the sale of its boats unit."
        subject: halvorn
        as_of: 2024
        quantity: {value: 312000000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a multiple to a level whose fact writes two smaller figures of its unit: the starting level (312 / 140: 2.23)
    ("Halvorn's operating profit more than doubled to €312 million in 2024.", "en", "supported"),
    ("Halvorn's operating profit more than tripled to €312 million in 2024.", "en", "contradicted"),
    ("Le résultat opérationnel de Halvorn a plus que doublé, à 312 millions d'euros, en 2024.", "fr", "supported"),
    ("Le résultat opérationnel de Halvorn a plus que triplé, à 312 millions d'euros, en 2024.", "fr", "contradicted"),
])
def test_a_multiple_to_a_level_is_of_the_starting_level_its_fact_gives(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, STARTING_LEVEL_AND_GAIN), text, lang), want,
                "derived-multiple")


@pytest.mark.parametrize("text, lang", [
    # a starting level that opens a "from … to …" of its own is that change's, not the level's (€120 to €125)
    ("Halvorn raised its annual fee twice, most recently by €5 to €130.", "en"),
    ("Halvorn a relevé deux fois sa cotisation annuelle, en dernier lieu de 5 euros à 130 euros.", "fr"),
])
def test_a_starting_level_of_another_change_is_no_multiples_base(tmp_path_factory, text, lang):
    listing = STARTING_LEVEL_AND_GAIN + """      - id: fee
        statement: "Halvorn raised its annual fee by €5 to €130, after it went from €120 to €125 earlier in the year."
        subject: halvorn
        as_of: 2024
        quantity: {value: 130, unit: EUR}
"""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    assert st.verdict != "contradicted", [(c.verdict, c.rules, c.explanation) for c in st.claims]


BOUND_BESIDE = """
version: 1
entities:
  dorvelle: {names: [Dorvelle]}
sources:
  - id: dorvelle-2024
    publisher: Dorvelle
    title: Dorvelle résultats annuels 2024
    published: 2025-03-18
    facts:
      - id: ca
        statement: "Le chiffre d'affaires de Dorvelle s'élève à 2 480,6 M€ en 2024, en baisse de 5,1 % par rapport aux 2 614,0 M€ de 2023."
        subject: dorvelle
        as_of: 2024
        quantity: {value: 2480600000, unit: EUR}
      - id: revenue
        statement: "Dorvelle's revenue was €2,480.6m in 2024, down 5.1% from €2,614.0m in 2023."
        subject: dorvelle
        as_of: 2024
        quantity: {value: 2480600000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a bound the fact's own figure refutes (2.48 billion) is not written by its starting level past it (2.61 billion)
    ("Le chiffre d'affaires de Dorvelle a baissé de 5,1 %, à plus de 2,5 milliards d'euros, en 2024.", "fr", "contradicted"),
    ("Dorvelle's revenue fell 5.1%, to more than €2.5 billion, in 2024.", "en", "contradicted"),
    ("Le chiffre d'affaires de Dorvelle a baissé de 5,1 %, à près de 2,5 milliards d'euros, en 2024.", "fr", "supported"),
    ("Dorvelle's revenue fell 5.1%, to nearly €2.5 billion, in 2024.", "en", "supported"),
])
def test_a_bound_the_facts_figure_refutes_is_not_met_beside_it(tmp_path_factory, text, lang, want):
    assert_rule(last_statement(checker_for(tmp_path_factory, BOUND_BESIDE), text, lang), want, "quantity")


WAY_OF_THE_FACT = """
version: 1
entities:
  lindqvale: {names: [Lindqvale]}
sources:
  - id: lindqvale-2024
    publisher: Lindqvale
    title: Lindqvale annual results 2024
    published: 2025-02-27
    facts:
      - id: margin
        statement: "Lindqvale's operating margin was 14.6% in 2024, an improvement of 90 basis points on 2023."
        subject: lindqvale
        as_of: 2024
        quantity: {value: 14.6, unit: percent}
  - id: fromages-2024
    publisher: Observatoire des fromages
    title: Consommation de fromage en 2024
    published: 2025-05-06
    facts:
      - id: conso
        statement: "La consommation de fromage poursuit sa baisse avec 11,2 kg par habitant en 2024, soit 1,3 kg de moins qu'il y a dix ans (-10 %)."
        as_of: 2024
        quantity: {value: 11.2, unit: kg per inhabitant}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the way the fact gives the figure stated beside its own: a sign glued before it, « (-10 %) », or an appraising
    # word before it, "an improvement of 90 basis points" of a margin
    ("La consommation de fromage recule en 2024, à 11,2 kg par habitant, soit 10 % de plus qu'il y a dix ans.", "fr",
     "mixed", "direction"),
    ("La consommation de fromage recule en 2024, à 11,2 kg par habitant, soit 10 % de moins qu'il y a dix ans.", "fr",
     "supported", "quantity-alongside"),
    ("Lindqvale's operating margin was 14.6% in 2024, 90 basis points lower than a year earlier.", "en", "mixed", "direction"),
    ("Lindqvale's operating margin was 14.6% in 2024, 90 basis points higher than a year earlier.", "en", "supported",
     "quantity-alongside"),
])
def test_a_figure_beside_goes_the_way_the_fact_writes_it(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, WAY_OF_THE_FACT), text, lang), want, rule)


RETARGETED = """
version: 1
sources:
  - id: interim
    title: Velmora strategy update and interim results
    published: 2024-11-14
    superseded_by: prelim
    facts:
      - id: savings-target
        statement: Velmora targeted annualised cost savings of 30 million pounds under its Renew programme.
        quantity: {value: 3.0e7, unit: GBP, bound: about}
        as_of: 2024-11
  - id: prelim
    title: Velmora preliminary results
    published: 2025-05-14
    facts:
      - id: savings
        statement: New measures add 55 million pounds of savings to the Renew programme, bringing combined annualised savings to 85 million pounds by the 2027 financial year.
        quantity: {value: 8.5e7, unit: GBP, bound: about}
        as_of: 2027
  - id: norvane-s1
    title: Norvane, résultats semestriels
    published: 2024-10-09
    superseded_by: norvane-annuels
    facts:
      - id: economies-cible
        statement: Norvane vise des économies annuelles de 45 millions d'euros grâce à son plan Cap Nord.
        quantity: {value: 4.5e7, unit: EUR, bound: about}
        as_of: 2024-10
  - id: norvane-annuels
    title: Norvane, résultats annuels
    published: 2025-03-05
    facts:
      - id: economies
        statement: De nouvelles mesures portent les économies annuelles du plan Cap Nord à 70 millions d'euros d'ici 2027.
        quantity: {value: 7.0e7, unit: EUR, bound: about}
        as_of: 2027
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a superseded target dated to the month it was set is no figure of that year: the newer target for a later year
    # revises it (and a fact of a year after its source's is a target, whatever its words: "bringing … to")
    ("Under its Renew programme, Velmora is aiming for annualised savings of about £30m by the 2027 financial year.",
     "en", "outdated", "outdated"),
    ("Under its Renew programme, Velmora is aiming for annualised savings of about £85m by the 2027 financial year.",
     "en", "supported", "quantity"),
    ("Avec son plan Cap Nord, Norvane table sur des économies annuelles d'environ 45 millions d'euros en 2027.",
     "fr", "outdated", "outdated"),
    ("Avec son plan Cap Nord, Norvane table sur des économies annuelles d'environ 70 millions d'euros en 2027.",
     "fr", "supported", "quantity"),
])
def test_a_target_superseded_by_one_for_a_later_year_is_outdated(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, RETARGETED), text, lang), want, rule)


GUIDED_FROM = """
version: 1
sources:
  - id: brisk-march
    title: Brisk Foods full-year results and outlook
    published: 2025-03-04
    superseded_by: brisk-july
    facts:
      - id: sales-outlook
        statement: Brisk Foods forecast sales of about 2.0 billion pounds for 2025.
        quantity: {value: 2.0e9, unit: GBP, bound: about}
        as_of: 2025
      - id: sales-2028
        statement: Brisk Foods targets sales of 2.9 billion pounds in 2028.
        quantity: {value: 2.9e9, unit: GBP}
        as_of: 2028
  - id: brisk-july
    title: Brisk Foods trims its 2025 outlook
    published: 2025-07-22
    facts:
      - id: sales-outlook-cut
        statement: Brisk Foods cut its 2025 sales guidance to 1.9 billion pounds from 2.0 billion pounds.
        quantity: {value: 1.9e9, unit: GBP, bound: about}
        as_of: 2025
      - id: sales-2024
        statement: Brisk Foods reported sales of 1.74 billion pounds in 2024.
        quantity: {value: 1.74e9, unit: GBP}
        as_of: 2024
  - id: ardel-mars
    title: Ardel, résultats annuels et perspectives
    published: 2025-03-11
    superseded_by: ardel-juillet
    facts:
      - id: ventes-prevision
        statement: Ardel prévoit un chiffre d'affaires d'environ 3,0 milliards d'euros en 2025.
        quantity: {value: 3.0e9, unit: EUR, bound: about}
        as_of: 2025
      - id: ventes-2028
        statement: Ardel vise un chiffre d'affaires de 4,2 milliards d'euros en 2028.
        quantity: {value: 4.2e9, unit: EUR}
        as_of: 2028
  - id: ardel-juillet
    title: Ardel abaisse sa prévision 2025
    published: 2025-07-29
    facts:
      - id: ventes-prevision-abaissee
        statement: Ardel a abaissé sa prévision de chiffre d'affaires 2025 à 2,9 milliards d'euros, contre 3,0 milliards d'euros auparavant.
        quantity: {value: 2.9e9, unit: EUR, bound: about}
        as_of: 2025
      - id: ventes-2024
        statement: Ardel a réalisé un chiffre d'affaires de 2,63 milliards d'euros en 2024.
        quantity: {value: 2.63e9, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure the newer forecast's sentence gives as the one it was cut from is the older figure, though its rounding
    # holds the new one
    ("For 2025, Brisk Foods is guiding to sales of around £2bn.", "en", "outdated", "outdated"),
    ("For 2025, Brisk Foods is guiding to sales of around £1.9bn.", "en", "supported", "quantity"),
    ("Pour 2025, Ardel table sur un chiffre d'affaires d'environ 3 milliards d'euros.", "fr", "outdated", "outdated"),
    ("Pour 2025, Ardel table sur un chiffre d'affaires d'environ 2,9 milliards d'euros.", "fr", "supported", "quantity"),
])
def test_a_forecast_cut_from_the_figure_is_outdated(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, GUIDED_FROM), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a right figure beside an outdated one, none wrong: the statement gives an older figure, no error — outdated
    ("Brisk Foods, which reported sales of £1.74bn in 2024, forecast sales of £2.0bn for 2025.", "en", "outdated", "outdated"),
    ("Ardel, qui a réalisé un chiffre d'affaires de 2,63 milliards d'euros en 2024, prévoyait 3,0 milliards d'euros "
     "pour 2025.", "fr", "outdated", "outdated"),
])
def test_a_right_figure_beside_an_outdated_one_leaves_the_statement_outdated(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, GUIDED_FROM), text, lang), want, rule)


TWO_MOVES = """
version: 1
sources:
  - id: brastel-2024
    publisher: Brastel
    title: Brastel annual results 2024
    url: https://example.org/brastel-2024
    published: 2025-03-04
    facts:
      - id: sales
        statement: "Brastel's sales fell 35% to £260 million in 2024, as its leasing arm shrank from £190 million to £45 million."
        as_of: 2024
        quantity: {value: 260000000, unit: GBP}
  - id: quervil-2024
    publisher: Quervil
    title: Résultats annuels 2024 de Quervil
    url: https://example.org/quervil-2024
    published: 2025-03-04
    facts:
      - id: ca
        statement: "Le chiffre d'affaires de Quervil a reculé de 35 % à 260 millions d'euros en 2024, sa branche location étant passée de 190 millions à 45 millions d'euros."
        as_of: 2024
        quantity: {value: 260000000, unit: EUR}
  - id: hollin-2024
    publisher: Hollin
    title: Hollin annual results 2024
    url: https://example.org/hollin-2024
    published: 2025-03-04
    facts:
      - id: sales
        statement: "Hollin's sales were £731.6m in 2024, 0.8% ahead of 2023, despite a slump in the garden furniture market."
        as_of: 2024
        quantity: {value: 731600000, unit: GBP}
  - id: pervane-2024
    publisher: Pervane
    title: Résultats annuels 2024 de Pervane
    url: https://example.org/pervane-2024
    published: 2025-03-04
    facts:
      - id: ca
        statement: "Le chiffre d'affaires de Pervane a atteint 731,6 millions d'euros en 2024, en hausse de 0,8 % malgré le repli du marché du mobilier de jardin."
        as_of: 2024
        quantity: {value: 731600000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a starting level that opens the "from … to" of another level (the leasing arm's) is not the level's own start
    ("Brastel's sales fell 35% to £260 million in 2024.", "en", "supported", "quantity"),
    ("Le chiffre d'affaires de Quervil a reculé de 35 % à 260 millions d'euros en 2024.", "fr", "supported", "quantity"),
    ("Brastel's sales rose to £260 million in 2024.", "en", "contradicted", "direction"),
    ("Le chiffre d'affaires de Quervil a progressé à 260 millions d'euros en 2024.", "fr", "contradicted", "direction"),
])
def test_a_start_of_another_level_is_not_the_levels(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TWO_MOVES), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the way named in a concessive phrase ("despite a slump in the market") is not the figure's own
    ("Hollin's sales were £731.6m in 2024 despite a slump in the garden furniture market.", "en", "supported", "quantity"),
    ("Le chiffre d'affaires de Pervane a atteint 731,6 millions d'euros en 2024 malgré le repli du marché du "
     "mobilier de jardin.", "fr", "supported", "quantity"),
    ("Hollin's sales fell to £731.6m in 2024 despite a slump in the garden furniture market.", "en",
     "contradicted", "direction"),
])
def test_a_concession_names_another_things_way(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, TWO_MOVES), text, lang), want, rule)


INTRADAY_FALL = """
version: 1
entities:
  quervil: {names: [Quervil]}
  brastel: {names: [Brastel]}
sources:
  - id: market
    title: Quervil and Brastel shares slump
    published: 2025-07-02
    facts:
      - id: brastel
        statement: Brastel shares fell as much as 31.4% to £2.14 on 2 July 2025.
        subject: brastel
        quantity: {value: -31.4, unit: percent}
        as_of: 2025-07-02
      - id: quervil
        statement: L'action Quervil a chuté jusqu'à 31,4 % en séance le 2 juillet 2025.
        subject: quervil
        quantity: {value: -31.4, unit: percent}
        as_of: 2025-07-02
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an inclusive cap ("as much as", « jusqu'à ») is the top, rounded as its digits show (31.4 % written 31 %)
    ("Shares in Brastel fell as much as 31 per cent on 2 July 2025.", "en", "supported", "quantity"),
    ("L'action Quervil a chuté jusqu'à 31 % en séance le 2 juillet 2025.", "fr", "supported", "quantity"),
    ("Shares in Brastel fell as much as 30 per cent on 2 July 2025.", "en", "contradicted", "quantity"),
    ("L'action Quervil a chuté jusqu'à 30 % en séance le 2 juillet 2025.", "fr", "contradicted", "quantity"),
])
def test_an_inclusive_cap_is_its_top_rounded(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, INTRADAY_FALL), text, lang), want, rule)


SHOPS_OPENED = """
version: 1
entities:
  quervil: {names: [Quervil]}
  brastel: {names: [Brastel]}
sources:
  - id: openings
    title: Quervil et Brastel, exercice 2024
    published: 2025-06-12
    facts:
      - id: quervil
        statement: Quervil a ouvert 14 points de vente sur l'exercice 2024.
        subject: quervil
        quantity: {value: 14, unit: shops}
        as_of: 2024
      - id: brastel
        statement: Brastel opened 14 points of sale in 2024.
        subject: brastel
        quantity: {value: 14, unit: shops}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want", [
    # places of sale counted (« points de vente », "points of sale") are no percentage points
    ("En 2024, les charges de personnel de Quervil ont augmenté de plus de 14 %.", "fr", "unverified"),
    ("In 2024, Brastel's staff costs rose by more than 14%.", "en", "unverified"),
    ("En 2024, Quervil a ouvert 16 points de vente.", "fr", "contradicted"),
    ("In 2024, Brastel opened 16 points of sale.", "en", "contradicted"),
])
def test_points_of_sale_are_no_points(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, SHOPS_OPENED), text, lang), want)


ADDED_BY_DEALS = """
version: 1
entities:
  tardel: {names: [Tardel]}
sources:
  - id: tardel-2024
    publisher: Tardel
    title: Résultats annuels 2024 de Tardel
    url: https://example.org/tardel-2024
    published: 2025-03-11
    facts:
      - id: externe
        statement: "La croissance externe a apporté 4,3 millions d'euros au chiffre d'affaires de Tardel en 2024."
        subject: tardel
        as_of: 2024
        quantity: {value: 4300000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a past that did not happen after the figure (« sans lesquelles le repli aurait été … ») names no way of its own
    ("Chez Tardel, les sociétés acquises ont apporté environ 4,3 millions d'euros de ventes en 2024, sans lesquelles "
     "le recul aurait été plus fort.", "fr", "supported", "quantity"),
    ("Chez Tardel, les sociétés acquises ont fait reculer les ventes de 4,3 millions d'euros en 2024, sans quoi la "
     "hausse aurait été plus forte.", "fr", "contradicted", "direction"),
])
def test_a_counterfactual_names_another_things_way(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ADDED_BY_DEALS), text, lang), want, rule)


CONCEDED = """
version: 1
sources:
  - id: harvel-2024
    publisher: Harvel
    title: Harvel annual results 2024
    url: https://example.org/harvel-2024
    published: 2025-05-19
    facts:
      - id: traffic
        statement: "Harvel's traffic grew 6% to a record 52.4 million passengers in 2024."
        as_of: 2024
        quantity: {value: 52400000, unit: passengers}
      - id: profit
        statement: "Harvel's profit after tax fell 12% to €310 million in 2024."
        as_of: 2024
        quantity: {value: 310000000, unit: EUR}
  - id: sorbel-2024
    publisher: Sorbel
    title: Résultats annuels 2024 de Sorbel
    url: https://example.org/sorbel-2024
    published: 2025-05-19
    facts:
      - id: trafic
        statement: "Le trafic de Sorbel a progressé de 6 % à 52,4 millions de passagers en 2024, un record."
        as_of: 2024
        quantity: {value: 52400000, unit: passagers}
      - id: benefice
        statement: "Le bénéfice net de Sorbel a reculé de 12 % à 310 millions d'euros en 2024."
        as_of: 2024
        quantity: {value: 310000000, unit: EUR}
"""


@pytest.mark.parametrize("text, lang, want", [
    # a change outside a concessive phrase ("even though", « même si ») is not the change of the level inside it
    ("Harvel's profit fell 12% in 2024. Profit was 12% lower even though the carrier flew 52.4 million people, "
     "more than ever.", "en", "unverified"),
    ("Le bénéfice de Sorbel a reculé de 12 % en 2024. Ce recul de 12 % est intervenu alors même que la compagnie a "
     "transporté 52,4 millions de passagers.", "fr", "unverified"),
])
def test_a_change_outside_a_concession_is_not_its_levels(tmp_path_factory, text, lang, want):
    assert_verdict(last_statement(checker_for(tmp_path_factory, CONCEDED), text, lang), want)


RESTATED = """
version: 1
entities:
  korvane: {names: [Korvane]}
sources:
  - id: fy25
    title: Korvane full-year results 2025
    published: 2026-03-10
    facts:
      - id: ebit
        statement: Korvane's underlying operating profit rose 12% to £61.4 million in 2025 from a restated £54.8 million in 2024.
        subject: korvane
        quantity: {value: 6.14e7, unit: GBP}
        as_of: 2025
      - id: sales
        statement: Korvane's revenue rose 4% to £702.0 million in 2025 from £675.0 million in 2024.
        subject: korvane
        quantity: {value: 7.02e8, unit: GBP}
        as_of: 2025
  - id: fy24
    title: Korvane full-year results 2024
    published: 2025-03-12
    superseded_by: fy25
    facts:
      - id: ebit-2024
        statement: Korvane's underlying operating profit for 2024 was £57.3 million.
        subject: korvane
        quantity: {value: 5.73e7, unit: GBP}
        as_of: 2024
  - id: ex25
    title: Résultats annuels 2025 de Korvane
    published: 2026-03-10
    facts:
      - id: roc
        statement: Le résultat opérationnel courant de Korvane a progressé de 12 % à 61,4 millions d'euros en 2025, contre 54,8 millions d'euros retraités en 2024.
        subject: korvane
        quantity: {value: 6.14e7, unit: EUR}
        as_of: 2025
  - id: ex24
    title: Résultats annuels 2024 de Korvane
    published: 2025-03-12
    superseded_by: ex25
    facts:
      - id: roc-2024
        statement: Le résultat opérationnel courant de Korvane s'est établi à 57,3 millions d'euros en 2024.
        subject: korvane
        quantity: {value: 5.73e7, unit: EUR}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the older year's figure that the newer source writes otherwise as the level its next year moved from: restated
    ("Korvane's underlying operating profit for 2024 was £57.3m.", "en", "outdated", "outdated"),
    ("Le résultat opérationnel courant de Korvane s'élevait à 57,3 millions d'euros en 2024.", "fr", "outdated",
     "outdated"),
])
def test_figure_the_newer_source_restated(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RESTATED), text, lang)
    assert_rule(st, want, rule)


RESTATED_FISCAL = """
version: 1
entities:
  dunmere: {names: [Dunmere]}
sources:
  - id: fy27
    title: Dunmere results for the year to June 2027
    published: 2027-09-08
    superseded_by: fy28
    facts:
      - id: dividend
        statement: Dunmere's total dividend for the year to 30 June 2027 was 52.40p per share, an interim of 17.15p and a final of 35.25p.
        subject: dunmere
        quantity: {value: 0.524, unit: GBP per share}
        as_of: 2027-06
  - id: fy28
    title: Dunmere results for the year to June 2028
    published: 2028-09-06
    facts:
      - id: dividend
        statement: Dunmere declared a total dividend of 40.10p per share for 2027/28, down from a restated 43.30p for 2026/27 after its rights issue.
        subject: dunmere
        quantity: {value: 0.401, unit: GBP per share}
        as_of: 2028-06
  - id: ex27
    title: Résultats de Dunmere, exercice clos en juin 2027
    published: 2027-09-08
    superseded_by: ex28
    facts:
      - id: dividende
        statement: Le dividende total de Dunmere pour l'exercice 2026/27 était de 0,82 euro par action, dont un acompte de 0,27 euro.
        subject: dunmere
        quantity: {value: 0.82, unit: EUR per share}
        as_of: 2027-06
  - id: ex28
    title: Résultats de Dunmere, exercice clos en juin 2028
    published: 2028-09-06
    facts:
      - id: dividende
        statement: Dunmere a déclaré un dividende total de 0,63 euro par action pour l'exercice 2027/28, contre 0,68 euro retraité pour l'exercice 2026/27.
        subject: dunmere
        quantity: {value: 0.63, unit: EUR per share}
        as_of: 2028-06
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the dividend of a fiscal year the list dates by its closing month, which the next year's results restate (in the
    # currency alone, beside their own per-share figure): the older figure, outdated
    ("That compares with a total dividend of 52.40p per share for 2026/27.", "en", "outdated", "outdated"),
    ("Le dividende total s'élevait à 0,82 euro par action au titre de 2026/27.", "fr", "outdated", "outdated"),
])
def test_a_fiscal_years_figure_the_next_years_results_restate_is_outdated(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RESTATED_FISCAL), text, lang)
    assert_rule(st, want, rule)


RESTATED_COMPARATIVE = """
version: 1
entities:
  talbrook: {names: [Talbrook]}
sources:
  - id: fy27
    title: Talbrook results for the year to March 2027
    published: 2027-06-09
    superseded_by: fy28
    facts:
      - id: adj-profit
        statement: Talbrook's adjusted profit after tax for the year to 31 March 2027 was £41.2m.
        subject: talbrook
        quantity: {value: 4.12e7, unit: GBP}
        as_of: 2027-03
      - id: benefice
        statement: Le bénéfice ajusté de Talbrook pour l'exercice clos le 31 mars 2027 s'élevait à 23,7 millions d'euros.
        subject: talbrook
        quantity: {value: 2.37e7, unit: EUR}
        as_of: 2027-03
  - id: fy28
    title: Talbrook results for the year to March 2028
    published: 2028-06-07
    facts:
      - id: adj-profit-comparative
        statement: In the 2028 results Talbrook's adjusted profit after tax for the year to 31 March 2027 is shown as £40.9m.
        subject: talbrook
        quantity: {value: 4.09e7, unit: GBP}
        as_of: 2027-03
      - id: benefice-comparatif
        statement: Dans les comptes 2028, le bénéfice ajusté de Talbrook pour l'exercice clos le 31 mars 2027 est présenté à 23,1 millions d'euros.
        subject: talbrook
        quantity: {value: 2.31e7, unit: EUR}
        as_of: 2027-03
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # the month a figure's period ends, long before the superseded source came out, says what the figure is of — the
    # period the restated comparative is of too —, not when the source gave it: the older figure, outdated
    ("Talbrook's adjusted profit after tax for the year to March 2027 was £41.2m.", "en", "outdated", "outdated"),
    ("Le bénéfice ajusté de Talbrook pour l'exercice clos en mars 2027 s'élevait à 23,7 millions d'euros.", "fr",
     "outdated", "outdated"),
])
def test_a_restated_comparative_dated_by_its_period_is_outdated(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, RESTATED_COMPARATIVE), text, lang)
    assert_rule(st, want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the fact's very digits at another power of ten ("48.2 million" for 4.82 million), of the one measure the list
    # names more precisely: the figure misread, refuted
    ("Kelvara's tea shipments dropped 12% to 48.2 million crates in March 2025.", "en", "contradicted", "quantity"),
    ("Les expéditions de thé de Kelvara ont chuté de 12 % à 48,2 millions de caisses en mars 2025.", "fr",
     "contradicted", "quantity"),
    ("Kelvara's tea shipments dropped 12% to 4.82 million crates in March 2025.", "en", "supported", "quantity"),
    ("Les expéditions de thé de Kelvara ont chuté de 12 % à 4,82 millions de caisses en mars 2025.", "fr",
     "supported", "quantity"),
    # or two of its digits swapped ("4.28 million" for 4.82 million): misread too
    ("Kelvara's tea shipments dropped 12% to 4.28 million crates in March 2025.", "en", "contradicted", "quantity"),
    ("Les expéditions de thé de Kelvara ont chuté de 12 % à 4,28 millions de caisses en mars 2025.", "fr",
     "contradicted", "quantity"),
])
def test_digits_at_another_power_of_ten_are_the_narrower_facts_misread(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  kelvara: {names: [Kelvara]}
sources:
  - id: kelvara-trade
    title: Kelvara monthly trade report
    published: 2025-04-20
    facts:
      - id: leaf-exports-en
        statement: Kelvara's green leaf tea exports fell 12.0% to 4.82 million crates in March 2025.
        subject: kelvara
        quantity: {value: 4.82e6, unit: crates}
        as_of: 2025-03
      - id: leaf-exports-fr
        statement: Les exportations de thé en feuilles vertes de Kelvara ont reculé de 12,0 % à 4,82 millions de caisses en mars 2025.
        subject: kelvara
        quantity: {value: 4.82e6, unit: caisses}
        as_of: 2025-03
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a bound the other way of the one a clause of the fact's sentence writes ("more than 40 %" beside the declared
    # 43.2 %, another figure in the sentence's other clause): refuted by that clause, its bound named
    ("Kelvara's Asian division accounts for less than 40% of group sales.", "en", "contradicted", "quantity-bound"),
    ("La division Asie de Kelvara représente moins de 40 % des ventes du groupe.", "fr", "contradicted",
     "quantity-bound"),
    ("Kelvara's Asian division accounts for more than 40% of group sales.", "en", "supported", "quantity"),
    ("La division Asie de Kelvara représente plus de 40 % des ventes du groupe.", "fr", "supported", "quantity"),
])
def test_a_bound_the_other_way_of_a_clause_facet_is_refuted(tmp_path_factory, text, lang, want, rule):
    listing = """
version: 1
entities:
  kelvara: {names: [Kelvara]}
sources:
  - id: kelvara-2024
    title: Kelvara annual results
    published: 2025-03-10
    facts:
      - id: asia
        statement: Kelvara's Asian division accounts for more than 40% of group sales (43.2% in 2024) and its margin fell to 8.1%.
        subject: kelvara
        quantity: {value: 43.2, unit: percent}
        as_of: 2024
      - id: asie
        statement: La division Asie de Kelvara représente plus de 40 % des ventes du groupe (43,2 % en 2024) et sa marge a reculé à 8,1 %.
        subject: kelvara
        quantity: {value: 43.2, unit: percent}
        as_of: 2024
"""
    assert_rule(last_statement(checker_for(tmp_path_factory, listing), text, lang), want, rule)


PLURAL_BOUNDS = """
version: 1
sources:
  - id: norvel
    title: Norvel, résultats annuels 2025
    published: 2026-03-04
    facts:
      - id: capex
        statement: Les investissements de Norvel sont restés inférieurs à 3 % des ventes en 2025.
        quantity: {value: 3, unit: percent, bound: at-most}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want", [
    # a bound agrees in number with its noun (« supérieurs à », « inférieures à »): a bound all the same
    ("En 2025, les investissements de Norvel ont été supérieurs à 3 % des ventes.", "contradicted"),
    ("En 2025, les dépenses d'investissement de Norvel sont restées inférieures à 3 % des ventes.", "supported"),
])
def test_a_plural_bound_is_a_bound(tmp_path_factory, text, want):
    assert_outcome(last_statement(checker_for(tmp_path_factory, PLURAL_BOUNDS), text, "fr"), want,
                   "quantity-bound" if want == "contradicted" else "quantity")


TWELVE_MONTHS = """
version: 1
sources:
  - id: dorvic-h1
    title: Dorvic half-year results
    published: 2025-11-06
    facts:
      - id: h1-ebitda
        statement: Dorvic's adjusted EBITDA was £96m in the six months to 30 September 2025.
        quantity: {value: 96000000, unit: GBP}
        as_of: 2025-09
  - id: dorvic-h1-fr
    title: Dorvic, résultats semestriels
    published: 2025-11-06
    facts:
      - id: s1-ebitda
        statement: L'Ebitda ajusté de Dorvic s'élève à 81 millions d'euros sur le semestre clos le 30 septembre 2025.
        quantity: {value: 81000000, unit: EUR}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang", [
    # "the full twelve months" names a whole year: a half's figure is not its figure
    ("Dorvic's adjusted EBITDA for the full twelve months came to £96m.", "en"),
])
def test_twelve_months_are_a_whole_year(tmp_path_factory, text, lang):
    assert last_statement(checker_for(tmp_path_factory, TWELVE_MONTHS), text, lang).verdict != "supported"


FISCAL_LEVELS = """
version: 1
sources:
  - id: norvel
    title: Norvel, comptes de l'exercice 2025-2026
    published: 2026-06-10
    facts:
      - id: debt-2026
        statement: L'endettement net de Norvel s'élevait à 38,4 millions d'euros au 31 mars 2026.
        quantity: {value: 38400000, unit: EUR}
        as_of: 2026-03-31
      - id: debt-2025
        statement: L'endettement net de Norvel s'élevait à 45,9 millions d'euros au 31 mars 2025.
        quantity: {value: 45900000, unit: EUR}
        as_of: 2025-03-31
"""


@pytest.mark.parametrize("text, want, rule", [
    # a level at a fiscal year's close moved the way the same date's level a year before says (45,9 → 38,4: down),
    # also when the figure's clause opens after a comma (« …, à 38,4 millions »)
    ("L'endettement net de Norvel a progressé sur l'exercice, à 38,4 millions d'euros au 31 mars 2026.", "contradicted",
     "direction"),
    ("L'endettement net de Norvel a reculé sur l'exercice, à 38,4 millions d'euros au 31 mars 2026.", "supported",
     "quantity"),
])
def test_a_fiscal_years_level_moves_from_the_same_date_a_year_before(tmp_path_factory, text, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, FISCAL_LEVELS), text, "fr"), want, rule)


MOVES_READ_ALIKE = """
version: 1
entities:
  corvane: {names: [Corvane]}
  brelauge: {names: [Brelauge]}
sources:
  - id: results
    title: Corvane and Brelauge annual results 2025
    published: 2026-02-12
    facts:
      - id: dividend
        statement: Corvane's full-year dividend was held flat at 31.2p per share, unchanged from the prior year.
        subject: corvane
        quantity: {value: 0.312, unit: GBP per share}
        as_of: 2025
      - id: margin-level
        statement: Corvane's gross margin was 41.3% in 2025 and 40.6% in 2026.
        subject: corvane
        quantity: {value: 41.3, unit: percent}
        as_of: 2025
      - id: margin-way
        statement: Corvane's gross margin improved in 2025, while costs were kept in check.
        subject: corvane
        as_of: 2025
      - id: exports-fr
        statement: Brelauge a relevé de 40 000 tonnes ses exportations de sucre, à 2,35 millions de tonnes.
        subject: brelauge
        quantity: {value: 2.35e6, unit: t}
        as_of: 2025
      - id: marge-niveau-fr
        statement: La marge brute de Brelauge était de 52,4 % en 2025 et de 53,1 % en 2026.
        subject: brelauge
        quantity: {value: 52.4, unit: percent}
        as_of: 2025
      - id: marge-sens-fr
        statement: La marge brute de Brelauge s'est dégradée en 2025, sous l'effet des prix de l'énergie.
        subject: brelauge
        as_of: 2025
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "lifted" says a rise as "raised" does: a level the source held flat was not lifted ("heavy lifting" is no rise)
    ("Corvane lifted its full-year dividend to 31.2p per share in 2025.", "en", "contradicted", "direction"),
    ("Corvane's full-year dividend, which did the heavy lifting for income funds, was 31.2p per share in 2025.", "en",
     "supported", "quantity"),
    # « relevé de 40 000 tonnes … à 2,35 millions » is a rise to that level: one the article says was lowered is not
    ("Les exportations de sucre de Brelauge sont abaissées à 2,35 millions de tonnes.", "fr", "contradicted", "direction"),
    ("Les exportations de sucre de Brelauge sont relevées à 2,35 millions de tonnes.", "fr", "supported", "quantity"),
    # a level's way given by the year's fact of the same measure and party that writes no figure
    ("Corvane's gross margin fell to 41.3% in 2025.", "en", "contradicted", "direction"),
    ("Corvane's gross margin rose to 41.3% in 2025.", "en", "supported", "quantity"),
    ("La marge brute de Brelauge a progressé pour atteindre 52,4 % en 2025.", "fr", "contradicted", "direction"),
    ("La marge brute de Brelauge a reculé pour atteindre 52,4 % en 2025.", "fr", "supported", "quantity"),
])
def test_a_movement_is_read_alike_on_both_sides(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, MOVES_READ_ALIKE), text, lang), want, rule)


MEASURE_BESIDE = """
version: 1
sources:
  - id: halvard
    title: Halvard Tooling 2024 results
    published: 2025-03-04
    facts:
      - id: aop
        statement: Halvard Tooling's adjusted operating profit was £48.2m in 2024.
        quantity: {value: 48200000, unit: GBP}
        as_of: 2024
      - id: aop-growth
        statement: Halvard Tooling's adjusted operating profit rose 4% in 2024.
        quantity: {value: 4, unit: percent}
        as_of: 2024
      - id: ebitda
        statement: Halvard Tooling's adjusted EBITDA rose 9% to £61.5m in 2024.
        quantity: {value: 61500000, unit: GBP}
        as_of: 2024
      - id: fx-sales
        statement: Le chiffre d'affaires 2024 de Morvalis a été réduit de 74 millions d'euros par les effets de change.
        quantity: {value: 74000000, unit: EUR}
        as_of: 2024
      - id: margin
        statement: La marge d'exploitation de Morvalis atteint 14,2 % en 2024, malgré un effet de change négatif de 38 millions d'euros sur le résultat d'exploitation.
        quantity: {value: 14.2, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure another fact's sentence writes beside its own confirms the claim's only when its clause does not name
    # another measure: the EBITDA's rise is not the operating profit's, the currency effect on the operating result
    # not the one on sales
    ("Halvard Tooling's adjusted operating profit climbed 9% to £48.2m in 2024.", "en", "mixed", "quantity"),
    ("Halvard Tooling's adjusted EBITDA climbed 9% to £61.5m in 2024.", "en", "supported", "quantity"),
    ("Les effets de change ont amputé le chiffre d'affaires de Morvalis de 38 millions d'euros en 2024.", "fr",
     "contradicted", "quantity"),
    ("En 2024, les effets de change ont pesé sur le résultat d'exploitation de Morvalis à hauteur de 38 millions "
     "d'euros.", "fr", "supported", "quantity"),
])
def test_a_figure_beside_another_measure_is_not_the_claims(tmp_path_factory, text, lang, want, rule):
    st = last_statement(checker_for(tmp_path_factory, MEASURE_BESIDE), text, lang)
    assert_rule(st, want, rule)


ROUNDED_LEVEL = """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: velmor-data
    title: Velmor balance sheet data
    published: 2025
    facts:
      - id: equity-fr
        statement: Les capitaux propres de Velmor s'élevaient à 482,4 millions d'euros fin 2024, en hausse de 7,1 % sur un an.
        subject: velmor
        quantity: {value: 482370000, unit: EUR, bound: about}
        as_of: 2024-12
      - id: equity-en
        statement: Velmor's shareholders' equity stood at £391.2 million at the end of 2024, up 6.3 % on a year earlier.
        subject: velmor
        quantity: {value: 391240000, unit: GBP, bound: about}
        as_of: 2024-12
      - id: margin-fr
        statement: Au second semestre 2024, l'EBITDA de Velmor a progressé de 23 % et sa marge d'EBITDA s'est améliorée de 2 points.
        subject: velmor
        quantity: {value: 23, unit: percent, bound: exact}
        as_of: 2024-12
      - id: margin-en
        statement: In the second half of 2024, Velmor's operating profit rose 17 % and its operating margin improved by 2 points.
        subject: velmor
        quantity: {value: 17, unit: percent, bound: exact}
        as_of: 2024-12
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a list that declares its level to more digits than its sentence writes it: the sentence's rounded figure is
    # still the declared one, and the way its sentence says it moved judges the way the article says
    ("Les capitaux propres de Velmor ont toutefois diminué, à 482,4 millions d'euros fin 2024.", "fr", "contradicted",
     "direction"),
    ("Velmor's shareholders' equity fell to £391.2 million at the end of 2024.", "en", "contradicted", "direction"),
    ("Les capitaux propres de Velmor ont augmenté, à 482,4 millions d'euros fin 2024.", "fr", "supported", "quantity"),
    ("Velmor's shareholders' equity rose to £391.2 million at the end of 2024.", "en", "supported", "quantity"),
    # a change of a few points written in words, « deux points », "two points", is a figure: its way is judged
    ("Au second semestre 2024, l'EBITDA de Velmor a progressé de 23 %, mais sa marge a reculé de deux points.", "fr",
     "mixed", "direction"),
    ("In the second half of 2024, Velmor's operating profit rose 17 %, but its operating margin fell two points.", "en",
     "mixed", "direction"),
    ("Au second semestre 2024, l'EBITDA de Velmor a progressé de 23 % et sa marge a gagné deux points.", "fr",
     "supported", "quantity"),
])
def test_a_rounded_level_and_a_change_in_words_say_their_way(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ROUNDED_LEVEL), text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a clause without a figure or a party beside a confirmed figure, « mais sa marge a reculé »: its way against the
    # part of the confirming fact's sentence that writes what it measures (« et sa marge … s'est améliorée »)
    ("Au second semestre 2024, l'EBITDA de Velmor a progressé de 23 %, mais sa marge a reculé.", "fr", "mixed",
     "direction"),
    ("In the second half of 2024, Velmor's operating profit rose 17 %, but its operating margin narrowed.", "en",
     "mixed", "direction"),
    ("Au second semestre 2024, l'EBITDA de Velmor a progressé de 23 %, et sa marge s'est améliorée.", "fr",
     "supported", "quantity"),
])
def test_a_clause_without_a_party_says_its_way_of_what_it_measures(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, ROUNDED_LEVEL), text, lang), want, rule)


AGE_GROUP = """
version: 1
sources:
  - id: jobs-q3
    title: Velmar labour force survey, third quarter 2025
    published: 2025-11-12
    facts:
      - id: youth-fr
        statement: Le taux de chômage des 18-25 ans de Velmar recule de 0,4 point sur le trimestre, à 17,2 %.
        quantity: {value: 17.2, unit: percent}
        as_of: 2025-09
      - id: youth-en
        statement: Velmar's unemployment rate for 18-25 year-olds fell 0.4 points over the quarter to 17.2 %.
        quantity: {value: 17.2, unit: percent}
        as_of: 2025-09
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # an age group written as a range, « des 18-25 ans », "18-25 year-olds", is the group the clause speaks of, no
    # figure the fact confirms: the way the clause says the rate moved is judged
    ("Le taux de chômage des 18-25 ans de Velmar a augmenté ce trimestre.", "fr", "contradicted", "direction"),
    ("Velmar's unemployment rate for 18-25 year-olds rose over the quarter.", "en", "contradicted", "direction"),
    ("Le taux de chômage des 18-25 ans de Velmar a reculé ce trimestre.", "fr", "supported", "terms"),
])
def test_an_age_group_is_no_figure_of_the_claim(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, AGE_GROUP), text, lang), want, rule)


NEARLY_HELD = """
version: 1
entities:
  velmor: {names: [Velmor]}
  norvel: {names: [Norvel]}
sources:
  - id: results
    title: Velmor and Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: orders
        statement: Velmor's order book stood at £412.6 million at 31 December 2025, against £418.9 million a year earlier.
        subject: velmor
        quantity: {value: 412600000, unit: GBP}
        as_of: 2025-12-31
      - id: carnet
        statement: Le carnet de commandes de Norvel s'établit à 412,6 millions d'euros fin 2025, contre 418,9 millions un an plus tôt.
        subject: norvel
        quantity: {value: 412600000, unit: EUR}
        as_of: 2025-12-31
      - id: backlog
        statement: Velmor's service backlog stood at £96.4 million at 31 December 2025, against £103.7 million a year earlier.
        subject: velmor
        quantity: {value: 96400000, unit: GBP}
        as_of: 2025-12-31
      - id: maintenance
        statement: Le portefeuille de maintenance de Norvel s'établit à 96,4 millions d'euros fin 2025, contre 103,7 millions un an plus tôt.
        subject: norvel
        quantity: {value: 96400000, unit: EUR}
        as_of: 2025-12-31
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # a level said to have nearly held agrees with a small move either way (within two per cent)
    ("Velmor's order book was nearly unchanged, at £412.6 million at the end of 2025.", "en", "supported", "quantity"),
    ("Le carnet de commandes de Norvel s'est quasiment maintenu, à 412,6 millions d'euros fin 2025.", "fr",
     "supported", "quantity"),
    # control: unhedged, or a larger move
    ("Velmor's order book was unchanged, at £412.6 million at the end of 2025.", "en", "contradicted", "direction"),
    ("Le carnet de commandes de Norvel s'est maintenu, à 412,6 millions d'euros fin 2025.", "fr", "contradicted",
     "direction"),
    ("Velmor's service backlog was nearly unchanged, at £96.4 million at the end of 2025.", "en", "contradicted",
     "direction"),
    ("Le portefeuille de maintenance de Norvel s'est quasiment maintenu, à 96,4 millions d'euros fin 2025.", "fr",
     "contradicted", "direction"),
])
def test_a_level_nearly_held(tmp_path_factory, text, lang, want, rule):
    assert_rule(last_statement(checker_for(tmp_path_factory, NEARLY_HELD), text, lang), want, rule)


FROM_LAST_YEAR = {"fr": """
version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: results-2025
    title: Norvel annual results 2025
    published: 2026-02-20
    facts:
      - id: sales-2025
        statement: Norvel's sales for 2025 were €1,204 million, down 4.2% on 2024.
        subject: norvel
        quantity: {value: 1204000000, unit: EUR, bound: exact}
        as_of: 2025
      - id: lfl-2025
        statement: On a like-for-like basis, Norvel's 2025 sales fell 4.6%.
        subject: norvel
        quantity: {value: -4.6, unit: percent, bound: exact}
        as_of: 2025
      - id: cop-2025
        statement: Norvel's current operating result was €150 million in 2025, down 21.1% from €190 million in 2024.
        subject: norvel
        quantity: {value: 150000000, unit: EUR, bound: exact}
        as_of: 2025
  - id: results-2024
    title: Norvel annual results 2024
    published: 2025-02-21
    facts:
      - id: ventes-2024
        statement: Le chiffre d'affaires de Norvel s'est établi à 1 257 millions d'euros en 2024, en hausse de 2,9 %.
        subject: norvel
        quantity: {value: 1257000000, unit: EUR, bound: exact}
        as_of: 2024
""", "en": """
version: 1
entities:
  velmor: {names: [Velmor]}
sources:
  - id: results-2025
    title: Velmor annual results 2025
    published: 2026-02-20
    facts:
      - id: sales-2025
        statement: Les ventes de Velmor se sont élevées à 1 204 millions de livres en 2025, en baisse de 4,2 % sur 2024.
        subject: velmor
        quantity: {value: 1204000000, unit: GBP, bound: exact}
        as_of: 2025
      - id: lfl-2025
        statement: À périmètre comparable, les ventes 2025 de Velmor ont reculé de 4,6 %.
        subject: velmor
        quantity: {value: -4.6, unit: percent, bound: exact}
        as_of: 2025
      - id: cop-2025
        statement: Le résultat opérationnel courant de Velmor a été de 150 millions de livres en 2025, en baisse de 21,1 % par rapport aux 190 millions de 2024.
        subject: velmor
        quantity: {value: 150000000, unit: GBP, bound: exact}
        as_of: 2025
  - id: results-2024
    title: Velmor annual results 2024
    published: 2025-02-21
    facts:
      - id: sales-2024
        statement: Velmor's revenue was £1,257 million in 2024, up 2.9%.
        subject: velmor
        quantity: {value: 1257000000, unit: GBP, bound: exact}
        as_of: 2024
"""}


@pytest.mark.parametrize("text, lang, want, rule", [
    # a change beside the level reached is not held against the fact of its starting level ("compared with …",
    # « contre … »), which gives the change of the year before, when the level's fact gives it in another language
    ("Velmor published its 2025 accounts. Revenue fell 4.2%, to £1,204 million, compared with £1,257 million a year "
     "earlier.", "en", "supported", "quantity"),
    ("Norvel a publié ses comptes 2025. Le chiffre d'affaires a reculé de 4,2 %, à 1 204 millions d'euros, contre "
     "1 257 millions un an plus tôt.", "fr", "supported", "quantity"),
    # control: a change the level's fact does not give
    ("Velmor published its 2025 accounts. Revenue fell 3.8%, to £1,204 million, compared with £1,257 million a year "
     "earlier.", "en", "mixed", None),
    ("Norvel a publié ses comptes 2025. Le chiffre d'affaires a reculé de 3,8 %, à 1 204 millions d'euros, contre "
     "1 257 millions un an plus tôt.", "fr", "mixed", None),
])
def test_a_change_is_not_the_starting_levels(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, FROM_LAST_YEAR[lang]), text, lang,
                                  when=("20 February 2026", "20 février 2026")), want, rule)


REACH = """
version: 1
entities:
  korvan:
    names: [Korvan Systems, Korvan]
sources:
  - id: korvan-shares
    title: Korvan shares slide after warning
    published: 2026-03-11
    facts:
      - id: slide
        statement: Korvan shares dropped as much as 18.6% to £2.41 on 11 March 2026, their lowest since 2022.
        subject: korvan
        quantity: {value: -18.6, unit: percent, bound: exact}
        as_of: 2026-03-11
"""


@pytest.mark.parametrize("text, lang, want, rule", [
    # "fell as much as X", « a chuté jusqu'à X »: the deepest point the move reached, a figure, not an upper bound
    ("Korvan shares slumped as much as 19 per cent on Wednesday.", "en", "supported", "quantity"),
    ("Korvan shares slumped as much as 28 per cent on Wednesday.", "en", "contradicted", "quantity"),
    ("L'action Korvan a plongé jusqu'à 19 % mercredi.", "fr", "supported", "quantity"),
    ("L'action Korvan a plongé jusqu'à 28 % mercredi.", "fr", "contradicted", "quantity"),
])
def test_a_move_as_much_as_a_figure_reached_it(tmp_path_factory, text, lang, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, REACH), text, lang,
                                  when=("12 March 2026", "12 mars 2026")), want, rule)


TURNED_BOUND = """
version: 1
entities:
  norvale: {names: [Norvale]}
sources:
  - id: norvale-s1-2025
    title: Chiffre d'affaires semestriel 2025 de Norvale
    publisher: norvale
    published: 2025-07-24
    facts:
      - id: moteur
        statement: Les ventes de bateaux à moteur de Norvale ont reculé de 39 % au premier semestre 2025, et le nombre d'unités livrées a baissé de plus de 60 %.
        subject: norvale
        quantity: {value: -39, unit: percent}
        as_of: 2025-06
      - id: ebitda
        statement: L'Ebitda de Norvale atteint 174 millions d'euros en 2025, plus du double de celui de 2019.
        subject: norvale
        quantity: {value: 174e6, unit: EUR}
        as_of: 2025
"""


@pytest.mark.parametrize("text, want, rule", [
    # a bound the other way of the bound its number has in the fact's sentence, not a loose cap over its 39 %
    ("Le nombre de bateaux à moteur livrés par Norvale a reculé de 60 % au plus au premier semestre 2025.",
     "contradicted", "quantity-bound"),
    # « moins du double » is a bound below the double: the fact's « plus du double » refutes it
    ("L'Ebitda de Norvale atteint 174 millions d'euros en 2025, moins du double de celui de 2019.", "mixed",
     "quantity-bound"),
    # control: the sentence's own bound
    ("L'Ebitda de Norvale atteint 174 millions d'euros en 2025, plus du double de celui de 2019.", "supported", None),
])
def test_a_bound_turned_round(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, TURNED_BOUND), text, "fr"), want, rule)


SPAN = """
version: 1
entities:
  harlow: {names: [Harlow]}
sources:
  - id: harlow-fy25
    title: Harlow preliminary results FY25
    publisher: harlow
    published: 2025-09-09
    facts:
      - id: sales
        statement: Harlow's total sales for the 52 weeks to 28 June 2025 were £1,771.0m.
        subject: harlow
        quantity: {value: 1771.0e6, unit: GBP}
        as_of: 2025-06
"""


@pytest.mark.parametrize("text, want, rule", [
    # the figure of a span of another length: another period's
    ("Harlow's sales reached £1.77bn in the 13 weeks to 28 June 2025.", "contradicted", "period"),
    # control: the span the fact gives
    ("Harlow's sales reached £1.77bn in the 52 weeks to 28 June 2025.", "supported", "quantity"),
])
def test_a_span_of_another_length(tmp_path_factory, text, want, rule):
    assert_outcome(last_statement(checker_for(tmp_path_factory, SPAN), text, "en"), want, rule)
