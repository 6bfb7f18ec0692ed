"""The claim lexicon: the word lists of ``data/lang/<code>/claims.yaml`` (attribution verbs and prepositions,
markers of predictions, opinions, questions, negation, glosses, items, events, kinds…) compiled once per language
into the patterns of a ``ClaimLexicon`` (``claim_lexicon``); and the expectation words alone (``is_expectation``),
which the judge asks for without paying for the whole lexicon at start-up. Every other module of ``checks.detect``
reads its words from here.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..resources import lexicon, word_pattern, words
from ..terms import LANGS
from ..text import after_elision, fold, fold_same_length, literal_trie, phrase_not_after, phrase_pattern
from ..tablestore import stored


@dataclass(frozen=True)
class ClaimLexicon:
    """One language's claim markers, compiled."""
    attribution_verb: re.Pattern
    reported_opener: re.Pattern
    attribution_prep: re.Pattern
    commission: re.Pattern
    authorship: re.Pattern
    source_noun: re.Pattern
    vague: re.Pattern
    prediction: re.Pattern
    reported_conditional: re.Pattern
    opinion: re.Pattern
    question: re.Pattern
    negation: re.Pattern
    only: re.Pattern
    exclusive: re.Pattern
    exclusive_hedge: re.Pattern      # "almost", « presque »: right before « entièrement », a share, not exclusive
    relative: re.Pattern
    speech_participle: re.Pattern       # "adding that …": a that-clause of reported speech, not a relative
    object_relative: re.Pattern         # « le seuil que le plan vise à … »: relative pronouns that are also conjunctions
    antecedent_determiners: frozenset   # a relative clause follows a noun phrase: "the level that", « le seuil que »
    gloss: re.Pattern
    items: re.Pattern
    coordinator: re.Pattern
    event: re.Pattern
    comparison: re.Pattern
    ranking: re.Pattern
    cause: re.Pattern
    cause_given: re.Pattern          # "attributes the rise to", « explique ce recul par »: a party gives the cause
    composition: re.Pattern
    month_homographs: frozenset
    finite_verbs: frozenset          # "May was …": a modal is never followed by these
    past_promises: frozenset         # "promised", "a promis": a promise made is an event, not a forecast
    record_comparative: re.Pattern   # "autant de … que", "as many … as": with a negation, a record
    future_form: Optional[re.Pattern]   # French future and conditional verb endings ("atteindront", "chercherait")
    future_tense: Optional[re.Pattern]  # the future ones only: like "will", an announced plan with a figure
    future_exclusions: frozenset        # words with those endings that are no verb ("retrait", "front")
    noun_homographs: frozenset       # markers that are also nouns ("will")
    noun_determiners: frozenset      # words before such a marker that make it the noun ("the will")
    opinion_frame: re.Pattern
    past_reporting: re.Pattern       # "said", "had forecast": a reported future ("would") is what was said
    reporting_authority: re.Pattern  # "officials", "the central bank", « le gouvernement »: a speaker on the record
    evaluative: re.Pattern           # "the picture remained bleak": a linking verb, then an evaluative adjective
    decision_verb: re.Pattern        # "announced", « a décidé »: what it says would happen was decided, even by a date
    view_verb: re.Pattern            # "argued that", « a estimé que »: a view, unless a figure makes it an estimate
    characterisation: re.Pattern     # "described the result as", « a salué »: a speaker's word for a fact, not the fact
    answer: re.Pattern               # "Not yet, …", « Pas encore, … »: an answer to the question before
    group_view: re.Pattern           # "critics say", « les syndicats estiment »: a group with a side to take speaking
    appraisal: re.Pattern            # "a grimmer picture", « l'euphorie »: a word that only appraises, anywhere
    motion: re.Pattern               # "poured across the square", « s'est déversée sur la place »: a thing moved to a place
    denial_judgement: re.Pattern     # "is no mystery", « ne souffre guère de discussion »: a judgement, though negated
    framing: re.Pattern              # "The answer matters", « Reste la question », "was the weak spot": the text's own account
    counterfactual: re.Pattern       # "could have been", « aurait pu être »: what did not happen
    forecast_verb: re.Pattern        # "expects", "is projected", « table sur »: a forecaster's published forecast
    passive_forecast: re.Pattern     # "is expected to", "are projected": the forecaster is the publisher
    vague_words: frozenset           # words of an unnamed forecaster ("analysts", "most economists")
    relative_years: dict
    clause_relative_years: dict
    anaphoric_years: dict = None


