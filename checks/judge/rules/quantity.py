"""Rule ``quantity`` (and ``quantity-magnitude``, ``quantity-bound``, ``quantity-measure``, ``period``,
``region``, ``direction``, ``outdated``): each figure of a claim against the facts of the same measure,
place and period.

- supported: "Unemployment was 4.7 % in July" / « Le chômage était de 4,7 % en juillet » against "The
  unemployment rate was 4.7 % in July 2025".
- contradicted: "Unemployment was 4.6 % in July" (June's figure: ``period``) / « En Île-de-France, les prix
  ont reculé de 4,9 % » when 4,9 % is the national figure (``region``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ...compare import as_share, units_comparable, compare_quantity, fmt_quantity
from ...detect import is_expectation, is_figure
from ...factread import direction_of, is_baseline, is_difference, is_level
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Fact, Quantity
from ...terms import concepts_in, content_stems, stem
from ...text import fold, words
from ..figures import (GENERIC_CONCEPTS, fact_expected, units_fit, GENERIC_OF, around_figure, bare_count, claim_month, claim_qualifiers, clause_fits,
    fact_measure, fact_names_all, fact_parties, figure_window, is_topical, latest_period, measure_fits, measure_words, month_ok,
    of_matches, proper_names_in, quantity_month, quantity_year, rank, rank_all, sense_fits, signed,
    significant_digits, stated_figure, substantive, time_ok, window_start)
from ..findings import Finding, asserted_figures, month_of, year_of
from .derived import derived, said_as

RULE_ID = "quantity"


def rule_quantity(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """Each figure of the claim against the facts that measure the same thing, where and when it is said."""
    out: list[Finding] = []
    found = {}
    for q in claim.quantities:
        if q.unit == "year" or (q.value is None and q.min is None) or not is_figure(q):
            continue
        found[id(q)] = (q, relative_figure(claim, q), _figure_findings(claim, q, cands, index))
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


def relative_figure(claim: Claim, q: Quantity) -> Optional[str]:
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
    window = figure_window(claim, q)
    start = window_start(claim, q)
    # the candidates with a figure that share a subject with the claim: when there is none, the names below are
    # not needed (nothing is left to compare, and only ``derived`` can still find something)
    held = [c for c in cands if c.fact.quantity and substantive(c)]
    specifics = proper_names_in(claim, (start, start + len(window))) if held else []  # this figure's own clause
    if held and not specifics and len(asserted_figures(claim)) == 1:  # or, for its only figure, the claim's before it
        earlier = [x.end - claim.start for x in claim.quantities if 0 <= x.end <= q.start]
        # (after the item before it, if any: "40 Vigil vehicles, as many as 120,000 shells")
        lo = max(earlier + [claim.text.rfind(",", 0, q.start - claim.start) + 1]) if earlier else 0
        specifics = proper_names_in(claim, (lo, q.start - claim.start))
    if q.unit is None and not bare_count(q, window, index):
        return []                      # a bare number ("18- to 24-year-olds") says nothing comparable
    # a fact that gives exactly the article's precise figure is retrieved by it, even when its words are few in
    # common (a fact in the other language): what it measures is still checked below
    exact = _precise(q)
    pool = [c for c in held if fact_names_all(c.fact, c.source, specifics)
            and (is_topical(c) or exact and compare_quantity(replace(q, approximate=False), c.fact.quantity) == ("supports", ""))]
    # what someone expected or aims at is compared with expectations and targets only, and what happened never
    # with them ("the target is below 1 % by March" is not the latest figure of the share)
    if pool:
        expected = is_expectation(window)
        pool = [c for c in pool if fact_expected(c.fact, index) == expected]
    if not pool:                       # (what the steps below come to when no fact is left to compare with)
        return derived(q, claim, window, pool, index, cands) or _currency_mismatch(q, pool, index)
    comparable = [c for c in pool if units_fit(q, c.fact, index) is None
                  and sense_fits(claim, q, window, c, index)]
    # what is measured: a fact of another measure ("youth unemployment" for "unemployment") never decides
    measure = claim_qualifiers(claim, window, q)
    same_measure = [c for c in comparable if measure_fits(measure, c.fact, index)]
    if not same_measure and comparable:
        other = next((c for c in rank_all(q, claim, window, comparable, index)
                      if compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"), None)
        if other is not None:
            return [Finding("related", "quantity", other.fact,
                            f"{q.text.strip()!r} is the source's figure for another measure "
                            f"({measure_words(fact_measure(other.fact, index)) or 'without the article’s qualifier'}): "
                            f"{other.fact.statement}")]
    comparable = same_measure
    qyear = quantity_year(claim, q, window)
    qmonth = quantity_month(claim, q, window)
    if qmonth is None:
        qmonth = claim_month(claim)
        if qmonth is not None and not any(month_of(c.fact.as_of) == qmonth for c in comparable):
            qmonth = None
    # (a figure whose clause gives no year is not dated by another clause's: "530,643 offences, … the most since
    # recording began in 2002/03")
    timed = [c for c in comparable if (qyear is None or time_ok(claim, c.fact, qyear)) and month_ok(qmonth, c.fact)]
    if qyear is None and qmonth is None and claim.role != "gloss":
        timed = latest_period(timed)   # an undated figure is the latest one the sources give for it
    if not timed and qyear:
        wrong = _wrong_year(q, qyear, claim, window, comparable, index)
        if wrong:
            return [wrong]
    if len(timed) < len(comparable):
        when = _other_period(q, claim, window, timed, comparable, index)
        if when:
            return [when]
    comparable = timed or [c for c in comparable if year_of(c.fact.as_of) is None]
    # where or who: facts naming the place or party of the figure's clause decide it ("En Île-de-France, … 4,9 %"
    # is not the national figure)
    named = _named_in_clause(claim, q, window, index)
    own = [c for c in comparable if named & fact_parties(c.fact, index)]
    if own and qmonth is None:
        own = latest_period(own)
    if own and len(own) < len(comparable):
        elsewhere = _other_scope(q, claim, window, own, comparable, index, named)
        if elsewhere:
            return [elsewhere]
        comparable = own
    if unit_class(q.unit) == "share" and q.of and fold(q.of) not in GENERIC_OF:
        comparable = [c for c in comparable if of_matches(q, c.fact, index)] or comparable
    if not comparable:
        found = derived(q, claim, window, pool, index, cands) or _currency_mismatch(q, pool, index)
        return found
    if claim.negated and q.bound == "at-most":
        above = _exceeds(q, pool, index)
        if above:
            return [above]
    ranked = rank(q, claim, window, comparable, index)
    current = [(s, c) for s, c in ranked if c.source.id not in index.superseded_by] or ranked
    best = current[0][0]
    # facts nearly as close as the best: the claim may name several related figures ("turnover jumped,
    # helped by season-ticket sales"); a figure matching one of them is supported
    top = [c for s, c in current if s >= best - max(0.75, 0.4 * abs(best))]
    # a fact further down that gives exactly the article's precise figure (not a round share like
    # "a third", which many facts share) is what the article refers to
    # (here every candidate already agrees on what is measured, when and where: the figure itself is then
    # strong evidence of which fact the article means, however the wording ranks it)
    # (but not a fact that names less of what the figure measures than the first: "gas provided 29.2 %" is not
    # wind's 29.2 %)
    if significant_digits(q) >= (3 if unit_class(q.unit) == "share" else 2) and any(ch.isdigit() for ch in q.text):
        subject = _subject_keys(claim, q, window, index)
        first = subject & index.fact_keys(current[0][1].fact)
        lang = index.reading(current[0][1].fact).language      # (words compare only within one language)
        top += [c for s, c in current if c not in top and (subject & index.fact_keys(c.fact) >= first
                                                           or index.reading(c.fact).language != lang) and
                compare_quantity(replace(q, approximate=False), c.fact.quantity) == ("supports", "")]
    verdicts = [(c, *compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)) for c in top]
    good = [v for v in verdicts if v[1] == "supports"]
    if good and q.approximate:
        plain = replace(q, approximate=False)
        if not any(compare_quantity(signed(plain, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports"
                   for c, _, _ in good):
            old = _older_match(plain, claim, cands, index, good[0][0], window)
            if old is not None:
                good = []            # "some 9,910 pupils": only near the new figure, exactly the old one
    if good:
        c = good[0][0]
        named = _measure_named_elsewhere(_before_figure(claim, q, window), c.fact, index)
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
           and clause_fits(around_figure(claim, q), c.fact, fq, index)
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
    rescue = _same_thing_elsewhere(q, claim, window, cands, c, index) if not detail else None
    if rescue is not None:
        return [Finding("supports", "quantity", rescue.fact,
                        f"{q.text.strip()!r} agrees with the source ({fmt_quantity(rescue.fact.quantity)})")]
    msg = f"wrong figure: the source gives {fmt_quantity(c.fact.quantity)}, the article {said_as(q)}{why}"
    msg += _near_miss(q, claim, cands, c)
    return [Finding("contradicts", "quantity" if not detail else f"quantity-{detail}", c.fact, msg)]


def _precise(q: Quantity) -> bool:
    """A figure written with three significant digits or more ("29.2 %", "684 200"): precise enough that a fact
    giving exactly it is strong evidence of which fact the article means."""
    return significant_digits(q) >= 3 and any(ch.isdigit() for ch in q.text)


def _before_figure(claim: Claim, q: Quantity, window: str) -> str:
    """The words of the figure's clause before it: what it measures."""
    return window[:max(0, q.start - claim.start - window_start(claim, q))]


