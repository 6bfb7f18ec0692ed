"""Who a sentence credits with a figure: the body a word of credit names, « selon X », "according to X", a participle
and its agent in the same clause, « un consensus compilé par X », « l'amende infligée en décembre par X », "analysts
polled by X", a noun of its figures and the body, « les données de X », "figures from X", or the body right before the
active form of such a verb, « X a infligé une amende de … », "X imposed a fine of …", "X puts it at …" (in English, before
a noun of its figures too, "X data put it at …"); a description of the company a fact is about, « cité par le groupe », "cited by the company", stands
for that fact's subject (``credit_*`` of ``data/lang/<code>/claims.yaml``)."""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..resources import word_pattern
from ..tablestore import stored

_GAP = r"(?:\s+[^\s,;:.()]+){0,6}?"                                   # « infligée en décembre par »: a few words


@stored
def _patterns() -> dict:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {
        "opener": c(r"(?<!\w)(?:{attribution_prepositions}|{authorship_markers}|{credit_source_openers})(?!\w)", re.I),
        "agent": c(r"(?<!\w)(?:{credit_agent_participles})" + _GAP + r"\s+(?:{credit_agent_prepositions})(?!\w)", re.I),
        "active": c(r"^\s*(?:{credit_active_verbs})(?!\w)", re.I),
        "self": c(r"^\s*(?:{credit_self_descriptions})(?!\w)", re.I),
        "article": c(r"^\s*(?:{party_articles})\s*", re.I),
        # a run of capitalised words and the linkers inside a name: "FactSet", "Ministry of Agriculture"
        "name": c(r"[A-ZÀ-Ý][\w&’'.-]*(?:\s+(?:(?:{name_linkers})\s+)?[A-ZÀ-Ý][\w&’'.-]*)*"),
    }


def credits(text: str, mentions: list, subject: Optional[str] = None) -> list[tuple[int, str]]:
    """The bodies ``text`` credits, each with where its word of credit stands: a list entity's id (``mentions``, their
    offsets in ``text``), the subject a description of the company stands for, else the capitalised words named.
    "…, according to market consensus cited by Velmor Research" → [(…, "velmor-research")]; « L'Autorité de Norlande
    a infligé une amende de 12 millions » → [(0, "autorite")]."""
    p = _patterns()
    found = []
    for m in (*p["opener"].finditer(text), *p["agent"].finditer(text)):
        body = _body_at(text, m.end(), mentions, subject)
        if body:
            found.append((m.start(), body))
    for x in mentions:
        if p["active"].match(text[x.end:]):
            found.append((x.end, x.entity))
    return sorted(set(found))


def _body_at(text: str, at: int, mentions: list, subject: Optional[str]) -> Optional[str]:
    """The body named right at ``at``: a list entity, the company a description stands for, or a capitalised name;
    None for a description that names nobody (« selon un consensus », "according to analysts")."""
    p = _patterns()
    art = p["article"].match(text[at:])
    start = at + (art.end() if art else len(text[at:]) - len(text[at:].lstrip()))
    entity = next((x.entity for x in mentions if at <= x.start <= start + 1), None)
    if entity:
        return entity
    if p["self"].match(text[at:]):
        return subject
    name = p["name"].match(text, start)
    return name.group(0) if name else None


def figure_credits(text: str, mentions: list, at: int, others: list[int], subject: Optional[str] = None) -> list[str]:
    """The bodies ``text`` credits whose word of credit stands nearer the figure at ``at`` than any of its other
    figures (``others``): those said of that figure, not of another figure of the sentence."""
    return [body for pos, body in credits(text, mentions, subject)
            if all(abs(pos - at) <= abs(pos - o) for o in others)]
