"""The words of a claim that say when or which way its figures are said, not what they measure: a fact that
shares only these with the claim may measure anything else (``checks/judge/measured.py``, ``roundedonly.py``)."""
from __future__ import annotations

from ..match import FactIndex
from ..model import Claim
from ..resources import word_table, words
from ..tablestore import stored
from ..terms import content_stems
from ..text import fold
from .topicality import GENERIC_CONCEPTS


def beyond(keys: set[str], weak: set[str]) -> set[str]:
    """The keys not in ``weak``, nor phrases of its words alone ("rose in June")."""
    return {k for k in keys - weak if not (k.startswith("t:") and all(f"t:{w}" in weak for w in k[2:].split()))}


def when_said(claim: Claim, index: FactIndex, months: bool = True) -> set[str]:
    """``when_and_how`` with the words of a time counted back from a period word ("a year earlier", « l'année
    précédente »), and but for ``months`` its months and the words that date by one ("the end of June", « fin juin »):
    when, not what is measured. Read where a fact would refute the claim
    (``measured.about_something_else``): sharing only these, it may measure anything else (not where one would
    confirm it: a fact of the same time may be the one meant)."""
    weak = when_and_how(claim, index)
    toks = (claim.focus or claim.text).split()
    for i, word in enumerate(toks):
        if months and _date_stems().intersection(content_stems(word)) \
                or i and _bare(word) in _counted_back() and of_time(toks[i - 1]):
            weak |= index.text_keys(word)
    return weak


@stored
def _date_stems() -> frozenset[str]:
    """A month, the words that date a figure by one ("at the end of June", « fin juin »: ``frame_words``) and those
    that name an accounting year (« l'exercice 2023-2024 », "the financial year"), folded, also where the claim's reader
    dates nothing with them (a month with no year), as stems (« l'exercice »)."""
    return frozenset(s for w in (*word_table("numbers", "months"), *words("numbers", "frame_words"),
                                 *words("measures", "accounting_year_words")) for s in content_stems(str(w)))


def when_and_how(claim: Claim, index: FactIndex) -> set[str]:
    """The keys of the claim's words that say when (its dates, "June", « mars ») or which way (a word of movement,
    "rose", « recule »), not what is measured: a fact that shares only these may measure anything else."""
    weak = set()
    for d in claim.dates:
        weak |= index.text_keys(d.text)
    toks = (claim.focus or claim.text).split()
    for i, word in enumerate(toks):
        keys = index.text_keys(word)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if any(k.startswith("c:") and k[2:] in GENERIC_CONCEPTS for k in keys) or of_time(word) \
                or _bare(word) in _level_words() or (_bare(word) in _period_ordinals() and of_time(nxt)):
            weak |= keys
    return weak


@stored
def _counted_back() -> frozenset[str]:
    """The words after a period word that count a time back or on from the article's ("a year earlier", « l'année
    précédente »: ``per_article_time_words``), folded."""
    return frozenset(fold(w) for w in words("measures", "per_article_time_words"))


def _bare(word: str) -> str:
    return fold(word.strip(".,;:!?()«»\"'’"))


@stored
def _level_words() -> frozenset[str]:
    """Words that say a figure's level or rank ("reached", "highest", « niveau »), not what it measures, folded."""
    return frozenset(fold(w) for w in words("measures", "level_words"))


@stored
def level_stems() -> frozenset[str]:
    return frozenset(st for w in _level_words() for st in content_stems(w))


@stored
def _period_ordinals() -> frozenset[str]:
    """The ordinals that name a quarter or a half before a period word ("fourth quarter", « quatrième trimestre »)."""
    return frozenset(fold(w) for key in ("quarter_ordinals", "half_ordinals") for w in word_table("numbers", key))


@stored
def time_words() -> frozenset[str]:
    """Nouns of a span of time ("month", « mois », "season"), folded."""
    return frozenset(fold(w) for w in words("measures", "period_words"))


def of_time(word: str) -> bool:
    return _bare(word) in time_words()
