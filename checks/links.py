"""Check that source URLs still answer, for ``factcheck sources check-links`` (never part of a check).

``check_links([(source_id, url), ...]) -> [LinkResult, ...]`` in input order. For each URL:

1. ``HEAD``, following redirects here hop by hop (at most ``max_redirects``), bodies never read;
2. if ``HEAD`` is refused (any 4xx/5xx, e.g. 403/405/501) or fails, ``GET`` (streamed, body not read)
   decides; a 404 to ``HEAD`` is confirmed by ``GET`` since some servers only refuse ``HEAD``;
3. ``GET`` is retried ``retries`` times with exponential backoff (``backoff`` * 2**attempt seconds) on
   429, 5xx (except 501) and connection errors or timeouts; a ``Retry-After`` header (seconds or an
   HTTP date) is honoured up to ``max_retry_after`` seconds.

Status: ``ok`` (2xx, no redirect), ``redirected`` (2xx after redirects; ``final_url`` says where),
``gone`` (404 or 410, after redirects too), ``error`` (anything else; ``message`` is one line).

Requests run on a thread pool of ``jobs`` workers; a per-host gate keeps any two requests to the same
host (host:port) at least ``per_host_delay`` seconds apart, redirects and retries included.
"""
from __future__ import annotations

import email.utils
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Optional, Union
from urllib.parse import urljoin, urlsplit

import requests

from .errors import InputError
from .web import REDIRECT_CODES, describe_request_error, new_session, require_http_url

OK, REDIRECTED, GONE, ERROR = "ok", "redirected", "gone", "error"
GONE_CODES = (404, 410)


@dataclass
class LinkResult:
    source: str
    url: str
    status: str                       # ok | redirected | gone | error
    http_status: Optional[int] = None
    final_url: Optional[str] = None
    message: str = ""


@dataclass
class Answer:
    """The last response of a redirect chain: its status, URL, number of redirects and Retry-After."""
    status: int
    url: str
    redirects: int
    reason: str = ""
    retry_after: Optional[float] = None


class LinkFailure(Exception):
    """A request that got no usable answer (timeout, refused connection, bad redirect...)."""


Outcome = Union[Answer, LinkFailure]


class HostGate:
    """Spaces requests to the same host at least ``delay`` seconds apart, across threads."""

    def __init__(self, delay: float):
        self.delay = delay
        self.next_slot: dict[str, float] = {}
        self.lock = threading.Lock()

    def wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot.get(host, now))
            self.next_slot[host] = slot + self.delay
        if slot > now:
            time.sleep(slot - now)


