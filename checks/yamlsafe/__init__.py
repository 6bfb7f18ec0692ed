"""A strict, line-aware YAML loader for user-written files (source lists), built on PyYAML.

PyYAML follows YAML 1.1, whose implicit types surprise people who write YAML by hand. This loader
keeps PyYAML's scanner and parser but decides for itself what plain values become, following the
YAML 1.2 core schema:

    written                   yaml.safe_load          this loader
    1e9, 5.6E9                '1e9' (text)            1000000000.0, 5600000000.0
    20:29                     1229 (base 60)          '20:29'
    yes, no, on, off, NO      True / False            text
    2025-09-18                datetime.date           '2025-09-18' (validated by the caller)
    010                       8 (octal)               10
    a key written twice       the last one wins       a problem naming both lines

Only true/false (also True/TRUE/False/FALSE) are booleans; null, ~ and an empty value are None.
Only the plain tags str, int, float, bool, null, seq and map are understood; any other tag, every
``!!python/...`` one included, is refused, so loading never creates anything but plain data.

Mappings load as :class:`YamlMap` and sequences as :class:`YamlList`: ordinary ``dict`` and
``list`` objects that also remember the 1-based line of the container, of each key and of each
value or item, so a validator can point at the exact line of whatever it rejects.

How: :class:`StrictLoader` is a ``yaml.SafeLoader`` subclass (``yaml.load(text,
Loader=StrictLoader)`` works) whose ``get_single_data`` builds the data straight from the parser's
events instead of composing nodes and running constructors. :class:`StrictCLoader` mixes the same
builder into ``yaml.CSafeLoader`` and is used by default when PyYAML has libyaml: it is about ten
times faster than the pure-Python parser.

Entry points: :func:`read_text` (bytes to text, refusing binary and non-UTF-8 files),
:func:`load_document` (text to data plus duplicate-key problems), :func:`load` (strict: a
duplicate key raises too) and :func:`load_file`. Errors are
:class:`~checks.errors.InputError` carrying the file and line.

The package: ``containers`` (:class:`YamlMap`, :class:`YamlList`), ``loader`` (the plain-value rules, the
builder, :class:`StrictLoader`, :class:`StrictCLoader`) and ``files`` (reading, decoding, loading).
"""
from __future__ import annotations

from .containers import YamlList, YamlMap
from .files import MAX_SOURCE_BYTES, decode, load, load_document, load_file, read_text

_LOADER_NAMES = ("DEFAULT_LOADER", "StrictCLoader", "StrictLoader", "resolve_plain")


def __getattr__(name: str):
    """The loader's names, imported (with PyYAML) at their first use: a check whose tables come from the cache
    parses no YAML, and need not pay for importing it."""
    if name in _LOADER_NAMES:
        from . import loader
        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "YamlMap", "YamlList", "StrictLoader", "StrictCLoader", "DEFAULT_LOADER",
    "resolve_plain", "read_text", "decode", "load_document", "load", "load_file",
]
