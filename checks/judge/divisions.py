"""The part of a group a figure is said of by the name of a division, a segment or a business line written beside
its noun: before it in English ("Velmor's general insurance division", "the Risk segment"), after it in French
(« la branche Infrastructures de Velmor », « l'activité Mobilité »).

A report gives the group's figure and each part's: a claim that gives a figure to a named part is confirmed only by
a fact that names that part. When the list names the part elsewhere (another fact writes every word of its name)
and the fact agreeing with the figure does not, the figure is the source's for the group or for another part, and
it gives none for the claim's part: the figure is left unchecked (rule ``region``, as a figure of another place).
A name the list writes nowhere ("its largest division", « l'activité partielle ») is a description, not a part it
tells apart.
"""
from __future__ import annotations

import re
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact, Quantity
from ..resources import word_pattern
from ..terms import content_stems, function_words
from ..text import fold, words_of
from .findings import Finding

_ELIDED = re.compile(r"^[^\W\d_]['’]")          # (« d'Edenred », « l'activité »: a function word glued on)
_MAX_WORDS = 3


def part_names(text: str) -> list[frozenset[str]]:
    """The names of the parts of a group a text writes beside a noun of a part, each as the stems of its words:
    "Sales in Velmor's general insurance division rose" → {general, insuranc}; « Le chiffre d'affaires de la
    branche Infrastructures de Velmor » → {infrastructur}. A French name opens with a capital."""
    toks = words_of(text)
    out = []
    for m in word_pattern("measures", r"(?<![\w'’-])(?:{+part_nouns_named_before})(?![\w-])").finditer(text):
        run = [t for t in reversed(_run(text, [t for t in toks if t[2] <= m.start()][::-1], m.start()))]
        if run and not _apposed(text, toks, run[0][1], m.end()):
            out.append(_stems(run))
    for m in word_pattern("measures", r"(?<![\w-])(?:{+part_nouns_named_after})(?![\w'’-])").finditer(text):
        run = _run(text, [t for t in toks if t[1] >= m.end()], m.end(), before=False)
        if run and run[0][0][:1].isupper() and not _apposed(text, toks, m.start(), run[-1][2]):
            out.append(_stems(run))
    return [n for n in out if n]


def _apposed(text: str, toks: tuple, start: int, end: int) -> bool:
    """Whether the phrase of a part (``start``, ``end``) is an incise set off by commas after a name, its function
    words before it ("Openreach, the network arm, passed …", « Openreach, la branche Réseau, a … »): it describes
    that name, the part's own, and names no other."""
    lead = [t for t in toks if t[2] <= start]
    while lead and fold(lead[-1][0]) in function_words() and not text[lead[-1][2]:start].strip():
        start = lead.pop()[1]
    return text[:start].rstrip().endswith(",") and text[end:].lstrip().startswith((",", ")"))


def _run(text: str, toks: list, edge: int, before: bool = True) -> list:
    """The words of a name next to a noun of a part at ``edge``, nearest first: up to three, joined by spaces only,
    none a function word, a figure, a possessive or an elided word."""
    run = []
    for w, a, b in toks:
        gap = text[b:edge] if before else text[edge:a]
        if gap.strip() or len(run) >= _MAX_WORDS or fold(w) in function_words() or not w[:1].isalpha() \
                or _ELIDED.match(w) or re.search(r"['’]s?$", w):
            break
        run.append((w, a, b))
        edge = a if before else b
    return run


def _stems(run: list) -> frozenset[str]:
    return frozenset(s for w, _, _ in run for s in content_stems(w))


