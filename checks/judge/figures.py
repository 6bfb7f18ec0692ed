"""What the judge's rules share about a figure: the clause it stands in (``figure_window``, from
``checks/judge/clauses.py``), the year and month it is for (``checks/judge/periods.py``), what it measures (its
qualifiers, read in ``checks/judge/qualifiers.py``), the names around it, whether it is a share, a change or a level, and how the
candidate facts rank for it. The clause and period helpers are re-exported here, where the rules import them."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..compare import compare_quantity, written_precision
from ..unitfit import units_comparable
from ..detect import is_expectation
from ..detect.lexicon import waiting_after
from ..match import Candidate, FactIndex, unit_class, written_digits
from ..unitkeys import per_tail, rate_parts
from ..model import Claim, Fact, Quantity
from ..resources import compiled, word_pattern, word_table, words
from ..terms import concepts_in, content_stems, stem
from ..text import fold
from .clauses import clause_around, figure_sense, figure_window, window_start
from .expectitems import in_expectation_list
from .findings import is_duration, once_per_fact, size_of, written_as_figure
from .names import bare_name, coded_name, describes_noun, list_writes, list_writes_place, never_lower_case
from .names import fact_names_all, name_acronyms, text_acronyms  # noqa: F401 (re-exported)
from .sentencefigures import around_figure, between_neighbours, own_clause  # noqa: F401 (around_figure re-exported)
from .listedrate import rate_only_listed
from .signs import sign_note, signed  # noqa: F401 (re-exported)
from ..tablestore import stored


def of_matches(q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """For a share, whether the fact is a share of the same thing ("a third of the value")."""
    if not q.of:
        return True
    want = {"c:" + c for c in concepts_in(q.of)} or {"w:" + stem(q.of)}
    return bool(want & index.fact_keys(fact))


def of_another_base(q: Quantity, fact: Fact, index: FactIndex) -> bool:
    """A share the claim writes of a named thing (« 38 % du coût ») against a fact that writes its share of
    another (« 38 %, du nombre de dossiers »): not the same share, whatever its figure."""
    return unit_class(q.unit) == "share" and bool(q.of) and fold(q.of) not in generic_of() \
        and not of_matches(q, fact, index) and writes_a_share_of(fact.statement or "")


def writes_a_share_of(text: str) -> bool:
    """Whether a sentence writes a figure as a share of something ("61 % of cases", « 84 % des candidats »)."""
    return bool(_patterns()["percent_of"].search(fold(text)))


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/*.yaml``, built once."""
    return {
        "months_days": word_pattern("numbers", r"^({month_day_prefixes})"),
        "holidays": word_pattern("numbers", r"(?<!\w)(?:{+holiday_names})(?!\w)"),
        "percent_of": word_pattern("measures", r"\d\s*(?:{percent_words}|%),?\s+(?:{percent_of_words})\b"),
    }


def percent_of_pattern() -> re.Pattern:
    """A percent figure followed by "of" (« 37 % des ventes », "17 percent of ferries")."""
    return _patterns()["percent_of"]


@stored
def generic_of() -> frozenset[str]:
    """Nouns of a share that name no measure ("of the total", « de l'ensemble »), folded."""
    return frozenset(words("measures", "generic_nouns"))


@stored
def _not_names() -> frozenset[str]:
    return frozenset(words("stopwords", "not_names"))


def bare_count(q: Quantity, window: str, index: FactIndex) -> bool:
    """A figure without a noun ("net migration fell to 298,000") is compared only when it is written in
    digits or with a word of scale ("a million"), is not small, and its clause names a fact's term ("net migration")."""
    if not written_as_figure(q) or (q.value or 0) < 100:
        return False
    return any(k.startswith("t:") and len(index.postings.get(k, ())) > 0 for k in index.text_keys(window))


def subject_count(claim: Claim, q: Quantity, window: str, index: FactIndex) -> bool:
    """A bare figure whose own clause names no fact's term, closing a claim whose opening names one: the level
    the claim's subject reached ("serious injuries held steady, at nearly 16,000", « les cambriolages de commerces,
    au nombre de 4 300 »)."""
    text = claim.focus or claim.text
    start = window_start(claim, q)
    return start > 0 and not bare_count(q, window, index) and bare_count(q, text[:start], index)


