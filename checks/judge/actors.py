"""Who does what, whatever the verb and whoever the parties: two parties the claim and the fact both name (declared
entities or proper names the list does not declare) and what each is said to do.

- Each party in a clause of its own: the claim gives each one the words the fact gives the other (« L'institut a
  salué une baisse historique, une lecture que le ministère a nuancée » against « Le ministère a salué une baisse
  historique, tandis que l'institut a tenu à nuancer ce résultat »; "The regulator praised the cap, but the
  minister warned…" against "The minister praised the cap, while the regulator warned…").
- Both parties in one clause around the same verb, in the same voice: the claim puts them the other way round
  ("Sinner defeated Alcaraz" against "Alcaraz defeated Sinner"; not "Sinner was defeated by Alcaraz", nor a verb
  that goes both ways, ``reciprocal_words`` of ``claims.yaml``: "Sinner met Alcaraz").
- A relative clause a subject pronoun opens has its antecedent doing what it says (« le Conseil, qui a fait appel »,
  "the Board, which appealed"): a fact with another named party right before that verb refutes who.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..detect.lexicon import claim_lexicon, ends_possessive, reported_pronoun_pattern, subject_pronoun_pattern
from ..factread import DIRECTIONS
from ..match import FactIndex
from ..model import Claim, Fact, Mention
from ..resources import compiled, word_pattern, words as words_of
from ..slots import clause_spans
from ..terms import LANGS, concepts_in, content_stems, function_words, stem
from ..text import fold, words
from .names import text_acronyms
from ..tablestore import stored

_P_VERB_AFTER = compiled(r"[,;:()«»\"“”]|\d")
_P_CAPS = compiled(r"(?<![\w-])[A-ZÀ-Ý]{2,6}(?![\w-])")

_CAPITAL = compiled(r"[A-ZÀ-Ý][\w’'-]*")
_is_name_word = functools.lru_cache(maxsize=65536)(lambda w: _name_word(w, function_words()))   # (per word, as ``stem``)


class _Party:
    __slots__ = ("keys", "start", "end")

    def __init__(self, keys: frozenset[str], start: int, end: int) -> None:
        self.keys, self.start, self.end = keys, start, end


def named_parties(text: str, mentions: list[Mention], at: int) -> list[_Party]:
    """The declared entities of ``text`` (``mentions``, offsets less ``at``) and its runs of capitalised words
    that no mention covers ("Jannik Sinner", "Stade toulousain" from "Stade"), each with the keys that name it."""
    out = [_Party(frozenset({"e:" + m.entity}), m.start - at, m.end - at) for m in mentions]
    covered = [(p.start, p.end) for p in out]
    run: list[tuple[str, int, int]] = []
    for w, s, e in [*words(text), ("", len(text) + 1, len(text) + 1)]:
        name = _is_name_word(w) and not any(a <= s < b for a, b in covered)
        if name and (not run or not text[run[-1][2]:s].strip()):
            run.append((w, s, e))
            continue
        if run:
            out.append(_Party(frozenset("n:" + fold(_bare(x)) for x, _, _ in run), run[0][1], run[-1][2]))
        run = [(w, s, e)] if name else []
    return _merged(text, sorted(out, key=lambda p: p.start))


def parties_of(claim: Claim, statement: str, index: FactIndex) -> tuple[list[_Party], list[_Party]]:
    """The parties a claim names and those a fact's sentence names, its mentions found by the list's matcher."""
    return (named_parties(claim.text, claim.mentions, claim.start),
            named_parties(statement, index.matcher.find(statement, 0), 0))


def _merged(text: str, parties: list[_Party]) -> list[_Party]:
    """Names written one after the other as one party ("le Premier ministre Gabriel Attal")."""
    out: list[_Party] = []
    for p in parties:
        if out and out[-1].end <= p.start and not text[out[-1].end:p.start].strip():
            out[-1] = _Party(out[-1].keys | p.keys, out[-1].start, p.end)
        elif not out or p.start >= out[-1].end:
            out.append(p)
    return out


def _bare(w: str) -> str:
    """A word without its elided head ("l'Assemblée" -> "Assemblée")."""
    return w.split("'")[-1].split("’")[-1]


def _name_word(w: str, fw: frozenset[str]) -> bool:
    """A capitalised word that is no function word, month or day ("December" says when, not who)."""
    bare = _bare(w)
    return bool(_CAPITAL.fullmatch(bare)) and len(bare) >= 3 and fold(bare) not in fw and not bare.isdigit() \
        and fold(bare) not in word_set("not_names", "stopwords") and not _months().match(fold(bare))


@stored
def _months() -> re.Pattern:
    return word_pattern("numbers", r"^({month_day_prefixes})")


def paired_parties(mine: list[_Party], theirs: list[_Party]) -> list[tuple[_Party, _Party, _Party, _Party]]:
    """(a in the claim, b in the claim, a in the fact, b in the fact): two distinct parties each named once on
    both sides."""
    def once(parties, other):
        overlap = sorted(((len(p.keys & other.keys), i) for i, p in enumerate(parties)), reverse=True)
        if not overlap or not overlap[0][0] or len(overlap) > 1 and overlap[1][0] == overlap[0][0]:
            return None
        return parties[overlap[0][1]]
    found = []
    for a in mine:
        fa = once(theirs, a)
        if fa is None or once(mine, fa) is not a:
            continue
        found.append((a, fa))
    out = []
    for i, (a, fa) in enumerate(found):
        for b, fb in found[i + 1:]:
            if fa is not fb and not a.keys & b.keys:
                out.append((a, b, fa, fb))
    return out


def swapped_actors(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim gives two parties what the fact gives the other (see the module), else None."""
    statement = fact.statement or ""
    mine, theirs = parties_of(claim, statement, index)
    for a, b, fa, fb in paired_parties(mine, theirs):
        a, fa = _extended(claim.text, a, statement, fa)
        b, fb = _extended(claim.text, b, statement, fb)
        if _crossed_clauses(claim.text, a, b, statement, fa, fb) or _reversed_order(claim.text, a, b, statement, fa, fb, (mine, theirs)):
            return f"the parties are the other way round: {statement}"
    return None


