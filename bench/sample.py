#!/usr/bin/env python3
"""Where the time of a check goes: a sampling profile (one sample per millisecond of CPU) by stage and function.

    python bench/sample.py [--cases SET,SET] [--top 40] [--under FUNCTION ...]

Without ``--cases``: the 1 MB article of ``bench/throughput.py`` (``bench/memory.corpus_prose``) checked against the
bundled list, the checker loaded first, as ``throughput.py`` does it. With ``--cases``: every case of those
development sets checked against its own source list, terms removed (as the evaluation scores them), the index
built per case. Prints the CPU seconds of each stage (index, split and analysis, judging, report), then the share
of samples inside each function (inclusive) and at the top of the stack (self), and for each ``--under`` pattern
(a regular expression on ``file:line(function)``) the functions it calls where the time goes.

Why sampling and not only cProfile: cProfile adds a fixed cost to every call, so code made of many small calls
looks far heavier than it is (on 1 MB of prose the check takes ~13 s of CPU and ~39 s under cProfile); a memo
chosen from cProfile's figures can save nothing (the thirty-eighth session's speed helper kept one out for that).
The sealed sets are never read (``bench/memory.SEALED``).
"""
from __future__ import annotations

import argparse
import collections
import glob
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Sampler:
    """Every millisecond of the process's CPU time, the stack of the running Python code."""

    def __init__(self) -> None:
        self.stacks: list[tuple[str, ...]] = []

    def _take(self, sig, frame) -> None:
        stack = []
        while frame is not None:
            code = frame.f_code
            name = code.co_filename.replace(str(ROOT) + "/", "")
            stack.append(f"{name}:{code.co_firstlineno}({code.co_name})")
            frame = frame.f_back
        self.stacks.append(tuple(stack))

    def __enter__(self) -> "Sampler":
        signal.signal(signal.SIGPROF, self._take)
        signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
        return self

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def report(self, top: int, under: list[str]) -> None:
        n = len(self.stacks) or 1
        inclusive, own = collections.Counter(), collections.Counter()
        for stack in self.stacks:
            own[stack[0]] += 1
            inclusive.update(set(stack))
        print(f"--- inside (inclusive), {len(self.stacks)} samples")
        for k, c in inclusive.most_common(top):
            print(f"{c / n * 100:5.1f}% {k}")
        print("--- at the top of the stack (self)")
        for k, c in own.most_common(top):
            print(f"{c / n * 100:5.1f}% {k}")
        for pattern in under:
            calls, inside = collections.Counter(), 0
            for stack in self.stacks:
                at = [i for i, k in enumerate(stack) if re.search(pattern, k)]
                if at:
                    inside += 1
                    i = max(at)                      # (its outermost call: recursion counted once)
                    calls[stack[i - 1] if i else "(itself)"] += 1
            print(f"--- under {pattern}: {inside / n * 100:.1f}%")
            for k, c in calls.most_common(15):
                print(f"   {c / n * 100:5.1f}% {k}")


def _prose(sampler: Sampler) -> dict[str, float]:
    from bench.memory import corpus_prose
    from factcheck.checks import pipeline
    from factcheck.checks.judge import judge_statement
    from factcheck.checks.load import load_article
    from factcheck.checks.model import Report
    from factcheck.checks.report import json_chunks, to_dict
    checker = pipeline.load_checker(None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "prose.txt"
        path.write_text(corpus_prose(1_000_000), encoding="utf-8")
        article = load_article(str(path))
    with sampler:
        c0 = time.process_time()
        analyses = pipeline.analyse_article(article, checker.index.matcher)
        c1 = time.process_time()
        results = [judge_statement(a, checker.index) for a in analyses]
        c2 = time.process_time()
        for _ in json_chunks(to_dict(Report(article=article, catalog=checker.catalog, statements=results))):
            pass
        c3 = time.process_time()
    return {"analyse": c1 - c0, "judge": c2 - c1, "report": c3 - c2}


def _cases(sets: list[str], sampler: Sampler) -> dict[str, float]:
    from bench.memory import SEALED
    from factcheck.checks.judge import judge_statement
    from factcheck.checks.load import load_article
    from factcheck.checks.model import Report
    from factcheck.checks.pipeline import Checker, analyse_article
    from factcheck.checks.report import json_chunks, to_dict
    from factcheck.checks.sources import load_catalog
    stages: collections.Counter = collections.Counter()
    articles = [p for s in sets if s not in SEALED
                for p in sorted(glob.glob(str(ROOT / "tests" / "devset" / s / "*" / "article.txt")))]
    with sampler:
        for path in articles:
            c0 = time.process_time()
            catalog = load_catalog([str(Path(path).parent / "sources.yaml")])
            for fact in catalog.facts():
                fact.terms = []
            checker = Checker.from_catalog(catalog)
            c1 = time.process_time()
            article = load_article(path)
            analyses = analyse_article(article, checker.index.matcher)
            c2 = time.process_time()
            results = [judge_statement(a, checker.index) for a in analyses]
            c3 = time.process_time()
            for _ in json_chunks(to_dict(Report(article=article, catalog=catalog, statements=results))):
                pass
            c4 = time.process_time()
            stages.update({"index": c1 - c0, "analyse": c2 - c1, "judge": c3 - c2, "report": c4 - c3})
    print(f"{len(articles)} cases")
    return dict(stages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", help="development sets, comma-separated (default: the 1 MB article)")
    ap.add_argument("--top", type=int, default=40, help="functions listed (default 40)")
    ap.add_argument("--under", nargs="*", default=[], help="patterns of functions to open")
    a = ap.parse_args()
    sampler = Sampler()
    stages = _cases(a.cases.split(","), sampler) if a.cases else _prose(sampler)
    print("CPU s: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    sampler.report(a.top, a.under)


if __name__ == "__main__":
    main()
