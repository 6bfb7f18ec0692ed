"""Batches: turn command-line arguments into a list of articles, and run a worker over them.

``expand_inputs(args)`` keeps URLs and ``-`` as given, keeps files, expands folders (recursively, to
their ``.txt .md .markdown .html .htm`` files, hidden files and folders left out) and globs
(``glob(recursive=True)``, so ``**`` works), each sorted; duplicates are dropped, first one kept.
A missing path, a glob matching nothing or a folder without articles is an ``InputError``.

``run_batch(items, worker, jobs)`` calls ``worker(item)`` for each item and returns one ``BatchItem``
per item in input order. A ``FactcheckError`` (e.g. an unreadable file) is recorded in
``BatchItem.error`` and the batch goes on; any other exception is a bug in the engine, recorded as
an "internal error" line for that item only, so one bad article never costs the others their reports.

With ``jobs > 1`` the items run in a ``ProcessPoolExecutor``. Then ``worker`` (and ``init``) must be
top-level functions of an importable module (not lambdas, closures or functions defined in
``__main__`` run from stdin), and each item and result must be picklable. Worker processes start from
a fresh interpreter ("forkserver" where available, else "spawn"), never by forking the caller, so a
running progress-bar thread or open connections in the caller cannot deadlock or leak into them.
``init(*initargs)`` runs once in each worker process before its first item: build the source index
there and keep it in a module-level global the worker reads. With ``jobs == 1`` (or a single item)
everything runs in the calling process and ``init`` is called once there, the same way.
"""
from __future__ import annotations

import glob
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from .errors import FactcheckError, InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_GLOB_CHARS = ("*", "?", "[")


@dataclass
class BatchItem:
    """One item's outcome: ``result`` when it worked, ``error`` (one line) when it did not."""
    item: Any
    result: Any = None
    error: Optional[str] = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


# --- inputs -----------------------------------------------------------------------------------

def expand_inputs(args: list[str]) -> list[str]:
    """Files, folders, globs and URLs -> the list of articles to check, in a stable order."""
    found: list[str] = []
    for arg in args:
        found.extend(expand_one(arg))
    return _unique(found)


def expand_one(arg: str) -> list[str]:
    if arg == "-" or arg.lower().startswith(("http://", "https://")):
        return [arg]
    if is_glob(arg) and not os.path.exists(arg):
        return expand_glob(arg)
    path = Path(arg)
    if path.is_dir():
        return articles_in_folder(path, arg)
    if path.exists():
        return [arg]
    raise InputError(arg, "no such file or folder")


def is_glob(arg: str) -> bool:
    return any(char in arg for char in _GLOB_CHARS)


def expand_glob(pattern: str) -> list[str]:
    """Matches of a glob, sorted; folders among them are expanded too."""
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise InputError(pattern, "no file matches this pattern")
    found: list[str] = []
    for match in matches:
        if os.path.isdir(match):
            found.extend(_articles_below(Path(match)))
        else:
            found.append(match)
    if not found:
        raise InputError(pattern, f"no article files ({' '.join(ARTICLE_SUFFIXES)}) match this pattern")
    return found


def articles_in_folder(folder: Path, name: str) -> list[str]:
    found = _articles_below(folder)
    if not found:
        raise InputError(name, f"no article files ({' '.join(ARTICLE_SUFFIXES)}) in this folder")
    return found


def _articles_below(folder: Path) -> list[str]:
    """Article files under ``folder``, recursively, sorted by path; hidden names are skipped."""
    paths = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            paths.append((relative.parts, str(path)))
    return [name for _parts, name in sorted(paths)]


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for name in names:
        key = name if name == "-" or "://" in name else os.path.normcase(os.path.abspath(name))
        if key not in seen:
            seen.add(key)
            unique.append(name)
    return unique


# --- running ----------------------------------------------------------------------------------

def run_batch(items: list[Any], worker: Callable[[Any], Any], jobs: int = 1,
              on_done: Optional[Callable[[BatchItem], None]] = None,
              init: Optional[Callable[..., None]] = None, initargs: tuple = ()) -> list[BatchItem]:
    """Run ``worker(item)`` over ``items`` (in ``jobs`` processes); results in input order.

    ``on_done(batch_item)`` is called in the calling process as each item finishes (in completion
    order), e.g. to advance a progress bar.
    """
    items = list(items)
    if jobs <= 1 or len(items) <= 1:
        return _run_here(items, worker, on_done, init, initargs)
    return _run_in_processes(items, worker, min(jobs, len(items), max_jobs()), on_done, init, initargs)


def max_jobs() -> int:
    """No more worker processes than CPUs: more only add start-up time and memory."""
    return max(1, os.cpu_count() or 1)


def run_item(worker: Callable[[Any], Any], item: Any) -> BatchItem:
    """Run one item, turning a ``FactcheckError`` (or, as an internal error, anything else) into a
    recorded one-line error."""
    started = time.perf_counter()
    try:
        result = worker(item)
    except FactcheckError as exc:
        return BatchItem(item, error=str(exc), seconds=time.perf_counter() - started)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a bug must not take the rest of the batch down
        what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300] if str(exc) else type(exc).__name__
        return BatchItem(item, error=f"{item}: internal error: {what} — please report it",
                         seconds=time.perf_counter() - started)
    return BatchItem(item, result=result, seconds=time.perf_counter() - started)


def _run_here(items: list[Any], worker: Callable[[Any], Any], on_done: Optional[Callable[[BatchItem], None]],
              init: Optional[Callable[..., None]], initargs: tuple) -> list[BatchItem]:
    if init is not None:
        init(*initargs)
    done = []
    for item in items:
        outcome = run_item(worker, item)
        _notify(on_done, outcome)
        done.append(outcome)
    return done


def _run_in_processes(items: list[Any], worker: Callable[[Any], Any], jobs: int,
                      on_done: Optional[Callable[[BatchItem], None]],
                      init: Optional[Callable[..., None]], initargs: tuple) -> list[BatchItem]:
    results: list[Optional[BatchItem]] = [None] * len(items)
    import multiprocessing          # here, not at import: a single article never needs a pool
    from concurrent.futures import Future, ProcessPoolExecutor, as_completed
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(start_method()),
                               initializer=init, initargs=initargs)
    # small chunks: one round trip per few articles, yet every worker busy until the end
    size = max(1, min(16, len(items) // (jobs * 8)))
    chunks = [list(range(i, min(i + size, len(items)))) for i in range(0, len(items), size)]
    try:
        futures: dict[Future, list[int]] = {pool.submit(_run_chunk, worker, [items[i] for i in chunk]): chunk
                                            for chunk in chunks}
        for future in as_completed(futures):
            for i, outcome in zip(futures[future], future.result()):
                results[i] = outcome
                _notify(on_done, outcome)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return [outcome for outcome in results if outcome is not None]


def _run_chunk(worker: Callable[[Any], Any], items: list[Any]) -> list[BatchItem]:
    return [run_item(worker, item) for item in items]


def start_method() -> str:
    """A start method that does not fork the (possibly multi-threaded) caller."""
    import multiprocessing
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _notify(on_done: Optional[Callable[[BatchItem], None]], outcome: BatchItem) -> None:
    if on_done is not None:
        on_done(outcome)
