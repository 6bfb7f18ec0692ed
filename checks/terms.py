"""Retrieval terms: a light bilingual stemmer, verb forms for the concept lexicon, and concept lookup.

``stem`` folds case, accents and apostrophes, drops elided articles (l', d', qu') and plural endings,
so that "livraisons" and "livraison", "deliveries" and "delivery" meet. ``concepts_in`` maps the words
and phrases of a text to the concept ids of ``data/concepts.yaml`` (compensation <-> contrepartie).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from .resources import LANGS, compiled, lexicon, shared_data, word_pattern, word_table
from .resources import words as words_of
from .text import fold, fold_same_length, words
from .acronyms import as_acronyms
from .tablestore import stored

@dataclass(frozen=True)
class _Morphology:
    """The stemmer's endings, from ``data/lang/<code>/claims.yaml`` (every language)."""
    elision: re.Pattern                 # an elided word at the start (« l'aide »)
    possessive: tuple[str, ...]         # "'s"
    rewrites: tuple[tuple[str, str], ...]   # plural ending -> singular ending ("ies" -> "y")
    plural: tuple[str, ...]             # plural endings dropped
    not_plural: tuple[str, ...]         # endings that are no plural ("ss")
    final: tuple[str, ...]              # final letters dropped on long words


@stored
def _morphology() -> _Morphology:
    return _Morphology(word_pattern("claims", r"^(?:{elided_words})'"), words_of("claims", "possessive_endings"),
                       tuple(word_table("claims", "stem_plural_rewrites").items()), words_of("claims", "stem_plural_endings"),
                       words_of("claims", "stem_plural_exceptions"), words_of("claims", "stem_final_drops"))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    m = _morphology()
    w = fold(word)
    w = m.elision.sub("", w)
    possessive = next((e for e in m.possessive if w.endswith(e)), None)
    if possessive:
        w = w[:-len(possessive)]
    if len(w) > 4:
        rewrite = next(((e, r) for e, r in m.rewrites if w.endswith(e)), None)
        if rewrite:
            w = w[:-len(rewrite[0])] + rewrite[1]
        elif w.endswith(m.plural) and not w.endswith(m.not_plural):
            w = w[:-1]
    if len(w) > 5 and w.endswith(m.final):
        w = w[:-1]
    return w


@stored
def _cognate_endings() -> tuple[tuple[str, str], ...]:
    """``cognate_endings`` of every language, the longest ending first."""
    return tuple(sorted(word_table("claims", "cognate_endings").items(), key=lambda kv: -len(kv[0])))


@functools.lru_cache(maxsize=65536)
def cognate(stem_: str) -> str:
    """The form a stem shares with its cognate in the other language, for the matcher's word keys: one ending of
    ``cognate_endings`` rewritten on a stem of six letters or more, the longest that fits (« oncologie » and
    "oncology" both "oncologi", « activité » and "activity" both "activit", « économique » and "economic" both
    "economic", « secteur » and "sector" both "secteur"); any other stem is its own."""
    if len(stem_) < 6:
        return stem_
    for ending, shared in _cognate_endings():
        if stem_.endswith(ending):
            return stem_[:-len(ending)] + shared
    return stem_


@functools.lru_cache(maxsize=4096)
def stems_of(text: str) -> tuple[str, ...]:
    """The stem of each word of ``text`` (``words``), in order; kept per text: the entity matcher and the concept
    lookup read the same clause."""
    return tuple(map(stem, [w for w, _, _ in words(text)]))


