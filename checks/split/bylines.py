"""Bylines, datelines and labels: :func:`parse_byline` reads a line such as "Par Julie Marchand – 21 janvier
2026 à 18h40" or "By Maria Chen | Business desk | 9 February 2026" into its author, outlet, date and time;
:func:`is_metadata` tells a byline, dateline or reading time from text and :func:`is_label` a label
("Source", "Photo : AFP", "Lire aussi : ...", "© ...")."""
from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Optional

from ..resources import compiled, word_pattern, words
from .tables import DOTTED_RE, LANGS, Rules, rules_for
from ..tablestore import stored

_P_CAPITALISED = compiled(r"^[dlDL]['\u2019]")

# bylines, datelines, labels
_SEP_RE = compiled(r"\s+[-\u2013\u2014\u2022\u00b7/]\s+|\s*\|\s*|\s+-{2}\s+")
_TIME_RE = compiled(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])\s?(?:[:hH]\s?(?P<min>[0-5]\d)(?!\d)|h(?![^\W\d_]))"
    r"(?:\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?)?"
    r"|(?<![\d:.,])(?P<h12>1[0-2]|0?[1-9])\s?(?P<ap12>[aApP])\.?\s?[mM]\b\.?")
_ISO_DATE_RE = compiled(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?:T(?=\d)|(?![\d]))")
_NUM_DATE_RE = compiled(r"(?<![\d/.-])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)(?![\d])")
_AMPM_END_RE = compiled(r"\b[aApP]\.\s?[mM]\.$")


@stored
def _patterns() -> dict:
    """The patterns and words of this module, from ``data/lang/<code>/split.yaml`` (both languages), built once."""
    s = functools.partial(word_pattern, "split")
    return {
        "reading": s(r"^(?:\d+\s*(?:{minute_words})\.?\s*(?:{reading_time_after})"
                     r"|(?:{reading_time_before})\s*:?\s*\d+\s*(?:{minute_words})\.?)$", re.I),
        "joiners": s(r"(?<![^\W_])(?:{dateline_joiners})(?![^\W_])", re.I),
        "outlet_split": s(r"\s*,\s*|\s+(?:{byline_outlet_joiners})\s+|\s*\(\s*|\s*\)\s*"),
        "connectors": frozenset(words("split", "name_connectors")),
    }
# a dateline's place, "Paris,", also with its region or country, "Austin, Texas,", "Vevey, Switzerland,"
_PLACE_RE = compiled(r"^\s*([A-ZÀ-Ý][\w'\u2019.-]*(?:[ -][A-ZÀ-Ý][\w'\u2019.-]*){0,2})\s*,"
                     r"(?:\s*[A-ZÀ-Ý][\w'\u2019.-]*(?:[ -][A-ZÀ-Ý][\w'\u2019.-]*){0,2}\s*,)?")
_PUNCT_ONLY_RE = compiled(r"^[\s,;:()\[\]\-\u2013\u2014|\u00b7\u2022/.]*$")


# --- bylines, datelines, labels ----------------------------------------------------------------

def _valid_date(y: int, m: int, d: int) -> Optional[str]:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _find_datetime(s: str, rules: Rules) -> tuple[Optional[str], Optional[str], list[tuple[int, int]]]:
    """(ISO date, "HH:MM", spans of every date and time found) in ``s``."""
    date, spans = _dates_in(s, rules)
    time = _times_in(s, spans)
    spans.sort()
    return date, time, spans


def _dates_in(s: str, rules: Rules) -> tuple[Optional[str], list[tuple[int, int]]]:
    """The first full date of ``s`` (ISO) and the spans of every date (with or without a year), overlaps left
    out."""
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
    return date, spans


def _times_in(s: str, spans: list[tuple[int, int]]) -> Optional[str]:
    """The first time of ``s`` outside the dates ("HH:MM", 12-hour clocks read), its span and the others'
    added to ``spans``."""
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
    return time


