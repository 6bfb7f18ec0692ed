"""The opening phrase a nested claim's statement begins with, right before it: « Sur l'ensemble de l'année, elles ont
plongé de 37 %, la Chine ayant fermé … », "Over the full year, they fell 37 %, as …" — the clause read as a claim of
its own inside the statement keeps the words that set it, as the main clause would."""
from __future__ import annotations

from ..model import Claim


def opening_phrase(claim: Claim) -> str:
    """The words of the main clause before a nested claim (``context_text``, the claim and its commas blanked in it)
    when they are one opening phrase right before it, "For the full year," « Sur l'ensemble de l'année 2025, », with
    no comma inside; else ""."""
    if claim.role == "main" or not claim.context_text or not claim.text.strip():
        return ""
    at = claim.context_text.find(" " * len(claim.text))
    before = claim.context_text[:at].rstrip().removesuffix(",").rstrip() if at > 0 else ""
    return before + ", " if before and "," not in before else ""
