"""What a project page shows of its pictures and documents: images with their sizes, logos, emblems, documents.

Every image is shown through :class:`PictureView`: its resized copies as a
``srcset`` (the browser picks the one the screen needs), ``width`` and
``height`` so that the page does not jump while it loads, its description in
the page's language (or the original's, marked with its language), and
whether it loads at once (the image at the top of the page) or only when the
reader scrolls near it (everything below).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from babel.units import format_unit
from markupsafe import Markup

from ..content.blocks import shape
from ..content.fields import FieldType, ImageFile
from ..content.media import MEGABYTE, MediaFile, Rendition, media_key, renditions
from ..content.media_fields import DOCUMENT_TYPES, DocumentFile
from ..content.model import Picture, SiteContent, Translated
from ..content.schema import PROJECT_FACTS
from ..content.schema_media import DOCUMENT, GALLERY_IMAGE, LOGO, LOGO_WIDTHS
from ..paths import facet_path
from .markup import plain

if TYPE_CHECKING:
    from .views import ProjectPage

HEADER_SIZES = "(min-width: 76.25em) 34rem, (min-width: 60em) 46vw, 100vw"
"""How wide the image at the top of a project page is shown: beside the title on wide screens, across the page else (reader.css)."""
CARD_SIZES = "(min-width: 76.25em) 24rem, (min-width: 45em) 46vw, 100vw"
"""How wide a card's picture is shown: cards in columns at least 17rem wide (reader.css)."""
GALLERY_SIZES = "(min-width: 60em) 14rem, (min-width: 30em) 45vw, 100vw"
"""How wide a gallery picture is shown: a grid of columns at least 12rem wide."""
LOGO_HEIGHT = 56
"""Logos and emblems are shown this many CSS pixels high (2.8rem at Material's 20px root size, see showcase.css), whatever their width."""


@dataclass(frozen=True)
class PictureView:
    """One image as ``<img>`` shows it: every path site-relative (templates make them relative to the page)."""

    copies: tuple[Rendition, ...]
    """Its resized copies, narrowest first."""
    sizes: str
    alt: Markup
    alt_lang: str | None = None
    eager: bool = False
    """Loaded at once (the first image of a page), not when the reader scrolls near it."""
    shown: int = 0
    """Which copy is ``src`` (and gives ``width`` and ``height``): the one for browsers that ignore ``srcset``."""

    @property
    def src(self) -> str:
        return self.copies[self.shown].path

    @property
    def width(self) -> int:
        return self.copies[self.shown].width

    @property
    def height(self) -> int:
        return self.copies[self.shown].height

    @property
    def srcset(self) -> tuple[tuple[str, int], ...]:
        """(path, width in pixels) of each copy."""
        return tuple((copy.path, copy.width) for copy in self.copies)

    @property
    def largest(self) -> Rendition:
        """The widest copy: what a link to the picture itself opens."""
        return self.copies[-1]


