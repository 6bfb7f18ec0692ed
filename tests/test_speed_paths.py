"""The short cuts of the forty-first session's speed work (issue 12) read exactly what the plain reading reads: a word
no phrase opens with skipped (``measurephrases.phrase_spans``, ``factread.measure_noun_words``), a table or a word's
test kept per process (``figurewords._object_between_pattern``, ``actors._is_name_word``), a fact's places kept per
fact with the index (``findings.per_fact``, ``place.placed_figures``)."""
from __future__ import annotations

import pytest

from factcheck.checks import figurewords
from factcheck.checks.factread import _qualifier_table, measure_noun_words
from factcheck.checks.judge import actors
from factcheck.checks.judge.place import fact_places, placed_figures
from factcheck.checks.measurephrases import _heads, phrase_spans, phrase_table
from factcheck.checks.acronyms import as_acronyms
from factcheck.checks.terms import function_words
from factcheck.checks.text import fold, unelided, words

from test_slots import checker_for

TEXTS = [
    "Like-for-like sales rose 4.1 % at constant currency, and adjusted operating profit reached £590m.",
    "À périmètre et taux de change constants, le chiffre d'affaires progresse de 3,2 % ; le résultat net part du groupe recule.",
    "L'excédent brut d'exploitation atteint 1,2 milliard d'euros, hors éléments non récurrents.",
    "The trade deficit narrowed to $61bn in March while housing starts fell 2 %.",
    "Les mises en chantier ont reculé de 7 % et les recettes fiscales ont augmenté.",
    "",
    "constant",
]


def _plain_spans(table, text):
    """``phrase_spans`` as it read before the short cut: every word tried at every length, the longest first."""
    toks, found, i = [fold(w) for w, _, _ in words(text)], [], 0
    longest = max((len(k) for k in table), default=0)
    while i < len(toks):
        n, key = next(((n, k) for n in range(longest, 0, -1) for k in _heads(toks, i, n) if k in table), (0, ()))
        if n:
            found.append((table[key], i, n))
        i += max(n, 1)
    return found


@pytest.mark.parametrize("key", ["measure_bases", "measure_scopes", "measure_subsets", "measure_contrasts"])
def test_phrase_spans_reads_what_every_word_at_every_length_reads(key):
    table = phrase_table(key)
    assert [phrase_spans(table, t) for t in TEXTS] == [_plain_spans(table, t) for t in TEXTS]
    assert any(phrase_spans(phrase_table("measure_bases"), t) for t in TEXTS)


def test_measure_noun_words_reads_what_every_word_at_every_length_reads():
    table = _qualifier_table("measure_nouns")

    def plain(text):
        toks = [unelided(w) for w, _, _ in words(as_acronyms(text))]
        return [(qid, i, n) for i in range(len(toks)) for n in (4, 3, 2, 1)
                for qid in [table.get(" ".join(toks[i:i + n]))] if qid]
    assert [measure_noun_words(t) for t in TEXTS] == [plain(t) for t in TEXTS]
    assert any(measure_noun_words(t) for t in TEXTS)


def test_the_object_between_pattern_is_kept_per_process():
    first = figurewords._object_between_pattern("raised_before")
    assert figurewords._object_between_pattern("raised_before") is first
    assert figurewords.way_into("a relevé son dividende à") == "increase"


def test_a_word_read_as_a_name_is_read_as_before():
    fw = function_words()
    for w, _, _ in words(" ".join(TEXTS) + " Velmor December l'Assemblée Jannik Sinner WHO"):
        assert actors._is_name_word(w) == actors._name_word(w, fw), w


def test_a_facts_places_are_read_once_and_given_as_a_new_list(tmp_path_factory):
    checker = checker_for(tmp_path_factory, """version: 1
sources:
  - id: stats
    title: Statistics
    facts:
      - id: f1
        statement: "Unemployment fell to 5.1 % in Westmark in 2025, against 6.0 % in Eastmark."
""")
    index = checker.index
    fact = index.facts[0]
    first, again = placed_figures(fact, index), placed_figures(fact, index)
    assert first == again and first is not again and [p for _, p in fact_places(fact, index)]
    assert [hit[0] for key, hit in index.__dict__["_per_fact"].items() if key[1] == id(fact)] == [fact]


def test_a_facts_sentence_figures_are_read_once_and_as_before(tmp_path_factory):
    """``sentence_figures``, ``words_at_other_figures`` (``per_fact``: a new list each time) and ``stated_figure``
    (``once_per_fact``: the reading's own figure) give what the plain reading gives, read once per fact."""
    from factcheck.checks.judge.figures import stated_figure
    from factcheck.checks.judge.sentencefigures import sentence_figures, words_at_other_figures
    checker = checker_for(tmp_path_factory, """version: 1
sources:
  - id: stats
    title: Statistics
    facts:
      - id: f1
        statement: "Goods inflation rose to 2.0 % in May while services inflation fell to 4.7 %."
        quantity: {value: 4.7, unit: percent}
""")
    index = checker.index
    fact = index.facts[0]
    plain = sorted((o for o in index.reading(fact).quantities if o.start >= 0), key=lambda o: o.start)
    first, again = sentence_figures(fact, index), sentence_figures(fact, index)
    assert first == again == plain and first is not again and [o.value for o in first] == [2.0, 4.7]
    others = words_at_other_figures(fact, index)
    assert others == words_at_other_figures(fact, index) and [o.value for o, _ in others] == [2.0]
    assert "Goods inflation rose to" in others[0][1]
    stated = stated_figure(fact, index)
    assert stated is stated_figure(fact, index) and stated.value == 4.7 and stated in plain
    kept = [key[0].__name__ for key, hit in index.__dict__["_per_fact"].items() if hit[0] is fact]
    assert {"sentence_figures", "words_at_other_figures", "stated_figure"} <= set(kept)
