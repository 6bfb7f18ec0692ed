"""A record said of the figure before ("… fell to 1.06 deaths per 100 million miles. That is the lowest rate ever
recorded"; « … 1 172 décès. C'est le pire bilan jamais enregistré »): a statement that points back
(``Claim.antecedent``) and ranks without a figure of its own is judged, for its rank, against the facts of the
previous statement's topic that give that figure (a record of all time against "the lowest since 2014")."""
from __future__ import annotations


from ..match import FactIndex
from ..model import CONTRADICTED, SUPPORTED, UNVERIFIED, ClaimResult, Fact, Quantity
from ..recordscope import behind_at, first_since, record_scope
from ..slots import comparison_sides, rank_of, rank_span
from ..terms import concepts_in, content_stems
from .outrank import ranks_top
from .figures import fact_names_all, proper_names_in
from .topicality import is_topical
from .rankmeasure import ranks_another_measure
from .recordbeaten import earlier_beyond
from .findings import Finding, asserted_figures, evidence_of, fact_by_id, sentence, year_of
from .parts import claim_parts, refuted_by
from .slotcheck import denies_rank, placed_years, slot_disagreement
from ..resources import compiled

_P_YEAR_BEYOND = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_P_BEHIND_LATER_ONES = compiled(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_P_RIGHT_BEFORE = compiled(r"\w+")


def record_back(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """Each unverified main clause that ranks first without a figure, refuted (or, unverified, supported) by the rank
    of a fact that gives the figure of the statement it points back to; each such clause the words in common
    support, refuted by a fact that gives the record to another year."""
    return [_judged(r, index) if _ranks_first(r) else (_behind_later_ones(r, index) or _apposed(r, results, index)
                                                        or _below_in_another_year(r, index) or r) for r in results]


def _below_in_another_year(r: ClaimResult, index: FactIndex):
    """A record of all time of a year the clause names ("the 2023 toll was the lowest ever recorded") that a topical
    fact of another year compares with that year and puts beyond it ("In 2015 … 578,000 deaths, fewer deaths than in
    2023"), in a measure the clause names (the concept of the fact's compared noun): contradicted."""
    c = r.claim
    text = c.focus or c.text
    years = placed_years(c.dates)
    if not (c.checkable and c.role == "main" and r.verdict == UNVERIFIED) or rank_of(text) != 1 or not years \
            or record_scope(text) == "bounded" or _ranks_top(text) is None:
        return None
    way = "more" if _ranks_top(text) else "less"
    for cand in index.candidates(c)[:5]:
        other = _year_beyond(cand, way, years, text) if is_topical(cand) else None
        if other:
            why = f"false record: the source gives {way} in {other}: {cand.fact.statement}"
            found = [Finding("contradicts", "ranking", cand.fact, why, part=c.text)]
            return ClaimResult(c, CONTRADICTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                               ["ranking"], parts=claim_parts(c, found))
    return None


def _year_beyond(cand, way: str, years: set, text: str) -> str:
    """The other year a fact says had ``way`` ("more", "less") of a measure ``text`` names than one of ``years``
    ("578,000 deaths in 2015, fewer deaths than in 2023"); "" when it says nothing of the kind."""
    theirs = comparison_sides(cand.fact.statement or "")
    if theirs is None or theirs[0] != way or not years & set(_P_YEAR_BEYOND.findall(theirs[3])):
        return ""
    own = set(_P_YEAR_BEYOND.findall(theirs[1] + " " + str(cand.fact.as_of or "")[:4]))
    measure = set(concepts_in(theirs[2]))
    return ", ".join(sorted(own)) if own and not own & years and measure and measure <= set(concepts_in(text)) else ""


def _apposed(r: ClaimResult, results: list[ClaimResult], index: FactIndex):
    """A record set after the figure of a clause of its own (« 2022, année où la coopérative de Vallorn avait expédié 48 millions
    de caisses, un record historique »): the main clause, unverified, ranks first the figure the inner clause's
    fact confirms; a fact of an earlier year beyond it (``earlier_beyond``) refutes the record."""
    c = r.claim
    text = c.focus or c.text
    if not (c.checkable and c.role == "main" and r.verdict == UNVERIFIED) or rank_of(text) != 1:
        return None
    span = rank_span(text)
    off = c.start + (c.text.find(text) if c.focus else 0)
    for s in results:
        if s is r or s.verdict != SUPPORTED or not _right_before(s.claim, c, text, off, span):
            continue
        for fact in _supporting_facts(s, index):
            for q in asserted_figures(s.claim):
                g = earlier_beyond(text, span, q.value, fact, [], index, s.claim.text) if q.value is not None else None
                if g is not None:
                    return _beaten_by(c, g, text[span[0]:span[1]], index)
    return None


def _beaten_by(c, g: Fact, ranked: str, index: FactIndex) -> ClaimResult:
    """The record ``ranked`` of clause ``c``, contradicted by ``g``, a fact of an earlier year beyond its figure."""
    why = f"false record: the source gives {'less' if _ranks_top(ranked) is False else 'more'} in " \
          f"{year_of(g.as_of)}: {g.statement}"
    found = [Finding("contradicts", "ranking", g, why, part=ranked)]
    return ClaimResult(c, CONTRADICTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                       ["ranking"], parts=claim_parts(c, found))


def _right_before(inner, c, text: str, off: int, span: tuple[int, int]) -> bool:
    """Whether a clause inside the main clause ``c`` ends right before its rank words, two words at most between
    (", un record", ", the highest"): the rank is that clause's figure's."""
    return c.start <= inner.start <= inner.end <= off + span[0] \
        and len(_P_RIGHT_BEFORE.findall(text[max(inner.end - off, 0):span[0]])) <= 2


def _behind_later_ones(r: ClaimResult, index: FactIndex):
    """A first place since some year (« jamais, depuis 1999, une tempête n'avait coûté aussi cher », "the costliest
    since 1999") that a topical fact ranks lower, behind others of later years ("5th, behind A (1999), B (2009) and
    C (2010)"): those came after the year the record is counted from, so it is not the first since — contradicted."""
    c = r.claim
    text = c.focus or c.text
    if not (c.checkable and c.role == "main" and r.verdict == UNVERIFIED) or rank_of(text) != 1 \
            or record_scope(text) != "bounded":
        return None
    span = rank_span(text)
    since = [int(y) for y in _P_BEHIND_LATER_ONES.findall(text[span[0]:span[0] + 80])]
    if not since:
        return None
    for cand in index.candidates(c)[:5]:
        g = cand.fact
        later = _ahead_after(g.statement, max(since)) \
            if is_topical(cand) and g.source not in index.superseded_by else []
        if later:
            why = f"false record: the source ranks it lower, behind others of {', '.join(later)}, after " \
                  f"{max(since)}: {g.statement}"
            found = [Finding("contradicts", "ranking", g, why, part=c.text)]
            return ClaimResult(c, CONTRADICTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                               ["ranking"], parts=claim_parts(c, found))
    return None


def _judged(r: ClaimResult, index: FactIndex) -> ClaimResult:
    """``record_back`` of one clause that ranks first."""
    c, ante = r.claim, r.claim.antecedent
    if ante is not None and r.verdict in (UNVERIFIED, SUPPORTED) and not _own_ranked_figure(c):
        r = _refuted(r, ante, index) or r
    if r.verdict == UNVERIFIED and not asserted_figures(c) and not c.dates:
        r = _less_than_before(r, index) or _beaten_before(r, index) or r
    if r.verdict == UNVERIFIED:
        r = _bounded_elsewhere(r, index) or r
    if r.verdict == SUPPORTED and "terms" in r.rules:
        r = _record_of_another_year(r, index) or r
    return r


def _ahead_after(statement: str, year: int) -> list[str]:
    """The years after ``year`` of what a fact that ranks lower than first puts ahead of its thing ("4th, behind A
    (1999), B (2009)" → ["2009"] after 1999)."""
    behind = behind_at(statement) if (rank_of(statement) or 1) > 1 else None
    if behind is None:
        return []
    return sorted({y for y in _P_BEHIND_LATER_ONES.findall(statement[behind:]) if int(y) > year})


def _ranks_first(r: ClaimResult) -> bool:
    """Whether a checkable main clause ranks first ("the highest since …"), read only for a clause either test of
    ``record_back`` may apply to (unverified or supported, pointing back or without a date)."""
    c = r.claim
    return c.checkable and c.role == "main" and r.verdict in (UNVERIFIED, SUPPORTED) \
        and (c.antecedent is not None or not c.dates) and rank_of(c.focus or c.text) == 1


def _own_ranked_figure(claim) -> bool:
    """Whether the clause writes a figure before its rank words (then the rank is that figure's, not the one
    before): "six months" after "the lowest rate ever recorded for the first" is no figure ranked."""
    span = rank_span(claim.focus or claim.text)
    return any(0 <= q.start - claim.start < span[0] for q in asserted_figures(claim))


def _refuted(r: ClaimResult, ante, index: FactIndex):
    figures = [q for q in ante.quantities if q.value is not None and q.unit != "year"]
    agreeing = None
    for c in index.candidates(ante):
        if not is_topical(c) or c.fact.source in index.superseded_by or not _gives(c.fact, figures):
            continue
        slot = slot_disagreement(r.claim, c.fact, index, slots=("ranking",))
        if slot is not None and slot[0] == "contradicts":
            return refuted_by(r.claim, Finding("contradicts", "ranking", c.fact, slot[2], part=r.claim.text), index)
        if slot is None and agreeing is None and rank_of(c.fact.statement) == 1:
            agreeing = c.fact               # the fact ranks the figure itself, as the claim does
    if agreeing is None or r.verdict != UNVERIFIED:
        return None
    why = f"the record, as the source ranks the figure before: {agreeing.statement}"
    found = [Finding("supports", "ranking", agreeing, why, part=r.claim.text)]
    return ClaimResult(r.claim, SUPPORTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                       ["ranking"], parts=claim_parts(r.claim, found))


def _record_of_another_year(r: ClaimResult, index: FactIndex):
    """A record the words in common confirm, but that the fact's record clause gives to another year than the claim's
    ("That was the worst toll ever recorded" after a 2023 figure, against "the highest number was 1,339, recorded in
    2020"): contradicted when the claim or the statement it points back to dates it, or when the source gives the
    year the statements before speak of a figure below the record (``_below_the_record``); else unverified when only
    an earlier statement dates it (the year read from the text before may not be this record's)."""
    c = r.claim
    own = placed_years(c.dates) or (placed_years(c.antecedent.dates) if c.antecedent is not None else set())
    before = {str(c.period_before[0])} if not own and c.period_before and c.period_before[0] else set()
    for fact in _supporting_facts(r, index):
        theirs = _record_years(c, fact, index)
        mine = own or before
        if not theirs or not mine or theirs & mine:
            continue
        held = ", ".join(sorted(theirs))
        below = None if own else _below_the_record(c, fact, before, index)
        if own or below is not None:
            return _false_record_of(c, fact, held, below, before, index)
        return ClaimResult(c, UNVERIFIED, sentence(f"the source gives the record to {held}, "
                                                    f"which may not be the year the article means: {fact.statement}"),
                           [], 0.0, [], parts=())
    return None


def _false_record_of(c, fact: Fact, held: str, below, before: set, index: FactIndex) -> ClaimResult:
    """The record given to another year (``held``), contradicted by the record fact, and by ``below`` (the fact of the
    year spoken of and whether the record is of the top) when there is one."""
    why = f"false record: the source gives the record to {held}: {fact.statement}"
    found = [Finding("contradicts", "ranking", fact, why, part=c.text)]
    if below is not None:
        why = (f"false record: the source gives the record to {held}, and for {next(iter(before))} a figure "
               f"{'below' if below[1] else 'above'} it: {below[0].statement}")
        found = [Finding("contradicts", "ranking", g, why, part=c.text) for g in (fact, below[0])]
    return ClaimResult(c, CONTRADICTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                       ["ranking"], parts=claim_parts(c, found))


def _below_the_record(c, record: Fact, before: set, index: FactIndex):
    """(fact, top) of the year the statements before speak of, for what the claim names before its rank ("the
    operating result was the highest ever" after figures of 2025): a fact of the record fact's party, unit and
    words, dated in that year, whose figure is below the record's (above, for a lowest) — that year is no record."""
    rq, text = record.quantity, c.focus or c.text
    span = rank_span(text)
    if rq is None or rq.value is None or span is None or not before:
        return None
    top = ranks_top(text[span[0]:span[1]])
    named = set(content_stems(text[:span[0]])) & set(content_stems(record.statement))
    if top is None or not named:
        return None
    for cand in index.candidates(c):
        g = cand.fact
        if _same_measure_in(g, record, named, before, index) and \
                ((g.quantity.value < rq.value) if top else (g.quantity.value > rq.value)):
            return g, top
    return None


def _same_measure_in(g: Fact, record: Fact, named: set, before: set, index: FactIndex) -> bool:
    """Whether a fact gives, for a year of ``before``, the record fact's measure: its party and unit, the claim's
    words the record fact writes (``named``), from a source no newer one replaces."""
    gq = g.quantity
    return g is not record and gq is not None and gq.value is not None and gq.unit == record.quantity.unit \
        and g.subject == record.subject and str(g.as_of or "")[:4] in before \
        and g.source not in index.superseded_by and named <= set(content_stems(g.statement))


def _supporting_facts(r: ClaimResult, index: FactIndex) -> list[Fact]:
    """The facts the result's supporting evidence cites, in the list's order (each as the index reads it first: its
    first facet), looked up by id rather than found by a pass over every fact of the list."""
    cited = {(e.source, e.fact) for e in r.evidence if e.relation == "supports"}
    found = (fact_by_id(index, source, fact) for source, fact in cited)
    at = sorted(index.position[id(f)] for f in found if f is not None and id(f) in index.position)
    return [index.facts[i] for i in at]


def _record_years(c, fact: Fact, index: FactIndex) -> frozenset[str]:
    """The years the part of the fact's sentence that first ranks first (up to a semicolon) places its record at
    ("The highest number was 1,339, recorded in 2020; …")."""
    text = fact.statement or ""
    span = rank_span(text)
    if span is None:
        return frozenset()
    lo, hi = text.rfind(";", 0, span[0]) + 1, text.find(";", span[0])
    hi = len(text) if hi < 0 else hi
    if rank_of(text[lo:hi]) != 1:
        return frozenset()
    return placed_years(d for d in index.reading(fact).dates if lo <= d.start < hi)


def _gives(fact: Fact, figures: list[Quantity]) -> bool:
    """Whether the fact's declared figure is one of the previous statement's, whatever its sign."""
    fq = fact.quantity
    return fq is not None and fq.value is not None and any(
        abs(abs(q.value) - abs(fq.value)) <= 1e-6 * max(1.0, abs(fq.value)) for q in figures)


def _less_than_before(r: ClaimResult, index: FactIndex):
    """A record without a figure or a bound ("a busier season than ever", « la fréquentation la plus forte jamais
    relevée ») that a topical fact says was below (or, for a lowest, above) what it was in another year ("a
    surplus, but smaller than in 2023"), in the words the claim ranks by and of the thing the claim names."""
    c = r.claim
    text = c.focus or c.text
    if record_scope(text) == "bounded":
        return None
    top = _ranks_top(text)
    if top is None:
        return None
    own = set(content_stems(text))
    for cand in index.candidates(c)[:3]:
        theirs = comparison_sides(cand.fact.statement or "") if is_topical(cand) else None
        if theirs is None or (theirs[0] == "more") == top or not _P_YEAR_BEYOND.search(theirs[3]):
            continue
        compared, named = set(content_stems(theirs[2])), set(content_stems(theirs[1])) - set(content_stems(theirs[3]))
        if compared <= own and named & own:      # ("smaller than in 2022": the comparative is the word)
            why = f"not a record: the source says it was {'below' if top else 'above'} another year's: " \
                  f"{cand.fact.statement}"
            found = [Finding("contradicts", "ranking", cand.fact, why, part=c.text)]
            return ClaimResult(c, CONTRADICTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                               ["ranking"], parts=claim_parts(c, found))
    return None


def _beaten_before(r: ClaimResult, index: FactIndex):
    """A record (of all time, or unbounded) said of the figure before ("Norvale delivered 318 trains in 2024. It is
    a record") that another fact of the same party, measure and unit beats in an earlier year (863 in 2019):
    contradicted."""
    c = r.claim
    text = c.focus or c.text
    if c.antecedent is None or record_scope(text) == "bounded" or _own_ranked_figure(c):
        return None                                  # ("the highest since 2019" says nothing of 2015)
    top = _ranks_top(text) is not False              # (a plain "record" of a count is its highest)
    for other in _beating(c.antecedent, top, index):
        why = f"false record: the source gives {'more' if top else 'less'} in {year_of(other.as_of)}: {other.statement}"
        found = [Finding("contradicts", "ranking", other, why, part=c.text)]
        return ClaimResult(c, CONTRADICTED, sentence(why), [evidence_of(f, index) for f in found], 0.7,
                           ["ranking"], parts=claim_parts(c, found))
    return None


def _beating(ante, top: bool, index: FactIndex) -> list[Fact]:
    """The facts of an earlier year that beat the fact giving the figure of the statement before, of its party (by
    the index's postings: the figure of another year need share no other word with it)."""
    figures = [q for q in ante.quantities if q.value is not None and q.unit != "year"]
    cands = [x.fact for x in index.candidates(ante) if is_topical(x) and x.fact.source not in index.superseded_by]
    for own in (f for f in cands if _gives(f, figures) and year_of(f.as_of) and f.subject):
        theirs = [index.facts[i] for i in index.postings.get("e:" + own.subject, ())]
        beating = [f for f in theirs if f.source not in index.superseded_by and _beats(f, own, top)]
        if beating:
            return beating
    return []


def _beats(other: Fact, own: Fact, top: bool) -> bool:
    """Whether a fact of an earlier year gives a figure of the same party and unit beyond ``own``'s."""
    fo, fq = other.quantity, own.quantity
    if other is own or fo is None or fo.value is None or fo.unit != fq.unit or not other.subject \
            or other.subject != own.subject or not year_of(other.as_of) or year_of(other.as_of) >= year_of(own.as_of) \
            or len(str(other.as_of)) != len(str(own.as_of)):
        return False
    return fo.value > fq.value if top else fo.value < fq.value


def _bounded_elsewhere(r: ClaimResult, index: FactIndex):
    """A record of all time without a figure of its own ("the largest fall ever measured", « du jamais-vu ») that a
    topical fact of the same ranked thing gives only as a record of recent times or denies ("negative for the first
    time since 1945", « n'est pas un record »): contradicted, as a figure's record would be."""
    c = r.claim
    text = c.focus or c.text
    if record_scope(text) != "all-time" or _own_ranked_figure(c):
        return None
    ranked = set(content_stems(text))
    for g in _record_facts(c, ranked, index):
        slot = ("contradicts", "ranking", f"false record: the source gives it only as the first for some time, not "
                                          f"of all time: {g.statement}") if first_since(g.statement) else \
            slot_disagreement(c, g, index, slots=("ranking",)) if _bounds_or_denies(g.statement) else None
        if slot is not None and slot[0] == "contradicts":
            found = [Finding("contradicts", "ranking", g, slot[2], part=c.text)]
            return ClaimResult(c, CONTRADICTED, sentence(slot[2]), [evidence_of(f, index) for f in found], 0.7,
                               ["ranking"], parts=claim_parts(c, found))
    return None


def _record_facts(c, ranked: set, index: FactIndex) -> list[Fact]:
    """The facts that may bound or deny a claim's record: its topical candidates that share a word with it, then
    any fact of the list that denies a record or gives a first since some time of the very thing the claim ranks
    (« la baisse de 2023 n'est pas un record » for « la plus forte baisse jamais mesurée »)."""
    own = [cand.fact for cand in index.candidates(c) if is_topical(cand)]
    span = rank_span(c.text)
    thing = set(content_stems(c.text[span[0]:span[1]])) if span else set()
    others = [g for g in index.facts if g not in own and thing & set(content_stems(g.statement))
              and (first_since(g.statement) or denies_rank(g.statement))]
    # (not the record of another measure, party or place the claim does not name: "services revenue", the group's
    # record for "India set a revenue record")
    names = proper_names_in(c, index=index)
    return [g for g in own + others if g.source not in index.superseded_by and ranked & set(content_stems(g.statement))
            and not ranks_another_measure(c, g) and fact_names_all(g, index.sources.get(g.source), names)]


def _bounds_or_denies(statement: str) -> bool:
    """Whether a fact ranks something only for recent times ("the largest since 1949") or denies a record ("is not a
    record"): the two ways a fact refutes an all-time record it does not give to another holder."""
    return rank_of(statement) is not None and (record_scope(statement) == "bounded" or denies_rank(statement))


def _ranks_top(text: str):
    """Whether a record is of the top ("the highest ever", "larger than ever"), of the bottom, or None (unsaid)."""
    sides, span = comparison_sides(text), rank_span(text)
    top = ranks_top(text[span[0]:span[1]]) if span else None
    return (sides[0] == "more") if top is None and sides else top
