"""Rule ``negation``: a denial ("never", "no", « jamais », « aucun ») against a fact that records what
is denied, and a true negation against a fact that says it did not happen.

- supported: "Prices did not fall" / « Les prix n'ont pas baissé » against a fact that they rose.
- contradicted: "The ONS said there had been no error" / « Kim Jong Un n'a jamais soutenu la Russie » against
  a fact recording the error, the support.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...compare import fmt_quantity
from ...detect.negation import below_record, ne_denials, verb_denial
from ...match import Candidate, FactIndex, unit_class
from ...model import Claim, Fact
from ...resources import compiled, word_pattern, word_table, words
from ...slots import clause_spans, rank_of, slot_patterns
from ...terms import content_stems, outer_concepts_in
from ...text import fold, fold_same_length, words_of
from ..topicality import FRAME_CONCEPTS, GENERIC_CONCEPTS, is_topical, substantive
from ..figuresense import is_change_fact
from ..periods import time_ok
from ..likedenial import denies_the_like, writes_a_first
from ..denialyear import denials_of_other_years, of_the_framing_year
from ..sincerecord import dated_after, since_record, since_year, unbounded_against_since
from ..findings import Finding, year_of
from .derived import same_topic
from ...tablestore import stored

RULE_ID = "negation"


def _direction(fact: Fact, concepts: set[str], index: Optional[FactIndex] = None) -> Optional[str]:
    """The change a fact records: increase, decrease or unchanged (from its figure's sign, else its words).
    A level ("coverage was 57.1 %") records no change by itself."""
    q = fact.quantity
    change = is_change_fact(fact, index) if index is not None else q is not None and q.unit == "percent"
    if q and (q.unit in ("percentage points", "points") or change) and q.value is not None and q.min is None:
        return "increase" if q.value > 0 else "decrease" if q.value < 0 else "unchanged"
    if "unchanged" in concepts or (q and q.value == 0):
        return "unchanged"
    hits = concepts & {"increase", "decrease"}
    return hits.pop() if len(hits) == 1 else None


def rule_negation(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """"did not grow", "n'augmentera pas" against the change the source records; "never", "jamais",
    "aucun" against a dated event the source records (or a negative fact that confirms it)."""
    # "never topped 60 %" is a bound in the negation's clause, judged with the figure (a bound in a clause of its own,
    # « n'ont pas progressé, restant sous les 11,8 milliards », leaves the denial of the verb before it to this rule)
    if not claim.negated or any(q.bound == "at-most" and q.text.strip() in _negation_scope(claim) for q in claim.quantities):
        return []
    claim_change = _denied_direction(claim)
    topical = [c for c in cands if is_topical(c)]
    if claim_change:
        return _denied_change(claim, next(iter(claim_change)), topical, index)
    return _denied_event(claim, topical, index)


def _denied_change(claim: Claim, denied: str, topical: list[Candidate], index: FactIndex) -> list[Finding]:
    """"did not grow" against the first topical fact of the claim's period that gives a direction (or says
    so too), else against two levels of the same figure."""
    for c in topical:
        if _negated_text(c.fact.statement, _negation_scope(claim)) and denied in index.fact_concepts(c.fact) \
                and substantive(c):
            return [Finding("supports", "negation", c.fact, "the source says so too")]   # "did not reduce deaths"
        direction = _direction(c.fact, index.fact_concepts(c.fact), index)
        if direction is None or not time_ok(claim, c.fact):
            continue
        if direction == denied:
            return [Finding("contradicts", "negation", c.fact,
                            f"the article says there was no {denied}; the source records one: {c.fact.statement}")]
        return [Finding("supports", "negation", c.fact, f"the source records no {denied}: {c.fact.statement}")]
    return _level_change(claim, denied, topical, index)


# complexity: one pass over the topical facts; a record "not since" a year, a negative fact and a dated one each decide
def _denied_event(claim: Claim, topical: list[Candidate], index: FactIndex) -> list[Finding]:
    """"never", "jamais", "aucun" against a topical fact about what the negation denies: a negative fact
    confirms it, a dated one refutes it."""
    denied_text, said = _negation_scope(claim), tuple(m.text for m in claim.mentions)
    scope = index.text_keys(_without_time_bound(claim, denied_text))
    named = {m.entity for m in claim.mentions}
    since = since_year(claim.focus or claim.text)
    for c in topical:
        f = c.fact
        # a common verb ("support", "pay") says what is denied when the fact is between the parties the claim
        # names ("Kim n'a jamais soutenu la Russie" against Kim's pledge to back Russia)
        between = bool(f.subject and f.object and {f.subject, f.object} <= named)
        # (nor a concept that only frames a figure, "part", « la part », against a fact's "per share")
        denied = _keys_denied(scope & index.fact_keys(f), between) or _beaten(claim, f)
        if not denied:
            continue                  # the fact is about another part of the sentence ("since it was founded")
        if since is not None:
            # "not seen since 2003", « n'avaient plus atteint ce niveau depuis 2011 »: the record itself ("the
            # highest since 2003"), judged by a fact that ranks the same thing; other facts only by an event after
            if rank_of(f.statement) is not None or not dated_after(f, since):
                found = since_record(claim, since, c)
                if found:
                    return found
                continue
        rest = denials_of_other_years(claim, f.statement, index.reading(f).language, _denial_at)
        if rest is not None and not _keys_denied(scope & index.text_keys(rest), between):
            continue                  # (all it denies is of another year: « après n'en avoir versé aucun au titre de 2023 »)
        if _affirmed_beside_denial(claim, f.statement):
            return [Finding("contradicts", "negation", f, f"the article denies it; the source denies something else "
                                                          f"and says it happened: {f.statement}")]
        if rest is None and _negated_text(f.statement, denied_text, said):
            if not _negated_text(f.statement, denied_text, said, _party_words(claim, index)):
                continue              # (it denies the party itself, « Sans sa filiale X, … », not what the claim denies)
            return [unbounded_against_since(claim, f) or Finding("supports", "negation", f, "the source says so too")]
        if denies_the_like((denied_text, _plain_scope(claim))):      # (« jamais … une telle opération »: a first)
            if writes_a_first(f.statement):
                return [Finding("supports", "negation", f, f"a first, as the source says: {f.statement}")]
            continue                  # (the event recorded is the one the article calls a first: no refutation)
        dated = f.as_of or re.search(r"\b(1[89]|20)\d\d\b", f.statement) or (f.quantity and f.quantity.unit == "year")
        if dated and _within_denied_time(claim, f):
            return [Finding("contradicts", "negation", f,
                            f"the article says it never/did not happen; the source records it"
                            f"{' (' + f.as_of + ')' if f.as_of else ''}: {f.statement}")]
    return []


def _keys_denied(keys: set, between: bool) -> set:
    """The keys of what the claim denies that a fact writes: words and concepts, not a generic concept unless the fact
    is between the parties the claim names, nor a concept that only frames a figure."""
    return {k for k in keys if k[0] in "tc" and (between or k[2:] not in GENERIC_CONCEPTS)
            and not (k[0] == "c" and k[2:] in FRAME_CONCEPTS)}


def _denial_at(folded: str) -> Optional[int]:
    """Where a folded clause first denies, by a denial word or a French denial with its particle; None."""
    return min((m.start() for m in [*_patterns()["denial"].finditer(folded), *ne_denials(folded)]), default=None)


def _affirmed_beside_denial(claim: Claim, statement: str) -> bool:
    """Whether a source's sentence that denies something affirms, in a clause of its own, what the claim denies
    ("None of the crates was left on the quay" against "Two crates were not loaded and stayed on the quay", « Aucune
    caisse n'est restée sur le quai » against « deux caisses n'ont pas été chargées et sont restées sur le quai »):
    the denied predicate (the claim's words after the negation, and after its auxiliary when it has one), its first
    word (its verb: "has never been closed" against "was not sold and was closed in 2019") or two of its words
    written in a clause without a denial coordinated with the denial's ("and", « et »), and none anywhere else in
    the sentence."""
    folded = fold_same_length(statement)
    denials = [m.start() for m in _patterns()["denial"].finditer(folded)] + [m.start() for m in ne_denials(folded)]
    if not denials:
        return False
    predicate = content_stems(_denied_predicate(claim))
    wanted = set(predicate)
    if not wanted:
        return False
    denied, affirmed = set(), set()
    for part in re.finditer(r"[^,;:()]+", folded):        # (a denial's own stretch, and what it coordinates)
        bounds = [part.start()] + [m.end() for m in _patterns()["coordinated"].finditer(folded, *part.span())] \
            + [part.end()]
        if len(bounds) == 2 or not any(part.start() <= d < part.end() for d in denials):
            denied.update(set(content_stems(statement[part.start():part.end()])) & wanted)
            continue
        for lo, hi in zip(bounds, bounds[1:]):
            own = [d for d in denials if lo <= d < hi]     # (a denial's words are those after it, not its subject's)
            (denied if own else affirmed).update(set(content_stems(statement[min(own, default=lo):hi])) & wanted)
    return not denied and (len(affirmed) >= 2 or predicate[0] in affirmed)


def _denied_predicate(claim: Claim) -> str:
    """What a negated claim says did not happen, without the subject a negation word opens ("None of the crates was
    left on the quay": "left on the quay"): its scope after the negation word, and after its first auxiliary."""
    scope = _negation_scope(claim)
    folded = fold_same_length(scope)
    m = _patterns()["negation_word"].match(folded)
    start = m.end() if m else 0
    aux = _patterns()["auxiliary"].search(folded, start)
    return scope[aux.end() if aux else start:]


def _within_denied_time(claim: Claim, f: Fact) -> bool:
    """Whether a fact's event falls in the time a denial covers: "before 2024 it had never …" is not refuted by
    an event of 2024 or later, « jusqu'en 2023, jamais … » by one of 2024."""
    # ("until" keeps its year: « sur la période 2019-2023 » covers 2023)
    # (a denial on a day or month, « le Smic n'ayant pas bougé au 1er janvier 2025 », is not refuted by an event of another
    # year; a bare year may be a reference, « retrouvé son niveau de 2019 », unless it sets the clause: ``denialyear``)
    # (the dates of what the denial is about, "the high set in July 2023 was never beaten during 2024", are not its time)
    scope = _negation_scope(claim)
    ends = _denied_until(claim, scope)
    dates = [d for d in claim.dates if d.text and d.text in scope] or claim.dates
    at = {d.year for d in dates if d.relation == "at" and d.year and d.month}
    year = year_of(f.as_of)
    return year is None or (not ends or year <= min(ends)) and (not at or year in at) and of_the_framing_year(claim, scope, f, year)


def _denied_until(claim: Claim, scope: str) -> list[int]:
    """The last years a denial covers: its dates "before" (the year before) or "until"; and a date its own words open
    with "before" or "until" a few words ahead, « n'est pas attendue avant le deuxième trimestre 2025 », "not expected
    before the second half of 2025": the time is denied, not the event, which the source may date then or later
    (« au plus tôt au deuxième trimestre 2025 »)."""
    ends = [d.year - (d.relation == "before") for d in claim.dates if d.relation in ("before", "until") and d.year]
    return ends + [d.year - (rel == "before") for d in claim.dates if d.year and d.text and d.relation == "at"
                   for rel in [_time_bound_before(scope, d.text)] if rel]


def _without_time_bound(claim: Claim, scope: str) -> str:
    """The denial's words less the time it bounds (« avant le deuxième trimestre 2025 »): what is denied is the event,
    which a fact of another event in that quarter does not record."""
    for d in claim.dates:
        at = scope.find(d.text) if d.text else -1
        if at >= 0 and _time_bound_before(scope, d.text):
            m = _patterns()["time_bound"].search(fold_same_length(scope[:at]))
            scope = scope[:m.start(1)] + " " + scope[at + len(d.text):]
    return scope


def _time_bound_before(scope: str, date_text: str) -> Optional[str]:
    """"before" or "until" when the denial's ``scope`` writes, at most four words ahead of the date, a preposition
    of ``date_prepositions`` (``numbers.yaml``) that gives that relation; None otherwise."""
    at = scope.find(date_text)
    if at < 0:
        return None
    m = _patterns()["time_bound"].search(fold_same_length(scope[:at]))
    return _time_bounds().get(fold(m.group(1))) if m else None


@stored
def _time_bounds() -> dict[str, str]:
    """The date prepositions of both languages that bound a time from above, folded, to their relation."""
    return {fold(k): v for k, v in word_table("numbers", "date_prepositions").items() if v in ("before", "until")}


def _beaten(claim: Claim, f: Fact) -> set[str]:
    """What a denial of a beating denies ("the high of July 2023 was never surpassed", « n'a jamais été battu »)
    when a fact records a beating (``beaten_by_verbs`` of ``slots.yaml``: "beating the record of July 2023") of
    the thing the claim names before its negation (a word in common, names and dates aside): the beating, as a key."""
    beat = slot_patterns()["beat"]
    text = claim.focus or claim.text
    m = _patterns()["negation_word"].search(fold_same_length(text))
    if beat is None or m is None or not beat.search(fold(_negation_scope(claim))) or not beat.search(fold(f.statement)):
        return set()
    before = text[:m.start()]
    for d in claim.dates:
        before = before.replace(d.text, " ") if d.text else before
    thing = set(content_stems(" ".join(w for w in before.split() if not w[:1].isupper())))
    return {"t:beaten"} if thing & set(content_stems(f.statement)) else set()


@stored
def _patterns() -> dict[str, re.Pattern]:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {"negation_word": c(r"(?<!\w)(?:{scope_negators})(?!\w)"),
            "scope_end": c(r"[,;:(]|\s(?:{negation_scope_ends})\b"),
            "denial": c(r"(?<!\w)({denial_words})(?!\w)"),
            "scoped_denial": c(r"(?<!\w)({scoped_denial_words})(?!\w)"),
            "clause_end": re.compile(r"[;:(]|,(?!\d)"),
            "coordinated": c(r"\s(?:{denial_coordinators})\s"),
            "auxiliary": compiled(r"(?<!\w)(?:%s)(?!\w)" % "|".join(
                re.escape(fold(w)) for w in sorted(words("claims", "passive_auxiliaries"), key=len, reverse=True))),
            "record_comparative": c(r"(?<!\w)(?:{record_comparatives})(?!\w)"),
            "time_bound": compiled(r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _time_bounds()), key=len, reverse=True))
                                   + r")(?:\s+\S+){0,4}\s*$")}


