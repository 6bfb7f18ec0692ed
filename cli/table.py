"""The terminal table: one row per checkable statement (all with --all), readable at any width and
without colour (each verdict has a symbol and a word).

From 60 columns up, a table: the statement's line in the article (``12`` or ``12:40`` when it does not
start its line), the verdict, the statement with its parts and the explanation of each claim. Below 60
columns, a list: verdict and line, then the statement and its explanations under it. Words are never
cut; source URLs are printed whole, each on its own line (a link where the terminal supports it), so
they can be copied and clicked.
"""
from __future__ import annotations

import textwrap
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factcheck.checks.resources import compiled
from factcheck.checks.formats.common import PART_SYMBOLS, part_summary, parts_line

VERDICT_STYLE = {
    "supported": ("✓", "bold green"),
    "contradicted": ("✗", "bold red"),
    "mixed": ("◐", "bold yellow"),
    "outdated": ("↻", "bold magenta"),
    "unverified": ("?", "cyan"),
    "not-checkable": ("–", "dim"),
}
PART_STYLE = {"confirmed": "green", "contradicted": "red", "unchecked": "cyan"}
COMPACT_BELOW = 60
# characters a terminal acts on instead of showing: C0/C1 controls (escape sequences) and the bidirectional
# overrides that reorder what follows them (U+202E shows "txt.exe" as "exe.txt")
_UNSAFE = compiled("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def safe(text: Any) -> str:
    """``text`` with every control or bidirectional override shown as ``<U+202E>``, never acted on."""
    return _UNSAFE.sub(lambda m: f"<U+{ord(m.group()):04X}>", str(text or ""))


def verdict_text(verdict: str) -> Text:
    symbol, style = VERDICT_STYLE.get(verdict, ("·", ""))
    return Text(f"{symbol} {verdict}", style=style)


def line_of(report: dict[str, Any], st: dict[str, Any]) -> str:
    """``"12"`` (the statement starts line 12) or ``"12:40"`` (it starts at column 40 of line 12)."""
    text = (report.get("article") or {}).get("text") or ""
    start = st.get("start") or 0
    if not text or start > len(text):
        return str(st.get("index", ""))
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return f"{line}" if col == 1 else f"{line}:{col}"


def _print_wrapped(console: Console, text: Text, indent: str = "") -> None:
    """``text`` wrapped at the console's width between words only: a word longer than the line runs
    past it (the terminal shows it on the next line) instead of being cut in two."""
    style = text.spans[0].style if text.spans and not text.style else text.style
    lines = textwrap.wrap(text.plain, width=max(10, console.width), subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False) or [""]
    for line in lines:
        console.print(Text(line, style=style), soft_wrap=True)


def _details(st: dict[str, Any], cited: dict[str, int], with_statement: bool = True) -> Group:
    parts: list[Text] = [Text(safe(st["text"]), style="bold")] if with_statement else []
    if parts_line(st):                  # which parts are confirmed, contradicted, unchecked
        line = Text("  parts: ", style="dim")
        for i, (status, text) in enumerate(part_summary(st)):
            if i:
                line.append(" · ", style="dim")
            line.append(f"{PART_SYMBOLS[status]} {safe(text)}", style=PART_STYLE.get(status, ""))
        parts.append((line))
    whole = st["text"].rstrip(" .!?")
    for c in st["claims"]:
        if not c["checkable"] or c["verdict"] in ("not-checkable",):
            continue
        symbol, style = VERDICT_STYLE.get(c["verdict"], ("·", ""))
        line = Text(f"  {symbol} ", style=style)
        if c["text"].rstrip(" .!?") != whole:
            line.append(f"“{safe(c['text'])}”", style="italic")
            line.append(": ")
        line.append(safe(c["explanation"]))
        refs = []
        for e in [e for e in c["evidence"] if e["relation"] != "related"] or c["evidence"][:1]:
            n = cited.setdefault(e["source"], len(cited) + 1)
            ref = f"[{n}] {e['fact']}" if e["fact"] else f"[{n}]"
            if ref not in refs:
                refs.append(ref)
        if refs:
            line.append("  " + ", ".join(refs), style="dim")
        parts.append((line))
    return Group(*parts)


def _footer(report: dict[str, Any], cited: dict[str, int]) -> list[tuple[Text, str]]:
    """(title line, URL) per cited source; the URL is printed on its own line, never wrapped."""
    by_id = {s["id"]: s for s in report["sources"]}
    lines = []
    for source_id, n in sorted(cited.items(), key=lambda x: x[1]):
        s = by_id.get(source_id, {"title": source_id})
        t = Text(f"[{n}] ", style="bold")
        t.append(safe(s.get("title") or source_id))
        extra = ", ".join(x for x in (s.get("publisher"), s.get("published")) if x)
        if extra:
            t.append(f" ({extra})", style="dim")
        lines.append((t, safe(s.get("url") or "")))
    return lines


def summary_line(summary: dict[str, Any]) -> Text:
    n = summary["statements"]
    t = Text(f"{n} statement{'s' if n != 1 else ''}, {summary['checkable']} checkable: ")
    first = True
    for v in ("supported", "contradicted", "mixed", "outdated", "unverified"):
        if not first:
            t.append(", ")
        first = False
        symbol, style = VERDICT_STYLE[v]
        t.append(f"{symbol} {summary[v]} {v}", style=style)
    return (t)


def _print_compact(report: dict[str, Any], rows: list, console: Console, cited: dict[str, int]) -> None:
    """A narrow terminal: each statement as a verdict line and its details below."""
    for st in rows:
        head = verdict_text(st["verdict"])
        head.append(f"  line {line_of(report, st)}", style="dim")
        if not st["checkable"]:
            head.append(f" ({st['kind']})", style="dim")
        _print_wrapped(console, head)
        for i, line in enumerate(_details(st, cited).renderables):
            _print_wrapped(console, line, indent="" if i == 0 else "    ")
        console.print()


def _print_table(report: dict[str, Any], rows: list, console: Console, cited: dict[str, int]) -> None:
    """A table of line, verdict, and the statement with why."""
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    # (every cell a Text: a plain string would be read for markup and emoji codes, and rich load its emoji table)
    table.add_column(Text("Line"), justify="right", min_width=4, max_width=9, no_wrap=True)
    table.add_column(Text("Verdict"), width=16, no_wrap=True)
    table.add_column(Text("Statement, and why"), ratio=1, overflow="fold")
    for st in rows:
        verdict = verdict_text(st["verdict"])
        if not st["checkable"]:
            verdict.append(f"\n({st['kind']})", style="dim")
        table.add_row(Text(line_of(report, st)), verdict, _details(st, cited))
    console.print(table)


def render_table(report: dict[str, Any], console: Console, show_all: bool = False) -> None:
    art = report["article"]
    meta = " · ".join(x for x in (art.get("outlet"), art.get("author"), art.get("published"), art.get("language")) if x)
    title = safe(art.get("title") or art["source"])
    _print_wrapped(console, Text(title, style="bold"))
    if meta:
        _print_wrapped(console, Text(safe(f"({meta})"), style="dim"))
    rows = [st for st in report["statements"] if show_all or st["checkable"]]
    cited: dict[str, int] = {}
    if not rows:
        console.print("No checkable statement found.", style="dim")
    elif console.width < COMPACT_BELOW:
        _print_compact(report, rows, console, cited)
    else:
        _print_table(report, rows, console, cited)
    console.print(summary_line(report["summary"]))
    for note in art.get("notes") or []:
        _print_wrapped(console, Text(safe(f"Note: {note}"), style="yellow"))
    if cited:
        console.print(Text("Sources cited:", style="bold"))
        for line, url in _footer(report, cited):
            _print_wrapped(console, line, indent="    ")
            if url:
                console.print(Text(f"    {url}", style=f"link {url}"), soft_wrap=True)
