"""Batches and archives (``factcheck batch``): many articles in, one JSON Lines result per article out,
written as each finishes, resumable.

**Inputs** are read by ``checks/archive_inputs.py`` (``read_inputs``, ``Inputs``, ``Job``) and **results** written and
read back by ``checks/archive_results.py`` (``ResultWriter``, ``read_results``); both are re-exported here.

**Running.** A ``Runner`` holds what checking needs — the checker, built once by the caller, and the options —
and turns a ``Job`` into an ``Outcome`` (the line to write, the verdict counts, or the error). A
``FactcheckError`` is that article's error line; anything else an "internal error" line for that article only.
``run_local(jobs, runner, processes, on_done)`` runs the jobs here, or in a process pool where each process
receives the runner once, with a bounded number of articles in flight so memory does not grow with the
archive. ``checks.cluster`` runs them on Dask with the same ``Runner``, so the JSON is the same.
"""
from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Optional

from .archive_inputs import JSONL_SUFFIXES, KINDS, Id, Inputs, Job, is_jsonl, read_inputs  # noqa: F401 - re-exported
from .archive_results import ResultsSoFar, ResultWriter, check_output, read_results  # noqa: F401 - re-exported
from .batch import start_method
from .detect import MAX_STATEMENT_CHARS
from .errors import FactcheckError, InputError
from .formats.jsonl import dumps_line
from .load import decode_text, load_article, sniff_format
from .model import VERDICTS, Article
from .report import to_dict


# --- checking ---------------------------------------------------------------------------------------

@dataclass
class Outcome:
    """One article's result: ``line`` to write (without newline); ``summary`` (statement and verdict counts)
    when it was checked, ``error`` (one line) when not."""
    id: Id
    source: str
    line: str
    summary: Optional[dict] = None
    error: Optional[str] = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def load_job(job: Job, web: Optional[dict] = None) -> Article:
    """The article of a job, through the loader ``factcheck check`` uses (``checks.load``)."""
    web = web or {}
    if job.kind == "url":
        return load_article(job.target, **web)
    if job.kind == "path":
        try:
            article = load_article(job.target, **web)
        except InputError as exc:              # name the file as it was given, not by its absolute path
            raise InputError(job.source, exc.problem.message.replace(job.target, job.source),
                             exc.problem.line) from None
        article.source = job.source
        return article
    try:
        data = (job.target or "").encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(job.source, f"the text holds an unpaired surrogate (\\u{ord(exc.object[exc.start]):04x} at "
                                     f"character {exc.start}): not valid Unicode") from None
    text = decode_text(data, job.source)
    if sniff_format(job.source, text) == "html":
        from . import html
        return html.article_from_html(text, source=job.source)
    return Article(text=text, source=job.source, format="text")


@dataclass
class Runner:
    """Checks jobs with a checker built once (``pipeline.load_checker``) and the command's options; picklable,
    so it is sent to each worker process (or Dask worker) once."""
    checker: Any
    lang: str = "auto"
    web: dict = field(default_factory=dict)
    max_statement: int = MAX_STATEMENT_CHARS

    def run(self, job: Job) -> Outcome:
        started = time.perf_counter()
        try:
            article = load_job(job, self.web)
            report = to_dict(self.checker.check(article, self.lang, self.max_statement))
        except FactcheckError as exc:
            return self._error(job, str(exc), started)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - a bug must not take the rest of the batch down
            what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300] if str(exc) else type(exc).__name__
            return self._error(job, f"internal error: {what} — please report it", started)
        source = report["article"]["source"]
        line = dumps_line({"id": job.id, "source": source, "report": report})
        return Outcome(job.id, source, line, summary=report["summary"], seconds=time.perf_counter() - started)

    @staticmethod
    def _error(job: Job, message: str, started: float) -> Outcome:
        message = message if message.startswith(job.source) else f"{job.source}: {message}"
        line = dumps_line({"id": job.id, "source": job.source, "error": message})
        return Outcome(job.id, job.source, line, error=message, seconds=time.perf_counter() - started)


def check_jobs(jobs: Iterable[Job], runner: Runner) -> list[Outcome]:
    """A chunk or a partition of jobs, checked one after the other."""
    return [runner.run(job) for job in jobs]


@dataclass
class Tally:
    """Running totals for the summary line: articles, errors, statements and verdicts."""
    articles: int = 0
    errors: int = 0
    verdicts: dict = field(default_factory=lambda: {"statements": 0, **{v: 0 for v in VERDICTS}})

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        if not outcome.ok:
            self.errors += 1
            return
        for key in self.verdicts:
            self.verdicts[key] += int((outcome.summary or {}).get(key, 0))


# --- the local engine -------------------------------------------------------------------------------

_RUNNER: dict = {}


def _install_runner(runner: Runner) -> None:
    """A worker process's initializer: keep the runner (and its checker) for every chunk it checks."""
    _RUNNER["runner"] = runner


def _check_chunk(jobs: list[Job]) -> list[Outcome]:
    return check_jobs(jobs, _RUNNER["runner"])


def run_local(jobs: Iterable[Job], runner: Runner, processes: int = 1,
              on_done: Optional[Callable[[Outcome], None]] = None, total: Optional[int] = None) -> None:
    """Check ``jobs`` here (``processes`` 1) or in a pool of ``processes`` worker processes; ``on_done(outcome)``
    runs in this process as each article finishes, in completion order. At most a few chunks per process are in
    flight, so neither the jobs nor the results of a large archive are held at once."""
    notify = on_done or (lambda _outcome: None)
    if processes <= 1 or (total is not None and total <= 1):
        for job in jobs:
            notify(runner.run(job))
        return
    size = max(1, min(16, (total or 0) // (processes * 8))) if total else 4
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context(start_method()),
                               initializer=_install_runner, initargs=(runner,))
    pending: set[Future] = set()

    def deliver(until: int) -> None:
        nonlocal pending
        while len(pending) > until:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                for outcome in future.result():
                    notify(outcome)

    try:
        iterator = iter(jobs)
        while True:
            chunk = list(islice(iterator, size))
            if not chunk:
                break
            pending.add(pool.submit(_check_chunk, chunk))
            deliver(processes * 4)
        deliver(0)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
