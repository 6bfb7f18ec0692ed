"""The inputs of ``factcheck batch`` (``checks/archive.py``).

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
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional, Union

from .batch import expand_one
from .errors import InputError
from .load import is_url, redact_url

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
KINDS = ("text", "path", "url")
Id = Union[str, int]


def is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


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
