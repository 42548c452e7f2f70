"""Sharing and open data, read back from the real build (built with SITE_URL set).

Canonical and hreflang in <head> and sitemap.xml (validated against the
sitemaps.org XSD), Open Graph/Twitter fields, JSON-LD (through extruct), the
exports (round-tripped against the content the core loads), the CSV, the Atom
feeds (through feedparser), and the "Open data" page.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import extruct
import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup
from lxml import etree

from conftest import REPO, SITE_URL, BuiltSite, build_site
from scratch import LANGUAGES
from showcase.content.blocks import shape
from showcase.content.merge import Texts
from showcase.content.model import Record, SiteContent
from showcase.content.schema import PROJECT_TEXTS, text_fields
from showcase.publishing import exports, feeds
from showcase.publishing.jsonschema import json_schemas

PREFIX = {"cs": "", "en": "en/", "bg": "bg/"}
OG_LOCALE = {"cs": "cs_CZ", "en": "en_GB", "bg": "bg_BG"}
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def project_url(project_id: str, language: str) -> str:
    return f"{SITE_URL}{PREFIX[language]}projects/{project_id}/"


def head_links(page: BeautifulSoup) -> tuple[str | None, dict[str, str]]:
    canonical = page.select_one('link[rel="canonical"]')
    alternates = {str(a["hreflang"]): str(a["href"]) for a in page.select('link[rel="alternate"][hreflang]')}
    return (str(canonical["href"]) if canonical else None), alternates


def meta(page: BeautifulSoup, attr: str, name: str) -> list[str]:
    return [str(m["content"]) for m in page.select(f'meta[{attr}="{name}"]')]


def html_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("index.html"))


# -- canonical and hreflang ------------------------------------------------------------


def test_every_page_has_its_canonical_and_all_alternates(built_site: BuiltSite) -> None:
    pages = html_pages(built_site.root)
    assert len(pages) >= 3 * 3
    for path in pages:
        relative = path.parent.relative_to(built_site.root).as_posix()
        relative = "" if relative == "." else relative + "/"
        language = next((lang for lang, prefix in PREFIX.items() if prefix and relative.startswith(prefix)), "cs")
        base = relative[len(PREFIX[language]) :]
        canonical, alternates = head_links(BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser"))
        assert canonical == SITE_URL + relative, relative
        # Every page of the real content is translated: all three and x-default.
        assert alternates == {
            "cs": SITE_URL + base,
            "en": SITE_URL + "en/" + base,
            "bg": SITE_URL + "bg/" + base,
            "x-default": SITE_URL + base,
        }, relative


def sitemap_schema(tmp: Path) -> etree.XMLSchema:
    """sitemaps.org's XSD (from the npm package sitemap) plus the xhtml:link Google documents.

    all.xsd of the package imports the XHTML schema from w3.org; the tests make no
    network requests, so xhtml:link is declared here as Google describes it.
    """
    sitemap_xsd = (REPO / "node_modules" / "sitemap" / "schema" / "sitemap.xsd").resolve()
    assert sitemap_xsd.is_file(), "node_modules/sitemap is missing: run `make test` (npm ci)"
    (tmp / "xhtml-link.xsd").write_text(
        f"""<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="{XHTML_NS}" elementFormDefault="qualified">
  <xsd:element name="link">
    <xsd:complexType>
      <xsd:attribute name="rel" type="xsd:string" use="required" fixed="alternate"/>
      <xsd:attribute name="hreflang" type="xsd:string" use="required"/>
      <xsd:attribute name="href" type="xsd:anyURI" use="required"/>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>
""",
        encoding="utf-8",
    )
    (tmp / "all.xsd").write_text(
        f"""<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="{SITEMAP_NS}" schemaLocation="{sitemap_xsd.as_uri()}"/>
  <xsd:import namespace="{XHTML_NS}" schemaLocation="xhtml-link.xsd"/>
