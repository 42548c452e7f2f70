"""The MkDocs adapter: hooks that delegate to the content core.

mkdocs-static-i18n runs one full build per language, so every hook here runs
once per language. The content is read and checked once per change of the
files (see :meth:`ShowcasePlugin._load`), not once per language.

Project pages are added as files inside ``docs_dir`` named the way
static-i18n expects (``projects/<id>/index.<lang>.md``), one per project and
language, whether or not the editor wrote that language: static-i18n then
gives every project an address in every language and links them in the
language switcher. Their source comes from the core, not from disk.
"""

from __future__ import annotations

import re
from pathlib import Path
from stat import S_ISREG
from typing import Any, cast
from urllib.parse import urljoin

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.templates import TemplateContext

from .loader import FACTS_FILE, PROJECTS_DIR, load_site
from .localize import Localizer
from .markup import plain, protect_emails
from .model import SiteContent
from .problems import ContentError
from .views import ProjectPage, page_path, project_cards

log = get_plugin_logger(__name__)

_PROJECT_PAGE = re.compile(rf"{PROJECTS_DIR}/([^/]+)/index(?:\.([a-z]{{2}}))?\.md")


class ShowcaseConfig(base.Config):
    data_dir = c.Type(str, default="data")
    """Folder of the shared reference data, relative to mkdocs.yml."""
    project_template = c.Type(str, default="project.html")


class ShowcasePlugin(BasePlugin[ShowcaseConfig]):
    """Validates the showcase content and renders its pages."""

    def __init__(self) -> None:
        self._site: SiteContent | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._views: dict[tuple[str, str], ProjectPage] = {}

    # -- content ---------------------------------------------------------------
    def _languages(self, config: MkDocsConfig) -> tuple[tuple[str, ...], str]:
        i18n = config.plugins.get("i18n")
        if i18n is not None:
            languages = [lang for lang in i18n.config.languages if lang.build]
            default = next(lang.locale for lang in languages if lang.default)
            return tuple(lang.locale for lang in languages), default
        language = config.theme.get("language", "en")
        return (language,), language

    def _load(self, config: MkDocsConfig) -> SiteContent:
        """Read and check the content, again only when a file changed.

        Called once per build (static-i18n: once per language); the stat of
        every file it costs is paid there, not in the per-page hooks.
        """
        docs_dir = Path(config.docs_dir)
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        languages, default = self._languages(config)
        fingerprint = (languages, default, *_stat_tree(docs_dir / PROJECTS_DIR), *_stat_tree(data_dir))
        if self._site is None or fingerprint != self._fingerprint:
            try:
                self._site = load_site(docs_dir, data_dir, languages, default)
            except ContentError as error:
                # PluginError: MkDocs prints the message and exits 1, no traceback.
                raise PluginError(error.report()) from None
            self._fingerprint = fingerprint
            self._views = {}
            log.info(f"Read {len(self._site.projects)} projects in {len(languages)} languages")
        return self._site

    @property
    def site(self) -> SiteContent:
        """The content loaded by :meth:`on_config` for the current build."""
        if self._site is None:
            raise PluginError("showcase: the content was not loaded (on_config did not run)")
        return self._site

    def _language(self, config: MkDocsConfig) -> str:
        """The language being built (static-i18n sets the theme's per build)."""
        site = self.site
        language = config.theme.get("language")
        return language if language in site.languages else site.default_language

    # -- hooks -----------------------------------------------------------------
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._load(config)
        return config

    @event_priority(-110)  # after the other plugins' on_env, which may add Jinja extensions
    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        env.bytecode_cache = _TEMPLATE_CODE
        return env

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(Path(config.config_file_path).parent / self.config.data_dir))
        return server

    @event_priority(50)  # before static-i18n (-100), which sorts files by language
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        site = self.site
        project_ids = {p.id for p in site.projects}
        for file in list(files):
            parts = file.src_uri.split("/")
            # The editors' sources are read by the core, not published as they are.
            is_source = len(parts) == 3 and (parts[2] == FACTS_FILE or parts[2].endswith(".md"))
            if is_source and parts[0] == PROJECTS_DIR and parts[1] in project_ids:
                files.remove(file)
        multilingual = len(site.languages) > 1
        for project in site.projects:
            for language in site.languages if multilingual else (site.default_language,):
                name = f"index.{language}.md" if multilingual else "index.md"
                files.append(
                    File(f"{PROJECTS_DIR}/{project.id}/{name}", config.docs_dir, config.site_dir, config.use_directory_urls)
                )
        return files

    def _project_page(self, page: Page, config: MkDocsConfig) -> ProjectPage | None:
        """The view of a generated project page; three hooks and the template share it."""
        match = _PROJECT_PAGE.fullmatch(page.file.src_uri)
        if not match or match.group(1) not in self.site.projects_by_id:
            return None
        key = (match.group(1), self._language(config))
        if key not in self._views:
            self._views[key] = ProjectPage(self.site, self.site.project(key[0]), key[1])
        return self._views[key]

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        view = self._project_page(page, config)
        if view is None:
            return None
        # Empty front matter keeps MkDocs from reading a first line like
        # "Note: ..." of the body as MultiMarkdown metadata.
        return "---\nshowcase: project\n---\n\n" + str(view.texts.get("body"))

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        view = self._project_page(page, config)
        if view is not None:
            page.meta["template"] = self.config.project_template
            # Material prints page titles unescaped in the navigation and the
            # table of contents; main.html escapes the description itself.
            page.meta["title"] = str(view.title)
            page.meta["description"] = view.summary_text
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        l10n = self._localizer(config)
        if _PROJECT_PAGE.fullmatch(page.file.src_uri):
            # The body sits under the page's own "About the project" heading.
            html = re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
        # The toc extension's permalink title is one setting for all languages.
        html = html.replace('title="Permanent link"', f'title="{plain(l10n.t("permalink"))}"')
        return protect_emails(html, l10n.t("email_at"))

    def _localizer(self, config: MkDocsConfig) -> Localizer:
        site = self.site
        language = self._language(config)
        return Localizer(language, site.ui[language])

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        extra = cast(dict[str, Any], context)
        site = self.site
        language = self._language(config)
        extra["showcase"] = ShowcaseContext(site, language)
        view = self._project_page(page, config)
        if view is not None:
            extra["project"] = view
            page.toc = _project_toc(view, page.toc)
            if view.is_fallback:
                # The original is the page search engines should index.
                extra["showcase_robots"] = "noindex, follow"
                original = view.original_path
                page.canonical_url = urljoin(config.site_url, original) if config.site_url else None
        return context


