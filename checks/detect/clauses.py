"""Clause splitting: a statement cut into ``Segment``s (``segments``) — the attribution frame that
``frames.find_frame`` finds, the main clause, and the main clause's children: glosses between dashes or brackets,
after a comma (", soit …", ", up from …") or after a colon, relative clauses and dated participial appositions
(", qui …,", ", founded in 1962,"), and coordinated items ("sous forme d'aide alimentaire, de produits pétroliers
et de …"). Offsets are relative to the statement; nothing here reads figures or decides a kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..entities import EntityMatcher
from ..resources import compiled, shared_data, word_pattern, word_table, words
from ..text import fold_same_length, phrase_pattern
from .frames import clause_before, find_frame, relative_at
from .lexicon import ClaimLexicon
from ..tablestore import stored

_P_RESUMES_CLAUSE = compiled(r"\s*([^\W\d_]+)(?:\W+([^\W\d_]+))?")
_P_FRAME_SEGMENTS = compiled(r",([^,]*\d[^,]*),")
_P_COLON_CLAUSE = compiled(r"(?<!\d)\s?:\s+")
_P_HAS_FIGURE = compiled(r"\d")
_P_APPOSITIONS = compiled(r"[^\W\d_]+")
_P_ITEMS = compiled(r",\s*$")


@dataclass
class Segment:
    """A clause of a statement and its role."""
    start: int            # offsets relative to the statement
    end: int
    role: str             # main | attribution-frame | gloss | relative | item
    subject_hint: Optional[str] = None
    possessor_hint: Optional[str] = None   # a relative clause's "its", « son »: the main clause's first party, when the
                                           # antecedent is another ("Tarn, which holds 30 % of its capital")
    speaker_before: bool = False      # a pronoun or possessive subject standing for the party of the statement before,
                                      # or (another subject) the statement before is a party's published forecast
    children: list["Segment"] = field(default_factory=list)
    connectors: list[tuple[int, int]] = field(default_factory=list)   # "sous forme de", "et de": blanked, no claim


_DASH_PAIR = compiled(r"\s[-–—]\s(.+?)\s[-–—](?=\s|$)")
_DASH_TAIL = compiled(r"\s[-—–]\s((?:(?!\s[-—–]\s).)+?)\s*[.!]?$")
_PAREN = compiled(r"\(([^()]{3,})\)")


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-.!"):
        e -= 1
    return s, e


_COMMA = compiled(r"(?<!\d),\s*|,(?!\d)\s*")


def auxiliary_incises(f: str, offset: int = 0) -> list[tuple[int, int]]:
    """The (opening, closing) commas of the short incises (four words at most) set right after an auxiliary in the
    folded text ``f`` (« ont, elles, causé », « a, quant à lui, reculé », "have, however, fallen"): the verb goes on
    after them, so neither comma ends a clause."""
    out = []
    for m in _AUX_INCISE.finditer(f):
        if m.group(1) in _auxiliaries() and len(m.group(2).split()) <= 4:
            out.append((offset + m.start(2) - 1, offset + m.end(2)))
    return out


_AUX_INCISE = compiled(r"(?<![\w'])([^\W\d_]+)\s*,([^,.;:]+),")


def subject_incises(f: str, offset: int = 0) -> list[tuple[int, int]]:
    """The (opening, closing) commas of a short incise after what a clause speaks of, before its verb, in the folded
    text ``f`` (« le résultat, lui, chute de 28 % », "profit, however, fell 3 %": ``subject_incises`` of
    ``slots.yaml``): the clause goes on after it. Not after a figure of the clause ("rose 5 %, however, sales fell")."""
    out = []
    for m in word_pattern("slots", r",\s*(?:{subject_incises})\s*,(?=\s)").finditer(f):
        if not _P_DIGIT.search(f[max(f.rfind(c, 0, m.start()) for c in ",;:") + 1:m.start()]):
            out.append((offset + m.start(), offset + m.end() - 1))
    return out


_P_DIGIT = compiled(r"\d")


def clause_incises(f: str, offset: int = 0) -> list[tuple[int, int]]:
    """The (opening, closing) commas of the short incises that end no clause in the folded text ``f``: after an
    auxiliary (``auxiliary_incises``) or after what the clause speaks of (``subject_incises``)."""
    return auxiliary_incises(f, offset) + subject_incises(f, offset)


@stored
def _auxiliaries() -> frozenset[str]:
    return frozenset(fold_same_length(w) for key in ("have_auxiliaries", "passive_auxiliaries")
                     for w in words("claims", key) if " " not in w)


def _has_figure(f: str) -> bool:
    """Whether the folded words ``f`` write a figure: digits, or a number word that is no article (« douze
    personnes », "two million people"; not « une usine »)."""
    return bool(_P_HAS_FIGURE.search(f)) or any(w.lower() in _number_words() for w in _P_APPOSITIONS.findall(f))


@stored
def _number_words() -> frozenset[str]:
    ignored = {fold_same_length(w).lower() for w in words("numbers", "lone_words_ignored")}
    return frozenset(fold_same_length(w).lower() for w in word_table("numbers", "number_words")
                     if " " not in w) - ignored


def _last_break(f: str, start: int, end: int) -> int:
    """Where the part of ``f[start:end]`` after its last comma, semicolon or colon begins."""
    return max(f.rfind(c, start, end) for c in ",;:") + 1


@stored
def _relative_preposition() -> re.Pattern:
    """A preposition that may open a relative clause before its pronoun (``relative_prepositions``), and its space."""
    return compiled(phrase_pattern(words("claims", "relative_prepositions")).pattern + r"\s+")


def _next_comma(f: str, start: int) -> int:
    m = _COMMA.search(f, start)
    return m.start() if m else -1


def segments(text: str, f: str, lex: ClaimLexicon, matcher: EntityMatcher) -> list[Segment]:
    """The attribution frame (and a dated incise of it, a gloss after its speech tag), then the main clause with
    its children, found in this order: glosses between dashes or brackets, relative clauses, dated participial
    appositions, glosses after a comma, a clause after a colon, coordinated items."""
    segs, cs, ce = _frame_segments(text, f, lex, matcher)
    clauses = _Clauses(text, f, lex, matcher, cs, ce)
    clauses.dashes_and_brackets()
    clauses.relatives()
    clauses.appositions()
    clauses.comma_glosses()
    clauses.colon_clause()
    clauses.items()
    clauses.main.children.sort(key=lambda s: s.start)
    segs.append(clauses.main)
    return segs


def _frame_segments(text: str, f: str, lex: ClaimLexicon, matcher: EntityMatcher) -> tuple[list[Segment], int, int]:
    """The frame's segments, and the start and end of the content (the whole statement without a frame)."""
    frame = find_frame(f, lex, lambda a, b: matcher.names_only_subjects(text[a:b]), text)
    segs: list[Segment] = []
    if frame:
        fs, fe, cs, ce = frame
        segs.append(Segment(*_strip_span(text, fs, fe), role="attribution-frame"))
        # "The inquiry, opened in 2021 after complaints, found that …": a dated incise of the frame is a claim
        for m in _P_FRAME_SEGMENTS.finditer(f[fs:fe]):
            segs.append(Segment(*_strip_span(text, fs + m.start(1), fs + m.end(1)), role="relative"))
        if ce < fs and fe < len(f.rstrip(" .!")) - 1:
            # the words after a speech tag between commas: a gloss of the content before it
            segs.append(Segment(*_strip_span(text, fe + 1, len(text)), role="gloss"))
        elif cs >= fe and fs > 0:
            # ", and Velmor said …", « , et Velmor a indiqué que … », "… at £450m and said …": the clause before it stays the main clause, what
            # the speaker says a claim beside it
            segs.append(Segment(*_strip_span(text, cs, ce), role="gloss"))
            cs, ce = 0, clause_before(f, fs)
    else:
        cs, ce = 0, len(text)
    cs, ce = _strip_span(text, cs, ce)
    return segs, cs, ce