def _extended(text: str, p: _Party, statement: str, q: _Party) -> tuple[_Party, _Party]:
    """Both sides' names with the word that follows them on both ("l'Assemblée nationale", "Stade toulousain")."""
    m, n = _NEXT.match(text, p.end), _NEXT.match(statement, q.end)
    if m and n and fold(m.group(1)) == fold(n.group(1)) and fold(m.group(1)) not in function_words():
        return _Party(p.keys, p.start, m.end()), _Party(q.keys, q.start, n.end())
    return p, q


_NEXT = compiled(r"\s+([\w’'-]+)")


def _clause_of(spans: list[tuple[int, int]], p: _Party) -> Optional[int]:
    return next((i for i, (s, e) in enumerate(spans) if s <= p.start < e), None)


def _said(text: str, span: tuple[int, int], names: list[_Party]) -> set[str]:
    """The content stems and concepts of a clause, its parties' names left out."""
    part = text[span[0]:span[1]]
    named = {s for p in names for s in content_stems(text[p.start:p.end])} | {"c:" + c for p in names for c in concepts_in(text[p.start:p.end])}
    return ({s for s in content_stems(part) if not s.isdigit()} | {"c:" + c for c in concepts_in(part)}) - named


def _crossed_clauses(text: str, a: _Party, b: _Party, statement: str, fa: _Party, fb: _Party) -> bool:
    """Each party alone in its clause on both sides, and the claim's clause of each shares words with the fact's
    clause of the other, none with its own."""
    def sides(t, p, q):
        spans = clause_spans(t)
        i, j = _clause_of(spans, p), _clause_of(spans, q)
        if i is None or j is None or i == j:
            return None
        x, y = _said(t, spans[i], [p, q]), _said(t, spans[j], [p, q])
        return x - y, y - x
    mine, theirs = sides(text, a, b), sides(statement, fa, fb)
    if mine is None or theirs is None:
        return False
    (wa, wb), (va, vb) = mine, theirs
    return bool(wa & vb and wb & va and not wa & va and not wb & vb)


