"""Markdown: a report an editor can paste into a CMS or a ticket.

Layout: a title, the article's metadata, the summary (a table of counts per verdict), then each
checkable statement with its verdict (symbol and word, e.g. "✗ contradicted"), the statement quoted,
the explanation of each claim and the linked sources (``[title](url)``), then the non-checkable
statements listed briefly (``not_checkable=False`` leaves them out), then the source list.

Statements are numbered by the report's ``index``, as in the terminal table, the JSON and JSON Lines
output and the HTML page's ids, so a number means the same statement everywhere.
Text from the article, the sources and the engine is escaped so that it renders literally:
CommonMark's backslash escapes for inline syntax (``*``, ``_``, ``[``, ``<``, ``|``…) and for the
line-start markers (``#``, ``-``, ``+``, ``1.``, ``>``…); raw HTML such as ``<script>`` never
survives as markup. Only http(s) URLs become links.
"""
from __future__ import annotations

from typing import Any, Mapping

from ..resources import compiled
from .common import (
    parts_line,
    VERDICT_ORDER,
    article,
    as_reports,
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
    verdict_label,
)

# Inline: the ASCII punctuation that opens or closes CommonMark/GFM inline syntax (emphasis, code,
# links, autolinks and raw HTML, tables, strikethrough, entities). "(" and "!" need no escape once
# "[" and "]" are escaped.
_INLINE = compiled(r"([\\`*_\[\]<>|~&])")
# Line start: block markers the inline escape does not cover: heading "#", list "-"/"+", setext or
# rule "=", ordered list "1." / "1)".
_LINE_START = compiled(r"^([#+=-]|\d{1,9}(?=[.)]))")


def escape(text: Any) -> str:
    """Escape Markdown so ``text`` renders literally (whitespace collapsed to single spaces)."""
    s = _INLINE.sub(r"\\\1", clean(text))
    m = _LINE_START.match(s)
    if m:
        marker = m.group(1)
        s = ("\\" + s) if not marker[0].isdigit() else (marker + "\\" + s[len(marker):])
    return s


def link(title: Any, url: Any) -> str:
    """``[title](url)`` for http(s) URLs; the escaped title alone otherwise."""
    label = escape(title) or "link"
    u = safe_url(url)
    if not u:
        return label
    u = (u.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
         .replace("<", "%3C").replace(">", "%3E"))
    return f"[{label}]({u})"


def _kind(st: Mapping[str, Any]) -> str:
    """Why a statement is not checkable: its layout kind, or its claims' kind for plain sentences."""
    kind = st.get("kind") or "statement"
    if kind == "sentence":
        kinds = [c.get("kind") for c in claims(st) if c.get("kind")]
        if kinds:
            return ", ".join(dict.fromkeys(kinds))
    return kind


def _evidence_line(sources: Mapping[str, Mapping[str, Any]], ev: Mapping[str, Any]) -> str:
    title, url = evidence_link(sources, ev)
    rel = ev.get("relation") or "related"
    parts = [f"{link(title, url)} ({escape(rel)})"]
    if ev.get("statement"):
        parts.append(f"“{escape(ev.get('statement'))}”")
    if ev.get("quote"):
        parts.append(f"quote: “{escape(ev.get('quote'))}”")
    return " — ".join(parts)


def _render_one(report: Mapping[str, Any], *, not_checkable: bool, heading_level: int) -> str:
    """One report: its title and metadata, the summary, the checkable statements, the others (if asked for)
    and the sources."""
    h = "#" * heading_level
    out: list[str] = [f"{h} Fact-check: {escape(title_of(report))}", ""]
    out += _metadata(report)
    out += _summary(report, h)
    out += _checkable(report, h)
    if not_checkable:
        out += _not_checkable(report, h)
    out += _sources(report, h)
    return "\n".join(out)


