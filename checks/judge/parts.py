"""What a statement's verdict is made of: each claim's parts (a figure, a date, a rank, who acted on whom,
or the clause) confirmed, contradicted or unchecked, and the statement's verdict — supported only when a
part is confirmed, none is contradicted and no figure, date, rank or named party is left unchecked.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..factread import direction_of
from ..match import FactIndex
from ..language import clause_language
from ..placenames import folded_place_id
from ..text import fold
from ..model import CONTRADICTED, MIXED, NOT_CHECKABLE, OUTDATED, SUPPORTED, UNVERIFIED, Claim, ClaimResult, Part
from ..terms import stems_of
from .figures import fact_parties, proper_names_in
from .names import list_writes
from .place import place_name, place_phrases
from .findings import Finding, asserted_figures, year_of, combine, evidence_of, fact_by_id, parties_of_ref, sentence
from .rules.comparison import compared_part
from .rules.dates import stated_dates
from .rules.ranking import rank_words
from .namednumbers import numbers_unsaid
from .runcount import run_parts
from .namedrank import rank_of_a_name
from ..resources import compiled, word_pattern
from ..tablestore import stored

_P_FACT_WAY = compiled(r"([+\-−])\s?\d")
_P_BOUND_IN_WORDS = compiled(r"\d")


def refuted_by(claim: Claim, found: Finding, index: FactIndex) -> ClaimResult:
    """The claim contradicted by one finding, read again after the rules (a gloss's period, a part counted the other
    way, a record the source ranks otherwise): its message, its evidence, its rule, and the parts it decides."""
    return ClaimResult(claim, CONTRADICTED, sentence(found.message), [evidence_of(found, index)], 0.75, [found.rule],
                       parts=claim_parts(claim, [found]))


# complexity: the parts in the order a reader reads them (decided, figures, dates and ranks beside a confirmed part,
# the whole claim): one dict filled in one place
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
    # (a date inside a clause confirmed whole is the date rule's to check: shared words confirm no date)
    # (or the ranking rule's, which compares the year a record reaches back to)
    dated = {p.text for p in parts.values() if p.text != claim.text.strip() or p.rule in ("date", "ranking")}
    # (the date rule's own finding, whose part may share its text with the whole claim another rule confirmed:
    # "by the end of 2026" alone, confirmed by shared words and by the date rule)
    dated |= {f.part or claim.text.strip() for f in findings if f.relation in status and f.rule in ("date", "ranking")}
    for text in [q.text.strip() for q in asserted_figures(claim)] + [compared_part(claim)] + run_parts(claim):
        if text and text not in decided:
            parts.setdefault((text, "unchecked"), Part(text, "unchecked"))
    if any(p.status == "confirmed" for p in parts.values()):
        for d in stated_dates(claim):      # a date beside a confirmed part that no fact gave
            if not any(d.text in t or t in d.text for t in dated) and not _year_before(claim, d, findings):
                parts.setdefault((d.text, "unchecked"), Part(d.text, "unchecked"))
        for f in findings:                  # a rank the confirming fact does not give
            if f.relation == "related" and f.rule == "ranking" and f.part and f.part not in decided \
                    and not rank_of_a_name(claim, f.part):
                parts.setdefault((f.part, "unchecked"), Part(f.part, "unchecked"))
    if not parts:
        text = claim.text.strip()
        parts[(text, "unchecked")] = Part(text, "unchecked")
    return tuple(parts.values())


def _year_before(claim: Claim, d, findings: list[Finding]) -> bool:
    """A change's baseline year ("7 % more than in 2023", « de plus qu'en 2023 ») the year before the one of the fact
    that confirmed the change, a figure in per cent of the claim: a change over a year, as the fact gives it (a
    direction without a figure, "up on 2023", is no change the fact confirmed)."""
    changes = {q.text.strip() for q in claim.quantities if q.unit in ("percent", "points")}
    said = direction_of(claim.focus or claim.text)
    return d.relation == "baseline" and d.year is not None and said is not None and any(
        f.relation == "supports" and f.part in changes and year_of(f.fact.as_of) == d.year + 1
        and _fact_way(f.fact) == said for f in findings)


def _fact_way(fact) -> Optional[str]:
    """The way the fact's sentence gives its change: a signed figure ("(+7 %)", "−3 %"), else its words."""
    text = fact.statement or ""
    signs = {"increase" if m.group(1) == "+" else "decrease" for m in _P_FACT_WAY.finditer(text)}
    return next(iter(signs)) if len(signs) == 1 else None if signs else direction_of(text)


