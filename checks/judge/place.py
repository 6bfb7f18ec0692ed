"""The place or party a figure is said of, against the one a fact is of (``scope.same_place``): the figure a fact
gives for another place or party ("Average UK rents rose 7.4 %" for "rents in England rose 7.4 %"; the 1,118
cocaine deaths of England and Wales for "In Scotland, … to 1,118") is not its place's: unverified if the list gives none.

Each figure of a sentence is also read with its own place (``figure_places``: the place phrase right after it, else
the one the sentence opens with, « 14 % en Norvanie et 6 % en Basse-Orlande »), compared on the whole name (Orlande
is not Haute-Orlande): a figure a fact confirms for another place, while the list gives the claim's place another
figure, is contradicted (``placed_elsewhere``); one another place's declared figure refutes, while the same sentence
gives it for the claim's place, is confirmed (``given_for_its_place``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..compare import compare_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import LANGS, lexicon, word_pattern, word_table, words
from ..placenames import folded_place_id, forms_regex, places_in
from ..unitkeys import is_money
from ..terms import content_stems
from ..text import fold
from .figures import fact_parties, figure_window, signed, stated_figure
from .findings import Finding, per_fact, size_of
from .creditedparty import credited_to_another
from .incises import incises, opens_complement
from ..tablestore import stored


def publishers(index: FactIndex) -> frozenset[str]:
    """Who publishes the list's sources: who says a figure, not what it is of (read once per index; its count checked)."""
    memo = index.__dict__.get("_publishers")
    if memo is None or memo[0] != len(index.sources):
        memo = index.__dict__["_publishers"] = (len(index.sources),
                                                frozenset(s.publisher for s in index.sources.values() if s.publisher))
    return memo[1]


def own_parties(fact: Fact, index: FactIndex) -> set[str]:
    """The places and parties a fact is of: its declared subject and object, and those its sentence names, but who
    publishes (the BLS of "payroll employment rose by 73,000, the BLS reported" reports a US figure)."""
    return fact_parties(fact, index) - publishers(index)


def described(claim: Claim) -> set[str]:
    """The parties named only in a descriptive incise ("X, the country's second-largest, will cut …", ``incises``)."""
    dates = tuple((d.start - claim.start, d.end - claim.start) for d in claim.dates if d.start >= 0)
    spans = incises(claim.text, dates)
    inside = {m.entity for m in claim.mentions if any(a <= m.start - claim.start < b for a, b in spans)}
    return inside - {m.entity for m in claim.mentions if not any(a <= m.start - claim.start < b for a, b in spans)}


def fronted(claim: Claim, q: Quantity) -> set[str]:
    """The places and parties of a phrase the claim opens with, before its figures and closed by a comma ("In
    Castelford, admissions … rose by 12.4 % to 2,306", « En Bretagne, les ventes … ») : the scope of all its figures."""
    m = re.match(r"\W*([\w'’-]+)[^,]*,", claim.text)
    if not m or not opens_complement(m.group(1)) or any(x.start - claim.start < m.end() for x in claim.quantities):
        return set()
    return {x.entity for x in claim.mentions if x.start - claim.start < m.end()}


def of_other_places(claim: Claim, q: Quantity, window: str, named: set[str], comparable: list[Candidate],
                    index: FactIndex) -> Optional[list[Finding]]:
    """When no comparable fact names the place or party of the figure's clause (``named``, less who publishes and who
    an incise describes) and one of another place or party (it names some, none of the figure's) gives the figure: a
    related finding, that place's figure, not the article's; refuted when surely the wrong party's (``creditedparty``)."""
    named = named - publishers(index) - described(claim)
    if not named:
        return None
    for c in comparable:
        parties = own_parties(c.fact, index)
        if parties and not parties & named \
                and compare_quantity(signed(q, claim, c.fact, window), c.fact.quantity)[0] == "supports":
            where = ", ".join(sorted(index.entity_name(e) for e in named))
            if credited_to_another(claim, q, c.fact, named | parties, index):
                return [Finding("contradicts", "region", c.fact, f"wrong party: {q.text.strip()!r} is the source's figure "
                                                                 f"for another party ({c.fact.statement}), not {where}'s")]
            return [Finding("related", "region", c.fact, f"{q.text.strip()!r} is the source's figure for another place or "
                                                         f"party ({c.fact.statement}); it gives none for {where}")]
    return None


