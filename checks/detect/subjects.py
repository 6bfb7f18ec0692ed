"""Who a clause's subject names, for the forecasts reader (``forecasts``): a name inside it (``has_proper_noun``), a
speaker on the record (``names_speaker``), one capitalised name opening the sentence (``opening_name``: "Velmor, meanwhile,
said …", "Velmor now targets …"), a party on the record by its noun alone (``party_on_record``: "the group targets"),
and the forecaster who publishes a forecast's figures (``forecaster_subject``): a named party, or the party the
statement before named as forecasting, standing behind a subject pronoun ("It expects …") or a possessive ("Its capital
spending should reach …", « Ses investissements devraient atteindre … »).
"""
from __future__ import annotations

import functools
import re

from .. import numbers
from ..resources import compiled, LANGS, word_pattern
from ..tablestore import stored
from ..terms import function_words
from ..text import fold, fold_same_length
from .lexicon import ClaimLexicon, word_alternation, word_set

_P_FORECASTER_SUBJECT = compiled(r"(?<=\w)['’](?=[A-ZÀ-Ý])")
_P_PLAN_DOCUMENT = compiled(r"[\w-]+['’]?")
_P_IS_MONTH_NAME = compiled(r"['’]s$|[^\w'’-]+$")
_P_OPENING_NAME = compiled(r",[^,]*,")
_P_NAMED_SPEAKER_AGAIN = compiled(r"['’]")
_P_ELISION = compiled(r"(?<!\w)(\w{1,2})['’](?=\w)")     # « l'agence », « d'EDF »; not "Velmor's"


def has_proper_noun(text: str) -> bool:
    """A capitalised word inside the text, not after a full stop or an opening quote, and not a month
    ("April's rise" names no one)."""
    toks = text.split()
    return any(t[:1].isupper() and i > 0 and not toks[i - 1].endswith((".", ":", "«", '"'))
               and not _is_month_name(t) for i, t in enumerate(toks))


def names_speaker(text: str, lex: ClaimLexicon) -> bool:
    """Whether a subject names who speaks: a name inside it, an acronym, or a speaker on the record without a name
    ("officials", "the central bank", « le gouvernement »: ``reporting_authorities``)."""
    return has_proper_noun(text) or any(len(t) > 1 and t.isupper() for t in text.split()) \
        or bool(lex.reporting_authority.search(fold(text)))


def _is_month_name(token: str) -> bool:
    word = fold(_P_IS_MONTH_NAME.sub("", token))
    return any(word in numbers.month_names(lang) for lang in LANGS)


def opening_name(subject: str, lex: ClaimLexicon) -> bool:
    """A subject that is one capitalised word opening the sentence, an aside between commas set apart ("Velmor,
    meanwhile, said it would …", « Velmor, de son côté, a indiqué … »), and no word of the language nor an unnamed
    speaker ("Analysts, however, said …"): a name, which ``has_proper_noun`` cannot tell at the start."""
    bare = _P_OPENING_NAME.sub(" ", subject).split()
    if len(bare) != 1 or not bare[0][:1].isupper():
        return False
    word = fold(bare[0].strip(",;:"))
    return word not in function_words() and word not in lex.vague_words and not lex.vague.fullmatch(word)


def party_on_record(subject: str, lex: ClaimLexicon) -> bool:
    """A subject that is only a party on the record, its article and its noun (« Pour 2025, la direction vise »,
    "the group targets"): the party the article is about, publishing its guidance; a party qualified otherwise
    ("Vietnam's central bank", "the state development bank") may be another forecaster than the source's. An elided
    article is its own word (« l'agence prévoit », « l'assureur vise »)."""
    bare = _P_ELISION.sub(r"\1' ", fold(subject.rpartition(",")[2])).split()
    return 0 < len(bare) <= 2 and bool(lex.reporting_authority.search(" ".join(bare)))


def without_adverbs(subject: str) -> str:
    """A subject without the adverbs that end it before its verb ("Velmor now", "Velmor still", « Velmor désormais »:
    ``expectation_adverbs``, ``role_skippable_words``): the name alone."""
    adverbs = word_set("expectation_adverbs") | word_set("role_skippable_words")
    toks = subject.split()
    while len(toks) > 1 and fold(toks[-1]) in adverbs:
        toks.pop()
    return " ".join(toks)


@functools.lru_cache(maxsize=None)
def _possessive_opener() -> re.Pattern:
    return word_pattern("claims", r"^(?:(?:{pronoun_openers})[ ,]+)?(?:{possessive_determiners})\s", re.I)


def opens_with_possessive(text: str) -> bool:
    """A clause whose subject opens with a possessive determiner ("Its capital spending", « Ses investissements »):
    the party it stands for is the one the statement before named."""
    return bool(_possessive_opener().match(fold(text).lstrip()))


