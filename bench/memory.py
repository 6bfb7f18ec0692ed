#!/usr/bin/env python3
"""Peak memory and time of whole runs on large and hostile input, each in a fresh process.

    python bench/memory.py [--sizes 1,5,10] [--quick]

Prints one line per case: wall time and peak RSS (the child's ``ru_maxrss``), with the input's size.
Cases:

- ``prose N MB``: N MB of ordinary news prose (the evaluation corpus's articles, concatenated and repeated),
  checked against the bundled list, JSON report written to a file;
- ``facts 10,000``: a source list of 10,000 facts (``bench/scale.py``'s generator) validated and loaded;
- ``one line 10 MB``: 10 MB without sentence punctuation (one statement, over the length limit);
- ``1,000,000 figures``: "1,2 milliard " a million times (13 MB, one run-on statement).

Targets (issue 11): a 10 MB article within ~100 MB of peak memory; the single line and the million figures
within 60 s with bounded memory. The figures are measured in one run; nothing here is a timed test.
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# evaluation sets still sealed (scored once, at the end of a session, never read): kept out of every benchmark text
SEALED = {"sealed37", "sealed38", "sealed39"}


def corpus_prose(size: int) -> str:
    arts = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "tests/devset/*/*/article.txt")))
            if Path(p).parent.parent.name not in SEALED]
    base = "\n\n".join(arts)
    return ("\n\n".join([base] * (size // len(base) + 1)))[:size]


def ten_thousand_facts(path: Path) -> None:
    import yaml

    from bench.scale import catalog
    cat = catalog(10_000, random.Random(7))
    data = {"version": 1,
            "entities": {e.id: {"names": e.names} for e in cat.entities.values()},
            "sources": [{"id": s.id, "title": s.title, "facts": [
                {"id": f.id, "statement": f.statement, **({"subject": f.subject} if f.subject else {}),
                 **({"quantity": {k: v for k, v in (("value", f.quantity.value), ("unit", f.quantity.unit)) if v is not None}}
                    if f.quantity else {})} for f in s.facts]} for s in cat.sources]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def run(args: list[str]) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit code) of ``python -m factcheck ARGS`` in a fresh process."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - started, usage.ru_maxrss // 1024, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,5,10", help="prose sizes in MB")
    ap.add_argument("--quick", action="store_true", help="prose 1 MB and the hostile cases only")
    a = ap.parse_args()
    sizes = [1] if a.quick else [float(x) for x in a.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "report.json"
        baseline = run(["--version"])
        print(f"{'case':<22} {'input':>9} {'time':>8} {'peak RSS':>9}  exit")
        print(f"{'start-up (--version)':<22} {'-':>9} {baseline[0]:7.2f}s {baseline[1]:7d} MB  {baseline[2]}")
        for mb in sizes:
            article = tmp / f"prose-{mb:g}.txt"
            article.write_text(corpus_prose(int(mb * 1_000_000)), encoding="utf-8")
            secs, rss, code = run([str(article), "--json", "-q", "-o", str(out)])
            print(f"{'prose':<22} {mb:7g} MB {secs:7.2f}s {rss:7d} MB  {code}")
        facts = tmp / "facts.yaml"
        ten_thousand_facts(facts)
        size = facts.stat().st_size / 1e6
        secs, rss, code = run(["sources", "validate", str(facts)])
        print(f"{'facts 10,000 (validate)':<22} {size:6.1f} MB {secs:7.2f}s {rss:7d} MB  {code}")
        small = ROOT / "data" / "examples" / "en-naumann.txt"
        secs, rss, code = run([str(small), "-s", str(facts), "--json", "-q", "-o", str(out)])
        print(f"{'facts 10,000 (check)':<22} {size:6.1f} MB {secs:7.2f}s {rss:7d} MB  {code}")
        line = tmp / "one-line.txt"
        line.write_text("word " * 2_000_000, encoding="utf-8")
        secs, rss, code = run([str(line), "--json", "-q", "-o", str(out)])
        print(f"{'one line, no full stop':<22} {line.stat().st_size / 1e6:6.1f} MB {secs:7.2f}s {rss:7d} MB  {code}")
        figures = tmp / "figures.txt"
        figures.write_text("1,2 milliard " * 1_000_000, encoding="utf-8")
        secs, rss, code = run([str(figures), "--json", "-q", "-o", str(out), "--lang", "fr"])
        print(f"{'1,000,000 figures':<22} {figures.stat().st_size / 1e6:6.1f} MB {secs:7.2f}s {rss:7d} MB  {code}")


if __name__ == "__main__":
    main()
