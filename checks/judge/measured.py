"""What a figure measures, as the claim's own words say it: a figure refutes a fact only when the claim names something the
fact is about. A claim that says in words of its own what it counts ("the contract is valued at 2.6 billion", « le chantier
devait coûter 3,3 milliards ») and shares none with the closest fact of its unit ("40 billion of orders in 2024") is left
unverified; one that leans on the sentence before ("It stood at …"), a slip of no other measure or a fact of its noun refutes."""
from __future__ import annotations

from ..detect.lexicon import without_possessive
from ..factread import figure_measures_in
from ..compare import compare_quantity, slipped_figure
from ..language import clause_language
from ..numbers import find_quantities
from ..match import Candidate, FactIndex, unit_class
from ..model import Claim, Quantity, same_value
from ..resources import words
from ..terms import a_form_in_common, concepts_in, content_stems
from ..units import lookup as unit_lookup
from ..text import fold, phrase_pattern, words as text_words
from .findings import year_of
from .figures import around_figure, fact_names_all, name_acronyms, window_start
from .marginshare import share_against_margin
from .apposed import of_an_apposed_party
from .declaredclause import measures_at_declared
from .topicality import GENERIC_CONCEPTS
from .incises import main_clause_names, names_outside_incises
from ..tablestore import stored
from .weakwords import beyond, level_stems, of_time, time_words, when_and_how, when_said

LIST_SUBJECT = 0.5     # the share of a list's facts that name its own subject (``_names_the_list``)
CANDIDATES_READ = 20   # the candidates read for a fact of the claim's year that writes its figure (``written_in_its_year``)
MIN_OWN_WORDS = 3      # content words a claim needs, besides its figures, to say by itself what it is about


def _without_figures(text: str, claim: Claim) -> str:
    """The text with the claim's figures blanked (with their unit nouns: the unit, not what is measured)."""
    for q in claim.quantities:
        if q.text.strip():
            text = text.replace(q.text.strip(), " ")
    return text


def shared_subject(claim: Claim, c: Candidate, index: FactIndex) -> set[str]:
    """The topical keys (concepts not of movement, phrases, stems) the claim's words share with the fact, less
    its names: who or what a figure is of ("Velora", « le groupe Norvale ») says nothing of what it measures, and a
    list on one company or country names it in most facts."""
    text = _without_figures(claim.focus or claim.text, claim)
    keys = index.text_keys(text) & _fact_measure_keys(c, index)
    names = set()
    for m in index.matcher.find(text) + index.matcher.find(c.fact.statement or ""):
        if _names_the_list(m.entity, index):
            names |= index.text_keys(m.text) | {"e:" + m.entity}
    keys = {k for k in keys - names if not (k.startswith("c:") and k[2:] in GENERIC_CONCEPTS)}
    apart = _heads_qualified_apart(text, c.fact.statement or "", keys)
    # (a phrase of such a head and a word of level only, "population reached", is that head's too)
    heads = {k[2:] for k in apart if k.startswith("t:")} | level_stems()
    return {k for k in keys - apart if not (apart and k.startswith("t:") and " " in k
                                             and all(w in heads for w in k[2:].split()))}


def _fact_measure_keys(c: Candidate, index: FactIndex) -> set[str]:
    """The fact's keys but those only its figures' units ("up two percentage points") or its words of a span of time
    ("in the fourth quarter", « au premier trimestre ») give: they say how much and when, not what is measured, on
    the fact's side as on the claim's (``_without_figures``, ``when_and_how``) — a "quarter" of a year, a
    "percentage" point, is no share of anything. A counted noun ("8.7 million visitors") says what is counted: kept."""
    text = c.fact.statement or ""
    blanked = text
    for fq in find_quantities(text, index.reading(c.fact).language):
        if fq.text.strip() and not (unit_class(fq.unit) == "count" and unit_lookup(fq.unit) is None):
            blanked = blanked.replace(fq.text.strip(), " ")
    blanked = " ".join(w for w in blanked.split() if not of_time(w))
    return index.text_keys(blanked) & index.fact_keys(c.fact)