_NAME = r"(?:(?:[A-Z]\.){2,}|(?:[ldLD]['’])?[A-ZÀ-Ý][^\W\d_]*(?:[-'’][^\W\d_]+)*)"   # ("U.S.")


@stored
def place_patterns() -> dict[str, re.Pattern]:
    """A place phrase (a preposition of place and a name: « en Basse-Orlande », "in the Midlands"; or a place with
    another taken out of it, « l'Ostrie hors Velmor », "outside Westmark": ``place_exclusions``) and a bare name
    (capitalised words and the linkers inside a longer name: « Monts du Valtorne », and what a name takes out of it:
    « Ostrie hors Velmor »), from ``data/lang/*/claims.yaml``. The phrase's name is its group ``place``: the name
    after an exclusion word is never the place itself, the place is the rest (« asie hors japon »); one with no
    preposition that opens on a name (``lead``: « L'Ostrie hors Velmor progresse ») is the subject, read as a name
    (``place_phrases``)."""
    one = rf"(?:(?:[ldLD]['’])?{forms_regex()}(?![\w'’-])|{_NAME})"     # (a place's way of writing whole: « Union européenne »)
    base = rf"{one}(?:\s+(?:(?:{{+name_linkers}})\s+)?{one})*"
    excluded = rf"(?i:{{+place_exclusions}})\s+{base}"
    name = rf"{base}(?:\s+{excluded})?"
    phrase = rf"(?:(?P<prep>(?i:{{+place_prepositions}}))\s+)?(?P<place>(?(prep){name}|(?P<lead>{base}\s+)?{excluded}))"
    return {"phrase": word_pattern("claims", rf"(?<![\w'’-]){phrase}(?![\w'’-])"),
            "name": word_pattern("claims", rf"(?<![\w'’-]){name}(?![\w'’-])")}


@functools.lru_cache(maxsize=4096)
def place_phrases(text: str) -> tuple[re.Match, ...]:
    """The place phrases of a text (``place_patterns``), but a name with another taken out of it and no preposition,
    « L'Ostrie hors Velmor progresse de 23 % »: a subject, the names' fallback reads it."""
    return tuple(m for m in place_patterns()["phrase"].finditer(text) if not m.group("lead"))


@stored
def not_places() -> frozenset[str]:
    """Words that open a phrase but name no place: function words (« La », « En ») and months ("in March")."""
    return frozenset(fold(w) for w in words("claims", "function_words") + words("claims", "place_prepositions")) \
        | frozenset(fold(m) for m in word_table("numbers", "months"))


def place_name(written: str) -> Optional[str]:
    """The folded name of a place as written (``_as_written``); None for a month or a function word alone."""
    return fold(name) if (name := _as_written(written)) else None


def _as_written(written: str) -> str:
    """A place's name without its elided or leading article or preposition (« l'Orlande », « La Haute-Orlande »),
    nor the mark of a possessive ("Upper Dalia's")."""
    parts = written.split()
    while parts and fold(re.sub(r"^[ldLD]['’]", "", parts[0])) in not_places():
        parts = parts[1:]
    return re.sub(r"['’]s?$", "", re.sub(r"^[ldLD]['’](?=[A-ZÀ-Ý])", "", " ".join(parts)))   # ("Dalia's")


