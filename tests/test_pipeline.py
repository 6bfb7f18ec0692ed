"""The whole pipeline on arbitrary text: it never raises, and every offset it reports is exact."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from factcheck.checks.model import Article
from factcheck.checks.pipeline import load_checker
from factcheck.checks.report import to_dict

CHECKER = load_checker()
EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "data" / "examples").glob("*.txt"))
WORDS = [w for p in EXAMPLES for w in p.read_text(encoding="utf-8").split()][:4000]

_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS + [".", ",", "\n\n", "—", "«", "»", "1,2", "9 800", "%", "?", ":", "-"]),
             max_size=120).map(" ".join),
)


def _assert_offsets(report: dict) -> None:
    text = report["article"]["text"]
    for s in report["statements"]:
        assert text[s["start"]:s["end"]] == s["text"]
        for c in s["claims"]:
            assert text[c["start"]:c["end"]] == c["text"]
            for q in c["quantities"]:
                assert text[q["start"]:q["end"]] == q["text"]
            for e in c["entities"]:
                assert text[e["start"]:e["end"]] == e["text"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, lang=st.sampled_from(["auto", "fr", "en"]))
def test_pipeline_never_raises_and_offsets_hold(text, lang):
    report = to_dict(CHECKER.check(Article(text=text, source="<test>"), lang))
    _assert_offsets(report)
    assert sum(report["summary"][v] for v in ("supported", "contradicted", "mixed", "outdated", "unverified",
                                               "not-checkable")) == report["summary"]["statements"]


def test_examples_offsets_hold():
    for path in EXAMPLES:
        _assert_offsets(to_dict(CHECKER.check(Article(text=path.read_text(encoding="utf-8"), source=str(path)))))
