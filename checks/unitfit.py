"""Whether a claim's figure and a fact's are in units that compare: the same unit, currency or counted noun ("cases"
and « cas », « entrées » and visitors, "northern provinces" and provinces, a noun the fact's terms name), a rate its
adjective makes ("22 vessels a day" and "daily transits"), and what kind of thing a figure counts. Split from
``checks/compare.py``, which compares the figures themselves.
"""
from __future__ import annotations

import re
from typing import Optional

from . import units
from .counted import counted_alike, generic_counter
from .unitkeys import per_tail, rate_parts, unit_class
from .model import Claim, Fact, Quantity
from .resources import word_table, words
from .text import fold
from .terms import concepts_in, stem


def units_comparable(cq: Quantity, fq: Quantity, fact: Optional[Fact] = None,
                     written: Optional[str] = None) -> Optional[str]:
    """None if comparable, else why not ("currency", "unit"). Counted things compare only when the
    fact names the claim's noun: its unit, the noun its sentence writes after the figure (``written``: "684 200
    candidats" for a quantity in "people"), or one of its terms ("obus" for "artillery shells")."""
    cu, fu = unit_class(cq.unit), unit_class(fq.unit)
    if cu == fu:
        if cu == "count" and not _same_count_unit(cq.unit, fq.unit, fact) and not generic_counter(fq.unit) and \
                not (written and unit_class(written) == "count" and _same_count_unit(cq.unit, written)):
            return "unit"
        return None
    if cu and fu and cu.startswith("money:") and fu.startswith("money:") and \
            cu.partition(" per ")[2] == fu.partition(" per ")[2]:
        return "currency"
    if cu is None and fu == "count":
        return None
    return _unless_adjective_rates(cq.unit, fq.unit, fact)


def _unless_adjective_rates(a: Optional[str], b: Optional[str], fact: Optional[Fact]) -> Optional[str]:
    """"unit" for two units of other kinds, unless one is a rate and the other a counted noun its adjective makes
    the same rate of a noun that counts the same thing: "22 vessels a day" against "daily transits" of 22
    (``adjective_rate``): then None."""
    ra, rb = adjective_rate(a) or a, adjective_rate(b) or b
    if (ra, rb) == (a, b) or unit_class(ra) != unit_class(rb) or not (unit_class(ra) or "").startswith("count per "):
        return "unit"
    return None if _same_count_unit(rate_parts(ra)[0], rate_parts(rb)[0], fact) else "unit"


def same_kind_of_thing(q: Quantity, fq: Quantity) -> bool:
    """Whether a figure a source's sentence writes may be the claim's by what it counts: not a measure (years, an age,
    kilometres) for a counted noun, « 15 ans » for « 15 à 17 personnes », nor a measure of another family; two
    counted nouns may name one thing in other words ("motards" among the people killed), left to the clause. Nor is a
    count of a noun a share: "three new virtual schools" is no "3 %", « trois usines » no « 3 % » (a sum of money may
    be, its currency left to the words before it: « un effort de 50 milliards d'euros, dont 30 milliards d'économies »)."""
    a, b = units.lookup(q.unit) if q.unit else None, units.lookup(fq.unit) if fq.unit else None
    if {unit_class(q.unit), unit_class(fq.unit)} == {"count", "share"}:
        return False
    if a and b:
        return a.family == b.family
    return not (q.unit and fq.unit and unit_class(q.unit) == unit_class(fq.unit) == "count" and (a or b))


BROAD_UNIT_CONCEPTS = {"weapon", "military", "value", "share", "aid", "troops"}


# complexity: the ways two counted nouns name the same thing, tried in order from the most certain (units, heads, the
# fact's terms, concepts)
def _same_count_unit(a: Optional[str], b: Optional[str], fact: Optional[Fact] = None) -> bool:
    if not a or not b or counted_alike(a, b) or generic_counter(a):
        return True
    ua, ub = units.lookup(a), units.lookup(b)
    if ua or ub:
        return bool(ua and ub and ua.family == ub.family)
    head = stem(a.split()[0])
    if head == stem(b.split()[-1]) or head == stem(b.split()[0]) or _compound_of(a, b) or _compound_of(b, a):
        return True
    if _qualified(a, b) or _qualified(b, a):
        return True                       # ("northern provinces" / "provinces": the noun, a word before it)
    if fact is not None and fold(a) in {fold(t) for t in fact.terms}:
        return True                       # (the claim's noun is one of the fact's terms: "teenage accounts")
    if fact is not None:
        named = {stem(w) for w in b.split()} | {stem(t) for t in fact.terms if len(t.split()) == 1}
        # the head of a multi-word term: "vols de véhicules" (French, head first), "vehicle thefts" (English, last)
        named |= {stem(t.split()[0]) for t in fact.terms if len(t.split()) > 1 and t.split()[1] in words("measures", "head_first_linkers")}
        named |= {stem(t.split()[-1]) for t in fact.terms if len(t.split()) > 1 and t.isascii()}
        if head in named:
            return True
    ca = set(concepts_in(a.split()[0])) - BROAD_UNIT_CONCEPTS
    cb = set(concepts_in(b)) - BROAD_UNIT_CONCEPTS
    return bool(ca & cb)


def _qualified(a: str, b: str) -> bool:
    """Whether one noun is the other, a single word, with words before it that qualify it ("northern provinces" /
    "provinces", « grandes villes » / « villes »): its last word is the other."""
    head = a.split()
    return " " not in b and len(head) == 2 and head[0] not in words("measures", "head_first_linkers") \
        and stem(head[-1]) == stem(b)


def _compound_of(a: str, b: str) -> bool:
    """Whether one noun is the other with a word written before it as one word, the other its head ("wildfires" /
    "fires", "warships" / "ships"): both of a single word, the head of four letters at least."""
    a, b = fold(a), fold(b)
    return " " not in a + b and len(b) >= 4 and len(a) > len(b) + 2 and a.endswith(b)


def adjective_rate(unit: Optional[str]) -> Optional[str]:
    """A counted noun a rate's adjective qualifies, written as that rate: "daily transits" -> "transits per day",
    « passages quotidiens » -> « passages per jour » (``per_adjectives`` of ``numbers.yaml``, first or last word);
    None when the unit is no such noun."""
    u = (unit or "").strip()
    if not u or rate_parts(u):
        return None
    adjectives = word_table("numbers", "per_adjectives")
    head, _, rest = u.partition(" ")
    if rest and fold(head) in adjectives:
        return f"{rest} per {adjectives[fold(head)]}"
    rest, _, last = u.rpartition(" ")
    if rest and fold(last) in adjectives:
        return f"{rest} per {adjectives[fold(last)]}"
    return None


def implied_rate(claim: Claim, q: Quantity, fq: Quantity, tail: str) -> bool:
    """Whether the words right before a claim's money figure (since the figure before it, eight at most) name a noun of
    an amount paid on each ``tail`` (``implied_per`` of ``data/lang/<code>/numbers.yaml``: "a final dividend of 8.4p",
    « un dividende de 1,20 euro »: per share), the figure of the fact's size (within ten times: "dividends of £150m"
    are no dividend per share)."""
    if not (q.value and fq.value) or not 0.1 < abs(q.value / fq.value) < 10:
        return False
    lo = max([o.end for o in claim.quantities if o.end <= q.start] + [claim.start]) - claim.start
    table = word_table("numbers", "implied_per")
    before = [fold(w) for w in _WORD.findall(claim.text[max(lo, 0):max(q.start - claim.start, 0)])][-8:]
    return any(per_tail(str(table[w])) == tail for w in before if w in table)


_WORD = re.compile(r"\w+")

