"""Stage 3, detect: statements -> kinds and atomic claims.

A statement is decomposed into segments, each becoming a ``Claim`` with its own offsets:
an attribution frame ("Une étude commandée par X indique que", "according to X"), the main
clause, glosses ("— soit environ 1,2 milliard de dollars —", ", up from £980 million"),
relative clauses carrying a fact (", qui a renouvelé son soutien à la Russie,") and coordinated
items ("sous forme d'aide alimentaire, de produits pétroliers et de ..."). Each claim is then
given its quantities and dates (``checks.numbers``), entity mentions and roles (``checks.entities``,
``checks.roles``), negation, and a kind after the claim types of fact-checkers: quantity, relation,
attribution, event (checkable) or opinion, prediction, question (not checkable).

A claim is checkable when it has an anchor a source can confirm or refute: a figure, a transfer
between named parties, a dated event, or a named source's statement; and no modal or evaluative
wrapper turns it into a forecast or an opinion. All word lists live in ``data/lang/*/claims.yaml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from . import numbers, units
from .entities import EntityMatcher
from .model import AnalysedStatement, Claim, DateRef, Quantity, Statement
from .resources import lexicon
from .roles import find_roles
from .terms import LANGS, concepts_in, content_stems
from .text import fold, fold_same_length, phrase_pattern

NON_CLAIM_LAYOUTS = ("headline", "subhead", "metadata", "label")


# --- lexicon ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClaimLexicon:
    attribution_verb: re.Pattern
    reported_opener: re.Pattern
    attribution_prep: re.Pattern
    commission: re.Pattern
    authorship: re.Pattern
    source_noun: re.Pattern
    vague: re.Pattern
    prediction: re.Pattern
    reported_conditional: re.Pattern
    opinion: re.Pattern
    question: re.Pattern
    negation: re.Pattern
    only: re.Pattern
    exclusive: re.Pattern
    relative: re.Pattern
    gloss: re.Pattern
    items: re.Pattern
    coordinator: re.Pattern
    event: re.Pattern
    comparison: re.Pattern
    ranking: re.Pattern
    cause: re.Pattern
    composition: re.Pattern
    month_homographs: frozenset
    finite_verbs: frozenset          # "May was …": a modal is never followed by these
    past_promises: frozenset         # "promised", "a promis": a promise made is an event, not a forecast
    record_comparative: re.Pattern   # "autant de … que", "as many … as": with a negation, a record
    future_form: Optional[re.Pattern]   # French future and conditional verb endings ("atteindront", "chercherait")
    future_tense: Optional[re.Pattern]  # the future ones only: like "will", an announced plan with a figure
    future_exclusions: frozenset        # words with those endings that are no verb ("retrait", "front")
    noun_homographs: frozenset       # markers that are also nouns ("will")
    noun_determiners: frozenset      # words before such a marker that make it the noun ("the will")
    opinion_frame: re.Pattern
    relative_years: dict
    clause_relative_years: dict


def _endings(endings) -> Optional[re.Pattern]:
    """Words of five letters or more that end in one of ``endings`` (folded)."""
    forms = sorted({fold(e) for e in endings}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])[a-z]{2,}(?:" + "|".join(re.escape(e) for e in forms) + r")(?![\w'])") if forms else None


def _gather(langs, key):
    out = []
    for lang in langs:
        out.extend(lexicon(lang, "claims").get(key, []))
    return out


@functools.lru_cache(maxsize=None)
def claim_lexicon(lang: str) -> ClaimLexicon:
    langs = (lang,) if lang in LANGS else LANGS
    g = functools.partial(_gather, langs)
    years: dict[str, int] = {}
    clause_years: dict[str, int] = {}
    for lg in langs:
        years.update({fold(k): v for k, v in lexicon(lg, "claims").get("relative_years", {}).items()})
        clause_years.update({fold(k): v for k, v in lexicon(lg, "claims").get("clause_relative_years", {}).items()})
    negation_words = g("negation_words")
    return ClaimLexicon(
        attribution_verb=phrase_pattern(g("attribution_verbs")),
        reported_opener=phrase_pattern(g("reported_clause_openers")),
        attribution_prep=phrase_pattern(g("attribution_prepositions")),
        commission=phrase_pattern(g("commission_markers")),
        authorship=phrase_pattern(g("authorship_markers")),
        source_noun=phrase_pattern(g("source_nouns")),
        vague=phrase_pattern(g("vague_sources")),
        prediction=phrase_pattern(g("prediction_markers")),
        reported_conditional=phrase_pattern(g("reported_conditional")),
        opinion=phrase_pattern(g("opinion_markers")),
        question=phrase_pattern(g("question_markers")),
        negation=phrase_pattern(negation_words),
        only=phrase_pattern(g("only_words")),
        exclusive=phrase_pattern(g("exclusive_markers")),
        relative=phrase_pattern(g("relative_pronouns")),
        gloss=phrase_pattern(g("gloss_openers")),
        items=phrase_pattern(g("item_openers")),
        coordinator=phrase_pattern(g("coordinators")),
        event=phrase_pattern(g("event_words")),
        comparison=phrase_pattern(g("comparison_markers")),
        ranking=phrase_pattern(g("ranking_markers")),
        cause=phrase_pattern(g("cause_markers")),
        composition=phrase_pattern(g("composition_markers")),
        month_homographs=frozenset(g("month_homographs")),
        finite_verbs=frozenset(fold(w) for w in g("passive_auxiliaries") if " " not in w) | frozenset(g("finite_verbs")),
        past_promises=frozenset(fold(w) for w in g("past_promises")),
        future_form=_endings(g("future_endings") + g("conditional_endings")),
        future_tense=_endings(g("future_endings")),
        future_exclusions=frozenset(fold(w) for w in g("future_exclusions")),
        noun_homographs=frozenset(fold(w) for w in g("noun_homographs")),
        noun_determiners=frozenset(fold(w) for w in g("noun_determiners")),
        record_comparative=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in g("record_comparatives"))
                                      + r")(?!\w).*(?<!\w)(?:" + "|".join(re.escape(fold(w)) + ("" if fold(w)[-1:] in "'\u2019" else r"(?!\w)")
                                                                            for w in g("record_comparative_ends")) + ")"),
        opinion_frame=_opinion_frame(g("opinion_frame_openers"), g("opinion_frame_exclusions")),
        relative_years=years,
        clause_relative_years=clause_years,
    )


def _opinion_frame(openers: list[str], exclusions: list[str]) -> re.Pattern:
    """"Pour l'opposition, …": an opener, a short phrase and a comma; not when the phrase is a time or a
    count ("Pour la première fois, …", "For the third year, …"): those frame facts."""
    if not openers:
        return re.compile(r"(?!)")
    alt = lambda words: "|".join(re.escape(fold(w)) for w in words)
    not_time = rf"(?![^,;]*(?:\d|(?<!\w)(?:{alt(exclusions)})))" if exclusions else ""
    return re.compile(rf"\s*(?:{alt(openers)})\s+{not_time}[^,;]{{2,60}},")


# --- segments -----------------------------------------------------------------------------------

@dataclass
class Segment:
    start: int            # offsets relative to the statement
    end: int
    role: str             # main | attribution-frame | gloss | relative | item
    subject_hint: Optional[str] = None
    children: list["Segment"] = field(default_factory=list)
    connectors: list[tuple[int, int]] = field(default_factory=list)   # "sous forme de", "et de": blanked, no claim


_DASH_PAIR = re.compile(r"\s[-–—]\s(.+?)\s[-–—](?=\s|$)")
_DASH_TAIL = re.compile(r"\s[-—–]\s((?:(?!\s[-—–]\s).)+?)\s*[.!]?$")
_PAREN = re.compile(r"\(([^()]{3,})\)")


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-.!"):
        e -= 1
    return s, e


def _says_more(after_verb: str, lex: ClaimLexicon) -> bool:
    """Whether the words after a speech verb open what was said ("said that …", "a dit qu'…", "said there had
    been …": ``reported_clause_openers``), so the verb is no speech tag that ends a sentence."""
    return bool(lex.reported_opener.match(after_verb.lstrip()) or re.match(r"\s*(que|qu'|that)\b", after_verb))


def _find_frame(f: str, lex: ClaimLexicon) -> Optional[tuple[int, int, int, int]]:
    """(frame_start, frame_end, content_start, content_end) of an attribution frame, if any."""
    n = len(f.rstrip(" .!"))
    m = lex.attribution_prep.match(f)
    if m:
        comma = f.find(",", m.end())
        # "Selon l'étude X, rédigée par Y, ..." : the apposition belongs to the frame
        after = f[comma + 1:].lstrip() if comma > 0 else ""
        if comma > 0 and (lex.authorship.match(after) or lex.commission.match(after)):
            nxt = f.find(",", comma + 1)
            if 0 < nxt < n - 10:
                comma = nxt
        if 0 < comma < n - 10:
            return 0, comma, comma + 1, n
    for m in lex.attribution_prep.finditer(f):
        if m.start() > 10 and f[:m.start()].rstrip().endswith(",") and "," not in f[m.end():n]:
            return m.start(), n, 0, f[:m.start()].rstrip().rfind(",")
    # trailing speech tag: ", a-t-il dit." / ", he said." / ", the commission said on Friday."
    m = re.search(r"(?<!\d),\s*((?:[^,]|(?<=\d),(?=\d)){0,160}?)$", f[:n])
    if m and m.start() > 10:
        verb = lex.attribution_verb.search(m.group(1))
        tag = m.group(1)
        # a speech tag is short and names a speaker, it carries no figure ("relève l'âge de 62 à 64 ans" is no tag)
        # and says nothing after its verb ("…, the ONS said on Friday"; not "…, the ONS said there had been no error")
        if verb and len(tag[:verb.start()].split()) <= 6 and len(tag.split()) <= 12 and not re.search(r"\d", tag) \
                and not _says_more(tag[verb.end():], lex):
            return m.start() + 1, n, 0, m.start()
    # '"Every child is a door left open," said Ruth Mensah, a nurse.': a quote, then its speech tag
    if re.match(r"\s*[«“\"]", f):
        for m in lex.attribution_verb.finditer(f):
            before = f[:m.start()].rstrip()
            if re.search(r"[»”\"]\s*,?$|,\s*[»”\"]$", before):
                return m.start(), n, 0, len(before)
            break
    # "X, the ONS said on Thursday, Y": a speech tag between commas after a clause with its figure, content on
    # both sides (the frame's tail after the second comma is read by ``_segments`` as a gloss); not "None of the
    # six datasets, the WMO noted, kept …", where the clause goes on after the tag
    for m in lex.attribution_verb.finditer(f):
        before, after = f.rfind(",", 0, m.start()), f.find(",", m.end())
        if before < 10 or after < 0 or after > n - 10:
            continue
        speaker, tail = f[before + 1:m.start()], f[m.end():after]
        if 0 < len(speaker.split()) <= 6 and len(tail.split()) <= 4 and not re.search(r"\d", speaker + tail) \
                and re.search(r"\d", f[:before]) \
                and not _says_more(tail, lex) and not lex.relative.match(speaker.lstrip()):
            return before + 1, after, 0, before
    # "X indique que Y", "X said (that) Y" -- not a verb inside an incise ("The penalty, which the company said…")
    for m in lex.attribution_verb.finditer(f):
        if m.start() < 3 or m.start() > 0.7 * n:
            continue
        incise = f[:m.start()].rsplit(",", 1)
        if len(incise) == 2 and lex.relative.match(incise[1].lstrip()):
            continue
        rest = f[m.end():]
        that = re.match(r"\s+(que|qu'|that)\b\s*", rest) or re.match(r"\s+(que|qu')", rest)
        if that:
            end = m.end() + that.end()
            return 0, m.end(), end, n
        if re.match(r"\s+(the|a|an|its|their|his|her|it|he|she|they|[a-z]+\s)", rest) and m.group(0) in (
                "said", "says", "told", "estimates", "estimated", "reported", "reports", "found", "finds", "shows", "showed"):
            return 0, m.end(), m.end() + 1, n
        break
    return None


_COMMA = re.compile(r"(?<!\d),\s*|,(?!\d)\s*")


def _next_comma(f: str, start: int) -> int:
    m = _COMMA.search(f, start)
    return m.start() if m else -1


def _segments(text: str, f: str, lex: ClaimLexicon, matcher: EntityMatcher) -> list[Segment]:
    frame = _find_frame(f, lex)
    segs: list[Segment] = []
    if frame:
        fs, fe, cs, ce = frame
        segs.append(Segment(*_strip_span(text, fs, fe), role="attribution-frame"))
        # "The inquiry, opened in 2021 after complaints, found that …": a dated incise of the frame is a claim
        for m in re.finditer(r",([^,]*\d[^,]*),", f[fs:fe]):
            segs.append(Segment(*_strip_span(text, fs + m.start(1), fs + m.end(1)), role="relative"))
        if ce < fs and fe < len(f.rstrip(" .!")) - 1:
            # the words after a speech tag between commas: a gloss of the content before it
            segs.append(Segment(*_strip_span(text, fe + 1, len(text)), role="gloss"))
    else:
        cs, ce = 0, len(text)
    cs, ce = _strip_span(text, cs, ce)
    main = Segment(cs, ce, "main")
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for m in list(_DASH_PAIR.finditer(f, cs, ce)) + list(_PAREN.finditer(f, cs, ce)):
        s, e = _strip_span(text, m.start(1), m.end(1))
        if e - s > 3 and free(s, e):
            main.children.append(Segment(s, e, "gloss"))
            taken.append((m.start(), m.end()))
    m = _DASH_TAIL.search(f, cs, ce + 1)
    if m and free(m.start(), m.end()):
        s, e = _strip_span(text, m.start(1), m.end(1))
        main.children.append(Segment(s, e, "gloss"))
        taken.append((m.start(), m.end()))
    # relative clauses ", qui ..., " carrying a fact about the preceding name
    def comma_clauses():
        """(comma match, end of the clause) for each comma-opened clause of the content."""
        for m in _COMMA.finditer(f[:ce]):
            if m.end() >= cs:
                stop = _next_comma(f, m.end())
                yield m, (ce if stop < 0 or stop > ce else stop)

    def add(m, stop, role, hinted):
        before = matcher.find(text[cs:m.start()], cs) if hinted else []
        hint = before[-1].entity if before else None
        main.children.append(Segment(*_strip_span(text, m.end(), stop), role=role, subject_hint=hint))
        taken.append((m.start(), stop))

    for m, stop in comma_clauses():
        rel = lex.relative.match(f, m.end())
        if rel and f[m.end():rel.end()] != "that" and free(m.end(), stop):
            add(m, stop, "relative", True)
    # participial appositions carrying a dated fact: ", élu en 2020,", ", fondée en 2019,", ", founded in 1962,";
    # enclosed by commas, and never the clause that follows a closing comma ("X, which …, slowed to 4 %": the
    # main verb comes back there)
    for m, stop in comma_clauses():
        word = re.match(r"[^\W\d_]+", f[m.end():])
        if not word or not free(m.end(), stop) or not re.search(r"\d", f[m.end():stop]):
            continue
        if stop >= ce or any(b == m.start() for _, b in taken):
            continue
        if lex.event.fullmatch(word.group(0)) or re.fullmatch(r"\w{3,}(?:ee?s?|ed)", word.group(0)):
            add(m, stop, "relative", True)
    # glosses after a comma: ", soit ...", ", contre ...", ", up from ..."
    for m, stop in comma_clauses():
        if lex.gloss.match(f, m.end()) and free(m.end(), stop):
            add(m, stop, "gloss", False)
    # a clause after a colon: "did not grow in 2025: the network carried 141 million trips"
    for m in re.finditer(r"(?<!\d)\s?:\s+", f[:ce]):
        if m.start() < cs or not free(m.start(), m.end()) or lex.items.search(f, max(cs, m.start() - 25), m.start()):
            continue
        stop = min([a for a, b in taken if a > m.end()] or [ce])
        if len(f[m.end():stop].split()) >= 4 and len(f[cs:m.start()].split()) >= 3:
            main.children.append(Segment(*_strip_span(text, m.end(), stop), role="gloss"))
            taken.append((m.start(), stop))
            break
    # coordinated items: "sous forme d'aide alimentaire, de produits pétroliers et de ..."
    chain: Optional[int] = None
    for m in lex.items.finditer(f, cs, ce):
        opener_end = m.end()
        nxt = lex.items.match(f, opener_end + 1)        # "principalement sous forme de"
        if nxt:
            chain = m.start() if chain is None else chain
            continue
        first, chain = (chain if chain is not None else m.start()), None
        stop = ce
        for a, b in sorted(taken):
            if a > opener_end:
                stop = min(stop, a)
        items = _split_items(text, f, opener_end, stop, lex)
        if len(items) >= 2 and free(first, stop):
            main.children.extend(items)
            main.connectors.append((first, stop))
            taken.append((first, stop))
            break
    main.children.sort(key=lambda s: s.start)
    segs.append(main)
    return segs


_ITEM_ARTICLE = re.compile(r"^(?:de la |de l'|des |du |de |d'|la |le |les |l'|un |une |the |a |an |some )")


def _split_items(text: str, f: str, start: int, stop: int, lex: ClaimLexicon) -> list[Segment]:
    parts: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r"(?<!\d),|,(?!\d)|\s(?:et|and|ou|or|ainsi qu'|ainsi que|as well as)\s", f[start:stop]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, stop))
    out = []
    for s, e in parts:
        s, e = _strip_span(text, s, e)
        art = _ITEM_ARTICLE.match(f[s:e])
        if art:
            s += art.end()
        if e - s >= 3:
            out.append(Segment(s, e, "item"))
    return out


