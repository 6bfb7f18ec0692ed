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
  dravolt: {names: [Dravolt]}
sources:
  - id: dravolt-fy
    title: Dravolt full-year results 2024/25
    published: 2025-06-04
    facts:
      - id: interest-costs
        statement: Dravolt's interest costs rose to £236.7m in 2024/25 from £198.4m, as borrowing stayed high.
        subject: dravolt
        quantity: {value: 236700000, unit: GBP, bound: exact}
        as_of: 2025-03
      - id: recovery-fund
        statement: Dravolt's recovery fund is worth up to £50m.
        subject: dravolt
        quantity: {value: 50000000, unit: GBP, bound: at-most}
        as_of: 2025-03
"""

ARTICLE = ("Dravolt's interest costs jumped to £2.37bn from £198.4m, as it kept borrowing to pay for its building work. "
           "Dravolt's interest costs jumped to £236.7m from £198.4m. Velmor sold 4,000 bikes in 2024. "
           "Dravolt's recovery fund is worth at least £50m. « Velmor a vendu 4 000 vélos en 2024. »")


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


def _plain_slipped_scales(claim, found, cands, index):
    """``scaleslip.slipped_scales`` as it read before the short cut: every figure left undecided read."""
    from factcheck.checks.judge.scaleslip import _slipped, undecided_figures
    return [f for q in undecided_figures(claim, found, cands) for f in _slipped(claim, q, cands, index)]


def _plain_bounds_past_an_end(claim, found, cands, index):
    """``boundends.bounds_past_an_end`` as it read before the short cut."""
    from factcheck.checks.judge.boundends import _past_an_end
    from factcheck.checks.judge.scaleslip import undecided_figures
    if not any(q.bound in ("at-least", "at-most") for q in claim.quantities):
        return []
    return [f for q in undecided_figures(claim, found, cands) if q.bound in ("at-least", "at-most")
            for f in _past_an_end(claim, q, cands, index)]


def test_scale_slips_and_bounds_without_a_held_fact_are_read_as_before(checker):
    """No candidate with a figure and something the claim is about (``may_hold``): no slip of scale and no bound past
    an end, as the plain reading finds; with one, the same findings as the plain reading (a slip found: "£2.37bn"
    against £236.7m)."""
    from factcheck.checks.judge.boundends import bounds_past_an_end
    from factcheck.checks.judge.scaleslip import may_hold, slipped_scales
    index = checker.index
    seen = set()
    with one_judgement():
        for claim in _claims(checker):
            cands = index.candidates(claim)
            for cs in (cands, [c for c in cands if not may_hold([c])], []):
                got = slipped_scales(claim, [], cs, index)
                assert got == _plain_slipped_scales(claim, [], cs, index)
                assert bounds_past_an_end(claim, [], cs, index) == _plain_bounds_past_an_end(claim, [], cs, index)
                seen.add((may_hold(cs), bool(got)))
                if got:
                    assert {f.rule for f in got} == {"quantity-magnitude"}
                if not may_hold(cs):
                    assert got == []
    assert {(True, True), (False, False)} <= seen
