"""The pages for finding projects: one per facet value, one index per facet kind, and the search page.

``topics/<id>/``, ``countries/<cc>/``, ``organisations/<id>/``,
``funders/<id>/`` for each value that has projects, ``topics/`` ... for each
kind, and ``search/``; in every language. Their views come from
:mod:`showcase.site.facets`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...publishing.search import SEARCH_PATH
from ..addresses import facet_slug
from ..facets import FacetIndexPage, FacetPage
from .kind import GeneratedKind

if TYPE_CHECKING:
    from .registry import SitePages


class FacetKind(GeneratedKind[FacetPage]):
    """The page of one topic, country, organisation or funder: the projects that have it."""

    template = "facet.html"

    def __init__(self, pages: SitePages, kind: str, value: str):
        super().__init__(pages, f"{kind}/{facet_slug(kind, value)}")
        self.kind = kind
        self.value = value

    def make_view(self, language: str) -> FacetPage:
        return self.pages.catalogue.facet_page(self.kind, self.value, language)

    def organisation(self) -> str | None:
        return self.value if self.kind == "organisations" else None

    def meta(self, language: str) -> dict[str, Any]:
        view = self.view(language)
        return {"template": self.template, "title": str(view.title), "description": view.description}

    def context(self, language: str) -> dict[str, Any]:
        return {"facet": self.view(language)}


class FacetIndexKind(GeneratedKind[FacetIndexPage]):
    """The page of one facet kind (``topics/`` ...): every value that has projects."""

    template = "facet-index.html"

    def __init__(self, pages: SitePages, kind: str):
        super().__init__(pages, kind)
        self.kind = kind

    def make_view(self, language: str) -> FacetIndexPage:
        return self.pages.catalogue.facet_index(self.kind, language)

    def meta(self, language: str) -> dict[str, Any]:
        return {"template": self.template, "title": str(self.view(language).title)}

    def context(self, language: str) -> dict[str, Any]:
        return {"facet_index": self.view(language)}


class SearchKind(GeneratedKind[None]):
    """The search page: its form and results are its template's and the browser's."""

    template = "search.html"

    def __init__(self, pages: SitePages):
        super().__init__(pages, SEARCH_PATH)

    def make_view(self, language: str) -> None:
        return None

    def meta(self, language: str) -> dict[str, Any]:
        return {"template": self.template, "title": str(self.pages.localizer(language).t("search"))}