# --- claims -------------------------------------------------------------------------------------

@dataclass
class Context:
    lang: str
    matcher: EntityMatcher
    article_year: Optional[int] = None
    last_subject: Optional[str] = None     # the entity the previous statement was about, for "Elle", "It", "They"
    last_claim: Optional[Claim] = None     # the previous statement's main claim, for "That is up from ...", "C'est ..."


_ANAPHOR = re.compile(r"^(?:that|this|it|c'est|ce|cela|ceci|ca)\b")
_PRONOUN = re.compile(r"^(?:(?:par ailleurs|en outre|de plus|however|meanwhile|also)[ ,]+)?(il|elle|ils|elles|it|they|he|she)\b", re.I)


def _points_back(f: str) -> bool:
    """Whether a clause speaks of what the statement before it did: "That is up from 48.9 %", "It rose",
    "Sur un an, il a toutefois progressé de 4,1 %" (a pronoun subject, after an opening phrase)."""
    rest = re.sub(r"^[^,]{1,40},\s*", "", f)
    return any(rx.match(x) for rx in (_ANAPHOR, _PRONOUN) for x in (f, rest))


def _blank(text: str, start: int, end: int, children: list[Segment], connectors=()) -> str:
    chars = list(text[start:end])
    for a, b in [(c.start, c.end) for c in children] + list(connectors):
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