def result_parts(r: ClaimResult) -> tuple[Part, ...]:
    """A result's parts; a result no rule split into parts (an attribution, a claim not checkable) is one part
    with its verdict."""
    if r.parts or r.verdict == NOT_CHECKABLE:
        return r.parts
    status = {SUPPORTED: "confirmed", CONTRADICTED: "contradicted", OUTDATED: "contradicted"}.get(r.verdict, "unchecked")
    rule = r.rules[0] if r.rules and status != "unchecked" else ""
    fact = next((f"{e.source}/{e.fact}" for e in r.evidence if e.relation != "related"), "") if rule else ""
    return (Part(r.claim.text.strip(), status, rule, fact),)


def statement_verdict(results: list[ClaimResult], checkable: bool, index: Optional[FactIndex] = None) -> str:
    if not checkable:
        return NOT_CHECKABLE
    content = [r for r in results if r.claim.checkable and r.claim.role != "attribution-frame"]
    # a right attribution neither makes a wrong figure partly right nor an unverified one supported;
    # a wrong one is an error of its own
    echoes = _echoes(results) + _under_wrong_name(results)
    vs = {r.verdict for r in results if r.claim.checkable and not (
        content and r.claim.role == "attribution-frame" and r.verdict == SUPPORTED) and r not in echoes}
    verdict = combine(_right_beside(vs), CONTRADICTED in vs, OUTDATED in vs, MIXED in vs)
    verdict = _misdated_whole(verdict, [r for r in content if r not in echoes])
    if verdict == SUPPORTED and unchecked_parts(results, index):
        return UNVERIFIED                 # supported only when all of it is: a part nobody checked is no support
    if verdict == SUPPORTED and _left_unchecked(results, content):
        return UNVERIFIED
    return verdict


def _right_beside(vs: set[str]) -> bool:
    """Whether a claim confirmed makes the statement right in part: not beside an outdated one with none wrong (the
    statement then gives an older figure, no error: outdated, not mixed)."""
    return SUPPORTED in vs and (OUTDATED not in vs or CONTRADICTED in vs)


def _left_unchecked(results: list[ClaimResult], content: list[ClaimResult]) -> bool:
    """Whether a claim of a statement otherwise confirmed is left unchecked in a way that keeps it from support: a
    denial (« …, sans atteindre un plus haut historique »: what it denies, nothing checked), or who says it ("Selon
    Météo-France, …": a part the list did not confirm)."""
    return any(r.claim.negated and r.verdict == UNVERIFIED for r in content) \
        or any(r.claim.role == "attribution-frame" and r.claim.checkable and r.verdict == UNVERIFIED for r in results)


def _misdated_whole(verdict: str, content: list[ClaimResult]) -> str:
    """Mixed made contradicted when the statement's figures are right only at another date (``_right_only_at_another_date``)."""
    return CONTRADICTED if verdict == MIXED and _right_only_at_another_date(content) else verdict


def _right_only_at_another_date(content: list[ClaimResult]) -> bool:
    """Whether every part of the statement confirmed is confirmed by a fact that also refutes its date or period:
    "At 9 March, Velmor counted 1,240 cases", « Au 9 mars, Velmor comptait 1 240 foyers », when the source gives
    1,240 for 2 March. A figure is asserted at its date: right only at another one, the one assertion is wrong
    (contradicted), not a right figure beside a wrong date (mixed); a figure another fact confirms, or an event
    the fact's words confirm ("completed the purchase in early 2024"), keeps it mixed."""
    parts = [p for r in content for p in result_parts(r)]
    # (the date a relative clause or gloss gives the report, "published in January 2024", is the document's, not
    # the figure's: checks/judge/published.py)
    misdated = {p.fact for r in content if r.claim.role not in ("relative", "gloss") for p in result_parts(r)
                if p.status == "contradicted" and p.rule in _WHEN_RULES and p.fact}
    confirmed = [p for p in parts if p.status == "confirmed"]
    return bool(misdated and confirmed) and all(p.fact in misdated and p.rule.startswith("quantity") for p in confirmed)


_WHEN_RULES = ("date", "period")     # what refutes when a figure holds: the date rule, the quantity rule's wrong period


def _under_wrong_name(results: list[ClaimResult]) -> list[ClaimResult]:
    """The claims confirmed in a statement whose attribution is wrong: "According to the Velmor Institute, exports
    rose 4 %", « Selon l'Insee, les exportations ont progressé de 4 % », when the source credits the 4 % to
    another body. The statement reports that this party said it; that it did not is the statement's error, and the
    figure being right elsewhere makes the report of who said it no less wrong: contradicted, not mixed (a wrong
    figure beside it keeps its own verdict)."""
    if not any(r.claim.role == "attribution-frame" and r.claim.checkable and r.verdict == CONTRADICTED for r in results):
        return []
    return [r for r in results if r.verdict == SUPPORTED and r.claim.role != "attribution-frame"]


