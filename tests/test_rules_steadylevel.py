"""A level the source says held steady (``judge/steadylevel.py``): a rise the claim gives a level whose fact calls it
stable is the wrong direction, even when another fact confirms a change of that size; a level with no change beside
it, and a level whose fact says nothing of its way, are left as they were."""
from __future__ import annotations

import pytest

from rulehelpers import assert_outcome, checker_for, last_statement

BRANVIK = """
version: 1
entities:
  branvik: {names: [Branvik]}
sources:
  - id: branvik-2025
    title: Branvik annual results 2025
    facts:
      - id: dividend-2025
        statement: Branvik proposes a stable dividend of 2.40 euros per share for 2025.
        subject: branvik
        quantity: {value: 2.4, unit: EUR per share}
        as_of: 2025
  - id: branvik-2024
    title: Branvik annual results 2024
    facts:
      - id: dividend-2024
        statement: Branvik's dividend for 2024 jumped 50 % to 2.40 euros per share.
        subject: branvik
        quantity: {value: 50, unit: percent}
        as_of: 2024
"""


@pytest.fixture(scope="module")
def branvik(tmp_path_factory):
    return checker_for(tmp_path_factory, BRANVIK)


@pytest.mark.parametrize("text, lang, want, rule", [
    # (one claim here: the direction rule decides)
    ("Branvik closed its 2025 financial year in December. Shareholders will be offered a dividend of €2.40 per "
     "share, up 50 %.", "en", "contradicted", None),
    ("Branvik a clos son exercice 2025 en décembre. Les actionnaires se verront proposer un dividende de 2,40 euros "
     "par action, en hausse de 50 %.", "fr",
     "mixed", "steady-level"),
    ("Branvik closed its 2025 financial year in December. Shareholders will be offered a dividend of €2.40 per "
     "share.", "en", "supported", None),
])
def test_a_change_beside_a_level_the_source_calls_stable(branvik, text, lang, want, rule):
    assert_outcome(last_statement(branvik, text, lang, when=("3 March 2026", "3 mars 2026")), want, rule)
