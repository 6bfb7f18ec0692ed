"""``factcheck sources``: validate, list, link-check and draft source lists. ``cli/app.py`` adds ``sources_app`` as
the ``sources`` group.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import List, Optional

import typer

from factcheck.cli.common import EXIT_FAIL_ON, EXIT_INPUT, LANGS, LIST_FORMATS, choice, fail, note
from factcheck.cli.commandtypes import Command, Group
from factcheck.cli.output import out_console, refuse_overwriting_inputs, write_output



sources_app = typer.Typer(cls=Group, no_args_is_help=True, rich_markup_mode=None,
                          help="Validate, list and link-check source lists.\n\n"
                               "Example:\n  factcheck sources validate my-sources.yaml")


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

    problems = validate(list(paths) if paths else [default_sources()])
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

    fmt_name = "json" if json_ else choice(fmt, LIST_FORMATS, "format for sources list", "--format")
    catalog = load_catalog(list(paths)) if paths else default_catalog()
    data = catalog_to_dicts(catalog, FactIndex.build(catalog))
    if fmt_name == "json":
        write_output(dumps(data), None)
        return
    from factcheck.cli.claims_view import render_sources
    render_sources(data, out_console(False))


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
    catalog = load_catalog(list(paths)) if paths else default_catalog()
    pairs = [(s.id, s.url) for s in catalog.sources if s.url]
    results = check_links(pairs, timeout=timeout, jobs=jobs)
    if json_:
        write_output(dumps([dataclasses.asdict(r) for r in results]), None)
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

    lang = choice(lang, LANGS, "language", "--lang")
    if published and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", published):
        raise fail(f"--published: '{published}' is not a date like 2025-06-13")
    if output and append:
        raise fail("--output and --append: choose one")
    refuse_overwriting_inputs(output, [document], list(entities or []))
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
    note(f"{len(draft.facts)} fact(s) drafted from {document}: review each before use", False)
    write_output(text, append or output)


def _validate_draft(text: str, extra=None) -> None:
    """A draft that would not load is a bug, not the user's problem: check it before writing it."""
    import tempfile
    from factcheck.checks.sources import load_catalog
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.yaml"
        path.write_text(text, encoding="utf-8")
        load_catalog([str(path)])
