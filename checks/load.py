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
from .resources import compiled

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
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(data):
        codec = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(name, f"invalid UTF-16 text ({exc.reason})") from None
        return _normalise_newlines(text)
    if b"\x00" in data:
        where = data.index(b"\x00")
        line = data[:where].count(b"\n") + 1
        raise InputError(name, f"a NUL byte at byte {where} (line {line}): a binary file, or text damaged in "
                               f"transfer; remove it and check again", line)
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
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """"utf-16-le"/"utf-16-be" for UTF-16 text saved without a byte-order mark (Latin text: every other byte
    of the first kilobyte is NUL, on one side); None otherwise."""
    head = data[:1024]
    if len(head) < 8 or len(head) % 2:
        head = head[:len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


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
    """The share of control characters (C0 but newline, carriage return, tab and form feed; DEL; C1)."""
    bad = len(_CONTROL.findall(text))
    return bad / max(1, len(text))


_CONTROL = compiled(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def read_bytes(source: str, stdin: Optional[BinaryIO] = None, max_bytes: Optional[int] = None) -> bytes:
    """The bytes of an article file or of standard input ("-"), at most ``max_bytes`` (``MAX_BYTES``)."""
    cap = max_bytes or MAX_BYTES
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(cap + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        name = source
        if not path.exists():
            raise InputError(name, "no such file")
        if path.is_dir():
            raise InputError(name, "is a folder, not an article file")
        if not path.is_file():
            raise InputError(name, "is not a regular file (a pipe or a device); give a file, or - for standard input")
        try:
            with path.open("rb") as fh:
                data = fh.read(cap + 1)
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror}") from None
    if len(data) > cap:
        from .web import format_size
        raise InputError(name, f"larger than {format_size(cap)} (--max-bytes changes the limit)")
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


def article_from_page(page, shown: str) -> Article:
    """The article of a fetched web page (``web.Page``): text and Markdown as they are, HTML extracted."""
    ctype = (page.content_type or "").split(";")[0].strip().lower()
    if ctype in ("text/plain", "text/markdown"):
        text = decode_text(page.text.encode("utf-8"), shown)
        return Article(text=text, source=shown, format="markdown" if ctype == "text/markdown" else "text")
    from . import html
    return html.article_from_html(page.text, source=shown, url=redact_url(page.url))


def load_article(source: str, stdin: Optional[BinaryIO] = None, **web_options) -> Article:
    """Load an article from a path, "-" for stdin, or an http(s) URL."""
    if is_url(source):
        from . import web  # network only when asked for
        shown = redact_url(source)
        try:
            page = web.fetch(source, **{k: v for k, v in web_options.items() if k != "max_bytes_file"})
        except InputError as exc:         # the message names the URL: never with its credentials
            raise InputError(shown, exc.problem.message.replace(source, shown)) from None
        return article_from_page(page, shown)
    data = read_bytes(source, stdin, web_options.get("max_bytes_file"))
    name = "<stdin>" if source == "-" else source
    text = decode_text(data, name)
    fmt = sniff_format(source, text)
    if fmt == "html":
        from . import html
        return html.article_from_html(text, source=name)
    return Article(text=text, source=name, format=fmt)