class _TemplateCode(BytecodeCache):
    """Compiled templates, shared by every build this process runs.

    MkDocs makes a new Jinja environment for each build: each of static-i18n's
    language builds and each ``mkdocs serve`` rebuild compiled the theme's
    templates again (a seventh of a 100-project build). Jinja compiles a
    template again when its source changed (the bucket's checksum); the key
    includes the environment's extensions, which change the compiled code.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = f"{sorted(environment.extensions)}:{self.get_cache_key(name, filename)}"
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_TEMPLATE_CODE = _TemplateCode()


class ShowcaseContext:
    """What every template gets as ``showcase``: the language and the projects."""

    def __init__(self, site: SiteContent, language: str):
        self.site = site
        self.language = language
        self.l10n = Localizer(language, site.ui[language])

    def t(self, key: str, **values: Any) -> Markup:
        """An interface string, escaped for HTML."""
        return plain(self.l10n.t(key, **values))

    def plural(self, key: str, n: int) -> Markup:
        return plain(self.l10n.plural(key, n))

    @property
    def cards(self) -> list[Any]:
        return project_cards(self.site, self.language)

    def page_path(self, path: str) -> str:
        """``path`` in the current language, e.g. ``projects/`` → ``en/projects/``."""
        return page_path(self.site, self.language, path)


def _project_toc(view: ProjectPage, body_toc: TableOfContents) -> TableOfContents:
    """The project page's table of contents: its sections and the body's headings."""
    t = view.l10n.t

    def link(title: str, anchor: str, children: list[AnchorLink] | None = None) -> AnchorLink:
        item = AnchorLink(str(plain(title)), anchor, 2)
        item.children = children or []
        return item

    def demote(items: list[AnchorLink]) -> list[AnchorLink]:
        for item in items:
            item.level += 1
            demote(item.children)
        return items

    items = [link(t("key_facts"), "key-facts")]
    if view.has_body:
        items.append(link(t("about"), "about", demote(list(body_toc))))
    items += [link(section.heading, section.id) for section in view.sections]
    if view.contacts:
        items.append(link(t("contacts"), "contacts"))
    if view.links:
        items.append(link(t("links"), "links"))
    return TableOfContents(items)


def _stat_tree(folder: Path) -> list[tuple[str, int, int]]:
    if not folder.is_dir():
        return []
    stats = ((path, path.stat()) for path in folder.rglob("*"))
    return sorted((str(path), stat.st_mtime_ns, stat.st_size) for path, stat in stats if S_ISREG(stat.st_mode))
