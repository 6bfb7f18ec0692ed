"""The command line (issues 2 and 5), in-process through typer's CliRunner against ``cli.app.app``.

Every path handed to the CLI is absolute (built from the repository root), so the tests do not
depend on the working directory. Small inputs of their own live in ``tests/fixtures/cli/``:

- ``sources/tiny.yaml``: one source, one fact (5.7-6.7 million artillery shells, North Korea -> Russia);
- ``sources/extra/``: a folder with a second source list (for repeated ``--sources``);
- ``articles/supported.txt`` / ``articles/contradicted.txt``: one sentence each, checked against tiny.yaml;
- ``bad-sources/``: source lists with planted errors (``broken.yaml`` marks each bad line ``# expect``).

Tests marked ``xfail(strict=True, reason="bug: ...")`` document the right behaviour of a known bug;
when the bug is fixed they XPASS, which fails the run: then remove the marker.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import typer
from typer.testing import CliRunner

from factcheck.checks import __version__
from factcheck.checks.report import schema
from factcheck.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
FR = EXAMPLES / "fr-naumann.txt"
EN = EXAMPLES / "en-naumann.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "cli"
TINY = FIXTURES / "sources" / "tiny.yaml"
EXTRA = FIXTURES / "sources" / "extra"
SUPPORTED = FIXTURES / "articles" / "supported.txt"
CONTRADICTED = FIXTURES / "articles" / "contradicted.txt"
BAD = FIXTURES / "bad-sources"
PAGE = ROOT / "tests" / "fixtures" / "html" / "article_fr.html"
PAGE_COMMENT = "la Russie a payé 5 milliards"   # the reader comment under the article in article_fr.html
README = ROOT / "README.md"

SYMBOLS = {"supported": "✓", "contradicted": "✗", "mixed": "◐", "outdated": "↻", "unverified": "?",
           "not-checkable": "–"}
ANSI = re.compile(r"\x1b\[")
CHECKABLE_KINDS = {"quantity", "relation", "attribution", "event", "comparison", "ranking", "cause", "composition"}

runner = CliRunner()


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    """No colour forcing or terminal size from the caller's environment; local URLs bypass proxies."""
    for var in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES", "CLICOLOR_FORCE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


# --- helpers -------------------------------------------------------------------------------------

def run(*args, input=None, env=None):
    """Invoke ``factcheck ARGS...``; an uncaught exception (a traceback for the user) fails the test
    unless the caller looks at ``result.exception`` itself (see ``input_error``)."""
    return runner.invoke(app, [str(a) for a in args], input=input, env=env)


def ok(*args, **kwargs):
    result = run(*args, **kwargs)
    assert result.exit_code == 0, describe(result)
    return result


def describe(result) -> str:
    exc = result.exception
    kind = "" if exc is None or isinstance(exc, SystemExit) else f"\nuncaught {type(exc).__name__}: {exc}"
    return f"exit {result.exit_code}{kind}\n--- stdout ---\n{result.stdout[-3000:]}\n--- stderr ---\n{result.stderr[-3000:]}"


def report_of(*args, **kwargs):
    return json.loads(ok(*args, "--json", **kwargs).stdout)


def verdicts(report: dict) -> list[tuple[int, str, str]]:
    return [(st["index"], st["text"], st["verdict"]) for st in report["statements"]]


def claim_verdicts(report: dict) -> list[tuple[str, str]]:
    return [(c["text"], c["verdict"]) for st in report["statements"] for c in st["claims"]]


def assert_offsets(report: dict, text: str) -> None:
    for st in report["statements"]:
        assert st["text"] == text[st["start"]:st["end"]], st
        for c in st["claims"]:
            assert c["text"] == text[c["start"]:c["end"]], (st["index"], c)


def assert_valid(report: dict) -> None:
    jsonschema.Draft202012Validator(schema()).validate(report)


def input_error(result, *names: str, line: int | tuple[int, ...] | None = None, stdout_empty: bool = True) -> str:
    """Exit 2, exactly one line on stderr naming the file (and file:line), no traceback. Returns the line."""
    assert result.exception is None or isinstance(result.exception, SystemExit), describe(result)
    assert result.exit_code == 2, describe(result)
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, describe(result)
    message = lines[0]
    assert "Traceback" not in result.output
    for name in names:
        assert name in message, message
    if line is not None:
        wanted = line if isinstance(line, tuple) else (line,)
        assert any(f"{names[0]}:{n}:" in message for n in wanted), message
    if stdout_empty:
        assert result.stdout == "", describe(result)
    return message


