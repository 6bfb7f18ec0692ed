"""The kind of a claim and the reasons it is not checkable (``claim_kind``): an attribution, a question, a label, a
prediction (``forecasts``), an opinion (an evaluative word, a quoted view, an opinion frame, a fragment), or a
checkable kind: quantity, relation, event, cause, composition, comparison, ranking; and whether a clause is part of
a speaker's quoted words (``inside_quote``) or the statement gives someone's view (``is_view``). The polarity a kind
reads is ``negation``'s.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Claim
from ..numbers import find_months
from ..resources import compiled, word_pattern, words
from ..recordscope import record_scope
from ..orders import bounds_an_amount
from ..slots import comparison_sides, rank_span
from ..terms import concepts_in
from ..text import fold, fold_same_length
from .clauses import Segment
from .figures import is_figure
from .forecasts import has_proper_noun, is_prediction, names_speaker, predictions
from .attributed import named_after_vague
from .decided import done_in_clause_before
from .finedates import disclosure_on_calendar
from .lexicon import ClaimLexicon
from ..tablestore import stored

_P_INSIDE_QUOTE = compiled(r"\s*([«“\"])")


@stored
def _view_patterns() -> dict[str, re.Pattern]:
    return {
        "first_person": word_pattern("claims", r"(?<!\w)({first_person})(?!\w)"),
        "categorical": word_pattern("claims", r"(?<!\w)({categorical_negators})(?!\w)"),
        "parallel": word_pattern("claims", r"(?<!\w)(?:{parallel_markers})(?!\w)"),
        "named_period": word_pattern("claims", r"\s+(?:{period_nouns})\s+(?:{period_of})\s"),
        "measured_compound": word_pattern("claims", r"-(?:{measured_compound_tails})(?!\w)"),
        "obligation": word_pattern("claims", r"(?:{obligation_modals})"),
        "named_by": word_pattern("claims", r"(?<!\w)(?:{naming_participles})\s+(?:[\w'’-]+\s+){0,3}$"),
        "agent": word_pattern("claims", r"(?<!\w)(?:{agent_prepositions})\s+(?:[\w'’-]+\s+)?[A-ZÀ-Ý]"),
        "dated_passive": compiled(r"\s+(?:" + "|".join(fold_same_length(w) for w in words("claims", "passive_infinitives"))
                                  + r")\s+\w+(?:" + "|".join(words("claims", "participle_endings")) + r")\b"),
    }


_QUOTED = compiled(r"^\s*[«“\"]")
_CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}
_QUOTE_SPANS = compiled(r"«([^»]*)»|“([^”]*)”|\"([^\"]*)\"")
_WHOLE_QUOTE = compiled(r"^\s*(?:«[^»]*»|“[^”]*”|\"[^\"]*\")[\s,.]*$")

def inside_quote(claim: Claim, own: str, parent: Optional[Claim], text: str, offset: int) -> bool:
    """Whether a clause is part of a speaker's quoted words: its parent clause opens a quote (at ``text[offset]``)
    that closes after the clause and is read as an opinion (« Une année comme celle-là, on n'en voit pas tous les
    dix ans », résume un distributeur), and the clause carries no figure of its own: it is the speaker's view too."""
    if parent is None or parent.checkable:
        return False
    m = _P_INSIDE_QUOTE.match(text[offset:])
    close = text.find(_CLOSING_QUOTE[m.group(1)], offset + m.end()) if m else -1
    if close < 0 or claim.end - (parent.start - offset) > close + 1:
        return False
    return not any(is_figure(q, own[max(0, q.start - claim.start - 12):q.start - claim.start]) for q in claim.quantities)


