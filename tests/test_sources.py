"""Tests for the strict YAML loader (checks.yamlsafe) and source lists (checks.sources)."""
from __future__ import annotations

import json
import math
import re
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.checks import resources
from factcheck.checks.errors import InputError, Problem, SourceListError
from factcheck.checks.model import Catalog, Quantity
from factcheck.checks.sources import (catalog_to_dicts, default_catalog, find_source_files, load_catalog,
                            validate)
from factcheck.checks.yamlsafe import (StrictCLoader, StrictLoader, YamlList, YamlMap, load, load_document,
                             read_text)

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
LOADERS = [StrictLoader] + ([StrictCLoader] if StrictCLoader is not None else [])
DEVSET = Path("/work/shared/devset/cases")


def write(folder: Path, text: str, name: str = "sources.yaml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


# === the strict YAML loader ======================================================================

@pytest.fixture(params=LOADERS, ids=lambda cls: cls.__name__)
def loader(request):
    return request.param


@pytest.mark.parametrize("text, expected", [
    ("1e9", 1e9), ("1.2e9", 1.2e9), ("9.8e8", 9.8e8), ("5.6E9", 5.6e9), ("-1.5e-3", -0.0015),
    (".5", 0.5), ("5.", 5.0), ("+12", 12), ("010", 10), ("0x1F", 31), ("0o17", 15), ("3200", 3200),
    ("20:29", "20:29"), ("1:30:00", "1:30:00"),
    ("yes", "yes"), ("no", "no"), ("on", "on"), ("off", "off"), ("NO", "NO"), ("Yes", "Yes"),
    ("y", "y"), ("true", True), ("False", False), ("TRUE", True),
    ("2025-09-18", "2025-09-18"), ("2025-09", "2025-09"), ("2025-09-18T10:00:00Z", "2025-09-18T10:00:00Z"),
    ("null", None), ("~", None), ("", None), ("1_000", "1_000"), ("1,200", "1,200"),
    ('"1e9"', "1e9"), ("'12'", "12"), ("!!str 12", "12"), ("!!float 3", 3.0), ("!!int '7'", 7),
])
def test_plain_values_follow_yaml_1_2(loader, text, expected):
    data = load(f"key: {text}\n", "t.yaml", loader)
    assert data["key"] == expected
    assert type(data["key"]) is type(expected)


def test_infinity_and_nan_are_floats(loader):
    data = load("a: .inf\nb: -.Inf\nc: .nan\n", "t.yaml", loader)
    assert data["a"] == math.inf and data["b"] == -math.inf and math.isnan(data["c"])


def test_duplicate_key_names_both_lines(loader):
    text = "version: 1\nsources:\n  - id: a\n    title: First\n    title: Second\n"
    data, problems = load_document(text, "dup.yaml", loader)
    assert [str(p) for p in problems] == [
        "dup.yaml:5: duplicate key 'title' (first on line 4, again on line 5); keep only one"]
    assert data["sources"][0]["title"] == "First"        # the first one is kept
    with pytest.raises(InputError) as err:
        load(text, "dup.yaml", loader)
    assert err.value.problem.line == 5


def test_every_key_value_and_item_knows_its_line(loader):
    text = textwrap.dedent("""\
        version: 1            # 1
        entities:             # 2
          russia: {names: [Russia, Moscou]}
        sources:              # 4
          - id: a             # 5
            title: >          # 6
              Folded title
            facts:            # 8
              - id: f         # 9
                terms:        # 10
                  - one       # 11
                  - 2         # 12
                quantity:     # 13
                  value: 1e9  # 14
        """)
    data = load(text, "lines.yaml", loader)
    assert isinstance(data, YamlMap) and data.line == 1
    assert data.key_line("sources") == 4 and data.value_line("sources") == 5
    assert data["entities"].key_line("russia") == 3
    assert data["entities"]["russia"]["names"].item_line(1) == 3
    source = data["sources"][0]
    assert isinstance(data["sources"], YamlList) and data["sources"].item_line(0) == 5
    assert source.line == 5 and source.key_line("title") == 6 and source.value_line("title") == 6
    assert source["title"] == "Folded title\n"
    fact = source["facts"][0]
    assert fact.key_line("terms") == 10 and fact["terms"].lines == [11, 12]
    assert fact["terms"] == ["one", 2]
    assert fact["quantity"].value_line("value") == 14 and fact["quantity"]["value"] == 1e9
    assert fact.key_line("missing") == fact.line == 9     # absent key: the mapping's own line


def test_aliases_share_values(loader):
    data = load("a: &names [X, Y]\nb: *names\n", "t.yaml", loader)
    assert data["a"] == data["b"] == ["X", "Y"]


@pytest.mark.parametrize("text, line, fragment", [
    ("a: *nowhere\n", 1, "unknown alias '*nowhere'"),
    ("a: 1\n---\nb: 2\n", 2, "more than one YAML document"),
    ("? [a, b]\n: 1\n", 1, "a key must be a single word or value"),
    ("a: !!float abc\n", 1, "'abc' is not a number"),
    ("a: !!bool yes\n", 1, "'yes' is not true or false"),
])
def test_structural_errors_have_a_line(loader, text, line, fragment):
    with pytest.raises(InputError) as err:
        load(text, "t.yaml", loader)
    assert err.value.problem.line == line
    assert fragment in err.value.problem.message


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:pathlib.Path.touch", "!!python/object/new:pathlib.Path",
    "!!python/name:os.system", "!!binary", "!!timestamp", "!!set", "!!omap", "!custom",
])
def test_unsupported_tags_are_refused_and_never_run(loader, tmp_path, tag):
    target = tmp_path / "created-by-yaml"
    with pytest.raises(InputError) as err:
        load(f"version: 1\nsources: {tag} ['{target}']\n", "t.yaml", loader)
    assert not target.exists()
    assert err.value.problem.line == 2
    assert "unsupported YAML tag" in err.value.problem.message


