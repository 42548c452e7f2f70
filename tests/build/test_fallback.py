"""Missing translations: a page in every language all the same, honest about its language.

The fixture site is the real content with two translations taken away: roma-net
has no English file at all (the English page shows the Czech original) and the
Bulgarian khamoro file has no goals (the Bulgarian page shows the English ones).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
from babel import Locale
from bs4 import BeautifulSoup, Tag

from conftest import REPO, BuiltSite, build_site
from scratch import DEFAULT_LANGUAGE, LANGUAGES, write_mkdocs_yml
from showcase.content.loader import load_site
from showcase.content.model import SiteContent

BASE = "http://site.test/"
ROMA_NET = "roma-net"
KHAMORO = "khamoro-capacity-building"


def norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f\u2009\u200b]+", " ", text).strip()


def text(element: Tag | None) -> str:
    assert element is not None
    return norm(element.get_text())


def remove_top_level_block(path: Path, key: str) -> None:
    """Delete ``key:`` and every indented line under it from a front matter."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = start + 1
    while end < len(lines) and (lines[end].startswith((" ", "\t", "-")) or not lines[end].strip()):
        end += 1
    assert end - start >= 2, f"{key} of {path} is not a block"
    assert re.match(r"[a-z_]+:|---", lines[end]), f"the block {key} of {path} ends at {lines[end]!r}"
    path.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fallback")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "data", root / "data")
    (root / "content" / "projects" / ROMA_NET / "project.en.md").unlink()
    remove_top_level_block(root / "content" / "projects" / KHAMORO / "project.bg.md", "goals")
    write_mkdocs_yml(root)
    return root


@pytest.fixture(scope="module")
def content(fixture_root: Path) -> SiteContent:
    site = load_site(fixture_root / "content", fixture_root / "data", LANGUAGES, DEFAULT_LANGUAGE)
    # The fixture is what the tests below assume.
    assert "en" not in site.project(ROMA_NET).texts
    assert site.project(ROMA_NET).facts.original_language == "cs"
    khamoro = site.project(KHAMORO)
    assert khamoro.texts["bg"].goals == () and khamoro.texts["bg"].title
    assert khamoro.facts.original_language == "en" and khamoro.texts["en"].goals
    return site


@pytest.fixture(scope="module")
def fallback_site(fixture_root: Path, content: SiteContent) -> BuiltSite:
    result = build_site(fixture_root / "mkdocs.yml", fixture_root / "site", BASE)
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(fixture_root / "site")


def robots(page: BeautifulSoup) -> list[str]:
    return [str(m.get("content")) for m in page.select('meta[name="robots"]')]


def test_untranslated_project_still_has_an_english_page(fallback_site: BuiltSite, content: SiteContent) -> None:
    page = fallback_site.page("en/projects/roma-net/")
    czech = content.project(ROMA_NET).texts["cs"]
    assert page.html is not None and page.html.get("lang") == "en"
    h1 = page.select_one("article h1")
    assert h1 is not None and text(h1) == norm(czech.title or "") and h1.get("lang") == "cs"
    summary = page.select_one(".sc-project__summary")
    assert summary is not None and text(summary) == norm(czech.summary or "") and summary.get("lang") == "cs"
    body = page.select_one(".sc-body")
    assert body is not None and body.get("lang") == "cs"
    goals = page.select_one("section.sc-section--goals ul")
    assert goals is not None and goals.get("lang") == "cs"
    # The interface around the Czech texts stays English.
    assert text(page.select_one("#key-facts")) == content.ui["en"]["key_facts"]


def test_untranslated_page_says_so_and_links_the_original(fallback_site: BuiltSite, content: SiteContent) -> None:
    url = "en/projects/roma-net/"
    page = fallback_site.page(url)
    notice = page.select_one(".sc-notice")
    assert notice is not None
    czech = Locale.parse("en_GB").languages["cs"]
    assert czech == "Czech"
    assert norm(content.ui["en"]["fallback_notice"].format(language=czech)) in text(notice)
    link = notice.select_one("a[href]")
    assert link is not None
    assert urljoin(BASE + url, str(link["href"])) == BASE + "projects/roma-net/"
    assert link.get("hreflang") == "cs"
    assert text(link) == norm(content.ui["en"]["read_original"].format(language=czech))
    # The notice says it once: the fields are not marked one by one.
    assert page.select(".sc-lang-mark") == []


