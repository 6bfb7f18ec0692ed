"""Who gives and who receives: roles for transfer-like verbs and nouns, both voices, French and English.

"X fournit des armes à Y", "X paid Y", "Y a reçu ... de X", "la compensation versée par X",
"Y was paid by X", "compensation from X to Y", "son soutien à Y". Giver maps to a fact's ``subject``,
receiver to its ``object``.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

from .model import Mention, Roles
from .resources import compiled, lexicon, shared_data
from .resources import words as resource_words
from .terms import LANGS, concept_index, stem, verb_languages, verb_table
from .text import fold, words
from .tablestore import stored


@stored
def _set(key: str) -> frozenset[str]:
    """The words of ``key`` in ``data/lang/<code>/claims.yaml``, every language."""
    return frozenset(resource_words("claims", key))


@dataclass(frozen=True)
class _Lex:
    """The word lists the role reader uses."""
    passive_aux: frozenset[str]
    agent: frozenset[str]
    to: frozenset[str]
    frm: frozenset[str]
    negation: frozenset[str]


@stored
def _lex() -> _Lex:
    def gather(key):
        out = set()
        for lang in LANGS:
            for w in lexicon(lang, "claims").get(key, []):
                out.add(fold(w).split()[-1] if " " in w else fold(w))
        return frozenset(out)
    neg = set(gather("negation_words")) | _set("contrast_negators")
    return _Lex(gather("passive_auxiliaries"), gather("agent_prepositions"),
                gather("receiver_prepositions") | _set("role_receiver_words"), gather("giver_prepositions") | _set("role_giver_words"),
                frozenset(neg))


@functools.lru_cache(maxsize=None)
def directions() -> dict[str, str]:
    """concept id -> the direction of its transfer ("give", "receive"), for the concepts that have one."""
    return _directions()


@stored
def _directions() -> dict[str, str]:
    return {cid: spec["direction"] for cid, spec in shared_data("concepts").get("concepts", {}).items()
            if spec.get("direction")}


class _Tok:
    __slots__ = ("word", "start", "end")

    def __init__(self, word: str, start: int, end: int) -> None:
        self.word = word   # folded, elision kept off
        self.start = start
        self.end = end


def _tokens(text: str) -> list[_Tok]:
    out = []
    for w, s, e in words(text):
        parts = _word_parts(w)
        if len(parts) == 1:
            out.append(_Tok(parts[0], s, e))
        else:                                         # l'aide -> l + aide ; qu'environ -> qu + environ
            head = parts[0]
            cut = s + len(head) + 1
            out.append(_Tok(head, s, cut - 1))
            if len(parts) > 1 and parts[1]:
                out.append(_Tok(parts[1], cut, e))
    return out


@functools.lru_cache(maxsize=65536)
def _word_parts(w: str) -> tuple[str, ...]:
    """A word folded, or its elided head and the rest (``_tokens``; per word: words recur, sentences seldom)."""
    f = fold(w)
    if "'" in f and f.index("'") <= 6:
        return tuple(f.split("'", 1))
    return (f,)


@dataclass
class _Trigger:
    """A transfer verb or noun found in a clause."""
    index: int
    concept: str
    direction: str
    form: str          # finite | participle | noun | ...


# complexity: one pass over the tokens: a verb form ends it at once, a transfer noun is kept as the fallback; the
# tests on the word before a form (a determiner, "to") belong to that pass
def _find_trigger(toks: list[_Tok], lang: Optional[str] = None) -> Optional[_Trigger]:
    table = verb_table()
    dirs = _directions()
    noun: Optional[_Trigger] = None
    for i, t in enumerate(toks):
        hit = table.get(t.word)
        if hit and not _verb_of(t.word, lang):
            continue                       # « pays de transit »: the English verb "pays", no word of a French clause
        if hit and hit[1].lang == "en" and t.word == hit[1].lemma and i and toks[i - 1].word in _noun_markers():
            hit = None                     # "a grant of", "the supply": a noun, not the verb
        if hit:
            cid, vf = hit
            if vf.form in ("infinitive", "gerund"):
                if vf.lang == "en" and vf.form == "infinitive" and not (i and toks[i - 1].word == "to"):
                    return _Trigger(i, cid, dirs[cid], "finite")
                continue
            if i and toks[i - 1].word == "to" and vf.lang == "en":
                continue
            return _Trigger(i, cid, dirs[cid], vf.form)
        if noun is None:
            cid = _transfer_noun(t.word)
            if cid is not None:
                noun = _Trigger(i, cid, dirs[cid], "noun")
    return noun


def _verb_of(word: str, lang: Optional[str]) -> bool:
    """Whether a verb form is one of the clause's language (any language's when it is not known or has no verbs)."""
    return lang not in LANGS or lang in verb_languages().get(word, ())


@functools.lru_cache(maxsize=65536)
def _may_trigger(w: str) -> bool:
    """Whether a word (as ``_tokens`` cuts it) is a form of a transfer verb or a transfer noun: a clause without
    one has no ``_find_trigger`` (per word, as ``_word_parts``)."""
    parts = _word_parts(w)
    table = verb_table()
    return any(p in table or _transfer_noun(p) is not None for p in (parts if len(parts) == 1 or parts[1] else parts[:1]))


@stored
def _noun_markers() -> frozenset[str]:
    return _set("role_determiners") | _set("verb_noun_markers")


@functools.lru_cache(maxsize=65536)
def _transfer_noun(word: str) -> Optional[str]:
    """The first concept with a direction of a folded word's stem, if any (per word, as ``stem``)."""
    dirs = _directions()
    index, _ = concept_index()
    return next((cid for cid in index.get((stem(word),), ()) if cid in dirs), None)