def _heads_qualified_apart(claim_text: str, fact_text: str, keys: set[str]) -> set[str]:
    """The keys of a word both sides share only as the head of what they measure, each qualifying it with a word the
    other never writes ("its key interest rate" / "the economic inactivity rate", « taux directeur » / « taux de
    chômage »): one head of two different measures, no word in common about what is measured."""
    lang = clause_language(claim_text)
    if lang != clause_language(fact_text):
        return set()
    out: set[str] = set()
    claim_stems, fact_stems = set(content_stems(claim_text)), set(content_stems(fact_text))
    for k in keys:
        if not k.startswith(("t:", "w:")) or " " in k:
            continue
        mine, theirs = _modifiers(claim_text, k[2:], lang), _modifiers(fact_text, k[2:], lang)
        if mine and theirs and not mine & fact_stems and not theirs & claim_stems:
            out |= {"t:" + k[2:], "w:" + k[2:]} | {"c:" + x for x in concepts_in(k[2:])}
    return out


def _modifiers(text: str, head: str, lang: str) -> set[str]:
    """The content words that qualify a noun (by its stem) where the text writes it: the word before it in English
    ("interest rate"; not a name, "Washington state" — a capital opening the text is no name's —, a participle,
    "entered insolvency", nor when, "third-quarter revenue"), the noun of its complement in French (« taux de
    chômage »: a word right after the noun may be its verb, « la production chuterait »)."""
    toks = [(w, fold(w), next(iter(content_stems(w)), None)) for w, _, _ in text_words(text)]
    out: set[str] = set()
    for i, (_, _, st) in enumerate(toks):
        if st != head:
            continue
        if lang != "fr":
            out |= _word_before(toks, i) | _kind_after(toks, i)
            continue
        if i + 2 < len(toks) and toks[i + 1][1] in _linkers() and toks[i + 2][2]:
            out.add(toks[i + 2][2])
        elif i + 1 < len(toks) and toks[i + 1][1].startswith(_elided_linkers()) and toks[i + 1][2]:
            out.add(toks[i + 1][2])
    return out


def _word_before(toks: list[tuple[str, str, str | None]], i: int) -> set[str]:
    """The stem of the English word before a noun when it says what kind: not a name (a capital past the text's first
    word), nor a verb ("entered"), nor a word of time ("third-quarter")."""
    w, f, mod = toks[i - 1] if i > 0 else ("", "", None)
    if not mod or (w[:1].isupper() and i > 1) or f.endswith(_verb_endings()) or time_words() & set(f.split("-")):
        return set()
    return {mod}


def _kind_after(toks: list[tuple[str, str, str | None]], i: int) -> set[str]:
    """The stem of the first word of an English complement right after a noun that says what kind it is ("demand
    from the technology sector": technology; ``kind_complement_linkers`` then ``measure_complement_articles`` of
    ``measures.yaml``), not a name nor a number."""
    j = i + 1
    if j >= len(toks) or toks[j][1] not in _kind_linkers():
        return set()
    j += 1
    while j < len(toks) and toks[j][1] in _complement_articles():
        j += 1
    if j >= len(toks) or not toks[j][2] or toks[j][0][:1].isupper() or any(ch.isdigit() for ch in toks[j][0]):
        return set()
    return {toks[j][2]}


@stored
def _kind_linkers() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "kind_complement_linkers"))


@stored
def _complement_articles() -> frozenset[str]:
    return frozenset(fold(w) for w in words("measures", "measure_complement_articles"))


@stored
def _linkers() -> frozenset[str]:
    """The words of a noun's complement (« de », « du », « des », "of"), folded, each on its own."""
    return frozenset(fold(w) for phrase in words("numbers", "of_connectors") for w in phrase.split())


@stored
def _connectors() -> frozenset[str]:
    """The words of a noun's complement as whole phrases (« du », « de la », "of the"), folded."""
    return frozenset(fold(phrase) for phrase in words("numbers", "of_connectors"))


@stored
def _elided_linkers() -> tuple[str, ...]:
    """The linkers written onto the next word (« d'intérêt »), folded."""
    return tuple(w for w in _linkers() if w.endswith("'"))


@stored
def _verb_endings() -> tuple[str, ...]:
    return tuple(fold(w) for w in words("measures", "verb_endings_before_noun"))


def _names_the_list(entity: str, index: FactIndex) -> bool:
    """Whether a name is the source list's own subject: at least half its facts name it (a rarer name, "the European
    Union" in a list on British prices, still says which figure the claim means)."""
    return len(index.postings.get("e:" + entity, ())) >= LIST_SUBJECT * len(index.facts)


