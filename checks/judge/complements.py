"""Whose thing it is, read against who does it: the party a claim writes as the subject of its clause and the party
it writes as a noun's complement ("51 % of Velmor", « le navire de Velmor », "Velmor's vessel"), the other way round
in the fact. "In 2025, Dalcor took 51 % of Velmor" against "Velmor spent €0.4 billion to acquire 51 % of Dalcor";
« Dalcor a remporté un contrat pour le navire de Velmor » against "Velmor was awarded a contract for Dalcor's
vessel": the one who acts is the one whose thing it is in the source, whatever the verb and its voice (the same two
roles on both sides, only exchanged: "Velmor was paid by Dalcor" against "Dalcor paid Velmor" exchanges none of them).
"""
from __future__ import annotations

import re
from typing import Optional

from ..detect.lexicon import ends_possessive
from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import word_pattern
from ..slots import clause_spans
from ..terms import function_words
from ..text import fold, words
from ..tablestore import stored
from .actors import compares, paired_parties, parties_of, two_way, verb_after


SUBJECT, COMPLEMENT = "subject", "complement"      # a party's role in its clause (``party_role``)


def swapped_complement(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim's subject is the party the fact writes as a noun's complement and the claim's
    complement the fact's subject; else None (never when either side compares or writes a two-way verb)."""
    statement = fact.statement or ""
    if compares(claim.text) or compares(statement):
        return None
    mine, theirs = parties_of(claim, statement, index)
    for a, b, fa, fb in paired_parties(mine, theirs):
        said = (party_role(claim.text, a, mine), party_role(claim.text, b, mine))
        if set(said) == {SUBJECT, COMPLEMENT} and said == (party_role(statement, fb, theirs), party_role(statement, fa, theirs)) \
                and not two_way(_unnamed(claim.text, mine)) and not two_way(_unnamed(statement, theirs)):
            return f"the parties are the other way round: {statement}"
    return None


def _unnamed(text: str, parties: list) -> str:
    """The text with its parties' names blanked ("Dalcor Partners" names; "partnered with" is two-way)."""
    for p in parties:
        text = text[:p.start] + " " * (p.end - p.start) + text[p.end:]
    return text


def party_role(text: str, p, parties: list) -> Optional[str]:
    """"complement": a possessor ("Velmor's") or a party a preposition of a noun's complement opens ("of", « de »);
    "subject": the first party of its clause, only function words before it, a word of its own clause after it."""
    elided = text[p.start:p.start + 2] if text[p.start + 1:p.start + 2] in ("'", "’") else ""
    before = fold((text[max(0, p.start - 12):p.start] + elided).replace("’", "'"))
    plural = text[p.end:p.end + 1] in ("'", "’") and text[p.end - 1:p.end] == "s"     # "the Dalcors' vessel"
    if ends_possessive(text[p.start:p.end + 2].split(" ")[0]) or plural or _genitive().search(before):
        return COMPLEMENT
    span = next(((s, e) for s, e in clause_spans(text) if s <= p.start < e), None)
    if span is None or any(span[0] <= o.start < p.start for o in parties):
        return None
    opening = [fold(w) for w, _, _ in words(text[span[0]:p.start])]
    fw = function_words()
    # (only function words before it, or an opening phrase a preposition opens and no function word ends: "In the
    # fourth quarter Velmor won …"; not "a deal signed by Velmor")
    opened = all(w in fw for w in opening) or opening[0] in fw and opening[-1] not in fw
    return SUBJECT if opened and verb_after(text, p) else None


@stored
def _genitive() -> re.Pattern:
    """A preposition of a noun's complement ending the words before a party (or eliding into its name: « d'Ostria »)."""
    return word_pattern("claims", r"(?<!\w)(?:{genitive_prepositions})\s*$")
