"""A target a newer source says was revised: the claim's figure agrees only with the expectation of a superseded
source (« Pour 2024, Velmor vise une marge comprise entre 6,3 % et 6,6 % », "Velmor expects a margin of 6.3 % to
6.6 % in 2024"), and a source that supersedes it writes that the same party revised its targets or guidance for
that year (« Velmor a abaissé ses objectifs 2024 », "Velmor cut its 2024 guidance") without giving that figure
again: the figure is the older target, outdated — not confirmed by the source the list says was replaced, and not
refuted by a figure the newer source gives for another measure.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..detect import is_expectation
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from .aims import states_expectation
from .findings import Finding, declared_as_of, year_of
from .prevlevel import party_of
from .revised import later_guidance, published_when, worded_as_older
from .revision import before_its_year_ended, dated_as_older, expects, given_otherwise, superseding
from .revisionway import revision_in


def target_revised(claim: Claim, q: Quantity, good: list, index: FactIndex) -> list[Finding]:
    """The outdated finding when every fact agreeing with the figure (``(candidate, verdict, detail)``) is of a
    superseded source, the claim does not date it as then given (``revised.dated_as_older``), and a superseding
    source says the same party revised its targets for that year (``revision_stated``) or states another outlook
    (``outlook_instead``); a figure the current guidance confirms, in the older guidance's words
    (``_in_the_older_words``); [] otherwise."""
    if not good or dated_as_older(claim, good):
        return []
    if not all(c.source.id in index.superseded_by for c, _, _ in good):
        return _in_the_older_words(claim, q, good[0][0], index)
    new = revision_stated(good[0][0], index)
    if new is None and is_expectation(claim.focus or claim.text):
        new = outlook_instead(good[0][0], q, index)
    return [] if new is None else [revised_target(q.text.strip(), good[0][0], new),
                                   Finding("related", "outdated", good[0][0].fact, "the superseded target")]


def outlook_instead(old: Candidate, q: Quantity, index: FactIndex) -> Optional[Candidate]:
    """The one fact of a source superseding the older target's (down the chain) that states the same declared
    party's expectation for the same declared year (or is of that year in a source published before it ended:
    what was expected of it: ``_later_outlooks``) and gives none of the claim's figure, or gives it only within its
    rounding while the figure is exactly the older target's (``revision.given_otherwise``) (« Velmor attend pour 2026
    une amélioration … » after « Velmor vise en 2026 des ventes de plus de 500 M€ »): the
    outlook that replaced the older target; None when the older fact states no expectation, or there is none or
    several."""
    f = old.fact
    year, party = declared_as_of(f, index), party_of(f, index)
    if party is None or not year or not expects(f, index):
        return None
    found = _later_outlooks(f, year, party, index)
    if len(found) != 1:
        return None
    new = found[0]
    if _gives(new, q, index) and not (new.quantity is not None and given_otherwise(q, new.quantity, f.quantity)):
        return None         # (the newer outlook meets the figure — unless the figure is exactly the older one's)
    return Candidate(new, index.sources[new.source], old.score, old.topical, old.shared)


def _later_outlooks(old: Fact, year: str, party: str, index: FactIndex) -> list[Fact]:
    """The facts of the sources superseding the older fact's that state the party's expectation for that declared
    year (or are of that year in a source published before it ended); of several, the one whose own verb states
    it (``states_expectation``), when there is one only, not those that name a target only to measure an outcome
    against it (« légèrement sous l'objectif »)."""
    later = set(superseding(old.source, index))
    found = list({(fact.source, fact.id): fact for fact in index.facts if fact.source in later and party_of(fact, index) == party
                  and declared_as_of(fact, index) == year and (expects(fact, index) or before_its_year_ended(fact, index))}.values())
    stated = [fact for fact in found if states_expectation(fact.statement or "", index.reading(fact).language)]
    return stated if len(found) > 1 and len(stated) == 1 else found


def _gives(fact: Fact, q: Quantity, index: FactIndex) -> bool:
    """Whether a figure of the fact's sentence agrees with the claim's figure ``q``."""
    return any(compare_quantity(q, fq)[0] == "supports" for fq in index.reading(fact).quantities)


def _in_the_older_words(claim: Claim, q: Quantity, new: Candidate, index: FactIndex) -> list[Finding]:
    """The outdated finding when the expectation confirming the figure is the later guidance of an older one that gives
    the figure too, and the claim writes the older one's words (``revised.worded_as_older``: "the outlook had only
    promised profit growth in line with sales up 3 % to 5 %" after the profit guidance was raised, the revenue
    range kept): the older guidance, whatever figure the newer keeps; [] otherwise."""
    if not is_expectation(claim.focus or claim.text):
        return []
    for old in index.facts:
        if later_guidance(new.fact, old, index) and worded_as_older(claim, old, new.fact) \
                and _gives(old, q, index):
            then = Candidate(old, index.sources[old.source], new.score, new.topical, new.shared)
            if not dated_as_older(claim, [(then, "", "")]):
                return [Finding("outdated", "outdated", new.fact, f"{q.text.strip()!r} is said as {then.source.title!r} "
                                f"({published_when(then)}) gave it: {old.statement}; {new.source.title!r} "
                                f"({published_when(new)}) revised that guidance: {new.fact.statement}"),
                        Finding("related", "outdated", old, "the superseded guidance")]
    return []


def revision_stated(old: Candidate, index: FactIndex) -> Optional[Candidate]:
    """The one fact of a source superseding the older fact's (down the chain), of the same declared party and year,
    whose sentence says a forecast or target was revised (``revisionway.revision_in``); None otherwise."""
    f = old.fact
    party = party_of(f, index)
    if party is None or year_of(f.as_of) is None:
        return None
    later = set(superseding(f.source, index))
    found = [fact for fact in index.facts if fact.source in later and party_of(fact, index) == party
             and year_of(fact.as_of) == year_of(f.as_of) and revision_in(fact.statement or "")]
    if len(found) != 1:
        return None
    return Candidate(found[0], index.sources[found[0].source], old.score, old.topical, old.shared)


def revised_target(text: str, old: Candidate, new: Candidate) -> Finding:
    """The outdated finding: the older target, and the newer source that says it was revised or gives the outlook
    that replaced it."""
    return Finding("outdated", "outdated", new.fact,
                   f"{text!r} is the older target of {old.source.title!r} ({published_when(old)}: "
                   f"{fmt_quantity(old.fact.quantity)}); {new.source.title!r} ({published_when(new)}) says it was revised"
                   f" or replaced: {new.fact.statement}")

