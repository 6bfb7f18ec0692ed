"""A cache of built checkers: reading 10,000 facts takes seconds, loading them back a fraction of that.

``cached_checker(paths)`` returns the ``Checker`` for these source list files, built once and then loaded
from ``$FACTCHECK_CACHE_DIR`` (default ``$XDG_CACHE_HOME/factcheck`` or ``~/.cache/factcheck``). The key is
a hash of factcheck's version, Python's version, the bundled language data, the engine's files (size and
modification time) and the source files' bytes:
any change rebuilds. ``FACTCHECK_NO_CACHE=1`` turns it off.

The cache holds pickles, which run code when loaded, so only a private folder is used: created with mode
0700, and a file is read only when the folder and the file belong to this user and nobody else can write
to them; anything else is ignored (and the checker built as without a cache). A cache that cannot be
written (read-only home) is skipped silently: it only makes runs faster.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional

from . import __version__
from .resources import data_dir

FORMAT = 1


def cache_dir() -> Optional[Path]:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    base = os.environ.get("FACTCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "factcheck")
    return Path(base)


@functools.lru_cache(maxsize=None)
def _data_fingerprint() -> str:
    h = hashlib.sha256()
    root = data_dir()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".json")
                       and "sources" not in p.relative_to(root).parts[:1]):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    # and the engine's code as it is on disk (size and modification time: a stat, not a read), so that a
    # checkout edited between two releases never reads a fact index built by other code
    engine = Path(__file__).resolve().parent
    for path in sorted(engine.rglob("*.py")):
        st = path.stat()
        h.update(f"{path.relative_to(engine).as_posix()}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()


def _base_key() -> str:
    """What any entry depends on: the cache format, factcheck's and Python's versions, the bundled data."""
    return f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{_data_fingerprint()}"


def key_of(files: list[Path]) -> str:
    h = hashlib.sha256(_base_key().encode())
    for f in files:
        h.update(str(f.resolve()).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:32]


def _regular(path: Path) -> bool:
    from .yamlsafe import MAX_SOURCE_BYTES
    try:
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size <= MAX_SOURCE_BYTES


def _private(path: Path) -> bool:
    """Owned by this user and writable by nobody else (where the OS says so)."""
    try:
        info = path.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def cached(files: list[Path], build: Callable[[], object]) -> object:
    """``build()``'s result for these files, from the cache when a valid entry exists."""
    folder = cache_dir()
    if folder is None or not files or not all(_regular(f) for f in files):
        return build()                # a pipe, a device, a huge file: the loader says what is wrong
    try:
        path = folder / f"checker-{key_of(files)}.pickle"
    except OSError:
        return build()
    return _load_or_build(folder, path, build)


def cached_data(name: str, build: Callable[[], object]) -> object:
    """A table built from the bundled language data (the concept index), kept in the cache folder under a key
    of factcheck's version and the data's contents, so a run does not rebuild it."""
    folder = cache_dir()
    if folder is None:
        return build()
    return _load_or_build(folder, folder / f"{name}-{hashlib.sha256(_base_key().encode()).hexdigest()[:32]}.pickle",
                          build)


def _load_or_build(folder: Path, path: Path, build: Callable[[], object]) -> object:
    """The entry at ``path`` when the folder and the file are private, else ``build()``, stored there."""
    if _private(folder) and _private(path):
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception:            # a truncated or stale entry: rebuild it
            pass
    value = build()
    _store(folder, path, value)
    return value


def _store(folder: Path, path: Path, value: object) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _private(folder):
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".entry-", suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
    except OSError:
        pass
