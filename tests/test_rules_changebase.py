"""The year of a change and of the level it starts from (``judge/periods.py``): a date after the level a change is
measured from ("up 4.5 % on the 8.8p paid for 2023") is that level's year, not the change's; a source's bound ("a
margin above 9 %") or a rounder figure (15 %) gives no other year's figure that a claim's 9.4 % or 14.9 % would be;
"Compared with a year earlier" opens a comparison and does not date what follows a year back."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

BRANWICK = """
version: 1
entities:
  branwick:
    names: [Branwick]
sources:
  - id: branwick-results
    title: Branwick annual results
    facts:
      - id: dividend-2024
        statement: Branwick proposes a total dividend of 9.2p for 2024, up 4.5% on the 8.8p paid for 2023.
        subject: branwick
        quantity: {value: 4.5, unit: percent}
        as_of: 2024
      - id: margin-2024
        statement: La marge opérationnelle de Branwick est supérieure à 9 % en 2024.
        subject: branwick
        quantity: {value: 9, unit: percent, bound: at-least}
        as_of: 2024
      - id: margin-rounded-2024
        statement: Branwick's operating margin was 15 % in 2024.
        subject: branwick
        quantity: {value: 15, unit: percent}
        as_of: 2024
      - id: orders-yoy
        statement: Branwick's orders in March 2025 were 0.4 percent below March 2024.
        subject: branwick
        quantity: {value: -0.4, unit: percent}
        as_of: 2025-03
"""


@pytest.fixture(scope="module")
def branwick(tmp_path_factory):
    return checker_for(tmp_path_factory, BRANWICK)


@pytest.mark.parametrize("text, lang, want, rule", [
    # the change is of the year spoken of; 2023 is the year of the level it is measured from
    ("Branwick published its 2024 results. The board proposes a total dividend of 9.2p for 2024, up 4.5% on the "
     "8.8p paid for 2023.", "en", "supported", "quantity"),
    # a change said to be of 2023 itself is still read in 2023, and refuted by 2024's
    ("Branwick published its 2024 results. In 2023, the dividend rose 4.5%.", "en", "contradicted", "date"),
    # a bound the source gives for 2024 is no 2024 figure that 2023's 9.4 % would be
    ("Branwick a publié ses comptes 2024. En 2023, la marge opérationnelle atteignait 9,4 %.", "fr", "unverified",
     None),
    # nor is a rounder figure: 15 % for 2024 does not give 14.9 %
    ("Branwick published its 2024 results. A year earlier, the operating margin stood at 14.9%.", "en", "unverified",
     None),
    # "Compared with a year earlier" opens a comparison: the fall is March 2025's
    ("Branwick's March 2025 figures came out on Tuesday. Compared with a year earlier, orders were down 0.4 percent.",
     "en", "supported", "quantity"),
])
def test_the_year_of_a_change_and_of_its_starting_level(branwick, text, lang, want, rule):
    assert_outcome(last_statement(branwick, text, lang, when=("12 May 2025", "12 mai 2025")), want, rule)
