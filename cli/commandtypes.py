"""The help's command classes of the command line: ``Command`` (a command whose help ``cli.help`` writes and whose
input errors end as one line and exit 2) and ``Group`` (a group that answers an unknown command with a "did you
mean"). Apart from ``cli/common.py`` so that a plain check (``cli/plaincheck.py``) imports no typer."""
from __future__ import annotations

from typer.core import TyperCommand, TyperGroup

from factcheck.checks.errors import FactcheckError
from factcheck.cli.common import USAGE, did_you_mean, fail
from factcheck.cli.help import command_help


def _usage(ctx) -> str:
    path = " ".join(["factcheck", *ctx.command_path.split()[1:]])     # whatever name the program was run as
    return USAGE.get(path, path)


class Command(TyperCommand):
    """A command whose help is written by ``cli.help`` (plain metavars, example, exit codes, environment), and
    whose input errors all end one way: a ``FactcheckError`` from anywhere in the command is one line on standard
    error and exit 2 (the one wrapper of every command's error path)."""

    def get_help(self, ctx) -> str:
        return command_help(self, ctx, _usage(ctx))

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            raise fail(str(exc))


class Group(TyperGroup):
    def get_help(self, ctx) -> str:
        return command_help(self, ctx, _usage(ctx), commands=self.commands)

    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in self.commands:
            raise fail(f"no such command '{name}' in '{ctx.command_path}'{did_you_mean(name, self.commands)}")
        return super().resolve_command(ctx, args)
