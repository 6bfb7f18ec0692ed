"""The short cuts of the forty-fourth session's speed work (issue 12) change no outcome: each is a necessary condition
read before the work it spares, and the work done without it gives the same value (``figures.rank`` of no
candidate; ``scaleslip.slipped_scales``, ``boundends.bounds_past_an_end`` and the comparison of a figure with a named
side, ``rules/comparison``, with no candidate that has a figure and something the claim is about)."""
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


def _plain_figure_against_other(claim, cands, index, found=()):
    """``comparison._figure_against_other`` as it read before the short cut: the comparison read whatever the
    candidates."""
    from factcheck.checks.compare import compare_quantity
    from factcheck.checks.judge.rules.comparison import _compared, _gives_other_side
    from factcheck.checks.judge.findings import asserted_figures
    from factcheck.checks.terms import content_stems
    read = _compared(claim)
    if read is None:
        return []
    q, way, start, end, other = read
    side = set(content_stems(other))
    own = {id(f.fact) for f in found if f.relation == "supports" and f.rule.startswith("quantity")}
    mine = [x for x in asserted_figures(claim) if x is not q and x.value is not None]
    outcomes = [(abs(q.value) > abs(c.fact.quantity.value) if way == "more" else abs(q.value) < abs(c.fact.quantity.value), c)
                for c in cands if id(c.fact) not in own and _gives_other_side(q, side, c)
                and not any(compare_quantity(x, c.fact.quantity)[0] == "supports" for x in mine)]
    if not outcomes or len({h for h, _ in outcomes}) > 1:
        return []
    return [(outcomes[0][0], outcomes[0][1].fact.id)]


@pytest.mark.parametrize("text", [
    "Parking charges brought the borough £14.2 million in 2025, more than it spent on its libraries.",
    "Parking charges brought the borough £14.2 million in 2025, less than it spent on its libraries.",
    "Parking charges brought the borough £14.2 million in 2025, more than the county's museums.",
])
def test_a_comparison_without_a_held_fact_is_read_as_before(tmp_path_factory, text):
    """A figure compared with something named: judged against the other side's fact as the plain reading judges it;
    with no candidate that has a figure and something the claim is about, nothing (the plain reading finds nothing
    either)."""
    from factcheck.checks.judge.rules.comparison import RULE_ID, rule_comparison
    from factcheck.checks.judge.scaleslip import may_hold
    from factcheck.checks.model import Article
    from factcheck.checks.pipeline import analyse_article
    from test_rules_figures import RATES
    checker = checker_for(tmp_path_factory, RATES)
    index = checker.index
    art = Article(text=f"Title\n\nBy A. Writer | 17 September 2025\n\n{text}", source="-", language="en")
    claims = [c for a in analyse_article(art, checker.index.matcher) for c in a.claims if c.quantities]
    assert claims
    decided = False
    with one_judgement():
        for claim in claims:
            cands = index.candidates(claim)
            decided = decided or bool(rule_comparison(claim, cands, index))
            for cs in (cands, [c for c in cands if not may_hold([c])], []):
                got = [f for f in rule_comparison(claim, cs, index) if f.rule == RULE_ID]
                assert [(f.relation == "supports", f.fact.id) for f in got] == _plain_figure_against_other(claim, cs, index)
                if not may_hold(cs):
                    assert got == []
    assert decided == ("museums" not in text)