def gapped_count(claim: Claim, q: Quantity, index: FactIndex) -> bool:
    """A bare figure whose noun an earlier bare figure of the claim names ("men accounted for 3,645 of the deaths
    and women for 1,803"): it counts the same thing."""
    return q.unit is None and any(p.unit is None and p.start < q.start and bare_count(p, figure_window(claim, p), index)
                                  and bare_count(q, figure_window(claim, p), index) for p in claim.quantities)


def significant_digits(q: Quantity) -> int:
    return written_digits(q.text)


def precise(q: Quantity) -> bool:
    """A figure written with three significant digits or more ("29.2 %", "684 200"): precise enough that a fact
    giving exactly it is strong evidence of which fact the article means."""
    return significant_digits(q) >= 3 and any(ch.isdigit() for ch in q.text)


def gives_exactly(q: Quantity, fact: Fact) -> bool:
    """Whether a fact gives exactly a precise figure, a figure of its own and no bound ("up to 39 million" is not
    33.5 million given): a fact of the claim's own period, place or party that does is no sign of another's
    (``scope._figure_of_another``: "about 412,000" of 2023 is not 2022's "about 415,000")."""
    fq = fact.quantity
    return precise(q) and fq is not None and fq.bound not in ("at-least", "at-most") and fq.min is None \
        and compare_quantity(replace(q, approximate=False), fq) == ("supports", "")


def names_as_much(subject: set[str], first: set[str], keys: set[str]) -> bool:
    """Whether a fact's ``keys`` name every key of what the figure measures (``subject``) that the first fact names
    (``first``), a word it lacks only when it names that word's concept: "Deaths … 412,000" against "412,000 people
    died", when the first writes "deaths" beside another figure; not "local applicants" against all applicants."""
    shared = {k[2:] for k in first & keys if k.startswith("c:")}
    return all(k in keys or k[:2] in ("w:", "t:") and k[2:] in shared for k in subject & first)


def figure_expected(claim: Claim, q: Quantity, window: str) -> bool:
    """Whether a figure is what someone expected or aims at (``is_expectation`` of its clause, ``window``), not
    when a verb of waiting comes right after it: the figure is its subject, it counts who waits (« 820 000 foyers
    attendaient encore le courant »), which happened."""
    if not is_expectation(window):
        return claim.checkable and guided(window)
    end = q.end - claim.start - window_start(claim, q)
    stop = waiting_after(window, end) if 0 < end <= len(window) else None
    return stop is None or is_expectation(window[:end] + " " * (stop - end) + window[stop:])


def guided(window: str) -> bool:
    """Whether a checkable claim's clause gives its figure under a modal of guidance (``guidance_modals``: « La marge
    devrait s'établir à 12 % », "margins should reach 12 %"): checkable only as the guidance a party published, its
    figure is what that party expects, and is met by expectations and targets, never by what happened."""
    return bool(word_pattern("claims", r"(?<!\w)(?:{guidance_modals})(?!\w)").search(fold(window)))


def fact_expected(fact: Fact, index: FactIndex) -> bool:
    """Whether the fact's figure is what someone expected or aims at (read in the clause of its sentence that
    writes it: "rents rose 2.1 % in 2024; the rise is to be capped by March" is a measured 2.1 %); read once per
    fact of the index and kept on it (asked per claim, figure and candidate; dropped when the index is saved)."""
    i = index.position.get(id(fact))
    if i is None or index.facts[i] is not fact:
        return _expected(fact, index)
    memo = index.__dict__.get("_expected")
    if memo is None:
        memo = index.__dict__["_expected"] = {}
    found = memo.get(i)
    if found is None:
        found = memo[i] = _expected(fact, index)
    return found


def _expected(fact: Fact, index: FactIndex) -> bool:
    stated = stated_figure(fact, index)
    text = fact.statement or ""
    if stated is None:
        return is_expectation(text)
    return is_expectation(clause_around(text, stated.start, stated.end)) or in_expectation_list(text, stated.start)


