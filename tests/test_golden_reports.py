"""Golden-file tests: whole JSON reports of known articles, compared with the reports stored in tests/golden/.

Regenerate the golden files after an intended change of the engine, then review the diff:

    FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_reports.py
    git diff tests/golden/

Each case runs ``factcheck ARTICLE [--sources LIST] --json`` in-process (typer's CliRunner) and compares
the report with ``tests/golden/<case>.json``. Before comparing, ``tool.version`` is removed and paths are
made machine-independent: the bundled data folder becomes ``<data>``, the repository ``<repo>``.
On a mismatch the failure lists, statement by statement, the verdicts and explanations that changed
(then the summary and any other field that differs), so that a change of behaviour reads at a glance.

Cases: the bundled examples (``data/examples/*.txt``) against the bundled sources, and a few devset
cases (``tests/devset/cases/<case>/article.txt``) against their own ``sources.yaml``.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest
from typer.testing import CliRunner

from factcheck.checks.resources import data_dir
from factcheck.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
DEVSET = ROOT / "tests" / "devset" / "cases"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"
REGENERATE = "FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_reports.py"


def cases() -> list[tuple[str, Path, Optional[Path]]]:
    found = [(p.stem, p, None) for p in sorted((ROOT / "data" / "examples").glob("*.txt"))]
    for name in ("fr-pret-hydrelis", "en-dunmore-election", "fr-urgences-arvel"):
        found.append((f"devset-{name}", DEVSET / name / "article.txt", DEVSET / name / "sources.yaml"))
    return found


CASES = cases()


def make_report(article: Path, sources: Optional[Path]) -> dict[str, Any]:
    args = [str(article), "--json"] + (["--sources", str(sources)] if sources else [])
    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1"})
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.stderr}{result.exception!r}"
    return normalise(json.loads(result.stdout))


def normalise(report: dict[str, Any]) -> dict[str, Any]:
    report["tool"].pop("version", None)
    report["article"]["source"] = portable(report["article"]["source"], bundled=False)
    for s in report["sources"]:
        s["file"] = portable(s["file"])
    return report


def portable(path: Optional[str], bundled: bool = True) -> Optional[str]:
    """``<data>/...`` for the bundled data (wherever the package is), ``<repo>/...`` for the checkout."""
    if not path:
        return path
    bases = ((str(data_dir()), "<data>"),) if bundled else ()
    for base, label in (*bases, (str(ROOT), "<repo>")):
        if path == base or path.startswith(base + os.sep):
            return label + path[len(base):].replace(os.sep, "/")
    return path


def write_golden(path: Path, report: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- a readable difference ------------------------------------------------------------------------

def short(text: str, width: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def statement_changes(expected: dict, actual: dict) -> list[str]:
    """Verdicts and explanations that changed, statement by statement (and claim by claim)."""
    out: list[str] = []
    exp_st, act_st = expected.get("statements", []), actual.get("statements", [])
    if len(exp_st) != len(act_st):
        out.append(f"number of statements: {len(exp_st)} -> {len(act_st)}")
    act_by_text = {st["text"]: st for st in act_st}
    exp_texts = {st["text"] for st in exp_st}
    for old in exp_st:
        new = act_by_text.get(old["text"])
        head = f"#{old['index']} “{short(old['text'], 80)}”"
        if new is None:
            out.append(f"{head}: no longer a statement (the split changed)")
            continue
        lines = []
        for key in ("verdict", "kind", "checkable"):
            if old[key] != new[key]:
                lines.append(f"    {key}: {old[key]} -> {new[key]}")
        new_claims = {c["text"]: c for c in new["claims"]}
        for c in old["claims"]:
            n = new_claims.get(c["text"])
            if n is None:
                lines.append(f"    claim “{short(c['text'], 60)}” ({c['verdict']}): gone")
                continue
            if (c["verdict"], c["explanation"]) != (n["verdict"], n["explanation"]):
                lines.append(f"    claim “{short(c['text'], 60)}”: {c['verdict']} -> {n['verdict']}")
                if c["explanation"] != n["explanation"]:
                    lines.append(f"      - {short(c['explanation'], 200)}")
                    lines.append(f"      + {short(n['explanation'], 200)}")
        old_texts = {c["text"] for c in old["claims"]}
        for n in new["claims"]:
            if n["text"] not in old_texts:
                lines.append(f"    new claim “{short(n['text'], 60)}”: {n['verdict']}: {short(n['explanation'], 150)}")
        if lines:
            out.append(head + (f" [{old['verdict']} -> {new['verdict']}]" if old["verdict"] != new["verdict"] else ""))
            out.extend(lines)
    for st in act_st:
        if st["text"] not in exp_texts:
            out.append(f"new statement #{st['index']} “{short(st['text'], 80)}”: {st['verdict']} ({st['kind']})")
    return out


def field_changes(expected: Any, actual: Any, path: str = "") -> Iterator[str]:
    """Every leaf that differs, as ``path: old -> new``."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in list(expected) + [k for k in actual if k not in expected]:
            sub = f"{path}.{key}" if path else key
            if key not in actual:
                yield f"{sub}: removed"
            elif key not in expected:
                yield f"{sub}: added ({short(json.dumps(actual[key], ensure_ascii=False), 80)})"
            else:
                yield from field_changes(expected[key], actual[key], sub)
    elif isinstance(expected, list) and isinstance(actual, list):
        for i, (e, a) in enumerate(zip(expected, actual)):
            yield from field_changes(e, a, f"{path}[{i}]")
        if len(expected) != len(actual):
            yield f"{path}: {len(expected)} items -> {len(actual)} items"
    elif expected != actual:
        yield (f"{path}: {short(json.dumps(expected, ensure_ascii=False), 70)} -> "
               f"{short(json.dumps(actual, ensure_ascii=False), 70)}")


