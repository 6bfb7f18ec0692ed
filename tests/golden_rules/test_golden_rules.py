"""The sentence-boundary Golden Rules (pySBD / pragmatic_segmenter, MIT: see LICENSE here) run
against ``checks.split.split_sentences``, English and French.

Each case is one test, with an id like ``en-07``. A case we knowingly fail goes in
KNOWN_FAILURES with the reason; it then runs as a strict xfail, so fixing it shows up.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.checks.split import split_sentences

RULES = json.loads((Path(__file__).parent / "golden-rules.json").read_text(encoding="utf-8"))

# id -> why we accept the difference (none at the moment: every rule passes)
KNOWN_FAILURES: dict[str, str] = {}

CASES = [(f"{lang}-{i + 1:02d}", lang, case) for lang in ("en", "fr") for i, case in enumerate(RULES[lang])]


def _sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize(
    "lang,case",
    [pytest.param(lang, case, id=cid,
                  marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[cid], strict=True)] if cid in KNOWN_FAILURES else [])
     for cid, lang, case in CASES])
def test_golden_rule(lang, case):
    assert _sentences(case["text"], lang) == case["sentences"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_golden_rules_pass_rate(lang):
    cases = RULES[lang]
    passed = sum(_sentences(c["text"], lang) == c["sentences"] for c in cases)
    assert passed / len(cases) >= 0.95, f"{lang}: {passed}/{len(cases)}"


def test_golden_rules_without_language():
    """With lang="und" (both languages' tables) the rules still pass nearly all."""
    cases = [(c, lang) for lang in ("en", "fr") for c in RULES[lang]]
    passed = sum(_sentences(c["text"], "und") == c["sentences"] for c, _ in cases)
    assert passed / len(cases) >= 0.95


def test_golden_rules_through_the_command_line():
    """The same rules as articles given to `factcheck claims -` (headline and byline detection included): a
    one-line text of several sentences is body text, not a title. At least 52 of the 53 pass."""
    from typer.testing import CliRunner

    from factcheck.cli.app import app
    runner = CliRunner()
    passed, failed = 0, []
    for cid, lang, case in CASES:
        result = runner.invoke(app, ["claims", "-", "--json", "--lang", lang], input=case["text"])
        got = [s["text"] for s in json.loads(result.stdout)["statements"]]
        if got == case["sentences"]:
            passed += 1
        else:
            failed.append(cid)
    assert passed >= 52, failed
