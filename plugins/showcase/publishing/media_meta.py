"""What a project's pictures and documents add to its ``<head>``: the image it is shared with, and its JSON-LD.

- The shared image (Open Graph, Twitter) is the copy of the project's image
  nearest to the 1200 pixels wide social networks show, with its size.
- JSON-LD: the project's ``image`` is a schema.org ``ImageObject`` per picture
  (the image at the top, then the gallery) with its description, credit and
  licence; its documents are ``subjectOf``, each a ``DigitalDocument`` (a
  ``VideoObject`` for a video, a ``PresentationDigitalDocument`` for slides);
  an organisation with a logo has it as ``logo``.

Addresses in JSON-LD must be absolute: without a ``site_url`` the site's own
files are left out, as everywhere in the page's metadata.
"""

from __future__ import annotations

from typing import Any

from ..content.media import Rendition, media_key, renditions
from ..content.model import Organisation, SiteContent
from ..content.schema import PROJECT_FACTS
from ..content.schema_media import LOGO, LOGO_WIDTHS
from ..paths import absolute_url
from ..site.pictures import file_type
from ..site.views import ProjectPage

SHARED_WIDTH = 1200
"""The width social networks show a shared page's image at."""

_DOCUMENT_TYPES = {"video": "VideoObject", "presentation": "PresentationDigitalDocument"}
"""schema.org types of the kinds of document that have one of their own; the others are DigitalDocument."""


def shared_copy(view: ProjectPage) -> Rendition | None:
    """The copy of the project's image to share: the narrowest at least 1200 pixels wide, else the widest."""
    name = view.project.facts.image
    if not name:
        return None
    media = view.site.media[media_key(file_type(PROJECT_FACTS, "image"), name, view.id)]
    copies = renditions(media)
    return next((copy for copy in copies if copy.width >= SHARED_WIDTH), copies[-1])


def _image_object(path: str, width: int, height: int, description: str, site_url: str) -> dict[str, Any] | None:
    url = absolute_url(site_url, path)
    if url is None:
        return None
    return {"@type": "ImageObject", "contentUrl": url, "url": url, "width": width, "height": height, "description": description}


def project_media(view: ProjectPage, site_url: str) -> dict[str, Any]:
    """``image`` and ``subjectOf`` of the project's JSON-LD, those it has."""
    data: dict[str, Any] = {}
    images = []
    shared = shared_copy(view)
    if shared is not None and view.image is not None:
        top = _image_object(shared.path, shared.width, shared.height, str(view.image.alt), site_url)
        if top is not None and view.project.facts.image_credit:
            top["creditText"] = view.project.facts.image_credit
        images.append(top)
    for shown, item in zip(view.project.facts.gallery, view.gallery, strict=True):
        widest = item.picture.largest
        image = _image_object(widest.path, widest.width, widest.height, str(item.picture.alt), site_url)
        if image is not None:
            image.update({"creditText": shown.credit, "copyrightNotice": shown.licence, "license": shown.licence_url})
            images.append({key: value for key, value in image.items() if value})
    # The image at the top is often also in the gallery: each address once, with all that is known of it.
    unique: dict[str, dict[str, Any]] = {}
    for image in images:
        if image is not None:
            unique.setdefault(image["contentUrl"], {}).update(image)
    if unique:
        data["image"] = list(unique.values())
    documents = []
    for document in view.documents:
        entry: dict[str, Any] = {"@type": _DOCUMENT_TYPES.get(document.type, "DigitalDocument"), "name": str(document.title)}
        url = absolute_url(site_url, document.href) if document.is_file else document.href
        if url:
            entry["url"] = url
        if document.language:
            entry["inLanguage"] = document.language
        if document.media_type:
            entry["encodingFormat"] = document.media_type
        documents.append(entry)
    if documents:
        data["subjectOf"] = documents
    return data


def logo_url(site: SiteContent, organisation: Organisation, site_url: str) -> str | None:
    """The address of the organisation's logo (its widest copy) for JSON-LD, or None."""
    if organisation.logo is None:
        return None
    media = site.media[media_key(file_type(LOGO.type, "file"), organisation.logo.file, None)]
    return absolute_url(site_url, renditions(media, LOGO_WIDTHS)[-1].path)
