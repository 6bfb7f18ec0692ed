"""When the document a figure comes from was published, as a relative clause or a gloss of its statement says ("In its
first review, published in March 2025, the Vallorn Institute put the cost at …", « Dans son 12e bilan, publié en mai
2024, … évaluait à … »), against the publication dates of the sources whose facts confirm the main clause: a date
none of them has (its month, or its year when the article gives no month) says the figure is the one of another
publication than the one that gives it, a wrong date (rule ``date``). Nothing when no confirming source has a
publication date, or when the clause writes no publication verb (``publication_verbs`` of ``claims.yaml``) right
before its one date.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..match import FactIndex
from ..model import CONTRADICTED, SUPPORTED, UNVERIFIED, ClaimResult, Evidence, Part
from ..resources import word_pattern
from .carry import confirming_facts
from .findings import month_of, sentence, year_of
from .rules.dates import stated_dates
from ..tablestore import stored

# how many characters may stand between the publication verb and the date ("published on 3 February 2025")
REACH = 12


@stored
def _verb() -> re.Pattern:
    return word_pattern("claims", r"(?<!\w)(?:{+publication_verbs})(?!\w)", re.I)


def publication_by_main_source(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """Each relative clause or gloss that dates the publication, against the main clause's confirming sources."""
    mains = [f for r in results if r.claim.role == "main" for f in confirming_facts(results, index, ("main",)).get(id(r), [])]
    if not mains:
        return results
    dates = {str(index.sources[f.source].published) for f in mains
             if f.source in index.sources and index.sources[f.source].published}
    if not dates:
        return results
    return [_against(r, dates, mains[0], index) or r for r in results]


def _against(r: ClaimResult, published: set[str], fact, index: FactIndex) -> Optional[ClaimResult]:
    """The clause contradicted when the date it gives the publication is none of ``published``."""
    if r.claim.role not in ("relative", "gloss") or r.verdict not in (SUPPORTED, UNVERIFIED):
        return None
    said = stated_dates(r.claim)
    if len(said) != 1 or said[0].year is None:
        return None
    d = said[0]
    text = r.claim.text
    at = d.start - r.claim.start
    verb = next((m for m in _verb().finditer(text) if 0 <= at - m.end() <= REACH), None)
    if verb is None:
        return None
    if any(year_of(p) == d.year and (d.month is None or month_of(p) == d.month) for p in published):
        return None
    src = index.sources.get(fact.source)
    when = ", ".join(sorted(published))
    why = sentence(f"Wrong date: the figure comes from {src.title if src else fact.source!r}, published {when}; "
                   f"the article says {d.text!r}")
    ev = Evidence(fact.source, fact.id, fact.statement, "contradicts", src.title if src else "", src.url if src else None,
                  fact.quote)
    return replace(r, verdict=CONTRADICTED, explanation=why, evidence=[ev], confidence=0.75, rules=["date"],
                   parts=(Part(r.claim.text.strip(), "contradicted", "date", f"{fact.source}/{fact.id}"),))
