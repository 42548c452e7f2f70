"""The registry of page kinds: every page of one loaded content, and the views they share.

:class:`SitePages` is made once per change of the content. It holds what is
made once and shared by every page: the catalogue (facets, related projects,
cards), one :class:`ProjectPage` per project and language, the template API
of each language. It says which pages the core writes (one :mod:`kind <.kind>`
object per page, found by the Markdown file it stands for) and which kind an
editor's Markdown page is (by the template its front matter names).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ...content.history import NO_HISTORY, ContentHistory
from ...content.model import SiteContent
from ...paths import page_path
from ..context import ShowcaseContext
from ..facets import FACET_KINDS, Catalogue
from ..localize import Localizer, localizer
from ..maps.drawing import SiteMaps
from ..maps.places import PlaceSource, places_from_content
from ..maps.views import LanguageMaps
from ..views import ProjectPage
from .about import AboutKind
from .accessibility import AccessibilityKind
from .facet import FacetKind
from .facet_index import FacetIndexKind
from .home import HomeKind
from .kind import GeneratedKind, PageKind
from .markdown import MarkdownKind
from .not_found import NotFoundKind
from .open_data import OpenDataKind
from .project import ProjectKind
from .project_list import ProjectListKind
from .search import SearchKind


@dataclass(frozen=True)
class PageSettings:
    """What ``mkdocs.yml`` says about the pages: the templates of two kinds and ``extra``."""

    project_template: str = "project.html"
    accessibility_template: str = "accessibility.html"
    extra: Mapping[str, Any] = field(default_factory=dict)
    atlas_dir: Path | None = None
    """world-atlas's folder (``node_modules/world-atlas``); None: no maps."""


class SitePages:
    """The pages of one loaded content, by kind, and the views they share (made when first asked for)."""

    def __init__(self, site: SiteContent, history: ContentHistory = NO_HISTORY, settings: PageSettings | None = None):
        self.site = site
        self.history = history
        self.settings = settings or PageSettings()
        self.catalogue = Catalogue(self)
        self._projects: dict[tuple[str, str], ProjectPage] = {}
        self._template_api: dict[str, ShowcaseContext] = {}
        self._maps: dict[str, LanguageMaps] = {}
        self._site_maps: SiteMaps | None = None
        self.place_source: PlaceSource = places_from_content
        """Where the maps' places come from (:mod:`showcase.site.maps.places`)."""
        self.not_found = NotFoundKind(self)

    # -- shared views ------------------------------------------------------------
    def localizer(self, language: str) -> Localizer:
        return localizer(self.site, language)

    def path(self, language: str, path: str = "") -> str:
        """``path`` in ``language``: ``projects/`` → ``en/projects/``."""
        return page_path(self.site, language, path)

    def project_page(self, project_id: str, language: str) -> ProjectPage:
        """The view of a project in a language: the one every page, card and feed shows."""
        key = (project_id, language)
        found = self._projects.get(key)
        if found is None:
            project = self.site.project(project_id)
            changed = None
            if self.history.available and self.history.is_outdated(project, language):
                change = self.history.last_change(project.original.source)
                changed = change.date if change else None
            found = self._projects[key] = ProjectPage(self.site, project, language, original_changed=changed)
        return found

    def template_api(self, language: str) -> ShowcaseContext:
        """What every template of ``language`` gets as ``showcase``."""
        found = self._template_api.get(language)
        if found is None:
            found = self._template_api[language] = ShowcaseContext(self, language)
        return found

    @property
    def maps(self) -> SiteMaps | None:
        """The site's maps, drawn when first asked for; None when the settings name no world-atlas."""
        atlas_dir = self.settings.atlas_dir
        if atlas_dir is None:
            return None
        if self._site_maps is None or self._site_maps.atlas_dir != atlas_dir:
            self._site_maps = SiteMaps(self.place_source(self.site), atlas_dir)
        return self._site_maps

    def use_places(self, source: PlaceSource) -> None:
        """Take the maps' places from ``source`` (a test site's own), drawing them anew."""
        if source is not self.place_source:
            self.place_source, self._site_maps, self._maps = source, None, {}

    def map_views(self, language: str) -> LanguageMaps:
        """The maps of ``language`` (``showcase.maps`` in templates)."""
        found = self._maps.get(language)
        if found is None:
            found = self._maps[language] = LanguageMaps(self, language)
        return found

    # -- the pages ---------------------------------------------------------------
    @cached_property
    def generated(self) -> tuple[GeneratedKind[Any], ...]:
        """The pages the core writes: each project, each facet value and kind, the search page."""
        kinds: list[GeneratedKind[Any]] = [
            ProjectKind(self, project.id) for project in self.site.projects
        ]
        for kind in FACET_KINDS:
            kinds.append(FacetIndexKind(self, kind))
            kinds += [FacetKind(self, kind, value) for value in self.catalogue.postings[kind]]
        kinds.append(SearchKind(self))
        return tuple(kinds)

    def sources(self) -> Iterator[tuple[str, GeneratedKind[Any], str]]:
        """(Markdown file, kind, language) of every generated page in every language."""
        for kind in self.generated:
            for language in self.site.languages:
                yield kind.src_uri(language), kind, language

    @cached_property
    def _by_source(self) -> Mapping[str, GeneratedKind[Any]]:
        return {src_uri: kind for src_uri, kind, _ in self.sources()}

    def generated_page(self, src_uri: str) -> GeneratedKind[Any] | None:
        """The generated page that the Markdown file ``src_uri`` stands for, if any."""
        return self._by_source.get(src_uri)

    @cached_property
    def _markdown_kinds(self) -> Mapping[str, MarkdownKind]:
        kinds = [HomeKind(self), ProjectListKind(self), OpenDataKind(self), AboutKind(self)]
        return {str(kind.template): kind for kind in kinds}

    @cached_property
    def _accessibility(self) -> AccessibilityKind:
        return AccessibilityKind(self)

    @cached_property
    def _plain(self) -> MarkdownKind:
        return MarkdownKind(self)

    def markdown_page(self, template: str | None) -> MarkdownKind:
        """The kind of an editor's Markdown page whose front matter names ``template``."""
        if template == self.settings.accessibility_template:
            return self._accessibility
        return self._markdown_kinds.get(template or "", self._plain)

    def kind(self, src_uri: str, template: str | None) -> PageKind:
        """The kind of a page: a generated one by its file, else an editor's by its template."""
        return self.generated_page(src_uri) or self.markdown_page(template)
