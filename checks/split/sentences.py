"""Sentences (``split_sentences``): candidate ends are runs of ``. ! ? …`` followed by optional closing
quotes/brackets and by white space. ``?`` and ``!`` end a sentence unless a lower-case word follows; an
ellipsis only before a capitalised word; a period is judged from the word before it (title, initial,
abbreviation, acronym, number, plain word, using the tables of ``tables``) and the word after it. Also the
cutting of a text into paragraphs and of a region into stripped pieces, which the layout reuses."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..resources import compiled
from .lists import LIST_LINE_RE, list_cuts
from .tables import CLOSERS, CURRENCY, DOTTED_RE, OPENERS, SPACES, Rules, resolve_lang, rules_for

# A run of sentence-final punctuation, possibly spaced (". . ."), then closing quotes/brackets
# (a French "»" may come after a space), then white space or the end of the region.
_RUN_RE = compiled(
    r"(?P<run>[.!?\u2026\u203d]+(?:[ \u00a0\u202f][.!?\u2026](?=[\s" + re.escape(CLOSERS) + r"]|$)[.!?\u2026]*)*)"
    r"(?P<close>(?:[" + re.escape(CLOSERS) + r"]|[ \u00a0\u202f]+[\u00bb\u203a])*)"
    r"(?=\s|$)")
NEXT_TOKEN_RE = compiled(r"\s*(\S+)")
_LAST_TOKEN_RE = compiled(r"\S+$")
# a name written with a lower-case initial and a capital inside its first run of letters, "easyJet", "iPhone",
# "eBay", "mRNA": it opens a sentence as a capital would ("… a year earlier. easyJet plans …"); not an elided
# article before a capital, « d'Orsay », whose run of letters stops at the apostrophe
_LETTERS_RE = compiled(r"[^\W\d_]+")
_PREV_TOKEN_RE = compiled(r"(\S+)\s*$")
_NUMBER_RE = compiled(r"^[" + re.escape(CURRENCY) + r"]?\d[\d.,\u00a0\u202f]*%?$")


# --- sentences ---------------------------------------------------------------------------------

def next_token_at(ana: str, pos: int, end: int) -> Optional[tuple[int, str]]:
    m = NEXT_TOKEN_RE.match(ana, pos, end)
    return (m.start(1), m.group(1)) if m else None


def first_letter_kind(token: str) -> tuple[str, str]:
    """('upper'|'lower'|'digit'|'other', token without its opening quotes/brackets)."""
    core = token.lstrip(OPENERS)
    if not core:
        return "other", core
    c = core[0]
    if c.isdigit() or c in CURRENCY:
        return "digit", core
    if c.islower():
        return ("upper" if lower_case_name(core) else "lower"), core
    if c.isalpha():
        return "upper", core
    return "other", core


def lower_case_name(core: str) -> bool:
    """Whether a word that opens lower-case is a name all the same, a capital inside its first run of letters:
    "easyJet", "iPhone", "mRNA" (« … un an plus tôt. easyJet prévoit … »); never « d'Orsay », "l'Etat"."""
    run = _LETTERS_RE.match(core)
    return bool(run) and any(ch.isupper() for ch in run.group()[1:])


def _starter_form(core: str) -> str:
    w = core.replace("\u2019", "'")
    if "'" in w:
        return w[: w.index("'") + 1].lower()
    return w.rstrip(CLOSERS + ",;:!?.\u2026").lower()


def _word_class(token: str, rules: Rules) -> str:
    """Class of the word written just before a period."""
    core = token.lstrip(OPENERS)
    if not core:
        return "plain"
    if core[-1] in CLOSERS:                     # "(Loiret)." "« ... »."
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
    if low in rules.ambiguous or DOTTED_RE.match(core):
        return "ambiguous"
    if _NUMBER_RE.match(core):
        return "number"
    return "plain"



def sentence_cuts(ana: str, raw: str, start: int, end: int, rules: Rules,
                   lists: bool = True) -> list[int]:
    """Sorted positions in (start, end] where a sentence ends (the next one starts after the
    white space that follows); with ``lists``, also the starts of further inline list items."""
    first = NEXT_TOKEN_RE.match(ana, start, end)
    if not first:
        return []
    cuts: list[int] = []
    protected: set[int] = set()
    if lists:
        cuts, protected = list_cuts(ana, first.start(1), end)
    last = start
    for m in _RUN_RE.finditer(ana, start, end):
        if m.start("run") in protected:
            continue
        nxt = next_token_at(ana, m.end(), end)
        if nxt is None:
            break
        kind, core = first_letter_kind(nxt[1])
        cut = _run_cut(ana, m, start, last, kind, core, nxt[1], rules)
        if cut is not None:
            while cut < end and ana[cut].isspace() and not raw[cut].isspace():
                cut += 1                          # closing markdown marks ("**"), blank in ``ana``
            cuts.append(cut)
            last = cut
    return sorted(cuts)


