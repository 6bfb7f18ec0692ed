#!/usr/bin/env python3
"""Batch throughput: a folder of 200 articles checked in one command, --jobs 1 vs --jobs 2.

    python bench/batch.py [--articles 200]

Copies the project's example and development articles into a temporary folder until it holds N
articles, then runs the installed `factcheck FOLDER --json --quiet --jobs J` and prints articles per
second for each J (start-up and source index included).
"""
from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", default="1,2")
    a = ap.parse_args()
    pool = sorted(ROOT.glob("data/examples/*.txt")) + sorted(ROOT.glob("tests/devset/cases/*/article.txt"))
    exe = shutil.which("factcheck")
    cmd = [exe] if exe else [sys.executable, "-m", "factcheck"]
    with tempfile.TemporaryDirectory() as tmp:
        for i, src in zip(range(a.articles), itertools.cycle(pool)):
            shutil.copy(src, Path(tmp) / f"article-{i:04d}.txt")
        for jobs in [int(j) for j in a.jobs.split(",")]:
            t0 = time.perf_counter()
            p = subprocess.run(cmd + [tmp, "--json", "--quiet", "--jobs", str(jobs)], capture_output=True, text=True)
            dt = time.perf_counter() - t0
            n = len(json.loads(p.stdout)) if p.returncode == 0 else 0
            print(f"--jobs {jobs}: {n} articles in {dt:.1f} s = {n / dt:.1f} articles/s (exit {p.returncode})")


if __name__ == "__main__":
    main()
