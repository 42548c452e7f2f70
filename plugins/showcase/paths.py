"""Where things are in the built site, defined once: folders and page addresses.

Addresses are site-relative (directory URLs), made absolute only from a
``site_url`` (:func:`absolute_url`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .content.model import Project, SiteContent

PROJECTS_PATH = "projects"
"""The project pages: ``projects/<id>/``."""
SCHEMA_DIR = "schema"
"""The JSON Schemas of the content: ``schema/<name>.schema.json``, in the repository and in the site."""


def page_path(site: SiteContent, language: str, path: str = "") -> str:
    """The site-relative address of ``path`` in ``language`` (directory URLs)."""
    prefix = "" if language == site.default_language else f"{language}/"
    return f"{prefix}{path}"


def project_path(site: SiteContent, project_id: str, language: str) -> str:
    return page_path(site, language, f"{PROJECTS_PATH}/{project_id}/")


def project_image_path(project: Project) -> str:
    """Site-relative address of the project's image (one copy for every language)."""
    return f"{PROJECTS_PATH}/{project.id}/{project.facts.image}"


def absolute_url(site_url: str, path: str) -> str | None:
    """``path`` (site-relative) as an absolute address, or None without a ``site_url``."""
    if not site_url:
        return None
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def facet_slug(kind: str, value: str) -> str:
    """The URL segment of a facet value: country codes in lower case, ids as they are."""
    return value.lower() if kind == "countries" else value


def facet_path(site: SiteContent, kind: str, value: str | None, language: str) -> str:
    """``topics/roma-inclusion/`` in ``language``; ``value=None``: the kind's index page (``topics/``)."""
    return page_path(site, language, f"{kind}/{facet_slug(kind, value)}/" if value else f"{kind}/")
