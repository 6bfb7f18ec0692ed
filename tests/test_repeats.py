"""A statement written again is read once (``checks.detect.repeats``): the report of an article that repeats
its statements is, byte for byte, the report written when every statement is read and judged afresh."""
from __future__ import annotations

import json
from pathlib import Path

from factcheck.checks.detect import repeats
from factcheck.checks.model import Article
from factcheck.checks.pipeline import load_checker
from factcheck.checks.report import to_dict

ROOT = Path(__file__).resolve().parent.parent


def _report(text: str, stream: bool) -> str:
    checker = load_checker(None)
    article = Article(text=text, source="<repeated>")
    if stream:
        from factcheck.checks.model import Report
        report = Report(article=article, catalog=checker.catalog, statements=list(checker.stream(article)))
    else:
        report = checker.check(article)
    return json.dumps(to_dict(report), ensure_ascii=False, sort_keys=True)


def test_a_repeated_statement_reads_and_judges_as_if_read_afresh(monkeypatch):
    text = "\n\n".join((ROOT / "data" / "examples" / f"{lang}-naumann.txt").read_text(encoding="utf-8")
                       for lang in ("en", "en", "en"))
    moved = []
    recall = repeats.StatementMemo.recall

    def watch(self, st, key, ctx):
        got = recall(self, st, key, ctx)
        moved.append(got is not None)
        return got

    monkeypatch.setattr(repeats.StatementMemo, "recall", watch)
    remembered = [_report(text, stream) for stream in (False, True)]
    assert sum(moved) > len(moved) / 2
    monkeypatch.setattr(repeats.StatementMemo, "recall", lambda self, st, key, ctx: None)
    assert remembered == [_report(text, False)] * 2
