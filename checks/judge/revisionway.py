"""The way a forecast, outlook or target was revised ("the agency lowered its outlook and now expects prices to rise
57.6 %", « l'institut a relevé sa prévision de croissance, à 1,1 % »): a direction of its own beside the figure the
forecast now gives, which may be right when the way is wrong. The source's way is the one its sentence says, else
the one its older version gives (the same measure in a source the fact's supersedes: 41.1 % then 57.6 % went up).
Words: ``forecast_nouns``, ``revised_up_verbs``, ``revised_down_verbs``, ``revised_verbs``, ``revised_up_after``,
``revised_down_after`` in ``data/lang/<code>/claims.yaml``.
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity, negated
from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import compiled, words
from ..terms import content_stems
from ..text import fold_same_length
from .agreement import direction_at, way_of_its_clause, change_against_level, direction_conflict, moved_words
from .ownway import own_way
from .clauses import relative_figure
from .findings import WAY_VERBS, Finding, asserted_figures, year_of
from .revised import revises
from .signs import signed
from ..tablestore import stored


def _alts(key: str) -> str:
    return "|".join(r"\s+".join(re.escape(p) for p in fold_same_length(w).split())
                    for w in sorted(words("claims", key), key=len, reverse=True))


@stored
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    nouns = rf"(?:{_alts('forecast_nouns')})"
    gap = r"(?:\s+[\w'’-]+){0,3}?\s+"        # a few words between: "its growth", « sa »
    out = []
    for way, key in (("increase", "up"), ("decrease", "down")):
        verbs = rf"(?:{_alts(f'revised_{key}_verbs')})"
        after = rf"(?:{_alts(f'revised_{key}_after')})"
        # "lowered its outlook", "its forecast was lowered", "revised its forecast for 2025 up"
        out.append((way, compiled(rf"(?<![\w]){verbs}{gap}(?:\w+\s+)?{nouns}(?![\w])")))
        out.append((way, compiled(rf"(?<![\w]){nouns}(?:\s+[\w'’-]+){{0,4}}?\s+{verbs}(?![\w])")))
        out.append((way, compiled(rf"(?<![\w])(?:{_alts('revised_verbs')}){gap}{nouns}(?:\s+[\w'’-]+){{0,4}}?\s+"
                                  rf"{after}(?![\w])")))
    return tuple(out)


def revision_in(text: str) -> Optional[tuple[str, str]]:
    """(way, words) of the one way a text says a forecast was revised ("increase", "raised its forecast"); None
    for none, or both ways."""
    folded = fold_same_length(text)
    found = {}
    for way, rx in _patterns():
        m = rx.search(folded)
        if m and way not in found:
            found[way] = text[m.start():m.end()]
    return next(iter(found.items())) if len(found) == 1 else None


def fact_revision(fact: Fact, index: FactIndex) -> Optional[str]:
    """The way the source says the fact's forecast was revised: its sentence's words, else its older version's
    figure against its own (the one fact of a superseded source that it revises)."""
    said = revision_in(fact.statement or "")
    if said:
        return said[0]
    q = fact.quantity
    older = [f for f in index.facts if f is not fact and f.quantity is not None and revises(fact, f, index)]
    if q is None or q.value is None or len(older) != 1 or older[0].quantity.value in (None, q.value):
        return None
    return "increase" if q.value > older[0].quantity.value else "decrease"


def way_against(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> tuple[Optional[str], str]:
    """(what goes the wrong way, the claim's words for the way when they are a part of their own beside a right
    figure). A forecast both the claim and the source say was revised is judged by the way it was revised
    ("lowered its outlook" against a forecast raised from 41.1 % to 57.6 %), never by the words of the measure
    (« sa prévision de croissance » is no rise); else the direction of the change or of the level reached."""
    said = revision_in(claim.focus or claim.text) if not claim.negated else None
    theirs = fact_revision(fact, index) if said else None
    if theirs:
        names = {"increase": "raised", "decrease": "lowered"}
        return (None, "") if theirs == said[0] else \
            (f"wrong direction: the article says the forecast was {names[said[0]]} ({said[1]!r}), the source that "
             f"it was {names[theirs]}", said[1])
    if relative_figure(claim, q) == "starting level":
        return None, ""        # ("a pick-up from growth of 0.1 %": the way the claim says is the move from it, not its own)
    turned = direction_conflict(claim, window, fact, index, q) or change_against_level(claim, q, window, fact, index)
    # (a level reached is right whichever way the article says it moved: its direction is a part of its own —
    # contradicted when this fact gives the way in the claim's one clause, ``findings.claim_verdict``)
    moved = moved_words(claim, q, window) if turned and not turned.startswith(repr(q.text.strip())) else ""
    return turned, moved


def way_of_the_size(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """The wrong way, when the claim's figure is the size of the fact's change written the other way ("rose
    38.4 %" against a fall the source writes -38.4 %): what goes the wrong way, else None."""
    fq = fact.quantity
    if fq is None or compare_quantity(negated(signed(q, claim, fact, window)), fq)[0] != "supports":
        return None
    return way_against(claim, q, window, fact, index)[0]


def way_teller(claim: Claim, q: Quantity, window: str, good: list, index: FactIndex):
    """Which of the facts that agree with the figure (``(candidate, verdict, detail)``, closest first) judges the
    way the article says it moved: the closest, unless its sentence gives no way at all and another agreeing one
    does, the other way ("cut its deposit rate to 1.25 %" against "At 1.25 %, the rate is the highest since 2009"
    and "put the rate up from 1 % to 1.25 %"; « a abaissé son taux à 1,25 % » likewise). An undated figure in an
    article on a year is the year's (``wholeyear.running_year``): a fact of that year, of no part of it, tells its
    way before the closest one of a quarter or a half ("declined by 2.3 %" against the year's "rose 2.3 %", not
    the fourth quarter's fall of 2.3 %)."""
    first = _the_years_first(claim, q, window, good)
    if index.reading(first.fact).direction is not None:
        return first
    return next((c for c, _, _ in good[1:] if way_against(claim, q, window, c.fact, index)[0]), first)


def _the_years_first(claim: Claim, q: Quantity, window: str, good: list):
    """The first agreeing fact of the year an undated figure is read in, of no part of it, when the closest one is a
    part's; else the closest."""
    from .wholeyear import running_year                # (wholeyear reads the rules this module serves)
    from .yearparts import part_of_year
    first = good[0][0]
    year = running_year(claim, q, window) if part_of_year(first.fact) else None
    whole = (c for c, _, _ in good[1:] if year is not None and year_of(c.fact.as_of) == year and not part_of_year(c.fact))
    return next(whole, first)


def beside_support(claim: Claim, q: Quantity, window: str, fact: Fact, index: FactIndex) -> list:
    """A figure a fact's sentence writes beside its declared one ("rose 5 % to 8.4p"): it supports the figure, and
    the way the article says it moved is judged against that sentence as for its declared figure ("cut to 8.4p":
    the level is right, the way wrong)."""
    apart = part_for_whole_year(claim, q, window, fact)
    if apart is not None:
        return [apart]
    found = Finding("supports", "quantity", fact,
                    f"{q.text.strip()!r} agrees with a figure the source gives beside its own: {fact.statement}")
    turned, moved = way_against(claim, q, window, fact, index)
    # (a level reached the way the clause writing it says, "rose 5 % to 8.4p", when the claim does not write the change
    # the fact declares: that figure's own way is judged with it)
    declared = fact.quantity.unit if fact.quantity is not None else None
    if not turned and not claim.negated and not any(
            x is not q and declared and unit_class(x.unit) == unit_class(declared) for x in asserted_figures(claim)):
        said = direction_at(claim, q) or own_way(claim, q, window)
        theirs = way_of_its_clause(fact, q, index) if said else None
        if theirs and theirs != said:
            turned = f"wrong direction: the article says it {WAY_VERBS[said]}, the source that it {WAY_VERBS[theirs]}"
            moved = moved_words(claim, q, window)
    if not turned:
        return [found]
    wrong = Finding("contradicts", "direction", fact, f"{turned}: {fact.statement}", part=moved)
    return [found, wrong] if moved else [wrong]


def revised_otherwise(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A forecast the claim says was revised one way and the source the other, with no figure of the claim's own:
    « Velmor a abaissé sa prévision » against « Velmor a relevé sa prévision », "cut its outlook" against "raised its
    outlook" — the wrong direction; and one the claim says was revised that the source's words say was confirmed
    (« a confirmé son objectif », "reaffirmed its guidance": ``revised_held_verbs``), or the reverse. None when either
    says no way."""
    text, statement = claim.focus or claim.text, fact.statement or ""
    mine = revision_in(text) or held_in(text)
    if mine is None:
        return None
    theirs = (revision_in(statement) or held_in(statement) or (None,))[0] if mine[0] == "unchanged" \
        else fact_revision(fact, index) or (held_in(statement) or (None,))[0]
    if theirs is None or mine[0] == theirs or mine[0] == _way_of_the_same_forecast(text, mine[1], statement):
        return None
    names = {"increase": "raised", "decrease": "lowered", "unchanged": "confirmed"}
    return f"wrong direction: the article says the forecast was {names[mine[0]]} ({mine[1]!r}), the source that it " \
           f"was {names[theirs]}: {statement}"


def _way_of_the_same_forecast(text: str, said: str, statement: str) -> Optional[str]:
    """The way the source says the claim's own forecast went, when its sentence revises one forecast and keeps another
    (« Velmor abaisse sa prévision de ventes, tout en maintenant sa prévision d'une marge positive »): the way of the
    source's phrase whose words after it (what the forecast is of) share the most with the claim's after ``said``;
    None when none shares a word, or two share as many."""
    folded = fold_same_length(statement)
    found = [(way, m.end()) for way, rx in _patterns() for m in rx.finditer(folded)]
    found += [("unchanged", m.end()) for m in _held().finditer(folded)]
    at = text.find(said)
    mine = set(content_stems(text[at + len(said):])[:_OBJECT_WORDS]) if at >= 0 else set()
    shared = sorted(((len(mine & set(content_stems(statement[end:])[:_OBJECT_WORDS])), way) for way, end in found),
                    reverse=True)
    if not shared or not shared[0][0] or len(shared) > 1 and shared[1][0] == shared[0][0] and shared[1][1] != shared[0][1]:
        return None
    return shared[0][1]


_OBJECT_WORDS = 5       # the words after a forecast noun that say what the forecast is of


def held_in(text: str) -> Optional[tuple[str, str]]:
    """("unchanged", words) when a text says a forecast was confirmed or kept (« a confirmé son objectif », "reaffirmed
    its guidance"); None otherwise."""
    m = _held().search(fold_same_length(text))
    return ("unchanged", text[m.start():m.end()]) if m else None


@stored
def _held() -> re.Pattern:
    return compiled(rf"(?<![\w])(?:{_alts('revised_held_verbs')})(?:\s+[\w'’-]+){{0,3}}?\s+"
                    rf"(?:{_alts('forecast_nouns')})(?![\w])")


def part_for_whole_year(claim: Claim, q: Quantity, window: str, fact: Fact) -> Optional[Finding]:
    """A figure the claim says of a whole year ("rose 3 % over the year", « sur l'exercice ») that a fact of a part of
    a year (a quarter, a half) writes beside its own: that part's figure, not the year's, so the period the claim
    states is unchecked — a wrong period when the claim says the year's full span ("over the full year") and the
    fact's sentence says its figure of a part only, else related (``wholeyear.part_not_whole``'s reading for a
    declared figure). None when the claim says no whole year or the fact is of a whole one."""
    from .yearparts import part_of_year, says_full_year, says_whole_year, writes_whole_year   # (they read this module's rules)
    if not part_of_year(fact) or not says_whole_year(claim, q, window):
        return None
    if says_full_year(claim, q, window) and not writes_whole_year(fact.statement or ""):
        return Finding("contradicts", "period", fact, f"wrong period: {q.text.strip()!r} is said of the full year; the "
                                                      f"source gives it for a part of the year only: {fact.statement}")
    return Finding("related", "period", fact, f"{q.text.strip()!r} is said of the whole year; the source gives it for "
                                              f"a part of the year only: {fact.statement}")
