"""The words around each figure of a fact's sentence, between the figures next to it: what the declared figure is said
of when the sentence gives several ("goods rose to 2.0 % while services fell to 4.7 %"), and what each other figure is
said of. Read by the judge's measure, qualifier and sibling checks (``judge/figures.clause_fits`` reads a claim's
figures the same way).
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity, same_value
from ..terms import content_stems
from ..resources import compiled, word_pattern
from ..slots import clause_spans
from .clauses import clause_ends
from .findings import per_fact

_P_WORDS_AT_FIGURE = compiled(r"[,;](?!\d)")
_P_UP_TO_PUNCTUATION = compiled(r"[;:()]|,(?!\d)")
_P_DIGITS = compiled(r"\d+(?:[.,\u00a0 ]\d+)*")
_P_YEAR = compiled(r"(?:19|20)\d\d")


def between_neighbours(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The words of ``text`` from the end of the figure before ``spans[i]`` to the start of the one after it
    (``spans``: the figures' (start, end), sorted)."""
    lo = spans[i - 1][1] if i else 0
    hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    return text[lo:hi]


def own_clause(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The words of ``text`` that are the figure ``spans[i]``'s own: those between it and the figures next to it, less
    what a clause break after the figure before it leaves to that one, and up to the first break after it ("sales grew
    2 % and profit rose 12 % in 2024, led by …": "sales grew 2 % and" for the 2 %, "profit rose 12 % in 2024," for the
    12 %, and the sentence's tail); between two figures with no break, the words are both's (``between_neighbours``)."""
    ends = clause_ends(text)
    lo = next((e for e in ends if spans[i - 1][1] <= e <= spans[i][0]), spans[i - 1][1]) if i else 0
    if i + 1 == len(spans):
        return text[lo:]               # (the last figure's words run to the end: no figure after it takes them)
    return text[lo:next((e for e in ends if spans[i][1] <= e <= spans[i + 1][0]), spans[i + 1][0])]


@per_fact
def sentence_figures(fact: Fact, index: FactIndex) -> list[Quantity]:
    """The figures a fact's sentence writes, in the order it writes them (read once per fact: ``per_fact``)."""
    return sorted((o for o in index.reading(fact).quantities if o.start >= 0), key=lambda o: o.start)


def position_of(figures: list[Quantity], fq: Optional[Quantity]) -> Optional[int]:
    """Where among a sentence's ``figures`` the first of ``fq``'s value stands (to a relative 1e-9); None when none
    does, or ``fq`` gives no value."""
    if fq is None or fq.value is None:
        return None
    return next((i for i, o in enumerate(figures) if o.value is not None
                 and same_value(o.value, fq.value)), None)


def words_at_figure(fact: Fact, index: FactIndex) -> Optional[tuple[str, str]]:
    """When the fact's sentence gives several figures, the words around its declared figure (between the figures
    next to it: "goods rose to 2.0 % while services fell to 4.7 %": "goods rose to" for 2.0 %) and the words up to
    it (the fallback when those name nothing: "services … slowed from 5.4 % in April to 4.7 %"; never those after
    it, "£20.2 billion …, the highest since monthly records began"); None for one figure, or when the sentence does
    not write the declared one."""
    figures = sentence_figures(fact, index)
    own = position_of(figures, fact.quantity) if len(figures) >= 2 else None
    if own is None:
        return None
    spans = [(o.start, o.end) for o in figures]
    text = fact.statement or ""
    around = between_neighbours(text, spans, own)
    # (its clause ends at a comma after it: ", with gross margin up 190 basis points" speaks of the next figure; and
    # at a coordinator, "… to 128.4 pence in 2024 and net assets per share rose 22 %": the next figure's subject)
    after = _P_WORDS_AT_FIGURE.search(text[spans[own][1]:]) if own + 1 >= len(spans) else _clause_end(text[spans[own][1]:spans[own + 1][0]])
    if after is not None and own + 1 < len(spans) and spans[own][1] + after.start() < spans[own + 1][0]:
        around = around[:len(around) - (spans[own + 1][0] - spans[own][1] - after.start())]
    return around, text[:spans[own][1]]


def _clause_end(between: str) -> Optional[re.Match]:
    """Where the clause of a figure ends in the words between it and the next figure: at a comma or semicolon, or at
    a coordinator, « et », "and", "while" (``figure_clause_breaks`` of ``slots.yaml``) that words of the next figure
    follow ("… to 128.4 pence and net assets per share rose 22 %", « … à 1,45 euro et la marge a progressé de 2 % »)."""
    m = _P_WORDS_AT_FIGURE.search(between)
    if m is not None:
        return m
    m = word_pattern("slots", r"\s(?:{figure_clause_breaks})\s", re.IGNORECASE).search(between)
    return m if m is not None and re.search(r"\w", between[m.end():]) else None


@per_fact
def words_at_other_figures(fact: Fact, index: FactIndex) -> list[tuple[Quantity, str]]:
    """Each figure of the fact's sentence other than its declared one, with the words around it (between the
    figures next to it), as ``words_at_figure`` reads the declared one's; none for a sentence of one figure. Read
    once per fact (``per_fact``: asked for each figure of each claim against each candidate)."""
    figures = sentence_figures(fact, index)
    fq = fact.quantity
    if len(figures) < 2 or fq is None or fq.value is None:
        return []
    spans, text = [(o.start, o.end) for o in figures], fact.statement or ""
    return [(o, between_neighbours(text, spans, i)) for i, o in enumerate(figures)
            if o.value is not None and not same_value(o.value, fq.value)]


def complement_singles_out(claim: Claim, q: Quantity, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the words right after the claim's figure (up to its next figure or mark of punctuation), what it is a
    figure of, are also right after ``fq`` in the fact's sentence and after none of its other figures
    of that unit: « représentent 44 % des dommages » against « représentent 7 % des sinistres et 44 % du montant des
    dommages », "accounted for 44 % of the damage" against "7 % of claims and 44 % of the damage" — the complement
    says which figure of the sentence the claim gives, whatever words the sentence's opening lends its first one."""
    figures = sentence_figures(fact, index)
    text = claim.focus or claim.text
    stop = min((x.start - claim.start for x in claim.quantities if x.start >= q.end), default=len(text))
    mine = set(content_stems(up_to_punctuation(text, q.end - claim.start, stop)))
    if not mine or fq.start < 0:
        return False
    text = fact.statement or ""

    def after(o: Quantity) -> set:
        nxt = min((x.start for x in figures if x.start >= o.end), default=len(text))
        return set(content_stems(up_to_punctuation(text, o.end, nxt)))
    others = [o for o in figures if o.unit == fq.unit and (o.start, o.end) != (fq.start, fq.end)]
    return bool(mine & after(fq)) and not any(mine & after(o) for o in others)


def own_clause_singles_out(claim: Claim, q: Quantity, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the claim's figure's own clause (``slots.clause_spans``) shares two content words or more with the clause
    of ``fq`` in the fact's sentence, and fewer with that of each of its other figures of that unit: « …, et les
    Allemands forment le premier pays d'origine avec 15 % » against « … les touristes du sud 42 % ; l'Allemagne est
    le premier pays d'origine (15 %) » — the words of the claim's clause before ("58 % des nuitées") are its other
    figure's, not this one's."""
    if fq.start < 0 or q.start < claim.start:
        return False
    mine = set(content_stems(clause_at(claim.focus or claim.text, q.start - claim.start)))
    own = len(mine & set(content_stems(clause_at(fact.statement or "", fq.start))))
    others = [o for o in index.reading(fact).quantities if o.start >= 0 and o.unit == fq.unit and o.start != fq.start]
    return own >= 2 and all(len(mine & set(content_stems(clause_at(fact.statement or "", o.start)))) < own
                            for o in others)


def clause_at(text: str, at: int) -> str:
    """The clause of ``text`` that holds offset ``at`` ("" when none does)."""
    return next((text[a:b] for a, b in clause_spans(text) if a <= at < b), "")


def up_to_punctuation(text: str, start: int, stop: Optional[int] = None) -> str:
    """The words of ``text`` from ``start`` up to ``stop`` (its end) or the first mark of punctuation (a digit's comma
    aside)."""
    stop = len(text) if stop is None else stop
    return _P_UP_TO_PUNCTUATION.split(text[max(0, start):max(start, stop)])[0]


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_AFTER = re.compile(r"\s*[^\W\d_]{1,4}\s+((?:19|20)\d\d)(?![\d%])")


def dated_alike(claim: Claim, q: Quantity, fact: Fact, fq: Quantity) -> bool:
    """Whether the claim and the fact date the figure alike, a short preposition and the same year right after it or
    in its clause before any other figure (``_year_of_clause``), in a sentence that writes several years,
        "inflation fell to 1.8 % in 2024 after 4.8 % in 2023"
    against "… 1.8 % in 2024, after 5.3 % in 2022 and 4.8 % in 2023", « après 4,8 % en 2023 » against « et 4,8 % en
    2023 »: the 4.8 % is the fact's figure of 2023, whatever words the claim's clause carries from its other figure."""
    text = fact.statement or ""
    if len(set(_YEAR.findall(text))) < 2:
        return False                  # (one year for the whole sentence dates all its figures alike: it singles out none)
    if fq.end < 0:
        return False
    mine, theirs = _year_of_clause(claim.text, max(0, q.end - claim.start)), _year_of_clause(text, fq.end)
    return mine is not None and mine == theirs


def dated_apart(claim: Claim, q: Quantity, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the claim and the fact date the figure by different years, each a short word and a year right after it
    or in its clause (``_year_of_clause``), while the fact's sentence gives the claim's year another figure of that
    unit: "£1.3bn in financial year 2023" is not the "£1.3bn in 2024" of "£1.3bn in 2024, against £0.3bn in 2023",
    whichever figure of it confirms the claim's other one. Not with a year written across two (« 2024/25 »,
    "2024-25"), which may be a fiscal year either names by another of its years."""
    text = fact.statement or ""
    if fq.end < 0 or _SPLIT_YEAR.search(text) or _SPLIT_YEAR.search(claim.text):
        return False
    mine, theirs = _year_of_clause(claim.text, max(0, q.end - claim.start)), _year_of_clause(text, fq.end)
    return None not in (mine, theirs) and mine != theirs and any(
        o.end >= 0 and o.start != fq.start and o.unit == fq.unit and _year_of_clause(text, o.end) == mine
        for o in index.reading(fact).quantities)


_SPLIT_YEAR = re.compile(r"(?:19|20)\d\d\s*[/-]\s*\d\d")
_YEAR_IN = re.compile(r"(?<![\w-])[^\W\d_]{1,4}\s+((?:19|20)\d\d)(?![\d%])")
_NUMBER = re.compile(r"\d[\d.,]*")


def _year_of_clause(text: str, end: int) -> Optional[str]:
    """The year a figure ending at ``end`` is dated by: a short preposition and a year right after it ("4.8 % in
    2023"), else the first such one of its clause within six words, before any other figure ("$300m to come in
    2025", « 300 millions d'économies en 2025 »); None without one."""
    right = _YEAR_AFTER.match(text, end)
    if right:
        return right.group(1)
    clause = up_to_punctuation(text, end)
    other = next((m.start() for m in _NUMBER.finditer(clause) if not _YEAR.fullmatch(m.group().rstrip(".,"))), len(clause))
    found = _YEAR_IN.search(clause[:other])
    return found.group(1) if found and len(clause[:found.start()].split()) <= 6 else None


def around_figure(claim: Claim, q: Quantity) -> str:
    """The claim's words between the figure before ``q`` and the figure after it, or a figure of a nested clause
    blanked in its own words (another claim's: "Sales grew 2 %, while profit rose 12 %, led by …" — for the 2 % the
    words up to the blanked "profit rose 12 %", not the sentence's tail after it, which follows the 12 %)."""
    text = claim.focus or claim.text
    spans = sorted((o.start - claim.start, o.end - claim.start) for o in claim.quantities if o.unit != "year")
    spans += _blanked_figures(claim, text)
    s, e = q.start - claim.start, q.end - claim.start
    lo = max((end for _, end in spans if end <= s), default=0)
    hi = min((start for start, _ in spans if start >= e), default=len(text))
    return text[lo:hi]


def _blanked_figures(claim: Claim, own: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of the claim's text its own words blank that writes a number (a nested clause's figure)."""
    if own is claim.text or len(own) != len(claim.text):
        return []
    return [(m.start(), m.end()) for m in _P_DIGITS.finditer(claim.text) if not own[m.start():m.end()].strip()
            and not _P_YEAR.fullmatch(m.group())]       # (a year is no figure: "in 2024" bounds nothing)
