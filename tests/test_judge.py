"""One line per judgement rule: a sentence, the verdict it must get against the arms source list."""
from __future__ import annotations

import pytest

from factcheck.checks.judge import compare_quantity
from factcheck.checks.model import Quantity
from conftest import check_text, verdict_of


@pytest.mark.parametrize("sentence, verdict", [
    # quantities and bounds
    ("La Russie a versé à la Corée du Nord une compensation d'environ 1,2 milliard de dollars.", "supported"),
    ("Russia paid North Korea compensation of about $1.2 billion.", "supported"),
    ("La Russie a versé à la Corée du Nord une compensation de plus de 2 milliards de dollars.", "contradicted"),
    ("North Korea supplied Russia with weapons worth at least $9.8 billion.", "contradicted"),
    ("North Korea supplied Russia with weapons worth up to $9.8 billion.", "supported"),
    # magnitude slip and French billion
    ("Russia paid North Korea compensation of about $1.2 million.", "contradicted"),
    ("La Russie a versé à la Corée du Nord une compensation de 1,2 billion de dollars.", "contradicted"),
    # currency
    ("Russia paid North Korea compensation of about 1.2 billion euros.", "contradicted"),
    # roles, both voices and languages
    ("North Korea paid Russia compensation of about $1.2 billion.", "contradicted"),
    ("La compensation versée par Pyongyang à Moscou atteint 1,2 milliard de dollars.", "contradicted"),
    ("Moscou a reçu de Pyongyang une compensation de 1,2 milliard de dollars.", "contradicted"),
    ("Pyongyang a reçu de Moscou une compensation d'environ 1,2 milliard de dollars.", "supported"),
    ("La Russie a fourni des armes à la Corée du Nord.", "contradicted"),
    ("La Corée du Nord a fourni des armes à la Russie.", "supported"),
    ("North Korea was paid by Russia in food and oil.", "supported"),
    ("Russia was paid by North Korea in food and oil.", "contradicted"),
    # counted things and ranges
    ("North Korea delivered about 6 million artillery shells to Russia.", "supported"),
    ("North Korea delivered 9 million artillery shells to Russia.", "contradicted"),
    # outdated figure
    ("North Korea supplied Russia with weapons worth up to $5.5 billion.", "outdated"),
])
def test_rule(arms_checker, sentence, verdict):
    assert verdict_of(arms_checker, sentence) == verdict


def test_ratio_against_ratio_fact_with_near_miss(arms_checker):
    [r] = [r for r in check_text(arms_checker,
           "Moscou n'a reçu qu'environ un tiers de la valeur des livraisons nord-coréennes.") if r.analysis.checkable]
    assert r.verdict == "contradicted"
    text = " ".join(c.explanation for c in r.claims)
    assert "12" in text and "third" in text.lower() or "tiers" in text.lower()


def test_attribution(arms_checker):
    ok = check_text(arms_checker, "Une étude commandée par la Fondation Friedrich Naumann indique que la Russie a versé "
                                  "à la Corée du Nord environ 1,2 milliard de dollars.")
    bad = check_text(arms_checker, "Une étude commandée par la Fondation Konrad Adenauer indique que la Russie a versé "
                                   "à la Corée du Nord environ 1,2 milliard de dollars.")
    frame_ok = next(c for c in ok[0].claims if c.claim.role == "attribution-frame")
    frame_bad = next(c for c in bad[0].claims if c.claim.role == "attribution-frame")
    assert frame_ok.verdict == "supported"
    assert frame_bad.verdict == "contradicted"
    assert bad[0].verdict == "contradicted"          # the figure right under a wrong name: the report is wrong


def test_unverified_without_fact(arms_checker):
    assert verdict_of(arms_checker, "Russia paid Belarus 3 billion dollars in 2023.") == "unverified"


def test_relative_clause_supported(arms_checker):
    [r] = check_text(arms_checker, "Kim Jong Un, qui a renouvelé son soutien inconditionnel à la Russie, "
                                   "pourrait se rendre à Moscou.")
    assert r.verdict == "supported"


@pytest.mark.parametrize("claim, fact, relation", [
    (Quantity(value=1.2e9, unit="USD", approximate=True), Quantity(value=1.2e9, unit="USD", bound="at-most"), "supports"),
    (Quantity(value=2e9, unit="USD", bound="at-least"), Quantity(value=1.2e9, unit="USD", bound="at-most"), "contradicts"),
    (Quantity(value=9.8e9, unit="USD", bound="at-least"), Quantity(value=9.8e9, unit="USD", bound="at-most"), "contradicts"),
    (Quantity(value=1 / 3, unit="ratio", approximate=True), Quantity(min=0.12, max=0.21, unit="ratio"), "contradicts"),
    (Quantity(value=12, unit="percent"), Quantity(min=0.12, max=0.21, unit="ratio"), "supports"),
    (Quantity(value=0.5, unit="ratio", approximate=True), Quantity(value=0.48, unit="ratio"), "supports"),
    (Quantity(value=60, unit="percent", approximate=True), Quantity(value=0.42, unit="ratio"), "contradicts"),
    (Quantity(value=3200, unit="people"), Quantity(value=3200, unit="people"), "supports"),
    (Quantity(value=3500, unit="people"), Quantity(value=3200, unit="people"), "contradicts"),
])
def test_compare_quantity(claim, fact, relation):
    assert compare_quantity(claim, fact)[0] == relation