_BOUND_NEGATION = re.compile(r"(?<!\w)(?:ne\s+|n')(?:depass|exced)\w*\s+(?:pas|guere)(?!\w)|"
                             r"(?<!\w)(?:does|did|do|will|would)\s*(?:not|n't)\s+(?:exceed|top|surpass)\w*|"
                             r"(?<!\w)not\s+(?:more|higher|greater)\s+than(?!\w)|(?<!\w)no\s+more\s+than(?!\w)")


_NE = re.compile(r"(?<![\w])(?:ne|n')\s*")
# "ne … pas" close to the verb; "ne … aucun/rien/personne" after it, further away ("n'a donné lieu à aucun versement")
_NE_NEGATION = re.compile(r"(?:\S+\s+){0,3}?(pas|jamais|plus|guere|nullement)(?!\w)|"
                          r"(?:\S+\s+){0,6}?(aucun|aucune|rien|personne)(?!\w)")
_NE_QUE = re.compile(r"(?:\S+\s+){0,4}?(que|qu')")


def _negation(f: str, lex: ClaimLexicon, lang: str) -> tuple[bool, bool]:
    """(negated, only) of a folded clause. French "ne ... que" is a restriction, not a negation."""
    only = bool(lex.only.search(f))
    negated = False
    f = _BOUND_NEGATION.sub(lambda m: " " * len(m.group(0)), f)   # "ne dépasse pas X" is a bound, not a denial
    for m in _NE.finditer(f):
        window = f[m.end():m.end() + 40]
        if _NE_NEGATION.match(window):
            negated = True
        elif _NE_QUE.match(window):
            only = True
    if lang != "fr":
        for m in lex.negation.finditer(f):
            word = m.group(0)
            if word in ("pas", "jamais", "plus", "aucun", "aucune", "rien", "personne", "ni", "guere", "nullement", "sans"):
                continue           # French negation words count only with "ne"
            before = f[max(0, m.start() - 2):m.start()]
            after = f[m.end():m.end() + 25]
            if word == "no" and re.match(r"\s+(more|less|fewer)\s+than", after):
                continue
            if before.endswith(", ") and re.match(r"[^,]{1,30},", after):
                continue           # contrastive apposition: "the bank, not the authority, ..."
            negated = True
    if lang == "fr":                   # without "ne", only at the head of the clause: "Aucun accord, …"
        head = re.match(r"\s*(aucun|aucune|jamais)(?!\w)", f)      # ("une personne", "le plus … jamais vu": no)
        negated = negated or bool(head)
    if negated and lex.record_comparative.search(f):
        negated = False                # "jamais … autant de X qu'en 2024", "never so many as": a record, not a denial
    return negated, only


