"""A figure the source writes beside a fact's declared one ("refugee costs fell by 17.3 % to $27.8 billion": the
declared figure is the amount, the 17.3 % is written beside it): the quantity rule's last look before it calls a
figure wrong; and a figure the fact confirming another figure of the claim writes beside that one."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Optional

from ..compare import compare_quantity, far_apart
from .boundonly import own_bound_refuted, writes_value
from ..detect.lexicon import expectation_object
from ..factread import direction_of, is_difference, qualifiers_in
from ..figurewords import level_verbs, names_a_baseline
from ..match import Candidate, FactIndex, in_points, unit_class
from ..model import Claim, Quantity
from ..numbers import figure_spans, find_months
from ..terms import concepts_in, content_stems
from ..text import before_whole, fold, words
from .agreement import before_figure, direction_conflict
from .clauses import figure_sense, relative_figure
from .figures import (around_figure, clause_fits, figure_window, of_another_base, signed, stated_figure, units_comparable)
from .topicality import GENERIC_CONCEPTS, is_topical, substantive
from .figurescope import FigureScope
from .figuresense import points_and_percent
from .levelends import other_end
from .findings import Finding, is_duration
from .quarterbase import from_another_quarter
from .periods import quantity_year, time_ok
from .startyear import of_another_start
from .partfit import part_fits
from .qualifiers import of_its_kind, measure_fits
from .basis import basis_conflict, said_of_another
from .clausemeasure import of_another_measure


def writes_figure(claim: Claim, q: Quantity, c: Candidate, index: FactIndex, subject: frozenset = frozenset(),
                  change: Optional[Callable] = None, measure: Optional[Callable[[], frozenset]] = None) -> bool:
    """Whether the fact's sentence writes the figure, beside its declared one, as a level of its own (not a
    starting level nor a difference) in words that fit the figure's clause; ``subject``: keys of what the figure
    measures, one of which the words of the fact's figure must name (and then no word before it may make it a
    starting level: "revised up from the first estimate of 0.9 %"); ``change``: the way of a change whose size the
    figure is ("rose by 30.5 %": increase), which a difference in the fact's sentence may be too, going the same way
    ("30.5 % more than the 857 of 2022", not "2.1 % below the February estimate"); ``measure``: the claim's measure
    qualifiers, which the fact's figure must be of (``_measured_alike``); both calls, made only when a figure of the fact's
    sentence agrees as written (most facts have none: reading them is a scan of the claim's clauses)."""
    reading = index.reading(c.fact)
    text = c.fact.statement or ""
    declared = stated_figure(c.fact, index)      # (compared already, with its sign: "rose 5 %" is not "fell by 5 %")
    spans = figure_spans(reading.quantities)          # (a band of per cent in words ends no figure's own words)
    for fq, base in zip(reading.quantities, reading.baselines):
        if fq is declared or base or not _agrees_as_written(claim, q, fq, c, index) \
                or not _same_way(change() if change is not None else None, text, spans, fq) \
                or not clause_fits(around_figure(claim, q), c.fact, fq, index, same_kind=bool(subject)) \
                or of_another_measure(claim, q, c.fact, fq):     # ("Underlying EBITDA rose 6 %" for operating profit)
            continue
        if measure is not None and not _measured_alike(measure(), q, fq, c, spans, index):
            continue
        if subject:
            words_of = _fact_clause(text, spans, fq, declared)
            if not subject & index.text_keys(words_of) or names_a_baseline(text[:fq.start]):
                continue
        return True
    return False


def _agrees_as_written(claim: Claim, q: Quantity, fq: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Whether a figure of the fact's sentence agrees with the claim's as written (a fall with its negative figure:
    ``signed``): not points against a percent (``points_and_percent``), nor a change on another basis (``basis_conflict``),
    a range only by a range ("between 4 % and 6 %" is not the 6 % written)."""
    return writes_value(signed(q, claim, fq, figure_window(claim, q)), fq, index.reading(c.fact).quantities) \
        and not points_and_percent(q, fq) and (q.min is None or fq.min is not None) and not basis_conflict(claim, q, c.fact, index, fq)


def _measured_alike(measure: frozenset, q: Quantity, fq: Quantity, c: Candidate, spans: list, index: FactIndex) -> bool:
    """Whether a figure of the fact's sentence is of the claim's measure: the qualifiers of its own words (between
    the figures next to it, ``_own_words``: "… net investment of 3 billion and a debt ratio of 1.5 to 2 times": none
    for the ratio), the claim's; or, when its own words name none, the declared figure's measure fits (", up 3 %")."""
    if (fq.start, fq.end) not in spans:
        return measure_fits(measure, c.fact, index, q)     # (a figure the sentence does not write where it is read)
    own = of_its_kind(qualifiers_in(_own_words(c.fact.statement or "", spans, spans.index((fq.start, fq.end)))), q)
    return own == measure or (not own and measure_fits(measure, c.fact, index, q))


def _own_words(text: str, spans: list, i: int) -> str:
    """The words of the figure ``spans[i]``'s own clause between its neighbours: from the last comma before it, and
    after it up to the next comma (« 5 % des biens professionnels, et 4 % des automobiles »: the words after the 5 %
    are its own, not the 4 %'s)."""
    lo = spans[i - 1][1] if i else 0
    hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    before, after = text[lo:spans[i][0]], text[spans[i][1]:hi]
    cut = max(before.rfind(","), before.rfind(";"))
    return before[cut + 1:] + " " + after.replace(";", ",").split(",")[0]


def _same_way(change: Optional[str], text: str, spans: list, fq: Quantity) -> bool:
    """Whether a figure of a fact's sentence is a level (for a level) or a change the way ``change`` goes."""
    diff = is_difference(text[fq.end:fq.end + 30])
    if change is None:
        return diff is None
    lo = max((e for s, e in spans if e <= fq.start), default=0)
    way = {"up": "increase", "down": "decrease"}.get(diff or "") or direction_of(text[lo:fq.start])
    return way is None or way == change


def _fact_clause(text: str, spans: list, fq: Quantity, declared: Optional[Quantity]) -> str:
    """The words of a fact's sentence from the figure before ``fq`` to the figure after it; from the sentence's start
    when the figure before it is the declared one, which it goes with ("… was USD 35 billion in 2024, a fall of 3 %")."""
    before = [(s, e) for s, e in spans if e <= fq.start]
    lo = max((e for _, e in before), default=0)
    if declared is not None and before and max(before)[0] == declared.start:
        lo = 0
    hi = min((s for s, e in spans if s >= fq.end), default=len(text))
    return text[lo:hi]


def measured_keys(claim: Claim, q: Quantity, window: str, index: FactIndex) -> frozenset:
    """The keys of what a figure measures: the first two content words before it in its clause that are not words of
    movement or level ("Spending on refugees … was cut by 17.3 %": spending, refugees; « soit une hausse de 3 % »: none);
    after a phrase of expectation, those of the object it aims at (« le groupe vise un levier d'endettement de … »)."""
    before = before_figure(claim, q, window)
    end = expectation_object(before)
    return (_head_keys(before[end:], index) if end else frozenset()) or _head_keys(before, index)


def measured_stems(claim: Claim, q: Quantity, window: str) -> list[str]:
    """The stems of the first two content words before a figure in its clause that give no direction (the
    words of ``measured_keys``, but a word of a topic is kept: « les livraisons ont chuté de 25 % »: livraison)."""
    head = [w for w, _, _ in words(before_figure(claim, q, window)) if content_stems(w) and not direction_of(w)]
    return [s for w in head[:2] for s in content_stems(w)]


def _subject_of(claim: Claim, q: Quantity, window: str, index: FactIndex) -> tuple[frozenset, Optional[Quantity]]:
    """What the figure measures (``measured_keys``) or, for a level whose clause names nothing, what the clause
    of the figure before it names (``borrowed_subject``), with that figure."""
    subject = measured_keys(claim, q, window, index)
    if subject or figure_sense(claim, q, window) == "change" or is_difference(claim.text[q.end - claim.start:][:30]):
        return subject, None
    return borrowed_subject(claim, q, index)


def _writes_too(earlier: Optional[Quantity], c: Candidate, index: FactIndex) -> bool:  # (the borrowed subject's figure)
    return earlier is None or any(compare_quantity(earlier, fq)[0] == "supports" for fq in index.reading(c.fact).quantities)


def borrowed_subject(claim: Claim, q: Quantity, index: FactIndex) -> tuple[frozenset, Optional[Quantity]]:
    """A clause that names nothing before its figure ("…, à 48 300 infractions", "gagne 5 points, à 2,6 %")
    measures what the clause of the figure before it names: the keys of the nearest earlier figure whose clause
    names something, and that figure (which the fact writing this one must write too)."""
    for other in sorted((o for o in claim.quantities if 0 <= o.end <= q.start), key=lambda o: -o.start):
        keys = _head_keys(before_figure(claim, other, figure_window(claim, other)), index)
        if keys:
            return keys, other
    return frozenset(), None


def _head_keys(before: str, index: FactIndex) -> frozenset:
    head = [w for w, _, _ in words(before) if content_stems(w) and not _moves(w)]
    return frozenset(k for k in index.text_keys(" ".join(head[:2]))
                     if k[:2] in ("w:", "e:") or (k[:2] == "c:" and k[2:] not in GENERIC_CONCEPTS))


def _moves(word: str) -> bool:
    concepts = set(concepts_in(word))   # (a word of movement, or of a level, "reached", « atteint »: not what it measures)
    return bool(concepts) and concepts <= GENERIC_CONCEPTS or fold(word) in level_verbs()


# complexity: one pass over the facts, a test a line, what the claim gives read once at the first fact it is needed for
def written_beside(claim: Claim, q: Quantity, window: str, cands: Iterable[Candidate], used: Optional[Candidate],
                   index: FactIndex, fits: Optional[Callable[[Candidate], bool]] = None,
                   measure: Optional[Callable[[], frozenset]] = None) -> Optional[Candidate]:
    """Another fact of the topic whose sentence writes the article's figure exactly, beside its own declared figure,
    among words that name what the figure measures ("refugee costs fell by 17.3 % to $27.8 billion" for "spending
    on refugees was cut by 17.3 %"), of the figure's year and part of it (``part_fits``) and going its way: what the
    article quotes, not a wrong figure of the fact ranked first. Never a bound. ``fits``: a further test of the fact
    (``beside_declared``'s scope); ``measure``: the claim's measure qualifiers, which the figure's own words in the
    fact's sentence must give (``_measured_alike``)."""
    if q.bound in ("at-least", "at-most") or not any(ch.isdigit() for ch in q.text):
        return None
    # (the first fact of ``cands`` that passes every test, in whatever order they are asked: what the figure measures
    # and its year are read at the first fact the cheap tests leave, for nothing when none does)
    said = None
    for c in cands:
        if c is used or not is_topical(c) or not substantive(c) or c.source.id in index.superseded_by \
                or all(far_apart(q, fq) for fq in index.reading(c.fact).quantities):   # (none near: no ``writes_figure``)
            continue
        if said is None:
            subject, earlier = _subject_of(claim, q, window, index)
            if not subject:
                return None
            said = (subject, earlier, lambda: direction_of(window) if figure_sense(claim, q, window) == "change" else None,
                    replace(q, approximate=False))
        subject, earlier, change, exact = said
        # (whether its sentence writes the figure first: most facts do not, and the scope and year are then never read)
        if not writes_figure(claim, exact, c, index, subject, change, measure) or not _writes_too(earlier, c, index):
            continue
        if fits is not None and not fits(c) or ((year := quantity_year(claim, q, window)) is not None and not time_ok(claim, c.fact, year)) \
                or not part_fits(claim, q, window, c.fact) or said_of_another(claim, q, window, c.fact, index) \
                or _of_another(claim, q, window, c, index):
            continue
        return c
    return None


def _of_another(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> bool:
    """Whether the fact goes the other way, or writes its share of another thing than the claim's share (a share
    of a named thing, not a difference: « 1,1 % de plus qu'en 2023 » is of nothing)."""
    if direction_conflict(claim, window, c.fact, index, q):
        return True
    own, end = claim.focus or claim.text, q.end - claim.start
    return not is_difference(own[end:end + 30]) and of_another_base(q, c.fact, index)


def confirmed_beside(claim: Claim, q: Quantity, f: Finding, confirmed: list, index: FactIndex) -> Optional[Finding]:
    """A figure refuted by some fact's figure (or given to another period, the undated second figure of "On April 19,
    prices reached $4,210 in Rotterdam and $3,980 in Antwerp"; or read against another fact's way) while the fact that
    confirms another figure of the claim writes it too, beside that one (``_written_by``: "the technological track
    reached 90.3 %, the vocational one 83.4 %" against "… 90.3 % … and the vocational 83.4 %"; "grew about 6 % to $46.2
    billion" against "$46.2 billion …, up about 6 %"): the claim restates that fact's sentence, and the figure is
    confirmed by it (unless it goes the other way). Swapped figures, a change of another figure of the sentence, a
    bound the fact's own figure refutes (``own_bound_refuted``) and a starting level of another year stay refuted."""
    # (a "derived-…" figure weighs less than one the fact writes; not a "wrong measure": another figure's)
    if f.relation != "contradicts" or of_another_start(f) \
            or not (f.rule in ("quantity", "period", "direction") or f.rule.startswith("derived")):
        return None
    for other, fact in [(o, c) for o, c in confirmed if not own_bound_refuted(q, f.fact, f.rule, c)]:
        # (another period's figure beside its own kind only; not another quarter's change, nor another version's)
        if other is q or not _written_by(claim, q, other, fact, index, another_kind=f.rule != "period") or said_of_another(
                claim, q, figure_window(claim, q), fact, index) or from_another_quarter(claim, q, fact, index.reading(fact).quantities):
            continue
        if direction_conflict(claim, figure_window(claim, q), fact, index, q) or other_end(claim, q, [fact], index):
            return None               # (another way, or the level reached the fact gives as its starting level)
        from .ownrole import role_elsewhere       # (it reads the figures' own words of this module)
        wrong = role_elsewhere(claim, q, fact, index)
        if wrong is not None:
            return wrong
        return Finding("supports", "quantity-alongside", fact,
                       f"{q.text.strip()!r} is stated beside {other.text.strip()!r} by the same source fact: "
                       f"{fact.statement}")
    return None


def _written_by(claim: Claim, q: Quantity, other: Quantity, fact, index: FactIndex, another_kind: bool = True) -> bool:
    """Whether the fact's sentence writes ``q`` beside the figure that gives ``other``: a figure other than its
    declared one on the same side of that one as in the claim (of the same kind, the only way: swapped figures
    differ in order); or, ``another_kind``, a figure of another kind (``_beside_its_level``)."""
    reading = index.reading(fact)
    stated = stated_figure(fact, index)
    after = q.start > other.start
    if stated is not None and any(fq is not stated and fq.start >= 0 and (fq.start > stated.start) == after
                                  and writes_value(q, fq, reading.quantities)
                                  and not basis_conflict(claim, q, fact, index, fq) for fq in reading.quantities):
        return True
    return another_kind and unit_class(q.unit) != unit_class(other.unit) and _beside_its_level(claim, q, other, fact, index)


def _beside_its_level(claim: Claim, q: Quantity, other: Quantity, fact, index: FactIndex) -> bool:
    """A figure of another kind than ``other``'s (a change beside a level: "$46.2 billion …, up about 6 %" for "grew
    about 6 % to $46.2 billion") that the fact's sentence writes with no other level of ``other``'s kind between
    them (else it is that one's: "handsets $46.2 billion, up 6 %; services $25 billion, up 14 %"); a starting level
    only for one ("contre 1,98 milliard")."""
    reading = index.reading(fact)
    anchor = _anchor(other, fact, index)
    if anchor is None:
        return False
    named = named_before(claim, q, index)      # (none: the clause measures what ``other`` does, "…, shrank by 0.2 %")
    text, starting = fact.statement or "", relative_figure(claim, q) == "starting level"
    levels = _other_levels(anchor, fact, index)
    spans, declared = sorted((o.start, o.end) for o in reading.quantities if o.start >= 0), stated_figure(fact, index)
    # (and the words of the fact's sentence at it name what the claim's clause says the figure measures: "les
    # tentatives d'homicide ont baissé de 2 %" is not the 2 % fall of the homicides a fact writes)
    return any(fq is not anchor and fq.start >= 0 and bool(base) == starting and writes_value(q, fq, reading.quantities)
               and not _between(fq, anchor, levels) and not basis_conflict(claim, q, fact, index, fq)
               and not named_elsewhere(named, index.text_keys(_fact_clause(text, spans, fq, declared)), fact, index)
               for fq, base in zip(reading.quantities, reading.baselines))


def _anchor(other: Quantity, fact, index: FactIndex) -> Optional[Quantity]:
    """The figure of the fact's sentence that gives the claim's confirmed figure ``other``."""
    return next((fq for fq in index.reading(fact).quantities if fq.start >= 0
                 and compare_quantity(other, fq)[0] == "supports"), None)


def _between(fq: Quantity, anchor: Quantity, levels: list[int]) -> bool:
    """Whether one of the positions ``levels`` stands between two figures of a sentence."""
    return any(min(fq.start, anchor.start) < k < max(fq.start, anchor.start) for k in levels)


def _other_levels(anchor: Quantity, fact, index: FactIndex) -> list[int]:  # (another level of ``anchor``'s kind)
    reading, text = index.reading(fact), fact.statement or ""
    return [x.start for x, base in zip(reading.quantities, reading.baselines) if x is not anchor and x.start >= 0
            and not base and unit_class(x.unit) == unit_class(anchor.unit) and not is_difference(text[x.end:x.end + 30])]


def named_before(claim: Claim, q: Quantity, index: FactIndex) -> list[frozenset]:
    """The keys of each of the last two words before the figure in its clause that name something (not words of movement):
    "its revenue for 2024 rose 16.2 %": revenue; « le nombre de tentatives d'homicide a baissé de 2 % »: tentatives, homicide."""
    text = before_figure(claim, q, figure_window(claim, q))
    months = [(a, b) for _, a, b, _ in find_months(text)]         # (a month dates the figure, it names nothing)
    head = [w for w, a, _ in words(text) if content_stems(w) and not _moves(w) and not any(x <= a < y for x, y in months)]
    keys = [frozenset(k for k in index.text_keys(w) if k[:2] in ("w:", "e:") or (k[:2] == "c:" and k[2:] not in GENERIC_CONCEPTS))
            for w in head[-2:]]
    return [k for k in keys if k]


def named_elsewhere(named: list[frozenset], said: frozenset, fact, index: FactIndex) -> bool:
    """Whether a word the claim names the figure by, which the fact's sentence does not write at it, is written by
    another fact of the same source (« tentatives d'homicide » when the fact is on the homicides and another of the
    report on the attempts): the figure may be that one's."""
    missing = [keys for keys in named if not keys & said]
    src = index.sources.get(fact.source)
    return bool(missing) and src is not None and any(
        keys & index.text_keys(f.statement or "") for f in src.facts if f is not fact for keys in missing)


def said_beside(claim: Claim, q: Quantity, f: Finding, confirmed: list, found, index: FactIndex) -> Optional[Finding]:
    """A refuted figure that the fact confirming another figure of the claim writes beside it (``confirmed_beside``),
    or that the superseded fact giving another figure of the claim writes beside it (``outdated_beside``)."""
    return confirmed_beside(claim, q, f, confirmed, index) or outdated_beside(claim, q, f, found, index)


def outdated_beside(claim: Claim, q: Quantity, f: Finding, found, index: FactIndex) -> Optional[Finding]:
    """A figure refuted by some fact while another figure of the claim is the older figure of a superseded fact
    whose sentence writes this one too, on the same side of its declared figure, and the fact that revised it
    writes another figure of that unit there ("£10.3 billion …, 13 % more" against "£10.3 billion …, a 13 %
    increase", revised to "£10.4 billion, up 14 %"): the older figure too. ``found``: (figure, how, findings) of each
    figure of the claim."""
    if f.relation != "contradicts" or not f.rule.startswith("quantity"):
        return None
    for other, _, fs in found:
        new = next((g.fact for g in fs if g.relation == "outdated" and g.rule == "outdated"), None)
        old = next((g.fact for g in fs if g.relation == "related" and g.rule == "outdated"), None)
        if other is q or new is None or old is None:
            continue
        after = q.start > other.start
        mine, theirs = _beside_in(q, old, after, index), _beside_in(q, new, after, index)
        k = next((i for i, fq in enumerate(mine) if compare_quantity(q, fq)[0] == "supports"), None)
        if k is not None and k < len(theirs) and compare_quantity(q, theirs[k])[0] == "contradicts":
            return Finding("outdated", "outdated", new, f"{q.text.strip()!r} is the older figure the superseded "
                                                        f"source writes beside {other.text.strip()!r} ({old.statement}); "
                                                        f"the newer one writes {theirs[k].text.strip()!r}: {new.statement}")
    return None


def _beside_in(q: Quantity, fact, after: bool, index: FactIndex) -> list[Quantity]:
    """The figures of the fact's sentence in the unit of ``q``, after (or before) its declared figure, in order."""
    stated = stated_figure(fact, index)
    if stated is None:
        return []
    return [fq for fq in index.reading(fact).quantities if fq is not stated and fq.start >= 0
            and (fq.start > stated.start) == after and fq.unit == q.unit]


def beside_declared(claim: Claim, q: Quantity, window: str, pool: list[Candidate], index: FactIndex) -> list[Finding]:
    """A figure no fact's declared figure decided, that a fact's sentence writes exactly beside its declared one,
    among words that name what the figure measures (``written_beside``: "94,004 new flats were sold, 5.8 % fewer
    than in 2023", declared -5.8 %, for "94,004 new flats found buyers"), of the figure's quarter and month and of
    every party and place the claim names."""
    if is_duration(q.unit):
        return []                      # (the span of an average, "sur 20 ans", is no figure of its own)
    # (the scope asked of a fact only as ``written_beside`` reaches it: most figures have no subject and it asks none,
    # and it stops at the first fact; the claim's side of the scope read once per figure)
    # (the measure of the fact's figure, not of its declared one: ``_measured_alike``)
    scope = FigureScope(claim, q, window, index)
    other = written_beside(claim, q, window, pool, None, index, fits=scope.holds_beside,
                          measure=lambda: scope.qualifiers)
    # (in the figure's own noun, or the declared one's for a bare figure: "61,237 new offices" is not the 61,237
    # flats the sentence writes)
    if other is None or not any(compare_quantity(q, fq)[0] == "supports"
                                and units_comparable(q, fq if fq.unit else other.fact.quantity, other.fact) is None
                                for fq in index.reading(other.fact).quantities):
        return []
    from .ownrole import role_elsewhere       # (a figure its sentence writes for another role is that role's)
    wrong = role_elsewhere(claim, q, other.fact, index)
    from .revisionway import beside_support   # (the way the article says it moved, against that sentence)
    return [wrong] if wrong is not None else beside_support(claim, q, window, other.fact, index)


def change_beside_level(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> Optional[Quantity]:
    """The fact's only change of ``q``'s kind written beside its declared level ("increased 6.6 percent to $4,110.0
    billion"), when the fact may give the figure (``FigureScope``: its measure, quarter, parties, places), or None."""
    if c.fact.quantity is None or not FigureScope(claim, q, window, index).holds(c):
        return None
    return its_change(q, c.fact.quantity, c.fact, index)


def its_change(q: Quantity, other: Quantity, fact, index: FactIndex) -> Optional[Quantity]:
    """The fact's only change of ``q``'s kind, written as one ("fell by 1 %", "1 % fewer"), beside the figure that
    confirms ``other`` (of another kind) with no other level of that one's kind between them."""
    if unit_class(other.unit) == unit_class(q.unit):
        return None
    reading, text = index.reading(fact), fact.statement or ""
    anchor = _anchor(other, fact, index)
    kind = [fq for fq, base in zip(reading.quantities, reading.baselines)
            if fq.start >= 0 and not base and unit_class(in_points(fq).unit) == unit_class(q.unit)]
    if anchor is None or len(kind) != 1:
        return None
    fq = in_points(kind[0])
    moved = direction_of(before_whole(text, fq.start, 30)) or is_difference(text[fq.end:fq.end + 30])
    return fq if moved and not _between(fq, anchor, _other_levels(anchor, fact, index)) else None
