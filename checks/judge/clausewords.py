"""Whether the words around a figure of a fact's sentence are the claim's words around its figure (``figures.clause_fits``),
the claim's read two ways as the fact's are: all those between its neighbouring figures, or its own clause's ("a final
dividend of 6.0 cents, taking the total for the year to 11.5 cents": "total" is the next figure's word, and the fact's
"(interim 5.5 cents, final 6.0 cents)" fits the 6.0 cents)."""
from __future__ import annotations

from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from .figures import around_figure, clause_fits, figure_window


def clause_fits_either(claim: Claim, q: Quantity, fact: Fact, fq: Quantity, index: FactIndex, same_kind: bool) -> bool:
    """``clause_fits`` for the claim's words between its neighbouring figures, else for its own clause's."""
    return clause_fits(around_figure(claim, q), fact, fq, index, same_kind=same_kind) \
        or clause_fits(figure_window(claim, q), fact, fq, index, same_kind=same_kind)
