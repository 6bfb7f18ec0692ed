"""Report formats: each renders the JSON report v1 dict (``checks.report``) as a string.

    from factcheck.checks.formats import render, FORMATS
    text = render("markdown", report)                       # or "html", "claimreview", "jsonl"
    text = render("claimreview", report, publisher="Desk", review_url="https://example.org/r/1")
    text = render("jsonl", [report1, report2])              # a batch: a list of report dicts

Every renderer takes a report dict or a list of them (a batch) and keyword options:

- ``markdown``: ``not_checkable=True`` (list non-checkable statements at the end), ``heading_level=1``.
- ``html``: ``not_checkable=True``, ``jsonld=False`` (embed ClaimReview JSON-LD) and the ClaimReview
  options below for it.
- ``claimreview``: ``publisher`` (review author, an Organization name), ``publisher_url``,
  ``review_url`` (the page the reviews live on; each item gets ``#claim-<hash of its words>``), ``date`` (review date,
  default today), ``include_unverified=False``, ``indent=2``.
- ``jsonl``: no option.

``render(name, report, **options)`` passes each renderer only the options it accepts and ignores
the rest, so a command line can hand the same option set to any format; ``None`` values are dropped
(the renderer's default applies). An unknown format name raises ``ValueError``.
"""
from __future__ import annotations

import inspect
from typing import Any, Callable

Renderer = Callable[..., str]


def _formats() -> dict[str, Renderer]:
    """The renderers, imported on first use (``FORMATS``): a table or JSON check, which renders none of them,
    does not import them (``formats.common`` alone, for the table, loads this package)."""
    found = globals().get("FORMATS")
    if found is None:
        from . import claimreview, html, jsonl, markdown
        found = globals()["FORMATS"] = {
            "markdown": markdown.render,
            "html": html.render,
            "claimreview": claimreview.render,
            "jsonl": jsonl.render,
        }
    return found


def __getattr__(name: str) -> Any:
    if name == "FORMATS":
        return _formats()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# File name suffix and media type per format (for --output defaults and web servers).
SUFFIXES = {"markdown": ".md", "html": ".html", "claimreview": ".jsonld", "jsonl": ".jsonl"}
MEDIA_TYPES = {
    "markdown": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "claimreview": "application/ld+json",
    "jsonl": "application/jsonl",
}


def options_of(name: str) -> tuple[str, ...]:
    """The keyword options a format accepts."""
    fn = _renderer(name)
    return tuple(p.name for p in inspect.signature(fn).parameters.values() if p.kind is p.KEYWORD_ONLY)


def _renderer(name: str) -> Renderer:
    try:
        return _formats()[name]
    except KeyError:
        raise ValueError(f"unknown report format {name!r}; choose one of {', '.join(_formats())}") from None


def render(name: str, report: Any, **options: Any) -> str:
    """Render ``report`` (a JSON report v1 dict, or a list of them) in format ``name``."""
    fn = _renderer(name)
    accepted = set(options_of(name))
    kwargs = {k: v for k, v in options.items() if k in accepted and v is not None}
    return fn(report, **kwargs)


__all__ = ["FORMATS", "SUFFIXES", "MEDIA_TYPES", "render", "options_of"]