def test_magnitude_slip_named():
    assert compare_quantity(Quantity(value=1.2e6, unit="USD"), Quantity(value=1.2e9, unit="USD")) == ("contradicts", "magnitude")


TOWN_SOURCES = """
version: 1
entities:
  harbour: {names: [Harbour Authority, the authority, l'autorité portuaire]}
  town: {names: [Brixley, la commune, the town]}
  mayor: {names: [Ann Wode]}
sources:
  - id: report-2025
    title: Harbour annual report 2025
    publisher: harbour
    published: 2026-01-10
    facts:
      - id: founded
        statement: The Harbour Authority was founded in 1962.
        subject: harbour
        terms: [founded, fondée, created, créée]
        quantity: {value: 1962, unit: year, bound: exact}
      - id: strike-2019
        statement: Dock workers held a three-day strike in 2019.
        subject: harbour
        terms: [strike, grève]
        as_of: 2019
      - id: fees-2025
        statement: Port fees rose 6 percent in 2025.
        subject: harbour
        terms: [port fees, redevances portuaires, fees]
        quantity: {value: 6, unit: percent, bound: about}
        as_of: 2025
      - id: tax-2026
        statement: The town's property tax rate stays unchanged in 2026.
        subject: town
        terms: [property tax, taxe foncière]
        quantity: {value: 0, unit: percentage points, bound: exact}
        as_of: 2026
      - id: mayor
        statement: Ann Wode has been mayor of Brixley since her election in 2014.
        subject: mayor
        terms: [mayor, maire, elected, élue]
        quantity: {value: 2014, unit: year, bound: exact}
"""


@pytest.fixture(scope="module")
def town_checker(tmp_path_factory):
    from factcheck.checks.pipeline import Checker
    from factcheck.checks.sources import load_catalog
    path = tmp_path_factory.mktemp("town") / "town.yaml"
    path.write_text(TOWN_SOURCES, encoding="utf-8")
    return Checker.from_catalog(load_catalog([path]))


@pytest.mark.parametrize("sentence, verdict", [
    # negation against a dated event, and a denied change
    ("The Harbour Authority has never had a strike since it was founded in 1962.", "mixed"),
    ("L'autorité portuaire n'a jamais connu de grève.", "contradicted"),
    ("Port fees at the Harbour Authority did not rise in 2025.", "contradicted"),
    ("Port fees at the Harbour Authority rose 6% in 2025.", "supported"),
    ("La taxe foncière de la commune n'augmentera pas en 2026.", "supported"),
    # dates: a year stated for the fact's event
    ("The Harbour Authority was founded in 1962.", "supported"),
    ("The Harbour Authority was founded in 1972.", "contradicted"),
    ("La maire Ann Wode, élue en 2020, présente son budget de 12 millions d'euros.", "contradicted"),
])
def test_negation_and_date_rules(town_checker, sentence, verdict):
    assert verdict_of(town_checker, sentence) == verdict


@pytest.mark.parametrize("text, lang", [
    ("Le chiffre d'affaires de Norvel a progressé de 4,5 %, contre 3,1 % un an plus tôt.", "fr"),
    ("Velmor's revenue rose 4.5%, up from 3.1% a year earlier.", "en"),
])
def test_a_figures_reading_kept_for_a_judgement_is_the_same(text, lang):
    """``findings.per_figure``: a figure's reading kept while its statement is judged is the one read afresh, asked
    once or again, and nothing is kept once the judgement ends."""
    from rulehelpers import _analysed
    from factcheck.checks.judge.clauses import figure_sense, figure_window, relative_figure
    from factcheck.checks.judge.findings import _JUDGING, one_judgement
    figures = [(c, q) for c in _analysed(text, lang).claims for q in c.quantities]
    plain = [(relative_figure(c, q), figure_window(c, q), figure_sense(c, q, figure_window(c, q))) for c, q in figures]
    with one_judgement():
        for _ in range(2):
            assert [(relative_figure(c, q), figure_window(c, q), figure_sense(c, q, figure_window(c, q)))
                    for c, q in figures] == plain
    assert getattr(_JUDGING, "memo", None) is None
    assert [p[0] for p in plain] == [None, "starting level"]


@pytest.mark.parametrize("text, lang", [
    ("Norvel devrait relever son dividende en 2026.", "fr"),
    ("Velmor will raise its dividend in 2026.", "en"),
])
def test_a_clauses_prediction_markers_read_once_are_a_fresh_list(text, lang):
    """``forecasts.predictions`` is kept per clause: each caller gets its own list, equal to the first."""
    from factcheck.checks.detect.forecasts import predictions
    from factcheck.checks.detect.lexicon import claim_lexicon
    from factcheck.checks.text import fold
    lex = claim_lexicon(lang)
    first = predictions(text, fold(text), lex)
    assert first
    first.append("x")
    assert predictions(text, fold(text), lex) == first[:-1]
