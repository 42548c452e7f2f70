"""The reader's site in the built HTML: one card everywhere, periods written one way, Czech
no-break spaces, the frame (sidebars, footer, About page, header), what search results and
the 404 page get, share and report links.

Expectations come from the content and mkdocs.yml through the core, read back from the
real build (``built_site``, with a ``site_url``).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from conftest import REPO, SITE_URL, BuiltSite
from scratch import LANGUAGES
from showcase.adapter.assets import without_comments
from showcase.content.model import SiteContent
from showcase.site.markup import decode_email
from test_site_build import BASE, PREFIX, PROJECT_IDS, norm, project_url, text

THEME = REPO / "theme_overrides"
SETTINGS = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
PUBLISHER = SETTINGS["extra"]["publisher"]


def pages_in(built_site: BuiltSite, language: str) -> list[Path]:
    """Every HTML page of ``language`` (its 404 page too), not /admin/ or the search index."""
    root = built_site.root
    found = []
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(("admin/", "pagefind/")):
            continue
        in_language = relative.startswith(PREFIX[language]) if PREFIX[language] else not relative.startswith(("en/", "bg/"))
        if in_language:
            found.append(path)
    return found


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


# -- one card everywhere ---------------------------------------------------------------------


def test_only_one_partial_draws_cards_and_every_list_includes_it() -> None:
    templates = {path.relative_to(THEME).as_posix(): path.read_text(encoding="utf-8") for path in THEME.rglob("*.html")}
    drawing = sorted(name for name, source in templates.items() if re.search(r"class=\"sc-card[\"_ ]", source))
    assert drawing == ["partials/showcase/card.html"]
    including = sorted(name for name, source in templates.items() if "partials/showcase/card.html" in source)
    assert including == ["partials/showcase/card-list.html"]
    lists = sorted(name for name, source in templates.items() if "partials/showcase/card-list.html" in source)
    assert lists == ["facet.html", "home.html", "partials/showcase/project-related.html", "projects.html"]


def _shape(card: Tag) -> list[str]:
    """The parts of a card, in order: the first class of each element in its article."""
    article = card.find("article")
    assert isinstance(article, Tag)
    return [str(child["class"][0]) for child in article.find_all(recursive=False) if isinstance(child, Tag)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_card_in_the_site_has_the_one_partials_shape(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    shapes: dict[tuple[str, ...], list[str]] = {}
    where: set[str] = set()
    for path in pages_in(built_site, language):
        page = soup(path)
        for card in page.select(".sc-card"):
            assert card.name == "li" and card.parent is not None and "sc-cards" in card.parent.get("class", []), path
            shape = [part for part in _shape(card) if part != "sc-card__status"]
            shapes.setdefault(tuple(shape), []).append(str(path))
            where.add(path.relative_to(built_site.root).as_posix().removeprefix(PREFIX[language]).split("/")[0])
    assert list(shapes) == [("sc-card__picture", "sc-card__title", "sc-card__organisation", "sc-card__facts", "sc-card__summary")]
    # The home page, the list, facet pages and related projects on project pages.
    assert {"index.html", "projects", "topics", "countries", "organisations", "funders"} <= where


# -- periods in lists --------------------------------------------------------------------------

PERIODS = {
    "capacity-building-romanonet": {"en": "Jan 2021 – Dec 2022", "cs": "led 2021 – pro 2022", "bg": "01.2021 г. – 12.2022 г."},
    "khamoro-capacity-building": {"en": "Oct 2023 – Sept 2025", "cs": "říj 2023 – zář 2025", "bg": "10.2023 г. – 09.2025 г."},
    "roma-net": {"en": "until Jan 2013", "cs": "do led 2013", "bg": "до 01.2013 г."},
    "network-synergy": None,
    "roma-civil-society-western-balkans-turkey": None,
}
"""How every card writes each seed project's period: known to the day, to the month, only its end, not at all."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_card_writes_a_period_one_way(built_site: BuiltSite, language: str) -> None:
    assert sorted(PERIODS) == PROJECT_IDS
    seen: dict[str, int] = dict.fromkeys(PERIODS, 0)
    for path in pages_in(built_site, language):
        for card in soup(path).select(".sc-card"):
            link = card.select_one(".sc-card__title a")
            assert link is not None
            project_id = urljoin(BASE + path.relative_to(built_site.root).as_posix(), str(link["href"])).rstrip("/").rsplit("/", 1)[-1]
            period = card.select_one(".sc-card__period")
            expected = PERIODS[project_id]
            if expected is None:
                assert period is None, (path, project_id)
            else:
                assert text(period).replace("\u2009", " ") == expected[language], (path, project_id)
                assert all(time.has_attr("datetime") for time in period.select("time"))
            seen[project_id] += 1
    assert all(seen.values()), seen


# -- words and typography -----------------------------------------------------------------------

_SKIPPED = ["script", "style", "pre", "code", "kbd", "samp", "textarea", "svg", "template", "title"]
_BREAKABLE_AFTER_ONE_LETTER = re.compile(r"(?<![\w'’.\-])[ksvzouaiKSVZOUAI][ \t\r\n]+(?=\S)")
_TIED_AFTER_ONE_LETTER = re.compile(r"(?<![\w'’.\-])[ksvzouaiKSVZOUAI]\u00a0")


