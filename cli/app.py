"""factcheck's command line: parse options, call ``checks``, render, exit. No logic lives here."""
from __future__ import annotations

import dataclasses
import enum
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup

from checks import __version__
from checks.errors import FactcheckError

EXIT_OK, EXIT_FAIL_ON, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
GROUP_OPTIONS = {"--help", "-h", "--version", "--install-completion", "--show-completion"}


class DefaultToCheck(TyperGroup):
    """`factcheck ARTICLE ...` runs the `check` command; subcommands (`sources`, `claims`) still work."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in GROUP_OPTIONS:
            args = ["check", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=DefaultToCheck, add_completion=True, no_args_is_help=True, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]}, pretty_exceptions_enable=False,
                  help="Check the facts of a French or English news article against trusted sources, offline.\n\n"
                       "Example:  factcheck article.txt --sources my-sources.yaml")
sources_app = typer.Typer(no_args_is_help=True, help="Validate, list and link-check source lists.\n\n"
                                                     "Example:  factcheck sources validate my-sources.yaml")
app.add_typer(sources_app, name="sources")


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    html = "html"
    claimreview = "claimreview"


class Lang(str, enum.Enum):
    auto = "auto"
    fr = "fr"
    en = "en"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")) -> None:
    """Check the facts of a French or English news article against trusted sources, offline."""


def _err_console(no_color: bool = False) -> Console:
    return Console(stderr=True, no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False)


def fail(message: str) -> "typer.Exit":
    typer.echo(f"factcheck: error: {message}", err=True)
    return typer.Exit(EXIT_INPUT)


def _out_console(output: Optional[Path], no_color: bool, fh=None) -> Console:
    if fh is not None:
        return Console(file=fh, no_color=True, width=100, highlight=False, soft_wrap=False)
    return Console(no_color=no_color or bool(os.environ.get("NO_COLOR")), highlight=False)


def _write(text: str, output: Optional[Path]) -> None:
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except UnicodeEncodeError:      # a terminal or pipe that is not UTF-8: write UTF-8 bytes as they are
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.flush()
        except OSError as exc:
            raise fail(f"standard output: cannot write the report: {exc.strerror or exc}")
        return
    with _open_output(output) as fh:
        fh.write(text)


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


def _refuse_overwriting_inputs(output: Optional[Path], inputs: list[str], sources: Optional[List[Path]]) -> None:
    """``-o`` naming a file the run reads (an article or a source list) would destroy it: refuse."""
    if output is None:
        return
    try:
        target = output.resolve()
    except OSError:
        return
    read = [Path(i) for i in inputs if i != "-" and "://" not in i]
    for src in sources or []:
        read.extend(src.rglob("*.y*ml") if src.is_dir() else [src])
    for path in read:
        try:
            same = path.resolve() == target or (target.exists() and path.exists() and os.path.samefile(path, target))
        except OSError:
            same = False
        if same:
            raise fail(f"{output}: --output names a file this run reads ({path}); choose another file")


def _parse_fail_on(value: Optional[str]) -> set[str]:
    from checks.model import VERDICTS
    if not value:
        return set()
    wanted = {v.strip() for v in value.split(",") if v.strip()}
    unknown = wanted - set(VERDICTS)
    if unknown:
        raise fail(f"--fail-on: unknown verdict(s) {', '.join(sorted(unknown))}; choose from {', '.join(VERDICTS)}")
    return wanted


@app.command("check")
def check_cmd(
    articles: List[str] = typer.Argument(..., metavar="ARTICLE...",
                                         help="Article file(s) (.txt, .md, .html), folder(s), glob(s), URL(s), or - for stdin."),
    sources: Optional[List[Path]] = typer.Option(None, "--sources", "-s", help="Source list YAML file or folder (repeatable). Default: the bundled list."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Report format."),
    json_: bool = typer.Option(False, "--json", help="Short for --format json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to FILE instead of stdout."),
    show_all: bool = typer.Option(False, "--all", help="Also list non-checkable statements in the table."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Article language."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", metavar="VERDICTS",
                                          help="Exit 1 if any statement has one of these verdicts (comma list, e.g. contradicted,mixed)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parallel workers for several articles."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or notes on stderr."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (also when NO_COLOR is set)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="ClaimReview: the reviewing organisation's name."),
    review_url: Optional[str] = typer.Option(None, "--review-url", help="ClaimReview: the URL where the review is published."),
    timeout: float = typer.Option(15.0, "--timeout", help="URL input: seconds before giving up."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", help="URL input: largest page accepted, in bytes."),
) -> None:
    """Check an article (or several) against the source lists.

    Example:  factcheck article.txt -s sources.yaml --format json --fail-on contradicted,mixed
    """
    from checks import batch, pipeline

    fmt_name = "json" if json_ else fmt.value
    failing = _parse_fail_on(fail_on)
    if not (timeout > 0 and timeout != float("inf")):      # also refuses NaN
        raise fail(f"--timeout must be a positive number of seconds, not {timeout}")
    if max_bytes <= 0:
        raise fail(f"--max-bytes must be a positive number of bytes, not {max_bytes}")
    web = {"timeout": timeout, "max_bytes": max_bytes}
    inputs, missing = [], []
    for arg in articles:              # one missing path is reported, not a reason to drop the whole batch
        try:
            inputs.extend(batch.expand_one(arg))
        except FactcheckError as exc:
            missing.append(str(exc))
    if not inputs:
        raise fail(missing[0])
    inputs = list(dict.fromkeys(inputs))
    _refuse_overwriting_inputs(output, inputs, sources)
    try:
        checker = pipeline.load_checker([str(p) for p in sources] if sources else None)
    except FactcheckError as exc:
        raise fail(str(exc))
    if len(inputs) == 1 and not missing:
        pipeline.init_worker(None, lang.value, web, checker=checker)
        try:
            reports = [pipeline.check_source(inputs[0])]
        except FactcheckError as exc:
            raise fail(str(exc))
        errors: list[str] = []
    else:
        reports, errors = _run_batch(inputs, checker, [str(p) for p in sources] if sources else None,
                                     lang.value, web, jobs, quiet, no_color)
        errors = missing + errors
    _emit(reports, fmt_name, output, show_all, no_color, publisher, review_url, batch=len(inputs) + len(missing) > 1)
    for e in errors:
        typer.echo(f"factcheck: skipped {e}", err=True)
    if failing and any(st["verdict"] in failing for r in reports for st in r["statements"]):
        raise typer.Exit(EXIT_FAIL_ON)
    if errors:
        raise typer.Exit(EXIT_INPUT)


def _run_batch(inputs, checker, source_paths, lang, web, jobs, quiet, no_color):
    from checks import batch, pipeline
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    err = _err_console(no_color)
    show = not quiet and err.is_terminal
    if jobs > batch.max_jobs():
        if not quiet:
            typer.echo(f"factcheck: note: --jobs {jobs} capped at {batch.max_jobs()} (the number of CPUs)", err=True)
        jobs = batch.max_jobs()
    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, disable=not show, transient=True)
    with progress:
        task = progress.add_task("check", total=len(inputs))
        if jobs <= 1:
            pipeline.init_worker(None, lang, web, checker=checker)
            done = batch.run_batch(inputs, pipeline.check_source, 1, on_done=lambda _: progress.advance(task))
        else:
            done = batch.run_batch(inputs, pipeline.check_source, jobs, on_done=lambda _: progress.advance(task),
                                   init=pipeline.init_worker, initargs=(source_paths, lang, web))
    reports = [d.result for d in done if d.ok]
    errors = [f"{d.item}: {d.error}" if not d.error.startswith(str(d.item)) else d.error for d in done if not d.ok]
    return reports, errors


def _emit(reports, fmt_name, output, show_all, no_color, publisher, review_url, batch: bool = False) -> None:
    """One report for one article; a batch is always a list (JSON array), even when some articles failed."""
    from checks.formats import render
    from checks.report import dumps

    if fmt_name == "json":
        _write(dumps(reports if batch else reports[0]), output)
    elif fmt_name == "table":
        from cli.table import render_table, summary_line
        fh = _open_output(output) if output else None
        try:
            console = _out_console(output, no_color, fh)
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
        options = {"publisher": publisher, "review_url": review_url, "not_checkable": show_all or None}
        _write(render(fmt_name, reports if batch else reports[0], **options), output)


@app.command("claims")
def claims_cmd(
    article: str = typer.Argument(..., help="Article file, URL or - for stdin."),
    sources: Optional[List[Path]] = typer.Option(None, "--sources", "-s", help="Source lists whose entities to recognise."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
    json_: bool = typer.Option(False, "--json", help="Short for --format json."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Article language."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to FILE instead of stdout."),
) -> None:
    """Show how an article is analysed, without checking: statements, kinds, claims, quantities, roles.

    Example:  factcheck claims article.txt --json
    """
    from checks import pipeline
    from checks.load import load_article
    from checks.report import analysis_to_dict, dumps

    _refuse_overwriting_inputs(output, [article], sources)
    try:
        checker = pipeline.load_checker([str(p) for p in sources] if sources else None)
        art = load_article(article)
        analyses = pipeline.analyse_article(art, checker.index.matcher, lang.value)
    except FactcheckError as exc:
        raise fail(str(exc))
    data = analysis_to_dict(art, analyses)
    if json_ or fmt == Format.json:
        _write(dumps(data), output)
        return
    from cli.claims_view import render_claims
    fh = _open_output(output) if output else None
    try:
        render_claims(data, _out_console(output, False, fh))
    finally:
        if fh:
            fh.close()


@sources_app.command("validate")
def sources_validate(paths: Optional[List[Path]] = typer.Argument(None, help="Source list files or folders (default: the bundled list).")) -> None:
    """Check source lists and report every problem as file:line: message.

    Example:  factcheck sources validate my-sources.yaml
    """
    from checks.resources import default_sources
    from checks.sources import validate

    try:
        problems = validate([str(p) for p in paths] if paths else [default_sources()])
    except FactcheckError as exc:
        raise fail(str(exc))
    for p in problems:
        typer.echo(str(p), err=True)
    if problems:
        typer.echo(f"factcheck: {len(problems)} problem(s) found", err=True)
        raise typer.Exit(EXIT_INPUT)
    typer.echo("ok: no problem found")


@sources_app.command("list")
def sources_list(
    paths: Optional[List[Path]] = typer.Argument(None, help="Source list files or folders (default: the bundled list)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
    json_: bool = typer.Option(False, "--json", help="Short for --format json."),
) -> None:
    """List the sources and their facts.

    Example:  factcheck sources list --json
    """
    from checks.report import dumps
    from checks.sources import catalog_to_dicts, default_catalog, load_catalog

    try:
        catalog = load_catalog([str(p) for p in paths]) if paths else default_catalog()
    except FactcheckError as exc:
        raise fail(str(exc))
    data = catalog_to_dicts(catalog)
    if json_ or fmt == Format.json:
        _write(dumps(data), None)
        return
    from cli.claims_view import render_sources
    render_sources(data, _out_console(None, False))


@sources_app.command("check-links")
def sources_check_links(
    paths: Optional[List[Path]] = typer.Argument(None, help="Source list files or folders (default: the bundled list)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds per request."),
    jobs: int = typer.Option(8, "--jobs", "-j", min=1, help="Requests in parallel."),
    json_: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Visit every source URL and report ok / redirected / gone / error (exit 1 if any is gone).

    Example:  factcheck sources check-links my-sources.yaml
    """
    from checks.links import check_links
    from checks.report import dumps
    from checks.sources import default_catalog, load_catalog

    try:
        catalog = load_catalog([str(p) for p in paths]) if paths else default_catalog()
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
    if any(r.status == "gone" for r in results):
        raise typer.Exit(EXIT_FAIL_ON)


def main() -> None:
    """The console script. Whatever happens, one line and a documented exit code: 2 for input and usage
    errors, 3 for an internal error (a bug: the traceback is shown only with FACTCHECK_DEBUG=1)."""
    for stream in (sys.stdout, sys.stderr):   # a non-UTF-8 terminal or pipe: replace what it cannot show
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        app(prog_name="factcheck")
    except BrokenPipeError:           # `factcheck … | head`: the reader has gone, nothing more to say
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except OSError as exc:            # a full disk, a closed output: one line, as for any unusable output
        typer.echo(f"factcheck: error: cannot write the output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_INPUT)
    except FactcheckError as exc:     # pragma: no cover - commands turn these into exit 2 already
        typer.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
    except MemoryError:
        typer.echo("factcheck: error: out of memory (the input is too large for this machine)", err=True)
        sys.exit(EXIT_INPUT)
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback for the user
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        what = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        typer.echo(f"factcheck: internal error: {what} — please report it (FACTCHECK_DEBUG=1 shows the traceback)", err=True)
        sys.exit(EXIT_INTERNAL)
