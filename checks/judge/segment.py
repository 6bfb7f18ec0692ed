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

from ..compare import compare_quantity, fmt_quantity
from ..match import Candidate, FactIndex
from ..placenames import places_in
from ..model import Claim, Fact, Quantity
from ..resources import compiled
from ..terms import concepts_in, content_stems
from ..text import fold, words_of
from .findings import Finding
from .names import lowercase_words
from .place import not_places, own_parties, publishers, shares_a_measure_word, place_phrases, same_size

_WORD = compiled(r"(?:(?<=\s)|(?<=^)|(?<=[(«\"“]))(?:[ldLD]['’])?([^\W\d_][\w-]*)")


def names_in(text: str, index: FactIndex, places: bool = False) -> frozenset[str]:
    """The names of parts a sentence writes, folded: its capitalised words (an elided article cut off, « d'Orval »),
    but its first word (capitalised as the sentence opens, unless elided: « L'EBIT »), function words and months,
    the names of its place phrases (``place``'s to judge) and those of a party of the list (the figure's owner,
    ``owners``'s and ``otherparty``'s to judge); with ``places``, those of its place phrases too. Kept per text for
    one index at a time: a fact's sentence is read again for each figure weighed against it."""
    if _NAMES[0] is not index or _NAMES[1] != len(index.matcher.names) or len(_NAMES[2]) >= 4096:
        _NAMES[:] = [index, len(index.matcher.names), {}]
    got = _NAMES[2].get((text, places))
    if got is None:
        got = _NAMES[2][(text, places)] = _names_in(text or "", index, places)
    return got


_NAMES: list = [None, 0, {}]       # the index, its matcher's count of names, {(text, places): names_in's value}


def _names_in(text: str, index: FactIndex, places: bool) -> frozenset[str]:
    """``names_in``, read."""
    places = [] if places else [(m.start(), m.end()) for m in place_phrases(text)]
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
    kin = kin_facts(fact, cands)
    if any(missing & names_in(x.statement, index) and writes_figure(x, q, index) for x in kin):
        return None                         # (a fact naming the claim's part gives the figure too)
    for x in kin:
        names = names_in(x.statement, index)
        ours, other = missing & names, theirs - names - mine
        fq = _its_figure(q, fact, x, index) if ours and other and _same_slot(fact.statement, other, x.statement, ours) \
            else None
        if fq is not None:
            return Finding("contradicts", "region", x,
                           f"wrong part: {q.text.strip()!r} is the source's figure for "
                           f"{written_names(fact.statement, other)} ({fact.statement}); for "
                           f"{written_names(x.statement, ours)} it gives {fq.text.strip()!r}: {x.statement}")
    return None


def of_another_part(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                    index: FactIndex) -> Optional[Finding]:
    """A finding on a figure read again with the part of a whole each side is of: a named part
    (``named_part_elsewhere``), a pair of words (``modified_elsewhere``), a party (``subject_elsewhere``), the part
    of each number of a breakdown (``breakdown``), the whole's figure for a claim that names no part
    (``whole_elsewhere``), a part's figure for a claim that names one (``part_in_whole``), the whole's or a part's
    for the whole or a part its words name (``wholescope``)."""
    from .breakdown import part_elsewhere
    from .wholescope import whole_or_part
    return named_part_elsewhere(claim, q, f, cands, index) or modified_elsewhere(claim, q, f, cands, index) \
        or subject_elsewhere(claim, q, f, cands, index) or part_elsewhere(claim, f, index) \
        or whole_elsewhere(claim, q, f, cands, index) or part_in_whole(claim, q, f, cands, index) \
        or whole_or_part(claim, q, f, cands, index)


