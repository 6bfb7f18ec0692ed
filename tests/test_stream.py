"""The streaming path (``Checker.stream``, ``checks.stream.ReportStream``, the lazy splitter) writes byte for byte
the report ``Checker.check`` and ``report.to_dict`` give, and holds a bounded number of statements while doing so."""
from __future__ import annotations

import json
import weakref
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.checks.formats import render
from factcheck.checks.load import load_article
from factcheck.checks.model import Article, Report
from factcheck.checks.pipeline import load_checker
from factcheck.checks.report import json_chunks, to_dict
from factcheck.checks.split import iter_statements, split_statements
from factcheck.checks.stream import ReportStream
from factcheck.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "devset" / "cases"
LONG = ("Les chiffres montrent une hausse de 3 % et une baisse de 2 % dans la région, " * 50).strip()
TEXTS = {
    # a byline after the statements whose dates it gives a year to
    "late-byline": "Le chômage recule\n\nLe taux a reculé à 7,3 % en mars. Les embauches ont progressé de 2 % le "
                   "3 avril.\n\n- \n* \n\nPar Jean Dupont, Le Monde, publié le 12 mai 2024\n",
    # statements over the length limit: the article's notes, which the JSON writes before the statements
    "too-long": "Titre court\n\n" + "\n\n".join(f"{LONG} fin {i}." for i in range(7)) + "\n\nUne hausse de 12 % en 2023.\n",
    # characters JSON escapes, or that JSON Lines writes as escapes
    "escapes": 'Headline 😀 and \u2028 separator\n\nThe GDP rose 2.5 % in 2024 "quoted" \\ back\u2029slash.\n'
               "\tTabbed \x85 line 3 million.\n\n   \nLast 😀 4 %\n",
    "one-word": "Bonjour",
}


@pytest.fixture(scope="module")
def checker():
    return load_checker()


def _cases():
    cases = [(p.stem, p, None) for p in sorted((ROOT / "data" / "examples").glob("*.txt"))]
    cases += [(name, DEVSET / name / "article.txt", DEVSET / name / "sources.yaml")
              for name in ("fr-pret-hydrelis", "en-dunmore-election")]
    cases.append(("markdown", ROOT / "tests" / "fixtures" / "releases" / "ons-cpi-may-2025.md", None))
    return cases


def _both(checker, make) -> tuple[str, str, str, str]:
    """(JSON, JSON Lines) of ``Checker.check`` then of the streaming writer, each on a fresh article."""
    report = to_dict(checker.check(make()))
    article = make()
    streamed_json = "".join(ReportStream(article, checker.catalog, checker.stream(article)).json_chunks())
    article = make()
    streamed_jsonl = "".join(ReportStream(article, checker.catalog, checker.stream(article)).jsonl_chunks())
    return "".join(json_chunks(report)), streamed_json, render("jsonl", report) or "\n", streamed_jsonl


@pytest.mark.parametrize("name,article,sources", _cases(), ids=[c[0] for c in _cases()])
def test_streamed_reports_are_the_reports_of_check(name, article, sources):
    checker = load_checker([str(sources)] if sources else None)
    whole_json, streamed_json, whole_jsonl, streamed_jsonl = _both(checker, lambda: load_article(str(article)))
    assert streamed_json == whole_json
    assert streamed_jsonl == whole_jsonl
    assert json.loads(streamed_json)["statements"]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_streamed_reports_of_odd_texts(checker, name):
    whole_json, streamed_json, whole_jsonl, streamed_jsonl = _both(
        checker, lambda: Article(text=TEXTS[name], source=f"<{name}>"))
    assert streamed_json == whole_json
    assert streamed_jsonl == whole_jsonl
    if name == "too-long":
        assert "7 statement(s) longer than" in json.loads(streamed_json)["article"]["notes"][0]


def test_texts_written_in_slices(checker, monkeypatch):
    """The article's text, a statement's text longer than a slice and the spool are written in slices (of
    64 Ki characters; here 7, so that slices cut escapes, emoji and statements): the same bytes."""
    from factcheck.checks import stream
    monkeypatch.setattr(stream, "SLICE_CHARS", 7)
    for name in ("escapes", "too-long", "late-byline"):
        whole_json, streamed_json, _, _ = _both(checker, lambda: Article(text=TEXTS[name], source=f"<{name}>"))
        assert streamed_json == whole_json


