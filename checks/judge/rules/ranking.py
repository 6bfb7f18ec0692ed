"""Rule ``ranking``: the rank or record a confirmed claim states — the rank its fact gives, a record of
all time against one of recent times, a record the source says was beaten, a party listed second.

- supported: "535 homicides, the lowest for more than a decade" / « le plus bas depuis plus de dix ans ».
- contradicted: "535 homicides, the lowest since records began" / « la France signe le taux le plus faible »
  against "Cyprus (0.4 %), France (0.6 %)".
"""
from __future__ import annotations

from typing import Optional

from ...recordscope import record_scope
from ...slots import month_days, outranked_at, rank_of, rank_span
from ...compare import fmt_quantity
from ...unitfit import units_comparable
from ...unitkeys import unit_class
from ...match import Candidate, FactIndex
from ...model import Claim, Fact
from ...terms import content_stems
from ..figures import fact_parties, stated_figure
from ..topicality import is_topical
from ..findings import Finding, same_size, written_numbers, year_of
from ..rankmeasure import ranked_by_another_quality
from ..outrank import outranked, ranked_by_its_figures, ranked_figure, ranks_top
from ..recordbeaten import beaten_earlier, beaten_record, first_beyond, moved_off_record
from .dates import sibling_facts
from ..slotcheck import slot_disagreement
from ...resources import compiled

_P_RANKS_ANOTHER_OF_THE_CLAIM = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")

RULE_ID = "ranking"


