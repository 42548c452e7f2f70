"""The page of one facet value: ``topics/<id>/``, ``countries/<cc>/``, ``organisations/<id>/``, ``funders/<id>/``.

One for each value that has projects, in every language; its view is
:class:`showcase.site.facets.FacetPage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...paths import facet_slug
from ..facets import FacetPage
from .kind import GeneratedKind, Shown

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

    def shows(self, language: str) -> Shown:
        """The cards of the projects holding the value, newest first; an organisation's country page, if any."""
        view = self.view(language)
        return Shown(tuple(card.id for card in view.cards), view.country is not None and view.country[1] is not None)

    def organisation(self) -> str | None:
        return self.value if self.kind == "organisations" else None

    def meta(self, language: str) -> dict[str, Any]:
        view = self.view(language)
        return {"template": self.template, "title": str(view.title), "description": view.description}

    def context(self, language: str) -> dict[str, Any]:
        return {"facet": self.view(language)}
