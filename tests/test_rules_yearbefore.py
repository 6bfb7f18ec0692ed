"""A figure dated a year before the period an article speaks of: by a frame that opens the sentence ("A year
earlier, X had reported revenue of …", « Un an plus tôt, X avait annoncé … »: ``detect/frames.py``), by an opening
"A year earlier" that a later year's exact figure does not meet (``judge/exactfig.py``): the year before the
article lede's (« l'exercice 2024-2025 »: the year it ends)."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

CORVALINE = """
version: 1
entities:
  corvaline:
    names: [Corvaline]
sources:
  - id: corvaline-fy2025
    title: Corvaline annual results 2024/25
    published: 2025-09-18
    facts:
      - id: revenue-2025
        statement: Corvaline's revenue rose 9.5% to 512.4 million euros in the year to 30 June 2025.
        subject: corvaline
        quantity: {value: 512400000, unit: EUR}
        as_of: 2025-06
  - id: corvaline-fy2024
    title: Corvaline annual results 2023/24
    published: 2024-09-19
    facts:
      - id: revenue-2024
        statement: Corvaline's revenue was 468.0 million euros in the year to 30 June 2024.
        subject: corvaline
        quantity: {value: 468000000, unit: EUR}
        as_of: 2024-06
      - id: revenue-growth-2024
        statement: Corvaline's revenue rose 6.2% in the year to 30 June 2024.
        subject: corvaline
        quantity: {value: 6.2, unit: percent}
        as_of: 2024-06
"""


@pytest.fixture(scope="module")
def corvaline(tmp_path_factory):
    return checker_for(tmp_path_factory, CORVALINE)


@pytest.mark.parametrize("text, lang, want, rule", [
    # a frame that dates what it frames a year before the period spoken of: its figures are that year's
    ("Corvaline's revenue rose to €512.4m in the year to June 2025.\n\nDemand for its pumps stayed firm.\n\nA year earlier, Corvaline had reported revenue of €468.0m.",
     "en", "supported", "quantity"),
    ("Corvaline's revenue rose to €512.4m in the year to June 2025.\n\nDemand for its pumps stayed firm.\n\nA year earlier, Corvaline had reported revenue of €512.4m.",
     "en", "contradicted", "period"),
    ("Le chiffre d'affaires de Corvaline a atteint 512,4 millions d'euros sur l'exercice clos fin juin 2025.\n\n"
     "La demande de pompes est restée ferme.\n\nUn an plus tôt, Corvaline avait annoncé un chiffre d'affaires de 468,0 millions d'euros.", "fr", "supported", "quantity"),
    ("Le chiffre d'affaires de Corvaline a atteint 512,4 millions d'euros sur l'exercice clos fin juin 2025.\n\n"
     "La demande de pompes est restée ferme.\n\nUn an plus tôt, Corvaline avait annoncé un chiffre d'affaires de 512,4 millions d'euros.", "fr", "contradicted", "period"),
    # a level dated "a year earlier" is not given by a later year's fact, though it writes that year's figure exactly
    ("Corvaline's revenue rose to €512.4m in the year to June 2025.\n\nDemand for its pumps stayed firm.\n\n"
     "A year earlier, Corvaline's revenue stood at €512.4m.", "en", "contradicted", "period"),
    ("Corvaline's revenue rose to €512.4m in the year to June 2025.\n\nDemand for its pumps stayed firm.\n\n"
     "A year earlier, Corvaline's revenue stood at €468.0m.", "en", "supported", "quantity"),
    # the year before the article's lede period, a split year there being the year it ends, not a look-back's since
    ("Corvaline a bouclé son exercice 2024-2025 sur un chiffre d'affaires de 512,4 millions d'euros. En 2023, la demande "
     "avait déjà faibli. Le groupe a ouvert deux usines.\n\nUn an plus tôt, le chiffre d'affaires atteignait 468,0 millions d'euros.", "fr", "supported", "quantity"),
    ("Corvaline a bouclé son exercice 2024-2025 sur un chiffre d'affaires de 512,4 millions d'euros. En 2023, la demande "
     "avait déjà faibli. Le groupe a ouvert deux usines.\n\nUn an plus tôt, le chiffre d'affaires atteignait 490,0 millions d'euros.", "fr", "contradicted", None),
    # an opening phrase that ends with words dating it a year before dates every figure after it, a change too
    ("Corvaline's revenue rose to €512.4m in the year to June 2025.\n\nIn the previous financial year, revenue had "
     "risen 6.2% to €468.0m.", "en", "supported", "quantity"),
    ("Corvaline's revenue rose to €512.4m in the year to June 2025.\n\nIn the previous financial year, revenue had "
     "risen 9.5% to €512.4m.", "en", "contradicted", None),
    ("Le chiffre d'affaires de Corvaline a atteint 512,4 millions d'euros sur l'exercice clos fin juin 2025.\n\n"
     "Au cours de l'exercice précédent, il avait progressé de 6,2 % à 468,0 millions d'euros.", "fr", "supported", "quantity"),
    # words dating a level a year before a split year spoken of: the year before the one it ends
    ("Corvaline a bouclé son exercice 2024-2025 sur un chiffre d'affaires de 512,4 millions d'euros. Il atteignait "
     "468,0 millions d'euros lors de l'exercice précédent.", "fr", "supported", "quantity"),
    ("Corvaline closed its 2024/25 financial year with revenue of €512.4m. It had reached €468.0m in the previous "
     "financial year.", "en", "supported", "quantity"),
    # no period spoken of before: a year before the latest period the facts give, in which an undated figure is read
    ("Demand for its pumps stayed firm.\n\nA year earlier, Corvaline's revenue stood at €468.0m.", "en", "supported",
     "quantity"),
    ("Demand for its pumps stayed firm.\n\nA year earlier, Corvaline's revenue stood at €470.5m.", "en",
     "contradicted", None),
    ("La demande de pompes est restée ferme.\n\nUn an plus tôt, Corvaline avait annoncé un chiffre d'affaires de "
     "468,0 millions d'euros.", "fr", "supported", "quantity"),
    ("La demande de pompes est restée ferme.\n\nUn an plus tôt, Corvaline avait annoncé un chiffre d'affaires de "
     "470,5 millions d'euros.", "fr", "contradicted", None),
])
def test_a_figure_dated_a_year_before(corvaline, text, lang, want, rule):
    assert_outcome(last_statement(corvaline, text, lang), want, rule)


TARVANE = """
version: 1
entities:
  tarvane:
    names: [Tarvane]
