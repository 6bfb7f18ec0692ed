"""The words a fact must share with a claim to say what the claim says happened: not only who, where or when.

A fact that shares with « La mairie a fermé le marché le mardi matin à Orlande » only the place and « matin »,
or with "The Velmor trust was granted charity status in 1998" only the trust's name,
records another event of the same party or place: the words in common confirm nothing of the claim. Both sides
are read the same way: a word either writes inside a name (capitalised where no sentence opens, or a party the
claim names), a word of a date, a weekday, a month or a part of the day, and an auxiliary or linking verb say
who, when, or nothing; any other shared word or concept says what happens (the verb, the event noun, the thing
acted on).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim, Fact
from ..numbers import find_months
from ..language import detect_language
from ..resources import LANGS, lexicon, words as words_of
from ..slots import rank_span, rank_spans
from ..terms import concepts_in, content_stems
from ..text import fold, words
from .rankmeasure import same_stem
from ..tablestore import stored

# a capitalised word (letters, apostrophes, hyphens) and what comes before it
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝŒ][\w'’-]*")
KIN_PREFIX = 5           # letters two forms of one word share at least ("arriv-")
KIN_ENDING = 3           # letters of the shorter form past that beginning at most ("-al" of "arrival")
_OPENS = (".", ":", "!", "?", "«", "\"", "“", "•", ";")


HAPPENINGS = ("event", "relation")   # the kinds of claim that say what happened or who did what to whom


def says_what_happens(claim: Claim, fact: Fact, keys: set[str]) -> bool:
    """Whether the fact says what the claim says happened — asked of an event or a relation only (a rank, a
    comparison or a composition is its slot, compared apart): both rank something (the rank is then what happens),
    or a word of the claim is one of the fact's, or one it writes longer ("arrivals",
    "arriving"), neither being a word of either side's names, dates, times of day nor an auxiliary; or the keys
    they share (``keys``) hold a concept both name outside their names."""
    mine, theirs = claim.focus or claim.text, fact.statement or ""
    if claim.kind not in HAPPENINGS or rank_span(mine) is not None and rank_spans(theirs):
        return True
    # (a nested clause, « dont aucun pour la gauche », "which opened in May", says what happens with its main
    # clause's words too: the fact that states the main clause's event is the one its antecedent's is in)
    context = claim.context_text if claim.role != "main" else ""
    ignored = _name_stems(mine, claim) | _name_stems(context) | _name_stems(theirs) | _time_stems(claim) | _unsaying()
    a = set(content_stems(_without_names(mine, claim) + " " + _without_names(context))) - ignored
    b = set(content_stems(_without_names(theirs))) - ignored
    if any(_akin(x, y) for x in a for y in b):
        return True
    # (a concept the fact's index keys hold from its terms counts; one only its names give, « Fondation », does not)
    in_names = set(concepts_in(" ".join(theirs[a:b] for a, b in _name_spans(theirs)))) \
        - set(concepts_in(_without_names(theirs)))
    concepts = {k[2:] for k in keys if k.startswith("c:")}
    return bool(concepts & set(concepts_in(_without_names(mine, claim))) - in_names)


def _akin(x: str, y: str) -> bool:
    """One word, one the other writes longer ("quarter", "quarterly"), or two forms of one word that the stemmer
    leaves apart ("arrival", "arriving"; « reconstruire », « reconstruction »): a common beginning of five letters or
    more, the shorter's last three letters at most left over."""
    if same_stem(x, y):
        return True
    n = 0
    for p, q in zip(x, y):
        if p != q:
            break
        n += 1
    return n >= KIN_PREFIX and n >= min(len(x), len(y)) - KIN_ENDING


def _name_spans(text: str, claim: Claim | None = None) -> list[tuple[int, int]]:
    """The spans of a text's names: its capitalised words that no sentence opens with, and the parties the claim
    names."""
    out = []
    for m in _CAPITALISED.finditer(text):
        before = text[:m.start()].rstrip()
        if before and not before.endswith(_OPENS):
            out.append((m.start(), m.end()))
    if claim is not None:
        out += [(m.start - claim.start, m.end - claim.start) for m in claim.mentions]
    return out


def _name_stems(text: str, claim: Claim | None = None) -> set[str]:
    return {s for a, b in _name_spans(text, claim) for s in content_stems(text[max(0, a):b])}


def _without_names(text: str, claim: Claim | None = None) -> str:
    """The text with its names blanked (same length)."""
    chars = list(text)
    for a, b in _name_spans(text, claim):
        chars[max(0, a):b] = " " * (min(b, len(text)) - max(0, a))
    return "".join(chars)


