"""The names of a claim that say where its figure is set, not what it is of: a fact need not write them, and they
decide nothing (read by ``incises.names_outside_incises``, for the names a figure's fact must write):

- the exchange a share trades on, after a preposition of place: « À la Bourse de Paris, l'action reculait de 12 % »,
  "On the London Stock Exchange, Velmor shares fell 12 %" (not "The London Stock Exchange's revenue rose");
- the region a named site or operation lies in: « la mine de Korvald en Norvège a produit 3 Mt », "its Korvald
  operations in Western Norway shipped 3 Mt" (a site named by a listed party's name, "Velmor's plant in France",
  keeps its place: the party's figure there);
- the brands, products or sites that describe their owner: « le propriétaire des marques Lumo, Arvel et Tessa a
  vendu … », "the owner of the Lumo and Arvel brands sold …" (the owner is the party the fact names).
"""
from __future__ import annotations

from ..model import Claim
from ..resources import word_pattern
from ..tablestore import stored
from .names import bare_name

_NAME = r"[A-ZÀ-Ý][\w'’&-]*(?:\s+[A-ZÀ-Ý][\w'’&-]*)*"
_DET = r"(?:(?:{setting_determiners})\s*)?"


@stored
def _patterns() -> tuple:
    """(the settings whose whole span is cut: an exchange, an exchange named first, an owner's list; the sites'
    places, cut after their site's name)"""
    wholes = (
        word_pattern("claims", r"(?<!\w)(?i:{+setting_prepositions})\s+" + _DET
                     + r"((?:{+exchange_nouns})\s+(?:(?:{site_complements})\s*)?" + _NAME + ")"),
        word_pattern("claims", r"(?<!\w)(?i:{+setting_prepositions})\s+" + _DET + "(" + _NAME
                     + r"\s+(?:{+exchange_after_name}))(?!\w)"),
        word_pattern("claims", r"(?<!\w)(?:{+owner_nouns})\s+(?:{+owner_complements})\s+" + _DET
                     + r"(?:[a-zà-ÿ][\w-]*\s+){0,2}(" + _NAME + r"(?:\s*(?:,|{+list_coordinators})\s+"
                     + _NAME + ")*)"),
    )
    sites = (
        word_pattern("claims", "(" + _NAME + r")(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:{+site_nouns})\s+"
                     r"(?:{+location_prepositions})\s+" + _DET + "(" + _NAME + ")"),
        word_pattern("claims", r"(?<!\w)(?:{+site_nouns})(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:{+site_complements})"
                     r"\s*(" + _NAME + r")\s+(?:{+location_prepositions})\s+" + _DET + "(" + _NAME + ")"),
    )
    return wholes, sites


def setting_spans(claim: Claim) -> list[tuple[int, int]]:
    """The spans of ``claim.text`` (start, end) whose names set the figure rather than scope it: an exchange
    after a preposition of place, the place of a named site (one no listed party names), an owner's brands."""
    text, (wholes, sites) = claim.text, _patterns()
    listed = [(m.start - claim.start, m.end - claim.start) for m in claim.mentions]
    out = [m.span(1) for p in wholes for m in p.finditer(text)]
    for p in sites:
        out += [m.span(2) for m in p.finditer(text)
                if not any(a < m.end(1) and m.start(1) < b for a, b in listed) and not _possessive(m.group(1))]
    return out


def _possessive(name: str) -> bool:
    return bare_name(name) != name
