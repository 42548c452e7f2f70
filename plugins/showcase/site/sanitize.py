"""The HTML content may contain: an allowlist, enforced by nh3 (Rust's ammonia).

Markdown lets editors write raw HTML, and attribute lists (``{: ...}``) let
them set any attribute; the content comes from pull requests and the CMS, so
all of it is untrusted. What the Markdown of bodies and fields becomes is
cleaned here: text structure, links, images, tables, definition lists; no
scripts, no event handlers, no forms, no frames, no ``style`` beyond text
alignment, links only to ``http(s):``, ``mailto:``, ``tel:`` or relative
addresses (no ``javascript:``, ``data:``, ``vbscript:``), and images only
from the site itself (no request to another host).

A site that needs a video embed opts in by provider name (``embeds:`` of the
showcase plugin in ``mkdocs.yml``, see :data:`EMBED_PROVIDERS`); an iframe is
then kept only when its address is that provider's player.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    }
)  # fmt: skip

_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang", "dir", "style"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
    "data": {"value"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope", "abbr"},
    "col": {"span"},
    "colgroup": {"span"},
    "details": {"open"},
}

URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# Properties that change how text looks and can load nothing (no url(), no
# positioning over the site's own controls).
STYLE_PROPERTIES = frozenset({"text-align", "vertical-align", "font-style", "font-weight", "text-decoration"})

EMBED_PROVIDERS: dict[str, tuple[str, ...]] = {
    "youtube": ("https://www.youtube-nocookie.com/embed/", "https://www.youtube.com/embed/"),
    "vimeo": ("https://player.vimeo.com/video/",),
}
"""Embeds a site may allow by name, each with the addresses its player lives at."""

_IFRAME_ATTRIBUTES = {"src", "title", "width", "height", "allowfullscreen"}
_IFRAME_FORCED = {
    "loading": "lazy",
    "referrerpolicy": "strict-origin-when-cross-origin",
    "sandbox": "allow-scripts allow-same-origin allow-popups allow-presentation",
}

_allowed_embeds: frozenset[str] = frozenset()


def unknown_embeds(names: Iterable[str]) -> list[str]:
    """The names in ``names`` that are no provider of :data:`EMBED_PROVIDERS`."""
    return [name for name in names if name not in EMBED_PROVIDERS]


def allow_embeds(names: Iterable[str]) -> bool:
    """Set which embeds the site allows (the plugin's ``embeds:``); True if that changed."""
    global _allowed_embeds
    wanted = frozenset(names)
    if unknown := unknown_embeds(wanted):
        raise ValueError(f"unknown embed {unknown[0]!r}: known are " + ", ".join(sorted(EMBED_PROVIDERS)))
    changed = wanted != _allowed_embeds
    _allowed_embeds = wanted
    return changed


def allowed_embeds() -> frozenset[str]:
    return _allowed_embeds


@lru_cache(maxsize=8)
def _cleaner(embeds: frozenset[str]) -> nh3.Cleaner:
    tags = set(ALLOWED_TAGS)
    attributes = {tag: set(names) for tag, names in _ATTRIBUTES.items()}
    prefixes = tuple(prefix for name in sorted(embeds) for prefix in EMBED_PROVIDERS[name])
    options: dict[str, object] = {}
    if prefixes:
        tags.add("iframe")
        attributes["iframe"] = set(_IFRAME_ATTRIBUTES)
        options["set_tag_attribute_values"] = {"iframe": dict(_IFRAME_FORCED)}

    def loads_nothing_elsewhere(element: str, attribute: str, value: str) -> str | None:
        if attribute != "src":
            return value
        if element == "iframe":
            return value if value.startswith(prefixes) and "\\" not in value else None
        # An image from another host is a request readers did not ask for: images are the site's own.
        return value if _same_site(value) else None

    return nh3.Cleaner(
        tags=tags,
        attributes=attributes,
        attribute_filter=loads_nothing_elsewhere,
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        strip_comments=True,
        # No target= is allowed, so no rel= is needed (and the output stays as written).
        link_rel=None,
        **options,  # type: ignore[arg-type]
    )


def _same_site(url: str) -> bool:
    """A relative address without a scheme or host (browsers read ``\\`` as ``/`` and drop tabs and newlines)."""
    url = url.strip().replace("\\", "/").replace("\t", "").replace("\n", "").replace("\r", "")
    return not url.startswith("//") and not urlsplit(url).scheme


def sanitize_html(html: str) -> str:
    """``html`` with everything outside the allowlist removed (scripts with their content)."""
    return _cleaner(_allowed_embeds).clean(html)
