"""Pictures in Chromium: the fixture project's pages pass the Nu HTML Checker and axe-core, the image
at the top loads at once in the size the screen needs, the others only when the reader scrolls near
them, and every image loads from the site itself."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from localsite import serve
from quality import browser_audit, nu_errors

from conftest import BuiltSite, build_site
from media_site import write_media_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser

PAGES = ["projects/alpha/index.html", "en/projects/alpha/index.html", "bg/projects/alpha/index.html"]
FACETS = ["organisations/khamoro/index.html", "en/funders/european-social-fund/index.html"]


@pytest.fixture(scope="module")
def media_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("media-browser")
    result = build_site(write_media_site(root), root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "site")


@pytest.fixture(scope="module")
def served(media_site: BuiltSite) -> Iterator[str]:
    with serve(media_site.root) as base_url:
        yield base_url


def test_the_pages_pass_the_nu_html_checker(media_site: BuiltSite) -> None:
    errors = nu_errors(media_site.root, PAGES + FACETS)
    assert not errors, "\n".join(errors)


@pytest.mark.browser
def test_the_pages_have_no_axe_violations_and_load_only_from_the_site(browser: Browser, served: str) -> None:
    audit = browser_audit(browser, served, PAGES + FACETS)
    assert audit.pages == 5 and audit.axe_rules_run > 20
    assert not audit.violations, "\n".join(audit.violations)
    assert not audit.external_requests and not audit.failed_requests and not audit.script_errors


@pytest.mark.browser
@pytest.mark.parametrize(("width", "dpr", "header"), [(1366, 1, 960), (390, 2, 960), (390, 3, 1440)])
def test_lazy_below_the_fold_and_the_right_size_at_the_top(browser: Browser, served: str, width: int, dpr: int, header: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, device_scale_factor=dpr, service_workers="block")
    try:
        tab = context.new_page()
        requested: list[str] = []
        tab.on("request", lambda request: requested.append(request.url))
        tab.goto(served + "en/projects/alpha/", wait_until="load")
        top = tab.evaluate("(() => { const i = document.querySelector('.sc-project__image img'); return [i.currentSrc, i.complete]; })()")
        assert top[1] and top[0].endswith(f".{header}.jpg"), top
        # Every image below the first screen waits for the reader to scroll near it.
        below = tab.evaluate("Array.from(document.querySelectorAll('article img')).filter(i => i.getBoundingClientRect().top >= innerHeight).map(i => i.loading)")
        assert below and all(loading == "lazy" for loading in below), below
        if width < 600:
            # On a phone the logos and the emblem, at the end of a long page, are not fetched before the reader scrolls
            # (Chromium fetches lazy images some 1,250 to 2,500 pixels ahead: the gallery, just below the fold, may be;
            # on a wide screen the story and the facts stand side by side, and the end of the page is that near).
            assert [url for url in requested if "/media/" in url] == [], requested
        tab.evaluate("""async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise((done) => setTimeout(done, 50));
          }
        }""")
        tab.wait_for_function("Array.from(document.images).every(image => image.complete && image.naturalWidth > 0)")
        shown = tab.evaluate("Array.from(document.querySelectorAll('article img')).map(i => [i.currentSrc, i.getAttribute('srcset').includes(new URL(i.currentSrc).pathname.split('/').pop())])")
        assert len(shown) == 1 + 3 + 2 + 1  # the top, the gallery, two logos, the emblem
        assert all(in_srcset for _, in_srcset in shown), shown
        assert all(url.startswith(served) for url in requested)
    finally:
        context.close()


def test_a_served_copy_is_what_the_page_says(media_site: BuiltSite) -> None:
    """width and height of every <img> are those of its src (no layout shift when it loads)."""
    from PIL import Image

    for page in PAGES:
        soup = media_site.page(page.removesuffix("index.html"))
        folder = (media_site.root / page).parent
        for img in soup.select("article img"):
            with Image.open((folder / str(img["src"])).resolve()) as image:
                assert (str(image.width), str(image.height)) == (img["width"], img["height"]), img