def test_a_spool_past_its_memory_moves_to_a_file(checker, monkeypatch, tmp_path):
    """The statements spooled stay in memory up to ``SPOOL_MEMORY`` characters, then go on in a temporary file of the
    spool folder (here after 10 characters): the same bytes either way, and no file left behind."""
    from factcheck.checks import stream
    monkeypatch.setattr(stream, "SPOOL_MEMORY", 10)
    made = []
    real = stream._Spool.write

    def write(spool, text):
        real(spool, text)
        made.append(type(spool.fh).__name__)
    monkeypatch.setattr(stream._Spool, "write", write)
    article = Article(text=TEXTS["escapes"], source="<escapes>")
    results = checker.stream(article)
    streamed = "".join(ReportStream(article, checker.catalog, results).json_chunks(spool_dir=str(tmp_path)))
    whole = "".join(json_chunks(to_dict(checker.check(Article(text=TEXTS["escapes"], source="<escapes>")))))
    assert streamed == whole
    assert made and made[-1] != "StringIO"
    assert list(tmp_path.iterdir()) == []


def test_a_report_without_statements(checker):
    """No statement: ``"statements": []`` in JSON, one empty line in JSON Lines (as the command line writes)."""
    article = Article(text="x", source="<empty>")
    whole = "".join(json_chunks(to_dict(Report(article=article, catalog=checker.catalog, statements=[]))))
    assert '"statements": []' in whole
    assert "".join(ReportStream(article, checker.catalog, iter(())).json_chunks()) == whole
    assert "".join(ReportStream(article, checker.catalog, iter(())).jsonl_chunks()) == "\n"


def test_the_command_line_streams_json_and_jsonl_as_before(tmp_path):
    """``--json`` and ``--format jsonl`` for one article (streamed) write what the report dict renders to."""
    article = ROOT / "tests" / "devset" / "cases" / "fr-pret-hydrelis" / "article.txt"
    sources = article.parent / "sources.yaml"
    report = to_dict(load_checker([str(sources)]).check(load_article(str(article))))
    for fmt, expected in (("json", "".join(json_chunks(report)) + "\n"), ("jsonl", render("jsonl", report))):
        out = tmp_path / f"report.{fmt}"
        result = CliRunner().invoke(app, [str(article), "-s", str(sources), "-f", fmt, "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8") == expected
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("factcheck-", "."))] == []


def test_fail_on_and_notes_with_the_streamed_path(tmp_path):
    text = tmp_path / "long.txt"
    text.write_text(TEXTS["too-long"], encoding="utf-8")
    result = CliRunner().invoke(app, [str(text), "--json", "--fail-on", "unverified,contradicted"])
    assert result.exit_code == 1
    assert "longer than 3000 characters not checked" in result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["unverified"] + report["summary"]["contradicted"] >= 1


def test_the_streaming_writer_holds_a_bounded_number_of_results(checker):
    """However long the article, the writers keep at most the result at hand and the one before it alive (no
    list of results, no report dict): each result is watched through a weak reference as the writer pulls it."""
    text = "\n\n".join((ROOT / "data" / "examples" / f"{lang}-naumann.txt").read_text(encoding="utf-8")
                       for lang in ("fr", "en", "fr", "en"))
    for writer in ("json_chunks", "jsonl_chunks"):
        article = Article(text=text, source="<long>")
        watched: list[weakref.ref] = []
        most = 0

        def watch(results):
            nonlocal most
            for r in results:
                watched.append(weakref.ref(r))
                most = max(most, sum(ref() is not None for ref in watched))
                yield r

        for _ in getattr(ReportStream(article, checker.catalog, watch(checker.stream(article))), writer)():
            pass
        assert len(watched) > 40
        assert most <= 2


def test_the_splitter_reads_a_paragraph_at_a_time(monkeypatch):
    """``iter_statements`` gives the first statement having read only the first paragraph, and gives in the end
    the statements ``split_statements`` lists (``tests/test_split.py`` checks those)."""
    from factcheck.checks.split import layout
    read = []
    block_units = layout._block_units
    monkeypatch.setattr(layout, "_block_units", lambda *a: read.append(a[3]) or block_units(*a))
    text = "\n\n".join(f"Le PIB a progressé de {n} % en 2024. Par ailleurs, il pleut." for n in range(200))
    lazy = iter_statements(text, "fr")
    first = next(lazy)
    assert (first.index, first.text, read) == (0, "Le PIB a progressé de 0 % en 2024.", [0])
    rest = [first, *lazy]
    assert len(read) == 200
    assert [vars(s) for s in rest] == [vars(s) for s in split_statements(text, "fr")]
