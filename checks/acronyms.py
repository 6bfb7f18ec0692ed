"""Measures written out in full read as the acronym that names them ("earnings before interest, tax, depreciation
and amortisation": EBITDA; "earnings before interest and tax": EBIT — ``spelled_acronyms`` of ``data/lang/<code>/measures.yaml``), so that a text spelling one out and a text writing its
acronym name the same measure: in the stems a text is matched by (``terms.content_stems``), the measure nouns it names
and its qualifiers (``factread``), never "earnings" on its own. (An expansion whose words name the measure as well
as its acronym does, « résultat opérationnel courant », « excédent brut d'exploitation », is left as written: its
words carry its version, « courant », and its kin.)
"""
from __future__ import annotations

import re

from .resources import LANGS, compiled, lexicon
from .tablestore import stored
from .text import fold, words


@stored
def _spelled() -> dict[str, str]:
    """Each spelled-out form, folded, its words joined by one space -> its acronym."""
    return {" ".join(fold(str(form)).split()): acronym for lang in LANGS
            for acronym, forms in (lexicon(lang, "measures").get("spelled_acronyms") or {}).items() for form in forms}


@stored
def _pattern() -> re.Pattern:
    """The spelled-out forms in one alternation, built once (``as_acronyms`` reads every text the matchers fold)."""
    forms = sorted(_spelled(), key=len, reverse=True)
    # (a comma may stand between the words of a form: "interest, tax, depreciation and amortisation")
    return compiled(r"(?<!\w)(?:" + "|".join(re.escape(f).replace(r"\ ", r"[\s,]+") for f in forms) + r")(?!\w)")


def as_acronyms(text: str) -> str:
    """``text`` folded, with every measure it spells out replaced by that measure's acronym, and as many words as
    it had (the acronym, then single letters no reader takes for a word of content), for readers that fold the words
    they read and count them."""
    spelled = _spelled()

    def acronym(m: re.Match) -> str:
        return spelled.get(" ".join(m.group().replace(",", " ").split()), m.group()) + " x" * (len(list(words(m.group()))) - 1)
    return _pattern().sub(acronym, fold(text))
