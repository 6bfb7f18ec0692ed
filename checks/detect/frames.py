"""Reported speech and attribution frames: where a statement says who states it — "Selon X, …", "X indique
que …", "according to X", a trailing speech tag (", he said."), a tag between commas after a clause with its
figure, a quote followed by its speaker — as the offsets of the frame and of the content (``find_frame``, which
``clauses.segments`` calls first); and, once the claims are built, the frame's source, commissioner and author lent
to the statement's other claims (``share_frame``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..model import Claim
from ..numbers import month_names
from ..recordnever import records_blanked
from ..resources import compiled, word_pattern, words
from ..terms import LANGS
from ..text import fold, longest_first, written_as_initials
from .lexicon import ClaimLexicon, claim_lexicon
from .finedates import twelve_month_ends, twelve_months_to
from ..tablestore import stored

_P_TRAILING_TAG = compiled(r"(?<!\d),\s*((?:[^,]|(?<=\d),(?=\d)){0,160}?)$")
_P_QUOTE_THEN_TAG = compiled(r"\s*[«“\"]")
_P_QUOTE_THEN_ANY_TAG = compiled(r"\s*([«“\"])")
_P_QUOTE_THEN_ANY_TAG_2 = compiled(r"\s*,\s*")
_P_FIGURE_OBJECT = compiled(r"\d")
_P_QUOTE_THEN_ANY_TAG_3 = compiled(r"[«»“”\"]")
_P_QUOTE_THEN_TAG_2 = compiled(r"[»”\"]\s*,?$|,\s*[»”\"]$")
_P_NAMED_SPEAKER = compiled(r"[A-ZÀ-Ý]")


def _says_more(after_verb: str, lex: ClaimLexicon) -> bool:
    """Whether the words after a speech verb open what was said ("said that …", "a dit qu'…", "said there had
    been …": ``reported_clause_openers``), so the verb is no speech tag that ends a sentence."""
    return bool(lex.reported_opener.match(after_verb.lstrip()) or _patterns()["opener"].match(after_verb))


@stored
def _patterns() -> dict:
    """The patterns of this module, from ``data/lang/<code>/claims.yaml``, built once."""
    c = functools.partial(word_pattern, "claims")
    return {"opener": c(r"\s*({complementizers})\b"), "that": c(r"\s+({complementizers})\b\s*"),
            "that_unbounded": c(r"\s+({complementizers_unbounded})"),
            "tag_subject": c(r"\s+({speech_tag_subjects}|[a-z]+[\s-]|\d)"),
            "audience": c(r"(?:,?\s+(?:{speech_emphasis}),?(?=\s))?(?:\s+(?:{speech_audiences})(?=\s))?"),
            "tag_verbs": frozenset(words("claims", "speech_tag_verbs")),
            "own_count_verbs": frozenset(words("claims", "own_count_verbs")),
            "passive": frozenset(fold(w) for w in words("claims", "passive_auxiliaries")),
            "coordinator": c(r"\s*(?:{coordinators})\s"),
            "speech_coordinator": c(r"\s(?:{speech_clause_coordinators})\s*$"),
            "coordinator_end": c(r"[\s,]*\b(?:{coordinators}|{speech_clause_coordinators})\s*$")}


def _without_dates(folded: str) -> str:
    """``folded`` (a folded text) with its dates blanked ("on 26 february", "le 17 juin 2025", "2025"): what is
    left of its numbers are figures."""
    return _date_like().sub(lambda m: " " * len(m.group(0)), folded)


@stored
def _date_like() -> re.Pattern:
    months = sorted({m for lang in LANGS for m in month_names(lang) if len(m) >= 3}, key=longest_first)
    alt = "|".join(re.escape(m) for m in months)
    return compiled(rf"(?<!\w)(?:\d{{1,2}}(?:er)?\s+(?:{alt})(?:\s+\d{{4}})?|(?:{alt})\s+\d{{1,2}}(?:,\s*\d{{4}})?|(?:1[89]|20)\d\d)(?!\w)")


def relative_at(lex: ClaimLexicon, f: str, pos: int, text: Optional[str] = None) -> Optional[re.Match]:
    """The relative pronoun that opens ``f`` at ``pos`` (folded text), unless the statement's own ``text`` writes it
    in capitals as initials: "WHO estimates" names a party, it opens no relative clause."""
    m = lex.relative.match(f, pos)
    return None if m is None or (text is not None and written_as_initials(text[m.start():m.end()])) else m


def find_frame(f: str, lex: ClaimLexicon, owner=None, text: Optional[str] = None) -> Optional[tuple[int, int, int, int]]:
    """(frame_start, frame_end, content_start, content_end) of an attribution frame, if any: the first of the
    forms below that the statement takes, in this order. ``owner(start, end)`` tells whether the words there name
    only parties a figure is of, none that publishes ("Dornovia alone reported 4 million cases": no frame);
    ``text``: the statement as written, ``f`` folded to the same length (a name in capitals is no relative pronoun)."""
    n = len(f.rstrip(" .!"))
    f = records_blanked(f)       # (« un niveau jamais observé »: a record, no speech verb)
    # the first two forms need an attribution preposition and the other four a speech verb: one search for each
    # first (a verb or preposition a form finds in a part of ``f`` is one in ``f``: the parts start after a comma
    # or a space and end before the final punctuation, where ``phrase_pattern``'s word boundaries hold anyway)
    forms = (_PREPOSITION_FORMS if lex.attribution_prep.search(f) else ()) + \
        (_VERB_FORMS if lex.attribution_verb.search(f) else ())
    for form in forms + (_quote_then_any_tag,):
        frame = _speech_verb(f, n, lex, owner, text) if form is _speech_verb else form(f, n, lex)
        if frame is not None:
            return frame
    return None


Frame = Optional[tuple[int, int, int, int]]


def _leading_preposition(f: str, n: int, lex: ClaimLexicon) -> Frame:
    """"Selon X, …", "According to X, …" (with an apposition of X: "Selon l'étude X, rédigée par Y, …")."""
    m = lex.attribution_prep.match(f)
    if not m:
        return None
    comma = f.find(",", m.end())
    # "Selon l'étude X, rédigée par Y, ..." : the apposition belongs to the frame
    after = f[comma + 1:].lstrip() if comma > 0 else ""
    if comma > 0 and (lex.authorship.match(after) or lex.commission.match(after)):
        nxt = f.find(",", comma + 1)
        if 0 < nxt < n - 10:
            comma = nxt
    if 0 < comma < n - 10:
        return 0, comma, comma + 1, n
    return None


def _trailing_preposition(f: str, n: int, lex: ClaimLexicon) -> Frame:
    """"…, according to X." at the end."""
    for m in lex.attribution_prep.finditer(f):
        if m.start() > 10 and f[:m.start()].rstrip().endswith(",") and _one_party(f[m.end():n]):
            return m.start(), n, 0, f[:m.start()].rstrip().rfind(",")
    return None


def _one_party(tail: str) -> bool:
    """What follows "according to" is the party alone, or the party and a short apposition that only dates its
    words (", published on 21 May", « , publiés le 21 mai »)."""
    if "," not in tail:
        return True
    rest = tail[tail.find(",") + 1:]
    dated = _date_like().search(rest)
    return "," not in rest and len(rest.split()) <= 6 and dated is not None \
        and not _P_FIGURE_OBJECT.search(rest[:dated.start()] + rest[dated.end():])


def _trailing_tag(f: str, n: int, lex: ClaimLexicon) -> Frame:
    """A trailing speech tag: ", a-t-il dit." / ", he said." / ", the commission said on Friday."."""
    m = _P_TRAILING_TAG.search(f[:n])
    if not (m and m.start() > 10):
        return None
    verb = lex.attribution_verb.search(m.group(1))
    tag = m.group(1)
    # a speech tag is short and names a speaker, it carries no figure ("relève l'âge de 62 à 64 ans" is no tag)
    # and says nothing after its verb ("…, the ONS said on Friday"; not "…, the ONS said there had been no error")
    if verb and len(tag[:verb.start()].split()) <= 6 and len(tag.split()) <= 12 and not _P_FIGURE_OBJECT.search(tag) \
            and not _says_more(tag[verb.end():], lex):
        return m.start() + 1, n, 0, m.start()
    return None


def _quote_then_tag(f: str, n: int, lex: ClaimLexicon) -> Frame:
    """'"Every child is a door left open," said Ruth Mensah, a nurse.': a quote, then its speech tag."""
    if _P_QUOTE_THEN_TAG.match(f):
        for m in lex.attribution_verb.finditer(f):
            before = f[:m.start()].rstrip()
            if _P_QUOTE_THEN_TAG_2.search(before):
                return m.start(), n, 0, len(before)
            break
    return None


_CLOSING = {"«": "»", "“": "”", '"': '"'}


def _quote_then_any_tag(f: str, n: int, lex: ClaimLexicon) -> Frame:
    """« La saison a dépassé nos attentes », se félicite la direction du théâtre: a whole quote, a comma, then
    a short tag without a quote, whatever its verb (« se félicite », « assurait », « peste »: the layout says it is
    a speech tag where no listed verb does)."""
    m = _P_QUOTE_THEN_ANY_TAG.match(f)
    if not m:
        return None
    close = f.find(_CLOSING[m.group(1)], m.end())
    if close < 0:
        return None
    tag = _P_QUOTE_THEN_ANY_TAG_2.match(f[close + 1:n])
    comma_inside = f[:close].rstrip().endswith(",")
    if not (tag or comma_inside):
        return None
    start = close + 1 + (tag.end() if tag else len(f[close + 1:n]) - len(f[close + 1:n].lstrip()))
    words = f[start:n].split()
    if not 0 < len(words) <= 25 or _P_QUOTE_THEN_ANY_TAG_3.search(f[start:n]):
        return None
    return start, n, 0, close + 1


def _tag_between_commas(f: str, n: int, lex: ClaimLexicon) -> Frame:
    """"X, the ONS said on Thursday, Y": a speech tag between commas after a clause with its figure, content on
    both sides (the frame's tail after the second comma is read by ``clauses.segments`` as a gloss); not "None
    of the six datasets, the WMO noted, kept …", where the clause goes on after the tag."""
    for m in lex.attribution_verb.finditer(f):
        before, after = f.rfind(",", 0, m.start()), f.find(",", m.end())
        if before < 10 or after < 0 or after > n - 10:
            continue
        speaker, tail = f[before + 1:m.start()], f[m.end():after]
        if 0 < len(speaker.split()) <= 6 and len(tail.split()) <= 4 and not _P_FIGURE_OBJECT.search(speaker + tail) \
                and _P_FIGURE_OBJECT.search(f[:before]) \
                and not _says_more(tail, lex) and not lex.relative.match(speaker.lstrip()):
            return before + 1, after, 0, before
    return None


def _speech_verb(f: str, n: int, lex: ClaimLexicon, owner=None, text: Optional[str] = None) -> Frame:
    """"X indique que Y", "X said (that) Y" -- not a verb inside an incise ("The penalty, which the company
    said…"), nor a verb of ``own_count_verbs`` whose object, a figure, follows it when its subject names only
    parties the list's figures are of, none that publishes ("Dornovia alone reported 4 million cases": Dornovia's cases, not Dornovia's word)."""
    for m in lex.attribution_verb.finditer(f):
        if m.start() < 3:
            continue
        incise = f[:m.start()].rsplit(",", 1)
        rest = f[m.end():]
        if _not_the_speakers(f, m, incise, rest, lex, text):
            continue
        said = _said_after_semicolon(f, n, m, rest, owner)
        if said is not None:
            return said                   # "…; in November the company had warned that …": its own clause and speaker
        coordinated = _coordinated(incise) if m.start() <= 0.7 * n else None
        # (", and Velmor said …", « , et Velmor a indiqué que … »: the frame starts after its coordinator, the clause
        # before the comma is one of its own)
        said = _reported(f, n, m, rest, owner, len(incise[0]) + 1 + coordinated.end()) if coordinated else None
        if said is None and not coordinated and m.start() <= 0.7 * n:
            shared = _shared_subject(incise[-1], m.start())
            said = _reported(f, n, m, rest, owner, shared) if shared is not None else None
        if said is not None:
            return said
        if _speaker_after_figure(incise, rest):
            return len(incise[0]) + 1, n, 0, len(incise[0])
        if m.start() > 0.7 * n:
            continue
        return _reported(f, n, m, rest, owner, 0)
    return None


def _reported(f: str, n: int, m: re.Match, rest: str, owner, fs: int) -> Frame:
    """The frame from ``fs`` to the speech verb ``m``, its stress and audience right after it (« estime elle-même que »,
    "told investors": ``speech_emphasis``, ``speech_audiences``), and the reported clause after them, or None."""
    fe = m.end() + _patterns()["audience"].match(rest).end()
    rest = f[fe:]
    that = _patterns()["that"].match(rest) or _patterns()["that_unbounded"].match(rest)
    if that:
        return fs, fe, fe + that.end(), n
    if _patterns()["tag_subject"].match(rest) and m.group(0) in _patterns()["tag_verbs"]:
        return None if m.group(0) in _patterns()["own_count_verbs"] and _figure_object(rest) \
            and owner is not None and owner(fs, m.start()) else (fs, fe, fe + 1, n)
    return None


def _not_the_speakers(f: str, m: re.Match, incise: list[str], rest: str, lex: ClaimLexicon, text: Optional[str]) -> bool:
    """A speech verb that is not the statement's speaker's: inside an incise ("The fine, which the firm said…"),
    or closing a leading clause in the passive, a comma right after it ("Days before it was announced, X said …": X's
    comes later); nor the verb of a passive its subject is said of, no "that" after it ("By Friday, 418 people had
    been reported injured")."""
    if len(incise) == 2 and relative_at(lex, f, m.start() - len(incise[1].lstrip()), text):
        return True
    passive = bool(set(f[:m.start()].split()[-1:]) & _patterns()["passive"])
    # (a passive without "that" predicates of its subject what follows: "418 people were reported missing")
    return passive and (len(incise) == 1 and rest.startswith(",") or not _patterns()["that"].match(rest))


def _said_after_semicolon(f: str, n: int, m: re.Match, rest: str, owner) -> Frame:
    """The frame of a speech verb early in the clause after a semicolon (``_after_semicolon``), as in a statement of
    its own, or None."""
    semi = _after_semicolon(f, m.start())
    return _reported(f, n, m, rest, owner, semi) if semi is not None and m.start() - semi <= 0.7 * (n - semi) else None


def _after_semicolon(f: str, verb: int) -> Optional[int]:
    """Where the frame starts when a semicolon, after any comma, stands before a speech verb ("That left it at the
    bottom of the range; in November the company had warned that …", « …; en novembre, la direction avait prévenu
    que … »): after it — the clause before the semicolon is one of its own, not the speaker; None otherwise."""
    semi, comma = f.rfind(";", 0, verb), f.rfind(",", 0, verb)
    if semi <= 0 or comma > semi and not _only_date(f[semi + 1:comma].strip()):
        return None                       # (a comma after it: only one that closes a date, « ; en novembre, la direction … »)
    return semi + 1 + len(f[semi + 1:verb]) - len(f[semi + 1:verb].lstrip())


def _coordinated(incise: list[str]) -> Optional[re.Match]:
    """Whether the words between the last comma and a speech verb open with a coordinator (", and Velmor said",
    « , et Velmor a indiqué »): a clause of its own and its speaker, not a tag of the clause before the comma."""
    return _patterns()["coordinator"].match(incise[1]) if len(incise) == 2 else None


def _shared_subject(part: str, verb: int) -> Optional[int]:
    """Where the frame starts when a speech verb follows a coordinator with no subject of its own and no comma, "Velmor
    kept its guidance at £450 million and said …", « Velmor a maintenu son objectif et a indiqué que … »: after the
    coordinator — the clause before it (five words or more, a figure of its own), whose subject the verb shares, is
    one of its own (its figure is no speaker's; a clause with none, « X conteste le périmètre et estime que … »,
    stays the frame that names who speaks); None otherwise. ``part`` is the statement's text after its last comma before the verb, which starts at ``verb``."""
    c = _patterns()["speech_coordinator"].search(part)
    if c is None or len(part[:c.start()].split()) < 5 or not _P_FIGURE_OBJECT.search(_without_dates(part[:c.start()])):
        return None
    return verb - len(part) + c.end()


def clause_before(f: str, fs: int) -> int:
    """Where the clause before a frame that starts at ``fs`` after a coordinator ends: before the coordinator and
    its comma, ", and Velmor said …", "… at £450 million and said …"."""
    m = _patterns()["coordinator_end"].search(f, 0, fs)
    return m.start() if m else max(0, f.rfind(",", 0, fs), f.rfind(";", 0, fs))


def _figure_object(rest: str) -> bool:
    """Whether the words right after a verb are its object, a figure ("reported more than 4 million cases", "a
    16 % drop"): a number among its first four words, no clause opened before it."""
    head = " ".join(rest.split()[:4])
    number = _P_FIGURE_OBJECT.search(head)
    return number is not None and not _patterns()["that"].search(" " + head[:number.start()])


def _speaker_after_figure(incise: list[str], rest: str) -> bool:
    """"Traffic grew 9 %, chief executive X told investors when …": a short speaker after the clause with its
    figure, and after the verb to whom and when (no figure, no "that"), not what was said."""
    return len(incise) == 2 and bool(_P_FIGURE_OBJECT.search(incise[0])) and len(incise[0].split()) >= 5 \
        and 0 < len(incise[1].split()) <= 6 and not _P_FIGURE_OBJECT.search(incise[1] + _without_dates(rest)) \
        and not _patterns()["that"].match(rest)


_PREPOSITION_FORMS = (_leading_preposition, _trailing_preposition)
_VERB_FORMS = (_trailing_tag, _quote_then_tag, _tag_between_commas, _speech_verb)


def share_frame(claims: list[Claim]) -> None:
    """Claims inside an attribution frame are attributed to its source."""
    frame = next((c for c in claims if c.role == "attribution-frame"), None)
    if not frame:
        return
    for c in claims:
        if c is not frame:
            c.attributed_to = c.attributed_to or frame.attributed_to
            c.commissioned_by = c.commissioned_by or frame.commissioned_by
            c.authored_by = c.authored_by or frame.authored_by
    _deny_through(frame, claims)
    _date_through(frame, claims)


def _date_through(frame: Claim, claims: list[Claim]) -> None:
    """A frame that opens on a year alone, "For 2023, Velmor had reported net cash of £80m", « Pour 2023, Velmor
    avait publié … », or that names twelve months to a date, "In its results for the year to 31 March 2025, Velmor
    reported …", « Dans ses comptes de l'exercice clos le 31 mars 2025, Velmor a publié … » (``twelve_months_to``;
    any other month or day is when it spoke): the year is the period of what it reports, read in the claims after
    it that date nothing."""
    year = _frame_period_year(frame)
    for c in claims:
        if year is not None and c is not frame and frame.end <= c.start and not c.dates and c.context_year is None:
            c.context_year = year


def _frame_period_year(frame: Claim) -> Optional[int]:
    """The year of what a frame reports (``_date_through``): its opening year alone, else the year of twelve months
    to a date it names; None otherwise."""
    head = frame.text.split(",", 1)
    return next((d.year for d in frame.dates if len(head) == 2 and d.relation == "at" and d.month is None
                 and d.end - frame.start <= len(head[0]) and len(head[0].split()) <= 3), None) \
        or next((d.year for d in frame.dates if d.relation == "at" and d.month
                 and twelve_months_to(frame.text[:d.end - frame.start], d.month)), None)


def _deny_through(frame: Claim, claims: list[Claim]) -> None:
    """A negated frame denies what it frames: "Before 2025, X had never posted a quarterly surplus", « X n'a
    jamais annoncé de bénéfice »: the framed clause after it, with no figure, is a denial, bounded by the frame's
    dates (a clause after the content, "…, when output showed no growth", frames nothing)."""
    if not frame.negated:
        return
    for c in claims:
        if c is not frame and c.role == "main" and not c.negated and not c.quantities and frame.end <= c.start:
            c.negated = True
            c.dates = [*c.dates, *(d for d in frame.dates if d not in c.dates)]


def named_speaker(head: str) -> str:
    """The speaker of a frame, the words before its verb, without the phrases that open the sentence before it
    ("On 19 May, in Castelford, Mayor Jane Doe" -> "Mayor Jane Doe"): the last of its comma-separated parts that
    names someone (a capital past its first letter: "Jane Doe" of "Jane Doe, the mayor,"; in a part after the first,
    any capital), the whole when none does."""
    parts = [p.strip() for p in head.split(",") if p.strip()]
    # (past the sentence's first part, a capital anywhere names: "In Northern Ostria, Velmor" -> "Velmor")
    # (when the speaker spoke: "In November, the company"; or the period it speaks of: "In its results for the year
    # to 31 March 2025, the group")
    if len(parts) > 1 and (_only_date(parts[0]) or twelve_month_ends(parts[0])):
        return named_speaker(head.split(",", 1)[1].strip())
    named = [p for i, p in enumerate(parts) if _P_NAMED_SPEAKER.search(p[1:] if i == 0 else p)]
    if len(parts) > 1 and named:
        return named[-1]
    date = _leading_date().match(fold(head))          # folded: « En février le groupe »
    return head[date.end():] if date else head


def _only_date(part: str) -> bool:
    """Whether a comma-separated part of a frame's opening is only a date ("In November", « En février », "On
    Tuesday"): when the speaker spoke, not who."""
    date = _leading_date().match(fold(part) + " .")
    return date is not None and date.end() > len(fold(part))


@stored
def _leading_date() -> re.Pattern:
    """A date that opens a frame's words before its speaker with no comma ("In January the grocer", « En janvier le
    groupe », "On Tuesday the ministry": ``party_time_openers``, then a day, a month or a weekday, a year): when the
    speaker was speaking, no part of their name."""
    names = {w for lang in LANGS for w in month_names(lang)} | {fold(w) for w in words("split", "weekdays")}
    dates = "|".join(re.escape(w) for w in sorted(names, key=longest_first))
    return word_pattern("claims", r"^(?:{party_time_openers})\s+(?:\d{1,2}(?:er)?\s+)?(?:" + dates
                        + r")(?:\s+\d{1,2}\b)?(?:\s+\d{4})?\s+(?=\S)", re.I)
