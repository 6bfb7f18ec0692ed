"""``factcheck batch`` (issue 12): folders, globs and JSON Lines archives in; one JSON line per article out, as each
finishes; ``--resume``; errors as entries; the Dask engine giving the same JSON as one process.

Every article is generated here (one or two sentences against ``tests/fixtures/cli/sources/tiny.yaml``), so the
checks are fast; no network. The Dask tests start a ``LocalCluster`` of two worker processes (skipped where Dask
is not installed: ``pip install -e ".[test]"`` installs it).
"""
from __future__ import annotations

import gzip
import json
import socket
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.checks import archive
from factcheck.checks.report import schema
from factcheck.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "cli" / "sources" / "tiny.yaml"
runner = CliRunner()

EN = "North Korea delivered {n} million artillery shells to Russia.\n"
FR = "La Corée du Nord a livré {n} millions d'obus à la Russie.\n"
OTHER = ("Le chômage a baissé à {n} % en mai.\n", "Unemployment fell to {n} % in May.\n")


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch, tmp_path):
    for var in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)


def article(i: int) -> str:
    """Article ``i``: a figure the tiny list supports (6 million shells), contradicts (12), or one it does not
    know of; in English or French, some with a headline."""
    if i % 3 == 2:
        text = OTHER[i % 2].format(n=i)
    else:
        text = (EN if i % 2 else FR).format(n=(6, 12)[i % 3])
    return f"Headline number {i}\n\n{text}" if i % 4 == 0 else text


def run(*args):
    return runner.invoke(app, ["batch", *map(str, args), "-s", str(TINY)])


def describe(result) -> str:
    return f"exit {result.exit_code} {result.exception!r}\n--- stdout ---\n{result.stdout[-2000:]}\n" \
           f"--- stderr ---\n{result.stderr[-2000:]}"


def results(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(path: Path) -> dict:
    lines = results(path)
    found = {r["id"]: r for r in lines}
    assert len(found) == len(lines), "an id is written twice"
    return found


def one_line_error(result) -> str:
    assert result.exit_code == 2, describe(result)
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), describe(result)
    assert "Traceback" not in result.output and (result.exception is None or isinstance(result.exception, SystemExit))
    return lines[0]


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "news" / "2025").mkdir(parents=True)
    for i in range(4):
        (tmp_path / "news" / ("2025" if i % 2 else "") / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    (tmp_path / "news" / "notes.json").write_text("{}", encoding="utf-8")         # not an article
    return tmp_path / "news"


# --- inputs and results -------------------------------------------------------------------------------------

def test_a_folder_gives_one_line_per_article_with_its_json_report(folder):
    result = run("news", "-o", "out.jsonl")
    assert result.exit_code == 0, describe(result)
    found = by_id(Path("out.jsonl"))
    assert sorted(found) == ["news/2025/a1.txt", "news/2025/a3.txt", "news/a0.txt", "news/a2.txt"]
    for ident, line in found.items():
        assert list(line) == ["id", "source", "report"] and line["source"] == ident
        jsonschema.Draft202012Validator(schema()).validate(line["report"])
        # the report is the one `factcheck check --format json` writes for that article
        single = runner.invoke(app, [ident, "-s", str(TINY), "--json"])
        assert line["report"] == json.loads(single.stdout)
    assert found["news/2025/a1.txt"]["report"]["summary"]["contradicted"] == 1
    assert found["news/a0.txt"]["report"]["summary"]["supported"] == 1
    assert result.stdout == ""
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("factcheck: 4 articles in ") and "0 errors" in summary
    assert "supported 2" in summary and "contradicted 1" in summary


def test_a_glob_and_standard_output(folder):
    result = run("news/**/a[13].txt")
    assert result.exit_code == 0, describe(result)
    lines = [json.loads(x) for x in result.stdout.splitlines()]       # the results; the summary is on stderr
    assert sorted(x["id"] for x in lines) == ["news/2025/a1.txt", "news/2025/a3.txt"]
    assert "━" not in result.stderr and "checking" not in result.stderr   # no progress bar: not a terminal


def test_json_lines_of_texts_paths_and_ids(tmp_path, folder):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "b.md").write_text(article(1), encoding="utf-8")
    lines = [{"id": "t-6", "text": article(0), "section": "world"},           # other keys are ignored
             {"id": 7, "path": "b.md"},                                       # relative to the JSON Lines file
             {"id": "abs", "path": str(folder / "a2.txt")}]
    text = "\ufeff" + "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:2]) + "\n\n" + json.dumps(lines[2])
    (tmp_path / "archive" / "list.jsonl").write_text(text, encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "gz", "text": article(3)}) + "\n")
    result = run("archive/list.jsonl", "more.jsonl.gz", "-o", "out.jsonl")
    assert result.exit_code == 0, describe(result)
    found = by_id(Path("out.jsonl"))
    assert set(found) == {"t-6", 7, "abs", "gz"}
    assert found["t-6"]["source"] == "archive/list.jsonl:1"
    assert found["t-6"]["report"]["article"]["text"] == article(0)
    assert found[7]["source"] == "archive/b.md" and found[7]["report"]["article"]["format"] == "markdown"
    assert found["abs"]["report"]["summary"]["unverified"] == 1
    assert found["gz"]["source"] == "more.jsonl.gz:1"


