"""The HTML report in a real headless Chromium (Debian's ``chromium`` package), with no network.

Driven by Playwright's Python API on the system browser (``executable_path``), so no browser is
downloaded. Every request the page makes other than its own file:// URL is aborted and fails the
test. Skipped when Chromium or Playwright is missing; ``.ci/run`` installs both.

``FACTCHECK_SCREENSHOT=path.png`` chooses where the screenshot goes (default: a temporary folder);
``FACTCHECK_CHROMIUM`` overrides the browser path (default ``/usr/bin/chromium``).
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from factcheck.checks.formats import render

CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
FIXTURE = Path(__file__).parent / "fixtures" / "report_sample.json"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-extensions",
        "--disable-default-apps", "--metrics-recording-only", "--mute-audio"]

if not CHROMIUM.exists():
    pytest.skip(f"headless browser test needs Chromium at {CHROMIUM} (Debian: apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="headless browser test needs `pip install playwright`")


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A page opened on a rendered report, recording network attempts, errors and dialogs."""

    def __init__(self, browser, html: str, path: Path, javascript: bool = True):
        path.write_text(html, encoding="utf-8")
        self.url = path.resolve().as_uri()
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript,
                                           offline=True)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self):
        self.context.close()

    def check_clean(self):
        assert self.blocked == [], f"the page tried to load {self.blocked}"
        assert self.errors == [], f"script errors: {self.errors}"
        assert self.dialogs == [], f"a script ran from the report's data: {self.dialogs}"


@pytest.fixture
def opened(browser, report, tmp_path):
    pages = []

    def open_(rep=None, javascript=True, **options):
        p = Page(browser, render("html", rep or report, **options), tmp_path / f"report{len(pages)}.html", javascript)
        pages.append(p)
        return p

    yield open_
    for p in pages:
        p.close()


def screenshot_path(tmp_path: Path) -> Path:
    target = os.environ.get("FACTCHECK_SCREENSHOT")
    path = Path(target) if target else tmp_path / "report-html.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def explanation_of(report: dict, verdict: str) -> tuple[int, str]:
    st = next(s for s in report["statements"] if s["checkable"] and s["verdict"] == verdict)
    return st["index"], st["claims"][0]["explanation"]


def test_click_shows_the_explanation_and_screenshot(opened, report, tmp_path):
    p = opened()
    page = p.page
    panel = page.locator("#panel")
    assert panel.is_visible()                       # the script un-hid it
    idx, explanation = explanation_of(report, "contradicted")
    statement = page.locator(f"#s-{idx}")
    assert statement.get_attribute("aria-expanded") == "false"
    assert not panel.get_by_text(explanation).is_visible()

    statement.click()
    assert statement.get_attribute("aria-expanded") == "true"
    shown = panel.get_by_text(explanation)
    assert shown.is_visible()
    assert panel.get_by_role("link", name="Unequal Partnership").first.is_visible()
    assert "v-contradicted" in (panel.get_attribute("class") or "")
    # the label reads without colour
    assert statement.locator(".tag").inner_text().strip() == "✗ contradicted"

    shot = screenshot_path(tmp_path)
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    statement.click()                               # a second click closes it
    assert statement.get_attribute("aria-expanded") == "false"
    assert not panel.get_by_text(explanation).is_visible()
    p.check_clean()


def test_keyboard_tab_enter_space_escape(opened, report):
    p = opened()
    page = p.page
    panel = page.locator("#panel")
    checkable = [s for s in report["statements"] if s["checkable"]]
    first, second = checkable[0], checkable[1]

    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("Tab")                      # the first focusable element is the first statement
    assert page.evaluate("document.activeElement.id") == f"s-{first['index']}"
    assert panel.get_by_text(first["claims"][0]["explanation"]).is_visible()   # focus shows it

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == f"s-{second['index']}"
    page.keyboard.press("Enter")                    # keeps what focus opened
    target = page.locator(f"#s-{second['index']}")
    explanation = second["claims"][0]["explanation"]
    assert target.get_attribute("aria-expanded") == "true"
    assert panel.get_by_text(explanation).is_visible()
    assert page.locator(f"#s-{first['index']}").get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")                    # toggles closed
    assert target.get_attribute("aria-expanded") == "false"
    assert not panel.get_by_text(explanation).is_visible()
    page.keyboard.press(" ")                        # Space toggles open, without scrolling the page
    assert target.get_attribute("aria-expanded") == "true"
    assert panel.get_by_text(explanation).is_visible()
    page.keyboard.press("Escape")
    assert target.get_attribute("aria-expanded") == "false"
    p.check_clean()


