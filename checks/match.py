"""Stage 5, match: index the facts once, then give each claim a short ranked list of candidate facts.

Facts are indexed by entity ids (subject, object, names in the statement), bilingual concepts
(``data/concepts.yaml``), the stems and phrases of their terms and statement, and the class of their
quantity's unit. A claim looks up only its own keys, and keys shared by a large part of the catalog
are skipped, so the cost per claim depends on the claim, not on the number of facts.
"""
from __future__ import annotations

import heapq
import math
import pickle
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from .language import clause_language
from .entities import EntityMatcher
from .clauseindex import clause_index, index_fact
from .factread import FactReading, facets, read_fact
from .model import Catalog, Claim, Fact, Source
from .placenames import place_key, places_in
from .terms import cognate, concepts_in, content_stem_tuple, content_stems, ngram_keys, phrase_key
from .unitkeys import digits_key, in_points, unit_class, value_key, written_digits  # noqa: F401 (in_points re-exported)

# (p: a place, ``place_key``; x: a word's cognate form, ``terms.cognate``, met only by a fact in the other language
# that does not write the word itself)
WEIGHTS = {"e": 2.0, "c": 1.0, "t": 2.0, "w": 0.6, "u": 0.5, "v": 1.5, "m": 1.0, "p": 2.0, "x": 0.6}
TOPICAL = ("c", "t", "w", "x")
POSTINGS_BUDGET = 1500    # postings visited per claim, rarest keys first: the cost per claim stays flat


def statement_phrases(statement: str) -> list[str]:
    """A fact's own content words and pairs of neighbouring content words, as retrieval terms."""
    stems = content_stems(statement)
    return [*stems, *(f"{a} {b}" for a, b in zip(stems, stems[1:]))]


def _packed(readings: list, unpacked: dict) -> list:
    """The fact readings as they are pickled (``checks.cache``): each one its own pickle, read back by
    ``FactIndex.reading`` only when a claim's candidates need it (a check meets a few hundred of 10,000 facts;
    unpickling them all was a third of loading the index). The facets of one fact share one reading, and
    one pickle. ``unpacked``: the readings already read back (``FactIndex.reading``), by their pickle's id."""
    blobs: dict[int, bytes] = {}
    out = []
    for r in readings:
        if type(r) is bytes and id(r) in unpacked:
            r = unpacked[id(r)][1]            # (one facet read back, another not yet: the one reading)
        if type(r) is not bytes:
            r = blobs.get(id(r)) or blobs.setdefault(id(r), pickle.dumps(r, pickle.HIGHEST_PROTOCOL))
        out.append(r)
    return out


@dataclass
class Candidate:
    """A fact that may check a claim, with its score."""
    fact: Fact
    source: Source
    score: float
    topical: float                    # the part of the score from concepts and terms, not entities
    shared: set[str] = field(default_factory=set)
    claimed: frozenset = frozenset()  # the claim's concept keys ("c:…"), shared or not, for a fact in the other language
    rare: frozenset = frozenset()     # those of them few facts of the list name (full weight in ``key_weight``)
    words: frozenset = frozenset()    # for a fact in the other language, the word keys it shares (cognates: ``terms.cognate``)


