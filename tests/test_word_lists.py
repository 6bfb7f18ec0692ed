"""No natural-language word list in the engine's Python (docs/architecture.md, "Languages").

The words factcheck looks for in an article live in ``data/lang/<code>/*.yaml`` (and ``data/concepts.yaml``),
read through ``checks/resources.py``. This test parses every module of ``checks/`` with ``ast`` and fails,
naming file:line, on

- a word collection: a list, tuple, set or frozenset literal, the keys of a dict literal, or a string split into
  words (``"de du van".split()``), holding two or more string constants that are words (letters, with apostrophes, hyphens or spaces between or an apostrophe at
  the end: "never", "n'a", "d'", "according to");
- a regular expression alternating two or more such words in one group (``(?:and|et|while)``,
  ``jamais|never``); any string constant but a docstring is read as one.

What is not natural language, and why:

1. The program's own vocabulary. A collection or an alternation passes when every word in it is a name the
   program gives to one of its own values, not a word of an article:
   a. a Python name in ``checks/`` (variable, attribute, argument, function, class; ``_`` read as ``-`` or a
      space, case folded): ``giver``, ``verdict``, ``at_least``…;
   b. a string declared in ``checks/model.py`` (verdicts, kinds, layouts, bounds, relations, statuses);
   c. an id of the bundled data (``data/**/*.yaml``): a key whose value is a mapping or a list (schema keys,
      concept, qualifier and unit ids, language codes) and a string value of a mapping (the id a word maps to,
      ``per cent: percent``). Words of the data's lists are not ids, nor keys mapped to plain values
      (``one: 1``).
   One word that is not the program's is enough to flag the whole collection.
2. Records, not lists: a tuple returned or yielded (``return "contradicts", "magnitude"``) and a dict literal
   whose values are computed (its keys are the fields of an output, not a table of words).
3. ``ALLOWED`` below: the vocabularies of other formats the engine reads or writes (HTML, YAML, URL schemes,
   text encodings) and a few internal ids no field declares, each with its reason.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ROOT / "checks"

# a word, or a phrase of words: letters with apostrophes, hyphens or spaces between, or an apostrophe at the end
WORD = re.compile(r"[^\W\d_]+(?:['\u2019\- ]+[^\W\d_]+)*['\u2019]?")

# (file, or "*" for any, and the first word of the collection or alternation) -> why it is not natural language
ALLOWED = {
    ("*", "http"): "URL schemes",
    ("checks/cluster.py", "tcp"): "Dask scheduler address schemes",
    ("checks/web.py", "us-ascii"): "names of text encodings (IANA's)",
    ("checks/html.py", "script"): "HTML element names whose content is never article text",
    ("checks/html.py", "navigation"): "ARIA roles of page furniture (WAI-ARIA's vocabulary)",
    ("checks/html.py", "area"): "HTML's void elements (the HTML standard's list)",
    ("checks/html.py", "comment"): "class and id names of page furniture (the markup of web pages, not their text)",
    ("checks/html.py", "application-name"): "HTML <meta name> values (the HTML standard's vocabulary)",
    ("checks/html.py", "p"): "HTML element names",
    ("checks/html.py", "quote"): "element names of the extraction library's XML",
    ("checks/html.py", "table"): "element names of the extraction library's XML",
    ("checks/html.py", "item"): "element names of the extraction library's XML",
    ("checks/html.py", "trafilatura"): "the names of the extraction library's loggers",
    ("checks/yamlsafe/loader.py", "true"): "YAML 1.2 core schema's boolean words",
    ("checks/match.py", "e"): "the one-letter kinds of index keys (entity, concept, term, word, unit)",
    ("checks/match.py", "c"): "the one-letter kinds of index keys (entity, concept, term, word, unit)",
    ("checks/judge/rules/ranking.py", "full-date"): "names of the slots judge/slotcheck.py compares",
    ("checks/split/sentences.py", "initial"): "the word classes of the sentence splitter (_word_class)",
    ("checks/split/sentences.py", "title"): "the word classes of the sentence splitter (_word_class)",
}


def modules() -> list[Path]:
    return sorted(p for p in CHECKS.rglob("*.py") if "__pycache__" not in p.parts)


def _names(tree: ast.AST) -> set[str]:
    """The names the code gives (variables, attributes, arguments, keywords, functions, classes, imports)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            out.add(node.id)
        elif isinstance(node, ast.Attribute):
            out.add(node.attr)
        elif isinstance(node, (ast.arg, ast.keyword)) and node.arg:
            out.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.alias):
            out.add(node.asname or node.name.rpartition(".")[2])
    return out


