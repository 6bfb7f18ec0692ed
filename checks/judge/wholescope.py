"""A figure a claim says of the whole by a word of the whole ("Group organic revenue growth was 4.7 %", « La
croissance organique du groupe a atteint 4,7 % », "overall", « total »: ``whole_scope_words`` of
``data/lang/<code>/measures.yaml``; "the division as a whole"), confirmed only by the fact of a named part (a name
the claim does not write, "International", or a place right before the measure's words, "UK Leisure trading profit"),
which writes no word of the whole, while a fact of the same date and measure that writes a word of the whole ("Total
Leisure trading profit") and names no part the claim does not gives another figure the claim's refutes: the part's
figure taken for the whole's — contradicted (rule ``region``), citing both. Nothing when a fact of the whole gives
the figure too.

A claim that names no part at all, confirmed by a fact whose measure noun its own words restrict to a part the claim's
words do not name ("revenue from its emerging markets grew 9 %", « les ventes au détail ont progressé de 7 % »:
``measurepart.part_words``), has the part's figure for the whole it speaks of ("revenue grew 9 %"): contradicted the
same way by a fact of the same date whose subject writes only the claim's measure (and its owner), when a figure of
that fact's sentence on the claim's basis refutes the claim's (``part_for_unnamed_whole``); never when the claim names
the part, names a part of its own, writes a possessive or a noun of a part before its figure ("its sales", "the
division's sales": a part the statement before named), or shares a name with the fact. Nothing when a fact of the
whole gives the figure too.

The mirror: a figure a claim's words restrict to a part ("Velmor's Nordic revenue", « le chiffre d'affaires de la
branche Marine »: ``part_words``), confirmed by a fact that names no word of that part, in its sentence, its parties'
names or its source's title, is the whole's or another part's: unchecked, or contradicted by the declared figure of a
fact of the same date naming the part (``unnamed_claim_part``); and one the fact's subject gives to another part of
the same kind, « la viande ovine » for « la viande bovine », unchecked (``another_of_its_kind``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..compare import compare_quantity
from ..language import detect_language
from ..match import Candidate, FactIndex
from ..factread import figure_measures_in, measure_noun_words, measure_nouns_in
from ..measurepart import names_word, of_no_part, part_words, plain_subject, subject_of
from ..model import Claim, Fact, Quantity
from ..placenames import folded_place_id, places_in
from ..resources import words
from ..terms import content_stems, function_words
from ..text import fold, words_of
from ..tablestore import stored
from ..unitkeys import unit_class
from .findings import Finding
from .basis import basis_conflict
from .clauses import figure_window
from .divisionname import division_named, places_before_measure
from .figures import fact_parties
from .measurenoun import said_of
from .place import keyed, place_name, place_phrases, placed_figures, same_size, written_as
from .readroles import places_named
from .names import lowercase_words
from .subsets import subset_unnamed, subsets_in
from .segment import counterpart, kin_facts, one_concept, part_for_whole, unbracketed_names, word_pairs, writes_figure


@stored
def _whole_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "whole_scope_words"))


def _sets_apart(text: str) -> bool:
    """Whether a text writes a word that sets a part apart from the rest ("other", « autres », « hors »:
    ``part_apart_words``)."""
    return bool({fold(w) for w, _, _ in words_of(text)} & _apart_words())


@functools.lru_cache(maxsize=1)
def _apart_words() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "part_apart_words"))


def _wholes_in(text: Optional[str]) -> frozenset[str]:
    """The words of the whole a sentence writes in lower case or as its first word (not inside a name, "Velmor
    Group"), folded."""
    found = list(words_of(text or ""))
    return frozenset(fold(w) for i, (w, _, _) in enumerate(found) if w[:1].islower() or i == 0) & _whole_words()


def _whole_said_before(claim: Claim, said: str) -> frozenset[str]:
    """The words of the whole the claim writes before the words its figure is said of — its subject or opening phrase
    ("The group as a whole …, with profit up 16 %", "Across the group, revenue slipped") — when none of them sets a
    part apart (``_sets_apart``) and they write no figure of their own."""
    at = claim.text.find(said) if said else -1
    before = claim.text[:at] if at > 0 else ""
    if not before or _sets_apart(before) or any(ch.isdigit() for ch in before):
        return frozenset()            # ("a total dividend of 9.09p, up 4.7 %": another figure's words, not a subject)
    return _wholes_in(before)


def whole_or_part(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """A finding on a figure read again with the whole or part each side's words say it is of (see the module)."""
    return part_for_whole_scope(claim, q, f, cands, index) or part_for_unnamed_whole(claim, q, f, cands, index) \
        or part_for_said_whole(claim, q, f, cands, index) or unnamed_claim_part(claim, q, f, cands, index) \
        or subset_unnamed(claim, q, f, cands, index) or another_of_its_kind(claim, q, f, index)


def part_for_whole_scope(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                         index: FactIndex) -> Optional[Finding]:
    """A figure the claim says of the whole, confirmed by a part's fact, refuted by the whole's (see the module)."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or fact.quantity is None or q.value is None:
        return None
    read = _part_and_measure(claim, fact, index)
    if read is None:
        return None
    whole, part, measure = read
    mine = unbracketed_names(claim.text, index) | {fold(w) for w, _, _ in words_of(claim.text)}
    wholes = [x for x in kin_facts(fact, cands) if x.quantity is not None and x.quantity.unit == fact.quantity.unit
              and _wholes_in(x.statement) and not unbracketed_names(x.statement, index) - mine
              and measure <= set(content_stems(x.statement or ""))]
    return part_for_whole(q, fact, part, wholes, index)


def _part_and_measure(claim: Claim, fact: Fact,
                      index: FactIndex) -> Optional[tuple[frozenset[str], frozenset[str], set[str]]]:
    """The claim's words of the whole, the names of the part the confirming fact writes (not the claim), and the
    measure's stems both write; None when the claim writes no word of the whole, the fact writes one, or the fact
    names no part of its own."""
    whole = _wholes_in(claim.focus or claim.text)
    if not whole or _wholes_in(fact.statement):
        return None
    mine = unbracketed_names(claim.text, index)
    part = unbracketed_names(fact.statement, index) - mine - {fold(w) for w, _, _ in words_of(claim.text)}
    measure = {m for m in set(content_stems(claim.focus or claim.text)) & set(content_stems(fact.statement or ""))
               if not any(ch.isdigit() for ch in m)} - set(content_stems(" ".join(whole)))   # (not "122m": a figure)
    part |= places_before_measure(claim, fact.statement or "", measure)
    return (whole, part, measure) if part and measure else None


def part_for_unnamed_whole(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                           index: FactIndex) -> Optional[Finding]:
    """A figure of a claim that names no part, confirmed by the fact of a part its measure noun is restricted to,
    refuted by the fact of the whole (see the module)."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    before = {re.sub(r"['’]s$", "", fold(w)) for w, _, _ in words_of(claim.text[:max(0, q.start - claim.start)])}
    if before & _of_a_part():
        return None                     # ("its sales", "the division's sales": a part the statement before named)
    said, mine, own = _claim_part(claim, q)
    if not mine or own:
        return None                     # (a claim that names a part of its own: ``unnamed_claim_part``)
    part = unnamed_part(claim, q, fact, index)
    if not part or unbracketed_names(claim.text, index) & unbracketed_names(fact.statement, index):
        return None                     # (nor when the claim writes a name of the fact's: "Latin America revenue")
    wholes = [x for x in kin_facts(fact, cands) if mine <= plain_subject(x.statement or "", _owners(x, index))]
    found = _whole_figure(claim, q, wholes, mine, index)
    if found is None:
        return None
    x, o = found
    return Finding("contradicts", "region", x,
                   f"wrong part: {q.text.strip()!r} is the source's figure for {' '.join(sorted(part))} only "
                   f"({fact.statement}); for the whole it gives {o.text.strip()!r}: {x.statement}")


def part_for_said_whole(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                        index: FactIndex) -> Optional[Finding]:
    """A figure whose words say it of the whole ("Group revenue rose 9 %", « Au total, les ventes du groupe ont
    progressé de 7 % »: a word of the whole in the words it is said of), confirmed by a fact that gives it for a place
    of its party the claim does not name ("In Westmark, Velmor's revenue rose 9 %": ``placed_figures``) or restricts
    its measure to a subset the claim does not name (« les ventes au détail »: ``subsets``): the part's figure.
    Contradicted (rule ``region``) by a fact of the same date of no place nor part whose subject writes the fact's
    measure nouns and whose sentence gives, on the claim's basis, a figure the claim's refutes (``_whole_figure``);
    else unchecked — nothing when such a fact writes the figure too."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    said = _claim_part(claim, q)[0]
    whole = _wholes_in(said) or _whole_said_before(claim, said)
    if not whole or _wholes_in(fact.statement) or _sets_apart(said):
        return None                     # (« les autres médicaments du groupe »: a part set apart, not the whole)
    part = _part_of_figure(claim, q, fact, index)
    measure = measure_nouns_in(subject_of(fact.statement or "") or fact.statement or "")
    if not part or not measure:
        return None
    wholes = _facts_of_no_part(claim, fact, measure, cands, index)
    if any(writes_figure(x, q, index) for x in wholes):
        return None                     # (a fact of the whole gives the figure too)
    found = _whole_figure(claim, q, wholes, measure, index)
    if found is None:
        return Finding("related", "region", fact, f"{q.text.strip()!r} is the source's figure for {part} only "
                                                  f"({fact.statement}); it gives none for the whole")
    x, o = found
    return Finding("contradicts", "region", x,
                   f"wrong part: {q.text.strip()!r} is the source's figure for {part} only ({fact.statement}); for "
                   f"the whole it gives {o.text.strip()!r}: {x.statement}")


def _facts_of_no_part(claim: Claim, fact: Fact, measure: frozenset[str], cands: list[Candidate],
                      index: FactIndex) -> list[Fact]:
    """The facts of a fact's date and measure whose subject writes its measure nouns and that give no place nor part:
    no place their figures are said of, no word restricting their measure, no name the claim does not write."""
    mine = unbracketed_names(claim.text, index)
    return [x for x in kin_facts(fact, cands) if measure <= measure_nouns_in(subject_of(x.statement or ""))
            and not any(p for _, p in placed_figures(x, index)) and not _subject_part(x, index)
            and not subsets_in(subject_of(x.statement or ""))
            and not unbracketed_names(x.statement, index) - mine]


def _part_of_figure(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> str:
    """The part a fact gives the claim's figure for and the claim does not name: the place of its figure of that size
    (not one the claim writes, ``_a_partys_place``), as the fact writes it, else the subsets its subject restricts its
    measure to (``subsets.subsets_in``: « les ventes au détail »; not any words after its noun, « la production
    d'électricité »), else the division its own name writes (``divisionname.division_named``)."""
    mine = places_named(f"{claim.text} {claim.context_text}")
    placed = next((p for o, p in placed_figures(fact, index) if p and same_size(q, o) == "supports"), None)
    if placed and placed not in mine and folded_place_id(placed) not in mine and _a_partys_place(fact, placed, index):
        return written_as(fact.statement, placed, keyed(index))
    part = subsets_in(subject_of(fact.statement or "")) - subsets_in(f"{claim.text} {claim.context_text}")
    return " ".join(sorted(part)) or division_named(fact, claim, index)


def _a_partys_place(fact: Fact, place: str, index: FactIndex) -> bool:
    """Whether a place is one a fact's party is divided by: written in a place phrase of its sentence ("In Westmark,
    …", not "US dollars") and the fact's declared subject a party that is no place (a company's region, not the
    country a national figure is of)."""
    key = keyed(index)
    phrases = {key(n) for n in (place_name(m.group("place")) for m in place_phrases(fact.statement or "")) if n}
    owner = index.entity_name(fact.subject) if fact.subject else ""
    return place in phrases and bool(owner) and not places_named(owner) \
        and not folded_place_id(owner)


def _subject_part(fact: Fact, index: FactIndex) -> tuple[str, ...]:
    """The words a fact's subject restricts its measure with to a part (``part_words``, its owners' names aside)."""
    return part_words(fact.statement or "", index.reading(fact).language, _owners(fact, index))


def _claim_part(claim: Claim, q: Quantity) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """The words a claim's figure is said of, the measure nouns they write and the words restricting that measure
    to a part (``part_words``, the claim's parties' names aside)."""
    said = said_of(claim, q, figure_window(claim, q))
    at = claim.text.find(said)
    owners = tuple((m.start - claim.start - at, m.end - claim.start - at) for m in claim.mentions)
    return said, measure_nouns_in(said), part_words(said, detect_language(claim.text), owners if at >= 0 else ())


def unnamed_claim_part(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                       index: FactIndex) -> Optional[Finding]:
    """A figure the claim's words restrict to a part ("Velmor's Nordic revenue", « le chiffre d'affaires de la branche
    Marine de Velmor »: ``part_words``), confirmed by a fact that names no word of that part — in its sentence, its
    parties' names or its source's title, a place in any of its ways —: the whole's or another part's figure.
    Contradicted (rule ``region``) by a fact of the same date naming the part whose declared figure, not a share (a
    change or a margin alike), refutes the claim's (``parts_own_figure``); else unchecked."""
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    said, _, part = _claim_part(claim, q)
    if _noun_in_a_name(claim, said):
        return None                     # ("the Dalian Commerce Office": a name, not the measure's part)
    told = " ".join([fact.statement or "", index.sources[fact.source].title or ""]
                    + [index.entity_name(e) for e in fact_parties(fact, index)])
    missing = [w for w in _named_part(part) if not _names(w, told)]
    if not missing:
        return None
    named = [x for x in kin_facts(fact, cands) if all(_names(w, x.statement or "") for w in missing)]
    if any(writes_figure(x, q, index) for x in named):
        return None                     # (a fact of the part gives the figure too)
    where, x = " ".join(missing), parts_own_figure(claim, q, named, index)
    if x is not None:
        return Finding("contradicts", "region", x,
                       f"wrong part: {q.text.strip()!r} is the source's figure for the whole or another part "
                       f"({fact.statement}); for {where} it gives {x.quantity.text.strip()!r}: {x.statement}")
    return Finding("related", "region", fact, f"{q.text.strip()!r} is the source's figure for the whole or another "
                                              f"part ({fact.statement}); it gives none for {where}")


def _noun_in_a_name(claim: Claim, said: str) -> bool:
    """Whether the first measure noun of the words a figure is said of is written inside a name of the list ("The
    Dalian Commerce Office granted …": "Commerce" names the office, it is no measure)."""
    at = claim.text.find(said)
    found = min(((i, n) for _, i, n in measure_noun_words(said)), default=None)
    if found is None or at < 0:
        return False
    w, a, _ = words_of(said)[found[0]]
    return any(m.start - claim.start - at <= a < m.end - claim.start - at for m in claim.mentions)


def _names(word: str, text: str) -> bool:
    """Whether ``text`` names a word of a part: ``names_word``, or the same place in another of its ways ("UK",
    « Royaume-Uni »)."""
    place = folded_place_id(_bare(word))
    return names_word(word, text) or bool(place) and any(p == place for _, _, p in places_in(text))


def parts_own_figure(claim: Claim, q: Quantity, named: list[Fact], index: FactIndex) -> Optional[Fact]:
    """The first fact of ``named`` whose declared figure, in the claim's unit (not a share) and on its basis, refutes
    the claim's."""
    return next((x for x in named if x.quantity is not None and x.quantity.unit == q.unit
                 and unit_class(q.unit) != "share" and not basis_conflict(claim, q, x, index, x.quantity)
                 and compare_quantity(q, x.quantity)[0] == "contradicts"), None)


def another_of_its_kind(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact whose subject writes, beside a noun the claim's writes too, another word than the
    claim's (« la viande ovine » against « la viande bovine »: ``segment.word_pairs``, each subject's first), the two
    words of no one concept, nor of the measure, its basis, scope or period (``of_no_part``), nor nouns of a part, the
    claim's never written by the fact and its pair written by another fact of the list (a part the list tells apart):
    another part of the same kind — unchecked (rule ``region``)."""
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    fact = f.fact
    lower = lowercase_words(index) | function_words() \
        | {fold(w) for w in re.findall(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*", claim.text)}     # (« Les »: no name)
    mine = word_pairs(subject_of(claim.text), [], lower)
    theirs = word_pairs(subject_of(fact.statement or ""), [], lower)
    if not mine or not theirs:
        return None
    pair, first = next(iter(mine.items()))          # (each subject's first two words: its noun and its modifier)
    other = counterpart(pair, dict([next(iter(theirs.items()))]), set(content_stems(claim.text)), {},
                         set(content_stems(fact.statement or "")))
    if other is None or not _two_parts(first, theirs[other], 1 if other[0] == pair[0] else 0):
        return None
    if not any(pair in word_pairs(x.statement, [], lower) for x in index.facts if x is not fact):
        return None                     # (a pair the list writes nowhere is a description, not a part it tells apart)
    return Finding("related", "region", fact, f"{q.text.strip()!r} is the source's figure for {theirs[other]!r} "
                                              f"({fact.statement}); it gives none for {first!r}")


def _two_parts(mine: str, theirs: str, diff: int) -> bool:
    """Whether two pairs of words, the same word on one side, name two parts by their other words (at ``diff``): words
    of no one concept, neither of the measure, its basis, scope or period, nor a noun of a part (« la branche
    Marine », « l'activité Marine »: one part)."""
    if len(mine.split()) != 2 or len(theirs.split()) != 2:
        return False
    ours, its = mine.split()[diff], theirs.split()[diff]
    return not one_concept(ours, its) and not any(of_no_part(w) or _bare(w) in _of_a_part() for w in (ours, its))


def _named_part(words_of_part: tuple[str, ...]) -> list[str]:
    """The words of a part that name it: a capitalised word ("Nordic", « Marine »), or any word after a noun of a
    part (« la branche nautisme »); a description in lower case alone ("fully electric", « proprement dites ») is too
    often the whole's own, or another language's word for it."""
    out, named = [], False
    for w in words_of_part:
        if _bare(w) in _of_a_part():
            named = True
        elif named or _unelided(w)[:1].isupper():
            out.append(w)
    return out


def _unelided(word: str) -> str:
    """A word without its elided article (« l'Europe » → « Europe »), its case kept."""
    w = word.replace("\u2019", "'")
    return w.split("'", 1)[1] if "'" in w[:3] else w


def _bare(word: str) -> str:
    """A word folded, without its elided article (« l'activité »)."""
    return fold(_unelided(word))


def _whole_figure(claim: Claim, q: Quantity, wholes: list[Fact], mine: frozenset[str],
                  index: FactIndex) -> Optional[tuple[Fact, Quantity]]:
    """The first fact of the whole and its figure that refutes the claim's; None when none does, or when one of
    them writes the claim's figure."""
    if any(writes_figure(x, q, index) for x in wholes):
        return None                     # (a fact of the whole gives the figure too)
    # (each figure of the whole's sentence in the claim's unit, on the claim's basis, "up 8.7 % as reported and
    # 9.9 % at constant exchange rates", that no other measure's words come before: not "…, and its margin 12 %")
    return next(((x, o) for x in wholes for o in index.reading(x).quantities if o.unit == q.unit and o.value is not None
                 and o.start >= 0 and figure_measures_in((x.statement or "")[:o.start]) <= mine
                 and not basis_conflict(claim, q, x, index, o) and compare_quantity(q, o)[0] == "contradicts"), None)


def unnamed_part(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> frozenset[str]:
    """The words restricting a fact's measure to a part (``part_words`` of the clause that writes the claim's figure,
    its owners' names aside), folded, when the claim's words (its own and its main clause's) name none of them in
    either language; else none."""
    text = fact.statement or ""
    at = next((o.start for o in index.reading(fact).quantities if o.start >= 0 and same_size(q, o) == "supports"), -1)
    if at < 0:
        return frozenset()
    lo = max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1        # (its clause: « … ; le chiffre d'affaires wholesale »)
    part = part_words(text[lo:], index.reading(fact).language, tuple((a - lo, b - lo) for a, b in _owners(fact, index)))
    if not part:
        return frozenset()
    said = f"{claim.text} {claim.context_text}"
    if any(names_word(w, said) for w in part):
        return frozenset()              # (the claim names the part: « Pour la branche Énergie, les ventes »)
    return frozenset(fold(w) for w in part)


def _owners(fact: Fact, index: FactIndex) -> tuple[tuple[int, int], ...]:
    """The spans of the names of a fact's parties in its sentence."""
    parties = fact_parties(fact, index)
    return tuple((m.start, m.end) for m in index.matcher.find(fact.statement or "") if m.entity in parties)


@stored
def _of_a_part() -> frozenset[str]:
    """The possessive determiners and the nouns of a part of a group, folded: a claim's subject that writes one is
    said of a party or part named elsewhere."""
    return frozenset(fold(w) for w in words("claims", "possessive_determiners") + words("measures", "part_nouns_named_before")
                     + words("measures", "part_nouns_named_after"))