def about_something_else(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Whether the claim names, in enough words of its own, a thing the fact it would refute says nothing of:
    no word, phrase, concept or name in common, nor, for the same counted noun ("8 700 demandes" against
    "153 600 demandes"), a word's form. Only within one language: a French claim's words are not an English fact's."""
    if claim.antecedent is not None or clause_language(claim.text) != index.reading(c.fact).language:
        return False
    fq = c.fact.quantity
    if _writes_another_figure(claim, q, c, index):
        return False
    own = set(content_stems(_without_figures(claim.focus or claim.text, claim)))
    # (the same counted noun says what is counted: "signed up to the scheme" is still not "sat the exams")
    if fq is not None and q.unit and q.unit == fq.unit and unit_class(q.unit) == "count" and unit_lookup(q.unit) is None:
        own -= set(content_stems(q.unit))
        if a_form_in_common(own, set(content_stems(c.fact.statement or ""))):   # (a verb of movement too: "arrived")
            return False
    weak = when_said(claim, index)
    if len({s for s in own if "w:" + s not in weak}) < MIN_OWN_WORDS:   # (little of its own: "the running total stood
        weak = when_said(claim, index, months=False)                    # at … by the end of November" is that month's)
    return len(own) >= MIN_OWN_WORDS and not beyond(shared_subject(claim, c, index), weak)


def _writes_another_figure(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Whether the fact's sentence writes another figure of the claim, the same number of the same counted noun
    (« les livraisons des douze marques du groupe … » against « les livraisons des douze marques de Norvale ont
    baissé de 14 % »): it is about what the claim counts, whatever words the rest of the claim uses."""
    mine = {(x.value, _noun(x.unit)) for x in claim.quantities if x is not q and x.value is not None
            and unit_class(x.unit) == "count" and _noun(x.unit)}
    return bool(mine) and any((y.value, _noun(y.unit)) in mine for y in index.reading(c.fact).quantities
                              if y.value is not None and unit_class(y.unit) == "count")


def _noun(unit) -> str:
    return " ".join(content_stems(unit or ""))


@stored
def _part_markers():
    return phrase_pattern(words("claims", "part_markers"))


def part_of_another(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex) -> bool:
    """Whether the figure's clause says it of a part alone ("Wind alone supplied 84.2 TWh", « l'éolien a
    produit à lui seul 84,2 TWh ») and the fact names nothing of what comes before the figure: the fact gives the
    whole, or another part, and judges nothing of this one (the figure is left unverified)."""
    folded = fold(window)
    marker = _part_markers().search(folded)
    if marker is None or claim.antecedent is not None:
        return False
    head = window[:max(0, q.start - claim.start - window_start(claim, q))]
    head = (head[:marker.start()] + " " + head[marker.end():]) if marker.start() < len(head) else head
    own = {k for k in index.text_keys(_without_figures(head, claim)) if not (k.startswith("c:") and k[2:] in GENERIC_CONCEPTS)}
    # (the concepts the words name, when they name some: the part's nature, « l'éolien », "hydropower", not the
    # verb or the place a fact of the whole shares, "generated in Osterland")
    own = {k for k in own if k.startswith("c:")} or own
    return bool(own) and not own & index.fact_keys(c.fact)


def uncovered_name(claim: Claim, q: Quantity, cands: list[Candidate], index: FactIndex) -> str | None:
    """A name of a place or party the claim writes before the figure (not in an incise describing its subject), or
    the one whose body it says reports it ("Dornovia's military government reported …", « le gouvernement de la Dornovie
    a recensé … »), that no fact of the source list writes (no fact's word, stem or entity, nor any candidate's
    statement, terms or source): the figure is of something the list does not cover, and no fact refutes it."""
    names = names_outside_incises(claim, (0, max(0, q.start - claim.start)), index)   # (not a subject's description)
    names = names + main_clause_names(claim, index)
    who = claim.attributed_to
    if who and who not in index.catalog.entities:
        names = names + _possessors(who)
    acronyms = name_acronyms(claim) if names else None     # (a name the list writes as its initials, "BIT")
    return next((n for n in names if not _written_by_the_list(n, index)
                 and not any(fact_names_all(c.fact, c.source, [n], acronyms) for c in cands)), None)


def _possessors(phrase: str) -> list[str]:
    """The capitalised names a phrase gives as possessors: with a possessive ending ("Dornovia's government":
    ``lexicon.without_possessive``) or after a word of a noun's complement (« le gouvernement du Kestrel »,
    « d'Ostmark », "the government of Dornovia"), folded."""
    toks = [w for w, _, _ in text_words(phrase)]
    out = []
    for i, w in enumerate(toks):
        elided = next((e for e in _connectors() if e.endswith("'") and " " not in e
                       and fold(w).startswith(e)), "")
        name = w[len(elided):]
        owner = without_possessive(name)
        owned = owner is not None
        name = owner if owned else name
        before = {fold(" ".join(toks[max(0, i - n):i])) for n in (1, 2) if i >= n}
        linked = bool(elided) or bool(before & _connectors())
        if name[:1].isupper() and len(name) >= 3 and (owned or linked):
            out.append(fold(name))
    return out


def _written_by_the_list(name: str, index: FactIndex) -> bool:
    """Whether some fact of the list writes the name (its word, its stem or its entity)."""
    keys = [k for k in index.text_keys(name) if k[:2] in ("t:", "w:", "e:")]
    return not keys or any(index.postings.get(k) for k in keys)


def not_of_this(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex, cands: tuple = ()) -> bool:
    """Whether the closest fact, which disagrees, is about another thing than the figure: something the claim does not
    name (or names only as another candidate fact that gives the figure does: ``named_as_another_gives``), another
    measure, the whole of which the figure is a part said alone, another party than its apposed one."""
    return about_something_else(claim, q, c, index) or named_as_another_gives(claim, q, c, cands, index) or part_of_another(
        claim, q, window, c, index) or share_against_margin(claim, q, window, c, index) or _multiple_of_another(
        claim, q, c, index) or measures_apart(claim, q, window, c, index) or of_an_apposed_party(claim, c, index)


def named_as_another_gives(claim: Claim, q: Quantity, c: Candidate, cands, index: FactIndex) -> bool:
    """Whether a claim of too few words of its own to say by itself what it is about (``about_something_else``), « Le
    back-catalogue a rapporté 1,3 milliard », "The archive brought in £1.3bn", shares none with the closest fact, which
    refutes it (an investment of 1.16 billion), while another candidate fact of its language that gives its figure
    shares a word of them (the archive's £1.296bn; not only a party's name): those words say what the figure
    measures, which the closest fact is not."""
    lang = clause_language(claim.text)
    if claim.antecedent is not None or lang != index.reading(c.fact).language or _writes_another_figure(claim, q, c, index):
        return False
    weak = when_said(claim, index)
    if beyond(shared_subject(claim, c, index), weak):
        return False
    return any(o is not c and o.fact.quantity is not None and unit_class(o.fact.quantity.unit) == unit_class(q.unit)
               and index.reading(o.fact).language == lang and compare_quantity(q, o.fact.quantity)[0] == "supports"
               and any(k[:2] in ("t:", "w:") for k in beyond(shared_subject(claim, o, index), weak)) for o in cands)


def not_of_what_it_misreads(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex, detail: str,
                            cands: tuple = ()) -> bool:
    """Whether the closest fact, which refutes the figure (``detail``: how, "" for a plain wrong figure), is about
    another thing than it (``not_of_this``). A slip of magnitude or bound is the fact's figure misread only when the
    claim names a measure of its kin (``measures_apart``) — but a figure a thousand times off whose digits are not the
    fact's to their rounding, "152,60 euros" against 148.2 million, « 20,8 millions de salariés » against 22, is no
    slip of that figure: another figure at another scale, read as any wrong figure is."""
    if detail and not (detail == "magnitude" and not slipped_figure(q, c.fact.quantity)):
        return measures_apart(claim, q, window, c, index)
    return not_of_this(claim, q, window, c, index, cands)


def measures_apart(claim: Claim, q: Quantity, window: str, c: Candidate, index: FactIndex,
                   read=figure_measures_in, written: bool = True) -> bool:
    """Whether the figure's own clause names a measure noun (« 3,1 milliards d'euros de dette », "spending of …"; for
    a clause that names none, "…, with 2.6 billion paid out", the claim's words before it, then its main clause's, « le
    dividende … , en hausse de 14,6 % », then the statement's it points back to) and the disagreeing fact names only
    measures of another kind (its revenue) in its declared figure's clause, else its sentence (``declaredclause``):
    it refutes nothing of this one (``figure_measures``; a profit and a loss, one kin, may: ``measure_noun_kin``).
    Never when the fact's sentence writes the figure among its own (``written``): it may be the claim's (``read``)."""
    if written and any(same_numbers(q, x) for x in index.reading(c.fact).quantities):
        return False
    ante = claim.antecedent
    mine = read(window) or read(claim.text[:max(0, q.start - claim.start)]) or read(claim.context_text) \
        or (read(ante.focus or ante.text) if ante is not None else frozenset())
    theirs = measures_at_declared(c, index, read)
    return bool(mine) and bool(theirs) and not {k for m in mine for k in measure_kin(m)} & theirs


def measure_kin(measure: str) -> frozenset[str]:
    """A measure noun's id with those of its kin (``measure_noun_kin``)."""
    return frozenset({measure}.union(*(g for g in _kin_groups() if measure in g)))


@stored
def _kin_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g.split()) for key in ("measure_noun_kin", "figure_measure_kin") for g in words("measures", key))


