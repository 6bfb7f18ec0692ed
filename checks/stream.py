"""Reports written as the results come (``Checker.stream``), byte for byte as ``report.to_dict`` then
``json_chunks`` (JSON) or ``formats.jsonl`` (JSON Lines) would write them, holding one statement at a time.

    article, results = ..., checker.stream(article)
    out = ReportStream(article, catalog, results)
    for chunk in out.json_chunks():          # or out.jsonl_chunks()
        fh.write(chunk)
    out.tally.summary()                      # the summary, once the chunks are all written

JSON Lines are written as they come. The JSON report puts the summary (counts over every statement) and the
article's notes before the statements, so each statement's JSON is spooled as it comes (in memory, then in a
temporary file past ``SPOOL_MEMORY`` characters: ``_Spool``);
when the last is judged, the head (version, tool, article, sources, summary) is written, then the spooled
statements are copied after it. The article's text, the largest string in the head, is written in slices.
"""
from __future__ import annotations

import io
from typing import Any, Iterable, Iterator, Optional

from .formats.jsonl import line, line_head
from .model import Article, Catalog, StatementResult
from .report import Tally, dumps, head_dict, statement_dict

SLICE_CHARS = 1 << 16          # the article's text is escaped, and the spool copied, this many characters at a time
SPOOL_MEMORY = 1 << 22         # the statements spooled are held in memory up to this many characters, then in a file


class _Spool:
    """A spool of text that stays in memory while it is short (an article checked on the command line: no file, and
    no ``tempfile`` to import, issue 12, start-up) and moves to a temporary file in ``folder`` (default: the system's
    temporary folder) once it passes ``SPOOL_MEMORY`` characters, so that a large report is never held whole."""

    def __init__(self, folder: Optional[str] = None):
        self.folder, self.size = folder, 0
        self.fh: Any = io.StringIO()

    def write(self, text: str) -> None:
        self.size += len(text)
        if self.size > SPOOL_MEMORY and isinstance(self.fh, io.StringIO):
            import tempfile
            held, self.fh = self.fh, tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=self.folder,
                                                            prefix="factcheck-")
            self.fh.write(held.getvalue())
        self.fh.write(text)

    def seek(self, at: int) -> None:
        self.fh.seek(at)

    def read(self, count: int) -> str:
        return self.fh.read(count)

    def __enter__(self) -> "_Spool":
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


def _nested(value: Any, indent: int, level: int) -> str:
    """``value`` as ``dumps`` writes it inside a document at nesting ``level``: the same text, each line after
    the first indented by ``level`` steps (JSON text has a raw newline only between its lines)."""
    return dumps(value, indent).replace("\n", "\n" + " " * (indent * level))


def _string_chunks(text: str) -> Iterator[str]:
    """``dumps(text)`` in pieces (JSON escapes each character on its own, so slices escape the same)."""
    yield '"'
    for i in range(0, len(text), SLICE_CHARS):
        yield dumps(text[i:i + SLICE_CHARS])[1:-1]
    yield '"'


def _object_chunks(d: dict[str, Any], indent: int, level: int, text_key: Optional[str] = None) -> Iterator[str]:
    """A non-empty object at nesting ``level`` without its closing brace, as ``dumps`` writes it; the string at
    ``text_key`` in slices."""
    pad = "\n" + " " * (indent * (level + 1))
    for i, (key, value) in enumerate(d.items()):
        yield ("{" if i == 0 else ",") + pad + dumps(key) + ": "
        if key == text_key and isinstance(value, str):
            yield from _string_chunks(value)
        else:
            yield _nested(value, indent, level + 1)


class ReportStream:
    """One article's report written from its results as they come; ``tally`` counts them (the summary)."""

    def __init__(self, article: Article, catalog: Catalog, results: Iterable[StatementResult]):
        self.article, self.catalog, self.results = article, catalog, results
        self.tally = Tally()

    def _each(self) -> Iterator[dict[str, Any]]:
        for r in self.results:
            self.tally.add(r)
            yield statement_dict(r)

    def json_chunks(self, indent: int = 2, spool_dir: Optional[str] = None) -> Iterator[str]:
        """The JSON report v1 text (as ``json_chunks(to_dict(report), indent)``), without a final newline;
        the statements are spooled (``_Spool``: past ``SPOOL_MEMORY`` characters, in ``spool_dir``, by default the
        system's temporary folder)."""
        pad1, pad2 = "\n" + " " * indent, "\n" + " " * (2 * indent)
        with _Spool(spool_dir) as spool:
            count = 0
            for st in self._each():
                spool.write(("[" if count == 0 else ",") + pad2)
                if len(st["text"]) > SLICE_CHARS:        # a run-on statement of megabytes: its text in slices
                    for piece in _object_chunks(st, indent, 2, text_key="text"):
                        spool.write(piece)
                    spool.write(pad2 + "}")
                else:
                    spool.write(_nested(st, indent, 2))
                count += 1
            head = head_dict(self.article, self.catalog, self.tally.summary())
            yield "{" + pad1 + dumps("version") + ": " + dumps(head.pop("version"))
            for key, value in head.items():
                yield "," + pad1 + dumps(key) + ": "
                if key == "article":
                    yield from _object_chunks(value, indent, 1, text_key="text")
                    yield pad1 + "}"
                else:
                    yield _nested(value, indent, 1)
            yield "," + pad1 + dumps("statements") + ": "
            if not count:
                yield "[]"
            else:
                spool.seek(0)
                while True:
                    piece = spool.read(SLICE_CHARS)
                    if not piece:
                        break
                    yield piece
                yield pad1 + "]"
            yield "\n}"

    def jsonl_chunks(self) -> Iterator[str]:
        """The JSON Lines text (as ``formats.render("jsonl", to_dict(report))``), one line a statement; a
        report without statements is one empty line, as the command line writes it."""
        head = None
        for st in self._each():
            if head is None:           # the title is known once the statements are found (Checker.stream)
                head = line_head(head_dict(self.article, self.catalog, {})["article"])
            yield line(head, st) + "\n"
        if head is None:
            yield "\n"
