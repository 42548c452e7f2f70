"""What the ``<head>`` of a page says: the page kind and its address in, :class:`PageMeta` out.

The adapter tells which page it renders (its :class:`PageAddress`, its title
and description as the page has them); the page's kind adds what only it knows:
a project page's own title, image and JSON-LD, the organisation an
organisation's page is about. No MkDocs here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import exports, feeds, metadata
from .metadata import PageAddress, PageMeta

if TYPE_CHECKING:
    from ..site.pages.kind import PageKind


def page_meta(
    kind: PageKind,
    address: PageAddress,
    *,
    site_url: str,
    site_name: str,
    title: str,
    description: str,
    organisation: str | None = None,
) -> PageMeta:
    """Canonical, alternates, social cards, JSON-LD and feeds of one page in one language.

    ``organisation`` is the one its front matter names, if any; else the
    kind's (an organisation's page).
    """
    site, language = address.site, address.language
    links = metadata.head_links(address, site_url)
    own_image = None
    jsonld = []
    view = kind.project(language)
    if view is not None:
        title, description = view.title_text, view.summary_text
        own_image = metadata.project_image(view, site_url)
        jsonld.append(metadata.jsonld_script(metadata.project_jsonld(view, links, site_url)))
    image = own_image or metadata.default_image(site_url, site_name)
    organisation = organisation or kind.organisation()
    if organisation in site.organisations:
        data = metadata.organisation_jsonld(site, str(organisation), language, links, site_url)
        jsonld.append(metadata.jsonld_script(data))
    social = metadata.social_meta(address, links, title=title, description=description, site_name=site_name, image=image)
    feed = feeds.feed_path(site, language)
    feed_href = metadata.absolute_url(site_url, feed) or feed
    return PageMeta(
        address,
        links,
        social,
        tuple(jsonld),
        ((feeds.feed_title(site, language, site_name), feed_href),),
        exports.project_json_path(view.id) if view is not None else None,
    )
