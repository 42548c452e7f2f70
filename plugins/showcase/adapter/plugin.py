"""The MkDocs adapter: each hook asks the core what to do.

Pages come from the registry of page kinds (:mod:`showcase.site.pages`): the
core says which pages it writes, and for every page what it is, its template,
its view and its table of contents. What only the adapter can do is in small
modules beside this one: static-i18n's languages (``i18n``), Material's quirks
(``material``), the ``<head>`` of a MkDocs page (``sharing``), the files written
at the end of a build (``output``), the compiled templates (``templates``).

mkdocs-static-i18n runs one full build per language, so every hook here runs
once per language. The content is read and checked once per change of the
files (see :meth:`ShowcasePlugin._load`), not once per language. Under
``mkdocs serve --dirty`` a rebuild renders only the pages a change touches
(``incremental``); ``python -m showcase.adapter.parallel`` builds the pages in
several processes (``parallel``): both tell MkDocs which pages are modified.

The pages the core writes are added as files inside ``docs_dir`` named the way
static-i18n expects (``projects/<id>/index.<lang>.md``), one per page and
language: static-i18n then gives each an address in every language and links
them in the language switcher. Their source comes from the core, not from disk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, cast

from jinja2 import Environment
from mkdocs.commands import build as build_command
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..content.history import read_history
from ..content.loader import load_site
from ..content.problems import ContentError
from ..publishing.cms import github_repo
from ..publishing.publish import NOT_FOUND_PAGE, base_path
from ..publishing.search_preview import PreviewIndex
from ..site.maps.topology import WORLD_ATLAS, atlas_folder
from ..site.pages.kind import PageKind, SettingsError
from ..site.pages.registry import PageSettings, SitePages
from ..site.publisher import Publisher
from ..site.typography import tie_words
from . import i18n, material
from .assets import ASSET_CACHE, strip_own_assets
from .generated_files import add_generated_files, in_nav, nav_sources
from .incremental import DirtyBuildNotice, PageShare, Preview, mark_pages, watch_with_inotify
from .output import SiteFiles
from .page_safety import configure_embeds, escape_front_matter_title, protect_toc
from .sharing import page_meta
from .snapshot import Snapshot, site_snapshot
from .staging import STAGED_COMMANDS, StagedSite
from .templates import TEMPLATE_CODE, forget_listing, list_theme_once

log = get_plugin_logger(__name__)


class ShowcaseConfig(base.Config):
    data_dir = c.Type(str, default="data")
    """Folder of the shared reference data, relative to mkdocs.yml."""
    project_template = c.Type(str, default="project.html")
    accessibility_template = c.Type(str, default="accessibility.html")
    cname = c.Optional(c.Type(str))
    """Host for a CNAME file; unset: from a custom-domain ``site_url``; ``""``: no file."""
    cms_repo = c.Type(str, default="")
    """GitHub repository (``owner/name``) Sveltia CMS at /admin/ commits to; default: from ``repo_url``."""
    cms_branch = c.Type(str, default="main")
    """The branch Sveltia CMS commits to."""
    embeds = c.ListOfItems(c.Type(str), default=[])
    """Video players content may embed (``youtube``, ``vimeo``): none unless named; each costs readers a third-party request."""
    maps = c.Type(bool, default=True)
    """Maps of the projects' countries and places, drawn from npm's world-atlas."""
    world_atlas = c.Type(str, default="")
    """world-atlas's folder, relative to mkdocs.yml; default: ``node_modules/world-atlas`` there or beside the plugin's ``package.json``."""


class ShowcasePlugin(BasePlugin[ShowcaseConfig]):
    """Validates the showcase content and renders its pages."""

    def __init__(self) -> None:
        self._pages: SitePages | None = None
        self._snapshot: Snapshot | None = None
        self._files = SiteFiles(log.info, log.warning)
        self._staged: StagedSite | None = None
        self._warned_atlas = False
        self._preview: Preview | None = None
        self._dirty_notice = DirtyBuildNotice()
        self.share: PageShare | None = None
        """Set by :mod:`.parallel` in each of its processes: which pages this one renders."""

    # -- content ---------------------------------------------------------------
    def _load(self, config: MkDocsConfig) -> SitePages:
        """Read and check the content, again only when a file changed.

        Called once per build of the whole site, before the default language's
        (static-i18n's builds of the others use what it read); the stat of every
        file it costs is paid there, not in the per-page hooks. In a preview,
        only the projects whose folder changed are read again.
        """
        settings = PageSettings(
            self.config.project_template, self.config.accessibility_template, config.extra, self._atlas_dir(config)
        )
        if self._pages is not None and not i18n.whole_site_done(config):
            self._pages.settings = settings
            return self._pages
        docs_dir = Path(config.docs_dir)
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        languages, default = i18n.languages(config)
        snapshot = site_snapshot(config, data_dir, (languages, default))
        if self._snapshot is None or snapshot.shared != self._snapshot.shared:
            forget_listing()  # the templates may have changed
        if self._pages is None or snapshot != self._snapshot:
            reuse = self._preview.reusable(snapshot) if self._preview is not None else None
            try:
                site = load_site(docs_dir, data_dir, languages, default, reuse)
            except ContentError as error:
                # PluginError: MkDocs prints the message and exits 1, no traceback.
                raise PluginError(error.report()) from None
            log.info(f"Read {len(site.projects)} projects in {len(languages)} languages")
            # Which translations are outdated: one git call per change of the content.
            history = read_history(docs_dir)
            if not history.available:
                # Info, not a warning: a build without history is still a correct build.
                log.info(f"Outdated translations are not marked: {history.reason}")
            self._pages, self._snapshot = SitePages(site, history, settings), snapshot
        self._pages.settings = settings
        if self._preview is not None:
            self._preview.begin(snapshot, self._pages)
        return self._pages

    def _atlas_dir(self, config: MkDocsConfig) -> Path | None:
        """world-atlas for the maps; None (and a warning, which --strict turns into a failure) when it is missing."""
        if not self.config.maps:
            return None
        found = atlas_folder(Path(config.config_file_path).parent, self.config.world_atlas)
        if found is None and not self._warned_atlas:
            where = Path(config.config_file_path).parent / (self.config.world_atlas or WORLD_ATLAS)
            log.warning(f"The maps need npm's world-atlas, missing at {where}: run `make node-deps` (npm ci)")
            self._warned_atlas = True
        return found

    @property
    def pages(self) -> SitePages:
        """The pages of the content loaded by :meth:`on_config` for the current build."""
        if self._pages is None:
            raise PluginError("showcase: the content was not loaded (on_config did not run)")
        return self._pages

    def _language(self, config: MkDocsConfig) -> str:
        return i18n.build_language(config, self.pages.site)

    def _kind(self, page: Page) -> PageKind:
        return self.pages.kind(page.file.src_uri, page.meta.get("template"))

    # -- the build -------------------------------------------------------------
    def on_startup(self, *, command: str, dirty: bool) -> None:
        # mkdocs serve: rebuilds do not wait for Pagefind (search_preview.py).
        self._files.preview = PreviewIndex(log.info, log.warning) if command == "serve" else None
        # mkdocs build: written to a staging folder, moved into place when all of it succeeded (staging.py).
        self._staged = StagedSite(dirty, log.info) if command in STAGED_COMMANDS else None
        # mkdocs serve --dirty: rebuilds render only the pages a change touches (incremental.py).
        self._preview = Preview() if command == "serve" and dirty else None
        if self._preview is not None:
            logging.getLogger(build_command.__name__).addFilter(self._dirty_notice)

    def on_shutdown(self) -> None:
        if self._files.preview is not None:
            self._files.preview.close()
        if self._staged is not None:
            self._staged.end()
        logging.getLogger(build_command.__name__).removeFilter(self._dirty_notice)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        configure_embeds(self.config.embeds)
        pages = self._load(config)
        try:
            # Every page's footer names the publisher: a mistake in its settings stops the build here, once.
            Publisher.from_config(pages.localizer(pages.site.default_language), config.extra.get("publisher"))
        except ValueError as error:
            raise PluginError(str(error)) from None
        if self._staged is not None:
            self._staged.begin(config)
        list_theme_once(config.theme)
        return config

    def on_build_error(self, *, error: Exception) -> None:
        if self._staged is not None:
            self._staged.failed()
        if self._preview is not None:
            self._preview.failed()

    def on_pre_build(self, config: MkDocsConfig) -> None:
        if i18n.whole_site_done(config):
            self._files.start(keep_pages=self._preview is not None and not self._preview.changes.everything)

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(Path(config.config_file_path).parent / self.config.data_dir))
        # A change to the templates rebuilds every page (MkDocs watches them only with --watch-theme).
        if config.theme.custom_dir:
            server.watch(config.theme.custom_dir)
        if self._preview is not None:
            watch_with_inotify(server, log.warning)
        return server

    @event_priority(50)  # before static-i18n (-100), which sorts files by language
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # Of content/, only what the core allows (content/publishable.py, also `showcase check`'s rule):
        # pages and the files they name. The editors' sources reach the site through the pages made from them.
        published = self.pages.site.published
        for file in list(files):
            if file.src_dir == config.docs_dir and file.src_uri not in published:
                files.remove(file)
        # With static-i18n, the pages not in the navigation are added after it (on_nav, generated_files.py).
        nav = nav_sources(config.nav) if config.plugins.get("i18n") is not None else None
        for src_uri, kind, _ in self.pages.sources():
            if nav is None or in_nav(kind, nav):
                files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
        strip_own_assets(files, config.theme.custom_dir, Path(config.config_file_path).parent / ASSET_CACHE)
        return files

    @event_priority(-110)  # after static-i18n's (-100): the files of this language are final
    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        language = self._language(config)
        if config.plugins.get("i18n") is not None:
            add_generated_files(self.pages, language, config, files)
        if self._preview is not None or self.share is not None:
            mark_pages(self.pages, language, files, self._preview, self.share)
        return nav

    @event_priority(-110)  # after the other plugins' on_env, which may add Jinja extensions
    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        env.bytecode_cache = TEMPLATE_CODE
        return env

    # -- pages -----------------------------------------------------------------
    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        kind = self.pages.generated_page(page.file.src_uri)
        return kind.source(self._language(config)) if kind is not None else None

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        language = self._language(config)
        escape_front_matter_title(page, self.pages.localizer(language).t("email_at"))
        page.meta.update(self._kind(page).meta(language))
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        language = self._language(config)
        protect_toc(page, self.pages.localizer(language).t("email_at"))
        return self._kind(page).content_html(html, language)

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        extra = cast(dict[str, Any], context)
        kind, language = self._kind(page), self._language(config)
        extra["showcase"] = self.pages.template_api(language)
        try:
            extra.update(kind.context(language))
            toc = kind.toc(language)
        except SettingsError as error:
            raise PluginError(str(error)) from None
        if toc is not None:
            page.toc = material.table_of_contents(toc, page.toc)
        page.meta["hide"] = kind.hidden_sidebars(material.toc_entries(page.toc))
        # Canonical, hreflang, social cards, JSON-LD, feeds (also sets page.canonical_url).
        extra["showcase_meta"] = meta = page_meta(self.pages, kind, page, config, language)
        self._files.page_done(meta, config.site_name, page.file.dest_uri)
        if self._preview is not None:
            self._preview.rendered(language, page.file.src_uri, kind, page.meta.get("template"))
        material.relative_alternates(config)
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        # The page is written next; MkDocs keeps every page of every language
        # until the end of the build, and nothing reads these two again: dropping
        # them saves a third of the build's memory at 1,000 projects.
        page.content = None
        page.markdown = None
        # Non-breaking spaces where the typography of the text's language wants them: the one place for every page.
        return tie_words(material.valid_material_html(output), self._language(config))

    # -- the 404 page: a theme template, not a page ------------------------------
    def on_template_context(self, context: TemplateContext, template_name: str, config: MkDocsConfig) -> TemplateContext:
        if template_name == NOT_FOUND_PAGE:
            view = self.pages.not_found.view(self._language(config), base_path(config.site_url))
            cast(dict[str, Any], context).update(self.pages.not_found.page_context(view))
            # Served at any depth: the switcher leads to each language's home, by absolute path.
            names = material.language_names(config)
            if names:
                material.set_alternates(config, view.alternates(names))
        return context

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        if template_name == NOT_FOUND_PAGE:
            output_content = tie_words(material.valid_material_html(output_content), self._language(config))
            # static-i18n writes every language's 404.html to the site root; on_post_build puts each in its place.
            self._files.not_found[self._language(config)] = output_content
        return output_content

    # -- the end of a build ------------------------------------------------------
    @event_priority(-110)  # after static-i18n's (-100), which builds the other languages
    def on_post_build(self, config: MkDocsConfig) -> None:
        self._files.write_language_files(self.pages, config, self.config.cname)
        if i18n.whole_site_done(config):
            if self.pages.maps is not None:
                log.info(f"Maps: drawn in {self.pages.maps.seconds:.2f} s")
            self.write_site(config)

    @property
    def site_files(self) -> SiteFiles:
        """What the build saw of every page (sitemap, 404 pages): :mod:`.parallel` gathers its processes' here."""
        return self._files

    def write_site(self, config: MkDocsConfig) -> None:
        """The files written once every language is built: sitemap, feeds, exports, /admin/, search index."""
        if self._preview is not None:
            self._files.forget(self._preview.gone())
        repo = self.config.cms_repo or github_repo(config.repo_url)
        written = self._files.write_site_files(self.pages, config, repo, self.config.cms_branch)
        if self._preview is not None and self._snapshot is not None:
            self._preview.written(written)
            for path in self._preview.finish(self._snapshot, self.pages, Path(config.site_dir)):
                log.debug(f"Deleted {path}: no longer part of the site")
        if self._staged is not None:
            self._staged.finished()  # every file written: the staged site may replace the old one
