"""Stage 7, report: the JSON report v1, built in one place from the engine's dataclasses.

Every other format (table, Markdown, HTML, ClaimReview, JSON Lines) renders this dict, so they all
say the same thing. The shape is documented in README.md and pinned by ``data/report.schema.json``.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Optional

from . import __version__
from .judge import result_parts
from .model import VERDICTS, AnalysedStatement, Article, Catalog, Claim, ClaimResult, Quantity, Report, StatementResult
from .resources import data_dir

REPORT_VERSION = 1


def _quantity(q: Quantity) -> dict[str, Any]:
    return {"text": q.text, "start": q.start, "end": q.end, "value": q.value, "min": q.min, "max": q.max,
            "unit": q.unit, "bound": q.bound}


def _claim(r: ClaimResult) -> dict[str, Any]:
    c: Claim = r.claim
    return {
        "text": c.text, "start": c.start, "end": c.end, "kind": c.kind, "role": c.role, "checkable": c.checkable,
        "verdict": r.verdict, "confidence": round(r.confidence, 2), "explanation": r.explanation, "rules": r.rules,
        "quantities": [_quantity(q) for q in c.quantities],
        "dates": [{"text": d.text, "date": d.iso(), "relation": d.relation} for d in c.dates],
        "entities": [{"id": m.entity, "text": m.text, "start": m.start, "end": m.end} for m in c.mentions],
        "roles": {"giver": c.roles.giver, "receiver": c.roles.receiver, "verb": c.roles.verb},
        "negated": c.negated, "only": c.only,
        "attributed_to": c.attributed_to, "commissioned_by": c.commissioned_by,
        "authored_by": c.authored_by,
        "evidence": [{"source": e.source, "fact": e.fact, "title": e.title, "statement": e.statement, "url": e.url,
                      "quote": e.quote, "relation": e.relation} for e in r.evidence],
    }


def parts(r: StatementResult) -> list[dict[str, Any]]:
    """Each checkable part of the statement (a figure, a date, the parties, a clause) with what the sources say
    of it: ``confirmed``, ``contradicted`` or ``unchecked``, the deciding rule and fact, and its claim's index."""
    return [{"text": p.text, "status": p.status, "rule": p.rule or None, "fact": p.fact or None, "claim": i}
            for i, c in enumerate(r.claims) for p in result_parts(c)]


def statement_dict(r: StatementResult) -> dict[str, Any]:
    """One statement of the report (``statements[]``)."""
    st = r.statement
    return {"index": st.index, "text": st.text, "start": st.start, "end": st.end, "kind": r.analysis.kind,
            "layout": st.layout, "checkable": r.analysis.checkable, "verdict": r.verdict,
            "confidence": r.confidence, "parts": parts(r), "claims": [_claim(c) for c in r.claims]}


def summary(results: Iterable[StatementResult]) -> dict[str, int]:
    tally = Tally()
    for r in results:
        tally.add(r)
    return tally.summary()


class Tally:
    """The report's ``summary`` counted as the results come: statements, checkable ones, each verdict."""

    def __init__(self) -> None:
        self.counts = {"statements": 0, "checkable": 0, **dict.fromkeys(VERDICTS, 0)}

    def add(self, r: StatementResult) -> None:
        self.counts["statements"] += 1
        self.counts["checkable"] += bool(r.analysis.checkable)
        if r.verdict in VERDICTS:
            self.counts[r.verdict] += 1

    def summary(self) -> dict[str, int]:
        return dict(self.counts)

    def seen(self, verdicts) -> bool:
        """Whether a statement had one of ``verdicts``."""
        return any(self.counts.get(v) for v in verdicts)


def _entity_name(catalog, value):
    ent = catalog.entities.get(value) if value else None
    return ent.names[0] if ent and ent.names else value


def to_dict(report: Report) -> dict[str, Any]:
    return {**head_dict(report.article, report.catalog, summary(report.statements)),
            "statements": [statement_dict(r) for r in report.statements]}


def head_dict(a: Article, catalog: Catalog, counts: dict[str, int]) -> dict[str, Any]:
    """The report without its statements: version, tool, article, sources and the ``summary`` ``counts``."""
    return {
        "version": REPORT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "article": {"source": a.source, "language": a.language, "title": a.title, "published": a.published,
                    "outlet": a.outlet, "author": a.author, "format": a.format, "chars": len(a.text), "text": a.text,
                    "notes": list(a.notes)},
        "sources": [{"id": s.id, "title": s.title, "publisher": _entity_name(catalog, s.publisher),
                     "url": s.url, "published": s.published,
                     "superseded_by": s.superseded_by, "file": s.file} for s in catalog.sources],
        "summary": counts,
    }


def analysis_to_dict(article, analyses: list[AnalysedStatement]) -> dict[str, Any]:
    """The ``factcheck claims`` view: statements, kinds, claims, quantities, entities, roles; no verdicts."""
    def claim(c: Claim) -> dict[str, Any]:
        d = _claim(ClaimResult(c, "", ""))
        for k in ("verdict", "confidence", "explanation", "rules", "evidence"):
            d.pop(k)
        d["concepts"] = c.concepts
        return d
    return {"version": REPORT_VERSION, "article": {"source": article.source, "language": article.language,
                                                   "title": article.title, "published": article.published,
                                                   "outlet": article.outlet, "author": article.author},
            "statements": [{"index": x.statement.index, "text": x.statement.text, "start": x.statement.start,
                            "end": x.statement.end, "layout": x.statement.layout, "kind": x.kind,
                            "checkable": x.checkable, "claims": [claim(c) for c in x.claims]} for x in analyses]}


def schema() -> dict[str, Any]:
    return json.loads((data_dir() / "report.schema.json").read_text(encoding="utf-8"))


