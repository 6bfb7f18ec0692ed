"""Shared helpers: check a sentence against an inline source list in one line."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from factcheck.checks.model import Article
from factcheck.checks.pipeline import Checker
from factcheck.checks.sources import load_catalog
from local_http import LocalServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """The checker cache in a folder of the test session, never the user's (subprocesses inherit it)."""
    import os
    folder = tmp_path_factory.mktemp("factcheck-cache")
    os.chmod(folder, 0o700)
    old = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(folder / "cache")
    yield folder
    if old is None:
        os.environ.pop("FACTCHECK_CACHE_DIR", None)
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = old


@pytest.fixture(scope="module")
def server():
    """A local HTTP server on 127.0.0.1 (tests/local_http.py), one per test module."""
    with LocalServer() as running:
        yield running


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """Requests to the local test servers never go through a proxy from the caller's environment."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")

ARMS_SOURCES = """
version: 1
entities:
  north-korea: {names: [North Korea, Pyongyang, Corée du Nord, nord-coréen, nord-coréenne]}
  russia: {names: [Russia, Moscow, Moscou, Russie, Kremlin]}
  fnf: {names: [Friedrich Naumann Foundation, Fondation Friedrich Naumann, FNF]}
  kas: {names: [Konrad Adenauer Foundation, Fondation Konrad Adenauer]}
  kim-jong-un: {names: [Kim Jong Un]}
sources:
  - id: study-2025
    title: Unequal Partnership
    publisher: fnf
    url: https://example.org/study-2025
    published: 2025-09-18
    facts:
      - id: commissioned
        statement: The study was commissioned by the Friedrich Naumann Foundation.
        subject: fnf
        terms: [commissioned, commandée, study, étude]
      - id: compensation
        statement: Russia's compensation to North Korea is worth at most 1.2 billion US dollars.
        subject: russia
        object: north-korea
        terms: [compensation, contrepartie, paid, versée, reçu, received]
        quantity: {value: 1.2e9, unit: USD, bound: at-most}
      - id: compensation-share
        statement: The compensation is about 12 percent of the value of the deliveries.
        subject: russia
        object: north-korea
        terms: [compensation, share, valeur, value]
        quantity: {min: 0.12, max: 0.21, unit: ratio}
      - id: deliveries
        statement: North Korea supplied Russia with weapons worth up to 9.8 billion US dollars.
        subject: north-korea
        object: russia
        terms: [weapons, armes, livraisons, deliveries, munitions]
        quantity: {value: 9.8e9, unit: USD, bound: at-most}
      - id: gdp-share
        statement: The deliveries are worth more than a third of North Korea's annual economic output.
        subject: north-korea
        terms: [GDP, PIB, economic output]
        quantity: {value: 0.333, unit: ratio, bound: at-least}
      - id: forms
        statement: The compensation is mainly food and oil, plus a few air-defence systems.
        subject: russia
        object: north-korea
        terms: [food, alimentaire, oil, pétroliers, air defence, défense anti-aérienne]
      - id: shells
        statement: North Korea delivered between 5.7 and 6.7 million artillery shells.
        subject: north-korea
        object: russia
        terms: [artillery shells, obus, shells]
        quantity: {min: 5.7e6, max: 6.7e6, unit: artillery shells}
  - id: study-2024
    title: Putin's Partner
    publisher: fnf
    published: 2024-10-28
    superseded_by: study-2025
    facts:
      - id: deliveries-2024
        statement: North Korea's arms deliveries to Russia are worth 1.7 to 5.5 billion US dollars.
        subject: north-korea
        object: russia
        terms: [weapons, armes, livraisons, deliveries]
        quantity: {min: 1.7e9, max: 5.5e9, unit: USD}
  - id: ap-2025
    title: AP report on Kim's pledge
    publisher: Associated Press
    published: 2025-06-05
    facts:
      - id: pledge
        statement: Kim Jong Un pledged unconditional support to Russia.
        subject: kim-jong-un
        object: russia
        terms: [unconditional, inconditionnel, soutien, support]
        as_of: 2025-06-04
"""


@pytest.fixture(scope="session")
def arms_checker(tmp_path_factory) -> Checker:
    path = tmp_path_factory.mktemp("src") / "arms.yaml"
    path.write_text(ARMS_SOURCES, encoding="utf-8")
    return Checker.from_catalog(load_catalog([path]))


def check_text(checker: Checker, text: str, lang: str = "auto"):
    """Check one statement (or a short article) and return its StatementResults."""
    article = Article(text=textwrap.dedent(text).strip(), source="<test>")
    return checker.check(article, lang).statements


def verdict_of(checker: Checker, sentence: str, lang: str = "auto") -> str:
    results = check_text(checker, sentence, lang)
    checkable = [r for r in results if r.analysis.checkable]
    assert len(checkable) == 1, [(r.statement.text, r.verdict) for r in results]
    return checkable[0].verdict
