"""The part of a year a figure is for: a quarter or a half its clause names ("first-quarter shipments fell 6.2 %",
« au 4e trimestre, 17 966 défaillances », "first-half sales rose 2 %", « au premier semestre », "Q3", "H1", « S1 »)
is judged against facts of that part only (``quarter_ok``, ``half_ok``): a part's figure is not a year's, nor
another part's; and a figure said of a whole year ("over the full year", « un chiffre d'affaires annuel ») is not
a half's or a quarter's figure (``whole_year_ok``). One reading for both parts: an ordinal before the part's word
(``<part>_ordinals``, ``<part>_words``, not before ``<part>_run_after``: "the third quarter in a row"), a phrase
for it (``<part>_phrases``: "the first six months"), a letter and digit (``<part>_letters``); a quarter also by
an ordinal alone after one named in full. Whole years: ``whole_year_words``, ``whole_year_before``,
``whole_year_after``, ``full_year_words``, ``same_period_words``. All in ``data/lang/<code>/numbers.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..figurewords import names_a_baseline
from ..match import Candidate, unit_class
from ..model import Claim, Fact, Quantity
from ..language import detect_language
from ..numbers import find_months, find_quantities
from ..resources import compiled, word_pattern, word_table, words
from ..text import fold, fold_same_length, spaced_alternation
from ..factread import direction_of
from .findings import month_of, quarter_months, year_of
from .laterpart import own_part_of
from .openingphrase import opening_phrase
from .spanparts import span_parts
from ..tablestore import stored
from .yeartodate import ends_its_span, fact_span, of_its_span, spans_in

# the parts of a year: how many a year has, and how many months each spans
PARTS = {"quarter": (4, 3), "half": (2, 6)}
# the parts also named by an ordinal alone after one named in full: "shrank 0.4 % in the second quarter and grew
# 0.2 % in the third"
ALONE = {"quarter"}


@stored
def _patterns(part: str) -> tuple[re.Pattern, Optional[re.Pattern], re.Pattern, Optional[re.Pattern], dict[str, int]]:
    """The part's patterns: named in full, by a phrase, by letter, by an ordinal alone; and each words' part."""
    ordinals = {fold(str(k)): int(v) for k, v in word_table("numbers", f"{part}_ordinals").items()}
    phrases = {re.sub(r"\s+", " ", fold(str(k))): int(v) for k, v in word_table("numbers", f"{part}_phrases").items()}
    runs = words("numbers", f"{part}_run_after")
    after = rf"(?!\s+(?:{spaced_alternation(runs)})(?![\w]))" if runs else ""
    alts = spaced_alternation(ordinals)
    nouns = spaced_alternation(words("numbers", f"{part}_words"))
    named = compiled(rf"(?<![\w])({alts})[\s\-]+(?:{nouns})(?![\w]){after}")
    whole = compiled(rf"(?<![\w])({spaced_alternation(phrases)})(?![\w])") if phrases else None
    letters = "|".join(re.escape(w) for w in words("numbers", f"{part}_letters"))
    short = compiled(rf"(?<![\w])(?:{letters})([1-{PARTS[part][0]}])(?![\w])")
    alone = compiled(rf"(?<![\w])({alts})\s*(?:[.,;:)]|$)") if part in ALONE else None
    return named, whole, short, alone, {**ordinals, **phrases}


def part_patterns(part: str) -> tuple:
    """The part's patterns (named in full, by a phrase, by letter, by an ordinal alone) and each words' part: for the
    reader of a date's stretch (``dateparts``)."""
    return _patterns(part)


@functools.lru_cache(maxsize=16384)
def parts_in(part: str, text: str) -> frozenset[int]:
    """The quarters (1-4) or halves (1, 2) a text names; remembered, the judge asks for the same facts' sentences
    once per claim."""
    named, whole, short, alone, table = _patterns(part)
    folded = fold(text)
    full = list(named.finditer(folded))
    out = {table[m.group(1)] for m in full}
    if whole is not None:
        out |= {table[re.sub(r"\s+", " ", m.group(1))] for m in whole.finditer(folded)}
    if full and alone is not None:
        out |= {table[m.group(1)] for m in alone.finditer(folded, full[0].end())}
    # (and a span of its months up to the month that ends it, "the six months to 30 June": ``spanparts``)
    return frozenset(out | {int(m.group(1)) for m in short.finditer(text)} | span_parts(part, folded, PARTS[part][1]))


