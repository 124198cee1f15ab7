"""The web page in a real browser: Debian's Chromium driven by Playwright, on `saidwhen serve`.

A reader searches, opens a person's timeline, opens an article and follows a highlighted quote
to its speaker; nothing is loaded from anywhere but the server, and the page works without
JavaScript. Never a downloaded browser: /usr/bin/chromium or nothing (a skip here, a failure
under CI=true, where .ci/run installs it).
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
STEP_TIMEOUT_MS = 20_000


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the browser test cannot run: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install '.[test]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                             timeout=60_000)
        yield browser
        browser.close()


class Visit:
    """A browser tab that records every request it makes and every console error."""

    def __init__(self, browser, base: str, javascript: bool = True) -> None:
        self.context = browser.new_context(java_script_enabled=javascript)
        self.context.set_default_timeout(STEP_TIMEOUT_MS)
        self.page = self.context.new_page()
        self.requests, self.errors = [], []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.base = base

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser, live_server):
    tab = Visit(browser, live_server.url)
    yield tab
    tab.close()


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


def test_search_timeline_article_and_a_quote_to_its_speaker(visit):
    page = visit.page
    page.goto(visit.base + "/")
    assert page.locator("h1").inner_text() == "Who said what, where and when"

    # search from the home page
    page.fill("#q", "bridge")
    page.locator("form.big-search button").click()
    page.wait_for_url("**/search?q=bridge")
    results = page.locator("ol.quotes > li")
    assert results.count() >= 1
    assert "bridge" in results.first.locator("blockquote").inner_text().lower()
    assert page.locator("ol.quotes mark").first.inner_text().lower() == "bridge"

    # open the timeline of the person who said the first result
    speaker = results.first.locator("a.who")
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_url("**/people/**")
    assert page.locator("h1").inner_text().strip() == name
    events = page.locator(".timeline li.event")
    assert events.count() >= 1
    assert page.locator(".timeline .period h2").count() >= 1

    # open an article that carried one of the quotes
    events.first.locator("p.sources a").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator(".legend").is_visible()
    quoted = page.locator(".article-text a.hl.quote")
    assert quoted.count() >= 1

    # follow a highlighted quote of another speaker to that speaker's page
    others = [quoted.nth(i) for i in range(quoted.count())
              if (title := quoted.nth(i).get_attribute("title")).startswith("Quote by ")
              and not title.endswith(name) and "does not name" not in title]
    target = others[0] if others else quoted.first
    speaker_name = target.get_attribute("title").removeprefix("Quote by ")
    target.hover()  # the script lights up the quote's other pieces
    assert "lit" in (target.get_attribute("class") or "").split()
    target.click()
    page.wait_for_url("**/people/**")
    assert path_of(page.url) == f"/people/{speaker_name}"
    assert page.locator("h1").inner_text().strip() == speaker_name

    assert all(url.startswith(visit.base) for url in visit.requests), \
        [u for u in visit.requests if not u.startswith(visit.base)]
    assert visit.errors == []


def test_the_timeline_is_in_the_order_said_and_can_be_turned_round(visit):
    page = visit.page
    page.goto(visit.base + "/people/Chrissy%20Teigen")
    headings = page.locator(".timeline .period h2").all_inner_texts()
    assert headings == ["September 2020", "October 2020", "February 2021"]
    page.get_by_label("Order").select_option("newest")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**order=newest**")
    assert page.locator(".timeline .period h2").all_inner_texts() == list(reversed(headings))
    page.locator(".chart a").first.click()  # a bar of the chart opens its month alone
    page.wait_for_url("**since=2020-09**")
    assert page.locator(".timeline .period h2").all_inner_texts() == ["September 2020"]
    assert visit.errors == []


def test_an_article_is_highlighted_and_linked_without_javascript(browser, live_server):
    tab = Visit(browser, live_server.url, javascript=False)
    try:
        tab.page.goto(tab.base + "/articles/harbour-bridge")
        quoted = tab.page.locator(".article-text a.hl.quote")
        assert quoted.count() >= 3
        colour = quoted.first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
        tab.page.locator(".article-text a.hl.mention").first.click()
        tab.page.wait_for_url("**/people/**")
        assert tab.page.locator(".timeline").is_visible()
    finally:
        tab.close()


def test_the_statistics_page_draws_each_chart_with_its_table_and_links_to_the_quotations(visit):
    page = visit.page
    page.goto(visit.base + "/")
    page.get_by_role("link", name="Who gets quoted").click()
    page.wait_for_url("**/stats")
    sections = page.locator("section.stats-table")
    assert sections.count() == 6  # gender, kind, channel, source, period; the most quoted
    charts = page.locator("section.stats-table figure svg")
    assert charts.count() == 5
    for i in range(charts.count()):  # each chart has its table, with its own figures
        section = page.locator("section.stats-table").nth(i)
        assert section.locator("svg title").first.text_content() in section.locator(
            "table caption").inner_text()
        assert section.locator("table tbody tr").count() >= 1
        assert section.locator("svg").bounding_box()["height"] > 40
    total = int(page.locator("p.summary a").first.inner_text().split()[0].replace(",", ""))
    first = page.locator("#channel table tbody tr a").first
    quotations = int(first.inner_text().replace(",", ""))
    first.click()
    page.wait_for_url("**/search?**")
    shown = page.locator("nav.pager p").first.inner_text()
    assert shown.endswith(f"of {quotations:,} quotation" + ("" if quotations == 1 else "s"))
    assert 0 < quotations <= total
    assert all(url.startswith(visit.base) for url in visit.requests)
    assert visit.errors == []


def test_copy_citation_puts_the_citation_on_the_clipboard(visit):
    page = visit.page
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=visit.base)
    page.goto(visit.base + "/quotes/1")  # an old row number moves to the stable address
    assert len(path_of(page.url).removeprefix("/quotes/")) == 16
    citation = page.locator("#citation-text").inner_text().strip()
    page.get_by_role("button", name="Copy citation").click()
    # the status is written once the clipboard has taken the text, a moment after the click
    page.wait_for_function("document.querySelector('.copy-status').textContent !== ''")
    assert page.locator(".copy-status").inner_text() == "Copied."
    assert page.evaluate("navigator.clipboard.readText()") == citation
    assert visit.errors == []


# --- every reader: a phone's width, the dark scheme, the keyboard ---------------------------

READER_PAGES = ["/", "/people", "/people/Chrissy%20Teigen", "/articles/harbour-bridge",
                "/search?q=bridge", "/quotes/1"]
# The colour behind an element's focus ring, drawn outside it: its nearest ancestor's that is
# not transparent.
BACKGROUND_JS = """e => { for (let n = e.parentElement; n; n = n.parentElement) {
  const c = getComputedStyle(n).backgroundColor;
  if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; }"""


def luminance(css: str) -> float:
    """The relative luminance (WCAG 2) of an rgb() or rgba() colour as computed styles give."""
    channels = [float(x) / 255 for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=["light", "dark"])
def scheme(request, browser, live_server):
    context = browser.new_context(color_scheme=request.param, viewport={"width": 400, "height": 900})
    context.set_default_timeout(STEP_TIMEOUT_MS)
    yield request.param, context.new_page(), live_server.url
    context.close()


@pytest.mark.parametrize("path", READER_PAGES)
def test_no_page_runs_off_the_side_of_a_400_pixel_screen(scheme, path):
    _, page, base = scheme
    page.goto(base + path)
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{path} is {width[0]} px wide in a {width[1]} px window"


def test_the_pages_follow_the_systems_dark_or_light_scheme(scheme):
    name, page, base = scheme
    page.goto(base + "/people")
    paper = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    text = page.evaluate("() => getComputedStyle(document.body).color")
    assert (luminance(paper) < 0.05) == (name == "dark")
    assert contrast(paper, text) >= 7


@pytest.mark.parametrize("path", ["/people", "/articles/harbour-bridge"])
def test_the_focus_ring_stands_out_three_to_one_from_what_is_behind_it(scheme, path):
    _, page, base = scheme
    page.goto(base + path)
    rings = []
    for _ in range(8):  # the skip link, the header's links and form, then the page's own
        page.keyboard.press("Tab")
        focused = page.evaluate_handle("() => document.activeElement")
        style = focused.evaluate("e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineColor]")
        behind = focused.evaluate(BACKGROUND_JS)
        rings.append((style[0], contrast(style[1], behind)))
    assert all(kind != "none" and ratio >= 3 for kind, ratio in rings), rings
