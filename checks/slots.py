"""Stage 3c, read what a statement asserts besides its figures: a rank, an order between two things, a day or
month without a year. The same reader serves claims and facts, so the judge can say where they disagree:

- ``rank_of("the UK had its second warmest June")`` → 2; ``rank_of("the warmest June on record")`` → 1;
- ``orders.order_of("wind has overtaken gas")`` → ("wind", "gas"): the first comes before the second;
- ``month_days("le pic a été atteint fin janvier 2025")`` → {(1, None)}.
Word lists live in ``data/lang/<code>/slots.yaml``; month names in ``numbers.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .numbers import month_names
from .recordnever import never_compared, never_done, never_spans
from .resources import compiled, lexicon, word_pattern, word_table, words
from .tablestore import stored
from .terms import LANGS, concepts_in, content_stems
from .text import fold, fold_same_length, literal_trie

ELIDED = ("'", "\u2019")        # an elided word ends with an apostrophe


@functools.lru_cache(maxsize=None)
def _table() -> dict:
    """The word lists of every language at once: a fact in English may check a French claim (built once per
    installed version and bundled data, then loaded from the cache with its patterns compiled)."""
    from .tablestore import cached_data
    return cached_data("slots", _build_table)


def slot_patterns() -> dict:
    """The compiled word lists of ``slots.yaml`` (every language), for the modules that read records with them."""
    return _table()


def _build_table() -> dict:
    raws = [lexicon(lang, "slots") for lang in LANGS]
    def items(key):
        return [x for raw in raws for x in (raw.get(key) or [])]
    def alternation(forms) -> Optional[re.Pattern]:
        return re.compile(r"(?<!\w)(?:" + _alternatives(forms) + r")(?!\w)") if forms else None
    breaks = sorted({str(b) for b in items("clause_breaks")} or {","}, key=len, reverse=True)
    months = {k: v for lang in LANGS for k, v in month_names(lang).items()
              if len(k) >= 3 and k not in {fold(str(x)) for x in items("not_months")}}
    return {
        "month_rx": re.compile(r"(?<!\w)(?:" + literal_trie(months) + r")(?!\w)"),
        "superlative": alternation(items("superlatives")),
        "position": _pair_pattern(items("ordinals") + items("first_ordinals"), items("rank_nouns")),
        "than_all": _pair_pattern(items("rank_comparatives"), items("rank_against_all"), gap="4"),
        "ordinals": {fold(str(k)): int(v) for raw in raws for k, v in (raw.get("ordinals") or {}).items()},
        "bound_after": alternation(items("not_superlative_before_figure")),
        "comparative_after": alternation(items("comparative_after")),
        "names_figure": {fold(str(x)) for x in items("superlatives_naming_a_figure")},
        "beat": alternation(items("beaten_by_verbs")),
        "all_time": alternation(items("record_all_time")),
        "bounded": alternation(items("record_bounded")),
        "first_since": alternation(items("record_first_since")),
        "record": alternation(items("record_words")),
        "ahead": alternation(items("ahead")),
        "behind": alternation(items("behind")),
        # (not a time compared with: "higher than a year before", « plus qu'un an plus tôt »)
        "amount_spans": re.compile(r"(?:" + _alternatives(items("order_bounded_spans")) + r")(?!\w)(?!\s+(?:"
                                   + _alternatives(items("order_compared_times")) + r")(?!\w))")
        if items("order_bounded_spans") and items("order_compared_times") else None,
        "openers": alternation(items("month_openers")),
        "skip": {w for x in items("order_skip") for w in content_stems(str(x))},
        "months": months,
        "breaks": re.compile("|".join(r"(?<!\w)" + re.escape(b) + r"(?!\w)" if b[0].isalpha()
                                      else re.escape(b) + r"(?!\d)" for b in breaks)),
        "day_before": word_pattern("slots", r"(?<!\w)(\d{1,2})(?:{day_suffixes_before_month})?\s+$"),
        "day_after": word_pattern("slots", r"\s+(\d{1,2})(?!\d)(?:{day_suffixes_after_month})?(?!\s*(?:%|\d))"),
    }


@functools.lru_cache(maxsize=8192)
def rank_of(text: str) -> Optional[int]:
    """The rank a text gives something: the ordinal just before its superlative ("fourth-highest", "deuxième
    plus chaude"), else 1; None when it ranks nothing."""
    t = _table()
    if t["superlative"] is None:
        return None
    folded = fold(text)
    m = _superlative(folded)
    if not m:
        return None
    first = re.match(r"[\w]+", m.group(0))          # a position: its own ordinal ("septieme place")
    if first and first.group(0) in t["ordinals"] and m.group(0) != first.group(0):
        return t["ordinals"][first.group(0)]
    # (within its clause: "in the second quarter, its biggest rise" ranks it first)
    near = re.split(r"[,;:.()]", folded[max(0, m.start() - 40):m.start()])[-1]
    before = re.findall(r"[\w]+", near)[-5:]
    for w in reversed(before):
        if w in t["ordinals"]:
            return t["ordinals"][w]
    return 1


def _alternatives(forms) -> str:
    """Words or phrases as the body of a regular-expression alternation: folded, escaped, longest first."""
    return literal_trie({fold(str(x)) for x in forms})


def _pair_pattern(firsts, seconds, gap: str = "") -> Optional[re.Pattern]:
    """A word of ``firsts``, then (after up to ``gap`` words) one of ``seconds``: "first place", « au troisième
    rang »; "more officers than any other force" (``rank_comparatives``, the thing ranked, ``rank_against_all``)."""
    if not firsts or not seconds:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternatives(firsts)})\s+" + (rf"(?:[\w'\u2019-]+\s+){{0,{gap}}}?" if gap else "")
                      + rf"(?:{_alternatives(seconds)})(?!\w)")


def _superlative(folded: str) -> Optional[re.Match]:
    """The first superlative of a folded text that ranks something (not "les moins de 65 ans": a figure follows);
    else a position ("la première place"), else a comparative against all ("more … than any other force")."""
    t = _table()
    found = _first_superlative(folded) or never_done(folded, t["breaks"]) or never_compared(folded)   # (« jamais atteint »)
    for key in ("position", "than_all"):
        if found is None and t[key] is not None:
            found = t[key].search(folded)
    return found


def _first_superlative(folded: str) -> Optional[re.Match]:
    t = _table()
    for m in t["superlative"].finditer(folded):
        after = folded[m.end():m.end() + 16]
        b = t["bound_after"].match(after.lstrip()) if t["bound_after"] else None
        if b and re.match(r"\s*\d", after.lstrip()[b.end():]) and m.group(0) not in t["names_figure"]:
            continue
        if t["comparative_after"] is not None and after[:1].isspace() and t["comparative_after"].match(after.lstrip()):
            continue                      # « plus bas que celui de décembre »: a comparison, no rank
        return m
    return None


def ranks_among_others(text: str) -> bool:
    """Whether a text ranks by a comparative against all the others ("more officers than any other force")."""
    m, t = _superlative(fold(text)), _table()
    return m is not None and t["than_all"] is not None and m.re is t["than_all"]


def outranked_at(text: str, pos: int) -> bool:
    """Whether the thing at ``pos`` of ``text`` is what something else beat ("The 22 July record beat the
    17.09 °C set a day earlier": 17.09 °C is outranked), by the ``beaten_by_verbs`` of ``slots.yaml``; a figure the
    verb takes directly (« a dépassé 2,7 millions », "topped 41 GW") is a threshold crossed, not a record beaten."""
    t = _table()
    return t["beat"] is not None and any(pos >= m.end() and text[m.end():pos].strip() for m in t["beat"].finditer(fold_same_length(text)))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a text, as (start, end) offsets, split at the clause breaks of ``slots.yaml``."""
    out, start = [], 0
    for m in _table()["breaks"].finditer(fold_same_length(text)):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def starts_a_span(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is where a stretch of time begins ("the most since recording began in 2002",
    « son plus haut niveau depuis que l'Insee le mesure (1975) »), not the period a figure is for: its clause
    says "since" (``record_bounded``/``record_all_time`` of ``slots.yaml``) before it."""
    t = _table()
    head = fold_same_length(text[:pos])
    breaks = list(t["breaks"].finditer(head))
    clause = head[breaks[-1].end():] if breaks else head
    return any(t[key] is not None and t[key].search(clause) for key in ("bounded", "all_time"))


@functools.lru_cache(maxsize=16384)
def rank_span(text: str) -> Optional[tuple[int, int]]:
    """Where a text ranks something: from its superlative to the end of that clause ("the lowest number since
    records began"), as offsets into ``text``; None when it ranks nothing."""
    t = _table()
    if t["superlative"] is None:
        return None
    folded = fold_same_length(text)
    m = _superlative(folded)
    if not m:
        return None
    end = t["breaks"].search(folded, m.end())
    stop = end.start() if end else len(text)
    return m.start(), len(text[:stop].rstrip(" .;:!?"))


def rank_spans(text: str) -> list[tuple[int, int]]:
    """Every place a text ranks something (« le plus élevé … et le plus faible … », "from ninth to fourth place
    among the largest ports"): each superlative or position to the end of its clause."""
    t, folded = _table(), fold_same_length(text)
    found = [m for key in ("superlative", "position") if t[key] is not None for m in t[key].finditer(folded)]
    out = []
    for m in found + never_spans(folded, t["breaks"]):     # (« jamais atteint » alone: not within another's span)
        end = t["breaks"].search(folded, m.end())
        stop = end.start() if end else len(text)
        if m in found or not any(a <= m.start() < b for a, b in out):
            out.append((m.start(), len(text[:stop].rstrip(" .;:!?"))))
    return out


def last_clause(text: str) -> str:
    """The last clause of ``text`` (after its last clause break)."""
    parts = [p for p in _table()["breaks"].split(text) if p.strip()]
    return parts[-1] if parts else text


@functools.lru_cache(maxsize=8192)
def month_days(text: str) -> frozenset[tuple[int, Optional[int]]]:
    """The (month, day) pairs a text names, with or without a year: "le 4 novembre", "on 1 August", "fin
    décembre", "in May"; a month name alone counts only right after an opener ("in", "fin"), so "may" the modal
    does not, nor a month that names a noun after a determiner ("in its May update", « dans sa mise à jour de mai »)."""
    t = _table()
    folded = fold(text)
    out = set()
    for m in t["month_rx"].finditer(folded):
        month = t["months"][m.group(0)]
        day = t["day_before"].search(folded[max(0, m.start() - 6):m.start()])
        after = t["day_after"].match(folded[m.end():m.end() + 8])
        before = folded[max(0, m.start() - 14):m.start()].rstrip(" -") + " "      # ("in mid-May": its opener)
        opener = t["openers"] and any(o.end() == len(before) - 1 for o in t["openers"].finditer(before))
        if day:
            out.add((month, int(day.group(1))))
        elif after and 1 <= int(after.group(1)) <= 31:
            out.add((month, int(after.group(1))))
        elif opener:
            out.add((month, None))
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def clauses(text: str) -> tuple[str, ...]:
    """A statement cut at its clause breaks (commas, "while", "tandis que" …)."""
    return tuple(text[a:b].strip() for a, b in clause_spans(text)) or (text,)


def closest_clause(text: str, to: str, years: bool = False, having=None) -> str:
    """The clause of ``text`` that best matches ``to``: the most content words in common (months left out,
    and years unless ``years``, since they may be what is compared), plus one for each capitalised name they share,
    less two for each capitalised name the other lacks. With ``having``, only the clauses for which it is true count (if any)."""
    months = set(_table()["months"])
    def year_set(s: str) -> set:
        return set(re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", s)) if years else set()
    want = {w for w in content_stems(to) if w not in months} | year_set(to)
    names = {fold(w) for w in re.findall(r"\b[A-ZÀ-Ý][\w-]+", to)}
    def score(clause: str) -> float:
        own = {w for w in content_stems(clause) if w not in months} | year_set(clause)
        foreign = [w for w in re.findall(r"\b[A-ZÀ-Ý][\w-]+", clause) if content_stems(w)
                   and fold(w) not in names and fold(w) not in months]
        shared = [w for w in re.findall(r"\b[A-ZÀ-Ý][\w-]+", clause) if content_stems(w) and fold(w) in names
                  and fold(w) not in months]
        return len(own & want) + len(shared) - 2 * len(foreign)
    pool = [c for c in clauses(text) if having(c)] if having else []
    return max(pool or clauses(text), key=score)


@stored
def _comparison_lexicon() -> tuple[re.Pattern, Optional[re.Pattern]]:
    """A comparative word, then (within six words) the word that introduces the other side — groups ``more`` or
    ``less``, and ``than`` (where the other side begins) —, and the phrases that make it a contrast or a
    superlative instead (``comparatives``, ``comparison_than``, ``comparison_exclusions`` of ``claims.yaml``)."""
    raws = [lexicon(lang, "claims") for lang in LANGS]
    more = [w for raw in raws for w in (raw.get("comparatives") or {}).get("more", [])]
    less = [w for raw in raws for w in (raw.get("comparatives") or {}).get("less", [])]
    than = {fold(w) for raw in raws for w in raw.get("comparison_than") or []}
    exclusions = [w for raw in raws for w in raw.get("comparison_exclusions") or []]
    pattern = compiled(rf"(?<!\w)(?:(?P<more>{_alternatives(more)})|(?P<less>{_alternatives(less)}))(?!\w)"
                       rf"(?:\W+\w+){{0,6}}?\W+(?P<than>(?:{_alternatives(than)})(?!\w)|"
                       rf"{_alternatives(w for w in than if w.endswith(ELIDED))})")
    excluded = compiled(rf"(?<!\w)(?:{_alternatives(exclusions)})(?!\w)") if exclusions else None
    return pattern, excluded


def _not_a_comparison(folded: str, m: re.Match) -> bool:
    """A contrast or a superlative, not a comparison: "rather than", "more than twice", « le plus vaste … que »."""
    way = "more" if m.group("more") else "less"
    excluded = _comparison_lexicon()[1]
    return excluded is not None and bool(excluded.search(folded[max(0, m.start(way) - 4):m.end("than")]))


@stored
def _comparison_to() -> Optional[re.Pattern]:
    """A comparative whose other side opens with its own word (« inférieur à », ``comparatives_to`` and
    ``comparison_to`` of ``claims.yaml``), or None when no language has one."""
    raws = [lexicon(lang, "claims") for lang in LANGS]
    more = [w for raw in raws for w in (raw.get("comparatives_to") or {}).get("more", [])]
    less = [w for raw in raws for w in (raw.get("comparatives_to") or {}).get("less", [])]
    to = {fold(w) for raw in raws for w in raw.get("comparison_to") or []}
    if not (more or less) or not to:
        return None
    return compiled(rf"(?<!\w)(?:(?P<more>{_alternatives(more)})|(?P<less>{_alternatives(less)}))\s+"
                    rf"(?P<than>{_alternatives(to)})(?!\w)")


def comparison_sides(text: str) -> Optional[tuple[str, str, str, str]]:
    """("more" or "less", the words before the comparative, what is compared (the words between the comparative
    and "than": "lives" in "more lives than"), the words after "than"), or None."""
    folded = fold_same_length(text)
    pattern = _comparison_lexicon()[0]
    m = pattern.search(folded)
    while m is not None and _not_a_comparison(folded, m):
        m = pattern.search(folded, m.end("more") if m.group("more") else m.end("less"))
    to = _comparison_to()
    other = to.search(folded) if to is not None else None
    if other is not None and (m is None or other.start() < m.start()):
        m = other
    if m is None:
        return None
    way = "more" if m.group("more") else "less"
    return way, text[:m.start()], text[m.end(way):m.start("than")], text[m.end("than"):]


@functools.lru_cache(maxsize=16384)     # (per text: the judge reads a claim's comparison for its parts and figures)
def figure_comparison(text: str) -> Optional[tuple[str, int, int, str]]:
    """A figure compared with something named, not counted: "£168 million, more than the HEFC grant", « 3
    milliards, plus élevé que le budget de l'État » → ("more" or "less", start and end of the comparison in
    ``text``, the words of the other side). None when the words after "than" open a figure ("more than 5,000",
    "more than twice") or no comparison is written; « ne … plus que » is a restriction, not a comparison."""
    folded = fold_same_length(text)
    pattern, excluded = _comparison_lexicon()
    for m in pattern.finditer(folded):
        way = "more" if m.group("more") else "less"
        span = folded[max(0, m.start(way) - 4):m.end("than")]
        hit = excluded.search(span) if excluded is not None else None
        if hit and fold(hit.group(0)).split()[0] not in _COMPARATIVE_WORDS():
            continue                          # "rather than", « le plus … que »: a contrast or a superlative
        if len(folded[m.end(way):m.start("than")].split()) > 2 or _negated_before().search(folded[max(0, m.start() - 30):m.start()]):
            continue
        rest = text[m.end("than"):]
        other = re.split(r"[,;:.()\u2014\u2013]| - ", rest, maxsplit=1)[0]
        if not other.strip() or re.search(r"\d", other) or not content_stems(other) or _has_figure_word(other):
            continue
        return way, m.start(), m.end("than") + len(other.rstrip()), other.strip()
    return None


@stored
def _negated_before() -> re.Pattern:
    """« ne » or « n' » up to three words before: « n'est plus que » restricts, it does not compare."""
    return word_pattern("claims", r"(?<!\w)(?:{negation_particles})\s*(?:\S+\s+){0,3}$")


@stored
def _COMPARATIVE_WORDS() -> frozenset[str]:
    raws = [lexicon(lang, "claims") for lang in LANGS]
    return frozenset(fold(w) for raw in raws for ws in (raw.get("comparatives") or {}).values() for w in ws)


def _has_figure_word(words_after: str) -> bool:
    """"twice", "half", "a third", "a decade", « la moitié », « pendant huit mois »: the comparison is a bound on a
    figure or has one of its own (number, fraction and multiplier words of ``numbers.yaml`` and ``measures.yaml``)."""
    ws = [fold(w).strip("'\u2019") for w in words_after.split()]
    return bool(ws) and ws[0] in _one_words() or any(w in _figure_words() for w in ws)


@stored
def _one_words() -> frozenset[str]:
    """"more than a decade", « plus qu'un an »: a span counted by its article."""
    return frozenset(fold(w) for w in words("numbers", "articles_as_one"))


@stored
def _figure_words() -> frozenset[str]:
    found = [*word_table("numbers", "number_words"), *word_table("numbers", "fractions"), *words("numbers", "lone_fractions"),
             *words("measures", "multiplier_words")]
    return frozenset(fold(str(w)) for w in found) - {fold(w) for w in words("numbers", "articles_as_one")}
