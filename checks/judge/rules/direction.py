"""Rule ``direction`` on a clause without a figure beside a confirmed one: its rise, fall or no change
against the confirming fact's clause on the same named party.

- supported: "Keolis grew 9.6 %, while Geodis's revenue stagnated" / « … tandis que celui de Geodis a stagné ».
- contradicted: "…, while Geodis's revenue fell sharply" / « quand celui de Geodis reculait nettement »; and a
  coordinated clause of a party no confirming fact names, against that party's own fact of the same year: "…, and
  Ostria's sales fell too" / « …, et Ostria a vu ses ventes reculer » when Ostria's fact gives a rise.
"""
from __future__ import annotations

import functools
import re

from ...factread import direction_of
from ...slots import clause_spans, closest_clause
from ...match import FactIndex
from ...model import Claim
from ...numbers import month_names
from ...resources import LANGS, compiled, words
from ...text import fold, spaced_alternation
from ..causes import DIRECTION_WORDS, part_pairs
from ..findings import Finding

RULE_ID = "direction"


def rule_clause_directions(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """Rule ``direction`` on a clause without a figure beside a confirmed one ("Keolis grew 9.6 %, while Geodis's
    revenue fell sharply" against "…, while Geodis's revenue stagnated"): the confirming fact's clause about the
    same named party gives another direction — that clause is contradicted, the figure stays confirmed."""
    confirming = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")]
    if not confirming:
        return []
    figures = [q for q in claim.quantities if q.start >= 0]
    out, end = [], 0
    for a, b in clause_spans(claim.text):
        # (a clause a conjunction opens, « , et Ostria … », "while Ostria …": one with a subject of its own)
        joined, end = _coordinated(claim.text[end:a], claim.text[a:b]), b
        if any(a <= q.start - claim.start < b for q in figures):
            continue
        clause = claim.text[a:b]
        said = direction_of(clause)
        names = {fold(w) for w in re.findall(r"(?<=[\s'’])[A-ZÀ-Ý][\w'’-]{2,}", " " + clause[1:])}
        if not said or not names:
            continue
        for f in confirming:
            fd = _other_way(clause, f.fact.statement, names)
            if fd:
                out.append(Finding("contradicts", "direction", f.fact,
                                   f"wrong direction: the source says {DIRECTION_WORDS[fd]}, the article "
                                   f"{DIRECTION_WORDS[said]}: {f.fact.statement}", part=clause.strip()))
                break
        else:
            out.extend(_its_own_party(clause, said, names, confirming, cands) if joined else [])
    return out


def _its_own_party(clause: str, said: str, names: set, confirming: list[Finding], cands) -> list[Finding]:
    """A coordinated clause with a party of its own that no confirming fact names ("Velmor grew 4 %, and Ostria's
    sales fell too", « …, et Ostria a vu ses ventes reculer »): its own claim, judged against a candidate fact of
    the confirmed figure's year that names that party: the other way is contradicted, the same way confirms it;
    no such fact leaves it unchecked (a party the list says nothing of that year is no part of what it confirms)."""
    names = {re.sub(r"['’]s$", "", n) for n in names} - _months()
    if not names or any(names & _capitalised(f.fact.statement) for f in confirming):
        return []
    years = {_year(f.fact) for f in confirming}
    mine = {id(f.fact) for f in confirming}
    for c in cands:
        if id(c.fact) in mine or _year(c.fact) not in years or not names & _capitalised(c.fact.statement):
            continue
        fd = _other_way(clause, c.fact.statement, names)
        if fd:
            return [Finding("contradicts", "direction", c.fact,
                            f"wrong direction: the source says {DIRECTION_WORDS[fd]}, the article "
                            f"{DIRECTION_WORDS[said]}: {c.fact.statement}", part=clause.strip())]
        if direction_of(closest_clause(c.fact.statement, clause)) == said:
            return []
    return [Finding("related", "direction", confirming[0].fact,
                    f"but nothing in the source list gives the way of '{clause.strip()}'", part=clause.strip())]


def _coordinated(gap: str, clause: str) -> bool:
    """Whether a clause is joined by a conjunction: a clause break of words ("while", « tandis que ») before it, or
    a coordinator (``coordinators`` of ``claims.yaml``) opening it after a comma (« , et Ostria … »)."""
    return bool(gap.strip(" ,;")) or bool(_coordinator().match(fold(clause)))


@functools.lru_cache(maxsize=None)
def _coordinator() -> re.Pattern:
    return compiled(rf"\s*(?:{spaced_alternation(words('claims', 'coordinators'))})\s")


@functools.lru_cache(maxsize=None)
def _months() -> frozenset[str]:
    """The month names of every language read, folded: a date, not a party."""
    return frozenset(fold(m) for lang in LANGS for m in month_names(lang))


def _capitalised(text: str) -> set:
    return {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", text or "")}


def _year(fact) -> str:
    return str(fact.as_of or "")[:4]


def _other_way(clause: str, statement: str, names: set) -> str:
    """The way of change the fact's clause closest to ``clause`` and naming one of its parties gives when it is
    not the clause's own; what caused what compared part by part (the effect with the effect, the cause with the
    cause: "a drop the ORR linked to competition" against "… fewer journeys, and increased competition …
    contributed"); "" when they agree."""
    for mine, part in part_pairs(clause, statement):
        said, theirs = direction_of(mine), closest_clause(part, mine)
        fd = direction_of(theirs)
        if said and fd and fd != said and names & {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", theirs)}:
            return fd
    return ""
