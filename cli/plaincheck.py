"""A plain check, run without typer: ``factcheck ARTICLE`` with at most ``--format table|json`` (``-f``,
``--format=``) or ``--json``, ARTICLE one existing file, and ``factcheck --example LANG`` (with the same options).
It runs what ``factcheck check`` runs with those options (``cli/checkrun.py``'s ``run_check``), ends the way the
typer app ends (its exit codes and messages), and leaves everything else — another option, a folder, a pattern,
standard input, a command, an option twice, a value that is not one of these — to the typer app (``plain_check``
gives None). Importing typer and building its commands is a tenth of a check's start-up (issue 12).
"""
from __future__ import annotations

import os
import sys
from typing import Optional

from factcheck.cli.common import COMMANDS, EXAMPLES

PLAIN_FORMATS = ("table", "json")


def plain_args(args: list[str]) -> Optional[tuple[str, str]]:
    """(article, format) when ``args`` are a plain check, else None. The example: its bundled article."""
    article = example = fmt = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in ("--format", "-f", "--example") and rest:
            value = rest.pop(0)
        elif arg.startswith(("--format=", "--example=")):
            arg, _, value = arg.partition("=")
        elif arg == "--json":
            value = "json"
        elif not arg.startswith("-") and article is None:
            article = arg
            continue
        else:
            return None
        if arg == "--example":
            if example is not None:
                return None
            example = value
        elif fmt is not None:
            return None
        else:
            fmt = value.strip().lower()
    return _plain(article, example, fmt)


def _plain(article: Optional[str], example: Optional[str], fmt: Optional[str]) -> Optional[tuple[str, str]]:
    if fmt is not None and fmt not in PLAIN_FORMATS:
        return None
    if example is not None:
        lang = example.strip().lower()
        if article is not None or lang not in EXAMPLES:
            return None
        from factcheck.checks.resources import examples_dir
        return str(examples_dir() / f"{lang}-naumann.txt"), fmt or "table"
    if article is None or article in COMMANDS or any(c in article for c in "*?[") or not os.path.isfile(article):
        return None
    return article, fmt or "table"


def plain_check(args: list[str]) -> Optional[int]:
    """The exit code of ``args`` run as a plain check; None when they are not one (the typer app runs them).
    Shell completion (``_FACTCHECK_COMPLETE``) is always the typer app's."""
    plain = None if "_FACTCHECK_COMPLETE" in os.environ else plain_args(args)
    if plain is None:
        return None
    return _run(*plain)


# complexity: one try with a handler per way typer's own run of the command ends (cli/typerapp.py, typer's _main and
# the commands' FactcheckError wrapper), each its exit code; they belong to one try
def _run(article: str, fmt: str) -> int:
    from factcheck.checks.errors import FactcheckError
    from factcheck.cli.checkrun import run_check
    from factcheck.cli.common import fail
    try:
        run_check([article], fmt_name=fmt)
    except FactcheckError as exc:            # as cli/commandtypes.Command: one line, exit 2
        return _exit_code(fail(str(exc)))
    except EOFError:                         # as typer: an empty line, then the abort's exit
        sys.stderr.write("\n")
        sys.stderr.flush()
        return 130
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        import errno
        if exc.errno != errno.EPIPE:
            raise
        _silence_closed_output()
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - typer's Exit (fail, --fail-on) gives its code; anything else goes on
        code = _exit_code(exc)
        if code is None:
            raise
        return code
    return 0


def _silence_closed_output() -> None:
    """The reader of the output has gone (``factcheck … | head``): point stdout and stderr at the null device so
    the interpreter's last flush at exit has nowhere to fail (as typer does on a broken pipe; the recipe of the
    Python documentation's note on SIGPIPE)."""
    import os
    null = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(null, stream.fileno())
        except (OSError, ValueError):        # (a stream without a file descriptor: nothing buffered to fail)
            pass


def _exit_code(exc: BaseException) -> Optional[int]:
    typer = sys.modules.get("typer")
    if typer is not None and isinstance(exc, typer.Exit):
        return exc.exit_code
    return None