def _tok_index(toks: list[_Tok], pos: int) -> int:
    for i, t in enumerate(toks):
        if t.start >= pos:
            return i
    return len(toks)


def _preceding_word(toks: list[_Tok], i: int) -> str:
    """The preposition before token i, skipping determiners and one modifier ("à la Russie" -> "a",
    "to neighbouring Estmark" -> "to")."""
    j = i - 1
    while j >= 0 and toks[j].word in _set("role_determiners") - {"a"}:
        j -= 1
    if j >= 1 and toks[j].word not in _lex().to | _lex().frm | _lex().agent and toks[j - 1].word in _lex().to | _lex().frm | _lex().agent:
        return toks[j - 1].word
    return toks[j].word if j >= 0 else ""


def _is_passive(toks: list[_Tok], trig: _Trigger) -> bool:
    if trig.form not in ("participle", "past"):
        return False
    j = trig.index - 1
    while j >= 0 and toks[j].word in _set("role_skippable_words"):
        j -= 1
    if j >= 0 and toks[j].word in _set("have_auxiliaries"):
        return False
    if j >= 0 and toks[j].word in _lex().passive_aux:
        return True
    # reduced relative: "la compensation versee par X", "the sum paid by X"; not "Russia paid ...",
    # nor "verse par ailleurs", "paid by the hour"
    window = toks[trig.index + 1: trig.index + 6]
    return any(t.word in _lex().agent and not (k + 1 < len(window) and window[k + 1].word in _set("not_agent_followers"))
               for k, t in enumerate(window))


# verbs whose passive subject is the receiver ("X was paid by Y"); for the others it is the thing moved
_PERSON_OBJECT = {"pay", "payment", "finance", "support"}


def find_roles(text: str, mentions: list[Mention], offset: int = 0, subject_hint: Optional[str] = None,
               lang: Optional[str] = None) -> Roles:
    """Roles of the first transfer-like verb (or noun) of a clause of language ``lang`` (a verb form of another
    language is no verb there). ``mentions`` carry absolute offsets."""
    if not any(_may_trigger(w) or _may_stake(w) for w, _, _ in words(text)):
        return Roles()                    # most clauses: no word of a transfer, no tokens to make
    toks = _tokens(text)
    trig = _find_trigger(toks, lang)
    roles = _transfer_roles(toks, trig, mentions, offset, subject_hint) if trig is not None else Roles()
    stake = _stake_roles(text, toks, mentions, offset, lang)
    if stake is not None and not (trig and trig.direction == "give" and roles.receiver not in (None, stake.giver)):
        return stake                      # "X took a stake in Y", not "X sold its stake in Y to Z"
    return roles


def _transfer_roles(toks: list[_Tok], trig: _Trigger, mentions: list[Mention], offset: int,
                    subject_hint: Optional[str]) -> Roles:
    """Giver and receiver around a transfer verb or noun (``find_roles``)."""
    left, right, right_at = _parties_around(toks, trig, mentions, offset)
    subject, light = _subject(toks, trig, left, subject_hint)
    ends = _ends(trig, right, right_at)
    if trig.form == "noun":
        owner = _first_subject(left) if _owned(toks, trig) else None
        giver, receiver = _noun_roles(trig, ends, subject, owner or subject_hint, light)
    elif _is_passive(toks, trig):
        giver, receiver = _passive_roles(trig, ends, subject)
    else:
        giver, receiver = _active_roles(trig, ends, subject)
    if giver == receiver:
        receiver = None
    return Roles(giver=giver, receiver=receiver, verb=trig.concept)


