"""The built site in a real browser: e-mail links, the language switcher, no stray requests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request, Response

pytestmark = pytest.mark.browser

PROJECT = "capacity-building-romanonet"
ADDRESS = "janhusak@romodrom.cz"


class Recorder:
    """Every request a page makes, and every response with an error status."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def on_request_failed(self, request: Request) -> None:
        self.failed.append(f"{request.failure} {request.url}")

    def outside(self, base: str) -> list[str]:
        host = urlsplit(base).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and urlsplit(url).netloc != host
        ]


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, Recorder]]:
    context = browser.new_context(locale="en-GB", service_workers="block")
    page = context.new_page()
    recorder = Recorder()
    page.on("request", recorder.on_request)
    page.on("response", recorder.on_response)
    page.on("requestfailed", recorder.on_request_failed)
    page.on("pageerror", lambda error: recorder.errors.append(str(error)))
    try:
        yield page, recorder
    finally:
        context.close()


def test_email_becomes_a_mailto_link_and_phone_a_tel_link(served_site: str, page: tuple[Page, Recorder]) -> None:
    tab, recorder = page
    tab.goto(f"{served_site}en/projects/{PROJECT}/", wait_until="load")
    mailto = tab.locator(f'a[href="mailto:{ADDRESS}"]')
    mailto.wait_for(timeout=5000)
    assert mailto.count() == 1
    assert mailto.inner_text().strip() == ADDRESS
    assert tab.locator("[data-sc-email]").count() == 0, "every protected address is revealed"
    tel = tab.locator('a[href="tel:+420778747633"]')
    assert tel.count() == 1 and tel.inner_text().strip() == "+420 778 747 633"
    assert recorder.errors == []


def test_language_switcher_goes_to_the_same_project(served_site: str, page: tuple[Page, Recorder]) -> None:
    tab, recorder = page
    tab.goto(f"{served_site}en/projects/{PROJECT}/", wait_until="load")
    # The switcher opens on hover or focus of the header button with the translate icon.
    button = tab.locator(".md-header .md-select button")
    button.hover()
    link = tab.locator('a.md-select__link[hreflang="bg"]')
    link.wait_for(state="visible", timeout=5000)
    with tab.expect_navigation(wait_until="load"):
        link.click()
    assert tab.url == f"{served_site}bg/projects/{PROJECT}/"
    assert tab.locator("html").get_attribute("lang") == "bg"
    # The e-mail is revealed on the Bulgarian page as well.
    assert tab.locator(f'a[href="mailto:{ADDRESS}"]').count() == 1
    assert recorder.errors == []


@pytest.mark.parametrize(
    "path", ["", "en/", "bg/projects/", f"en/projects/{PROJECT}/", "projects/roma-net/", "bg/projects/network-synergy/"]
)
def test_no_request_leaves_the_site_and_none_fails(served_site: str, page: tuple[Page, Recorder], path: str) -> None:
    tab, recorder = page
    tab.goto(served_site + path, wait_until="networkidle")
    assert recorder.requests, "nothing was recorded"
    assert recorder.requests[0] == served_site + path
    assert recorder.outside(served_site) == []
    assert recorder.failed == []
    assert recorder.errors == []


def test_head_alternates_are_kept_for_search_engines(served_site: str, page: tuple[Page, Recorder]) -> None:
    """main.html hides <link rel="alternate"> from Material's sitemap fetch only for a moment."""
    tab, recorder = page
    tab.goto(f"{served_site}en/projects/{PROJECT}/", wait_until="networkidle")
    assert tab.locator('link[rel="alternate"][hreflang]').count() == 4
    assert tab.locator('link[rel="alternate"][type="application/atom+xml"]').count() == 1
    assert tab.locator('link[rel="sc-alternate"]').count() == 0
    assert not [url for url in recorder.requests if url.endswith("/sitemap.xml") and url != f"{served_site}sitemap.xml"]
