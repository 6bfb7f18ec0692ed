"""The markers a forecast is read by, shared by ``forecasts``' readings: the modal, future, plan, target and condition
patterns of ``claims.yaml`` (``modal_patterns``), a plain future ("will", « sera »), a verb of plan ("plans to",
« prévoit de »), a date down to the day; and whether a named party publishes the forecast or plan with its figures
(``published_forecast``) or states a plan proper, undated (``stated_plan``, ``dated_plan``): on the record then, a fact.
"""
from __future__ import annotations

import functools
import re

from ..model import Claim
from ..resources import compiled, word_pattern
from ..slots import month_days
from ..tablestore import stored
from ..text import fold
from ..units import lookup
from .finedates import finely_dated
from .lexicon import ClaimLexicon, word_set
from .subjects import continues_guidance, forecaster_before


@stored
def modal_patterns() -> dict[str, re.Pattern]:
    return {
        # "under league rules, clubs may lose...": a modal that states a rule, not a forecast
        "rule": word_pattern("claims", r"(?<!\w)((?:{rule_word_stems})\w*|{rule_words})(?!\w)"),
        "could_not": word_pattern("claims", r"\s*({not_words})\b"),
        # "40 times more likely", "30 % more likely": a measured degree right before a hedge makes it a comparison
        "graded": word_pattern("claims", r"(?:%|(?<!\w)(?:{hedge_multipliers}))\s+(?:{hedge_degree_words})\s+$"),
        # ", a move expected to …": a noun set off by a comma, a participle phrase after it qualifies
        "appositive": word_pattern("claims", r",\s+(?:{antecedent_determiners})\s+(?:[\w'’-]+\s+){1,3}$"),
        "wish": word_pattern("claims", r"\s*({wish_verbs})\b") if word_set("wish_verbs") else compiled(r"(?!)"),
        "target": word_pattern("claims", r"{target_markers}|(?:{target_prepositions}) 20\d\d"),
        "weak": word_pattern("claims", r"{weak_prediction_markers}|{target_markers}|(?:{target_prepositions}) 20\d\d"),
        "obligation": word_pattern("claims", r"(?<!\w)(?:{rule_futures})\s+(?:\w+\s+){0,2}?(?:{rule_obligation_verbs})\w*"),
        # "if …", not a formal approval ("if shareholders approve it", « sous réserve de l'approbation »)
        "condition": word_pattern("claims", r"(?<!\w)({condition_words})(?!\w)(?!\s+(?:{+approval_condition_tails})(?!\w))"),
        "perfect": word_pattern("claims", r"\s+(?:{have_auxiliaries})\s+\w"),
        "anaphor": word_pattern("claims", r"^\s*(?:{anaphors})\s"),
        "speech_clause": word_pattern("claims", r"[,;]\s+(?:{speech_clause_coordinators})\s+"),
        "plan": word_pattern("claims", r"(?<!\w)(?:{plan_verbs})(?!\w)"),
        "intention": word_pattern("claims", r"(?<!\w)(?:{intention_verbs})(?!\w)"),
        "auxiliary_before": word_pattern("claims", r"(?<!\w)(?:{have_auxiliaries})\s+(?:[\w'-]+\s+)?$"),
        "auxiliary_end": word_pattern("claims", r"\s+(?:{have_auxiliaries})$", re.IGNORECASE),     # "It had (warned)"
        # "far fewer members than the forecasts would have implied": the yardstick of a comparison, no forecast
        "yardstick": word_pattern("claims", r"(?<!\w)(?:{yardstick_openers})\s+(?:[\w'-]+\s+){0,5}$"),
        "free_relative": word_pattern("claims", r"(?<!\w)(?:{free_relative_openers})\s+$"),
        "coordinated_perfect": word_pattern("claims", r"\s(?:{coordinators})\s+(?:{have_auxiliaries})\s+(?:(?:{role_skippable_words})\s+)?\w+"
                                                      r"|[,;]\s+(?:[\w'’-]+\s+){0,4}?(?:{perfect_participle_auxiliaries})\s+(?:(?:{role_skippable_words})\s+)?\w+"),
    }


def has_day(claim: Claim) -> bool:
    """A date down to the day: a dated one ("23 October 2025") or a month with its day and no year ("June 5",
    « le 12 mai », « 1er janvier »: ``slots.month_days``)."""
    return any(d.day for d in claim.dates) or any(day for _, day in month_days(claim.focus))


def is_duration(unit: str) -> bool:
    return (u := lookup(unit)) is not None and u.family == "duration"


