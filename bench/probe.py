#!/usr/bin/env python3
"""Planted-error probe: wrong variants of true statements of the open evaluation sets, each checked alone.

    python bench/probe.py [-v]

``tests/devset/probe.yaml`` holds 650 true statements (``control``) of the open sets' articles, each with variants
that plant one error journalists make (a wrong figure, magnitude, period, region, measure, direction, source,
record, actor, denial, bound, baseline, order), written by helpers in the sixth session (seven more, on the
seventh sealed set, in the ninth; twenty on each sealed set from the ninth to the twenty-sixth, twenty-two on the twenty-seventh, twenty on the twenty-eighth, twenty-two on the twenty-ninth, twenty-one on the thirtieth and twenty-two on each of the thirty-first, thirty-second, thirty-third, thirty-fourth and thirty-fifth, in the session after
it was first scored, each by a helper who saw only the cases; twenty-two on the thirty-sixth, held out a second
session, added in the thirty-eighth; twenty-two on the thirty-seventh, held out a second session, added in the
thirty-ninth). Every control and variant is checked as an
article of its own against its case's source list; a variant called supported is a false "supported" the sets
may not show. Prints the count by kind (the figure to drive down; it must never rise) and the controls supported.
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per control and variant")
    a = ap.parse_args()
    from factcheck.checks.load import load_article
    from factcheck.checks.pipeline import Checker
    from factcheck.checks.sources import load_catalog

    entries = yaml.safe_load((ROOT / "tests" / "devset" / "probe.yaml").read_text(encoding="utf-8"))
    checkers: dict[str, Checker] = {}
    supported: collections.Counter = collections.Counter()
    controls = 0
    tmp = tempfile.mkdtemp(prefix="factcheck-probe-")
    for i, e in enumerate(entries):
        case = e["case"]
        if case not in checkers:
            checkers[case] = Checker.from_catalog(load_catalog([ROOT / "tests" / "devset" / case / "sources.yaml"]))
        for kind, text in [("control", e["control"])] + list(e["variants"].items()):
            path = Path(tmp) / f"probe-{i:02d}-{kind}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            report = checkers[case].check(load_article(str(path)))
            verdicts = [s.verdict for s in report.statements if s.analysis.checkable]
            shown = "supported" if "supported" in verdicts else ",".join(verdicts) or "none"
            if kind == "control":
                controls += shown == "supported"
            elif shown == "supported":
                supported[kind] += 1
            if a.verbose:
                print(f"{i:02d}\t{kind}\t{shown}\t{text[:110]}")
    print(f"variants called supported: {sum(supported.values())} {dict(sorted(supported.items()))}; "
          f"controls supported: {controls}/{len(entries)}")


if __name__ == "__main__":
    main()