def _metadata(report: Mapping[str, Any]) -> list[str]:
    art = article(report)
    meta = []
    for label, key in (("Source", "source"), ("Outlet", "outlet"), ("Author", "author"),
                       ("Published", "published"), ("Language", "language")):
        value = art.get(key)
        if value:
            shown = link(value, value) if key == "source" and safe_url(value) else escape(value)
            meta.append(f"**{label}:** {shown}")
    out = ["  \n".join(meta), ""] if meta else []
    n_sources = len(report.get("sources") or [])
    return out + [f"*Checked with {escape(tool_line(report))} against {n_sources} "
                  f"source{'s' if n_sources != 1 else ''}.*", ""]


def _summary(report: Mapping[str, Any], h: str) -> list[str]:
    counts = summary(report)
    out = [f"{h}# Summary", "",
           f"{counts['checkable']} of {counts['statements']} statements are checkable.", "",
           "| Verdict | Statements |", "| --- | ---: |"]
    out += [f"| {verdict_label(v)} | {counts[v]} |" for v in VERDICT_ORDER]
    return out + [""]


def _checkable(report: Mapping[str, Any], h: str) -> list[str]:
    sources = source_index(report)
    checked = [s for s in statements(report) if is_checkable(s)]
    out = [f"{h}# Checkable statements", ""]
    if not checked:
        out += ["No checkable statement was found.", ""]
    for st in checked:
        conf = st.get("confidence")
        conf_txt = f" (confidence {conf:.2f})" if isinstance(conf, (int, float)) and conf else ""
        out += [f"{h}## Statement {st.get('index', 0)}: {escape(verdict_label(st.get('verdict')))}{conf_txt}", "",
                f"> {escape(st.get('text'))}", ""]
        if parts_line(st):
            out += [f"Parts: {escape(parts_line(st))}", ""]
        cls = [c for c in claims(st) if c.get("explanation") or c.get("evidence")]
        for cl in cls:
            expl = escape(cl.get("explanation")) or "No explanation."
            out.append(f"- **{escape(verdict_label(cl.get('verdict')))}** — *{escape(cl.get('text'))}*: {expl}")
            for ev in cl.get("evidence") or []:
                out.append(f"  - {_evidence_line(sources, ev)}")
        if cls:
            out.append("")
    return out


def _not_checkable(report: Mapping[str, Any], h: str) -> list[str]:
    rest = [s for s in statements(report) if not is_checkable(s)]
    if not rest:
        return []
    out = [f"{h}# Not checkable", ""]
    for st in rest:
        kind = _kind(st)
        why = "; ".join(clean(c.get("explanation")) for c in claims(st) if c.get("explanation"))
        line = f"- **Statement {st.get('index', 0)}** *({escape(kind)})* {escape(st.get('text'))}"
        if why:
            line += f" — {escape(why)}"
        out.append(line)
    return out + [""]


def _sources(report: Mapping[str, Any], h: str) -> list[str]:
    if not report.get("sources"):
        return []
    out = [f"{h}# Sources", ""]
    for src in report.get("sources") or []:
        bits = [link(src.get("title") or src.get("id"), src.get("url"))]
        for key in ("publisher", "published"):
            if src.get(key):
                bits.append(escape(src.get(key)))
        out.append(f"- {', '.join(bits)} (`{clean(src.get('id')).replace('`', '')}`)")
    return out + [""]


def render(report: Any, *, not_checkable: bool = True, heading_level: int = 1) -> str:
    """Markdown for a report dict, or a list of them (sections separated by a rule).

    ``not_checkable``: list the non-checkable statements briefly at the end (default) or leave them
    out. ``heading_level``: level of the title heading (1 = ``#``), to nest the report in a page.
    """
    if not 1 <= heading_level <= 3:
        raise ValueError("heading_level must be 1, 2 or 3")
    parts = [_render_one(r, not_checkable=not_checkable, heading_level=heading_level)
             for r in as_reports(report)]
    return "\n---\n\n".join(parts).rstrip("\n") + "\n"
