"""Material for MkDocs: what its templates need set, and what its page frame needs fixed.

The language switcher's entries are ``config.extra.alternate`` (set per page
by static-i18n); Material's ``base.html`` has an attribute the HTML standard
forbids; its navigation and table of contents print titles unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.toc import AnchorLink, TableOfContents

from ..publishing.publish import site_relative
from ..site.pages.kind import BODY, Toc


def alternates(config: MkDocsConfig) -> list[dict[str, str]]:
    """The language switcher's entries as templates see them.

    ``config.extra`` is a UserDict: static-i18n sets ``extra.alternate`` per
    page as an attribute, which Jinja's ``config.extra.alternate`` finds before
    the item of the same name.
    """
    extra = config.extra
    return cast(list[dict[str, str]], vars(extra).get("alternate") or extra.get("alternate") or [])


def set_alternates(config: MkDocsConfig, entries: list[dict[str, str]]) -> None:
    """Set both the attribute (what Jinja reads) and the item (what static-i18n resets)."""
    setattr(config.extra, "alternate", entries)  # noqa: B010 (a UserDict attribute, not an item)
    config.extra["alternate"] = entries


def relative_alternates(config: MkDocsConfig) -> None:
    """The language switcher's links relative to the site root (see :func:`publish.site_relative`)."""
    set_alternates(config, [{**alt, "link": site_relative(alt["link"], config.site_url)} for alt in alternates(config)])


def language_names(config: MkDocsConfig) -> Mapping[str, str]:
    """Each language's name as the switcher shows it."""
    return {alt["lang"]: alt["name"] for alt in alternates(config)}


_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')


def valid_material_html(html: str) -> str:
    """Material's page frame, less what the HTML standard forbids.

    Material's ``base.html`` (outside any template block) gives its checkbox
    toggles ``autocomplete="off"``, which HTML allows only on text-like inputs:
    the Nu HTML Checker reports it on every page. The attribute only keeps
    Firefox from restoring an open drawer on "back".
    """
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)


def table_of_contents(toc: Toc, body: TableOfContents) -> TableOfContents:
    """A page kind's table of contents, with the body's own headings (``body``) where it says.

    The titles are escaped HTML (:class:`~markupsafe.Markup`): Material prints them as they are.
    """

    def demote(items: list[AnchorLink]) -> list[AnchorLink]:
        for item in items:
            item.level += 1
            demote(item.children)
        return items

    items: list[AnchorLink] = []
    for heading in toc:
        if heading == BODY:
            items += list(body)
            continue
        assert not isinstance(heading, str)
        item = AnchorLink(str(heading.title), heading.anchor, 2)
        item.children = demote(list(body)) if heading.body else []
        items.append(item)
    return TableOfContents(items)


def toc_entries(toc: TableOfContents) -> int:
    """How many headings a table of contents lists, at every level."""

    def count(items: list[AnchorLink]) -> int:
        return sum(1 + count(item.children) for item in items)

    return count(list(toc))
