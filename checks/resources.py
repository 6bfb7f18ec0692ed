"""Where the bundled data lives (source lists, examples, language resources), installed or not."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The ``data/`` folder: ``checks/data`` in an installed wheel, ``../data`` in a source checkout."""
    for candidate in (_HERE / "data", _HERE.parent / "data"):
        if (candidate / "lang").is_dir():
            return candidate
    raise FileNotFoundError("factcheck's data folder is missing; reinstall the package")


def default_sources() -> Path:
    return data_dir() / "sources"


def examples_dir() -> Path:
    return data_dir() / "examples"


@functools.lru_cache(maxsize=None)
def lexicon(lang: str, name: str) -> dict[str, Any]:
    """Load ``data/lang/<lang>/<name>.yaml`` (bundled, trusted files); {} if absent."""
    path = data_dir() / "lang" / lang / f"{name}.yaml"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@functools.lru_cache(maxsize=None)
def shared_data(name: str) -> dict[str, Any]:
    """Load ``data/<name>.yaml`` (language-independent tables such as concepts and currencies)."""
    path = data_dir() / f"{name}.yaml"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}
