"""A record written as what was never done before (« un niveau jamais atteint », "a level never reached before"):
the never word of ``record_never`` (``slots.yaml``) before a participle, in a clause that does not deny — no
negation particle in it (French « ne », « n' »: « n'a jamais atteint » denies), no auxiliary right before the never
word ("has never reached") — and, in a language that lists ``record_never_closers``, one of them after the
participle ("never seen before"), no figure nor date after it: English "never" before a verb is a finite denial
otherwise ("never reached 600 before 2024"). Read as a superlative of all time (``checks/slots.py`` ranks with it,
``checks/recordscope.py`` scopes it when it ranks by itself).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .resources import compiled, lexicon
from .terms import LANGS
from .text import fold, literal_trie
from .tablestore import stored

_P_NEVER_COMPARED = compiled(r"[.;:!?]")
_P_MATCHES = compiled(r"\d")


def _alts(forms) -> str:
    return literal_trie({fold(str(x)) for x in forms if str(x).strip()})


@functools.lru_cache(maxsize=None)
def _readers() -> tuple[tuple[re.Pattern, Optional[re.Pattern], Optional[re.Pattern], Optional[re.Pattern]], ...]:
    """Per language: (the never word and the word after it, its negation particles, its auxiliaries right before,
    its closers); each language read with its own words (built once, kept in the cache folder)."""
    from .tablestore import cached_data
    return cached_data("record-never", _build_readers)


def _build_readers() -> tuple:
    out = []
    for lang in LANGS:
        slots, claims = lexicon(lang, "slots"), lexicon(lang, "claims")
        never = slots.get("record_never") or []
        if not never:
            continue
        stop = _alts(lexicon(lang, "stopwords").get("stopwords") or [])
        word = rf"(?!(?:{stop})(?!\w))" if stop else ""
        rx = compiled(rf"(?<!\w)(?:{_alts(never)})\s+{word}[^\W\d_][\w-]*")
        particles, aux = claims.get("negation_particles") or [], claims.get("have_auxiliaries") or []
        closers = slots.get("record_never_closers") or []
        out.append((rx,
                    compiled(rf"(?<!\w)(?:{_alts(particles)})(?:(?<=')|(?!\w))") if particles else None,
                    compiled(rf"(?<!\w)(?:{_alts(aux)})\s+$") if aux else None,
                    compiled(rf"(?<!\w)(?:{_alts(closers)})(?!\w)") if closers else None))
    return tuple(out)


def _matches(folded: str, breaks: re.Pattern) -> list[re.Match]:
    """Every never word and its participle of a folded text that say a record of all time, in order."""
    found = []
    for rx, particles, aux, closers in _readers():
        for m in rx.finditer(folded):
            lo = max((b.end() for b in breaks.finditer(folded, 0, m.start())), default=0)
            nxt = breaks.search(folded, m.end())
            hi = nxt.start() if nxt else len(folded)
            if particles is not None and particles.search(folded[lo:hi]):
                continue                # (« n'a jamais atteint », « jamais une tempête n'avait »: a denial)
            if aux is not None and aux.search(folded[lo:m.start()]):
                continue                # ("has never reached": a finite verb)
            if closers is None or (closers.search(folded[m.end():hi]) and not _P_MATCHES.search(folded[m.end():hi])):
                found.append(m)         # ("never reached" without "before", or "never reached 600 before 2024": a denial)
    return sorted(found, key=lambda m: m.start())


@stored
def _compared() -> tuple[tuple[re.Pattern, Optional[re.Pattern], re.Pattern], ...]:
    """Per language: (the never word, its negation particles, its record comparatives not followed by their end)."""
    out = []
    for lang in LANGS:
        slots, claims = lexicon(lang, "slots"), lexicon(lang, "claims")
        never, comps = slots.get("record_never") or [], claims.get("record_comparatives") or []
        if not never or not comps:
            continue
        ends = _alts(claims.get("record_comparative_ends") or [])
        particles = claims.get("negation_particles") or []
        out.append((compiled(rf"(?<!\w)(?:{_alts(never)})(?!\w)"),
                    compiled(rf"(?<!\w)(?:{_alts(particles)})(?:(?<=')|(?!\w))") if particles else None,
                    compiled(rf"(?<!\w)(?:{_alts(comps)})(?!\w)(?![^.;]*(?<!\w)(?:{ends}))" if ends else
                             rf"(?<!\w)(?:{_alts(comps)})(?!\w)")))
    return tuple(out)


def never_compared(folded: str) -> Optional[re.Match]:
    """The never word of a sentence that says nothing was ever as much (« jamais, depuis 1999, une tempête n'avait
    coûté aussi cher », "never had a storm cost so much"): the never word, then in the same sentence (which has the
    language's negation particle, where it has one) a record comparative without its end ("aussi … que", "as much as":
    a comparison with a named other) — a first place over the time it says."""
    for never, particles, comps in _compared():
        for m in never.finditer(folded):
            rest = _P_NEVER_COMPARED.split(folded[m.end():], maxsplit=1)[0]
            c = comps.search(rest)
            head = _P_NEVER_COMPARED.split(folded[:m.start()])[-1] + " " + rest[:c.start()] if c else ""
            if c is None or (particles is not None and not particles.search(head)):
                continue
            return m
    return None


def never_done(folded: str, breaks: re.Pattern) -> Optional[re.Match]:
    """The first never-done record of a folded text (``breaks`` ends a clause: the ``clause_breaks`` of
    ``slots.yaml``), or None."""
    found = _matches(folded, breaks)
    return found[0] if found else None


def never_spans(folded: str, breaks: re.Pattern) -> list[re.Match]:
    """Every never-done record of a folded text."""
    return _matches(folded, breaks)


def records_blanked(folded: str) -> str:
    """A folded text with each record said as what was never done (« un niveau jamais observé », "a level never seen
    before") written over with letters of the same length: its participle is no speech verb (« observé », « relevé »:
    the attribution frame reader, ``detect/frames.py``, reads it so), and the words say a record, which is checked,
    not who states it."""
    from .slots import slot_patterns          # (slots reads this module)
    for m in never_spans(folded, slot_patterns()["breaks"]):
        folded = folded[:m.start()] + "".join(c if c.isspace() else "x" for c in m.group(0)) + folded[m.end():]
    return folded
