"""A figure said of a place that is not the whole the confirming fact gives it for: a place with another taken out of
it (« l'Ostrie hors Velmor », "Ostria excluding Velmor": ``place_exclusions``) confirmed by the fact of the place taken out,
or of the whole it is taken from; and one place of several said alone (« dans la seule Norvanie », "in Westmark alone":
``place_alone_before``, ``part_markers``) confirmed by a fact that gives the figure for several places written together
("in Westmark, Ostmark and Dalia"): the figure is not the claim's place's. Contradicted (``region``) when another fact
of the same date gives the claim's own place another figure of the same unit (citing it); left unverified when the
list gives none; nothing when a fact gives the claim's own place the figure. A place said without "alone" (a place
phrase of the figure's clause, "in Westmark") is only contradicted that way: « en Estrie et en Norvanie, +5 % » may
give each place the figure. And a figure a fact's clause gives a whole (the world, a continent, "as a whole", « mondial »:
``wholes`` of ``places.yaml``) said of a place or party inside it, or one place's figure said of the whole
(``whole_for_part``), judged the same way.
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words
from ..text import after_elision, fold, phrase_pattern, spaced_alternation
from .clauses import figure_window
from .figures import stated_figure, units_fit
from .findings import Finding
from .place import described, keyed, placed_figures, publishers, place_name, place_patterns, place_phrases, same_size, written_as
from ..tablestore import stored

_P_CLAUSE = compiled(r"[,;](?!\d)")


@stored
def _exclusion() -> re.Pattern:
    """An exclusion word inside a folded place name (« asie hors japon »)."""
    return compiled(rf"(?:^|\s)(?:{spaced_alternation(words('claims', 'place_exclusions'))})\s")


@stored
def _alone_after() -> re.Pattern:
    return phrase_pattern(words("claims", "part_markers") + words("claims", "place_alone_after"))


@stored
def _alone_before() -> re.Pattern:
    before = spaced_alternation(words("claims", "place_alone_before"))
    return compiled(rf"(?<![\w])(?:{before})(?:\s+(?:{spaced_alternation(words('claims', 'place_prepositions'))}))?\s*$")


@stored
def _coordination() -> re.Pattern:
    """What joins two names of one list, folded: a comma, a coordinator, or both, then up to two function words or
    prepositions of place (", Ostmark and Dalia", « , de la Norvanie et de l'Orlande », « en Estrie et en Orlande »)."""
    coordinators = spaced_alternation(words("claims", "coordinators"))
    small = spaced_alternation(words("claims", "function_words") + words("claims", "place_prepositions"))
    return compiled(rf"\s*(?:,\s*(?:(?:{coordinators})\s+)?|(?:{coordinators})\s+)(?:(?:{small})\s+){{0,2}}")


def of_a_part(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """A confirmed figure read again when the claim says it of a place with another taken out of it, or of one place
    of several alone (module docstring)."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    window = figure_window(claim, q)
    return _excluded(claim, q, f, window, cands, index) or _one_of_several(claim, q, f, window, cands, index) \
        or whole_for_part(claim, q, f, cands, index)


@stored
def _wholes() -> re.Pattern:
    """A word that writes a figure as a whole's (the world, a continent, a union of countries), folded, also after an
    elided article (« l'Amérique latine »)."""
    return after_elision(phrase_pattern(words("places", "wholes")))


def _writes_whole(text: str) -> bool:
    return bool(_wholes().search(fold(text)))


def whole_for_part(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                   index: FactIndex) -> Optional[Finding]:
    """A figure the fact gives a whole (its figure's stretch writes the world or a continent: "the continent as a whole") said of a
    place or party inside it the fact's stretch does not write, the claim writing no whole ("Velmor reported 3,200
    cases" against "the continent as a whole reported 3,200 cases"); or the reverse, a figure the fact gives one
    place (a place phrase of its figure) said of the whole ("global sales fell 2 %" against "sales in Velmor fell
    2 %"). Contradicted by another fact of the date giving the claim's place or whole its own figure, else
    unverified (``_judged``); nothing when a fact gives the claim's the figure."""
    statement = f.fact.statement or ""
    same = [x for x in index.reading(f.fact).quantities if x.start >= 0 and same_size(q, x) == "supports"]
    text = claim.focus or claim.text
    if len(same) != 1 or len(text) != len(claim.text) or q.start < claim.start:
        return None
    mine, theirs = _clause(text, q.start - claim.start, q.end - claim.start), _clause(statement, same[0].start, same[0].end)
    if _writes_whole(statement[slice(*theirs)]) and not _writes_whole(claim.text):
        return _part_said(claim, q, f, mine, theirs, cands, index)
    if _writes_whole(text[slice(*mine)]) and not _writes_whole(statement):
        return _whole_said(claim, q, f, same[0], mine, theirs, cands, index)
    return None


def _part_said(claim: Claim, q: Quantity, f: Finding, mine: tuple[int, int], theirs: tuple[int, int],
               cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """The whole's figure said of the one place or party the claim's stretch names (``whole_for_part``)."""
    key = keyed(index)
    statement = f.fact.statement or ""
    part = _the_part(claim, mine, _names(statement[slice(*theirs)], key) | _declared(f.fact), index)
    if part is None:
        return None
    return _judged(q, f, written_as(claim.text, part, key), _whole_as_written(statement, theirs), cands, index,
                   lambda x: part in _names(x.statement or "", key) and not _writes_whole(x.statement or ""))


def _whole_said(claim: Claim, q: Quantity, f: Finding, fq: Quantity, mine: tuple[int, int], theirs: tuple[int, int],
                cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """One place's figure (``fq``, of the fact's place phrase or the one place its stretch names) said of the whole
    the claim's stretch writes (``whole_for_part``)."""
    key = keyed(index)
    statement, text = f.fact.statement or "", claim.focus or claim.text
    place = next((p for x, p in placed_figures(f.fact, index) if x is fq), None) \
        or _one_named(statement, theirs, _names(text, key) | _declared(f.fact), key)
    if place is None or place in _names(text, key):        # (the claim names the part too: "the EU's Velmark")
        return None
    return _judged(q, f, _whole_as_written(text, mine), written_as(statement, place, key), cands, index,
                   lambda x: _writes_whole(x.statement or ""))


def _the_part(claim: Claim, mine: tuple[int, int], besides: set[str], index: FactIndex) -> Optional[str]:
    """The one place or party of the list the claim's stretch names (not opening the sentence, nor described by an
    incise, nor who publishes), of those not in ``besides``; None when it names none or several."""
    key = keyed(index)
    text = claim.focus or claim.text
    opening = len(text) - len(text.lstrip(" \"'“«"))
    names = [place_name(m.group(0)) for m in place_patterns()["name"].finditer(text, max(mine[0], opening + 1), mine[1])]
    parts = [k for k in dict.fromkeys(key(n) for n in names if n) if k[:2] in ("e:", "p:")
             and k[2:] not in described(claim) and k not in besides | _published(index)]
    return parts[0] if len(parts) == 1 else None


def _declared(fact: Fact) -> set[str]:
    return {f"e:{p}" for p in (fact.subject, fact.object) if p}


def _published(index: FactIndex) -> set[str]:
    return {f"e:{p}" for p in publishers(index)}


def _one_named(text: str, span: tuple[int, int], besides: set[str], key) -> Optional[str]:
    """The one place or party of the list a stretch names (its first word too: "Velmor sales fell"), of those not
    in ``besides``; None when it names none or several."""
    names = [place_name(m.group(0)) for m in place_patterns()["name"].finditer(text, *span)]
    found = {k for k in (key(n) for n in names if n) if k[:2] in ("e:", "p:") and k not in besides}
    return found.pop() if len(found) == 1 else None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of a figure between the commas or semicolons around it (not a figure's "32,000")."""
    cuts = [m.start() for m in _P_CLAUSE.finditer(text)]
    return max([c + 1 for c in cuts if c < start] + [0]), min([c for c in cuts if c >= end] + [len(text)])


def _whole_as_written(text: str, span: tuple[int, int]) -> str:
    """The words of a stretch that write its whole (« mondial », "the continent as a whole"), as written."""
    folded = fold(text[slice(*span)])
    m = _wholes().search(folded)
    return text[span[0] + m.start():span[0] + m.end()].strip() if m else "the whole"


def _excluded(claim: Claim, q: Quantity, f: Finding, window: str, cands: list[Candidate],
              index: FactIndex) -> Optional[Finding]:
    """The figure the fact gives for the place the claim's place takes out (or for the whole it is taken from)."""
    key = keyed(index)
    text = claim.focus or claim.text
    # (the places before the figure's clause only when the clause names none of its own: "Excluding Westmark, sales
    # rose 5 %, while Westmark rose 14 %" gives 14 % to Westmark)
    own = [m for m in place_patterns()["name"].finditer(window) if window[:m.start()].strip()]
    place = _excluding(window) or (None if own else _excluding(text[:max(0, q.start - claim.start)], last=True))
    theirs = _excluding(f.fact.statement or "")
    if place is None or theirs is not None and key(theirs) == key(place):
        return None           # (the source takes the same place out: « Hors Argentine, la croissance … -14 % »)
    cut = _exclusion().search(place)
    others = {key(n) for n in (place[:cut.start()].strip(), place[cut.end():].strip()) if n}
    mine = [p for fq, p in placed_figures(f.fact, index) if same_size(q, fq) == "supports"]
    if not mine or not set(mine) <= others:
        return None
    own = key(place)
    return _judged(q, f, written_as(claim.text, own, key), written_as(f.fact.statement, mine[0], key), cands, index,
                   lambda x: any(p == own for _, p in placed_figures(x, index)))


def _excluding(text: str, last: bool = False) -> Optional[str]:
    """The first (or ``last``) place written in ``text`` with another taken out of it (folded: « asie hors japon »)."""
    written = sorted([(m.start("place"), m.group("place")) for m in place_patterns()["phrase"].finditer(text)]
                     + [(m.start(), m.group(0)) for m in place_patterns()["name"].finditer(text)])
    found = [n for n in (place_name(w) for _, w in written) if n and _exclusion().search(n)]
    return (found[-1] if last else found[0]) if found else None


def _one_of_several(claim: Claim, q: Quantity, f: Finding, window: str, cands: list[Candidate],
                    index: FactIndex) -> Optional[Finding]:
    """The figure the fact gives for several places written together, one of which the claim says it of alone."""
    key = keyed(index)
    place = _alone_place(window, key)
    alone = place is not None
    if not alone:         # (a place phrase of the clause, said without "alone": only another fact's figure decides)
        found = {key(n) for n in (place_name(m.group("place")) for m in place_phrases(window)) if n}
        place = found.pop() if len(found) == 1 else None
    if place is None:
        return None
    together = _listed_with(f.fact.statement or "", place, key)
    if len(together) < 2 or set(together[1:]) & _names(claim.text, key):
        return None
    where = ", ".join(written_as(f.fact.statement, p, key) for p in together)
    found = _judged(q, f, written_as(claim.text, place, key), where, cands, index,
                    lambda x: _listed_with(x.statement or "", place, key) == [place])
    return found if alone or found is None or found.relation == "contradicts" else None


def _alone_place(window: str, key) -> Optional[str]:
    """The place a clause says alone: a name right before a part marker ("in Westmark alone", « la Norvanie à elle
    seule ») or right after a word that restricts to it (« dans la seule Norvanie », "only in Westmark")."""
    for m in place_patterns()["name"].finditer(window):
        name = place_name(m.group(0))
        if not name or not window[:m.start()].strip():
            continue
        after = _alone_after().match(fold(window[m.end():]).lstrip(" ,"))
        if after or _alone_before().search(fold(window[:m.start()])):
            return key(name)
    return None


def _names(text: str, key) -> set[str]:
    return {key(n) for n in (place_name(m.group(0)) for m in place_patterns()["name"].finditer(text)) if n}


def _listed_with(text: str, place: str, key) -> list[str]:
    """The place and the names a sentence writes in one list with it ("Westmark, Ostmark and Dalia"), the place
    first; the place alone when it writes it alone, nothing when it does not write it."""
    found = [(m, key(n)) for m, n in ((m, place_name(m.group(0))) for m in place_patterns()["name"].finditer(text)) if n]
    at = next((i for i, (_, k) in enumerate(found) if k == place), None)
    if at is None:
        return []
    out = [place]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(found) and _coordination().fullmatch(
                fold(text[found[min(i, i + step)][0].end():found[max(i, i + step)][0].start()])):
            i += step
            out.append(found[i][1])
    return [place] + [k for k in dict.fromkeys(out[1:]) if k != place]


def _judged(q: Quantity, f: Finding, place: str, theirs: str, cands: list[Candidate], index: FactIndex,
            of_place) -> Optional[Finding]:
    """Contradicted by another fact of the same date that gives the claim's place (``of_place``) another figure of the
    unit, unverified when none does; None when one gives the figure."""
    other = None
    for c in cands:
        x = c.fact
        if x is f.fact or x.as_of != f.fact.as_of or not of_place(x):
            continue
        for fq in _figures_of(q, x, index):
            verdict = same_size(q, fq)
            if verdict == "supports":
                return None
            other = other or ((x, fq) if verdict == "contradicts" else None)
    said = f"{q.text.strip()!r} is the source's figure for {theirs} ({f.fact.statement}), not for {place}"
    if other is None:
        return Finding("related", "region", f.fact, said)
    x, fq = other
    written = (fq.text or "").strip() or getattr(stated_figure(x, index), "text", "").strip() or f"{fq.value:g}"
    return Finding("contradicts", "region", x, f"wrong place: {said}; for it the list gives {written!r}: "
                                               f"{x.statement}")


def _figures_of(q: Quantity, x: Fact, index: FactIndex) -> list[Quantity]:
    """The figures of a fact in the unit of ``q``: its declared one when it fits ("3,870 of the victims", declared in
    victims), and those of its sentence in the same unit."""
    declared = [x.quantity] if x.quantity is not None and units_fit(q, x, index) is None else []
    return [y for y in declared + [y for y in index.reading(x).quantities if y.unit == q.unit] if y.value is not None]
