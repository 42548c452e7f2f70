"""Pages the editors write in Markdown (``content/*.md``), by the template their front matter names.

The home page (``home.html``), the project list (``projects.html``), the
"Open data" page (``open-data.html``) and the accessibility statement
(``accessibility.html``): their text, title and address are the editors'; the
kind adds what the template needs besides (the downloads, the statement's
contact and date) and, for the statement, the headings its template adds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...publishing import exports, feeds
from ...publishing.publish import AccessibilityStatement
from ..markup import plain
from .kind import BODY, Heading, PageKind, Toc

if TYPE_CHECKING:
    from .registry import SitePages


class SettingsError(ValueError):
    """A setting in ``mkdocs.yml`` is wrong; the message names it."""


class MarkdownKind(PageKind):
    """A page written in Markdown whose template needs nothing beyond ``showcase``."""

    def __init__(self, pages: SitePages, template: str | None = None):
        super().__init__(pages)
        self.template = template

    def meta(self, language: str) -> dict[str, Any]:
        return {}  # the template is the one its front matter names


def licence(extra: Mapping[str, Any]) -> dict[str, str]:
    """The licence of the open data: ``extra.open_data_licence`` (name, url) in mkdocs.yml."""
    value = extra.get("open_data_licence")
    if isinstance(value, Mapping) and value.get("name"):
        return {"name": str(value["name"]), "url": str(value.get("url") or "")}
    return dict(exports.DEFAULT_LICENCE)


@dataclass(frozen=True)
class OpenDataPage:
    """What the "Open data" page lists."""

    licence: dict[str, str]
    downloads: tuple[exports.Download, ...]
    projects: tuple[exports.Download, ...]
    schemas: tuple[exports.Download, ...]


class OpenDataKind(MarkdownKind):
    """The "Open data" page: the licence and a link to every export."""

    def context(self, language: str) -> dict[str, Any]:
        site = self.pages.site
        page = OpenDataPage(
            licence(self.pages.settings.extra),
            tuple(exports.open_data_downloads(site, language, feeds.feed_path(site, language))),
            tuple(exports.project_downloads(site, language)),
            tuple(exports.schema_downloads()),
        )
        return {"showcase_open_data": page}


class AccessibilityKind(MarkdownKind):
    """The accessibility statement: its text, then the contact and the date set in ``extra.accessibility``."""

    def __init__(self, pages: SitePages):
        super().__init__(pages, pages.settings.accessibility_template)

    def statement(self, language: str) -> AccessibilityStatement:
        try:
            return AccessibilityStatement.from_config(self.pages.localizer(language), self.pages.settings.extra.get("accessibility"))
        except ValueError as error:
            raise SettingsError(str(error)) from None

    def context(self, language: str) -> dict[str, Any]:
        return {"accessibility": self.statement(language)}

    def toc(self, language: str) -> Toc:
        """The statement's headings, then the two sections its template adds."""
        statement = self.statement(language)
        t = statement.l10n.t
        feedback = Heading(plain(t("a11y_feedback")), statement.FEEDBACK_ID)
        prepared = (Heading(plain(t("a11y_prepared")), statement.PREPARED_ID),) if statement.prepared is not None else ()
        return (BODY, feedback, *prepared)
