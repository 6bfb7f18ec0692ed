"""The short cuts of the forty-fourth session's speed work (issue 12) change no outcome: each is a necessary condition
read before the work it spares, and the work done without it gives the same value (``figures.rank`` of no
candidate)."""
from __future__ import annotations

import pytest

from factcheck.checks.judge import figures
from factcheck.checks.judge.clauses import figure_window
from factcheck.checks.judge.findings import one_judgement

from test_slots import checker_for

SOURCES = """version: 1
entities:
  norvel: {names: [Norvel]}
sources:
  - id: norvel-results
    title: Norvel results
    publisher: norvel
    published: 2025-03-01
    facts:
      - id: revenue
        statement: "Norvel's revenue rose 4.1 % to £184.4m in 2024."
        quantity: {value: 184.4, unit: GBP million}
      - id: staff
        statement: "Norvel employed 2,310 people at the end of 2024."
        quantity: {value: 2310, unit: people}
"""

ARTICLE = ("Norvel's revenue rose 4.1 % to £1.84bn in 2024. Norvel employed 2,310 people. "
           "Velmor sold 4,000 bikes in 2024. « Le chiffre d'affaires de Norvel a progressé de 4,1 % en 2024. »")


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return checker_for(tmp_path_factory, SOURCES)


def _claims(checker):
    from factcheck.checks.model import Article
    from factcheck.checks.pipeline import analyse_article
    art = Article(text=f"Title\n\nBy A. Writer | 17 September 2025\n\n{ARTICLE}", source="-", language="en")
    return [c for a in analyse_article(art, checker.index.matcher) for c in a.claims if c.quantities]


def test_rank_of_no_candidate_is_empty_and_of_candidates_unchanged(checker):
    """No candidate: nothing ranked, without reading the figure's clause; with candidates, each of them scored, the
    highest first."""
    index = checker.index
    claims = _claims(checker)
    assert claims
    with one_judgement():
        for claim in claims:
            cands = index.candidates(claim)
            for q in claim.quantities:
                window = figure_window(claim, q)
                assert figures.rank(q, claim, window, [], index) == []
                got = figures.rank(q, claim, window, cands, index)
                assert sorted(id(c) for _, c in got) == sorted(id(c) for c in cands)
                assert [s for s, _ in got] == sorted((s for s, _ in got), reverse=True)