def _run_cut(ana: str, m: re.Match, start: int, last: int, kind: str, core: str, next_token: str,
             rules: Rules) -> Optional[int]:
    """Where a run of final punctuation ends a sentence, if it does: "?" and "!" before anything but a
    lower-case word, an ellipsis or a period as their own rules say."""
    run = m.group("run")
    if "?" in run or "!" in run or "\u203d" in run:
        return m.end() if kind != "lower" else None
    if run != ".":
        return _ellipsis_cut(ana, m, start, kind)
    if kind != "lower":
        return _period_cut(ana, m, start, last, kind, core, next_token, rules)
    return None


def _ellipsis_cut(ana: str, m: re.Match, start: int, kind: str) -> Optional[int]:
    rs = m.start("run")
    run = m.group("run")
    close = m.group("close")
    if rs > start and ana[rs - 1] in "[(" and close[:1] in ")]":
        return None                               # "[...]" marks an omission
    if kind != "upper":
        return None
    spaced = any(c in SPACES for c in run)
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
                next_token: str, rules: Rules) -> Optional[int]:
    """Where a period (or a run of periods) ends a sentence, if it does: after a plain word or a number, never
    after a title, an initial or a prefix; after an ambiguous abbreviation only before a word that opens
    sentences."""
    rs = m.start("run")
    word_class = _period_word_class(ana, m, start, rs, rules)
    if word_class == "plain" or word_class == "number":
        return m.end()
    if word_class in ("title", "initial", "prefix"):
        return None
    # ambiguous: "U.S." "Inc." "etc." "a.m." "janv." -> only before a word that opens sentences
    if kind == "digit":
        return None
    starter = _starter_form(core)
    opens_quote = next_token[:1] in OPENERS
    if starter not in rules.starters and not opens_quote:
        return None
    if core.rstrip(".") in rules.titles and len(ana[last:rs].split()) < 4:
        return None                               # "At 5 a.m. Mr. Smith went..."
    return m.end()


def _period_word_class(ana: str, m: re.Match, start: int, rs: int, rules: Rules) -> str:
    """The class of the word before a period: "plain" after a closing quote, a lone "I" after a lower-case
    word or a unit after a number; else as the tables say."""
    if m.group("close"):
        return "plain"                            # 'great.' / « ... dit. » : a quotation ends
    t = _LAST_TOKEN_RE.search(ana, max(start, rs - 80), rs)
    word_class = _word_class(t.group() if t else "", rules)
    word = t.group().lstrip(OPENERS) if t else ""
    if len(word) == 1 and word_class in ("initial", "prefix"):
        prev = _PREV_TOKEN_RE.search(ana, max(start, t.start() - 80), t.start())
        prev_word = prev.group(1).lstrip(OPENERS) if prev else ""
        if word == "I" and prev_word[:1].islower():
            return "plain"                        # "you and I. Did you..."
        if word.islower() and _NUMBER_RE.match(prev_word):
            return "plain"                        # a unit: "à 20 h. Le maire..."
    return word_class


def pieces(raw: str, bounds: list[int]) -> list[tuple[int, int]]:
    """Stripped, non-empty spans between consecutive bounds."""
    out = []
    for a, b in zip(bounds, bounds[1:]):
        seg = raw[a:b]
        stripped = seg.strip()
        if stripped:
            a2 = a + (len(seg) - len(seg.lstrip()))
            out.append((a2, a2 + len(stripped)))
    return out


def region_spans(ana: str, raw: str, start: int, end: int, rules: Rules,
                  lists: bool = True) -> list[tuple[int, int]]:
    cuts = [c for c in sentence_cuts(ana, raw, start, end, rules, lists) if start < c < end]
    return pieces(raw, [start, *cuts, end])


def iter_paragraphs(text: str) -> Iterator[list[tuple[int, int]]]:
    """Paragraphs: runs of non-blank lines, as lists of line spans, one at a time (the text's lines are found
    as the paragraphs are asked for, never listed all at once)."""
    current: list[tuple[int, int]] = []
    a, n = 0, len(text)
    while True:
        b = text.find("\n", a)
        if b < 0:
            b = n
        if text[a:b].strip():
            current.append((a, b))
        elif current:
            yield current
            current = []
        if b >= n:
            break
        a = b + 1
    if current:
        yield current


def paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Paragraphs: runs of non-blank lines, as lists of line spans."""
    return list(iter_paragraphs(text))


def split_sentences(text: str, lang: str = "und") -> list[tuple[int, int]]:
    """Sentence boundaries of plain text as (start, end) offsets, stripped and in order.

    Blank lines and lines that begin with a list marker always start a new sentence; inside a
    paragraph, line breaks are ordinary spaces."""
    if not text or not text.strip():
        return []
    rules = rules_for(resolve_lang(lang, text))
    spans: list[tuple[int, int]] = []
    for block in paragraphs(text):
        starts = [block[0][0]] + [a for a, b in block[1:] if LIST_LINE_RE.match(text, a, b)]
        ends = starts[1:] + [block[-1][1]]
        for a, b in zip(starts, ends):
            spans.extend(region_spans(text, text, a, b, rules))
    return spans
