"""Helpers of the rule tests (tests/test_rules_*.py, split from test_fact_slots.py): one line per rule test — a
checker for an inline source list, the last statement of a short article, its verdict and rule; a sentence read
alone."""
from __future__ import annotations

from test_slots import checker_for, last_statement

__all__ = ["_analysed", "assert_outcome", "assert_rule", "assert_verdict", "checker_for", "last_statement"]


def assert_rule(st, want: str, rule: str) -> None:
    """One line per rule test: the statement's verdict and the rule that decided it."""
    assert (st.verdict, rule in {r for c in st.claims for r in c.rules}) == (want, True), \
        [(c.verdict, c.rules, c.explanation) for c in st.claims]


def assert_verdict(st, want: str) -> None:
    """The statement's verdict, whatever rule decided it (the claims' verdicts, rules and explanations shown when
    it differs)."""
    assert st.verdict == want, [(c.verdict, c.rules, c.explanation) for c in st.claims]


def assert_outcome(st, want: str, rule=None) -> None:
    """``assert_rule`` when the test names the rule that decides, else ``assert_verdict``."""
    if rule is None:
        assert_verdict(st, want)
    else:
        assert_rule(st, want, rule)


def _analysed(text: str, lang: str):
    """One sentence read on its own, with no source list (what detection decides before any fact is seen)."""
    from factcheck.checks.detect import Context, analyse_statement
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Statement
    return analyse_statement(Statement(0, text, 0, len(text)), text, Context(lang=lang, matcher=EntityMatcher({})))
