#!/usr/bin/env python3
"""Throughput: MB/s of analysis on 1 MB of prose, and a batch of small articles with --jobs 1 and 2.

    python bench/throughput.py [--mb 1] [--runs 3] [--articles 1000] [--skip-batch] [--stages]

1. ``MB/s``: the 1 MB article of ``bench/memory.py`` (the evaluation corpus's articles, concatenated and
   repeated) checked against the bundled source list in one process, as ``factcheck ARTICLE --json -o FILE``
   does it: loaded, split, analysed, judged, its JSON report written (the checker loaded beforehand, as from
   the cache; start-up not counted). Median of ``--runs``, each in a fresh process (no cache warmed by the
   run before); also in CPU time (user + system of the process), steadier than wall time on a busy machine. ``--stages`` also prints the seconds of each stage (load, split and analysis, judging,
   report dict, JSON written).
   Beside it, the same measure on text that is **not repeated**: the development set's articles
   (``tests/devset/<set>/*/article.txt``, the sealed sets ``sealed38`` and ``sealed39`` left out) concatenated once, about 1.1 MB
   of distinct statements. Since the development articles passed 1 MB (the thirty-sixth set), the 1 MB article
   is their first 1,000,000 characters, repeated no more (10,259 statements, 15 of them written before, at the
   thirty-eighth session): the two figures measure nearly the same text, and a cache kept by a clause's text
   (``detect.repeats``, a few bounded ones) hits on neither. The README quotes both.
2. ``articles/s``: ``bench/batch.py``'s folder of ``--articles`` small articles (the examples and the
   development set's articles) checked by one ``factcheck FOLDER --json --quiet --jobs J`` for J = 1, 2
   (start-up and source index included), and the ratio of the two (target, issue 12: ≥ 1.7×).

Targets (issue 12): analysis ≥ 1 MB/s on one core. The figures are measured in one run; nothing here is a
timed test.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import json, sys, time
from factcheck.checks import pipeline
from factcheck.checks.load import load_article
from factcheck.checks.report import json_chunks, to_dict
path, out = sys.argv[1], sys.argv[2]
checker = pipeline.load_checker(None)
c0 = time.process_time()
t0 = time.perf_counter()
article = load_article(path)
t1 = time.perf_counter()
analyses = pipeline.analyse_article(article, checker.index.matcher)
t2 = time.perf_counter()
from factcheck.checks.judge import judge_statement
from factcheck.checks.model import Report
results = [judge_statement(a, checker.index) for a in analyses]
t3 = time.perf_counter()
d = to_dict(Report(article=article, catalog=checker.catalog, statements=results))
t4 = time.perf_counter()
with open(out, "w", encoding="utf-8") as fh:
    for chunk in json_chunks(d):
        fh.write(chunk)
    fh.write("\n")
t5 = time.perf_counter()
print(json.dumps({"chars": len(article.text), "bytes": len(article.text.encode("utf-8")), "load": t1 - t0,
                  "analyse": t2 - t1, "judge": t3 - t2, "report": t4 - t3, "json": t5 - t4, "total": t5 - t0,
                  "cpu": time.process_time() - c0}))
"""


def distinct_prose() -> str:
    """The development set's articles concatenated once (no repeats; the sets still sealed left out)."""
    from bench.memory import SEALED
    paths = sorted(glob.glob(str(ROOT / "tests/devset/*/*/article.txt")))
    return "\n\n".join(Path(p).read_text(encoding="utf-8") for p in paths if Path(p).parts[-3] not in SEALED)


def _measure(text: str, runs: int, tmp: Path, name: str) -> list[dict]:
    """``runs`` checks of ``text``, each in a fresh process."""
    article = tmp / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results = []
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-c", _CHILD, str(article), str(tmp / "report.json")],
                           env=env, capture_output=True, text=True, cwd=ROOT)
        if p.returncode:
            sys.exit(p.stderr[-2000:])
        results.append(json.loads(p.stdout))
    return results


def analysis_speed(mb: float, runs: int, stages: bool) -> None:
    from bench.memory import corpus_prose
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "factcheck", "--version"], env=env, capture_output=True)  # cache
        results = _measure(corpus_prose(int(mb * 1_000_000)), runs, Path(tmp), "prose")
        once = _measure(distinct_prose(), runs, Path(tmp), "distinct")
    size = results[0]["bytes"] / 1e6
    total = statistics.median(r["total"] for r in results)
    cpu = statistics.median(r["cpu"] for r in results)
    size1 = once[0]["bytes"] / 1e6
    total1 = statistics.median(r["total"] for r in once)
    cpu1 = statistics.median(r["cpu"] for r in once)
    print(f"analysis of {size:.2f} MB of prose (load, split, analyse, judge, JSON report written; median of "
          f"{runs}): {total:.2f} s = {size / total:.2f} MB/s (target ≥ 1 MB/s); CPU time {cpu:.2f} s = "
          f"{size / cpu:.2f} MB/s")
    print(f"  without repeats, {size1 * 1000:.0f} KB of distinct statements (the development articles once): "
          f"{total1:.2f} s = {size1 / total1:.2f} MB/s; CPU time {cpu1:.2f} s = {size1 / cpu1:.2f} MB/s")
    if stages:
        for label, rs in (("", results), (" without repeats", once)):
            print(f"  stages{label} (median s): " + ", ".join(f"{k} {statistics.median(r[k] for r in rs):.2f}"
                                                            for k in ("load", "analyse", "judge", "report", "json")))


def batch_speed(articles: int) -> None:
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "batch.py"), "--articles", str(articles)],
                       capture_output=True, text=True)
    print(p.stdout.rstrip())
    rates = {}
    for line in p.stdout.splitlines():
        if line.startswith("--jobs") and "=" in line:
            jobs = int(line.split()[1].rstrip(":"))
            rates[jobs] = float(line.split("=")[1].split()[0])
    if 1 in rates and 2 in rates and rates[1]:
        print(f"--jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}× (target ≥ 1.7×)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the prose article in MB (default 1)")
    ap.add_argument("--runs", type=int, default=3, help="runs of the prose check (median; default 3)")
    ap.add_argument("--articles", type=int, default=1000, help="articles in the batch (default 1000)")
    ap.add_argument("--skip-batch", action="store_true", help="only the MB/s figure")
    ap.add_argument("--skip-prose", action="store_true", help="only the batch figures")
    ap.add_argument("--stages", action="store_true", help="also print the time of each stage")
    a = ap.parse_args()
    if not a.skip_prose:
        analysis_speed(a.mb, a.runs, a.stages)
    if not a.skip_batch:
        batch_speed(a.articles)


if __name__ == "__main__":
    main()
