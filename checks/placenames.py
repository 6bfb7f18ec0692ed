"""Places written several ways: "United States", "US", "U.S.", « États-Unis », « USA »; "the EU", « l'UE », "European
Union"; "DRC", « RDC », "Democratic Republic of the Congo" (``data/lang/*/places.yaml``, read once). Each way of writing
a place stands for the place's id, shared by every language's table, so that two ways of one place are one place
wherever the engine compares or finds places and parties: the list's entities (``entities.EntityMatcher``: an entity
named by one way is found by every other), the matcher's keys (``match.FactIndex``), the place of a figure
(``judge/place.keyed``) and the names a fact must write (``judge/names.fact_names_all``). Two places stay two ("US" is
not "UK"), and a way written in capitals ("US", « UE ») is found only in capitals, never as the word it spells ("us");
a spelled-out name only with its capital ("Turkey", not "turkey").
"""
from __future__ import annotations

import re
from typing import Optional

from .resources import compiled, LANGS, lexicon, words
from .tablestore import stored
from .text import fold, longest_first, written_as_initials

_P_PLACE_ID = compiled(r"^[ldLD]['’]\s*")
_P_PLACE_WORDS = compiled(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\W\d_]+")
_P_PLACE_WORDS_2 = compiled(r"[^\W\d_]+")


