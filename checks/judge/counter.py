"""Who the article says counted a confirmed figure, when it names the body as the subject of a counting verb
rather than in an attribution frame ("In 2021 the regional observatory recorded 412 fatal accidents", « l'Observatoire
régional dénombrait 412 accidents mortels »): a body the source list knows as a publisher, writing a figure
that another publisher's source gives and that does not concern it, is credited with a count that is not its
own (``counting_verbs`` of ``claims.yaml``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Mention, Quantity
from ..resources import compiled, words
from ..text import fold, fold_same_length, longest_first
from .figures import fact_parties
from .findings import Finding

# how far before the figure the counting verb may stand, in characters ("a recensé en 2019 790 accidents")
VERB_REACH = 40


@functools.lru_cache(maxsize=None)
def _verbs() -> re.Pattern:
    forms = sorted({fold(w) for w in words("claims", "counting_verbs")}, key=longest_first)
    return compiled(r"(?<!\w)(?:" + "|".join(re.escape(f).replace("\\ ", r"\s+") for f in forms) + r")(?!\w)")


def counted_by_another(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """A contradiction of the attribution when the body the claim has counting its confirmed figure is another
    publisher than the confirming fact's, and no party of that fact."""
    if claim.attributed_to or claim.role != "main":
        return []
    publishers = {s.publisher for s in index.sources.values() if s.publisher}
    for f in findings:
        if f.relation != "supports" or not f.rule.startswith("quantity"):
            continue
        q = next((x for x in claim.quantities if x.text.strip() == f.part), None)
        who = _counter(claim, q, publishers) if q is not None else None
        src = index.sources.get(f.fact.source)
        if who is None or src is None or src.publisher in (None, who) or who in fact_parties(f.fact, index) \
                or fold(index.entity_name(who)) in fold(src.title or ""):
            continue
        return [Finding("contradicts", "attribution", f.fact,
                        f"misattributed: the figure is {index.entity_name(src.publisher)}'s count, not "
                        f"{index.entity_name(who)}'s: {f.fact.statement}", part=claim.text[:q.start - claim.start].strip())]
    return []


def _counter(claim: Claim, q: Quantity, publishers: set) -> Optional[str]:
    """The publisher the claim names before the figure, followed by a counting verb close to the figure."""
    end = q.start - claim.start
    named: list[Mention] = [m for m in claim.mentions if m.entity in publishers and m.end - claim.start <= end]
    if not named:
        return None
    m = named[-1]
    gap = fold_same_length(claim.text[m.end - claim.start:end])
    verb = _verbs().search(gap)
    return m.entity if verb is not None and len(gap) - verb.end() <= VERB_REACH and not re.search(r"[.;:]", gap) else None
