"""Markdown masking: blank out the syntax, keep the words and every offset.

``mask_markdown(text)`` returns a string of the same length as ``text`` where markdown syntax
(heading hashes, emphasis marks, backticks, link brackets and targets, block-quote and list
markers, rules, fences, table pipes, HTML tags and comments) is replaced by spaces. Newlines are
never touched, so lines and paragraphs stay where they were and any offset found in the masked
text is valid in the original. Text inside code spans and fenced code blocks is kept as written
(its ``*`` and ``_`` are not emphasis), and so is a backslash-escaped character (only the
backslash is blanked).
"""
from __future__ import annotations

import re

from .resources import compiled

__all__ = ["mask_markdown"]

_M = re.MULTILINE
_FENCE_RE = compiled(r"^ {0,3}(`{3,}|~{3,})([^\n]*)$", _M)
_WHOLE_LINE_RES = (
    compiled(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", _M),                    # rule
    compiled(r"^ {0,3}=+[ \t]*$", _M),                                          # setext underline
    compiled(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", _M),                       # link reference
    compiled(r"^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", _M),  # table rule
)
_QUOTE_RE = compiled(r"^[ \t]{0,3}(?:>[ \t]?)+", _M)
_ATX_RE = compiled(r"^[ \t]{0,3}(?:>[ \t]?)*[ \t]{0,3}(#{1,6})(?=[ \t]|$)(?:[^\n]*[ \t](#+)[ \t]*$)?", _M)
_LIST_RE = compiled(r"^[ \t]*(?:>[ \t]?)*[ \t]*((?:[-*+\u2022]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]))?)", _M)
_TABLE_ROW_RE = compiled(r"^[ \t]*\|[^\n]*", _M)
_PIPE_RE = compiled(r"(?<!\\)\|")
_ESCAPE_RE = compiled(r"\\(?=[!-/:-@\[-`{-~])")
_CODE_SPAN_RE = compiled(r"(`+)([^`\n]|[^`\n].*?[^`\n])\1(?!`)")
_COMMENT_RE = compiled(r"<!--.*?-->", re.S)
_AUTOLINK_RE = compiled(r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|www\.)[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_TAG_RE = compiled(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_INLINE_LINK_RE = compiled(r"\[([^\[\]\n]*)\](\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\[\]\n]*\])")
_EMPHASIS_RE = compiled(r"[*_~]+")


def mask_markdown(text: str) -> str:
    """``text`` with markdown syntax replaced by spaces (same length, newlines kept): fenced code first (its
    content kept as written), then the block structure, the inline syntax and the emphasis marks."""
    if not text:
        return text
    mask = _Mask(text)
    _mask_fences(mask)
    _mask_lines(mask)
    _mask_markers(mask)
    _mask_inline(mask)
    _mask_emphasis(mask)
    return "".join(mask.chars)


class _Mask:
    """A text being masked: its characters, and which of them to keep as written (code, an escaped character)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(text)
        self.keep = bytearray(len(text))          # 1 = keep as written

    def blank(self, a: int, b: int) -> None:
        if a >= b:
            return
        if self.keep.find(1, a, b) < 0 and self.text.find("\n", a, b) < 0:
            self.chars[a:b] = " " * (b - a)
            return
        for i in range(a, b):
            if not self.keep[i] and self.chars[i] != "\n":
                self.chars[i] = " "

    def protect(self, a: int, b: int) -> None:
        self.keep[a:b] = b"\x01" * (b - a)


def _mask_fences(mask: _Mask) -> None:
    """Fenced code: fence lines blanked, content kept as written."""
    open_fence = None
    for m in _FENCE_RE.finditer(mask.text):
        mark, info = m.group(1), m.group(2)
        if open_fence is None:
            if mark[0] == "`" and "`" in info:
                continue                  # an inline code span, not a fence
            open_fence = m
        elif mark[0] == open_fence.group(1)[0] and len(mark) >= len(open_fence.group(1)) and not info.strip():
            mask.blank(*open_fence.span())
            mask.blank(*m.span())
            mask.protect(open_fence.end(), m.start())
            open_fence = None
    if open_fence is not None:            # never closed: runs to the end
        mask.blank(*open_fence.span())
        mask.protect(open_fence.end(), len(mask.text))


def _mask_lines(mask: _Mask) -> None:
    """Whole-line syntax (rules, setext underlines, link references, table rules) and block-quote marks."""
    text, keep = mask.text, mask.keep
    for rx in _WHOLE_LINE_RES:
        for m in rx.finditer(text):
            if not keep[m.start()] and (rx is not _WHOLE_LINE_RES[3] or "-" in m.group()):
                mask.blank(*m.span())
    for m in _QUOTE_RE.finditer(text):
        if not keep[m.start()]:
            mask.blank(*m.span())


def _mask_markers(mask: _Mask) -> None:
    """Heading hashes, list markers and table pipes."""
    text, keep = mask.text, mask.keep
    for m in _ATX_RE.finditer(text):
        if not keep[m.start()]:
            mask.blank(*m.span(1))
            if m.group(2):
                mask.blank(*m.span(2))
    for m in _LIST_RE.finditer(text):
        if not keep[m.start()]:
            mask.blank(*m.span(1))
    for m in _TABLE_ROW_RE.finditer(text):
        if not keep[m.start()]:
            for p in _PIPE_RE.finditer(text, m.start(), m.end()):
                mask.blank(*p.span())


def _mask_inline(mask: _Mask) -> None:
    """Escapes, code spans, comments, autolinks, tags and links (their text kept, their syntax blanked)."""
    text, keep = mask.text, mask.keep
    for m in _ESCAPE_RE.finditer(text):
        if not keep[m.start()]:
            mask.blank(m.start(), m.end())
            mask.protect(m.end(), m.end() + 1)
    for m in _CODE_SPAN_RE.finditer(text):
        if keep[m.start()]:
            continue
        mask.blank(m.start(1), m.end(1))
        mask.blank(m.end(2), m.end())
        mask.protect(m.start(2), m.end(2))
    for m in _COMMENT_RE.finditer(text):
        mask.blank(*m.span())
    for m in _AUTOLINK_RE.finditer(text):
        if not keep[m.start()]:
            mask.blank(m.start(), m.start() + 1)
            mask.blank(m.end() - 1, m.end())
            mask.protect(m.start(1), m.end(1))
    for m in _TAG_RE.finditer(text):
        if not keep[m.start()]:
            mask.blank(*m.span())
    for m in _INLINE_LINK_RE.finditer(text):
        if keep[m.start()]:
            continue
        a = m.start() - 1 if m.start() and text[m.start() - 1] == "!" else m.start()
        mask.blank(a, m.start(1))              # "!" and "["
        mask.blank(m.end(1), m.end())          # "](target)" or "][ref]"
        mask.protect(m.end(1), m.end())


def _mask_emphasis(mask: _Mask) -> None:
    """Emphasis and strike-through marks: "**bold**", "*it*", "_it_", "~~struck~~"; not "5 * 3", "snake_case",
    "~5 %"."""
    text = mask.text
    n = len(text)
    for m in _EMPHASIS_RE.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else " "
        after = text[b] if b < n else " "
        mark = m.group()
        if "~" in mark and mark != "~~":
            continue                      # "~5 %": an approximation sign, not strike-through
        if text[a] == "_":
            if _underscore_emphasis(before, after):
                mask.blank(a, b)
        elif not (before.isspace() and after.isspace()):
            mask.blank(a, b)                   # "**bold**", "*it*", "~~struck~~"; not "5 * 3"


def _underscore_emphasis(before: str, after: str) -> bool:
    """"_word_" is emphasis, "snake_case" is not: one side must not be a letter or digit."""
    if (before.isspace() or not (before.isalnum() or before == "_")) and not after.isspace():
        return True
    return not before.isspace() and (after.isspace() or not (after.isalnum() or after == "_"))
