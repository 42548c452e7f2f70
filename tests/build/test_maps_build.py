"""The maps read back from the built HTML.

The real site: its projects name only countries, so every map shades them
(the fallback). The fixture site of ``map_site.py``: places with coordinates
from the test-only hook, so points, groups, labels and links.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from conftest import REPO, BuiltSite, build_site
from map_site import PLACES, build_map_site, write_map_site
from showcase.site.maps.projection import project

PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}
UI = {language: yaml.safe_load((REPO / "data" / "ui" / f"{language}.yml").read_text(encoding="utf-8")) for language in PREFIX}
REAL_FACTS = {
    p.name: yaml.safe_load((p / "project.yml").read_text(encoding="utf-8"))
    for p in (REPO / "content" / "projects").iterdir()
    if (p / "project.yml").is_file()
}
REAL_PROJECTS = {name: facts["countries"] for name, facts in REAL_FACTS.items()}
REAL_POINTS = {name: [place for place in facts.get("places", ()) if "lat" in place] for name, facts in REAL_FACTS.items()}
# The site's names: CLDR's, but English "Turkey" (data/countries.yml).
COUNTRY_NAMES = {
    "cs": {"AL": "Albánie", "TR": "Turecko", "CZ": "Česko", "BG": "Bulharsko"},
    "en": {"AL": "Albania", "TR": "Turkey", "CZ": "Czechia", "BG": "Bulgaria"},
    "bg": {"AL": "Албания", "TR": "Турция", "CZ": "Чехия", "BG": "България"},
}
TOLERANCE = 1.0
"""Map units: marks are written in whole units."""


def the_map(page: BeautifulSoup) -> Tag:
    found = page.select("div.sc-map")
    assert len(found) == 1, f"{len(found)} maps on the page"
    return found[0]


def svg_of(block: Tag) -> Tag:
    svg = block.select_one("svg.sc-map__svg")
    assert svg is not None
    return svg


def translate(mark: Tag) -> tuple[float, float]:
    found = re.fullmatch(r"translate\((-?\d+) (-?\d+)\)", str(mark["transform"]))
    assert found, mark["transform"]
    return float(found.group(1)), float(found.group(2))


def expected_position(svg: Tag, lat: float, lon: float) -> tuple[float, float]:
    """Where a place must be: EPSG:3035, then the frame the SVG says it shows (data-extent) into its viewBox."""
    west, south, east, north = (float(v) for v in str(svg["data-extent"]).split())
    # html.parser lower-cases attribute names: viewBox is "viewbox".
    _, _, width, height = (float(v) for v in str(svg["viewbox"]).split())
    x, y = project(lon, lat)
    scale = width / (east - west)
    assert (north - south) * scale == pytest.approx(height, rel=0.01)
    return (x - west) * scale, (north - y) * scale


# -- the real site: countries shaded, places with coordinates as points ---------------------------------------------------
@pytest.mark.parametrize("language", list(PREFIX))
@pytest.mark.parametrize("project_id", sorted(REAL_PROJECTS))
def test_a_project_map_shades_its_countries_and_marks_its_places(built_site: BuiltSite, project_id: str, language: str) -> None:
    page = built_site.page(f"{PREFIX[language]}projects/{project_id}/")
    section = page.select_one("section.sc-project-map")
    assert section is not None and section.h2 is not None
    # Among the facts: beside the story on a wide screen, before it on a phone.
    assert section.find_parent(class_="sc-project__facts") is not None
    assert section.h2.get_text() == UI[language]["map_title_project"] and section.h2["id"] == "map"
    svg = svg_of(the_map(page))
    # No links: the whole map is one image, named and described in the reader's language.
    assert svg["role"] == "img" and not svg.select("a")
    assert svg.title is not None and svg.title.get_text() == UI[language]["map_title_project"]
    assert svg["aria-labelledby"] == svg.title["id"]
    shaded = [str(path["data-country"]) for path in svg.select("path.sc-map__country")]
    assert sorted(shaded) == sorted(REAL_PROJECTS[project_id])
    desc = svg.select_one("desc")
    assert desc is not None and svg["aria-describedby"] == desc["id"]
    for code in shaded:
        if code in COUNTRY_NAMES[language]:
            assert COUNTRY_NAMES[language][code] in desc.get_text()
    # Shaded countries are named on the map where their names fit beside the places' names,
    # and hatched in the legend: not by colour alone.
    names = [text.get_text() for text in svg.select("text.sc-map__country-name")]
    assert len(names) <= len(shaded)
    for name in names:  # the description names every shaded country
        assert name in desc.get_text()
    legend = section.select_one(".sc-map__legend")
    assert legend is not None and UI[language]["map_legend_country"] in legend.get_text()
    # One point per place of project.yml with coordinates.
    assert len(svg.select(".sc-map__mark")) == len(REAL_POINTS[project_id])
    # A project page's map weighs at most about 15 KB.
    assert len(str(section).encode()) < 15_000


def test_the_balkans_and_turkey_project_names_its_countries(built_site: BuiltSite) -> None:
    page = built_site.page("bg/projects/roma-civil-society-western-balkans-turkey/")
    svg = svg_of(the_map(page))
    desc = svg.select_one("desc").get_text()  # type: ignore[union-attr]
    assert "Албания" in desc and "Турция" in desc and "Тирана" in desc


@pytest.mark.parametrize("language", list(PREFIX))
def test_the_list_and_home_maps_shade_every_project_country(built_site: BuiltSite, language: str) -> None:
    every = sorted({code for codes in REAL_PROJECTS.values() for code in codes})
    for path, filterable in ((f"{PREFIX[language]}projects/", True), (PREFIX[language], False)):
        page = built_site.page(path)
        block = the_map(page)
        assert block.has_attr("data-sc-map-filter") == filterable
        svg = svg_of(block)
        assert sorted(str(p["data-country"]) for p in svg.select("path.sc-map__country")) == every
        assert svg.title.get_text() == UI[language]["map_title_all"]  # type: ignore[union-attr]
        # Every place with coordinates is on the map, and in the text list under it.
        assert svg.select(".sc-map__mark")
        listed = block.select_one(".sc-map__list")
        assert listed is not None and "Stara Zagora" in listed.get_text() or "Стара Загора" in listed.get_text()  # type: ignore[union-attr]
        # The list's map names its numbered circles again after filtering: it carries "{n} projects" for the script.
        assert ("{n}" in str(block.get("data-plural-other", ""))) == filterable
    # Where the slots put them: on the home page after the site's figures, before the newest projects;
    # on the list after its intro line, before the cards.
    home = built_site.page(PREFIX[language])
    order = [element.name + "." + element["class"][0] for element in home.select("ul.sc-home__figures, section.sc-projects-map, section.sc-home-projects")]
    assert order == ["ul.sc-home__figures", "section.sc-projects-map", "section.sc-home-projects"]
    listing = built_site.page(f"{PREFIX[language]}projects/")
    order = [element["class"][0] for element in listing.select(".sc-project-list__intro, section.sc-projects-map, ul.sc-cards")]
    assert order == ["sc-project-list__intro", "sc-projects-map", "sc-cards"]


@pytest.mark.parametrize("language", list(PREFIX))
def test_a_country_page_shows_its_country(built_site: BuiltSite, language: str) -> None:
    page = built_site.page(f"{PREFIX[language]}countries/bg/")
    svg = svg_of(the_map(page))
    assert [str(p["data-country"]) for p in svg.select("path.sc-map__country")] == ["BG"]
    assert svg.title.get_text() == UI[language]["map_title_country"].format(country=COUNTRY_NAMES[language]["BG"])  # type: ignore[union-attr]
    # The map is not indexed for search: only the page's header is.
    assert page.select_one("div.sc-map[data-pagefind-ignore]") is not None


def test_other_facet_pages_have_no_map(built_site: BuiltSite) -> None:
    for path in ("topics/networking/", "en/organisations/romodrom/", "bg/funders/urbact/"):
        assert not built_site.page(path).select("div.sc-map"), path


# -- a site with places ---------------------------------------------------------------
@pytest.fixture(scope="module")
def map_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site = build_map_site(tmp_path_factory.mktemp("map-site"))
    assert "Maps: drawn in" in site.log
    return site


@pytest.mark.parametrize("language", list(PREFIX))
def test_project_points_are_at_their_places_and_named_in_the_reader_s_language(map_site: BuiltSite, language: str) -> None:
    page = map_site.page(f"{PREFIX[language]}projects/balkans/")
    block = the_map(page)
    svg = svg_of(block)
    marks = svg.select("g.sc-map__mark")
    labels = {t.get_text() for t in svg.select("text.sc-map__label")}
    # One point per place (Shkodër and Podgorica, 40 km apart, are two at this scale).
    assert len(marks) == len(PLACES["balkans"])
    for place in PLACES["balkans"]:
        name = place["name"][language]
        x, y = expected_position(svg, place["lat"], place["lon"])
        assert sum(translate(m) == pytest.approx((x, y), abs=TOLERANCE) for m in marks) == 1, name
    # The same places as text, each with its country.
    listed = block.select_one(".sc-map__list")
    assert listed is not None and listed.has_attr("open")
    belgrade = PLACES["balkans"][3]["name"][language]
    serbia = {"cs": "Srbsko", "en": "Serbia", "bg": "Сърбия"}[language]
    assert f"{belgrade} ({serbia})" in listed.get_text()
    assert belgrade in svg.select_one("desc").get_text()  # type: ignore[union-attr]
    # Most places keep a label next to their point on a map of this size.
    assert len(labels) >= 5


@pytest.mark.parametrize("language", list(PREFIX))
def test_the_list_map_links_each_mark_to_one_project_or_to_a_group(map_site: BuiltSite, language: str) -> None:
    page = map_site.page(f"{PREFIX[language]}projects/")
    block = the_map(page)
    svg = svg_of(block)
    assert svg["role"] == "group"
    marks = svg.select("a.sc-map__mark")
    assert marks and not svg.select("g.sc-map__mark")
    cards = {str(a["href"]): a.get_text(strip=True) for a in page.select("li.sc-card .sc-card__title a")}
    reached: set[str] = set()
    groups = 0
    for mark in marks:
        href = str(mark["href"])
        name = str(mark["aria-label"])
        if href.startswith("#"):
            groups += 1
            entry = page.select_one(href)
            assert entry is not None and block in entry.parents
            members = [str(a["href"]) for a in entry.select(".sc-map__projects a")]
            assert len(members) >= 2 and len(set(members)) == len(members)
            count = mark.select_one("text.sc-map__count")
            assert count is not None and count.get_text() == str(len(members))
            assert name.endswith(UI[language]["project_count"]["other"].format(n=len(members)).split(" ", 1)[1]) or str(len(members)) in name
            reached.update(members)
        else:
            assert href in cards, href
            # "place: project", both in the reader's language (or the project's fallback title).
            assert name.endswith(f": {cards[href]}")
            reached.add(href)
    assert groups == 2  # Prague and Kladno; Bratislava and Vienna
    with_places = {href for href in cards if href.rstrip("/").rsplit("/", 1)[-1] in PLACES}
    assert reached == with_places
    prague = {"cs": "Praha", "en": "Prague", "bg": "Прага"}[language]
    assert any(str(m["aria-label"]).startswith(prague) for m in marks)


def test_a_group_sits_where_its_places_are(map_site: BuiltSite) -> None:
    svg = svg_of(the_map(map_site.page("en/projects/")))
    group = svg.select_one('a.sc-map__mark[aria-label^="Prague"]')
    assert group is not None
    places = [PLACES["alpha"][0], PLACES["gamma"][0]]  # Prague, Kladno
    positions = [expected_position(svg, p["lat"], p["lon"]) for p in places]
    mean = (sum(p[0] for p in positions) / 2, sum(p[1] for p in positions) / 2)
    assert translate(group) == pytest.approx(mean, abs=TOLERANCE)


def test_a_country_page_shows_its_projects_places(map_site: BuiltSite) -> None:
    block = the_map(map_site.page("en/countries/bg/"))
    svg = svg_of(block)
    marks = svg.select("a.sc-map__mark")
    # At a country's scale Stara Zagora and Kazanlak (30 km) are two points of one project.
    assert sorted(str(m["aria-label"]) for m in marks) == ["Kazanlak: Projekt beta", "Stara Zagora: Projekt beta"]
    assert all(str(m["href"]).rstrip("/").endswith("projects/beta") for m in marks)
    assert {t.get_text() for t in svg.select("text.sc-map__label")} == {"Kazanlak", "Stara Zagora"}
    assert not block.select("li[data-country]")


def test_the_list_map_stays_light(map_site: BuiltSite) -> None:
    html = map_site.html("en/projects/")
    block = str(the_map(BeautifulSoup(html, "html.parser")))
    assert len(gzip.compress(block.encode())) < 60_000


def test_without_world_atlas_the_strict_build_fails_and_says_why(tmp_path: Path) -> None:
    mkdocs_yml = write_map_site(tmp_path)
    text = mkdocs_yml.read_text(encoding="utf-8")
    mkdocs_yml.write_text(text.replace("  - showcase:\n", "  - showcase:\n      world_atlas: no/such/folder\n", 1), encoding="utf-8")
    result = build_site(mkdocs_yml, tmp_path / "site")
    assert result.returncode != 0
    assert "The maps need npm's world-atlas, missing at" in result.stderr and "run `make node-deps` (npm ci)" in result.stderr
    assert "Traceback" not in result.stderr


def test_maps_can_be_turned_off(tmp_path: Path) -> None:
    mkdocs_yml = write_map_site(tmp_path)
    text = mkdocs_yml.read_text(encoding="utf-8")
    mkdocs_yml.write_text(text.replace("  - showcase:\n", "  - showcase:\n      maps: false\n", 1), encoding="utf-8")
    result = build_site(mkdocs_yml, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = BuiltSite(tmp_path / "site")
    for path in ("", "en/projects/", "projects/alpha/", "countries/cz/"):
        assert not site.page(path).select("div.sc-map"), path
    toc = site.page("projects/alpha/").select('nav.md-nav--secondary a[href="#map"]')
    assert not toc
