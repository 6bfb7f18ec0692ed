"""Layout (``split_statements``): the text is cut into paragraphs at blank lines and each paragraph into
lines, each line read as a Markdown heading, a list item, a byline or dateline, a label or plain text;
consecutive plain lines form a run cut into sentences (``sentences``), and a short run without final
punctuation is a heading — the ``headline`` when nothing came before it, otherwise a ``subhead``. Every
non-blank character ends up in a statement."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from ..model import Statement
from .bylines import is_label, is_metadata
from .lists import LIST_LINE_RE, list_cuts, markdown_line_patterns
from .sentences import (NEXT_TOKEN_RE, first_letter_kind, iter_paragraphs, next_token_at, pieces, region_spans,
                        sentence_cuts)
from .tables import CLOSERS, FINAL, SPACES, Rules, resolve_lang, rules_for


# --- layout ------------------------------------------------------------------------------------

@dataclass
class _Unit:
    """A unit of an article's layout: a heading, item, metadata line, label or text run."""
    kind: str            # heading | item | meta | label | text
    start: int
    end: int
    block: int
    lines: list          # line spans


def _ends_sentence(ana: str, a: int, b: int) -> bool:
    s = ana[a:b].rstrip().rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in ".!?\u2026:;"


def _block_units(raw: str, ana: str, block: list[tuple[int, int]], bi: int, rules: Rules,
                 markdown: bool) -> list[_Unit]:
    """The units of one block (lines between blank lines): headings, list items, labels, metadata lines and
    runs of text, each line read in turn."""
    reader = _BlockUnits(raw, ana, bi, rules)
    for a, b in block:
        reader.line(a, b, markdown)
    return reader.finish(block)


class _BlockUnits:
    """The units read so far from a block's lines, and where syntax-only lines before the first one start."""

    def __init__(self, raw: str, ana: str, bi: int, rules: Rules) -> None:
        self.raw, self.ana, self.bi, self.rules = raw, ana, bi, rules
        self.units: list[_Unit] = []
        self.pending: Optional[int] = None            # start of syntax-only lines before any unit

    def new(self, kind: str, a: int, b: int) -> None:
        start = a if self.pending is None else self.pending
        self.pending = None
        self.units.append(_Unit(kind, start, b, self.bi, [(a, b)]))

    def extend(self, a: int, b: int) -> None:
        self.units[-1].end = b
        self.units[-1].lines.append((a, b))

    def line(self, a: int, b: int, markdown: bool) -> None:
        if markdown:
            if self._markdown_line(a, b):
                return
        elif LIST_LINE_RE.match(self.raw, a, b):
            self.new("item", a, b)
            return
        if self._label_or_meta(a, b):
            return
        self._text_line(a, b)

    def _markdown_line(self, a: int, b: int) -> bool:
        """A heading, a line of markdown syntax only (a setext underline makes the line before a heading), a
        table row or a list item; False for anything else."""
        raw, units = self.raw, self.units
        heading, setext, table, list_line = markdown_line_patterns()
        if heading.match(raw, a, b):
            self.new("heading", a, b)
            return True
        if not self.ana[a:b].strip():              # only markdown syntax on this line
            if units and units[-1].kind == "text" and len(units[-1].lines) == 1 \
                    and setext.match(raw, a, b):
                units[-1].kind = "heading"
            if units:
                units[-1].end = b
            elif self.pending is None:
                self.pending = a
            return True
        if table.match(raw, a, b) or list_line.match(raw, a, b) or LIST_LINE_RE.match(raw, a, b):
            self.new("item", a, b)
            return True
        return False

    def _label_or_meta(self, a: int, b: int) -> bool:
        """A short line that opens a unit and is a label or metadata (a byline, a dateline)."""
        units = self.units
        prev = units[-1] if units else None
        free = (prev is None or prev.kind != "text" or _ends_sentence(self.ana, *prev.lines[-1])
                or (len(units) == 1 and len(prev.lines) == 1))
        if free and len(self.ana[a:b].strip()) <= 200:
            if is_label(self.ana[a:b], self.rules):
                self.new("label", a, b)
                return True
            if is_metadata(self.ana[a:b], self.rules):
                self.new("meta", a, b)
                return True
        return False

    def _text_line(self, a: int, b: int) -> None:
        """A line of text: it goes on a list item (indented, or after an item that does not end a sentence)
        or a run of text, else opens a new run."""
        prev = self.units[-1] if self.units else None
        if prev and prev.kind == "item" and (self.raw[a:a + 1].isspace() or not _ends_sentence(self.ana, *prev.lines[-1])):
            self.extend(a, b)
        elif prev and prev.kind == "text":
            self.extend(a, b)
        else:
            self.new("text", a, b)

    def finish(self, block: list[tuple[int, int]]) -> list[_Unit]:
        """The units, the first one starting at the syntax-only lines before it (a block of syntax only is a
        label)."""
        if self.pending is not None:
            if self.units:
                self.units[0].start = self.pending
            else:
                self.units.append(_Unit("label", block[0][0], block[-1][1], self.bi, list(block)))
        return self.units


def _heading_like(ana: str, a: int, b: int, rules: Rules, max_words: int = 25) -> bool:
    core = ana[a:b].strip().rstrip(CLOSERS + SPACES)
    if not core or core[-1] in FINAL or core[-1] in "-\u2013\u2014":
        return False
    words = core.split(None, max_words)          # no more: a 10 MB line is not listed word by word
    if len(words) > max_words or not any(c.isalpha() for c in core):
        return False
    return not [c for c in sentence_cuts(ana, ana, a, b, rules, lists=False) if a < c < b]