_NAME_WORD = compiled(r"[^\W\d_][\w&'-]*")
_CAPITALISED_NEXT = compiled(r"\s+([A-ZÀ-Ý][\w'-]*)")
_ELIDED = compiled(r"[ldLD]['’](?=[A-ZÀ-Ý])")
_ELIDED_BEFORE_LOWER = compiled(r"[LD]['’](?=[a-zß-ÿ])")     # (an elided article before a common noun)


# complexity: one pass over the words; each test that makes a capitalised word no name to check (first word, after a
# full stop, an entity's, a month, an acronym) is one line
def proper_names_in(claim: Claim, span: Optional[tuple[int, int]] = None,
                    index: Optional[FactIndex] = None) -> list[str]:
    """Proper names in the claim (or in ``span`` of it) that no entity of the source lists covers
    ("Lisbon", "Port-Lenoir", "KN-23"). A capitalised first word is a name when a capitalised word follows it
    ("Berkeley Earth, …") or, given ``index``, when neither the source list nor the claim ever writes it in lower
    case ("Melun a recueilli 995 mm", "Canada, by contrast, …"; not "Growth", "Revenue"), and always in an item of a
    list, which opens no sentence ("such as Velmor have raised prices"); a number word opening it is its figure."""
    covered = [(m.start - claim.start, m.end - claim.start) for m in claim.mentions]
    covered += [h.span() for h in _patterns()["holidays"].finditer(claim.text)]    # (a day of the year says when)
    covered += [(x.start - claim.start, x.end - claim.start) for x in claim.quantities if x.start >= claim.start]
    out = []
    lo, hi = span or (0, len(claim.text))
    for m in _NAME_WORD.finditer(claim.text):
        if m.start() >= hi:
            break                      # (the words come in order: none after is in the span)
        if m.start() < lo:
            continue
        w, at = bare_name(m.group(0)), m.start()
        elided = _ELIDED.match(w)
        if elided and (index is None or list_writes(w[elided.end():], index) or list_writes_place(w[elided.end():], index)):
            # « de l'Île-de-France », when the list writes the name (without the list, « la commune de Vallorn »: a
            # name a fact must write to confirm the claim's words)
            w, at = w[elided.end():], at + elided.end()
        elif _ELIDED_BEFORE_LOWER.match(w):
            continue                   # (« L'activité Delta »: the capital is the article's, opening the sentence)
        coded = coded_name(w)
        if not w[:1].isupper() or len(w) < 3 and not coded:
            continue
        before = claim.text[:m.start()].rstrip()
        first = m.start() == 0 and claim.role != "item" or before.endswith((".", ":", "«", "\"", "“", "!", "?", "•", "-")) and not before.endswith(" -")
        if first and not _opens_name(claim.text, m, index, covered):
            continue
        if any(a <= at < b for a, b in covered):
            continue
        f = fold(w)
        if f in _not_names() or describes_noun(f, claim.text, m.end()) or _patterns()["months_days"].match(f) \
                or w.isupper() and len(w) <= 3 and not coded:
            continue
        out.append(f)
    return out


def _opens_name(text: str, m: re.Match, index: Optional[FactIndex], covered: list = ()) -> bool:
    """Whether a capitalised word opening a sentence is a name: a capitalised word follows it at the claim's
    start (not a name the list declares, which the word before describes: "Runner-up Korvald", "Mayor Varga"),
    or (given the index) it is a content word the sources and the claim never write in lower case (its possessive
    ending aside: "Infrastructure's order book")."""
    w = bare_name(m.group(0))
    if not content_stems(w):
        return False
    nxt = _CAPITALISED_NEXT.match(text, m.end())
    if m.start() == 0 and nxt and not _patterns()["months_days"].match(fold(nxt.group(1))) \
            and not any(a <= nxt.start(1) < b for a, b in covered):
        return True
    return index is not None and never_lower_case(w, text, index)


@once_per_fact
def stated_figure(fact: Fact, index: FactIndex) -> Optional[Quantity]:
    """The figure of the fact's sentence that is its declared quantity (the same size, whatever the sign: "fell
    4.9 %" for -4.9), else the one that writes it rounded (« 482,4 millions » for 482 370 000), with its offsets in
    the statement; None when the sentence does not write it. Read once per fact (``once_per_fact``)."""
    fq = fact.quantity
    if fq is None or fq.value is None:
        return None
    written = [x for x in index.reading(fact).quantities if x.start >= 0 and x.value is not None]
    return next((x for x in written if abs(abs(x.value) - abs(fq.value)) < 1e-9), None) \
        or next((x for x in written if abs(abs(x.value) - abs(fq.value)) <= written_precision(x, x.value)), None)


