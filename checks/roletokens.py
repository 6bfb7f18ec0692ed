"""The words and parties a role reader reads (``checks/roles.py``, ``checks/stakes.py``): a clause's tokens (an
elided head cut off: « l'aide » -> « l » + « aide »), the word lists of ``claims.yaml`` they test, a trigger (a
transfer verb or noun, a stake noun) and the parties before and after it with the preposition in front of each."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .model import Mention
from .resources import lexicon
from .resources import words as resource_words
from .terms import LANGS
from .text import fold, words
from .tablestore import stored


@stored
def word_set(key: str) -> frozenset[str]:
    """The words of ``key`` in ``data/lang/<code>/claims.yaml``, every language."""
    return frozenset(resource_words("claims", key))


@dataclass(frozen=True)
class Lex:
    """The word lists the role reader uses."""
    passive_aux: frozenset[str]
    agent: frozenset[str]
    to: frozenset[str]
    frm: frozenset[str]
    negation: frozenset[str]


@stored
def lex() -> Lex:
    def gather(key):
        out = set()
        for lang in LANGS:
            for w in lexicon(lang, "claims").get(key, []):
                out.add(fold(w).split()[-1] if " " in w else fold(w))
        return frozenset(out)
    neg = set(gather("negation_words")) | word_set("contrast_negators")
    return Lex(gather("passive_auxiliaries"), gather("agent_prepositions"),
                gather("receiver_prepositions") | word_set("role_receiver_words"), gather("giver_prepositions") | word_set("role_giver_words"),
                frozenset(neg))


class Tok:
    __slots__ = ("word", "start", "end")

    def __init__(self, word: str, start: int, end: int) -> None:
        self.word = word   # folded, elision kept off
        self.start = start
        self.end = end


def tokens(text: str) -> list[Tok]:
    out = []
    for w, s, e in words(text):
        parts = word_parts(w)
        if len(parts) == 1:
            out.append(Tok(parts[0], s, e))
        else:                                         # l'aide -> l + aide ; qu'environ -> qu + environ
            head = parts[0]
            cut = s + len(head) + 1
            out.append(Tok(head, s, cut - 1))
            if len(parts) > 1 and parts[1]:
                out.append(Tok(parts[1], cut, e))
    return out


@functools.lru_cache(maxsize=65536)
def word_parts(w: str) -> tuple[str, ...]:
    """A word folded, or its elided head and the rest (``_tokens``; per word: words recur, sentences seldom)."""
    f = fold(w)
    if "'" in f and f.index("'") <= 6:
        return tuple(f.split("'", 1))
    return (f,)


def after_comma(text: str, toks: list[Tok], i: int) -> int:
    """The index of the first token after the first comma that follows token ``i`` (0 when none): where the main
    clause starts after an opening one ("Once deal payments are made, X expects to …")."""
    return next((k + 1 for k in range(i, len(toks) - 1) if "," in text[toks[k].end:toks[k + 1].start]), 0)


@dataclass
class Trigger:
    """A transfer verb or noun found in a clause."""
    index: int
    concept: str
    direction: str
    form: str          # finite | participle | noun | infinitive (read when the clause has no other) | ...


def _tok_index(toks: list[Tok], pos: int) -> int:
    for i, t in enumerate(toks):
        if t.start >= pos:
            return i
    return len(toks)


def _preceding_word(toks: list[Tok], i: int, floor: int = -1) -> str:
    """The preposition before token i, skipping determiners and one modifier ("à la Russie" -> "a",
    "to neighbouring Estmark" -> "to")."""
    j = i - 1
    while j >= 0 and toks[j].word in word_set("role_determiners") - {"a"}:
        j -= 1
    if j < 0 or j <= floor or not _run(toks, j, i):
        return ""                         # the trigger, or a comma, right before it: « En décembre, X », "acquired X"
    preps = lex().to | lex().frm | lex().agent
    dets = word_set("role_determiners") - {"a"}
    # (a determiner two words back opens the name's describing word, « à l'américain X », « la marque X »: no
    # preposition of its own, whatever list also writes it; the trigger, « a acquis X », is none)
    # (a relative pronoun right before the party is no modifier: "to which X awarded", « à laquelle X a versé » — the
    # preposition is the pronoun's, the party the relative clause's subject)
    if j - 1 > floor and toks[j].word not in preps | word_set("role_relatives") and toks[j - 1].word in preps - dets \
            and _run(toks, j - 1, i) and not _no_agent(toks, j - 1):
        return toks[j - 1].word
    described = _described_by(toks, j, preps, floor) if floor >= 0 else ""
    if described:
        return described
    return toks[j].word if j >= 0 else ""


def _run(toks: list[Tok], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` are written one after the other, one space or an elision apart: no comma
    between them."""
    return all(toks[k + 1].start - toks[k].end <= 1 for k in range(a, min(b, len(toks) - 1)))