def part_in_whole(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                  index: FactIndex) -> Optional[Finding]:
    """A figure of a claim that names a part ("Delta transits fell to 9,900"), confirmed by a fact that names no
    part (the whole's: "Transits fell to 9,900"), while a fact of the same date, that writes the word beside the
    claim's part's name the first fact writes too ("crossings"), writes the claim's part
    in the stretch of a figure of its own, in the unit of a figure of the claim the first fact writes, that refutes
    it, beside another figure of that unit, another part's ("1,300 Sigma vessels and 7,100 Delta vessels"):
    contradicted (rule ``region``), citing both. Nothing when a fact naming the claim's part gives the figure."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    mine = unbracketed_names(claim.text, index)
    theirs = unbracketed_names(fact.statement, index)
    missing = mine - theirs
    if not missing or theirs - mine:
        return None                         # (a fact that names a part of its own: ``named_part_elsewhere``)
    beside = {st for _, w in _slots(claim.text, missing) for st in content_stems(w)} \
        & set(content_stems(fact.statement))
    kin = [x for x in kin_facts(fact, cands) if missing & names_in(x.statement, index)
           and beside & set(content_stems(x.statement))]     # (the noun the part's name qualifies: "Delta crossings")
    figures = [c for c in claim.quantities if c.value is not None and writes_figure(fact, c, index)]   # (q's, those beside)
    if any(writes_figure(x, c, index) for x in kin for c in figures):
        return None
    found = next((w for x in kin if (w := _parts_figure(x, figures, missing, index))), None)
    if found is None:
        return None
    x, c, o, own = found
    return Finding("contradicts", "region", x,
                   f"wrong part: {c.text.strip()!r} is the source's figure for the whole ({fact.statement}); "
                   f"for {written_names(claim.text, own)} it gives {o.text.strip()!r}: {x.statement}")


def _parts_figure(x: Fact, figures: list[Quantity], missing: frozenset[str],
                  index: FactIndex) -> Optional[tuple[Fact, Quantity, Quantity, frozenset[str]]]:
    """The fact ``x``, the claim's figure, the figure of ``x`` that refutes it, in its unit, with a name of
    ``missing`` in its stretch (between the figures around it), and those names; only in a breakdown: two figures
    or more of ``x`` in that unit ("1,300 … and 3,500")."""
    text = x.statement or ""
    qs = sorted((o for o in index.reading(x).quantities if o.start >= 0), key=lambda o: o.start)
    for i, o in enumerate(qs):
        if o.value is None or sum(p.unit == o.unit for p in qs) < 2:
            continue
        c = next((c for c in figures if o.unit == c.unit and same_size(c, o) == "contradicts"), None)
        lo, hi = qs[i - 1].end if i else 0, qs[i + 1].start if i + 1 < len(qs) else len(text)
        own = missing & names_in("_ " + text[lo:hi], index) if c is not None else None
        if own:
            return x, c, o, own
    return None


def whole_elsewhere(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                    index: FactIndex) -> Optional[Finding]:
    """A figure of a claim that names no part, confirmed only by the fact of a named part (its name written right
    beside a word of the claim's measure: « les prises de commandes Delta », "Delta orders"; a name the claim writes
    in lower case, "Total Revenue", is none), while a fact of the same date that writes every word the claim and
    that fact share and every word of that fact but its part's, and names no part the claim does not, gives
    the whole another figure the claim's refutes (``part_for_whole``)."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or fact.quantity is None \
            or q.value is None and q.max is None and q.min is None:
        return None
    mine = unbracketed_names(claim.text, index)
    part, measure = _named_part(claim, fact, mine, index)
    if not part:
        return None
    wholes = [x for x in kin_facts(fact, cands) if x.quantity is not None and x.quantity.unit == fact.quantity.unit
              and not unbracketed_names(x.statement, index) - mine
              and measure <= set(content_stems(x.statement))]    # (the words both write, and the fact's but its part's)
    return part_for_whole(q, fact, part, wholes, index)


def part_for_whole(q: Quantity, fact: Fact, part: frozenset[str], wholes: list[Fact], index: FactIndex) -> Optional[Finding]:
    """The part's figure taken for the whole's: contradicted (rule ``region``) by the first fact of the whole
    (``wholes``) whose figure the claim's refutes, citing both; nothing when one of them writes the figure too."""
    if any(writes_figure(x, q, index) for x in wholes):
        return None
    x = next((x for x in wholes if compare_quantity(q, x.quantity)[0] == "contradicts"), None)
    if x is None:
        return None
    return Finding("contradicts", "region", x,
                   f"wrong part: {q.text.strip()!r} is the source's figure for {written_names(fact.statement, part)} "
                   f"({fact.statement}); for the whole it gives {fmt_quantity(x.quantity)}: {x.statement}")


def _named_part(claim: Claim, fact: Fact, mine: frozenset[str], index: FactIndex) -> tuple[frozenset[str], set[str]]:
    """The names of a part a fact writes and the claim does not (``mine``, nor in lower case), one right beside a
    word of the measure (the stems both sentences write), and the words a fact of the whole must write: that
    measure and the fact's words but its part's and its brackets'; nothing when none is."""
    part = unbracketed_names(fact.statement, index) - mine - {fold(w) for w, _, _ in words_of(claim.text)}
    measure = set(content_stems(claim.text)) & set(content_stems(fact.statement or ""))
    if not part or not measure or not _beside_measure(fact.statement, part, measure):
        return frozenset(), set()
    said = set(content_stems(re.sub(r"\([^()]*\)", " ", fact.statement or ""))) - set(content_stems(" ".join(part)))
    return part, measure | said


