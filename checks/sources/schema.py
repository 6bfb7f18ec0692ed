"""Schema v1, one file at a time: :class:`FileChecker` walks a parsed file (``checks/yamlsafe/``), reports
every problem with its line and builds the file's entities, sources and facts even when it has problems;
references to other files (``subject``, ``object``, ``superseded_by``) are kept as :class:`Ref` and checked
once every file is read (``catalog``)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Optional

from ..errors import Problem
from ..model import BOUNDS, Entity, Fact, Quantity, Source
from ..numbers import YEAR_MIN
from ..units import in_currency, years_as_duration
from ..yamlsafe import YamlList, YamlMap
from .values import SPACE, fmt, is_number, iso_date, kind, number_problem, number_text, show, suggest, url_problem

SCHEMA_VERSION = 1

TOP_KEYS = ("version", "entities", "sources")
ENTITY_KEYS = ("names",)
SOURCE_KEYS = ("id", "title", "publisher", "author", "url", "published", "superseded_by", "facts")
FACT_KEYS = ("id", "statement", "subject", "object", "terms", "quantity", "as_of", "quote")
QUANTITY_KEYS = ("value", "min", "max", "unit", "bound")
DEFAULT_BOUND = "about"


# --- per-file validation ----------------------------------------------------------------------

@dataclass
class Ref:
    """A reference to check once every file is read."""
    file: str
    line: int
    label: str        # "fact 'x'" or "source 'y'"
    key: str          # subject | object | superseded_by
    target: str
    own_id: Optional[str] = None


@dataclass
class FileResult:
    """One source list file as read: its entities, sources, references and problems."""
    file: str
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class FileChecker:
    """Checks one parsed file and builds its entities and sources (even when it has problems)."""

    def __init__(self, name: str):
        self.out = FileResult(name)
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
                             f"{where} {show(key)}{in_part}{suggest(str(key), allowed)}; "
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
            hint = " (put it in quotes)" if is_number(value) or isinstance(value, bool) else ""
            self.problem(line, f"{prefix}{shown} must be text, not {kind(value)}{hint}")
            return None
        return value.strip()

    def ident(self, mapping: YamlMap, key: str, label: str, required: bool = False) -> Optional[str]:
        """An id: text without spaces."""
        value = self.text(mapping, key, label, required)
        if value is not None and SPACE.search(value):
            prefix = f"{label}: " if label else ""
            slug = "-".join(value.lower().split())
            self.problem(mapping.value_line(key),
                         f"{prefix}{key} {show(value)} must not contain spaces (e.g. '{slug}')")
            return None
        return value

    def date(self, mapping: YamlMap, key: str, label: str) -> Optional[str]:
        if mapping.get(key) is None:
            return None
        iso, reason = iso_date(mapping[key])
        if reason:
            self.problem(mapping.value_line(key), f"{label}: {key} {reason}")
        return iso

    # the file

    def check(self, data: Any) -> FileResult:
        if data is None:
            self.problem(None, "the file is empty; a source list starts with 'version: 1' and "
                               "has a 'sources:' list")
            return self.out
        if not isinstance(data, YamlMap):
            self.problem(getattr(data, "line", None) or 1,
                         "a source list must be a mapping with 'version: 1' and 'sources:', "
                         f"not {kind(data)}")
            return self.out
        self.keys(data, TOP_KEYS, "")
        if "version" not in data:
            self.problem(data.line, "missing 'version: 1' at the top of the file")
        elif type(data["version"]) is not int or data["version"] != SCHEMA_VERSION:
            version = data["version"]
            shown = repr(version) if isinstance(version, float) else show(version)
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
                         f"not {kind(sources)}")
        else:
            for index, item in enumerate(sources):
                self.source(item, index, sources.item_line(index))
        return self.out

    def entities(self, entities: Any, line: int) -> None:
        if not isinstance(entities, YamlMap):
            self.problem(line, "entities must be a mapping of id: {names: [...]}, "
                               f"not {kind(entities)}")
            return
        for key, body in entities.items():
            key_line = entities.key_line(key)
            if not isinstance(key, str) or not key.strip():
                self.problem(key_line, f"entity id {show(key)} must be text")
                continue
            if SPACE.search(key):
                slug = "-".join(key.lower().split())
                self.problem(key_line, f"entity id {show(key)} must not contain spaces "
                                       f"(e.g. '{slug}')")
                continue
            label = f"entity '{key}'"
            if not isinstance(body, YamlMap):
                self.problem(entities.value_line(key),
                             f"{label} must be a mapping like {{names: [Russia, Moscou]}}, "
                             f"not {kind(body)}")
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
                         f"{label}: {key} must be a list like [word, other word], not {kind(value)}")
            return None
        result = []
        for index, item in enumerate(value):
            line = value.item_line(index)
            if is_number(item) or isinstance(item, (datetime.date, datetime.datetime)):
                # a word list is text: a bare 2025, 1.5 or 2024-06 means the text written (a note, not an error)
                written = item.isoformat() if isinstance(item, (datetime.date, datetime.datetime)) else number_text(item)
                self.out.problems.append(Problem(self.name, line or None, f"{label}: {key} item {index + 1} "
                                                 f"{written} is {kind(item)}, read as the text '{written}'", note=True))
                result.append(written)
            elif not isinstance(item, str):
                hint = " (put it in quotes)" if isinstance(item, bool) else ""
                self.problem(line, f"{label}: {key} item {index + 1} must be text, "
                                   f"not {kind(item)}{hint}")
            elif not item.strip():
                self.problem(line, f"{label}: {key} item {index + 1} is empty")
            else:
                result.append(item.strip())
        return result

    def source(self, item: Any, index: int, line: int) -> None:
        if not isinstance(item, YamlMap):
            self.problem(line, f"source #{index + 1} must be a mapping starting with 'id:', "
                               f"not {kind(item)}")
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
            reason = url_problem(url)
            if reason:
                self.problem(item.value_line("url"), f"{label}: {reason}")
        published = self.date(item, "published", label)
        superseded_by = self.text(item, "superseded_by", label)     # checked once all files are read
        if superseded_by is not None:
            self.out.refs.append(Ref(self.name, item.value_line("superseded_by"), label,
                                      "superseded_by", superseded_by, sid))
        source = Source(id=sid or "", title=title or "", publisher=publisher, author=author,
                        url=url, published=published, superseded_by=superseded_by,
                        file=self.name, line=item.key_line("id") if "id" in item else line)
        facts = item.get("facts")
        if facts is not None:
            if not isinstance(facts, YamlList):
                self.problem(item.value_line("facts"),
                             f"{label}: facts must be a list (each fact starts with '- id: ...'), "
                             f"not {kind(facts)}")
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
                               f"'id:', not {kind(item)}")
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
                self.out.refs.append(Ref(self.name, item.value_line(key), label, key, ref))
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
        """A fact's quantity, each of its problems reported in turn: its numbers, value or min and max, unit,
        bound, and a ratio between 0 and 1; None when there is one."""
        if not isinstance(q, YamlMap):
            self.problem(line, f"{label}: quantity must be a mapping like "
                               f"{{value: 1.2e9, unit: USD}}, not {kind(q)}")
            return None
        self.keys(q, QUANTITY_KEYS, label, inside="quantity")
        numbers, ok = self._quantity_numbers(q, label)
        ok = self._quantity_shape(q, line, label, numbers) and ok
        unit, unit_ok = self._quantity_unit(q, label)
        bound, bound_ok = self._quantity_bound(q, label)
        ok = ok and unit_ok and bound_ok
        if unit == "ratio":
            ok = self._ratio_range(q, label, numbers) and ok
        if not ok:
            return None
        quantity = Quantity(value=numbers.get("value"), min=numbers.get("min"), max=numbers.get("max"),
                            unit=unit, bound=bound)
        in_currency(quantity)             # "US cents per share" compares as USD per share
        years_as_duration(quantity, YEAR_MIN)   # 14 "years" of works: a duration, not the year 14
        return quantity

    def _quantity_numbers(self, q: YamlMap, label: str) -> tuple[dict[str, Optional[float]], bool]:
        ok = True
        numbers: dict[str, Optional[float]] = {}
        for key in ("value", "min", "max"):
            if key in q:
                reason = number_problem(f"quantity.{key}", q[key])
                if reason:
                    self.problem(q.value_line(key), f"{label}: {reason}")
                    ok = False
                    numbers[key] = None
                else:
                    numbers[key] = q[key]
        return numbers, ok

    def _quantity_shape(self, q: YamlMap, line: int, label: str, numbers: dict[str, Optional[float]]) -> bool:
        """A value, or a min and a max in order."""
        has_value, has_min, has_max = ("value" in q), ("min" in q), ("max" in q)
        if has_value and (has_min or has_max):
            self.problem(q.key_line("min" if has_min else "max"),
                         f"{label}: quantity has both a value and a min/max; give either value, "
                         "or min and max")
            return False
        if not has_value and not (has_min or has_max):
            self.problem(line, f"{label}: quantity needs a value, or a min and a max")
            return False
        if has_min != has_max:
            present, missing = ("min", "max") if has_min else ("max", "min")
            self.problem(q.key_line(present), f"{label}: quantity has a {present} but no {missing}; "
                                              "give both, or a single value with a bound")
            return False
        if numbers.get("min") is not None and numbers.get("max") is not None \
                and numbers["min"] > numbers["max"]:
            self.problem(q.value_line("min"),
                         f"{label}: quantity min {fmt(numbers['min'])} is greater than max "
                         f"{fmt(numbers['max'])}")
            return False
        return True

    def _quantity_unit(self, q: YamlMap, label: str) -> tuple[Optional[str], bool]:
        if q.get("unit") is None:
            self.problem(q.key_line("unit") if "unit" in q else q.line,
                         f"{label}: quantity needs a unit (a currency code like USD or EUR, "
                         "percent, ratio, or a noun like people)")
            return None, False
        unit = self.text(q, "unit", label, shown="quantity.unit")
        return unit, unit is not None

    def _quantity_bound(self, q: YamlMap, label: str) -> tuple[str, bool]:
        if q.get("bound") is None:
            return DEFAULT_BOUND, True
        raw = q["bound"]
        if not isinstance(raw, str) or raw.strip() not in BOUNDS:
            self.problem(q.value_line("bound"),
                         f"{label}: quantity.bound {show(raw)} must be one of "
                         f"{', '.join(BOUNDS)}{suggest(str(raw), BOUNDS)}")
            return DEFAULT_BOUND, False
        return raw.strip(), True

    def _ratio_range(self, q: YamlMap, label: str, numbers: dict[str, Optional[float]]) -> bool:
        """A ratio's numbers between 0 and 1."""
        ok = True
        for key in ("value", "min", "max"):
            number = numbers.get(key)
            if number is not None and not 0 <= number <= 1:
                self.problem(q.value_line(key),
                             f"{label}: quantity.{key} {fmt(number)} is not a share between 0 "
                             f"and 1, as unit ratio requires (for {fmt(number)} % use unit: "
                             "percent)")
                ok = False
        return ok