@dataclass
class FactIndex:
    """The catalog's facts indexed for matching."""
    catalog: Catalog
    matcher: EntityMatcher
    facts: list[Fact] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    keys: list[set[str]] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    concepts: list[set[str]] = field(default_factory=list)
    superseded_by: dict[str, str] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)     # id(fact) -> index in ``facts``
    readings: list[FactReading] = field(default_factory=list)  # what the reader understood of each fact
    clauses: Optional["FactIndex"] = None     # the facets of declared facts' other figures, each its own clause

    @classmethod
    def build(cls, catalog: Catalog, matcher: Optional[EntityMatcher] = None) -> "FactIndex":
        idx = cls(catalog=catalog, matcher=matcher or EntityMatcher.from_catalog(catalog))
        clauses: list[Fact] = []
        for src in catalog.sources:
            idx.sources[src.id] = src
            if src.superseded_by:
                idx.superseded_by[src.id] = src.superseded_by
            for declared in src.facts:
                reading = read_fact(declared, idx.matcher)
                idx.position[id(declared)] = len(idx.facts)     # the declared fact: its first facet
                for fact in facets(declared, reading):
                    if fact.clause_of is None:
                        index_fact(idx, fact, reading)
                    else:                        # (another figure's clause: an index of its own, ``clauseindex``)
                        clauses.append(fact)
        idx.postings = dict(idx.postings)
        idx.clauses = clause_index(idx, clauses, read_fact) if clauses else None
        return idx

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("position", None)   # ids of objects: they change when the index is loaded back (checks.cache)
        state.pop("_rarities", None)
        state.pop("_prefixes", None)
        state.pop("_lowercase", None)
        state.pop("_siblings_at", None)
        state.pop("_elsewhere", None)         # (facts of another index, read when asked: ``_read_elsewhere``)
        state.pop("_expected", None)
        state.pop("_written_units", None)     # (ids of facts: ``judge/writtenfigure``)
        state.pop("_antecedent_years", None)   # (an article's claims: never kept with the index)
        state.pop("_per_fact", None)          # (ids of facts: ``judge/findings.per_fact``)
        state.pop("_series_subjects", None)   # (``judge/seriesperiod``, read again when asked)
        state["readings"] = _packed(self.readings, state.pop("_unpacked", {}))
        # each declared fact's place when loaded back: the first facet of its source and id (computed here, once)
        first: dict[tuple[str, str], int] = {}
        for i, f in enumerate(self.facts):
            first.setdefault((f.source, f.id), i)
        state["_declared_at"] = [first.get((d.source, d.id)) for src in self.catalog.sources for d in src.facts]
        return state

    def __setstate__(self, state: dict) -> None:
        declared_at = state.pop("_declared_at")
        self.__dict__.update(state)
        self.position = dict(zip(map(id, self.facts), range(len(self.facts))))
        declared = (d for src in self.catalog.sources for d in src.facts)
        self.position.update((id(d), i) for d, i in zip(declared, declared_at) if i is not None)

    def _fact_keys(self, fact: Fact) -> set[str]:
        keys: set[str] = set()
        for ent in (fact.subject, fact.object):
            if ent:
                keys.add("e:" + ent)
        for m in self.matcher.find(fact.statement):
            keys.add("e:" + m.entity)
        text = " ".join([fact.statement, *fact.terms])
        keys.update("c:" + c for c in concepts_in(text))
        # the statement's own phrases stand for terms when the curator wrote none ("net migration")
        # (a phrase cut from the statement names no concept the whole does not: « meilleure vente d'albums », no revenue)
        for term in fact.terms or statement_phrases(fact.statement):
            k = phrase_key(term)
            if k:
                keys.add("t:" + k)
                keys.update("c:" + c for c in concepts_in(term) if fact.terms or "c:" + c in keys)
        stems = content_stems(fact.statement)
        keys.update("w:" + s for s in stems)
        keys.update("x:" + cognate(s) for s in stems)     # (met by a claim in the other language only)
        keys.update(self._place_keys(fact.statement))
        uc = unit_class(fact.quantity.unit) if fact.quantity else None
        if uc:
            keys.add("u:" + uc)
        if fact.quantity is not None and fact.quantity.value is not None:
            keys.add(value_key(fact.quantity.value))
            keys.add(digits_key(fact.quantity.value))
        return keys

    # complexity: one loop per kind of key (entities, concepts, phrases, stems, units, figures), each a line or two
    def claim_keys(self, claim: Claim) -> dict[str, float]:
        """The claim's keys with a weight factor: its own words count fully, inherited context less."""
        keys: dict[str, float] = {}

        def add(k, w=1.0):
            keys[k] = max(keys.get(k, 0.0), w)

        # a full weight (1.0, the highest) is set directly: the same value, and a key keeps its first place
        for m in claim.mentions:
            keys["e:" + m.entity] = 1.0
        for ent in (claim.roles.giver, claim.roles.receiver):
            if ent:
                keys["e:" + ent] = 1.0
        for ent in claim.context_entities:
            add("e:" + ent, 0.5)
        for c in claim.concepts:
            keys["c:" + c] = 1.0
        for c in claim.context_concepts:
            add("c:" + c, 0.5)
        for k in self._posted_ngrams(claim.focus or claim.text):
            keys["t:" + k] = 1.0
        for s in claim.terms:
            keys["w:" + s] = 1.0
        for k in self._place_keys(claim.focus or claim.text):
            keys[k] = 1.0
        for s in claim.context_terms:     # (``add`` written out: a dozen per claim)
            for k in ("w:" + s, "t:" + s):
                if keys.get(k, 0.0) < 0.4:
                    keys[k] = 0.4
        for q in claim.quantities:
            uc = unit_class(q.unit)
            if uc:
                add("u:" + uc)
            # (three digits or more: rarely another fact's figure by chance)
            digits = written_digits(q.text) if q.value is not None and q.unit != "year" else 0
            if digits >= 2:
                add(value_key(q.value))       # "Il était de 14,4 % en 2022": the figure itself finds its fact
            if digits >= 3:
                add(digits_key(q.value))      # "12,3 millions de kWh" finds "12,3 TWh": a slip of magnitude
        if claim.dates:
            add("u:year", 0.5)
        return keys

    def _place_keys(self, text: str) -> list[str]:
        """The keys of the places a text writes in any of their ways ("US" and "United States" meet: ``placenames``),
        but those an entity of the list names (its own key says it already)."""
        return [place_key(p) for a, b, p in places_in(text) if not self.matcher.resolve(text[a:b])]

    def _posted_ngrams(self, text: str) -> list[str]:
        """``ngram_keys(text)`` that some fact has, in the same order: most of a claim's n-grams no fact has, and
        they weigh nothing (no postings) nor meet a fact's keys; an n-gram no fact's key begins with is not
        extended."""
        posted, prefixes = self._ngram_prefixes()
        toks = content_stem_tuple(text)
        out: list[str] = []
        count = len(toks)
        for i in range(count):
            key = toks[i]
            if key not in prefixes:
                continue
            if key in posted:
                out.append(key)
            for j in range(i + 1, min(i + 4, count)):
                key = key + " " + toks[j]
                if key not in prefixes:
                    break
                if key in posted:
                    out.append(key)
        return out

    def _ngram_prefixes(self) -> tuple[frozenset, frozenset]:
        """(the phrase keys some fact has, without their "t:", and every opening of one by whole words), built at
        the first claim (the postings do not change once built)."""
        memo = self.__dict__.get("_prefixes")
        if memo is None:
            posted = frozenset(k[2:] for k in self.postings if k.startswith("t:"))
            prefixes = set()
            for k in posted:
                parts = k.split(" ")
                prefixes.update(" ".join(parts[:n]) for n in range(1, len(parts) + 1))
            memo = self.__dict__["_prefixes"] = (posted, frozenset(prefixes))
        return memo

    def text_keys(self, text: str) -> set[str]:
        """Topical keys of a piece of text (concepts, phrases, stems), for local re-ranking."""
        keys = {"c:" + c for c in concepts_in(text)}
        keys.update("t:" + k for k in ngram_keys(text))
        keys.update("w:" + s for s in content_stems(text))
        keys.update("e:" + m.entity for m in self.matcher.find(text))
        return keys

    def key_weight(self, key: str) -> float:
        return WEIGHTS[key[0]] * (0.5 + 0.5 * min(1.0, self.idf(key) / 2.0))

    def _rarity(self, key: str) -> float:
        """``key_weight``'s factor of a key's rarity, kept per key (the postings do not change once built)."""
        memo = self.__dict__.get("_rarities")
        if memo is None:
            memo = self.__dict__["_rarities"] = {}
        r = memo.get(key)
        if r is None:
            r = memo[key] = 0.5 + 0.5 * min(1.0, self.idf(key) / 2.0)
        return r

    def idf(self, key: str) -> float:
        df = len(self.postings.get(key, ()))
        return math.log(1.0 + len(self.facts) / df) if df else 0.0

    def candidates(self, claim: Claim, k: int = 12) -> list[Candidate]:
        keys = self.claim_keys(claim)
        stems = {}
        for s in claim.terms:        # (the cognate forms, met only by facts in the other language: ``_across_only``)
            x = "x:" + cognate(s)
            keys[x] = 1.0
            stems[x] = "w:" + s
        scores: dict[int, float] = defaultdict(float)
        topical: dict[int, float] = defaultdict(float)
        budget = POSTINGS_BUDGET
        # the keys some fact has (most of a claim's n-grams none), rarest first, the claim's order among equals
        posted = [(key, factor, post) for key, factor in keys.items() if (post := self.postings.get(key))]
        posted.sort(key=lambda kp: len(kp[2]))
        own = clause_language(claim.text)
        for key, factor, post in posted:
            if len(post) > budget:
                break                      # the remaining keys are commoner still: little information, much work
            budget -= len(post)
            w = WEIGHTS[key[0]] * factor * self._rarity(key)
            if key[0] == "x":
                post = self._across_only(post, own, stems.get(key, ""))
            for i in post:
                scores[i] += w
            if key[0] in TOPICAL:
                for i in post:
                    topical[i] += w
        ranked = heapq.nsmallest(k, scores, key=lambda i: (-scores[i], i))     # as sorted(...)[:k]
        # the claim's concepts, kept for a fact in the other language (stems and phrases cannot meet across)
        claimed = frozenset(key for key in keys if key.startswith("c:"))
        rare = frozenset(key for key in claimed if self._rarity(key) >= 1.0)
        return self._candidates_of(ranked, scores, topical, keys, claim, own, claimed, rare)

    def _candidates_of(self, ranked: list[int], scores: dict, topical: dict, keys: dict[str, float], claim: Claim,
                       own: str, claimed: frozenset, rare: frozenset) -> list[Candidate]:
        """The ranked facts as candidates; one in the other language with the claim's concepts and the rare cognates
        it shares, which weigh in its topical score as concepts do."""
        out = []
        rare_cognates = None
        langs = self._languages()
        for i in ranked:
            shared = self.keys[i] & keys.keys()
            if (langs[i] or self._language(i)) not in ("und", own) and own != "und":
                if rare_cognates is None:          # (the claim's, read once: only a fact across languages asks)
                    rare_cognates = self._rare_cognates(keys, claim)
                words = frozenset(k for k in rare_cognates if i in self.postings.get(k, ()))
                # (a rare word met across languages weighs in the topical score as a concept does)
                lift = sum((WEIGHTS["c"] - WEIGHTS["x"]) * keys[k] for k in words)
                out.append(Candidate(self.facts[i], self.sources[self.facts[i].source], scores[i], topical[i] + lift,
                                     shared, claimed, rare, words))
            else:
                out.append(Candidate(self.facts[i], self.sources[self.facts[i].source], scores[i], topical[i], shared))
        return out

    def _language(self, i: int) -> str:
        """The language fact ``i`` is written in, read once per fact (``_languages``)."""
        langs = self._languages()
        lang = langs[i] = langs[i] or clause_language(self.facts[i].statement or "")
        return lang

    def _languages(self) -> list:
        """Each fact's language by its position, None until ``_language`` reads it (looked up in a list: the ranking
        asks it of every fact a cognate key posts)."""
        langs = self.__dict__.get("_langs")
        if langs is None or len(langs) != len(self.facts):
            langs = self.__dict__["_langs"] = [None] * len(self.facts)
        return langs

    def _across_only(self, post: list[int], own: str, word: str) -> list[int]:
        """The facts of ``post`` written in the other language than the claim's that do not write the claim's word
        itself (``word``, its w: key, met already): a cognate form (x:) meets only across languages (« oncologie »
        and "oncology"); a claim or a fact of no known language meets by its words only."""
        if own == "und":
            return []
        langs, keys = self._languages(), self.keys
        return [i for i in post if (langs[i] or self._language(i)) not in ("und", own) and word not in keys[i]]

    def _rare_cognates(self, keys: dict[str, float], claim: Claim) -> frozenset:
        """The claim's cognate keys that few facts of the list write, none a word of the claim's figures (« millions
        d'euros », "million euros"): a fact in the other language that shares one bears on the claim."""
        figure_words = {"x:" + cognate(s) for q in claim.quantities for s in content_stems(q.text)}
        return frozenset(k for k in keys if k[0] == "x" and k not in figure_words and self._rarity(k) >= 1.0)

    def fact_keys(self, fact: Fact) -> set[str]:
        return self.keys[self.position[id(fact)]] if id(fact) in self.position else self.clauses.fact_keys(fact)

    def reading(self, fact: Fact) -> FactReading:
        if id(fact) not in self.position:
            if self.clauses is not None:          # (a clause facet: ``clauseindex``)
                return self.clauses.reading(fact)
            return self._read_elsewhere(fact)
        i = self.position[id(fact)]
        r = self.readings[i]
        if type(r) is bytes:           # loaded from the cache: unpickled when first asked for (``_packed``)
            unpacked = self.__dict__.setdefault("_unpacked", {})
            got = unpacked.get(id(r))
            if got is None:
                got = unpacked[id(r)] = (r, pickle.loads(r))      # (the bytes kept: their id stays theirs)
            r = self.readings[i] = got[1]
        return r

    def _read_elsewhere(self, fact: Fact) -> FactReading:
        """A fact this index does not hold, read by the same reader: a declared fact asked of the clause facets'
        index (the facts beside a facet's, which share its sources), never a ``KeyError``."""
        held = self.__dict__.setdefault("_elsewhere", {})
        kept = held.get(id(fact))
        if kept is None or kept[0] is not fact:
            kept = held[id(fact)] = (fact, read_fact(fact, self.matcher))
        return kept[1]

    def fact_concepts(self, fact: Fact) -> set[str]:
        return self.concepts[self.position[id(fact)]] if id(fact) in self.position else self.clauses.fact_concepts(fact)

    def entity_name(self, entity_id: Optional[str], lang: str = "en") -> str:
        if not entity_id:
            return "?"
        ent = self.catalog.entities.get(entity_id)
        return ent.names[0] if ent and ent.names else entity_id

    def newer_source(self, source_id: str) -> Optional[Source]:
        newer = self.superseded_by.get(source_id)
        return self.sources.get(newer) if newer else None

