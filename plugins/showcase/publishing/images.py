"""The resized copies of every image the content names, written once per build of the whole site.

Each image (:attr:`SiteContent.media <showcase.content.model.SiteContent.media>`)
is published only as its renditions (:func:`showcase.content.media.renditions`):
turned the way its EXIF data says, resized with Lanczos, never wider than the
file, saved as JPEG (photos) or WebP (drawings, logos), and with nothing of the
editor's file but its pixels and colour profile: no EXIF (a phone photo's GPS
position, the camera's serial number), no XMP, no comments.

Resizing is the slow part of a build with pictures, so it is done once per
image and settings: the renditions are kept in a cache folder under the name
of the image's SHA-256, and a later build (a ``mkdocs serve`` rebuild, another
``mkdocs build``) copies them from there. Nothing here depends on the language:
the step runs once, after every language's pages (see the adapter's ``output``).
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from ..content.media import MediaFile, Rendition, renditions
from ..content.model import SiteContent

JPEG_QUALITY = 82
"""Photos: no visible loss at any of the published sizes, about a tenth of the editor's file."""
WEBP_QUALITY = 88
"""Drawings and logos: a little higher than photos, for sharp edges and text."""
SETTINGS = f"jpeg{JPEG_QUALITY}-webp{WEBP_QUALITY}-lanczos-v1"
"""Part of every cached rendition's name: other settings are other files."""


@dataclass(frozen=True)
class Published:
    """What one run wrote: renditions in all, and how many of them had to be made (not in the cache)."""

    written: int
    made: int


def _encode(image: Image.Image, extension: str, icc_profile: bytes | None) -> bytes:
    # A fresh image: nothing of the source's metadata (EXIF, XMP, comments) can follow it into the file.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    buffer = io.BytesIO()
    extra = {"icc_profile": icc_profile} if icc_profile else {}
    if extension == "jpg":
        clean.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, **extra)
    else:
        clean.save(buffer, "WEBP", quality=WEBP_QUALITY, method=5, **extra)
    return buffer.getvalue()


def _prepared(source: Path, media: MediaFile, largest: int) -> tuple[Image.Image, bytes | None]:
    """The image decoded (at least ``largest`` wide), turned upright, in a mode its format can hold."""
    assert media.image is not None
    with Image.open(source) as image:
        if media.image.format in ("JPEG", "MPO"):
            # JPEG decodes at 1/2, 1/4 or 1/8 of its size much faster: as small as the largest copy allows.
            scale = largest / media.image.width
            image.draft(None, (math.ceil(image.size[0] * scale), math.ceil(image.size[1] * scale)))
        icc_profile = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)  # always a copy: the file can be closed
    if media.image.extension == "jpg":
        mode = "L" if upright.mode in ("L", "1") else "RGB"
    else:
        transparent = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
        mode = "RGBA" if transparent else "RGB"
    if upright.mode != mode:
        upright = upright.convert(mode)
    if mode == "L":
        icc_profile = None  # a grey JPEG has no use for a colour profile
    return upright, icc_profile if isinstance(icc_profile, bytes) else None


def render(media: MediaFile) -> dict[Rendition, bytes]:
    """Every rendition of an image, encoded."""
    assert media.image is not None
    wanted = renditions(media)
    image, icc_profile = _prepared(media.source, media, max(r.width for r in wanted))
    result = {}
    for rendition in wanted:
        size = (rendition.width, rendition.height)
        resized = image if image.size == size else image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        result[rendition] = _encode(resized, media.image.extension, icc_profile)
    return result


def _cache_name(media: MediaFile, rendition: Rendition) -> str:
    settings = hashlib.sha256(SETTINGS.encode()).hexdigest()[:8]
    return f"{media.sha256}-{settings}-{rendition.width}x{rendition.height}.{rendition.path.rsplit('.', 1)[1]}"


def _store(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` at once: a build stopped halfway leaves no half-written file in the cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def publish_images(site: SiteContent, site_dir: Path, cache_dir: Path) -> Published:
    """Write the renditions of every image of ``site`` into ``site_dir``, made once and kept in ``cache_dir``."""
    written = made = 0
    for media in site.media.values():
        if media.image is None:
            continue
        wanted = renditions(media)
        cached = {rendition: cache_dir / _cache_name(media, rendition) for rendition in wanted}
        if not all(path.is_file() for path in cached.values()):
            for rendition, data in render(media).items():
                _store(cached[rendition], data)
                made += 1
        for rendition, path in cached.items():
            target = site_dir / rendition.path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written += 1
    return Published(written, made)
