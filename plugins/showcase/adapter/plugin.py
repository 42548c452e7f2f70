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
import time
from pathlib import Path
from stat import S_ISREG
from typing import Any, cast

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

from ..content.history import NO_HISTORY, ContentHistory, read_history
from ..content.loader import FACTS_FILE, PROJECTS_DIR, load_site
from ..content.model import SiteContent
from ..content.problems import ContentError
from ..publishing.cms import ADMIN_DIR, SVELTIA_SCRIPT, cms_config, github_repo, write_admin
from ..publishing.publish import (
    NOT_FOUND_PAGE,
    AccessibilityStatement,
    NotFound,
    base_path,
    cname,
    site_relative,
    valid_material_html,
)
from ..publishing.search import SEARCH_PATH, SearchIndexError, build_search_index, release_free_memory
from ..publishing.search_preview import PreviewIndex
from ..site.facets import FACET_KINDS, Catalogue, FacetIndexPage, FacetPage, browse_links, facet_slug
from ..site.localize import Localizer
from ..site.markup import plain
from ..site.views import ProjectCard, ProjectPage, page_path
from .page_safety import configure_embeds, escape_front_matter_title, safe_page_content
from .sharing import Sharing

log = get_plugin_logger(__name__)

_PROJECT_PAGE = re.compile(rf"{PROJECTS_DIR}/([^/]+)/index(?:\.([a-z]{{2}}))?\.md")
# Facet pages (topics/<id>/, countries/<cc>/ ...), their index pages and the search page.
_FACET_PAGE = re.compile(rf"({'|'.join(FACET_KINDS)})/(?:([^/]+)/)?index(?:\.[a-z]{{2}})?\.md")
_SEARCH_PAGE = re.compile(rf"{SEARCH_PATH}/index(?:\.[a-z]{{2}})?\.md")


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
        self._site: SiteContent | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._views: dict[tuple[str, str], ProjectPage] = {}
        self._sharing = Sharing()
        self._preview: PreviewIndex | None = None
        self._not_found: dict[str, str] = {}
        self._history: ContentHistory = NO_HISTORY
        self._catalogue: Catalogue | None = None

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
            self._catalogue = Catalogue(self._site)
            log.info(f"Read {len(self._site.projects)} projects in {len(languages)} languages")
            # Which translations are outdated: one git call per change of the content.
            self._history = read_history(docs_dir)
            if not self._history.available:
                # Info, not a warning: a build without history is still a correct build.
                log.info(f"Outdated translations are not marked: {self._history.reason}")
        return self._site

    @property
    def site(self) -> SiteContent:
        """The content loaded by :meth:`on_config` for the current build."""
        if self._site is None:
            raise PluginError("showcase: the content was not loaded (on_config did not run)")
        return self._site

    @property
    def catalogue(self) -> Catalogue:
        """Facets and related projects of the loaded content (built with it)."""
        if self._catalogue is None:
            self._catalogue = Catalogue(self.site)
        return self._catalogue

    def _language(self, config: MkDocsConfig) -> str:
        """The language being built (static-i18n sets the theme's per build)."""
        site = self.site
        language = config.theme.get("language")
        return language if language in site.languages else site.default_language

    # -- hooks -----------------------------------------------------------------
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        configure_embeds(self.config.embeds)
        self._load(config)
        return config

    def _whole_site_done(self, config: MkDocsConfig) -> bool:
        """True outside static-i18n's per-language builds: the build of every language is over (or about to start)."""
        i18n = config.plugins.get("i18n")
        return not getattr(i18n, "building", False)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # mkdocs serve: rebuilds do not wait for Pagefind (search_preview.py).
        self._preview = PreviewIndex(log.info, log.warning) if command == "serve" else None

    def on_shutdown(self) -> None:
        if self._preview is not None:
            self._preview.close()

    def on_pre_build(self, config: MkDocsConfig) -> None:
        if self._whole_site_done(config):
            self._sharing.start()
            if self._preview is not None:
                self._preview.build_started()

    @event_priority(-110)  # after static-i18n's (-100), which builds the other languages
    def on_post_build(self, config: MkDocsConfig) -> None:
        self._write_publishing_files(config)
        if self._whole_site_done(config):
            written = self._sharing.write(self.site, config)
            log.info(f"Wrote the sitemap, feeds and open data ({len(written)} files)")
            self._write_admin(config)
            self._index_search(config)

    def _index_search(self, config: MkDocsConfig) -> None:
        """Pagefind over the built site, one language at a time; in a preview, rebuilds refresh it in the background."""
        site = self.site
        languages = (site.default_language, *(lang for lang in site.languages if lang != site.default_language))
        preview = self._preview
        start = time.perf_counter()
        try:
            if preview is None:
                release_free_memory()
                summary: str | None = build_search_index(Path(config.site_dir), languages)
            else:
                summary = preview.build_done(Path(config.site_dir), languages)
        except SearchIndexError as error:
            raise PluginError(f"showcase: search index: {error}") from None
        if summary is None:
            log.info("Search index: the previous build's, refreshing in the background")
        else:
            log.info(f"Search index: {summary} in {time.perf_counter() - start:.1f} s")

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
        folders = [f"{PROJECTS_DIR}/{project.id}" for project in site.projects]
        # Finding projects: a page per facet value with projects, per facet kind, and the search page.
        for kind, values in self.catalogue.postings.items():
            folders += [kind, *(f"{kind}/{facet_slug(kind, value)}" for value in values)]
        folders.append(SEARCH_PATH)
        for folder in folders:
            for language in site.languages if multilingual else (site.default_language,):
                name = f"index.{language}.md" if multilingual else "index.md"
                files.append(File(f"{folder}/{name}", config.docs_dir, config.site_dir, config.use_directory_urls))
        return files

    def _project_page(self, page: Page, config: MkDocsConfig) -> ProjectPage | None:
        """The view of a generated project page; three hooks and the template share it."""
        match = _PROJECT_PAGE.fullmatch(page.file.src_uri)
        if not match or match.group(1) not in self.site.projects_by_id:
            return None
        key = (match.group(1), self._language(config))
        if key not in self._views:
            project = self.site.project(key[0])
            changed = None
            if self._history.is_outdated(project, key[1]):
                change = self._history.last_change(project.original.source)
                changed = change.date if change else None
            self._views[key] = ProjectPage(self.site, project, key[1], original_changed=changed)
        return self._views[key]

    def _finding_page(self, page: Page, config: MkDocsConfig) -> FacetPage | FacetIndexPage | str | None:
        """The view of a facet page or a facet index page; ``"search"`` for the search page."""
        if _SEARCH_PAGE.fullmatch(page.file.src_uri):
            return "search"
        match = _FACET_PAGE.fullmatch(page.file.src_uri)
        if not match:
            return None
        kind, slug = match.group(1), match.group(2)
        language = self._language(config)
        if slug is None:
            return self.catalogue.facet_index(kind, language)
        value = self.catalogue.find(kind, slug)
        return self.catalogue.facet_page(kind, value, language) if value else None

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        finding = self._finding_page(page, config)
        if finding is not None:
            # Everything these pages show comes from their template.
            return "---\nshowcase: finding\n---\n"
        view = self._project_page(page, config)
        if view is None:
            return None
        # Empty front matter keeps MkDocs from reading a first line like
        # "Note: ..." of the body as MultiMarkdown metadata.
        return "---\nshowcase: project\n---\n\n" + str(view.texts.get("body"))

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        escape_front_matter_title(page, self._localizer(config).t("email_at"))
        view = self._project_page(page, config)
        if view is not None:
            page.meta["template"] = self.config.project_template
            # Material prints page titles unescaped in the navigation and the
            # table of contents; main.html escapes the description itself.
            page.meta["title"] = str(view.title)
            page.meta["description"] = view.summary_text
        finding = self._finding_page(page, config)
        if isinstance(finding, FacetPage):
            page.meta.update(template="facet.html", title=str(finding.title), description=finding.description)
        elif isinstance(finding, FacetIndexPage):
            page.meta.update(template="facet-index.html", title=str(finding.title))
        elif finding == "search":
            page.meta.update(template="search.html", title=plain(self._localizer(config).t("search")))
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        l10n = self._localizer(config)
        if _PROJECT_PAGE.fullmatch(page.file.src_uri):
            # The body sits under the page's own "About the project" heading.
            html = re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
        # The toc extension's permalink title is one setting for all languages.
        html = html.replace('title="Permanent link"', f'title="{plain(l10n.t("permalink"))}"')
        return safe_page_content(html, page, l10n.t("email_at"))

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
        extra["showcase"] = ShowcaseContext(site, language, self.catalogue)
        finding = self._finding_page(page, config)
        if isinstance(finding, FacetPage):
            extra["facet"] = finding
        elif isinstance(finding, FacetIndexPage):
            extra["facet_index"] = finding
        view = self._project_page(page, config)
        if view is not None:
            extra["project"] = view
            page.toc = _project_toc(view, page.toc, bool(self.catalogue.related.get(view.id)))
            if view.is_fallback:
                # The original is the page search engines should index.
                extra["showcase_robots"] = "noindex, follow"
        # Canonical, hreflang, social cards, JSON-LD, feeds (also sets page.canonical_url).
        self._sharing.update_context(extra, site, page, config, language, view)
        if page.meta.get("template") == self.config.accessibility_template:
            extra["accessibility"] = statement = self._accessibility(config)
            page.toc = _accessibility_toc(statement, page.toc)
        _relative_alternates(config)
        return context

    def _accessibility(self, config: MkDocsConfig) -> AccessibilityStatement:
        try:
            return AccessibilityStatement.from_config(self._localizer(config), config.extra.get("accessibility"))
        except ValueError as error:
            raise PluginError(str(error)) from None

    # -- publishing: any address, 404 pages per language, CNAME -------------------
    def on_template_context(self, context: TemplateContext, template_name: str, config: MkDocsConfig) -> TemplateContext:
        if template_name == NOT_FOUND_PAGE:
            site = self.site
            extra = cast(dict[str, Any], context)
            not_found = NotFound(self._language(config), site.default_language, site.languages, base_path(config.site_url))
            extra["showcase"] = ShowcaseContext(site, not_found.language)
            extra["showcase_not_found"] = not_found
            # Served at any depth: the switcher leads to each language's home, by absolute path.
            names = {alt["lang"]: alt["name"] for alt in _alternates(config)}
            if names:
                _set_alternates(config, not_found.alternates(names))
        return context

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        if template_name == NOT_FOUND_PAGE:
            output_content = valid_material_html(output_content)
            # static-i18n writes every language's 404.html to the site root;
            # on_post_build puts each where it belongs.
            self._not_found[self._language(config)] = output_content
        return output_content

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        # The page is written next; MkDocs keeps every page of every language
        # until the end of the build, and nothing reads these two again: dropping
        # them saves a third of the build's memory at 1,000 projects.
        page.content = None
        page.markdown = None
        return valid_material_html(output)

    def _write_publishing_files(self, config: MkDocsConfig) -> None:
        """Each language's 404 page in its place, and the CNAME file.

        Idempotent: it writes every 404 page rendered so far, so it is right
        whether it runs after each language's build or once after all of them.
        """
        site = self.site
        root = Path(config.site_dir)
        for language, output in self._not_found.items():
            folder = root if language == site.default_language else root / language
            folder.mkdir(parents=True, exist_ok=True)
            (folder / NOT_FOUND_PAGE).write_text(output, encoding="utf-8")
        host = cname(config.site_url, self.config.cname)
        if host:
            (root / "CNAME").write_text(host + "\n", encoding="utf-8")

    def _write_admin(self, config: MkDocsConfig) -> None:
        """Sveltia CMS at /admin/: one copy at the site root, written once all languages are built."""
        site = self.site
        repo = self.config.cms_repo or github_repo(config.repo_url)
        if not repo:
            log.info("The content editor (/admin/) is not built: set cms_repo or repo_url to its GitHub repository")
            return
        dist = Path(config.config_file_path).parent / "node_modules" / "@sveltia" / "cms" / "dist"
        if not (dist / SVELTIA_SCRIPT).is_file():
            # A warning: --strict (make build, make serve, CI) fails on it; a plain build goes on without /admin/.
            log.warning(f"The content editor (/admin/) needs Sveltia CMS from npm, missing at {dist}: run `make node-deps` (npm ci)")
            return
        write_admin(Path(config.site_dir) / ADMIN_DIR, cms_config(site, repo, self.config.cms_branch, config.site_url or ""), dist)


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

    def __init__(self, site: SiteContent, language: str, catalogue: Catalogue | None = None):
        self.site = site
        self.language = language
        self.l10n = Localizer(language, site.ui[language])
        self.catalogue = catalogue or Catalogue(site)

    def t(self, key: str, **values: Any) -> Markup:
        """An interface string, escaped for HTML."""
        return plain(self.l10n.t(key, **values))

    def plural(self, key: str, n: int) -> Markup:
        return plain(self.l10n.plural(key, n))

    @property
    def cards(self) -> list[Any]:
        return self.catalogue.cards(self.language)

    # -- finding projects ------------------------------------------------------
    def plural_forms(self, key: str) -> dict[str, str]:
        """The CLDR plural forms of ``key`` ({n} left in), for scripts that count."""
        forms = self.l10n.strings[key]
        return {str(k): str(v) for k, v in forms.items()} if isinstance(forms, dict) else {"other": str(forms)}

    @property
    def filters(self) -> tuple[Any, ...]:
        return self.catalogue.filters(self.language)

    @property
    def browse_links(self) -> tuple[tuple[str, Markup], ...]:
        return browse_links(self.site, self.language)

    def related(self, project_id: str) -> list[ProjectCard]:
        return self.catalogue.related_cards(project_id, self.language)

    @property
    def search_path(self) -> str:
        return page_path(self.site, self.language, f"{SEARCH_PATH}/")

    def page_path(self, path: str) -> str:
        """``path`` in the current language, e.g. ``projects/`` → ``en/projects/``."""
        return page_path(self.site, self.language, path)