def forecaster_subject(subject: str, lex: ClaimLexicon, speaker_before: bool = False) -> bool:
    """Whether the subject before a verb of forecast or plan names the forecaster publishing its figures: a name
    inside it or opening it ("Velmor now targets …"), an acronym, a party on the record (« la direction vise », "the
    company now expects …": the adverbs before the verb set aside), not an
    unnamed forecaster ("analysts", "most economists": ``vague_forecasters``); or a subject pronoun alone that stands
    for the named speaker of the statement before ("The ministry warned that … It expects a drag of 0.2 point",
    ``speaker_before``), the adverbs before the verb set aside ("It also expects …", "It now aims …")."""
    words_ = _P_ELISION.sub(r"\1' ", fold(without_adverbs(subject))).split()
    if words_ and words_[0] in _relative_pronouns():
        words_ = words_[1:]               # "…, which it now expects", « …, qui table sur »: the relative's subject
        if not words_:
            return speaker_before         # (its antecedent, when a party: ``relative_of_party``)
    if speaker_before and len(words_) == 1 and words_[0] in word_set("subject_pronouns"):
        return True
    if _vague_word(without_adverbs(subject), lex):
        return False
    subject = _P_FORECASTER_SUBJECT.sub("' ", subject)      # « l'Insee », « d'EDF »: the name after the elision
    plain = without_adverbs(subject)
    return has_proper_noun(subject) or any(len(t.strip("(),")) > 1 and t.strip("(),").isupper() for t in subject.split()) \
        or party_on_record(plain, lex) or opening_name(plain, lex) or _of_a_party_on_record(subject, lex) \
        or plan_document(plain)


def relative_of_party(hint, before: str, lex: ClaimLexicon) -> bool:
    """Whether a relative clause's subject (its pronoun, « qui table sur », or a subject pronoun after it, "which it
    expects") may stand for a party: a name of the lists right before it (``hint``), a name, an acronym or a party on
    the record in the words before it (« l'objectif du groupe, qui … », "Velmor has widened its plan, which it expects
    …": ``names_speaker``), or a name opening them."""
    words_ = before.split()
    return bool(hint) or names_speaker(before, lex) or bool(words_) and opening_name(words_[0], lex)


@functools.lru_cache(maxsize=None)
def _relative_pronouns() -> frozenset[str]:
    """The pronouns that open a relative clause as its subject or object (``subject_relatives``,
    ``named_subject_relatives``), not those that also point back ("that": ``anaphors``)."""
    return frozenset(fold(w) for key in ("subject_relatives", "named_subject_relatives") for w in word_set(key)) \
        - {fold(w) for w in word_set("anaphors")}


def said_in_participle(own: str, head: str, lex: ClaimLexicon) -> bool:
    """Whether the words before a clause's first marker (folded: ``head``) end in a participle of speech after a comma,
    no comma after it ("Velmor cut its margin goal, saying the margin would …", « Velmor a abaissé son objectif,
    précisant que la marge serait … »: ``speech_participles``), with a figure after it, in a statement whose subject,
    opening it, names the party (a name, a subject pronoun, a party on record) and no unnamed speaker stands before it
    ("Port officials met, adding that …"): what the party said, on the record."""
    said = None
    for said in lex.speech_participle.finditer(head):
        pass
    clause = [t for t in own[:said.start()].split() if fold(t) not in word_set("subject_pronouns")] if said else []
    if said is None or not head[:said.start()].rstrip().endswith(",") or "," in head[said.end():] \
            or not any(ch.isdigit() for ch in own[said.end():]) or _vague_word(" ".join(clause), lex):
        return False
    first = own.split()[0] if own.split() else ""
    return fold(first) in word_set("subject_pronouns") or opening_name(first, lex) or opens_with_party(head, lex)


def _vague_word(subject: str, lex: ClaimLexicon) -> bool:
    """Whether a subject names an unnamed forecaster ("analysts", "most economists": ``vague_forecasters``): such a
    word in lower case or opening the subject, not one capitalised inside a name ("in which Auto Trader expects …")."""
    toks = subject.split()
    return any(fold(t) in lex.vague_words and (i == 0 or not t[:1].isupper()) for i, t in enumerate(toks))


def plan_document(subject: str) -> bool:
    """A subject that is a published plan or text, its determiner and its noun, perhaps one word between ("Ce plan vise
    une croissance de 6 % à 8 %", « Le texte vise à ramener le déficit à 5 % », "The new plan targets …":
    ``plan_documents``): what the document sets out is on the record, a fact about its content."""
    bare = _P_PLAN_DOCUMENT.findall(fold(subject.rpartition(",")[2]).replace("’", "'"))
    if not 2 <= len(bare) <= 3 or bare[0] not in word_set("plan_determiners"):
        return False
    nouns = {fold(w) for w in word_set("plan_documents")}
    return bare[-1] in nouns or " ".join(bare[-2:]) in nouns or " ".join(bare[-3:]) in nouns


