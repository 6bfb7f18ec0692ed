"""The newer version of a superseded fact and when the older figure stands as given: the sources that supersede a
source down the chain of ``superseded_by`` (``superseding``); the one fact of a superseding source that restates,
for the same period, parties and unit, what a superseded fact gave and gives it otherwise (``revision_of``: "0.9 %
in 2024" revised to 1.1 %, a target for 2024 narrowed in October, a 20 % target raised to more than 20 %); and a
claim that dates its figure to the month the superseded source gave it (``dated_as_older``: "the £30 million
forecast in March 2024", « les 31,4 millions annoncés en décembre 2029 »), which stands as the figure given then."""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity, written_precision
from ..factread import same_base_unit
from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import word_pattern
from ..terms import content_stems
from .aims import states_expectation
from .boundslip import same_figure as _same_figure
from .figures import signed
from .findings import same_size, year_of
from .forecastfact import names_forecast_noun


def revision_of(old: Candidate, q: Quantity, claim: Claim, window: str, index: FactIndex) -> Optional[Candidate]:
    """The one fact of a source that supersedes the older fact's (down the chain) for the same period, parties and
    unit and most of its words, that gives another figure: what the older figure now is, even when the newer
    sentence names the measure more precisely ("seasonally adjusted, GDP grew 0.6 %" after the flash's 0.4 %)."""
    f = old.fact
    if f.quantity is None or f.as_of is None:
        return None
    mine, restated = _words(f.statement), (restating(f, index) or (None,))[0]   # (read once, not per fact)
    found = [fact for fact in index.facts if fact.quantity is not None and fact.quantity.unit == f.quantity.unit
             and (fact.subject, fact.object) == (f.subject, f.object) and _restated_for(fact, f, index, restated)
             and supersedes(fact.source, f.source, index)
             and len(mine & _words(fact.statement)) >= 0.5 * len(mine)]
    if len(found) != 1 or not (compare_quantity(signed(q, claim, found[0], window), found[0].quantity)[0] == "contradicts"
                               or given_otherwise(q, found[0].quantity, f.quantity)):
        return None
    return Candidate(found[0], index.sources[found[0].source], old.score, old.topical, old.shared)


def _restated_for(new: Fact, old: Fact, index: FactIndex, restated: Optional[Fact]) -> bool:
    """Whether the newer fact is of the older one's period: its date, or the next year's writing the older year's
    level otherwise as its starting level (``restated``: the fact ``restating`` finds, read once by the caller), or,
    both stating an expectation or a target, a later date of the year a year's guidance is for (« le 30 octobre 2024
    … devraient être proches du bas des fourchettes » after a target for 2024), or any later date for a target dated
    when it was set ("raised its margin target to more than 20 %" in 2025 after the 20 % target of March 2024)."""
    ny, oy = year_of(new.as_of), year_of(old.as_of)
    if new.as_of == old.as_of or None not in (ny, oy) and ny == oy + 1 and restated is new:
        return True
    if None in (ny, oy) or not (expects(new, index) and (expects(old, index) or before_its_year_ended(old, index))):
        return False
    return ny == oy if len(str(old.as_of)) == 4 else str(new.as_of) > str(old.as_of)


def restating(old: Fact, index: FactIndex) -> Optional[tuple[Fact, Quantity]]:
    """The newer fact, of a source that supersedes the older one's and of the year after the older fact's whole year
    (a calendar year, or a fiscal one the list dates by its closing month: 2024-03, then 2025-03), that writes the
    older year's level as the one it moved from ("fell 25 % to £40m in 2024 from a restated £52m in 2023", « contre
    52 M€ retraités en 2023 », "31.6p for 2024/25, down from a restated 36.7p") otherwise than the older fact, for the
    same parties and unit — of those, the one that writes most of the older sentence's words, at least half (the same
    measure) —, and that level: the newer source restated that year's figure."""
    oy, mine = year_of(old.as_of), _words(old.statement)
    if oy is None or len(str(old.as_of)) not in (4, 7) or old.quantity is None:
        return None
    found = []
    for new in index.facts:
        base = _level_moved_from(new, old, f"{oy + 1}{str(old.as_of)[4:]}", index)
        shared = len(mine & _words(new.statement))
        if base is not None and shared >= 0.5 * len(mine):
            found.append((shared, new, base))
    best = max(found, key=lambda x: x[0], default=None)
    return None if best is None or sum(x[0] == best[0] for x in found) > 1 else (best[1], best[2])


