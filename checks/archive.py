"""Batches and archives (``factcheck batch``): many articles in, one JSON Lines result per article out,
written as each finishes, resumable.

**Inputs.** ``read_inputs(args)`` takes article files, folders and globs (expanded as ``checks.batch.expand_one``
does), URLs, and JSON Lines files of articles (``.jsonl``, ``.ndjson``, or either gzip-compressed, ``.gz``), one
object a line::

    {"id": "a-17", "text": "La Russie a reçu …"}        the article's text itself
    {"id": "a-18", "path": "2025/06/article.html"}     a file; relative to the JSON Lines file's folder
    {"id": "a-19", "url": "https://example.org/a"}     a page, fetched because the line names it

``id`` is a non-empty string or an integer, unique across the inputs; other keys are ignored; blank lines are
skipped. An article given as a file or URL (not in JSON Lines) has its path or URL as id. Every line is read and
checked before any article is: a bad one is an ``InputError`` naming file:line. The texts are not kept:
``Inputs.jobs()`` reads them again, one at a time, so an archive larger than memory streams through.

**Results.** One line per article, in the order the articles finish (not the input order)::

    {"id": "a-17", "source": "archive.jsonl:1", "report": {… the article's JSON report v1 …}}
    {"id": "a-18", "source": "2025/06/article.html", "error": "2025/06/article.html: no such file"}

``report`` is what ``factcheck check --format json`` writes for the article (``checks.report.to_dict``, pinned
by ``data/report.schema.json``); ``source`` is its ``article.source``: the path as given, the URL without
credentials, or ``FILE.jsonl:LINE`` for a text. ``read_results(path)`` reads a results file back for
``--resume``: the ids done, and where its last complete line ends (a line cut short by an interrupted run is
dropped and its article checked again; no complete line is lost). ``ResultWriter`` appends each line and
flushes it.

**Running.** A ``Runner`` holds what checking needs — the checker, built once by the caller, and the options —
and turns a ``Job`` into an ``Outcome`` (the line to write, the verdict counts, or the error). A
``FactcheckError`` is that article's error line; anything else an "internal error" line for that article only.
``run_local(jobs, runner, processes, on_done)`` runs the jobs here, or in a process pool where each process
receives the runner once, with a bounded number of articles in flight so memory does not grow with the
archive. ``checks.cluster`` runs them on Dask with the same ``Runner``, so the JSON is the same.
"""
from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from .batch import expand_one, start_method
from .detect import MAX_STATEMENT_CHARS
from .errors import FactcheckError, InputError
from .formats.jsonl import dumps_line
from .load import decode_text, is_url, load_article, redact_url, sniff_format
from .model import VERDICTS, Article
from .report import to_dict

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
KINDS = ("text", "path", "url")
Id = Union[str, int]


def is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


# --- inputs -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Job:
    """One article to check. ``kind`` is "path" (``target``: the absolute path to read), "url" (the URL) or
    "text" (the text; None while only planning). ``source`` names the article in its report and messages."""
    id: Id
    source: str
    kind: str
    target: Optional[str]


@dataclass
class _Part:
    name: str                                   # the input as expanded: a file, a URL, or a JSON Lines file
    job: Optional[Job] = None                   # an article given as a file or URL
    ids: list = field(default_factory=list)     # a JSON Lines file: its ids, in order


class Inputs:
    """What ``read_inputs`` found: each article's id, in input order, and how to read it again."""

    def __init__(self, parts: list[_Part]):
        self.parts = parts

    @property
    def ids(self) -> list[Id]:
        return [i for p in self.parts for i in ([p.job.id] if p.job else p.ids)]

    def files(self) -> list[str]:
        """The files the command line names (articles and JSON Lines files), e.g. to refuse writing over one."""
        return [p.name for p in self.parts if not is_url(p.name)]

    def count(self, skip: Iterable[Id] = ()) -> int:
        skip = set(skip)
        return sum(1 for i in self.ids if i not in skip)

    def jobs(self, skip: Iterable[Id] = ()) -> Iterator[Job]:
        """The jobs in input order, those whose id is in ``skip`` left out; a JSON Lines file's texts are read
        again here, one line at a time."""
        skip = set(skip)
        for part in self.parts:
            if part.job is not None:
                if part.job.id not in skip:
                    yield part.job
                continue
            for _number, job in _jsonl_jobs(part.name, keep_text=True):
                if job.id not in skip:
                    yield job


