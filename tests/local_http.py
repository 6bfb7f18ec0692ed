"""A small HTTP server on 127.0.0.1 for the web and link tests (no test touches the network).

``LocalServer`` serves, by path (the query string makes a path unique, e.g. for per-test counters):

==================  =========================================================================
/article            the news page fixture (tests/fixtures/html/article_fr.html), UTF-8
/hop/N              a redirect to /hop/N-1; /hop/0 redirects to /article (so /hop/0 is 1 hop)
/loop               a redirect to itself
/to-ftp             a redirect to an ftp:// URL
/missing, /removed  404 and 410
/flaky?k            500 for the first ``2`` requests with that exact path+query, then 200
/busy?k             429 with ``Retry-After: 1`` for the first request, then 200
/broken             always 500
/report.pdf         application/pdf
/photo.png          image/png
/huge               6 MB of HTML with a Content-Length
/huge-stream        6 MB of HTML without Content-Length (streamed until the connection closes)
/klingon            text/html; charset=x-klingon
/latin1-meta        Windows-1252 bytes, charset only in <meta charset>
/binary             text/html; charset=utf-8 but binary bytes
/empty              an empty 200 page
/slow               answers after 2 seconds
/drip               the article's headers, then one byte of body every 0.2 s (about 3 minutes in all)
/releases/NAME      a saved public release from tests/fixtures/releases/ (HTML, Markdown as text/markdown, PDF)
/no-head            405 to HEAD, the article to GET
/plain              text/plain
==================  =========================================================================
"""
from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "html"
RELEASES = Path(__file__).parent / "fixtures" / "releases"
ARTICLE_HTML = (FIXTURES / "article_fr.html").read_bytes()
HUGE = 6 * 1024 * 1024


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"   # close-delimited bodies for /huge-stream

    def log_message(self, *args) -> None:   # keep test output quiet
        pass

    def do_HEAD(self) -> None:
        self.respond(head=True)

    def do_GET(self) -> None:
        self.respond(head=False)

    def respond(self, head: bool) -> None:
        server: LocalHTTPServer = self.server  # type: ignore[assignment]
        server.record(self.command, self.path)
        route = self.path.split("?")[0]
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):   # the client stopped reading
            self.route(route, head, server.count(self.path))

    def route(self, route: str, head: bool, count: int) -> None:
        if route == "/article" or route == "/plain":
            kind = "text/html; charset=utf-8" if route == "/article" else "text/plain; charset=utf-8"
            body = ARTICLE_HTML if route == "/article" else "La Russie a reçu des obus.\n".encode()
            self.send(200, body, kind, head)
        elif route.startswith("/hop/"):
            n = int(route.rsplit("/", 1)[1])
            self.redirect("/article" if n == 0 else f"/hop/{n - 1}")
        elif route == "/loop":
            self.redirect("/loop")
        elif route == "/to-ftp":
            self.redirect("ftp://127.0.0.1/file.txt")
        elif route in ("/missing", "/removed"):
            self.send(404 if route == "/missing" else 410, b"<html><body>gone</body></html>", "text/html", head)
        elif route == "/flaky":
            self.send(500 if count <= 2 else 200, ARTICLE_HTML, "text/html; charset=utf-8", head)
        elif route == "/busy":
            extra = {"Retry-After": "1"} if count == 1 else {}
            self.send(429 if count == 1 else 200, ARTICLE_HTML, "text/html; charset=utf-8", head, extra)
        elif route == "/broken":
            self.send(500, b"oops", "text/plain", head)
        elif route == "/report.pdf":
            self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf", head)
        elif route == "/photo.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png", head)
        elif route == "/huge":
            self.send(200, b"<html><body><p>" + b"a" * HUGE + b"</p></body></html>", "text/html", head)
        elif route == "/huge-stream":
            self.stream_huge(head)
        elif route == "/klingon":
            self.send(200, ARTICLE_HTML, "text/html; charset=x-klingon", head)
        elif route == "/latin1-meta":
            body = ('<html><head><meta charset="windows-1252"><title>Été</title></head><body>'
                    '<p>Moscou a reçu un tiers des livraisons, soit 5 milliards d’euros.</p></body></html>')
            self.send(200, body.encode("cp1252"), "text/html", head)
        elif route == "/binary":
            self.send(200, bytes(range(256)) * 8, "text/html; charset=utf-8", head)
        elif route == "/empty":
            self.send(200, b"", "text/html; charset=utf-8", head)
        elif route.startswith("/releases/"):
            path = RELEASES / route.rsplit("/", 1)[1]
            kinds = {".html": "text/html; charset=utf-8", ".md": "text/markdown; charset=utf-8", ".pdf": "application/pdf"}
            if path.is_file() and path.suffix in kinds:
                self.send(200, path.read_bytes(), kinds[path.suffix], head)
            else:
                self.send(404, b"not found", "text/plain", head)
        elif route == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE_HTML)))
            self.end_headers()
            try:
                for i in range(900):
                    self.wfile.write(ARTICLE_HTML[i:i + 1])
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass                      # the client gave up, as it should
        elif route == "/slow":
            time.sleep(2)
            self.send(200, ARTICLE_HTML, "text/html; charset=utf-8", head)
        elif route == "/no-head":
            if head:
                self.send(405, b"", "text/plain", head, {"Allow": "GET"})
            else:
                self.send(200, ARTICLE_HTML, "text/html; charset=utf-8", head)
        else:
            self.send(404, b"not found", "text/plain", head)

    def send(self, status: int, body: bytes, content_type: str, head: bool, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream_huge(self, head: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        if head:
            return
        chunk = b"<p>" + b"b" * 65536 + b"</p>\n"
        for _ in range(HUGE // len(chunk) + 2):
            self.wfile.write(chunk)


class LocalHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.hits: Counter = Counter()
        self.log: list[tuple[float, str, str]] = []   # (monotonic time, method, path)

    def record(self, method: str, path: str) -> None:
        with self.lock:
            self.hits[path] += 1
            self.log.append((time.monotonic(), method, path))

    def count(self, path: str) -> int:
        with self.lock:
            return self.hits[path]

    def requests_for(self, path: str) -> list[tuple[float, str, str]]:
        with self.lock:
            return [entry for entry in self.log if entry[2] == path]


class LocalServer:
    """Context manager: a ``LocalHTTPServer`` running in a thread; ``url(path)`` gives full URLs."""

    def __enter__(self) -> LocalServer:
        self.httpd = LocalHTTPServer()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def requests_for(self, path: str) -> list[tuple[float, str, str]]:
        return self.httpd.requests_for(path)
