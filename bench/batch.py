#!/usr/bin/env python3
"""Batch throughput: N generated articles checked in one command, by each way of running a batch.

    python bench/batch.py [--articles 1000] [--jobs 1,2] [--no-dask]

Generates N articles into a temporary folder — each a headline and 4 to 8 paragraphs drawn (seeded) from the
project's example and development articles, their figures varied so that no two articles are the same text —
then runs the installed command and prints articles per second (start-up and source index included) for:

- ``factcheck FOLDER --json --quiet --jobs J`` (one JSON array at the end),
- ``factcheck batch FOLDER -o results.jsonl --quiet --jobs J`` (a line per article as each finishes),
- ``factcheck batch FOLDER -o results.jsonl --quiet --engine dask --jobs 2`` (a Dask ``LocalCluster`` of 2
  worker processes; skipped when Dask is not installed),

each with its ratio to ``factcheck batch --jobs 1``, in the same run.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def paragraphs() -> list[str]:
    pool = sorted(ROOT.glob("data/examples/*.txt")) + sorted(ROOT.glob("tests/devset/cases/*/article.txt"))
    found = []
    for path in pool:
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if len(block) > 80 and block[-1:] in ".»\"”)":      # prose, not headlines or bylines
                found.append(block)
    return found


def vary(text: str, rng: random.Random) -> str:
    """Change some figures (not years), so articles differ as real ones do."""
    def figure(m: re.Match) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits.startswith(("19", "20")) or rng.random() < 0.5:
            return digits
        return str(max(1, int(digits) + rng.randint(-3, 3)))
    return re.sub(r"\d+", figure, text)


def generate(folder: Path, n: int, seed: int = 12) -> None:
    rng = random.Random(seed)
    pool = paragraphs()
    for i in range(n):
        body = [vary(p, rng) for p in rng.sample(pool, rng.randint(4, 8))]
        text = f"Dispatch number {i}\n\n" + "\n\n".join(body) + "\n"
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - t0, proc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--no-dask", action="store_true")
    a = ap.parse_args()
    exe = shutil.which("factcheck")
    cmd = [exe] if exe else [sys.executable, "-m", "factcheck"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        generate(folder, a.articles)
        out = Path(tmp) / "results.jsonl"
        runs: list[tuple[str, list[str]]] = []
        for jobs in [int(j) for j in a.jobs.split(",")]:
            runs.append((f"check --json --jobs {jobs}", cmd + [str(folder), "--json", "--quiet", "--jobs", str(jobs)]))
        for jobs in [int(j) for j in a.jobs.split(",")]:
            runs.append((f"batch --jobs {jobs}", cmd + ["batch", str(folder), "-o", str(out), "--quiet", "--jobs", str(jobs)]))
        if not a.no_dask and importlib.util.find_spec("distributed") and importlib.util.find_spec("dask"):
            runs.append(("batch --engine dask (LocalCluster, 2 workers)",
                         cmd + ["batch", str(folder), "-o", str(out), "--quiet", "--engine", "dask", "--jobs", "2"]))
        else:
            print("(Dask is not installed: pip install -e \".[dask]\" to measure the Dask engine)")
        print(f"{a.articles} generated articles, bundled source list")
        rates: dict[str, float] = {}
        for name, argv in runs:
            seconds, proc = timed(argv)
            if name.startswith("check"):
                n = len(json.loads(proc.stdout)) if proc.returncode == 0 else 0
            else:
                n = sum(1 for line in out.read_text(encoding="utf-8").splitlines() if '"report":' in line) \
                    if out.exists() else 0
            rates[name] = n / seconds
            print(f"  {name:<46} {n} articles in {seconds:6.1f} s = {n / seconds:6.1f} articles/s (exit {proc.returncode})")
        base = rates.get("batch --jobs 1")
        if base:
            print("ratio to batch --jobs 1: " + ", ".join(f"{name} {rate / base:.2f}×" for name, rate in rates.items()))


if __name__ == "__main__":
    main()
