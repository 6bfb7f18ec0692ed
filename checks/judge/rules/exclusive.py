"""Rule ``exclusive``: "alone", "solely" (« seule ») against a fact naming another party beside it.

- supported: "Russia alone financed the port" / « La Russie a financé seule le port » when no other party is named.
- contradicted: the same claims against "Russia and China financed the port".
"""
from __future__ import annotations

import re

from ...match import Candidate, FactIndex
from ...model import Claim
from ...resources import word_pattern
from ...text import fold
from ..topicality import is_topical
from ..findings import Finding
from ...tablestore import stored

RULE_ID = "exclusive"


@stored
def _shared() -> re.Pattern:
    """Words that share a role (« conjointement », "together with"), from ``data/lang/<code>/claims.yaml``."""
    return word_pattern("claims", r"(?<!\w)({shared_role_words}|(?:{shared_role_stems})\w*)(?!\w)")


def rule_exclusive(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """"C'est la commune qui finance seule...", "the bank alone pays": a source that shares the role refutes it."""
    if not claim.exclusive or not (claim.roles.giver or claim.roles.receiver):
        return []
    for c in cands:
        if not is_topical(c):
            continue
        if _shared().search(fold(c.fact.statement)):
            who = index.entity_name(claim.roles.giver or claim.roles.receiver)
            return [Finding("contradicts", "exclusive", c.fact,
                            f"the article says {who} does it alone; the source says it is shared: {c.fact.statement}")]
        break
    return []
