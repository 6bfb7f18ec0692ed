"""Rule ``attribution``: who the article says commissioned, wrote or published what it cites, against the
source that decided the statement's other claims (its publisher, author, title, commissioning fact).

- supported: "According to Eurostat, employment rose 0.2 %" / « Selon l'Insee, la trésorerie a reculé… »
  when Eurostat, INSEE published (or the source's title credits them).
- contradicted: "According to the European Central Bank, …" / « La Banque de France souligne que … » when
  another named institution published the figures (or credits them: ``creditedfigure``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...match import FactIndex
from ...resources import word_pattern, words
from ...model import NOT_CHECKABLE, CONTRADICTED, SUPPORTED, UNVERIFIED, Claim, ClaimResult, Evidence
from ...text import fold
from ..figures import fact_parties, gives_exactly, significant_digits
from ..counter import counted_by_another
from ..creditedfigure import credited_to_another
from ..officers import officer_without_party
from ..findings import dedupe, fact_by_id, sentence
from ..reportdate import reported_another_time
from ..partynames import acronym_of, capitalised, credited_in, name_of, proper_name, same_party, same_umbrella, without_article
from ...tablestore import stored

RULE_ID = "attribution"

# how a misattribution that the deciding fact's own credit shows begins
CREDITS_ANOTHER = "misattributed: the source credits"


def rule_counted_by(claim: Claim, findings: list, index: FactIndex, cands: tuple = ()) -> list:
    """A confirmed figure the claim has counted by a body the list knows as another source's publisher (« En
    2019, l'Observatoire régional dénombrait 412 accidents » when the Dares gives them): contradicted."""
    return counted_by_another(claim, findings, index)


def judge_attribution(claim: Claim, siblings: list[ClaimResult], index: FactIndex) -> ClaimResult:
    """"Une étude commandée par X", "written by Y", "according to Z" against the sources that decided
    the statement's other claims: their commissioning fact, author, publisher or title."""
    checks = [(kind, who) for kind, who in (("commissioned", claim.commissioned_by), ("written", claim.authored_by),
                                            ("attributed", claim.attributed_to)) if who]
    if not checks:
        return ClaimResult(claim, UNVERIFIED, "the article does not name who says it")
    sources = _deciding_sources(siblings, checks, index)
    decisive = {(e.source, e.fact) for r in siblings for e in r.evidence if e.relation in ("supports", "contradicts")}
    results = [_own_figure(kind, who, siblings, index) or _check_party(kind, who, sources, index, decisive, claim)
               for kind, who in checks]
    results = [_unknown_party(who, r, siblings, index) or _figure_of_another(kind, who, r, siblings, index) or r
               for (kind, who), r in zip(checks, results)]
    decided = [r for r in results if r[0] != UNVERIFIED]
    if not decided:
        return _undecided(claim, checks, sources, results, index, siblings)
    bad = [r for r in decided if r[0] == CONTRADICTED] or reported_another_time(claim, siblings, index)
    chosen = bad or decided
    verdict = CONTRADICTED if bad else SUPPORTED
    evidence = dedupe([e for r in chosen for e in r[2]])
    return ClaimResult(claim, verdict, sentence("; ".join(r[1] for r in chosen)), evidence, 0.75, ["attribution"])


def _unknown_party(who: str, result: tuple, siblings: list[ClaimResult], index: FactIndex) -> Optional[tuple]:
    """A misattribution stands when the statement's figures are the source's (a claim it confirms) or the party
    named is one the list knows (an entity, a publisher or author of its sources): one the list never mentions, for
    what no figure of it confirms, may well have published it — unverified; not when the fact credits another."""
    if result[0] != CONTRADICTED or result[1].startswith(CREDITS_ANOTHER) or _list_knows(who, index) \
            or any(p.status == "confirmed" and p.rule.startswith("quantity") for r in siblings for p in r.parts):
        return None
    who_name = name_of(who, index)
    return UNVERIFIED, f"the source list does not say whether {who_name} is behind it", []


