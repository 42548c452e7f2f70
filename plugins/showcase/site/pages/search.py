"""The search page of each language: ``search/``, ``en/search/``, ``bg/search/``.

The form and the results are its template's and the browser's
(:mod:`showcase.publishing.search` writes the index).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...publishing.search import SEARCH_PATH
from ..markup import plain
from .kind import NO_PROJECT, GeneratedKind, Shown

if TYPE_CHECKING:
    from .registry import SitePages


class SearchKind(GeneratedKind[None]):
    """The search page: its form and results are its template's and the browser's."""

    template = "search.html"

    def __init__(self, pages: SitePages):
        super().__init__(pages, SEARCH_PATH)

    def make_view(self, language: str) -> None:
        return None

    def shows(self, language: str) -> Shown:
        return NO_PROJECT

    def meta(self, language: str) -> dict[str, Any]:
        return {"template": self.template, "title": plain(self.pages.localizer(language).t("search"))}
