"""The command line as a new user meets it (issue 13): honest help, one-line usage errors with "did you
mean", case-insensitive choices, a table readable at any width with whole URLs, language guarded,
commands that honour their formats, detection independent of the source list."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from factcheck.checks import __version__
from factcheck.cli import app as app_module
from factcheck.cli.app import app
from factcheck.cli.table import render_table

ROOT = Path(__file__).resolve().parent.parent
FR = ROOT / "data" / "examples" / "fr-naumann.txt"
EN = ROOT / "data" / "examples" / "en-naumann.txt"
TINY = ROOT / "tests" / "fixtures" / "cli" / "sources" / "tiny.yaml"
UNRELATED = ROOT / "tests" / "devset" / "corpus" / "w1-en-uk-inflation-may-2025" / "sources.yaml"
runner = CliRunner()

SPANISH = ("El Gobierno aprobó ayer los presupuestos para el año próximo, según informó el ministerio de "
           "Hacienda. La inflación se mantuvo en el 2,3 % en mayo y el paro bajó hasta el 11 %, el nivel más "
           "bajo desde 2008, porque el empleo creció con fuerza en los servicios.\n")


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    for var in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES"):
        monkeypatch.delenv(var, raising=False)


def cli(*args, input=None):
    """``factcheck ARGS`` as the console script runs it (one-line errors come from ``main``)."""
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], cwd=ROOT, input=input,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "PYTHONPATH": str(ROOT)})


def one_line_error(proc) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(lines) == 1, (proc.returncode, proc.stderr)
    assert lines[0].startswith("factcheck: error: ") and "Traceback" not in proc.stderr
    return lines[0]


# --- help ----------------------------------------------------------------------------------------

def all_commands():
    root = typer.main.get_command(app)
    out = [[]]
    for name, sub in root.commands.items():
        out.append([name])
        for child in getattr(sub, "commands", {}):
            out.append([name, child])
    return out


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p) or "factcheck")
def test_help_reads_like_a_manual(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.stdout
    text = result.stdout
    for internal in ("<list[", "<int", "<float", "<str", "<path", "{ARTICLE", "<table|", "<auto|"):
        assert internal not in text, (internal, text)
    assert not re.search(r"\{[A-Z]+", text)
    assert "Example:" in text and "Exit codes:" in text and "NO_COLOR" in text
    assert "factcheck" in text.splitlines()[0]


def test_version_short_and_long():
    for flag in ("-V", "--version"):
        assert runner.invoke(app, [flag]).stdout.strip() == f"factcheck {__version__}"


# --- forgiving input -------------------------------------------------------------------------------

def test_formats_and_verdicts_are_case_insensitive():
    result = runner.invoke(app, [str(FR), "--format", "JSON", "--fail-on", "Contradicted"])
    assert result.exit_code == 1                      # the French example has a contradicted statement
    assert json.loads(result.stdout)["version"] == 1


@pytest.mark.parametrize("args, hint", [
    (["chek", FR], "did you mean 'check'"),                      # a command
    ([FR, "--formt", "json"], "did you mean --format"),           # an option
    ([FR, "--format", "jsn"], "did you mean 'json'"),              # a format
    ([FR, "--fail-on", "contradictd"], "did you mean 'contradicted'"),   # a verdict
    ([FR, "--lang", "fre"], "did you mean 'fr'"),                  # a language
    (["sources", "lst"], "did you mean 'list'"),                   # a subcommand
    (["claims", FR, "--format", "markdown"], "choose from table, json, html"),   # a format the command cannot write
    (["sources", "list", "--format", "markdown"], "choose from table, json"),
])
def test_usage_errors_are_one_line_with_a_hint(args, hint):
    assert hint in one_line_error(cli(*args))


def test_missing_argument_is_one_line():
    line = one_line_error(cli("claims"))
    assert "ARTICLE" in line and "--help" in line


def test_source_list_from_standard_input():
    proc = cli(FR, "-s", "-", "--json", input=TINY.read_text(encoding="utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sources"][0]["file"] == "<stdin>"
    assert "both come from standard input" in one_line_error(cli("-", "-s", "-", input="x"))


def test_a_terminal_on_standard_input_gets_a_hint(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    app_module._stdin_hint(["-"], quiet=False)
    assert "Ctrl-D" in capsys.readouterr().err
    app_module._stdin_hint(["-"], quiet=True)
    assert capsys.readouterr().err == ""


# --- language guard ---------------------------------------------------------------------------------

def test_lang_that_the_text_contradicts_is_noted():
    result = runner.invoke(app, [str(EN), "--lang", "fr", "--json"])
    assert result.exit_code == 0
    notes = json.loads(result.stdout)["article"]["notes"]
    assert notes and "reads as English" in notes[0]
    assert "reads as English" in result.stderr
    assert json.loads(runner.invoke(app, [str(EN), "--json"]).stdout)["article"]["notes"] == []


def test_another_language_is_refused_unless_forced(tmp_path):
    article = tmp_path / "es.txt"
    article.write_text(SPANISH, encoding="utf-8")
    line = one_line_error(cli(article))
    assert "Spanish" in line and str(article) in line and "--lang" in line
    forced = cli(article, "--lang", "fr", "--json")
    assert forced.returncode == 0 and "reads as Spanish" in json.loads(forced.stdout)["article"]["notes"][0]


# --- the table at any width ----------------------------------------------------------------------

def report_of(path: Path, *args) -> dict:
    return json.loads(runner.invoke(app, [str(path), "--json", *args]).stdout)


@pytest.mark.parametrize("width", [20, 40, 60, 80, 120])
@pytest.mark.parametrize("article", [FR, EN], ids=["fr", "en"])
def test_table_at_any_width_cuts_no_word_and_no_url(width, article):
    report = report_of(article)
    buf = io.StringIO()
    render_table(report, Console(file=buf, width=width, no_color=True, highlight=False), show_all=True)
    out = buf.getvalue()
    lines = out.splitlines()
    words = set(" ".join(re.sub(r"[│┃┏┓┗┛┡┩┠┨━─┼╇┳┻├┤└┘┌┐╋]", " ", out).split()).split())
    for st in report["statements"]:
        missing = [w for w in st["text"].split() if w not in words]
        assert not missing, (width, st["index"], missing)
    for source in report["sources"]:              # every URL of a cited source is one unbroken line
        if source["url"] and source["title"] in " ".join(out.split()):
            assert any(line.strip() == source["url"] for line in lines), (width, source["url"])
    if width < 60:
        assert "┃" not in out                     # the compact list, not a squeezed table
    else:
        assert all(len(line) <= width for line in lines if "://" not in line)


def test_rows_carry_the_line_of_the_article():
    report = report_of(FR)
    text = FR.read_text(encoding="utf-8")
    out = runner.invoke(app, [str(FR)], env={"NO_COLOR": "1", "COLUMNS": "100"}).stdout
    for st in (s for s in report["statements"] if s["checkable"]):
        line = text.count("\n", 0, st["start"]) + 1
        assert re.search(rf"^│\s*{line}(:\d+)?\s*│", out, flags=re.M), (line, st["text"])


# --- every command honours its formats ------------------------------------------------------------

def test_claims_renders_html():
    result = runner.invoke(app, ["claims", str(FR), "--format", "html"])
    assert result.exit_code == 0
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page and "<table>" in page
    assert "Moscou" in page


def test_claimreview_notes_what_is_missing():
    result = runner.invoke(app, [str(FR), "--format", "claimreview"])
    assert result.exit_code == 0
    assert "--publisher" in result.stderr and "--review-url" in result.stderr
    items = json.loads(result.stdout)
    assert all(re.fullmatch(r"#claim-[0-9a-f]{8}(-\d+)?", i["url"]) for i in items)
    quiet = runner.invoke(app, [str(FR), "--format", "claimreview", "--publisher", "Desk",
                                "--review-url", "https://example.org/checks/1"])
    assert quiet.stderr == ""
    assert all(i["url"].startswith("https://example.org/checks/1#claim-") for i in json.loads(quiet.stdout))


def test_check_links_fails_when_a_link_errors(tmp_path):
    listing = tmp_path / "links.yaml"
    listing.write_text("version: 1\nsources:\n  - id: down\n    title: A server that is not there\n"
                       "    url: http://127.0.0.1:9/nothing\n", encoding="utf-8")
    result = runner.invoke(app, ["sources", "check-links", str(listing), "--timeout", "2"])
    assert result.exit_code == 1 and result.stdout.split()[0] == "error"


# --- detection independent of the source list ----------------------------------------------------

@pytest.mark.parametrize("article", [FR, EN], ids=["fr", "en"])
def test_checkable_statements_do_not_depend_on_the_source_list(article, tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("version: 1\nsources: []\n", encoding="utf-8")
    runs = [report_of(article), report_of(article, "-s", str(empty)), report_of(article, "-s", str(UNRELATED)),
            report_of(article, "-s", str(TINY))]
    checkable = [[s["index"] for s in r["statements"] if s["checkable"]] for r in runs]
    assert checkable[0] and all(c == checkable[0] for c in checkable[1:])


@pytest.mark.parametrize("text, lang, checkable", [
    ("The minister promised the region new trains in June 2025.", "en", True),     # a promise made: an event
    ("Le ministre a promis de nouveaux trains à la région en juin 2025.", "fr", True),
    ("The bank, not the council, will repay the loan.", "en", True),              # an obligation: who pays
    ("The council will consider the plan next year.", "en", False),               # a forecast
])
def test_checkability_is_the_same_with_any_list(text, lang, checkable, tmp_path):
    from factcheck.checks.model import Article
    from factcheck.checks.pipeline import Checker
    from factcheck.checks.sources import default_catalog, load_catalog
    empty = tmp_path / "empty.yaml"
    empty.write_text("version: 1\nsources: []\n", encoding="utf-8")
    for catalog in (default_catalog(), load_catalog([empty])):
        report = Checker.from_catalog(catalog).check(Article(text=f"Title\n\n{text}\n", source="-", language=lang))
        assert report.statements[-1].analysis.checkable is checkable, (text, report.statements[-1].analysis.kind)


def test_the_bundled_example_takes_the_check_options():
    """``factcheck --example fr --format json``: the example article checked like any other, with the options."""
    run = lambda *args: subprocess.run([sys.executable, "-c", "from factcheck.cli.app import main; main()", *args],
                                       capture_output=True, text=True, timeout=120)
    out = run("--example", "fr", "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["article"]["source"].endswith("fr-naumann.txt") and report["statements"]
    bad = run("--example", "xx", "--json")
    assert bad.returncode == 2 and "not a bundled example" in bad.stderr and bad.stdout == ""


@pytest.mark.parametrize("args", [["check", "ARTICLE"], ["claims", "ARTICLE"], ["batch", "ARTICLE", "-o", "OUT"],
                                  ["sources", "list"], ["sources", "validate"]])
def test_every_command_s_input_errors_go_through_one_wrapper(monkeypatch, tmp_path, args):
    """An input error raised anywhere in a command is one line and exit 2, by ``cli.common.Command`` alone: no
    command catches ``FactcheckError`` itself."""
    from factcheck.checks import pipeline, sources
    from factcheck.checks.errors import InputError
    from factcheck.cli.app import app

    def broken(*_a, **_k):
        raise InputError("planted.yaml", "a planted input error", 3)

    import factcheck.cli.sources_command as sc
    monkeypatch.setattr(pipeline, "load_checker", broken)
    for module in (sources, sc):
        for name in ("default_catalog", "validate"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, broken)
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nExports rose 4 % in 2024.\n", encoding="utf-8")
    args = [str(article) if a == "ARTICLE" else str(tmp_path / "out.jsonl") if a == "OUT" else a for a in args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "planted.yaml:3: a planted input error" in result.output and "Traceback" not in result.output


def test_no_command_catches_input_errors_itself():
    import ast
    root = Path(__file__).resolve().parents[1] / "cli"
    catches = [f"{p.name}:{node.lineno}" for p in root.glob("*.py") if p.name not in ("app.py", "commandtypes.py")
               for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
               if isinstance(node, ast.ExceptHandler) and isinstance(node.type, ast.Name) and node.type.id == "FactcheckError"
               and any(isinstance(n, ast.Raise) for n in ast.walk(node))]
    assert catches == []
