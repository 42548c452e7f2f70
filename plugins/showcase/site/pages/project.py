"""The page of one project (``projects/<id>/``), in every language.

Its view is :class:`~showcase.site.views.ProjectPage`. The parts of the page,
in order, are listed once, in :data:`PARTS`: ``project.html`` renders them in
that order and the table of contents is made from the same list, so the two
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...paths import PROJECTS_PATH
from ..markup import plain
from ..views import ProjectPage
from .kind import GeneratedKind, Heading, Shown, Toc, demote_headings, page_html

if TYPE_CHECKING:
    from .registry import SitePages

PartHeadings = Callable[[ProjectPage, bool], tuple[Heading, ...]]
"""What a part adds to the table of contents, given the view and whether the project has related projects."""


def _no_headings(view: ProjectPage, related: bool) -> tuple[Heading, ...]:
    return ()


def _heading(key: str, anchor: str, shown: Callable[[ProjectPage, bool], bool] = lambda view, related: True) -> PartHeadings:
    """A part with one heading, the interface string ``key``, when ``shown``."""

    def headings(view: ProjectPage, related: bool) -> tuple[Heading, ...]:
        return (Heading(plain(view.l10n.t(key)), anchor),) if shown(view, related) else ()

    return headings


def _about(view: ProjectPage, related: bool) -> tuple[Heading, ...]:
    return (Heading(plain(view.l10n.t("about")), "about", body=True),) if view.has_body else ()


def _sections(view: ProjectPage, related: bool) -> tuple[Heading, ...]:
    return tuple(Heading(plain(section.heading), section.id) for section in view.sections)


def _always(view: ProjectPage) -> bool:
    return True


@dataclass(frozen=True)
class Part:
    """One part of a project page: its partial template and its headings in the table of contents."""

    name: str
    headings: PartHeadings = _no_headings
    present: Callable[[ProjectPage], bool] = _always
    """Whether the page has the part at all: a part that is not is not included (not even its whitespace)."""

    @property
    def partial(self) -> str:
        return f"partials/showcase/project-{self.name}.html"


PARTS: tuple[Part, ...] = (
    Part("notice"),
    Part("header"),
    Part("image"),
    Part("facts", _heading("key_facts", "key-facts")),
    Part("figures"),
    Part("map", _heading("map_title_project", "map")),
    Part("about", _about),
    Part("sections", _sections),
    Part("gallery", _heading("gallery", "gallery"), lambda view: bool(view.gallery)),
    Part("documents", _heading("documents", "documents"), lambda view: bool(view.documents)),
    Part("indicators", _heading("indicators", "indicators"), lambda view: view.results is not None),
    Part("timeline", _heading("events", "events"), lambda view: bool(view.timeline)),
    Part("contacts", _heading("contacts", "contacts", lambda view, related: bool(view.contacts))),
    Part("links", _heading("links", "links", lambda view, related: bool(view.links))),
    Part("logos", present=lambda view: bool(view.logos)),
    Part("acknowledgement"),
    Part("data"),
    Part("related", _heading("related_projects", "related-projects", lambda view, related: related)),
)
"""The parts of a project page, in the order ``project.html`` shows them."""


class ProjectKind(GeneratedKind[ProjectPage]):
    """The page of one project."""

    def __init__(self, pages: SitePages, project_id: str):
        super().__init__(pages, f"{PROJECTS_PATH}/{project_id}")
        self.id = project_id

    def make_view(self, language: str) -> ProjectPage:
        return self.pages.project_page(self.id, language)

    def project(self, language: str) -> ProjectPage:
        return self.view(language)

    def translated(self) -> tuple[str, ...]:
        texts = self.pages.site.project(self.id).texts
        return tuple(language for language in self.pages.site.languages if language in texts)

    def original(self, language: str) -> str:
        return self.pages.site.project(self.id).facts.original_language

    def shows(self, language: str) -> Shown:
        """The project and its related projects (their cards)."""
        return Shown((self.id, *self.pages.catalogue.related.get(self.id, ())))

    def source(self, language: str) -> str:
        # Empty front matter keeps MkDocs from reading a first line like
        # "Note: ..." of the body as MultiMarkdown metadata.
        return "---\nshowcase: project\n---\n\n" + str(self.view(language).texts.get("body"))

    def meta(self, language: str) -> dict[str, Any]:
        view = self.view(language)
        # Material prints page titles unescaped in the navigation and the
        # table of contents; main.html escapes the description itself.
        template = self.pages.settings.project_template
        return {"template": template, "title": str(view.title), "description": view.summary_text}

    def context(self, language: str) -> dict[str, Any]:
        view = self.view(language)
        context: dict[str, Any] = {"project": view, "project_parts": tuple(part for part in PARTS if part.present(view))}
        if view.is_fallback:
            # The original is the page search engines should index.
            context["showcase_robots"] = "noindex, follow"
        return context

    def toc(self, language: str) -> Toc:
        view = self.view(language)
        related = bool(self.pages.catalogue.related.get(self.id))
        has_map = self.pages.map_views(language).project(self.id) is not None
        parts = (part for part in PARTS if part.present(view) and (part.name != "map" or has_map))
        return tuple(heading for part in parts for heading in part.headings(view, related))

    def content_html(self, html: str, language: str) -> str:
        # The body sits under the page's own "About the project" heading.
        return page_html(demote_headings(html), self.pages.localizer(language))
