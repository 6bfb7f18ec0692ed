"""A strict, line-aware YAML loader for user-written files (source lists), built on PyYAML.

PyYAML follows YAML 1.1, whose implicit types surprise people who write YAML by hand. This loader
keeps PyYAML's scanner and parser but decides for itself what plain values become, following the
YAML 1.2 core schema:

    written                   yaml.safe_load          this loader
    1e9, 5.6E9                '1e9' (text)            1000000000.0, 5600000000.0
    20:29                     1229 (base 60)          '20:29'
    yes, no, on, off, NO      True / False            text
    2025-09-18                datetime.date           '2025-09-18' (validated by the caller)
    010                       8 (octal)               10
    a key written twice       the last one wins       a problem naming both lines

Only true/false (also True/TRUE/False/FALSE) are booleans; null, ~ and an empty value are None.
Only the plain tags str, int, float, bool, null, seq and map are understood; any other tag, every
``!!python/...`` one included, is refused, so loading never creates anything but plain data.

Mappings load as :class:`YamlMap` and sequences as :class:`YamlList`: ordinary ``dict`` and
``list`` objects that also remember the 1-based line of the container, of each key and of each
value or item, so a validator can point at the exact line of whatever it rejects.

How: :class:`StrictLoader` is a ``yaml.SafeLoader`` subclass (``yaml.load(text,
Loader=StrictLoader)`` works) whose ``get_single_data`` builds the data straight from the parser's
events instead of composing nodes and running constructors. :class:`StrictCLoader` mixes the same
builder into ``yaml.CSafeLoader`` and is used by default when PyYAML has libyaml: it is about ten
times faster than the pure-Python parser.

Entry points: :func:`read_text` (bytes to text, refusing binary and non-UTF-8 files),
:func:`load_document` (text to data plus duplicate-key problems), :func:`load` (strict: a
duplicate key raises too) and :func:`load_file`. Errors are
:class:`~checks.errors.InputError` carrying the file and line.
"""
from __future__ import annotations

import math
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any, Optional, Union

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                         SequenceEndEvent, SequenceStartEvent, StreamEndEvent)

from .errors import InputError, Problem

__all__ = [
    "YamlMap", "YamlList", "StrictLoader", "StrictCLoader", "DEFAULT_LOADER",
    "resolve_plain", "read_text", "decode", "load_document", "load", "load_file",
]

_TAG = "tag:yaml.org,2002:"


