"""A plain check runs without typer (issue 12, start-up): ``factcheck ARTICLE`` with at most ``--format table|json``
or ``--json``, and ``--example LANG``; it writes what the typer app writes, and leaves every other command line to
the typer app."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck.cli.app import app, app_commands
from factcheck.cli.common import COMMANDS
from factcheck.cli.plaincheck import plain_args

ROOT = Path(__file__).resolve().parent.parent
FR = str(ROOT / "data" / "examples" / "fr-naumann.txt")
EN = str(ROOT / "data" / "examples" / "en-naumann.txt")


def test_the_commands_named_for_the_plain_check_are_the_apps():
    assert set(COMMANDS) == app_commands()


@pytest.mark.parametrize("args, expected", [
    ([FR], (FR, "table")),
    ([FR, "--format", "JSON"], (FR, "json")),
    (["--json", FR], (FR, "json")),
    ([FR, "-f", "table"], (FR, "table")),
    ([FR, "--format=json"], (FR, "json")),
    (["--example", "en"], (EN, "table")),
    (["--example=FR", "--json"], (FR, "json")),
])
def test_a_plain_check_is_read_without_typer(args, expected):
    assert plain_args(args) == expected


@pytest.mark.parametrize("args", [
    [], ["-"], [str(ROOT / "data" / "examples")], [FR, EN], [FR, "--format", "html"], [FR, "--format", "json", "--json"],
    [FR, "-q"], [FR, "--sources", FR], ["claims", FR], ["check", FR], [FR, "--format"], ["--example", "de"],
    ["--example", "fr", FR], ["--version"], [str(ROOT / "data" / "examples" / "*.txt")], ["nosuch.txt"],
])
def test_any_other_command_line_is_the_typer_apps(args):
    assert plain_args(args) is None


@pytest.mark.parametrize("args, typer_args", [
    ([EN], ["check", EN]),
    ([FR, "--json"], ["check", FR, "--json"]),
    (["--example", "fr", "--format", "json"], ["check", FR, "--format", "json"]),
])
def test_a_plain_check_writes_what_the_typer_app_writes_and_loads_no_typer(args, typer_args, tmp_path):
    code = ("import sys\nfrom factcheck.cli.app import main\ntry:\n    main()\nexcept SystemExit as exc:\n"
            "    print('typer' in sys.modules, exc.code, file=sys.stderr)\n")
    # (the child imports the factcheck this test imports — a checkout's, not an installed copy whose bundled source
    # list has another path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(factcheck.__file__).resolve().parent.parent),
                                                        os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert proc.stderr.strip().splitlines()[-1] == "False 0"
    via_typer = CliRunner().invoke(app, typer_args)
    assert via_typer.exit_code == 0
    assert proc.stdout == via_typer.stdout


@pytest.mark.parametrize("args", [[EN], [FR, "--json"], ["check", FR, "--format", "markdown"]])
def test_a_plain_check_whose_reader_has_gone_ends_quietly(args, tmp_path):
    # `factcheck ARTICLE | head -0`: the pipe's reading end is closed before the check writes a line
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(factcheck.__file__).resolve().parent.parent),
                                                        os.environ.get("PYTHONPATH", "")])}
    try:
        proc = subprocess.run([sys.executable, "-c", "from factcheck.cli.app import main\nmain()", *args],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env)
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == 1          # the plain check as typer's run of any command on a broken pipe
