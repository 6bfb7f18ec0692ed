"""Rule tests: every part of a claim must agree — a change in per cent is not the points between two rates, a
record said as what was never seen is a record to check (not a speech tag), a figure said of the whole year is
not confirmed by a quarter's sentence."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement


PARTS = """
version: 1
entities:
  velmor: {names: [Velmor]}
  ostria: {names: [Ostria Capital, Ostria]}
sources:
  - id: velmor-fy24
    title: Velmor annual results 2024
    published: 2025-03-01
    facts:
      - id: marge
        statement: La marge opérationnelle de Velmor s'est établie à 8,0 % en 2024 contre 6,0 % en 2023.
        subject: velmor
        quantity: {value: 8.0, unit: percent}
        as_of: 2024
      - id: occupation
        statement: Le taux d'occupation des entrepôts de Velmor atteint 96,5 % fin 2024, son plus haut niveau depuis 2018.
        subject: velmor
        quantity: {value: 96.5, unit: percent}
        as_of: 2024-12
  - id: velmor-q3
    title: Velmor third-quarter trading update
    published: 2024-10-20
    facts:
      - id: q3-deliveries
        statement: Velmor's deliveries in the third quarter of 2024 were 12.4 million parcels, up 4.2% on a year earlier.
        subject: velmor
        quantity: {value: 12.4e6, unit: parcels}
        as_of: 2024-Q3
  - id: velmor-deal
    title: Velmor buys Ostria's parcel lockers
    published: 2023-05-10
    facts:
      - id: lockers
        statement: Velmor bought the Lockbay parcel-locker business from Ostria Capital for £310m in 2023.
        subject: velmor
        object: ostria
        quantity: {value: 310e6, unit: GBP}
        as_of: 2023
"""


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    return checker_for(tmp_path_factory, PARTS)


@pytest.mark.parametrize("text, lang, want, rule", [
    # two rates 2 points apart: "gained 2 %" gives the points as per cent (the change is +33.3 %)
    ("Velmor a publié ses comptes 2024. La marge opérationnelle de Velmor a gagné 2 % en un an.", "fr",
     "contradicted", "quantity"),
    # « jamais observé » says a record of all time, not who states it: the source's record goes back to 2018 only
    ("Le taux d'occupation des entrepôts de Velmor atteint 96,5 %, un niveau jamais observé dans l'histoire du groupe.",
     "fr", "mixed", "ranking"),
    # a quarter's change written beside its level does not confirm the year's
    ("Velmor published its 2024 results. Velmor's deliveries rose 4.2% over the year.", "en", "unverified", None),
    # the money paid goes the other way from the thing bought: the buyer pays the seller
    ("Ostria Capital paid Velmor £310m for the Lockbay business in 2023.", "en", "contradicted", "roles"),
    ("Velmor paid Ostria Capital £310m for the Lockbay business in 2023.", "en", "supported", None),
    ("Ostria Capital a versé 310 millions de livres à Velmor pour Lockbay en 2023.", "fr", "contradicted", "roles"),
])
def test_every_part_of_a_claim_must_agree(parts, text, lang, want, rule):
    assert_outcome(last_statement(parts, text, lang), want, rule)