def _remove(s: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(s[pos:a])
        out.append(" | ")
        pos = max(pos, b)
    out.append(s[pos:])
    return "".join(out)


def _capitalised(word: str) -> bool:
    w = _P_CAPITALISED.sub("", word)
    return w[:1].isupper() or w[:1].isdigit()


def _name_like(s: str, max_words: int, digits: bool) -> bool:
    words = s.split()
    if not words or len(words) > max_words or len(s) > 70:
        return False
    if not _capitalised(words[0]):
        return False
    if s[-1] in ".!?;:," and not DOTTED_RE.match(words[-1].rstrip(".")):
        return False
    for w in words:
        if w.lower() in _patterns()["connectors"]:
            continue
        if not digits and any(c.isdigit() for c in w):
            return False
        if not (_capitalised(w) or ("." in w.strip(".") and not w.endswith("."))):
            return False
    return True


def _datetime_segment(seg: str, rules: Rules) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(date, time) when ``seg`` is only a date and/or time with dateline words around it."""
    date, time, spans = _find_datetime(seg, rules)
    if not spans:
        return None
    first = spans[0][0]
    place = _PLACE_RE.match(seg)
    if place and place.end() <= first:           # "Paris, le 21 janvier 2026"
        spans = [(0, place.end())] + spans
    rest = rules.filler_re.sub(" ", _remove(seg, spans))
    rest = _patterns()["joiners"].sub(" ", rest)
    if not _PUNCT_ONLY_RE.match(rest):
        return None
    return date, time


def _author_segment(seg: str, rules: Rules) -> Optional[tuple[str, Optional[str], Optional[str], Optional[str]]]:
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
    parts = _patterns()["outlet_split"].split(name_part.strip())
    parts = [p.strip(" .,;:") for p in parts if p and p.strip(" .,;:")]
    if not parts:
        return None
    author = parts[0]
    if not _name_like(author, 8, digits=False) and not (
            _desk(author, rules) and all(_name_like(p, 6, digits=True) or not rules.filler_re.sub("", p).strip()
                                         for p in parts[1:])):
        return None
    outlet = None
    for p in parts[1:]:
        if _name_like(p, 6, digits=True) and not (set(p.lower().split()) & rules.section_words):
            outlet = p
            break
    return author, outlet, date, time


def _desk(s: str, rules: Rules) -> bool:
    """Whether a byline's author part names a desk or a role, not a person ("By a staff reporter, London, 26 November
    2024", « Par la rédaction économie, Paris, le 18 février 2025 »): a few words without digits, one of them a desk
    or role word (``section_words`` of ``split.yaml``; not its short prepositions, "in", « à »); the parts after it
    must then be names (a place, an outlet)."""
    folded = s.lower()
    return len(s.split()) <= 6 and not any(c.isdigit() for c in s) and any(
        len(w) > 2 and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in rules.section_words)


def _parse_byline(line: str, rules: Rules) -> Optional[dict]:
    """A byline or dateline read segment by segment (see ``parse_byline``); None for anything else."""
    s = line.strip()
    if not _byline_shaped(s):
        return None
    out = {"outlet": None, "author": None, "date": None, "time": None}
    names: list[str] = []
    evidence = False
    for seg in _SEP_RE.split(s):
        seg = seg.strip()
        if not seg:
            continue
        inner = seg[1:-1].strip() if seg[0] == "(" and seg[-1] == ")" else seg
        read = _read_segment(inner, rules, out, names)
        if read is None:
            return None
        evidence = evidence or read
    if not evidence:
        return None
    if out["outlet"] is None and out["author"] is None and names:
        out["outlet"] = names[0]                  # "Chas Pravdy - 19 septembre 2025": the outlet
    # next to an author, a bare name is a desk ("Markets", "Energy & Climate"), not the outlet
    return out


def _byline_shaped(s: str) -> bool:
    """One short line that does not end like a sentence (a final "a.m." is no full stop)."""
    if not s or len(s) > 200 or "\n" in s:
        return False
    if s[-1] in "!?;:," or (s[-1] == "." and not _AMPM_END_RE.search(s)):
        return False
    return len(s.split()) <= 25


def _read_segment(inner: str, rules: Rules, out: dict, names: list[str]) -> Optional[bool]:
    """One segment of a byline into ``out`` (an author, a date, a time) or ``names`` (a short name): True when it
    is a byline or a date, False when it adds nothing that shows the line is one (a name, a desk, a reading
    time), None when it is not part of a byline."""
    author = _author_segment(inner, rules)
    if author:
        name, outlet, date, time = author
        out["author"] = out["author"] or name
        out["outlet"] = out["outlet"] or outlet
        out["date"] = out["date"] or date
        out["time"] = out["time"] or time
        return True
    dt = _datetime_segment(inner, rules)
    if dt:
        out["date"] = out["date"] or dt[0]
        out["time"] = out["time"] or dt[1]
        return True
    if _patterns()["reading"].match(inner):
        return False
    if _name_like(inner, 6, digits=True):
        if not set(inner.lower().split()) & rules.section_words:
            names.append(inner)
        return False
    words = inner.split()
    if len(words) <= 6 and set(w.lower() for w in words) & rules.section_words:
        return False                              # "Business desk", "Envoyée spéciale à Kyiv"
    return None


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
    return _parse_byline(line, rules_for(lang if lang in LANGS else "und"))


def is_label(line: str, rules: Rules) -> bool:
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


def is_metadata(line: str, rules: Rules) -> bool:
    s = line.strip()
    return bool(_patterns()["reading"].match(s)) or _parse_byline(s, rules) is not None
