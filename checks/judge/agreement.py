"""What a figure that agrees or disagrees with the closest fact really is, for the quantity rule
(``checks/judge/rules/quantity.py``): the fact's earlier level, another figure of its sentence, the figure of
another measure or of another fact that gives the same thing, a figure that went the other way, or an outdated one.
"""
from __future__ import annotations

import re

from dataclasses import replace
from typing import Optional

from ..detect import is_expectation
from ..compare import as_share, compare_quantity, fmt_quantity
from ..unitfit import units_comparable
from ..lostcount import lost_direction
from ..counted import employed_people
from ..factread import direction_of, is_change_size, measure_nouns_in
from ..figurewords import is_level, names_a_baseline, written_as_fall
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Fact, Quantity, Roles, same_value
from ..terms import concepts_in, content_stems, stem
from ..slots import clause_spans
from ..text import before_whole, words
from ..units import unit_head
from .clauses import figure_sense, figure_window, window_start
from .figures import (fact_expected, figure_expected, fact_names_all, fact_parties, precise, proper_names_in,
                      significant_digits, stated_figure, units_fit)
from .topicality import GENERIC_CONCEPTS, is_topical, substantive
from .figuresense import sense_fits
from .ownway import own_way
from .levelmove import clause_gloss_way, figure_way, level_movement, way_after
from .qualifiers import claim_qualifiers, measure_fits
from .findings import WAY_VERBS, Finding, same_size, written_as_figure
from .nounslip import noun_slip
from .periods import month_ok, quantity_month, quantity_year, time_ok
from .scope import named_in_clause


def earlier_level(q: Quantity, fact: Fact, index: FactIndex) -> Optional[str]:
    """A bound the fact's figure satisfies ("at least 600" against 2,000) while its sentence gives that number as the
    level it rose or fell from ("about 2,000, up from its March figure of at least 450"; read after the figure before:
    "growth over 5 % and a margin over 30 %" gives none), or one a forecast's sentence revised from ("around £4bn"
    against "cut its guidance to 3.8 billion from 4.0 billion"): the older figure. Returns how the sentence writes it."""
    fq = fact.quantity
    if fq is None or fq.value is None or q.value is None or fq.value == q.value \
            or q.bound not in ("at-least", "at-most") and not fact_expected(fact, index):
        return None
    reading = index.reading(fact)
    ends = [o.end for o in reading.quantities if o.end >= 0]
    return next((x.text.strip() for x, base in zip(reading.quantities, reading.baselines)
                 if x.value is not None and same_value(x.value, q.value) and (base or x.start > 0 and names_a_baseline(
                     fact.statement[max([e for e in ends if e <= x.start], default=0):x.start]))), None)


def written_elsewhere(q: Quantity, cands: list[Candidate], index: FactIndex) -> Optional[Candidate]:
    """A topical fact whose sentence writes exactly the article's precise figure (a single value of four
    significant digits or more: not a round figure many facts share), in a unit of the same kind, as a figure
    beside its declared one (the declared figures were weighed already: their period, measure, place)."""
    if q.value is None or significant_digits(q) < 4 or not any(ch.isdigit() for ch in q.text):
        return None
    exact = replace(q, approximate=False)
    for c in cands:
        if not is_topical(c) or not substantive(c):
            continue
        declared = stated_figure(c.fact, index)
        for fq in index.reading(c.fact).quantities:
            if fq is not declared and fq.value is not None and unit_class(fq.unit) == unit_class(q.unit) \
                    and compare_quantity(exact, fq) == ("supports", ""):
                return c
    return None


