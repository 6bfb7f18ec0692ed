"""JSON Lines: one JSON object per statement, for streaming into other tools.

Each line is the statement object of JSON report v1 (``index``, ``text``, ``start``, ``end``, ``kind``,
``checkable``, ``verdict``, ``confidence``, ``claims``...) preceded by the article it comes from:

    {"article": "articles/a.txt", "language": "fr", "title": "...", "index": 0, "text": "...", ...}

``article`` is the report's ``article.source`` (path, URL or "-"), so lines from a batch can be
grouped again. A batch (a list of reports) renders as the concatenation of each report's lines, in
order. Every line ends with ``\\n``; a report without statements gives no line. Lines are split only
by ``\\n``: characters some readers also treat as line breaks (U+2028, U+2029, U+0085) are written
as JSON escapes, so ``str.splitlines()`` is safe too.
"""
from __future__ import annotations

import json
from typing import Any

from .common import article, as_reports, statements

_LINE_BREAK_ESCAPES = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _dumps(obj: Any) -> str:
    line = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    # json.dumps escapes the C0 controls, but leaves these raw with ensure_ascii=False; they can
    # only occur inside JSON strings, where the escape is equivalent.
    for raw, esc in _LINE_BREAK_ESCAPES.items():
        line = line.replace(raw, esc)
    return line


def line_head(art: Any) -> dict[str, Any]:
    """What each line says of the article (a report's ``article`` object): its source, language and title."""
    return {"article": art.get("source"), "language": art.get("language"), "title": art.get("title")}


def line(head: dict[str, Any], st: Any) -> str:
    """One statement's line (without its newline): the ``line_head`` then the statement object."""
    obj = dict(head)
    obj.update(st)
    return _dumps(obj)


def dumps_line(obj: Any) -> str:
    """One JSON Lines line (without its newline) for any JSON value, written as this format writes its lines:
    compact, UTF-8, U+2028/U+2029/U+0085 escaped (``checks.archive`` writes its result lines with it)."""
    return _dumps(obj)


def lines(report: Any) -> list[str]:
    """The JSON objects (one per statement) of a report or a batch, as strings without newline."""
    out = []
    for rep in as_reports(report):
        head = line_head(article(rep))
        out.extend(line(head, st) for st in statements(rep))
    return out


def render(report: Any) -> str:
    """JSON Lines for a report dict (or a list of them)."""
    return "".join(line + "\n" for line in lines(report))
