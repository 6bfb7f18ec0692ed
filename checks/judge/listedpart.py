"""A figure of a fact's list given to another member of that list: the measure phrase each figure of a fact's sentence
is said of, read as a head the sentence writes twice or more, each time with its own modifier ("delivery orders …,
pickup orders …", "EMEA revenue fell 11 %, Americas revenue fell 11 % and APAC revenue rose 1 %", « les ventes
de la division A … et les ventes de la division B … »), against the claim's.

A figure of the sentence belongs to the last such phrase written before it. When the fact's figure that agrees with
the claim's belongs to a phrase whose modifier the claim never writes, while the claim's own words (up to the end of
its figure's clause) write the modifier of another phrase of that head — another member of the same list, which
the sentence writes nowhere else —, the agreeing figure is that other member's: the claim's member is one the
sentence gives figures of its own. The claim's figure is then refuted when every figure of its own member in that
unit disagrees with it, else it is not confirmed (related evidence). The two modifiers of one head in one sentence
are exclusive by the sentence itself: no word list says which modifiers are opposites, the list does.

- contradicted: "Pickup orders jumped 4.2 % in the quarter" against "In the quarter delivery orders rose 4.2 %
  while pickup orders fell 0.8 %"; « Les ventes en magasin ont bondi de 4,2 % » against « Les ventes en ligne ont
  progressé de 4,2 % et les ventes en magasin ont reculé de 0,8 % ».
- supported: "Delivery orders rose 4.2 %" against the same fact.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from ..compare import compare_quantity, fmt_quantity
from ..factread import figure_measures_in
from ..language import detect_language
from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from ..resources import LANGS, compiled, lexicon, words as word_list
from ..tablestore import stored
from ..terms import content_stems, forms_of_one_word
from ..text import fold, words_of
from .clauses import figure_window, window_start
from .findings import Finding
from .listwords import period_stems
from .measured import measure_kin
from .sentencefigures import position_of, sentence_figures

RULE_ID = "quantity-measure"

_P_BREAK = compiled(r"[^\w\s'\u2019-]")


class _Phrase(NamedTuple):
    head: str          # the stem of the noun the sentence writes with several modifiers
    modifier: str      # the stem of this phrase's modifier
    at: int            # where the phrase starts in the sentence
    end: int           # where it ends
    word: str          # the modifier as written


def _stems(text: str) -> list[tuple[Optional[str], int, int]]:
    """(the stem of each word of ``text``, or None for a function word or a figure's; its start and end)."""
    out = []
    for w, s, e in words_of(text):
        st = content_stems(w)
        out.append((st[0] if len(st) == 1 and not any(ch.isdigit() for ch in w) else None, s, e))
    return out


def _phrases(text: str, before: bool, figures: list[Quantity]) -> list[_Phrase]:
    """The phrases of a head the sentence writes twice or more, each with another modifier right next to it (before
    it in a language whose modifiers come first, ``before``; else after it across function words only), in order:
    each the subject of the figures after it, a verb between them ("delivery orders rose 4.2 %"; not "a dividend of
    5.2p", nor a figure's complement, "83 % of group revenue", "5.2 % in Personal Care", whose phrases follow their
    figure: a head none of whose phrases comes after a figure of its own kind lists nothing)."""
    toks = _stems(text)
    words = [(s, at, i) for i, (s, at, _) in enumerate(toks) if s is not None]
    periods = period_stems()
    found = []
    for (a, at_a, i), (b, at_b, j) in zip(words, words[1:]):
        if j != i + 1 and (before or any(_digit(text, toks[k][1]) for k in range(i + 1, j))) \
                or _P_BREAK.search(text, toks[i][2], at_b):
            continue               # (a figure, any word or a mark between a modifier written first and its noun)
        head, mod = (b, a) if before else (a, b)
        if head != mod and not {head, mod} & periods:
            m = i if before else j
            found.append(_Phrase(head, mod, at_a, toks[j][2], text[toks[m][1]:toks[m][2]]))
    heads: dict[str, list[_Phrase]] = {}
    for p in found:
        heads.setdefault(p.head, []).append(p)
    return [p for p in found if len({x.modifier for x in heads[p.head]}) >= 2 and _subjects(text, heads[p.head], figures)]


def _subjects(text: str, phrases: list[_Phrase], figures: list[Quantity]) -> bool:
    """Whether each phrase is the subject of a figure after it: a content word (its verb) between it and the next
    figure, that figure before the next phrase, and no figure before the first phrase (``figures``: those of the
    claim's figure's kind)."""
    if any(o.start < phrases[0].at for o in figures):
        return False
    openers = _openers()
    for k, p in enumerate(phrases):
        prev = max((o.end for o in figures if o.end <= p.at), default=None)
        if prev is not None and all(fold(w) in openers for w, _, _ in words_of(text[prev:p.at])) \
                and not _P_BREAK.search(text, prev, p.at):
            return False           # (a figure's complement: "83 % of group revenue")
        nxt = next((o for o in figures if o.start >= p.end), None)
        if nxt is None or k + 1 < len(phrases) and nxt.start > phrases[k + 1].at \
                or not any(s is not None for s, _, _ in _stems(text[p.end:nxt.start])):
            return False
    return True


@stored
def _openers() -> frozenset[str]:
    """``figure_complement_openers`` of ``data/lang/<code>/measures.yaml``, folded."""
    return frozenset(fold(w) for w in word_list("measures", "figure_complement_openers"))


def _digit(text: str, at: int) -> bool:
    return at < len(text) and text[at].isdigit()


def _owner(phrases: list[_Phrase], head: str, at: int) -> Optional[_Phrase]:
    """The last phrase of ``head`` the sentence writes before offset ``at``."""
    return next((p for p in reversed(phrases) if p.head == head and p.at < at), None)


def _written(stem: str, stems: set[str]) -> bool:
    return any(forms_of_one_word(stem, s) for s in stems)


def listed_member(claim: Claim, q: Quantity, fact: Fact, index: FactIndex,
                  refuting: bool = False) -> Optional[tuple[str, str, list[Quantity]]]:
    """(the claim's member, the member of the fact's figure, the figures of the claim's member) when every figure of
    the fact's sentence that agrees with ``q`` (with ``refuting``: the fact's declared figure, which disagrees)
    belongs to a member of a list the claim does not name while the claim names another member of it; None
    otherwise."""
    found = _listed(q, fact, index, refuting)
    if found is None:
        return None
    figures, chosen, phrases = found
    kind = unit_class(q.unit)
    own, every = _claim_words(claim, q)
    measures = {k for m in figure_measures_in(claim.text) for k in measure_kin(m)}
    for head in dict.fromkeys(p.head for p in phrases):
        owners = [_owner(phrases, head, o.start) for o in chosen]
        if any(w is None or _written(w.modifier, every) or figure_measures_in(w.word) & measures for w in owners):
            continue
        member = _named_member(phrases, head, {w.modifier for w in owners}, own, fact.statement or "")
        if member is None:
            continue
        of_member = [o for o in figures if _owner(phrases, head, o.start) == member and unit_class(o.unit) == kind]
        if any(compare_quantity(x, o)[0] == "supports" for o in of_member for x in claim.quantities if x is not q):
            return None            # (the claim gives its member's figure too: the two given to each other, ``swapsides``)
        return member.modifier, owners[0].modifier, of_member
    return None


def _listed(q: Quantity, fact: Fact, index: FactIndex, refuting: bool) -> Optional[tuple[list, list, list[_Phrase]]]:
    """(the figures of the fact's sentence, those in question (``_chosen``), the phrases of its lists) when it has
    any; None otherwise."""
    text = fact.statement or ""
    lang = detect_language(text)
    figures = [o for o in sentence_figures(fact, index) if o.unit != "year" and o.value is not None and o.end <= len(text)]
    if lang not in LANGS or len(figures) < 2:
        return None
    chosen = _chosen(q, fact, figures, refuting)
    kind = unit_class(q.unit)
    phrases = _phrases(text, bool(lexicon(lang, "measures").get("modifiers_before_noun")),
                       [o for o in figures if unit_class(o.unit) == kind]) if chosen else []
    return (figures, chosen, phrases) if phrases else None


def _chosen(q: Quantity, fact: Fact, figures: list[Quantity], refuting: bool) -> list[Quantity]:
    """The figures of the fact's sentence in question: those that agree with ``q``; with ``refuting``, the declared
    one."""
    if not refuting:
        return [o for o in figures if compare_quantity(q, o)[0] == "supports"]
    at = position_of(figures, fact.quantity)
    return [figures[at]] if at is not None else []


def _claim_words(claim: Claim, q: Quantity) -> tuple[set[str], set[str]]:
    """(the stems of the claim's words from its figure before ``q`` to the end of ``q``'s clause, those of the whole
    claim)."""
    mine = claim.focus or claim.text
    start = max(0, window_start(claim, q))
    after = max((o.end - claim.start for o in claim.quantities if o.end - claim.start <= start and o.unit != "year"),
                default=0)
    return set(content_stems(mine[after:start + len(figure_window(claim, q))])), set(content_stems(claim.text))


def _named_member(phrases: list[_Phrase], head: str, theirs: set[str], own: set[str], text: str) -> Optional[_Phrase]:
    """The one phrase of ``head`` whose modifier the claim's own words write, another than the fact's figure's
    (``theirs``), that the sentence writes nowhere else."""
    counts: dict[str, int] = {}
    for s, _, _ in _stems(text):
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
    listed = [p for p in phrases if p.head == head and p.modifier not in theirs and _written(p.modifier, own)
              and counts.get(p.modifier, 0) == sum(1 for x in phrases if x.modifier == p.modifier)]
    if len(listed) != 1 or any(_written(m, {listed[0].modifier}) for m in theirs):
        return None
    return listed[0]


def of_its_listed_member(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """The findings with each confirmation of a figure by a fact's figure of another member of the list the claim's
    member belongs to (``listed_member``) made a refutation (every figure of the claim's member disagrees) or a mere
    relation."""
    out = []
    for f in findings:
        q = next((x for x in claim.quantities if f.part and x.text.strip() == f.part), None) \
            if f.relation in ("supports", "contradicts") and f.rule.startswith("quantity") and f.fact is not None else None
        found = listed_member(claim, q, f.fact, index, f.relation == "contradicts") if q is not None else None
        if found is None:
            out.append(f)
            continue
        member, other, figures = found
        if f.relation == "contradicts":
            if figures and not any(compare_quantity(q, o)[0] == "contradicts" for o in figures):
                out.append(Finding("related", "quantity", f.fact,
                                   f"the source's figure that differs from {f.part!r} is that of another member of its "
                                   f"list than the article's: {f.fact.statement}", part=f.part))
            else:
                out.append(f)
            continue
        if figures and all(compare_quantity(q, o)[0] == "contradicts" for o in figures):
            out.append(Finding("contradicts", RULE_ID, f.fact,
                               f"wrong measure: {f.part!r} is the source's figure of another member of its list; of the "
                               f"article's, it gives {', '.join(fmt_quantity(o) for o in figures)}: {f.fact.statement}",
                               part=f.part))
        else:
            out.append(Finding("related", "quantity", f.fact,
                               f"{f.part!r} is the source's figure of another member of its list than the article's: "
                               f"{f.fact.statement}", part=f.part))
    return out
