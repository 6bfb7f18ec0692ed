"""A figure the closest fact refutes, that another clause of the candidates' sentences writes to the digit and names
more of what the claim's figure measures: the figure of that clause, not a wrong figure. « La croissance du résultat
opérationnel de Velmor a atteint 11 % » against « la croissance du chiffre d'affaires a été de 6 % et la croissance du
résultat opérationnel de 11 % » (declared 6 %); "Norvel's operating profit growth reached 11%" against "revenue growth
was 6% and operating profit growth was 11%". The refutation is left unchecked (``related``), for the rules that read a
sentence's other figures (``writtenfigure``, ``clausefacets``) to confirm it or not; it never confirms by itself: a
figure no clause writes ("13 %") stays a wrong figure.
"""
from __future__ import annotations

from typing import Optional

from ..factread import qualifiers_in
from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from ..terms import content_stems
from .agreement import before_figure
from .basis import bases_in
from .creditedsource import credited_body_writes
from .exactfig import given_exactly_elsewhere
from .figures import fact_names_all, fact_parties, proper_names_in
from .findings import Finding, same_size, size_of
from .measurenoun import scopes_in
from .periods import quantity_year, time_ok
from .scope import named_in_clause
from .writtenfigure import its_number


def closer_clause(claim: Claim, q: Quantity, window: str, cands: list[Candidate], used: Candidate,
                  index: FactIndex) -> Optional[list[Finding]]:
    """The refutation by ``used`` left unchecked when a figure of a candidate's sentence (``used``'s own or
    another's, of the claim's year) writes the claim's number in its unit and the words of its clause share more
    of the words before the claim's figure (what it measures, « la croissance du résultat opérationnel de Velmor a
    atteint », "operating profit growth reached") than the words of the refuting figure's clause do — at least two of them —, and names every party, place
    and name of the claim's clause. Never when the refuting fact writes the claim's number itself, when another
    figure of the claim is the refuting one (two figures swapped), nor when the refuting figure's words are unread."""
    mine = set(content_stems(before_figure(claim, q, window)))
    if len(mine) < 2 or used.fact.quantity is None or its_number(q, size_of(used.fact.quantity)):
        return None                    # (the refuting fact's own number: its way or its bound is what is wrong)
    if any(its_number(x, size_of(used.fact.quantity)) for x in claim.quantities if x is not q):
        return None                    # (the claim writes the refuting figure too: which is which is what is wrong)
    # (the refuting figure read with all the words before it, the sentence's subject too: "De mai à août, les
    # hébergements collectifs ont enregistré 247 millions de nuitées, en retrait de 1,0 %")
    theirs = _clause_score(mine, used, lambda o: _is_declared(o, used), index, whole=True)
    if theirs < 0:
        return None                    # (the refuting figure's own words unread: nothing to weigh the clause against)
    basis = _basis(claim.text)
    for c in _of_the_claims_scope(claim, q, window, cands, index):
        if basis and not basis & _basis(c.fact.statement or ""):
            continue                   # (a sentence of no basis or another one: its figure is another result's)
        score = _clause_score(mine, c, lambda o: its_number(q, size_of(o)), index)
        if score >= 2 and score > theirs:
            return [Finding("related", "quantity", used.fact,
                            f"the source gives {q.text.strip()!r} in another clause, of what the article names: "
                            f"{c.fact.statement.rstrip('.')}")]
    return None


def _of_the_claims_scope(claim: Claim, q: Quantity, window: str, cands: list[Candidate],
                         index: FactIndex) -> list[Candidate]:
    """The candidates with a figure, not superseded, of the figure's year, that name the parties of its clause and the
    claim's names."""
    year, named, names = quantity_year(claim, q, window), named_in_clause(claim, q, window, index), proper_names_in(claim)
    return [c for c in cands if c.fact.quantity is not None and c.source.id not in index.superseded_by
            and (year is None or time_ok(claim, c.fact, year)) and named <= fact_parties(c.fact, index)
            and fact_names_all(c.fact, c.source, names)]


def elsewhere_or_closer(claim: Claim, q: Quantity, window: str, cands: list[Candidate], used: Candidate,
                        index: FactIndex) -> Optional[list[Finding]]:
    """The refutation by ``used`` left unchecked because another fact of every scope of the claim gives its figure
    exactly (``exactfig.given_exactly_elsewhere``), a clause naming more of it writes it (``closer_clause``), or a
    fact of the body the claim credits writes it while ``used`` is another body's (``creditedsource``)."""
    return given_exactly_elsewhere(claim, q, window, cands, used, index, named_in_clause(claim, q, window, index)) \
        or closer_clause(claim, q, window, cands, used, index) \
        or credited_body_writes(claim, q, window, cands, used, index)


_BASIS_QUALIFIERS = frozenset({"core"})   # (the qualifier id of "underlying", « sous-jacent »: a basis of a result)


def _basis(text: str) -> frozenset[str]:
    """The basis or accounting version of a result a text names (``measure_bases``, ``measure_scopes``, the
    qualifier ``core``): "underlying", "reported", "statutory", "at constant currency", « publié », « organique »,
    « à taux de change constants ». A claim that names one speaks of that result only: a sentence that names another
    or none ("On an underlying basis, Norvel's profit before tax rose 18 %" against "Norvel's pretax profit was up
    18 %", the headline result; « À taux de change constants, le résultat de Velmor a progressé de 11 % » against « la
    croissance organique a été de 11 % ») gives another result's figure: never the claim's clause. A claim that names
    none speaks of the result, whichever its basis."""
    return bases_in(text) | scopes_in(text) | (qualifiers_in(text) & _BASIS_QUALIFIERS)


def _is_declared(o: Quantity, c: Candidate) -> bool:
    fq = c.fact.quantity
    return o.unit == fq.unit and same_size(o.value, fq.value)


def _clause_score(mine: set, c: Candidate, chosen, index: FactIndex, whole: bool = False) -> int:
    """The most words of ``mine`` that the clause of a figure of the candidate's sentence that ``chosen`` picks
    shares (its words from the figure before it: what it measures is written before it, "revenue growth was 8 % and
    operating profit growth was 9 %"), or, ``whole``, all the words before it; -1 when no figure is picked."""
    figures = sorted((o for o in index.reading(c.fact).quantities if o.start >= 0), key=lambda o: o.start)
    spans, text = [(o.start, o.end) for o in figures], c.fact.statement or ""
    scores = [len(mine & set(content_stems(text[spans[i - 1][1] if i and not whole else 0:o.start])))
              for i, o in enumerate(figures) if chosen(o)]
    return max(scores, default=-1)
