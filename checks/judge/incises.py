"""Names of a descriptive incise: a phrase set between two commas after the subject it describes ("The station,
Ratcliffe-on-Soar in Nottinghamshire, closed …", « Les infrastructures, du centre aquatique de Saint-Denis à la
Seine, représentent … », « le ministère, installé à Bercy, … »). Its places and parties describe the subject; they
are not the figure's scope, and a fact need not write them. A phrase set before the subject ("In 2024, in
Germany, …", « En mars, en Allemagne, … ») opens no incise: the phrase after it keeps its names. Nor does a relative
clause (", which ignited above X,", « , qui … , »): the reader makes it a claim of its own, and while it stays
unchecked its names keep the figure's sentence from being confirmed whole.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..match import FactIndex
from ..model import Claim
from ..resources import compiled, word_pattern, words
from ..text import fold
from .figures import fact_parties, proper_names_in
from .settingnames import setting_spans
from ..tablestore import stored

_P_INCISES = compiled(r"\W*([\w'’-]+)")
_P_INCISES_2 = compiled(r",")
_P_OPENS_COMPLEMENT = compiled(r"\d+")
_P_OPENS_COMPLEMENT_2 = compiled(r"^\w'")
_P_INCISES_3 = compiled(r"\w")
_P_NAMES_OUTSIDE_INCISES = compiled(r"(?<=\w) \([^()]*\)")


@stored
def _openers() -> frozenset[str]:
    return frozenset(fold(w) for w in words("stopwords", "adverbial_openers"))


@stored
def _relatives() -> frozenset[str]:
    return frozenset(fold(w) for w in words("claims", "relative_pronouns"))


def incises(text: str, dates: tuple[tuple[int, int], ...] = (), relatives: bool = False) -> list[tuple[int, int]]:
    """The spans (start, end) of the phrases of ``text`` set between two commas after a subject: the phrase before
    the first comma is no fronted complement (opened by a preposition or a conjunction, or holding one of the
    ``dates``' spans), and some text follows the second comma (``relatives``: a relative clause too whose own
    subject is a name right after its pronoun, another party's act on the subject, "The unit, which Ada Kress
    founded, lost $3 million", « La filiale, dont Ada Kress a fait sa priorité, a perdu 3 millions »; not one whose
    subject is the subject described, "The storm, which hit Velmar, killed 40": what it did is the event)."""
    commas = [m.start() for m in _P_INCISES_2.finditer(text)]
    out = []
    for i, (a, b) in enumerate(zip(commas, commas[1:])):
        lo = commas[i - 1] + 1 if i else 0
        first = _P_INCISES.match(text[lo:a])
        if not first or opens_complement(first.group(1)) or not _P_INCISES_3.search(text[b + 1:]) \
                or any(lo <= s < a for s, _ in dates):
            continue
        opener = _P_INCISES.match(text[a + 1:b])
        if opener and fold(opener.group(1)) in _relatives() and not (relatives and _named_subject(text[a + 1:b])):
            continue
        out.append((a, b))
    return out


def _named_subject(phrase: str) -> bool:
    """Whether a relative clause's pronoun is followed right away by a capitalised name, its own subject: "which
    Ada Kress founded", « que dirige » not (« dont Ada Kress a fait … » is)."""
    return bool(_object_relative().match(phrase))


@stored
def _object_relative():
    return word_pattern("claims", r"\W*(?i:{named_subject_relatives})\s*[A-ZÀ-Ý][\w'’-]*\s+[A-ZÀ-Ý]")


def opens_complement(word: str) -> bool:
    f = fold(word).replace("’", "'")
    return f in _openers() or bool(_P_OPENS_COMPLEMENT.fullmatch(f)) or _P_OPENS_COMPLEMENT_2.sub("", f) in _openers()


def names_outside_incises(claim: Claim, span: tuple[int, int], index: Optional[FactIndex],
                          glosses: bool = True) -> list[str]:
    """``proper_names_in`` the claim's ``span``, but those of a descriptive incise that holds no figure of it
    (``glosses``: and those of a name's gloss in brackets, of a relative clause between commas that holds none, and
    of the figure's setting, ``settingnames.setting_spans``: the exchange a share trades on, the region of a named
    site, an owner's brands)."""
    lo, hi = span
    figures = [x.start - claim.start for x in claim.quantities]
    dates = tuple((d.start - claim.start, d.end - claim.start) for d in claim.dates if d.start >= 0)
    # (and a name's gloss in brackets, « Lia Brandt (Team Nordik) », the team or boat of the party it follows)
    wide = glosses
    # (a setting the span opens inside, the end of an owner's list of brands: « …, Novotel et Sofitel ont … »)
    settings = [(max(a, lo), min(b, hi)) for a, b in setting_spans(claim) if a < hi and b > lo] if wide else []
    glosses = [(m.start(), m.end()) for m in _P_NAMES_OUTSIDE_INCISES.finditer(claim.text)] if glosses else []
    cut = sorted((a, b) for a, b in incises(claim.text, dates, relatives=wide) + glosses + settings
                 if lo <= a and b <= hi and not any(a < f < b for f in figures))
    out, at = [], lo
    for a, b in cut:
        out += proper_names_in(claim, (at, a), index) if a > at else []
        at = max(at, b)
    return out + proper_names_in(claim, (at, hi), index)


