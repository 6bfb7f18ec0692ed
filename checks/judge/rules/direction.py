"""Rule ``direction`` on a clause without a figure beside a confirmed one: its rise, fall or no change
against the confirming fact's clause on the same named party.

- supported: "Keolis grew 9.6 %, while Geodis's revenue stagnated" / « … tandis que celui de Geodis a stagné ».
- contradicted: "…, while Geodis's revenue fell sharply" / « quand celui de Geodis reculait nettement »; and a
  coordinated clause of a party no confirming fact names, against that party's own fact of the same year: "…, and
  Ostria's sales fell too" / « …, et Ostria a vu ses ventes reculer » when Ostria's fact gives a rise; and a clause
  naming no party, by what it measures: "EBITDA rose 23 %, but its margin narrowed" / « …, mais sa marge a reculé »
  when the fact's sentence says the margin improved.
"""
from __future__ import annotations

import functools
from typing import Optional

from ...factread import direction_of, from_to_start
from ...slots import clause_spans, closest_clause
from ...match import FactIndex
from ...model import MIXED, SUPPORTED, Claim, ClaimResult, Part
from ...numbers import month_names
from ...resources import compiled, LANGS, word_pattern
from ...terms import concepts_in, content_stems, outer_concepts_in
from ...text import fold, fold_same_length, words
from ..causes import DIRECTION_WORDS, part_pairs
from ..clauses import relative_figure
from ..figurerole import claim_role
from ..findings import Finding, judged_figure
from ..ownway import coordinated
from ...units import lookup as unit_lookup

_P_ITS_OWN_PARTY = compiled(r"['’]s$")
_P_CAPITALISED = compiled(r"[A-ZÀ-Ý][\w'’-]{2,}")
_P_RULE_CLAUSE_DIRECTIONS = compiled(r"(?<=[\s'’])[A-ZÀ-Ý][\w'’-]{2,}")

RULE_ID = "direction"


