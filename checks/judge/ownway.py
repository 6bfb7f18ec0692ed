"""The way a claim says one of its figures moved, read from its own words only (``agreement.direction_conflict``):
a way word another figure of the claim owns is not this figure's.

- the words right before another figure written before it that is the size of a change, and give its way ("The
  drop of 12 % came even though the port handled 40 million tonnes"): the change's, not the count's after
  it (a change written after a level, « 1 407 unités, une progression de 10 % », is that level's own), and those
  right before a level reached written before it (« est tombé à 6,2 t, sur 300 000 ha »: the 6,2's);
- another figure written as a difference, with the words that make it one (« 2 130 millions d'euros, inférieur
  de 615 millions à … », "615 million more than"): the difference's way, not the level's beside it;
- a clause of the claim after the figure's, joined by a conjunction (not a gloss after a comma), that writes
  another figure and a way ("38 states will see fewer
  deaths, while 11 states will see increases", « …, alors que 11 régions verront une hausse »): that figure's.

A way said before reaches the clauses after it ("fell 7 %, to 2.31 billion"; "Sales fell in 14 regions and
in the capital"); a level reached ("slipped two points to 45 %") moves the way its change does. What is left is read
as before: the figure's clause, then the rest of the claim.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..detect.figures import difference_words
from ..factread import direction_of
from ..figurewords import is_level
from ..model import Claim, Quantity
from ..openingcause import opening_cause
from ..resources import compiled, words
from ..slots import clause_spans
from ..text import before_whole, fold, fold_same_length, spaced_alternation
from .clauses import figure_sense, figure_window

_P_PHRASE_END = compiled(r"[,;:()]")
NEAR = 20          # how far before a figure its own way words are read (as ``agreement.direction_at``)


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def own_way(claim: Claim, q: Optional[Quantity], window: str) -> Optional[str]:
    """The way the figure's clause, else the claim, says ``q`` moved, without the words other figures own."""
    text = claim.focus or claim.text
    if q is None:
        return direction_of(window) or direction_of(text)
    others = [o for o in claim.quantities if o is not q and o.start >= 0 and o.value is not None and o.unit != "year"]
    s = q.start - claim.start
    # (a level reached, "slipped two points to 45 %", moves the way its change does)
    if not is_level(text[max(0, s - 24):s]):
        window, text = _without_changes_before(claim, others, s, window, text)
    window, text = _without_differences(claim, others, window, text)
    window, text = _without_concessions(s, window, text)
    return direction_of(window) or direction_of(_without_later_clauses(claim, others, s, text))


def _without_differences(claim: Claim, others: list[Quantity], window: str, text: str) -> tuple[str, str]:
    """The window and the claim's text blanked of each other figure written as a difference, with the words that
    make it one (« 2 130 millions d'euros, inférieur de 615 millions à … », "…, 615 million more than"): the way
    they say is that difference's, not the level's beside it."""
    for o in others:
        os_, oe = o.start - claim.start, o.end - claim.start
        said = difference_words(text, os_, oe) if 0 <= os_ < oe <= len(text) else None
        if said:
            owned = text[said[1]:said[2]]
            window, text = window.replace(owned, " " * len(owned)), _blank(text, said[1], said[2])
    return window, text


def _without_concessions(s: int, window: str, text: str) -> tuple[str, str]:
    """The window and the claim's text blanked of each concessive phrase the figure at ``s`` is not in, up to its
    clause's end ("revenue was £2.2bn despite a contraction in the market", « … malgré le recul du marché »), and of
    the cause the sentence opens on ("Thanks to lower costs, …": ``openingcause``): the way of change it names is
    what the figure held against or what moved it, not the figure's own."""
    for a, b in concessions(text) + ([opened] if (opened := opening_cause(text)) else []):
        if not a <= s < b:
            owned = text[a:b]
            window, text = window.replace(owned, " " * len(owned)), _blank(text, a, b)
    return window, text


def concessions(text: str) -> list[tuple[int, int]]:
    """The spans of a text's concessive phrases, each from its opener (``concessive_openers`` of ``claims.yaml``:
    "despite", "even though", « malgré », « bien que ») to its clause's end: what it names is what the rest of the
    sentence went against, another thing (its way, and its figures, which no figure outside it measures the change of:
    "The decline of 16 % came even though it flew 200 million passengers"); and so is a past that did not happen,
    opened by a word that sets the figure's thing aside (``counterfactual_openers``: "…, without which the decline
    would have been steeper", « …, sans lesquelles le repli aurait été plus marqué »): the way it names is not the
    figure's."""
    out = []
    for m in _concession().finditer(fold_same_length(text)):
        stop = _P_PHRASE_END.search(text, m.end())
        out.append((m.start(), stop.start() if stop else len(text)))
    return out


def _without_changes_before(claim: Claim, others: list[Quantity], s: int, window: str, text: str) -> tuple[str, str]:
    """The window and the claim's text blanked of the way words right before each change or level reached written
    before the figure ("the drop of 12 %", « est tombé à 6,2 t, sur 300 000 ha »)."""
    for o in others:
        os_, oe = o.start - claim.start, o.end - claim.start
        if not 0 <= os_ < s or (figure_sense(claim, o, figure_window(claim, o)) != "change"
                                and not is_level(text[max(0, os_ - 24):os_])):
            continue         # (a level reached before it, « est tombé à 6,2 t », owns its way words too)
        near = before_whole(text, os_, NEAR)
        if direction_of(near):
            owned = near + text[os_:oe]
            window, text = window.replace(owned, " " * len(owned)), _blank(text, os_ - len(near), oe)
    return window, text


def _without_later_clauses(claim: Claim, others: list[Quantity], s: int, text: str) -> str:
    """The claim's text blanked of each later clause of another figure, with a subject of its own, that says a way."""
    end = 0
    for a, b in clause_spans(text):
        joined, end = coordinated(text[end:a], text[a:b]), b
        if a > s and joined and any(a <= o.start - claim.start < b for o in others) and direction_of(text[a:b]):
            text = _blank(text, a, b)
    return text


def coordinated(gap: str, clause: str) -> bool:
    """Whether a clause is joined by a conjunction, with a subject of its own: a clause break of words ("while",
    « tandis que ») before it, or a coordinator (``coordinators`` of ``claims.yaml``) opening it after a comma
    (« , et Ostria … »); not a gloss set off by a comma (« , une progression de 10 % »). Also read by the rule
    ``direction`` (``rules/direction.py``) for a coordinated clause's own party."""
    return bool(gap.strip(" ,;")) or bool(_coordinator().match(fold(clause)))


@functools.lru_cache(maxsize=None)
def _concession() -> re.Pattern:
    said = words("claims", "concessive_openers") + words("claims", "counterfactual_openers")
    return compiled(rf"(?<!\w)(?:{spaced_alternation(said)})(?!\w)")


@functools.lru_cache(maxsize=None)
def _coordinator() -> re.Pattern:
    return compiled(rf"\s*(?:{spaced_alternation(words('claims', 'coordinators'))})\s")