def read_inputs(args: Iterable[str]) -> Inputs:
    """Expand and check the inputs; raises ``InputError`` for a missing path, an empty folder, a bad JSON Lines
    line (file:line, and how many more) or an id given twice."""
    parts: list[_Part] = []
    where: dict[Id, str] = {}
    seen_files: set[str] = set()
    for arg in args:
        if arg == "-":
            raise InputError("-", "factcheck batch reads files, folders, globs and JSON Lines files, not standard "
                                  "input (to check one article from standard input: factcheck -)")
        for name in expand_one(arg):
            key = name if is_url(name) else os.path.normcase(os.path.abspath(name))
            if key in seen_files:               # one file through a folder and a glob: checked once
                continue
            seen_files.add(key)
            if is_jsonl(name) and not is_url(name):
                part = _Part(name)
                for number, job in _jsonl_jobs(name, keep_text=False):
                    _claim_id(job.id, name, number, where)
                    part.ids.append(job.id)
                parts.append(part)
                continue
            if is_url(name):
                job = Job(redact_url(name), redact_url(name), "url", name)
            else:
                job = Job(name, name, "path", os.path.abspath(name))
            _claim_id(job.id, name, None, where)
            parts.append(_Part(name, job=job))
    return Inputs(parts)


def _claim_id(ident: Id, file: str, line: Optional[int], where: dict[Id, str]) -> None:
    if ident in where:
        raise InputError(file, f"id {json.dumps(ident, ensure_ascii=False)} is given twice (first at {where[ident]})",
                         line)
    where[ident] = f"{file}:{line}" if line else file


class _BadLine(Exception):
    pass


def _jsonl_jobs(name: str, keep_text: bool) -> Iterator[tuple[int, Job]]:
    """The jobs of a JSON Lines file with their line numbers; every bad line is found before raising (the first
    is named, then how many more there are)."""
    bad: list[tuple[int, str]] = []
    for number, raw in _raw_lines(name):
        try:
            job = _parse_line(raw, name, number, keep_text)
        except _BadLine as exc:
            bad.append((number, str(exc)))
            continue
        if job is not None and not bad:
            yield number, job
    if bad:
        number, message = bad[0]
        more = f" (and {len(bad) - 1} more bad line(s))" if len(bad) > 1 else ""
        raise InputError(name, message + more, number)


