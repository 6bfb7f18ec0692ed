"""The figures of a text (``find_quantities``), with the numbers news writes in words read whole ("two point
three percent", "nineteen hundred people", "deux milliards et demi d'euros", "two and a half million") and
ordinals left out ("vingt et unième"); and the value of a figure written alone (``parse_number``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..model import Quantity
from .bands import with_bands
from .durations import join_durations
from .ranges import assemble
from .scan import normalise, scan_text
from .spans import Blocked
from .tables import tables_for
from .vocabulary import Tables, fold_key, language


def find_quantities(text: str, lang: str, offset: int = 0) -> list[Quantity]:
    """Every figure in ``text`` as a Quantity, in order, spans not overlapping.

    The span covers the qualifier ("environ", "more than"), a range opener ("entre"), the currency,
    the figure, its scale, and its unit or counted noun; not what a share is of ("un tiers" of
    "de la valeur", given in ``of``). Plain years ("en 2020") are dates, not quantities.
    """
    if not text:
        return []
    lang = language(lang)
    found = _with_word_forms(text, lang, _with_halves(text, lang, list(scan_text(text, lang).quantities)))
    found = with_bands(text, lang, join_durations(text, found, tables_for(lang)))
    return [_moved(q, offset) for q in found]


def _moved(q: Quantity, offset: int) -> Quantity:
    """A copy of ``q`` ``offset`` characters further (``dataclasses.replace``'s result, without its calls)."""
    out = object.__new__(type(q))
    out.__dict__.update(q.__dict__)
    out.start, out.end = q.start + offset, q.end + offset
    return out


def _spelled(q: Quantity) -> bool:
    return not any(ch.isdigit() for ch in q.text)


def _with_word_forms(text: str, lang: str, qs: list[Quantity]) -> list[Quantity]:
    """Numbers news writes in words that the figure reader reads in pieces: an ordinal is no figure
    ("vingt et unième", "twenty-first"), a decimal in words is one figure ("two point three percent", "zéro
    virgule cinq pour cent"), "nineteen hundred people" is 1,900. Words from ``ordinal_endings`` and
    ``decimal_points`` in ``data/lang/<code>/numbers.yaml``."""
    if not qs:
        return []                         # most clauses: no figure, nothing to normalise
    t = tables_for(lang)
    norm = normalise(text)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if _spelled(q) and q.unit is None and t.rx.get("ordinal_after") and t.rx["ordinal_after"].match(norm, q.end):
            i += 1                        # "vingt et unième siècle": a rank, not 20
            continue
        merged = _decimal_in_words(text, q, nxt, t) or _hundreds_in_words(text, q, nxt, t)
        if merged is not None:
            q = merged
            i += 1
        out.append(q)
        i += 1
    return out


def _decimal_in_words(text: str, q: Quantity, nxt: Optional[Quantity], t: Tables) -> Optional[Quantity]:
    """"two point three": the reader takes "point" for what "two" counts; the two spelled numbers are one."""
    point = t.rx.get("decimal_point") and q.unit and t.rx["decimal_point"].fullmatch(f" {q.unit} ")
    if point and nxt is not None and _spelled(q) and _spelled(nxt) and q.value is not None \
            and nxt.start - q.end <= 1 and nxt.value is not None and float(nxt.value).is_integer() and nxt.scale is None:
        digits = len(str(int(nxt.value)))
        return replace(nxt, value=q.value + nxt.value / 10 ** digits, start=q.start, text=text[q.start:nxt.end])
    return None


def _hundreds_in_words(text: str, q: Quantity, nxt: Optional[Quantity], t: Tables) -> Optional[Quantity]:
    """"nineteen hundred": a spelled number between 10 and 100 followed by the word for a hundred is one figure."""
    if nxt is not None and _spelled(q) and q.unit is None and q.value is not None and 10 < q.value < 100 \
            and float(q.value).is_integer() and nxt.value == 100 and nxt.start - q.end <= 1 \
            and fold_key(text[nxt.start:nxt.end].split()[0]) in t.hundreds:
        return replace(nxt, value=q.value * 100, start=q.start, text=text[q.start:nxt.end])
    return None


def _with_halves(text: str, lang: str, qs: list[Quantity]) -> list[Quantity]:
    """"deux milliards et demi d'euros" (2.5e9 EUR), "two and a half million people" (2.5e6): the half of
    a magnitude written after it (French) or before it (English), from ``half_after`` and ``half_before``
    in ``data/lang/<code>/numbers.yaml``."""
    t = tables_for(lang)
    if not (t.rx.get("half_after") or t.rx.get("half_before")) or not qs:
        return qs
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        after = _half_after(text, lang, q, t)
        if after is not None:
            q = after
            if i + 1 < len(qs) and qs[i + 1].start < q.end:
                i += 1                    # the unit read again may have been a quantity of its own
        elif i + 1 < len(qs):
            before = _half_before(text, q, qs[i + 1], t)
            if before is not None:
                q = before
                i += 1
        out.append(q)
        i += 1
    return out


def _half_after(text: str, lang: str, q: Quantity, t: Tables) -> Optional[Quantity]:
    """"deux milliards et demi d'euros": the magnitude's half after it, the figure read again with the "et demi"
    blanked to get what follows it ("d'euros")."""
    after = t.rx["half_after"].match(text, q.end) if t.rx.get("half_after") else None
    if not (after and q.scale and q.value is not None and fold_key(q.scale) in t.magnitudes):
        return None
    blanked = text[:q.end] + " " * (after.end() - q.end) + text[after.end():]
    again = next((o for o in scan_text(blanked, lang).quantities if o.start == q.start), q)
    factor = t.magnitudes[fold_key(q.scale)]
    return replace(again, value=(again.value or q.value) + 0.5 * factor, text=text[again.start:again.end])


def _half_before(text: str, q: Quantity, nxt: Quantity, t: Tables) -> Optional[Quantity]:
    """"two" + "and" + "a half million": a whole number before a half magnitude."""
    if not (t.rx.get("half_before") and q.value is not None and q.scale is None and q.unit is None
            and float(q.value).is_integer()):
        return None
    joined = t.rx["half_before"].fullmatch(normalise(text), q.end, nxt.start)
    factor = t.magnitudes.get(fold_key(nxt.scale or ""))
    if joined and factor and nxt.value == 0.5 * factor:
        return replace(nxt, value=(q.value + 0.5) * factor, start=q.start, text=text[q.start:nxt.end])
    return None


def parse_number(s: str, lang: str) -> float | None:
    """The value of a figure written alone: "1,2" (fr) -> 1.2, "1,200" (en) -> 1200, "9 800",
    "1.200.000" (fr), "quinze mille", "deux millions", "a dozen", "1,2 milliard", "un tiers".
    None when ``s`` is not exactly one figure (or is a range)."""
    if not s or not s.strip():
        return None
    t = tables_for(language(lang))
    norm = normalise(s)
    lead = len(norm) - len(norm.lstrip())
    stripped = norm.strip()
    m = t.rx["core"].match(norm, lead)
    if not m:
        m = t.rx["core"].search(norm, lead)
        if not m:
            return None
    found = assemble(norm, s, m, t, 0, Blocked([]))
    if found is None and fold_key(stripped) in t.small:
        return float(t.small[fold_key(stripped)])        # "un", "one": only alone are they the figure 1
    if found is None or found.second is not None:
        return None
    if found.start != lead or found.end != lead + len(stripped):
        return None
    return float(found.first.value)
