"""E-mail addresses out of the files machines read: open data, feeds, the CMS configuration.

Pages protect addresses for people (:mod:`showcase.site.emails`); files that
are read whole by programs carry none: an address in a body or a field is
replaced by :data:`REMOVED`. The raw Markdown of the exports may hide an
address behind character references (``jan&#64;example.org``) or
percent-encoding (``jan%40example.org``): those are decoded first, where they
stand for the characters an address is made of.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..content.email_addresses import EMAIL_ADDRESSES, replace_addresses

REMOVED = "(e-mail address removed)"

# A character reference or a percent-escape; bounded, so linear on any text.
_ENCODED = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?|%[0-9A-Fa-f]{2}")


def _address_character(encoded: re.Match[str]) -> str:
    """The character an escape stands for, if it can be part of an address; else the escape as it was."""
    text = encoded.group(0)
    character = chr(int(text[1:], 16)) if text.startswith("%") else html.unescape(text)
    if len(character) == 1 and (character.isalnum() or character in "@.-_+%"):
        return character
    return text


def redact_text(text: str) -> str:
    """``text`` with every e-mail address, however encoded, replaced by :data:`REMOVED`."""
    if "@" not in text and "&" not in text and "%" not in text:
        return text
    redacted = replace_addresses(text, REMOVED)
    if "&" in redacted or "%" in redacted:
        decoded = _ENCODED.sub(_address_character, redacted)
        if EMAIL_ADDRESSES.search(decoded):
            return replace_addresses(decoded, REMOVED)
    return redacted


def redact_data(value: Any) -> Any:
    """A copy of JSON-like data (dicts, lists, strings...) with :func:`redact_text` applied to every string."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {key: redact_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_data(item) for item in value]
    return value