def _beaten_in(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's own figure is what something else beat ("… beat the 17.09 °C set a day earlier")."""
    stated = stated_figure(fact, index)
    return stated is not None and outranked_at(fact.statement, stated.start)


def _rank_elsewhere(claim: Claim, fact: Fact, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """The rank a claim gives, judged by a fact that ranks (a sibling of the confirming fact first, then a
    topical candidate): agrees, or another rank / a record of another scope."""
    pool = sibling_facts(fact, index) + [c.fact for c in cands if is_topical(c)]
    ranked = rank_words(claim)
    words = set(content_stems(ranked))
    named = {m.entity for m in claim.mentions} - {claim.attributed_to, claim.authored_by, claim.commissioned_by}
    for g in pool:
        if g is fact or rank_of(g.statement) is None:
            continue
        shares_words = bool(words & set(content_stems(g.statement)))
        if g.source != fact.source and not shares_words:
            continue
        if _ranks_something_else(claim, fact, g, named, shares_words, ranked, index):
            continue
        slot = slot_disagreement(claim, g, index, slots=("ranking",))
        if slot is None:
            return Finding("supports", "ranking", g, f"{ranked!r}, as the source ranks it: {g.statement}", part=ranked)
        if slot[0] == "contradicts":
            return Finding("contradicts", "ranking", g, slot[2], part=ranked)
    return None


def _ranks_something_else(claim: Claim, fact: Fact, g: Fact, named: set, shares_words: bool, ranked: str,
                          index: FactIndex) -> bool:
    """Whether a ranking fact ranks another thing than the claim's figure: another party ("the previous record, in
    2002"; "the Harbour force's fall was the largest of any force" for another force), another figure or another year."""
    parties = fact_parties(g, index)
    if named and not named & parties and (not shares_words or parties - named):
        return True
    if ranked_by_another_quality(claim.focus or claim.text, g):
        return True                    # (« le plus meurtrier » is not ranked by « le plus puissant »)
    return _ranks_another_figure(fact, g) or _ranks_another_year(ranked, g) or _record_of_another_year(fact, g, ranked) \
        or (_ranks_its_own_figure(fact, g, index, claim) and not _ranks_another_of_the_claim(claim, fact, g))


def _ranks_another_figure(fact: Fact, g: Fact) -> bool:
    """Whether a ranking fact ranks another figure of the same measure and the same date than the one the
    claim's figure matched ("diesel fell to 1.53 that week, its lowest" is not ranked by "at 1.63 that week,
    petrol was at its lowest"): the rank is the figure's own, and another figure in the same unit on the same
    day is another thing ranked (a figure of another date may be the record it beat, or a part it names)."""
    fq, gq = fact.quantity, g.quantity
    if fq is None or gq is None or fq.value is None or gq.value is None or not fact.as_of:
        return False
    return (fq.unit == gq.unit and str(fact.as_of) == str(g.as_of)
            and abs(fq.value - gq.value) > 1e-9 * max(abs(fq.value), 1.0))


def _ranks_its_own_figure(fact: Fact, g: Fact, index: FactIndex, claim: Optional[Claim] = None) -> bool:
    """Whether a ranking fact ranks a figure of its own, in the unit of the confirming fact's but of another value,
    that its sentence gives and the confirming fact's figure is not in ("A record 328,390 applied" does not rank
    the 255,130 accepted; "the highest number, 1,339, was in 2020" does not make 1,172 the highest): whatever
    its date, it ranks that figure."""
    fq, gq = fact.quantity, g.quantity
    if fq is None or gq is None or fq.value is None or gq.value is None or gq.unit == "rank":
        return False
    if units_comparable(fq, gq, g) is not None:
        # (a figure of another kind, a percentage beside a sum, that the claim ranks in apposition, "28.2 %, the
        # highest ever": ranked only when the ranking fact writes it too)
        return claim is not None and _ranked_in_apposition(claim, fq) and unit_class(fq.unit) != unit_class(gq.unit) and not any(
            same_size(q.value, fq.value) and unit_class(q.unit) == unit_class(fq.unit) for q in index.reading(g).quantities)
    if same_size(gq.value, fq.value):
        return False
    return not any(same_size(q.value, fq.value) for q in index.reading(g).quantities)


def _ranked_in_apposition(claim: Claim, fq) -> bool:
    """Whether the claim's rank words follow its figure equal to ``fq`` in apposition: a comma and at most five words
    between them ("reached 28.2 % in 2025, the highest in its history", « à 28,2 %, son plus haut niveau »)."""
    text = claim.focus or claim.text
    span = rank_span(text)
    if span is None:
        return False
    for q in claim.quantities:
        if q.value is not None and same_size(q.value, fq.value) and 0 <= q.end - claim.start <= span[0]:
            between = text[q.end - claim.start:span[0]]
            return "," in between and len(between.split()) <= 5
    return False


def _ranks_another_of_the_claim(claim: Claim, fact: Fact, g: Fact) -> bool:
    """Whether the claim's rank may be that of another of its figures or dates than the confirmed one: it writes
    the ranking fact's figure ("320,4 TWh, contre 279 TWh l'année précédente, son niveau le plus faible"), or
    names, between its figures and its superlative, a date that is not the confirming fact's ("7.37 million in
    June, … after dipping in May to its lowest level")."""
    gv = abs(g.quantity.value)
    if any(abs(v * m - gv) <= 1e-9 * max(gv, 1.0) for _, v in written_numbers(claim.text) for m in (1, 1e3, 1e6, 1e9, 1e12)):
        return True
    span = rank_span(claim.focus or claim.text)
    if span is None:
        return False
    text = claim.focus or claim.text
    last = max((q.end - claim.start for q in claim.quantities if q.end - claim.start <= span[0]), default=0)
    own = str(fact.as_of or "")
    between = text[last:span[0]]
    months = {m for m, _ in month_days(between)}
    years = set(_P_RANKS_ANOTHER_OF_THE_CLAIM.findall(between))
    return bool(months - {int(own[5:7])} if len(own) >= 7 and own[5:7].isdigit() else months) \
        or bool(years - {own[:4]})


def _ranks_another_year(ranked: str, g: Fact) -> bool:
    """Whether the claim's rank is bounded by years ("its lowest level of the whole of 2025") that a ranking fact
    neither writes nor is dated in ("a record of 2.14 in March 2022"): it ranks something of another time."""
    years = set(_P_RANKS_ANOTHER_OF_THE_CLAIM.findall(ranked))
    if not years:
        return False
    theirs = set(_P_RANKS_ANOTHER_OF_THE_CLAIM.findall(g.statement + " " + str(g.as_of or "")))
    return not years & theirs


def _record_of_another_year(fact: Fact, g: Fact, ranked: str) -> bool:
    """Whether a ranking fact dates the record it names to years in its own rank words ("54 % of its record level of
    2002") that are not the year of the claim's confirmed figure, nor written in the claim's rank words: the record
    of another year, which says nothing of the claim's figure being one."""
    span, year = rank_span(g.statement or ""), year_of(fact.as_of)
    if span is None or year is None or record_scope(g.statement) == "bounded":
        return False              # (a year a record of recent times is bounded by, "the highest since 2015", is no record's)
    years = set(_P_RANKS_ANOTHER_OF_THE_CLAIM.findall(g.statement[span[0]:span[1]]))
    return bool(years) and str(year) not in years and not years & set(_P_RANKS_ANOTHER_OF_THE_CLAIM.findall(ranked))


def rule_figure_slots(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """A confirmed figure whose claim gives another date or rank than the fact that confirms it ("142 years of
    coal power ended on 30 September 2023" against 2024; "535 homicides, the lowest ever" against "the
    second lowest"): that part is contradicted, the figure stays confirmed."""
    # complexity: one pass over the confirming findings, each tried for a date, a rank, a beaten record and a
    # first place taken by another party, in that order; splitting would repeat the loop's state
    out = []
    confirming = [f for f in findings if _confirms_figure(f)]
    if not confirming:
        return out                     # (the rank words are read only for a confirmed figure)
    ranked = rank_words(claim)
    own = _ranked_by_its_own_fact(claim, confirming, index)
    for f in confirming:
        slot = slot_disagreement(claim, f.fact, index, slots=("full-date", "ranking"))
        if slot and slot[:2] == ("missing", "ranking") and own is not None and f.part != own:
            continue                    # (the rank is its own figure's: another figure's fact need not rank it)
        if rank_of(claim.focus or claim.text) == 1 and _beaten_in(f.fact, index):
            slot = ("contradicts", "ranking", f"false record: the source says it was beaten: {f.fact.statement}")
        beaten = outranked(claim, f.fact, cands, index)
        if beaten:
            out.append(Finding("contradicts", "ranking", beaten[0],
                               f"false record: another's figure is beyond it: {beaten[0].statement}", part=beaten[1]))
            break
        if not (slot and slot[0] == "contradicts") and moved_off_record(claim, f.fact, index):
            slot = ("contradicts", "ranking", f"false record: the source says it moved the other way from the level "
                                              f"before it: {f.fact.statement}")
        earlier = beaten_earlier(claim, f.fact, cands, index) if not (slot and slot[0] == "contradicts") else None
        passed = first_beyond(claim, f.fact, f.part, cands, index) if earlier is None else None
        if passed is not None:
            out.append(Finding("contradicts", "ranking", passed, f"false first: the source gives "
                               f"{fmt_quantity(passed.quantity)} already in {year_of(passed.as_of)}: {passed.statement}",
                               part=f.part))
            break
        if earlier is not None:
            out.append(Finding("contradicts", "ranking", earlier, f"false record: the source gives "
                               f"{'less' if ranks_top(ranked) is False else 'more'} in {year_of(earlier.as_of)}: "
                               f"{earlier.statement}", part=ranked))
            break
        if slot and slot[0] == "contradicts":
            part = ", ".join(d.text for d in claim.dates if d.day) if slot[1] == "date" else ranked
            out.append(Finding("contradicts", slot[1], f.fact, slot[2], part=part))
            break
        if slot and slot[1] == "ranking" and ranked:
            # "535 homicides, the lowest number since records began": the record is a part of its own,
            # which another fact of the source, or another topical fact, may rank
            out.append(_rank_elsewhere(claim, f.fact, cands, index) or _by_its_figures(claim, f, slot, ranked, index)
                       or Finding("related", "ranking", f.fact, slot[2], part=ranked))
    return out


def _ranked_by_its_own_fact(claim: Claim, confirming: list[Finding], index: FactIndex) -> Optional[str]:
    """The figure the claim ranks (the one nearest its rank words), when the fact confirming that figure ranks it
    itself, as the claim does ("the largest share, almost 114 million, followed by B with 76 million" against "A gets
    113.98 million, the largest allocation"): the facts of the statement's other figures need not rank it."""
    span = rank_span(claim.focus or claim.text)
    q = ranked_figure(claim, span) if span else None
    if q is None:
        return None
    part = q.text.strip()
    return part if any(f.part == part and rank_of(f.fact.statement) and slot_disagreement(
        claim, f.fact, index, slots=("ranking",)) is None for f in confirming) else None


def _by_its_figures(claim: Claim, f: Finding, slot: tuple, ranked: str, index: FactIndex) -> Optional[Finding]:
    """The first place of a figure the confirming fact does not rank in words, given by the figures its sentence
    lists ("the largest share, £104m" against "£104m for A, £47m for B and £17m for C"): confirmed."""
    if slot[0] != "missing" or not ranked_by_its_figures(claim, f.fact, f.part, index):
        return None
    return Finding("supports", "ranking", f.fact, f"{ranked!r}, as the source's own figures rank it: {f.fact.statement}",
                   part=ranked)


def _confirms_figure(f: Finding) -> bool:
    return f.relation == "supports" and f.rule.startswith("quantity")


def rank_words(claim: Claim) -> str:
    """The words of a claim that rank what it speaks of ("the lowest number since records began")."""
    span = rank_span(claim.focus or claim.text)
    return claim.text[span[0]:span[1]].strip() if span else ""


def rule_beaten_record(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """A record of all time a claim without a figure states by a quality it names (« le plus destructeur qu'ait
    connu Korland », "the deadliest flood the county has ever known") that a fact of an earlier period beats
    (``beaten_record``): a false record."""
    found = beaten_record(claim, cands, index)
    return [found] if found is not None else []
