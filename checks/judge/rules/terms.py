"""Rule ``terms`` (and ``roles`` for swapped predicates): a claim without a figure (but bands of per cent in words)
that nothing else decided, against a topical fact that names what it says and agrees on its date, rank, order,
direction, numbers and on who does what.

- supported: « La CRE propose les tarifs, que le gouvernement décide » / "The mayor proposed, the council approved".
- contradicted: « C'est la CRE qui fixe les tarifs, le gouvernement les propose » / "The council proposed the budget,
  which the mayor approved"."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ...slots import comparison_sides, rank_span, rank_spans
from ...compare import compare_quantity, fmt_quantity
from ...detect import claim_lexicon
from ...factread import direction_of
from ...language import clause_language
from ...match import Candidate, FactIndex
from ...numbers import find_months
from ...model import Claim, Fact
from ...resources import compiled, word_pattern
from ...terms import concepts_in, content_stems
from ...text import fold, fold_same_length
from ..figures import fact_names_all, fact_parties, name_acronyms
from ..topicality import is_topical
from ..incises import appositive_names, described_only, names_outside_incises
from ..namednumbers import numbers_unsaid
from ..namewords import party_words
from ..bandwords import band_disagrees, figures_beyond_bands
from ..breakdown import parts_swapped
from ..declared import reversed_declared
from ..denial import denies_claim
from ..eventwords import another_object, says_what_happens, verb_unsaid
from ..rankmeasure import ranks_another_measure, ranks_other_end, same_stem, superlative_words
from ..findings import Finding, counted_after, difference_disagrees
from ..slotcheck import slot_disagreement
from ..revised import expectation_revised
from ..overtaken import overtaken_by_outcome
from ..aims import aim_unsaid, cause_unsaid, deadline_unsaid, names_a_cause
from ..readroles import described_otherwise, roles_fit
from ..revisionway import revised_otherwise
from ..yearparts import part_for_the_year
from ..yearclose import closed_in_another_year
from .dates import gives_stated_dates
from .roles import swapped_roles


RULE_ID = "terms"
EVENT_WORDS = 2     # the words before a date that say what it dates (a noun and its verb)
STEM_PREFIX = 6     # letters two forms of one verb share ("remontait", "remontent")


def rule_terms(claim: Claim, cands: list[Candidate], index: FactIndex, found: tuple = ()) -> list[Finding]:
    """Items, relations and events without a figure of their own: a topical fact that names them, says the words
    they quote, and agrees on their date, rank, order, direction, the numbers they write and who does what — the
    first that also gives each date the claim states, else the first that confirms the rest."""
    if _beyond_words(claim):
        return []
    undated: list[Finding] = []
    for decided in _verdicts(claim, cands, index):
        if undated and decided[0].relation != "supports":
            continue
        if decided[0].relation == "supports" and not gives_stated_dates(claim, decided, index):
            undated = undated or decided  # a fact that leaves out a date of the claim: a later one may give it
            continue
        return expectation_revised(claim, decided, cands, index, lambda c: _terms_verdict(claim, c, index)) \
            or overtaken_by_outcome(claim, decided, index) or decided
    return undated


def _verdicts(claim: Claim, cands: list[Candidate], index: FactIndex) -> Iterator[list[Finding]]:
    """The verdict of each topical fact about the claim that decides one, in the candidates' order (a generator: most
    claims stop at the first)."""
    own: Optional[set] = None             # read at the first topical candidate: most claims have none
    for c in cands:
        if not is_topical(c):
            continue
        if own is None:
            own = {k for k in index.claim_keys(claim) if k[0] in "tc" and k[2:] not in ("aid", "military")}
            # the words of the claim itself, not only those it carries from its sentence or the one before
            # ("Il occupe ce poste depuis 2011" after a sentence on profits is not about profits)
            mine = {k for k in index.text_keys(claim.focus or claim.text) if k[0] in "tc"}
            # (not the names of a descriptive incise: "Yoann Richomme (Paprec Arkéa), had rounded Cape Horn first")
            specifics = names_outside_incises(claim, (0, len(claim.text)), None, glosses=False) + appositive_names(claim)
            acronyms = name_acronyms(claim) if specifics else None
        if not fact_names_all(c.fact, c.source, specifics, acronyms) or not _about_the_claim(claim, c, own, mine, index):
            continue
        decided = _terms_verdict(claim, c, index)
        if decided is not None:
            yield decided


def _beyond_words(claim: Claim) -> bool:
    """A claim words in common cannot confirm: a figure, a denial, "alone", an event it restricts."""
    return bool(figures_beyond_bands(claim)) or claim.negated or claim.exclusive or _restricts(claim)


def _restricts(claim: Claim) -> bool:
    """An event the claim restricts (« ne porte que sur … », "only covers …"), not "the only other newcomer"."""
    return claim.only and claim.kind == "event" and not _only_as_adjective(claim.text)


def _only_as_adjective(text: str) -> bool:
    """Whether every "only" of a text qualifies a noun after a determiner ("Lyon were the only other newcomer", « la
    seule région »), restricting nothing the claim says (``only_after_determiners`` of ``claims.yaml``)."""
    folded = fold(text)
    alls = word_pattern("claims", r"(?<!\w)(?:{only_words})(?!\w)").findall(folded)
    adjs = word_pattern("claims", r"(?<!\w)(?:{only_after_determiners})\s+(?:{only_words})(?!\w)").findall(folded)
    return bool(alls) and len(adjs) == len(alls)


def _about_the_claim(claim: Claim, c: Candidate, own: set[str], mine: set[str], index: FactIndex) -> bool:
    """Whether a topical fact is about the claim: it shares two of the claim's terms or concepts (one for an
    item), one of them written in the claim itself (``mine``), names the claim's context, and has the claim's giver
    and receiver where the claim has them. A party's name the claim takes from its context without writing it
    counts for none (who the sentence speaks of, not what it says: « Ces résultats restent conformes à l'objectif du
    groupe » shares only « objectif » with « Arkema a renforcé ses objectifs RSE »)."""
    if not mine & set(c.shared):
        return False
    # (the words of the claim's own dates, "in March", « le 1er septembre », are what the fact is checked on, not
    # what makes it about the claim: a fact of another event in the same month is not the claim's)
    dated = {s for d in claim.dates for s in content_stems(d.text)} | _month_words(claim)
    named = {k for k in c.shared if k in own and (k.startswith("c:") or k.startswith("t:")
                                                   and not set(k[2:].split()) <= dated)}
    context_ok = not claim.context_entities or any("e:" + e in c.shared for e in claim.context_entities) \
        or any("c:" + x in c.shared for x in claim.context_concepts)
    return bool(named and context_ok and roles_fit(claim, c.fact, index) and (claim.role == "item" or _words(named, dated, party_words(c.shared, index) - _written(mine)) >= 2
                                                                       and says_what_happens(claim, c.fact, named)))


def _written(keys: set[str]) -> frozenset[str]:
    """The words of the claim's own keys (``t:`` phrases)."""
    return frozenset(w for k in keys if k.startswith("t:") for w in k[2:].split())


