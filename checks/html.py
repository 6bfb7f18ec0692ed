"""HTML page -> ``Article``: the article body as plain text, plus title, outlet, author and date.

Extraction uses trafilatura (imported only when HTML is handled: it costs about half a second) with
``include_comments=False`` (its default lets reader comments through), ``include_tables=False``,
no network access, and date search limited to the page's metadata with a fixed upper bound, so the
same page always gives the same article whatever the day it is read.

The text every offset refers to (``Article.text``) is laid out like a plain-text article:

- the headline first, as its own paragraph, then the body. Trafilatura leaves the page's ``<h1>`` out
  of the body, yet the headline is what readers see first and may itself make a claim, so it is put
  back (the splitter marks it ``headline``). When one of the body's first three blocks already is the
  headline, it is not added again: the text starts at it, dropping the kicker or breadcrumb above it;
- one paragraph per block (paragraph, subheading, quotation), separated by a blank line;
- a list is one paragraph with one ``- item`` line per item; a ``<br>`` stays a line break;
- spaces inside a block are collapsed; no-break spaces (French typography) are kept.

Known limits: trafilatura leaves out what sits in the article's ``<header>`` next to the ``<h1>``
(standfirst/chapô, byline), and reader comments are recognised by their markup (a comments section,
or class/id names): comments in bare unlabelled ``<div>``s cannot be told from the article.

``Article.title`` is the headline; ``outlet`` the site name (else the host name), ``author`` and
``published`` (ISO date) come from the page metadata (Open Graph, JSON-LD, ``<meta>``, ``<time>``).

If trafilatura finds nothing, a plain stdlib parser keeps the text of ``<p>``, ``<h1>``-``<h3>`` and
``<li>``, skipping scripts, styles, navigation, footers, asides, forms, buttons, hidden elements,
ARIA navigation/complementary/contentinfo/dialog regions, and any element whose class or id mentions
comments (``comment``, ``commentaire``, ``disqus``), cookie/consent banners, related links, sharing
or newsletter boxes. No text at all is an ``InputError``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Optional
from urllib.parse import urlsplit

from .errors import InputError
from .model import Article
from .resources import compiled
from .text import fold

_LOG = logging.getLogger(__name__)
_SPACES = compiled(r"[ \t\r\n\f\v]+")
_HEADLINE_WINDOW = 3      # blocks searched for the headline at the top of the body
# Dates from the page's metadata only (no guessing from the text), bounded by a fixed date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2100-12-31"}


@dataclass
class Extraction:
    """What a page gave: body paragraphs and metadata (any of which may be missing)."""
    paragraphs: list[str] = field(default_factory=list)
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None


def article_from_html(html_text: str, source: str, url: Optional[str] = None) -> Article:
    """Extract the article of an HTML page; ``source`` names it in errors, ``url`` is where it was fetched."""
    found = extract_with_trafilatura(html_text, url, source)
    if not found.paragraphs:
        found = merge_extractions(found, extract_plain(html_text))
    text = article_text(found.title, found.paragraphs)
    if not text:
        raise InputError(source, "no article text found in the page")
    return Article(text=text, source=source, title=found.title, published=found.published,
                   outlet=found.outlet or host_name(url), author=found.author, format="html")


def article_text(title: Optional[str], paragraphs: list[str]) -> str:
    """Headline paragraph, then the body, blank-line separated.

    When one of the first ``_HEADLINE_WINDOW`` blocks already is the headline, the text starts there
    (what comes before it is a kicker, breadcrumb or date line); otherwise the headline is prepended.
    """
    blocks = [p for p in paragraphs if p.strip()]
    if title:
        at = _headline_position(title, blocks[:_HEADLINE_WINDOW])
        blocks = blocks[at:] if at is not None else [title] + blocks
    return "\n\n".join(blocks)


def _headline_position(title: str, blocks: list[str]) -> Optional[int]:
    wanted = _squash(fold(title))
    for i, block in enumerate(blocks):
        if _squash(fold(block)) == wanted:
            return i
    return None


def _squash(s: str) -> str:
    return _SPACES.sub(" ", s).strip()


def host_name(url: Optional[str]) -> Optional[str]:
    """``https://www.example.fr/a`` -> ``example.fr`` (the outlet when the page names none)."""
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def merge_extractions(primary: Extraction, fallback: Extraction) -> Extraction:
    """``primary``, with its paragraphs or any missing metadata field taken from ``fallback``."""
    return Extraction(paragraphs=primary.paragraphs or fallback.paragraphs,
                      title=primary.title or fallback.title,
                      outlet=primary.outlet or fallback.outlet,
                      author=primary.author or fallback.author,
                      published=primary.published or fallback.published)


# --- trafilatura ------------------------------------------------------------------------------

def extract_with_trafilatura(html_text: str, url: Optional[str], source: str = "<html>") -> Extraction:
    """Body paragraphs and metadata as trafilatura sees them; empty when it finds no article."""
    trafilatura = _import_trafilatura(source)
    try:
        document = trafilatura.bare_extraction(
            html_text, url=url, include_comments=False, include_tables=False, include_images=False,
            include_links=False, include_formatting=False, deduplicate=False, with_metadata=True,
            date_extraction_params=dict(_DATE_PARAMS))
    except Exception as exc:   # a page that trips the extractor gets the plain fallback, not a traceback
        _LOG.debug("trafilatura failed on the page: %r", exc)
        return Extraction()
    if document is None:
        return Extraction()
    body = getattr(document, "body", None)
    return Extraction(paragraphs=render_blocks(body) if body is not None else [],
                      title=_clean(document.title), outlet=_clean(document.sitename),
                      author=_clean(document.author), published=_clean(document.date))