def _endings(endings, whole=()) -> Optional[re.Pattern]:
    """Words of five letters or more that end in one of ``endings`` (folded), and the short forms ``whole`` that
    such endings cannot tell (« sera », « dira », « auront »)."""
    forms = sorted({fold(e) for e in endings}, key=len, reverse=True)
    if not forms:
        return None
    short = sorted({fold(w) for w in whole}, key=len, reverse=True)
    alts = r"[a-z]{2,}(?:" + "|".join(re.escape(e) for e in forms) + ")" + "".join("|" + re.escape(w) for w in short)
    return re.compile(r"(?<![\w'])(?:" + alts + r")(?![\w'])")


def _gather(langs, key):
    out = []
    for lang in langs:
        out.extend(lexicon(lang, "claims").get(key, []))
    return out


@functools.lru_cache(maxsize=None)
def claim_lexicon(lang: str) -> ClaimLexicon:
    """Built once per installed version and bundled data, then loaded from the cache with its patterns
    compiled (``tablestore.cached_data``)."""
    from ..tablestore import cached_data
    return cached_data(f"claims-{lang}", lambda: _build_claim_lexicon(lang))


def _build_claim_lexicon(lang: str) -> ClaimLexicon:
    langs = (lang,) if lang in LANGS else LANGS
    g = functools.partial(_gather, langs)
    years: dict[str, int] = {}
    clause_years: dict[str, int] = {}
    anaphoric: dict[str, int] = {}
    for lg in langs:
        years.update({fold(k): v for k, v in lexicon(lg, "claims").get("relative_years", {}).items()})
        clause_years.update({fold(k): v for k, v in lexicon(lg, "claims").get("clause_relative_years", {}).items()})
        anaphoric.update({fold(k): v for k, v in lexicon(lg, "claims").get("anaphoric_years", {}).items()})
    negation_words = g("negation_words")
    return ClaimLexicon(
        attribution_verb=phrase_not_after(g("attributive_determiners") if lang in LANGS else (),  # (« a indiqué »)
                                    phrase_pattern(g("attribution_verbs")),
                                    [f for e in g("possessive_endings") for f in (e, e.replace("'", "’"))]
                                    if lang in LANGS else ()),
        reported_opener=phrase_pattern(g("reported_clause_openers")),
        attribution_prep=phrase_pattern(g("attribution_prepositions")),
        commission=phrase_pattern(g("commission_markers")),
        authorship=phrase_pattern(g("authorship_markers")),
        source_noun=phrase_pattern(g("source_nouns")),
        vague=phrase_pattern(g("vague_sources")),
        prediction=phrase_pattern(g("prediction_markers")),
        reported_conditional=phrase_pattern(g("reported_conditional")),
        opinion=phrase_pattern(g("opinion_markers")),
        question=phrase_pattern(g("question_markers")),
        negation=phrase_pattern(negation_words),
        only=phrase_pattern(g("only_words")),
        exclusive=phrase_pattern(g("exclusive_markers")),
        exclusive_hedge=phrase_pattern(g("exclusive_hedges"), suffix=r"\s+$"),
        relative=phrase_pattern(g("relative_pronouns")),
        speech_participle=phrase_pattern(g("speech_participles")),
        object_relative=phrase_pattern(g("relative_pronouns") + g("object_relatives")),
        antecedent_determiners=frozenset(fold(w) for w in g("antecedent_determiners")),
        gloss=phrase_pattern(g("gloss_openers")),
        items=phrase_pattern(g("item_openers")),
        coordinator=phrase_pattern(g("coordinators")),
        event=phrase_pattern(g("event_words")),
        comparison=phrase_pattern(g("comparison_markers")),
        ranking=phrase_pattern(g("ranking_markers")),
        cause=phrase_pattern(g("cause_markers")),
        cause_given=_cause_given([(g("cause_verbs_to"), g("cause_particles_to")), (g("cause_verbs_by"), g("cause_particles_by"))]),
        composition=phrase_pattern(g("composition_markers")),
        month_homographs=frozenset(g("month_homographs")),
        finite_verbs=frozenset(fold(w) for w in g("passive_auxiliaries") if " " not in w) | frozenset(g("finite_verbs")),
        past_promises=frozenset(fold(w) for w in g("past_promises")),
        future_form=_endings(g("future_endings") + g("conditional_endings"), g("short_futures")),
        future_tense=_endings(g("future_endings"), g("short_futures")),
        future_exclusions=frozenset(fold(w) for w in g("future_exclusions")),
        noun_homographs=frozenset(fold(w) for w in g("noun_homographs")),
        noun_determiners=frozenset(fold(w) for w in g("noun_determiners")),
        record_comparative=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in g("record_comparatives"))
                                      + r")(?!\w).*(?<!\w)(?:" + "|".join(re.escape(fold(w)) + ("" if fold(w)[-1:] in "'" else r"(?!\w)")
                                                                            for w in g("record_comparative_ends")) + ")"),
        opinion_frame=_opinion_frame(g("opinion_frame_openers"), g("opinion_frame_exclusions"), g("purpose_verb_endings")),
        past_reporting=phrase_pattern(g("past_reporting_verbs")),
        reporting_authority=phrase_pattern(g("reporting_authorities")),
        evaluative=re.compile("(?:" + phrase_pattern(g("linking_verbs")).pattern + r")\s+(?:[\w'-]+\s+){0,2}?(?:"
                              + phrase_pattern(g("evaluative_adjectives")).pattern + ")"),
        forecast_verb=phrase_pattern(g("forecast_verbs")),
        passive_forecast=phrase_pattern(g("passive_forecast_verbs")),
        vague_words=frozenset(fold(w) for w in g("vague_forecasters")),
        appraisal=after_elision(phrase_pattern(g("appraisal_words") + g("judgement_idioms"))),
        motion=_motion(g("motion_past_endings"), g("motion_auxiliaries"), g("motion_prepositions"), g("role_determiners")),
        denial_judgement=after_elision(phrase_pattern(g("denial_judgements"))),
        framing=_framing(g("framing_determiners"), g("framing_nouns"), g("framing_openers"), g("linking_verbs")),
        counterfactual=phrase_pattern(g("counterfactual_markers")),
        view_verb=_view_verb(g("view_verbs"), g("view_complementizers")),
        answer=re.compile(r"\s*(?:" + phrase_pattern(g("answer_openers")).pattern + r")\s*[,:]") if g("answer_openers")
        else re.compile(r"(?!)"),
        group_view=re.compile(r"(?:" + phrase_pattern(g("interested_groups")).pattern + r")(?:[\s,]+[\w'-]+){0,5}?[\s,]+(?:"
                              + phrase_pattern(g("group_speech_verbs")).pattern + ")") if g("interested_groups") else re.compile(r"(?!)"),
        characterisation=_characterisation(g("characterisation_verbs"), g("qualifying_verbs"),
                                           g("qualifying_particles"), g("qualifying_exclusions")),
        decision_verb=phrase_pattern(g("decision_verbs")),
        relative_years=years,
        clause_relative_years=clause_years,
        anaphoric_years=anaphoric,
    )


