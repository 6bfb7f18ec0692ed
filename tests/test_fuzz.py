"""Fuzz (issue 11), with a bounded budget that runs in CI: the loader (bytes → article), the splitter, the
number reader, the YAML loader and the whole pipeline, on text built from the pieces that break readers —
figures in digits and words, magnitudes, bounds, dashes, quotes, Markdown, entities, other scripts' digits,
controls. Invariants: no exception but the documented input errors, and every reported span is the
article's own text at its offsets. (Time stays linear: bench/memory.py, not a timed test.)"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks.errors import FactcheckError
from factcheck.checks.load import decode_text
from factcheck.checks.model import Article
from factcheck.checks.numbers import find_dates, find_quantities
from factcheck.checks.pipeline import Checker
from factcheck.checks.sources import default_catalog
from factcheck.checks.split import split_statements
from factcheck.checks.yamlsafe import load_document

PIECES = ["1,2", "milliard", "milliards", "billion", "million", "de dollars", "$", "€", "£", "%", "pour cent",
          "per cent", "un tiers", "a third", "half", "la moitié", "jusqu'à", "up to", "at least", "au moins",
          "plus de", "more than", "environ", "about", "entre", "and", "et", "from", "to", "de", "à", "2024",
          "mai", "May", "le 3 mai 2025", "in June", "fin décembre", "Russia", "la Russie", "North Korea",
          "Pyongyang", "paid", "a versé", "n'a pas", "never", "—", " – ", "«", "»", "\u201c", "\u201d", "(", ")",
          ",", ".", ";", ":", "?", "!", "\n", "\n\n", "# ", "**", "*", "- ", "[lien](http://x.org)", "&amp;",
          "٣", "१२", "𝟓", "１２", "\u202e", "\u00a0", "\t", "'", "’", "qu'un", "soit", "i.e.", "U.S.", "Mr.",
          "9,8", "9.8", "1 000 000", "1,000,000", "10e3", "0.5", "-3", "+4,1", "x", "Le", "The", "a", "été"]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map(" ".join)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


@FUZZ
@given(st.binary(max_size=300))
def test_loader_reads_or_refuses_bytes(data):
    try:
        text = decode_text(data, "fuzz.txt")
    except FactcheckError:
        return
    assert isinstance(text, str) and "\r" not in text


@FUZZ
@given(texts, st.sampled_from(["fr", "en", "und"]), st.booleans())
def test_splitter_spans_are_the_text(text, lang, markdown):
    for s in split_statements(text, lang, markdown=markdown):
        assert text[s.start:s.end] == s.text


@FUZZ
@given(texts, st.sampled_from(["fr", "en"]))
def test_number_reader_spans_are_the_text(text, lang):
    for q in find_quantities(text, lang):
        assert text[q.start:q.end] == q.text
        assert q.value is not None or (q.min is not None and q.max is not None)
    for d in find_dates(text, lang):
        assert text[d.start:d.end] == d.text


@FUZZ
@given(st.text(max_size=200) | texts)
def test_yaml_loader_reads_or_refuses(text):
    try:
        load_document(text, "fuzz.yaml")
    except FactcheckError:
        pass


@pytest.fixture(scope="module")
def checker():
    return Checker.from_catalog(default_catalog())


@FUZZ
@given(texts, st.sampled_from(["auto", "fr", "en"]))
def test_pipeline_never_fails_and_reports_exact_spans(checker, text, lang):
    try:
        report = checker.check(Article(text=text, source="fuzz.txt"), lang)
    except FactcheckError:
        return                        # a language it does not read: a documented input error
    for r in report.statements:
        assert text[r.statement.start:r.statement.end] == r.statement.text
        for c in r.claims:
            assert text[c.claim.start:c.claim.end] == c.claim.text
            for q in c.claim.quantities:
                assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, fmt", [
    ("Moscou n'a reçu qu'un — selon l'étude — tiers de la valeur.\n", "text"),     # a figure across an aside
    ("La Russie a versé **1,2 milliard** de dollars à Pyongyang.\n", "markdown"),  # Markdown inside a figure
])
def test_spans_found_on_blanked_text_are_reported_as_written(checker, text, fmt):
    report = checker.check(Article(text=text, source="x", format=fmt, language="fr"))
    spans = [q for r in report.statements for c in r.claims for q in c.claim.quantities]
    assert spans and all(text[q.start:q.end] == q.text for q in spans)


@pytest.mark.parametrize("text, want", [
    ("Les ventes ont atteint १२ millions d'euros.", []),            # Devanagari digits are not figures
    ("Les ventes ont atteint 𝟓 millions d'euros.", []),             # nor mathematical bold ones
    ("Les ventes ont atteint １２ millions d'euros.", [12e6]),        # full-width digits read as ASCII
])
def test_only_ascii_and_full_width_digits_are_figures(text, want):
    assert [q.value for q in find_quantities(text, "fr")] == want
