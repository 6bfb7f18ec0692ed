#!/usr/bin/env python3
"""Start-up: the bundled example checked end to end, against a bare import of the libraries it uses.

    python bench/startup.py [--runs 11] [--keep-bytecode-setting]

Each round runs, in fresh processes and in this order, ``python -c "import requests, yaml, rich"`` (the
baseline), ``factcheck --example fr`` (table) and ``factcheck data/examples/fr-naumann.txt --format json``,
so the three share the machine's load; after one warm-up round (which writes the checker cache and the
``.pyc`` files an installed package has), it prints each one's median wall time over the rounds and the
ratio of each check to the baseline (target, issue 12: at most 2.0×). The children run without
``PYTHONDONTWRITEBYTECODE`` (as a user's installed package, with compiled bytecode), unless
``--keep-bytecode-setting``. The figures are measured in one run; nothing here is a timed test.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _factcheck() -> list[str]:
    exe = shutil.which("factcheck", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    return [exe] if exe else [sys.executable, "-m", "factcheck"]


def commands() -> dict[str, list[str]]:
    example = ROOT / "data" / "examples" / "fr-naumann.txt"
    return {
        "bare import": [sys.executable, "-c", "import requests, yaml, rich"],
        "example (table)": [*_factcheck(), "--example", "fr"],
        "example (JSON)": [*_factcheck(), str(example), "--format", "json"],
    }


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds: the child's user + system time) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    return dt, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=11, help="rounds measured (default 11; at least 7)")
    ap.add_argument("--keep-bytecode-setting", action="store_true",
                    help="keep PYTHONDONTWRITEBYTECODE if set (imports then compile every module each run)")
    a = ap.parse_args()
    env = dict(os.environ)
    if not a.keep_bytecode_setting:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmds = commands()
    for cmd in cmds.values():                      # warm-up: checker cache, .pyc files, disk cache
        timed(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    cpu: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(max(1, a.runs)):
        for name, cmd in cmds.items():
            wall, used = timed(cmd, env)
            times[name].append(wall)
            cpu[name].append(used)
    base, base_cpu = statistics.median(times["bare import"]), statistics.median(cpu["bare import"])
    print(f"{'command':<18} {'median':>8} {'min':>8} {'ratio':>6} {'CPU':>8} {'ratio':>6}   ({a.runs} paired rounds, "
          f"bytecode {'as set' if a.keep_bytecode_setting else 'written'})")
    for name, ts in times.items():
        med, med_cpu = statistics.median(ts), statistics.median(cpu[name])
        print(f"{name:<18} {med:7.3f}s {min(ts):7.3f}s {med / base:5.2f}× {med_cpu:7.3f}s {med_cpu / base_cpu:5.2f}×")
    # the ratio of medians above, and the median of each round's ratio (robust to a slow round); CPU time
    # (user + system) varies less than wall time on a loaded machine
    for name in list(cmds)[1:]:
        paired = statistics.median(t / b for t, b in zip(times[name], times["bare import"]))
        print(f"{name}: paired median ratio {paired:.2f}× (target ≤ 2.0×)")


if __name__ == "__main__":
    main()
