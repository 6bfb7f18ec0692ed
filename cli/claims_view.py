"""Terminal views for `factcheck claims` (the analysis) and `factcheck sources list`."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _quantity(q: dict[str, Any]) -> str:
    val = f"{q['min']:g}–{q['max']:g}" if q["min"] is not None and q["max"] is not None else f"{q['value']:g}"
    return f"{val} {q['unit'] or ''} ({q['bound']})".replace("  ", " ")


def render_claims(data: dict[str, Any], console: Console) -> None:
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("Kind", width=12)
    table.add_column("Claims", ratio=1, overflow="fold")
    for st in data["statements"]:
        cell = Text(st["text"], style="bold" if st["checkable"] else "dim")
        for c in st["claims"]:
            mark = "✓" if c["checkable"] else "·"
            cell.append(f"\n  {mark} [{c['role']}/{c['kind']}] {c['text']}")
            facts = [_quantity(q) for q in c["quantities"]]
            facts += [f"date {d['date']} ({d['relation']})" for d in c["dates"]]
            roles = c["roles"]
            if roles["giver"] or roles["receiver"]:
                facts.append(f"{roles['giver'] or '?'} → {roles['receiver'] or '?'} ({roles['verb']})")
            if c["negated"]:
                facts.append("negated")
            if c["only"]:
                facts.append("only")
            if c["commissioned_by"]:
                facts.append(f"commissioned by {c['commissioned_by']}")
            if c["attributed_to"]:
                facts.append(f"according to {c['attributed_to']}")
            if facts:
                cell.append("\n      " + "; ".join(facts), style="cyan")
        table.add_row(str(st["index"]), st["kind"] + ("" if st["checkable"] else "\n(not checkable)"), cell)
    console.print(table)


def render_sources(sources: list[dict[str, Any]], console: Console) -> None:
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("Source / fact", ratio=1, overflow="fold")
    table.add_column("Statement", ratio=2, overflow="fold")
    for s in sources:
        head = Text(s["id"], style="bold")
        extra = ", ".join(x for x in (s.get("publisher"), s.get("published")) if x)
        if s.get("superseded_by"):
            extra += f" (superseded by {s['superseded_by']})"
        table.add_row(head, Text(f"{s['title']}" + (f" — {extra}" if extra else "") + (f"\n{s['url']}" if s.get("url") else "")))
        for f in s.get("facts", []):
            cell = Text(f["statement"])
            read = f.get("read")
            if read:
                cell.append("\n" + _understood(read), style="cyan")
            table.add_row(Text("  " + f["id"]), cell)
    console.print(table)


def _understood(read: dict[str, Any]) -> str:
    """"read: 4.7 % (2025-05) · measure: core · North Korea → Russia · rise": what the reader understood."""
    parts = [", ".join(_quantity(x["quantity"]) + (f" ({x['as_of']})" if x["as_of"] else "") for x in read["figures"])
             or (f"period {read['period']}" if read["period"] else "no figure")]
    if read["measure"]:
        parts.append("measure: " + ", ".join(read["measure"]))
    if read["giver"] or read["receiver"]:
        parts.append(f"{read['giver'] or '?'} → {read['receiver'] or '?'}")
    if read["direction"]:
        parts.append({"increase": "rise", "decrease": "fall", "unchanged": "no change"}[read["direction"]])
    if read["negated"]:
        parts.append("negated")
    return "read: " + " · ".join(parts)
