"""The kind of a claim and the reasons it is not checkable: its polarity first (``negation``: a denial, or a
restriction such as "ne … que", "only"), then ``claim_kind`` — an attribution, a question, a prediction (not a modal
that is a month or a noun, "in May", "the will of"; not a rule that allows, nor a promise already made), a label,
an opinion (an evaluative word, a quoted view, an opinion frame, a fragment), or a checkable kind: quantity,
relation, event, cause, composition, comparison, ranking.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .. import numbers
from ..model import Claim
from ..resources import LANGS, word_pattern, words
from ..slots import comparison_sides
from ..text import fold
from ..units import lookup
from .clauses import Segment
from .figures import is_figure
from .lexicon import ClaimLexicon


@functools.lru_cache(maxsize=None)
def _bound_negation() -> re.Pattern:
    """ "ne dépasse pas X", "did not exceed X", "not more than X": a bound, not a denial."""
    return word_pattern("claims", r"(?<!\w)(?:" + _particles(r"\s+") + r")(?:{bound_verb_stems})\w*\s+(?:{bound_negators})(?!\w)|"
                        r"(?<!\w)(?:{negated_auxiliaries})\s*(?:{not_words})\s+(?:{exceed_verb_stems})\w*|"
                        r"(?<!\w)(?:{+bound_phrases})(?!\w)")


def _particles(after: str) -> str:
    """The French negation particles (« ne », « n' »), each followed by ``after`` unless elided."""
    return "|".join(re.escape(p) + ("" if p.endswith("'") else after) for p in words("claims", "negation_particles"))


@functools.lru_cache(maxsize=None)
def _ne_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"ne", then "ne … pas" close to the verb and "ne … aucun/rien/personne" after it, further away ("n'a donné
    lieu à aucun versement"), and "ne … que" (a restriction)."""
    return (re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in words("claims", "negation_particles")) + r")\s*"),
            word_pattern("claims", r"(?:\S+\s+){0,3}?({ne_near_negators})(?!\w)|(?:\S+\s+){0,6}?({ne_far_negators})(?!\w)"),
            word_pattern("claims", r"(?:\S+\s+){0,4}?({ne_only_words})"))


def negation(f: str, lex: ClaimLexicon, lang: str) -> tuple[bool, bool]:
    """(negated, only) of a folded clause. French "ne ... que" is a restriction, not a negation."""
    only = bool(lex.only.search(f))
    negated = False
    f = _bound_negation().sub(lambda m: " " * len(m.group(0)), f)   # "ne dépasse pas X" is a bound, not a denial
    ne, ne_negation, ne_que = _ne_patterns()
    for m in ne.finditer(f):
        window = f[m.end():m.end() + 40]
        if ne_negation.match(window):
            negated = True
        elif ne_que.match(window):
            only = True
    if lang != "fr":
        for m in lex.negation.finditer(f):
            word = m.group(0)
            if word in _set("negators_with_ne_only"):
                continue           # French negation words count only with "ne"
            before = f[max(0, m.start() - 2):m.start()]
            after = f[m.end():m.end() + 25]
            if word == "no" and word_pattern("claims", r"\s+(?:{+bound_after_no})").match(after):
                continue
            if before.endswith(", ") and re.match(r"[^,]{1,30},", after):
                continue           # contrastive apposition: "the bank, not the authority, ..."
            negated = True
    if lang == "fr":                   # without "ne", only at the head of the clause: "Aucun accord, …"
        head = word_pattern("claims", r"\s*({head_negators})(?!\w)").match(f)   # ("une personne", "le plus … jamais vu": no)
        negated = negated or bool(head)
    return negated and not _affirmed(f, lex), only


def _affirmed(f: str, lex: ClaimLexicon) -> bool:
    """A negated clause that affirms: "jamais … autant de X qu'en 2024", "never so many as" (a record), "did not
    stop X from seeking", « n'a pas empêché X de » (X did seek)."""
    return bool(lex.record_comparative.search(f) or _prevented().search(f))


def _has_proper_noun(text: str) -> bool:
    """A capitalised word inside the text, not after a full stop or an opening quote, and not a month
    ("April's rise" names no one)."""
    toks = text.split()
    return any(t[:1].isupper() and i > 0 and not toks[i - 1].endswith((".", ":", "«", '"'))
               and not _is_month_name(t) for i, t in enumerate(toks))


def _is_month_name(token: str) -> bool:
    word = fold(re.sub(r"['’]s$|[^\w'’-]+$", "", token))
    return any(word in numbers.month_names(lang) for lang in LANGS)


