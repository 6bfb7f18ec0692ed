"""A run of periods counted, "for the tenth consecutive year", « pour la dixième année consécutive », "ten straight
quarters", « 15 ans d'affilée »: a figure like any other, the number of periods, which a claim asserts beside its
other figures. It is compared with the count the source writes the same way for the same period (``run_count_findings``,
rule ``quantity``): the confirming fact's own first, else a topical fact that says the same thing of it; a count
no fact writes stays an unchecked part of the claim (``run_parts``, read by ``checks/judge/parts.py``), so the claim
is never supported by its other figures alone. The words are ``run_ordinals``, ``run_period_nouns``,
``run_words_after``, ``run_words_before`` and ``run_ordinal_suffixes`` of ``numbers.yaml`` (with the ordinals of
``slots.yaml``).
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from ..match import Candidate, FactIndex
from ..model import Claim, Fact
from ..numbers import parse_number
from ..resources import compiled, word_table, words
from ..terms import content_stems
from ..text import fold, fold_same_length, literal_trie
from ..tablestore import stored
from .findings import Finding

_P_RUNS_IN = compiled(r"\d+")

RULE_ID = "quantity"
MAX_GAP = 3       # words between the period's noun and the run words after it ("year of growth in a row")
STEM_PREFIX = 6   # letters two forms of one word share ("proposer", "proposé"; "progression", "progressif")
MIN_SHARED = 2    # content words a fact that does not confirm the claim shares with it to give its count


class Run(NamedTuple):
    """A counted run: the period it counts ("year"), how many, the words as written."""
    period: str
    count: int
    text: str


@stored
def _run_pattern() -> tuple[Optional[re.Pattern], dict[str, int], dict[str, str]]:
    """The pattern of a run (groups ``ord``, ``card``, ``noun``, ``pre``, ``post``), the ordinals by folded word,
    the period of each folded noun."""
    ordinals = {fold(str(k)): int(v) for key, name in (("ordinals", "slots"), ("run_ordinals", "numbers"))
                for k, v in word_table(name, key).items()}
    nouns = {fold(str(k)): str(v) for k, v in word_table("numbers", "run_period_nouns").items()}
    after = {fold(w) for w in words("numbers", "run_words_after")}
    before = {fold(w) for w in words("numbers", "run_words_before")}
    if not (ordinals and nouns and after):
        return None, {}, {}
    suffixes = {fold(w) for w in words("numbers", "run_ordinal_suffixes")}
    in_digits = r"|\d+\s?(?:" + literal_trie(suffixes) + r")" if suffixes else ""     # ("10th", « 10e »)
    number = r"(?:(?P<ord>" + literal_trie(set(ordinals)) + in_digits + r")|(?P<card>\d+|[a-z-]+))"
    pre = r"(?:(?P<pre>" + literal_trie(before) + r")\s+)?" if before else ""
    rx = re.compile(r"(?<![\w,.])" + number + r"\s+" + pre + r"(?P<noun>" + literal_trie(set(nouns)) + r")(?!\w)"
                    + r"(?:(?:\s+[\w'-]+){0," + str(MAX_GAP) + r"}?\s+(?P<post>" + literal_trie(after) + r")(?!\w))?")
    return rx, ordinals, nouns


@stored
def _run_words() -> tuple[str, ...]:
    """The words of a run before or after its noun (folded, as the pattern writes them): a run is read only where
    one of them is written, so a text without any is not scanned (``runs_in``)."""
    return tuple(sorted({fold(w) for w in words("numbers", "run_words_after")}
                        | {fold(w) for w in words("numbers", "run_words_before")}))


@functools.lru_cache(maxsize=4096)
def runs_in(text: str) -> tuple[Run, ...]:
    """The runs a text counts: an ordinal or a number, the period's noun, and a word of a run before or after it; kept
    per text (a claim's parts and the run rule read the same clause)."""
    rx, ordinals, nouns = _run_pattern()
    if rx is None or not text:
        return ()
    folded = fold_same_length(text)
    if not any(w in folded for w in _run_words()):
        return ()                      # (no run word: the pattern's matches would all be skipped below)
    out = []
    for m in rx.finditer(folded):
        if not (m.group("pre") or m.group("post")):
            continue
        if m.group("ord"):
            word = m.group("ord")
            count = ordinals[word] if word in ordinals else int(_P_RUNS_IN.match(word).group(0))
        else:
            value = parse_number(m.group("card"), "fr") or parse_number(m.group("card"), "en")
            count = int(value) if value and float(value).is_integer() and 1 < value < 200 else 0
        if count > 1:
            out.append(Run(nouns[m.group("noun")], count, text[m.start():m.end()]))
    return tuple(out)


def run_parts(claim: Claim) -> list[str]:
    """The runs a claim counts, as the words of its parts."""
    return [r.text.strip() for r in runs_in(claim.focus or claim.text)]


def run_count_findings(claim: Claim, findings: list[Finding], index: FactIndex, cands: list[Candidate]) -> list[Finding]:
    """Each run the claim counts against the count a fact writes for the same period: the facts that confirm the
    claim's other parts first, then topical facts sharing what it counts; agreeing, confirmed; else refuted."""
    mine = runs_in(claim.focus or claim.text)
    if not mine:
        return []
    seen: set = set()
    confirming = [f.fact for f in findings if f.relation == "supports" and f.fact is not None
                  and not (id(f.fact) in seen or seen.add(id(f.fact)))]
    others = [f for f in _counting_facts(index) if id(f) not in seen]
    out = []
    for run in mine:
        found = _judged(run, confirming, lambda f: True) or _judged(run, others, lambda f: _shares(claim, run, f))
        if found:
            out.append(found)
    return out


def _counting_facts(index: FactIndex) -> list[Fact]:
    """The facts of the list whose sentence counts a run, read once per index (their positions kept)."""
    memo = index.__dict__.get("_run_facts")
    if memo is None:
        memo = index.__dict__["_run_facts"] = tuple(i for i, f in enumerate(index.facts) if runs_in(f.statement or ""))
    return [index.facts[i] for i in memo]


def _judged(run: Run, facts: list[Fact], about) -> Optional[Finding]:
    """The first fact that counts the same period and agrees, else the first that gives another count."""
    wrong = None
    for fact in facts:
        counts = {r.count for r in runs_in(fact.statement or "") if r.period == run.period}
        if not counts or not about(fact):
            continue
        if run.count in counts:
            return Finding("supports", RULE_ID, fact, f"{run.text.strip()!r} agrees with the source: {fact.statement}",
                           part=run.text.strip())
        if wrong is None and len(counts) == 1:
            wrong = Finding("contradicts", RULE_ID, fact, f"wrong count: the source counts {next(iter(counts))}, the "
                                                          f"article {run.count} ({run.text.strip()!r}): {fact.statement}",
                            part=run.text.strip())
    return wrong


def _shares(claim: Claim, run: Run, fact: Fact) -> bool:
    """Whether a fact says of what it counts as much as the claim does: content words in common, those of the run
    itself left out, and no party but the claim's."""
    parties = {m.entity for m in claim.mentions} | set(claim.context_entities)
    if fact.subject and parties and fact.subject not in parties:
        return False              # (another party's run)
    own = {s[:STEM_PREFIX] for s in content_stems(run.text)}
    mine = {s[:STEM_PREFIX] for s in content_stems(claim.focus or claim.text)} - own
    return len(mine & {s[:STEM_PREFIX] for s in content_stems(fact.statement or "")}) >= MIN_SHARED
