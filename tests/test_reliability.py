"""Hostile and careless input (issue 11): no data destroyed, no traceback, exit codes that mean one thing.

The console script ``factcheck.cli.app.main`` is run in a subprocess where its last-resort handler matters; the rest
goes through typer's CliRunner like tests/test_cli.py.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.checks import batch
from factcheck.checks.numbers import find_quantities
from factcheck.cli.app import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "en-naumann.txt"
runner = CliRunner()


def _main(*args, env=None, **kw):
    """Run the installed console script's entry point, as a user would."""
    return subprocess.run([sys.executable, "-c", "from factcheck.cli.app import main; main()", *map(str, args)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT, **kw)


def test_output_onto_the_article_is_refused_and_the_article_kept(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = article.read_bytes()
    result = runner.invoke(app, [str(article), "-o", str(article)])
    assert result.exit_code == 2
    assert "reads" in result.output and "a.txt" in result.output
    assert article.read_bytes() == before


def test_output_onto_the_source_list_is_refused(tmp_path):
    sources = tmp_path / "s.yaml"
    sources.write_text((ROOT / "data" / "sources" / "naumann.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = sources.read_bytes()
    result = runner.invoke(app, [str(EXAMPLE), "-s", str(sources), "-o", str(sources)])
    assert result.exit_code == 2
    assert sources.read_bytes() == before
    result = runner.invoke(app, ["claims", str(EXAMPLE), "-s", str(tmp_path), "-o", str(sources)])
    assert result.exit_code == 2 and sources.read_bytes() == before


def test_report_file_is_written_whole_and_no_temporary_file_is_left(tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(app, [str(EXAMPLE), "--json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.parametrize("digits", [40, 309, 4301, 100_000])
def test_numbers_of_any_length_are_text_not_a_crash(digits):
    text = f"The bill came to {'9' * digits} dollars, up from 1.2 million dollars."
    found = find_quantities(text, "en")
    assert [q.text for q in found if q.value and q.value > 1e30] == []
    assert any(q.value == 1.2e6 for q in found)


@pytest.mark.parametrize("value", ["0", "-3", "nan", "inf"])
def test_invalid_timeouts_are_one_line_usage_errors(value):
    result = runner.invoke(app, [str(EXAMPLE), "--timeout", value])
    assert result.exit_code == 2
    assert "--timeout" in result.output and "Traceback" not in result.output


def test_a_missing_path_does_not_abort_the_batch(tmp_path):
    result = runner.invoke(app, [str(EXAMPLE), str(tmp_path / "missing.txt"), "--json", "-q"])
    assert result.exit_code == 2
    reports = json.loads(result.stdout)
    assert len(reports) == 1 and reports[0]["article"]["source"] == str(EXAMPLE)
    assert "missing.txt" in result.stderr


def test_internal_error_is_one_line_and_exit_3():
    # an injected fault: the engine's judge raises; the user sees one line, exit 3, no traceback
    code = ("import factcheck.checks.judge as j\n"
            "def boom(*a, **k): raise RuntimeError('injected fault')\n"
            "j.judge_statement = boom\n"
            "import factcheck.checks.pipeline as p; p.judge_statement = boom\n"
            "from factcheck.cli.app import main; main()\n")
    proc = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], capture_output=True, text=True, cwd=ROOT,
                          env={k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"})
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "factcheck: internal error: RuntimeError: injected fault — please report it (FACTCHECK_DEBUG=1 shows the traceback)"]
    debug = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "FACTCHECK_DEBUG": "1"})
    assert "Traceback" in debug.stderr


def test_a_bug_in_one_article_leaves_the_others_their_reports():
    def worker(item):
        if item == "bad":
            raise ZeroDivisionError("division by zero")
        return item.upper()
    done = batch.run_batch(["a", "bad", "b"], worker)
    assert [d.result for d in done] == ["A", None, "B"]
    assert "internal error: ZeroDivisionError" in done[1].error


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_exit_2():
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-c", "from factcheck.cli.app import main; main()", str(EXAMPLE), "--json"],
                              stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "cannot write" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_output_that_is_not_utf8_is_replaced_not_a_traceback():
    proc = _main(EXAMPLE, env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "?" in proc.stdout


# --- long input: a statement too long to read is marked, never allowed to go quadratic -------------

@pytest.mark.parametrize("text", [
    "word " * 200_000,                                  # 1 MB on one line, no sentence punctuation
    "1,2 milliard " * 50_000,                           # the same figure, 50,000 times in one run-on
    "Exports reached " + ", ".join(f"{i} million" for i in range(3000)) + ".",
])
def test_a_statement_longer_than_the_limit_is_not_read(text):
    from factcheck.checks.model import Article
    from factcheck.checks.pipeline import Checker
    from factcheck.checks.sources import default_catalog
    report = Checker.from_catalog(default_catalog()).check(Article(text=text, source="long.txt", language="en"))
    [st] = report.statements
    assert st.analysis.kind == "too-long" and not st.analysis.checkable and st.verdict == "not-checkable"
    assert report.article.notes and "--max-statement" in report.article.notes[0]


def test_max_statement_option(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    report = json.loads(runner.invoke(app, [str(article), "--json", "--max-statement", "60"]).stdout)
    kinds = {s["kind"] for s in report["statements"]}
    assert "too-long" in kinds and "60 characters" in report["article"]["notes"][0]
    result = runner.invoke(app, [str(article), "--max-statement", "0"])
    assert result.exit_code == 2 and "--max-statement" in result.output


# --- typed, bounded reads ----------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_as_article_and_as_source_list(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for args in ([fifo], [EXAMPLE, "-s", fifo]):
        proc = _main(*args, timeout=30)
        assert proc.returncode == 2 and "not a regular file" in proc.stderr, proc.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_as_source_list():
    proc = _main("sources", "validate", "/dev/zero", timeout=30)
    assert proc.returncode == 2 and "not a regular file" in proc.stderr


def test_utf16_without_bom_is_read_and_newlines_normalised(tmp_path):
    text = "Exports rose 4 % in May.\r\nImports fell.\r\n"
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        report = json.loads(runner.invoke(app, [str(path), "--json"]).stdout)
        assert report["article"]["text"] == text.replace("\r\n", "\n")


def test_a_nul_byte_is_located(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"First line.\nSecond \x00line.\n")
    result = runner.invoke(app, [str(path)])
    assert result.exit_code == 2 and "NUL byte" in result.output and "line 2" in result.output


def test_terminal_controls_and_bidi_overrides_are_shown_not_obeyed(tmp_path):
    path = tmp_path / "rtl.txt"
    path.write_text("Title\n\nThe ministry paid \u202e4 million\u202c euros to the region in May 2025.\n", encoding="utf-8")
    out = runner.invoke(app, [str(path), "--all"], env={"NO_COLOR": "1"}).stdout
    assert "\u202e" not in out and "<U+202E>" in out
