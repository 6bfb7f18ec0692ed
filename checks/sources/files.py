"""Finding the source lists to read: each path given is a file, a folder of ``*.yaml``/``*.yml`` files (taken
in name order) or ``-`` for standard input; a file named twice is read once, and a missing path or a folder
without YAML files is one :class:`~checks.errors.InputError` line. Reading each file (its size cap, its
encoding, its YAML) is ``checks/yamlsafe/``'s."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Union

from ..errors import InputError

YAML_SUFFIXES = (".yaml", ".yml")

PathLike = Union[str, Path]


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