def units_fit(q: Quantity, fact: Fact, index: FactIndex, claim: Optional[Claim] = None) -> Optional[str]:
    """``units_comparable`` of the claim's figure and the fact's, with the noun the fact's sentence writes
    after its figure: a fact read like a claim ("684 200 candidats avaient été admis", declared in people; "0.15
    percentage points lower", declared in percent, is in points); with
    the claim, a price and a rate of the same currency compare when the side without the rate names its unit
    elsewhere (« le litre de gazole … 1,64 euro » against 1.64 EUR per litre)."""
    stated = stated_figure(fact, index)
    why = units_comparable(q, fact.quantity, fact, stated.unit if stated is not None else None)
    if why == "unit" and claim is not None and (_rate_named(q, fact, claim, index) or stated is not None and rate_only_listed(q, fact, stated)):
        return None                       # (a rate named on one side, or only the list's label: « 0,42 euro »)
    if why == "unit" and stated is not None and unit_class(q.unit) == "points" == unit_class(stated.unit):
        return None                       # (a change of a rate the list declares in percent, its sentence in points)
    return why


def _rate_named(q: Quantity, fact: Fact, claim: Claim, index: FactIndex) -> bool:
    cu, fu = unit_class(q.unit) or "", unit_class(fact.quantity.unit) or ""
    if cu in ("count", "times") and fu.startswith("count per "):
        return _count_rate_named(q, fact.quantity.unit, claim, events=cu == "times")
    if not (cu.startswith("money:") and fu.startswith("money:")):
        return False
    (ch, _, ct), (fh, _, ft) = cu.partition(" per "), fu.partition(" per ")
    if ch != fh or bool(ct) == bool(ft):
        return False
    # (the claim's own words, and those of what its anaphora points back to: "€1.74 a litre. That was 9 cents below …")
    said = claim.text + " " + (claim.antecedent.text if claim.antecedent is not None else "")
    from .contrasts import implied_member_rate      # (contrasts reads the judge's helpers)
    if _tail_named(q, fact, said, ft, ct) or ft and implied_member_rate(claim, q, fact, ft, index):
        return True             # (or a noun paid per unit says it: "a final dividend of 8.4p" is per share)
    # (or the price the article gives exactly without its denominator: "prices 12 cents lower" for 11.8 cents
    # per litre, « deux acomptes de 0,45 euro » for 0.45 euro per share; a differing figure stays unread)
    # (its size: "lower", "cheaper" say the sign, judged apart)
    fq = fact.quantity
    size = size_of(fq)
    return bool(ft) and compare_quantity(replace(q, unit=fq.unit), size)[0] == "supports"


def _count_rate_named(q: Quantity, rate: str, claim: Claim, events: bool = False) -> bool:
    """A count read without its rate ("1.06 deaths" of "1.06 deaths per 100 million vehicle miles") against a fact's
    rate of that noun, when the claim writes the rate's whole tail ("100 million vehicle miles", « milliard
    d'heures »): the same rate. ``events``: a number of times, whose noun a verb of the claim writes ("each
    outlet leaked 12.4 times" for 12.4 leaks per outlet)."""
    parts = rate_parts(rate)
    if parts is None:
        return False
    if events:
        head = next(iter(content_stems(parts[0])), "")
        if len(head) < 4 or not any(w.startswith(head) for w in content_stems(claim.text)):
            return False
    elif units_comparable(q, Quantity(value=None, unit=parts[0])) is not None:
        return False
    text, tail = fold(claim.text), fold(parts[1])
    return tail in text or tail.replace(" ", "") in text.replace(" ", "").replace(",", "")


_WORDS = compiled(r"[^\W\d_]{2,}")


@stored
def _per_phrase():
    """A "per" word or article and the noun after it ("per share", "a share", « par action », « le litre »), folded:
    a fact declared as a total gives a claim's rate only where its sentence writes the rate itself ("a dividend of
    €0.60 per share" declared in euros, « le dividende par action »), not the rate's noun alone ("bought back €290m of
    its own shares" is no price per share)."""
    return word_pattern("measures", r"(?<!\w)(?:{per_words}|{per_articles})\s+([^\W\d_]{2,})")


