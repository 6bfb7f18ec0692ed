"""Writing what the commands produce: the terminal consoles (``err_console``, ``out_console``), text to standard
output or to a file written atomically (``write_output``, ``write_chunks``, ``open_output``), and the refusal of an
``--output`` that names a file the run reads (``refuse_overwriting_inputs``).
"""
from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

from factcheck.cli.common import fail

if TYPE_CHECKING:
    from rich.console import Console


def err_console(no_color: bool = False) -> Console:
    from rich.console import Console        # (imported when a console is made: a JSON report needs none)
    return Console(stderr=True, no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False)


def stderr_may_be_terminal() -> bool:
    """Whether ``err_console()`` may find standard error a terminal (for a spinner): a tty, or one the environment
    declares (``TTY_COMPATIBLE=1``, ``FORCE_COLOR``, which rich reads). When not, no console is made, and a report
    in JSON imports no ``rich.console`` (a tenth of its start-up, issue 12)."""
    tty = os.environ.get("TTY_COMPATIBLE", "")
    if tty == "0":
        return False
    if tty == "1" or os.environ.get("FORCE_COLOR") is not None:
        return True
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def out_console(no_color: bool, fh=None) -> Console:
    from rich.console import Console
    if fh is not None:
        return Console(file=fh, no_color=True, width=100, highlight=False, soft_wrap=False)
    return Console(no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False)


def write_output(text: str, output: Optional[Path]) -> None:
    write_chunks([text], output, end="" if text.endswith("\n") else "\n")


def write_chunks(chunks, output: Optional[Path], end: str = "\n") -> None:
    """Text that may come in pieces (a long JSON report is never held as one string), then ``end``, to standard
    output or to ``output`` (written atomically)."""
    if output is None:
        try:
            for chunk in itertools.chain(chunks, [end]):
                try:
                    sys.stdout.write(chunk)
                except UnicodeEncodeError:  # a terminal or pipe that is not UTF-8: write UTF-8 bytes as they are
                    sys.stdout.flush()
                    sys.stdout.buffer.write(chunk.encode("utf-8"))
            sys.stdout.flush()
        except BrokenPipeError:              # `factcheck … | head`: the reader has gone; not an error of the output
            raise
        except OSError as exc:
            raise fail(f"standard output: cannot write the report: {exc.strerror or exc}")
        return
    with open_output(output) as fh:
        for chunk in itertools.chain(chunks, [end]):
            fh.write(chunk)


class _AtomicOutput:
    """A report file written to a temporary file beside it and renamed into place when complete, so an
    interrupted run never leaves a partial report (nor a half-overwritten older one)."""

    def __init__(self, path: Path):
        import tempfile
        self.path = path
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=str(path.parent or "."))
        self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, text: str) -> int:
        return self.fh.write(text)

    def flush(self) -> None:
        self.fh.flush()

    def close(self, keep: bool = True) -> None:
        if self.fh.closed:
            return
        try:
            self.fh.close()
            if keep:
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self.close(keep=exc_type is None)
        except OSError as err:
            raise fail(f"{self.path}: cannot write the report: {err.strerror or err}")


def open_output(output: Path):
    try:
        return _AtomicOutput(output)
    except OSError as exc:
        raise fail(f"{output}: cannot write the report: {exc.strerror or exc}")


def refuse_overwriting_inputs(output: Optional[Path], inputs: list[str], sources: Optional[List[str]]) -> None:
    """``-o`` naming a file the run reads (an article or a source list) would destroy it: refuse."""
    if output is None:
        return
    try:
        target = output.resolve()
    except OSError:
        return
    read = [Path(i) for i in inputs if i != "-" and "://" not in i]
    for src in sources or []:
        if src != "-":
            read.extend(Path(src).rglob("*.y*ml") if Path(src).is_dir() else [Path(src)])
    for path in read:
        try:
            same = path.resolve() == target or (target.exists() and path.exists() and os.path.samefile(path, target))
        except OSError:
            same = False
        if same:
            raise fail(f"{output}: --output names a file this run reads ({path}); choose another file")