def forecaster_before(before: str, lex: ClaimLexicon, speaker_before: bool = False) -> bool:
    """Whether the words before a verb of forecast or plan name its forecaster (``forecaster_subject``): all of them,
    or those of its own clause, after the last comma and coordinator ("Operating profit rose to $1.4 billion, and the
    group expects …": "the group") or after an opening phrase ("For the full year, it forecasts …", « Pour 2025, le
    groupe prévoit … », with no comma too: ``after_period_opening``)."""
    before = _audience_dropped(before)
    cut = None
    for cut in _comma_coordinator().finditer(before):
        pass
    opening = before.rpartition(",")[2].strip()      # "For the full year, it forecasts …": after an opening phrase
    unclosed = after_period_opening(before)          # "For the full year it forecasts …": the same, no comma
    return forecaster_subject(before.strip(" ,"), lex, speaker_before) \
        or cut is not None and forecaster_subject(before[cut.end():].strip(" ,"), lex, speaker_before) \
        or "," in before and bool(opening) and forecaster_subject(opening, lex, speaker_before) \
        or unclosed != before and forecaster_subject(unclosed.strip(), lex, speaker_before) \
        or named_speaker_again(before, lex)


def after_period_opening(text: str) -> str:
    """A clause without the opening phrase of its period that no comma closes, right before a subject pronoun ("For
    the current year it expects …", « Pour 2025 il prévoit … »: up to a ``period_nouns`` word or a year): what follows,
    the pronoun first, as after "For the current year, …"; the clause unchanged otherwise."""
    m = _period_opening().match(fold_same_length(text))
    return text[m.end():] if m else text


@stored
def _period_opening() -> re.Pattern:
    return compiled(r"^[^,.;:]{1,40}?(?:(?<!\w)(?:%s)|(?<!\d)\d{4})(?:\s+[\w'-]+){0,2}?\s+(?=(?:%s)\s)"
                    % (word_alternation("period_nouns"), word_alternation("subject_pronouns")))


def _audience_dropped(before: str) -> str:
    """The words before a verb of forecast without the audience a verb of guidance sends to it, right before it
    (``audience_before_forecast``: "Brenwick had guided investors to expect …"): the party before them forecasts."""
    m = word_pattern("claims", r"(?<!\w)(?:{+audience_before_forecast})\s*$").search(fold_same_length(before))
    return before[:m.start()] if m else before


def own_plan_reported(own: str, f: str, lex: ClaimLexicon, predicted: list[str]) -> bool:
    """Whether a clause's only markers are verbs of forecast, plan or intention (``intention_verbs``), with no
    condition, the first right after a named party's past verb of speech, its complementizer and a pronoun that
    stands for it ("Velmor repeated that it intends to exit …", « Velmor a répété qu'il prévoit de céder … »): what the
    party said it plans, a fact on the record, figure or not."""
    plans = {fold(w) for key in ("plan_verbs", "intention_verbs") for w in word_set(key)}
    if not predicted or not all(lex.forecast_verb.fullmatch(fold(p)) or fold(p) in plans for p in predicted) \
            or word_pattern("claims", r"(?<!\w)(?:{condition_words})(?!\w)").search(f):
        return False
    marks = [_word_of(key).search(f) for key in ("plan_verbs", "intention_verbs")]
    marks.append(lex.forecast_verb.search(f))
    first = min((m.start() for m in marks if m), default=None)
    return first is not None and named_speaker_again(own[:first], lex)


@stored
def _word_of(key: str) -> re.Pattern:
    """A word of ``word_set(key)`` (folded), alone."""
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % word_alternation(key))


def named_speaker_again(before: str, lex: ClaimLexicon) -> bool:
    """Whether the words before a verb of forecast or plan are a named party's past verb of speech, its complementizer
    and a subject pronoun that stands for it ("Velmor repeated that it intends to …", « Velmor a confirmé qu'il
    prévoit de … »): the party's own plan, on the record as what it said."""
    folded = fold(before)
    verbs = list(lex.past_reporting.finditer(folded))
    if not verbs or verbs[-1].start() == 0:
        return False
    rest = _P_NAMED_SPEAKER_AGAIN.sub("' ", folded[verbs[-1].end():]).split()
    if len(rest) != 2 or rest[0] not in word_set("complementizers") or rest[1] not in word_set("subject_pronouns"):
        return False
    return forecaster_subject(before[:verbs[-1].start()].strip(" ,"), lex)


