"""checks.formats: Markdown, HTML, ClaimReview JSON-LD and JSON Lines, all from the JSON report v1 dict.

The fixture ``fixtures/report_sample.json`` is a hand-made report for a short French article: 11
statements (headline, byline, a footnote, a prediction, a question; supported, mixed, contradicted,
outdated and unverified sentences) with offsets that match ``article.text``.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from markdown_it import MarkdownIt

from factcheck.checks.formats.common import claim_anchors
from factcheck.checks.formats import FORMATS, MEDIA_TYPES, SUFFIXES, claimreview, html, jsonl, markdown, options_of, render
from factcheck.checks.formats.common import SYMBOLS, VERDICT_ORDER
from factcheck.checks.resources import data_dir

FIXTURE = Path(__file__).parent / "fixtures" / "report_sample.json"
CHECKED = ("supported", "contradicted", "mixed", "outdated")
SCRIPT = "<script>alert('pwned')</script>"


# --- fixtures and helpers ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def report(sample) -> dict[str, Any]:
    return copy.deepcopy(sample)


def checkable(rep):
    return [s for s in rep["statements"] if s["checkable"]]


def all_claims(rep):
    return [c for s in rep["statements"] for c in s["claims"]]


def replace_statement(rep: dict, index: int, new_text: str) -> dict:
    """A copy of ``rep`` where statement ``index`` reads ``new_text``, every offset kept consistent.

    The statement's claims become one claim covering the whole new text (same verdict, explanation
    and evidence as its first claim)."""
    rep = copy.deepcopy(rep)
    st = rep["statements"][index]
    old_start, old_end = st["start"], st["end"]
    delta = len(new_text) - (old_end - old_start)
    text = rep["article"]["text"]
    rep["article"]["text"] = text[:old_start] + new_text + text[old_end:]
    rep["article"]["chars"] = len(rep["article"]["text"])

    def shift(obj):
        if obj["start"] >= old_end:
            obj["start"] += delta
            obj["end"] += delta

    for other in rep["statements"]:
        if other is st:
            continue
        shift(other)
        for cl in other["claims"]:
            shift(cl)
            for part in (cl.get("quantities") or []) + (cl.get("entities") or []):
                shift(part)
    st["text"], st["end"] = new_text, old_start + len(new_text)
    if st["claims"]:
        first = st["claims"][0]
        first.update(text=new_text, start=old_start, end=old_start + len(new_text), quantities=[], entities=[])
        st["claims"] = [first]
    return rep


HOSTILE_TEXT = ("La compensation <script>alert('pwned')</script> *versée* par _Pyongyang_ "
                "[lien](javascript:alert(1)) | # 1. reste <b>modeste</b> & `discrète` ~~barrée~~.")


@pytest.fixture
def hostile(report) -> dict[str, Any]:
    """The sample with markup and Markdown syntax in the article, an explanation, a source title and
    a ``javascript:`` URL: every format must show them as text."""
    idx = next(s["index"] for s in report["statements"] if s["verdict"] == "contradicted")
    rep = replace_statement(report, idx, HOSTILE_TEXT)
    cl = rep["statements"][idx]["claims"][0]
    cl["explanation"] = "Source says <img src=x onerror=alert(2)> otherwise; *not* this."
    cl["evidence"][0]["title"] = "Unequal <i>Partnership</i> [2025]"
    cl["evidence"][0]["url"] = "javascript:alert(3)"
    rep["article"]["title"] = "Armes </title><script>alert(4)</script> & pétrole"
    return rep


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: "Node | None"):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def iter(self):
        yield self
        for ch in self.children:
            if isinstance(ch, Node):
                yield from ch.iter()

    def find_all(self, pred: Callable[["Node"], bool]) -> list["Node"]:
        return [n for n in self.iter() if pred(n)]

    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def text(self, skip: Callable[["Node"], bool] = lambda n: False) -> str:
        out = []
        for ch in self.children:
            if isinstance(ch, str):
                out.append(ch)
            elif not skip(ch):
                out.append(ch.text(skip))
        return "".join(out)


VOID = {"meta", "link", "br", "img", "hr", "input", "source", "wbr", "col", "area", "base", "embed", "track"}


class TreeBuilder(HTMLParser):
    """A strict little DOM: every non-void element must be closed in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.doctype = None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag):
        assert tag not in VOID, f"end tag for void element {tag}"
        assert self.cur.tag == tag, f"</{tag}> closes <{self.cur.tag}>"
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(page: str) -> Node:
    tb = TreeBuilder()
    tb.feed(page)
    tb.close()
    assert tb.cur is tb.root, f"unclosed <{tb.cur.tag}>"
    return tb.root