def test_the_python_tag_fixture_is_refused():
    with pytest.raises(InputError) as err:
        load_catalog([FIXTURES / "python-tag.yaml"])
    assert str(err.value).endswith(
        "python-tag.yaml:2: unsupported YAML tag '!!python/object/apply:os.system': source lists "
        "hold plain values only (text, numbers, lists, mappings)")


@pytest.mark.parametrize("text, line", [
    ("a: [1, 2\nb: 3\n", 2),
    ("a: 'open quote\n", 2),
    ("a: b: c\n", 1),
    ("sources:\n  - id: a\n - id: b\n", 3),
    ("a: 1\nb: \x07\n", 2),
])
def test_syntax_errors_give_file_and_line(loader, text, line):
    with pytest.raises(InputError) as err:
        load(text, "bad.yaml", loader)
    assert err.value.problem.file == "bad.yaml"
    assert err.value.problem.line == line
    assert err.value.problem.message.startswith("invalid YAML: ")
    assert "\n" not in str(err.value)


def test_tab_indentation_gets_a_hint(loader):
    with pytest.raises(InputError) as err:
        load("a:\n\t- b\n", "tabs.yaml", loader)
    assert err.value.problem.line == 2
    assert "use spaces, not tabs" in err.value.problem.message


def test_empty_and_comment_only_documents_are_none(loader):
    assert load("", "t.yaml", loader) is None
    assert load("# nothing\n\n", "t.yaml", loader) is None


def test_strict_loader_is_a_safe_loader_usable_with_yaml_load():
    assert issubclass(StrictLoader, yaml.SafeLoader)
    assert yaml.load("a: 1e9\nb: no\nc: 20:29\n", Loader=StrictLoader) == {
        "a": 1e9, "b": "no", "c": "20:29"}


def test_read_text_accepts_a_bom_and_refuses_other_encodings(tmp_path):
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbfversion: 1\n")
    assert read_text(bom) == "version: 1\n"
    utf16 = tmp_path / "utf16.yaml"
    utf16.write_bytes("version: 1\n".encode("utf-16"))
    with pytest.raises(InputError, match="is UTF-16 text; save it as UTF-8"):
        read_text(utf16)
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.yaml")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


_plain_text = st.text(alphabet=st.characters(categories=("L", "Zs"), exclude_characters="\x85"),
                      max_size=12)
_scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) \
    | st.floats(allow_nan=False, allow_infinity=False) | _plain_text
_documents = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(_plain_text, inner, max_size=4), max_leaves=25)


def _with_lines(value):
    """The data and, recursively, every line the loader recorded."""
    if isinstance(value, YamlMap):
        return ("map", value.line, sorted((repr(k), value.lines[k], _with_lines(v))
                                          for k, v in value.items()))
    if isinstance(value, YamlList):
        return ("seq", value.line, list(value.lines), [_with_lines(v) for v in value])
    return value


@settings(max_examples=200, deadline=None)
@given(data=_documents, flow=st.sampled_from([None, True, False]))
def test_round_trip_and_both_parsers_agree(data, flow):
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    results = [load(text, "t.yaml", cls) for cls in LOADERS]
    assert results[0] == data          # letters-only text has no YAML 1.1 / 1.2 differences
    assert all(_with_lines(r) == _with_lines(results[0]) for r in results[1:])


# === finding source files ========================================================================

def test_a_folder_gives_its_yaml_files_in_name_order():
    files = find_source_files([FIXTURES / "valid"])
    assert [f.name for f in files] == ["entities.yaml", "more.yml", "studies.yaml"]


def test_a_file_named_twice_is_read_once():
    single = FIXTURES / "single.yaml"
    assert find_source_files([single, str(single), FIXTURES / "valid"])[0] == single
    assert len(find_source_files([single, single])) == 1


@pytest.mark.parametrize("path, message", [
    (FIXTURES / "missing.yaml", "no such file or folder"),
    (FIXTURES / "no-yaml", "folder has no source list (no .yaml or .yml files in it)"),
])
def test_bad_paths_raise_input_error(path, message):
    for call in (find_source_files, validate, load_catalog):
        with pytest.raises(InputError) as err:
            call([path])
        assert str(err.value) == f"{path}: {message}"


def test_no_path_at_all_is_an_input_error():
    with pytest.raises(InputError):
        find_source_files([])


# === valid source lists ===========================================================================

def test_valid_folder_loads_with_entities_merged_across_files():
    folder = FIXTURES / "valid"
    assert validate([folder]) == []
    catalog = load_catalog([folder])
    assert isinstance(catalog, Catalog)
    assert catalog.files == [str(folder / n) for n in ("entities.yaml", "more.yml", "studies.yaml")]
    assert sorted(catalog.entities) == ["harbour-board", "north-korea", "russia"]
    russia = catalog.entities["russia"]
    assert russia.names == ["Russia", "Moscow", "Kremlin", "Russie", "Moscou", "russe"]
    assert (russia.file, russia.line) == (str(folder / "entities.yaml"), 6)
    assert [s.id for s in catalog.sources] == ["press-2025", "study-2025", "study-2024"]
    assert "hidden" not in [s.id for s in catalog.sources]


def test_valid_sources_and_facts_are_converted():
    catalog = load_catalog([FIXTURES / "valid"])
    study = catalog.source("study-2025")
    assert study.title == "Partnership review: who pays whom"
    assert study.publisher == "harbour-board" and study.author == "Jane Example"
    assert study.url == "https://example.org/studies/2025"
    assert study.published == "2025-09-18"
    assert (Path(study.file).name, study.line) == ("studies.yaml", 3)
    facts = {f.id: f for f in study.facts}
    comp = facts["compensation"]
    assert comp.source == "study-2025" and (comp.subject, comp.object) == ("russia", "north-korea")
    assert comp.terms == ["compensation", "contrepartie", "paid", "versée"]
    assert comp.quantity == Quantity(value=1.2e9, unit="USD", bound="at-most")
    assert comp.as_of == "2025-09" and comp.quote == "at most 1.2 billion dollars"
    assert comp.line == 10
    deliveries = facts["deliveries"].quantity
    assert (deliveries.value, deliveries.min, deliveries.max) == (None, 5.6e9, 9.8e9)
    assert deliveries.bound == "about" and (deliveries.low, deliveries.high) == (5.6e9, 9.8e9)
    assert facts["share"].quantity == Quantity(value=0.333, unit="ratio")
    assert facts["staff"].quantity.value == 2000 and facts["staff"].as_of == "2025"
    assert facts["no-figure"].quantity is None and facts["no-figure"].terms == []
    older = catalog.source("study-2024")
    assert older.superseded_by == "study-2025" and older.published == "2024-02"
    assert catalog.source("press-2025").published == "2025"
    assert len(list(catalog.facts())) == 7