def dumps(d: dict[str, Any], indent: Optional[int] = 2) -> str:
    return json.dumps(d, ensure_ascii=False, indent=indent)


def json_chunks(d: Any, indent: Optional[int] = 2):
    """The JSON text of ``d`` (as ``dumps`` writes it) in pieces, to write without holding it all at once.

    The same characters as ``json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(d)``, in pieces of
    one element of the top two levels (a statement of a report, a report of a batch) instead of one piece per
    token: the standard library's indented encoder is pure Python and yields millions of tiny pieces for a
    large report (1 MB of prose: 2.3 million), which cost more than reading the article."""
    if not indent or indent < 0 or not isinstance(indent, int):
        return json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(d)
    return _Indented(indent).chunks(d, 0, 2)


def json_element(d: Any, indent: int = 2) -> str:
    """The JSON text of ``d`` as an element of a top-level array (``json_array_chunks``), in one piece."""
    out: list[str] = []
    _Indented(indent)._value(d, 1, out)
    return "".join(out)


def json_array_chunks(elements: list[str], indent: int = 2):
    """The pieces of ``json_chunks(items)`` from each item's ``json_element`` text: a batch's reports are encoded
    as they come back from the workers, and only written here."""
    if not elements:
        yield "[]"
        return
    inner = "\n" + " " * indent
    yield "["
    for i, text in enumerate(elements):
        yield (inner if i == 0 else "," + inner) + text
    yield "\n]"


class _Indented:
    """``json``'s indented encoding (``ensure_ascii=False``, separators ``,`` and ``: ``, NaN and Infinity
    allowed, keys in the dict's order), written for speed: each piece is built in a list and joined."""

    def __init__(self, indent: int):
        self.indent = indent
        self._enc = json.encoder.encode_basestring      # the C one when available, as json uses
        self._heads: dict[int, tuple[dict, dict]] = {}     # per level: the texts of the keys seen (``_dict``)

    def chunks(self, o: Any, level: int, depth: int):
        """Pieces of ``o``: one per element down to ``depth`` levels, each element whole below that."""
        if depth <= 0 or not isinstance(o, (dict, list, tuple)) or not o:
            out: list[str] = []
            self._value(o, level, out)
            yield "".join(out)
            return
        inner = "\n" + " " * (self.indent * (level + 1))
        if isinstance(o, dict):
            yield "{"
            first = True
            for k, v in o.items():
                yield (inner if first else "," + inner) + self._key(k) + ": "
                first = False
                yield from self.chunks(v, level + 1, depth - 1)
            yield "\n" + " " * (self.indent * level) + "}"
        else:
            yield "["
            first = True
            for v in o:
                yield inner if first else "," + inner
                first = False
                yield from self.chunks(v, level + 1, depth - 1)
            yield "\n" + " " * (self.indent * level) + "]"

    def _key(self, k: Any) -> str:
        if isinstance(k, str):
            return self._enc(k)
        if isinstance(k, float):
            return self._enc(_float(k))
        if k is True:
            return '"true"'
        if k is False:
            return '"false"'
        if k is None:
            return '"null"'
        if isinstance(k, int):
            return self._enc(int.__repr__(k))
        raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")

    def _value(self, o: Any, level: int, out: list) -> None:
        t = type(o)
        if t is dict:
            self._dict(o, level, out)
        elif t is list:
            self._list(o, level, out)
        elif isinstance(o, str):
            out.append(self._enc(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float(o))
        elif isinstance(o, dict):
            self._dict(o, level, out)
        elif isinstance(o, (list, tuple)):
            self._list(o, level, out)
        else:
            json.JSONEncoder.default(None, o)       # raises TypeError, as json does

    # ``_dict`` and ``_list`` write the commonest members (strings, None, booleans, exact ints and floats) in
    # place, and hand anything else to ``_value``: a report has millions of them, a call each costs more than
    # writing them (the same text as ``_value`` writes)

    def _dict(self, o: dict, level: int, out: list) -> None:
        if not o:
            out.append("{}")
            return
        enc, append, value = self._enc, out.append, self._value
        heads = self._heads.get(level)
        if heads is None:
            heads = self._heads[level] = ({}, {})
        first, rest = heads               # key -> its text with what comes before it: '{\n    "key": ' and ',\n    "key": '
        lead = first
        for k, v in o.items():
            head = lead.get(k) if type(k) is str else None
            if head is None:
                head = self._head(k, level, lead is first)
                if type(k) is str:
                    lead[k] = head
            t = type(v)
            if t is str:
                append(head + enc(v))
            elif v is None:
                append(head + "null")
            elif t is bool:
                append(head + ("true" if v else "false"))
            elif t is int:
                append(head + int.__repr__(v))
            elif t is float:
                append(head + _float(v))
            else:
                append(head)
                value(v, level + 1, out)
            lead = rest
        append("\n" + " " * (self.indent * level) + "}")

    def _head(self, k: Any, level: int, first: bool) -> str:
        return ("{" if first else ",") + "\n" + " " * (self.indent * (level + 1)) + self._key(k) + ": "

    def _list(self, o, level: int, out: list) -> None:
        if not o:
            out.append("[]")
            return
        enc, append, value = self._enc, out.append, self._value
        inner = "\n" + " " * (self.indent * (level + 1))
        sep = "," + inner
        lead = "[" + inner
        for v in o:
            t = type(v)
            if t is str:
                append(lead + enc(v))
            elif t is int:
                append(lead + int.__repr__(v))
            else:
                append(lead)
                value(v, level + 1, out)
            lead = sep
        append("\n" + " " * (self.indent * level) + "]")


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return float.__repr__(o)