def _subject_keys(claim: Claim, q: Quantity, window: str, index: FactIndex) -> set[str]:
    """The keys of what a figure measures: the first two content words before it in its clause (what a clause
    speaks of comes first: "Wind farms provided 29.2 %"), and the entities and concepts they name."""
    head = " ".join(w for w, _, _ in words(_before_figure(claim, q, window)) if content_stems(w))
    head = " ".join(head.split()[:2])
    return {k for k in index.text_keys(head) if k[:2] in ("w:", "e:") or (k[:2] == "c:" and k[2:] not in GENERIC_CONCEPTS)}


def _same_thing_elsewhere(q: Quantity, claim: Claim, window: str, cands: list[Candidate], used: Candidate,
                          index: FactIndex) -> Optional[Candidate]:
    """A fact that gives exactly the article's precise figure, of the claim's period, measure and place, that the
    ranking put below another fact of the topic: what the article refers to, not a wrong figure ("Wind farms
    provided 29.2 %" against "Wind generated a record 29.2 % of UK electricity in 2024", ranked under the share
    of renewables)."""
    if not _precise(q):
        return None
    expected = is_expectation(window)
    year, month = quantity_year(claim, q, window), quantity_month(claim, q, window)
    measure = claim_qualifiers(claim, window, q)
    named = _named_in_clause(claim, q, window, index)
    subject = _subject_keys(claim, q, window, index)
    theirs = subject & index.fact_keys(used.fact)
    for c in cands:
        fq = c.fact.quantity
        if c is used or fq is None or c.source.id in index.superseded_by or not substantive(c):
            continue
        if units_fit(q, c.fact, index) is not None or compare_quantity(replace(q, approximate=False), fq) != ("supports", ""):
            continue
        if not (year is None or time_ok(claim, c.fact, year)) or not month_ok(month, c.fact) or not measure_fits(measure, c.fact, index):
            continue
        if named and not named & fact_parties(c.fact, index):
            continue
        if expected != fact_expected(c.fact, index):
            continue
        # it names more of what the figure measures than the fact ranked first ("Wind farms provided 29.2 %":
        # the wind fact, not the share of renewables), and every name of the figure's clause
        if not (subject & index.fact_keys(c.fact)) > theirs or not fact_names_all(c.fact, c.source, proper_names_in(claim)):
            continue
        return c
    return None


