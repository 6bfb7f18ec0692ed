"""Checking articles and writing their reports, as ``factcheck check`` (``cli/check_command.py``, which parses its
options), ``--example`` and a plain check (``cli/plaincheck.py``) run it: one article streamed in JSON or JSON Lines,
several in processes. typer is imported only to end with an exit code or write a message (``_exit``,
``_echo_err``), so that a plain check runs without it (issue 12, start-up).
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from factcheck.checks.errors import FactcheckError
from factcheck.cli.common import EXIT_FAIL_ON, EXIT_INPUT, STREAMED_FORMATS, fail, note, source_args, stdin_hint
from factcheck.cli.output import (err_console, open_output, out_console, refuse_overwriting_inputs,
                                  stderr_may_be_terminal, write_chunks, write_output)


def _exit(code: int) -> "typer.Exit":
    import typer
    return typer.Exit(code)


def _echo_err(message: str) -> None:
    import typer
    typer.echo(message, err=True)


def run_check(articles: list[str], sources: Optional[List[str]] = None, fmt_name: str = "table",
              output: Optional[Path] = None, show_all: bool = False, lang: str = "auto", failing: set = frozenset(),
              jobs: int = 1, quiet: bool = False, no_color: bool = False, publisher: Optional[str] = None,
              review_url: Optional[str] = None, timeout: float = 15.0, max_bytes: Optional[int] = None,
              max_statement: int = 3000) -> None:
    """Check each article against the source lists and write the reports; a missing input is skipped and
    reported (exit 2), a statement with a ``failing`` verdict exits 1."""
    from factcheck.checks import pipeline

    _check_limits(jobs, timeout, max_bytes, max_statement)
    source_paths = source_args(sources, articles)
    web = {"timeout": timeout, **({"max_bytes": max_bytes, "max_bytes_file": max_bytes} if max_bytes else {})}
    inputs, missing = _expand_inputs(articles)
    refuse_overwriting_inputs(output, inputs, source_paths)
    if fmt_name == "claimreview":
        _claimreview_notes(publisher, review_url, quiet)
    checker = _load_checker(source_paths)
    stdin_hint(inputs, quiet)
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
        _echo_err(f"factcheck: skipped {e}")
    if failing and any(st["verdict"] in failing for r in reports for st in r["statements"]):
        raise _exit(EXIT_FAIL_ON)
    if errors:
        raise _exit(EXIT_INPUT)


def _load_checker(source_paths):
    from factcheck.checks import pipeline

    return pipeline.load_checker(source_paths)


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
    err = err_console(no_color) if not quiet and stderr_may_be_terminal() else None
    if err is not None and err.is_terminal:
        with err.status(f"checking {source}…", spinner="dots"):
            return pipeline.check_source(source)
    return pipeline.check_source(source)


def _check_streamed(source: str, checker, fmt_name: str, output: Optional[Path], failing: set, quiet: bool,
                    no_color: bool) -> None:
    """One article in a streamed format: each statement is checked, written (JSON Lines) or spooled (JSON, whose
    summary comes first) and dropped, so a large article is never held whole in its checked form."""
    from factcheck.checks import pipeline
    from factcheck.checks.stream import ReportStream

    err = err_console(no_color) if not quiet and stderr_may_be_terminal() else None
    status = err.status(f"checking {source}…", spinner="dots") if err is not None and err.is_terminal else None
    if status:
        status.start()
    try:
        article, results = pipeline.stream_source(source)
        report = ReportStream(article, checker.catalog, results)
        if fmt_name == "json":
            chunks, end = report.json_chunks(spool_dir=str(output.parent) if output else None), "\n"
        else:
            chunks, end = report.jsonl_chunks(), ""
        write_chunks(chunks if output or not status else _stop_at_first(status, chunks), output, end=end)
    finally:
        if status:
            status.stop()
    for msg in article.notes:
        note(f"{article.source}: {msg}", quiet)
    if failing and report.tally.seen(failing):
        raise _exit(EXIT_FAIL_ON)


def _stop_at_first(status, chunks):
    """``chunks`` for standard output, the spinner on standard error stopped before the first one is written (the
    spinner never shares the terminal with the report)."""
    for chunk in chunks:
        status.stop()
        yield chunk


def _run_batch(inputs, checker, source_paths, lang, web, jobs, quiet, no_color, max_statement=3000, encode=False):
    """(reports, errors, each report's JSON text when ``encode``): with ``encode`` the worker that checks an article
    also writes its report as JSON (``pipeline.check_source_encoded``), so that work is shared by the processes
    instead of waiting in the parent for the last article."""
    from factcheck.checks import batch, pipeline
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    err = err_console(no_color)
    show = not quiet and err.is_terminal
    if jobs > batch.max_jobs():
        note(f"--jobs {jobs} capped at {batch.max_jobs()} (the number of CPUs)", quiet)
        jobs = batch.max_jobs()
    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, disable=not show, transient=True)
    worker = pipeline.check_source_encoded if encode else pipeline.check_source
    with progress:
        task = progress.add_task("check", total=len(inputs))
        if jobs <= 1:
            pipeline.init_worker(None, lang, web, checker=checker, max_statement=max_statement)
            done = batch.run_batch(inputs, worker, 1, on_done=lambda _: progress.advance(task))
        else:
            done = batch.run_batch(inputs, worker, jobs, on_done=lambda _: progress.advance(task),
                                   init=pipeline.init_worker, initargs=(source_paths, lang, web, None, max_statement))
    results = [d.result for d in done if d.ok]
    errors = [f"{d.item}: {d.error}" if not d.error.startswith(str(d.item)) else d.error for d in done if not d.ok]
    if encode:
        return [report for report, _ in results], errors, [text for _, text in results]
    return results, errors, None


def _emit(reports, fmt_name, output, show_all, no_color, publisher, review_url, batch: bool = False,
          encoded: Optional[list] = None) -> None:
    """One report for one article; a batch is always a list (JSON array), even when some articles failed.
    ``encoded``: a batch's reports as JSON already (``_run_batch``)."""
    from factcheck.checks.report import json_array_chunks, json_chunks

    if fmt_name == "json" and batch and encoded is not None:
        write_chunks(json_array_chunks(encoded), output)
    elif fmt_name == "json":
        # written piece by piece: a 10 MB article's report is never held as one string
        write_chunks(json_chunks(reports if batch else reports[0]), output)
    elif fmt_name == "table":
        from factcheck.checks.tablestore import loading_modules
        with loading_modules():              # (rich's console and table: issue 12, start-up)
            from factcheck.cli.table import render_table, summary_line
        fh = open_output(output) if output else None
        try:
            console = out_console(no_color, fh)
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
        write_output(render(fmt_name, reports if batch else reports[0], **options), output)
