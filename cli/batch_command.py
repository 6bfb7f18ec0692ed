"""``factcheck batch``: check an archive of articles into a JSON Lines results file, resumable, on this machine or
on a Dask cluster. Options are parsed here; reading, checking and writing are ``checks.archive`` (and
``checks.cluster`` for Dask). ``cli/app.py`` imports this module to register the command."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from factcheck.cli.commandtypes import Command
from factcheck.cli.common import EXIT_INPUT, LANGS, choice, fail, note, source_args
from factcheck.cli.typerapp import app
from factcheck.cli.output import err_console, refuse_overwriting_inputs

ENGINES = ("local", "dask")
SHOWN_ERRORS = 20          # errors printed on standard error; all of them are in the results


# complexity: the command checks each option that can be wrong (one line and exit 2 each) before any work, then
# runs one engine; the options are one command's, their checks read best in one place
@app.command("batch", cls=Command)
def batch_cmd(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", show_default=False,
                                       help="Article files, folders, globs, URLs, or JSON Lines files of articles "
                                            "(.jsonl, .ndjson, .gz: one {\"id\": …, \"text\"|\"path\"|\"url\": …} "
                                            "a line)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the results to FILE, one JSON line per article, each appended "
                                               "as it finishes (default: standard output)."),
    resume: bool = typer.Option(False, "--resume",
                                help="Skip the articles whose id is already in --output FILE and append the others "
                                     "(a line cut short by an interrupted run is checked again)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N",
                                       help="Worker processes: local engine 1 (default) or N; Dask local cluster: "
                                            "N workers (default: the number of CPUs)."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", "-s", metavar="FILE",
                                                help="Source list (YAML file or folder); repeatable. Default: the "
                                                     "bundled list."),
    engine: str = typer.Option("local", "--engine", metavar="ENGINE",
                               help="local (default: this machine, --jobs processes) or dask (factcheck[dask])."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="dask: the scheduler of a running cluster, tcp://HOST:PORT "
                                                 "(default: a local cluster)."),
    partitions: Optional[int] = typer.Option(None, "--partitions", metavar="N",
                                             help="dask: split the articles into N partitions (default: about 50 "
                                                  "articles each, at least 4 per worker)."),
    lang: str = typer.Option("auto", "--lang", metavar="LANG", help="The articles' language: auto (default), fr or en."),
    timeout: float = typer.Option(15.0, "--timeout", metavar="SECONDS", help="URL input: give up after SECONDS (15)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", metavar="BYTES",
                                            help="Refuse articles larger than BYTES (files 20 MB, web pages 5 MB)."),
    max_statement: int = typer.Option(3000, "--max-statement", metavar="CHARS",
                                      help="Statements longer than CHARS characters are not checked (3000)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, notes or summary on standard error."),
) -> None:
    """Check an archive of articles into a JSON Lines file, one line per article as each finishes; resumable.

    Lines come in the order articles finish, not the input order; each has the article's id (given in JSON Lines,
    else its path), its source, and its JSON report, or an error. A summary goes to standard error. Exit 2 if an
    article could not be checked (its error line is in the results; the others are checked).

    Example:
      factcheck batch archive.jsonl articles/ -o results.jsonl --resume --jobs 2
    """
    from factcheck.checks import archive, batch, pipeline

    engine = choice(engine, ENGINES, "batch engine", "--engine")
    if engine != "dask" and (scheduler or partitions is not None):
        raise fail(f"{'--scheduler' if scheduler else '--partitions'} is for --engine dask")
    if scheduler and jobs is not None:
        raise fail("--jobs and --scheduler: the cluster's workers check the articles; leave out --jobs")
    if jobs is not None and jobs < 1:
        raise fail(f"--jobs must be 1 or more, not {jobs}")
    if partitions is not None and partitions < 1:
        raise fail(f"--partitions must be 1 or more, not {partitions}")
    if resume and output is None:
        raise fail("--resume needs --output FILE: the results file to continue")
    if not (timeout > 0 and timeout != float("inf")):
        raise fail(f"--timeout must be a positive number of seconds, not {timeout}")
    if max_bytes is not None and max_bytes <= 0:
        raise fail(f"--max-bytes must be a positive number of bytes, not {max_bytes}")
    if max_statement <= 0:
        raise fail(f"--max-statement must be a positive number of characters, not {max_statement}")
    lang = choice(lang, LANGS, "language", "--lang")
    source_paths = source_args(sources, inputs)
    web = {"timeout": timeout, **({"max_bytes": max_bytes, "max_bytes_file": max_bytes} if max_bytes else {})}
    found = archive.read_inputs(inputs)
    refuse_overwriting_inputs(output, found.files(), source_paths)
    if output is not None:
        archive.check_output(output)
    checker = pipeline.load_checker(source_paths)
    earlier = archive.read_results(output) if resume and output is not None else archive.ResultsSoFar()
    total = found.count(earlier.done)
    skipped = len(found.ids) - total
    workers = jobs or (batch.max_jobs() if engine == "dask" else 1)
    if not scheduler and workers > batch.max_jobs():
        note(f"--jobs {workers} capped at {batch.max_jobs()} (the number of CPUs)", quiet)
        workers = batch.max_jobs()
    if earlier.cut:
        note(f"{output}: its last line was cut short (an interrupted run); it is dropped and its article "
             f"checked again", quiet)
    runner = archive.Runner(checker, lang, web, max_statement)
    tally = archive.Tally()
    err = err_console()
    started = time.perf_counter()
    with archive.ResultWriter(output, earlier.keep if resume else None) as writer, \
            _progress(err, quiet, total) as advance:
        def done(outcome: "archive.Outcome") -> None:
            writer.write(outcome.line)
            tally.add(outcome)
            if not outcome.ok and tally.errors <= SHOWN_ERRORS:
                shown = outcome.error if outcome.error.startswith(str(outcome.id)) else f"{outcome.id}: {outcome.error}"
                err.print(f"factcheck: skipped {shown}", markup=False, highlight=False, soft_wrap=True)
            advance()

        try:
            if engine == "dask":
                from factcheck.checks.cluster import run_dask
                run_dask(list(found.jobs(earlier.done)), runner, done, scheduler, workers, partitions)
            else:
                archive.run_local(found.jobs(earlier.done), runner, workers, done, total)
        except KeyboardInterrupt:
            if output is not None:
                note(f"interrupted: {tally.articles} result(s) written to {output}; --resume continues", quiet)
            raise
    if not quiet:
        typer.echo(summary_line(tally, skipped, earlier.errors, output, time.perf_counter() - started), err=True)
    if tally.errors or earlier.errors:
        raise typer.Exit(EXIT_INPUT)


class _progress:
    """A progress bar on standard error when it is a terminal (and not --quiet); else nothing. Entering gives the
    function that advances it by one article."""

    def __init__(self, err, quiet: bool, total: int):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        self.progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=err, disable=quiet or not err.is_terminal, transient=True)
        self.total = total

    def __enter__(self):
        self.progress.__enter__()
        task = self.progress.add_task("check", total=self.total)
        return lambda: self.progress.advance(task)

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)


def summary_line(tally, skipped: int, earlier_errors: int, output: Optional[Path], seconds: float) -> str:
    """``factcheck: 20 articles checked in 3.1 s (6.5/s), 1 error; statements: 120 (supported 10, …)``."""
    rate = f" ({tally.articles / seconds:.1f}/s)" if seconds > 0 and tally.articles else ""
    errors = f"{tally.errors} error{'s' if tally.errors != 1 else ''}"
    verdicts = ", ".join(f"{v} {n}" for v, n in tally.verdicts.items() if v != "statements")
    line = (f"factcheck: {tally.articles} article{'s' if tally.articles != 1 else ''} in {seconds:.1f} s{rate}, "
            f"{errors}; statements {tally.verdicts['statements']}: {verdicts}")
    if skipped:
        line += f"; {skipped} already in {output}, skipped"
        if earlier_errors:
            line += f" ({earlier_errors} of them errors)"
    return line