def _echoes(results: list[ClaimResult]) -> list[ClaimResult]:
    """The claims confirmed only by sharing words with a fact that another claim of the statement gets wrong
    ("Service-sector inflation, which leaves out goods and energy, slowed to 4.1 %" when the fact gives 3.9 %): they describe
    what the wrong figure measures, a setting the fact states, not a part the article got right on its own."""
    wrong = {f"{e.source}/{e.fact}" for r in results if r.verdict in (CONTRADICTED, OUTDATED)
             for e in r.evidence if e.relation == "contradicts"}
    # (with the dates the words in common leave to the date rule, checked against the same fact)
    return [r for r in results if r.verdict == SUPPORTED and r.rules and set(r.rules) <= {"terms", "date"} and "terms" in r.rules
            and r.claim.role != "attribution-frame"
            and {f"{e.source}/{e.fact}" for e in r.evidence if e.relation == "supports"} <= wrong and wrong]


# complexity: two passes over the results (what confirmed facts name, then what each claim asserts that stays
# unchecked); the conditions are the kinds of assertion, one line each
def unchecked_parts(results: list[ClaimResult], index: Optional[FactIndex] = None) -> list[Part]:
    """The parts of a statement that no fact checked, in any of its claims, confirmed ones included: its figures
    ("the rate was 4.7 % while 12,000 firms closed"), dates, ranks, a place or party no confirming fact names,
    a number nobody read as a figure; a clause without any of these beside a confirmed one is mostly its
    setting ("Services inflation, closely watched by …")."""
    out = []
    confirmed_parties, confirming, confirming_facts = set(), [], {}
    for r in results:
        for e in r.evidence if index is not None and r.verdict in (SUPPORTED, MIXED) else ():
            fact = fact_by_id(index, e.source, e.fact) if e.relation == "supports" else None
            if fact is not None:
                confirmed_parties |= fact_parties(fact, index)
                confirming.append(fact.statement)
                confirming_facts[(e.source, e.fact)] = fact
    for r in results:
        if not r.claim.checkable or r.claim.role == "attribution-frame":
            continue
        rank = rank_words(r.claim)        # (not one in apposition to a name: it describes the name)
        asserted = {q.text.strip() for q in asserted_figures(r.claim)} | {d.text for d in stated_dates(r.claim)} \
            | {"" if rank_of_a_name(r.claim, rank) else rank, compared_part(r.claim), *run_parts(r.claim)} - {""}
        if r.verdict == UNVERIFIED and (r.claim.role in ("main", "item") or _of_a_thing(r, results)) and \
                ({m.entity for m in r.claim.mentions} - confirmed_parties or _names_unconfirmed(r.claim, confirming)):
            asserted.add(r.claim.text.strip())  # a place or party the statement names that nothing confirmed
        if r.verdict == UNVERIFIED and _year_unlike(r, confirming_facts, index):
            asserted.add(r.claim.text.strip())  # a year the fact that confirmed the rest dates otherwise
        if r.verdict == UNVERIFIED and (numbers_unsaid(r.claim, confirming, names=False) or _bound_in_words(r.claim)):
            asserted.add(r.claim.text.strip())  # a number nobody read as a figure ("more than 90p of every pound")
        out += [p for p in r.parts if p.status == "unchecked" and p.text in asserted]
        if r.verdict == SUPPORTED and r.claim.role in ("main", "item"):
            out += _parties_unconfirmed(r.claim, r.evidence, index)
            out += _named_elsewhere(r.claim, r.evidence, index)
    return out


def _of_a_thing(r: ClaimResult, results: list[ClaimResult]) -> bool:
    """Whether a relative clause is said of a thing, not of a name it describes: the word before its comma is in
    lower case ("refunds, which the group booked at Ostria", « des remboursements, dont Ostria a bénéficié »), not a
    name ("Services, which include the App Store", « la start-up Hydrelis, qui fabrique … »): a party it names is
    then a part of what the statement asserts."""
    if r.claim.role != "relative":
        return False
    main = next((x.claim for x in results if x.claim.role == "main" and x.claim.start <= r.claim.start), None)
    before = main.text[:max(0, r.claim.start - main.start)].rstrip(" ,") if main is not None else ""
    last = before.split()[-1] if before.split() else ""
    return last[:1].islower()


