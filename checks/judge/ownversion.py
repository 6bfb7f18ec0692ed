"""A figure said of one version of a result that the source gives for another (``basis.scope_conflict``: "statutory"
against "adjusted", « publié » against « ajusté »): refuted by the source's figure of the claim's own version, when
the list gives one. "Statutory pre-tax profit rose to £512m" against "adjusted profit before tax rose to 512 million
pounds" and "on a statutory basis, a loss before tax of 95 million pounds"; « le résultat net publié atteint 212
millions » against « résultat net ajusté de 212 millions » and « résultat net publié de 148 millions »: the wrong
version's figure (``quantity-measure``). With no fact of the claim's version, it stays unchecked.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from .clauses import figure_window
from .findings import Finding
from .basis import scope_conflict
from .periods import period_key
from .signs import signed


def own_version(claim: Claim, q: Quantity, window: str, c: Candidate, cands: list[Candidate],
                index: FactIndex) -> Optional[Finding]:
    """The source's figure of the claim's version refuting ``q``, which the fact of ``c`` gives for another version:
    the one candidate of ``c``'s period, party and unit whose sentence names the claim's version and no other, and
    shares a concept of what is measured with the figure's clause; None when there is none or several, or when it
    agrees."""
    from .measurenoun import said_of, scopes_in      # (measurenoun reads the judge's helpers)
    mine = scopes_in(said_of(claim, q, window))
    keys = {k for k in index.text_keys(window) if k.startswith("c:")}
    fq = c.fact.quantity
    own = [o for o in cands if o.fact is not c.fact and o.fact.quantity is not None and fq is not None
           and scopes_in(o.fact.statement or "") == mine and period_key(o.fact) == period_key(c.fact)
           and o.fact.subject == c.fact.subject and unit_class(o.fact.quantity.unit) == unit_class(fq.unit)
           and o.source.id not in index.superseded_by and keys & index.fact_keys(o.fact)]
    if not mine or len(own) != 1:
        return None
    other = own[0].fact
    if compare_quantity(signed(q, claim, other, window), other.quantity)[0] != "contradicts":
        return None
    return Finding("contradicts", "quantity-measure", other,
                   f"{WRONG_VERSION}: {q.text.strip()!r} is the source's figure of another ({c.fact.statement}); "
                   f"of the article's it gives {fmt_quantity(other.quantity)}: {other.statement}")


def another_version(claim: Claim, q: Quantity, window: str, c: Candidate, cands: list[Candidate],
                    index: FactIndex) -> Optional[Finding]:
    """None unless the claim says its figure of one version of the result and the agreeing fact of ``c`` names only
    others (``scope_conflict``): then refuted by the claim's own version's figure (``own_version``), else no
    confirmation, however equal."""
    if not scope_conflict(claim, q, window, c.fact):
        return None
    return own_version(claim, q, window, c, cands, index) or Finding(
        "related", "quantity", c.fact, f"{q.text.strip()!r} is said of another version of the result: {c.fact.statement}")


WRONG_VERSION = "wrong version of the result"


def of_its_own_version(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The quantity rule's findings, once one figure of the claim is refuted by its own version's fact
    (``own_version``): another figure of it confirmed by a fact of another version only is no confirmation ("rose
    24 % to £512m", both the adjusted result's, said of the statutory one)."""
    if not any(f.relation == "contradicts" and f.message.startswith(WRONG_VERSION) for f in findings):
        return findings
    figures = {q.text.strip(): q for q in claim.quantities}
    return [replace(f, relation="related", message=f"{f.part!r} is said of another version of the result: {f.fact.statement}")
            if f.relation == "supports" and f.part in figures
            and scope_conflict(claim, figures[f.part], figure_window(claim, figures[f.part]), f.fact) else f
            for f in findings]
