"""The parties of an attribution a claim is read with (``describe_source``): who is said to state it (the speaker
before the verb, "Korland's Ministry of Transport said …", not a name a longer one ends, "the Bank of England"), who
commissioned the study it cites (« commandée par », "commissioned by") and who wrote it ("written by"), from the
words of its frame (``data/lang/<code>/claims.yaml``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim
from ..resources import compiled, word_pattern
from .frames import named_speaker
from .lexicon import ClaimLexicon, ends_possessive, reported_pronoun_pattern
from ..tablestore import stored

_P_DESCRIBE_SOURCE = compiled(r"[A-ZÀ-Ý]")


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {
        "party_stop": c(r",|\s(?:{party_stop_verbs})\b"),
        "party_article": c(r"^(?:{party_articles})\s*", re.I),
        "trailing_time": c(r"\s+(?:{party_time_openers})\s+.*$", re.I),     # "the council in January" -> "the council"
        "inside_name": c(r"(?<![\w])[A-ZÀ-Ý][\w'’-]+\s+(?:{name_linkers})\s+$"),
        "vague_linker": c(r"\s+(?:{vague_source_linkers})(?:\s+|(?<=['’]))"),
    }


def _party_after(claim: Claim, own: str, f: str, m: re.Match, lex: ClaimLexicon) -> Optional[str]:
    """The entity (or, failing that, the words) right after "commandée par", "written by"..."""
    after = [x for x in claim.mentions if x.start - claim.start >= m.end()]
    if after and after[0].start - claim.start - m.end() < 40:
        return after[0].entity
    tail = own[m.end():]
    stop = _patterns()["party_stop"].search(tail)
    words = tail[:stop.start() if stop else 80].strip(" ,«»\"“”")
    words = _patterns()["trailing_time"].sub("", words).strip()          # "the council in January" -> "the council"
    words = _patterns()["party_article"].sub("", words)
    return words or None


# complexity: who commissioned, wrote and states a study, each from the frame's words in turn; the speaker's fallback
# reads what the other two found
def describe_source(claim: Claim, own: str, f: str, lex: ClaimLexicon, inside: bool = False) -> None:
    """Who is said to state the claim, who commissioned the study cited, and who wrote it; ``inside``: the frame
    does not open its sentence (", Reuters reported"), so the capital of its first word names too."""
    m = lex.commission.search(f)
    if m:
        claim.commissioned_by = _party_after(claim, own, f, m, lex)
    a = lex.authorship.search(f)
    if a:
        claim.authored_by = _party_after(claim, own, f, a, lex)
    first = min(x.start() for x in (m, a) if x) if (m or a) else None
    speakers = [x for x in claim.mentions if (first is None or x.start - claim.start < first)
                and not _inside_longer_name(own, x.start - claim.start)]
    skip = named_after_vague(own, f, lex)      # ("Analysts at Goldman Sachs": the bank speaks)
    if skip:
        own, f = own[skip:], f[skip:]
    if speakers:
        claim.attributed_to = _possessor_skipped(speakers).entity
    elif skip or not lex.vague.match(f.strip()):
        head = lex.attribution_verb.split(f)[0] if lex.attribution_verb.search(f) else f
        if not head.strip(" ,"):
            head = f                     # "According to the ECB": the verb opens the frame, the party follows it
        head = lex.attribution_prep.sub("", head[:first] if first else head).strip(" ,")
        spoken = own[f.find(head):f.find(head) + len(head)].strip() if head else ""
        said = named_speaker(spoken)
        # a name ("the European Central Bank", "le directeur financier Laurent Trevisani"), not a description
        # that points back ("the study", "ces chiffres"); past the sentence's opening phrase, a capital anywhere
        # names ("Further west, Myanmar's government"), so does the first word of a frame inside its sentence
        # ("…, Reuters reported"), unless a possessive ("…, Europe's climate service said": a description)
        first = said.split()[0] if said.split() else ""
        opening = spoken.startswith(said) and not (inside and not ends_possessive(first))
        claim.attributed_to = said if _P_DESCRIBE_SOURCE.search(said[1:] if opening else said) else None


def named_after_vague(own: str, f: str, lex: ClaimLexicon) -> int:
    """Where the name starts after a vague speaker and its linker, "Analysts at Goldman Sachs", « des analystes de
    Goldman Sachs » (``vague_source_linkers`` of ``claims.yaml``): the named body speaks; 0 without one."""
    lead = len(f) - len(f.lstrip())
    m = lex.vague.match(f[lead:])
    link = _patterns()["vague_linker"].match(f, lead + m.end()) if m else None
    return link.end() if link and own[link.end():link.end() + 1].isupper() else 0


def _possessor_skipped(speakers: list) -> object:
    """The first speaker, or the party it possesses when it is written as a possessor right before another
    ("Korland's Ministry of Transport": the ministry speaks; ``possessive_endings`` of ``claims.yaml``)."""
    first = speakers[0]
    if len(speakers) > 1 and ends_possessive(first.text) and 0 <= speakers[1].start - first.end <= 1:
        return speakers[1]
    return first


def _inside_longer_name(own: str, start: int) -> bool:
    """Whether a mention ends a longer proper name: "France" in "la Banque de France", "England" in "the
    Bank of England" is not France or England speaking."""
    return bool(_patterns()["inside_name"].search(own[max(0, start - 40):start]))


def speaker_of(claims: list[Claim], text: str) -> Optional[str]:
    """Who a sentence has saying it (a source's, read like an article's): its frame's speaker, else a party whose name
    a speech verb follows, the clause it opens a pronoun standing for it ("HHS announced it would award …"), which
    no frame splits off."""
    framed = next((c.attributed_to for c in claims if c.role == "attribution-frame"), None)
    return framed or next((m.entity for c in claims for m in c.mentions
                           if reported_pronoun_pattern().match(text[m.end:].replace("’", "'"))), None)