def without_incises(claim: Claim, text: str) -> str:
    """The claim's ``text`` (its text or its focus) with its descriptive incises that hold no figure blanked:
    they describe the subject, not what its figure measures ("Paying members, those billed every month, rose
    9 %" measures no monthly figure)."""
    if text != claim.text:
        return text
    figures = [x.start - claim.start for x in claim.quantities]
    dates = tuple((d.start - claim.start, d.end - claim.start) for d in claim.dates if d.start >= 0)
    for a, b in incises(text, dates):
        # (a phrase opened by a conjunction or a preposition goes on with the sentence: ", et en 2022 le pays
        # avait importé …," is a clause of its own, not a description of the subject)
        opener = _P_INCISES.match(text[a + 1:b])
        if not any(a < f < b for f in figures) and not (opener and opens_complement(opener.group(1))):
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def main_clause_names(claim: Claim, index: FactIndex) -> list[str]:
    """The names of the main clause a nested claim is read out of, whose figure it gives: all of them for a relative
    clause ("Tesla, the leading US seller, delivered about 1.79 million vehicles": the verb read apart from its
    subject), those after the main clause's last figure for a gloss or an item, the thing it follows (« la Kordane K3
    a représenté 28 % des ventes, devant la Velmor V2 (19 %) »: the V2's 19 %; « L'écart avec Boeing s'est creusé :
    l'américain n'a livré que 348 avions »). A name there that the list never writes is one it does not cover
    (``measured.uncovered_name``). None for a main clause: its own names are read in its text."""
    text = claim.context_text.rstrip()
    if claim.role == "main" or not text.strip():
        return []
    lo = 0 if claim.role == "relative" else max((m.end() for m in _FIGURE.finditer(text)), default=0)
    main = replace(claim, text=text, focus=text, quantities=[], dates=[], mentions=[])
    return names_outside_incises(main, (lo, len(text)), index)


_FIGURE = re.compile(r"(?<![\w-])\d[\d\u00a0\u202f.,]*(?:\s*%)?(?![\w-])")   # (not "V2", "e-208": a model's name)


def appositive_names(claim: Claim, index: Optional[FactIndex] = None) -> list[str]:
    """The names of an incise that is nothing but a name of two words or more, right after the noun it names ("Hibbett's
    chief executive, Jane Doe, stayed on", « son directeur général, Jean Dupont, est resté »): the subject itself, not
    a description of it — a fact that does not name it says nothing of that person."""
    out = []
    for a, b in incises(claim.text):
        inner = claim.text[a:b].strip(" ,")
        names = proper_names_in(claim, (a, b), index)
        if len(names) >= 2 and " ".join(names) == fold(inner):
            out += names
    return out


def described_only(claim: Claim, fact, index: FactIndex) -> bool:
    """Whether the fact's parties are named in the claim only inside a descriptive incise holding no figure, while
    the claim names another party outside it ("Velmor, the parent of the Pixa brand, returned to growth", « Velmor,
    maison mère de la marque Pixa, a renoué avec la croissance »): the incise describes the subject, and a fact
    about Pixa says nothing of what Velmor did."""
    figures = [x.start - claim.start for x in claim.quantities]
    dates = tuple((d.start - claim.start, d.end - claim.start) for d in claim.dates if d.start >= 0)
    spans = [(a, b) for a, b in incises(claim.text, dates) if not any(a < f < b for f in figures)
             and not ((o := _P_INCISES.match(claim.text[a + 1:b])) and opens_complement(o.group(1)))]
    inside = lambda m: any(a <= m.start - claim.start < b for a, b in spans)
    within = {m.entity for m in claim.mentions if inside(m)}
    outside = {m.entity for m in claim.mentions if not inside(m)}
    parties = fact_parties(fact, index)
    return bool(within & parties) and bool(outside) and not outside & parties
