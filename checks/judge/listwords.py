"""A confirmed figure's own words against the list's: a word of the figure's clause that tells one of the list's
measures from another must be written by the fact that confirms it.

A figure equal to a fact's is strong evidence of which fact the article means, never a verdict by itself. The
claim's figure clause may name a narrower or another measure, segment or place than the agreeing fact ("offshore
wind capacity" against "new wind capacity", "total operating profit" against "core operating profit", "retail
adjusted operating profit" against "group adjusted operating profit", "revenue in the United States" against
"revenue", « les prises de commandes » against « le carnet de commandes »). No word list says which words do that:
the source list itself does. A content word of the figure's clause that the agreeing fact does not write (in its
sentence or its terms), tied to a word that fact does write — right before it, or before it across a complement's
linker, or a name after it across function words only (``_ties``) —, that another fact's sentence writes tied the
same way to that word, where the agreeing fact writes another word, which that other fact does not write ("core"
for "total", "group" for "retail"): the list tells the two measures apart by it, and the figure is not confirmed
(unverified: it may be that other measure's, or the claim's own one no fact gives). A word another fact writes
beside the agreeing fact's own ("goods and services trade deficit" beside "goods and services deficit") names the
same measure more fully; a period's words ("second quarter") are the dates' rules' business; a name's descriptor
(« le groupe SNCF ») no measure's; words compare only within one language.

A fact that writes every such word and confirms the same figure still confirms it.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple, Optional

from ..compare import compare_quantity, fmt_quantity
from ..language import detect_language
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..factread import measure_nouns_in
from ..resources import lexicon, words as word_list
from ..tablestore import stored
from ..terms import concepts_in, content_stems, forms_of_one_word
from ..text import fold, words
from .clauses import figure_window
from .findings import Finding, figure_of_part


class _Token(NamedTuple):
    word: str
    stem: Optional[str]      # None for a function word or a figure
    folded: str
    figure: bool


def _pairs(index: FactIndex, names: bool = False) -> dict[tuple[str, str], frozenset[str]]:
    """Each pair of content stems written next to each other in a fact's sentence (function words and figures
    between them left out) → the sentences that write it; with ``names``, only the pairs of a word and a name after
    it across function words; built once per index."""
    memo = index.__dict__.get("_stem_pairs")
    if memo is None or memo[0] != len(index.facts):
        table: dict[tuple[str, str], set[str]] = {}
        named: dict[tuple[str, str], set[str]] = {}
        for statement in {x.statement for x in index.facts if x.statement and x.quantity is not None}:
            for pair, name in _pairs_of(statement):
                table.setdefault(pair, set()).add(statement)
                if name:
                    named.setdefault(pair, set()).add(statement)
        memo = index.__dict__["_stem_pairs"] = (len(index.facts), {k: frozenset(v) for k, v in table.items()},
                                                {k: frozenset(v) for k, v in named.items()})
    return memo[2] if names else memo[1]


def _pairs_of(statement: str) -> Iterator[tuple[tuple[str, str], bool]]:
    """(each pair of content words next to each other, no figure between them; whether the second is a name)."""
    toks = [t for t in _tokens(statement) if t.stem is not None or t.figure]
    for a, b in zip(toks, toks[1:]):
        if a.stem is not None and b.stem is not None:
            yield (a.stem, b.stem), b.word[:1].isupper()


def _written(word: str, stems: set[str]) -> bool:
    return word in stems or any(forms_of_one_word(word, s) for s in stems)


def _tokens(text: str) -> list[_Token]:
    out = []
    for w, _, _ in words(text):
        stems = content_stems(w)
        figure = any(ch.isdigit() for ch in w)
        out.append(_Token(w, stems[0] if len(stems) == 1 and not figure else None, fold(w), figure))
    return out


def _linked(between: list[_Token]) -> bool:
    """Whether the words between a modifier and its noun leave them one phrase: none, or a complement's linker."""
    return not between or len(between) == 1 and between[0].folded in complement_linkers()


def _plain(between: list[_Token]) -> bool:
    """Whether the words between a noun and a name after it are function words only (no figure, no date)."""
    return all(t.stem is None and not t.figure for t in between)


def _next(toks: list[_Token], i: int, step: int) -> Optional[int]:
    j = i + step
    while 0 <= j < len(toks) and toks[j].stem is None:
        j += step
    return j if 0 <= j < len(toks) else None


