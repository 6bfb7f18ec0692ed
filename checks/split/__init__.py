"""The "split" stage: an article's text -> ordered statements (sentences, headings, bylines, labels).

Two levels:

* **Layout** (``split_statements``; ``iter_statements`` gives the same statements one at a time, reading a
  paragraph at a time). The text is cut into paragraphs at blank lines, and each
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

The package: ``tables`` (character classes, each language's tables), ``lists`` (list markers, Markdown
line kinds), ``sentences`` (sentence boundaries, ``split_sentences``), ``bylines`` (bylines, datelines,
labels, ``parse_byline``) and ``layout`` (``split_statements``).
"""
from __future__ import annotations

from .bylines import parse_byline
from .layout import iter_statements, split_statements
from .sentences import split_sentences

__all__ = ["split_statements", "iter_statements", "split_sentences", "parse_byline"]
