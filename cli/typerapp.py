"""factcheck's typer app: the group, its options (``--version``, ``--example``), ``claims`` (below) and the commands
registered from ``cli/check_command.py``, ``cli/sources_command.py`` and ``cli/batch_command.py``; what they share is
``cli/common.py``, ``cli/commandtypes.py`` and ``cli/output.py``. The console script, ``main()``, is ``cli/app.py``:
it runs this app (``run_app``) for whatever a plain check (``cli/plaincheck.py``) does not cover.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import List, Optional

# the command line's libraries (typer, rich) and the engine's remaining modules loaded with the collector paused,
# then frozen, and the patterns they compile kept compiled in the cache folder (tablestore.loading_modules: those
# objects live as long as the process, and the passes over them found nothing to free; issue 12, start-up)
from factcheck.checks.tablestore import loading_modules  # noqa: E402

with loading_modules():
    import typer
    from typer.core import TyperGroup

    from factcheck.checks import __version__
    from factcheck.cli.check_command import check_cmd, run_check
    from factcheck.cli.commandtypes import Command, Group
    from factcheck.cli.common import (CLAIMS_FORMATS, EXAMPLES, LANGS, choice, did_you_mean, fail, note, source_args,
                                      stdin_hint)
    from factcheck.cli.output import open_output, out_console, refuse_overwriting_inputs, write_output
    from factcheck.cli.sources_command import sources_app

GROUP_OPTIONS = {"--help", "-h", "--version", "-V", "--example", "--install-completion", "--show-completion"}
_stdin_hint = stdin_hint          # (the name tests/test_cli_experience.py calls)


class DefaultToCheck(Group):
    """`factcheck ARTICLE ...` runs the `check` command; subcommands (`sources`, `claims`) still work, and
    a word that is neither a command nor a file, but close to a command, gets a "did you mean"."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in GROUP_OPTIONS:
            first = args[0]
            if not first.startswith("-") and not _looks_like_input(first):
                hint = did_you_mean(first, self.commands, cutoff=0.7)
                if hint:
                    raise fail(f"{first}: no such file or folder, nor command{hint}")
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx, args):
        return TyperGroup.resolve_command(self, ctx, args)


def _looks_like_input(arg: str) -> bool:
    return arg == "-" or "://" in arg or any(c in arg for c in "*?[") or os.path.exists(arg)


app = typer.Typer(cls=DefaultToCheck, add_completion=True, no_args_is_help=False, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]}, pretty_exceptions_enable=False,
                  invoke_without_command=True,
                  help="Check the facts of a French or English news article against trusted sources, offline.\n\n"
                       "Example:\n  factcheck --example fr\n  factcheck article.txt --sources my-sources.yaml\n"
                       "  factcheck claims article.txt")
app.add_typer(sources_app, name="sources")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


def _example(value: Optional[str]) -> None:
    if value is None:
        return
    from factcheck.checks.resources import examples_dir
    lang = choice(value, EXAMPLES, "bundled example", "--example")
    run_check([str(examples_dir() / f"{lang}-naumann.txt")], fmt_name="table")
    raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    example: Optional[str] = typer.Option(None, "--example", metavar="LANG", callback=_example, is_eager=True,
                                          help="Check the bundled French (fr) or English (en) example article "
                                               "against the bundled source list, and exit."),
) -> None:
    """Check the facts of a French or English news article against trusted sources, offline."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


app.command("check", cls=Command)(check_cmd)       # `factcheck check` (cli/check_command.py), listed first


@app.command("claims", cls=Command)
def claims_cmd(
    article: str = typer.Argument(..., metavar="ARTICLE", show_default=False,
                                  help="Article file, URL or - for standard input."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", "-s", metavar="FILE",
                                                help="Source lists whose entities to recognise (the statements "
                                                     "found checkable do not depend on them)."),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table (default), json or html."),
    json_: bool = typer.Option(False, "--json", help="Short for --format json."),
    lang: str = typer.Option("auto", "--lang", metavar="LANG", help="The article's language: auto, fr or en."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write to FILE."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No notes on standard error."),
) -> None:
    """Show how an article is analysed, without checking: statements, kinds, claims, figures, parties.

    Example:
      factcheck claims article.txt --format html -o analysis.html
    """
    from factcheck.checks import pipeline
    from factcheck.checks.load import load_article
    from factcheck.checks.report import analysis_to_dict, dumps

    fmt_name = "json" if json_ else choice(fmt, CLAIMS_FORMATS, "format for claims", "--format")
    lang = choice(lang, LANGS, "language", "--lang")
    source_paths = source_args(sources, [article])
    refuse_overwriting_inputs(output, [article], source_paths)
    stdin_hint([article], quiet)
    checker = pipeline.load_checker(source_paths)
    art = load_article(article)
    analyses = pipeline.analyse_article(art, checker.index.matcher, lang)
    for msg in art.notes:
        note(f"{art.source}: {msg}", quiet)
    data = analysis_to_dict(art, analyses)
    if fmt_name == "json":
        write_output(dumps(data), output)
        return
    if fmt_name == "html":
        from factcheck.checks.formats.analysis import render_html
        write_output(render_html(data), output)
        return
    from factcheck.cli.claims_view import render_claims
    fh = open_output(output) if output else None
    try:
        render_claims(data, out_console(False, fh))
    finally:
        if fh:
            fh.close()


def _usage_line(exc: Exception) -> str:
    """A click/typer usage error as one line, with where to find help."""
    msg = exc.format_message().strip().replace("\n", " ")
    msg = msg[:1].lower() + msg[1:]
    msg = re.sub(r"\s*\(Possible options: ([^)]*)\)", r"; did you mean \1?", msg)
    msg = re.sub(r"\s*Did you mean ([^?]*)\?", r"; did you mean \1?", msg)
    ctx = getattr(exc, "ctx", None)
    path = ctx.command_path if ctx is not None else "factcheck"
    return f"factcheck: error: {msg} (see '{path} --help')"


def _example_as_article(args: list[str]) -> list[str]:
    """``--example LANG`` with other options ("factcheck --example fr --format json"): the bundled article in
    its place, checked like any article; alone, or with an unknown LANG, the group option answers."""
    for i, a in enumerate(args):
        if a == "--example" and i + 1 < len(args):
            value, rest = args[i + 1], args[:i] + args[i + 2:]
        elif a.startswith("--example="):
            value, rest = a.partition("=")[2], args[:i] + args[i + 1:]
        else:
            continue
        if not rest or rest[0] in app_commands():
            return args
        if value.strip().lower() not in EXAMPLES:
            return ["--example", value]          # the option's own error: the examples there are
        from factcheck.checks.resources import examples_dir
        return [str(examples_dir() / f"{value.strip().lower()}-naumann.txt"), *rest]
    return args


def app_commands() -> set[str]:
    return {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}


def run_app(args: list[str]) -> object:
    """The typer app run on ``args`` (``--example LANG`` with other options read as its article): its exit code, or
    what its command returned (``cli/app.py``'s ``main`` turns either into the process's exit)."""
    return app(args=_example_as_article(args), prog_name="factcheck", standalone_mode=False)


from factcheck.cli import batch_command  # noqa: E402,F401 - registers `factcheck batch` (cli/batch_command.py)
