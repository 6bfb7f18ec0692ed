"""Whose figure it is: each figure of a sentence tied to the party that owns it, and a claim that gives a figure to
the party its confirming fact gives another figure (the owners the other way round, whatever the verb that compares
them).

A figure's owner is a declared party written
- as its agent or beneficiary right after it ("the 4.2 million earned by Dalia", « 4,2 millions pour Dalia »:
  ``owner_after_figure`` of ``claims.yaml``, a couple of words at most between figure and preposition);
- as a possessor before it in its own stretch of the sentence ("Dalia's revenue of 4.2 million": ``possessive_endings``),
  no other party or figure between;
- set off before it ("Dalia, with 4.2 million", « Dalia, avec 4,2 millions »: ``owner_with_figure``);
- as the subject of the clause a lead phrase with the figure opens ("With 4.2 million, Dalia led …", « Avec 4,2
  millions, Dalia … »: the same words opening the sentence).

A fact with a ``subject`` gives its declared figure to that party when its sentence names no other owner and does not
name the claim's party at all: "With 4.2 million, Korland led, ahead of Dalia" against "Dalia earned 4.2 million"
(subject: dalia) — only for the subject a lead phrase gives, the claim naming the fact's subject as another party
(a fact's subject may be the body that publishes the figure, not its owner).

- supported: "Dalia's revenue of 4.2 million beat the 3.1 million earned by Korland" against "Dalia's revenue of 4.2
  million was higher than Korland's 3.1 million".
- contradicted: "Korland's revenue of 4.2 million beat the 3.1 million earned by Dalia" against the same fact.
"""
from __future__ import annotations

import re
from typing import Optional

from ..compare import compare_quantity
from ..detect.lexicon import ends_possessive
from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_pattern
from ..slots import clause_spans
from .findings import Finding
from ..tablestore import stored

_P_OWNER_BEFORE = compiled(r"\s*\(\s*")
_P_OWNER_AFTER = compiled(r"[,;:()]")
_P_OWNER_OF_LEAD = compiled(r"[;:()]")
_P_PARTY_RIGHT_AFTER = compiled(r"[\d,;:()]")

# how many words may stand between a figure and the preposition that names its owner ("4.2 million earned by"),
# between that preposition and the owner, and between a possessor and the figure it owns
GAP_AFTER = 2
GAP_OWNER = 1
GAP_POSSESSED = 6

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@stored
def _after_pattern() -> re.Pattern:
    return word_pattern("claims", r"(?<!\w)(?:{+owner_after_figure})(?!\w)", re.IGNORECASE)


@stored
def _lead_pattern() -> re.Pattern:
    return word_pattern("claims", r"\A\W*(?:{+owner_with_figure})(?!\w)[^,;:()]*\Z", re.IGNORECASE)


@stored
def _with_pattern() -> re.Pattern:
    return word_pattern("claims", r",[^,;:()\d]{0,60}?(?<!\w)(?:{+owner_with_figure})\s*\Z", re.IGNORECASE)


def owned_figures(text: str, mentions: list[tuple[str, int, int]],
                  figures: list[tuple[Quantity, int, int]]) -> list[tuple[Quantity, str]]:
    """(figure, owner entity) for each figure of ``text`` whose owner the sentence writes (see the module);
    ``mentions``: (entity, start, end), ``figures``: (quantity, start, end), offsets in ``text``."""
    spans = clause_spans(text)
    marks = sorted([s for _, s, _ in figures] + [e for _, _, e in figures])
    out = []
    for q, s, e in figures:
        b = next((b for a, b in spans if a <= s < b), len(text))
        lo = max([x for x in marks if x <= s and x != s] + [0])    # (« Dalia, avec 4,2 millions »: a clause before)
        hi = min([x for x in marks if x >= e and x != e] + [b])
        owner = (_owner_after(text, mentions, e, hi) or _owner_before(text, mentions, lo, s)
                 or _owner_of_lead(text, mentions, s, e))
        if owner:
            out.append((q, owner))
    return out


def _owner_after(text: str, mentions: list[tuple[str, int, int]], e: int, hi: int) -> Optional[str]:
    """The party an agent or beneficiary preposition names right after the figure ("earned by Dalia")."""
    m = _after_pattern().search(text, e, hi)
    if m is None or len(_WORD.findall(text[e:m.start()])) > GAP_AFTER or _P_OWNER_AFTER.search(text[e:m.start()]):
        return None
    return _party_right_after(text, mentions, m.end(), hi)


def _owner_of_lead(text: str, mentions: list[tuple[str, int, int]], s: int, e: int) -> Optional[str]:
    """The subject of the clause a lead phrase with the figure opens ("With 4.2 million, Dalia led"): the party
    right after the comma that closes the phrase, no other party before it."""
    if not _lead_pattern().search(text[:s]) or any(a < s for _, a, _ in mentions):
        return None
    comma = text.find(",", e)
    if comma < 0 or _P_OWNER_OF_LEAD.search(text[e:comma]) or any(a < comma for _, a, _ in mentions):
        return None
    return _party_right_after(text, mentions, comma + 1, len(text))


def _party_right_after(text: str, mentions: list[tuple[str, int, int]], start: int, hi: int) -> Optional[str]:
    """The first party written in ``text[start:hi]``, when at most ``GAP_OWNER`` words and no figure or break stand
    before it."""
    after = [(ent, a) for ent, a, _ in mentions if start <= a < hi]
    if not after:
        return None
    ent, a = min(after, key=lambda x: x[1])
    gap = text[start:a]
    return ent if len(_WORD.findall(gap)) <= GAP_OWNER and not _P_PARTY_RIGHT_AFTER.search(gap) else None