def explain(case: str, expected: dict, actual: dict, limit: int = 25) -> str:
    parts = [f"the report of {case} differs from tests/golden/{case}.json"]
    changes = statement_changes(expected, actual)
    if changes:
        parts += ["", "statements (verdicts and explanations):", *changes]
    if expected.get("summary") != actual.get("summary"):
        parts += ["", "summary: " + ", ".join(f"{k} {expected['summary'].get(k)} -> {v}"
                                               for k, v in actual["summary"].items()
                                               if expected["summary"].get(k) != v)]
    fields = list(field_changes(expected, actual))
    if fields:
        parts += ["", f"fields that differ ({len(fields)}):", *fields[:limit]]
        if len(fields) > limit:
            parts.append(f"... and {len(fields) - limit} more")
    parts += ["", f"If the change is intended: {REGENERATE}  (then review git diff tests/golden/)"]
    return "\n".join(parts)


# --- the tests ------------------------------------------------------------------------------------

@pytest.mark.parametrize("case, article, sources", CASES, ids=[c[0] for c in CASES])
def test_report_matches_golden_file(case, article, sources):
    actual = make_report(article, sources)
    golden = GOLDEN / f"{case}.json"
    if UPDATE:
        write_golden(golden, actual)
    if not golden.exists():
        pytest.fail(f"tests/golden/{case}.json is missing; create it with: {REGENERATE}")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    if expected != actual:
        pytest.fail(explain(case, expected, actual), pytrace=False)


def test_every_golden_file_has_a_case():
    names = {f"{c[0]}.json" for c in CASES}
    stale = sorted(p.name for p in GOLDEN.glob("*.json") if p.name not in names)
    assert not stale, f"golden files without a case (delete them): {stale}"


def test_the_difference_is_readable():
    """The failure message names the statement, the old and new verdict and both explanations."""
    case, article, sources = CASES[0]
    report = make_report(article, sources)
    changed = json.loads(json.dumps(report))
    st = next(s for s in changed["statements"] if s["checkable"] and s["claims"])
    st["verdict"] = "outdated" if st["verdict"] != "outdated" else "supported"
    st["claims"][0]["explanation"] = "A new explanation."
    message = explain(case, report, changed)
    assert f"#{st['index']} “" in message
    assert f"verdict: {report['statements'][st['index']]['verdict']} -> {st['verdict']}" in message
    assert "+ A new explanation." in message
    assert "- " + short(report["statements"][st["index"]]["claims"][0]["explanation"], 200) in message
    assert "FACTCHECK_UPDATE_GOLDEN=1" in message
