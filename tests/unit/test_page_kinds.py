"""The registry of page kinds: each page found by what it is, one view per project and language,
the project page's table of contents made from the parts the page shows, the site's languages read once."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from conftest import REPO, BuiltSite
from scratch import LANGUAGES, load, write_scratch_site
from showcase.adapter import i18n
from showcase.editors.siteconfig import read_site_config
from showcase.site.languages import site_languages
from showcase.site.pages.accessibility import AccessibilityKind
from showcase.site.pages.home import HomeKind
from showcase.site.pages.markdown import MarkdownKind
from showcase.site.pages.open_data import OpenDataKind
from showcase.site.pages.project import PARTS, ProjectKind
from showcase.site.pages.registry import PageSettings, SitePages

PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}
PROJECT_IDS = sorted(p.name for p in (REPO / "content" / "projects").iterdir() if (p / "project.yml").is_file())


@pytest.fixture
def pages(tmp_path: Path) -> SitePages:
    write_scratch_site(tmp_path)
    return SitePages(load(tmp_path))


def test_every_generated_page_is_found_by_its_file(pages: SitePages) -> None:
    sources = list(pages.sources())
    files = [src_uri for src_uri, _, _ in sources]
    assert len(files) == len(set(files)) == len(pages.generated) * len(LANGUAGES)
    for src_uri, kind, language in sources:
        assert src_uri == kind.src_uri(language) and src_uri.endswith(f"/index.{language}.md")
        assert pages.generated_page(src_uri) is kind
        # The file decides, whatever template an editor's front matter would name.
        assert pages.kind(src_uri, "home.html") is kind
    bases = {kind.base for kind in pages.generated}
    assert {"projects/alpha/", "projects/beta/", "organisations/khamoro/", "countries/bg/", "topics/", "search/"} <= bases
    projects = [kind for kind in pages.generated if isinstance(kind, ProjectKind)]
    assert sorted(kind.id for kind in projects) == ["alpha", "beta"]


def test_the_editors_pages_are_found_by_their_template(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    pages = SitePages(load(tmp_path), settings=PageSettings(accessibility_template="statement.html"))
    assert isinstance(pages.kind("index.en.md", "home.html"), HomeKind)
    assert isinstance(pages.kind("open-data.cs.md", "open-data.html"), OpenDataKind)
    assert isinstance(pages.kind("a11y.cs.md", "statement.html"), AccessibilityKind)
    # Not the default template any more: a page naming it is a plain page.
    for template in ("accessibility.html", None, "main.html"):
        assert type(pages.kind("about.cs.md", template)) is MarkdownKind
    assert pages.generated_page("index.en.md") is None


def test_one_view_per_project_and_language_shared_by_pages_cards_and_templates(pages: SitePages) -> None:
    view = pages.project_page("alpha", "en")
    assert pages.project_page("alpha", "en") is view
    assert pages.project_page("alpha", "bg") is not view
    assert pages.catalogue.card_map("en")["alpha"].page is view
    assert view.l10n is pages.localizer("en") is pages.template_api("en").l10n
    assert pages.template_api("en") is pages.template_api("en")


def test_the_site_languages_are_read_the_same_by_the_build_and_the_command_line() -> None:
    entries = [{"locale": "en"}, {"locale": "cs", "default": True}, {"locale": "bg", "build": False}, {"name": "no locale"}]
    assert site_languages(entries, "de") == (("en", "cs"), "cs")
    assert site_languages([{"locale": "en"}, {"locale": "bg"}], None) == (("en", "bg"), "en")
    assert site_languages(None, "de") == (("de",), "de")
    assert site_languages([], None) == (("en",), "en")
    command_line = read_site_config(REPO / "mkdocs.yml")
    build = i18n.languages(load_config(str(REPO / "mkdocs.yml")))
    assert build == (command_line.languages, command_line.default_language) == (("cs", "en", "bg"), "cs")


@pytest.mark.parametrize("language", list(PREFIX))
@pytest.mark.parametrize("project_id", PROJECT_IDS)
def test_project_table_of_contents_lists_the_parts_the_page_shows(built_site: BuiltSite, project_id: str, language: str) -> None:
    page = built_site.page(f"{PREFIX[language]}projects/{project_id}/")
    nav = page.select_one("nav.md-nav--secondary")
    assert nav is not None
    toc = [str(a["href"]) for a in nav.select(":scope > ul > li > a")]
    # Every part's heading in the order the page shows them; the funders'
    # acknowledgement is the one part the table of contents leaves out.
    headings = [f"#{h['id']}" for h in page.select("article.sc-project h2[id]") if h["id"] != "acknowledgement"]
    assert toc == headings
    # The body's own headings, one level down, under "About the project".
    about = nav.select(':scope > ul > li:has(> a[href="#about"]) > nav a')
    assert [str(a["href"]) for a in about] == [f"#{h['id']}" for h in page.select(".sc-body :is(h3, h4, h5, h6)[id]")]


def test_the_parts_are_the_partials_the_theme_has() -> None:
    partials = REPO / "theme_overrides"
    assert all((partials / part.partial).is_file() for part in PARTS)
    assert len({part.name for part in PARTS}) == len(PARTS)