def _reversed_order(text: str, a: _Party, b: _Party, statement: str, fa: _Party, fb: _Party,
                    others: tuple[list[_Party], list[_Party]]) -> bool:
    """Both parties in one clause on both sides, around words they share, in the same voice, the first of the
    claim the second of the fact: "Sinner defeated Alcaraz" against "Alcaraz defeated Sinner"."""
    def between(t, p, q, others):
        first, second = (p, q) if p.start < q.start else (q, p)
        spans = clause_spans(t)
        if _clause_of(spans, first) != _clause_of(spans, second) or \
                any(first.end <= o.start < second.start for o in others):
            return None                   # another clause, or another party between them
        return first is p, t[first.end:second.start]
    mine, theirs = between(text, a, b, others[0]), between(statement, fa, fb, others[1])
    if mine is None or theirs is None or mine[0] == theirs[0]:
        return False
    said = [content_stems(mine[1]), content_stems(theirs[1])]
    # the same verb right after the first party ("defeated"), not only the same object ("des armes")
    return all(said) and said[0][0] == said[1][0] and all(len(x) <= 3 for x in said) \
        and not any(two_way(m) for m in (mine[1], theirs[1])) and _passive(mine[1]) == _passive(theirs[1])


def _passive(middle: str) -> bool:
    """Whether the words between the parties end in an agent ("was defeated by", « a été battu par »)."""
    return any(fold(w) in word_set("agent_prepositions") for w, _, _ in words(middle))


def two_way(middle: str) -> bool:
    """Whether the words between the parties say something both do to each other ("met", « a affronté »,
    "signed a deal with") or join them ("and")."""
    return any(fold(w) in word_set("reciprocal_words") or stem(w) in _reciprocal_stems() for w, _, _ in words(middle))


@stored
def word_set(key: str, lexicon: str = "claims") -> frozenset[str]:
    """The words of a list of ``data/lang/<code>/<lexicon>.yaml``, both languages, folded."""
    return frozenset(fold(w) for w in words_of(lexicon, key))


@stored
def _reciprocal_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in words_of("claims", "reciprocal_words"))


# how many content words after a party are read as its verb (past function words: « X a annoncé », "X has announced")
VERB_WORDS = 1


