"""The description of a company's trade written right before its name (« le groupe de services à l'environnement
Velmor », "the oil services group Velmor"): its words say what the company does, not what a figure of the clause
measures (``without_party_trade``, read by ``qualifiers.claim_qualifiers``).
"""
from __future__ import annotations

from ..model import Claim
from ..resources import word_pattern

# (a kind noun, its linker, then the trade in words of lower case, up to the name: « le groupe de services à
# l'environnement », never « la Banque de France qui … »)
_TRADE = r"[a-zß-öø-ÿœ'’ -]"
_AFTER = (r"(?<!\w)(?:{+party_kind_nouns})\s+(?:(?:{party_kind_linkers})(?<=['’])|(?:{party_kind_linkers})(?!\w))\s*"
          r"(?P<trade>[a-zß-öø-ÿœ]" + _TRADE + r"{0,60}?)\s*$")
# (an article, one to three words of trade, none a linker, then the kind noun right before the name: "the oil services
# group"; "the net profit of the group" describes no trade)
_BEFORE = (r"(?<!\w)(?i:{party_kind_articles})\s*(?P<trade>(?:(?!(?:{party_kind_linkers})\s)[a-zß-öø-ÿœ][\w'’-]*\s+){1,3}?)"
           r"(?:{+party_kind_nouns})\s*$")


def party_trade_spans(claim: Claim) -> list[tuple[int, int]]:
    """The spans (in ``claim.text``) of the trade a company's kind noun describes right before a listed name of the
    claim: « le groupe de services à l'environnement Velmor a publié un bénéfice net de … » (« services »
    describes Velmor, not the profit), "the oil services group Velmor posted a net profit of …"."""
    spans = []
    for m in claim.mentions:
        end = m.start - claim.start
        if end <= 0 or end > len(claim.text):
            continue
        before = claim.text[max(0, end - 90):end]
        for template in (_AFTER, _BEFORE):
            hit = word_pattern("measures", template).search(before)
            if hit:
                spans.append((end - len(before) + hit.start("trade"), end - len(before) + hit.end("trade")))
                break
    return spans


def without_party_trade(claim: Claim, text: str, offset: int = 0) -> str:
    """``text`` (found at ``offset`` in ``claim.text``) with the trade of a company written before its name
    blanked (same length): « le groupe de services à l'environnement Velmor » names no services figure."""
    for s, e in party_trade_spans(claim):
        s, e = max(s - offset, 0), min(e - offset, len(text))
        if s < e:
            text = text[:s] + " " * (e - s) + text[e:]
    return text