def _ties(toks: list[_Token], i: int, written: set[str], before: bool, opens: bool) -> Iterator[tuple[tuple[str, str], int]]:
    """(the pair of stems, the side the claim's word is on: -1 before the word the fact writes, +1 after) for each
    tie of the word ``i`` to a word the fact writes: as its modifier (right before it, in a language whose modifiers
    come before their noun, ``before``: "offshore wind") or the head of its complement (before it across a
    complement's linker, « prises de commandes »), not a name itself (the party's: "AstraZeneca's revenue") nor the
    verb of a name right before it ("Toyota forecast operating profit"); or as a name after it ("revenue in the United States"); never to a name (« le groupe
    SNCF ») nor a period's word ("second quarter")."""
    w = toks[i]
    j = _next(toks, i, 1)
    if j is not None and toks[j].stem in written and (_linked(toks[i + 1:j]) if j > i + 1 else before) \
            and not toks[j].word[:1].isupper() and toks[j].stem not in period_stems() and not _after_a_name(toks, i) \
            and not _a_name(toks, i, opens):
        yield (w.stem, toks[j].stem), -1
    j = _next(toks, i, -1)
    if j is not None and w.word[:1].isupper() and toks[j].stem in written and _plain(toks[j + 1:i]) \
            and toks[j].stem not in period_stems():
        yield (toks[j].stem, w.stem), 1


def _a_name(toks: list[_Token], i: int, opens: bool) -> bool:
    """Whether the word ``i`` is a name: capitalised inside the claim (``opens``: the clause opens the claim), or in
    the possessive ("AstraZeneca's revenue": the party's)."""
    w = toks[i]
    return w.word[:1].isupper() and (i > 0 or not opens or w.folded.endswith(possessive_endings()))


def _after_a_name(toks: list[_Token], i: int) -> bool:
    """Whether the word right before ``i`` is a name, not in the possessive: ``i`` is then its verb."""
    return i > 0 and toks[i - 1].word[:1].isupper() and toks[i - 1].stem is not None \
        and not toks[i - 1].folded.endswith(possessive_endings())


def _slot_words(own: list[_Token], head: str, side: int) -> set[str]:
    """The words the agreeing fact writes where the claim writes its own word: tied the same way to ``head``."""
    out = set()
    for i, t in enumerate(own):
        if t.stem != head:
            continue
        j = _next(own, i, side)
        if j is None:
            continue
        between = own[min(i, j) + 1:max(i, j)]
        if (_linked(between) if side == -1 else _plain(between)):
            out.add(own[j].stem)
    return out


def _names_of(head: str, index: FactIndex) -> set[str]:
    """The names the list's facts write after ``head`` across function words only ("revenue in China")."""
    return {b for (a, b), _ in _pairs(index, names=True).items() if a == head}


def _contrast(pair: tuple[str, str], side: int, own: str, theirs: list[_Token], word: str,
              index: FactIndex) -> bool:
    """Whether another fact writes the claim's ``pair`` where the agreeing fact writes another word in its place,
    which that other fact does not write ("core" for "total"); for a name after the word, whether the list writes
    that word with several names ("revenue in China", "revenue in the United States")."""
    others = _pairs(index).get(pair, frozenset()) - {own}
    if side == 1:
        return bool(others) and len(_names_of(pair[0], index)) > 1
    slot = _slot_words(theirs, pair[1], side) - {word}
    return bool(slot) and any(not slot & set(content_stems(o)) for o in others)