def _month_words(claim: Claim) -> set[str]:
    """The stems of the days the claim dates by month and day without a year (« au 1er janvier », "on 3 March",
    "March 3"): its dates too, which the date rule checks. A month alone may be what is measured (« les données
    de décembre ») or the span something lasts ("from May into October"): those stay words of the claim."""
    text, out = claim.text, set()
    for _, s, e, _ in find_months(text, offset=claim.start):
        s, e = s - claim.start, e - claim.start
        before, after = re.search(r"\d\w*\s+$", text[max(0, s - 8):s]), re.match(r"\s+\d\w*", text[e:e + 8])
        if before or after:
            out |= set(content_stems(text[s - (len(before.group(0)) if before else 0):e + (len(after.group(0)) if after else 0)]))
    return out


def _words(keys: set[str], dated: frozenset[str] | set[str] = frozenset(), names: frozenset[str] = frozenset()) -> int:
    """How many words of the claim shared keys name: each word once, however many phrases it is in ("Elizabeth",
    "Elizabeth line"), and a concept only when no shared word names it (« élèves » and its concept, school); not
    the words of its dates (``dated``), though a phrase joins them to a word that counts (« revalorisé au 1er
    janvier » names one word of what happens, not two); nor the words of ``names``, which say who."""
    words = {w for k in keys if k.startswith("t:") for w in k[2:].split()} - set(dated)
    named = set(concepts_in(" ".join(sorted(words))))
    return len(words - names) + len({k for k in keys if k.startswith("c:") and k[2:] not in named})


