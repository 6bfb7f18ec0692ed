"""The "split" stage: an article's text -> ordered statements (sentences, headings, bylines, labels).

Two levels:

* **Layout** (``split_statements``). The text is cut into paragraphs at blank lines, and each
  paragraph into lines. A line can be a markdown heading, a list item (``- ``, ``* ``, ``• ``,
  ``1. ``, ``1) ``...), a byline or dateline (``metadata``, see ``parse_byline``), a label
  (``Source``, ``Photo : AFP``, ``Lire aussi : ...``, ``© ...``) or plain text; consecutive plain
  lines form a run that is cut into sentences. A run of one line without final punctuation
  (at most 25 words) is a heading: the ``headline`` when no heading and no body text came
  before it, otherwise a ``subhead``; so is a markdown ``#``/setext heading. A one-line
  question is the headline only in that first position (elsewhere it is a sentence), and the
  article's first line may be a headline even without a blank line after it.
* **Sentences** (``split_sentences``). Candidate ends are runs of ``. ! ? …`` followed by
  optional closing quotes/brackets and by white space. ``?`` and ``!`` end a sentence unless a
  lower-case word follows; an ellipsis only before a capitalised word; a period is judged from
  the word before it (title, initial, abbreviation, acronym, number, plain word, using the
  tables in ``data/lang/<lang>/split.yaml``) and the word after it.

Known limits: sentences are also cut inside a long quotation ("« A. B », dit-il." gives two);
an abbreviation that really ends a sentence before a capitalised name is kept whole ("in the
U.S. Donald Trump..."); a line break inside a hard-wrapped paragraph is read as a space.

Offsets always refer to the text as given: with ``markdown=True`` the analysis runs on
``mask_markdown(text)`` (same length), and statements keep their markdown. Statements are
stripped, ordered, non-overlapping, and cover every non-blank character of the text.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass
from typing import Optional

from .language import detect_language
from .markdown import mask_markdown
from .model import Statement
from .resources import lexicon

__all__ = ["split_statements", "split_sentences", "parse_byline"]

_LANGS = ("fr", "en")

# --- character classes -------------------------------------------------------------------------

_SPACES = " \u00a0\u202f\u2009\u2007"
_CLOSERS = "\"'\u201d\u2019\u00bb\u203a)]}"
_OPENERS = "\"'\u201c\u2018\u00ab\u2039([{\u00bf\u00a1\u201e\u201a"
_CURRENCY = "$€£¥₽₹¢₩₺"
_FINAL = ".!?\u2026\u203d:;,"

# A run of sentence-final punctuation, possibly spaced (". . ."), then closing quotes/brackets
# (a French "»" may come after a space), then white space or the end of the region.
_RUN_RE = re.compile(
    r"(?P<run>[.!?\u2026\u203d]+(?:[ \u00a0\u202f][.!?\u2026](?=[\s" + re.escape(_CLOSERS) + r"]|$)[.!?\u2026]*)*)"
    r"(?P<close>(?:[" + re.escape(_CLOSERS) + r"]|[ \u00a0\u202f]+[\u00bb\u203a])*)"
    r"(?=\s|$)")
_NEXT_TOKEN_RE = re.compile(r"\s*(\S+)")
_LAST_TOKEN_RE = re.compile(r"\S+$")
_PREV_TOKEN_RE = re.compile(r"(\S+)\s*$")
_DOTTED_RE = re.compile(r"^[^\W\d_]{1,4}(?:\.-?[^\W\d_]{1,4})+$")
_NUMBER_RE = re.compile(r"^[" + re.escape(_CURRENCY) + r"]?\d[\d.,\u00a0\u202f]*%?$")

# list markers: a bullet, a number or a letter with "." ")" ".)", or a bullet then a number
_BULLETS = "-*+\u2022\u2043\u25e6\u25aa\u25ab\u2023\u00b7\u2013\u2014\u25cf\u25cb\u25a0\u25a1\u2219\u27a2\u2192"
_MARKER_RE = re.compile(
    r"(?P<bullet>[" + re.escape(_BULLETS) + r"])?[ \t]*"
    r"(?:\(?(?P<num>\d{1,3})(?P<nsuf>\.\)|[.)])|\(?(?P<let>[a-z]|[A-Z](?=\)))(?P<lsuf>\.\)|[.)]))?"
    r"(?=\s)")
_LIST_LINE_RE = re.compile(
    r"[ \t]*(?:[" + re.escape(_BULLETS.replace("+", "")) + r"](?=[ \t])|\(?\d{1,3}(?:\.\)|[.)])(?=[ \t])"
    r"|\(?[a-z]\)(?=[ \t]))")
_MD_LIST_LINE_RE = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+\u2022](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))")
_MD_HEADING_RE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)*#{1,6}(?:[ \t]|$)")
_MD_SETEXT_RE = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*$")
_MD_TABLE_RE = re.compile(r"[ \t]{0,3}\|")

# bylines, datelines, labels
_SEP_RE = re.compile(r"\s+[-\u2013\u2014\u2022\u00b7/]\s+|\s*\|\s*|\s+-{2}\s+")
_TIME_RE = re.compile(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])\s?(?:[:hH]\s?(?P<min>[0-5]\d)(?!\d)|h(?![^\W\d_]))"
    r"(?:\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?)?"
    r"|(?<![\d:.,])(?P<h12>1[0-2]|0?[1-9])\s?(?P<ap12>[aApP])\.?\s?[mM]\b\.?")
_ISO_DATE_RE = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?:T(?=\d)|(?![\d]))")
_NUM_DATE_RE = re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)(?![\d])")
_AMPM_END_RE = re.compile(r"\b[aApP]\.\s?[mM]\.$")
_READING_RE = re.compile(
    r"^(?:\d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|de lecture|lecture)"
    r"|(?:temps de lecture|reading time|lecture|read)\s*:?\s*\d+\s*(?:min(?:ute)?s?|mn)\.?)$", re.I)
_PLACE_RE = re.compile(r"^\s*([A-ZÀ-Ý][\w'\u2019.-]*(?:[ -][A-ZÀ-Ý][\w'\u2019.-]*){0,2})\s*,")
_CONNECTORS = frozenset("de du des la le les l' d' van von der den di da dos das del bin ibn al el "
                        "of the and et & y e".split())
_PUNCT_ONLY_RE = re.compile(r"^[\s,;:()\[\]\-\u2013\u2014|\u00b7\u2022/.]*$")


@dataclass(frozen=True)
class _Rules:
    titles: frozenset
    prefix: frozenset
    ambiguous: frozenset
    starters: frozenset
    stopwords: frozenset
    months: dict
    byline_re: re.Pattern
    filler_re: re.Pattern
    label_re: re.Pattern
    dmy_re: re.Pattern
    mdy_re: re.Pattern
    section_words: frozenset
    lang: str


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    """The splitting tables of ``lang``; for anything but "fr"/"en", both merged."""
    langs = (lang,) if lang in _LANGS else _LANGS
    tables = [lexicon(code, "split") for code in langs]
    both = [lexicon(code, "split") for code in _LANGS]

    def merged(*path, every: bool = False) -> list:
        out = []
        for t in (both if every else tables):
            node = t
            for key in path:
                node = (node or {}).get(key, {})
            out.extend(node or [])
        return [str(x) for x in out]

    titles = frozenset(merged("abbreviations", "titles"))
    ambiguous = frozenset(w.lower() for w in merged("abbreviations", "ambiguous"))
    prefix = frozenset(w.lower() for w in merged("abbreviations", "prefix")) - ambiguous
    starters = frozenset(w.lower().replace("\u2019", "'") for w in merged("sentence_starters"))
    starters |= frozenset(t.lower() for t in titles)
    stop = set()
    for code in langs:
        stop.update(str(w).lower() for w in lexicon(code, "stopwords").get("stopwords", []))
    months: dict[str, int] = {}
    for t in both:
        for k, v in (t.get("months") or {}).items():
            months[str(k).lower()] = int(v)
    month_alt = _alternation(months)
    # layout words (labels, bylines, dates) are read in both languages: footers and bylines mix them
    fillers = merged("dateline_words", every=True) + merged("weekdays", every=True)
    return _Rules(
        titles=titles, prefix=prefix, ambiguous=ambiguous, starters=starters,
        stopwords=frozenset(stop), months=months,
        byline_re=re.compile(r"^(?:" + _alternation(w.lower() for w in merged("byline_words", every=True))
                             + r")\s*:?\s+(?=\S)", re.I),
        filler_re=re.compile(r"(?<![^\W_])(?:" + _alternation(w.lower() for w in fillers)
                             + r")(?![^\W_])", re.I),
        label_re=re.compile(r"^(?:" + _alternation(w.lower() for w in merged("labels", every=True))
                            + r")(?![^\W_])", re.I),
        dmy_re=re.compile(r"(?<!\d)(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|e)?\.?\s+(?:de\s+|of\s+)?(?P<m>"
                          + month_alt + r")(?![^\W_])\.?(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I),
        mdy_re=re.compile(r"(?<![^\W_])(?P<m>" + month_alt + r")(?![^\W_])\.?\s+(?P<d>[0-3]?\d)"
                          r"(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I),
        section_words=frozenset(w.lower() for w in merged("section_words", every=True)),
        lang=lang if lang in _LANGS else "und",
    )


def _resolve_lang(lang: str, sample: str) -> str:
    if lang in _LANGS:
        return lang
    return detect_language(sample)


# --- sentences ---------------------------------------------------------------------------------

def _next_token(ana: str, pos: int, end: int) -> Optional[tuple[int, str]]:
    m = _NEXT_TOKEN_RE.match(ana, pos, end)
    return (m.start(1), m.group(1)) if m else None


def _first_letter_kind(token: str) -> tuple[str, str]:
    """('upper'|'lower'|'digit'|'other', token without its opening quotes/brackets)."""
    core = token.lstrip(_OPENERS)
    if not core:
        return "other", core
    c = core[0]
    if c.isdigit() or c in _CURRENCY:
        return "digit", core
    if c.islower():
        return "lower", core
    if c.isalpha():
        return "upper", core
    return "other", core


def _starter_form(core: str) -> str:
    w = core.replace("\u2019", "'")
    if "'" in w:
        return w[: w.index("'") + 1].lower()
    return w.rstrip(_CLOSERS + ",;:!?.\u2026").lower()


def _word_class(token: str, rules: _Rules) -> str:
    """Class of the word written just before a period."""
    core = token.lstrip(_OPENERS)
    if not core:
        return "plain"
    if core[-1] in _CLOSERS:                     # "(Loiret)." "« ... »."
        return "plain"
    if core in rules.titles:
        return "title"
    if len(core) == 1 and core.isalpha():
        return "initial" if core.isupper() else "prefix"
    low = core.lower().replace("\u2019", "'")
    if "'" in low:                               # "l'art." "qu'env."
        low = low.rsplit("'", 1)[1]
    if low in rules.prefix:
        return "prefix"
    if low in rules.ambiguous or _DOTTED_RE.match(core):
        return "ambiguous"
    if _NUMBER_RE.match(core):
        return "number"
    return "plain"


def _list_cuts(ana: str, start: int, end: int) -> tuple[list[int], set[int]]:
    """Cuts before each further marker of an inline list that begins at ``start``
    ("1) a 2) b", "• x • y", "a. x b. y"), and the positions of the markers' periods."""
    m = _MARKER_RE.match(ana, start, end)
    if not m or not (m.group("bullet") or m.group("num") or m.group("let")):
        return [], set()
    protected = {i for i in range(m.start(), m.end()) if ana[i] == "."}
    cuts: list[int] = []
    bullet, num, let = m.group("bullet"), m.group("num"), m.group("let")
    pos = m.end()
    if bullet and bullet in "-*+\u2013\u2014\u00b7":
        return cuts, protected                    # a dash or star also occurs inside sentences
    if bullet:
        pattern = re.compile(r"(?<=\s)" + re.escape(bullet) + r"(?=[\s\d(a-z])")
    while True:
        if bullet:
            nm = pattern.search(ana, pos, end)
        elif num:
            num = str(int(num) + 1)
            nm = re.compile(r"(?<=\s)\(?" + num + re.escape(m.group("nsuf")) + r"(?=\s)").search(ana, pos, end)
        else:
            if let in "zZ":
                break
            let = chr(ord(let) + 1)
            nm = re.compile(r"(?<=\s)\(?" + let + re.escape(m.group("lsuf")) + r"(?=\s)").search(ana, pos, end)
        if not nm:
            break
        mk = _MARKER_RE.match(ana, nm.start(), end)
        stop = mk.end() if mk else nm.end()
        protected.update(i for i in range(nm.start(), stop) if ana[i] == ".")
        cuts.append(nm.start())
        pos = stop
    return cuts, protected


