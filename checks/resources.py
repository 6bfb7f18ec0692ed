"""Where the bundled data lives (source lists, examples, language resources), installed or not."""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The ``data/`` folder: ``$FACTCHECK_DATA_DIR`` when set (a folder laid out like ``data/``: to try word
    lists or a new language without touching the installed package), else ``checks/data`` in an installed
    wheel, ``../data`` in a source checkout."""
    override = os.environ.get("FACTCHECK_DATA_DIR")
    for candidate in ([Path(override)] if override else []) + [_HERE / "data", _HERE.parent / "data"]:
        if (candidate / "lang").is_dir():
            return candidate
    raise FileNotFoundError("factcheck's data folder is missing; reinstall the package")


def languages() -> tuple[str, ...]:
    """The languages factcheck reads, in the order their word lists are gathered: ``data/lang/languages.txt``
    (one code a line), each with its folder ``data/lang/<code>/``."""
    path = data_dir() / "lang" / "languages.txt"
    codes = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return tuple(c for c in codes if c and (path.parent / c).is_dir())


LANGS = languages()         # (read once: the registry is part of the installed data)


def default_sources() -> Path:
    return data_dir() / "sources"


def examples_dir() -> Path:
    return data_dir() / "examples"


@functools.lru_cache(maxsize=None)
def lexicon(lang: str, name: str) -> dict[str, Any]:
    """Load ``data/lang/<lang>/<name>.yaml`` (bundled, trusted files); {} if absent."""
    return _bundled(f"lang/{lang}/{name}.yaml")


@functools.lru_cache(maxsize=None)
def shared_data(name: str) -> dict[str, Any]:
    """Load ``data/<name>.yaml`` (language-independent tables such as concepts and currencies)."""
    return _bundled(f"{name}.yaml")


def _bundled(relative: str) -> dict[str, Any]:
    """A bundled table (``data/*.yaml``, ``data/lang/*/*.yaml``) as read: parsed once per installed version and
    bundled data and then loaded from the cache folder's table entry (``tablestore.cached_data``), only the files a run
    reads: the strict YAML loader is pure Python, and a check reads a dozen of these files."""
    from .tablestore import cached_data
    return cached_data(f"bundled:{relative}", lambda: _load(data_dir() / relative))


@functools.lru_cache(maxsize=None)
def words(name: str, key: str) -> tuple[str, ...]:
    """The words listed under ``key`` in ``data/lang/<code>/<name>.yaml`` of every language (French, then
    English): one list for the patterns that read both languages at once (kept in the cache folder's table entry)."""
    from .tablestore import stored_table
    return stored_table(("words", name, key),
                        lambda: tuple(str(w) for lang in LANGS for w in lexicon(lang, name).get(key) or []))


@functools.lru_cache(maxsize=None)
def word_table(name: str, key: str) -> dict[str, Any]:
    """The mapping under ``key`` in ``data/lang/<code>/<name>.yaml`` of every language, merged (kept in the cache
    folder's table entry)."""
    from .tablestore import stored_table
    return stored_table(("word_table", name, key), lambda: _merged_table(name, key))


def _merged_table(name: str, key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang in LANGS:
        out.update(lexicon(lang, name).get(key) or {})
    return out


@functools.lru_cache(maxsize=None)
def word_pattern(name: str, template: str, flags: int = 0) -> re.Pattern:
    r"""``template`` compiled with each ``{key}`` replaced by the alternation of that key's ``words`` (escaped):
    ``word_pattern("claims", r"(?<!\w)(?:{negators})(?!\w)")``; ``{+key}`` reads a space in a phrase as any run of
    white space. Built once per template (and kept compiled in the cache folder)."""
    def alternation(m: re.Match) -> str:
        escaped = [re.escape(w) for w in words(name, m.group(2))]
        if not escaped:
            raise KeyError(f"no words under {m.group(2)!r} in data/lang/*/{name}.yaml")
        return "|".join(e.replace("\\ ", r"\s+") for e in escaped) if m.group(1) else "|".join(escaped)
    from .tablestore import stored_pattern          # kept compiled across runs
    return stored_pattern(("words", name, template, int(flags)),
                          lambda: re.compile(re.sub(r"\{(\+?)([a-z][a-z_]*)\}", alternation, template), flags))


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, kept compiled in the cache folder like ``word_pattern``'s: a run loads the
    engine's patterns (its fixed ones and those built once from the word lists) instead of parsing each again, a
    tenth of a check's start-up. Only for patterns a process builds once: never one made from an article's or a
    source's text, which would grow the stored entry with every input."""
    from .tablestore import stored_pattern
    return stored_pattern(("re", pattern, int(flags)), lambda: re.compile(pattern, flags))


def _load(path: Path) -> dict[str, Any]:
    """Bundled YAML, read with the same strict loader as user files ("no", "on" stay words)."""
    if not path.exists():
        return {}
    from .yamlsafe import load, read_text
    return load(read_text(path), str(path)) or {}
