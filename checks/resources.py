"""Where the bundled data lives (source lists, examples, language resources), installed or not."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

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
    return _load(data_dir() / "lang" / lang / f"{name}.yaml")


@functools.lru_cache(maxsize=None)
def shared_data(name: str) -> dict[str, Any]:
    """Load ``data/<name>.yaml`` (language-independent tables such as concepts and currencies)."""
    return _load(data_dir() / f"{name}.yaml")


def _load(path: Path) -> dict[str, Any]:
    """Bundled YAML, read with the same strict loader as user files ("no", "on" stay words)."""
    if not path.exists():
        return {}
    from .yamlsafe import load, read_text
    return load(read_text(path), str(path)) or {}
