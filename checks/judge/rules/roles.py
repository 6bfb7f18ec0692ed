"""Rule ``roles``: who gives and who receives (pays, supplies, lends…), from the claim's verb and its
parties, against the fact's subject and object.

- supported: "Russia paid North Korea 1.2 billion dollars" / « La Russie a versé 1,2 milliard à la Corée du Nord ».
- contradicted: "North Korea paid Russia 1.2 billion dollars" / « Pyongyang a versé 1,2 milliard à Moscou ».
"""
from __future__ import annotations

import re
from typing import Optional

from ...compare import fmt_quantity
from ...slots import clause_spans, month_days
from ...terms import concepts_in, content_stems, predicate_concepts, verb_table
from ...text import fold, words
from ...match import Candidate, FactIndex
from ...model import Claim
from ...resources import compiled, word_pattern
from ...roles import directions as _directions, givers_after, sold_nouns, takers_over
from ...tradeflow import flow_of
from ..figures import fact_names_all, fact_parties, name_acronyms, proper_names_in
from ..topicality import is_topical, substantive
from ..actors import antecedent_doer, other_actor, other_doer, swapped_actors
from ..agents import other_agent, swapped_agent
from ..complements import swapped_complement
from ..objectdoer import object_doer
from ..ownerdoer import owner_doer
from ..aheadof import inverted_comparison
from ..findings import Finding
from ..slotcheck import role_unread

RULE_ID = "roles"


_GIVE_VERB = {"pay": "pays", "payment": "pays", "finance": "funds", "supply": "supplies", "support": "supports",
              "receive": "gives"}


