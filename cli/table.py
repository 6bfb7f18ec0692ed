"""The terminal table: one row per checkable statement (all with --all), readable at 80 columns and
without colour (each verdict has a symbol and a word)."""
from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from checks.formats.common import PART_SYMBOLS, parts_line, part_summary

PART_STYLE = {"confirmed": "green", "contradicted": "red", "unchecked": "cyan"}

VERDICT_STYLE = {
    "supported": ("✓", "bold green"),
    "contradicted": ("✗", "bold red"),
    "mixed": ("◐", "bold yellow"),
    "outdated": ("↻", "bold magenta"),
    "unverified": ("?", "cyan"),
    "not-checkable": ("–", "dim"),
}


def verdict_text(verdict: str) -> Text:
    symbol, style = VERDICT_STYLE.get(verdict, ("·", ""))
    return Text(f"{symbol} {verdict}", style=style)


def _details(st: dict[str, Any], cited: dict[str, int]) -> Group:
    parts: list[Text] = [Text(st["text"], style="bold")]
    if parts_line(st):                  # which parts are confirmed, contradicted, unchecked
        line = Text("  parts: ", style="dim")
        for i, (status, text) in enumerate(part_summary(st)):
            if i:
                line.append(" · ", style="dim")
            line.append(f"{PART_SYMBOLS[status]} {text}", style=PART_STYLE.get(status, ""))
        parts.append(line)
    whole = st["text"].rstrip(" .!?")
    for c in st["claims"]:
        if not c["checkable"] or c["verdict"] in ("not-checkable",):
            continue
        symbol, style = VERDICT_STYLE.get(c["verdict"], ("·", ""))
        line = Text(f"  {symbol} ", style=style)
        if c["text"].rstrip(" .!?") != whole:
            line.append(f"“{c['text']}”", style="italic")
            line.append(": ")
        line.append(c["explanation"])
        refs = []
        for e in [e for e in c["evidence"] if e["relation"] != "related"] or c["evidence"][:1]:
            n = cited.setdefault(e["source"], len(cited) + 1)
            ref = f"[{n}] {e['fact']}" if e["fact"] else f"[{n}]"
            if ref not in refs:
                refs.append(ref)
        if refs:
            line.append("  " + ", ".join(refs), style="dim")
        parts.append(line)
    return Group(*parts)


def _footer(report: dict[str, Any], cited: dict[str, int]) -> list[Text]:
    by_id = {s["id"]: s for s in report["sources"]}
    lines = []
    for source_id, n in sorted(cited.items(), key=lambda x: x[1]):
        s = by_id.get(source_id, {"title": source_id})
        t = Text(f"[{n}] ", style="bold")
        t.append(f"{s.get('title') or source_id}")
        extra = ", ".join(x for x in (s.get("publisher"), s.get("published")) if x)
        if extra:
            t.append(f" ({extra})", style="dim")
        if s.get("url"):
            t.append(f"\n    {s['url']}", style="underline")
        lines.append(t)
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
    return t


def render_table(report: dict[str, Any], console: Console, show_all: bool = False) -> None:
    art = report["article"]
    meta = " · ".join(x for x in (art.get("outlet"), art.get("author"), art.get("published"), art.get("language")) if x)
    title = art.get("title") or art["source"]
    console.print(Text(title, style="bold"), Text(f"  ({meta})" if meta else "", style="dim"))
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("#", justify="right", width=3, no_wrap=True)
    table.add_column("Verdict", width=16, no_wrap=True)
    table.add_column("Statement, and why", ratio=1, overflow="fold")
    rows = 0
    cited: dict[str, int] = {}
    for st in report["statements"]:
        if not show_all and not st["checkable"]:
            continue
        kind = "" if st["checkable"] else f"\n({st['kind']})"
        verdict = verdict_text(st["verdict"])
        verdict.append(kind, style="dim")
        table.add_row(str(st["index"]), verdict, _details(st, cited))
        rows += 1
    if rows:
        console.print(table)
    else:
        console.print("No checkable statement found.", style="dim")
    console.print(summary_line(report["summary"]))
    if cited:
        console.print(Text("Sources cited:", style="bold"))
        for line in _footer(report, cited):
            console.print(line)
