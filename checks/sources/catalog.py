"""Source lists into one :class:`~checks.model.Catalog`: each file read and checked (``schema``), then what
spans files — entity and source ids unique across them, references resolved, ``superseded_by`` chains
without a circle — and the public entry points :func:`validate` (every problem), :func:`load_catalog`
(refuses a list with any), :func:`default_catalog` (the bundled lists) and :func:`catalog_to_dicts` (the
JSON listing, with what the reader understood of each fact)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from .. import resources
from ..errors import InputError, Problem, SourceListError
from ..model import Catalog, Quantity, Source
from ..text import fold
from ..yamlsafe import load_file
from .files import PathLike, find_source_files
from .schema import FileChecker, FileResult, Ref
from .values import suggest


# --- across files ---------------------------------------------------------------------------

def _read(path: Path, problems: list[Problem], strict: bool) -> Optional[FileResult]:
    name = "<stdin>" if str(path) == "-" else str(path)
    try:
        data, dup_problems = load_file(path, name)
    except InputError as exc:
        if strict:
            raise
        problems.append(exc.problem)
        return None
    result = FileChecker(name).check(data)
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


def _ref_problem(ref: Ref, catalog: Catalog, by_id: dict[str, Source],
                 names: dict[str, str]) -> Optional[str]:
    if ref.key == "superseded_by":
        if ref.target == ref.own_id:
            return f"superseded_by '{ref.target}' points to the source itself"
        if ref.target in by_id:
            return None
        return f"superseded_by '{ref.target}' is not a known source id{suggest(ref.target, by_id)}"
    if ref.target in catalog.entities:
        return None
    message = f"{ref.key} '{ref.target}' is not a known entity id"
    if not catalog.entities:
        return message + " (no entities are defined; add them under 'entities:')"
    named = names.get(fold(ref.target))
    if named:
        return message + f" (did you mean '{named}'? '{ref.target}' is one of its names)"
    return message + suggest(ref.target, catalog.entities)


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


def _reading_dict(index, fact) -> dict[str, Any]:
    """What the reader understood of a fact: the facets it matches as (figure, period), its measure
    qualifiers, parties, direction and polarity."""
    reading = index.reading(fact)
    facets = [f for f in index.facts if f.source == fact.source and f.id == fact.id]
    return {"figures": [{"quantity": _quantity_dict(f.quantity), "as_of": f.as_of} for f in facets if f.quantity],
            "period": reading.period, "measure": sorted(reading.qualifiers), "giver": reading.giver,
            "receiver": reading.receiver, "direction": reading.direction, "negated": reading.negated,
            "entities": list(reading.entities), "language": reading.language}



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