@stored
def function_words() -> frozenset[str]:
    out: set[str] = set()
    for lang in LANGS:
        out.update(fold(w) for w in lexicon(lang, "claims").get("function_words", []))
    return frozenset(out)


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``, in order (function words and digits left out)."""
    return list(_content_stems(text))


def a_form_in_common(own: set[str], theirs: set[str]) -> bool:
    """Whether two sets of stems share a word, or its longer or shorter form ("arrived", "arriving": five letters
    or more in common from the start)."""
    return bool(own & theirs) or any(forms_of_one_word(a, b) for a in own for b in theirs)


def forms_of_one_word(a: str, b: str, slack: Optional[int] = None) -> bool:
    """Whether two stems are forms of one word: the same, or five letters or more in common from the start (with
    ``slack``, of lengths at most that far apart: « qualifié » and « qualifiés » may stem apart, "paris" is no
    "paris-charles-de-gaulle")."""
    return a == b or len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5] and (slack is None or abs(len(a) - len(b)) <= slack)


@functools.lru_cache(maxsize=16384)
def _content_stems(text: str) -> tuple[str, ...]:
    out = []
    for w, _, _ in words(as_acronyms(text)):     # (a measure spelled out read as its acronym: ``acronyms``)
        s = _content_stem(w)
        if s is not None:
            out.append(s)
    return tuple(out)


content_stem_tuple = _content_stems      # the cached tuple itself, for readers that only read it


@functools.lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """The stem of a word, None for a function word, a number or a single letter (per word, as ``stem``: a
    text's words recur, its sentences seldom)."""
    f = _morphology().elision.sub("", fold(word))
    if f in function_words() or f.isdigit() or len(f) < 2:
        return None
    return stem(f)


# --- verb forms ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerbForm:
    """A form of a listed verb: its lemma, language and form class."""
    lemma: str
    lang: str
    form: str          # finite | participle | infinitive | gerund | conditional


@stored
def _regular_endings(lang: str = "") -> tuple[str, ...]:
    """The infinitive endings of regular verbs (``regular_verb_endings``) of ``lang``, or of every language."""
    table = (lexicon(lang, "claims").get("regular_verb_endings") or {}) if lang else word_table("claims", "regular_verb_endings")
    return tuple(table)


def _french_regular(inf: str) -> dict[str, list[str]]:
    for ending, forms in word_table("claims", "regular_verb_endings").items():
        if inf.endswith(ending):
            s = inf[:-len(ending)]
            return {form: [s + e for e in endings] for form, endings in forms.items()}
    return {"infinitive": [inf]}


def _english_regular(base: str) -> dict[str, list[str]]:
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        third, past = base[:-1] + "ies", base[:-1] + "ied"
    elif base.endswith("e"):
        third, past = base + "s", base + "d"
    elif base.endswith(words_of("claims", "sibilant_endings")):
        third, past = base + "es", base + "ed"
    else:
        third, past = base + "s", base + "ed"
    ing = (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"
    if _DOUBLED_FINAL.match(base):       # one syllable ending in one vowel and one consonant: drop -> dropped
        doubled = base + base[-1]
        return {"finite": [base, third, doubled + "ed", past], "participle": [doubled + "ed", past],
                "gerund": [doubled + "ing", ing], "infinitive": [base]}
    return {"finite": [base, third, past], "participle": [past], "gerund": [ing], "infinitive": [base]}


# a word of one syllable that ends in a single vowel and a single consonant (not w, x, y): its final consonant
# doubles before -ed and -ing ("drop", "slip", "dip"; not "gain", "jump", "slow")
_DOUBLED_FINAL = compiled(r"^[^aeiouy\W\d_]+[aeiou][b-df-hj-np-tvz]$")


@functools.lru_cache(maxsize=None)
def verb_table() -> dict[str, tuple[str, VerbForm]]:
    """folded word form -> (concept id, VerbForm) for every verb of a concept with a direction (built once,
    then cached on disk like the concept index)."""
    from .tablestore import cached_data
    return cached_data("verbs", _build_verb_table)


@functools.lru_cache(maxsize=None)
def verb_languages() -> dict[str, frozenset[str]]:
    """folded word form -> the languages it is a form of a directional verb in ("pays" is English only: in a French
    clause it is the noun « pays », no verb), built and cached like ``verb_table``."""
    from .tablestore import cached_data
    return cached_data("verb_languages", _build_verb_languages)


def _build_verb_languages() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for key, _, form in _verb_forms():
        out.setdefault(key, set()).add(form.lang)
    return {k: frozenset(v) for k, v in out.items()}


def _build_verb_table() -> dict[str, tuple[str, VerbForm]]:
    table: dict[str, tuple[str, VerbForm]] = {}
    for key, cid, form in _verb_forms():
        old = table.get(key)
        if old and old[1].lang == form.lang and {old[1].form, form.form} == {"finite", "participle"}:
            table[key] = (old[0], VerbForm(old[1].lemma, form.lang, "past"))   # paid: finite or participle
        else:
            table.setdefault(key, (cid, form))
    return table


# complexity: nested loops over concepts, their words, the two languages and the forms of each; the irregular/regular
# choice is one step of the innermost loop
def _verb_forms():
    """(folded form, concept id, VerbForm) for every form of every verb of a concept with a direction, in each
    language it is a verb of."""
    concepts = shared_data("concepts").get("concepts", {})
    irregular = {lang: lexicon(lang, "claims").get("verb_forms", {}) for lang in LANGS}
    for cid, spec in concepts.items():
        if not spec.get("direction"):
            continue
        for word in spec.get("words", []):
            if " " in word:
                continue
            w = fold(word)
            for lang in LANGS:
                forms = None
                if w in {fold(k) for k in irregular[lang]}:
                    key = next(k for k in irregular[lang] if fold(k) == w)
                    forms = {"infinitive": [key], **irregular[lang][key]}
                    if lang == "en":
                        forms.setdefault("finite", []).append(key)
                        forms.setdefault("gerund", []).append(_english_regular(key)["gerund"][0])
                elif w.endswith(_regular_endings(lang)) and len(w) > 4 and not word[0].isupper() \
                        and not any(w in {fold(k) for k in irregular[o]} for o in LANGS if o != lang):
                    # (an English verb the list spells out, "deliver", "cover", is no French -er verb)
                    forms = _french_regular(w)
                if not forms:
                    continue
                for form_class, items in forms.items():
                    for item in items:
                        yield fold(item), cid, VerbForm(w, lang, form_class)


# --- concepts -----------------------------------------------------------------------------------

@stored
def predicate_concepts() -> frozenset[str]:
    """The concepts that say what a party does to a decision ("propose", "decide"; ``role: predicate`` in
    ``data/concepts.yaml``): which party does which is a slot the judge compares."""
    return frozenset(cid for cid, spec in shared_data("concepts").get("concepts", {}).items()
                     if spec.get("role") == "predicate")


@functools.lru_cache(maxsize=None)
def concept_index() -> tuple[dict[tuple[str, ...], set[str]], int]:
    """stemmed word tuple -> concept ids, and the longest phrase length (built once, then cached on disk and
    kept for the process: loading it is the cost, not looking words up)."""
    from .tablestore import cached_data
    return cached_data("concepts", _build_concept_index)


@functools.lru_cache(maxsize=None)
def _concept_lengths() -> dict[str, tuple[int, ...]]:
    """first stem of a concept phrase -> the lengths of the phrases that begin with it, longest first (built once
    per installed version and bundled data, then loaded from the cache: building it is a start-up cost)."""
    from .tablestore import cached_data
    return cached_data("concept-lengths", _build_concept_lengths)


def _build_concept_lengths() -> dict[str, tuple[int, ...]]:
    by_first: dict[str, set[int]] = {}
    for key in concept_index()[0]:
        by_first.setdefault(key[0], set()).add(len(key))
    return _shared({k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()})


def _build_concept_index() -> tuple[dict[tuple[str, ...], set[str]], int]:
    index: dict[tuple[str, ...], set[str]] = {}
    longest = 1
    concepts = {cid: spec for cid, spec in shared_data("concepts").get("concepts", {}).items()
                if not spec.get("roles_only")}            # (verbs read for their roles only: no topic)
    for cid, spec in concepts.items():
        for phrase in spec.get("words", []):
            key = tuple(stem(w) for w, _, _ in words(phrase))
            if key:
                index.setdefault(key, set()).add(cid)
                longest = max(longest, len(key))
    for form, (cid, _) in verb_table().items():
        if cid in concepts:
            index.setdefault((stem(form),), set()).add(cid)
    for cid, spec in concepts.items():
        for word in spec.get("words", []):
            for form in _inflections(word):
                index.setdefault((stem(form),), set()).add(cid)
    return _shared(index), longest


def _shared(table: dict) -> dict:
    """``table`` with equal values one object (never changed): 300 sets for 11,000 phrases, each loaded once (issue 12)."""
    one: dict = {}
    return {k: one.setdefault(frozenset(v) if isinstance(v, set) else v, v) for k, v in table.items()}


def _inflections(word: str) -> list[str]:
    """Regular verb forms of a one-word lexicon entry ("augmenter" -> augmentera, augmenté...;
    "decline" -> declined, declines), so that any tense of a concept's verb finds the concept."""
    if " " in word or not word.isalpha() or word[:1].isupper() or len(word) < 4:
        return []
    forms: list[str] = []
    if word.endswith(_regular_endings()) and not word.isascii() or word.endswith(_regular_endings()) and len(word) > 5:
        for items in _french_regular(word).values():
            forms.extend(items)
    if word.isascii():
        for items in _english_regular(word).values():
            forms.extend(items)
    return forms


def concepts_in(text: str) -> list[str]:
    """``outer_concepts_in`` as a list."""
    return list(outer_concepts_in(text))


@functools.lru_cache(maxsize=16384)
def outer_concepts_in(text: str) -> tuple[str, ...]:
    """Concept ids named in ``text`` (words and phrases), in first-seen order, less the concepts of words inside a
    longer phrase of an idiom (a concept marked ``idiom`` in ``data/concepts.yaml``): « un rachat d'actions » and "a
    share buyback" name no takeover, "give up" and "step down" (a resignation) no rise or fall through their particle."""
    index, _ = concept_index()
    lengths, idioms, silent = _concept_lengths(), _idioms(), _silent()
    toks = stems_of(text)
    hits = [(i, i + n, index[tuple(toks[i:i + n])]) for i in range(len(toks)) if toks[i] in lengths
            for n in lengths[toks[i]] if n <= len(toks) - i and tuple(toks[i:i + n]) in index]
    spans = [(a, b) for a, b, cs in hits if b - a > 1 and cs & idioms]
    return tuple(dict.fromkeys(c for a, b, cs in hits if not any(x <= a and b <= y and y - x > b - a for x, y in spans)
                               for c in sorted(cs) if c not in silent))


@stored
def _silent() -> frozenset[str]:
    """The idioms that name no concept of their own (``silent`` in ``data/concepts.yaml``): they only keep the words
    inside them from naming one, « par rapport à » no report, "compared with" nothing at all."""
    return frozenset(cid for cid, spec in shared_data("concepts").get("concepts", {}).items() if spec.get("silent"))


@stored
def _idioms() -> frozenset[str]:
    """The concepts whose phrases are idioms: a word inside one ("up" of "give up") names nothing of its own."""
    return frozenset(cid for cid, spec in shared_data("concepts").get("concepts", {}).items() if spec.get("idiom"))


def phrase_key(phrase: str) -> str:
    """Key of a fact term or claim n-gram: content stems joined by spaces."""
    return " ".join(content_stems(phrase))


def ngram_keys(text: str, longest: int = 4) -> dict[str, None]:
    """The content-stem n-grams of ``text`` (up to ``longest`` words), in the order the text gives them: an ordered
    set, so that whatever iterates over them (the retrieval budget) does not depend on the hash seed."""
    toks = _content_stems(text)
    out: dict[str, None] = {}
    count = len(toks)
    for i in range(count):
        key = toks[i]
        out[key] = None
        for j in range(i + 1, min(i + longest, count)):     # the n-grams from i, each one word longer
            key = key + " " + toks[j]
            out[key] = None
    return out


# how many words may stand between a word that denies what follows it and the change it denies ("without any rise")
DENIED_REACH = 2


def denied_concept_at(text: str, concepts: frozenset[str]) -> tuple[int, int] | None:
    """Where a text denies one of ``concepts`` with a word that denies only what follows it (« sans la moindre
    progression », "without any increase": ``scoped_denial_words`` of ``claims.yaml``), the span from that word to
    the end of the concept's words; None when it denies none."""
    for m in _scoped_denial().finditer(fold_same_length(text)):
        after = list(words(text[m.end():]))[:DENIED_REACH + 1]
        for n in range(1, len(after) + 1):
            if set(concepts_in(" ".join(w for w, _, _ in after[:n]))) & concepts:
                return m.start(), m.end() + after[n - 1][2]
            if fold(after[n - 1][0]) not in function_words() | _intensifiers():
                break                     # « sans plomb ont augmenté »: the change is not what it denies
    return None


@stored
def _intensifiers() -> frozenset[str]:
    return frozenset(fold(w) for w in words_of("claims", "denial_intensifiers"))


@stored
def _scoped_denial() -> re.Pattern:
    return word_pattern("claims", r"(?<!\w)(?:{scoped_denial_words})(?!\w)")