@pytest.mark.parametrize("line, message", [
    ('{"id": "a", "text": "x"', "not valid JSON"),
    ('["a", "x"]', "expected an object"),
    ('{"text": "x"}', 'no "id"'),
    ('{"id": true, "text": "x"}', '"id" must be a non-empty string or an integer'),
    ('{"id": "b", "text": "x", "path": "a.txt"}', 'both "text" and "path"'),
    ('{"id": "b", "title": "x"}', 'no "text", "path" or "url"'),
    ('{"id": "b", "text": ["x"]}', '"text" must be a string'),
    ('{"id": "b", "url": "ftp://example.org/a"}', '"url" must start with http'),
    ('{"id": "a", "text": "again"}', 'id "a" is given twice (first at bad.jsonl:1)'),
])
def test_a_bad_json_lines_line_is_one_error_naming_file_and_line(tmp_path, line, message):
    Path("bad.jsonl").write_text('{"id": "a", "text": "North Korea delivered 6 million shells."}\n' + line + "\n",
                                 encoding="utf-8")
    error = one_line_error(run("bad.jsonl", "-o", "out.jsonl"))
    assert error.startswith("factcheck: error: bad.jsonl:2: ") and message in error, error
    assert not Path("out.jsonl").exists()                     # nothing checked, nothing written


def test_every_bad_line_is_counted_and_bytes_that_are_not_utf8_are_named(tmp_path):
    Path("bad.jsonl").write_bytes(b'{"id": 1, "text": "caf\xe9"}\n{"id": 2}\nnope\n')
    error = one_line_error(run("bad.jsonl"))
    assert "bad.jsonl:1: not UTF-8 text (byte 0xe9" in error and "(and 2 more bad line(s))" in error