@stored
def _table() -> dict[str, tuple[str, ...]]:
    """place id -> every way the languages' tables write it (French, then English), each once."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        for place, forms in (lexicon(lang, "places").get("places") or {}).items():
            mine = out.setdefault(str(place), [])
            mine.extend(str(f) for f in forms or [] if str(f) not in mine)
    return {p: tuple(f) for p, f in out.items()}


def _in_capitals(form: str) -> bool:
    """Whether a way of writing a place is initials in capitals ("US", "U.S.", « É.-U. »): matched letter for letter."""
    letters = [ch for ch in form if ch.isalpha()]
    return written_as_initials(form.replace(".", "").replace("-", "")) or (len(letters) >= 2 and form.isupper())


@stored
def _by_name() -> dict[str, str]:
    """Each folded way of writing a place spelled out -> its id; initials in capitals keyed as written."""
    out: dict[str, str] = {}
    for place, forms in _table().items():
        for form in forms:
            out.setdefault(form if _in_capitals(form) else fold(form), place)
    return out


@stored
def forms_regex() -> str:
    """Every way of writing a place as one alternation, longest first: initials letter for letter, a spelled-out name
    with its first letter as written and the rest in any case (a name of several words, « Union européenne », read
    whole where a place's name is read: ``judge/place.place_patterns``)."""
    # (grouped by their first character, in their order: where a text's character is none, none is tried; where it
    # is one, its forms are tried in the same order as in a flat alternation)
    tails: dict[str, list[str]] = {}
    for form in sorted({f for forms in _table().values() for f in forms}, key=longest_first):
        tails.setdefault(form[0], []).append(re.escape(form[1:]) if _in_capitals(form) else "(?i:" + re.escape(form[1:]) + ")")
    return "(?:" + "|".join(re.escape(first) + "(?:" + "|".join(alts) + ")" for first, alts in tails.items()) + ")"


@stored
def _pattern() -> re.Pattern:
    """``forms_regex`` on whole words ("US" not in "USD" nor before "$"), tried only where the first character of a
    form, as written, stands (each form begins with its own, case and all): most positions of a text are passed at
    once."""
    firsts = "".join(sorted({f[0] for forms in _table().values() for f in forms}))
    return re.compile(r"(?=[" + re.escape(firsts) + r"])(?<![\w.-])" + forms_regex()
                      + r"(?![\w-])(?!['’][^\Ws])(?!\.\w)(?!\s?\$)")


def place_id(name: str) -> Optional[str]:
    """The place a whole name stands for ("the United States", « l'UE », "U.S."), without its article; None when it
    names no place of the tables."""
    table = _by_name()
    name = name.strip()
    stripped = _P_PLACE_ID.sub("", name)
    parts = stripped.split()
    articles = {fold(w) for w in words("places", "articles")}
    while len(parts) > 1 and fold(parts[0]) in articles:
        parts = parts[1:]
    bare = " ".join(parts)
    for form in (bare, name):
        found = table.get(form) if _in_capitals(form) else table.get(fold(form))
        if found:
            return found
    return None


@stored
def _adjectives() -> frozenset[str]:
    """The folded places' adjectives of every language (``data/lang/*/demonyms.yaml``: "British", « français »)."""
    return frozenset(fold(str(f)) for lang in LANGS
                     for forms in (lexicon(lang, "demonyms").get("demonyms") or {}).values() for f in forms or [])


_P_LEAD_WORD = compiled(r"[ \t]+([^\W\d_][\w'’.-]*)")


def place_before_noun(text: str, pos: int) -> Optional[int]:
    """Where a place that modifies the noun after it ends, when one starts at ``pos`` after blanks: a way of writing a
    place ("10,800 UK homes", "3 million United States households") or a place's adjective written with its capital
    and not plural ("12,000 British jobs", not "12,000 Britons"); None otherwise (English puts the place before the
    noun; French after it, « 4 000 emplois français », where nothing is skipped)."""
    lead = _P_LEAD_WORD.match(text, pos)
    if lead is None or not lead.group(1)[:1].isupper():
        return None
    m = _pattern().match(text, lead.start(1))
    if m and (m.group(0) if _in_capitals(m.group(0)) else fold(m.group(0))) in _by_name():
        return m.end()
    word = lead.group(1).rstrip(".")
    if fold(word) in _adjectives() and (not word.endswith("s") or word.endswith("ss")):
        return lead.start(1) + len(word)
    return None


def forms_of(place: str) -> tuple[str, ...]:
    """Every way the tables write a place (its id)."""
    return _table().get(place, ())


def places_in(text: str) -> list[tuple[int, int, str]]:
    """The places a text writes in any of their ways: each span and the place's id."""
    table = _by_name()
    out = []
    for m in _pattern().finditer(text):
        w = m.group(0)
        place = table.get(w) if _in_capitals(w) else table.get(fold(w))
        if place:
            out.append((m.start(), m.end(), place))
    return out


def place_words(place: str) -> frozenset[str]:
    """The folded words of every way of writing a place (« etats-unis », « etats », "united", "us")."""
    forms = forms_of(place)
    return frozenset(fold(w) for f in forms for w in _P_PLACE_WORDS.findall(f.replace(".", ""))) \
        | frozenset(fold(w) for f in forms for w in _P_PLACE_WORDS_2.findall(f.replace(".", "")))


@stored
def _by_folded() -> dict[str, str]:
    """Each folded way of writing a place, initials too -> its id: for a name already read as a capitalised name and
    folded (``judge/place.place_name``), whose capitals are lost."""
    out: dict[str, str] = {}
    for place, forms in _table().items():
        for form in forms:
            out.setdefault(fold(form), place)
            if _in_capitals(form):                  # ("u.s." read as "us", « e.-u. » as « eu »)
                out.setdefault(fold(form.replace(".", "").replace(" ", "")), place)
    return out


def folded_place_id(folded: str) -> Optional[str]:
    """``place_id`` of a name already folded (« etats-unis », "us" read from "US")."""
    return _by_folded().get(folded.strip()) or place_id(folded)


def other_forms(names) -> list[str]:
    """The other ways of writing the places some of ``names`` are one way of (an entity of the list named "United
    States" is also "US", "U.S.", « États-Unis »), each once."""
    out: list[str] = []
    for name in names:
        place = place_id(str(name))
        if place:
            out.extend(f for f in forms_of(place) if f not in names and f not in out)
    return out


def place_key(place: str) -> str:
    """The matcher's key of a place (its id): a fact that writes "US" and a claim that writes "United States" share it."""
    return "p:" + place