def _words(text: Optional[str]) -> set[str]:
    """The words of a sentence that say what it measures: its content stems but the pieces of its figures ("14.04p"
    writes no word "04p")."""
    return {w for w in content_stems(text) if not any(ch.isdigit() for ch in w)}


def _level_moved_from(new: Fact, old: Fact, period: str, index: FactIndex) -> Optional[Quantity]:
    """The starting level a newer fact of that period (a year on from the older fact's), of the older fact's parties
    and unit in a source that supersedes the older one's, writes otherwise than the older fact — counted in its unit,
    or in the same thing paid or counted when the newer fact declares that unit ("31.6p per share, down from a
    restated 36.7p": pence per share too; ``factread.same_base_unit``)."""
    if str(new.as_of) != period or (new.subject, new.object) != (old.subject, old.object) \
            or not supersedes(new.source, old.source, index):
        return None
    reading, unit = index.reading(new), old.quantity.unit
    alike = new.quantity is not None and new.quantity.unit == unit
    return next((fq for fq, b in zip(reading.quantities, reading.baselines) if b and fq.value is not None
                 and (fq.unit == unit or alike and same_base_unit(fq.unit, unit))
                 and not _same_figure(fq, old.quantity)), None)


def expects(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact's sentence states an expectation, a plan or a target (``states_expectation``, a noun of
    forecast, guidance or target)."""
    text = fact.statement or ""
    return states_expectation(text, index.reading(fact).language) or names_forecast_noun(text)


def before_its_year_ended(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact of a whole year comes from a source published in that year, before it ended: what was expected
    of it (« Lectra confirme viser pour 2024 … », published in April 2024)."""
    published = str(index.sources[fact.source].published or "")
    return len(str(fact.as_of)) == 4 and len(published) >= 4 and published[:4] <= str(fact.as_of)


def given_otherwise(q: Quantity, new: Quantity, old: Quantity) -> bool:
    """Whether the figure is exactly the older fact's, bounded alike, and the newer gives another: another bound of
    the same number ("more than 20 %" after "20 %"), another range, or a number out of the figure's rounding (about
    522 million after a range of 480 to 530)."""
    if not (_same_figure(q, old) and bound_kind(q) == bound_kind(old)):
        return False
    if _same_figure(q, new):
        return bound_kind(q) != bound_kind(new)
    return q.value is None or new.value is None or abs(abs(new.value) - abs(q.value)) >= written_precision(q, q.value)


def supersedes(newer: str, older: str, index: FactIndex) -> bool:
    return newer in superseding(older, index)


def superseding(source: str, index: FactIndex) -> list[str]:
    """The sources that supersede ``source``, newest last, down the chain of ``superseded_by`` (20 steps at most: a
    chain the list writes in a loop ends there)."""
    out = []
    while source in index.superseded_by and len(out) < 20:
        source = index.superseded_by[source]
        out.append(source)
    return out


def revised_since(claim: Claim, q: Quantity, window: str, good: list, verdicts: list, index: FactIndex) -> tuple:
    """(good, verdicts), or none good and the newer fact disagreeing when the figure agrees only with superseded
    sources' facts and a newer source revised the first (``revision_of``)."""
    newer = revision_of(good[0][0], q, claim, window, index) \
        if good and all(c.source.id in index.superseded_by for c, _, _ in good) and not dated_as_older(claim, good) else None
    return ([], [(newer, "contradicts", "")]) if newer is not None else (good, verdicts)


