"""The whole pipeline: load -> split -> detect -> normalise -> match -> judge -> report.

``Checker`` holds what is built once per run (the catalog, the entity matcher, the fact index) so that
a batch of articles shares it; ``check_article`` and ``analyse_article`` are the entry points.

``Checker.check`` keeps every statement's result and returns a ``Report``; ``Checker.stream`` gives the same
results one at a time, holding only the statement at hand (and a few numbers a statement), for an article too
large to keep whole in its analysed form (``checks.stream`` writes the report as they come).
"""
from __future__ import annotations

import gc
from array import array
from dataclasses import dataclass
from typing import Iterator, Optional

from .detect import MAX_STATEMENT_CHARS, analyse, analyse_each
from .entities import EntityMatcher
from .errors import InputError
from .judge import judge_statement
from .language import detect_language, language_name, language_scores, other_language
from .match import FactIndex
from .model import LAYOUT_KINDS, AnalysedStatement, Article, Catalog, Report, Statement, StatementResult
from .resources import LANGS
from .split import iter_statements, parse_byline, split_statements


@dataclass
class Checker:
    """What is built once per run: the catalog and its fact index."""
    catalog: Catalog
    index: FactIndex

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "Checker":
        matcher = EntityMatcher.from_catalog(catalog)
        return cls(catalog, FactIndex.build(catalog, matcher))

    def check(self, article: Article, lang: str = "auto", max_statement: int = MAX_STATEMENT_CHARS) -> Report:
        analyses = analyse_article(article, self.index.matcher, lang, max_statement)
        results = [judge_statement(a, self.index) for a in analyses]
        return Report(article=article, catalog=self.catalog, statements=results)

    def stream(self, article: Article, lang: str = "auto",
               max_statement: int = MAX_STATEMENT_CHARS) -> Iterator[StatementResult]:
        """The results ``check`` would list, one at a time, each statement split, read and judged only when
        asked for. The article's metadata (language, title, outlet, author, date) is filled, and a language
        the text contradicts refused, before this returns; its notes are complete once the results are all
        read. The statements are found first (only their offsets kept), since a byline anywhere in the
        text gives the year every statement is read with."""
        table = _statement_table(article, lang)
        return self._judged(article, table, max_statement)

    def _judged(self, article: Article, table: array, max_statement: int) -> Iterator[StatementResult]:
        long = _LongStatements(article.text)
        analyses = analyse_each(_statements_of(article.text, table), analysis_text(article), article.language,
                                self.index.matcher, _article_year(article), max_statement, _article_month(article))
        for a in analyses:
            _exact_spans([a], article.text)
            if a.kind == "too-long":
                long.add(a.statement)
            yield judge_statement(a, self.index)
        long.note(article, max_statement)


def analysis_text(article: Article) -> str:
    """The text the stages analyse: the article's text, Markdown syntax blanked (same length)."""
    if article.format != "markdown":
        return article.text
    from .markdown import mask_markdown      # (its patterns compiled only for Markdown input: start-up)
    return mask_markdown(article.text)


def guard_language(article: Article, lang: str = "auto", scores: tuple[float, float] | None = None) -> None:
    """Refuse a text in a language factcheck does not read (a Spanish article would be read as French, its
    figures wrongly), unless ``lang`` forces one; note a forced ``lang`` the text clearly contradicts.
    ``scores``: the text's ``language_scores`` when already known."""
    scores = scores or language_scores(article.text)
    other = other_language(article.text, scores)
    if lang not in LANGS:
        if other:
            raise InputError(article.source, f"the text reads as {language_name(other)} ({other}); factcheck reads "
                                             f"French and English (--lang fr or --lang en checks it anyway)")
        return
    fr, en = scores
    seen = other or ("fr" if fr >= 2 * en and fr >= 5 else "en" if en >= 2 * fr and en >= 5 else lang)
    if seen != lang and not any(n.startswith("--lang") for n in article.notes):
        article.notes.append(f"--lang {lang}, but the text reads as {language_name(seen)}: it is read as "
                             f"{language_name(lang)}, figures included (French \u201cbillion\u201d is 10^12)")


