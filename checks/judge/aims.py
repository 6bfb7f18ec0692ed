"""What a claim says beyond the words it shares with a fact: an aim or a plan (the fact's sentence must state one too),
a deadline (the fact must speak of its year), a cause behind an adverb of degree (« s'explique surtout par »), the cause
a fact gives (``cause_unsaid``)."""
from __future__ import annotations

from typing import Optional

from ..detect import claim_lexicon, is_expectation
from ..language import clause_language
from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..terms import concepts_in, content_stems
from ..text import fold, fold_same_length
from .causes import DIRECTION_WORDS, cause_parts


def fact_expects(fact: Fact, index: FactIndex) -> bool:
    """``states_expectation`` of a fact's sentence, in its language."""
    return states_expectation(fact.statement or "", index.reading(fact).language)


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
    la chute des prix », "the rise was due mainly to lower prices"), also one a party gives ("Officials attribute the
    rise largely to …": ``cause_given``): what the cause was, which a fact naming that cause confirms, its degree set
    aside."""
    own = claim.focus or claim.text
    lang = clause_language(own)
    bare = " ".join(claim_lexicon(lang).composition.sub(" ", fold(own)).split())
    return gives_a_cause(bare, lang)       # (« s'explique surtout par »: « s'explique par »)


def cause_unsaid(claim: Claim, fact: Fact, lang: str) -> Optional[bool]:
    """Whether a claim that gives a cause finds it unsaid by a fact that gives one: nothing of the fact's cause is in the
    claim (« La hausse a été portée par l'international » is not confirmed by « X attribue le déclin des vols
    intérieurs au train »); a cause that names nothing (« ce qui a provoqué … ») is not compared. None: the fact gives
    no cause."""
    if not gives_a_cause(fold_same_length(fact.statement or ""), lang):
        return None
    mine, theirs = _cause_of(claim.focus or claim.text), _cause_of(fact.statement or "", lang)
    if not _names_something(mine) or not _names_something(theirs):
        return False
    text = claim.focus or claim.text      # (a concept of change, « accru », "progression", says which way, not what)
    return not (set(content_stems(theirs)) & set(content_stems(text))
                or (set(concepts_in(theirs)) & set(concepts_in(text))) - set(DIRECTION_WORDS))


def _names_something(text: str) -> bool:
    return bool(content_stems(text) or concepts_in(text))


def _cause_of(text: str, lang: str = "") -> str:
    """The cause a sentence gives: what the particle after a party's verb of cause opens ("attributes the rise to lower
    costs": "lower costs"), else what its cause marker opens, to the sentence's end (a list of causes, "driven by
    investment, net trade and …"), or closes (``causes.cause_parts``)."""
    given = claim_lexicon(lang or clause_language(text)).cause_given.search(fold_same_length(text))
    if given:
        return text[given.end():]
    cause = cause_parts(text)[1]
    at = text.find(cause.strip()) if cause.strip() else -1
    return text[at:] if at > 0 else cause


def gives_a_cause(folded: str, lang: str) -> bool:
    """Whether a folded text gives a cause: by its words (« grâce à », "driven by", ``cause_markers``) or as a party's
    own account, a verb, its object and the particle ("Velmor attributes the rise to …", « X attribue ce recul à … »,
    ``cause_verbs_to``)."""
    lex = claim_lexicon(lang)
    return bool(lex.cause.search(folded) or lex.cause_given.search(folded))