def unwritten_word(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[str]:
    """The first word of the figure's clause that the agreeing fact does not write and the list tells its measure
    from another by (see the module's docstring); None when there is none."""
    own = fact.statement or ""
    text = figure_window(claim, q)
    opens = (claim.focus or claim.text).strip().startswith(text.strip())
    lang = index.reading(fact).language
    if not own or detect_language(claim.text) != lang:
        return None
    for other in claim.quantities:               # (a figure's own words, « milliards », are no measure's)
        if other.text.strip():
            text = text.replace(other.text.strip(), " ")
    written = set(content_stems(own)) | {s for t in fact.terms for s in content_stems(t)}
    concepts, nouns = set(index.fact_concepts(fact)), measure_nouns_in(own)
    toks, theirs = _tokens(text), _tokens(own)
    before = bool(lexicon(lang, "measures").get("modifiers_before_noun"))
    for i, w in enumerate(toks):
        if w.stem is None or _written(w.stem, written) or w.stem in period_stems():
            continue
        if set(concepts_in(w.word)) & concepts or measure_nouns_in(w.word) & nouns:
            continue                             # (« hausse » for « croissance », « bénéfice » for « résultat net »)
        if any(_contrast(pair, side, own, theirs, w.stem, index) for pair, side in _ties(toks, i, written, before, opens)):
            return w.word
    return None


def of_its_own_words(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by a fact that does not write a word the list tells the
    figure's measure from another by (``unwritten_word``) made a mere relation, or dropped when another fact
    confirms the same figure with every such word written."""
    figure = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")
              and f.fact is not None and f.fact.quantity is not None and figure_of_part(claim, f.part) is not None]
    if not figure:
        return findings
    unsaid = {id(f): w for f in figure for w in [unwritten_word(claim, figure_of_part(claim, f.part), f.fact, index)] if w}
    if not unsaid:
        return findings
    kept = {f.part for f in figure if id(f) not in unsaid}
    out = []
    for f in findings:
        if id(f) not in unsaid:
            out.append(f)
        elif f.part not in kept and (other := _refuted_by_its_word(claim, figure_of_part(claim, f.part), f.fact, unsaid[id(f)], index)):
            out.append(Finding("contradicts", "quantity-measure", other,
                               f"wrong measure: {f.part!r} is the source's figure for what its sentence names ({f.fact.statement}); "
                               f"for {unsaid[id(f)]!r}, the article's word, it gives {fmt_quantity(other.quantity)}: {other.statement}",
                               part=f.part))
        elif f.part not in kept:
            out.append(Finding("related", "quantity", f.fact,
                               f"{f.part!r} is the source's figure for what its sentence names; the article names it "
                               f"{unsaid[id(f)]!r}, a word the source list writes of another figure and this fact does "
                               f"not: {f.fact.statement}", part=f.part))
    return out


def _refuted_by_its_word(claim: Claim, q: Quantity, fact: Fact, word: str, index: FactIndex) -> Optional[Fact]:
    """The fact of the claim's measure that the word the agreeing fact does not write names ("group" of "Group
    pre-tax profit reached £358.9m" against the UK motor unit's £358.9m and the group's £309.8m; « le chiffre
    d'affaires du groupe » against a division's figure and the group's), when it gives another figure for the same
    period: it writes that word tied to the same common word of the agreeing fact as the claim's clause does ("group
    pre-tax", "like-for-like sales"; not a party's name, "Brevik's total"), declares a figure in the claim's unit, of the agreeing fact's date, refutes the claim's, and is the only
    such figure."""
    stem = next(iter(content_stems(word)), None)
    if stem is None or q is None or fact.as_of is None:
        return None
    common = {t.stem for t in _tokens(fact.statement or "") if t.stem and not t.word[:1].isupper()}
    tied = {pair for pair, _ in _pairs_of(figure_window(claim, q)) if stem in pair and set(pair) - {stem} <= common}
    found = [c.fact for c in index.candidates(claim) if c.fact is not fact and _of_its_word(q, fact, c.fact, tied)]
    return found[0] if found and all(x.quantity == found[0].quantity for x in found) else None


def _of_its_word(q: Quantity, fact: Fact, other: Fact, tied: set) -> bool:
    """Whether ``other`` writes one of the claim's ``tied`` pairs and refutes its figure in its unit, of ``fact``'s date."""
    return other.quantity is not None and other.as_of == fact.as_of and other.quantity.unit == q.unit \
        and bool(tied & {pair for pair, _ in _pairs_of(other.statement or "")}) \
        and compare_quantity(q, other.quantity)[0] == "contradicts"


@stored
def complement_linkers() -> frozenset[str]:
    """The words that join a measure noun to its complement (``measure_complement_linkers``), folded."""
    return frozenset(fold(w) for w in word_list("measures", "measure_complement_linkers"))


@stored
def period_stems() -> frozenset[str]:
    """The stems of the nouns of a span of time (``period_words`` of ``measures.yaml``)."""
    return frozenset(s for w in word_list("measures", "period_words") for s in content_stems(w))


@stored
def possessive_endings() -> tuple[str, ...]:
    """The endings of a possessor's name (``possessive_endings`` of ``claims.yaml``), folded."""
    return tuple(fold(w) for w in word_list("claims", "possessive_endings"))
