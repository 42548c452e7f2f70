"""Pictures and documents, read back from a real build of the fixture site (tests/media_site.py).

The project ``alpha`` has an image at the top, a gallery of three, three
documents, logos for its organisation and partner and the emblem of its
funder. Each is read back from the built pages in Czech, English and
Bulgarian, from the published files (resized, turned upright, without
metadata, never enlarged, originals not published) and from the open data
and the JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import frontmatter
import jsonschema
import pytest
import yaml
from babel.units import format_unit
from bs4 import Tag
from PIL import Image

from conftest import BuiltSite, build_site
from media_site import ALPHA, ALTS, CAMERA, REPORT_BYTES, TITLES, write_media_site
from scratch import LANGUAGES, load
from showcase.content.media import named_files
from showcase.site.pictures import CARD_SIZES
from test_jsonschema import _as_json as as_json

SITE = "http://site.test/"
PAGES = {"cs": "projects/alpha/", "en": "en/projects/alpha/", "bg": "bg/projects/alpha/"}
CREDIT = {"cs": "Foto", "en": "Photo", "bg": "Снимка"}
LICENCE = {"cs": "Licence", "en": "Licence", "bg": "Лиценз"}
KIND = {"cs": ("Zpráva", "Brožura", "Video"), "en": ("Report", "Brochure", "Video"), "bg": ("Доклад", "Брошура", "Видео")}
LANGUAGE_NAMES = {
    "cs": ("čeština", "romština", "angličtina"),
    "en": ("Czech", "Romany", "English"),
    "bg": ("чешки", "ромски", "английски"),
}
BABEL = {"cs": "cs_CZ", "en": "en_GB", "bg": "bg_BG"}
EMBLEM_ALT = {"cs": "Spolufinancováno Evropskou unií", "en": "Co-funded by the European Union", "bg": "Съфинансирано от Европейския съюз"}
KHAMORO = {"cs": "Khamoro (cs)", "en": "Khamoro (en)", "bg": "Хаморо"}


@pytest.fixture(scope="module")
def media_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("media")
    result = build_site(write_media_site(root), root / "site", SITE)
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "site", result.stderr)


def _img(tag: Tag | None) -> Tag:
    assert tag is not None
    img = tag if tag.name == "img" else tag.select_one("img")
    assert img is not None
    return img


def _srcset(img: Tag, page_url: str) -> list[tuple[str, int]]:
    """(absolute address, width) of each copy in ``srcset``."""
    result = []
    for candidate in str(img["srcset"]).split(", "):
        address, width = candidate.rsplit(" ", 1)
        result.append((urljoin(SITE + page_url, address), int(width.removesuffix("w"))))
    return result


def _file(site: BuiltSite, address: str) -> Path:
    assert address.startswith(SITE), address
    return site.root / address.removeprefix(SITE)


# -- the page -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_image_at_the_top_loads_at_once_in_the_size_the_screen_needs(media_site: BuiltSite, language: str) -> None:
    url = PAGES[language]
    # In the page's head, beside (on a phone under) the title and summary.
    figure = media_site.page(url).select_one("article .sc-project__head > .sc-project__image")
    img = _img(figure)
    assert img["alt"] == ALTS[language]["image"] and img.get("lang") is None
    credit = {"cs": "Foto", "en": "Photo", "bg": "Снимка"}[language]
    assert " ".join(figure.figcaption.get_text().split()) == f"{credit}: Jan Novák", "who made it, under it"
    assert img.get("loading") is None and img["fetchpriority"] == "high"
    copies = _srcset(img, url)
    assert [width for _, width in copies] == [480, 960, 1440]
    assert (img["width"], img["height"]) == ("960", "640")  # 2000×1333 at 960 wide
    for address, width in copies:
        with Image.open(_file(media_site, address)) as copy:
            assert copy.format == "JPEG" and copy.width == width


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_card_shows_the_projects_image_in_a_cards_sizes_or_a_pattern_without_one(media_site: BuiltSite, language: str) -> None:
    url = PAGES[language].removesuffix("alpha/")
    cards = {str(_card_link(card)).rstrip("/").rsplit("/", 1)[-1]: card for card in media_site.page(url).select("li.sc-card")}
    assert sorted(cards) == ["alpha", "beta"]
    img = _img(cards["alpha"].select_one(".sc-card__picture"))
    # Decoration (the card's title says what it is), loaded when scrolled near, from the copies the page uses.
    assert img["alt"] == "" and img["loading"] == "lazy" and img.get("fetchpriority") is None
    assert img["sizes"] == CARD_SIZES
    copies = _srcset(img, url)
    assert [width for _, width in copies] == [480, 960, 1440]
    assert (img["width"], img["height"]) == ("960", "640")
    assert all(_file(media_site, address).is_file() for address, _ in copies)
    # beta has no image: a pattern the stylesheet draws, no file.
    picture = cards["beta"].select_one(".sc-card__picture")
    assert picture is not None and picture.select_one("img") is None
    assert any(name.startswith("sc-card__picture--pattern-") for name in picture["class"]) and "--sc-hue" in str(picture["style"])


def _card_link(card: Tag) -> str:
    link = card.select_one(".sc-card__title a")
    assert link is not None
    return str(link["href"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_gallery_shows_each_picture_described_sized_and_credited(media_site: BuiltSite, language: str) -> None:
    url = PAGES[language]
    page = media_site.page(url)
    section = page.select_one("section.sc-section--gallery")
    assert section is not None and section.h2 is not None
    figures = section.select("figure.sc-gallery__item")
    assert [_img(f)["alt"] for f in figures] == [ALTS[language][name] for name in ("workshop.jpg", "portrait.jpg", "chart.png")]
    for figure in figures:
        img = _img(figure)
        assert img["loading"] == "lazy" and img.get("fetchpriority") is None and img["sizes"]
        copies = _srcset(img, url)
        # The picture links to its widest copy, and src is one of its copies, of the size width and height say.
        link = figure.select_one("a")
        assert link is not None and urljoin(SITE + url, str(link["href"])) == copies[-1][0]
        src = urljoin(SITE + url, str(img["src"]))
        with Image.open(_file(media_site, src)) as shown:
            assert (str(shown.width), str(shown.height)) == (img["width"], img["height"])
    workshop, portrait, chart = (_srcset(_img(f), url) for f in figures)
    assert [w for _, w in workshop] == [480, 960, 1440]
    # Stored 1600×1200 lying on its side: published upright, 1200 wide at most.
    assert [w for _, w in portrait] == [480, 960, 1200]
    with Image.open(_file(media_site, portrait[-1][0])) as upright:
        assert upright.size == (1200, 1600)
    # 400 pixels wide: published at its own size, never enlarged; a PNG becomes a WebP.
    assert [w for _, w in chart] == [400]
    with Image.open(_file(media_site, chart[0][0])) as drawing:
        assert drawing.format == "WEBP" and drawing.size == (400, 300)
    captions = [f.select_one("figcaption") for f in figures]
    assert captions[2] is None
    first, second = (c.get_text(" ", strip=True) if c else "" for c in captions[:2])
    assert first == f"{CREDIT[language]}: Jan Novák {LICENCE[language]}: CC BY 4.0"
    assert second == f"{CREDIT[language]}: ROMODROM {LICENCE[language]}: used with permission"
    licence = figures[0].select_one('figcaption a[rel="license"]')
    assert licence is not None and licence["href"] == "https://creativecommons.org/licenses/by/4.0/"
    toc = [a.get_text(strip=True) for a in page.select(".md-nav--secondary a")]
    assert section.h2.get_text(strip=True) in toc


@pytest.mark.parametrize("language", LANGUAGES)
def test_logos_and_the_emblem_with_the_acknowledgement(media_site: BuiltSite, language: str) -> None:
    url = PAGES[language]
    page = media_site.page(url)
    logos = page.select("ul.sc-logos > li > a")
    assert [_img(a)["alt"] for a in logos] == ["ROMODROM", KHAMORO[language]]
    prefix = "" if language == "cs" else f"{language}/"
    assert [urljoin(SITE + url, str(a["href"])) for a in logos] == [
        f"{SITE}{prefix}organisations/romodrom/", f"{SITE}{prefix}organisations/khamoro/"
    ]
    for link in logos:
        img = _img(link)
        assert img["loading"] == "lazy" and re.fullmatch(r"\d+px", str(img["sizes"]))
        with Image.open(_file(media_site, urljoin(SITE + url, str(img["src"])))) as logo:
            assert (str(logo.width), str(logo.height)) == (img["width"], img["height"])
    romodrom = _srcset(_img(logos[0]), url)
    with Image.open(_file(media_site, romodrom[0][0])) as transparent:
        assert transparent.format == "WEBP" and transparent.mode == "RGBA"
    acknowledgement = page.select_one("section.sc-acknowledgement")
    assert acknowledgement is not None
    assert [_img(i)["alt"] for i in acknowledgement.select("ul.sc-emblems img")] == [EMBLEM_ALT[language]]
    assert [p.get_text(strip=True) for p in acknowledgement.select("p")] == ["Funded by the ESF."]


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_with_their_kind_language_and_size(media_site: BuiltSite, language: str) -> None:
    url = PAGES[language]
    items = media_site.page(url).select("section.sc-section--documents li.sc-document")
    titles = [item.select_one("a.sc-document__title") for item in items]
    assert all(titles)
    expected_titles = [TITLES[language].get(key, TITLES["en"][key]) for key in ("final-report", "brochure", "video")]
    # Czech ties a one-letter preposition to the next word: "Video z\u00a0workshopu".
    expected_titles = [title.replace(" z ", " z\u00a0") if language == "cs" else title for title in expected_titles]
    assert [t.get_text(strip=True) for t in titles if t] == expected_titles
    # project.bg.md leaves the video's title out: the original's, marked English.
    assert [t.get("lang") for t in titles if t] == [None, None, "en" if language == "bg" else None]
    assert [t.get("hreflang") for t in titles if t] == ["cs", "rom", "en"]
    assert [t.get("type") for t in titles if t] == ["application/pdf", "application/pdf", None]
    report, brochure, video = (urljoin(SITE + url, str(t["href"])) for t in titles if t)
    assert report == SITE + "projects/alpha/final-report.pdf" and brochure == SITE + "projects/alpha/brochure.pdf"
    assert video == "https://www.youtube.com/watch?v=abc123"
    assert _file(media_site, report).stat().st_size == REPORT_BYTES
    meta = [[dd.get_text(strip=True) for dd in item.select("dd")] for item in items]
    size = format_unit(1.2, "digital-megabyte", "short", locale=BABEL[language], format="#,##0.#")
    small = format_unit(48, "digital-kilobyte", "short", locale=BABEL[language])
    if language == "cs":  # Czech ties a number to its unit: "1,2\u00a0MB"
        size, small = size.replace(" ", "\u00a0"), small.replace(" ", "\u00a0")
    kinds, names = KIND[language], LANGUAGE_NAMES[language]
    assert meta == [
        [kinds[0], names[0], f"PDF, {size}"],
        [kinds[1], names[1], f"PDF, {small}"],
        [kinds[2], names[2], "www.youtube.com"],
    ]
    # Written the language's way: a decimal comma in Czech and Bulgarian.
    assert ("1,2" in size) == (language != "en")


# -- the files ------------------------------------------------------------------------------------


def test_only_resized_copies_are_published_without_metadata(media_site: BuiltSite) -> None:
    alpha = media_site.root / "projects" / "alpha"
    # The editors' images are not published, only their copies; documents are, once, in the project's folder.
    assert not any((alpha / name).exists() for name in ("workshop.jpg", "portrait.jpg", "chart.png"))
    assert not (media_site.root / "data" / "logos").exists()
    assert sorted(p.name for p in media_site.root.rglob("*.pdf")) == ["brochure.pdf", "final-report.pdf"]
    copies = [p for p in media_site.root.rglob("*") if p.suffix in (".jpg", ".webp")]
    assert len(copies) == 16
    for path in copies:
        data = path.read_bytes()
        assert CAMERA.encode() not in data
        with Image.open(path) as image:
            assert not image.getexif(), path  # no EXIF at all: no GPS position, no camera
            assert "xmp" not in image.info and "exif" not in image.info


def test_a_second_build_takes_the_copies_from_the_cache(media_site: BuiltSite, tmp_path: Path) -> None:
    assert re.search(r"Images: 16 resized copies, 16 made anew", media_site.log), media_site.log
    again = build_site(media_site.root.parent / "mkdocs.yml", tmp_path / "site", SITE)
    assert again.returncode == 0, again.stderr
    assert "Images: 16 resized copies, 0 made anew" in again.stderr
    first = sorted((p.relative_to(media_site.root), p.read_bytes()) for p in media_site.root.rglob("*.jpg"))
    second = sorted((p.relative_to(tmp_path / "site"), p.read_bytes()) for p in (tmp_path / "site").rglob("*.jpg"))
    assert first == second


def test_named_files_lists_every_file_the_content_names(media_site: BuiltSite) -> None:
    root = media_site.root.parent
    files = {f.source.relative_to(root).as_posix(): f for f in named_files(load(root))}
    assert sorted(files) == [
        f"{ALPHA}/brochure.pdf", f"{ALPHA}/chart.png", f"{ALPHA}/final-report.pdf", f"{ALPHA}/portrait.jpg", f"{ALPHA}/workshop.jpg",
        "data/emblems/esf.png", "data/logos/khamoro.jpg", "data/logos/romodrom.png",
    ]
    assert files[f"{ALPHA}/final-report.pdf"].copied and files[f"{ALPHA}/final-report.pdf"].published == ("projects/alpha/final-report.pdf",)
    workshop = files[f"{ALPHA}/workshop.jpg"]
    assert not workshop.copied and len(workshop.published) == 3
    for entry in files.values():
        assert all((media_site.root / path).is_file() for path in entry.published)


# -- open data ------------------------------------------------------------------------------------


def test_the_open_data_holds_pictures_and_documents(media_site: BuiltSite) -> None:
    document = json.loads((media_site.root / "data" / "projects.json").read_text(encoding="utf-8"))
    alpha = document["projects"][0]
    image = alpha["image"]
    assert (image["file"], image["width"], image["height"]) == ("workshop.jpg", 2000, 1333)
    assert [size["width"] for size in image["sizes"]] == [480, 960, 1440] and image["url"] == image["sizes"][-1]["url"]
    assert all(_file(media_site, size["url"]).is_file() for size in image["sizes"])
    gallery = alpha["gallery"]
    assert [g["file"]["file"] for g in gallery] == ["workshop.jpg", "portrait.jpg", "chart.png"]
    assert gallery[0]["credit"] == "Jan Novák" and gallery[0]["licence"] == "CC BY 4.0" and gallery[2]["credit"] is None
    report, brochure, video = alpha["documents"]
    assert report["id"] == "final-report" and report["type"] == "report" and report["language"] == "cs"
    assert report["file"]["bytes"] == REPORT_BYTES and report["file"]["url"] == SITE + "projects/alpha/final-report.pdf"
    assert video["file"] is None and video["url"] == "https://www.youtube.com/watch?v=abc123"
    assert alpha["texts"]["bg"]["gallery_alt"]["chart.png"] == ALTS["bg"]["chart.png"]
    assert alpha["texts"]["cs"]["documents"] == TITLES["cs"]
    assert alpha["organisation"]["logo"]["alt"] == {language: "ROMODROM" for language in LANGUAGES}
    assert alpha["funding"][0]["funder"]["emblem"]["alt"]["bg"] == EMBLEM_ALT["bg"]
    rows = list(csv.DictReader(io.StringIO((media_site.root / "data" / "projects.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[0]["gallery"].split("; ") == [g["file"]["url"] for g in gallery]
    assert rows[0]["documents"].split("; ") == [report["file"]["url"], brochure["file"]["url"], video["url"]]
    assert rows[1]["gallery"] == rows[1]["documents"] == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_json_ld_has_the_images_and_the_documents(media_site: BuiltSite, language: str) -> None:
    page = media_site.page(PAGES[language])
    (script,) = page.select('script[type="application/ld+json"]')
    project = next(item for item in json.loads(script.get_text())["@graph"] if item["@type"] == "Project")
    images = project["image"]
    # The image at the top is also the gallery's first: once, with its credit and licence.
    assert [image["description"] for image in images] == [ALTS[language][name] for name in ("workshop.jpg", "portrait.jpg", "chart.png")]
    assert images[0]["creditText"] == "Jan Novák" and images[0]["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert all(_file(media_site, image["contentUrl"]).is_file() for image in images)
    assert [(d["@type"], d["inLanguage"]) for d in project["subjectOf"]] == [("DigitalDocument", "cs"), ("DigitalDocument", "rom"), ("VideoObject", "en")]
    assert project["subjectOf"][0]["url"] == SITE + "projects/alpha/final-report.pdf"
    assert project["parentOrganization"]["logo"].startswith(SITE + "media/logos/romodrom.")
    shared = page.select_one('meta[property="og:image"]')
    assert shared is not None and str(shared["content"]) == images[0]["contentUrl"]
    assert [m["content"] for m in page.select('meta[property="og:image:width"]')] == ["1440"]


def test_the_fixture_matches_the_published_json_schemas(media_site: BuiltSite) -> None:
    root = media_site.root.parent
    cases = [
        ("project.schema.json", f"{ALPHA}/project.yml"),
        ("organisations.schema.json", "data/organisations.yml"),
        ("funders.schema.json", "data/funders.yml"),
        *(("project-texts.schema.json", f"{ALPHA}/project.{language}.md") for language in LANGUAGES),
    ]
    for schema_name, path in cases:
        schema = json.loads((media_site.root / "schema" / schema_name).read_text(encoding="utf-8"))
        file = root / path
        data = frontmatter.load(file).metadata if file.suffix == ".md" else yaml.safe_load(file.read_text(encoding="utf-8"))
        errors = [f"{list(e.path)}: {e.message}" for e in jsonschema.Draft202012Validator(schema).iter_errors(as_json(data))]
        assert errors == [], path
    # What the build rejects, the schema rejects too.
    schema = json.loads((media_site.root / "schema" / "project.schema.json").read_text(encoding="utf-8"))
    document = {"id": "x", "file": "x.pdf", "type": "poster"}
    assert not jsonschema.Draft202012Validator(schema).is_valid({"original_language": "en", "organisation": "x", "countries": ["CZ"], "documents": [document]})


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_organisation_and_funder_pages_show_the_logo_and_the_emblem(media_site: BuiltSite, language: str) -> None:
    prefix = "" if language == "cs" else f"{language}/"
    for url, alt in ((f"{prefix}organisations/khamoro/", KHAMORO[language]), (f"{prefix}funders/european-social-fund/", EMBLEM_ALT[language])):
        img = _img(media_site.page(url).select_one(".sc-facet__header .sc-facet__logo"))
        assert img["alt"] == alt and img.get("loading") is None  # at the top: loaded at once
        assert all(_file(media_site, address).is_file() for address, _ in _srcset(img, url))
    # A funder without an emblem has none.
    assert media_site.page(f"{prefix}funders/urbact/").select_one(".sc-facet__logo") is None
