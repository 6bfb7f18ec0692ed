"""A figure met only within its rounding by a fact that shares no word of what it measures: no confirmation.

A rounded figure, "$3.8 billion", is met by many facts of its unit near it (3.76 billion); when the fact neither
declares nor writes the figure itself and the claim's words (or those of the statement it points back to) share
nothing of what the fact measures, beyond the party's name and the period ("It returned $3.8 billion to
shareholders" against "Net earnings … fell to 3.76 billion"; « Velmor a reversé 3,8 milliards à ses actionnaires »
against « Le bénéfice net … 3,76 milliards »), the nearness of the numbers is no evidence that they are one figure.
Read where a fact is reached for the figure other than as its closest fact: another fact the quantity rule turns to
when the closest disagrees (``rules/quantity._disagreeing``: its confirmation only, not a wrong measure), and the
facts of the statement before that a figure is carried to (``carry.carry_antecedent``). A claim that says nothing of
what it measures ("It now tops 3,300 billion") is left to those rules."""
from __future__ import annotations

from ..match import Candidate, FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import words
from .measured import same_numbers, shared_subject, words_of_its_measure
from .weakwords import beyond, when_and_how


def _written_by(q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact declares or its sentence writes the claim's very number."""
    fq = fact.quantity
    return (fq is not None and same_numbers(q, fq)) or any(same_numbers(q, x) for x in index.reading(fact).quantities)


def rounding_alone(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact meets the figure only within its rounding, sharing no word of its measure with the claim."""
    if _written_by(q, fact, index) or fact.source not in index.sources:
        return False
    when = _when(claim, index)
    if not beyond(words_of_its_measure(claim, q, index), when):
        return False                   # (a claim that says nothing of what it measures: "It now tops 3,300 billion")
    c = Candidate(fact, index.sources[fact.source], 0.0, 0.0)
    # (a claim that points back to the statement before, "That makes …", « C'est … », measures what that one names)
    return not any(beyond(shared_subject(x, c, index), when) for x in (claim, claim.antecedent) if x is not None)


def unless_rounded(claim: Claim, q: Quantity, c: Candidate | None, index: FactIndex, agreeing) -> list:
    """The findings ``agreeing`` gives on the figure against ``c``, but none when they only confirm it and ``c`` meets
    it only within its rounding (``rounding_alone``); a wrong measure ("is the figure of another fact") stays."""
    found = agreeing(c) if c is not None else []
    if found and all(f.relation == "supports" for f in found) and rounding_alone(claim, q, c.fact, index):
        return []
    return found


def _when(claim: Claim, index: FactIndex) -> set[str]:
    """The keys of the claim's words that say when: its dates, periods and the words of an accounting year."""
    return when_and_how(claim, index) | {k for w in words("measures", "accounting_year_words") for k in index.text_keys(w)}


def rounded_away(claim: Claim, found: list, index: FactIndex) -> list:
    """The findings but the confirmations of a figure its fact meets only by rounding (``rounding_alone``)."""
    figures = {q.text.strip(): q for q in claim.quantities}
    return [f for f in found if not (f.relation == "supports" and f.part in figures
                                     and rounding_alone(claim, figures[f.part], f.fact, index))]
