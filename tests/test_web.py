"""checks.web.fetch against a local server: redirects, limits, content types, charsets, one-line errors."""
from __future__ import annotations

import time

import socket

import pytest
import requests

from factcheck.checks import __version__, web
from factcheck.checks.errors import InputError
from factcheck.checks.load import load_article
from local_http import ARTICLE_HTML, FIXTURES

COMMENT = "la Russie a payé 5 milliards"


def fetch_error(url: str, **options) -> str:
    with pytest.raises(InputError) as caught:
        web.fetch(url, **options)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(url.split("?")[0])
    return message


# --- fetching -----------------------------------------------------------------------------------

def test_fetch_returns_decoded_text_and_final_url(server):
    page = web.fetch(server.url("/article"))
    assert page.status == 200
    assert page.url == server.url("/article")
    assert page.content_type == "text/html"
    assert page.encoding == "utf-8"
    assert page.text == ARTICLE_HTML.decode("utf-8")
    assert "Corée du Nord" in page.text


def test_fetch_sends_factcheck_user_agent():
    seen = {}

    class Recorder(requests.Session):
        def get(self, url, **kwargs):
            seen.update(self.headers)
            raise requests.ConnectionError("[Errno 111] Connection refused")

    session = Recorder()
    session.headers.update(web.new_session().headers)
    with pytest.raises(InputError):
        web.fetch("http://127.0.0.1:9/", session=session)
    assert seen["User-Agent"] == f"factcheck/{__version__}"


def test_one_redirect_is_followed(server):
    page = web.fetch(server.url("/hop/0"))
    assert page.url == server.url("/article")
    assert "Pyongyang" in page.text


def test_five_redirects_are_allowed(server):
    page = web.fetch(server.url("/hop/4"))        # /hop/4 -> 3 -> 2 -> 1 -> 0 -> /article: 5 hops
    assert page.url == server.url("/article")


def test_six_redirects_are_too_many(server):
    message = fetch_error(server.url("/hop/5"))   # 6 hops
    assert "too many redirects (more than 5)" in message


def test_max_redirects_is_an_option(server):
    assert "more than 1" in fetch_error(server.url("/hop/1"), max_redirects=1)
    assert web.fetch(server.url("/hop/0"), max_redirects=1).url == server.url("/article")


def test_redirect_loop_stops(server):
    assert "too many redirects" in fetch_error(server.url("/loop"))


def test_redirect_to_other_scheme_is_refused(server):
    message = fetch_error(server.url("/to-ftp"))
    assert "refused a redirect to a non-http(s) URL: ftp://127.0.0.1/file.txt" in message


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/passwd", "javascript:alert(1)",
                                 "example.org/article"])
def test_only_http_and_https_urls(url):
    with pytest.raises(InputError, match="only http:// and https:// URLs can be fetched"):
        web.fetch(url)


def test_url_without_host():
    with pytest.raises(InputError, match="no host name"):
        web.fetch("http:///article")


# --- HTTP errors, content types, size ---------------------------------------------------------

@pytest.mark.parametrize("path, expected", [("/missing", "HTTP 404 Not Found"), ("/removed", "HTTP 410 Gone"),
                                            ("/broken", "HTTP 500 Internal Server Error")])
def test_http_errors_are_one_line(server, path, expected):
    assert fetch_error(server.url(path)).endswith(expected)


@pytest.mark.parametrize("path, kind", [("/report.pdf", "application/pdf"), ("/photo.png", "image/png")])
def test_non_text_content_types_are_refused(server, path, kind):
    message = fetch_error(server.url(path))
    assert f"not a web page or text ({kind})" in message


def test_plain_text_is_accepted(server):
    page = web.fetch(server.url("/plain"))
    assert page.content_type == "text/plain"
    assert page.text == "La Russie a reçu des obus.\n"


def test_size_cap_from_content_length(server):
    assert fetch_error(server.url("/huge")).endswith("larger than 5 MB")


def test_size_cap_while_streaming(server):
    assert fetch_error(server.url("/huge-stream")).endswith("larger than 5 MB")


def test_size_cap_is_an_option(server):
    assert fetch_error(server.url("/article"), max_bytes=1024).endswith("larger than 1 KB")
    assert web.fetch(server.url("/huge"), max_bytes=7 * 1024 * 1024).status == 200


def test_timeout(server):
    message = fetch_error(server.url("/slow"), timeout=0.3)
    assert message.endswith("no answer from 127.0.0.1 within 0.3 s (timeout)")


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    message = fetch_error(f"http://127.0.0.1:{port}/article")
    assert message.endswith("cannot connect to 127.0.0.1: connection refused")


# --- charsets ---------------------------------------------------------------------------------

def test_unknown_charset_is_a_clear_error(server):
    assert fetch_error(server.url("/klingon")).endswith("unknown character set 'x-klingon' declared by the page")


def test_meta_charset_is_used_when_the_header_has_none(server):
    page = web.fetch(server.url("/latin1-meta"))
    assert page.encoding == "cp1252"
    assert "Moscou a reçu un tiers des livraisons, soit 5 milliards d’euros." in page.text


def test_binary_body_is_refused(server):
    assert "binary" in fetch_error(server.url("/binary"))


def test_empty_page(server):
    assert fetch_error(server.url("/empty")).endswith("the page is empty")


def test_declared_charset_that_does_not_fit_the_bytes():
    expected = r"^page: the page is not valid shift_jis text \(byte 0x[0-9a-f]{2} at position \d+\)$"
    with pytest.raises(InputError, match=expected):
        web.decode_body("<p>ça coûte 5 €</p>".encode("cp1252") + b"\xff\xff", "shift_jis", "page")


@pytest.mark.parametrize("header, expected", [
    ("text/html; charset=UTF-8", ("text/html", "UTF-8")),
    ('text/html; charset="iso-8859-1"', ("text/html", "iso-8859-1")),
    ("TEXT/HTML", ("text/html", None)),
    ("", ("", None)),
])
def test_parse_content_type(header, expected):
    assert web.parse_content_type(header) == expected


def test_iso_8859_1_is_read_as_windows_1252():
    text, codec = web.decode_body("l’obus coûte 5 €".encode("cp1252"), "ISO-8859-1", "page")
    assert (text, codec) == ("l’obus coûte 5 €", "cp1252")


def test_sniff_meta_charset():
    assert web.sniff_meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">') == "koi8-r"
    assert web.sniff_meta_charset(b"<meta charset='utf-8'>") == "utf-8"
    assert web.sniff_meta_charset(b"<p>no meta</p>") is None


# --- URL and saved file give the same article -------------------------------------------------

def test_url_and_saved_file_give_the_same_article(server):
    online = load_article(server.url("/article"))
    offline = load_article(str(FIXTURES / "article_fr.html"))
    assert online.text == offline.text
    assert (online.title, online.published, online.outlet, online.author) == \
           (offline.title, offline.published, offline.outlet, offline.author)
    assert online.source == server.url("/article")
    assert COMMENT not in online.text


def test_loader_passes_web_options(server):
    with pytest.raises(InputError, match="larger than"):
        load_article(server.url("/article"), max_bytes=100)


def test_timeout_is_a_deadline_on_the_whole_download(server):
    """A server that drips one byte at a time never lets a per-read timeout fire: the deadline still holds."""
    started = time.monotonic()
    message = fetch_error(server.url("/drip"), timeout=1.5)
    assert "took longer than 1.5 s" in message
    assert time.monotonic() - started < 5
