"""Checks every text and date of the content must pass, whatever its field.

Each returns what is wrong as a sentence for the editor, or None. They run
before anything else looks at a value: a size limit first, so that no later
step (a regular expression, Markdown) is ever given megabytes of one value.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT_LENGTH = 100_000
"""Characters in one text field: far above any real one (a long story is ~20,000)."""

# Line breaks and tabs are text; every other control character (C0, DEL, C1)
# is invisible, breaks XML (feeds, sitemaps) or the pages' HTML, and is never
# meant; so are lone surrogates (no file can even be written with one) and the
# two non-characters XML refuses. One character class: linear, in C.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_C0_NAMES = (
    "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
    "ACKNOWLEDGE", "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION",
    "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO", "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
    "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE",
)  # fmt: skip
_CONTROL_NAMES = {chr(code): name for code, name in enumerate(_C0_NAMES)} | {"\x7f": "DELETE", "\x85": "NEXT LINE"}


def character_name(character: str) -> str:
    """``U+0007 (BELL)``: how a message names an invisible character."""
    code = f"U+{ord(character):04X}"
    if 0xD800 <= ord(character) <= 0xDFFF:
        return f"{code} (half of a surrogate pair, which cannot stand alone)"
    name = _CONTROL_NAMES.get(character) or unicodedata.name(character, "")
    return f"{code} ({name})" if name else f"{code} (a control character)"


def _position(text: str, index: int) -> str:
    """``line 2, column 5`` of the value (1-based), or ``character 5`` in a one-line value."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column} of the text" if line > 1 else f"character {column}"


def text_problem(text: str, max_length: int = MAX_TEXT_LENGTH) -> tuple[str, str] | None:
    """(what is wrong, how to fix it): too long, or a character no text should hold (a control character, a lone surrogate)."""
    if len(text) > max_length:
        return (
            f"the text is {len(text):,} characters long; at most {max_length:,} are allowed",
            "shorten it, or check what was pasted",
        )
    found = _FORBIDDEN.search(text)
    if found:
        return (
            f"the text contains the invisible character {character_name(found.group(0))} at {_position(text, found.start())}",
            "delete it: retype the text around it, or paste it as plain text",
        )
    return None


def calendar_date_problem(year: int | None, month: int | None, day: int | None) -> str | None:
    """A date whose year, month or day is 0 or otherwise not in the calendar."""
    if year is None or year < 1000:
        return f"the year {year or 0:04d} is not a year of a project"
    if month is not None and not 1 <= month <= 12:
        return f"there is no month {month:02d}"
    if day is not None and day < 1:
        return f"there is no day {day:02d}"
    return None
