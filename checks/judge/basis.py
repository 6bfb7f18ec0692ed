"""The basis a change is measured on (``measure_bases`` of ``data/lang/<code>/measures.yaml``): as reported, at
constant exchange rates, organic, like-for-like (« à données publiées », « à taux de change constants », « en
organique », « à périmètre constant »). A figure whose basis is written on both sides, in the claim beside its figure
and in the fact beside the fact's figure, and differs is another figure of the report ("up 4 % at constant currency"
is not the change as reported): it never agrees (``basis_conflict``); written on one side only, it says nothing (an
article that names no basis speaks of the headline figure, whichever it is) — but for a fact's figure with no basis
read while its sentence writes the claim's basis right after another of its figures (« en hausse de 4,8 % hors …, et
de 3,8 % en données publiées »): the claim's basis is that other figure's; and for a fact's plain figure that agrees
with the claim's while another fact of the list, of the same subject and date, gives a figure on the claim's basis:
the plain one is the headline, not the claim's (``_given_elsewhere``)."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..compare import compare_quantity
from ..factread import measure_noun_words
from ..measurephrases import opening_phrase_end, phrase_ids, phrase_spans, phrase_table
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, lexicon, words as listed_words
from ..terms import LANGS
from ..text import fold, words
from .clauses import clause_ends
from .sentencefigures import own_clause, position_of, sentence_figures

_P_FIGURE_BASIS = compiled(r"[,;]")


@functools.lru_cache(maxsize=8192)
def bases_in(text: str) -> frozenset[str]:
    """The bases a text names, as ids, the longest form read first and its words not read again (« à périmètre et
    taux de change constants » is one basis, like-for-like)."""
    return frozenset(phrase_ids(phrase_table("measure_bases"), text)) | adjective_bases(text)


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """``measure_basis_adjectives`` of both languages: a word -> the basis it names as an adjective."""
    return {fold(str(w)): str(bid) for lang in LANGS
            for bid, forms in (lexicon(lang, "measures").get("measure_basis_adjectives") or {}).items() for w in forms}


@functools.lru_cache(maxsize=1)
def _possessives() -> tuple[frozenset[str], tuple[str, ...]]:
    """The possessive determiners and endings of ``claims.yaml`` (both languages), folded."""
    return (frozenset(fold(w) for w in listed_words("claims", "possessive_determiners")),
            tuple(fold(w) for w in listed_words("claims", "possessive_endings")))


def adjective_bases(text: str) -> frozenset[str]:
    """The bases a text names with a participle that is an adjective only after a possessive ("Velmor's reported
    revenue", "its reported sales"; not the verb of "Velmor reported revenue of £2m"): a possessive determiner or a
    name with a possessive ending right before it."""
    table = _adjectives()
    folded = fold(text)
    if not any(w in folded for w in table):
        return frozenset()          # (most texts: no such adjective, nothing to tokenise)
    owners, ends = _possessives()
    toks = [fold(w).replace("\u2019", "'") for w, _, _ in words(text)]
    return frozenset(table[t] for i, t in enumerate(toks)
                     if t in table and i and (toks[i - 1] in owners or ends and toks[i - 1].endswith(ends)))


_CLAUSE_END = re.compile(r"[,;]|\.(?:\s|$)")


def figure_basis(text: str, spans: list[tuple[int, int]], at: int) -> frozenset[str]:
    """The basis of the figure ``spans[at]`` of a sentence (``spans`` in order): named right after it, up to the end
    of its clause or the next figure ("up 4.1 % at constant currency"), else in its words before it from the figure
    before, without the end of that figure's clause (« À données publiées, le bénéfice recule de 1,8 % ») nor the
    basis right after that figure, which is its own: in "up 13 % at constant currency to £590m", « en hausse de 13 % à
    taux constants, à 590 millions » the level £590m has none."""
    s, e = spans[at]
    own = basis_after(text, spans, at)
    if own:
        return own
    before = text[spans[at - 1][1] if at else 0:s]
    if at:
        cut = _P_FIGURE_BASIS.search(before)
        before = before[cut.end():] if cut else before[opening_phrase_end(phrase_table("measure_bases"), before):]
    return bases_in(before) or closing_basis(text, spans)


def closing_basis(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The basis a sentence names in a closing clause of its own, after its last figure and a comma (« …, de 6,4 %
    dans l'eau et de 1,4 % dans l'énergie, à périmètre et change constants. »): every figure's that names none."""
    tail = text[spans[-1][1]:] if spans else ""
    cut = tail.rfind(",")
    return bases_in(tail[cut + 1:]) if cut >= 0 else frozenset()


def basis_after(text: str, spans: list[tuple[int, int]], at: int) -> frozenset[str]:
    """The basis named right after the figure ``spans[at]``, up to the end of its clause or the next figure."""
    nxt = spans[at + 1][0] if at + 1 < len(spans) else len(text)
    after = text[spans[at][1]:nxt]
    end = _CLAUSE_END.search(after)
    return bases_in(after[:end.start()] if end else after)


@functools.lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    """``measure_basis_families`` of both languages: a basis that names a family -> the bases it covers."""
    table: dict[str, set[str]] = {}
    for lang in LANGS:
        for fid, members in (lexicon(lang, "measures").get("measure_basis_families") or {}).items():
            table.setdefault(str(fid), set()).update(str(m) for m in members)
    return {k: frozenset(v) for k, v in table.items()}


def bases_agree(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sets of bases share one, a basis that names a family sharing it with each of its members
    (``measure_basis_families``): "underlying" growth agrees with organic, like-for-like or constant-currency growth,
    never with growth as reported; organic and constant-currency growth, two members, still differ."""
    if mine & theirs:
        return True
    fam = _families()
    return any(fam.get(b, frozenset()) & theirs for b in mine) or any(fam.get(b, frozenset()) & mine for b in theirs)


def _spans(quantities, offset: int = 0) -> list[tuple[int, int]]:
    return sorted({(o.start - offset, o.end - offset) for o in quantities if o.start >= offset and o.unit != "year"})


def claim_basis(claim: Claim, q: Quantity) -> frozenset[str]:
    """The basis the claim writes beside its figure ``q`` (``figure_basis`` on the claim's words)."""
    spans = _spans(claim.quantities, claim.start)
    own = (q.start - claim.start, q.end - claim.start)
    return figure_basis(claim.focus or claim.text, spans, spans.index(own)) if own in spans else frozenset()


def fact_basis(fact: Fact, fq: Quantity, index: FactIndex) -> frozenset[str]:
    """The basis the fact's sentence writes beside its figure ``fq`` (its declared figure when it is not written
    where it is read: the sentence's)."""
    text = fact.statement or ""
    spans = _spans(index.reading(fact).quantities)
    own = (fq.start, fq.end)
    if own in spans:
        return figure_basis(text, spans, spans.index(own))
    return bases_in(text) if len(spans) <= 1 else frozenset()


def basis_conflict(claim: Claim, q: Quantity, fact: Fact, index: FactIndex, fq: Optional[Quantity] = None) -> bool:
    """Whether the claim's figure and the fact's (``fq``, else its declared one) are said on bases written on both
    sides that share none."""
    mine = claim_basis(claim, q)
    if not mine:
        return False
    from .figures import stated_figure           # (figures reads many modules; this one only its helper)
    fq = fq or stated_figure(fact, index) or fact.quantity
    if fq is None:
        return False
    # (else the basis the fact's measure noun takes before its figure, "Velmor's reported revenue was £2.3bn, up 4 %":
    # ``adjective_bases``, read only against a claim's basis)
    theirs = fact_basis(fact, fq, index) or (adjective_bases((fact.statement or "")[:fq.start]) if fq.start >= 0
                                             else frozenset())
    if theirs:
        return not bases_agree(mine, theirs)
    return _said_of_another(mine, fact, fq, index) or _given_elsewhere(mine, claim, q, fact, fq, index)


def _said_of_another(mine: frozenset[str], fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the fact's sentence writes the claim's basis right after another of its figures of the same unit, its
    own figure ``fq`` having none read (« en hausse de 4,8 % hors …, et de 3,8 % en données publiées »): the claim's
    basis is that figure's, and ``fq`` is another figure of the report, whatever words name its own basis (a basis
    the sentence opens with, « À taux constants, … », is every figure's: not read here)."""
    text = fact.statement or ""
    spans = _spans(index.reading(fact).quantities)
    if (fq.start, fq.end) not in spans:
        return False
    units = {(o.start, o.end): o.unit for o in index.reading(fact).quantities}
    return any(span != (fq.start, fq.end) and units.get(span) == fq.unit
               and bases_agree(mine, basis_after(text, spans, at))
               for at, span in enumerate(spans))


def _given_elsewhere(mine: frozenset[str], claim: Claim, q: Quantity, fact: Fact, fq: Quantity,
                     index: FactIndex) -> bool:
    """Whether the fact's figure ``fq``, which agrees with the claim's ``q`` and whose sentence writes no basis at
    all, is the plain one of a result another fact of the list, of the same subject and date, gives on the claim's
    basis with a figure of its own of that unit: the list tells the two apart, and the plain one (the headline, as
    reported) does not confirm the claim's ("up 4 % at constant currency" against "sales rose 4 %" when "at constant
    currency, sales rose 1 %"; « en hausse organique de 2 % » against « le chiffre d'affaires progresse de 2 % » when
    « à périmètre et change constants, l'activité recule de 1 % »). A figure that does not agree is left to the
    other rules (this one only withholds a confirmation)."""
    if not fact.subject or bases_in(fact.statement or "") or compare_quantity(q, fq)[0] != "supports":
        return False
    for other in index.facts:
        if other.subject != fact.subject or other.as_of != fact.as_of or other.statement == fact.statement:
            continue
        if any(o.unit == fq.unit and o.start >= 0 and o.value != fq.value
               and bases_agree(mine, fact_basis(other, o, index))
               for o in index.reading(other).quantities):
            return True
    return False


def on_its_basis(claim: Claim, q: Quantity, index: FactIndex, found):
    """The candidate fact ``found`` (or None) unless it gives the claim's figure on another basis written on both
    sides (``basis_conflict``): "a 21.4 % margin on an organic basis" is not the fact's "21.4 % as reported", « une
    marge de 21,4 % en organique » not its « 21,4 % en publié »."""
    return None if found is None or basis_conflict(claim, q, found.fact, index) else found


def scope_conflict(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex,
                   fq: Optional[Quantity] = None) -> bool:
    """Whether the claim says its figure of one scope or accounting version of a result (``measure_scopes``: « BNPA
    IFRS », "adjusted") and the fact names only others for its figure ``fq`` (by default its declared one:
    ``fact_scopes``, « BNPA des activités »): the fact's figure is another measure's, however equal (named on one
    side only, it says nothing)."""
    mine = claim_scopes(claim, q, window)
    theirs = fact_scopes(fact, fq or fact.quantity, index) if mine else frozenset()
    return bool(mine and theirs) and not mine & theirs


def fact_scopes(fact: Fact, fq: Optional[Quantity], index: FactIndex) -> frozenset[str]:
    """The scopes of a result a fact's sentence gives its figure ``fq`` (``measurenoun.scopes_in``): when the sentence
    names several (« le résultat net consolidé de -61 millions et le résultat net part du groupe de -42 millions »,
    "attributable profit fell 18 % to 51 million; total profit, including minority interests, fell to 54 million"),
    those of the figure's own clause (``sentencefigures.own_clause``) with those its part of the sentence (from the
    semicolon before it) names before its first figure, the subject's ("Adjusted profit fell 5 % on a reported basis
    to …"); a figure whose clause names none has those of its part of a sentence in parts, else of the whole sentence
    (« le résultat opérationnel courant (pro forma) a baissé de 51 %, à 80 millions »: both are each figure's)."""
    from .measurenoun import scopes_in               # (measurenoun reads the judge's helpers, which read this module)
    text = fact.statement or ""
    whole = scopes_in(text)
    figures = sentence_figures(fact, index)
    own = position_of(figures, fq)
    if len(whole) < 2 or own is None:
        return whole
    part = text.rfind(";", 0, figures[own].start) + 1
    first = next(o for o in figures if o.start >= part)
    clause = scopes_in(own_clause(text, [(o.start, o.end) for o in figures], own))
    if clause:               # (the subject's words are those of the figures of its clause: none ends between them)
        joined = not any(first.end <= e <= figures[own].start for e in clause_ends(text))
        return clause | (scopes_in(text[part:first.start]) if joined else frozenset())
    return (scopes_in(text[part:figures[own].start]) if part else frozenset()) or whole


def said_of_another(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex,
                    fq: Optional[Quantity] = None) -> bool:
    """Whether the fact's figure ``fq`` (by default the one of its sentence that gives the claim's value, else its
    declared one) is of another version of the result than the claim's (``scope_conflict``) or of another member of a
    contrast set (``contrasts.member_conflict``: a final dividend, not the interim one)."""
    from .contrasts import member_conflict          # (contrasts reads the judge's helpers)
    fq = fq or next((o for o in index.reading(fact).quantities if compare_quantity(q, o)[0] == "supports"), fact.quantity)
    return scope_conflict(claim, q, window, fact, index, fq) \
        or fq is not None and member_conflict(claim, q, window, fact, fq, index)


def claim_scopes(claim: Claim, q: Quantity, window: str, at_noun: bool = False) -> frozenset[str]:
    """The scopes or versions of a result the claim says its figure ``q`` is of (``measurenoun.scopes_in``): those of
    the words that say what it measures (``said_of``; ``at_noun``: only those written next to a measure noun,
    ``scopes_at_a_noun``), and those of a phrase the claim opens with before its first figure, up to a comma or a
    colon, which scopes each of its figures ("On an adjusted basis, operating profit fell 4 %", « Hors activités
    abandonnées, le bénéfice atteint … »)."""
    from .measurenoun import said_of, scopes_in      # (measurenoun reads the judge's helpers, which read this module)
    text = claim.text
    first = min((o.start - claim.start for o in claim.quantities if o.unit != "year" and o.start >= claim.start),
                default=len(text))
    opening = _P_OPENING_END.search(text[:first])
    said = said_of(claim, q, window)
    own = (scopes_at_a_noun(said) if at_noun else scopes_in(said)) \
        | (scopes_in(text[:opening.start()]) if opening else frozenset())
    # (a nested claim that names none, « …, contre une perte de 7 millions un an plus tôt », is of its main clause's)
    return own or (scopes_in(claim.context_text) if claim.role != "main" else frozenset())


def scopes_at_a_noun(text: str) -> frozenset[str]:
    """The scopes of a result a text names right next to a measure noun, within a word of it either side ("its
    adjusted pre-tax loss", « le résultat net part du groupe », "profit from continuing operations"): the scope of
    that measure, not of another noun of the clause ("The statutory figure was flattered by £14m of exceptional
    income": the income is no statutory result)."""
    from .measurenoun import OTHER_SCOPE
    nouns = [(i, i + n) for _, i, n in measure_noun_words(text)]
    return frozenset(pid for pid, i, n in phrase_spans(phrase_table("measure_scopes"), text)
                     if pid != OTHER_SCOPE and any(s - 2 < i + n and i < e + 2 for s, e in nouns))


_P_OPENING_END = compiled(r"[,:]")


def basis_singles_out(claim: Claim, q: Quantity, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the basis the claim writes beside its figure is the one the fact's sentence writes beside ``fq`` and
    beside none of its other figures of that unit ("up 1 % at actual rates and 4 % at constant exchange rates"
    against "rose 4 % at constant currencies"): the basis says which figure of the sentence the claim gives,
    whatever words the sentence's opening lends its first figure."""
    mine = claim_basis(claim, q)
    if not mine or not bases_agree(mine, fact_basis(fact, fq, index)):
        return False
    return not any((o.start, o.end) != (fq.start, fq.end) and o.start >= 0 and o.unit == fq.unit
                   and bases_agree(mine, fact_basis(fact, o, index)) for o in index.reading(fact).quantities)
