"""Which page MkDocs renders, as the ``<head>`` needs to know it: its address, languages, title.

The page's kind (:mod:`showcase.site.pages`) says what it knows; what it
leaves to the page's Markdown file (an editor's page: its address, the
languages that have a file, its front matter) comes from MkDocs and
static-i18n here. The ``<head>`` itself is :func:`showcase.publishing.head.page_meta`'s.
"""

from __future__ import annotations

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from ..paths import unprefixed
from ..publishing import head
from ..publishing.metadata import PageAddress, PageMeta
from ..publishing.publish import NOT_FOUND_PAGE
from ..site.pages.kind import PageKind
from ..site.pages.registry import SitePages
from . import i18n


def _is_404(page: Page) -> bool:
    """A "not found" page written in Markdown (``404.<lang>.md``): not one for search engines."""
    return page.file.src_uri.split("/")[-1].startswith("404.") or page.url.endswith(NOT_FOUND_PAGE)


def _noindex(page: Page) -> bool:
    """A page its author keeps from search engines (front matter ``robots: noindex`` or ``sitemap: false``).

    Fallback pages are not this: they point at their original instead.
    """
    robots = str(page.meta.get("robots") or "")
    return "noindex" in robots or page.meta.get("sitemap") is False


def page_address(pages: SitePages, kind: PageKind, page: Page, language: str) -> PageAddress:
    """Which page ``page`` is, in which language, and which languages have a text of their own."""
    site = pages.site
    base = kind.base if kind.base is not None else unprefixed(site, language, page.url)
    translated = kind.translated() or i18n.translated(page.file, language)
    original = kind.original(language) or i18n.file_language(page.file, site)
    return PageAddress(site, base, language, translated, original, not _is_404(page) and not _noindex(page))


def page_meta(pages: SitePages, kind: PageKind, page: Page, config: MkDocsConfig, language: str) -> PageMeta:
    """What the ``<head>`` of ``page`` says; sets ``page.canonical_url`` (MkDocs and Material read it too)."""
    site_name = config.site_name
    # Page titles are HTML (escaped text); the <head> escapes what it is given.
    title = site_name if page.is_homepage else Markup(page.meta.get("title") or page.title or site_name).striptags()
    organisation = page.meta.get("organisation")
    meta = head.page_meta(
        kind,
        page_address(pages, kind, page, language),
        site_url=config.site_url or "",
        site_name=site_name,
        title=title,
        description=str(page.meta.get("description") or config.site_description or ""),
        organisation=str(organisation) if organisation else None,
    )
    page.canonical_url = meta.links.canonical
    return meta
