"""Stage 3b, read the facts: every fact's ``statement`` goes through the same reader as an article's claims.

A source list written the way people write it has a plain statement and perhaps a quantity and a date; ``terms:``
are optional. What the index and the judge need is read from the statement itself, with the claims' own analysis
(``checks.detect``): its figures (with bounds and units), the period it refers to, its parties, its direction (rise,
fall, no change), its polarity, and the words that qualify what is measured ("youth unemployment", "net exports").
The YAML fields win where they are given.

``read_fact(fact, matcher)`` returns a frozen ``FactReading``; ``facets(fact, reading)`` gives the fact once per
figure it states (a statement "fell from 2.3 million to 2.1 million in March" is two figures with their own periods),
each a ``Fact`` whose ``quantity`` and ``as_of`` are filled in.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Optional

from .detect import Context, is_figure, analyse_statement
from .detect.figures import difference_words, is_difference  # noqa: F401  (is_difference: read from here by the judge)
from .detect.attributed import speaker_of
from .entities import EntityMatcher
from .factclauses import clause_facets
from .language import detect_language
from .heldnames import intensifier_at, without_held_names
from .lostcount import lost_direction
from .appraisedway import appraised_direction
from .openingcause import after_opening_cause
from .growthnoun import growth_rate_moved
from .model import Claim, Fact, Quantity, Statement, same_value
from .numbers import find_dates
from .resources import compiled, lexicon, word_pattern, words as word_list
from .slots import starts_a_span
from .figurewords import completes_a_pronoun, is_baseline, light, way_into, words_before_pattern, written_as_fall
from .terms import LANGS, denied_concept_at, outer_concepts_in
from .text import fold, unelided, words
from .acronyms import as_acronyms
from .tablestore import stored

DIRECTIONS = ("increase", "decrease", "unchanged")
_CHANGES = frozenset(DIRECTIONS[:2])


@dataclass(frozen=True)
class FactReading:
    """What the reader understood of a fact's statement."""
    language: str
    quantities: tuple[Quantity, ...] = ()       # figures (not bare years), in order
    years: tuple[Optional[int], ...] = ()       # the year each figure is for, where its clause says
    baselines: tuple[bool, ...] = ()            # whether each figure is a change's starting level ("from 5.4 %")
    period: Optional[str] = None                # ISO year or year-month the statement is about
    direction: Optional[str] = None             # increase | decrease | unchanged
    negated: bool = False
    giver: Optional[str] = None
    receiver: Optional[str] = None
    role_verb: Optional[str] = None     # the concept of the verb that gave giver and receiver ("supply", "stake")
    entities: tuple[str, ...] = ()
    qualifiers: frozenset[str] = frozenset()    # measure qualifiers: "youth", "net", "core"...
    dates: tuple = ()                           # every date of the statement (``numbers.find_dates``)
    speaker: Optional[str] = None               # who its frame has saying it ("X announced it would …"): id or words


@stored
def _qualifier_table(table_name: str = "qualifiers") -> dict[str, str]:
    """the words of a qualifier (or, ``table_name`` "measure_nouns", of a measure noun) as its list writes them, folded
    (each form a language's own: the French "grosse" is no English "gross", "the probation service" no trade in
    services) -> the qualifier's id, from ``data/lang/<code>/measures.yaml``."""
    table: dict[str, str] = {}
    for lang in LANGS:
        for qid, forms in (lexicon(lang, "measures").get(table_name) or {}).items():
            for form in forms:
                key = tuple(unelided(w) for w, _, _ in words(str(form)))
                if key:
                    table[" ".join(key)] = qid
    return table


def from_to_start(text: str, s: int, e: int) -> bool:
    """Whether the figure at ``s:e`` of ``text`` is where a change starts, written "from X to Y" after a word of
    change (« est tombé de 164 à 41 »: 164 is the earlier level): ``change_from_words`` just before it,
    ``change_to_words`` and another figure (its currency's sign first, if any) just after it."""
    before, after = light(text[max(0, s - 40):s]), fold(text[e:e + 12])
    joined = words_before_pattern("change_from_words").search(before)
    if not joined or not _to_pattern().match(after):
        return False
    verb = re.search(r"([^\W\d_]+)\s*\Z", before[:joined.start()])
    return bool(direction_of(before)) or bool(verb) and verb.group(1) in _range_verbs()


