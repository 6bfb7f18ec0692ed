"""The month a party announced something, dated by its own publication: a claim that dates by its month what a
party announces, publishes or says of its outlook, "In July, Velmor raised its forecast", « En octobre, Norvel
avait annoncé l'acquisition de Brask », is dated by the source that party itself published with the fact, when the
fact's sentence gives no month: its announcement is that publication; so is what it expected then, both sides
stating an expectation. Only that month confirms it; another month
leaves the date unchecked (the source may repeat an earlier announcement). And the fact's own date at the month
gives the month its sentence does not write (``month_given``)."""
from __future__ import annotations

import re
from typing import Optional

from ..detect import is_expectation
from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..slots import month_days
from ..tablestore import stored
from .aims import states_expectation
from .findings import month_of, year_of


@stored
def _verb() -> re.Pattern:
    """A verb of a party's own announcement (``own_announcement_verbs`` of ``claims.yaml``)."""
    return word_pattern("claims", r"(?<!\w)(?:{+own_announcement_verbs})(?!\w)", re.I)


def _told_at(text: str, fact: Fact, index: FactIndex) -> Optional[int]:
    """Where the claim's verb of announcement starts, or, both sides stating an expectation, its end (what the party
    expected: "In March, Velmor expected the deal to close in the third quarter", « En mars, Velmor prévoyait … »,
    dated by the source it published then); None otherwise."""
    verb = _verb().search(text)
    if verb is not None:
        return verb.start()
    return len(text) if is_expectation(text) and states_expectation(fact.statement or "", index.reading(fact).language) else None


def announced_when_published(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim dates by its month an announcement of the party that published the fact's source, named
    before the verb, and the source was published in that month (and year, when the claim writes one)."""
    src = index.sources.get(fact.source)
    publisher = getattr(src, "publisher", None)
    published = str(getattr(src, "published", "") or "")
    if not publisher or len(published) < 7:
        return False
    text = claim.text
    at = _told_at(text, fact, index)
    if at is None:
        return False
    doer = any(m.entity == publisher and m.end - claim.start <= at for m in claim.mentions)
    if not doer or publisher not in {fact.subject, *index.reading(fact).entities}:
        return False
    months = {m for m, _ in month_days(text)}
    years = {d.year for d in claim.dates if d.year and d.relation == "at"}
    return month_of(published) in months and (not years or year_of(published) in years)


def month_given(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact gives the month the claim dates by its month alone, its sentence writing none: the party's own
    announcement dated by its publication (``announced_when_published``), or the fact's own date at the month (« En
    octobre, la direction avait mis en avant … » against a fact dated 2024-10), and that year when the claim writes
    one. No day: a date at the month gives none."""
    if announced_when_published(claim, fact, index):
        return True
    month, days = month_of(fact.as_of), month_days(claim.text)
    years = {d.year for d in claim.dates if d.year and d.relation == "at"}
    return month is not None and bool(days) and all(m == month and day is None for m, day in days) \
        and (not years or year_of(fact.as_of) in years)