def _one(named: frozenset[int]) -> Optional[int]:
    return next(iter(named)) if len(named) == 1 else None


def quantity_part(part: str, claim: Claim, window: str, q: Optional[Quantity] = None) -> Optional[int]:
    """The one part the figure's clause names, else the one the claim names ("Deliveries dropped in the second
    quarter, by 4.8 %, to 443,956"); None for none or several, or for a quarter the change starts from (« a
    reculé par rapport au troisième trimestre, à 4 milliards »: the figure is not the third quarter's). A claim that
    names no part of its own but points back to one (« ces trois mois », ``pointed_part``) is of that part. A figure
    (``q``) whose clause names the full span, or that the claim says of it after the last part it names before the
    figure, is of no part. A gloss that names no part is of the part of the clause it glosses."""
    text = _part_text(part, claim, window)
    if text is not window and (_year_patterns()[1].search(fold(window)) or _of_the_year(claim, q, window)):
        return None        # ("sold 412,380 in the fourth quarter, and … over the full year, with about 1.52 million")
    baseline = part == "quarter" and quarter_is_baseline(text)
    if claim.period_back and (baseline or not any(parts_in(p, text) for p in PARTS)):
        pointed = pointed_part(claim)
        return pointed[1] if pointed and pointed[0] == part else None
    return None if baseline else _one(parts_in(part, text))


def _part_text(part: str, claim: Claim, window: str) -> str:
    """The words read for the part a figure is of: its clause when it names the part, else the claim's; for a gloss
    that names no part, the clause it glosses (« Au premier semestre, un bénéfice net de 7 milliards, en hausse de
    21 % »: the 21 % is the half's; "In the first half, net profit reached £2bn, up 21 %": the same)."""
    text = window if parts_in(part, window) else claim.focus or claim.text
    if claim.role == "gloss" and claim.context_text and not any(parts_in(p, text) for p in PARTS):
        return claim.context_text
    return text


def _of_the_year(claim: Claim, q: Optional[Quantity], window: str) -> bool:
    """Whether a figure whose clause names no part is said of the year, not of a part the claim names elsewhere: the
    full span named after the last part before it, or the whole year named in its clause before later parts."""
    return q is not None and (_full_span_later(claim.text[:max(0, q.start - claim.start)])
                              or _whole_before_later_parts(claim, q, window))