def test_catalog_to_dicts_is_plain_json():
    dicts = catalog_to_dicts(load_catalog([FIXTURES / "single.yaml"]))
    assert json.loads(json.dumps(dicts)) == dicts
    assert dicts == [{
        "id": "lanvic-budget", "title": "Budget primitif 2026", "publisher": "lanvic",
        "author": None, "url": None, "published": "2026-01-19", "superseded_by": None,
        "file": str(FIXTURES / "single.yaml"), "line": 5,
        "facts": [{
            "id": "total", "statement": "The 2026 budget totals 184 million euros.",
            "subject": "lanvic", "object": None, "terms": [],
            "quantity": {"value": 1.84e8, "min": None, "max": None, "unit": "EUR", "bound": "about"},
            "as_of": "2026", "quote": None, "file": str(FIXTURES / "single.yaml"), "line": 10}],
    }]


def test_the_bundled_default_sources_load():
    files = list(resources.default_sources().glob("*.y*ml"))
    if not files:
        pytest.skip("no bundled source list yet in data/sources/")
    catalog = default_catalog()
    assert catalog.sources and all(s.facts for s in catalog.sources)


@pytest.mark.skipif(not DEVSET.is_dir(), reason="shared devset not present")
def test_devset_source_lists_are_valid():
    for path in sorted(DEVSET.glob("*/sources.yaml")):
        assert validate([path]) == [], path


# === broken source lists ==========================================================================