@stored
def _range_verbs() -> frozenset[str]:
    return frozenset(light(w) for w in word_list("numbers", "range_change_verbs"))


@stored
def _to_pattern() -> re.Pattern:
    return compiled(rf"\s*(?:{'|'.join(re.escape(fold(w)) for w in word_list('measures', 'change_to_words'))})\s+[^\w\s]?\d")


def is_change_size(before: str) -> bool:
    """Whether the words just before a figure make it the size of a change ("cut … by 40 %", « a baissé de
    40 % »): ``change_size_before`` in ``data/lang/<code>/measures.yaml`` after a word of change in its clause, or
    ``change_noun_linkers`` right after a noun of change ("an increase of £0.3bn", « une hausse de »)."""
    clause = re.split(r"[,;:()]", before)[-1]
    if words_before_pattern("change_size_before").search(light(clause)) and direction_of(clause):
        return True
    noun = word_pattern("measures", r"([^\W\d_]+)\s+(?:{change_noun_linkers})\s*$", re.IGNORECASE).search(clause)
    return bool(noun) and bool(direction_of(noun.group(1)))


@stored
def _qualifier_firsts() -> frozenset[str]:
    """The first word of every key of ``_qualifier_table``."""
    return frozenset(k.split(" ")[0] for k in _qualifier_table())


@stored
def _intensifiers() -> frozenset[str]:
    """Qualifier words that, just before a word of change, say how sharp it is (``qualifier_intensifiers`` in
    ``data/lang/<code>/measures.yaml``), folded."""
    return frozenset(unelided(str(w)) for lang in LANGS for w in lexicon(lang, "measures").get("qualifier_intensifiers") or [])