def rule_clause_directions(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """Rule ``direction`` on a clause without a figure beside a confirmed one ("Keolis grew 9.6 %, while Geodis's
    revenue fell sharply" against "…, while Geodis's revenue stagnated"): the confirming fact's clause about the
    same named party gives another direction — that clause is contradicted, the figure stays confirmed."""
    confirming = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")]
    if not confirming:
        return []
    figures = [q for q in claim.quantities if q.start >= 0]
    out, end = [], 0
    for a, b in clause_spans(claim.text):
        # (a clause a conjunction opens, « , et Ostria … », "while Ostria …": one with a subject of its own)
        joined, end = coordinated(claim.text[end:a], claim.text[a:b]), b
        if any(a <= q.start - claim.start < b for q in figures):
            continue
        clause = claim.text[a:b]
        said = direction_of(clause)
        names = {fold(w) for w in _P_RULE_CLAUSE_DIRECTIONS.findall(" " + clause[1:])}
        # (a clause naming no party, "but its margin narrowed", « mais sa marge a reculé »: by what it measures, when
        # it is coordinated with the figure's and says one way — not the way the figure after it reached, "slipped
        # slightly, to 11.9 %", nor a cause weighing ways against each other)
        if not said or not names and not (joined and _measure_words(clause) and _one_way(clause)):
            continue
        for f in confirming:
            fd = _other_way(clause, f.fact.statement, names)
            if fd:
                out.append(Finding("contradicts", "direction", f.fact,
                                   f"wrong direction: the source says {DIRECTION_WORDS[fd]}, the article "
                                   f"{DIRECTION_WORDS[said]}: {f.fact.statement}", part=clause.strip()))
                break
        else:
            out.extend(_its_own_party(clause, said, names, confirming, cands) if joined else [])
    return out


def rule_way_between(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """Rule ``direction`` on the way a claim says its own two figures go, the level it reached and the starting
    level beside it ("… 6,808 million, down from 6,628 million", « 6 808 millions, en baisse par rapport aux
    6 628 millions »): both confirmed, the way from one to the other is a part of the claim like its figures, and
    a rise called a fall (or a fall a rise) is contradicted; the figures stay confirmed."""
    confirmed = {f.part: f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")}
    if len(confirmed) < 2:               # (before the words are read: most claims have no two confirmed figures)
        return []
    pair = _level_and_start(claim, set(confirmed))
    said = _way_said(claim, pair) if pair else None
    if said not in ("increase", "decrease"):
        return []
    went = _went(*pair)
    if went is None or went == said:
        return []
    level, start = pair
    fact = confirmed[level.text.strip()].fact
    return [Finding("contradicts", RULE_ID, fact, f"wrong direction: from {start.text.strip()!r} to "
                                                  f"{level.text.strip()!r} {DIRECTION_WORDS[went]}, the article says "
                                                  f"{DIRECTION_WORDS[said]}: {fact.statement}",
                    part=(claim.focus or claim.text).strip())]


def _way_said(claim: Claim, pair) -> Optional[str]:
    """The way the claim says its two figures go, read from the comma part the first of them is in ("Organic
    growth, which strips out …, slowed to 2.2 % from 7.2 %": "slowed", not the measure's name "growth"), else in
    the whole claim."""
    text = claim.focus or claim.text
    first = min(q.start for q in pair) - claim.start
    part = text[text.rfind(",", 0, max(0, first)) + 1:]
    return direction_of(part) or direction_of(text)


def _level_and_start(claim: Claim, confirmed: set):
    """The claim's one confirmed level and its one confirmed starting level, in one unit, the level written before
    its starting level or after it in "from X to Y"; None otherwise."""
    figures = [q for q in claim.quantities if q.text.strip() in confirmed and _a_level(claim, q)]
    levels = [q for q in figures if relative_figure(claim, q) is None]
    starts = [q for q in figures if relative_figure(claim, q) == "starting level"]
    if len(figures) != 2 or len(levels) != 1 or len(starts) != 1 or not _same_unit(levels[0].unit, starts[0].unit):
        return None
    level, start = levels[0], starts[0]
    text = claim.focus or claim.text
    # (the level the way goes to: before its starting level, or "from X to Y")
    # (not across another figure written between them: "dropped 13 % to £181.6m, although the ratio edged up to 0.73
    # from 0.66" — 0.66 is where 0.73 started)
    if level.start < start.start and not any(level.end <= q.start < start.start for q in claim.quantities) \
            or from_to_start(text, start.start - claim.start, start.end - claim.start):
        return level, start
    return None


def _a_level(claim: Claim, q) -> bool:
    """A figure of one value the claim's words give as a level (not the size of a change)."""
    return judged_figure(claim, q) and q.value is not None and q.min is None and claim_role(claim, q) == "level"


def _went(level, start):
    """The way from a starting level to the level reached ("increase", "decrease"), None when equal."""
    return "increase" if level.value > start.value else "decrease" if level.value < start.value else None


def way_between_claims(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """The same on a statement whose starting level is a claim of its own beside the level's ("… reached 6,808
    million in 2024, down from 6,628 million in 2023"): the starting level's claim says the way, the claim before it
    gives the one confirmed level; a rise called a fall makes the starting level's claim mixed (its figure stays
    confirmed)."""
    out, level = [], None
    for r in results:
        mine = _confirmed(r, None)
        if len(mine) == 1 and r.verdict == SUPPORTED:
            level = (mine[0], r)
        if level is not None and level[1] is not r and not mine and r.verdict == SUPPORTED:
            starts = _confirmed(r, "starting level")
            said = direction_of(r.claim.focus or r.claim.text) if len(starts) == 1 else None
            if said in ("increase", "decrease") and _same_unit(level[0].unit, starts[0].unit):
                r = _wrong_way(r, level[0], starts[0], said, level[1]) or r
        out.append(r)
    return out


def _confirmed(r: ClaimResult, how) -> list:
    """The figures of a result's claim that a part confirms, of one kind (a level: None; "starting level")."""
    done = {p.text for p in r.parts if p.status == "confirmed"}
    return [q for q in r.claim.quantities if q.text.strip() in done and _a_level(r.claim, q)
            and relative_figure(r.claim, q) == how] if done else []


def _wrong_way(r: ClaimResult, level, start, said: str, by: ClaimResult):
    went = _went(level, start)
    if went is None or went == said:
        return None
    ref = next((p.fact for p in by.parts if p.status == "confirmed" and p.text == level.text.strip()), "")
    msg = (f"Wrong direction: from {start.text.strip()!r} to {level.text.strip()!r} {DIRECTION_WORDS[went]}, the "
           f"article says {DIRECTION_WORDS[said]}")
    text = (r.claim.focus or r.claim.text).strip()
    return ClaimResult(r.claim, MIXED, f"{msg}; {r.explanation}", r.evidence, r.confidence, [RULE_ID, *r.rules],
                       r.wrong_actor, (Part(text, "contradicted", RULE_ID, ref), *r.parts))


def _same_unit(a, b) -> bool:
    """Whether two figures are in one unit (a starting level often writes none: "from 650,000")."""
    if a is None or b is None or a == b:
        return True
    ua, ub = unit_lookup(a), unit_lookup(b)
    return ua is not None and ub is not None and ua.family == ub.family and ua.family != "duration"


def _its_own_party(clause: str, said: str, names: set, confirming: list[Finding], cands) -> list[Finding]:
    """A coordinated clause with a party of its own that no confirming fact names ("Velmor grew 4 %, and Ostria's
    sales fell too", « …, et Ostria a vu ses ventes reculer »): its own claim, judged against a candidate fact of
    the confirmed figure's year that names that party: the other way is contradicted, the same way confirms it;
    no such fact leaves it unchecked (a party the list says nothing of that year is no part of what it confirms)."""
    names = {_P_ITS_OWN_PARTY.sub("", n) for n in names} - _months()
    if not names or any(names & _capitalised(f.fact.statement) for f in confirming):
        return []
    years = {_year(f.fact) for f in confirming}
    mine = {id(f.fact) for f in confirming}
    for c in cands:
        if id(c.fact) in mine or _year(c.fact) not in years or not names & _capitalised(c.fact.statement):
            continue
        fd = _other_way(clause, c.fact.statement, names)
        if fd:
            return [Finding("contradicts", "direction", c.fact,
                            f"wrong direction: the source says {DIRECTION_WORDS[fd]}, the article "
                            f"{DIRECTION_WORDS[said]}: {c.fact.statement}", part=clause.strip())]
        if direction_of(closest_clause(c.fact.statement, clause)) == said:
            return []
    return [Finding("related", "direction", confirming[0].fact,
                    f"but nothing in the source list gives the way of '{clause.strip()}'", part=clause.strip())]


@functools.lru_cache(maxsize=None)
def _months() -> frozenset[str]:
    """The month names of every language read, folded: a date, not a party."""
    return frozenset(fold(m) for lang in LANGS for m in month_names(lang))


def _capitalised(text: str) -> set:
    return {fold(w) for w in _P_CAPITALISED.findall(text or "")}


def _year(fact) -> str:
    return str(fact.as_of or "")[:4]


def _other_way(clause: str, statement: str, names: set) -> str:
    """The way of change the fact's clause closest to ``clause`` and naming one of its parties (``names``; none: writing
    a word of what it measures, « sa marge a reculé » against « la marge … s'est améliorée ») gives when it is not the
    clause's own; what caused what compared part by part (the effect with the effect, the cause with the
    cause: "a drop the ORR linked to competition" against "… fewer journeys, and increased competition …
    contributed"); "" when they agree."""
    for mine, part in part_pairs(clause, statement):
        measure = set() if names else _measure_words(mine)
        said, theirs = direction_of(mine), _measured_part(part, measure) if measure else closest_clause(part, mine)
        fd = direction_of(theirs)
        same = names & {fold(w) for w in _P_CAPITALISED.findall(theirs)} if names \
            else measure & set(content_stems(theirs))
        if said and fd and fd != said and same:
            return fd
    return ""


def _measured_part(text: str, measure: set) -> str:
    """The part of a text, cut at its clause breaks and its coordinators ("and", « et »), that writes most of the
    words of ``measure`` (« … a progressé de 37 % et la marge … s'est améliorée »: the margin's part)."""
    parts = []
    for a, b in clause_spans(text):
        clause = text[a:b]
        cuts = [0] + [x for m in _coordinator().finditer(fold_same_length(clause)) for x in m.span()] + [len(clause)]
        parts += [clause[c:d] for c, d in zip(cuts[::2], cuts[1::2])]
    return max(parts, key=lambda p: len(measure & set(content_stems(p))))


@functools.lru_cache(maxsize=None)
def _coordinator():
    return word_pattern("claims", r"\s(?:{+coordinators})\s")


def _one_way(clause: str) -> bool:
    """Whether a clause names one way of change only."""
    return len(set(outer_concepts_in(clause)) & set(DIRECTION_WORDS)) == 1


def _measure_words(clause: str) -> set:
    """The stems of the words of a clause that name what it measures: no name, no word of a way of change."""
    return {k for w, _, _ in words(clause) if not w[:1].isupper() and not set(concepts_in(w)) & set(DIRECTION_WORDS)
            for k in content_stems(w)}
