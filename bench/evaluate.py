"""Score the engine against labelled cases (a folder per case: article, sources.yaml, gold.yaml).

Used by ``bench/claims.py`` (statement detection, claims, quantities), ``bench/accuracy.py`` (verdicts)
and the regression tests. Gold format: see ``tests/devset/README.md``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from factcheck.checks.errors import FactcheckError
from factcheck.checks.load import load_article
from factcheck.checks.model import AnalysedStatement, Quantity, StatementResult
from factcheck.checks.pipeline import Checker, analyse_article
from factcheck.checks.sources import load_catalog
from factcheck.checks.terms import stem
from factcheck.checks.yamlsafe import load as load_yaml, read_text

BAD = {"contradicted", "mixed", "outdated"}


@dataclass
class Case:
    name: str
    article: Path
    sources: Path
    gold: list[dict[str, Any]]


def find_cases(root: Path) -> list[Case]:
    cases = []
    for folder in sorted(p for p in root.iterdir() if (p / "gold.yaml").exists()):
        article = next((folder / n for n in ("article.txt", "article.md", "article.html") if (folder / n).exists()), None)
        if article is None:
            continue
        gold = load_yaml(read_text(folder / "gold.yaml"), str(folder / "gold.yaml"))["statements"]
        cases.append(Case(folder.name, article, folder / "sources.yaml", gold))
    return cases


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def locate(items, span: tuple[int, int]):
    best, best_ov = None, 0
    for it in items:
        ov = _overlap((it.start, it.end), span)
        if ov > best_ov:
            best, best_ov = it, ov
    return best


def _span(text: str, needle: str, case: str) -> tuple[int, int]:
    i = text.find(needle)
    if i < 0:
        raise ValueError(f"{case}: gold text not in article: {needle!r}")
    return i, i + len(needle)


def same_unit(gold: Optional[str], got: Optional[str]) -> bool:
    if gold == got:
        return True
    if not gold or not got:
        return False
    from factcheck.checks.units import lookup
    if lookup(gold) and lookup(gold) == lookup(got):
        return True
    g, o = gold.lower().split(), got.lower().split()
    return stem(g[0]) == stem(o[0]) or stem(g[-1]) == stem(o[-1])


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a)) or abs(a - b) <= 0.0051 * max(abs(a), 1e-9) and abs(a) < 1


def same_bound(gold: str, q: Quantity) -> bool:
    """A plain figure is ``about`` without a hedge in our schema; some labellers write it ``exact``."""
    return gold == q.bound or (gold == "exact" and q.bound == "about" and not q.approximate)


def same_quantity(gold: dict[str, Any], q: Quantity) -> bool:
    """Same figure, unit and bound. A fall labelled as a negative figure (-9 for "fell 9 %") matches our
    reading of the figure as written: the sign is applied when judging, from the verb."""
    g = {"value": gold.get("value"), "min": gold.get("min"), "max": gold.get("max")}
    if g["value"] is not None and g["value"] < 0 and q.value is not None and q.value > 0:
        g["value"] = -g["value"]
    ok = all(_close(g[k], getattr(q, k)) for k in g)
    return ok and same_unit(gold.get("unit"), q.unit) and same_bound(gold.get("bound", "about"), q)


def same_year(gold: dict[str, Any], dates) -> bool:
    """A year labelled as a quantity ({value: 2004, unit: year}) is read by us as a date."""
    return gold.get("unit") == "year" and any(d.year == gold.get("value") for d in dates)


@dataclass
class ClaimScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    kind_ok: int = 0
    kind_n: int = 0
    claims_found: int = 0
    claims_n: int = 0
    q_exact: int = 0
    q_n: int = 0
    roles_ok: int = 0
    roles_n: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "ClaimScores") -> None:
        for k, v in vars(other).items():
            if isinstance(v, list):
                getattr(self, k).extend(v)
            else:
                setattr(self, k, getattr(self, k) + v)

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _reason(analysis: AnalysedStatement) -> str:
    """Why a statement was found not checkable: the marker that decided its kind."""
    from factcheck.checks.detect import claim_lexicon
    lex = claim_lexicon("fr") if any(c in analysis.statement.text for c in "éèàçù") else claim_lexicon("en")
    text = analysis.statement.text
    for name in ("prediction", "opinion", "question", "opinion_frame"):
        rx = getattr(lex, name, None)
        m = rx.search(text.lower()) if rx is not None else None
        if m:
            return f": {name.replace('_', ' ')} marker {m.group(0).strip()!r}"
    return f", layout {analysis.statement.layout}"


def score_claims(case: Case) -> ClaimScores:
    catalog = load_catalog([case.sources])
    checker = Checker.from_catalog(catalog)
    article = load_article(str(case.article))
    analyses: list[AnalysedStatement] = analyse_article(article, checker.index.matcher)
    text = article.text
    sc = ClaimScores()
    for g in case.gold:
        span = _span(text, g["find"], case.name)
        a = locate([x.statement for x in analyses], span)
        got = next((x for x in analyses if x.statement is a), None)
        checkable = bool(got and got.checkable)
        gc = bool(g["checkable"])
        sc.tp += gc and checkable
        sc.fp += checkable and not gc
        sc.fn += gc and not checkable
        sc.tn += not gc and not checkable
        if gc != checkable:
            reason = f" (read as {got.kind}{_reason(got)})" if got else " (no statement there)"
            sc.misses.append(f"{case.name}: checkable {gc} got {checkable}{reason}: {g['find'][:70]}")
        if g.get("kind"):
            sc.kind_n += 1
            sc.kind_ok += bool(got and got.kind == g["kind"])
        for gclaim in g.get("claims") or []:
            cspan = _span(text, gclaim["text"], case.name)
            sc.claims_n += 1
            claims = got.claims if got else []
            hit = [c for c in claims if _overlap((c.start, c.end), cspan) >= 0.5 * (cspan[1] - cspan[0])]
            if any(c.checkable for c in hit) or (hit and gclaim.get("kind") in ("opinion", "prediction")):
                sc.claims_found += 1
            else:
                sc.misses.append(f"{case.name}: claim not found: {gclaim['text'][:70]}")
            pool = [q for c in claims for q in c.quantities if _overlap((q.start, q.end), cspan)]
            dates = [d for c in claims for d in c.dates if _overlap((d.start, d.end), cspan)]
            for gq in gclaim.get("quantities") or []:
                sc.q_n += 1
                if any(same_quantity(gq, q) for q in pool) or same_year(gq, dates):
                    sc.q_exact += 1
                else:
                    shown = ", ".join(f"{q.text!r}={q.value or (q.min, q.max)} {q.unit} {q.bound}" for q in pool) or "none"
                    sc.misses.append(f"{case.name}: quantity {gq} in {gclaim['text'][:50]!r}: got {shown}")
            if gclaim.get("roles"):
                sc.roles_n += 1
                want = gclaim["roles"]
                ok = any((not want.get("giver") or c.roles.giver == want.get("giver")) and
                         (not want.get("receiver") or c.roles.receiver == want.get("receiver")) for c in hit)
                sc.roles_ok += ok
                if not ok:
                    sc.misses.append(f"{case.name}: roles {want} in {gclaim['text'][:50]!r}: got "
                                     f"{[(c.roles.giver, c.roles.receiver) for c in hit]}")
    return sc


@dataclass
class VerdictScores:
    n: int = 0
    ok: int = 0
    false_support: int = 0
    false_alarm: int = 0
    bad_n: int = 0
    bad_hit: int = 0
    ev_n: int = 0
    ev_hit: int = 0
    confusion: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "VerdictScores") -> None:
        for k, v in vars(other).items():
            if isinstance(v, list):
                getattr(self, k).extend(v)
            elif isinstance(v, Counter):
                getattr(self, k).update(v)
            else:
                setattr(self, k, getattr(self, k) + v)

    @property
    def accuracy(self) -> float:
        return self.ok / self.n if self.n else 0.0


def score_verdicts(case: Case, terms: bool = True) -> VerdictScores:
    """Verdicts against the gold labels; ``terms=False`` scores the source list with every ``terms:`` removed,
    as a busy user writes it."""
    vs = VerdictScores()
    try:
        catalog = load_catalog([case.sources])
    except FactcheckError as exc:            # a case whose list does not load scores every statement wrong
        for g in case.gold:
            if g["checkable"]:
                vs.n += 1
                vs.confusion[(g["verdict"], "missing")] += 1
                vs.misses.append(f"{case.name}: source list error: {exc}")
        return vs
    if not terms:
        for fact in catalog.facts():
            fact.terms = []
    checker = Checker.from_catalog(catalog)
    article = load_article(str(case.article))
    report = checker.check(article)
    text = article.text
    for g in case.gold:
        if not g["checkable"]:
            continue
        span = _span(text, g["find"], case.name)
        res: Optional[StatementResult] = locate(report.statements and [r.statement for r in report.statements], span)
        got = next((r for r in report.statements if r.statement is res), None)
        verdict = got.verdict if got else "missing"
        want = g["verdict"]
        accept = {want, *g.get("accept", [])}
        vs.n += 1
        vs.confusion[(want, verdict)] += 1
        if verdict in accept:
            vs.ok += 1
        else:
            vs.misses.append(f"{case.name}: want {want} got {verdict}: {g['find'][:80]}")
        if want in BAD:
            vs.bad_n += 1
            vs.bad_hit += verdict in BAD
            if verdict == "supported" and "supported" not in accept:
                vs.false_support += 1
        if want == "supported" and verdict in ("contradicted", "mixed") and verdict not in accept:
            vs.false_alarm += 1
        if g.get("facts") and got:
            vs.ev_n += 1
            cited = {f"{e.source}/{e.fact}" for c in got.claims for e in c.evidence}
            vs.ev_hit += bool(set(g["facts"]) & cited)
    return vs
