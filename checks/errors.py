"""Exceptions the engine raises for bad input; the CLI turns each into one line and exit code 2."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


class FactcheckError(Exception):
    """Base class: an input or usage problem the user can fix."""


@dataclass
class Problem:
    """One problem found in an input file, with where it is."""
    file: str
    line: Optional[int]
    message: str
    note: bool = False                # a note (a value read in an unambiguous way) is not an error

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {'note: ' if self.note else ''}{self.message}"


class InputError(FactcheckError):
    """An input (article or source list) that cannot be used. ``str()`` is one line: file[:line]: message."""

    def __init__(self, file: str, message: str, line: Optional[int] = None):
        self.problem = Problem(file, line, message)
        super().__init__(str(self.problem))


class SourceListError(FactcheckError):
    """A source list with one or more problems; ``problems`` lists each with file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = str(problems[0]) if problems else "invalid source list"
        more = f" (and {len(problems) - 1} more problem(s); run 'factcheck sources validate')" if len(problems) > 1 else ""
        super().__init__(first + more)
