"""schema.org ClaimReview JSON-LD: one ClaimReview per checked claim.

Output: a JSON array of ClaimReview objects (each with its own ``@context``), ready to embed in a
page as ``<script type="application/ld+json">``. "Checked" claims are the checkable claims whose
verdict is supported, contradicted, mixed or outdated; ``include_unverified=True`` adds the
unverified ones. Claims of a statement that is not checkable are never included.

Rating scale (``reviewRating``), worstRating 1, bestRating 4:

    ratingValue  alternateName  verdict in the JSON report
    1            False          contradicted  (a trusted source says otherwise)
    2            Outdated       outdated      (matches a figure a newer source has replaced)
    3            Mixture        mixed         (parts confirmed, parts contradicted)
    4            True           supported     (a trusted source confirms it, none contradicts it)
    (none)       Unverified     unverified    (only with include_unverified: no source bears on it;
                                               ratingValue, bestRating and worstRating are left out
                                               because absence of evidence is not a point on the scale)

``alternateName`` is the text verdict search engines show; ``ratingExplanation`` is the engine's
explanation of the claim. Fields of each item:

- ``claimReviewed``: the claim as written, whitespace collapsed, shortened to at most 75 characters
  at a word boundary with "…" (Google's advice: under 75 characters, no rating in it).
- ``itemReviewed``: a ``Claim`` whose ``appearance`` is the article (``NewsArticle`` when an outlet
  or a publication date is known, else ``CreativeWork``) with its ``url`` (for http(s) sources) or
  ``name``, ``headline``, ``datePublished``, ``publisher`` (the outlet) and ``author``; the Claim's
  ``datePublished`` is the article's.
- ``author``: ``{"@type": "Organization", "name": publisher}`` from the ``publisher`` option (and
  ``url`` from ``publisher_url``); left out when no publisher is given.
- ``url``: ``review_url`` with the fragment ``#claim-XXXXXXXX``, a short hash of the claim's words that
  stays the same when the rest of the article changes (the same anchors as the HTML page); without
  ``review_url`` the bare fragment, which resolves against the page the JSON-LD is embedded in (the
  command line warns then). In a batch, the fragment is ``#a{K}-claim-…`` for the K-th report (from 1),
  as in the batch HTML page.
- ``datePublished``: the ``date`` option (ISO date string or ``datetime.date``), default today.
- ``inLanguage``: the article's language (left out when unknown).
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

from .common import article, as_reports, claim_anchors, clean, is_checkable, safe_url

CONTEXT = "https://schema.org"
MAX_CLAIM_CHARS = 75
WORST_RATING = 1
BEST_RATING = 4

# verdict -> (ratingValue or None, alternateName)
RATINGS: dict[str, tuple[int | None, str]] = {
    "contradicted": (1, "False"),
    "outdated": (2, "Outdated"),
    "mixed": (3, "Mixture"),
    "supported": (4, "True"),
    "unverified": (None, "Unverified"),
}


def shorten(text: Any, limit: int = MAX_CLAIM_CHARS) -> str:
    """``text`` with whitespace collapsed, at most ``limit`` characters, cut at a word boundary
    with "…" when too long (a single over-long word is cut inside)."""
    s = clean(text)
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if s[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rfind(" ")]
    cut = cut.rstrip(" ,;:.-–—«“(\"'")
    return (cut or s[: limit - 1]) + "…"


def _fragment_url(review_url: str | None, fragment: str) -> str:
    if not review_url:
        return "#" + fragment
    parts = urlsplit(review_url)
    return urlunsplit(parts._replace(fragment=fragment))


def _iso_date(date: Any) -> str:
    if date is None:
        return _dt.date.today().isoformat()
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.isoformat()
    return str(date)


def _appearance(art: Mapping[str, Any]) -> dict[str, Any]:
    is_news = bool(art.get("outlet") or art.get("published"))
    out: dict[str, Any] = {"@type": "NewsArticle" if is_news else "CreativeWork"}
    source = art.get("source")
    url = safe_url(source)
    if url:
        out["url"] = url
    title = clean(art.get("title"))
    out["name"] = title or clean(source) or "article"
    if title:
        out["headline"] = title
    if art.get("published"):
        out["datePublished"] = art["published"]
    if art.get("outlet"):
        out["publisher"] = {"@type": "Organization", "name": clean(art["outlet"])}
    if art.get("author"):
        out["author"] = {"@type": "Person", "name": clean(art["author"])}
    if art.get("language") and art["language"] != "und":
        out["inLanguage"] = art["language"]
    return out


def reviews(
    report: Any,
    *,
    publisher: str | None = None,
    publisher_url: str | None = None,
    review_url: str | None = None,
    date: Any = None,
    include_unverified: bool = False,
) -> list[dict[str, Any]]:
    """The ClaimReview objects (dicts) for a report or a batch."""
    reps = as_reports(report)
    if review_url is not None and not safe_url(review_url):
        raise ValueError(f"review_url must be an absolute http(s) URL, not {review_url!r}")
    today = _iso_date(date)
    author = _author(publisher, publisher_url)
    wanted = {v for v, (value, _) in RATINGS.items() if value is not None}
    if include_unverified:
        wanted.add("unverified")

    out: list[dict[str, Any]] = []
    for k, rep in enumerate(reps, start=1):
        art = article(rep)
        appearance = _appearance(art)
        prefix = f"a{k}-" if len(reps) > 1 else ""
        for anchor, st, cl in claim_anchors(rep):
            verdict = cl.get("verdict")
            if not (is_checkable(st) and cl.get("checkable", True) and verdict in wanted):
                continue
            item: dict[str, Any] = {
                "@context": CONTEXT,
                "@type": "ClaimReview",
                "url": _fragment_url(review_url, f"{prefix}{anchor}"),
                "claimReviewed": shorten(cl.get("text")),
                "reviewRating": _rating(verdict, cl),
                "itemReviewed": {"@type": "Claim", "appearance": dict(appearance)},
                "datePublished": today,
            }
            if art.get("published"):
                item["itemReviewed"]["datePublished"] = art["published"]
            if author:
                item["author"] = author
            if art.get("language") and art["language"] != "und":
                item["inLanguage"] = art["language"]
            out.append(item)
    return out


def _author(publisher: str | None, publisher_url: str | None) -> dict[str, Any] | None:
    """The reviewing organisation, with its URL when it is a safe one."""
    if not publisher:
        return None
    author = {"@type": "Organization", "name": clean(publisher)}
    if safe_url(publisher_url):
        author["url"] = publisher_url
    return author


def _rating(verdict: str, cl: dict[str, Any]) -> dict[str, Any]:
    """The rating of a verdict, with its value on the scale when it has one, and the claim's explanation."""
    value, name = RATINGS[verdict]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    explanation = clean(cl.get("explanation"))
    if explanation:
        rating["ratingExplanation"] = explanation
    return rating


def render(
    report: Any,
    *,
    publisher: str | None = None,
    publisher_url: str | None = None,
    review_url: str | None = None,
    date: Any = None,
    include_unverified: bool = False,
    indent: int | None = 2,
) -> str:
    """ClaimReview JSON-LD (a JSON array) for a report dict or a list of them."""
    items = reviews(report, publisher=publisher, publisher_url=publisher_url, review_url=review_url,
                    date=date, include_unverified=include_unverified)
    return json.dumps(items, ensure_ascii=False, indent=indent) + "\n"
