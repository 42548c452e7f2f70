"""The MkDocs adapter: each hook asks the core what to do.

Pages come from the registry of page kinds (:mod:`showcase.site.pages`): the
core says which pages it writes, and for every page what it is, its template,
its view and its table of contents. What only the adapter can do is in small
modules beside this one: static-i18n's languages (``i18n``), Material's quirks
(``material``), the ``<head>`` of a MkDocs page (``sharing``), the files written
at the end of a build (``output``), the compiled templates (``templates``).

mkdocs-static-i18n runs one full build per language, so every hook here runs
once per language. The content is read and checked once per change of the
files (see :meth:`ShowcasePlugin._load`), not once per language.

The pages the core writes are added as files inside ``docs_dir`` named the way
static-i18n expects (``projects/<id>/index.<lang>.md``), one per page and
language: static-i18n then gives each an address in every language and links
them in the language switcher. Their source comes from the core, not from disk.
"""

from __future__ import annotations

from pathlib import Path
from stat import S_ISREG
from typing import Any, cast

from jinja2 import Environment
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
from ..content.loader import FACTS_FILE, PROJECTS_DIR, load_site
from ..content.problems import ContentError
from ..publishing.cms import github_repo
from ..publishing.publish import NOT_FOUND_PAGE, base_path
from ..publishing.search_preview import PreviewIndex
from ..site.pages.kind import PageKind, SettingsError
from ..site.pages.registry import PageSettings, SitePages
from . import i18n, material
from .output import SiteFiles
from .page_safety import configure_embeds, escape_front_matter_title, protect_toc
from .sharing import page_meta
from .templates import TEMPLATE_CODE

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


class ShowcasePlugin(BasePlugin[ShowcaseConfig]):
    """Validates the showcase content and renders its pages."""

    def __init__(self) -> None:
        self._pages: SitePages | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._files = SiteFiles(log.info, log.warning)

    # -- content ---------------------------------------------------------------
    def _load(self, config: MkDocsConfig) -> SitePages:
        """Read and check the content, again only when a file changed.

        Called once per build (static-i18n: once per language); the stat of
        every file it costs is paid there, not in the per-page hooks.
        """
        docs_dir = Path(config.docs_dir)
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        languages, default = i18n.languages(config)
        fingerprint = (languages, default, *_stat_tree(docs_dir / PROJECTS_DIR), *_stat_tree(data_dir))
        settings = PageSettings(self.config.project_template, self.config.accessibility_template, config.extra)
        if self._pages is None or fingerprint != self._fingerprint:
            try:
                site = load_site(docs_dir, data_dir, languages, default)
            except ContentError as error:
                # PluginError: MkDocs prints the message and exits 1, no traceback.
                raise PluginError(error.report()) from None
            log.info(f"Read {len(site.projects)} projects in {len(languages)} languages")
            # Which translations are outdated: one git call per change of the content.
            history = read_history(docs_dir)
            if not history.available:
                # Info, not a warning: a build without history is still a correct build.
                log.info(f"Outdated translations are not marked: {history.reason}")
            self._pages, self._fingerprint = SitePages(site, history, settings), fingerprint
        self._pages.settings = settings
        return self._pages

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

    def on_shutdown(self) -> None:
        if self._files.preview is not None:
            self._files.preview.close()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        configure_embeds(self.config.embeds)
        self._load(config)
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        if i18n.whole_site_done(config):
            self._files.start()

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(Path(config.config_file_path).parent / self.config.data_dir))
        return server

    @event_priority(50)  # before static-i18n (-100), which sorts files by language
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        site = self.pages.site
        project_ids = site.projects_by_id
        draft_ids = {draft.id for draft in site.drafts}
        for file in list(files):
            parts = file.src_uri.split("/")
            if len(parts) < 3 or parts[0] != PROJECTS_DIR:
                continue
            # The editors' sources are read by the core, not published as they are; nothing of a draft is.
            is_source = len(parts) == 3 and (parts[2] == FACTS_FILE or parts[2].endswith(".md"))
            if parts[1] in draft_ids or (is_source and parts[1] in project_ids):
                files.remove(file)
        for src_uri, _, _ in self.pages.sources():
            files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
        return files

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
        # Canonical, hreflang, social cards, JSON-LD, feeds (also sets page.canonical_url).
        extra["showcase_meta"] = meta = page_meta(self.pages, kind, page, config, language)
        self._files.page_done(meta, config.site_name)
        material.relative_alternates(config)
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        # The page is written next; MkDocs keeps every page of every language
        # until the end of the build, and nothing reads these two again: dropping
        # them saves a third of the build's memory at 1,000 projects.
        page.content = None
        page.markdown = None
        return material.valid_material_html(output)

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
            output_content = material.valid_material_html(output_content)
            # static-i18n writes every language's 404.html to the site root; on_post_build puts each in its place.
            self._files.not_found[self._language(config)] = output_content
        return output_content

    # -- the end of a build ------------------------------------------------------
    @event_priority(-110)  # after static-i18n's (-100), which builds the other languages
    def on_post_build(self, config: MkDocsConfig) -> None:
        self._files.write_language_files(self.pages, config, self.config.cname)
        if i18n.whole_site_done(config):
            repo = self.config.cms_repo or github_repo(config.repo_url)
            self._files.write_site_files(self.pages, config, repo, self.config.cms_branch)


def _stat_tree(folder: Path) -> list[tuple[str, int, int]]:
    if not folder.is_dir():
        return []
    stats = ((path, path.stat()) for path in folder.rglob("*"))
    return sorted((str(path), stat.st_mtime_ns, stat.st_size) for path, stat in stats if S_ISREG(stat.st_mode))
