"""Rule tests: a fact found for a claim that shares few of its words — its figure the only one of the list, a
measure named by a word of both languages, a share's price said with its exchange, a month that names a noun — each a
sentence checked against an inline source list, its verdict and the rule that decided it."""
from __future__ import annotations

import pytest

from rulehelpers import assert_rule, checker_for, last_statement


LIST = """
version: 1
entities:
  norvel: {names: [Norvel]}
  velmor: {names: [Velmor]}
sources:
  - id: norvel-results
    title: Norvel full-year results 2024
    published: 2025-02-12
    facts:
      - id: fleet-use
        statement: Norvel's fleet utilisation reached 83% in 2024.
        subject: norvel
        quantity: {value: 83, unit: percent}
        as_of: 2024
      - id: assets
        statement: The portfolio valuation of Norvel rose 3.6% like-for-like in 2024.
        subject: norvel
        quantity: {value: 3.6, unit: percent}
        as_of: 2024
      - id: sales
        statement: Norvel's revenue rose 6.3% in 2024.
        subject: norvel
        quantity: {value: 6.3, unit: percent}
        as_of: 2024
      - id: record
        statement: Norvel had a record year in 2024, with sales ahead of its May trading update.
        subject: norvel
        as_of: 2024
      - id: dividend
        statement: Norvel raised its dividend in May 2024, after its March trading update.
        subject: norvel
        as_of: 2024-05
  - id: velmor-shares
    title: Velmor shares after results
    published: 2025-03-04
    facts:
      - id: lockers
        statement: Velmor's installed base of parcel lockers grew to about 2,640 units in 2024, from 2,010 in 2023.
        subject: velmor
        quantity: {value: 2640, unit: lockers, bound: about}
        as_of: 2024
      - id: share-move
        statement: Velmor shares fell 2% on 4 March 2025, the day of its results.
        subject: velmor
        quantity: {value: -2, unit: percent}
        as_of: 2025-03-04
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, LIST)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a figure of two digits that one fact of the list gives: that fact bears on it, whatever words they share
    ("Chez Norvel, le taux d'emploi des engins a atteint 83 % en 2024.", "fr", "supported", "quantity"),
    ("Chez Norvel, le taux d'emploi des engins a atteint 83 % en 2023.", "fr", "contradicted", "date"),
    ("At Norvel, equipment use reached 83% in 2024.", "en", "supported", "quantity"),
    ("At Norvel, equipment use reached 83% in 2023.", "en", "contradicted", "date"),
    # a portfolio and its valuation, in both languages (« portefeuille », « valeur »)
    ("À périmètre constant, la valeur du portefeuille de Norvel a augmenté de 3,6 % en 2024.", "fr", "supported",
     "quantity"),
    ("À périmètre constant, la valeur du portefeuille de Norvel a baissé de 3,6 % en 2024.", "fr", "contradicted",
     "direction"),
    # the market a share trades on, after "trading in": where its price is set, not what it measures
    ("Velmor shares fell 2% in early trading in London on 4 March.", "en", "supported", "quantity"),
    ("Velmor shares rose 2% in early trading in London on 4 March.", "en", "contradicted", "direction"),
    # a share named by « le titre » and the verb that moves its price (« a cédé 2 % »): the share's price
    ("Le titre Velmor a cédé 2 % à la Bourse de Paris le 4 mars.", "fr", "supported", "quantity"),
    ("Le titre Velmor a gagné 2 % à la Bourse de Paris le 4 mars.", "fr", "contradicted", "direction"),
    # the year written right after the figure a change starts from is that figure's, not the end level's
    ("Le parc de consignes installées de Velmor est passé de 2 010 unités en 2023 à environ 2 640.", "fr",
     "supported", "quantity"),
    ("Le parc de consignes installées de Velmor est passé de 2 010 unités en 2023 à environ 2 940.", "fr",
     "contradicted", "quantity"),
    ("Velmor's installed base of parcel lockers grew from 2,010 in 2023 to about 2,640.", "en", "supported",
     "quantity"),
    # a month that names a noun after a determiner ("its May trading update") dates nothing the claim says; the
    # month the claim's event is dated by still is read
    ("Norvel called 2024 a record year, with sales ahead of the figures it gave in its May trading update.", "en",
     "supported", "terms"),
    ("Norvel raised its dividend in June 2024, after the figures it gave in its March trading update.", "en",
     "contradicted", "date"),
    ("Norvel a relevé son dividende en mai 2024, après les chiffres donnés dans sa mise à jour de mars.", "fr",
     "supported", "terms"),
    ("Norvel a relevé son dividende en juin 2024, après les chiffres donnés dans sa mise à jour de mars.", "fr",
     "contradicted", "date"),
])
def test_found_by_few_words(checker, text, lang, want, rule):
    assert_rule(last_statement(checker, text, lang), want, rule)
