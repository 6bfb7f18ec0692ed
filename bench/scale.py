#!/usr/bin/env python3
"""Checking time against the size of the source list.

    python bench/scale.py [--statements 1000] [--facts 100,1000,10000]

Builds synthetic source lists (entities, facts with terms, subjects/objects and quantities, in the
shape of real ones) and a synthetic article of N statements mentioning them, then prints for each
catalog size: index build time, total check time and time per claim. The time per claim should stay
flat as the catalog grows (retrieval looks up only the claim's own keys).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checks.model import Article, Catalog, Entity, Fact, Quantity, Source  # noqa: E402
from factcheck.checks.pipeline import Checker  # noqa: E402

TOPICS = ["budget", "debt", "revenue", "staff", "containers", "passengers", "emissions", "grant", "loan", "tax"]
UNITS = {"budget": "EUR", "debt": "EUR", "revenue": "GBP", "staff": "people", "containers": "containers",
         "passengers": "passengers", "emissions": "percent", "grant": "EUR", "loan": "USD", "tax": "percent"}


def catalog(n_facts: int, rng: random.Random) -> Catalog:
    n_ent = max(10, n_facts // 10)
    entities = {f"town-{i}": Entity(f"town-{i}", [f"Town{i}ville", f"Town{i}"]) for i in range(n_ent)}
    ids = list(entities)
    sources = []
    for s in range(max(1, n_facts // 50)):
        facts = []
        for k in range(50):
            topic = rng.choice(TOPICS)
            subj, obj = rng.sample(ids, 2)
            value = rng.choice([1.2e6, 3.4e7, 5.6e8, 12.5, 4.1, 3200, 41000])
            facts.append(Fact(id=f"f{k}", source=f"s{s}", statement=f"{entities[subj].names[0]} {topic} was {value:g} in 2025.",
                              subject=subj, object=obj if topic in ("grant", "loan") else None, terms=[topic],
                              quantity=Quantity(value=value, unit=UNITS[topic]), as_of="2025"))
        sources.append(Source(id=f"s{s}", title=f"Report {s}", facts=facts))
    return Catalog(sources=sources, entities=entities)


def article(n: int, n_ent: int, rng: random.Random) -> str:
    lines = ["Synthetic article for the scale benchmark", "", "By Bench Desk | 1 January 2026", ""]
    for i in range(n):
        t = rng.randrange(n_ent)
        topic = rng.choice(TOPICS)
        if topic in ("grant", "loan"):
            lines.append(f"Town{t} paid Town{(t + 1) % n_ent} a {topic} of {rng.randint(1, 90)} million euros in 2025.")
        else:
            lines.append(f"The {topic} of Town{t} reached {rng.randint(1, 900)} million in 2025, up {rng.randint(1, 9)}% on a year earlier.")
    return "\n\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--statements", type=int, default=1000)
    ap.add_argument("--facts", default="100,1000,10000")
    ap.add_argument("--no-cache-run", action="store_true", help="skip the cached-load figure")
    a = ap.parse_args()
    print(f"{'facts':>7} {'index s':>8} {'check s':>8} {'claims':>7} {'ms/claim':>9}")
    for n in [int(x) for x in a.facts.split(",")]:
        rng = random.Random(n)
        cat = catalog(n, rng)
        t0 = time.perf_counter()
        checker = Checker.from_catalog(cat)
        t1 = time.perf_counter()
        text = article(a.statements, len(cat.entities), random.Random(1))
        report = checker.check(Article(text=text, source="bench", language="en"), "en")
        t2 = time.perf_counter()
        claims = sum(len(r.claims) for r in report.statements)
        print(f"{n:>7} {t1 - t0:>8.2f} {t2 - t1:>8.2f} {claims:>7} {1000 * (t2 - t1) / max(1, claims):>9.2f}")
    if not a.no_cache_run:
        cached_load()


def cached_load(n_facts: int = 10_000) -> None:
    """Loading a source list of ``n_facts`` facts from YAML: built (reading every fact) and then loaded
    from the checker cache, each in a fresh process (``load_checker``, as the command line does)."""
    import os
    import subprocess
    import tempfile
    sys.path.insert(0, str(ROOT / "bench"))
    from memory import ten_thousand_facts     # noqa: E402 - the same 10,000-fact list as bench/memory.py
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.yaml"
        ten_thousand_facts(path)
        env = {**os.environ, "FACTCHECK_CACHE_DIR": str(Path(tmp) / "cache"), "PYTHONPATH": str(ROOT)}
        code = ("import time; t=time.perf_counter(); from factcheck.checks.pipeline import load_checker; "
                f"load_checker([{str(path)!r}]); print(f'{{time.perf_counter()-t:.2f}}')")
        built = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip()
        loaded = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip()
        print(f"load {n_facts:,} facts from YAML: built {built} s, from the cache {loaded} s")


if __name__ == "__main__":
    main()
