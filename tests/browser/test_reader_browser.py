"""The reader's site in Debian's Chromium: the list on a phone, the filter disclosure with the
keyboard, the intro line, reflow at 320 px, headings, the print stylesheet, the budgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from budgets import BUDGET_BYTES, measure

from conftest import Recorder

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
PROJECT = "khamoro-capacity-building"


def open_page(browser: Browser, url: str, **options: object) -> Page:
    context = browser.new_context(service_workers="block", **options)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page


@pytest.mark.parametrize("language", ["cs", "en", "bg"])
def test_on_a_phone_the_first_card_starts_within_the_first_screen(served_site: str, browser: Browser, language: str) -> None:
    page = open_page(browser, f"{served_site}{PREFIX[language]}projects/", **PHONE)
    try:
        top = page.locator(".sc-project-list li.sc-card").first.bounding_box()
        assert top is not None and top["y"] < 844 - 100, f"the first card starts at {top} px"
        # The site's name is whole on a phone: the short one, not cut off.
        name = page.locator(".md-header .sc-site-name")
        assert page.locator(".sc-site-name__short").is_visible() and not page.locator(".sc-site-name__long").is_visible()
        assert name.evaluate("e => e.scrollWidth <= e.clientWidth")
        # The sections are tabs on a phone too.
        assert page.locator(".md-tabs").is_visible() and page.locator(".md-tabs__link").count() == 3
    finally:
        page.context.close()


def test_on_a_phone_the_list_map_folds_behind_its_button(served_site: str, browser: Browser) -> None:
    page = open_page(browser, f"{served_site}en/projects/", **PHONE)
    try:
        toggle = page.get_by_role("button", name="Map", exact=True)
        svg = page.locator(".sc-projects-map svg.sc-map__svg")
        assert toggle.get_attribute("aria-expanded") == "false" and not svg.is_visible()
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true" and svg.is_visible()
        toggle.click()
        assert not svg.is_visible()
    finally:
        page.context.close()
    # On a wide screen the map is open and the button is not there.
    page = open_page(browser, f"{served_site}en/projects/", viewport={"width": 1366, "height": 900})
    try:
        assert page.locator(".sc-projects-map svg.sc-map__svg").is_visible()
        assert not page.locator(".sc-projects-map__toggle").is_visible()
    finally:
        page.context.close()


def test_the_language_switcher_works_without_materials_script_by_keyboard_and_by_touch(served_site: str, browser: Browser) -> None:
    page = open_page(browser, f"{served_site}en/projects/{PROJECT}/", viewport={"width": 1366, "height": 900})
    try:
        page.locator(".md-header .md-select button").focus()
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.getAttribute('hreflang'), document.activeElement.checkVisibility()]")
        assert focused == ["cs", True], "Tab goes from the button into the open list of languages"
    finally:
        page.context.close()
    phone = open_page(browser, f"{served_site}en/projects/{PROJECT}/", **PHONE)
    try:
        phone.locator(".md-header .md-select button").tap()
        link = phone.locator('a.md-select__link[hreflang="bg"]')
        link.wait_for(state="visible", timeout=5000)
        with phone.expect_navigation(wait_until="load"):
            link.tap()
        assert phone.url == f"{served_site}bg/projects/{PROJECT}/"
    finally:
        phone.context.close()


def test_the_filter_panel_opens_and_closes_with_the_keyboard_and_counts_the_active_filters(
    served_site: str, recorded_tab: tuple[Page, Recorder]
) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_site}en/projects/", wait_until="networkidle")
    toggle = page.locator("button.sc-filters__toggle")
    panel = page.locator("#sc-filters-panel")
    assert toggle.get_attribute("aria-expanded") == "false" and not panel.is_visible()
    # Tab from the search button reaches it; Enter opens, Space closes.
    page.locator(".sc-search-form button[type=submit]").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('sc-filters__toggle')")
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and panel.is_visible()
    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "false" and not panel.is_visible()
    # Open, choose two filters with the keyboard; Escape closes the panel and returns to the button.
    page.keyboard.press("Enter")
    page.get_by_label("Country", exact=True).focus()
    page.get_by_label("Country", exact=True).select_option("CZ")
    page.get_by_label("Status", exact=True).select_option("completed")
    page.keyboard.press("Escape")
    assert not panel.is_visible() and page.evaluate("document.activeElement.classList.contains('sc-filters__toggle')")
    assert page.locator(".sc-filters__active-count").inner_text() == "2"
    assert page.locator(".sc-filters__active-text").inner_text() == "2 active filters"  # read with the button's name
    # The chosen filters are chips; pressing one clears its filter, the count follows.
    chips = page.locator(".sc-chips button")

    def chip_texts() -> list[str]:
        return [" ".join(chip.split()) for chip in chips.all_inner_texts()]

    assert chip_texts() == ["Czechia ×", "Completed ×"]
    assert chips.first.get_attribute("aria-label") == "Remove filter Country: Czechia"
    chips.first.focus()
    page.keyboard.press("Enter")
    assert page.locator(".sc-filters__active-count").inner_text() == "1"
    assert chip_texts() == ["Completed ×"]
    assert page.evaluate("document.activeElement.classList.contains('sc-chip')"), "focus stays among the chips"
    assert "country" not in page.url
    page.keyboard.press("Enter")
    assert not page.locator(".sc-filters__active").is_visible() and not page.locator(".sc-chips").is_visible()
    assert recorder.errors == []


@pytest.mark.parametrize(
    ("language", "unfiltered", "filtered", "by_title"),
    [
        ("en", "5 projects, newest first", "Showing 2 of 5 projects, newest first", "Showing 2 of 5 projects, by title"),
        ("cs", "5 projektů, od nejnovějších", "Zobrazeno: 2 z 5 projektů, od nejnovějších", "Zobrazeno: 2 z 5 projektů, podle názvu"),
        ("bg", "5 проекта, първо най-новите", "Показани: 2 от 5 проекта, първо най-новите", "Показани: 2 от 5 проекта, по заглавие"),
    ],
)
def test_the_intro_line_follows_the_filters(
    served_site: str, recorded_tab: tuple[Page, Recorder], language: str, unfiltered: str, filtered: str, by_title: str
) -> None:
    page, recorder = recorded_tab
    page.goto(f"{served_site}{PREFIX[language]}projects/", wait_until="networkidle")
    intro = page.locator(".sc-project-list__intro")

    def said() -> str:
        return " ".join(intro.inner_text().replace("\u00a0", " ").split())

    assert said() == unfiltered and intro.get_attribute("role") == "status"
    page.locator("button.sc-filters__toggle").click()
    page.locator("select[name=country]").select_option("CZ")
    assert said() == filtered
    page.locator("select[name=sort]").select_option("title")
    assert said() == by_title
    page.locator("button.sc-filters__reset").click()
    assert said() == unfiltered
    # A shared address says the same.
    page.goto(f"{served_site}{PREFIX[language]}projects/?country=CZ&sort=title", wait_until="networkidle")
    assert said() == by_title
    assert recorder.errors == []


REFLOW_PAGES = ["", "projects/", f"projects/{PROJECT}/", "topics/capacity-building/", "search/?q=roma", "about/", "accessibility/", "404.html"]


@pytest.mark.parametrize("language", ["cs", "en", "bg"])
def test_no_page_scrolls_sideways_at_320_px(served_site: str, browser: Browser, language: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640}, service_workers="block")
    try:
        page = context.new_page()
        wide = []
        for path in REFLOW_PAGES:
            page.goto(f"{served_site}{PREFIX[language]}{path}", wait_until="networkidle")
            if path == "projects/":
                page.locator("button.sc-filters__toggle").click()  # the open panel too
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                wide.append(f"/{PREFIX[language]}{path}: {width} px")
        assert not wide, wide
    finally:
        context.close()


def test_one_heading_style_on_every_kind_of_page(served_site: str, browser: Browser) -> None:
    page = open_page(browser, served_site, viewport={"width": 1366, "height": 900})
    try:
        styles = {}
        for path in ("en/", "en/projects/", f"en/projects/{PROJECT}/", "en/topics/capacity-building/", "en/search/", "en/about/", "en/404.html"):
            page.goto(served_site + path, wait_until="networkidle")
            styles[path] = page.evaluate(
                """() => Object.fromEntries(["h1", "h2", "h3"].map(tag => {
                     const element = document.querySelector(`.md-content ${tag}:not(.sc-card__title):not(.sc-search__title):not(.sc-project__facts ${tag})`);
                     if (!element) return [tag, null];
                     const style = getComputedStyle(element);
                     return [tag, {weight: Number(style.fontWeight), size: parseFloat(style.fontSize), color: style.color}];
                   }))"""
            )
        h1s = {path: found["h1"] for path, found in styles.items()}
        assert len({(h["weight"], h["color"]) for h in h1s.values()}) == 1, h1s
        project = styles[f"en/projects/{PROJECT}/"]
        # The h2s of the story never look lighter or smaller than the h3s under them.
        story = page.goto(served_site + f"en/projects/{PROJECT}/", wait_until="networkidle")
        assert story is not None
        weights = page.evaluate(
            """() => ["h2", "h3"].map(tag => Math.min(...Array.from(document.querySelectorAll(".sc-project__story " + tag))
                      .map(e => Number(getComputedStyle(e).fontWeight))))"""
        )
        assert weights[0] >= weights[1] and weights[0] >= 700, weights
        assert project["h2"]["size"] > project["h3"]["size"], project
    finally:
        page.context.close()


def test_the_print_stylesheet_hides_navigation_and_writes_links_out(served_site: str, browser: Browser) -> None:
    page = open_page(browser, f"{served_site}en/projects/network-synergy/", viewport={"width": 1366, "height": 900})
    try:
        page.emulate_media(media="print")
        for selector in (".md-header", ".md-tabs", ".md-footer", ".sc-share", ".sc-report", ".sc-related"):
            assert not page.locator(selector).first.is_visible(), selector
        assert page.locator(".sc-project__story").is_visible() and page.locator(".sc-facts").is_visible()
        written = page.locator(".sc-links a[href^='http']").first.evaluate("a => getComputedStyle(a, '::after').content")
        assert "(" in written and "http" in written, written
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
    finally:
        page.context.close()


def test_on_a_wide_screen_the_facts_stand_beside_the_story(served_site: str, browser: Browser) -> None:
    page = open_page(browser, f"{served_site}en/projects/{PROJECT}/", viewport={"width": 1366, "height": 900})
    try:
        facts = page.locator(".sc-project__facts").bounding_box()
        story = page.locator(".sc-project__story").bounding_box()
        assert facts and story and facts["x"] > story["x"] + story["width"] - 1 and abs(facts["y"] - story["y"]) < 5
    finally:
        page.context.close()
    phone = open_page(browser, f"{served_site}en/projects/{PROJECT}/", **PHONE)
    try:
        facts = phone.locator(".sc-project__facts").bounding_box()
        story = phone.locator(".sc-project__story").bounding_box()
        assert facts and story and facts["y"] + facts["height"] <= story["y"] + 1, "on a phone the facts come first"
    finally:
        phone.context.close()


@pytest.mark.parametrize("path", [f"projects/{PROJECT}/", f"en/projects/{PROJECT}/", f"bg/projects/{PROJECT}/", "en/projects/", "bg/projects/"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_budgets_of_project_and_list_pages(served_site: str, browser: Browser, path: str, viewport: str) -> None:
    cost = measure(browser, served_site, path, viewport)
    assert cost.total <= BUDGET_BYTES, cost.gzipped
    assert cost.shift == 0, f"layout shift {cost.shift}"
    assert cost.other_hosts == [] and cost.image_problems == []
    assert cost.gzipped["js"] < 10 * 1024, "no large script"
