#!/usr/bin/env python3
"""Verdict accuracy on the labelled development set.

    python bench/accuracy.py [--cases tests/devset/cases] [-v]

Prints per case and in total, with the source lists as written and again with every ``terms:`` removed
(as a busy user writes them): verdict accuracy, false-support (a gold contradicted/mixed/outdated
statement reported as supported — must be 0), false alarms, errors caught, evidence hits, and the
confusion matrix (gold verdict in rows, reported verdict in columns).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evaluate import VerdictScores, find_cases, score_verdicts  # noqa: E402

ORDER = ["supported", "contradicted", "mixed", "outdated", "unverified", "not-checkable", "missing"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default=str(ROOT / "tests" / "devset" / "cases"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--quiet-cases", action="store_true", help="totals only, no line per case")
    a = ap.parse_args()
    cases = find_cases(Path(a.cases))
    for terms in (True, False):
        print(f"== source lists {'as written' if terms else 'with every terms: removed'}")
        report(cases, terms, a.verbose, a.quiet_cases)
        print()


def report(cases, terms: bool, verbose: bool, quiet: bool) -> None:
    total = VerdictScores()
    for case in cases:
        vs = score_verdicts(case, terms=terms)
        total.add(vs)
        if not quiet:
            print(f"{case.name:<32} checkable={vs.n:>3} verdict-acc={vs.accuracy:.2f} false-support={vs.false_support} "
                  f"false-alarm={vs.false_alarm} errors-caught={vs.bad_hit}/{vs.bad_n} evidence={vs.ev_hit}/{vs.ev_n}")
    print(f"TOTAL cases={len(cases)} checkable={total.n} verdict-acc={total.accuracy:.3f} ({total.ok}/{total.n}) "
          f"false-support={total.false_support} false-alarm={total.false_alarm} "
          f"errors-caught={total.bad_hit}/{total.bad_n} evidence={total.ev_hit}/{total.ev_n}")
    cols = [c for c in ORDER if any(k[1] == c for k in total.confusion)]
    rows = [r for r in ORDER if any(k[0] == r for k in total.confusion)]
    print("confusion (rows: gold, columns: reported)")
    print(" " * 14 + "".join(f"{c[:12]:>13}" for c in cols))
    for r in rows:
        print(f"{r:<14}" + "".join(f"{total.confusion.get((r, c), 0):>13}" for c in cols))
    if verbose:
        for m in total.misses:
            print("   ", m)


if __name__ == "__main__":
    main()