def _alternates(config: MkDocsConfig) -> list[dict[str, str]]:
    """The language switcher's entries as templates see them.

    ``config.extra`` is a UserDict: static-i18n sets ``extra.alternate`` per
    page as an attribute, which Jinja's ``config.extra.alternate`` finds before
    the item of the same name.
    """
    extra = config.extra
    return cast(list[dict[str, str]], vars(extra).get("alternate") or extra.get("alternate") or [])


def _set_alternates(config: MkDocsConfig, alternates: list[dict[str, str]]) -> None:
    """Set both the attribute (what Jinja reads) and the item (what static-i18n resets)."""
    setattr(config.extra, "alternate", alternates)  # noqa: B010 (a UserDict attribute, not an item)
    config.extra["alternate"] = alternates


def _relative_alternates(config: MkDocsConfig) -> None:
    """The language switcher's links relative to the site root (see :func:`publish.site_relative`)."""
    _set_alternates(
        config, [{**alt, "link": site_relative(alt["link"], config.site_url)} for alt in _alternates(config)]
    )


def _accessibility_toc(statement: AccessibilityStatement, body_toc: TableOfContents) -> TableOfContents:
    """The statement's headings, then the two sections its template adds."""
    t = statement.l10n.t
    items = list(body_toc)
    items.append(AnchorLink(str(plain(t("a11y_feedback"))), statement.FEEDBACK_ID, 2))
    if statement.prepared is not None:
        items.append(AnchorLink(str(plain(t("a11y_prepared"))), statement.PREPARED_ID, 2))
    return TableOfContents(items)


def _project_toc(view: ProjectPage, body_toc: TableOfContents, related: bool = False) -> TableOfContents:
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
    if related:
        items.append(link(t("related_projects"), "related-projects"))
    return TableOfContents(items)


def _stat_tree(folder: Path) -> list[tuple[str, int, int]]:
    if not folder.is_dir():
        return []
    stats = ((path, path.stat()) for path in folder.rglob("*"))
    return sorted((str(path), stat.st_mtime_ns, stat.st_size) for path, stat in stats if S_ISREG(stat.st_mode))