def _view_verb(verbs: list[str], complementizers: list[str]) -> re.Pattern:
    """A verb of opinion, and, when the language needs one, its complementizer within three words after it
    (« a estimé en décembre que », « juge pour sa part que »)."""
    verb = phrase_pattern(verbs)
    if not complementizers:
        return verb
    comp = "|".join(re.escape(fold(c)) + ("" if fold(c)[-1:] in "'" else r"(?![\w'])") for c in complementizers)
    return re.compile(r"(?:" + verb.pattern + r")(?:[\s,]+[\w-]+){0,3}?[\s,]+(?:" + comp + ")")


def _characterisation(verbs: list[str], qualifying: list[str], particles: list[str],
                      exclusions: list[str]) -> re.Pattern:
    """A verb by which a speaker characterises something (« a salué », "hailed"), or one that does so only with
    what it is called after its object, one to six words on ("described the drop as", "called the rise a")."""
    alts = [phrase_pattern(verbs).pattern] if verbs else []
    skip = r"(?!(?:" + "|".join(re.escape(fold(w)) for w in exclusions) + r")(?![\w']))" if exclusions else ""
    if qualifying and particles:
        part = "|".join(re.escape(fold(p)) + ("" if fold(p)[-1:] in "'\"\u201c\u00ab" else r"(?![\w'])")
                        for p in particles)
        alts.append(r"(?:" + phrase_pattern(qualifying).pattern + r")(?:\s+" + skip + r"[\w'\u2019-]+){1,6}?\s+(?:" + part + ")")
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!)")