def _tail_named(q: Quantity, fact: Fact, said: str, ft: str, ct: str) -> bool:
    """Whether the side without the rate names its noun: the claim (``said``) the fact's rate's (``ft``), or the fact
    the claim's (``ct``) — a total that differs giving the claim's rate only where it writes the rate itself: "€290m
    of its own shares" is no dividend of €0.60 per share; « une aide de 30 000 dirhams aux ménages » is 30 000
    dirhams per household."""
    tail, text = (ft, said) if ft else (ct, fact.statement)
    if not any(per_tail(w) == tail for w in _WORDS.findall(text)):
        return False
    return bool(ft) or _writes_the_rate(fact, ct) \
        or compare_quantity(replace(q, unit=fact.quantity.unit), fact.quantity)[0] == "supports"


def _writes_the_rate(fact: Fact, tail: str) -> bool:
    """Whether a fact's sentence writes a rate of ``tail`` (``per_tail``): its noun after a "per" word or article
    (``_per_phrase``), or an adjective of rate, "monthly purchases", « versement mensuel » (``per_adjectives``)."""
    text = fold(fact.statement or "")
    adjectives = word_table("numbers", "per_adjectives")
    return any(per_tail(m.group(1)) == tail for m in _per_phrase().finditer(text)) \
        or any(w in adjectives and per_tail(w) == tail for w in _WORDS.findall(text))


def rank(q: Quantity, claim: Claim, window: str, cands: list[Candidate], index: FactIndex) -> list[tuple[float, Candidate]]:
    """Candidates re-scored for one quantity: the words of its own clause count most, the rest of the claim less, and a
    share/change sense must fit the fact ("grew by 24 %" is a change, not a share); none, its clause unread, for none."""
    if not cands:
        return []                      # (an exact short cut: ~3,000 asks a MB of prose have nothing left to rank)
    local_keys, sense = index.text_keys(window), figure_sense(claim, q, window)
    out = []
    for c in cands:
        keys = index.fact_keys(c.fact)
        local = sum(index.key_weight(k) for k in sorted(local_keys & keys))   # (sorted: the same sum whatever the hash seed)
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


def clause_fits(window: str, fact: Fact, fq: Quantity, index: FactIndex, same_kind: bool = False) -> bool:
    """Whether the words around a figure in a fact's sentence are the claim's words around its figure at
    least as much as those around the fact's other figures: "gas 4.4 %" fits "… petrol 1.7 % and gas
    4.4 %", but "60 % on coursework" does not fit "40 % coursework and 60 % exams" (the shares are
    swapped); ``same_kind``: only the figures in a unit of its kind compete (a count and a change are not
    swapped)."""
    text = fact.statement or ""
    # (a duration qualifies the figure beside it, "in the 12 months to April": it is no neighbour)
    figures = sorted((o.start, o.end) for o in index.reading(fact).quantities if o.start >= 0
                     and (o.start == fq.start or not is_duration(o.unit))
                     and (not same_kind or o.start == fq.start or unit_class(o.unit) == unit_class(fq.unit)))
    if len(figures) < 2:
        return True
    want, at = set(content_stems(window)), next((i for i, (st, _) in enumerate(figures) if st == fq.start), None)
    # (a figure's words read two ways: all those between its neighbours, or its own clause's, the words a clause break
    # after the figure before it leaves to that one: "…, and the store network for 33%" — either may single it out)
    for words_of in (between_neighbours, own_clause):
        scores = [len(want & set(content_stems(words_of(text, figures, i)))) for i in range(len(figures))]
        if (0 if at is None else scores[at]) >= max(scores):
            return True
    return False


def rank_all(q: Quantity, claim: Claim, window: str, cands: list[Candidate], index: FactIndex) -> list[Candidate]:
    return [c for _, c in rank(q, claim, window, cands, index)]


def fact_parties(fact: Fact, index: FactIndex) -> set[str]:
    return {e for e in (fact.subject, fact.object) if e} | {k[2:] for k in index.fact_keys(fact) if k.startswith("e:")}
