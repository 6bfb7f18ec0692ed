"""The measure qualifiers of a figure ("youth", "net", "core"…, ``qualifiers_in``): those of the claim's clause
(``claim_qualifiers``) and those of the words around a fact's figure (``fact_measure``); a fact decides a figure
only when they agree (``measure_fits``).
"""
from __future__ import annotations

from typing import Optional

from ..detect import is_figure
from ..terms import content_stems
from ..text import fold, unelided
from ..factread import figure_measures_in, measure_nouns_in, measure_siblings_in, qualifiers_in, words
from ..match import FactIndex, unit_class
from ..model import Claim, Fact, Quantity
from .clauses import figure_window, window_start
from .partytrade import without_party_trade
from .sentencefigures import around_figure, words_at_figure
from .yearparts import fact_quarter
from ..resources import LANGS, lexicon
from ..tablestore import stored


def fact_measure(fact: Fact, index: FactIndex) -> frozenset:
    """The measure qualifiers of a fact's figure: those of the words around it in its sentence when the
    sentence gives several figures ("goods rose to 2.0 % while services fell to 4.7 %": goods for 2.0 %),
    else the sentence's (for one figure)."""
    around = words_at_figure(fact, index)
    if around is None:
        return index.reading(fact).qualifiers
    own, at = qualifiers_in(around[0]), around[1].find(around[0])
    kinds = {unit_class(o.unit) for o in index.reading(fact).quantities if 0 <= o.end <= at}
    if own or names_another_measure(kinds, fact.quantity, around[1][:max(at, 0)], around[0]):
        return own
    return qualifiers_in(around[1])


def measure_fits(measure: frozenset, fact: Fact, index: FactIndex, q: Optional[Quantity] = None) -> bool:
    """Whether a fact's figure measures what the claim's figure does: the same qualifiers around it; or, when the
    words around the fact's figure name none, the claim's qualifiers all said elsewhere in the fact's sentence
    ("61 % of cases (1,778 of 2,918) were in children aged 10 and under" for "children … made up 61 %"); a level
    the claim counts over a quarter ("quarterly operating profit was 6.2 trillion", ``q``) is met by a fact of one
    quarter ("fourth-quarter operating profit"), a change on the quarter before is not ("quarterly growth")."""
    own = fact_measure(fact, index)
    if own == measure:
        return True
    if not own and bool(measure) and measure <= index.reading(fact).qualifiers:
        return True
    period = _quarter_of_level(measure - own, fact, q)
    return bool(period) and measure_fits(measure - period, fact, index)


def _quarter_of_level(extra: frozenset, fact: Fact, q: Optional[Quantity]) -> frozenset:
    """The quarter qualifier of the claim's level that a fact of one quarter meets (empty for a change in per cent
    or points: "quarterly growth" is measured on the quarter before, which a quarter's fact need not be)."""
    if q is None or q.unit in CHANGE_UNITS or QUARTERLY not in extra or fact_quarter(fact) is None:
        return frozenset()
    return frozenset({QUARTERLY})


QUARTERLY = "quarterly"                                 # (the qualifier id of data/lang/*/measures.yaml)
CHANGE_UNITS = ("percent", "points", "percentage points")


def claim_qualifiers(claim: Claim, window: str, q: Quantity) -> frozenset:
    """The measure qualifiers of a figure: those of its own clause, else those of the claim without the
    clauses of the figures after it and its descriptive incises ("Paying members, billed every month, rose
    …" is no monthly figure; the trade of a company before its name, « le groupe de services à l'environnement
    Velmor », "the oil services group Velmor", names no measure (``partytrade``); "Long-term unemployment climbed
    to 1.8 million, about a quarter of …",
    "… reached 9.2 TWh, a monthly record"; but in "the rate was 4.9 % and youth unemployment 14.1 %",
    "youth" belongs to the second figure only)."""
    own = of_its_kind(qualifiers_in(without_party_trade(claim, window, window_start(claim, q))), q)
    if own or _a_measure_of_its_own(claim, window, q):
        return own
    from .incises import without_incises      # (incises reads proper names with this module's helpers)
    text = without_incises(claim, without_party_trade(claim, claim.focus or claim.text))
    for o in claim.quantities:
        if o.start > q.start and o.unit != "year" and is_figure(o):
            s = window_start(claim, o)
            text = text[:s] + " " * len(figure_window(claim, o)) + text[s + len(figure_window(claim, o)):]
    return of_its_kind(qualifiers_in(_without_trailing_comment(claim, text)), q)


def _a_measure_of_its_own(claim: Claim, window: str, q: Quantity) -> bool:
    """Whether the figure's own clause, after another figure's, names a measure the claim does not name before it
    ("Leverage eased to 1.2 times EBITDA, and shareholders will receive a payout of 5.2p", « … et un dividende
    de 0,52 euro »): ``names_another_measure``."""
    start = max(0, window_start(claim, q))
    kinds = {unit_class(o.unit) for o in claim.quantities if is_figure(o) and 0 <= o.end - claim.start <= start}
    return names_another_measure(kinds, q, claim.text[:start], window)


