"""The files the content names: images and documents, checked, and the sizes images are published in.

Every field whose type is an :class:`~showcase.content.fields.ImageFile` or a
:class:`~showcase.content.media_fields.DocumentFile` names a file: the loader
finds them all by walking the values with the schema (:func:`file_values`),
checks each once (:mod:`showcase.content.media_checks`) and keeps what it
learnt in :attr:`SiteContent.media <showcase.content.model.SiteContent.media>`,
by :func:`media_key`.

An image is checked by decoding it, never by its name: a file that Pillow
cannot decode, or that is another format than its name says it is allowed to
be, is not an image. Limits in bytes and in pixels keep a build from running
out of memory on one huge or hostile file (a "decompression bomb": a few
kilobytes that decode to gigabytes). Images are published only resized
(:func:`renditions`), never as the editor's file, so their metadata (EXIF,
with the GPS position of a phone photo) is never published.

:func:`named_files` lists every file the content names, with its source and
where the site publishes it: what a build copies from the content folders.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from PIL import Image

from ..paths import PROJECTS_PATH
from .blocks import Block, KeyedMap, ListOf
from .fields import FieldType, ImageFile
from .media_fields import DocumentFile
from .visitor import ScalarVisitor
from .yamlsource import KeyPath

if TYPE_CHECKING:
    from .model import SiteContent

MEGABYTE = 1_000_000
MAX_IMAGE_BYTES = 10 * MEGABYTE
"""The largest image file accepted: a photo 4,000 pixels wide is about 3 MB."""
MAX_IMAGE_PIXELS = 40_000_000
"""The most pixels an image may have (width × height): 40 megapixels, more than most cameras give."""
MAX_DOCUMENT_BYTES = 20 * MEGABYTE
"""The largest document file accepted; bigger ones (videos) are published elsewhere and linked by url."""

IMAGE_FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "webp", "WEBP": "webp"}
"""Formats an image may be in (as Pillow decodes it), and the format it is published in:
a photo (JPEG) stays a JPEG; a drawing, logo or screenshot (PNG, WebP) becomes a WebP,
which keeps sharp edges and transparency in a fraction of a PNG's size."""

_SIGNATURES: dict[str, tuple[tuple[int, bytes], ...]] = {
    "pdf": ((0, b"%PDF-"),),
    "mp3": ((0, b"ID3"), (0, b"\xff\xfb"), (0, b"\xff\xf3"), (0, b"\xff\xf2")),
    "mp4": ((4, b"ftyp"),),
    "webm": ((0, b"\x1a\x45\xdf\xa3"),),
    **{zipped: ((0, b"PK\x03\x04"),) for zipped in ("odt", "ods", "odp", "docx", "xlsx", "pptx", "epub")},
}
"""How each kind of document file begins: a file whose name says PDF must be one
(the name sets the media type the site serves it with)."""


@dataclass(frozen=True)
class ImageInfo:
    width: int
    """As shown: a photo that its EXIF data says to turn is measured turned."""
    height: int
    format: str
    """As Pillow names it: JPEG, MPO, PNG or WEBP."""

    @property
    def extension(self) -> str:
        """The extension of the files it is published as."""
        return IMAGE_FORMATS[self.format]


@dataclass(frozen=True)
class MediaFile:
    """A file the content names, checked."""

    key: str
    """``projects/<id>/<file>`` or ``data/<path>``: see :func:`media_key`."""
    source: Path
    kind: str
    """``image`` or ``document``."""
    size: int
    """In bytes."""
    sha256: str
    image: ImageInfo | None = None
    widths: tuple[int, ...] = ()
    """The widths its fields declare (an image named by several fields: all of them)."""


def media_key(field_type: ImageFile | DocumentFile, value: str, project_id: str | None) -> str:
    """The key of the file that a field names: in a project's folder, or under ``data/``."""
    if isinstance(field_type, ImageFile) and field_type.where == "data":
        return f"data/{value}"
    return f"{PROJECTS_PATH}/{project_id}/{value}"


# -- finding the files the values name ------------------------------------------------------

FileValue = tuple[KeyPath, ImageFile | DocumentFile, str]


class _Files(ScalarVisitor[Iterator[FileValue]]):
    """Every file name in a value, with where it is and the type that says what it is."""

    def __init__(self, value: Any, keypath: KeyPath):
        self.value = value
        self.keypath = keypath

    def scalar(self, field_type: FieldType) -> Iterator[FileValue]:
        return iter(())

    def image(self, field_type: ImageFile) -> Iterator[FileValue]:
        yield self.keypath, field_type, self.value

    def document(self, field_type: DocumentFile) -> Iterator[FileValue]:
        yield self.keypath, field_type, self.value

    def list_of(self, field_type: ListOf) -> Iterator[FileValue]:
        for index, item in enumerate(self.value):
            yield from field_type.item.accept(_Files(item, self.keypath + (index,)))

    def block(self, field_type: Block) -> Iterator[FileValue]:
        for spec in field_type.fields:
            value = self.value.get(spec.name)
            if value is not None:
                yield from spec.type.accept(_Files(value, self.keypath + (spec.name,)))

    def keyed_map(self, field_type: KeyedMap) -> Iterator[FileValue]:
        # A listed map is written as '- id:' entries: each is where it stands in the list, as the
        # loader's own problems name it (a checked map holds every entry, in the written order).
        for index, (key, item) in enumerate(self.value.items()):
            yield from field_type.value.accept(_Files(item, self.keypath + (index if field_type.listed else key,)))