_BASELINE = re.compile(r"(?:\b(?:from|than|compared (?:with|to)|against|versus|vs|contre|par rapport (?:a|au|aux)|"
                       r"qu'a|que|comparee? (?:a|au)|relative to)\s+(?:\S+\s+){0,3}|\b(?:on|sur)\s+)$")


def _years(f: str, dates: list[DateRef], lex: ClaimLexicon, ref_year: Optional[int], base: int,
           clause_year: Optional[int] = None, own: str = "") -> list[DateRef]:
    """Absolute dates plus relative ones ("l'an dernier", "last year"); a date that is the baseline of a
    comparison ("up from 48.9 % in 2019", "qu'à la fin de 2022") gets relation "baseline", not "at"."""
    out = []
    for d in dates:
        if d.relation == "at" and _BASELINE.search(f[max(0, d.start - base - 40):d.start - base]):
            d.relation = "baseline"
        out.append(d)
    for table, year in ((lex.relative_years, ref_year), (lex.clause_relative_years, clause_year)):
        if not year or not table:
            continue
        for m in _table_pattern(tuple(table)).finditer(f):
            rel = "baseline" if _BASELINE.search(f[max(0, m.start() - 40):m.start()]) else "at"
            out.append(DateRef(year + table[m.group(0)], text=(own or f)[m.start():m.end()], start=base + m.start(),
                               end=base + m.end(), relation=rel))
    return out


@functools.lru_cache(maxsize=None)
def _table_pattern(phrases: tuple) -> "re.Pattern[str]":
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")


_PER_UNIT = re.compile(r"\s*(?:per|par|each|chacun|pour chaque|(?:a|an)(?=\s+(?:share|head|person|day|week|month)\b(?!\s+(?:earlier|ago|before|later))))"
                       r"\s+(?!(?:le|la|les|un|une|des|the)\b)([^\W\d_]{3,})", re.I)       # "par habitant", not "par le fonds" (an agent)