def starting_level_of(q: Quantity, cands: list[Candidate], index: FactIndex) -> Optional[Candidate]:
    """The first fact of the topic whose sentence gives exactly the article's starting level as its own starting
    level ("compared with 1,103 a month earlier" against "1,429 …, up from 1,103 in June"): the article quotes
    that fact's earlier figure, whatever the fact its later figure or its year would otherwise be compared with."""
    if q.value is None or not written_as_figure(q):
        return None
    for c in sorted(cands, key=lambda c: c.source.id in index.superseded_by):     # (a replaced source's last)
        if not is_topical(c) or not substantive(c):
            continue
        reading = index.reading(c.fact)
        if not any(reading.baselines):
            continue
        for fq, base in zip(reading.quantities, reading.baselines):
            if base and fq.value is not None and (q.unit is None or fq.unit is None or unit_class(fq.unit) == unit_class(q.unit)) \
                    and compare_quantity(replace(q, unit=q.unit or fq.unit), fq)[0] == "supports":
                return c
    return None


def before_figure(claim: Claim, q: Quantity, window: str) -> str:
    """The words of the figure's clause before it: what it measures."""
    return window[:max(0, q.start - claim.start - window_start(claim, q))]


def after_figure(claim: Claim, q: Quantity, window: str) -> str:
    """The words of the figure's clause right after it, up to a punctuation mark or the next figure: the noun it
    counts or measures when written after it (« 12,7 milliards d'euros de chiffre d'affaires »)."""
    rest = window[max(0, q.end - claim.start - window_start(claim, q)):]
    stop = min([rest.find(ch) for ch in ",;:()" if ch in rest]
               + [o.start - q.end for o in claim.quantities if o.start >= q.end] + [len(rest)])
    return rest[:max(0, stop)]


def subject_keys(claim: Claim, q: Quantity, window: str, index: FactIndex, after: bool = False) -> set[str]:
    """The keys of what a figure measures: the first two content words before it in its clause (what a clause
    speaks of comes first: "Wind farms provided 29.2 %"), and the entities and concepts they name; ``after``:
    those after it, for a clause that opens with its figure ("439,180 pupils were placed")."""
    head = " ".join(w for w, _, _ in words(before_figure(claim, q, window)) if content_stems(w))
    if after and not before_figure(claim, q, window).strip():
        # (from the number on: the noun it counts is what it measures, "4,360 local applicants")
        digits = [i for i, ch in enumerate(q.text) if ch.isdigit()]
        end = q.start + digits[-1] + 1 if digits else q.end
        rest = window[max(0, end - claim.start - window_start(claim, q)):]
        return set().union(*(_word_keys(w, index) for w in [w for w, _, _ in words(rest) if content_stems(w)][:2]))
    head = " ".join(head.split()[:2])
    return {k for k in index.text_keys(head) if k[:2] in ("w:", "e:") or (k[:2] == "c:" and k[2:] not in GENERIC_CONCEPTS)}


def _word_keys(word: str, index: FactIndex) -> set[str]:
    """A word's keys: the concept it names, if any (a fact may write "died" for "were killed"), else the word."""
    keys = {k for k in index.text_keys(word)
            if k[:2] in ("w:", "e:") or (k[:2] == "c:" and k[2:] not in GENERIC_CONCEPTS)}
    return {k for k in keys if k[:2] != "w:"} or keys


def _another_measure(other: Fact, fact: Fact, lang: str, index: FactIndex) -> bool:
    """Another fact of the same source and language whose figure is a measure of its own (another unit class)."""
    return other is not fact and other.quantity is not None and index.reading(other).language == lang \
        and other.source == fact.source and fact.quantity is not None \
        and unit_class(other.quantity.unit) != unit_class(fact.quantity.unit)