def test_untranslated_page_is_not_indexed_but_the_original_is(fallback_site: BuiltSite) -> None:
    assert robots(fallback_site.page("en/projects/roma-net/")) == ["noindex, follow"]
    original = fallback_site.page("projects/roma-net/")
    assert robots(original) == []
    assert original.select_one(".sc-notice") is None
    h1 = original.select_one("article h1")
    assert h1 is not None and h1.get("lang") is None
    # A translated page is indexed too.
    assert robots(fallback_site.page("bg/projects/roma-net/")) == []


def test_language_switcher_of_the_fallback_page(fallback_site: BuiltSite) -> None:
    url = "en/projects/roma-net/"
    links = fallback_site.page(url).select("a.md-select__link")
    targets = {str(a["hreflang"]): urljoin(BASE + url, str(a["href"])) for a in links}
    assert targets == {
        "cs": BASE + "projects/roma-net/",
        "en": BASE + "en/projects/roma-net/",
        "bg": BASE + "bg/projects/roma-net/",
    }
    # And the other pages link to the English one.
    czech = fallback_site.page("projects/roma-net/").select_one('a.md-select__link[hreflang="en"]')
    assert czech is not None
    assert urljoin(BASE + "projects/roma-net/", str(czech["href"])) == BASE + url


def test_partly_translated_page(fallback_site: BuiltSite, content: SiteContent) -> None:
    url = "bg/projects/khamoro-capacity-building/"
    page = fallback_site.page(url)
    khamoro = content.project(KHAMORO)
    notice = page.select_one(".sc-notice")
    assert notice is not None
    english = Locale.parse("bg_BG").languages["en"]
    assert norm(content.ui["bg"]["partial_notice"].format(language=english)) in text(notice)
    link = notice.select_one("a[href]")
    assert (
        link is not None and urljoin(BASE + url, str(link["href"])) == BASE + "en/projects/khamoro-capacity-building/"
    )
    # The goals are the English ones, marked as English; the rest stays Bulgarian.
    goals = page.select_one("section.sc-section--goals")
    assert goals is not None
    heading, mark = goals.select_one("h2"), goals.select_one("h2 .sc-lang-mark")
    # Marked visibly too, in the reader's language: "на английски" (in English).
    assert mark is not None and text(mark) == "на английски" and mark.get("lang") == "bg"
    assert heading is not None and text(heading) == f"{content.ui['bg']['goals']} на английски"
    assert len(page.select(".sc-lang-mark")) == 1, "only the goals fall back"
    goal_list = goals.select_one("ul")
    assert goal_list is not None and goal_list.get("lang") == "en"
    assert len(goal_list.select("li")) == len(khamoro.texts["en"].goals)
    h1 = page.select_one("article h1")
    assert h1 is not None and h1.get("lang") is None and text(h1) == norm(khamoro.texts["bg"].title or "")
    activities = page.select_one("section.sc-section--activities ol")
    assert activities is not None and activities.get("lang") is None
    assert robots(page) == []
    # The complete translations have no notice.
    assert fallback_site.page("projects/khamoro-capacity-building/").select_one(".sc-notice") is None
    assert fallback_site.page("en/projects/khamoro-capacity-building/").select_one(".sc-notice") is None


@pytest.mark.parametrize("url", ["en/projects/", "en/"])
def test_untranslated_project_is_listed_in_its_original_language(
    fallback_site: BuiltSite, content: SiteContent, url: str
) -> None:
    page = fallback_site.page(url)
    card = next(
        (
            c
            for c in page.select("li.sc-card")
            if urljoin(BASE + url, str(c.select_one(".sc-card__title a")["href"])) == BASE + "en/projects/roma-net/"  # type: ignore[index]
        ),
        None,
    )
    assert card is not None
    czech = content.project(ROMA_NET).texts["cs"]
    title = card.select_one(".sc-card__title")
    assert title is not None and title.get("lang") == "cs" and text(title) == norm(czech.title or "")
    summary = card.select_one(".sc-card__summary")
    assert summary is not None and summary.get("lang") == "cs" and text(summary) == norm(czech.summary or "")
    # Translated projects' cards carry no lang of their own.
    others = [c for c in page.select("li.sc-card") if c is not card]
    assert others and all(c.select_one(".sc-card__title").get("lang") is None for c in others)  # type: ignore[union-attr]