def _denied_direction(claim: Claim) -> set[str]:
    """The change the negation denies, read in the first words it governs ("did not fall", « n'a pas
    augmenté », "ne sont pas en hausse") — not a change word further on ("never let prisoners out early to free
    up cells" denies a release, not an increase)."""
    text = claim.focus or claim.text
    m = _patterns()["negation_word"].search(fold_same_length(text))
    if not m:      # ("rose 3 % rather than falling", « plutôt que de baisser »: the way of the verb it denies; a figure
        # kept below a record, « resté sous son record, en hausse », denies no change)
        ways = {"increase", "decrease"}
        denied = set(outer_concepts_in(" ".join(_negation_scope(claim).split()[:5]))) & ways \
            if verb_denial(fold_same_length(text)) is not None else set()
        return denied or (set() if below_record(fold(text)) else set(claim.concepts) & ways)
    before = text[:m.start()].split()[-2:]          # « n'augmenteront pas »: the French verb comes first
    near = " ".join(before + _negation_scope(claim).split()[:5])
    if _patterns()["record_comparative"].search(fold(" ".join(before + _negation_scope(claim).split()[:8]))):
        return set()        # (« n'était jamais montée aussi haut », "had never risen as high": a record, no change denied)
    return set(outer_concepts_in(near)) & set(claim.concepts) & {"increase", "decrease"}


