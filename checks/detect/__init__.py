"""Stage 3, detect: statements -> kinds and atomic claims.

A statement is decomposed into segments, each becoming a ``Claim`` with its own offsets:
an attribution frame ("Une étude commandée par X indique que", "according to X"), the main
clause, glosses ("— soit environ 1,2 milliard de dollars —", ", up from £980 million"),
relative clauses carrying a fact (", qui a renouvelé son soutien à la Russie,") and coordinated
items ("sous forme d'aide alimentaire, de produits pétroliers et de ..."). Each claim is then
given its quantities and dates (``checks.numbers``), entity mentions and roles (``checks.entities``,
``checks.roles``), negation, and a kind after the claim types of fact-checkers: quantity, relation,
attribution, event (checkable) or opinion, prediction, question (not checkable).

A claim is checkable when it has an anchor a source can confirm or refute: a figure, a transfer
between named parties, a dated event, or a named source's statement; and no modal or evaluative
wrapper turns it into a forecast or an opinion. All word lists live in ``data/lang/*/claims.yaml``.

The modules, in the order they build on each other: ``lexicon`` (the word lists as patterns), ``frames``
(reported speech and attribution frames), ``clauses`` (a statement cut into segments), ``figures`` (a claim's
figures and dates), ``negation`` (the polarity of a clause), ``forecasts`` (whether a clause predicts), ``kinds``
(the kind of a claim), ``claims`` (a segment into a claim, a statement into its claims: ``analyse_statement``, ``analyse``, ``analyse_each``). This module only re-exports what other modules use.
"""
from .claims import MAX_STATEMENT_CHARS, Context, analyse, analyse_each, analyse_statement
from .figures import is_figure
from .forecasts import is_month
from .forecasts import is_month as _is_month  # noqa: F401  (the name bench/markers.py imported before is_month was public)
from .lexicon import claim_lexicon, is_expectation, names_forecast

__all__ = ["MAX_STATEMENT_CHARS", "Context", "analyse", "analyse_each", "analyse_statement", "claim_lexicon", "is_expectation", "names_forecast",
           "is_figure", "is_month"]