def _multiple_of_another(claim: Claim, q: Quantity, c: Candidate, index: FactIndex) -> bool:
    """Two multiples of different things: "five times their average rainfall" against "twice as likely", « deux fois
    plus rapide » against « trois fois plus nombreux »: a multiple written before a comparative word
    (``multiple_comparatives``) compares the quality its next word names, which the other must name too."""
    if q.unit != "times" or c.fact.quantity is None or c.fact.quantity.unit != "times":
        return False
    own = claim.focus or claim.text
    theirs = [compared_quality(c.fact.statement, fq.end) for fq in index.reading(c.fact).quantities
              if fq.unit == "times" and fq.value == c.fact.quantity.value and fq.end >= 0]
    said = compared_quality(own, q.end - claim.start)
    return bool(theirs) and all(t != said for t in theirs)


def compared_quality(text: str, end: int) -> tuple:
    """The comparative word after a multiple and the stems of the word it compares ("as likely": ("as", likely)), or
    () for a multiple of an amount ("the 4 million", « les 31,4 millions »)."""
    after = fold(text[end:end + 40]).split()
    if not after or after[0] not in {fold(w) for w in words("measures", "multiple_comparatives")}:
        return ()
    return after[0], frozenset(content_stems(after[1])) if len(after) > 1 else frozenset()