def czech_text_blocks(page: BeautifulSoup) -> list[str]:
    """The text of every paragraph-like element of a Czech page, other languages' texts left out."""
    for name in _SKIPPED:
        for element in page.find_all(name):
            element.decompose()
    for element in page.select("[lang]"):
        if not str(element["lang"]).startswith("cs") and element.name != "html":
            element.decompose()
    blocks = page.select("p, li, dd, dt, h1, h2, h3, h4, h5, h6, figcaption, blockquote, td, th, a, label, button, legend, option")
    return [block.get_text() for block in blocks]


def test_czech_pages_have_no_breakable_space_after_a_one_letter_word(built_site: BuiltSite) -> None:
    pages = pages_in(built_site, "cs")
    assert len(pages) > 30
    breakable: list[str] = []
    tied = 0
    for path in pages:
        for block in czech_text_blocks(soup(path)):
            tied += len(_TIED_AFTER_ONE_LETTER.findall(block))
            for match in _BREAKABLE_AFTER_ONE_LETTER.finditer(block):
                breakable.append(f"{path.relative_to(built_site.root)}: …{block[max(0, match.start() - 30) : match.end() + 20]!r}")
    assert tied > 200, "the Czech texts have one-letter words, all tied"
    assert not breakable, "\n".join(breakable[:30])