def figure_places(text: str, figures: list[tuple[int, int]], known: frozenset = frozenset(),
                  key=lambda name: name, units: tuple = ()) -> list[Optional[str]]:
    """The place each figure of a sentence (``figures``: its spans in ``text``, in order, of ``units``) is said of: a place or its
    adjective inside the figure ("7,800 UK homes"), else the place phrase right after it (``_places_after``: « de 14
    % en Norvanie et de 6 % en Basse-Orlande »), else the nearest place phrase before it that is no other figure's
    own (« En Estrie, le chiffre d'affaires a baissé de 18 %, à 2,7 milliards »), else the nearest of the ``known``
    places written as a whole name since the figure before (« L'Orlande affichait la plus forte hausse, à +12 % »).
    A place is compared on its whole name: Orlande is not Haute-Orlande; ``key`` gives the name compared (the entity
    a name of the list stands for: "US" and "United States" are one); inside an amount of money, its currency's."""
    phrases = [(a, b, key(n)) for a, b, n in ((m.start(), m.end(), place_name(m.group("place"))) for m in place_phrases(text)) if n]
    adjectives = [(a, b, key(n)) for a, b, n in demonym_places(text)]
    phrases = sorted(phrases + adjectives)
    after = _places_after(text, figures, phrases, adjectives)
    inner = sorted(adjectives + [(a, b, key(text[a:b])) for a, b, _ in places_in(text)])
    inside = [None if is_money(u) else next((p for p in inner if s < p[0] and p[1] <= e), None) for (s, e), u in zip(figures, (*units, *[None] * len(figures)))]
    owned = {p[0] for p in after + inside if p}
    free = [p for p in phrases if p[0] not in owned]
    return [_nearest(text, figures, i, inside[i] or after[i] or _before_or_later(text, figures, i, free, phrases), known, key)
            for i in range(len(figures))]


def _nearest(text: str, figures: list[tuple[int, int]], i: int, own: Optional[tuple], known: frozenset, key) -> Optional[str]:
    """Figure ``i``'s place: its phrase (``own``), but a known name its clause writes after the figure before when that
    phrase is before it (« en Orlande … de 26 % et celles de l'Estrie de 18 % »); else the last known name since then."""
    lo, s = (figures[i - 1][1] if i else 0), figures[i][0]
    brk = clause_break().search(text, lo, s) if own and i and own[0] < lo else None
    found = [key(n) for n in (place_name(m.group(0)) for m in place_patterns()["name"].finditer(text[brk.end() if brk else lo:s])) if n and key(n) in known]
    return own[2] if own and not (brk and found) else found[-1] if found else None


def _before_or_later(text: str, figures: list[tuple[int, int]], i: int, free: list[tuple],
                     phrases: list[tuple]) -> Optional[tuple]:
    """The nearest place phrase before figure ``i`` that is no other figure's own (``free``), else the first one
    further on in its own clause (``_later_in_clause``)."""
    before = [p for p in free if p[1] <= figures[i][0]]
    return before[-1] if before else _later_in_clause(text, figures, i, phrases)


def _later_in_clause(text: str, figures: list[tuple[int, int]], i: int, phrases: list[tuple]) -> Optional[tuple]:
    """The first place phrase after figure ``i`` further in its own clause, before the next figure and any clause
    break ("73 % of the reefs surveyed in the Isle Strait"), for a figure with no place right after it nor before it."""
    e = figures[i][1]
    end = figures[i + 1][0] if i + 1 < len(figures) else len(text)
    brk = clause_break().search(text, e, end)
    end = brk.start() if brk else end
    return next((p for p in phrases if e <= p[0] and p[1] <= end), None)


@stored
def clause_break() -> re.Pattern:
    """What ends a figure's clause when its place is read further on: punctuation, a dash, or a word of
    ``figure_clause_breaks`` (``slots.yaml``: « et », "while")."""
    return word_pattern("slots", r"[,;:()\[\]]|\s[-—–]\s|(?<![\w'’-])(?:{figure_clause_breaks})(?![\w'’-])", re.I)


@stored
def _demonyms() -> dict[str, str]:
    """Each folded adjective or demonym of a place (``data/lang/*/demonyms.yaml``) -> the place's folded name."""
    out: dict[str, str] = {}
    for lang in LANGS:                      # (a form two languages share stands for the first one's place)
        for place, forms in (lexicon(lang, "demonyms").get("demonyms") or {}).items():
            for form in forms or []:
                out.setdefault(fold(str(form)), fold(place))
    return out


