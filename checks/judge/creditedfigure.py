"""A frame's party against the credit of the fact that gives the statement's figure, when no claim of the statement
was decided: "According to the Velmor Institute, 41.7 % of …" while the one fact that writes 41.7 % of it says
"According to the Ostria Agency, 41.7 % of …" — the figure is credited to another body than the one the article
names, a misattribution, though the rest of the figure's clause was left undecided. A fact that names no one as
saying it, or names the article's party (its acronym, a part of the same government), decides nothing."""
from __future__ import annotations

from typing import Callable, Optional

from ..match import FactIndex
from ..model import CONTRADICTED, UNVERIFIED, Claim, ClaimResult, Evidence
from ..resources import compiled
from ..terms import concepts_in
from .figures import significant_digits
from .findings import fact_by_id, sentence
from .officers import officer_without_party

_CAPITAL = compiled(r"(?:^|[\s'’])[A-ZÀ-Ý]")      # a capitalised word: a name, « l'Insee », not a description


def credited_to_another(claim: Claim, checks: list[tuple[str, str]], siblings: list[ClaimResult], index: FactIndex,
                        same: Callable[[str, str], bool]) -> Optional[ClaimResult]:
    """Contradicted when a fact cited for an undecided figure of the statement gives every figure of it (one of three
    significant digits or more, else in a fact sharing a concept of the claim) and its own sentence credits a named
    party that ``same`` (the attribution rule's test of one party) does not find to be the article's."""
    who = next((w for k, w in checks if k == "attributed"), None)
    if who is None or officer_without_party(who, index) or not _CAPITAL.search(_name(who, index)):
        return None
    for r in siblings:
        if r.claim is claim or r.verdict != UNVERIFIED or not r.claim.quantities:
            continue
        for e in r.evidence:
            found = _other_credit(who, r.claim, e, index, same)
            if found:
                ev = Evidence(e.source, e.fact, e.statement, "contradicts", e.title, e.url)
                return ClaimResult(claim, CONTRADICTED, sentence(f"misattributed: the source credits {found}, not "
                                                                 f"{_name(who, index)}: {e.statement}"), [ev], 0.75,
                                   ["attribution"])
    return None


def _other_credit(who: str, figure: Claim, e: Evidence, index: FactIndex, same) -> Optional[str]:
    """The name of the party the fact's sentence credits, when it gives the claim's figures and is not ``who``'s."""
    fact = fact_by_id(index, e.source, e.fact) if e.fact else None
    if fact is None:
        return None
    given = {q.value for q in index.reading(fact).quantities}
    values = [q for q in figure.quantities if q.value is not None]
    if not values or any(q.value not in given for q in values):
        return None
    if not any(significant_digits(q) >= 3 for q in values) and not set(concepts_in(figure.text)) & index.fact_concepts(fact):
        return None
    speaker = index.reading(fact).speaker
    if not speaker:
        return None
    if speaker not in index.catalog.entities:          # « Selon l'OWA »: the party its words name, if the list knows it
        speaker = index.matcher.resolve(speaker) or speaker
    name = _name(speaker, index)
    if not _CAPITAL.search(name) or same(who, speaker) or same(who, name):
        return None
    return name


def _name(who: str, index: FactIndex) -> str:
    return index.entity_name(who) if who in index.catalog.entities else who
