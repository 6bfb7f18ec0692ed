"""The names of parties: whether a text names someone (``capitalised``, ``proper_name``), whether two names are one
party (``same_party``: the list's entity or its names; ``acronym_of``: "ONS" and "Office for National Statistics";
``same_umbrella``: two parts of one government), whether a title or author credits a party (``credited_in``).
Used by the attribution and credit rules (``judge/rules/attribution.py``, ``judge/rules/credit.py``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..match import FactIndex
from ..numbers import month_names
from ..resources import word_pattern, words
from ..tablestore import stored
from ..text import fold


def without_article(who: str) -> str:
    """A party's name without its article (« la Banque de France » → « Banque de France », "the ONS" → "ONS")."""
    return _patterns()["article"].sub("", who.strip())


def proper_name(who: str) -> bool:
    """A named organisation or person ("the European Central Bank", "la Banque de France", "Laurent Trevisani"):
    a short name that starts with a capital, not a description ("official figures published on Thursday") nor
    a clause the frame swallowed."""
    name = _patterns()["article"].sub("", who.strip())
    capitals = re.findall(r"(?:(?<!\S)|(?<=-))[A-ZÀ-Ý][\w'’]*", name)      # "Météo-France": two
    short = len(name.split()) <= 6 and "," not in name
    # two capitalised words, or an acronym: a name ("Une étude" only opens a sentence)
    return short and bool(name[:1].isupper()) and (len(capitals) >= 2 or any(c.isupper() and len(c) >= 2 for c in capitals))


def capitalised(who: str) -> bool:
    """Whether a capitalised word names someone ("l'Insee"), not a description (« le groupe ») nor a month or a weekday."""
    return any(w[:1].isupper() and fold(w.strip(",.;:")) not in _date_words()
               for w in _patterns()["article"].sub("", who.strip()).split())


@stored
def _date_words() -> frozenset[str]:
    """Month and weekday names of every language, folded."""
    return frozenset(fold(w) for w in words("split", "weekdays")) | frozenset(
        m for code in ("fr", "en") for m in month_names(code))


def acronym_of(a: str, b: str) -> bool:
    """"ONS" and "Office for National Statistics": one is the initials of the other's capitalised words."""
    def initials(x: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-ZÀ-Ý][\w'’-]*", x))
    a, b = _patterns()["article"].sub("", a.strip()), _patterns()["article"].sub("", b.strip())
    return (a.isupper() and len(a) >= 2 and initials(b) == a) or (b.isupper() and len(b) >= 2 and initials(a) == b)


def credited_in(who: str, texts: list, index: Optional[FactIndex] = None) -> bool:
    """Whether the source's title or author names ``who`` (or a capitalised name in it: "l'indice
    Notaires-Insee publié le 10 septembre"): a report that cites the party."""
    names = [fold(_patterns()["article"].sub("", who.strip()))]
    if not proper_name(who):            # a description: the names in it ("Notaires-Insee")
        names += [fold(n) for n in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", who)]
    entity = index.matcher.resolve(who) if index is not None else None
    if entity and entity in index.catalog.entities:      # "its governing council": the party's own names
        names += [fold(n) for n in index.catalog.entities[entity].names]
    return any(len(n) >= 3 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", fold(t or "")) for n in names for t in texts)


def same_party(who: Optional[str], other: Optional[str], index: FactIndex) -> bool:
    if not who or not other:
        return False
    if who == other:
        return True
    if _patterns()["compound_name"].search(who) and who not in index.catalog.entities:
        # "la Banque de France" is neither France nor any party merely named inside it
        names = [other] + (list(index.catalog.entities[other].names) if other in index.catalog.entities else [])
        return any(fold(_patterns()["article"].sub("", who)) == fold(n) for n in names)
    a = who if who in index.catalog.entities else index.matcher.resolve(who)
    b = other if other in index.catalog.entities else index.matcher.resolve(other)
    if a and b:
        return a == b
    return fold(who) in fold(other) or fold(other) in fold(who)


def same_umbrella(a: str, b: str) -> bool:
    """Two names for parts of one government: not a misattribution a reader would call one — unless each names
    a part of its own, none of which the other names (« le ministère du Travail » and « le ministère de
    l'Économie », "the Ministry of Planning" and "the Agriculture Minister"), and neither is the whole government."""
    p = _patterns()
    if not (p["umbrella"].search(fold(a or "")) and p["umbrella"].search(fold(b or ""))):
        return False
    if p["whole_government"].search(fold(a)) or p["whole_government"].search(fold(b)):
        return True
    own = [{fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w-]{2,}", x)} - p["umbrella_words"] for x in (a, b)]
    return not (own[0] and own[1] and not own[0] & own[1])


def name_of(entity_or_text: Optional[str], index: FactIndex) -> Optional[str]:
    """The name of a list entity given by its id, else the text itself (a name the list does not hold, or None)."""
    if entity_or_text and entity_or_text in index.catalog.entities:
        return index.entity_name(entity_or_text)
    return entity_or_text


@stored
def _patterns() -> dict:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {
        "compound_name": c(r"[A-ZÀ-Ý][\w'’-]+\s+(?:{name_linkers})\s+[A-ZÀ-Ý]"),
        "article": c(r"^(?:{party_articles})\s*", re.I),
        "umbrella": c(r"(?<!\w)({government_words})(?!\w)"),
        "whole_government": c(r"(?<!\w)({government_whole_words})(?!\w)"),
        "umbrella_words": frozenset(fold(w) for w in words("claims", "government_words")),
    }