def _sentence_cuts(ana: str, raw: str, start: int, end: int, rules: _Rules,
                   lists: bool = True) -> list[int]:
    """Sorted positions in (start, end] where a sentence ends (the next one starts after the
    white space that follows); with ``lists``, also the starts of further inline list items."""
    first = _NEXT_TOKEN_RE.match(ana, start, end)
    if not first:
        return []
    cuts: list[int] = []
    protected: set[int] = set()
    if lists:
        cuts, protected = _list_cuts(ana, first.start(1), end)
    last = start
    for m in _RUN_RE.finditer(ana, start, end):
        if m.start("run") in protected:
            continue
        nxt = _next_token(ana, m.end(), end)
        if nxt is None:
            break
        kind, core = _first_letter_kind(nxt[1])
        run = m.group("run")
        cut = None
        if "?" in run or "!" in run or "\u203d" in run:
            if kind != "lower":
                cut = m.end()
        elif run != ".":
            cut = _ellipsis_cut(ana, m, start, kind)
        elif kind != "lower":
            cut = _period_cut(ana, m, start, last, kind, core, nxt[1], rules)
        if cut is not None:
            while cut < end and ana[cut].isspace() and not raw[cut].isspace():
                cut += 1                          # closing markdown marks ("**"), blank in ``ana``
            cuts.append(cut)
            last = cut
    return sorted(cuts)