def is_view(claims: list[Claim], f: str, lex: ClaimLexicon) -> bool:
    """Whether a statement gives someone's view: a verb of opinion (``view_verbs``: "argued that", « a estimé que »),
    of characterisation ("described the drop as", « y voit la preuve que », ``characterisation_verbs``) or a group with
    a side to take speaking ("critics say", ``interested_groups``), with no figure anywhere in the statement (an
    estimate with one, "BPCE estime que 26 000 emplois …", is a claim); a characterisation or a group's word dated to
    the month ("on 3 May, the minister called it a turning point") is a remark on the record, an event."""
    if any(is_figure(q, "") for c in claims for q in c.quantities):
        return False                      # (tested first: cheaper than the three searches of the statement)
    if lex.group_view.search(f):          # "critics say", « les syndicats estiment »: a side's view, whatever it says
        return not _dated_remark(claims) or bool(lex.view_verb.search(f))
    verb = lex.view_verb.search(f)
    if not verb:
        verb = lex.characterisation.search(f)
        if not verb or _dated_remark(claims):
            return False
    return not reports_rank_or_comparison(f, verb.end(), lex)


def _dated_remark(claims: list[Claim]) -> bool:
    """Whether a statement is dated to the month: a remark on the record, an event."""
    return any(d.month for c in claims for d in c.dates) or any(find_months(c.text) for c in claims)


def reports_rank_or_comparison(f: str, start: int, lex: ClaimLexicon) -> bool:
    """Whether what a speaker says or calls something, after the verb that ends at ``start``, is itself a rank, a
    record or a comparison, a fact a source records ("argued that demand had stayed stronger than a year before",
    "described the profit as a record", « y voit la plus forte hausse depuis 2015 », « a jugé la demande plus faible
    qu'en 2023 »): a fact reported, which does not stop being one because someone says it. Not the rank of what a
    speaker sees something in (« voit dans ce niveau record une alerte », ``seen_in_particles``): that is the fact the
    view is about."""
    if f[:start].split()[-1:] and f[:start].split()[-1] in words("claims", "seen_in_particles"):
        return False                      # « voit dans ce niveau record une alerte »: the record is what is seen
    said = f[start:]
    return rank_span(said) is not None or bool(lex.comparison.search(said)) or comparison_sides(said) is not None


def asks_without_figure(claims: list[Claim], f: str, lex: ClaimLexicon) -> bool:
    """Whether a statement with no figure asks a question without a question mark ("The next survey will show
    whether the decline has levelled off", « Les prochaines données diront si la tendance se confirme »): a
    question marker anywhere in it, whichever clause it falls in."""
    return not any(is_figure(q, "") for c in claims for q in c.quantities) and bool(lex.question.search(f))


def answers_before(claims: list[Claim], f: str, lex: ClaimLexicon) -> bool:
    """Whether a statement with no figure answers the question before it ("Not yet, judging by the first-quarter
    numbers.", « Pas encore, à en juger par les premiers relevés. »): an answer word, then a comma, opens it."""
    return bool(lex.answer.match(f)) and not any(is_figure(q, "") for c in claims for q in c.quantities)


def claim_kind(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment,
               article_year: Optional[int] = None) -> tuple[str, bool]:
    """(kind, checkable) of a claim: what its form says first (an attribution frame, a question, a label, a
    prediction), then an opinion, then a figure or a named transfer, then the kinds of a claim without them."""
    figures = [q for q in claim.quantities if is_figure(q, own[max(0, q.start - claim.start - 12):q.start - claim.start])]
    kind = _form_kind(claim, own, f, lex, seg, figures, article_year)
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


def _form_kind(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment, figures: list,
               article_year: Optional[int] = None) -> Optional[tuple[str, bool]]:
    """An attribution frame, a question, a label (a short aside) or a prediction; None for anything else."""
    if seg.role == "attribution-frame":
        named = (claim.attributed_to or claim.commissioned_by or claim.authored_by) \
            and (not lex.vague.match(f.strip()) or named_after_vague(own, f, lex))   # ("analysts at Goldman Sachs")
        return "attribution", bool(named)
    if lex.question.search(f) or own.rstrip().endswith("?"):
        return "question", False
    predicted = predictions(own, f, lex)
    if seg.role in ("gloss", "relative") and not figures and len(f.split()) <= 3 and not claim.dates:
        return "label", False             # "(AREL)", ", its chair,": a name or an aside, not a claim
    if is_prediction(claim, f, lex, predicted, figures, seg.speaker_before, article_year):
        return "prediction", False
    return None