def _per_units(own: str, quantities, base: int) -> None:
    """"$2.05 per share", "5 200 euros par habitant": the unit becomes "USD per share"."""
    for q in quantities:
        if not q.unit or q.unit in ("percent", "ratio", "year"):
            continue
        m = _PER_UNIT.match(own, q.end - base)
        if m:
            q.unit = f"{q.unit} per {m.group(1).lower()}"


_EXCEED = re.compile(r"(?:depass\w*|exced\w*|exceed\w*|tops?|topped|surpass\w*|franchi\w*)\s+(?P<neg>pas\s+|guere\s+|jamais\s+)?"
                     r"(?:la barre des?\s+|the\s+)?$")
_EXCEED_NEGATED = re.compile(r"(?:\bne\s+|\bn'|\bnot\s+|n't\s+|\bnever\s+|\bjamais\s+)(?:\w+\s+){0,2}$")


def _verb_bounds(f: str, quantities, base: int) -> None:
    """"pourrait dépasser 50 %" is at least 50 %; "ne dépasse pas 1,2 milliard", "never topped 60 %" at most."""
    for q in quantities:
        if q.bound != "about" or q.approximate or q.min is not None:
            continue
        before = f[max(0, q.start - base - 40):q.start - base]
        m = _EXCEED.search(before)
        if m:
            negated = m.group("neg") or _EXCEED_NEGATED.search(before[:m.start()])
            q.bound = "at-most" if negated else "at-least"


_MULTIPLIER = re.compile(r"(?<![\w'])(?:(?P<q>more than|over|nearly|almost|plus du|plus que|pres du|presque|au moins le)\s+)?"
                         r"(?:(?:le|the)\s+)?(?P<w>double|doubled|doubling|twice|triple|tripled|treble|trebled|quadruple|quadrupled|"
                         r"doubl[ea]\w*|tripl[ea]\w*)(?![\w])")
_MULTIPLES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0}
_MULTIPLIER_BOUND = {"more than": "at-least", "over": "at-least", "plus du": "at-least", "plus que": "at-least",
                     "au moins le": "at-least", "nearly": "about", "almost": "about", "pres du": "about", "presque": "about"}


def _multipliers(own: str, f: str, quantities, base: int) -> list:
    """"more than double", "le double", "a triplé": a multiple (unit "times") the number reader leaves out."""
    taken = [(q.start - base, q.end - base) for q in quantities]
    found = list(quantities)
    for m in _MULTIPLIER.finditer(f):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        qual = m.group("q")
        found.append(Quantity(value=_MULTIPLES[m.group("w")[:4]], unit="times", text=own[m.start():m.end()],
                              start=base + m.start(), end=base + m.end(),
                              bound=_MULTIPLIER_BOUND.get(qual, "about"), approximate=qual in ("nearly", "almost", "pres du", "presque")))
    return sorted(found, key=lambda q: q.start)


_SHARED_UNIT = re.compile(r"^\s*(?:of|out of|sur|des|parmi)\s+(?:the\s+|les\s+|ses\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+['’]s\s+|du\s+[\w-]+\s+)?$")


_SPREAD_SHARE = re.compile(r"^(?:\s+[^\W\d_][\w'-]*){0,3}\s+(?:sur|out of|in)\s+$")


def _spread_shares(own: str, quantities, base: int) -> list:
    """"quatre exploitations céréalières sur dix", "three patients in ten": a share written around its noun."""
    out, skip = [], set()
    for i, (a, b) in enumerate(zip(quantities, quantities[1:])):
        if i in skip or a.unit in ("percent", "ratio") or b.unit not in (None,) or a.value is None or b.value is None:
            continue
        if a.scale or b.scale or not (0 < a.value <= b.value <= 100) or not _SPREAD_SHARE.match(own[a.end - base:b.start - base]):
            continue
        out.append((i, Quantity(value=a.value / b.value, unit="ratio", bound=a.bound, approximate=a.approximate,
                                text=own[a.start - base:b.end - base], start=a.start, end=b.end, of=a.unit)))
        skip.add(i + 1)
    if not out:
        return quantities
    merged = {i: q for i, q in out}
    return [merged.get(i, q) for i, q in enumerate(quantities) if i not in skip]


def _shared_units(own: str, quantities, base: int) -> None:
    """"36 of the 80 seats", "12 sur 20 communes": the first figure counts the second's unit."""
    for a, b in zip(quantities, quantities[1:]):
        if a.unit is None and b.unit and b.unit not in ("percent", "ratio") and _SHARED_UNIT.match(own[a.end - base:b.start - base]):
            a.unit = b.unit


def _has_proper_noun(text: str) -> bool:
    """A capitalised word inside the text, not after a full stop or an opening quote, and not a month
    ("April's rise" names no one)."""
    toks = text.split()
    return any(t[:1].isupper() and i > 0 and not toks[i - 1].endswith((".", ":", "«", '"'))
               and not _is_month_name(t) for i, t in enumerate(toks))


def _is_month_name(token: str) -> bool:
    word = fold(re.sub(r"['’]s$|[^\w'’-]+$", "", token))
    return any(word in numbers.month_names(lang) for lang in ("en", "fr"))


