"""Where each page lives: the site-relative address of a page in a language.

The default language is at the site root, every other one under its code
(``en/``, ``bg/``): :func:`language_prefix` is that rule, the one place that
knows it. Addresses are directory URLs (``projects/roma-net/``). No MkDocs here.
"""

from __future__ import annotations

from ..content.model import SiteContent

PROJECTS_PATH = "projects"


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