class _Clauses:
    """The main clause (``cs``-``ce``) of a statement and the spans its children already take."""

    def __init__(self, text: str, f: str, lex: ClaimLexicon, matcher: EntityMatcher, cs: int, ce: int) -> None:
        self.text, self.f, self.lex, self.matcher, self.cs, self.ce = text, f, lex, matcher, cs, ce
        self.main = Segment(cs, ce, "main")
        self.taken: list[tuple[int, int]] = []
        self._comma_clauses: Optional[list[tuple[re.Match, int]]] = None

    def free(self, s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in self.taken)

    def comma_clauses(self) -> list[tuple[re.Match, int]]:
        """(comma match, end of the clause) for each comma-opened clause of the content (found once: they do not
        depend on the children taken). The comma that closes a frame before the content, « Selon X, quelque
        5 millions … », "According to X, some 5 million …", opens none: what follows it is the main clause."""
        if self._comma_clauses is None:
            self._comma_clauses = []
            for m in _COMMA.finditer(self.f[:self.ce]):
                if m.start() >= self.cs:
                    stop = _next_comma(self.f, m.end())
                    self._comma_clauses.append((m, self.ce if stop < 0 or stop > self.ce else stop))
        return self._comma_clauses

    def add(self, m: re.Match, stop: int, role: str, hinted: bool) -> None:
        before = self.matcher.find(self.text[self.cs:m.start()], self.cs) if hinted else []
        hint = before[-1].entity if before else None
        owner = before[0].entity if before and before[0].entity != hint else None
        self.main.children.append(Segment(*_strip_span(self.text, m.end(), stop), role=role, subject_hint=hint,
                                          possessor_hint=owner))
        self.taken.append((m.start(), stop))
        if hinted:
            self.enclose(m.start(), stop)

    def enclose(self, opening: int, stop: int) -> None:
        """The two commas of an incise right after a figure, the clause going on after it ("66 people, mostly
        farmworkers, were diagnosed in 2024", « 412 personnes, dont 80 infirmiers, ont été vaccinées en 2024 »):
        blanked with it, so that the figure reads on to its verb, its period and its place. (An incise after a name
        alone, "BPCE, which keeps its own count, puts the rise at 28 %", keeps its commas: the name is no part of
        the figure's clause.)"""
        if stop < self.ce and self.f.startswith(",", stop) and self.f.startswith(",", opening) \
                and _has_figure(self.f[max(self.cs, _last_break(self.f, self.cs, opening)):opening]):
            self.main.connectors += [(opening, opening + 1), (stop, stop + 1)]

    def dashes_and_brackets(self) -> None:
        """Glosses between two dashes or in brackets, and after a last dash."""
        text, f, cs, ce = self.text, self.f, self.cs, self.ce
        for m in list(_DASH_PAIR.finditer(f, cs, ce)) + list(_PAREN.finditer(f, cs, ce)):
            s, e = _strip_span(text, m.start(1), m.end(1))
            if e - s > 3 and self.free(s, e):
                self.main.children.append(Segment(s, e, "gloss"))
                self.taken.append((m.start(), m.end()))
        m = _DASH_TAIL.search(f, cs, ce + 1)
        if m and self.free(m.start(), m.end()):
            s, e = _strip_span(text, m.start(1), m.end(1))
            self.main.children.append(Segment(s, e, "gloss"))
            self.taken.append((m.start(), m.end()))

    def relatives(self) -> None:
        """Relative clauses ", qui ..., " carrying a fact about the preceding name, also after a preposition
        (", à laquelle pourraient s'ajouter …", ", to which … could be added": ``relative_prepositions``)."""
        for m, stop in self.comma_clauses():
            prep = _relative_preposition().match(self.f, m.end())
            rel = relative_at(self.lex, self.f, prep.end() if prep else m.end(), self.text)
            if rel and self.f[rel.start():rel.end()] != "that" and self.free(m.end(), stop):
                self.add(m, stop, "relative", True)

    def appositions(self) -> None:
        """Participial appositions carrying a dated fact: ", élu en 2020,", ", fondée en 2019,", ", founded in
        1962,"; enclosed by commas, and never the clause that follows a closing comma ("X, which …, slowed to
        4 %": the main verb comes back there)."""
        f = self.f
        # (a comma closing an incise right after an auxiliary, « ont, eux, causé 87 blessés »: the participle after it
        # completes the verb, it is no apposition; read once, for the first clause that gets that far)
        after_auxiliary: Optional[set[int]] = None
        for m, stop in self.comma_clauses():
            word = _P_APPOSITIONS.match(f[m.end():])
            if not word or not self.free(m.end(), stop) or not _P_HAS_FIGURE.search(f[m.end():stop]):
                continue
            if stop >= self.ce or any(b == m.start() for _, b in self.taken):
                continue
            if after_auxiliary is None:
                after_auxiliary = {b for _, b in clause_incises(f[self.cs:], self.cs)}
            if m.start() in after_auxiliary:
                continue
            if self.lex.event.fullmatch(word.group(0)) \
                    or word_pattern("claims", r"\w{3,}(?:{participle_endings})").fullmatch(word.group(0)):
                self.add(m, stop, "relative", True)

    def comma_glosses(self) -> None:
        """Glosses after a comma: ", soit ...", ", contre ...", ", up from ..."."""
        for m, stop in self.comma_clauses():
            if self.lex.gloss.match(self.f, m.end()) and self.free(m.end(), stop):
                self.add(m, stop, "gloss", False)

    def colon_clause(self) -> None:
        """A clause after a colon: "did not grow in 2025: the network carried 141 million trips"."""
        f, cs, ce = self.f, self.cs, self.ce
        for m in _P_COLON_CLAUSE.finditer(f[:ce]):
            if m.start() < cs or not self.free(m.start(), m.end()) or self.lex.items.search(f, max(cs, m.start() - 25), m.start()):
                continue
            stop = min([a for a, b in self.taken if a > m.end()] or [ce])
            if len(f[m.end():stop].split()) >= 4 and len(f[cs:m.start()].split()) >= 3:
                self.main.children.append(Segment(*_strip_span(self.text, m.end(), stop), role="gloss"))
                self.taken.append((m.start(), stop))
                break

    def items(self) -> None:
        """Coordinated items: "sous forme d'aide alimentaire, de produits pétroliers et de ..."."""
        f, lex = self.f, self.lex
        chain: Optional[int] = None
        for m in lex.items.finditer(f, self.cs, self.ce):
            opener_end = m.end()
            nxt = lex.items.match(f, opener_end + 1)        # "principalement sous forme de"
            if nxt:
                chain = m.start() if chain is None else chain
                continue
            first, chain = (chain if chain is not None else m.start()), None
            stop = self.ce
            for a, b in sorted(self.taken):
                if a > opener_end:
                    stop = min(stop, a)
            opening = _P_ITEMS.search(f[self.cs:first])
            end = _incise_end(f, opener_end, stop) if opening else stop
            # (an incise closed before the clause ends, its verb after it: its two commas go with it, the clause reads
            # on across it)
            closed = end < stop and f.startswith(",", end) and _resumes_clause(f, end + 1)
            stop = end if closed else stop
            items = _split_items(self.text, f, opener_end, stop, lex)
            if len(items) >= (1 if closed else 2) and self.free(first, stop):
                self.main.children.extend(items)
                self.main.connectors.append((first, stop))
                if closed:
                    self.enclose(self.cs + opening.start(), stop)
                self.taken.append((first, stop))
                break


