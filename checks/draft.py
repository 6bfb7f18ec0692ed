"""Draft a source list from a trusted document: ``factcheck sources draft DOCUMENT``.

The document (text, Markdown, HTML, a URL or a PDF) is split and read with the same reader as articles.
Each statement that carries a figure, a date or a relation between named parties becomes one fact:

- ``statement``: the document's sentence; ``quote``: the same sentence, exactly as written;
- ``quantity``: the sentence's main figure (not a starting level "after 2.4 %", not a duration beside
  another figure) with its unit and bound; a decrease is written negative, as the schema asks;
- ``as_of``: the period the figure refers to (its year, or its month with the document's year), else the
  document's date; ``subject``/``object``: the giver and receiver, when entities are known (``--entities``);
- a comment giving the line (or the PDF page) the fact came from.

The source itself gets its title, publisher, URL and date from the document's metadata or from the
options. The output is a schema-v1 YAML list that ``sources validate`` accepts; checking the document
against its own draft confirms each drafted fact (the round trip the tests run).
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .entities import EntityMatcher
from .errors import InputError
from .factread import direction_of, read_fact
from .load import article_from_page, is_url, load_article, read_bytes
from .model import Article, Catalog, Fact, Quantity
from .numbers import find_dates
from .pipeline import split_article
from .slots import month_days
from .terms import content_stems
from .text import fold
from .units import lookup
from .resources import compiled

_P_APPEND_YAML = compiled(r"(?m)^sources:\s*\[\s*\]\s*$")
_P_APPEND_YAML_2 = compiled(r"(?m)^sources:\s*\n(?:\s*#.*\n|\s*\n)*([ \t]*)-")
_P_PERIOD = compiled(r"[,;(]")
_P_APPEND_YAML_3 = compiled(r"(?m)^([A-Za-z_][\w-]*)\s*:")
_P_UNWRAP = compiled(r"[.!?:;,]$")
_P_UNWRAP_2 = compiled(r"[.!?]$")
_P_SLUG = compiled(r"[^a-z0-9-]+")

CHECKABLE_LAYOUTS = ("sentence", "list-item")


@dataclass(frozen=True)
class DraftFact:
    id: str
    statement: str
    quote: str
    where: str                                   # "line 12" or "page 3"
    quantity: Optional[dict] = None
    as_of: Optional[str] = None
    subject: Optional[str] = None
    object: Optional[str] = None


@dataclass(frozen=True)
class DraftSource:
    id: str
    title: str
    document: str
    publisher: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    facts: tuple[DraftFact, ...] = ()
    entities: dict = field(default_factory=dict)   # id -> names, for the entities the facts name


# --- reading the document ------------------------------------------------------------------------

def read_document(source: str, **web_options) -> tuple[Article, list[int]]:
    """The document as an ``Article`` and, for a PDF, the offset where each page starts (else [])."""
    if is_url(source):
        from . import web
        from .load import redact_url
        page = web.fetch(source, binary=("application/pdf",), **{k: v for k, v in web_options.items()
                                                                  if k in ("timeout", "max_bytes")})
        if page.content_type == "application/pdf":
            return pdf_article(page.content, redact_url(source))
        return article_from_page(page, redact_url(source)), []
    if Path(source).suffix.lower() == ".pdf":
        return pdf_article(read_bytes(source), source)
    if source != "-":
        head = read_bytes(source)[:5]
        if head.startswith(b"%PDF"):
            return pdf_article(read_bytes(source), source)
    return load_article(source, **web_options), []


def pdf_article(data: bytes, name: str) -> tuple[Article, list[int]]:
    """The text of a PDF, page after page (pypdf, the optional extra ``factcheck[pdf]``): lines broken
    inside a sentence are joined, a word hyphenated at a line end is mended, paragraphs stay apart."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise InputError(name, "reading a PDF needs pypdf: pip install 'factcheck[pdf]'") from None
    import io
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(name, f"not a readable PDF ({exc})") from None
    text, starts = "", []
    for raw in pages:
        starts.append(len(text))
        text += _unwrap(raw) + "\n\n"
    if not text.strip():
        raise InputError(name, "the PDF has no text layer (a scan?): nothing to draft from")
    title = str(meta.get("/Title") or "").strip() or None
    return Article(text=text.rstrip() + "\n", source=name, title=title, format="text"), starts


def _unwrap(page: str) -> str:
    """A PDF page's lines as paragraphs: a wrapped line continues its paragraph; a blank line, or a short
    line that does not end a sentence (a heading: shorter than the page's full lines), ends one."""
    lines = [line.strip() for line in page.replace("\r", "\n").split("\n")]
    full = max((len(line) for line in lines), default=0)
    paragraphs, current = [], []

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in lines:
        if not line:
            close()
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line       # "infla-\ntion"
            continue
        current.append(line)
        heading = not _P_UNWRAP.search(line) and len(line) < 0.85 * full
        if heading or _P_UNWRAP_2.search(line) and len(line) < 0.85 * full:
            close()                                     # a heading, or the short last line of a paragraph
    close()
    return "\n\n".join(paragraphs)


