"""The year a denial's clause is set in: « Pour 2025, la direction n'a pas communiqué d'objectif chiffré » denies
a target for 2025, which a fact of 2024's targets (« Norvel abaisse ses objectifs 2024 ») does not refute; "In 2024,
Velmor did not buy back shares" is refuted by a buyback of 2024, not by one of 2023."""
from __future__ import annotations

from ..model import Claim, Fact


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