def _whole_before_later_parts(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether the figure's own clause says it of the whole year (``whole_year_words``: « progressé de 9,9 % sur
    l'année », "rose 9.9 % over the year") while the claim names a part of a year only after it, in a later figure's
    clause (« …, puis de 7,1 % au quatrième trimestre »): that part is the later figure's, not this one's."""
    return bool(_year_patterns()[0].search(fold(window))) and not any(
        parts_in(p, claim.text[:max(0, q.start - claim.start)]) for p in PARTS)


def _full_span_later(text: str) -> bool:
    """Whether a text names the full span of a year ("over the full year", ``full_year_words``) after the last part
    of a year it names."""
    folded = fold_same_length(text)
    full = [m.start() for m in _year_patterns()[1].finditer(folded)]
    if not full:
        return False
    named = [m.start() for part in PARTS for rx in _patterns(part)[:3] if rx is not None for m in rx.finditer(folded)]
    return max(full) > max(named, default=-1)


def pointed_part(claim: Claim) -> Optional[tuple[str, int]]:
    """The part of a year, (part, which), a claim's demonstrative period points back to (« Le chiffre d'affaires de
    ces trois derniers mois » after « Le troisième trimestre de Velmor a été plus calme »): the last one named, not as
    a starting level, in the words before it (``Claim.period_back``); None when they name none."""
    return _last_part(claim.period_back) if claim.period_back else None


@functools.lru_cache(maxsize=4096)
def _last_part(text: str) -> Optional[tuple[str, int]]:
    folded = fold_same_length(text)
    found = []
    for part in PARTS:
        named, whole, short, _, table = _patterns(part)
        found += [(m.start(), part, table[m.group(1)]) for m in named.finditer(folded)]
        if whole is not None:
            found += [(m.start(), part, table[re.sub(r"\s+", " ", m.group(1))]) for m in whole.finditer(folded)]
        found += [(m.start(), part, int(m.group(1))) for m in short.finditer(text)]
    own = [x for x in found if not names_a_baseline(re.split(r"[.!?…]\s", text[:x[0]])[-1])]     # (in its sentence)
    return max(own)[1:] if own else None


def part_end_month(text: str, start: int, end: int) -> Optional[int]:
    """The month a quarter or a half named in ``text[start:end]`` (a figure's clause) ends in, when its end is
    written right after it ("its fiscal third quarter, which ended on June 29", « au troisième trimestre, clos le 29
    juin »; ``part_end_words``): the part is that of the months up to it, not the calendar's (a fiscal quarter)."""
    folded = fold(text)
    if len(folded) != len(text):
        return None
    for part in PARTS:
        for m in _patterns(part)[0].finditer(folded, start, end):
            tail = _end_words().match(folded, m.end())
            if tail:
                months = [mo for mo, a, _, _ in find_months(text[tail.end():tail.end() + 24]) if a <= 4]
                if months:
                    return months[0]
    return None


@stored
def _end_words() -> re.Pattern:
    """What writes a part's end right after it: a comma, the words that end it (``part_end_words``), a day."""
    return word_pattern("numbers", r"\s*,?\s*(?:{+part_end_words})\s+(?:\d{1,2}[^\W\d_]{0,2}\s+)?")


def part_ok(part: str, which: Optional[int], own: Optional[int], fact: Fact) -> bool:
    """Whether a fact (of the part ``own``, when known) can be of the figure's part ``which``: a fact of that part
    (or whose sentence names it: "the fourth quarter of fiscal 2025", dated 2025-Q2), or of a quarter or a month
    in it, or one naming a part of its accounting year dated to the month the figure's part ends in ("the first half
    of fiscal 2025", dated 2024-12, for "the six months to 31 December"); not one of another part, nor a fact of a
    whole year that names no part, nor one whose date ends the stretch from the year's start or the accounting year
    its sentence names (``ends_its_span``)."""
    if which is None:
        return True
    if own is not None:       # (a fiscal part dated to the month the figure's part ends in covers its months)
        return own == which or parts_in(part, fact.statement or "") == {which} \
            or month_of(fact.as_of) == which * PARTS[part][1]
    months = quarter_months(fact.as_of) or ((month_of(fact.as_of),) if month_of(fact.as_of) else ())
    if months and not ends_its_span(fact, PARTS[part][1]):      # (« sur les neuf premiers mois », 2024-09: not the third quarter's)
        return (months[-1] - 1) // PARTS[part][1] + 1 == which
    return not fact.as_of


def quarters_in(text: str) -> frozenset[int]:
    """The quarters (1-4) a text names (in full, by letter, or by an ordinal alone after one named in full)."""
    return parts_in("quarter", text)


def halves_in(text: str) -> frozenset[int]:
    """The halves (1, 2) a text names: an ordinal before the half word, a phrase for a half, a letter and digit."""
    return parts_in("half", text)


def quantity_quarter(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    return quantity_part("quarter", claim, window, q)


def quantity_half(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    return quantity_part("half", claim, window, q)


def part_ending(part: str, claim: Claim, q: Quantity, window: str, qmonth: Optional[int]) -> Optional[int]:
    """The part the figure is of (``quantity_part``); for a figure dated to a month, only one ending that month
    ("the six months to 30 June 2025": the first half, not June alone)."""
    which = quantity_part(part, claim, window, q)
    return which if qmonth is None or which is not None and which * PARTS[part][1] == qmonth else None


def fact_quarter(fact: Fact) -> Optional[int]:
    """The quarter a fact's figure is for: its date's ("2024-Q1"), else the one its sentence names (``_own_part``)."""
    months = quarter_months(fact.as_of)
    return months[-1] // 3 if months else own_part_of("quarter", fact, _own_part)


def fact_half(fact: Fact) -> Optional[int]:
    """The half a fact's sentence names ("Over the first half of 2027, …"), when it names one only (``_own_part``)."""
    return own_part_of("half", fact, _own_part)


@functools.lru_cache(maxsize=4096)
def _own_part(part: str, text: str) -> Optional[int]:
    """The one part a sentence names; of several, the one it names before its first figure, whose period that is, the
    others its changes' baselines ("Q4 volumes were 1,015 tonnes, up 21 % on Q4 2023 and up 3 % on Q3": the fourth)."""
    named = parts_in(part, text)
    if len(named) < 2:
        return _one(named)
    figures = find_quantities(text, "fr" if detect_language(text) == "fr" else "en")
    return _one(parts_in(part, text[:figures[0].start])) if figures else None


def quarter_ok(quarter: Optional[int], fact: Fact) -> bool:
    return part_ok("quarter", quarter, fact_quarter(fact) if quarter is not None else None, fact)


def half_ok(half: Optional[int], fact: Fact) -> bool:
    return part_ok("half", half, fact_half(fact) if half is not None else None, fact)


def part_of_year(fact: Fact) -> bool:
    """A fact of a half or a quarter of a year, or of a stretch from its start (« les neuf premiers mois »: its date
    or its sentence says which)."""
    return fact_half(fact) is not None or fact_quarter(fact) is not None or fact_span(fact) is not None


def quarter_is_baseline(window: str) -> bool:
    """Whether the first quarter a figure's clause names is the starting point of its change ("grew 30 % from the
    third quarter", « contre 4,1 % au troisième trimestre »), not the figure's own quarter."""
    folded = fold(window)
    m = _patterns("quarter")[0].search(folded)
    return bool(m) and len(folded) == len(window) and names_a_baseline(window[:m.start()])


@stored
def _year_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A year said whole (or a year with the words that make it whole around it: "the whole of 2024", « 2024 dans
    son ensemble »), a figure of the full span (not a rate over a year: the full year's words, or a year the words
    around it make whole, as explicit as "the year as a whole"), and the same period a year before."""
    def alts(key: str) -> str:
        return spaced_alternation(words("numbers", key))
    whole = rf"|(?<![\w])(?:{alts('whole_year_before')})\s+(?:19|20)\d\d(?![\w])" \
            rf"|(?<![\w\d])(?:19|20)\d\d\s+(?:{alts('whole_year_after')})(?![\w])"
    year = compiled(rf"(?<![\w])(?:{alts('whole_year_words')})(?![\w])" + whole)
    full = compiled(rf"(?<![\w])(?:{alts('full_year_words')})(?![\w])" + whole)
    same = compiled(rf"(?<![\w])(?:{alts('same_period_words')})(?![\w])")
    return year, full, same


def same_period_pattern() -> re.Pattern:
    """The words that say the same period a year before ("the same quarter a year earlier", ``same_period_words``)."""
    return _year_patterns()[2]


def says_whole_year(claim: Claim, q: Quantity, window: str) -> bool:
    """A figure said of a whole year ("over the full year", « annuel »), in its clause, its claim or, for a gloss,
    the clause it glosses ("annual sales of €84.7 billion, up 2 %"), that names no part of a year (a quarter, a
    half, a month: "the annual rise in the second quarter" is the quarter's)."""
    if _parts_named(claim, q, window):
        return False
    text = opening_phrase(claim) + (claim.focus or claim.text)
    year = _year_patterns()[0]
    return bool(year.search(fold(window)) or year.search(fold(text))
                or claim.role == "gloss" and year.search(fold(claim.context_text)))


def says_full_year(claim: Claim, q: Quantity, window: str) -> bool:
    """A figure said of the full span of a year ("over the full year", « sur l'ensemble de l'exercice »:
    ``full_year_words``, or "over 2024 as a whole", « l'ensemble de 2024 »: ``whole_year_before``/``_after`` around a
    year; not "annual" nor « sur un an », which may be a rate over a year measured in a quarter), in
    its clause or its claim (a nested claim with the opening phrase before it), that names no part of a year."""
    full, text = _year_patterns()[1], opening_phrase(claim) + (claim.focus or claim.text)     # (a nested claim: its opening phrase)
    return not _parts_named(claim, q, window) and bool(full.search(fold(window)) or full.search(fold(text)))


def writes_whole_year(text: str) -> bool:
    """Whether a text (a fact's sentence) says its figure of a whole year ("reduced full-year growth by …")."""
    return bool(_year_patterns()[0].search(fold(text)))


def says_a_part(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether the figure is said of a part of a year (a quarter, a half, a month) or of the same period a year
    before, not of a year alone."""
    return _parts_named(claim, q, window) or bool(_year_patterns()[2].search(fold(claim.focus or claim.text)))


def _parts_named(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether the figure's clause or claim names a part of a year: a quarter, a half, a month."""
    text = claim.focus or claim.text
    return quantity_quarter(claim, q, window) is not None or bool(quarters_in(text)) or bool(halves_in(text)) \
        or any(d.month for d in claim.dates) or bool(find_months(text)) or pointed_part(claim) is not None \
        or bool(spans_in(text) or spans_in(window))


def part_at_its_figure(fact: Fact, index=None) -> bool:
    """``part_of_year``, read at the fact's declared figure when its sentence gives several (``index``): a quarter or
    a half named only after it, in another figure's clause, is that figure's period, not its own — "digital sales
    were over €6bn in 2024 and made up 32 % of sales in Q4", « les ventes digitales 2024 ont été supérieures à 6 Md€
    et ont représenté 32 % des ventes au T4 »: 6 Md€ is the year's."""
    if not part_of_year(fact) or index is None or quarter_months(fact.as_of):
        return part_of_year(fact)
    from .sentencefigures import words_at_figure        # (it reads the judge's figures, which read this module)
    words = words_at_figure(fact, index)
    if words is None:
        return True
    around, upto = words
    return any(parts_in(p, text) or spans_in(text) for p in PARTS for text in (around, upto))


def whole_year_ok(claim: Claim, q: Quantity, window: str, timed: list[Candidate], dated: bool = False,
                  index=None) -> list[Candidate]:
    """The facts of a whole year, for a figure said of one, when any is left: a half's or a quarter's figure is
    not the year's (« chiffre d'affaires annuel …, en progression de 2 % » against 2 % in the first half). An
    amount of money dated by a year alone (``dated``: "in 2023 it lost €532 million") is a flow over that year:
    a quarter's or a half's amount is never its figure, even when no fact of the whole year is left; any other
    figure dated by a year alone is judged against the facts of the whole year when any is left."""
    _, full, same = _year_patterns()
    timed = of_its_span(claim, q, window, timed)      # (« les neuf premiers mois » are neither the year nor a part)
    if dated and (unit_class(q.unit) or "").startswith("money:") and not _parts_named(claim, q, window) \
            and not same.search(fold(claim.focus or claim.text)):
        return [c for c in timed if not part_at_its_figure(c.fact, index)]
    if not says_whole_year(claim, q, window):
        return timed
    whole = [c for c in timed if not part_at_its_figure(c.fact, index)]
    # (a figure said of the full span, "over the full fiscal year", is never a quarter's, even with no year's fact left)
    return whole or ([] if full.search(fold(window)) or full.search(fold(claim.focus or claim.text)) else timed)


def running_whole_year(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The year the article speaks of (``Claim.period_before``, a year with no month or one to December, "the 52 weeks
    to 28 December 2024") for a figure said of a whole year with no date of its own (« sur l'année », "over the year",
    ``says_whole_year``): that year's figure, not another year's; None otherwise."""
    period = claim.period_before
    if not period or period[0] is None or period[1] not in (None, 12) or claim.dates or claim.role == "gloss":
        return None
    return period[0] if says_whole_year(claim, q, window) else None


def part_for_the_year(claim: Claim, fact: Fact) -> bool:
    """Whether the claim states a change (a rise, a fall, no change) dated by a year alone (« a reculé en 2024 »,
    naming no part of it: no quarter, half, month nor same period) that the fact states for a part of that year
    only, as its date gives it: a quarter, or a span to a month before December (« sur les neuf premiers mois de
    2024 », dated 2024-09). That part's way is not the year's, whichever it went."""
    text, years = _dated_by(claim)
    if len(years) != 1 or any(d.month for d in claim.dates) or claim.period_back or find_months(text) \
            or any(parts_in(p, text) for p in PARTS) or _year_patterns()[2].search(fold(text)) or not direction_of(text):
        return False
    month = month_of(fact.as_of)
    return year_of(fact.as_of) in years and (bool(quarter_months(fact.as_of)) or month is not None and month < 12) \
        and bool(direction_of(fact.statement or ""))


def _running_year(claim: Claim) -> set[int]:
    """The year the article speaks of (``Claim.period_before``, a year with no month) for a claim with no date of its
    own whose words say the whole year ("over the year", « sur l'année »); empty otherwise."""
    period = claim.period_before
    if claim.dates or not period or period[0] is None or period[1] is not None:
        return set()
    return {period[0]} if _year_patterns()[0].search(fold(claim.text)) else set()


def _dated_by(claim: Claim) -> tuple[str, set[int]]:
    """The claim's words and the years that date it: its own ("a reculé en 2024"), else the year spoken of for its
    whole words when they say the whole year ("sales fell 3 % over the year", ``_running_year``)."""
    years = {d.year for d in claim.dates if d.relation == "at"}
    running = set() if years else _running_year(claim)
    return (claim.text, running) if running else (claim.focus or claim.text, years)