def _question_line(ana: str, a: int, b: int) -> bool:
    core = ana[a:b].strip().rstrip(CLOSERS + SPACES)
    return bool(core) and core[-1] == "?" and len(core.split(None, 25)) <= 25


# complexity: one pass over the units, one branch per kind of unit, sharing two flags (a heading seen, body text seen)
# that make a heading the headline or a subhead
def split_statements(text: str, lang: str = "und", markdown: bool = False) -> list[Statement]:
    """Cut an article into statements with a layout kind and a paragraph number.

    ``lang``: "fr", "en", or anything else to detect it (and use both languages' tables when
    it cannot be told). ``markdown``: analyse ``mask_markdown(text)``, read ``#`` headings,
    setext headings and table rows; offsets and texts still refer to ``text``."""
    return list(iter_statements(text, lang, markdown))


# complexity: one pass over the paragraphs with the layout's state (a heading seen, body text seen, statements
# so far) shared by every kind of unit; the units' cases read as one table
def iter_statements(text: str, lang: str = "und", markdown: bool = False) -> Iterator[Statement]:
    """``split_statements`` one statement at a time: the text is read a paragraph at a time, so only the
    paragraph at hand is held (the statements, in order, are those ``split_statements`` lists)."""
    if not text or not text.strip():
        return
    if markdown:
        from ..markdown import mask_markdown  # (compiled only for Markdown input: start-up)
    ana = mask_markdown(text) if markdown else text
    rules = rules_for(resolve_lang(lang, ana))
    seen_heading = seen_body = False
    emitted = 0                   # statements of the layout so far (a leftover label does not count)
    last_paragraph = 0            # the paragraph of the last of them
    index = 0
    for bi, block in enumerate(iter_paragraphs(text)):
        out: list[Statement] = []

        def emit(spans, layout: str, block: int) -> None:
            for a, b in spans:
                out.append(Statement(0, text[a:b], a, b, layout, block))

        def heading(a: int, b: int, block: int) -> None:
            nonlocal seen_heading
            emit(pieces(text, [a, b]), "subhead" if seen_heading or seen_body else "headline", block)
            seen_heading = True

        for u in _block_units(text, ana, block, bi, rules, markdown):
            if u.kind == "heading":
                heading(u.start, u.end, u.block)
            elif u.kind == "meta":
                emit(pieces(text, [u.start, u.end]), "metadata", u.block)
            elif u.kind == "label":
                emit(pieces(text, [u.start, u.end]), "label", u.block)
            elif u.kind == "item":
                a = NEXT_TOKEN_RE.match(ana, u.start, u.end)
                cuts, _ = list_cuts(ana, a.start(1), u.end) if a else ([], set())
                emit(pieces(text, [u.start, *cuts, u.end]), "list-item", u.block)
                seen_body = True
            else:
                start = u.start
                if len(u.lines) == 1 and len(region_spans(ana, text, u.start, u.end, rules, lists=False)) < 2:
                    # a line of several sentences ("I live in the U.S. How about you?") is body text, not a title
                    if _heading_like(ana, u.start, u.end, rules) or (
                            not seen_heading and not seen_body and _question_line(ana, u.start, u.end)):
                        heading(u.start, u.end, u.block)
                        continue
                elif not emitted and not out and _first_line_title(ana, u, rules):
                    la, lb = u.lines[0]
                    heading(u.start, lb, u.block)
                    start = u.lines[1][0]
                emit(region_spans(ana, text, start, u.end, rules, lists=True), "sentence", u.block)
                seen_body = True
        extra = _leftovers(text, block, out, last_paragraph)
        if out:
            emitted += len(out)
            last_paragraph = max(last_paragraph, max(st.paragraph for st in out))
        for st in (sorted(out + extra, key=lambda st: st.start) if extra else out):
            st.index = index
            index += 1
            yield st


def _leftovers(text: str, block: list[tuple[int, int]], out: list[Statement], before: int) -> list[Statement]:
    """Every non-blank character belongs to a statement: text of this paragraph the analysis saw as blank (a
    lone list marker in Markdown, a stray symbol) becomes a label, so nothing is silently dropped. Its
    paragraph number is the last one of a statement starting before it (``before`` for earlier paragraphs).
    The gaps between the statements are walked line by line (no map of the covered characters)."""
    spans = sorted((st.start, st.end) for st in out if st.end > st.start)
    extra: list[Statement] = []
    k = 0
    for a, b in block:
        pos = a
        while pos < b:
            while k < len(spans) and spans[k][1] <= pos:
                k += 1
            if k < len(spans) and spans[k][0] <= pos:          # covered: go to the statement's end
                pos = spans[k][1]
                continue
            stop = min(b, spans[k][0]) if k < len(spans) else b
            body = text[pos:stop].lstrip()
            if body:
                i = stop - len(body)
                piece = body.rstrip()
                para = max((st.paragraph for st in out if st.start < i), default=before)
                extra.append(Statement(0, piece, i, i + len(piece), "label", max(para, before)))
            pos = stop
    return extra


def _first_line_title(ana: str, u: _Unit, rules: Rules) -> bool:
    """The article's first line, glued to the text below it, reads as a title."""
    la, lb = u.lines[0]
    if not _heading_like(ana, la, lb, rules, max_words=20):
        return False
    last_word = ana[la:lb].split()[-1].lower().strip(CLOSERS)
    if last_word in rules.stopwords:
        return False
    nxt = next_token_at(ana, u.lines[1][0], u.lines[1][1])
    return bool(nxt) and first_letter_kind(nxt[1])[0] in ("upper", "digit")