@stored
def _record_scopes() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that name a record, folded, and the qualifiers of the period figures are counted over
    (``record_nouns``, ``record_scope_qualifiers`` in ``data/lang/<code>/measures.yaml``)."""
    nouns = frozenset(unelided(str(w)) for lang in LANGS for w in lexicon(lang, "measures").get("record_nouns") or [])
    scopes = frozenset(str(w) for lang in LANGS for w in lexicon(lang, "measures").get("record_scope_qualifiers") or [])
    return nouns, scopes


@stored
def _document_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """``document_qualifiers`` of ``measures.yaml``: (qualifier words, the nouns they qualify there), folded."""
    bare = lambda ws: frozenset(unelided(str(w)) for w in ws or [])
    return tuple((bare(d.get("words")), bare(d.get("nouns")))
                 for lang in LANGS for d in lexicon(lang, "measures").get("document_qualifiers") or [])


def _qualifies_document(toks: list[str], i: int) -> bool:
    """A qualifier word beside a noun of forecast or publication ("the median forecast", "its quarterly outlook",
    « la prévision médiane »): which of the forecasts, or how often it is published, not what is measured."""
    return any(toks[i] in words and any(0 <= j < len(toks) and toks[j] in nouns for j in (i - 1, i + 1))
               for words, nouns in _document_pairs())


@stored
def _wholes() -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    """The words that join two qualifiers and the pairs of qualifiers that, joined, name the whole
    (``qualifier_joiners``, ``complementary_qualifiers`` in ``data/lang/<code>/measures.yaml``)."""
    joiners = frozenset(unelided(str(w)) for lang in LANGS for w in lexicon(lang, "measures").get("qualifier_joiners") or [])
    pairs = frozenset(frozenset(p) for lang in LANGS for p in lexicon(lang, "measures").get("complementary_qualifiers") or [])
    return joiners, pairs


@functools.lru_cache(maxsize=8192)
def qualifiers_in(text: str) -> frozenset[str]:
    """The measure qualifiers a text names ("youth" in "youth unemployment", "chômage des jeunes"); the judge asks
    for the same fact's and claim's windows again and again, hence the cache (the answer is immutable)."""
    table, firsts = _qualifier_table(), _qualifier_firsts()
    toks = [unelided(w) for w, _, _ in words(as_acronyms(without_held_names(text)))]    # (``heldnames``; ``acronyms``)
    found, whole = set(), set()
    for i, tok in enumerate(toks):
        if tok not in firsts and " " not in tok:
            continue                   # (no qualifier starts with this word)
        if intensifier_at(toks, i, _intensifiers(), direction_of):
            continue                   # (« un net recul »: how sharp the change is, not what is measured)
        if _qualifies_document(toks, i):
            continue                   # ("the median forecast", "a quarterly outlook": not what is measured)
        for n in (3, 2, 1):
            qid = table.get(" ".join(toks[i:i + n]))
            if qid and _record_scope(qid, toks, i, n):
                break                  # (« un record mensuel », "a monthly record": the record's scope, not the measure)
            if qid:
                found.add(qid)
                if i >= 2 and toks[i - 1] in _wholes()[0] and frozenset((table.get(toks[i - 2]), qid)) in _wholes()[1]:
                    whole.add(frozenset((table.get(toks[i - 2]), qid)))
    # (two halves joined, "goods and services", « hommes et femmes »: the whole, no restriction)
    return frozenset(found - {q for pair in whole for q in pair})


def _record_scope(qid: str, toks: list[str], i: int, n: int) -> bool:
    """Whether the qualifier ``qid``, the words ``toks[i:i + n]``, says which figures a record ranks among: a
    qualifier of the period figures are counted over, right beside a noun that names a record ("a monthly
    record", « un record mensuel »)."""
    nouns, scopes = _record_scopes()
    return qid in scopes and bool({toks[j] for j in (i - 1, i + n) if 0 <= j < len(toks)} & nouns)


def measure_noun_words(text: str) -> list[tuple[str, int, int]]:
    """The words of a text with, for each, the id of the measure noun of one to four words (« résultat des activités poursuivies ») that starts there
    (``measure_nouns`` of ``measures.yaml``, read as ``measure_nouns_in`` reads them) and its length in words: (id,
    start, words) for each one found."""
    table, firsts = _qualifier_table("measure_nouns"), _measure_noun_firsts()
    toks = [unelided(w) for w, _, _ in words(as_acronyms(text))]      # (a measure spelled out: its acronym's)
    # (a word no measure noun opens with opens none of any length: its four look-ups are not made)
    return [(qid, i, n) for i in range(len(toks)) if toks[i] in firsts
            for n in (4, 3, 2, 1) for qid in [table.get(" ".join(toks[i:i + n]))] if qid]


@stored
def _measure_noun_firsts() -> frozenset[str]:
    """The first word of every measure noun of ``_qualifier_table("measure_nouns")`` (as ``_qualifier_firsts``)."""
    return frozenset(k.split(" ")[0] for k in _qualifier_table("measure_nouns"))


@functools.lru_cache(maxsize=8192)
def measure_nouns_in(text: str) -> frozenset[str]:
    """The measure nouns a text names: the words of general economic and statistical vocabulary that say what a
    figure counts ("deficit", "exports", "permits", « recettes », « mises en chantier »), as their ids
    (``measure_nouns`` in ``data/lang/<code>/measures.yaml``)."""
    return frozenset(qid for qid, _, _ in measure_noun_words(text))


@functools.lru_cache(maxsize=8192)
def figure_measures_in(text: str) -> frozenset[str]:
    """The measure nouns a text names (``measure_nouns_in``) with those of ``figure_measures`` of ``measures.yaml``
    ("unemployment", "dividend", « taux directeur »), read to tell one measure's figure from another's."""
    table = _qualifier_table("figure_measures")
    toks = [unelided(w) for w, _, _ in words(text)]
    return measure_nouns_in(text) | {qid for i in range(len(toks)) for n in (3, 2, 1)
                                     for qid in [table.get(" ".join(toks[i:i + n]))] if qid}


@stored
def _sibling_table() -> dict[str, tuple[str, str]]:
    """The words of every member of ``measure_siblings`` as its list writes them, folded -> (family, member)."""
    table: dict[str, tuple[str, str]] = {}
    for lang in LANGS:
        for family, members in (lexicon(lang, "measures").get("measure_siblings") or {}).items():
            for member, forms in members.items():
                table.update({" ".join(unelided(w) for w, _, _ in words(str(f))): (family, member) for f in forms})
    table.pop("", None)
    return table


@stored
def _sibling_firsts() -> frozenset[str]:
    """The first words of the members of ``measure_siblings`` (folded)."""
    return frozenset(k.split(" ")[0] for k in _sibling_table())


@functools.lru_cache(maxsize=8192)
def measure_siblings_in(text: str) -> frozenset[tuple[str, str]]:
    """The measures of one family that are each another thing a text names, as (family, member) ids ("house
    prices" -> housing-cost/house-prices, « loyers » -> housing-cost/rents: ``measure_siblings`` in
    ``data/lang/<code>/measures.yaml``), the longest words first."""
    table, firsts = _sibling_table(), _sibling_firsts()
    toks, found, i = [unelided(w) for w, _, _ in words(text)], set(), 0
    while i < len(toks):
        if toks[i] not in firsts and " " not in toks[i]:
            i += 1                     # (no member's words start with this word)
            continue
        n = next((n for n in (5, 4, 3, 2, 1) if " ".join(toks[i:i + n]) in table), 0)
        if n:
            found.add(table[" ".join(toks[i:i + n])])
        i += max(n, 1)
    return frozenset(found)


@functools.lru_cache(maxsize=8192)
def direction_of(text: str) -> Optional[str]:
    """The direction of change a text states: the first of rise / fall / no change it names, or that a figure given as
    a difference says ("12 % fewer", « 300 de moins ») when no word of change comes before it; a first figure written
    as a negative percentage is a fall ("growth of -0.3 %", « une croissance de -14 % »: ``written_as_fall``). Per text."""
    for i, m in enumerate(_FIGURE.finditer(text)):
        said = None if _YEAR.fullmatch(m.group(0)) else difference_words(text, m.start(), m.end())
        if said and said[0]:
            return _named_direction(text[:m.start()]) or ("increase" if said[0] == "up" else "decrease")
        if not _YEAR.fullmatch(m.group(0)) and (way := way_into(text[max(0, m.start() - 40):m.start()])):
            return _named_direction(text[:m.start()]) or way    # ("stayed at 3.6 billion", « relevé à 1,15 euro »)
        if i == 0 and written_as_fall(text, m.start()) and _named_direction(text[:m.start()]) != "unchanged":
            return "decrease"
    return growth_rate_moved(text, _named_direction) or _named_direction(text)    # (« la croissance … est tombée »)


def _named_direction(text: str) -> Optional[str]:
    """The first direction a text names; no change when it denies a rise or a fall (« sans la moindre
    progression », "without any increase") and names no other way before or after."""
    denied = denied_concept_at(text, _CHANGES)
    parts = [text] if denied is None else [text[:denied[0]], text[denied[1]:]]
    for c in (c for part in parts for c in outer_concepts_in(part)):
        if c in DIRECTIONS:
            return c
    return appraised_direction(text) if denied is None else "unchanged"     # ("improved": its measure's way)


_FIGURE = compiled(r"(?<![\w.,])\d(?:[\d.,\u00a0\u202f]*\d)?(?:\s*%)?")   # a written figure, its per cent sign
_YEAR = compiled(r"(?:1[89]|20)\d\d")      # a year, which no difference follows ("in 2023 more people …")


def read_fact(fact: Fact, matcher: EntityMatcher) -> FactReading:
    """A fact's statement read like an article's: its figures (with their years and whether each is a starting
    level), period, dates, direction, polarity, parties and measure qualifiers."""
    text = fact.statement or ""
    lang = detect_language(text)
    lang = lang if lang in LANGS else "en"
    st = Statement(index=0, text=text, start=0, end=len(text))
    year = int(fact.as_of[:4]) if fact.as_of and str(fact.as_of)[:4].isdigit() else None
    analysed = analyse_statement(st, text, Context(lang=lang, matcher=matcher, article_year=year))
    claims = analysed.claims
    quantities, years, baselines = _figures_of(claims, text)
    dates = [d for c in claims for d in c.dates if d.relation == "at" and not starts_a_span(text, d.start)]
    period = dates[0].iso() if dates else None
    main = next((c for c in claims if c.role == "main"), claims[0] if claims else None)
    giver = receiver = role_verb = None
    if main is not None:
        giver, receiver, role_verb = main.roles.giver, main.roles.receiver, main.roles.verb
    entities = tuple(dict.fromkeys(m.entity for c in claims for m in c.mentions))
    return FactReading(language=lang, quantities=tuple(quantities), years=tuple(years), baselines=tuple(baselines),
                       dates=_read_dates(claims, text, lang),
                       period=period,
                       direction=direction_of(after_opening_cause(text)) or (None if receiver else lost_direction(text, quantities)), negated=bool(main and main.negated),
                       giver=giver, receiver=receiver, role_verb=role_verb, entities=entities, qualifiers=qualifiers_in(text),
                       speaker=speaker_of(claims, text))


def _read_dates(claims: list[Claim], text: str, lang: str) -> tuple:
    """The statement's dates as the claim reader reads them (a starting year is a baseline: "rose 12.9 % in
    2024 compared with 2023"), then any other date it writes, in order."""
    read = {d.start: d for c in claims for d in c.dates if d.start >= 0}
    for d in find_dates(text, lang):
        read.setdefault(d.start, d)
    return tuple(read[k] for k in sorted(read))


def _own_year(claim: Claim, q: Quantity) -> Optional[int]:
    """The year a figure of a fact is for: the first date after it and before the next figure ("2.3 million in 2024
    and 2.1 million in 2025"), else the last date between the previous figure and it; not a deadline ("a 5 % target by
    2030") nor the year of a level a pronoun stands for (« une marge proche de celle de 2024 »)."""
    figures = sorted((o.start, o.end) for o in claim.quantities if o.unit != "year")
    nxt = min((s for s, _ in figures if s >= q.end), default=claim.end)
    prev = max((e for _, e in figures if e <= q.start), default=claim.start)
    dates = [d for d in claim.dates if not starts_a_span(claim.text, d.start - claim.start) and d.relation != "until"
             and not completes_a_pronoun(claim.text, d.start - claim.start)]
    after = [d for d in dates if q.end <= d.start < nxt]
    before = [d for d in dates if prev <= d.start < q.start]
    return after[0].year if after else (before[-1].year if before else None)


def _figures_of(claims: list, text: str) -> tuple[list, list, list]:
    """The figures of a statement's claims (not years), each with its own year and whether it is a starting
    level ("up from 5.4 %")."""
    quantities, years, baselines = [], [], []
    for c in claims:
        for q in c.quantities:
            if q.unit == "year" or (q.value is None and q.min is None) or not is_figure(q):
                continue
            quantities.append(q)
            years.append(_own_year(c, q))
            baselines.append(is_baseline(text[max(0, q.start - 60):q.start]))
    return quantities, years, baselines


def facets(fact: Fact, reading: FactReading) -> list[Fact]:
    """The fact, with what the reader found filled in where the YAML left it empty; one facet per figure
    when the YAML gives no quantity and the statement gives several (each with its own year). A starting
    level ("up from 5.4 %") is a facet only when its own year is said: its period is not the statement's."""
    base = replace(fact,
                   subject=fact.subject or reading.giver,
                   object=fact.object or (reading.receiver if reading.receiver != (fact.subject or reading.giver) else None),
                   as_of=fact.as_of or reading.period)
    if fact.quantity is not None:
        written = _written_as(fact, reading)
        return [replace(base, quantity=replace(fact.quantity, text=written)) if written else base,
                *clause_facets(base, reading)]
    if not reading.quantities:
        return [base]
    return _figure_facets(base, reading)


def _written_as(fact: Fact, reading: FactReading) -> Optional[str]:
    """The declared figure as its sentence writes it ("4.0 %": its rounding), when the sentence has it."""
    return next((q.text for q in reading.quantities if not fact.quantity.text and same_base_unit(q.unit, fact.quantity.unit)
                 and q.value is not None and fact.quantity.value is not None
                 and same_value(fact.quantity.value, q.value)), None)


def same_base_unit(read: Optional[str], declared: Optional[str]) -> bool:
    """The unit the sentence writes and the one the list declares name the same thing counted or paid, whatever
    each says it is per: « 1,40 euro par action » read as "EUR per action" is the list's "EUR per share"."""
    return read == declared or bool(read and declared and read.split()[0] == declared.split()[0])


def _figure_facets(base: Fact, reading: FactReading) -> list[Fact]:
    """One facet per figure the statement gives (its own year when it says one); a starting level only with
    its own year."""
    year = str(base.as_of)[:4] if base.as_of else None
    out = []
    for q, y, start_level in zip(reading.quantities, reading.years, reading.baselines):
        own_year = y is not None and str(y) != year
        if start_level and not own_year:
            continue
        out.append(replace(base, quantity=replace(q, start=-1, end=-1),   # offsets are the statement's
                           as_of=str(y) if own_year else base.as_of))
    return out or [base]