def _planted(folder: Path) -> set[tuple[str, int, str]]:
    """Every ``# expect: message`` marker in the fixture files of ``folder``."""
    expected = set()
    for path in sorted(folder.glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = re.match(r"[^#].*#\s*expect:\s*(.+)$", line)
            if match:
                for message in match.group(1).split(" && "):
                    expected.add((str(path), number, message.strip()))
    return expected


def test_every_planted_error_is_reported_with_file_and_line():
    folder = FIXTURES / "broken"
    problems = validate([folder])
    expected = _planted(folder)
    assert len(expected) >= 40
    unmatched = set(expected)
    unexpected = []
    for problem in problems:
        hit = next((e for e in unmatched
                    if e[0] == problem.file and e[1] == problem.line and e[2] in problem.message), None)
        if hit:
            unmatched.discard(hit)
        else:
            unexpected.append(str(problem))
    assert not unmatched, f"not reported: {sorted(unmatched)}"
    assert not unexpected, f"reported but not planted: {unexpected}"
    assert len(problems) == len(expected)
    assert [(p.file, p.line) for p in problems] == sorted(
        ((p.file, p.line) for p in problems), key=lambda fl: (fl[0], fl[1] or 0))


def test_problem_lines_read_well():
    problems = [str(p) for p in validate([FIXTURES / "broken"])]
    b = FIXTURES / "broken" / "b-sources.yaml"
    assert f"{b}:19: fact 'compensation': quantity.value 'abc' is not a number" in problems
    assert (f"{b}:13: source 'study': unknown key 'titel' (did you mean 'title'?); allowed keys: "
            "id, title, publisher, author, url, published, superseded_by, facts") in problems
    assert (f"{b}:6: source id 'shared-id' is already used "
            f"({FIXTURES / 'broken' / 'a-entities.yaml'}:15)") in problems
    assert all("\n" not in p and "Traceback" not in p for p in problems)


def test_load_catalog_refuses_a_broken_list_with_every_problem():
    with pytest.raises(SourceListError) as err:
        load_catalog([FIXTURES / "broken"])
    assert len(err.value.problems) == len([p for p in validate([FIXTURES / "broken"]) if not p.note])   # notes are no error
    assert "more problem(s)" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("name, line, message", [
    ("empty.yaml", None,
     "the file is empty; a source list starts with 'version: 1' and has a 'sources:' list"),
    ("comments-only.yaml", None,
     "the file is empty; a source list starts with 'version: 1' and has a 'sources:' list"),
    ("top-level-list.yaml", 1,
     "a source list must be a mapping with 'version: 1' and 'sources:', not a list"),
])
def test_files_without_a_usable_list_give_one_problem(name, line, message):
    path = FIXTURES / name
    assert only_problem(validate([path])) == Problem(str(path), line, message)
    with pytest.raises(SourceListError) as err:
        load_catalog([path])
    assert len(err.value.problems) == 1


@pytest.mark.parametrize("name, line, fragment", [
    ("binary.yaml", None, "is a binary file, not a YAML text file"),
    ("latin1.yaml", 4, "is not UTF-8 text (byte 0xe9 cannot be decoded); save it as UTF-8"),
    ("syntax-error.yaml", 8, "invalid YAML: "),
    ("python-tag.yaml", 2, "unsupported YAML tag '!!python/object/apply:os.system'"),
])
def test_unreadable_files_are_one_problem_or_an_input_error(name, line, fragment):
    path = FIXTURES / name
    problem = only_problem(validate([path]))
    assert (problem.file, problem.line) == (str(path), line)
    assert fragment in problem.message
    with pytest.raises(InputError) as err:
        load_catalog([path])
    assert err.value.problem == problem


def test_validate_keeps_going_after_an_unreadable_file():
    problems = validate([FIXTURES / "syntax-error.yaml", FIXTURES / "binary.yaml",
                         FIXTURES / "broken"])
    files = {Path(p.file).name for p in problems}
    assert {"syntax-error.yaml", "binary.yaml", "a-entities.yaml", "b-sources.yaml"} <= files
    assert Path(problems[0].file).name == "syntax-error.yaml"


def test_unknown_entity_when_none_are_defined(tmp_path):
    path = write(tmp_path, """
        version: 1
        sources:
          - id: s
            title: T
            facts:
              - {id: f, statement: S, subject: russia}
        """)
    assert str(only_problem(validate([path]))) == (
        f"{path}:6: fact 'f': subject 'russia' is not a known entity id (no entities are defined; "
        "add them under 'entities:')")


def test_entities_in_another_file_are_known(tmp_path):
    write(tmp_path, "version: 1\nentities:\n  russia: {names: [Russia]}\n", "a.yaml")
    write(tmp_path, """
        version: 1
        sources:
          - id: s
            title: T
            facts:
              - {id: f, statement: S, subject: russia}
        """, "b.yaml")
    assert validate([tmp_path]) == []
    assert validate([tmp_path / "b.yaml"]) != []


@pytest.mark.parametrize("body, line, message", [
    ("quantity: {value: '1,2', unit: EUR}", 9,
     "quantity.value '1,2' is not a number (write digits only, with a dot for decimals: "
     "1200000 or 1.2e6)"),
    ("quantity: {value: .inf, unit: EUR}", 9, "quantity.value 'inf' is not a finite number"),
    ("quantity: {value: [1], unit: EUR}", 9, "quantity.value must be a number, not a list"),
    ("quantity: {value: 3, unit: 12}", 9, "fact 'f': quantity.unit must be text, not a number (put it in quotes)"),
    ("quantity: {value: 3, unit: ' '}", 9, "fact 'f': quantity.unit is empty"),
    ("quantity: 12", 9, "quantity must be a mapping like {value: 1.2e9, unit: USD}, not a number"),
    ("quantity: {min: 0.2, max: 1.5, unit: ratio}", 9, "quantity.max 1.5 is not a share between 0"),
    ("quantity: {unit: USD}", 9, "quantity needs a value, or a min and a max"),
    ("as_of: 2025-02-29", 9, "as_of '2025-02-29' is not a real date (February 2025 has no day 29)"),
    ("as_of: '0000'", 9, "as_of '0000' is not a real date (there is no year 0)"),
    ("as_of: 0000", 9, "as_of '0' is not a date; write YYYY"),
    ("as_of: 25", 9, "as_of '25' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a quarter YYYY-Q1"),
    ("as_of: 2025-09-18T10:00", 9, "as_of '2025-09-18T10:00' is not a date; write YYYY"),
    ("as_of: [2025]", 9, "as_of must be a date like 2025-09-18, not a list"),
    ("subject: North Korea", 9,
     "subject 'North Korea' is not a known entity id (did you mean 'north-korea'? 'North Korea' is "
     "one of its names)"),
    ("object: nord-korea", 9, "object 'nord-korea' is not a known entity id (did you mean 'north-korea'?)"),
    ("object: [north-korea]", 9, "fact 'f': object must be text, not a list"),
    ("statement: 42", 8, "fact 'f': statement must be text, not a number (put it in quotes)"),
    ("statement: '  '", 8, "fact 'f': statement is empty"),
    ("quote: ''", 9, "fact 'f': quote is empty"),
])
def test_single_fact_problems(tmp_path, body, line, message):
    lines = ["version: 1", "entities: {north-korea: {names: [North Korea]}}", "sources:",
             "  - id: s", "    title: T", "    facts:", "      - id: f"]
    if not body.startswith("statement"):
        lines.append("        statement: S")
    lines.append("        " + body)
    path = tmp_path / "fact.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = only_problem(validate([path]))
    assert problem.message.endswith(message) or message in problem.message, problem.message
    assert problem.line == line


@pytest.mark.parametrize("extra, line, message", [
    ("url: https://", 5, "url 'https://' has no site name after https://"),
    ("url: https://example.org/a b", 5, "url 'https://example.org/a b' contains spaces"),
    ("url: ftp://example.org/a", 5, "url 'ftp://example.org/a' must start with http:// or https://"),
    ("published: 2025-9-18", 5, "published '2025-9-18' is not a date"),
    ("author: true", 5, "author must be text, not true/false (put it in quotes)"),
    ("facts: []", None, None),
    ("author:", None, None),
    ("title: 1984", 4, "title must be text, not a number (put it in quotes)"),
    ("id: my source", 3, "id 'my source' must not contain spaces (e.g. 'my-source')"),
])
def test_single_source_problems(tmp_path, extra, line, message):
    key = extra.split(":")[0]
    lines = ["version: 1", "sources:", "  - id: s", "    title: T"]
    if key == "id":
        lines[2] = "  - " + extra
    elif key == "title":
        lines[3] = "    " + extra
    else:
        lines.append("    " + extra)
    path = tmp_path / "source.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = validate([path])
    if message is None:
        assert problems == []
        return
    problem = only_problem(problems)
    assert problem.line == line
    assert problem.message.endswith(message) or message in problem.message, problem.message


def test_superseded_by_chains_that_loop_are_reported_once(tmp_path):
    path = write(tmp_path, """
        version: 1
        sources:
          - {id: a, title: A, superseded_by: b}
          - {id: b, title: B, superseded_by: c}
          - {id: c, title: C, superseded_by: a}
          - {id: d, title: D, superseded_by: a}
        """)
    problem = only_problem(validate([path]))
    assert problem.line == 3
    assert problem.message == "source 'a': superseded_by goes round in a circle (a -> b -> c -> a)"


def test_version_must_be_present(tmp_path):
    path = write(tmp_path, "sources: []\n")
    assert only_problem(validate([path])).message == "missing 'version: 1' at the top of the file"


def test_a_large_list_loads_every_fact(tmp_path):
    facts = "".join(f"      - {{id: f{i}, statement: Fact {i}., quantity: {{value: {i}e3, unit: USD}}}}\n"
                    for i in range(2000))
    path = tmp_path / "big.yaml"
    path.write_text("version: 1\nsources:\n  - id: big\n    title: Big\n    facts:\n" + facts)
    catalog = load_catalog([path])
    facts_loaded = list(catalog.facts())
    assert len(facts_loaded) == 2000
    assert facts_loaded[-1].quantity.value == 1999e3 and facts_loaded[-1].line == 2005


# === property: numbers written in YAML load back as the same number ===============================

def _yaml_number_texts():
    ints = st.integers(min_value=-10**15, max_value=10**15)
    floats = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300)
    mantissa = st.integers(min_value=1, max_value=99)
    exponent = st.integers(min_value=-12, max_value=15)
    return st.one_of(
        ints.map(str),
        ints.map(lambda n: f"+{n}" if n >= 0 else str(n)),
        floats.map(repr),
        floats.map(lambda x: f"{x:e}"),
        floats.map(lambda x: f"{x:.3E}"),
        floats.map(lambda x: f"{x:.6f}"),
        st.tuples(mantissa, exponent).map(lambda me: f"{me[0]}e{me[1]}"),
        st.tuples(mantissa, st.integers(0, 9), exponent).map(lambda t: f"{t[0]}.{t[1]}e{t[2]}"),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_yaml_number_texts())