def test_every_checkable_statement_is_reachable_by_tab(opened, report):
    p = opened()
    page = p.page
    page.locator("body").click(position={"x": 5, "y": 5})
    seen = []
    for _ in report["statements"]:
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.id"))
    expected = [f"s-{s['index']}" for s in report["statements"] if s["checkable"]]
    assert seen[: len(expected)] == expected
    p.check_clean()


def test_without_javascript_explanations_are_listed(opened, report):
    p = opened(javascript=False)
    page = p.page
    assert not page.locator("#panel").is_visible()
    for st in report["statements"]:
        if st["checkable"]:
            item = page.locator(f"#d-{st['index']}")
            assert item.is_visible()
            for cl in st["claims"]:
                assert item.get_by_text(cl["explanation"]).is_visible()
    assert "listed below" in page.locator(".hint").inner_text()
    p.check_clean()


def test_hostile_data_never_runs(opened, report):
    rep = copy.deepcopy(report)
    rep["article"]["title"] = "Armes </title><script>alert('title')</script>"
    for st in rep["statements"]:
        for cl in st["claims"]:
            cl["explanation"] = "<img src=x onerror=alert('expl')> " + (cl.get("explanation") or "")
            for ev in cl["evidence"]:
                ev["title"] = "<script>alert('ev')</script>" + ev["title"]
                ev["url"] = "javascript:alert('url')"
    p = opened(rep, jsonld=True, include_unverified=True)
    page = p.page
    idx, _ = explanation_of(rep, "contradicted")
    page.locator(f"#s-{idx}").click()
    assert page.locator("#panel").get_by_text("<img src=x onerror=alert('expl')>", exact=False).first.is_visible()
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert hrefs and not [h for h in hrefs if not h.startswith(("#", "https://", "http://"))]
    assert page.title().startswith("Fact-check: Armes </title><script>")
    p.check_clean()


def test_narrow_screen_and_batch_page(opened, report):
    other = copy.deepcopy(report)
    other["article"]["title"] = "Second article"
    p = opened([report, other])
    page = p.page
    page.set_viewport_size({"width": 420, "height": 800})
    idx, explanation = explanation_of(report, "contradicted")
    page.locator(f"#a2-s-{idx}").click()
    assert page.locator("#a2-panel").get_by_text(explanation).is_visible()
    assert not page.locator("#a1-panel").get_by_text(explanation).is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 420, f"the page scrolls sideways on a phone ({width}px)"
    p.check_clean()


def test_bundled_example_report_in_the_browser(opened, tmp_path):
    """The real report of the bundled French example (engine output, not a fixture): clicking a
    contradicted statement shows its explanation and its source link."""
    from factcheck.checks.load import load_article
    from factcheck.checks.pipeline import load_checker
    from factcheck.checks.report import to_dict
    from factcheck.checks.resources import examples_dir

    real = to_dict(load_checker().check(load_article(str(examples_dir() / "fr-naumann.txt"))))
    p = opened(real)
    page = p.page
    st = next(s for s in real["statements"] if s["verdict"] == "contradicted")
    claim = next(c for c in st["claims"] if c["verdict"] == "contradicted")
    page.locator(f"#s-{st['index']}").click()
    assert page.locator("#panel").get_by_text(claim["explanation"][:40], exact=False).first.is_visible()
    shot = Path(os.environ.get("FACTCHECK_EXAMPLE_SCREENSHOT", str(tmp_path / "example.png")))
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    p.check_clean()
