"""Figures against figures: the values a figure allows (its rounding, its hedge, its bound), unit
families, magnitude slips, and how figures are written in explanations. Used by ``checks.judge``.
"""
from __future__ import annotations

import functools
import math
from dataclasses import replace
from typing import Optional

from . import units
from .match import unit_class
from .model import Quantity
from .numbers.bands import band_verdict
from .numbers.ranges import exclusive_bound
from .resources import compiled

_P_WRITTEN_PRECISION = compiled(r"\d+[.,](\d+)")
_P_PAD = compiled(r"\D*\d\D*")


# --- formatting -----------------------------------------------------------------------------------

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def fmt_number(v: float) -> str:
    a = abs(v)
    for size, word in _SCALES[:3]:
        if a >= size:
            return f"{v / size:.4g} {word}"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:.4g}"


def fmt_quantity(q: Quantity) -> str:
    unit = q.unit or ""
    if unit == "ratio":
        conv = lambda v: f"{v * 100:.3g}"
        unit = "%"
    elif unit == "percent":
        conv = lambda v: f"{v:.3g}"
        unit = "%"
    elif unit == "year":
        conv = lambda v: str(int(v))
        unit = ""
    else:
        conv = fmt_number
    if q.min is not None and q.max is not None:
        lo, hi = conv(q.min), conv(q.max)
        if conv is fmt_number and lo.split()[-1:] == hi.split()[-1:] and " " in lo:
            lo = lo.rsplit(" ", 1)[0]            # "5.7–6.7 m", not "5.7 m–6.7 m"
        body = f"{lo}–{hi}"
    else:
        body = conv(q.value) if q.value is not None else "?"
    return f"{_bound_prefix(q)}{body}{(' ' + unit) if unit else ''}".strip()


def _bound_prefix(q: Quantity) -> str:
    """How a figure's bound or hedge is written before it: "> " for "more than", "≥ " for "at least"…"""
    strict = exclusive_bound(q)
    return {"at-most": "just under " if q.approximate else "< " if strict else "≤ ",
            "at-least": "> " if strict else "≥ ", "exact": ""}.get(q.bound, "about " if q.approximate else "")


def bound_note(fq: Quantity) -> str:
    """What an explanation adds when a bound is refuted: the source's bound goes the other way, or its figure does not
    pass the article's bound."""
    if fq.bound in _SWAP:
        return " — the source gives a bound in the other direction"
    return " — the source's figure does not pass the article's bound"


# --- quantities -----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _precision(v: float) -> float:
    """Half a unit of the last significant digit of v (1.2e9 -> 5e7, 9,910 -> 5): the rounding a reader
    allows a plain figure. Small integers count every digit (60 % means 59.5-60.5). Remembered per value: the
    judge compares the same few hundred figures some 28,000 times in a development set."""
    if v == 0:
        return 0.5
    av = abs(v)
    if float(av).is_integer() and av < 100:
        return 0.5
    s = f"{av:.6g}"
    mant = s.split("e")[0].replace(".", "").lstrip("0").rstrip("0") or "0"
    exp = math.floor(math.log10(av))
    return 0.5 * 10 ** (exp - (len(mant) - 1))


def written_precision(q: Quantity, v: float) -> float:
    """The rounding a figure's own digits show: "4.0 %" allows 3.95-4.05 (not 3.5-4.5 like "4 %"); a duration in
    several units, half its smallest (« 43 jours et 6 heures »: half an hour)."""
    if q.step:
        return 0.5 * q.step
    m = _P_WRITTEN_PRECISION.search(q.text or "")
    if m and v and len(m.group(1)) != 3:          # "997,300": a thousands group, not decimals
        mantissa = float(m.group(0).replace(",", "."))
        if mantissa:
            return min(_precision(v), 0.5 * 10 ** -len(m.group(1)) * abs(v / mantissa))
    return _precision(v)


def as_share(q: Quantity) -> tuple[Optional[float], Optional[float], Optional[float]]:
    f = 0.01 if q.unit == "percent" else 1.0
    g = lambda x: None if x is None else x * f
    return g(q.value), g(q.min), g(q.max)