def _plain_scope(claim: Claim) -> str:
    """The words from the claim's negation word to the end of its clause ("" without one)."""
    text = claim.focus or claim.text
    m = _patterns()["negation_word"].search(fold_same_length(text))
    end = _patterns()["scope_end"].search(fold_same_length(text), m.end()) if m else None
    return text[m.start():end.start() if end else len(text)] if m else ""


def _negation_scope(claim: Claim) -> str:
    """What the negation denies: from the negation word to its clause's end ("never had a strike", not "since 1962")."""
    text = claim.focus or claim.text
    f = fold_same_length(text)
    m = _patterns()["negation_word"].search(f)
    if (below := below_record(f)) is not None:
        return text[below.start(1):below.end(1)]     # (the record a figure stays below is all it denies)
    denied_verb = verb_denial(f)
    if denied_verb is not None and (m is None or denied_verb.start() < m.start()):
        end = _patterns()["scope_end"].search(f, denied_verb.end())   # "without breaking the record": what follows
        return text[denied_verb.start(1):end.start() if end else len(text)]
    if not m:
        return text
    end = _patterns()["scope_end"].search(f, m.end())
    scope = text[m.start():end.start() if end else len(text)]
    if end is not None and not set(content_stems(scope)) - set(content_stems(m.group(0))) \
            and not _patterns()["record_comparative"].search(f, m.end()):
        # a fronted negation, its scope cut right after it (« Jamais depuis 1980 la France n'a été importatrice »,
        # "Never since 1980 has France been a net importer"): what it denies is the rest of the clause (not a
        # record, « jamais … autant de morts », which a dated event does not refute), without the parties it names
        # (the subject, which every fact of that party shares)
        rest = _patterns()["clause_end"].search(f, end.end())
        scope = text[end.start():rest.start() if rest else len(text)]
        for mention in claim.mentions:
            scope = scope.replace(mention.text, " ")
    return scope