def table_rows(output: str, report: dict | None = None) -> list[int]:
    """Statement indexes of the rows of a rich table: its first cell is the line (``12`` or ``12:40``) the
    statement starts on, mapped back to the statement through ``report`` (the same run as JSON)."""
    lines = [m.group(1) for m in re.finditer(r"^│\s*(\d+(?::\d+)?)\s*│", output, flags=re.M)]
    if report is None:
        return lines
    from factcheck.cli.table import line_of
    by_line = {line_of(report, st): st["index"] for st in report["statements"]}
    return [by_line[x] for x in lines]


def flat(text: str) -> str:
    return " ".join(text.split())


# --- version and help ----------------------------------------------------------------------------

def test_version():
    result = ok("--version")
    assert result.stdout.strip() == f"factcheck {__version__}"


def command_paths(group=None, prefix=()) -> list[tuple[str, ...]]:
    """Every command and group of the app, as argument paths: (), ("check",), ("sources", "list")..."""
    group = group or typer.main.get_command(app)
    paths = [prefix]
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            paths += command_paths(cmd, prefix + (name,))
        else:
            paths.append(prefix + (name,))
    return paths


HELP_BUGS: dict = {}


@pytest.mark.parametrize("path", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=HELP_BUGS[p]))
                                  if p in HELP_BUGS else p for p in command_paths()],
                         ids=lambda p: " ".join(p) or "factcheck")
def test_help_has_an_example(path):
    result = ok(*path, "--help")
    assert "Usage:" in result.stdout
    assert "Example" in result.stdout, result.stdout


def test_check_is_the_default_command():
    assert report_of(SUPPORTED, "-s", TINY) == report_of("check", SUPPORTED, "-s", TINY)


def test_options_may_come_before_the_article():
    result = ok("--json", SUPPORTED, "-s", TINY)
    assert json.loads(result.stdout)["statements"][0]["verdict"] == "supported"


# --- the table ------------------------------------------------------------------------------------

@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {}], ids=["NO_COLOR", "not-a-terminal"])
def test_table_lists_checkable_statements_with_verdict_words_and_symbols(env):
    report = report_of(EN)
    result = ok(EN, env=env)
    out = result.stdout
    assert not ANSI.search(out), "colour escapes in output that is not a terminal"
    checkable = [st for st in report["statements"] if st["checkable"]]
    assert checkable
    assert table_rows(out, report) == [st["index"] for st in checkable]
    for verdict in {st["verdict"] for st in checkable}:
        assert f"{SYMBOLS[verdict]} {verdict}" in out
    assert "not-checkable" not in out.split("statements,")[0]      # no non-checkable rows without --all
    s = report["summary"]
    assert (f"{s['statements']} statements, {s['checkable']} checkable: ✓ {s['supported']} supported, "
            f"✗ {s['contradicted']} contradicted, ◐ {s['mixed']} mixed, ↻ {s['outdated']} outdated, "
            f"? {s['unverified']} unverified") in flat(out)
    assert report["article"]["title"] in flat(out)


def test_table_is_readable_at_80_columns():
    out = ok(FR, "--all", env={"NO_COLOR": "1"}).stdout
    # every line fits, but a source URL, printed whole on its own line so it can be copied and clicked
    assert max(len(line) for line in out.splitlines() if "://" not in line) <= 80
    # statements are wrapped between words, not cut: every word of every statement is in the table
    words = set(flat(out).replace("│", " ").split())
    for st in report_of(FR)["statements"]:
        missing = [w for w in st["text"].split() if w not in words]
        assert not missing, (st["index"], missing)


def test_all_adds_the_non_checkable_rows():
    report = report_of(EN)
    plain = ok(EN, env={"NO_COLOR": "1"}).stdout
    full = ok(EN, "--all", env={"NO_COLOR": "1"}).stdout
    assert table_rows(full, report) == [st["index"] for st in report["statements"]]
    assert len(table_rows(full)) > len(table_rows(plain))
    for kind in {st["kind"] for st in report["statements"] if not st["checkable"]}:
        assert f"({kind})" in full


