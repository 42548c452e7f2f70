"""Finding projects in the built site: facet pages, filters, related projects, search index.

Expectations come from the content through the core (which projects hold which
topic, country, organisation, funder), read back from the generated HTML.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urljoin

import pytest

from conftest import REPO, BuiltSite
from scratch import LANGUAGES
from showcase.content.model import Project, SiteContent
from showcase.site.facets import FACET_KINDS, Catalogue, facet_values
from showcase.site.pages.registry import SitePages
from showcase.site.related import CANDIDATES, related_projects
from showcase.site.typography import tie_text
from test_site_build import BASE, PREFIX, PROJECT_IDS, norm, project_url, text

FACT_KINDS = {"organisation": "organisations", "partners": "organisations", "funding": "funders", "countries": "countries", "topics": "topics"}


@pytest.fixture(scope="module")
def catalogue(site: SiteContent) -> Catalogue:
    return SitePages(site).catalogue


def resolve(url: str, href: str) -> str:
    """The site-relative path (``en/topics/x/``) a link on page ``url`` points to."""
    return urljoin(BASE + url, href).removeprefix(BASE)


def card_targets(built_site: BuiltSite, url: str, selector: str = "li.sc-card") -> list[str]:
    page = built_site.page(url)
    return [resolve(url, str(a["href"])) for a in page.select(f"{selector} .sc-card__title a")]


# -- facet pages -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("project_id", PROJECT_IDS)
def test_every_fact_links_to_a_page_listing_the_project(
    built_site: BuiltSite, site: SiteContent, project_id: str, language: str
) -> None:
    url = project_url(project_id, language)
    page = built_site.page(url)
    values = facet_values(site.project(project_id))
    linked: dict[str, set[str]] = {kind: set() for kind in FACET_KINDS}
    for key, kind in FACT_KINDS.items():
        for link in page.select(f".sc-facts__value--{key} a"):
            target = resolve(url, str(link["href"]))
            assert target.startswith(f"{PREFIX[language]}{kind}/"), f"{key} on /{url} links to /{target}"
            facet_page = built_site.page(target)
            assert facet_page.html is not None and facet_page.html["lang"] == language
            assert url in card_targets(built_site, target), f"/{target} does not list /{url}"
            linked[kind].add(target.removeprefix(f"{PREFIX[language]}{kind}/").strip("/"))
    for kind in FACET_KINDS:
        assert linked[kind] == {v.lower() if kind == "countries" else v for v in values[kind]}, (kind, url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_facet_pages_list_exactly_their_projects(
    built_site: BuiltSite, site: SiteContent, catalogue: Catalogue, language: str
) -> None:
    for kind, values in catalogue.postings.items():
        for value, ids in values.items():
            url = f"{PREFIX[language]}{kind}/{value.lower() if kind == 'countries' else value}/"
            assert sorted(card_targets(built_site, url)) == sorted(project_url(i, language) for i in ids), url
            page = built_site.page(url)
            assert text(page.select_one("article h1")) == norm(catalogue.name(kind, value, language))
            # The name is in <title> and the page is indexed for search, its cards are not.
            assert norm(catalogue.name(kind, value, language)) in text(page.select_one("title"))
            assert page.select_one("[data-pagefind-body] [data-pagefind-ignore] .sc-cards") is not None


def test_only_values_with_projects_have_a_page(built_site: BuiltSite, site: SiteContent, catalogue: Catalogue) -> None:
    unused = set(site.organisations) - set(catalogue.postings["organisations"])
    assert unused, "the seed data has an organisation without projects"
    for org in unused:
        assert not built_site.file(f"organisations/{org}/").exists()
    assert not built_site.file("countries/de/").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_facet_index_pages_link_every_facet_page(built_site: BuiltSite, catalogue: Catalogue, language: str) -> None:
    for kind, values in catalogue.postings.items():
        url = f"{PREFIX[language]}{kind}/"
        page = built_site.page(url)
        links = {resolve(url, str(a["href"])): text(a.parent) for a in page.select(".sc-facet-index a")}
        expected = {f"{url}{v.lower() if kind == 'countries' else v}/": len(ids) for v, ids in values.items()}
        assert set(links) == set(expected), url
        for target, count in expected.items():
            assert f" {count} " in f" {links[target]}", (target, links[target])


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_on_facet_pages_points_at_the_same_facet(built_site: BuiltSite, language: str) -> None:
    for path in ("topics/capacity-building/", "countries/bg/", "organisations/khamoro/", "funders/urbact/", "topics/", "search/"):
        url = PREFIX[language] + path
        targets = {str(a["hreflang"]): resolve(url, str(a["href"])) for a in built_site.page(url).select("a.md-select__link")}
        assert targets == {other: PREFIX[other] + path for other in LANGUAGES}, url


def test_facet_pages_stay_out_of_the_navigation(built_site: BuiltSite) -> None:
    nav = built_site.page("").select(".md-nav--primary a, .md-tabs a")
    targets = {str(a["href"]) for a in nav}
    assert not any(kind in href for href in targets for kind in FACET_KINDS), targets
    assert "search/" in targets


# -- filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_filter_options_count_the_cards_holding_them(built_site: BuiltSite, language: str) -> None:
    page = built_site.page(PREFIX[language] + "projects/")
    form = page.select_one("form[data-sc-filters]")
    # Hidden without JavaScript by the stylesheet (html.sc-js): tests/browser/test_finding_browser.py.
    assert form is not None
    cards = page.select(".sc-project-list li.sc-card")
    assert len(cards) == len(PROJECT_IDS)
    groups = {str(s["name"]): s for s in form.select("select[data-facet]")}
    assert set(groups) == {"topic", "country", "organisation", "funder", "status", "year"}
    for select in groups.values():
        facet = str(select["data-facet"])
        held = Counter(value for card in cards for value in str(card.get(f"data-{facet}", "")).split())
        options = select.select("option[value]")
        assert options[0]["value"] == "", "the first option is 'all'"
        shown = {str(o["value"]): text(o) for o in options[1:]}
        assert set(shown) == set(held), facet
        for value, label in shown.items():
            assert label.endswith(f"({held[value]})"), (facet, value, label)
        label = select.find_previous("label")
        assert label is not None and label["for"] == select["id"]
    assert form.select_one("fieldset legend") is not None
    assert {str(o["value"]) for o in form.select("select[name=sort] option")} == {"newest", "title"}
    scripts = [str(s.get("src", "")) for s in page.select("script")]
    assert any(src.endswith("assets/javascripts/filters.js") for src in scripts)


def test_filter_by_programme_is_offered(built_site: BuiltSite) -> None:
    page = built_site.page("en/projects/")
    option = page.select_one('select[name=funder] option[value="european-social-fund.op-employment"]')
    assert option is not None and "Operational Programme Employment (1)" in text(option)


# -- related projects ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_related_projects_share_something_and_are_not_the_project(
    built_site: BuiltSite, site: SiteContent, catalogue: Catalogue, language: str
) -> None:
    for project in site.projects:
        url = project_url(project.id, language)
        related = card_targets(built_site, url, ".sc-related li.sc-card")
        assert related == [project_url(i, language) for i in catalogue.related[project.id]]
        assert 0 < len(related) <= 3 and url not in related
        mine = facet_values(project)
        for other_id in catalogue.related[project.id]:
            theirs = facet_values(site.project(other_id))
            assert any(set(mine[k]) & set(theirs[k]) for k in ("topics", "countries", "organisations"))
        section = built_site.page(url).select_one(".sc-related")
        assert section is not None and section.has_attr("data-pagefind-ignore")
        assert section.select_one("h3.sc-card__title") is not None, "card titles sit under the section's h2"


def _project(project_id: str, topics: tuple[str, ...] = (), countries: tuple[str, ...] = ("CZ",), org: str = "o") -> Project:
    from showcase.content.model import ProjectFacts

    facts = ProjectFacts(original_language="en", organisation=org, countries=countries, topics=topics)
    return Project(project_id, REPO, facts, {})


def test_related_prefers_rare_shared_values_and_breaks_ties_by_order() -> None:
    projects = [
        _project("a", ("common", "rare"), org="x"),
        _project("b", ("common",), org="y"),
        _project("c", ("common", "rare"), org="z"),
        _project("d", ("common",), org="w"),
        _project("e", (), countries=("BG",), org="v"),
    ]
    related = related_projects(projects, limit=3)
    assert related["a"] == ("c", "b", "d"), "sharing the rare topic ranks first, then the order given"
    assert related["e"] == (), "a project sharing nothing has no related projects"
    assert related == related_projects(list(reversed(projects)), limit=3, order=lambda p: "abcde".index(p.id))


def test_related_looks_at_a_bounded_number_of_candidates() -> None:
    # Everybody shares one topic and one country: a quadratic scan would score n-1 candidates each.
    projects = [_project(f"p{i:04d}", ("common",), org=f"o{i}") for i in range(CANDIDATES * 3)]
    projects.append(_project("special", ("common", "rare"), org="o-special"))
    projects.append(_project("twin", ("common", "rare"), org="o-twin"))
    related = related_projects(projects, limit=2)
    assert related["special"][0] == "twin", "the rare value's candidates are gathered first"
    assert all(len(ids) == 2 for ids in related.values())


# -- search ------------------------------------------------------------------------------------


def test_search_index_has_one_index_per_language(built_site: BuiltSite, site: SiteContent, catalogue: Catalogue) -> None:
    entry = json.loads((built_site.root / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == set(LANGUAGES)
    facet_pages = sum(len(values) for values in catalogue.postings.values())
    for language in LANGUAGES:
        assert entry["languages"][language]["page_count"] == len(PROJECT_IDS) + facet_pages, language
    assert (built_site.root / "pagefind" / "pagefind.js").is_file()


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_the_main_content_is_marked_for_search(built_site: BuiltSite, language: str) -> None:
    prefix = PREFIX[language]
    for url in (prefix, prefix + "projects/", prefix + "search/", prefix + "topics/"):
        assert built_site.page(url).select("[data-pagefind-body]") == [], url
    for project_id in PROJECT_IDS:
        page = built_site.page(project_url(project_id, language))
        body = page.select("[data-pagefind-body]")
        assert len(body) == 1 and body[0].name == "article" and "sc-project" in body[0]["class"]
        summary = body[0].select_one('[data-pagefind-meta="summary"]')
        assert summary is not None and "sc-project__summary" in summary["class"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_is_translated_and_loads_no_index(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    url = PREFIX[language] + "search/"
    page = built_site.page(url)
    ui = site.ui[language]
    assert text(page.select_one("h1")) == ui["search"]
    label = page.select_one('label[for="sc-search-q"]')
    assert label is not None and text(label) == ui["search_label"]
    status = page.select_one(".sc-search__status")
    assert status is not None and status["role"] == "status"
    forms = {k: str(v) for k, v in status.attrs.items() if k.startswith("data-plural-")}
    # With the language's no-break spaces ("{n} výsledků" ties the number to its noun): a script writes them.
    assert forms == {f"data-plural-{k}": tie_text(v, language) for k, v in ui["search_results"].items()}
    html = built_site.html(url)
    # pagefind.js is imported by search.js when the reader searches, never by the page.
    assert "pagefind.js" not in html and "pagefind-ui" not in html