def _figure_of_another(kind: str, who: str, result: tuple, siblings: list[ClaimResult],
                       index: FactIndex) -> Optional[tuple]:
    """A right attribution (a source of the named party decided a figure) turned misattributed when another figure of
    the statement, precise (three significant digits or more), is given exactly by a fact of another declared
    publisher's source that neither names the party nor is about it, and no source of the party writes that figure:
    "According to Velmor Research, Dalcor shipped 41.3 million units" when Norvel Data gives the 41.3 million and
    Velmor Research only a share beside it."""
    if kind != "attributed" or result[0] != SUPPORTED or not _is_known_party(who, index):
        return None
    own = [s for s in index.catalog.sources if _source_is(who, s, index)]
    for q, f in ((q, fact_by_id(index, *p.fact.split("/", 1))) for r in siblings for q in r.claim.quantities
                 for p in r.parts if p.status == "confirmed" and p.rule == "quantity" and p.text == q.text and "/" in p.fact):
        src = index.sources.get(f.source) if f is not None else None
        if src is None or not _given_by_another(who, q, f, src, own, index):
            continue
        real = name_of(src.publisher, index)
        ev = Evidence(src.id, f.id, f.statement, "contradicts", src.title, src.url)
        return CONTRADICTED, f"{CREDITS_ANOTHER} {real}, not {name_of(who, index)}: {f.statement}", [ev]
    return None


def _given_by_another(who: str, q, f, src, own: list, index: FactIndex) -> bool:
    """Whether a fact of a declared publisher's source, not the party's, gives the figure exactly, neither naming the
    party nor being about it, while no fact of the party's own sources writes it."""
    return gives_exactly(q, f) and src not in own and src.publisher in index.catalog.entities \
        and index.matcher.resolve(who) not in fact_parties(f, index) and not credited_in(who, [f.statement, src.title], index) \
        and not any(q.value in {x.value for x in index.reading(g).quantities} for s in own for g in s.facts)


def _list_knows(who: str, index: FactIndex) -> bool:
    return _is_known_party(who, index) or any(same_party(who, s.publisher, index) or same_party(who, s.author, index)
                                              for s in index.catalog.sources)


def _own_figure(kind: str, who: str, siblings: list[ClaimResult], index: FactIndex) -> Optional[tuple]:
    """A confirmed figure a source by the named party also states (of 3 significant digits or more, or in a fact of a
    concept of the one that confirmed it): that party's figure, even when another source (quoting it) decided."""
    long, short = _confirmed_values(siblings, index) if kind != "commissioned" else (set(), [])
    used = {p.fact.split("/", 1)[0] for r in siblings for p in r.parts if p.status == "confirmed"}
    for src in index.catalog.sources if long or short else []:
        if src.id in used or not (src.publisher or src.author) or not _source_is(who, src, index):
            continue
        for f in (f for f in src.facts if _gives(f, long, short, index)):
            ev = Evidence(src.id, f.id, f.statement, "supports", src.title, src.url)
            return SUPPORTED, f"the figures do come from {name_of(src.publisher, index) or src.author}: {f.statement}", [ev]
    return None


def _gives(fact, long: set, short: list, index: FactIndex) -> bool:
    given = {q.value for q in index.reading(fact).quantities}
    return bool(given & long) or bool(short) and all(v in given and c & index.fact_concepts(fact) for v, c in short)


def _confirmed_values(siblings: list[ClaimResult], index: FactIndex) -> tuple[set, list]:
    """The statement's confirmed figures of three significant digits or more; shorter ones with their fact's concepts."""
    found = [(q, fact_by_id(index, *p.fact.split("/", 1)) if "/" in p.fact else None) for r in siblings
             for q in r.claim.quantities for p in r.parts if p.status == "confirmed" and p.rule == "quantity"
             and p.text == q.text and q.value is not None]
    return ({q.value for q, _ in found if significant_digits(q) >= 3},
            [(q.value, index.fact_concepts(f)) for q, f in found if significant_digits(q) < 3 and f is not None])


