"""What is wrong with the content, said so that an editor can fix it."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

# Line breaks, other control characters and lone surrogates (from undecodable
# file names) in a field, file name or message: shown as escapes, so that one
# problem is one line of output whatever the content holds. A newline followed
# by "::error ..." must not become a GitHub Actions workflow command, and a
# surrogate must not crash the print.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` on one line, each control character written as an escape (``\\n``, ``\\x1b``, ``\\ud800``)."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def relative_path(path: Path, root: Path) -> Path:
    """``path`` relative to ``root`` if it is inside it, else as it is; a link is named, not where it leads."""
    with contextlib.suppress(ValueError, OSError, RuntimeError):
        return (path.parent.resolve() / path.name).relative_to(root.resolve())
    return path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one value of one file.

    ``field`` is the dotted path of the value (``period.end``,
    ``contacts.jan-husak.email``), empty for problems with the whole file.
    """

    file: Path
    line: int | None
    field: str
    message: str
    hint: str | None = None

    def format(self, root: Path | None = None) -> str:
        """``file:line: field: message (hint)``, the file relative to ``root``."""
        file = relative_path(self.file, root) if root is not None else self.file
        where = f"{file.as_posix()}:{self.line}" if self.line else file.as_posix()
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return printable(text)


class ContentError(Exception):
    """Raised when the content has problems; carries all of them at once."""

    def __init__(self, problems: list[Problem], root: Path | None = None):
        self.problems = sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.field))
        self.root = root
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"The content has {count} {noun}; nothing was built:"]
        lines += [f"  {problem.format(self.root)}" for problem in self.problems]
        return "\n".join(lines)
