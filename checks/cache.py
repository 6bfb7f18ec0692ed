"""A cache of built checkers: reading 10,000 facts takes seconds, loading them back a fraction of that.

``cached_checker(paths)`` returns the ``Checker`` for these source list files, built once and then loaded
from ``$FACTCHECK_CACHE_DIR`` (default ``$XDG_CACHE_HOME/factcheck`` or ``~/.cache/factcheck``). The key is
a hash of factcheck's version, Python's version, the bundled language data, the engine's files (size and
modification time) and the source files' bytes:
any change rebuilds. ``FACTCHECK_NO_CACHE=1`` turns it off. The folder stays bounded: each kind of entry
(checkers; the table entry, which holds every table built from the bundled data and the compiled patterns) keeps
its ``KEEP`` most recently used entries — a source list edited a
hundred times, or an engine upgraded, leaves no trail of stale entries — and a write interrupted midway leaves no
partial file behind for long.

The cache holds pickles, which run code when loaded, so only a private folder is used: created with mode
0700, and a file is read only when the folder and the file belong to this user and nobody else can write
to them; anything else is ignored (and the checker built as without a cache). A cache that cannot be
written (read-only home) is skipped silently: it only makes runs faster.
"""
from __future__ import annotations

import copyreg
import functools
import gc
import hashlib
import os
import pickle
import re
import stat
import sys
from pathlib import Path
from typing import Callable, Optional

from . import __version__
from .resources import data_dir

FORMAT = 1
KEEP = {"checker": 32}    # entries kept per kind, most recently used first; any other kind keeps KEEP_OTHER
KEEP_OTHER = 4            # a table's entries of other keys are stale (another version, other data) but for
                          # another installation sharing the folder
PART_MAX_AGE = 3600.0     # seconds after which a ``.entry-*.part`` file is a write that never finished


