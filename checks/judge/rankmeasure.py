"""Whether a record or rank a fact gives is the one the claim states, by the measure it ranks (the measure nouns of
``checks/judge/measurenoun.py``): "the highest handset revenue ever" is not confirmed by "services revenue reached an
all-time high", « le plus meurtrier » is no « le plus puissant »; and by its basis (``other_basis``): a rank by a
share, "the largest percentage rise", is not one by a count, "the largest rise in absolute terms"."""
from __future__ import annotations

import re
from typing import Optional

from ..factread import direction_of, measure_nouns_in, qualifiers_in
from ..model import Claim, Fact
from ..resources import compiled, lexicon, words as words_of
from ..slots import rank_span, rank_spans
from ..terms import LANGS, content_stems
from ..text import fold, longest_first, words
from ..tablestore import stored
from .outrank import ranks_top


def ranks_another_measure(claim: Claim, fact: Fact) -> bool:
    """Whether a fact's record or rank is of another measure than the one the claim ranks: the fact names a measure
    qualifier ("services", « jeunes ») neither the claim nor the statement it points back to names, or both name
    measure nouns and the claim's are not all the fact's ("record profit" is not "record revenue"). The period the
    figures are counted over ("quarterly", « mensuel ») says which figures a record ranks among, not what it measures."""
    said = " ".join(t for t in (claim.focus or claim.text, claim.context_text,
                                claim.antecedent.text if claim.antecedent is not None else "") if t)
    scopes = frozenset(str(w) for w in words_of("measures", "record_scope_qualifiers"))
    text = fact.statement or ""
    spans = rank_spans(text)
    # (the fact's words up to its record: "… reached an all-time high", not the parts it lists after)
    if (qualifiers_in(text[:spans[0][1]] if spans else text) - scopes) - qualifiers_in(said):
        return True
    mine, theirs = measure_nouns_in(claim.focus or claim.text), measure_nouns_in(fact.statement or "")
    return bool(mine and theirs and not mine <= theirs) or _ranked_measure_unsaid(claim.focus or claim.text, fact) \
        or ranked_by_another_quality(claim.focus or claim.text, fact)


def ranked_by_another_quality(text: str, fact: Fact) -> bool:
    """Whether the claim's superlative ranks by a quality it names in a word of its own (« le plus meurtrier », "the
    most destructive") and the fact's superlatives that name one all name another (« le plus puissant », "the most
    powerful"): the fact's record is by another measure. A superlative of one word ("highest", "largest") is as
    often another's paraphrase: not compared."""
    span = rank_span(text)
    mine = _named_quality(text, span) if span is not None else frozenset()
    statement = fact.statement or ""
    theirs = [q for sp in rank_spans(statement) for q in [_named_quality(statement, sp)] if q]
    return bool(mine and theirs) and not any(same_stem(x, y) for q in theirs for x in mine for y in q)