class YamlMap(dict):
    """A ``dict`` that knows where it came from.

    ``line`` is the line of the mapping's first key; ``lines[key]`` is ``(key_line, value_line)``.
    """

    __slots__ = ("line", "lines")

    def __init__(self, *args: Any, line: int = 0, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.line = line
        self.lines: dict[Any, tuple[int, int]] = {}

    def key_line(self, key: Any) -> int:
        """Line of ``key`` (the mapping's own line if the key is absent)."""
        pos = self.lines.get(key)
        return pos[0] if pos else self.line

    def value_line(self, key: Any) -> int:
        """Line where the value of ``key`` starts (the mapping's own line if the key is absent)."""
        pos = self.lines.get(key)
        return pos[1] if pos else self.line


class YamlList(list):
    """A ``list`` that knows where it came from: ``line`` of the sequence, ``lines[i]`` of item i."""

    __slots__ = ("line", "lines")

    def __init__(self, *args: Any, line: int = 0):
        super().__init__(*args)
        self.line = line
        self.lines: list[int] = []

    def item_line(self, index: int) -> int:
        """Line of item ``index`` (the sequence's own line if out of range)."""
        if 0 <= index < len(self.lines):
            return self.lines[index]
        return self.line


# --- plain values: YAML 1.2 core schema ----------------------------------------------------------

_NULL_RE = re.compile(r"(?:~|null|Null|NULL|)\Z")
_BOOL_RE = re.compile(r"(?:true|True|TRUE|false|False|FALSE)\Z")
_INT_RE = re.compile(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT_RE = re.compile(
    r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z")

_NULL, _BOOL, _INT, _FLOAT, _STR = (_TAG + t for t in ("null", "bool", "int", "float", "str"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"


def _to_null(value: str) -> None:
    return None


def _to_bool(value: str) -> bool:
    if not _BOOL_RE.match(value):
        raise ValueError(f"'{value}' is not true or false")
    return value.lower() == "true"


def _to_int(value: str) -> int:
    if not _INT_RE.match(value):
        raise ValueError(f"'{value}' is not a whole number")
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


def _to_float(value: str) -> float:
    if not _FLOAT_RE.match(value):
        raise ValueError(f"'{value}' is not a number")
    low = value.lower()
    if low.endswith(".inf"):
        return -math.inf if low.startswith("-") else math.inf
    if low == ".nan":
        return math.nan
    return float(value)


def _to_str(value: str) -> str:
    return value


_CONVERT = {_NULL: _to_null, _BOOL: _to_bool, _INT: _to_int, _FLOAT: _to_float, _STR: _to_str}

# implicit resolution of plain (unquoted) scalars, by first character, in order of precedence
_IMPLICIT: dict[str, list[tuple[str, re.Pattern]]] = {}
for _tag, _regexp, _first in ((_NULL, _NULL_RE, "~nN"), (_BOOL, _BOOL_RE, "tTfF"),
                              (_INT, _INT_RE, "-+0123456789"),   # before float: "12" is an int
                              (_FLOAT, _FLOAT_RE, "-+.0123456789")):
    for _ch in _first:
        _IMPLICIT.setdefault(_ch, []).append((_tag, _regexp))
_IMPLICIT[""] = [(_NULL, _NULL_RE)]


def resolve_plain(value: str) -> str:
    """The tag of a plain scalar under this module's rules (str unless it looks like null/bool/number)."""
    for tag, regexp in _IMPLICIT.get(value[:1], ()):
        if regexp.match(value):
            return tag
    return _STR


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag


def _line(mark: Any) -> int:
    return mark.line + 1 if mark is not None else 0


def _error(message: str, mark: Any) -> ConstructorError:
    return ConstructorError(None, None, message, mark)


_PLAIN_ONLY = "source lists hold plain values only (text, numbers, lists, mappings)"
_NO_KEY = object()


class _StrictBuilder:
    """Builds YamlMap/YamlList/plain values straight from the parser's events.

    Mixed into a PyYAML loader (pure or libyaml): the loader supplies ``get_event`` and
    ``check_event``; this class replaces composing nodes and constructing objects, which is where
    PyYAML spends most of its time, and never looks up a Python constructor, so no tag can run code.
    """

    # Used only if someone composes nodes with this loader (yaml.compose): same plain-value rules.
    yaml_implicit_resolvers = {ch: list(rules) for ch, rules in _IMPLICIT.items()}

    # Nothing may be constructed through PyYAML's node constructors.
    yaml_constructors: dict[Any, Any] = {}
    yaml_multi_constructors: dict[Any, Any] = {}

    def _refuse(self, node: Any) -> Any:
        raise _error(f"unsupported YAML tag '{_short_tag(node.tag)}': {_PLAIN_ONLY}", node.start_mark)

    yaml_constructors[None] = _refuse

    duplicates: list[tuple[Any, int, int]]

    def get_single_data(self) -> Any:
        """Build the stream's single document (``None`` if empty)."""
        self.get_event()                                   # StreamStartEvent
        data = None
        if not self.check_event(StreamEndEvent):
            first = self.get_event()                       # DocumentStartEvent
            data = self._build_document()
            self.get_event()                               # DocumentEndEvent
            if not self.check_event(StreamEndEvent):
                second = self.get_event()
                raise ComposerError("expected a single document in the stream", first.start_mark,
                                    "but found another document", second.start_mark)
        self.get_event()                                   # StreamEndEvent
        return data

    def _scalar(self, event: Any) -> Any:
        tag = event.tag
        value = event.value
        if tag is None or tag == "!":
            if tag is None and event.implicit[0]:
                if value[:1] not in _IMPLICIT:             # fast path: ordinary text
                    return value
                tag = resolve_plain(value)
            else:
                return value                               # quoted, or tagged with the bare "!"
        convert = _CONVERT.get(tag)
        if convert is None:
            raise _error(f"unsupported YAML tag '{_short_tag(tag)}': {_PLAIN_ONLY}", event.start_mark)
        try:
            return convert(value)
        except ValueError as exc:
            raise _error(str(exc), event.start_mark) from None

    def _build_document(self) -> Any:
        get = self.get_event
        duplicates = self.duplicates
        anchors: dict[str, Any] = {}
        # each frame: [container, is_mapping, pending_key, pending_key_line]
        stack: list[list[Any]] = []
        while True:
            event = get()
            kind = type(event)
            is_container = False
            if kind is ScalarEvent:
                value = event.value
                if event.tag is not None or not event.implicit[0] or value[:1] in _IMPLICIT:
                    value = self._scalar(event)            # not plain text: resolve it
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                is_map = kind is MappingStartEvent
                if event.tag not in (None, "!", _MAP if is_map else _SEQ):
                    raise _error(f"unsupported YAML tag '{_short_tag(event.tag)}': {_PLAIN_ONLY}",
                                 event.start_mark)
                value = YamlMap(line=_line(event.start_mark)) if is_map \
                    else YamlList(line=_line(event.start_mark))
                is_container = True
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()[0]
                if not stack:
                    return done
                continue
            elif kind is AliasEvent:
                if event.anchor not in anchors:
                    raise _error(f"unknown alias '*{event.anchor}' (no '&{event.anchor}' before it)",
                                 event.start_mark)
                value = anchors[event.anchor]
            else:                                          # pragma: no cover - parser guarantees
                raise _error(f"unexpected YAML event {kind.__name__}", event.start_mark)

            anchor = getattr(event, "anchor", None)
            if anchor is not None and kind is not AliasEvent:
                anchors[anchor] = value
            line = event.start_mark.line + 1

            if stack:
                frame = stack[-1]
                container = frame[0]
                if not frame[1]:                           # sequence item
                    container.append(value)
                    container.lines.append(line)
                elif frame[2] is _NO_KEY:                  # mapping key
                    if is_container or isinstance(value, (YamlMap, YamlList)):
                        raise _error("a key must be a single word or value, not a list or mapping",
                                     event.start_mark)
                    frame[2], frame[3] = value, line
                else:                                      # mapping value
                    key, key_line = frame[2], frame[3]
                    frame[2] = _NO_KEY
                    if key in container.lines:
                        duplicates.append((key, container.lines[key][0], key_line))
                    else:
                        container[key] = value
                        container.lines[key] = (key_line, line)
            if is_container:
                stack.append([value, kind is MappingStartEvent, _NO_KEY, 0])
            elif not stack:
                return value                               # the document is a single scalar


class StrictLoader(_StrictBuilder, yaml.SafeLoader):
    """Pure-Python strict loader: ``yaml.SafeLoader``'s reader, scanner and parser, our builder."""

    def __init__(self, stream: Any):
        super().__init__(stream)
        self.duplicates = []


if getattr(yaml, "__with_libyaml__", False):
    class StrictCLoader(_StrictBuilder, yaml.CSafeLoader):  # type: ignore[misc]
        """The same rules on top of libyaml's parser (``yaml.CSafeLoader``), several times faster."""

        def __init__(self, stream: Any):
            super().__init__(stream)
            self.duplicates = []

    DEFAULT_LOADER: type = StrictCLoader
else:  # pragma: no cover - depends on how PyYAML was built
    StrictCLoader = None  # type: ignore[assignment,misc]
    DEFAULT_LOADER = StrictLoader


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


def _syntax_error(exc: yaml.YAMLError, text: str, name: str) -> InputError:
    """Turn a PyYAML error into one readable line with the file and line."""
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
        if isinstance(exc, ConstructorError):
            message = problem
        else:
            message = f"invalid YAML: {problem}"
            if mark is not None and _char_at(text, mark) == "\t":
                message += " (use spaces, not tabs, to indent)"
            if mark is not None:
                message += f" (column {mark.column + 1})"
            if exc.context and exc.context_mark is not None and exc.problem_mark is not None \
                    and exc.context_mark.line != exc.problem_mark.line:
                message += f"; {exc.context.strip()} that starts on line {_line(exc.context_mark)}"
        return InputError(name, message, _line(mark) or None)
    return InputError(name, f"invalid YAML: {exc}")


def load_document(text: str, name: str = "<string>", loader: Optional[type] = None
                  ) -> tuple[Any, list[Problem]]:
    """Parse one YAML document.

    Returns ``(data, problems)`` where problems are duplicate keys (the first value is kept).
    Syntax errors, unsupported tags and several documents in one file raise ``InputError``.
    """
    cls = loader or DEFAULT_LOADER
    ldr = None
    try:
        ldr = cls(text)
        data = ldr.get_single_data()
    except ComposerError as exc:
        if exc.context and "single document" in exc.context:
            raise InputError(name, "holds more than one YAML document ('---'); keep one per file",
                             _line(exc.problem_mark) or None) from None
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