def written_in_its_year(claim: Claim, q: Quantity, year: int, index: FactIndex) -> bool:
    """Whether a fact of the claim's year writes the figure exactly among the figures of its sentence, and writes a
    word of what the claim's words around the figure measure (not only when or which way: « Pour 2026, … une hausse de
    capacité de 3 à 4 %, des investissements de … » for « une hausse de ses capacités de 3 à 4 % »): the figure is
    that year's too, whatever another year's fact of its measure gives; no wrong year is shown."""
    keys = index.text_keys(_without_figures(around_figure(claim, q), claim))
    keys = beyond({k for k in keys if not (k.startswith("c:") and k[2:] in GENERIC_CONCEPTS)}, when_and_how(claim, index))
    return bool(keys) and any(year_of(c.fact.as_of) == year and keys & index.fact_keys(c.fact)
                              and any(x.unit == q.unit and same_numbers(q, x) for x in index.reading(c.fact).quantities)
                              for c in index.candidates(claim)[:CANDIDATES_READ])


def same_numbers(q: Quantity, x: Quantity) -> bool:
    """Whether two figures write the same number, or the same range (not a number within a range)."""
    return all((a is None) == (b is None) and (a is None or same_value(b, a))
               for a, b in ((q.value, x.value), (q.min, x.min), (q.max, x.max)))


def words_of_its_measure(claim: Claim, q: Quantity, index: FactIndex) -> set[str]:
    """The keys of the claim's words around a figure (up to its neighbours) that say what it measures, with the
    words of its own phrase but its number and counted noun ("local" of "4,360 local applicants"): not its figures,
    when or which way it moved, nor the names of its parties."""
    noun = set(fold(q.unit or "").split())
    own = " ".join(w for w in q.text.split() if not any(ch.isdigit() for ch in w) and fold(w) not in noun)
    keys = index.text_keys(_without_figures(around_figure(claim, q), claim) + " " + own)
    return {k for k in beyond(keys, when_and_how(claim, index)) if not k.startswith("e:")}
