"""Where and who (issue 8): a figure given for the place or party a claim names is judged by the facts that name
it — the national figure given for a region is a wrong region — and a place the statement names that no fact
confirms leaves it unverified."""
from __future__ import annotations

import pytest

from test_slots import checker_for, last_statement

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
