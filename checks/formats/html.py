"""HTML: one self-contained page (inline CSS and JS, nothing fetched at view time).

The page shows the article text itself, paragraph breaks kept (``white-space: pre-wrap``), with every
checkable statement wrapped in a highlighted ``<span class="st v-VERDICT">``: a tint and an underline
in the verdict's colour (Okabe–Ito colour-blind-safe palette), a different underline pattern per
verdict, and a tag with a symbol and the verdict word, so the page also reads in grayscale.
Checkable statements are focusable (``tabindex="0"``, ``role="button"``, ``aria-expanded``):
clicking or focusing one shows its explanation and evidence (with source links) in a details panel
next to the text; Enter or Space toggles it; Escape closes it. A summary bar gives the counts per
verdict and a legend explains the colours and symbols.

Without JavaScript the panel stays hidden and nothing is lost: every checked statement is listed
below the article with its claims, explanations and evidence (``<li id="d-INDEX">``, each claim
``<li id="claim-XXXXXXXX">``, as in the ClaimReview ``url`` fragments), then the non-checkable
statements and the source list. All text is HTML-escaped; only http(s) URLs become links; a
Content-Security-Policy meta tag forbids any network load. ``<html lang>`` is the article's
language; the English interface parts carry ``lang="en"``.

A batch (list of reports) renders as one page with one ``<article class="report">`` per report,
ids prefixed ``a1-``, ``a2-``...
"""
from __future__ import annotations

import functools
import html as _html
import json
import re
from typing import Any, Mapping

from ..resources import compiled, data_dir
from .common import (
    PART_SYMBOLS,
    part_summary,
    parts_line,
    COLOURS,
    DESCRIPTIONS,
    RELATION_SYMBOLS,
    SYMBOLS,
    VERDICT_ORDER,
    article,
    as_reports,
    claim_anchors,
    claims,
    clean,
    evidence_link,
    is_checkable,
    safe_url,
    source_index,
    statements,
    summary,
    title_of,
    tool_line,
)

_P_FILL = compiled(r"\{\{(\w+)\}\}")
_P_CSS_WORD = compiled(r"[^a-z0-9-]")

UI_LANG = "en"
# underline pattern per verdict, so highlights differ without colour too
_PATTERNS = {"supported": "solid", "contradicted": "double", "mixed": "dashed", "outdated": "dotted",
             "unverified": "dotted", "not-checkable": "none"}
_STRONGER_TINT = {v: re.sub(r"[\d.]+\)$", lambda m: f"{min(float(m.group(0)[:-1]) * 2.2, 0.6):.2f})", t)
                  for v, (_, t) in COLOURS.items()}


def esc(value: Any) -> str:
    """HTML-escape text and attribute values (quotes included); None -> ''."""
    return _html.escape("" if value is None else str(value), quote=True)


@functools.lru_cache(maxsize=1)
def _template() -> str:
    return (data_dir() / "templates" / "report.html").read_text(encoding="utf-8")


def _verdict_css() -> str:
    rules = []
    for v in VERDICT_ORDER:
        colour, tint = COLOURS[v]
        strong = tint if tint == "transparent" else _STRONGER_TINT[v]
        rules.append(f".v-{v} {{ --c: {colour}; --t: {tint}; --t2: {strong}; --pattern: {_PATTERNS[v]}; }}")
    return "\n".join(rules)