# complexity: one return per kind of figure (a range, a hedged upper bound, a bound either way, a plain figure)
def _interval(q: Quantity, claim_side: bool, scale_units: bool) -> tuple[float, float]:
    """The values a figure allows. A plain figure allows its rounding; a hedged one ("environ", "some")
    up to five times that, at most 5 % ("roughly 450" is not 420, "about 8.7 million" not 8.4); a figure in
    words ("un tiers", "half") 5 %, hedged 10 %."""
    f = 0.01 if (scale_units and q.unit == "percent") else 1.0
    digits = any(ch.isdigit() for ch in q.text) or not claim_side
    if q.min is not None and q.max is not None:
        pad = max(_precision(q.min), _precision(q.max)) if claim_side and digits else 0.0
        return (q.min - pad) * f, (q.max + pad) * f
    v = q.value or 0.0
    pad = _pad(q, v, claim_side, digits)
    # a source's bound is a bound: "above 1.5 °C" is not 1.46 °C, whatever the rounding of 1.5
    if q.bound == "at-most" and claim_side and q.approximate:
        return (v - pad) * f, v * f      # "almost 2 million", « presque 10 % »: just under the figure
    if q.bound == "at-most":    # (« moins de 600 » is not 603.1; an inclusive cap, "as much as 27 %", is 27.4 %)
        top = max(min(pad, 0.02 * abs(v)), abs(v) * 0.001) if digits and not exclusive_bound(q) else abs(v) * 0.001
        return -math.inf, (v + top) * f if claim_side else v * f
    if q.bound == "at-least":
        return (v - abs(v) * 0.001) * f if claim_side else v * f, math.inf
    return (v - pad) * f, (v + pad) * f


def _pad(q: Quantity, v: float, claim_side: bool, digits: bool) -> float:
    """How far from its value a single figure reaches: its rounding (at most 5 %), more when hedged, almost
    nothing for a source's exact figure."""
    # a round figure allows its rounding, but never more than 5 % ("1,000 mm" is not 1,400 mm)
    p = min(written_precision(q, v), 0.05 * abs(v)) if digits and v else (_precision(v) if digits else 0.05 * abs(v))
    if claim_side and q.approximate and digits and 1 <= abs(v) < 10 and _P_PAD.fullmatch(q.text or ""):
        return 0.5                       # "about 1 percent" is a rounding of 1.4 %, "some 3 %" of 2.6 %
    if claim_side and q.approximate:
        return max(p, min(0.05 * abs(v), 5 * p) if digits else 0.10 * abs(v))
    if q.bound == "exact" and not claim_side:
        return abs(v) * 0.001
    return p


_SWAP = {"at-least": "at-most", "at-most": "at-least"}


def negated(q: Quantity) -> Quantity:
    """The figure with the other sign (a bound turns round: "at least -3" is "at most 3" negated)."""
    neg = lambda v: None if v is None else -v
    return replace(q, value=neg(q.value), min=neg(q.max), max=neg(q.min), bound=_SWAP.get(q.bound, q.bound))


def far_apart(cq: Quantity, fq: Quantity) -> bool:
    """Whether two single figures of one unit, neither a bound, lie further apart than ``compare_quantity`` lets any
    two such figures agree: the claim's allows at most a tenth of its value or half a unit either side, the source's
    a twentieth or half a unit (``_pad``). Then they cannot agree, and the full comparison need not be made: a cheap
    test asked first where a claim's figure is looked for among a sentence's figures, most of which are far off.
    False whenever it cannot tell (ranges, bounds, other units, a figure without value)."""
    if cq.unit != fq.unit or cq.value is None or fq.value is None or cq.bound in _SWAP or fq.bound in _SWAP \
            or cq.min is not None or cq.max is not None or fq.min is not None or fq.max is not None:
        return False
    return abs(cq.value - fq.value) > 0.1 * abs(cq.value) + 0.05 * abs(fq.value) + 1.0


def _is_magnitude_slip(ratio: float) -> bool:
    """A thousand, a million... times too big or too small: million read as billion, French billion."""
    for factor in (1e3, 1e6, 1e9, 1e12):
        for x in (factor, 1 / factor):
            if abs(ratio / x - 1) < 0.12:
                return True
    return False


