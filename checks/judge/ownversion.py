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
from .contrasts import another_member
from .findings import Finding
from .basis import claim_scopes, scope_conflict
from .periods import period_key
from .signs import signed


def own_version(claim: Claim, q: Quantity, window: str, c: Candidate, cands: list[Candidate],
                index: FactIndex) -> Optional[Finding]:
    """The source's figure of the claim's version refuting ``q``, which the fact of ``c`` gives for another version:
    the one figure of the candidates of ``c``'s period, party (``_party``) and unit whose sentence names the claim's version and no other, and
    shares a concept of what is measured with the figure's clause; None when there is none or several, or when it
    agrees."""
    from .measurenoun import scopes_in               # (measurenoun reads the judge's helpers)
    mine = claim_scopes(claim, q, window)
    keys = {k for k in index.text_keys(window) if k.startswith("c:")}
    fq = c.fact.quantity
    own = [o for o in cands if o.fact is not c.fact and o.fact.quantity is not None and fq is not None
           and scopes_in(o.fact.statement or "") == mine and period_key(o.fact) == period_key(c.fact)
           and _party(o) == _party(c) and unit_class(o.fact.quantity.unit) == unit_class(fq.unit)
           and o.source.id not in index.superseded_by and keys & index.fact_keys(o.fact)]
    if not mine or len({(o.fact.quantity.value, o.fact.quantity.unit) for o in own}) != 1:
        return None                     # (several facts giving one figure, in each language, are one)
    other = own[0].fact
    if compare_quantity(signed(q, claim, other, window), other.quantity)[0] != "contradicts":
        return None
    return Finding("contradicts", "quantity-measure", other,
                   f"{WRONG_VERSION}: {q.text.strip()!r} is the source's figure of another ({c.fact.statement}); "
                   f"of the article's it gives {fmt_quantity(other.quantity)}: {other.statement}")


def _party(c: Candidate) -> Optional[str]:
    """Whose result a candidate's fact gives: its subject, else its source's publisher (a company's report leaves
    its own name unsaid)."""
    return c.fact.subject or c.source.publisher


def another_version(claim: Claim, q: Quantity, window: str, c: Candidate, cands: list[Candidate],
                    index: FactIndex) -> Optional[Finding]:
    """None unless the claim says its figure of one version of the result and the agreeing fact of ``c`` names only
    others (``scope_conflict``): then refuted by the claim's own version's figure (``own_version``), else no
    confirmation, however equal; and so for a member of a contrast set (``contrasts.another_member``: "final
    dividend" against "total dividend")."""
    if (member := another_member(claim, q, window, c, cands, index)) is not None:
        return member
    if not scope_conflict(claim, q, window, c.fact, index):
        return _silent_yields(claim, q, window, c, cands, index)
    return own_version(claim, q, window, c, cands, index) or Finding(
        "related", "quantity", c.fact, f"{q.text.strip()!r} is said of another version of the result: {c.fact.statement}")


def _silent_yields(claim: Claim, q: Quantity, window: str, c: Candidate, cands: list[Candidate],
                   index: FactIndex) -> Optional[Finding]:
    """The claim's own version's fact refuting ``q`` when the claim names a version of the result (« hors activités
    abandonnées », "adjusted") and the agreeing fact of ``c`` names none while the list gives that version's figure
    (``own_version``): the silent fact is the result the list tells apart from it. With no such fact the silent one
    confirms: a list that gives one version only often leaves its name unsaid."""
    from .measurenoun import scopes_in               # (measurenoun reads the judge's helpers)
    if not claim_scopes(claim, q, window, at_noun=True) or scopes_in(c.fact.statement or ""):
        return None
    return own_version(claim, q, window, c, cands, index)


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
            and scope_conflict(claim, figures[f.part], figure_window(claim, figures[f.part]), f.fact, index) else f
            for f in findings]