# complexity: one filter over the candidates, a test a line (unit, figure, period, month, measure, place, expectation,
# subject), each reading values computed once before the loop
def same_thing_elsewhere(q: Quantity, claim: Claim, window: str, cands: list[Candidate], used: Candidate,
                          index: FactIndex) -> Optional[Candidate]:
    """A fact that gives exactly the article's precise figure, of the claim's period, measure and place, that the
    ranking put below another fact of the topic: what the article refers to, not a wrong figure ("Wind farms
    provided 29.2 %" against "Wind generated a record 29.2 % of UK electricity in 2024", ranked under the share
    of renewables)."""
    if not precise(q):
        return None
    expected = figure_expected(claim, q, window)
    year, month = quantity_year(claim, q, window), quantity_month(claim, q, window)
    measure = claim_qualifiers(claim, window, q)
    named = named_in_clause(claim, q, window, index)
    subject = subject_keys(claim, q, window, index)
    theirs = subject & index.fact_keys(used.fact)
    for c in cands:
        fq = c.fact.quantity
        if c is used or fq is None or c.source.id in index.superseded_by or not substantive(c):
            continue
        if units_fit(q, c.fact, index) is not None or compare_quantity(replace(q, approximate=False), fq) != ("supports", ""):
            continue
        if not (year is None or time_ok(claim, c.fact, year)) or not month_ok(month, c.fact) or not measure_fits(measure, c.fact, index):
            continue
        if named and not named & fact_parties(c.fact, index):
            continue
        if expected != fact_expected(c.fact, index):
            continue
        # it names more of what the figure measures than the fact ranked first ("Wind farms provided 29.2 %":
        # the wind fact, not the share of renewables), and every name of the figure's clause
        if not (subject & index.fact_keys(c.fact)) > theirs or not fact_names_all(c.fact, c.source, proper_names_in(claim)):
            continue
        return c
    return None


def measure_named_elsewhere(before: str, fact: Fact, index: FactIndex, after: str = "",
                            roles: Optional[Roles] = None) -> Optional[tuple[str, Fact]]:
    """The words before a figure (what it measures) share nothing with the fact its value matches, and one of
    them names another fact of the same source, with a figure of its own ("l'accise … a bondi de 7,7 %"
    against "Le TURPE augmente de 7,7 %", when "l'accise … passe à 33,70 €/MWh" is another fact): the figure
    belongs to another measure. Not when the measure noun written right after the figure (``after``: « 35,9
    milliards d'euros de chiffre d'affaires », "$4 billion of revenue") is one the fact names: it says there what
    the figure measures, and the fact gives that measure's figure. A party the clause gives a role (``roles``: « Y
    détenait 17 % du marché avec 232 millions de téléphones livrés », Y delivers) is who acts, not what is measured."""
    if after and measure_nouns_in(after) & measure_nouns_in(fact.statement or ""):
        return None
    doers = [index.catalog.entities.get(r) for r in ((roles.giver, roles.receiver) if roles else ()) if r]
    return _named_before(before, fact, index, frozenset(stem(w) for e in doers if e for n in e.names for w, _, _ in words(n)))


def _named_before(before: str, fact: Fact, index: FactIndex, doers: frozenset = frozenset()) -> Optional[tuple[str, Fact]]:
    """``measure_named_elsewhere`` of the words before the figure."""
    own = index.fact_keys(fact)
    mine = index.text_keys(before)
    if {k for k in mine & own if k[:2] in ("t:", "w:", "e:") or (k.startswith("c:") and k[2:] not in GENERIC_CONCEPTS)}:
        return None
    lang = index.reading(fact).language
    subject = _measure_keys(before, doers)      # what the clause speaks of comes first
    for key in (k for k in subject if k in mine):
        if key in own or not 1 <= len(index.postings.get(key, ())) <= 2:
            continue
        for pos in index.postings[key]:
            other = index.facts[pos]
            if _another_measure(other, fact, lang, index):
                word = next((w for w, _, _ in words(before) if stem(w) == key[2:]), key[2:])
                if direction_of(word) or is_level(word) or set(concepts_in(word)) & GENERIC_CONCEPTS:
                    break                 # a verb of change, transfer or level reached ("slowed", "a reçu",
                    #                       « atteint »), not what is measured
                return word, other
    return None