def _undecided(claim: Claim, checks: list, sources: list, results: list, index: FactIndex, siblings: list) -> ClaimResult:
    """Not checkable when there is nothing to compare with, else unverified, or misattributed (``creditedfigure``)."""
    if sources and not any(s.publisher or s.author for s in sources) and all(kind == "attributed" for kind, _ in checks):
        # the list records no publisher for the sources that decided the statement: nothing to compare with
        return ClaimResult(claim, NOT_CHECKABLE, "the source list does not say who published its sources")
    if not any((_is_known_party(w, index) or capitalised(w)) and not officer_without_party(w, index) for _, w in checks):
        # "according to figures published by the council", « publié par le groupe »: a description that refers
        # back to a party the statement names, no party of its own to check (nor "Chief executive Jane Doe")
        return ClaimResult(claim, NOT_CHECKABLE, f"{checks[0][1]!r} names no party of its own")
    return credited_to_another(claim, checks, siblings, index, lambda a, b: same_party(a, b, index) or acronym_of(
        a, b) or same_umbrella(a, b) or credited_in(a, [b], index)) or ClaimResult(claim, UNVERIFIED, results[0][1])


def _deciding_sources(siblings: list[ClaimResult], checks: list[tuple[str, str]], index: FactIndex) -> list:
    """The sources that decided the statement's other claims; when none did, those the named study or author names."""
    used = [e.source for r in siblings for e in r.evidence
            if e.relation in ("supports", "contradicts") or "outdated" in r.rules]
    sources = [index.sources[s] for s in dict.fromkeys(used) if s in index.sources]
    if not sources:      # no claim of the statement was decided: the named study or author tells which source it is
        named = [w for k, w in checks if k != "commissioned"]
        sources = [s for s in index.catalog.sources if any(_source_is(w, s, index) for w in named)]
    return sources


def _check_party(kind: str, who: str, sources: list, index: FactIndex, decisive: frozenset = frozenset(),
                 frame: Optional[Claim] = None) -> tuple[str, str, list[Evidence]]:
    """Who the article says commissioned, wrote or published a study (``kind``) against the sources that could
    be it, those that name that party first."""
    who_name = name_of(who, index)
    pool = _party_pool(kind, who, sources, index)
    if not pool:
        return UNVERIFIED, f"the source list does not say who is behind it ({who_name} is named)", []
    for src in pool:
        seen = _party_evidence(kind, who, src, index)
        if seen is not None and seen[0]:
            return _title_only(kind, who, who_name, src, index, decisive) \
                or _party_verdict(kind, who, who_name, src, *seen, index)
        elsewhere = _credited_elsewhere(kind, who, who_name, src, index, decisive)
        if elsewhere is not None or seen is None:
            if elsewhere is not None and elsewhere[0] is not None:
                return elsewhere
            continue
        verdict = _credited_by_fact(kind, who, who_name, src, seen[2], index, decisive, frame) \
            or _party_verdict(kind, who, who_name, src, *seen, index)
        if verdict is not None:
            return verdict
    return UNVERIFIED, f"the source list does not say whether {who_name} is behind it", []


def _title_only(kind: str, who: str, who_name: str, src, index: FactIndex, decisive) -> Optional[tuple]:
    """A party the source's title names ("Velmor shares fall on weak outlook") but that is not its publisher or
    author, when the fact that decided the statement credits another party with it ("Norvel analyst Jane Doe said
    Velmor's outlook implied …"): the title says what the source is about, the fact who says it — misattributed."""
    if kind != "attributed" or same_party(who, src.publisher, index) or same_party(who, src.author, index):
        return None
    for f in (f for f in src.facts if (src.id, f.id) in decisive and not _speaks_in(who, f, index)):
        spoken = index.reading(f).speaker
        party = _credited_subject(f, index) or (spoken if spoken in index.catalog.entities else None)
        real = index.entity_name(party) if party else ""
        if party and not (same_party(who, party, index) or acronym_of(who_name, real) or same_umbrella(who_name, real)):
            ev = Evidence(src.id, f.id, f.statement, "contradicts", src.title, src.url)
            return CONTRADICTED, f"{CREDITS_ANOTHER} {real}, not {who_name}: {f.statement}", [ev]
    return None


