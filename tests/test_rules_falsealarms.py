"""False alarms: right statements a fact of another measure, date, period or figure refuted. A measure's acronym
("EBITDA") the figure's own words do not write is no name its fact must write (``judge/qualifiers.py``,
``names_of_its_figure``); the close of a period ("clos le 30 juin",
"the year to 31 March") is compared with the close a fact writes, never with the day of another event
(``judge/periodend.py``); a fact naming a part of the year only in a later clause of another figure is not that
part's (``judge/laterpart.py``); a hedged no move is met by a small stated change (``judge/levelmove.py``); "the year before" opening a statement counts from the paragraph's period
(``detect/running.py``); a starting level is where the figure right before it started (``rules/direction.py``)."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

VELMOR = """
version: 1
entities:
  velmor:
    names: [Velmor]
sources:
  - id: velmor-h1-2024
    title: Velmor half-year results 2024
    published: 2024-08-28
    facts:
      - id: h1-ebitda
        statement: Velmor's EBITDA for the first half of 2024 was 60.3 million dollars, up 23%.
        subject: velmor
        quantity: {value: 60300000, unit: USD}
        as_of: 2024-06
      - id: h1-revenue
        statement: Velmor's revenue in the first half of 2024 rose 3% to 493.8 million dollars.
        subject: velmor
        quantity: {value: 493800000, unit: USD}
        as_of: 2024-06
  - id: velmor-fy2024
    title: Velmor annual results 2024
    published: 2025-03-05
    facts:
      - id: orders
        statement: Velmor's order intake was £181.6m in 2024, down 13%, and the book-to-bill ratio rose to 0.73x from 0.66x in 2023.
        subject: velmor
        quantity: {value: 181600000, unit: GBP}
        as_of: 2024
      - id: france
        statement: En France, l'activité de Velmor a progressé de 5 % en 2024, avec une hausse de 15 % au quatrième trimestre.
        subject: velmor
        quantity: {value: 5, unit: percent}
        as_of: 2024
      - id: dividend
        statement: Velmor's total dividend for 2024 was 11.5 cents a share (interim 5.5 cents, final 6.0 cents), against 10.0 cents for 2023.
        subject: velmor
        quantity: {value: 0.115, unit: USD per share}
        as_of: 2024
      - id: statutory-revenue
        statement: Velmor's statutory revenue was £1,482.1m in 2024, up 0.1% on the year.
        subject: velmor
        quantity: {value: 1482100000, unit: GBP}
        as_of: 2024
      - id: organic
        statement: La croissance organique de Velmor a été de 1,3 % en 2024.
        subject: velmor
        quantity: {value: 1.3, unit: percent}
        as_of: 2024
      - id: ebitda
        statement: L'EBITDA opérationnel de Velmor atteint 59,0 millions d'euros en 2024, en progression de 3,6 millions d'euros.
        subject: velmor
        quantity: {value: 59000000, unit: EUR}
        as_of: 2024
      - id: ebitda-growth
        statement: L'excédent brut d'exploitation opérationnel de Velmor a gagné 7 % en 2024.
        subject: velmor
        quantity: {value: 7, unit: percent}
        as_of: 2024
      - id: volume-growth
        statement: Le volume d'affaires 2024 de Velmor est en hausse de 5 %, à 165 millions d'euros.
        subject: velmor
        quantity: {value: 5, unit: percent}
        as_of: 2024
      - id: volume-2024
        statement: Le volume d'affaires de Velmor s'élève à 165,0 millions d'euros en 2024.
        subject: velmor
        quantity: {value: 165000000, unit: EUR}
        as_of: 2024
  - id: velmor-fy2023
    title: Velmor résultats annuels 2023
    published: 2024-03-21
    facts:
      - id: volume-2023
        statement: En 2023, le volume d'affaires de Velmor recule de 4,3 millions d'euros à 157,1 millions d'euros.
        subject: velmor
        quantity: {value: 157100000, unit: EUR}
        as_of: 2023
  - id: velmor-warning
    title: Velmor abaisse sa prévision
    published: 2024-10-16
    facts:
      - id: initial-target
        statement: La prévision initiale de Velmor pour 2024 était une croissance organique de plus de 4 %.
        subject: velmor
        quantity: {value: 4, unit: percent, bound: at-least}
        as_of: 2024
  - id: velmor-exercice
    title: Velmor publie ses comptes annuels
    published: 2024-10-23
    facts:
      - id: exercice
        statement: Velmor a annoncé le 23 octobre 2024 ses résultats de l'exercice 2023-2024, clos le 30 juin 2024.
        subject: velmor
        as_of: 2024-10-23
