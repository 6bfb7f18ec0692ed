"""Rule ``quantity-end``: a change written from a starting level to an end level ("rose to A from B", « est passé de
B à A »), whose starting level a fact gives as its own while its end level is confirmed only by another fact: the
change the first fact records ends at its own figure, so an end level it does not meet is wrong, whatever other fact
happens to write a figure near it.

- supported: "Norvel's pre-tax profit rose to £1.03bn from £346m" against "Profit before tax was 1,031 million pounds,
  up from 346 million pounds" / « le bénéfice avant impôt de Norvel est passé de 346 millions à 1,03 milliard ».
- contradicted: "Norvel's pre-tax profit rose to £1.30bn from £346m" (the same fact, while "operating profit rose to
  1,325 million pounds" writes a figure near 1.30) / « … est passé de 346 millions à 1,30 milliard ».
"""
from __future__ import annotations

from typing import Optional

from ...compare import compare_quantity, fmt_quantity
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Quantity
from ..agreement import starting_level_of
from ..clauses import relative_figure
from ..findings import Finding

RULE_ID = "quantity-end"


def rule_end_level(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """The end level of a change whose starting level is a fact's own, against that fact's declared figure."""
    figures = [q for q in claim.quantities if q.value is not None and q.unit]
    if len(figures) != 2 or unit_class(figures[0].unit) != unit_class(figures[1].unit):
        return []
    for start, end in (figures, figures[::-1]):
        if relative_figure(claim, start) != "starting level" or relative_figure(claim, end) is not None:
            continue                     # (the claim's own words say which figure the change starts from)
        c = starting_level_of(start, list(cands), index)
        wrong = _wrong_end(end, c, findings, index) if c is not None else None
        if wrong is not None:
            return [wrong]
    return []


def _wrong_end(end: Quantity, c: Candidate, findings: list[Finding], index: FactIndex) -> Optional[Finding]:
    """A refutation of ``end`` by the fact ``c`` that gives the change's starting level: its declared figure, of the
    end level's unit, disagrees with it while another fact only confirmed it."""
    f = c.fact
    own = f.quantity
    if own is None or own.value is None or own.unit != end.unit:
        return None
    mine = [x for x in findings if x.part and x.part.strip() == end.text.strip() and x.relation != "related"]
    if not mine or any(x.fact is f or x.relation != "supports" for x in mine):
        return None                      # judged against the starting level's fact already, or not confirmed
    if compare_quantity(end, own)[0] != "contradicts" or any(
            fq.unit == end.unit and compare_quantity(end, fq)[0] == "supports" for fq in index.reading(f).quantities):
        return None                      # (a sentence that writes the end level too: its declared figure is another)
    return Finding("contradicts", RULE_ID, f, f"wrong figure: the change the source gives from that starting level "
                   f"ends at {fmt_quantity(own)}, not {end.text.strip()!r}: {f.statement}", part=end.text.strip())
