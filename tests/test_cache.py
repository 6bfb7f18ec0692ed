"""checks/cache.py: a built checker is loaded back from a private cache, rebuilt when anything changes."""
from __future__ import annotations

import os
import pickle

import pytest

from factcheck.checks import cache
from factcheck.checks.pipeline import load_checker

LIST = """version: 1
sources:
  - id: s
    title: T
    facts:
      - id: f
        statement: Exports rose 4 % in 2024.
        quantity: {value: 4, unit: percent}
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_built_once_then_loaded(folder, tmp_path, monkeypatch):
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    first = load_checker([str(path)])
    [entry] = list(folder.glob("checker-*.pickle"))
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    built = []
    monkeypatch.setattr("factcheck.checks.pipeline.Checker.from_catalog",
                        lambda catalog: built.append(catalog) or pytest.fail("rebuilt"))
    second = load_checker([str(path)])
    assert not built and [f.statement for f in second.index.facts] == [f.statement for f in first.index.facts]
    assert entry.exists()


def test_a_changed_list_is_rebuilt(folder, tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    load_checker([str(path)])
    path.write_text(LIST.replace("4 %", "5 %").replace("value: 4", "value: 5"), encoding="utf-8")
    checker = load_checker([str(path)])
    assert checker.index.facts[0].quantity.value == 5
    assert len(list(folder.glob("checker-*.pickle"))) == 2


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file ownership here")
def test_a_cache_others_can_write_is_not_read(folder, tmp_path, monkeypatch):
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    load_checker([str(path)])
    os.chmod(folder, 0o777)
    calls = []
    real = cache.pickle.load
    monkeypatch.setattr(cache.pickle, "load", lambda fh: calls.append(1) or real(fh))
    load_checker([str(path)])
    assert calls == []                         # built again, the shared folder's pickle never unpickled


def test_no_cache(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    load_checker([str(path)])
    assert not folder.exists()


def test_a_loaded_checker_checks_like_a_built_one(folder, tmp_path):
    from factcheck.checks.model import Article
    from factcheck.checks.report import to_dict
    article = Article(text="Title\n\nExports rose 4 % in 2024, and imports fell.\n", source="-", language="en")
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    built = to_dict(load_checker([str(path)]).check(article))
    loaded = to_dict(load_checker([str(path)]).check(article))
    assert loaded["statements"] == built["statements"] and built["summary"]["supported"] == 1


def test_an_edited_engine_file_changes_the_key(tmp_path):
    """A checkout edited between releases never reads an index built by other code."""
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    engine_file = os.path.join(os.path.dirname(cache.__file__), "text.py")
    before = os.stat(engine_file)
    cache._data_fingerprint.cache_clear()
    key = cache.key_of([path])
    try:
        os.utime(engine_file, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
        cache._data_fingerprint.cache_clear()
        assert cache.key_of([path]) != key
    finally:
        os.utime(engine_file, ns=(before.st_atime_ns, before.st_mtime_ns))
        cache._data_fingerprint.cache_clear()
    assert cache.key_of([path]) == key


_STORED_KEYS = """
import sys
from factcheck.checks import cache
from factcheck.checks.pipeline import load_checker
from factcheck.checks.load import load_article
from factcheck.checks.resources import examples_dir
checker = load_checker(None)
for lang in ("fr", "en"):
    checker.check(load_article(str(examples_dir() / f"{lang}-naumann.txt")))