def picture_view(media: MediaFile, widths: tuple[int, ...], alt: str, alt_lang: str | None, sizes: str, eager: bool = False) -> PictureView:
    copies = renditions(media, widths)
    middle = widths[len(widths) // 2]
    shown = max((index for index, copy in enumerate(copies) if copy.width <= middle), default=0)
    return PictureView(copies, sizes, plain(alt), alt_lang, eager, shown)


def _logo_sizes(media: MediaFile) -> str:
    assert media.image is not None
    return f"{round(LOGO_HEIGHT * media.image.width / media.image.height)}px"


def data_picture(site: SiteContent, language: str, picture: Picture, eager: bool = False) -> PictureView:
    """A logo or an emblem (in ``data/``), described in ``language``."""
    media = site.media[media_key(file_type(LOGO.type, "file"), picture.file, None)]
    alt: Translated = picture.alt
    written_in = next((key for key in (language, "*", *site.languages) if key in alt.values), None)
    alt_lang = None if written_in in (language, "*") else written_in
    return picture_view(media, LOGO_WIDTHS, alt.get(language, site.languages), alt_lang, _logo_sizes(media), eager)


def file_type(block: FieldType, name: str) -> ImageFile | DocumentFile:
    """The declared type of the field ``name`` of ``block``: the file's key depends on it."""
    nested = shape(block).block
    assert nested is not None
    field_type = nested.by_name[name].type
    assert isinstance(field_type, (ImageFile, DocumentFile))
    return field_type


# -- the project's image and gallery --------------------------------------------------------


def header_image(page: ProjectPage) -> PictureView | None:
    """The image at the top of the page, loaded at once."""
    name = page.project.facts.image
    if not name:
        return None
    media = page.site.media[media_key(file_type(PROJECT_FACTS, "image"), name, page.id)]
    return picture_view(media, media.widths, str(page.texts.get("image_alt") or ""), page.lang_of("image_alt"), HEADER_SIZES, eager=True)


def card_image(page: ProjectPage) -> PictureView | None:
    """The project's image on its card: decoration (the card's title says what it is), loaded when scrolled near."""
    name = page.project.facts.image
    if not name:
        return None
    media = page.site.media[media_key(file_type(PROJECT_FACTS, "image"), name, page.id)]
    return picture_view(media, media.widths, "", None, CARD_SIZES)


@dataclass(frozen=True)
class GalleryItem:
    picture: PictureView
    credit: Markup | None
    licence: Markup | None
    licence_url: str | None


def gallery(page: ProjectPage) -> tuple[GalleryItem, ...]:
    field_type = file_type(GALLERY_IMAGE, "file")
    alts = page.texts.get("gallery_alt")
    items = []
    for entry in page.project.facts.gallery:
        media = page.site.media[media_key(field_type, entry.file, page.id)]
        alt_lang = page.lang_of("gallery_alt")
        alt = alts.get(entry.file)
        if alt is None:  # never on a checked site: every translation describes every picture
            alt, alt_lang = page.project.original.gallery_alt.get(entry.file, ""), page.project.facts.original_language
        view = picture_view(media, media.widths, alt, alt_lang, GALLERY_SIZES)
        items.append(GalleryItem(view, plain(entry.credit) if entry.credit else None, plain(entry.licence) if entry.licence else None, entry.licence_url))
    return tuple(items)


# -- logos and emblems ----------------------------------------------------------------------


@dataclass(frozen=True)
class LogoView:
    picture: PictureView
    path: str
    """The organisation's page (site-relative)."""


def logos(page: ProjectPage) -> tuple[LogoView, ...]:
    """The logos of the organisation that runs the project and of its partners, those that have one."""
    facts, site = page.project.facts, page.site
    result = []
    for org_id in dict.fromkeys((facts.organisation, *(partner.organisation for partner in facts.partners))):
        logo = site.organisations[org_id].logo
        if logo is not None:
            result.append(LogoView(data_picture(site, page.language, logo), facet_path(site, "organisations", org_id, page.language)))
    return tuple(result)


def emblems(page: ProjectPage) -> tuple[PictureView, ...]:
    """The emblems of the project's funders, those that have one, each once."""
    site = page.site
    found = (site.funders[funder].emblem for funder in dict.fromkeys(f.funder for f in page.project.facts.funding))
    return tuple(data_picture(site, page.language, emblem) for emblem in found if emblem is not None)


# -- documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentView:
    id: str
    title: Markup
    title_lang: str | None
    href: str
    """Site-relative for a file of the site, absolute for a url."""
    is_file: bool
    type: str
    """What it is: one of DOCUMENT_KINDS (report, study...)."""
    kind: str
    """What it is, in the page's language (Report, Study...)."""
    language: str | None
    """Its language's code, for ``hreflang``."""
    language_name: str | None
    file_format: str | None
    """A file's format and size (PDF, 1.2 MB); None for a url."""
    media_type: str | None
    host: str | None
    """The website of a url."""


def file_size(size: int, locale: str) -> str:
    """A size in kB below a megabyte, in MB with one decimal above, written the language's way."""
    if size < MEGABYTE:
        return str(format_unit(max(1, round(size / 1000)), "digital-kilobyte", "short", locale=locale))
    return str(format_unit(size / MEGABYTE, "digital-megabyte", "short", locale=locale, format="#,##0.#"))


def documents(page: ProjectPage) -> tuple[DocumentView, ...]:
    field_type = file_type(DOCUMENT, "file")
    titles = page.texts.get("documents")
    original = page.project.original
    views = []
    for entry in page.project.facts.documents:
        title, title_lang = titles.get(entry.key), page.lang_of("documents")
        if title is None:  # the translation leaves this title to the original
            title, title_lang = original.documents.get(entry.key, entry.key), page.project.facts.original_language
        kind = page.l10n.t(f"document_type_{entry.type}")
        language = entry.language
        language_name = page.l10n.language_name(language) if language else None
        if entry.file:
            media = page.site.media[media_key(field_type, entry.file, page.id)]
            extension = entry.file.rsplit(".", 1)[1].lower()
            file_format = f"{extension.upper()}, {file_size(media.size, str(page.l10n.locale))}"
            views.append(DocumentView(entry.key, plain(title), title_lang, media.key, True, entry.type, kind, language, language_name, file_format, DOCUMENT_TYPES[extension], None))
        else:
            assert entry.url
            views.append(DocumentView(entry.key, plain(title), title_lang, entry.url, False, entry.type, kind, language, language_name, None, None, urlsplit(entry.url).hostname))
    return tuple(views)