def _make_claim(st: Statement, text: str, seg: Segment, ctx: Context, parent: Optional[Claim]) -> Claim:
    lex = claim_lexicon(ctx.lang)
    s, e = seg.start, seg.end
    own = _blank(text, s, e, seg.children, seg.connectors)
    if seg.children:          # the claim spans its own words only: "… nord-coréenne", not the gloss after it
        lead = len(own) - len(own.lstrip())
        s, e = s + lead, e - (len(own) - len(own.rstrip()))
        while e > s and (text[e - 1] in " ,;:—–-" or own[e - 1 - s] == " "):
            e -= 1
        own = _blank(text, s, e, seg.children, seg.connectors)
    f = fold_same_length(own)
    base = st.start + s
    quantities = numbers.find_quantities(own, ctx.lang, base)
    dates = numbers.find_dates(own, ctx.lang, base)
    mentions = ctx.matcher.find(own, base)
    roles = find_roles(own, mentions, base, subject_hint=seg.subject_hint)
    negated, only = _negation(f, lex, ctx.lang)
    clause_year = next((d.year for d in (parent.dates if parent else []) if d.relation == "at"), None)
    dates = _years(f, dates, lex, clause_year or ctx.article_year, base, clause_year, own)
    _per_units(own, quantities, base)
    _verb_bounds(f, quantities, base)
    quantities = _multipliers(own, f, quantities, base)
    quantities = _spread_shares(own, quantities, base)
    _shared_units(own, quantities, base)
    for q in quantities:
        units.normalise(q)
    claim = Claim(text=st.text[s:e], start=base, end=st.start + e, kind="event", checkable=False,
                  quantities=[q for q in quantities], dates=dates, mentions=mentions, roles=roles,
                  negated=negated, only=only, role=seg.role,
                  terms=sorted(set(content_stems(own))), concepts=concepts_in(own), focus=own)
    claim.exclusive = bool(lex.exclusive.search(f))
    if parent is not None and seg.role in ("gloss", "relative", "item"):
        _inherit_units(claim, parent)
    if seg.role == "attribution-frame" or (seg.role == "main" and lex.source_noun.match(f.strip()) and
                                           (lex.authorship.search(f) or lex.commission.search(f))):
        _describe_source(claim, own, f, lex, ctx)
        if seg.role == "main":
            seg.role = claim.role = "attribution-frame"   # "L'étude a été réalisée par le cabinet X": about the source
    claim.kind, claim.checkable = _kind(claim, own, f, lex, seg)
    if parent is not None:
        years = [d.year for d in parent.dates if d.relation in ("at", "baseline")]
        claim.context_year = years[0] if years else parent.context_year
        claim.context_concepts = list(dict.fromkeys(parent.concepts + getattr(parent, "context_concepts", [])))
        claim.context_entities = list(dict.fromkeys([m.entity for m in parent.mentions]))
        claim.context_terms = parent.terms
    elif seg.role == "main" and ctx.last_claim is not None and _points_back(f.strip()):
        prev = ctx.last_claim           # "That is up from 48.9 %": the figure of the previous statement's topic
        claim.context_concepts = list(dict.fromkeys(prev.concepts))
        claim.context_entities = list(dict.fromkeys([m.entity for m in prev.mentions]))
        claim.context_terms = prev.terms
    else:
        claim.context_concepts, claim.context_entities, claim.context_terms = [], [], []
    return claim


def _inherit_units(claim: Claim, parent: Claim) -> None:
    """", contre 33 millions l'an dernier", ", down from 22,000": a bare figure in a gloss has the unit of
    the main clause's figure."""
    units = [q for q in parent.quantities if q.unit and q.unit not in ("year",)]
    if not units:
        return
    comparison = re.match(r"\s*(contre|soit|versus|vs|against|compared|up from|down from|from|par rapport)\b",
                          fold(claim.text))
    for q in claim.quantities:
        if q.unit is None and q.value is not None:
            ref = units[0]
            if comparison or (ref.value and 0.01 <= q.value / ref.value <= 100):
                q.unit = ref.unit


def _party_after(claim: Claim, own: str, f: str, m: re.Match, lex: ClaimLexicon) -> Optional[str]:
    """The entity (or, failing that, the words) right after "commandée par", "written by"..."""
    after = [x for x in claim.mentions if x.start - claim.start >= m.end()]
    if after and after[0].start - claim.start - m.end() < 40:
        return after[0].entity
    tail = own[m.end():]
    stop = re.search(r",|\s(?:indique|estime|montre|révèle|affirme|says|said|shows|finds|found|estimates)\b", tail)
    words = tail[:stop.start() if stop else 80].strip(" ,«»\"“”")
    words = _TRAILING_TIME.sub("", words).strip()          # "the council in January" -> "the council"
    words = re.sub(r"^(?:la|le|les|l'|l’|the)\s*", "", words, flags=re.I)
    return words or None


_TRAILING_TIME = re.compile(r"\s+(?:in|on|en|le|last|this|ce|cette|au|du|since|depuis|earlier|plus tôt)\s+.*$", re.I)


def _describe_source(claim: Claim, own: str, f: str, lex: ClaimLexicon, ctx: Context) -> None:
    """Who is said to state the claim, who commissioned the study cited, and who wrote it."""
    m = lex.commission.search(f)
    if m:
        claim.commissioned_by = _party_after(claim, own, f, m, lex)
    a = lex.authorship.search(f)
    if a:
        claim.authored_by = _party_after(claim, own, f, a, lex)
    first = min(x.start() for x in (m, a) if x) if (m or a) else None
    speakers = [x for x in claim.mentions if (first is None or x.start - claim.start < first)
                and not _inside_longer_name(own, x.start - claim.start)]
    if speakers:
        claim.attributed_to = speakers[0].entity
    elif not lex.vague.match(f.strip()):
        head = lex.attribution_verb.split(f)[0] if lex.attribution_verb.search(f) else f
        if not head.strip(" ,"):
            head = f                     # "According to the ECB": the verb opens the frame, the party follows it
        head = lex.attribution_prep.sub("", head[:first] if first else head).strip(" ,")
        said = own[f.find(head):f.find(head) + len(head)].strip() if head else ""
        # a name ("the European Central Bank", "le directeur financier Laurent Trevisani"), not a description
        # that points back ("the study", "ces chiffres")
        claim.attributed_to = said if re.search(r"[A-ZÀ-Ý]", said[1:]) else None


def _inside_longer_name(own: str, start: int) -> bool:
    """Whether a mention ends a longer proper name: "France" in "la Banque de France", "England" in "the
    Bank of England" is not France or England speaking."""
    return bool(re.search(r"(?<![\w])[A-ZÀ-Ý][\w'’-]+\s+(?:de|du|des|of|of the|for)\s+$", own[max(0, start - 40):start]))


