"""docs/architecture.md names only modules that exist, and every engine module is named there."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"


def test_every_module_the_architecture_names_exists():
    named = set(re.findall(r"`((?:checks|cli)/[\w/]+\.py)`", DOC.read_text(encoding="utf-8")))
    assert named
    assert sorted(n for n in named if not (ROOT / n).is_file()) == []


def test_every_engine_module_is_in_the_architecture():
    named = set(re.findall(r"`((?:checks|cli)/[\w/]+\.py)`", DOC.read_text(encoding="utf-8")))
    named |= {f"checks/formats/{p.name}" for p in (ROOT / "checks" / "formats").glob("*.py")}   # "checks/formats/"
    modules = {p.relative_to(ROOT).as_posix() for folder in ("checks", "cli") for p in (ROOT / folder).rglob("*.py")
               if p.name != "__init__.py" and "__pycache__" not in p.parts}
    missing = sorted(modules - named)
    assert missing == []