@functools.lru_cache(maxsize=None)
def _set(key: str) -> frozenset[str]:
    return frozenset(words("claims", key))


@functools.lru_cache(maxsize=None)
def _prevented() -> re.Pattern:
    """A negation followed closely by a verb of prevention ("did not stop", « n'ont pas empêché »)."""
    def alternation(key: str) -> str:
        return "|".join(sorted({re.escape(fold(w)) for w in words("claims", key)}, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternation("prevention_negators") + r")\s+(?:\w+\s+)?(?:"
                      + alternation("prevention_verbs") + r")(?!\w)")


@functools.lru_cache(maxsize=None)
def _claim_patterns() -> dict[str, re.Pattern]:
    return {
        # "under league rules, clubs may lose...": a modal that states a rule, not a forecast
        "rule": word_pattern("claims", r"(?<!\w)((?:{rule_word_stems})\w*|{rule_words})(?!\w)"),
        "first_person": word_pattern("claims", r"(?<!\w)({first_person})(?!\w)"),
        "could_not": word_pattern("claims", r"\s*({not_words})\b"),
        "wish": word_pattern("claims", r"\s*({wish_verbs})\b") if _set("wish_verbs") else re.compile(r"(?!)"),
        "target": word_pattern("claims", r"{target_markers}|(?:{target_prepositions}) 20\d\d"),
        "weak": word_pattern("claims", r"{weak_prediction_markers}|{target_markers}|(?:{target_prepositions}) 20\d\d"),
        "obligation": word_pattern("claims", r"(?<!\w)(?:{rule_futures})\s+(?:\w+\s+){0,2}?(?:{rule_obligation_verbs})\w*"),
        "categorical": word_pattern("claims", r"(?<!\w)({categorical_negators})(?!\w)"),
        "condition": word_pattern("claims", r"(?<!\w)({condition_words})(?!\w)"),
    }
_QUOTED = re.compile(r"^\s*[«“\"]")
_CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}
_WHOLE_QUOTE = re.compile(r"^\s*(?:«[^»]*»|“[^”]*”|\"[^\"]*\")[\s,.]*$")


def _is_noun(f: str, m: re.Match, lex: ClaimLexicon) -> bool:
    """A modal used as a noun: "the will of the voters", "a political will" (after a determiner or an
    adjective from ``noun_determiners``, or before "of")."""
    if m.group(0) not in lex.noun_homographs:
        return False
    before = re.findall(r"[\w'-]+", f[max(0, m.start() - 20):m.start()])
    return bool(before and before[-1] in lex.noun_determiners) or bool(word_pattern("claims", r"\s+(?:{noun_followers})\b").match(f[m.end():]))