def rule_roles(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """Giver and receiver against the fact about the same transfer: the fact the claim's figure was
    judged against when there is one, else the best topical fact with both a subject and an object."""
    r = claim.roles
    if not (r.giver or r.receiver):
        return []
    if r.verb in givers_after():
        return _payer(claim, cands, found, index)
    c = _transfer_fact(claim, cands, found)
    if c is None:
        return []
    if not _names_fit(claim, c, index):
        return _other_party(claim, c.fact, found, index)   # "Russia paid Belarus": another receiver, unless the figure is this transfer's
    f = c.fact
    giver, receiver = _as_the_claim_flows(claim, f, index, *_fact_roles(f, index, r.verb))
    if not (giver or receiver):
        return []                 # a stake the fact's statement does not read: its declared parties say no direction
    inverted, right = _orientation(r, giver, receiver)
    if inverted and not right:
        judged = any(x.fact is f and x.relation in ("supports", "contradicts", "outdated") for x in found)
        return [] if not judged and another_transfer(claim, f, index) else [_wrong_actor(r, giver, receiver, f, index)]
    if right and not inverted:
        return _same_roles(claim, giver, receiver, f, index, found)
    return []


def _names_fit(claim: Claim, c: Candidate, index: FactIndex) -> bool:
    """Whether the fact writes every name of the claim, or names both parties of the stake the claim reads."""
    return fact_names_all(c.fact, c.source, proper_names_in(claim), name_acronyms(claim)) or _both_parties(claim, c.fact, index)


def _both_parties(claim: Claim, f, index: FactIndex) -> bool:
    """Whether the fact names both parties the claim reads around a stake, "Velmor, the media group of Norvel's
    founder, is 61 % owned by Dalcor": who holds whom is read between them, whatever other name the claim writes."""
    r = claim.roles
    return r.verb == "stake" and bool(r.giver and r.receiver) and {r.giver, r.receiver} <= fact_parties(f, index)


def _other_party(claim: Claim, f, found: tuple, index: FactIndex) -> list[Finding]:
    """A transfer whose figure the fact confirms, the claim naming the fact's party in one role and in the other a
    party of the list the fact does not name: "Velmor sold its Ostrian unit to Norvel for €2bn" against "Velmor sold
    its Ostrian unit to Dalcor for €2 billion", « Velmor a cédé sa filiale à Norvel pour 2 milliards d'euros »
    against « … à Dalcor … »: the same deal credited to another buyer (wrong actor). A figure the fact does not
    confirm leaves it another transfer ("Russia paid Belarus" against a payment to North Korea)."""
    r = claim.roles
    roles = _deal_roles(claim, f, found, index)
    if roles is None:
        return []
    giver, receiver = roles
    named = fact_parties(f, index) | _written_in(claim, f.statement or "", index)
    same_giver = r.giver == giver and r.receiver != receiver and r.receiver not in named
    same_receiver = r.receiver == receiver and r.giver != giver and r.giver not in named
    swapped = (r.giver, r.receiver) == (receiver, giver)      # the same deal, its two parties the other way round
    return [_wrong_actor(r, giver, receiver, f, index)] if same_giver or same_receiver or swapped else []


def _deal_roles(claim: Claim, f, found: tuple, index: FactIndex) -> Optional[tuple[str, str]]:
    """The fact's giver and receiver when the claim reads two parties of a transfer (no stake) and the fact
    confirmed its figure; None otherwise."""
    r = claim.roles
    if not (r.giver and r.receiver and r.giver != r.receiver) or r.verb == "stake":
        return None
    if not any(x.fact is f and x.relation == "supports" and x.rule.startswith("quantity") for x in found):
        return None
    giver, receiver = _as_the_claim_flows(claim, f, index, *_fact_roles(f, index, r.verb))
    return (giver, receiver) if giver and receiver and giver != receiver else None


def _as_the_claim_flows(claim: Claim, f, index: FactIndex, giver: Optional[str],
                        receiver: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """The fact's giver and receiver of what the claim says is handed over: swapped when one side says the money
    paid and the other the thing traded (``tradeflow.flow_of``) — "Ostria paid Velmor €2bn for the unit" against "Velmor
    bought the unit from Ostria for €2bn": the unit goes from Ostria to Velmor, the money from Velmor to Ostria. Only
    roles the fact's sentence reads for both parties are so turned (a list's declared subject and object say no
    flow: "X completed its acquisition of Y …; Y's shareholders receive $5.85 in cash")."""
    reading = index.reading(f)
    if not (reading.giver and reading.receiver) or (giver, receiver) != (reading.giver, reading.receiver):
        return giver, receiver
    mine = flow_of(claim.focus or claim.text, claim.roles.verb)
    theirs = flow_of(f.statement or "", reading.role_verb)
    return (receiver, giver) if {mine, theirs} == {"money", "goods"} else (giver, receiver)


def _written_in(claim: Claim, statement: str, index: FactIndex) -> set[str]:
    """The claim's parties that the fact's sentence writes, by the words the claim writes or by a name the list
    gives them ("the G7's loans" against "the G7-led initiative"), whatever the matcher found there."""
    said = fold(statement)
    out = set()
    for m in claim.mentions:
        ent = index.catalog.entities.get(m.entity) if m.entity else None
        names = [m.text.strip(), *(ent.names if ent else ())]
        if any(n and re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", said) for n in names):
            out.add(m.entity)
    return out


SAME_AMOUNT = 0.05     # how far apart two figures of one transfer may be written (rounded: "about $2.5bn" for 2.47)


def another_transfer(claim: Claim, f, index: FactIndex) -> bool:
    """Whether the claim and the fact, both writing figures, are about two transfers between the parties: no figure
    of the claim is one of the fact's sentence ("obtained a €110 million grant" against "selected to invest up to
    $850 million", "an investment tax credit of up to 25%" against "a $3 billion contract"). A figure written on both
    sides ("Corvane was paid $95 million by Halvorsen" against "Corvane paid Halvorsen $95 million") is one transfer,
    which the roles refute the other way round; so is a fact the claim's figure was judged against (``rule_roles``)."""
    mine = _amounts(claim.quantities)
    theirs = _amounts(index.reading(f).quantities)
    return bool(mine) and bool(theirs) and not any(abs(a - b) <= SAME_AMOUNT * max(abs(a), abs(b))
                                                   for a in mine for b in theirs)


def _amounts(quantities) -> list[float]:
    """The values a list of figures writes (a range by its two ends), zero left out."""
    return [v for q in quantities for v in (q.value, q.min, q.max) if v]


def _payer(claim: Claim, cands: list[Candidate], found: tuple, index: FactIndex) -> list[Finding]:
    """Who pays what a verb of cost costs ("was expected to cost the state N", « a coûté N à l'État »), against the
    fact that confirmed the figure when its statement says what it costs too: the payer its own verb names, else
    its declared subject. A payer the fact does not name at all, while it gives the cost to another party:
    contradicted (a payer it names, in whatever role, is left alone)."""
    r = claim.roles
    by_fact = {(c.fact.source, c.fact.id): c.fact for c in cands}
    for key in dict.fromkeys((f.fact.source, f.fact.id) for f in found
                             if f.relation == "supports" and f.rule.startswith("quantity")):
        f = by_fact.get(key)
        if f is None or not any(verb_table().get(fold(w), ("",))[0] == r.verb for w, _, _ in words(f.statement or "")):
            continue
        reading = index.reading(f)
        payer = reading.giver if reading.role_verb == r.verb and reading.giver else f.subject
        if not payer or payer == r.giver or r.giver in fact_parties(f, index):
            return []
        name = index.entity_name
        what = f" ({fmt_quantity(f.quantity)})" if f.quantity else ""
        return [Finding("contradicts", RULE_ID, f, f"wrong actor: in the source {name(payer)} bears the cost{what}, "
                        f"not {name(r.giver)}: {f.statement}", part=f"{name(r.giver)} pays")]
    return []


def _same_roles(claim: Claim, giver: Optional[str], receiver: Optional[str], f, index: FactIndex,
                found: tuple = ()) -> list[Finding]:
    """The claim's parties in the fact's roles: supported, unless it names another party in one of them (wrong when
    the fact confirmed its figure: ``_other_party``) or names the fact's other party in a role it does not read."""
    r = claim.roles
    if r.giver and r.receiver and (r.giver != giver or r.receiver != receiver):
        return _other_party(claim, f, found, index)
    if role_unread(claim, f):
        return []                 # the other party is named, in a role the reader did not find: not confirmed
    name = index.entity_name
    if r.verb == "stake" and _opposite_ways(claim.text, f.statement or ""):
        return [Finding("contradicts", RULE_ID, f, f"wrong direction: in the source {name(receiver)} "
                        f"{'sells' if _ways(f.statement or '') == {'give'} else 'buys'} its stake in {name(giver)}, the "
                        f"article has the other way round: {f.statement}", part=_parties_said(r, name))]
    said = f"{name(receiver)} holds the stake in {name(giver)}" if r.verb == "stake" else \
        f"{name(giver)} → {name(receiver)}"
    return [Finding("supports", "roles", f, f"{said}, as in the source", part=_parties_said(r, name))]


def _ways(text: str) -> set[str]:
    """The directions of the transfer verbs and nouns a text writes ("give": sell, « céder »; "receive": buy,
    acquire, « racheter »)."""
    return {d for c in concepts_in(text) if (d := _directions().get(c))}


def _opposite_ways(claim_text: str, statement: str) -> bool:
    """Whether the claim and the fact each write one direction of transfer, and not the same: the holder of a stake
    the article has buying ("Ardent bought a stake in Kelmo", « Ardent a acquis une participation dans Kelmo »)
    while the source has it selling ("Ardent sold most of its stake in Kelmo", « Ardent a cédé sa participation »).
    The stake reader gives the holder the same role either way; a text writing both directions decides nothing."""
    mine, theirs = _ways(claim_text), _ways(statement)
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


def _fact_roles(f, index: FactIndex, verb: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Who gives and who receives in the fact: read from its statement by the claim's reader when it reads both
    around a verb of receiving or a stake, where a list's declared subject is the one who acts, not the one who
    gives (« X a acheté des logements aux promoteurs »: X receives; "X acquired a stake in Y": the stake goes to X);
    the declared subject and object otherwise (the subject gives: « Velmor cède à Ostria »). For a stake claim only
    a stake the statement reads is compared (a stake it reads moved between a buyer and a seller is another relation)."""
    reading = index.reading(f)
    if verb == "stake" and reading.role_verb != "stake":
        return None, None         # a holder and a company held against a buyer and a seller: two other relations
    if reading.giver and reading.receiver and (_directions().get(reading.role_verb or "") != "give"
                                               or reading.role_verb in sold_nouns()):
        return reading.giver, reading.receiver
    if verb == "stake":
        return None, None
    return _declared_roles(f, reading, verb, _buyer_first(f, index))


def _buyer_first(f, index: FactIndex) -> bool:
    """Whether the fact's statement opens on its declared subject and writes only transfers the other way ("Velmor
    completed the acquisition of Ostria's retail arm", « Velmor a racheté la filiale d'Ostria »): the subject is the
    buyer, who receives, though the reader names no seller."""
    said = f.statement or ""
    first = next(iter(index.matcher.find(said, 0)), None)
    return first is not None and first.entity == f.subject and _ways(said) == {"receive"}


def _declared_roles(f, reading, verb: Optional[str], buyer_first: bool = False) -> tuple[Optional[str], Optional[str]]:
    """Who gives and who receives by the fact's declared subject and object (``_fact_roles`` when its statement
    reads neither): the subject gives, but the buyer its reading names receives (or its statement opens on,
    ``buyer_first``), and so does the one who takes another's place."""
    if buyer_first and f.object and not (reading.giver or reading.receiver):
        return f.object, f.subject    # "X completed the acquisition of Y's arm": the declared subject the buyer
    if f.object and _directions().get(reading.role_verb or "") == "receive" and (
            reading.receiver == f.subject and reading.giver in (None, f.object)
            or reading.giver == f.object and reading.receiver in (None, f.subject)):
        return f.object, f.subject    # "X would buy Y shares", "X bought Z's unit": the declared subject the buyer
    if verb in takers_over() and reading.role_verb != verb:
        return f.object, f.subject    # "X was appointed, replacing Y": the declared subject takes Y's place, Y hands over
    return f.subject, f.object


def _orientation(r, giver: Optional[str], receiver: Optional[str]) -> tuple[bool, bool]:
    """(whether a party of the claim is in the fact's other role, whether one is in the same role)."""
    inverted = (r.giver and r.giver == receiver) or (r.receiver and r.receiver == giver)
    right = (r.giver and r.giver == giver) or (r.receiver and r.receiver == receiver)
    return bool(inverted), bool(right)


def _transfer_fact(claim: Claim, cands: list[Candidate], found: tuple) -> Optional[Candidate]:
    """The fact with a subject and an object that the claim's figure was judged against, else the best topical
    one; None when the figure's fact says nothing of who gives (no other fact decides the roles then)."""
    by_fact = {(c.fact.source, c.fact.id): c for c in cands}
    decided = tuple((f.fact.source, f.fact.id) for f in found if f.relation in ("supports", "contradicts", "outdated"))
    if decided:
        pool = [by_fact[k] for k in decided if k in by_fact and by_fact[k].fact.subject and by_fact[k].fact.object]
    else:
        pool = [c for c in cands if c.fact.subject and c.fact.object and is_topical(c) and substantive(c)]
    return pool[0] if pool else None


def _wrong_actor(r, giver: Optional[str], receiver: Optional[str], f, index: FactIndex) -> Finding:
    """The roles the other way round: who the source says gives and receives, and what the article has."""
    name = index.entity_name
    what = f" ({fmt_quantity(f.quantity)})" if f.quantity and f.quantity.unit not in ("ratio", "percent") else ""
    if r.verb == "stake":
        said = f"{name(r.receiver)} holding a stake in {name(r.giver)}" if r.giver and r.receiver else \
            f"{name(r.receiver or r.giver)} on the other side"
        return Finding("contradicts", "roles", f,
                       f"wrong actor: in the source {name(receiver)} holds the stake and {name(giver)} is the company "
                       f"whose capital is held{what}; the article has {said}", part=_parties_said(r, name))
    verb = _GIVE_VERB.get(r.verb or "", "gives")
    said = []
    if r.giver:
        said.append(f"{name(r.giver)} as the one who {verb}")
    if r.receiver:
        said.append(f"{name(r.receiver)} as the one who receives")
    return Finding("contradicts", "roles", f,
                   f"wrong actor: in the source {name(giver)} {verb} and {name(receiver)} receives{what}; "
                   f"the article has {' and '.join(said)}", part=_parties_said(r, name))


def _parties_said(roles, name) -> str:
    """"North Korea → Russia": who gives and who receives, as the article has them ("?" for the unsaid)."""
    return f"{name(roles.giver) if roles.giver else '?'} → {name(roles.receiver) if roles.receiver else '?'}"


def rule_swapped_after(claim: Claim, findings: list[Finding], index: FactIndex, cands: tuple = ()) -> list[Finding]:
    """A confirmed figure whose claim credits a party with what another party does in the confirming fact ("Sur
    proposition du ministre, le gouverneur a fixé le taux à 2,4 %" against "Suivant la proposition du gouverneur,
    le ministre a abaissé le taux … à 2,4 %"): who does what is contradicted, the figure stays confirmed."""
    for f in findings:
        if f.relation == "supports" and f.rule.startswith("quantity"):
            swapped = swapped_roles(claim, f.fact, index, by_order=False)
            if swapped:
                return [Finding("contradicts", RULE_ID, f.fact, swapped, part=_predicated_text(claim))]
    return []


def swapped_roles(claim: Claim, fact, index: FactIndex, by_order: bool = True) -> Optional[str]:
    """Who does what the other way round, whatever else the claim says: two predicates, two parties (also by their
    order alone, unless ``by_order`` is False: beside a confirmed figure, "Corvel's sales in Norvania" against
    "Norvania sales at Corvel" only words the same thing otherwise), the agent of a passive, the party a comparison
    puts ahead, another doer or antecedent, the subject and a noun's complement, the object and the doer, the doer and
    the owner."""
    return swapped_predicates(claim, fact, index) or by_order and swapped_actors(claim, fact, index) \
        or swapped_agent(claim, fact, index) or other_agent(claim, fact, index) \
        or inverted_comparison(claim, fact, index) or other_actor(claim, fact, index) or other_doer(claim, fact, index) \
        or antecedent_doer(claim, fact, index) or swapped_complement(claim, fact, index) \
        or object_doer(claim, fact, index) or owner_doer(claim, fact, index)


def _predicated_text(claim: Claim) -> str:
    return (claim.focus or claim.text).strip()


_NAME = compiled(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*")


def _parties_of(text: str, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int]]:
    """The parties of a text with their offsets: the entities the matcher found (``mentions``: entity, start,
    end), then the proper names no entity covers ("Gabriel Attal", keyed by their last word): a source list
    need not declare every party it names."""
    out = [(e, a) for e, a, _ in mentions]
    for m in _NAME.finditer(text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for _, a, b in mentions):
            continue
        first = text[:m.start()].rstrip()
        if (not first or first.endswith((".", "!", "?", ":", "«", "\"", "“"))) and " " not in m.group(0):
            continue                      # a capitalised first word of a sentence ("Sur", "Pour")
        last = m.group(0).split()[-1]
        if not content_stems(last) or month_days(last) or _month_name(last):
            continue
        out.append(("name:" + fold(last), m.start()))
    return out


def _subordinate_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a text, each also cut before a conjunction of time (``predicate_subordinators``: "Y took over after
    X resigned": what X does is not Y's)."""
    cuts = [m.start() for m in word_pattern("claims", r"(?<!\w)(?:{predicate_subordinators})(?!\w)", re.I).finditer(text)]
    return [(x, y) for a, b in clause_spans(text) for x, y in zip([a, *[c for c in cuts if a < c < b]],
                                                                 [*[c for c in cuts if a < c < b], b])]


def _party_predicates(text: str, parties: list[tuple[str, int]]) -> dict[str, set[str]]:
    """party -> what it does in the text ("propose", "decide"), clause by clause; a clause that names parties and
    says nothing they do lends them to the next clause that does and names none ("le gouverneur de la Banque de
    France, François Villeroy de Galhau, a fixé le taux")."""
    wanted, out, pending = predicate_concepts(), {}, []
    for a, b in _subordinate_spans(text):
        said = set(concepts_in(text[a:b])) & wanted
        here = [p for p, at in parties if a <= at < b]
        if said:
            for p in here or pending:
                out.setdefault(p, set()).update(said)
            pending = []
        elif here:
            pending = pending + here
    return out


def swapped_predicates(claim: Claim, fact, index: FactIndex) -> Optional[str]:
    """"C'est la CRE qui fixe ces tarifs, le gouvernement se contentant de les proposer" against "La CRE propose
    les tarifs ; c'est le gouvernement qui décide": a party the fact names, credited with what another party does
    in the source (and not with what it does itself)."""
    mine = _party_predicates(claim.text, _parties_of(claim.text, [(m.entity, m.start - claim.start, m.end - claim.start)
                                                                  for m in claim.mentions]))
    if not mine:
        return None
    found = [(m.entity, m.start, m.end) for m in index.matcher.find(fact.statement, 0)]
    named = _parties_of(fact.statement, found)
    theirs = _party_predicates(fact.statement, named)
    for a in mine:
        if a not in {p for p, _ in named} or mine[a] & theirs.get(a, set()):
            continue
        for b in theirs:                  # the article credits a with what another party does in the source
            if b != a and mine[a] & theirs[b]:
                return (f"the roles are the other way round (in the source: {_party_name(a, index)} — "
                        f"{'/'.join(sorted(theirs.get(a, ())) or ['not that'])}, {_party_name(b, index)} — "
                        f"{'/'.join(sorted(theirs[b]))}): {fact.statement}")
    return None


def _party_name(party: str, index: FactIndex) -> str:
    return party[5:].title() if party.startswith("name:") else index.entity_name(party)


def _month_name(word: str) -> bool:     # a month's name ("March", « mars »): when, not who
    return bool(word_pattern("numbers", r"^(?:{month_day_prefixes})", re.I).match(fold(word)))
