"""The whole a share is of: a share the claim writes of a named thing is compared with the facts' shares of that
thing (``figures.of_matches``), and one it writes of the whole, "62 % of its total sales", « 62 % de son chiffre
d'affaires total », is not the share a fact gives of a named part of it, "62 % of Velmor's export sales", « 62 % des
ventes à l'export de Velmor »: a part the claim's words never name. Also the words that join a share to the whole
written after it (``joins_share_to_whole``)."""
from __future__ import annotations

from typing import Optional

from ..detect.lexicon import ends_possessive
from ..factread import measure_nouns_in
from ..language import clause_language
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity
from ..terms import content_stems, stem
from ..text import fold
from .figures import generic_of, of_matches
from .findings import Finding


def of_its_base(claim: Claim, q: Quantity, comparable: list[Candidate], index: FactIndex) -> list[Candidate]:
    """The comparable facts of the share's own whole: those of the thing it is of (all, when none is), or, for a
    share of the whole, those whose same figure is no share of a part the claim does not name."""
    if unit_class(q.unit) != "share" or not q.of:
        return comparable
    if fold(q.of) not in generic_of():
        return [c for c in comparable if of_matches(q, c.fact, index)] or comparable
    return [c for c in comparable if not _of_an_unnamed_part(claim, q, c, index)]


def share_of_a_part(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> Optional[list[Finding]]:
    """A share of the whole that an agreeing fact gives of a part the claim does not name: that part's share, not
    the claim's (a related finding, however the fact was reached)."""
    if unit_class(q.unit) != "share" or not q.of or fold(q.of) not in generic_of() \
            or not _of_an_unnamed_part(claim, q, c, index):
        return None
    return [Finding("related", "quantity", c.fact, f"{q.text.strip()!r} is the source's share of a part, not of the "
                                                   f"whole: {c.fact.statement}")]


def _of_an_unnamed_part(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Whether the fact's sentence, in the claim's language, writes the claim's figure as a share of a part
    (``_a_part``) whose word the claim does not write."""
    reading = index.reading(c.fact)
    if reading.language != clause_language(claim.text):
        return False                 # (words compare only within one language)
    mine = set(content_stems(claim.text))
    return any(unit_class(f.unit) == "share" and f.value == q.value and _a_part(f.of) and stem(f.of) not in mine
               for f in reading.quantities)


def _a_part(of: str) -> bool:
    """Whether the word a share is of names a part: not the whole (« ensemble », "total"), not a name (the
    company's own: "45 % of Velmor group sales"), not the measure itself ("58 % of revenue")."""
    return bool(of) and of[0].islower() and fold(of) not in generic_of() and not measure_nouns_in(of)


def joins_share_to_whole(gap: str) -> bool:
    """Whether the words between a share and the figure after it join the two: a few letters (" of the ", « des »), or
    up to three words the last of which a possessor ("about a third of the island's 2,400 ferries", "of the
    club's": ``possessive_endings`` of ``claims.yaml``)."""
    if not gap.strip() or any(not (ch.isalpha() or ch in " '’") for ch in gap):
        return False
    return len(gap) <= 10 or len(gap.split()) <= 3 and ends_possessive(gap.split()[-1])