def _time_stems(claim: Claim) -> set[str]:
    """The words of the claim's dates and months."""
    text = claim.text
    spans = [(d.start - claim.start, d.end - claim.start) for d in claim.dates]
    spans += [(s - claim.start, e - claim.start) for _, s, e, _ in find_months(text, offset=claim.start)]
    return {s for a, b in spans for s in content_stems(text[max(0, a):b])} | _times()


@stored
def _times() -> frozenset[str]:
    """Weekdays and parts of the day (``weekdays`` of ``split.yaml``, ``times_of_day`` of ``numbers.yaml``)."""
    listed = words_of("split", "weekdays") + words_of("numbers", "times_of_day")
    return frozenset(s for w in listed for s in content_stems(fold(w)))


@stored
def _unsaying() -> frozenset[str]:
    """Auxiliaries and linking verbs (``passive_auxiliaries``, ``have_auxiliaries``, ``linking_verbs`` of
    ``claims.yaml``): they say that something is or was, not what."""
    listed = words_of("claims", "passive_auxiliaries") + words_of("claims", "have_auxiliaries") \
        + words_of("claims", "linking_verbs")
    return frozenset(s for w in listed for s in content_stems(w))


def another_object(claim: Claim, fact: Fact) -> str:
    """The claim's object when a verb it shares with the fact has, in each, an object a determiner opens, of two
    words or more on each side ("flooded a primary school" against "flooded a cold-storage warehouse", « a
    fermé une usine de pneus » against « a fermé un entrepôt frigorifique »), and neither names anything the other
    sentence writes (no word, no longer form of one, no concept): the fact says that of another thing; "" otherwise.
    One word is as often a paraphrase (« les notes », « les résultats »)."""
    mine_text, theirs_text = claim.focus or claim.text, fact.statement or ""
    mine, theirs = _objects(mine_text), _objects(theirs_text)
    all_mine, all_theirs = set(content_stems(mine_text)), set(content_stems(theirs_text))
    for verb, (obj, written) in mine.items():
        for other_verb, (other, _) in theirs.items():
            if len(obj) < 2 or len(other) < 2 or not _akin(verb, other_verb):
                continue
            if not any(_akin(x, y) for x in obj for y in all_theirs) and not any(_akin(x, y) for x in other for y in all_mine) \
                    and not set(concepts_in(" ".join(obj))) & set(concepts_in(" ".join(other))):
                return written
    return ""


@functools.lru_cache(maxsize=8192)
def _objects(text: str) -> dict[str, tuple[tuple[str, ...], str]]:
    """Each lower-case word of a text followed by a determiner of the text's language, and the stems of the noun
    phrase the determiner opens (lower-case content words up to a punctuation mark, a figure, a function word or a
    preposition that ends it), with the phrase as written; remembered (the terms rule asks it of the same facts for
    every claim: read only, never changed)."""
    lang = detect_language(text)
    lexis = _object_words(lang)
    toks = list(words(text))
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for i, (w, a, b) in enumerate(toks[:-1]):
        stems = content_stems(w)
        if w.islower() and stems and not text[b:toks[i + 1][1]].strip():
            found = _object_at(text, toks, i + 1, lexis)
            if found is not None:
                out.setdefault(stems[-1], found)
    return out


def _object_at(text: str, toks: list, i: int, words_of_lang: tuple) -> Optional[tuple[tuple[str, ...], str]]:
    """The stems and words of the noun phrase the determiner ``toks[i]`` opens (or that an elided one opens inside
    it, « l'usine »), through the linkers inside it (« d'eau chaude »); None when it is no determiner or opens
    nothing."""
    dets, ends, links = words_of_lang
    nxt, s, e = toks[i]
    elided = next((d for d in dets if d.endswith(("'", "’")) and nxt.lower().startswith(d)), None)
    if elided is None and nxt.lower() not in dets:
        return None
    phrase, start, end = ([nxt[len(elided):]] if elided else []), (s + len(elided) if elided else e), e
    written = end
    for w, s2, e2 in toks[i + 1:]:
        if text[end:s2].strip():
            break
        w = _phrase_word(w, links, ends)
        if w is None:
            break
        phrase += [w] if w else []
        end, written = e2, e2 if w else written
    obj = tuple(x for p in phrase for x in content_stems(p))
    return (obj, text[start:written].strip()) if obj else None


