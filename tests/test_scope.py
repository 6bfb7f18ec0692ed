"""Where and who (issue 8): a figure given for the place or party a claim names is judged by the facts that name
it — the national figure given for a region is a wrong region — and a place the statement names that no fact
confirms leaves it unverified."""
from __future__ import annotations

import pytest

from test_slots import checker_for, last_statement


def verdict_for(tmp_path_factory, listing: str, text: str, lang: str = "en"):
    """The verdict of ``text`` against an inline source list, and what decided each claim (for the message)."""
    st = last_statement(checker_for(tmp_path_factory, listing), text, lang)
    return st.verdict, [(c.claim.text, c.verdict, c.rules, c.explanation) for c in st.claims]

LIST = """
version: 1
entities:
  idf: {names: [Île-de-France, région capitale]}
  hexagone: {names: [Hexagone, métropole]}
  outre-mer: {names: [Outre-mer, outre-mer]}
  london: {names: [London, Londres]}
sources:
  - id: prix
    title: Prix des logements anciens
    published: 2024-08-29
    facts:
      - id: national
        statement: Sur un an, les prix des logements anciens reculent de 4,9 % au deuxième trimestre 2024.
        quantity: {value: -4.9, unit: percent}
        as_of: 2024-06
      - id: idf
        statement: En Île-de-France, les prix reculent de 7,2 % sur un an au deuxième trimestre 2024.
        subject: idf
        quantity: {value: -7.2, unit: percent}
        as_of: 2024-06
      - id: epidemie
        statement: Dans l'Hexagone, l'épidémie de grippe a duré douze semaines.
        subject: hexagone
        quantity: {value: 12, unit: semaines}
  - id: rents
    title: Private rents
    published: 2025-06-18
    facts:
      - id: uk
        statement: Private rents in the UK rose 7.0 % in the 12 months to May 2025.
        quantity: {value: 7.0, unit: percent}
        as_of: 2025-05
      - id: london
        statement: In London, private rents rose 6.1 % in the 12 months to May 2025.
        subject: london
        quantity: {value: 6.1, unit: percent}
        as_of: 2025-05
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    ("En Île-de-France, les prix des logements anciens ont reculé de 4,9 % sur un an au deuxième trimestre 2024.", "fr", "contradicted", "region"),
    ("En Île-de-France, les prix des logements anciens ont reculé de 7,2 % sur un an au deuxième trimestre 2024.", "fr", "supported", "quantity"),
    ("Les prix des logements anciens ont reculé de 4,9 % sur un an au deuxième trimestre 2024.", "fr", "supported", "quantity"),
    ("In London, private rents rose 7.0 % in the 12 months to May.", "en", "contradicted", "region"),
    ("In London, private rents rose 6.1 % in the 12 months to May.", "en", "supported", "quantity"),
])
def test_scope_rules(checker, text, lang, want, rule):
    st = last_statement(checker, text, lang)
    assert (st.verdict, rule in {r for c in st.claims for r in c.rules}) == (want, True), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


def test_a_place_no_fact_confirms_leaves_the_statement_unverified(checker):
    st = last_statement(checker, "Dans l'Hexagone comme dans les Outre-mer, l'épidémie de grippe a duré douze semaines.", "fr")
    assert st.verdict == "unverified", [(c.claim.text, c.verdict, c.rules) for c in st.claims]


ATTRIBUTION = """
version: 1
entities:
  eurostat: {names: [Eurostat]}
  ons: {names: [ONS, Office for National Statistics]}
sources:
  - id: eurostat-q4
    title: GDP and employment up by 0.2 % in the euro area
    publisher: eurostat
    published: 2026-03-06
    facts:
      - id: employment
        statement: Employment in the euro area rose by 0.2 % in the fourth quarter of 2025.
        quantity: {value: 0.2, unit: percent}
        as_of: 2025-Q4
  - id: dette
    title: "La dette publique atteint 3 345,8 milliards d'euros, selon l'Insee"
    publisher: Europe 1 avec AFP
    published: 2025-06-26
    facts:
      - id: tresorerie
        statement: La trésorerie de l'État a reculé de 11,4 milliards d'euros au premier trimestre 2025.
        quantity: {value: -11.4e9, unit: EUR}
        as_of: 2025-Q1