@stored
def _item_patterns() -> tuple[re.Pattern, re.Pattern]:
    """An article at the head of a list item (a space after it unless elided), and what separates items."""
    articles = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else " ") for w in words("claims", "item_articles"))
    return (compiled(r"^(?:" + articles + ")"),
            word_pattern("claims", r"(?<!\d),|,(?!\d)|\s(?:{item_separators})\s"))


INCISE_ITEM_WORDS = 4      # the most words an item of a list set between commas has before the list goes on


def _incise_end(f: str, start: int, stop: int) -> int:
    """Where a list opened right after a comma ends (", mostly teachers, were vaccinated …", « , principalement
    des prêts, ont atteint … »): it is an incise, and the comma after its last item closes it — the clause, its verb,
    its period and its place, goes on after that comma. The list goes on past a comma only towards its coordinator
    ("including A, B and C, were …"), through short items; a comma after the coordinator's item closes it."""
    _, separator = _item_patterns()
    seps = list(separator.finditer(f, start, stop))
    coordinated = False
    for i, m in enumerate(seps):
        if "," not in m.group(0):
            coordinated = True
            continue
        if coordinated:
            return m.start()
        nxt = seps[i + 1] if i + 1 < len(seps) else None
        if nxt is None or len(f[m.end():nxt.start()].split()) > INCISE_ITEM_WORDS:
            return m.start()
    return stop