def _framing(determiners: list[str], nouns: list[str], openers: list[str], linking: list[str]) -> re.Pattern:
    """Where a clause speaks of the article's own account rather than of the world: its subject is a noun of that
    account ("The answer matters …", « Chez les promoteurs, le tableau est … »: a determiner, at most one word, a
    ``framing_nouns`` noun, after at most a short phrase and a comma), it opens on a word that announces what is
    left to discuss (« Reste la facture … », "That leaves the question …": ``framing_openers``, then a determiner),
    or a linking verb makes its subject one of those nouns ("Dornovia was the weak spot of the year")."""
    if not (determiners and nouns):
        return re.compile(r"(?!)")
    det = "(?:" + "|".join(re.escape(fold(d)) + (r"" if fold(d)[-1] == "'" else r"\s+")
                           for d in sorted(determiners, key=len, reverse=True)) + ")"
    noun = phrase_pattern(nouns).pattern.replace(r"(?<![\w'])", r"(?<![\w])")     # also after « l' »
    opener = phrase_pattern(openers).pattern if openers else r"(?!)"
    link = phrase_pattern(linking).pattern
    return re.compile(rf"^\s*(?:[^,;]{{0,60}},\s*)?{det}(?:[\w'-]+\s+)?(?:{noun})"
                      rf"|^\s*(?:{opener})\s+{det}"
                      rf"|(?:{link})\s+{det}(?:[\w'-]+\s+){{0,2}}?(?:{noun})")


def _motion(endings: list[str], auxiliaries: list[str], prepositions: list[str], determiners: list[str]) -> re.Pattern:
    """A verb in the past, then a preposition of place and a determiner ("poured across the square", « s'est
    déversée sur la place »): the past written by its ending (English) or by its auxiliary (French)."""
    alt = lambda ws: "|".join(re.escape(fold(w)) for w in sorted(ws, key=len, reverse=True))
    verbs = ([r"\w+(?:" + alt(endings) + ")"] if endings else []) + \
        ([r"(?:" + alt(auxiliaries) + r")\s+\w+"] if auxiliaries else [])
    if not verbs or not prepositions:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w'])(?:" + "|".join(verbs) + r")\s+(?:" + alt(prepositions) + r")\s+(?:" + alt(determiners)
                      + r")(?:\s|['’])")


def _cause_given(pairs: list[tuple[list[str], list[str]]]) -> re.Pattern:
    """A verb that gives a cause, its object (one to six words) and the particle that names the cause ("attributes
    the rise to", "blamed the fall on", « explique ce recul par »; a season written with a slash one word, « la campagne
    2023/2024 »): each verb list with its own particles."""
    alts = [phrase_pattern(verbs).pattern + r"\s+(?:[\w'’/-]+\s+){1,6}?(?:" + phrase_pattern(particles).pattern + ")"
            for verbs, particles in pairs if verbs and particles]
    return re.compile("|".join(f"(?:{a})" for a in alts) or r"(?!x)x")


def _opinion_frame(openers: list[str], exclusions: list[str], purpose_endings: list[str]) -> re.Pattern:
    """"Pour l'opposition, …": an opener, a short phrase and a comma; not when the phrase is a time or a
    count ("Pour la première fois, …", "For the third year, …"): those frame facts; nor a purpose (« Pour financer
    la mesure, … »: an infinitive, from ``purpose_verb_endings``)."""
    if not openers:
        return re.compile(r"(?!)")
    alt = lambda words: "|".join(re.escape(fold(w)) for w in words)
    not_time = rf"(?![^,;]*(?:\d|(?<!\w)(?:{alt(exclusions)})(?!\w)))" if exclusions else ""
    not_purpose = rf"(?![a-z]{{4,}}(?:{alt(purpose_endings)})(?!\w))" if purpose_endings else ""
    return re.compile(rf"\s*(?:{alt(openers)})\s+{not_time}{not_purpose}[^,;]{{2,80}},")


def is_expectation(text: str) -> bool:
    """Whether a text gives what someone expected ("economists had expected 110,000 jobs", « la CRE tablait sur
    une baisse »), from ``expectation_words`` in ``data/lang/<code>/claims.yaml`` (every language)."""
    folded = fold_same_length(text)
    if _expectation_pattern().search(folded):
        return True
    # (an adverb of time inside the phrase: « table désormais sur », "is still targeting"; or a year it aims at
    # between the verb and its object: « vise en 2025 un résultat »)
    bare = _expectation_years().sub(" ", _expectation_adverbs().sub(" ", folded))
    if bare != folded and _expectation_pattern().search(bare):
        return True
    # a verb of forecast whose complement is in the future ("the institute projects that output will grow 1.3 %",
    # "projects gasoline to average $3.00"); with a past one it gives an estimate ("projects that 17,140 were killed")
    verb = _forecast_pattern().search(folded)
    return verb is not None and bool(_forecast_complement_pattern().search(folded, verb.end()))


def expectation_object(text: str) -> Optional[int]:
    """Where the object of the last phrase of expectation of a text starts, when a determiner opens it (« le groupe
    vise un| levier », "is targeting| a margin"; not "is expected| to reach"): what is expected is written there;
    None otherwise (``expectation_words``, ``object_determiners`` of ``claims.yaml``)."""
    folded = fold_same_length(text)
    found = list(_expectation_pattern().finditer(folded))
    if not found:
        return None
    end = found[-1].end()
    said = folded[found[-1].start():end].split()
    after = folded[end:].split()
    dets = word_set("object_determiners")
    if said and said[-1] in dets:
        return end
    if after and after[0] in dets:
        return end + folded[end:].index(after[0]) + len(after[0])
    return None