def test_no_identifier_label_without_a_meaning(built_site: BuiltSite) -> None:
    bare = {"Identifier", "Identifikátor", "Идентификатор"}
    for language in LANGUAGES:
        for path in pages_in(built_site, language):
            labels = {norm(element.get_text()) for element in soup(path).select("dt, th, label, legend")}
            assert not labels & bare, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_statuses_are_capitalised_the_same_in_facts_badges_and_filters(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    for status in ("ongoing", "completed"):
        label = site.ui_text(language, f"status_{status}")
        assert label[:1].isupper(), label
    for project_id in PROJECT_IDS:
        page = built_site.page(project_url(project_id, language))
        status = site.project(project_id).facts.status
        value = page.select_one(".sc-facts__value--status")
        if status is None:  # no source says (the Joint Initiative): no status shown
            assert value is None
            continue
        assert text(value) == norm(site.ui_text(language, f"status_{status}"))
    badges = {text(badge) for badge in built_site.page(PREFIX[language] + "projects/").select(".sc-card__status")}
    assert badges == {norm(site.ui_text(language, "status_ongoing")), norm(site.ui_text(language, "status_completed"))}
    options = [text(option) for option in built_site.page(PREFIX[language] + "projects/").select("select[name=status] option[value]")]
    assert all(option[:1].isupper() for option in options), options


def test_the_sites_own_country_name_is_used_where_the_texts_use_it(built_site: BuiltSite) -> None:
    page = built_site.html("en/projects/roma-civil-society-western-balkans-turkey/")
    assert "Turkey" in page and "Türkiye" not in page
    assert "Turecko" in built_site.html("projects/roma-civil-society-western-balkans-turkey/")
    assert text(built_site.page("en/countries/tr/").h1) == "Turkey"


# -- the frame ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_sidebars_only_where_they_hold_something(built_site: BuiltSite, language: str) -> None:
    prefix = PREFIX[language]
    for url in ("", "projects/", "search/", f"projects/{PROJECT_IDS[0]}/", "topics/", "topics/capacity-building/", "about/"):
        page = built_site.page(prefix + url)
        primary = page.select_one(".md-sidebar--primary")
        assert primary is None or primary.has_attr("hidden"), f"/{prefix}{url}: the tabs hold the navigation"
        if url != "about/":
            assert page.select_one(".md-sidebar--secondary[hidden]") is not None, f"/{prefix}{url}"
    # A long text keeps its table of contents beside it.
    statement = built_site.page(prefix + "accessibility/")
    assert statement.select_one(".md-sidebar--secondary:not([hidden]) nav.md-nav--secondary a") is not None
    assert built_site.page(prefix + "404.html").select_one(".md-sidebar") is None


def test_no_page_loads_materials_script(built_site: BuiltSite) -> None:
    for language in LANGUAGES:
        for path in pages_in(built_site, language):
            html = path.read_text(encoding="utf-8")
            assert "javascripts/bundle." not in html and 'id="__config"' not in html, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_has_a_short_name_for_phones(built_site: BuiltSite, language: str) -> None:
    settings = next(entry for entry in SETTINGS["plugins"][1]["i18n"]["languages"] if entry["locale"] == language)
    page = built_site.page(PREFIX[language] + "projects/")
    assert text(page.select_one(".md-header .sc-site-name__long")) == norm(settings["site_name"])
    assert text(page.select_one(".md-header .sc-site-name__short")) == norm(settings["extra"]["site_short_name"])
    assert len(settings["extra"]["site_short_name"]) < len(settings["site_name"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_footer_names_the_publisher_and_links_the_about_page_and_contact(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    about = built_site.root / PREFIX[language] / "about" / "index.html"
    pages = pages_in(built_site, language)
    for path in pages:
        footer = soup(path).select_one("footer .sc-footer")
        assert footer is not None, path
        credit = footer.select_one(".sc-footer__publisher")
        assert norm(PUBLISHER["name"][language]) in text(credit), path
        links = {norm(a.get_text()): str(a["href"]) for a in footer.select(".sc-footer-links a")}
        for key, anchor in (("about_site", ""), ("contact", "#contact")):
            href = links[norm(site.ui_text(language, key))]
            assert href.endswith(anchor), (path, href)
            address = href.split("#", 1)[0]
            target = built_site.root / address.lstrip("/") if address.startswith("/") else path.parent / address
            assert (target / "index.html").resolve() == about.resolve(), (path, href)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_about_page_says_who_publishes_the_site_and_how_to_reach_them(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    page = built_site.page(PREFIX[language] + "about/")
    contact = page.select_one("#contact")
    assert contact is not None and text(contact) == norm(site.ui_text(language, "contact"))
    section = contact.find_parent("section")
    assert section is not None and norm(PUBLISHER["name"][language]) in text(section)
    protected = section.select_one("[data-sc-email]")
    assert protected is not None and decode_email(str(protected["data-sc-email"])) == PUBLISHER["email"]
    assert PUBLISHER["email"] not in built_site.html(PREFIX[language] + "about/")
    assert "#contact" in [str(a["href"]) for a in page.select("nav.md-nav--secondary a")]


# -- search results and the 404 page ------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_tell_search_results_their_kind_organisation_and_period(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    for project_id in PROJECT_IDS:
        page = built_site.page(project_url(project_id, language))
        body = page.select_one("[data-pagefind-body]")
        assert body is not None
        meta = {str(e["data-pagefind-meta"]): norm(e.get_text()) for e in body.select("[data-pagefind-meta]")}
        assert meta["kind"] == norm(site.ui_text(language, "kind_project"))
        organisation = site.organisations[site.project(project_id).facts.organisation]
        assert meta["organisation"] == norm(organisation.name.get(language, site.languages))
        expected = PERIODS[project_id]
        assert meta.get("period", "").replace("\u2009", " ") == (expected[language] if expected else "")
    facet = built_site.page(PREFIX[language] + "topics/capacity-building/").select_one("[data-pagefind-meta=kind]")
    assert facet is not None and text(facet) == norm(site.ui_text(language, "facet_topic"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_404_page_offers_the_search_box(built_site: BuiltSite, language: str) -> None:
    page = built_site.page(PREFIX[language] + "404.html")
    form = page.select_one("form[role=search]")
    assert form is not None and form.select_one("input[type=search][name=q]") is not None
    # Served at any depth: the address is absolute.
    assert form["action"] == "/" + PREFIX[language] + "search/"


# -- project pages: share and report -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_share_links_are_plain_addresses_and_report_writes_to_the_publisher(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    url = project_url(PROJECT_IDS[0], language)
    page = built_site.page(url)
    share = page.select_one("section.sc-share")
    assert share is not None
    links = {urlsplit(str(a["href"])).netloc or urlsplit(str(a["href"])).scheme: str(a["href"]) for a in share.select("a")}
    assert set(links) == {"mailto", "x.com", "www.facebook.com", "www.linkedin.com"}
    address = SITE_URL + url
    for network, href in links.items():
        values = [value for values in parse_qs(urlsplit(href).query).values() for value in values]
        assert address in values, (network, href)
    assert links["mailto"].startswith("mailto:?"), "no address in the share link"
    assert share.select_one("button.sc-share__copy") is not None
    assert not [s for s in page.select("script[src]") if urlsplit(str(s["src"])).netloc], "no script of another host"
    report = page.select_one("a.sc-report__link")
    assert report is not None and text(report) == norm(site.ui_text(language, "report_mistake"))
    assert str(report["href"]).endswith("about/#contact")
    assert decode_email(str(report["data-sc-mailto"])) == PUBLISHER["email"]
    assert norm(site.ui_text(language, "report_subject").split("{", 1)[0]) in norm(str(report["data-sc-subject"]))


def test_the_published_stylesheets_and_scripts_are_the_sources_code(built_site: BuiltSite) -> None:
    """Every line of code of theme_overrides/assets is in the built file, in order; the comments alone on their lines are not."""
    site = built_site.root
    sources = sorted(path for path in (REPO / "theme_overrides" / "assets").rglob("*") if path.suffix in (".css", ".js"))
    assert {path.name for path in sources} >= {"reader.css", "showcase.css", "filters.js", "list-tools.js", "showcase.js"}
    for source in sources:
        published = (site / source.relative_to(REPO / "theme_overrides")).read_text(encoding="utf-8")
        text = source.read_text(encoding="utf-8")
        assert len(published) < len(text), source.name
        assert not re.search(r"^\s*/\*", published, re.MULTILINE), source.name
        code = [line for line in without_comments(text, source.suffix).splitlines() if line.strip()]
        assert [line for line in published.splitlines() if line.strip()] == code, source.name