def unbracketed_names(text: Optional[str], index: FactIndex) -> frozenset[str]:
    """``names_in`` a sentence outside its brackets (a gloss, « (30 Delta et 26 Sigma) », names no part of its own
    figure) and outside the names of the list's parties (each word of « Orval Industries ») and of the places of the
    tables ("European Union": ``place``'s to judge)."""
    text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text or "")
    spans = [(m.start, m.end) for m in index.matcher.find(text)] + [(a, b) for a, b, _ in places_in(text)]
    for a, b in spans:
        text = text[:a] + "_" * (b - a) + text[b:]      # (still a word: no first word after it)
    return names_in(text, index)


def _beside_measure(text: Optional[str], names: frozenset[str], measure: set[str]) -> bool:
    """Whether a name of ``names`` is written right before or after a word whose stem is one of ``measure``."""
    return any(set(content_stems(w)) & measure for _, w in _slots(text, names))


def subject_elsewhere(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                      index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact of its declared subject (a party its sentence writes) while the claim names none
    of that party's names and writes before the figure (``_names_before``) another name the list knows, and none the
    fact writes: related (rule ``region``), the figure being that party's."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None or not fact.subject \
            or fact.subject in publishers(index) or not _writes_party(fact, fact.subject, index):
        return None
    if fact.subject in {m.entity for m in claim.mentions} | {claim.attributed_to}:
        return None
    named = _names_before(claim, q, index)
    theirs = names_in(fact.statement, index, places=True)
    ours = (named - theirs) & _list_names(index)
    if not ours or named & theirs:
        return None                         # (nor when the claim writes a name of the fact's too)
    if any(ours & names_in(x.statement, index, places=True) and writes_figure(x, q, index) for x in kin_facts(fact, cands)):
        return None                         # (a fact naming the claim's party gives the figure too)
    return Finding("related", "region", fact,
                   f"{q.text.strip()!r} is the source's figure for {index.entity_name(fact.subject)} "
                   f"({fact.statement}); it gives none for {written_names(claim.text, ours)}")


def modified_elsewhere(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                       index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact that writes another word beside a noun it shares with the claim (``word_pairs``),
    while a fact of the same date and measure, of no party the first is not of, writes the claim's two words and
    gives another figure in the figure's unit, none of the claim's: contradicted (rule ``region``), citing both."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    fact = f.fact
    lower = lowercase_words(index) | {fold(w) for w in re.findall(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*", claim.text)}
    mine = word_pairs(claim.text, [(x.start - claim.start, x.end - claim.start) for x in claim.quantities
                               if x.start >= claim.start], lower)
    theirs = _fact_pairs(fact, index, lower)
    parties, said = own_parties(fact, index), set(content_stems(fact.statement or ""))
    kin = [(x, _fact_pairs(x, index, lower)) for x in kin_facts(fact, cands) if own_parties(x, index) <= parties]
    for pair in sorted(mine.keys() - theirs.keys()):
        writers = [(x, pairs) for x, pairs in kin if pair in pairs]
        if not writers or any(writes_figure(x, o, index) for x, _ in writers for o in claim.quantities
                              if o.value is not None):
            continue                    # (a fact of the claim's pair that gives one of its figures: its own fact)
        found = next((w for x, pairs in writers
                      if (w := _other_segment(q, pair, x, pairs, theirs, mine, said, claim, index))), None)
        if found:
            x, fq, other = found
            return Finding("contradicts", "region", x,
                           f"wrong part: {q.text.strip()!r} is the source's figure for {theirs[other]!r} "
                           f"({fact.statement}); for {mine[pair]!r} it gives {fq.text.strip()!r}: {x.statement}")
    return None


def _other_segment(q: Quantity, pair: tuple[str, str], x: Fact, pairs: dict, theirs: dict, mine: dict, said: set,
                   claim: Claim, index: FactIndex) -> Optional[tuple[Fact, Quantity, tuple[str, str]]]:
    """The other fact ``x``, its figure that refutes ``q`` in its unit and the confirming fact's pair beside the
    claim's (``counterpart``), when the two pairs name two things, not one (``one_concept``)."""
    other = counterpart(pair, theirs, set(content_stems(claim.text)), pairs, said)
    if other is None or one_concept(mine[pair], theirs[other]):
        return None
    fq = next((o for o in index.reading(x).quantities if o.unit == q.unit and o.value is not None
               and same_size(q, o) == "contradicts"), None)
    return (x, fq, other) if fq is not None else None


def one_concept(a: str, b: str) -> bool:
    """Whether two pairs of words name one thing (« bénéfice net », « résultat net »: ``data/concepts.yaml``)."""
    return bool(set(concepts_in(a)) & set(concepts_in(b)))


def _fact_pairs(fact: Fact, index: FactIndex, lower: frozenset[str]) -> dict[tuple[str, str], str]:
    """``word_pairs`` of a fact's sentence."""
    return word_pairs(fact.statement, [(x.start, x.end) for x in index.reading(fact).quantities if x.start >= 0], lower)


def word_pairs(text: Optional[str], figures: list[tuple[int, int]],
           lower: frozenset[str]) -> dict[tuple[str, str], str]:
    """The stems of each two content words in lower case (the sentence's first, a word written in lower case too:
    ``lower``, folded) a sentence writes side by side
    before its first figure (its subject), opening a phrase (the sentence's first words, or after a function word:
    « du jeu mobile », "the craft beer"), nothing but a space between them: each with the words as written (names
    are ``named_part_elsewhere``'s)."""
    text = text or ""
    out, last, opens = {}, None, True
    first = min([a for a, _ in figures] + [len(text)])
    for w, a, b in words_of(text[:first]):
        name = w[:1].isupper() and (bool(text[:a].strip()) or fold(w) not in lower)
        st = None if name else next(iter(content_stems(w)), None)
        if st is not None and last is not None and last[3] and not text[last[1]:a].strip():
            out.setdefault((last[0], st), text[last[2]:b])
        last = (st, b, a, opens) if st is not None else None
        opens = st is None and not w[:1].isdigit() and not name
    return out


def counterpart(pair: tuple[str, str], theirs: dict, written: set, kin: dict, said: set) -> Optional[tuple]:
    """The confirming fact's pair beside the claim's: the same word on one side, on the other a word the claim
    (``written``, its stems) does not write, of another stem (five letters: « maladies », « maladie »), a pair the
    other fact does not write; the claim's word there one the confirming fact (``said``) never writes."""
    for other in sorted(theirs.keys() - kin.keys()):
        for same, diff in ((0, 1), (1, 0)):
            if other[same] == pair[same] and other[diff][:5] != pair[diff][:5] and other[diff] not in written \
                    and pair[diff] not in said:
                return other
    return None


def _names_before(claim: Claim, q: Quantity, index: FactIndex) -> frozenset[str]:
    """The names written between the figure before ``q`` and ``q`` (its own stretch: « et l'adaptation de Dumas
    environ 9,1 millions »), else those before the claim's first figure (the subject its figures share)."""
    ends = sorted(x.end - claim.start for x in claim.quantities if claim.start <= x.end <= q.start)
    own = names_in(claim.text[ends[-1]:max(ends[-1], q.start - claim.start)], index, places=True) if ends else None
    if own:
        return own
    first = min([x.start - claim.start for x in claim.quantities if x.start >= claim.start] + [len(claim.text)])
    return names_in(claim.text[:first], index, places=True)


def _writes_party(fact: Fact, entity: str, index: FactIndex) -> bool:
    """Whether a fact's sentence writes one of the names of a party of the list."""
    return any(m.entity == entity for m in index.matcher.find(fact.statement or ""))


def _list_names(index: FactIndex) -> frozenset[str]:
    """The names of parts the list's facts write (``names_in``), read once per index."""
    memo = index.__dict__.get("_segment_names")
    if memo is None or memo[0] != len(index.facts):
        memo = index.__dict__["_segment_names"] = (
            len(index.facts), frozenset().union(*(names_in(x.statement, index, places=True) for x in index.facts)))
    return memo[1]


def _its_figure(q: Quantity, fact: Fact, x: Fact, index: FactIndex) -> Optional[Quantity]:
    """The figure of the other part's fact ``x``, in the confirming fact's unit, that refutes ``q`` (none when ``x``
    writes ``q`` too)."""
    if writes_figure(x, q, index):
        return None
    return next((o for o in index.reading(x).quantities if o.unit == fact.quantity.unit and o.value is not None
                 and same_size(q, o) == "contradicts"), None)


_TOKEN = compiled(r"[^\W\d_][\w'’-]*|\d[\d,.]*|\S")


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


def kin_facts(fact: Fact, cands: list[Candidate]) -> list[Fact]:
    """The other candidate facts of the fact's date and measure, each once."""
    seen, out = {(fact.source, fact.id)}, []
    for c in cands:
        key = (c.fact.source, c.fact.id)
        if key not in seen and c.fact.as_of == fact.as_of and shares_a_measure_word(c.fact, fact):
            seen.add(key)
            out.append(c.fact)
    return out


def writes_figure(fact: Fact, q: Quantity, index: FactIndex) -> bool:
    """Whether the fact's sentence writes the figure (its size)."""
    return any(o.value is not None and same_size(q, o) == "supports" for o in index.reading(fact).quantities)


def written_names(text: Optional[str], names: frozenset[str]) -> str:
    """The names as the sentence writes them."""
    found = [m.group(1) for m in _WORD.finditer(text or "") if fold(m.group(1)) in names]
    return ", ".join(dict.fromkeys(found)) or ", ".join(sorted(names))
