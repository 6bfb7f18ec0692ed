"""Bands of per cent in words — "mid-single-digit growth", "in the low double digits", « une croissance à deux
chiffres », « élevée à un chiffre » — read as figures in claims and in facts' sentences alike
(``checks/numbers/bands.py``): a wrong band, a band past a bound and a band the other way are refuted; the same band,
or a figure inside it, confirms it; the source's band confirms no more precise figure (``checks/compare.py``,
``checks/judge/bandwords.py``)."""
from __future__ import annotations

import pytest

from factcheck.checks.numbers import find_quantities
from rulehelpers import assert_outcome, checker_for, last_statement

TALVERO = """
version: 1
entities:
  talvero:
    names: [Talvero]
sources:
  - id: talvero-fy2025
    title: Talvero annual results 2025
    published: 2026-02-26
    facts:
      - id: outlook-2026
        statement: For 2026 Talvero expects mid-single-digit organic revenue growth.
        subject: talvero
        as_of: 2026
      - id: service-2025
        statement: Talvero's service revenue grew 11.8% in 2025.
        subject: talvero
        quantity: {value: 11.8, unit: percent}
        as_of: 2025
      - id: perspectives-2026
        statement: Pour 2026, Talvero prévoit une croissance de sa marge élevée à un chiffre.
        subject: talvero
        as_of: 2026
"""


@pytest.fixture(scope="module")
def talvero(tmp_path_factory):
    return checker_for(tmp_path_factory, TALVERO)


@pytest.mark.parametrize("text, lang, want, rule", [
    ("For 2026, Talvero expects mid-single-digit organic revenue growth.", "en", "supported", "quantity"),
    ("For 2026, Talvero expects high-single-digit organic revenue growth.", "en", "contradicted", "quantity"),
    ("For 2026, Talvero expects double-digit organic revenue growth.", "en", "contradicted", "quantity-bound"),
    ("For 2026, Talvero expects organic revenue growth in the low single digits.", "en", "contradicted", "quantity"),
    # the source's band confirms no precise figure: left unverified
    ("For 2026, Talvero expects organic revenue growth of 5%.", "en", "unverified", None),
    # a figure inside the claim's band confirms it, one outside refutes it
    ("Talvero's service revenue grew at a double-digit rate in 2025.", "en", "supported", "quantity"),
    ("Talvero's service revenue grew at a high single-digit rate in 2025.", "en", "contradicted", None),
    ("Pour 2026, Talvero prévoit une croissance de sa marge élevée à un chiffre.", "fr", "supported", "quantity"),
    ("Pour 2026, Talvero prévoit une croissance de sa marge à deux chiffres.", "fr", "contradicted", "quantity-bound"),
    ("Pour 2026, Talvero prévoit une croissance de sa marge moyenne à un chiffre.", "fr", "contradicted", "quantity"),
    ("Pour 2026, Talvero table sur une croissance de sa marge à un chiffre élevé.", "fr", "supported", "quantity"),
])
def test_a_band_of_per_cent(talvero, text, lang, want, rule):
    assert_outcome(last_statement(talvero, text, lang), want, rule)


@pytest.mark.parametrize("text, lang, want", [
    ("revenue growth in the low single digits", "en", [(0.5, 3.5, None, "about")]),
    ("a mid-single-digit percentage", "en", [(3.5, 6.5, None, "about")]),
    ("volume growth of at most mid-single digits", "en", [(None, None, 6.5, "at-most")]),
    ("growth of at least mid single digits", "en", [(None, None, 3.5, "at-least")]),
    ("double-digit growth", "en", [(None, None, 10.0, "at-least")]),
    ("growth in the low double digits to low teens", "en", [(10.0, 14.5, None, "about")]),
    ("une croissance à un chiffre moyen à élevé", "fr", [(3.5, 9.9, None, "about")]),
    ("une marge à deux chiffres", "fr", [(None, None, 10.0, "at-least")]),
    ("une hausse faible à un chiffre", "fr", [(0.5, 3.5, None, "about")]),
    # not bands: a count, a figure that says it precisely, "a figure of"
    ("a single-digit number of stores", "en", []),
    ("double-digit growth of 12.4%", "en", [(None, None, 12.4, "about")]),
    ("il correspond à un chiffre d'affaires annuel", "fr", []),
    ("le total revient à un chiffre record", "fr", []),
])
def test_bands_read_as_figures(text, lang, want):
    got = [(q.min, q.max, None if q.min is not None else q.value, q.bound) for q in find_quantities(text, lang)]
    assert got == want
