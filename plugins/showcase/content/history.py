"""When each content file last changed in git, and which translations are outdated.

A translation is *outdated* when the original language's file was committed
after the translation's file was last committed. The whole content tree's
history comes from ONE ``git log`` call (plus one ``git status``), not one call
per file: at 1,000 projects that is the difference between milliseconds and
minutes.

Without usable history nothing is outdated and nothing fails: no git, not a
repository, a shallow clone (its oldest commit seems to touch every file, so
dates would be wrong) — :attr:`ContentHistory.reason` says why. A file with
uncommitted changes, or never committed, has no date: no verdict involves it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model import Project

# Separates commits in the log output; no path contains it.
_COMMIT_MARK = "\x1e"


@lru_cache(maxsize=65536)
def _resolved(path: Path) -> Path:
    # Cached: every page and card of a project asks for its files (a system call each).
    return path.resolve()


@dataclass(frozen=True, order=True)
class Change:
    """The last commit that touched a file: its time, then its place in the log (0 = newest)."""

    time: dt.datetime
    newer_first: int = field(compare=False)

    @property
    def date(self) -> dt.date:
        return self.time.date()

    def is_after(self, other: Change) -> bool:
        """True if this change came after ``other`` (same commit: False)."""
        if self.time != other.time:
            return self.time > other.time
        # Same second: git lists the newer commit first.
        return self.newer_first < other.newer_first


@dataclass(frozen=True)
class ContentHistory:
    """The last committed change of every file under a folder."""

    changes: dict[Path, Change]
    uncommitted: frozenset[Path] = frozenset()
    reason: str | None = None
    """Why there is no history (None when there is)."""

    @property
    def available(self) -> bool:
        return self.reason is None

    def last_change(self, path: Path) -> Change | None:
        """The last commit of ``path``; None if unknown or changed since (uncommitted)."""
        if not self.changes and not self.uncommitted:
            return None
        path = _resolved(path)
        if path in self.uncommitted:
            return None
        return self.changes.get(path)

    def is_outdated(self, project: Project, language: str) -> bool:
        """True if the project's original changed in git after its ``language`` file did."""
        translation = project.texts.get(language)
        if translation is None or language == project.facts.original_language:
            return False
        original_change = self.last_change(project.original.source)
        translation_change = self.last_change(translation.source)
        if original_change is None or translation_change is None:
            return False
        return original_change.is_after(translation_change)


NO_HISTORY = ContentHistory({}, reason="no history was read")


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except OSError:
        return None


def read_history(folder: Path) -> ContentHistory:
    """The history of every file under ``folder`` (one ``git log``); never raises."""
    folder = folder.resolve()
    if not folder.is_dir():
        return ContentHistory({}, reason=f"{folder} is not a folder")
    probe = _git(folder, "rev-parse", "--show-toplevel", "--is-shallow-repository")
    if probe is None:
        return ContentHistory({}, reason="git is not installed")
    if probe.returncode != 0:
        return ContentHistory({}, reason=f"{folder} is not in a git repository")
    top, shallow = (probe.stdout.splitlines() + ["", ""])[:2]
    if shallow.strip() == "true":
        return ContentHistory({}, reason="the repository is a shallow clone (check out with fetch-depth: 0)")
    root = Path(top.strip())
    log = _git(folder, "log", f"--format={_COMMIT_MARK}%ct", "--name-only", "--no-renames", "--", ".")
    if log is None or log.returncode != 0:
        # An empty repository (no commit yet) lands here too.
        return ContentHistory({}, reason="git log failed: " + (log.stderr.strip() if log else "no git"))
    changes: dict[Path, Change] = {}
    for index, chunk in enumerate(log.stdout.split(_COMMIT_MARK)[1:]):
        lines = chunk.splitlines()
        when = dt.datetime.fromtimestamp(int(lines[0]), tz=dt.UTC)
        for name in lines[1:]:
            if name:
                # setdefault: the log is newest first, so the first mention is the last change.
                changes.setdefault((root / name).resolve(), Change(when, index))
    status = _git(folder, "status", "--porcelain", "--untracked-files=all", "--", ".")
    uncommitted: set[Path] = set()
    if status is not None and status.returncode == 0:
        for line in status.stdout.splitlines():
            name = line[3:].split(" -> ")[-1].strip('"')
            uncommitted.add((root / name).resolve())
    return ContentHistory(changes, frozenset(uncommitted))
