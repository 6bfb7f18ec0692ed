"""factcheck's command line: parse options, call ``checks``, render, exit. No logic lives here.

Every error is one line on standard error — ``factcheck: error: …`` — and a documented exit code:
0 done, 1 ``--fail-on`` matched (``check-links``: a link gone or failing), 2 usage or input error,
3 internal error. Formats, languages and verdict names are case-insensitive, and a typo of a command,
option, format or verdict gets a "did you mean".
"""
from __future__ import annotations

import dataclasses
import difflib
import itertools
import os
import re
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from factcheck.checks import __version__
from factcheck.checks.resources import LANGS as READ_LANGS
from factcheck.checks.errors import FactcheckError
from factcheck.cli.help import command_help

EXIT_OK, EXIT_FAIL_ON, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
GROUP_OPTIONS = {"--help", "-h", "--version", "-V", "--example", "--install-completion", "--show-completion"}
CHECK_FORMATS = ("table", "json", "jsonl", "markdown", "html", "claimreview")
STREAMED_FORMATS = ("json", "jsonl")   # one article in these is written as it is checked; the others are built whole
CLAIMS_FORMATS = ("table", "json", "html")
LIST_FORMATS = ("table", "json")
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
    typer.echo(f"factcheck: error: {message}", err=True)
    return typer.Exit(EXIT_INPUT)


def note(message: str, quiet: bool = False) -> None:
    if not quiet:
        typer.echo(f"factcheck: note: {message}", err=True)


def _did_you_mean(word: str, choices, cutoff: float = 0.6) -> str:
    close = difflib.get_close_matches(word.lower(), [c.lower() for c in choices], n=1, cutoff=cutoff)
    return f"; did you mean '{close[0]}'?" if close else ""


def _choice(value: str, choices: tuple[str, ...], what: str, option: str) -> str:
    """``value`` as one of ``choices``, whatever its case; else exit 2 with the choices and a did-you-mean."""
    low = (value or "").strip().lower()
    if low in choices:
        return low
    raise fail(f"{option}: '{value}' is not a {what}; choose from {', '.join(choices)}{_did_you_mean(low, choices)}")


def _usage(ctx) -> str:
    path = " ".join(["factcheck", *ctx.command_path.split()[1:]])     # whatever name the program was run as
    return USAGE.get(path, path)


class Command(TyperCommand):
    """A command whose help is written by ``cli.help`` (plain metavars, example, exit codes, environment)."""

    def get_help(self, ctx) -> str:
        return command_help(self, ctx, _usage(ctx))


class Group(TyperGroup):
    def get_help(self, ctx) -> str:
        return command_help(self, ctx, _usage(ctx), commands=self.commands)

    def resolve_command(self, ctx, args):
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in self.commands:
            raise fail(f"no such command '{name}' in '{ctx.command_path}'{_did_you_mean(name, self.commands)}")
        return super().resolve_command(ctx, args)


