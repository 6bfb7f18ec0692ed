"""The scope a figure's words give it by a part they put in or take out of its whole: "completions, including joint
ventures" counts them, "completions excluding joint ventures" does not (``scope_inclusions`` and ``part_exclusions``
of ``data/lang/<code>/measures.yaml``). A fact that confirms a claim's figure while its own words around that figure
take out the very part the claim's words put in (or put in the part the claim's take out) gives the figure of the
other scope: the claim's figure is refuted, wrong measure (the two are equal only when the part is nothing, which
a list that tells them apart does not say).

- contradicted: "Group completions, including joint ventures, came to 9,972 homes" against "UK completions excluding
  joint ventures were 9,972"; « Les livraisons, y compris les coentreprises, ont atteint 9 972 logements » against
  « Les livraisons hors coentreprises ont atteint 9 972 logements ».
- supported: the same claims against "completions including joint ventures were 9,972", « les livraisons, y compris
  les coentreprises, ont atteint 9 972 logements ».
- contradicted: "The order book on its own stood at £3.1bn" against "the forward work position, order book plus
  preferred bidder positions, rose to £3.1bn" (a measure counted alone, ``scope_alone_words``, against one a part
  is added to, ``sum_words`` of the fact's language).
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity
from ..match import FactIndex
from ..model import MIXED, SUPPORTED, ClaimResult, Fact, Quantity, Statement
from ..language import detect_language
from ..resources import LANGS, compiled, lexicon, word_pattern
from ..terms import content_stems
from ..text import fold
from .findings import Finding, fact_by_id
from .parts import refuted_by
from .sentencefigures import between_neighbours

RULE_ID = "quantity-measure"

_P_PART_END = compiled(r"[,;:()\[\]]|\.(?:\s|$)|\d")
_P_DIGIT = compiled(r"\d")


def _parts(text: str, key: str) -> list[frozenset[str]]:
    """The parts ``text`` puts in (``scope_inclusions``) or takes out (``part_exclusions``) of its whole: the stems of
    the content words after each such word, up to the end of its clause or the next figure."""
    folded = fold(text)
    found = []
    for m in word_pattern("measures", r"(?<!\w)(?:{+" + key + r"})(?!\w)").finditer(folded):
        rest = folded[m.end():]
        end = _P_PART_END.search(rest)
        stems = frozenset(content_stems(rest[:end.start()] if end else rest)[:4])
        if stems:
            found.append(stems)
    return found + (_parts_before(folded) if key == "scope_inclusions" else [])


def _parts_before(folded: str) -> list[frozenset[str]]:
    """The parts a folded text puts in by a word written after them (``scope_inclusions_after``: « Velmor compris, le
    résultat … », "joint ventures included"): the stems of the content words before it, back to the clause's start
    or the figure before; not the word of a phrase that puts in before its part (« y compris »), nor one before a
    range (« compris entre »)."""
    before = [m.span() for m in word_pattern("measures", r"(?<!\w)(?:{+scope_inclusions})(?!\w)").finditer(folded)]
    found = []
    for m in word_pattern("measures", r"(?<!\w)(?:{+scope_inclusions_after})(?![\w-])"
                                      r"(?!\s+(?:{scope_inclusions_after_not_before})(?!\w))").finditer(folded):
        if any(a <= m.start() < b for a, b in before):
            continue
        head = _P_PART_END.split(folded[:m.start()])[-1]
        stems = frozenset(content_stems(head)[-4:])
        if stems:
            found.append(stems)
    return found


def _opposed(mine: str, theirs: str) -> bool:
    """Whether one text puts in a part the other takes out (a content word of the part in common), either way; or
    counts its measure on its own (``scope_alone_words``: "the order book on its own") while the other puts a part
    in ("order book plus preferred bidder positions")."""
    return any(a & b for a in _parts(mine, "scope_inclusions") for b in _parts(theirs, "part_exclusions")) \
        or any(a & b for a in _parts(mine, "part_exclusions") for b in _parts(theirs, "scope_inclusions")) \
        or bool(word_pattern("measures", r"(?<!\w)(?:{+scope_alone_words})(?!\w)").search(fold(mine))) \
        and bool(_parts(theirs, "scope_inclusions") or _sums(theirs))


def _sums(text: str) -> bool:
    """Whether a text adds a measure to another by a word of a sum (``sum_words`` of its language's
    ``measures.yaml``: "order book plus preferred bidder positions"), a content word after it."""
    lang = detect_language(text)
    folded = fold(text)
    for w in (lexicon(lang, "measures").get("sum_words") or []) if lang in LANGS else []:
        for m in re.finditer(r"(?<![\w-])" + re.escape(fold(str(w))) + r"(?![\w-])", folded):
            if content_stems(folded[m.end():m.end() + 30]) and not _P_DIGIT.match(folded[m.end():].lstrip()):
                return True
    return False


def _around(fact: Fact, q: Quantity, index: FactIndex) -> str:
    """The fact's words around the figure that agrees with ``q``: from the figure before it to the figure after it
    (the whole sentence when it writes no such figure)."""
    text = fact.statement or ""
    head = _opening_part(text)
    figures = sorted((fq for fq in index.reading(fact).quantities if 0 <= fq.start and fq.end <= len(text)
                      and fq.unit != "year"), key=lambda fq: fq.start)
    at = next((i for i, fq in enumerate(figures) if compare_quantity(q, fq)[0] == "supports"), None)
    return text if at is None else f"{head} {between_neighbours(text, [(fq.start, fq.end) for fq in figures], at)}"


def _statement_around(statement: Statement, spans: list[tuple[int, int]], q: Quantity) -> str:
    """The statement's words around the claim's figure ``q``, from the figure before it to the figure after it, read
    in the whole statement (a part put in between commas, "completions, including joint ventures, came to", is
    read apart as a claim of its own)."""
    own = (q.start - statement.start, q.end - statement.start)
    if own not in spans:
        return ""
    around = between_neighbours(statement.text, spans, spans.index(own))
    return f"{_opening_part(statement.text)} {around}"


def _opening_part(text: str) -> str:
    """The words a sentence writes before its first figure when they put a part in or take it out of its whole
    ("Excluding its new subsidiary, revenue rose 4 % to £2bn", "Revenue, including the subsidiary, rose 4 % to
    £2bn", « Hors activités cédées, … »): the scope of each of the figures after them; "" for none."""
    first = _P_DIGIT.search(text)
    head = text[:first.start()] if first else text
    return head if any(_parts(head, key) for key in ("scope_inclusions", "part_exclusions")) else ""


def _other_scope(r: ClaimResult, statement: Statement, spans: list, index: FactIndex) -> Optional[ClaimResult]:
    """The claim refuted when a fact confirming one of its figures counts a part the other way round; None
    otherwise."""
    for p in r.parts:
        if p.status != "confirmed" or not p.rule.startswith("quantity") or "/" not in p.fact:
            continue
        q = next((x for x in r.claim.quantities if x.text.strip() == p.text), None)
        fact = fact_by_id(index, *p.fact.split("/", 1))
        if q is None or fact is None or not _opposed(_statement_around(statement, spans, q), _around(fact, q, index)):
            continue
        msg = (f"wrong scope: the source gives {p.text!r} for a whole that counts otherwise a part the article names: "
               f"{fact.statement}")
        return refuted_by(r.claim, Finding("contradicts", RULE_ID, fact, msg, part=p.text), index)
    return None


def of_its_own_scope(results: list[ClaimResult], statement: Statement, index: FactIndex) -> list[ClaimResult]:
    """The results with each claim confirmed by a fact that counts a part the other way (``_other_scope``)
    refuted, wrong measure."""
    spans = sorted({(x.start - statement.start, x.end - statement.start) for r in results for x in r.claim.quantities
                    if x.unit != "year" and x.start >= statement.start})
    return [(_other_scope(r, statement, spans, index) or r) if r.verdict in (SUPPORTED, MIXED) else r
            for r in results]