</xsd:schema>
""",
        encoding="utf-8",
    )
    return etree.XMLSchema(etree.parse(str(tmp / "all.xsd")))


def test_sitemap_validates_and_lists_every_page_with_its_alternates(built_site: BuiltSite, tmp_path: Path) -> None:
    document = etree.parse(str(built_site.root / "sitemap.xml"))
    schema = sitemap_schema(tmp_path)
    assert schema.validate(document), schema.error_log
    urls = {}
    for url in document.getroot().iterfind(f"{{{SITEMAP_NS}}}url"):
        loc = url.findtext(f"{{{SITEMAP_NS}}}loc")
        urls[loc] = {link.get("hreflang"): link.get("href") for link in url.iterfind(f"{{{XHTML_NS}}}link")}
    # Exactly the pages of the site, each with what its <head> says.
    pages = html_pages(built_site.root)
    assert len(urls) == len(pages)
    for path in pages:
        canonical, alternates = head_links(BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser"))
        assert canonical in urls and urls[canonical] == alternates, canonical
    # Only one sitemap: MkDocs' and static-i18n's are replaced, the .gz is the same.
    import gzip

    assert gzip.decompress((built_site.root / "sitemap.xml.gz").read_bytes()) == (built_site.root / "sitemap.xml").read_bytes()
    assert not list(built_site.root.glob("*/sitemap.xml*"))


# -- Open Graph / Twitter ----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_social_card_of_project_pages(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    for project in site.projects:
        texts = Texts(project, language)
        page = built_site.page(project_url(project.id, language)[len(SITE_URL) :])
        assert meta(page, "property", "og:title") == [texts.get("title")]
        assert meta(page, "property", "og:description") == [texts.get("summary")]
        assert meta(page, "name", "twitter:title") == [texts.get("title")]
        assert meta(page, "property", "og:url") == [project_url(project.id, language)]
        assert meta(page, "property", "og:locale") == [OG_LOCALE[language]]
        assert sorted(meta(page, "property", "og:locale:alternate")) == sorted(
            OG_LOCALE[lang] for lang in LANGUAGES if lang != language
        )
        # No seed project has an image: the default card, which exists, 1200×630.
        image = SITE_URL + "assets/images/social-card.png"
        assert meta(page, "property", "og:image") == [image] == meta(page, "name", "twitter:image")
        assert meta(page, "name", "twitter:card") == ["summary_large_image"]
    card = built_site.root / "assets" / "images" / "social-card.png"
    header = card.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(header[16:20]), int.from_bytes(header[20:24])) == (1200, 630)


# -- JSON-LD ---------------------------------------------------------------------------------


def _jsonld_items(html: str, url: str) -> list[dict[str, Any]]:
    data = extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=False)["json-ld"]
    items: list[dict[str, Any]] = []
    for block in data:
        items += block.get("@graph", [block])
    return items


@pytest.mark.parametrize("language", LANGUAGES)
def test_jsonld_of_project_pages_holds_the_facts(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    for project in site.projects:
        facts = project.facts
        url = project_url(project.id, language)
        items = _jsonld_items(built_site.html(url[len(SITE_URL) :]), url)
        (item,) = [i for i in items if i.get("@type") == "Project"]
        (webpage,) = [i for i in items if i.get("@type") == "WebPage"]
        texts = Texts(project, language)
        assert item["name"] == texts.get("title") and item["description"] == texts.get("summary")
        assert item["url"] == url and webpage["url"] == url and webpage["about"] == {"@id": item["@id"]}
        assert webpage["inLanguage"] == texts.language_of("title")
        period = facts.period
        assert item.get("foundingDate") == (period.start.iso() if period and period.start else None)
        assert item.get("dissolutionDate") == (period.end.iso() if period and period.end else None)
        name = site.organisations[facts.organisation].name.get(language, site.languages)
        assert item["parentOrganization"]["name"] == name
        # The partners, but not the lead when it is the organisation that runs the project (its parent).
        assert [m["name"] for m in item.get("member", [])] == [
            site.organisations[p.organisation].name.get(language, site.languages) for p in facts.partners if p.organisation != facts.organisation
        ]
        assert {f["name"] for f in item.get("funder", [])} == {
            site.funders[f.funder].name.get(language, site.languages) for f in facts.funding
        }
        countries = [a for a in item["areaServed"] if a["@type"] == "Country"]
        assert [c["identifier"] for c in countries] == list(facts.countries)
        assert [c["name"] for c in countries] == [site.country_name(c, language) for c in facts.countries]
        places = [p for p in item["areaServed"] if p["@type"] == "Place"]
        assert [p["name"] for p in places] == [place.name(language) for place in facts.places]
        assert [p["address"]["addressCountry"] for p in places] == [place.country for place in facts.places]
        assert [(p["geo"]["latitude"], p["geo"]["longitude"]) if "geo" in p else None for p in places] == [
            (place.lat, place.lon) if place.lat is not None else None for place in facts.places
        ]
        phones = [c.phone.dial for c in facts.contacts if c.phone]
        assert [p["telephone"] for p in item.get("contactPoint", [])] == phones
        # E-mail addresses stay out of JSON-LD, like out of the HTML.
        assert "@" not in json.dumps(item).replace('"@', "")


# -- exports ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def projects_json(built_site: BuiltSite) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((built_site.root / "data" / "projects.json").read_text(encoding="utf-8"))
    return data


def _plain(value: Any) -> Any:
    """A text field of the model as JSON has it: records as objects, tuples as lists, "" as null."""
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, Record):
        return {name: list(item) if isinstance(item, tuple) else item for name, item in value.items()}
    if isinstance(value, tuple):
        return [_plain(v) if isinstance(v, Record) else v for v in value]
    return dict(value)


def _plain_field(name: str, value: Any) -> Any:
    """A language file's field as JSON has it; entries by id that are blocks (events) are a list, each with its id."""
    spec = PROJECT_TEXTS.by_name.get(name)
    if spec is not None and shape(spec.type).container == "map" and shape(spec.type).block is not None:
        return [{"id": key, **_plain(entry)} for key, entry in value.items()]
    return _plain(value)


