"""Turning content text into safe HTML.

Plain-text fields are escaped: a ``*`` or ``<`` an editor types in a title is
shown, never interpreted. Markdown fields are rendered with Python-Markdown.
E-mail addresses never reach the HTML as text a harvester can read: they are
encoded, and a small script turns them back into ``mailto:`` links for readers.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
from markupsafe import Markup, escape

# The pattern is the content core's (plain text fields may not hold an address); publishing imports it from here.
from ..content.fields import EMAIL_RE as EMAIL_RE

_EMAIL_KEY = 0x5A


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
    return Markup(rendered)


def encode_email(address: str) -> str:
    """The address XOR-ed and hex-encoded: not recognisable as an address."""
    return "".join(f"{byte ^ _EMAIL_KEY:02x}" for byte in address.encode("utf-8"))


def decode_email(encoded: str) -> str:
    """Inverse of :func:`encode_email` (the script in the page does the same)."""
    return bytes(int(encoded[i : i + 2], 16) ^ _EMAIL_KEY for i in range(0, len(encoded), 2)).decode("utf-8")


def protected_email(address: str, at_word: str) -> Markup:
    """An e-mail address that readers can use and harvesters cannot read.

    Without JavaScript the reader sees ``name (at) domain``, spelled in their
    language; with it, ``showcase.js`` replaces the element by a ``mailto:``
    link showing the address.
    """
    user, _, domain = address.partition("@")
    return Markup(
        '<span class="sc-email" data-sc-email="{code}">{user}<span class="sc-email__at"> ({at}) </span>{domain}</span>'
    ).format(code=encode_email(address), user=user, at=at_word, domain=domain.replace(".", "\u200b."))


_MAILTO_LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', re.S)
_TAG_OR_TEXT = re.compile(r"(<[^>]+>)")


def protect_emails(page_html: str, at_word: str) -> str:
    """Replace ``mailto:`` links and e-mail addresses in text by protected ones.

    For Markdown written by editors: an address typed in a body is protected
    like the ones in ``project.yml``.
    """

    def replace_link(match: re.Match[str]) -> str:
        href = html.unescape(match.group(1))
        if not href.lower().startswith("mailto:"):
            return match.group(0)
        return str(protected_email(href[len("mailto:") :].split("?")[0], at_word))

    page_html = _MAILTO_LINK.sub(replace_link, page_html)
    # Protected addresses contain no "@", so only unprotected ones match here.
    parts = _TAG_OR_TEXT.split(page_html)
    for index, part in enumerate(parts):
        if part.startswith("<"):
            continue
        text = html.unescape(part)
        if EMAIL_RE.search(text):
            pieces = EMAIL_RE.split(text)
            found = EMAIL_RE.findall(text)
            out = [str(escape(pieces[0]))]
            for address, rest in zip(found, pieces[1:], strict=True):
                out += [str(protected_email(address, at_word)), str(escape(rest))]
            parts[index] = "".join(out)
    return "".join(parts)