def test_all_shows_the_not_checkable_verdict_whole():
    full = ok(EN, "--all", env={"NO_COLOR": "1"}).stdout
    assert "not-checkab…" not in full
    assert "– not-checkable" in full


def test_batch_table_has_a_combined_summary():
    out = ok(EN, FR, env={"NO_COLOR": "1"}).stdout
    reports = json.loads(ok(EN, FR, "--json").stdout)
    total_statements = sum(r["summary"]["statements"] for r in reports)
    assert f"2 articles. {total_statements} statements," in flat(out)


# --- JSON -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("article", [FR, EN], ids=["fr", "en"])
@pytest.mark.parametrize("flag", [["--json"], ["--format", "json"], ["-f", "json"]], ids=" ".join)
def test_json_report_is_valid_and_offsets_point_into_the_article(article, flag):
    report = json.loads(ok(article, *flag).stdout)
    assert_valid(report)
    text = article.read_text(encoding="utf-8")
    assert report["article"]["text"] == text
    assert report["article"]["chars"] == len(text)
    assert report["article"]["source"] == str(article)
    assert_offsets(report, text)
    assert report["summary"]["statements"] == len(report["statements"])
    assert [st["index"] for st in report["statements"]] == list(range(len(report["statements"])))


def test_output_file_gets_the_report_and_stdout_nothing(tmp_path):
    target = tmp_path / "report.json"
    result = ok(FR, "--json", "-o", target)
    assert result.stdout == ""
    report = json.loads(target.read_text(encoding="utf-8"))
    assert_valid(report)
    assert verdicts(report) == verdicts(report_of(FR))


def test_output_file_with_the_table(tmp_path):
    target = tmp_path / "report.txt"
    result = ok(EN, "--output", target)
    assert result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert "statements," in text and "checkable:" in text
    assert not ANSI.search(text)


def test_output_file_that_cannot_be_written_is_an_input_error(tmp_path):
    target = tmp_path / "no-such-folder" / "report.json"
    input_error(run(FR, "--json", "-o", target), str(target))


def test_stdin_is_read_with_a_dash():
    text = EN.read_text(encoding="utf-8")
    report = report_of("-", input=text.encode("utf-8"))
    assert report["article"]["source"] == "<stdin>"
    assert_offsets(report, text)
    assert verdicts(report) == verdicts(report_of(EN))


@pytest.mark.parametrize("article, lang, expected", [
    (FR, "auto", "fr"), (FR, "fr", "fr"), (EN, "auto", "en"), (EN, "en", "en"), (FR, "en", "en"),
])
def test_lang_option(article, lang, expected):
    report = report_of(article, "--lang", lang)
    assert report["article"]["language"] == expected
    assert_offsets(report, article.read_text(encoding="utf-8"))


def test_lang_option_refuses_other_languages():
    result = run(FR, "--lang", "Fra")
    assert result.exit_code == 2
    assert "--lang" in result.stderr and "did you mean 'fr'" in result.stderr


# --- --fail-on ------------------------------------------------------------------------------------

@pytest.mark.parametrize("article, fail_on, code", [
    (CONTRADICTED, "contradicted,mixed", 1),
    (SUPPORTED, "contradicted,mixed", 0),
    (CONTRADICTED, "mixed", 0),
    (SUPPORTED, "supported", 1),
    (CONTRADICTED, " mixed , contradicted ", 1),
])
def test_fail_on(article, fail_on, code):
    result = run(article, "-s", TINY, "--fail-on", fail_on)
    assert result.exit_code == code, describe(result)
    assert table_rows(result.stdout) == ["1"]        # the report is printed either way (line 1)


def test_fail_on_with_json_still_prints_the_report():
    result = run(CONTRADICTED, "-s", TINY, "--json", "--fail-on", "contradicted")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["contradicted"] == 1


def test_fail_on_unknown_verdict_is_a_usage_error():
    message = input_error(run(SUPPORTED, "-s", TINY, "--fail-on", "contradicted,wrong"), "wrong")
    assert "--fail-on" in message


# --- other formats --------------------------------------------------------------------------------

