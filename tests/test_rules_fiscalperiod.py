"""The period an article speaks of, read for a relative period: a part of the year named with no year, in an article
on twelve months to March ("In the first half of the year, …", « Au premier semestre, … »), is that part of those
twelve months (``judge/running.py``, ``running_part_end``), and one written with its end after it, "In the first half
of the current year, to 30 September 2025", the months up to that end (``judge/periods.py``); an opening paragraph that
writes no figure and dates nothing leaves the period to the paragraph after it (``detect/running.py``)."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

ORLANTO = """
version: 1
entities:
  orlanto:
    names: [Orlanto]
sources:
  - id: orlanto-fy25
    title: Orlanto annual results for the year to March 2025
    published: 2025-06-04
    facts:
      - id: op-fy25
        statement: Orlanto's operating profit was 240 million pounds in the year to 31 March 2025.
        subject: orlanto
        quantity: {value: 240000000, unit: GBP}
        as_of: 2025-03
      - id: revenue-fy25
        statement: Orlanto's revenue rose 3.1% to 1,180 million pounds in the year to 31 March 2025.
        subject: orlanto
        quantity: {value: 1180000000, unit: GBP}
        as_of: 2025-03
      - id: lfl-fy25
        statement: Orlanto's like-for-like sales grew 3.7% in the year to 31 March 2025.
        subject: orlanto
        quantity: {value: 3.7, unit: percent}
        as_of: 2025-03
  - id: orlanto-fy24
    title: Orlanto annual results for the year to March 2024
    published: 2024-06-05
    facts:
      - id: op-fy24
        statement: Orlanto's operating profit was 205 million pounds in the year to 31 March 2024.
        subject: orlanto
        quantity: {value: 205000000, unit: GBP}
        as_of: 2024-03
  - id: orlanto-h1-fy25
    title: Orlanto half-year results
    published: 2024-11-14
    facts:
      - id: op-h1-fy25
        statement: Orlanto's operating profit was 105 million pounds in the first half of FY25 (six months to 30 September 2024).
        subject: orlanto
        quantity: {value: 105000000, unit: GBP}
        as_of: 2024-09
      - id: revenue-h1-fy25
        statement: Orlanto's revenue for the six months to 30 September 2024 was 571 million pounds.
        subject: orlanto
        quantity: {value: 571000000, unit: GBP}
        as_of: 2024-09
  - id: orlanto-h1-fy26
    title: Orlanto half-year results, a year on
    published: 2025-11-13
    facts:
      - id: lfl-h1-fy26
        statement: Orlanto's like-for-like sales grew 1.2% in the six months to 30 September 2025.
        subject: orlanto
        quantity: {value: 1.2, unit: percent}
        as_of: 2025-09
      - id: revenue-h1-fy26
        statement: Orlanto's revenue in the six months to 30 September 2025 was 612 million pounds, up 4.4% on a year earlier.
        subject: orlanto
        quantity: {value: 612000000, unit: GBP}
        as_of: 2025-09
"""


ORLANTO_FR = ORLANTO.replace(
    "Orlanto's operating profit was 240 million pounds in the year to 31 March 2025.",
    "Le résultat opérationnel d'Orlanto s'est élevé à 240 millions de livres sterling sur l'exercice clos le 31 mars 2025.").replace(
    "Orlanto's operating profit was 205 million pounds in the year to 31 March 2024.",
    "Le résultat opérationnel d'Orlanto s'est élevé à 205 millions de livres sterling sur l'exercice clos le 31 mars "
    "2024.").replace(
    "Orlanto's revenue rose 3.1% to 1,180 million pounds in the year to 31 March 2025.",
    "Le chiffre d'affaires d'Orlanto a progressé de 3,1 % à 1 180 millions de livres sterling sur l'exercice clos le 31 "
    "mars 2025.").replace(
    "Orlanto's like-for-like sales grew 3.7% in the year to 31 March 2025.",
    "Les ventes à périmètre comparable d'Orlanto ont progressé de 3,7 % sur l'exercice clos le 31 mars 2025.").replace(
    "Orlanto's operating profit was 105 million pounds in the first half of FY25 (six months to 30 September 2024).",
    "Le résultat opérationnel d'Orlanto s'est élevé à 105 millions de livres sterling au premier semestre de l'exercice 2024-2025 "
    "(six mois clos le 30 septembre 2024).").replace(
    "Orlanto's revenue for the six months to 30 September 2024 was 571 million pounds.",
    "Le chiffre d'affaires d'Orlanto sur les six mois clos le 30 septembre 2024 s'est élevé à 571 millions de livres "
    "sterling.").replace(
    "Orlanto's like-for-like sales grew 1.2% in the six months to 30 September 2025.",
    "Les ventes à périmètre comparable d'Orlanto ont progressé de 1,2 % sur les six mois clos le 30 septembre 2025.").replace(
    "Orlanto's revenue in the six months to 30 September 2025 was 612 million pounds, up 4.4% on a year earlier.",
    "Le chiffre d'affaires d'Orlanto sur les six mois clos le 30 septembre 2025 s'est élevé à 612 millions de livres "
    "sterling, en hausse de 4,4 % sur un an.")


@pytest.fixture(scope="module")
def orlanto(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, ORLANTO), "fr": checker_for(tmp_path_factory, ORLANTO_FR)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # the first half of twelve months to March: the six months to September of the year before
    ("Orlanto's operating profit rose to £240m in the year to 31 March 2025.\n\nIn the first half of the year, "
     "operating profit had come to £105m.", "en", "supported", "quantity"),
    ("Le résultat opérationnel d'Orlanto a atteint 240 millions de livres sterling sur l'exercice clos le 31 mars 2025.\n\n"
     "Au premier semestre de l'exercice, le résultat opérationnel d'Orlanto s'était établi à 105 millions de livres sterling.", "fr",
     "supported", "quantity"),
    # (the fact of those six months written by their end alone, no half named: its date says which half it is)
    ("Orlanto's operating profit rose to £240m in the year to 31 March 2025.\n\nIn the first half, revenue had come "
     "to £571m.", "en", "supported", "quantity"),
    ("Le résultat opérationnel d'Orlanto a atteint 240 millions de livres sterling sur l'exercice clos le 31 mars 2025.\n\n"
     "Au premier semestre, le chiffre d'affaires d'Orlanto s'était établi à 571 millions de livres sterling.", "fr",
     "supported", "quantity"),
    # control: a last part, which ends with the year, is not given by the whole year's fact (no fact of that quarter)
    ("Orlanto's operating profit rose to £240m in the year to 31 March 2025.\n\nIn the fourth quarter, like-for-like "
     "sales grew 3.7 per cent.", "en", "unverified", None),
    # an opening paragraph that dates nothing: the period is the next paragraph's, not the latest facts'
    ("As Orlanto prepares for its annual meeting, its last full year remains the best guide.\n\nOrlanto's operating "
     "profit rose to £240m in the year to 31 March 2025.\n\nLike-for-like sales grew 1.2 per cent over the year.",
     "en", "contradicted", "period"),
    ("Alors qu'Orlanto prépare son assemblée, son dernier exercice reste le meilleur repère.\n\nLe résultat "
     "opérationnel d'Orlanto a atteint 240 millions de livres sterling sur l'exercice clos le 31 mars 2025.\n\nLes ventes à "
     "périmètre comparable ont progressé de 1,2 % sur l'exercice.", "fr", "contradicted", "period"),
    ("As Orlanto prepares for its annual meeting, its last full year remains the best guide.\n\nOrlanto's operating "
     "profit rose to £240m in the year to 31 March 2025.\n\nLike-for-like sales grew 3.7 per cent over the year.",
     "en", "supported", "quantity"),
    # a part of a year written with its end after it in the opening: the months up to that end, not the calendar's
    ("In the first half of the current year, to 30 September 2025, Orlanto's revenue rose 4.4 per cent to £612m.",
     "en", "supported", "quantity"),
])
def test_a_relative_period_read_in_the_period_spoken_of(orlanto, text, lang, want, rule):
    assert_outcome(last_statement(orlanto[lang], text, lang, when=("4 June 2025", "4 juin 2025")), want, rule)


BRENNICK = """
version: 1
entities:
  brennick:
    names: [Brennick]
