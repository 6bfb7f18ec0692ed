"""checks.links.check_links against a local server: ok / redirected / gone / error, retries, politeness."""
from __future__ import annotations

import socket
import time
import uuid

import pytest

from factcheck.checks import links
from factcheck.checks.links import LinkResult

FAST = dict(per_host_delay=0.0, backoff=0.05, timeout=5.0)


def unique(path: str) -> str:
    """A path with its own request counter on the server."""
    return f"{path}?{uuid.uuid4().hex}"


def check_one(url: str, **options) -> LinkResult:
    settings = {**FAST, **options}
    [result] = links.check_links([("src", url)], **settings)
    return result


def test_ok(server):
    result = check_one(server.url("/article"))
    assert result == LinkResult("src", server.url("/article"), "ok", 200, None, "")


def test_ok_uses_head_only(server):
    path = unique("/article")
    check_one(server.url(path))
    assert [method for _t, method, _p in server.requests_for(path)] == ["HEAD"]


def test_one_redirect(server):
    result = check_one(server.url("/hop/0"))
    assert (result.status, result.http_status, result.final_url) == ("redirected", 200, server.url("/article"))
    assert result.message == f"moved to {server.url('/article')}"


def test_six_redirects_still_end_in_redirected(server):
    result = check_one(server.url("/hop/5"))
    assert (result.status, result.final_url) == ("redirected", server.url("/article"))


def test_redirect_loop_is_an_error(server):
    result = check_one(server.url("/loop"), retries=0)
    assert result.status == "error"
    assert result.message == "too many redirects (more than 10)"


def test_redirect_to_another_scheme_is_an_error(server):
    result = check_one(server.url("/to-ftp"), retries=0)
    assert (result.status, result.message) == ("error", "redirects to a non-http(s) URL: ftp://127.0.0.1/file.txt")


@pytest.mark.parametrize("path, code, reason", [("/missing", 404, "Not Found"), ("/removed", 410, "Gone")])
def test_gone(server, path, code, reason):
    result = check_one(server.url(path))
    assert (result.status, result.http_status, result.message) == ("gone", code, f"HTTP {code} {reason}")


def test_gone_is_confirmed_with_get(server):
    path = unique("/missing")
    check_one(server.url(path))
    assert [method for _t, method, _p in server.requests_for(path)] == ["HEAD", "GET"]


def test_head_not_allowed_falls_back_to_get(server):
    path = unique("/no-head")
    result = check_one(server.url(path))
    assert (result.status, result.http_status) == ("ok", 200)
    assert [method for _t, method, _p in server.requests_for(path)] == ["HEAD", "GET"]


def test_server_error_then_success_is_retried(server):
    path = unique("/flaky")           # 500, 500, then 200
    result = check_one(server.url(path))
    assert (result.status, result.http_status) == ("ok", 200)
    assert [method for _t, method, _p in server.requests_for(path)] == ["HEAD", "GET", "GET"]


def test_retries_back_off_exponentially(server):
    path = unique("/broken")
    started = time.monotonic()
    result = check_one(server.url(path), retries=2, backoff=0.2)
    elapsed = time.monotonic() - started
    assert (result.status, result.http_status, result.message) == ("error", 500, "HTTP 500 Internal Server Error")
    assert len(server.requests_for(path)) == 4       # HEAD + GET + 2 retries
    assert elapsed >= 0.2 + 0.4 - 0.05


def test_too_many_requests_honours_retry_after(server):
    path = unique("/busy")            # 429 with Retry-After: 1, then 200
    started = time.monotonic()
    result = check_one(server.url(path))
    assert (result.status, result.http_status) == ("ok", 200)
    assert time.monotonic() - started >= 0.95
    times = [t for t, _m, _p in server.requests_for(path)]
    assert times[1] - times[0] >= 0.95


def test_retry_after_is_capped(server):
    path = unique("/busy")
    started = time.monotonic()
    result = check_one(server.url(path), max_retry_after=0.1)
    assert result.status == "ok"
    assert time.monotonic() - started < 0.9


def test_connection_refused_is_an_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = check_one(f"http://127.0.0.1:{port}/a", retries=1)
    assert result.status == "error"
    assert result.message == "cannot connect to 127.0.0.1: connection refused"
    assert result.http_status is None


def test_timeout_is_an_error(server):
    result = check_one(server.url("/slow"), timeout=0.3, retries=0)
    assert (result.status, result.message) == ("error", "no answer from 127.0.0.1 within 0.3 s (timeout)")


@pytest.mark.parametrize("url", ["ftp://example.org/x", "not a url", ""])
def test_non_http_urls_are_errors_without_a_request(url):
    result = check_one(url)
    assert (result.status, result.message) == ("error", "not an http(s) URL")


def test_results_keep_input_order_and_sources(server):
    pairs = [("a", server.url("/missing")), ("b", server.url("/article")), ("c", server.url("/hop/1")),
             ("d", server.url("/removed")), ("e", server.url("/no-head")), ("f", server.url("/article"))]
    results = links.check_links(pairs, jobs=4, **FAST)
    assert [(r.source, r.url) for r in results] == pairs
    assert [r.status for r in results] == ["gone", "ok", "redirected", "gone", "ok", "ok"]


def test_on_done_is_called_for_each_link(server):
    seen = []
    pairs = [(str(i), server.url("/article")) for i in range(5)]
    links.check_links(pairs, jobs=3, on_done=seen.append, **FAST)
    assert sorted(r.source for r in seen) == ["0", "1", "2", "3", "4"]


def test_requests_to_one_host_are_spaced(server):
    paths = [unique("/article") for _ in range(4)]
    links.check_links([("s", server.url(p)) for p in paths], jobs=4, per_host_delay=0.2, backoff=0.05)
    times = sorted(t for p in paths for t, _m, _p in server.requests_for(p))
    gaps = [b - a for a, b in zip(times, times[1:])]
    # spaced on average by the delay; one arrival may be late by a busy machine's scheduling jitter, which
    # shortens one gap and lengthens the one before it
    assert len(times) == 4 and (times[-1] - times[0]) / 3 >= 0.18 and min(gaps) >= 0.08, gaps


def test_different_hosts_are_not_held_up(server):
    gate = links.HostGate(delay=5.0)
    started = time.monotonic()
    for url in ("http://a.example/1", "http://b.example/1", "http://c.example/1"):
        gate.wait(url)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize("value, expected", [("3", 3.0), ("0", 0.0), (None, None), ("soon", None)])
def test_parse_retry_after(value, expected):
    assert links.parse_retry_after(value) == expected


def test_parse_retry_after_http_date():
    later = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 20))
    assert 15 <= links.parse_retry_after(later) <= 21