def by_id(root: Node, ident: str) -> Node:
    found = root.find_all(lambda n: n.attrs.get("id") == ident)
    assert len(found) == 1, f"{len(found)} elements with id={ident!r}"
    return found[0]


def is_tag(n: Node) -> bool:
    return "tag" in n.classes()


def md_to_html(text: str) -> str:
    """CommonMark (raw HTML allowed, as in most CMSs) plus GFM tables and strikethrough."""
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)


# --- registry ---------------------------------------------------------------------------------

def test_registry_lists_the_four_formats():
    assert set(FORMATS) == {"markdown", "html", "claimreview", "jsonl"}
    assert set(SUFFIXES) == set(FORMATS) == set(MEDIA_TYPES)
    assert all(callable(fn) for fn in FORMATS.values())


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_renders_a_report_and_a_batch(report, name):
    one = render(name, report)
    assert isinstance(one, str) and one.strip()
    batch = render(name, [report, report])
    assert isinstance(batch, str) and len(batch) > len(one) * 0.9


def test_render_passes_only_accepted_options(report):
    # the same option set can be handed to every format; None means "use the default"
    opts = dict(publisher="Desk", review_url="https://news.example/checks/1", date="2025-09-20",
                not_checkable=None, include_unverified=None, nonsense=1)
    for name in FORMATS:
        assert render(name, report, **opts)
    assert "publisher" in options_of("claimreview") and "not_checkable" in options_of("markdown")
    assert options_of("jsonl") == ()


def test_unknown_format_is_a_value_error(report):
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        render("pdf", report)


def test_a_batch_must_hold_report_dicts(report):
    with pytest.raises(TypeError):
        render("jsonl", [report, "not a report"])
    with pytest.raises(TypeError):
        render("markdown", "report.json")


def test_fixture_is_consistent(sample):
    text = sample["article"]["text"]
    assert sample["article"]["chars"] == len(text)
    for st in sample["statements"]:
        assert text[st["start"]:st["end"]] == st["text"]
        for cl in st["claims"]:
            assert text[cl["start"]:cl["end"]] == cl["text"]
            assert st["start"] <= cl["start"] <= cl["end"] <= st["end"]
    counts = {v: sum(s["verdict"] == v for s in sample["statements"]) for v in VERDICT_ORDER}
    assert all(sample["summary"][v] == counts[v] for v in VERDICT_ORDER)
    assert {s["verdict"] for s in checkable(sample)} >= {"supported", "contradicted", "mixed", "unverified"}


def test_hostile_fixture_is_consistent(hostile):
    text = hostile["article"]["text"]
    for st in hostile["statements"]:
        assert text[st["start"]:st["end"]] == st["text"]
        for cl in st["claims"]:
            assert text[cl["start"]:cl["end"]] == cl["text"]
            for part in cl["quantities"] + cl["entities"]:
                assert text[part["start"]:part["end"]] == part["text"]


@pytest.fixture(scope="module")
def report_schema():
    path = data_dir() / "report.schema.json"
    if not path.exists():
        pytest.skip("the JSON report v1 schema is not in data/ yet")
    return json.loads(path.read_text(encoding="utf-8"))


def test_fixtures_follow_the_report_schema(sample, hostile, report_schema):
    # the renderers are tested on reports shaped exactly like the engine's output
    jsonschema.Draft202012Validator(report_schema).validate(sample)
    jsonschema.Draft202012Validator(report_schema).validate(hostile)


