"""The containers loaded YAML is made of: :class:`YamlMap` and :class:`YamlList` are ordinary ``dict`` and
``list`` objects that also remember the 1-based line of the container, of each key and of each value or item,
so a validator (``checks/sources/``) can point at the exact line of whatever it rejects."""
from __future__ import annotations

from typing import Any


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
