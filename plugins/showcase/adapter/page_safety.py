"""What the adapter does to every page so that content cannot run, load or leak anything.

- The title in a page's front matter is text, but MkDocs and Material treat
  page titles as HTML (Material prints them unescaped in the header, the
  navigation and the tabs): it is escaped once, here, as project pages'
  titles already are.
- Every e-mail address is protected in the table of contents that Material
  renders from the headings (the page's HTML is cleaned by the allowlist of
  :mod:`showcase.site.sanitize`, and its addresses protected, by its page kind).
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any

from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from ..content.email_addresses import replace_addresses
from ..site.markup import _render_markdown, protect_emails
from ..site.sanitize import EMBED_PROVIDERS, allow_embeds, unknown_embeds


def configure_embeds(names: Iterable[str]) -> None:
    """Allow the embeds named in ``mkdocs.yml`` (``embeds:``); an unknown name stops the build."""
    names = list(names)
    if unknown := unknown_embeds(names):
        known = ", ".join(sorted(EMBED_PROVIDERS))
        raise PluginError(f"showcase: embeds: {unknown[0]!r} is not an embed this site knows (known: {known})")
    if allow_embeds(names):
        _render_markdown.cache_clear()  # rendered under the previous allowlist


def escape_front_matter_title(page: Page, at_word: str) -> None:
    """The front matter's title as HTML (escaped) and its description, with addresses spelled out."""
    meta: MutableMapping[str, Any] = page.meta
    title = meta.get("title")
    if isinstance(title, str) and not isinstance(title, Markup):
        meta["title"] = escape(replace_addresses(title, at_word=at_word))
    description = meta.get("description")
    if isinstance(description, str):
        meta["description"] = replace_addresses(description, at_word=at_word)


def protect_toc(page: Page, at_word: str) -> None:
    """E-mail addresses protected in the table of contents Material renders from the page's headings.

    The page's HTML itself is cleaned and protected by its page kind
    (:func:`showcase.site.pages.kind.page_html`).
    """
    for item in _toc_items(page.toc):
        item.title = protect_emails(item.title, at_word, as_text=True)


def _toc_items(items: Iterable[Any]) -> Iterable[Any]:
    for item in items:
        yield item
        yield from _toc_items(item.children)
