"""factcheck's command line: parse options, call ``checks``, render, exit. No logic lives here.

Every error is one line on standard error — ``factcheck: error: …`` — and a documented exit code:
0 done, 1 ``--fail-on`` matched (``check-links``: a link gone or failing), 2 usage or input error,
3 internal error. Formats, languages and verdict names are case-insensitive, and a typo of a command,
option, format or verdict gets a "did you mean".

Here: ``main()``, the console script. A plain check of one article file, as the table or in JSON, runs without
typer (``cli/plaincheck.py``: its import is a tenth of a check's start-up, issue 12); anything else runs the typer
app, ``cli/typerapp.py`` (the group, its options, the commands), whose names this module also gives (``app``,
``app_commands``…).
"""
from __future__ import annotations

import os
import sys

from factcheck.checks.errors import FactcheckError
from factcheck.cli.common import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK


def __getattr__(name: str) -> object:
    """The typer app's names (``from factcheck.cli.app import app``), loaded when first asked for; never a special
    name (the import system asks every module for ``__path__``)."""
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from factcheck.cli import typerapp
    try:
        return getattr(typerapp, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def _run(args: list[str]) -> object:
    from factcheck.cli.plaincheck import plain_check
    code = plain_check(args)
    if code is not None:
        return code
    from factcheck.cli.typerapp import run_app
    return run_app(args)


def _say(message: str) -> None:
    import typer
    typer.echo(message, err=True)


def _aborted(exc: BaseException) -> bool:
    """An abort of the typer app (an end of input at a prompt): typer is loaded when it can raise one."""
    typer = sys.modules.get("typer")
    return typer is not None and isinstance(exc, typer.Abort)


# complexity: one try with a handler per way the program can end, each its own exit code and one-line message; they
# belong to one try
def main() -> None:
    """The console script. Whatever happens, one line and a documented exit code: 2 for input and usage
    errors, 3 for an internal error (a bug: the traceback is shown only with FACTCHECK_DEBUG=1)."""
    for stream in (sys.stdout, sys.stderr):   # a non-UTF-8 terminal or pipe: replace what it cannot show
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        code = _run(sys.argv[1:])
    except BrokenPipeError:           # `factcheck … | head`: the reader has gone, nothing more to say
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except OSError as exc:            # a full disk, a closed output: one line, as for any unusable output
        _say(f"factcheck: error: cannot write the output: {exc.strerror or exc}")
        sys.exit(EXIT_INPUT)
    except FactcheckError as exc:     # pragma: no cover - commands turn these into exit 2 already
        _say(f"factcheck: error: {exc}")
        sys.exit(EXIT_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
    except MemoryError:
        _say("factcheck: error: out of memory (the input is too large for this machine)")
        sys.exit(EXIT_INPUT)
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback for the user
        if _aborted(exc):
            sys.exit(130)
        if getattr(exc, "exit_code", None) == EXIT_INPUT and hasattr(exc, "format_message"):
            from factcheck.cli.typerapp import _usage_line
            _say(_usage_line(exc))          # a usage error: unknown option, missing argument
            sys.exit(EXIT_INPUT)
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        _say(f"factcheck: internal error: {what} — please report it (FACTCHECK_DEBUG=1 shows the traceback)")
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
