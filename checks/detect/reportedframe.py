"""A future only reported in the frame before it (``reported_in_frame``): what a named speaker said would happen
("Prime Minister X announced that Britain would reduce its aid budget"), a future a named speaker announced as
decided ("The board confirmed that the plant will be sold"), a party's own expectation a named speaker reported
("Velora said it expects sales of $12 billion"): a fact about what was said or decided, not a forecast.
"""
from __future__ import annotations

from ..model import Claim
from ..text import fold
from .forecastmarks import folded_words, modal_patterns, plain_future
from .forecasts import predictions, speaker_subject
from .lexicon import ClaimLexicon, word_set
from .subjects import has_proper_noun, names_speaker


def reported_in_frame(claim: Claim, frame: Claim, lex: ClaimLexicon) -> bool:
    """Whether a prediction is only what a named speaker said would happen, in the frame before it ("Prime Minister
    X announced that Britain would reduce its aid budget", « X a annoncé que … serait ») : only reported futures
    ("would"), or only modals of possibility with a figure (``reported_possibilities``: "X warned that tariffs could
    cut its profit by £12 million", the party's warning), a past verb of speech in the frame, no target date unless
    that verb announces a decision (``decision_verbs``): a fact about what was said or decided."""
    if claim.kind != "prediction" or frame.start > claim.start:
        return False
    f = fold(claim.focus)
    predicted = predictions(claim.focus, f, lex)
    if predicted and _decided_future(frame, f, predicted, lex):
        return True
    possible = bool(predicted) and all(fold(p) in word_set("reported_possibilities") for p in predicted) \
        and any(ch.isdigit() for ch in f)             # "X warned that tariffs could cut its profit by £12m"
    if not predicted or not (possible or all(lex.reported_conditional.fullmatch(fold(p)) for p in predicted)):
        return _reported_guidance(claim, frame, f, predicted, lex)
    said = fold(frame.text)
    verb = lex.past_reporting.search(said)
    if not verb or not (names_speaker(frame.text, lex) or speaker_subject(frame.text[:verb.start()], lex)):
        return False
    return not modal_patterns()["target"].search(f) or bool(lex.decision_verb.search(said))


def _decided_future(frame: Claim, f: str, predicted: list[str], lex: ClaimLexicon) -> bool:
    """A plain future ("will", « sera », a future tense) in what a named speaker announced or confirmed as decided
    ("The board confirmed that the plant will be sold to Corvane", « Velmor a confirmé que l'usine sera cédée »):
    the decision is on the record, a fact, whatever it says will follow; not under a condition ("if …")."""
    pats = modal_patterns()
    plain = all(plain_future(p, lex) for p in predicted)
    said = fold(frame.text)
    verb = lex.decision_verb.search(said)
    if not plain or verb is None or pats["condition"].search(f):
        return False
    return speaker_subject(frame.text[:verb.start()], lex)


def _reported_guidance(claim: Claim, frame: Claim, f: str, predicted: list[str], lex: ClaimLexicon) -> bool:
    """A party's own expectation that a named speaker reported ("Velora said it expects sales of $12 billion",
    « le groupe a indiqué qu'il anticipe une marge de 7 % »): only active verbs of forecast, whose subject is the
    speaker again (a pronoun or a noun phrase naming no new forecaster: not "analysts"), with a target date ("by 2030")
    or not, no condition ("if …"): the guidance given is a fact on the record."""
    pats = modal_patterns()
    if not predicted or not all(lex.forecast_verb.fullmatch(fold(p)) and not lex.passive_forecast.fullmatch(fold(p))
                                or fold(p) in folded_words("plan_verbs") | folded_words("intention_verbs") or pats["target"].fullmatch(p)
                                for p in predicted):
        return False
    if pats["condition"].search(f):
        return False
    said = fold(frame.text)
    if not (names_speaker(frame.text, lex) or frame.mentions) or not lex.past_reporting.search(said):
        return False
    first = min((m for m in (lex.forecast_verb.search(f), pats["plan"].search(f), pats["intention"].search(f)) if m),
                key=lambda m: m.start(), default=None)
    subject = fold(claim.focus[:first.start()]).split() if first else []
    vague = lex.vague_words - word_set("subject_pronouns")          # "it", "she": the speaker again
    return bool(subject) and not any(w in vague for w in subject) and not has_proper_noun(claim.focus[:first.start()])