def test_the_output_may_not_be_an_input_and_resume_needs_an_output(tmp_path, folder):
    Path("list.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    assert "names a file this run reads" in one_line_error(run("list.jsonl", "-o", "list.jsonl"))
    assert Path("list.jsonl").read_text(encoding="utf-8") == '{"id": 1, "text": "x"}\n'
    assert "--resume needs --output" in one_line_error(run("news", "--resume"))
    assert "no such file" in one_line_error(run("missing/", "-o", "out.jsonl"))
    assert "no such folder: missing" in one_line_error(run("news", "-o", "missing/out.jsonl"))
    assert "is a folder" in one_line_error(run("list.jsonl", "-o", "news"))
    assert "standard input" in one_line_error(run("-"))


# --- errors, resume -----------------------------------------------------------------------------------------

def test_an_unreadable_article_is_an_error_entry_and_the_rest_complete(tmp_path, folder):
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    Path("list.jsonl").write_text(json.dumps({"id": "gone", "path": "news/nowhere.txt"}) + "\n"
                                  + json.dumps({"id": "blank", "text": "   "}) + "\n", encoding="utf-8")
    result = run("news", "list.jsonl", "-o", "out.jsonl")
    assert result.exit_code == 2, describe(result)
    found = by_id(Path("out.jsonl"))
    assert len(found) == 7
    errors = {i: r["error"] for i, r in found.items() if "error" in r}
    assert set(errors) == {"news/broken.txt", "gone", "blank"}
    assert errors["gone"] == "news/nowhere.txt: no such file"
    assert errors["news/broken.txt"].startswith("news/broken.txt:1: a NUL byte")
    assert errors["blank"] == "list.jsonl:2: the file is empty"
    assert list(found["gone"]) == ["id", "source", "error"]
    assert all("report" in r for i, r in found.items() if i not in errors)
    assert "factcheck: skipped gone: news/nowhere.txt: no such file" in result.stderr
    assert "3 errors" in result.stderr.splitlines()[-1]


def test_lone_surrogates_in_json_lines_stay_valid_json(tmp_path):
    Path("odd.jsonl").write_text('{"id": "odd-\\ud800", "text": "North Korea delivered 6 million shells to Russia."}\n'
                                 '{"id": "s", "text": "half a pair \\udc00 here"}\n', encoding="utf-8")
    result = run("odd.jsonl", "-o", "out.jsonl")
    assert result.exit_code == 2, describe(result)
    found = by_id(Path("out.jsonl"))
    assert "report" in found["odd-\ud800"] and "unpaired surrogate (\\udc00" in found["s"]["error"]
    again = run("odd.jsonl", "-o", "out.jsonl", "--resume")
    assert again.exit_code == 2 and "2 already in out.jsonl" in again.stderr
    assert len(results(Path("out.jsonl"))) == 2


def test_a_terminal_gets_a_progress_bar_on_standard_error(folder):
    result = runner.invoke(app, ["batch", "news", "-s", str(TINY), "-o", "out.jsonl"],
                           env={"FORCE_COLOR": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "100"})
    assert result.exit_code == 0, describe(result)
    assert "checking" in result.stderr and "4/4" in result.stderr
    assert len(by_id(Path("out.jsonl"))) == 4
    assert "checking" not in run("news", "-o", "out.jsonl", "--quiet").stderr


def test_resume_skips_the_ids_already_written(tmp_path, folder):
    assert run("news/a0.txt", "news/2025/a1.txt", "-o", "out.jsonl").exit_code == 0
    before = Path("out.jsonl").read_bytes()
    result = run("news", "--resume", "-o", "out.jsonl")
    assert result.exit_code == 0, describe(result)
    after = Path("out.jsonl").read_bytes()
    assert after.startswith(before)                           # appended: nothing written before is lost
    new = [json.loads(x)["id"] for x in after[len(before):].decode().splitlines()]
    assert sorted(new) == ["news/2025/a3.txt", "news/a2.txt"]
    assert "2 already in out.jsonl, skipped" in result.stderr
    again = run("news", "--resume", "-o", "out.jsonl")         # all done: nothing to check, nothing added
    assert again.exit_code == 0 and Path("out.jsonl").read_bytes() == after
    assert run("news", "-o", "out.jsonl").exit_code == 0       # without --resume: the file starts afresh
    assert len(results(Path("out.jsonl"))) == 4


def test_resume_survives_a_truncated_last_line(tmp_path, folder):
    assert run("news", "-o", "full.jsonl").exit_code == 0
    full = Path("full.jsonl").read_bytes()
    lines = full.splitlines(keepends=True)
    cut = b"".join(lines[:2]) + lines[2][:len(lines[2]) // 2]    # a run killed while writing its third line
    Path("out.jsonl").write_bytes(cut)
    result = run("news", "--resume", "-o", "out.jsonl")
    assert result.exit_code == 0, describe(result)
    assert "last line was cut short" in result.stderr
    after = Path("out.jsonl").read_bytes()
    assert after.startswith(b"".join(lines[:2]))
    assert by_id(Path("out.jsonl")) == by_id(Path("full.jsonl"))  # every line whole, every id once


def test_resume_keeps_earlier_errors_and_exits_2(tmp_path, folder):
    Path("list.jsonl").write_text(json.dumps({"id": "gone", "path": "nowhere.txt"}) + "\n", encoding="utf-8")
    assert run("list.jsonl", "-o", "out.jsonl").exit_code == 2
    result = run("list.jsonl", "news", "--resume", "-o", "out.jsonl")
    assert result.exit_code == 2 and "(1 of them errors)" in result.stderr
    assert len(by_id(Path("out.jsonl"))) == 5


def test_resume_refuses_a_file_it_did_not_write(tmp_path, folder):
    Path("out.jsonl").write_text("some other file\n", encoding="utf-8")
    assert "out.jsonl:1: not a result line" in one_line_error(run("news", "--resume", "-o", "out.jsonl"))
    assert Path("out.jsonl").read_text(encoding="utf-8") == "some other file\n"


def test_results_written_in_another_key_order_are_read_back(tmp_path):
    Path("r.jsonl").write_text('{"source": "x", "error": "e", "id": 4}\n{"id": "a", "source": "y", "report": {}}\n',
                               encoding="utf-8")
    found = archive.read_results(Path("r.jsonl"))
    assert found.done == {4, "a"} and found.errors == 1 and not found.cut


# --- options ------------------------------------------------------------------------------------------------

def test_dask_options_are_for_the_dask_engine(folder):
    assert "--scheduler is for --engine dask" in one_line_error(run("news", "--scheduler", "tcp://127.0.0.1:8786"))
    assert "--partitions is for --engine dask" in one_line_error(run("news", "--partitions", "4"))
    assert "did you mean 'dask'" in one_line_error(run("news", "--engine", "dusk"))


def test_without_dask_the_error_says_what_to_install(folder, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    Path("out.jsonl").write_text("an earlier run's results\n", encoding="utf-8")
    error = one_line_error(run("news", "--engine", "dask", "-o", "out.jsonl"))
    assert "install factcheck[dask]" in error
    assert Path("out.jsonl").read_text(encoding="utf-8") == "an earlier run's results\n"   # left as it was


def test_a_scheduler_that_does_not_answer_is_one_line(folder):
    pytest.importorskip("distributed")
    with socket.socket() as s:                                # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    error = one_line_error(run("news", "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"))
    assert f"--scheduler tcp://127.0.0.1:{port}: cannot connect" in error
    assert "not a scheduler address" in one_line_error(run("news", "--engine", "dask", "--scheduler", "nowhere"))


# --- engines: the same JSON whichever runs it ---------------------------------------------------------------

@pytest.fixture
def twenty(tmp_path) -> Path:
    """20 articles: 10 as files, 10 as texts in JSON Lines, and one unreadable entry."""
    (tmp_path / "files").mkdir()
    entries = []
    for i in range(20):
        if i % 2:
            entries.append({"id": f"text-{i}", "text": article(i)})
        else:
            (tmp_path / "files" / f"{i}.txt").write_text(article(i), encoding="utf-8")
            entries.append({"id": f"file-{i}", "path": f"files/{i}.txt"})
    entries.append({"id": "gone", "path": "files/gone.txt"})
    path = tmp_path / "twenty.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    return path


def sorted_lines(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines(), key=lambda line: json.loads(line)["id"])


def test_local_processes_give_the_same_json_as_one_process(twenty):
    assert run(twenty, "-o", "one.jsonl").exit_code == 2      # "gone" is an error entry
    assert run(twenty, "-o", "two.jsonl", "--jobs", "2").exit_code == 2
    assert sorted_lines(Path("one.jsonl")) == sorted_lines(Path("two.jsonl"))
    assert len(sorted_lines(Path("one.jsonl"))) == 21


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.bag")
    import logging
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address="127.0.0.1:0",
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster


def test_dask_gives_the_same_json_as_one_process(twenty, dask_cluster):
    assert run(twenty, "-o", "one.jsonl").exit_code == 2
    result = run(twenty, "-o", "dask.jsonl", "--engine", "dask", "--scheduler", dask_cluster.scheduler_address,
                 "--partitions", "5")
    assert result.exit_code == 2, describe(result)
    assert sorted_lines(Path("dask.jsonl")) == sorted_lines(Path("one.jsonl"))
    assert "21 articles" in result.stderr and "1 error" in result.stderr


def test_dask_local_cluster_and_resume(twenty):
    pytest.importorskip("distributed")
    pytest.importorskip("dask.bag")
    assert run(twenty, "-o", "one.jsonl").exit_code == 2
    lines = Path("one.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    Path("dask.jsonl").write_text("".join(lines[:15]) + lines[15][:40], encoding="utf-8")
    result = run(twenty, "-o", "dask.jsonl", "--resume", "--engine", "dask", "--jobs", "2")
    assert result.exit_code == 2, describe(result)
    assert "6 articles" in result.stderr and "15 already in dask.jsonl" in result.stderr
    assert sorted_lines(Path("dask.jsonl")) == sorted_lines(Path("one.jsonl"))
