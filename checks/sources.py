"""Source lists: find the YAML files, validate them against schema v1, build a ``Catalog``.

Takes paths (files or folders of ``*.yaml``/``*.yml``), gives a :class:`~checks.model.Catalog` of
sources, facts and entities, each carrying the file and line it came from. Validation collects
every problem in every file (:func:`validate`); :func:`load_catalog` refuses a list that has any.

Schema v1, in short (the README has the full example)::

    version: 1
    entities:                       # optional; merged across all files given
      russia: {names: [Russia, Moscou]}
    sources:
      - id: some-study              # required, unique across all files
        title: Some study           # required
        publisher / author / url / published / superseded_by
        facts:
          - id: figure              # required, unique within the source
            statement: ...          # required
            subject / object / terms / quantity / as_of / quote

A file may hold only ``entities`` (shared by other files) and no ``sources``.
"""
from __future__ import annotations

import datetime
import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Union
from urllib.parse import urlsplit

from . import resources
from .errors import InputError, Problem, SourceListError
from .model import BOUNDS, Catalog, Entity, Fact, Quantity, Source
from .text import fold
from .yamlsafe import YamlList, YamlMap, load_file, resolve_plain

__all__ = ["SCHEMA_VERSION", "find_source_files", "validate", "load_catalog", "default_catalog",
           "catalog_to_dicts"]

SCHEMA_VERSION = 1
YAML_SUFFIXES = (".yaml", ".yml")

TOP_KEYS = ("version", "entities", "sources")
ENTITY_KEYS = ("names",)
SOURCE_KEYS = ("id", "title", "publisher", "author", "url", "published", "superseded_by", "facts")
FACT_KEYS = ("id", "statement", "subject", "object", "terms", "quantity", "as_of", "quote")
QUANTITY_KEYS = ("value", "min", "max", "unit", "bound")
DEFAULT_BOUND = "about"

PathLike = Union[str, Path]
_INT_TAG, _FLOAT_TAG = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"


# --- finding files ----------------------------------------------------------------------------

