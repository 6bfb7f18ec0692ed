"""``factcheck sources draft`` (issue 14): three public releases — French HTML, English Markdown, a PDF —
fetched from a server on 127.0.0.1 (saved in tests/fixtures/releases/, see its README), drafted into source
lists that validate, with the figures, units, bounds and periods expected for each figure-bearing sentence,
and each document checked against its own draft."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.checks.draft import draft_source, draft_yaml, read_document
from factcheck.checks.entities import EntityMatcher
from factcheck.checks.pipeline import Checker
from factcheck.checks.sources import load_catalog, validate
from factcheck.cli.app import app

RELEASES = Path(__file__).parent / "fixtures" / "releases"
runner = CliRunner()

# (document, the start of a sentence, value, unit, bound, as_of) for every figure-bearing sentence
EXPECTED = {
    "insee-ipc-mai-2025.html": [
        ("En mai 2025, les prix à la consommation diminuent", -0.1, "percent", "about", "2025-05"),
        ("Les prix de l'énergie reculent", -1.4, "percent", "about", "2025-05"),
        ("Les prix des produits pétroliers", -1.7, "percent", "about", "2025-05"),
        ("Les prix des services se replient", -0.2, "percent", "about", "2025-05"),
        ("Les prix de l'alimentation augmentent", 0.5, "percent", "about", "2025-05"),
        ("Sur un an, les prix à la consommation progressent", 0.7, "percent", "about", "2025-05"),
        ("Les prix des services augmentent de 2,1", 2.1, "percent", "about", "2025-05"),
        ("Les prix de l'énergie baissent de 8,0", -8.0, "percent", "about", "2025-05"),
        ("Les prix du tabac", 4.1, "percent", "about", "2025-05"),
        ("L'inflation sous-jacente", 1.1, "percent", "about", "2025-05"),
        ("Sur un an, l'indice des prix à la consommation harmonisé", 0.6, "percent", "about", "2025-05"),
    ],
    "ons-cpi-may-2025.md": [
        ("The Consumer Prices Index (CPI) rose by 3.4%", 3.4, "percent", "about", "2025-05"),
        ("The CPIH", 4.0, "percent", "about", "2025-05"),
        ("On a monthly basis", 0.2, "percent", "about", "2025-05"),
        ("Core CPI", 3.5, "percent", "about", "2025-05"),
        ("The annual rate for goods", 2.0, "percent", "about", "2025-05"),
    ],
    "eurostat-flash-may-2025.pdf": [
        ("Euro area annual inflation was 1.9%", 1.9, "percent", "about", "2025-05"),
        ("Services had the highest annual rate", 3.2, "percent", "about", "2025-05"),
        ("Food, alcohol and tobacco", 3.2, "percent", "about", "2025-05"),
        ("Non-energy industrial goods", 0.6, "percent", "about", "2025-05"),
        ("Energy prices fell by 3.6%", -3.6, "percent", "about", "2025-05"),
    ],
}


@pytest.fixture(scope="module")
def drafts(server, tmp_path_factory):
    """Each release drafted from its URL on the local server, through the command line."""
    out = {}
    folder = tmp_path_factory.mktemp("drafts")
    for name in EXPECTED:
        path = folder / f"{name}.yaml"
        result = runner.invoke(app, ["sources", "draft", server.url(f"/releases/{name}"), "-o", str(path),
                                     "--published", "2025-06-18" if name.startswith("ons") else
                                     ("2025-06-13" if name.startswith("insee") else "2025-06-03")])
        assert result.exit_code == 0, result.output
        out[name] = path
    return out


def test_drafts_validate(drafts):
    for name, path in drafts.items():
        assert [p for p in validate([path]) if not p.note] == [], name


def test_figures_units_bounds_and_periods(drafts):
    right, total, misses = 0, 0, []
    for name, expected in EXPECTED.items():
        facts = yaml.safe_load(drafts[name].read_text(encoding="utf-8"))["sources"][0]["facts"]
        for start, value, unit, bound, as_of in expected:
            total += 1
            fact = next((f for f in facts if f["statement"].startswith(start)), None)
            got = fact and (fact.get("quantity", {}).get("value"), fact["quantity"].get("unit"),
                            fact["quantity"].get("bound"), str(fact.get("as_of")))
            if got == (value, unit, bound, as_of):
                right += 1
            else:
                misses.append((name, start, got))
    assert right / total >= 0.95, misses


def test_each_document_checks_as_supported_against_its_own_draft(drafts):
    for name, path in drafts.items():
        checker = Checker.from_catalog(load_catalog([path]))
        article, _ = read_document(str(RELEASES / name))
        report = checker.check(article)
        checked = [s for s in report.statements if s.analysis.checkable]
        assert checked, name
        assert [(s.statement.text, s.verdict) for s in checked if s.verdict != "supported"] == [], name


def test_the_source_takes_the_document_metadata(drafts):
    data = yaml.safe_load(drafts["eurostat-flash-may-2025.pdf"].read_text(encoding="utf-8"))
    source = data["sources"][0]
    assert source["title"] == "Euro area annual inflation down to 1.9%"       # the PDF's own title
    assert source["url"].endswith("/releases/eurostat-flash-may-2025.pdf")
    assert str(source["published"]) == "2025-06-03"
    text = drafts["eurostat-flash-may-2025.pdf"].read_text(encoding="utf-8")
    assert "# page 1 of" in text and "# page 2 of" in text                    # where each fact came from


def test_append_keeps_the_rest_of_the_list(tmp_path):
    listing = tmp_path / "mine.yaml"
    before = ("version: 1\n# my own notes, kept as they are\nentities:\n  insee: {names: [Insee, INSEE]}\n"
              "sources:\n  - id: old\n    title: An older release\n    facts:\n      - id: f\n"
              "        statement: Prices rose 5.2 % in May 2022.\n")
    listing.write_text(before, encoding="utf-8")
    result = runner.invoke(app, ["sources", "draft", str(RELEASES / "insee-ipc-mai-2025.html"), "--append", str(listing),
                                 "--id", "insee-ipc-mai-2025", "--publisher", "insee"])
    assert result.exit_code == 0, result.output
    after = listing.read_text(encoding="utf-8")
    assert after.startswith(before)
    catalog = load_catalog([listing])
    assert [s.id for s in catalog.sources] == ["old", "insee-ipc-mai-2025"]
    assert catalog.source("insee-ipc-mai-2025").publisher == "insee"


def test_entities_give_subjects(tmp_path):
    entities = tmp_path / "entities.yaml"
    entities.write_text("version: 1\nentities:\n  russia: {names: [Russia]}\n  north-korea: {names: [North Korea]}\n"
                        "sources: []\n", encoding="utf-8")
    doc = tmp_path / "note.txt"
    doc.write_text("Arms note\n\nRussia paid North Korea 1.2 billion dollars in 2024.\n", encoding="utf-8")
    catalog = load_catalog([entities])
    article, pages = read_document(str(doc))
    draft = draft_source(article, pages, EntityMatcher.from_catalog(catalog),
                         {e: list(x.names) for e, x in catalog.entities.items()}, published="2025-01-10")
    [fact] = draft.facts
    assert (fact.subject, fact.object, fact.quantity, fact.as_of) == (
        "russia", "north-korea", {"value": 1.2e9, "unit": "USD", "bound": "about"}, "2024")
    text = draft_yaml(draft, today="2025-01-11")
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_catalog([path]).entities.keys() == {"russia", "north-korea"}


def test_a_document_without_text_is_one_clear_line(tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    result = runner.invoke(app, ["sources", "draft", str(bad)])
    assert result.exit_code == 2 and "scan.pdf" in result.output and "Traceback" not in result.output
