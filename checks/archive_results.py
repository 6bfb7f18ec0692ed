"""The results of ``factcheck batch`` (``checks/archive.py``).

**Results.** One line per article, in the order the articles finish (not the input order)::

    {"id": "a-17", "source": "archive.jsonl:1", "report": {… the article's JSON report v1 …}}
    {"id": "a-18", "source": "2025/06/article.html", "error": "2025/06/article.html: no such file"}

``report`` is what ``factcheck check --format json`` writes for the article (``checks.report.to_dict``, pinned
by ``data/report.schema.json``); ``source`` is its ``article.source``: the path as given, the URL without
credentials, or ``FILE.jsonl:LINE`` for a text. ``read_results(path)`` reads a results file back for
``--resume``: the ids done, and where its last complete line ends (a line cut short by an interrupted run is
dropped and its article checked again; no complete line is lost). ``ResultWriter`` appends each line and
flushes it.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .archive_inputs import Id
from .errors import InputError


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