"""


@pytest.fixture(scope="module")
def velmor(tmp_path_factory):
    return checker_for(tmp_path_factory, VELMOR)


@pytest.mark.parametrize("text, lang, want, rule", [
    # (the figure of "revenue of" is the revenue fact's: EBITDA names a measure, not a party the revenue fact lacks)
    ("In the first half, EBITDA rose 23% to $60.3 million on revenue of $493.8 million.", "en", "supported", "quantity"),
    ("In the first half, EBITDA rose 23% to $66.3 million on revenue of $493.8 million.", "en", "mixed", "quantity"),
    # (the close of the accounting year against the close the fact writes, not the day it was announced)
    ("Velmor a publié mercredi les comptes de son exercice 2023-2024, clos le 30 juin.", "fr", "supported", None),
    ("Velmor a publié mercredi les comptes de son exercice 2023-2024, clos le 30 septembre.", "fr", "contradicted", "date"),
    # (the fourth quarter is the later figure's: the fact's 5 % is the year's)
    ("En France, l'activité de Velmor a progressé d'environ 5 % sur l'année.", "fr", "supported", "quantity"),
    # (0.66 is where 0.73 started, not £181.6m)
    ("Order intake dropped 13% to £181.6m, although the book-to-bill ratio edged up to 0.73 from 0.66.", "en", "supported", None),
    ("Order intake rose 13% to £181.6m.", "en", "contradicted", "direction"),
    # (a hedged no move against a small change in per cent; a wider move than the hedge allows stays a wrong way)
    ("Velmor's statutory revenue was almost unchanged at about £1.48bn.", "en", "supported", None),
    # (an ambition is an expectation: the initial target's figure, not the organic growth achieved)
    ("La croissance organique n'a été que de 1,3 %, très loin de l'ambition de plus de 4 % affichée en début d'année.", "fr",
     "supported", None),
])
def test_false_alarms(velmor, text, lang, want, rule):
    assert_outcome(last_statement(velmor, text, lang), want, rule)


def test_pronoun_of_a_measure_named_with_a_qualifier(velmor):
    # (« brut » is part of the name « excédent brut d'exploitation »: the EBITDA fact's 7 % is the one the pronoun means)
    text = ("L'EBITDA opérationnel de Velmor dépasse désormais les 55 millions d'euros. Il progresse de 3,6 millions "
            "d'euros sur un an, soit environ 7 %.")
    assert_outcome(last_statement(velmor, text, "fr"), "supported")


@pytest.mark.parametrize("text, want", [
    # « L'année précédente » after a statement that dates only a baseline: the year before the paragraph's period,
    # not before the day the results were published
    ("Velmor a publié le 20 mars des résultats annuels. Sur l'exercice 2024, le volume d'affaires atteint 165 millions "
     "d'euros. Cela représente une croissance d'environ 5 % par rapport à 2023. L'année précédente, cet indicateur "
     "avait reculé de 4,3 millions d'euros, à 157,1 millions.", "supported"),
])
def test_year_before_the_paragraphs_period(velmor, text, want):
    assert_outcome(last_statement(velmor, text, "fr", when=("27 March 2025", "27 mars 2025")), want)
