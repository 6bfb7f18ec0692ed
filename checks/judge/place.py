"""The place or party a figure is said of, against the one a fact is of (``scope.same_place``): the figure a fact
gives for another place or party ("Average UK rents rose 7.4 %" for "rents in England rose 7.4 %"; the 1,118
cocaine deaths of England and Wales for "In Scotland, deaths involving cocaine rose … to 1,118") is not the
article's place's figure, and leaves it unverified when the list gives none of that place.
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from .figures import fact_parties, signed
from .findings import Finding
from .incises import incises, opens_complement


def publishers(index: FactIndex) -> set[str]:
    """Who publishes the list's sources: who says a figure, not what it is of."""
    return {s.publisher for s in index.sources.values() if s.publisher}


def own_parties(fact: Fact, index: FactIndex) -> set[str]:
    """The places and parties a fact is of: its declared subject and object, and those its sentence names, but
    who publishes (the BLS, subject of "payroll employment rose by 73,000, the BLS reported", reports a figure of
    the United States)."""
    return fact_parties(fact, index) - publishers(index)


def described(claim: Claim) -> set[str]:
    """The parties named only in a descriptive incise ("The University of Stenbridge, the country's second-largest,
    will cut …"): they describe the subject, and are not the figure's scope (``incises``)."""
    dates = tuple((d.start - claim.start, d.end - claim.start) for d in claim.dates if d.start >= 0)
    spans = incises(claim.text, dates)
    inside = {m.entity for m in claim.mentions if any(a <= m.start - claim.start < b for a, b in spans)}
    return inside - {m.entity for m in claim.mentions if not any(a <= m.start - claim.start < b for a, b in spans)}


def fronted(claim: Claim, q: Quantity) -> set[str]:
    """The places and parties of a phrase the claim opens with, before its figures and closed by a comma ("In
    Castelford, admissions … rose by 12.4 % to 2,306", « En Bretagne, les ventes … ») : the scope of all its figures."""
    m = re.match(r"\W*([\w'’-]+)[^,]*,", claim.text)
    if not m or not opens_complement(m.group(1)) or any(x.start - claim.start < m.end() for x in claim.quantities):
        return set()
    return {x.entity for x in claim.mentions if x.start - claim.start < m.end()}


def of_other_places(claim: Claim, q: Quantity, window: str, named: set[str], comparable: list[Candidate],
                    index: FactIndex) -> Optional[list[Finding]]:
    """When no comparable fact names the place or party of the figure's clause (``named``, less who publishes and
    who an incise describes) and one of another place or party (it names some, none of the figure's) gives the
    figure: a related finding, the figure being that place's, not the article's."""
    named = named - publishers(index) - described(claim)
    if not named:
        return None
    for c in comparable:
        parties = own_parties(c.fact, index)
        if parties and not parties & named \
                and compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports":
            where = ", ".join(sorted(index.entity_name(e) for e in named))
            return [Finding("related", "region", c.fact,
                            f"{q.text.strip()!r} is the source's figure for another place or party "
                            f"({c.fact.statement}); it gives none for {where}")]
    return None