def _exact_spans(analyses: list[AnalysedStatement], text: str) -> None:
    """Every span reported is the article's own text at its offsets: a figure read across an aside ("un —
    selon l'étude — tiers") or Markdown ("**1,2 milliard** de dollars") was read on the blanked text."""
    for a in analyses:
        for c in a.claims:
            for span in (*c.quantities, *c.dates, *c.mentions):
                if 0 <= span.start <= span.end <= len(text):
                    span.text = text[span.start:span.end]


def split_article(article: Article, lang: str = "auto") -> list[Statement]:
    """Detect the language (unless given), split into statements and fill the article's metadata
    (title from the headline, outlet/author/date from the byline) where the loader left it empty."""
    _set_language(article, lang)
    statements = split_statements(article.text, article.language, markdown=article.format == "markdown")
    for st in statements:
        _take_metadata(article, st)
    return statements


def _set_language(article: Article, lang: str) -> None:
    scores = language_scores(article.text)          # once: the guard and the detection both weigh them
    guard_language(article, lang, scores)
    if lang in LANGS:
        article.language = lang
    elif article.language not in LANGS:
        article.language = detect_language(article.text, scores)


def _take_metadata(article: Article, st: Statement) -> None:
    if st.layout == "headline" and not article.title:
        article.title = st.text.strip("# ").strip()
    if st.layout == "metadata":
        meta = parse_byline(st.text, article.language) or {}
        article.published = article.published or meta.get("date")
        article.outlet = article.outlet or meta.get("outlet")
        article.author = article.author or meta.get("author")


def _statement_table(article: Article, lang: str = "auto") -> array:
    """``split_article`` keeping only each statement's start, end, layout (its number in ``LAYOUT_KINDS``)
    and paragraph, four integers in a row: the statements are read one at a time and dropped."""
    _set_language(article, lang)
    table = array("q")
    for st in iter_statements(article.text, article.language, markdown=article.format == "markdown"):
        _take_metadata(article, st)
        table.extend((st.start, st.end, LAYOUT_KINDS.index(st.layout), st.paragraph))
    return table


