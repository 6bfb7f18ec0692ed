"""Languages as data (issue 10): a third language is added with data files alone — a folder under data/lang/ and
its code in data/lang/languages.txt — and the reader picks its words up. The toy language "xx" is English with
its own forecast marker ("glorp") and its own number word ("zwelf" = 12); English does not know either word."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from factcheck.checks.resources import data_dir

PROBE = r"""
import json, sys
from factcheck.checks.resources import LANGS
from factcheck.checks.model import Statement
from factcheck.checks.detect import Context, analyse_statement
from factcheck.checks.entities import EntityMatcher
from factcheck.checks.numbers import find_quantities

out = {"langs": list(LANGS)}
for lang in ("xx", "en"):
    forecast = "Exports glorp rise by 5 % next year."
    st = Statement(0, forecast, 0, len(forecast))
    a = analyse_statement(st, forecast, Context(lang=lang, matcher=EntityMatcher({}), article_year=2025))
    out[lang] = {"kind": a.kind, "checkable": a.checkable,
                 "zwelf": [q.value for q in find_quantities("zwelf ships docked in May.", lang)]}
print(json.dumps(out))
"""


def _toy_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data, ignore=shutil.ignore_patterns("sources", "examples", "templates"))
    toy = data / "lang" / "xx"
    shutil.copytree(data / "lang" / "en", toy)
    claims = toy / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    start = text.index("prediction_markers:")
    end = text.index("\n", text.index("]", start))
    claims.write_text(text[:start] + "prediction_markers: [glorp]" + text[end:], encoding="utf-8")
    numbers = toy / "numbers.yaml"
    numbers.write_text(numbers.read_text(encoding="utf-8").replace("  twelve: 12\n", "  twelve: 12\n  zwelf: 12\n", 1),
                       encoding="utf-8")
    registry = data / "lang" / "languages.txt"
    registry.write_text(registry.read_text(encoding="utf-8") + "xx\n", encoding="utf-8")
    return data


def test_a_third_language_from_data_files_alone(tmp_path):
    data = _toy_data(tmp_path)
    assert "zwelf: 12" in (data / "lang" / "xx" / "numbers.yaml").read_text(encoding="utf-8")
    env = {**os.environ, "FACTCHECK_DATA_DIR": str(data), "FACTCHECK_NO_CACHE": "1"}
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["langs"] == ["fr", "en", "xx"]
    # the toy language's forecast marker makes a prediction; English reads the same sentence as a figure
    assert (out["xx"]["kind"], out["xx"]["checkable"]) == ("prediction", False)
    assert out["en"]["checkable"] is True
    # and its number word is a figure
    assert out["xx"]["zwelf"] == [12.0] and out["en"]["zwelf"] == []


def test_the_bundled_registry_lists_the_bundled_languages():
    from factcheck.checks.resources import LANGS
    assert LANGS == ("fr", "en")
    assert all((data_dir() / "lang" / code / "numbers.yaml").is_file() for code in LANGS)