def test_jsonl_lines_are_schema_statements(report, report_schema):
    statement_schema = dict(report_schema["$defs"]["statement"], **{"$defs": report_schema["$defs"]})
    validator = jsonschema.Draft202012Validator(statement_schema)
    for line in render("jsonl", report).splitlines():
        obj = json.loads(line)
        head = {k: obj.pop(k) for k in ("article", "language", "title")}
        assert head == {"article": report["article"]["source"], "language": "fr", "title": report["article"]["title"]}
        validator.validate(obj)


# --- jsonl ------------------------------------------------------------------------------------

def test_jsonl_one_parseable_line_per_statement(report):
    out = render("jsonl", report)
    assert out.endswith("\n")
    lines = out.split("\n")[:-1]
    assert len(lines) == len(report["statements"]) == len(out.splitlines())
    text = report["article"]["text"]
    for line, st in zip(lines, report["statements"]):
        obj = json.loads(line)
        assert obj["article"] == report["article"]["source"]
        assert obj["language"] == "fr"
        for key, value in st.items():
            assert obj[key] == value
        assert text[obj["start"]:obj["end"]] == obj["text"]


def test_jsonl_batch_is_the_concatenation(report):
    other = copy.deepcopy(report)
    other["article"]["source"] = "articles/second.txt"
    other["statements"] = other["statements"][:3]
    out = render("jsonl", [report, other])
    assert out == render("jsonl", report) + render("jsonl", other)
    sources = [json.loads(line)["article"] for line in out.splitlines()]
    assert sources.count("articles/second.txt") == 3
    assert sources.count(report["article"]["source"]) == len(report["statements"])


def test_jsonl_without_statements_is_empty(report):
    report["statements"] = []
    assert render("jsonl", report) == ""
    assert render("jsonl", []) == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=hs.lists(hs.text(hs.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
                      min_size=1, max_size=6))
def test_jsonl_lines_survive_any_text(sample, texts):
    # line separators of every kind (\n, \r, U+2028, U+2029, U+0085...) stay inside one JSON line
    rep = copy.deepcopy(sample)
    rep["statements"] = [dict(rep["statements"][2], index=i, text=t) for i, t in enumerate(texts)]
    out = render("jsonl", rep)
    lines = out.splitlines()
    assert len(lines) == len(texts)
    assert [json.loads(line)["text"] for line in lines] == texts


# --- markdown ---------------------------------------------------------------------------------

def test_markdown_layout(report):
    md = render("markdown", report)
    assert md.startswith("# Fact-check: Armes contre pétrole : le pari coûteux de Pyongyang\n")
    for expected in ("**Outlet:** Le Courrier de l'Est", "**Author:** Claire Martin", "**Published:** 2025-09-19",
                     "## Summary", "## Checkable statements", "## Not checkable", "## Sources"):
        assert expected in md
    for v in VERDICT_ORDER:
        assert f"| {SYMBOLS[v]} {v} | {report['summary'][v]} |" in md
    assert md.index("## Summary") < md.index("## Checkable statements") < md.index("## Not checkable")
    assert "✗ contradicted" in md and "◐ mixed" in md


def test_markdown_every_checkable_statement_with_verdict_and_explanations(report):
    md = render("markdown", report)
    for st in checkable(report):
        assert f"### Statement {st['index']}: {SYMBOLS[st['verdict']]} {st['verdict']}" in md
        for cl in st["claims"]:
            assert markdown.escape(cl["explanation"]) in md


def test_markdown_renders_statements_literally(report):
    page = md_to_html(render("markdown", report))
    quotes = re.findall(r"<blockquote>\s*<p>(.*?)</p>\s*</blockquote>", page, re.S)
    import html as stdlib_html
    assert [stdlib_html.unescape(q) for q in quotes] == [s["text"] for s in checkable(report)]