# a field's values listed in its comment: "relation: str   # supports | contradicts | related"
DECLARED = re.compile(r"^\s*\w+\s*:\s*[\w\[\], .]+?(?:=.*?)?#\s*([\w-]+(?:\s*\|\s*[\w-]+)+)\s*$")

# the tables of the bundled data whose keys are ids the program names (the words are their values), and the
# one whose values are (the canonical unit each word names)
ID_KEYS = [("concepts.yaml", "concepts"), ("units.yaml", "units"), ("units.yaml", "currency_subunits"),
           ("lang/*/measures.yaml", "qualifiers"), ("lang/*/measures.yaml", "difference_after"),
           ("lang/*/numbers.yaml", "qualifiers"), ("lang/*/numbers.yaml", "trailing_qualifiers")]
ID_VALUES = [("lang/*/numbers.yaml", "units")]


def _data_ids() -> set[str]:
    out: set[str] = set()
    data = ROOT / "data"
    for path in sorted(data.glob("lang/[ef][nr]/*.yaml")) + sorted(data.glob("*.yaml")):
        out.update(str(k) for k in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}))
    for tables, take in ((ID_KEYS, dict.keys), (ID_VALUES, dict.values)):
        for pattern, key in tables:
            for path in sorted(data.glob(pattern)):
                out.update(str(v) for v in take((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get(key) or {}))
    return out


def vocabulary() -> frozenset[str]:
    """The program's own words (1 a-c in the docstring), case folded."""
    words: set[str] = set()
    for path in modules():
        for name in _names(ast.parse(path.read_text(encoding="utf-8"))):
            name = name.strip("_")
            if len(name) >= 3:
                words |= {name, name.replace("_", "-"), name.replace("_", " ")}
    for node in ast.walk(ast.parse((CHECKS / "model.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            words.add(node.value)
    for node in ast.parse((CHECKS / "sources" / "schema.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "").endswith("_KEYS") for t in node.targets):
            words.update(ast.literal_eval(node.value))
    for path in modules():
        for line in path.read_text(encoding="utf-8").splitlines():
            declared = DECLARED.search(line)
            if declared:
                words.update(w.strip() for w in declared.group(1).split("|"))
    words |= {p.name for p in (ROOT / "data" / "lang").iterdir() if p.is_dir()}
    words |= _data_ids()
    return frozenset(w.casefold() for w in words)


def is_word(value) -> bool:
    return isinstance(value, str) and bool(WORD.fullmatch(value))


def regex_word_groups(pattern: str) -> list[list[str]]:
    """The words alternated in each group of a regular expression (and at its top level): for
    ``\\s(?:and|et|ainsi qu')\\s|[,;]`` → ``[["and", "et", "ainsi qu'"]]``. An alternative counts as a word
    when it is letters, apostrophes, hyphens and spaces (``\\s``, ``\\s+`` read as a space) and nothing else."""
    groups: list[list[str]] = []
    stack: list[list] = [[[], True]]      # per open group: [alternatives so far, whether the current one is a word]
    current: list[list[str]] = [[]]      # per open group: the text of its current alternative

    def close_alternative() -> None:
        alts, ok = stack[-1]
        text = "".join(current[-1]).strip()      # "the\\s+", "\\sand\\s": the word
        if ok and WORD.fullmatch(text):
            alts.append(text)
        stack[-1][1] = True
        current[-1] = []

    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "s":
                current[-1].append(" ")
                i += 2
                if i < n and pattern[i] in "+*":
                    i += 1
                continue
            if nxt in " '-\u2019":
                current[-1].append(nxt)
            else:
                stack[-1][1] = False
            i += 2
        elif c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            if re.fullmatch(r"(?:\\s|[ -])+", pattern[i + 1:j]):     # [\s-]+ after a word: a space
                current[-1].append(" ")
                i = j + 1
                if i < n and pattern[i] in "+*":
                    i += 1
                continue
            stack[-1][1] = False
            i = j + 1
        elif c == "(":
            stack[-1][1] = False
            j = i + 1
            if pattern.startswith("?P<", j):
                j = pattern.index(">", j) + 1
            elif pattern.startswith(("?<=", "?<!"), j):
                j += 3
            elif pattern.startswith(("?:", "?=", "?!"), j):
                j += 2
            stack.append([[], True])
            current.append([])
            i = j
        elif c == ")":
            close_alternative()
            if len(stack) > 1:
                groups.append(stack.pop()[0])
                current.pop()
            i += 1
        elif c == "|":
            close_alternative()
            i += 1
        elif c in ".^$?*+{}":
            stack[-1][1] = False
            i += 1
        else:
            current[-1].append(c)
            i += 1
    while stack:
        close_alternative()
        groups.append(stack.pop()[0])
        current.pop()
    return [g for g in groups if len(g) >= 2]


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}


def _records(tree: ast.AST) -> set[int]:
    """Tuples returned or yielded, dicts with computed values: records, not lists (2 in the docstring)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Return, ast.Yield)) and isinstance(node.value, ast.Tuple):
            out.add(id(node.value))
        elif isinstance(node, ast.Dict):
            for value in node.values:
                try:
                    ast.literal_eval(value)
                except ValueError:
                    out.add(id(node))
                    break
    return out


def word_lists(source: str, vocabulary: frozenset[str]) -> list[tuple[int, list[str]]]:
    """(line, words) for each word collection and each regular expression alternating words in ``source``
    whose words are not all the program's own."""
    tree = ast.parse(source)
    skip = _docstrings(tree) | _records(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        groups: list[list[str]] = []
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            groups = [[e.value for e in node.elts if isinstance(e, ast.Constant) and is_word(e.value)]]
        elif isinstance(node, ast.Dict):
            groups = [[k.value for k in node.keys if isinstance(k, ast.Constant) and is_word(k.value)]]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            groups = [[w for w in node.func.value.value.split() if is_word(w)]]      # "de du des van von".split()
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            groups = regex_word_groups(node.value)
        for words in groups:
            if len(words) >= 2 and not all(w.casefold() in vocabulary for w in words):
                found.append((node.lineno, words))
    return sorted(found)


def test_no_natural_language_word_list_in_the_engine():
    vocab = vocabulary()
    flagged, used = [], set()
    for path in modules():
        rel = path.relative_to(ROOT).as_posix()
        for line, words in word_lists(path.read_text(encoding="utf-8"), vocab):
            allowed = next((k for k in ((rel, words[0]), ("*", words[0])) if k in ALLOWED), None)
            if allowed:
                used.add(allowed)
                continue
            flagged.append(f"{rel}:{line}: {', '.join(words[:8])}{' …' if len(words) > 8 else ''}")
    assert flagged == [], ("word lists in the engine's Python; move them to data/lang/<code>/*.yaml:\n"
                           + "\n".join(flagged))
    assert sorted(set(ALLOWED) - used) == [], "allow-list entries that match nothing any more"


def test_the_detector_catches_a_planted_list_and_an_alternation():
    vocab = vocabulary()
    planted = ('_X = {"never", "jamais"}\n_Y = re.compile(r"\\b(?:and|et)\\b")\n_Z = ("n\'a", "according to")\n'
               '_W = frozenset("de du van von".split())\n_V = re.compile(r"(?:the\\s+|les\\s+)?")\n'
               '_U = re.compile(r"(?:et[\\s-]+|and[\\s-]+)?")\n')
    assert [line for line, _ in word_lists(planted, vocab)] == [1, 2, 3, 4, 5, 6]
    assert word_lists('_P = re.compile(r"(?<!\\w)(jamais|never)(?!\\w)")', vocab) == [(1, ["jamais", "never"])]


def test_the_detector_leaves_the_program_s_own_words_alone():
    vocab = vocabulary()
    program = ('VERDICTS = ("supported", "contradicted", "not-checkable")\n'
               'def f(x):\n    return "contradicts", "magnitude"\n'
               'row = {"text": x.text, "start": x.start}\n'
               'UNITS = ("percent", "percentage points")\n'
               '"""A docstring: this|that."""\n')
    assert word_lists(program, vocab) == []
