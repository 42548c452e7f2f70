"""The built site in a real browser: e-mail links, the language switcher, no stray requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from conftest import Recorder

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

PROJECT = "capacity-building-romanonet"
ADDRESS = "janhusak@romodrom.cz"


def test_email_becomes_a_mailto_link_and_phone_a_tel_link(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    tab, recorder = recorded_tab
    tab.goto(f"{served_site}en/projects/{PROJECT}/", wait_until="load")
    mailto = tab.locator(f'a[href="mailto:{ADDRESS}"]')
    mailto.wait_for(timeout=5000)
    assert mailto.count() == 1
    assert mailto.inner_text().strip() == ADDRESS
    assert tab.locator("[data-sc-email]").count() == 0, "every protected address is revealed"
    tel = tab.locator('a[href="tel:+420778747633"]')
    assert tel.count() == 1 and tel.inner_text().strip() == "+420 778 747 633"
    assert recorder.errors == []


def test_language_switcher_goes_to_the_same_project(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    tab, recorder = recorded_tab
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
def test_no_request_leaves_the_site_and_none_fails(served_site: str, recorded_tab: tuple[Page, Recorder], path: str) -> None:
    tab, recorder = recorded_tab
    tab.goto(served_site + path, wait_until="networkidle")
    assert recorder.requests, "nothing was recorded"
    assert recorder.requests[0] == served_site + path
    assert recorder.outside(served_site) == []
    assert recorder.failed == []
    assert recorder.errors == []


def test_head_alternates_are_kept_for_search_engines(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    """main.html hides <link rel="alternate"> from Material's sitemap fetch only for a moment."""
    tab, recorder = recorded_tab
    tab.goto(f"{served_site}en/projects/{PROJECT}/", wait_until="networkidle")
    assert tab.locator('link[rel="alternate"][hreflang]').count() == 4
    assert tab.locator('link[rel="alternate"][type="application/atom+xml"]').count() == 1
    assert tab.locator('link[rel="sc-alternate"]').count() == 0
    assert not [url for url in recorder.requests if url.endswith("/sitemap.xml") and url != f"{served_site}sitemap.xml"]