def names_another_measure(kinds: set, q: Quantity, before: str, clause: str) -> bool:
    """Whether a figure's clause names a measure the words before it do not name, after figures all of another kind
    (``kinds``, their unit classes): that measure is its own, and the other clauses' qualifiers are not (read the
    same way in a claim and a fact's sentence); after no figure, or one of its kind, what comes first qualifies it."""
    if not kinds or unit_class(q.unit) in kinds:
        return False
    mine = figure_measures_in(clause)
    return bool(mine) and not mine <= figure_measures_in(before)


def _without_trailing_comment(claim: Claim, text: str) -> str:
    """The claim without what follows its last figure or date after a comma when the claim has said what it
    measures before its first figure (its subject and verb: "Revenue fell 2.1 %, weighed down by the decline of
    fixed services", « …, signe d'un net regain de confiance »): a cause, a consequence or an appraisal of the
    figures, whose words do not name what they measure. A claim that opens on its figure (« Un tiers des
    dommages, …, concerne … ») says it after the comma."""
    spans = [(o.start - claim.start, o.end - claim.start) for o in (*claim.quantities, *claim.dates)]
    first = min((o.start - claim.start for o in claim.quantities), default=-1)
    last = max((e for _, e in spans), default=-1)
    if first < 0 or last > len(text) or len(content_stems(text[:first])) < 2:
        return text
    cut = text.find(",", last)
    return text[:cut] if cut >= 0 else text


def of_its_kind(measure: frozenset, q: Quantity) -> frozenset:
    """A count of things ("1,200 new bikes", « 1 200 vélos neufs ») is counted in units by nature: the real-terms
    qualifier (``real`` of ``measures.yaml``, « en volume ») says nothing of it — it measures money or its change."""
    return measure - {"real"} if unit_class(q.unit) == "count" else measure


def measure_words(qualifiers: frozenset) -> str:
    return ", ".join(sorted(qualifiers))


@stored
def _names_with_qualifier() -> tuple[tuple[str, ...], ...]:
    """``qualifier_in_name`` of ``data/lang/<code>/measures.yaml``: measure names that hold a qualifier word, folded."""
    return tuple(tuple(unelided(w) for w, _, _ in words(str(n))) for lang in LANGS
                 for n in lexicon(lang, "measures").get("qualifier_in_name") or [])


def held_in_a_name(text: str) -> frozenset:
    """The qualifiers a text names only inside the name of a measure that holds them (« un produit net bancaire de
    26,8 milliards »: net): part of the name, they restrict nothing; its words read without their elided article,
    « l'excédent brut d'exploitation »."""
    toks = [unelided(w) for w, _, _ in words(text)]
    kept, i = [], 0
    while i < len(toks):
        n = next((len(name) for name in _names_with_qualifier() if tuple(toks[i:i + len(name)]) == name), 0)
        kept += [] if n else [toks[i]]
        i += max(n, 1)
    return qualifiers_in(text) - qualifiers_in(" ".join(kept)) if len(kept) < len(toks) else frozenset()


def named_otherwise(claim: Claim, measure: frozenset, fact: Fact, index: FactIndex) -> bool:
    """Whether the fact measures what the claim does once the qualifiers that are part of the name of what the claim
    measures (« produit net bancaire », ``held_in_a_name``) are set aside, and names that same measure in other
    words (« revenus »: the same member of ``measure_siblings``)."""
    held = held_in_a_name(claim.text) & measure
    if not held or not measure_siblings_in(claim.text) & measure_siblings_in(fact.statement or ""):
        return False
    return measure_fits(measure - held, fact, index)


def held_alike(measure: frozenset, claim_text: str, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim's qualifiers (``measure``) and the fact's are the same once those each names only inside the
    name of a measure that holds them are set aside (``held_in_a_name``): « l'excédent brut d'exploitation … a gagné
    7 % » measures what « Il progresse …, soit environ 7 % » does after « L'EBITDA opérationnel … »; gross is part of
    the name."""
    own = fact_measure(fact, index)
    held = held_in_a_name(fact.statement or "")
    return bool(own & held) and own - held == measure - held_in_a_name(claim_text)


def names_of_its_figure(names: list, claim: Claim, q: Quantity) -> list:
    """The claim's proper names (folded) but a measure's acronym in capitals, "EBITDA", that the figure's own words
    (``around_figure``) do not write: "on revenue of $493.8 million" after "EBITDA rose 23 % to $60.3 million" is no
    figure of EBITDA, and the revenue fact need not name it."""
    own = fold(around_figure(claim, q))
    return [n for n in names if not (measure_nouns_in(n) and n not in own)]