class DefaultToCheck(Group):
    """`factcheck ARTICLE ...` runs the `check` command; subcommands (`sources`, `claims`) still work, and
    a word that is neither a command nor a file, but close to a command, gets a "did you mean"."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in GROUP_OPTIONS:
            first = args[0]
            if not first.startswith("-") and not _looks_like_input(first):
                hint = _did_you_mean(first, self.commands, cutoff=0.7)
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
sources_app = typer.Typer(cls=Group, no_args_is_help=True, rich_markup_mode=None,
                          help="Validate, list and link-check source lists.\n\n"
                               "Example:\n  factcheck sources validate my-sources.yaml")
app.add_typer(sources_app, name="sources")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


def _example(value: Optional[str]) -> None:
    if value is None:
        return
    from factcheck.checks.resources import examples_dir
    lang = _choice(value, EXAMPLES, "bundled example", "--example")
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


def _err_console(no_color: bool = False) -> Console:
    return Console(stderr=True, no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False)


def _out_console(no_color: bool, fh=None) -> Console:
    if fh is not None:
        return Console(file=fh, no_color=True, width=100, highlight=False, soft_wrap=False)
    return Console(no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False)


def _write(text: str, output: Optional[Path]) -> None:
    _write_chunks([text], output, end="" if text.endswith("\n") else "\n")


def _write_chunks(chunks, output: Optional[Path], end: str = "\n") -> None:
    """Text that may come in pieces (a long JSON report is never held as one string), then ``end``, to standard
    output or to ``output`` (written atomically)."""
    if output is None:
        try:
            for chunk in itertools.chain(chunks, [end]):
                try:
                    sys.stdout.write(chunk)
                except UnicodeEncodeError:  # a terminal or pipe that is not UTF-8: write UTF-8 bytes as they are
                    sys.stdout.flush()
                    sys.stdout.buffer.write(chunk.encode("utf-8"))
            sys.stdout.flush()
        except OSError as exc:
            raise fail(f"standard output: cannot write the report: {exc.strerror or exc}")
        return
    with _open_output(output) as fh:
        for chunk in itertools.chain(chunks, [end]):
            fh.write(chunk)


class _AtomicOutput:
    """A report file written to a temporary file beside it and renamed into place when complete, so an
    interrupted run never leaves a partial report (nor a half-overwritten older one)."""

    def __init__(self, path: Path):
        import tempfile
        self.path = path
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=str(path.parent or "."))
        self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, text: str) -> int:
        return self.fh.write(text)

    def flush(self) -> None:
        self.fh.flush()

    def close(self, keep: bool = True) -> None:
        if self.fh.closed:
            return
        try:
            self.fh.close()
            if keep:
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self.close(keep=exc_type is None)
        except OSError as err:
            raise fail(f"{self.path}: cannot write the report: {err.strerror or err}")


def _open_output(output: Path):
    try:
        return _AtomicOutput(output)
    except OSError as exc:
        raise fail(f"{output}: cannot write the report: {exc.strerror or exc}")


def _refuse_overwriting_inputs(output: Optional[Path], inputs: list[str], sources: Optional[List[str]]) -> None:
    """``-o`` naming a file the run reads (an article or a source list) would destroy it: refuse."""
    if output is None:
        return
    try:
        target = output.resolve()
    except OSError:
        return
    read = [Path(i) for i in inputs if i != "-" and "://" not in i]
    for src in sources or []:
        if src != "-":
            read.extend(Path(src).rglob("*.y*ml") if Path(src).is_dir() else [Path(src)])
    for path in read:
        try:
            same = path.resolve() == target or (target.exists() and path.exists() and os.path.samefile(path, target))
        except OSError:
            same = False
        if same:
            raise fail(f"{output}: --output names a file this run reads ({path}); choose another file")


def _parse_fail_on(value: Optional[str]) -> set[str]:
    from factcheck.checks.model import VERDICTS
    if not value:
        return set()
    return {_choice(v, tuple(VERDICTS), "verdict", "--fail-on") for v in value.split(",") if v.strip()}


def _source_args(sources: Optional[List[str]], articles: list[str]) -> Optional[list[str]]:
    if not sources:
        return None
    if "-" in sources and "-" in articles:
        raise fail("the article and the source list cannot both come from standard input (-)")
    if "-" in sources and sys.stdin.isatty():
        note("reading the source list from standard input; end it with Ctrl-D")
    return list(sources)


def _stdin_hint(inputs: list[str], quiet: bool) -> None:
    if "-" in inputs and sys.stdin.isatty():
        note("reading the article from standard input; end it with Ctrl-D (Ctrl-Z then Enter on Windows)", quiet)


@app.command("check", cls=Command)
def check_cmd(
    articles: List[str] = typer.Argument(..., metavar="ARTICLE...", show_default=False,
                                         help="Article file(s) (.txt, .md, .html), folder(s), glob(s), URL(s), "
                                              "or - for standard input."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", "-s", metavar="FILE",
                                                help="Source list (YAML file or folder; - for standard input); "
                                                     "repeatable. Default: the bundled list."),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT",
                            help="table (default), json, jsonl, markdown, html or claimreview."),
    json_: bool = typer.Option(False, "--json", help="Short for --format json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the report to FILE (complete or not at all)."),
    show_all: bool = typer.Option(False, "--all", help="Also list the statements that are not checkable."),
    lang: str = typer.Option("auto", "--lang", metavar="LANG",
                             help="The article's language: auto (default), fr or en."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", metavar="VERDICTS",
                                          help="Exit 1 if a statement has one of these verdicts "
                                               "(comma list, e.g. contradicted,mixed)."),
    jobs: int = typer.Option(1, "--jobs", "-j", metavar="N", help="Check several articles in N processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no notes on standard error."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (also when NO_COLOR is set)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", metavar="NAME",
                                            help="claimreview: the reviewing organisation."),
    review_url: Optional[str] = typer.Option(None, "--review-url", metavar="URL",
                                             help="claimreview: the page the reviews are published on."),
    timeout: float = typer.Option(15.0, "--timeout", metavar="SECONDS", help="URL input: give up after SECONDS (15)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", metavar="BYTES",
                                            help="Refuse articles larger than BYTES (files 20 MB, web pages 5 MB)."),
    max_statement: int = typer.Option(3000, "--max-statement", metavar="CHARS",
                                      help="Statements longer than CHARS characters are not checked (3000)."),
) -> None:
    """Check an article (or several) against the source lists.

    Example:
      factcheck article.txt -s sources.yaml --format json --fail-on contradicted,mixed
    """
    fmt_name = "json" if json_ else _choice(fmt, CHECK_FORMATS, "format", "--format")
    run_check(articles, sources, fmt_name, output, show_all, _choice(lang, LANGS, "language", "--lang"), _parse_fail_on(fail_on),
              jobs, quiet, no_color, publisher, review_url, timeout, max_bytes, max_statement)


def run_check(articles: list[str], sources: Optional[List[str]] = None, fmt_name: str = "table",
              output: Optional[Path] = None, show_all: bool = False, lang: str = "auto", failing: set = frozenset(),
              jobs: int = 1, quiet: bool = False, no_color: bool = False, publisher: Optional[str] = None,
              review_url: Optional[str] = None, timeout: float = 15.0, max_bytes: Optional[int] = None,
              max_statement: int = 3000) -> None:
    """Check each article against the source lists and write the reports; a missing input is skipped and
    reported (exit 2), a statement with a ``failing`` verdict exits 1."""
    from factcheck.checks import pipeline

    _check_limits(jobs, timeout, max_bytes, max_statement)
    source_paths = _source_args(sources, articles)
    web = {"timeout": timeout, **({"max_bytes": max_bytes, "max_bytes_file": max_bytes} if max_bytes else {})}
    inputs, missing = _expand_inputs(articles)
    _refuse_overwriting_inputs(output, inputs, source_paths)
    if fmt_name == "claimreview":
        _claimreview_notes(publisher, review_url, quiet)
    checker = _load_checker(source_paths)
    _stdin_hint(inputs, quiet)
    if len(inputs) == 1 and not missing:
        if fmt_name in STREAMED_FORMATS:
            pipeline.init_worker(None, lang, web, checker=checker, max_statement=max_statement)
            _check_streamed(inputs[0], checker, fmt_name, output, failing, quiet, no_color)
            return
        reports, errors = [_check_one(inputs[0], checker, lang, web, quiet, no_color, max_statement)], []
    else:
        reports, errors, encoded = _run_batch(inputs, checker, source_paths, lang, web, jobs, quiet, no_color,
                                              max_statement, encode=fmt_name == "json")
        errors = missing + errors
    for r in reports:
        for msg in r["article"].get("notes") or []:
            note(f"{r['article']['source']}: {msg}", quiet)
    _emit(reports, fmt_name, output, show_all, no_color, publisher, review_url, batch=len(inputs) + len(missing) > 1,
          encoded=encoded if len(inputs) != 1 or missing else None)
    for e in errors:
        typer.echo(f"factcheck: skipped {e}", err=True)
    if failing and any(st["verdict"] in failing for r in reports for st in r["statements"]):
        raise typer.Exit(EXIT_FAIL_ON)
    if errors:
        raise typer.Exit(EXIT_INPUT)


def _load_checker(source_paths):
    from factcheck.checks import pipeline

    try:
        return pipeline.load_checker(source_paths)
    except FactcheckError as exc:
        raise fail(str(exc))


def _check_limits(jobs: int, timeout: float, max_bytes: Optional[int], max_statement: int) -> None:
    if jobs < 1:
        raise fail(f"--jobs must be 1 or more, not {jobs}")
    if not (timeout > 0 and timeout != float("inf")):      # also refuses NaN
        raise fail(f"--timeout must be a positive number of seconds, not {timeout}")
    if max_bytes is not None and max_bytes <= 0:
        raise fail(f"--max-bytes must be a positive number of bytes, not {max_bytes}")
    if max_statement <= 0:
        raise fail(f"--max-statement must be a positive number of characters, not {max_statement}")


def _expand_inputs(articles: list[str]) -> tuple[list[str], list[str]]:
    """The inputs (folders and patterns expanded, each once) and the messages of the missing ones; one missing
    path is reported, not a reason to drop the whole batch."""
    from factcheck.checks import batch

    inputs, missing = [], []
    for arg in articles:
        try:
            inputs.extend(batch.expand_one(arg))
        except FactcheckError as exc:
            missing.append(str(exc))
    if not inputs:
        raise fail(missing[0])
    return list(dict.fromkeys(inputs)), missing


def _claimreview_notes(publisher: Optional[str], review_url: Optional[str], quiet: bool) -> None:
    if not publisher:
        note("ClaimReview items have no author: give --publisher NAME (your organisation)", quiet)
    if not review_url:
        note("each ClaimReview url is a bare #claim-… fragment: give --review-url URL (the page the reviews "
             "are published on)", quiet)


def _check_one(source: str, checker, lang: str, web: dict, quiet: bool, no_color: bool, max_statement: int) -> dict:
    """The report of one article, with a spinner on a terminal."""
    from factcheck.checks import pipeline

    pipeline.init_worker(None, lang, web, checker=checker, max_statement=max_statement)
    err = _err_console(no_color)
    try:
        if not quiet and err.is_terminal:
            with err.status(f"checking {source}…", spinner="dots"):
                return pipeline.check_source(source)
        return pipeline.check_source(source)
    except FactcheckError as exc:
        raise fail(str(exc))


def _check_streamed(source: str, checker, fmt_name: str, output: Optional[Path], failing: set, quiet: bool,
                    no_color: bool) -> None:
    """One article in a streamed format: each statement is checked, written (JSON Lines) or spooled (JSON, whose
    summary comes first) and dropped, so a large article is never held whole in its checked form."""
    from factcheck.checks import pipeline
    from factcheck.checks.stream import ReportStream

    err = _err_console(no_color)
    status = err.status(f"checking {source}…", spinner="dots") if not quiet and err.is_terminal else None
    if status:
        status.start()
    try:
        article, results = pipeline.stream_source(source)
        report = ReportStream(article, checker.catalog, results)
        if fmt_name == "json":
            chunks, end = report.json_chunks(spool_dir=str(output.parent) if output else None), "\n"
        else:
            chunks, end = report.jsonl_chunks(), ""
        _write_chunks(chunks if output or not status else _stop_at_first(status, chunks), output, end=end)
    except FactcheckError as exc:
        raise fail(str(exc))
    finally:
        if status:
            status.stop()
    for msg in article.notes:
        note(f"{article.source}: {msg}", quiet)
    if failing and report.tally.seen(failing):
        raise typer.Exit(EXIT_FAIL_ON)


def _stop_at_first(status, chunks):
    """``chunks`` for standard output, the spinner on standard error stopped before the first one is written (the
    spinner never shares the terminal with the report)."""
    for chunk in chunks:
        status.stop()
        yield chunk


def _run_batch(inputs, checker, source_paths, lang, web, jobs, quiet, no_color, max_statement=3000, encode=False):
    """(reports, errors, each report's JSON text when ``encode``): a report is encoded as soon as it comes back, so
    that the parent process does it while the workers check the next articles, not all at the end."""
    from factcheck.checks import batch, pipeline
    from factcheck.checks.report import json_element
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    err = _err_console(no_color)
    show = not quiet and err.is_terminal
    if jobs > batch.max_jobs():
        note(f"--jobs {jobs} capped at {batch.max_jobs()} (the number of CPUs)", quiet)
        jobs = batch.max_jobs()
    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, disable=not show, transient=True)
    texts: dict[int, str] = {}

    def on_done(item) -> None:
        progress.advance(task)
        if encode and item.ok:
            texts[id(item.result)] = json_element(item.result)

    with progress:
        task = progress.add_task("check", total=len(inputs))
        if jobs <= 1:
            pipeline.init_worker(None, lang, web, checker=checker, max_statement=max_statement)
            done = batch.run_batch(inputs, pipeline.check_source, 1, on_done=on_done)
        else:
            done = batch.run_batch(inputs, pipeline.check_source, jobs, on_done=on_done,
                                   init=pipeline.init_worker, initargs=(source_paths, lang, web, None, max_statement))
    reports = [d.result for d in done if d.ok]
    errors = [f"{d.item}: {d.error}" if not d.error.startswith(str(d.item)) else d.error for d in done if not d.ok]
    return reports, errors, ([texts[id(r)] for r in reports] if encode else None)


def _emit(reports, fmt_name, output, show_all, no_color, publisher, review_url, batch: bool = False,
          encoded: Optional[list] = None) -> None:
    """One report for one article; a batch is always a list (JSON array), even when some articles failed.
    ``encoded``: a batch's reports as JSON already (``_run_batch``)."""
    from factcheck.checks.report import json_array_chunks, json_chunks

    if fmt_name == "json" and batch and encoded is not None:
        _write_chunks(json_array_chunks(encoded), output)
    elif fmt_name == "json":
        # written piece by piece: a 10 MB article's report is never held as one string
        _write_chunks(json_chunks(reports if batch else reports[0]), output)
    elif fmt_name == "table":
        from factcheck.cli.table import render_table, summary_line
        fh = _open_output(output) if output else None
        try:
            console = _out_console(no_color, fh)
            for r in reports:
                render_table(r, console, show_all)
            if batch and reports:
                total = {k: sum(r["summary"][k] for r in reports) for k in reports[0]["summary"]}
                console.print(f"\n{len(reports)} articles. ", end="")
                console.print(summary_line(total))
        finally:
            if fh:
                fh.close()
    else:
        from factcheck.checks.formats import render
        options = {"publisher": publisher, "review_url": review_url, "not_checkable": show_all or None}
        _write(render(fmt_name, reports if batch else reports[0], **options), output)


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

    fmt_name = "json" if json_ else _choice(fmt, CLAIMS_FORMATS, "format for claims", "--format")
    lang = _choice(lang, LANGS, "language", "--lang")
    source_paths = _source_args(sources, [article])
    _refuse_overwriting_inputs(output, [article], source_paths)
    _stdin_hint([article], quiet)
    try:
        checker = pipeline.load_checker(source_paths)
        art = load_article(article)
        analyses = pipeline.analyse_article(art, checker.index.matcher, lang)
    except FactcheckError as exc:
        raise fail(str(exc))
    for msg in art.notes:
        note(f"{art.source}: {msg}", quiet)
    data = analysis_to_dict(art, analyses)
    if fmt_name == "json":
        _write(dumps(data), output)
        return
    if fmt_name == "html":
        from factcheck.checks.formats.analysis import render_html
        _write(render_html(data), output)
        return
    from factcheck.cli.claims_view import render_claims
    fh = _open_output(output) if output else None
    try:
        render_claims(data, _out_console(False, fh))
    finally:
        if fh:
            fh.close()


@sources_app.command("validate", cls=Command)
def sources_validate(paths: Optional[List[str]] = typer.Argument(None, metavar="FILE...", show_default=False,
                                                                 help="Source list files or folders, - for standard "
                                                                      "input (default: the bundled list).")) -> None:
    """Check source lists and report every problem as file:line: message (exit 2 if there is one).

    Example:
      factcheck sources validate my-sources.yaml
    """
    from factcheck.checks.resources import default_sources
    from factcheck.checks.sources import validate

    try:
        problems = validate(list(paths) if paths else [default_sources()])
    except FactcheckError as exc:
        raise fail(str(exc))
    for p in problems:
        typer.echo(str(p), err=True)
    errors = [p for p in problems if not p.note]
    if errors:
        typer.echo(f"factcheck: {len(errors)} problem(s) found", err=True)
        raise typer.Exit(EXIT_INPUT)
    notes = len(problems) - len(errors)
    typer.echo("ok: no problem found" + (f" ({notes} note(s) above)" if notes else ""))


@sources_app.command("list", cls=Command)
def sources_list(
    paths: Optional[List[str]] = typer.Argument(None, metavar="FILE...", show_default=False,
                                                help="Source list files or folders (default: the bundled list)."),
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table (default) or json."),
    json_: bool = typer.Option(False, "--json", help="Short for --format json."),
) -> None:
    """List the sources and their facts, each with what the reader understood of it (figures, periods,
    measure, parties, direction), so you see why a fact will or will not match.

    Example:
      factcheck sources list my-sources.yaml --json
    """
    from factcheck.checks.match import FactIndex
    from factcheck.checks.report import dumps
    from factcheck.checks.sources import catalog_to_dicts, default_catalog, load_catalog

    fmt_name = "json" if json_ else _choice(fmt, LIST_FORMATS, "format for sources list", "--format")
    try:
        catalog = load_catalog(list(paths)) if paths else default_catalog()
    except FactcheckError as exc:
        raise fail(str(exc))
    data = catalog_to_dicts(catalog, FactIndex.build(catalog))
    if fmt_name == "json":
        _write(dumps(data), None)
        return
    from factcheck.cli.claims_view import render_sources
    render_sources(data, _out_console(False))


@sources_app.command("check-links", cls=Command)
def sources_check_links(
    paths: Optional[List[str]] = typer.Argument(None, metavar="FILE...", show_default=False,
                                                help="Source list files or folders (default: the bundled list)."),
    timeout: float = typer.Option(10.0, "--timeout", metavar="SECONDS", help="Seconds per request (10)."),
    jobs: int = typer.Option(8, "--jobs", "-j", metavar="N", help="Requests in parallel (8)."),
    json_: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Visit every source URL and report ok, redirected, gone or error (exit 1 if a link is gone or fails).

    Example:
      factcheck sources check-links my-sources.yaml
    """
    from factcheck.checks.links import check_links
    from factcheck.checks.report import dumps
    from factcheck.checks.sources import default_catalog, load_catalog

    if jobs < 1:
        raise fail(f"--jobs must be 1 or more, not {jobs}")
    try:
        catalog = load_catalog(list(paths)) if paths else default_catalog()
    except FactcheckError as exc:
        raise fail(str(exc))
    pairs = [(s.id, s.url) for s in catalog.sources if s.url]
    results = check_links(pairs, timeout=timeout, jobs=jobs)
    if json_:
        _write(dumps([dataclasses.asdict(r) for r in results]), None)
    else:
        for r in results:
            extra = f" -> {r.final_url}" if r.status == "redirected" else (f" ({r.message})" if r.message else "")
            typer.echo(f"{r.status:<10} {r.source}  {r.url}{extra}")
    if any(r.status in ("gone", "error") for r in results):
        raise typer.Exit(EXIT_FAIL_ON)


@sources_app.command("draft", cls=Command)
def sources_draft(
    document: str = typer.Argument(..., metavar="DOCUMENT", show_default=False,
                                   help="The trusted document: a text, Markdown, HTML or PDF file, or a URL."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the list to FILE."),
    append: Optional[Path] = typer.Option(None, "--append", metavar="FILE",
                                          help="Add the drafted source to this list, every other line kept."),
    entities: Optional[List[str]] = typer.Option(None, "--entities", metavar="FILE",
                                                 help="A source list whose entities to recognise (subject, object)."),
    source_id: Optional[str] = typer.Option(None, "--id", metavar="ID", help="The source's id (default: from its title)."),
    title: Optional[str] = typer.Option(None, "--title", metavar="TEXT", help="The source's title."),
    publisher: Optional[str] = typer.Option(None, "--publisher", metavar="NAME", help="Who published it."),
    published: Optional[str] = typer.Option(None, "--published", metavar="DATE", help="Its date, YYYY-MM-DD."),
    lang: str = typer.Option("auto", "--lang", metavar="LANG", help="The document's language: auto, fr or en."),
    timeout: float = typer.Option(15.0, "--timeout", metavar="SECONDS", help="URL input: give up after SECONDS."),
) -> None:
    """Draft a source list from a trusted document: one fact per sentence with a figure, a date or parties.

    Example:
      factcheck sources draft release.html --publisher INSEE -o insee.yaml
    """
    from factcheck.checks.draft import append_yaml, draft_source, draft_yaml, entity_names, read_document
    from factcheck.checks.entities import EntityMatcher
    from factcheck.checks.model import Catalog
    from factcheck.checks.sources import load_catalog

    lang = _choice(lang, LANGS, "language", "--lang")
    if published and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", published):
        raise fail(f"--published: '{published}' is not a date like 2025-06-13")
    if output and append:
        raise fail("--output and --append: choose one")
    _refuse_overwriting_inputs(output, [document], list(entities or []))
    try:
        catalog = load_catalog(list(entities)) if entities else (load_catalog([str(append)]) if append else Catalog())
        article, pages = read_document(document, timeout=timeout)
        draft = draft_source(article, pages, EntityMatcher.from_catalog(catalog), entity_names(catalog),
                             source_id=source_id, title=title, publisher=publisher, published=published, lang=lang)
        if append:
            from factcheck.checks.yamlsafe import read_text
            text = append_yaml(read_text(append), draft, str(append))
        else:
            text = draft_yaml(draft)
        _validate_draft(text, catalog if entities and append else None)
    except FactcheckError as exc:
        raise fail(str(exc))
    note(f"{len(draft.facts)} fact(s) drafted from {document}: review each before use", False)
    _write(text, append or output)


def _validate_draft(text: str, extra=None) -> None:
    """A draft that would not load is a bug, not the user's problem: check it before writing it."""
    import tempfile
    from factcheck.checks.sources import load_catalog
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.yaml"
        path.write_text(text, encoding="utf-8")
        load_catalog([str(path)])


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


# complexity: one try with a handler per way the program can end, each its own exit code and one-line message; they
# belong to one try
def main() -> None:
    """The console script. Whatever happens, one line and a documented exit code: 2 for input and usage
    errors, 3 for an internal error (a bug: the traceback is shown only with FACTCHECK_DEBUG=1)."""
    for stream in (sys.stdout, sys.stderr):   # a non-UTF-8 terminal or pipe: replace what it cannot show
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        code = app(args=_example_as_article(sys.argv[1:]), prog_name="factcheck", standalone_mode=False)
    except BrokenPipeError:           # `factcheck … | head`: the reader has gone, nothing more to say
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except OSError as exc:            # a full disk, a closed output: one line, as for any unusable output
        typer.echo(f"factcheck: error: cannot write the output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_INPUT)
    except FactcheckError as exc:     # pragma: no cover - commands turn these into exit 2 already
        typer.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except (KeyboardInterrupt, typer.Abort):
        sys.exit(130)
    except MemoryError:
        typer.echo("factcheck: error: out of memory (the input is too large for this machine)", err=True)
        sys.exit(EXIT_INPUT)
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback for the user
        if getattr(exc, "exit_code", None) == EXIT_INPUT and hasattr(exc, "format_message"):
            typer.echo(_usage_line(exc), err=True)          # a usage error: unknown option, missing argument
            sys.exit(EXIT_INPUT)
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        typer.echo(f"factcheck: internal error: {what} — please report it (FACTCHECK_DEBUG=1 shows the traceback)", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


from factcheck.cli import batch_command  # noqa: E402,F401 - registers `factcheck batch` (cli/batch_command.py)
