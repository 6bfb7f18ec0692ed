"""Stage 6, judge: each claim against the facts that bear on it; each rule named and explained.

Rules (each returns findings: supports / contradicts / outdated / related, with a one-line reason):
- ``quantity``: a figure against the best-matching fact of a comparable unit, with the bounds'
  meaning ("at most", "up to", "at least"), a tolerance from the figure's precision and hedges,
  magnitude slips (million vs billion) named, percent <-> ratio converted, other currencies never
  "supported"; an older figure of a superseded source gives ``outdated``.
- ``near-miss``: a contradicted figure that matches another fact is pointed out (where it comes from).
- ``roles``: who gives and who receives against the fact's subject and object; an inversion is a
  contradiction naming who really gave and received.
- ``date``: a year stated for an event against the fact's year or date.
- ``negation``: "never", "n'a pas" against a fact that records the event; "will not increase" against
  a fact of no change.
- ``terms``: an item or relation with no figure and no roles, supported only by a fact on the same
  topic that names it.
- ``attribution``: "a study commissioned by X", "according to X" against the source's publisher,
  author or commissioning fact.
Without a fact that bears on a claim, its verdict is ``unverified``: never a guess.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Optional

from . import units
from .compare import as_share, units_comparable, compare_quantity, fmt_quantity
from .detect import is_figure
from .factread import direction_of, is_baseline, is_difference, is_level, qualifiers_in
from .numbers import find_months
from .slots import clause_spans, closest_clause, month_days, order_of, outranked_at, rank_of, rank_span, record_scope
from .match import Candidate, FactIndex, unit_class
from .model import (CONTRADICTED, MIXED, NOT_CHECKABLE, OUTDATED, SUPPORTED, UNVERIFIED, AnalysedStatement,
                    Claim, ClaimResult, Evidence, Fact, Part, Quantity, StatementResult)
from .terms import concepts_in, content_stems, predicate_concepts, stem
from .text import fold, fold_same_length, words

MIN_TOPICAL = 1.4          # how much a fact must share in concepts/terms (not only entities) to bear on a claim
CHANGE_CONCEPTS = {"increase", "decrease", "unchanged"}


@dataclass
class Finding:
    relation: str          # supports | contradicts | outdated | related
    rule: str
    fact: Fact
    message: str
    strength: float = 1.0
    part: str = ""         # the words of the claim it judges (a figure, a date, the parties); "" = the whole claim


# --- the rules ------------------------------------------------------------------------------------

def _year_of(iso: Optional[str]) -> Optional[int]:
    if iso and re.match(r"\d{4}", str(iso)):
        return int(str(iso)[:4])
    return None


def _claim_year(claim: Claim) -> Optional[int]:
    """The year a claim's figures are for; a gloss that gives the baseline ("up from 41 % a year
    earlier", "contre 33 millions l'an dernier") is about the baseline's year."""
    years = [d.year for d in claim.dates if d.relation == "at"]
    if not years and claim.role == "gloss":
        years = [d.year for d in claim.dates if d.relation == "baseline"]
    return years[0] if years else claim.context_year


def _time_ok(claim: Claim, fact: Fact, year: Optional[int] = None) -> bool:
    cy, fy = year or _claim_year(claim), _year_of(fact.as_of)
    if cy is None or fy is None or cy == fy:
        return True
    # a season or fiscal year "2024-25" / "2024/2025" covers both years
    return fy == cy + 1 and bool(re.search(rf"\b{cy}\s*[-/–]\s*(?:{(cy + 1) % 100:02d}|{cy + 1})\b", claim.text))


def _quantity_year(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The year a figure is for: a date in its own clause ("48.9 % in 2019"), else the claim's year.
    A baseline date is the figure's own only when the figure is itself the baseline ("up from 48.9 % in
    2019"), not when it is a change measured against it ("20 % de baisse par rapport à 2024")."""
    s = claim.start + _window_start(claim, q)
    e = s + len(window)
    qs = q.start - claim.start
    starts_from = _sense(claim, q, window) == "level" and is_baseline((claim.focus or claim.text)[max(0, qs - 25):qs])
    rels = ("at", "baseline") if starts_from else ("at",)
    own = [d for d in claim.dates if s <= d.start < e and d.relation in rels and re.search(r"\d{4}", d.text)]
    if own:
        return own[0].year
    # else a date of the same comma-delimited part of the sentence ("X handled 2.4 million containers in 2025"),
    # never one of another clause ("…, its largest package since the invasion in February 2022")
    text = claim.focus or claim.text
    left = text.rfind(",", 0, max(0, qs)) + 1
    right = text.find(",", q.end - claim.start)
    right = len(text) if right < 0 else right
    near = [d for d in claim.dates if left <= d.start - claim.start < right and d.relation in rels]
    return near[0].year if near else (claim.context_year if not claim.dates else None)




def _topical(c: Candidate) -> bool:
    return c.topical >= MIN_TOPICAL


# concepts that say how something moves or changes, not what it is about: sharing one of them alone
# does not make a fact bear on a claim ("promis 50 millions pour les routes" vs a loan repayment)
GENERIC_CONCEPTS = {"pay", "finance", "supply", "receive", "support", "increase", "decrease", "unchanged",
                    "statement", "study", "propose", "decide"}


def _substantive(c: Candidate) -> bool:
    """The fact shares with the claim something it is about: one of the terms its curator listed, or a
    concept that is not only a verb of movement or change."""
    return any(k.startswith("t:") or (k.startswith("c:") and k[2:] not in GENERIC_CONCEPTS) for k in c.shared)


def _of_matches(q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """For a share, whether the fact is a share of the same thing ("a third of the value")."""
    if not q.of:
        return True
    want = {"c:" + c for c in concepts_in(q.of)} or {"w:" + stem(q.of)}
    return bool(want & index.fact_keys(fact))


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-—–]\s|\s(?:and|et|while|alors que|tandis que|but|mais|ainsi que|as well as|"
                           r"along with|de même que|plus)\s")
_GENERIC_OF = {"total", "ensemble", "tout", "all", "overall", "whole", "group", "groupe"}
_NOT_SPECIFIC = {"the", "le", "la", "les", "un", "une", "in", "en", "on", "au", "a", "of", "de", "and", "et"}
_MONTHS_DAYS = re.compile(r"^(jan|feb|fev|mar|apr|avr|may|mai|jun|jui|jul|aug|aou|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                          r"lun|mar|mer|jeu|ven|sam|dim)")


def _bare_count(q: Quantity, window: str, index: FactIndex) -> bool:
    """A figure without a noun ("net migration fell to 298,000") is compared only when it is written in
    digits, is not small, and its clause names a fact's term ("net migration")."""
    if not any(ch.isdigit() for ch in q.text) or (q.value or 0) < 100:
        return False
    return any(k.startswith("t:") and len(index.postings.get(k, ())) > 0 for k in index.text_keys(window))


def _significant_digits(q: Quantity) -> int:
    digits = re.sub(r"\D", "", q.text)
    return len(digits.strip("0")) if digits else 0


def _window_start(claim: Claim, q: Quantity) -> int:
    text = claim.focus or claim.text
    s = q.start - claim.start
    return max([m.end() for m in _CLAUSE_BREAK.finditer(text, 0, max(0, s)) if m.end() <= s] or [0])


def _window(claim: Claim, q: Quantity) -> str:
    """The clause of the claim around a quantity: between the breaks (commas, "and", dashes) nearest to it."""
    text = claim.focus or claim.text
    s, e = q.start - claim.start, q.end - claim.start
    left = max([m.end() for m in _CLAUSE_BREAK.finditer(text, 0, max(0, s)) if m.end() <= s] or [0])
    nxt = _CLAUSE_BREAK.search(text, e)
    right = nxt.start() if nxt else len(text)
    return text[left:right]


def _sense(claim: Claim, q: Quantity, window: str) -> str:
    """'change' (grew by 8 %), 'share' (a third of the budget) or 'level'."""
    if unit_class(q.unit) not in ("share", "points"):
        return "level"
    if q.of or q.unit == "ratio":
        return "share"
    before = fold(window[:max(0, q.start - claim.start - _window_start(claim, q))])
    if is_baseline(before):
        return "level"                      # "up from 41 %": the earlier level, not the change
    if set(concepts_in(window)) & {"increase", "decrease"}:
        return "change"
    after = window[max(0, q.end - claim.start - _window_start(claim, q)):]
    return "share" if re.search(r"^\W{0,3}(?:\w+\W+){0,2}?(of|de|des|du|d')\b", fold(after)) else "level"


def _specifics(claim: Claim, span: Optional[tuple[int, int]] = None) -> list[str]:
    """Proper names in the claim (or in ``span`` of it) that no entity of the source lists covers
    ("Lisbon", "Port-Lenoir", "KN-23")."""
    covered = [(m.start - claim.start, m.end - claim.start) for m in claim.mentions]
    out = []
    lo, hi = span or (0, len(claim.text))
    for m in re.finditer(r"[^\W\d_][\w&'-]*", claim.text):
        if not lo <= m.start() < hi:
            continue
        w = m.group(0)
        if not w[:1].isupper() or m.start() == 0 or len(w) < 3:
            continue
        before = claim.text[:m.start()].rstrip()
        if before.endswith((".", ":", "«", "\"", "“", "!", "?", "•", "-")) and not before.endswith(" -"):
            continue
        if any(a <= m.start() < b for a, b in covered):
            continue
        f = fold(w)
        if f in _NOT_SPECIFIC or _MONTHS_DAYS.match(f) or w.isupper() and len(w) <= 3:
            continue
        out.append(f)
    return out


def _fact_names_all(fact: Fact, source, specifics: list[str]) -> bool:
    if not specifics:
        return True
    hay = fold(" ".join([fact.statement, *fact.terms, source.title or "", fact.quote or ""]))
    return all(sp[:max(4, len(sp) - 2)] in hay for sp in specifics)


def _signed(q: Quantity, claim: Claim, fq: Quantity, window: str) -> Quantity:
    """"fell 9 %" against a source that writes decreases as negative figures (-9 percent)."""
    fv = fq.value if fq.value is not None else fq.min
    if fv is not None and fv < 0 and (q.value or 0) > 0 and "decrease" in concepts_in(window):
        neg = lambda v: None if v is None else -v
        bound = {"at-least": "at-most", "at-most": "at-least"}.get(q.bound, q.bound)
        return replace(q, value=neg(q.value), min=neg(q.max), max=neg(q.min), bound=bound)
    return q


def _is_change_fact(fact: Fact, index: FactIndex) -> bool:
    """A percent fact that states a change ("rose 31 percent"), not a share ("12 percent of trains")."""
    if not fact.quantity or fact.quantity.unit != "percent":
        return False
    if re.search(r"\d\s*(?:percent|per cent|%)\s+(?:of|des?|du)\b", fold(fact.statement)):
        return False
    stated = [fq for fq in index.reading(fact).quantities if fq.start >= 0 and fq.value is not None
              and abs(abs(fq.value) - abs(fact.quantity.value or 0)) < 1e-9]
    if stated and is_level(fact.statement[max(0, stated[0].start - 24):stated[0].start]):
        return False                     # "fell to 75.9 %": the level reached, not the size of the fall
    return bool(index.fact_concepts(fact) & {"increase", "decrease"}) or (fact.quantity.value or 0) < 0