def is_expectation(text: str) -> bool:
    """Whether a text gives what someone expected ("economists had expected 110,000 jobs", « la CRE tablait sur
    une baisse »), from ``expectation_words`` in ``data/lang/<code>/claims.yaml`` (every language)."""
    return bool(_expectation_pattern().search(fold_same_length(text)))


@functools.lru_cache(maxsize=None)
def _expectation_pattern() -> re.Pattern:
    """``expectation_words`` of every language, alone (not the whole claim lexicon: a start-up cost)."""
    return phrase_pattern(_gather(LANGS, "expectation_words"))


def is_figure(q, before: str = "") -> bool:
    """A figure a source can confirm: not a year, and not a small spelled-out number used as a determiner
    ("les deux capitales", "the two groups"); "Quatorze personnes ont été interpellées" is a figure."""
    if q.unit == "year":
        return False
    if not any(ch.isdigit() for ch in q.text) and q.unit not in ("percent", "ratio") and not (q.unit or "").isupper():
        v = q.value if q.value is not None else (q.max or 0)
        if v >= 20 or q.scale:
            return True
        determined = re.search(r"(?<![\w'])(les|ces|des|leurs|nos|the|these|those|its|their|our|both|ses)\s*$", fold(before))
        return v >= 3 and q.unit is not None and not determined
    return True


# "under league rules, clubs may lose...": a modal that states a rule, not a forecast
_RULE_CONTEXT = re.compile(r"(?<!\w)(rules?|regles?|reglement\w*|law|laws|loi|lois|allowed|autorise\w*|permitted|"
                           r"entitled|en droit de|legally|legalement)(?!\w)")
_FIRST_PERSON = re.compile(r"(?<!\w)(je|j'|nous|notre|nos|moi|i|we|our|us|my|me)(?!\w)")
_QUOTED = re.compile(r"^\s*[«“\"]")


def _is_noun(f: str, m: re.Match, lex: ClaimLexicon) -> bool:
    """A modal used as a noun: "the will of the voters", "a political will" (after a determiner or an
    adjective from ``noun_determiners``, or before "of")."""
    if m.group(0) not in lex.noun_homographs:
        return False
    before = re.findall(r"[\w'-]+", f[max(0, m.start() - 20):m.start()])
    return bool(before and before[-1] in lex.noun_determiners) or bool(re.match(r"\s+of\b", f[m.end():]))


