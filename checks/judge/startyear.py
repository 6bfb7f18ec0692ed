"""The year of a starting level: "against about 320 TWh two years earlier" against a fact's sentence that writes
320 TWh for the year before ("362 TWh in 2024, against 320 TWh in 2023 and 279 TWh in 2022"). Used by the rule
``quantity`` when the article's starting level is the one the fact gives (``agreement.starting_level_of``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..detect.lexicon import claim_lexicon
from ..match import Candidate, FactIndex
from ..model import Claim, ClaimResult, Quantity
from ..text import fold
from .findings import Finding, year_of

_REACH = 40       # how far after its figure a starting level's own date is written
STARTING_YEAR = "period"
_OTHER_START = "wrong period: the source gives the starting level"


def dated_otherwise(r: ClaimResult) -> bool:
    """Whether a claim's starting level was refuted as of another year than the one the fact writes for it: it stays
    refuted (the main clause's fact, which writes it, does not confirm it again)."""
    return STARTING_YEAR in r.rules and _OTHER_START.lower() in r.explanation.lower()


def starting_year_against(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> Optional[Finding]:
    """A starting level the article dates ("contre environ 320 TWh deux ans plus tôt", "against 320 TWh two years
    earlier": 2022, read from the claim's year, 2024) to another year than the one the fact's sentence writes it for
    (2023): the figure of the wrong period. Only when the claim writes the year it counts back from and it is the
    fact's (an article's year alone does not say which year "a year earlier" is)."""
    said, at = _years(claim, q, c)
    if said is None or len(at) != 1 or year_of(c.fact.as_of) != min(at) or said >= min(at):
        return None
    reading = index.reading(c.fact)
    for fq, own, base in zip(reading.quantities, reading.years, reading.baselines):
        if base and _of_another_year(q, fq, own, said, reading):
            return Finding("contradicts", STARTING_YEAR, c.fact,
                           f"{_OTHER_START} {fmt_quantity(fq)} for {own}, the article "
                           f"{q.text.strip()!r} for {said}: {c.fact.statement}")
    return None


def _years(claim: Claim, q: Quantity, c: Candidate) -> tuple[Optional[int], set]:
    """The year the starting level's own words date it to and the years of the claim it counts back from: those
    the claim writes, else, in a claim that writes no year at all, the year of the fact (``_counted_back``)."""
    said = _its_year(claim, q)
    at = {d.year for d in claim.dates if d.relation == "at" and d.year and d.month is None} or _written_context(claim)
    if said is None and not at and not claim.dates and claim.context_year is None:
        said = _counted_back(claim, q, year_of(c.fact.as_of))
        return said, ({year_of(c.fact.as_of)} if said is not None else at)
    return said, at


def of_another_start(f: Finding) -> bool:
    """Whether a finding refutes a starting level as the source's for another year (``starting_year_against``): the
    fact that writes it beside a confirmed figure gives it for that year, and does not confirm it again."""
    return f.rule == STARTING_YEAR and f.relation == "contradicts" and f.message.startswith(_OTHER_START)


def _counted_back(claim: Claim, q: Quantity, year: Optional[int]) -> Optional[int]:
    """The year a starting level is dated to by a count of years back written right after it, in a claim that writes
    no year at all ("to £128m, from £120m two years earlier", « contre 320 TWh deux ans plus tôt »): counted from the
    year of the fact that gives the claim's figure and that starting level (``clause_relative_years`` of
    ``claims.yaml``)."""
    after = fold(claim.text[max(0, q.end - claim.start):q.end - claim.start + _REACH])
    found = [(m.start(), back) for phrase, back in claim_lexicon("und").clause_relative_years.items()
             for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", after)]
    return None if year is None or not found else year + min(found)[1]


def _its_year(claim: Claim, q: Quantity) -> Optional[int]:
    """The year a starting level's own words date it to, right after it ("… 320 TWh two years earlier")."""
    return next((d.year for d in claim.dates if d.relation == "baseline" and d.year and d.month is None
                 and 0 <= d.start - q.end <= _REACH), None)


def _written_context(claim: Claim) -> set[int]:
    """The year of the main clause of a nested claim ("In 2024, … 362 TWh, against 320 TWh two years earlier"),
    when that clause writes it (not one read from the article's date)."""
    year = claim.context_year
    return {year} if year and str(year) in (claim.context_text or "") else set()


def _written_after(fq: Quantity, year: int, reading) -> bool:
    """Whether the fact's sentence writes the starting level's year right after it ("320 TWh in 2023"), not one
    read from further away (« 36,7 milliards sur l'exercice précédent » after « mars 2025 »)."""
    return any(d.year == year and d.month is None and d.text.strip().isdigit() and 0 <= d.start - fq.end <= _REACH // 2
               for d in reading.dates)      # (a year alone: "2023/24" is read as 2023, a season counted back otherwise)


def _of_another_year(q: Quantity, fq: Quantity, own: Optional[int], said: int, reading) -> bool:
    """Whether the fact's starting level ``fq`` is the article's figure, written for another year than ``said``."""
    return fq.value is not None and own is not None and own != said and _written_after(fq, own, reading) \
        and compare_quantity(replace(q, unit=q.unit or fq.unit), fq)[0] == "supports"
