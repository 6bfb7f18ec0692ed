"""What a claim's denial decides for its verdict once its findings are in: a denial the list confirms but wrong in its own
date or figure is one wrong assertion, contradicted (``one_denial``); a denial confirmed only in its other parts is not
supported (``denial_unchecked``). Read by ``checks/judge/__init__.py``; the denial itself is judged by
``checks/judge/rules/negation.py``.
"""
from __future__ import annotations

from ..model import CONTRADICTED, MIXED, Claim
from .rules.negation import RULE_ID


def denial_unchecked(claim: Claim, findings: list) -> bool:
    """Whether a negated claim ("n'a encore donné lieu à aucun versement", "had never received public money") was
    confirmed only in its other parts — its figure, its parties — while what it denies was not checked: the
    parties agreeing with a fact that the transfer happened is no support for saying it did not. (A negation
    that bounds a figure, "did not exceed 5 %", is the figure's, judged with it.)"""
    if not claim.negated or any(q.bound in ("at-most", "at-least") for q in claim.quantities):
        return False
    return not any(f.rule == RULE_ID and f.relation == "supports" for f in findings)


def one_denial(claim: Claim, findings: list, verdict: str) -> str:
    """A claim's verdict, contradicted rather than mixed when a denial the list confirms is wrong in its own date
    or figure ("no goods surplus since 1997" when the list's denial runs since 2002): what it denies is one
    assertion, wrong as written, not partly right. (A refuted denial beside a confirmed date of another event,
    "never a strike since it was founded in 1962", stays mixed.)"""
    if verdict == MIXED and claim.negated and any(f.rule == RULE_ID and f.relation == "supports" for f in findings) \
            and any(f.relation in ("contradicts", "outdated") and f.rule != RULE_ID for f in findings):
        return CONTRADICTED
    return verdict
