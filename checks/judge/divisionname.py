"""A part a fact names by a name of its own and a claim says of the whole: "Support Services profit from operations
rose 16 % to £93 million" against "The group as a whole did better, with profit from operations up 16 % to £93
million" or "Across the group, …", « Au niveau du groupe, … ». The fact's figure is of the division its capitalised
name before the measure noun writes, a name that is no party's of the claim, nor of the fact's source title; the
claim's words of the whole may stand in its subject or opening phrase rather than in the words its figure is said
of (``wholescope._whole_said_before``). Read by ``wholescope.part_for_said_whole``. Also a part a place names right
before the measure's words, "UK Leisure trading profit" (``places_before_measure``, read by
``wholescope.part_for_whole_scope``).
"""
from __future__ import annotations

from ..factread import measure_noun_words
from ..match import FactIndex
from ..model import Claim, Fact
from ..placenames import places_in
from ..resources import words
from ..terms import content_stems, function_words
from ..text import fold, words_of
from .figures import fact_parties


def division_named(fact: Fact, claim: Claim, index: FactIndex) -> str:
    """The name of the division a fact's measure is of: its declared subject when the claim names other parties and
    not that one (``_other_party``), else as the fact writes it: the run of capitalised words right
    before one of its measure nouns ("Support Services profit", "Autocentres like-for-like sales", « l'EBITDA
    d'Elogen » after it), none of them a word the claim, its parties' names or the fact's source title write; a
    sentence's first word only in a run of two or more, or written capitalised again inside the sentence. ""
    when there is none."""
    said = fact.statement or ""
    other = _other_party(fact, claim, index)
    if other:
        return other
    toks = list(words_of(said))
    mine = _known_words(claim, fact, index)
    first_seen_again = bool(toks) and any(w == toks[0][0] for w, _, _ in toks[1:])
    for _, i, n in measure_noun_words(said):
        for run in (_run_before(toks, i), _run_after(toks, i + n)):
            if not run or any(fold(w) in mine for w, _, _ in run):
                continue
            if run[0] is toks[0] and len(run) == 1 and not first_seen_again:
                continue                  # "Revenue", "Group": a sentence's first word, no name by its capital alone
            return said[run[0][1]:run[-1][2]]
    return ""


def _other_party(fact: Fact, claim: Claim, index: FactIndex) -> str:
    """The name of the fact's declared subject when the claim, which names parties (its own or its context's), names
    not that one (« L'EBITDA du groupe Velmor » against a fact whose subject is its unit Ostria): the part's."""
    mine = {m.entity for m in claim.mentions} | set(claim.context_entities)
    if not fact.subject or not mine or fact.subject in mine:
        return ""
    return index.entity_name(fact.subject)


def _run_before(toks: list, i: int) -> list:
    """The capitalised words right before token ``i`` (not all capitals: "EBITDA" is a measure)."""
    run = []
    for j in range(i - 1, -1, -1):
        if not _capitalised(toks[j][0]):
            break
        run.insert(0, toks[j])
    return run


def _run_after(toks: list, k: int) -> list:
    """The capitalised words after a measure noun's « de »/"of"/"at" (« l'EBITDA d'Elogen », "revenue at Autocentres")."""
    if k + 1 >= len(toks) or fold(toks[k][0]) not in {fold(w) for w in words("measures", "division_of_words")}:
        return []
    run = []
    for tok in toks[k + 1:]:
        if not _capitalised(tok[0]):
            break
        run.append(tok)
    return run


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and fold(word) not in function_words()


def _known_words(claim: Claim, fact: Fact, index: FactIndex) -> frozenset[str]:
    """The folded words a name of the fact's part may not write: the claim's, its context's, the names of the fact's
    parties and of the claim's, and the fact's source title."""
    names = [index.entity_name(e) for e in fact_parties(fact, index)]
    names += [m.text for m in claim.mentions]
    src = index.sources.get(fact.source)
    text = " ".join([claim.text, claim.context_text or "", *names, (src.title or "") if src is not None else ""])
    return frozenset(fold(w) for w, _, _ in words_of(text))


def places_before_measure(claim: Claim, text: str, measure: set[str]) -> set[str]:
    """The places a fact's sentence writes right before a word of the measure it shares with the claim ("UK Leisure
    trading profit"), which the claim does not write: a part of the whole (not "54,073 million US dollars", a
    currency's name), as written, folded."""
    mine = {p for _, _, p in places_in(claim.text)}
    out = set()
    for a, b, p in places_in(text):
        after = content_stems(text[b:b + 40])
        if p not in mine and after and after[0] in measure:
            out.add(fold(text[a:b]))
    return out
