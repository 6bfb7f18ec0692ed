"""Who does what a relative clause says: its antecedent, the party named right before it. « une amende infligée par
l'Autorité de la concurrence, qui a fait appel de la décision » has the Autorité appealing; a fact that has another
named party do it, « une amende de l'Autorité de la concurrence contre laquelle Velmor a fait appel », refutes who.
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from .actors import _named, _parties, _Party, _verb_after


def antecedent_doer(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when a relative clause opened by a subject pronoun (``subject_relatives`` of ``claims.yaml``:
    « qui », "which", "who") says its antecedent — the declared party that ends the main clause right before it —
    does what the fact has another named party do, that party right before the same verb ("the regulator, which
    appealed the ruling" against "Velmor appealed the regulator's ruling"); else None."""
    pronoun = word_pattern("claims", r"^\s*(?:{subject_relatives})(?!\w)").match(claim.text.lower())
    if claim.role != "relative" or pronoun is None or not claim.context_text:
        return None
    main = claim.context_text.rstrip(" ,")
    ends = [m for m in index.matcher.find(main, 0) if not main[m.end:].strip(" ,")]
    verb = _verb_after(claim.text, _Party(frozenset(), pronoun.start(), pronoun.end()))
    if not ends or not verb:
        return None
    statement = fact.statement or ""
    mine = {"e:" + m.entity for m in ends}
    doer = next((q for q in _parties(statement, index.matcher.find(statement, 0), 0)
                 if verb & _verb_after(statement, q) and _named(statement, q)), None)
    if doer is None or doer.keys & mine:
        return None
    return (f"wrong actor: the source has {statement[doer.start:doer.end]} doing it, not "
            f"{main[ends[-1].start:ends[-1].end]}: {statement}")