def file_values(field_type: FieldType, value: Any, keypath: KeyPath = ()) -> Iterator[FileValue]:
    """(keypath, type, file name) of every file ``value`` (checked, of type ``field_type``) names."""
    return field_type.accept(_Files(value, keypath))


# -- checking one file --------------------------------------------------------------------------

@dataclass(frozen=True)
class Trouble:
    """What is wrong with a file, and how to fix it."""

    message: str
    fix: str

_PROBED: dict[tuple[str, int, int], tuple[ImageInfo, str] | Trouble] = {}
"""Images already decoded, by path, size and time of change: a preview rebuild does not decode them again."""


def _megabytes(size: int) -> str:
    return f"{size / MEGABYTE:.1f} MB"


def _too_big(size: int, limit: int, fix: str) -> Trouble:
    return Trouble(f"the file is {_megabytes(size)}, over the limit of {_megabytes(limit)}", fix)


def read_image(path: Path) -> tuple[ImageInfo, str] | Trouble:
    """The measurements and SHA-256 of the image at ``path``, or what is wrong with it."""
    stat = path.stat()
    if stat.st_size > MAX_IMAGE_BYTES:
        return _too_big(stat.st_size, MAX_IMAGE_BYTES, "save it smaller: 2,400 pixels wide at JPEG quality 85 is plenty")
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    found = _PROBED.get(key)
    if found is None:
        data = path.read_bytes()
        info = _decode(data)
        found = _PROBED[key] = (info, sha256(data)) if isinstance(info, ImageInfo) else info
    return found


def _decode(data: bytes) -> ImageInfo | Trouble:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height, kind = image.size[0], image.size[1], str(image.format)
                if kind not in IMAGE_FORMATS:
                    return Trouble(f"the file is a {kind} image, which the site does not publish", "save it as JPEG or PNG")
                if width * height > MAX_IMAGE_PIXELS:
                    return _pixels(width, height)
                if kind in ("JPEG", "MPO"):
                    image.draft(None, (max(1, width // 4), max(1, height // 4)))  # decodes every byte, at a quarter of the size
                image.load()
                turned = image.getexif().get(0x0112) in (5, 6, 7, 8)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Trouble("the image has far too many pixels", f"at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels: resize it")
    except Exception:  # noqa: BLE001 - any file, however broken or hostile, is a problem to report, never a crash
        return Trouble("the file is not an image that can be read (it may be damaged, or another kind of file renamed)", "save it again as JPEG or PNG")
    return ImageInfo(height, width, kind) if turned else ImageInfo(width, height, kind)


def _pixels(width: int, height: int) -> Trouble:
    return Trouble(
        f"the image is {width}×{height} pixels, over the limit of {MAX_IMAGE_PIXELS // 1_000_000} megapixels",
        "resize it: 2,400 pixels wide is plenty",
    )


def read_document(path: Path, extension: str) -> tuple[int, str] | Trouble:
    """The size and SHA-256 of the document at ``path``, or what is wrong with it."""
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        return _too_big(size, MAX_DOCUMENT_BYTES, "publish it elsewhere (a video platform, the organisation's website) and give its url instead")
    with path.open("rb") as file:
        head = file.read(16)
    signatures = _SIGNATURES.get(extension.lower(), ())
    if signatures and not any(head[offset : offset + len(start)] == start for offset, start in signatures):
        kind = extension.upper()
        return Trouble(f"the file is not a {kind} file, though its name says so", f"export or save it again as {kind}")
    return size, hashlib.sha256(path.read_bytes()).hexdigest()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- publishing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendition:
    """One resized copy of an image: its size and its site-relative path."""

    width: int
    height: int
    path: str


def renditions(media: MediaFile, widths: tuple[int, ...] | None = None) -> tuple[Rendition, ...]:
    """The resized copies of an image at ``widths`` (default: all it is published at), narrowest first.

    Never wider than the image: a width over it gives the image at its own width.
    Each copy's name holds the start of the image's SHA-256, so that a changed
    image is a new address (no browser shows the old one from its cache) and
    two files cannot publish to the same name.
    """
    assert media.image is not None
    info = media.image
    path = PurePosixPath(media.key)
    folder = path.parent if not media.key.startswith("data/") else PurePosixPath("media", *path.parent.parts[1:])
    result = []
    for width in sorted({min(w, info.width) for w in (widths or media.widths)}):
        height = max(1, round(info.height * width / info.width))
        result.append(Rendition(width, height, f"{folder}/{path.stem}.{media.sha256[:10]}.{width}.{info.extension}"))
    return tuple(result)


@dataclass(frozen=True)
class NamedFile:
    """A file the content names: its source and where the site publishes it."""

    source: Path
    kind: str
    """``image`` or ``document``."""
    published: tuple[str, ...]
    """Site-relative paths of what the site publishes of it."""
    copied: bool
    """True: the file itself is published as it is (a document); False: only its resized copies (an image)."""


def named_files(site: SiteContent) -> tuple[NamedFile, ...]:
    """Every file the content names (project images, galleries, logos, emblems, documents), once each.

    What the build publishes from the content folders: a project's documents as
    they are (at their place in the project's folder), images only as their
    resized copies; nothing else the folders hold.
    """
    files = []
    for media in site.media.values():
        if media.image is not None:
            files.append(NamedFile(media.source, media.kind, tuple(r.path for r in renditions(media)), copied=False))
        else:
            files.append(NamedFile(media.source, media.kind, (media.key,), copied=True))
    return tuple(files)
