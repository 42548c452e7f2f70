"""Which languages the site has.

:func:`site_languages` reads them from the i18n plugin's settings, for the
MkDocs adapter and for the command line alike (where each language's pages
live is in :mod:`.addresses`). No MkDocs here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..content.model import SiteContent


def site_languages(entries: Iterable[Any] | None, theme_language: str | None) -> tuple[tuple[str, ...], str]:
    """The languages built and the default one, from the i18n plugin's ``languages``.

    Each entry is a mapping with ``locale``, ``build`` (default true) and
    ``default``; entries that are not, or have no locale, are skipped. The
    default language is the one marked ``default``, else the first. Without
    any (no i18n plugin), the theme's language alone (``en`` if unset).
    """
    languages: list[str] = []
    default = None
    for entry in entries or ():
        if not isinstance(entry, Mapping) or not entry.get("locale") or not entry.get("build", True):
            continue
        languages.append(str(entry["locale"]))
        if entry.get("default") and default is None:
            default = str(entry["locale"])
    if not languages:
        languages = [str(theme_language or "en")]
    return tuple(languages), default or languages[0]


def default_first(site: SiteContent) -> tuple[str, ...]:
    """The site's languages, the default one (at the root) first."""
    return (site.default_language, *(lang for lang in site.languages if lang != site.default_language))
