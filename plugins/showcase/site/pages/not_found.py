"""The "not found" page of each language: ``404.html``, ``en/404.html``, ``bg/404.html``.

Not a Markdown page: the theme's ``404.html`` template rendered once per
language. Servers show it at any depth, so its links are absolute paths from
the site's base path (see :class:`showcase.publishing.publish.NotFound`).
"""

from __future__ import annotations

from typing import Any

from ...paths import page_path
from ...publishing.publish import NOT_FOUND_PAGE, NotFound
from .kind import PageKind


class NotFoundKind(PageKind):
    """The 404 page, in every language."""

    template = NOT_FOUND_PAGE

    def path(self, language: str) -> str:
        """Where the language's 404 page is written, relative to the site root."""
        return page_path(self.pages.site, language, NOT_FOUND_PAGE)

    def view(self, language: str, base_path: str) -> NotFound:
        """The page in ``language``, for a site served under ``base_path`` (``/`` or ``/REPO/``)."""
        site = self.pages.site
        return NotFound(language, site.default_language, site.languages, base_path)

    def page_context(self, view: NotFound) -> dict[str, Any]:
        """The template's variables, ``showcase`` included (a theme template gets no page's context)."""
        return {"showcase": self.pages.template_api(view.language), "showcase_not_found": view}