def _is_opinion(claim: Claim, own: str, f: str, lex: ClaimLexicon, figures: list) -> bool:
    """An evaluative word with nothing that anchors the statement in facts, or a quoted view in the first person."""
    # what anchors a statement in facts must not depend on the source list (which entities it declares):
    # a figure, or a transfer between named parties ("X paid Y"), not roles that only a list's entities reveal;
    # a name alone does not ("l'économie de la Corée du Nord reste fragile" is a judgement)
    anchored = bool(figures) or bool(claim.roles.verb and has_proper_noun(own))
    if not anchored and _evaluates(claim, own, f, lex) and not _scheduled_passive(claim, f, lex):
        return True
    # « Les chiffres nous donnent raison » : a quoted view, not a fact; so is a quoted fragment in the first person
    # ("its new line had "beaten even our own hopes""), with no figure nor date in the clause
    if figures:
        return False
    if _QUOTED.match(own) and _view_patterns()["first_person"].search(f):
        return True
    return not claim.dates and any(_view_patterns()["first_person"].search(fold_same_length(m.group(0)))
                                   for m in _QUOTE_SPANS.finditer(own))


def _evaluates(claim: Claim, own: str, f: str, lex: ClaimLexicon) -> bool:
    """Whether an evaluative word stands in the text other than as the superlative of a record it dates ("the best year
    for sales the company has ever recorded", « la pire sécheresse jamais enregistrée », "the worst since 2015": a
    record a source can confirm or refute, not a judgement; "the best restaurant in town" stays one) or of a rank on
    the record (``_rank_on_record``) or as the name of a
    period of something (``period_nouns``: "during the worst years of the pandemic", « les pires mois de la crise »: when,
    not a judgement of what the clause states) or as the verb of opinion that reports a rank or a comparison (« a jugé
    que les ventes étaient restées plus élevées qu'en 2023 »: ``reports_rank_or_comparison``) or as a past participle
    that folding made one (« n'ont pas atteint le niveau espéré »: ``_participle_folded_into``) or in a clause
    coordinated after a perfect that states what was done (« La production a démarré en fin d'année, et l'usine doit
    atteindre … », "Production has started, and the plant must reach …": ``decided.done_in_clause_before``)."""
    span = rank_span(own) if lex.opinion.search(f) else None
    record = span if span is not None and (record_scope(own) is not None or _rank_on_record(claim, own, span)) else None
    period = _view_patterns()["named_period"]
    compound = _view_patterns()["measured_compound"]
    reported = [(v.start(), v.end()) for v in lex.view_verb.finditer(f) if reports_rank_or_comparison(f, v.end(), lex)]
    return any((record is None or not record[0] <= m.start() < record[1]) and not period.match(f, m.end())
               and not compound.match(f, m.end()) and not any(a <= m.start() < b for a, b in reported)
               and not _participle_folded_into(own, m) and not done_in_clause_before(claim, m.start())
               for m in lex.opinion.finditer(f))


def _rank_on_record(claim: Claim, own: str, span: tuple[int, int]) -> bool:
    """A rank a source records: one a named body awards, a participle of naming before it and an agent named after it
    ("was named the country's best network by Regulon", « a été élue meilleure banque du pays par Regulon »:
    ``naming_participles``, ``agent_prepositions``), or a rank among a named set in a dated period ("the best performer
    in the Velmor 100 during 2024", « la meilleure performance du Velmor 40 en 2024 »): what the set's figures rank."""
    start, end = span
    pats = _view_patterns()
    if pats["named_by"].search(own[:start].lower()) and pats["agent"].search(own[start:]):
        return True
    return any(d.year for d in claim.dates) and has_proper_noun("x " + own[start:end])


def _participle_folded_into(own: str, m: re.Match) -> bool:
    """A past participle that folding made an opinion marker (« le niveau espéré » read as « espère »:
    ``accented_participle_endings``): the level hoped for, a yardstick the clause measures against, not a view."""
    word = own[m.start():m.end()].lower()
    return word.endswith(tuple(words("claims", "accented_participle_endings"))) \
        and word not in words("claims", "opinion_markers")


