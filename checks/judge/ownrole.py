"""Whose figure the fact's sentence writes where it agrees with a claim's figure beside another: the words of the
figure's own clause (between the figures next to it) name its role in the sentence. A claim's figure that the
fact's sentence writes for another role while it gives the claim's role another figure is that other role's
(« dont un dividende exceptionnel de 0,36 » against « dont un dividende exceptionnel de 0,21 … ; le quatrième
acompte est de 0,36 », "including a special dividend of $0.36" against "including a special dividend of $0.21;
the fourth interim dividend is $0.36"): refuted by the figure of its role. And a part the claim takes out of
its whole (``part_exclusions`` of ``measures.yaml``: "excluding", « hors ») that the fact counts in it
(``part_clause_openers``: "including", « dont »), or the other way round: the relation is denied.

- supported: "sales of $9 million, including a bonus payment of $2 million" against "… including a bonus payment
  of 2 million; the base payment is 7 million" (the figure of its role).
- contradicted: "including a bonus payment of $7 million" against the same (7 million is the base payment's).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import word_pattern
from ..terms import content_stems
from ..factread import direction_of
from ..text import fold, fold_same_length, words
from .beside import named_before
from .figures import figure_window
from .topicality import GENERIC_CONCEPTS
from .agreement import before_figure
from .findings import Finding

RULE_ID = "quantity-alongside"


def role_elsewhere(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """A contradiction when the fact's sentence writes the claim's figure ``q`` in a clause whose words name less of
    the claim's figure's role (the last words naming something before it, ``named_before``) than the clause of
    another figure of the sentence, in its unit, that gives it otherwise and names a word of that role the
    agreeing one does not; or when the claim takes out of its whole a part the fact counts in it (or the other
    way round). None otherwise."""
    text = fact.statement or ""
    figures = sorted((fq for fq in index.reading(fact).quantities if fq.start >= 0 and fq.end <= len(text)),
                     key=lambda fq: fq.start)
    spans = [(fq.start, fq.end) for fq in figures]
    agreeing = [i for i, fq in enumerate(figures) if compare_quantity(q, fq)[0] == "supports"]
    if len(agreeing) != 1:
        return None
    k = agreeing[0]
    own = _words_before(text, spans, k)
    denied = _relation_denied(claim, q, own, fact)
    if denied is not None:
        return denied
    named = _named_since_the_figure_before(claim, q, index)
    if not named or not _names_its_own(own, claim):
        return None
    mine = _shared(named, own, index)
    for i, fq in enumerate(figures):
        if i == k or not _same_base(q, fq) or compare_quantity(q, replace(fq, unit=q.unit))[0] != "contradicts":
            continue
        theirs = _shared(named, _words_before(text, spans, i), index)
        if mine < theirs:
            return Finding("contradicts", RULE_ID, fact,
                           f"wrong figure: the source writes {q.text.strip()!r} for another thing of its sentence "
                           f"and gives {fq.text.strip()!r} for what the article says it is: {text}",
                           part=q.text.strip())
    return None


def _named_since_the_figure_before(claim: Claim, q: Quantity, index: FactIndex) -> list[frozenset]:
    """The words naming the claim's figure's role (``named_before``) written since the claim's figure before it, as
    the fact's are read (``_words_before``): "36 of the 80 seats" names nothing of the 80's own."""
    own, lo = claim.focus or claim.text, claim.start
    spans = sorted((x.start - lo, x.end - lo) for x in claim.quantities if x.start >= lo and x.end - lo <= len(own))
    if (q.start - lo, q.end - lo) not in spans:
        return []
    keys = index.text_keys(_words_before(own, spans, spans.index((q.start - lo, q.end - lo))))
    return [n for n in named_before(claim, q, index) if n & keys]


def _words_before(text: str, spans: list, i: int) -> str:
    """The words of a fact's sentence before its figure ``spans[i]``, from the figure before it or the last comma,
    semicolon or joiner (the words after a figure are often the next one's: « 90 % de réussite et le bac pro 83 % »)."""
    before = text[spans[i - 1][1] if i else 0:spans[i][0]]
    before = before[max(before.rfind(","), before.rfind(";")) + 1:]
    # (and from the last joiner: "… 34 % for the regional banks and 42 % for …" — the words before the joiner are
    # the figure before's)
    joined = list(word_pattern("measures", r"(?<!\w)(?:{qualifier_joiners})(?!\w)").finditer(fold_same_length(before)))
    return before[joined[-1].end():] if joined else before


def _names_its_own(before: str, claim: Claim) -> bool:
    """Whether the words before a fact's figure name something the claim does not write ("the fourth interim
    dividend is"): a sentence that gives the figure in the claim's words, or none ("501 des 577"), names no other
    role for it."""
    said = {s for w, _, _ in words(claim.focus or claim.text) for s in content_stems(w)}
    return any(s not in said for w, _, _ in words(before) if not any(ch.isdigit() for ch in w) and not direction_of(w)
               for s in content_stems(w))


def _same_base(q: Quantity, fq: Quantity) -> bool:
    """Whether two figures are of one unit, a rate of a unit counted with it ("0.21 dollars per share"
    beside "$0.36": the sentence writes its denominator once)."""
    return q.unit == fq.unit or _base(q.unit) == _base(fq.unit) is not None


def _base(unit: Optional[str]) -> Optional[str]:
    return unit.split(" per ")[0] if unit else None


def _shared(named: list[frozenset], words_of: str, index: FactIndex) -> frozenset:
    """The indices of the claim's role words (``named``) that the words ``words_of`` of a fact's figure name."""
    keys = frozenset(k for k in index.text_keys(words_of)
                     if k[:2] in ("w:", "e:") or (k[:2] == "c:" and k[2:] not in GENERIC_CONCEPTS))
    return frozenset(i for i, n in enumerate(named) if n & keys)


def _relation_denied(claim: Claim, q: Quantity, own: str, fact: Fact) -> Optional[Finding]:
    """A contradiction when the claim's figure's own words take it out of the whole (``part_exclusions``) and the
    fact's words at it count it in (``part_clause_openers``), or the other way round."""
    before = before_figure(claim, q, figure_window(claim, q))
    mine, theirs = _taken_out(before), _taken_out(own)
    if mine is None or theirs is None or mine == theirs:
        return None
    if mine:
        said = f"the article takes {q.text.strip()!r} out of the whole the source counts it in"
    else:
        said = f"the article counts {q.text.strip()!r} in the whole the source takes it out of"
    return Finding("contradicts", RULE_ID, fact, f"wrong relation: {said}: {fact.statement}", part=q.text.strip())


def _taken_out(text: str) -> Optional[bool]:
    """True when ``text`` writes a word that takes a part out of its whole, False one that opens a part of it."""
    folded = fold(text)
    if word_pattern("measures", r"(?<!\w)(?:{+part_exclusions})(?!\w)").search(folded):
        return True
    if word_pattern("measures", r"(?<!\w)(?:{+part_clause_openers})(?!\w)").search(folded):
        return False
    return None
