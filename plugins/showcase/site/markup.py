"""Turning content text into safe HTML.

Plain-text fields are escaped: a ``*`` or ``<`` an editor types in a title is
shown, never interpreted. Markdown fields are rendered with Python-Markdown and
cleaned by :mod:`showcase.site.sanitize` (no script, handler or unsafe URL).
E-mail addresses never reach the HTML as text a harvester can read: they are
encoded, and a small script turns them back into ``mailto:`` links for readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

import markdown
from markupsafe import Markup, escape

from ..content.email_addresses import EMAIL_ADDRESSES
from .emails import decode_email, encode_email, protect_emails, protected_email
from .sanitize import sanitize_html

__all__ = [
    "EMAIL_RE",
    "decode_email",
    "encode_email",
    "plain",
    "protect_emails",
    "protected_email",
    "render_markdown",
]

EMAIL_RE = EMAIL_ADDRESSES
"""Finds e-mail addresses in linear time (``search``, ``fullmatch``, ``finditer`` like a pattern)."""


def plain(text: str | None) -> Markup:
    """Escape plain text for HTML."""
    return escape(text or "")


@lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=["smarty", "sane_lists"], output_format="html")


# One-line text made of letters, digits, spaces and punctuation that means
# nothing to Markdown or to smarty (no * _ ` [ < & quotes, "--" or "..", no
# line start like "- ", "1." or an indent): Markdown would give it back as it
# is, in a <p>. Most list items are like this, and Python-Markdown's fixed cost
# per call was the largest part of rendering a project page's lists.
_PUNCTUATION = r" .,;:?!%/€$–—’‘“”„«»…°§()+-"
_PLAIN_TEXT = re.compile(rf"[^\W\d_][^\W_{_PUNCTUATION}]*(?:[{_PUNCTUATION}][^\W_{_PUNCTUATION}]*)*")
_NOT_PLAIN = re.compile(r"--|\.\.|  |\s$")


def render_markdown(text: str, inline: bool = True) -> Markup:
    """Render Markdown; ``inline`` drops the ``<p>`` around a single paragraph."""
    if _PLAIN_TEXT.fullmatch(text) and not _NOT_PLAIN.search(text):
        return Markup(text if inline else f"<p>{text}</p>")
    return _render_markdown(text, inline)


# A text shown in several languages (a translation falling back to the
# original) is rendered once; so is every text across `mkdocs serve` rebuilds.
@lru_cache(maxsize=16384)
def _render_markdown(text: str, inline: bool) -> Markup:
    renderer = _markdown()
    renderer.reset()
    rendered = renderer.convert(text)
    if inline:
        match = re.fullmatch(r"<p>(.*)</p>", rendered, flags=re.S)
        if match and "<p>" not in match.group(1):
            rendered = match.group(1)
    return Markup(sanitize_html(rendered))
