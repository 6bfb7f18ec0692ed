"""Ranks and records as parts of a statement (issue 8): "the lowest since records began" against a source's
"lowest for more than a decade", "the lowest rate of the EU" against a source that lists another country first,
and a record the confirming fact does not give, judged by another fact that ranks."""
from __future__ import annotations

import pytest

from factcheck.checks.recordscope import record_scope
from factcheck.checks.slots import rank_of

from test_slots import checker_for, last_statement

LIST = """
version: 1
sources:
  - id: crime
    title: Crime in England and Wales
    published: 2025-07-24
    facts:
      - id: homicides
        statement: Police recorded 535 homicides in the year to March 2025, the lowest for more than a decade.
        quantity: {value: 535, unit: homicides}
        as_of: 2025-03
      - id: fines
        statement: The regulator imposed fines worth 310 million euros in 2025.
        quantity: {value: 310e6, unit: EUR}
        as_of: 2025
      - id: fines-record
        statement: It is the largest total of fines the regulator has ever imposed.
  - id: eu
    title: Inflation dans l'UE
    published: 2025-06-18
    facts:
      - id: plus-bas
        statement: Les taux annuels les plus bas en mai 2025 ont été observés à Chypre (0,4 %), en France (0,6 %) et en Irlande (1,4 %).
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    ("Police recorded 535 homicides, the lowest number since records began.", "en", "mixed", "ranking"),
    ("Police recorded 535 homicides, the lowest number for more than a decade.", "en", "supported", "quantity"),
    ("La France affiche le taux le plus bas de l'UE en mai 2025.", "fr", "contradicted", "ranking"),
    ("Chypre affiche le taux le plus bas de l'UE en mai 2025.", "fr", "supported", "terms"),
    # the record is given by another fact of the source
    ("The regulator imposed fines worth 310 million euros in 2025, the largest total it has ever imposed.", "en",
     "supported", "ranking"),
])
def test_rank_rules(checker, text, lang, want, rule):
    st = last_statement(checker, text, lang)
    assert (st.verdict, rule in {r for c in st.claims for r in c.rules}) == (want, True), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


@pytest.mark.parametrize("text, rank, scope", [
    ("the lowest since records began", 1, "all-time"),
    ("the lowest for more than a decade", 1, "bounded"),
    ("le niveau le plus élevé de l'histoire", 1, "all-time"),
    ("le plus haut niveau depuis 2013", 1, "bounded"),
    ("the second-warmest year", 2, None),
    ("chez les moins de 65 ans", None, None),        # a bound on an age, not a rank
    ("more than 3 %", None, None),
])
def test_rank_and_scope(text, rank, scope):
    assert (rank_of(text), record_scope(text)) == (rank, scope)


RECORDS = """
version: 1
sources:
  - id: c3s
    title: New record daily global average temperature
    facts:
      - id: record-22
        statement: On 22 July 2024 the daily global average temperature reached a new record of 17.16 °C.
        quantity: {value: 17.16, unit: degC}
        as_of: 2024-07-22
      - id: record-21
        statement: The 22 July record beat the 17.09 °C set one day earlier, on 21 July 2024.
        quantity: {value: 17.09, unit: degC}
        as_of: 2024-07-21
"""


@pytest.mark.parametrize("text, want", [
    # a figure the source says was beaten is no record (the record's fact names the global average: 17.16 °C);
    # degrees written "17.09C" are read
    ("The hottest day ever measured came on 21 July 2024, when the global average reached 17.09C.", "contradicted"),
    ("The hottest day ever measured came on 22 July 2024, when the global average reached 17.16C.", "supported"),
])
def test_a_beaten_record(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, RECORDS), text)
    assert st.verdict == want, [(c.claim.text, c.verdict, c.rules, c.explanation) for c in st.claims]


def test_a_record_confirmed_by_its_figure_but_beaten_is_not_a_record(tmp_path_factory):
    listing = RECORDS.replace("the daily global average temperature reached", "the temperature reached")
    st = last_statement(checker_for(tmp_path_factory, listing),
                        "The hottest day ever measured came on 21 July 2024, at 17.09C.")
    assert st.verdict == "mixed" and "ranking" in {r for c in st.claims for r in c.rules}


HOLDERS = """
version: 1
sources:
  - id: calfire
    title: California's most destructive wildfires
    facts:
      - id: camp
        statement: The Camp fire of 2018 destroyed nearly 19,000 structures, the most destructive on record in California.
      - id: mfa
        statement: The loan offers maturities of up to 45 years.
"""


@pytest.mark.parametrize("text, want", [
    # a record the source gives to another ("the Camp fire … the most destructive") is never confirmed: here
    # no fact names the Eaton fire at all
    ("The Eaton fire is now the most destructive wildfire in California history.", "unverified"),
    ("The Camp fire of 2018 was the most destructive wildfire on record in California.", "supported"),
    # a bound on a number no rule took as its figure: "at least 45 years" is not "up to 45 years"
    ("The loan's maturities run to at least 45 years.", "contradicted"),
    ("The loan's maturities run to up to 45 years.", "supported"),
])
def test_record_holders_and_bounds(tmp_path_factory, text, want):
    st = last_statement(checker_for(tmp_path_factory, HOLDERS), text)
    assert st.verdict == want, [(c.claim.text, c.verdict, c.rules, c.explanation) for c in st.claims]


def test_a_record_given_to_another_holder():
    from factcheck.checks.judge.slotcheck import _record_holder
    claim = "The Eaton fire now ranks as the most destructive wildfire in California history."
    fact = "The Camp fire of 2018, which levelled Paradise, destroyed 19,000 structures, the most destructive on record in California."
    assert _record_holder(claim, fact) == "Camp fire"
    assert _record_holder("The Camp fire was the most destructive in California.", fact) is None


def test_a_name_in_parentheses_holds_no_record():
    from factcheck.checks.judge.slotcheck import _record_holder
    fact = "The harbour handled 2.4 million containers (TEU) in 2025, its highest total on record."
    assert _record_holder("The Kestport Harbour Authority handled 2.4 million containers in 2025, a record.", fact) is None