def unnamed_part(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure confirmed by a fact that does not write the name of the part the claim gives it to (written before
    the figure), while another fact of the list writes that name: unchecked (related, rule ``region``)."""
    if f.relation != "supports" or not f.rule.startswith("quantity"):
        return None
    missing = missing_part(own_stretch(claim, q), f.fact, index) or other_part(own_tail(claim, q), claim, f.fact, index)
    if not missing:
        return None
    return Finding("related", "region", f.fact,
                   f"{q.text.strip()!r} is the source's figure for the group or another part ({f.fact.statement}); "
                   f"it gives none for the part the article names ({missing})")


def part_pointed_past(claim: Claim, q: Quantity, f: Finding, index: FactIndex) -> Optional[Finding]:
    """A figure of a clause whose pronoun stands for the statement before (``statement_anaphors``: « Cela représente
    un recul de 4 % », "That is a rise of 4 %") confirmed by a fact that gives it to a named part of the group (« les
    ventes de la branche Velmor Rail », "the Risk division's sales") that neither the clause nor the statement it
    points to writes: the statement before says what the figure is of, and it is not that part (no word of the
    part's name written); unchecked (related, rule ``region``)."""
    ante = claim.antecedent
    if ante is None or f.relation != "supports" or not f.rule.startswith("quantity") \
            or not word_pattern("claims", r"^(?:{statement_anaphors})(?![\w'’])").match(fold(claim.text).strip()):
        return None         # (a pronoun, « Elle a progressé », "It rose", may stand for the part itself)
    said = set(content_stems(claim.text)) | set(content_stems(ante.text))
    missing = next((name for name in part_names(f.fact.statement or "") if not name & said), None)
    if not missing:
        return None
    return Finding("related", "region", f.fact,
                   f"{q.text.strip()!r} is the source's figure for a part ({' '.join(sorted(missing))}: "
                   f"{f.fact.statement}); the statement it points back to is not of that part")


def own_stretch(claim: Claim, q: Quantity) -> str:
    """The words a figure is said of: those between the figure before it and it, and back across the figures before
    them while no clause break stands between, or one after which nothing is named (« … a crû de 4,6 %, à 8,35
    milliards », "sales grew 10% to $387.5 billion": the words before the first); only those after the last break
    that names something ("…, while International sales rose 9%")."""
    ends = sorted((x.end - claim.start for x in claim.quantities
                   if x.unit != "year" and claim.start <= x.end <= q.start), reverse=True)
    hi = max(0, q.start - claim.start)
    for lo in ends + [0]:
        stretch = claim.text[lo:hi]
        cut = _BREAK.split(stretch)
        if (len(cut) > 1 and content_stems(cut[-1])) or lo == 0:
            return cut[-1]
        hi = next((x.start - claim.start for x in claim.quantities if x.end - claim.start == lo), lo)
    return ""


_BREAK = re.compile(r"[,;:]\s")


def own_tail(claim: Claim, q: Quantity) -> str:
    """The words after a figure that say what it was taken from or given to, up to the next figure or clause break:
    "a £40m charge taken against the Retail division", « une charge de 40 M€ passée sur la division Retail »."""
    lo = max(0, q.end - claim.start)
    hi = min((x.start - claim.start for x in claim.quantities if x.start >= q.end), default=len(claim.text))
    return _BREAK.split(claim.text[lo:hi])[0]


def other_part(text: str, claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """The name of a part ``text`` writes that the fact's sentence does not, while that sentence names a part of its
    own, a name the claim does not write ("£40m … against the Retail division" against "a £40m charge in Wholesale"):
    the fact's figure is that other part's; None otherwise."""
    from .segment import names_in       # (segment reads the places, which read this module)
    said = set(content_stems(fact.statement or ""))
    if not names_in(fact.statement, index, places=True) - names_in(claim.text, index, places=True):
        return None
    return next((" ".join(sorted(name)) for name in part_names(text) if not name <= said), None)


def missing_part(text: str, fact: Fact, index: FactIndex) -> Optional[str]:
    """The name of a part ``text`` writes (its words' stems, joined) that the fact's sentence does not write and
    another fact of the list does; None when there is none."""
    said = set(content_stems(fact.statement or ""))
    for name in part_names(text):
        if name <= said:
            continue
        if any(name <= set(content_stems(x.statement or "")) for x in index.facts if x is not fact):
            return " ".join(sorted(name))
    return None
