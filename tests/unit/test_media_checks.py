"""Golden tests of bad pictures and documents: each mistake is reported at its file and line, with the fix.

Each case starts from the fixture site of ``media_site.py`` (valid: the first
test loads it), breaks one thing and compares the problems the core reports
with the expected ones, like ``test_content_validation.py``. Images are made
by Pillow here; a "too large" image is large in pixels (a few kilobytes of
PNG) or in bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from media_site import ALPHA, write_media_site
from scratch import load, replace_text
from showcase.content.media import MAX_IMAGE_BYTES
from showcase.content.problems import ContentError
from test_content_validation import Expect, assert_problems

FACTS = f"{ALPHA}/project.yml"
EN, CS = f"{ALPHA}/project.en.md", f"{ALPHA}/project.cs.md"
ORGANISATIONS, FUNDERS = "data/organisations.yml", "data/funders.yml"

Mutation = Callable[[Path], None]


def line_of(file: str, start: str, after: int = 0) -> Callable[[Path], int]:
    """The line of ``file`` that starts with ``start`` (after its indentation), or ``after`` lines below it."""

    def line(root: Path) -> int:
        lines = (root / file).read_text(encoding="utf-8").splitlines()
        return next(n for n, text in enumerate(lines, 1) if text.strip().startswith(start)) + after

    return line


def replace(file: str, old: str, new: str) -> Mutation:
    return lambda root: replace_text(root / file, old, new)


def write_bytes(file: str, data: bytes) -> Mutation:
    return lambda root: (root / file).write_bytes(data)


def png(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", size).save(buffer, "PNG")  # one bit per pixel, all black: tiny, whatever its size
    return buffer.getvalue()


def jpeg_of(size_in_bytes: int) -> bytes:
    """A real JPEG, padded after its end to ``size_in_bytes`` (decoders stop at the end marker)."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (10, 20, 30)).save(buffer, "JPEG")
    data = buffer.getvalue()
    return data + b"\0" * (size_in_bytes - len(data))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    write_media_site(tmp_path)
    return tmp_path


def test_the_fixture_is_valid(site: Path) -> None:
    loaded = load(site)
    assert [entry.file for entry in loaded.project("alpha").facts.gallery] == ["workshop.jpg", "portrait.jpg", "chart.png"]
    assert len(loaded.media) == 8