def test_projects_json_round_trips_every_project_language_and_fact(
    projects_json: dict[str, Any], site: SiteContent, built_site: BuiltSite
) -> None:
    licence = yaml.safe_load(re.search(r"^  open_data_licence:\n(?:    .*\n)+", (REPO / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(0))  # type: ignore[union-attr]
    assert projects_json["licence"] == licence["open_data_licence"]
    records = {r["id"]: r for r in projects_json["projects"]}
    assert sorted(records) == sorted(p.id for p in site.projects)
    for project in site.projects:
        record, facts = records[project.id], project.facts
        assert record["original_language"] == facts.original_language
        assert record["organisation"]["id"] == facts.organisation
        assert record["organisation"]["name"] == {
            lang: site.organisations[facts.organisation].name.get(lang, site.languages) for lang in LANGUAGES
        }
        assert [(p["organisation"]["id"], p["role"]) for p in record["partners"]] == [(p.organisation, p.role) for p in facts.partners]
        assert [(f["funder"]["id"], f["programme"] and f["programme"]["id"]) for f in record["funding"]] == [
            (f.funder, f.programme) for f in facts.funding
        ]
        assert record["registration_number"] == facts.registration_number
        assert (record["application_id"], record["project_code"], record["internal_id"]) == (facts.application_id, facts.project_code, facts.internal_id)
        assert record["period"] == {
            "start": facts.period.start.iso() if facts.period and facts.period.start else None,
            "end": facts.period.end.iso() if facts.period and facts.period.end else None,
            "months": facts.period.months if facts.period else None,
        }
        assert [(p["name"], p["country"], p["lat"], p["lon"]) for p in record["places"]] == [
            (p["name"], p.country, p.lat, p.lon) for p in facts.places
        ]
        assert record["status"] == facts.status
        assert [c["code"] for c in record["countries"]] == list(facts.countries)
        assert [t["id"] for t in record["topics"]] == list(facts.topics)
        assert record["figures"] == dict(facts.figures)
        assert record["links"] == dict(facts.links)
        assert [(c["id"], c["name"], c["phone"], c["address"]) for c in record["contacts"]] == [
            (c.id, c.name, c.phone.text if c.phone else None, c.address) for c in facts.contacts
        ]
        for language in LANGUAGES:
            texts = Texts(project, language)
            exported = record["texts"][language]
            expected_source = (
                "original" if language == facts.original_language else "fallback" if texts.is_fallback else "translation"
            )
            assert exported["source"] == expected_source
            assert exported["fields_from_original"] == list(texts.missing_fields)
            for name in text_fields():
                assert exported[name] == _plain_field(name, texts.get(name)), (project.id, language, name)
            page = record["pages"][language]
            assert page["url"] == project_url(project.id, language)
            assert built_site.file(page["path"]).is_file()
        # The single file is the same record.
        single = json.loads(built_site.file(record["data"]["path"]).read_text(encoding="utf-8"))
        assert {k: v for k, v in single.items() if k not in ("format_version", "licence")} == record


def test_no_email_address_in_the_exports(built_site: BuiltSite, site: SiteContent) -> None:
    addresses = [c.email for p in site.projects for c in p.facts.contacts if c.email]
    assert addresses
    for path in [*(built_site.root / "data").rglob("*.*"), *built_site.root.glob("**/feed.xml")]:
        text = path.read_bytes().decode("utf-8-sig")
        assert not any(a in text for a in addresses), path


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_links_its_json(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    for project in site.projects:
        url = project_url(project.id, language)
        link = built_site.page(url[len(SITE_URL) :]).select_one(".sc-project__data a")
        assert link is not None and link.get_text(strip=True) == site.ui[language]["data_json"]
        target = urljoin(url, str(link["href"]))
        assert target == f"{SITE_URL}data/projects/{project.id}.json"
        assert json.loads(built_site.file(target[len(SITE_URL) :]).read_text(encoding="utf-8"))["id"] == project.id


def test_csv_opens_with_bom_and_has_a_row_per_project(built_site: BuiltSite, site: SiteContent) -> None:
    raw = (built_site.root / "data" / "projects.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    with (built_site.root / "data" / "projects.csv").open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == exports.csv_columns(site)
    assert {f"title_{lang}" for lang in LANGUAGES} <= set(header)
    assert [r["id"] for r in rows] == [p.id for p in site.projects]
    for row, project in zip(rows, site.projects, strict=True):
        assert row["countries"] == "; ".join(project.facts.countries)
        for language in LANGUAGES:
            texts = Texts(project, language)
            assert row[f"title_{language}"] == texts.get("title")
            assert row[f"summary_{language}"] == texts.get("summary")
            assert row[f"url_{language}"] == project_url(project.id, language)
            assert row[f"organisation_name_{language}"] == site.organisations[project.facts.organisation].name.get(
                language, site.languages
            )
    # Czech and Cyrillic survive.
    assert any("č" in r["title_cs"] for r in rows) and any(re.search("[а-я]", r["title_bg"]) for r in rows)


def test_json_schemas_are_published_at_stable_addresses(built_site: BuiltSite) -> None:
    base = SITE_URL + "schema/"
    for name, schema in json_schemas(base).items():
        published = json.loads((built_site.root / "schema" / name).read_text(encoding="utf-8"))
        assert published == schema and published["$id"] == base + name


# -- feeds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_parses_and_lists_the_newest_projects(built_site: BuiltSite, site: SiteContent, language: str) -> None:
    path = PREFIX[language] + "feed.xml"
    parsed = feedparser.parse((built_site.root / path).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    newest = feeds.newest_projects(site)
    assert newest and [e.link for e in parsed.entries] == [project_url(p.id, language) for p in newest]
    for entry, project in zip(parsed.entries, newest, strict=True):
        texts = Texts(project, language)
        assert entry.title == texts.get("title")
        assert entry.summary == texts.get("summary")
        assert entry.title_detail.language == texts.language_of("title")
    dates = [e.published_parsed for e in parsed.entries]
    assert dates == sorted(dates, reverse=True)
    # Every page advertises its language's feed.
    for page_path in ("", "projects/", f"projects/{newest[0].id}/"):
        page = built_site.page(PREFIX[language] + page_path)
        (link,) = page.select('link[rel="alternate"][type="application/atom+xml"]')
        assert link["href"] == SITE_URL + path


# -- the "Open data" page --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_open_data_page_states_the_licence_and_links_every_export(
    built_site: BuiltSite, site: SiteContent, language: str
) -> None:
    url = PREFIX[language] + "open-data/"
    page = built_site.page(url)
    licence = page.select_one(".sc-open-data__licence a[rel=license]")
    assert licence is not None and licence.get_text(strip=True) == "CC BY 4.0"
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"
    targets = {urljoin(SITE_URL + url, str(a["href"]))[len(SITE_URL) :] for a in page.select(".sc-open-data a[type]")}
    expected = {"data/projects.json", "data/projects.csv", PREFIX[language] + "feed.xml"}
    expected |= {f"data/projects/{p.id}.json" for p in site.projects}
    expected |= {f"schema/{name}" for name in json_schemas()}
    assert targets == expected
    for target in targets:
        assert (built_site.root / target).is_file(), target
    # Linked from the footer of every page of the language.
    for path in ("", "projects/", f"projects/{site.projects[0].id}/"):
        links = built_site.page(PREFIX[language] + path).select(".sc-footer-links a")
        assert any(
            urljoin(SITE_URL + PREFIX[language] + path, str(a["href"])) == SITE_URL + url
            and a.get_text(strip=True) == site.ui[language]["open_data"]
            for a in links
        )


# -- without a site_url ---------------------------------------------------------------------------------


def test_without_site_url_nothing_absolute_and_the_build_stays_quiet(tmp_path: Path) -> None:
    result = build_site(REPO / "mkdocs.yml", tmp_path / "site", "")
    assert result.returncode == 0, result.stderr
    assert not re.search(r"^WARNING", result.stderr, re.M), result.stderr
    root = BuiltSite(tmp_path / "site")
    page = root.page("en/projects/roma-net/")
    assert head_links(page) == (None, {})
    assert not meta(page, "property", "og:url") and not meta(page, "property", "og:image")
    assert meta(page, "property", "og:title")
    assert not (root.root / "sitemap.xml").exists() and not (root.root / "sitemap.xml.gz").exists()
    # Feeds and exports are still written, with relative addresses.
    parsed = feedparser.parse((root.root / "en" / "feed.xml").read_bytes())
    assert not parsed.bozo and parsed.entries
    assert all(e.id.startswith("urn:uuid:") for e in parsed.entries)
    record = json.loads((root.root / "data" / "projects.json").read_text(encoding="utf-8"))["projects"][0]
    assert record["pages"]["en"]["url"] is None and record["pages"]["en"]["path"].startswith("en/projects/")


# -- core units -----------------------------------------------------------------------------------


def test_x_default_is_the_original_when_the_default_language_has_no_text(tmp_path: Path) -> None:
    from scratch import load, write_scratch_site
    from showcase.publishing.metadata import PageAddress, head_links

    write_scratch_site(tmp_path)
    scratch = load(tmp_path)
    alpha = scratch.project("alpha")  # en original, cs translation, no bg
    address = PageAddress(scratch, "projects/alpha/", "en", tuple(alpha.texts), "en")
    links = head_links(address, "https://x.test/")
    assert [(a.hreflang, a.href) for a in links.alternates] == [
        ("cs", "https://x.test/projects/alpha/"),
        ("en", "https://x.test/en/projects/alpha/"),
        ("x-default", "https://x.test/projects/alpha/"),
    ]
    # Without the Czech text, x-default is the English original.
    only_en = PageAddress(scratch, "projects/alpha/", "en", ("en", "bg"), "en")
    assert head_links(only_en, "https://x.test/").alternates[-1].href == "https://x.test/en/projects/alpha/"
    assert head_links(address, "") == head_links(PageAddress(scratch, "404.html", "en", ("en",), "en", indexable=False), "x")


def test_organisation_jsonld_names_the_projects_it_runs(tmp_path: Path) -> None:
    from scratch import load, write_scratch_site
    from showcase.publishing.metadata import HeadLinks, organisation_jsonld

    write_scratch_site(tmp_path)
    scratch = load(tmp_path)
    data = organisation_jsonld(scratch, "khamoro", "bg", HeadLinks("https://x.test/bg/organisations/khamoro/"), "https://x.test/")
    assert data["@type"] == "Organization" and data["name"] == "Хаморо"
    assert data["@id"] == "https://x.test/bg/organisations/khamoro/#organization"
    assert data["subOrganization"] == [
        {"@type": "Project", "name": "Projekt beta", "url": "https://x.test/bg/projects/beta/"}
    ]