def _is_month(own: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """A modal that is written as a month: "in May", "3 May 2024", "May's figures" (not "May I")."""
    word = own[start:end]
    if word not in lex.month_homographs:
        return False
    after, before = own[end:end + 6], own[max(0, start - 6):start]
    nxt = re.match(r"\s*([^\W\d_]+)", own[end:end + 20])
    return start > 0 or bool(re.match(r"\s*(\d|')", after)) or bool(re.search(r"\d\s*$", before)) \
        or bool(nxt and fold(nxt.group(1)) in lex.finite_verbs)


def _kind(claim: Claim, own: str, f: str, lex: ClaimLexicon, seg: Segment) -> tuple[str, bool]:
    figures = [q for q in claim.quantities if is_figure(q, own[max(0, q.start - claim.start - 12):q.start - claim.start])]
    known_roles = bool(claim.roles.giver or claim.roles.receiver)
    if seg.role == "attribution-frame":
        named = (claim.attributed_to or claim.commissioned_by or claim.authored_by) and not lex.vague.match(f.strip())
        return "attribution", bool(named)
    if lex.question.search(f) or own.rstrip().endswith("?"):
        return "question", False
    predicted = [m.group(0) for m in lex.prediction.finditer(f)
                 if not (m.group(0) == "could" and re.match(r"\s*(not|n't)\b", f[m.end():]))   # "could not be accounted for": past
                 and not _is_month(own, m.start(), m.end(), lex) and not _is_noun(f, m, lex)]
    predicted += [m.group(0) for m in lex.future_form.finditer(f)
                  if m.group(0) not in lex.future_exclusions] if lex.future_form else []
    target = any(re.fullmatch(r"d'ici|d'ici a|by 20\d\d", p) for p in predicted)
    weak = all(re.fullmatch(r"will|'ll|sera|seront|d'ici|d'ici a|by 20\d\d|a promis|ont promis|promised|pledged to|"
                            r"promet|promettent", p) or (p == "could" and not target)
               or (lex.future_tense and lex.future_tense.fullmatch(p)) for p in predicted)
    if seg.role in ("gloss", "relative") and not figures and len(f.split()) <= 3 and not claim.dates:
        return "label", False             # "(AREL)", ", its chair,": a name or an aside, not a claim
    if predicted and _RULE_CONTEXT.search(f):
        predicted = [p for p in predicted if p not in ("may", "might", "could", "pourra", "pourront", "peut", "peuvent")]
    if predicted and all(fold(p) in lex.past_promises for p in predicted):
        predicted = []                   # "X promised Russia his support in June": the promise is an event
    if predicted and not (weak and (figures or claim.roles.verb)):
        return "prediction", False       # "pourrait", "by 2030"; a plain "will" with a figure or a transfer
                                         # ("the bank will repay the loan") is an announced plan or obligation
    # what anchors a statement in facts must not depend on the source list (which entities it declares):
    # a figure, or a transfer between named parties ("X paid Y"), not roles that only a list's entities reveal;
    # a name alone does not ("l'économie de la Corée du Nord reste fragile" is a judgement)
    anchored = bool(figures) or bool(claim.roles.verb and _has_proper_noun(own))
    if lex.opinion.search(f) and not anchored:
        return "opinion", False
    if _QUOTED.match(own) and _FIRST_PERSON.search(f) and not figures:
        return "opinion", False           # « Les chiffres nous donnent raison » : a quoted view, not a fact
    if figures:
        return "quantity", True
    if known_roles:
        return "relation", True
    if _QUOTED.match(own) and not claim.dates and seg.role == "main":
        return "opinion", False           # '"Every unvaccinated child is a door left open," said …': words quoted,
                                          # with no figure, date or transfer of their own
    if seg.role == "item":
        return "relation", True
    if claim.dates and (lex.event.search(f) or claim.mentions):
        return "event", True
    if lex.event.search(f) and (claim.mentions or _has_proper_noun(own)):
        return "event", True
    if len({m.entity for m in claim.mentions}) >= 2 and set(claim.concepts) & {"treaty", "meeting", "signed"} \
            and not lex.opinion.search(f):
        return "relation", True           # "Moscou et Pyongyang poursuivent leurs accords militaires"
    if claim.negated and set(claim.concepts) & {"increase", "decrease"}:
        return "quantity", True           # "n'a pas augmenté", "did not decline": a change that can be checked
    if claim.negated and re.search(r"(?<!\w)(jamais|never|aucun|aucune|no longer|plus jamais)(?!\w)", f) \
            and (claim.mentions or _has_proper_noun(own) or claim.dates):
        return "event", True              # a categorical denial about a named party is a factual claim
    if _QUOTED.match(own) or lex.opinion_frame.match(f):
        return "opinion", False           # a quoted view, or "Pour l'opposition, …" / "For critics, …"
    # checkable by default: a declarative statement about something concrete is a claim; its kind says how
    if len(f.split()) < 3 and not (claim.mentions or claim.dates):
        return "opinion", False           # a fragment ("Asked about it") says nothing checkable
    for kind, marker in (("cause", lex.cause), ("composition", lex.composition), ("comparison", lex.comparison),
                         ("ranking", lex.ranking)):
        if marker.search(f):
            return kind, True
    return "event", True


def analyse_statement(st: Statement, analysis_text: str, ctx: Context) -> AnalysedStatement:
    """Kinds and claims of one statement. ``analysis_text`` is the statement's text as analysed
    (Markdown masked), of the same length as ``st.text``."""
    if st.layout in NON_CLAIM_LAYOUTS:
        kind = "headline" if st.layout == "subhead" else st.layout
        return AnalysedStatement(st, kind, False, [], ctx.lang)
    lex = claim_lexicon(ctx.lang)
    f = fold_same_length(analysis_text)
    if analysis_text.rstrip().endswith(":") and len(analysis_text.split()) <= 12:
        return AnalysedStatement(st, "label", False, [], ctx.lang)     # "Main items in the 2026 budget:"
    question = analysis_text.rstrip().rstrip("»”\" ").endswith("?")
    claims: list[Claim] = []
    main_claim: Optional[Claim] = None
    for seg in _segments(analysis_text, f, lex, ctx.matcher):
        if seg.role == "main" and not seg.subject_hint and _PRONOUN.match(f[seg.start:seg.end]):
            seg.subject_hint = ctx.last_subject          # "Elle a perçu ...": the party of the previous statement
        claim = _make_claim(st, analysis_text, seg, ctx, None)
        claims.append(claim)
        if seg.role == "main":
            main_claim = claim
            for child in seg.children:
                claims.append(_make_claim(st, analysis_text, child, ctx, claim))
    _share_frame(claims)
    previous = [q.value for q in ctx.last_claim.quantities if q.value is not None] if ctx.last_claim else []
    for c in claims:
        c.context_values = [q.value for o in claims if o is not c for q in o.quantities if q.value is not None] + previous
    if main_claim is not None:
        subject = main_claim.roles.giver or main_claim.roles.receiver or \
            (main_claim.mentions[0].entity if main_claim.mentions else None)
        if subject and not _PRONOUN.match(f.strip()):
            ctx.last_subject = subject
        if main_claim.checkable and not _ANAPHOR.match(f.strip()):
            ctx.last_claim = main_claim
    if question:                          # "Faut-il, comme le réclament plusieurs élus, … ?"
        for c in claims:
            c.checkable, c.kind = False, "question"
    checkable = [c for c in claims if c.checkable]
    if not checkable:
        kind = "question" if question else (main_claim.kind if main_claim else "opinion")
        return AnalysedStatement(st, kind, False, claims, ctx.lang)
    # a lone attribution frame around an unverifiable content (an opinion, a forecast) is not a claim
    # to check by itself: what is newsworthy is the forecast, which no source can confirm yet
    if all(c.role == "attribution-frame" for c in checkable) and main_claim and \
            main_claim.kind in ("opinion", "question", "prediction"):
        for c in checkable:
            c.checkable = False
        return AnalysedStatement(st, main_claim.kind, False, claims, ctx.lang)
    first = main_claim if main_claim and main_claim.checkable else checkable[0]
    kind = "relation" if first.roles.giver and first.roles.receiver else first.kind
    return AnalysedStatement(st, kind, True, claims, ctx.lang)


def _share_frame(claims: list[Claim]) -> None:
    """Claims inside an attribution frame are attributed to its source."""
    frame = next((c for c in claims if c.role == "attribution-frame"), None)
    if not frame:
        return
    for c in claims:
        if c is not frame:
            c.attributed_to = c.attributed_to or frame.attributed_to
            c.commissioned_by = c.commissioned_by or frame.commissioned_by
            c.authored_by = c.authored_by or frame.authored_by


MAX_STATEMENT_CHARS = 3000     # longer than any sentence a reporter writes: a run-on or a dump, not read


def analyse(statements: list[Statement], analysis_text: str, lang: str, matcher: EntityMatcher,
            article_year: Optional[int] = None, max_chars: int = MAX_STATEMENT_CHARS) -> list[AnalysedStatement]:
    """Each statement read into claims; one longer than ``max_chars`` is kind ``too-long`` and not read (its
    analysis would grow faster than its length: a 10 MB line without punctuation is one statement)."""
    ctx = Context(lang=lang, matcher=matcher, article_year=article_year)
    return [AnalysedStatement(st, "too-long", False, []) if st.end - st.start > max_chars
            else analyse_statement(st, analysis_text[st.start:st.end], ctx) for st in statements]
