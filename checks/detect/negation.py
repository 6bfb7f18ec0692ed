"""The polarity of a clause (``negation``): a denial ("did not", « ne … pas », « aucun » at the head of a French
clause), or a restriction (French « ne … que », "only"); a bound written with a negation ("ne dépasse pas X", "did
not exceed X") is neither, and a negated clause that affirms ("never so many as", "did not stop X from seeking") is
no denial. A negation of a restrictive relative clause (« des fermetures qui n'avaient pas eu lieu ») denies
nothing the sentence says, nor does English "not" right after a word that is no auxiliary ("places not meant for").
"""
from __future__ import annotations

import re
from typing import Optional

from ..recordnever import never_spans
from ..resources import compiled, word_pattern, words
from ..slots import slot_patterns
from ..terms import function_words
from ..text import fold, longest_first
from .lexicon import ClaimLexicon, word_set
from ..tablestore import stored

_P_DENIES = compiled(r"[^,]{1,30},")
_P_BELOW_RECORD = compiled(r"\d[^\s,;]*(?:\s+[^\W\d_]+){0,2}\s*$")
_P_BESIDE_MAIN_CLAUSE = compiled(r"[,;:(]")


@stored
def _bound_negation() -> re.Pattern:
    """ "ne dépasse pas X", "did not exceed X", "not more than X": a bound, not a denial."""
    return word_pattern("claims", r"(?<!\w)(?:" + _particles(r"\s+") + r")(?:{bound_verb_stems})\w*\s+(?:{bound_negators})(?!\w)|"
                        r"(?<!\w)(?:{negated_auxiliaries})\s*(?:{not_words})\s+(?:{exceed_verb_stems})\w*|"
                        r"(?<!\w)(?:{+bound_phrases})(?!\w)")


def _particles(after: str) -> str:
    """The French negation particles (« ne », « n' »), each followed by ``after`` unless elided."""
    return "|".join(re.escape(p) + ("" if p.endswith("'") else after) for p in words("claims", "negation_particles"))


