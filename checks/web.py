"""Fetch one web page for checking: ``fetch(url) -> Page`` with the decoded text and the final URL.

Only what an article check needs, with limits and one-line errors (``InputError`` naming the URL):

- only ``http://`` and ``https://`` URLs, before and after every redirect;
- at most ``max_redirects`` redirects (5), followed here one by one so each hop is checked;
- a timeout for connecting and for each read, and the same figure as a wall-clock deadline on the whole
  download (redirects included);
- a size cap (``max_bytes``, 5 MB): the body is streamed and reading stops past the cap;
- HTTP 4xx/5xx answers, non-text content types (PDF, images...), unknown or wrong charsets.

The text is decoded with the charset the server declares, else the page's own ``<meta charset>``,
else UTF-8 (with the loader's Windows-1252 rescue for Western pages that are not UTF-8).
``iso-8859-1``/``us-ascii`` are read as ``windows-1252``, as browsers do.
"""
from __future__ import annotations

import codecs
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Mapping, Optional
from urllib.parse import urljoin, urlsplit

import requests

from . import __version__
from .errors import InputError
from .load import decode_text
from .resources import compiled

USER_AGENT = f"factcheck/{__version__}"
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
REDIRECT_CODES = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_BROWSER_CHARSETS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
                     "iso8859-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_META_CHARSET = compiled(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_ERRNO_REASON = compiled(r"\[Errno -?\d+\] ([^'\"()\]]+)")


@dataclass
class Page:
    """A fetched page: ``url`` is the final URL after redirects, ``text`` the decoded body."""
    url: str
    status: int
    content_type: str
    text: str
    headers: Mapping[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    content: bytes = b""              # the raw body of a binary type the caller accepted (a PDF)


def fetch(url: str, timeout: float = 15.0, max_bytes: int = 5 * 1024 * 1024, max_redirects: int = 5,
          session: Optional[requests.Session] = None, binary: tuple[str, ...] = ()) -> Page:
    """Download ``url`` and return its decoded text; raise ``InputError`` (one line) on any problem.

    ``timeout`` is a wall-clock deadline on everything, from connecting to the last byte, redirects
    included: a server that drips one byte at a time cannot hold the check for longer (the download runs
    in a worker thread; at the deadline its connection is closed)."""
    require_http_url(url, url)
    own_session = session is None
    session = session or new_session()
    outcome: dict = {}

    def download() -> None:
        try:
            response = _follow_redirects(session, url, timeout, max_redirects)
            outcome["response"] = response
            with response:
                outcome["page"] = _read_page(response, url, timeout, max_bytes, binary)
        except BaseException as exc:      # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=download, name="factcheck-fetch", daemon=True)
    try:
        worker.start()
        worker.join(timeout + _GRACE)     # the worker's own timeouts, when they fire, say more
        if worker.is_alive():
            _abort(outcome.get("response"))   # the worker's read fails, and it ends on its own
            raise InputError(url, f"the download took longer than {timeout:g} s (timeout)")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["page"]
    finally:
        if own_session:
            session.close()


_GRACE = 0.25


def _abort(response: Optional[requests.Response]) -> None:
    """Shut the socket under a streamed response (closing the response would read the rest of it first)."""
    conn = getattr(getattr(response, "raw", None), "connection", None) or \
        getattr(getattr(response, "raw", None), "_connection", None)
    sock = getattr(conn, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def new_session() -> requests.Session:
    """A ``requests`` session with factcheck's User-Agent; redirects are followed by the caller."""
    session = requests.Session()
    session.headers.update({"User-Agent": USER_AGENT, "Accept": ACCEPT})
    return session


def require_http_url(url: str, name: str) -> None:
    """Refuse anything but an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "no scheme"
        raise InputError(name, f"only http:// and https:// URLs can be fetched (got {shown}: {url})")
    if not parts.hostname:
        raise InputError(name, f"the URL has no host name: {url}")


def _follow_redirects(session: requests.Session, url: str, timeout: float,
                      max_redirects: int) -> requests.Response:
    """GET ``url``, following at most ``max_redirects`` redirects; returns the final (streamed) response."""
    current = url
    for _hop in range(max_redirects + 1):
        response = _get(session, current, url, timeout)
        if response.status_code not in REDIRECT_CODES:
            return response
        response.close()
        current = _redirect_target(response, current, url)
    raise InputError(url, f"too many redirects (more than {max_redirects})")


def _get(session: requests.Session, current: str, name: str, timeout: float) -> requests.Response:
    try:
        return session.get(current, timeout=timeout, stream=True, allow_redirects=False)
    except requests.RequestException as exc:
        raise InputError(name, describe_request_error(exc, current, timeout)) from None


def _redirect_target(response: requests.Response, current: str, name: str) -> str:
    location = response.headers.get("Location")
    if not location:
        raise InputError(name, f"HTTP {response.status_code} redirect without a Location header")
    target = urljoin(current, location.strip())
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise InputError(name, f"refused a redirect to a non-http(s) URL: {target}")
    require_http_url(target, name)
    return target


def _read_page(response: requests.Response, name: str, timeout: float, max_bytes: int,
               binary: tuple[str, ...] = ()) -> Page:
    _require_success(response, name)
    content_type, charset = parse_content_type(response.headers.get("Content-Type", ""))
    if content_type in binary:        # a type the caller reads itself ("sources draft" reads PDFs)
        body = _read_capped(response, name, timeout, max_bytes)
        return Page(url=response.url, status=response.status_code, content_type=content_type, text="",
                    headers=response.headers, content=body)
    _require_text_type(content_type, name)
    body = _read_capped(response, name, timeout, max_bytes)
    text, encoding = decode_body(body, charset, name)
    return Page(url=response.url, status=response.status_code, content_type=content_type,
                text=text, headers=response.headers, encoding=encoding)


def _require_success(response: requests.Response, name: str) -> None:
    if not 200 <= response.status_code < 300:
        reason = response.reason or ""
        raise InputError(name, f"HTTP {response.status_code} {reason}".rstrip())


def parse_content_type(header: str) -> tuple[str, Optional[str]]:
    """``'text/html; charset=UTF-8'`` -> ``('text/html', 'UTF-8')``."""
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def _require_text_type(content_type: str, name: str) -> None:
    """No Content-Type at all is accepted (the text is sniffed later); anything declared must be text."""
    if content_type and content_type not in TEXT_TYPES:
        raise InputError(name, f"not a web page or text ({content_type}); factcheck reads HTML and text only")


def _read_capped(response: requests.Response, name: str, timeout: float, max_bytes: int) -> bytes:
    """Stream the body, stopping as soon as it passes ``max_bytes`` or the whole download passes ``timeout``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(name, f"larger than {format_size(max_bytes)}")
    deadline = time.monotonic() + timeout
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise InputError(name, f"larger than {format_size(max_bytes)}")
            if time.monotonic() > deadline:
                raise InputError(name, f"the download took longer than {timeout:g} s (timeout)")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise InputError(name, describe_request_error(exc, response.url, timeout)) from None
    return b"".join(chunks)


def format_size(n: int) -> str:
    """5242880 -> '5 MB', 1536 -> '1.5 KB', 100 -> '100 bytes'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.3g} MB"
    if n >= 1024:
        return f"{n / 1024:.3g} KB"
    return f"{n} bytes"


def decode_body(body: bytes, declared: Optional[str], name: str) -> tuple[str, str]:
    """Decode with the server's charset, else ``<meta charset>``, else UTF-8 (Windows-1252 rescue)."""
    if not body.strip():
        raise InputError(name, "the page is empty")
    charset = declared or sniff_meta_charset(body)
    if charset is None:
        return decode_text(body, name), "utf-8"
    codec = _codec_name(charset, name)
    if codec == "utf-8":
        return decode_text(body, name), "utf-8"
    try:
        return body.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise InputError(name, f"the page is not valid {charset} text (byte 0x{body[exc.start]:02x} "
                               f"at position {exc.start})") from None


def sniff_meta_charset(body: bytes) -> Optional[str]:
    """The charset of ``<meta charset=...>`` or ``<meta http-equiv=... content="...; charset=...">``."""
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec_name(charset: str, name: str) -> str:
    """Python's codec for a declared charset; an unknown name is an error, not a guess."""
    label = charset.strip().lower()
    label = _BROWSER_CHARSETS.get(label, label)
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        raise InputError(name, f"unknown character set {charset!r} declared by the page") from None
    return "utf-8" if codec in ("utf-8", "utf-8-sig") else codec


def describe_request_error(exc: requests.RequestException, url: str, timeout: float) -> str:
    """One line for a ``requests`` failure, without the library's nested reprs."""
    host = urlsplit(url).hostname or url
    text = str(exc)
    if isinstance(exc, requests.Timeout) or "timed out" in text.lower():
        return f"no answer from {host} within {timeout:g} s (timeout)"
    if isinstance(exc, requests.exceptions.SSLError):
        return f"secure connection to {host} failed (TLS/SSL error)"
    if isinstance(exc, requests.ConnectionError):
        return f"cannot connect to {host}: {_root_reason(text)}"
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return f"{host} sent a badly compressed body"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return f"the connection to {host} broke during the download"
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema)):
        return f"invalid URL: {url}"
    return f"request to {host} failed: {type(exc).__name__}"


def _root_reason(text: str) -> str:
    """``'...[Errno 111] Connection refused'))'`` -> ``'connection refused'``."""
    match = _ERRNO_REASON.search(text)
    if match:
        return match.group(1).strip().lower()
    if "RemoteDisconnected" in text or "Connection aborted" in text:
        return "the server closed the connection"
    return "connection failed"
