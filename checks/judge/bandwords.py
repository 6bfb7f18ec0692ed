"""Bands of per cent in words ("mid-single-digit growth", « une croissance à deux chiffres ») in a claim that the
``terms`` rule decides: a fact about the same words confirms the claim only when its own band, or a figure of its
sentence, falls in the claim's band; a fact whose sentence gives another band refutes it ("high single-digit" against
the source's "mid-single-digit"). Read by ``checks/judge/rules/terms.py``.
"""
from __future__ import annotations

from typing import Optional

from ..compare import compare_quantity, fmt_quantity
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..numbers.bands import is_band
from .findings import Finding, asserted_figures


def figures_beyond_bands(claim: Claim) -> list[Quantity]:
    """The figures a claim asserts other than its bands of per cent."""
    return [q for q in asserted_figures(claim) if not is_band(q)]


def _bands_of(claim: Claim) -> list[Quantity]:
    return [q for q in asserted_figures(claim) if is_band(q)]


def band_disagrees(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """For a claim's bands against a fact the ``terms`` rule reads: "" when each is met (a band of the fact's
    sentence the same, or a figure of it inside the band), the explanation of the first band another band of the
    fact's sentence refutes, None when a band meets nothing there (the fact does not confirm it)."""
    for band in _bands_of(claim):
        said = _band_against(band, fact, index)
        if said != "":
            return said
    return ""


def _band_against(band: Quantity, fact: Fact, index: FactIndex) -> Optional[str]:
    """One band of the claim against the figures of per cent of a fact's sentence: "" met, the explanation when a
    band there refutes it, None when nothing there meets it."""
    verdicts = [(compare_quantity(band, fq)[0], fq) for fq in index.reading(fact).quantities if fq.unit == "percent"]
    if any(v == "supports" for v, _ in verdicts):
        return ""
    refuting = [fq for v, fq in verdicts if v == "contradicts" and is_band(fq)]
    if refuting:
        return (f"Wrong figure: the source gives '{refuting[0].text}' ({fmt_quantity(refuting[0])}), the article "
                f"'{band.text.strip()}' ({fmt_quantity(band)}): {fact.statement}")
    return None


def bands_by_whole_fact(claim: Claim, findings: list, index: FactIndex) -> list:
    """The findings and, for each band of per cent of the claim no finding decided, what the fact that confirms the
    whole claim (a finding of no part: the ``terms``, ``negation`` rules) says of it: confirmed when a figure or
    band of its sentence meets it, contradicted when a band of its sentence refutes it; else left unchecked."""
    bands = _bands_of(claim)
    whole = next((f for f in findings if f.relation == "supports" and not f.part), None)
    if not bands or whole is None:
        return findings
    decided = {f.part for f in findings if f.part}
    out = list(findings)
    for q in bands:
        if q.text.strip() in decided:
            continue
        said = _band_against(q, whole.fact, index)
        if said == "":
            out.append(Finding("supports", "quantity", whole.fact,
                               f"'{q.text.strip()}' as the source words it: {whole.fact.statement}", part=q.text.strip()))
        elif said:
            out.append(Finding("contradicts", "quantity", whole.fact, said, part=q.text.strip()))
    return out


def without_bands_for(q: Quantity, comparable: list) -> list:
    """The candidate facts a precise figure of the claim is compared with: none whose own figure is a band of per
    cent in words (« un taux de marge de 12,6 % » is not met by the band of growth that the outlook beside it words,
    « une croissance à deux chiffres », but by the fact of its figure, which another route may find; a band confirms
    no precise figure, ``compare.band_verdict``)."""
    return comparable if is_band(q) else [c for c in comparable if not is_band(c.fact.quantity)]