def _no_agent(toks: list[Tok], k: int) -> bool:
    """Whether an agent preposition at ``k`` is none, the word after it making a phrase of its own (« Par
    ailleurs, X a racheté », "By far": ``not_agent_followers`` of ``claims.yaml``)."""
    return toks[k].word in lex().agent and k + 1 < len(toks) and toks[k + 1].word in word_set("not_agent_followers")


def _described_by(toks: list[Tok], j: int, preps: frozenset[str], floor: int = -1) -> str:
    """The preposition in front of a name a few describing words precede (« au fonds américain X », "from US
    buyout firm X"), for a party after the trigger at ``floor``: the first preposition back from ``j`` over at most
    four words, each set off by one space (no comma), none a function word nor a determiner (« à Y sa filiale X »:
    no preposition of X's), a determiner being read only right after its preposition."""
    dets = word_set("role_determiners") - {"a"}
    for k in range(j, max(floor, j - 5), -1):
        w = toks[k].word
        if w in dets:
            return toks[k - 1].word if k > floor + 1 and toks[k - 1].word in preps else ""
        if w in preps:
            return w if k < j else ""
        if not w.isalpha() or w in _function_words() or toks[k + 1].start - toks[k].end > 1:
            return ""                     # « 50 % dans X », "a stake in X", "…, X": no describing word
    return ""


@stored
def _function_words() -> frozenset[str]:
    """The function words of every language (``stopwords`` of ``stopwords.yaml``), folded: no word describing a name."""
    return frozenset(fold(w) for w in resource_words("stopwords", "stopwords"))


def parties_around(toks: list[Tok], trig: Trigger, mentions: list[Mention],
                    offset: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[int]]:
    """(preposition or "", entity) of each party before the trigger and after it, and the token index of
    those after it."""
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []      # (preposition or "", entity)
    right_at: list[int] = []
    seen_spans = set()
    said = _attribution_at(toks, trig.index)
    for m in mentions:
        i = _tok_index(toks, m.start - offset)
        if i >= len(toks) or (m.start, m.end) in seen_spans or i >= said:
            continue                      # (past "according to", « selon »: who says it, no role)
        seen_spans.add((m.start, m.end))
        head = _elided_head(m, toks, i)
        prep = head or _preceding_word(toks, i, trig.index if i > trig.index else -1)
        i += bool(head)
        if i > trig.index and prep in lex().agent and _held_by(toks, i):
            prep = HELD_BY
        if i < trig.index:
            if prep in word_set("contrast_negators"):   # "The bank, not the authority, will repay"
                continue
            left.append((prep, m.entity))
        elif i > trig.index:
            right.append((prep, m.entity))
            right_at.append(i)
    return left, right, right_at


def _elided_head(m: Mention, toks: list[Tok], i: int) -> str:
    """The elided preposition a mention's span opens with (« d'Arkema »: « d »), else "" (« L'Oréal »: a determiner,
    part of the name)."""
    first = m.text.split()[0] if m.text.split() else ""
    parts = word_parts(first)
    if len(parts) < 2 or not parts[1] or i + 1 >= len(toks) or toks[i].word != parts[0]:
        return ""
    return parts[0] if parts[0] in (lex().to | lex().frm) - word_set("role_determiners") else ""


# the preposition given a party after a participle of holding and its agent (« des actions détenues par Y »,
# "shares held by Y"): the one whose thing it is, who a buyer buys it from
HELD_BY = "@held"


def _held_by(toks: list[Tok], i: int) -> bool:
    """Whether the party at token ``i`` is the agent of a participle of holding (``holder_participles`` of
    ``claims.yaml``) written right before its preposition, a determiner or a few describing words between."""
    for k in range(i - 1, max(0, i - 6), -1):
        if toks[k].word in lex().agent:
            return toks[k - 1].word in word_set("holder_participles") and _run(toks, k - 1, i)
    return False


def _attribution_at(toks: list[Tok], after: int) -> int:
    """The index of the first token after ``after`` that opens an attribution ("according to", « selon »:
    ``attribution_prepositions`` of ``claims.yaml``), else the number of tokens."""
    by_first = _attribution_openers()
    for k in range(after + 1, len(toks)):
        phrases = by_first.get(toks[k].word)       # (only the phrases that open with this token's word)
        if phrases and any(tuple(t.word for t in toks[k:k + len(p)]) == p for p in phrases):
            return k
    return len(toks)


@stored
def _attribution_openers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The attribution phrases as words, by their first word."""
    phrases = {tuple(w for w, _, _ in words(fold(p).replace("'", " "))) for p in resource_words("claims", "attribution_prepositions")}
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases):
        if p:
            out.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in out.items()}

