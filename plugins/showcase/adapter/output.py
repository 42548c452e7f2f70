"""The files a build writes besides its pages.

After each language's build: that language's 404 page in its place, and the
``CNAME`` file. Once every language is built: the sitemap, the feeds and the
open data, the resized images, the content editor at ``/admin/``, the search index.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from ..publishing import exports, feeds, metadata
from ..publishing.cms import ADMIN_DIR, SVELTIA_SCRIPT, cms_config, write_admin
from ..publishing.images import publish_images
from ..publishing.metadata import HeadLinks, PageMeta
from ..publishing.publish import cname
from ..publishing.search import SearchIndexError, build_search_index, release_free_memory
from ..publishing.search_preview import PreviewIndex
from ..site.languages import default_first
from ..site.pages.open_data import licence
from ..site.pages.registry import SitePages

SITEMAP = "sitemap.xml"
IMAGE_CACHE = ".cache/showcase/images"
"""Where resized images are kept between builds, beside mkdocs.yml (git-ignored)."""

Log = Callable[[str], None]


class SiteFiles:
    """What one build of the whole site (every language) has seen, and the files written from it."""

    def __init__(self, info: Log, warning: Log) -> None:
        self._info = info
        self._warning = warning
        self.sitemap: dict[str, HeadLinks | None] = {}
        """Each page's entry (None: not listed), by its file in the site."""
        self.site_names: dict[str, str] = {}
        self.not_found: dict[str, str] = {}
        self.preview: PreviewIndex | None = None
        self.search_elsewhere = False
        """The search index is built by another process, once this one is gone (see :mod:`.parallel`)."""
        self._exports = exports.ExportCache()
        """A preview exports again only the projects read again (kept for the session, not for a build)."""

    def start(self, keep_pages: bool = False) -> None:
        """A new build of the whole site begins.

        ``keep_pages``: it renders only some pages (a preview's rebuild, or one
        of several processes): what the others said last time still holds.
        """
        if not keep_pages:
            self.sitemap, self.site_names = {}, {}
        if self.preview is not None:
            self.preview.build_started()

    def page_done(self, meta: PageMeta, site_name: str, page: str) -> None:
        """The ``<head>`` of ``page`` (its file in the site) is known: the sitemap lists it unless it shows another language's text."""
        self.site_names[meta.address.language] = site_name
        listed = bool(meta.links.canonical) and not meta.address.is_fallback
        self.sitemap[page] = meta.links if listed else None

    def forget(self, pages: Iterable[str]) -> None:
        """Pages that are no longer in the site (a preview's rebuild after a project was deleted)."""
        for page in pages:
            self.sitemap.pop(page, None)

    # -- after each language ---------------------------------------------------
    def write_language_files(self, pages: SitePages, config: MkDocsConfig, cname_setting: str | None) -> None:
        """Each language's 404 page in its place, and the CNAME file.

        static-i18n writes every language's 404.html to the site root. Idempotent:
        it writes every 404 page rendered so far, so it is right whether it runs
        after each language's build or once after all of them.
        """
        root = Path(config.site_dir)
        for language, output in self.not_found.items():
            path = root / pages.not_found.path(language)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(output, encoding="utf-8")
        host = cname(config.site_url, cname_setting)
        if host:
            (root / "CNAME").write_text(host + "\n", encoding="utf-8")

    # -- once every language is built ----------------------------------------
    def write_site_files(self, pages: SitePages, config: MkDocsConfig, cms_repo: str | None, cms_branch: str) -> list[str]:
        """Write the whole-site files; returns the paths of the sitemap, feeds and exports."""
        written = self._write_shared(pages, config)
        self._info(f"Wrote the sitemap, feeds and open data ({len(written)} files)")
        self._write_images(pages, config)
        self._write_admin(pages, config, cms_repo, cms_branch)
        if not self.search_elsewhere:
            self._index_search(pages, config)
        return written

    def _write_shared(self, pages: SitePages, config: MkDocsConfig) -> list[str]:
        """Write the sitemap, the feeds and the exports into the site; returns their paths."""
        site = pages.site
        site_dir = Path(config.site_dir)
        site_url = config.site_url or ""
        data_licence = licence(config.extra)
        files = exports.export_files(site, site_url, data_licence, self._exports if self.preview is not None else None)
        for language in site.languages:
            files[feeds.feed_path(site, language)] = feeds.atom_feed(
                pages,
                language,
                site_url=site_url,
                site_name=self.site_names.get(language, config.site_name),
                licence=" ".join(filter(None, (data_licence["name"], data_licence["url"]))),
            )
        sitemap = site_dir / SITEMAP
        if site_url:
            xml = metadata.sitemap_xml(links for links in self.sitemap.values() if links is not None)
            files[SITEMAP] = xml
            # mtime=0: the same sitemap gives the same bytes.
            files[SITEMAP + ".gz"] = gzip.compress(xml, mtime=0)
        else:
            # Without absolute addresses there is no sitemap (theme_overrides/sitemap.xml is empty).
            sitemap.unlink(missing_ok=True)
            sitemap.with_suffix(".xml.gz").unlink(missing_ok=True)
        exports.write_files(site_dir, files)
        return sorted(files)

    def _write_images(self, pages: SitePages, config: MkDocsConfig) -> None:
        """The resized copies of every image the content names: once for the whole site, made once per image (cached)."""
        if not any(media.image for media in pages.site.media.values()):
            return
        cache = Path(config.config_file_path).parent / IMAGE_CACHE
        start = time.perf_counter()
        published = publish_images(pages.site, Path(config.site_dir), cache)
        self._info(f"Images: {published.written} resized copies, {published.made} made anew, in {time.perf_counter() - start:.1f} s")

    def _write_admin(self, pages: SitePages, config: MkDocsConfig, repo: str | None, branch: str) -> None:
        """Sveltia CMS at /admin/: one copy at the site root."""
        if not repo:
            self._info("The content editor (/admin/) is not built: set cms_repo or repo_url to its GitHub repository")
            return
        dist = Path(config.config_file_path).parent / "node_modules" / "@sveltia" / "cms" / "dist"
        if not (dist / SVELTIA_SCRIPT).is_file():
            # A warning: --strict (make build, make serve, CI) fails on it; a plain build goes on without /admin/.
            self._warning(f"The content editor (/admin/) needs Sveltia CMS from npm, missing at {dist}: run `make node-deps` (npm ci)")
            return
        write_admin(Path(config.site_dir) / ADMIN_DIR, cms_config(pages.site, repo, branch, config.site_url or ""), dist)

    def _index_search(self, pages: SitePages, config: MkDocsConfig) -> None:
        """Pagefind over the built site, one language at a time; in a preview, rebuilds refresh it in the background."""
        languages = default_first(pages.site)
        start = time.perf_counter()
        try:
            if self.preview is None:
                release_free_memory()
                summary: str | None = build_search_index(Path(config.site_dir), languages)
            else:
                summary = self.preview.build_done(Path(config.site_dir), languages)
        except SearchIndexError as error:
            raise PluginError(f"showcase: search index: {error}") from None
        if summary is None:
            self._info("Search index: the previous build's, refreshing in the background")
        else:
            self._info(f"Search index: {summary} in {time.perf_counter() - start:.1f} s")
