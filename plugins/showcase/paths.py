"""Where things are in the built site, defined once: page addresses and folders.

The default language is at the site root, every other one under its code
(``en/``, ``bg/``): :func:`language_prefix` is that rule, the one place that
knows it. Addresses are site-relative directory URLs (``projects/roma-net/``),
made absolute only from a ``site_url`` (:func:`absolute_url`). Plain data, no
MkDocs and no presentation: the pages, the open data and the editors' tools
all use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .content.model import SiteContent

PROJECTS_PATH = "projects"
"""The project pages: ``projects/<id>/``."""
SCHEMA_DIR = "schema"
"""The JSON Schemas of the content: ``schema/<name>.schema.json``, in the repository and in the site."""


def language_prefix(language: str, default_language: str) -> str:
    """``""`` for the default language (at the site root), else ``"<language>/"``."""
    return "" if language == default_language else f"{language}/"


def page_path(site: SiteContent, language: str, path: str = "") -> str:
    """The site-relative address of ``path`` in ``language`` (directory URLs)."""
    return language_prefix(language, site.default_language) + path


def unprefixed(site: SiteContent, language: str, path: str) -> str:
    """``path`` (a page's site-relative address in ``language``) without the language's prefix."""
    prefix = language_prefix(language, site.default_language)
    return path[len(prefix) :] if prefix and path.startswith(prefix) else path


def project_path(site: SiteContent, project_id: str, language: str) -> str:
    return page_path(site, language, f"{PROJECTS_PATH}/{project_id}/")


def facet_slug(kind: str, value: str) -> str:
    """The URL segment of a facet value: country codes in lower case, ids as they are."""
    return value.lower() if kind == "countries" else value


def facet_path(site: SiteContent, kind: str, value: str | None, language: str) -> str:
    """``topics/roma-inclusion/`` in ``language``; ``value=None``: the kind's index page (``topics/``)."""
    return page_path(site, language, f"{kind}/{facet_slug(kind, value)}/" if value else f"{kind}/")


def absolute_url(site_url: str, path: str) -> str | None:
    """``path`` (site-relative) as an absolute address, or None without a ``site_url``."""
    if not site_url:
        return None
    return site_url.rstrip("/") + "/" + path.lstrip("/")
