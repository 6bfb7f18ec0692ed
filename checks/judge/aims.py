"""What a claim says beyond the words it shares with a fact: an aim or a plan (the fact's sentence must state one too),
a deadline (the fact must speak of its year), a cause behind an adverb of degree (« s'explique surtout par »)."""
from __future__ import annotations

from ..detect import claim_lexicon, is_expectation
from ..language import clause_language
from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..text import fold, fold_same_length


def states_expectation(text: str, lang: str) -> bool:
    """Whether a fact's sentence states what its party expects or plans: an expectation's words, a prediction's marker,
    a verb of forecast or of plan (« Velmor prévoit pour 2025 une hausse », "Velmor plans to open ten stores")."""
    folded = fold_same_length(text)
    lex = claim_lexicon(lang)
    return is_expectation(text) or bool(lex.prediction.search(folded) or lex.forecast_verb.search(folded)
                                        or word_pattern("claims", r"(?<!\w)(?:{plan_verbs}|{intention_verbs})(?!\w)").search(folded))


def aim_unsaid(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim states an aim, a target or a plan (« s'est fixé pour objectif de diviser par deux », "aims to
    halve", "intends to raise the dividend") that the fact's sentence does not, neither as an aim nor as what will be
    ("sera nommé"): words in common about what was done, or in another year, confirm no one's aim. A modal of
    obligation (« doit être nommé ») is a schedule, not an aim."""
    mine = claim.focus or claim.text
    aims = is_expectation(mine) or word_pattern("claims", r"(?<!\w)(?:{plan_verbs}|{intention_verbs})(?!\w)").search(fold(mine))
    if not aims or word_pattern("claims", r"(?<!\w)(?:{obligation_modals})(?!\w)").search(fold(mine)):
        return False
    return not states_expectation(fact.statement or "", index.reading(fact).language)


def deadline_unsaid(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim sets a deadline ("by 2029", « d'ici 2030 ») later than any year the fact speaks of: words in
    common about an earlier year confirm no deadline."""
    due = [d.year for d in claim.dates if d.relation == "until" and d.year]
    reading = index.reading(fact)
    years = [d.year for d in reading.dates if d.year] + ([int(reading.period[:4])] if reading.period else [])
    return bool(due) and all(y < min(due) for y in years)


def names_a_cause(claim: Claim) -> bool:
    """Whether a claim read as a composition for its adverb of degree gives a cause (« Le recul s'explique surtout par
    la chute des prix », "the rise was due mainly to lower prices"): what the cause was, which a fact naming that cause
    confirms, its degree set aside."""
    own = claim.focus or claim.text
    lex = claim_lexicon(clause_language(own))
    bare = " ".join(lex.composition.sub(" ", fold(own)).split())     # (« s'explique surtout par »: « s'explique par »)
    return bool(lex.cause.search(bare))
