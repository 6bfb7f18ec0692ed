"""The subset of what a measure counts that a figure is said of (``measure_subsets`` of
``data/lang/<code>/measures.yaml``: "organic milk collection", « les ventes en ligne », "retail sales").

A figure the claim's words say of a subset, confirmed by a fact that names none of it — in its sentence or its
source's title, in either language —, is the whole's figure or another subset's: contradicted (rule ``region``) by
the declared figure of a fact of the same date and measure that names the subset and refutes the claim's. Nothing
when a fact naming the subset gives the figure too, nor when none gives the subset a figure: the words of a subset
also describe a party ("its online bank", « sa filiale en ligne »), and the list's fact then speaks of the same.
"""
from __future__ import annotations

from typing import Optional

from ..match import Candidate, FactIndex
from ..measurephrases import phrase_spans, phrase_table
from ..model import Claim, Quantity
from ..text import words_of
from .clauses import figure_window
from .findings import Finding
from .measurenoun import said_of
from .segment import kin_facts, writes_figure


def subset_unnamed(claim: Claim, q: Quantity, f: Finding, cands: list[Candidate],
                   index: FactIndex) -> Optional[Finding]:
    """A figure said of a subset the confirming fact does not name: the whole's (see the module)."""
    from .wholescope import parts_own_figure       # (wholescope reads this module)
    fact = f.fact
    if f.relation != "supports" or not f.rule.startswith("quantity") or q.value is None:
        return None
    missing = _claim_subsets(claim, q) - subsets_in(f"{fact.statement} {index.sources[fact.source].title or ''}")
    if not missing:
        return None
    named = [x for x in kin_facts(fact, cands) if missing <= subsets_in(x.statement or "")]
    if any(writes_figure(x, q, index) for x in named):
        return None                     # (a fact of the subset gives the figure too)
    x = parts_own_figure(claim, q, named, index)
    if x is None:
        return None                     # (a subset word may describe a party, "its online bank": no finding alone)
    return Finding("contradicts", "region", x,
                   f"wrong part: {q.text.strip()!r} is the source's figure for the whole or another part "
                   f"({fact.statement}); for the {' '.join(sorted(missing))} part it gives "
                   f"{x.quantity.text.strip()!r}: {x.statement}")


def _claim_subsets(claim: Claim, q: Quantity) -> frozenset[str]:
    """The subsets the words a claim's figure is said of name, and those of its clause (« en recul de 11 % à
    l'international »), but inside the names of its parties."""
    window = figure_window(claim, q)
    out: set[str] = set()
    for text in (said_of(claim, q, window), window):
        at = claim.text.find(text)
        names = [(m.start - claim.start - at, m.end - claim.start - at) for m in claim.mentions] if at >= 0 else []
        out |= subsets_in(text, names)
    return frozenset(out)


def subsets_in(text: str, names: list[tuple[int, int]] = ()) -> frozenset[str]:
    """The ids of the subsets a text names (``measure_subsets``), but inside the spans of ``names`` or capitalised
    past its first word (a name's: "Velmor International", "the International Retail Fund")."""
    toks = words_of(text)
    return frozenset(pid for pid, i, n in phrase_spans(phrase_table("measure_subsets"), text)
                     if i < len(toks) and not (i and toks[i][0][:1].isupper())
                     and not any(a <= toks[i][1] < b for a, b in names))
