"""Lists and Markdown line kinds: the markers that open a list item (a bullet, a number or a letter with
"." ")" ".)"), the lines Markdown gives a meaning to (a heading, a setext underline, a table row, a list
item) and :func:`list_cuts`, the cuts before each further item of an inline list ("1) a 2) b",
"• x • y") with the periods of its markers, which must not end a sentence."""
from __future__ import annotations

import re

from ..resources import compiled
from ..tablestore import stored

# list markers: a bullet, a number or a letter with "." ")" ".)", or a bullet then a number
_BULLETS = "-*+\u2022\u2043\u25e6\u25aa\u25ab\u2023\u00b7\u2013\u2014\u25cf\u25cb\u25a0\u25a1\u2219\u27a2\u2192"
_MARKER_RE = compiled(
    r"(?P<bullet>[" + re.escape(_BULLETS) + r"])?[ \t]*"
    r"(?:\(?(?P<num>\d{1,3})(?P<nsuf>\.\)|[.)])|\(?(?P<let>[a-z]|[A-Z](?=\)))(?P<lsuf>\.\)|[.)]))?"
    r"(?=\s)")
LIST_LINE_RE = compiled(
    r"[ \t]*(?:[" + re.escape(_BULLETS.replace("+", "")) + r"](?=[ \t])|\(?\d{1,3}(?:\.\)|[.)])(?=[ \t])"
    r"|\(?[a-z]\)(?=[ \t]))")
@stored
def markdown_line_patterns() -> tuple:
    """(heading, setext underline, table row, list line) of Markdown input, built when first needed."""
    return (compiled(r"[ \t]{0,3}(?:>[ \t]?)*#{1,6}(?:[ \t]|$)"), compiled(r"[ \t]{0,3}(?:=+|-+)[ \t]*$"),
            compiled(r"[ \t]{0,3}\|"),
            compiled(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+\u2022](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))"))


# complexity: one loop for the three kinds of list marker (bullet, number, letter), each finding the next marker its
# own way; the loop's bookkeeping is shared
def list_cuts(ana: str, start: int, end: int) -> tuple[list[int], set[int]]:
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
        pattern = compiled(r"(?<=\s)" + re.escape(bullet) + r"(?=[\s\d(a-z])")
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
