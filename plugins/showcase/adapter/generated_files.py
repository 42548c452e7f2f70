"""The Markdown files of the pages the core writes, made for one language's build as static-i18n would make them.

mkdocs-static-i18n makes, for each language's build, a new file object for
every Markdown file of ``docs_dir`` in every language and links them as each
other's alternates (the language switcher). For the thousands of pages the
core writes (a project, a facet value, a facet kind, in each language) that is
the largest part of a preview's rebuild and a twentieth of a full build, and
it learns nothing the core does not know: each such page exists in every
language, at ``<lang>/<folder>/`` (the default language at the root).

So these files are made here, after static-i18n's ``on_files``, with the
attributes static-i18n gives its own (``alternates``, ``locale``,
``locale_alternate_of``, ``localization``, ``norm_src_uri``) and the same
addresses; the output is the same (tests compare whole builds). The pages the
navigation names (the search page) still go through static-i18n, before the
navigation is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, set_exclusions
from mkdocs.structure.pages import Page

from ..site.pages.kind import GeneratedKind
from ..site.pages.registry import SitePages


def nav_sources(nav: Any) -> set[str]:
    """The Markdown files the configured navigation names (``search/index.md``)."""
    found: set[str] = set()
    if isinstance(nav, str):
        found.add(nav.strip("/"))
    elif isinstance(nav, dict):
        for value in nav.values():
            found |= nav_sources(value)
    elif isinstance(nav, list):
        for item in nav:
            found |= nav_sources(item)
    return found


def in_nav(kind: GeneratedKind[Any], nav: set[str]) -> bool:
    """Whether the navigation names the page (by its folder's ``index.md``): static-i18n must see it before the navigation is made."""
    return f"{kind.folder}/index.md" in nav


def add_generated_files(pages: SitePages, language: str, config: MkDocsConfig, files: Files) -> None:
    """Add the files (and their pages) of the generated pages not in the navigation, as ``language``'s build sees them."""
    nav = nav_sources(config.nav)
    added = [file for kind in pages.generated if not in_nav(kind, nav) for file in _files(kind, language, config)]
    set_exclusions(added, config)
    for file in added:
        files.append(file)
        Page(None, file, config)


def _files(kind: GeneratedKind[Any], language: str, config: MkDocsConfig) -> Iterator[File]:
    """The file of ``kind``'s page in ``language``, its alternates being the files of the other languages."""
    site = kind.pages.site
    alternates = {other: _file(kind, other, site.default_language, config) for other in _sorted(site.languages)}
    own = alternates[language]
    own.alternates = alternates  # type: ignore[attr-defined]
    yield own


def _sorted(languages: Iterable[str]) -> list[str]:
    # static-i18n fills alternates in the sorted order of the languages.
    return sorted(languages)


def _file(kind: GeneratedKind[Any], language: str, default: str, config: MkDocsConfig) -> File:
    """``kind``'s file in ``language``: where static-i18n puts it."""
    prefix = "" if language == default else f"{language}/"
    file = File(kind.src_uri(language), config.docs_dir, config.site_dir, config.use_directory_urls, dest_uri=f"{prefix}{kind.folder}/index.html")
    file.name = "index"
    file.url = quote(f"{prefix}{kind.folder}/")
    file.locale = language  # type: ignore[attr-defined]
    file.locale_alternate_of = language  # type: ignore[attr-defined]
    file.localization = language  # type: ignore[attr-defined]
    file.norm_src_uri = f"{kind.folder}/index.md"  # type: ignore[attr-defined]
    file.alternates = {language: file}  # type: ignore[attr-defined]
    return file
