"""Whether a capitalised word that opens a sentence is a name ("Melun a recueilli 995 mm", "Canada, by contrast,
…") rather than a word of the language ("Growth", « Quant à »): read by ``figures.proper_names_in``, so that a
place or party no entity and no fact covers leaves a figure unverified instead of compared with a general fact;
and whether a fact names the claim's names (``fact_names_all``), written out or as the initials of a longer name.
"""
from __future__ import annotations

import functools
from typing import Optional

from ..match import FactIndex
from ..model import Claim, Fact
from ..placenames import place_id, place_words, places_in
from ..resources import compiled, data_dir, word_pattern, words
from ..terms import function_words
from ..text import fold
from ..tablestore import stored

_P_TEXT_ACRONYMS = compiled(r"(?<![\w'’-])(?=([A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){1,6}))")
_P_NEVER_LOWER_CASE = compiled(r"[-'’]")
_P_CAPITALS = compiled(r"(?<![\w-])[A-ZÀ-Ý]{2,6}(?![\w-])")
_P_DESCRIBES_NOUN = compiled(r"\s+[a-zà-ÿ]")
_P_LOWER_IN = compiled(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*")
_P_SPELLED_OUT = compiled(r"[\w'’-]+")
_P_READ_LISTED_WORDS = compiled(r"[^\W\d_]+")
_P_NAME_JOINS = compiled(r"[-/‐–]")


def bare_name(word: str) -> str:
    """A capitalised word without its possessive ending ("the EU's" -> "EU", "Germany's" -> "Germany"): the name
    a fact writes is the bare one, and a short acronym stays one ("EU", skipped as a name like "EU")."""
    ending = next((e for e in _possessive() if word.lower().endswith(e) and len(word) > len(e)), None)
    return word[:-len(ending)] if ending else word


@stored
def _possessive() -> tuple[str, ...]:
    return words("claims", "possessive_endings")


def describes_noun(folded: str, text: str, end: int) -> bool:
    """Whether a capitalised word ending at ``end`` of ``text`` is an adjective of nationality before a word in lower
    case ("the Spanish side", "the Portuguese winger"): English capitalises it where French does not (« le club
    espagnol »), and it describes a noun rather than names a place a fact must write ("British Gas" stays a name)."""
    return folded in _nationality() and bool(_P_DESCRIBES_NOUN.match(text[end:]))


@stored
def _nationality() -> frozenset[str]:
    return frozenset(fold(w) for w in words("stopwords", "nationality_adjectives"))


def never_lower_case(word: str, text: str, index: FactIndex) -> bool:
    """Whether ``word`` (capitalised, opening a sentence of ``text``) is a name: neither a word the word lists
    know ("Quant", "Cela", "Even"), nor a participle, a plural, a compound or an elided article ("Compared with",
    « Signé le », "Tenants", « Vingt-cinq », « L'excédent »), and never written in lower case by the source list
    or the claim."""
    f = fold(word)
    if f in _listed_words() or word.lower().endswith(_endings()) or _P_NEVER_LOWER_CASE.search(word):
        return False
    return f not in lowercase_words(index) and f not in _lower_in(text)


@stored
def _endings() -> tuple[str, ...]:
    return words("stopwords", "not_name_endings")


_NAME_TABLES = ("demonyms", "places")   # (the word lists that list places' names and adjectives, not words of the language)


@functools.lru_cache(maxsize=None)
def _listed_words() -> frozenset[str]:
    """Every word of the languages' word lists, folded: words of the language, never names (read once per
    installed version and bundled data, then loaded from the cache)."""
    from ..tablestore import cached_data
    return cached_data("listed-words", _read_listed_words)


def _read_listed_words() -> frozenset[str]:
    out: set[str] = set()
    for path in (data_dir() / "lang").glob("*/*.yaml"):
        if path.stem in _NAME_TABLES:      # (tables of names: "Canada" opening a sentence stays a name)
            continue
        out |= {fold(w) for w in _P_READ_LISTED_WORDS.findall(path.read_text(encoding="utf-8"))}
    return frozenset(out)


def _lower_in(text: str) -> set[str]:
    return {fold(w) for w in _P_LOWER_IN.findall(text)}


def lowercase_words(index: FactIndex) -> frozenset[str]:
    """The words the source list writes in lower case (statements, terms, quotes, titles), folded (kept on the
    index, dropped when it is saved)."""
    memo = index.__dict__.get("_lowercase")
    if memo is None:
        texts = [" ".join([f.statement or "", *f.terms, f.quote or ""]) for f in index.facts]
        texts += [s.title or "" for s in index.sources.values()]
        memo = index.__dict__["_lowercase"] = frozenset(_lower_in(" ".join(texts)))
    return memo


def list_writes(name: str, index: FactIndex) -> bool:
    """Whether the source list writes a name anywhere (statements, terms, quotes, titles), folded: a name after an
    elided article (« l'Île-de-France ») is read as a place the list knows only then (not « l'Hexagone » the list
    calls France)."""
    memo = index.__dict__.get("_listtext")
    if memo is None:
        texts = [" ".join([f.statement or "", *f.terms, f.quote or ""]) for f in index.facts]
        memo = index.__dict__["_listtext"] = fold(" ".join(texts + [s.title or "" for s in index.sources.values()]))
    return fold(name) in memo


def list_writes_place(name: str, index: FactIndex) -> bool:
    """Whether a name is a place of the tables (``placenames``) that the source list writes in any of its ways: « l'Inde »
    when the list writes "India", « l'Allemagne » when it writes "Germany" — a place after an elided article the list
    knows under another name of its own (``figures.proper_names_in``)."""
    place = place_id(name)
    if place is None:
        return False
    memo = index.__dict__.get("_listplaces")
    if memo is None:
        texts = [" ".join([f.statement or "", *f.terms, f.quote or ""]) for f in index.facts]
        memo = index.__dict__["_listplaces"] = frozenset(p for _, _, p in places_in(" ".join(
            texts + [s.title or "" for s in index.sources.values()])))
    return place in memo


def fact_names_all(fact: Fact, source, specifics: list[str], acronyms: Optional[dict[str, set[str]]] = None) -> bool:
    """Whether the fact (its statement, terms, quote or source title) names every proper name of the claim that
    no entity covers — or, for a word of a longer name, the name's initials ("BIT" for "Bureau international du
    travail", given by ``name_acronyms``)."""
    if not specifics:
        return True
    raw = " ".join([fact.statement, *fact.terms, source.title or "", fact.quote or ""])
    hay = fold(raw)
    capitals = _capitals(raw) if acronyms else set()
    written = _place_words(raw)
    return all(sp[:max(4, len(sp) - 2)] in hay or bool((acronyms or {}).get(sp, set()) & capitals)
               or _spelled_out(sp, hay) or fold(sp) in written or _joined_otherwise(sp, hay) for sp in specifics)


def _joined_otherwise(name: str, hay: str) -> bool:
    """Whether a name of parts joined by a hyphen ("Banque-Finance") is written with its parts joined otherwise, by a
    slash or a space ("Banque/Finance", "Banque Finance"): the same name."""
    if "-" not in name:
        return False
    parts = _P_NAME_JOINS.sub(" ", fold(name))
    return parts[:max(4, len(parts) - 2)] in _P_NAME_JOINS.sub(" ", hay)


@functools.lru_cache(maxsize=512)
def _place_words(raw: str) -> frozenset[str]:
    """The words of every way of writing the places a fact writes: "United States" is named by a fact that writes
    "US", « RDC » by one that writes "Democratic Republic of the Congo" (``placenames``); "United Kingdom" is not
    by one that writes "US" ("kingdom" no way of writing the United States has). Kept for the last facts asked
    of: a fact is asked of by claim after claim (~50 times each on the development set's prose)."""
    return frozenset().union(*(place_words(p) for _, _, p in places_in(raw)))


def _spelled_out(name: str, hay: str) -> bool:
    """Whether a short name the claim writes in capitals, a plural's "s" aside ("CVLs"), is the initials of three or
    more consecutive content words of the fact ("creditors' voluntary liquidations")."""
    short = name[:-1] if name.endswith("s") and len(name) > 3 else name
    if not 3 <= len(short) <= 6 or not short.isalpha():
        return False
    fw = function_words()
    content = [w for w in _P_SPELLED_OUT.findall(hay) if w not in fw]
    n = len(short)
    return any("".join(w[0] for w in content[i:i + n]) == short for i in range(len(content) - n + 1))


def _capitals(text: str) -> set[str]:
    return set(_P_CAPITALS.findall(text))


def name_acronyms(claim: Claim) -> dict[str, set[str]]:
    """folded word -> the initials of the names of three words or more it may belong to ("Bureau international du
    travail" -> BIT, "Office for National Statistics" -> ONS): each run from a capitalised word, cut after its
    third, fourth… content word (function words leave no initial)."""
    return text_acronyms(claim.text)


def text_acronyms(text: str) -> dict[str, set[str]]:
    """``name_acronyms`` of any sentence (a claim's, a fact's); a run from every capitalised word, also one inside
    another's run (« la Sécurité sociale et du Fonds de solidarité vieillesse »: FSV)."""
    fw = function_words()
    out: dict[str, set[str]] = {}
    for m in _P_TEXT_ACRONYMS.finditer(text):
        content = [w for w in m.group(1).split() if fold(w) not in fw]
        for n in range(3, len(content) + 1):
            initials = "".join(w[0].upper() for w in content[:n])
            for w in content[:n]:
                out.setdefault(fold(w), set()).add(initials)
    return out


_CODED = compiled(r"[A-ZÀ-Ý]\d{1,2}$")


def coded_name(word: str) -> bool:
    """Whether a word is a name written as a capital and a number (« M6 », "F1"), a name a fact must write like any
    other, not the code of a quarter or a half (``quarter_letters``, ``half_letters``: « T4 », "Q3", "H1")."""
    return bool(_CODED.match(word)) and not _period_code().match(word)


@stored
def _period_code():
    """The code of a quarter or a half of a year, a letter and its number (``numbers.yaml``)."""
    return word_pattern("numbers", r"(?:{quarter_letters}|{half_letters})[1-4]$")