def _raw_lines(name: str) -> Iterator[tuple[int, bytes]]:
    opener = gzip.open if name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(name, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                yield number, raw
    except (OSError, EOFError) as exc:       # unreadable, or a gzip file that is damaged or cut short
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputError(name, f"cannot read: {detail}", number + 1 if number else None) from None


# complexity: one check per way a JSON Lines entry can be wrong, each with its own one-line message, in the order
# a reader fixes them
def _parse_line(raw: bytes, name: str, number: int, keep_text: bool) -> Optional[Job]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadLine(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
    if number == 1:
        line = line.lstrip("\ufeff")
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"not valid JSON ({exc.msg} at column {exc.colno}); each line is one object such as "
                       '{"id": "a1", "text": "..."}') from None
    if not isinstance(obj, dict):
        raise _BadLine(f'expected an object with "id" and one of "text", "path", "url", not a JSON {_json_type(obj)}')
    if "id" not in obj:
        raise _BadLine('no "id": each article needs one (a string or an integer)')
    ident = obj["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or (isinstance(ident, str) and not ident.strip()):
        raise _BadLine(f'"id" must be a non-empty string or an integer, not {json.dumps(ident)[:40]}')
    given = [k for k in KINDS if k in obj]
    if not given:
        raise _BadLine('no "text", "path" or "url": give the article one way')
    if len(given) > 1:
        raise _BadLine(f'both "{given[0]}" and "{given[1]}": give the article one way')
    kind, value = given[0], obj[given[0]]
    if not isinstance(value, str):
        raise _BadLine(f'"{kind}" must be a string, not a JSON {_json_type(value)}')
    if kind == "text":
        return Job(ident, f"{name}:{number}", "text", value if keep_text else None)
    if kind == "url":
        if not is_url(value.strip()):
            raise _BadLine(f'"url" must start with http:// or https://, not {value[:40]!r}')
        return Job(ident, redact_url(value.strip()), "url", value.strip())
    if not value.strip():
        raise _BadLine('"path" is empty')
    path = value if os.path.isabs(value) else os.path.join(os.path.dirname(name), value)
    return Job(ident, path, "path", os.path.abspath(path))


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


# --- results ----------------------------------------------------------------------------------------

@dataclass
class ResultsSoFar:
    """A results file as ``--resume`` finds it: ids done (with a result or an error), error lines, and the byte
    length of its complete lines (the rest, a line cut short, is dropped)."""
    done: set = field(default_factory=set)
    errors: int = 0
    keep: int = 0
    cut: bool = False                 # the file ended inside a line


def check_output(path: Path) -> None:
    """Refuse, before any work, a results file that cannot be written: a folder, or in a folder that is missing."""
    if path.is_dir():
        raise InputError(str(path), "is a folder; --output names the results file")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(str(path), f"no such folder: {parent}")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InputError(str(path), "cannot write here (permission denied)")


def read_results(path: Path) -> ResultsSoFar:
    """Read ``path`` (a file this command wrote) line by line; a missing file is an empty one."""
    found = ResultsSoFar()
    if not path.exists():
        return found
    if not path.is_file():
        raise InputError(str(path), "is not a regular file; --output names the results file")
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                if not raw.endswith(b"\n"):
                    found.cut = True
                    break
                if raw.strip():
                    ident, error = _result_id(raw, str(path), number)
                    found.done.add(ident)
                    found.errors += error
                found.keep += len(raw)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    return found


_HEAD = b'{"id":'


def _result_id(raw: bytes, name: str, number: int) -> tuple[Id, bool]:
    """The id of a result line, and whether it is an error line. Lines this module wrote start with their id and
    source, so only those are decoded (a report may be megabytes); any other line is decoded whole."""
    text = raw.decode("utf-8", errors="replace")
    if raw.startswith(_HEAD):
        try:
            decoder = json.JSONDecoder()
            ident, end = decoder.raw_decode(text, len(_HEAD))
            if text.startswith(',"source":', end):
                _, end = decoder.raw_decode(text, end + len(',"source":'))
                if isinstance(ident, (str, int)) and not isinstance(ident, bool):
                    return ident, text.startswith(',"error":', end)
        except json.JSONDecodeError:
            pass
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        obj = None
    if not isinstance(obj, dict) or "id" not in obj:
        raise InputError(name, "not a result line of factcheck batch; --resume appends only to its own results "
                               "(choose another --output, or remove the line)", number)
    return obj["id"], "error" in obj


# A lone surrogate (a file name that is not UTF-8, "\\ud800" in a JSON Lines id) can only sit inside a JSON string
# of a result line; written as backslash-u it is that string's JSON escape, so the line stays valid JSON.
_ESCAPE = "backslashreplace"


class ResultWriter:
    """Appends result lines to ``path`` (or standard output), each flushed as soon as written. ``resume_at``:
    keep the file's first ``resume_at`` bytes (its complete lines) and append; None: start the file afresh. The
    file is opened at the first line (or at a clean exit without any), so a run that fails before checking
    anything — an unreachable cluster — leaves an earlier results file as it was."""

    def __init__(self, path: Optional[Path], resume_at: Optional[int] = None):
        self.path = path
        self.resume_at = resume_at
        self.fh = None

    def _open(self) -> None:
        path = self.path
        if self.resume_at is not None and path.exists():
            if path.stat().st_size > self.resume_at:
                os.truncate(path, self.resume_at)
            self.fh = path.open("a", encoding="utf-8", errors=_ESCAPE, newline="\n")
        else:
            self.fh = path.open("w", encoding="utf-8", errors=_ESCAPE, newline="\n")

    def write(self, line: str) -> None:
        if self.path is not None:
            if self.fh is None:
                self._open()
            self.fh.write(line + "\n")
            self.fh.flush()
            return
        out = getattr(sys.stdout, "buffer", None)
        if out is None:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
            return
        sys.stdout.flush()
        out.write((line + "\n").encode("utf-8", errors=_ESCAPE))
        out.flush()

    def close(self, done: bool = True) -> None:
        if self.path is not None and self.fh is None and done:
            self._open()
        if self.fh is not None:
            self.fh.close()

    def __enter__(self) -> "ResultWriter":
        return self

    def __exit__(self, exc_type: Any, *exc: Any) -> None:
        self.close(done=exc_type is None)


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
