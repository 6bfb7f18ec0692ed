"""The judge's rules as units (issues 8 and 10): one module a rule, a literal id, examples in both languages,
an ordered registry."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

from factcheck.checks.judge import FALLBACK, REGISTRY

RULES = Path(__file__).resolve().parent.parent / "checks" / "judge" / "rules"


def rule_modules():
    return [p for p in sorted(RULES.glob("*.py")) if p.name != "__init__.py"]


def test_each_rule_module_has_a_literal_id_and_examples_in_both_languages():
    for path in rule_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree) or ""
        ids = [n.value.value for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "RULE_ID"
               and isinstance(n.value, ast.Constant)]
        assert len(ids) == 1, path.name
        assert f"``{ids[0]}``" in doc, path.name                     # the docstring names its rule id
        assert "supported" in doc and "contradicted" in doc, path.name
        assert "«" in doc or any(w in doc for w in (" le ", " la ", " les ")), path.name   # a French example
        assert '"' in doc, path.name                                                    # an English one


def test_the_registry_runs_every_rule_module_in_order():
    run = [r.check.__module__.rsplit(".", 1)[1] for r in (*REGISTRY, FALLBACK)]
    assert run[:2] == ["quantity", "roles"]          # figures first: their facts tell roles which facts are the claim's
    assert run[-1] == "terms"                        # words in common decide only what nothing else did
    checked = set(run) | {"derived", "difference", "attribution"}  # derived figures run inside quantity; attribution per statement
    assert checked == {p.stem for p in rule_modules()}
    for rule in REGISTRY:
        assert rule.id == importlib.import_module(rule.check.__module__).RULE_ID
