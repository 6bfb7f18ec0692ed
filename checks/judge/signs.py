"""The sign of a figure: a fall or a shortfall written as a positive figure ("fell 9 %", « un déficit de 7,4
milliards ») or with a minus sign (-9 %, « -7,4 milliards »), and a balance named as a deficit or a surplus
(« excédent », "in the red", "solde positif") on either side.

- A source that writes falls and deficits as negative figures: "fell 9 %" is -9.
- A source that names a deficit and declares it as a positive figure: « -7,4 milliards » is that deficit; « un
  excédent de 7,4 milliards » is not.
- A source that names a surplus: "a deficit of 3 billion" is -3 billion.
"""
from __future__ import annotations

import functools
from typing import Optional, Union

from ..compare import compare_quantity, negated
from ..detect.figures import difference_before
from ..factread import DIRECTIONS, is_difference
from ..figurewords import is_level
from ..language import detect_language
from ..lostcount import lost_figure
from ..numbers import find_quantities
from ..model import Claim, Fact, Quantity
from ..slots import clause_spans
from ..terms import concepts_in
from .findings import same_size
from ..resources import compiled

_P_STATEMENT_SIDE = compiled(r"\d")
_P_NEAREST_SIDE = compiled(r"[^\W\d_][\w'’-]*")

CHANGE_CONCEPTS = frozenset(DIRECTIONS)

# concepts that make a figure a fall or a shortfall: "fell 9 %", "a net loss of 13,000 jobs", "a deficit of 10 %",
# "a net outflow of 2 billion"
NEGATIVE_CONCEPTS = {"decrease", "loss", "deficit", "outflow"}

# what a balance is when it is not a change: below zero (a deficit, a loss, an outflow) or above (a surplus, a
# profit)
BALANCE_SIDES = {"deficit": "neg", "loss": "neg", "outflow": "neg", "surplus": "pos", "profit": "pos"}

# how many words before a figure may name its side when its clause names both ("a loss of", « un déficit public de »)
NEAR_WORDS = 5


def signed(q: Quantity, claim: Claim, fact: Union[Fact, Quantity], window: str) -> Quantity:
    """The claim's figure with the sign of the source's way of writing it: "fell 9 %" against a source that writes
    decreases as negative figures (-9 percent); « -7,4 milliards » against a deficit the source declares as 7.4
    billion; a surplus against a deficit, or a deficit against a surplus, with the other sign."""
    fq = fact.quantity if isinstance(fact, Fact) else fact
    fv = None if fq is None else fq.value if fq.value is not None else fq.min
    if fv is None:
        return q
    if fv < 0:
        return negated(q) if (q.value or 0) > 0 and _says_negative(q, claim, window) else q
    return _balance_signed(q, claim, fact, window) if isinstance(fact, Fact) and fv > 0 else q


def sign_note(q: Quantity, claim: Claim, fact: Fact, window: str) -> str:
    """Why a figure the source gives in size is refuted by its sign: the claim names it on one side of zero (a loss,
    a deficit), the source's clause of that figure on the other (a profit, a surplus); "" otherwise."""
    if fact.quantity is None or signed(q, claim, fact, window) is q \
            or compare_quantity(q, fact.quantity)[0] != "supports":
        return ""
    mine = claim_side(q, claim, window)
    if mine is None:
        return ""               # (a change, "fell as much as 27 %", names no side of zero)
    below, above = "a shortfall (a loss, a deficit)", "a gain (a profit, a surplus)"
    return f" — the article gives it as {below if mine == 'neg' else above}, the source as " \
           f"{above if mine == 'neg' else below}"


def _balance_signed(q: Quantity, claim: Claim, fact: Fact, window: str) -> Quantity:
    """Against a source that declares a positive figure and names its side: the claim's figure written the same
    way (its size) when it names the same side, the other sign when it names the other."""
    mine, theirs = claim_side(q, claim, window), fact_side(fact)
    if mine is None or theirs is None:
        return q
    size = negated(q) if _value(q) < 0 else q
    return size if mine == theirs else negated(size)


def _value(q: Quantity) -> float:
    return q.value if q.value is not None else q.min if q.min is not None else 0


def _says_negative(q: Quantity, claim: Claim, window: str) -> bool:
    """Whether the figure is a fall or shortfall: its clause names one, or, when its clause names no change of
    its own, the claim before it does ("Ireland posted the sharpest contraction in the euro area, at 3.8 %")."""
    said = set(concepts_in(window))
    way = is_difference(claim.text[max(0, q.end - claim.start):]) if q.end >= claim.start else None
    way = way or (difference_before(claim.text[:max(0, q.start - claim.start)]) if q.start >= claim.start else None)
    if said & NEGATIVE_CONCEPTS or way == "down":       # "14 % fewer passengers", « 14 % de moins »
        return True
    if q.start >= claim.start and lost_figure(claim.text[:q.start - claim.start], q):
        return True                                     # « ont perdu 7,4 % de leurs abonnés »
    if way == "up":
        return False
    if said & CHANGE_CONCEPTS:
        return False
    before = claim.text[:max(0, q.start - claim.start)]
    return bool(set(concepts_in(before)) & NEGATIVE_CONCEPTS)