def published_forecast(own: str, f: str, lex: ClaimLexicon, predicted: list[str], speaker_before: bool = False,
                       figured: bool = False) -> bool:
    """A forecast or plan whose figures a named party publishes ("the World Bank expects aid to fall by 9 % in 2025",
    « l'OIV table sur 231 millions d'hectolitres », "Velmor plans to lift its dividend to 95 cents", beside plain
    futures with figures: "will receive 90 cents … and plans to lift …"; passive: "inflation is expected to average
    2.4 %", no target date then): only verbs of forecast or plan (``forecast_verbs``, ``plan_verbs``, no modal), no
    condition ("if …") unless the forecast gives its figures for a period, no target date (``figured``: "Velmor expects
    sales of £4 billion this year, provided demand holds" publishes its figure and the condition with it, both on the
    record; "… by 2030 if the scheme is extended" stays a hypothesis), a subject that names the forecaster (``subjects.forecaster_subject``), a target date or not ("Velmor
    expects sales of £4 billion by 2031": a named party's target, on the record); or guidance continued, no target date."""
    pats = modal_patterns()
    target = pats["target"].search(f)
    if _hypothesis(f, figured, bool(target)):
        return False
    if speaker_before and not target and continues_guidance(own, f, lex, predicted):
        return True
    verbs = [p for p in predicted if lex.forecast_verb.fullmatch(fold(p)) or plan_marker(p)]
    if not verbs or not all(p in verbs or plain_future(p, lex) or pats["target"].fullmatch(p) for p in predicted):
        return False
    first = min((m for m in (lex.forecast_verb.search(f), pats["plan"].search(f)) if m), key=lambda m: m.start(), default=None)
    if first is None:
        return False
    if lex.passive_forecast.fullmatch(first.group(0)):
        return not target
    return forecaster_before(own[:first.start()], lex, speaker_before)


def _hypothesis(f: str, figured: bool, target: bool) -> bool:
    """A condition ("if …", ``condition_words``) that keeps a forecast a hypothesis: any, unless the forecast gives its
    figures for a period, no target date (``published_forecast``'s ``figured``)."""
    return bool(modal_patterns()["condition"].search(f)) and (not figured or target)


def figured_before_condition(claim: Claim, f: str, figures: list) -> bool:
    """Whether a figure stands before the first condition word, in what is forecast ("expects sales of £4 billion,
    provided …"), not only in the condition ("… to become more frequent if warming reaches 2C")."""
    cond = modal_patterns()["condition"].search(f)
    return any(q.start - claim.start < (cond.start() if cond else len(f)) for q in figures)


def plan_marker(p: str, key: str = "plan_verbs") -> bool:
    """A verb of plan, alone or with the verb it governs written into the marker ("aims to reach": ``plan_verbs``)."""
    folded = fold(p)
    return folded in folded_words(key) or any(folded.startswith(v + " ") for v in folded_words(key))


def dated_plan(claim: Claim, f: str) -> bool:
    """A plan dated to the day or finer than its year, or to a target year ("plans to publish its review on 12 March",
    "aims to complete the spin-off by 2026"): when it will happen, which only what happens then confirms."""
    return has_day(claim) or finely_dated(claim) or bool(modal_patterns()["target"].search(f))


def stated_plan(own: str, f: str, lex: ClaimLexicon, predicted: list[str], speaker_before: bool) -> bool:
    """Only verbs of plan proper (``stated_plan_verbs``: "Velmor plans to build a plant in Dalia", « Norvel prévoit de céder
    sa filiale »; not a wish, "wants to", which needs its figure) whose subject names the party (``published_forecast``):
    what the party says it plans is on the record, a fact a source confirms or refutes, figure or not; "analysts hope
    to" names no party, a condition ("if …") keeps it a hypothesis, and a plan dated (``dated_plan``) says when it will
    happen, a forecast still."""
    return bool(predicted) and all(plan_marker(p, "stated_plan_verbs") for p in predicted) \
        and published_forecast(own, f, lex, predicted, speaker_before)


def plain_future(p: str, lex: ClaimLexicon) -> bool:
    """A plain future ("will", « sera », a future tense), no target date."""
    pats = modal_patterns()
    return bool(pats["weak"].fullmatch(p) and not pats["target"].fullmatch(p)
                or (lex.future_tense and lex.future_tense.fullmatch(p)))


@functools.lru_cache(maxsize=None)
def folded_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in word_set(key))
