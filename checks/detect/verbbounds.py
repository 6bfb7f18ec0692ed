"""The bounds a verb gives a figure: "pourrait dépasser 50 %", « a dépassé les 3 milliards » (more than it, the figure
itself not past it: ``Quantity.strict``), "ne dépasse pas 1,2 milliard", "never topped 60 %" (at most), a threshold
crossed, « a franchi la barre des 10 millions », "crossed the 300 million mark" (more than it), or fallen under, "fell
below the 3 % mark" (less). Words from ``data/lang/<code>/measures.yaml``; ``claims`` applies ``verb_bounds`` after
the other readings of ``figures``.
"""
from __future__ import annotations

import functools
import re

from ..resources import word_pattern, words
from ..tablestore import stored


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, built once."""
    m = functools.partial(word_pattern, "measures")
    negated_before = "|".join(re.escape(p) + ("" if p.endswith("'") else r"\s+")
                              for p in words("claims", "negation_particles") + words("measures", "exceed_negators_before"))
    return {
        "exceed": m(r"(?<![\w'])(?:(?:{exceed_stems})\w*|(?P<word>{exceed_words})(?!\w))\s+(?P<neg>(?:{exceed_negators})\s+)?"
                    r"(?:(?:{+exceed_inserts})\s+)?(?:(?:{+exceed_thresholds})\s+)?$"),
        # a threshold crossed or fallen under: « a passé la barre des 10 millions », "crossed the 300 million mark"
        "threshold_before": m(r"(?<![\w'])(?:(?:{threshold_verb_stems})\w*|(?P<below>{threshold_below}))\s+"
                              r"(?:(?:{+exceed_inserts})\s+)?(?:(?P<noun>{+threshold_before})|{threshold_articles})\s+$"),
        "threshold_after": m(r"\s+(?:{threshold_after})(?!\w)"),
        "threshold_direct": m(r"(?<![\w'])(?:{threshold_verb_stems})\w*\s+(?:(?:{+exceed_inserts})\s+)?$"),
        "determiner_end": word_pattern("claims", r"(?<![\w'])(?:{object_determiners})\s+$"),
        "exceed_negated": m(r"(?:\b(?:" + negated_before + r")|(?:{negation_suffixes})\s+)(?:\w+\s+){0,2}$"),
    }


def verb_bounds(f: str, quantities, base: int) -> None:
    """"pourrait dépasser 50 %", « a dépassé les 3 milliards » is more than 50 %, more than 3 billion (``strict``: the
    figure itself is not past it); "ne dépasse pas 1,2 milliard", "never topped 60 %" at most; a threshold crossed,
    « a franchi la barre des 10 millions », "crossed the 300 million mark", more than it, one fallen under, "fell
    below the 3 % mark", less."""
    for q in quantities:
        if q.bound != "about" or q.approximate or q.min is not None:
            continue
        before = f[max(0, q.start - base - 60):q.start - base]
        m = _patterns()["exceed"].search(before)
        if m and not (m.group("word") and _patterns()["determiner_end"].search(before[:m.start()])):  # "the top 20"
            negated = m.group("neg") or _patterns()["exceed_negated"].search(before[:m.start()])
            q.bound, q.strict = ("at-most", False) if negated else ("at-least", True)
            continue
        _threshold_bound(q, before, f, base)


def _threshold_bound(q, before: str, f: str, base: int) -> None:
    """A threshold crossed, « a passé la barre des 10 millions », "crossed the 300 million mark": more than it; one
    fallen under, "fell below the 3 % mark": less; either denied ("never crossed the … mark"): the other way, its
    figure taken in."""
    t = _patterns()["threshold_before"].search(before)
    if not t or not (t.group("noun") or _patterns()["threshold_after"].match(f, q.end - base)):
        # (or a large figure right after the verb, a sum or a share: "passed €2bn", "crossed 26 million viewers";
        # never a small count, "passed 12 bills")
        t = _patterns()["threshold_direct"].search(before) if q.scale or q.unit == "percent" \
            or (q.unit or "").isupper() else None
        if not t:
            return
    below = "below" in t.groupdict() and bool(t.group("below"))
    if _patterns()["exceed_negated"].search(before[:t.start()]):
        q.bound, q.strict = ("at-least" if below else "at-most"), False
    else:
        q.bound, q.strict = ("at-most" if below else "at-least"), True