def waiting_after(text: str, end: int) -> Optional[int]:
    """Where the verb of waiting that opens right after position ``end`` of ``text`` (past spaces only) ends
    (« 820 000 foyers attendaient »: ``waiting_verbs`` of ``claims.yaml``), or None."""
    folded = fold_same_length(text)
    start = end + len(folded[end:]) - len(folded[end:].lstrip())
    m = _waiting_pattern().match(folded, start) if start > end else None
    return m.end() if m else None


@stored
def _waiting_pattern() -> re.Pattern:
    verbs = _gather(LANGS, "waiting_verbs")
    return phrase_pattern(verbs) if verbs else re.compile(r"(?!)")


@functools.lru_cache(maxsize=None)
def _expectation_pattern() -> re.Pattern:
    """``expectation_words`` of every language, alone (not the whole claim lexicon: a start-up cost), kept compiled
    in the cache."""
    from ..tablestore import cached_data
    return cached_data("expectation", lambda: phrase_pattern(_gather(LANGS, "expectation_words")))


@stored
def _expectation_adverbs() -> re.Pattern:
    """``expectation_adverbs`` of every language: a word of time that may stand inside an expectation's phrase."""
    return phrase_pattern(_gather(LANGS, "expectation_adverbs"))


@stored
def _expectation_years() -> re.Pattern:
    """A year introduced by ``expectation_year_prepositions`` of every language (« en 2025 », "for 2026"): the
    period an expectation's phrase may hold between its verb and its object."""
    preps = "|".join(sorted({r"\s+".join(map(re.escape, fold(p).split())) for p in _gather(LANGS, "expectation_year_prepositions")},
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{preps})\s+(?:1[89]|2[01])\d\d(?!\w)") if preps else re.compile(r"(?!x)x")


@stored
def _forecast_pattern() -> re.Pattern:
    return phrase_pattern(_gather(LANGS, "forecast_verbs"))


def ends_possessive(name: str) -> bool:
    """Whether a name is written as a possessor ("Korland's", ``possessive_endings`` of ``claims.yaml``), either
    apostrophe."""
    return name.replace("’", "'").endswith(_possessive_endings())


def without_possessive(name: str) -> Optional[str]:
    """The name a possessor is written with, its ending (``ends_possessive``) taken off ("Korland" for
    "Korland's"); None when the name is no possessor."""
    plain = name.replace("’", "'")
    ending = next((e for e in _possessive_endings() if e and plain.endswith(e)), None)
    return name[:len(name) - len(ending)] if ending else None


@stored
def _possessive_endings() -> tuple[str, ...]:
    return tuple(e.replace("’", "'") for e in words("claims", "possessive_endings"))


def names_forecast(text: str) -> bool:
    """Whether a text has a verb of forecast (``forecast_verbs``: « prévoit », "projects"), whatever its complement."""
    return _forecast_pattern().search(fold_same_length(text)) is not None


@stored
def _forecast_complement_pattern() -> re.Pattern:
    """``forecast_complements`` of every language: the future of what a verb of forecast introduces."""
    return phrase_pattern(_gather(LANGS, "forecast_complements"))


@stored
def word_set(key: str) -> frozenset[str]:
    """The words of both languages under ``key`` of ``claims.yaml``, as a set."""
    return frozenset(words("claims", key))


def word_alternation(key: str) -> str:
    """The words of ``word_set(key)``, folded, as one literal alternation for a pattern on folded text (longest
    first: ``text.literal_trie``)."""
    return literal_trie({fold(w) for w in word_set(key)})


@stored
def subject_pronoun_pattern() -> re.Pattern:
    """A subject pronoun opening a clause, past an opening phrase ("It rose", « Par ailleurs, il … »): group 1."""
    return word_pattern("claims", r"^(?:(?:{pronoun_openers})[ ,]+)?({subject_pronouns})\b", re.I)


@stored
def reported_pronoun_pattern() -> re.Pattern:
    """A speech verb, then the subject pronoun of the clause it opens, standing for its speaker ("… announced it
    would award", « … a annoncé qu'elle verserait »): matched right after the speaker's name."""
    return word_pattern("claims", r"\s+(?:{attribution_verbs})\s+(?:(?:{complementizers})\s*)?(?:{subject_pronouns})(?!\w)",
                        re.I)
