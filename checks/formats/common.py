"""Shared vocabulary and helpers for the report renderers (JSON report v1 dict in, text out).

Every renderer reads the report dict produced by ``checks.report`` and nothing else, and must cope
with ``None`` values in any optional field (the contract says every field is present, but values may
be null).
"""
from __future__ import annotations

import hashlib
from typing import Any, Iterator, Mapping
from urllib.parse import urlsplit
from ..resources import compiled

_P_CLEAN = compiled(r"\s+")

# The verdicts in display order (checkable ones first), as in JSON report v1.
VERDICT_ORDER = ("supported", "contradicted", "mixed", "outdated", "unverified", "not-checkable")
CHECKED_VERDICTS = ("supported", "contradicted", "mixed", "outdated")

# A symbol that reads without colour, for every verdict (terminal, Markdown, HTML).
SYMBOLS = {
    "supported": "✓",
    "contradicted": "✗",
    "mixed": "◐",
    "outdated": "↻",
    "unverified": "?",
    "not-checkable": "–",
}

# One-line meaning of each verdict, used by legends.
DESCRIPTIONS = {
    "supported": "a trusted source confirms it, and none contradicts it",
    "contradicted": "a trusted source says otherwise",
    "mixed": "some parts are confirmed, others contradicted",
    "outdated": "matches an older figure that a newer source has replaced",
    "unverified": "checkable, but no source in the list bears on it",
    "not-checkable": "headline, byline, opinion, prediction or question",
}

# Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008): strong colour and a light tint.
COLOURS = {
    "supported": ("#0072B2", "rgba(0, 114, 178, 0.16)"),       # blue
    "contradicted": ("#D55E00", "rgba(213, 94, 0, 0.18)"),      # vermillion
    "mixed": ("#E69F00", "rgba(230, 159, 0, 0.24)"),           # orange
    "outdated": ("#CC79A7", "rgba(204, 121, 167, 0.24)"),      # reddish purple
    "unverified": ("#7F7F7F", "rgba(153, 153, 153, 0.22)"),    # grey
    "not-checkable": ("#BBBBBB", "transparent"),
}

RELATION_SYMBOLS = {"supports": "✓", "contradicts": "✗", "related": "~"}

# What the sources say of each part of a statement (``statements[].parts[].status``).
PART_SYMBOLS = {"confirmed": "✓", "contradicted": "✗", "unchecked": "?"}
PART_ORDER = ("contradicted", "unchecked", "confirmed")


def part_summary(st: Mapping[str, Any], words: int = 8) -> list[tuple[str, str]]:
    """``[(status, short text)]``: a statement's parts, contradicted first, then unchecked, then confirmed;
    a long part (a whole clause) is cut after ``words`` words, at a word boundary."""
    seen, out = set(), []
    for p in sorted(st.get("parts") or [], key=lambda p: PART_ORDER.index(p.get("status", "unchecked"))
                    if p.get("status") in PART_ORDER else 1):
        text = " ".join(clean(p.get("text")).split())
        cut = text.split(" ")
        short = " ".join(cut[:words]) + (" …" if len(cut) > words else "")
        key = (p.get("status"), short)
        if short and key not in seen:
            seen.add(key)
            out.append((p.get("status") or "unchecked", short))
    return out


def parts_line(st: Mapping[str, Any]) -> str:
    """``"✗ 0.2% · ? 2,1 millions · ✓ 3.4%"``; empty when every part is confirmed (the explanations say
    so) or the statement has none."""
    items = part_summary(st)
    if all(status == "confirmed" for status, _ in items):
        return ""
    return " · ".join(f"{PART_SYMBOLS.get(status, '?')} {text}" for status, text in items)


def verdict_label(verdict: str | None) -> str:
    """``"✗ contradicted"``: symbol and word, readable without colour."""
    v = verdict or "not-checkable"
    return f"{SYMBOLS.get(v, '•')} {v}"


def as_reports(report: Any) -> list[Mapping[str, Any]]:
    """A report dict, or a list/tuple of them (a batch), as a list."""
    if isinstance(report, Mapping):
        return [report]
    if isinstance(report, (list, tuple)):
        for r in report:
            if not isinstance(r, Mapping):
                raise TypeError(f"a batch must hold report dicts, not {type(r).__name__}")
        return list(report)
    raise TypeError(f"expected a report dict or a list of them, not {type(report).__name__}")


def article(report: Mapping[str, Any]) -> Mapping[str, Any]:
    return report.get("article") or {}


def statements(report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list(report.get("statements") or [])


def claims(statement: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list(statement.get("claims") or [])


def summary(report: Mapping[str, Any]) -> dict[str, int]:
    """The report's summary; any missing count is computed from the statements."""
    given = dict(report.get("summary") or {})
    sts = statements(report)
    out = {
        "statements": given.get("statements", len(sts)),
        "checkable": given.get("checkable", sum(1 for s in sts if s.get("checkable"))),
    }
    for v in VERDICT_ORDER:
        out[v] = given.get(v, sum(1 for s in sts if s.get("verdict") == v))
    return out


def is_checkable(statement: Mapping[str, Any]) -> bool:
    return bool(statement.get("checkable")) and statement.get("verdict") != "not-checkable"


def claim_anchors(report: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any], Mapping[str, Any]]]:
    """``(anchor, statement, claim)`` for every claim in document order; the anchor is ``claim-`` and a
    short hash of the claim's words, so it stays the same when other statements change, are added or
    removed (a second claim with the same words gets ``-2``).

    ``#claim-…`` in a ClaimReview ``url`` and the ``id="claim-…"`` anchors of the HTML page refer to the
    same claim, whichever claims a format keeps.
    """
    seen: dict[str, int] = {}
    for st in statements(report):
        for cl in claims(st):
            words = " ".join(clean(cl.get("text")).casefold().split())
            digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:8]
            seen[digest] = seen.get(digest, 0) + 1
            yield (f"claim-{digest}" if seen[digest] == 1 else f"claim-{digest}-{seen[digest]}"), st, cl


def title_of(report: Mapping[str, Any]) -> str:
    """The article's title, else its source (file name or URL), else a placeholder."""
    art = article(report)
    return clean(art.get("title")) or clean(art.get("source")) or "untitled article"


def clean(s: Any) -> str:
    """Collapse whitespace runs (including newlines) to single spaces; None -> ''."""
    if s is None:
        return ""
    return _P_CLEAN.sub(" ", str(s)).strip()


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL (never ``javascript:`` and the like), else None."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\r\n\t\x00"):
        return None
    return url


def source_index(report: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {s.get("id"): s for s in (report.get("sources") or []) if s.get("id")}


def evidence_link(report_sources: Mapping[str, Mapping[str, Any]], ev: Mapping[str, Any]) -> tuple[str, str | None]:
    """(title, url) for an evidence item, falling back on the report's source list."""
    src = report_sources.get(ev.get("source") or "", {})
    title = clean(ev.get("title")) or clean(src.get("title")) or clean(ev.get("source")) or "source"
    url = safe_url(ev.get("url")) or safe_url(src.get("url"))
    return title, url


def tool_line(report: Mapping[str, Any]) -> str:
    tool = report.get("tool") or {}
    name = tool.get("name") or "factcheck"
    version = tool.get("version")
    return f"{name} {version}" if version else str(name)
