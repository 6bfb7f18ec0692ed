"""The measured thing: a counted figure and a fact that count the same noun bear on each other even when the
fact's sentence shares no other word with the claim, as in a source list written without ``terms:``.

- the same noun ("11 200 salariés" against a fact counted in « salariés », "64 000 pompes" against « pompes à
  chaleur »): whatever the two figures, the fact is one to compare the figure with;
- a noun of the other language that one concept of ``data/concepts.yaml`` joins to the fact's ("2 300 logements"
  against "2,300 homes were damaged"): only when the fact gives the figure itself, written with two significant
  digits or more (a concept is a topic: firefighters and wildfires share one; a figure few other counts share
  says the fact counts what the article counts).

The fact's noun is its declared unit or the noun its sentence writes after its figure; a measure (tonnes, MW)
says how, not what, and the noun for people (« personnes », people) counts anyone."""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from .. import units
from ..compare import compare_quantity
from ..unitfit import BROAD_UNIT_CONCEPTS
from ..counted import PEOPLE, counted_alike, counted_group
from ..language import clause_language
from ..match import Candidate, FactIndex, digits_key, unit_class
from ..model import Claim, Quantity
from ..terms import concepts_in, stem
from .figures import stated_figure


@functools.lru_cache(maxsize=4096)
def _counted_noun(unit: Optional[str]) -> bool:
    """A noun that says what is counted: not a measure, not the noun for anyone."""
    return bool(unit) and unit_class(unit) == "count" and units.lookup(unit) is None \
        and counted_group(unit) != PEOPLE


def counted_noun(unit: Optional[str]) -> bool:
    """Whether a figure's unit is a noun that says what is counted: ``counts_the_same`` is False for any other."""
    return _counted_noun(unit)


@functools.lru_cache(maxsize=8192)
def _same_noun(a: str, b: str) -> bool:
    """One noun: the same counted group, or the head of one is a word of the other (« pompes » / « pompes à
    chaleur », "thefts" / "vehicle thefts")."""
    head = stem(a.split()[0])
    return counted_alike(a, b) or head in {stem(w) for w in b.split()}


def counts_the_same(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Whether the figure and the fact's figure count the same thing, by their nouns (see the module)."""
    fq = c.fact.quantity
    if fq is None or not _counted_noun(q.unit) or not _counted_noun(fq.unit):
        return False
    stated = stated_figure(c.fact, index)
    nouns = [fq.unit] + ([stated.unit] if stated is not None and _counted_noun(stated.unit) else [])
    if any(_same_noun(q.unit, noun) for noun in nouns):
        return True
    if clause_language(claim.text) == index.reading(c.fact).language or q.value is None \
            or len(digits_key(q.value)) < 4:
        return False
    mine = set(concepts_in(q.unit.split()[0])) - BROAD_UNIT_CONCEPTS
    return any(mine & set(concepts_in(noun)) for noun in nouns) \
        and compare_quantity(replace(q, approximate=False), fq)[0] == "supports"


_WORD_AFTER = re.compile(r"\s*([^\W\d_][\w-]*)")


def unit_as_declared(claim: Claim, q: Quantity, cands: list[Candidate]) -> Quantity:
    """A figure read without a noun whose next word is, letter for letter, the unit a candidate fact declares
    (initials in capitals the reader takes for no noun: "41 250 VTC", "1,200 FTE"): counted in that unit."""
    if q.unit is not None or q.end < 0:
        return q
    m = _WORD_AFTER.match(claim.text, max(0, q.end - claim.start))
    if m is None:
        return q
    declared = {c.fact.quantity.unit for c in cands if c.fact.quantity is not None}
    return replace(q, unit=m.group(1)) if m.group(1) in declared else q


def bare_and_unnamed(q: Quantity, window: str, c: Candidate, index: FactIndex) -> bool:
    """A bare figure (no unit) whose clause shares no term with the fact: it may count something else (no noun
    says what it counts: "rose to 4,100" beside a fact of 4,200 visitors, « est passé à 4 100 »)."""
    return q.unit is None and not (index.text_keys(window) & {k for k in index.fact_keys(c.fact) if k.startswith("t:")})