def test_markdown_links_sources(report):
    md = render("markdown", report)
    page = md_to_html(md)
    for src in report["sources"]:
        if src["url"]:
            assert f"[{markdown.escape(src['title'])}]({src['url']})" in md
            assert f'<a href="{src["url"]}">' in page
        else:
            assert f"[{markdown.escape(src['title'])}](" not in md
    # the links of each checkable statement's evidence
    for cl in all_claims(report):
        for ev in cl["evidence"]:
            if ev["url"]:
                assert f"]({ev['url']})" in md


def test_markdown_not_checkable_option(report):
    full = render("markdown", report)
    short = render("markdown", report, not_checkable=False)
    assert "## Not checkable" in full and "## Not checkable" not in short
    assert "Faut-il s" in full and "Faut-il s" not in short
    assert "Faut-il s'en inquiéter ?" in md_to_html(full).replace("&#x27;", "'").replace("&#39;", "'")


def test_markdown_escapes_markup_and_markdown_syntax(hostile):
    md = render("markdown", hostile)
    page = md_to_html(md)
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert 'href="javascript' not in page
    assert "&lt;script&gt;alert(" in page
    assert "<em>versée</em>" not in page and "<em>not</em>" not in page and "<del>" not in page
    assert "<h1>" in page and page.count("<h1>") == 1   # "# 1." inside the text made no heading
    # the statement reads exactly as in the article once rendered
    import html as stdlib_html
    quotes = [stdlib_html.unescape(q) for q in re.findall(r"<blockquote>\s*<p>(.*?)</p>", page, re.S)]
    assert HOSTILE_TEXT in quotes
    assert "Unequal &lt;i&gt;Partnership&lt;/i&gt; [2025]" in page  # title shown, not linked


@pytest.mark.parametrize("raw", ["- a list?", "+ plus", "1. one", "12) twelve", "# title", "> quote", "=== rule",
                                 "a*b*c", "_x_", "`code`", "[a](b)", "<div>", "a | b", "~~s~~", "&amp;", "\\*"])
def test_markdown_escape_renders_literally(raw):
    page = md_to_html(f"> {markdown.escape(raw)}\n")
    import html as stdlib_html
    inner = re.fullmatch(r"<blockquote>\n<p>(.*)</p>\n</blockquote>\n", page, re.S)
    assert inner, page
    assert stdlib_html.unescape(inner.group(1)) == raw


@settings(max_examples=300, deadline=None)
@given(hs.text(hs.sampled_from(list("ab1 \\`*_{}[]()<>#+-=.!|~&:;/\"'\n")), max_size=30))
def test_markdown_escape_property(raw):
    import html as stdlib_html
    expected = " ".join(raw.split())
    page = md_to_html(f"> {markdown.escape(raw)}\n")
    inner = re.fullmatch(r"<blockquote>\n?(?:<p>(.*)</p>\n)?</blockquote>\n", page, re.S)
    assert inner, page
    assert stdlib_html.unescape(inner.group(1) or "") == expected


def test_markdown_batch(report):
    md = render("markdown", [report, report])
    assert md.count("# Fact-check:") == 2 and "\n---\n" in md


# --- html -------------------------------------------------------------------------------------

def test_html_is_one_wellformed_self_contained_page(report):
    page = render("html", report)
    root = parse_html(page)
    assert page.startswith("<!DOCTYPE html>")
    (html_el,) = root.find_all(lambda n: n.tag == "html")
    assert html_el.attrs["lang"] == "fr"
    assert root.find_all(lambda n: n.tag == "meta" and n.attrs.get("charset") == "utf-8")
    csp = root.find_all(lambda n: n.tag == "meta" and n.attrs.get("http-equiv") == "Content-Security-Policy")
    assert csp and "default-src 'none'" in csp[0].attrs["content"]
    # nothing is fetched: no src, no stylesheet link, no CSS url() or @import, no external script
    assert not root.find_all(lambda n: "src" in n.attrs)
    assert not root.find_all(lambda n: n.tag in ("link", "iframe", "img", "object", "embed"))
    styles = "".join(n.text() for n in root.find_all(lambda n: n.tag == "style"))
    assert "url(" not in styles and "@import" not in styles and "@font-face" not in styles
    scripts = root.find_all(lambda n: n.tag == "script")
    assert len(scripts) == 1 and "fetch(" not in scripts[0].text() and "XMLHttpRequest" not in scripts[0].text()
    for a in root.find_all(lambda n: n.tag == "a"):
        assert a.attrs["href"].startswith(("#", "https://", "http://"))


