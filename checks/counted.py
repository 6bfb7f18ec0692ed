"""Counted nouns that count the same thing (``counted_nouns`` of ``data/lang/<code>/measures.yaml``): « entrées »
and visitors, « action » and share, « enfant » and child; and people named by what they ask for or receive, which
the noun for people counts too ("600,660 people had applied" / 600,660 applicants). Used where units are compared
(``checks.compare``, ``checks.unitkeys.per_tail``)."""
from __future__ import annotations

from typing import Optional

from .resources import LANGS, lexicon
from .text import fold
from .tablestore import stored

PEOPLE = "people"          # the group id of the noun for people (data/lang/*/measures.yaml)


@stored
def _groups() -> dict[str, tuple[str, ...]]:
    """Each listed noun, folded, with its group ids, the first listed first (the groups of every language merged by
    id; a noun may count two groups: "travellers" are a country's visitors and a railway's passengers)."""
    out: dict[str, tuple[str, ...]] = {}
    for lang in LANGS:
        for group, nouns in (lexicon(lang, "measures").get("counted_nouns") or {}).items():
            for noun in nouns or []:
                key = fold(str(noun))
                if str(group) not in out.get(key, ()):
                    out[key] = out.get(key, ()) + (str(group),)
    return out


@stored
def _people_groups() -> frozenset[str]:
    return frozenset(str(g) for lang in LANGS for g in lexicon(lang, "measures").get("counted_people") or [])


def counted_group(noun: Optional[str]) -> Optional[str]:
    """The group of a counted noun: its first word that the lists name ("premières demandes", "personnes
    protégées", "asylum applicants"), else None."""
    groups = counted_groups(noun)
    return groups[0] if groups else None


def counted_groups(noun: Optional[str]) -> tuple[str, ...]:
    """Every group of a counted noun's first word that the lists name (see ``counted_group``)."""
    groups = _groups()
    for word in (noun or "").split():
        found = groups.get(fold(word.strip(".,;:()'’")))
        if found:
            return found
    return ()


def counted_alike(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two counted nouns count the same thing: one group, or the noun for people and a group of people
    named by what they ask for or receive (never two such groups: applicants are not beneficiaries)."""
    ga, gb = counted_groups(a), counted_groups(b)
    if not ga or not gb:
        return False
    if set(ga) & set(gb):
        return True
    return any({x, y} - {PEOPLE} <= _people_groups() and PEOPLE in (x, y) for x in ga for y in gb)


@stored
def _generic() -> frozenset[str]:
    return frozenset(fold(str(w)) for lang in LANGS for w in lexicon(lang, "measures").get("generic_counters") or [])


def generic_counter(noun: Optional[str]) -> bool:
    """Whether a counted noun counts whatever its clause names ("75 units", « 32 exemplaires »), from
    ``generic_counters`` of ``data/lang/<code>/measures.yaml``."""
    return bool(noun) and fold(noun.split()[0].strip(".,;:()'’")) in _generic()


@stored
def _employ_verbs() -> frozenset[str]:
    return frozenset(fold(str(w)) for lang in LANGS for w in lexicon(lang, "measures").get("employ_verbs") or [])


def employed_people(before: str, noun: Optional[str], other: Optional[str]) -> bool:
    """Whether a figure counted in the noun for people (``noun``) is the object of a verb of employing, among the
    three words before it (``before``, the text up to the figure), and so counts the same as a count of workers
    (``other``): "ABF employs fewer than 100,000 people" / 138,000 employees, « Velmor emploie 5 000 personnes » /
    5 000 salariés (``employ_verbs`` of ``data/lang/<code>/measures.yaml``)."""
    if PEOPLE not in counted_groups(noun) or "workers" not in counted_groups(other):
        return False
    return any(fold(w) in _employ_verbs() for w in before.replace("’", "'").split()[-3:])
