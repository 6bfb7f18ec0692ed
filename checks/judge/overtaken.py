"""An outlook the outcome overtook: a claim without a figure confirmed only by what a superseded source expected of a
period, stated as an outlook ("Velmor has stuck to its view that 2026 would bring progress", « Norvel table toujours
sur une hausse de ses ventes en 2026 »; not what happened, "demand reached a record in 2026"), when
a source that supersedes it (down the chain) gives what happened in that period to the same party ("Velmor's profit
fell 4 % in 2026"): the period is over and its outcome is out, so the expectation is no longer what the party
expects — outdated, citing the outcome closest to its words. Not when the claim dates it to the month its source
gave it (``revision.dated_as_older``: "In July, Velmor still expected progress"), nor when a newer expectation of
the same period was found (``revised.expectation_revised`` reads that one)."""
from __future__ import annotations

from typing import Optional

from ..detect import is_expectation
from ..match import Candidate, FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..terms import content_stems
from ..text import fold
from .findings import Finding, year_of
from .prevlevel import party_of
from .revised import published_when, says_what_guidance_said
from .revision import dated_as_older, expects, supersedes


def overtaken_by_outcome(claim: Claim, decided: list[Finding], index: FactIndex) -> list[Finding]:
    """``decided`` (the terms rule's verdict on its first fact) read again: an expectation of a superseded source
    whose period a superseding source reports the outcome of — outdated, with the expectation as related."""
    old = decided[0].fact if decided and decided[0].relation == "supports" else None
    if old is None or not _states_an_outlook(claim) or old.source not in index.superseded_by or year_of(old.as_of) is None or not expects(old, index):
        return []
    given = Candidate(old, index.sources[old.source], 0.0, 0.0)
    if dated_as_older(claim, [(given, "", "")]):
        return []
    outcome = _outcome(old, index)
    if outcome is None:
        return []
    now = Candidate(outcome, index.sources[outcome.source], 0.0, 0.0)
    return [Finding("outdated", "outdated", outcome, f"what {given.source.title!r} ({published_when(given)}) expected "
                                                     f"of {year_of(old.as_of)} was overtaken by the outcome "
                                                     f"{now.source.title!r} ({published_when(now)}) gives: "
                                                     f"{outcome.statement}"),
            Finding("related", "outdated", old, "the superseded expectation")]


def _states_an_outlook(claim: Claim) -> bool:
    """Whether the claim states what a party expects (``is_expectation``, "has stuck to its view that 2024 would
    show progress": a reported future, ``reported_conditional``; or what a noun of guidance gave,
    ``says_what_guidance_said``), not what happened ("demand reached a record in 2024")."""
    text = claim.focus or claim.text
    return is_expectation(text) or says_what_guidance_said(claim) \
        or word_pattern("claims", r"(?<!\w)(?:{reported_conditional})(?!\w)").search(fold(text)) is not None


def _outcome(old: Fact, index: FactIndex) -> Optional[Fact]:
    """The fact of a source superseding the expectation's that gives what happened in its year to its party (no
    expectation itself), the one sharing most of the expectation's words; None when there is none."""
    year, party, mine = year_of(old.as_of), party_of(old, index), _words(old)
    found = [(len(mine & _words(f)), -i, f) for i, f in enumerate(index.facts)
             if f is not old and year_of(f.as_of) == year and party_of(f, index) == party
             and supersedes(f.source, old.source, index) and not expects(f, index)]
    return max(found, key=lambda x: x[:2])[2] if found else None


def _words(fact: Fact) -> set[str]:
    """The words of a fact's sentence that say what it measures (no figures)."""
    return {w for w in content_stems(fact.statement or "") if not any(ch.isdigit() for ch in w)}