def _owner_before(text: str, mentions: list[tuple[str, int, int]], lo: int, s: int) -> Optional[str]:
    """The possessor ("Dalia's revenue of") or the party set off ("Dalia, with") before the figure, in its own
    stretch of the sentence."""
    set_off = _set_off_owner(text, mentions, lo, s)
    if set_off:
        return set_off
    before = [(ent, a, b) for ent, a, b in mentions if lo <= a and b <= s]
    if not before:
        return None
    ent, a, b = max(before, key=lambda x: x[2])
    gap = text[b:s]
    if _P_OWNER_BEFORE.fullmatch(gap):         # (« Dalia (21,95 %) »)
        return ent
    possessor = ends_possessive(text[a:b]) or ends_possessive(text[a:min(s, b + 2)])
    if possessor and len(_WORD.findall(gap)) <= GAP_POSSESSED and not _P_OWNER_AFTER.search(gap):
        return ent
    return None


def _set_off_owner(text: str, mentions: list[tuple[str, int, int]], lo: int, s: int) -> Optional[str]:
    """The party set off by the comma before "with" (« avec ») and the figure, also across a describing phrase
    ("Dalia, the largest shareholder of Velmor with 28 %", « Dalia, premier actionnaire de Velmor avec 28 % »): the
    party written right before that comma, whatever the phrase names."""
    m = _with_pattern().search(text[lo:s])
    if m is None:
        return None
    comma = lo + m.start()
    before = [(ent, b) for ent, a, b in mentions if lo <= a and b <= comma and not _WORD.findall(text[b:comma])]
    return max(before, key=lambda x: x[1])[0] if before else None


def owner_instead(claim: Claim, q: Quantity, fact: Fact, index: FactIndex) -> Optional[Finding]:
    """The contradiction when the claim gives its figure ``q`` to a party while the agreeing fact gives that figure
    to another and gives the claim's party a figure of its own; None otherwise (no owner written on either side,
    the same owner, or a fact that does not tell the parties' figures apart)."""
    statement = fact.statement or ""
    mine = [o for x, o in _claim_owned(claim) if x is q]
    if not mine:
        return None
    reading = index.reading(fact)
    theirs = owned_figures(statement, [(m.entity, m.start, m.end) for m in index.matcher.find(statement, 0)],
                           [(x, x.start, x.end) for x in reading.quantities if x.start >= 0 and x.value is not None])
    owner = mine[0]
    subject = _subject_instead(claim, q, fact, theirs, index)
    if subject is not None:
        return Finding("contradicts", "roles", fact,
                       f"wrong party: the source gives {q.text.strip()!r} to {index.entity_name(subject)}, not "
                       f"{index.entity_name(owner)}: {statement}", part=q.text.strip())
    if owner not in {o for _, o in theirs} or any(o == owner and _same(q, x) for x, o in theirs):
        return None
    other = next((o for x, o in theirs if o != owner and _same(q, x)), None) or _declared_owner(q, fact, owner, index)
    if other is None:
        return None
    return Finding("contradicts", "roles", fact,
                   f"wrong party: the source gives {q.text.strip()!r} to {index.entity_name(other)}, not "
                   f"{index.entity_name(owner)}: {statement}", part=q.text.strip())


def _subject_instead(claim: Claim, q: Quantity, fact: Fact, theirs: list[tuple[Quantity, str]],
                     index: FactIndex) -> Optional[str]:
    """The fact's subject when the claim gives ``q`` to another party as the subject a lead phrase opens ("With 4.2
    million, Korland led …") and names the fact's subject too, the fact's declared figure agrees with ``q``, and the
    fact's sentence neither names an owner for that figure nor names the claim's party."""
    fq = fact.quantity
    mentions = [(m.entity, m.start - claim.start, m.end - claim.start) for m in claim.mentions]
    owner = _owner_of_lead(claim.text, mentions, q.start - claim.start, q.end - claim.start)
    if owner is None or fact.subject not in {e for e, _, _ in mentions}:
        return None
    if fact.subject is None or fact.subject == owner or fq is None or not _same(q, fq):
        return None
    if any(_same(q, x) for x, _ in theirs):
        return None
    if any(m.entity == owner for m in index.matcher.find(fact.statement or "", 0)):
        return None
    return fact.subject


def _declared_owner(q: Quantity, fact: Fact, owner: str, index: FactIndex) -> Optional[str]:
    """The fact's declared subject as the owner of its declared figure, when that figure agrees with ``q``, the
    sentence writes the subject and gives the claim's party ``owner`` a figure of its own (« X est le premier
    actionnaire avec 28,28 %, devant Y (21,95 %) », "X is the largest shareholder with 28.28%, ahead of Y
    (21.95%)": the 28,28 % is X's)."""
    fq = fact.quantity
    if not fact.subject or fact.subject == owner or fq is None or not _same(q, fq):
        return None
    return fact.subject if any(m.entity == fact.subject for m in index.matcher.find(fact.statement or "", 0)) else None


def _claim_owned(claim: Claim) -> list[tuple[Quantity, str]]:
    return owned_figures(claim.text, [(m.entity, m.start - claim.start, m.end - claim.start) for m in claim.mentions],
                         [(q, q.start - claim.start, q.end - claim.start) for q in claim.quantities
                          if q.start >= claim.start])


def _same(q: Quantity, x: Quantity) -> bool:
    return q.value is not None and x.value is not None and q.unit == x.unit and compare_quantity(q, x)[0] == "supports"
