"""A figure a fact gives exactly is evidence of which fact the article means (``checks/judge/rules/quantity.py``):
before the closest fact's other figure refutes a claim, the fact that gives the very figure is tried, when what,
who/where and when the claim says agree with it ("The deficit with Mexico was $171.8 billion" is the Mexico fact's
figure, not a wrong total deficit). A figure equal to a fact's is never a verdict by itself: a fact of another
year, month, place, group or measure than the claim states leaves the refutation standing ("2.3 % is March's
figure; the source gives 2.6 % for April").

A figure another candidate fact gives to the digit while the closest fact of its measure gives it otherwise
(``given_exactly_elsewhere``), that fact of every scope of the claim (year, month, parties, names, measure, group)
and naming every word of what the figure measures that the refuting fact names, is left unchecked: the article may
mean the other fact ("4,312 offenders were sent back to prison" and "4,312 licence recalls to prison" against
"186,540 offenders were under probation supervision"), and neither fact's nearness proves it does not. It stays
wrong when the refuting fact names a word of the figure's own words the exact one lacks ("international" students),
when the exact fact's sentence gives, or counts in its noun, the claim's other figure (one of the two is then of
another measure), and when the exact fact names a party the claim does not (a figure given to the wrong party).
It is a figure of the wrong measure (contradicted, both facts cited) when the figure's own noun is what the refuting
fact counts and not what the exact one counts ("812 visits to the clinic" against "2,406 visits" and "812 admissions
after a visit"): the claim names the measure the list gives, with another measure's value.

Of the close facts that refute a figure, one that writes its very digits a thousand or a million times off
(``slip_first``: "10,8 millions" against "10,8 milliards") is the fact meant, its figure a slip of magnitude: the
magnitude word ("millions") the claim shares with the others' figures says how big, not what is measured — also when
the closest is a slip of magnitude of other digits (« 4,1 millions » against 6 to 8 billion and 4.1 billion); and such a
fact further down the ranking is one of the close facts, as one giving the figure exactly is (``gives_or_slips``).

A bound is given exactly by a fact writing the same bound the same way ("topped $130 billion", "over $130 billion").
A qualifier naming the measure (« produit net bancaire ») restricts nothing against its other words (« revenus »).
A figure dated "a year earlier" is not given by a later year's fact."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, fmt_quantity, slipped_figure
from ..match import Candidate, FactIndex, unit_class, written_digits
from ..model import Claim, Quantity
from .basis import basis_conflict
from .causeway import cause_named_only_by
from .expectside import said_would
from .countednoun import counted_noun, counts_the_same
from .figures import (fact_expected, figure_expected, fact_names_all, fact_parties, of_another_base, proper_names_in,
                      rank, units_fit)
from ..factread import direction_of, figure_measures_in, fold, qualifiers_in, words
from ..terms import stem
from .qualifiers import claim_qualifiers, fact_measure, held_alike, measure_fits, named_otherwise, names_of_its_figure
from .findings import Finding, year_of
from .measured import words_of_its_measure
from .periods import month_ok, quantity_month, quantity_year, time_ok
from .groups import defining_numbers, numbers_written
from .signs import signed
from .running import year_before

ELSEWHERE = "quantity-measure"   # (a figure of another fact's measure: read no looser, ``SETTLED``)
SETTLED = ("region", ELSEWHERE)   # the rules of a related finding that settles a figure: no looser reading
NEAR = 0.75       # how far below the refuting fact the exact one may rank on the clause's words
CLEARLY = 1.0     # how far above it one that names more of the measure than the clause must rank
BOUNDS = ("at-least", "at-most")


def figure_of_another(q: Quantity, claim: Claim, window: str, cands: list[Candidate], used: Candidate,
                      index: FactIndex, named: set[str]) -> Optional[Candidate]:
    """The fact (other than ``used``, whose figure disagrees) that gives exactly the claim's figure, of the
    claim's year and month, place or party, group and measure, and bears on the figure's clause nearly as much
    as ``used``; or one that names more of the measure than the clause does ("the deficit" for "the goods
    deficit") and bears on it clearly more. A ``used`` fact that names none of the claim's parties is not the
    claim's: then its period is no reference, and an exact fact naming them is the claim's, however it ranks."""
    if q.bound in BOUNDS and not q.approximate and not _same_bound_given(q, cands, used):
        return None                   # a bound ("fewer than 5,000", not "almost a third") gives no figure exactly
    parties = ({m.entity for m in claim.mentions} | {claim.roles.giver, claim.roles.receiver}) - {None, claim.attributed_to}
    unscoped = bool(parties) and not parties & fact_parties(used.fact, index)
    plain = replace(q, approximate=False)
    scope = _Scope(claim, q, window, index, named, None if unscoped else year_of(used.fact.as_of))
    for c in cands:
        if c is used or not _written_as_given(q, plain, claim, c, index) \
                or cause_named_only_by(claim, q, window, used, c, index):
            continue                  # (not a fact of another cause than the one the claim and ``used`` name)
        ranked = rank(q, claim, window, [used, c], index)
        if _the_claims(scope, c, used, ranked, unscoped and bool(parties & fact_parties(c.fact, index))
                       or _refuted_by_the_other_sign(claim, q, window, c, used, index)):
            return c
    return None


def _written_as_given(q: Quantity, plain: Quantity, claim: Claim, c: Candidate, index: FactIndex) -> bool:
    """Whether the fact, not superseded, gives the claim's figure to the digit in its unit, and a bound the same way."""
    fq = c.fact.quantity
    if fq is None or c.source.id in index.superseded_by or units_fit(q, c.fact, index, claim) is not None:
        return False
    return _gives_exactly(plain, claim, q, c, index) \
        and (q.bound not in BOUNDS or q.approximate or _bounds_agree(q, fq))


def _refuted_by_the_other_sign(claim: Claim, q: Quantity, window: str, c: Candidate, used: Candidate,
                               index: FactIndex) -> bool:
    """A refuting figure of the other sign ("lost 12,000 jobs" against "employers added 22,000 jobs") is no reading
    of the same thing: the fact of every scope that gives the very figure is the claim's, however the words rank
    it — not one that goes the other way itself ("13 % more" is not the 13 % share a fall came down to), nor when
    the claim says what only the refuting fact says (``_names_only_the_refuting``)."""
    mine, theirs = signed(q, claim, used.fact, window).value, used.fact.quantity.value
    if not (mine and theirs) or (mine > 0) == (theirs > 0):
        return False
    if {direction_of(window), index.reading(c.fact).direction} >= {"increase", "decrease"}:
        return False
    return not _names_only_the_refuting(claim, q, c, used, index)


def _names_only_the_refuting(claim: Claim, q: Quantity, c: Candidate, used: Candidate, index: FactIndex) -> bool:
    """Whether the claim says something only the refuting fact says, but the figure's counted noun
    ("Construction lost 31,000 jobs": construction, lost)."""
    mine = {k for k in index.text_keys(claim.text.replace(q.text, " ")) if k[:2] in ("w:", "t:")}
    return bool((mine & index.fact_keys(used.fact)) - index.fact_keys(c.fact) - index.text_keys(q.unit or ""))


def names_more(claim: Claim, q: Quantity, a: Candidate, b: Candidate, index: FactIndex) -> bool:
    """Whether fact ``a`` names all the words of the claim (but its figure's own: "fewer than 5,000 pupils") that
    fact ``b`` names, and more (« Au collège » : the fact on the collèges, not the one on the whole second degré)."""
    mine = {k for k in index.text_keys(claim.text.replace(q.text, " ")) if k[:2] == "w:"}
    return mine & index.fact_keys(a.fact) > mine & index.fact_keys(b.fact)


def shares_only_party(claim: Claim, q: Quantity, c: Candidate, cands: list[Candidate], index: FactIndex) -> bool:
    """Whether fact ``c`` shares none of the claim's words and concepts but its parties' names and its figure's own,
    while another candidate shares some ("AXA lance un programme de rachat d'actions d'au moins 1,2 milliard
    d'euros" and « La gestion d'actifs d'AXA a réalisé 1,7 milliard d'euros de chiffre d'affaires », beside a fact on
    the buyback; "Velmor will buy back at least $1bn of shares" and "Velmor's asset management revenue was $1.7bn"):
    a bound it meets says nothing of the fact the claim means. (A claim whose words no fact shares, "It now tops
    3,300 billion", is read with what the statements before it name.)"""
    if counted_noun(q.unit):         # (the noun it counts says what it measures: "more than 44 million tourists")
        return False
    rest = claim.text.replace(q.text, " ")
    names = set().union(*(index.text_keys(m.text) for m in claim.mentions)) if claim.mentions else set()
    mine = {k for k in index.text_keys(rest) if k[:2] in ("w:", "c:")} - names
    return not mine & index.fact_keys(c.fact) and any(mine & index.fact_keys(o.fact) for o in cands)


def _the_claims(scope: "_Scope", c: Candidate, used: Candidate, ranked: list, names_the_party: bool) -> bool:
    """Whether the fact that gives the figure exactly is the claim's: of all its scopes and nearly as close to its
    words as the refuting fact (or naming the party that one does not name), or naming more of the measure and
    clearly closer."""
    why = scope.mismatch(c)
    scores = {id(x): s for s, x in ranked}
    gap = scores[id(c)] - scores[id(used)]
    if why == "measure" and scope.measure < fact_measure(c.fact, scope.index) and gap >= CLEARLY:
        return True
    # (a refuting fact of the other standing, a realised figure against a forecast or the reverse, is no reading of
    # what the claim gives: the fact of every scope that gives the very figure is the claim's, however it ranks)
    return not why and (gap >= -NEAR or names_the_party or scope.mismatch(used) == "expected")


def written_scope(claim: Claim, q: Quantity, window: str, index: FactIndex, named: set[str]) -> "_Scope":
    """What, who/where and when a figure's claim states, with no reference year (``_Scope``): for a fact whose
    sentence writes the figure though it declares another (``rules/alongside.written_in_a_candidate``)."""
    return _Scope(claim, q, window, index, named, None)


class _Scope:
    """What, who/where and when a figure's claim states, to hold a fact against."""

    def __init__(self, claim: Claim, q: Quantity, window: str, index: FactIndex, named: set[str],
                 reference_year: Optional[int]):
        self.claim, self.q, self.index, self.named = claim, q, index, named
        self.year = quantity_year(claim, q, window) or year_before(claim, q, window)
        self.month = quantity_month(claim, q, window)
        self.measure = claim_qualifiers(claim, window, q)
        self.expected = figure_expected(claim, q, window)
        self.either_side = said_would(claim, q, window)     # (what a party said would happen: either side)
        self.names = names_of_its_figure(proper_names_in(claim, index=index), claim, q)
        self.group = defining_numbers(claim, q, window)
        self.reference_year = reference_year

    # complexity: one test a line for each of when, who/where and what the claim states, in the order they are read
    def mismatch(self, c: Candidate) -> str:
        """The first of the claim's scopes the fact is not of, or ""."""
        fact, index = c.fact, self.index
        fy = year_of(fact.as_of)
        if self.year is not None and not time_ok(self.claim, fact, self.year):
            return "year"
        if not month_ok(self.month, fact):
            return "month"
        # an undated figure is the latest one: not a fact older than the one that refutes it
        if self.year is None and self.month is None and self.reference_year and fy and fy < self.reference_year:
            return "older"
        if self.named and not self.named & fact_parties(fact, index):
            return "party"
        if not fact_names_all(fact, c.source, self.names):
            return "names"
        if not measure_fits(self.measure, fact, index) and not self._antecedent_names(fact) \
                and not named_otherwise(self.claim, self.measure, fact, index) \
                and not held_alike(self.measure, self.claim.text, fact, index):
            return "measure"
        # (a rate the fact gives bare, "the highest pass rate, 94 percent", is of the population it implies)
        if of_another_base(self.q, fact, index):
            return "of"
        if self.expected != fact_expected(fact, index) and not self.either_side:
            return "expected"
        if not self.group <= numbers_written(fact.statement):
            return "group"
        return ""

    def _antecedent_names(self, fact) -> bool:
        """A relative clause that names no measure of its own measures its antecedent's: « la décélération des
        services, dont les prix augmentent de 2,1 % » is the services' figure, as the fact's qualifiers say."""
        own = fact_measure(fact, self.index)
        if self.measure or not own:
            return False
        if self.claim.role == "relative":
            return own <= qualifiers_in(self.claim.context_text)
        # (and a main clause whose subject points back, « Il atteint 19 % », "It reached …": the measure of the
        # statement before, which it is about)
        ante = self.claim.antecedent
        return ante is not None and own <= qualifiers_in(ante.focus or ante.text)


def gives_every_figure(q: Quantity, claim: Claim, window: str, cands: list[Candidate], used: Candidate,
                       index: FactIndex) -> Optional[Candidate]:
    """The fact (other than ``used``, whose figure disagrees) whose declared figure is exactly the claim's and whose
    sentence writes every other figure the claim states too ("fell to 47 %, from 67 %" against "the rate was 47 %
    in 2024, compared with 67 % in 2023"), of the claim's places, parties and year: the claim quotes that fact figure
    by figure, and the closest fact of another figure is not the claim's. Never for a claim of one figure, nor a
    bound (many figures meet it)."""
    others = [o for o in claim.quantities if o.start != q.start and o.value is not None and o.unit != "year"]
    if not others or q.value is None or any(o.bound in ("at-least", "at-most") for o in [q, *others]):
        return None
    year, measure = quantity_year(claim, q, window), claim_qualifiers(claim, window, q)
    # (nor a fact that lacks a qualifier of the claim's: « L'export a représenté … » does not quote the home market's)
    return next((c for c in cands if c is not used and _quotes(q, claim, c, year, index) and
                 _writes_all(others, c, index) and (measure <= fact_measure(c.fact, index)
                                                    or measure_fits(measure, c.fact, index, q))), None)


def _quotes(q: Quantity, claim: Claim, c: Candidate, year, index: FactIndex) -> bool:
    """Whether the fact, not superseded, declares exactly the claim's figure, names the claim's places and parties
    ("in the Var" is no Landes fire) and is of its year."""
    fq = c.fact.quantity
    if fq is None or c.source.id in index.superseded_by or units_fit(q, c.fact, index, claim) is not None:
        return False
    if not _gives_exactly(replace(q, approximate=False), claim, q, c, index):
        return False
    return fact_names_all(c.fact, c.source, proper_names_in(claim)) and (year is None or time_ok(claim, c.fact, year))


def _writes_all(figures: list[Quantity], c: Candidate, index: FactIndex) -> bool:
    """Whether the fact's sentence writes each of ``figures`` exactly."""
    written = index.reading(c.fact).quantities
    return all(any(compare_quantity(replace(o, approximate=False), w)[0] == "supports" for w in written)
               for o in figures)


def exact_candidate(q: Quantity, claim: Claim, cands: list[Candidate], used: Candidate,
                    index: FactIndex) -> Optional[Candidate]:
    """Another candidate fact, not superseded, whose figure is the claim's to the digit ("some 7.4 million" is not
    7.37 million), in a unit of its kind (an amount, a share, a count, whatever it counts); no bound on either side."""
    if q.bound in BOUNDS and not _same_bound_given(q, cands, used) or q.value is None:
        return None
    plain = replace(q, approximate=False)
    for c in cands:
        fq = c.fact.quantity
        if c is used or fq is None or c.source.id in index.superseded_by or unit_class(fq.unit) != unit_class(q.unit) \
                or not _bounds_agree(q, fq):       # (a bound the figure meets gives no figure)
            continue
        if _gives_exactly(plain, claim, q, c, index):
            return c
    return None


def _same_bound_given(q: Quantity, cands: list[Candidate], used: Candidate) -> bool:
    """Whether another candidate fact writes the claim's bound itself, the same way and to the digit ("topped $130
    billion" against "sales were over $130 billion"): the bound is then that fact's figure, as written."""
    return any(c is not used and c.fact.quantity is not None and c.fact.quantity.bound == q.bound
               and c.fact.quantity.value == q.value and unit_class(c.fact.quantity.unit) == unit_class(q.unit)
               for c in cands)


def _bounds_agree(q: Quantity, fq: Quantity) -> bool:
    """Whether neither figure is a bound, or both are the same bound ("topped" and "over")."""
    return fq.bound == q.bound or not {fq.bound, q.bound} & set(BOUNDS)


def _antecedent_words(claim: Claim, index: FactIndex) -> set[str]:
    """The words of what the statement before measures, for a clause whose pronoun subject points back to it and
    that names nothing of its own around its figure (« Il atteint 19 % », "It reached 19 %"): not its names."""
    ante = claim.antecedent
    if ante is None:
        return set()
    return {k for k in index.text_keys(ante.focus or ante.text) if not k.startswith("e:")}


def _parties(keys: set[str]) -> set[str]:
    return {k for k in keys if k.startswith("e:")}


def given_exactly_elsewhere(claim: Claim, q: Quantity, window: str, cands: list[Candidate], used: Candidate,
                            index: FactIndex, named: set[str]) -> list[Finding]:
    """The refutation left unchecked when another fact of every scope of the claim (its year, month, parties, names,
    measure, group) gives the figure exactly, is as near the words of what it measures, and is not plainly another
    party's: the claim may mean it."""
    other = exact_candidate(q, claim, cands, used, index)
    if other is None or _Scope(claim, q, window, index, named, None).mismatch(other):
        return []
    written = [y for y in index.reading(other.fact).quantities if y.value is not None] + [other.fact.quantity]
    if any(x is not q and x.value is not None and x.unit != "year" and (compare_quantity(x, y)[0] == "supports"
           or q.unit != x.unit == other.fact.quantity.unit) for x in claim.quantities for y in written):
        return []                      # (its sentence gives, or counts, the claim's other figure: of another measure)
    own = words_of_its_measure(claim, q, index) or _antecedent_words(claim, index)
    mine = own & index.fact_keys(other.fact)
    if not mine or not own & index.fact_keys(used.fact) <= mine:
        return []                      # (the refuting fact is as near the words of what the figure measures)
    said = _parties(index.text_keys(claim.text)) | {"e:" + e for e in [m.entity for m in claim.mentions]
                                                    + list(claim.context_entities)}
    if _parties(index.fact_keys(other.fact)) - said:
        return []                      # (the figure of a party the claim does not name, given to its own: wrong)
    if _counts_the_refuted(claim, q, used, other, index):
        return [Finding("contradicts", ELSEWHERE, used.fact,
                        f"wrong measure: the source gives {fmt_quantity(used.fact.quantity)}; {q.text.strip()!r} is the "
                        f"figure of another measure: {other.fact.statement.rstrip('.')}")]
    return [Finding("related", ELSEWHERE, used.fact,
                    f"the source gives {fmt_quantity(used.fact.quantity)}; {q.text.strip()!r} is the figure of another "
                    f"fact, which the article may mean: {other.fact.statement.rstrip('.')}")]


def _counts_the_refuted(claim: Claim, q: Quantity, used: Candidate, other: Candidate, index: FactIndex) -> bool:
    """Whether the figure's own noun is what the refuting fact counts, and the exact fact counts another noun while
    its own sentence writes the figure's noun apart from it ("812 admissions after a visit"): the list keeps the two
    measures apart, and the claim names the one it gives with the value of the other."""
    fq = other.fact.quantity
    if fq is None or not counted_noun(fq.unit) or not counts_the_same(claim, q, used, index) \
            or counts_the_same(claim, q, other, index):
        return False
    head = stem(fold(q.unit or "").split()[0]) if (q.unit or "").split() else ""
    if not head or head not in {stem(w) for w, _, _ in words(other.fact.statement)}:
        return False
    # (its sentence writes its figure with the noun it declares, "812 admissions": « Parmi les décès, 24
    # concernaient des enfants » counts the claim's noun, whatever noun it declares)
    declared = {stem(w) for w in fold(fq.unit).split()}
    return head not in declared and any(
        x.value is not None and stem(fold(x.unit or "-").split()[0]) in declared
        and compare_quantity(replace(q, approximate=False), x)[0] == "supports"
        for x in index.reading(other.fact).quantities)


def slip_first(q: Quantity, bad: list[tuple]) -> tuple:
    """Of the refuting verdicts (candidate, relation, detail), closest first, the first whose fact writes the claim's
    own digits off by a magnitude ("magnitude") when the claim writes two digits or more; else the closest."""
    first = bad[0][0].fact.quantity
    # (the closest a slip of magnitude too, but not of the claim's digits: "4,1 millions" against 6 to 8 billion)
    # (the claim's digits to their rounding: « 1,61 million » is 1 614 millions slipped)
    if q.value and written_digits(q.text) >= 2 and not (bad[0][2] == "magnitude" and slipped_figure(q, first)):
        for v in bad:
            if v[2] == "magnitude" and slipped_figure(q, v[0].fact.quantity):
                return v
    return bad[0]


def _gives_exactly(plain: Quantity, claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Whether the candidate's declared figure is the claim's figure (``plain``: read without its hedge) to the digit,
    on the claim's basis (another basis, « en données publiées » for like-for-like: another figure of the report)."""
    return compare_quantity(plain, c.fact.quantity) == ("supports", "") and not basis_conflict(claim, q, c.fact, index)


def gives_or_slips(q: Quantity, fq: Optional[Quantity]) -> bool:
    """Whether a fact's figure is the claim's precise figure, or its own digits a thousand times off or more ("4,1
    millions" for 4.1 billion, "$13 million" for $13 billion): a slip of magnitude is as telling of the fact meant as
    the figure itself."""
    relation, detail = compare_quantity(replace(q, approximate=False), fq)
    if relation == "supports":
        return detail == ""
    return detail == "magnitude" and slipped_figure(q, fq)


_BOUNDS = frozenset({"at-least", "at-most"})


def only_a_bound(bound: Candidate, valued: Candidate) -> bool:
    """Whether a fact only bounds what another fact gives the value of ("the first year above 80 billion" beside
    "sales totalled 84.2 billion"; « plus de 80 milliards » beside « 84,2 milliards »): agreeing with the bound
    does not outweigh the value."""
    b, v = bound.fact.quantity, valued.fact.quantity
    if b is None or v is None or b.bound not in _BOUNDS or v.bound in _BOUNDS or v.value is None \
            or b.unit != v.unit or bound.fact.as_of != valued.fact.as_of:
        return False
    # (of one measure, which both sentences name: "sales" and "sales", not « trésorerie » and « résultat net »)
    measure = figure_measures_in(bound.fact.statement or "")
    return bool(measure) and measure == figure_measures_in(valued.fact.statement or "")


def not_only_a_bound(good: list, verdicts: list) -> list:
    """The agreeing facts (``(candidate, verdict, detail)``), none when each only bounds the figure while a fact as
    close gives its value and refutes it: "88.4 billion" is wrong against "totalled 84.2 billion", whatever "the first
    year above 80 billion" allows (« 88,4 milliards » likewise against « 84,2 milliards » and « plus de 80 »)."""
    refuting = [c for c, verdict, _ in verdicts if verdict == "contradicts"]
    if good and all(any(only_a_bound(c, r) for r in refuting) for c, _, _ in good):
        return []
    return good


def unless_only_a_bound(other: Optional[Candidate], refuting: Candidate) -> Optional[Candidate]:
    """Another fact that would confirm a figure the closest fact refutes, unless it only bounds what that fact gives
    the value of (``only_a_bound``)."""
    return None if other is not None and only_a_bound(other, refuting) else other
