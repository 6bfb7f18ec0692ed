"""Who holds a stake in whom (``checks/roles.py``): « X détient 20 % de Y », "X took a stake in Y", « entrer au
capital de Y »; the stake goes to its holder (the receiver), from the company held (the giver)."""
from __future__ import annotations

import functools
from typing import Optional

from .model import Mention, Roles
from .resources import compiled, lexicon
from .roletokens import HELD_BY, Tok, Trigger, lex, parties_around, word_parts, word_set
from .terms import LANGS
from .text import fold
from .tablestore import stored


@functools.lru_cache(maxsize=65536)
def may_stake(w: str) -> bool:
    """Whether a word (as ``_tokens`` cuts it) is a noun of a stake or of a company's capital, or a verb of holding."""
    return any(p in word_set("stake_nouns") | word_set("capital_nouns") | word_set("stake_verbs")
               | word_set("holder_participles") for p in word_parts(w))


@stored
def _lang_set(key: str, lang: Optional[str]) -> frozenset[str]:
    """The words of ``key`` in the clause's language's ``claims.yaml`` (every language's when it is not known)."""
    if lang not in LANGS:
        return word_set(key)
    return frozenset(fold(w) for w in lexicon(lang, "claims").get(key) or [])


def stake_roles(text: str, toks: list[Tok], mentions: list[Mention], offset: int,
                 lang: Optional[str], hints: tuple = (None, None)) -> Optional[Roles]:
    """A stake in a company: the company held is the party after "dans"/"in" behind a stake noun (« une participation
    dans Y », "a stake in Y"), after "de"/"of" right behind a capital noun (« entrer au capital de Y ») or after a
    verb of holding and a percentage (« X détient 20 % de Y », "X owns 20% of Y"); its holder is the party of
    "de"/"of" between them (« la participation de X dans Y »), else the clause's subject. The stake goes to its
    holder: the holder as the receiver, the company held as the giver (as in « Y cède 20 % de son capital à X », "X
    acquired 20 % of Y"). In the passive with a percentage, "Y is 61 % owned by X", « Y est détenu à 61 % par X »,
    the holder is the agent and the company held the subject (``_passive_holder``). None when either party is not
    read, or (a relative clause's pronoun and possessive, ``hints``) what ``own_capital_roles`` reads."""
    stakes, capitals, verbs = (_lang_set(k, lang) for k in ("stake_nouns", "capital_nouns", "stake_verbs"))
    active, participles = stakes | capitals | verbs, _lang_set("holder_participles", lang)
    for i, t in enumerate(toks):
        if t.word not in active and t.word not in participles:
            continue
        left, right, right_at = parties_around(toks, Trigger(i, "stake", "hold", "noun"), mentions, offset)
        passive = _passive_holder(text, toks, i, right, right_at)
        if passive or t.word not in active:
            held, owner = (_subject(left), passive) if passive else (None, None)
        elif t.word in verbs:
            held, owner = _held_by_share(text, toks, i, right, right_at), None
        else:
            held, owner = _held(toks, i, right, right_at, t.word in capitals)
        holder = owner or _subject(left)
        if held and holder and held != holder:
            return Roles(giver=held, receiver=holder, verb="stake")
    return own_capital_roles(text, toks, *hints, lang)


def _subject(left: list[tuple[str, str]]) -> Optional[str]:
    """The last party before the trigger behind no preposition of a role: the clause's subject."""
    lx = lex()
    return next((e for p, e in reversed(left) if p not in lx.to | lx.agent | lx.frm | word_set("non_subject_prepositions")),
                None)


def _passive_holder(text: str, toks: list[Tok], i: int, right: list[tuple[str, str]],
                    right_at: list[int]) -> Optional[str]:
    """The holder a participle of holding at ``i`` names in the passive with a percentage, "X is 61 % owned by Y",
    « X est détenu à 61 % par Y »: the party of its agent right after it (the subject is the company held); None
    without a passive auxiliary in the few words before the participle or a percentage between it and the agent."""
    aux = next((k for k in range(i - 1, max(-1, i - 6), -1) if toks[k].word in lex().passive_aux), None)
    if aux is None:
        return None
    for (p, e), at in zip(right, right_at):
        if (p == HELD_BY or p in lex().agent) and at - i <= 6:
            return e if _PERCENT.search(text[toks[aux].end:toks[at].start]) else None
    return None


def own_capital_roles(text: str, toks: list[Tok], holder: Optional[str], possessor: Optional[str],
                      lang: Optional[str]) -> Optional[Roles]:
    """A relative clause holding a percentage of "its" capital, « Tarn, qui détient 30 % de son capital », "Tarn,
    which owns 30 % of its shares": the antecedent (``holder``, the pronoun's party) holds a stake in the main
    clause's first party (``possessor``, whom the possessive stands for). None unless a subject pronoun opens the
    clause and a verb of holding right after it takes a percentage, "of"/« de », a possessive and a noun of capital
    (``own_capital_nouns`` of ``claims.yaml``)."""
    if not holder or not possessor or holder == possessor or len(toks) < 6:
        return None
    if toks[0].word not in _lang_set("subject_relatives", lang) or toks[1].word not in _lang_set("stake_verbs", lang):
        return None
    lx, owns, nouns = lex(), _lang_set("possessive_determiners", lang), _lang_set("own_capital_nouns", lang)
    for k in range(2, min(len(toks) - 2, 8)):
        if toks[k].word in lx.frm and toks[k + 1].word in owns and toks[k + 2].word in nouns:
            return Roles(giver=possessor, receiver=holder, verb="stake") \
                if _PERCENT.search(text[toks[1].end:toks[k].start]) else None
    return None


_PERCENT = compiled(r"%|\b(?:per\s?cent|percent|pour\s?cent)\b")


def _held_by_share(text: str, toks: list[Tok], i: int, right: list[tuple[str, str]],
                   right_at: list[int]) -> Optional[str]:
    """The company a verb of holding at ``i`` holds a percentage of: the first party after it, behind "de"/"of"
    and a percentage written between them, in the verb's active voice (not "owned by X")."""
    lx = lex()
    if any(t.word in lx.agent for t in toks[i + 1:i + 7]):
        return None
    for (p, e), at in zip(right, right_at):
        if at - i > 6:
            return None
        if p in lx.frm or toks[at].word in lx.frm:
            return e if _PERCENT.search(text[toks[i].end:toks[at].start]) else None
    return None


def _held(toks: list[Tok], i: int, right: list[tuple[str, str]], right_at: list[int],
          capital: bool) -> tuple[Optional[str], Optional[str]]:
    """(the company held, the party of "de"/"of" before it) after the stake or capital noun at ``i``."""
    lx, owner = lex(), None
    for (p, e), at in zip(right, right_at):
        of = p in lx.frm or toks[at].word in lx.frm      # « au capital de Y », « au capital d'Y » (one mention)
        if p in word_set("stake_held_prepositions") or (capital and of and at - i <= 3):
            return e, owner
        if p in lx.frm and owner is None:
            owner = e
    return None, owner
