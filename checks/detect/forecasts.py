"""Predictions: the markers of a clause that make it a forecast (``predictions``: modals and futures that are no
month, "in May", nor noun, "the will of", nor inside a relative clause about what is) and whether they do
(``is_prediction``): not a rule that allows or requires, not a promise already made, not a forecast a named party
reported ("the agency had forecast that exports would rise") or published with its figures ("the World Bank expects
aid to fall by 9 % in 2025"); a future only reported in the frame before it is ``reportedframe.reported_in_frame``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim
from ..resources import compiled, word_pattern
from ..recordscope import record_scope
from ..slots import rank_span
from ..tablestore import stored
from ..text import fold
from .decided import dated_fact_before, decided_in_passive, done_before_forecast
from .finedates import disclosure_on_calendar, finely_dated
from .lexicon import ClaimLexicon, word_alternation, word_set
from .subjects import active_forecast_verb, own_plan_reported, has_proper_noun, said_in_participle, names_speaker, opening_name as _opening_name, opens_with_possessive, without_adverbs
from .forecastmarks import dated_plan, figured_before_condition, folded_words, has_day, is_duration, modal_patterns, published_forecast, stated_plan

_P_IS_NOUN = compiled(r"[\w'-]+")
_P_IS_MONTH = compiled(r"\s*([^\W\d_]+)")
_P_IS_NOUN_2 = compiled(r"\w\s+$")
_P_IS_MONTH_2 = compiled(r"\s*(\d|')")
_P_IS_MONTH_3 = compiled(r"\d\s*$")
_P_POSSESSIVE = compiled(r"\w(?:['’]|['’]s)\s+$")

__all__ = ["has_proper_noun", "names_speaker", "is_prediction", "predictions", "names_forecaster", "speaker_subject",
           "is_month", "opens_with_possessive", "published_forecast_claim"]          # (has_proper_noun, names_speaker: read from here by kinds, claims)


def _is_noun(f: str, m: re.Match, lex: ClaimLexicon) -> bool:
    """A modal used as a noun: "the will of the voters", "a political will", "the 2030 targets" (after a figure, a
    determiner or an adjective from ``noun_determiners``, a possessive, "analysts' forecasts", or before "of"),
    "unveiled plans to" (right after a verb that takes it as its object: ``noun_taking_verbs``)."""
    if m.group(0) not in lex.noun_homographs:
        return False
    before = _P_IS_NOUN.findall(f[max(0, m.start() - 40):m.start()])
    if len(before) > 1 and before[-1].isdigit() and before[-2] in word_set("role_determiners"):
        return True                       # "the 2030 targets": a determiner, then a year or a figure before the noun
    taking = word_set("noun_taking_verbs")            # "gave no specific financial targets": its object, adjectives between
    object_of_verb = bool(before) and (before[-1] in taking or any(before[-k] in taking and before[1 - k] in lex.noun_determiners
                                       for k in (3, 4) if len(before) >= k)) and bool(_P_IS_NOUN_2.search(f[:m.start()]))
    possessive = _P_POSSESSIVE.search(f[max(0, m.start() - 40):m.start()]) is not None      # "analysts' forecasts"
    return bool(before and before[-1] in lex.noun_determiners) or object_of_verb or possessive \
        or bool(word_pattern("claims", r"\s+(?:{noun_followers})\b").match(f[m.end():]))


def is_month(own: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """A modal that is written as a month: "in May", "3 May 2024", "May's figures" (not "May I")."""
    word = own[start:end]
    if word not in lex.month_homographs:
        return False
    after, before = own[end:end + 6], own[max(0, start - 6):start]
    nxt = _P_IS_MONTH.match(own[end:end + 20])
    return start > 0 or bool(_P_IS_MONTH_2.match(after)) or bool(_P_IS_MONTH_3.search(before)) \
        or bool(nxt and fold(nxt.group(1)) in lex.finite_verbs)


def _in_relative_clause(f: str, pos: int, lex: ClaimLexicon) -> bool:
    """Whether the word at ``pos`` is inside a relative clause that qualifies a noun of a statement about what is
    ("the first year above the 1.5C level that the agreement aims to avoid"), also one with no pronoun, its subject
    right after the noun ("sold £896 million of properties it expected to deliver weaker returns":
    ``contact_relative_subjects``, none in French): its future or aim is not the statement's. A "that" after a speech
    verb ("officials added that … would") opens what was said instead."""
    head = f[:pos]
    rel = list(lex.object_relative.finditer(head))
    contact = _contact_subject(head)
    if contact is not None:
        start, linked = contact, True
    elif rel and "," not in head[rel[-1].end():]:
        start, linked = rel[-1].start(), False
    else:
        return False
    before = head[:start].split()
    if before and before[-1] in word_set("relative_prepositions"):
        before = before[:-1]              # "the final season for which it would report": the noun before "for"
    if len(before) < 3:
        return False                      # "Ce qui pourrait …": the clause is the statement
    speech = lex.attribution_verb.search(before[-1]) or lex.speech_participle.search(before[-1])
    # a determiner and the noun ("du seuil que"), or with a figure between ("the 1.5C level that"); with no pronoun,
    # also a noun a preposition opens ("of properties it expected")
    dets = lex.antecedent_determiners | (word_set("relative_prepositions") if linked else frozenset())
    noun_phrase = fold(before[-2]) in dets or (any(ch.isdigit() for ch in before[-2]) and fold(before[-3]) in dets) \
        or (not linked and _compound_noun(before, dets, lex))
    return noun_phrase and not speech and not lex.prediction.search(" ".join(before))


def _compound_noun(before: list[str], dets: frozenset, lex: ClaimLexicon) -> bool:
    """A determiner, then two or three words that are no function word nor verb of speech, then the pronoun ("a debt
    relief scheme that could …"): a noun in compound, which the relative clause qualifies."""
    for k in (3, 4):
        if len(before) > k and fold(before[-k]) in dets:
            inner = before[1 - k:]
            return not any(fold(w) in word_set("function_words") or lex.attribution_verb.fullmatch(fold(w))
                           or lex.past_reporting.fullmatch(fold(w)) for w in inner)
    return False


def _contact_subject(head: str) -> Optional[int]:
    """Where a subject pronoun right before a marker opens a relative clause with no pronoun of its own ("properties
    it expected to …": ``contact_relative_subjects``), after a noun that is no period (``period_nouns``: "For the
    year it expects …" dates the statement) nor a coordinator, three words or more into the clause; None otherwise."""
    m = re.search(r"(?<=[^\W\d_])\s+([^\W\d_]+)\s+$", head)
    if m is None or m.group(1) not in word_set("contact_relative_subjects"):
        return None
    prev = head[:m.start()].split()
    if len(prev) < 4 or prev[-1] in word_set("coordinators") | word_set("relative_pronouns") | word_set("period_nouns"):
        return None                       # "For this year it expects …", "in the year it expects": when, not what
    return m.start(1)


def predictions(own: str, f: str, lex: ClaimLexicon) -> list[str]:
    """The prediction markers of a clause: modals and future markers that are no month ("in May") nor noun
    ("the will of"), "could" not in a past "could not", and French future and conditional forms (read once per
    clause and lexicon: the reader asks it of a clause two or three times)."""
    return list(_predictions(own, f, _Same(lex)))


class _Same:
    """A lexicon as a cache key: itself, by identity (one per language, built once; hashing its fields would cost
    more than the reading it keeps)."""
    __slots__ = ("lex",)

    def __init__(self, lex: ClaimLexicon) -> None:
        self.lex = lex

    def __hash__(self) -> int:
        return id(self.lex)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.lex is self.lex


# complexity: one filter per reading that makes a marker no forecast (a past, a wish, a month, a noun, a relative
# clause, an apposition …), each a one-line test; split, the list of readings would be scattered
@functools.lru_cache(maxsize=8192)
def _predictions(own: str, f: str, key: _Same) -> tuple[str, ...]:
    lex = key.lex
    pats = modal_patterns()
    predicted = [m.group(0) for m in lex.prediction.finditer(f)
                 if not (m.group(0) == "could" and pats["could_not"].match(f[m.end():]))   # "could not be accounted for": past
                 and not pats["wish"].match(f[m.end():])                                   # "would like to": a wish
                 and not _no_forecast_of_the_clause(f, m)
                 and not is_month(own, m.start(), m.end(), lex) and not _is_noun(f, m, lex)
                 and not _in_relative_clause(f, m.start(), lex) and not _past_conditional(f, m, lex)
                 and not _hedged_perfect(f, m) and not _folded_participle(own, m)
                 and not pats["yardstick"].search(f[max(0, m.start() - 80):m.start()])
                 and not pats["free_relative"].search(f[max(0, m.start() - 20):m.start()])]   # "what to expect"
    predicted += [m.group(0) for m in lex.future_form.finditer(f)
                  if m.group(0) not in lex.future_exclusions
                  and not pats["yardstick"].search(f[max(0, m.start() - 80):m.start()])] if lex.future_form else []
    return tuple(predicted)


def _no_forecast_of_the_clause(f: str, m: re.Match) -> bool:
    """A participle marker of a noun set off by a comma (", a step expected to save £4m": ``appositive_markers``),
    what is expected of that noun; a hedge after a measured degree ("now 40 times more likely", "30 % more
    likely": ``graded_hedges``), a likelihood compared; a time to come after a verb of giving in the past ("gave no
    figure for revenue in the coming year", « n'a donné aucun objectif pour les années à venir »:
    ``future_time_phrases``, ``past_giving_verbs``), what was given for it: none is a forecast of the statement."""
    pats = modal_patterns()
    word = m.group(0)
    return (word in word_set("appositive_markers") and bool(pats["appositive"].search(f[max(0, m.start() - 60):m.start()]))) \
        or (word in word_set("graded_hedges") and bool(pats["graded"].search(f[max(0, m.start() - 24):m.start()]))) \
        or (fold(word) in folded_words("future_time_phrases") and bool(_given_before().search(f, 0, m.start())))


@stored
def _given_before() -> re.Pattern:
    """A verb of giving or publishing in the past (``past_giving_verbs``, folded)."""
    return compiled(r"(?<!\w)(?:%s)(?!\w)" % word_alternation("past_giving_verbs"))


def _folded_participle(own: str, m: re.Match) -> bool:
    """A past participle folded into a marker (« avait visé » read as « vise », « a tablé sur » as « table sur »: the
    marker or its first word ends as one, ``accented_participle_endings``): a past target or forecast, what was
    expected then."""
    w = own[m.start():m.end()].lower()
    endings = tuple(word_set("accented_participle_endings"))
    return (w.endswith(endings) or w.split(" ", 1)[0].endswith(endings)) and w not in word_set("prediction_markers")


def _hedged_perfect(f: str, m: re.Match) -> bool:
    """A hedge between a perfect's auxiliary and its participle ("has probably regained its place", « a probablement
    retrouvé sa place »: ``reported_hedges`` after ``have_auxiliaries``): what the source says has happened, hedged,
    not a forecast."""
    return fold(m.group(0)) in word_set("reported_hedges") and bool(modal_patterns()["auxiliary_before"].search(f[:m.start()]))


def _past_conditional(f: str, m: re.Match, lex: ClaimLexicon) -> bool:
    """A reported conditional of the past, "would have kept rates where they were": what someone preferred or did
    not do, no forecast; under a condition ("if …") it stays a hypothesis."""
    pats = modal_patterns()
    return bool(lex.reported_conditional.fullmatch(m.group(0)) and pats["perfect"].match(f[m.end():])
                and not pats["condition"].search(f))


def names_forecaster(claims: list[Claim], lex: ClaimLexicon) -> bool:
    """Whether a statement has a named party speak or forecast ("The ministry warned that …", "the bank projects
    that …", « l'Insee prévoit … »): a verb of speech or forecast whose subject, before it, names a speaker or a
    party of the lists; a subject pronoun in the next statement ("It expects …", « Il table sur … ») stands for it."""
    for c in claims:
        f = fold(c.text)
        for pat in (lex.past_reporting, lex.attribution_verb, lex.forecast_verb):
            m = pat.search(f)
            if m and m.start() > 0 and (names_speaker(c.text[:m.start()], lex)
                                        or any(x.start - c.start < m.start() for x in c.mentions)):
                return True
    return False


def is_prediction(claim: Claim, f: str, lex: ClaimLexicon, predicted: list[str], figures: list,
                  speaker_before: bool = False, article_year: Optional[int] = None) -> bool:
    """Whether the markers make a prediction: not a modal of a rule ("under league rules, clubs may lose"), not
    a promise already made nor a forecast reported or published (``_forecast_markers``), not a plain "will"
    with a figure or a transfer and no condition ("the bank will repay the loan" is an announced plan or
    obligation), not a statement that first dates what already happened
    (``decided.dated_fact_before``); "pourrait", "by 2030", "could fall below 27,000 if …" are."""
    pats = modal_patterns()
    weak = _only_weak(predicted, lex)
    if predicted and pats["rule"].search(f):
        predicted = _rule_markers_dropped(f, predicted)
    predicted = _forecast_markers(claim, f, lex, predicted, figures, speaker_before)
    if pats["target"].search(f) and lex.forecast_verb.search(f):
        weak = False                      # "By 2030, it projects, … will be electric": a forecast to a target date
    weak = weak and not pats["condition"].search(f)     # "could fall below 27,000 if …": a hypothesis, whatever its figure
    announced = weak and (figures or claim.roles.verb or decided_in_passive(claim, lex))
    return bool(predicted) and not announced and not _scheduled(claim, f, predicted, lex, article_year) \
        and not _states_a_fact_too(claim, f, lex, predicted, figures, article_year)


def _only_weak(predicted: list[str], lex: ClaimLexicon) -> bool:
    """Whether every marker is a weak one ("will", "is set to", a future tense; "could" unless a target date is
    among them), which a figure, a transfer or a decision about a named party makes an announced plan."""
    pats = modal_patterns()
    target = any(pats["target"].fullmatch(p) for p in predicted)
    return all(pats["weak"].fullmatch(p) or (p == "could" and not target)
               or (lex.future_tense and lex.future_tense.fullmatch(p)) for p in predicted)


def _states_a_fact_too(claim: Claim, f: str, lex: ClaimLexicon, predicted: list[str], figures: list,
                       article_year: Optional[int]) -> bool:
    """Whether a clause of the statement asserts a fact besides the forecast: one coordinated after it with a figure
    of its own (``_coordinated_fact``), a period already over dated before it (``decided.dated_fact_before``), or a
    perfect coordinated before it (``decided.done_before_forecast``)."""
    return _coordinated_fact(claim, f, lex, figures) or dated_fact_before(claim, f, predicted, article_year) \
        or done_before_forecast(claim, predicted)


def _coordinated_fact(claim: Claim, f: str, lex: ClaimLexicon, figures: list) -> bool:
    """A fact coordinated after the forecast, in the perfect and with a figure of its own ("… wants to triple
    wind capacity by 2032 and has already committed €3 billion to it", « … et a débloqué 2 milliards »), or a perfect
    participle clause after a comma ("…, Velmor having agreed in May to buy Dalia for €2 billion", « …, Velmor ayant
    accepté en mai de racheter Dalia pour 2 milliards d'euros »): the statement asserts what was done, which a source
    can confirm, whatever it says will follow."""
    m = None
    for m in modal_patterns()["coordinated_perfect"].finditer(f):
        pass
    if m is None or predictions(claim.focus[m.start():], f[m.start():], lex):
        return False
    return any(q.start - claim.start >= m.end() for q in figures)


def _scheduled(claim: Claim, f: str, predicted: list[str], lex: ClaimLexicon, article_year: Optional[int] = None) -> bool:
    """An event on the calendar: only plain futures or markers of a schedule ("will host … from April 13",
    "is due on October 14", « aura lieu le 12 mai »: ``schedule_markers``) and a date down to the day, or only
    periods already over before the article's year (« ne proposera aucun dividende au titre de 2024 » written in
    2025: a decision announced about them), or only markers of an arrangement with its date, however coarse ("is due
    to step down in 2025", "are due to file their plans this year": ``arrangement_markers``; undated, "is due to
    become a hub", an expectation still), with no condition: what is scheduled or decided is a fact a source can
    confirm; "plans to publish on 23 October" stays an intention."""
    pats = modal_patterns()
    plain = all(pats["weak"].fullmatch(p) and not pats["target"].fullmatch(p) or fold(p) in word_set("schedule_markers")
                or (lex.future_tense and lex.future_tense.fullmatch(p)) for p in predicted)
    over = bool(article_year and claim.dates) and all(d.year < article_year for d in claim.dates)
    arranged = bool(predicted and claim.dates) and all(fold(p) in folded_words("arrangement_markers") for p in predicted)
    return (arranged or plain and (has_day(claim) or over or disclosure_on_calendar(claim.focus or claim.text, f))) \
        and not pats["condition"].search(f)


def _rule_markers_dropped(f: str, predicted: list[str]) -> list[str]:
    """The markers left in a statement about a rule once those that state what the rule allows or requires are set
    aside: a modal ("under the rules, clubs may lose"), a future of obligation ("a federal rule will require",
    « la loi imposera ») and the deadline it sets ("by 2029", « d'ici 2029 »)."""
    pats = modal_patterns()
    verbs = word_set("rule_obligation_verbs")
    obliges = pats["obligation"].search(f) or any(fold(p) in verbs for p in predicted)
    return [p for p in predicted if p not in word_set("rule_modals") and fold(p) not in verbs
            and not (obliges and (p in word_set("rule_futures") or pats["target"].fullmatch(p)))]


def _forecast_markers(claim: Claim, f: str, lex: ClaimLexicon, predicted: list[str], figures: list,
                      speaker_before: bool = False) -> list[str]:
    """The markers left once a promise made, a forecast reported by a named party and a forecast whose figures (or
    record: "output is forecast to reach a new record in 2025") a named forecaster publishes are set aside: each of
    those is a fact about what was promised or forecast."""
    if predicted and all(fold(p) in lex.past_promises for p in predicted):
        return []                        # "X promised Russia his support in June": the promise is an event
    if predicted and (_reported_by_named_party(claim.text, f, lex, predicted) or own_plan_reported(claim.text, f, lex, predicted)):
        return []                        # "the agency had forecast that exports would rise": a forecast made
    if predicted and _record_of_the_figure_before(claim, f, lex, predicted):
        return []                        # "That would be the largest amount it has ever spent": a record to check
    # (what the forecast gives is read only when there are markers: most clauses have none)
    if predicted and ((content := _checkable_content(claim, figures)) or active_forecast_verb(f, lex)) \
            and published_forecast(claim.text, f, lex, predicted, speaker_before, figured=content and figured_before_condition(claim, f, figures)):
        return []                        # "the World Bank expects aid to fall by 9 % in 2025": its figures, a fact
    if stated_plan(claim.text, f, lex, predicted, speaker_before) and not dated_plan(claim, f):
        return []                        # « Norvel prévoit de céder sa filiale »: the plan it states, a fact
    return predicted


def _checkable_content(claim: Claim, figures: list) -> bool:
    """What a published forecast gives that a source can confirm: a figure that is no duration, a rank ("is forecast
    to reach a new record"), or a date ("the purchase is expected to close in the second half of 2025")."""
    if any((q.unit is not None or q.value is not None) and not is_duration(q.unit) for q in figures):
        return True
    return rank_span(claim.focus or claim.text) is not None or finely_dated(claim)


def _record_of_the_figure_before(claim: Claim, f: str, lex: ClaimLexicon, predicted: list[str]) -> bool:
    """Only reported conditionals ("would", « serait »), a subject that points back (``anaphors``: "That would be …")
    and a record with its scope ("the largest amount the company has ever spent", « le plus haut niveau jamais
    atteint »): the rank the figure of the statement before would take, which the source's history confirms or refutes."""
    own = claim.focus or claim.text
    return all(lex.reported_conditional.fullmatch(fold(p)) for p in predicted) \
        and bool(modal_patterns()["anaphor"].match(f)) and rank_span(own) is not None and record_scope(own) is not None


def _reported_by_named_party(own: str, f: str, lex: ClaimLexicon, predicted: list[str]) -> bool:
    """Only reported futures ("would") or hedges (``reported_hedges``: "probably"), in the complement of a past verb
    of speech or forecast (no comma between) whose subject is named (a name inside the sentence, an acronym, a
    speaker on the record: "ACME had forecast that …", "the company said it would …"), or is a subject pronoun alone
    ("It said the rise would …"), with no target date ("by 2030")."""
    hedges = word_set("reported_hedges")
    if not all(lex.reported_conditional.fullmatch(fold(p)) or fold(p) in hedges for p in predicted):
        return False
    first = min((m.start() for m in lex.prediction.finditer(f)), default=None)
    verb = [m for m in lex.past_reporting.finditer(f[:first])] if first is not None else []
    said = min((m.start() for m in lex.prediction.finditer(f) if m.group(0) in predicted), default=None)
    if said is not None and said_in_participle(own, f[:said], lex):
        return not modal_patterns()["target"].search(f)      # "Velmor cut its goal, saying margins would …"
    if not verb or "," in f[verb[-1].end():first]:
        return False                     # "told reporters on Monday, adding that …": the verb's complement has ended
    start = _speech_clause_start(f, verb[-1].start())
    if modal_patterns()["target"].search(f, start):
        return False
    if start and not f[start:verb[-1].start()].strip() and verb[0].start() < start:
        return speaker_subject(own[:verb[0].start()], lex)      # "Velmor confirmed …, but said it would": one subject
    return speaker_subject(own[:verb[-1].start()], lex)


def _speech_clause_start(f: str, verb: int) -> int:
    """Where the clause of the verb of speech at ``verb`` opens: after the last comma and coordinator before it
    ("Velmor confirmed its goal of €2 billion by 2026, but said it would …", « …, mais a indiqué qu'il … »), the
    start otherwise. A target date before that belongs to the clause coordinated before, not to what was said."""
    cut = None
    for cut in modal_patterns()["speech_clause"].finditer(f, 0, verb):
        pass
    return cut.end() if cut is not None else 0


def speaker_subject(subject: str, lex: ClaimLexicon) -> bool:
    """Whether the subject of a verb of speech names who speaks: a pronoun alone, a speaker on the record, a name
    opening the sentence, once the adverbs and auxiliary that end it are set aside ("It also said …", "It had warned …",
    « Velmor a également indiqué … »: ``expectation_adverbs``, ``have_auxiliaries``), or after an opening phrase
    ("In March, it had cautioned …")."""
    bare = without_adverbs(modal_patterns()["auxiliary_end"].sub("", without_adverbs(subject.strip())))
    opening = bare.rpartition(",")[2].strip()
    return any(_pronoun_subject(s) or names_speaker(s, lex) or _opening_name(s, lex) for s in (bare, opening) if s)


def _pronoun_subject(subject: str) -> bool:
    """A subject that is a pronoun alone ("It said …", « Il a indiqué … »): a party the article has named before
    speaks, for what it said is on the record as much as under its name."""
    words_ = fold(subject).split()
    return len(words_) == 1 and words_[0] in word_set("subject_pronouns")


def published_forecast_claim(claim: Claim, lex: ClaimLexicon) -> bool:
    """Whether a checkable claim is a forecast its markers publish (verbs of forecast or plan, modals of guidance):
    the forecast a modal of guidance in the next statement may continue (« La marge devrait … »)."""
    if not claim.checkable:
        return False                      # (a claim not checked is no forecast to continue: its words are not read)
    own = claim.focus or claim.text
    f = fold(own)
    marks = [fold(p) for p in predictions(own, f, lex)]
    published = bool(lex.forecast_verb.search(f) or modal_patterns()["plan"].search(f) or marks)
    return published and all(lex.forecast_verb.fullmatch(p) or p in folded_words("plan_verbs")
                                                  | folded_words("guidance_modals") for p in marks)


