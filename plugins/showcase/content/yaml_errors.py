"""YAML syntax errors in the words of an editor: which line, what is wrong with it, how to fix it.

PyYAML says what its parser expected ("expected <block end>, but found '?'");
an editor needs to hear that a line is indented differently from the lines
around it, or that a text holds ``": "`` and needs quotes. :func:`explain`
turns the commonest mistakes into that, from the error and the lines of the
file; anything else keeps PyYAML's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_INDENT_HINT = (
    "fields of one block start in the same column, and the fields inside a field "
    "two spaces further in than its name; indent with spaces only"
)
_QUOTE_HINT = (
    "put text containing ': ' or starting with a special character "
    "([ { * & ! | > ' \" % @ `) in quotes"
)
_KEY = re.compile(r"^(\s*)(?:- +)?[^\s#'\"][^:#]*:(?:\s|$)")


@dataclass(frozen=True)
class Explained:
    """A syntax error, explained: the line (0-based, in the parsed text), the message and the fix."""

    line: int
    message: str
    hint: str


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _spaces(n: int) -> str:
    return "1 space" if n == 1 else f"{n} spaces"


def _previous(lines: list[str], index: int) -> tuple[int, str] | None:
    """The nearest line above ``index`` that holds something (not blank, not a comment)."""
    for number in range(index - 1, -1, -1):
        if lines[number].strip() and not lines[number].lstrip().startswith("#"):
            return number, lines[number]
    return None


def _misplaced(lines: list[str], index: int) -> Explained:
    line = lines[index] if index < len(lines) else ""
    what = "list item" if line.lstrip().startswith("-") else "field"
    return Explained(
        index,
        f"this {what} is indented {_spaces(_indent(line))}, which lines it up with no block above it",
        _INDENT_HINT,
    )


def _no_space(lines: list[str], index: int) -> Explained | None:
    """A field written ``name:value`` on the line above ``index``: YAML reads it as text."""
    previous = _previous(lines, index)
    if previous is not None and re.search(r"^\s*[\w-]+:[^\s]", previous[1]) and ": " not in previous[1]:
        number, text = previous
        name = text.strip().split(":", 1)[0]
        return Explained(number, f"'{name}:' has no space after the colon, so it is read as text, not a field", f"write '{name}: ' with a space")
    return None


def _mapping_value(lines: list[str], index: int, column: int) -> Explained:
    """``mapping values are not allowed here``: a key indented under a plain value, a missing space, or ': ' in a text."""
    line = lines[index] if index < len(lines) else ""
    key = _KEY.match(line)
    previous = _previous(lines, index)
    if missing := _no_space(lines, index):
        return missing
    if key and previous is not None and _indent(line) > _indent(previous[1]) and column > len(key.group(1)):
        return Explained(
            index,
            f"this field is indented {_spaces(_indent(line))}, more than the field above it, which holds a value and cannot hold fields",
            "line it up with the field above it; " + _INDENT_HINT,
        )
    return Explained(index, "this value contains ': ', which YAML reads as the start of another field", _QUOTE_HINT)


def explain(error: yaml.MarkedYAMLError, text: str) -> Explained | None:
    """An editor's explanation of ``error`` in ``text``, or None for an error this module does not know."""
    mark = error.problem_mark
    if mark is None:
        return None
    lines = text.split("\n")
    problem = error.problem or ""
    if problem.startswith("expected <block end>, but found"):
        return _misplaced(lines, mark.line)
    if problem == "mapping values are not allowed here":
        return _mapping_value(lines, mark.line, mark.column)
    if problem == "could not find expected ':'" and (missing := _no_space(lines, mark.line)):
        return missing
    if "'\\t'" in problem or "\t" in problem:
        return Explained(mark.line, "this line is indented with a tab", "indent with spaces only (two per level)")
    if "end of stream" in problem and error.context and "quoted scalar" in error.context and error.context_mark is not None:
        return Explained(error.context_mark.line, "a quote opened on this line is never closed", "end the text with the same quote mark it starts with")
    return None