class LinkChecker:
    """Holds the settings, the per-host gate and one ``requests`` session per thread."""

    def __init__(self, timeout: float, per_host_delay: float, retries: int, backoff: float,
                 max_retry_after: float, max_redirects: int, session: Optional[requests.Session]):
        self.timeout, self.retries, self.backoff = timeout, max(0, retries), backoff
        self.max_retry_after, self.max_redirects = max_retry_after, max_redirects
        self.gate = HostGate(per_host_delay)
        self.shared_session = session
        self.local = threading.local()
        self.own_sessions: list[requests.Session] = []
        self.sessions_lock = threading.Lock()

    def check(self, source: str, url: str) -> LinkResult:
        try:
            require_http_url(url, source)
        except InputError:
            return LinkResult(source, url, ERROR, message="not an http(s) URL")
        return classify(source, url, self.probe(url))

    def probe(self, url: str) -> Outcome:
        """HEAD once; GET with retries when HEAD is refused or fails."""
        head = self.follow("HEAD", url)
        if isinstance(head, Answer) and head.status < 400:
            return head
        first_wait = head.retry_after if isinstance(head, Answer) and head.status == 429 else 0.0
        return self.get_with_retries(url, first_wait or 0.0)

    def get_with_retries(self, url: str, first_wait: float) -> Outcome:
        self.sleep(first_wait)
        outcome: Outcome = LinkFailure("not tried")
        for attempt in range(self.retries + 1):
            outcome = self.follow("GET", url)
            if attempt == self.retries or not is_retryable(outcome):
                break
            self.sleep(self.retry_delay(outcome, attempt))
        return outcome

    def retry_delay(self, outcome: Outcome, attempt: int) -> float:
        delay = self.backoff * (2 ** attempt)
        if isinstance(outcome, Answer) and outcome.retry_after is not None:
            delay = max(delay, outcome.retry_after)
        return delay

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(min(seconds, self.max_retry_after))

    def follow(self, method: str, url: str) -> Outcome:
        """One request per hop through a redirect chain; returns the last answer or the failure."""
        current = url
        for redirects in range(self.max_redirects + 1):
            try:
                response = self.request(method, current)
            except requests.RequestException as exc:
                return LinkFailure(describe_request_error(exc, current, self.timeout))
            answer = answer_from(response, current, redirects)
            if answer.status not in REDIRECT_CODES:
                return answer
            location = response.headers.get("Location")
            if not location:
                return LinkFailure(f"HTTP {answer.status} redirect without a Location header")
            current = urljoin(current, location.strip())
            if urlsplit(current).scheme.lower() not in ("http", "https"):
                return LinkFailure(f"redirects to a non-http(s) URL: {current}")
        return LinkFailure(f"too many redirects (more than {self.max_redirects})")

    def request(self, method: str, url: str) -> requests.Response:
        self.gate.wait(url)
        response = self.session().request(method, url, timeout=self.timeout, stream=True,
                                          allow_redirects=False)
        response.close()   # the status line and headers are all we need
        return response

    def session(self) -> requests.Session:
        if self.shared_session is not None:
            return self.shared_session
        session = getattr(self.local, "session", None)
        if session is None:
            session = self.local.session = new_session()
            with self.sessions_lock:
                self.own_sessions.append(session)
        return session

    def close(self) -> None:
        for session in self.own_sessions:
            session.close()


def check_links(urls: list[tuple[str, str]], timeout: float = 10.0, jobs: int = 8,
                per_host_delay: float = 0.5, retries: int = 2, session: Optional[requests.Session] = None,
                *, backoff: float = 1.0, max_retry_after: float = 30.0, max_redirects: int = 10,
                on_done: Optional[Callable[[LinkResult], None]] = None) -> list[LinkResult]:
    """Check every ``(source_id, url)``; results in input order.

    ``on_done(result)`` is called as each link is done, from a worker thread (e.g. to advance a
    progress bar, which must be thread-safe; rich's is). ``session`` is shared by all threads when given.
    """
    checker = LinkChecker(timeout, per_host_delay, retries, backoff, max_retry_after, max_redirects, session)

    def check_one(pair: tuple[str, str]) -> LinkResult:
        result = checker.check(*pair)
        if on_done is not None:
            on_done(result)
        return result

    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            return list(pool.map(check_one, urls))
    finally:
        checker.close()


def answer_from(response: requests.Response, url: str, redirects: int) -> Answer:
    return Answer(status=response.status_code, url=url, redirects=redirects, reason=response.reason or "",
                  retry_after=parse_retry_after(response.headers.get("Retry-After")))


def parse_retry_after(value: Optional[str]) -> Optional[float]:
    """``Retry-After``: delay in seconds, or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def is_retryable(outcome: Outcome) -> bool:
    if isinstance(outcome, LinkFailure):
        return True
    return outcome.status == 429 or (outcome.status >= 500 and outcome.status != 501)


def classify(source: str, url: str, outcome: Outcome) -> LinkResult:
    """Turn the final answer (or failure) into ok / redirected / gone / error."""
    if isinstance(outcome, LinkFailure):
        return LinkResult(source, url, ERROR, message=str(outcome))
    final = outcome.url if outcome.redirects else None
    if 200 <= outcome.status < 300:
        if outcome.redirects:
            return LinkResult(source, url, REDIRECTED, outcome.status, final, f"moved to {outcome.url}")
        return LinkResult(source, url, OK, outcome.status)
    status_line = f"HTTP {outcome.status} {outcome.reason}".rstrip()
    if outcome.status in GONE_CODES:
        return LinkResult(source, url, GONE, outcome.status, final, status_line)
    return LinkResult(source, url, ERROR, outcome.status, final, status_line)