def _other_period(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                  index: FactIndex) -> Optional[Finding]:
    """The figure is the source's figure for another period, while the claim's own period has another value:
    "76.4 % is July's figure; the source gives 75.9 % for August"."""
    pair = _figure_of_another(q, claim, window, own, others, index)
    if pair is None:
        return None
    best_own, c = pair
    return Finding("contradicts", "period", best_own.fact,
                   f"wrong period: {q.text.strip()!r} is the source's figure for {c.fact.as_of or 'another period'} "
                   f"({c.fact.statement}); for {best_own.fact.as_of or 'the period of the article'} it gives "
                   f"{fmt_quantity(best_own.fact.quantity)}")


def _figure_of_another(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                       index: FactIndex) -> Optional[tuple[Candidate, Candidate]]:
    """(the claim's own fact, the other fact) when the claim's own fact (of its period, place or party) gives
    another value and another fact gives the claim's figure; a superseded source's figure is an outdated one,
    not another period's (see rule_quantity's "outdated")."""
    if not own:
        return None
    best_own = rank_all(q, claim, window, own, index)[0]
    if compare_quantity(signed(q, claim, best_own.fact.quantity, window), best_own.fact.quantity)[0] != "contradicts":
        return None
    for c in rank_all(q, claim, window, [c for c in others if c not in own and c.source.id not in index.superseded_by], index):
        if compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
            return best_own, c
    return None


