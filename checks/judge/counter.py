"""Who the article says counted a confirmed figure, when it names the body as the subject of a counting verb
rather than in an attribution frame ("In 2021 the regional observatory recorded 412 fatal accidents", « l'Observatoire
régional dénombrait 412 accidents mortels »): a body the source list knows as a publisher or as the subject of a
fact of its own, writing a figure that another publisher's source gives and that does not concern it, is credited with a count that is not its
own (``counting_verbs`` of ``claims.yaml``); a body written as the subject of a verb of announcing or publishing
(« la Cour des comptes a annoncé un excédent de … », "the court announced …": ``announcing_verbs``) likewise.
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Mention, Quantity
from ..resources import compiled, words
from ..text import fold, fold_same_length, spaced_alternation
from .figures import fact_parties
from .findings import Finding
from ..tablestore import stored

_P_COUNTS = compiled(r"[.;:]")

# how far before the figure the counting verb may stand, in characters ("a recensé en 2019 790 accidents")
VERB_REACH = 40
LONG_REACH = 80


@stored
def _verbs() -> re.Pattern:
    verbs = [*words("claims", "counting_verbs"), *words("claims", "announcing_verbs")]
    return compiled(r"(?<!\w)(?:" + spaced_alternation(verbs) + r")(?!\w)")


def counted_by_another(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """A contradiction of the attribution when the body the claim has counting its confirmed figure is another
    publisher than the confirming fact's, and no party of that fact."""
    if claim.attributed_to or claim.role != "main":
        return []
    publishers = _counting_bodies(index)
    entities = frozenset(index.catalog.entities)
    for f in findings:
        if f.relation != "supports" or not f.rule.startswith("quantity"):
            continue
        q = next((x for x in claim.quantities if x.text.strip() == f.part), None)
        who = _counter(claim, q, publishers, entities) if q is not None else None
        src = index.sources.get(f.fact.source)
        if who is None or src is None or src.publisher is None or who in _bodies(src, index) \
                or who in fact_parties(f.fact, index) \
                or fold(index.entity_name(who)) in fold(src.title or ""):
            continue
        return [Finding("contradicts", "attribution", f.fact,
                        f"misattributed: the figure is {index.entity_name(src.publisher)}'s count, not "
                        f"{index.entity_name(who)}'s: {f.fact.statement}", part=claim.text[:q.start - claim.start].strip())]
    return []


def _counting_bodies(index: FactIndex) -> frozenset[str]:
    """The bodies the list knows: its publishers, and the subjects of its facts ("The Vallorn Housing
    Office housed 12,400 families"), each of which counts what it says it counted; read once per list (kept with the
    index, again if facts or sources were added: every main clause asks it, and it walks every fact)."""
    memo, size = index.__dict__.get("_counting_bodies"), (len(index.facts), len(index.sources))
    if memo is None or memo[0] != size:
        memo = index.__dict__["_counting_bodies"] = (size, frozenset(
            {b for s in index.sources.values() for b in _bodies(s, index)}
            | {f.subject for s in index.sources.values() for f in s.facts if f.subject}))
    return memo[1]


def _bodies(src, index: FactIndex) -> set[str]:
    """Who publishes a source: its publisher, and the bodies its publisher field names in words ("Radio Korland (citing
    the relief agency)")."""
    if not src.publisher:
        return set()
    if src.publisher in index.catalog.entities:
        return {src.publisher}
    return {src.publisher} | {m.entity for m in index.matcher.find(src.publisher)}


def _counter(claim: Claim, q: Quantity, publishers: set, entities=frozenset()) -> Optional[str]:
    """The publisher the claim names before the figure, followed by a counting verb close to the figure; or, further
    back, another body the source list names (``entities``) that is the counting verb's own subject ("The Weather
    Office put the damage in Lorvik at …": not Lorvik, named between)."""
    end = q.start - claim.start
    named: list[Mention] = [m for m in claim.mentions if m.entity in publishers | entities and m.end - claim.start <= end]
    for m in reversed(named):
        subject = _counts(claim, q, m, end)
        if m.entity in publishers:       # (the last publisher named decides, as before)
            return m.entity if subject is not None else None
        if subject:
            return m.entity
    return None


def _counts(claim: Claim, q: Quantity, m: Mention, end: int) -> Optional[bool]:
    """None when no counting verb stands between the mention and the figure, close enough to it; else whether the
    verb follows the mention straight away (the body is its subject)."""
    gap = fold_same_length(claim.text[m.end - claim.start:end])
    verb = _verbs().search(gap)
    # (further when what it counts is named between, with no other figure nor comma: "puts the flood's total cost for the
    # region at", "put the loss from the September 2024 floods at": a date is no figure)
    between = [x for x in claim.quantities if verb is not None and m.end + verb.end() <= x.start < q.start]
    reach = VERB_REACH if verb is None or between or "," in gap[verb.end():] else LONG_REACH
    if verb is None or len(gap) - verb.end() > reach or _P_COUNTS.search(gap):
        return None
    return not gap[:verb.start()].strip()