def _speaks_in(who: str, f, index: FactIndex) -> bool:
    """Whether the fact's own sentence writes the article's party right before a verb of saying, in a clause of its
    own ("Norvel cut its fees from January; Velmor said the impact falls in the first half", « …, Velmor a indiqué
    que … »): the source credits it with what it says, whoever the rest of the sentence is about."""
    entity = who if who in index.catalog.entities else index.matcher.resolve(who)
    names = [who] + (list(index.catalog.entities[entity].names) if entity in index.catalog.entities else [])
    said = _patterns()["spaced_said_after"]
    return any(len(n) >= 3 and _right_before(n, said, f.statement or "") for n in names)


def _right_before(name: str, after: re.Pattern, text: str) -> bool:
    """Whether ``name`` (in any case, not inside a word) stands in ``text`` right before a match of ``after``: what
    one search of the two joined says, without compiling the verbs' long alternation again with each name (some
    15 ms a name, at every start: issue 12)."""
    at = re.compile(r"(?<!\w)" + re.escape(name), re.I)
    m = at.search(text)
    while m:
        if after.match(text, m.end()):
            return True
        m = at.search(text, m.start() + 1)
    return False


def _credited_by_fact(kind: str, who: str, who_name: str, src, ev: Evidence, index: FactIndex,
                      decisive, frame: Optional[Claim]) -> Optional[tuple[str, str, list[Evidence]]]:
    """The fact that decided the statement gives the party as who measured or said it ("The CSEW estimated …", in
    a report published by the ONS): a right attribution, not a misattribution to the publisher — when the other
    parties the frame names ("a consultant epidemiologist at NHS England") are the fact's too."""
    credited = next((f for f in src.facts if (src.id, f.id) in decisive and (
        same_party(who, f.subject, index) or _says_as_frame(who, frame, f)
        or _spoken_by(who, f, index))), None) if kind == "attributed" else None
    if credited is None:
        return None
    others = {m.entity for m in frame.mentions} - {credited.subject, index.matcher.resolve(who), who} if frame else set()
    if others - fact_parties(credited, index):
        return None                       # the frame also names a party the fact does not ("… at NHS England")
    return SUPPORTED, f"the source credits {who_name}: {credited.statement}", [ev]


def _says_as_frame(who: str, frame: Optional[Claim], fact) -> bool:
    """Whether the fact's sentence writes the party the frame names as the subject of the frame's own verb ("Velmor
    reported …" for "In the north, Velmor reported …"): the source credits it in the article's words."""
    verb = re.findall(r"[^\W\d_][\w'’-]*", frame.text)[-1:] if frame is not None else []
    return bool(verb) and re.search(r"(?<!\w)" + re.escape(fold(who)) + r"\s+" + re.escape(fold(verb[0])) + r"(?!\w)",
                                    fold(fact.statement or "")) is not None


