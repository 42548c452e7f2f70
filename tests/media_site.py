"""A fixture site whose project ``alpha`` has every picture and document field, with images made by Pillow.

``write_media_site(root)`` writes the scratch site (``scratch.py``) plus:

- ``alpha``'s image at the top (``workshop.jpg``, 2000×1333, with EXIF GPS
  coordinates and a camera's name that must not be published), a gallery of
  three (the same photo; ``portrait.jpg`` stored lying on its side with an
  EXIF orientation that turns it upright; ``chart.png``, narrower than the
  smallest size, never enlarged), with credit and licence;
- three documents: a PDF report in Czech (1.23 MB), a brochure in Romani
  (a small PDF) and a video in English on another site;
- titles and descriptions in ``project.en.md`` (the original), ``project.cs.md`` and a new
  ``project.bg.md`` (which leaves the video's title to the original);
- logos of ``romodrom`` and ``khamoro`` in ``data/logos/`` and the emblem of
  the European Social Fund in ``data/emblems/``.

Returns the site's ``mkdocs.yml``. To look at it: build it (``mkdocs build
-f <root>/mkdocs.yml -d <root>/site``) and run ``tools/screenshot.py --site
<root>/site --paths /projects/alpha/ /en/projects/alpha/ /bg/projects/alpha/``.
"""

from __future__ import annotations

import functools
import io
import json
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from scratch import replace_text, write_buildable_site

ALPHA = "content/projects/alpha"
GPS_LATITUDE = (50.0, 5.0, 0.0)
CAMERA = "Secret Camera 3000"
REPORT_BYTES = 1_234_567

ALTS = {
    "en": {
        "image": "Partners at a workshop around a table",
        "workshop.jpg": "Partners at a workshop around a table",
        "portrait.jpg": "A volunteer standing by the community centre door",
        "chart.png": "Bar chart: the number of members grew from 12 to 40",
    },
    "cs": {
        "image": "Partneři na workshopu kolem stolu",
        "workshop.jpg": "Partneři na workshopu kolem stolu",
        "portrait.jpg": "Dobrovolnice stojí u dveří komunitního centra",
        "chart.png": "Sloupcový graf: počet členů vzrostl z 12 na 40",
    },
    "bg": {
        "image": "Партньори на работна среща около маса",
        "workshop.jpg": "Партньори на работна среща около маса",
        "portrait.jpg": "Доброволка стои до вратата на общностния център",
        "chart.png": "Стълбовидна диаграма: броят на членовете е нараснал от 12 на 40",
    },
}
TITLES = {
    "en": {"final-report": "Final report of the project", "brochure": "Brochure for families", "video": "Video from the workshop"},
    "cs": {"final-report": "Závěrečná zpráva projektu", "brochure": "Brožura pro rodiny", "video": "Video z workshopu"},
    "bg": {"final-report": "Окончателен доклад на проекта", "brochure": "Брошура за семействата"},
}

FACTS = """\
image: workshop.jpg
image_credit: Jan Novák
gallery:
  - file: workshop.jpg
    credit: Jan Novák
    licence: CC BY 4.0
    licence_url: https://creativecommons.org/licenses/by/4.0/
  - file: portrait.jpg
    credit: ROMODROM
    licence: used with permission
  - file: chart.png
documents:
  - id: final-report
    file: final-report.pdf
    type: report
    language: cs
  - id: brochure
    file: brochure.pdf
    type: brochure
    language: rom
  - id: video
    url: https://www.youtube.com/watch?v=abc123
    type: video
    language: en
"""

ORGANISATION_LOGOS = {
    "- id: romodrom\n  name: ROMODROM\n  country: CZ\n": "  logo:\n    file: logos/romodrom.png\n    alt: ROMODROM\n",
    "    bg: Хаморо\n": "  logo:\n    file: logos/khamoro.jpg\n    alt: {cs: Khamoro (cs), en: Khamoro (en), bg: Хаморо}\n",
}
EMBLEM = """\
  emblem:
    file: emblems/esf.png
    alt:
      cs: Spolufinancováno Evropskou unií
      en: Co-funded by the European Union
      bg: Съфинансирано от Европейския съюз
"""


