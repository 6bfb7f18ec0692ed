"""The table entry of the cache folder (``checks/cache.py``): every table built from the bundled data alone, in
one file read once, each table kept pickled on its own and unpickled only when a run first asks for it.

Three kinds of table live there: ``cached_data``'s and those of the functions decorated ``stored`` (tries,
alternations and lookup tables derived from the word lists: never an article's or a source list's text), the
compiled patterns (``stored_pattern``: ``resources.compiled`` and ``resources.word_pattern``), and the code of the
engine's dataclasses' methods (``kept_class_code``). The entry is keyed like the cache's other entries (factcheck's
and Python's versions, the bundled data, the engine's files) and follows the same rules (a private folder only,
pruned to its most recently used entries, written atomically); a table not yet stored is built as usual and the
entry rewritten once, when the process exits (the folder made if its parent is there).
"""
from __future__ import annotations

import atexit
import contextlib
import copyreg
import functools
import gc
import hashlib
import pickle
import re
import sys
from typing import Callable, Iterator, Optional

from .cache import base_key, cache_dir, is_private, reduce_pattern, store_entry, touch_entry, unpickle_file


def cached_data(name: str, build: Callable[[], object]) -> object:
    """A table built from the bundled language data (the concept index, a language's number tables and claim
    lexicon), kept in the cache folder's table entry (``stored_table``) under a key of factcheck's version and the
    data's contents, so a run does not rebuild it. Its regular expressions are kept compiled (``reduce_pattern``)."""
    return stored_table(("data", name), build)


# --- the entry ---------------------------------------------------------------------------------
# A table is pickled as soon as it is built (what was built, not what the run later made of it).

_tables: Optional[dict] = None                # key -> the table pickled (bytes), as read from the entry
_tables_at: Optional[tuple] = None            # (folder, path) the entry was read from / is written to
_tables_dirty = False


def stored_table(key: tuple, build: Callable[[], object]) -> object:
    """``build()``'s value for ``key`` (a table built from the bundled data only), from the cache folder's table
    entry when it holds one; else built, and added to the entry when the process exits."""
    if _tables is None and cache_dir() is None:        # (the entry, once read, serves the whole process)
        return build()
    entry = _table_entry()
    blob = entry.get(key)
    if blob is not None:
        try:
            return _unpickle_bytes(blob)
        except Exception:            # a stale or damaged table: built again
            pass
    value = build()
    try:
        entry[key] = _pickled(value)
    except Exception:  # noqa: BLE001 - a value pickle cannot keep: built again by the next run
        return value
    _table_changed()
    return value


def stored(fn: Callable) -> Callable:
    """``functools.lru_cache(maxsize=None)`` for a function whose value is a table built from the bundled data
    alone (word lists, concepts: never an article's or a source list's text): its value, for each tuple of
    arguments, is also kept in the cache folder's table entry (``stored_table``), so a run loads it instead of
    building it again."""
    name = (fn.__module__, fn.__qualname__)

    @functools.lru_cache(maxsize=None)
    @functools.wraps(fn)
    def table(*args, **kwargs):
        return stored_table(("fn", *name, *args, *sorted(kwargs.items())), functools.partial(fn, *args, **kwargs))
    return table


def _table_entry() -> dict:
    global _tables, _tables_at
    if _tables is None:
        _tables, _tables_at = _load_tables()
    return _tables


def _table_changed() -> None:
    global _tables_dirty
    if _tables_at is not None and not _tables_dirty:
        _tables_dirty = True
        atexit.register(_save_tables)


def _load_tables() -> tuple:
    folder = cache_dir()
    if folder is None:
        return {}, None
    path = folder / f"tables-{hashlib.sha256(base_key().encode()).hexdigest()[:32]}.pickle"
    if is_private(folder) and is_private(path):
        try:
            with open(path, "rb") as fh:
                value = unpickle_file(fh)
            if isinstance(value, dict):
                touch_entry(path)
                return value, (folder, path)
        except Exception:            # a truncated or stale entry: rebuilt
            pass
    return {}, (folder, path)