# -- canonical, hreflang, sitemap, feed and data of a fallback page ----------------------


def head_links(page: BeautifulSoup) -> tuple[str | None, dict[str, str]]:
    canonical = page.select_one('link[rel="canonical"]')
    alternates = {str(a["hreflang"]): str(a["href"]) for a in page.select('link[rel="alternate"][hreflang]')}
    return (str(canonical["href"]) if canonical else None), alternates


def test_fallback_page_points_at_the_original_and_lists_no_alternates(fallback_site: BuiltSite) -> None:
    page = fallback_site.page("en/projects/roma-net/")
    assert head_links(page) == (BASE + "projects/roma-net/", {})
    # Its social card is in the language of its text.
    assert [m["content"] for m in page.select('meta[property="og:locale"]')] == ["cs_CZ"]
    assert page.select('meta[property="og:locale:alternate"]') == []


@pytest.mark.parametrize("url", ["projects/roma-net/", "bg/projects/roma-net/"])
def test_translations_do_not_list_the_fallback_as_an_alternate(fallback_site: BuiltSite, url: str) -> None:
    canonical, alternates = head_links(fallback_site.page(url))
    assert canonical == BASE + url
    assert alternates == {
        "cs": BASE + "projects/roma-net/",
        "bg": BASE + "bg/projects/roma-net/",
        "x-default": BASE + "projects/roma-net/",
    }


def test_partly_translated_page_is_a_version_of_its_own(fallback_site: BuiltSite) -> None:
    url = "bg/projects/khamoro-capacity-building/"
    canonical, alternates = head_links(fallback_site.page(url))
    assert canonical == BASE + url and alternates["bg"] == BASE + url and len(alternates) == 4


def test_sitemap_leaves_the_fallback_page_out(fallback_site: BuiltSite) -> None:
    from lxml import etree

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = etree.parse(str(fallback_site.root / "sitemap.xml")).getroot()
    locs = root.xpath("//s:url/s:loc/text()", namespaces=ns)
    assert BASE + "en/projects/roma-net/" not in locs
    assert BASE + "projects/roma-net/" in locs and BASE + "en/projects/khamoro-capacity-building/" in locs
    hrefs = root.xpath("//x:link/@href", namespaces=ns)
    assert BASE + "en/projects/roma-net/" not in hrefs
    # Every other page of every language is there.
    assert len(locs) == len(list(fallback_site.root.rglob("index.html"))) - 1


def test_feed_entry_of_the_fallback_is_marked(fallback_site: BuiltSite, content: SiteContent) -> None:
    import feedparser

    parsed = feedparser.parse((fallback_site.root / "en" / "feed.xml").read_bytes())
    assert not parsed.bozo
    (entry,) = [e for e in parsed.entries if e.link == BASE + "en/projects/roma-net/"]
    czech = content.project(ROMA_NET).texts["cs"]
    assert entry.title == czech.title and entry.title_detail.language == "cs"
    assert entry.summary_detail.language == "cs"
    notice = content.ui["en"]["fallback_notice"].format(language="Czech")
    assert notice in entry.content[0].value


def test_exports_say_which_texts_fall_back(fallback_site: BuiltSite, content: SiteContent) -> None:
    import json

    data = json.loads((fallback_site.root / "data" / "projects.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in data["projects"]}
    roma_net = records[ROMA_NET]["texts"]
    assert [roma_net[lang]["source"] for lang in ("cs", "en", "bg")] == ["original", "fallback", "translation"]
    assert roma_net["en"]["title"] == content.project(ROMA_NET).texts["cs"].title
    khamoro = records[KHAMORO]["texts"]["bg"]
    assert khamoro["source"] == "translation" and "goals" in khamoro["fields_from_original"]
    assert khamoro["goals"] == list(content.project(KHAMORO).texts["en"].goals)