def test_format_jsonl():
    report = report_of(CONTRADICTED, "-s", TINY)
    out = ok(CONTRADICTED, "-s", TINY, "--format", "jsonl").stdout
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(lines) == len(report["statements"])
    assert [(x["index"], x["verdict"]) for x in lines] == [(st["index"], st["verdict"]) for st in report["statements"]]
    assert all(x["article"] == str(CONTRADICTED) for x in lines)


def test_format_markdown():
    out = ok(CONTRADICTED, "-s", TINY, "-f", "markdown").stdout
    assert out.lstrip().startswith("#")
    assert "contradicted" in out
    assert "North Korea delivered 12 million artillery shells to Russia." in out
    assert "https://example.org/tiny-study" in out


def test_format_html(tmp_path):
    target = tmp_path / "report.html"
    assert ok(CONTRADICTED, "-s", TINY, "-f", "html", "-o", target).stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "North Korea delivered 12 million artillery shells to Russia." in page
    assert "contradicted" in page
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']https?://""", page), "loads from the network"


def test_format_claimreview():
    out = ok(CONTRADICTED, "-s", TINY, "-f", "claimreview", "--publisher", "Le Desk",
             "--review-url", "https://example.org/review").stdout
    items = json.loads(out)
    assert isinstance(items, list) and items
    for item in items:
        assert item["@type"] == "ClaimReview"
        assert item["author"]["name"] == "Le Desk"
        assert item["url"].startswith("https://example.org/review")
        assert item["claimReviewed"]
        rating = item["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["alternateName"] and rating["ratingExplanation"]
        assert item["itemReviewed"]["@type"] == "Claim"


# --- --sources ------------------------------------------------------------------------------------

def test_sources_file():
    report = report_of(CONTRADICTED, "-s", TINY)
    assert [s["id"] for s in report["sources"]] == ["tiny-study"]
    assert report["sources"][0]["file"].endswith("tiny.yaml")
    assert verdicts(report) == [(0, "North Korea delivered 12 million artillery shells to Russia.", "contradicted")]


def test_sources_folder():
    report = report_of(CONTRADICTED, "--sources", EXTRA)
    assert [s["id"] for s in report["sources"]] == ["tiny-troops"]
    assert report["statements"][0]["verdict"] == "unverified"      # no fact about shells in this list


def test_sources_repeated_file_and_folder():
    report = report_of(CONTRADICTED, "-s", TINY, "-s", EXTRA)
    assert sorted(s["id"] for s in report["sources"]) == ["tiny-study", "tiny-troops"]
    assert report["statements"][0]["verdict"] == "contradicted"


def test_default_sources_are_the_bundled_list():
    report = report_of(SUPPORTED)
    files = {Path(s["file"]).name for s in report["sources"]}
    assert files and all(name.endswith((".yaml", ".yml")) for name in files)
    assert "tiny-study" not in {s["id"] for s in report["sources"]}


# --- input errors: exit 2, one line naming the file (and line), no traceback ----------------------

def test_missing_article(tmp_path):
    name = str(tmp_path / "nope.txt")
    input_error(run(name), name)


def test_empty_article(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    input_error(run(path), str(path))


def test_blank_article(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\n\t\n")
    input_error(run(path), str(path))


def test_binary_article(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    input_error(run(path), str(path))


def test_latin1_article_is_decoded(tmp_path):
    text = "La Corée du Nord a livré environ 6 millions d'obus à la Russie, selon l'étude reçue jeudi.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    report = report_of(path, "-s", TINY)
    assert report["article"]["text"] == text
    assert report["article"]["language"] == "fr"
    assert_offsets(report, text)
    assert report["statements"][0]["verdict"] == "supported"


def test_utf8_bom_article(tmp_path):
    text = SUPPORTED.read_text(encoding="utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    report = report_of(path, "-s", TINY)
    assert report["article"]["text"] == text
    assert_offsets(report, text)


def test_crlf_article_offsets_refer_to_the_decoded_text(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(CONTRADICTED.read_bytes().replace(b"\n", b"\r\n") + SUPPORTED.read_bytes().replace(b"\n", b"\r\n"))
    report = report_of(path, "-s", TINY)
    assert "\r" not in report["article"]["text"]
    assert_offsets(report, report["article"]["text"])
    assert [st["verdict"] for st in report["statements"]] == ["contradicted", "supported"]


def test_markdown_article(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("# Shells for Russia\n\n**North Korea** delivered 12 million artillery shells to "
                    "[Russia](https://example.org/r).\n", encoding="utf-8")
    report = report_of(path, "-s", TINY)
    assert report["article"]["format"] == "markdown"
    assert report["article"]["text"] == path.read_text(encoding="utf-8")
    assert_offsets(report, report["article"]["text"])
    assert [(st["kind"], st["verdict"]) for st in report["statements"]][0] == ("headline", "not-checkable")
    assert report["statements"][1]["verdict"] == "contradicted"


def test_folder_without_articles(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    input_error(run(folder), str(folder))


def test_missing_sources_file(tmp_path):
    name = str(tmp_path / "missing.yaml")
    input_error(run(SUPPORTED, "-s", name), name)


def test_empty_sources_yaml(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    input_error(run(SUPPORTED, "-s", path), str(path))


def test_binary_sources_yaml(tmp_path):
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"version: 1\n\x00\x01\x02\xff\xfe" * 10)
    input_error(run(SUPPORTED, "-s", path), str(path))


def test_sources_folder_without_yaml(tmp_path):
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "README.txt").write_text("no source list here\n", encoding="utf-8")
    input_error(run(SUPPORTED, "-s", folder), str(folder))


def test_malformed_sources_yaml_names_file_and_line():
    path = BAD / "malformed.yaml"      # "[unclosed" on line 7; the parser notices it on line 8
    input_error(run(SUPPORTED, "-s", path), str(path), line=(7, 8))


def test_duplicate_key_in_sources_yaml_names_file_and_line():
    path = BAD / "duplicate-key.yaml"  # "title:" again on line 5
    message = input_error(run(SUPPORTED, "-s", path), str(path), line=5)
    assert "title" in message


def test_unknown_entity_in_sources_yaml_names_file_and_line():
    path = BAD / "unknown-entity.yaml"  # "subject: rusia" on line 10
    message = input_error(run(SUPPORTED, "-s", path), str(path), line=10)
    assert "rusia" in message


# --- factcheck sources ------------------------------------------------------------------------------

def expected_lines(path: Path) -> list[int]:
    return [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.rstrip().endswith("# expect")]


def test_sources_validate_lists_every_problem_with_file_and_line():
    path = BAD / "broken.yaml"
    result = run("sources", "validate", path)
    assert result.exit_code == 2, describe(result)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    problems = [x for x in result.stderr.splitlines() if x.startswith(str(path))]
    reported = sorted({int(re.match(re.escape(str(path)) + r":(\d+):", x).group(1)) for x in problems})
    assert reported == expected_lines(path), result.stderr
    assert f"{len(problems)} problem(s)" in result.stderr


def test_sources_validate_several_files_and_errors_without_traceback(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    result = run("sources", "validate", BAD / "duplicate-key.yaml", BAD / "unknown-entity.yaml", empty)
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{BAD / 'duplicate-key.yaml'}:5:" in result.stderr
    assert f"{BAD / 'unknown-entity.yaml'}:10:" in result.stderr
    assert str(empty) in result.stderr


def test_sources_list_of_a_broken_file_is_one_line():
    path = BAD / "broken.yaml"
    input_error(run("sources", "list", path), str(path), line=9)


def test_sources_validate_bundled_list():
    result = ok("sources", "validate")
    assert result.stderr == ""


def test_sources_validate_good_files():
    ok("sources", "validate", TINY, EXTRA)


def test_sources_validate_missing_file(tmp_path):
    name = str(tmp_path / "nope.yaml")
    input_error(run("sources", "validate", name), name)


def test_sources_list_json_and_table():
    data = json.loads(ok("sources", "list", "--json").stdout)
    assert data and all(s["id"] and s["title"] and isinstance(s["facts"], list) for s in data)
    assert any(s["facts"] for s in data)
    table = flat(ok("sources", "list", env={"COLUMNS": "200"}).stdout)   # wide: ids are not folded
    for s in data:
        assert s["id"] in table
        for f in s["facts"]:
            assert f["id"] in table


def test_sources_list_of_given_files():
    data = json.loads(ok("sources", "list", TINY, EXTRA, "--json").stdout)
    assert sorted(s["id"] for s in data) == ["tiny-study", "tiny-troops"]
    tiny = next(s for s in data if s["id"] == "tiny-study")
    assert tiny["facts"][0]["quantity"]["unit"] == "artillery shells"


# --- factcheck claims ---------------------------------------------------------------------------------

def test_claims_json_has_kinds_quantities_and_roles():
    data = json.loads(ok("claims", SUPPORTED, "-s", TINY, "--json").stdout)
    assert_offsets(data, SUPPORTED.read_text(encoding="utf-8"))
    [st] = data["statements"]
    assert st["checkable"] is True and st["kind"] in CHECKABLE_KINDS
    [claim] = st["claims"]
    assert "verdict" not in claim and "evidence" not in claim
    assert claim["kind"] in CHECKABLE_KINDS and claim["role"] == "main"
    [q] = claim["quantities"]
    assert (q["value"], q["bound"]) == (6e6, "about")
    assert (claim["roles"]["giver"], claim["roles"]["receiver"]) == ("north-korea", "russia")


def test_claims_counted_unit_of_two_words():
    data = json.loads(ok("claims", SUPPORTED, "-s", TINY, "--json").stdout)
    [q] = data["statements"][0]["claims"][0]["quantities"]
    assert q["text"] == "about 6 million artillery shells"
    assert q["unit"] == "artillery shells"


def test_claims_json_of_an_example_lists_every_statement():
    data = json.loads(ok("claims", FR, "--json").stdout)
    report = report_of(FR)
    assert [(s["index"], s["text"], s["kind"]) for s in data["statements"]] == \
           [(s["index"], s["text"], s["kind"]) for s in report["statements"]]
    assert_offsets(data, FR.read_text(encoding="utf-8"))
    kinds = {s["kind"] for s in data["statements"]}
    assert "headline" in kinds and kinds & CHECKABLE_KINDS


def test_claims_table():
    [st] = json.loads(ok("claims", SUPPORTED, "-s", TINY, "--json").stdout)["statements"]
    out = ok("claims", SUPPORTED, "-s", TINY).stdout
    assert not ANSI.search(out)
    assert table_rows(out) == ["0"]                  # the analysis table numbers statements
    assert st["kind"] in out
    assert f"[{st['claims'][0]['role']}/{st['claims'][0]['kind']}]" in out
    assert "north-korea → russia" in re.sub(r"[│\s]+", " ", out)     # the cell may wrap anywhere


def test_claims_input_error(tmp_path):
    name = str(tmp_path / "nope.txt")
    input_error(run("claims", name), name)


# --- batches -------------------------------------------------------------------------------------------

def test_two_files_give_an_array_of_two_reports():
    reports = json.loads(ok(EN, FR, "--json").stdout)
    assert isinstance(reports, list) and len(reports) == 2
    assert [r["article"]["source"] for r in reports] == [str(EN), str(FR)]
    for r in reports:
        assert_valid(r)
    assert verdicts(reports[1]) == verdicts(report_of(FR))


def test_folder_is_a_batch():
    reports = json.loads(ok(EXAMPLES, "--json").stdout)
    assert sorted(r["article"]["source"] for r in reports) == [str(EN), str(FR)]


def test_glob_is_a_batch():
    reports = json.loads(ok(str(EXAMPLES / "*-naumann.txt"), "--json").stdout)
    assert [r["article"]["source"] for r in reports] == [str(EN), str(FR)]


def test_glob_matching_nothing_is_an_input_error(tmp_path):
    pattern = str(tmp_path / "*.txt")
    input_error(run(pattern), pattern)


def test_jobs_2_gives_the_same_reports_as_jobs_1():
    one = json.loads(ok(EXAMPLES, "--json", "--jobs", "1").stdout)
    two = json.loads(ok(EXAMPLES, "--json", "--jobs", "2").stdout)
    assert two == one


@pytest.fixture
def batch_with_a_bad_file(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(EN, folder / "a-en.txt")
    (folder / "b-broken.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    shutil.copy(FR, folder / "c-fr.txt")
    return folder


def test_batch_reports_an_unreadable_file_and_checks_the_rest(batch_with_a_bad_file):
    folder = batch_with_a_bad_file
    result = run(folder, "--json")
    assert result.exit_code == 2, describe(result)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    reports = json.loads(result.stdout)
    assert [Path(r["article"]["source"]).name for r in reports] == ["a-en.txt", "c-fr.txt"]
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "b-broken.txt" in lines[0], result.stderr
    assert "Traceback" not in result.output


def test_batch_table_with_an_unreadable_file(batch_with_a_bad_file):
    result = run(batch_with_a_bad_file, env={"NO_COLOR": "1"})
    assert result.exit_code == 2
    assert "b-broken.txt" in result.stderr
    assert "2 articles." in flat(result.stdout)


def test_batch_json_is_an_array_even_when_one_report_is_left(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    result = run(EN, bad, "--json")
    assert result.exit_code == 2
    reports = json.loads(result.stdout)
    assert isinstance(reports, list) and len(reports) == 1


# --- URLs --------------------------------------------------------------------------------------------

def test_url_gives_the_same_verdicts_as_the_saved_page(server):
    url = server.url("/article")
    online = report_of(url)
    offline = report_of(PAGE)
    assert_valid(online)
    assert online["article"]["source"] == url
    assert online["article"]["text"] == offline["article"]["text"]
    assert_offsets(online, online["article"]["text"])
    assert verdicts(online) == verdicts(offline)
    assert claim_verdicts(online) == claim_verdicts(offline)
    assert PAGE_COMMENT not in online["article"]["text"]


def test_url_that_is_gone_is_an_input_error(server):
    url = server.url("/missing")
    input_error(run(url, "--timeout", "5"), url)


def test_sources_check_links(server, tmp_path):
    urls = {"live": server.url("/article"), "moved": server.url("/hop/0"), "dead": server.url("/missing")}
    listing = tmp_path / "links.yaml"
    listing.write_text("version: 1\nsources:\n" + "".join(
        f"  - id: {sid}\n    title: Page {sid}\n    url: {url}\n" for sid, url in urls.items()), encoding="utf-8")
    result = run("sources", "check-links", listing, "--timeout", "5")
    assert result.exit_code == 1, describe(result)
    rows = {line.split()[1]: line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert rows == {"live": "ok", "moved": "redirected", "dead": "gone"}
    moved = next(line for line in result.stdout.splitlines() if " moved " in line)
    assert server.url("/article") in moved                        # says where it moved to


# --- README -----------------------------------------------------------------------------------------

def cli_vocabulary() -> tuple[list[str], list[str]]:
    """Every command (as ``factcheck <path>``) and every long option of the CLI, by introspection."""
    root = typer.main.get_command(app)
    commands: list[str] = []
    options: list[str] = ["--help"]

    def walk(cmd, path: tuple[str, ...]) -> None:
        if path:
            commands.append("factcheck " + " ".join(path))
        for param in cmd.params:
            if param.param_type_name == "option":
                for opt in [*param.opts, *param.secondary_opts]:
                    if opt.startswith("--") and opt not in options:
                        options.append(opt)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, path + (name,))

    walk(root, ())
    return commands, options


def test_every_command_and_option_is_in_the_readme():
    commands, options = cli_vocabulary()
    assert "factcheck sources check-links" in commands and "--fail-on" in options   # introspection works
    assert README.exists(), "README.md is missing"
    readme = README.read_text(encoding="utf-8")
    missing = [c for c in commands if not re.search(re.escape(c) + r"(?![\w-])", readme)]
    missing += [o for o in options if not re.search(r"(?<![\w-])" + re.escape(o) + r"(?![\w-])", readme)]
    assert not missing, "README.md does not mention: " + ", ".join(missing)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "html", "claimreview", "table"])
def test_url_credentials_never_reach_any_format(server, fmt):
    url = server.url("/article").replace("http://", "http://editor:s3cret-pw@")
    result = run(url, "--format", fmt, "--review-url", "https://example.org/review")
    assert result.exit_code == 0, describe(result)
    assert "s3cret-pw" not in result.output and "editor:" not in result.output


def test_url_credentials_never_reach_an_error_message(server):
    url = server.url("/gone").replace("http://", "http://editor:s3cret-pw@")
    result = run(url)
    assert result.exit_code == 2
    assert "s3cret-pw" not in result.output and "127.0.0.1" in result.output