sources:
  - id: tarvane-2024
    title: Tarvane annual results 2024
    published: 2025-03-20
    facts:
      - id: op-en
        statement: Tarvane's operating profit fell to 3.1 million euros in 2024 from 8.4 million euros in 2023.
        subject: tarvane
        quantity: {value: 3100000, unit: EUR}
        as_of: 2024
"""

TARVANE_FR = TARVANE.replace(
    "Tarvane's operating profit fell to 3.1 million euros in 2024 from 8.4 million euros in 2023.",
    "Le résultat d'exploitation de Tarvane est passé de 8,4 millions d'euros en 2023 à 3,1 millions d'euros en 2024.")


@pytest.fixture(scope="module")
def tarvane(tmp_path_factory):
    return {"en": checker_for(tmp_path_factory, TARVANE), "fr": checker_for(tmp_path_factory, TARVANE_FR)}


@pytest.mark.parametrize("text, lang, want, rule", [
    # a starting level of no year said beside an undated level the main clause's fact confirms: that fact's own
    # starting level
    ("Tarvane published its 2024 accounts. Operating profit fell to €3.1m, against €4.8m a year earlier.", "en",
     "mixed", "quantity"),
    ("Tarvane a publié ses comptes 2024. Le résultat d'exploitation est tombé à 3,1 millions d'euros, contre 4,8 "
     "millions un an plus tôt.", "fr", "mixed", "quantity"),
    ("Tarvane a publié ses comptes 2024. Le résultat d'exploitation est tombé à 3,1 millions d'euros, contre 8,4 "
     "millions un an plus tôt.", "fr", "supported", "quantity"),
])
def test_a_starting_level_a_year_before(tarvane, text, lang, want, rule):
    assert_outcome(last_statement(tarvane[lang], text, lang), want, rule)