def cache_dir() -> Optional[Path]:
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    base = os.environ.get("FACTCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "factcheck")
    return Path(base)


@functools.lru_cache(maxsize=None)
def _data_fingerprint() -> str:
    h = hashlib.sha256()
    root = str(data_dir())
    for parts, path in _files_below(root, lambda parts, name: os.path.splitext(name)[1] in (".yaml", ".yml", ".json")
                                    and "sources" not in parts[:1]):
        if os.path.isfile(path):
            h.update("/".join(parts).encode())
            with open(path, "rb") as fh:
                h.update(fh.read())
    # and the engine's code as it is on disk (size and modification time: a stat, not a read), so that a
    # checkout edited between two releases never reads a fact index built by other code
    engine = os.path.dirname(os.path.realpath(__file__))
    for parts, path in _files_below(engine, lambda parts, name: name.endswith(".py")):
        st = os.stat(path)
        h.update(f"{'/'.join(parts)}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()


def _files_below(top: str, keep: Callable[[tuple, str], bool]) -> list[tuple[tuple, str]]:
    """(relative parts, path) of the files below ``top`` that ``keep(folder parts, name)`` keeps, in the order
    ``sorted(Path(top).rglob(...))`` gives them (by parts), listed with ``os.walk``: the fingerprint is a start-up
    cost of every run, and pathlib's walk took half of it."""
    out = []
    for folder, _, names in os.walk(top, followlinks=True):
        rel = os.path.relpath(folder, top)
        parts = () if rel == "." else tuple(rel.split(os.sep))
        out.extend((parts + (name,), os.path.join(folder, name)) for name in names if keep(parts, name))
    out.sort()
    return out


def base_key() -> str:
    """What any entry depends on: the cache format, factcheck's and Python's versions, the bundled data."""
    return f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{_data_fingerprint()}"


def key_of(files: list[Path]) -> str:
    h = hashlib.sha256(base_key().encode())
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


def is_private(path: Path) -> bool:
    """Owned by this user and writable by nobody else (where the OS says so)."""
    try:
        info = path.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def cached(files: list[Path], build: Callable[[], object], frozen: bool = False) -> object:
    """``build()``'s result for these files, from the cache when a valid entry exists. ``frozen``: a value that
    lives as long as the process (``pipeline.load_checker``'s checker), loaded from the cache, is left out of the
    collector's passes (``gc.freeze``) before the collector runs again (``unpickle_file``)."""
    folder = cache_dir()
    if folder is None or not files or not all(_regular(f) for f in files):
        return build()                # a pipe, a device, a huge file: the loader says what is wrong
    try:
        path = folder / f"checker-{key_of(files)}.pickle"
    except OSError:
        return build()
    return _load_or_build(folder, path, build, frozen)


def _load_or_build(folder: Path, path: Path, build: Callable[[], object], frozen: bool = False) -> object:
    """The entry at ``path`` when the folder and the file are private, else ``build()``, stored there."""
    if is_private(folder) and is_private(path):
        try:
            with open(path, "rb") as fh:
                value = unpickle_file(fh, frozen)
            touch_entry(path)
            return value
        except Exception:            # a truncated or stale entry: rebuild it
            pass
    value = build()
    store_entry(folder, path, value)
    return value


def unpickle_file(fh, frozen: bool = False) -> object:
    """``pickle.load`` with the cyclic garbage collector paused: unpickling a 10,000-fact index creates a few
    hundred thousand containers, and the collections their allocation triggers find nothing to free but took
    half the load time (0.23 → 0.12 s). The previous state is restored. ``frozen``: what is loaded is first
    frozen (``gc.freeze``), else the first pass after the load walks all those objects, again for nothing
    (a fifth of loading 10,000 facts)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        value = pickle.load(fh)
        if frozen:
            gc.freeze()
        return value
    finally:
        if paused:
            gc.enable()


def store_entry(folder: Path, path: Path, value: object) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if is_private(folder):
            import tempfile                    # only when an entry is written: not on a run that reads them
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".entry-", suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: reduce_pattern}
                pickler.dump(value)
            os.replace(tmp, path)
            _prune(folder, path)
    except OSError:
        pass


def touch_entry(path: Path) -> None:
    """Mark an entry used now (its modification time orders the kind's entries for ``_prune``)."""
    try:
        os.utime(path)
    except OSError:
        pass


def _prune(folder: Path, path: Path) -> None:
    """Keep the kind of ``path`` (its name before the key) to its most recently used entries, and remove
    partial files of writes that never finished."""
    import time
    kind = path.name.rsplit("-", 1)[0]
    keep = KEEP.get(kind, KEEP_OTHER)
    dated = []
    for entry in folder.glob(f"{kind}-*.pickle"):
        if entry.name.rsplit("-", 1)[0] != kind:          # another kind whose name starts the same way
            continue
        try:
            dated.append((entry.stat().st_mtime, entry.name, entry))
        except OSError:
            continue
    dated.sort(reverse=True)
    stale = [entry for _, _, entry in dated[keep:]]
    now = time.time()
    for part in folder.glob(".entry-*.part"):
        try:
            if now - part.stat().st_mtime > PART_MAX_AGE:
                stale.append(part)
        except OSError:
            continue
    for entry in stale:
        if entry != path:
            try:
                entry.unlink()
            except OSError:
                pass


# --- compiled regular expressions ---------------------------------------------------------------
# A pickled ``re.Pattern`` is its source, compiled again when loaded: for the number reader's and the claim
# lexicon's large alternations that compiling is most of a check's start-up. Entries written here keep the
# compiled program as well (what ``re`` hands to ``_sre.compile``), used when loaded by the same Python
# (version and regex engine); any other Python, or any doubt, compiles the source as usual.

def _engine() -> str:
    import _sre
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def reduce_pattern(p: "re.Pattern") -> tuple:
    try:
        try:
            from re import _compiler, _parser                   # Python 3.11+
        except ImportError:                                      # pragma: no cover - Python 3.10
            import sre_compile as _compiler                      # type: ignore[no-redef]
            import sre_parse as _parser                          # type: ignore[no-redef]
        import _sre
        tree = _parser.parse(p.pattern, p.flags)
        code = [int(x) for x in _compiler._code(tree, p.flags)]    # plain ints (not named constants)
        indexgroup = [None] * tree.state.groups
        for name, i in tree.state.groupdict.items():
            indexgroup[i] = name
        args = (p.pattern, p.flags | tree.state.flags, code, tree.state.groups - 1, dict(tree.state.groupdict),
                tuple(indexgroup))
        if _sre.compile(*args) == p:                             # same source, flags and program
            return _compiled_pattern, (_engine(), args)
    except Exception:  # noqa: BLE001 - an engine that differs: keep the source only
        pass
    return re.compile, (p.pattern, p.flags)


def _compiled_pattern(engine: str, args: tuple) -> "re.Pattern":
    """A pattern stored by ``reduce_pattern``: its program when this is the Python that compiled it, else
    compiled from its source."""
    if engine == _engine():
        try:
            import _sre
            return _sre.compile(*args)
        except Exception:  # noqa: BLE001
            pass
    return re.compile(args[0], args[1])
