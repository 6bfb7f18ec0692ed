"""Stage "normalise": read figures, shares, ranges, bounds and dates in French or English text.

Takes a text (or a slice of ``Article.text`` with its ``offset``) and a language ("fr", "en" or
"und"); gives ``Quantity`` and ``DateRef`` values whose offsets point back into the article, so that
``article.text[q.start:q.end] == q.text``.

All vocabulary lives in ``data/lang/<lang>/numbers.yaml`` (number words, magnitudes, fractions,
qualifiers, units, months...) and ``data/currencies.yaml``; this package turns those tables into
regular expressions once per language and reads figures with them:

    qualifier? opener? currency? CORE scale? unit? (joiner member)? trailing-qualifier? (of NOUN)?

where CORE is digits ("1,2", "9 800", "1.200.000"), number words ("quatre-vingt-dix", "a dozen")
or a fraction ("deux tiers", "half"). Spelled-out integers are read by a small table-driven parser
(see ``numerals._WordState``) rather than text2num, which turns "trente pour cent" into "30 pour 100" and
does not know the French "billion".

Speed: the full patterns are tried only where a figure can start (digits, number words, month
names; see ``scan._candidates``), word lists are compiled as prefix tries (``vocabulary._trie_regex``), and
the result for a text is cached, so ``find_dates`` after ``find_quantities`` on the same text is cheap.

Ranges "de X à Y" / "from X to Y" are read as ranges even when the sentence describes a change
("passé de 62 à 64 ans"); a fall ("de 33 à 31 millions") is not a range and gives two figures.

The modules, each building on those before it: ``vocabulary`` (word lists folded, merged and made into
regexes; the ``Tables`` record), ``tables`` (one language's tables and patterns, compiled once),
``numerals`` (digits and number words), ``figure`` (one figure with its currency, scale and unit),
``spans`` (dates and times, which no figure may overlap), ``ranges`` (ranges, qualifiers, shares, years),
``scan`` (one pass over a text), ``durations`` (a duration in several units, one figure), then the public
readers ``quantities`` and ``dates``.
"""
from .bands import figure_spans, is_band
from .dates import find_dates, find_months, month_names, split_years
from .figure import YEAR_MAX, YEAR_MIN
from .numerals import MAX_DIGITS
from .quantities import find_quantities, parse_number
from .vocabulary import LANGUAGES

__all__ = ["LANGUAGES", "MAX_DIGITS", "YEAR_MAX", "YEAR_MIN", "find_dates", "find_months", "figure_spans", "find_quantities", "is_band",
           "month_names", "parse_number", "split_years"]
