"""What a figure is of, by the measure nouns of its own clause, read the same way in the claim and in a fact's
sentence (``measure_nouns_in`` of ``clause_at``): a figure another fact's sentence writes beside its own confirms
the claim's only when its clause does not name another measure — "underlying operating profit climbed 6 %" is
not confirmed by "Underlying EBITDA rose 6 % to £93.7m", « ont amputé le chiffre d'affaires de 59 millions » not
by « un effet de change négatif de 59 millions d'euros sur le ROCC ». Synonyms share an id (sales and revenue,
« ventes » and « chiffre d'affaires », EBIT and operating profit: ``measure_nouns`` of ``measures.yaml``), so a
right figure written in other words is not another measure's.
"""
from __future__ import annotations

from ..factread import measure_nouns_in
from ..model import Claim, Fact, Quantity
from .sentencefigures import clause_at


def of_another_measure(claim: Claim, q: Quantity, fact: Fact, fq: Quantity) -> bool:
    """Whether the clause of ``fq`` in the fact's sentence and the clause of the claim's figure ``q`` each name a
    measure noun and none in common: the fact's figure measures another thing than the claim's."""
    if fq.start < 0 or q.start < claim.start:
        return False
    mine = measure_nouns_in(clause_at(claim.focus or claim.text, q.start - claim.start))
    theirs = measure_nouns_in(clause_at(fact.statement or "", fq.start))
    return bool(mine) and bool(theirs) and not mine & theirs
