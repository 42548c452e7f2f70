"""A project's image: checked like any field, shown on its page (resized), shared as its social image."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
from PIL import Image

from conftest import REPO, BuiltSite, build_site
from scratch import load, replace_text, write_buildable_site, write_scratch_site
from showcase.content.problems import ContentError

SITE = "http://site.test/"
ALPHA = "content/projects/alpha"
CARD = REPO / "theme_overrides" / "assets" / "images" / "social-card.png"


def add_image(root: Path, file_name: str = "workshop.png", alt: str | None = "Partners at a workshop", cs_alt: str | None = "Partneři na workshopu") -> None:
    replace_text(root / ALPHA / "project.yml", "original_language: en\n", f"original_language: en\nimage: {file_name}\n")
    if alt:
        replace_text(root / ALPHA / "project.en.md", "title: Alpha project\n", f"title: Alpha project\nimage_alt: {alt}\n")
    if cs_alt:  # project.cs.md is a translation: it describes the image in Czech
        replace_text(root / ALPHA / "project.cs.md", "title: Projekt alfa\n", f"title: Projekt alfa\nimage_alt: {cs_alt}\n")


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load(root)
    return [p.format(root) for p in info.value.problems]


def test_missing_image_file_is_reported_at_its_line(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    add_image(tmp_path, "workshp.png")
    (tmp_path / ALPHA / "workshop.png").write_bytes(CARD.read_bytes())
    assert problems(tmp_path) == [
        f"{ALPHA}/project.yml:2: image: there is no file 'workshp.png' in the project's folder (did you mean 'workshop.png'?)",
        # Nothing names the image that is there, so it would not be published either.
        f"{ALPHA}/workshop.png: no page names this file, so the site does not publish it (name it in project.yml (image, gallery, documents) or link to it from a text, or delete it)",
    ]


def test_image_needs_a_description_in_the_original(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    add_image(tmp_path, alt=None)
    shutil.copyfile(CARD, tmp_path / ALPHA / "workshop.png")
    (report,) = problems(tmp_path)
    assert report.startswith(f"{ALPHA}/project.en.md:1: image_alt: the original (project.en.md) must describe the image 'workshop.png'")


def test_image_needs_a_description_in_every_translation(tmp_path: Path) -> None:
    write_scratch_site(tmp_path)
    add_image(tmp_path, cs_alt=None)
    shutil.copyfile(CARD, tmp_path / ALPHA / "workshop.png")
    (report,) = problems(tmp_path)
    assert report.startswith(f"{ALPHA}/project.cs.md:1: image_alt: the translation project.cs.md must also describe the image 'workshop.png'")


@pytest.mark.parametrize("name", ["photos/workshop.png", "workshop.gif", "my photo.jpg"])
def test_image_must_be_a_file_name_of_a_web_image(tmp_path: Path, name: str) -> None:
    write_scratch_site(tmp_path)
    add_image(tmp_path, f"'{name}'")
    (report,) = problems(tmp_path)
    assert report.startswith(f"{ALPHA}/project.yml:2: image: expected the file name of an image next to project.yml")


@pytest.fixture(scope="module")
def image_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("image")
    mkdocs_yml = write_buildable_site(root)
    add_image(root)
    shutil.copyfile(CARD, root / ALPHA / "workshop.png")
    result = build_site(mkdocs_yml, root / "site", SITE)
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltSite(root / "site")


@pytest.mark.parametrize(("language", "prefix", "alt", "alt_lang"), [
    ("en", "en/", "Partners at a workshop", None),
    ("cs", "", "Partneři na workshopu", None),
    # bg has no file: the page shows the original, its description marked English.
    ("bg", "bg/", "Partners at a workshop", "en"),
])
def test_project_page_shows_and_shares_its_image(
    image_site: BuiltSite, language: str, prefix: str, alt: str, alt_lang: str | None
) -> None:
    url = f"{prefix}projects/alpha/"
    page = image_site.page(url)
    img = page.select_one("article .sc-project__image img")
    assert img is not None
    # The card is 1200×630: published at 480, 960 and its own 1200 (never wider), as WebP (from a PNG).
    copies = [urljoin(SITE + url, candidate.split(" ")[0]) for candidate in str(img["srcset"]).split(", ")]
    assert [re.sub(r"\.[0-9a-f]{10}\.", ".#.", c) for c in copies] == [SITE + f"projects/alpha/workshop.#.{w}.webp" for w in (480, 960, 1200)]
    assert urljoin(SITE + url, str(img["src"])) == copies[1] and (img["width"], img["height"]) == ("960", "504")
    assert img["alt"] == alt and img.get("lang") == alt_lang
    # The editor's file is not published, only its copies.
    assert not (image_site.root / "projects" / "alpha" / "workshop.png").exists()
    with Image.open(image_site.root / copies[2].removeprefix(SITE)) as shared:
        assert shared.size == (1200, 630) and shared.format == "WEBP"
    assert [m["content"] for m in page.select('meta[property="og:image"]')] == [copies[2]]
    assert [m["content"] for m in page.select('meta[property="og:image:width"]')] == ["1200"]
    assert [m["content"] for m in page.select('meta[property="og:image:alt"]')] == [alt]
    (script,) = page.select('script[type="application/ld+json"]')
    project = next(i for i in json.loads(script.get_text())["@graph"] if i["@type"] == "Project")
    assert [(i["@type"], i["contentUrl"], i["width"], i["height"]) for i in project["image"]] == [("ImageObject", copies[2], 1200, 630)]
    # A project without an image shares the default card and has none on its page.
    beta = image_site.page(f"{prefix}projects/beta/")
    assert beta.select_one(".sc-project__image") is None
    assert [m["content"] for m in beta.select('meta[property="og:image"]')] == [SITE + "assets/images/social-card.png"]