def _credited_elsewhere(kind: str, who: str, who_name: str, src, index: FactIndex,
                        decisive) -> Optional[tuple]:
    """The fact that decided the statement credits another named party with it ("…, according to Eurostat's flash
    estimate", « Selon le SSMSI, … ») than the one the article names (« D'après l'Insee »): a misattribution,
    returned as a verdict; ``(None, …)`` when that fact credits the article's party (decided elsewhere: the
    fact's own credit); None when no deciding fact credits anyone. Two parts of one government are no
    misattribution."""
    if kind != "attributed" or not capitalised(who_name):
        return None
    for f in (f for f in src.facts if (src.id, f.id) in decisive):
        party = _credited_subject(f, index) or _declared_speaker(who, f, index)
        if party is None:
            continue                      # the fact names its party, but not as who says or measured it
        real = index.entity_name(party)
        if same_party(who, party, index) or acronym_of(who_name, real) or same_umbrella(who_name, real) \
                or credited_in(who, [f.statement], index) or (party == f.subject and officer_without_party(who, index)):
            # (the fact names the article's party as who speaks for its own, "FAA Administrator Mike Whitaker said";
            # "Chief executive Jane Doe said" speaks for the party the fact credits; a declared party: its own credit)
            return (None, "", []) if capitalised(who) and party == f.subject else None
        ev = Evidence(src.id, f.id, f.statement, "contradicts", src.title, src.url)
        return CONTRADICTED, f"{CREDITS_ANOTHER} {real}, not {who_name}: {f.statement}", [ev]
    return None


def _spoken_by(who: str, f, index: FactIndex) -> bool:
    """Whether the fact's own sentence has ``who`` saying it: the same declared party, else the same name."""
    a, b = (x if x in index.catalog.entities else index.matcher.resolve(x) for x in (who, index.reading(f).speaker or ""))
    bare = [fold(without_article(x)) for x in (who, index.reading(f).speaker or "")]
    return a == b if a or b else bool(bare[1]) and bare[0] == bare[1]


def _declared_speaker(who: str, f, index: FactIndex) -> Optional[str]:
    """Who the fact's own sentence has saying it ("Y announced that …", "Y announced it would …"), when both it and
    the article's party are declared: set against each other."""
    spoken = index.reading(f).speaker
    return spoken if spoken in index.catalog.entities and who in index.catalog.entities else None


def _credited_subject(f, index: FactIndex) -> Optional[str]:
    """The fact's declared subject when its sentence names it beside a word of credit ("…, according to Eurostat"),
    as written or as the list's matcher finds it (« selon l'analyse du Revenu »: Le Revenu)."""
    if not f.subject or f.subject not in index.catalog.entities:
        return None
    names = [n for n in index.catalog.entities[f.subject].names if len(n) >= 3]
    said = _patterns()["credit"].search(fold(f.statement))
    return f.subject if said and (any(re.search(r"(?<!\w)" + re.escape(fold(n)) + r"(?!\w)", fold(f.statement))
                                      for n in names)
                                  or any(m.entity == f.subject and len(m.text) >= 3
                                         for m in index.matcher.find(f.statement))) else None


def _party_pool(kind: str, who: str, sources: list, index: FactIndex) -> list:
    """The sources to look at: those that decided the statement (or those ``who`` names), for a commission
    those that record one; the ones whose publisher, author, title or commission is ``who`` first."""
    pool = sources or ([] if kind == "commissioned" else [s for s in index.catalog.sources if _source_is(who, s, index)])
    if kind == "commissioned":
        pool = [s for s in pool if any("commission" in index.fact_concepts(f) and f.subject for f in s.facts)]
    matching = [s for s in pool if _source_is(who, s, index) or (kind == "commissioned" and _commissioned_by(who, s, index))]
    return matching + [s for s in pool if s not in matching]


def _party_evidence(kind: str, who: str, src, index: FactIndex) -> Optional[tuple[bool, Optional[str], Evidence]]:
    """(whether ``who`` is the source's party, the real party, the evidence); None when the source names none."""
    commission = next((f for f in src.facts if "commission" in index.fact_concepts(f) and f.subject), None)
    if kind == "commissioned" and commission:
        ok, real = same_party(who, commission.subject, index), index.entity_name(commission.subject)
        return ok, real, Evidence(src.id, commission.id, commission.statement, "supports" if ok else "contradicts",
                                  src.title, src.url)
    if kind == "written":
        return _author_evidence(who, src, index)
    return _publisher_evidence(who, src, commission, index)


