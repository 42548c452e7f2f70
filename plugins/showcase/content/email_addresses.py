"""Finding e-mail addresses in text in linear time.

A regular expression like ``[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}``
backtracks: on a long run of letters with no ``@`` it tries every start, and a
1 MB title never finished. Here every ``@`` is found with ``str.find`` and the
address is grown around it within RFC 5321's limits (64 characters before the
``@``, 253 after), so the work is bounded per ``@`` and linear in the text.

Addresses are recognised the way a harvester would, generously: letters of
any script (internationalised addresses), digits and ``. % + - _`` before the
``@``; a domain of at least two labels whose last is two or more letters (or
punycode ``xn--``). Protecting a little more than an address is harmless;
missing one leaks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_LOCAL = 64
MAX_DOMAIN = 253

_LOCAL_END = re.compile(rf"[\w.%+-]{{1,{MAX_LOCAL}}}\Z")
_DOMAIN_START = re.compile(rf"[\w.-]{{1,{MAX_DOMAIN}}}")


@dataclass(frozen=True)
class AddressMatch:
    """Where an address is in a text; reads like a ``re.Match`` (``group(0)``, ``start()``, ``end()``)."""

    string: str
    begin: int
    finish: int

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("an address match has only group 0")
        return self.string[self.begin : self.finish]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish


def _domain_length(candidate: str) -> int:
    """Length of the longest prefix of ``candidate`` that is a domain with a top-level label, or 0."""
    labels = candidate.split(".")
    # An empty label ("a@b..cz", a trailing dot) ends the domain there.
    for index, label in enumerate(labels):
        if not label.strip("-_"):
            labels = labels[:index]
            break
    while len(labels) >= 2:
        top = labels[-1].rstrip("-")
        if (len(top) >= 2 and top.isalpha()) or (top.lower().startswith("xn--") and len(top) > 4):
            return len(".".join(labels[:-1])) + 1 + len(top)
        labels = labels[:-1]
    return 0


class EmailScanner:
    """Finds e-mail addresses; the methods a compiled pattern has (``search``, ``fullmatch``, ``finditer``, ``findall``)."""

    def finditer(self, text: str) -> Iterator[AddressMatch]:
        position = 0
        while (at := text.find("@", position)) != -1:
            local = _LOCAL_END.search(text, max(position, at - MAX_LOCAL), at)
            domain = _DOMAIN_START.match(text, at + 1)
            start = local.start() if local else at
            # A local part does not start with a dot ("see.a@b.cz" keeps "see.").
            while start < at and text[start] == ".":
                start += 1
            length = _domain_length(domain.group(0)) if domain else 0
            if start < at and length:
                end = at + 1 + length
                yield AddressMatch(text, start, end)
                position = end
            else:
                position = at + 1

    def search(self, text: str) -> AddressMatch | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> AddressMatch | None:
        match = self.search(text)
        return match if match is not None and match.span() == (0, len(text)) else None

    def findall(self, text: str) -> list[str]:
        return [match.group(0) for match in self.finditer(text)]


EMAIL_ADDRESSES = EmailScanner()
"""The one scanner every part of the site uses to find addresses."""


def replace_addresses(text: str, replacement: str | None = None, *, at_word: str = "at") -> str:
    """``text`` with each address replaced by ``replacement``, or spelled ``name (at) domain``."""
    pieces = []
    position = 0
    for match in EMAIL_ADDRESSES.finditer(text):
        pieces.append(text[position : match.start()])
        pieces.append(replacement if replacement is not None else spelled_out(match.group(0), at_word))
        position = match.end()
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def spelled_out(address: str, at_word: str) -> str:
    """``name (at) domain``: readable by people, not an address to a harvester."""
    user, _, domain = address.partition("@")
    return f"{user} ({at_word}) {domain}"
