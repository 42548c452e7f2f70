"""What every kind of page says about itself, whatever renders it.

A page kind knows one page in every language: where it lives, the template
that shows it, the view that template gets (made once per language, when first
asked for), the headings of its table of contents, and what its ``<head>``
says about it. The MkDocs adapter asks; nothing here knows MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from markupsafe import Markup

from ..localize import Localizer
from ..markup import plain, protect_emails
from ..sanitize import sanitize_html

if TYPE_CHECKING:
    from ..views import ProjectPage
    from .registry import SitePages

View = TypeVar("View")


class SettingsError(ValueError):
    """A setting in ``mkdocs.yml`` that a page needs is wrong; the message names it."""


@dataclass(frozen=True)
class Heading:
    """A heading of the table of contents that the template adds to the page's own."""

    title: Markup
    anchor: str
    body: bool = False
    """The page body's own headings go under this one, a level down."""


@dataclass(frozen=True)
class Shown:
    """What of the content a page shows, for rebuilding only the pages a change touches.

    The page is the same as long as ``projects`` and ``derived`` are and none
    of those projects changed: a preview re-renders it otherwise.
    """

    projects: tuple[str, ...] | None
    """The projects whose texts or facts the page shows, in the order it shows them; None: every project."""
    derived: Hashable = ()
    """Anything else it shows that comes from other projects (counts, whether a page exists)."""


EVERY_PROJECT = Shown(None)
"""What a page that may show anything of any project depends on: any change re-renders it."""

NO_PROJECT = Shown(())
"""A page that shows nothing of the projects: only a change to the data or the templates re-renders it."""


BODY: Literal["body"] = "body"
"""In a table of contents: the page body's own headings, at their place and level."""

Toc = tuple[Heading | Literal["body"], ...]


def page_html(html: str, l10n: Localizer) -> str:
    """A page body's HTML in its language: cleaned by the allowlist, the permalinks' title, e-mail addresses protected.

    The toc extension's permalink title is one setting for all languages.
    """
    html = sanitize_html(html)
    html = html.replace('title="Permanent link"', f'title="{plain(l10n.t("permalink"))}"')
    return protect_emails(html, l10n.t("email_at"))


_HEADING_TAG = re.compile(r"<(/?)h([1-5])\b")


def demote_headings(html: str) -> str:
    """``<h1>`` becomes ``<h2>`` and so on: a body shown under a heading of the page's own."""
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)


class PageKind:
    """One page in every language; subclasses say what is particular to theirs."""

    template: str | None = None
    """The template that shows the page; None: the one its front matter names, else the theme's."""

    def __init__(self, pages: SitePages):
        self.pages = pages

    # -- what the page is ------------------------------------------------------
    @property
    def base(self) -> str | None:
        """The page's address without the language prefix (``topics/x/``); None: wherever its Markdown file puts it."""
        return None

    def translated(self) -> tuple[str, ...] | None:
        """The languages the page has a text of its own in; None: those that have a Markdown file."""
        return None

    def original(self, language: str) -> str | None:
        """The language to send readers and search engines to when ``language`` has no text; None: the file's."""
        return None

    def organisation(self) -> str | None:
        """The organisation the page is about (its JSON-LD), if any."""
        return None

    def project(self, language: str) -> ProjectPage | None:
        """The project the page shows (its title, image and JSON-LD in the ``<head>``), if any."""
        return None

    def shows(self, language: str) -> Shown:
        """What of the content the page shows in ``language`` (default: anything: a new kind is always re-rendered)."""
        return EVERY_PROJECT

    # -- what the template gets ------------------------------------------------
    def meta(self, language: str) -> dict[str, Any]:
        """Front matter the page gets on top of its own: template, title, description."""
        return {"template": self.template} if self.template else {}

    def context(self, language: str) -> dict[str, Any]:
        """The template's variables besides ``showcase`` (the language's :class:`ShowcaseContext`)."""
        return {}

    def toc(self, language: str) -> Toc | None:
        """The table of contents; None: the body's own headings."""
        return None

    keeps_toc: bool = False
    """Whether the table of contents stands beside the text (when it has headings to jump between)."""

    def hidden_sidebars(self, toc_entries: int) -> list[str]:
        """Material's sidebars the page hides (its ``hide:``): the navigation always, the tabs hold
        it; the table of contents unless the page is a text to jump around in."""
        return ["navigation"] if self.keeps_toc and toc_entries >= 2 else ["navigation", "toc"]

    def content_html(self, html: str, language: str) -> str:
        """The body's HTML as rendered from Markdown, made ready for the page."""
        return page_html(html, self.pages.localizer(language))


class GeneratedKind(PageKind, Generic[View]):
    """A page the core writes in every language (no file of the editors'): its source and address are its own.

    It has a file in every language, so the languages with a text of their
    own are those of its files, as for any page (:meth:`translated`).
    """

    def __init__(self, pages: SitePages, folder: str):
        super().__init__(pages)
        self.folder = folder
        self._views: dict[str, View] = {}

    @property
    def base(self) -> str:
        return f"{self.folder}/"

    def src_uri(self, language: str) -> str:
        """The Markdown file this page stands for, named the way the content names a page's languages."""
        name = f"index.{language}.md" if len(self.pages.site.languages) > 1 else "index.md"
        return f"{self.folder}/{name}"

    def source(self, language: str) -> str:
        """The page's Markdown: everything it shows comes from its template."""
        return "---\nshowcase: finding\n---\n"

    def view(self, language: str) -> View:
        """The view of the page in ``language``, made when first asked for."""
        found = self._views.get(language)
        if found is None:
            found = self._views[language] = self.make_view(language)
        return found

    def make_view(self, language: str) -> View:
        raise NotImplementedError