def _named_quality(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The stems of the quality a superlative of several words ranks by (« le plus meurtrier », "the most
    powerful"); empty for a superlative of one word and for a general quality (« le plus important »)."""
    sup = fold(superlative_words(text, span))
    if not any(sup.startswith(d) or f" {d} " in f" {sup}" for d in _degree_words()[0]):
        return frozenset()
    # (a verb of change, « a le plus reculé », "fell the most", ranks by how far: its way is compared elsewhere)
    return frozenset(s for w in sup.split() if not direction_of(w) for s in content_stems(w)) - _degree_words()[1]


@stored
def _degree_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """``degree_superlatives`` (folded) and the stems of ``general_qualities`` of ``data/lang/<code>/slots.yaml``."""
    return (tuple(fold(w) + " " for w in words_of("slots", "degree_superlatives")),
            frozenset(s for w in words_of("slots", "general_qualities") for s in content_stems(w)))


def _ranked_measure_unsaid(text: str, fact: Fact) -> bool:
    """Whether the claim's superlative ranks a measure named by its words up to a measure noun ("the highest
    quarterly handset revenue", « le plus haut chiffre d'affaires ») one of which the fact does not write: its
    record is of another measure ("services revenue", the group's revenue)."""
    span = rank_span(text)
    if span is None:
        return False
    sup = superlative_words(text, span)
    start = text.find(sup, span[0]) + len(sup) if sup else span[0]
    rest = text[start:span[1]]
    toks = list(words(rest))
    at = next((i for i, (w, _, _) in enumerate(toks) if measure_nouns_in(w)), None)
    if at is None:
        return False
    # (the content words right before the noun, that name the measure: "level of single-family starts" is the
    # starts of single-family homes, "level" no measure of its own)
    phrase = [toks[at][0]]
    for w, _, _ in reversed(toks[:at]):
        if not content_stems(w):
            break
        phrase.append(w)
    theirs, nouns = set(content_stems(fact.statement or "")), measure_nouns_in(fact.statement or "")
    # (a measure noun the fact writes in another word of the same measure is said: "revenue" for "net sales")
    return any(not any(same_stem(x, y) for y in theirs) for w in phrase
               if not measure_nouns_in(w) & nouns for x in content_stems(w))


def same_stem(x: str, y: str) -> bool:
    """One word, or one the other writes longer ("quarter", "quarterly")."""
    return x == y or min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x))


def superlative_words(text: str, span: tuple[int, int]) -> str:
    """The first word of a rank span: the superlative itself ("highest", « tête »), with the quality it ranks by
    when the superlative is no content word of its own (« les plus bas », "the most expensive")."""
    words = text[span[0]:span[1]].split()
    n = 1
    while n < len(words) and not content_stems(" ".join(words[:n])):
        n += 1
    return " ".join(words[:n])


def other_basis(text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """The fact ranks by one basis only ("the largest percentage rise of any force") and the claim by the other
    ("the largest rise in absolute terms": contradicted) or by none ("added more officers than any other force":
    the rank of its number is not the one the source gives)."""
    mine, theirs = rank_basis(text), rank_basis(statement)
    if len(theirs) != 1 or theirs <= mine:
        return None
    if mine:
        return ("contradicts", "ranking", f"wrong rank: the source ranks it by its {next(iter(theirs))}, not by its "
                                          f"{next(iter(mine))}: {statement}")
    return ("missing", "ranking", f"the source ranks it by its {next(iter(theirs))} only: {statement}")


@stored
def _basis_patterns() -> dict[str, re.Pattern]:
    """basis ("share", "count") -> the words that say a rank is measured by it (``rank_basis`` of ``slots.yaml``)."""
    out = {}
    for b in ("share", "count"):
        forms = sorted({fold(str(x)) for lang in LANGS for x in (lexicon(lang, "slots").get("rank_basis") or {}).get(b) or []},
                       key=longest_first)
        if forms:
            out[b] = compiled(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    return out


def rank_basis(text: str) -> frozenset[str]:
    """What the rank a text states is measured by, read in its rank span: {"share"} ("the largest percentage
    rise"), {"count"} ("in absolute terms"), both ("in both percentage and numerical terms") or none (not said)."""
    span = rank_span(text)
    if span is None:
        return frozenset()
    folded = fold(text[span[0]:span[1]])
    return frozenset(b for b, rx in _basis_patterns().items() if rx.search(folded))


def ranks_other_end(claim: Claim, fact: Fact) -> bool:
    """Whether the claim's record is at the other end of the ranking than every record of the fact ("described the
    profit as the lowest in its history" against "the highest in the group's history", « le plus bas » against « le
    plus élevé »): the words they share confirm no record, whichever the figure (``slotcheck`` refutes one of the
    fact's own figure)."""
    text = claim.focus or claim.text
    mine = rank_span(text)
    ends = [ranks_top(fact.statement[a:b]) for a, b in rank_spans(fact.statement or "")]
    own = ranks_top(text[mine[0]:mine[1]]) if mine is not None else None
    return own is not None and any(e is not None for e in ends) and all(e is None or e != own for e in ends)
