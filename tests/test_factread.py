"""checks.factread: facts are read with the claims' reader (issue 8)."""
from __future__ import annotations

import pytest

from factcheck.checks.entities import EntityMatcher
from factcheck.checks.factread import direction_of, facets, qualifiers_in, read_fact
from factcheck.checks.model import Catalog, Fact, Quantity

MATCHER = EntityMatcher.from_catalog(Catalog())


def read(statement: str, **yaml):
    fact = Fact(id="f", source="s", statement=statement, **yaml)
    return fact, read_fact(fact, MATCHER)


def test_a_fact_without_quantity_gets_the_figures_of_its_statement_each_with_its_year():
    fact, reading = read("Revenue rose from £980 million in 2024 to £1.1 billion in 2025.")
    got = [(f.quantity.value, f.quantity.unit, f.as_of) for f in facets(fact, reading)]
    assert got == [(9.8e8, "GBP", "2024"), (1.1e9, "GBP", "2025")]
    assert reading.direction == "increase"


def test_french_fact_gives_percent_figures_period_and_qualifier():
    fact, reading = read("Le chômage des jeunes a reculé à 18,4 % au premier trimestre 2025, contre 19,1 % un an plus tôt.")
    assert [(q.value, q.unit) for q in reading.quantities] == [(18.4, "percent"), (19.1, "percent")]
    assert reading.years == (2025, 2024)
    assert reading.direction == "decrease" and reading.qualifiers == {"youth"}


def test_yaml_fields_win_over_what_is_read():
    fact, reading = read("Unemployment was 7.7 % in 2025.", quantity=Quantity(value=7.5, unit="percent"), as_of="2024")
    [only] = facets(fact, reading)
    assert only.quantity.value == 7.5 and only.as_of == "2024"


def test_a_month_period_is_read():
    fact, reading = read("The council left the tax rate unchanged at its May 2025 meeting.")
    assert reading.period == "2025-05" and reading.direction == "unchanged" and reading.quantities == ()


@pytest.mark.parametrize("text, expected", [
    ("youth unemployment", {"youth"}), ("net migration", {"net"}), ("le chômage des jeunes", {"youth"}),
    ("les exportations nettes", {"exports", "net"}), ("unemployment", set()), ("inflation sous-jacente", {"core"}),
])
def test_measure_qualifiers_in_both_languages(text, expected):
    assert qualifiers_in(text) == expected


@pytest.mark.parametrize("text, expected", [("prices rose", "increase"), ("les prix ont reculé", "decrease"),
                                            ("output was stable", "unchanged"), ("the bill was signed", None)])
def test_direction(text, expected):
    assert direction_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verbs of rise and fall in their participles and irregular forms, both languages
    ("Le trafic est tombé à 412 escales.", "decrease"), ("Les ventes sont retombées à 3 100 unités.", "decrease"),
    ("Le taux est descendu à 4,1 %.", "decrease"), ("L'encours a décru de 2 %.", "decrease"),
    ("L'inflation a reflué à 2,2 %.", "decrease"), ("La production a fléchi de 3 %.", "decrease"),
    ("Le parc s'accroît de 5 %.", "increase"), ("Les effectifs ont rebondi de 4 %.", "increase"),
    ("Weekday ridership dwindled to 418,000.", "decrease"), ("Exports slid 3%.", "decrease"),
    ("The backlog swelled to 64 ships.", "increase"),
    # a difference past its scale word and unit, or opened by its comparative; not a count added
    ("Sales were 7.42 billion euros, 35 million more than in 2024.", "increase"),
    ("Le résultat atteint 2,1 milliards d'euros, soit 40 millions d'euros de moins qu'en 2024.", "decrease"),
    ("Le résultat est inférieur de 18 millions à celui de 2024.", "decrease"),
    ("20 million homes are on the tariff and about 4 million more have offers indexed on it.", None),
    # "raised" a rise ("raised its dividend to 50 cents"); "falls short" a target missed, no fall (an idiom)
    ("The board raised the dividend to 50 cents.", "increase"),
    ("The fund may seek board changes if the plan falls short.", None),
])
def test_direction_of_every_verb_of_change_and_difference(text, expected):
    assert direction_of(text) == expected
