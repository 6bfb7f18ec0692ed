"""The slots of a claim compared with a fact's closest clause: the day or month, the year, the rank
("the second warmest"), the order ("wind overtook gas") and the direction of a change; the same reader
(``checks.slots``) read both sides."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..detect import is_expectation
from ..figurewords import is_baseline
from ..recordscope import first_scope, names_a_record, record_bound_unsaid, record_scope
from ..orders import order_of
from ..slots import clauses, closest_clause, month_days, rank_of, rank_span, ranks_among_others, slot_patterns
from ..match import FactIndex
from ..resources import compiled, lexicon, word_pattern, words
from ..model import Claim, Fact
from ..terms import LANGS, content_stems
from ..text import fold, fold_same_length, literal_trie
from .causes import direction_slot
from .dateparts import years_with_split_ends
from .ownannouncement import month_given
from .periodend import agree, closing_days, closing_slot, event_days
from .findings import same_size
from .rankmeasure import other_basis
from .ordinalrank import nth, ordinal_rank_slot
from ..tablestore import stored


def slot_disagreement(claim: Claim, fact: Fact, index: FactIndex,
                      slots: tuple[str, ...] = ("date", "ranking", "order", "direction")) -> Optional[tuple[str, str, str]]:
    """``("contradicts", rule, message)`` when the clause of the fact closest to the claim gives another day,
    month or year (``full-date``: only full dates on both sides), another rank ("the second warmest" for "the warmest"), the other order ("gas ahead of
    wind" for "wind overtook gas") or the other direction; ``("missing", rule, message)`` when the claim
    states a rank, an order or a day or month the fact does not state at all; None when they agree."""
    found = None
    if "date" in slots:
        found = _date_slot(claim, fact, index)
    if found is None and ("full-date" in slots or "date" in slots):
        found = _full_date_slot(claim, fact, index)
    if found is None and "ranking" in slots:
        found = _ranking_slot(claim.text, fact, placed_years(claim.dates)) or _record_year(claim, fact, index) \
            or _opposite_end(claim, fact, index) or _record_bound(claim, fact) or ordinal_rank_slot(claim.text, fact.statement)
    if found is None and "order" in slots:
        found = _order_slot(claim.text, fact)
    if found is None and "direction" in slots:
        found = direction_slot(claim.text, fact, index)
    return found


def _record_bound(claim: Claim, fact: Fact) -> Optional[tuple[str, str, str]]:
    """A record of a stretch of time both sides rank, bounded by a number the source does not write ("its highest in
    ten years" against "a four-year high"): not the source's record; and a first of all time the source gives as a
    first of recent times (``_first_of_recent_times``)."""
    if rank_of(claim.text) and rank_of(fact.statement) and record_bound_unsaid(claim.text, fact.statement,
                                                                               str(fact.as_of or "")):
        return ("missing", "ranking", f"the source bounds the record by another stretch of time: {fact.statement}")
    return _first_of_recent_times(claim.text, fact.statement)


def _first_of_recent_times(text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """A first of all time against a source's first of recent times ("the very first dividend in its history"
    against "the first dividend in ten years", « le tout premier dividende de son histoire » against « le premier
    depuis dix ans »): there were others before, a false first."""
    if first_scope(text) == "all-time" and first_scope(statement) == "bounded":
        return ("contradicts", "ranking", f"false first: the source gives it as the first only of recent times, "
                                          f"not of all time: {statement}")
    return None


def _date_slot(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """Another day or month in the fact's closest clause, none in the fact at all, or another year."""
    text = claim.text
    cm, whole = event_days(text), month_days(fact.statement)     # (the close of a period: ``closing_slot``)
    fm = month_days(closest_clause(fact.statement, text, having=month_days))
    if cm and fm and not agree(cm, fm):
        return ("contradicts", "date", f"wrong date: the source gives {_days(fm)}, the article {_days(cm)}: {fact.statement}")
    if cm and not whole and not month_given(claim, fact, index):
        return ("missing", "date", "the source does not give the day or month")
    return closing_slot(text, fact.statement) or _year_slot(claim, fact, index)


def _year_slot(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """Another year in the fact than the claim's (not a year either measures from)."""
    cd = [d for d in claim.dates if d.relation == "at" and not _after_baseline(claim.text, d.start - claim.start)]
    fd = [d for d in index.reading(fact).dates if d.relation == "at" and not _after_baseline(fact.statement, d.start)]
    cy, fy = years_with_split_ends(cd, fd), years_with_split_ends(fd, cd)
    if cy and fy and not cy & fy and not _record_compared(claim.text, cy, fact, index):
        if min(cy) > max(fy) and is_expectation(claim.text):
            # (an aim or forecast for a year after the fact's, « Pour 2025, X vise … », is not refuted by what that
            # year before was: the source gives no aim of its year)
            return ("missing", "date", f"the source gives {', '.join(map(str, sorted(fy)))}, not the article's "
                                       f"aim for {', '.join(map(str, sorted(cy)))}")
        return ("contradicts", "date", f"wrong year: the source gives {', '.join(map(str, sorted(fy)))}, "
                                       f"the article {', '.join(map(str, sorted(cy)))}: {fact.statement}")
    return None


def _record_compared(text: str, years: set, fact: Fact, index: FactIndex) -> bool:
    """Whether a record of a year meets a fact that writes that year too ("fewer deaths than in 2023"): it compares
    another year with it, judged as a record (``recordback``), not another year of the same event."""
    return rank_of(text) == 1 and bool(years & {d.year for d in index.reading(fact).dates})


def _full_date_slot(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """A day, month and year on both sides ("on 30 September 2023") that differ."""
    cd = {d.iso() for d in claim.dates if d.day and (d.month, d.day) not in closing_days(claim.text)}   # (``closing_slot``)
    fd = {d.iso() for d in index.reading(fact).dates if d.day}
    if cd and fd and not cd & fd:
        return ("contradicts", "date", f"wrong date: the source gives {', '.join(sorted(fd))}, the article "
                                       f"{', '.join(sorted(cd))}: {fact.statement}")
    return None


def placed_years(dates) -> frozenset[str]:
    """The years dates place something at, as written or resolved ("last year", « l'an dernier »), not a "since" or
    "until" bound nor the year a change is measured from ("up from 31 % in 2024")."""
    return frozenset(str(d.year) for d in dates if d.year and d.relation not in ("since", "until", "baseline"))


def _ranking_clause(text: str, fact: Fact, years: frozenset[str]) -> str:
    """The fact's clause that ranks what the claim ranks: the only one that writes a year of the claim's ("last year …
    the best ever" against "2024 revenue was the second-highest; its highest was in 2022": the 2024 clause ranks the
    claim's year, the 2022 one another year), else the closest."""
    dated = [c for c in clauses(fact.statement) if rank_of(c) and any(re.search(rf"(?<!\d){y}(?!\d)", c) for y in years)]
    return dated[0] if len(dated) == 1 else closest_clause(fact.statement, text, years=True, having=rank_of)


def _ranking_slot(text: str, fact: Fact, years: frozenset[str] = frozenset()) -> Optional[tuple[str, str, str]]:
    """Another rank, a false record, or a rank the fact does not give."""
    clause = _ranking_clause(text, fact, years)
    cr, fr = rank_of(text), rank_of(clause)
    if cr and fr and denies_rank(clause) and not denies_rank(text):
        return ("contradicts", "ranking", f"false record: the source says it is not one: {fact.statement}")
    if cr and fr and cr != fr:
        return ("contradicts", "ranking", f"wrong rank: the source ranks it {nth(fr)}, the article {nth(cr)}: "
                                          f"{fact.statement}")
    if cr == 1 and fr == 1:
        record = _false_record(text, fact.statement)
        if record:
            return record
    if cr and not rank_of(fact.statement):
        span = rank_span(text)
        if span and cr in copula_ranks(fact.statement, text[:span[0]]):
            return None                # (« est désormais le deuxième pays » for « arrive en deuxième position »)
        return ("missing", "ranking", "the source does not rank it")
    return None


def _opposite_end(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """A record at the other end of the ranking than the fact's, of the same figure: "the lowest total since 2007"
    against "the highest number since 2007", « le plus bas » against « le plus élevé » (``rank_top``/``rank_bottom``
    of ``slots.yaml``); only when the claim's figure nearest its rank words is the fact's own figure (the rank of
    another party's or another measure's figure of the claim is not this fact's to judge)."""
    from .outrank import ranks_top
    text, fq = claim.text, fact.quantity
    clause = _ranking_clause(text, fact, placed_years(claim.dates))
    spans = rank_span(text), rank_span(clause)
    if None in spans or fq is None or rank_of(text) != 1 or rank_of(clause) != 1:
        return None
    q = _ranked_figure(claim, spans[0])
    if q is None or not same_size(q.value, fq.value):
        return None
    ct, ft = ranks_top(text[spans[0][0]:spans[0][1]]), ranks_top(clause[spans[1][0]:spans[1][1]])
    if ct is None or ft is None or ct == ft:
        return None
    ends = ("top", "bottom") if ct else ("bottom", "top")
    return ("contradicts", "ranking", f"wrong record: the source ranks it at the {ends[1]}, the article at the "
                                      f"{ends[0]}: {fact.statement}")


def _ranked_figure(claim: Claim, span: tuple[int, int]):
    """The claim's figure nearest to its rank words, outside them ("412 …, le plus bas depuis neuf ans": 412,
    not the twelve years that bound the record), not a year; None when it has none."""
    qs = [q for q in claim.quantities if q.value is not None and q.start >= claim.start and q.unit != "year"
          and not span[0] <= q.start - claim.start < span[1]]
    return min(qs, key=lambda q: max(span[0] - (q.end - claim.start), q.start - claim.start - span[1], 0), default=None)


@stored
def _copula_table() -> tuple[Optional[re.Pattern], frozenset, frozenset]:
    """A linking verb, up to one word, an article, an ordinal (group 1) and the noun after it (group 2): « est
    désormais le deuxième pays », "became the second country" (``rank_copulas``, ``rank_articles`` of every language's
    ``slots.yaml``); the first ordinals; the nouns of an occasion or a period (``not_rank_nouns``)."""
    def folded(key: str) -> frozenset:
        return frozenset(fold(w) for w in words("slots", key))
    def alts(key: str) -> str:
        return literal_trie(folded(key))
    ordinals = set(slot_patterns()["ordinals"]) | folded("first_ordinals")
    if not folded("rank_copulas") or not folded("rank_articles") or not ordinals:
        return None, frozenset(), frozenset()
    rx = re.compile(r"(?<!\w)(?:" + alts("rank_copulas") + r")\s+(?:(?P<between>\w+)\s+)?(?:" + alts("rank_articles")
                    + r")\s+(?P<ordinal>" + literal_trie(ordinals) + r")\s+(?P<noun>[\w-]+)")
    return rx, folded("first_ordinals"), folded("not_rank_nouns")


@stored
def _denials() -> frozenset:
    """The words that deny what follows them (``negation_words`` and ``negation_particles`` of every language's
    ``claims.yaml``): « n'est pas le deuxième », "is not the second" give no rank."""
    return frozenset(fold(w) for w in words("claims", "negation_words") + words("claims", "negation_particles"))


@functools.lru_cache(maxsize=4096)
def copula_ranks(text: str, about: str) -> frozenset[int]:
    """The ranks a text gives by a linking verb, an article and an ordinal before a noun (« l'Ukraine est désormais le
    deuxième pays de provenance » → {2}), not before a noun of an occasion or a period (« c'est la deuxième fois »),
    to a subject (the words of its clause before the verb) that shares a content word with ``about`` (the words of
    the claim before its rank): what a fact that ranks in no other way says of a claim's rank."""
    rx, firsts, not_ranks = _copula_table()
    if rx is None:
        return frozenset()
    t, folded, out = slot_patterns(), fold_same_length(text), set()
    mine = set(content_stems(about))
    for m in rx.finditer(folded):
        lo = max((b.end() for b in t["breaks"].finditer(folded, 0, m.start())), default=0)
        if m.group("noun") in not_ranks or not mine & set(content_stems(text[lo:m.start()])):
            continue
        if m.group("between") in _denials() or set(re.findall(r"\w+'?", folded[lo:m.start()])) & _denials():
            continue                   # (« n'est pas le deuxième », "is not the second")
        out.add(1 if m.group("ordinal") in firsts else t["ordinals"].get(m.group("ordinal"), 0))
    return frozenset(out - {0})


@stored
def comparative_words() -> frozenset[str]:
    """The ``comparatives`` of every language's ``claims.yaml`` ("more", « plus »), folded."""
    return frozenset(fold(w) for lang in LANGS for ws in (lexicon(lang, "claims").get("comparatives") or {}).values()
                     for w in ws)


def denies_rank(text: str) -> bool:
    """Whether a text denies the rank it names: a negation word up to two words before its superlative ("is not
    a record", « n'est pas un record », "was not the highest")."""
    span = rank_span(text)
    if span is None:
        return False
    m = word_pattern("claims", r"(?<!\w)({negation_words})\s+(?:\S+\s+){0,2}$").search(fold(text[:span[0]]))
    # (« plus » is a negation and the comparative: « la hausse de plus de 3 %, la plus forte » denies nothing)
    return m is not None and m.group(1) not in comparative_words()


def _false_record(text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """A record on both sides that the fact gives only for recent times, to another holder, or lists lower; a
    rank measured by another basis (its share, not its number)."""
    # (a record the claim calls one without bounding it, "a record $29 billion", « un record », is of all time)
    # (for a figure: "son record d'exportations" alone may be a record of recent times)
    found = _record_scope_slot(text, statement) or other_basis(text, statement)
    if found:
        return found
    holder = None if ranks_among_others(text) else _record_holder(text, statement)   # (first among others: no record)
    if holder:
        return ("contradicts", "ranking", f"false record: the source gives the record to {holder}: {statement}")
    listed = _listed_position(text, statement)
    if listed and listed > 1:
        return ("contradicts", "ranking", f"wrong rank: the source lists it {nth(listed)}, not first: "
                                          f"{statement}")
    return None


def _record_scope_slot(text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """An all-time record against a source's record of recent times (contradicted), or of its year only (missing)."""
    # (a record the claim calls one without bounding it, "a record $29 billion", « un record », is of all time)
    # (for a figure: "son record d'exportations" alone may be a record of recent times)
    scope = record_scope(text) or ("all-time" if names_a_record(text) and re.search(r"\d", text) else None)
    if scope != "all-time":
        return None
    if record_scope(statement) == "bounded":
        return ("contradicts", "ranking", f"false record: the source gives it only as a record of recent times, "
                                          f"not of all time: {statement}")
    if record_scope(statement) is None and not names_a_record(statement) \
            and (names_a_record(text) or re.search(r"\b(?:1[89]|20)\d\d\b", statement)):
        # "the largest sum any donor has ever given" is not confirmed by "the most of any donor in 2023": first
        # of its year, not of all time
        return ("missing", "ranking", "the source ranks it first in its year, not of all time")
    return None


def _order_slot(text: str, fact: Fact) -> Optional[tuple[str, str, str]]:
    """The other order ("gas ahead of wind" for "wind overtook gas"), or an order the fact does not give."""
    co, fo = order_of(text), order_of(fact.statement)
    if co and fo and co == fo[::-1]:
        return ("contradicts", "order", f"the other way round: {fact.statement}")
    if co and not fo:
        return ("missing", "order", "the source does not compare them")
    return None


@stored
def _listed() -> re.Pattern:
    """Built when first needed (most articles have no figures in brackets)."""
    return compiled(r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*\(\s*[-+−]?\d")


def _names_before(text: str, end: int) -> list[str]:
    """The capitalised names of ``text`` before ``end`` (a first word only when a capitalised word follows it)."""
    out = []
    for m in re.finditer(r"[A-ZÀ-Ý][\w'’-]{2,}", text[:end]):
        nxt = re.match(r"\s+[A-ZÀ-Ý]", text[m.end():])
        if m.start() == 0 and not nxt:
            continue
        if month_days(m.group(0)) or not content_stems(m.group(0)):
            continue                                 # a month, or "The" opening the sentence
        out.append(fold(m.group(0)))
    return out


def _first_words_end(text: str, n: int = 5) -> int:
    """The offset after the first ``n`` words of ``text``, and after the rest of a name its last word starts
    (« En 2023, la Norvale Sedra »: the whole name, not Norvale alone)."""
    m = re.match(r"\s*(?:\S+\s+){0,%d}" % (n - 1), text)
    end = m.end() if m else len(text)
    if re.search(r"[A-ZÀ-Ý][\w'’-]*\s+$", text[:end]):
        end += re.match(r"(?:[A-ZÀ-Ý][\w'’-]*(?:\s+|$))*", text[end:]).end()
    return end


def _record_year(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """A record both sides give to a year, not the same one: "last year's total was the highest since 1993"
    against "… lower than in 2023, which saw the highest annual number since 1993" (the year written last before
    each superlative, not a "since" year)."""
    mine, theirs = rank_span(claim.text), rank_span(fact.statement)
    if not mine or not theirs or rank_of(claim.text) != 1 or rank_of(fact.statement) != 1 or \
            ranks_among_others(claim.text):
        return None                   # (a first place among others at one time is no record of a year)
    # (the claim's year only when no figure stands between it and the superlative: "En 2023, … 320,4 TWh, contre
    # 279 TWh l'année précédente, son niveau le plus faible" ranks the year before, not 2023)
    cy = [d.year for d in claim.dates if d.relation == "at" and d.start - claim.start < mine[0]
          and not re.search(r"\d", claim.text[d.end - claim.start:mine[0]])]
    fy = [d.year for d in index.reading(fact).dates if d.relation not in ("since", "until") and 0 <= d.start < theirs[0]]
    if cy and fy and cy[-1] != fy[-1]:
        return ("contradicts", "ranking", f"false record: the source gives the record to {fy[-1]}, the article to "
                                          f"{cy[-1]}: {fact.statement}")
    return None


def _record_holder(claim_text: str, statement: str) -> Optional[str]:
    """Who holds the record the fact states, when the claim gives it to another ("The Eaton fire is the most
    destructive in California history" against "The Camp fire … the most destructive on record"): the names
    before each superlative, disjoint; None when either names nobody there or they share one."""
    mine, theirs = rank_span(claim_text), rank_span(statement)
    if not mine or not theirs:
        return None
    # the holder is the subject: a name among the first words of each sentence ("The Camp fire of 2018, …"), not
    # a name in a parenthesis or a later clause ("2.4 million containers (TEU) …")
    a = _names_before(claim_text, min(mine[0], _first_words_end(claim_text)))
    b = _names_before(statement, min(theirs[0], _first_words_end(statement)))
    after = {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", claim_text[mine[0]:])}
    later = {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", statement[theirs[0]:])}
    a = [n for n in a if n not in after and n not in later]   # "… in California" on either side says where, not who
    b = [n for n in b if n not in after and n not in later]
    if not a or not b or _names_shared(a, statement[:theirs[0]]) or _names_shared(b, claim_text[:mine[0]]):
        return None
    holder = next((m for m in re.finditer(r"[A-ZÀ-Ý][\w'’-]{2,}(?:\s+[a-zà-ÿ]+)?", statement[:theirs[0]])
                   if fold(m.group(0).split()[0]) == b[0]), None)
    return holder.group(0) if holder else b[0]


def _names_shared(names: list[str], before: str) -> bool:
    """Whether a name of one side is written, by its stem, in the other side's words before its superlative (its
    first word, beyond its first words, or in another form: "The Greens" and "The Green parties"; "Hawaii and New
    York" opening the fact): then both give the record to the same holder."""
    theirs = set(content_stems(before))
    return any(set(content_stems(n)) & theirs for n in names)


def _listed_position(claim_text: str, statement: str) -> Optional[int]:
    """Where the party a claim ranks first stands in the list a superlative fact gives, figure by figure
    ("the lowest rates were in Cyprus (0.4 %), France (0.6 %) and Ireland (1.4 %)": France is second);
    None when the fact gives no such list or does not name the claim's party."""
    items = [fold(m.group(1)) for m in _listed().finditer(statement)]
    if len(items) < 2:
        return None
    names = {fold(m.group(0)) for m in re.finditer(r"(?<=\s)[A-ZÀ-Ý][\w'’-]{2,}", claim_text)}
    for i, item in enumerate(items, 1):
        if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", item) for n in names):
            return i
    return None


def _after_baseline(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is what a change is measured from ("6 percent higher than in 2025")."""
    before = text[max(0, pos - 30):max(0, pos)].rstrip()
    return is_baseline(before) or is_baseline(re.sub(r"\s*\S+$", "", before))


def _days(pairs: set) -> str:
    import calendar                    # (only for this message: it loads ``locale``, a start-up cost)
    return " or ".join(sorted(f"{calendar.month_name[m]} {d}" if d else calendar.month_name[m] for m, d in pairs))


def role_unread(claim: Claim, fact: Fact) -> bool:
    """Whether the claim reads one party's role and names the fact's other party without a role ("the
    recommendations that the government made to the commission": who made them is not read from "made to"):
    who does what is then not confirmed by the one role that agrees."""
    r = claim.roles
    if not (r.giver or r.receiver):
        return False
    named = {m.entity for m in claim.mentions}
    return (r.receiver is None and fact.object in named) or (r.giver is None and fact.subject in named)