def _statements_of(text: str, table: array) -> Iterator[Statement]:
    """The statements of a ``_statement_table``, made again one at a time."""
    for i in range(len(table) // 4):
        start, end, layout, paragraph = table[4 * i:4 * i + 4]
        yield Statement(i, text[start:end], start, end, LAYOUT_KINDS[layout], paragraph)


def _article_year(article: Article) -> Optional[int]:
    return int(article.published[:4]) if article.published and article.published[:4].isdigit() else None


def _article_month(article: Article) -> Optional[int]:
    """The month of the article's date ("YYYY-MM-DD"), None when it gives none."""
    month = (article.published or "")[5:7]
    return int(month) if month.isdigit() else None


class _LongStatements:
    """The statements over the length limit, counted, and where the first five are (for the note)."""

    def __init__(self, text: str):
        self.text, self.count, self.lines = text, 0, []

    def add(self, st: Statement) -> None:
        self.count += 1
        if len(self.lines) < 5:
            self.lines.append(self.text.count("\n", 0, st.start) + 1)

    def note(self, article: Article, max_statement: int) -> None:
        if self.count:
            lines = ", ".join(str(n) for n in self.lines) + (" …" if self.count > 5 else "")
            article.notes.append(f"{self.count} statement(s) longer than {max_statement} characters not checked "
                                 f"(line {lines}); --max-statement changes the limit")


def analyse_article(article: Article, matcher: EntityMatcher, lang: str = "auto",
                    max_statement: int = MAX_STATEMENT_CHARS) -> list[AnalysedStatement]:
    statements = split_article(article, lang)
    analyses = analyse(statements, analysis_text(article), article.language, matcher, _article_year(article),
                       max_statement, _article_month(article))
    _exact_spans(analyses, article.text)
    long = _LongStatements(article.text)
    for a in analyses:
        if a.kind == "too-long":
            long.add(a.statement)
    long.note(article, max_statement)
    return analyses


def check_article(article: Article, catalog: Catalog, lang: str = "auto", checker: Optional[Checker] = None) -> Report:
    checker = checker or Checker.from_catalog(catalog)
    return checker.check(article, lang)


# --- batches: one checker per worker process ------------------------------------------------------

_WORKER: dict = {}


def load_checker(source_paths: Optional[list[str]] = None) -> Checker:
    """The checker for these source lists (default: the bundled list), from the cache when it holds one
    (``checks.cache``: built once, loaded back in a fraction of the time)."""
    from .cache import cached
    from .resources import default_sources
    from .sources import find_source_files, load_catalog
    paths = list(source_paths) if source_paths else [str(default_sources())]
    if "-" in paths:
        checker = Checker.from_catalog(load_catalog(paths))
    else:
        checker = cached(find_source_files(paths), lambda: Checker.from_catalog(load_catalog(paths)), frozen=True)
    # the checker (~10^5 objects: catalog, index, tables) lives as long as the process: left out of the
    # collector's full passes, which an article's analysis otherwise triggers again and again (~10 % of it)
    gc.freeze()
    _fewer_young_collections()
    return checker


YOUNG_COLLECTION = 10_000       # allocations between two passes of the collector over the youngest objects


def _fewer_young_collections() -> None:
    """The collector's youngest generation collected every ``YOUNG_COLLECTION`` allocations instead of Python's 700
    (never fewer than set already). An article's claims, verdicts and report dict are ~10^6 objects that live until
    the report is written and make almost no cycles (a dozen collected on 1 MB of prose); every pass over them
    finds nothing, and the passes promote them the sooner to the older generations, whose full passes then walk
    them all again: ~15 % of a check of 1 MB (issue 12). A cycle still goes at the next pass, 10,000 allocations
    later at most."""
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION:
        gc.set_threshold(YOUNG_COLLECTION, *older)


def init_worker(source_paths: Optional[list[str]], lang: str = "auto", web_options: Optional[dict] = None,
                checker: Optional[Checker] = None, max_statement: int = MAX_STATEMENT_CHARS) -> None:
    """Build the source index once per process (``run_batch``'s initializer)."""
    _WORKER.update(checker=checker or load_checker(source_paths), lang=lang, web=web_options or {},
                   max_statement=max_statement)


def check_source_encoded(source: str) -> tuple[dict, str]:
    """``check_source`` and the report's JSON text as an element of a batch's array (``report.json_element``),
    written in the worker process: a batch's parent then only writes the texts out."""
    from .report import json_element
    report = check_source(source)
    return report, json_element(report)


def check_source(source: str) -> dict:
    """Load and check one article (path, URL or "-"); returns its JSON report v1 dict."""
    from .load import load_article
    from .report import to_dict
    article = load_article(source, **_WORKER.get("web", {}))
    return to_dict(_WORKER["checker"].check(article, _WORKER.get("lang", "auto"),
                                            _WORKER.get("max_statement", MAX_STATEMENT_CHARS)))


def stream_source(source: str) -> tuple[Article, Iterator[StatementResult]]:
    """Load one article (path, URL or "-") and start checking it: the article (metadata filled) and its
    statements' results as they come (``Checker.stream``), with the worker's settings (``init_worker``)."""
    from .load import load_article
    article = load_article(source, **_WORKER.get("web", {}))
    return article, _WORKER["checker"].stream(article, _WORKER.get("lang", "auto"),
                                              _WORKER.get("max_statement", MAX_STATEMENT_CHARS))