def _resumes_clause(f: str, pos: int) -> bool:
    """Whether the words at ``pos`` go on with a clause's verb (an auxiliary, « ont atteint », "were diagnosed"; a
    verb the lists know, "rose", "founded"), not with more of a list's item ("a new, flexible grant")."""
    m = _P_RESUMES_CLAUSE.match(f[pos:])
    if not m:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    return first in verb_words() or (first in _negation_particles() and second in verb_words())


@stored
def verb_words() -> frozenset[str]:
    """The verb forms the lists name: auxiliaries, finite verbs, verbs of events, the irregular forms, the verbs of a
    change ("rose", « a reculé »)."""
    listed = [w for key in ("have_auxiliaries", "passive_auxiliaries", "finite_verbs", "event_words")
              for w in words("claims", key)]
    forms = [w for forms in word_table("claims", "verb_forms").values() for ws in forms.values() for w in ws]
    return frozenset(fold_same_length(w).lower() for w in listed + forms + list(_change_verbs()) if " " not in w)


def _change_verbs() -> list[str]:
    """The words of a change, in both languages (``data/concepts.yaml``: increase, decrease, unchanged)."""
    concepts = shared_data("concepts").get("concepts", {})
    return [w for cid in ("increase", "decrease", "unchanged") for w in (concepts.get(cid) or {}).get("words", [])]


@stored
def _negation_particles() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower().rstrip("'’") for w in words("claims", "negation_particles"))


def _split_items(text: str, f: str, start: int, stop: int, lex: ClaimLexicon) -> list[Segment]:
    parts: list[tuple[int, int]] = []
    pos = start
    item_article, separator = _item_patterns()
    for m in separator.finditer(f[start:stop]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, stop))
    out = []
    for s, e in parts:
        s, e = _strip_span(text, s, e)
        art = item_article.match(f[s:e])
        if art:
            s += art.end()
        if e - s >= 3:
            out.append(Segment(s, e, "item"))
    return out