from factcheck.checks import tablestore
print(repr(sorted(map(repr, tablestore._patterns))))
"""


def test_the_stored_patterns_are_the_same_under_any_hash_seed(tmp_path):
    """A pattern kept compiled (``resources.compiled``) is the same text in every process: one built in a set's
    order would differ with the hash seed, and each run would add one more to the stored entry."""
    import subprocess
    import sys
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "FACTCHECK_CACHE_DIR": str(tmp_path / seed)}
        env.pop("FACTCHECK_NO_CACHE", None)
        runs.append(subprocess.run([sys.executable, "-c", _STORED_KEYS], env=env, capture_output=True, text=True,
                                   check=True).stdout)
    assert runs[0] == runs[1] and len(runs[0]) > 1000


def test_a_stored_pattern_matches_as_compiled(folder):
    """``resources.compiled`` gives the pattern ``re.compile`` gives (source, flags, groups, matches)."""
    import re
    from factcheck.checks.resources import compiled
    pattern = compiled(r"(?<!\w)(?:hausse|rise)s?\s+de\s+(?P<n>\d+)", re.I)
    assert pattern.pattern == r"(?<!\w)(?:hausse|rise)s?\s+de\s+(?P<n>\d+)" and pattern.flags & re.I
    assert pattern.search("une HAUSSE de 4 %").group("n") == "4"


def test_a_list_edited_many_times_leaves_only_the_recent_entries(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", {"checker": 3})
    path = tmp_path / "list.yaml"
    for value in range(1, 7):
        path.write_text(LIST.replace("4 %", f"{value} %").replace("value: 4", f"value: {value}"), encoding="utf-8")
        load_checker([str(path)])
    entries = list(folder.glob("checker-*.pickle"))
    assert len(entries) == 3
    # the entry of the list as it is now is one of them: loading it builds nothing
    monkeypatch.setattr("factcheck.checks.pipeline.Checker.from_catalog", lambda catalog: pytest.fail("rebuilt"))
    assert load_checker([str(path)]).index.facts[0].quantity.value == 6


def test_the_least_recently_used_entry_goes_first(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", {"checker": 2})
    lists = []
    for value in (1, 2):
        p = tmp_path / f"list{value}.yaml"
        p.write_text(LIST.replace("4 %", f"{value} %").replace("value: 4", f"value: {value}"), encoding="utf-8")
        load_checker([str(p)])
        lists.append(p)
    for entry in folder.glob("checker-*.pickle"):            # both written long ago
        os.utime(entry, (1_000_000, 1_000_000))
    load_checker([str(lists[0])])                             # the first list used again: its entry is fresh
    third = tmp_path / "list3.yaml"
    third.write_text(LIST, encoding="utf-8")
    load_checker([str(third)])                                # a third entry: the second list's goes
    kept = {e.name for e in folder.glob("checker-*.pickle")}
    assert f"checker-{cache.key_of([lists[0]])}.pickle" in kept
    assert f"checker-{cache.key_of([lists[1]])}.pickle" not in kept
    assert len(kept) == 2


def test_other_kinds_and_fresh_partial_writes_are_left_alone(folder, tmp_path):
    folder.mkdir(mode=0o700)
    other = folder / "claims-en-0123456789abcdef0123456789abcdef.pickle"
    other.write_bytes(b"x")
    fresh_part = folder / ".entry-abc.part"
    fresh_part.write_bytes(b"x")
    old_part = folder / ".entry-old.part"
    old_part.write_bytes(b"x")
    os.utime(old_part, (1_000_000, 1_000_000))
    path = tmp_path / "list.yaml"
    path.write_text(LIST, encoding="utf-8")
    load_checker([str(path)])
    assert other.exists() and fresh_part.exists() and not old_part.exists()


TWO_FIGURES = """version: 1
sources:
  - id: s
    title: T
    facts:
      - id: f
        statement: Exports rose 4 % in 2024 and 6 % in 2025.
      - id: g
        statement: Imports fell 3 % in 2024.
        quantity: {value: 3, unit: percent}
"""


def test_a_loaded_index_reads_its_facts_only_when_asked_and_as_built(folder, tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text(TWO_FIGURES, encoding="utf-8")
    built = load_checker([str(path)]).index
    loaded = load_checker([str(path)]).index
    assert all(type(r) is bytes for r in loaded.readings)          # nothing unpickled yet
    loaded.reading(loaded.facts[0])
    again = pickle.loads(pickle.dumps(loaded))                     # (a batch's workers: one facet read, not the other)
    assert again.reading(again.facts[0]) is again.reading(again.facts[1]) == built.reading(built.facts[1])
    assert [loaded.reading(f) for f in loaded.facts] == [built.reading(f) for f in built.facts]
    assert len(loaded.facts) == 3 and loaded.reading(loaded.facts[0]) is loaded.reading(loaded.facts[1])
    declared = [d for src in loaded.catalog.sources for d in src.facts]
    assert [loaded.reading(d) for d in declared] == [built.reading(d) for src in built.catalog.sources
                                                     for d in src.facts]


def test_a_checker_loaded_from_the_cache_is_frozen_before_the_collector_runs(folder, tmp_path):
    import gc
    path = tmp_path / "list.yaml"
    facts = "".join(f"      - id: f{i}\n        statement: Exports rose {i} % in 2024.\n"
                    f"        quantity: {{value: {i}, unit: percent}}\n" for i in range(600))
    path.write_text(LIST.split("    facts:")[0] + "    facts:\n" + facts, encoding="utf-8")
    load_checker([str(path)])
    runs = []
    gc.callbacks.append(lambda phase, info: runs.append(phase))
    try:
        checker = load_checker([str(path)])      # ~2 x 10^4 objects unpickled: no pass walks them
    finally:
        gc.callbacks.pop()
    assert len(checker.index.facts) == 600 and not runs


_STORED_TABLE = """
from factcheck.checks.tablestore import stored

