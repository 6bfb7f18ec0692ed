"""A figure the article credits to a named body, « selon Velmor », "according to Velmor", that the closest fact, of
another body's source (a publisher the list declares), gives otherwise, while a fact of the credited body (its source's
publisher or author, or its sentence naming it) gives the claim's very number — declared, or written in a sentence that
names the body — for every scope of the claim and ranking nearly as close to its words: two bodies count the same thing
each their own way, and the other body's figure does not refute the one the article credits. The refutation is left
unchecked (``related``) for the rules that read the credited body's sentence (``writtenfigure``, ``clausefacets``) to
confirm it or not; it never confirms by itself.

- left unchecked: « La hausse a ralenti à +10 % sur le trimestre, relève Velmor » against the Banque d'Ostrie's « en
  hausse de 16,8 % » on the year and Velmor's « … selon Velmor ; la hausse ralentit à +10 % sur le trimestre »; "… to 10%
  over the quarter, Velmor noted" likewise.
- still refuted: the same with « +12 % » (no sentence of the credited body writes it); a refuting fact of the credited
  body's own, or of a source whose publisher the list does not declare (it may relay the body's count).
"""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Quantity
from .figures import rank
from .findings import Finding
from .qualifiers import fact_measure
from .partynames import credited_in, same_party
from .exactfig import written_scope
from .scope import named_in_clause
from .rules.credit import claim_bodies
from .writtenfigure import its_number

NEARLY = 0.75     # how close to the refuting fact's score, at least, the credited body's fact must rank


def credited_body_writes(claim: Claim, q: Quantity, window: str, cands: list[Candidate], used: Candidate,
                         index: FactIndex) -> Optional[list[Finding]]:
    """The refutation by ``used`` left unchecked when the claim credits a named body, ``used`` is of another declared
    body's source and not of that body (its source's publisher or author, or its sentence naming it), and a current
    fact of the body's, of every scope of the claim and nearly as close to its words, declares the claim's number in
    its unit or writes it in a sentence naming the body (``its_number``)."""
    bodies = claim_bodies(claim, index) if claim.attributed_to else []
    if not bodies or _of_the_body(used, bodies, index) or used.source.publisher not in index.catalog.entities:
        return None                    # (a refuting fact of no body of its own: it may relay the credited body's count)
    scope = written_scope(claim, q, window, index, named_in_clause(claim, q, window, index))
    for c in cands:
        if c is used or c.source.id in index.superseded_by or not _of_the_body(c, bodies, index) \
                or not _of_its_scope(scope, c) or not _nearly_as_close(claim, q, window, c, used, index):
            continue
        if _gives(q, c) or credited_in_sentence(c, bodies, index) \
                and any(its_number(q, fq) for fq in index.reading(c.fact).quantities):
            return [Finding("related", "quantity", used.fact,
                            f"the source gives {q.text.strip()!r} as the figure of the body the article credits: "
                            f"{c.fact.statement.rstrip('.')}")]
    return None


def _nearly_as_close(claim: Claim, q: Quantity, window: str, c: Candidate, used: Candidate, index: FactIndex) -> bool:
    """Whether the credited body's fact bears on the claim's words (``figures.rank``) nearly as much as the refuting
    fact does: "Velmor found that 2024 was 1.28 °C warmer than pre-industrial times" is not the "1.28 °C above its
    1951-1980 baseline" of Velmor's sentence when another body's fact on the pre-industrial level is much closer."""
    scores = {id(x): s for s, x in rank(q, claim, window, [used, c], index)}
    return scores[id(c)] >= NEARLY * scores[id(used)]


def _of_its_scope(scope, c: Candidate) -> bool:
    """Whether the fact is of every scope of the claim (``exactfig``'s: its year, month, parties, names, measure),
    a measure the fact names more narrowly too (« La baisse atteint 7 % » against « Le prix moyen … a baissé de 7 % »:
    the claim names no qualifier the fact lacks)."""
    why = scope.mismatch(c)
    return not why or why == "measure" and scope.measure <= fact_measure(c.fact, scope.index)


def _gives(q: Quantity, c: Candidate) -> bool:
    """Whether the fact declares the claim's number in its unit."""
    return c.fact.quantity is not None and its_number(q, c.fact.quantity)


def credited_in_sentence(c: Candidate, bodies: list[str], index: FactIndex) -> bool:
    """Whether the fact's own sentence names one of the bodies (« selon Velmor Data », "Norvel Research said")."""
    return any(credited_in(b, [c.fact.statement], index) for b in bodies)


def _of_the_body(c: Candidate, bodies: list[str], index: FactIndex) -> bool:
    """Whether the fact is of one of the bodies: its source's publisher or author, or its sentence names it."""
    src = c.source
    return any(same_party(b, src.publisher, index) or same_party(b, src.author, index) for b in bodies) \
        or credited_in_sentence(c, bodies, index)
