"""What every command of the command line shares: the exit codes, formats and languages, the one-line error
(``fail``) and note (``note``), case-insensitive choices with a "did you mean" (``choice``) and the reading of
``-`` for standard input (``source_args``, ``stdin_hint``). The help's command classes (``Command``, ``Group``) are
``cli/commandtypes.py``. typer is imported only when a message is written (``fail``, ``note``): a plain check
(``cli/plaincheck.py``) runs without it (issue 12, start-up).
"""
from __future__ import annotations

import sys
from typing import List, Optional

from factcheck.checks.resources import LANGS as READ_LANGS

EXIT_OK, EXIT_FAIL_ON, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
CHECK_FORMATS = ("table", "json", "jsonl", "markdown", "html", "claimreview")
STREAMED_FORMATS = ("json", "jsonl")   # one article in these is written as it is checked; the others are built whole
CLAIMS_FORMATS = ("table", "json", "html")
LIST_FORMATS = ("table", "json")
COMMANDS = ("check", "claims", "sources", "batch")   # the program's commands (cli/app.py's; a test keeps them equal)
LANGS = ("auto", *READ_LANGS)          # the languages of data/lang/languages.txt
EXAMPLES = ("fr", "en")
USAGE = {
    "factcheck": "factcheck [check] ARTICLE... [OPTIONS]  |  factcheck COMMAND ...",
    "factcheck check": "factcheck [check] ARTICLE... [OPTIONS]",
    "factcheck claims": "factcheck claims ARTICLE [OPTIONS]",
    "factcheck batch": "factcheck batch INPUT... [-o FILE] [--resume] [OPTIONS]",
    "factcheck sources": "factcheck sources COMMAND [FILE...] [OPTIONS]",
    "factcheck sources validate": "factcheck sources validate [FILE...]",
    "factcheck sources list": "factcheck sources list [FILE...] [OPTIONS]",
    "factcheck sources check-links": "factcheck sources check-links [FILE...] [OPTIONS]",
    "factcheck sources draft": "factcheck sources draft DOCUMENT [OPTIONS]",
}


def fail(message: str) -> "typer.Exit":
    import typer
    typer.echo(f"factcheck: error: {message}", err=True)
    return typer.Exit(EXIT_INPUT)


def note(message: str, quiet: bool = False) -> None:
    if not quiet:
        import typer
        typer.echo(f"factcheck: note: {message}", err=True)


def did_you_mean(word: str, choices, cutoff: float = 0.6) -> str:
    import difflib
    close = difflib.get_close_matches(word.lower(), [c.lower() for c in choices], n=1, cutoff=cutoff)
    return f"; did you mean '{close[0]}'?" if close else ""


def choice(value: str, choices: tuple[str, ...], what: str, option: str) -> str:
    """``value`` as one of ``choices``, whatever its case; else exit 2 with the choices and a did-you-mean."""
    low = (value or "").strip().lower()
    if low in choices:
        return low
    raise fail(f"{option}: '{value}' is not a {what}; choose from {', '.join(choices)}{did_you_mean(low, choices)}")


def source_args(sources: Optional[List[str]], articles: list[str]) -> Optional[list[str]]:
    if not sources:
        return None
    if "-" in sources and "-" in articles:
        raise fail("the article and the source list cannot both come from standard input (-)")
    if "-" in sources and sys.stdin.isatty():
        note("reading the source list from standard input; end it with Ctrl-D")
    return list(sources)


def stdin_hint(inputs: list[str], quiet: bool) -> None:
    if "-" in inputs and sys.stdin.isatty():
        note("reading the article from standard input; end it with Ctrl-D (Ctrl-Z then Enter on Windows)", quiet)
