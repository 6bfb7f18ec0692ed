"""Whether a candidate fact bears on a claim: what it shares with it in concepts and words (``Candidate.topical``),
across languages the one specific concept or the rare word the claim names, and whether what it shares is
something the claim is about rather than a verb of movement or a frame of a figure.
"""
from __future__ import annotations

from ..match import Candidate

MIN_TOPICAL = 1.4          # how much a fact must share in concepts/terms (not only entities) to bear on a claim


def is_topical(c: Candidate) -> bool:
    """Whether a fact bears on a claim: it shares enough of its concepts and words, or, written in the other
    language (where no stem or phrase can meet), the one specific concept the claim names, which few facts of the
    list name (« La ponctualité a atteint 91,4 % » against "Punctuality reached 91.4 percent on the network";
    "Unemployment stood at 6.2%" against « Le chômage s'établissait à 6,2 % »). Read once per candidate (kept in
    it: the rules ask it of the same candidates again and again, ~20 times a claim; nothing it reads is changed)."""
    kept = c.__dict__.get("_is_topical")
    if kept is None:
        kept = c.__dict__["_is_topical"] = c.topical >= MIN_TOPICAL or c.topical >= 1.0 and _one_specific_concept(c) \
            or _one_rare_word(c)
    return kept


def _one_rare_word(c: Candidate) -> bool:
    """A fact in the other language that writes a word of the claim, or its cognate, that few facts of the list
    write (``Candidate.words``: « L'oncologie a gagné 7,3 % » against "Oncology sales grew 7.3%"), and every
    concept the claim names."""
    return bool(c.words) and not (c.claimed - c.shared)


def _one_specific_concept(c: Candidate) -> bool:
    """The claim names exactly one concept besides verbs of movement, frames of a figure and speakers, a rare one
    of the list, and the fact names it and every other concept of the claim (``Candidate.claimed``, kept only
    for a fact in the other language)."""
    own = {k for k in c.claimed if k[2:] not in GENERIC_CONCEPTS and k[2:] not in FRAME_CONCEPTS}
    return len(own) == 1 and own <= c.shared & c.rare and not (c.claimed - c.shared)


# concepts that say how something moves or changes, not what it is about: sharing one of them alone
# does not make a fact bear on a claim ("promis 50 millions pour les routes" vs a loan repayment)
GENERIC_CONCEPTS = {"pay", "finance", "supply", "receive", "support", "increase", "decrease", "unchanged",
                    "statement", "study", "propose", "decide", "reaffirm"}
# concepts that frame a figure or name who speaks without saying what it measures ("a share of", « la valeur »,
# "ministers say")
FRAME_CONCEPTS = {"share", "value", "government", "minister"}


def substantive(c: Candidate) -> bool:
    """The fact shares with the claim something it is about: one of the terms its curator listed, a concept that
    is not only a verb of movement or change, or the very figure written precisely, even a thousand times off
    ("Il était de 14,4 % en 2022" after a sentence on the poverty rate; "12,3 millions de kWh" for 12,3 TWh)."""
    return bool(c.words) or any(k.startswith(("t:", "v:", "m:")) or (k.startswith("c:") and k[2:] not in GENERIC_CONCEPTS)
                                for k in c.shared)