def test_html_article_text_kept_with_paragraphs(report):
    root = parse_html(render("html", report))
    (text_div,) = root.find_all(lambda n: "text" in n.classes())
    assert text_div.attrs["lang"] == "fr"
    assert text_div.text(skip=is_tag) == report["article"]["text"].strip()
    assert "\n\n" in text_div.text(skip=is_tag)
    assert "white-space: pre-wrap" in page_css(root)


def page_css(root: Node) -> str:
    return "".join(n.text() for n in root.find_all(lambda n: n.tag == "style"))


def test_html_statements_are_highlighted_focusable_buttons(report):
    root = parse_html(render("html", report))
    for st in report["statements"]:
        span = by_id(root, f"s-{st['index']}")
        assert span.text(skip=is_tag) == st["text"]
        if st["checkable"]:
            assert span.attrs["tabindex"] == "0" and span.attrs["role"] == "button"
            assert span.attrs["aria-expanded"] == "false" and span.attrs["aria-controls"] == "panel"
            assert f"v-{st['verdict']}" in span.classes()
            (tag,) = [c for c in span.children if isinstance(c, Node) and is_tag(c)]
            assert tag.text().strip() == f"{SYMBOLS[st['verdict']]} {st['verdict']}"   # reads in grayscale
            assert span.attrs["data-detail"] == f"d-{st['index']}"
        else:
            assert "tabindex" not in span.attrs and "v-not-checkable" in span.classes()


def test_html_palette_summary_and_legend(report):
    page = render("html", report)
    root = parse_html(page)
    css = page_css(root)
    for colour in ("#0072B2", "#D55E00", "#E69F00", "#CC79A7"):    # Okabe–Ito
        assert colour in css
    (summary,) = root.find_all(lambda n: "summary" in n.classes())
    chips = summary.find_all(lambda n: "chip" in n.classes())
    assert [c.text().split() for c in chips] == [[SYMBOLS[v], v, str(report["summary"][v])] for v in VERDICT_ORDER]
    (bar,) = summary.find_all(lambda n: n.attrs.get("role") == "img")
    assert bar.attrs["aria-label"] == "2 supported, 1 contradicted, 1 mixed, 1 outdated, 1 unverified"
    (legend,) = root.find_all(lambda n: "legend" in n.classes())
    assert all(f"{SYMBOLS[v]} {v}" in legend.text() for v in VERDICT_ORDER)


def test_html_explanations_and_evidence_in_the_dom_without_js(report):
    root = parse_html(render("html", report))
    panel = by_id(root, "panel")
    assert "hidden" in panel.attrs   # shown by the script only
    for anchor, st, cl in claim_anchors(report):
        if st["checkable"]:
            item = by_id(root, anchor)
            assert cl["explanation"] in item.text()
            hrefs = [a.attrs["href"] for a in item.find_all(lambda x: x.tag == "a")]
            assert [e["url"] for e in cl["evidence"] if e["url"]] == hrefs
    for st in report["statements"]:
        if st["checkable"]:
            detail = by_id(root, f"d-{st['index']}")
            assert f"v-{st['verdict']}" in detail.classes()
            assert st["text"] in detail.text()
    nc = root.find_all(lambda n: "nc" in n.classes())[0]
    assert all(s["text"] in nc.text() for s in report["statements"] if not s["checkable"])
    sources = root.find_all(lambda n: "sources" in n.classes())[0]
    assert [a.attrs["href"] for a in sources.find_all(lambda x: x.tag == "a")] == \
        [s["url"] for s in report["sources"] if s["url"]]


