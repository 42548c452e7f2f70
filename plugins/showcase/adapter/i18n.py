"""mkdocs-static-i18n: the site's languages, the language being built, the files of each language.

static-i18n runs one full build per language (the default one first, then the
others from its ``on_post_build``), so every hook runs once per language; the
theme's language says which one is being built.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from ..content.model import SiteContent
from ..site.languages import site_languages


def languages(config: MkDocsConfig) -> tuple[tuple[str, ...], str]:
    """The languages built and the default one: the i18n plugin's, else the theme's language alone."""
    i18n = config.plugins.get("i18n")
    entries = i18n.config.languages if i18n is not None else None
    return site_languages(entries, config.theme.get("language", "en"))


def build_language(config: MkDocsConfig, site: SiteContent) -> str:
    """The language being built (static-i18n sets the theme's language per build)."""
    language = config.theme.get("language")
    return language if language in site.languages else site.default_language


def whole_site_done(config: MkDocsConfig) -> bool:
    """True outside static-i18n's per-language builds: the build of every language is over (or about to start)."""
    i18n = config.plugins.get("i18n")
    return not getattr(i18n, "building", False)


def translated(file: File, language: str) -> tuple[str, ...]:
    """The languages that have a Markdown file of their own for the page of ``file``.

    static-i18n: ``alternates[lang]`` is the file shown in ``lang``, the
    default language's when ``lang`` has no file of its own.
    """
    alternates = getattr(file, "alternates", None) or {}
    own = tuple(lang for lang, alternate in alternates.items() if getattr(alternate, "locale", None) == lang)
    return own or (language,)


def file_language(file: File, site: SiteContent) -> str:
    """The language ``file`` is written in."""
    return str(getattr(file, "locale", None) or site.default_language)
