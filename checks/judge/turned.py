"""A figure the source's sentence writes, though not as its declared figure, reached the other way: "edged up to
50,880" against "declined from 52,130 to 50,880" (the level the source gives, but it fell to it), « a reculé de
1,3 % » against « a progressé de 1,3 % » — the figure is right, the direction wrong."""
from __future__ import annotations

import re
from typing import Optional

from ..factread import direction_of
from ..compare import fmt_quantity
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity, same_value
from ..slots import clause_spans
from ..terms import content_stems
from ..text import fold
from .agreement import written_elsewhere
from .clauses import window_start
from .incises import names_outside_incises
from .periods import quantity_year, time_ok
from .beside import measured_stems, writes_figure
from .findings import WAY_VERBS, Finding, asserted_figures, same_size
from .revisionway import way_of_the_size
from .groups import numbers_written
from .levelends import change_between_ends
from .sentencefigures import clause_at


def turned_against(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """``contradicts`` when the words around the article's figure give a rise, fall or no change and the clause
    of the fact's sentence that writes the same figure (not as its starting level) gives another one."""
    if claim.negated or q.value is None:
        return None
    said = _said_at(claim, q) or direction_of(window)
    if not said:
        return None
    reading = index.reading(fact)
    statement = fact.statement
    for x, base in zip(reading.quantities, reading.baselines):
        if base or x.value is None or x.start < 0 or not same_value(x.value, q.value):
            continue
        clause = clause_at(statement, x.start)
        theirs = direction_of(clause[:x.start - statement.find(clause)] if clause else "") or direction_of(clause)
        if theirs and theirs != said:
            return Finding("contradicts", "direction", fact,
                           f"wrong direction: the article says {q.text.strip()!r} was reached as it {WAY_VERBS[said]}, "
                           f"the source that it {WAY_VERBS[theirs]}: {statement}")
    return None


def _said_at(claim: Claim, q: Quantity) -> Optional[str]:
    """The direction the words just before the figure give within its clause ("edged up to 50,880")."""
    text = claim.focus or claim.text
    s = q.start - claim.start
    if s < 0:
        return None
    clause = next((text[a:s] for a, b in clause_spans(text) if a <= s < b), text[:s])
    return direction_of(clause[-40:])


def turned_in_pool(claim: Claim, q: Quantity, window: str, pool: list, index: FactIndex) -> list[Finding]:
    """When no fact declares a figure comparable with the article's (the source declares the change, 5.6 %, and
    writes the level, 38,940, beside it): a fact of the clause's names whose sentence writes the precise figure
    (``written_elsewhere``) reached the other way."""
    said = written_elsewhere(q, pool, index)
    found = turned_against(claim, q, window, said.fact, index) if said is not None else None
    return [found] if found is not None else []


def _its_own_number(q: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether the claim's figure is the number of the fact's figure (its value, or an end of its range)."""
    return fq is not None and any(same_size(q.value, v) for v in (fq.value, fq.min, fq.max))


def _flipped(claim: Claim, q: Quantity, window: str, cands: list[Candidate], c: Candidate,
             index: FactIndex) -> Optional[str]:
    """The closest fact's size written the other way, unless another fact's sentence writes the figure."""
    flipped = way_of_the_size(claim, q, window, c.fact, index)
    if flipped and any(abs(q.value or 0) in numbers_written(o.fact.statement) for o in cands if o is not c):
        return None
    return flipped


def written_or_turned(claim: Claim, q: Quantity, window: str, cands: list[Candidate], c: Candidate,
                       index: FactIndex, detail: str) -> Optional[list[Finding]]:
    """The figure as the source writes it elsewhere, or the closest fact's size written the other way."""
    # a precise figure that a fact's sentence writes, though not as its declared figure ("le kWh s'établit à
    # 0,11619 €" beside the 6,4 % fall): what the article refers to, not a wrong figure of another fact; or the
    # closest fact's sentence gives it as a level of its own ("… 1.7 % and gas 4.4 %"; as a starting level,
    # "after 3.8 % in April", it is another period's figure, and stays refuted)
    said = written_elsewhere(q, cands, index) if not detail else None
    from .rules.alongside import moved_while_held   # (alongside reads this module's helpers)
    # (a figure said to have held, "kept unchanged at 5.60p", that the closest fact's sentence writes as an end of its
    # move, "raised to 6.15p from 5.60p": held at neither end, a wrong direction before a wrong figure)
    if (held := moved_while_held(claim, q, c.fact, index) if not detail else None) is not None:
        return [held]
    # (a bound the other way is the fact's own figure misread, not another figure its open side reaches: "at least
    # 32" against "up to 32 of the 56 reactors")
    own = detail == "bound" and _its_own_number(q, c.fact.quantity)
    writer = said.fact if said is not None else c.fact if not own and writes_figure(claim, q, c, index) else None
    if writer is not None:
        return [turned_against(claim, q, window, writer, index) or _written_for_named(claim, q, window, writer, index)
                or _written_in_its_words(claim, q, window, writer, index)
                or Finding("related", "quantity", writer,
                           f"{q.text.strip()!r} is another figure of the source's sentence: {writer.statement}")]
    # the source's size, the other way ("rose 38.4 %" against -38.4 %): a wrong direction, not a wrong figure
    # (unless another fact's sentence writes the figure: the article may give that one, "up 18 %" beside a level)
    flipped = _flipped(claim, q, window, cands, c, index) if not detail else None
    if flipped:
        return [Finding("contradicts", "direction", c.fact, f"{flipped} ({fmt_quantity(c.fact.quantity)}): "
                                                            f"{c.fact.statement}")]
    # (a change in money the fact's two levels give: "grew by £0.3bn" against "£2.4bn, compared with £2.1bn")
    return change_between_ends(claim, q, c.fact, index) or None



def _written_for_named(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The figure the fact's sentence writes for the place or party the figure's clause names (« En Asie, les
    livraisons ont chuté de 18 % » against « … ont baissé de 7 % en 2024, avec un recul de 18 % en Asie »): confirmed
    when every name of the clause is written between that figure and its neighbours, and beside no other figure of
    the sentence (a name between two figures may be either's), in the figure's year, and the sentence writes a word
    of what the figure measures (``measured_stems``)."""
    names = _clause_names(claim, q, index)
    year = quantity_year(claim, q, window)
    if not names or (year is not None and not time_ok(claim, fact, year)):
        return None
    if not set(measured_stems(claim, q, window)) & set(content_stems(fact.statement or "")):
        return None                    # (« le chiffre d'affaires a chuté de 25 % » is not the deliveries' 25 %)
    text = fact.statement or ""
    figures = sorted((x for x in index.reading(fact).quantities if x.start >= 0), key=lambda x: x.start)
    spans = [fold(text[figures[i - 1].end if i else 0:figures[i + 1].start if i + 1 < len(figures) else len(text)])
             for i in range(len(figures))]
    for i, x in enumerate(figures):
        if x.value is not None and same_size(q.value, x.value) and x.unit == q.unit \
                and all(_beside_only(fold(n), i, spans) for n in names):
            return Finding("supports", "quantity", fact, f"{q.text.strip()!r} is the figure the source writes for "
                                                         f"{', '.join(names)}: {text}")
    return None


def _written_in_its_words(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The figure the fact's sentence writes in a clause of its own that holds every content word of the figure's
    clause ("seven in eight journeys are now made on ordinary tickets" against "…, and seven in eight journeys are
    now made with ordinary ticket types"): confirmed, in the figure's year (the clause says the same thing of the
    same figure, not another measure's: one word of the article's clause the fact's lacks, and it is not)."""
    year = quantity_year(claim, q, window)
    own = set(content_stems(window.replace(q.text, " ")))
    if claim.negated or len(own) < 3 or (year is not None and not time_ok(claim, fact, year)):
        return None
    text = fact.statement or ""
    figures = [x for x in index.reading(fact).quantities if x.start >= 0]
    for a, b in clause_spans(text):
        inside = [x for x in figures if a <= x.start < b]
        if len(inside) == 1 and inside[0].value is not None and same_size(q.value, inside[0].value) \
                and inside[0].unit == q.unit and own <= set(content_stems(text[a:b].replace(inside[0].text, " "))):
            return Finding("supports", "quantity", fact, f"{q.text.strip()!r} is the figure the source writes in the "
                                                         f"same words: {text}")
    return None


def _clause_names(claim: Claim, q: Quantity, index: FactIndex) -> list[str]:
    """The names of the figure's clause or, for the claim's only figure, those of the claim before it."""
    names = names_outside_incises(claim, (window_start(claim, q), q.end - claim.start), index)
    if not names and len(asserted_figures(claim)) == 1:
        names = names_outside_incises(claim, (0, q.start - claim.start), index)
    return names


def _beside_only(name: str, i: int, spans: list[str]) -> bool:
    """Whether a name is written between the i-th figure and its neighbours, and beside no other figure (as a whole
    word: « Inde » is not in « indépendants »)."""
    rx = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return bool(rx.search(spans[i])) and not any(rx.search(o) for j, o in enumerate(spans) if j != i)