def _parties_around(toks: list[_Tok], trig: _Trigger, mentions: list[Mention],
                    offset: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[int]]:
    """(preposition or "", entity) of each party before the trigger and after it, and the token index of
    those after it."""
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []      # (preposition or "", entity)
    right_at: list[int] = []
    seen_spans = set()
    for m in mentions:
        i = _tok_index(toks, m.start - offset)
        if i >= len(toks) or (m.start, m.end) in seen_spans:
            continue
        seen_spans.add((m.start, m.end))
        prep = _preceding_word(toks, i)
        if i < trig.index:
            if prep in _set("contrast_negators"):   # "The bank, not the authority, will repay"
                continue
            left.append((prep, m.entity))
        elif i > trig.index:
            right.append((prep, m.entity))
            right_at.append(i)
    return left, right, right_at


def _subject(toks: list[_Tok], trig: _Trigger, left: list[tuple[str, str]],
             subject_hint: Optional[str]) -> tuple[Optional[str], bool]:
    """The subject (the last party before the trigger without a preposition of another role, else the hint),
    and whether a light verb carries the transfer noun."""
    lx = _lex()
    subject = next((e for p, e in reversed(left) if p not in lx.to | lx.agent | lx.frm | _set("non_subject_prepositions")), None)
    if subject is None and subject_hint and trig.form != "noun":
        subject = subject_hint
    # verbs that carry a transfer noun: "made a payment to", "a effectué un versement à"
    light = trig.form == "noun" and any(t.word in _set("light_verbs") for t in toks[max(0, trig.index - 4):trig.index])
    if light and subject is None:
        subject = subject_hint
    return subject, light


def _owned(toks: list[_Tok], trig: _Trigger) -> bool:
    """Whether a transfer noun is the subject's own: a possessive determiner before it (« son soutien à Y », "its
    support for Y") or opening its complement (« du soutien de son pays à la Russie », "the support of its army")."""
    own = _set("possessive_determiners")
    after = toks[trig.index + 1:trig.index + 5]
    return bool(trig.index and toks[trig.index - 1].word in own) or any(
        t.word in _lex().frm and k + 1 < len(after) and after[k + 1].word in own for k, t in enumerate(after))


def _first_subject(left: list[tuple[str, str]]) -> Optional[str]:
    """The first party of the clause before the trigger with no preposition: the sentence's subject a possessive
    points back to (« Kim a assuré Choïgou du soutien de son pays »: Kim, not Choïgou)."""
    lx = _lex()
    return next((e for p, e in left if p not in lx.to | lx.agent | lx.frm | _set("non_subject_prepositions")), None)


def _ends(trig: _Trigger, right: list[tuple[str, str]], right_at: list[int]) -> tuple[Optional[str], ...]:
    """(to, from, by, direct object, source): the parties after the trigger by their preposition (the source:
    the one a buyer buys from, « racheter à Y »)."""
    lx = _lex()
    to_e = next((e for p, e in right if p in lx.to), None)
    from_e = next((e for p, e in right if p in lx.frm), None)
    by_e = next((e for p, e in right if p in lx.agent), None)
    # a direct object follows the verb closely ("paid North Korea", "owes its owner"), not "through his company X"
    direct = right[0][1] if right and right[0][0] not in lx.to | lx.frm | lx.agent and right_at[0] - trig.index <= 3 \
        else None
    source = next((e for p, e in right if p in _set("receive_source_prepositions")), None)
    return to_e, from_e, by_e, direct, source


def _noun_roles(trig: _Trigger, ends: tuple, subject: Optional[str], subject_hint: Optional[str],
                light: bool) -> tuple[Optional[str], Optional[str]]:
    to_e, from_e, by_e, _, _ = ends
    giver = by_e or from_e or (subject if light else subject_hint)   # "Halberd made a payment of $210m to X"
    receiver = to_e
    if trig.direction == "receive":
        giver, receiver = from_e, to_e or subject_hint
    return giver, receiver


