"""What a statement with markers of prediction states as decided or done all the same: a plain future in the passive of
a named subject ("Dalia will be renamed Velmor Lithium", « Dalia sera cédée à Norvel ») or of a decision ("No dividend
will be proposed": ``decided_in_passive``), a clause dated to a period already over before the first marker
(``dated_fact_before``), a perfect coordinated before the forecast (``done_before_forecast``) or before the clause a
judging or requiring word stands in (``done_in_clause_before``), read by ``checks/detect/forecasts.py``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Claim
from ..resources import word_pattern
from ..tablestore import stored
from ..text import fold
from .lexicon import ClaimLexicon, word_set
from .subjects import has_proper_noun, opening_name


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    return {
        "passive_future": word_pattern("claims", r"(?<!\w)(?:{passive_futures})\s+(?:(?:{role_skippable_words})\s+)?"
                                                 r"[\w'-]*(?:{passive_participle_endings})(?!\w)"),
        "perfect": word_pattern("claims", r"(?<!\w)(?:{have_auxiliaries})\s+(?:(?:{role_skippable_words})\s+)?"
                                          r"[\w'-]*(?:{passive_participle_endings})(?!\w)"),
        # ", and the plant must …", « , et l'usine doit … »: a coordinator, then a new subject of up to four words
        "coordinated_clause": word_pattern("claims", r"(?:,\s*|\s)(?:{coordinators})\s+(?:[\w'’-]+\s+){0,4}$"),
        "relative": word_pattern("claims", r"(?<!\w)(?:{relative_pronouns}|{object_relatives})(?!\w)"),
    }


def decided_in_passive(claim: Claim, lex: ClaimLexicon) -> bool:
    """A plain future in the passive whose subject opens the clause with a name ("Dalia will be renamed Velmor
    Lithium", « Dalia sera cédée à Norvel »: ``passive_futures``, a participle by ``passive_participle_endings``), or
    whatever its subject, of a verb of what a party decides to do with its own ("No dividend will be proposed", « Les
    versements seront étalés sur trois ans »: ``decision_participles``): what was decided, a fact on the record;
    "Prices will be watched" names no one and no decision."""
    own = claim.focus or claim.text
    m = _patterns()["passive_future"].search(own.lower())          # unfolded: « cédée », not « cedee »
    if m is None:
        return False
    subject = own[:m.start()].strip(" ,")
    decided = fold(m.group(0).split()[-1]).startswith(tuple(word_set("decision_participles")))
    return bool(subject) and (decided or has_proper_noun(subject) or opening_name(subject, lex))


def dated_fact_before(claim: Claim, f: str, predicted: list[str], article_year: Optional[int]) -> bool:
    """A clause dated to a period already over before the article's year, ahead of every prediction marker ("The
    plan was unveiled in May 2023 alongside savings expected to reach …", « Velmor a ouvert une usine à Dalia en
    2023, une autre d'ici 2027 »): the statement first asserts what happened then, which a source can confirm,
    whatever it says will follow; a year that qualifies a noun ("the record of 2023") dates no clause."""
    if not article_year or not claim.dates:
        return False
    first = min((i for i in (f.find(fold(p)) for p in predicted) if i >= 0), default=None)
    if first is None:
        return False
    return any(d.year < article_year and d.relation == "at" and 0 <= d.start - claim.start < first
               and not _year_of_noun(claim.focus[:d.start - claim.start]) for d in claim.dates)


def _year_of_noun(before: str) -> bool:
    """Whether a date follows a word that makes it a noun's ("the record of 2023", « la récolte de 2031 »)."""
    prev = fold(before).split()
    return bool(prev) and prev[-1] in word_set("name_linkers")


def done_before_forecast(claim: Claim, predicted: list[str]) -> bool:
    """A perfect of the main clause, then a coordinator and the first marker of prediction, the same subject's ("Share
    buybacks have been suspended this year and are set to resume in 2026", « Les rachats d'actions ont été suspendus
    cette année et devraient reprendre en 2026 ») or a new one's (``done_in_clause_before``): the statement first
    asserts what was done, which a source can confirm, whatever it says will follow; not a perfect inside a relative
    clause ("the cuts that have been announced will …")."""
    own = (claim.focus or claim.text).lower()
    first = min((i for i in (own.find(p.lower()) for p in predicted) if i >= 0), default=None)
    return bool(first) and done_in_clause_before(claim, first)


def done_in_clause_before(claim: Claim, pos: int) -> bool:
    """Whether the word at ``pos`` stands in a clause coordinated after a perfect of the main clause, its own subject
    between ("Production of lithium has started, and the plant must reach full capacity by December", « La production
    a démarré en fin d'année, et l'usine doit atteindre son rythme de croisière d'ici décembre »): the statement first
    asserts what was done, which a source can confirm, whatever the clause after it judges or requires; not a perfect
    inside a relative clause ("the cuts that have been made must …"), nor a clause a relative pronoun or a conjunction
    opens ("sales had picked up and that leasing should increase": a second thing a speaker said)."""
    own = (claim.focus or claim.text).lower()
    pats = _patterns()
    if pos <= 0 or not pats["coordinated_clause"].search(own[:pos]):
        return False
    done = pats["perfect"].search(own, 0, pos)
    return done is not None and not pats["relative"].search(own, 0, done.start()) \
        and not pats["relative"].search(own, done.end(), pos)
