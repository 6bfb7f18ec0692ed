"""A figure confirmed by a fact that ties it, in the same words, to another place than the one the claim names, while
the list gives nothing of the claim's own place: « 41 200 foyers dans 12 villes et villages du Valtorne » against
« 41 200 foyers dans 12 villes et villages de l'Estrie ». The place is read where the two sentences write it alike,
in the stretch of the figure (between the figures around it the other sentence does not share): the same content
word right before each name, then one or two function words (``_frame``). Written after a linker of names
("villages of", « villages de »: parts of two places of one kind, two provinces, two countries), the figure is the
other place's: contradicted (``region``), citing the fact and naming both places; after a preposition of place only
("hotels in"), unverified. Nothing when either sentence writes the other's place, when one name holds a word of the
other or of one stem with a name of its entity (Greater Dalia and Dalia, Europe and the EU: a part and its whole),
when one is the initials of the other, when the list declares the two names one entity, or when the claim's place
is in an incise (its focus blanks it); nor when one confirming fact writes the figure for the claim's place.
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words
from ..text import fold
from .figures import text_acronyms
from .findings import Finding
from .place import keyed, place_name, place_patterns, same_size, written_as, publishers
from ..tablestore import stored

_P_FRAME = compiled(r"[^\W\d_][\w'’-]*|\d[\d.,]*")


@stored
def _function_words() -> frozenset[str]:
    """Words that tell no kind of place: function words and the prepositions of place (``claims.yaml``), each word."""
    return frozenset(fold(x) for w in words("claims", "function_words") + words("claims", "place_prepositions")
                     + words("claims", "name_linkers") for x in w.split())


def _stretch(text: str, spans: list[tuple[int, int]], at: int, shared: list[bool]) -> tuple[int, int]:
    """The stretch of a sentence that is the figure ``at``'s own: its part between commas, from the end of the
    figure before to the start of the figure after, of those the other sentence does not give too (``shared``: the
    "19 cities" both write is a word of the stretch, not its end)."""
    lo = max([e for i, (_, e) in enumerate(spans) if i < at and not shared[i]]
             + [text.rfind(",", 0, spans[at][0]) + 1, text.rfind(";", 0, spans[at][0]) + 1])
    his = [s for i, (s, _) in enumerate(spans) if i > at and not shared[i]] + \
          [x for x in (text.find(",", spans[at][1]), text.find(";", spans[at][1])) if x >= 0]
    return lo, min(his + [len(text)])


def _names(text: str, lo: int, hi: int, key) -> list[tuple[str, str, Optional[tuple[str, str]]]]:
    """The names written in ``text[lo:hi]`` (not opening the sentence), each with its key, its name and the way it
    is written (``_frame``)."""
    out = []
    for m in place_patterns()["name"].finditer(text, lo, hi):
        name = place_name(m.group(0))
        if name and text[:m.start()].strip():
            out.append((key(name), name, _frame(text[max(lo, m.start() - 80):m.start()])))
    return out


def _frame(before: str) -> Optional[tuple[str, str]]:
    """The content word a name is written after and the words between them, one or two function words: a linker of
    names ("counties of", « communes de » : ``linker``) or a preposition of place ("hotels in": ``place``)."""
    ws = [fold(w) for w in _P_FRAME.findall(before)]
    fw = _function_words()
    n = 0
    while n < min(len(ws), 3) and ws[-1 - n] in fw:
        n += 1
    if not 1 <= n <= 2 or n == len(ws) or ws[-1 - n][:1].isdigit():
        return None
    between = " ".join(ws[len(ws) - n:])
    how = "linker" if between in _linkers()["linker"] else "place" if between in _linkers()["place"] else None
    return (ws[-1 - n], how) if how else None


@stored
def _linkers() -> dict[str, frozenset[str]]:
    return {"linker": frozenset(fold(w) for w in words("claims", "name_linkers")),
            "place": frozenset(fold(w) for w in words("claims", "place_prepositions"))}


def _same_kind(a: Optional[tuple[str, str]], b: Optional[tuple[str, str]]) -> Optional[str]:
    """Two places written after the same content word and the same kind of words (``_frame``): how (``linker``:
    "counties of Vallorn" / "counties of Ostmark", parts of two places of one kind; ``place``: "hotels in")."""
    return a[1] if a and a == b else None


def _figure_stretch(text: str, qs: list[Quantity], q: Quantity, base: int,
                    other: list[Quantity]) -> Optional[tuple[int, int]]:
    """The stretch of ``q`` among the figures ``qs`` of ``text`` (at ``base``), against the other sentence's."""
    spans = [(x.start - base, x.end - base) for x in qs]
    at = next((i for i, x in enumerate(qs) if x is q), None)
    shared = [any(same_size(x, y) == "supports" for y in other) for x in qs]
    return None if at is None else _stretch(text, spans, at, shared)