def other_actor(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the party the claim has doing something (the name right before its verb: « le Premier ministre
    X a annoncé une enveloppe ») is not the one the fact has doing it (« Y a annoncé … une enveloppe »): two named
    parties, neither of which the other side names at all (a title, a longer or shorter form of the same name
    shares a word or a declared entity with it), the claim's not the fact's subject; the claim's party may be the
    speaker its pronoun stands for (``_speaker_pronoun``); else None."""
    statement, doer = fact.statement or "", {"e:" + fact.subject} if fact.subject else set()
    mine, theirs = parties_of(claim, statement, index)
    speaker = _speaker_pronoun(claim, index)
    for p in [*mine, *([speaker] if speaker else [])]:
        verb = verb_after(claim.text, p)
        # (the fact's declared subject is the claim's party: it acts through whoever the sentence names, a company
        # through its chief executive)
        if not verb or not (p is speaker or _named(claim.text, p)) or p.keys & doer \
                or any(p.keys & q.keys for q in theirs):
            continue
        # (the speaker a pronoun stands for is only set against the fact's declared subject)
        q = _doer_of(verb, statement, theirs, mine, doer if p is speaker else None, claim.text[p.start:p.end])
        if q is not None:
            mine_name = index.entity_name(claim.attributed_to) if p is speaker else claim.text[p.start:p.end]
            return f"wrong actor: the source has {statement[q.start:q.end]} doing it, not {mine_name}: {statement}"
    return None


def _doer_of(verb: set[str], statement: str, theirs: list[_Party], mine: list[_Party],
             doer: Optional[set[str]], mine_text: str) -> Optional[_Party]:
    """The named party of the fact right before the same verb, which the claim does not name, nor by its initials
    (of the fact's declared subject ``doer`` when given)."""
    return next((q for q in theirs if verb & (verb_after(statement, q) | _reported_verb(statement, q)) and _named(statement, q)
                 and not any(q.keys & o.keys for o in mine) and (doer is None or q.keys & doer)
                 and not _initials_of(mine_text, statement[q.start:q.end])), None)


def _reported_verb(text: str, p: _Party) -> set[str]:
    """The verb of the clause a party's speech verb opens with a subject pronoun standing for it ("HHS announced it
    would award …", « L'agence a annoncé qu'elle verserait … »): what the speaker says it does itself."""
    m = reported_pronoun_pattern().match(text[p.end:].replace("’", "'"))
    return set(content_stems(text[p.end + m.end():].split(",", 1)[0])[:VERB_WORDS]) if m else set()


def _speaker_pronoun(claim: Claim, index: FactIndex) -> Optional[_Party]:
    """The subject pronoun opening a reported clause, standing for the declared party the frame has saying it
    ("The Vallorn agency also said it had rehoused …", « L'agence a indiqué qu'elle avait relogé … »): the speaker as the doer.
    Against the fact it is only read when the fact declares its own subject, the other party doing it."""
    if claim.role != "main" or claim.attributed_to not in index.catalog.entities:
        return None
    m = subject_pronoun_pattern().match(claim.text)
    return _Party(frozenset({"e:" + claim.attributed_to}), m.start(1), m.end(1)) if m else None


def _initials_of(a: str, b: str) -> bool:
    """Whether one name writes the other's initials ("G7-led ERA" for "the G7's Extraordinary Revenue
    Acceleration"): the same party."""
    def caps(t: str) -> set[str]:
        return set(_P_CAPS.findall(t))

    def initials(t: str) -> set[str]:
        return {i for found in text_acronyms(t).values() for i in found}
    return bool(caps(b) & initials(a) or caps(a) & initials(b))


def verb_after(text: str, p: _Party) -> set[str]:
    """The first content word right after a party, in its clause (its verb, past an auxiliary): none after a
    possessive ("Norvale's profit"), a comma or a figure."""
    if ends_possessive(text[p.start:p.end]):
        return set()
    tail = _P_VERB_AFTER.split(text[p.end:], maxsplit=1)[0]
    return set(content_stems(tail)[:VERB_WORDS]) if tail[:1].isspace() else set()


def _named(text: str, p: _Party) -> bool:
    """A party named as a name: a declared entity written with a capital, or two capitalised words running
    ("Jane Doe"), not one capitalised word alone (« l'État », "Parliament")."""
    written = text[p.start:p.end]
    if any(k.startswith("e:") for k in p.keys):
        return any(ch.isupper() for ch in written)
    return len([k for k in p.keys if k.startswith("n:")]) >= 2


def other_doer(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when the claim opens on a named party doing what the fact has its declared subject do, whatever
    else the fact has that party do: "Holt resigned as chair on 3 May, and Dunmore succeeded him" against "Dunmore
    resigned as chair on 3 May and was replaced by Holt" — the verb of the fact's subject (its stem or a concept of
    it, "quit" for "resigned") written in the claim's party's own words, up to the next party, in the active voice,
    and nowhere in the fact's words of that party; else None."""
    statement = fact.statement or ""
    opened = _opening_doers(claim, fact, index)
    if opened is None:
        return None
    p, mine, theirs, verb = opened
    # (a way of moving, "cut" and "falls short", is no deed two parties share)
    event = verb | {"c:" + c for w in verb for c in concepts_in(w) if c not in DIRECTIONS}
    if not event & _event_of(_own_words(claim.text, p, mine, theirs[0].keys)):
        return None                       # the claim's party does something else
    q = next((o for o in theirs[1:] if o.keys & p.keys), None)
    if q is not None and event & _event_of(_own_words(statement, q, theirs)):
        return None                       # the fact has that party do it too
    return f"wrong actor: the source has {statement[theirs[0].start:theirs[0].end]} doing it, " \
           f"not {claim.text[p.start:p.end]}: {statement}"


def _opening_doers(claim: Claim, fact: Fact, index: FactIndex) -> Optional[tuple[_Party, list[_Party], list[_Party], set[str]]]:
    """(the claim's opening party, the claim's parties, the fact's, the verb of the fact's subject) when the fact
    opens on its declared subject and the claim on another named party, each before a verb in the active voice and
    neither side comparing ("X sold more than Y": both do it, ``inverted_comparison``'s); else None."""
    statement = fact.statement or ""
    if not fact.subject or compares(statement) or compares(claim.text):
        return None
    mine, theirs = parties_of(claim, statement, index)
    if not theirs or not mine or "e:" + fact.subject not in theirs[0].keys:
        return None                       # the fact does not open on its declared subject
    verb, p = verb_after(statement, theirs[0]), mine[0]
    if not verb or p.keys & theirs[0].keys or not _named(claim.text, p) or not verb_after(claim.text, p):
        return None
    return (p, mine, theirs, verb) if _active_doers(claim.text, statement, mine, theirs[0]) else None


def _active_doers(text: str, statement: str, mine: list[_Party], subject: _Party) -> bool:
    """Whether the claim's opening party and the fact's subject each act in the active voice, and the claim names
    the fact's subject, if at all, only as the agent of a passive (another verb's: "… and was succeeded by Y")."""
    if opens_passive(text[mine[0].end:]) or opens_passive(statement[subject.end:]):
        return False
    return all(_passive_agent(text[:o.start]) for o in mine[1:] if o.keys & subject.keys)


def _passive_agent(before: str) -> bool:
    """Whether a party is the agent of a passive: an agent preposition right before it, a passive auxiliary among
    the three words before that ("was succeeded by Y", « a été remplacé par Y »; not "followed by Y")."""
    last = [fold(w) for w, _, _ in words(before)][-4:]
    return bool(last) and last[-1] in word_set("agent_prepositions") \
        and any(w in word_set("passive_auxiliaries") for w in last[:-1])


def opens_passive(after: str) -> bool:
    """Whether the words right after a party open a passive ("was replaced by", « a été remplacée par »)."""
    return any(fold(w) in word_set("passive_auxiliaries") for w, _, _ in list(words(after))[:2])


def _own_words(text: str, p: _Party, parties: list[_Party], doer: frozenset[str] = frozenset()) -> str:
    """The words after a party up to the next party of the text that does something of its own (or its end): one
    an agent preposition or a coordinator is written right before ("was replaced by Y", "and Y"), or the fact's
    doer (``doer``'s keys: "X said that Y resigned"), not a party of its object ("chair of Velmor", "quit Velmor's
    board")."""
    nxt = next((o.start for o in parties if o.start >= p.end and (_opens_doer(text[:o.start]) or o.keys & doer)),
               len(text))
    return text[p.end:nxt]


def compares(text: str) -> bool:
    """Whether a text compares (``comparison_markers`` of ``claims.yaml``, every language's)."""
    folded = fold(text)
    return any(claim_lexicon(lang).comparison.search(folded) for lang in LANGS)


def _opens_doer(before: str) -> bool:
    """Whether the word written right before a party makes it a doer: an agent preposition or a coordinator."""
    last = [fold(w) for w, _, _ in words(before)][-1:]
    return bool(last) and (last[0] in word_set("agent_prepositions") or last[0] in word_set("coordinators"))


def _event_of(part: str) -> set[str]:
    """The content stems and the concepts of a run of words."""
    return set(content_stems(part)) | {"c:" + c for c in concepts_in(part)}


def antecedent_doer(claim: Claim, fact: Fact, index: FactIndex) -> Optional[str]:
    """A message when a relative clause opened by a subject pronoun (``subject_relatives`` of ``claims.yaml``:
    « qui », "which", "who") says its antecedent — the declared party that ends the main clause right before it —
    does what the fact has another named party do, that party right before the same verb ("the regulator, which
    appealed the ruling" against "Velmor appealed the regulator's ruling"); else None."""
    pronoun = word_pattern("claims", r"^\s*(?:{subject_relatives})(?!\w)").match(claim.text.lower())
    if claim.role != "relative" or pronoun is None or not claim.context_text:
        return None
    main = claim.context_text.rstrip(" ,")
    ends = [m for m in index.matcher.find(main, 0) if not main[m.end:].strip(" ,")]
    verb = verb_after(claim.text, _Party(frozenset(), pronoun.start(), pronoun.end()))
    if not ends or not verb:
        return None
    statement = fact.statement or ""
    mine = {"e:" + m.entity for m in ends}
    doer = next((q for q in named_parties(statement, index.matcher.find(statement, 0), 0)
                 if verb & verb_after(statement, q) and _named(statement, q)), None)
    if doer is None or doer.keys & mine:
        return None
    return (f"wrong actor: the source has {statement[doer.start:doer.end]} doing it, not "
            f"{main[ends[-1].start:ends[-1].end]}: {statement}")
