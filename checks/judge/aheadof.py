"""Which party a comparison puts ahead: "the Greens came second, some 40,000 votes ahead of
Reform" puts the Liberal Democrats ahead, "Reform received half a million votes more than the Liberal Democrats"
puts Reform ahead, « Le parti arrive derrière ses rivaux » puts the rivals ahead. The party ahead is the first the
sentence names before the comparative phrase (``ahead``/``behind`` of ``slots.yaml``), the one behind the party
named right after it; a claim that puts ahead the party its confirming fact puts behind has the parties the other
way round, whatever its figure (``rules.roles.rule_swapped_after``).
"""
from __future__ import annotations

from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..resources import compiled, words
from ..slots import slot_patterns
from ..text import fold, fold_same_length
from ..tablestore import stored

_P_CLOSE_BEHIND = compiled(r"\w+")
_P_CLOSE_BEHIND_2 = compiled(r"[;:,]\s")

# how many words may stand between the comparative phrase and the party behind ("ahead of the Liberal Democrats"),
# and between it and the agent of the figure compared ("more than the 15.1 million euros earned by …")
GAP_WORDS = 2
FIGURE_GAP_WORDS = 8


def compared_pair(text: str, mentions: list[tuple[str, int, int]]) -> Optional[tuple[str, str]]:
    """(ahead, behind), two declared parties (``mentions``: entity, start, end in ``text``); None when the text
    compares no two parties it names."""
    folded, t = fold_same_length(text), slot_patterns()
    for key, flip in (("ahead", False), ("behind", True)):
        for m in t[key].finditer(folded) if t[key] is not None else ():
            before = [e for e, _, end in mentions if end <= m.start()]
            after = [(e, s) for e, s, _ in mentions if s >= m.end()]
            if not before or not after or not _close_behind(text[m.end():after[0][1]]):
                continue
            a, b = before[0], after[0][0]
            if a != b:
                return (b, a) if flip else (a, b)
    return None


def _close_behind(gap: str) -> bool:
    """Whether the party after a comparative phrase is the one behind: right after it ("ahead of domestic rival X"),
    or the agent of the figure it compares with ("more than the 4.2 million earned by X", « plus que les 4,2 millions
    gagnés par X »), not a bound's ("more than 100 stores in X")."""
    said = _P_CLOSE_BEHIND.findall(gap)
    if len(said) <= GAP_WORDS:
        return True
    return len(said) <= FIGURE_GAP_WORDS and not gap.lstrip()[:1].isdigit() and not _P_CLOSE_BEHIND_2.search(gap) \
        and any(w.isdigit() for w in said) and fold(said[-1]) in _agents()


@stored
def _agents() -> frozenset[str]:
    return frozenset(fold(w) for w in words("claims", "agent_prepositions"))


def inverted_comparison(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """The message when the claim puts ahead the party the fact puts behind, and behind the one it puts ahead."""
    mine = compared_pair(claim.text, [(m.entity, m.start - claim.start, m.end - claim.start) for m in claim.mentions])
    if mine is None:
        return None
    theirs = compared_pair(fact.statement or "", [(m.entity, m.start, m.end) for m in index.matcher.find(fact.statement or "", 0)])
    if theirs is None or theirs != mine[::-1]:
        return None
    return (f"the other way round: the source puts {index.entity_name(theirs[0])} ahead of "
            f"{index.entity_name(theirs[1])}: {fact.statement}")