def is_month(own: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """A modal that is written as a month: "in May", "3 May 2024", "May's figures" (not "May I")."""
    word = own[start:end]
    if word not in lex.month_homographs:
        return False
    after, before = own[end:end + 6], own[max(0, start - 6):start]
    nxt = re.match(r"\s*([^\W\d_]+)", own[end:end + 20])
    return start > 0 or bool(re.match(r"\s*(\d|')", after)) or bool(re.search(r"\d\s*$", before)) \
        or bool(nxt and fold(nxt.group(1)) in lex.finite_verbs)


def _in_relative_clause(f: str, pos: int, lex: ClaimLexicon) -> bool:
    """Whether the word at ``pos`` is inside a relative clause that qualifies a noun of a statement about what is
    ("the first year above the 1.5C level that the agreement aims to avoid"): its future or aim is not the
    statement's. A "that" after a speech verb ("officials added that … would") opens what was said instead."""
    head = f[:pos]
    rel = list(lex.object_relative.finditer(head))
    if not rel or "," in head[rel[-1].end():]:
        return False
    before = head[:rel[-1].start()].split()
    if len(before) < 3:
        return False                      # "Ce qui pourrait …": the clause is the statement
    speech = lex.attribution_verb.search(before[-1]) or lex.speech_participle.search(before[-1])
    # a determiner and the noun ("du seuil que"), or with a figure between ("the 1.5C level that")
    dets = lex.antecedent_determiners
    noun_phrase = fold(before[-2]) in dets or (any(ch.isdigit() for ch in before[-2]) and fold(before[-3]) in dets)
    return noun_phrase and not speech and not lex.prediction.search(" ".join(before))


def inside_quote(claim: Claim, own: str, parent: Optional[Claim], text: str, offset: int) -> bool:
    """Whether a clause is part of a speaker's quoted words: its parent clause opens a quote (at ``text[offset]``)
    that closes after the clause and is read as an opinion (« Une année comme celle-là, on n'en voit pas tous les
    dix ans », résume un distributeur), and the clause carries no figure of its own: it is the speaker's view too."""
    if parent is None or parent.checkable:
        return False
    m = re.match(r"\s*([«“\"])", text[offset:])
    close = text.find(_CLOSING_QUOTE[m.group(1)], offset + m.end()) if m else -1
    if close < 0 or claim.end - (parent.start - offset) > close + 1:
        return False
    return not any(is_figure(q, own[max(0, q.start - claim.start - 12):q.start - claim.start]) for q in claim.quantities)


def is_view(claims: list[Claim], f: str, lex: ClaimLexicon) -> bool:
    """Whether a statement gives someone's view: a verb of opinion (``view_verbs``: "argued that", « a estimé que »)
    with no figure anywhere in the statement (an estimate with one, "BPCE estime que 26 000 emplois …", is a claim)."""
    if not lex.view_verb.search(f):
        return False
    return not any(is_figure(q, "") for c in claims for q in c.quantities)


def claim_kind(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment) -> tuple[str, bool]:
    """(kind, checkable) of a claim: what its form says first (an attribution frame, a question, a label, a
    prediction), then an opinion, then a figure or a named transfer, then the kinds of a claim without them."""
    figures = [q for q in claim.quantities if is_figure(q, own[max(0, q.start - claim.start - 12):q.start - claim.start])]
    kind = _form_kind(claim, own, f, lex, seg, figures)
    if kind is not None:
        return kind
    if seg.role == "main" and _WHOLE_QUOTE.match(own) and not figures:
        return "opinion", False           # « … », se félicite le musée: the words of a speaker, with no figure
    if _is_opinion(claim, own, f, lex, figures):
        return "opinion", False
    if figures:
        return "quantity", True
    if claim.roles.giver or claim.roles.receiver:
        return "relation", True
    return _kind_without_figure(claim, own, f, lex, seg)


def _form_kind(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment, figures: list) -> Optional[tuple[str, bool]]:
    """An attribution frame, a question, a label (a short aside) or a prediction; None for anything else."""
    if seg.role == "attribution-frame":
        named = (claim.attributed_to or claim.commissioned_by or claim.authored_by) and not lex.vague.match(f.strip())
        return "attribution", bool(named)
    if lex.question.search(f) or own.rstrip().endswith("?"):
        return "question", False
    predicted = _predictions(own, f, lex)
    if seg.role in ("gloss", "relative") and not figures and len(f.split()) <= 3 and not claim.dates:
        return "label", False             # "(AREL)", ", its chair,": a name or an aside, not a claim
    if _is_prediction(claim, f, lex, predicted, figures):
        return "prediction", False
    return None


def _predictions(own: str, f: str, lex: ClaimLexicon) -> list[str]:
    """The prediction markers of a clause: modals and future markers that are no month ("in May") nor noun
    ("the will of"), "could" not in a past "could not", and French future and conditional forms."""
    pats = _claim_patterns()
    predicted = [m.group(0) for m in lex.prediction.finditer(f)
                 if not (m.group(0) == "could" and pats["could_not"].match(f[m.end():]))   # "could not be accounted for": past
                 and not pats["wish"].match(f[m.end():])                                   # "would like to": a wish
                 and not is_month(own, m.start(), m.end(), lex) and not _is_noun(f, m, lex)
                 and not _in_relative_clause(f, m.start(), lex)]
    predicted += [m.group(0) for m in lex.future_form.finditer(f)
                  if m.group(0) not in lex.future_exclusions] if lex.future_form else []
    return predicted


def _is_prediction(claim: Claim, f: str, lex: ClaimLexicon, predicted: list[str], figures: list) -> bool:
    """Whether the markers make a prediction: not a modal of a rule ("under league rules, clubs may lose"), not
    a promise already made nor a forecast reported or published (``_forecast_markers``), and not a plain "will"
    with a figure or a transfer ("the bank will repay the loan" is an announced plan or obligation); "pourrait",
    "by 2030" are."""
    pats = _claim_patterns()
    target = any(pats["target"].fullmatch(p) for p in predicted)
    weak = all(pats["weak"].fullmatch(p) or (p == "could" and not target)
               or (lex.future_tense and lex.future_tense.fullmatch(p)) for p in predicted)
    if predicted and pats["rule"].search(f):
        predicted = _rule_markers_dropped(f, predicted)
    predicted = _forecast_markers(claim, f, lex, predicted, figures)
    return bool(predicted) and not (weak and (figures or claim.roles.verb))


def _rule_markers_dropped(f: str, predicted: list[str]) -> list[str]:
    """The markers left in a statement about a rule once those that state what the rule allows or requires are set
    aside: a modal ("under the rules, clubs may lose"), a future of obligation ("a federal rule will require",
    « la loi imposera ») and the deadline it sets ("by 2029", « d'ici 2029 »)."""
    pats = _claim_patterns()
    verbs = _set("rule_obligation_verbs")
    obliges = pats["obligation"].search(f) or any(fold(p) in verbs for p in predicted)
    return [p for p in predicted if p not in _set("rule_modals") and fold(p) not in verbs
            and not (obliges and (p in _set("rule_futures") or pats["target"].fullmatch(p)))]


def _forecast_markers(claim: Claim, f: str, lex: ClaimLexicon, predicted: list[str], figures: list) -> list[str]:
    """The markers left once a promise made, a forecast reported by a named party and a forecast whose figures a
    named forecaster publishes are set aside: each of those is a fact about what was promised or forecast."""
    if predicted and all(fold(p) in lex.past_promises for p in predicted):
        return []                        # "X promised Russia his support in June": the promise is an event
    if predicted and _reported_by_named_party(claim.text, f, lex, predicted):
        return []                        # "the agency had forecast that exports would rise": a forecast made
    measures = [q for q in figures if (q.unit is not None or q.value is not None) and not _is_duration(q.unit)]
    if predicted and measures and _published_forecast(claim.text, f, lex, predicted):
        return []                        # "the World Bank expects aid to fall by 9 % in 2025": its figures, a fact
    return predicted


def _reported_by_named_party(own: str, f: str, lex: ClaimLexicon, predicted: list[str]) -> bool:
    """Only reported futures ("would"), in the complement of a past verb of speech or forecast (no comma between)
    whose subject is named (a name inside the sentence or an acronym: "ACME had forecast that …"), with no
    target date ("by 2030")."""
    if not all(lex.reported_conditional.fullmatch(fold(p)) for p in predicted) or _claim_patterns()["target"].search(f):
        return False
    first = lex.reported_conditional.search(f)
    verb = [m for m in lex.past_reporting.finditer(f[:first.start()])] if first else []
    if not verb or "," in f[verb[-1].end():first.start()]:
        return False                     # "told reporters on Monday, adding that …": the verb's complement has ended
    subject = own[:verb[-1].start()]
    return _has_proper_noun(subject) or any(len(t) > 1 and t.isupper() for t in subject.split())


def reported_in_frame(claim: Claim, frame: Claim, lex: ClaimLexicon) -> bool:
    """Whether a prediction is only what a named speaker said would happen, in the frame before it ("Prime Minister
    X announced that Britain would reduce its aid budget", « X a annoncé que … serait ») : only reported futures
    ("would"), a past verb of speech in the frame, no target date unless that verb announces a decision
    (``decision_verbs``): a fact about what was said or decided."""
    if claim.kind != "prediction" or not frame.checkable or frame.start > claim.start:
        return False
    f = fold(claim.focus)
    predicted = _predictions(claim.focus, f, lex)
    if not predicted or not all(lex.reported_conditional.fullmatch(fold(p)) for p in predicted):
        return False
    said = fold(frame.text)
    named = _has_proper_noun(frame.text) or any(len(t) > 1 and t.isupper() for t in frame.text.split())
    if not named or not lex.past_reporting.search(said):
        return False
    return not _claim_patterns()["target"].search(f) or bool(lex.decision_verb.search(said))


def _is_duration(unit: str) -> bool:
    u = lookup(unit)
    return u is not None and u.family == "duration"


def _published_forecast(own: str, f: str, lex: ClaimLexicon, predicted: list[str]) -> bool:
    """A forecast whose figures a named forecaster publishes ("the World Bank expects aid to fall by 9 % in 2025",
    « l'OIV table sur 231 millions d'hectolitres »; passive: "inflation is expected to average 2.4 %"): only verbs of
    forecast (``forecast_verbs``, no modal), with no target date ("by 2030") nor condition ("if …"), and a subject
    that names the forecaster (not "analysts", "most economists": ``vague_forecasters``)."""
    if not all(lex.forecast_verb.fullmatch(fold(p)) for p in predicted):
        return False
    pats = _claim_patterns()
    if pats["target"].search(f) or pats["condition"].search(f):
        return False
    first = lex.forecast_verb.search(f)
    if first is None:
        return False
    if lex.passive_forecast.fullmatch(first.group(0)):
        return True
    subject = own[:first.start()].strip(" ,")
    words_ = fold(subject).split()
    vague = any(w in lex.vague_words for w in words_)
    subject = re.sub(r"(?<=\w)['’](?=[A-ZÀ-Ý])", "' ", subject)      # « l'Insee », « d'EDF »: the name after the elision
    return not vague and (_has_proper_noun(subject) or any(len(t.strip("(),")) > 1 and t.strip("(),").isupper() for t in subject.split()))


def _is_opinion(claim: Claim, own: str, f: str, lex: ClaimLexicon, figures: list) -> bool:
    """An evaluative word with nothing that anchors the statement in facts, or a quoted view in the first person."""
    # what anchors a statement in facts must not depend on the source list (which entities it declares):
    # a figure, or a transfer between named parties ("X paid Y"), not roles that only a list's entities reveal;
    # a name alone does not ("l'économie de la Corée du Nord reste fragile" is a judgement)
    anchored = bool(figures) or bool(claim.roles.verb and _has_proper_noun(own))
    if lex.opinion.search(f) and not anchored:
        return True
    # « Les chiffres nous donnent raison » : a quoted view, not a fact
    return bool(_QUOTED.match(own) and _claim_patterns()["first_person"].search(f) and not figures)


def _kind_without_figure(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment) -> tuple[str, bool]:
    """A claim with no figure and no named transfer: a quoted view, an item, an event, a relation, a denial,
    an opinion, a fragment, or the kind its markers give; checkable by default, as an event."""
    if lex.opinion_frame.match(f):
        return "opinion", False           # "Pour l'opposition, …" / "For a sector anxious about its finances, …":
                                          # whose view it is, whatever is named or done in it
    kind = _quoted_item_or_event(claim, own, f, lex, seg) or _relation_or_denial(claim, own, f, lex)
    if kind is not None:
        return kind
    if _QUOTED.match(own):
        return "opinion", False           # a quoted view
    # checkable by default: a declarative statement about something concrete is a claim; its kind says how
    if _says_nothing_checkable(claim, own, f, lex):
        return "opinion", False
    for kind, marker in (("cause", lex.cause), ("composition", lex.composition), ("comparison", lex.comparison),
                         ("ranking", lex.ranking)):
        if marker.search(f):
            return kind, True
    if comparison_sides(own) is not None:
        return "comparison", True         # "claimed more lives than the Eaton fire": a word between
    return "event", True


def _says_nothing_checkable(claim: Claim, own: str, f: str, lex: ClaimLexicon) -> bool:
    """A fragment ("Asked about it"), or a judgement with nothing named, dated or denied ("the rebound was
    modest": a linking verb, then an evaluative adjective; "other tallies paint a grimmer picture", « ce recul
    tranche avec l'euphorie des années précédentes »: a word that only appraises, ``appraisal_words``)."""
    if len(f.split()) < 3 and not (claim.mentions or claim.dates):
        return True
    judged = lex.evaluative.search(f) or lex.appraisal.search(f)
    return bool(judged) and not (claim.mentions or claim.dates or claim.negated or _has_proper_noun(own))


def _quoted_item_or_event(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment) -> Optional[tuple[str, bool]]:
    if _QUOTED.match(own) and not claim.dates and seg.role == "main":
        return "opinion", False           # '"Every unvaccinated child is a door left open," said …': words quoted,
                                          # with no figure, date or transfer of their own
    if seg.role == "item":
        return "relation", True
    if claim.dates and (lex.event.search(f) or claim.mentions):
        return "event", True
    if lex.event.search(f) and (claim.mentions or _has_proper_noun(own)):
        return "event", True
    return None


def _relation_or_denial(claim: Claim, own: str, f: str, lex: ClaimLexicon) -> Optional[tuple[str, bool]]:
    if len({m.entity for m in claim.mentions}) >= 2 and set(claim.concepts) & {"treaty", "meeting", "signed"} \
            and not lex.opinion.search(f):
        return "relation", True           # "Moscou et Pyongyang poursuivent leurs accords militaires"
    if claim.negated and set(claim.concepts) & {"increase", "decrease"}:
        return "quantity", True           # "n'a pas augmenté", "did not decline": a change that can be checked
    if claim.negated and _claim_patterns()["categorical"].search(f) \
            and (claim.mentions or _has_proper_noun(own) or claim.dates):
        return "event", True              # a categorical denial about a named party is a factual claim
    return None