def _bound_in_words(claim: Claim) -> bool:
    """Whether the claim bounds a number it writes in words ("for more than ten years", « depuis plus de dix ans »):
    a figure it asserts all the same, which words in common confirm nothing of."""
    return any(q.bound in ("at-least", "at-most") and q.value is not None and abs(q.value) >= 2
               and not _P_BOUND_IN_WORDS.search(q.text) and q.unit != "year" for q in claim.quantities)


def _year_unlike(r: ClaimResult, confirming: dict, index: Optional[FactIndex]) -> bool:
    """Whether an unverified part writes a year that the fact it was matched with, the one that confirmed another part
    of the statement, dates otherwise in its own sentence ("412 people, mostly teachers, were vaccinated … in
    2023" cut in two, the figure confirmed by the fact "… diagnosed … in 2024"): the year of the figure, not checked."""
    years = {d.year for d in stated_dates(r.claim) if d.year}
    if index is None or not years:
        return False
    for e in r.evidence:
        fact = confirming.get((e.source, e.fact))
        written = {d.year for d in index.reading(fact).dates if d.year} if fact is not None else set()
        if written and not years & written:
            return True
    return False


def _parties_unconfirmed(claim: Claim, results_evidence, index: Optional[FactIndex]) -> list[Part]:
    """The declared parties a confirmed claim names in the place of another its confirming facts name: none of
    them names the claim's party, and one names a party besides its subject that the claim does not ("with Takata
    casting the only dissenting vote" confirmed by the fact on the vote where Nakamura dissented)."""
    if index is None:
        return []
    facts = [f for f in (fact_by_id(index, e.source, e.fact) for e in results_evidence if e.relation == "supports") if f]
    # (who says it, and who gives and who receives: the roles rule's)
    sayers = {claim.attributed_to, claim.authored_by, claim.commissioned_by, claim.roles.giver, claim.roles.receiver} \
        | {s.publisher for s in index.sources.values()}
    named = {m.entity for m in claim.mentions} | set(claim.context_entities)
    confirmed = set().union(*(fact_parties(f, index) for f in facts)) if facts else set()
    unsaid = {e for f in facts for e in fact_parties(f, index) - {f.subject}} - named - sayers
    if unsaid:
        return [Part(m.text, "unchecked") for m in claim.mentions if m.entity not in confirmed | sayers]
    parts = _named_after_whole(claim, facts, named | sayers, confirmed, index) \
        + _in_clause_of_its_own(claim, confirmed | sayers, index)
    return [p for i, p in enumerate(parts) if all(o.text != p.text for o in parts[:i])]


def _named_after_whole(claim: Claim, facts: list, named: set, confirmed: set, index: FactIndex) -> list[Part]:
    """A party the claim gives the figure to, publisher or not, where every confirming fact declares its figure of a
    subject the claim does not name (``named``), named after that party and publishing no source: « les recettes du
    groupe Velmor » against the fact of the platform Velmor+, a part of the group and its own entity."""
    speakers = {claim.attributed_to, claim.authored_by, claim.commissioned_by, claim.roles.giver, claim.roles.receiver}
    if not facts or not all(f.subject and f.subject not in named for f in facts):
        return []
    return [Part(m.text, "unchecked") for m in claim.mentions if m.entity not in confirmed | speakers
            and all(_named_after(f.subject, m.entity, index) for f in facts)]


def _in_clause_of_its_own(claim: Claim, confirmed: set, index: FactIndex) -> list[Part]:
    """A party the list has facts of its own named in a clause after the figures (``in_absolute_clause``) that no
    confirming fact names (``confirmed``: theirs, and who says it)."""
    own = {f.subject for f in index.facts if f.subject}
    return [Part(m.text, "unchecked") for m in claim.mentions if m.entity in own and m.entity not in confirmed
            and in_absolute_clause(claim, m)]


def _named_after(part: str, whole: str, index: FactIndex) -> bool:
    """Whether an entity of the list is named after another, a name of one holding every word of a name of the other
    (Velmor+ and Velmor, Velmor Bank and Velmor): a part of that group, or its product."""
    names = {e: [set(stems_of(n)) for n in index.catalog.entities[e].names] if e in index.catalog.entities else []
             for e in (part, whole)}
    return any(w and w <= p for w in names[whole] for p in names[part])


