"""Finding projects in a real browser: list filters, search per language, the language switcher.

Debian's Chromium through Playwright, on the real site built once (``built_site``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import Recorder

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

ROMANONET = "capacity-building-romanonet"
KHAMORO = "khamoro-capacity-building"
SYNERGY = "network-synergy"
ALL = 5


def visible_projects(page: Page) -> list[str]:
    hrefs = page.eval_on_selector_all(
        ".sc-project-list li.sc-card:not([hidden]) .sc-card__title a", "links => links.map(a => a.getAttribute('href'))"
    )
    return [str(href).rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_filters_narrow_the_list_write_the_url_and_update_counts(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_site}en/projects/", wait_until="load")
    assert page.locator("form[data-sc-filters]").is_visible()
    assert len(visible_projects(page)) == ALL
    # The filters fold behind the "Filter" button.
    page.get_by_role("button", name="Filter").click()
    page.get_by_label("Country", exact=True).select_option("CZ")
    assert sorted(visible_projects(page)) == sorted([ROMANONET, KHAMORO])
    assert query(page) == {"country": ["CZ"]}
    status = page.locator(".sc-project-list__intro")
    assert status.inner_text() == "Showing 2 of 5 projects, newest first"
    assert status.get_attribute("role") == "status"
    # Counts follow the combined filters: among Czech projects, one is funded by the ESF.
    topic = page.get_by_label("Topic", exact=True)
    assert "Urban policy (0)" in topic.inner_text()
    assert page.locator('select[name=topic] option[value="urban-policy"]').is_disabled()
    page.get_by_label("Funder or programme").select_option("european-social-fund")
    assert visible_projects(page) == [ROMANONET]
    assert query(page) == {"country": ["CZ"], "funder": ["european-social-fund"]}
    assert status.inner_text() == "Showing 1 of 5 projects, newest first"
    page.get_by_label("Sort by").select_option("title")
    assert query(page)["sort"] == ["title"]
    page.get_by_role("button", name="Clear filters").click()
    assert len(visible_projects(page)) == ALL and query(page) == {}
    assert recorder.errors == [] and recorder.failed == []


def test_a_shared_url_restores_the_filters_and_the_back_button_too(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_site}projects/?topic=capacity-building&status=completed&sort=title", wait_until="load")
    assert page.locator("select[name=topic]").input_value() == "capacity-building"
    assert page.locator("select[name=status]").input_value() == "completed"
    assert page.locator("select[name=sort]").input_value() == "title"
    shown = visible_projects(page)
    # Synergy is ongoing; no source says whether the Joint Initiative ended: it has no status.
    assert SYNERGY not in shown and "roma-civil-society-western-balkans-turkey" not in shown and len(shown) == 2
    titles = page.eval_on_selector_all(
        ".sc-project-list li.sc-card:not([hidden]) .sc-card__title", "hs => hs.map(h => h.textContent.trim())"
    )
    assert titles == sorted(titles, key=str.casefold), "sorted by title"
    assert page.locator(".sc-project-list__count").inner_text() == "Zobrazeno: 2\u00a0z\u00a05\u00a0projektů", "with the no-break spaces of Czech typography"

    page.get_by_role("button", name="Filtrovat").click()
    page.locator("select[name=status]").select_option("")
    assert len(visible_projects(page)) == 4
    page.go_back(wait_until="load")
    assert page.locator("select[name=status]").input_value() == "completed"
    assert len(visible_projects(page)) == 2
    page.go_forward(wait_until="load")
    assert page.locator("select[name=status]").input_value() == ""
    assert len(visible_projects(page)) == 4
    assert recorder.errors == []


def test_without_javascript_the_list_shows_every_project(served_site: str, browser: Browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{served_site}bg/projects/?country=CZ", wait_until="load")
        assert len(visible_projects(page)) == ALL
        assert all(page.locator(".sc-project-list li.sc-card").nth(i).is_visible() for i in range(ALL))
        assert not page.locator("form[data-sc-filters]").is_visible()
        # The browse links lead to the facet pages instead.
        page.locator(".sc-browse a").first.click()
        assert urlsplit(page.url).path == "/bg/topics/"
    finally:
        context.close()


SEARCHES = [
    # language, query, a page it must find
    ("cs", "budovani", f"/projects/{ROMANONET}/"),
    ("cs", "Budování", "/topics/capacity-building/"),
    ("en", "synergy", f"/en/projects/{SYNERGY}/"),
    ("bg", "ромите", f"/bg/projects/{KHAMORO}/"),
    ("bg", "синергия", f"/bg/projects/{SYNERGY}/"),
]


@pytest.mark.parametrize(("language", "words", "expected"), SEARCHES)
def test_search_finds_pages_of_the_readers_language_only(
    served_site: str, recorded_tab: tuple[Page, Recorder], language: str, words: str, expected: str
) -> None:
    page, recorder = recorded_tab
    prefix = "" if language == "cs" else f"{language}/"
    page.goto(f"{served_site}{prefix}search/", wait_until="networkidle")
    assert not [url for url in recorder.requests if "/pagefind/" in url], "the index is fetched only to search"
    page.get_by_role("searchbox").fill(words)
    page.get_by_role("searchbox").press("Enter")
    status = page.locator(".sc-search__status")
    page.locator(".sc-search__result").first.wait_for(timeout=10000)
    links = page.eval_on_selector_all(".sc-search__result a", "links => links.map(a => new URL(a.href).pathname)")
    assert expected in links
    others = [p for p in ("/en/", "/bg/") if p != f"/{prefix}"]
    assert all(link.startswith(f"/{prefix}") and not link.startswith(tuple(others)) for link in links), links
    # Title and summary are shown; the status says how many, in the page's language.
    first = page.locator(".sc-search__result").first
    assert first.locator("h2 a").inner_text().strip() and first.locator(".sc-search__summary").inner_text().strip()
    count_word = {"cs": "výsled", "en": "result", "bg": "резултат"}[language]
    assert count_word in status.inner_text()
    assert query(page) == {"q": [words]}
    # Only the page's language's index was fetched.
    index_files = [url.rsplit("/", 1)[-1] for url in recorder.requests if ".pf_" in url]
    assert index_files and all(name.removeprefix("pagefind.").startswith(f"{language}_") for name in index_files), index_files
    assert recorder.errors == [] and recorder.failed == []


def test_latin_query_does_not_find_cyrillic_and_a_shared_search_url_runs(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    page, _ = recorded_tab
    page.goto(f"{served_site}bg/search/?q=sinergia", wait_until="load")
    status = page.locator(".sc-search__status")
    page.wait_for_function("s => s.textContent && !s.textContent.includes('…')", arg=status.element_handle(), timeout=10000)
    assert page.get_by_role("searchbox").input_value() == "sinergia"
    assert page.locator(".sc-search__result").count() == 0
    assert status.inner_text() == "Няма намерени резултати. Опитайте с друга дума."


@pytest.mark.parametrize("path", ["projects/", "topics/capacity-building/", "countries/bg/", f"projects/{SYNERGY}/"])
def test_language_switcher_keeps_the_reader_on_the_same_page(served_site: str, recorded_tab: tuple[Page, Recorder], path: str) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_site}en/{path}", wait_until="load")
    for language, prefix in (("bg", "bg/"), ("cs", "")):
        page.locator(".md-header .md-select button").hover()
        link = page.locator(f'a.md-select__link[hreflang="{language}"]')
        link.wait_for(state="visible", timeout=5000)
        with page.expect_navigation(wait_until="load"):
            link.click()
        assert page.url == f"{served_site}{prefix}{path}"
        assert page.locator("html").get_attribute("lang") == language
    assert recorder.errors == []
