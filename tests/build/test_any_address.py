"""The site works unchanged under a project path, with ``site_url`` the only setting.

The real site is built with ``SITE_URL=http://127.0.0.1:PORT/showcase-repo/``
and served under ``/showcase-repo/`` the way GitHub Pages serves a project
site (a missing path gets the root ``404.html`` with status 404). Every page of
every language is crawled; a sample is opened in Chromium.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from localsite import serve
from quality import crawl, site_pages

from conftest import REPO, BuiltSite, build_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

BASE_PATH = "/showcase-repo/"
UI = {lang: yaml.safe_load((REPO / "data" / "ui" / f"{lang}.yml").read_text(encoding="utf-8")) for lang in ("cs", "en", "bg")}


@dataclass(frozen=True)
class SubPathSite:
    root: Path
    base_url: str  # http://127.0.0.1:PORT/showcase-repo/


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SubPathSite]:
    root = tmp_path_factory.mktemp("sub-path-site") / "site"
    root.mkdir()
    # The server first: its port is part of site_url (canonical links are absolute).
    with serve(root, base_path=BASE_PATH, github_pages=True) as base_url:
        result = build_site(REPO / "mkdocs.yml", root, env={"SITE_URL": base_url})
        assert result.returncode == 0, result.stderr
        yield SubPathSite(root, base_url)


@pytest.fixture(scope="module")
def github_pages_root(built_site: BuiltSite) -> Iterator[str]:
    """The site built without site_url, served at a domain root like GitHub Pages."""
    with serve(built_site.root, github_pages=True) as base_url:
        yield base_url


@pytest.mark.gate
def test_every_page_of_every_language_links_only_to_what_exists_under_the_sub_path(sub_path_site: SubPathSite) -> None:
    pages = site_pages(sub_path_site.root)
    for prefix in ("", "en/", "bg/"):
        assert f"{prefix}index.html" in pages and f"{prefix}404.html" in pages
    result = crawl(sub_path_site.base_url, pages)
    assert result.pages == len(pages)
    assert result.links > 50 * len(pages) // 2 and result.anchors > 0, result
    assert not result.problems, f"{len(result.problems)} broken links:\n" + "\n".join(result.problems)


def test_language_switcher_links_are_relative(sub_path_site: SubPathSite) -> None:
    # static-i18n writes "/showcase-repo/en/" on home pages; that breaks when the
    # site is moved. Relative links work wherever the folder is served.
    for page in ("index.html", "en/index.html", "bg/projects/index.html", "accessibility/index.html"):
        soup = BeautifulSoup((sub_path_site.root / page).read_text(encoding="utf-8"), "html.parser")
        links = [a["href"] for a in soup.select("a.md-select__link")]
        assert len(links) == 3, page
        assert all(not str(href).startswith(("/", "http")) for href in links), (page, links)


def test_404_pages_link_absolutely_into_their_language(sub_path_site: SubPathSite) -> None:
    for language, page in (("cs", "404.html"), ("en", "en/404.html"), ("bg", "bg/404.html")):
        soup = BeautifulSoup((sub_path_site.root / page).read_text(encoding="utf-8"), "html.parser")
        assert soup.html is not None and soup.html["lang"] == language
        assert soup.h1 is not None and soup.h1.get_text(strip=True) == UI[language]["not_found_title"]
        prefix = BASE_PATH + ("" if language == "cs" else f"{language}/")
        links = {a.get_text(strip=True): a["href"] for a in soup.select("nav.sc-not-found a")}
        assert links == {UI[language]["not_found_home"]: prefix, UI[language]["not_found_projects"]: prefix + "projects/"}
        # Every link and resource is absolute (the page is shown at any depth).
        for element in soup.select("[href], [src]"):
            url = str(element.get("href") or element.get("src"))
            assert url.startswith((BASE_PATH, "#", "mailto:", "https://")), (page, url)


@pytest.mark.browser
def test_sample_pages_load_every_resource_under_the_sub_path(browser: Browser, sub_path_site: SubPathSite) -> None:
    own = urlsplit(sub_path_site.base_url).netloc
    problems: list[str] = []
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        page.on("response", lambda r: problems.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)
        # ERR_ABORTED is the browser cancelling a request it no longer needs, not a broken resource.
        page.on("requestfailed", lambda r: r.failure == "net::ERR_ABORTED" or problems.append(f"{r.failure} {r.url}"))
        page.on("request", lambda r: problems.append(f"other host: {r.url}") if urlsplit(r.url).netloc != own else None)
        page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
        for path in ("", "en/", "bg/", "projects/roma-net/", "en/projects/", "bg/accessibility/", "en/404.html"):
            page.goto(sub_path_site.base_url + path, wait_until="load")
            # Material's stylesheet applied: the header is laid out, not bare HTML.
            assert page.locator("header.md-header").evaluate("e => getComputedStyle(e).position") != "static", path
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def _open_missing(page: Page, url: str) -> int:
    response = page.goto(url, wait_until="load")
    assert response is not None
    status = response.status
    page.wait_for_function("document.readyState === 'complete' && document.documentElement.style.visibility !== 'hidden'")
    return status


@pytest.mark.browser
@pytest.mark.parametrize(
    ("site", "missing", "language"),
    [
        ("sub_path", "bg/projects/no-such-project/", "bg"),
        ("sub_path", "en/nothing-here", "en"),
        ("sub_path", "no-such-page/", "cs"),
        ("root", "bg/xyz", "bg"),
    ],
)
def test_a_mistyped_address_shows_the_not_found_page_of_its_language(
    browser: Browser, request: pytest.FixtureRequest, site: str, missing: str, language: str
) -> None:
    base_url = request.getfixturevalue("sub_path_site").base_url if site == "sub_path" else request.getfixturevalue("github_pages_root")
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        external: list[str] = []
        page.on("request", lambda r: external.append(r.url) if urlsplit(r.url).netloc != urlsplit(base_url).netloc else None)
        assert _open_missing(page, base_url + missing) == 404
        # The mistyped address stays in the address bar; the page is in its language.
        assert page.url == base_url + missing
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("h1").inner_text() == UI[language]["not_found_title"]
        assert page.title().startswith(UI[language]["not_found_title"])
        assert not external, external
        # Its links lead into that language's site, and work.
        prefix = base_url + ("" if language == "cs" else f"{language}/")
        page.get_by_role("link", name=UI[language]["not_found_projects"], exact=True).click()
        page.wait_for_load_state("load")
        assert page.url == prefix + "projects/"
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("h1").inner_text() == {"cs": "Projekty", "en": "Projects", "bg": "Проекти"}[language]
    finally:
        context.close()


@pytest.mark.parametrize(
    ("site_url", "cname"),
    [
        ("https://projects.example.org/", "projects.example.org"),
        ("https://example-org.github.io/showcase-repo/", None),
        ("", None),
    ],
)
def test_cname_file_only_for_a_custom_domain(tmp_path: Path, site_url: str, cname: str | None) -> None:
    result = build_site(REPO / "mkdocs.yml", tmp_path / "site", env={"SITE_URL": site_url})
    assert result.returncode == 0, result.stderr
    cname_file = tmp_path / "site" / "CNAME"
    if cname is None:
        assert not cname_file.exists()
    else:
        assert cname_file.read_text(encoding="utf-8") == cname + "\n"
        # A custom domain serves the site at its root: 404 links start at "/".
        assert re.search(r'href="/en/"', (tmp_path / "site" / "en" / "404.html").read_text(encoding="utf-8"))