def test_html_escapes_everything(hostile):
    page = render("html", hostile)
    root = parse_html(page)
    assert len(root.find_all(lambda n: n.tag == "script")) == 1       # only the page's own script
    assert not root.find_all(lambda n: n.tag in ("img", "i"))
    assert not root.find_all(lambda n: n.tag == "b" and n.text() == "modeste")
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert not root.find_all(lambda n: any((v or "").startswith("javascript") for v in n.attrs.values()))
    (title,) = root.find_all(lambda n: n.tag == "title")
    assert title.text() == "Fact-check: Armes </title><script>alert(4)</script> & pétrole"
    idx = next(s["index"] for s in hostile["statements"] if s["text"] == HOSTILE_TEXT)
    assert by_id(root, f"s-{idx}").text(skip=is_tag) == HOSTILE_TEXT
    assert "<img src=x onerror=alert(2)>" in by_id(root, f"d-{idx}").text()


def test_html_not_checkable_option(report):
    root = parse_html(render("html", report, not_checkable=False))
    assert not root.find_all(lambda n: "nc" in n.classes())
    by_id(root, "s-9")   # still in the article text


def test_html_batch_is_one_page_with_prefixed_ids(report):
    other = copy.deepcopy(report)
    other["article"]["language"] = "en"
    page = render("html", [report, other])
    root = parse_html(page)
    assert page.count("<html") == 1
    reports = root.find_all(lambda n: "report" in n.classes())
    assert [r.attrs["id"] for r in reports] == ["a1-report", "a2-report"]
    assert [r.attrs["lang"] for r in reports] == ["fr", "en"]
    by_id(root, "a1-s-4"), by_id(root, "a2-s-4"), by_id(root, "a2-panel"), by_id(root, "a1-" + next(claim_anchors(report))[0])
    (html_el,) = root.find_all(lambda n: n.tag == "html")
    assert html_el.attrs["lang"] == "en"     # mixed languages: the interface language


def test_html_without_article_text_rebuilds_it(report):
    report["article"]["text"] = None
    root = parse_html(render("html", report))
    for st in checkable(report):
        assert by_id(root, f"s-{st['index']}").text(skip=is_tag) == st["text"]


def test_html_skips_statements_with_bad_offsets(report):
    report["statements"][4]["start"] += 3          # no longer matches the text: listed, not wrapped
    root = parse_html(render("html", report))
    assert not root.find_all(lambda n: n.attrs.get("id") == "s-4")
    by_id(root, "d-4")
    (text_div,) = root.find_all(lambda n: "text" in n.classes())
    assert text_div.text(skip=is_tag) == report["article"]["text"].strip()


def test_html_embeds_claimreview_jsonld(report):
    page = render("html", report, jsonld=True, publisher="Desk", review_url="https://news.example/c/1",
                  date="2025-09-20")
    root = parse_html(page)
    (ld,) = root.find_all(lambda n: n.tag == "script" and n.attrs.get("type") == "application/ld+json")
    assert json.loads(ld.text()) == claimreview.reviews(report, publisher="Desk",
                                                         review_url="https://news.example/c/1", date="2025-09-20")
    for item in json.loads(ld.text()):
        by_id(root, item["url"].split("#")[1])   # each review points at an anchor of the page


def test_html_jsonld_cannot_close_its_script(hostile):
    page = render("html", hostile, jsonld=True, include_unverified=True)
    root = parse_html(page)
    scripts = root.find_all(lambda n: n.tag == "script")
    assert len(scripts) == 2
    assert json.loads(scripts[0].text())   # still valid JSON with "</script>" escaped inside


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=hs.lists(hs.text(hs.sampled_from(list("ab <>&\"'é\n/;=")), min_size=1, max_size=15)
                      .map(str.strip).filter(bool), min_size=1, max_size=5))
def test_html_text_round_trips(sample, parts):
    # any article text, with statements at known offsets, reads back exactly from the page
    text, statements, pos = "", [], 0
    for i, p in enumerate(parts):
        gap = "\n\n" if i else ""
        start = len(text) + len(gap)
        text += gap + p
        statements.append(dict(sample["statements"][2], index=i, text=p, start=start, end=start + len(p), claims=[]))
    rep = copy.deepcopy(sample)
    rep["article"]["text"], rep["statements"] = text, statements
    root = parse_html(render("html", rep))
    (text_div,) = root.find_all(lambda n: "text" in n.classes())
    assert text_div.text(skip=is_tag) == text.strip("\n").rstrip()
    for st in statements:
        assert by_id(root, f"s-{st['index']}").text(skip=is_tag) == st["text"]


