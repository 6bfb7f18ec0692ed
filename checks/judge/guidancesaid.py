"""A guidance the newer source says it revised ("now expects low double digit growth, raised from previous guidance
of upper single digit growth", « a relevé sa prévision de croissance, à 5 % »): its words name the earlier guidance
too, so they confirm a claim that gives that earlier guidance only as what it was before the revision."""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from .findings import Finding


def only_as_before(claim: Claim, fact: Fact) -> bool:
    """Whether the newer expectation says it was revised (``revisionway.revision_in``: "raised from previous
    guidance", « a relevé sa prévision ») while the claim says no revision: the words they share are the older
    guidance's ("Norvel expects growth in the upper single digits" against "Norvel now expects low double digit
    growth, raised from previous guidance of upper single digit growth"; « Velmor table sur une croissance de 3 % »
    against « Velmor a relevé sa prévision de croissance de 3 % à 5 % »), not a confirmation of the current one."""
    from .revisionway import revision_in     # (revisionway reads revised, which reads this module)
    return revision_in(fact.statement or "") is not None and revision_in(claim.focus or claim.text) is None


def said_before(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """A figure the fact confirming another part of the claim writes beside its own only as the guidance it revised
    (``only_as_before``: "raised its guidance and now expects about £150m, previously £100m"), which an older version
    of that fact, in a source the fact's supersedes, gives as its figure ("expected about £100m"): the older
    guidance, outdated, citing the newer fact ("which called for about £100m"; « qui tablait sur 100 millions » against
    « a relevé sa prévision à 150 millions, contre 100 millions auparavant »). Not when the claim dates it to the
    month the older source gave it (``revised.as_given_then``)."""
    from .revised import as_given_then, published_when, revises
    if fact.source in index.superseded_by or fact.quantity is None or not only_as_before(claim, fact) \
            or compare_quantity(q, fact.quantity)[0] == "supports":
        return None
    for old in index.facts:
        if old is fact or old.quantity is None or compare_quantity(q, old.quantity)[0] != "supports" \
                or not revises(fact, old, index):
            continue
        was = Candidate(old, index.sources[old.source], 0.0, 0.0)
        if as_given_then(claim, q, was):
            return None
        now = Candidate(fact, index.sources[fact.source], 0.0, 0.0)
        return Finding("outdated", "outdated", fact, f"{q.text.strip()!r} is the figure of {was.source.title!r} "
                       f"({published_when(was)}: {old.statement}); {now.source.title!r} ({published_when(now)}) revised it: "
                       f"{fact.statement}", part=q.text.strip())
    return None