def _import_trafilatura(source: str) -> Any:
    """Import trafilatura on first use, keeping its log messages off the user's terminal."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    try:
        import trafilatura
    except ImportError as exc:
        reason = _squash(str(exc).split("\n")[0])
        raise InputError(source, f"HTML support is not installed ({reason}); "
                                 "run: pip install 'trafilatura>=2.0' lxml_html_clean") from None
    return trafilatura


def _clean(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    value = _squash(value)
    return value or None


def render_blocks(body: Any) -> list[str]:
    """Trafilatura's XML body -> one string per paragraph (lists as ``- item`` lines)."""
    blocks: list[str] = []
    for element in body:
        _render_element(element, blocks)
    return [b for b in blocks if b]


def _render_element(element: Any, blocks: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "list":
        items = [_inline_text(item) for item in element if item.tag == "item"]
        blocks.append("\n".join(f"- {item}" for item in items if item))
    elif tag in ("quote", "div", "main", "body", "section") and any(_is_block(child) for child in element):
        blocks.append(_squash(element.text or ""))
        for child in element:
            _render_element(child, blocks)
    elif tag in ("table", "graphic", "image"):
        pass
    else:
        blocks.append(_inline_text(element))
    _append_tail(element, blocks)


def _is_block(element: Any) -> bool:
    return isinstance(element.tag, str) and element.tag in ("p", "head", "quote", "list", "div", "code")


def _append_tail(element: Any, blocks: list[str]) -> None:
    tail = _squash(element.tail or "")
    if tail:
        blocks.append(tail)


def _inline_text(element: Any) -> str:
    """The text of one block, spaces collapsed, ``<lb/>`` kept as a line break."""
    pieces: list[str] = []
    _collect_text(element, pieces)
    return _join_lines("".join(pieces))


def _collect_text(element: Any, pieces: list[str]) -> None:
    pieces.append(_SPACES.sub(" ", element.text or ""))
    for child in element:
        if child.tag == "lb":
            pieces.append("\n")
        else:
            _collect_text(child, pieces)
            if child.tag in ("item", "list", "p", "head"):
                pieces.append(" ")
        pieces.append(_SPACES.sub(" ", child.tail or ""))


def _join_lines(text: str) -> str:
    """Squash each line, drop empty ones."""
    return "\n".join(line for line in (_squash(part) for part in text.split("\n")) if line)


# --- stdlib fallback --------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
              "button", "select", "textarea", "iframe", "object"}
_SKIP_ROLES = {"navigation", "complementary", "contentinfo", "dialog", "alertdialog", "banner", "search"}
_SKIP_MARKS = compiled(r"comment|disqus|cookie|consent|related|share|newsletter", re.IGNORECASE)
_TEXT_TAGS = {"p", "h1", "h2", "h3", "li"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
              "source", "track", "wbr"}
_META_FIELDS = {"og:site_name": "outlet", "application-name": "outlet", "author": "author",
                "article:author": "author", "article:published_time": "published",
                "date": "published", "og:title": "title"}


class _PlainTextParser(HTMLParser):
    """Collects the text of paragraphs, headings and list items outside boilerplate and comments."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, bool]] = []   # (tag, skipped) for every open element
        self.blocks: list[str] = []
        self.current: Optional[list[str]] = None
        self.current_tag = ""
        self.meta: dict[str, str] = {}
        self.h1: Optional[str] = None
        self.title_parts: list[str] = []

    @property
    def skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._read_meta(attributes)
        if tag == "br" and self.current is not None:
            self.current.append("\n")
        if tag in _VOID_TAGS:
            return
        if tag in _TEXT_TAGS:
            self.flush()
        self.open.append((tag, _is_boilerplate(tag, attributes)))
        if tag in _TEXT_TAGS and not self.skipping:
            self.current, self.current_tag = [], tag

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.open):
            return
        while self.open:
            open_tag, _ = self.open.pop()
            if open_tag == self.current_tag:
                self.flush()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1][0] == "title":
            self.title_parts.append(data)
        elif self.current is not None and not self.skipping:
            self.current.append(_SPACES.sub(" ", data))

    def flush(self) -> None:
        if self.current is None:
            return
        text, tag = _join_lines("".join(self.current)), self.current_tag
        self.current, self.current_tag = None, ""
        if not text:
            return
        if tag == "h1" and self.h1 is None:
            self.h1 = text
        self.blocks.append(("- " if tag == "li" else "") + text)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        content = _squash(attributes.get("content", ""))
        if key in _META_FIELDS and content:
            self.meta.setdefault(_META_FIELDS[key], content)


def _is_boilerplate(tag: str, attributes: dict[str, str]) -> bool:
    if tag in _SKIP_TAGS or attributes.get("role", "").lower() in _SKIP_ROLES:
        return True
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    marks = f"{attributes.get('class', '')} {attributes.get('id', '')}"
    return bool(_SKIP_MARKS.search(marks))


def extract_plain(html_text: str) -> Extraction:
    """Fallback extraction with the standard library: text blocks plus the basic ``<meta>`` fields."""
    parser = _PlainTextParser()
    parser.feed(html_text)
    parser.close()
    parser.flush()
    title = parser.h1 or parser.meta.get("title") or _clean("".join(parser.title_parts))
    published = parser.meta.get("published")
    return Extraction(paragraphs=_join_list_items(parser.blocks), title=title,
                      outlet=parser.meta.get("outlet"), author=parser.meta.get("author"),
                      published=published[:10] if published else None)


def _join_list_items(blocks: list[str]) -> list[str]:
    """Consecutive ``- item`` blocks form one paragraph, as in the trafilatura path."""
    joined: list[str] = []
    for block in blocks:
        if block.startswith("- ") and joined and joined[-1].startswith("- "):
            joined[-1] += "\n" + block
        else:
            joined.append(block)
    return joined
