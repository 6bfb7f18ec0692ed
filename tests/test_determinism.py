"""The same article and source list give the same report whatever the process's hash seed: no verdict, cited
fact or explanation may depend on the order Python happens to iterate a set in."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# cases whose retrieval has ties between facts of equal score (one of them once cited another fact under seed 21)
CASES = [ROOT / "tests" / "devset" / "sealed2" / "w8-en-russia-north-korea-military",
         ROOT / "tests" / "devset" / "cases" / "en-tavaria-mesland-aid"]


def _report(case: Path, seed: str, cache: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "FACTCHECK_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-m", "factcheck", str(case / "article.txt"), "--sources",
                           str(case / "sources.yaml"), "--format", "json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_the_report_does_not_depend_on_the_hash_seed(case, tmp_path):
    first = _report(case, "0", tmp_path / "a")
    assert first.strip().startswith("{")
    assert all(_report(case, seed, tmp_path / seed) == first for seed in ("21", "777"))
