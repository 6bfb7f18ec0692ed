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

__all__ = ["mask_markdown"]

_M = re.MULTILINE
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})([^\n]*)$", _M)
_WHOLE_LINE_RES = (
    re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", _M),                  # rule
    re.compile(r"^ {0,3}=+[ \t]*$", _M),                                        # setext underline
    re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", _M),                     # link reference
    re.compile(r"^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", _M),  # table rule
)
_QUOTE_RE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", _M)
_ATX_RE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*[ \t]{0,3}(#{1,6})(?=[ \t]|$)(?:[^\n]*[ \t](#+)[ \t]*$)?", _M)
_LIST_RE = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*((?:[-*+\u2022]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]))?)", _M)
_TABLE_ROW_RE = re.compile(r"^[ \t]*\|[^\n]*", _M)
_PIPE_RE = re.compile(r"(?<!\\)\|")
_ESCAPE_RE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_CODE_SPAN_RE = re.compile(r"(`+)([^`\n]|[^`\n].*?[^`\n])\1(?!`)")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_AUTOLINK_RE = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|www\.)[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_INLINE_LINK_RE = re.compile(r"\[([^\[\]\n]*)\](\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\[\]\n]*\])")
_EMPHASIS_RE = re.compile(r"[*_~]+")


def mask_markdown(text: str) -> str:
    """``text`` with markdown syntax replaced by spaces (same length, newlines kept)."""
    if not text:
        return text
    chars = list(text)
    keep = bytearray(len(text))          # 1 = keep as written (code, escaped character)

    def blank(a: int, b: int) -> None:
        if a >= b:
            return
        if keep.find(1, a, b) < 0 and text.find("\n", a, b) < 0:
            chars[a:b] = " " * (b - a)
            return
        for i in range(a, b):
            if not keep[i] and chars[i] != "\n":
                chars[i] = " "

    def protect(a: int, b: int) -> None:
        keep[a:b] = b"\x01" * (b - a)

    # -- fenced code: fence lines blanked, content kept as written --------------------------------
    open_fence = None
    for m in _FENCE_RE.finditer(text):
        mark, info = m.group(1), m.group(2)
        if open_fence is None:
            if mark[0] == "`" and "`" in info:
                continue                  # an inline code span, not a fence
            open_fence = m
        elif mark[0] == open_fence.group(1)[0] and len(mark) >= len(open_fence.group(1)) and not info.strip():
            blank(*open_fence.span())
            blank(*m.span())
            protect(open_fence.end(), m.start())
            open_fence = None
    if open_fence is not None:            # never closed: runs to the end
        blank(*open_fence.span())
        protect(open_fence.end(), len(text))

    # -- block structure ------------------------------------------------------------------------
    for rx in _WHOLE_LINE_RES:
        for m in rx.finditer(text):
            if not keep[m.start()] and (rx is not _WHOLE_LINE_RES[3] or "-" in m.group()):
                blank(*m.span())
    for m in _QUOTE_RE.finditer(text):
        if not keep[m.start()]:
            blank(*m.span())
    for m in _ATX_RE.finditer(text):
        if not keep[m.start()]:
            blank(*m.span(1))
            if m.group(2):
                blank(*m.span(2))
    for m in _LIST_RE.finditer(text):
        if not keep[m.start()]:
            blank(*m.span(1))
    for m in _TABLE_ROW_RE.finditer(text):
        if not keep[m.start()]:
            for p in _PIPE_RE.finditer(text, m.start(), m.end()):
                blank(*p.span())

    # -- inline syntax --------------------------------------------------------------------------
    for m in _ESCAPE_RE.finditer(text):
        if not keep[m.start()]:
            blank(m.start(), m.end())
            protect(m.end(), m.end() + 1)
    for m in _CODE_SPAN_RE.finditer(text):
        if keep[m.start()]:
            continue
        blank(m.start(1), m.end(1))
        blank(m.end(2), m.end())
        protect(m.start(2), m.end(2))
    for m in _COMMENT_RE.finditer(text):
        blank(*m.span())
    for m in _AUTOLINK_RE.finditer(text):
        if not keep[m.start()]:
            blank(m.start(), m.start() + 1)
            blank(m.end() - 1, m.end())
            protect(m.start(1), m.end(1))
    for m in _TAG_RE.finditer(text):
        if not keep[m.start()]:
            blank(*m.span())
    for m in _INLINE_LINK_RE.finditer(text):
        if keep[m.start()]:
            continue
        a = m.start() - 1 if m.start() and text[m.start() - 1] == "!" else m.start()
        blank(a, m.start(1))              # "!" and "["
        blank(m.end(1), m.end())          # "](target)" or "][ref]"
        protect(m.end(1), m.end())
    n = len(text)
    for m in _EMPHASIS_RE.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else " "
        after = text[b] if b < n else " "
        mark = m.group()
        if "~" in mark and mark != "~~":
            continue                      # "~5 %": an approximation sign, not strike-through
        if text[a] == "_":
            # "_word_" is emphasis, "snake_case" is not: one side must not be a letter or digit
            if (before.isspace() or not (before.isalnum() or before == "_")) and not after.isspace():
                blank(a, b)
            elif not before.isspace() and (after.isspace() or not (after.isalnum() or after == "_")):
                blank(a, b)
        elif not (before.isspace() and after.isspace()):
            blank(a, b)                   # "**bold**", "*it*", "~~struck~~"; not "5 * 3"
    return "".join(chars)