def _measure_keys(before: str, doers: frozenset) -> list[str]:
    """The keys of the first two content words before a figure, the words of a party's name left out (``doers``)."""
    return ["t:" + w for w in content_stems(before)[:2] if w not in doers]


def direction_conflict(claim: Claim, window: str, fact: Fact, index: FactIndex,
                        q: Optional[Quantity] = None) -> Optional[str]:
    """"rose" against a source that says it fell (or did not change). A level reached ("inflation slowed to
    4.0 %") moves the way the fact's level does from its starting level ("rose by 4.0 % …, compared with
    4.1 % in April": down), not the way its prices do."""
    said = direction_at(claim, q) or own_way(claim, q, window)     # (not the way another figure's words give)
    source = index.reading(fact).direction
    if q is not None and is_level(window[:max(0, q.start - claim.start - window_start(claim, q))][-24:]):
        source = level_movement(fact, index, said, q, (claim.focus or claim.text)[:max(0, q.start - claim.start)]) \
            or way_after(fact, index, q) or (None if figure_is_change(fact, index) else source) \
            or _previous_movement(claim, q, window, fact, index)
    elif direction_at(claim, q):   # (a way said right at the figure, against the clause of the fact writing it)
        source = way_of_its_clause(fact, q, index) or source
    source = _way_of_declared(fact, index, source)
    if said and source and said != source and not claim.negated:
        return f"wrong direction: the article says it {WAY_VERBS[said]}, the source that it {WAY_VERBS[source]}"
    return None