def photo(size: tuple[int, int], colour: tuple[int, int, int]) -> Image.Image:
    """A picture with shapes, not one flat colour: resizing and compression have something to do."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    width, height = size
    for step in range(0, width, max(1, width // 12)):
        draw.ellipse((step, height // 4, step + width // 10, height // 4 + width // 10), fill=(255 - colour[0], 200, step % 255))
    draw.rectangle((0, height * 3 // 4, width, height), fill=(40, 40, 60))
    return image


def jpeg_with_metadata(image: Image.Image, orientation: int = 1) -> bytes:
    """A JPEG whose EXIF says where it was taken (GPS), with which camera, and which way up it is."""
    exif = Image.Exif()
    exif[0x0110] = CAMERA  # Model
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: GPS_LATITUDE, 3: "E", 4: (14.0, 25.0, 0.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, exif=exif.tobytes())
    return buffer.getvalue()


def logo(size: tuple[int, int], text_colour: tuple[int, int, int, int]) -> Image.Image:
    """A logo on a transparent background."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, size[0] - 4, size[1] - 4), radius=size[1] // 4, outline=text_colour, width=max(2, size[1] // 20))
    draw.ellipse((size[1] // 5, size[1] // 5, size[1] * 4 // 5, size[1] * 4 // 5), fill=text_colour)
    return image


def pdf(size: int) -> bytes:
    start = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    return start + b"0" * (size - len(start))


@functools.cache
def _files() -> dict[str, bytes]:
    """The images and documents, by their path in the site: made once per test session."""

    def saved(image: Image.Image, kind: str, **options: Any) -> bytes:
        buffer = io.BytesIO()
        image.save(buffer, kind, **options)
        return buffer.getvalue()

    chart = Image.new("RGB", (400, 300), (255, 255, 255))
    draw = ImageDraw.Draw(chart)
    draw.rectangle((0, 0, 399, 299), outline=(180, 180, 180), width=3)
    draw.rectangle((50, 200, 150, 280), fill=(63, 81, 181))
    draw.rectangle((230, 60, 330, 280), fill=(63, 81, 181))
    return {
        f"{ALPHA}/workshop.jpg": jpeg_with_metadata(photo((2000, 1333), (200, 120, 60))),
        # Stored 1600 wide and 1200 high; orientation 6: shown turned, 1200 wide and 1600 high.
        f"{ALPHA}/portrait.jpg": jpeg_with_metadata(photo((1600, 1200), (60, 140, 200)), orientation=6),
        f"{ALPHA}/chart.png": saved(chart, "PNG"),
        f"{ALPHA}/final-report.pdf": pdf(REPORT_BYTES),
        f"{ALPHA}/brochure.pdf": pdf(48_200),
        "data/logos/romodrom.png": saved(logo((600, 200), (63, 81, 181, 255)), "PNG"),
        "data/logos/khamoro.jpg": saved(photo((400, 400), (230, 230, 230)), "JPEG", quality=90),
        "data/emblems/esf.png": saved(logo((700, 150), (0, 51, 153, 255)), "PNG"),
    }


def write_images(root: Path) -> None:
    for path, data in _files().items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)


def _texts(language: str) -> str:
    alts = ALTS[language]
    # Quoted as JSON strings (valid YAML): a description may hold ": ".
    lines = [f"image_alt: {json.dumps(alts['image'], ensure_ascii=False)}", "gallery_alt:"]
    lines += [f"  {name}: {json.dumps(alts[name], ensure_ascii=False)}" for name in ("workshop.jpg", "portrait.jpg", "chart.png")]
    lines += ["documents:", *(f"  {key}: {json.dumps(title, ensure_ascii=False)}" for key, title in TITLES[language].items())]
    return "\n".join(lines) + "\n"


def write_media_site(root: Path) -> Path:
    mkdocs_yml = write_buildable_site(root)
    write_images(root)
    replace_text(root / ALPHA / "project.yml", "links:\n", FACTS + "links:\n")
    replace_text(root / ALPHA / "project.en.md", "title: Alpha project\n", "title: Alpha project\n" + _texts("en"))
    replace_text(root / ALPHA / "project.cs.md", "title: Projekt alfa\n", "title: Projekt alfa\n" + _texts("cs"))
    (root / ALPHA / "project.bg.md").write_text(
        "---\ntitle: Проект алфа\nsummary: Проектът алфа на български.\n" + _texts("bg") + "---\n\nТекст на проекта алфа.\n",
        encoding="utf-8",
    )
    organisations = root / "data" / "organisations.yml"
    for after, logo_lines in ORGANISATION_LOGOS.items():
        replace_text(organisations, after, after + logo_lines)
    replace_text(root / "data" / "funders.yml", "  acknowledgement: Funded by the ESF.\n", "  acknowledgement: Funded by the ESF.\n" + EMBLEM)
    return mkdocs_yml