def _level_change(claim: Claim, denied: str, topical: list[Candidate], index: FactIndex) -> list[Finding]:
    """"n'a pas reculé" against two levels of the same figure in two years (58.4 % then 57.1 %)."""
    levels = [c for c in topical if c.fact.quantity and c.fact.quantity.value is not None and year_of(c.fact.as_of)
              and not is_change_fact(c.fact, index) and substantive(c)]
    for new in sorted(levels, key=lambda c: -year_of(c.fact.as_of)):
        older = [c for c in levels if unit_class(c.fact.quantity.unit) == unit_class(new.fact.quantity.unit)
                 and year_of(c.fact.as_of) < year_of(new.fact.as_of) and same_topic(c, new, index)]
        if older:
            old = max(older, key=lambda c: year_of(c.fact.as_of))
            a, b = old.fact.quantity.value, new.fact.quantity.value
            went = "increase" if b > a else "decrease" if b < a else "unchanged"
            msg = f"the source gives {fmt_quantity(old.fact.quantity)} ({old.fact.as_of}) then {fmt_quantity(new.fact.quantity)} " \
                  f"({new.fact.as_of})"
            if went == denied:
                return [Finding("contradicts", "negation", new.fact, f"the article says there was no {denied}; {msg}")]
            return [Finding("supports", "negation", new.fact, f"no {denied}: {msg}")]
    return []