def find_source_files(paths: Iterable[PathLike]) -> list[Path]:
    """The YAML files to read: each path is a file, or a folder whose ``*.yaml``/``*.yml`` are taken
    in name order (hidden files skipped, not recursive). A file named twice is read once.

    Raises ``InputError`` for a missing path, an unreadable folder or a folder without YAML files.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    given = list(paths)
    if not given:
        raise InputError("--sources", "no source list given")
    for raw in given:
        if str(raw) == "-":               # standard input, read once
            if Path("-") not in seen:
                seen.add(Path("-"))
                found.append(Path("-"))
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            try:
                children = sorted(
                    (c for c in path.iterdir()
                     if c.suffix.lower() in YAML_SUFFIXES and not c.name.startswith(".") and c.is_file()),
                    key=lambda c: c.name)
            except OSError as exc:
                raise InputError(str(path), f"folder cannot be read ({exc.strerror or exc})") from None
            if not children:
                raise InputError(str(path), "folder has no source list (no .yaml or .yml files in it)")
        elif path.exists():
            children = [path]
        else:
            raise InputError(str(path), "no such file or folder")
        for child in children:
            key = child.resolve()
            if key not in seen:
                seen.add(key)
                found.append(child)
    return found


# --- small helpers ----------------------------------------------------------------------------

def _reading_dict(index, fact) -> dict[str, Any]:
    """What the reader understood of a fact: the facets it matches as (figure, period), its measure
    qualifiers, parties, direction and polarity."""
    reading = index.reading(fact)
    facets = [f for f in index.facts if f.source == fact.source and f.id == fact.id]
    return {"figures": [{"quantity": _quantity_dict(f.quantity), "as_of": f.as_of} for f in facets if f.quantity],
            "period": reading.period, "measure": sorted(reading.qualifiers), "giver": reading.giver,
            "receiver": reading.receiver, "direction": reading.direction, "negated": reading.negated,
            "entities": list(reading.entities), "language": reading.language}


def _number_text(value: Any) -> str:
    """A number as a person writes it: 2025, 1.5 (not 2025.0)."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _kind(value: Any) -> str:
    """How a journalist would name the type of a YAML value."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a mapping (key: value pairs)"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _show(value: Any, limit: int = 60) -> str:
    """A value quoted for a one-line message."""
    if isinstance(value, float):
        text = _fmt(value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return f"'{text}'"


def _fmt(number: Any) -> str:
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return str(number)


def _suggest(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` or ``""``."""
    close = difflib.get_close_matches(str(word), list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_SPACE = re.compile(r"\s")
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_QUARTER = re.compile(r"(\d{4})-?[Qq]([1-4])\Z")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _iso_date(value: Any) -> tuple[Optional[str], Optional[str]]:
    """``(iso, None)`` for a valid YYYY / YYYY-MM / YYYY-MM-DD, else ``(None, reason)``."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)                 # a bare year such as 2025 (YAML reads it as a number)
    if not isinstance(value, str):
        return None, f"must be a date like 2025-09-18, not {_kind(value)}"
    quarter = _QUARTER.match(value.strip())
    if quarter:                            # a quarter, as statistical releases give them: 2024-Q1
        return f"{quarter.group(1)}-Q{quarter.group(2)}", None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None, (f"{_show(value)} is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a quarter YYYY-Q1 "
                      "(e.g. 2025-09-18)")
    year, month, day = (int(g) if g else None for g in m.groups())
    if year == 0:
        return None, f"{_show(value)} is not a real date (there is no year 0)"
    if month is not None and not 1 <= month <= 12:
        return None, f"{_show(value)} is not a real date (there is no month {month})"
    if day is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return None, (f"{_show(value)} is not a real date ({_MONTHS[month - 1]} {year} has no "
                          f"day {day})")
    return value.strip(), None


def _url_problem(value: str) -> Optional[str]:
    if _SPACE.search(value):
        return f"url {_show(value)} contains spaces"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        return f"url {_show(value)} must start with http:// or https://"
    if not parts.netloc:
        return f"url {_show(value)} has no site name after {parts.scheme}://"
    return None


def _number_problem(path: str, value: Any) -> Optional[str]:
    """Why ``value`` is not a usable number, or None."""
    if _is_number(value):
        if isinstance(value, float) and not math.isfinite(value):
            return f"{path} {_show(value)} is not a finite number"
        return None
    if isinstance(value, str):
        text = value.strip()
        if text and resolve_plain(text) in (_INT_TAG, _FLOAT_TAG):
            hint = " (remove the quotes to make it a number)"
        elif re.fullmatch(r"[-+]?[\d\s.,_\u00a0\u202f']+", text) and any(c.isdigit() for c in text):
            hint = " (write digits only, with a dot for decimals: 1200000 or 1.2e6)"
        else:
            hint = ""
        return f"{path} {_show(value)} is not a number{hint}"
    if value is None:
        return f"{path} is empty; give a number"
    return f"{path} must be a number, not {_kind(value)}"


# --- per-file validation ----------------------------------------------------------------------

@dataclass
class _Ref:
    """A reference to check once every file is read."""
    file: str
    line: int
    label: str        # "fact 'x'" or "source 'y'"
    key: str          # subject | object | superseded_by
    target: str
    own_id: Optional[str] = None


@dataclass
class _FileResult:
    file: str
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    refs: list[_Ref] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _FileChecker:
    """Checks one parsed file and builds its entities and sources (even when it has problems)."""

    def __init__(self, name: str):
        self.out = _FileResult(name)
        self.name = name

    def problem(self, line: Optional[int], message: str) -> None:
        self.out.problems.append(Problem(self.name, line or None, message))

    # generic key checks

    def keys(self, mapping: YamlMap, allowed: tuple[str, ...], label: str, inside: str = "") -> None:
        """Report every key of ``mapping`` not in ``allowed`` (``inside``: "quantity" etc.)."""
        for key in mapping:
            if key not in allowed:
                where = f"{label}: unknown key" if label else "unknown top-level key"
                in_part = f" in {inside}" if inside else ""
                self.problem(mapping.key_line(key),
                             f"{where} {_show(key)}{in_part}{_suggest(str(key), allowed)}; "
                             f"allowed keys: {', '.join(allowed)}")

    def text(self, mapping: YamlMap, key: str, label: str, required: bool = False,
             shown: Optional[str] = None) -> Optional[str]:
        """A non-empty text value, or None (after reporting) if absent or wrong.

        An optional key left empty (``author:``) counts as absent.
        """
        prefix = f"{label}: " if label else ""
        shown = shown or key
        if key not in mapping or (mapping[key] is None and not required):
            if required:
                self.problem(mapping.line, f"{prefix}missing required key '{key}'")
            return None
        value = mapping[key]
        line = mapping.value_line(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problem(line, f"{prefix}{shown} is empty")
            return None
        if not isinstance(value, str):
            hint = " (put it in quotes)" if _is_number(value) or isinstance(value, bool) else ""
            self.problem(line, f"{prefix}{shown} must be text, not {_kind(value)}{hint}")
            return None
        return value.strip()

    def ident(self, mapping: YamlMap, key: str, label: str, required: bool = False) -> Optional[str]:
        """An id: text without spaces."""
        value = self.text(mapping, key, label, required)
        if value is not None and _SPACE.search(value):
            prefix = f"{label}: " if label else ""
            slug = "-".join(value.lower().split())
            self.problem(mapping.value_line(key),
                         f"{prefix}{key} {_show(value)} must not contain spaces (e.g. '{slug}')")
            return None
        return value

    def date(self, mapping: YamlMap, key: str, label: str) -> Optional[str]:
        if mapping.get(key) is None:
            return None
        iso, reason = _iso_date(mapping[key])
        if reason:
            self.problem(mapping.value_line(key), f"{label}: {key} {reason}")
        return iso

    # the file

    def check(self, data: Any) -> _FileResult:
        if data is None:
            self.problem(None, "the file is empty; a source list starts with 'version: 1' and "
                               "has a 'sources:' list")
            return self.out
        if not isinstance(data, YamlMap):
            self.problem(getattr(data, "line", None) or 1,
                         "a source list must be a mapping with 'version: 1' and 'sources:', "
                         f"not {_kind(data)}")
            return self.out
        self.keys(data, TOP_KEYS, "")
        if "version" not in data:
            self.problem(data.line, "missing 'version: 1' at the top of the file")
        elif type(data["version"]) is not int or data["version"] != SCHEMA_VERSION:
            version = data["version"]
            shown = repr(version) if isinstance(version, float) else _show(version)
            hint = " (write it without quotes)" if str(version).strip() == str(SCHEMA_VERSION) \
                else f" (this factcheck reads schema version {SCHEMA_VERSION})"
            self.problem(data.value_line("version"),
                         f"version must be {SCHEMA_VERSION}, not {shown}{hint}")
        if data.get("entities") is not None:
            self.entities(data["entities"], data.value_line("entities"))
        sources = data.get("sources")
        if sources is None:
            if data.get("entities") is None:
                self.problem(data.key_line("sources") if "sources" in data else data.line,
                             "the file has no 'sources:' list (and no 'entities:')")
        elif not isinstance(sources, YamlList):
            self.problem(data.value_line("sources"),
                         f"sources must be a list (each source starts with '- id: ...'), "
                         f"not {_kind(sources)}")
        else:
            for index, item in enumerate(sources):
                self.source(item, index, sources.item_line(index))
        return self.out

    def entities(self, entities: Any, line: int) -> None:
        if not isinstance(entities, YamlMap):
            self.problem(line, "entities must be a mapping of id: {names: [...]}, "
                               f"not {_kind(entities)}")
            return
        for key, body in entities.items():
            key_line = entities.key_line(key)
            if not isinstance(key, str) or not key.strip():
                self.problem(key_line, f"entity id {_show(key)} must be text")
                continue
            if _SPACE.search(key):
                slug = "-".join(key.lower().split())
                self.problem(key_line, f"entity id {_show(key)} must not contain spaces "
                                       f"(e.g. '{slug}')")
                continue
            label = f"entity '{key}'"
            if not isinstance(body, YamlMap):
                self.problem(entities.value_line(key),
                             f"{label} must be a mapping like {{names: [Russia, Moscou]}}, "
                             f"not {_kind(body)}")
                continue
            self.keys(body, ENTITY_KEYS, label)
            names = self.string_list(body, "names", label, required=True)
            if names is not None and not names:
                self.problem(body.value_line("names"), f"{label}: names must list at least one name")
            self.out.entities.append(Entity(key, names or [], self.name, key_line))

    def string_list(self, mapping: YamlMap, key: str, label: str,
                    required: bool = False) -> Optional[list[str]]:
        if key not in mapping or mapping[key] is None:
            if required:
                self.problem(mapping.line, f"{label}: missing required key '{key}'")
            return None
        value = mapping[key]
        if not isinstance(value, YamlList):
            self.problem(mapping.value_line(key),
                         f"{label}: {key} must be a list like [word, other word], not {_kind(value)}")
            return None
        result = []
        for index, item in enumerate(value):
            line = value.item_line(index)
            if _is_number(item) or isinstance(item, (datetime.date, datetime.datetime)):
                # a word list is text: a bare 2025, 1.5 or 2024-06 means the text written (a note, not an error)
                written = item.isoformat() if isinstance(item, (datetime.date, datetime.datetime)) else _number_text(item)
                self.out.problems.append(Problem(self.name, line or None, f"{label}: {key} item {index + 1} "
                                                 f"{written} is {_kind(item)}, read as the text '{written}'", note=True))
                result.append(written)
            elif not isinstance(item, str):
                hint = " (put it in quotes)" if isinstance(item, bool) else ""
                self.problem(line, f"{label}: {key} item {index + 1} must be text, "
                                   f"not {_kind(item)}{hint}")
            elif not item.strip():
                self.problem(line, f"{label}: {key} item {index + 1} is empty")
            else:
                result.append(item.strip())
        return result

    def source(self, item: Any, index: int, line: int) -> None:
        if not isinstance(item, YamlMap):
            self.problem(line, f"source #{index + 1} must be a mapping starting with 'id:', "
                               f"not {_kind(item)}")
            return
        provisional = f"source #{index + 1}"
        sid = self.ident(item, "id", provisional, required=True)
        label = f"source '{sid}'" if sid else provisional
        self.keys(item, SOURCE_KEYS, label)
        title = self.text(item, "title", label, required=True)
        publisher = self.text(item, "publisher", label)
        author = self.text(item, "author", label)
        url = self.text(item, "url", label)
        if url is not None:
            reason = _url_problem(url)
            if reason:
                self.problem(item.value_line("url"), f"{label}: {reason}")
        published = self.date(item, "published", label)
        superseded_by = self.text(item, "superseded_by", label)     # checked once all files are read
        if superseded_by is not None:
            self.out.refs.append(_Ref(self.name, item.value_line("superseded_by"), label,
                                      "superseded_by", superseded_by, sid))
        source = Source(id=sid or "", title=title or "", publisher=publisher, author=author,
                        url=url, published=published, superseded_by=superseded_by,
                        file=self.name, line=item.key_line("id") if "id" in item else line)
        facts = item.get("facts")
        if facts is not None:
            if not isinstance(facts, YamlList):
                self.problem(item.value_line("facts"),
                             f"{label}: facts must be a list (each fact starts with '- id: ...'), "
                             f"not {_kind(facts)}")
            else:
                seen: dict[str, int] = {}
                for findex, fitem in enumerate(facts):
                    fact = self.fact(fitem, findex, facts.item_line(findex), source, label)
                    if fact is None or not fact.id:
                        continue
                    if fact.id in seen:
                        self.problem(fact.line, f"fact id '{fact.id}' is used twice in {label} "
                                                f"(first on line {seen[fact.id]})")
                    else:
                        seen[fact.id] = fact.line
                    source.facts.append(fact)
        self.out.sources.append(source)

    def fact(self, item: Any, index: int, line: int, source: Source,
             source_label: str) -> Optional[Fact]:
        if not isinstance(item, YamlMap):
            self.problem(line, f"{source_label}: fact #{index + 1} must be a mapping starting with "
                               f"'id:', not {_kind(item)}")
            return None
        provisional = f"fact #{index + 1} of {source_label}"
        fid = self.ident(item, "id", provisional, required=True)
        label = f"fact '{fid}'" if fid else provisional
        self.keys(item, FACT_KEYS, label)
        statement = self.text(item, "statement", label, required=True)
        refs = {}
        for key in ("subject", "object"):
            ref = self.text(item, key, label)       # checked against the entities of all files
            refs[key] = ref
            if ref is not None:
                self.out.refs.append(_Ref(self.name, item.value_line(key), label, key, ref))
        terms = self.string_list(item, "terms", label)
        quantity = None
        if item.get("quantity") is not None:
            quantity = self.quantity(item["quantity"], item.value_line("quantity"), label)
        as_of = self.date(item, "as_of", label)
        quote = self.text(item, "quote", label)
        return Fact(id=fid or "", source=source.id, statement=statement or "",
                    subject=refs["subject"], object=refs["object"], terms=terms or [],
                    quantity=quantity, as_of=as_of, quote=quote, file=self.name,
                    line=item.key_line("id") if "id" in item else line)

    def quantity(self, q: Any, line: int, label: str) -> Optional[Quantity]:
        if not isinstance(q, YamlMap):
            self.problem(line, f"{label}: quantity must be a mapping like "
                               f"{{value: 1.2e9, unit: USD}}, not {_kind(q)}")
            return None
        self.keys(q, QUANTITY_KEYS, label, inside="quantity")
        ok = True
        numbers: dict[str, Optional[float]] = {}
        for key in ("value", "min", "max"):
            if key in q:
                reason = _number_problem(f"quantity.{key}", q[key])
                if reason:
                    self.problem(q.value_line(key), f"{label}: {reason}")
                    ok = False
                    numbers[key] = None
                else:
                    numbers[key] = q[key]
        has_value, has_min, has_max = ("value" in q), ("min" in q), ("max" in q)
        if has_value and (has_min or has_max):
            self.problem(q.key_line("min" if has_min else "max"),
                         f"{label}: quantity has both a value and a min/max; give either value, "
                         "or min and max")
            ok = False
        elif not has_value and not (has_min or has_max):
            self.problem(line, f"{label}: quantity needs a value, or a min and a max")
            ok = False
        elif has_min != has_max:
            present, missing = ("min", "max") if has_min else ("max", "min")
            self.problem(q.key_line(present), f"{label}: quantity has a {present} but no {missing}; "
                                              "give both, or a single value with a bound")
            ok = False
        elif numbers.get("min") is not None and numbers.get("max") is not None \
                and numbers["min"] > numbers["max"]:
            self.problem(q.value_line("min"),
                         f"{label}: quantity min {_fmt(numbers['min'])} is greater than max "
                         f"{_fmt(numbers['max'])}")
            ok = False
        unit = None
        if q.get("unit") is None:
            self.problem(q.key_line("unit") if "unit" in q else q.line,
                         f"{label}: quantity needs a unit (a currency code like USD or EUR, "
                         "percent, ratio, or a noun like people)")
            ok = False
        else:
            unit = self.text(q, "unit", label, shown="quantity.unit")
            ok = ok and unit is not None
        bound = DEFAULT_BOUND
        if q.get("bound") is not None:
            raw = q["bound"]
            if not isinstance(raw, str) or raw.strip() not in BOUNDS:
                self.problem(q.value_line("bound"),
                             f"{label}: quantity.bound {_show(raw)} must be one of "
                             f"{', '.join(BOUNDS)}{_suggest(str(raw), BOUNDS)}")
                ok = False
            else:
                bound = raw.strip()
        if unit == "ratio":
            for key in ("value", "min", "max"):
                number = numbers.get(key)
                if number is not None and not 0 <= number <= 1:
                    self.problem(q.value_line(key),
                                 f"{label}: quantity.{key} {_fmt(number)} is not a share between 0 "
                                 f"and 1, as unit ratio requires (for {_fmt(number)} % use unit: "
                                 "percent)")
                    ok = False
        if not ok:
            return None
        return Quantity(value=numbers.get("value"), min=numbers.get("min"), max=numbers.get("max"),
                        unit=unit, bound=bound)


# --- across files ---------------------------------------------------------------------------

def _read(path: Path, problems: list[Problem], strict: bool) -> Optional[_FileResult]:
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        data, dup_problems = load_file(path, name)
    except InputError as exc:
        if strict:
            raise
        problems.append(exc.problem)
        return None
    result = _FileChecker(name).check(data)
    result.problems[:0] = dup_problems
    return result


def _build(files: list[Path], strict: bool) -> tuple[Catalog, list[Problem]]:
    problems: list[Problem] = []
    catalog = Catalog(files=[str(f) for f in files])
    results = [r for r in (_read(f, problems, strict) for f in files) if r is not None]

    def where(file: str, line: int, here: str) -> str:
        return f"line {line}" if file == here else f"{file}:{line}"

    for result in results:
        problems.extend(result.problems)
        for entity in result.entities:
            first = catalog.entities.get(entity.id)
            if first is not None:
                problems.append(Problem(entity.file, entity.line,
                                        f"entity id '{entity.id}' is already defined "
                                        f"({where(first.file, first.line, entity.file)})"))
            else:
                catalog.entities[entity.id] = entity

    by_id: dict[str, Source] = {}
    for result in results:
        for source in result.sources:
            if not source.id:
                continue
            first = by_id.get(source.id)
            if first is not None:
                problems.append(Problem(source.file, source.line,
                                        f"source id '{source.id}' is already used "
                                        f"({where(first.file, first.line, source.file)})"))
                continue
            by_id[source.id] = source
            catalog.sources.append(source)

    names = {}
    for entity in catalog.entities.values():
        for name in entity.names:
            names.setdefault(fold(name), entity.id)
    for result in results:
        for ref in result.refs:
            message = _ref_problem(ref, catalog, by_id, names)
            if message:
                problems.append(Problem(ref.file, ref.line, f"{ref.label}: {message}"))
    problems.extend(_supersede_cycles(catalog.sources))

    order = {str(f): i for i, f in enumerate(files)}
    problems.sort(key=lambda p: (order.get(p.file, len(order)), p.line or 0))
    return catalog, problems


def _ref_problem(ref: _Ref, catalog: Catalog, by_id: dict[str, Source],
                 names: dict[str, str]) -> Optional[str]:
    if ref.key == "superseded_by":
        if ref.target == ref.own_id:
            return f"superseded_by '{ref.target}' points to the source itself"
        if ref.target in by_id:
            return None
        return f"superseded_by '{ref.target}' is not a known source id{_suggest(ref.target, by_id)}"
    if ref.target in catalog.entities:
        return None
    message = f"{ref.key} '{ref.target}' is not a known entity id"
    if not catalog.entities:
        return message + " (no entities are defined; add them under 'entities:')"
    named = names.get(fold(ref.target))
    if named:
        return message + f" (did you mean '{named}'? '{ref.target}' is one of its names)"
    return message + _suggest(ref.target, catalog.entities)


def _supersede_cycles(sources: list[Source]) -> list[Problem]:
    """Sources that end up superseding themselves through a chain (a -> b -> a)."""
    by_id = {s.id: s for s in sources}
    reported: set[str] = set()
    problems = []
    for start in sources:
        chain = [start.id]
        current = start
        while current.superseded_by in by_id and current.superseded_by != current.id:
            nxt = current.superseded_by
            if nxt == start.id:
                if not reported.intersection(chain):
                    problems.append(Problem(start.file, start.line,
                                            f"source '{start.id}': superseded_by goes round in a "
                                            f"circle ({' -> '.join(chain + [start.id])})"))
                reported.update(chain)
                break
            if nxt in chain:
                break
            chain.append(nxt)
            current = by_id[nxt]
    return problems


# --- public API -----------------------------------------------------------------------------

def validate(paths: Iterable[PathLike]) -> list[Problem]:
    """Every problem in every file given, each with file and line (empty list: all good).

    Unreadable, binary, non-UTF-8 and syntactically broken files are reported as one problem
    each and the other files are still checked. Raises ``InputError`` only when the paths
    themselves are wrong (missing path, folder without YAML files).
    """
    _, problems = _build(find_source_files(paths), strict=False)
    return problems


def load_catalog(paths: Iterable[PathLike]) -> Catalog:
    """The catalog of the given files.

    Raises ``InputError`` for a path or file that cannot be read or parsed (missing, binary,
    not UTF-8, YAML syntax error) and ``SourceListError`` listing every content problem.
    """
    catalog, problems = _build(find_source_files(paths), strict=True)
    errors = [p for p in problems if not p.note]
    if errors:
        raise SourceListError(errors)
    return catalog


def default_catalog() -> Catalog:
    """The bundled source lists (``data/sources/``)."""
    return load_catalog([resources.default_sources()])


def _quantity_dict(q: Optional[Quantity]) -> Optional[dict[str, Any]]:
    if q is None:
        return None
    return {"value": q.value, "min": q.min, "max": q.max, "unit": q.unit, "bound": q.bound}


def catalog_to_dicts(catalog: Catalog, index=None) -> list[dict[str, Any]]:
    """Plain JSON-ready dicts, one per source with its facts (``factcheck sources list --format json``); with
    the fact index (``match.FactIndex``), each fact also says what the reader understood of it (``read``)."""
    out = []
    for s in catalog.sources:
        out.append({
            "id": s.id, "title": s.title, "publisher": s.publisher, "author": s.author,
            "url": s.url, "published": s.published, "superseded_by": s.superseded_by,
            "file": s.file, "line": s.line,
            "facts": [{
                "id": f.id, "statement": f.statement, "subject": f.subject, "object": f.object,
                "terms": list(f.terms), "quantity": _quantity_dict(f.quantity), "as_of": f.as_of,
                "quote": f.quote, "file": f.file, "line": f.line,
                **({"read": _reading_dict(index, f)} if index is not None else {}),
            } for f in s.facts],
        })
    return out