def _phrase_word(w: str, links: tuple[str, ...], ends: frozenset[str]) -> Optional[str]:
    """A word of an object's noun phrase as it counts: itself, the word an elided linker is written on (« d'eau »:
    « eau »), "" for a linker alone; None for a word that ends the phrase (a name, a figure, a function word, a
    preposition of ``ends``)."""
    link = next((k for k in links if w.lower() == k or k.endswith(("'", "’")) and w.lower().startswith(k)), None)
    w = w[len(link):] if link and link != w.lower() else "" if link else w
    if w and (not w.replace("-", "").isalpha() or not w.islower() or not content_stems(w) or w in ends):
        return None
    return w


@stored
def _object_words(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """``object_determiners``, ``object_phrase_ends`` and ``object_linkers`` of the language's ``claims.yaml``
    (none for a language not read)."""
    table = lexicon(lang, "claims") if lang in LANGS else {}
    return (frozenset(table.get("object_determiners") or ()), frozenset(table.get("object_phrase_ends") or ()),
            tuple(table.get("object_linkers") or ()))


_CLAUSE_BREAKS = re.compile(r"[,;:()«»\"“”—–]|\s-\s")


def verb_unsaid(claim: Claim, fact: Fact, start: int) -> bool:
    """Whether the clause a date of the claim stands in (``start``: where the date begins in the claim's text) names
    its event by a verb the fact does not say: a participle after an auxiliary ("was opened in March 2016",
    « a été lancé en mars ») or a verb that opens its object ("declaring a state of alert … on 9 May");
    neither the verb, a longer or shorter form of it (its noun: "opening"), nor a concept of it is the fact's.
    The words before the auxiliary are who it happened to ("the bridge"), not what: a fact on the same party that
    says another verb ("the bridge carries 40,000 cars a day") dates another event of that party."""
    text = claim.text[:max(0, start)]
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(text)]
    clause = text[breaks[-1] if breaks else 0:]
    verbs = _dating_verbs(clause)
    if not verbs:
        return False
    theirs = fact.statement or ""
    said = set(content_stems(theirs))
    concepts = set(concepts_in(theirs))
    if any(any(_akin(v, s) for s in said) or set(concepts_in(w)) & concepts for v, w in verbs):
        return False
    # (another verb of the same thing done to the same thing, « qui a ravagé Mayotte le 14 décembre » for « qui a
    # dévasté Mayotte le 14 novembre »: what stands between the verb and the date is what the fact's own date follows)
    last = max(clause.rfind(w) + len(w) for _, w in verbs)
    between = set(content_stems(clause[last:]))
    return not between & _before_dates(theirs)


def _before_dates(text: str) -> set[str]:
    """The stems of the words before each date of a text, back to the start of its clause: what it dates."""
    starts = [s for _, s, _, _ in find_months(text, offset=0)] + [m.start() for m in _YEAR.finditer(text)]
    out: set[str] = set()
    for s in starts:
        breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(text[:s])]
        out |= set(content_stems(text[breaks[-1] if breaks else 0:s]))
    return out


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _dating_verbs(clause: str) -> list[tuple[str, str]]:
    """The verbs of a clause, as (stem, word): each word right after an auxiliary (``passive_auxiliaries``,
    ``have_auxiliaries`` of ``claims.yaml``, past the adverbs of ``role_skippable_words``) and each lower-case word
    that opens an object (``_objects``), the first when no auxiliary opens one."""
    lang = detect_language(clause) if clause.strip() else "en"
    auxiliaries, skippable = _auxiliaries(lang if lang in LANGS else "en")
    toks = [w for w, _, _ in words(clause)]
    out: list[tuple[str, str]] = []
    for i, w in enumerate(toks):
        if w.lower() not in auxiliaries:
            continue
        j = i + 1
        while j < len(toks) and (fold(toks[j].lower()) in skippable or toks[j].lower() in auxiliaries):
            j += 1
        if j < len(toks) and toks[j].islower():
            stems = content_stems(toks[j])
            if stems:
                out.append((stems[-1], toks[j]))
    # (the first word that opens an object is the clause's verb; a later one is a noun of that object, "declaring the
    # fare freeze a priority")
    verb = next(iter(_objects(clause)), None)
    if verb is not None and not out:
        out.append((verb, next((w for w in toks if w.islower() and content_stems(w)[-1:] == [verb]), verb)))
    return out


@functools.lru_cache(maxsize=None)
def _auxiliaries(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's auxiliaries (single words) and the words that may stand between one and its participle."""
    table = lexicon(lang, "claims")
    aux = [w for key in ("passive_auxiliaries", "have_auxiliaries") for w in (table.get(key) or ()) if " " not in w]
    return frozenset(w.lower() for w in aux), frozenset(fold(w) for w in (table.get("role_skippable_words") or ()))
