"""The page of one project (``projects/<id>/``), in every language.

Its view is :class:`~showcase.site.views.ProjectPage`. The parts of the page,
in order, are listed once, in :data:`PARTS`: ``project.html`` renders them in
that order and the table of contents is made from the same list, so the two
cannot drift apart.

Each part belongs to a region of the page (:data:`REGIONS`): the head (title,
summary, picture) across the page; the facts and the aside (contacts,
sharing) in a column beside the story on a wide screen, on a phone the facts
above the story and the aside after it; the end (related projects).
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


REGIONS = ("head", "facts", "story", "aside", "end")
"""The regions of a project page, in reading order (``project.html`` lays them out)."""


def _always(view: ProjectPage) -> bool:
    return True


@dataclass(frozen=True)
class Part:
    """One part of a project page: its partial template, its region and its headings in the table of contents."""

    name: str
    headings: PartHeadings = _no_headings
    region: str = "story"
    """One of :data:`REGIONS`."""
    present: Callable[[ProjectPage], bool] = _always
    """Whether the page has the part at all: a part that is not is not included (not even its whitespace)."""

    @property
    def partial(self) -> str:
        return f"partials/showcase/project-{self.name}.html"


PARTS: tuple[Part, ...] = (
    Part("notice", region="head"),
    Part("header", region="head"),
    Part("image", region="head"),
    Part("facts", _heading("key_facts", "key-facts"), region="facts"),
    Part("map", _heading("map_title_project", "map"), region="facts"),
    Part("links", _heading("links", "links", lambda view, related: bool(view.links)), region="facts"),
    Part("figures"),
    Part("about", _about),
    Part("sections", _sections),
    Part("gallery", _heading("gallery", "gallery"), present=lambda view: bool(view.gallery)),
    Part("documents", _heading("documents", "documents"), present=lambda view: bool(view.documents)),
    Part("indicators", _heading("indicators", "indicators"), present=lambda view: view.results is not None),
    Part("timeline", _heading("events", "events"), present=lambda view: bool(view.timeline)),
    Part("logos", present=lambda view: bool(view.logos)),
    Part("acknowledgement"),
    Part("data"),
    Part("contacts", _heading("contacts", "contacts", lambda view, related: bool(view.contacts)), region="aside"),
    Part("share", _heading("share", "share"), region="aside"),
    Part("report", region="aside"),
    Part("related", _heading("related_projects", "related-projects", lambda view, related: related), region="end"),
)
"""The parts of a project page; ``project.html`` shows them region by region (:data:`REGIONS`), in this order within each."""


def parts_in_order(view: ProjectPage) -> tuple[Part, ...]:
    """The parts the page has, in the order it shows them: region by region."""
    return tuple(part for region in REGIONS for part in PARTS if part.region == region and part.present(view))


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
        context: dict[str, Any] = {"project": view, "project_parts": parts_in_order(view), "project_regions": REGIONS}
        if view.is_fallback:
            # The original is the page search engines should index.
            context["showcase_robots"] = "noindex, follow"
        return context

    def toc(self, language: str) -> Toc:
        view = self.view(language)
        related = bool(self.pages.catalogue.related.get(self.id))
        has_map = self.pages.map_views(language).project(self.id) is not None
        parts = (part for part in parts_in_order(view) if part.name != "map" or has_map)
        return tuple(heading for part in parts for heading in part.headings(view, related))

    def content_html(self, html: str, language: str) -> str:
        # The body sits under the page's own "About the project" heading.
        return page_html(demote_headings(html), self.pages.localizer(language))