@stored
def _ne_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"ne", then "ne … pas" close to the verb and "ne … aucun/rien/personne" after it, further away ("n'a donné
    lieu à aucun versement"), and "ne … que" (a restriction)."""
    # (« ne » is a word: not the start of « nettement plus », « neuf … pas »)
    return (compiled(r"(?<![\w])(?:" + _particles(r"\s+") + r")\s*"),
            word_pattern("claims", r"(?:\S+\s+){0,3}?({ne_near_negators})(?!\w)|(?:\S+\s+){0,6}?({ne_far_negators})(?!\w)"),
            word_pattern("claims", r"(?:\S+\s+){0,4}?({ne_only_words})"))


def _only_more(m: Optional[re.Match], window: str) -> bool:
    """« plus » as the negator right before « que »: « ne … plus que » is a restriction ("only"), not a denial."""
    return bool(m and m.group(1) and _restriction().match(window, m.end()))


@stored
def _restriction() -> re.Pattern:
    """« que », « qu' » right after a negator: « plus que » in « ne … plus que »."""
    return word_pattern("claims", r"\s+(?:{restriction_words})(?:(?<=')|(?!\w))")


def ne_denials(folded: str) -> list[re.Match]:
    """The French denials written with the particle (« ne … plus », « n'… guère », « n'a jamais »): the particle, then
    a negation word close after it."""
    ne, near, _ = _ne_patterns()
    return [m for m in ne.finditer(folded) if near.match(folded, m.end())]


@stored
def _subject_negator() -> re.Pattern:
    """A negation word as the subject of "ne", up to three words before it: « aucune annulation n'est venue »,
    « rien n'a changé »."""
    return word_pattern("claims", r"(?<!\w)(?:{subject_negators})(?:\s+\S+){0,3}\s*$")


def negation(f: str, lex: ClaimLexicon, lang: str) -> tuple[bool, bool]:
    """(negated, only) of a folded clause. French "ne ... que" is a restriction, not a negation."""
    only = bool(lex.only.search(f))
    negated = False
    f = _bound_negation().sub(lambda m: " " * len(m.group(0)), f)   # "ne dépasse pas X" is a bound, not a denial
    negated, restricted = _with_particle(f)
    negated = negated or verb_denial(f) is not None    # "without breaking the record", « sans battre le record »
    negated = negated or below_record(f) is not None   # "remained below its historic high", « resté sous son record »
    only = only or restricted
    if lang != "fr":
        negated = negated or any(_denies(f, m) for m in lex.negation.finditer(f))
    if lang == "fr":                   # without "ne", only at the head of the clause: "Aucun accord, …"
        head = word_pattern("claims", r"\s*({head_negators})(?!\w)").match(f)   # ("une personne", "le plus … jamais vu": no)
        negated = negated or bool(head) or _denying_determiner(f)
    return negated and not _affirmed(f, lex), only


def _denying_determiner(f: str) -> bool:
    """Whether a folded clause denies a noun by « sans » and a determiner (« sans aucun produit non récurrent », « sans
    la moindre hausse »: ``denying_determiners``; not « sans aucun doute »), outside a relative clause or incise beside
    the main one."""
    m = word_pattern("claims", r"(?<!\w)(?:{+denying_determiners})(?!\w)(?!\s+(?:{+denying_determiner_idioms})(?!\w))").search(f)
    return m is not None and not _beside_main_clause(f, m.start())


def _denies(f: str, m: re.Match) -> bool:
    """Whether a negation word (not French « ne ») found at ``m`` of a folded clause denies the clause."""
    word = m.group(0)
    if word in word_set("negators_with_ne_only") or _records_never(f, m.start()):
        return False           # French negation words count only with "ne"; "a level never reached before" is a record
    before = f[max(0, m.start() - 2):m.start()]
    after = f[m.end():m.end() + 25]
    if word == "no" and word_pattern("claims", r"\s+(?:{+bound_after_no})").match(after):
        return False
    if before.endswith(", ") and _P_DENIES.match(after):
        return False           # contrastive apposition: "the bank, not the authority, ..."
    # ("places not meant for", "costs which did not …": not the clause's denial)
    return not (_beside_main_clause(f, m.start())
                or word in word_set("auxiliary_negators") and not _after_auxiliary(f[:m.start()]))


@stored
def _verb_denial() -> re.Pattern:
    """A word that denies the verb form right after it, a filler or two between ("without breaking", « sans pour
    autant battre »): group 1, the denied verb."""
    return word_pattern("claims", r"(?<!\w)(?:{+verb_denial_words})\s+(?:(?:{+verb_denial_fillers})\s+){0,2}"
                                  r"((?!(?:{verb_denial_exceptions})(?!\w))[^\W\d_]+(?:{verb_denial_endings}))(?!\w)")


def verb_denial(folded: str) -> Optional[re.Match]:
    """The first verb a clause denies with "without" or « sans » (``verb_denial_words`` of ``claims.yaml``), or None;
    not a noun whose ending no infinitive has, « des tubes sans soudure », « sans frontière »
    (``verb_denial_noun_endings``; « sans conclure », ``verb_denial_verb_endings``, is a verb). Else the verb a verb
    of renouncing renounces, right after it ("walked away from buying", "refused to sell", « a renoncé à acquérir »:
    ``_renounced``): what did not happen."""
    return next((m for m in _verb_denial().finditer(folded) if not _noun_form(m.group(1))), None) \
        or next((m for rx in _renounced() for m in rx.finditer(folded)
                 if not _noun_form(m.group(1)) and m.group(1) not in function_words()), None)


@stored
def _renounced() -> tuple[re.Pattern, re.Pattern]:
    """A verb of renouncing and the verb form it renounces (``renounce_words``, a verb form with an ending of
    ``verb_denial_endings`` after it: "walked away from buying", « a renoncé à acquérir »; ``renounce_to_words``, an
    infinitive after it: "refused to sell"), group 1; never a noun ("walked away from a number of contracts": it left
    them, an event)."""
    return (word_pattern("claims", r"(?<!\w)(?:{+renounce_words})\s*((?!(?:{verb_denial_exceptions})(?!\w))"
                                   r"[^\W\d_]+(?:{verb_denial_endings}))(?!\w)"),
            word_pattern("claims", r"(?<!\w)(?:{+renounce_to_words})\s+([^\W\d_]+)(?!\w)"))


def _noun_form(word: str) -> bool:
    """Whether a word after "without", « sans », ends as only a noun does (« soudure », « frontière »)."""
    return word.endswith(tuple(words("claims", "verb_denial_noun_endings"))) \
        and not word.endswith(tuple(words("claims", "verb_denial_verb_endings")))


@stored
def _below_record() -> re.Pattern:
    """A level written as below a record, up to two words between ("remained below its historic high", « resté sous
    son record »): a denial of that record; not below a record low (a new low), nor below a record that writes its
    own figure or year ("below the all-time high of 41,730": another figure, the clause's is no record) or points
    back to one named before ("below that record"); group 1."""
    return word_pattern("claims", r"(?<!\w)(?:{+below_record_words})\s+(?!(?:{below_record_pointers})(?!\w))(?:[^\W\d_]+['\u2019]?\s*){0,2}?"
                                  r"({+below_record_nouns})(?!\w)(?!\s+(?:{below_record_lows})(?!\w))(?!\s+(?:[^\W\d_]+\s+){0,2}\d)")


def below_record(folded: str) -> Optional[re.Match]:
    """The first record a clause says a figure stays below (``below_record_words`` of ``claims.yaml``), or None."""
    m = _below_record().search(folded)
    # (a figure right before, "18 per cent below the peak", measures a gap to that record: no denial)
    return None if m is None or _P_BELOW_RECORD.search(folded[:m.start()]) else m


def _records_never(f: str, at: int) -> bool:
    """Whether the negation word at ``at`` of a folded clause says a record ("a level never reached before"), not a
    denial (``checks/recordnever.py``)."""
    return any(m.start() == at for m in never_spans(f, slot_patterns()["breaks"]))


def _with_particle(f: str) -> tuple[bool, bool]:
    """(denied, restricted) by the French particle « ne »: « ne … pas », « aucun … ne » deny; « ne … que »,
    « ne … plus que » restrict."""
    negated = only = False
    ne, ne_negation, ne_que = _ne_patterns()
    for m in ne.finditer(f):
        if _beside_main_clause(f, m.start()):
            continue               # « des fermetures qui n'avaient pas eu lieu »: the relative's denial
        window = f[m.end():m.end() + 40]
        if _only_more(ne_negation.match(window), window):
            only = True                # « ne … plus que » restricts (« n'augmentent plus que de 2 % »): no denial
        elif ne_negation.match(window) or _subject_negator().search(f[max(0, m.start() - 40):m.start()]):
            negated = True
        elif ne_que.match(window):
            only = True
    return negated, only


def _affirmed(f: str, lex: ClaimLexicon) -> bool:
    """A negated clause that affirms: "jamais … autant de X qu'en 2024", "never so many as" (a record), "did not
    stop X from seeking", « n'a pas empêché X de » (X did seek)."""
    return bool(lex.record_comparative.search(f) or _prevented().search(f) or _nonetheless().search(f))


@stored
def _nonetheless() -> re.Pattern:
    """A negation that says "nonetheless" (« n'en propose pas moins un dividende », « n'en reste pas moins »: it does
    propose, it does remain): an opener, a verb or two, then the closing words (``nonetheless_opens``, ``_ends``)."""
    return word_pattern("claims", r"(?<!\w)(?:{+nonetheless_opens})\s*(?:[^\W\d_]+\s+){1,2}(?:{+nonetheless_ends})(?!\w)")


@stored
def _prevented() -> re.Pattern:
    """A negation followed closely by a verb of prevention ("did not stop", « n'ont pas empêché »)."""
    def alternation(key: str) -> str:
        return "|".join(sorted({re.escape(fold(w)) for w in words("claims", key)}, key=longest_first))
    return compiled(r"(?<!\w)(?:" + alternation("prevention_negators") + r")\s+(?:\w+\s+)?(?:"
                    + alternation("prevention_verbs") + r")(?!\w)")


def _words_before(text: str, n: int) -> list[str]:
    return [w.strip(",;:()\"") for w in text.split()[-n:]]


def _after_auxiliary(before: str) -> bool:
    """Whether a negation that denies only a verb ("not") has one: an auxiliary or a modal among the three words
    before it (``denial_auxiliaries``: "did not", "has still not", "it's not"), a word that leaves the verb out
    right before it (``negation_ellipsis_openers``: "though not the first", "but not in April"), or nothing of its
    clause (it opens the sentence or follows a comma: "Not all …", "…, not the first"). After any other word it
    negates that word's phrase ("places not meant for", "the rise not to wholesale costs but to …")."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ",;:(":
        return True
    auxiliaries = {fold(w) for w in word_set("denial_auxiliaries")}
    last = _words_before(before, 3)
    return (any(w in auxiliaries or "'" + w.rpartition("'")[2] in auxiliaries for w in last)
            or bool(last) and last[-1] in {fold(w) for w in word_set("negation_ellipsis_openers")})


def _beside_main_clause(f: str, start: int) -> bool:
    """Whether the negation at ``start`` of a folded clause denies only a restrictive relative clause its pronoun
    opens right before it or before its auxiliary, two words at least between the last comma and the pronoun
    (« des fermetures qui n'avaient pas eu lieu », "the costs which did not rise": ``denial_relatives``): the
    relative names what the sentence speaks of. A relative after a comma ("…, which was not the first") and a
    relative clause read alone keep their denial."""
    head = f[:start]
    before = _words_before(head, 2)
    relatives = {fold(w) for w in word_set("denial_relatives")}
    for back, word in enumerate(reversed(before), start=1):
        if word in relatives:
            lead = _P_BESIDE_MAIN_CLAUSE.split(" ".join(head.split()[:-back]))[-1]
            return len(lead.split()) >= 2     # (« , ce qui n'était pas arrivé » speaks of the whole sentence)
    return False
