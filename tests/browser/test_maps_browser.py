"""The maps in Chromium: the list's filters act on its map, the keyboard reaches every point, nothing leaves the site.

The fixture site of ``map_site.py`` (places from the test-only hook), and the real
site for the countries-only map; then axe-core and the Nu HTML Checker over the
fixture's pages with maps.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from quality import browser_audit, crawl, nu_errors

from conftest import BuiltSite, Recorder, serve
from map_site import PLACES, build_map_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

MAP_PAGES = ["index.html", "en/projects/index.html", "bg/projects/index.html", "bg/projects/balkans/index.html",
             "projects/alpha/index.html", "countries/cz/index.html", "en/countries/bg/index.html"]


@pytest.fixture(scope="module")
def map_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return build_map_site(tmp_path_factory.mktemp("map-site"))


@pytest.fixture(scope="module")
def served_map_site(map_site: BuiltSite) -> Iterator[str]:
    with serve(map_site.root) as base_url:
        yield base_url


MAP_STATE = """
() => {
  const map = document.querySelector("[data-sc-map-filter]");
  const shown = (el) => !el.classList.contains("sc-map__mark--off");
  const marks = [...map.querySelectorAll("a.sc-map__mark")].filter(shown).map((mark) => {
    const href = mark.getAttribute("href");
    const entry = href.startsWith("#") ? document.getElementById(href.slice(1)) : null;
    const members = entry ? [...entry.querySelectorAll(".sc-map__projects > li:not([hidden]) a")].map((a) => a.getAttribute("href")) : [href];
    const count = mark.querySelector(".sc-map__count");
    return {href, members, count: count ? count.textContent : null, name: mark.getAttribute("aria-label")};
  });
  const shaded = [...map.querySelectorAll("path[data-country]")]
    .filter((p) => !p.classList.contains("sc-map__country--off")).map((p) => p.dataset.country);
  const cards = [...document.querySelectorAll(".sc-project-list li.sc-card:not([hidden]) .sc-card__title a")].map((a) => a.getAttribute("href"));
  return {marks, shaded, cards};
}
"""


def map_state(page: Page) -> dict[str, list]:  # type: ignore[type-arg]
    return page.evaluate(MAP_STATE)  # type: ignore[no-any-return]


def check_agrees_with_cards(state: dict[str, list]) -> set[str]:  # type: ignore[type-arg]
    """The projects the visible marks stand for are the visible cards that have places; returns them."""
    on_map = {href for mark in state["marks"] for href in mark["members"]}
    with_places = {href for href in state["cards"] if href.rstrip("/").rsplit("/", 1)[-1] in PLACES}
    assert on_map == with_places
    for mark in state["marks"]:
        assert mark["members"], f"a visible mark with no project: {mark}"
        if mark["count"] is not None:
            assert mark["count"] == str(len(mark["members"]))
            assert mark["name"].endswith(f"{len(mark['members'])} project" + ("s" if len(mark["members"]) != 1 else ""))
    return on_map


def test_filtering_the_list_filters_its_map(served_map_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_map_site}en/projects/", wait_until="load")
    state = map_state(page)
    assert len(check_agrees_with_cards(state)) == len(PLACES)
    assert sorted(state["shaded"]) == ["AL", "AT", "BA", "BG", "CZ", "ME", "MK", "RS", "SK", "XK"]
    # The filters fold behind the "Filter" button.
    page.locator("button.sc-filters__toggle").click()
    page.get_by_label("Country", exact=True).select_option("AT")
    state = map_state(page)
    assert check_agrees_with_cards(state) == {"gamma/"}
    # Both groups (Prague with Kladno, Bratislava with Vienna) now stand for gamma alone.
    assert sorted(m["count"] for m in state["marks"]) == ["1", "1"]
    assert sorted(state["shaded"]) == ["AT", "CZ"]
    assert not page.locator('a.sc-map__mark[href="balkans/"]').first.is_visible()
    # The URL holds the state: reloading and going back give the same map.
    page.goto(f"{served_map_site}en/projects/?country=BG", wait_until="load")
    state = map_state(page)
    assert check_agrees_with_cards(state) == {"beta/"} and state["shaded"] == ["BG"]
    page.locator("button.sc-filters__toggle").click()
    page.get_by_label("Country", exact=True).select_option("")
    assert len(check_agrees_with_cards(map_state(page))) == len(PLACES)
    page.go_back()
    assert check_agrees_with_cards(map_state(page)) == {"beta/"}
    assert recorder.errors == [] and recorder.failed == [] and recorder.outside(served_map_site) == []


def test_the_map_works_with_the_keyboard(served_map_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_map_site}en/projects/", wait_until="load")
    skip = page.locator(".sc-map__skip")
    skip.focus()
    assert skip.is_visible() and skip.inner_text() == "Skip the map"
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.closest('a.sc-map__mark')?.getAttribute('aria-label')")
    assert first, "Tab after the skip link does not reach the map's first point"
    # Every point and group is a stop of its own, in reading order.
    names = []
    for _ in page.locator("a.sc-map__mark").all():
        names.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
        page.keyboard.press("Tab")
    assert names == page.eval_on_selector_all("a.sc-map__mark", "marks => marks.map(m => m.getAttribute('aria-label'))")
    # A group leads to its projects in the list under the map, unfolded.
    group = page.locator('a.sc-map__mark[aria-label^="Prague"]')
    group.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash !== ''")
    target = page.locator(str(group.get_attribute("href")))
    assert target.is_visible() and "Gamma project" in target.inner_text()
    # The skip link leads past the map: the next stop is the first card.
    skip.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('li.sc-card')")
    assert recorder.errors == [] and recorder.outside(served_map_site) == []


@pytest.mark.parametrize("path", ["bg/projects/balkans/", "countries/cz/", ""])
def test_no_request_leaves_the_site_from_a_page_with_a_map(served_map_site: str, recorded_tab: tuple[Page, Recorder], path: str) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_map_site}{path}", wait_until="load")
    assert page.locator("svg.sc-map__svg").is_visible()
    assert recorder.outside(served_map_site) == [] and recorder.failed == [] and recorder.errors == []


def test_the_real_list_map_shades_the_countries_of_the_projects_shown(served_site: str, recorded_tab: tuple[Page, Recorder]) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_site}en/projects/?country=BG", wait_until="load")
    state = map_state(page)
    # Network Synergy, the one Bulgarian project: its country and its place, Stara Zagora.
    assert state["shaded"] == ["BG"] and len(state["marks"]) == 1
    page.locator("button.sc-filters__toggle").click()
    page.get_by_label("Country", exact=True).select_option("CZ")
    assert map_state(page)["shaded"] == ["CZ"]
    assert recorder.errors == []


def test_pages_with_maps_pass_axe_the_nu_html_checker_and_the_crawl(map_site: BuiltSite, served_map_site: str, browser: Browser) -> None:
    errors = nu_errors(map_site.root, MAP_PAGES)
    assert not errors, "\n".join(errors)
    # Every point's link, every group's #entry and the skip link's target exist.
    found = crawl(served_map_site, MAP_PAGES)
    assert not found.problems, "\n".join(found.problems)
    assert found.anchors >= 8
    audit = browser_audit(browser, served_map_site, MAP_PAGES)
    assert audit.pages == len(MAP_PAGES) and audit.axe_rules_run > 20
    assert not audit.violations, "\n".join(audit.violations)
    assert not audit.external_requests and not audit.failed_requests and not audit.script_errors
