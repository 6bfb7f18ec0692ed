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

The package: ``files`` (which files to read), ``values`` (dates, URLs, numbers and the wording of
messages), ``schema`` (one file checked against schema v1 and built into entities, sources and facts) and
``catalog`` (across files, the public entry points, the JSON listing).
"""
from __future__ import annotations

from .catalog import catalog_to_dicts, default_catalog, load_catalog, validate
from .files import find_source_files
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "find_source_files", "validate", "load_catalog", "default_catalog",
           "catalog_to_dicts"]