def _scheduled_passive(claim: Claim, f: str, lex: ClaimLexicon) -> bool:
    """Whether the only evaluative words are modals of obligation before a passive, in a dated clause ("his successor
    must be appointed in the first half of 2025", « doit être nommé au premier semestre 2025 »): a plan on the
    calendar, which a source can confirm, not what the article thinks should happen."""
    pats = _view_patterns()
    found = list(lex.opinion.finditer(f))
    return bool(claim.dates) and bool(found) and all(pats["obligation"].fullmatch(m.group(0))
                                                     and pats["dated_passive"].match(f[m.end():]) for m in found)


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
        if kind == "comparison":      # (not the bound of an amount: "the first time in more than a decade")
            if any(not bounds_an_amount(f, m.start(), m.end()) for m in marker.finditer(f)):
                return kind, True
        elif marker.search(_periods_halved(f) if kind == "composition" else _unscheduled(f) if kind == "cause" else f):
            return kind, True
    if comparison_sides(own) is not None:
        return "comparison", True         # "claimed more lives than the Eaton fire": a word between
    return "event", True


def _periods_halved(f: str) -> str:
    """A folded text without the halves that name a period, "the second half of 2024", "the first half of the year"
    (``lone_fraction_blockers`` before ``lone_fractions`` of ``numbers.yaml``): a date, not "half of" a whole."""
    return word_pattern("numbers", r"(?<!\w)(?:{lone_fraction_blockers})\s+(?:{lone_fractions})(?!\w)").sub(" ", f)


def _unscheduled(f: str) -> str:
    """A folded text without an arrangement's passive, "the dividend is due to be paid on 3 July"
    (``arrangement_markers`` then ``arrangement_passives`` of ``claims.yaml``): a date set, not a cause ("due to")."""
    return word_pattern("claims", r"(?<!\w)(?:{arrangement_markers})\s+(?:{arrangement_passives})(?!\w)").sub(" ", f)


def names_nothing(claim: Claim, lex: ClaimLexicon) -> bool:
    """A clause that names nothing a source could record ("Shoppers welcomed the news.", « Derrière ces
    chiffres, ce sont des vies entières qui changent »): no figure, date, month, party, name, denial, event
    word nor any notion of the concept list (a change, a payment, a count), nor a word that carries the fact before
    over to a new subject ("Imports also fell", « Le nombre de visiteurs s'est lui aussi replié »), nor a thing moved
    to a place in the past ("Mud poured across the square": ``lex.motion``), nor a cause a party gives ("Growers
    attribute the drop to a wet spring", « Les éleveurs expliquent ce recul par la sécheresse »: ``lex.cause_given``)."""
    own = claim.focus or claim.text
    if _view_patterns()["parallel"].search(fold_same_length(own)):
        return False
    notion = claim.concepts and claim.role != "attribution-frame"      # "Payroll data told": whose words, not a fact
    if claim.role == "attribution-frame" and names_speaker(own, lex):
        return False                      # "Officials said the bridge had reopened": a speaker on the record
    return not (claim.quantities or claim.dates or claim.mentions or claim.negated or notion
                or claim.roles.verb or has_proper_noun(own) or find_months(own)
                or lex.event.search(fold_same_length(own)) or _moved_scheduled_or_caused(own, lex))


def _moved_scheduled_or_caused(own: str, lex: ClaimLexicon) -> bool:
    """A thing moved to a place in the past ("Mud poured across the square": ``lex.motion``), a disclosure set to a
    month or a season ("The plan will be presented in the autumn", « Le plan sera présenté à l'automne ») or a cause a
    party gives (``lex.cause_given``)."""
    f = fold_same_length(own)
    return bool(lex.motion.search(f) or lex.cause_given.search(f)) \
        or disclosure_on_calendar(own, fold(own))