def _save_tables() -> None:
    folder = _tables_at[0] if _tables_at is not None else None
    if folder is None or _tables is None or not (folder.is_dir() or folder.parent.is_dir()):
        return                       # (a folder removed with its parent, a test's: not made again)
    if _codes_dirty and _codes is not None:
        blob = _codes_blob()
        if blob is not None:
            _tables[CODES_KEY] = blob
    if _patterns_dirty:
        kept = _patterns if len(_patterns) <= MAX_PATTERNS else {k: _patterns[k] for k in _patterns_used}
        try:
            _tables[PATTERNS_KEY] = _pickled(_each_pickled(kept))
        except Exception:  # noqa: BLE001
            _tables.pop(PATTERNS_KEY, None)
    store_entry(*_tables_at, dict(_tables))


def _pickled(value: object) -> bytes:
    """``value`` pickled as the entries are (regular expressions kept compiled: ``reduce_pattern``)."""
    import io
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: reduce_pattern}
    pickler.dump(value)
    return out.getvalue()


def _unpickle_bytes(blob: bytes) -> object:
    """``pickle.loads`` with the cyclic collector paused (``unpickle_file``), what it loaded then frozen: a table
    lives as long as the process, and left young it is walked by the collector's next passes for nothing — on a
    check of the bundled example, tables unpickled during its first check are ~10^5 objects and those passes
    8 ms of its CPU (issue 12, start-up). The few objects of the run that are young at that moment are frozen
    with it (still freed by their reference counts; only a cycle among them is kept)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        value = pickle.loads(blob)
        gc.freeze()
        return value
    finally:
        if paused:
            gc.enable()


# --- the methods of the engine's dataclasses ---------------------------------------------------
# ``dataclasses`` writes each class's methods (``__init__``, ``__repr__``, ``__eq__``…) as source text and compiles
# it when the class is defined: some 170 small compilations each time the engine loads, a tenth of a check's
# start-up. While the engine's modules load (``kept_class_code``, in ``checks/__init__.py``) that text is compiled
# once and the code kept in the table entry (one table, ``CODES_KEY``, marshalled: code is what marshal is for);
# the same text gives the same code (compiled as ``exec`` compiles it: file "<string>", no future flags), so the
# classes are the same. A text not yet stored is compiled as usual and the entry rewritten when the process exits.

CODES_KEY = ("dataclass-code",)
MAX_CODES = 2000         # an entry grown past this keeps only the texts of the run that rewrites it
_codes: Optional[dict] = None
_codes_used: set = set()
_codes_dirty = False


def _code_of(source: str) -> object:
    global _codes, _codes_dirty
    if _codes is None:
        _codes = _load_codes()
    _codes_used.add(source)
    code = _codes.get(source)
    if code is None:
        code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
        if not _codes_dirty:
            _codes_dirty = True
            _table_changed()
    return code


def _load_codes() -> dict:
    import marshal
    blob = _table_entry().get(CODES_KEY)
    if blob is not None:
        try:
            version, value = marshal.loads(blob)
            if version == sys.version and isinstance(value, dict):      # (code is one Python's own)
                return value
        except Exception:            # written by another Python, or damaged: compiled again
            pass
    return {}


def _codes_blob() -> Optional[bytes]:
    import marshal
    kept = _codes if len(_codes) <= MAX_CODES else {k: _codes[k] for k in _codes_used if k in _codes}
    try:
        return marshal.dumps((sys.version, kept))
    except ValueError:
        return None


@contextlib.contextmanager
def kept_class_code() -> Iterator[None]:
    """While this block runs, the dataclasses defined have their methods' code from the table entry (compiled
    once, then loaded). Nothing changes when the cache is off, or when ``dataclasses`` is not written as expected
    (it then compiles as usual)."""
    import dataclasses
    if cache_dir() is None or "exec" in vars(dataclasses) or not hasattr(dataclasses, "_create_fn"):
        yield
        return

    def exec_kept(source, globals=None, locals=None):
        return exec(_code_of(source) if isinstance(source, str) else source, globals, locals)

    dataclasses.exec = exec_kept      # (a module's global name is found before the builtin)
    try:
        yield
    finally:
        del dataclasses.exec


# --- regular expressions built from the language data -------------------------------------------
# ``resources.word_pattern``'s alternations, and the engine's other patterns (``resources.compiled``: its fixed
# ones and those built once from the word lists), are compiled once and then, like the tables above, kept
# compiled in the table entry (all of them as one table, ``PATTERNS_KEY``, each pickled on its own and unpickled
# when a run first asks for it): a run loads the programs it uses instead of parsing each pattern again. A pattern not yet stored is compiled as usual and the entry rewritten
# once, when the process exits. A stored pattern must be the same text in every run (an alternation sorted by
# ``text.longest_first``, not in a set's order) or each run would add one; ``MAX_PATTERNS`` bounds the entry all
# the same.

PATTERNS_KEY = ("patterns",)
_patterns: Optional[dict] = None
_patterns_dirty = False
_patterns_used: set = set()                   # the keys this process asked for
MAX_PATTERNS = 2000      # an entry grown past this keeps only the patterns of the run that rewrites it


def stored_pattern(key: tuple, build: Callable[[], "re.Pattern"]) -> "re.Pattern":
    """``build()``'s pattern for ``key``, from the cache folder's pattern entry when it holds one."""
    global _patterns, _patterns_dirty
    if _patterns is None:
        _patterns = _load_patterns()
    found = _patterns.get(key)
    _patterns_used.add(key)
    if type(found) is bytes:                  # (each pattern unpickled when a run first asks for it)
        try:
            found = _patterns[key] = _unpickle_bytes(found)
        except Exception:            # a stale or damaged pattern: compiled again
            found = None
    if found is None:
        found = _patterns[key] = build()
        if not _patterns_dirty:
            _patterns_dirty = True
            _table_changed()
    return found


@contextlib.contextmanager
def kept_patterns() -> Iterator[None]:
    """While this block runs, ``re.compile`` of a text pattern gives the program kept in the table entry
    (``stored_pattern``, under ``resources.compiled``'s key): the patterns a module compiles when it loads (its
    constants, the engine's and the libraries' it imports then) are parsed once, then loaded. Only for blocks
    that import modules: no article or source list is read there. Nothing changes when the cache is off."""
    if cache_dir() is None or re.compile is not _RE_COMPILE:
        yield
        return

    def compile_kept(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int):
            return stored_pattern(("re", pattern, int(flags)), lambda: _RE_COMPILE(pattern, flags))
        return _RE_COMPILE(pattern, flags)

    re.compile = compile_kept
    try:
        yield
    finally:
        re.compile = _RE_COMPILE


_RE_COMPILE = re.compile


@contextlib.contextmanager
def loading_modules() -> Iterator[None]:
    """A block that imports modules: their dataclasses' code and their patterns from the table entry
    (``kept_class_code``, ``kept_patterns``), and the cyclic collector paused meanwhile, what was loaded then
    frozen (left out of later passes, as ``pipeline.load_checker`` does for the checker): modules live as long as
    the process, and the passes over them (some forty while the engine loads) find nothing to free (issue 12)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        with kept_class_code(), kept_patterns():
            yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def _each_pickled(patterns: dict) -> dict:
    """key -> the pattern pickled on its own (a run unpickles only the patterns it uses: some 110 of 300 for an
    article checked on the command line); a pattern pickle cannot keep is left out (compiled again)."""
    out = {}
    for key, value in patterns.items():
        try:
            out[key] = value if type(value) is bytes else _pickled(value)
        except Exception:  # noqa: BLE001
            pass
    return out


def _load_patterns() -> dict:
    if cache_dir() is None:
        return {}
    blob = _table_entry().get(PATTERNS_KEY)
    if blob is not None:
        try:
            value = _unpickle_bytes(blob)
            if isinstance(value, dict):
                return value
        except Exception:            # a truncated or stale entry: rebuilt
            pass
    return {}
