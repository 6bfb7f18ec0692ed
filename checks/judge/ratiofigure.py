"""A small bare figure that a ratio's clause gives: « Le ratio dette nette/Ebitda ressort à 2,10 », "the net debt to
EBITDA ratio stood at 2.10" — no noun after it, no unit, too small for a count (``figures.bare_count``), it is that ratio
(``ratio_nouns`` of ``data/lang/<code>/measures.yaml``), compared with the facts that write that ratio.
"""
from __future__ import annotations

from ..model import Quantity
from ..resources import word_pattern
from ..tablestore import stored
from ..text import fold


@stored
def _ratio():
    """The nouns of a ratio, as a pattern of whole words."""
    return word_pattern("measures", r"(?<!\w)(?:{ratio_nouns})(?!\w)")


def ratio_before(q: Quantity, window: str) -> bool:
    """Whether a bare figure's clause names a ratio before it: « Le ratio dette nette/Ebitda ressort à 2,10 », "Leverage
    stood at 1.8": the figure is that ratio, however small."""
    at = window.find(q.text)
    return bool(_ratio().search(fold(window[:at] if at >= 0 else window)))