# --- drafting ----------------------------------------------------------------------------------------

def draft_source(article: Article, page_starts: list[int], matcher: EntityMatcher, entities: Optional[dict] = None, *,
                 source_id: Optional[str] = None,
                 title: Optional[str] = None, publisher: Optional[str] = None, published: Optional[str] = None,
                 url: Optional[str] = None, lang: str = "auto") -> DraftSource:
    statements = split_article(article, lang)
    published = published or article.published
    year = int(published[:4]) if published and published[:4].isdigit() else None
    facts: list[DraftFact] = []
    used: set[str] = set()
    names: dict[str, list[str]] = {}
    for st in statements:
        if st.layout not in CHECKABLE_LAYOUTS:
            continue
        drafted = _draft_fact(st, article, page_starts, matcher, year, published, used)
        if drafted is None:
            continue
        fact, parties = drafted
        for ent in (p for p in parties if p):
            names.setdefault(ent, list((entities or {}).get(ent) or [ent]))
        facts.append(fact)
    return _draft(article, _fill_periods(facts, published), names, source_id, title, publisher, published, url)


def _draft(article: Article, facts: list[DraftFact], names: dict[str, list[str]], source_id: Optional[str],
           title: Optional[str], publisher: Optional[str], published: Optional[str], url: Optional[str]) -> DraftSource:
    """The source entry: the id, title, publisher and URL given, else the document's own."""
    doc_title = title or article.title or Path(article.source).stem
    sid = source_id or _slug(doc_title, set(), words=6)
    shown_url = url or (article.source if is_url(article.source) else None)
    return DraftSource(sid, doc_title, article.source, publisher or article.outlet, shown_url, published,
                       tuple(facts), names)


def _draft_fact(st, article: Article, page_starts: list[int], matcher: EntityMatcher, year: Optional[int],
                published: Optional[str], used: set[str]) -> Optional[tuple[DraftFact, tuple]]:
    """The fact of one sentence and its (giver, receiver), when it gives a figure, a date or both parties of a
    transfer; None otherwise."""
    sentence = " ".join(st.text.split())
    reading = read_fact(Fact(id="draft", source="draft", statement=sentence), matcher)
    quantity, q_year, q_span = _main_figure(sentence, reading)
    parties = (reading.giver, reading.receiver)
    dated = bool(find_dates(sentence, reading.language)) or bool(month_days(sentence))
    if quantity is None and not dated and not all(parties):
        return None
    as_of = _period(sentence, reading, q_year, q_span, year, published)
    fid = _slug(sentence, used)
    where = _where(article.text, st.start, page_starts)
    return DraftFact(fid, sentence, st.text.strip(), where, quantity, as_of, reading.giver,
                     reading.receiver if reading.receiver != reading.giver else None), parties


def _main_figure(sentence: str, reading) -> tuple[Optional[dict], Optional[int]]:
    """The figure a sentence asserts for its own period: the first one that is not a starting level
    ("après +0,6 %", "up from 5.4 %") nor a duration beside another figure."""
    figures = [(q, y) for q, y, base in zip(reading.quantities, reading.years, reading.baselines)
               if not base and q.unit != "year"]
    non_durations = [(q, y) for q, y in figures if not _is_duration(q.unit)]
    chosen = (non_durations or figures or [(None, None)])[0]
    q, y = chosen
    if q is None:
        return None, None, None
    before = sentence[max(0, q.start - 40):q.start]
    negative = (q.unit in ("percent", "points") and direction_of(before + " " + sentence[q.start:q.end]) == "decrease") \
        or sentence[max(0, q.start - 1):q.start + 1].startswith(("-", "‑", "−"))
    later = [o.start for o in reading.quantities if o.start > q.start]
    return _quantity_dict(q, negative), y, (q.start, q.end, min(later, default=len(sentence)))


def _is_duration(unit: Optional[str]) -> bool:
    u = lookup(unit)
    return u is not None and u.family == "duration"


def _quantity_dict(q: Quantity, negative: bool) -> dict:
    def signed(v):
        return None if v is None else (-abs(v) if negative else v)
    out: dict = {}
    if q.value is not None:
        out["value"] = _number(signed(q.value))
    else:
        lo, hi = signed(q.min), signed(q.max)
        lo, hi = (hi, lo) if negative else (lo, hi)
        out["min"], out["max"] = _number(lo), _number(hi)
    if q.unit:
        out["unit"] = q.unit
    out["bound"] = q.bound if q.bound in ("exact", "about", "at-most", "at-least") else "about"
    return out                        # a bound on a fall is on its size, as the reader read it


def _number(v: float) -> float | int:
    v = round(v, 6)
    return int(v) if float(v).is_integer() and abs(v) < 1e15 else v