def _ellipsis_cut(ana: str, m: re.Match, start: int, kind: str) -> Optional[int]:
    rs = m.start("run")
    run = m.group("run")
    close = m.group("close")
    if rs > start and ana[rs - 1] in "[(" and close[:1] in ")]":
        return None                               # "[...]" marks an omission
    if kind != "upper":
        return None
    spaced = any(c in _SPACES for c in run)
    attached = rs > start and not ana[rs - 1].isspace()
    if not spaced:
        return m.end()                            # "..." "…" "...." before a capital
    dots = run.count(".") + 3 * run.count("\u2026")
    if attached and run[:2] in (". ", ".\u00a0", ".\u202f") and dots >= 4:
        return rs + 1                             # "compounds. . . . The" -> "compounds." | ". . . The"
    if not attached and dots >= 4:
        return m.end()                            # ". . . ." = omission + period
    return None                                   # ". . ." inside a sentence


def _period_cut(ana: str, m: re.Match, start: int, last: int, kind: str, core: str,
                next_token: str, rules: _Rules) -> Optional[int]:
    rs = m.start("run")
    if m.group("close"):
        word_class = "plain"                      # 'great.' / « ... dit. » : a quotation ends
    else:
        t = _LAST_TOKEN_RE.search(ana, max(start, rs - 80), rs)
        word_class = _word_class(t.group() if t else "", rules)
        word = t.group().lstrip(_OPENERS) if t else ""
        if len(word) == 1 and word_class in ("initial", "prefix"):
            prev = _PREV_TOKEN_RE.search(ana, max(start, t.start() - 80), t.start())
            prev_word = prev.group(1).lstrip(_OPENERS) if prev else ""
            if word == "I" and prev_word[:1].islower():
                word_class = "plain"              # "you and I. Did you..."
            elif word.islower() and _NUMBER_RE.match(prev_word):
                word_class = "plain"              # a unit: "à 20 h. Le maire..."
    if word_class == "plain" or word_class == "number":
        return m.end()
    if word_class in ("title", "initial", "prefix"):
        return None
    # ambiguous: "U.S." "Inc." "etc." "a.m." "janv." -> only before a word that opens sentences
    if kind == "digit":
        return None
    starter = _starter_form(core)
    opens_quote = next_token[:1] in _OPENERS
    if starter not in rules.starters and not opens_quote:
        return None
    if core.rstrip(".") in rules.titles and len(ana[last:rs].split()) < 4:
        return None                               # "At 5 a.m. Mr. Smith went..."
    return m.end()


