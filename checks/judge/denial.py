"""Whether a fact's sentence says that what a claim states did not happen: its denial read in the clause that
says what the claim says, not in another clause of the same sentence."""
from __future__ import annotations

import re

from ..detect import claim_lexicon
from ..detect.negation import negation
from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import compiled, words as words_of
from ..slots import clause_spans
from ..tablestore import stored
from ..terms import content_stems
from ..text import fold, spaced_alternation

STEM_PREFIX = 6     # letters two forms of one word share ("rejeté", "rejettent")


def denies_claim(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether a fact says something did not happen (the claim is not negated: the negation rule takes those) —
    not that it stopped ("no longer uses", « n'utilise plus »), which is an event —, its denial in the clause of
    the sentence that writes most of the claim's words. A sentence that denies one thing and states another in a
    clause of its own does not deny what that clause states: "the unit shut down early, so the engine could not
    perform the third burn" states the shutdown; « aucun projet n'a été adopté, le Parlement ayant rejeté les
    comptes de 2022 » states the rejection."""
    reading = index.reading(fact)
    if not reading.negated or _cessation().search(fold(fact.statement)):
        return False
    text = fact.statement or ""
    spans = clause_spans(text)
    if len(spans) < 2:
        return True
    mine = _stems(claim.focus or claim.text)
    counts = [len(mine & _stems(text[a:b])) for a, b in spans]
    best = max(counts)
    if best == 0:
        return True
    lex = claim_lexicon(reading.language)
    denied = [negation(fold(text[a:b]), lex, reading.language)[0] for a, b in spans]
    if not any(denied):
        return True                       # a denial the sentence spreads over its clauses: read whole
    # the clauses that write most of the claim's words: a denial there denies it
    return any(d for d, n in zip(denied, counts) if n == best)


def _stems(text: str) -> set[str]:
    """A text's content stems cut to their first letters (verb forms the stemmer leaves apart)."""
    return {w[:STEM_PREFIX] for w in content_stems(text)}


@stored
def _cessation() -> re.Pattern:
    """A negation that says something stopped ("no longer uses", « n'utilise plus »): an event, not a denial."""
    return compiled(r"(?<!\w)(?:" + spaced_alternation(words_of("claims", "cessation_markers")) + r")(?!\w)")