def test_numbers_in_quantity_value_load_back_as_the_same_number(tmp_path_factory, text):
    expected = int(text) if re.fullmatch(r"[-+]?\d+", text) else float(text)
    path = tmp_path_factory.getbasetemp() / "number.yaml"
    path.write_text("version: 1\nsources:\n  - id: s\n    title: T\n    facts:\n"
                    f"      - id: f\n        statement: S\n        quantity: {{value: {text}, unit: USD}}\n",
                    encoding="utf-8")
    value = load_catalog([path]).sources[0].facts[0].quantity.value
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("text, line, message", [
    ("version: '1'\nsources: []\n", 1, "version must be 1, not '1' (write it without quotes)"),
    ("version: 1.0\nsources: []\n", 1, "version must be 1, not 1.0 (this factcheck reads schema version 1)"),
    ("version: 2\nsources: []\n", 1, "version must be 1, not '2' (this factcheck reads schema version 1)"),
    ("version: 1\n", 1, "the file has no 'sources:' list (and no 'entities:')"),
    ("version: 1\nsources: {id: a}\n", 2,
     "sources must be a list (each source starts with '- id: ...'), not a mapping (key: value pairs)"),
    ("version: 1\nentities: [russia]\nsources: []\n", 2,
     "entities must be a mapping of id: {names: [...]}, not a list"),
    ("version: 1\nentities:\n  russia:\n    names: Russia\n", 4,
     "entity 'russia': names must be a list like [word, other word], not text"),
    ("version: 1\nentities:\n  russia: {names: ['', Russia]}\n", 3,
     "entity 'russia': names item 1 is empty"),
])
def test_top_level_problems(tmp_path, text, line, message):
    path = tmp_path / "top.yaml"
    path.write_text(text, encoding="utf-8")
    assert only_problem(validate([path])) == Problem(str(path), line, message)


