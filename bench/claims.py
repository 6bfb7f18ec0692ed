#!/usr/bin/env python3
"""Statement and claim detection on the labelled development set, and splitting/analysis speed.

    python bench/claims.py [--cases tests/devset/cases] [-v]

Prints checkable-statement precision/recall/F1, statement-kind accuracy, claim-level recall,
quantity exactness, role accuracy, and the time to split and analyse a 1 MB article.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evaluate import ClaimScores, find_cases, score_claims  # noqa: E402


def speed(cases) -> str:
    from factcheck.checks.model import Article
    from factcheck.checks.pipeline import analyse_article, Checker
    from factcheck.checks.sources import load_catalog

    texts = [c.article.read_text(encoding="utf-8") for c in cases]
    body = "\n\n".join(texts)
    big = (body + "\n\n") * (1_000_000 // (len(body) + 2) + 1)
    big = big[:1_000_000]
    checker = Checker.from_catalog(load_catalog([c.sources for c in cases[:1]]))
    from factcheck.checks.split import split_statements
    t0 = time.perf_counter()
    sts = split_statements(big, "fr")
    t1 = time.perf_counter()
    analyses = analyse_article(Article(text=big, source="bench", language="fr"), checker.index.matcher, "fr")
    t2 = time.perf_counter()
    per100k = (t2 - t1) / (len(big) / 100_000)
    return (f"1 MB article ({len(sts)} statements): split {t1 - t0:.2f} s; split+analyse {t2 - t1:.2f} s "
            f"= {per100k * 1000:.0f} ms per 100 KB ({len(analyses)} statements analysed)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default=str(ROOT / "tests" / "devset" / "cases"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args()
    cases = find_cases(Path(a.cases))
    total = ClaimScores()
    for case in cases:
        sc = score_claims(case)
        total.add(sc)
        p, r, f = sc.prf
        print(f"{case.name:<32} statements={sc.tp + sc.fp + sc.fn + sc.tn:>3} checkable P={p:.2f} R={r:.2f} F1={f:.2f} "
              f"claims={sc.claims_found}/{sc.claims_n} quantities={sc.q_exact}/{sc.q_n} roles={sc.roles_ok}/{sc.roles_n}")
    p, r, f = total.prf
    n = total.tp + total.fp + total.fn + total.tn
    print(f"TOTAL cases={len(cases)} statements={n} checkable={total.tp + total.fn} "
          f"checkable P={p:.3f} R={r:.3f} F1={f:.3f} kind-acc={total.kind_ok / max(1, total.kind_n):.3f} "
          f"claim-recall={total.claims_found / max(1, total.claims_n):.3f} ({total.claims_found}/{total.claims_n}) "
          f"quantity-exact={total.q_exact / max(1, total.q_n):.3f} ({total.q_exact}/{total.q_n}) "
          f"roles={total.roles_ok}/{total.roles_n}")
    not_read = [m for m in total.misses if ": checkable True got False" in m]
    if not_read:                       # every checkable statement called not checkable, with its reason
        print(f"checkable statements read as not checkable ({len(not_read)}):")
        for m in not_read:
            print("   ", m)
    if a.verbose:
        for m in total.misses:
            if m not in not_read:
                print("   ", m)
    if not a.no_speed:
        print(speed(cases))


if __name__ == "__main__":
    main()