def _named_in_clause(claim: Claim, q: Quantity, window: str, index: FactIndex) -> set[str]:
    """The entities the figure's clause names (the whole claim's, for a claim with one figure), less who
    says it."""
    s = claim.start + window_start(claim, q)
    inside = {m.entity for m in claim.mentions if s <= m.start < q.start}     # "En Île-de-France, les prix … 4,9 %"
    if not inside and len(asserted_figures(claim)) == 1:
        inside = {m.entity for m in claim.mentions if m.start < q.start}
    # (who gives and who receives are the roles rule's: "Moscow received a third" is not a figure for Moscow)
    return inside - {claim.attributed_to, claim.authored_by, claim.commissioned_by, claim.roles.giver, claim.roles.receiver}


def _other_scope(q: Quantity, claim: Claim, window: str, own: list[Candidate], others: list[Candidate],
                 index: FactIndex, named: set[str]) -> Optional[Finding]:
    """The figure is the source's figure for another place or party, while the one the claim names has another
    value: "-4,9 % is the figure for France as a whole; for Île-de-France the source gives -7,2 %"."""
    pair = _figure_of_another(q, claim, window, own, others, index)
    if pair is None:
        return None
    best_own, c = pair
    where = ", ".join(sorted(index.entity_name(e) for e in named))
    return Finding("contradicts", "region", best_own.fact,
                   f"wrong place or party: {q.text.strip()!r} is the source's figure for another scope "
                   f"({c.fact.statement}); for {where} it gives {fmt_quantity(best_own.fact.quantity)}")


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
    if q is not None and is_level(window[:max(0, q.start - claim.start - window_start(claim, q))][-24:]):
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
    stated = stated_figure(fact, index)
    if stated is None:
        return True
    before = fact.statement[max(0, stated.start - 24):stated.start]
    return bool(direction_of(before)) and not is_level(before)


def _exceeds(q: Quantity, pool: list[Candidate], index: FactIndex) -> Optional[Finding]:
    """"Turnout has never topped 60 %": any comparable figure of the sources above it refutes it."""
    for c in pool:
        fq = c.fact.quantity
        if units_fit(q, c.fact, index) is None and fq.value is not None and substantive(c):
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
    ranked = rank(q, claim, window, comparable, index)
    for _, c in ranked[:3]:
        if compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
            return Finding("contradicts", "date", c.fact,
                           f"wrong year: the source gives {fmt_quantity(c.fact.quantity)} for {c.fact.as_of}, "
                           f"the article says {year}")
    return None


def _older_match(q: Quantity, claim: Claim, cands: list[Candidate], index: FactIndex, current: Candidate,
                 window: str = "") -> Optional[Candidate]:
    for c in cands:
        if c.source.id in index.superseded_by and c.fact.quantity and is_topical(c) \
                and units_fit(q, c.fact, index) is None \
                and compare_quantity(signed(q, claim, c.fact.quantity, window), c.fact.quantity)[0] == "supports":
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
                            f"wrong currency: the source gives {fmt_quantity(fq)}, the article {said_as(q)}")]
    return []
