"""The strict loader: which plain (unquoted) values become null, booleans, numbers or text (the YAML 1.2 core
schema, not PyYAML's YAML 1.1), and the builder that makes :class:`~.containers.YamlMap`,
:class:`~.containers.YamlList` and plain values straight from the parser's events, refusing every tag but the
plain ones. :class:`StrictLoader` puts it on ``yaml.SafeLoader``, :class:`StrictCLoader` on libyaml's
``yaml.CSafeLoader`` (``DEFAULT_LOADER`` when PyYAML has libyaml)."""
from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                         SequenceEndEvent, SequenceStartEvent, StreamEndEvent)

from ..resources import compiled
from .containers import YamlList, YamlMap

_TAG = "tag:yaml.org,2002:"


# --- plain values: YAML 1.2 core schema ----------------------------------------------------------

_NULL_RE = compiled(r"(?:~|null|Null|NULL|)\Z")
_BOOL_RE = compiled(r"(?:true|True|TRUE|false|False|FALSE)\Z")
_INT_RE = compiled(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT_RE = compiled(
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


def mark_line(mark: Any) -> int:
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

# complexity: one loop over the parser's events with a stack of open containers: the loader's hot path (every source
    # list and bundled table), kept inline with its local aliases for speed
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
                value = YamlMap(line=mark_line(event.start_mark)) if is_map \
                    else YamlList(line=mark_line(event.start_mark))
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
