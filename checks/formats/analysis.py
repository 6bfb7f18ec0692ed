"""The ``factcheck claims`` view as a self-contained HTML page: each statement with its kind, whether it
is checkable, and its claims (role, kind, figures, dates, parties). It renders the analysis dict of
``checks.report.analysis_to_dict``; no verdict, no script, no network.
"""
from __future__ import annotations

import html as _html
from typing import Any, Mapping

from .common import clean

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; } td, th { border-top: 1px solid #ddd; padding: .4rem; vertical-align: top; text-align: left; }
.nc { color: #666; } .kind { font-size: .85rem; white-space: nowrap; } ul { margin: .2rem 0 0 1rem; padding: 0; }
.facts { color: #0b5a7a; font-size: .9rem; }
"""


def _esc(value: Any) -> str:
    return _html.escape(clean(value), quote=True)


def _figure(q: Mapping[str, Any]) -> str:
    if q.get("min") is not None and q.get("max") is not None:
        value = f"{q['min']:g}–{q['max']:g}"
    else:
        value = f"{q['value']:g}" if q.get("value") is not None else "?"
    return f"{value} {q.get('unit') or ''} ({q.get('bound')})".replace("  ", " ")


def _claim(c: Mapping[str, Any]) -> str:
    facts = [_figure(q) for q in c.get("quantities") or []]
    facts += [f"date {d['date']} ({d['relation']})" for d in c.get("dates") or []]
    roles = c.get("roles") or {}
    if roles.get("giver") or roles.get("receiver"):
        facts.append(f"{roles.get('giver') or '?'} → {roles.get('receiver') or '?'} ({roles.get('verb')})")
    facts += [w for w, on in (("negated", c.get("negated")), ("only", c.get("only"))) if on]
    if c.get("attributed_to"):
        facts.append(f"according to {c['attributed_to']}")
    mark = "checkable" if c.get("checkable") else "not checkable"
    out = f"<li><q>{_esc(c.get('text'))}</q> <span class=\"kind\">{_esc(c.get('role'))} · {_esc(c.get('kind'))} · {mark}</span>"
    if facts:
        out += f'<div class="facts">{_esc("; ".join(facts))}</div>'
    return out + "</li>"


def render_html(data: Mapping[str, Any]) -> str:
    art = data.get("article") or {}
    lang = _esc(art.get("language") or "und")
    title = _esc(art.get("title") or art.get("source") or "Article")
    rows = []
    for st in data.get("statements") or []:
        cls = "" if st.get("checkable") else ' class="nc"'
        claims = "".join(_claim(c) for c in st.get("claims") or [])
        kind = _esc(st.get("kind")) + ("" if st.get("checkable") else " (not checkable)")
        rows.append(f"<tr{cls}><td>{st.get('index', 0)}</td><td class=\"kind\">{kind}</td>"
                    f"<td lang=\"{lang}\">{_esc(st.get('text'))}" + (f"<ul>{claims}</ul>" if claims else "") + "</td></tr>")
    n = sum(1 for st in data.get("statements") or [] if st.get("checkable"))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Analysis: {title}</title>"
            f"<style>{STYLE}</style></head><body><h1>Analysis: {title}</h1>"
            f"<p>{len(data.get('statements') or [])} statements, {n} checkable. What each statement is and which claims it "
            "makes; no verdict (use <code>factcheck check</code> for that).</p>"
            "<table><thead><tr><th>#</th><th>Kind</th><th>Statement and claims</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></body></html>\n")