# --- claimreview ------------------------------------------------------------------------------

RATING_SCHEMA = {
    "type": "object",
    "required": ["@type", "alternateName"],
    "properties": {
        "@type": {"const": "Rating"},
        "alternateName": {"enum": ["True", "False", "Mixture", "Outdated", "Unverified"]},
        "ratingValue": {"type": "integer"},
        "bestRating": {"const": 4},
        "worstRating": {"const": 1},
        "ratingExplanation": {"type": "string", "minLength": 1},
    },
    "dependentRequired": {"ratingValue": ["bestRating", "worstRating"]},
    "additionalProperties": False,
}
ORG = {"type": "object", "required": ["@type", "name"],
       "properties": {"@type": {"const": "Organization"}, "name": {"type": "string", "minLength": 1}}}
CLAIMREVIEW_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["@context", "@type", "claimReviewed", "reviewRating", "url", "itemReviewed",
                     "datePublished", "author", "inLanguage"],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@type": {"const": "ClaimReview"},
            "claimReviewed": {"type": "string", "minLength": 1, "maxLength": 75},
            "reviewRating": RATING_SCHEMA,
            "url": {"type": "string", "pattern": r"^https://news\.example/checks/42#claim-[0-9a-f]{8}(-\d+)?$"},
            "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "inLanguage": {"const": "fr"},
            "author": ORG,
            "itemReviewed": {
                "type": "object",
                "required": ["@type", "appearance", "datePublished"],
                "properties": {
                    "@type": {"const": "Claim"},
                    "datePublished": {"const": "2025-09-19"},
                    "appearance": {
                        "type": "object",
                        "required": ["@type", "name", "datePublished", "publisher"],
                        "properties": {"@type": {"enum": ["NewsArticle", "CreativeWork"]},
                                       "publisher": ORG},
                    },
                },
            },
        },
    },
}
OPTS = dict(publisher="Le Desk Vérif", review_url="https://news.example/checks/42", date="2025-09-20")


def test_claimreview_validates_against_schema(report):
    items = json.loads(render("claimreview", report, **OPTS))
    jsonschema.validate(items, CLAIMREVIEW_SCHEMA)
    jsonschema.validate(json.loads(render("claimreview", report, include_unverified=True, **OPTS)),
                        CLAIMREVIEW_SCHEMA)


def test_claimreview_one_item_per_checked_claim(report):
    items = json.loads(render("claimreview", report, **OPTS))
    expected = [c for s in checkable(report) for c in s["claims"] if c["verdict"] in CHECKED]
    assert len(items) == len(expected) == 8
    assert len({i["url"] for i in items}) == len(items)
    for item, cl in zip(items, expected):
        assert item["reviewRating"]["ratingExplanation"] == cl["explanation"]
        assert cl["text"].startswith(item["claimReviewed"].rstrip("…"))
        assert item["author"] == {"@type": "Organization", "name": "Le Desk Vérif"}
        assert item["datePublished"] == "2025-09-20"
        appearance = item["itemReviewed"]["appearance"]
        assert appearance["@type"] == "NewsArticle" and appearance["name"] == report["article"]["title"]
        assert appearance["publisher"]["name"] == "Le Courrier de l'Est"


