"""checks.batch: expanding files/folders/globs/URLs, and running a worker over items (in processes too)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from factcheck.checks import batch
from factcheck.checks.batch import BatchItem
from factcheck.checks.errors import InputError, SourceListError
from factcheck.checks.load import load_article

FIXTURES = Path(__file__).parent / "fixtures" / "html"

# --- workers: top-level functions, so worker processes can import them ------------------------

_STATE = {"index": None, "inits": 0}


def build_index(name: str) -> None:
    _STATE["index"] = f"index:{name}"
    _STATE["inits"] += 1


def square(n: int) -> int:
    if n == 3:
        raise InputError(f"item{n}.txt", "cannot read: Permission denied")
    return n * n


def last_first(item: tuple) -> int:
    """Item 0 waits until the last item's result has been reported (the test's ``on_done`` leaves a marker),
    so items finish out of input order however busy the machine is."""
    n, last, folder = item
    if n == 0:
        marker = Path(folder) / "last-done"
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    return n


def use_index(n: int) -> tuple:
    return _STATE["index"], _STATE["inits"], os.getpid(), n


def source_list_problem(n: int) -> int:
    raise SourceListError([])


def buggy(n: int) -> int:
    raise ValueError("a bug, not a bad input")


# --- expand_inputs --------------------------------------------------------------------------------

@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A folder of articles (and other files) with the test's cwd at its root."""
    files = ["b.txt", "a.md", "notes.markdown", "page.html", "old.HTM", "image.png", "data.json",
             "sub/c.txt", "sub/deeper/d.html", "sub/z.txt", ".hidden/e.txt", ".f.txt"]
    for name in files:
        path = tmp_path / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("La Russie a reçu des obus.\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_folder_gives_its_article_files_recursively_sorted(tree):
    assert batch.expand_inputs(["articles"]) == [
        "articles/a.md", "articles/b.txt", "articles/notes.markdown", "articles/old.HTM", "articles/page.html",
        "articles/sub/c.txt", "articles/sub/deeper/d.html", "articles/sub/z.txt"]


def test_files_and_urls_are_kept_as_given(tree):
    args = ["articles/image.png", "https://example.org/a", "-", "articles/b.txt", "HTTP://EXAMPLE.ORG/B"]
    assert batch.expand_inputs(args) == args


def test_glob_is_expanded_and_sorted(tree):
    assert batch.expand_inputs(["articles/*.txt"]) == ["articles/b.txt"]
    assert batch.expand_inputs(["articles/**/*.txt"]) == ["articles/b.txt", "articles/sub/c.txt",
                                                          "articles/sub/z.txt"]


def test_glob_matching_folders_expands_them(tree):
    assert batch.expand_inputs(["articles/su*"]) == ["articles/sub/c.txt", "articles/sub/deeper/d.html",
                                                     "articles/sub/z.txt"]


def test_duplicates_are_dropped_first_kept(tree):
    result = batch.expand_inputs(["articles/sub/c.txt", "articles/sub", "./articles/sub/c.txt"])
    assert result == ["articles/sub/c.txt", "articles/sub/deeper/d.html", "articles/sub/z.txt"]


def test_missing_path_is_an_input_error(tree):
    with pytest.raises(InputError, match=r"^nope\.txt: no such file or folder$"):
        batch.expand_inputs(["articles/b.txt", "nope.txt"])


def test_glob_matching_nothing_is_an_input_error(tree):
    with pytest.raises(InputError, match=r"^articles/\*\.pdf: no file matches this pattern$"):
        batch.expand_inputs(["articles/*.pdf"])


def test_folder_without_articles_is_an_input_error(tree):
    expected = r"^empty: no article files \(\.txt \.md \.markdown \.html \.htm\) in this folder$"
    with pytest.raises(InputError, match=expected):
        batch.expand_inputs(["empty"])


def test_absolute_paths_stay_absolute(tree):
    assert batch.expand_inputs([str(tree / "articles" / "sub")])[0] == str(tree / "articles" / "sub" / "c.txt")


# --- run_batch, in this process -----------------------------------------------------------------

def test_serial_run_keeps_order_and_records_failures():
    done = []
    results = batch.run_batch([1, 2, 3, 4], square, jobs=1, on_done=done.append)
    assert [(r.item, r.result, r.error) for r in results] == [
        (1, 1, None), (2, 4, None), (3, None, "item3.txt: cannot read: Permission denied"), (4, 16, None)]
    assert [r.ok for r in results] == [True, True, False, True]
    assert done == results


def test_serial_run_calls_init_once_here():
    _STATE.update(index=None, inits=0)
    results = batch.run_batch([1, 2], use_index, jobs=1, init=build_index, initargs=("sources",))
    assert [r.result[:2] for r in results] == [("index:sources", 1), ("index:sources", 1)]
    assert {r.result[2] for r in results} == {os.getpid()}


def test_any_factcheck_error_is_recorded():
    [item] = batch.run_batch([1], source_list_problem)
    assert item.error == "invalid source list"


def test_an_internal_error_costs_only_its_own_item():
    results = batch.run_batch([1, 2], buggy)
    assert [r.ok for r in results] == [False, False]
    assert all("internal error: ValueError" in r.error and "a bug" in r.error for r in results)


def test_jobs_are_capped_at_the_cpu_count():
    assert batch.max_jobs() == max(1, os.cpu_count() or 1)


def test_empty_batch():
    assert batch.run_batch([], square, jobs=4) == []


# --- run_batch, in worker processes --------------------------------------------------------------

def test_parallel_run_keeps_input_order_and_records_failures():
    done = []
    results = batch.run_batch([0, 1, 2, 3, 4, 5], square, jobs=2, on_done=done.append)
    assert [r.item for r in results] == [0, 1, 2, 3, 4, 5]
    assert [r.result for r in results] == [0, 1, 4, None, 16, 25]
    assert results[3].error == "item3.txt: cannot read: Permission denied"
    assert sorted(r.item for r in done) == [0, 1, 2, 3, 4, 5]
    assert all(isinstance(r, BatchItem) for r in done)


def test_parallel_results_in_input_order_even_when_finished_out_of_order(tmp_path):
    done = []
    items = [(n, 5, str(tmp_path)) for n in range(6)]
    def reported(r):
        done.append(r)
        if r.result == 5:
            (tmp_path / "last-done").touch()
    results = batch.run_batch(items, last_first, jobs=2, on_done=reported)
    assert [r.result for r in results] == list(range(6))
    assert done[-1].result == 0 and [r.result for r in done] != list(range(6))


def test_parallel_run_initialises_each_worker_process():
    _STATE.update(index=None, inits=0)
    results = batch.run_batch(list(range(8)), use_index, jobs=2, init=build_index, initargs=("sources",))
    assert {r.result[:2] for r in results} == {("index:sources", 1)}   # built once per process, not per item
    assert os.getpid() not in {r.result[2] for r in results}
    assert _STATE["inits"] == 0                                         # not in the calling process


def test_parallel_run_records_bugs_per_item():
    results = batch.run_batch([1, 2, 3], buggy, jobs=2)
    assert [r.ok for r in results] == [False, False, False]
    assert all("internal error: ValueError: a bug" in r.error for r in results)


def test_start_method_does_not_fork_the_caller():
    assert batch.start_method() in ("forkserver", "spawn")


def test_batch_of_articles_with_an_unreadable_file(tmp_path):
    text_file = tmp_path / "a.txt"
    text_file.write_text("La Corée du Nord a livré des obus à la Russie.\n", encoding="utf-8")
    items = [str(FIXTURES / "article_fr.html"), str(tmp_path / "missing.txt"), str(text_file)]
    results = batch.run_batch(items, load_article, jobs=2)
    assert results[0].ok and results[0].result.format == "html"
    assert "la Russie a payé 5 milliards" not in results[0].result.text
    assert results[1].error == f"{tmp_path / 'missing.txt'}: no such file"
    assert results[2].result.text.startswith("La Corée du Nord")