def _previous_movement(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """The way the level moved from the fact of the year before (``prevlevel``), for a level reached."""
    from .prevlevel import previous_level_movement      # (it reads the figure's words as this module does)
    return previous_level_movement(claim, q, window[:max(0, q.start - claim.start - window_start(claim, q))], fact, index)


def way_of_its_clause(fact: Fact, q: Optional[Quantity], index: FactIndex) -> Optional[str]:
    """The way the clause of the fact's sentence that writes the claim's figure says it moved ("Halifax said prices fell 0.4 % while Nationwide's index rose 0.5 %": 0.5 % rose)."""
    if q is None or q.value is None:
        return None
    reading, statement = index.reading(fact), fact.statement
    for x, base in zip(reading.quantities, reading.baselines):
        if base or x.value is None or x.start < 0 or abs(abs(x.value) - abs(q.value)) > 1e-9 * max(1.0, abs(q.value)):
            continue
        span = next(((a, b) for a, b in clause_spans(statement) if a <= x.start < b), None)
        if span:       # (the figure lost, gained or the size of a flow: "rose to 900 t despite outflows of 23 t")
            return ("decrease" if written_as_fall(statement, x.start) else None) or lost_direction(statement, [x]) \
                or clause_gloss_way(statement, x.start, x.end, is_level(statement[span[0]:x.start][-24:])) \
                or direction_of(statement[span[0]:x.start])
    return None


def _way_of_declared(fact: Fact, index: FactIndex, source: Optional[str]) -> Optional[str]:
    """``source``, the way the fact's sentence says things moved; when it says nothing changed, what stays unchanged
    may be another thing than its figure: the way the clause that writes its declared figure (a figure or a range)
    says it moves, when it says one ("The forecast is unchanged, with revenue expected to increase by 4 to 8 %")."""
    fq, statement = fact.quantity, fact.statement or ""
    if fq is None or source != "unchanged":
        return source
    ends = [v for v in (fq.value, fq.min, fq.max) if v is not None]     # (a range may be read as its two ends)
    for x in index.reading(fact).quantities:
        if x.start < 0 or not any(abs(abs(w) - abs(v)) < 1e-9 for w in (x.value, x.min, x.max) if w is not None
                                  for v in ends):
            continue
        span = next(((a, b) for a, b in clause_spans(statement) if a <= x.start < b), None)
        if span:          # (the gloss right after it first: "growth is projected at 1.4 %, unchanged from …")
            return figure_way(statement, x.start, x.end) or direction_of(statement[span[0]:x.start]) or source
    return source


def moved_words(claim: Claim, q: Quantity, window: str) -> str:
    """The words that say which way a level reached moved ("rose slightly to 48,215": "rose"; « a progressé de
    1 240, à 52 318 »: "progressé"): a part of its own beside the level, which may be right when they are wrong;
    "" for a figure that is no level reached ("rose 2.1 %", whose sign is the figure itself)."""
    before = window[:max(0, q.start - claim.start - window_start(claim, q))]
    if not is_level(before[-24:]) or any(o is not q and figure_sense(claim, o, figure_window(claim, o)) == "change"
                                         for o in claim.quantities):
        return ""                # (beside a change, "rose 3.2 % to 6.1 Mt", the way it moved is that figure's sign)
    for said_in in (before, (claim.focus or claim.text)[:max(0, q.start - claim.start)]):   # its clause, then the claim
        said = direction_of(said_in)
        toks = list(re.finditer(r"[^\W\d_][\w'’-]*", said_in)) if said else []
        for n in (1, 2, 3):
            for i in range(len(toks) - n + 1):
                if direction_of(said_in[toks[i].start():toks[i + n - 1].end()]) == said:
                    return said_in[toks[i].start():toks[i + n - 1].end()]
    return ""


def direction_at(claim: Claim, q: Optional[Quantity]) -> Optional[str]:
    """The direction the words right around a figure give ("a 4.1 % drop", "en hausse de 3 %"), which beats one
    said further away in its clause ("the monthly rise had come despite a 4.1 % drop")."""
    if q is None:
        return None
    text = claim.focus or claim.text
    s, e = q.start - claim.start, q.end - claim.start
    after = re.match(r"\s*(\S+)", text[e:e + 20])
    return (direction_of(after.group(1)) if after else None) or direction_of(before_whole(text, s, 20)) \
        or (None if claim.roles.receiver else lost_direction(text[:s], [replace(q, start=s)]))
    # (« a perdu 1,4 million d'abonnés »: a fall; « a cédé 12 canons à l'Ukraine », given to a receiver: none)


def change_against_level(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """"cut the time by 40 %" against a fact whose 40 % is the level reached from 50 % ("40 % of the sentence
    instead of the usual 50 %"): the article gives the size of a change, the source a level; the change is the
    difference (10 points) or its share of the start (20 %). Returns why the figure is wrong, None when the
    article's figure is one of those or the fact gives no starting level."""
    fq = fact.quantity
    if q.unit != "percent" or fq is None or fq.unit != "percent" or fq.value is None \
            or not _change_size_before(claim, before_figure(claim, q, window)) or figure_is_change(fact, index):
        return None
    reading = index.reading(fact)
    start = next((x.value for x, base in zip(reading.quantities, reading.baselines) if x.unit == fq.unit and x.value
                  and x.value != fq.value and (base or names_a_baseline(fact.statement[:x.start]))), None)
    if start is None:
        return None
    points = abs(fq.value - start)
    change = [Quantity(value=points, unit="percent"), Quantity(value=round(100 * points / abs(start), 1), unit="percent")]
    if any(compare_quantity(q, c)[0] == "supports" for c in change):
        return None
    return (f"{q.text.strip()!r} is the level the source gives, not the change: it went from {start:g} % to "
            f"{fq.value:g} %, a change of {points:g} points or {change[1].value:g} %")


def _change_size_before(claim: Claim, before: str) -> bool:
    """Whether the words before a claim's figure make it the size of a change: "cut … by 40 %", « a baissé de
    40 % » (``is_change_size``), or a verb of rise or fall right before it with no linker, "climbed 15 %", "was up
    15 %" (a level reached takes "to", « à »: "climbed to 15 %") — not in a forecast, "expects sales to grow 6.5 %",
    whose rate of growth a source writes as the level of its forecast ("raised its growth forecast to 6.5 %")."""
    last = re.search(r"([^\W\d]+)\W*$", before)
    return is_change_size(before) or bool(last) and direction_of(last.group(1)) in ("increase", "decrease") \
        and not is_expectation(claim.focus or claim.text)


def figure_is_change(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's figure is itself the size of a change ("CPIH rose by 4.0 %"), so that its rise or
    fall says nothing of how the level moved; "24 000 logements …, en hausse de 12,2 %" gives a level."""
    stated = stated_figure(fact, index)
    if stated is None:
        return True
    before = before_whole(fact.statement, stated.start, 24)
    return bool(direction_of(before)) and not is_level(before)


def exceeds(q: Quantity, pool: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """"Turnout has never topped 60 %": any comparable figure of the sources above it refutes it."""
    for c in pool:
        fq = c.fact.quantity
        if units_fit(q, c.fact, index) is None and fq.value is not None and substantive(c):
            share = unit_class(q.unit) == "share"
            fv = as_share(fq)[0] if share else fq.value
            qv = as_share(q)[0] if share else q.value
            if fv is not None and qv is not None and fv > qv:
                when = f" ({c.fact.as_of})" if c.fact.as_of else ""
                return Finding("contradicts", "quantity-bound", c.fact,
                               f"the article says never above {q.text.strip()!r}; the source records {fmt_quantity(fq)}{when}: "
                               f"{c.fact.statement}")
    return None


def near_miss(q: Quantity, claim: Claim, cands: list[Candidate], used: Candidate) -> str:
    for c in cands:
        if c is used or not c.fact.quantity or unit_class(c.fact.quantity.unit) != unit_class(q.unit):
            continue
        # (a bound meets any figure on its open side: only another fact of its very number is the one it gives;
        # "nearly two in three" reaches only just under)
        if q.bound in ("at-least", "at-most") and not q.approximate and not same_size(c.fact.quantity.value, q.value):
            continue
        if compare_quantity(q, c.fact.quantity)[0] == "supports":
            return f" ({q.text.strip()!r} is the figure of another fact: {c.fact.statement.rstrip('.')})"
    return ""


def in_unit_and_sense(claim: Claim, q: Quantity, window: str, pool: list[Candidate], index: FactIndex,
                      another_noun: bool = False) -> list[Candidate]:
    """The facts of the pool in the figure's unit and sense; ``another_noun``: those counted in a noun of the same
    kind in which one of them gives the figure exactly (``noun_slip``), instead."""
    if not another_noun:
        return [c for c in pool if (units_fit(q, c.fact, index, claim) is None or _employed(claim, q, c.fact))
                and sense_fits(claim, q, window, c, index)]
    other = [c for c in pool if units_fit(q, c.fact, index, claim) == "unit"]
    nouns = {c.fact.quantity.unit for c in other if noun_slip(q, c.fact)}
    return [c for c in other if c.fact.quantity.unit in nouns]


def _employed(claim: Claim, q: Quantity, fact: Fact) -> bool:
    """People a verb of employing counts, against the fact's count of workers ("employs 5,000 people" / 5,000
    employees, « emploie 5 000 personnes » / 5 000 salariés): ``counted.employed_people``."""
    return fact.quantity is not None and employed_people(claim.text[:max(0, q.start - claim.start)], q.unit, fact.quantity.unit)


def counted_by_a_fact(q: Quantity, index: FactIndex) -> bool:
    """Whether the claim's counted noun is one a fact of the source list counts its own figure in ("blessés" when
    some fact counts blessés): a figure in it that another fact gives in another noun may be a wrong measure."""
    head = unit_head(q.unit or "").strip()
    if not head or unit_class(head) != "count":
        return False
    mine = replace(q, unit=head)
    return any(f.quantity is not None and unit_class(f.quantity.unit) == "count"
               and units_comparable(mine, f.quantity, f) is None for f in index.facts)