def _pieces(raw: str, bounds: list[int]) -> list[tuple[int, int]]:
    """Stripped, non-empty spans between consecutive bounds."""
    out = []
    for a, b in zip(bounds, bounds[1:]):
        seg = raw[a:b]
        stripped = seg.strip()
        if stripped:
            a2 = a + (len(seg) - len(seg.lstrip()))
            out.append((a2, a2 + len(stripped)))
    return out


def _region_spans(ana: str, raw: str, start: int, end: int, rules: _Rules,
                  lists: bool = True) -> list[tuple[int, int]]:
    cuts = [c for c in _sentence_cuts(ana, raw, start, end, rules, lists) if start < c < end]
    return _pieces(raw, [start, *cuts, end])


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    a = 0
    for line in text.split("\n"):
        out.append((a, a + len(line)))
        a += len(line) + 1
    return out


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs: runs of non-blank lines, as lists of line spans."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in _lines(text):
        if text[a:b].strip():
            current.append((a, b))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def split_sentences(text: str, lang: str = "und") -> list[tuple[int, int]]:
    """Sentence boundaries of plain text as (start, end) offsets, stripped and in order.

    Blank lines and lines that begin with a list marker always start a new sentence; inside a
    paragraph, line breaks are ordinary spaces."""
    if not text or not text.strip():
        return []
    rules = _rules(_resolve_lang(lang, text))
    spans: list[tuple[int, int]] = []
    for block in _blocks(text):
        starts = [block[0][0]] + [a for a, b in block[1:] if _LIST_LINE_RE.match(text, a, b)]
        ends = starts[1:] + [block[-1][1]]
        for a, b in zip(starts, ends):
            spans.extend(_region_spans(text, text, a, b, rules))
    return spans


