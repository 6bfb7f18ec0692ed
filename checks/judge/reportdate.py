"""The date a frame says its party reported on ("In March 2024, the Vallorn statistics office reported that …") against when the
sources that confirmed the statement were published and their facts are dated (``reported_another_time``, read by
``checks/judge/rules/attribution.py``).
"""
from __future__ import annotations

from ..match import FactIndex
from ..model import CONTRADICTED, Claim, ClaimResult, Evidence
from .findings import fact_by_id


def reported_another_time(frame: Claim, siblings: list[ClaimResult], index: FactIndex) -> list[tuple]:
    """The date a frame says the party reported on ("In March 2024, the Vallorn statistics office reported that …") when no source
    that confirmed the statement was published then, nor gives its fact as of then (the ONS reported it in
    February 2024): a wrong date of the report."""
    said = [d for d in frame.dates if d.relation == "at" and d.iso()]
    confirming = [(e.source, e.fact) for r in siblings if r.claim is not frame
                  for e in r.evidence if e.relation == "supports"]
    known = _report_dates(confirming, index) if said else []
    wrong = [d for d in said if known and not any(k.startswith(d.iso()) or d.iso().startswith(k) for k in known)]
    if not wrong:
        return []
    return [(CONTRADICTED, f"{wrong[0].text!r}: the source that confirms it is of {min(known)}", [
        Evidence(s, fid, "", "contradicts") for s, fid in confirming[:1]])]


def _report_dates(confirming: list[tuple[str, str]], index: FactIndex) -> list[str]:
    """When the confirming sources were published and their facts are dated (ISO text)."""
    known = [str(index.sources[s].published or "") for s, _ in confirming if s in index.sources]
    facts = [fact_by_id(index, s, fid) for s, fid in confirming if fid]
    return [k for k in known + [str(f.as_of or "") for f in facts if f is not None] if k]
