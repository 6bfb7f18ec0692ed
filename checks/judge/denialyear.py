"""The year a denial's clause is set in: « Pour 2025, la direction n'a pas communiqué d'objectif chiffré » denies
a target for 2025, which a fact of 2024's targets (« Norvel abaisse ses objectifs 2024 ») does not refute; "In 2024,
Velmor did not buy back shares" is refuted by a buyback of 2024, not by one of 2023."""
from __future__ import annotations

from typing import Optional

from ..model import Claim, Fact
from ..numbers import find_dates, split_years
from ..slots import clause_spans
from ..text import fold_same_length
from .periods import claim_year



def of_the_framing_year(claim: Claim, scope: str, f: Fact, year: int) -> bool:
    """Whether a fact of ``year`` falls in the year a denial's clause is set in before its negation (« Pour 2025, la
    direction n'a pas communiqué d'objectif », "In 2024, the group did not buy back shares"): a year written before
    the denied words is the time of the whole clause, and a fact of another year that does not write it records
    another year's event (the targets of 2024 are no target for 2025). A year inside the denied words may be a
    reference (« n'a pas retrouvé son niveau de 2019 »), and a year said in words, « contrairement à l'an dernier », a
    contrast: neither read here."""
    text = claim.focus or claim.text
    at = text.find(scope) if scope else -1
    if at <= 0:
        return True
    framing = {d.year for d in claim.dates if d.relation == "at" and d.year and str(d.year) in (d.text or "")
               and 0 <= text.find(d.text) and text.find(d.text) + len(d.text) <= at}
    return not framing or year in framing or any(str(y) in (f.statement or "") for y in framing)



def denials_of_other_years(claim: Claim, statement: str, lang: str, denial_at) -> Optional[str]:
    """A fact's sentence less its clauses that deny something of another year than the claim's, a year written after
    the denial (« Velmor verse un dividende de 0,40 euro au titre de 2025, après n'en avoir versé aucun au titre de
    2024 », "Velmor paid no dividend for 2024" against a denial of 2025's; not a bound, « jamais atteint depuis
    2013 », nor the date of a speech before it, "said in May 2025 that he had never …"): what is left is all that
    speaks of the claim's year, and may state that it happened. None when no clause is such a denial, or the claim
    has no year (its own, its main clause's or the period the statements before it speak of). ``denial_at``: where a
    folded clause denies, or None."""
    year = claim_year(claim) or (claim.period_before or (None,))[0]     # (its own, else the period it is read in)
    if year is None:
        return None
    rest, cut = statement, False
    for a, b in clause_spans(statement):
        at = denial_at(fold_same_length(statement[a:b]))
        dated = [d for d in find_dates(statement[a:b], lang) if d.relation == "at" and at is not None and d.start > at]
        # (a fiscal year or season, "the 2024/25 year", « l'exercice 2023-2024 », is of both its years)
        years = {d.year for d in dated} | {hi for d in dated for lo, hi in split_years(d.text) if lo == d.year}
        if years and year not in years:
            rest, cut = rest[:a] + " " * (b - a) + rest[b:], True
    return rest if cut else None
