"""What checking one document needs: where problems go, and how values are named in them.

Validation never stops at the first problem: each check appends problems to a
:class:`Checker` and returns :data:`INVALID` for the value, so that one run
reports everything wrong in a file.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .problems import Problem
from .yamlsource import KeyPath, YamlDocument, dotted

INVALID: Any = object()
"""Returned by a check for a value that has a problem (already reported)."""

PLACEHOLDER_MARK = "TODO:"
"""How ``showcase new`` starts every value it leaves for the editor to write (``"TODO: ..."``)."""


def is_placeholder(value: Any) -> bool:
    """A text still holding the scaffold's placeholder."""
    return isinstance(value, str) and value.lstrip().startswith(PLACEHOLDER_MARK)


@dataclass
class Reference:
    """An id that must exist in a collection (resolved after loading)."""

    collection: str
    id: str
    document: YamlDocument
    keypath: KeyPath


@dataclass
class Checker:
    """Collects problems and references while one document is checked."""

    document: YamlDocument
    languages: tuple[str, ...]
    problems: list[Problem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    draft: bool = False
    """The document belongs to a draft: placeholders are left to fill in, not mistakes."""
    placeholders: list[KeyPath] = field(default_factory=list)
    """Where a draft still holds placeholders (they count as written, and are not checked)."""

    def placeholder(self, value: Any, keypath: KeyPath) -> bool:
        """True if ``value`` is a placeholder (then it is not checked further): in a draft it is
        noted, anywhere else it is a problem."""
        if not is_placeholder(value):
            return False
        if self.draft:
            self.placeholders.append(keypath)
        else:
            shown = value.strip()
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            self.problem(keypath, f"this is still the placeholder {shown!r}", "write the real value, or set 'draft: true' in project.yml until it is ready")
        return True

    def problem(self, keypath: KeyPath, message: str, hint: str | None = None) -> Any:
        self.problems.append(
            Problem(self.document.path, self.document.line_of(keypath), dotted(keypath), message, hint)
        )
        return INVALID


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A "did you mean" hint for a misspelt key or id, or None."""
    matches = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f"did you mean {matches[0]!r}?" if matches else None


def kind_of(value: Any) -> str:
    """What an editor wrote, in the words of a problem message ("a list", "the number 3")."""
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"yes/no ({str(value).lower()})"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return repr(str(value))


def as_text(value: Any, keypath: KeyPath, checker: Checker) -> str | None:
    """The text of a scalar; unquoted YAML like ``NO`` or ``1.10`` stays as typed."""
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)) or value is None:
        return None
    raw = checker.document.raw(keypath)
    return raw if raw is not None else str(value)