def _says_nothing_checkable(claim: Claim, own: str, f: str, lex: ClaimLexicon) -> bool:
    """A fragment ("Asked about it"), a clause on the article's own account or on what did not happen (``framing``:
    "The answer matters for every airline", « Reste la question des prix », "Dornovia was the weak spot of the year";
    ``counterfactual``: « le bilan aurait pu être bien plus lourd »), whatever it names or dates, or a judgement with
    nothing named, dated or denied ("the rebound was modest": a linking verb, then an evaluative adjective; "other
    tallies paint a grimmer picture", « ce recul tranche avec l'euphorie des années précédentes »: a word that only
    appraises, ``appraisal_words``) — not a cause a party gives to what it appraises ("The group attributes its
    improving margin to lower costs": ``lex.cause_given``), which a source records."""
    if len(f.split()) < 3 and not (claim.mentions or claim.dates):
        return True
    if _own_account(claim, f, lex):
        return True                       # "The answer matters …", « Reste la question … », "could have been
                                          # far worse": the article's own account, or what did not happen
    judged = next((m for m in lex.evaluative.finditer(f) if not _intensifies_change(f, m.end())), None) \
        or lex.appraisal.search(f) or lex.denial_judgement.search(f)
    negated = claim.negated and not lex.denial_judgement.search(f)   # "is no mystery": the judgement's own negation
    dated_remark = bool(find_months(own)) and has_proper_noun(own)   # « En février, le ministre X s'était félicité … »
    return bool(judged) and not (claim.dates or dated_remark or negated or lex.cause_given.search(f)
                                 or _names_in_predicate(claim, own, judged.start()))


def _own_account(claim: Claim, f: str, lex: ClaimLexicon) -> bool:
    """A framing noun of the article's own account (``framing``), in a clause not dated to a month (the subject of what
    happened then, "the tariff question was resolved in March 2024", is an event), or a past that did not happen."""
    return bool(lex.framing.search(f)) and not any(d.month for d in claim.dates) or bool(lex.counterfactual.search(f))


def _intensifies_change(f: str, end: int) -> bool:
    """Whether the evaluative adjective ending at ``end`` qualifies the change noun right after it (« est en nette
    hausse », "is in sharp decline"): how much something moved, which a source records, not a judgement of it."""
    nxt = f[end:end + 40].split(None, 1)
    return bool(nxt) and bool({"increase", "decrease"} & set(concepts_in(nxt[0])))


def _names_in_predicate(claim: Claim, own: str, judged: int) -> bool:
    """Whether a name stands in what a judgement says of its subject, at or after the judging words ("was the weak
    spot in Dalia"), not only in the subject it judges ("Velmor Cloud remained the group's cash cow", « Velmor
    Services continue de péricliter »): a subject named and judged in vague words states nothing a source records."""
    start = own.rfind(" ", 0, judged) + 1 if judged > 0 else 0
    if any(m.end - claim.start > start for m in claim.mentions):
        return True
    return has_proper_noun(own) and has_proper_noun("x " + own[start:])


def _quoted_item_or_event(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment) -> Optional[tuple[str, bool]]:
    if _QUOTED.match(own) and not claim.dates and seg.role == "main":
        return "opinion", False           # '"Every unvaccinated child is a door left open," said …': words quoted,
                                          # with no figure, date or transfer of their own
    if seg.role == "item":
        return "relation", True
    if claim.dates and (lex.event.search(f) or claim.mentions):
        return "event", True
    if lex.event.search(f) and (claim.mentions or has_proper_noun(own)):
        return "event", True
    return None


def _relation_or_denial(claim: Claim, own: str, f: str, lex: ClaimLexicon) -> Optional[tuple[str, bool]]:
    if len({m.entity for m in claim.mentions}) >= 2 and set(claim.concepts) & {"treaty", "meeting", "signed"} \
            and not lex.opinion.search(f):
        return "relation", True           # "Moscou et Pyongyang poursuivent leurs accords militaires"
    if claim.negated and set(claim.concepts) & {"increase", "decrease"}:
        return "quantity", True           # "n'a pas augmenté", "did not decline": a change that can be checked
    if claim.negated and _view_patterns()["categorical"].search(f) \
            and (claim.mentions or has_proper_noun(own) or claim.dates):
        return "event", True              # a categorical denial about a named party is a factual claim
    return None