def _denies_in_its_clause(folded: str, wanted: set) -> bool:
    """Whether a sentence's denial is in a clause that writes a word of what the claim denies (``wanted``), or the
    sentence has one clause: « X a retiré ses objectifs, estimant que les conditions ne sont plus réunies » denies
    the conditions, not that the targets were touched."""
    clauses = [folded[a:b] for a, b in clause_spans(folded)]
    return len(clauses) < 2 or any(set(content_stems(c)) & wanted for c in clauses
                                   if _patterns()["denial"].search(c) or ne_denials(c))


def _party_words(claim: Claim, index: FactIndex) -> frozenset[str]:
    """The stems that name the parties the claim names: their listed names, and the word in lower case right before
    each mention (« sa filiale Velmor », "its subsidiary Velmor"): whom a denial is about, not what it denies."""
    text, out = claim.focus or claim.text, set()
    for m in claim.mentions:
        ent = index.catalog.entities.get(m.entity)
        out.update(s for n in (ent.names if ent else [m.text]) for s in content_stems(n))
        out.update(s for w, _, _ in words_of(text[:max(0, m.start - claim.start)])[-1:] if w.islower()
                   for s in content_stems(w))
    return frozenset(out)


def _negated_text(s: str, scope: str = "", named: tuple[str, ...] = (), party: frozenset[str] = frozenset()) -> bool:
    """Whether a source's sentence is a denial too: a denial word in a clause that writes what the claim denies
    (``_denies_in_its_clause``), or a word that denies only what follows
    it ("sans coup de pouce", "without a rise") followed by what the claim denies (``scope``) — not "…, sans en
    préciser le nombre", which denies something else. ``named``: the names of the parties the claim names, whose
    part of a sentence in parts is the one that says what they did; ``party``: the stems of their names
    (``_party_words``), which a denial of the same party that denies another thing shares: what it denies is the rest
    (« Sans sa filiale X, la marge … » denies no write-down on X)."""
    folded = fold(s)
    wanted = set(content_stems(scope))
    wanted = (wanted - party) or wanted
    denials = list(_patterns()["denial"].finditer(folded)) + ne_denials(folded)
    if denials:
        # a statement in parts ("41 M€ of receipts from the festival; none at all for the stadium") denies only in
        # the part with the denial word: it denies what the claim denies if that part is the one closest to it
        parts = folded.split(";")
        if not wanted:
            return True
        wanted -= {k for m in denials for k in content_stems(m.group(0))}
        if len(parts) == 1:
            return _denies_in_its_clause(folded, wanted)
        # (the parts that write a party the claim names, « la France n'a passé aucune commande » against « … par la
        # Serbie (12) ; la France n'en a commandé aucun », when not all of them do: what it denies is said there)
        names = set(content_stems(" ".join(named)))
        own = [p for p in parts if names & set(content_stems(p))]
        parts = own if own and len(own) < len(parts) else parts
        best = max(parts, key=lambda p: len(set(content_stems(p)) & wanted))
        return bool(_patterns()["denial"].search(best))
    renounced = verb_denial(folded)         # (« a renoncé à acquérir X », "walked away from buying X")
    return bool(wanted) and (any(set(content_stems(folded[m.end():m.end() + 40])) & wanted
                                 for m in _patterns()["scoped_denial"].finditer(folded))
                             or renounced is not None and bool(set(content_stems(folded[renounced.start(1):][:40])) & wanted))