def _sense_fits(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> bool:
    """A share ("a sixth of the total") is not compared with a growth rate, nor a change with a share."""
    if unit_class(q.unit) != "share":
        return True
    sense = _sense(claim, q, window)
    changey = _is_change_fact(c.fact, index)
    if sense == "share":
        return not changey
    if sense == "change":
        return c.fact.quantity.unit != "ratio"
    return True


def _rank(q: Quantity, claim: Claim, window: str, cands: list[Candidate], index: FactIndex) -> list[tuple[float, Candidate]]:
    """Candidates re-scored for one quantity: the words of its own clause count most, the rest of the
    claim less, and a share/change sense must fit the fact ("grew by 24 %" is a change, not a share)."""
    local_keys = index.text_keys(window)
    sense = _sense(claim, q, window)
    out = []
    for c in cands:
        keys = index.fact_keys(c.fact)
        local = sum(index.key_weight(k) for k in local_keys & keys)
        changey = bool(index.fact_concepts(c.fact) & {"increase", "decrease"})
        bonus = _entity_fit(claim, c.fact, index)
        if sense == "change":
            bonus = 2.0 if changey else -2.0
        elif sense == "share" and changey and c.fact.quantity and c.fact.quantity.unit == "percent":
            bonus = -2.0
        out.append((local + 0.35 * c.score + bonus, c))
    out.sort(key=lambda x: -x[0])
    return out


def _entity_fit(claim: Claim, fact: Fact, index: FactIndex) -> float:
    """-3 when the fact is about other named parties only ("94 % at Ashcombe Grammar" is not the county's
    pass rate)."""
    named = {m.entity for m in claim.mentions} | set(claim.context_entities)
    parties = {e for e in (fact.subject, fact.object) if e}
    if not named or not parties:
        return 0.0
    sayers = {claim.attributed_to, index.sources[fact.source].publisher} - {None}
    if parties & (named | sayers):
        return 0.0                        # the fact's party is one the claim names, or who says it (the publisher)
    mentioned = {k[2:] for k in index.fact_keys(fact) if k.startswith("e:")}
    return 0.0 if mentioned & named else -3.0


def rule_quantity(claim: Claim, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """Each figure of the claim against the facts that measure the same thing, where and when it is said."""
    out: list[Finding] = []
    found = {}
    for q in claim.quantities:
        if q.unit == "year" or (q.value is None and q.min is None) or not is_figure(q):
            continue
        found[id(q)] = (q, _relative_figure(claim, q), _figure_findings(claim, q, cands, index))
    levels = {id(f.fact) for _, how, fs in found.values() for f in fs if f.relation == "supports" and how is None}
    for q, how, fs in found.values():
        # a starting level is not refuted by the fact that gives the current level, nor a difference by a level
        fs = [Finding("related", f.rule, f.fact, f"{q.text.strip()!r} is a {how}, which the source does not give as "
                                                 f"such ({f.message})")
              if f.relation == "contradicts" and ((how == "starting level" and id(f.fact) in levels)
                                                  or (how == "difference" and not _states_a_change(f.fact, index)))
              else f for f in fs]
        out.extend(replace(f, part=q.text.strip()) for f in fs)
    return out


def _relative_figure(claim: Claim, q: Quantity) -> Optional[str]:
    """"starting level" ("up from 5.4 %", "contre 7,4 %"), "difference" ("£3.7 billion below the first
    estimate", "a quarter more than in 2023", "17 milliards de plus qu'en 2023") or None (a level)."""
    text = claim.focus or claim.text
    s, e = q.start - claim.start, q.end - claim.start
    if is_baseline(text[max(0, s - 30):max(0, s)]):
        return "starting level"
    return "difference" if is_difference(text[e:e + 30]) else None


def _states_a_change(fact: Fact, index: FactIndex) -> bool:
    """Whether a fact's figure is itself a change or a difference ("fell 3 %", "£3.7 billion less than …")."""
    reading = index.reading(fact)
    text = fact.statement or ""
    if reading.direction and fact.quantity is not None and fact.quantity.unit in ("percent", "points"):
        return True
    fq = fact.quantity
    return fq is not None and any(q.start >= 0 and compare_quantity(q, fq)[0] == "supports"
                                  and is_difference(text[q.end:q.end + 30]) for q in reading.quantities)


def _figure_findings(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """The findings on one figure (a list: an outdated figure also cites the superseded fact)."""
    window = _window(claim, q)
    start = _window_start(claim, q)
    specifics = _specifics(claim, (start, start + len(window)))     # the names of this figure's own clause
    if not specifics and len(_asserted_figures(claim)) == 1:         # or, for its only figure, the claim's before it
        earlier = [x.end - claim.start for x in claim.quantities if 0 <= x.end <= q.start]
        # (after the item before it, if any: "40 Vigil vehicles, as many as 120,000 shells")
        lo = max(earlier + [claim.text.rfind(",", 0, q.start - claim.start) + 1]) if earlier else 0
        specifics = _specifics(claim, (lo, q.start - claim.start))
    if q.unit is None and not _bare_count(q, window, index):
        return []                      # a bare number ("18- to 24-year-olds") says nothing comparable
    # a fact that gives exactly the article's precise figure is retrieved by it, even when its words are few in
    # common (a fact in the other language): what it measures is still checked below
    exact = _significant_digits(q) >= 3 and any(ch.isdigit() for ch in q.text)
    pool = [c for c in cands if c.fact.quantity and _substantive(c) and _fact_names_all(c.fact, c.source, specifics)
            and (_topical(c) or exact and compare_quantity(replace(q, approximate=False), c.fact.quantity) == ("supports", ""))]
    comparable = [c for c in pool if units_comparable(q, c.fact.quantity, c.fact) is None
                  and _sense_fits(claim, q, window, c, index)]
    # what is measured: a fact of another measure ("youth unemployment" for "unemployment") never decides
    measure = _claim_qualifiers(claim, window, q)
    same_measure = [c for c in comparable if _fact_measure(c.fact, index) == measure]
    if not same_measure and comparable:
        other = next((c for c in _rank_all(q, claim, window, comparable, index)
                      if compare_quantity(_signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"), None)
        if other is not None:
            return [Finding("related", "quantity", other.fact,
                            f"{q.text.strip()!r} is the source's figure for another measure "
                            f"({_measure_words(_fact_measure(other.fact, index)) or 'without the article’s qualifier'}): "
                            f"{other.fact.statement}")]
    comparable = same_measure
    qyear = _quantity_year(claim, q, window)
    qmonth = _quantity_month(claim, q, window)
    if qmonth is None:
        qmonth = _claim_month(claim)
        if qmonth is not None and not any(_month_of(c.fact.as_of) == qmonth for c in comparable):
            qmonth = None
    timed = [c for c in comparable if _time_ok(claim, c.fact, qyear) and _month_ok(qmonth, c.fact)]
    if qyear is None and qmonth is None and not claim.dates and claim.role != "gloss":
        timed = _latest_period(timed)   # an undated figure is the latest one the sources give for it
    if not timed and qyear:
        wrong = _wrong_year(q, qyear, claim, window, comparable, index)
        if wrong:
            return [wrong]
    if len(timed) < len(comparable):
        when = _other_period(q, claim, window, timed, comparable, index)
        if when:
            return [when]
    comparable = timed or [c for c in comparable if _year_of(c.fact.as_of) is None]
    # where or who: facts naming the place or party of the figure's clause decide it ("En Île-de-France, … 4,9 %"
    # is not the national figure)
    named = _named_in_clause(claim, q, window, index)
    own = [c for c in comparable if named & _fact_parties(c.fact, index)]
    if own and qmonth is None:
        own = _latest_period(own)
    if own and len(own) < len(comparable):
        elsewhere = _other_scope(q, claim, window, own, comparable, index, named)
        if elsewhere:
            return [elsewhere]
        comparable = own
    if unit_class(q.unit) == "share" and q.of and fold(q.of) not in _GENERIC_OF:
        comparable = [c for c in comparable if _of_matches(q, c.fact, index)] or comparable
    if not comparable:
        found = _derived(q, claim, window, pool, index, cands) or _currency_mismatch(q, pool, index)
        return found
    if claim.negated and q.bound == "at-most":
        above = _exceeds(q, pool, index)
        if above:
            return [above]
    ranked = _rank(q, claim, window, comparable, index)
    current = [(s, c) for s, c in ranked if c.source.id not in index.superseded_by] or ranked
    best = current[0][0]
    # facts nearly as close as the best: the claim may name several related figures ("turnover jumped,
    # helped by season-ticket sales"); a figure matching one of them is supported
    top = [c for s, c in current if s >= best - max(0.75, 0.4 * abs(best))]
    # a fact further down that gives exactly the article's precise figure (not a round share like
    # "a third", which many facts share) is what the article refers to
    # (here every candidate already agrees on what is measured, when and where: the figure itself is then
    # strong evidence of which fact the article means, however the wording ranks it)
    if _significant_digits(q) >= (3 if unit_class(q.unit) == "share" else 2) and any(ch.isdigit() for ch in q.text):
        top += [c for s, c in current if c not in top and
                compare_quantity(replace(q, approximate=False), c.fact.quantity) == ("supports", "")]
    verdicts = [(c, *compare_quantity(_signed(q, claim, c.fact.quantity, window), c.fact.quantity)) for c in top]
    good = [v for v in verdicts if v[1] == "supports"]
    if good and q.approximate:
        plain = replace(q, approximate=False)
        if not any(compare_quantity(_signed(plain, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"
                   for c, _, _ in good):
            old = _older_match(plain, claim, cands, index, good[0][0], window)
            if old is not None:
                good = []            # "some 9,910 pupils": only near the new figure, exactly the old one
    if good:
        c = good[0][0]
        named = _measure_named_elsewhere(window[:max(0, q.start - claim.start - _window_start(claim, q))], c.fact, index)
        if named is not None:
            word, other = named
            return [Finding("contradicts", "quantity-measure", other,
                            f"wrong measure: {q.text.strip()!r} is the source's figure for another thing ({c.fact.statement}); "
                            f"for {word!r} it gives {fmt_quantity(other.quantity)}: {other.statement}")]
        turned = _direction_conflict(claim, window, c.fact, index, q)
        if turned:
            return [Finding("contradicts", "direction", c.fact,
                            f"{turned} ({fmt_quantity(c.fact.quantity)}): {c.fact.statement}")]
        return [Finding("supports", "quantity", c.fact,
                        f"{q.text.strip()!r} agrees with the source ({fmt_quantity(c.fact.quantity)})")]
    bad = [v for v in verdicts if v[1] == "contradicts"]
    old = _older_match(q, claim, cands, index, verdicts[0][0], window)
    if old is not None:
        c = (bad[0] if bad else verdicts[0])[0]
        return [Finding("outdated", "outdated", c.fact,
                        f"{q.text.strip()!r} is the older figure of {old.source.title!r} ({fmt_quantity(old.fact.quantity)}); "
                        f"{c.source.title!r} gives {fmt_quantity(c.fact.quantity)}"),
                Finding("related", "outdated", old.fact, "the superseded figure")]
    if not bad:
        c = verdicts[0][0]
        return [Finding("related", "quantity", c.fact,
                        f"the source only gives {fmt_quantity(c.fact.quantity)}, which neither confirms nor refutes {q.text.strip()!r}")]
    c, _, detail = bad[0]
    reading = index.reading(c.fact)
    if any(compare_quantity(q, fq)[0] == "supports" and not base and not is_difference(c.fact.statement[fq.end:fq.end + 30])
           and _clause_fits(_around_figure(claim, q), c.fact, fq, index)
           for fq, base in zip(reading.quantities, reading.baselines)):
        # "… 1.7 % and gas 4.4 %": the fact's sentence gives it as a level of its own (as a starting level,
        # "after 3.8 % in April", it is another period's figure, and stays refuted)
        return [Finding("related", "quantity", c.fact,
                        f"{q.text.strip()!r} is another figure of the source's sentence: {c.fact.statement}")]
    if q.unit is None and not (index.text_keys(window) & {k for k in index.fact_keys(c.fact) if k.startswith("t:")}):
        return [Finding("related", "quantity", c.fact,     # a bare figure whose clause does not name the fact
                        f"the source gives {fmt_quantity(c.fact.quantity)}; it is not clear that "
                        f"{q.text.strip()!r} counts the same thing")]
    why = {"magnitude": " — a magnitude slip (the figure is off by a factor of 1,000 or more: million/billion?)",
           "bound": " — the source gives a bound in the other direction"}.get(detail, "")
    msg = f"wrong figure: the source gives {fmt_quantity(c.fact.quantity)}, the article {_said(q)}{why}"
    msg += _near_miss(q, claim, cands, c)
    return [Finding("contradicts", "quantity" if not detail else f"quantity-{detail}", c.fact, msg)]


def rule_clause_directions(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """Rule ``direction`` on a clause without a figure beside a confirmed one ("Keolis grew 9.6 %, while Geodis's
    revenue fell sharply" against "…, while Geodis's revenue stagnated"): the confirming fact's clause about the
    same named party gives another direction — that clause is contradicted, the figure stays confirmed."""
    confirming = [f for f in findings if f.relation == "supports" and f.rule.startswith("quantity")]
    if not confirming:
        return []
    figures = [q for q in claim.quantities if q.start >= 0]
    out = []
    for a, b in clause_spans(claim.text):
        if any(a <= q.start - claim.start < b for q in figures):
            continue
        clause = claim.text[a:b]
        said = direction_of(clause)
        names = {fold(w) for w in re.findall(r"(?<=\s)[A-ZÀ-Ý][\w'’-]{2,}", " " + clause[1:])}
        if not said or not names:
            continue
        for f in confirming:
            theirs = closest_clause(f.fact.statement, clause)
            fd = direction_of(theirs)
            if fd and fd != said and names & {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", theirs)}:
                out.append(Finding("contradicts", "direction", f.fact,
                                   f"wrong direction: the source says {_DIRECTION_WORDS[fd]}, the article "
                                   f"{_DIRECTION_WORDS[said]}: {f.fact.statement}", part=clause.strip()))
                break
    return out


def _beaten_in(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's own figure is what something else beat ("… beat the 17.09 °C set a day earlier")."""
    fq = fact.quantity
    at = next((x.start for x in index.reading(fact).quantities if fq and x.value is not None and fq.value is not None
               and abs(x.value - fq.value) < 1e-9 and x.start >= 0), None)
    return at is not None and outranked_at(fact.statement, at)


def _rank_elsewhere(claim: Claim, fact: Fact, cands: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """The rank a claim gives, judged by a fact that ranks (a sibling of the confirming fact first, then a
    topical candidate): agrees, or another rank / a record of another scope."""
    pool = _siblings(fact, index) + [c.fact for c in cands if _topical(c)]
    words = set(content_stems(_rank_words(claim)))
    for g in pool:
        if g is fact or rank_of(g.statement) is None:
            continue
        if g.source != fact.source and not words & set(content_stems(g.statement)):
            continue
        slot = slot_disagreement(claim, g, index, slots=("ranking",))
        if slot is None:
            return Finding("supports", "ranking", g, f"{_rank_words(claim)!r}, as the source ranks it: {g.statement}",
                           part=_rank_words(claim))
        if slot[0] == "contradicts":
            return Finding("contradicts", "ranking", g, slot[2], part=_rank_words(claim))
    return None


def rule_figure_slots(claim: Claim, findings: list[Finding], index: FactIndex, cands: list[Candidate] = ()) -> list[Finding]:
    """A confirmed figure whose claim gives another date or rank than the fact that confirms it ("142 years of
    coal power ended on 30 September 2023" against 2024; "535 homicides, the lowest ever" against "the
    second lowest"): that part is contradicted, the figure stays confirmed."""
    out = []
    for f in findings:
        if f.relation == "supports" and f.rule.startswith("quantity"):
            slot = slot_disagreement(claim, f.fact, index, slots=("full-date", "ranking"))
            if rank_of(claim.focus or claim.text) == 1 and _beaten_in(f.fact, index):
                slot = ("contradicts", "ranking", f"false record: the source says it was beaten: {f.fact.statement}")
            if slot and slot[0] == "contradicts":
                part = ", ".join(d.text for d in claim.dates if d.day) if slot[1] == "date" else _rank_words(claim)
                out.append(Finding("contradicts", slot[1], f.fact, slot[2], part=part))
                break
            if slot and slot[1] == "ranking" and _rank_words(claim):
                # "535 homicides, the lowest number since records began": the record is a part of its own,
                # which another fact of the source, or another topical fact, may rank
                out.append(_rank_elsewhere(claim, f.fact, cands, index)
                           or Finding("related", "ranking", f.fact, slot[2], part=_rank_words(claim)))
    return out


def _rank_words(claim: Claim) -> str:
    """The words of a claim that rank what it speaks of ("the lowest number since records began")."""
    span = rank_span(claim.focus or claim.text)
    return claim.text[span[0]:span[1]].strip() if span else ""


def rule_alongside(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """A figure no rule could place, stated in the very fact that confirms another figure of the same claim
    ("earnings rose to $36.44, up 3.9 % on a year earlier" against a fact that says both, with the YAML
    quantity only for the first): confirmed by that fact, when the fact states it in the same clause and a
    difference goes the same way (more or less: else a wrong direction). A figure the fact does not state
    stays unchecked: this rule never refutes a figure's value."""
    confirming = [f.fact for f in findings if f.relation == "supports" and f.rule == "quantity"]
    touched = {f.part for f in findings if f.relation in ("supports", "contradicts", "outdated")}
    return _stated_alongside(claim, confirming, touched, index)


def _stated_alongside(claim: Claim, confirming: list[Fact], touched: set, index: FactIndex) -> list[Finding]:
    """The findings on the claim's figures that ``confirming`` facts state in their own sentence."""
    if not confirming:
        return []
    out = []
    for q in _asserted_figures(claim):
        text = q.text.strip()
        if text in touched:
            continue
        said = is_difference((claim.focus or claim.text)[q.end - claim.start:q.end - claim.start + 30])
        window = _around_figure(claim, q)
        for fact in confirming:
            stated = [fq for fq in index.reading(fact).quantities if compare_quantity(q, fq)[0] == "supports"
                      and _clause_fits(window, fact, fq, index)]
            if not stated:
                continue
            ways = {is_difference(fact.statement[fq.end:fq.end + 30]) or _way_before(fact.statement, fq)
                    for fq in stated if fq.end >= 0} - {None}
            if said and ways and said not in ways:
                words = {"up": "more", "down": "less"}
                out.append(Finding("contradicts", "direction", fact,
                                   f"wrong direction: {text!r} {words[said]} in the article, "
                                   f"{words[next(iter(ways))]} in the source: {fact.statement}", part=text))
            else:
                out.append(Finding("supports", "quantity-alongside", fact,
                                   f"{text!r} is stated by the same source fact: {fact.statement}", part=text))
            break
    return out


def rule_stated_dates(claim: Claim, findings: list[Finding], index: FactIndex) -> list[Finding]:
    """Rule ``date``: each date a confirmed claim states ("by March 2027", "opened in 2021", "before 2030",
    "in October") against the facts that confirm it: the same date (or the fact's period, or its source's
    date) confirms it; a date of the same setting that differs refutes it ("by March 2026" in the source:
    the part is contradicted, the rest of the claim stays confirmed); else it stays unchecked, and the
    statement is not supported on the strength of its other parts."""
    confirming = []
    for f in findings:
        if f.relation == "supports" and all(f.fact is not c for c in confirming):
            confirming.append(f.fact)
    if not confirming or any(f.rule == "date" and not f.part for f in findings):
        return []                        # no confirmed part, or rule_date already judged the claim's year
    done = {f.part for f in findings if f.relation in ("supports", "contradicts", "outdated") and f.part}
    out = []
    for said in _stated_dates(claim):
        if said.text in done or any(said.text in p or p in said.text for p in done if p):
            continue
        found = None
        for fact in confirming:
            dates = _fact_dates(fact, index)
            if any(_same_when(said, d) for d in dates):
                found = Finding("supports", "date", fact, f"{said.text!r}, as in the source", part=said.text)
                break
            period = _year_of(fact.as_of) or index.reading(fact).period and _year_of(index.reading(fact).period)
            if said.year and said.month is None and period == said.year + 1 and index.reading(fact).direction:
                found = Finding("supports", "date", fact, f"{said.text}: the year the source's change for {period} "
                                                          f"is measured from", part=said.text)
                break
            rival = next((d for d in dates if d.text and _same_setting(said, claim, d, fact)), None)
            if rival is not None and found is None:
                found = Finding("contradicts", "date", fact, f"wrong date: the source says {rival.text!r} "
                                f"({fact.statement}); the article says {said.text!r}", part=said.text)
        if found is None:
            # a date the confirming fact leaves out, given by another fact of its source on the same parties
            # or the same figure ("since 2023" in the range the upper bound comes from)
            for fact in confirming:
                sib = next((g for g in _siblings(fact, index) if any(_same_when(said, d) for d in _fact_dates(g, index))), None)
                if sib is not None:
                    found = Finding("supports", "date", sib, f"{said.text!r}, as in the source", part=said.text)
                    break
        if found is not None:
            out.append(found)
    return out


def _siblings(fact: Fact, index: FactIndex) -> list[Fact]:
    """The other facts of ``fact``'s source about the same parties, or giving the same figure."""
    src = index.sources.get(fact.source)
    out = []
    for g in (src.facts if src else []):
        if g is fact:
            continue
        parties = fact.subject and fact.object and (g.subject, g.object) == (fact.subject, fact.object)
        figure = fact.quantity and g.quantity and fact.quantity.unit == g.quantity.unit and \
            {fact.quantity.value, fact.quantity.max} & {g.quantity.value, g.quantity.max} - {None}
        if parties or figure:
            out.append(g)
    return out


@dataclass(frozen=True)
class _When:
    """A date or a month as written, for comparing a claim's dates with a fact's."""
    year: Optional[int]
    month: Optional[int]
    relation: str
    text: str = ""
    start: int = -1                  # offset in the text it comes from (claim: article offsets)
    months: tuple = ()               # the months it covers (a quarter covers three)


def _stated_dates(claim: Claim) -> list[_When]:
    """The dates and months a claim states as part of what it says (a year, a month and year, a month alone)."""
    text = claim.focus or claim.text
    out = [_When(d.year, d.month, d.relation, d.text.strip(), d.start) for d in claim.dates
           if re.search(r"\d{4}", d.text) and text[d.start - claim.start:d.end - claim.start].strip()]
    taken = [(d.start, d.end) for d in claim.dates]
    for month, s, e, rel in find_months(text, offset=claim.start):
        if not any(a <= s < b for a, b in taken):
            out.append(_When(None, month, rel, claim.text[s - claim.start:e - claim.start], s))
    return out


def _fact_dates(fact: Fact, index: FactIndex) -> list[_When]:
    out = [_When(d.year, d.month, d.relation, d.text.strip(), d.start) for d in index.reading(fact).dates]
    out += [_When(None, m, rel, fact.statement[s:e], s) for m, s, e, rel in find_months(fact.statement)
            if not any(d.start <= s < d.start + len(d.text) for d in out)]
    for iso in (fact.as_of, getattr(index.sources.get(fact.source), "published", None)):
        year, month = _year_of(str(iso or "")), _month_of(str(iso or ""))
        quarter = re.match(r"\d{4}-Q([1-4])", str(iso or ""))
        months = tuple(range(3 * int(quarter.group(1)) - 2, 3 * int(quarter.group(1)) + 1)) if quarter else ()
        if year:
            out.append(_When(year, month, "at", "", -1, months))
    return out


def _same_when(said: _When, d: _When) -> bool:
    if said.year is not None and d.year != said.year:
        return False
    if said.month is not None:
        return d.month == said.month or said.month in d.months or (said.year is not None and d.month is None
                                                                   and not d.months and d.relation == said.relation
                                                                   and d.text != "")
    return True


def _same_setting(said: _When, claim: Claim, d: _When, fact: Fact) -> bool:
    """Two dates said of the same thing: the same relation other than "at" ("by March 2027", "d'ici mars
    2026"), or the same words just before them ("opened in 2021", "was opened in September 2022")."""
    if (said.year is None) != (d.year is None) and said.month is None:
        return False
    if said.relation != "at":
        return said.relation == d.relation
    if d.relation != "at" or d.start < 0:
        return False
    mine = (claim.focus or claim.text)[max(0, said.start - claim.start - 30):max(0, said.start - claim.start)]
    theirs = fact.statement[max(0, d.start - 30):d.start]
    a, b = content_stems(mine)[-2:], content_stems(theirs)[-2:]
    return bool(a) and bool(set(a) & set(b))


def _between_neighbours(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The words of ``text`` from the end of the figure before ``spans[i]`` to the start of the one after it
    (``spans``: the figures' (start, end), sorted)."""
    lo = spans[i - 1][1] if i else 0
    hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    return text[lo:hi]


def _around_figure(claim: Claim, q: Quantity) -> str:
    """The claim's words between the figure before ``q`` and the figure after it."""
    text = claim.focus or claim.text
    spans = sorted((o.start - claim.start, o.end - claim.start) for o in claim.quantities if o.unit != "year")
    s, e = q.start - claim.start, q.end - claim.start
    lo = max((end for _, end in spans if end <= s), default=0)
    hi = min((start for start, _ in spans if start >= e), default=len(text))
    return text[lo:hi]


def _clause_fits(window: str, fact: Fact, fq: Quantity, index: FactIndex) -> bool:
    """Whether the words around a figure in a fact's sentence are the claim's words around its figure at
    least as much as those around the fact's other figures: "gas 4.4 %" fits "… petrol 1.7 % and gas
    4.4 %", but "60 % on coursework" does not fit "40 % coursework and 60 % exams" (the shares are
    swapped)."""
    text = fact.statement or ""
    figures = sorted((o.start, o.end) for o in index.reading(fact).quantities if o.start >= 0)
    if len(figures) < 2:
        return True
    want = set(content_stems(window))
    scores = [len(want & set(content_stems(_between_neighbours(text, figures, i)))) for i in range(len(figures))]
    mine = next((scores[i] for i, (st, _) in enumerate(figures) if st == fq.start), 0)
    return mine >= max(scores)


def _fact_measure(fact: Fact, index: FactIndex) -> frozenset:
    """The measure qualifiers of a fact's figure: those of the words around it in its sentence when the
    sentence gives several figures ("goods rose to 2.0 % while services fell to 4.7 %": goods for 2.0 %),
    else the sentence's (for one figure)."""
    reading = index.reading(fact)
    figures = sorted((o for o in reading.quantities if o.start >= 0), key=lambda o: o.start)
    fq = fact.quantity
    if len(figures) < 2 or fq is None or fq.value is None:
        return reading.qualifiers
    own = next((i for i, o in enumerate(figures) if o.value is not None
                and abs(o.value - fq.value) <= 1e-9 * max(1.0, abs(fq.value))), None)
    if own is None:
        return reading.qualifiers
    spans = [(o.start, o.end) for o in figures]
    # else those of the words up to it ("services … slowed from 5.4 % in April to 4.7 %"), never those after
    # it ("£20.2 billion …, the highest since monthly records began")
    return qualifiers_in(_between_neighbours(fact.statement or "", spans, own)) \
        or qualifiers_in((fact.statement or "")[:spans[own][1]])


def _claim_qualifiers(claim: Claim, window: str, q: Quantity) -> frozenset:
    """The measure qualifiers of a figure: those of its own clause, else those of the claim without the
    clauses of the figures after it ("Long-term unemployment climbed to 1.8 million, about a quarter of …",
    "… reached 9.2 TWh, a monthly record"; but in "the rate was 4.9 % and youth unemployment 14.1 %",
    "youth" belongs to the second figure only)."""
    own = qualifiers_in(window)
    if own:
        return own
    text = claim.focus or claim.text
    for o in claim.quantities:
        if o.start > q.start and o.unit != "year" and is_figure(o):
            s = _window_start(claim, o)
            text = text[:s] + " " * len(_window(claim, o)) + text[s + len(_window(claim, o)):]
    return qualifiers_in(text)


def _measure_words(qualifiers: frozenset) -> str:
    return ", ".join(sorted(qualifiers))


def _rank_all(q: Quantity, claim: Claim, window: str, cands: list[Candidate], index: FactIndex) -> list[Candidate]:
    return [c for _, c in _rank(q, claim, window, cands, index)]


def _month_of(iso: Optional[str]) -> Optional[int]:
    m = re.match(r"\d{4}-(\d{2})", str(iso or ""))
    return int(m.group(1)) if m else None


def _quantity_month(claim: Claim, q: Quantity, window: str) -> Optional[int]:
    """The month a figure is for, when its clause (or, for a one-figure claim, the claim) names one."""
    s = claim.start + _window_start(claim, q)
    own = [d for d in claim.dates if d.month and s <= d.start < s + len(window) and d.relation == "at"]
    alone = len([x for x in claim.quantities if x.unit != "year"]) == 1
    if not own and alone:
        own = [d for d in claim.dates if d.month and d.relation == "at"]
    if own:
        return own[0].month
    # a month without its year ("in August", "en août"): the year is the article's
    # in the figure's clause
    bare = [m for m, _, _, rel in find_months(window) if rel == "at"]
    return bare[0] if bare else None


def _claim_month(claim: Claim) -> Optional[int]:
    """The one month a one-figure claim names outside its figure's clause ("76.4 % … within four hours in
    August"): a weaker sign of the figure's period than a month in its own clause ("the same rate as in April"
    may be a comparison), used only to choose among facts of several months."""
    if any(d.month for d in claim.dates) or len(_asserted_figures(claim)) != 1:
        return None
    named = {m for m, _, _, rel in find_months(claim.focus or claim.text) if rel == "at"}
    return next(iter(named)) if len(named) == 1 else None


def _month_ok(month: Optional[int], fact: Fact) -> bool:
    fm = _month_of(fact.as_of)
    if month is None or fm is None:
        return True
    return month == fm


def _period_key(fact: Fact) -> tuple:
    iso = str(fact.as_of or "")
    quarter = re.match(r"(\d{4})-Q(\d)", iso)
    if quarter:
        return int(quarter.group(1)), 3 * int(quarter.group(2))
    return _year_of(iso) or 0, _month_of(iso) or 0


def _latest_period(cands: list[Candidate]) -> list[Candidate]:
    """Among facts of several periods, those of the latest (and those with no period). A year contains its
    months: a fact for 2024 is not older than one for July 2024."""
    dated = [c for c in cands if c.fact.as_of]
    if len({_period_key(c.fact) for c in dated}) < 2:
        return cands
    latest = max(_period_key(c.fact) for c in dated)
    return [c for c in cands if not c.fact.as_of or _period_key(c.fact) == latest
            or (_period_key(c.fact)[1] == 0 and _period_key(c.fact)[0] == latest[0])]


def _other_period(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                  index: FactIndex) -> Optional[Finding]:
    """The figure is the source's figure for another period, while the claim's own period has another value:
    "76.4 % is July's figure; the source gives 75.9 % for August"."""
    if not own:
        return None
    best_own = _rank_all(q, claim, window, own, index)[0]
    if compare_quantity(_signed(q, claim, best_own.fact.quantity, window), best_own.fact.quantity)[0] != "contradicts":
        return None
    # a superseded source's figure is an outdated one, not another period's (see rule_quantity's "outdated")
    for c in _rank_all(q, claim, window, [c for c in others if c not in own and c.source.id not in index.superseded_by], index):
        if compare_quantity(_signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
            return Finding("contradicts", "period", best_own.fact,
                           f"wrong period: {q.text.strip()!r} is the source's figure for {c.fact.as_of or 'another period'} "
                           f"({c.fact.statement}); for {best_own.fact.as_of or 'the period of the article'} it gives "
                           f"{fmt_quantity(best_own.fact.quantity)}")
    return None


def _named_in_clause(claim: Claim, q: Quantity, window: str, index: FactIndex) -> set[str]:
    """The entities the figure's clause names (the whole claim's, for a claim with one figure), less who
    says it."""
    s = claim.start + _window_start(claim, q)
    inside = {m.entity for m in claim.mentions if s <= m.start < q.start}     # "En Île-de-France, les prix … 4,9 %"
    if not inside and len(_asserted_figures(claim)) == 1:
        inside = {m.entity for m in claim.mentions if m.start < q.start}
    # (who gives and who receives are the roles rule's: "Moscow received a third" is not a figure for Moscow)
    return inside - {claim.attributed_to, claim.authored_by, claim.commissioned_by, claim.roles.giver, claim.roles.receiver}


def _fact_parties(fact: Fact, index: FactIndex) -> set[str]:
    return {e for e in (fact.subject, fact.object) if e} | {k[2:] for k in index.fact_keys(fact) if k.startswith("e:")}


def _other_scope(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                 index: FactIndex, named: set[str]) -> Optional[Finding]:
    """The figure is the source's figure for another place or party, while the one the claim names has another
    value: "-4,9 % is the figure for France as a whole; for Île-de-France the source gives -7,2 %"."""
    best_own = _rank_all(q, claim, window, own, index)[0]
    if compare_quantity(_signed(q, claim, best_own.fact.quantity, window), best_own.fact.quantity)[0] != "contradicts":
        return None
    for c in _rank_all(q, claim, window, [c for c in others if c not in own and c.source.id not in index.superseded_by], index):
        if compare_quantity(_signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
            where = ", ".join(sorted(index.entity_name(e) for e in named))
            return Finding("contradicts", "region", best_own.fact,
                           f"wrong place or party: {q.text.strip()!r} is the source's figure for another scope "
                           f"({c.fact.statement}); for {where} it gives {fmt_quantity(best_own.fact.quantity)}")
    return None


def _measure_named_elsewhere(before: str, fact: Fact, index: FactIndex) -> Optional[tuple[str, Fact]]:
    """The words before a figure (what it measures) share nothing with the fact its value matches, and one of
    them names another fact of the same source, with a figure of its own ("l'accise … a bondi de 7,7 %"
    against "Le TURPE augmente de 7,7 %", when "l'accise … passe à 33,70 €/MWh" is another fact): the figure
    belongs to another measure."""
    own = index.fact_keys(fact)
    mine = index.text_keys(before)
    if {k for k in mine & own if k[:2] in ("t:", "w:", "e:") or (k.startswith("c:") and k[2:] not in GENERIC_CONCEPTS)}:
        return None
    lang = index.reading(fact).language
    subject = ["t:" + w for w in content_stems(before)[:2]]     # what the clause speaks of comes first
    for key in (k for k in subject if k in mine):
        if key in own or not 1 <= len(index.postings.get(key, ())) <= 2:
            continue
        for pos in index.postings[key]:
            other = index.facts[pos]
            if other is not fact and other.quantity is not None and index.reading(other).language == lang \
                    and other.source == fact.source and fact.quantity is not None \
                    and unit_class(other.quantity.unit) != unit_class(fact.quantity.unit):   # a measure of its own
                word = next((w for w, _, _ in words(before) if stem(w) == key[2:]), key[2:])
                if direction_of(word) or set(concepts_in(word)) & GENERIC_CONCEPTS:
                    break                 # a verb of change or transfer ("slowed", "a reçu"), not what is measured
                return word, other
    return None


def _direction_conflict(claim: Claim, window: str, fact: Fact, index: FactIndex,
                        q: Optional[Quantity] = None) -> Optional[str]:
    """"rose" against a source that says it fell (or did not change). A level reached ("inflation slowed to
    4.0 %") moves the way the fact's level does from its starting level ("rose by 4.0 % …, compared with
    4.1 % in April": down), not the way its prices do."""
    said = direction_of(window) or direction_of(claim.focus or claim.text)
    source = index.reading(fact).direction
    if q is not None and is_level(window[:max(0, q.start - claim.start - _window_start(claim, q))][-24:]):
        source = _level_movement(fact, index) or (None if _figure_is_change(fact, index) else source)
    if said and source and said != source and not claim.negated:
        names = {"increase": "rose", "decrease": "fell", "unchanged": "did not change"}
        return f"wrong direction: the article says it {names[said]}, the source that it {names[source]}"
    return None


def _level_movement(fact: Fact, index: FactIndex) -> Optional[str]:
    """Which way the fact's level went from the starting level its statement gives ("4.0 %, compared with
    4.1 % in April": decrease); None without one."""
    reading, fq = index.reading(fact), fact.quantity
    if fq is None or fq.value is None:
        return None
    start = next((x for x, base in zip(reading.quantities, reading.baselines) if base and x.unit == fq.unit
                  and x.value is not None), None)
    if start is None:
        return None
    now = abs(fq.value) if fq.unit == "percent" and start.value >= 0 else fq.value
    return "increase" if now > start.value else "decrease" if now < start.value else "unchanged"


def _figure_is_change(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's figure is itself the size of a change ("CPIH rose by 4.0 %"), so that its rise or
    fall says nothing of how the level moved; "24 000 logements …, en hausse de 12,2 %" gives a level."""
    fq = fact.quantity
    stated = [x for x in index.reading(fact).quantities if fq and x.value is not None and fq.value is not None
              and abs(abs(x.value) - abs(fq.value)) < 1e-9 and x.start >= 0]
    if not stated:
        return True
    before = fact.statement[max(0, stated[0].start - 24):stated[0].start]
    return bool(direction_of(before)) and not is_level(before)


def _exceeds(q: Quantity, pool: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """"Turnout has never topped 60 %": any comparable figure of the sources above it refutes it."""
    for c in pool:
        fq = c.fact.quantity
        if units_comparable(q, fq, c.fact) is None and fq.value is not None and _substantive(c):
            share = unit_class(q.unit) == "share"
            fv = as_share(fq)[0] if share else fq.value
            qv = as_share(q)[0] if share else q.value
            if fv is not None and qv is not None and fv > qv:
                when = f" ({c.fact.as_of})" if c.fact.as_of else ""
                return Finding("contradicts", "quantity-bound", c.fact,
                               f"the article says never above {q.text.strip()!r}; the source records {fmt_quantity(fq)}{when}: "
                               f"{c.fact.statement}")
    return None


def _wrong_year(q: Quantity, year: int, claim: Claim, window: str, comparable: list[Candidate],
                index: FactIndex) -> Optional[Finding]:
    """The figure is right but for another year ("48.9 % in 2019" when 48.9 % was the 2021 turnout)."""
    ranked = _rank(q, claim, window, comparable, index)
    for _, c in ranked[:3]:
        if compare_quantity(_signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
            return Finding("contradicts", "date", c.fact,
                           f"wrong year: the source gives {fmt_quantity(c.fact.quantity)} for {c.fact.as_of}, "
                           f"the article says {year}")
    return None


def _derived(q: Quantity, claim: Claim, window: str, pool: list[Candidate], index: FactIndex,
             cands: tuple = ()) -> list[Finding]:
    """A share or change the article computes from two figures the sources give separately:
    "a third of the budget" (part / whole), "65 % more than in 2022" (new / old - 1)."""
    if unit_class(q.unit) != "share":
        return []
    if (not q.of or fold(q.of) in _GENERIC_OF) and _sense(claim, q, window) == "share":
        stated = [c for c in cands if c.fact.quantity and c.fact.quantity.value is not None
                  and unit_class(c.fact.quantity.unit) not in (None, "share", "year", "points")]
        found = _share_of_stated_figures(q, claim, window, stated)
        if found:
            return found
    figures = [c for c in pool if c.fact.quantity and unit_class(c.fact.quantity.unit) not in (None, "share", "year", "points")
               and c.fact.quantity.value is not None]
    if len(figures) < 2:
        return []
    sense = _sense(claim, q, window)
    ranked = [c for _, c in _rank(q, claim, window, figures, index)]
    if sense == "change":
        dated = sorted((c for c in ranked if _year_of(c.fact.as_of)), key=lambda c: _year_of(c.fact.as_of))
        base = next((d.year for d in claim.dates if d.relation in ("baseline", "since")), None)
        for new in reversed(dated):
            olds = [c for c in dated if unit_class(c.fact.quantity.unit) == unit_class(new.fact.quantity.unit)
                    and _year_of(c.fact.as_of) < _year_of(new.fact.as_of) and (base is None or _year_of(c.fact.as_of) == base)
                    and _same_topic(c, new, index)]
            if olds:
                old = olds[-1]
                value = new.fact.quantity.value / old.fact.quantity.value - 1
                return [_derived_finding(q, claim, window, value, new, old, "change")]
        return []
    if not q.of or fold(q.of) in _GENERIC_OF:
        return _share_of_stated_figures(q, claim, window, ranked)
    wholes = [c for c in ranked if _of_matches(q, c.fact, index)]
    for whole in wholes:
        parts = [c for c in ranked if c is not whole and unit_class(c.fact.quantity.unit) == unit_class(whole.fact.quantity.unit)
                 and 0 < c.fact.quantity.value < whole.fact.quantity.value and _time_ok(claim, c.fact)
                 and _same_period(c.fact, whole.fact)]
        if parts:
            part = parts[0]
            return [_derived_finding(q, claim, window, part.fact.quantity.value / whole.fact.quantity.value, part, whole, "share")]
    return []


def _share_of_stated_figures(q: Quantity, claim: Claim, window: str, ranked: list[Candidate]) -> list[Finding]:
    """"dont 251 000 en pharmacie, soit près des deux tiers du total": a share of figures the statement
    itself gives, each found in the sources; the whole is the larger one."""
    stated = [c for c in ranked if any(abs(c.fact.quantity.value - v) <= 0.01 * abs(v) for v in claim.context_values if v)]
    stated = [c for c in stated if unit_class(c.fact.quantity.unit) == unit_class(stated[0].fact.quantity.unit)] if stated else []
    if len(stated) < 2:
        return []
    whole = max(stated, key=lambda c: c.fact.quantity.value)
    part = next(c for c in stated if c is not whole)
    if not 0 < part.fact.quantity.value < whole.fact.quantity.value:
        return []
    return [_derived_finding(q, claim, window, part.fact.quantity.value / whole.fact.quantity.value, part, whole, "share")]


def _same_period(a: Fact, b: Fact) -> bool:
    ya, yb = _year_of(a.as_of), _year_of(b.as_of)
    return ya is None or yb is None or ya == yb


def _same_topic(a: Candidate, b: Candidate, index: FactIndex) -> bool:
    ka = {k for k in index.fact_keys(a.fact) if k[0] in "ct"}
    kb = {k for k in index.fact_keys(b.fact) if k[0] in "ct"}
    return bool(ka & kb)


def _derived_finding(q: Quantity, claim: Claim, window: str, value: float, a: Candidate, b: Candidate, how: str) -> Finding:
    computed = Quantity(value=value, unit="ratio", bound="about")
    claimed = _signed(q, claim, Quantity(value=-1, unit="percent"), window) if value < 0 else q
    relation, detail = compare_quantity(claimed, computed)
    if relation == "related":
        relation = "supports"
    op = "/" if how == "share" else "vs"
    msg = (f"computed from the sources: {fmt_quantity(a.fact.quantity)} {op} {fmt_quantity(b.fact.quantity)} = "
           f"{value * 100:+.3g} %" if how == "change" else
           f"computed from the sources: {fmt_quantity(a.fact.quantity)} / {fmt_quantity(b.fact.quantity)} = {value * 100:.3g} %")
    msg += f"; the article says {_said(q)}" + ("" if relation == "supports" else " — it does not follow from the figures")
    return Finding(relation if relation != "contradicts" else "contradicts", "derived-" + how, a.fact, msg)


def _said(q: Quantity) -> str:
    shown = fmt_quantity(q)
    return f"{q.text.strip()!r}" + (f" ({shown})" if fold(shown) != fold(q.text.strip()) else "")


def _older_match(q: Quantity, claim: Claim, cands: list[Candidate], index: FactIndex, current: Candidate,
                 window: str = "") -> Optional[Candidate]:
    for c in cands:
        if c.source.id in index.superseded_by and c.fact.quantity and _topical(c) \
                and units_comparable(q, c.fact.quantity, c.fact) is None \
                and compare_quantity(_signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
            return c
    return None


def _near_miss(q: Quantity, claim: Claim, cands: list[Candidate], used: Candidate) -> str:
    for c in cands:
        if c is used or not c.fact.quantity or unit_class(c.fact.quantity.unit) != unit_class(q.unit):
            continue
        if compare_quantity(q, c.fact.quantity)[0] == "supports":
            return f" ({q.text.strip()!r} is the figure of another fact: {c.fact.statement.rstrip('.')})"
    return ""


def _currency_mismatch(q: Quantity, pool: list[Candidate], index: FactIndex) -> list[Finding]:
    for c in pool:
        fq = c.fact.quantity
        if units_comparable(q, fq) == "currency" and q.value and fq.value and abs(q.value / fq.value - 1) < 0.1:
            return [Finding("contradicts", "quantity-currency", c.fact,
                            f"wrong currency: the source gives {fmt_quantity(fq)}, the article {_said(q)}")]
    return []


_GIVE_VERB = {"pay": "pays", "payment": "pays", "finance": "funds", "supply": "supplies", "support": "supports",
              "receive": "gives"}


def rule_roles(claim: Claim, cands: list[Candidate], index: FactIndex, decided: tuple = ()) -> list[Finding]:
    """Giver and receiver against the fact about the same transfer: the fact the claim's figure was
    judged against when there is one, else the best topical fact with both a subject and an object."""
    r = claim.roles
    if not (r.giver or r.receiver):
        return []
    specifics = _specifics(claim)
    by_fact = {id(c.fact): c for c in cands}
    if decided:
        pool = [by_fact[id(f)] for f in decided if id(f) in by_fact and f.subject and f.object]
        if not pool:
            return []             # the figure's fact says nothing of who gives: no other fact decides the roles
    else:
        pool = [c for c in cands if c.fact.subject and c.fact.object and _topical(c) and _substantive(c)]
    if not pool:
        return []
    c = pool[0]
    if not _fact_names_all(c.fact, c.source, specifics):
        return []                 # "Russia paid Belarus": the fact is about another receiver
    f = c.fact
    name = index.entity_name
    inverted = (r.giver and r.giver == f.object) or (r.receiver and r.receiver == f.subject)
    right = (r.giver and r.giver == f.subject) or (r.receiver and r.receiver == f.object)
    what = f" ({fmt_quantity(f.quantity)})" if f.quantity and f.quantity.unit not in ("ratio", "percent") else ""
    if inverted and not right:
        verb = _GIVE_VERB.get(r.verb or "", "gives")
        said = []
        if r.giver:
            said.append(f"{name(r.giver)} as the one who {verb}")
        if r.receiver:
            said.append(f"{name(r.receiver)} as the one who receives")
        return [Finding("contradicts", "roles", f,
                        f"wrong actor: in the source {name(f.subject)} {verb} and {name(f.object)} receives{what}; "
                        f"the article has {' and '.join(said)}", part=_parties_said(r, name))]
    if right and not inverted:
        if r.giver and r.receiver and (r.giver != f.subject or r.receiver != f.object):
            return []
        return [Finding("supports", "roles", f, f"{name(f.subject)} → {name(f.object)}, as in the source",
                        part=_parties_said(r, name))]
    return []


def _parties_said(roles, name) -> str:
    """"North Korea → Russia": who gives and who receives, as the article has them ("?" for the unsaid)."""
    return f"{name(roles.giver) if roles.giver else '?'} → {name(roles.receiver) if roles.receiver else '?'}"


def rule_date(claim: Claim, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    years = [d for d in claim.dates if d.relation in ("at", "since", "until") and re.search(r"\d{4}", d.text)]
    if not years:
        return []
    out = []
    for d in years:
        for c in cands:
            fq = c.fact.quantity
            if not _topical(c) or not fq or fq.unit != "year" or fq.value is None or not _names_event(claim, d, c.fact, index):
                continue
            if int(fq.value) == d.year:
                out.append(Finding("supports", "date", c.fact, f"{d.year}, as in the source"))
            elif c.topical >= MIN_TOPICAL + 0.5:        # the year is the fact's own event
                out.append(Finding("contradicts", "date", c.fact,
                                   f"wrong year: the source gives {int(fq.value)} ({c.fact.statement}); the article says {d.year}"))
            break
        else:
            out.extend(_since_in_statement(claim, d, cands))
    return out


_SINCE_YEAR = re.compile(r"\b(?:since|depuis|from|starting in|begun in)\s+(?:\w+\s+){0,2}?((?:1[89]|20)\d\d)\b")


def _since_in_statement(claim: Claim, d, cands: list[Candidate]) -> list[Finding]:
    """"depuis 2022" against a fact whose own statement says "since 2019" for the figure the claim gives."""
    if d.relation != "since":
        return []
    for c in cands:
        m = _SINCE_YEAR.search(fold(c.fact.statement))
        fq = c.fact.quantity
        if not m or not _topical(c) or not fq or fq.value is None:
            continue
        if not any(q.value is not None and compare_quantity(q, fq)[0] == "supports" for q in claim.quantities):
            continue                     # the "since" must belong to the same figure
        year = int(m.group(1))
        if year == d.year:
            return [Finding("supports", "date", c.fact, f"since {year}, as in the source")]
        return [Finding("contradicts", "date", c.fact,
                        f"wrong year: the source says since {year} ({c.fact.statement}); the article says {d.year}")]
    return []


def _names_event(claim: Claim, d, fact: Fact, index: FactIndex) -> bool:
    """The clause around a year names the fact's event ("élu en 2020" and a fact on the mayor's election),
    so that "2.4 million containers in 2025" is never compared with the year the port was founded."""
    s = max(0, d.start - claim.start - 60)
    window = (claim.focus or claim.text)[s:d.end - claim.start + 20]
    wanted = set()
    for term in fact.terms:
        wanted.update("c:" + c for c in concepts_in(term))
        wanted.add("t:" + " ".join(content_stems(term)))
    if not fact.terms:                   # a fact without terms: the concepts of its statement
        wanted.update("c:" + c for c in concepts_in(fact.statement) if c not in GENERIC_CONCEPTS)
    return bool(index.text_keys(window) & wanted)


def _direction(fact: Fact, concepts: set[str], index: Optional[FactIndex] = None) -> Optional[str]:
    """The change a fact records: increase, decrease or unchanged (from its figure's sign, else its words).
    A level ("coverage was 57.1 %") records no change by itself."""
    q = fact.quantity
    change = _is_change_fact(fact, index) if index is not None else q is not None and q.unit == "percent"
    if q and (q.unit in ("percentage points", "points") or change) and q.value is not None and q.min is None:
        return "increase" if q.value > 0 else "decrease" if q.value < 0 else "unchanged"
    if "unchanged" in concepts or (q and q.value == 0):
        return "unchanged"
    hits = concepts & {"increase", "decrease"}
    return hits.pop() if len(hits) == 1 else None


def rule_negation(claim: Claim, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """"did not grow", "n'augmentera pas" against the change the source records; "never", "jamais",
    "aucun" against a dated event the source records (or a negative fact that confirms it)."""
    if not claim.negated or any(q.bound == "at-most" for q in claim.quantities):
        return []                 # "never topped 60 %" is a bound, judged with the figure
    claim_change = set(claim.concepts) & {"increase", "decrease"}
    topical = [c for c in cands if _topical(c)]
    if claim_change:
        denied = next(iter(claim_change))
        for c in topical:
            if _negated_text(c.fact.statement) and denied in index.fact_concepts(c.fact) and _substantive(c):
                return [Finding("supports", "negation", c.fact, "the source says so too")]   # "did not reduce deaths"
            direction = _direction(c.fact, index.fact_concepts(c.fact), index)
            if direction is None or not _time_ok(claim, c.fact):
                continue
            if direction == denied:
                return [Finding("contradicts", "negation", c.fact,
                                f"the article says there was no {denied}; the source records one: {c.fact.statement}")]
            return [Finding("supports", "negation", c.fact, f"the source records no {denied}: {c.fact.statement}")]
        return _level_change(claim, denied, topical, index)
    scope = index.text_keys(_negation_scope(claim))
    for c in topical:
        f = c.fact
        denied = {k for k in scope & index.fact_keys(f) if k[0] in "tc" and k[2:] not in GENERIC_CONCEPTS}
        if not denied:
            continue                  # the fact is about another part of the sentence ("since it was founded")
        if _negated_text(f.statement):
            return [Finding("supports", "negation", f, "the source says so too")]
        dated = f.as_of or re.search(r"\b(1[89]|20)\d\d\b", f.statement) or (f.quantity and f.quantity.unit == "year")
        if dated:
            return [Finding("contradicts", "negation", f,
                            f"the article says it never/did not happen; the source records it"
                            f"{' (' + f.as_of + ')' if f.as_of else ''}: {f.statement}")]
    return []


_NEGATION_WORD = re.compile(r"(?<!\w)(?:never|not|no|n't|jamais|aucun|aucune|pas|rien|ne|n')(?!\w)")
_SCOPE_END = re.compile(r"[,;:(]|\s(?:since|depuis|despite|malgre|because|car|although|bien que|when|lorsque|until|jusqu)\b")


def _negation_scope(claim: Claim) -> str:
    """What the negation denies: from the negation word to the end of its clause ("never had a strike",
    not "since it was founded in 1962")."""
    text = claim.focus or claim.text
    f = fold_same_length(text)
    m = _NEGATION_WORD.search(f)
    if not m:
        return text
    end = _SCOPE_END.search(f, m.end())
    return text[m.start():end.start() if end else len(text)]


def _level_change(claim: Claim, denied: str, topical: list[Candidate], index: FactIndex) -> list[Finding]:
    """"n'a pas reculé" against two levels of the same figure in two years (58.4 % then 57.1 %)."""
    levels = [c for c in topical if c.fact.quantity and c.fact.quantity.value is not None and _year_of(c.fact.as_of)
              and not _is_change_fact(c.fact, index) and _substantive(c)]
    for new in sorted(levels, key=lambda c: -_year_of(c.fact.as_of)):
        older = [c for c in levels if unit_class(c.fact.quantity.unit) == unit_class(new.fact.quantity.unit)
                 and _year_of(c.fact.as_of) < _year_of(new.fact.as_of) and _same_topic(c, new, index)]
        if older:
            old = max(older, key=lambda c: _year_of(c.fact.as_of))
            a, b = old.fact.quantity.value, new.fact.quantity.value
            went = "increase" if b > a else "decrease" if b < a else "unchanged"
            msg = f"the source gives {fmt_quantity(old.fact.quantity)} ({old.fact.as_of}) then {fmt_quantity(new.fact.quantity)} " \
                  f"({new.fact.as_of})"
            if went == denied:
                return [Finding("contradicts", "negation", new.fact, f"the article says there was no {denied}; {msg}")]
            return [Finding("supports", "negation", new.fact, f"no {denied}: {msg}")]
    return []


def _negated_text(s: str) -> bool:
    return bool(re.search(r"(?<!\w)(not|never|no|n't|pas|jamais|aucun|aucune)(?!\w)", fold(s)))


def rule_terms(claim: Claim, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """Items, relations and events without a figure of their own: a topical fact that names them and agrees on
    their date, rank and order."""
    if _asserted_figures(claim) or claim.negated or claim.exclusive:
        return []
    own = {k for k in index.claim_keys(claim) if k[0] in "tc" and k[2:] not in ("aid", "military")}
    specifics = _specifics(claim)
    for c in cands:
        if not _topical(c):
            continue
        named = {k for k in c.shared if k in own and (k.startswith("t:") or k.startswith("c:"))}
        context_ok = not claim.context_entities or any("e:" + e in c.shared for e in claim.context_entities) \
            or any("c:" + x in c.shared for x in claim.context_concepts)
        if not _fact_names_all(c.fact, c.source, specifics):
            continue
        roles_ok = not (claim.roles.giver or claim.roles.receiver) or \
            (claim.roles.giver in (None, c.fact.subject) and claim.roles.receiver in (None, c.fact.object)
             and (c.fact.subject or c.fact.object))
        if named and context_ok and roles_ok and (claim.role == "item" or len(named) >= 2):
            slot = slot_disagreement(claim, c.fact, index)
            if slot and slot[0] == "contradicts":
                return [Finding("contradicts", slot[1], c.fact, slot[2])]
            if slot:
                continue                  # another date, rank or order, or none: not this claim's fact
            swapped = _swapped_predicates(claim, c.fact, index)
            if swapped:
                return [Finding("contradicts", "roles", c.fact, swapped)]
            if _numbers_unsaid(claim, [c.fact.statement]):
                continue                  # "more than 90p of every pound" is not confirmed by shared words
            said = "named by the source" if claim.role == "item" else f"the source records it: {c.fact.statement}"
            return [Finding("supports", "terms", c.fact, said)]
    return []


def _numbers_unsaid(claim: Claim, statements: list[str]) -> bool:
    """Whether the claim writes a number (not a date) that none of ``statements`` writes: words in common then
    confirm nothing about it ("more than 90p of every pound")."""
    def numbers(text: str) -> list[tuple[int, float]]:
        return [(m.start(), float(m.group(0).replace(",", "."))) for m in re.finditer(r"\d+(?:[.,]\d+)?(?!\d)", text)]
    dated = [(d.start - claim.start, d.end - claim.start) for d in claim.dates]
    stated = {v for s in statements for _, v in numbers(s)}
    return any(v not in stated for at, v in numbers(claim.focus or claim.text) if not any(a <= at < b for a, b in dated))


def _party_predicates(text: str, mentions: list[tuple[str, int]]) -> dict[str, set[str]]:
    """entity -> what it does in the text ("propose", "decide"), clause by clause (``mentions``: entity and
    offset in ``text``)."""
    wanted, out = predicate_concepts(), {}
    for a, b in clause_spans(text):
        said = set(concepts_in(text[a:b])) & wanted
        for entity, at in mentions:
            if a <= at < b and said:
                out.setdefault(entity, set()).update(said)
    return out


def _swapped_predicates(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """"C'est la CRE qui fixe ces tarifs, le gouvernement se contentant de les proposer" against "La CRE propose
    les tarifs ; c'est le gouvernement qui décide": a party credited with what another party does in the source
    (and not with what it does itself)."""
    mine = _party_predicates(claim.text, [(m.entity, m.start - claim.start) for m in claim.mentions])
    theirs = _party_predicates(fact.statement, [(m.entity, m.start) for m in index.matcher.find(fact.statement, 0)])
    for a in mine:
        if a not in theirs or mine[a] & theirs[a]:
            continue
        for b in theirs:                  # the article credits a with what another party does in the source
            if b != a and mine[a] & theirs[b]:
                return (f"the roles are the other way round (in the source: {index.entity_name(a)} — "
                        f"{'/'.join(sorted(theirs[a]))}, {index.entity_name(b)} — {'/'.join(sorted(theirs[b]))}): "
                        f"{fact.statement}")
    return None


def slot_disagreement(claim: Claim, fact: Fact, index: FactIndex,
                      slots: tuple[str, ...] = ("date", "ranking", "order", "direction")) -> Optional[tuple[str, str, str]]:
    """``("contradicts", rule, message)`` when the clause of the fact closest to the claim gives another day,
    month or year (``full-date``: only full dates on both sides), another rank ("the second warmest" for "the warmest"), the other order ("gas ahead of
    wind" for "wind overtook gas") or the other direction; ``("missing", rule, message)`` when the claim
    states a rank, an order or a day or month the fact does not state at all; None when they agree."""
    text = claim.text
    if "date" in slots:
        cm, whole = month_days(text), month_days(fact.statement)
        fm = month_days(closest_clause(fact.statement, text, having=month_days))
        if cm and fm and not any(a[0] == b[0] and (None in (a[1], b[1]) or a[1] == b[1]) for a in cm for b in fm):
            return ("contradicts", "date", f"wrong date: the source gives {_days(fm)}, the article {_days(cm)}: {fact.statement}")
        if cm and not whole:
            return ("missing", "date", "the source does not give the day or month")
        cy = {d.year for d in claim.dates if d.relation == "at" and not _after_baseline(claim.text, d.start - claim.start)}
        fy = {d.year for d in index.reading(fact).dates if d.relation == "at"
              and not _after_baseline(fact.statement, d.start)}
        if cy and fy and not cy & fy:
            return ("contradicts", "date", f"wrong year: the source gives {', '.join(map(str, sorted(fy)))}, "
                                           f"the article {', '.join(map(str, sorted(cy)))}: {fact.statement}")
    if "full-date" in slots or "date" in slots:   # a day, month and year on both sides: "on 30 September 2023"
        cd = {d.iso() for d in claim.dates if d.day}
        fd = {d.iso() for d in index.reading(fact).dates if d.day}
        if cd and fd and not cd & fd:
            return ("contradicts", "date", f"wrong date: the source gives {', '.join(sorted(fd))}, the article "
                                           f"{', '.join(sorted(cd))}: {fact.statement}")
    if "ranking" in slots:
        cr, fr = rank_of(text), rank_of(closest_clause(fact.statement, text, years=True, having=rank_of))
        if cr and fr and cr != fr:
            return ("contradicts", "ranking", f"wrong rank: the source ranks it {_ordinal(fr)}, the article {_ordinal(cr)}: "
                                              f"{fact.statement}")
        if cr == 1 and fr == 1 and record_scope(text) == "all-time" and record_scope(fact.statement) == "bounded":
            return ("contradicts", "ranking", f"false record: the source gives it only as a record of recent times, "
                                              f"not of all time: {fact.statement}")
        listed = _listed_position(text, fact.statement) if cr == 1 and fr == 1 else None
        if listed and listed > 1:
            return ("contradicts", "ranking", f"wrong rank: the source lists it {_ordinal(listed)}, not first: "
                                              f"{fact.statement}")
        if cr and not rank_of(fact.statement):
            return ("missing", "ranking", "the source does not rank it")
    if "order" in slots:
        co, fo = order_of(text), order_of(fact.statement)
        if co and fo and co == fo[::-1]:
            return ("contradicts", "order", f"the other way round: {fact.statement}")
        if co and not fo:
            return ("missing", "order", "the source does not compare them")
    if "direction" in slots:
        cd, fd = direction_of(text), direction_of(closest_clause(fact.statement, text))
        if cd and fd and cd != fd:
            return ("contradicts", "direction", f"wrong direction: the source says {_DIRECTION_WORDS[fd]}, "
                                                f"the article {_DIRECTION_WORDS[cd]}: {fact.statement}")
    return None


_LISTED = re.compile(r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*\(\s*[-+−]?\d")


def _listed_position(claim_text: str, statement: str) -> Optional[int]:
    """Where the party a claim ranks first stands in the list a superlative fact gives, figure by figure
    ("the lowest rates were in Cyprus (0.4 %), France (0.6 %) and Ireland (1.4 %)": France is second);
    None when the fact gives no such list or does not name the claim's party."""
    items = [fold(m.group(1)) for m in _LISTED.finditer(statement)]
    if len(items) < 2:
        return None
    names = {fold(m.group(0)) for m in re.finditer(r"(?<=\s)[A-ZÀ-Ý][\w'’-]{2,}", claim_text)}
    for i, item in enumerate(items, 1):
        if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", item) for n in names):
            return i
    return None


def _after_baseline(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is what a change is measured from ("6 percent higher than in 2025")."""
    before = text[max(0, pos - 30):max(0, pos)].rstrip()
    return is_baseline(before) or is_baseline(re.sub(r"\s*\S+$", "", before))


_DIRECTION_WORDS = {"increase": "it rose", "decrease": "it fell", "unchanged": "it did not change"}


def _days(pairs: set) -> str:
    return " or ".join(sorted(f"{calendar.month_name[m]} {d}" if d else calendar.month_name[m] for m, d in pairs))


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")


_SHARED = re.compile(r"(?<!\w)(half|halves|moitie|jointly|conjointement|shared|partage|partagee|co-?financ\w*|co-?fund\w*|"
                     r"together with|along with|avec|aux cotes|as well as|ainsi que|split|reparti\w*)(?!\w)")


def rule_exclusive(claim: Claim, cands: list[Candidate], index: FactIndex) -> list[Finding]:
    """"C'est la commune qui finance seule...", "the bank alone pays": a source that shares the role refutes it."""
    if not claim.exclusive or not (claim.roles.giver or claim.roles.receiver):
        return []
    for c in cands:
        if not _topical(c):
            continue
        if _SHARED.search(fold(c.fact.statement)):
            who = index.entity_name(claim.roles.giver or claim.roles.receiver)
            return [Finding("contradicts", "exclusive", c.fact,
                            f"the article says {who} does it alone; the source says it is shared: {c.fact.statement}")]
        break
    return []


RULES = (rule_date, rule_negation, rule_exclusive)     # after rule_quantity and rule_roles, which go together


# --- attribution ------------------------------------------------------------------------------

def judge_attribution(claim: Claim, siblings: list[ClaimResult], index: FactIndex) -> ClaimResult:
    """"Une étude commandée par X", "written by Y", "according to Z" against the sources that decided
    the statement's other claims: their commissioning fact, author, publisher or title."""
    used = [e.source for r in siblings for e in r.evidence
            if e.relation in ("supports", "contradicts") or "outdated" in r.rules]
    sources = [index.sources[s] for s in dict.fromkeys(used) if s in index.sources]
    checks = [(kind, who) for kind, who in (("commissioned", claim.commissioned_by), ("written", claim.authored_by),
                                            ("attributed", claim.attributed_to)) if who]
    if not checks:
        return ClaimResult(claim, UNVERIFIED, "the article does not name who says it")
    if not sources:      # no claim of the statement was decided: the named study or author tells which source it is
        named = [w for k, w in checks if k != "commissioned"]
        sources = [s for s in index.catalog.sources if any(_source_is(w, s, index) for w in named)]
    results = [_check_party(kind, who, sources, index) for kind, who in checks]
    decided = [r for r in results if r[0] != UNVERIFIED]
    if not decided:
        return ClaimResult(claim, UNVERIFIED, results[0][1], [], 0.0, [])
    bad = [r for r in decided if r[0] == CONTRADICTED]
    chosen = bad or decided
    verdict = CONTRADICTED if bad else SUPPORTED
    evidence = _dedupe([e for r in chosen for e in r[2]])
    return ClaimResult(claim, verdict, _sentence("; ".join(r[1] for r in chosen)), evidence, 0.75, ["attribution"])


def _check_party(kind: str, who: str, sources: list, index: FactIndex) -> tuple[str, str, list[Evidence]]:
    who_name = index.entity_name(who) if who in index.catalog.entities else who
    pool = sources or ([] if kind == "commissioned" else [s for s in index.catalog.sources if _source_is(who, s, index)])
    if kind == "commissioned":
        pool = [s for s in pool if any("commission" in index.fact_concepts(f) and f.subject for f in s.facts)]
    if not pool:
        return UNVERIFIED, f"the source list does not say who is behind it ({who_name} is named)", []
    matching = [s for s in pool if _source_is(who, s, index) or (kind == "commissioned" and _commissioned_by(who, s, index))]
    pool = matching + [s for s in pool if s not in matching]
    for src in pool:
        commission = next((f for f in src.facts if "commission" in index.fact_concepts(f) and f.subject), None)
        if kind == "commissioned" and commission:
            ok, real = _same_party(who, commission.subject, index), index.entity_name(commission.subject)
            ev = Evidence(src.id, commission.id, commission.statement, "supports" if ok else "contradicts", src.title, src.url)
        elif kind == "written":
            if not src.author and not src.publisher:
                continue
            ok = _same_party(who, src.author, index) or _same_party(who, src.publisher, index)
            real = src.author or _name(src.publisher, index)
            ev = Evidence(src.id, "", f"{src.title}, by {src.author or _name(src.publisher, index)}",
                          "supports" if ok else "contradicts", src.title, src.url)
        else:
            if not src.publisher and not src.author:
                continue
            ok = _source_is(who, src, index)
            real = _name(src.publisher, index) or src.author
            ev = Evidence(src.id, commission.id if commission else "", f"{src.title}, published by {real}",
                          "supports" if ok else "contradicts", src.title, src.url)
        if ok:
            named = _is_known_party(who, index)
            said = {"commissioned": f"commissioned by {who_name}", "written": f"written by {who_name}",
                    "attributed": f"the figures do come from {who_name}" if named else
                    f"the figures do come from {src.title!r}"}[kind]
            return SUPPORTED, f"{said}, as the source list says", [ev]
        if real and _same_umbrella(who_name, real):
            continue                      # "le gouvernement" and "le ministère du Travail": the same state
        if real and _acronym_of(who_name, real):
            return SUPPORTED, f"the figures do come from {who_name}, as the source list says", [ev]
        if kind == "attributed" and _credited_in(who, [src.title, src.author], index):
            # a report whose title names the party: the figures are credited to it
            return SUPPORTED, f"the source credits {who_name} ({src.title!r})", [ev]
        if real and kind != "attributed" or (real and (_is_known_party(who, index) or _proper_name(who))):
            return CONTRADICTED, f"misattributed: {src.title!r} was {kind if kind != 'attributed' else 'published'} " \
                                 f"by {real}, not {who_name}", [ev]
    return UNVERIFIED, f"the source list does not say whether {who_name} is behind it", []


def _proper_name(who: str) -> bool:
    """A named organisation or person ("the European Central Bank", "la Banque de France", "Laurent Trevisani"):
    a short name that starts with a capital, not a description ("official figures published on Thursday") nor
    a clause the frame swallowed."""
    name = _ARTICLE.sub("", who.strip())
    capitals = re.findall(r"(?<!\S)[A-ZÀ-Ý][\w'’-]*", name)
    short = len(name.split()) <= 6 and "," not in name
    # two capitalised words, or an acronym: a name ("Une étude" only opens a sentence)
    return short and bool(name[:1].isupper()) and (len(capitals) >= 2 or any(c.isupper() and len(c) >= 2 for c in capitals))


def _acronym_of(a: str, b: str) -> bool:
    """"ONS" and "Office for National Statistics": one is the initials of the other's capitalised words."""
    def initials(x: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-ZÀ-Ý][\w'’-]*", x))
    a, b = _ARTICLE.sub("", a.strip()), _ARTICLE.sub("", b.strip())
    return (a.isupper() and len(a) >= 2 and initials(b) == a) or (b.isupper() and len(b) >= 2 and initials(a) == b)


def _credited_in(who: str, texts: list, index: Optional[FactIndex] = None) -> bool:
    """Whether the source's title or author names ``who`` (or a capitalised name in it: "l'indice
    Notaires-Insee publié le 10 septembre"): a report that cites the party."""
    names = [fold(_ARTICLE.sub("", who.strip()))]
    if not _proper_name(who):            # a description: the names in it ("Notaires-Insee")
        names += [fold(n) for n in re.findall(r"[A-ZÀ-Ý][\w'’-]{2,}", who)]
    entity = index.matcher.resolve(who) if index is not None else None
    if entity and entity in index.catalog.entities:      # "its governing council": the party's own names
        names += [fold(n) for n in index.catalog.entities[entity].names]
    return any(len(n) >= 3 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", fold(t or "")) for n in names for t in texts)


def _same_party(who: Optional[str], other: Optional[str], index: FactIndex) -> bool:
    if not who or not other:
        return False
    if who == other:
        return True
    if _COMPOUND_NAME.search(who) and who not in index.catalog.entities:
        # "la Banque de France" is neither France nor any party merely named inside it
        names = [other] + (list(index.catalog.entities[other].names) if other in index.catalog.entities else [])
        return any(fold(_ARTICLE.sub("", who)) == fold(n) for n in names)
    a = who if who in index.catalog.entities else index.matcher.resolve(who)
    b = other if other in index.catalog.entities else index.matcher.resolve(other)
    if a and b:
        return a == b
    return fold(who) in fold(other) or fold(other) in fold(who)


_COMPOUND_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s+(?:de|du|des|of|of the|for)\s+[A-ZÀ-Ý]")
_ARTICLE = re.compile(r"^(?:la|le|les|l'|l’|the)\s*", re.I)


_UMBRELLA = re.compile(r"(?<!\w)(gouvernement|etat|government|state|ministere|ministry|minister|ministre|department|"
                       r"departement|secretariat|cabinet|administration|executif|executive)(?!\w)")


def _same_umbrella(a: str, b: str) -> bool:
    """Two names for parts of one government: not a misattribution a reader would call one."""
    return bool(_UMBRELLA.search(fold(a or ""))) and bool(_UMBRELLA.search(fold(b or "")))


def _commissioned_by(who: str, src, index: FactIndex) -> bool:
    return any("commission" in index.fact_concepts(f) and f.subject and _same_party(who, f.subject, index) for f in src.facts)


def _name(entity_or_text: Optional[str], index: FactIndex) -> Optional[str]:
    if entity_or_text and entity_or_text in index.catalog.entities:
        return index.entity_name(entity_or_text)
    return entity_or_text


def _is_known_party(who: str, index: FactIndex) -> bool:
    return who in index.catalog.entities or bool(index.matcher.resolve(who))


_SOURCE_NOUNS = re.compile(r"^(?:l'|la |le |les |the |a |an |une |un )?(?:etude|rapport|enquete|analyse|note|study|report|survey|"
                           r"analysis|paper|document|figures from|data from|chiffres de|donnees de)\s*(?:de |du |des |of |by )?")


def _source_is(who: str, src, index: FactIndex) -> bool:
    """Whether ``who`` names this source: its publisher, its author, or its title ("l'étude « Unequal Partnership »")."""
    if _same_party(who, src.publisher, index) or _same_party(who, src.author, index):
        return True
    name = _SOURCE_NOUNS.sub("", fold(who).replace("«", "").replace("»", "").replace('"', "").strip())
    name = name.strip(" '\"")
    return len(name) >= 4 and name in fold(src.title or "")


# --- claims and statements --------------------------------------------------------------------

def _evidence(f: Finding, index: FactIndex) -> Evidence:
    src = index.sources[f.fact.source]
    rel = {"supports": "supports", "contradicts": "contradicts", "outdated": "contradicts"}.get(f.relation, "related")
    return Evidence(src.id, f.fact.id, f.fact.statement, rel, src.title, src.url, f.fact.quote)


def claim_verdict(findings: list[Finding]) -> str:
    """One claim: contradicted if any finding contradicts it, unless what supports it comes from
    other facts (two facts, two parts of the claim: mixed) or the contradiction is of a part of its own (a
    wrong date, rank or direction beside a confirmed figure: mixed)."""
    rel = {f.relation for f in findings}
    s, c, o = "supports" in rel, "contradicts" in rel, "outdated" in rel
    if (c or o) and s:
        bad = {id(f.fact) for f in findings if f.relation in ("contradicts", "outdated")
               and not (f.rule in ("date", "ranking", "direction") and f.part)}
        good = {id(f.fact) for f in findings if f.relation == "supports"}
        if good <= bad:
            return CONTRADICTED if c else OUTDATED
    return _combine(s, c, o)


def _combine(supported: bool, contradicted: bool, outdated: bool, mixed: bool = False) -> str:
    """The JSON contract: mixed when right and wrong parts meet; contradicted before outdated."""
    if mixed or (supported and (contradicted or outdated)):
        return MIXED
    if contradicted:
        return CONTRADICTED
    if outdated:
        return OUTDATED
    return SUPPORTED if supported else UNVERIFIED


def judge_claim(claim: Claim, index: FactIndex) -> ClaimResult:
    if not claim.checkable:
        return ClaimResult(claim, NOT_CHECKABLE, f"not checkable ({claim.kind})")
    cands = index.candidates(claim)
    findings: list[Finding] = []
    findings.extend(rule_quantity(claim, cands, index))
    figure_facts = tuple(f.fact for f in findings if f.relation in ("supports", "contradicts", "outdated"))
    findings.extend(rule_roles(claim, cands, index, figure_facts))
    for rule in RULES:
        findings.extend(rule(claim, cands, index))
    findings.extend(rule_alongside(claim, findings, index))
    findings.extend(rule_figure_slots(claim, findings, index, cands))
    findings.extend(rule_stated_dates(claim, findings, index))
    findings.extend(rule_clause_directions(claim, findings, index))
    if not any(f.relation in ("supports", "contradicts", "outdated") for f in findings):
        findings.extend(rule_terms(claim, cands, index))
    verdict = claim_verdict(findings)
    parts = claim_parts(claim, findings)
    confirmed = {f.part for f in findings if f.relation == "supports" and f.part}
    unconfirmed = [f for f in findings if f.rule == "quantity" and f.relation == "related" and f.part not in confirmed]
    if verdict == SUPPORTED and unconfirmed:
        verdict = UNVERIFIED              # right parties, but the figure itself is not confirmed
    decisive = [f for f in findings if f.relation in ("supports", "contradicts", "outdated")]
    evidence = _dedupe([_evidence(f, index) for f in findings])
    if not decisive:
        related = [c for c in cands if _topical(c)][:2]
        evidence += [Evidence(c.source.id, c.fact.id, c.fact.statement, "related", c.source.title, c.source.url, c.fact.quote)
                     for c in related if (c.source.id, c.fact.id) not in {(e.source, e.fact) for e in evidence}]
        msg = "; ".join(f.message for f in findings) or "no fact in the source list bears on this claim"
        return ClaimResult(claim, UNVERIFIED, _sentence(msg), evidence, 0.0, [f.rule for f in findings], parts=parts)
    order = {"contradicts": 0, "outdated": 1, "supports": 2}
    decisive.sort(key=lambda f: order[f.relation])
    explanation = "; ".join(dict.fromkeys(f.message for f in decisive if f.relation != "supports" or verdict in (SUPPORTED, MIXED))) \
        or "; ".join(dict.fromkeys(f.message for f in decisive))
    conf = 0.9 if len({f.rule for f in decisive}) > 1 else 0.75
    inverted = tuple(f"{f.fact.source}/{f.fact.id}" for f in decisive if f.rule == "roles" and f.relation == "contradicts")
    return ClaimResult(claim, verdict, _sentence(explanation), evidence, conf, list(dict.fromkeys(f.rule for f in decisive)),
                       inverted, parts)


def claim_parts(claim: Claim, findings: list[Finding]) -> tuple[Part, ...]:
    """The parts the findings decided, then each figure no finding decided, as unchecked; a claim whose
    findings decided nothing is one unchecked part."""
    status = {"supports": "confirmed", "contradicts": "contradicted", "outdated": "contradicted"}
    parts = {}
    for f in findings:
        if f.relation in status:
            text = f.part or claim.text.strip()
            key = (text, status[f.relation])
            parts.setdefault(key, Part(text, status[f.relation], f.rule, f"{f.fact.source}/{f.fact.id}"))
    decided = {p.text for p in parts.values()}
    for q in _asserted_figures(claim):
        text = q.text.strip()
        if text not in decided:
            parts.setdefault((text, "unchecked"), Part(text, "unchecked"))
    if any(p.status == "confirmed" for p in parts.values()):
        for d in _stated_dates(claim):      # a date beside a confirmed part that no fact gave
            if not any(d.text in t or t in d.text for t in decided):
                parts.setdefault((d.text, "unchecked"), Part(d.text, "unchecked"))
        for f in findings:                  # a rank the confirming fact does not give
            if f.relation == "related" and f.rule == "ranking" and f.part and f.part not in decided:
                parts.setdefault((f.part, "unchecked"), Part(f.part, "unchecked"))
    if not parts:
        text = claim.text.strip()
        parts[(text, "unchecked")] = Part(text, "unchecked")
    return tuple(parts.values())


def result_parts(r: ClaimResult) -> tuple[Part, ...]:
    """A result's parts; a result no rule split into parts (an attribution, a claim not checkable) is one part
    with its verdict."""
    if r.parts or r.verdict == NOT_CHECKABLE:
        return r.parts
    status = {SUPPORTED: "confirmed", CONTRADICTED: "contradicted", OUTDATED: "contradicted"}.get(r.verdict, "unchecked")
    rule = r.rules[0] if r.rules and status != "unchecked" else ""
    fact = next((f"{e.source}/{e.fact}" for e in r.evidence if e.relation != "related"), "") if rule else ""
    return (Part(r.claim.text.strip(), status, rule, fact),)


def _sentence(s: str) -> str:
    s = s.strip()
    return (s[:1].upper() + s[1:]) if s else s


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in evs:
        key = (e.source, e.fact, e.relation)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def statement_verdict(results: list[ClaimResult], checkable: bool, index: Optional[FactIndex] = None) -> str:
    if not checkable:
        return NOT_CHECKABLE
    content = [r for r in results if r.claim.checkable and r.claim.role != "attribution-frame"]
    # a right attribution neither makes a wrong figure partly right nor an unverified one supported;
    # a wrong one is an error of its own
    vs = {r.verdict for r in results if r.claim.checkable and not (
        content and r.claim.role == "attribution-frame" and r.verdict == SUPPORTED)}
    verdict = _combine(SUPPORTED in vs, CONTRADICTED in vs, OUTDATED in vs, MIXED in vs)
    if verdict == SUPPORTED and unchecked_parts(results, index):
        return UNVERIFIED                 # supported only when all of it is: a part nobody checked is no support
    return verdict


def unchecked_parts(results: list[ClaimResult], index: Optional[FactIndex] = None) -> list[Part]:
    """The figures of a statement that no fact checked, in any of its claims, confirmed ones included ("the rate
    was 4.7 % while 12,000 firms closed"); a clause without a figure beside a confirmed one is mostly its
    setting ("Services inflation, closely watched by …")."""
    out = []
    confirmed_parties, confirming = set(), []
    for r in results:
        for e in r.evidence if index is not None and r.verdict in (SUPPORTED, MIXED) else ():
            fact = _fact(index, e.source, e.fact) if e.relation == "supports" else None
            if fact is not None:
                confirmed_parties |= _fact_parties(fact, index)
                confirming.append(fact.statement)
    for r in results:
        if not r.claim.checkable or r.claim.role == "attribution-frame":
            continue
        figures = {q.text.strip() for q in _asserted_figures(r.claim)} | {d.text for d in _stated_dates(r.claim)} \
            | {_rank_words(r.claim)} - {""}
        if r.verdict == UNVERIFIED and r.claim.role in ("main", "item") and \
                {m.entity for m in r.claim.mentions} - confirmed_parties:
            figures.add(r.claim.text.strip())   # a place or party the statement names that nothing confirmed
        if r.verdict == UNVERIFIED and _numbers_unsaid(r.claim, confirming):
            figures.add(r.claim.text.strip())   # a number nobody read as a figure ("more than 90p of every pound")
        out += [p for p in r.parts if p.status == "unchecked" and p.text in figures]
    return out


def _asserted_figures(claim: Claim) -> list[Quantity]:
    """The figures a claim asserts: not years, not small bare numbers ("18- to 24-year-olds", "du 7 au 9
    juillet"), and not a duration or an age beside another figure ("35,909 patients waited more than 12
    hours", "le taux d'emploi des 15-64 ans grimpe à 69,6 %"), which defines what that figure measures."""
    figures = [q for q in claim.quantities if is_figure(q) and q.unit != "year"
               and (q.unit is not None or (any(ch.isdigit() for ch in q.text)
                                            and max(abs(v) for v in (q.value, q.min, q.max, 0) if v is not None) >= 100))]
    if any(not _is_duration(q.unit) for q in figures):
        figures = [q for q in figures if not _is_duration(q.unit)]
    return figures


def _is_duration(unit: Optional[str]) -> bool:
    u = units.lookup(unit)
    return u is not None and u.family == "duration"


def _carry_wrong_actor(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A gloss that restates a transfer between the parties its main clause inverts ("— soit environ 1,2
    milliard —" after "Moscou n'a reçu …") is not confirmed: the article has it going the wrong way. (Items, and
    glosses about a fact between other parties, stay judged on their own.)"""
    main = next((r for r in results if r.claim.role == "main"), None)
    if main is None or not main.wrong_actor:
        return results
    inverted = {_parties(index, ref) for ref in main.wrong_actor} - {frozenset()}
    out = []
    for r in results:
        restates = any(_parties(index, f"{e.source}/{e.fact}") in inverted for e in r.evidence if e.relation == "supports")
        if r.claim.role == "gloss" and r.verdict == SUPPORTED and restates:
            r = ClaimResult(r.claim, UNVERIFIED, _sentence(f"{r.explanation.rstrip('.')}, but the clause it belongs to "
                                                           f"has the wrong actor, so it is not confirmed as written"),
                            r.evidence, 0.0, r.rules,
                            parts=tuple(replace(p, status="unchecked", rule="", fact="") for p in r.parts))
        out.append(r)
    return out


def _way_before(text: str, fq: Quantity) -> Optional[str]:
    """"up" or "down" when the words just before a figure say which way it goes ("en hausse de 7,7 %")."""
    way = direction_of(text[max(0, fq.start - 30):fq.start])
    return {"increase": "up", "decrease": "down"}.get(way or "")


def _carry_alongside(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A figure of a gloss or a relative clause ("…, down from 3.5 % in the 12 months to April") that the
    fact confirming the main clause states in its own sentence, the same way, is confirmed by it."""
    confirming = [f for r in results if r.claim.role == "main" and not r.wrong_actor and r.verdict in (SUPPORTED, MIXED)
                  for f in (_fact(index, e.source, e.fact) for e in r.evidence if e.relation == "supports")
                  if f and f.source not in index.superseded_by]      # a replaced source confirms nothing more
    if not confirming:
        return results
    out = []
    for r in results:
        figures = _asserted_figures(r.claim)
        if r.verdict != SUPPORTED and r.claim.checkable and r.claim.role in ("gloss", "relative") and figures:
            found = _stated_alongside(r.claim, confirming, set(), index)
            refs = {(f.source, f.id) for f in confirming}
            if found and {f.part for f in found} >= {q.text.strip() for q in figures}:
                found += rule_stated_dates(r.claim, found, index)
                verdict = claim_verdict(found)
                r = ClaimResult(r.claim, verdict, _sentence("; ".join(dict.fromkeys(f.message for f in found))),
                                _dedupe([_evidence(f, index) for f in found]), 0.75,
                                list(dict.fromkeys(f.rule for f in found)), parts=claim_parts(r.claim, found))
            elif r.verdict in (CONTRADICTED, MIXED) and all(_relative_figure(r.claim, q) for q in figures) \
                    and all((e.source, e.fact) in refs for e in r.evidence if e.relation == "contradicts"):
                # "…, up from 5.1 %": a starting level is not refuted by the current level of the main clause
                r = ClaimResult(r.claim, UNVERIFIED, _sentence("a starting level or a difference the source does not "
                                                               "give, not refuted by the current level it confirms"),
                                [], 0.0, r.rules, parts=tuple(Part(q.text.strip(), "unchecked") for q in figures))
        out.append(r)
    return out


def _fact(index: FactIndex, source_id: str, fact_id: str) -> Optional[Fact]:
    src = index.sources.get(source_id)
    return next((f for f in (src.facts if src else []) if f.id == fact_id), None)


def _parties(index: FactIndex, ref: str) -> frozenset:
    """The subject and object of the fact ``source/fact`` (empty when it names none, or is unknown)."""
    source_id, _, fact_id = ref.partition("/")
    src = index.sources.get(source_id)
    fact = next((f for f in (src.facts if src else []) if f.id == fact_id), None)
    return frozenset(p for p in (fact.subject, fact.object) if p) if fact else frozenset()


def judge_statement(analysis: AnalysedStatement, index: FactIndex) -> StatementResult:
    results = [judge_claim(c, index) for c in analysis.claims if c.role != "attribution-frame"]
    for c in analysis.claims:
        if c.role == "attribution-frame":
            res = judge_attribution(c, results, index) if c.checkable else ClaimResult(c, NOT_CHECKABLE, "not checkable (attribution)")
            results.insert(0, res)
    results = _carry_wrong_actor(results, index)
    results = _carry_alongside(results, index)
    verdict = statement_verdict(results, analysis.checkable, index)
    decided = [r.confidence for r in results if r.verdict not in (UNVERIFIED, NOT_CHECKABLE)]
    conf = round(min(decided), 2) if decided else 0.0
    return StatementResult(analysis, verdict, results, conf)
