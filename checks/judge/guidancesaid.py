"""A guidance the newer source says it revised ("now expects low double digit growth, raised from previous guidance
of upper single digit growth", « a relevé sa prévision de croissance, à 5 % »): its words name the earlier guidance
too, so they confirm a claim that gives that earlier guidance only as what it was before the revision."""
from __future__ import annotations

from ..model import Claim, Fact


def only_as_before(claim: Claim, fact: Fact) -> bool:
    """Whether the newer expectation says it was revised (``revisionway.revision_in``: "raised from previous
    guidance", « a relevé sa prévision ») while the claim says no revision: the words they share are the older
    guidance's ("Norvel expects growth in the upper single digits" against "Norvel now expects low double digit
    growth, raised from previous guidance of upper single digit growth"; « Velmor table sur une croissance de 3 % »
    against « Velmor a relevé sa prévision de croissance de 3 % à 5 % »), not a confirmation of the current one."""
    from .revisionway import revision_in     # (revisionway reads revised, which reads this module)
    return revision_in(fact.statement or "") is not None and revision_in(claim.focus or claim.text) is None
