"""The named part of a whole a figure is of — a business line, a division, a segment — against the one of the fact
that gives the figure.

A report gives one figure per named part: « L'EBIT de l'activité Delta progresse de 12 % » and « L'EBIT de l'activité
Sigma progresse de 4 % ». A claim that names one part (« la division Sigma a porté la croissance, son EBIT
progressant de 12 % ») and whose figure only the other part's fact gives has taken another part's figure: when a fact of
the same date and measure names the claim's part and gives it another figure, the claim is contradicted, citing
both (``named_part_elsewhere``). The parts are read as the names a sentence writes (capitalised words, not its first
word, nor function words or months): the claim's part is a name the confirming fact does not write and the other
fact does; the confirming fact's part, a name that neither the claim nor the other fact writes. Nothing when a fact
naming the claim's part gives the figure too, or when the parts are not read on every side.
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..text import fold
from .findings import Finding
from .place import not_places, shares_a_measure_word, place_phrases, same_size

_WORD = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(«\"“]))(?:[ldLD]['’])?([^\W\d_][\w-]*)")


def names_in(text: str, index: FactIndex) -> frozenset[str]:
    """The names of parts a sentence writes, folded: its capitalised words (an elided article cut off, « d'Orval »),
    but its first word (capitalised as the sentence opens, unless elided: « L'EBIT »), function words and months,
    the names of its place phrases (``place``'s to judge) and those of a party of the list (the figure's owner,
    ``owners``'s and ``otherparty``'s to judge)."""
    text = text or ""
    places = [(m.start(), m.end()) for m in place_phrases(text)]
    out = set()
    for m in _WORD.finditer(text):
        word = m.group(1)
        first = not text[:m.start()].strip()
        if not word[:1].isupper() or (first and m.start(1) == m.start()) \
                or any(a <= m.start(1) < b for a, b in places):
            continue
        name = fold(re.sub(r"['’]s$", "", word))
        if name not in not_places() and not index.matcher.resolve(name):
            out.add(name)
    return frozenset(out)


def named_part_elsewhere(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                         index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact of another named part than the claim's, while a fact of the same date and
    measure that names the claim's part gives it another figure: contradicted (rule ``region``), citing both."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None or f.fact.quantity is None:
        return None
    fact = f.fact
    mine, theirs = names_in(claim.text, index), names_in(fact.statement, index)
    missing = mine - theirs
    if not missing or not theirs - mine:
        return None
    kin = _kin(fact, cands)
    if any(missing & names_in(x.statement, index) and _writes(x, q, index) for x in kin):
        return None                         # (a fact naming the claim's part gives the figure too)
    for x in kin:
        names = names_in(x.statement, index)
        ours, other = missing & names, theirs - names - mine
        fq = _its_figure(q, fact, x, index) if ours and other and _same_slot(fact.statement, other, x.statement, ours) \
            else None
        if fq is not None:
            return Finding("contradicts", "region", x,
                           f"wrong part: {q.text.strip()!r} is the source's figure for "
                           f"{_written(fact.statement, other)} ({fact.statement}); for "
                           f"{_written(x.statement, ours)} it gives {fq.text.strip()!r}: {x.statement}")
    return None


def _its_figure(q: Quantity, fact: Fact, x: Fact, index: FactIndex) -> Optional[Quantity]:
    """The figure of the other part's fact ``x``, in the confirming fact's unit, that refutes ``q`` (none when ``x``
    writes ``q`` too)."""
    if _writes(x, q, index):
        return None
    return next((o for o in index.reading(x).quantities if o.unit == fact.quantity.unit and o.value is not None
                 and same_size(q, o) == "contradicts"), None)


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*|\S")


def _slots(text: Optional[str], names: frozenset[str]) -> set[tuple[str, str]]:
    """The words right before and right after each name of ``names`` in a sentence (folded)."""
    tokens = [fold(t) for t in _TOKEN.findall(text or "")]
    bare = [re.sub(r"^[ld]['’]|['’]s$", "", t) for t in tokens]
    out = set()
    for i, t in enumerate(bare):
        if t in names:
            out |= {("before", tokens[i - 1])} if i else set()
            out |= {("after", tokens[i + 1])} if i + 1 < len(tokens) else set()
    return out


def _same_slot(text: Optional[str], names: frozenset[str], other: Optional[str], others: frozenset[str]) -> bool:
    """Whether two sentences write their parts' names in the same place, the same word right before or right after
    them (« l'activité Sigma d'Orval » and « l'activité Delta d'Orval », "Orval's Sigma business" and "Orval's Delta
    business"): two parts of one whole, named alike."""
    return bool(_slots(text, names) & _slots(other, others))


def _kin(fact: Fact, cands: list[Candidate]) -> list[Fact]:
    """The other candidate facts of the fact's date and measure, each once."""
    seen, out = {(fact.source, fact.id)}, []
    for c in cands:
        key = (c.fact.source, c.fact.id)
        if key not in seen and c.fact.as_of == fact.as_of and shares_a_measure_word(c.fact, fact):
            seen.add(key)
            out.append(c.fact)
    return out


def _writes(fact: Fact, q: Quantity, index: FactIndex) -> bool:
    """Whether the fact's sentence writes the figure (its size)."""
    return any(o.value is not None and same_size(q, o) == "supports" for o in index.reading(fact).quantities)


def _written(text: Optional[str], names: frozenset[str]) -> str:
    """The names as the sentence writes them."""
    found = [m.group(1) for m in _WORD.finditer(text or "") if fold(m.group(1)) in names]
    return ", ".join(dict.fromkeys(found)) or ", ".join(sorted(names))
