"""What a statement takes from the one before it: a clause that points back to it ("That is up from 48.9 %", « Sur
un an, il a progressé de 4,1 % »), and a subject pronoun that stands for its party, speaker or forecaster ("It
expects …", "For the full year, it forecasts …")."""
from __future__ import annotations

import functools
import re

from ..resources import compiled, word_pattern
from ..tablestore import stored
from .clauses import Segment
from .forecasts import opens_with_possessive
from .subjects import after_period_opening
from .lexicon import subject_pronoun_pattern

_P_AFTER_OPENING = compiled(r"^[^,]{1,40},\s*")


@stored
def patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {
        "anaphor": c(r"^(?:(?:{anaphors})\b|(?:{anaphor_nouns})\b(?!\s*(?:{anaphor_noun_blockers})(?:(?<=')|\b)))"),
        "pronoun": subject_pronoun_pattern(),
        "company": c(r"^(?:[^,]{1,40},\s*)?(?:{company_nouns})\b(?!\s*(?:{company_noun_blockers})(?:(?<=')|\b))"),
    }


def points_back(f: str) -> bool:
    """Whether a clause speaks of what the statement before it did: "That is up from 48.9 %", "It rose",
    "Sur un an, il a toutefois progressé de 4,1 %" (a pronoun subject, after an opening phrase)."""
    rest = _after_opening(f)
    pats = patterns()
    return any(rx.match(x) for rx in (pats["anaphor"], pats["pronoun"]) for x in (f, rest))


def _after_opening(f: str) -> str:
    """A clause without its short opening phrase and comma ("Sur un an, il a …" → "il a …"), or without the opening
    phrase of its period that no comma closes ("For the year it expects …" → "it expects …": ``after_period_opening``)."""
    return after_period_opening(_P_AFTER_OPENING.sub("", f))


def speaks_again(seg: Segment, own: str, ctx, framed: bool) -> None:
    """What a main clause (folded: ``own``) takes from the statement before (``ctx``, the reader's context): the party
    a subject pronoun stands for (a generic noun of the company, the one its relative clause's possessive does), and
    whether a speaker or forecaster of it speaks again (``seg.speaker_before``)."""
    pronoun = patterns()["pronoun"]
    if not seg.subject_hint and ctx.last_subject and patterns()["company"].match(own):
        _company_possessor(seg, ctx.last_subject)
    if not seg.subject_hint and pronoun.match(own):
        seg.subject_hint = ctx.last_subject          # "Elle a perçu ...": the party of the previous statement
        seg.speaker_before = ctx.last_speaker() or ctx.last_party() or ctx.last_forecast   # "It expects …": the party
        # of the previous statement, or its forecaster ("X expects … It also forecasts …")
    elif not seg.subject_hint and pronoun.match(_after_opening(own)):
        seg.speaker_before = ctx.last_speaker() or ctx.last_party() or ctx.last_forecast    # "For the year, it
        # forecasts …", « Pour 2025, il prévoit … »: the party, speaker or forecaster of the statement before, as above
    elif opens_with_possessive(own):
        seg.speaker_before = ctx.last_speaker()      # « Ses investissements devraient … »: the same forecaster's
    else:
        seg.speaker_before = ctx.last_forecast and not framed      # « La marge devrait … »: the forecast before, continued


def _company_possessor(seg: Segment, party: str) -> None:
    """« Le groupe reste adossé à X, qui détient 48 % de son capital », "The company relies on X, which owns 30 % of
    its shares": the company's generic noun stands for the party of the statement before, as a subject pronoun
    would; a relative clause of another antecedent takes it as the party its possessive stands for. (The main
    clause keeps its own reading: a generic noun read as a party there, its transfer readings sway too many
    verdicts.)"""
    for child in seg.children:
        if child.role == "relative" and not child.possessor_hint and child.subject_hint != party:
            child.possessor_hint = party