def tied_elsewhere(claim: Claim, q: Quantity, fs: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings on a figure, those that confirm it read again (``written_elsewhere``) when every one of them
    writes it for another place: one fact that gives it for the claim's place leaves them all."""
    confirming = [f for f in fs if f.relation == "supports" and f.rule.startswith("quantity")]
    tied = [written_elsewhere(claim, q, f, index) for f in confirming]
    if not confirming or not all(tied):
        return fs
    return [f for f in fs if f not in confirming] + tied


def written_elsewhere(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A confirmed figure whose fact writes it for another place than the claim's, in the same words (``_same_kind``),
    the fact not naming the claim's place nor the claim the fact's: contradicted, the other place's figure."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    fact = f.fact
    text, statement = claim.focus or claim.text, fact.statement or ""
    fqs = sorted((x for x in index.reading(fact).quantities if x.start >= 0), key=lambda x: x.start)
    same = [x for x in fqs if same_size(q, x) == "supports"]
    cqs = sorted((x for x in claim.quantities if x.start >= claim.start), key=lambda x: x.start)
    if len(same) != 1 or len(text) != len(claim.text):
        return None
    mine, theirs = _figure_stretch(text, cqs, q, claim.start, fqs), _figure_stretch(statement, fqs, same[0], 0, cqs)
    if mine is None or theirs is None:
        return None
    pair = _other_place(claim, text, mine, statement, theirs, index)
    if pair is None:
        return None
    kf, nc, how = pair
    said = (f"{q.text.strip()!r} is the source's figure for {written_as(statement, kf, keyed(index))} ({statement}); "
            f"it gives none for {written_as(claim.text, nc)}")
    return Finding("contradicts", "region", fact, f"wrong place: {said}") if how == "linker" \
        else Finding("related", "region", fact, said)


def _other_place(claim: Claim, text: str, mine: tuple[int, int], statement: str, theirs: tuple[int, int],
                 index: FactIndex) -> Optional[tuple[str, str, str]]:
    """The fact's place (its key), the claim's (its name) and how both are written (``_same_kind``), for the first
    name of the claim's stretch the fact does not write and of the fact's the claim does not write, written alike."""
    key = keyed(index)
    written_f = {k for k, _, _ in _names(statement, 0, len(statement), key)}
    written_c = {k for k, _, _ in _names(claim.text, 0, len(claim.text), key)}
    sayers = {f"e:{p}" for p in publishers(index)}
    for kc, nc, bc in _names(text, *mine, key):
        if kc in written_f or kc in sayers:
            continue
        for kf, nf, bf in _names(statement, *theirs, key):
            how = _same_kind(bc, bf)
            if how and kf not in written_c and kf not in sayers and not _related_names(nc, nf, index) \
                    and not _abbreviates(nf, nc, claim.text) and not _abbreviates(nc, nf, statement):
                return kf, nc, how
    return None


def _related_names(a: str, b: str, index: FactIndex) -> bool:
    """Two names of one stem, or one a part of the other: a word in common (Greater Dalia, Dalia), or a word of one
    and a name of the entity of the other opening alike on five letters (Europe, the EU: European Union)."""
    def stems(name: str) -> set[str]:
        ent = index.catalog.entities.get(index.matcher.resolve(name) or "")
        names = list(ent.names) if ent else []
        return {w[:5] for n in [name, *names] for w in fold(n).split() if len(w) >= 5} | set(name.split())
    return bool(stems(a) & stems(b))


def _abbreviates(short: str, name: str, text: str) -> bool:
    """Whether ``short`` is the initials of the longer name ``name`` opens in ``text`` (« BIT », « Bureau
    international du travail »): one body named two ways."""
    return short.upper().replace(".", "") in text_acronyms(text).get(name.split()[0], set())
