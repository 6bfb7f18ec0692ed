"""The README's sample output is the real output of the command it names (fails when stale):

    FACTCHECK_UPDATE_README=1 python -m pytest tests/test_readme.py     # regenerate it
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli.app import app

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- sample:begin -->\n```\n)(.*?)(```\n<!-- sample:end -->)", re.S)


def sample_output() -> str:
    env = {"NO_COLOR": "1", "COLUMNS": "80", "FORCE_COLOR": "", "TTY_COMPATIBLE": "", "TTY_INTERACTIVE": ""}
    result = CliRunner().invoke(app, ["--example", "fr"], env=env)
    assert result.exit_code == 0, result.stdout + result.stderr
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()) + "\n"


def test_readme_sample_is_the_real_output():
    text = README.read_text(encoding="utf-8")
    m = BLOCK.search(text)
    assert m, "README.md has no <!-- sample:begin --> … <!-- sample:end --> block"
    want = sample_output()
    if os.environ.get("FACTCHECK_UPDATE_README") == "1":
        README.write_text(text[:m.start(2)] + want + text[m.end(2):], encoding="utf-8")
        return
    assert m.group(2) == want, "the README sample is stale: FACTCHECK_UPDATE_README=1 python -m pytest tests/test_readme.py"


def test_readme_first_commands_are_the_setup_and_the_tests():
    text = README.read_text(encoding="utf-8")
    commands = re.findall(r"^    (python3 -m venv .*|\. \.venv/bin/activate && .*)$", text, flags=re.M)
    assert commands[0].endswith("factcheck --example fr")
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci, "CI must run the README's test command exactly"
