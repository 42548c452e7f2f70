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
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
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
    own.alternates = dict(alternates)
    yield own


def _sorted(languages: Iterable[str]) -> list[str]:
    # static-i18n fills alternates in the sorted order of the languages.
    return sorted(languages)


class GeneratedFile(File):
    """The file of a generated page in one language, with static-i18n's attributes.

    Made without :class:`File`'s path normalisation (the addresses are made
    here, '/'-separated), thousands of times per build.
    """

    def __init__(self, kind: GeneratedKind[Any], language: str, default: str, config: MkDocsConfig) -> None:
        prefix = "" if language == default else f"{language}/"
        self.src_uri = kind.src_uri(language)
        self.src_dir = config.docs_dir
        self.dest_dir = config.site_dir
        self.use_directory_urls = config.use_directory_urls
        self.dest_uri = f"{prefix}{kind.folder}/index.html"
        self.inclusion = InclusionLevel.UNDEFINED
        self.name = "index"
        self.url = quote(f"{prefix}{kind.folder}/")
        self.locale = language
        self.locale_alternate_of = language
        self.localization = language
        self.norm_src_uri = f"{kind.folder}/index.md"
        self.alternates: dict[str, File] = {language: self}


def _file(kind: GeneratedKind[Any], language: str, default: str, config: MkDocsConfig) -> GeneratedFile:
    """``kind``'s file in ``language``: where static-i18n puts it."""
    return GeneratedFile(kind, language, default, config)
