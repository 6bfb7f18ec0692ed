"""Bands of per cent named in words ("mid-single-digit growth", "in the low double digits", « une croissance à deux
chiffres », « élevée à un chiffre »): how guidance and results often give a rate. Each is a figure, the values its
band allows (``percent_bands`` of ``data/lang/<code>/numbers.yaml``): a range, or "10 % or more" for a band open above;
right after a qualifier ("at most mid-single digits", « au moins à deux chiffres ») it is that bound of the band. Read
the same way in a claim and in a fact's sentence, so that a band compares with a band, a figure and a bound
(``checks/compare.py``: a figure a band contains confirms it; a band of the source confirms no precise figure).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Quantity
from ..tablestore import stored
from ..text import fold_same_length
from .tables import tables_for
from .vocabulary import fold_key, merge, raw_lexicons

_WINDOW = 24          # how far back a qualifier of the band may start
_GLOSS = 12           # how far after a band the figure that says it precisely may start


@stored
def _bands(lang: str) -> tuple[Optional[re.Pattern], dict[str, tuple]]:
    """The pattern of the language's bands (longest first; between words, spaces or hyphens; "digit" also
    "digits"), and each band's (low, high) by its folded words."""
    raws = raw_lexicons(lang)
    table = {_key(p): tuple(v) for p, v in merge(raws, "percent_bands").items()}
    if not table:
        return None, {}
    blockers = sorted({fold_key(w) for w in merge(raws, "percent_band_blockers")}, key=len, reverse=True)
    forms = []
    for phrase in sorted(table, key=len, reverse=True):
        words = [re.escape(w) + ("s?" if w == "digit" else "") for w in phrase.split()]
        forms.append(r"[\s\-]+".join(words))
    blocked = r"(?![\s\-']+(?:" + "|".join(re.escape(b) for b in blockers) + r")(?![\w]))" if blockers else ""
    return re.compile(r"(?<![\w\-])(?:" + "|".join(forms) + r")(?![\w\-])" + blocked), table


def _may_hold_a_band(folded: str) -> bool:
    """Whether a folded text writes a word of some band (the longest of each phrase of ``percent_bands``: "single",
    « chiffre », "teens"), so that most texts are passed over without building the bands' pattern."""
    return any(w in folded for w in _band_words())


@stored
def _band_words() -> frozenset[str]:
    return frozenset(max(_key(p).split(), key=len) for p in merge(raw_lexicons("und"), "percent_bands"))


def _key(phrase: str) -> str:
    return " ".join(fold_key(phrase).replace("-", " ").split())


def _band_key(written: str) -> str:
    """The table key of a band as written: folded, single-spaced, "digits" as "digit"."""
    return " ".join("digit" if w == "digits" else w for w in _key(written).split())


def find_bands(text: str, lang: str) -> list[Quantity]:
    """Every band of per cent in ``text`` as a Quantity (unit "percent"): its range, or "at least" its low end for
    a band open above, or the bound a qualifier right before it sets (the qualifier in its span)."""
    folded = fold_same_length(text).lower()
    if not _may_hold_a_band(folded):
        return []                         # most texts: no band, one look (and no pattern compiled)
    pattern, table = _bands(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(folded):
        low, high = table[_band_key(m.group(0))]
        start, bound = _qualified(text, m.start(), lang)
        q = Quantity(unit="percent", text=text[start:m.end()], start=start, end=m.end())
        if bound == "at-most":
            q.value, q.bound = float(high if high is not None else low), "at-most"
        elif bound == "at-least" or high is None:
            q.value, q.bound = float(low), "at-least"
        else:
            q.min, q.max = float(low), float(high)
        out.append(q)
    return out


def _qualified(text: str, start: int, lang: str) -> tuple[int, Optional[str]]:
    """Where the band's figure starts and its bound: a qualifier of the language's figures right before it ("at
    most", « au moins »), else the band itself and no bound."""
    t = tables_for(lang)
    before = text[max(0, start - _WINDOW):start]
    m = t.rx["qualifier"].search(fold_same_length(before).lower())
    if m is None or (m.start() > 0 and before[m.start() - 1].isalnum()):
        return start, None
    bound = t.qualifiers.get(fold_key(m.group("q")))
    if bound not in ("at-most", "at-least"):
        return start, None
    return start - len(before) + m.start(), bound


def with_bands(text: str, lang: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the text's bands of per cent in place of the figures read inside them (« deux chiffres »)."""
    bands = _joined(text, lang, find_bands(text, lang))
    if not bands:
        return found
    kept = [q for q in found if not any(q.start < b.end and b.start < q.end for b in bands)]
    # a band a figure follows is none: "double-digit growth of 16.3 %", « à deux chiffres, de 16,3 % » say it
    # precisely, « à un chiffre de 5 millions » is "to a figure of"
    bands = [b for b in bands if not any(0 <= q.start - b.end <= _GLOSS for q in kept)]
    return sorted(kept + bands, key=lambda q: q.start)


@functools.lru_cache(maxsize=None)
def _joiner(lang: str) -> re.Pattern:
    """What joins the two ends of a range in the language (the keys of ``ranges``: "to", « à », "-"), alone."""
    joiners = sorted(merge(raw_lexicons(lang), "ranges"), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(j) for j in joiners) + r")\s*", re.I)


def _joined(text: str, lang: str, bands: list[Quantity]) -> list[Quantity]:
    """Two bands a joiner of a range links ("low double digits to low teens", « moyenne à élevée »): one range, from
    the first's low end to the second's high end."""
    out: list[Quantity] = []
    for b in bands:
        prev = out[-1] if out else None
        if prev is not None and prev.min is not None and b.min is not None \
                and _joiner(lang).fullmatch(text[prev.end:b.start]):
            out[-1] = Quantity(unit="percent", min=prev.min, max=b.max, text=text[prev.start:b.end],
                               start=prev.start, end=b.end)
            continue
        out.append(b)
    return out


def is_band(q: Quantity, lang: str = "und") -> bool:
    """Whether a figure is a band of per cent in words (its text one of the bands)."""
    if q.unit != "percent" or not q.text or any(ch.isdigit() for ch in q.text):
        return False
    folded = fold_same_length(q.text).lower()
    if not _may_hold_a_band(folded):
        return False
    pattern, _ = _bands(lang)
    return pattern is not None and pattern.search(folded) is not None


def band_verdict(cq: Quantity, fq: Quantity) -> Optional[tuple[str, str]]:
    """How a claim's figure and an overlapping source figure compare when either is a band of per cent: the source's
    band confirms no more precise figure ("5 %" against "mid-single-digit growth": related); the claim's band is met
    by a range of the source inside it, as by a figure inside it; None when neither is a band (or both are: their
    ends compare as any two ranges')."""
    mine, theirs = is_band(cq), is_band(fq)
    if theirs and not mine:
        return "related", "band"
    if mine and not theirs and None not in (cq.min, cq.max, fq.min, fq.max) and cq.min <= fq.min and fq.max <= cq.max:
        return "supports", ""
    return None


def figure_spans(quantities) -> list[tuple[int, int]]:
    """The (start, end) of the figures a sentence writes in digits or number words, in order: not its bands of per
    cent in words, which end no figure's own words ("… a double-digit rise in adjusted profit, with organic sales
    growth of 3 % to 5 %": the range's words reach back past the band)."""
    return sorted((o.start, o.end) for o in quantities if o.start >= 0 and not is_band(o))