def _passive_roles(trig: _Trigger, ends: tuple, subject: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    to_e, from_e, by_e, _, _ = ends
    if trig.direction == "give" and trig.concept in _PERSON_OBJECT:
        return by_e or from_e, subject or to_e      # "North Korea was paid by Russia"
    if trig.direction == "give":
        return by_e or from_e or subject, to_e      # "15 000 soldats nord-coréens ont été envoyés en Russie"
    return from_e or subject, by_e


def _active_roles(trig: _Trigger, ends: tuple, subject: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    to_e, from_e, _, direct, source = ends
    if trig.direction == "give":
        return subject, to_e or (direct if direct != subject else None)
    # who one buys from: « racheter à Y », "buy from Y"; what one owes to: "owes its owner", "owes to Y"
    return from_e or (direct if trig.concept == "owe" else None) or (to_e if trig.concept == "owe" else source), subject


@functools.lru_cache(maxsize=65536)
def _may_stake(w: str) -> bool:
    """Whether a word (as ``_tokens`` cuts it) is a noun of a stake or of a company's capital, or a verb of holding."""
    return any(p in _set("stake_nouns") | _set("capital_nouns") | _set("stake_verbs") for p in _word_parts(w))


@functools.lru_cache(maxsize=None)
def _lang_set(key: str, lang: Optional[str]) -> frozenset[str]:
    """The words of ``key`` in the clause's language's ``claims.yaml`` (every language's when it is not known)."""
    if lang not in LANGS:
        return _set(key)
    return frozenset(fold(w) for w in lexicon(lang, "claims").get(key) or [])


def _stake_roles(text: str, toks: list[_Tok], mentions: list[Mention], offset: int,
                 lang: Optional[str]) -> Optional[Roles]:
    """A stake in a company: the company held is the party after "dans"/"in" behind a stake noun (« une participation
    dans Y », "a stake in Y"), after "de"/"of" right behind a capital noun (« entrer au capital de Y ») or after a
    verb of holding and a percentage (« X détient 20 % de Y », "X owns 20% of Y"); its holder is the party of
    "de"/"of" between them (« la participation de X dans Y »), else the clause's subject. The stake goes to its
    holder: the holder as the receiver, the company held as the giver (as in « Y cède 20 % de son capital à X », "X
    acquired 20 % of Y"). None when either party is not read."""
    lx = _lex()
    stakes, capitals, verbs = (_lang_set(k, lang) for k in ("stake_nouns", "capital_nouns", "stake_verbs"))
    for i, t in enumerate(toks):
        if t.word not in stakes | capitals | verbs:
            continue
        left, right, right_at = _parties_around(toks, _Trigger(i, "stake", "hold", "noun"), mentions, offset)
        if t.word in verbs:
            held, owner = _held_by_share(text, toks, i, right, right_at), None
        else:
            held, owner = _held(toks, i, right, right_at, t.word in capitals)
        holder = owner or next((e for p, e in reversed(left)
                                if p not in lx.to | lx.agent | lx.frm | _set("non_subject_prepositions")), None)
        if held and holder and held != holder:
            return Roles(giver=held, receiver=holder, verb="stake")
    return None


_PERCENT = compiled(r"%|\b(?:per\s?cent|percent|pour\s?cent)\b")


def _held_by_share(text: str, toks: list[_Tok], i: int, right: list[tuple[str, str]],
                   right_at: list[int]) -> Optional[str]:
    """The company a verb of holding at ``i`` holds a percentage of: the first party after it, behind "de"/"of"
    and a percentage written between them, in the verb's active voice (not "owned by X")."""
    lx = _lex()
    if any(t.word in lx.agent for t in toks[i + 1:i + 7]):
        return None
    for (p, e), at in zip(right, right_at):
        if at - i > 6:
            return None
        if p in lx.frm or toks[at].word in lx.frm:
            return e if _PERCENT.search(text[toks[i].end:toks[at].start]) else None
    return None


def _held(toks: list[_Tok], i: int, right: list[tuple[str, str]], right_at: list[int],
          capital: bool) -> tuple[Optional[str], Optional[str]]:
    """(the company held, the party of "de"/"of" before it) after the stake or capital noun at ``i``."""
    lx, owner = _lex(), None
    for (p, e), at in zip(right, right_at):
        of = p in lx.frm or toks[at].word in lx.frm      # « au capital de Y », « au capital d'Y » (one mention)
        if p in _set("stake_held_prepositions") or (capital and of and at - i <= 3):
            return e, owner
        if p in lx.frm and owner is None:
            owner = e
    return None, owner