# --- bylines, datelines, labels ----------------------------------------------------------------

def _valid_date(y: int, m: int, d: int) -> Optional[str]:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _find_datetime(s: str, rules: _Rules) -> tuple[Optional[str], Optional[str], list[tuple[int, int]]]:
    """(ISO date, "HH:MM", spans of every date and time found) in ``s``."""
    found: list[tuple[int, int, Optional[str]]] = []   # (start, end, ISO date or "" without a year)
    for m in _ISO_DATE_RE.finditer(s):
        found.append((m.start(), m.end(), _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))))
    for rx in (rules.dmy_re, rules.mdy_re):
        for m in rx.finditer(s):
            month, day = rules.months.get(m["m"].lower()), int(m["d"])
            if not month:
                continue
            if m["y"]:
                found.append((m.start(), m.end(), _valid_date(int(m["y"]), month, day)))
            elif _valid_date(2000, month, day):   # "21 janvier", "Feb. 9": a date, year unknown
                found.append((m.start(), m.end(), ""))
    for m in _NUM_DATE_RE.finditer(s):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        # day first (French, British); month first only when the day-first reading is impossible
        found.append((m.start(), m.end(), _valid_date(y, b, a) or _valid_date(y, a, b)))
    found = [f for f in found if f[2] is not None]
    found.sort(key=lambda f: (f[0], -f[1]))
    spans: list[tuple[int, int]] = []
    date = None
    for a, b, iso in found:
        if spans and a < spans[-1][1]:
            continue
        spans.append((a, b))
        date = date or iso or None
    time = None
    for m in _TIME_RE.finditer(s):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if m.group("h12"):
            hour, minute, ap = int(m["h12"]), 0, m["ap12"]
        else:
            hour, minute, ap = int(m["h"]), int(m["min"] or 0), m["ap"]
        if ap:
            if hour > 12:
                continue
            hour = hour % 12 + (12 if ap in "pP" else 0)
        spans.append((m.start(), m.end()))
        time = time or f"{hour:02d}:{minute:02d}"
    spans.sort()
    return date, time, spans