def _author_evidence(who: str, src, index: FactIndex) -> Optional[tuple[bool, Optional[str], Evidence]]:
    if not src.author and not src.publisher:
        return None
    ok = same_party(who, src.author, index) or same_party(who, src.publisher, index)
    real = src.author or name_of(src.publisher, index)
    return ok, real, Evidence(src.id, "", f"{src.title}, by {src.author or name_of(src.publisher, index)}",
                              "supports" if ok else "contradicts", src.title, src.url)


def _publisher_evidence(who: str, src, commission, index: FactIndex) -> Optional[tuple[bool, Optional[str], Evidence]]:
    if not src.publisher and not src.author:
        return None
    ok = _source_is(who, src, index)
    real = name_of(src.publisher, index) or src.author
    return ok, real, Evidence(src.id, commission.id if commission else "", f"{src.title}, published by {real}",
                              "supports" if ok else "contradicts", src.title, src.url)


def _party_verdict(kind: str, who: str, who_name: str, src, ok: bool, real: Optional[str], ev: Evidence,
                   index: FactIndex) -> Optional[tuple[str, str, list[Evidence]]]:
    """Supported, contradicted (misattributed), or None to look at the next source."""
    if ok:
        named = _is_known_party(who, index)
        said = {"commissioned": f"commissioned by {who_name}", "written": f"written by {who_name}",
                "attributed": f"the figures do come from {who_name}" if named else
                f"the figures do come from {src.title!r}"}[kind]
        return SUPPORTED, f"{said}, as the source list says", [ev]
    if real and same_umbrella(who_name, real):
        return None                       # "le gouvernement" and "le ministère du Travail": the same state
    if real and acronym_of(who_name, real):
        return SUPPORTED, f"the figures do come from {who_name}, as the source list says", [ev]
    publisher = src.publisher if src.publisher not in index.catalog.entities else None
    if kind == "attributed" and credited_in(who, [src.title, src.author, publisher], index):
        # a report whose title names the party: the figures are credited to it
        return SUPPORTED, f"the source credits {who_name} ({src.title!r})", [ev]
    # (a description is no name: "publié par le groupe" is EDF's own report, not a misattribution)
    if real and (_is_known_party(who, index) or proper_name(who)) and not officer_without_party(who, index):
        return CONTRADICTED, f"misattributed: {src.title!r} was {kind if kind != 'attributed' else 'published'} " \
                             f"by {real}, not {who_name}", [ev]
    return None


def _commissioned_by(who: str, src, index: FactIndex) -> bool:  # a fact of its commission names the party
    return any("commission" in index.fact_concepts(f) and f.subject and same_party(who, f.subject, index) for f in src.facts)


def _is_known_party(who: str, index: FactIndex) -> bool:
    return who in index.catalog.entities or bool(index.matcher.resolve(who))


def _source_is(who: str, src, index: FactIndex) -> bool:
    """Whether ``who`` names this source: its publisher, its author, or its title ("l'étude « Unequal Partnership »")."""
    if same_party(who, src.publisher, index) or same_party(who, src.author, index):
        return True
    name = _patterns()["source_nouns"].sub("", fold(who).replace("«", "").replace("»", "").replace('"', "").strip())
    name = name.strip(" '\"")
    return len(name) >= 4 and name in fold(src.title or "")


@stored
def _patterns() -> dict:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    spaced = lambda key: "|".join(re.escape(w) + ("" if w.endswith("'") else " ") for w in words("claims", key))
    return {
        "credit": c(r"(?<!\w)(?:{attribution_prepositions}|{attribution_verbs})(?!\w)"),
        "spaced_said_after": c(r"\s+(?:(?:{attribution_verbs})(?!\w))", re.I),
        "source_nouns": c(r"^(?:" + spaced("source_name_articles") + r")?(?:{source_name_nouns})\s*(?:"
                          + spaced("source_name_linkers") + r")?"),
    }
