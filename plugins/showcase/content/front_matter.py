"""Splitting a language file into its front matter and its Markdown body.

The boundaries are python-frontmatter's (a line of three or more dashes), so
the split is the same as before; what differs is what happens to a file whose
front matter opens and never closes, or that is too large to read: a problem
for the editor, not an exception.
"""

from __future__ import annotations

import re
from pathlib import Path

from .problems import Problem

MAX_FILE_LENGTH = 1_000_000
"""Characters in one language file: a long story is ~20,000."""

_BOUNDARY = re.compile(r"^-{3,}\s*$", re.MULTILINE)


def split_front_matter(text: str, path: Path) -> tuple[str, str, int] | Problem | None:
    """Front matter, body and the line the body starts on; a :class:`Problem`; None without front matter."""
    if len(text) > MAX_FILE_LENGTH:
        return Problem(
            path,
            None,
            "",
            f"the file is {len(text):,} characters long; at most {MAX_FILE_LENGTH:,} are read",
            "shorten the story: a page this long is not read either",
        )
    opening = _BOUNDARY.match(text)
    if opening is None:
        return None
    closing = _BOUNDARY.search(text, opening.end())
    if closing is None:
        return Problem(
            path,
            1,
            "",
            "the front matter opened by '---' on line 1 is never closed",
            "end the fields with another line '---', then write the story below it",
        )
    front = text[opening.end() : closing.start()]
    body = text[closing.end() :]
    body_line = text.count("\n", 0, len(text) - len(body)) + 1 if body else text.count("\n") + 1
    return front, body, body_line