def in_absolute_clause(claim: Claim, m) -> bool:
    """Whether a party is named in a clause of its own after the claim's figures, opened by a comma and a word of
    accompaniment ("premium rose 3.7 %, with the London Market arm doing most of the growing", « les ventes ont
    progressé de 4 %, avec la division Velmor en tête »; ``absolute_clause_openers`` of ``measures.yaml``): what the
    claim says of that party there, a party the list gives facts of its own, no confirming fact checked."""
    text = claim.text
    at = m.start - claim.start
    figures = [q.end - claim.start for q in claim.quantities if q.end - claim.start <= at]
    if not figures or at > len(text):
        return False
    between = fold(text[max(figures):at])
    return bool(_absolute_openers().search(between))


@stored
def _absolute_openers():
    return word_pattern("measures", r",\s*(?:{absolute_clause_openers})(?!\w)")


def _named_elsewhere(claim: Claim, results_evidence, index: Optional[FactIndex]) -> list[Part]:
    """The places no list declares that a confirmed claim writes after a preposition of place, that the list writes
    in other facts and neither its confirming facts nor their sources' titles do ("sales across the Norvale region
    climbed 15 %" confirmed by the fact on Orlande, while another fact gives the Norvale region's): the figure is read for
    a place the list gives figures of its own for; also one whose confirming fact writes another place after a
    preposition of place and not this one ("the mine in Chile" against "the mine in Mongolia")."""
    if index is None:
        return []
    facts = [f for f in (fact_by_id(index, e.source, e.fact) for e in results_evidence if e.relation == "supports") if f]
    if not facts:
        return []
    said = fold(" ".join([f.statement or "" for f in facts] + [" ".join(f.terms) for f in facts]
                         + [index.sources[f.source].title or "" for f in facts if f.source in index.sources]))
    text = claim.focus or claim.text
    names = [place_name(m.group("place")) for m in place_phrases(text)
             if not any(x.start - claim.start <= m.start("place") < x.end - claim.start for x in claim.mentions)]
    theirs = _places_instead(text, names, facts)
    return [Part(n, "unchecked") for n in names if n and n not in said
            and (theirs and _place_key(n) not in theirs or list_writes(n, index))]


def _places_instead(text: str, names: list, facts: list) -> set:
    """The places the confirming sentences in the claim's language write after a preposition of place, when one of
    them is none the claim names or writes ("the mine in Chile" confirmed by "the mine in Mongolia", « l'usine en Bretagne »
    by « l'usine en Normandie »): the claim's place is then not theirs; empty otherwise. (A sentence in another
    language may write the claim's place under its own name.)"""
    lang, folded = clause_language(text), fold(text)
    written = {place_name(m.group("place")) for f in facts if clause_language(f.statement or "") == lang
               for m in place_phrases(f.statement or "")} - {None}
    mine = {_place_key(n) for n in names}
    return {_place_key(p) for p in written} if any(p not in folded and _place_key(p) not in mine for p in written) \
        else set()


def _place_key(name: Optional[str]) -> Optional[str]:
    """One place however it is written or in whichever language ("UK", "United Kingdom"; « Chine », "China")."""
    return (folded_place_id(name) or name) if name else None


def _names_unconfirmed(claim: Claim, confirming: list[str]) -> bool:
    """Whether the claim names a place or party that no list declares and no confirming fact writes ("Policing is
    devolved in Scotland and Northern Ireland" beside a clause a fact on England confirmed)."""
    said = " ".join(fold(s) for s in confirming)
    return any(name not in said for name in proper_names_in(claim))


def carry_wrong_actor(results: list[ClaimResult], index: FactIndex) -> list[ClaimResult]:
    """A gloss that restates a transfer between the parties its main clause inverts ("— some €300 million —" after
    "Castelford received …" when Castelford paid) is not confirmed: the article has it going the wrong way. (Items,
    and glosses about a fact between other parties, stay judged on their own: the goods a transfer is made in,
    « sous forme d'aide alimentaire », are right whoever the article has giving them, and the statement is then
    mixed, a right part beside the wrong actor.)"""
    main = next((r for r in results if r.claim.role == "main"), None)
    if main is None or not main.wrong_actor:
        return results
    inverted = {parties_of_ref(index, ref) for ref in main.wrong_actor} - {frozenset()}
    out = []
    for r in results:
        restates = any(parties_of_ref(index, f"{e.source}/{e.fact}") in inverted for e in r.evidence if e.relation == "supports")
        if r.claim.role == "gloss" and r.verdict == SUPPORTED and restates:
            r = ClaimResult(r.claim, UNVERIFIED, sentence(f"{r.explanation.rstrip('.')}, but the clause it belongs to "
                                                           f"has the wrong actor, so it is not confirmed as written"),
                            r.evidence, 0.0, r.rules,
                            parts=tuple(replace(p, status="unchecked", rule="", fact="") for p in r.parts))
        out.append(r)
    return out
