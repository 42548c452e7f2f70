"""The page of one facet kind (``topics/``, ``countries/`` ...): every value that has projects.

Its view is :class:`showcase.site.facets.FacetIndexPage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..facets import FacetIndexPage
from .kind import GeneratedKind, Shown

if TYPE_CHECKING:
    from .registry import SitePages


class FacetIndexKind(GeneratedKind[FacetIndexPage]):
    """The page of one facet kind (``topics/`` ...): every value that has projects."""

    template = "facet-index.html"

    def __init__(self, pages: SitePages, kind: str):
        super().__init__(pages, kind)
        self.kind = kind

    def make_view(self, language: str) -> FacetIndexPage:
        return self.pages.catalogue.facet_index(self.kind, language)

    def shows(self, language: str) -> Shown:
        """No project, but how many projects hold each value."""
        return Shown((), tuple((value, len(ids)) for value, ids in self.pages.catalogue.postings[self.kind].items()))

    def meta(self, language: str) -> dict[str, Any]:
        return {"template": self.template, "title": str(self.view(language).title)}

    def context(self, language: str) -> dict[str, Any]:
        return {"facet_index": self.view(language)}