def _remove(s: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(s[pos:a])
        out.append(" | ")
        pos = max(pos, b)
    out.append(s[pos:])
    return "".join(out)


def _capitalised(word: str) -> bool:
    w = re.sub(r"^[dlDL]['\u2019]", "", word)
    return w[:1].isupper() or w[:1].isdigit()


def _name_like(s: str, max_words: int, digits: bool) -> bool:
    words = s.split()
    if not words or len(words) > max_words or len(s) > 70:
        return False
    if not _capitalised(words[0]):
        return False
    if s[-1] in ".!?;:," and not _DOTTED_RE.match(words[-1].rstrip(".")):
        return False
    for w in words:
        if w.lower() in _CONNECTORS:
            continue
        if not digits and any(c.isdigit() for c in w):
            return False
        if not (_capitalised(w) or ("." in w.strip(".") and not w.endswith("."))):
            return False
    return True


def _datetime_segment(seg: str, rules: _Rules) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(date, time) when ``seg`` is only a date and/or time with dateline words around it."""
    date, time, spans = _find_datetime(seg, rules)
    if not spans:
        return None
    first = spans[0][0]
    place = _PLACE_RE.match(seg)
    if place and place.end() <= first:           # "Paris, le 21 janvier 2026"
        spans = [(0, place.end())] + spans
    rest = rules.filler_re.sub(" ", _remove(seg, spans))
    rest = re.sub(r"(?<![^\W_])(?:le|the|à|at|on)(?![^\W_])", " ", rest, flags=re.I)
    if not _PUNCT_ONLY_RE.match(rest):
        return None
    return date, time


def _author_segment(seg: str, rules: _Rules) -> Optional[tuple[str, Optional[str], Optional[str], Optional[str]]]:
    """(author, outlet, date, time) for "Par Julie Marchand", "By Maria Chen, Reuters"..."""
    m = rules.byline_re.match(seg)
    if not m:
        return None
    rest = seg[m.end():]
    date, time, spans = _find_datetime(rest, rules)
    name_part = rest[: spans[0][0]] if spans else rest
    if spans:
        tail = rules.filler_re.sub(" ", _remove(rest[spans[0][0]:], [(a - spans[0][0], b - spans[0][0]) for a, b in spans]))
        if not _PUNCT_ONLY_RE.match(tail):
            return None
    parts = re.split(r"\s*,\s*|\s+(?:pour|for|avec|with)\s+|\s*\(\s*|\s*\)\s*", name_part.strip())
    parts = [p.strip(" .,;:") for p in parts if p and p.strip(" .,;:")]
    if not parts:
        return None
    author = parts[0]
    if not _name_like(author, 8, digits=False):
        return None
    outlet = None
    for p in parts[1:]:
        if _name_like(p, 6, digits=True) and not (set(p.lower().split()) & rules.section_words):
            outlet = p
            break
    return author, outlet, date, time


def _parse_byline(line: str, rules: _Rules) -> Optional[dict]:
    s = line.strip()
    if not s or len(s) > 200 or "\n" in s:
        return None
    if s[-1] in "!?;:," or (s[-1] == "." and not _AMPM_END_RE.search(s)):
        return None
    if len(s.split()) > 25:
        return None
    out = {"outlet": None, "author": None, "date": None, "time": None}
    names: list[str] = []
    evidence = False
    for seg in _SEP_RE.split(s):
        seg = seg.strip()
        if not seg:
            continue
        inner = seg[1:-1].strip() if seg[0] == "(" and seg[-1] == ")" else seg
        author = _author_segment(inner, rules)
        if author:
            evidence = True
            name, outlet, date, time = author
            out["author"] = out["author"] or name
            out["outlet"] = out["outlet"] or outlet
            out["date"] = out["date"] or date
            out["time"] = out["time"] or time
            continue
        dt = _datetime_segment(inner, rules)
        if dt:
            evidence = True
            out["date"] = out["date"] or dt[0]
            out["time"] = out["time"] or dt[1]
            continue
        if _READING_RE.match(inner):
            continue
        if _name_like(inner, 6, digits=True):
            if set(inner.lower().split()) & rules.section_words:
                continue
            names.append(inner)
            continue
        words = inner.split()
        if len(words) <= 6 and set(w.lower() for w in words) & rules.section_words:
            continue                              # "Business desk", "Envoyée spéciale à Kyiv"
        return None
    if not evidence:
        return None
    if out["outlet"] is None and out["author"] is None and names:
        out["outlet"] = names[0]                  # "Chas Pravdy - 19 septembre 2025": the outlet
    # next to an author, a bare name is a desk ("Markets", "Energy & Climate"), not the outlet
    return out


def parse_byline(line: str, lang: str = "und") -> Optional[dict]:
    """Read a byline or dateline.

    Returns ``{"outlet", "author", "date" ("YYYY-MM-DD"), "time" ("HH:MM")}`` (each may be None)
    when ``line`` is one, e.g. "Chas Pravdy - 19 septembre 2025 20:29", "By Maria Chen |
    Business desk | 9 February 2026", "Par Julie Marchand – 21 janvier 2026 à 18h40",
    "Publié le 2025-09-19", "Updated Feb. 9, 2026 at 8:30 a.m."; otherwise None. A line is read as
    segments separated by " - ", " – ", " | "...; each must be a "By/Par <name>" segment, a date
    and/or time (with words such as "le", "à", "Updated", a weekday, or a leading "Place,"), a
    short capitalised name (the outlet) or a desk name; at least one must be a byline or a date
    or time. A line ending like a sentence is never a byline."""
    return _parse_byline(line, _rules(lang if lang in _LANGS else "und"))


def _is_label(line: str, rules: _Rules) -> bool:
    s = line.strip()
    if not s:
        return False
    if s[0] == "\u00a9" or s[:4].lower() == "(c) ":
        return True
    m = rules.label_re.match(s)
    if not m:
        return False
    rest = s[m.end():].lstrip()
    if not rest:
        return True
    if rest[0] in ":\uff1a-\u2013\u2014|>\u00bb/\u2192":
        return len(s.split()) <= 40
    words = rest.split()
    return (len(words) <= 6 and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "(\u00a9")
            and rest[-1] not in ".!?")


def _is_metadata(line: str, rules: _Rules) -> bool:
    s = line.strip()
    return bool(_READING_RE.match(s)) or _parse_byline(s, rules) is not None


# --- layout ------------------------------------------------------------------------------------

@dataclass
class _Unit:
    kind: str            # heading | item | meta | label | text
    start: int
    end: int
    block: int
    lines: list          # line spans


def _ends_sentence(ana: str, a: int, b: int) -> bool:
    s = ana[a:b].rstrip().rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in ".!?\u2026:;"


def _block_units(raw: str, ana: str, block: list[tuple[int, int]], bi: int, rules: _Rules,
                 markdown: bool) -> list[_Unit]:
    units: list[_Unit] = []
    pending: Optional[int] = None                 # start of syntax-only lines before any unit

    def new(kind: str, a: int, b: int) -> None:
        nonlocal pending
        start = a if pending is None else pending
        pending = None
        units.append(_Unit(kind, start, b, bi, [(a, b)]))

    def extend(a: int, b: int) -> None:
        units[-1].end = b
        units[-1].lines.append((a, b))

    for a, b in block:
        if markdown:
            if _MD_HEADING_RE.match(raw, a, b):
                new("heading", a, b)
                continue
            if not ana[a:b].strip():              # only markdown syntax on this line
                if units and units[-1].kind == "text" and len(units[-1].lines) == 1 \
                        and _MD_SETEXT_RE.match(raw, a, b):
                    units[-1].kind = "heading"
                if units:
                    units[-1].end = b
                elif pending is None:
                    pending = a
                continue
            if _MD_TABLE_RE.match(raw, a, b):
                new("item", a, b)
                continue
            if _MD_LIST_LINE_RE.match(raw, a, b) or _LIST_LINE_RE.match(raw, a, b):
                new("item", a, b)
                continue
        elif _LIST_LINE_RE.match(raw, a, b):
            new("item", a, b)
            continue
        prev = units[-1] if units else None
        free = (prev is None or prev.kind != "text" or _ends_sentence(ana, *prev.lines[-1])
                or (len(units) == 1 and len(prev.lines) == 1))
        if free and len(ana[a:b].strip()) <= 200:
            if _is_label(ana[a:b], rules):
                new("label", a, b)
                continue
            if _is_metadata(ana[a:b], rules):
                new("meta", a, b)
                continue
        if prev and prev.kind == "item" and (raw[a:a + 1].isspace() or not _ends_sentence(ana, *prev.lines[-1])):
            extend(a, b)
            continue
        if prev and prev.kind == "text":
            extend(a, b)
            continue
        new("text", a, b)
    if pending is not None:
        if units:
            units[0].start = pending
        else:
            units.append(_Unit("label", block[0][0], block[-1][1], bi, list(block)))
    return units


def _heading_like(ana: str, a: int, b: int, rules: _Rules, max_words: int = 25) -> bool:
    s = ana[a:b].strip()
    core = s.rstrip(_CLOSERS + _SPACES)
    if not core or core[-1] in _FINAL or core[-1] in "-\u2013\u2014":
        return False
    words = core.split()
    if len(words) > max_words or not any(c.isalpha() for c in core):
        return False
    return not [c for c in _sentence_cuts(ana, ana, a, b, rules, lists=False) if a < c < b]


def _question_line(ana: str, a: int, b: int) -> bool:
    core = ana[a:b].strip().rstrip(_CLOSERS + _SPACES)
    return bool(core) and core[-1] == "?" and len(core.split()) <= 25


def split_statements(text: str, lang: str = "und", markdown: bool = False) -> list[Statement]:
    """Cut an article into statements with a layout kind and a paragraph number.

    ``lang``: "fr", "en", or anything else to detect it (and use both languages' tables when
    it cannot be told). ``markdown``: analyse ``mask_markdown(text)``, read ``#`` headings,
    setext headings and table rows; offsets and texts still refer to ``text``."""
    if not text or not text.strip():
        return []
    ana = mask_markdown(text) if markdown else text
    rules = _rules(_resolve_lang(lang, ana))
    units: list[_Unit] = []
    for bi, block in enumerate(_blocks(text)):
        units.extend(_block_units(text, ana, block, bi, rules, markdown))

    out: list[Statement] = []
    seen_heading = seen_body = False

    def emit(spans, layout: str, block: int) -> None:
        for a, b in spans:
            out.append(Statement(len(out), text[a:b], a, b, layout, block))

    def heading(a: int, b: int, block: int) -> None:
        nonlocal seen_heading
        emit(_pieces(text, [a, b]), "subhead" if seen_heading or seen_body else "headline", block)
        seen_heading = True

    for u in units:
        if u.kind == "heading":
            heading(u.start, u.end, u.block)
        elif u.kind == "meta":
            emit(_pieces(text, [u.start, u.end]), "metadata", u.block)
        elif u.kind == "label":
            emit(_pieces(text, [u.start, u.end]), "label", u.block)
        elif u.kind == "item":
            a = _NEXT_TOKEN_RE.match(ana, u.start, u.end)
            cuts, _ = _list_cuts(ana, a.start(1), u.end) if a else ([], set())
            emit(_pieces(text, [u.start, *cuts, u.end]), "list-item", u.block)
            seen_body = True
        else:
            start = u.start
            if len(u.lines) == 1 and len(_region_spans(ana, text, u.start, u.end, rules, lists=False)) < 2:
                # a line of several sentences ("I live in the U.S. How about you?") is body text, not a title
                if _heading_like(ana, u.start, u.end, rules) or (
                        not seen_heading and not seen_body and _question_line(ana, u.start, u.end)):
                    heading(u.start, u.end, u.block)
                    continue
            elif not out and _first_line_title(ana, u, rules):
                la, lb = u.lines[0]
                heading(u.start, lb, u.block)
                start = u.lines[1][0]
            emit(_region_spans(ana, text, start, u.end, rules, lists=True), "sentence", u.block)
            seen_body = True
    return _cover_leftovers(text, out)


def _cover_leftovers(text: str, out: list[Statement]) -> list[Statement]:
    """Every non-blank character belongs to a statement: text the analysis saw as blank (a lone list
    marker in Markdown, a stray symbol) becomes a label, so nothing is silently dropped."""
    covered = bytearray(len(text))
    for st in out:
        covered[st.start:st.end] = b"\x01" * (st.end - st.start)
    extra = []
    for m in re.finditer(r"[^\n]+", text):
        i = m.start()
        while i < m.end():
            if covered[i] or text[i].isspace():
                i += 1
                continue
            j = i
            while j < m.end() and not covered[j]:
                j += 1
            piece = text[i:j].rstrip()
            if piece:
                para = max((st.paragraph for st in out if st.start < i), default=0)
                extra.append(Statement(0, piece, i, i + len(piece), "label", para))
            i = j
    if not extra:
        return out
    merged = sorted(out + extra, key=lambda st: st.start)
    for n, st in enumerate(merged):
        st.index = n
    return merged


def _first_line_title(ana: str, u: _Unit, rules: _Rules) -> bool:
    """The article's first line, glued to the text below it, reads as a title."""
    la, lb = u.lines[0]
    if not _heading_like(ana, la, lb, rules, max_words=20):
        return False
    last_word = ana[la:lb].split()[-1].lower().strip(_CLOSERS)
    if last_word in rules.stopwords:
        return False
    nxt = _next_token(ana, u.lines[1][0], u.lines[1][1])
    return bool(nxt) and _first_letter_kind(nxt[1])[0] in ("upper", "digit")