def active_forecast_verb(f: str, lex: ClaimLexicon) -> bool:
    """Whether a marker is an active verb of forecast ("Velmor expects growth comparable to 2024's", « la direction
    anticipe une croissance comparable »): the party's own guidance, published with or without a figure; not a passive
    one ("sales are expected to …", "the Fed is widely expected to": ``passive_auxiliaries`` before it), nor a verb of
    plan (``plan_verbs``: "plans to close libraries", « prévoit de fermer », an intention that needs its figure), nor a
    modal ("should"), nor a period characterised ("expects another year of strong growth")."""
    passive = word_pattern("claims", r"(?<!\w)(?:{passive_auxiliaries})\s+(?:\w+\s+)?$")
    plans = {m.start() for m in _plan_verb().finditer(f)}
    return any(not lex.passive_forecast.fullmatch(m.group(0)) and not passive.search(f[:m.start()])
               and m.start() not in plans and not _period_characterised().match(f, m.end())
               for m in lex.forecast_verb.finditer(f))


@stored
def _plan_verb() -> re.Pattern:
    return re.compile(word_alternation("plan_verbs"))


@stored
def _period_characterised() -> re.Pattern:
    """An expectation whose object is a period and what it will be a period of ("expects another year of strong
    growth", « table sur une nouvelle année de croissance »: ``period_nouns``, ``period_of``): a characterisation of
    the year ahead, like "called 2024 a year of transition", not guidance a source records."""
    return re.compile(rf"\s+(?:[\w'-]+\s+){{1,2}}?(?:{word_alternation('period_nouns')})\s+(?:{word_alternation('period_of')})")


def opens_with_party(f: str, lex: ClaimLexicon) -> bool:
    """A statement whose subject opens it as a party on record by its noun ("The bank also raised its target …", « Le
    groupe a relevé … »: a determiner, then ``reporting_authorities``): the party a pronoun after stands for."""
    toks = fold(f).split()
    return len(toks) > 2 and toks[0] in {fold(w) for w in word_set("plan_determiners")} and party_on_record(" ".join(toks[:2]), lex)


@functools.lru_cache(maxsize=None)
def _comma_coordinator() -> re.Pattern:
    """A comma or a semicolon, then a coordinator (", and", « , et »)."""
    return word_pattern("claims", r"[,;]\s+(?:{coordinators})\s+")


def _of_a_party_on_record(subject: str, lex: ClaimLexicon) -> bool:
    """A noun phrase whose complement, after its last linker (``name_linkers``), is a party on the record (« La
    politique du groupe prévoit … », "The plan of the company targets …"): that party's own policy or plan, published
    with its figures."""
    toks = subject.split()
    linked = [i for i, t in enumerate(toks) if fold(t) in word_set("name_linkers")]
    return bool(linked) and 0 < linked[-1] < len(toks) - 1 and party_on_record(" ".join(toks[linked[-1] + 1:]), lex)


def continues_forecast(subject: str, lex: ClaimLexicon) -> bool:
    """A subject, before a modal of guidance, that names no forecaster of its own (« La marge devrait … » after « Le
    groupe prévoit … »): no name inside it, no speaker on the record, no unnamed forecaster ("analysts"), no verb of
    speech or forecast (« Les analystes estiment que … »), not a pronoun alone: the forecast before goes on."""
    f = fold(subject)
    words_ = f.split()
    if not words_ or (len(words_) == 1 and words_[0] in word_set("subject_pronouns")) or words_[0] in _relative_pronouns():
        return False                      # (a relative pronoun: the clause says what its antecedent does)
    return not any(w in lex.vague_words for w in words_) and not has_proper_noun(subject) \
        and not lex.reporting_authority.search(f) \
        and not any(p.search(f) for p in (lex.past_reporting, lex.attribution_verb, lex.forecast_verb))


def continues_guidance(own: str, f: str, lex: ClaimLexicon, predicted: list[str]) -> bool:
    """Only modals of guidance (``guidance_modals``: « devrait ») in a clause whose subject opens with a possessive
    standing for the forecaster the statement before named (« Le groupe prévoit … Ses investissements devraient être de
    3 milliards ») or names none of its own after a party's published forecast (``continues_forecast``)."""
    return _only_guidance(predicted) and \
        (opens_with_possessive(own) or continues_forecast(own[:min(m.start() for m in lex.prediction.finditer(f))], lex))


def continued_guidance(checkable: bool, predicted: list[str]) -> bool:
    """Whether a checkable claim gives its figures under modals of guidance alone (``predicted``: « La marge devrait
    s'établir à 12 % »): checkable as the forecast of the statement before, continued, it is for that forecast's year."""
    return checkable and bool(predicted) and _only_guidance(predicted)


def _only_guidance(predicted: list[str]) -> bool:
    """Whether every marker of prediction is a modal of guidance (``guidance_modals``), none for an empty list."""
    modals = _guidance_modals()
    return all(fold(p) in modals for p in predicted)


@functools.lru_cache(maxsize=None)
def _guidance_modals() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("guidance_modals"))