"""


@pytest.fixture(scope="module")
def attribution_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, ATTRIBUTION)


@pytest.mark.parametrize("text, lang, want", [
    # a named institution that did not publish the figure: misattributed: the figure right, who gives it wrong
    ("According to the European Central Bank, employment in the euro area rose 0.2 % in the fourth quarter of 2025.",
     "en", "contradicted"),
    ("According to Eurostat, employment in the euro area rose 0.2 % in the fourth quarter of 2025.", "en", "supported"),
    ("La Banque de France souligne que la trésorerie de l'État a reculé de 11,4 milliards d'euros au premier "
     "trimestre 2025.", "fr", "contradicted"),
    # a report's title credits the party: not a misattribution
    ("Selon l'Insee, la trésorerie de l'État a reculé de 11,4 milliards d'euros au premier trimestre 2025.", "fr",
     "supported"),
])
def test_misattribution(attribution_checker, text, lang, want):
    st = last_statement(attribution_checker, text, lang)
    assert st.verdict == want, [(c.claim.text, c.verdict, c.rules, c.explanation) for c in st.claims]


PREDICATES = """
version: 1
entities:
  cre: {names: [CRE, Commission de régulation de l'énergie]}
  gouvernement: {names: [gouvernement, government]}
  council: {names: [council, the council]}
  mayor: {names: [mayor, the mayor]}
sources:
  - id: tarifs
    title: Tarifs réglementés
    facts:
      - id: role
        statement: La CRE propose les tarifs réglementés ; c'est le gouvernement qui décide ensuite.
      - id: budget
        statement: The mayor proposed the budget, which the council approved in March.
"""


@pytest.fixture(scope="module")
def predicate_checker(tmp_path_factory):
    return checker_for(tmp_path_factory, PREDICATES)


@pytest.mark.parametrize("text, lang, want, rule", [
    ("C'est la CRE qui fixe les tarifs réglementés, le gouvernement se contentant de les proposer.", "fr",
     "contradicted", "roles"),
    ("La CRE propose les tarifs réglementés, que le gouvernement décide ensuite.", "fr", "supported", "terms"),
    ("The council proposed the budget, which the mayor approved.", "en", "contradicted", "roles"),
])
def test_who_does_what(predicate_checker, text, lang, want, rule):
    st = last_statement(predicate_checker, text, lang)
    assert (st.verdict, rule in {r for c in st.claims for r in c.rules}) == (want, True), \
        [(c.claim.text, c.verdict, c.rules, c.explanation) for c in st.claims]


CLAUSES = """
version: 1
entities:
  keolis: {names: [Keolis]}
sources:
  - id: sncf
    title: Résultats 2024
    facts:
      - id: filiales
        statement: L'activité de Keolis a progressé de 9,6 % en 2024, tandis que le chiffre d'affaires de Geodis a stagné.
        subject: keolis
        quantity: {value: 9.6, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # the clause without a figure beside a confirmed one: its direction against the fact's clause on the same party
    ("En 2024, l'activité de Keolis a progressé de 9,6 %, quand le chiffre d'affaires de Geodis reculait nettement.",
     "mixed"),
    ("En 2024, l'activité de Keolis a progressé de 9,6 %, tandis que le chiffre d'affaires de Geodis a stagné.",
     "supported"),
])
def test_direction_of_a_clause_beside_a_figure(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, CLAUSES, text, "fr")
    assert got == want, why


NUMBERS = """
version: 1
sources:
  - id: club
    title: Annual accounts
    facts:
      - id: wages
        statement: Wages and salaries totalled 59.3 million pounds.
        quantity: {value: 59.3e6, unit: GBP}
      - id: ratio
        statement: Wages were 87 percent of turnover.
"""


def test_a_number_nobody_checked_is_no_support(tmp_path_factory):
    # "90p" is no figure the reader compares, and shared words ("wages", "turnover") do not confirm it
    st = last_statement(checker_for(tmp_path_factory, NUMBERS),
                        "Wages swallowed £59.3 million — more than 90p of every pound of turnover.")
    assert st.verdict == "unverified", [(c.claim.text, c.verdict, c.rules) for c in st.claims]


MEASURES = """
version: 1
sources:
  - id: tarifs
    title: Tarifs de l'électricité au 1er février 2025
    facts:
      - id: turpe
        statement: Le TURPE augmente de 7,7 % au 1er février 2025.
        quantity: {value: 7.7, unit: percent}
        as_of: 2025-02
      - id: accise
        statement: L'accise sur l'électricité passe à 33,70 €/MWh au 1er février 2025, contre 21 €/MWh en 2024.
        quantity: {value: 33.70, unit: EUR}
        as_of: 2025-02
"""


@pytest.mark.parametrize("text, want", [
    # the figure of another measure, when the measure the clause names has a figure of its own
    ("Au 1er février 2025, l'accise sur l'électricité a bondi de 7,7 %.", "contradicted"),
    ("Au 1er février 2025, le TURPE a augmenté de 7,7 %.", "supported"),
])
def test_the_figure_of_another_measure(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, MEASURES, text, "fr")
    assert got == want, why


LEVELS = """
version: 1
sources:
  - id: ons
    title: Consumer price inflation, May 2025
    facts:
      - id: cpih
        statement: CPIH rose by 4.0 % in the 12 months to May 2025, compared with 4.1 % in April.
        quantity: {value: 4.0, unit: percent}
        as_of: 2025-05
  - id: sdes
    title: Construction de logements
    facts:
      - id: chantiers
        statement: 24 000 logements ont été mis en chantier en juillet 2024, en hausse de 12,2 % par rapport à juin.
        quantity: {value: 24000, unit: logements}
        as_of: 2024-07
"""


@pytest.mark.parametrize("text, lang, want", [
    # a level reached moves the way the source's level does, not the way its prices do (the other way: the level
    # is right, the way it moved is not)
    ("CPIH slowed to 4.0 % in the 12 months to May 2025.", "en", "supported"),
    ("CPIH accelerated to 4.0 % in the 12 months to May 2025.", "en", "contradicted"),
    ("Les mises en chantier ont reculé en juillet 2024, à 24 000 logements.", "fr", "contradicted"),
])
def test_a_level_reached_moves_like_the_sources_level(tmp_path_factory, text, lang, want):
    got, why = verdict_for(tmp_path_factory, LEVELS, text, lang)
    assert got == want, why


BOUNDS = """
version: 1
sources:
  - id: wmo
    title: Global temperature 2024
    facts:
      - id: above
        statement: 2024 was the first calendar year in which the global average temperature exceeded 1.5 °C above pre-industrial levels.
        quantity: {value: 1.5, unit: degC, bound: at-least}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # a source's bound is a bound: 1.46 is not above 1.5, whatever the rounding of 1.5
    ("In 2024 the global average temperature was 1.46C above pre-industrial levels.", "contradicted"),
    ("In 2024 the global average temperature was 1.55C above pre-industrial levels.", "supported"),
    # a party the facts never name: its figure is neither confirmed nor refuted
    ("The Tarnovian Weather Agency, using its own method, arrived at 1.46C for 2024.", "unverified"),
])
def test_bounds_and_unnamed_parties(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, BOUNDS, text)
    assert got == want, why


EXPECTED = """
version: 1
sources:
  - id: bls
    title: The employment situation, July 2025
    facts:
      - id: payrolls
        statement: Total nonfarm payroll employment rose by 73,000 in July 2025.
        quantity: {value: 73000, unit: jobs}
        as_of: 2025-07
      - id: consensus
        statement: Economists had forecast a gain of 104,000 jobs in July 2025.
        quantity: {value: 104000, unit: jobs}
        as_of: 2025-07
"""


@pytest.mark.parametrize("text, want", [
    # what someone expected is compared with what the source says was expected, not with what happened
    ("Economists had expected around 104,000 new jobs in July 2025.", "supported"),
    ("Economists had expected around 110,000 new jobs in July 2025.", "contradicted"),
    ("Payrolls rose by 73,000 jobs in July 2025.", "supported"),
])
def test_an_expectation_is_compared_with_expectations(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, EXPECTED, text)
    assert got == want, why


RANKED = """
version: 1
sources:
  - id: desnz
    title: Energy trends
    facts:
      - id: renewables
        statement: Renewables provided 50.8 % of UK electricity generation in 2024.
        quantity: {value: 50.8, unit: percent}
        as_of: 2024
      - id: wind
        statement: Wind generated a record 29.2 % of UK electricity in 2024.
        quantity: {value: 29.2, unit: percent}
        as_of: 2024
      - id: gas
        statement: Gas provided 26.7 % of UK electricity generation in 2024.
        quantity: {value: 26.7, unit: percent}
        as_of: 2024
"""


@pytest.mark.parametrize("text, want", [
    # the fact that gives the precise figure and names what it measures, though ranked lower: supported
    ("In 2024 wind farms provided 29.2 % of UK electricity generation.", "supported"),
    # the precise figure of another measure stays a wrong figure
    ("In 2024 gas provided 29.2 % of UK electricity generation.", "contradicted"),
])
def test_the_fact_that_names_the_measure_decides(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, RANKED, text)
    assert got == want, why


PRONOUNS = """
version: 1
sources:
  - id: dares
    title: Demandeurs d'emploi au deuxième trimestre 2025
    facts:
      - id: cat-a-trimestre
        statement: Le nombre d'inscrits en catégorie A baisse de 5,7 % au deuxième trimestre 2025.
        quantity: {value: -5.7, unit: percent}
        as_of: 2025-06
      - id: cat-a-an
        statement: Sur un an, le nombre d'inscrits en catégorie A augmente de 6,6 %.
        quantity: {value: 6.6, unit: percent}
        as_of: 2025-06
"""


@pytest.mark.parametrize("second, want", [
    # "il" after an opening phrase is the previous sentence's subject: its figure is that measure's
    ("Sur un an, il a toutefois progressé de 4,1 %.", "contradicted"),
    ("Sur un an, il a toutefois progressé de 6,6 %.", "supported"),
])
def test_a_pronoun_after_an_opening_phrase_points_back(tmp_path_factory, second, want):
    st = last_statement(checker_for(tmp_path_factory, PRONOUNS),
                        "Le nombre d'inscrits en catégorie A a chuté de 5,7 % au deuxième trimestre 2025. " + second, "fr")
    assert st.verdict == want, [(c.claim.text, c.verdict, c.rules, c.explanation) for c in st.claims]


QUOTES = """
version: 1
sources:
  - id: syndicat
    title: Enquête Samu-Urgences de France
    facts:
      - id: fermetures
        statement: Selon une enquête du syndicat Samu-Urgences de France, deux services d'urgence sur trois ont fermé au moins une fois cet été.
      - id: maltraitance
        statement: Le syndicat Samu-Urgences de France dénonce une « maltraitance institutionnelle » des patients qui attendent sur des brancards.
"""


@pytest.mark.parametrize("text, want", [
    # a phrase the claim quotes must be in the fact that confirms it
    ("Le syndicat Samu-Urgences de France parle de « maltraitance institutionnelle » envers les patients.", "supported"),
    ("Le syndicat Samu-Urgences de France parle de « mise en danger délibérée » envers les patients.", "unverified"),
])
def test_quoted_words_must_be_the_facts(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, QUOTES, text, "fr")
    assert got == want, why


QUALIFIED = """
version: 1
sources:
  - id: ukhsa
    title: Measles epidemiology 2024
    facts:
      - id: under-10
        statement: 61 % of confirmed cases since January 2024 (1,778 of 2,918) were in children aged 10 and under.
        quantity: {value: 61, unit: percent}
      - id: adults
        statement: Adults made up 18 % of confirmed cases since January 2024.
        quantity: {value: 18, unit: percent}
"""


@pytest.mark.parametrize("text, want", [
    # what the claim's figure measures may come after the fact's figure in its sentence
    ("Children aged 10 and under made up 61 % of confirmed cases since January 2024.", "supported"),
    ("Children aged 10 and under made up 18 % of confirmed cases.", "contradicted"),
])
def test_a_qualifier_said_after_the_facts_figure(tmp_path_factory, text, want):
    got, why = verdict_for(tmp_path_factory, QUALIFIED, text)
    assert got == want, why