def _period(sentence: str, reading, q_year: Optional[int], span, doc_year: Optional[int],
            published: Optional[str]) -> Optional[str]:
    """The period of the figure: the month named in its own part of the sentence (after it, up to the next
    figure or comma, else before it), with its year or the document's ("en mai" in a June 2025 release:
    2025-05); else its own year or the statement's period; None when the sentence gives none."""
    months = []
    if span:
        start, end, nxt = span
        after = _P_PERIOD.split(sentence[end:nxt], maxsplit=1)[0]     # not ", the same rate as in April"
        months = sorted({m for m, _ in month_days(after)}) or sorted({m for m, _ in month_days(sentence[:start])})
    if months and (q_year or doc_year):
        month = months[0]
        if q_year:
            return f"{q_year}-{month:02d}"
        pub_month = int(published[5:7]) if published and len(published) >= 7 else 12
        return f"{doc_year if month <= pub_month else doc_year - 1}-{month:02d}"
    if reading.period and (q_year is None or reading.period.startswith(str(q_year))):
        return reading.period
    if q_year is not None:
        return str(q_year)
    return None


def _fill_periods(facts: list[DraftFact], published: Optional[str]) -> list[DraftFact]:
    """A fact whose sentence gives no period is about the period the document is about: the one its other
    facts name most (a May release's "energy prices fell 8 % over the year"), else the document's date."""
    from collections import Counter
    from dataclasses import replace
    named = Counter(f.as_of for f in facts if f.as_of)
    main = named.most_common(1)[0][0] if named else published
    return [f if f.as_of else replace(f, as_of=main) for f in facts]


def _where(text: str, start: int, page_starts: list[int]) -> str:
    if page_starts:
        page = sum(1 for s in page_starts if s <= start)
        return f"page {page}"
    return f"line {text.count(chr(10), 0, start) + 1}"


def _slug(text: str, used: set[str], words: int = 5) -> str:
    stems = [w for w in content_stems(text) if w.isalpha() or "-" in w][:words] or ["fact"]
    base = _P_SLUG.sub("-", fold("-".join(stems))).strip("-")[:60] or "fact"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


# --- writing -------------------------------------------------------------------------------------------

def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)        # a JSON string is a YAML double-quoted scalar


def _flow(d: dict) -> str:
    return "{" + ", ".join(f"{k}: {v if not isinstance(v, str) else v}" for k, v in d.items()) + "}"


def source_yaml(draft: DraftSource, indent: str = "  ") -> str:
    """The source as an item of a ``sources:`` list (to add to a list, or to a new file)."""
    lines = [f"{indent}- id: {draft.id}", f"{indent}  title: {_s(draft.title)}"]
    for key in ("publisher", "url", "published"):
        value = getattr(draft, key)
        if value:
            lines.append(f"{indent}  {key}: {_s(value) if key != 'published' else value}")
    lines.append(f"{indent}  facts:")
    for f in draft.facts:
        lines.append(f"{indent}    # {f.where} of {Path(draft.document).name if not is_url(draft.document) else draft.document}")
        lines.append(f"{indent}    - id: {f.id}")
        lines.append(f"{indent}      statement: {_s(f.statement)}")
        if f.quote != f.statement:
            lines.append(f"{indent}      quote: {_s(f.quote)}")
        for key in ("subject", "object"):
            if getattr(f, key):
                lines.append(f"{indent}      {key}: {getattr(f, key)}")
        if f.quantity:
            lines.append(f"{indent}      quantity: {_flow(f.quantity)}")
        if f.as_of:
            lines.append(f"{indent}      as_of: {f.as_of}")
    if not draft.facts:
        lines[-1] = f"{indent}  facts: []"
    return "\n".join(lines) + "\n"


def draft_yaml(draft: DraftSource, today: Optional[str] = None) -> str:
    today = today or _dt.date.today().isoformat()
    head = [f"# Drafted by 'factcheck sources draft' from {draft.document} on {today}.",
            "# Review every fact against the document before relying on it: statements, figures, bounds, periods.",
            "version: 1"]
    if draft.entities:
        head.append("entities:")
        head += [f"  {eid}: {{names: [{', '.join(_s(n) for n in names)}]}}" for eid, names in sorted(draft.entities.items())]
    return "\n".join(head) + "\nsources:\n" + source_yaml(draft)


def append_yaml(existing: str, draft: DraftSource, name: str) -> str:
    """``existing`` (a source list whose last top-level key is ``sources:``) with the drafted source added at
    the end, every other line (comments included) unchanged."""
    tops = [m.group(1) for m in _P_APPEND_YAML_3.finditer(existing)]
    if not tops or tops[-1] != "sources":
        raise InputError(name, "--append needs a source list that ends with its 'sources:' list")
    if _P_APPEND_YAML.search(existing):
        existing = _P_APPEND_YAML.sub("sources:", existing)
    item_indent = _P_APPEND_YAML_2.search(existing)
    indent = item_indent.group(1) if item_indent else "  "
    return existing.rstrip("\n") + "\n" + source_yaml(draft, indent)


def entity_names(catalog: Optional[Catalog]) -> dict:
    """id -> names of a catalog's entities (``--entities FILE``)."""
    return {eid: list(e.names) for eid, e in (catalog.entities.items() if catalog else [])}