def demonym_places(text: str) -> list[tuple[int, int, str]]:
    """The places a sentence writes as adjectives or demonyms (« foyers bretons », « les Belges », "Japanese
    exports"): their spans and the folded place name each stands for."""
    table = _demonyms()
    return [(m.start(), m.end(), table[fold(m.group(0))]) for m in re.finditer(r"[^\W\d_][\w'’-]*", text)
            if fold(m.group(0)) in table]


def _places_after(text: str, figures: list[tuple[int, int]], phrases: list[tuple],
                  adjectives: list[tuple] = ()) -> list[Optional[tuple]]:
    """The place phrase that follows each figure, past a closing bracket and up to two words of its unit that
    coordinate nothing ("$11,878 per tonne in New York"), or a place's adjective among those words (« 780 000 foyers
    bretons »); a figure glossed by a bracketed one right after it ("£795 (8.7%) in Wales") takes that one's."""
    out: list[Optional[tuple]] = [None] * len(figures)
    for i in range(len(figures) - 1, -1, -1):
        e = figures[i][1]
        between = gap().match(text, e)
        out[i] = next((p for p in phrases if p[0] == between.end()), None) \
            or next((p for p in adjectives if e <= p[0] < between.end()), None)
        if out[i] is None and i + 1 < len(figures) and re.fullmatch(r"\s*\(\s*", text[e:figures[i + 1][0]]):
            out[i] = out[i + 1]
    return out


@stored
def gap() -> re.Pattern:
    """What may stand between a figure and its place phrase: spaces, a closing bracket, up to two lower-case words
    that are no coordinator (« et », "and") nor a preposition of place."""
    word = r"(?!(?:{coordinators}|{place_prepositions})\b)[^\W\d_A-ZÀ-Ý][\w'’-]*"
    return word_pattern("claims", rf"[\s)\]]*(?:{word}\s+){{0,2}}")


def fact_places(fact: Fact, index: FactIndex) -> list[tuple[Quantity, Optional[str]]]:
    """Each figure of a fact's sentence with the place phrase it is said of (``figure_places``)."""
    qs = sorted((q for q in index.reading(fact).quantities if q.start >= 0), key=lambda q: q.start)
    return list(zip(qs, figure_places(fact.statement or "", [(q.start, q.end) for q in qs], key=keyed(index), units=tuple(q.unit for q in qs))))


def same_size(a: Quantity, b: Quantity) -> str:
    """``compare_quantity`` on the sizes of two figures (a fall of 14 % and « ont reculé de 14 % » are one size)."""
    return compare_quantity(size_of(a), size_of(b))[0]


def keyed(index: FactIndex):
    """The key a place's name is compared by: the entity of the list it names, else the place it is one way of
    writing ("us", "united states": ``placenames``), else the folded name."""
    def key(name: str) -> str:
        entity = index.matcher.resolve(name)
        if entity:
            return f"e:{entity}"
        place = folded_place_id(name)
        return f"p:{place}" if place else name
    return key


def claim_place(claim: Claim, q: Quantity, known: frozenset, index: FactIndex) -> Optional[str]:
    """The place the claim says its figure ``q`` is of (``figure_places`` on the claim's words)."""
    qs = sorted((x for x in claim.quantities if x.start >= claim.start), key=lambda x: x.start)
    at = next((i for i, x in enumerate(qs) if x is q), None)
    if at is None:
        return None
    spans = [(x.start - claim.start, x.end - claim.start) for x in qs]
    return figure_places(claim.text, spans, known, keyed(index), tuple(q.unit for q in qs))[at]