def _swapped(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """Who does what the other way round: what ``swapped_roles`` reads beside a confirmed figure too (two predicates,
    two parties, the agent of a passive, …), or the fact's declared object as the doer (``reversed_declared``)."""
    return swapped_roles(claim, fact, index) or reversed_declared(claim, fact, index)


# complexity: one return per way a fact about the claim's words refutes it, or is not its fact, in reading order
def _terms_verdict(claim: Claim, c: Candidate, index: FactIndex) -> Optional[list[Finding]]:
    """The claim against a fact about it: contradicted by another date, rank, order, direction, who does what or
    a bound; supported when it also says the quoted words, numbers, parties and kind; None (not this claim's
    fact) otherwise."""
    if _not_its_fact(claim, c.fact, index):
        return None
    slot = _slot_of_its_event(claim, c.fact, index)
    if slot and slot[0] == "contradicts":
        return [Finding("contradicts", slot[1], c.fact, slot[2])]
    if slot:
        return None                       # another date, rank or order, or none: not this claim's fact
    swapped = _swapped(claim, c.fact, index)
    if swapped:
        return [Finding("contradicts", "roles", c.fact, swapped)]
    bound = _quantity_disagrees(claim, c.fact, index)
    if bound:
        return [Finding("contradicts", "quantity-bound", c.fact, bound)]
    if numbers_unsaid(claim, [c.fact.statement]):
        return None                       # "more than 90p of every pound" is not confirmed by shared words
    if (band := band_disagrees(claim, c.fact, index)) != "":    # ("" when each band of per cent is met, None if one is not)
        return None if band is None else [Finding("contradicts", "quantity", c.fact, band)]
    wrong_part = parts_swapped(claim, c.fact, index) or described_otherwise(claim, c.fact, index)   # (« dont 12 vers Orval »)
    if wrong_part:
        return [Finding("contradicts", "region", c.fact, wrong_part)]
    other_way = _other_way(claim, c.fact, index)
    if other_way:
        return [Finding("contradicts", "direction", c.fact, other_way)]
    way = difference_disagrees(claim, c.fact)
    if way:
        return [Finding("contradicts", "direction", c.fact, way[1])] if way[0] == "other" else None
    if _says_more(claim, c.fact, index):
        return None
    said = "named by the source" if claim.role == "item" else f"the source records it: {c.fact.statement}"
    return [Finding("supports", "terms", c.fact, said)]


def _not_its_fact(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """A fact that cannot be the claim's: it lacks words the claim quotes, says it did not happen, or states no aim
    where the claim states one (what was done, or in another year, is not what the claim's party aims at), or is
    of another year than the close the claim dates it to (``yearclose.closed_in_another_year``), or is about a party
    the claim names only in an incise describing its subject (``incises.described_only``)."""
    return not _quotes_in(claim, fact, index) or denies_claim(claim, fact, index) or aim_unsaid(claim, fact, index) \
        or closed_in_another_year(claim, fact) or described_only(claim, fact, index)


def _slot_of_its_event(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[str, str, str]]:
    """``slot_disagreement``, but another date of a fact that dates another event is no refutation: the fact is
    then not the claim's (``dates_the_same_event``); and the thing acted on (``another_object``): another thing
    refutes the event the claim dates, else the fact is not the claim's."""
    slot = slot_disagreement(claim, fact, index)
    if slot and slot[:2] == ("contradicts", "date") and not dates_the_same_event(claim, fact):
        return ("missing", "date", "the source dates another event")
    if not slot and part_for_the_year(claim, fact):       # (nine months' fall is not the year's)
        return ("missing", "date", "the source gives it for a part of the year only")
    thing = "" if slot else another_object(claim, fact)
    if thing:      # (the event the claim dates, said of another thing; undated, perhaps another event)
        return ("contradicts" if claim.dates or _month_words(claim) else "missing", RULE_ID,
                f"another thing: the source does not say it of '{thing}': {fact.statement}")
    return slot


def dates_the_same_event(claim: Claim, fact: Fact) -> bool:
    """Whether the fact writes what one of the claim's dates dates: one of the two content words just before it,
    its noun or verb ("went on sale on September 20", « s'était rendu sur place les 19 et 20 décembre »), not a name (who) nor a
    word of movement the fact does not write (which way: "fell", « ralenti »: the words before it then). A fact on
    the same subject that dates another event ("the quarter ended December 30", « a annoncé le 21 avril ») gives no
    date of the claim's: its date refutes nothing."""
    text = claim.text
    starts = [d.start - claim.start for d in claim.dates] + [s - claim.start for _, s, _, _ in find_months(text, offset=claim.start)]
    said = set(content_stems(fact.statement))
    said |= {w[:STEM_PREFIX] for w in said if len(w) > STEM_PREFIX}       # (verb forms the stemmer leaves apart)
    lead = _antecedent(claim)
    return not starts or any(_event_said(lead + " " + text[max(0, s - 40):max(0, s)], said) for s in starts) \
        and not any(verb_unsaid(claim, fact, s) for s in starts)


def _antecedent(claim: Claim) -> str:
    """The words of the main clause before a relative clause (its blanked span in ``context_text``): what the
    clause says something of, « le cyclone, qui a frappé l'île le 14 mars », the event its date dates."""
    if claim.role != "relative" or not claim.context_text:
        return ""
    gap = re.search(r" {%d,}" % max(2, len(claim.text.strip()) - 2), claim.context_text)
    return claim.context_text[:gap.start()] if gap else ""


def _event_said(before: str, said: set[str]) -> bool:
    """Whether one of the last two words of ``before`` that say what happened (content words, not capitalised: not
    names; nor words of movement, which say which way) is one of the stems ``said`` (the noun and its verb: "the
    first operating profit came in"); True when there is none."""
    seen = 0
    for w in reversed(before.split()):
        stems = content_stems(w)
        if not stems or w[:1].isupper():
            continue
        if stems[-1] in said or stems[-1][:STEM_PREFIX] in said:
            return True
        seen += not direction_of(w)
        if seen == EVENT_WORDS:
            return False
    return seen == 0


def _says_more(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim says something the fact's shared words do not confirm: it ranks another thing ("the
    highest price of the year" is not "the strongest commodity"), names a party the fact does not, states a kind
    the fact does not ("most of the injured were civilians": words in common confirm no "most"), or another cause
    than the fact's, whatever its kind ("the fall was due to a strike" against "fell because of a strong krona")."""
    return _ranks_another_thing(claim, fact) or _parties_unnamed(claim, fact, index) or _kind_unsaid(claim, fact, index) \
        or deadline_unsaid(claim, fact, index) or cause_unsaid(claim, fact, index.reading(fact).language) is True \
        or (rank_span(claim.focus or claim.text) is not None and (ranks_another_measure(claim, fact)
                                                                   or ranks_other_end(claim, fact)))


def _other_way(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """The fact compares the other way, or says a forecast was revised the other way (« a abaissé sa prévision »)."""
    return _comparison_reversed(claim, fact) or revised_otherwise(claim, fact, index)


def _comparison_reversed(claim: Claim, fact: Fact) -> Optional[str]:
    """The fact compares with the same thing the other way: « légèrement inférieur à celui de 2023 » against
    « légèrement supérieure à celle de 2023 », "fewer than in 2023" against "more than in 2023"."""
    mine, theirs = comparison_sides(claim.focus or claim.text), comparison_sides(fact.statement or "")
    if mine is None or theirs is None or mine[0] == theirs[0]:
        return None
    def sides(text: str) -> set[str]:
        return set(content_stems(text)) | set(re.findall(r"\b(?:1[89]|20)\d\d\b", text))
    if not sides(mine[3]) & sides(theirs[3]):
        return None                       # compared with something else
    said = {"more": "more", "less": "less"}
    return f"wrong direction: the source says {said[theirs[0]]}, the article {said[mine[0]]}: {fact.statement}"


def _ranks_another_thing(claim: Claim, fact: Fact) -> bool:
    """Whether the claim ranks something ("the highest price of the year") and no rank of the fact ranks something
    with a word in common ("the strongest performing commodity"): the ranks may agree, the things ranked do not.
    The quality a superlative ranks by (« les plus bas », "most expensive") is the rank's, not the thing's; a
    word the fact writes longer ("quarter", "quarterly") is in common."""
    text = claim.focus or claim.text
    mine, theirs = rank_span(text), rank_spans(fact.statement or "")
    if mine is None:
        return False
    if not theirs:
        return True                       # a rank no fact gives is for the ranking rule, not for shared words
    a = set(content_stems(text[mine[0]:mine[1]])) - set(content_stems(superlative_words(text, mine)))
    b = {w for lo, hi in theirs for w in content_stems(fact.statement[lo:hi])}
    return bool(a) and not any(same_stem(x, y) for x in a for y in b)


def _parties_unnamed(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim names a party (not who says it) that the fact does not name: the words in common then
    confirm nothing about that party ("the recommendations the government made to the commission" against a
    fact about the government alone)."""
    said = {claim.attributed_to, claim.authored_by, claim.commissioned_by, *claim.context_entities}
    # (a party named by its name, not by a common noun that is one of its aliases: "dans la région")
    named = {m.entity for m in claim.mentions if any(ch.isupper() for ch in m.text)} - said - fact_parties(fact, index)
    if not named:
        return False
    src = index.sources.get(fact.source)          # who publishes the fact names it too ("l'Insee attribue …")
    by = " ".join(str(x) for x in (getattr(src, "publisher", ""), getattr(src, "title", "")) if x)
    # (the publisher written as the list's entity id, « publisher: cour-des-comptes », is that party)
    # (the publisher written as the list's entity id, « publisher: cour-des-comptes », is that party)
    return bool(named - {m.entity for m in index.matcher.find(by, 0)} - {getattr(src, "publisher", None)})


def _kind_unsaid(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether the claim compares, gives a composition or a cause ("more lives than", "la plupart des blessés",
    "driven by") that the fact's sentence does not state in kind: shared words then leave that part unchecked."""
    if claim.kind not in ("comparison", "composition", "cause"):
        # "more delays than": a comparison the fact's sentence does not make is the comparison rule's
        return comparison_sides(claim.focus or claim.text) is not None and comparison_sides(fact.statement or "") is None
    lex = claim_lexicon(index.reading(fact).language)
    marker = {"comparison": lex.comparison, "composition": lex.composition, "cause": lex.cause}[claim.kind]
    if claim.kind == "cause" or claim.kind == "composition" and names_a_cause(claim):     # (« s'explique surtout par »)
        unsaid = cause_unsaid(claim, fact, index.reading(fact).language)      # the fact's cause: « tient à », « attribue … à »
        if unsaid is not None or claim.kind == "cause":
            return unsaid is not False
    return not marker.search(fold_same_length(fact.statement)) and not _same_comparison(claim, fact)


def _same_comparison(claim: Claim, fact: Fact) -> bool:
    """Whether the fact's sentence, read as the claim's is, makes the claim's comparison: the same way against the
    same thing (« plus visités qu'en 2022 » for « davantage de visiteurs qu'un an plus tôt, à la différence des villes »), or
    the other way with the two sides swapped ("fewer seats than votes" is "more votes than seats")."""
    mine, theirs = comparison_sides(claim.focus or claim.text), comparison_sides(fact.statement or "")
    if mine is None or theirs is None:
        return False
    if mine[0] == theirs[0]:
        return bool(_sides(mine[3]) & _sides(theirs[3]))
    return bool(_sides(mine[2]) & _sides(theirs[3]) and _sides(mine[3]) & _sides(theirs[2]))


def _sides(text: str) -> set[str]:
    """The content stems and years of one side of a comparison."""
    return set(content_stems(text)) | set(re.findall(r"\b(?:1[89]|20)\d\d\b", text))


def _quantity_disagrees(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A number of the claim that no rule took as its figure (a duration: "maturities run to at least 45 years")
    against the fact's number of the same unit: "up to 45 years" is not "at least 45 years"."""
    for q in claim.quantities:
        if q.value is None and q.min is None:
            continue
        # the same unit; a bare number only against the same number ("at least 45" for "up to 45")
        # (a number left without a unit before the noun of the fact's unit is in that unit: "for twelve years")
        same = [fq for fq in [*index.reading(fact).quantities, *([fact.quantity] if q.unit is None and fact.quantity else [])]
                if (fq.unit == q.unit or counted_after(claim, q, fq.unit))
                and (fq.unit or (fq.value is not None and q.value is not None and fq.value == q.value))]
        if same and all(compare_quantity(q, fq)[0] == "contradicts" for fq in same):
            return (f"wrong figure: the source gives {fmt_quantity(same[0])}, the article {q.text.strip()!r}: "
                    f"{fact.statement}")
    return None


_QUOTED = compiled(r"[«“\"]\s*([^«»“”\"]{3,}?)\s*[»”\"]")


def _quotes_in(claim: Claim, fact: Fact, index: FactIndex) -> bool:
    """Whether every phrase the claim quotes (« maltraitance institutionnelle », "a turning point") is in the
    fact's statement or quote (in the fact's language; a translation cannot be checked word for word)."""
    quoted = [fold(m.group(1)) for m in _QUOTED.finditer(claim.text) if len(m.group(1).split()) >= 2]
    if not quoted or index.reading(fact).language != clause_language(claim.text):
        return True
    src = index.sources.get(fact.source)
    said = fold(" ".join([fact.statement, fact.quote or "", getattr(src, "title", "") or ""]))   # or its source's title
    return all(q in said for q in quoted)