sources:
  - id: brennick-fy24
    title: Brennick annual results 2024
    published: 2025-03-11
    facts:
      - id: pbt-2024
        statement: Brennick's statutory profit before taxation fell 18% to 42 million pounds in 2024.
        subject: brennick
        quantity: {value: 42000000, unit: GBP}
        as_of: 2024
      - id: revenue-2024
        statement: Brennick's revenue was 310 million pounds in 2024.
        subject: brennick
        quantity: {value: 310000000, unit: GBP}
        as_of: 2024
  - id: brennick-h1-25
    title: Brennick half-year results 2025
    published: 2025-08-12
    facts:
      - id: pbt-h1-2025
        statement: Brennick's profit before taxation in the first half of 2025 was 9 million pounds, down from 14 million pounds a year earlier.
        subject: brennick
        quantity: {value: 9000000, unit: GBP}
        as_of: 2025-06
"""

BRENNICK_FR = BRENNICK.replace(
    "Brennick's statutory profit before taxation fell 18% to 42 million pounds in 2024.",
    "Le bénéfice avant impôt statutaire de Brennick a reculé de 18 % à 42 millions de livres sterling en 2024.").replace(
    "Brennick's revenue was 310 million pounds in 2024.",
    "Le chiffre d'affaires de Brennick s'est élevé à 310 millions de livres sterling en 2024.").replace(
    "Brennick's profit before taxation in the first half of 2025 was 9 million pounds, down from 14 million pounds a year earlier.",
    "Le bénéfice avant impôt de Brennick s'est élevé à 9 millions de livres sterling au premier semestre 2025, contre 14 "
    "millions un an plus tôt.")


@pytest.fixture(scope="module")
def brennick(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, BRENNICK), "fr": checker_for(tmp_path_factory, BRENNICK_FR)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # an undated figure read in the year spoken of, that the latest facts (a later half) refute: the year's fact's
    ("Brennick published its results for 2024 on Tuesday. Statutory pre-tax profit fell to £47m.", "en", "contradicted",
     "quantity"),
    ("Brennick a publié mardi ses comptes de 2024. Le bénéfice avant impôt statutaire a reculé à 47 millions de livres "
     "sterling.", "fr", "contradicted", "quantity"),
    ("Brennick published its results for 2024 on Tuesday. Statutory pre-tax profit fell to £42m.", "en", "supported",
     "quantity"),
    # a frame dated by the end of twelve months, "the year to 31 December 2024", sets the year spoken of
    ("In its results for the year to 31 December 2024, Brennick reported revenue of £310m. Pre-tax profit fell to £9m.",
     "en", "contradicted", "period"),
    ("Dans ses comptes de l'exercice clos le 31 décembre 2024, Brennick a annoncé un chiffre d'affaires de 310 millions "
     "de livres sterling. Le bénéfice avant impôt a reculé à 9 millions de livres sterling.", "fr", "contradicted", "period"),
])
def test_an_undated_figure_read_in_the_year_spoken_of(brennick, text, lang, want, rule):
    assert_outcome(last_statement(brennick[lang], text, lang, when=("20 October 2025", "20 octobre 2025")), want, rule)
