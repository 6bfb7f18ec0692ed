"""``factcheck check`` (and ``factcheck ARTICLE...``): its options, parsed by typer; ``cli/typerapp.py`` registers
``check_cmd`` as the first command. The checking and writing are ``cli/checkrun.py`` (``run_check``, which also
runs ``--example`` and a plain check).
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from factcheck.cli.checkrun import run_check
from factcheck.cli.common import CHECK_FORMATS, LANGS, choice


def _parse_fail_on(value: Optional[str]) -> set[str]:
    from factcheck.checks.model import VERDICTS
    if not value:
        return set()
    return {choice(v, tuple(VERDICTS), "verdict", "--fail-on") for v in value.split(",") if v.strip()}


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
    fmt_name = "json" if json_ else choice(fmt, CHECK_FORMATS, "format", "--format")
    run_check(articles, sources, fmt_name, output, show_all, choice(lang, LANGS, "language", "--lang"), _parse_fail_on(fail_on),
              jobs, quiet, no_color, publisher, review_url, timeout, max_bytes, max_statement)
