"""The MkDocs side of sharing and open data: which page is this, and writing the files.

:class:`Sharing` is used by :class:`showcase.adapter.plugin.ShowcasePlugin`:
``page_meta()`` in ``on_page_context`` (once per page and language) builds the
page's :class:`~showcase.metadata.PageMeta` from the core and remembers the
page for the sitemap; ``write()`` in the last ``on_post_build`` (after
static-i18n has built every language) writes the sitemap, the feeds and the
exports once.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from ..content.model import SiteContent
from ..publishing import exports, feeds, metadata
from ..publishing.metadata import HeadLinks, PageAddress, PageMeta
from ..site.views import ProjectPage, page_path

_ORGANISATION_PAGE = re.compile(r"organisations/([a-z0-9-]+)/")
SITEMAP = "sitemap.xml"
OPEN_DATA_TEMPLATE = "open-data.html"


def licence(config: MkDocsConfig) -> dict[str, str]:
    """The licence of the open data: ``extra.open_data_licence`` (name, url) in mkdocs.yml."""
    value = config.extra.get("open_data_licence")
    if isinstance(value, dict) and value.get("name"):
        return {"name": str(value["name"]), "url": str(value.get("url") or "")}
    return dict(exports.DEFAULT_LICENCE)


def _is_404(page: Page) -> bool:
    return page.file.src_uri.split("/")[-1].startswith("404.") or page.url.endswith("404.html")


def _noindex(page: Page) -> bool:
    """A page its author keeps from search engines (front matter ``robots: noindex`` or ``sitemap: false``).

    Fallback pages are not this: they point at their original instead.
    """
    robots = str(page.meta.get("robots") or "")
    return "noindex" in robots or page.meta.get("sitemap") is False


@dataclass(frozen=True)
class OpenDataPage:
    """What the "Open data" page lists."""

    licence: dict[str, str]
    downloads: tuple[exports.Download, ...]
    projects: tuple[exports.Download, ...]
    schemas: tuple[exports.Download, ...]


class Sharing:
    """Per-build state: the indexable pages seen in every language, the site names."""

    def __init__(self) -> None:
        self.pages: dict[str, HeadLinks] = {}
        self.site_names: dict[str, str] = {}

    def start(self) -> None:
        """A new build of the whole site (all languages) begins."""
        self.pages = {}
        self.site_names = {}

    def address(self, site: SiteContent, page: Page, language: str, view: ProjectPage | None) -> PageAddress:
        """Which page ``page`` is, in which language, and which languages have a text of their own."""
        prefix = page_path(site, language, "")
        url = page.url
        base = url[len(prefix) :] if prefix and url.startswith(prefix) else url
        if view is not None:
            translated = tuple(lang for lang in site.languages if lang in view.project.texts)
            original = view.original_language
        else:
            # static-i18n: alternates[lang] is the file shown in lang, the
            # default language's when lang has no file of its own.
            alternates = getattr(page.file, "alternates", None) or {}
            translated = tuple(lang for lang, f in alternates.items() if getattr(f, "locale", None) == lang)
            translated = translated or (language,)
            original = str(getattr(page.file, "locale", None) or site.default_language)
        indexable = not _is_404(page) and not _noindex(page)
        return PageAddress(site, base, language, translated, original, indexable)

    def page_meta(
        self,
        site: SiteContent,
        page: Page,
        config: MkDocsConfig,
        language: str,
        view: ProjectPage | None,
    ) -> PageMeta:
        """What the ``<head>`` of ``page`` says; the page is remembered for the sitemap."""
        site_url = config.site_url or ""
        site_name = config.site_name
        self.site_names[language] = site_name
        address = self.address(site, page, language, view)
        links = metadata.head_links(address, site_url)
        if links.canonical and not address.is_fallback:
            self.pages[links.canonical] = links
        # MkDocs and Material read page.canonical_url too (og, sitemap).
        page.canonical_url = links.canonical
        title = Markup(page.meta.get("title") or page.title or site_name).striptags()  # page titles are HTML
        if page.is_homepage:
            title = site_name
        description = str(page.meta.get("description") or config.site_description or "")
        own_image = None
        jsonld = []
        if view is not None:
            title, description = view.title_text, view.summary_text
            own_image = metadata.project_image(view, site_url)
            jsonld.append(metadata.jsonld_script(metadata.project_jsonld(view, links, own_image)))
        image = own_image or metadata.default_image(site_url, site_name)
        organisation = page.meta.get("organisation")
        match = _ORGANISATION_PAGE.fullmatch(address.base)
        organisation_id = str(organisation) if organisation else (match.group(1) if match else None)
        if organisation_id in site.organisations:
            data = metadata.organisation_jsonld(site, str(organisation_id), language, links, site_url)
            jsonld.append(metadata.jsonld_script(data))
        social = metadata.social_meta(
            address, links, title=title, description=description, site_name=site_name, image=image
        )
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

    def update_context(
        self,
        extra: dict[str, Any],
        site: SiteContent,
        page: Page,
        config: MkDocsConfig,
        language: str,
        view: ProjectPage | None,
    ) -> None:
        """Add ``showcase_meta`` (every page) and ``showcase_open_data`` (the "Open data" page)."""
        extra["showcase_meta"] = self.page_meta(site, page, config, language, view)
        if page.meta.get("template") == OPEN_DATA_TEMPLATE:
            extra["showcase_open_data"] = OpenDataPage(
                licence(config),
                tuple(exports.open_data_downloads(site, language, feeds.feed_path(site, language))),
                tuple(exports.project_downloads(site, language)),
                tuple(exports.schema_downloads()),
            )

    def write(self, site: SiteContent, config: MkDocsConfig) -> list[str]:
        """Write the sitemap, the feeds and the exports into the site; returns their paths."""
        site_dir = Path(config.site_dir)
        site_url = config.site_url or ""
        data_licence = licence(config)
        files = exports.export_files(site, site_url, data_licence)
        for language in site.languages:
            files[feeds.feed_path(site, language)] = feeds.atom_feed(
                site,
                language,
                site_url=site_url,
                site_name=self.site_names.get(language, config.site_name),
                licence=" ".join(filter(None, (data_licence["name"], data_licence["url"]))),
            )
        sitemap = site_dir / SITEMAP
        if site_url:
            xml = metadata.sitemap_xml(self.pages.values())
            files[SITEMAP] = xml
            # mtime=0: the same sitemap gives the same bytes.
            files[SITEMAP + ".gz"] = gzip.compress(xml, mtime=0)
        else:
            # Without absolute addresses there is no sitemap (theme_overrides/sitemap.xml is empty).
            sitemap.unlink(missing_ok=True)
            sitemap.with_suffix(".xml.gz").unlink(missing_ok=True)
        exports.write_files(site_dir, files)
        return sorted(files)