def test_claimreview_rating_scale(report):
    items = json.loads(render("claimreview", report, include_unverified=True, **OPTS))
    by_name = {i["reviewRating"]["alternateName"]: i["reviewRating"].get("ratingValue") for i in items}
    assert by_name == {"True": 4, "False": 1, "Outdated": 2, "Unverified": None}  # the fixture has no mixed claim
    assert claimreview.RATINGS == {"contradicted": (1, "False"), "outdated": (2, "Outdated"),
                                   "mixed": (3, "Mixture"), "supported": (4, "True"),
                                   "unverified": (None, "Unverified")}
    assert (claimreview.WORST_RATING, claimreview.BEST_RATING) == (1, 4)
    unverified = [i for i in items if i["reviewRating"]["alternateName"] == "Unverified"]
    assert len(unverified) == 1 and "ratingValue" not in unverified[0]["reviewRating"]
    for v in ("True", "False", "Outdated", "Mixture"):   # every rating word is documented with its number
        assert v in claimreview.__doc__


def test_claimreview_mixed_claim_and_ordering():
    rep = json.loads(FIXTURE.read_text(encoding="utf-8"))
    rep["statements"][3]["claims"][0]["verdict"] = "mixed"
    items = claimreview.reviews(rep)
    assert [i["reviewRating"]["alternateName"] for i in items][2] == "Mixture"
    assert items[2]["reviewRating"]["ratingValue"] == 3


def test_claimreview_defaults(report):
    items = json.loads(render("claimreview", report))
    assert all(i["datePublished"] == dt.date.today().isoformat() for i in items)
    assert all("author" not in i for i in items)
    assert all(re.fullmatch(r"#claim-[0-9a-f]{8}(-\d+)?", i["url"]) for i in items)
    assert len({i["url"] for i in items}) == len(items)


def test_claimreview_never_reviews_not_checkable_or_unverified(report):
    items = claimreview.reviews(report)
    reviewed = {i["claimReviewed"] for i in items}
    assert not any("Faut-il" in r or "pourrait durer" in r for r in reviewed)
    assert all(i["reviewRating"]["alternateName"] != "Unverified" for i in items)


def test_claimreview_fragments_match_html_anchors(report):
    items = claimreview.reviews(report, include_unverified=True, review_url="https://news.example/r#old")
    root = parse_html(render("html", report))
    for item in items:
        base, frag = item["url"].split("#")
        assert base == "https://news.example/r"
        by_id(root, frag)


def test_claimreview_batch_fragments(report):
    items = claimreview.reviews([report, report])
    assert items[0]["url"].startswith("#a1-claim-") and items[len(items) // 2]["url"].startswith("#a2-claim-")


def test_claimreview_source_url_is_the_appearance_url(report):
    report["article"]["source"] = "https://news.example/2025/09/19/pari-couteux"
    report["article"]["outlet"] = report["article"]["published"] = None
    item = claimreview.reviews(report)[0]
    assert item["itemReviewed"]["appearance"]["url"] == "https://news.example/2025/09/19/pari-couteux"
    assert item["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
    assert "datePublished" not in item["itemReviewed"]


def test_claimreview_rejects_a_bad_review_url(report):
    with pytest.raises(ValueError, match="review_url"):
        render("claimreview", report, review_url="javascript:alert(1)")


def test_claimreview_date_object(report):
    items = claimreview.reviews(report, date=dt.date(2025, 1, 2))
    assert items[0]["datePublished"] == "2025-01-02"


def test_claimreview_shortens_long_claims_at_a_word_boundary(report):
    long_claim = ("Selon une étude de la Fondation Friedrich Naumann publiée en septembre 2025, la Corée du Nord "
                  "a livré à la Russie des armes")
    idx = 2
    rep = replace_statement(report, idx, long_claim)
    item = claimreview.reviews(rep)[0]
    short = item["claimReviewed"]
    assert len(short) <= 75 and short.endswith("…")
    assert short == "Selon une étude de la Fondation Friedrich Naumann publiée en septembre…"


@given(hs.text(hs.sampled_from(list("abcdé ,.'«»\n\t-")), max_size=200))
def test_shorten_property(text):
    short = claimreview.shorten(text)
    clean = " ".join(text.split())
    assert len(short) <= 75
    if len(clean) <= 75:
        assert short == clean
    else:
        assert short.endswith("…")
        head = short[:-1]
        assert head and clean.startswith(head)
        hard_cut = " " not in clean[:74]
        assert hard_cut or not clean[len(head)].isalnum()
