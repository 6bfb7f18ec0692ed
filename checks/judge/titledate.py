"""The day a source's title dates what it reports: "Full-year results for the year ended 30 September 2024",
« Crue des 16 et 17 octobre 2025 : bilan consolidé ». The same day and month the claim states of a figure that a fact of
that source confirms ("profit rose 16 % in the year to 30 September", « lorsque la rivière est sortie de son lit, les
16 et 17 octobre ») is the title's date when the title writes it in the confirming fact's year (read by
``rules/dates.py``). A month alone is not read so: the report of a month may give a figure of a longer stretch ("The
Employment Situation — August 2025" gives the fall of the first eight months).
"""
from __future__ import annotations

from typing import Optional

from ..language import clause_language
from ..match import FactIndex
from ..model import Fact
from ..numbers import find_dates
from ..slots import slot_patterns
from ..text import fold_same_length
from .findings import Finding, year_of
from ..resources import compiled

_P_DAYS_OF = compiled(r"(?<!\d)\d{1,2}(?!\d)")


def title_month(said, claim_text: str, offset: int, confirming: list[Fact], index: FactIndex) -> Optional[Finding]:
    """A day and month without a year (``said``: a date the claim states, at ``offset`` in ``claim_text``) that the
    title of a confirming fact's source writes, in that fact's year ("the year to 30 September" against a fact of 2024
    whose source's title reads "… the year ended 30 September 2024"): confirmed; None otherwise."""
    day = slot_patterns()["day_before"].search(fold_same_length(claim_text[:max(0, offset)]))
    if said.month is None or said.year is not None or day is None:
        return None
    for fact in confirming:
        src = index.sources.get(fact.source)
        title, year = (src.title or "") if src else "", year_of(fact.as_of)
        if not title or year is None:
            continue
        written = find_dates(title, clause_language(title))
        if any(d.month == said.month and d.year == year and _days_of(d) & {int(day.group(1))} for d in written):
            return Finding("supports", "date", fact, f"{said.text!r}, the period the source's title gives: {title}",
                           part=said.text)
    return None


def _days_of(d) -> set:
    """The days a date of the title writes: its day, or each of a span's ("des 16 et 17 octobre 2025")."""
    return {d.day} | {int(x) for x in _P_DAYS_OF.findall(d.text or "")}