def _fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{{name}}`` placeholders in one pass (values are never rescanned)."""
    return _P_FILL.sub(lambda m: values[m.group(1)], template)


def _tag(verdict: str | None, small: bool = False) -> str:
    v = verdict if verdict in SYMBOLS else "not-checkable"
    return (f'<span class="tag v-{v}{" small" if small else ""}">'
            f'<span aria-hidden="true">{SYMBOLS[v]}</span> {esc(v)} </span>')  # trailing space: a word break for text and screen readers


def _link(title: Any, url: Any) -> str:
    u = safe_url(url)
    if not u:
        return f"<cite>{esc(title)}</cite>"
    return f'<a href="{esc(u)}" rel="noopener noreferrer"><cite>{esc(title)}</cite></a>'


def _statement_kind(st: Mapping[str, Any]) -> str:
    kind = st.get("kind") or "statement"
    if kind == "sentence":
        kinds = [c.get("kind") for c in claims(st) if c.get("kind")]
        if kinds:
            return ", ".join(dict.fromkeys(kinds))
    return kind


# --- the article with highlighted statements --------------------------------------------------

def _article_text(report: Mapping[str, Any]) -> tuple[str, list[tuple[int, int, Mapping[str, Any]]]]:
    """The article text and the statements to wrap, as (start, end, statement), in text order.

    Statements whose offsets do not match the text, or overlap an earlier one, are not wrapped
    (they are still listed below the article). When the report has no article text, the text is
    rebuilt from the statements, one paragraph each.
    """
    sts = statements(report)
    text = article(report).get("text")
    spans: list[tuple[int, int, Mapping[str, Any]]] = []
    if not isinstance(text, str) or not text:
        pieces, pos = [], 0
        for st in sts:
            t = st.get("text") or ""
            spans.append((pos, pos + len(t), st))
            pieces.append(t)
            pos += len(t) + 2
        return "\n\n".join(pieces), spans
    pos = 0
    for st in sorted(sts, key=lambda s: (s.get("start") if isinstance(s.get("start"), int) else -1)):
        start, end = st.get("start"), st.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            continue
        if start < pos or text[start:end] != (st.get("text") or ""):
            continue
        spans.append((start, end, st))
        pos = end
    return text, spans


def _css_word(value: Any) -> str:
    return _P_CSS_WORD.sub("", str(value or "sentence").lower()) or "sentence"


def _statement_span(st: Mapping[str, Any], inner: str, prefix: str) -> str:
    idx = st.get("index", 0)
    kind = _css_word(st.get("kind"))
    layout = _css_word(st.get("layout") or st.get("kind"))
    if is_checkable(st):
        v = st.get("verdict") if st.get("verdict") in SYMBOLS else "unverified"
        return (f'<span class="st v-{v} k-{kind} l-{layout}" id="{prefix}s-{idx}" data-detail="{prefix}d-{idx}" '
                f'tabindex="0" role="button" aria-expanded="false" aria-controls="{prefix}panel">'
                f'{_tag(v)}{inner}</span>')
    return (f'<span class="st v-not-checkable k-{kind} l-{layout}" id="{prefix}s-{idx}" '
            f'title="not checkable: {esc(_statement_kind(st))}">{inner}</span>')


def _text_html(report: Mapping[str, Any], prefix: str) -> str:
    text, spans = _article_text(report)
    out, pos = [], 0
    for start, end, st in spans:
        out.append(esc(text[pos:start]))
        out.append(_statement_span(st, esc(text[start:end]), prefix))
        pos = end
    out.append(esc(text[pos:]))
    html_text = "".join(out)
    return html_text.strip("\n").rstrip()


# --- the parts around it ----------------------------------------------------------------------

def _meta(report: Mapping[str, Any]) -> str:
    art = article(report)
    rows = []
    for label, key in (("Source", "source"), ("Outlet", "outlet"), ("Author", "author"),
                       ("Published", "published"), ("Language", "language")):
        value = art.get(key)
        if value:
            shown = _link(value, value) if key == "source" and safe_url(value) else esc(value)
            rows.append(f"<div><dt>{label}</dt><dd>{shown}</dd></div>")
    n = len(report.get("sources") or [])
    rows.append(f"<div><dt>Checked with</dt><dd>{esc(tool_line(report))}, {n} source{'s' if n != 1 else ''}</dd></div>")
    return f'<dl class="meta">{"".join(rows)}</dl>'


def _summary(report: Mapping[str, Any]) -> str:
    counts = summary(report)
    checkable = [v for v in VERDICT_ORDER if v != "not-checkable"]
    described = ", ".join(f"{counts[v]} {v}" for v in checkable)
    bar = ""
    if counts["checkable"]:
        segs = "".join(f'<span class="v-{v}" style="flex-grow: {counts[v]}" title="{counts[v]} {v}"></span>'
                       for v in checkable if counts[v])
        bar = f'<div class="bar" role="img" aria-label="{esc(described)}">{segs}</div>'
    chips = "".join(f'<li class="chip">{_tag(v)}<b>{counts[v]}</b></li>' for v in VERDICT_ORDER)
    return (f'<section class="summary" aria-label="Summary">'
            f'<p><b>{counts["checkable"]}</b> of <b>{counts["statements"]}</b> statements are checkable.</p>'
            f'{bar}<ul class="chips">{chips}</ul></section>')


def _legend() -> str:
    items = "".join(f"<li>{_tag(v)}{esc(DESCRIPTIONS[v])}</li>" for v in VERDICT_ORDER)
    return (f'<section class="legend" aria-label="Legend"><h2>Legend</h2><ul>{items}</ul></section>')


def _evidence(sources: Mapping[str, Mapping[str, Any]], ev: Mapping[str, Any], lang: str) -> str:
    title, url = evidence_link(sources, ev)
    rel = ev.get("relation") if ev.get("relation") in RELATION_SYMBOLS else "related"
    parts = [f'<span class="rel"><span aria-hidden="true">{RELATION_SYMBOLS[rel]}</span> {esc(rel)}</span>: ',
             _link(title, url)]
    if ev.get("statement"):
        parts.append(f' — <span class="fact">{esc(clean(ev.get("statement")))}</span>')
    if ev.get("quote"):
        parts.append(f' <q>{esc(clean(ev.get("quote")))}</q>')
    return f"<li>{''.join(parts)}</li>"


def _detail_item(report: Mapping[str, Any], st: Mapping[str, Any], numbers: Mapping[int, int],
                 prefix: str) -> str:
    idx = st.get("index", 0)
    v = st.get("verdict") if st.get("verdict") in SYMBOLS else "unverified"
    sources = source_index(report)
    lang = esc(article(report).get("language") or "und")
    conf = st.get("confidence")
    conf_html = (f' <span class="conf">confidence {conf:.2f}</span>'
                 if isinstance(conf, (int, float)) and conf else "")
    out = [f'<li class="item v-{v}" id="{prefix}d-{idx}">',
           f"<h3>{_tag(v)}Statement {idx}{conf_html}</h3>",
           f'<blockquote lang="{lang}">{esc(clean(st.get("text")))}</blockquote>']
    if parts_line(st):
        out.append('<ul class="parts" aria-label="Parts of the statement">' + "".join(
            f'<li class="part p-{esc(status)}">{PART_SYMBOLS.get(status, "?")} <span class="part-status">{esc(status)}</span> '
            f'<q lang="{lang}">{esc(text)}</q></li>' for status, text in part_summary(st)) + "</ul>")
    cls = claims(st)
    if cls:
        out.append('<ul class="claims">')
        for cl in cls:
            n = numbers.get(id(cl))
            anchor = f' id="{prefix}{n}"' if n else ""
            cv = cl.get("verdict") if cl.get("verdict") in SYMBOLS else "unverified"
            out.append(f'<li class="claim v-{cv}"{anchor}>{_tag(cv, small=True)}'
                       f'<q lang="{lang}">{esc(clean(cl.get("text")))}</q>')
            if cl.get("explanation"):
                out.append(f'<p class="expl">{esc(clean(cl.get("explanation")))}</p>')
            evs = cl.get("evidence") or []
            if evs:
                out.append('<ul class="evidence">' + "".join(_evidence(sources, e, lang) for e in evs) + "</ul>")
            out.append("</li>")
        out.append("</ul>")
    else:
        out.append('<p class="expl muted">No claim was detected in this statement.</p>')
    out.append(f'<p class="back"><a href="#{prefix}s-{idx}">Show in the article ↑</a></p></li>')
    return "".join(out)


def _details(report: Mapping[str, Any], prefix: str, not_checkable: bool) -> str:
    numbers = {id(cl): anchor for anchor, _, cl in claim_anchors(report)}
    checked = [s for s in statements(report) if is_checkable(s)]
    out = ['<section class="details" lang="en">', "<h2>Checked statements</h2>"]
    if checked:
        out.append('<ol class="items">' + "".join(_detail_item(report, s, numbers, prefix) for s in checked) + "</ol>")
    else:
        out.append('<p class="muted">No checkable statement was found.</p>')
    rest = [s for s in statements(report) if not is_checkable(s)]
    if not_checkable and rest:
        lang = esc(article(report).get("language") or "und")
        out.append('<h2>Not checkable</h2><ul class="nc">')
        for st in rest:
            why = "; ".join(clean(c.get("explanation")) for c in claims(st) if c.get("explanation"))
            out.append(f'<li>{_tag("not-checkable", small=True)}<span class="muted">({esc(_statement_kind(st))})</span> '
                       f'<q lang="{lang}">{esc(clean(st.get("text")))}</q>'
                       + (f' <span class="muted">— {esc(why)}</span>' if why else "") + "</li>")
        out.append("</ul>")
    srcs = report.get("sources") or []
    if srcs:
        out.append('<h2>Sources</h2><ul class="sources">')
        for src in srcs:
            bits = [_link(clean(src.get("title")) or src.get("id"), src.get("url"))]
            bits += [esc(src.get(k)) for k in ("publisher", "published") if src.get(k)]
            out.append(f"<li>{', '.join(bits)} <code>{esc(src.get('id'))}</code></li>")
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)


def _report_html(report: Mapping[str, Any], prefix: str, not_checkable: bool) -> str:
    art = article(report)
    lang = esc(art.get("language") or "und")
    return "\n".join([
        f'<article class="report" id="{prefix}report" lang="{lang}">',
        f'<header lang="{UI_LANG}"><span class="kicker">Fact-check report</span>'
        f'<h1 lang="{lang}">{esc(title_of(report))}</h1>{_meta(report)}</header>',
        f'<div lang="{UI_LANG}">{_summary(report)}</div>',
        '<div class="layout">',
        '<div class="main">',
        f'<p class="hint" lang="{UI_LANG}" data-js="Click a highlighted statement, or reach it with Tab, '
        f'to see its explanation and evidence; Enter or Space toggles it.">'
        f'Explanations and evidence for each highlighted statement are listed below the article.</p>',
        f'<div class="text" lang="{lang}">{_text_html(report, prefix)}</div>',
        "</div>",
        f'<aside class="side" lang="{UI_LANG}">',
        f'<section class="panel" id="{prefix}panel" aria-label="Details" aria-live="polite" hidden>'
        f'<h2>Details</h2><div class="panel-body"><p class="placeholder">Select a highlighted statement '
        f'to see why it got its verdict.</p></div></section>',
        _legend(),
        "</aside>",
        "</div>",
        _details(report, prefix, not_checkable),
        "</article>",
    ])


def _jsonld(reports: list[Mapping[str, Any]], options: Mapping[str, Any]) -> str:
    from .claimreview import reviews

    data = json.dumps(reviews(reports, **options), ensure_ascii=False, indent=1)
    # inside <script>, "</script" or "<!--" in a string would end or confuse the element
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{data}\n</script>'


def render(
    report: Any,
    *,
    not_checkable: bool = True,
    jsonld: bool = False,
    publisher: str | None = None,
    review_url: str | None = None,
    date: Any = None,
    include_unverified: bool = False,
) -> str:
    """A self-contained HTML page for a report dict, or one page for a list of them.

    ``not_checkable``: list the non-checkable statements below the article (default). ``jsonld``:
    embed the ClaimReview JSON-LD in the page (``publisher``, ``review_url``, ``date`` and
    ``include_unverified`` are passed to it); its ``#claim-…`` fragments point at this page's anchors.
    """
    reps = as_reports(report)
    batch = len(reps) > 1
    bodies = [_report_html(r, f"a{k}-" if batch else "", not_checkable) for k, r in enumerate(reps, start=1)]
    if batch:
        toc = "".join(f'<li><a href="#a{k}-report">{esc(title_of(r))}</a> '
                      f'<span class="muted">({summary(r)["checkable"]} checkable)</span></li>'
                      for k, r in enumerate(reps, start=1))
        bodies.insert(0, f'<nav class="toc" lang="{UI_LANG}"><h1>Fact-check reports: {len(reps)} articles</h1>'
                         f"<ol>{toc}</ol></nav>")
        title = f"Fact-check reports: {len(reps)} articles"
    elif reps:
        title = f"Fact-check: {title_of(reps[0])}"
    else:
        title = "Fact-check reports: no article"
    langs = [article(r).get("language") for r in reps]
    lang = langs[0] if langs and langs[0] and all(x == langs[0] for x in langs) else UI_LANG
    head_extra = ""
    if jsonld:
        head_extra = _jsonld(reps, dict(publisher=publisher, review_url=review_url, date=date,
                                        include_unverified=include_unverified))
    footer = (f'<footer lang="{UI_LANG}">Generated by {esc(tool_line(reps[0]) if reps else "factcheck")}. '
              f"Verdicts are computed automatically against the listed sources: read the evidence "
              f"before relying on them.</footer>")
    return _fill(_template(), {
        "lang": esc(lang),
        "generator": esc(tool_line(reps[0]) if reps else "factcheck"),
        "title": esc(title),
        "verdict_css": _verdict_css(),
        "head_extra": head_extra,
        "body": "\n".join(bodies) + "\n" + footer,
    })