def claim_side(q: Quantity, claim: Claim, window: str) -> Optional[str]:
    """"neg" or "pos" when the claim's figure is a balance written with its sign (« -7,4 milliards », "+3
    billion") or named as a deficit or a surplus in its clause; None for a change or when nothing says."""
    at = q.start - claim.start
    if at < 0:
        return None
    if _value(q) < 0:
        return "neg"
    if claim.text[max(0, at - 2):at + 1].strip().startswith("+") or q.text.strip().startswith("+"):
        return "pos"
    before, after = claim.text[:at], claim.text[q.end - claim.start:]
    side = _named_side(window, before, after)
    if side is None and not set(concepts_in(window)) & CHANGE_CONCEPTS:
        side = _named_side(before, before, after)    # « était dans le rouge, à 7,4 milliards »
    return side


def fact_side(fact: Fact) -> Optional[str]:
    """``claim_side`` of the source's sentence: the side the clause that writes its declared figure names ("operating
    income was 1.3 billion in 2024, compared with an operating loss of 0.4 billion in 2023": 1.3 billion is income,
    the loss is the other figure's), else the one side its clauses with a figure name."""
    fq = fact.quantity
    return _statement_side(fact.statement or "", fq.value if fq is not None else None)


@functools.lru_cache(maxsize=4096)
def _statement_side(text: str, value: Optional[float]) -> Optional[str]:
    """``fact_side`` of a sentence and its declared value, read once per sentence (the judge asks it of each
    candidate fact for each figure of each claim)."""
    if value is not None and text:
        own = _own_clause_side(text, value)
        if own:
            return own          # (else, as before, the one side the sentence's clauses with a figure name)
    found = set()
    for a, b in clause_spans(text):
        m = _P_STATEMENT_SIDE.search(text[a:b])
        if m:
            at = a + m.start()
            found.add(_named_side(text[a:b], text[:at], text[at:b]))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _named_side(clause: str, before: str, after: str) -> Optional[str]:
    said = set(concepts_in(clause))
    if said & CHANGE_CONCEPTS and not is_level(before) or is_difference(after):
        return None                       # "the deficit narrowed by 2 billion": a change, not the balance
    sides = {BALANCE_SIDES[c] for c in said if c in BALANCE_SIDES}
    if len(sides) > 1:
        return _nearest_side(before)    # "turned a profit into a loss of 2.7 billion": the loss is the figure's
    return sides.pop() if sides else None


def _nearest_side(before: str) -> Optional[str]:
    """The side the balance word nearest before a figure names, within a few words ("a loss of", « une perte
    nette de »); None when none is that close."""
    toks = _P_NEAREST_SIDE.findall(before)[-NEAR_WORDS:]
    for k in range(1, len(toks) + 1):
        sides = {BALANCE_SIDES[c] for c in concepts_in(" ".join(toks[-k:])) if c in BALANCE_SIDES}
        if sides:
            return sides.pop() if len(sides) == 1 else None
    return None


def _own_clause_side(text: str, value: float) -> Optional[str]:
    """The side named by the one clause of ``text`` that writes ``value`` (whatever its sign); None when that
    clause names none, or no clause, or more than one, writes it."""
    spans = _figure_clauses(text, abs(value))
    if len(spans) != 1:
        return None
    a, at, b = spans[0]
    return _named_side(text[a:b], text[:at], text[at:b])


@functools.lru_cache(maxsize=4096)
def _figure_clauses(text: str, size: float) -> tuple[tuple[int, int, int], ...]:
    """(clause start, figure start, clause end) of each clause of ``text`` with a figure of this size."""
    spans = clause_spans(text)
    out = set()
    for x in _sentence_quantities(text):
        v = x.value if x.value is not None else x.min
        if not same_size(v, size):
            continue
        span = next(((a, b) for a, b in spans if a <= x.start < b), None)
        if span is not None:
            out.add((span[0], x.start, span[1]))
    return tuple(sorted(out))


@functools.lru_cache(maxsize=1024)
def _sentence_quantities(text: str) -> tuple[Quantity, ...]:
    """The figures of a source's sentence in its own language, read once per sentence (``_figure_clauses`` asks for
    them for each size it looks for)."""
    return tuple(find_quantities(text, detect_language(text)))
