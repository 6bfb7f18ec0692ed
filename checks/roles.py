"""Who gives and who receives: roles for transfer-like verbs and nouns, both voices, French and English.

"X fournit des armes à Y", "X paid Y", "Y a reçu ... de X", "la compensation versée par X",
"Y was paid by X", "compensation from X to Y", "son soutien à Y". Giver maps to a fact's ``subject``,
receiver to its ``object``.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Optional

from .model import Mention, Roles
from .resources import shared_data
from .roletokens import HELD_BY, Tok, Trigger, after_comma, lex, parties_around, tokens, word_parts, word_set
from .stakes import may_stake, stake_roles
from .terms import LANGS, concept_index, stem, verb_languages, verb_table
from .text import words
from .tablestore import stored


@stored
def spec_concepts(key: str, value) -> frozenset[str]:
    """The directional concepts whose spec in ``data/concepts.yaml`` sets ``key`` to ``value``."""
    return frozenset(cid for cid, spec in shared_data("concepts").get("concepts", {}).items()
                     if spec.get("direction") and spec.get(key) == value)


def givers_after() -> frozenset[str]:
    """The concepts whose giver is the party after the verb, not its subject: who pays what a verb of cost costs
    ("cost the state N", « coûter N à l'État »)."""
    return spec_concepts("giver", "after")


def sold_nouns() -> frozenset[str]:
    """The concepts of the nouns of selling (``complement: thing``, giving): "the disposal of Y to Z", « la cession à
    Z de Y » — their reading names the seller, whatever a list declares."""
    return frozenset(c for c in spec_concepts("complement", "thing") if _directions().get(c) == "give")


def takers_over() -> frozenset[str]:
    """The concepts whose subject takes the place of the party after the verb, who hands over to it: "X replaces Y",
    « X succède à Y » (``giver: object``)."""
    return spec_concepts("giver", "object")


@functools.lru_cache(maxsize=None)
def directions() -> dict[str, str]:
    """concept id -> the direction of its transfer ("give", "receive"), for the concepts that have one."""
    return _directions()


@stored
def _directions() -> dict[str, str]:
    return {cid: spec["direction"] for cid, spec in shared_data("concepts").get("concepts", {}).items()
            if spec.get("direction")}


# complexity: one pass over the tokens: a verb form ends it at once, a transfer noun is kept as the fallback; the
# tests on the word before a form (a determiner, "to") belong to that pass
def _find_trigger(toks: list[Tok], lang: Optional[str] = None, named: frozenset[int] = frozenset()) -> Optional[Trigger]:
    """The clause's transfer verb or noun; none among the tokens ``named`` writes, a party's name (« Crédit
    Agricole », "Credit Suisse": no loan)."""
    table = verb_table()
    dirs = _directions()
    noun: Optional[Trigger] = None
    later: Optional[Trigger] = None        # the first infinitive, read when the clause has no other trigger
    for i, t in enumerate(toks):
        if i in named:
            continue
        hit = table.get(t.word)
        if i and _infinitive(hit, lang) and any(_modal(toks[k].word) for k in _just_before(toks, i, named)):
            return Trigger(i, hit[0], dirs[hit[0]], "finite")     # « devait coûter », « doit par ailleurs verser »
        if hit and not _verb_of(t.word, lang):
            continue                       # « pays de transit »: the English verb "pays", no word of a French clause
        if hit and hit[1].lang == "en" and t.word == hit[1].lemma and i and toks[i - 1].word in _noun_markers():
            hit = None                     # "a grant of", "the supply": a noun, not the verb
        if hit and i + 1 < len(toks) and toks[i + 1].word in word_set("plural_noun_followers"):
            hit = None                     # "once deal costs are deducted", "the funds were": a plural noun
        if (hit or _transfer_noun(t.word)) and any(_infinitive(table.get(toks[j].word), lang)
                                                   for j in _just_after(toks, i, named)):
            continue                       # a modal: the infinitive after it is the verb
        if hit:
            cid, vf = hit
            if vf.form == "gerund" and vf.lang == "en" and i and toks[i - 1].word in lex().passive_aux:
                return Trigger(i, cid, dirs[cid], "finite")       # "is buying", "was selling": a progressive
            if vf.form in ("infinitive", "gerund"):
                if vf.lang == "en" and vf.form == "infinitive" and not (i and toks[i - 1].word == "to" and
                                                                        cid not in givers_after()):
                    return Trigger(i, cid, dirs[cid], "finite")   # ("expected to cost X": X pays, whoever expects)
                if vf.form == "infinitive" and later is None:
                    later = Trigger(i, cid, dirs[cid], "infinitive")
                continue
            if i and toks[i - 1].word == "to" and vf.lang == "en":
                later = later or Trigger(i, cid, dirs[cid], "infinitive")
                continue
            return Trigger(i, cid, dirs[cid], vf.form)
        if noun is None or noun.form == "opening":
            cid = _transfer_noun(t.word)
            if cid is not None and noun is None:
                # (a noun closing an opening phrase, « Côté acquisitions, X a racheté », "On disposals, X sold": the
                # clause's only when it has no other)
                noun = Trigger(i, cid, dirs[cid], "opening" if _opens(toks, i, named) else "noun")
            elif cid is not None:
                noun = Trigger(i, cid, dirs[cid], "noun")
    if noun is not None and noun.form == "opening":
        noun = Trigger(noun.index, noun.concept, noun.direction, "noun")
    return noun or later        # (« a accepté de racheter à Y », "agreed to sell to Y": the infinitive, when no other)


AS_MODAL = 3     # how far a modal and its infinitive may stand apart (« doit par ailleurs verser »)


def _just_after(toks: list[Tok], i: int, named: frozenset[int]) -> range:
    """The tokens a few words after token ``i`` up to the first party (« doit par ailleurs fournir »)."""
    end = min(len(toks), i + 1 + AS_MODAL)
    return range(i + 1, next((k for k in range(i + 1, end) if _stops(toks, k, named)), end))


def _just_before(toks: list[Tok], i: int, named: frozenset[int]) -> range:
    """The tokens a few words before token ``i`` back to the last party."""
    start = max(0, i - AS_MODAL)
    return range(next((k + 1 for k in range(i - 1, start - 1, -1) if _stops(toks, k, named)), start), i)


def _stops(toks: list[Tok], k: int, named: frozenset[int]) -> bool:
    """Whether token ``k`` parts a modal from an infinitive: a party, or a preposition of purpose or of the receiver
    (« une offre pour racheter »: the noun's purpose, no modal)."""
    return k in named or toks[k].word in lex().to


def _opens(toks: list[Tok], i: int, named: frozenset[int]) -> bool:
    """Whether token ``i`` ends a phrase that opens the clause: a comma right after it, no party before it."""
    return i + 1 < len(toks) and toks[i + 1].start - toks[i].end > 1 and not any(k < i for k in named)


def _infinitive(hit, lang: Optional[str]) -> bool:
    """Whether a verb table entry is the French infinitive of a transfer verb (an English one follows "to")."""
    return bool(hit) and hit[1].form == "infinitive" and hit[1].lang == "fr" and lang in ("fr", None)


def _modal(word: str) -> bool:
    """Whether a word before an infinitive is a verb of the table or a noun of a transfer (« devait »), read as a modal."""
    return word in verb_table() or _transfer_noun(word) is not None


def _verb_of(word: str, lang: Optional[str]) -> bool:
    """Whether a verb form is one of the clause's language (any language's when it is not known or has no verbs)."""
    return lang not in LANGS or lang in verb_languages().get(word, ())


@functools.lru_cache(maxsize=65536)
def _may_have_role(w: str) -> bool:
    """Whether a word (as ``_tokens`` cuts it) is a form of a transfer verb or a transfer noun, or may open a stake
    (``may_stake``): a clause without one has no ``_find_trigger`` (one look-up per word of a clause)."""
    parts, table = word_parts(w), verb_table()
    return any(p in table or _transfer_noun(p) is not None for p in (parts if len(parts) == 1 or parts[1] else parts[:1])) \
        or may_stake(w)


@stored
def _noun_markers() -> frozenset[str]:
    return word_set("role_determiners") | word_set("verb_noun_markers")


@functools.lru_cache(maxsize=65536)
def _transfer_noun(word: str) -> Optional[str]:
    """The first concept with a direction of a folded word's stem, if any (per word, as ``stem``); a form a concept
    reads only as written (``singular_forms``: "sale", not "sales") is that concept's."""
    dirs = _directions()
    index, _ = concept_index()
    return _singular_forms().get(word) or next((cid for cid in index.get((stem(word),), ()) if cid in dirs), None)


@stored
def _singular_forms() -> dict[str, str]:
    """The forms of ``singular_forms`` in ``data/concepts.yaml``, folded, each to its concept."""
    from .text import fold
    return {fold(str(w)): cid for cid, spec in shared_data("concepts").get("concepts", {}).items()
            for w in spec.get("singular_forms") or []}


def _is_passive(toks: list[Tok], trig: Trigger) -> bool:
    if trig.form not in ("participle", "past"):
        return False
    j = trig.index - 1
    while j >= 0 and toks[j].word in word_set("role_skippable_words"):
        j -= 1
    if j >= 0 and toks[j].word in word_set("have_auxiliaries"):
        return False
    if j >= 0 and toks[j].word in lex().passive_aux:
        return True
    # reduced relative: "la compensation versee par X", "the sum paid by X"; not "Russia paid ...",
    # nor "verse par ailleurs", "paid by the hour"
    window = toks[trig.index + 1: trig.index + 6]
    return any(t.word in lex().agent and not (k + 1 < len(window) and window[k + 1].word in word_set("not_agent_followers"))
               for k, t in enumerate(window))


# verbs whose passive subject is the receiver ("X was paid by Y"); for the others it is the thing moved
_PERSON_OBJECT = {"pay", "payment", "finance", "support"}


# complexity: the roles read in steps (trigger, infinitive, taking over, opening clause, stake), one condition each
def find_roles(text: str, mentions: list[Mention], offset: int = 0, subject_hint: Optional[str] = None,
               lang: Optional[str] = None, possessor_hint: Optional[str] = None) -> Roles:
    """Roles of the first transfer-like verb (or noun) of a clause of language ``lang`` (a verb form of another
    language is no verb there). ``mentions`` carry absolute offsets; ``subject_hint`` is the party a relative
    clause's pronoun stands for, ``possessor_hint`` the one its possessive does (``checks/detect/clauses.py``)."""
    if not any(map(_may_have_role, [w for w, _, _ in words(text)])):
        return Roles()                    # most clauses: no word of a transfer, no tokens to make
    toks = tokens(text)
    spans = [(m.start - offset, m.end - offset) for m in mentions]
    named = frozenset(i for i, t in enumerate(toks) if any(a <= t.start < b for a, b in spans))
    trig = _find_trigger(toks, lang, named)
    roles = _transfer_roles(toks, trig, mentions, offset, subject_hint) if trig is not None else Roles()
    if trig is not None and trig.form == "infinitive" and not (roles.giver and roles.receiver) \
            and not _controlled(toks, trig, named):
        roles = Roles()                   # an infinitive read alone only with both its parties ("expects turnout to pass 60 %")
    main = _main_clause(text, toks, trig, roles, named, lang)     # a noun of no party in an opening clause
    roles = roles if main is None else _transfer_roles(toks, main, mentions, offset, subject_hint)
    if trig is not None and trig.concept in takers_over() and not (roles.giver and roles.receiver):
        roles = Roles()                   # a verb of taking another's place, read with both its parties only
    stake = stake_roles(text, toks, mentions, offset, lang, (subject_hint, possessor_hint))
    if stake is not None and not _stake_moved(trig, roles, stake):
        return stake                      # "X took a stake in Y", not "X sold its stake in Y to Z"
    return roles


def _main_clause(text: str, toks: list[Tok], trig: Optional[Trigger], roles: Roles, named: frozenset[int], lang):
    """After a noun trigger of no party, the transfer verb of the clause after the next comma (finite, or an
    infinitive its subject does): "Once payments are made, X expects to receive …"; else None."""
    if trig is None or trig.form != "noun" or roles.giver or roles.receiver:
        return None
    k = after_comma(text, toks, trig.index)
    main = _find_trigger(toks[k:], lang, frozenset(i - k for i in named if i >= k)) if k else None
    main = replace(main, index=main.index + k) if main is not None else None
    return main if main is not None and (main.form != "infinitive" or _controlled(toks, main, named)) else None


def _controlled(toks: list[Tok], trig: Trigger, named: frozenset[int]) -> bool:
    """Whether an infinitive follows a verb whose subject does what it says, no party between them (« X a accepté en
    mai de racheter Y », "X agreed in May to buy Y": X buys; not "X expects turnout to pass 60 %")."""
    control, direct = word_set("role_control_verbs"), word_set("role_control_verbs_direct")
    at = next((k for k in range(trig.index - 1, max(-1, trig.index - 6), -1) if toks[k].word in control), None)
    if at is None:       # "X expects to receive Y": X receives; "X expects turnout to pass 60 %" has a word between
        at = next((k for k in (trig.index - 2, trig.index - 1) if k >= 0 and toks[k].word in direct
                   and all(toks[j].word in word_set("role_infinitive_marks") for j in range(k + 1, trig.index))), None)
    return at is not None and not any(at < k < trig.index for k in named)


def _stake_moved(trig: Optional[Trigger], roles: Roles, stake: Roles) -> bool:
    """Whether a stake is the thing a transfer verb moves between two other parties: "X sold its stake in Y to Z",
    « X rachète à Z une participation dans Y », "X bought from Z a stake in Y" — the buyer and the seller are
    the roles, not the holder and the company held."""
    if trig is None:
        return False
    if trig.direction == "give" and roles.receiver not in (None, stake.giver):
        return True
    return bool(roles.giver and roles.receiver) and stake.giver not in (roles.giver, roles.receiver)


def _transfer_roles(toks: list[Tok], trig: Trigger, mentions: list[Mention], offset: int,
                    subject_hint: Optional[str]) -> Roles:
    """Giver and receiver around a transfer verb or noun (``find_roles``)."""
    left, right, right_at = parties_around(toks, trig, mentions, offset)
    subject, light = _subject(toks, trig, left, subject_hint)
    bought = trig.form == "noun" and trig.concept in spec_concepts("complement", "thing")
    if bought:
        right, right_at = _bought_thing_off(right, right_at, trig.direction == "give", _complements(toks, trig, right_at))
    ends = _ends(trig, right, right_at)
    if trig.concept in givers_after():
        giver, receiver = ends[3] or ends[0], None     # "cost the state N", « coûter N à l'État »: who pays
    elif trig.form == "noun":
        owner = _first_subject(left) if _owned(toks, trig) else None
        giver, receiver = _noun_roles(trig, ends, subject, owner or subject_hint, light)
    elif _is_passive(toks, trig):
        giver, receiver = _passive_roles(trig, ends, subject, toks[trig.index].word)
    else:
        giver, receiver = _active_roles(trig, ends, subject, right)
    if giver == receiver:
        receiver = None
    if bought and not (giver or receiver):
        return Roles()                    # "the purchase of Y could close in 2025": the thing bought, no side named
    return Roles(giver=giver, receiver=receiver, verb=trig.concept)


def _complements(toks: list[Tok], trig: Trigger, right_at: list[int]) -> int:
    """How many prepositions of both roles ("of", « de ») stand between a noun and the first party after it (more than
    one: that party owns the thing the noun's own complement names, « le rachat de l'activité X de Y »: Y sells)."""
    both = lex().to & lex().frm
    return sum(t.word in both for t in toks[trig.index + 1:right_at[0]]) if right_at else 0


def _bought_thing_off(right: list[tuple[str, str]], right_at: list[int], sold: bool = False,
                      complements: int = 1) -> tuple[list, list]:
    """The parties after a noun of receiving without the thing received, its noun's complement written first with
    a preposition of both roles ("of", « de »): "its acquisition of the Y brand from Z", « le rachat de la marque Y
    à Z » — Z is the one it comes from, Y no party of the transfer ("the purchase of Y": the seller unsaid); after
    a noun of selling (``sold``), that complement wherever it stands: « la cession à Z de Y », "the sale to Z of Y"."""
    lx = lex()
    if sold:
        kept = [(p, at) for p, at in zip(right, right_at) if p[0] not in lx.to & lx.frm]
        return [p for p, _ in kept], [at for _, at in kept]
    if right and right[0][0] in lx.to & lx.frm and complements <= 1:
        return right[1:], right_at[1:]
    return right, right_at


def _subject(toks: list[Tok], trig: Trigger, left: list[tuple[str, str]],
             subject_hint: Optional[str]) -> tuple[Optional[str], bool]:
    """The subject (the last party before the trigger without a preposition of another role, else the hint),
    and whether a light verb carries the transfer noun."""
    lx = lex()
    subject = next((e for p, e in reversed(left) if p not in lx.to | lx.agent | lx.frm | word_set("non_subject_prepositions")), None)
    if subject is None and subject_hint and trig.form != "noun":
        subject = subject_hint
    # verbs that carry a transfer noun: "made a payment to", "a effectué un versement à"
    light = trig.form == "noun" and any(t.word in word_set("light_verbs") for t in toks[max(0, trig.index - 4):trig.index])
    if light and subject is None:
        subject = subject_hint
    return subject, light


def _owned(toks: list[Tok], trig: Trigger) -> bool:
    """Whether a transfer noun is the subject's own: a possessive determiner before it (« son soutien à Y », "its
    support for Y") or opening its complement (« du soutien de son pays à la Russie », "the support of its army")."""
    own = word_set("possessive_determiners")
    after = toks[trig.index + 1:trig.index + 5]
    return bool(trig.index and toks[trig.index - 1].word in own) or any(
        t.word in lex().frm and k + 1 < len(after) and after[k + 1].word in own for k, t in enumerate(after))


def _first_subject(left: list[tuple[str, str]]) -> Optional[str]:
    """The first party of the clause before the trigger with no preposition: the sentence's subject a possessive
    points back to (« Kim a assuré Choïgou du soutien de son pays »: Kim, not Choïgou)."""
    lx = lex()
    return next((e for p, e in left if p not in lx.to | lx.agent | lx.frm | word_set("non_subject_prepositions")), None)


def _ends(trig: Trigger, right: list[tuple[str, str]], right_at: list[int]) -> tuple[Optional[str], ...]:
    """(to, from, by, direct object, source): the parties after the trigger by their preposition (the source:
    the one a buyer buys from, « racheter à Y »)."""
    lx = lex()
    to_e = next((e for p, e in right if p in lx.to), None)
    from_e = next((e for p, e in right if p in lx.frm or p == HELD_BY), None)
    by_e = next((e for p, e in right if p in lx.agent), None)
    # a direct object follows the verb closely ("paid North Korea", "owes its owner"), not "through his company X"
    direct = right[0][1] if right and right[0][0] not in lx.to | lx.frm | lx.agent and right_at[0] - trig.index <= 3 \
        else None
    source = next((e for p, e in right if p in word_set("receive_source_prepositions")), None)
    return to_e, from_e, by_e, direct, source


def _noun_roles(trig: Trigger, ends: tuple, subject: Optional[str], subject_hint: Optional[str],
                light: bool) -> tuple[Optional[str], Optional[str]]:
    to_e, from_e, by_e, _, _ = ends
    if trig.concept in sold_nouns():
        return by_e or subject_hint or subject, to_e    # « X a finalisé la cession à Z de Y »: X sells
    if trig.direction == "receive":
        return _receiving_roles(ends, subject, subject_hint)
    return by_e or from_e or (subject if light else subject_hint), to_e   # "Halberd made a payment of $210m to X"


def _receiving_roles(ends: tuple, subject: Optional[str], subject_hint: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A noun of receiving's giver and receiver: « X a finalisé le rachat de Y à Z »: X buys from Z."""
    to_e, from_e, by_e, _, source = ends
    buyer = by_e or subject_hint or subject
    if source is not None and source == to_e:      # « le rachat de Y à Z »: the one bought from
        return from_e or source, buyer if buyer != (from_e or source) else None
    return from_e, to_e or subject_hint


def _passive_roles(trig: Trigger, ends: tuple, subject: Optional[str], word: str) -> tuple[Optional[str], Optional[str]]:
    to_e, from_e, by_e, _, _ = ends
    if to_e is None and word in word_set("dative_passive_participles"):
        return by_e or from_e, subject              # "Velmor was given until March": Velmor receives
    if trig.direction == "give" and trig.concept in _PERSON_OBJECT:
        return by_e or from_e, subject or to_e      # "North Korea was paid by Russia"
    if trig.direction == "give":
        return by_e or from_e or subject, to_e      # "15 000 soldats nord-coréens ont été envoyés en Russie"
    return from_e or subject, by_e


def _active_roles(trig: Trigger, ends: tuple, subject: Optional[str],
                  right: list[tuple[str, str]]) -> tuple[Optional[str], Optional[str]]:
    to_e, from_e, _, direct, source = ends
    if trig.concept in takers_over():
        # "X replaces Y", « X succède à Y »: Y, however far its describing words put it ("replaces outgoing chief
        # executive Y"), hands over to X
        return next((e for p, e in right if p not in lex().frm | lex().agent), None), subject
    if trig.direction == "give":
        if trig.concept in spec_concepts("receiver", "to"):
            return subject, to_e                    # "passed X to Y", not "Velmor passed Ostria"
        return subject, to_e or (direct if direct != subject else None)
    # who one buys from: « racheter à Y », "buy from Y"; what one owes to: "owes its owner", "owes to Y"
    return from_e or (direct if trig.concept == "owe" else None) or (to_e if trig.concept == "owe" else source), subject