def test_a_file_with_only_entities_is_valid(tmp_path):
    path = write(tmp_path, "version: 1\nentities:\n  russia: {names: [Russia]}\n")
    catalog = load_catalog([path])
    assert catalog.sources == [] and list(catalog.entities) == ["russia"]


def test_bare_numbers_in_word_lists_load_with_a_note(tmp_path):
    """`terms: [harvest, drought, 2022]` means the text written: it loads, and validate says how it was read."""
    path = tmp_path / "natural.yaml"
    path.write_text("version: 1\nentities:\n  f: {names: [France, 2025]}\nsources:\n  - id: s\n    title: T\n"
                    "    facts:\n      - id: f1\n        statement: The 2022 harvest fell after the drought.\n"
                    "        terms: [harvest, drought, 2022, 1.5]\n", encoding="utf-8")
    catalog = load_catalog([path])
    assert catalog.sources[0].facts[0].terms == ["harvest", "drought", "2022", "1.5"]
    assert catalog.entities["f"].names == ["France", "2025"]
    problems = validate([path])
    assert problems and all(p.note for p in problems)
    assert [(p.line, str(p).split(": ", 1)[1]) for p in problems][0] == (3, "note: entity 'f': names item 2 2025 is a number, read as the text '2025'")
    # where a type matters, a bare number is still an error with file and line
    path.write_text(path.read_text(encoding="utf-8").replace("statement: The 2022 harvest fell after the drought.",
                                                             "statement: 2022"), encoding="utf-8")
    errors = [p for p in validate([path]) if not p.note]
    assert [(p.line, p.message) for p in errors] == [(9, "fact 'f1': statement must be text, not a number (put it in quotes)")]