def dated_as_older(claim: Claim, good: list) -> bool:
    """Whether the claim dates its figure to the month the superseded source gave it (« les 31,4 millions annoncés en
    décembre 2029 », "the £30 million forecast in March 2024"): the older figure, reported as what it was then. Not a
    month later than the source's publication, the period a target is for ("to carry 84 million passengers in the
    year to June 2026", given in 2024), nor, in a claim that says the figure still holds (« détient toujours »,
    "still holds"), the month of an earlier event a phrase after the figure dates ("after the sale it launched in
    March 2024", « depuis l'accord signé en mars 2024 »): the claim is of the article's date."""
    dates = [d for d in claim.dates if d.month and d.relation in ("at", "of") and not _earlier_event(claim, d)]
    return any(_given_in(d.iso()[:7], c) for d in dates for c, _, _ in good if not _its_period_end(d, c.fact))


def _its_period_end(d, fact: Fact) -> bool:
    """Whether the claim's date is the very day the fact's figure is dated to, the end of the period it is of ("in
    the six months to 1 December 2024", « au 30 juin 2025 »): a date the newer version of the figure is of too, which
    says what the figure is of, not when the older source gave it."""
    return bool(d.day) and d.iso() == str(fact.as_of or "")


def _given_in(month: str, c: Candidate) -> bool:
    """Whether the source gave its fact's figure in that month: the month it was published, or, when the list dates
    its publication by no month, the fact's own date when that is not later than its publication (a target for a
    later period is not given then). A source published in a later month gave the figure of an earlier month's
    period then, not in it: "the profit for the year to September 2023" names the period a restatement is of too."""
    published = str(c.source.published or "")[:7]
    if month == published:
        return True
    return len(published) < 7 and month == str(c.fact.as_of or "")[:7] and not (published and month[:len(published)] > published)


def _earlier_event(claim: Claim, d) -> bool:
    """Whether a claim that says its figure still holds writes the date in a phrase of an earlier event, opened after
    its figure by "after", "since", « après », « depuis » (``earlier_event_openers``) with no break before the date."""
    text = claim.text
    at = d.start - claim.start if 0 <= d.start - claim.start < len(text) and text[d.start - claim.start:].startswith(d.text) \
        else text.find(d.text)
    if at <= 0 or not word_pattern("claims", r"(?<!\w)(?:{+still_words})(?!\w)", re.I).search(text[:at]):
        return False
    first = min((q.end - claim.start for q in claim.quantities if claim.start <= q.start < claim.start + at), default=None)
    return first is not None and bool(word_pattern("claims", r"(?<!\w)(?:{+earlier_event_openers})(?!\w)[^,;:()]*$", re.I).search(text[first:at]))


def bound_kind(q: Quantity) -> str:
    """A figure's bound as it sets the figure apart: a lower or an upper bound, or none (exact and hedged alike)."""
    return q.bound if q.bound in ("at-least", "at-most") else "exact"


def gives_the_figure(q: Quantity, old: Quantity) -> bool:
    """Whether the older fact can give the claim's very figure, not only meet it: a range for a range and a figure
    for a figure (« 7 % » is no older target of 6 % to 8 %, nor « entre 6 % et 8 % » an older 7 %), and a bound
    only as that bound at that figure ("at least £3.0bn" is no older "at least £2.8bn", nor « plus de 18 % » an
    older fall of 34.8 %): a figure that only falls inside what a superseded source gave is not its older figure —
    but a bound at the end of an older range is what it gave ("up to $5.5 billion" of 1.7 to 5.5 billion)."""
    if q.value is not None and old.value is None:
        end = {"at-most": old.max, "at-least": old.min}.get(bound_kind(q))
        return end is not None and same_size(end, q.value)
    if (q.value is None) != (old.value is None):
        return False
    return bound_kind(q) == "exact" or bound_kind(q) == bound_kind(old) and _same_figure(q, old)


def period_on(new: Fact, old: Fact) -> bool:
    """Whether the newer fact is of the older one's year or a later one (the same measure counted again: a running
    total read later, the next edition of a yearly figure)."""
    ny, oy = year_of(new.as_of), year_of(old.as_of)
    return ny is not None and oy is not None and ny >= oy


def same_range(q: Quantity, old: Quantity) -> bool:
    """A range whose two ends are those of the older fact's range ("entre 11,5 % et 12,5 %" for 11.5–12.5 %): two
    figures given exactly, which the older fact alone gives, whatever words it measures them in."""
    return q.value is None and q.min is not None and q.max is not None and old.value is None \
        and same_size(old.min, q.min) and same_size(old.max, q.max)
