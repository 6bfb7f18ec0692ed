"""A denial measured against a record: "not since 2013" against a source's record of a later year, and a denial
with no "since" ("never so much in its history", « jamais autant de toute son histoire ») against a source that
denies only back to a year. Used by the ``negation`` rule (``judge/rules/negation.py``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..detect.negation import ne_denials
from ..match import Candidate
from ..model import Claim, Fact
from ..resources import compiled, word_pattern
from ..slots import rank_of
from ..tablestore import stored
from ..terms import content_stems
from ..text import fold, fold_same_length
from .findings import Finding
from .topicality import substantive


def unbounded_against_since(claim: Claim, f: Fact) -> Optional[Finding]:
    """A denial with no "since" ("never so much in their history", « jamais autant de toute leur histoire ») against a
    source that denies only back to a year ("not reached since 2013"): the source says it was reached then, the
    article that it never was."""
    theirs = since_year(_denying_clauses(f.statement))
    if theirs is None or _patterns()["since"].search(fold_same_length(claim.focus or claim.text)):
        return None
    return Finding("contradicts", "negation", f, f"false record: the source says not since {theirs}, the article "
                                                 f"never: {f.statement}")


def _denying_clauses(statement: str) -> str:
    """The clause of a source's sentence that writes its denial and the one before it ("Since 2013, prices have not
    …"), not a later clause of its own ("For the first time the race did not finish in the capital, and it ended
    with a time trial for the first time since 1989": 1989 dates the time trial); the whole sentence when no clause
    of it denies alone."""
    folded = fold_same_length(statement)
    cuts = [0] + [m.end() for m in _patterns()["clause_end"].finditer(folded)] + [len(statement)]
    clauses = list(zip(cuts, cuts[1:]))
    denying = [i for i, (a, b) in enumerate(clauses) if _patterns()["denial"].search(folded[a:b]) or ne_denials(folded[a:b])]
    if not denying:
        return statement
    return " ".join(statement[clauses[j][0]:clauses[j][1]] for j in sorted({k for i in denying for k in (i - 1, i) if k >= 0}))


def since_record(claim: Claim, since: int, c: Candidate) -> list[Finding]:
    """A negated record "not since ``since``" against a topical fact that ranks first the same thing (it shares the
    words the claim ranks, those before its "since": « Aucune exposition n'avait fait mieux » and « la meilleure
    fréquentation d'une exposition », not "the sharpest cut since 2009" for a withdrawal): a record reaching as far
    back or further confirms it, one of a later year refutes it (the level was reached in between)."""
    f = c.fact
    if rank_of(f.statement) != 1 or not substantive(c):
        return []
    if not set(content_stems(_before_since(claim.focus or claim.text))) & set(content_stems(_before_since(f.statement))):
        return []
    theirs = since_year(f.statement)
    if theirs is not None and theirs > since:
        return [Finding("contradicts", "ranking", f, f"false record: the source says the first since {theirs}, "
                                                      f"the article none since {since}: {f.statement}")]
    return [Finding("supports", "negation", f, f"the record since {since}, as the source ranks it: {f.statement}")]


def dated_after(f: Fact, since: int) -> bool:
    """Whether a fact gives a year after ``since`` (an event that a denial "not since ``since``" denies)."""
    return any(int(y) > since for y in re.findall(r"\b(?:1[89]|20)\d\d\b", f.statement + " " + str(f.as_of or "")))


def _before_since(text: str) -> str:
    """A text up to its "since" (what a record ranks, not how far back it goes)."""
    m = _patterns()["since"].search(fold_same_length(text))
    return text[:m.start()] if m else text


def since_year(text: str) -> Optional[int]:
    """The year a record reaches back to (« depuis l'ouverture du musée, en 1986 », "since 2003")."""
    m = _patterns()["since_year"].search(fold(text or ""))
    return int(m.group(1)) if m else None


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml`` and ``numbers.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {"denial": c(r"(?<!\w)({denial_words})(?!\w)"),
            "clause_end": compiled(r"[;:(]|,(?!\d)"),
            "since": word_pattern("numbers", r"\b(?:{since_words})\b"),
            "since_year": word_pattern("numbers", r"\b(?:{since_words})\b[^.;:]{0,40}?\b((?:1[89]|20)\d\d)\b")}
