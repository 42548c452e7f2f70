"""The template API: what every template gets as ``showcase``.

One per language (:meth:`SitePages.template_api`): the interface strings and
plural forms of the language, the project cards, the list's filters, related
projects and addresses in the language. Values are escaped HTML
(:class:`markupsafe.Markup`) or plain data; nothing here knows MkDocs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..publishing.search import SEARCH_PATH
from .cards import ProjectCard
from .facets import FilterGroup, browse_links
from .maps.views import LanguageMaps
from .markup import plain

if TYPE_CHECKING:
    from .pages.registry import SitePages


class ShowcaseContext:
    """What every template gets as ``showcase``: the language and the projects."""

    def __init__(self, pages: SitePages, language: str):
        self.pages = pages
        self.site = pages.site
        self.language = language
        self.l10n = pages.localizer(language)
        self.catalogue = pages.catalogue

    def t(self, key: str, **values: Any) -> Markup:
        """An interface string, escaped for HTML."""
        return plain(self.l10n.t(key, **values))

    def plural(self, key: str, n: int) -> Markup:
        return plain(self.l10n.plural(key, n))

    @property
    def cards(self) -> list[ProjectCard]:
        return self.catalogue.cards(self.language)

    # -- finding projects ------------------------------------------------------
    def plural_forms(self, key: str) -> dict[str, str]:
        """The CLDR plural forms of ``key`` ({n} left in), for scripts that count."""
        forms = self.l10n.strings[key]
        return {str(k): str(v) for k, v in forms.items()} if isinstance(forms, dict) else {"other": str(forms)}

    @property
    def filters(self) -> tuple[FilterGroup, ...]:
        return self.catalogue.filters(self.language)

    @property
    def browse_links(self) -> tuple[tuple[str, Markup], ...]:
        return browse_links(self.pages, self.language)

    @property
    def maps(self) -> LanguageMaps:
        """The maps of the language: ``maps.project(id)``, ``maps.projects``, ``maps.home``, ``maps.country(code)``."""
        return self.pages.map_views(self.language)

    def related(self, project_id: str) -> list[ProjectCard]:
        return self.catalogue.related_cards(project_id, self.language)

    @property
    def search_path(self) -> str:
        return self.page_path(f"{SEARCH_PATH}/")

    def page_path(self, path: str) -> str:
        """``path`` in the current language, e.g. ``projects/`` → ``en/projects/``."""
        return self.pages.path(self.language, path)