def of_its_own_place(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                     index: FactIndex) -> Optional[Finding]:
    """A finding on a figure read again with the place each figure of the fact's sentence is said of: a figure
    confirmed for another place (``placed_elsewhere``), or refuted by the declared figure of another place while
    the sentence gives it for the claim's (``given_for_its_place``), or said of a place with another taken out of it
    or of one place of several alone (``placeparts``), or paired with another party than the claim's
    (``paired_elsewhere``), or of another part, of the whole, of a breakdown's part (``segment.of_another_part``), or
    of a named part, of a clause pointing back or of a place named before it (``placerelative.of_its_clause``)."""
    from .placeparts import of_a_part              # (placeparts, pairing and segment read this module)
    from .pairing import paired_elsewhere
    from .segment import of_another_part
    from .placerelative import of_its_clause
    return placed_elsewhere(claim, q, f, cands, index) or given_for_its_place(claim, q, f, index) \
        or of_a_part(claim, q, f, cands, index) or paired_elsewhere(claim, q, f, index) \
        or of_another_part(claim, q, f, cands, index) or of_its_clause(claim, q, f, index)


def given_for_its_place(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure refuted by a fact's declared figure, said of another place, while the same sentence writes the
    claim's figure for the claim's own place ("fell 3 % in Upper Dalia" against "fell 9 % in Westmark and 3 % in
    Upper Dalia"), going the same way: confirmed by that sentence — also when a finding of another scope (``region``)
    cites it: « de 5 % en Europe et de 7 % en Asie » gives Asia's 7 % beside Europe's declared 5 %."""
    from .agreement import direction_conflict      # (agreement reads scope, which reads this module)
    if f.relation != "contradicts" or (f.rule != "quantity" and f.rule != "region") or q.value is None:
        return None
    read = fact_places(f.fact, index)
    declared = stated_figure(f.fact, index)
    own = next((p for fq, p in read if fq is declared), None)
    place = claim_place(claim, q, frozenset(p for _, p in read if p), index)
    if own is None or place is None or place == own:
        return None
    for fq, p in read:
        if p == place and fq is not declared and same_size(q, fq) == "supports" \
                and not direction_conflict(claim, figure_window(claim, q), f.fact, index, q):
            where = written_as(f.fact.statement, place, keyed(index))
            return Finding("supports", "quantity-alongside", f.fact,
                           f"{q.text.strip()!r} is the figure the source gives for {where}: {f.fact.statement}")
    return None


def placed_elsewhere(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                     index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact that gives it for another place than the claim's, while a fact of the same period
    and measure (or the same sentence) gives the claim's own place another figure: « Les ventes ont reculé de 14 %
    en Basse-Orlande » against « ont reculé de 14 % en Norvanie et de 6 % en Basse-Orlande ». Contradicted,
    citing both; nothing when any fact naming the claim's place gives the figure, or when a place is not read."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    mine = [(fq, p) for fq, p in placed_figures(f.fact, index) if same_size(q, fq) == "supports"]
    if not mine or any(p is None for _, p in mine):
        return None
    read = _kin_places(f.fact, cands, index)
    place = claim_place(claim, q, frozenset(p for _, places in read for _, p in places if p), index)
    if place is None or any(p == place for _, p in mine) or _given_elsewhere(q, place, [x for x, _ in read[1:]], index):
        return None
    other = _closest(f.fact, [(x, fq) for x, places in read for fq, p in places if p == place
                              and fq.unit == mine[0][0].unit and same_size(q, fq) == "contradicts"])
    if other is None:
        return None
    x, fq = other
    theirs = written_as(f.fact.statement, mine[0][1], keyed(index))
    ours = written_as(x.statement, place, keyed(index))
    return Finding("contradicts", "region", x,
                   f"wrong place: {q.text.strip()!r} is the source's figure for {theirs} ({f.fact.statement}); "
                   f"for {ours} it gives {fq.text.strip()!r}: {x.statement}")


def _closest(fact: Fact, found: list[tuple[Fact, Quantity]]) -> Optional[tuple[Fact, Quantity]]:
    """Of the facts and figures found, the first of those whose fact shares the most words with ``fact``."""
    return max(found, key=lambda o: len(set(content_stems(fact.statement or "")) & set(content_stems(o[0].statement or ""))), default=None)


@per_fact
def placed_figures(fact: Fact, index: FactIndex) -> list[tuple[Quantity, Optional[str]]]:
    """``fact_places``, a figure no phrase is tied to taking the one place its sentence writes (``_sole_place``); once per fact."""
    sole = _sole_place(fact, index)
    return [(fq, p or sole) for fq, p in fact_places(fact, index)]


def _sole_place(fact: Fact, index: FactIndex) -> Optional[str]:
    """The one place phrase a fact's sentence writes (« … 1,2 million de foyers étaient privés d'électricité en
    France »), the place of a figure no phrase is tied to; None when it writes none or several; with none, the one
    place it names before its figures with no preposition (``bareplace``: « Orlande : les ventes … 6 % »)."""
    from .bareplace import subject_place            # (bareplace reads this module's place phrases)
    found = {keyed(index)(n) for n in (place_name(m.group("place")) for m in place_phrases(fact.statement or "")) if n}
    return (found.pop() if len(found) == 1 else None) if found else subject_place(fact, index)


def _kin_places(fact: Fact, cands: list[Candidate], index: FactIndex) -> list[tuple[Fact, list]]:
    """The fact and the candidate facts of its period and measure (``shares_a_measure_word``), first the fact, each once
    (the copies of a fact read for each figure of its sentence are that fact), with its figures' places
    (``fact_places``)."""
    kin = {(fact.source, fact.id): fact}
    for c in cands:       # (a fact read once per figure of its sentence is one fact: not "another" that writes it)
        if c.fact.as_of == fact.as_of and shares_a_measure_word(c.fact, fact):
            kin.setdefault((c.fact.source, c.fact.id), c.fact)
    return [(x, placed_figures(x, index)) for x in kin.values()]


def _given_elsewhere(q: Quantity, place: str, facts: list[Fact], index: FactIndex) -> bool:
    """Whether another fact that writes the place (as a whole name) writes the figure too."""
    return any(_writes_whole(x.statement or "", place, index)
               and any(same_size(q, fq) == "supports" for fq in index.reading(x).quantities) for x in facts)


def written_as(text: Optional[str], place: str, key=lambda name: name) -> str:
    """The place as a sentence writes it (« Basse-Orlande » for basse-orlande): its first name whose ``key`` is
    ``place`` (the folded name, or ``keyed``: the entity it names), without its article, preposition or possessive
    mark (``_as_written``); else ``place`` itself. For the fact's sentence and the claim's alike."""
    return next((_as_written(m.group(0)) for m in place_patterns()["name"].finditer(text or "")
                 if (name := place_name(m.group(0))) and key(name) == place), place)


def other_place(fact: Fact, place: str, index: FactIndex) -> bool:
    """Whether the one place phrase a fact's sentence writes (``_sole_place``) is another place than ``place`` (its
    key); False when the sentence writes none or several."""
    own = _sole_place(fact, index)
    return own is not None and own != place


def _writes_whole(text: str, place: str, index: FactIndex) -> bool:
    """Whether a sentence writes the place as a whole name (not inside a longer one)."""
    return any(_keyed_name(m.group(0), index) == place for m in place_patterns()["name"].finditer(text))


def _keyed_name(written: str, index: FactIndex) -> Optional[str]:
    name = place_name(written)
    return keyed(index)(name) if name else None


def shares_a_measure_word(a: Fact, b: Fact) -> bool:
    """Whether two facts share a lower-case content word (what they measure: « la fréquentation atteint +12 % en
    Haute-Orlande » / « la fréquentation progresse de 5 % en Orlande »), names and figures aside."""
    def stems(t: str) -> set:
        return set(content_stems(" ".join(w for w in re.findall(r"[^\W\d_][\w'’-]*", t) if not w[:1].isupper())))
    return bool(stems(a.statement or "") & stems(b.statement or ""))
