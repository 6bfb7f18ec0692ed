"""Reading and loading a YAML file: :func:`read_text` (bytes to text, refusing binary, non-UTF-8, non-regular
and oversized files, ``MAX_SOURCE_BYTES``), :func:`decode`, :func:`load_document` (text to data plus
duplicate-key problems), :func:`load` (strict: a duplicate key raises too) and :func:`load_file`; PyYAML's
errors become one readable :class:`~checks.errors.InputError` line with the file and line."""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from ..errors import InputError, Problem

if TYPE_CHECKING:                        # (for the annotations only: PyYAML is imported when a file is parsed)
    import yaml

# PyYAML and the loader built on it are imported when a file is parsed, not with this module: a check whose
# tables come from the cache parses no YAML (issue 12, start-up)


# --- reading and loading -------------------------------------------------------------------------

MAX_SOURCE_BYTES = 64 * 1024 * 1024     # a source list is text written by people: far below this


def read_text(path: Union[str, Path], name: Optional[str] = None) -> str:
    """Read a text file as UTF-8 (a BOM is allowed); refuse binary and undecodable files, anything that is not
    a regular file (a pipe, a device such as /dev/zero: they may never end) and files over
    ``MAX_SOURCE_BYTES``. ``-`` reads standard input, up to the same size."""
    name = name if name is not None else ("<stdin>" if str(path) == "-" else str(path))
    too_big = f"is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB; a source list is expected to be far smaller"
    if str(path) == "-":
        raw = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        if len(raw) > MAX_SOURCE_BYTES:
            raise InputError(name, too_big)
        return decode(raw, name)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, "is not a regular file (a pipe or a device); give a file, or - for standard input")
        if info.st_size > MAX_SOURCE_BYTES:
            raise InputError(name, too_big)
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SOURCE_BYTES + 1)
        if len(raw) > MAX_SOURCE_BYTES:
            raise InputError(name, too_big)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(name, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    return decode(raw, name)


def decode(raw: bytes, name: str) -> str:
    """Decode the bytes of a YAML file as UTF-8 with a clear error for anything else."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "is UTF-16 text; save it as UTF-8")
    if b"\x00" in raw:
        raise InputError(name, "is a binary file, not a YAML text file (it contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(name, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded); "
                               "save it as UTF-8", line) from None


def _char_at(text: str, mark: Any) -> str:
    lines = text.split("\n")
    if 0 <= mark.line < len(lines) and 0 <= mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


def _syntax_error(exc: "yaml.YAMLError", text: str, name: str) -> InputError:
    """Turn a PyYAML error into one readable line with the file and line."""
    import yaml
    from yaml.constructor import ConstructorError

    from .loader import mark_line
    if isinstance(exc, yaml.reader.ReaderError):
        char = exc.character
        code = ord(char) if isinstance(char, str) else int(char)
        # libyaml counts positions in bytes, PyYAML in characters: find the character itself
        index = text.find(chr(code))
        line = text.count("\n", 0, index) + 1 if index >= 0 else None
        return InputError(name, f"invalid YAML: the control character U+{code:04X} is not allowed "
                                "in a YAML file", line)
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "syntax error").strip()
        message = problem if isinstance(exc, ConstructorError) else _syntax_message(exc, problem, mark, text)
        return InputError(name, message, mark_line(mark) or None)
    return InputError(name, f"invalid YAML: {exc}")


def _syntax_message(exc: yaml.MarkedYAMLError, problem: str, mark, text: str) -> str:
    """"invalid YAML: …", with a hint on tabs, the column, and where the construct that failed starts."""
    from .loader import mark_line        # (the loader and PyYAML are imported only when a file is parsed)

    message = f"invalid YAML: {problem}"
    if mark is not None and _char_at(text, mark) == "\t":
        message += " (use spaces, not tabs, to indent)"
    if mark is not None:
        message += f" (column {mark.column + 1})"
    if exc.context and exc.context_mark is not None and exc.problem_mark is not None \
            and exc.context_mark.line != exc.problem_mark.line:
        message += f"; {exc.context.strip()} that starts on line {mark_line(exc.context_mark)}"
    return message


def load_document(text: str, name: str = "<string>", loader: Optional[type] = None
                  ) -> tuple[Any, list[Problem]]:
    """Parse one YAML document.

    Returns ``(data, problems)`` where problems are duplicate keys (the first value is kept).
    Syntax errors, unsupported tags and several documents in one file raise ``InputError``.
    """
    import yaml
    from yaml.composer import ComposerError

    from .loader import DEFAULT_LOADER, mark_line
    cls = loader or DEFAULT_LOADER
    ldr = None
    try:
        ldr = cls(text)
        data = ldr.get_single_data()
    except ComposerError as exc:
        if exc.context and "single document" in exc.context:
            raise InputError(name, "holds more than one YAML document ('---'); keep one per file",
                             mark_line(exc.problem_mark) or None) from None
        raise _syntax_error(exc, text, name) from None
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, text, name) from None
    except RecursionError:
        raise InputError(name, "invalid YAML: lists or mappings are nested too deeply") from None
    finally:
        if ldr is not None:
            ldr.dispose()
    problems = [Problem(name, again, f"duplicate key '{key}' (first on line {first}, again on line "
                                     f"{again}); keep only one")
                for key, first, again in ldr.duplicates]
    return data, problems


def load(text: str, name: str = "<string>", loader: Optional[type] = None) -> Any:
    """Parse one YAML document strictly: a duplicate key raises ``InputError`` like a syntax error."""
    data, problems = load_document(text, name, loader)
    if problems:
        first = problems[0]
        raise InputError(first.file, first.message, first.line)
    return data


def load_file(path: Union[str, Path], name: Optional[str] = None, loader: Optional[type] = None
              ) -> tuple[Any, list[Problem]]:
    """:func:`read_text` then :func:`load_document`."""
    name = name if name is not None else str(path)
    return load_document(read_text(path, name), name, loader)
