"""Rule ``attribution`` (the credit of a figure): the body a claim credits with its figure against the body the fact
giving that figure credits — who compiled, polled, cited, fined or forecast it (``figurecredit``).

- contradicted: « Les analystes, selon un consensus compilé par Velmor Data, attendaient 4,82 milliards » when the fact
  says « … 4,82 milliards, selon un consensus cité par le groupe »; "the £41.3m fine imposed by the Ostria Commission"
  when the fact says "the Norland Authority imposed a £41.3m fine": the right figure credited to another named body.
- supported (left to the other rules): a claim that credits the fact's publisher or a body its sentence names; a
  fact that names nobody decides nothing.
"""
from __future__ import annotations

import math

from ...match import FactIndex
from ...model import Claim
from ...terms import concepts_in
from ..figures import significant_digits
from ..figurecredit import credits, figure_credits
from ..findings import Finding
from ..officers import officer_without_party
from ..partynames import acronym_of, capitalised, credited_in, name_of, same_party, same_umbrella

RULE_ID = "attribution"


def rule_figure_credit(claim: Claim, findings: list, index: FactIndex, cands: tuple = ()) -> list:
    """Contradicted when a candidate fact gives the claim's figure (of three significant digits or more, else with a
    concept of the claim) and credits it to a named body, while the claim credits it to another named body that the
    fact's sentence, publisher, author and parties never name."""
    if not claim.quantities:
        return []                         # (no figure to credit: its bodies are not read)
    confirming = {id(f.fact) for f in findings if f.relation == "supports"}
    own = None
    for c in cands:
        theirs = _fact_bodies(claim, c.fact, index, id(c.fact) in confirming)
        if not theirs:
            continue
        # (the claim's bodies read only once a fact credits its figure: most claims' candidates credit none)
        own = claim_bodies(claim, index) if own is None else own
        if not own:
            return []
        known = [*theirs, c.source.publisher, c.source.author, c.fact.subject, c.fact.object]
        if any(_same(o, t, index) for o in own for t in known if t) or any(credited_in(o, [c.fact.statement], index)
                                                                          for o in own):
            return []                     # the claim names the fact's own body, its party, or one its sentence names
        who, real = name_of(own[0], index), name_of(theirs[0], index)
        return [Finding("contradicts", RULE_ID, c.fact,
                        f"misattributed: the source credits {real}, not {who}, with this figure: {c.fact.statement}")]
    return []


def claim_bodies(claim: Claim, index: FactIndex) -> list[str]:
    """The named bodies the claim credits: those its words of credit name, and its frame's party."""
    named = [b for _, b in credits(claim.text, index.matcher.find(claim.text))]
    named += [w for w in (claim.attributed_to, claim.authored_by) if w]
    return [b for b in dict.fromkeys(named) if capitalised(name_of(b, index)) and not officer_without_party(b, index)]


def _fact_bodies(claim: Claim, fact, index: FactIndex, confirms: bool = False) -> list[str]:
    """The bodies the fact's sentence credits with the figure the claim gives, when it gives it (``confirms``: the
    fact confirmed the claim's figure, of whatever precision)."""
    text = fact.statement or ""
    spots = _fact_spots(fact, index)
    at = next((pos for pos, q in spots for cq in claim.quantities if _same_figure(cq, q, claim, fact, index, confirms)), None)
    if at is None:
        return []
    bodies = figure_credits(text, index.matcher.find(text), at, [p for p, _ in spots if p != at], fact.subject)
    return [b for b in bodies if capitalised(name_of(b, index))]


def _fact_spots(fact, index: FactIndex) -> list[tuple[int, object]]:
    """``_figure_spots`` of a fact's sentence, read once per fact (kept with the index: the rule asks it of every
    candidate of every claim with a figure, the same few facts again and again)."""
    memo = index.__dict__.setdefault("_figure_spots", {})
    got = memo.get(id(fact))
    if got is None:                    # (the fact kept beside its spots: its id stays its own)
        got = memo[id(fact)] = (fact, _figure_spots(fact.statement or "", index.reading(fact).quantities))
    return got[1]


def _figure_spots(text: str, quantities) -> list[tuple[int, object]]:
    """Where each figure of the fact's reading stands in its sentence."""
    spots, start = [], 0
    for q in quantities:
        pos = text.find(q.text, start) if q.text else -1
        if pos >= 0:
            spots.append((pos, q))
            start = pos + len(q.text)
    return spots


def _same_figure(cq, q, claim: Claim, fact, index: FactIndex, confirms: bool = False) -> bool:
    """The same number in the same unit, precise enough (three significant digits), of a concept the claim shares, or
    in a fact that confirmed it."""
    if cq.value is None or q.value is None or not math.isclose(abs(cq.value), abs(q.value), rel_tol=1e-9):
        return False
    if cq.unit and q.unit and cq.unit != q.unit:
        return False
    return confirms or significant_digits(cq) >= 3 or bool(set(concepts_in(claim.text)) & index.fact_concepts(fact))


def _same(a: str, b: str, index: FactIndex) -> bool:
    x, y = name_of(a, index), name_of(b, index)
    return same_party(a, b, index) or acronym_of(x, y) or same_umbrella(x, y)
