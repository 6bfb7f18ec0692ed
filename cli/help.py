"""Help that reads like a manual: plain metavars (ARTICLE…, FILE, N), one example per command, the exit
codes and the environment variables — written from the commands' own parameters, so it does not depend
on how a typer or click version prints types."""
from __future__ import annotations

import shutil
import textwrap
from typing import Any

EXIT_CODES = ("0 done, whatever the verdicts · 1 --fail-on matched (check-links: a link is gone or "
              "fails) · 2 usage or input error, one line naming the file · 3 internal error (a bug)")
ENVIRONMENT = ("NO_COLOR=1 no colours · COLUMNS=N table width · FACTCHECK_DEBUG=1 tracebacks of internal "
               "errors · FACTCHECK_CACHE_DIR=DIR where source lists are cached · FACTCHECK_NO_CACHE=1 no cache")


def _width() -> int:
    return max(40, min(100, shutil.get_terminal_size((80, 24)).columns))


def _wrap(text: str, indent: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False) or [indent.rstrip()]


def _param_label(param: Any) -> str:
    if getattr(param, "param_type_name", "") == "argument":
        return param.metavar or param.name.upper()
    opts = ", ".join(sorted(list(param.opts) + list(param.secondary_opts), key=lambda o: (o.startswith("--"), o)))
    if not getattr(param, "is_flag", False) and not getattr(param, "count", False):
        opts += f" {param.metavar or 'VALUE'}"
    return opts


def _rows(rows: list[tuple[str, str]], width: int) -> list[str]:
    left = min(28, max((len(label) for label, _ in rows), default=0) + 2)
    out = []
    for label, text in rows:
        if len(label) + 2 > left:
            out.append(f"  {label}")
            out.extend(_wrap(text, " " * (left + 2), width))
        else:
            lines = _wrap(text, " " * (left + 2), width)
            first = f"  {label.ljust(left)}{lines[0].strip()}" if lines[0].strip() else f"  {label}"
            out.append(first)
            out.extend(lines[1:])
    return out


# complexity: the sections of a help page in order, each shown only when the command has it; splitting them would only
# pass the same list around
def command_help(command: Any, ctx: Any, usage: str, commands: dict[str, Any] | None = None) -> str:
    """The help of a command (or of a group, with its ``commands``)."""
    width = _width()
    doc = (command.help or "").strip().split("\n\n")
    summary, rest = doc[0], [p for p in doc[1:] if p.strip()]
    out = [f"Usage: {usage}", ""] + _wrap(" ".join(summary.split()), "  ", width)
    for para in rest:
        out.append("")
        if para.lstrip().startswith("Example"):
            out += ["Example:", *("  " + line.strip() for line in para.split("\n")[1:] if line.strip())]
        else:
            out += _wrap(" ".join(para.split()), "  ", width)
    params = [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]
    args = [p for p in params if getattr(p, "param_type_name", "") == "argument"]
    opts = [p for p in params if getattr(p, "param_type_name", "") != "argument"]
    if args:
        out += ["", "Arguments:"] + _rows([(_param_label(p), getattr(p, "help", "") or "") for p in args], width)
    if commands:
        out += ["", "Commands:"] + _rows([(name, (cmd.help or "").strip().split("\n")[0])
                                          for name, cmd in commands.items() if not getattr(cmd, "hidden", False)], width)
    if opts:
        out += ["", "Options:"] + _rows([(_param_label(p), getattr(p, "help", "") or "") for p in opts], width)
    out += ["", "Exit codes:"] + _wrap(EXIT_CODES, "  ", width)
    out += ["", "Environment:"] + _wrap(ENVIRONMENT, "  ", width)
    return "\n".join(out) + "\n"