@stored
def table():
    print("built")
    return {"hausse": ("rise", 1), "baisse": frozenset({"fall"})}

print(sorted(table().items(), key=repr))
"""


def test_a_stored_table_is_built_once_then_loaded_from_the_entry(tmp_path):
    """A function decorated ``stored`` runs in the first process; the next ones read its value from the table
    entry, the same value."""
    import subprocess
    import sys
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("FACTCHECK_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", _STORED_TABLE], env=env, capture_output=True, text=True,
                           check=True).stdout for _ in range(2)]
    assert runs[0].startswith("built\n") and runs[1] == runs[0].removeprefix("built\n")
    assert len(list((tmp_path / "cache").glob("tables-*.pickle"))) == 1


_CLASS_CODE = """
import dataclasses, sys
import factcheck.checks
for name, module in sorted(sys.modules.items()):
    for cls in [v for k, v in sorted(vars(module).items()) if name.startswith("factcheck.checks")
                and isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == name]:
        for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
            f = cls.__dict__.get(method)
            c = getattr(f, "__code__", None)
            print(name, cls.__qualname__, method, c and (c.co_code, c.co_consts, c.co_names, c.co_varnames,
                                                         c.co_filename, c.co_flags, f.__defaults__,
                                                         sorted(map(str, f.__annotations__.items()))))
"""


def test_the_dataclasses_methods_from_the_entry_are_those_compiled(tmp_path):
    """The engine's dataclasses get the same methods whether ``dataclasses`` compiles them (cache off), the table
    entry is written (first run) or read (second run)."""
    import subprocess
    import sys
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("FACTCHECK_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", _CLASS_CODE], env=e, capture_output=True, text=True,
                           check=True).stdout for e in ({**env, "FACTCHECK_NO_CACHE": "1"}, env, env)]
    assert runs[0] == runs[1] == runs[2] and runs[0].count("__init__") > 30


def test_a_pattern_compiled_while_modules_load_is_the_one_re_compiles(folder):
    """``tablestore.kept_patterns``: while modules load, ``re.compile`` gives the stored program, the same pattern
    (source, flags, matches) as ``re.compile`` outside the block; a bytes pattern is compiled as usual."""
    import re
    from factcheck.checks import tablestore
    with tablestore.kept_patterns():
        kept = re.compile(r"(?<!\w)(?:hausse|rise)s?\s+de\s+(?P<n>\d+)", re.I)
        raw = re.compile(rb"\d+")
    assert re.compile is tablestore._RE_COMPILE
    assert kept == re.compile(r"(?<!\w)(?:hausse|rise)s?\s+de\s+(?P<n>\d+)", re.I)
    assert kept.search("une HAUSSE de 4 %").group("n") == "4" and raw.match(b"12")


def test_a_report_in_json_imports_no_terminal_console(tmp_path):
    """A report in JSON written to a pipe makes no console (``cli/output.stderr_may_be_terminal``): rich's console,
    a tenth of a check's start-up, is not imported (issue 12)."""
    import subprocess
    import sys
    from factcheck.checks.resources import examples_dir
    code = ("import sys; sys.argv = ['factcheck', sys.argv[1], '--format', 'json']\n"
            "from factcheck.cli.app import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('rich.console' in sys.modules, file=sys.stderr)")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    run = subprocess.run([sys.executable, "-c", code, str(examples_dir() / "en-naumann.txt")], env=env,
                         capture_output=True, text=True, check=True)
    assert run.stderr.strip().splitlines()[-1] == "False" and '"statements"' in run.stdout