def slipped_figure(cq: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether the source's figure a thousand (a million, a billion) times over or under agrees with the claim's to its
    rounding: "$13 million" for $13 billion, « 1,61 million » for 1 614 millions, not "4,1 millions" for 4.3 billion."""
    return bool(cq.value and fq and fq.value) and scale_factor(
        replace(cq, approximate=False), fq, (1e3, 1e6, 1e9, 1e12, 1e-3, 1e-6, 1e-9, 1e-12)) is not None


def scale_factor(plain: Quantity, fq: Quantity, factors: tuple[float, ...]) -> Optional[float]:
    """The first of ``factors`` by which the source's figure, scaled, agrees with ``plain`` to its rounding, or None."""
    for factor in factors:
        times = lambda v: None if v is None else v * factor
        scaled = replace(fq, value=times(fq.value), min=times(fq.min), max=times(fq.max), step=times(fq.step))
        if compare_quantity(plain, scaled) == ("supports", ""):
            return factor
    return None


def magnitude_note(cq: Quantity, fq: Quantity) -> str:
    """The words of a slip of magnitude, naming how far off the claim's figure is: " — wrong magnitude: 1,000 times
    the source's figure (millions for billions?)", " — wrong magnitude: a tenth of the source's figure (a digit
    slipped?)"."""
    cq, fq = _aligned(cq, fq)
    fv = fq.value if fq.value is not None else (fq.max if fq.max is not None else fq.min)
    if not cq.value or not fv:
        return " — wrong magnitude"
    ratio = abs(cq.value / fv)
    factor = min((1e1, 1e2, 1e3, 1e6, 1e9, 1e12), key=lambda x: abs(math.log10(max(ratio, 1 / ratio)) - math.log10(x)))
    times = f"{factor:,.0f} times" if ratio > 1 else f"1/{factor:,.0f} of"
    hint = "a digit slipped?" if factor < 1e3 else "million for billion?"
    return f" — wrong magnitude: {times} the source's figure ({hint})"


def _in_unit(fq: Quantity, unit: Optional[str]) -> Quantity:
    """The fact's figure expressed in the claim's unit (1.85 GW -> 1,850 MW) when both are measures."""
    a, b = units.lookup(fq.unit), units.lookup(unit)
    if fq.unit == unit or not a or not b or a.family != b.family:
        return fq                      # (seconds are no tonnes: not turned into nothing)
    conv = lambda v: units.convert(v, fq.unit, unit)
    return replace(fq, value=conv(fq.value), min=conv(fq.min), max=conv(fq.max), unit=unit, step=conv(fq.step))


def compare_quantity(cq: Quantity, fq: Quantity) -> tuple[str, str]:
    """('supports' | 'contradicts' | 'related', detail) for two comparable quantities: a magnitude slip or bounds
    the other way contradict; else the figures agree when the values they allow overlap."""
    cq, fq = _aligned(cq, fq)
    share = unit_class(cq.unit) == "share"
    c_lo, c_hi = _interval(cq, True, share)
    f_lo, f_hi = _interval(fq, False, share)
    # two neighbouring rounded figures (7.4 and 7.5) only touch: they do not overlap (past the float error of the ends)
    touch = 1e-9 * max(map(abs, filter(math.isfinite, (c_lo, c_hi, f_lo, f_hi))), default=0.0)   # (8.5 - 0.05, 8.4 + 0.05)
    overlap = c_lo < f_hi - touch and f_lo < c_hi - touch or (c_lo == c_hi == f_lo == f_hi)
    cv = (as_share(cq)[0] if share else cq.value)
    fv = fq.value if fq.value is not None else (fq.max if fq.max is not None else fq.min)
    if cv and fv and not share and _is_magnitude_slip(cv / fv):
        return "contradicts", "magnitude"
    if _bound_fails(cq, fq, cv, share, (f_lo, f_hi), overlap):
        return "contradicts", "bound"
    undecided = _undecided_bound(cq, fq, cv, share) if overlap else None
    if undecided:
        return "related", undecided
    if overlap:     # (a band of per cent in words, "mid-single-digit", is met by what lies inside it: ``band_verdict``)
        return band_verdict(cq, fq) or _overlapping(cq, fq, cv, share)
    return "contradicts", ""


def _aligned(cq: Quantity, fq: Quantity) -> tuple[Quantity, Quantity]:
    """The fact's quantity in the claim's unit, its bound on a fall turned to the fall's size, and two falls
    turned into their sizes."""
    fq = _in_unit(fq, cq.unit)
    if (fq.value or 0) < 0 and fq.bound in _SWAP:
        fq = replace(fq, bound=_SWAP[fq.bound])      # a source's bound on a fall is on its size: -10 at-least = ≤ -10
    if (cq.high or 0) < 0 and (fq.high or 0) < 0:
        cq, fq = negated(cq), negated(fq)           # two falls: compare their sizes
    return cq, fq


def _bound_fails(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool, f_span: tuple[float, float],
                 overlap: bool) -> bool:
    """Whether the claim's bound fails against the source's figure (the table above): a bound the other way, one past
    the source's range, or an exclusive bound its overlapping figure does not pass."""
    return _opposite_bounds(cq, fq, cv, share) or _bound_past_range(cq, fq, cv, *f_span) \
        or overlap and (_bound_not_passed(cq, fq, cv, share) or _hedged_at_bound(cq, fq, cv, share))


def _two_caps(cq: Quantity, fq: Quantity) -> bool:
    """Whether both figures are upper bounds of one positive value each ("up to 440 million a year" against "up to
    340 million a year"): a cap the claim states is the cap it names, compared as a figure."""
    return cq.bound == fq.bound == "at-most" and (cq.value or 0) > 0 and (fq.value or 0) > 0


def _opposite_bounds(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> bool:
    """"at least X" against a source's "at most" about X, or the other way round; "almost 2 million" against
    "more than 2 million" (not against "more than 1.9 million")."""
    if cv is None or not fq.value:
        return False
    if cq.bound == "at-least" and fq.bound == "at-most":
        return cv >= 0.9 * (fq.value * (0.01 if fq.unit == "percent" and share else 1))
    if cq.bound == "at-most" and fq.bound == "at-least":
        return cv <= fq.value if cq.approximate else cv <= 1.1 * fq.value
    return False


# How a claim's bound meets a source's single figure X' (compare_quantity, in this order):
#   a bound the other way about X ("at least 10" / "up to 10", "almost 2 m" / "over 2 m")  contradicted (_opposite_bounds)
#   an exclusive bound ("more than", « plus de », "under", « moins de ») that X', exact or
#     hedged, does not pass ("more than 10 %" / "about 10 %", "under 2 m" / exactly 2 m)    contradicted (_bound_not_passed)
#   an exclusive bound at a source's plain round figure ("over 3.2 m" / "3.2 m")           supported (its rounding)
#   ... at one so round its rounding passes 5 % ("under 500 m" / "500 m")                 unverified (_exclusive_at_round)
#   an inclusive bound ("at least", « au moins », "up to", « jusqu'à ») at X' itself          supported
#   an inclusive bound at X' the source gives hedged ("at least 10 %" / "about 10 %")       contradicted (_hedged_at_bound)
#   a bound X' passes, near it ("more than 10 %" / 12 %)                                    supported (_overlapping)
#   a bound X' passes far off ("more than 10 %" / 27 %), a source's bound far from a figure  unverified (far-bound, only-bound)
#   a bound the same way as the source's ("over 10" / "over 10")                           supported
#   a bound either way of a range ("at least" its top, "at most" its bottom)               contradicted (_bound_past_range)
#   a hedge ("about", « environ ») or a plain figure                                        the values each allows overlap

def _bound_not_passed(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> bool:
    """An exclusive bound the source's own figure does not pass: "more than 10 %" against 10 % or "about 10 %"
    (the same figure, hedged, is not more than it), "under 1.7 million" against 1.7 million. A source's bound the
    same way or the other way is judged elsewhere; a hedged claim ("almost", « presque ») is not exclusive. A source's
    plain round figure allows its rounding ("3.2 million" may be 3.24 million: "more than 3.2 million" overlaps it);
    only one it gives exactly, or hedged itself (``approximate``, read from its sentence: ``as_stated``), is no more
    than it says."""
    if cv is None or fq.value is None or fq.bound in _SWAP or cq.approximate or not exclusive_bound(cq) \
            or not (fq.bound == "exact" or fq.approximate):
        return False
    fv = as_share(fq)[0] if share else fq.value
    tiny = 1e-9 * max(abs(cv), abs(fv or 0))
    return fv <= cv + tiny if cq.bound == "at-least" else fv >= cv - tiny


def _undecided_bound(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> Optional[str]:
    """Why two overlapping figures neither confirm nor refute each other by their bounds: "at least 400" against "up
    to 500" (other-bound), "under 500 million" against a plain, round 500 million (round-bound); "at least 10 %"
    against "about 10 %" is a wrong bound (``_hedged_at_bound``)."""
    if _SWAP.get(cq.bound) == fq.bound:
        return "other-bound"
    return "round-bound" if _exclusive_at_round(cq, fq, cv, share) else None


def _exclusive_at_round(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> bool:
    """An exclusive bound ("under 500 million", « moins de 2 milliards ») at the very figure a source gives plain and
    so round that the rounding its digits would allow is wider than the 5 % a round figure is given (``_pad``: 500
    million, ±50 million): a round amount, not the rounding of a nearby one, so nothing says which side of the bound
    it lies — neither confirmed nor refuted. A figure with more digits ("over 3.2 million" against 3.2 million) allows
    its rounding and confirms the bound; a bound the figure passes ("over 450 million" against 500 million) too."""
    if cv is None or not fq.value or fq.bound != "about" or fq.approximate or cq.approximate \
            or not exclusive_bound(cq) or written_precision(fq, fq.value) <= 0.05 * abs(fq.value):
        return False
    fv = as_share(fq)[0] if share else fq.value
    return abs(fv - cv) <= 1e-9 * max(abs(cv), abs(fv))


def _hedged_at_bound(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> bool:
    """An inclusive bound ("at least 10 %", « jusqu'à 10 % ») at the figure a source gives hedged ("about 10 %", « de
    l'ordre de 10 % »): the figure may be either side of it, so the source sets no such bound — a wrong bound."""
    if cv is None or fq.value is None or fq.bound in _SWAP or cq.bound not in _SWAP or cq.approximate \
            or not fq.approximate:
        return False
    fv = as_share(fq)[0] if share else fq.value
    return abs(fv - cv) <= 1e-9 * max(abs(cv), abs(fv))


def _bound_past_range(cq: Quantity, fq: Quantity, cv: Optional[float], f_lo: float, f_hi: float) -> bool:
    """"at least" the top of the source's range ("at least 3.6 million" against "between 3.2 and 3.6 million"), or
    "at most" its bottom: the range's end read as a bound the other way."""
    if cv is None or fq.value is not None or fq.min is None or fq.max is None or not f_lo < f_hi:
        return False
    tiny = 1e-9 * max(abs(f_lo), abs(f_hi))
    return cq.bound == "at-least" and cv >= f_hi - tiny or cq.bound == "at-most" and cv <= f_lo + tiny


def _same_ends(cq: Quantity, fq: Quantity) -> bool:
    """Whether a range gives another's two ends, each within its rounding."""
    return abs(cq.min - fq.min) <= _precision(cq.min) and abs(cq.max - fq.max) <= _precision(cq.max)


def _overlapping(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> tuple[str, str]:
    """Overlapping figures agree, unless the source gives only a bound far from the claim's figure, or both give a
    cap (``_two_caps``: "up to 440 million" states the cap, not met by "up to 340 million"), or both a range: each
    end within its rounding (``_same_ends``: "5 to 9 %" only overlaps 4–8 %, another range)."""
    if None not in (cq.min, cq.max, fq.min, fq.max) and cq.unit == fq.unit:
        return ("supports", "") if _same_ends(cq, fq) else ("contradicts", "")
    if _two_caps(cq, fq):
        return compare_quantity(replace(cq, bound="exact"), replace(fq, bound="exact"))
    if fq.bound in ("at-most", "at-least") and cq.value is not None and fq.value:
        fv = as_share(fq)[0] if share else fq.value
        ratio = (cv or 0) / fv if fv else 0
        if ratio < 0.75 or ratio > 1.34:
            return _open_or_slipped(cv, fv, share, "only-bound")
    if _far_bound(cq, fq, cv, share):
        return _open_or_slipped(cv, fq.value, share, "far-bound")
    return "supports", ""


def _open_or_slipped(cv: Optional[float], fv: Optional[float], share: bool, why: str) -> tuple[str, str]:
    """A bound that leaves the claim's figure ``cv`` open against the source's ``fv`` (``why``), unless they are the
    same digits a place off (``_decimal_slip``)."""
    if not share and cv and fv and _decimal_slip(cv / fv):
        return "contradicts", "magnitude"
    return "related", why


def _decimal_slip(ratio: float) -> bool:
    """The same digits ten times too big or too small where a bound leaves two figures otherwise undecided: "more
    than £20bn" against "more than £2bn", « plus de 60 millions » against « plus de 6 millions ». A bound is written
    near the figure it bounds, so a bound of the very digits a place off is that bound with a digit slipped in or
    out (a looser bound would be written in rounder figures far from the source's digits), not another one; a plain
    figure ten times off is a wrong figure already (``compare_quantity``); a thousand times off, ``_is_magnitude_slip``."""
    return any(abs(ratio / x - 1) < 1e-6 for x in (10.0, 0.1))


def _far_bound(cq: Quantity, fq: Quantity, cv: Optional[float], share: bool) -> bool:
    """"five units or more" is not how anyone writes 371,000: a claim's bound ten times off the figure (a source's
    range by its end nearest the bound: "more than $3 billion" is not how anyone writes 20 to 22 billion)."""
    near = fq.value if fq.value is not None else (fq.min if cq.bound == "at-least" else fq.max)
    if cq.bound not in ("at-most", "at-least") or not cq.value or not near:
        return False
    ratio = abs(((as_share(replace(fq, value=near))[0] if share else near) or 0) / (cv or cq.value))
    # (nor "more than 10 %" how anyone writes 27 %: a lower bound under half the figure names another; nor "under 1.7
    # million" 430,000: an upper bound over twice the figure holds of any smaller figure, it names another)
    return ratio < 0.1 or ratio > 10 or (cq.bound == "at-least" and ratio > 2) or (cq.bound == "at-most" and ratio < 0.5)
