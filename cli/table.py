"""The terminal table: one row per checkable statement (all with --all), readable at 80 columns and
without colour (each verdict has a symbol and a word)."""
from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

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


def _details(st: dict[str, Any]) -> Group:
    parts: list[Text] = [Text(st["text"], style="bold")]
    for c in st["claims"]:
        if not c["checkable"] or c["verdict"] in ("not-checkable",):
            continue
        symbol, style = VERDICT_STYLE.get(c["verdict"], ("·", ""))
        line = Text(f"  {symbol} ", style=style)
        line.append(f"“{c['text']}”", style="italic")
        line.append(f": {c['explanation']}")
        parts.append(line)
        cited = [e for e in c["evidence"] if e["relation"] != "related"] or c["evidence"][:1]
        for e in cited:
            src = Text("    ↳ ", style="dim")
            src.append(f"{e['title']} [{e['source']}/{e['fact']}]" if e["fact"] else f"{e['title']} [{e['source']}]", style="dim")
            if e.get("url"):
                src.append(f" {e['url']}", style="dim underline")
            parts.append(src)
    return Group(*parts)


def summary_line(summary: dict[str, Any]) -> Text:
    t = Text(f"{summary['statements']} statements, {summary['checkable']} checkable: ")
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
    for st in report["statements"]:
        if not show_all and not st["checkable"]:
            continue
        kind = "" if st["checkable"] else f"\n({st['kind']})"
        verdict = verdict_text(st["verdict"])
        verdict.append(kind, style="dim")
        table.add_row(str(st["index"]), verdict, _details(st))
        rows += 1
    if rows:
        console.print(table)
    else:
        console.print("No checkable statement found.", style="dim")
    console.print(summary_line(report["summary"]))
