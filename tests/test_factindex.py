"""The fact index: every fact a rule asks it to read is read, whichever index holds it (the declared facts' or the
clause facets'), by the same reader."""
from __future__ import annotations

import pytest

from rulehelpers import assert_verdict, checker_for, last_statement

VELMOR = """
version: 1
entities:
  velmor:
    names: [Velmor]
sources:
  - id: velmor-fy25
    title: Velmor annual results for the year to March 2025
    publisher: velmor
    published: 2025-05-14
    facts:
      - id: revenue
        subject: velmor
        statement: Velmor's revenue from ongoing activities reached 7500 million US dollars in the year to March 2025, up 7% at actual exchange rates and 8% at constant currency.
        quantity: {value: 7500000000, unit: USD}
        as_of: 2025-03
      - id: organic
        subject: velmor
        statement: Velmor's organic revenue growth was 7% in the year to March 2025.
        quantity: {value: 7, unit: percent, bound: about}
        as_of: 2025-03
  - id: velmor-h1
    title: Velmor half-year results
    publisher: velmor
    published: 2024-11-12
    facts:
      - id: h1-growth
        subject: velmor
        statement: Velmor's revenue grew 7% at constant currency in the six months to September 2024.
        quantity: {value: 7, unit: percent}
        as_of: 2024-09
"""


@pytest.fixture(scope="module")
def velmor(tmp_path_factory):
    return checker_for(tmp_path_factory, VELMOR)


def test_the_clause_index_reads_a_declared_fact_as_the_declared_index_does(velmor):
    idx = velmor.index
    assert idx.clauses is not None
    for fact in idx.catalog.facts():
        assert idx.clauses.reading(fact) == idx.reading(fact)


@pytest.mark.parametrize("text, lang, want", [
    # (the year's figures given for the half: a clause facet's dates read beside the declared facts of its source)
    ("Velmor's revenue from ongoing activities reached about $7.5bn in the six months to September 2024, up 7 per "
     "cent at actual exchange rates and 8 per cent at constant currency.", "en", "contradicted"),
    ("Velmor's revenue from ongoing activities reached about $7.5bn in the year to March 2025, up 7 per cent at "
     "actual exchange rates and 8 per cent at constant currency.", "en", "supported"),
])
def test_a_figure_of_a_clause_is_dated_against_its_sources_facts(velmor, text, lang, want):
    assert_verdict(last_statement(velmor, text, lang), want)