CASES = [
    # -- images of the project -------------------------------------------------------------
    pytest.param(
        [replace(FACTS, "  - file: chart.png", "  - file: chrt.png")],
        [
            Expect(FACTS, line_of(FACTS, "- file: chrt.png"), "gallery[2].file", "there is no file 'chrt.png' in the project's folder", "did you mean 'chart.png'?"),
            # The descriptions name the image as it was: each is reported too.
            Expect(EN, line_of(EN, "chart.png:"), "gallery_alt.chart.png", "project.yml has no image 'chart.png'", "did you mean 'chrt.png'?"),
            Expect(CS, line_of(CS, "chart.png:"), "gallery_alt.chart.png", "project.yml has no image 'chart.png'"),
            Expect(f"{ALPHA}/project.bg.md", line_of(f"{ALPHA}/project.bg.md", "chart.png:"), "gallery_alt.chart.png", "project.yml has no image 'chart.png'"),
            Expect(EN, line_of(EN, "gallery_alt:"), "gallery_alt.chrt.png", "the original (project.en.md) must describe the image 'chrt.png'", "add a line 'chrt.png: <what it shows>' under 'gallery_alt:', in this file's language"),
            Expect(CS, line_of(CS, "gallery_alt:"), "gallery_alt.chrt.png", "the translation project.cs.md must also describe the image 'chrt.png'"),
            Expect(f"{ALPHA}/project.bg.md", line_of(f"{ALPHA}/project.bg.md", "gallery_alt:"), "gallery_alt.chrt.png", "the translation project.bg.md must also describe"),
        ],
        id="image-missing",
    ),
    pytest.param(
        [write_bytes(f"{ALPHA}/chart.png", b"Meeting notes, not a picture.\n")],
        [Expect(FACTS, line_of(FACTS, "- file: chart.png"), "gallery[2].file", "'chart.png': the file is not an image that can be read", "save it again as JPEG or PNG")],
        id="not-an-image",
    ),
    pytest.param(
        [write_bytes(f"{ALPHA}/chart.png", png((8000, 6000)))],
        [Expect(FACTS, line_of(FACTS, "- file: chart.png"), "gallery[2].file", "the image is 8000×6000 pixels, over the limit of 40 megapixels", "resize it")],
        id="image-too-large-in-pixels",
    ),
    pytest.param(
        # 100 megapixels in a few kilobytes: Pillow's own decompression-bomb alarm, reported, never raised.
        [write_bytes(f"{ALPHA}/chart.png", png((10000, 10000)))],
        [Expect(FACTS, line_of(FACTS, "- file: chart.png"), "gallery[2].file", "far too many pixels", "at most 40 megapixels")],
        id="decompression-bomb",
    ),
    pytest.param(
        [write_bytes(f"{ALPHA}/portrait.jpg", jpeg_of(MAX_IMAGE_BYTES + 500_000))],
        [Expect(FACTS, line_of(FACTS, "- file: portrait.jpg"), "gallery[1].file", "the file is 10.5 MB, over the limit of 10.0 MB", "save it smaller")],
        id="image-too-large-in-bytes",
    ),
    pytest.param(
        # The header image is also the gallery's first: one file, one problem, at the first place that names it.
        [write_bytes(f"{ALPHA}/workshop.jpg", b"\xff\xd8\xff\xe0 truncated")],
        [Expect(FACTS, line_of(FACTS, "image: workshop.jpg"), "image", "'workshop.jpg': the file is not an image that can be read")],
        id="broken-jpeg-named-twice",
    ),
    pytest.param(
        [replace(CS, '  chart.png: "Sloupcový graf: počet členů vzrostl z 12 na 40"\n', "")],
        [Expect(CS, line_of(CS, "gallery_alt:"), "gallery_alt.chart.png", "the translation project.cs.md must also describe the image 'chart.png'", "for readers who cannot see it")],
        id="no-alt-text-in-a-translation",
    ),
    pytest.param(
        [replace(EN, 'image_alt: "Partners at a workshop around a table"\n', "")],
        [Expect(EN, 1, "image_alt", "the original (project.en.md) must describe the image 'workshop.jpg'", "add 'image_alt:'")],
        id="no-alt-text-in-the-original",
    ),
    pytest.param(
        [replace(FACTS, "  - file: chart.png", "  - file: chart.png\n  - file: chart.png")],
        [Expect(FACTS, line_of(FACTS, "- file: chart.png", after=1), "gallery[3]", "the image 'chart.png' is listed twice")],
        id="image-listed-twice",
    ),
    pytest.param(
        [replace(FACTS, "  - file: chart.png", "  - file: charts/chart.png")],
        [Expect(FACTS, line_of(FACTS, "- file: charts/chart.png"), "gallery[2].file", "expected the file name of an image next to project.yml", "without folders")],
        id="image-in-a-folder",
    ),
    # -- documents ---------------------------------------------------------------------------
    pytest.param(
        [replace(FACTS, "    type: brochure", "    type: poster")],
        [Expect(FACTS, line_of(FACTS, "type: poster"), "documents[1].type", "expected one of report, study, brochure, guide, presentation, video, other, found 'poster'")],
        id="document-of-an-unknown-type",
    ),
    pytest.param(
        [replace(FACTS, "    language: rom", "    language: romani")],
        [Expect(FACTS, line_of(FACTS, "language: romani"), "documents[1].language", "expected an ISO 639 language code such as cs, en, bg or rom")],
        id="document-in-an-unknown-language",
    ),
    pytest.param(
        [replace(FACTS, "    url: https://www.youtube.com/watch?v=abc123", "    file: video.mp4\n    url: https://www.youtube.com/watch?v=abc123")],
        [Expect(FACTS, line_of(FACTS, "url: https://www.youtube.com"), "documents[2].url", "a document is either a file or a url, not both")],
        id="document-file-and-url",
    ),
    pytest.param(
        [replace(FACTS, "    url: https://www.youtube.com/watch?v=abc123\n", "")],
        [Expect(FACTS, line_of(FACTS, "- id: video"), "documents[2]", "a document needs a file or a url")],
        id="document-without-file-or-url",
    ),
    pytest.param(
        [replace(FACTS, "    file: brochure.pdf", "    file: brochur.pdf")],
        [Expect(FACTS, line_of(FACTS, "file: brochur.pdf"), "documents[1].file", "there is no file 'brochur.pdf' in the project's folder", "did you mean 'brochure.pdf'?")],
        id="document-missing",
    ),
    pytest.param(
        [write_bytes(f"{ALPHA}/brochure.pdf", b"<html><script>alert(1)</script></html>")],
        [Expect(FACTS, line_of(FACTS, "file: brochure.pdf"), "documents[1].file", "'brochure.pdf': the file is not a PDF file, though its name says so", "save it again as PDF")],
        id="document-not-what-its-name-says",
    ),
    pytest.param(
        [replace(FACTS, "    file: brochure.pdf", "    file: brochure.html")],
        [Expect(FACTS, line_of(FACTS, "file: brochure.html"), "documents[1].file", "expected the file name of a document next to project.yml")],
        id="document-of-a-kind-the-site-does-not-publish",
    ),
    pytest.param(
        [replace(EN, '  brochure: "Brochure for families"\n', "")],
        [Expect(EN, line_of(EN, "documents:"), "documents.brochure", "the original (project.en.md) must give the title of the document 'brochure'", "add 'documents:' with a line 'brochure: <its title>'")],
        id="document-without-a-title",
    ),
    pytest.param(
        [replace(CS, '  video: "Video z workshopu"', '  vidoe: "Video z workshopu"')],
        [Expect(CS, line_of(CS, "vidoe:"), "documents.vidoe", "project.yml has no document 'vidoe'", "did you mean 'video'?")],
        id="title-of-an-unknown-document",
    ),
    pytest.param(
        [replace(FACTS, "  - id: brochure", "  - id: video")],
        [Expect(FACTS, line_of(FACTS, "- id: video", after=4), "documents[2]", "the id 'video' is listed twice")],
        id="document-id-twice",
    ),
    # -- data/: logos and emblems ---------------------------------------------------------
    pytest.param(
        [replace(ORGANISATIONS, "    file: logos/romodrom.png", "    file: logo/romodrom.png")],
        [Expect(ORGANISATIONS, 5, "[0].logo.file", "there is no file 'logo/romodrom.png' under data/", "put the file there")],
        id="logo-missing",
    ),
    pytest.param(
        [replace(ORGANISATIONS, "    alt: {cs: Khamoro (cs), en: Khamoro (en), bg: Хаморо}", "    alt: {cs: Khamoro (cs), en: Khamoro (en)}")],
        [Expect(ORGANISATIONS, 14, "[1].logo.alt", "the picture has no description in bg", "add 'bg:', or write one text for every language")],
        id="logo-without-alt-text-in-a-language",
    ),
    pytest.param(
        [replace(ORGANISATIONS, "    file: logos/romodrom.png\n    alt: ROMODROM\n", "    file: logos/romodrom.png\n")],
        [Expect(ORGANISATIONS, 4, "[0].logo.alt", "this required field is missing")],
        id="logo-without-alt-text",
    ),
    pytest.param(
        [write_bytes("data/emblems/esf.png", b"GIF89a" + b"\0" * 20)],
        [Expect(FUNDERS, line_of(FUNDERS, "file: emblems/esf.png"), "[0].emblem.file", "'emblems/esf.png': the file is not an image that can be read")],
        id="emblem-not-an-image",
    ),
    pytest.param(
        [write_bytes("elsewhere.png", png((10, 10))), lambda root: (root / "data/logos/romodrom.png").unlink(), lambda root: (root / "data/logos/romodrom.png").symlink_to(root / "elsewhere.png")],
        [Expect(ORGANISATIONS, 5, "[0].logo.file", "'logos/romodrom.png' is a link to a file outside data/", "put the file itself there")],
        id="logo-linked-from-outside",
    ),
    pytest.param(
        [replace(FUNDERS, "    file: emblems/esf.png", "    file: ../secrets/esf.png")],
        [Expect(FUNDERS, line_of(FUNDERS, "file: ../secrets/esf.png"), "[0].emblem.file", "expected the path of an image under data/")],
        id="emblem-outside-data",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_bad_pictures_and_documents_are_reported_at_their_line(site: Path, mutations: list[Mutation], expected: list[Expect]) -> None:
    for mutate in mutations:
        mutate(site)
    with pytest.raises(ContentError) as info:
        load(site)
    # A file left unnamed by a mistyped or invalid entry is also reported by the rule of what
    # is published (tests/build/test_hostile_files.py); here only the pictures' own checks count.
    problems = [problem for problem in info.value.problems if not problem.message.startswith("no page names this file")]
    assert_problems(problems, expected, site)
