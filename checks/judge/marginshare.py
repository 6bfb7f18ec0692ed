"""A share of a whole is no margin: « l'électrique pèse 9 % des ventes du groupe » is not refuted by « la marge
opérationnelle atteint 7,6 % du chiffre d'affaires », nor "coffee makes up over 90 % of the unit's sales" by "the
operating margin was 9.7 % of sales", though both are a percentage of sales: a margin is a profit over the sales, a
share is a part of them. The figure is left unverified unless the claim names a margin or a profit of its kin."""
from __future__ import annotations

from ..factread import figure_measures_in
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from .clauses import figure_sense
from .figuresense import is_change_fact

MARGIN = "margin"      # the id of ``figure_measures`` (``measures.yaml``) a margin's words are read as


def share_against_margin(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> bool:
    """Whether the claim's figure is a share of a whole (``figure_sense``) whose words, nor those of the claim before
    it, of its context or of the statement it points back to, name no margin nor profit of its kin, and the fact's a
    level its sentence gives as a margin (not a change): the fact measures another thing."""
    fq = c.fact.quantity
    if fq is None or unit_class(fq.unit) != "share" or figure_sense(claim, q, window) != "share" \
            or is_change_fact(c.fact, index) or MARGIN not in figure_measures_in(c.fact.statement or ""):
        return False
    from .measured import measure_kin
    ante = claim.antecedent
    said = [window, claim.text[:max(0, q.start - claim.start)], claim.context_text or ""] \
        + ([ante.focus or ante.text] if ante is not None else [])
    return not any(figure_measures_in(t) & measure_kin(MARGIN) for t in said)
