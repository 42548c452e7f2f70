"""Cells and XML that stay what they are whatever the content says.

- CSV: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is a formula to a spreadsheet (``=HYPERLINK(...)``); OWASP's rule
  prefixes it with ``'``, which spreadsheets show as text. A phone number
  ``+420 ...`` is shown as ``'+420 ...`` by tools that are not spreadsheets.
- XML 1.0 cannot hold most control characters, lone surrogates or U+FFFE/FFFF
  even escaped: a feed with one is not XML at all. They are dropped from every
  text and attribute of a tree before it is written; e-mail addresses go too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.etree import ElementTree as ET

from .redact import redact_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def neutralised_cell(value: str) -> str:
    """A CSV cell that no spreadsheet reads as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def neutralised_row(row: Mapping[str, str]) -> dict[str, str]:
    return {key: neutralised_cell(value) for key, value in row.items()}


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot contain, and without e-mail addresses."""
    return redact_text(_NOT_XML.sub("", text))


def scrub_xml_tree(root: ET.Element) -> ET.Element:
    """Every text, tail and attribute value of the tree through :func:`xml_text` (in place); returns ``root``."""
    for element in root.iter():
        if element.text:
            element.text = xml_text(element.text)
        if element.tail:
            element.tail = xml_text(element.tail)
        for name, value in element.attrib.items():
            element.set(name, xml_text(value))
    return root
