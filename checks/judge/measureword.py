"""What a confirmed figure measures, read on the whole claim: a figure equal to a fact's confirms the claim only
when the words that say what it counts agree.

A figure equal to a fact's, of the same unit, period and party, is strong evidence of which fact the article
means, never a verdict by itself. The clause of the figure may not say what it counts ("Arrivals, meanwhile,
reached 693,000": the measure is the subject before the incise; « la France importerait au total 9,7 millions
de tonnes »: the measure is the verb). Once the rules have decided, each fact that confirms a figure is read
against the claim's own words (its words and those of the main clause it depends on); the figure's own clause
is read so before any fact is compared (``not_of_another_sibling``). When they name a member
of a family of measures that are each another thing (``measure_siblings`` in ``data/lang/<code>/measures.yaml``:
imports and exports, arrivals and departures, receipts and investment, injured and affected, smartphones and
televisions…), and the fact names another member around its figure and nowhere the claim's, the figure is that
other measure's: the claim's is wrong when that measure is the opposite of its own (``measure_opposites``:
contradicted, wrong measure), else unverified (the figure may be the claim's measure's too). A word the claim writes that names no
member decides nothing (a word of another kind of thing is left to the other rules).

A fact of the claim's own measure that confirms the same figure still confirms it.
"""
from __future__ import annotations

from ..match import FactIndex
from ..model import Claim
from .findings import Finding
from .siblings import opposite, other_sibling


def _claim_words(claim: Claim, main: bool = True) -> str:
    """The claim's words, with (``main``) those of the main clause it depends on (a gloss or a clause cut off by an
    incise: "Arrivals, meanwhile, | reached 693,000"), its figures blanked (a group a figure counts in, "65 and
    over", is not what it measures) but for the nouns they count ("four deaths")."""
    text = " ".join(t for t in (claim.context_text if main else "", claim.focus or claim.text) if t)
    for q in claim.quantities:
        if q.text.strip():
            text = text.replace(q.text.strip(), f" {q.unit or ''} ")
    return text


def _wrong_measure(claim: Claim, f: Finding, index: FactIndex) -> Finding | None:
    """The finding that replaces a confirmation by a fact of another member of the family the claim names, or
    None: a refutation when it is the opposite of the measure the claim or its main clause names; else, when the
    claim's own words name the other member, a mere relation (unverified: the figure may be the claim's measure's
    too). (The main clause may name a member for another purpose, "Counted by headcount rather than …, there were
    148,452 officers": only the opposite is read there.)"""
    text = _claim_words(claim)
    pair = other_sibling(text, f.fact, index)
    if pair is not None and opposite(text, pair):
        return Finding("contradicts", "quantity-measure", f.fact,
                       f"wrong measure: the claim counts {pair[0]}, the source gives this figure for {pair[1]}: "
                       f"{f.fact.statement}", part=f.part)
    own = _claim_words(claim, main=False)
    pair = other_sibling(own, f.fact, index)
    if pair is None:
        return None
    return Finding("related", "quantity-measure", f.fact,
                   f"the source gives this figure for {pair[1]}, not {pair[0]}: {f.fact.statement}", part=f.part)


def of_its_own_measure(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by a fact of another measure replaced (``_wrong_measure``),
    or dropped when a fact of the claim's own measure confirms the same figure."""
    figure = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")
              and f.fact is not None and f.fact.quantity is not None]
    if not figure:
        return findings
    wrong = {id(f): w for f in figure for w in [_wrong_measure(claim, f, index)] if w is not None}
    if not wrong:
        return findings
    kept = {f.part for f in figure if id(f) not in wrong}
    return [wrong.get(id(f), f) for f in findings if id(f) not in wrong or f.part not in kept]
