"""Stage 1, load: a path, "-" (stdin) or a URL -> ``Article`` with the decoded text every offset refers to.

Plain text and Markdown are decoded here (UTF-8, UTF-8 with BOM, UTF-16 with BOM; cp1252/latin-1
only when the bytes cannot be UTF-8 and look like Western text). HTML and URLs go through
``checks.html`` / ``checks.web``. Problems raise ``InputError`` naming the file.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Optional
from urllib.parse import urlsplit, urlunsplit

from .errors import InputError
from .model import Article

MAX_BYTES = 20 * 1024 * 1024
_MARKDOWN_EXT = {".md", ".markdown", ".mdown"}
_HTML_EXT = {".html", ".htm", ".xhtml"}


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def decode_text(data: bytes, name: str) -> str:
    """Decode article bytes, refusing binary data and undecidable encodings with a clear error."""
    if not data.strip():
        raise InputError(name, "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise InputError(name, "this is a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _decode_legacy(data)
        if text is None:
            line = data[:exc.start].count(b"\n") + 1
            raise InputError(name, f"not UTF-8 text (byte 0x{data[exc.start]:02x}) and no other encoding fits;"
                                   " save it as UTF-8", line) from None
    if _control_ratio(text) > 0.01:
        raise InputError(name, "this looks like a binary file, not text (control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _decode_legacy(data: bytes) -> Optional[str]:
    """Windows-1252 is the usual non-UTF-8 encoding of French/English text; accept it only when it
    gives letters (accented ones included) rather than C1 control characters."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    if not high:
        return text
    letters = sum(c.isalpha() or c in "«»’‘“”–—…€°" for c in high)
    return text if letters / len(high) > 0.9 else None


def _control_ratio(text: str) -> float:
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7f <= ord(c) < 0xa0)
    return bad / max(1, len(text))


def read_bytes(source: str, stdin: Optional[BinaryIO] = None) -> bytes:
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        name = source
        if not path.exists():
            raise InputError(name, "no such file")
        if path.is_dir():
            raise InputError(name, "is a folder, not an article file")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise InputError(name, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def sniff_format(source: str, text: str) -> str:
    suffix = Path(source).suffix.lower() if not is_url(source) else ""
    if suffix in _HTML_EXT:
        return "html"
    if suffix in _MARKDOWN_EXT:
        return "markdown"
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    return "text"


def redact_url(url: str) -> str:
    """``http://user:secret@host/a`` -> ``http://host/a``: credentials never reach a report or a message."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def load_article(source: str, stdin: Optional[BinaryIO] = None, **web_options) -> Article:
    """Load an article from a path, "-" for stdin, or an http(s) URL."""
    if is_url(source):
        from . import web  # network only when asked for
        shown = redact_url(source)
        try:
            page = web.fetch(source, **web_options)
        except InputError as exc:         # the message names the URL: never with its credentials
            raise InputError(shown, exc.problem.message.replace(source, shown)) from None
        ctype = (page.content_type or "").split(";")[0].strip().lower()
        if ctype in ("text/plain", "text/markdown"):
            text = decode_text(page.text.encode("utf-8"), shown)
            return Article(text=text, source=shown, format="markdown" if ctype == "text/markdown" else "text")
        from . import html
        return html.article_from_html(page.text, source=shown, url=redact_url(page.url))
    data = read_bytes(source, stdin)
    name = "<stdin>" if source == "-" else source
    text = decode_text(data, name)
    fmt = sniff_format(source, text)
    if fmt == "html":
        from . import html
        return html.article_from_html(text, source=name)
    return Article(text=text, source=name, format=fmt)
