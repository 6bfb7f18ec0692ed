#!/usr/bin/env python3
"""The number reader against other libraries' test suites (bench/data/number-cases.json, see its README).

    python bench/number_words.py

For each ``phrase`` case, the input read alone must give one figure whose value is the expected number;
for each ``ordinal-phrase`` case, no figure at all (a fact-checker reads "twenty-first" as a rank). Prints
the score per suite and language. Figures only, no timing.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checks.numbers import find_quantities  # noqa: E402


def main() -> None:
    cases = json.loads((ROOT / "bench" / "data" / "number-cases.json").read_text(encoding="utf-8"))
    score = defaultdict(lambda: [0, 0])
    for case in cases:
        kind = case["kind"]
        if kind not in ("phrase", "ordinal-phrase"):
            continue
        qs = find_quantities(case["input"], case["lang"])
        if kind == "phrase":
            ok = len(qs) == 1 and qs[0].value is not None and abs(qs[0].value - case["expected"]) <= 1e-9 * max(1, abs(case["expected"]))
        else:
            ok = not qs
        key = (case["suite"].split("-")[0], case["lang"], kind)
        score[key][0] += ok
        score[key][1] += 1
    for (suite, lang, kind), (ok, n) in sorted(score.items()):
        print(f"{suite:<14} {lang} {kind:<15} {ok:>4}/{n:<4}")


if __name__ == "__main__":
    main()
