"""How far back a first goes: a first of all time, « le tout premier dividende de son histoire », "the first
dividend ever paid", against a source's first of recent times only, « le premier versé depuis dix ans », "the first
in ten years", "the first since 2014" — there were others before it: a false record (``first_scope_slot``, asked by
``checks/judge/slotcheck.py`` with the other ranks). The ordinals of a first are ``first_ordinals`` of
``slots.yaml``; how far back is read after the ordinal, in its clause, by the words of a record's scope
(``record_all_time``, ``record_bounded``, a history, ``checks/recordscope.py``) or a duration of years.
"""
from __future__ import annotations

import re
from typing import Optional

from ..recordnever import never_done
from ..recordscope import history_scope
from ..resources import words
from ..slots import slot_patterns
from ..text import fold, literal_trie
from ..tablestore import stored

_CLAUSE_END = re.compile(r"[,;:.()]")


@stored
def _first_ordinal() -> Optional[re.Pattern]:
    """A first ordinal as a word (``first_ordinals`` of ``slots.yaml``)."""
    firsts = {fold(w) for w in words("slots", "first_ordinals")}
    return re.compile(rf"(?<!\w)(?:{literal_trie(firsts)})(?!\w)") if firsts else None


def _years_bound(rest: str) -> bool:
    """Whether the words after a first write a stretch of time: a duration of a year or more, « depuis dix ans », or
    a small whole number with no unit, "in ten years" (no year, "paid in 2025", and no sum)."""
    from .. import units
    from ..numbers import find_quantities
    from ..terms import LANGS
    year = units.lookup("years")
    for lang in LANGS:
        for q in find_quantities(rest, lang):
            u = units.lookup(q.unit) if q.unit else None
            bare = q.unit is None and q.value is not None and q.value == int(q.value) and 1 < abs(q.value) < 100
            if bare or (u is not None and year is not None and u.family == "duration" and u.factor >= year.factor):
                return True
    return False


def first_scope(text: str) -> Optional[str]:
    """"all-time" or "bounded" for a text calling something a first, by the words after its ordinal in its clause:
    « le tout premier dividende de l'histoire du groupe », "the first dividend ever" (all time); « le premier versé
    depuis dix ans », "the first in ten years", "the first since 2014" (bounded); None without a first or a scope."""
    rx = _first_ordinal()
    folded = fold(text)
    m = rx.search(folded) if rx is not None else None
    if m is None:
        return None
    rest = _CLAUSE_END.split(folded[m.end():m.end() + 100], maxsplit=1)[0]
    history = history_scope(rest)
    if history:
        return history
    t = slot_patterns()
    found = [(h.start(), scope) for key, scope in (("all_time", "all-time"), ("bounded", "bounded"))
             for h in [t[key].search(rest) if t[key] is not None else None] if h is not None]
    if found:
        return min(found)[1]
    if never_done(rest, t["breaks"]) is not None:
        return "all-time"                 # « le premier dividende jamais versé », "the first ever paid"
    return "bounded" if _years_bound(rest) else None


def first_scope_slot(text: str, statement: str) -> Optional[tuple[str, str, str]]:
    """A first of all time against a source's first of recent times: « Il s'agit du tout premier dividende de
    l'histoire de Velmor » against « le premier versé par Velmor depuis dix ans », "Velmor's first dividend ever"
    against "its first dividend in ten years": contradicted (there were others before)."""
    if first_scope(text) == "all-time" and first_scope(statement) == "bounded":
        return ("contradicts", "ranking", f"false record: the source gives it as the first of recent times only, "
                                          f"not of all time: {statement}")
    return None
